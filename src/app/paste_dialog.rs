//! Paste: a dialog with a text area for journey JSON, and Ctrl+V anywhere on the page
//! (outside text fields) opens the pasted text directly. Text the dialog cannot open stays
//! in it, with the message above it and the caret at the place the message gives; text
//! pasted on the page that cannot be opened is put in the dialog so, to be mended there.
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
use super::state::{effect_with, use_state, AppState, Report, Source};
use crate::domain::problem::ProblemKind;
use crate::domain::syntax::{offset_of_place, Syntax};

#[component]
pub fn PasteDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // Built when it first opens; each time it opens, a fresh box: no text glued to the last,
    // and no message about it. What had the keyboard when it opened gets it back when it
    // closes.
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
        // Text pasted on the page that could not be opened, with why, else a fresh box.
        let pending = PENDING.with(|p| p.take());
        area.set_value(pending.as_ref().map_or("", |(text, _)| text));
        show_failure(&area, None);
        let _ = area.focus();
        if let Some((_, report)) = pending {
            tell(state, &area, &report);
        }
        Some(area)
    });
    let on_paste = window_event_listener(leptos::ev::paste, move |ev| {
        if state.embed || busy(state) || is_text_field(ev.target()) {
            return;
        }
        let pasted = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if !pasted.trim().is_empty() {
            ev.prevent_default();
            open_or_mend(state, Source::Pasted, pasted);
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
        .attr("aria-describedby", "paste-hint paste-error")
        .attr("spellcheck", "false");
    let field: web_sys::HtmlTextAreaElement = area.0.clone().unchecked_into();
    let close = move |_| state.paste_open.set(false);
    let submit = {
        let field = field.clone();
        move || submit(state, &field)
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
        .child(
            El::new("div")
                .class("alert paste-error")
                .attr("id", "paste-error")
                .attr("role", "alert")
                .attr("hidden", ""),
        )
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

thread_local! {
    /// Text pasted on the page that could not be opened, and why, for the dialog to show.
    static PENDING: std::cell::RefCell<Option<(String, Option<Report>)>> = Default::default();
}

/// A dialog or a presentation is up: a paste box would open unseen behind it.
fn busy(state: AppState) -> bool {
    state.present.with_untracked(Option::is_some)
        || super::browser::document()
            .query_selector(":not([hidden]) > .modal-backdrop")
            .ok()
            .flatten()
            .is_some()
}

/// Opens text pasted or dropped on the page; when it cannot be, puts it in the dialog with
/// why, to be mended there (unless another dialog is up: then the alert tells it).
pub fn open_or_mend(state: AppState, source: Source, text: String) {
    if busy(state) {
        if !opened_as_link(&text) {
            open_text(state, source, &text);
        }
        return;
    }
    if let Err(report) = open_quietly(state, source, &text) {
        // Told in the dialog, with the text to mend (not read again there).
        PENDING.with(|p| p.replace(Some((text, report))));
        state.paste_open.set(true);
    }
}

/// Opens `text` (a share link as a link); when it cannot be, gives back why and leaves the
/// page's alert as it was: the dialog tells the failure, so a screen reader hears it once,
/// and text given up leaves no message.
fn open_quietly(state: AppState, source: Source, text: &str) -> Result<(), Option<Report>> {
    if opened_as_link(text) {
        return Ok(());
    }
    // Taken, not cloned (a report's clone is a kilobyte of wasm), without notifying.
    let before = state.report.try_update_untracked(Option::take).flatten();
    open_text(state, source, text);
    if !failed(state) {
        return Ok(());
    }
    let report = state.report.try_update_untracked(Option::take).flatten();
    state.report.set(before);
    Err(report)
}

/// A share link given as text is opened as the page's own link would be (the address
/// changes, and going back returns to the map before).
fn opened_as_link(text: &str) -> bool {
    let Some(link) = crate::domain::link::share_link_in(text) else {
        return false;
    };
    let _ = super::browser::window().location().set_hash(link);
    true
}

/// Whether the latest load failed: reading is synchronous, so the report is that text's.
fn failed(state: AppState) -> bool {
    state.report.with_untracked(|report| {
        matches!(
            report,
            Some(Report::NotOpened { .. } | Report::Unreachable { .. })
        )
    })
}

/// Opens the text in `field`; when it cannot be, says why in the dialog and keeps it there.
fn submit(state: AppState, field: &web_sys::HtmlTextAreaElement) {
    match open_quietly(state, Source::Pasted, &field.value()) {
        Ok(()) => state.paste_open.set(false),
        Err(report) => tell(state, field, &report),
    }
}

/// Says in the dialog why the text in `field` could not be opened (`report`, the failure).
fn tell(state: AppState, field: &web_sys::HtmlTextAreaElement, report: &Option<Report>) {
    if let Some(report) = report {
        let (_, body) = super::alert::report_body(report, state);
        let place = match report {
            Report::NotOpened { problems, .. } => problems.iter().find(|p| p.is_fatal()).map(|p| {
                // A comma to remove is selected: Backspace or Delete then removes it (with
                // the caret before it, Backspace took what came before).
                let what = Syntax::TrailingComma;
                let select = p.kind == ProblemKind::Syntax { what };
                (&*p.at, select as u32)
            }),
            _ => None,
        };
        show_failure(field, Some((body.0, place)));
    }
}

/// Shows why the text in `area` could not be opened (`message`, the alert's text) above it,
/// and puts the caret at the place of its first problem when that is a `line:column`,
/// selecting the characters after it that the place gives with it; `None` clears the message.
fn show_failure(
    area: &web_sys::HtmlTextAreaElement,
    message: Option<(web_sys::Element, Option<(&str, u32)>)>,
) {
    let Some(Ok(Some(box_))) = area
        .parent_element()
        .map(|dialog| dialog.query_selector(".paste-error"))
    else {
        return;
    };
    box_.set_text_content(None);
    let _ = area.set_attribute(
        "aria-invalid",
        if message.is_some() { "true" } else { "false" },
    );
    let Some((message, place)) = message else {
        let _ = box_.set_attribute("hidden", "");
        return;
    };
    let _ = box_.append_child(&message);
    let _ = box_.remove_attribute("hidden");
    let text = area.value();
    let offset = |(place, width)| Some((offset_of_place(&text, place)? as u32, width));
    if let Some((at, width)) = place.and_then(offset) {
        // A text area scrolls to its caret when it gets the keyboard: it gets it again below.
        let _ = area.blur();
        let _ = area.set_selection_range(at, at + width);
    }
    let _ = area.focus();
}
