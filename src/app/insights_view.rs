//! The insights view: where the journey breaks, on one screen. Everything shown is computed by
//! `domain::insights`; this file only lays it out. It is drawn once per journey with the
//! static builder in `dom` (no reactivity needed), and one listener on the view handles every
//! step link (each element with `data-step-id` shows its step on the map) and every "Show
//! all" button of a long list.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::metric_chart::metric_chart;
use super::priority_matrix::priority_matrix;
use super::state::{use_state, AppState, Shared, ViewMode};
use crate::domain::insights::{feelings, tag_name, FlagKind, Insights, OpportunityItem, Reason};
use crate::domain::layout::layout;
use crate::domain::Journey;

/// Lists longer than this show their first items, and a button that adds the rest when it
/// is pressed. At 10,000 steps every handoff, reading and idea drawn at once made the view
/// 131,785 elements, 2.9 s to open.
pub const LIST_LIMIT: usize = 40;
/// "Show all" adds this many lines a frame, so that the page keeps responding: the 14,811
/// handoffs of a 10,000-step journey, built at once, held it for 2.4 s.
const CHUNK: usize = 250;

/// What the view is drawn from, and the builders of the rest of its long lists, run when
/// their "Show all" button is pressed (the view's click listener owns them, so they go with
/// the view).
#[derive(Clone)]
pub struct Data {
    journey: Shared<Journey>,
    insights: Shared<Insights>,
    /// Each step's number on the map (from 1), by its index in the journey: laid out once
    /// for the view, not again for each "Show all" chunk.
    numbers: Rc<Vec<usize>>,
    later: Rc<RefCell<Vec<Option<Later>>>>,
}

/// Builds the next lines of a long list, at most as many as asked; none when it is whole.
type Later = Box<dyn FnMut(usize) -> Vec<El>>;
/// Builds item `i` of a long list (boxed: one `long_list` for every list).
pub type Item = Box<dyn Fn(&Ctx, &Insights, usize) -> El>;

impl Data {
    /// Runs the builder of a "Show all" button: the rest of the list before the button goes
    /// at its end, and the button leaves. Pressed, the lines come a chunk a frame and the
    /// keyboard goes to the first line added; for printing (`!pressed`), all at once.
    fn show_all(&self, button: &web_sys::Element, pressed: bool) {
        let index = button
            .get_attribute("data-more")
            .and_then(|i| i.parse().ok());
        let later = index.and_then(|i: usize| self.later.borrow_mut().get_mut(i)?.take());
        let (Some(mut later), Some(list)) = (later, button.previous_element_sibling()) else {
            return;
        };
        if !pressed {
            while append(&list, later(usize::MAX)).is_some() {}
            return button.remove();
        }
        let _ = button.set_attribute("disabled", "");
        let first = add_chunk(list, button.clone(), later);
        let focusable = first.and_then(|el| {
            if el.matches("button, a").unwrap_or(false) {
                return Some(el);
            }
            el.query_selector("button, a").ok()?
        });
        if let Some(el) = focusable.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
}

/// Appends `items` to `list`; returns the first, if any.
fn append(list: &web_sys::Element, items: Vec<El>) -> Option<web_sys::Element> {
    let first = items.first().map(|el| el.0.clone());
    for item in items {
        let _ = list.append_child(&item.0);
    }
    first
}

/// Adds the next chunk of a long list now and the rest a chunk a frame (a chunk short of
/// `CHUNK` is the last), then removes its button. Returns the first line added now.
fn add_chunk(
    list: web_sys::Element,
    button: web_sys::Element,
    mut later: Later,
) -> Option<web_sys::Element> {
    let lines = later(CHUNK);
    let whole = lines.len() < CHUNK;
    let first = append(&list, lines);
    match whole {
        true => button.remove(),
        false => super::browser::after_next_paint(move || {
            add_chunk(list, button, later);
        }),
    }
    first
}

/// What the builders need: the journey, its steps by id and the UI texts.
pub struct Ctx<'a> {
    pub journey: &'a Journey,
    /// Each step's index in the journey, by id: a map of the type the app's other maps of
    /// ids are (one to a name and number cost 396 bytes of gzipped wasm of its own).
    index: FxHashMap<&'a str, usize>,
    pub t: &'static Texts,
    data: &'a Data,
}

