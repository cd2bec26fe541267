//! The phase band over the step columns: each phase spans its steps, and its name stays in
//! view while a long phase scrolls past. The few phases in the window are built again with
//! the DOM builder when it moves.
//!
//! Each phase has a button that collapses it into one summary column (its step count,
//! lowest feeling and pain points, in the step header row) or expands it again. Collapsing
//! draws the map again from `state.map`; the phase keeps its place on the screen, and the
//! keyboard stays on its button. A step that is selected or brought into view (search,
//! insights, the URL) opens its phase.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{after_next_paint, document, next_frame};
use super::dom::{text_el, El};
use super::state::{effect_with, AppState};
use super::swimlane::{px, spacer, titles_drawn, zoom_factor, Grid, COLUMN_WIDTH};
use crate::domain::explore::attribute_selector;
use crate::domain::layout::spans_in;
use crate::domain::model::Phase;

/// The attribute of the buttons that collapse or expand a phase (its id); clicks on them
/// are handled by the map (`linking::click`).
pub const TOGGLE: &str = "data-toggle-phase";
/// The attribute of the button that collapses every phase, or expands them all.
pub const TOGGLE_ALL: &str = "data-toggle-phases";

/// The phase row of a map.
pub fn phase_row(state: AppState, grid: &Grid) -> El {
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let trail = spacer(window, count, false);
    let trail_el = trail.0.clone();
    let empty = empty_phases(grid, count);
    let grid = grid.clone();
    let t = state.t();
    effect_with(move |drawn: Option<Vec<web_sys::Element>>| {
        drawn.unwrap_or_default().iter().for_each(|el| el.remove());
        let spans = spans_in(&grid.model.layout.spans, &window.get());
        spans
            .iter()
            .map(|span| {
                let phase = &grid.journey.phases[span.phase];
                let collapsed = grid.model.summary(span.phase).is_some();
                let action = match collapsed {
                    true => (t.expand_phase)(&phase.name),
                    false => (t.collapse_phase)(&phase.name),
                };
                let toggle = toggle_button(&phase.id, collapsed, &action);
                let el = band(phase, span.phase, span.len, Some(toggle))
                    .attr("aria-colindex", &(span.first + 2).to_string())
                    .attr("aria-colspan", &span.len.to_string());
                let el = match collapsed {
                    true => el.attr("data-collapsed", ""),
                    false => el,
                }
                .0;
                let _ = trail_el.before_with_node_1(&el);
                el
            })
            .collect()
    });
    // (The map is drawn again when phases collapse: the corner is then up to date.)
    let all = all_collapsed(state).to_string();
    let collapse_all = El::new("button")
        .attr("type", "button")
        .class("phase-toggle all")
        .attr(TOGGLE_ALL, "")
        .attr("aria-pressed", &all)
        .attr("aria-label", t.collapse_all)
        .attr("title", t.collapse_all)
        .child(chevron())
        .child(El::new("span").text(t.phases));
    // (Nothing to fold in a journey without steps.)
    let collapse_all = match count {
        0 => collapse_all.attr("disabled", ""),
        _ => collapse_all,
    };
    El::new("div")
        .class("phase-row")
        .attr("role", "row")
        .child(
            El::new("div")
                .class("lane-title corner")
                .attr("role", "columnheader")
                .child(collapse_all),
        )
        .child(spacer(window, count, true))
        .children(empty)
        .child(trail)
}

/// A journey of phases without steps: its phases in order, each over a step's width (the
/// map said only that there were no steps).
fn empty_phases(grid: &Grid, count: usize) -> Vec<El> {
    let phases = if count == 0 {
        &grid.journey.phases[..]
    } else {
        &[]
    };
    (phases.iter().enumerate())
        .map(|(i, phase)| band(phase, i, 1, None))
        .collect()
}

/// The band of the phase at `index`: its name and goal, after its button where it has one,
/// `columns` steps wide.
fn band(phase: &Phase, index: usize, columns: usize, toggle: Option<El>) -> El {
    let label = El::new("div")
        .class("phase-label")
        .maybe(toggle)
        .child(text_el("span", "phase-name", &phase.name))
        .maybe(
            phase
                .goal
                .as_ref()
                .map(|g| text_el("span", "phase-goal", g)),
        );
    El::new("div")
        .class("phase")
        .attr("role", "columnheader")
        .attr("data-phase-id", &phase.id)
        .attr("data-tone", &(index % 5).to_string())
        .style("width", &px(columns as f64 * COLUMN_WIDTH))
        .child(label)
}

