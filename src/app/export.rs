//! Files out: the journey as JSON; as a stand-alone HTML file that holds the app and the
//! journey and opens from disk (`standalone.js`); the view on screen as an SVG or PNG image
//! carrying the journey (`image.js`, `domain::carrier`). Each is offered as a download named
//! after the journey.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use super::browser::{after_next_paint, document, next_frame};
use super::state::AppState;
use crate::domain::carrier::{markup_safe, png_with_journey};

#[wasm_bindgen(module = "/src/app/standalone.js")]
extern "C" {
    #[wasm_bindgen(js_name = standaloneHtml, catch)]
    async fn standalone_html(
        journey: &str,
        title: &str,
        view: &str,
        lang: &str,
    ) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(module = "/src/app/image.js")]
extern "C" {
    /// `[svg, width, height]`: plain vector shapes and text, no `<foreignObject>`, under
    /// the journey's title and description.
    #[wasm_bindgen(js_name = vectorSvg)]
    fn vector_svg(
        root: &web_sys::Element,
        carried: &str,
        title: &str,
        description: &str,
    ) -> js_sys::Array;
    /// The scale a PNG of `root` would be drawn at (2 where the canvas limits allow), from
    /// its whole size, before every column is drawn.
    #[wasm_bindgen(js_name = pngScaleOf)]
    fn png_scale_of(root: &web_sys::Element) -> f64;
    /// `[png bytes, scale]`.
    #[wasm_bindgen(js_name = pngOf, catch)]
    async fn png_of(svg: &JsValue, width: &JsValue, height: &JsValue) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// Whether an image is being made.
    static DRAWING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The least scale a PNG is drawn at: below half size, the map's 10-13 px text is a blur
/// (a 1,000-step map came out as a 16384x106 strip at 7%, after freezing the page for 10 s).
const READABLE_SCALE: f64 = 0.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Html,
    Svg,
    Png,
}

/// Offers the journey on screen as a file in `format`; `note` is told what the person should
/// know about the file (an image scaled down to fit the browser's limits).
pub fn download(state: AppState, format: Format, note: impl Fn(String) + 'static) {
    let Some(opened) = state.opened.get_untracked() else {
        return;
    };
    let journey = &opened.journey;
    let compact = crate::domain::export::to_json(journey);
    // (Names the files: a journey without a title is untitled in the UI's language.)
    let title = state.t().title_of(&journey.title).to_owned();
    let description = journey.description.clone().unwrap_or_default();
    match format {
        Format::Json => {
            let pretty = JsValue::from(crate::domain::export::indented(&compact));
            save(&title, "json", "application/json", &pretty);
        }
        Format::Html => {
            // The whole view (the step open, lanes, personas, filters, zoom), not just its
            // name: the file opens as the map was left.
            let view = super::view_url::query(state, true);
            let lang = state.lang.get_untracked().code();
            spawn_local(async move {
                match standalone_html(&markup_safe(&compact), &title, &view, lang).await {
                    Ok(html) => save(&title, "html", "text/html", &html),
                    Err(e) => web_sys::console::error_1(&e),
                }
            });
        }
        // A second press while an image is being made (the page is busy, so the click waits
        // for it) would make it again.
        Format::Svg | Format::Png if DRAWING.get() => {}
        Format::Svg | Format::Png => {
            if format == Format::Png {
                let scale = drawn_view().map_or(1.0, |root| png_scale_of(&root));
                if scale < READABLE_SCALE {
                    return note((state.t().image_unreadable)((scale * 100.0) as u32));
                }
            }
            // A long map takes seconds to draw whole and walk: the page says so first (painted
            // before that work starts), and the note is cleared or replaced once done.
            if journey.steps.len() > 100 {
                note(state.t().drawing_image.to_owned());
            }
            DRAWING.set(true);
            let note = move |text| {
                // (On the next frame: a click that came while the page was busy is handled
                // before it, and ignored.)
                next_frame(|| DRAWING.set(false));
                note(text)
            };
            // Draw every column, export once that is on screen, then window the map again.
            after_next_paint(move || {
                state.draw_all.set(true);
                after_next_paint(move || {
                    let root = drawn_view();
                    let carried = markup_safe(&compact);
                    let image = root.map(|root| vector_svg(&root, &carried, &title, &description));
                    state.draw_all.set(false);
                    let Some(image) = image else {
                        return note(String::new());
                    };
                    if format == Format::Svg {
                        save(&title, "svg", "image/svg+xml", &image.get(0));
                        return note(String::new());
                    }
                    spawn_local(async move {
                        let png = png_of(&image.get(0), &image.get(1), &image.get(2)).await;
                        let Ok(png) = png else {
                            return note(String::new());
                        };
                        let png = js_sys::Array::from(&png);
                        let bytes = js_sys::Uint8Array::new(&png.get(0)).to_vec();
                        let bytes = png_with_journey(&bytes, &compact);
                        save(
                            &title,
                            "png",
                            "image/png",
                            &js_sys::Uint8Array::from(&bytes[..]),
                        );
                        let percent = (png.get(1).as_f64().unwrap_or(1.0) * 100.0).floor();
                        note(match percent < 100.0 {
                            true => (state.t().image_scaled)(percent as u32),
                            false => String::new(),
                        });
                    });
                });
            });
        }
    }
}

/// What an image shows: the map's grid (not its scroll box), else the view shown (the
/// insights).
fn drawn_view() -> Option<web_sys::Element> {
    let find = |selector| document().query_selector(selector).ok().flatten();
    find(".map-grid").or_else(|| find(".stage > *"))
}

/// Offers `content` (a string or bytes) as a download named after the journey.
pub fn save(title: &str, extension: &str, mime: &str, content: &JsValue) {
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let a = document().create_element("a").expect("an anchor");
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute(
        "download",
        &crate::domain::export::file_name(title, extension),
    );
    a.unchecked_ref::<web_sys::HtmlElement>().click();
    let _ = web_sys::Url::revoke_object_url(&url);
}
