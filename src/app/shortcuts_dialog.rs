//! The keyboard shortcut list, opened with `?` (or its button): a modal dialog drawn with
//! the DOM builder each time it opens.

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::{give_back, modal_opened, mount_shown, text_el, El};
use super::state::{effect_with, use_state};

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // The effect's value is what had the keyboard when the list opened: it gets it back.
    effect_with(move |opener: Option<Option<web_sys::HtmlElement>>| {
        let open = state.shortcuts_open.get();
        let host = host.get()?;
        host.set_text_content(None);
        host.set_hidden(!open);
        if !open {
            give_back(opener.flatten());
            return None;
        }
        let opener = modal_opened();
        let t = state.t();
        let rows = t
            .shortcut_keys
            .iter()
            .map(|(keys, what)| {
                let keys = keys.split(' ').map(|k| text_el("kbd", "", k)).collect();
                El::new("div")
                    .child(El::new("dt").children(keys))
                    .child(El::new("dd").text(what))
            })
            .collect();
        let list = El::new("dl").class("shortcut-list").children(rows);
        let close = move || state.shortcuts_open.set(false);
        mount_shown(
            &host,
            "shortcuts",
            "shortcuts-title",
            t.shortcuts,
            list,
            t.close,
            close,
        );
        opener
    });
    view! { <div class="shortcuts-host" node_ref=host hidden></div> }
}
