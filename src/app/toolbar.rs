//! The top bar: the journey's title, and the ways in (open file, paste, examples), Share, the
//! Lanes and Theme menus and the view switch (map, the emotion curve on its own, insights).
//!
//! Drawn with the DOM builder, once per language, and kept in step with the state by one
//! effect: as `view!` components the bar and its Lanes menu cost about 11 KB of gzipped wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{target, El};
use super::i18n::{Lang, Texts};
use super::lanes_menu::{self, LanesMenu};
use super::loader::{open_example, open_file, EXAMPLES};
use super::state::{effect_with, use_state, AppState, Opened, Source, ViewMode};

const VIEWS: [ViewMode; 3] = [ViewMode::Map, ViewMode::Curve, ViewMode::Insights];

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Header>::new();
    effect_with(move |parts: Option<Option<Parts>>| {
        let lang = state.lang.get();
        let host = host.get()?;
        let mut parts = match parts.flatten() {
            Some(parts) if parts.lang == lang => parts,
            _ => build(state, lang, &host),
        };
        parts.update(state);
        Some(parts)
    });
    view! { <header class="toolbar" node_ref=host></header> }
}

/// The parts of the bar that change with the journey and the view.
struct Parts {
    lang: Lang,
    title: web_sys::HtmlElement,
    description: web_sys::HtmlElement,
    full_view: web_sys::Element,
    share: web_sys::HtmlButtonElement,
    present: web_sys::HtmlButtonElement,
    views: Vec<web_sys::Element>,
    lanes_button: web_sys::Element,
    lanes: LanesMenu,
    /// The journey the title and Share button were last set for (`None`
    /// before the first update): a view switch or a lane toggle leaves them as they are.
    shown: Option<Option<Opened>>,
}

impl Parts {
    /// Brings the bar up to date (and subscribes the effect to what it reads).
    fn update(&mut self, state: AppState) {
        let opened = state.opened.get();
        if self.shown.as_ref() != Some(&opened) {
            self.show(state, opened.as_ref());
            self.shown = Some(opened);
        }
        let view = state.view.get();
        for (button, mode) in self.views.iter().zip(VIEWS) {
            let _ =
                button.set_attribute("aria-pressed", if mode == view { "true" } else { "false" });
        }
        self.lanes.update(state);
    }

    /// The journey's title and description, the full-view link, the example chosen and
    /// whether there is anything to share.
    fn show(&self, state: AppState, opened: Option<&Opened>) {
        let journey = opened.map(|o| &o.journey);
        let title = journey.map(|j| state.t().title_of(&j.title));
        // The page's title too, here where it follows the language (a file without a title
        // is untitled in the language now chosen).
        if let Some(title) = title {
            super::browser::set_title(title);
        }
        self.title.set_text_content(title);
        set_or_remove(&self.title, "title", title);
        let description = journey.and_then(|j| j.description.as_deref());
        self.description.set_text_content(description);
        set_or_remove(&self.description, "title", description);
        self.description.set_hidden(description.is_none());
        // Embedded only (shown by style/embed.css); a share link's fragment is part of it.
        let full_view = state.embed.then(super::embed::full_view_href);
        set_or_remove(&self.full_view, "href", full_view.as_deref());
        self.share.set_disabled(opened.is_none());
        // (Without a journey the lanes' menu was empty, and the views showed nothing.)
        for control in self.views.iter().chain([&self.present, &self.lanes_button]) {
            super::browser::set_disabled(control, opened.is_none());
        }
        // The example open, marked in the Examples menu.
        let open = match opened.map(|o| &o.source) {
            Some(Source::Example(file)) => file.as_str(),
            _ => "",
        };
        let find = |selector: &str| super::browser::document().query_selector(selector);
        if let Ok(Some(was)) = find(".examples-menu [aria-current]") {
            let _ = was.remove_attribute("aria-current");
        }
        // (The files are the app's own names: nothing to escape.)
        if let Ok(Some(now)) = find(&[".examples-menu [data-file=\"", open, "\"]"].concat()) {
            let _ = now.set_attribute("aria-current", "true");
        }
    }
}

fn set_or_remove(el: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => el.set_attribute(name, value),
        None => el.remove_attribute(name),
    };
}

