//! Pointing at a step anywhere on the map (its header, any of its cells, its points on the
//! curve) marks it everywhere (`marks`); clicking selects it and opens its details, and
//! clicking a phase's button collapses or expands it.

use leptos::prelude::*;

use super::state::AppState;

/// The step of the element an event happened at.
fn step_at(ev: &web_sys::Event) -> Option<String> {
    let el = super::dom::target::<web_sys::Element>(ev)?;
    el.closest("[data-step-id]")
        .ok()??
        .get_attribute("data-step-id")
}

/// The pointer or the keyboard is on a step (or on none); on a curve point, its tooltip
/// shows.
pub fn point_at(state: AppState, ev: &web_sys::Event) {
    let point = super::dom::target::<web_sys::Element>(ev)
        .and_then(|el| el.closest(".point").ok().flatten());
    super::emotion_lane::tooltip(state, point.as_ref());
    let id = step_at(ev);
    if state.hovered.with_untracked(|h| *h != id) {
        state.hovered.set(id);
    }
}

/// The pointer left the map, or the keyboard did.
pub fn leave(state: AppState) {
    state.hovered.set(None);
    super::emotion_lane::tooltip(state, None);
}

/// A click on a step selects it; one on a link or a button inside keeps its own meaning,
/// and neither does selecting text.
pub fn click(state: AppState, ev: &web_sys::Event) {
    let Some(el) = super::dom::target::<web_sys::Element>(ev) else {
        return;
    };
    if el
        .closest(&["[", super::phase_row::TOGGLE_ALL, "]"].concat())
        .ok()
        .flatten()
        .is_some()
    {
        super::phase_row::toggle_all(state);
        return;
    }
    let toggle = super::phase_row::TOGGLE;
    if let Some(id) = el
        .closest(&["[", toggle, "]"].concat())
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute(toggle))
    {
        super::phase_row::toggle(state, &id);
        return;
    }
    if el
        .closest("a, button, input, select, label")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let selecting = super::browser::window()
        .get_selection()
        .ok()
        .flatten()
        .is_some_and(|s| !s.is_collapsed());
    if let (false, Some(id)) = (selecting, step_at(ev)) {
        state.selected.set(Some(id));
    }
}
