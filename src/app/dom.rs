//! A tiny builder for static DOM: views that are drawn once per journey and never update
//! (the insights) are built with it instead of `view!`. Leptos generates code for every
//! distinct view type, so the insights drawn with `view!` cost about 40 KB of gzipped wasm;
//! these few non-generic functions cost almost nothing. Text is always set as text, never
//! parsed as HTML.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::browser::document;
use crate::domain::problem::shorten;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The most of one text the views show, in characters: a step's description of a megabyte
/// took 8 s to lay out in the step's details and 35 s on its slide, and a step's name of a
/// megabyte 27 s on the map (the file and its exports keep all of it).
pub const LONGEST_SHOWN: usize = 20_000;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // The DOM calls the builder makes for each element, bound without web-sys's `catch`
    // (which wraps every call in a closure and a `try`): they cannot throw for the tags and
    // attribute names of this code, and a 1,000-step map's first screen makes about 2,000.
    #[wasm_bindgen(js_name = Document)]
    type Doc;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create(this: &Doc, tag: &str) -> web_sys::Element;
    #[wasm_bindgen(method, js_name = createElementNS)]
    fn create_ns(this: &Doc, namespace: &str, tag: &str) -> web_sys::Element;
    #[wasm_bindgen(js_name = Element)]
    type Elem;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attr(this: &Elem, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_node(this: &Elem, child: &web_sys::Node);
    /// `Element.append(text)`: a text node, never markup.
    #[wasm_bindgen(method, js_name = append)]
    fn append_text(this: &Elem, text: &str);
}

fn doc() -> Doc {
    document().unchecked_into()
}

/// An element being built.
pub struct El(pub web_sys::Element);

impl El {
    fn elem(&self) -> &Elem {
        self.0.unchecked_ref()
    }

    /// An HTML element.
    #[inline(never)]
    pub fn new(tag: &str) -> El {
        El(doc().create(tag))
    }

    /// An SVG element.
    #[inline(never)]
    pub fn svg(tag: &str) -> El {
        El(doc().create_ns(SVG_NS, tag))
    }

    #[inline(never)]
    pub fn attr(self, name: &str, value: &str) -> El {
        self.elem().set_attr(name, value);
        self
    }

    /// The page-wide shortcut `keys` of this control, told to screen readers while the
    /// single-key shortcuts act (else kept aside, for `single_keys.js` to tell again; also
    /// until the first frame is drawn).
    pub fn shortcut(self, keys: &str) -> El {
        let on = super::browser::keys_told();
        self.attr(if on { "aria-keyshortcuts" } else { "data-keys" }, keys)
    }

    /// Sets a CSS property through the CSSOM: a `style` attribute would be refused under
    /// the strict Content-Security-Policy the app supports (no inline styles).
    pub fn style(self, name: &str, value: &str) -> El {
        set_style(&self.0, name, value);
        self
    }

    pub fn class(self, value: &str) -> El {
        self.attr("class", value)
    }

    /// Appends text (a text node: markup in it stays text), in one call into JavaScript; at
    /// most its first `LONGEST_SHOWN` characters, then "…".
    #[inline(never)]
    pub fn text(self, text: &str) -> El {
        let cut;
        let text = match text.len() > LONGEST_SHOWN {
            true => {
                cut = shorten(text, LONGEST_SHOWN);
                &cut
            }
            false => text,
        };
        self.elem().append_text(text);
        self
    }

    #[inline(never)]
    pub fn child(self, child: El) -> El {
        self.elem().append_node(&child.0);
        self
    }

    pub fn children(self, children: Vec<El>) -> El {
        for child in children {
            self.elem().append_node(&child.0);
        }
        self
    }

    /// Calls `handler` on each `event` at the element. For elements built once and kept for
    /// the page's life: the handler is never released.
    pub fn on(self, event: &str, handler: impl FnMut(web_sys::Event) + 'static) -> El {
        let handler = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        let _ = self
            .0
            .add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        handler.forget();
        self
    }

    /// Appends `child` when there is one.
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }
}

/// Sets a CSS property of an element already built (see `El::style`: through the CSSOM).
pub fn set_style(el: &web_sys::Element, name: &str, value: &str) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.style().set_property(name, value);
    }
}

