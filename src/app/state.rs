//! The app's state: a few signals at the top, and memos derived from them. Components get
//! it from context with `use_state()`; data flows one way, from the opened journey to the
//! view model to the views.

use std::ops::Deref;
use std::sync::Arc;

use leptos::prelude::*;

use super::i18n::{Lang, Texts};
use crate::domain::explore;
use crate::domain::id_set::OwnedIds;
use crate::domain::insights::{insights, step_flags_in, Insights, StepFlags};
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::map_model::MapModel;
use crate::domain::pairs::Pairs;
use crate::domain::problem::Problems;
use crate::domain::story::Presentation;
use crate::domain::view_state::Zoom;
use crate::domain::Journey;

/// An `Arc` that compares by identity, so memos of large values compare in O(1).
#[derive(Debug)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Where a journey came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A bundled example, by file name.
    Example(String),
    /// A `?src=` URL.
    Url(String),
    /// A file the person opened or dropped, by name.
    File(String),
    Pasted,
    /// Text dropped on the page (from another window), not a file.
    Dropped,
    /// A share link's fragment.
    Link,
}

impl Source {
    /// How messages name the source ("“b2b.json”").
    pub fn label(&self, t: &Texts) -> String {
        match self {
            Source::Example(name) => (t.source_example)(name),
            // Isolated: a name's U+202E turned the heading's own words around after it.
            Source::Url(url) | Source::File(url) => crate::domain::bidi::in_quotes(url),
            Source::Pasted => t.pasted_text.to_owned(),
            Source::Dropped => t.dropped_text.to_owned(),
            Source::Link => t.shared_link.to_owned(),
        }
    }
}

/// The journey on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub journey: Shared<Journey>,
    pub source: Source,
    /// Whether the reader left out or replaced values of the file (its errors): the
    /// journey, and so its share link and exports, are without them as written.
    pub left_out: bool,
}

/// The outcome of the latest load, shown in the `role="alert"` region.
#[derive(Debug)]
pub enum Report {
    /// The journey opened; these problems were found (never empty).
    OpenedWithProblems { source: Source, problems: Problems },
    /// The file was refused; the journey shown is unchanged.
    NotOpened { source: Source, problems: Problems },
    /// The file could not be fetched or read; `reason` is already in the UI language.
    Unreachable { source: Source, reason: String },
}

/// The map, the curve on its own, or the insights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewMode {
    Map,
    Curve,
    Insights,
}