impl<'a> Ctx<'a> {
    fn new(data: &'a Data, t: &'static Texts) -> Ctx<'a> {
        let journey = &data.journey;
        Ctx {
            journey,
            index: journey.step_indices(),
            t,
            data,
        }
    }

    /// `list` with the items `0..total` that `item` builds: the first `LIST_LIMIT` now, and
    /// the rest when the "Show all" button after it is pressed.
    pub fn long_list(&self, list: El, total: usize, item: Item) -> El {
        let list = list.children(
            (0..total.min(LIST_LIMIT))
                .map(|i| item(self, &self.data.insights, i))
                .collect(),
        );
        if total <= LIST_LIMIT {
            return list;
        }
        let (data, t) = (self.data.clone(), self.t);
        let mut later = self.data.later.borrow_mut();
        let mut next = LIST_LIMIT;
        later.push(Some(Box::new(move |count: usize| {
            let cx = Ctx::new(&data, t);
            let end = next.saturating_add(count).min(total);
            let lines = (next..end).map(|i| item(&cx, &data.insights, i)).collect();
            next = end;
            lines
        })));
        let button = text_el("button", "button show-all", &(t.show_all)(total))
            .attr("type", "button")
            .attr("data-more", &(later.len() - 1).to_string());
        El::new("div").class("long-list").child(list).child(button)
    }
    pub fn name<'b>(&'b self, step: &'b str) -> &'b str {
        self.index
            .get(step)
            .map_or(step, |&i| &self.journey.steps[i].name)
    }

    /// A step's number on the map, as its header shows it.
    pub fn number(&self, step: &str) -> usize {
        self.index.get(step).map_or(0, |&i| self.data.numbers[i])
    }

    /// A button naming a step; the view's listener shows the step on the map.
    /// Its number comes first, as on the map's step header: a step named in a list is
    /// found on the map, or at its dot on the matrix, by it.
    pub fn step_link(&self, step: &str) -> El {
        let (name, number) = (self.name(step), self.number(step));
        El::new("button")
            .attr("type", "button")
            .class("step-link")
            .attr("data-step-id", step)
            .attr("title", &(self.t.show_on_map)(name))
            // Heard as "Step 10 · Upgrades…", as the matrix's dots are, not "10 Upgrades…".
            .attr(
                "aria-label",
                &[&(self.t.step_n)(number), " · ", name].concat(),
            )
            .child(text_el("span", "step-number", &number.to_string()))
            // (A space: read aloud or copied, the number and the name stay two words.)
            .text(" ")
            .child(text_el("span", "name", name))
    }

    fn owner_name(&self, id: &str) -> String {
        tag_name(&self.journey.owners, id).to_owned()
    }
}

/// A feeling rounded to two decimals, signed, as the UI's language writes it.
pub fn feeling(value: f64, t: &Texts) -> String {
    (t.signed)((value * 100.0).round() / 100.0)
}

/// Shows a step on the map: switches to the map, brings the step into view and opens its
/// details (what the insight is about: its feelings, pains and metrics), which get the
/// keyboard.
fn show_on_map(state: AppState, step: String) {
    state.selected.set(Some(step.clone()));
    state.focus_step.set(Some(step));
    state.view.set(ViewMode::Map);
    // The link or dot pressed leaves with the insights: the keyboard goes to the details.
    super::browser::after_next_paint(super::step_details::focus_panel);
}

/// The step id of the clicked or keyed element, if it stands for a step.
fn step_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest("[data-step-id]")
        .ok()??
        .get_attribute("data-step-id")
}

#[component]
pub fn InsightsView(journey: Shared<Journey>, insights: Shared<Insights>) -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    let mut numbers = vec![0; journey.steps.len()];
    for c in layout(&journey).columns {
        numbers[c.step] = c.number + 1;
    }
    let data = Data {
        journey,
        insights,
        numbers: Rc::new(numbers),
        later: Rc::default(),
    };
    // (A language switch draws the stage again: the view is built once.)
    // (The cards take the focus when a key switches to the view: focusable by the app only.)
    let t = state.t();
    let cards = build(&Ctx::new(&data, t))
        .attr("tabindex", "-1")
        .attr("role", "region")
        .attr("aria-label", t.view_insights);
    super::dom::mount_in(host, cards.0);
    // A printed page has no button to press: printing shows every list whole.
    let printing = data.clone();
    let on_print = window_event_listener_untyped("beforeprint", move |_| {
        let buttons = host
            .get_untracked()
            .map(|h| h.query_selector_all("[data-more]"));
        if let Some(Ok(buttons)) = buttons {
            for i in 0..buttons.length() {
                if let Some(button) = buttons.item(i).and_then(|b| b.dyn_into().ok()) {
                    printing.show_all(&button, false);
                }
            }
        }
    });
    on_cleanup(move || on_print.remove());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let more = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-more]").ok().flatten());
        if let Some(button) = more {
            return data.show_all(&button, true);
        }
        if let Some(step) = step_of(ev.target()) {
            show_on_map(state, step);
        }
    };
    // The matrix dots are focusable SVG groups: Enter or Space acts as a click.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let dot = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.class_list().contains("dot"));
        if dot && (ev.key() == "Enter" || ev.key() == " ") {
            ev.prevent_default();
            if let Some(step) = step_of(ev.target()) {
                show_on_map(state, step);
            }
        }
    };
    view! { <div class="insights" data-view="insights" node_ref=host on:click=on_click on:keydown=on_key></div> }
}

