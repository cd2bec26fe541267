//! The presenter view and how windows of one presentation keep in step, with no server: a
//! `BroadcastChannel` (same browser, same site) carries each move (`story::encode`). The
//! presenter view is this app in a second window with `presenter=<id>`; it asks for the
//! journey when it opens (`hello`), so it shows whatever the presentation shows, a file
//! dropped on the page included. Either window can drive.

use std::cell::RefCell;

use leptos::prelude::*;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::browser::{document, window};
use super::dom::{text_el, El};
use super::i18n::Texts;
use super::slide::Deck;
use super::state::{AppState, Source};
use crate::domain::story::{self, clock, notes as step_notes, Presentation, Slide};

const CHANNEL: &str = "journey-lens-presentation";
/// The start of a presentation window's `window.name`; its id follows.
const NAME: &str = "jl-deck-";

thread_local! {
    static PORT: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
    /// The last move sent or received: a move is sent once, and never echoed back.
    static LAST: RefCell<String> = const { RefCell::new(String::new()) };
    /// When the latest move this window knows of was made (ms since the epoch, or one more
    /// than the move before): each move sent carries its time, and a window takes only moves
    /// newer than the latest it knows (of two at the same time, the presentation's), so that
    /// windows driven at once end on the same slide. (Times, not a count: a window reloaded
    /// counts from nothing.)
    static MOVES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// When the presenter's timer started (ms since the epoch).
    static STARTED: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The presenter view joins its presentation's channel, asks for the journey and its
/// place, and starts its timer. The presentation's window joins when it starts presenting
/// (`send`), and tells a presenter view following it when it goes.
pub fn install(state: AppState) {
    if !state.presenter {
        let bye = window_event_listener(leptos::ev::pagehide, |_| post("bye"));
        on_cleanup(move || bye.remove());
        // A presenter view following is told of another journey opened while presenting
        // (Back, or this tab reloaded with another file): it showed the first one still.
        super::state::watch(state, |state| {
            if state.opened.with(Option::is_some) && PORT.with_borrow(Option::is_some) {
                tell(state);
            }
        });
    } else {
        joined(state);
        post("hello");
        restart_timer();
        let tick = Closure::<dyn FnMut()>::new(tick);
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            1000,
        );
        tick.forget();
    }
}

/// Tells the other windows where the presentation is, when it moved. A presenter view
/// says nothing until it has heard where the presentation is: the place in its own address
/// is the one it was opened at, and pulled back a presentation moved on since.
pub fn send(state: AppState, p: Option<Presentation>) {
    if state.presenter && LAST.with_borrow(String::is_empty) {
        return;
    }
    if p.is_some() {
        joined(state);
    }
    let message = story::encode(p);
    if LAST.with(|l| l.replace(message.clone())) != message {
        MOVES.set((js_sys::Date::now() as u64).max(MOVES.get() + 1));
        post_move(&message);
    }
}

/// Posts a move with the time of the latest move known.
fn post_move(message: &str) {
    post(&[&MOVES.get().to_string(), " ", message].concat());
}

fn post(message: &str) {
    PORT.with(|port| {
        if let Some(port) = port.borrow().as_ref() {
            let _ = port.post_message(&message.into());
        }
    });
}

/// This presentation's id: the presenter view has it in its URL (`presenter=<id>`); the
/// presentation's window keeps it in its `window.name`, which lasts across reloads of the
/// tab, so a presenter view still follows a reloaded presentation and two tabs presenting
/// different journeys stay apart.
fn deck_id(state: AppState) -> String {
    if state.presenter {
        return super::url_params::get("presenter").unwrap_or_default();
    }
    let name = window().name().unwrap_or_default();
    if let Some(id) = name.strip_prefix(NAME) {
        return id.to_owned();
    }
    let id = ((js_sys::Math::random() * 1e12) as u64).to_string();
    let _ = window().set_name(&[NAME, &id].concat());
    id
}

/// Joins this presentation's channel, once.
fn joined(state: AppState) {
    PORT.with(|port| {
        if port.borrow().is_none() {
            *port.borrow_mut() = join(state);
        }
    });
}

fn join(state: AppState) -> Option<web_sys::BroadcastChannel> {
    let name = [CHANNEL, "-", &deck_id(state)].concat();
    let port = web_sys::BroadcastChannel::new(&name).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(message) = ev.data().as_string() {
                receive(state, &message);
            }
        });
    port.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    Some(port)
}

