//! The Share dialog: the share link for the journey and view on screen, in a text field named
//! "Share link", with its length, a Copy button, and, when the link is too long for chat
//! tools, the advice to send the file (Download JSON, also offered always). An optional
//! passphrase seals the journey in the link.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::browser::window;
use super::dom::{text_el, El};
use super::export::{self, Format};
use super::i18n::Texts;
use super::share::SealError;
use super::state::use_state;
use crate::domain::link::embed_snippet;

/// Above this many characters some chat and mail tools cut or refuse links.
pub const LONG_LINK: usize = 8000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let link = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let copied = RwSignal::new(false);
    let note = RwSignal::new(None::<String>);
    let embed_box = NodeRef::<leptos::html::Div>::new();
    let field = NodeRef::<Input>::new();
    // Make the link each time the dialog opens, for the journey and view of that moment, and
    // again when the passphrase changes.
    Effect::new(move |_| {
        if !state.share_open.get() {
            passphrase.set(String::new());
            return;
        }
        let secret = passphrase.get();
        link.set(String::new());
        error.set(None);
        copied.set(false);
        let (Some(opened), view) = (state.opened.get_untracked(), state.view.get_untracked())
        else {
            return;
        };
        spawn_local(async move {
            let made = super::share::make_link(&opened.journey, view, &secret).await;
            if passphrase.get_untracked() != secret {
                return; // a newer passphrase is being applied
            }
            let made = match made {
                Ok(made) => made,
                Err(e) => {
                    let t = state.t();
                    return error.set(Some(match e {
                        Some(SealError::Insecure) => t.needs_secure_page,
                        _ => t.link_failed,
                    }));
                }
            };
            if let Some(host) = embed_box.get_untracked() {
                let code = embed_snippet(&made, &opened.journey.title);
                host.set_text_content(None);
                let _ = host.append_child(&embed_section(state.t(), &code).0);
            }
            link.set(made);
            if let Some(el) = field.get_untracked() {
                if secret.is_empty() {
                    let _ = el.focus();
                }
                el.select();
            }
        });
    });
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move { copied.set(write_clipboard(&text).await) });
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
                <p class="dialog-error" aria-live="assertive">{move || error.get()}</p>
                <p class="share-note" role="status">{move || note.get()}</p>
                <label class="passphrase-row">
                    <span>{move || t().passphrase_optional}</span>
                    <input type="password" class="passphrase" autocomplete="new-password"
                        prop:value=move || passphrase.get() on:change=move |ev| passphrase.set(event_target_value(&ev)) />
                </label>
                <Show when=move || passphrase.with(|p| !p.is_empty())>
                    <p class="hint">{move || t().passphrase_share_hint}</p>
                </Show>
                <Show when=move || { length() > LONG_LINK }>
                    <p class="share-warning" role="status">{move || t().link_too_long}</p>
                </Show>
                <div class="embed-box" node_ref=embed_box on:click=copy_embed></div>
                <div class="modal-actions">
                    {[
                        (Format::Json, t().download_json),
                        (Format::Html, t().download_html),
                        (Format::Svg, t().download_svg),
                        (Format::Png, t().download_png),
                    ].into_iter().map(|(format, label)| view! {
                        <button type="button" class="button" on:click=move |_| export::download(state, format, move |n| note.set(Some(n)))>{label}</button>
                    }).collect_view()}
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