fn build(cx: &Ctx) -> El {
    let (t, insights) = (cx.t, &*cx.data.insights);
    let titles = t.insight_sections;
    let section = |key: &str, title: &str, wide: bool, body: El| {
        El::new("section")
            .class(if wide {
                "insight-card wide"
            } else {
                "insight-card"
            })
            .attr("data-section", key)
            .attr("aria-label", title)
            .child(text_el("h2", "", title))
            .child(body)
    };
    // The first charts, then the rest on demand, as the other long lists: every chart was
    // drawn at once, one for each of a file's metrics (100,000 in a test).
    let metrics = if insights.metrics.is_empty() {
        nothing(t)
    } else {
        cx.long_list(
            El::new("div").class("metric-charts"),
            insights.metrics.len(),
            Box::new(|cx, insights, i| metric_chart(cx, i, &insights.metrics[i])),
        )
    };
    El::new("div").class("insights-grid").children(vec![
        section("summary", titles[0], true, summary(cx, insights)),
        section("weakest", titles[1], false, weakest_links(cx, insights)),
        section("changes", titles[2], false, changes(cx, insights)),
        section(
            "matrix",
            titles[3],
            false,
            priority_matrix(cx, &insights.matrix),
        ),
        // Beside the matrix in two columns, which left a half row empty there; across the
        // grid in three (style/insights.css).
        section("owners", titles[5], false, ownership(cx, insights)),
        section("metrics", titles[4], true, metrics),
        section("opportunities", titles[6], true, board(cx, insights)),
    ])
}

fn nothing(t: &Texts) -> El {
    text_el("p", "muted", t.nothing_found)
}

fn summary(cx: &Ctx, insights: &Insights) -> El {
    let s = &insights.summary;
    let l = cx.t.summary_labels;
    let stat = |key: &str, label: &str, value: &str| {
        El::new("div")
            .class("stat")
            .attr("data-stat", key)
            .attr("data-zero", if value == "0" { "true" } else { "false" })
            .child(text_el("span", "stat-label", label))
            .child(text_el("span", "stat-value", value))
    };
    let lowest = match &s.lowest {
        Some(low) => {
            // Who felt it there, each on a line of their own under the step (a persona
            // feeling as low there too is named as well).
            let step = cx.journey.steps.iter().find(|s| s.id == low.step);
            let felt = step.map(|s| feelings(cx.journey, s)).unwrap_or_default();
            let mut note = El::new("span")
                .class("stat-note")
                .child(cx.step_link(&low.step));
            for p in &cx.journey.personas {
                if felt.contains(&(p.id.as_str(), low.value)) {
                    note = note.child(text_el("span", "who", &p.name));
                }
            }
            // (At how many steps, when more than this one: the weakest links may list another
            // first.)
            let steps = low.also_at.len() + 1;
            let note =
                note.maybe((steps > 1).then(|| text_el("span", "also", &(cx.t.reached_at)(steps))));
            stat("lowest", l[4], &feeling(low.value, cx.t)).child(note)
        }
        None => stat("lowest", l[4], "–"),
    };
    El::new("div").class("stats").children(vec![
        stat("steps", l[0], &(cx.t.num)(s.steps as f64)),
        stat("phases", l[1], &(cx.t.num)(s.phases as f64)),
        stat("personas", l[2], &s.personas.to_string()),
        stat(
            "average",
            l[3],
            &s.average_emotion.map_or("–".into(), |v| feeling(v, cx.t)),
        ),
        lowest,
        stat("breaks", l[5], &(cx.t.num)(s.breaks as f64)),
        stat("missed", l[6], &(cx.t.num)(s.targets_missed as f64)),
    ])
}

