//! The page URL's query parameters: read at start, updated when the source changes, and
//! followed on back/forward.

use super::browser::window;

/// The value of a query parameter of the current page URL.
pub fn get(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Sets (or, with `None`, removes) the source parameter and adds a history entry, so back
/// returns to the previous journey. The view of the previous journey is left behind.
pub fn push(name: &str, value: Option<&str>) {
    super::view_url::cancel();
    let Some((href, url)) = with_param(name, value) else {
        return;
    };
    for view_param in crate::domain::view_state::PARAMS {
        url.search_params().delete(view_param);
    }
    url.set_search(&readable(&url.search_params()));
    // A share link's fragment belongs to the journey it carries: another source replaces it.
    url.set_hash("");
    let next = url.href();
    if next != href {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
        }
    }
    source_moved();
}

thread_local! {
    /// The source part of the URL (`src` and the fragment) the journey shown came from.
    static SOURCE: std::cell::RefCell<String> = Default::default();
}

/// Whether the URL's source (`src` and the fragment) differs from the one last seen, which
/// it then remembers: back and forward within one journey's views need no reload.
pub fn source_moved() -> bool {
    let hash = window().location().hash().unwrap_or_default();
    let key = [get("src").unwrap_or_default().as_str(), &hash].join("#");
    SOURCE.with(|s| s.replace(key.clone()) != key)
}

/// Sets (or, with `None`, removes) a query parameter in place: no history entry, and the
/// fragment (a share link's journey) kept. An address that would not change is not written
/// (browsers throttle pages that write their URL often).
pub fn replace(name: &str, value: Option<&str>) {
    let Some((href, url)) = with_param(name, value) else {
        return;
    };
    let next = url.href();
    if next == href {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
    }
}

/// The page's address now, and a copy with the parameter set (or removed).
fn with_param(name: &str, value: Option<&str>) -> Option<(String, web_sys::Url)> {
    let href = window().location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    let params = url.search_params();
    match value {
        Some(v) => params.set(name, v),
        None => params.delete(name),
    }
    url.set_search(&readable(&params));
    Some((href, url))
}

/// The query of `params`. `/` and `:` are legal in a query; leaving them readable keeps
/// `?src=examples/a.json` the way people type it.
pub fn readable(params: &web_sys::UrlSearchParams) -> String {
    String::from(params.to_string())
        .replace("%2F", "/")
        .replace("%3A", ":")
}

/// Resolves `src` against the page URL and returns it when it is http(s).
pub fn resolve_http(src: &str) -> Option<String> {
    let base = window().location().href().ok()?;
    let url = web_sys::Url::new_with_base(src, &base).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.href())
}
