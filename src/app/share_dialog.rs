//! The Share dialog: the share link for the journey and view on screen, in a text field named
//! "Share link", with its length, a Copy button, and, when the link is too long for chat
//! tools, the advice to send the file (Download JSON, also offered always). An optional
//! passphrase seals the journey in the link.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::browser::window;
use super::dom::{mount_modal, target, text_el, El};
use super::export::{self, Format};
use super::i18n::Texts;
use super::share::SealError;
use super::state::{effect_with, use_state, AppState};
use crate::domain::link::embed_snippet;

/// Above this many characters some chat and mail tools cut or refuse links.
pub const LONG_LINK: usize = 8000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Div>::new();
    // Built when it first opens (not before the map's first frame: building a hidden dialog
    // and compiling its code cost the start-up), in the language of that moment; then made
    // afresh (a new link) each time it opens.
    // What had the keyboard when it opened gets it back when it closes.
    let mut opener = None;
    effect_with(move |parts: Option<Option<Parts>>| {
        let open = state.share_open.get();
        let host = host.get()?;
        host.set_hidden(!open);
        if !open {
            super::dom::give_back(opener.take());
            return parts.flatten();
        }
        opener = super::dom::modal_opened();
        let parts =
            super::language::in_language(parts.flatten(), state, &host, || build(state, &host));
        parts.passphrase.set_value("");
        parts.make("", true);
        Some(parts)
    });
    view! { <div class="share-host" node_ref=host hidden></div> }
}

/// The parts of the dialog that change.
#[derive(Clone)]
struct Parts {
    state: AppState,
    link: web_sys::HtmlInputElement,
    copy: web_sys::Element,
    length: web_sys::Element,
    error: web_sys::Element,
    note: web_sys::Element,
    passphrase: web_sys::HtmlInputElement,
    passphrase_hint: web_sys::HtmlElement,
    warning: web_sys::HtmlElement,
    embed: web_sys::Element,
    /// Counts the links asked for: only the latest may fill the dialog.
    latest: Rc<Cell<u32>>,
}

impl Parts {
    /// Makes the link for the journey and view on screen, sealed with `secret` unless it is
    /// empty, and shows it with its length and embed code; `opening`, the link takes the
    /// focus, chosen whole, to copy.
    fn make(&self, secret: &str, opening: bool) {
        let t = self.state.t();
        let ticket = self.latest.get() + 1;
        self.latest.set(ticket);
        self.show_link("");
        self.show_embed(None);
        self.error.set_text_content(None);
        self.note.set_text_content(None);
        self.passphrase_hint.set_hidden(secret.is_empty());
        let Some(opened) = self.state.opened.get_untracked() else {
            return;
        };
        let view = self.state.view.get_untracked();
        let query = super::view_url::share_query(self.state);
        let (parts, secret) = (self.clone(), secret.to_owned());
        spawn_local(async move {
            let made = super::share::make_link(&opened.journey, view, &query, &secret).await;
            if parts.latest.get() != ticket {
                return; // a newer link was asked for
            }
            match made {
                Ok(made) => {
                    let code = embed_snippet(&made, t.title_of(&opened.journey.title));
                    parts.show_embed(Some(&code));
                    parts.show_link(&made);
                    // (Made as the passphrase is left, it leaves the focus where Tab took it.)
                    if opening {
                        let _ = parts.link.focus();
                        parts.link.select();
                    }
                }
                Err(e) => {
                    parts.embed.set_text_content(None);
                    parts.error.set_text_content(Some(match e {
                        Some(SealError::Insecure) => t.needs_secure_page,
                        _ => t.link_failed,
                    }))
                }
            }
        });
    }