impl ViewMode {
    /// Whether the view can be zoomed: the map and the curve can, the insights cannot (the
    /// zoom buttons are disabled there and the zoom keys do nothing).
    pub fn zooms(self) -> bool {
        self != ViewMode::Insights
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub opened: RwSignal<Option<Opened>>,
    /// The whole map's view model: its columns are the steps in map order ("columns" below
    /// and in `column_of` are these).
    pub model: Memo<Option<Shared<MapModel>>>,
    /// Phases drawn as one summary column, by id.
    pub collapsed: RwSignal<OwnedIds>,
    /// The map as drawn: `model` with the collapsed phases summarised. Its columns are the
    /// swimlane's.
    pub map: Memo<Option<Shared<MapModel>>>,
    pub report: RwSignal<Option<Report>>,
    /// What is being loaded, for the status line.
    pub loading: RwSignal<Option<String>>,
    pub view: RwSignal<ViewMode>,
    /// Lanes the person showed or hid, by id, over the file's defaults.
    pub lane_choice: RwSignal<Pairs<bool>>,
    /// The lanes drawn, in order (the actions lane heads the map and is not listed).
    pub body_lanes: Memo<Vec<Lane>>,
    pub paste_open: RwSignal<bool>,
    pub share_open: RwSignal<bool>,
    /// Every column of the map in the DOM, not only those in view: set while the view is
    /// exported as an image.
    pub draw_all: RwSignal<bool>,
    /// A share link sealed with a passphrase, waiting for the person to give it.
    pub locked: RwSignal<Option<crate::domain::link::Shared>>,
    pub lang: RwSignal<Lang>,
    /// Personas whose curves the person hid, by id.
    pub hidden_personas: RwSignal<OwnedIds>,
    /// Set once the map's first frame is painted (or the insights are asked for): the
    /// insights are computed then, so they never delay the first screen.
    pub insights_wanted: RwSignal<bool>,
    /// Where the journey breaks, computed from the file alone.
    pub insights: Memo<Option<Shared<Insights>>>,
    /// The marks each flagged step carries on the map, by step id.
    pub flags: Memo<Shared<StepFlags>>,
    /// A step to bring into view and emphasise on the map (from the insights).
    pub focus_step: RwSignal<Option<String>>,
    /// `embed=1`: the map alone, read-only, for an iframe in another page.
    pub embed: bool,
    /// The step under the pointer or keyboard focus, linked across the lanes and the curve.
    pub hovered: RwSignal<Option<String>>,
    /// The step whose details are open.
    pub selected: RwSignal<Option<String>>,
    /// The search text, and which of its matches is the current one.
    pub query: RwSignal<String>,
    pub current_match: RwSignal<usize>,
    /// Steps of other channels or owners are dimmed.
    pub channel: RwSignal<Option<String>>,
    pub owner: RwSignal<Option<String>>,
    pub zoom: RwSignal<Zoom>,
    /// The keyboard shortcut list is open.
    pub shortcuts_open: RwSignal<bool>,
    /// The curve-as-a-table dialog is open.
    pub table_open: RwSignal<bool>,
    /// The columns whose step text matches the search, in map order.
    pub matches: Memo<Shared<Vec<usize>>>,
    /// The columns that pass the channel and owner filters (`None`: no filter).
    pub kept: Memo<Option<Shared<Vec<usize>>>>,
    /// The presentation under way (`None`: not presenting).
    pub present: RwSignal<Option<Presentation>>,
    /// `presenter=<id>`: this window is the presenter view of a presentation in another one.
    pub presenter: bool,
}

impl AppState {
    pub fn new() -> AppState {
        let opened: RwSignal<Option<Opened>> = RwSignal::new(None);
        let model = Memo::new(move |_| {
            opened.with(|o| o.as_ref().map(|o| Shared::new(MapModel::new(&o.journey))))
        });
        // (A hash set, as `hidden_personas`: a `BTreeSet` of strings cost 4 KB of wasm.)
        let collapsed: RwSignal<OwnedIds> = RwSignal::new(OwnedIds::default());
        let map = Memo::new(move |_| {
            let full = model.get()?;
            collapsed.with(|collapsed| {
                if collapsed.is_empty() {
                    return Some(full);
                }
                let opened = opened.read();
                let j = &opened.as_ref()?.journey;
                let is_collapsed = |phase: usize| collapsed.contains(j.phases[phase].id.as_str());
                Some(Shared::new(full.collapsed(j, &is_collapsed)))
            })
        });
        let view = RwSignal::new(ViewMode::Map);
        let lane_choice = RwSignal::new(Pairs::default());
        let body_lanes = Memo::new(move |_| {
            let Some(model) = model.get() else {
                return Vec::new();
            };
            let curve_only = view.get() == ViewMode::Curve;
            lane_choice.with(|choice| {
                let mut lanes = Vec::new();
                for l in &model.lanes {
                    let shown = match curve_only {
                        true => l.kind == LaneKind::Emotion,
                        false => *choice.get(&l.id).unwrap_or(&l.shown_at_first),
                    };
                    if l.kind != LaneKind::Actions && shown {
                        lanes.push(l.clone());
                    }
                }
                lanes
            })
        });
        let insights_wanted = RwSignal::new(false);
        let insights = Memo::new(move |_| {
            if !insights_wanted.get() {
                return None;
            }
            opened.with(|o| o.as_ref().map(|o| Shared::new(insights(&o.journey))))
        });
        // The marks' reasons are in the UI's language.
        let lang = RwSignal::new(super::language::initial());
        let flags = Memo::new(move |_| {
            let explain = lang.get().texts().explain;
            let flags = opened.with(|o| {
                let o = o.as_ref()?;
                insights.with(|i| i.as_ref().map(|i| step_flags_in(&o.journey, i, explain)))
            });
            Shared::new(flags.unwrap_or_default())
        });
        let query = RwSignal::new(String::new());
        let searching = Memo::new(move |_| query.with(|q| !q.trim().is_empty()));
        // Every step's text, folded once per journey (while a search is on).
        let folded = Memo::new(move |_| {
            if !searching.get() {
                return None;
            }
            let opened = opened.read();
            let (o, m) = (opened.as_ref()?, model.get()?);
            // A step's marks are searched by their names, as the map shows them.
            let (flags, flag) = (flags.read(), lang.get().texts().flag);
            let marks = |step: usize, text: &mut String| {
                for mark in flags.get(step).into_iter().flatten() {
                    text.push('\n');
                    text.push_str(flag(mark.kind));
                }
            };
            Some(Shared::new(fold(&explore::search_text(
                &o.journey, &m.layout, marks,
            ))))
        });
        let matches = Memo::new(move |_| {
            let found = folded.with(|text| match text {
                Some(text) => query.with(|q| explore::search(text, &fold(q))),
                None => Vec::new(),
            });
            Shared::new(found)
        });
        let (channel, owner) = (RwSignal::new(None), RwSignal::new(None));
        let kept = Memo::new(move |_| {
            let (channel, owner) = (channel.get(), owner.get());
            if channel.is_none() && owner.is_none() {
                return None;
            }
            let opened = opened.read();
            let (o, m) = (opened.as_ref()?, model.get()?);
            let kept = explore::kept(&o.journey, &m.layout, channel.as_deref(), owner.as_deref());
            Some(Shared::new(kept))
        });
        AppState {
            hovered: RwSignal::new(None),
            selected: RwSignal::new(None),
            query,
            current_match: RwSignal::new(0),
            channel,
            owner,
            zoom: RwSignal::new(Zoom::default()),
            shortcuts_open: RwSignal::new(false),
            table_open: RwSignal::new(false),
            matches,
            kept,
            insights_wanted,
            insights,
            flags,
            focus_step: RwSignal::new(None),
            opened,
            model,
            collapsed,
            map,
            report: RwSignal::new(None),
            loading: RwSignal::new(None),
            view,
            lane_choice,
            body_lanes,
            paste_open: RwSignal::new(false),
            share_open: RwSignal::new(false),
            locked: RwSignal::new(None),
            draw_all: RwSignal::new(false),
            lang,
            hidden_personas: RwSignal::new(OwnedIds::default()),
            embed: super::embed::is_embedded(),
            present: RwSignal::new(super::present::from_url()),
            presenter: super::url_params::get("presenter").is_some_and(|id| !id.is_empty()),
        }
    }

