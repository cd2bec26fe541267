//! The "Lanes" menu: a checkbox per lane of the journey, empty lanes included (they start
//! hidden), so a person can show or hide any row of the map.
//!
//! The list is drawn with the DOM builder, afresh for each journey, and its boxes are ticked
//! from the lane choice: a `view!` list costs about 2 KB of gzipped wasm more. Lane titles are
//! set as text. (Texts are read when the list is drawn: a language switch rebuilds the app.)

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{text_el, El};
use super::state::{use_state, AppState, Shared};
use crate::domain::lanes::LaneKind;
use crate::domain::map_model::MapModel;

/// The journey the list was drawn for, and a box per lane (in the model's lane order).
type Drawn = (Option<Shared<MapModel>>, Vec<web_sys::HtmlInputElement>);

#[component]
pub fn LanesMenu() -> impl IntoView {
    let state = use_state();
    let panel = NodeRef::<Div>::new();
    Effect::new(move |drawn: Option<Option<Drawn>>| {
        let model = state.model.get();
        let panel = panel.get()?;
        let (drawn_for, mut boxes) = drawn.flatten().unwrap_or_default();
        if drawn_for != model {
            panel.set_text_content(None);
            boxes = model
                .as_ref()
                .map_or_else(Vec::new, |m| draw(state, m, &panel));
        }
        let lanes = model.iter().flat_map(|m| &m.lanes);
        let lanes = lanes.filter(|l| l.kind != LaneKind::Actions);
        state.lane_choice.with(|choice| {
            for (lane, input) in lanes.zip(&boxes) {
                input.set_checked(*choice.get(&lane.id).unwrap_or(&lane.shown_at_first));
            }
        });
        Some((model, boxes))
    });
    // One listener for every box (the list is drawn again for each journey).
    let toggle = move |ev: leptos::ev::Event| {
        let label = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("label[data-lane-id]").ok().flatten());
        let Some(id) = label.and_then(|l| l.get_attribute("data-lane-id")) else {
            return;
        };
        let default = state.model.with_untracked(|m| {
            m.iter()
                .flat_map(|m| &m.lanes)
                .find(|l| l.id == id)
                .is_some_and(|l| l.shown_at_first)
        });
        let now = state
            .lane_choice
            .with_untracked(|c| *c.get(&id).unwrap_or(&default));
        state.lane_choice.update(|c| {
            c.insert(id, !now);
        });
    };
    // A popover: the browser closes it on Escape and on a click elsewhere, with no code here.
    view! {
        <button type="button" class="button menu-button" popovertarget="lanes-menu">{state.t().lanes_menu}</button>
        <div id="lanes-menu" class="menu-panel lanes-menu" popover node_ref=panel on:change=toggle></div>
    }
}

/// Draws the list for `model` in `panel`; returns its boxes.
fn draw(
    state: AppState,
    model: &MapModel,
    panel: &web_sys::HtmlDivElement,
) -> Vec<web_sys::HtmlInputElement> {
    let t = state.t();
    let mut boxes = Vec::new();
    let mut rows = Vec::new();
    for lane in model.lanes.iter().filter(|l| l.kind != LaneKind::Actions) {
        let input = El::new("input").attr("type", "checkbox");
        boxes.push(input.0.clone().unchecked_into());
        let label = El::new("label")
            .attr("data-lane-id", &lane.id)
            .child(input)
            .child(El::new("span").text(&lane.title_with(t.lane_title)))
            .maybe((!lane.has_data).then(|| text_el("em", "muted", t.lanes_empty)));
        rows.push(El::new("li").child(label));
    }
    let _ = panel.append_child(&El::new("ul").class("menu-list").children(rows).0);
    boxes
}
