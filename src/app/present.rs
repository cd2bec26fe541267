//! Presenting a journey in a meeting (`present=1`): the slides of `domain::story` one at a
//! time over the whole window, full screen when asked from the app, high contrast unless a
//! theme is chosen (style/tokens.css), with a discreet bar (progress and controls) and the
//! keys presentation clickers send. The slide, the pace and a blanked screen are one signal;
//! the URL follows it (`slide=`, `pace=`) and so does the presenter view in another window
//! (`present_sync`). Drawn with the DOM builder: the frame once per language, the slide each
//! time it changes.

use std::cell::RefCell;

use leptos::prelude::*;

use wasm_bindgen::prelude::*;

use super::browser::document;
use super::dom::{target, text_el, El};
use super::i18n::Texts;
use super::slide::{card_lanes, slide, Deck};
use super::state::{watch, AppState};
use crate::domain::story::{self, deck, same_place, Pace, Presentation, Slide};

const HOST_ID: &str = "presentation";

thread_local! {
    /// The digits of a slide number being typed (Enter goes there).
    static TYPED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The presentation the page URL asks for.
pub fn from_url() -> Option<Presentation> {
    let get = super::url_params::get;
    let (present, slide, pace) = (get("present"), get("slide"), get("pace"));
    story::from_params(present.as_deref(), slide.as_deref(), pace.as_deref())
}

#[wasm_bindgen(module = "/src/app/swipe.js")]
extern "C" {
    /// Tells `moved` 1 or -1 on a swipe left or right across `el`, except from `ignore`.
    #[wasm_bindgen(js_name = onSwipe)]
    fn on_swipe(el: &web_sys::Element, ignore: &str, moved: &Closure<dyn FnMut(i32)>);
}

pub fn install(state: AppState) {
    watch(state, draw);
    let Some(html) = document().document_element() else {
        return;
    };
    // Leaving full screen (the browser's Escape) ends the presentation, as Escape does
    // when not in full screen.
    El(html.clone())
        .on("keydown", move |ev| on_key(state, ev))
        .on("fullscreenchange", move |_| {
            if document().fullscreen_element().is_none() && state.present.get_untracked().is_some()
            {
                leave(state);
            }
        });
    // On a touch screen a swipe moves between slides, as a phone's viewers expect (only
    // while presenting: `step_by` does nothing otherwise).
    let moved = Closure::<dyn FnMut(i32)>::new(move |delta: i32| step_by(state, delta as isize));
    on_swipe(&html, ".present-bar", &moved);
    moved.forget(); // lives as long as the page
    super::present_sync::install(state);
}

/// Starts presenting from the first slide, full screen (called on a click or a key: the
/// browser allows full screen only then).
pub fn start(state: AppState) {
    if state.model.with_untracked(Option::is_some) {
        full_screen();
        state.present.set(Some(Presentation::default()));
    }
}

/// (Only where the page may: in a frame not allowed full screen, the request failed with an
/// uncaught "Disallowed by permissions policy".)
fn full_screen() {
    if let Some(html) = document().document_element() {
        if document().fullscreen_enabled() {
            let _ = html.request_fullscreen();
        }
    }
}

/// Ends the presentation here and in the other windows; the presenter view closes itself.
pub fn leave(state: AppState) {
    state.present.set(None);
    super::present_sync::send(state, None);
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    if state.presenter {
        let _ = super::browser::window().close();
    }
    // The keyboard goes back to what started the presentation (out of reach until now).
    set_app_inert(false);
    if let Ok(Some(button)) = document().query_selector(".present-button") {
        if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
            let _ = button.focus();
        }
    }
}

/// How many slides the deck of the journey shown has at `pace`.
fn deck_len(state: AppState, pace: Pace) -> usize {
    state
        .model
        .with_untracked(|m| m.as_ref().map_or(0, |m| deck(&m.layout, pace).len()))
}

/// Changes the presentation with `f`, given the index of the deck's last slide.
fn update(state: AppState, f: impl FnOnce(&mut Presentation, usize)) {
    let Some(mut p) = state.present.get_untracked() else {
        return;
    };
    let last = deck_len(state, p.pace).saturating_sub(1);
    f(&mut p, last);
    state.present.set(Some(p));
}

