//! The cells of a lane: what each step says for that lane (touchpoints, channel and owner
//! chips, thoughts, pains, opportunities, metrics against targets, backstage, custom text).
//!
//! Cells never change once drawn, so they are built with the static DOM builder rather than
//! `view!`, and the columns entering and leaving the scroll window are added and removed by
//! hand between the row's two spacers. Measured on a 1,000-step journey: the map's first
//! mount took 24 ms with a `<For>` of `view!` cells. Journey text is always inserted as
//! text nodes, never as HTML.

use std::ops::Range;

use leptos::prelude::*;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::state::{effect_with, AppState};
use super::swimlane::{spacer, Grid};
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::map_model::{Chip, MapModel, MetricReading};
use crate::domain::metrics::TargetStatus;
use crate::domain::model::{Opportunity, Step};
use crate::domain::Journey;

/// The cells of the columns in the window, between spacers standing for the rest, added
/// to the lane's `row`. None are drawn while the lane is hidden.
pub fn lane_cells(state: AppState, row: El, grid: &Grid, lane: &Lane) -> El {
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let trail = spacer(window, count, false);
    let row = row.child(spacer(window, count, true));
    let trail_el = trail.0.clone();
    let (grid, lane) = (grid.clone(), lane.clone());
    // The effect's value is the cells in the DOM, in column order.
    effect_with(move |drawn: Option<Vec<(usize, web_sys::Element)>>| {
        let drawn = drawn.unwrap_or_default();
        let shown = state.body_lanes.with(|l| l.iter().any(|l| l.id == lane.id));
        let window = if shown { window.get() } else { 0..0 };
        let t = state.t();
        update(&trail_el, drawn, window, &|column| {
            cell(&grid.journey, &grid.model, &lane, column, t).0
        })
    });
    row.child(trail)
}

/// Brings the cells before `trail` to the columns in `window`: removes those that left it
/// and builds those that entered, keeping the ones still in it.
pub fn update(
    trail: &web_sys::Element,
    drawn: Vec<(usize, web_sys::Element)>,
    window: Range<usize>,
    build: &dyn Fn(usize) -> web_sys::Element,
) -> Vec<(usize, web_sys::Element)> {
    let Some(row) = trail.parent_node() else {
        return drawn;
    };
    let mut kept = Vec::with_capacity(drawn.len());
    for (column, el) in drawn {
        if window.contains(&column) {
            kept.push((column, el));
        } else {
            el.remove();
        }
    }
    // The kept cells are a run of columns: new ones go before it and after it.
    let first_kept = kept.first().map_or(window.end, |(column, _)| *column);
    let after_kept = kept.last().map_or(window.end, |(column, _)| column + 1);
    let before: Option<&web_sys::Node> = match kept.first() {
        Some((_, el)) => Some(el),
        None => Some(trail),
    };
    let mut cells = Vec::with_capacity(window.len());
    for column in window.start..first_kept {
        let el = build(column);
        let _ = row.insert_before(&el, before);
        cells.push((column, el));
    }
    cells.extend(kept);
    for column in after_kept.max(window.start)..window.end {
        let el = build(column);
        let _ = row.insert_before(&el, Some(trail));
        cells.push((column, el));
    }
    cells
}

/// One cell: a grid cell with the step's content for the lane (also drawn for print).
pub fn cell(
    journey: &Journey,
    model: &MapModel,
    lane: &Lane,
    column: usize,
    t: &'static Texts,
) -> El {
    let c = model.layout.columns[column];
    let colindex = (column + 2).to_string();
    if c.summary {
        // A collapsed phase: its summary is in the step header row.
        return El::new("div")
            .class("cell summary-cell")
            .attr("role", "gridcell")
            .attr("aria-colindex", &colindex)
            .attr("data-phase-id", &journey.phases[c.phase].id);
    }
    let step = &journey.steps[c.step];
    El::new("div")
        .class("cell")
        .attr("role", "gridcell")
        .attr("tabindex", "-1")
        .attr("aria-colindex", &colindex)
        .attr("data-step-id", &step.id)
        .maybe(content(model, lane, step, t))
}

