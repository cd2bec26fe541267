//! The swimlane map: phases over step columns, one row per lane, sticky headers and lane
//! titles. Only the columns in view (plus a margin) are in the DOM; spacers stand in for the
//! rest, so the scroll width is the whole journey's.

use std::ops::Range;

use leptos::html::Div;
use leptos::prelude::*;

use super::browser::{after_next_paint, mark, next_frame};
use super::emotion_lane::{EmotionLane, EmotionLaneTitle};
use super::lane_cell::LaneCells;
use super::phase_row::PhaseRow;
use super::state::{use_state, Shared, ViewMode};
use super::state::{watch, AppState};
use super::step_header::StepHeaderRow;
use super::{keyboard, linking, marks};
use crate::domain::curve::Band;
use crate::domain::decimal::decimal;
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::layout::visible_columns;
use crate::domain::map_model::MapModel;
use crate::domain::view_state::{Zoom, MIN_ZOOM};
use crate::domain::Journey;

/// Width of the sticky lane-title column, in CSS pixels.
pub const TITLE_WIDTH: f64 = 184.0;
/// Width of a step column.
pub const COLUMN_WIDTH: f64 = 216.0;
/// Columns drawn beyond each side of the viewport, so fast scrolling shows no gaps.
const OVERSCAN: usize = 3;
/// Up to this many columns the whole map is drawn: row heights then never change while
/// scrolling, and the browser's find-in-page sees every step. Beyond it only the window is
/// drawn (measured: at 100 steps, drawing all of them took 3,400 DOM elements and a
/// persona toggle 31 ms; windowed, 5 ms).
const DRAW_ALL_UP_TO: usize = 40;

/// The curve band in the map, and on its own.
const MAP_BAND: Band = Band {
    height: 168.0,
    pad: 14.0,
};
const CURVE_BAND: Band = Band {
    height: 340.0,
    pad: 22.0,
};

/// What the rows of one map share.
#[derive(Clone)]
pub struct Grid {
    pub journey: Shared<Journey>,
    pub model: Shared<MapModel>,
    /// The columns in the DOM.
    pub window: Memo<Range<usize>>,
}

/// `12.5` → `"12.5px"`.
pub fn px(value: f64) -> String {
    format!("{}px", crate::domain::decimal::decimal(value, 2))
}

/// The empty space standing for the columns left of the window.
#[component]
pub fn LeadSpacer(window: Memo<Range<usize>>) -> impl IntoView {
    let width = move || px(window.get().start as f64 * COLUMN_WIDTH);
    view! { <div class="spacer" aria-hidden="true" style:width=width></div> }
}

/// The empty space standing for the columns right of the window. `node_ref` lets a row
/// insert its own cells before it (see `lane_cell`).
#[component]
pub fn TrailSpacer(
    window: Memo<Range<usize>>,
    count: usize,
    #[prop(optional)] node_ref: NodeRef<Div>,
) -> impl IntoView {
    let width = move || px(count.saturating_sub(window.get().end) as f64 * COLUMN_WIDTH);
    view! { <div class="spacer" aria-hidden="true" style:width=width node_ref=node_ref></div> }
}

#[component]
pub fn Swimlane(journey: Shared<Journey>, model: Shared<MapModel>) -> impl IntoView {
    let state = use_state();
    let count = model.layout.columns.len();
    let scroller = NodeRef::<Div>::new();
    let scroll_x = RwSignal::new(0.0);
    let viewport = RwSignal::new(inner_width());
    let page_width = RwSignal::new(inner_width());
    let zoom = Memo::new(move |_| factor(state.zoom.get(), page_width.get(), count));
    // The first frame draws one spare column; the full overscan follows right after it.
    let overscan = RwSignal::new(1);
    let window = Memo::new(move |_| {
        if count <= DRAW_ALL_UP_TO || state.draw_all.get() {
            0..count
        } else {
            // Scroll positions are in zoomed pixels, the layout in unzoomed ones.
            let z = zoom.get();
            visible_columns(
                scroll_x.get() / z,
                viewport.get() / z,
                TITLE_WIDTH,
                COLUMN_WIDTH,
                count,
                overscan.get(),
            )
        }
    });
    let grid = Grid {
        journey,
        model,
        window,
    };
    let total_width = px(TITLE_WIDTH + count as f64 * COLUMN_WIDTH);
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            scroll_x.set(el.scroll_left() as f64);
            viewport.set(el.client_width() as f64);
        }
    };
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        page_width.set(inner_width());
        if let Some(el) = scroller.get_untracked() {
            viewport.set(el.client_width() as f64);
        }
    });
    on_cleanup(move || on_resize.remove());
    // Bring a step chosen elsewhere (the insights) into view, centred; and the selected
    // step, when it is out of view.
    watch(state, |state| {
        if let Some(column) = state.focus_step.get().and_then(|id| state.column_of(&id)) {
            reveal(state, column, true);
        }
    });
    watch(state, |state| {
        if let Some(column) = state.selected.get().and_then(|id| state.column_of(&id)) {
            next_frame(move || reveal(state, column, false));
        }
    });
    // The search highlights follow the columns drawn.
    Effect::new(move |_| {
        window.track();
        state.query.track();
        next_frame(move || marks::highlight(state));
    });
    // Mark the first frame with the map drawn, for benchmarks.
    after_next_paint(move || {
        mark("jl:drawn");
        overscan.set(OVERSCAN);
        state.insights_wanted.set(true);
    });

    let body = {
        let grid = grid.clone();
        move || {
            let curve_only = state.view.get() == ViewMode::Curve;
            let band = if curve_only { CURVE_BAND } else { MAP_BAND };
            let grid = grid.clone();
            view! {
                <For
                    each=move || state.body_lanes.get()
                    key=|lane| lane.id.clone()
                    children=move |lane| view! { <LaneRow grid=grid.clone() lane=lane band=band /> }
                />
            }
        }
    };
    let lane_count = move || state.body_lanes.with(Vec::len) + 2;
    view! {
        <div
            class="map-scroll"
            node_ref=scroller
            on:scroll=on_scroll
            tabindex="0"
            on:keydown=move |ev| keyboard::on_map_key(state, &ev)
            on:pointerover=move |ev| linking::point_at(state, &ev)
            on:focusin=move |ev| linking::point_at(state, &ev)
            on:pointerleave=move |_| linking::leave(state)
            on:focusout=move |_| linking::leave(state)
            on:click=move |ev| linking::click(state, &ev)
        >
            <div
                class="map-grid"
                role="grid"
                data-view="swimlane"
                data-view-mode=move || if state.view.get() == ViewMode::Curve { "curve" } else { "map" }
                aria-label=grid.journey.title.clone()
                aria-rowcount=lane_count
                aria-colcount=count + 1
                style:width=total_width
                style:--title-w=px(TITLE_WIDTH)
                style:--col-w=px(COLUMN_WIDTH)
                style:zoom=move || decimal(zoom.get(), 4)
                data-zoom=move || decimal(zoom.get(), 4)
                data-dimming=move || state.kept.with(Option::is_some).then_some("")
            >
                <div class="map-head" role="rowgroup">
                    <PhaseRow grid=grid.clone() />
                    <StepHeaderRow grid=grid.clone() />
                </div>
                <div class="map-body" role="rowgroup">{body}</div>
                {(count == 0).then(|| view! { <p class="map-empty">{state.t().no_steps}</p> })}
            </div>
        </div>
    }
}

