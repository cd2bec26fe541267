//! The swimlane map: phases over step columns, one row per lane, sticky headers and lane
//! titles. Only the columns in view (plus a margin) are in the DOM; spacers stand in for the
//! rest, so the scroll width is the whole journey's.
//!
//! Built with the DOM builder once per journey, and kept in step by a few effects: every
//! lane's row is built once, and is out of the page while the lane is hidden (its cells are
//! not drawn then). As `view!` components with a `<For>` of rows the map cost about 14 KB
//! more gzipped wasm. Its few event listeners live as long as the page.

use std::cell::RefCell;
use std::ops::Range;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

use super::browser::{after_next_paint, mark, next_frame};
use super::dom::{set_style, target, El};
use super::state::{effect, watch, AppState};
use super::state::{use_state, Shared, ViewMode};
use super::{keyboard, linking, marks};
use crate::domain::curve::Band;
use crate::domain::decimal::decimal;
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::layout::visible_columns;
use crate::domain::map_model::MapModel;
use crate::domain::view_state::{Zoom, MIN_ZOOM};
use crate::domain::Journey;

#[wasm_bindgen(module = "/src/app/heights.js")]
extern "C" {
    /// Keeps the element's height in its `--h`: the map's headers are pinned by their last
    /// lines (style/swimlane.css).
    #[wasm_bindgen(js_name = keepHeight)]
    fn keep_height(el: &web_sys::Element);
}

/// Width of the sticky lane-title column, in CSS pixels, for a page `page_width` wide:
/// narrower on phones (the style's `max-width: 720px`), where the steps need the room.
pub fn title_width(page_width: f64) -> f64 {
    if page_width <= 720.0 {
        112.0
    } else {
        184.0
    }
}
/// Width of a step column.
pub const COLUMN_WIDTH: f64 = 216.0;

/// The lane titles' width as drawn now: for the window's width, at the map's zoom.
pub fn titles_drawn(state: AppState) -> f64 {
    title_width(inner_width()) * zoom_factor(state)
}
/// Columns drawn beyond each side of the viewport, so fast scrolling shows no gaps.
const OVERSCAN: usize = 3;
/// Up to this many columns the whole map is drawn: row heights then never change while
/// scrolling, and the browser's find-in-page sees every step. Beyond it only the window is
/// drawn (measured: at 100 steps, drawing all of them took 3,400 DOM elements and a
/// persona toggle 31 ms; windowed, 5 ms).
const DRAW_ALL_UP_TO: usize = 40;

