//! The phase band over the step columns: each phase spans its steps, and its name stays in
//! view while a long phase scrolls past. The few phases in the window are built again with
//! the DOM builder when it moves (a `<For>` of `view!` phases cost about 2 KB of wasm).

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::{text_el, El};
use super::state::use_state;
use super::swimlane::{px, Grid, LeadSpacer, TrailSpacer, COLUMN_WIDTH};
use crate::domain::layout::spans_in;

#[component]
pub fn PhaseRow(grid: Grid) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let trail = NodeRef::<Div>::new();
    // The phases drawn, removed when the map is drawn for another journey (Leptos then
    // reuses this row's element, which does not know them) and when the window moves.
    let shown: StoredValue<Vec<web_sys::Element>, LocalStorage> =
        StoredValue::new_local(Vec::new());
    on_cleanup(move || shown.with_value(|all| all.iter().for_each(|el| el.remove())));
    Effect::new(move |_| {
        shown.with_value(|all| all.iter().for_each(|el| el.remove()));
        let spans = spans_in(&grid.model.layout.spans, &window.get());
        let Some(trail) = trail.get() else {
            return;
        };
        let drawn = spans
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
                let _ = trail.before_with_node_1(&el);
                el
            })
            .collect();
        shown.set_value(drawn);
    });
    view! {
        <div class="phase-row" role="row">
            <div class="lane-title corner" role="columnheader">
                <span>{move || state.t().phases}</span>
            </div>
            <LeadSpacer window=window />
            <TrailSpacer window=window count=count node_ref=trail />
        </div>
    }
}
