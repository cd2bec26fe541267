//! Share links: the journey, compressed, in the URL fragment (see `domain::link`), made and
//! opened in the browser. Compression is the browser's (`compress.js`).

use wasm_bindgen::prelude::*;

use super::browser::window;
use super::state::ViewMode;
use crate::domain::export;
use crate::domain::link::{self, LinkView};
use crate::domain::Journey;

#[wasm_bindgen(module = "/src/app/compress.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw, catch)]
    async fn deflate_raw(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = inflateRaw, catch)]
    async fn inflate_raw(bytes: &[u8]) -> Result<JsValue, JsValue>;
}

pub fn view_name(view: ViewMode) -> &'static str {
    match view {
        ViewMode::Map => "",
        ViewMode::Curve => "curve",
        ViewMode::Insights => "insights",
    }
}

pub fn view_of(name: &str) -> ViewMode {
    match name {
        "curve" => ViewMode::Curve,
        "insights" => ViewMode::Insights,
        _ => ViewMode::Map,
    }
}

/// The share link for a journey and view: this page's address without query or fragment,
/// then the fragment.
pub async fn make_link(journey: &Journey, view: ViewMode) -> Result<String, String> {
    let json = export::to_json(journey);
    let bytes = deflate_raw(&json)
        .await
        .map_err(|_| "compression failed".to_owned())?;
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    let fragment = link::fragment(
        &bytes,
        &LinkView {
            view: view_name(view).to_owned(),
        },
    );
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    Ok(format!("{base}#{fragment}"))
}

/// The journey text in a share link's compressed data.
pub async fn unpack(compressed: &[u8]) -> Option<String> {
    inflate_raw(compressed).await.ok()?.as_string()
}
