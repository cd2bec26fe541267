//! The bar under the toolbar: search across all step text (with the count and previous/next
//! match), the channel and owner filters that dim other steps, zoom, the active filters as
//! chips that clear one by one or all at once, and the keyboard shortcut list.
//!
//! Drawn with the DOM builder once per language and journey, and kept in step with the
//! state by one effect (as the toolbar).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{target, text_el, El};
use super::i18n::Texts;
use super::state::{effect_with, use_state, AppState, Shared};
use super::step_header::HEADER_SHOWS;
use crate::domain::map_model::{Chip, MapModel};
use crate::domain::problem::shorten;
use crate::domain::view_state::{Zoom, MAX_ZOOM, MIN_ZOOM};

#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Div>::new();
    effect_with(move |parts: Option<Option<Parts>>| {
        let host = host.get()?;
        // (Embedded, only the chips show: what the map was sent filtered by.)
        let key = (state.lang.get(), state.model.get());
        let parts = match parts.flatten() {
            Some(parts) if parts.key == key => parts,
            _ => build(state, &host, key)?,
        };
        parts.update(state);
        Some(parts)
    });
    view! { <div class="filter-bar" role="search" node_ref=host></div> }
}

struct Parts {
    key: (super::i18n::Lang, Option<Shared<MapModel>>),
    search: web_sys::HtmlInputElement,
    count: web_sys::Element,
    channel: web_sys::HtmlSelectElement,
    owner: web_sys::HtmlSelectElement,
    zoom: web_sys::Element,
    fit: web_sys::Element,
    zoom_group: web_sys::Element,
    active: web_sys::Element,
    /// How many steps the channel and owner filters keep, for screen readers (the map
    /// shows it by dimming the others).
    kept: web_sys::Element,
}

impl Parts {
    fn update(&self, state: AppState) {
        let t = state.t();
        let query = state.query.get();
        if self.search.value() != query {
            self.search.set_value(&query);
        }
        let total = state.matches.with(|m| m.len());
        let current = state.current_match.get();
        let current = current.min(total.saturating_sub(1));
        let count = match query.trim().is_empty() {
            true => String::new(),
            false => (t.matches)(current + 1, total),
        };
        // Screen readers also hear which step the match is ("2 of 5" alone named none), by
        // as much of its name as its header shows.
        let step = state.matches.with(|m| m.get(current).copied());
        let step = step.and_then(|c| {
            let step = state.model.get_untracked()?.layout.columns.get(c)?.step;
            let opened = state.opened.read_untracked();
            Some(
                [
                    ": ",
                    &shorten(&opened.as_ref()?.journey.steps[step].name, HEADER_SHOWS),
                ]
                .concat(),
            )
        });
        let step = step.filter(|_| !count.is_empty()).unwrap_or_default();
        if self.count.text_content().unwrap_or_default() != [count.as_str(), &step].concat() {
            self.count.set_text_content(Some(&count));
            if !step.is_empty() {
                let _ = self
                    .count
                    .append_child(&text_el("span", "visually-hidden", &step).0);
            }
        }
        let (channel, owner) = (state.channel.get(), state.owner.get());
        // (The map's memo of the steps the filters keep: a column a step.)
        let kept = state.kept.with_untracked(|kept| match kept {
            Some(kept) => state.opened.with_untracked(|o| {
                let all = o.as_ref().map_or(0, |o| o.journey.steps.len());
                (t.kept_steps)(kept.len(), all)
            }),
            None => String::new(),
        });
        if self.kept.text_content().unwrap_or_default() != kept {
            self.kept.set_text_content(Some(&kept));
        }
        for (select, value) in [(&self.channel, channel), (&self.owner, owner)] {
            let value = value.unwrap_or_default();
            if select.value() != value {
                select.set_value(&value);
            }
        }
        let zoom = state.zoom.get();
        let level = (super::swimlane::zoom_factor(state) * 100.0).round() as u16;
        let percent = [&level.to_string(), "%"].concat();
        if self.zoom.text_content().as_deref() != Some(percent.as_str()) {
            self.zoom.set_text_content(Some(&percent));
            // The level first, even at 100% ("100% · Actual size (100%)"): a name must begin
            // with what its button shows (WCAG 2.5.3; axe-core's label-content-name-mismatch).
            let label = [&percent, " · ", t.zoom_actual].concat();
            let _ = self.zoom.set_attribute("aria-label", &label);
        }
        let fit = (zoom == Zoom::Fit).to_string();
        let _ = self.fit.set_attribute("aria-pressed", &fit);
        let off = !state.view.get().zooms();
        let buttons = self.zoom_group.children();
        for button in (0..buttons.length()).filter_map(|i| buttons.item(i)) {
            super::browser::set_disabled(&button, off);
        }
        // The insights are the whole journey's: there the search and the filters, which
        // pick steps on the map, are off too (their chips still say them, and clear them).
        for control in [&*self.search, &self.channel, &self.owner] {
            super::browser::set_disabled(control, off);
        }
        // − and + at the least and the most zoom: they do nothing, and say so (without
        // `disabled`, which would drop the keyboard from a button pressed to its limit).
        // (Written only when it changes: the bar is brought up to date at every lane or
        // persona toggle, and each write restyles the button.)
        for (i, at_limit) in [(0, level <= MIN_ZOOM), (2, level >= MAX_ZOOM)] {
            let value = if at_limit { "true" } else { "false" };
            if let Some(button) = buttons.item(i) {
                if button.get_attribute("aria-disabled").as_deref() != Some(value) {
                    let _ = button.set_attribute("aria-disabled", value);
                }
            }
        }
        // The chips are drawn again only when what they say changes (a lane toggle need
        // not relayout the bar).
        let chips = active_chips(state, t);
        let said: String = chips.iter().filter_map(|c| c.0.text_content()).collect();
        if self.active.text_content().unwrap_or_default() != said {
            self.active.set_text_content(None);
            for chip in chips {
                let _ = self.active.append_child(&chip.0);
            }
        }
    }
}

