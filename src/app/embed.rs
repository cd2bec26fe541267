//! Embed mode (`embed=1`): the map without the app's chrome, for an iframe in an intranet
//! page. The toolbar keeps only the title and a link to the full view (style/embed.css); the
//! app's height is posted to the host page so a few lines of host script can size the iframe
//! (README, "Embed").

use wasm_bindgen::prelude::*;

use super::browser::{document, window};

#[wasm_bindgen(module = "/src/app/embed.js")]
extern "C" {
    #[wasm_bindgen(js_name = reportHeight)]
    fn report_height(el: &web_sys::Element);
}

/// True when the page URL asks for embed mode (`embed=1`).
pub fn is_embedded() -> bool {
    super::url_params::get("embed").as_deref() == Some("1")
}

/// Embedded, the toolbar shows only the title and a link to the full view (style/embed.css),
/// dropping and pasting do nothing, and the host page is told the app's height.
pub fn start_if_embedded() {
    if !is_embedded() {
        return;
    }
    if let Ok(Some(app)) = document().query_selector(".app") {
        let _ = app.class_list().add_1("embed");
        report_height(&app);
    }
}

/// This page's address without `embed=1`: the same journey and view in the full app.
pub fn full_view_href() -> String {
    let href = window().location().href().unwrap_or_default();
    match web_sys::Url::new(&href) {
        Ok(url) => {
            let params = url.search_params();
            params.delete("embed");
            url.set_search(&super::url_params::readable(&params));
            url.href()
        }
        Err(_) => href,
    }
}
