//! Paste: a dialog with a text area for journey JSON, and Ctrl+V anywhere on the page
//! (outside text fields) opens the pasted text directly.
//!
//! Built with the DOM builder the first time it opens, then shown or hidden: a `view!`
//! dialog costs about 3 KB of gzipped wasm, this one a fraction of that. (Texts are set once:
//! a language switch builds it again.)

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::is_text_field;
use super::dom::{mount_modal, text_el, El};
use super::loader::open_text;
use super::state::{effect_with, use_state, AppState, Source};

#[component]
pub fn PasteDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // Built when it first opens; each time it opens, a fresh box: no text glued to the last.
    // What had the keyboard when it opened gets it back when it closes.
    let mut opener = None;
    effect_with(move |area: Option<Option<web_sys::HtmlTextAreaElement>>| {
        let open = state.paste_open.get();
        let host = host.get()?;
        let area = area.flatten();
        host.set_hidden(!open);
        if !open {
            super::dom::give_back(opener.take());
            return area;
        }
        opener = super::dom::modal_opened();
        let area = super::language::in_language(area, state, &host, || build(state, &host));
        area.set_value("");
        let _ = area.focus();
        area.select();
        Some(area)
    });
    let on_paste = window_event_listener(leptos::ev::paste, move |ev| {
        if state.embed || state.paste_open.get_untracked() || is_text_field(ev.target()) {
            return;
        }
        let pasted = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if !pasted.trim().is_empty() {
            ev.prevent_default();
            open_text(state, Source::Pasted, &pasted);
        }
    });
    on_cleanup(move || on_paste.remove());
    view! { <div class="paste-host" node_ref=host hidden></div> }
}

/// Builds the dialog in `host`; returns its text area.
fn build(state: AppState, host: &web_sys::HtmlDivElement) -> web_sys::HtmlTextAreaElement {
    let t = state.t();
    let area = El::new("textarea")
        .attr("aria-labelledby", "paste-title")
        .attr("aria-describedby", "paste-hint")
        .attr("spellcheck", "false");
    let field: web_sys::HtmlTextAreaElement = area.0.clone().unchecked_into();
    let close = move |_| state.paste_open.set(false);
    let submit = {
        let field = field.clone();
        move || {
            state.paste_open.set(false);
            open_text(state, Source::Pasted, &field.value());
        }
    };
    let on_key = {
        let submit = submit.clone();
        move |ev: web_sys::Event| {
            let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                submit();
            }
        }
    };
    let dialog = El::new("div")
        .class("modal")
        .on("keydown", on_key)
        .child(El::new("h2").attr("id", "paste-title").text(t.paste_title))
        .child(text_el("p", "hint", t.paste_hint).attr("id", "paste-hint"))
        .child(area)
        .child(
            El::new("div")
                .class("modal-actions")
                .child(
                    text_el("button", "button", t.cancel)
                        .attr("type", "button")
                        .on("click", close),
                )
                .child(
                    text_el("button", "button primary", t.open)
                        .attr("type", "button")
                        .on("click", move |_| submit()),
                ),
        );
    mount_modal(host, dialog, "paste-title", true, move || {
        state.paste_open.set(false)
    });
    field
}
