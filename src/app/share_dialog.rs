//! The Share dialog: the share link for the journey and view on screen, in a text field named
//! "Share link", with its length, a Copy button, and, when the link is too long for chat
//! tools, the advice to send the file (Download JSON, also offered always).

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::{document, window};
use super::state::use_state;

/// Above this many characters some chat and mail tools cut or refuse links.
pub const LONG_LINK: usize = 8000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let link = RwSignal::new(String::new());
    let copied = RwSignal::new(false);
    let field = NodeRef::<Input>::new();
    // Make the link each time the dialog opens, for the journey and view of that moment.
    Effect::new(move |_| {
        if !state.share_open.get() {
            return;
        }
        link.set(String::new());
        copied.set(false);
        let (Some(opened), view) = (state.opened.get_untracked(), state.view.get_untracked())
        else {
            return;
        };
        spawn_local(async move {
            let made = super::share::make_link(&opened.journey, view).await;
            link.set(made.unwrap_or_else(|e| e));
            if let Some(el) = field.get_untracked() {
                let _ = el.focus();
                el.select();
            }
        });
    });
    let copy = move |_| {
        let text = link.get_untracked();
        let promise = window().navigator().clipboard().write_text(&text);
        spawn_local(async move {
            copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    };
    let download = move |_| {
        if let Some(opened) = state.opened.get_untracked() {
            // Indented by the browser's JSON: a second (pretty) serializer would cost wasm.
            let compact = serde_json::to_string(&*opened.journey).unwrap_or_default();
            let pretty = js_sys::JSON::parse(&compact)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &2.into())
                        .ok()
                })
                .and_then(|s| s.as_string())
                .unwrap_or(compact);
            save_json(&opened.journey.title, &pretty);
        }
    };
    let close = move || state.share_open.set(false);
    let length = move || link.with(|l| l.chars().count());
    view! {
        <Show when=move || state.share_open.get()>
            <div class="modal-backdrop" on:click=move |_| close()></div>
            <div class="modal share" role="dialog" aria-modal="true" aria-labelledby="share-title"
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                <h2 id="share-title">{move || t().share_title}</h2>
                <p class="hint">{move || t().share_hint}</p>
                <div class="share-row">
                    <input node_ref=field type="text" readonly aria-label=move || t().share_link class="share-link" prop:value=move || link.get() />
                    <button type="button" class="button primary" on:click=copy disabled=move || link.with(String::is_empty)>
                        {move || if copied.get() { t().copied } else { t().copy }}
                    </button>
                </div>
                <p class="share-length" data-length=length>{move || (t().link_length)(length())}</p>
                <Show when=move || { length() > LONG_LINK }>
                    <p class="share-warning" role="status">{move || t().link_too_long}</p>
                </Show>
                <div class="modal-actions">
                    <button type="button" class="button" on:click=download>{move || t().download_json}</button>
                    <button type="button" class="button" on:click=move |_| close()>{move || t().close}</button>
                </div>
            </div>
        </Show>
    }
}

/// Offers `json` as a download named after the journey.
fn save_json(title: &str, json: &str) {
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let name: String = title
        .chars()
        // Keep letters of any script; replace what file systems refuse (an ASCII test: the
        // Unicode tables behind `is_alphanumeric` would cost 12 KB of wasm).
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '.' => '-',
            c if c.is_control() || c.is_ascii_whitespace() => '-',
            c => c,
        })
        .collect();
    let name = format!("{}.json", name.trim_matches('-'));
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlElement = a.unchecked_into();
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute(
            "download",
            if name == ".json" {
                "journey.json"
            } else {
                &name
            },
        );
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
