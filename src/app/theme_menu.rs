//! The "Theme" menu: automatic (the system's light or dark), light, dark, or high contrast
//! for projectors. The theme is the `data-theme` attribute of `<html>` (tokens in
//! `style/tokens.css`), set before the first paint from the URL's `theme=` by
//! `public/prefetch.js`; a choice here sets it and the URL (replacing the history entry: a
//! theme is not a step back). The radio list is drawn once with the DOM builder.

use wasm_bindgen::JsCast;

use super::browser::document;
use super::dom::{target, El};
use super::i18n::Texts;

/// The `theme=` values, in menu order; automatic has none.
const THEMES: [&str; 4] = ["", "light", "dark", "contrast"];

/// The menu's button and panel, for the toolbar.
pub fn theme_menu(t: &'static Texts) -> [El; 2] {
    let current = document()
        .document_element()
        .and_then(|html| html.get_attribute("data-theme"))
        .unwrap_or_default();
    let rows = THEMES
        .iter()
        .zip(t.themes)
        .map(|(code, label)| {
            let input = El::new("input")
                .attr("type", "radio")
                .attr("name", "theme")
                .attr("value", code);
            if *code == current {
                input
                    .0
                    .unchecked_ref::<web_sys::HtmlInputElement>()
                    .set_checked(true);
            }
            El::new("li").child(
                El::new("label")
                    .child(input)
                    .child(El::new("span").text(label)),
            )
        })
        .collect();
    let [button, panel] = super::dom::menu("theme-menu", t.theme_menu);
    let panel = panel
        .child(El::new("ul").class("menu-list").children(rows))
        .on("change", |ev| {
            if let Some(input) = target::<web_sys::HtmlInputElement>(&ev) {
                apply(&input.value());
            }
        });
    [button, panel]
}

/// Shows `code`'s theme ("" for automatic) and records it in the URL.
pub fn apply(code: &str) {
    if let Some(html) = document().document_element() {
        let _ = match code {
            "" => html.remove_attribute("data-theme"),
            code => html.set_attribute("data-theme", code),
        };
    }
    super::url_params::replace("theme", (!code.is_empty()).then_some(code));
}