/// Draws the bar for a language and a journey; nothing without a journey.
fn build(
    state: AppState,
    host: &web_sys::HtmlDivElement,
    key: (super::i18n::Lang, Option<Shared<MapModel>>),
) -> Option<Parts> {
    host.set_text_content(None);
    let model = key.1.clone()?;
    let journey = state.opened.get_untracked()?.journey;
    let steps = &journey.steps;
    let t = key.0.texts();
    let search = El::new("input")
        .attr("type", "search")
        .class("search")
        .attr("placeholder", t.search)
        .attr("aria-label", t.search)
        .shortcut("/")
        .on("input", move |ev| {
            if let Some(input) = target::<web_sys::HtmlInputElement>(&ev) {
                state.current_match.set(0);
                state.query.set(input.value());
            }
        })
        .on("keydown", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            match ev.key().as_str() {
                "Enter" => jump(state, if ev.shift_key() { -1 } else { 1 }),
                // The first clears the search; the next gives the keyboard to the view, and so
                // back to the page's shortcuts (off while typing: `I` was typed into the box).
                "Escape" => match state.query.with_untracked(String::is_empty) {
                    true => super::keyboard::focus_view(),
                    false => state.query.set(String::new()),
                },
                _ => return,
            }
            ev.prevent_default();
        });
    let count = El::new("span")
        .class("match-count")
        .attr("aria-live", "polite");
    let arrow = |label: &'static str, text: &str, delta: isize| {
        text_el("button", "button icon", text)
            .attr("type", "button")
            .attr("aria-label", label)
            .attr("title", label)
            .on("click", move |_| jump(state, delta))
    };
    let search_box = El::new("div")
        .class("search-box")
        .child(search)
        .child(count)
        .child(arrow(t.previous_match, "↑", -1))
        .child(arrow(t.next_match, "↓", 1));
    let channel = chip_select(
        t.channel,
        t.all_channels,
        used(
            steps.iter().flat_map(|s| s.channels.as_slice()),
            &journey.channels,
            |id| model.channel(id),
        ),
        move |v| state.channel.set(v),
    );
    let owner = chip_select(
        t.owner,
        t.all_owners,
        used(
            steps.iter().flat_map(|s| s.owner.iter()),
            &journey.owners,
            |id| model.owner(id),
        ),
        move |v| state.owner.set(v),
    );
    // (Each with its single keys: "Plus" names the + key, as `aria-keyshortcuts` asks.)
    let zoom_button = |label: &'static str, text: &str, keys, zoom: fn(AppState) -> Zoom| {
        text_el("button", "button", text)
            .attr("type", "button")
            .attr("aria-label", label)
            .attr("title", label)
            .shortcut(keys)
            .on("click", move |_| state.zoom.set(zoom(state)))
    };
    // (Its text and name, with the zoom in force, come from the first update.)
    let zoom_label =
        zoom_button(t.zoom_actual, "", "0", |_| Zoom::Percent(100)).class("button zoom-level");
    let fit = zoom_button(t.zoom_fit, t.zoom_fit, "F", |_| Zoom::Fit);
    let (zoom_el, fit_el) = (zoom_label.0.clone(), fit.0.clone());
    let zoom = El::new("div")
        .class("zoom segmented-buttons")
        .attr("role", "group")
        .attr("aria-label", t.zoom)
        .child(zoom_button(t.zoom_out, "−", "-", |s| {
            super::swimlane::zoom_step(s, false)
        }))
        .child(zoom_label)
        .child(zoom_button(t.zoom_in, "+", "Plus =", |s| {
            super::swimlane::zoom_step(s, true)
        }))
        .child(fit);
    let parts = Parts {
        key,
        search: search_box.0.query_selector("input").ok()??.unchecked_into(),
        count: search_box.0.query_selector(".match-count").ok()??,
        channel: channel.0.query_selector("select").ok()??.unchecked_into(),
        owner: owner.0.query_selector("select").ok()??.unchecked_into(),
        zoom: zoom_el,
        fit: fit_el,
        zoom_group: zoom.0.clone(),
        active: El::new("div").class("active-filters").0,
        kept: text_el("span", "visually-hidden", "")
            .attr("role", "status")
            .0,
    };
    let help = text_el("button", "button icon", "?")
        .attr("type", "button")
        .attr("aria-label", t.shortcuts)
        .attr("title", t.shortcuts)
        .shortcut("?")
        .on("click", move |_| state.shortcuts_open.set(true));
    // (Zoom and the shortcut list keep together when the bar wraps.)
    let tools = El::new("div").class("view-tools").child(zoom).child(help);
    let (active, kept) = (El(parts.active.clone()), El(parts.kept.clone()));
    for el in [search_box, channel, owner, active, kept, tools] {
        let _ = host.append_child(&el.0);
    }
    Some(parts)
}