fn step_by(state: AppState, delta: isize) {
    update(state, |p, last| {
        p.slide = p.slide.saturating_add_signed(delta).min(last);
        p.blank = false;
    });
}

/// Every step on a slide, or only the phases, keeping the place in the story.
fn toggle_pace(state: AppState) {
    let Some(model) = state.model.get_untracked() else {
        return;
    };
    update(state, |p, _| {
        let here = deck(&model.layout, p.pace)
            .get(p.slide)
            .copied()
            .unwrap_or(Slide::Title);
        p.pace = match p.pace {
            Pace::Steps => Pace::Phases,
            Pace::Phases => Pace::Steps,
        };
        p.slide = same_place(&model.layout, here, p.pace);
    });
}

/// The keys of a presentation: next (→ ↓ Page Down Space Enter), back (← ↑ Page Up), Home,
/// End, a number then Enter, B or . to blank the screen (any key shows it again), F full
/// screen, Escape to end.
fn on_key(state: AppState, ev: web_sys::Event) {
    let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    let Some(p) = state.present.get_untracked() else {
        return;
    };
    if key.ctrl_key() || key.meta_key() || key.alt_key() {
        return;
    }
    let name = key.key();
    let on_button = target::<web_sys::Element>(&ev).is_some_and(|el| el.tag_name() == "BUTTON");
    if on_button && (name == "Enter" || name == " ") {
        return; // the button does it
    }
    let typed = TYPED.with(|t| t.take());
    match name.as_str() {
        _ if p.blank && !matches!(name.as_str(), "b" | "B" | ".") => {
            update(state, |p, _| p.blank = false)
        }
        "Enter" if !typed.is_empty() => {
            let n = typed.parse::<usize>().unwrap_or(1);
            update(state, |p, last| p.slide = n.saturating_sub(1).min(last));
        }
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => step_by(state, 1),
        "ArrowLeft" | "ArrowUp" | "PageUp" => step_by(state, -1),
        "Home" => update(state, |p, _| p.slide = 0),
        "End" => update(state, |p, last| p.slide = last),
        "b" | "B" | "." => update(state, |p, _| p.blank = !p.blank),
        "f" | "F" => full_screen(),
        "Escape" if !typed.is_empty() => show_count(state, p.slide, deck_len(state, p.pace)),
        "Escape" if !state.presenter => leave(state),
        // The presenter view closes; the presentation goes on.
        "Escape" => {
            let _ = super::browser::window().close();
        }
        d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
            let typed = typed + d;
            set_text(".present-count", &(state.t().present.go_to)(&typed));
            TYPED.with(|t| t.replace(typed));
        }
        _ => {
            TYPED.with(|t| t.replace(typed));
            return;
        }
    }
    ev.prevent_default();
}

fn part(selector: &str) -> Option<web_sys::Element> {
    let host = document().get_element_by_id(HOST_ID)?;
    host.query_selector(selector).ok().flatten()
}

fn set_text(selector: &str, text: &str) {
    if let Some(el) = part(selector) {
        el.set_text_content(Some(text));
    }
}

/// Puts `content` (or nothing) in the part of the presentation `selector` finds.
fn fill(selector: &str, content: Option<El>) {
    if let Some(el) = part(selector) {
        el.set_text_content(None);
        if let Some(content) = content {
            let _ = el.append_child(&content.0);
        }
    }
}

/// Keeps the map and its bars out of reach (Tab, screen readers) while the presentation
/// covers them: the presentation is a modal dialog.
fn set_app_inert(on: bool) {
    super::dom::set_inert(".app > :not(#presentation)", on);
}

/// The smallest type a slide is brought down to when its content does not fit: 24 px at
/// 1920x1080 (the slide's type is 2.5% of the frame's smaller side, 27 px there).
const MIN_FIT: u32 = 89;

