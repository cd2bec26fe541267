//! The insights view: where the journey breaks, on one screen. Everything shown is computed by
//! `domain::insights`; this file only lays it out. It is drawn once per journey with the
//! static builder in `dom` (no reactivity needed), and one listener on the view handles every
//! step link: each element with `data-step-id` shows its step on the map.

use rustc_hash::FxHashMap;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{text_el, El};
use super::i18n::Texts;
use super::metric_chart::metric_chart;
use super::priority_matrix::priority_matrix;
use super::state::{use_state, AppState, Shared, ViewMode};
use crate::domain::insights::{tag_name, FlagKind, Insights, OpportunityItem, Reason};
use crate::domain::Journey;

/// What the builders need: the journey, its step names and the UI texts.
pub struct Ctx<'a> {
    pub journey: &'a Journey,
    pub names: FxHashMap<&'a str, &'a str>,
    pub t: &'static Texts,
}

impl Ctx<'_> {
    pub fn name<'b>(&'b self, step: &'b str) -> &'b str {
        self.names.get(step).copied().unwrap_or(step)
    }

    /// A button naming a step; the view's listener shows the step on the map.
    pub fn step_link(&self, step: &str) -> El {
        let name = self.name(step);
        El::new("button")
            .attr("type", "button")
            .class("step-link")
            .attr("data-step-id", step)
            .attr("title", &(self.t.show_on_map)(name))
            .text(name)
    }

    fn owner_name(&self, id: &str) -> String {
        tag_name(&self.journey.owners, id).to_owned()
    }
}

/// A feeling rounded to two decimals, signed, as the UI's language writes it.
pub fn feeling(value: f64, t: &Texts) -> String {
    (t.signed)((value * 100.0).round() / 100.0)
}

/// Shows a step on the map: switches to the map, brings the step into view and opens its
/// details (what the insight is about: its feelings, pains and metrics), which get the
/// keyboard.
fn show_on_map(state: AppState, step: String) {
    state.selected.set(Some(step.clone()));
    state.focus_step.set(Some(step));
    state.view.set(ViewMode::Map);
    // The link or dot pressed leaves with the insights: the keyboard goes to the details.
    super::browser::after_next_paint(super::step_details::focus_panel);
}

/// The step id of the clicked or keyed element, if it stands for a step.
fn step_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest("[data-step-id]")
        .ok()??
        .get_attribute("data-step-id")
}

#[component]
pub fn InsightsView(journey: Shared<Journey>, insights: Shared<Insights>) -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    // (A language switch draws the stage again: the view is built once.)
    super::dom::mount_in(host, build(&journey, &insights, state.t()).0);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(step) = step_of(ev.target()) {
            show_on_map(state, step);
        }
    };
    // The matrix dots are focusable SVG groups: Enter or Space acts as a click.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let dot = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.class_list().contains("dot"));
        if dot && (ev.key() == "Enter" || ev.key() == " ") {
            ev.prevent_default();
            if let Some(step) = step_of(ev.target()) {
                show_on_map(state, step);
            }
        }
    };
    view! { <div class="insights" data-view="insights" node_ref=host on:click=on_click on:keydown=on_key></div> }
}

fn build(journey: &Journey, insights: &Insights, t: &'static Texts) -> El {
    let cx = Ctx {
        journey,
        names: journey
            .steps
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str()))
            .collect(),
        t,
    };
    let titles = t.insight_sections;
    let section = |key: &str, title: &str, wide: bool, body: El| {
        El::new("section")
            .class(if wide {
                "insight-card wide"
            } else {
                "insight-card"
            })
            .attr("data-section", key)
            .attr("aria-label", title)
            .child(text_el("h2", "", title))
            .child(body)
    };
    let metrics = if insights.metrics.is_empty() {
        nothing(t)
    } else {
        El::new("div").class("metric-charts").children(
            insights
                .metrics
                .iter()
                .map(|m| metric_chart(&cx, m))
                .collect(),
        )
    };
    El::new("div").class("insights-grid").children(vec![
        section("summary", titles[0], true, summary(&cx, insights)),
        section("weakest", titles[1], false, weakest_links(&cx, insights)),
        section("changes", titles[2], false, changes(&cx, insights)),
        section(
            "matrix",
            titles[3],
            false,
            priority_matrix(&cx, &insights.matrix),
        ),
        section("metrics", titles[4], true, metrics),
        section("owners", titles[5], true, ownership(&cx, insights)),
        section("opportunities", titles[6], true, board(&cx, insights)),
    ])
}

