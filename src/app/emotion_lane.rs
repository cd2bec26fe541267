//! The emotion curve as a lane of the map: one smooth line per persona through the visible
//! columns, points coloured by feeling and shaped per persona, a neutral line, and a tooltip
//! that names the step when a point is hovered or focused. Geometry comes from `curve`.

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::dom::{set_style, text_el, translate, El};
use super::i18n::Texts;
use super::state::{effect, AppState, ViewMode};
use super::swimlane::{px, Grid, COLUMN_WIDTH, CURVE_BAND, MAP_BAND};
use crate::domain::curve::{path, point_position, signed, Band, Feeling};
use crate::domain::decimal::decimal;
use crate::domain::explore::{attribute_selector, gaps, widest};
use crate::domain::layout::column_center;
use crate::domain::map_model::PersonaCurve;

/// The feelings the scale marks.
pub const SCALE: [f64; 5] = [2.0, 1.0, 0.0, -1.0, -2.0];
/// Marker radius, in pixels.
pub const MARKER: f64 = 6.5;

/// The band the curve is drawn in: taller in the curve view, and as tall as the lane's
/// title (`title_height`) when its legend and links need more room than the curve.
fn band(state: AppState, title_height: RwSignal<f64>) -> Band {
    let base = base_band(state.view.get());
    Band {
        height: base.height.max(title_height.get()),
        ..base
    }
}

fn base_band(view: ViewMode) -> Band {
    match view == ViewMode::Curve {
        true => CURVE_BAND,
        false => MAP_BAND,
    }
}

#[wasm_bindgen(module = "/src/app/heights.js")]
extern "C" {
    #[wasm_bindgen(js_name = watchHeight)]
    fn watch_height(el: &web_sys::Element, report: &Closure<dyn FnMut(f64)>);
}

/// The curve's cell in the map. Everything inside it (guides, lines, the gaps between
/// personas, points) is built with the DOM builder whenever the window, the personas shown
/// or the view change: the window moves one column at a time, so there is little to keep.
pub fn emotion_lane(state: AppState, grid: &Grid, title_height: RwSignal<f64>) -> El {
    let window = grid.window;
    let t = state.t();
    let label = format!(
        "{} ({})",
        (t.lane_title)(crate::domain::lanes::LaneKind::Emotion),
        t.emotion_scale
    );
    let svg = El::svg("svg")
        .class("emotion-curve")
        .attr("data-view", "emotion-curve")
        .attr("role", "group")
        .attr("aria-label", &label)
        .attr("aria-describedby", super::curve_text::SUMMARY_ID);
    let cell = El::new("div")
        .class("cell emotion-cell")
        .attr("role", "gridcell");
    let (cell_el, svg_el) = (cell.0.clone(), svg.0.clone());
    let grid = grid.clone();
    effect(move || {
        let w = window.get();
        let band = band(state, title_height);
        let hidden = state.hidden_personas.get();
        let width = decimal(w.len() as f64 * COLUMN_WIDTH, 0);
        let height = decimal(band.height, 0);
        let _ = cell_el.set_attribute("aria-colindex", &(w.start + 2).to_string());
        // (One cell across every step drawn, as a phase's header spans its steps.)
        let _ = cell_el.set_attribute("aria-colspan", &w.len().to_string());
        set_style(&cell_el, "width", &[&width, "px"].concat());
        set_style(&cell_el, "height", &[&height, "px"].concat());
        let _ = svg_el.set_attribute("width", &width);
        let _ = svg_el.set_attribute("height", &height);
        svg_el.set_text_content(None);
        let shown = grid.model.curves_shown(&hidden);
        let mut parts = vec![guides(&w, &band), summary_bands(&grid, &w, &band)];
        let lines = shown.iter().map(|c| {
            El::svg("path")
                .class("curve-line")
                .attr("data-persona-id", &c.id)
                .attr("d", &path(&c.points, &c.tangents, &w, COLUMN_WIDTH, &band))
                .attr("fill", "none")
                .attr("stroke", c.style.colour)
                .attr("stroke-dasharray", c.style.dash)
        });
        parts.push(
            El::svg("g")
                .class("lines")
                .attr("aria-hidden", "true")
                .children(lines.collect()),
        );
        parts.push(gap_marks(&shown, &w, &band));
        let points = (shown.iter().enumerate())
            .map(|(i, c)| curve_points(&grid, c, &shown[..i], &w, &band, state.t()));
        parts.push(El::svg("g").class("points").children(points.collect()));
        for part in parts {
            let _ = svg_el.append_child(&part.0);
        }
    });
    cell.child(svg)
}

