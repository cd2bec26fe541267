//! The step headers: the user actions that name each column (the `actions` lane), with
//! number, importance, description and evidence links. Sticky, so a tall map keeps context.

use leptos::prelude::*;

use super::state::use_state;
use super::swimlane::{Grid, LeadSpacer, TrailSpacer};
use crate::domain::lanes::LaneKind;
use crate::domain::model::Step;

#[component]
pub fn StepHeaderRow(grid: Grid) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    let count = grid.model.layout.columns.len();
    let actions = grid
        .model
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions);
    let title = actions.and_then(|l| l.title.clone());
    let title = move || {
        title
            .clone()
            .unwrap_or_else(|| (state.t().lane_title)(LaneKind::Actions).to_owned())
    };
    view! {
        <div class="step-row lane" role="row" data-lane-id="actions" data-lane-kind="actions">
            <div class="lane-title corner" role="columnheader"><span>{title}</span></div>
            <LeadSpacer window=window />
            <For
                each=move || window.get()
                key=|column| *column
                children=move |column| {
                    let step_index = grid.model.layout.columns[column].step;
                    view! { <StepHeader step=grid.journey.steps[step_index].clone() column=column /> }
                }
            />
            <TrailSpacer window=window count=count />
        </div>
    }
}

#[component]
fn StepHeader(step: Step, column: usize) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let importance = step.importance.map(|value| {
        let label = (t.importance)(value);
        let filled = value.round() as usize;
        view! {
            <span class="importance" data-importance=filled title=label.clone() role="img" aria-label=label>
                {(1..=5).map(|i| view! { <i class:on=i <= filled></i> }).collect_view()}
            </span>
        }
    });
    let links = (!step.links.is_empty()).then(|| {
        let items = step
            .links
            .iter()
            .map(|link| {
                view! {
                    <li>
                        <a href=link.url.clone() target="_blank" rel="noopener noreferrer" title=t.opens_in_new_tab>
                            {link.label.clone()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="step-links" aria-label=t.links>{items}</ul> }
    });
    // Reactive: the insights are computed after the first frame, and the marks appear then.
    let id = step.id.clone();
    let flags = move || {
        state.flags.with(|f| f.get(&id).cloned()).map(|flags| {
            let items = flags
                .into_iter()
                .map(|f| {
                    let label = (t.flag)(f.kind);
                    view! {
                        <li class="flag" data-flag=f.kind.as_str() title=f.explain.clone()>
                            <span>{label}</span>
                            <span class="visually-hidden">{format!(": {}", f.explain)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="flags">{items}</ul> }
        })
    };
    let focused = {
        let id = step.id.clone();
        move || state.focus_step.with(|f| f.as_deref() == Some(id.as_str()))
    };
    view! {
        <div
            class="step-head"
            class:focused=focused
            role="columnheader"
            tabindex="-1"
            aria-colindex=column + 2
            data-step-id=step.id.clone()
            data-importance=step.importance.map(|v| v.round() as u8)
        >
            <div class="step-top">
                <span class="step-number" title=(t.step_n)(column + 1)>{column + 1}</span>
                {importance}
            </div>
            <span class="step-name" title=step.name.clone()>{step.name.clone()}</span>
            {flags}
            {step.description.clone().map(|d| view! { <p class="step-description">{d}</p> })}
            {links}
        </div>
    }
}