/// The window's width, in CSS pixels.
fn inner_width() -> f64 {
    super::browser::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1280.0)
}

/// How much the map is scaled: "fit" makes the whole map as wide as the page (within the
/// zoom bounds, and never larger than 100%).
fn factor(zoom: Zoom, page_width: f64, count: usize) -> f64 {
    match zoom {
        Zoom::Percent(p) => p as f64 / 100.0,
        Zoom::Fit => {
            let map = TITLE_WIDTH + count as f64 * COLUMN_WIDTH;
            // The scroll box's margins and borders.
            // (`min`/`max`, not `clamp`: its panic message would bring float formatting.)
            ((page_width - 34.0) / map)
                .min(1.0)
                .max(MIN_ZOOM as f64 / 100.0)
        }
    }
}

/// The map's scale now.
pub fn zoom_factor(state: AppState) -> f64 {
    let count = state
        .model
        .with_untracked(|m| m.as_ref().map_or(0, |m| m.layout.columns.len()));
    factor(state.zoom.get_untracked(), inner_width(), count)
}

/// Scrolls the map so that `column` is in view, left of the details panel when it covers
/// the map: centred when `center`, else only when it is not already in view.
pub fn reveal(state: AppState, column: usize, center: bool) {
    let doc = super::browser::document();
    let Some(el) = doc.query_selector(".map-scroll").ok().flatten() else {
        return;
    };
    let z = zoom_factor(state);
    let panel = doc
        .query_selector(".step-details:not([hidden])")
        .ok()
        .flatten()
        .map_or(0.0, |p| {
            let r = p.get_bounding_client_rect();
            let scroller = el.get_bounding_client_rect();
            (scroller.right() - r.left())
                .min(scroller.width() / 2.0)
                .max(0.0)
        });
    let room = el.client_width() as f64 - panel - TITLE_WIDTH * z;
    let (width, left) = (COLUMN_WIDTH * z, column as f64 * COLUMN_WIDTH * z);
    let now = el.scroll_left() as f64;
    if center || left < now || left + width > now + room {
        el.set_scroll_left((left - (room - width) / 2.0).max(0.0) as i32);
    }
}

/// One lane: its sticky title, then a cell per visible step (or the curve).
#[component]
fn LaneRow(grid: Grid, lane: Lane, band: Band) -> impl IntoView {
    let state = use_state();
    let count = grid.model.layout.columns.len();
    let window = grid.window;
    let title = lane.title_with(state.t().lane_title);
    let is_emotion = lane.kind == LaneKind::Emotion;
    let cells = if is_emotion {
        view! {
            <LeadSpacer window=window />
            <EmotionLane grid=grid.clone() band=band />
            <TrailSpacer window=window count=count />
        }
        .into_any()
    } else {
        view! { <LaneCells grid=grid.clone() lane=lane.clone() /> }.into_any()
    };
    let heading = if is_emotion {
        view! { <EmotionLaneTitle grid=grid.clone() title=title band=band /> }.into_any()
    } else {
        view! { <div class="lane-title" role="rowheader"><span>{title}</span></div> }.into_any()
    };
    view! {
        <div class="lane" role="row" data-lane-id=lane.id.clone() data-lane-kind=lane.kind.as_str()>
            {heading}
            {cells}
        </div>
    }
}