/// The channels or owners the steps use, named: in the order the file `lists` them, then
/// those it does not list in the order they first appear.
fn used<'a>(
    ids: impl Iterator<Item = &'a String>,
    lists: &[crate::domain::model::Tag],
    chip: impl Fn(&str) -> Chip,
) -> Vec<Chip> {
    let mut seen: Vec<&String> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    // (Not a sort: the slice's sort would add about 7 KB of wasm.)
    let mut order: Vec<&String> = Vec::new();
    for id in lists.iter().map(|t| &t.id).chain(seen.iter().copied()) {
        if seen.contains(&id) && !order.contains(&id) {
            order.push(id);
        }
    }
    order.into_iter().map(|id| chip(id)).collect()
}

/// A labelled select of channels or owners, "all" first.
fn chip_select(
    label: &'static str,
    all: &'static str,
    chips: Vec<Chip>,
    set: impl Fn(Option<String>) + 'static,
) -> El {
    let options = chips
        .iter()
        .map(|c| El::new("option").attr("value", &c.id).text(&c.name))
        .collect();
    let select = El::new("select")
        .class("button")
        .attr("aria-label", label)
        .child(El::new("option").attr("value", "").text(all))
        .children(options)
        .on("change", move |ev| {
            if let Some(select) = target::<web_sys::HtmlSelectElement>(&ev) {
                let value = select.value();
                set((!value.is_empty()).then_some(value));
            }
        });
    El::new("label")
        .class("filter")
        .child(text_el("span", "filter-label", label).attr("aria-hidden", "true"))
        .child(select)
}

/// Moves to the next (or previous) search match, round the ends, and brings it into view.
fn jump(state: AppState, delta: isize) {
    let total = state.matches.with_untracked(|m| m.len());
    if total == 0 {
        return;
    }
    let now = state.current_match.get_untracked() as isize;
    let next = (now + delta).rem_euclid(total as isize) as usize;
    state.current_match.set(next);
    show_match(state, next);
}

