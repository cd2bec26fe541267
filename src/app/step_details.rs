//! The selected step's details: a side panel with every field of the step (each lane's
//! content, hidden lanes included, the personas' feelings, metrics against their targets,
//! marks from the insights, links), and previous/next. Drawn with the DOM builder each time
//! the selection, the journey or the language changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::lane_cell::content;
use super::state::{use_state, watch, AppState};
use crate::domain::bidi::isolated;
use crate::domain::curve::Feeling;
use crate::domain::insights::{FlagKind, StepFlag};
use crate::domain::lanes::LaneKind;
use crate::domain::map_model::MapModel;
use crate::domain::Journey;

/// The id of the panel's heading, which labels it.
const TITLE_ID: &str = "step-details-title";

#[component]
pub fn StepDetails() -> impl IntoView {
    let state = use_state();
    watch(state, |state| {
        let t = state.t();
        let selected = state.selected.get();
        let (opened, model, flags) = (state.opened.get(), state.model.get(), state.flags.get());
        let host = super::browser::document().get_element_by_id("step-details");
        let Some(host) = host.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        // Drawn again (new marks, another language): the keyboard stays in the panel.
        let had_focus = super::dom::focused().is_some_and(|f| host.contains(Some(&f)));
        host.set_text_content(None);
        let found = selected.zip(opened).zip(model).and_then(|((id, o), m)| {
            let column = state.column_of(&id)?;
            Some(panel(
                state,
                &o.journey,
                &m,
                column,
                flags.get(m.layout.columns[column].step),
                t,
            ))
        });
        host.set_hidden(found.is_none());
        if let Some(panel) = found {
            let _ = host.append_child(&panel.0);
            if had_focus {
                focus_panel();
            }
        }
    });
    // (Escape closes it wherever the keyboard is: `keyboard::install`.)
    view! {
        <aside id="step-details" class="step-details" hidden aria-labelledby=TITLE_ID></aside>
    }
}

/// Closes the panel and gives the keyboard back to the step on the map, where Enter opened
/// the panel (`keyboard::focus_back`).
pub fn close(state: AppState) {
    let id = state.selected.get_untracked();
    state.selected.set(None);
    if let Some(id) = id {
        super::keyboard::focus_back(state, &id);
    }
}

/// Selects the step `delta` columns away from the selected one (when there is one).
fn select_next(state: AppState, delta: isize) {
    let Some(id) = state.selected.get_untracked() else {
        return;
    };
    let Some(column) = state.column_of(&id) else {
        return;
    };
    let next = column.checked_add_signed(delta).unwrap_or(usize::MAX);
    if let Some(id) = state.step_ids(&[next]).pop() {
        state.selected.set(Some(id));
    }
}

fn panel(
    state: AppState,
    journey: &Journey,
    model: &MapModel,
    column: usize,
    flags: Option<&[StepFlag]>,
    t: &'static Texts,
) -> El {
    let column_data = model.layout.columns[column];
    let step = &journey.steps[column_data.step];
    let phase = &journey.phases[column_data.phase].name;
    let count = model.layout.columns.len();
    let button = |label: &str, class: &str, text: &str, disabled: bool| {
        let b = El::new("button")
            .attr("type", "button")
            .class(class)
            .attr("aria-label", label)
            .attr("title", label)
            .text(text);
        match disabled {
            true => b.attr("disabled", ""),
            false => b,
        }
    };
    let nav = El::new("div")
        .class("details-nav")
        .child(
            button(t.previous_step, "button icon prev", "‹", column == 0)
                .on("click", move |_| select_next(state, -1)),
        )
        .child(
            button(t.next_step, "button icon next", "›", column + 1 == count)
                .on("click", move |_| select_next(state, 1)),
        )
        .child(button(t.close, "button icon close", "×", false).on("click", move |_| close(state)));
    let kicker = [(t.step_of)(column + 1, count).as_str(), phase].join(" · ");
    let head = El::new("header")
        .class("details-head")
        .child(text_el("p", "details-kicker", &kicker))
        .child(
            text_el("h2", "details-title", &step.name)
                .attr("id", TITLE_ID)
                .attr("tabindex", "-1"),
        )
        .child(nav);

    let mut body = fields(journey, model, column, flags, t);
    // The speaker's notes (the presenter view shows them first, apart from the fields).
    let notes: Vec<El> = (crate::domain::story::notes(step).into_iter())
        .map(|n| text_el("li", "", n))
        .collect();
    if !notes.is_empty() {
        let list = El::new("ul").class("items notes").children(notes);
        body.push(section(t.present.notes, "notes", list));
    }
    El::new("div")
        .class("details")
        .attr("data-step-id", &step.id)
        .child(head)
        .child(El::new("div").class("details-body").children(body))
}

