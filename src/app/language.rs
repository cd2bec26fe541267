//! The UI language: from `lang=` in the URL, else the browser's languages, else English;
//! and the toolbar's Language menu, which switches it in place (the journey, its view and
//! the URL's other parameters stay).

use leptos::prelude::*;

use super::dom::{target, El};
use super::i18n::{Lang, Texts};
use super::state::AppState;

/// The language to start in.
pub fn initial() -> Lang {
    let asked = super::url_params::get("lang");
    let browser: Vec<String> = super::browser::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Lang::pick(asked.iter().chain(browser.iter()).map(String::as_str)).unwrap_or(Lang::En)
}

/// The Language menu: each language in its own name.
pub fn menu(state: AppState, t: &Texts) -> El {
    let now = state.lang.get_untracked();
    let options = Lang::ALL
        .iter()
        .map(|l| {
            let option = El::new("option")
                .attr("value", l.code())
                .attr("lang", l.code())
                .text(l.name());
            match *l == now {
                true => option.attr("selected", ""),
                false => option,
            }
        })
        .collect();
    El::new("select")
        .class("button language")
        .attr("aria-label", t.language)
        .attr("title", t.language)
        .children(options)
        .on("change", move |ev| {
            let Some(select) = target::<web_sys::HtmlSelectElement>(&ev) else {
                return;
            };
            let code = select.value();
            if let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) {
                super::url_params::replace("lang", Some(code.as_str()));
                state.lang.set(lang);
            }
        })
}

/// Whether `host` was built for another language than the one now (and records this one):
/// dialogs built once are built again after a language switch.
pub fn stale(state: AppState, host: &web_sys::Element) -> bool {
    let code = state.lang.get_untracked().code();
    let built = host.get_attribute("data-lang");
    let _ = host.set_attribute("data-lang", code);
    built.as_deref() != Some(code)
}

/// What was built in `host` before, or, when there was nothing or it was built for another
/// language, `host` emptied and built afresh by `build`.
pub fn in_language<T>(
    built: Option<T>,
    state: AppState,
    host: &web_sys::Element,
    build: impl FnOnce() -> T,
) -> T {
    match (built, stale(state, host)) {
        (Some(built), false) => built,
        _ => {
            host.set_text_content(None);
            build()
        }
    }
}