fn nothing(t: &Texts) -> El {
    text_el("p", "muted", t.nothing_found)
}

fn summary(cx: &Ctx, insights: &Insights) -> El {
    let s = &insights.summary;
    let l = cx.t.summary_labels;
    let stat = |key: &str, label: &str, value: &str| {
        El::new("div")
            .class("stat")
            .attr("data-stat", key)
            .attr("data-zero", if value == "0" { "true" } else { "false" })
            .child(text_el("span", "stat-label", label))
            .child(text_el("span", "stat-value", value))
    };
    let lowest = match &s.lowest {
        Some(low) => {
            let who = cx
                .journey
                .personas
                .iter()
                .find(|p| p.id == low.persona)
                .map(|p| format!(" · {}", p.name))
                .unwrap_or_default();
            stat("lowest", l[4], &feeling(low.value, cx.t)).child(
                El::new("span")
                    .class("stat-note")
                    .child(cx.step_link(&low.step))
                    .text(&who),
            )
        }
        None => stat("lowest", l[4], "–"),
    };
    El::new("div").class("stats").children(vec![
        stat("steps", l[0], &s.steps.to_string()),
        stat("phases", l[1], &s.phases.to_string()),
        stat("personas", l[2], &s.personas.to_string()),
        stat(
            "average",
            l[3],
            &s.average_emotion.map_or("–".into(), |v| feeling(v, cx.t)),
        ),
        lowest,
        stat("breaks", l[5], &s.breaks.to_string()),
        stat("missed", l[6], &s.targets_missed.to_string()),
    ])
}

/// One line of a list: a step link and why it is there.
fn item(cx: &Ctx, kind: &str, step: &str, explain: &str) -> El {
    El::new("li")
        .attr("data-kind", kind)
        .child(cx.step_link(step))
        .child(text_el("span", "explain", explain))
}

fn weakest_links(cx: &Ctx, insights: &Insights) -> El {
    let (j, explain) = (cx.journey, cx.t.explain);
    let mut items: Vec<El> = Vec::new();
    for low in &insights.lowest_points {
        items.push(item(
            cx,
            "lowest",
            &low.step,
            &explain(Reason::Lowest(low), j),
        ));
    }
    for drop in insights.drops.iter().take(5) {
        items.push(item(cx, "drop", &drop.to, &explain(Reason::Drop(drop), j)));
    }
    for critical in insights.critical_steps.iter().take(5) {
        items.push(item(
            cx,
            "critical",
            &critical.step,
            &explain(Reason::Critical(critical), j),
        ));
    }
    if items.is_empty() {
        return nothing(cx.t);
    }
    El::new("ul").class("insight-list").children(items)
}

fn changes(cx: &Ctx, insights: &Insights) -> El {
    let (j, explain) = (cx.journey, cx.t.explain);
    let mut rows: Vec<(bool, &str, String)> = insights
        .transitions
        .iter()
        .map(|c| (c.is_break(), c.to.as_str(), explain(Reason::Change(c), j)))
        .chain(
            insights
                .channel_mixes
                .iter()
                .map(|m| (m.is_break(), m.step.as_str(), explain(Reason::Mix(m), j))),
        )
        .collect();
    if rows.is_empty() {
        return nothing(cx.t);
    }
    // Likely breaks first; otherwise journey order (the sort is stable).
    crate::domain::sorting::sort_by_key(&mut rows, &|r| !r.0);
    let items = rows
        .into_iter()
        .map(|(is_break, step, explain)| {
            let li = El::new("li").attr("data-break", if is_break { "true" } else { "false" });
            let li = if is_break {
                li.child(
                    text_el("span", "flag", (cx.t.flag)(FlagKind::Break))
                        .attr("data-flag", "break"),
                )
            } else {
                li
            };
            li.child(cx.step_link(step))
                .child(text_el("span", "explain", &explain))
        })
        .collect();
    El::new("ul").class("insight-list").children(items)
}

