//! Share links: the journey, compressed, in the URL fragment (see `domain::link`), made and
//! opened in the browser. Compression and passphrase sealing are the browser's (`link.js`).

use wasm_bindgen::prelude::*;

use super::browser::window;
use super::state::ViewMode;
use crate::domain::export;
use crate::domain::link::{self, LinkView};
use crate::domain::Journey;

#[wasm_bindgen(module = "/src/app/link.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw, catch)]
    async fn deflate_raw(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = inflateRaw, catch)]
    async fn inflate_raw(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn seal(bytes: &[u8], passphrase: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn unseal(bytes: &[u8], passphrase: &str) -> Result<JsValue, JsValue>;
}

/// Why sealing or unsealing failed.
pub enum SealError {
    /// The page is not a secure context (plain http on another host): no WebCrypto.
    Insecure,
    /// The passphrase does not open the data (or the data was altered).
    Wrong,
}

fn seal_error(error: JsValue) -> SealError {
    let insecure = js_sys::Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .is_some_and(|m| m == "insecure");
    match insecure {
        true => SealError::Insecure,
        false => SealError::Wrong,
    }
}

/// The compressed journey in sealed link data, if the passphrase opens it.
pub async fn open_sealed(data: &[u8], passphrase: &str) -> Result<Vec<u8>, SealError> {
    let bytes = unseal(data, passphrase).await.map_err(seal_error)?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
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

/// The share link for a journey and view, sealed with `passphrase` unless it is empty:
/// this page's address, the rest of the view (`query`: selected step, lanes, filters,
/// zoom; left out of a sealed link, where it would be readable without the passphrase),
/// then the fragment.
pub async fn make_link(
    journey: &Journey,
    view: ViewMode,
    query: &str,
    passphrase: &str,
) -> Result<String, Option<SealError>> {
    let json = export::to_json(journey);
    let mut bytes = deflate_raw(&json).await.map_err(|_| None)?;
    let sealed = !passphrase.is_empty();
    if sealed {
        let compressed = js_sys::Uint8Array::new(&bytes).to_vec();
        bytes = seal(&compressed, passphrase)
            .await
            .map_err(|e| Some(seal_error(e)))?;
    }
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    let fragment = link::fragment(
        &bytes,
        sealed,
        &LinkView {
            view: view_name(view).to_owned(),
        },
    );
    let location = window().location();
    let query = if sealed { "" } else { query };
    Ok([
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
        query,
        "#",
        &fragment,
    ]
    .concat())
}

/// The journey text in a share link's compressed data.
pub async fn unpack(compressed: &[u8]) -> Option<String> {
    inflate_raw(compressed).await.ok()?.as_string()
}