/// The current search match comes into view once the matches settle (as a browser's find
/// does while the text is typed; also for a link's `q`, and for marks found once they are
/// drawn): a quarter second after their last change, so that what a prefix found on the
/// way does not open its collapsed phase.
pub fn follow_matches(state: AppState) {
    super::state::effect(move || {
        let now = state.matches.get();
        if now.is_empty() {
            return;
        }
        let later = wasm_bindgen::closure::Closure::once_into_js(move || {
            if state.matches.get_untracked() != now {
                return;
            }
            // A selected step that matches is the current match, and stays in view (a link's
            // `step` with its `q` was left behind the details for the first match).
            let selected = state.selected.get_untracked();
            let column = selected.and_then(|id| state.column_of(&id));
            if let Some(i) = column.and_then(|c| now.iter().position(|&m| m == c)) {
                state.current_match.set(i);
                return;
            }
            // (Not when Enter has shown it already: the phases may have been collapsed
            // since, and showing it again would open its phase.)
            let id = match_step(state, state.current_match.get_untracked());
            if id != state.focus_step.get_untracked() {
                state.focus_step.set(id);
            }
        });
        let _ = super::browser::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 250);
    });
}

/// Brings the `index`th search match into view (the search box keeps the focus).
fn show_match(state: AppState, index: usize) {
    if let Some(id) = match_step(state, index) {
        state.focus_step.set(Some(id));
    }
}

/// The id of the `index`th search match's step.
fn match_step(state: AppState, index: usize) -> Option<String> {
    let column = state.matches.with_untracked(|m| m.get(index).copied());
    column.and_then(|c| state.step_ids(&[c]).pop())
}

/// One chip per active filter, each clearing itself, and "Clear all" when there are any.
fn active_chips(state: AppState, t: &'static Texts) -> Vec<El> {
    let mut chips: Vec<El> = Vec::new();
    let mut add = |kind: &str, text: String, title: &str, clear: Box<dyn Fn()>| {
        chips.push(
            El::new("button")
                .attr("type", "button")
                .class("filter-chip")
                .attr("data-filter", kind)
                .attr("title", title)
                .child(text_el("span", "chip-text", &text))
                .child(text_el("span", "x", "×").attr("aria-hidden", "true"))
                .on("click", move |_| clear()),
        );
    };
    let query = state.query.get();
    if !query.trim().is_empty() {
        add(
            "search",
            ["“", query.trim(), "”"].concat(),
            t.clear_filters,
            Box::new(move || state.query.set(String::new())),
        );
    }
    let model = state.model.get();
    let name = |id: &str, owner: bool| match (&model, owner) {
        (Some(m), false) => m.channel(id).name,
        (Some(m), true) => m.owner(id).name,
        (None, _) => id.to_owned(),
    };
    if let Some(c) = state.channel.get() {
        add(
            "channel",
            [t.channel, ": ", &name(&c, false)].concat(),
            t.clear_filters,
            Box::new(move || state.channel.set(None)),
        );
    }
    if let Some(o) = state.owner.get() {
        add(
            "owner",
            [t.owner, ": ", &name(&o, true)].concat(),
            t.clear_filters,
            Box::new(move || state.owner.set(None)),
        );
    }
    let lanes = hidden_lanes(state, model.as_deref());
    let personas = state.hidden_personas.with(|h| h.len());
    if lanes + personas > 0 {
        add(
            "hidden",
            (t.hidden_counts)(lanes, personas),
            t.clear_filters,
            Box::new(move || {
                state.lane_choice.set(Default::default());
                state.hidden_personas.update(|h| h.clear());
            }),
        );
    }
    // Collapsed phases are the layout rather than a filter: "Clear filters" leaves them.
    let collapsed = state.collapsed.with(|c| c.len());
    if collapsed > 0 {
        add(
            "collapsed",
            (t.collapsed_phases)(collapsed),
            t.expand_all,
            Box::new(move || state.collapsed.set(Default::default())),
        );
    }
    let filtering = chips.len() > usize::from(collapsed > 0);
    if filtering {
        chips.push(
            text_el("button", "button clear-all", t.clear_filters)
                .attr("type", "button")
                .on("click", move |_| clear_all(state)),
        );
    }
    chips
}

/// How many of the file's lanes are hidden (by the file or the person).
fn hidden_lanes(state: AppState, model: Option<&MapModel>) -> usize {
    let Some(model) = model else { return 0 };
    state.lane_choice.with(|choice| {
        model
            .lanes
            .iter()
            .filter(|l| {
                choice
                    .get(&l.id)
                    .is_some_and(|shown| !shown && l.shown_at_first)
            })
            .count()
    })
}

/// Clears the search, the filters, and shows the file's lanes and every persona (collapsed
/// phases are the layout, not a filter: their own chip expands them).
fn clear_all(state: AppState) {
    state.query.set(String::new());
    state.channel.set(None);
    state.owner.set(None);
    state.lane_choice.set(Default::default());
    state.hidden_personas.update(|h| h.clear());
}