/// The weakest links, one line per step with each reason it is there
/// (`Insights::weakest_links`): the first `LIST_LIMIT` lines, and "Show all" for the rest.
fn weakest_links(cx: &Ctx, insights: &Insights) -> El {
    let lines = insights.weakest_links();
    if lines.is_empty() {
        return nothing(cx.t);
    }
    let list = El::new("ul").class("insight-list");
    cx.long_list(
        list,
        lines.len(),
        Box::new(move |cx, insights, line| {
            let (step, reasons) = &lines[line];
            let why = |&i: &usize| {
                let reason = insights.weakest_reason(i).at(step);
                let kind = match reason {
                    Reason::Lowest(..) => "lowest",
                    Reason::Drop(_) => "drop",
                    _ => "critical",
                };
                text_el("span", "explain", &(cx.t.explain)(reason, cx.journey))
                    .attr("data-kind", kind)
            };
            El::new("li")
                .child(cx.step_link(step))
                .children(reasons.iter().map(why).collect())
        }),
    )
}

/// A change on the list of handoffs and switches: one between two steps, or a step that
/// mixes channels (by its index in the insights).
#[derive(Clone, Copy)]
enum Change {
    Between(usize),
    Mix(usize),
}

impl Change {
    fn reason(self, insights: &Insights) -> Reason<'_> {
        match self {
            Change::Between(i) => Reason::Change(&insights.transitions[i]),
            Change::Mix(i) => Reason::Mix(&insights.channel_mixes[i]),
        }
    }

    fn is_break(self, insights: &Insights) -> bool {
        match self {
            Change::Between(i) => insights.transitions[i].is_break(),
            Change::Mix(i) => insights.channel_mixes[i].is_break(),
        }
    }
}

/// A line per step (the change into it, then the channels it mixes), likely breaks first,
/// otherwise in map order.
fn changes(cx: &Ctx, insights: &Insights) -> El {
    let (between, mixes) = (&insights.transitions, &insights.channel_mixes);
    // Both lists are in map order, and a step has at most one of each: merged by number.
    let number = |c: Change| cx.number(c.reason(insights).step());
    let mut rows: Vec<(bool, Change, Option<Change>)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < between.len() || j < mixes.len() {
        let a = (i < between.len()).then_some(Change::Between(i));
        let b = (j < mixes.len()).then_some(Change::Mix(j));
        rows.push(match (a, b) {
            (Some(a), Some(b)) if number(a) == number(b) => {
                (i, j) = (i + 1, j + 1);
                (a.is_break(insights) || b.is_break(insights), a, Some(b))
            }
            (Some(a), b) if b.is_none_or(|b| number(a) < number(b)) => {
                i += 1;
                (a.is_break(insights), a, None)
            }
            (_, Some(b)) => {
                j += 1;
                (b.is_break(insights), b, None)
            }
            (_, None) => unreachable!("the loop's condition"),
        });
    }
    if rows.is_empty() {
        return nothing(cx.t);
    }
    let (mut breaks, rest): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.0);
    breaks.extend(rest);
    let rows = breaks;
    let list = El::new("ul").class("insight-list");
    cx.long_list(
        list,
        rows.len(),
        Box::new(move |cx, insights, i| {
            let (is_break, first, second) = rows[i];
            let step = first.reason(insights).step();
            let said = |c: Change| (cx.t.explain)(c.reason(insights), cx.journey);
            let explain = match second {
                Some(second) => [said(first), said(second)].join("; "),
                None => said(first),
            };
            let li = El::new("li").attr("data-break", if is_break { "true" } else { "false" });
            let li = if is_break {
                li.child(
                    text_el("span", "flag", (cx.t.flag)(FlagKind::Break))
                        .attr("data-flag", "break"),
                )
            } else {
                li
            };
            li.child(cx.step_link(step))
                .child(text_el("span", "explain", &explain))
        }),
    )
}