/// Draws the bar in `host` (in place of one drawn before, in another language).
fn build(state: AppState, lang: Lang, host: &web_sys::HtmlElement) -> Parts {
    let t = lang.texts();
    // Drawn again after a choice in its Language menu: the menu keeps the focus.
    let had_focus = super::browser::document()
        .active_element()
        .is_some_and(|a| host.contains(Some(&a)));
    host.set_text_content(None);
    let title = El::new("h1");
    let description = El::new("p").class("journey-description");
    let full_view = El::new("a")
        .class("full-view")
        .attr("target", "_blank")
        .attr("rel", "noopener noreferrer")
        .text(t.open_full_view);
    let [examples_button, examples_panel] = examples(state, t);
    let share = El::new("button")
        .attr("type", "button")
        .class("button")
        .text(t.share)
        .on("click", move |_| state.share_open.set(true));
    let present = El::new("button")
        .attr("type", "button")
        .class("button present-button")
        .shortcut("P")
        .text(t.present.present)
        .on("click", move |_| super::present::start(state));
    let views: Vec<El> = VIEWS
        .iter()
        .zip([
            (t.view_map, "M"),
            (t.view_curve, "C"),
            (t.view_insights, "I"),
        ])
        .map(|(&mode, (label, key))| {
            El::new("button")
                .attr("type", "button")
                .shortcut(key)
                .text(label)
                .on("click", move |_| state.view.set(mode))
        })
        .collect();
    let (lanes, [lanes_button, lanes_panel]) = lanes_menu::build(state, t);
    let parts = Parts {
        lang,
        title: title.0.clone().unchecked_into(),
        description: description.0.clone().unchecked_into(),
        full_view: full_view.0.clone(),
        share: share.0.clone().unchecked_into(),
        present: present.0.clone().unchecked_into(),
        views: views.iter().map(|v| v.0.clone()).collect(),
        lanes_button: lanes_button.0.clone(),
        lanes,
        shown: None,
    };
    let [theme_button, theme_panel] = super::theme_menu::theme_menu(t);
    let language = super::language::menu(state, t);
    let language_el = language.0.clone();
    let actions = El::new("nav")
        .class("actions")
        .child(file_button(state, t))
        .child(
            El::new("button")
                .attr("type", "button")
                .class("button")
                .text(t.paste_json)
                .on("click", move |_| state.paste_open.set(true)),
        )
        .child(examples_button)
        .child(examples_panel)
        .child(share)
        .child(lanes_button)
        .child(lanes_panel)
        .child(theme_button)
        .child(theme_panel)
        .child(language)
        .child(
            El::new("div")
                .class("segmented")
                .attr("role", "group")
                .attr("aria-label", t.view)
                .children(views),
        );
    let bar = [
        brand(t),
        El::new("div")
            .class("journey-heading")
            .child(title)
            .child(description),
        full_view,
        present,
        actions,
    ];
    for el in bar {
        let _ = host.append_child(&el.0);
    }
    if had_focus {
        let _ = language_el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
    parts
}

fn brand(t: &Texts) -> El {
    let logo = El::svg("svg")
        .class("logo")
        .attr("viewBox", "0 0 32 32")
        .attr("width", "26")
        .attr("height", "26")
        .attr("aria-hidden", "true")
        .child(
            El::svg("rect")
                .attr("x", "1")
                .attr("y", "1")
                .attr("width", "30")
                .attr("height", "30")
                .attr("rx", "8"),
        )
        .child(El::svg("path").attr("d", "M6 21C10 21 11 12 15 12S20 19 26 9"))
        .child(
            El::svg("circle")
                .attr("cx", "15")
                .attr("cy", "12")
                .attr("r", "2.4"),
        );
    El::new("div")
        .class("brand")
        .attr("aria-label", t.app_name)
        .child(logo)
        .child(El::new("span").text(t.app_name))
}

/// "Open file": a file input inside a button-styled label.
fn file_button(state: AppState, t: &Texts) -> El {
    let input = El::new("input")
        .attr("type", "file")
        .attr(
            "accept",
            ".json,.svg,.png,.html,application/json,image/svg+xml,image/png,text/html",
        )
        .class("visually-hidden")
        .on("change", move |ev| {
            let Some(input) = target::<web_sys::HtmlInputElement>(&ev) else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(state, file);
            }
            input.set_value(""); // choosing the same file again must load it again
        });
    El::new("label")
        .class("button primary file-button")
        .child(input)
        .child(El::new("span").text(t.open_file))
}

/// The examples menu: choosing one opens it and records it in the URL. A popover of
/// buttons, not a `<select>`: on Linux and Windows a closed select takes the next option at
/// each arrow key, so arrowing through the examples opened each in turn and replaced the
/// journey shown (a dropped file with no way back). Here Tab moves between them (arrow
/// keys do nothing) and Enter opens one.
fn examples(state: AppState, t: &Texts) -> [El; 2] {
    let items = EXAMPLES
        .iter()
        .map(|(file, title)| {
            El::new("li").child(
                El::new("button")
                    .attr("type", "button")
                    .attr("data-file", file)
                    .text(title),
            )
        })
        .collect();
    let [button, panel] = super::dom::menu("examples-menu", t.examples);
    let panel = panel
        .child(El::new("ul").class("menu-list").children(items))
        .on("click", move |ev| {
            let file = target::<web_sys::Element>(&ev).and_then(|b| b.get_attribute("data-file"));
            let Some(file) = file else {
                return;
            };
            if let Some(panel) = ev.current_target() {
                let _ = panel
                    .unchecked_into::<web_sys::HtmlElement>()
                    .hide_popover();
            }
            super::url_params::push("src", Some(&format!("examples/{file}")));
            open_example(state, &file);
        });
    let button = button.class("button menu-button examples");
    [button, panel]
}
