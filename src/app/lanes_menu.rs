//! The "Lanes" menu: a checkbox per lane of the journey, empty lanes included (they start
//! hidden), so a person can show or hide any row of the map.
//!
//! Drawn with the DOM builder (the toolbar puts it in its actions), the list afresh for each
//! journey, its boxes ticked from the lane choice. Lane titles are set as text. (Texts are
//! read when the list is drawn: a language switch draws the toolbar again.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{target, text_el, El};
use super::i18n::Texts;
use super::state::{AppState, Shared};
use crate::domain::lanes::LaneKind;
use crate::domain::map_model::MapModel;

/// The menu's panel, the journey its list was drawn for, and a box per lane (in the model's
/// lane order).
pub struct LanesMenu {
    panel: web_sys::HtmlDivElement,
    drawn_for: Option<Shared<MapModel>>,
    boxes: Vec<web_sys::HtmlInputElement>,
}

/// The menu, and its button and panel for the toolbar. A popover: the browser closes it on
/// Escape and on a click elsewhere, and `closes_when_left` when the keyboard leaves it.
pub fn build(state: AppState, t: &Texts) -> (LanesMenu, [El; 2]) {
    let [button, panel] = super::dom::menu("lanes-menu", t.lanes_menu);
    // One listener for every box (the list is drawn again for each journey).
    let panel = panel.on("change", move |ev| toggle(state, ev));
    let menu = LanesMenu {
        panel: panel.0.clone().unchecked_into(),
        drawn_for: None,
        boxes: Vec::new(),
    };
    (menu, [button, panel])
}

impl LanesMenu {
    /// Draws the list again for another journey, and ticks the boxes from the lane choice.
    pub fn update(&mut self, state: AppState) {
        let model = state.model.get();
        if self.drawn_for != model {
            self.panel.set_text_content(None);
            self.boxes = model
                .as_ref()
                .map_or_else(Vec::new, |m| draw(state, m, &self.panel));
            self.drawn_for = model.clone();
        }
        let lanes = model.iter().flat_map(|m| &m.lanes);
        let lanes = lanes.filter(|l| l.kind != LaneKind::Actions);
        state.lane_choice.with(|choice| {
            for (lane, input) in lanes.zip(&self.boxes) {
                input.set_checked(*choice.get(&lane.id).unwrap_or(&lane.shown_at_first));
            }
        });
    }
}

/// A box was ticked or cleared: shows or hides its lane.
fn toggle(state: AppState, ev: web_sys::Event) {
    let label = target::<web_sys::Element>(&ev)
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
