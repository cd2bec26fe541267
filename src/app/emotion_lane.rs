//! The emotion curve as a lane of the map: one smooth line per persona through the visible
//! columns, points coloured by feeling and shaped per persona, a neutral line, and a tooltip
//! that names the step when a point is hovered or focused. Geometry comes from `curve`.

use leptos::prelude::*;

use super::dom::translate;
use super::state::use_state;
use super::swimlane::{px, Grid, COLUMN_WIDTH};
use crate::domain::curve::{path, point_position, signed, Band, Feeling};
use crate::domain::decimal::decimal;
use crate::domain::map_model::PersonaCurve;

/// The feelings the scale marks.
pub const SCALE: [f64; 5] = [2.0, 1.0, 0.0, -1.0, -2.0];
/// Marker radius, in pixels.
pub const MARKER: f64 = 6.5;

/// The hovered or focused point: (curve index, point index).
type Pointed = Option<(usize, usize)>;

#[component]
pub fn EmotionLane(grid: Grid, band: Band) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    let pointed: RwSignal<Pointed> = RwSignal::new(None);
    let width = move || window.with(|w| w.len() as f64 * COLUMN_WIDTH);

    let guides = move || {
        SCALE
            .iter()
            .map(|v| {
                let y = decimal(band.y(*v), 1);
                let class = if *v == 0.0 { "neutral" } else { "guide" };
                view! { <line class=class x1="0" x2=move || decimal(width(), 0) y1=y.clone() y2=y></line> }
            })
            .collect_view()
    };
    let columns = move || {
        let w = window.get();
        (1..w.len())
            .map(|i| {
                let x = decimal(i as f64 * COLUMN_WIDTH, 1);
                view! { <line class="column-guide" x1=x.clone() x2=x y1="0" y2=decimal(band.height, 0)></line> }
            })
            .collect_view()
    };
    let curves = grid.model.curves.clone();
    let shown = move |id: &str| !state.hidden_personas.with(|h| h.contains(id));
    let lines = curves
        .iter()
        .map(|curve| {
            let curve = curve.clone();
            move || {
                let curve = curve.clone();
                shown(&curve.id).then(|| {
                    let d = {
                        let curve = curve.clone();
                        move || {
                            window.with(|w| {
                                path(&curve.points, &curve.tangents, w, COLUMN_WIDTH, &band)
                            })
                        }
                    };
                    view! {
                        <path
                            class="curve-line"
                            data-persona-id=curve.id.clone()
                            d=d
                            fill="none"
                            stroke=curve.style.colour
                            stroke-dasharray=curve.style.dash
                        ></path>
                    }
                })
            }
        })
        .collect_view();
    let points = curves
        .iter()
        .enumerate()
        .map(|(ci, curve)| {
            let (grid, curve) = (grid.clone(), curve.clone());
            move || {
                shown(&curve.id).then(|| view! { <CurvePoints grid=grid.clone() curve=curve.clone() index=ci band=band pointed=pointed /> })
            }
        })
        .collect_view();
    let label = move || {
        format!(
            "{} ({})",
            (state.t().lane_title)(crate::domain::lanes::LaneKind::Emotion),
            state.t().emotion_scale
        )
    };
    view! {
        <div class="cell emotion-cell" role="gridcell" aria-colindex=move || window.get().start + 2 style:width=move || px(width()) style:height=px(band.height)>
            <svg
                class="emotion-curve"
                data-view="emotion-curve"
                width=move || decimal(width(), 0)
                height=decimal(band.height, 0)
                role="group"
                aria-label=label
            >
                <g class="guides" aria-hidden="true">{guides}{columns}</g>
                <g class="lines" aria-hidden="true">{lines}</g>
                <g class="points">{points}</g>
            </svg>
            <PointTooltip grid=grid band=band pointed=pointed />
        </div>
    }
}