/// A line across `width` at each level of the scale, neutral dashed (by its class).
pub fn scale_lines(width: f64, band: &Band) -> impl Iterator<Item = El> + '_ {
    let width = decimal(width, 0);
    SCALE.iter().map(move |v| {
        let y = decimal(band.y(*v), 1);
        El::svg("line")
            .class(if *v == 0.0 { "neutral" } else { "guide" })
            .attr("x1", "0")
            .attr("x2", &width)
            .attr("y1", &y)
            .attr("y2", &y)
    })
}

/// The scale's guide lines and a line between columns.
fn guides(window: &Range<usize>, band: &Band) -> El {
    let level = scale_lines(window.len() as f64 * COLUMN_WIDTH, band);
    let height = decimal(band.height, 0);
    let columns = (1..window.len()).map(|i| {
        let x = decimal(i as f64 * COLUMN_WIDTH, 1);
        El::svg("line")
            .class("column-guide")
            .attr("x1", &x)
            .attr("x2", &x)
            .attr("y1", "0")
            .attr("y2", &height)
    });
    El::svg("g")
        .class("guides")
        .attr("aria-hidden", "true")
        .children(level.chain(columns).collect())
}

/// A shaded band over each collapsed phase's column: the curve passes it by.
fn summary_bands(grid: &Grid, window: &Range<usize>, band: &Band) -> El {
    let height = decimal(band.height, 0);
    let width = decimal(COLUMN_WIDTH, 0);
    let bands = window
        .clone()
        .filter(|c| grid.model.layout.columns[*c].summary)
        .map(|c| {
            El::svg("rect")
                .class("summary-band")
                .attr("x", &decimal((c - window.start) as f64 * COLUMN_WIDTH, 0))
                .attr("y", "0")
                .attr("width", &width)
                .attr("height", &height)
        })
        .collect();
    El::svg("g")
        .class("summaries")
        .attr("aria-hidden", "true")
        .children(bands)
}

/// The gap between the personas shown at each column of the window: a bar from the lowest
/// feeling to the highest, the widest one marked.
fn gap_marks(shown: &[&PersonaCurve], window: &Range<usize>, band: &Band) -> El {
    let all = gaps(shown, window.end);
    let widest = widest(&all).map(|g| g.column);
    let bars = all
        .iter()
        .filter(|g| window.contains(&g.column) && g.size() > 0.0)
        .map(|g| {
            let x = decimal(column_center(g.column, window.start, COLUMN_WIDTH), 1);
            let line = El::svg("line")
                .attr("x1", &x)
                .attr("x2", &x)
                .attr("y1", &decimal(band.y(g.high), 1))
                .attr("y2", &decimal(band.y(g.low), 1));
            match Some(g.column) == widest {
                true => line.class("gap widest"),
                false => line.class("gap"),
            }
        })
        .collect();
    El::svg("g")
        .class("gaps")
        .attr("aria-hidden", "true")
        .children(bars)
}

/// One persona's points inside the window. Where a persona drawn before it (`under`) feels
/// the same, its marker is smaller, inside theirs: drawn alike, it had covered theirs whole.
fn curve_points(
    grid: &Grid,
    curve: &PersonaCurve,
    under: &[&PersonaCurve],
    window: &Range<usize>,
    band: &Band,
    t: &'static Texts,
) -> El {
    let from = curve.points.partition_point(|p| p.column < window.start);
    let to = curve.points.partition_point(|p| p.column < window.end);
    let persona = curve.name_or(t.default_persona);
    let (hit, marker) = (
        curve.style.marker.path(MARKER * 2.0),
        curve.style.marker.path(MARKER),
    );
    let points = curve.points[from..to]
        .iter()
        .map(|&point| {
            let column = grid.model.layout.columns[point.column];
            let feeling = Feeling::of(point.value);
            let (x, y) = point_position(point, window.start, COLUMN_WIDTH, band);
            if column.summary {
                // A collapsed phase's lowest feeling: a hollow marker, not a step's point.
                let label = (t.lowest_feeling)(&(t.signed)(point.value), persona);
                return El::svg("g")
                    .class("summary-point")
                    .attr("data-phase-id", &grid.journey.phases[column.phase].id)
                    .attr("data-persona-id", &curve.id)
                    .attr("data-feeling", feeling.as_str())
                    .attr("data-value", &decimal(point.value, 6))
                    .attr("transform", &translate(x, y))
                    .attr("role", "img")
                    .attr("aria-label", &label)
                    .child(
                        El::svg("path")
                            .class("marker")
                            .attr("d", &marker)
                            .attr("stroke", curve.style.colour),
                    );
            }
            let step = &grid.journey.steps[column.step];
            let covered = (under.iter())
                .filter(|c| {
                    let at = c.points.binary_search_by_key(&point.column, |p| p.column);
                    at.is_ok_and(|i| c.points[i].value == point.value)
                })
                .count();
            let smaller;
            let marker = match covered {
                0 => &marker,
                n => {
                    smaller = curve.style.marker.path(MARKER * 0.6f64.powi(n as i32));
                    &smaller
                }
            };
            El::svg("g")
                .class("point")
                .attr("data-step-id", &step.id)
                .attr("data-persona-id", &curve.id)
                .attr("data-feeling", feeling.as_str())
                .attr("data-value", &decimal(point.value, 6))
                .attr("transform", &translate(x, y))
                .attr("tabindex", "-1")
                .attr("role", "img")
                .attr(
                    "aria-label",
                    &(t.point_label)(persona, &step.name, point.value, feeling),
                )
                .child(El::svg("path").class("hit").attr("d", &hit))
                .child(
                    El::svg("path")
                        .class("marker")
                        .attr("d", marker)
                        .attr("stroke", curve.style.colour),
                )
        })
        .collect();
    El::svg("g")
        .class("persona-points")
        .attr("data-persona-id", &curve.id)
        .attr("data-marker", curve.style.marker.as_str())
        .children(points)
}