/// Puts `dialog` in `host` as a modal dialog labelled by the element whose id is `title_id`:
/// Escape calls `close`, and so does a click on the backdrop behind it when
/// `backdrop_closes` (a dialog that must be answered keeps its backdrop inert). Tab goes
/// round its controls, past the last to the first: the keyboard stays in it.
pub fn mount_modal(
    host: &web_sys::Element,
    dialog: El,
    title_id: &str,
    backdrop_closes: bool,
    close: impl Fn() + Clone + 'static,
) {
    let on_escape = close.clone();
    let dialog = dialog
        .attr("role", "dialog")
        .attr("aria-modal", "true")
        .attr("aria-labelledby", title_id)
        .on("keydown", move |ev| {
            let key = ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key());
            match key.as_deref() {
                Some("Escape") => on_escape(),
                Some("Tab") => keep_tab_in(&ev),
                _ => {}
            }
        });
    let backdrop = El::new("div").class("modal-backdrop");
    let backdrop = match backdrop_closes {
        true => backdrop.on("click", move |_| close()),
        false => backdrop,
    };
    let _ = host.append_child(&backdrop.0);
    let _ = host.append_child(&dialog.0);
}

/// Tab from a dialog's last control goes to its first, Shift+Tab from its first to its last.
fn keep_tab_in(ev: &web_sys::Event) {
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(found) = dialog.query_selector_all(
        "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let controls = elements_where(&found, &|el: &web_sys::HtmlElement| {
        el.offset_width() > 0 || el.offset_height() > 0
    });
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let shift = ev
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|k| k.shift_key());
    let now = focused();
    let (from, to) = if shift { (first, last) } else { (last, first) };
    if now.as_ref() == Some(from) {
        ev.prevent_default();
        let _ = to.focus();
    }
}

