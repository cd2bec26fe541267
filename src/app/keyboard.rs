//! The keyboard: arrow keys move between steps and lanes inside the map (one tab stop for
//! the whole grid), Enter opens a step's details, and page-wide shortcuts (`?` lists them).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{after_next_paint, document, is_text_field};
use super::state::{AppState, ViewMode};
use crate::domain::explore::attribute_selector;
use crate::domain::view_state::Zoom;

/// What can hold the keyboard in the map: step headers, cells and curve points.
const FOCUSABLE: &str = ".step-head[data-step-id], .cell[data-step-id], .point[data-step-id]";

/// The map's keys, on the map's scroll box.
pub fn on_map_key(state: AppState, ev: &web_sys::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(at) = super::dom::target::<web_sys::Element>(ev) else {
        return;
    };
    let count = column_count(state);
    // The steps of collapsed phases are passed over.
    let drawn = |c: &usize| state.drawn_column(*c).is_some();
    let first = || end_column(state, false);
    let last = || end_column(state, true);
    let Some(el) = at.closest(FOCUSABLE).ok().flatten() else {
        // The scroll box itself: the keyboard enters the grid at its first step in view, or
        // at the first or last step.
        let key = ev.key();
        let end = match key.as_str() {
            "Home" => first(),
            "End" => last(),
            _ if key.starts_with("Arrow") => {
                ev.prevent_default();
                return enter_grid(state);
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(id) = end.and_then(|c| state.step_ids(&[c]).pop()) {
            focus_step(state, &id, "actions");
        }
        return;
    };
    let id = el.get_attribute("data-step-id").unwrap_or_default();
    let Some(column) = state.column_of(&id) else {
        return;
    };
    let row = row_of(&el);
    let handled = match ev.key().as_str() {
        "ArrowLeft" | "ArrowRight" | "Home" | "End" => {
            let next = match ev.key().as_str() {
                "ArrowLeft" => (0..column).rev().find(drawn),
                "ArrowRight" => (column + 1..count).find(drawn),
                "Home" => first(),
                _ => last(),
            };
            let persona = el.get_attribute("data-persona-id");
            if let Some(id) = next.and_then(|next| state.step_ids(&[next]).pop()) {
                focus_cell(state, &id, &row, persona.as_deref());
            }
            true
        }
        "ArrowUp" | "ArrowDown" => {
            move_vertically(&el, ev.key() == "ArrowDown");
            true
        }
        "Enter" | " " => {
            let persona = el.get_attribute("data-persona-id");
            OPENED_FROM.set((row, persona));
            state.selected.set(Some(id));
            after_next_paint(super::step_details::focus_panel);
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// The lane id of the row an element is in.
fn row_of(el: &web_sys::Element) -> String {
    el.closest(".lane")
        .ok()
        .flatten()
        .and_then(|l| l.get_attribute("data-lane-id"))
        .unwrap_or_default()
}

/// Moves to the same step in the next (or previous) lane, or the next persona's point.
fn move_vertically(el: &web_sys::Element, down: bool) {
    let id = el.get_attribute("data-step-id").unwrap_or_default();
    let selector = super::dom::step_selector_of(&id);
    let Some(grid) = el.closest(".map-grid").ok().flatten() else {
        return;
    };
    // Every element of the step, in document order: header, cells, points, by lane.
    let Ok(all) = grid.query_selector_all(&selector) else {
        return;
    };
    let items = super::dom::elements_where(&all, &|e: &web_sys::Element| {
        e.matches(FOCUSABLE).unwrap_or(false)
    });
    let Some(at) = items.iter().position(|e| e == el) else {
        return;
    };
    let next = match down {
        true => items.get(at + 1),
        false => at.checked_sub(1).and_then(|i| items.get(i)),
    };
    if let Some(next) = next {
        focus(next);
    }
}

/// Gives the keyboard to the step `id` in the lane `lane` (its curve point for
/// `persona`), bringing its column into view first.
pub fn focus_step(state: AppState, id: &str, lane: &str) {
    focus_cell(state, id, lane, None);
}

thread_local! {
    /// The lane (and the persona's point) where Enter opened a step's details.
    static OPENED_FROM: std::cell::Cell<(String, Option<String>)> = const { std::cell::Cell::new((String::new(), None)) };
}

/// Gives the keyboard back to the step `id` when its details close: in the lane (at the
/// persona's point) where Enter opened them, while that lane is shown, else its header.
pub fn focus_back(state: AppState, id: &str) {
    let (lane, persona) = OPENED_FROM.take();
    let shown = !lane.is_empty()
        && document()
            .query_selector(
                &[
                    ".map-grid .lane",
                    &attribute_selector("data-lane-id", &lane),
                ]
                .concat(),
            )
            .ok()
            .flatten()
            .is_some();
    match shown {
        true => focus_cell(state, id, &lane, persona.as_deref()),
        false => focus_step(state, id, "actions"),
    }
}

fn focus_cell(state: AppState, id: &str, lane: &str, persona: Option<&str>) {
    if let Some(column) = state.column_of(id) {
        super::swimlane::reveal(state, column, false);
    }
    let selector = [
        ".map-grid .lane",
        &attribute_selector("data-lane-id", lane),
        " ",
        &super::dom::step_selector_of(id),
    ]
    .concat();
    let persona = persona.map(|p| attribute_selector("data-persona-id", p));
    let find = move || {
        let doc = document();
        persona
            .as_ref()
            .and_then(|p| {
                doc.query_selector(&[selector.as_str(), p].concat())
                    .ok()
                    .flatten()
            })
            .or_else(|| doc.query_selector(&selector).ok().flatten())
    };
    // A column out of the scroll window is drawn on the next frame.
    match find() {
        Some(el) => focus(&el),
        None => after_next_paint(move || {
            if let Some(el) = find() {
                focus(&el);
            }
        }),
    }
}

/// The keyboard enters the grid at the first step header in view.
fn enter_grid(state: AppState) {
    let scroller = document().query_selector(".map-scroll").ok().flatten();
    let Some(scroller) = scroller else { return };
    // The lane titles' right edge as drawn, at the map's zoom, and half a column past it:
    // the first step more than half clear of them is entered. (One mostly under them was
    // centred in the view: from 614 px across, the map went back to its start.)
    let z = super::swimlane::zoom_factor(state);
    let title = super::swimlane::titles_drawn(state);
    let half = super::swimlane::COLUMN_WIDTH * z / 2.0;
    let left = scroller.get_bounding_client_rect().left() + title + half;
    let Ok(heads) = scroller.query_selector_all(".step-head[data-step-id]") else {
        return;
    };
    let first = (0..heads.length())
        .filter_map(|i| heads.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|h| h.get_bounding_client_rect().right() > left);
    match first {
        Some(h) => focus(&h),
        None => {
            if let Some(id) = end_column(state, false).and_then(|c| state.step_ids(&[c]).pop()) {
                focus_step(state, &id, "actions");
            }
        }
    }
}

/// The number of the map's columns.
fn column_count(state: AppState) -> usize {
    state
        .model
        .with_untracked(|m| m.as_ref().map_or(0, |m| m.layout.columns.len()))
}

/// The first (or, with `last`, the last) column drawn: collapsed phases' steps are not.
fn end_column(state: AppState, last: bool) -> Option<usize> {
    let drawn = |c: &usize| state.drawn_column(*c).is_some();
    match last {
        false => (0..column_count(state)).find(drawn),
        true => (0..column_count(state)).rev().find(drawn),
    }
}

/// Keeps the keyboard in the map when the step element that has it scrolls out of the
/// columns drawn (`window`) and is about to be removed: the scroll box takes it (arrow keys
/// there enter the grid again at the steps in view) instead of the page.
pub fn keep_in_map(state: AppState, scroller: &web_sys::Element, window: &std::ops::Range<usize>) {
    let Some(active) = document().active_element() else {
        return;
    };
    if &active == scroller || !scroller.contains(Some(&active)) {
        return;
    }
    let step = active.closest("[data-step-id]").ok().flatten();
    let id = step.and_then(|s| s.get_attribute("data-step-id"));
    if id
        .and_then(|id| state.column_of(&id))
        .is_some_and(|c| !window.contains(&c))
    {
        focus(scroller);
    }
}

/// A control in the map reached with Tab (a link in a cell, a persona's toggle) comes out
/// from under the sticky headers and lane titles: the browser scrolls it into the scroll
/// box, but not clear of what sticks over the box's edges (one was hidden whole under the
/// corner). Not for a click, which is on what is in sight.
pub fn reveal_focused(state: AppState, ev: &web_sys::Event) {
    let Some(el) = super::dom::target::<web_sys::Element>(ev) else {
        return;
    };
    if !el.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    let step = el.closest("[data-step-id]").ok().flatten();
    let column = step.and_then(|s| state.column_of(&s.get_attribute("data-step-id")?));
    if let Some(column) = column {
        super::swimlane::reveal(state, column, false);
    } else if el.closest("[data-phase-id]").ok().flatten().is_some() {
        // A phase's button, in no step's column: clear of the lane titles on its left.
        let doc = document();
        let found = |selector: &str| doc.query_selector(selector).ok().flatten();
        if let (Some(corner), Some(scroller)) = (found(".corner"), found(".map-scroll")) {
            let by =
                el.get_bounding_client_rect().left() - corner.get_bounding_client_rect().right();
            if by < 0.0 {
                scroller.set_scroll_left(scroller.scroll_left() + by as i32 - 8);
            }
        }
    }
    super::swimlane::reveal_row(&el);
}

fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
    super::swimlane::reveal_row(el);
}

/// Page-wide shortcuts (never while typing in a field, nor with Ctrl, Alt or ⌘; those of
/// one character only while they are on, `single_keys`).
pub fn install(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        // (A key another part handled, such as Escape ending a presentation, is not
        // handled again.)
        if ev.default_prevented()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || is_text_field(ev.target())
            || (key.len() == 1 && !super::browser::single_keys(None))
        {
            return;
        }
        if document()
            .query_selector(":not([hidden]) > [aria-modal=true]")
            .ok()
            .flatten()
            .is_some()
        {
            return; // a dialog has the keyboard
        }
        // Embedded, the frame shows no search, zoom or views, so their keys do not act (a
        // mouse could not undo them); the shortcut list leaves them out too.
        if state.embed && !matches!(key.as_str(), "?" | "p" | "Escape") {
            return;
        }
        let zoom = |z: Zoom| {
            if state.view.get_untracked().zooms() {
                state.zoom.set(z)
            }
        };
        match key.as_str() {
            "?" => state.shortcuts_open.set(true),
            "/" => {
                let search = document().query_selector("input.search").ok().flatten();
                if let Some(input) = search.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = input.focus();
                }
            }
            "+" | "=" => zoom(super::swimlane::zoom_step(state, true)),
            "-" => zoom(super::swimlane::zoom_step(state, false)),
            "0" => zoom(Zoom::Percent(100)),
            "f" => zoom(Zoom::Fit),
            "m" => switch_view(state, ViewMode::Map),
            "c" => switch_view(state, ViewMode::Curve),
            "i" => switch_view(state, ViewMode::Insights),
            "p" => super::present::start(state),
            // The step's details close wherever the keyboard is: in the panel, or on the
            // map after a click on a step.
            "Escape" if state.selected.with_untracked(Option::is_some) => {
                super::step_details::close(state)
            }
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
}

/// Switches the view from the keyboard. When the old view had the focus (`i` pressed in a
/// map cell), the new one takes it: it fell to the page's body, and the next Tab went to
/// the top of the page.
fn switch_view(state: AppState, mode: ViewMode) {
    let in_stage = || {
        document()
            .active_element()
            .is_some_and(|a| a.closest(".stage").ok().flatten().is_some())
    };
    let had_focus = in_stage();
    state.view.set(mode);
    if had_focus {
        super::browser::next_frame(move || {
            if !in_stage() {
                focus_view();
            }
        });
    }
}

/// Gives the keyboard to the view on screen: the map's (or the curve's) scroller, or the
/// insights.
pub fn focus_view() {
    if let Ok(Some(view)) = document().query_selector(".map-scroll, .insights-grid") {
        // (Where it is: scrolled into view, it pushed a phone's bars off the top.)
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let view = view.unchecked_into::<web_sys::HtmlElement>();
        let _ = view.focus_with_options(&options);
    }
}