/// Shows the tooltip of a curve point (pointed at or focused) in its lane, naming the step,
/// the persona and the feeling; `None` hides it.
pub fn tooltip(state: AppState, point: Option<&web_sys::Element>) {
    let doc = super::browser::document();
    let old = doc.query_selector(".point-tooltip").ok().flatten();
    let same = |a: &web_sys::Element, b: &web_sys::Element| {
        let of = |e: &web_sys::Element| {
            (
                e.get_attribute("data-step-id"),
                e.get_attribute("data-persona-id"),
            )
        };
        of(a) == of(b)
    };
    match (&old, point) {
        (Some(old), Some(point)) if same(old, point) => return,
        (Some(old), _) => old.remove(),
        _ => {}
    }
    let Some(point) = point else { return };
    let Some(cell) = point.closest(".emotion-cell").ok().flatten() else {
        return;
    };
    let attr = |name: &str| point.get_attribute(name).unwrap_or_default();
    let (step_id, persona_id) = (attr("data-step-id"), attr("data-persona-id"));
    let (Some(column), Some(model), Some(opened)) = (
        state.column_of(&step_id),
        state.model.get_untracked(),
        state.opened.get_untracked(),
    ) else {
        return;
    };
    let Some(curve) = model.curves.iter().find(|c| c.id == persona_id) else {
        return;
    };
    // (Looked up, not parsed from `data-value`: float parsing would cost the wasm 10 KB.)
    let at = curve.points.partition_point(|p| p.column < column);
    let Some(value) = curve
        .points
        .get(at)
        .filter(|p| p.column == column)
        .map(|p| p.value)
    else {
        return;
    };
    let t = state.t();
    let step = &opened.journey.steps[model.layout.columns[column].step];
    let persona = curve.name_or(t.default_persona);
    let feeling = Feeling::of(value);
    // Where the point is in its lane, in the map's own (unzoomed) pixels.
    let (p, c) = (
        point.get_bounding_client_rect(),
        cell.get_bounding_client_rect(),
    );
    let zoom = super::swimlane::zoom_factor(state);
    let x = (p.left() + p.width() / 2.0 - c.left()) / zoom;
    let y = (p.top() + p.height() / 2.0 - c.top()) / zoom;
    let below = y < c.height() / zoom / 2.0;
    let tip = El::new("div")
        .class("point-tooltip")
        .attr("role", "tooltip")
        .attr("data-step-id", &step.id)
        .attr("data-persona-id", &curve.id)
        .attr("data-below", if below { "true" } else { "false" })
        .style("left", &px(x))
        .style("top", &px(y))
        .child(text_el(
            "span",
            "tooltip-step",
            &[(t.step_n)(column + 1).as_str(), " · ", &step.name].concat(),
        ))
        .child(
            El::new("span")
                .class("tooltip-feeling")
                .attr("data-feeling", feeling.as_str())
                .child(
                    El::new("i")
                        .class("swatch")
                        .style("--persona", curve.style.colour),
                )
                .text(&[persona, ": ", &(t.signed)(value)].concat())
                .child(text_el("em", "", (t.feeling)(feeling))),
        );
    let _ = cell.append_child(&tip.0);
}

