//! The step headers: the user actions that name each column (the `actions` lane), with
//! number, importance, marks from the insights, description and evidence links. Sticky, so
//! a tall map keeps context.
//!
//! Built with the DOM builder and kept to the scroll window by hand, as the lane cells are
//! (`lane_cell::update`): as a `<For>` of `view!` headers they cost about 4 KB of gzipped
//! wasm. The insights' marks arrive after the first frame; the headers drawn are then
//! built again.

use leptos::prelude::*;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::lane_cell::update;
use super::state::{AppState, Shared};
use super::swimlane::{spacer, Grid};
use crate::domain::insights::StepFlag;
use crate::domain::lanes::LaneKind;
use crate::domain::model::Step;

type Drawn = Vec<(usize, web_sys::Element)>;
type Flags = Shared<std::collections::BTreeMap<String, Vec<StepFlag>>>;

/// The row of step headers of a map.
pub fn step_header_row(state: AppState, grid: &Grid) -> El {
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let actions = grid
        .model
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions);
    let title = actions
        .and_then(|l| l.title.clone())
        .unwrap_or_else(|| (state.t().lane_title)(LaneKind::Actions).to_owned());
    let trail = spacer(window, count, false);
    let trail_el = trail.0.clone();
    let grid = grid.clone();
    Effect::new(move |last: Option<(Flags, Drawn)>| {
        let flags = state.flags.get();
        let (mut drawn, t) = (Vec::new(), state.t());
        match last {
            // New marks: every header drawn is built again.
            Some((old, old_drawn)) if old != flags => {
                old_drawn.iter().for_each(|(_, el)| el.remove())
            }
            Some((_, old_drawn)) => drawn = old_drawn,
            None => {}
        }
        let drawn = update(&trail_el, drawn, window.get(), &|column| {
            let step = &grid.journey.steps[grid.model.layout.columns[column].step];
            header(step, column, flags.get(&step.id), t).0
        });
        (flags, drawn)
    });
    El::new("div")
        .class("step-row lane")
        .attr("role", "row")
        .attr("data-lane-id", "actions")
        .attr("data-lane-kind", "actions")
        .child(
            El::new("div")
                .class("lane-title corner")
                .attr("role", "columnheader")
                .child(El::new("span").text(&title)),
        )
        .child(spacer(window, count, true))
        .child(trail)
}

/// One step's header.
fn header(step: &Step, column: usize, flags: Option<&Vec<StepFlag>>, t: &'static Texts) -> El {
    let importance = step.importance.map(|value| {
        let label = (t.importance)(value);
        let filled = value.round() as usize;
        let marks = (1..=5)
            .map(|i| match i <= filled {
                true => El::new("i").class("on"),
                false => El::new("i"),
            })
            .collect();
        El::new("span")
            .class("importance")
            .attr("data-importance", &filled.to_string())
            .attr("title", &label)
            .attr("role", "img")
            .attr("aria-label", &label)
            .children(marks)
    });
    let flags = flags.map(|flags| {
        let items = flags
            .iter()
            .map(|f| {
                El::new("li")
                    .class("flag")
                    .attr("data-flag", f.kind.as_str())
                    .attr("title", &f.explain)
                    .child(El::new("span").text((t.flag)(f.kind)))
                    .child(text_el(
                        "span",
                        "visually-hidden",
                        &[": ", &f.explain].concat(),
                    ))
            })
            .collect();
        El::new("ul").class("flags").children(items)
    });
    let links = links(step, t);
    let number = (column + 1).to_string();
    let head = El::new("div")
        .class("step-head")
        .attr("role", "columnheader")
        .attr("tabindex", "-1")
        .attr("aria-colindex", &(column + 2).to_string())
        .attr("data-step-id", &step.id);
    let head = match step.importance {
        Some(v) => head.attr("data-importance", &(v.round() as u8).to_string()),
        None => head,
    };
    head.child(
        El::new("div")
            .class("step-top")
            .child(text_el("span", "step-number", &number).attr("title", &(t.step_n)(column + 1)))
            .maybe(importance),
    )
    .child(text_el("span", "step-name", &step.name).attr("title", &step.name))
    .maybe(flags)
    .maybe(
        step.description
            .as_ref()
            .map(|d| text_el("p", "step-description", d)),
    )
    .maybe(links)
}

/// A step's evidence links, each opening in a new tab without the opener (also in the
/// step's details).
pub fn links(step: &Step, t: &'static Texts) -> Option<El> {
    let items: Vec<El> = step
        .links
        .iter()
        .map(|link| {
            El::new("li").child(
                El::new("a")
                    .attr("href", &link.url)
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer")
                    .attr("title", t.opens_in_new_tab)
                    .text(&link.label),
            )
        })
        .collect();
    (!items.is_empty()).then(|| {
        El::new("ul")
            .class("step-links")
            .attr("aria-label", t.links)
            .children(items)
    })
}