/// The points of one persona inside the window.
#[component]
fn CurvePoints(
    grid: Grid,
    curve: PersonaCurve,
    index: usize,
    band: Band,
    pointed: RwSignal<Pointed>,
) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    let visible = {
        let points = curve.points.clone();
        move || {
            let w = window.get();
            let from = points.partition_point(|p| p.column < w.start);
            let to = points.partition_point(|p| p.column < w.end);
            from..to
        }
    };
    let marker = curve.style.marker.path(MARKER);
    let persona_id = curve.id.clone();
    let marker_name = curve.style.marker.as_str();
    view! {
        <g class="persona-points" data-persona-id=persona_id data-marker=marker_name>
            <For
                each=visible
                key=|i| *i
                children=move |i| {
                    let point = curve.points[i];
                    let step = &grid.journey.steps[grid.model.layout.columns[point.column].step];
                    let feeling = Feeling::of(point.value);
                    let persona = if curve.name.is_empty() { state.t().default_persona.to_owned() } else { curve.name.clone() };
                    let label = (state.t().point_label)(&persona, &step.name, point.value, feeling);
                    let transform = move || {
                        let (x, y) = point_position(point, window.get().start, COLUMN_WIDTH, &band);
                        translate(x, y)
                    };
                    view! {
                        <g
                            class="point"
                            data-step-id=step.id.clone()
                            data-persona-id=curve.id.clone()
                            data-feeling=feeling.as_str()
                            data-value=decimal(point.value, 6)
                            transform=transform
                            tabindex="-1"
                            role="img"
                            aria-label=label
                            on:mouseenter=move |_| pointed.set(Some((index, i)))
                            on:mouseleave=move |_| pointed.set(None)
                            on:focus=move |_| pointed.set(Some((index, i)))
                            on:blur=move |_| pointed.set(None)
                        >
                            <path class="hit" d=curve.style.marker.path(MARKER * 2.0)></path>
                            <path class="marker" d=marker.clone() stroke=curve.style.colour></path>
                        </g>
                    }
                }
            />
        </g>
    }
}

/// The step behind the hovered or focused point.
#[component]
fn PointTooltip(grid: Grid, band: Band, pointed: RwSignal<Pointed>) -> impl IntoView {
    let state = use_state();
    let window = grid.window;
    move || {
        let (ci, pi) = pointed.get()?;
        let curve = grid.model.curves.get(ci)?;
        let point = *curve.points.get(pi)?;
        let step = &grid.journey.steps[grid.model.layout.columns[point.column].step];
        let (x, y) = point_position(point, window.get_untracked().start, COLUMN_WIDTH, &band);
        let t = state.t();
        let feeling = Feeling::of(point.value);
        let persona = if curve.name.is_empty() {
            t.default_persona.to_owned()
        } else {
            curve.name.clone()
        };
        let below = y < band.height / 2.0;
        Some(view! {
            <div class="point-tooltip" role="tooltip" data-step-id=step.id.clone() data-below=below style:left=px(x) style:top=px(y)>
                <span class="tooltip-step">{format!("{} · {}", (t.step_n)(point.column + 1), step.name)}</span>
                <span class="tooltip-feeling" data-feeling=feeling.as_str()>
                    <i class="swatch" style:--persona=curve.style.colour></i>
                    {format!("{persona}: {}", signed(point.value))}
                    <em>{(t.feeling)(feeling)}</em>
                </span>
            </div>
        })
    }
}

/// The emotion lane's sticky title: name, persona legend and the scale.
#[component]
pub fn EmotionLaneTitle(grid: Grid, title: String, band: Band) -> impl IntoView {
    let state = use_state();
    let legend = grid
        .model
        .curves
        .iter()
        .filter(|c| !c.name.is_empty())
        .map(|c| {
            let id = c.id.clone();
            let name = c.name.clone();
            let shown = {
                let id = id.clone();
                move || !state.hidden_personas.with(|h| h.contains(&id))
            };
            let toggle = {
                let id = id.clone();
                move |_| {
                    state.hidden_personas.update(|h| {
                        if !h.remove(&id) {
                            h.insert(id.clone());
                        }
                    })
                }
            };
            let label = {
                let shown = shown.clone();
                move || (state.t().show_persona)(&name, shown())
            };
            view! {
                <li data-persona-id=id>
                    <button type="button" class="legend-toggle" aria-pressed=move || shown().to_string() title=label on:click=toggle>
                        <svg class="legend-swatch" width="34" height="14" aria-hidden="true">
                            <line x1="1" x2="33" y1="7" y2="7" stroke=c.style.colour stroke-dasharray=c.style.dash></line>
                            <path transform="translate(17 7)" d=c.style.marker.path(4.5) fill="var(--surface)" stroke=c.style.colour></path>
                        </svg>
                        <span>{c.name.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let scale = SCALE
        .iter()
        .map(|v| view! { <span class="tick" data-value=decimal(*v, 0) style:top=px(band.y(*v))>{signed(*v)}</span> })
        .collect_view();
    view! {
        <div class="lane-title emotion-title" role="rowheader" style:height=px(band.height)>
            <span>{title}</span>
            <ul class="legend" aria-label=move || state.t().emotion_scale>{legend}</ul>
            <div class="scale" aria-hidden="true">{scale}</div>
        </div>
    }
}