/// A titled part of the details, for one lane (or the feelings, or the links).
fn section(title: &str, id: &str, content: El) -> El {
    El::new("section")
        .attr("data-field", id)
        .child(text_el("h3", "", title))
        .child(content)
}

/// Moves the keyboard into the panel (after selecting with the keyboard).
pub fn focus_panel() {
    let heading = super::browser::document().get_element_by_id(TITLE_ID);
    if let Some(h) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = h.focus();
    }
}

/// Every field of the step in `column`, each under its title: importance, description, the
/// insights' marks with their reasons, every lane with content in the map's order (hidden
/// lanes included, the feelings under the emotion lane), links.
pub fn fields(
    journey: &Journey,
    model: &MapModel,
    column: usize,
    flags: Option<&[StepFlag]>,
    t: &'static Texts,
) -> Vec<El> {
    let step = &journey.steps[model.layout.columns[column].step];
    let mut body = Vec::new();
    if let Some(v) = step.importance {
        body.push(text_el("p", "details-importance", &(t.importance)(v)));
    }
    if let Some(d) = &step.description {
        body.push(text_el("p", "details-description", d));
    }
    if let Some(flags) = flags {
        body.push(reasons(flags, "details-flags", true, t));
    }
    // In the map's lane order, each under its lane's title (the feelings under the emotion
    // lane's, so the panel and the map name them alike).
    for lane in &model.lanes {
        let content = match lane.kind {
            LaneKind::Actions => None,
            LaneKind::Emotion => feelings(model, column, t),
            _ => content(model, lane, step, t),
        };
        if let Some(content) = content {
            body.push(section(&lane.title_with(t.lane_title), &lane.id, content));
        }
    }
    if let Some(links) = super::step_header::links(step, t) {
        body.push(section(t.links, "links", links));
    }
    body
}

/// A step's marks, each with why it is marked ("Likely break: channel changes from …");
/// with `chips`, each name in its chip, symbol and colour as on the map's headers (where
/// a mark may show its symbol only: the details teach them, on touch screens too).
pub fn reasons(flags: &[StepFlag], class: &str, chips: bool, t: &Texts) -> El {
    let items = flags
        .iter()
        .map(|f| {
            let name = match chips {
                true => mark_chip("strong", f.kind, t),
                false => text_el("strong", "", (t.flag)(f.kind)),
            };
            El::new("li")
                .attr("data-flag", f.kind.as_str())
                .child(name)
                .text(&[": ", &f.explain].concat())
        })
        .collect();
    El::new("ul").class(class).children(items)
}

/// A mark's chip, its symbol and colour as on the map's headers (style/insights.css), as a
/// `tag` element: in the details, on slides and in the shortcuts dialog's legend.
pub fn mark_chip(tag: &str, kind: FlagKind, t: &Texts) -> El {
    text_el(tag, "flag", (t.flag)(kind)).attr("data-flag", kind.as_str())
}

/// Each persona's feeling at `column`, with its swatch and word (`None`: no feeling there).
pub fn feelings(model: &MapModel, column: usize, t: &'static Texts) -> Option<El> {
    let items: Vec<El> = model
        .curves
        .iter()
        .filter_map(|c| {
            let p = c.points.iter().find(|p| p.column == column)?;
            let name = c.name_or(t.default_persona);
            let feeling = Feeling::of(p.value);
            Some(
                El::new("li")
                    .attr("data-persona-id", &c.id)
                    .attr("data-feeling", feeling.as_str())
                    .child(
                        El::new("i")
                            .class("swatch")
                            .style("--persona", c.style.colour),
                    )
                    .text(&[&isolated(name), ": ", &(t.signed)(p.value), " "].concat())
                    .child(text_el("em", "", (t.feeling)(feeling))),
            )
        })
        .collect();
    (!items.is_empty()).then(|| El::new("ul").class("feelings").children(items))
}
