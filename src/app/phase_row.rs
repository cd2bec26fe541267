//! The phase band over the step columns: each phase spans its steps, and its name stays in
//! view while a long phase scrolls past. The few phases in the window are built again with
//! the DOM builder when it moves.

use leptos::prelude::*;

use super::dom::{text_el, El};
use super::state::AppState;
use super::swimlane::{px, spacer, Grid, COLUMN_WIDTH};
use crate::domain::layout::spans_in;

/// The phase row of a map.
pub fn phase_row(state: AppState, grid: &Grid) -> El {
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let trail = spacer(window, count, false);
    let trail_el = trail.0.clone();
    let grid = grid.clone();
    Effect::new(move |drawn: Option<Vec<web_sys::Element>>| {
        drawn.unwrap_or_default().iter().for_each(|el| el.remove());
        let spans = spans_in(&grid.model.layout.spans, &window.get());
        spans
            .iter()
            .map(|span| {
                let phase = &grid.journey.phases[span.phase];
                let label = El::new("div")
                    .class("phase-label")
                    .child(text_el("span", "phase-name", &phase.name))
                    .maybe(
                        phase
                            .goal
                            .as_ref()
                            .map(|g| text_el("span", "phase-goal", g)),
                    );
                let el = El::new("div")
                    .class("phase")
                    .attr("role", "columnheader")
                    .attr("aria-colindex", &(span.first + 2).to_string())
                    .attr("aria-colspan", &span.len.to_string())
                    .attr("data-phase-id", &phase.id)
                    .attr("data-tone", &(span.phase % 5).to_string())
                    .style("width", &px(span.len as f64 * COLUMN_WIDTH))
                    .child(label)
                    .0;
                let _ = trail_el.before_with_node_1(&el);
                el
            })
            .collect()
    });
    El::new("div")
        .class("phase-row")
        .attr("role", "row")
        .child(
            El::new("div")
                .class("lane-title corner")
                .attr("role", "columnheader")
                .child(El::new("span").text(state.t().phases)),
        )
        .child(spacer(window, count, true))
        .child(trail)
}