/// The button that collapses (or expands) the phase `id`; `action` says what it does.
pub fn toggle_button(id: &str, collapsed: bool, action: &str) -> El {
    El::new("button")
        .attr("type", "button")
        .class("phase-toggle")
        .attr(TOGGLE, id)
        .attr("aria-expanded", if collapsed { "false" } else { "true" })
        .attr("aria-label", action)
        .attr("title", action)
        .child(chevron())
}

/// The chevron of a phase button (drawn by the style, so that it is not in the text).
fn chevron() -> El {
    El::new("span").class("chevron").attr("aria-hidden", "true")
}

/// Collapses the phase `id`, or expands it, keeping it where it was on the screen; the
/// details of a step in a phase that collapses close.
pub fn toggle(state: AppState, id: &str) {
    keeping_place(state, id, None, attribute_selector(TOGGLE, id), &|| {
        let collapsing = state.collapsed.try_update(|c| match c.remove(id) {
            true => false,
            false => c.insert(id.to_owned().into()),
        });
        let selected = state.selected.get_untracked();
        if collapsing == Some(true)
            && selected.and_then(|s| phase_of(state, &s)).as_deref() == Some(id)
        {
            state.selected.set(None);
        }
    });
}

/// Whether every phase is collapsed.
fn all_collapsed(state: AppState) -> bool {
    let phases = state
        .opened
        .with_untracked(|o| o.as_ref().map_or(0, |o| o.journey.phases.len()));
    phases > 0 && state.collapsed.with_untracked(|c| c.len()) == phases
}

/// Collapses every phase, or expands them all when they all are, keeping the phase at the
/// left of the view in its place.
pub fn toggle_all(state: AppState) {
    let all = all_collapsed(state);
    let ids = match all {
        true => Default::default(),
        false => state.opened.with_untracked(|o| match o {
            Some(o) => o
                .journey
                .phases
                .iter()
                .map(|p| p.id.clone().into())
                .collect(),
            None => Default::default(),
        }),
    };
    // Expanding them all goes back to where they were all collapsed from, while that phase's
    // summary is still in view: the collapsed map, narrower, often cannot scroll as far, so
    // the phase at its left is an earlier one.
    let (from, offset) = COLLAPSED_FROM.take();
    let (anchor, offset) = match all && is_in_view(state, &from) {
        true => (from, Some(offset)),
        false => (phase_in_view(state).unwrap_or_default(), None),
    };
    let button = ["[", TOGGLE_ALL, "]"].concat();
    let ids = std::cell::Cell::new(ids);
    let offset = keeping_place(state, &anchor, offset, button, &|| {
        state.collapsed.set(ids.take());
        // (Only when a step is selected: setting the selection, even to what it was, asks
        // for its phase to open.)
        if !all && state.selected.with_untracked(Option::is_some) {
            state.selected.set(None);
        }
    });
    if !all {
        COLLAPSED_FROM.set((anchor, offset));
    }
}

thread_local! {
    /// The phase at the left of the view when "Collapse phases" collapsed them all, and its
    /// place then (see `keeping_place`).
    static COLLAPSED_FROM: std::cell::Cell<(String, f64)> = const { std::cell::Cell::new((String::new(), 0.0)) };
}

/// Whether the phase `id` starts within the steps in view.
fn is_in_view(state: AppState, id: &str) -> bool {
    let Some(s) = document().query_selector(".map-scroll").ok().flatten() else {
        return false;
    };
    let shown = s.client_width() as f64 - titles_drawn(state);
    start_in_view(state, &s, id).is_some_and(|x| (0.0..shown).contains(&x))
}

/// How far the phase `id` starts from the left edge of the steps in view of `scroller`
/// (negative: further left).
fn start_in_view(state: AppState, scroller: &web_sys::Element, id: &str) -> Option<f64> {
    Some(phase_start(state, id)? * zoom_factor(state) - scroller.scroll_left() as f64)
}