/// The emotion lane's sticky title: its name, the persona legend, the curve in words
/// (see `curve_text`) and the scale; for a journey that states no feeling, a line saying so
/// (its curve is an empty grid). Built again when the view changes the band's height;
/// whether each persona is shown is kept up to date by `curve_text`. At least as tall as
/// the curve, and taller when what it holds needs it (many personas, long names, a phone):
/// its height goes to `title_height`, and the curve grows to match.
pub fn emotion_title(
    state: AppState,
    grid: &Grid,
    title: String,
    has_data: bool,
    title_height: RwSignal<f64>,
) -> El {
    let host = El::new("div")
        .class("lane-title emotion-title")
        .attr("role", "rowheader");
    let host_el = host.0.clone();
    let report = Closure::<dyn FnMut(f64)>::new(move |height: f64| {
        // Only a title taller than the curve's own band counts (0 otherwise), so that the
        // usual title, which fits, never draws the curve again. (A title out of the page,
        // its lane hidden, measures 0: the curve keeps its band.)
        let base = base_band(state.view.get_untracked()).height;
        let needed = if height > base + 0.5 { height } else { 0.0 };
        if height > 0.0 && title_height.try_get_untracked() != Some(needed) {
            title_height.try_set(needed);
        }
    });
    watch_height(&host_el, &report);
    report.forget(); // lives as long as the title
    let grid = grid.clone();
    effect(move || {
        let band = band(state, title_height);
        let host = &host_el;
        // A persona's toggle pressed from the keyboard keeps the focus as the title is drawn
        // again (it fell to the page's body).
        let focused = host.query_selector("li:focus-within").ok().flatten();
        let focused = focused.and_then(|li| li.get_attribute("data-persona-id"));
        host.set_text_content(None);
        set_style(host, "min-height", &px(base_band(state.view.get()).height));
        let t = state.t();
        let legend = grid
            .model
            .curves
            .iter()
            .filter(|c| !c.name.is_empty())
            .map(|c| {
                let swatch = persona_swatch(c, 34.0, "var(--surface)")
                    .class("legend-swatch")
                    .attr("width", "34")
                    .attr("height", "14");
                let id = c.id.clone();
                let toggle = El::new("button")
                    .attr("type", "button")
                    .class("legend-toggle")
                    .attr("title", &c.name)
                    .child(swatch)
                    .child(El::new("span").text(&c.name))
                    .on("click", move |_| {
                        state.hidden_personas.update(|h| {
                            if !h.remove(id.as_str()) {
                                h.insert(id.clone().into());
                            }
                        })
                    });
                El::new("li").attr("data-persona-id", &c.id).child(toggle)
            });
        let scale = SCALE.iter().map(|v| {
            text_el("span", "tick", &signed(*v))
                .attr("data-value", &decimal(*v, 0))
                .style("top", &px(band.y(*v)))
        });
        let parts = [
            El::new("span")
                .text(&title)
                .maybe((!has_data).then(|| text_el("span", "no-feelings", t.no_feelings))),
            El::new("ul")
                .class("legend")
                .attr("aria-label", t.emotion_scale)
                .children(legend.collect()),
            El::new("div").class("curve-text"),
            El::new("div")
                .class("scale")
                .attr("aria-hidden", "true")
                .children(scale.collect()),
        ];
        for part in parts {
            let _ = host.append_child(&part.0);
        }
        if let Some(id) = focused {
            let selector = [&attribute_selector("data-persona-id", &id), " button"].concat();
            if let Ok(Some(toggle)) = host.query_selector(&selector) {
                let _ = toggle.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
        super::curve_text::refresh_in(state, host);
    });
    host
}

/// A persona's line and marker, as in the curve: the legend's swatch (`width` wide, the
/// marker filled with `fill`), also printed and on the title slide. Hidden from screen
/// readers: the persona's name is beside it.
pub fn persona_swatch(curve: &PersonaCurve, width: f64, fill: &str) -> El {
    let (w, h) = (width, (width * 0.4).round());
    El::svg("svg")
        .attr("aria-hidden", "true")
        .attr(
            "viewBox",
            &["0 0 ", &decimal(w, 0), " ", &decimal(h, 0)].concat(),
        )
        .child(
            El::svg("line")
                .attr("x1", "1")
                .attr("x2", &decimal(w - 1.0, 0))
                .attr("y1", &decimal(h / 2.0, 1))
                .attr("y2", &decimal(h / 2.0, 1))
                .attr("stroke", curve.style.colour)
                .attr("stroke-dasharray", curve.style.dash),
        )
        .child(
            El::svg("path")
                .attr("transform", &translate(w / 2.0, h / 2.0))
                .attr("d", &curve.style.marker.path(h / 3.0))
                .attr("fill", fill)
                .attr("stroke", curve.style.colour),
        )
}
