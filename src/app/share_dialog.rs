//! The Share dialog: the share link for the journey and view on screen, in a text field named
//! "Share link", with its length, a Copy button, and, when the link is too long for chat
//! tools, the advice to send the file (Download JSON, also offered always).

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::{document, window};
use super::dom::{text_el, El};
use super::i18n::Texts;
use super::state::use_state;
use crate::domain::export::to_json;
use crate::domain::link::embed_snippet;

/// Above this many characters some chat and mail tools cut or refuse links.
pub const LONG_LINK: usize = 8000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let link = RwSignal::new(String::new());
    let copied = RwSignal::new(false);
    let embed_box = NodeRef::<leptos::html::Div>::new();
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
            let made = made.unwrap_or_else(|e| e);
            if let (Some(host), true) = (embed_box.get_untracked(), made.starts_with("http")) {
                let code = embed_snippet(&made, &opened.journey.title);
                let _ = host.append_child(&embed_section(state.t(), &code).0);
            }
            link.set(made);
            if let Some(el) = field.get_untracked() {
                let _ = el.focus();
                el.select();
            }
        });
    });
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move { copied.set(write_clipboard(&text).await) });
    };
    let download = move |_| {
        if let Some(opened) = state.opened.get_untracked() {
            // Indented by the browser's JSON: a second (pretty) serializer would cost wasm.
            let compact = to_json(&opened.journey);
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
    // The embed section is built with the link; its Copy button says "Copied" once done.
    let copy_embed = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|el| el.tag_name() == "BUTTON");
        let code = embed_box
            .get_untracked()
            .and_then(|host| host.query_selector("textarea").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        let (Some(button), Some(code)) = (button, code) else {
            return;
        };
        spawn_local(async move {
            if write_clipboard(&code.value()).await {
                button.set_text_content(Some(state.t().copied));
            }
        });
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
                <div class="embed-box" node_ref=embed_box on:click=copy_embed></div>
                <div class="modal-actions">
                    <button type="button" class="button" on:click=download>{move || t().download_json}</button>
                    <button type="button" class="button" on:click=move |_| close()>{move || t().close}</button>
                </div>
            </div>
        </Show>
    }
}

/// Puts `text` on the clipboard; true once it is there.
async fn write_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The embed code and its Copy button (static: built once the link is made).
fn embed_section(t: &Texts, code: &str) -> El {
    let field = El::new("textarea")
        .class("embed-code")
        .attr("readonly", "")
        .attr("rows", "3")
        .attr("aria-label", t.embed_code)
        .text(code);
    El::new("div")
        .child(text_el("h3", "embed-heading", t.embed_code))
        .child(text_el("p", "hint", t.embed_hint))
        .child(
            El::new("div")
                .class("share-row")
                .child(field)
                .child(text_el("button", "button", t.copy).attr("type", "button")),
        )
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