    /// Asks for the insights (once: setting the signal again would compute them again).
    pub fn want_insights(&self) {
        if !self.insights_wanted.get_untracked() {
            self.insights_wanted.set(true);
        }
    }

    /// The ids of the steps in `columns`.
    pub fn step_ids(&self, columns: &[usize]) -> Vec<String> {
        let opened = self.opened.read_untracked();
        let (Some(o), Some(m)) = (opened.as_ref(), self.model.get_untracked()) else {
            return Vec::new();
        };
        let mut ids = Vec::new();
        for c in columns {
            if let Some(c) = m.layout.columns.get(*c) {
                ids.push(o.journey.steps[c.step].id.clone());
            }
        }
        ids
    }

    /// The column of the step `id`.
    pub fn column_of(&self, id: &str) -> Option<usize> {
        let opened = self.opened.read_untracked();
        let (o, m) = (opened.as_ref()?, self.model.get_untracked()?);
        m.layout
            .columns
            .iter()
            .position(|c| o.journey.steps[c.step].id == id)
    }

    /// The column of the whole map's `column` in the map as drawn (`None` while its phase
    /// is collapsed).
    pub fn drawn_column(&self, column: usize) -> Option<usize> {
        self.map
            .with_untracked(|m| m.as_ref()?.layout.column_of_number(column))
    }

    /// The UI texts in the current language.
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }
}

/// Text folded for search by the browser: lower case, accents off (see `marks.js`).
fn fold(text: &str) -> String {
    super::marks::fold(text)
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

/// Runs `f` now and again whenever what it reads changes. Every effect of the app is made
/// here, by one `Effect::new` of one closure type: each distinct closure given to
/// `Effect::new` costs the wasm 1–6 KB of generic code (an async task per effect type),
/// which the browser also compiles at start-up, as every effect runs before the first frame.
pub fn effect(f: impl FnMut() + 'static) {
    boxed_effect(Box::new(f));
}

fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// `effect` for an effect that carries a value from one run to the next: `f` is given what
/// its last run returned (`None` the first time), as `Effect::new` does.
pub fn effect_with<T: 'static>(mut f: impl FnMut(Option<T>) -> T + 'static) {
    let mut last = None;
    effect(move || last = Some(f(last.take())));
}

/// `effect` for a function of the app's state.
pub fn watch(state: AppState, f: fn(AppState)) {
    effect(move || f(state));
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