    /// Shows the embed code, or none while a link is being made: the code of the link before
    /// (unsealed, before a passphrase) must not be copied meanwhile. Its box and Copy button
    /// are changed in place: Tab out of the passphrase, which makes a new link, has gone on
    /// to them.
    fn show_embed(&self, code: Option<&str>) {
        let t = self.state.t();
        let field = self.embed.query_selector("textarea").ok().flatten();
        match field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            Some(field) => {
                field.set_value(code.unwrap_or_default());
                if let Ok(Some(copy)) = self.embed.query_selector("button") {
                    set_copy_label(&copy, t.copy);
                    let _ = copy.toggle_attribute_with_force("disabled", code.is_none());
                }
            }
            None => {
                if let Some(code) = code {
                    let _ = self.embed.append_child(&embed_section(t, code).0);
                }
            }
        }
    }

    fn show_link(&self, link: &str) {
        let t = self.state.t();
        let length = link.chars().count();
        self.link.set_value(link);
        set_copy_label(&self.copy, t.copy);
        let _ = match link.is_empty() {
            true => self.copy.set_attribute("disabled", ""),
            false => self.copy.remove_attribute("disabled"),
        };
        let _ = self
            .length
            .set_attribute("data-length", &length.to_string());
        self.length.set_text_content(Some(&(t.link_length)(length)));
        // A stand-alone file opened from disk makes file: links, which open nowhere else.
        let local = link.starts_with("file:");
        let warning = match (local, length > LONG_LINK) {
            (true, _) => t.link_local,
            (_, true) => t.link_too_long,
            _ => "",
        };
        // Values the reader left out or replaced are not in the link either.
        let left_out = match self
            .state
            .opened
            .with_untracked(|o| o.as_ref().map(|o| o.left_out))
        {
            Some(true) => t.left_out_of_link,
            _ => "",
        };
        let text = [left_out, warning].join(" ");
        self.warning.set_text_content(Some(text.trim()));
        self.warning.set_hidden(text.trim().is_empty());
    }
}