/// Brings the slide in `selector` down in type size, a few percent at a time, until its
/// text fits; what still does not fit scrolls (style/present.css).
fn fit(selector: &str) {
    let Some(slide) = part(selector).and_then(|p| p.first_element_child()) else {
        return;
    };
    // (A card's columns overflow to the side.)
    let over = |el: &web_sys::Element| {
        el.scroll_height() > el.client_height() + 1 || el.scroll_width() > el.client_width() + 1
    };
    let overflowing = || {
        over(&slide)
            || slide
                .query_selector_all(".slide-card, .slide-side, .slide-text, .slide-closing ol")
                .map(|l| {
                    (0..l.length()).any(|i| {
                        l.item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|e| over(&e))
                    })
                })
                .unwrap_or(false)
    };
    let mut percent = 100;
    while percent > MIN_FIT && overflowing() {
        percent = (percent - 3).max(MIN_FIT);
        let fit = crate::domain::decimal::decimal(percent as f64 / 100.0, 2);
        super::dom::set_style(&slide, "--fit", &fit);
    }
}

/// "3 / 24" for the slide at index `slide` of `count`, and the progress line.
fn show_count(state: AppState, slide: usize, count: usize) {
    let n = (slide + 1).min(count);
    set_text(
        ".present-count",
        &[
            (state.t().num)(n as f64).as_str(),
            &(state.t().num)(count as f64),
        ]
        .join(" / "),
    );
    if let Some(count_el) = part(".present-count") {
        let label = (state.t().present.slide_of)(n, count);
        let _ = count_el.set_attribute("aria-label", &label);
    }
    if let Some(line) = part(".present-progress i") {
        let percent = (n * 100 / count.max(1)).to_string();
        super::dom::set_style(&line, "width", &[&percent, "%"].concat());
    }
}

