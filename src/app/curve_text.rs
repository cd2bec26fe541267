//! The emotion curve in words: a one-sentence summary per persona shown (lowest and highest
//! point), the widest gap between personas with a button that brings it into view, and the
//! whole curve as a table in a dialog. Built with the DOM builder under the lane's legend.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{modal_while, text_el, El};
use super::i18n::Texts;
use super::state::{use_state, watch, AppState};
use crate::domain::bidi::isolated;
use crate::domain::explore::{extremes, gaps, widest};
use crate::domain::map_model::PersonaCurve;

/// The id of the summary, which describes the curve's drawing.
pub const SUMMARY_ID: &str = "curve-summary";

/// Keeps the legend's buttons and the `.curve-text` element under it in step with the
/// personas shown. (A new journey or language draws the lane's title anew, which fills
/// itself: see `emotion_lane::emotion_title`.)
pub fn install(state: AppState) {
    watch(state, |state| {
        state.hidden_personas.track();
        refresh(state);
    });
}

/// Fills the curve text and marks the legend's buttons (also when the lane is drawn anew).
fn refresh(state: AppState) {
    if let Some(page) = super::browser::document().document_element() {
        refresh_in(state, &page);
    }
}

/// `refresh` inside `root` (the lane's title, before it is in the page).
pub fn refresh_in(state: AppState, root: &web_sys::Element) {
    {
        let hidden = state.hidden_personas.get_untracked();
        let (model, opened, t) = (
            state.model.get_untracked(),
            state.opened.get_untracked(),
            state.t(),
        );
        if let Ok(buttons) = root.query_selector_all(".legend li[data-persona-id]") {
            for li in (0..buttons.length())
                .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::Element>().ok())
            {
                let id = li.get_attribute("data-persona-id").unwrap_or_default();
                let shown = !hidden.contains(id.as_str());
                let name = li.text_content().unwrap_or_default();
                if let Ok(Some(button)) = li.query_selector("button") {
                    let _ =
                        button.set_attribute("aria-pressed", if shown { "true" } else { "false" });
                    let _ = button.set_attribute("title", &(t.show_persona)(&name, shown));
                }
            }
        }
        let Some(host) = root.query_selector(".curve-text").ok().flatten() else {
            return;
        };
        host.set_text_content(None);
        let (Some(model), Some(opened)) = (model, opened) else {
            return;
        };
        let name = |c: &PersonaCurve| c.name_or(t.default_persona).to_owned();
        let step_name =
            |column: usize| &opened.journey.steps[model.layout.columns[column].step].name;
        let shown = model.curves_shown(&hidden);
        let summary: Vec<String> = shown
            .iter()
            .filter_map(|c| {
                let (low, high) = extremes(c)?;
                let (l, h) = (step_name(low.column), step_name(high.column));
                let (l, h) = (isolated(l), isolated(h));
                Some((t.curve_summary)(
                    &isolated(&name(c)),
                    &l,
                    low.value,
                    &h,
                    high.value,
                ))
            })
            .collect();
        let summary = text_el(
            "p",
            "curve-summary",
            &crate::domain::text::join(&summary, " "),
        )
        .attr("id", SUMMARY_ID);
        // In the curve view, beside a phone's width, the summary is a box that scrolls when
        // it needs to: the keyboard can reach it. (Elsewhere it is for screen readers only.)
        let boxed = state.view.get_untracked() == super::state::ViewMode::Curve
            && super::browser::window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                > Some(720.0);
        let summary = match boxed {
            true => summary
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", t.view_curve),
            false => summary,
        };
        let mut parts = vec![summary];
        if let Some(gap) = widest(&gaps(&shown, model.layout.columns.len())) {
            let id = state.step_ids(&[gap.column]).pop().unwrap_or_default();
            parts.push(
                // Two parts, so that a phone can give the step's name its own lines.
                El::new("button")
                    .class("widest-gap")
                    .child(text_el("span", "widest-label", &[t.widest, ":"].concat()))
                    .text(" ")
                    .child(text_el("span", "widest-step", step_name(gap.column)))
                    .attr("type", "button")
                    .attr("title", &(t.widest_gap)(step_name(gap.column), gap.size()))
                    .attr("data-step-id", &id)
                    .on("click", move |ev| {
                        state.focus_step.set(Some(id.clone()));
                        // The whole curve in view, not under the step headers.
                        if let Some(el) = super::dom::target::<web_sys::Element>(&ev) {
                            super::swimlane::reveal_row(&el);
                        }
                    }),
            );
        }
        parts.push(
            text_el("button", "table-button", t.curve_table)
                .attr("type", "button")
                .on("click", move |_| state.table_open.set(true)),
        );
        for part in parts {
            let _ = host.append_child(&part.0);
        }
    }
}

/// The curve as a table: each step with its phase and every persona's feeling.
#[component]
pub fn CurveTable() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<Div>::new();
    let title = |t: &'static Texts| t.curve_table;
    modal_while(state, host, state.table_open, "table-dialog", title, table);
    view! { <div class="table-host" node_ref=host hidden></div> }
}

/// The table, in a scroll box.
fn table(state: AppState) -> Option<El> {
    let (Some(model), Some(opened)) = (state.model.get_untracked(), state.opened.get_untracked())
    else {
        return None;
    };
    let t = state.t();
    let cell = |tag: &str, text: &str| El::new(tag).text(text);
    let mut head = vec![cell("th", "#"), cell("th", t.step), cell("th", t.phase)];
    head.extend(
        model
            .curves
            .iter()
            .map(|c| cell("th", c.name_or(t.default_persona))),
    );
    // Each persona's points, walked in step with the columns.
    let mut next = vec![0; model.curves.len()];
    let rows = model
        .layout
        .columns
        .iter()
        .enumerate()
        .map(|(column, c)| {
            let step = &opened.journey.steps[c.step];
            let mut cells = vec![
                cell("td", &(column + 1).to_string()),
                cell("th", &step.name).attr("scope", "row"),
                cell("td", &opened.journey.phases[c.phase].name),
            ];
            for (i, curve) in model.curves.iter().enumerate() {
                let point = curve.points.get(next[i]).filter(|p| p.column == column);
                next[i] += usize::from(point.is_some());
                cells.push(cell(
                    "td",
                    &point.map_or("–".into(), |p| (t.signed)(p.value)),
                ));
            }
            El::new("tr").attr("data-step-id", &step.id).children(cells)
        })
        .collect();
    let table = El::new("table")
        .class("curve-table")
        .child(El::new("thead").child(El::new("tr").children(head)))
        .child(El::new("tbody").children(rows));
    // A scroll box the keyboard can reach and scroll (a phone shows a corner of it).
    Some(
        El::new("div")
            .class("table-scroll")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-labelledby", "table-dialog-title")
            .child(table),
    )
}
