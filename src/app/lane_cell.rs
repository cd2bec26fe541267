//! One cell of a lane: what a step says for that lane (touchpoints, channel and owner chips,
//! thoughts, pains, opportunities, metrics against targets, backstage, custom text).
//! Journey text is always inserted as text nodes, never as HTML.

use leptos::prelude::*;

use super::state::use_state;
use super::swimlane::Grid;
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::map_model::{Chip, MetricReading};
use crate::domain::metrics::TargetStatus;
use crate::domain::model::Opportunity;
use crate::domain::problem::num;

#[component]
pub fn LaneCell(grid: Grid, lane: Lane, column: usize) -> impl IntoView {
    let step = &grid.journey.steps[grid.model.layout.columns[column].step];
    let content = match lane.kind {
        LaneKind::Touchpoints => text_list("touchpoints", &step.touchpoints),
        LaneKind::Channels => chips(
            step.channels
                .as_slice()
                .iter()
                .map(|id| grid.model.channel(id)),
        ),
        LaneKind::Owner => chips(step.owner.iter().map(|id| grid.model.owner(id))),
        LaneKind::Thoughts => text_list("thoughts", &step.thoughts),
        LaneKind::Pains => text_list("pains", &step.pains),
        LaneKind::Opportunities => opportunities(&grid, &step.opportunities),
        LaneKind::Metrics => metrics(grid.model.readings(step)),
        LaneKind::Backstage => text_list("backstage", &step.backstage),
        LaneKind::Custom => text_list(
            "custom",
            step.custom
                .get(&lane.id)
                .map(|c| c.as_slice())
                .unwrap_or(&[]),
        ),
        // The actions lane is the header row and the emotion lane a single curve.
        LaneKind::Actions | LaneKind::Emotion => ().into_any(),
    };
    view! {
        <div class="cell" role="gridcell" aria-colindex=column + 2 data-step-id=step.id.clone()>
            {content}
        </div>
    }
}

fn text_list(class: &'static str, items: &[String]) -> AnyView {
    if items.is_empty() {
        return ().into_any();
    }
    let items = items
        .iter()
        .map(|text| view! { <li>{text.clone()}</li> })
        .collect_view();
    view! { <ul class=format!("items {class}")>{items}</ul> }.into_any()
}

fn chips(chips: impl Iterator<Item = Chip>) -> AnyView {
    let chips = chips
        .map(|chip| {
            view! {
                <span class="chip" data-chip-id=chip.id style:--chip=chip.colour>
                    {chip.name}
                </span>
            }
        })
        .collect_view();
    view! { <div class="chips">{chips}</div> }.into_any()
}

fn opportunities(grid: &Grid, items: &[Opportunity]) -> AnyView {
    if items.is_empty() {
        return ().into_any();
    }
    let t = use_state().t();
    let items = items
        .iter()
        .map(|o| {
            let kind = o.kind().map(|k| {
                let name = k.as_str();
                view! { <span class="badge" data-kind=name>{(t.opportunity_kind)(k)}</span> }
            });
            let owner = o.owner().map(|id| {
                let chip = grid.model.owner(id);
                view! { <span class="chip small" style:--chip=chip.colour>{chip.name}</span> }
            });
            let kind_name = o.kind().map(|k| k.as_str());
            view! {
                <li data-kind=kind_name>
                    <span class="text">{o.text().to_owned()}</span>
                    {(kind.is_some() || owner.is_some()).then(|| view! { <span class="meta">{kind}{owner}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="items opportunities">{items}</ul> }.into_any()
}

fn metrics(readings: Vec<MetricReading>) -> AnyView {
    if readings.is_empty() {
        return ().into_any();
    }
    let t = use_state().t();
    let rows = readings
        .into_iter()
        .map(|r| {
            let status = r.status;
            let verdict = match status {
                TargetStatus::Met => Some(("✓", t.target_met)),
                TargetStatus::Missed => Some(("✗", t.target_missed)),
                TargetStatus::NoTarget => None,
            };
            let target = r.target.map(|target| (t.target)(target, r.higher_is_better, &r.unit));
            view! {
                <div class="metric" data-metric-id=r.id data-status=status.as_str()>
                    <dt>{r.name}</dt>
                    <dd>
                        <span class="value">{format!("{}{}", num(r.value), r.unit)}</span>
                        {verdict.map(|(mark, words)| view! {
                            <span class="verdict" title=words role="img" aria-label=words>{mark}</span>
                        })}
                        {target.map(|target| view! { <span class="target">{target}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="metrics">{rows}</dl> }.into_any()
}