/// Brings the presentation on screen up to date with the state (and writes the URL). What
/// the slides are drawn from is read only while presenting: otherwise a lane or persona
/// toggle on the map would run this too.
fn draw(state: AppState) {
    let present = state.present.get();
    for (name, value) in story::to_params(present) {
        super::url_params::replace(name, value.as_deref());
    }
    super::present_sync::send(state, present);
    let doc = document();
    let Some(html) = doc.document_element() else {
        return;
    };
    let host = doc.get_element_by_id(HOST_ID);
    let Some(p) = present else {
        if let Some(host) = host {
            let _ = html.remove_attribute("data-present");
            host.remove();
            set_app_inert(false);
        }
        return;
    };
    let lang = state.lang.get();
    let (opened, model, flags) = (state.opened.get(), state.model.get(), state.flags.get());
    let (hidden, choice) = (state.hidden_personas.get(), state.lane_choice.get());
    let _ = html.set_attribute("data-present", "");
    set_app_inert(true);
    if host
        .as_ref()
        .and_then(|h| h.get_attribute("lang"))
        .as_deref()
        != Some(lang.code())
    {
        if let Some(old) = host {
            old.remove();
        }
        let frame = frame(state, lang.texts(), lang.code());
        let app = doc.query_selector(".app").ok().flatten();
        if let Some(app) = app {
            let _ = app.append_child(&frame.0);
        }
        if let Some(frame) = frame.0.dyn_ref::<web_sys::HtmlElement>() {
            let _ = frame.focus();
        }
    }
    let t = lang.texts();
    let (Some(opened), Some(model)) = (opened, model) else {
        fill(
            ".present-now",
            Some(text_el("p", "present-waiting", t.present.waiting)),
        );
        return;
    };
    let slides = deck(&model.layout, p.pace);
    let last = slides.len() - 1;
    if p.slide > last {
        return state.present.set(Some(Presentation { slide: last, ..p }));
    }
    let d = Deck {
        journey: &opened.journey,
        model: &model,
        lanes: card_lanes(&model, &choice),
        hidden: &hidden,
        flags: &flags,
        pace: p.pace,
        t,
    };
    fill(".present-now", Some(slide(&d, slides[p.slide])));
    fit(".present-now");
    if state.presenter {
        let next = match slides.get(p.slide + 1) {
            Some(s) => slide(&d, *s),
            None => text_el("p", "present-waiting", t.present.end),
        };
        fill(".present-next", Some(next));
        fit(".present-next");
        fill(
            ".present-notes",
            Some(super::present_sync::notes(&d, slides[p.slide])),
        );
    }
    show_count(state, p.slide, slides.len());
    if let Some(blank) = part(".present-blank") {
        let _ = blank.toggle_attribute_with_force("hidden", !p.blank);
    }
    let pressed = |selector: &str, on: bool| {
        if let Some(b) = part(selector) {
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    };
    pressed(".present-pace", p.pace == Pace::Phases);
    pressed(".present-blank-button", p.blank);
    for (selector, off) in [
        (".present-prev", p.slide == 0),
        (".present-next-button", p.slide == last),
    ] {
        if let Some(b) =
            part(selector).and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
        {
            b.set_disabled(off);
        }
    }
}

/// The presentation's frame: the slide, a cover for blanking, and the bar; in the presenter
/// view, the slide beside the next one and the notes, under a timer.
fn frame(state: AppState, t: &'static Texts, code: &str) -> El {
    let tp = &t.present;
    let button = |label: &str, class: &str, text: &str| {
        El::new("button")
            .attr("type", "button")
            .class(&["button ", class].concat())
            .attr("title", label)
            .attr("aria-label", label)
            .text(text)
    };
    let mut bar = El::new("div")
        .class("present-bar")
        // On a phone the bar scrolls sideways: the button with the keyboard comes wholly in
        // view (the browser showed "Bla" of "Blank screen").
        .on("focusin", |ev| {
            if let Some(el) = super::dom::target::<web_sys::Element>(&ev) {
                el.scroll_into_view();
            }
        })
        .child(El::new("div").class("present-progress").child(El::new("i")))
        .child(
            button(tp.previous, "icon present-prev", "‹").on("click", move |_| step_by(state, -1)),
        )
        .child(El::new("span").class("present-count"))
        .child(
            button(tp.next, "icon present-next-button", "›")
                .on("click", move |_| step_by(state, 1)),
        )
        .child(
            button(tp.phases_only, "present-pace", tp.phases_only)
                .on("click", move |_| toggle_pace(state)),
        )
        .child(
            button(tp.blank, "present-blank-button", tp.blank)
                .on("click", move |_| update(state, |p, _| p.blank = !p.blank)),
        );
    if !state.presenter {
        bar = bar
            .child(
                button(
                    tp.presenter_view,
                    "present-open-presenter",
                    tp.presenter_view,
                )
                .on("click", move |_| {
                    super::present_sync::open_presenter_view(state)
                }),
            )
            .child(
                button(tp.full_screen, "present-full", tp.full_screen)
                    .on("click", |_| full_screen()),
            );
    }
    // After a click on a button, the keyboard goes back to the slide, so that a clicker's
    // Space or Enter moves on instead of pressing that button again.
    let bar = bar
        .child(button(tp.exit, "present-exit", "×").on("click", move |_| leave(state)))
        .on("click", |_| {
            if let Some(host) = document().get_element_by_id(HOST_ID) {
                if let Some(host) = host.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = host.focus();
                }
            }
        });
    let now = El::new("div").class("present-frame").child(
        El::new("div")
            .class("present-now")
            .attr("aria-live", "polite"),
    );
    let host = El::new("div")
        .attr("id", HOST_ID)
        .attr("role", "dialog")
        .attr("aria-modal", "true")
        .attr("aria-label", tp.presentation)
        .attr("lang", code)
        .attr("tabindex", "-1");
    match state.presenter {
        false => host
            .class("present")
            .child(now)
            .child(El::new("div").class("present-blank").attr("hidden", ""))
            .child(bar),
        true => host
            .class("present presenter")
            .child(super::present_sync::timer(t).child(bar))
            .child(
                El::new("div")
                    .class("presenter-main")
                    .child(
                        El::new("section")
                            .class("presenter-now")
                            .child(text_el("h2", "", tp.now))
                            .child(now),
                    )
                    .child(
                        El::new("section")
                            .class("presenter-side")
                            .child(text_el("h2", "", tp.up_next))
                            .child(
                                El::new("div")
                                    .class("present-frame")
                                    .child(El::new("div").class("present-next")),
                            )
                            .child(text_el("h2", "", tp.notes))
                            .child(El::new("div").class("present-notes")),
                    ),
            ),
    }
}
