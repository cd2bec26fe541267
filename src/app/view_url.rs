//! The view in the page URL (see `domain::view_state`): read when a journey opens and on
//! back/forward, written as the person explores. Selecting a step adds a history entry, so
//! Back closes its details again; every other change replaces the entry in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::window;
use super::share::{view_name, view_of};
use super::state::AppState;
use crate::domain::view_state::{ViewState, PARAMS};

/// The view now (subscribing the caller to every part of it).
fn current(state: AppState) -> ViewState {
    let (lanes, hidden_personas) = state.model.with(|m| {
        let Some(m) = m else {
            return Default::default();
        };
        let mut lanes = Vec::new();
        state.lane_choice.with(|choice| {
            for l in &m.lanes {
                match choice.get(&l.id) {
                    Some(&shown) if shown != l.shown_at_first => lanes.push((l.id.clone(), shown)),
                    _ => {}
                }
            }
        });
        let mut personas = Vec::new();
        state.hidden_personas.with(|h| {
            for c in &m.curves {
                if h.contains(c.id.as_str()) {
                    personas.push(c.id.clone());
                }
            }
        });
        (lanes, personas)
    });
    ViewState {
        view: view_name(state.view.get()).to_owned(),
        step: state.selected.get(),
        lanes,
        hidden_personas,
        collapsed: collapsed_in_order(state),
        query: state.query.get(),
        channel: state.channel.get(),
        owner: state.owner.get(),
        zoom: state.zoom.get(),
    }
}

/// The collapsed phases' ids, in the journey's order.
fn collapsed_in_order(state: AppState) -> Vec<String> {
    let mut ids = Vec::new();
    state.collapsed.with(|c| {
        state.opened.with(|o| {
            for p in o.iter().flat_map(|o| &o.journey.phases) {
                if c.contains(p.id.as_str()) {
                    ids.push(p.id.clone());
                }
            }
        })
    });
    ids
}

/// The query a share link carries for the view now (`?step=pay&hide=thoughts`, or empty):
/// everything but `view`, which the link's fragment holds.
pub fn share_query(state: AppState) -> String {
    match query(state, false) {
        query if query.is_empty() => query,
        query => ["?", &query].concat(),
    }
}

/// The view now as a query without its `?` (`view=curve&step=pay`), `view` itself
/// included when `with_view`: what a stand-alone HTML file carries.
pub fn query(state: AppState, with_view: bool) -> String {
    let view = untrack(|| current(state));
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (name, value) in view.to_pairs() {
        if with_view || name != "view" {
            params.append(name, &value);
        }
    }
    super::url_params::readable(&params)
}

/// The view the page URL gives.
pub fn from_url() -> ViewState {
    from_query(&window().location().search().unwrap_or_default())
}

/// The view a query gives (`?view=curve&step=pay`, with or without its `?`).
pub fn from_query(search: &str) -> ViewState {
    let params = web_sys::UrlSearchParams::new_with_str(search).ok();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    for name in PARAMS {
        let values = params.as_ref().map(|p| p.get_all(name)).unwrap_or_default();
        for value in values.iter() {
            pairs.extend(value.as_string().map(|v| (name, v)));
        }
    }
    ViewState::from_pairs(pairs.iter().map(|(n, v)| (*n, v.as_str())))
}

/// Shows the view `v` (of the journey on screen; parts it does not know are ignored).
pub fn apply(state: AppState, v: ViewState) {
    let known = |id: &String| state.column_of(id).is_some();
    state.view.set(view_of(&v.view));
    // (Before the step: a selected step opens its phase.)
    let phases = state.opened.with_untracked(|o| {
        let phases = o.as_ref().map(|o| &o.journey.phases);
        let known = |id: &String| phases.is_some_and(|p| p.iter().any(|p| &p.id == id));
        v.collapsed
            .into_iter()
            .filter(known)
            .map(Into::into)
            .collect()
    });
    state.collapsed.set(phases);
    state.selected.set(v.step.filter(known));
    state
        .lane_choice
        .set(crate::domain::pairs::pairs_of(v.lanes.into_iter()));
    state
        .hidden_personas
        .set(v.hidden_personas.into_iter().map(Into::into).collect());
    state.query.set(v.query);
    state.current_match.set(0);
    // A channel or owner no step has (a link made for another journey, a typo) filters
    // nothing: it would dim every step, with no option or chip to say why.
    let (channel, owner) = state.opened.with_untracked(|o| {
        let steps = o.as_ref().map_or(&[][..], |o| &o.journey.steps[..]);
        (
            v.channel
                .filter(|c| steps.iter().any(|s| s.channels.as_slice().contains(c))),
            v.owner
                .filter(|w| steps.iter().any(|s| s.owner.as_ref() == Some(w))),
        )
    });
    state.channel.set(channel);
    state.owner.set(owner);
    state.zoom.set(v.zoom);
}

thread_local! {
    /// The pending write of the URL, if any: its timer and the view to write.
    static PENDING: std::cell::RefCell<Option<(i32, ViewState)>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the URL in step with the view. The write waits a moment: a burst of changes (a
/// search typed, lanes toggled) makes one write, and none is paid inside the interaction
/// (measured: 3-5 ms a toggle; Chromium also throttles pages that write their URL often).
/// A write still pending when the page is left is made then, so that coming Back to the
/// page shows the view it was left in.
pub fn install(state: AppState) {
    super::state::watch(state, |state| {
        let view = current(state);
        if state.opened.with(Option::is_none) {
            return;
        }
        cancel();
        let flush = wasm_bindgen::closure::Closure::once_into_js(flush);
        let id = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(flush.unchecked_ref(), 120);
        if let Ok(id) = id {
            PENDING.with(|p| p.replace(Some((id, view))));
        }
    });
    let leaving = window_event_listener(leptos::ev::pagehide, |_| flush());
    on_cleanup(move || leaving.remove());
}

/// Makes the pending write now.
fn flush() {
    if let Some((id, view)) = PENDING.with(|p| p.take()) {
        window().clear_timeout_with_handle(id);
        write(view);
    }
}

/// Drops a pending write: another journey is being opened, and the view of the one before
/// must not land in its URL.
pub fn cancel() {
    if let Some((id, _)) = PENDING.with(|p| p.take()) {
        window().clear_timeout_with_handle(id);
    }
}

/// Writes the view into the URL (when it differs): a new history entry when a step is
/// selected, else in place. Embedded, always in place: an iframe's entries are the host
/// page's, whose Back button must leave the page, not walk through the steps clicked.
fn write(view: ViewState) {
    let now = from_url();
    if view == now {
        return;
    }
    let Ok(url) = web_sys::Url::new(&window().location().href().unwrap_or_default()) else {
        return;
    };
    let params = url.search_params();
    for name in PARAMS {
        params.delete(name);
    }
    for (name, value) in view.to_pairs() {
        params.append(name, &value);
    }
    url.set_search(&super::url_params::readable(&params));
    let Ok(history) = window().history() else {
        return;
    };
    let next = url.href();
    let null = wasm_bindgen::JsValue::NULL;
    let _ = match view.step != now.step && view.step.is_some() && !super::embed::is_embedded() {
        true => history.push_state_with_url(&null, "", Some(&next)),
        false => history.replace_state_with_url(&null, "", Some(&next)),
    };
}
