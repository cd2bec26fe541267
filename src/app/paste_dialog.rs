//! Paste: a dialog with a text area for journey JSON, and Ctrl+V anywhere on the page
//! (outside text fields) opens the pasted text directly.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::browser::is_text_field;
use super::loader::open_text;
use super::state::{use_state, Source};

#[component]
pub fn PasteDialog() -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let area = NodeRef::<Textarea>::new();
    let submit = move || {
        state.paste_open.set(false);
        open_text(state, Source::Pasted, &text.get_untracked());
    };
    Effect::new(move |_| {
        if state.paste_open.get() {
            text.set(String::new()); // a fresh box each time: no text glued to the last
            if let Some(el) = area.get() {
                let _ = el.focus();
                el.select();
            }
        }
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
            text.set(pasted.clone());
            open_text(state, Source::Pasted, &pasted);
        }
    });
    on_cleanup(move || on_paste.remove());
    let t = move || state.t();
    view! {
        <Show when=move || state.paste_open.get()>
            <div class="modal-backdrop" on:click=move |_| state.paste_open.set(false)></div>
            <div
                class="modal"
                role="dialog"
                aria-modal="true"
                aria-labelledby="paste-title"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        state.paste_open.set(false);
                    }
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        submit();
                    }
                }
            >
                <h2 id="paste-title">{move || t().paste_title}</h2>
                <p class="hint" id="paste-hint">{move || t().paste_hint}</p>
                <textarea
                    node_ref=area
                    aria-labelledby="paste-title"
                    aria-describedby="paste-hint"
                    spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <div class="modal-actions">
                    <button type="button" class="button" on:click=move |_| state.paste_open.set(false)>{move || t().cancel}</button>
                    <button type="button" class="button primary" on:click=move |_| submit()>{move || t().open}</button>
                </div>
            </div>
        </Show>
    }
}