fn ownership(cx: &Ctx, insights: &Insights) -> El {
    if insights.owners.is_empty() {
        return nothing(cx.t);
    }
    let head = El::new("tr").children(
        cx.t.owner_columns
            .iter()
            .map(|h| El::new("th").attr("scope", "col").text(h))
            .collect(),
    );
    let rows = insights
        .owners
        .iter()
        .map(|o| {
            let cell = |v: usize| El::new("td").text(&(cx.t.num)(v as f64));
            let average =
                El::new("td").text(&o.average_emotion.map_or("–".into(), |v| feeling(v, cx.t)));
            let average = match o.average_emotion {
                Some(v) if v < 0.0 => average.attr("data-feeling", "negative"),
                _ => average,
            };
            El::new("tr").attr("data-owner-id", &o.owner).children(vec![
                El::new("th")
                    .attr("scope", "row")
                    .text(&cx.owner_name(&o.owner)),
                cell(o.steps.len()),
                average,
                cell(o.pains),
                cell(o.open_opportunities),
                cell(o.handoffs_in),
                cell(o.handoffs_out),
            ])
        })
        .collect();
    let table = El::new("table")
        .class("owners")
        .child(El::new("thead").child(head))
        .child(El::new("tbody").children(rows));
    // Wider than a phone: it scrolls on its own (and takes the keyboard to do so), not the page.
    // Its section is the region named "Ownership": a second region of that name inside it
    // was heard twice.
    El::new("div")
        .class("owners-scroll")
        .attr("tabindex", "0")
        .child(table)
}

/// A column of the opportunity board, by its index among the board's kinds or owners.
#[derive(Clone, Copy)]
enum Column {
    Kind(usize),
    Owner(usize),
}

impl Column {
    fn items(self, insights: &Insights) -> &[OpportunityItem] {
        let board = &insights.opportunities;
        match self {
            Column::Kind(g) => &board.by_kind[g].items,
            Column::Owner(g) => &board.by_owner[g].items,
        }
    }
}

/// One idea on the board, with its step (and its owner, or its kind, whichever the column
/// does not say).
fn board_item(cx: &Ctx, column: Column, it: &OpportunityItem) -> El {
    let by_kind = matches!(column, Column::Kind(_));
    let kind = it.kind.filter(|_| !by_kind).map(|k| {
        text_el("span", "badge", (cx.t.opportunity_kind)(k)).attr("data-kind", k.as_str())
    });
    let owner = (it.owner.as_deref())
        .filter(|_| by_kind)
        .map(|o| text_el("span", "owner", &cx.owner_name(o)));
    El::new("li")
        .child(text_el("span", "text", &it.text))
        .child(
            El::new("span")
                .class("meta")
                .child(cx.step_link(&it.step))
                .maybe(owner)
                .maybe(kind),
        )
}

/// One column of the board: a heading with a count, and the ideas with their steps.
fn board_column(cx: &Ctx, key: (&str, &str), title: &str, column: Column) -> El {
    let count = column.items(&cx.data.insights).len();
    let list = cx.long_list(
        El::new("ul"),
        count,
        Box::new(move |cx, insights, i| board_item(cx, column, &column.items(insights)[i])),
    );
    El::new("div")
        .class("board-column")
        .attr(&format!("data-{}", key.0), key.1)
        .child(
            El::new("h3")
                .text(title)
                .child(text_el("span", "count", &(cx.t.num)(count as f64))),
        )
        .child(list)
}

fn board(cx: &Ctx, insights: &Insights) -> El {
    let t = cx.t;
    let board = &insights.opportunities;
    if board.by_owner.is_empty() && board.by_kind.iter().all(|g| g.items.is_empty()) {
        return nothing(t);
    }
    let by_kind = (board.by_kind.iter().enumerate())
        .filter(|(_, g)| !g.items.is_empty())
        .map(|(i, g)| {
            let title = g.kind.map_or(t.no_kind, |k| (t.opportunity_kind)(k));
            let kind = g.kind.map_or("none", |k| k.as_str());
            board_column(cx, ("kind", kind), title, Column::Kind(i))
        })
        .collect();
    let by_owner = (board.by_owner.iter().enumerate())
        .map(|(i, g)| {
            let (id, title) = match &g.owner {
                Some(id) => (id.as_str(), cx.owner_name(id)),
                None => ("", t.no_owner.to_owned()),
            };
            board_column(cx, ("owner", id), &title, Column::Owner(i))
        })
        .collect();
    let warnings = El::new("ul").class("board-warnings");
    let warning: Item = Box::new(|cx, insights, i| {
        El::new("li")
            .class("warning")
            .text(cx.t.curative_only)
            .text(": ")
            .child(cx.step_link(&insights.opportunities.curative_only[i]))
    });
    let warnings = cx.long_list(warnings, board.curative_only.len(), warning);
    El::new("div")
        .child(warnings)
        .child(text_el("h3", "board-title", t.board_by[0]))
        .child(
            El::new("div")
                .class("board")
                .attr("data-by", "kind")
                .children(by_kind),
        )
        .child(text_el("h3", "board-title", t.board_by[1]))
        .child(
            El::new("div")
                .class("board")
                .attr("data-by", "owner")
                .children(by_owner),
        )
}
