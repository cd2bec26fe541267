//! The messages about input, in the page's one `role="alert"` region: what could not be
//! opened and why, or what was left out of a journey that did open, each with its place.
//!
//! Drawn with the DOM builder, afresh on each report: a `view!` alert costs about 3 KB of
//! gzipped wasm, this one a fraction of that. Problem texts are set as text, never HTML.
//! (The dismiss button is built once, with the texts of the first report: a language switch
//! builds it again.)

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::state::{effect_with, use_state, AppState, Report};
use crate::domain::model::Step;
use crate::domain::problem::{Effect as Consequence, Problems, Severity};
use crate::domain::Problem;

/// At most this many problems are listed; the rest are counted.
const LISTED: usize = 50;

#[component]
pub fn Alert() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // The dismiss button is made on the first report and moved into each alert after it.
    effect_with(move |dismiss: Option<Option<web_sys::Element>>| {
        let host = host.get()?;
        let stale = super::language::stale(state, &host);
        let mut dismiss = dismiss.flatten().filter(|_| !stale);
        host.set_text_content(None);
        state.report.with(|report| {
            let report = report.as_ref()?;
            let t = state.t();
            let dismiss = dismiss.get_or_insert_with(|| {
                text_el("button", "dismiss", "×")
                    .attr("type", "button")
                    .attr("aria-label", t.dismiss)
                    .attr("title", t.dismiss)
                    .on("click", move |_| state.report.set(None))
                    .0
            });
            let (kind, body) = report_body(report, state);
            let alert = El::new("div")
                .class("alert")
                .attr("data-kind", kind)
                .child(body);
            let _ = alert.0.append_child(dismiss);
            let _ = host.append_child(&alert.0);
            Some(())
        });
        dismiss
    });
    view! { <div class="alert-region" role="alert" node_ref=host></div> }
}

/// A report's kind (`error`, `warning` or `failure`) and its text, in the UI's language: a
/// heading (a failure says the journey on screen stays, when there is one), the reason or the
/// problems (the first `LISTED` of them), each with its place.
pub fn report_body(report: &Report, state: AppState) -> (&'static str, El) {
    let t = state.t();
    let opened = state.opened.read_untracked();
    let shown = opened.is_some();
    let none = Problems::default();
    let (kind, heading, problems, reason): (_, _, &Problems, _) = match report {
        Report::OpenedWithProblems { source, problems } => {
            let worst = if problems.errors { "error" } else { "warning" };
            (
                worst,
                (t.opened_with_problems)(&source.label(t), problems.count()),
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
            &none,
            Some(reason),
        ),
    };
    let more = problems.count().saturating_sub(LISTED);
    // The journey the problems are about, when it is on the map: a problem names its step.
    let journey = match report {
        Report::OpenedWithProblems { .. } => opened.as_ref().map(|o| &o.journey),
        _ => None,
    };
    let step_of = |p: &Problem| p.step(journey?);
    // What kept a file from opening first: it can follow fifty lesser problems.
    let mut items = Vec::new();
    for fatal in [true, false] {
        for p in problems.iter() {
            if p.is_fatal() == fatal && items.len() < LISTED {
                items.push(problem_item(p, t, step_of(p)));
            }
        }
    }
    let body = El::new("div")
        .class("alert-body")
        .child(text_el("p", "alert-heading", &heading))
        .maybe(reason.map(|r| text_el("p", "alert-reason", r)))
        .child(El::new("ul").class("problems").children(items))
        .maybe((more > 0).then(|| text_el("p", "alert-more", &(t.and_more)(more))));
    (kind, body)
}

/// One problem: its place as it is (a path or `line:column`, and the name of the `step` it
/// is in), then what is wrong and what was done about it, in the UI's language.
fn problem_item(p: &Problem, t: &Texts, step: Option<&Step>) -> El {
    let severity = match p.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut item = El::new("li")
        .attr("data-severity", severity)
        .attr("data-at", &p.at);
    if !p.at.is_empty() {
        item = item.child(El::new("code").text(&p.at));
        // Paths count from 0 and name no step: the step's name after it.
        if let Some(step) = step.filter(|s| !crate::domain::text::is_blank(&s.name)) {
            // Quoted, isolated (a name's own bidi controls end with the `bdi`) and cut to
            // a line by the style sheet, with the whole name in its title.
            let name = text_el("bdi", "problem-step", &step.name).attr("title", &step.name);
            item = item.text(" (“").child(name).text("”)");
        }
        item = item.text(": ");
    }
    item = item.child(text_el("span", "what", &(t.problem)(&p.kind)));
    if p.effect != Consequence::None && p.effect != Consequence::NotOpened {
        let effect = [" — ", &(t.effect)(&p.effect)].concat();
        item = item.child(text_el("span", "effect", &effect));
    }
    item
}
