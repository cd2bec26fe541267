//! The passphrase dialog: a share link sealed with a passphrase opens only once the person
//! gives it. A wrong passphrase says so in the dialog and lets them try again; cancelling
//! leaves the journey on screen as it was.
//!
//! Built once with the DOM builder and shown or hidden: a `view!` dialog costs about 3 KB of
//! gzipped wasm, this one a fraction of that. (A language switch builds it again.)

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::dom::{mount_modal, text_el, El};
use super::loader::{leave_locked, open_compressed};
use super::share::{open_sealed, SealError};
use super::state::{effect_with, use_state, AppState};

#[component]
pub fn PassphraseDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // Built when a sealed link first asks for it (not before the map's first frame); then
    // shown while a sealed link waits for its passphrase.
    effect_with(move |field: Option<Option<web_sys::HtmlInputElement>>| {
        let locked = state.locked.with(Option::is_some);
        let host = host.get()?;
        let was_shown = !host.hidden();
        host.set_hidden(!locked);
        if !locked {
            if was_shown {
                super::dom::give_back(None);
            }
            return field.flatten();
        }
        // Nothing had the keyboard to give back to: the page has just opened the link.
        super::dom::modal_opened();
        let field =
            super::language::in_language(field.flatten(), state, &host, || build(state, &host));
        field.set_value("");
        // Embedded, only once the reader is in the frame: focusing the field would take the
        // keyboard from the host page as it loads (its Space and arrows typed into the field).
        if !state.embed || super::browser::document().has_focus().unwrap_or(false) {
            let _ = field.focus();
        }
        Some(field)
    });
    view! { <div class="locked-host" node_ref=host hidden></div> }
}

/// Builds the dialog in `host`; returns its passphrase field.
fn build(state: AppState, host: &web_sys::HtmlDivElement) -> web_sys::HtmlInputElement {
    let t = state.t();
    let field = El::new("input")
        .class("passphrase")
        .attr("type", "password")
        .attr("autocomplete", "off")
        .attr("aria-label", t.passphrase)
        .attr("aria-describedby", "locked-error")
        .attr("required", "");
    let error = text_el("p", "dialog-error", "")
        .attr("id", "locked-error")
        .attr("role", "alert");
    let open = text_el("button", "button primary", t.open).attr("type", "submit");
    let input: web_sys::HtmlInputElement = field.0.clone().unchecked_into();
    // The message under the field: empty when there is nothing to say.
    let show_error = {
        let (input, message) = (input.clone(), error.0.clone());
        move |text: &str| {
            message.set_text_content(Some(text));
            let invalid = if text.is_empty() { "false" } else { "true" };
            let _ = input.set_attribute("aria-invalid", invalid);
        }
    };
    let cancel = {
        let show_error = show_error.clone();
        move || {
            show_error("");
            state.locked.set(None);
            leave_locked(state);
        }
    };
    let submit = {
        let (input, button) = (input.clone(), open.0.clone());
        move |ev: web_sys::Event| {
            ev.prevent_default();
            let Some(shared) = state.locked.get_untracked() else {
                return;
            };
            let (input, button, show_error) = (input.clone(), button.clone(), show_error.clone());
            let _ = button.set_attribute("disabled", "");
            button.set_text_content(Some(state.t().unlocking));
            show_error("");
            spawn_local(async move {
                let opened = open_sealed(&shared.data, &input.value()).await;
                let _ = button.remove_attribute("disabled");
                button.set_text_content(Some(state.t().open));
                match opened {
                    // (Unless cancelled while the passphrase was being tried.)
                    Ok(compressed) => {
                        if state.locked.with_untracked(Option::is_some) {
                            state.locked.set(None);
                            open_compressed(state, compressed, shared.view.view);
                        }
                    }
                    Err(e) => {
                        let t = state.t();
                        show_error(match e {
                            SealError::Wrong => t.wrong_passphrase,
                            SealError::Insecure => t.needs_secure_page,
                        });
                        input.select();
                    }
                }
            });
        }
    };
    let cancel_button = {
        let cancel = cancel.clone();
        text_el("button", "button", t.cancel)
            .attr("type", "button")
            .on("click", move |_| cancel())
    };
    let form = El::new("form")
        .class("modal locked")
        .attr("aria-describedby", "locked-hint")
        .child(text_el("h2", "", t.locked_title).attr("id", "locked-title"))
        .child(text_el("p", "hint", t.locked_hint).attr("id", "locked-hint"))
        .child(field)
        .child(error)
        .child(
            El::new("div")
                .class("modal-actions")
                .child(cancel_button)
                .child(open),
        )
        .on("submit", submit);
    // The backdrop stays inert: the link waits for an answer, Open or Cancel.
    mount_modal(host, form, "locked-title", false, cancel);
    input
}