/// The curve band in the map, and on its own.
pub const MAP_BAND: Band = Band {
    height: 168.0,
    pad: 14.0,
};
pub const CURVE_BAND: Band = Band {
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

/// The empty space standing for the columns left of the window (`lead`) or right of it.
pub fn spacer(window: Memo<Range<usize>>, count: usize, lead: bool) -> El {
    let el = El::new("div").class("spacer").attr("aria-hidden", "true");
    let style = el.0.clone();
    effect(move || {
        let w = window.get();
        let columns = if lead {
            w.start
        } else {
            count.saturating_sub(w.end)
        };
        set_style(&style, "width", &px(columns as f64 * COLUMN_WIDTH));
    });
    el
}

thread_local! {
    // Where the map was scrolled (across, down), and for which journey: the same journey's
    // map drawn again (back from the insights, in another language) opens where it was.
    static PLACE: RefCell<(Option<Shared<Journey>>, i32, i32)> = const { RefCell::new((None, 0, 0)) };
}

/// Where the journey's map opens across when it is next drawn (down, where it was).
pub fn place_at(x: i32) {
    PLACE.with_borrow_mut(|place| place.1 = x);
}

#[component]
pub fn Swimlane(journey: Shared<Journey>, model: Shared<MapModel>) -> impl IntoView {
    let state = use_state();
    let count = model.layout.columns.len();
    let host = NodeRef::<Div>::new();
    let (left, top) = PLACE.with_borrow_mut(|place| {
        if place.0.as_ref() != Some(&journey) {
            *place = (Some(journey.clone()), 0, 0);
        }
        (place.1, place.2)
    });
    let scroll_x = RwSignal::new(left as f64);
    let viewport = RwSignal::new(inner_width());
    let page_width = RwSignal::new(inner_width());
    let zoom = Memo::new(move |_| factor(state.zoom.get(), page_width.get(), count));
    // The first frame draws only the columns in view (the window's width, a little more than
    // the map's); the overscan follows right after it, before anyone can scroll.
    let overscan = RwSignal::new(0);
    let window = Memo::new(move |_| {
        if count <= DRAW_ALL_UP_TO || state.draw_all.get() {
            0..count
        } else {
            // Scroll positions are in zoomed pixels, the layout in unzoomed ones.
            let z = zoom.get();
            visible_columns(
                scroll_x.get() / z,
                viewport.get() / z,
                title_width(page_width.get()),
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
    let t = state.t();
    // Every lane's row but the actions' (the step headers), in the file's order.
    let mut rows: Vec<(String, El)> = Vec::new();
    for lane in &grid.model.lanes {
        if lane.kind != LaneKind::Actions {
            rows.push((lane.id.clone(), lane_row(state, &grid, lane)));
        }
    }
    let head = El::new("div")
        .class("map-head")
        .attr("role", "rowgroup")
        .child(super::phase_row::phase_row(state, &grid))
        .child(super::step_header::step_header_row(state, &grid));
    keep_height(&head.0);
    let body = El::new("div").class("map-body").attr("role", "rowgroup");
    let body_el = body.0.clone();
    let map = El::new("div")
        .class("map-grid")
        .attr("role", "grid")
        .attr("data-view", "swimlane")
        .attr("aria-label", t.title_of(&grid.journey.title))
        .attr("aria-colcount", &(count + 1).to_string())
        .style("--col-w", &px(COLUMN_WIDTH))
        .child(head)
        .child(body)
        .maybe((count == 0).then(|| El::new("p").class("map-empty").text(t.no_steps)))
        // Shown by the stylesheet while the body holds no lane (style/swimlane.css).
        .maybe((count > 0).then(|| El::new("p").class("map-empty no-lanes").text(t.no_lanes)));
    let grid_el = map.0.clone();
    // The map's one tab stop is named for the journey: a screen reader says what it is
    // before the arrow keys enter the grid.
    let scroller = El::new("div")
        .class("map-scroll")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", t.title_of(&grid.journey.title))
        .on("scroll", move |ev| {
            if let Some(el) = target::<web_sys::Element>(&ev) {
                let (x, y) = (el.scroll_left(), el.scroll_top());
                scroll_x.set(x as f64);
                viewport.set(el.client_width() as f64);
                // (A scroll can be told after the map is taken down, out of the page: its
                // place is then lost, and its columns with it.)
                if let Some(columns) = window.try_get_untracked() {
                    PLACE.with_borrow_mut(|place| (place.1, place.2) = (x, y));
                    keyboard::keep_in_map(state, &el, &columns);
                }
            }
        })
        .on("keydown", move |ev| {
            if let Some(ev) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&ev) {
                keyboard::on_map_key(state, ev);
            }
        })
        .on("pointerover", move |ev| linking::point_at(state, &ev))
        .on("focusin", move |ev| {
            linking::point_at(state, &ev);
            keyboard::reveal_focused(state, &ev);
        })
        .on("pointerleave", move |_| linking::leave(state))
        .on("focusout", move |_| linking::leave(state))
        .on("click", move |ev| linking::click(state, &ev))
        .child(map);
    let scroller_el = scroller.0.clone();
    // The parts of the grid that follow the view: which rows show, the zoom, dimming.
    let mut shown_zoom: Option<f64> = None;
    effect(move || {
        let curve_only = state.view.get() == ViewMode::Curve;
        let shown = state.body_lanes.get();
        // The rows of the lanes shown, in order; the others wait outside the page. Only the
        // rows that change are moved (moving all would lay the whole map out again).
        let mut next: Option<web_sys::Node> = None;
        for (id, row) in rows.iter().rev() {
            let wanted = shown.iter().any(|l| &l.id == id);
            let attached = row.0.parent_node().is_some();
            if wanted && !attached {
                let _ = body_el.insert_before(&row.0, next.as_ref());
            } else if !wanted && attached {
                row.0.remove();
            }
            if wanted {
                next = Some(row.0.clone().into());
            }
        }
        let z = decimal(zoom.get(), 4);
        let set = |name: &str, value: Option<&str>| {
            let _ = match value {
                Some(v) => grid_el.set_attribute(name, v),
                None => grid_el.remove_attribute(name),
            };
        };
        set(
            "data-view-mode",
            Some(if curve_only { "curve" } else { "map" }),
        );
        set("aria-rowcount", Some(&(shown.len() + 2).to_string()));
        set("data-zoom", Some(&z));
        set(
            "data-dimming",
            state.kept.with(Option::is_some).then_some(""),
        );
        // Zooming keeps the place in the middle of the view there (read before the new
        // scale clamps the scroll position to the new width).
        let (was, now) = (shown_zoom.replace(zoom.get()), zoom.get());
        let middle = was
            .filter(|w| *w != now)
            .and_then(|w| Some(middle_of_view(&grid_el.parent_element()?, w)));
        set_style(&grid_el, "zoom", &z);
        let title = title_width(page_width.get());
        set_style(&grid_el, "--title-w", &px(title));
        set_style(&grid_el, "width", &px(title + count as f64 * COLUMN_WIDTH));
        if let (Some(middle), Some(scroller)) = (middle, grid_el.parent_element()) {
            scroll_x.set(scroll_to_middle(&scroller, middle, now));
        }
    });
    super::dom::mount_in(host, scroller_el.clone());
    // Back where it was, once in the page (after `mount_in`'s effect, made first). (Not at
    // the start: setting it would lay the page out before the first frame.)
    // The map keeps room below (`data-holding`) until the columns around the view are drawn,
    // right after the first frame: their cells can make the rows taller than the first
    // frame's, and a place further down than those reached was cut short (a phone's map went
    // back from 50 px down to 3).
    effect(move || {
        if host.get().is_some() && (left, top) != (0, 0) {
            if top > 0 {
                let _ = scroller_el.set_attribute("data-holding", "");
            }
            scroller_el.set_scroll_left(left);
            scroller_el.set_scroll_top(top);
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        page_width.set(inner_width());
        if let Some(el) = super::browser::document()
            .query_selector(".map-scroll")
            .ok()
            .flatten()
        {
            viewport.set(el.client_width() as f64);
        }
    });
    on_cleanup(move || on_resize.remove());
    // Bring a step chosen elsewhere (the insights) into view, centred; and the selected
    // step, when it is out of view.
    watch(state, |state| {
        if let Some(column) = state.focus_step.get().and_then(|id| state.column_of(&id)) {
            reveal_later(state, column, true);
        }
    });
    watch(state, |state| {
        if let Some(column) = state.selected.get().and_then(|id| state.column_of(&id)) {
            reveal_later(state, column, false);
        }
    });
    // A channel or owner filter brings the next step it keeps into view, from the view's
    // left edge (an embed sent filtered by owner opened on other owners' steps, its one
    // match off to the right); nothing moves when that step is in view, nor when a step is
    // open (it holds the view; a search's match, shown a moment later, does too).
    watch(state, |state| {
        let kept = state.kept.get();
        if state.selected.with_untracked(Option::is_some) {
            return;
        }
        if let Some(column) = kept.and_then(|kept| next_in(state, &kept)) {
            reveal_later(state, column, false);
        }
    });
    // The search highlights follow the columns drawn and the marks (drawn after the first
    // frame).
    effect(move || {
        window.track();
        state.query.track();
        state.flags.track();
        next_frame(move || marks::highlight(state));
    });
    // Mark the first frame with the map drawn, for benchmarks.
    after_next_paint(move || {
        mark("jl:drawn");
        overscan.set(OVERSCAN);
        if let Ok(Some(el)) = super::browser::document().query_selector("[data-holding]") {
            let _ = el.remove_attribute("data-holding");
        }
        // (Once: asked again, they would be computed again at every return to the map.)
        state.want_insights();
    });
    // (`display: contents`: the scroll box is laid out as the stage's child.)
    view! { <div class="map-host" node_ref=host></div> }
}

/// The place of the map in the middle of the scroll box's view, in the map's unscaled
/// pixels, when it is scaled by `zoom`.
fn middle_of_view(scroller: &web_sys::Element, zoom: f64) -> (f64, f64) {
    let middle = |scrolled: i32, size: i32| (scrolled as f64 + size as f64 / 2.0) / zoom;
    (
        middle(scroller.scroll_left(), scroller.client_width()),
        middle(scroller.scroll_top(), scroller.client_height()),
    )
}

/// Scrolls the map, now scaled by `zoom`, to bring `middle` (from `middle_of_view`) back to
/// the middle of the view: the same scroll position would show other steps at another
/// scale, far away on a long map. Returns the new scroll position across.
fn scroll_to_middle(scroller: &web_sys::Element, middle: (f64, f64), zoom: f64) -> f64 {
    let at = |place: f64, size: i32| (place * zoom - size as f64 / 2.0).max(0.0).round() as i32;
    scroller.set_scroll_left(at(middle.0, scroller.client_width()));
    scroller.set_scroll_top(at(middle.1, scroller.client_height()));
    scroller.scroll_left() as f64
}

/// The window's width, in CSS pixels.
pub fn inner_width() -> f64 {
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
            let map = title_width(page_width) + count as f64 * COLUMN_WIDTH;
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
        .map
        .with_untracked(|m| m.as_ref().map_or(0, |m| m.layout.columns.len()));
    factor(state.zoom.get_untracked(), inner_width(), count)
}

/// The next zoom step in or out from the zoom now ("fit" counts as the scale it gives).
pub fn zoom_step(state: AppState, zoom_in: bool) -> Zoom {
    let percent = (zoom_factor(state) * 100.0).round() as u16;
    Zoom::step(percent, zoom_in)
}

/// Scrolls the map so that `column` (of the whole map) is in view, left of the details
/// panel when it covers the map: centred when `center`, else only when it is not already
/// in view.
pub fn reveal(state: AppState, column: usize, center: bool) {
    let Some(column) = state.drawn_column(column) else {
        return;
    };
    let doc = super::browser::document();
    let Some(el) = doc.query_selector(".map-scroll").ok().flatten() else {
        return;
    };
    let z = zoom_factor(state);
    let title = titles_drawn(state);
    // The details cover the map's right side; on a phone they cover all of it, and the step
    // is placed for when they close.
    let panel = doc
        .query_selector(".step-details:not([hidden])")
        .ok()
        .flatten()
        .map_or(0.0, |p| {
            let r = p.get_bounding_client_rect();
            let scroller = el.get_bounding_client_rect();
            match r.left() <= scroller.left() + title {
                true => 0.0,
                false => (scroller.right() - r.left())
                    .min(scroller.width() / 2.0)
                    .max(0.0),
            }
        });
    let room = el.client_width() as f64 - panel - title;
    let (width, left) = (COLUMN_WIDTH * z, column as f64 * COLUMN_WIDTH * z);
    let now = el.scroll_left() as f64;
    if center || left < now || left + width > now + room {
        // Centred in the room; never under the lane titles when the room is narrower.
        el.set_scroll_left((left - ((room - width) / 2.0).max(0.0)).max(0.0) as i32);
    }
}

/// `reveal`, after a frame (the step may be in a collapsed phase, which opens first).
fn reveal_later(state: AppState, column: usize, center: bool) {
    next_frame(move || reveal(state, column, center));
}

/// The first of `columns` from the view's left edge on, else the last.
fn next_in(state: AppState, columns: &[usize]) -> Option<usize> {
    let scrolled = super::browser::document()
        .query_selector(".map-scroll")
        .ok()
        .flatten()
        .map_or(0, |el| el.scroll_left());
    let left = (scrolled as f64 / (COLUMN_WIDTH * zoom_factor(state))) as usize;
    columns
        .iter()
        .find(|&&c| state.drawn_column(c).is_some_and(|d| d >= left))
        .or(columns.last())
        .copied()
}

/// Scrolls the map up or down so that the lane row holding `el` is not under the sticky
/// phase and step headers (the browser's scrolling on focus does not allow for them), and,
/// when the row fits, wholly in view: a curve point's lane shows the whole curve.
pub fn reveal_row(el: &web_sys::Element) {
    let doc = super::browser::document();
    let found = |selector: &str| doc.query_selector(selector).ok().flatten();
    let (Some(scroller), Some(head), Some(row)) = (
        found(".map-scroll"),
        found(".map-head"),
        el.closest(".map-body .lane").ok().flatten(),
    ) else {
        return;
    };
    let (rect, head, box_) = (
        row.get_bounding_client_rect(),
        head.get_bounding_client_rect(),
        scroller.get_bounding_client_rect(),
    );
    // The room for rows: from under the headers (or the box's top, where they do not stick)
    // to the bottom of the box (less its scroll bar).
    let top = head.bottom().max(box_.top());
    let by = scroll_by(&rect, top, box_.top() + scroller.client_height() as f64);
    if by != 0.0 {
        scroller.set_scroll_top(scroller.scroll_top() + by.round() as i32);
    }
    // On a phone the page scrolls too (the map is a screenful under the bars): the row
    // comes into the window as well.
    let rect = row.get_bounding_client_rect();
    let screen = doc.document_element().map_or(0, |d| d.client_height()) as f64;
    let by = scroll_by(&rect, 0.0, screen);
    if by != 0.0 {
        super::browser::window().scroll_by_with_x_and_y(0.0, by.round());
    }
}

/// How far to scroll for `rect` to lie between `top` and `bottom`: its top at `top` when
/// it is above or taller than the room, its bottom at `bottom` when it is below.
fn scroll_by(rect: &web_sys::DomRect, top: f64, bottom: f64) -> f64 {
    if rect.top() < top || rect.height() > bottom - top {
        rect.top() - top
    } else if rect.bottom() > bottom {
        rect.bottom() - bottom
    } else {
        0.0
    }
}

/// One lane: its sticky title, then a cell per visible step (or the curve).
fn lane_row(state: AppState, grid: &Grid, lane: &Lane) -> El {
    let row = El::new("div")
        .class("lane")
        .attr("role", "row")
        .attr("data-lane-id", &lane.id)
        .attr("data-lane-kind", lane.kind.as_str());
    let title = lane.title_with(state.t().lane_title);
    if lane.kind == LaneKind::Emotion {
        let count = grid.model.layout.columns.len();
        let title_height = RwSignal::new(0.0);
        let title =
            super::emotion_lane::emotion_title(state, grid, title, lane.has_data, title_height);
        row.child(title)
            .child(spacer(grid.window, count, true))
            .child(super::emotion_lane::emotion_lane(state, grid, title_height))
            .child(spacer(grid.window, count, false))
    } else {
        let row = row.child(
            El::new("div")
                .class("lane-title")
                .attr("role", "rowheader")
                .child(El::new("span").text(&title)),
        );
        super::lane_cell::lane_cells(state, row, grid, lane)
    }
}
