//! The phase band over the step columns: each phase spans its steps, and its name stays in
//! view while a long phase scrolls past.

use leptos::prelude::*;

use super::state::use_state;
use super::swimlane::{px, Grid, LeadSpacer, TrailSpacer, COLUMN_WIDTH};
use crate::domain::layout::spans_in;

#[component]
pub fn PhaseRow(grid: Grid) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let spans = grid.model.layout.spans.clone();
    let journey = grid.journey.clone();
    view! {
        <div class="phase-row" role="row">
            <div class="lane-title corner" role="columnheader">
                <span>{move || state.t().phases}</span>
            </div>
            <LeadSpacer window=window />
            <For
                each=move || spans_in(&spans, &window.get())
                key=|span| (span.phase, span.first, span.len)
                children=move |span| {
                    let phase = &journey.phases[span.phase];
                    view! {
                        <div
                            class="phase"
                            role="columnheader"
                            aria-colindex=span.first + 2
                            aria-colspan=span.len
                            data-phase-id=phase.id.clone()
                            data-tone=span.phase % 5
                            style:width=px(span.len as f64 * COLUMN_WIDTH)
                        >
                            <div class="phase-label">
                                <span class="phase-name">{phase.name.clone()}</span>
                                {phase.goal.clone().map(|goal| view! { <span class="phase-goal">{goal}</span> })}
                            </div>
                        </div>
                    }
                }
            />
            <TrailSpacer window=window count=count />
        </div>
    }
}
