//! The keyboard shortcut list, opened with `?` (or its button): a modal dialog drawn with
//! the DOM builder each time it opens.

use leptos::html::Div;
use leptos::prelude::*;

use super::browser::single_keys_box;
use super::dom::{modal_while, text_el, El};
use super::i18n::Texts;
use super::state::{use_state, AppState};
use super::step_details::mark_chip;
use crate::domain::insights::FlagKind;

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    let title = |t: &'static Texts| t.shortcuts;
    modal_while(state, host, state.shortcuts_open, "shortcuts", title, list);
    view! { <div class="shortcuts-host" node_ref=host hidden></div> }
}

/// The keys and what each does.
fn list(state: AppState) -> Option<El> {
    // The single-key shortcuts (those of one character, as `keyboard` tells them: not the
    // arrows) are named in their switch's label; while off, style/explore.css dims their
    // keys, strikes through what they do and tells screen readers "off" (`data-off`).
    let mut single = String::new();
    let t = state.t();
    // (Embedded, without the last rows, of search, zoom and the views: `keyboard::install`.)
    let rows = t
        .shortcut_keys
        .iter()
        .take(if state.embed { 8 } else { 13 })
        .map(|(keys, what)| {
            let one = keys.split(' ').next().is_some_and(|k| k.len() == 1);
            if one {
                single = [&single, " ", keys].concat();
            }
            let keys = keys.split(' ').map(|k| text_el("kbd", "", k)).collect();
            El::new("div")
                .class(if one { "single" } else { "" })
                .child(El::new("dt").children(keys))
                .child(El::new("dd").attr("data-off", t.single_keys_off).text(what))
        })
        .collect();
    // Turned off, letters typed by speech input do not act (the arrows, Enter, Esc and Tab
    // still do).
    let input = El::new("input").attr("type", "checkbox");
    single_keys_box(&input.0);
    let toggle = El::new("label")
        .class("single-keys")
        .child(input)
        .text(&[t.single_keys, " (", single.trim_start(), ")"].concat());
    // Each mark's symbol with its name: a header may show a mark by its symbol alone.
    let marks: Vec<El> = FlagKind::ALL
        .iter()
        .map(|&kind| mark_chip("li", kind, t))
        .collect();
    Some(
        El::new("div")
            .child(El::new("dl").class("shortcut-list").children(rows))
            .child(toggle)
            .child(text_el("h3", "marks-title", t.marks_legend))
            .child(El::new("ul").class("flags").children(marks)),
    )
}