/// Builds the dialog in `host`.
fn build(state: AppState, host: &web_sys::HtmlDivElement) -> Parts {
    let t = state.t();
    let link = El::new("input")
        .class("share-link")
        .attr("type", "text")
        .attr("readonly", "")
        .attr("aria-label", t.share_link);
    let copy = copy_button("button primary", t, t.share_link);
    let length = text_el("p", "share-length", "");
    let error = text_el("p", "dialog-error", "").attr("aria-live", "assertive");
    let note = text_el("p", "share-note", "").attr("role", "status");
    let passphrase = El::new("input")
        .class("passphrase")
        .attr("type", "password")
        .attr("autocomplete", "new-password");
    let passphrase_hint = text_el("p", "hint", t.passphrase_share_hint);
    let warning = text_el("p", "share-warning", t.link_too_long).attr("role", "status");
    let embed = El::new("div").class("embed-box");
    let parts = Parts {
        state,
        link: link.0.clone().unchecked_into(),
        copy: copy.0.clone(),
        length: length.0.clone(),
        error: error.0.clone(),
        note: note.0.clone(),
        passphrase: passphrase.0.clone().unchecked_into(),
        passphrase_hint: passphrase_hint.0.clone().unchecked_into(),
        warning: warning.0.clone().unchecked_into(),
        embed: embed.0.clone(),
        latest: Rc::default(),
    };
    let copy = {
        let (field, button) = (parts.link.clone(), parts.copy.clone());
        copy.on("click", move |_| {
            copy_and_confirm(state, button.clone(), field.value())
        })
    };
    let passphrase = {
        let parts = parts.clone();
        passphrase.on("change", move |_| {
            parts.make(&parts.passphrase.value(), false)
        })
    };
    // The embed section is built with the first link; its Copy button says "Copied" once done.
    let embed = embed.on("click", move |ev| {
        // (A click on the button's label is one on its span.)
        let button = target::<web_sys::Element>(&ev).and_then(|el| el.closest("button").ok()?);
        let code = button
            .as_ref()
            .and_then(|b| b.closest(".embed-box").ok().flatten())
            .and_then(|host| host.query_selector("textarea").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        if let (Some(button), Some(code)) = (button, code) {
            copy_and_confirm(state, button, code.value());
        }
    });
    let downloads = [
        (Format::Json, t.download_json),
        (Format::Html, t.download_html),
        (Format::Svg, t.download_svg),
        (Format::Png, t.download_png),
    ]
    .into_iter()
    .map(|(format, label)| {
        let note = parts.note.clone();
        text_el("button", "button", label)
            .attr("type", "button")
            .on("click", move |_| {
                note.set_text_content(None);
                let note = note.clone();
                export::download(state, format, move |text| {
                    note.set_text_content(Some(&text));
                    // (On a phone the dialog scrolls, and a long note ran past its bottom.)
                    if !text.is_empty() {
                        note.scroll_into_view_with_bool(false);
                    }
                });
            })
    })
    .collect();
    let dialog = El::new("div")
        .class("modal share")
        .child(text_el("h2", "", t.share_title).attr("id", "share-title"))
        .child(text_el("p", "hint", t.share_hint))
        .child(El::new("div").class("share-row").child(link).child(copy))
        .child(length)
        .child(error)
        .child(
            El::new("label")
                .class("passphrase-row")
                .child(text_el("span", "", t.passphrase_optional))
                .child(passphrase),
        )
        .child(passphrase_hint)
        .child(warning)
        .child(embed)
        .child(
            El::new("div")
                .class("modal-actions")
                .children(downloads)
                .child(
                    text_el("button", "button", t.close)
                        .attr("type", "button")
                        .on("click", move |_| state.share_open.set(false)),
                ),
        )
        // What a download says, under its button.
        .child(note)
        .child(text_el("p", "visually-hidden copy-status", "").attr("role", "status"));
    mount_modal(host, dialog, "share-title", true, move || {
        state.share_open.set(false)
    });
    parts
}

/// Puts `text` on the clipboard; once it is there, `button` says "Copied", and the dialog's
/// status tells screen readers which ("Copied: Embed code"; a button's new name is not
/// always read out). The status is emptied first, so that a second copy is heard again; the
/// labels going back to "Copy" for a new link are not heard.
fn copy_and_confirm(state: AppState, button: web_sys::Element, text: String) {
    spawn_local(async move {
        let status = super::browser::document().query_selector(".copy-status");
        let status = status.ok().flatten();
        if let Some(status) = &status {
            status.set_text_content(None);
        }
        let promise = window().navigator().clipboard().write_text(&text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            set_copy_label(&button, state.t().copied);
            if let Some(status) = status {
                status.set_text_content(button.text_content().as_deref());
            }
        }
    });
}

/// The embed code and its Copy button (static: built once the link is made).
fn embed_section(t: &Texts, code: &str) -> El {
    let field = El::new("textarea")
        .class("embed-code")
        .attr("readonly", "")
        .attr("rows", "3")
        .attr("aria-label", t.embed_code);
    // (Not `El::text`, which cuts long text: a share link can be longer.)
    field.0.set_text_content(Some(code));
    El::new("div")
        .child(text_el("h3", "embed-heading", t.embed_code))
        .child(text_el("p", "hint", t.embed_hint))
        .child(
            El::new("div")
                .class("share-row")
                .child(field)
                .child(copy_button("button", t, t.embed_code)),
        )
}

/// A Copy button, named for what it copies ("Copy: Embed code"): the dialog has two, which
/// a screen reader's list of buttons could not tell apart. Its visible label changes alone.
fn copy_button(class: &str, t: &Texts, what: &str) -> El {
    El::new("button")
        .class(class)
        .attr("type", "button")
        .child(El::new("span").text(t.copy))
        .child(text_el("span", "visually-hidden", &[": ", what].concat()))
}

/// Sets a Copy button's visible label ("Copy", "Copied").
fn set_copy_label(button: &web_sys::Element, label: &str) {
    if let Some(visible) = button.first_element_child() {
        visible.set_text_content(Some(label));
    }
}