/// Runs `change`, which collapses or expands phases (the map is then drawn again), and
/// puts the phase `anchor` back where it was on the screen: its start as far from the
/// left edge of the steps as it was, or at that edge when it started further left (a
/// phase collapsed from its sticky name must stay in view). When the button `button` (a
/// selector) had the keyboard, the same button drawn again gets it back. `offset`, when
/// given, is the distance from that edge to keep instead (a place remembered from before);
/// the distance kept is returned.
fn keeping_place(
    state: AppState,
    anchor: &str,
    offset: Option<f64>,
    button: String,
    change: &dyn Fn(),
) -> f64 {
    let had_focus = document()
        .active_element()
        .is_some_and(|el| el.matches(&button).unwrap_or(false));
    let scroller = document().query_selector(".map-scroll").ok().flatten();
    let offset = offset.unwrap_or_else(|| {
        let start = scroller
            .as_ref()
            .and_then(|s| start_in_view(state, s, anchor));
        start.map_or(0.0, |x| x.max(0.0))
    });
    change();
    // The map drawn again opens there (the map's memo, read here, is already the new one).
    if let Some(x) = phase_start(state, anchor) {
        super::swimlane::place_at((x * zoom_factor(state) - offset).max(0.0).round() as i32);
    }
    if had_focus {
        next_frame(move || {
            after_next_paint(move || {
                let button = document().query_selector(&button).ok().flatten();
                if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = b.focus();
                }
            })
        });
    }
    offset
}

/// The phase the steps in view show: the first whose steps are drawn (not a collapsed
/// phase's summary; one expanded among collapsed ones is what the person looks at), else
/// that of the column at the left edge.
fn phase_in_view(state: AppState) -> Option<String> {
    let scroller = document().query_selector(".map-scroll").ok().flatten()?;
    let width = COLUMN_WIDTH * zoom_factor(state);
    let column = (scroller.scroll_left() as f64 / width) as usize;
    let shown = scroller.client_width() as f64 - titles_drawn(state);
    let shown = (shown / width).max(1.0) as usize;
    let phase = state.map.with_untracked(|m| {
        let columns = &m.as_ref()?.layout.columns;
        let mut in_view = columns.iter().skip(column).take(shown);
        let drawn = in_view.find(|c| !c.summary);
        drawn
            .or(columns.get(column))
            .or(columns.last())
            .map(|c| c.phase)
    })?;
    state
        .opened
        .with_untracked(|o| Some(o.as_ref()?.journey.phases.get(phase)?.id.clone()))
}

/// The phase id of the step `id`.
fn phase_of(state: AppState, id: &str) -> Option<String> {
    state.opened.with_untracked(|o| {
        let step = o.as_ref()?.journey.steps.iter().find(|s| s.id == id)?;
        Some(step.phase.clone())
    })
}

/// Where the phase `id` starts in the map as drawn, in unzoomed pixels from its first column.
fn phase_start(state: AppState, id: &str) -> Option<f64> {
    let opened = state.opened.read_untracked();
    let phases = &opened.as_ref()?.journey.phases;
    state.map.with_untracked(|m| {
        let span = m
            .as_ref()?
            .layout
            .spans
            .iter()
            .find(|s| phases[s.phase].id == id)?;
        Some(span.first as f64 * COLUMN_WIDTH)
    })
}

/// Opens the phase of a step when it is selected or brought into view: only then, so a
/// step brought into view earlier (a search's match, say) does not hold its phase open
/// when the person collapses phases afterwards. (A step asked for again, unchanged, is
/// brought into view again: its phase opens again.)
pub fn install(state: AppState) {
    effect_with(move |last: Option<[Option<String>; 2]>| {
        let wanted = [state.selected.get(), state.focus_step.get()];
        let last = last.unwrap_or_default();
        let again = wanted == last;
        let mut phases: Vec<String> = Vec::new();
        for (now, before) in wanted.iter().zip(&last) {
            if again || now != before {
                phases.extend(now.as_deref().and_then(|id| phase_of(state, id)));
            }
        }
        if state
            .collapsed
            .with_untracked(|c| phases.iter().any(|p| c.contains(p.as_str())))
        {
            state.collapsed.update(|c| {
                phases.iter().for_each(|p| {
                    c.remove(p.as_str());
                })
            });
        }
        wanted
    });
}