/// What a step says for a lane (nothing when it says nothing); also the step's details.
pub fn content(model: &MapModel, lane: &Lane, step: &Step, t: &'static Texts) -> Option<El> {
    match lane.kind {
        LaneKind::Touchpoints => text_list("touchpoints", &step.touchpoints),
        LaneKind::Channels => Some(chips(
            step.channels.as_slice().iter().map(|id| model.channel(id)),
        ))
        .filter(|_| !step.channels.is_empty()),
        LaneKind::Owner => Some(chips(step.owner.iter().map(|id| model.owner(id))))
            .filter(|_| step.owner.is_some()),
        LaneKind::Thoughts => text_list("thoughts", &step.thoughts),
        LaneKind::Pains => text_list("pains", &step.pains),
        LaneKind::Opportunities => opportunities(model, &step.opportunities, t),
        LaneKind::Metrics => metrics(model.readings(step), t),
        LaneKind::Backstage => text_list("backstage", &step.backstage),
        LaneKind::Custom => text_list(
            "custom",
            step.custom
                .get(&lane.id)
                .map(|c| c.as_slice())
                .unwrap_or(&[]),
        ),
        // The actions lane is the header row and the emotion lane a single curve.
        LaneKind::Actions | LaneKind::Emotion => None,
    }
}

fn text_list(class: &str, items: &[String]) -> Option<El> {
    if items.is_empty() {
        return None;
    }
    let items = items.iter().map(|text| item().text(text)).collect();
    Some(
        El::new("ul")
            .class(&["items ", class].concat())
            .children(items),
    )
}

/// A list item of journey text: its direction from its text (`dir="auto"`), so that an
/// Arabic or Hebrew item has its mark (○, !, +) at its right, where its text starts.
fn item() -> El {
    El::new("li").attr("dir", "auto")
}

fn chip(class: &str, chip: Chip) -> El {
    text_el("span", class, &chip.name).style("--chip", &chip.colour)
}

fn chips(chips: impl Iterator<Item = Chip>) -> El {
    let chips = chips
        .map(|c| {
            let id = c.id.clone();
            chip("chip", c).attr("data-chip-id", &id)
        })
        .collect();
    El::new("div").class("chips").children(chips)
}

fn opportunities(model: &MapModel, items: &[Opportunity], t: &'static Texts) -> Option<El> {
    if items.is_empty() {
        return None;
    }
    let items = items
        .iter()
        .map(|o| {
            let kind = o.kind().map(|k| {
                text_el("span", "badge", (t.opportunity_kind)(k)).attr("data-kind", k.as_str())
            });
            let owner = o.owner().map(|id| chip("chip small", model.owner(id)));
            let meta = (kind.is_some() || owner.is_some())
                .then(|| El::new("span").class("meta").maybe(kind).maybe(owner));
            let li = item();
            let li = match o.kind() {
                Some(k) => li.attr("data-kind", k.as_str()),
                None => li,
            };
            li.child(text_el("span", "text", o.text())).maybe(meta)
        })
        .collect();
    Some(El::new("ul").class("items opportunities").children(items))
}

fn metrics(readings: Vec<MetricReading>, t: &'static Texts) -> Option<El> {
    if readings.is_empty() {
        return None;
    }
    let rows = readings
        .into_iter()
        .map(|r| {
            let verdict = match r.status {
                TargetStatus::Met => Some(("✓", t.target_met)),
                TargetStatus::Missed => Some(("✗", t.target_missed)),
                TargetStatus::NoTarget => None,
            }
            .map(|(mark, words)| {
                text_el("span", "verdict", mark)
                    .attr("title", words)
                    .attr("role", "img")
                    .attr("aria-label", words)
            });
            let target = r.target.map(|target| {
                text_el(
                    "span",
                    "target",
                    &(t.target)(target, r.higher_is_better, &r.unit),
                )
            });
            // (A minus sign, as the feelings are written: "NPS −45", not "-45".)
            let value = [
                if r.value < 0.0 { "−" } else { "" },
                &(t.num_apart)(r.value.abs(), r.target.as_slice()),
                &r.unit,
            ]
            .concat();
            El::new("div")
                .class("metric")
                .attr("data-metric-id", &r.id)
                .attr("data-status", r.status.as_str())
                .child(El::new("dt").text(metric_name(t, &r.id, &r.name, r.default_name)))
                .child(
                    El::new("dd")
                        .child(text_el("span", "value", &value))
                        .maybe(verdict)
                        .maybe(target),
                )
        })
        .collect();
    Some(El::new("dl").class("metrics").children(rows))
}

/// A metric's name: the file's, else the well-known one in the UI's language.
pub fn metric_name<'a>(t: &Texts, id: &str, name: &'a str, default_name: bool) -> &'a str {
    match default_name {
        true => (t.metric_name)(id).unwrap_or(name),
        false => name,
    }
}
