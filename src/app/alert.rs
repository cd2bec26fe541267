//! The messages about input, in the page's one `role="alert"` region: what could not be
//! opened and why, or what was left out of a journey that did open, each with its place.

use leptos::prelude::*;

use super::state::{use_state, Report};
use crate::domain::problem::{Effect, Severity};
use crate::domain::Problem;

/// At most this many problems are listed; the rest are counted.
const LISTED: usize = 50;

#[component]
pub fn Alert() -> impl IntoView {
    let state = use_state();
    let content = move || {
        let report = state.report.get()?;
        let t = state.t();
        let shown = state.opened.with_untracked(Option::is_some);
        let (kind, heading, problems, reason) = match report {
            Report::OpenedWithProblems { source, problems } => {
                let worst = if problems.iter().any(|p| p.severity == Severity::Error) {
                    "error"
                } else {
                    "warning"
                };
                (
                    worst,
                    (t.opened_with_problems)(&source.label(t), problems.len()),
                    problems,
                    None,
                )
            }
            Report::NotOpened { source, problems } => (
                "failure",
                (t.could_not_open)(&source.label(t), shown),
                problems,
                None,
            ),
            Report::Unreachable { source, reason } => (
                "failure",
                (t.could_not_open)(&source.label(t), shown),
                Vec::new(),
                Some(reason),
            ),
        };
        let more = problems.len().saturating_sub(LISTED);
        let items = problems
            .into_iter()
            .take(LISTED)
            .map(problem_item)
            .collect_view();
        Some(view! {
            <div class="alert" data-kind=kind>
                <div class="alert-body">
                    <p class="alert-heading">{heading}</p>
                    {reason.map(|r| view! { <p class="alert-reason">{r}</p> })}
                    <ul class="problems">{items}</ul>
                    {(more > 0).then(|| view! { <p class="alert-more">{(t.and_more)(more)}</p> })}
                </div>
                <button type="button" class="dismiss" aria-label=t.dismiss title=t.dismiss on:click=move |_| state.report.set(None)>
                    "×"
                </button>
            </div>
        })
    };
    view! { <div class="alert-region" role="alert">{content}</div> }
}

fn problem_item(p: Problem) -> impl IntoView {
    let severity = match p.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let effect =
        (p.effect != Effect::None && p.effect != Effect::NotOpened).then(|| p.effect.to_string());
    view! {
        <li data-severity=severity data-at=p.at.clone()>
            {(!p.at.is_empty()).then(|| view! { <code>{p.at.clone()}</code> ": " })}
            <span class="what">{p.kind.to_string()}</span>
            {effect.map(|e| view! { <span class="effect">{format!(" — {e}")}</span> })}
        </li>
    }
}