fn receive(state: AppState, message: &str) {
    if message == "hello" {
        tell(state);
    } else if let Some(json) = message.strip_prefix("journey ") {
        if state.presenter {
            super::loader::open_text(state, Source::Link, json);
        }
    } else if message == "bye" {
        alone(true);
    } else if let Some((n, m, p)) = newer_move(state, message) {
        MOVES.set(n);
        LAST.with(|l| l.replace(m.to_owned()));
        alone(false);
        match p {
            // A move that crossed the end of the presentation (the presenter view's last key
            // against the audience's Escape) must not start it again.
            Some(_) if !state.presenter && state.present.get_untracked().is_none() => {}
            Some(p) => state.present.set(Some(p)),
            None => super::present::leave(state),
        }
    }
}

/// A move newer than the latest this window knows of (of two at the same time, the
/// presentation's): its time, its text and where it goes.
fn newer_move(state: AppState, message: &str) -> Option<(u64, &str, Option<Presentation>)> {
    let (n, m) = message.split_once(' ')?;
    let n = n.parse::<u64>().ok()?;
    let known = MOVES.get();
    if n < known || n == known && !state.presenter {
        return None;
    }
    Some((n, m, story::decode(m)?))
}

/// Tells a presenter view the journey presented and where the presentation is.
fn tell(state: AppState) {
    if let (false, Some(p)) = (state.presenter, state.present.get_untracked()) {
        if let Some(opened) = state.opened.get_untracked() {
            let json = crate::domain::export::to_json(&opened.journey);
            post(&["journey ", &json].concat());
        }
        post_move(&story::encode(Some(p)));
    }
}

/// Opens the presenter view: this page in a second window, without its source (the view
/// asks for the journey), with `presenter=<id>`.
pub fn open_presenter_view(state: AppState) {
    let id = deck_id(state);
    let href = window().location().href().unwrap_or_default();
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let params = url.search_params();
    params.delete("src");
    params.set("presenter", &id);
    url.set_search(&super::url_params::readable(&params));
    url.set_hash("");
    let _ = window().open_with_url_and_target_and_features(
        &url.href(),
        &["jl-presenter-", &id].concat(),
        "popup,width=1280,height=800",
    );
}

/// The presenter view's header: the time since it opened (a click restarts it).
pub fn timer(t: &'static Texts) -> El {
    El::new("header")
        .class("presenter-head")
        .child(
            text_el("p", "presenter-alone", t.present.waiting)
                .attr("role", "status")
                .attr("hidden", ""),
        )
        .child(
            El::new("button")
                .attr("type", "button")
                .class("button presenter-timer")
                .attr("title", t.present.restart_timer)
                .attr("aria-label", t.present.restart_timer)
                .text(&clock(0))
                .on("click", |_| {
                    restart_timer();
                    tick();
                }),
        )
}

/// In the presenter view: says whether the presentation's window is gone (closed, or
/// reloading: it says where it is again when it is back).
fn alone(on: bool) {
    if let Ok(Some(note)) = document().query_selector(".presenter-alone") {
        let _ = note.toggle_attribute_with_force("hidden", !on);
    }
}

fn restart_timer() {
    STARTED.with(|s| s.set(js_sys::Date::now()));
}

fn tick() {
    let elapsed = (js_sys::Date::now() - STARTED.with(|s| s.get())) / 1000.0;
    if let Ok(Some(el)) = document().query_selector(".presenter-timer") {
        el.set_text_content(Some(&clock(elapsed.max(0.0) as u64)));
    }
}

/// What the presenter reads while a slide is shown: a step's notes (its `notes` field) and
/// every field of it; a phase's description.
pub fn notes(d: &Deck, slide: Slide) -> El {
    let mut parts: Vec<El> = Vec::new();
    match slide {
        Slide::Step(column) => {
            let step = &d.journey.steps[d.model.layout.columns[column].step];
            let said: Vec<El> = step_notes(step)
                .into_iter()
                .map(|n| text_el("li", "", n))
                .collect();
            if !said.is_empty() {
                parts.push(El::new("ul").class("speaker-notes").children(said));
            }
            let flags = d.flags.get(d.model.layout.columns[column].step);
            parts.extend(super::step_details::fields(
                d.journey, d.model, column, flags, d.t,
            ));
        }
        Slide::Phase(i) => {
            let phase = &d.journey.phases[d.model.layout.spans[i].phase];
            parts.extend(phase.description.as_deref().map(|s| text_el("p", "", s)));
        }
        Slide::Title => {
            parts.extend(
                d.journey
                    .description
                    .as_deref()
                    .map(|s| text_el("p", "", s)),
            );
        }
        Slide::Closing => {}
    }
    if parts.is_empty() {
        parts.push(text_el("p", "notes-none", d.t.present.no_notes));
    }
    El::new("div").class("details-body").children(parts)
}
