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
use super::phase_row::toggle_button;
use super::state::{effect_with, AppState, Shared};
use super::swimlane::{spacer, Grid, COLUMN_WIDTH};
use crate::domain::curve::Feeling;
use crate::domain::insights::StepFlag;
use crate::domain::lanes::LaneKind;
use crate::domain::layout::{marks_named, Column};
use crate::domain::model::Step;
use crate::domain::problem::shorten;

type Drawn = Vec<(usize, web_sys::Element)>;
type Flags = Shared<crate::domain::insights::StepFlags>;

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
    effect_with(move |last: Option<(Flags, Drawn)>| {
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
            let c = grid.model.layout.columns[column];
            if c.summary {
                return summary(&grid, c, column, t).0;
            }
            let step = &grid.journey.steps[c.step];
            header(step, column, c.number, flags.get(c.step), t).0
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

/// The header of a collapsed phase's column: what the phase holds, and a button to expand
/// it.
fn summary(grid: &Grid, c: Column, column: usize, t: &'static Texts) -> El {
    let phase = &grid.journey.phases[c.phase];
    let s = grid.model.summary(c.phase);
    let counts = s.map(|s| (t.present.phase_summary)(s.steps, s.pains));
    let lowest = s.and_then(|s| s.lowest).map(|(value, persona)| {
        let name = match grid.model.curves.len() > 1 {
            true => grid.model.curves[persona].name.as_str(),
            false => "",
        };
        text_el(
            "p",
            "summary-lowest",
            &(t.lowest_feeling)(&(t.signed)(value), name),
        )
        .attr("data-feeling", Feeling::of(value).as_str())
    });
    El::new("div")
        .class("step-head phase-summary")
        .attr("role", "columnheader")
        .attr("aria-colindex", &(column + 2).to_string())
        .attr("data-phase-id", &phase.id)
        .child(
            El::new("div")
                .class("step-top")
                .child(text_el("span", "summary-label", t.collapsed))
                // (Out of the tab order: the phase's own button above does the same.)
                .child(
                    toggle_button(&phase.id, true, &(t.expand_phase)(&phase.name))
                        .attr("tabindex", "-1"),
                ),
        )
        .child(name_el(&phase.name))
        .maybe(counts.map(|text| text_el("p", "summary-counts", &text)))
        .maybe(lowest)
}

/// The most of a name or a description a step's header holds, in characters (it shows two
/// lines of each): a name of a megabyte, laid out whole, took 27 s to draw, and a
/// description 10 s. The step's details show more, `dom::LONGEST_SHOWN`.
pub const HEADER_SHOWS: usize = 300;

/// A header's room across: its padding (14 px a side) and right border.
const HEAD_PADDING: f64 = 29.0;

/// A step's or a collapsed phase's name, also in its tooltip (the header clamps it).
fn name_el(name: &str) -> El {
    let name = shorten(name, HEADER_SHOWS);
    text_el("span", "step-name", &name).attr("title", &name)
}

/// One step's header; `number` is its place in the whole map (0-based).
fn header(
    step: &Step,
    column: usize,
    number: usize,
    flags: Option<&[StepFlag]>,
    t: &'static Texts,
) -> El {
    let importance = step.importance.map(|value| {
        let label = (t.importance)(value);
        let filled = value.round() as usize;
        let marks = importance_squares(value);
        El::new("span")
            .class("importance")
            .attr("data-importance", &filled.to_string())
            .attr("title", &label)
            .attr("role", "img")
            .attr("aria-label", &label)
            .children(marks)
    });
    // The most urgent mark's name and the next that fit one line, then the others' symbols,
    // named in their tooltips (a header as tall as the step with most marks pushed the curve
    // off a laptop's screen).
    let flags = flags.map(|flags| {
        let labels: Vec<&str> = flags.iter().map(|f| (t.flag)(f.kind)).collect();
        let named = marks_named(&labels, COLUMN_WIDTH - HEAD_PADDING);
        let items: Vec<El> = flags
            .iter()
            .zip(labels)
            .enumerate()
            .map(|(i, (f, label))| {
                let reason = [": ", &f.explain].concat();
                // (The reason inside the name's inline box: as a flex item beside it, it was
                // read out as "Handoff : …". The tooltip is the same text, so it is not
                // read again as a description.)
                El::new("li")
                    .class(if i < named { "flag" } else { "flag compact" })
                    .attr("data-flag", f.kind.as_str())
                    .attr("title", &[label, &reason].concat())
                    .child(El::new("span").text(label).child(text_el(
                        "span",
                        "visually-hidden",
                        &reason,
                    )))
            })
            .collect();
        El::new("ul").class("flags").children(items)
    });
    let links = links(step, t);
    let label = (t.step_n)(number + 1);
    let number = (number + 1).to_string();
    let head = El::new("div")
        .class("step-head")
        .attr("role", "columnheader")
        .attr("tabindex", "-1")
        .attr("aria-colindex", &(column + 2).to_string())
        .attr("data-step-id", &step.id);
    // (Its whole part: 2.5 is not "important", 3 and up are, as the insights count them;
    // style/swimlane.css colours 3 to 5.)
    let head = match step.importance {
        Some(v) => head.attr("data-importance", &(v as u8).to_string()),
        None => head,
    };
    head.child(
        El::new("div")
            .class("step-top")
            .child(text_el("span", "step-number", &number).attr("title", &label))
            .maybe(importance),
    )
    .child(name_el(&step.name))
    .maybe(flags)
    .maybe(
        step.description
            .as_ref()
            .map(|d| text_el("p", "step-description", &shorten(d, HEADER_SHOWS))),
    )
    // (One link shares the number's line: style/swimlane.css.)
    .maybe(links.map(|l| match step.links.len() {
        1 => l.attr("data-single", ""),
        _ => l,
    }))
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
                    // (With its label: a header may cut it short.)
                    .attr(
                        "title",
                        &[&link.label, " (", t.opens_in_new_tab, ")"].concat(),
                    )
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

/// Importance as five squares, filled up to it; a half square for a half point (2.5 drew
/// as three). Also printed.
pub fn importance_squares(value: f64) -> Vec<El> {
    (1..=5)
        .map(|i| match value - f64::from(i) {
            d if d >= -0.25 => El::new("i").class("on"),
            d if d >= -0.75 => El::new("i").class("half"),
            _ => El::new("i"),
        })
        .collect()
}
