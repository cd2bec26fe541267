//! Small wrappers over browser APIs the app needs in several places.

use wasm_bindgen::JsCast;

thread_local! {
    // Looked up once: each lookup was two calls into JavaScript (the global's type check,
    // then its document), about 2,000 of them to draw the first screen of a 1,000-step map.
    static WINDOW: web_sys::Window = web_sys::window().expect("a browser window");
    static DOCUMENT: web_sys::Document = WINDOW.with(|w| w.document().expect("a document"));
}

pub fn window() -> web_sys::Window {
    WINDOW.with(Clone::clone)
}

pub fn document() -> web_sys::Document {
    DOCUMENT.with(Clone::clone)
}

/// Sets the page title (tabs, bookmarks and history show the journey's name).
pub fn set_title(title: &str) {
    document().set_title(title);
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/app/single_keys.js")]
extern "C" {
    /// Whether the page-wide shortcuts of one key act, after turning them on or off when
    /// `turn` is given (`single_keys.js`).
    #[wasm_bindgen(js_name = singleKeys)]
    pub fn single_keys(turn: Option<bool>) -> bool;
    /// Makes `input`, a check box, show and turn on or off the single-key shortcuts.
    #[wasm_bindgen(js_name = singleKeysBox)]
    pub fn single_keys_box(input: &web_sys::Element);
    /// Whether a control made now is told its shortcut (`single_keys.js`: not before the
    /// first frame).
    #[wasm_bindgen(js_name = keysTold)]
    pub fn keys_told() -> bool;
    /// Tells the controls drawn so far their shortcuts, after the next frame.
    #[wasm_bindgen(js_name = tellKeysSoon)]
    pub fn tell_keys_soon();
    /// Disables `control` (`off`) or enables it; a disabled control does not tell its
    /// shortcut.
    #[wasm_bindgen(js_name = setDisabled)]
    pub fn set_disabled(control: &web_sys::Element, off: bool);
}

/// Records a performance mark that benchmarks read (`performance.getEntriesByName`).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Calls `f` on the next animation frame: after the DOM has been updated and laid out.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

/// Calls `f` once the next frame has been rendered: a task queued from that frame's
/// animation callback runs after its style, layout and paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    next_frame(move || {
        let cb = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = window().set_timeout_with_callback(cb.unchecked_ref());
    });
}

/// True when keyboard or paste input is meant for a text field, not for the app.
pub fn is_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name();
            tag == "INPUT"
                || tag == "TEXTAREA"
                || tag == "SELECT"
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}
