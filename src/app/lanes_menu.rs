//! The "Lanes" menu: a checkbox per lane of the journey, empty lanes included (they start
//! hidden), so a person can show or hide any row of the map.

use leptos::prelude::*;

use super::state::use_state;
use crate::domain::lanes::LaneKind;

#[component]
pub fn LanesMenu() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let items = move || {
        let model = state.model.get()?;
        let rows = model
            .lanes
            .iter()
            .filter(|l| l.kind != LaneKind::Actions)
            .map(|lane| {
                let id = lane.id.clone();
                let default = lane.shown_at_first;
                let shown = {
                    let id = id.clone();
                    move || state.lane_choice.with(|c| *c.get(&id).unwrap_or(&default))
                };
                let toggle = move |_| {
                    let now = state.lane_choice.with(|c| *c.get(&id).unwrap_or(&default));
                    state.lane_choice.update(|c| {
                        c.insert(id.clone(), !now);
                    });
                };
                let title = lane.title_with(t().lane_title);
                view! {
                    <li>
                        <label data-lane-id=lane.id.clone()>
                            <input type="checkbox" prop:checked=shown on:change=toggle />
                            <span>{title}</span>
                            {(!lane.has_data).then(|| view! { <em class="muted">{move || t().lanes_empty}</em> })}
                        </label>
                    </li>
                }
            })
            .collect_view();
        Some(view! { <ul class="menu-list">{rows}</ul> })
    };
    // A popover: the browser closes it on Escape and on a click elsewhere, with no code here.
    view! {
        <button type="button" class="button menu-button" popovertarget="lanes-menu">{move || t().lanes_menu}</button>
        <div id="lanes-menu" class="menu-panel lanes-menu" popover>{items}</div>
    }
}