/// A modal dialog drawn afresh in `host` whenever `open` is set: `body`'s content (none
/// drawn when it gives none) under the heading `title`, whose id is `[class]-title`. The
/// keyboard goes back to what had it when it closes. (One effect's code serves every such
/// dialog: each closure type given to an effect is a copy of it in the wasm.)
pub fn modal_while(
    state: super::state::AppState,
    host: NodeRef<Div>,
    open: RwSignal<bool>,
    class: &'static str,
    title: fn(&'static super::i18n::Texts) -> &'static str,
    body: fn(super::state::AppState) -> Option<El>,
) {
    // The effect's value is what had the keyboard when the dialog opened: it gets it back.
    super::state::effect_with(move |opener: Option<Option<web_sys::HtmlElement>>| {
        let shown = open.get();
        let host = host.get()?;
        host.set_text_content(None);
        host.set_hidden(!shown);
        if !shown {
            give_back(opener.flatten());
            return None;
        }
        let opener = modal_opened();
        if let Some(body) = body(state) {
            let t = state.t();
            let id = [class, "-title"].concat();
            mount_shown(&host, class, &id, title(t), body, t.close, move || {
                open.set(false)
            });
        }
        opener
    });
}

/// Puts in `host` a modal dialog that shows `body` under a heading and closes with its one
/// button (or Escape, or a click beside it), which has the keyboard when it opens.
pub fn mount_shown(
    host: &web_sys::Element,
    class: &str,
    title_id: &str,
    title: &str,
    body: El,
    close_label: &str,
    close: impl Fn() + Clone + 'static,
) {
    let on_click = close.clone();
    let button = text_el("button", "button primary", close_label)
        .attr("type", "button")
        .on("click", move |_| on_click());
    let focus: web_sys::HtmlElement = button.0.clone().unchecked_into();
    let dialog = El::new("div")
        .class(&["modal ", class].concat())
        .child(El::new("h2").attr("id", title_id).text(title))
        .child(body)
        .child(El::new("div").class("modal-actions").child(button));
    mount_modal(host, dialog, title_id, true, close);
    let _ = focus.focus();
}

/// Puts `content`, built with the DOM builder, in `host` once the host is in the page, and
/// takes it out again when the calling view's owner goes: Leptos may keep the host element
/// for the next view drawn in its place (the map after the insights, one journey's map
/// after another's), which must not find this content still in it.
pub fn mount_in(host: NodeRef<Div>, content: web_sys::Element) {
    super::state::effect({
        let content = content.clone();
        move || {
            if let Some(host) = host.get() {
                let _ = host.append_child(&content);
            }
        }
    });
    on_cleanup(move || content.remove());
}

/// An SVG `transform` moving to (x, y), to a tenth of a pixel.
pub fn translate(x: f64, y: f64) -> String {
    let n = |v: f64| crate::domain::decimal::decimal(v, 1);
    ["translate(", &n(x), " ", &n(y), ")"].concat()
}

/// A deep copy of an element that was built once and is shown in several places.
pub fn copy(el: &El) -> El {
    let node = el.0.clone_node_with_deep(true).expect("an element copies");
    El(node.unchecked_into())
}

/// The element an event happened at, as the kind of element expected.
pub fn target<T: JsCast>(ev: &web_sys::Event) -> Option<T> {
    ev.target().and_then(|t| t.dyn_into::<T>().ok())
}

/// A toolbar menu: its button, and its empty panel `id` (a popover, which the browser
/// closes on Escape and on a click elsewhere, and which closes when the keyboard leaves it).
pub fn menu(id: &str, label: &str) -> [El; 2] {
    let button = El::new("button")
        .attr("type", "button")
        .class("button menu-button")
        .attr("popovertarget", id)
        .text(label);
    let panel = El::new("div")
        .attr("id", id)
        .class(&["menu-panel ", id].concat())
        .attr("popover", "");
    [button, closes_when_left(panel)]
}

/// A popover menu that closes when the keyboard leaves it: the browser closes it only on
/// Escape and on a click elsewhere, so Tab past its last item left it open over the bar.
/// (Not when the focus goes to its own button, whose press closes it.)
pub fn closes_when_left(panel: El) -> El {
    panel.on("focusout", |ev| {
        let Some(panel) = ev.current_target() else {
            return;
        };
        let panel: web_sys::HtmlElement = panel.unchecked_into();
        let to = ev
            .dyn_ref::<web_sys::FocusEvent>()
            .and_then(|f| f.related_target())
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let stays = to.is_some_and(|to| {
            panel.contains(Some(&to)) || to.get_attribute("popovertarget") == Some(panel.id())
        });
        if !stays {
            let _ = panel.hide_popover();
        }
    })
}

/// An element with a class and text.
pub fn text_el(tag: &str, class: &str, text: &str) -> El {
    El::new(tag).class(class).text(text)
}

/// A selector for the elements of the step `id`.
pub fn step_selector_of(id: &str) -> String {
    crate::domain::explore::step_selector(std::iter::once(id))
}

/// The element that has the keyboard now (not the page itself).
pub fn focused() -> Option<web_sys::HtmlElement> {
    let el = document().active_element()?;
    (el.tag_name() != "BODY").then(|| el.dyn_into().ok())?
}

/// Makes the elements `selector` finds inert, or not: out of reach of Tab, pointers and
/// screen readers while a modal covers them.
pub fn set_inert(selector: &str, on: bool) {
    let Ok(parts) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..parts.length() {
        if let Some(el) = parts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.toggle_attribute_with_force("inert", on);
        }
    }
}

/// What a modal dialog's backdrop covers: the bars and the stage. (The alert stays in reach:
/// a message may come while a dialog is open.)
const BEHIND_MODAL: &str = ".app > :is(.toolbar, .filter-bar, .stage)";

/// A modal dialog opens: the page behind it is made inert (Tab and screen readers stay in
/// the dialog), and what had the keyboard is returned, to get it back (`give_back`).
pub fn modal_opened() -> Option<web_sys::HtmlElement> {
    let opener = focused();
    set_inert(BEHIND_MODAL, true);
    opener
}

/// A modal dialog closed: the page is in reach again, and the keyboard goes back to `el`
/// (what had it before the dialog opened), if it is still in the page.
pub fn give_back(el: Option<web_sys::HtmlElement>) {
    set_inert(BEHIND_MODAL, false);
    if let Some(el) = el.filter(|el| el.is_connected()) {
        let _ = el.focus();
    }
}

/// The nodes of `list` that are `T` and that `keep` keeps, in document order. (A loop, not
/// an iterator chain collected: that costs a copy of `Vec`'s growth code for each.)
pub fn elements_where<T: JsCast>(list: &web_sys::NodeList, keep: &dyn Fn(&T) -> bool) -> Vec<T> {
    let mut kept = Vec::new();
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<T>().ok()) {
            if keep(&el) {
                kept.push(el);
            }
        }
    }
    kept
}