fn ownership(cx: &Ctx, insights: &Insights) -> El {
    if insights.owners.is_empty() {
        return nothing(cx.t);
    }
    let head = El::new("tr").children(
        cx.t.owner_columns
            .iter()
            .map(|h| El::new("th").attr("scope", "col").text(h))
            .collect(),
    );
    let rows = insights
        .owners
        .iter()
        .map(|o| {
            let cell = |v: usize| El::new("td").text(&v.to_string());
            let average =
                El::new("td").text(&o.average_emotion.map_or("–".into(), |v| feeling(v, cx.t)));
            let average = match o.average_emotion {
                Some(v) if v < 0.0 => average.attr("data-feeling", "negative"),
                _ => average,
            };
            El::new("tr").attr("data-owner-id", &o.owner).children(vec![
                El::new("th")
                    .attr("scope", "row")
                    .text(&cx.owner_name(&o.owner)),
                cell(o.steps.len()),
                average,
                cell(o.pains),
                cell(o.open_opportunities),
                cell(o.handoffs_in),
                cell(o.handoffs_out),
            ])
        })
        .collect();
    let table = El::new("table")
        .class("owners")
        .child(El::new("thead").child(head))
        .child(El::new("tbody").children(rows));
    // Wider than a phone: it scrolls on its own (and takes the keyboard to do so), not the page.
    El::new("div")
        .class("owners-scroll")
        .attr("role", "region")
        .attr("aria-label", cx.t.insight_sections[5])
        .attr("tabindex", "0")
        .child(table)
}

/// One column of the board: a heading with a count, and the ideas with their steps.
fn board_column(cx: &Ctx, key: (&str, &str), title: &str, items: &[OpportunityItem]) -> El {
    let list = items
        .iter()
        .map(|it| {
            let kind = it.kind.map(|k| {
                text_el("span", "badge", (cx.t.opportunity_kind)(k)).attr("data-kind", k.as_str())
            });
            let owner = it
                .owner
                .as_deref()
                .filter(|_| key.0 == "kind")
                .map(|o| text_el("span", "owner", &cx.owner_name(o)));
            El::new("li")
                .child(text_el("span", "text", &it.text))
                .child(
                    El::new("span")
                        .class("meta")
                        .child(cx.step_link(&it.step))
                        .maybe(owner)
                        .maybe(kind.filter(|_| key.0 == "owner")),
                )
        })
        .collect();
    El::new("div")
        .class("board-column")
        .attr(&format!("data-{}", key.0), key.1)
        .child(
            El::new("h3")
                .text(title)
                .child(text_el("span", "count", &items.len().to_string())),
        )
        .child(El::new("ul").children(list))
}

fn board(cx: &Ctx, insights: &Insights) -> El {
    let t = cx.t;
    let board = &insights.opportunities;
    if board.by_owner.is_empty() && board.by_kind.iter().all(|g| g.items.is_empty()) {
        return nothing(t);
    }
    let by_kind = board
        .by_kind
        .iter()
        .filter(|g| !g.items.is_empty())
        .map(|g| {
            let title = g.kind.map_or(t.no_kind, |k| (t.opportunity_kind)(k));
            let kind = g.kind.map_or("none", |k| k.as_str());
            board_column(cx, ("kind", kind), title, &g.items)
        })
        .collect();
    let by_owner = board
        .by_owner
        .iter()
        .map(|g| {
            let (id, title) = match &g.owner {
                Some(id) => (id.as_str(), cx.owner_name(id)),
                None => ("", t.no_owner.to_owned()),
            };
            board_column(cx, ("owner", id), &title, &g.items)
        })
        .collect();
    let warnings = board
        .curative_only
        .iter()
        .map(|step| {
            El::new("li")
                .class("warning")
                .text(t.curative_only)
                .text(": ")
                .child(cx.step_link(step))
        })
        .collect();
    El::new("div")
        .child(El::new("ul").class("board-warnings").children(warnings))
        .child(text_el("h3", "board-title", t.board_by[0]))
        .child(
            El::new("div")
                .class("board")
                .attr("data-by", "kind")
                .children(by_kind),
        )
        .child(text_el("h3", "board-title", t.board_by[1]))
        .child(
            El::new("div")
                .class("board")
                .attr("data-by", "owner")
                .children(by_owner),
        )
}
