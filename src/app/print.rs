//! The map for printing ("Save as PDF"): built when the browser is about to print, removed
//! after. The screen map draws only the columns in view and scrolls sideways; on paper every
//! step must show, in page-wide blocks that each repeat the lane titles, phases and step
//! headers.
//!
//! Each block is a table: the phase names and step headers are its header rows, which
//! Chromium repeats on every page the block runs over (a block with every lane of a rich
//! journey is taller than an A4 page), and each lane is a row that is never cut. Chromium
//! repeats a head no taller than a quarter of the page, so the head holds each step's
//! number and name, and its marks, description and links open the body. The page
//! width is not known here (the print dialog chooses the paper, and `beforeprint` comes
//! first), so the blocks are laid out for a few page widths and `style/print.css` shows the
//! set that suits the paper. Cells are the screen map's (`lane_cell`), copied for each set;
//! the curve is drawn per step, each column holding its slice (the segments to its
//! neighbours, clipped), so the slices join into one line across a block.

use leptos::prelude::*;

use super::dom::{copy, text_el, translate, El};
use super::emotion_lane::{MARKER, SCALE};
use super::i18n::Texts;
use super::lane_cell::cell;
use super::state::{AppState, ViewMode};
use super::swimlane::{px, COLUMN_WIDTH};
use crate::domain::curve::{path, Band, Feeling};
use crate::domain::decimal::decimal;
use crate::domain::insights::StepFlag;
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::map_model::{MapModel, PersonaCurve};
use crate::domain::Journey;

/// The curve band on paper: lower than on screen, so that a block of steps with every lane
/// fits an A4 page, and two blocks of the curve alone do.
const PRINT_BAND: Band = Band {
    height: 90.0,
    pad: 10.0,
};
const PRINT_CURVE_BAND: Band = Band {
    height: 220.0,
    pad: 16.0,
};

/// Builds the print layout on `beforeprint` and removes it on `afterprint`.
pub fn install(state: AppState) {
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        remove();
        if let Some(el) = build(state) {
            let _ = super::browser::document()
                .body()
                .map(|body| body.append_child(&el.0));
        }
    });
    let after = window_event_listener(leptos::ev::afterprint, |_| remove());
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

fn remove() {
    let doc = super::browser::document();
    if let Ok(Some(el)) = doc.query_selector(".print-map") {
        el.remove();
    }
}

/// Steps a block holds in each set of blocks, for pages of increasing width: A4 and Letter,
/// Legal, A3 and Tabloid (landscape). `style/print.css` picks the set by the page's width.
const BLOCK_STEPS: [usize; 3] = [5, 7, 9];

/// The map or the curve on paper; nothing for the insights, which print as they are.
fn build(state: AppState) -> Option<El> {
    let view = state.view.get_untracked();
    let model = state.model.get_untracked()?;
    let opened = state.opened.get_untracked()?;
    if view == ViewMode::Insights {
        return None;
    }
    let band = if view == ViewMode::Curve {
        PRINT_CURVE_BAND
    } else {
        PRINT_BAND
    };
    let t = state.t();
    let lanes = state.body_lanes.get_untracked();
    let hidden = state.hidden_personas.get_untracked();
    // (The insights are computed after the map's first frame: a print before it asks now.)
    state.want_insights();
    let flags = state.flags.get_untracked();
    let curves = model.curves_shown(&hidden);
    let journey = &opened.journey;
    let actions = model
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions)
        .map_or_else(
            || (t.lane_title)(LaneKind::Actions).to_owned(),
            |l| l.title_with(t.lane_title),
        );
    // Every step's header and cells, drawn once and copied into each set of blocks.
    let columns: Vec<Column> = model
        .layout
        .columns
        .iter()
        .enumerate()
        .map(|(column, c)| {
            let step = &journey.steps[c.step];
            let (head, more) = header(journey, &model, column, flags.get(c.step), t);
            let cells = lanes
                .iter()
                .map(|lane| match lane.kind {
                    LaneKind::Emotion => curve_slice(&step.id, &curves, column, band),
                    _ => cell(journey, &model, lane, column, t),
                })
                .collect();
            (head, more, cells)
        })
        .collect();
    // The personas, named in full once above the blocks (each block's legend cuts them to
    // a line: the emotion row is low, and printed names have no tooltips).
    let mut legend = Vec::new();
    for c in &curves {
        if !c.name.is_empty() {
            let swatch = super::emotion_lane::persona_swatch(c, 24.0, "#fff");
            legend.push(El::new("li").child(swatch).text(&c.name));
        }
    }
    let titles = Titles {
        phases: t.phases,
        actions: &actions,
        lanes: lanes
            .iter()
            .map(|lane| lane_title(lane, &legend, t))
            .collect(),
    };
    let sets = BLOCK_STEPS
        .iter()
        .map(|&k| {
            let count = columns.len();
            let blocks = (0..count.div_ceil(k))
                .map(|b| {
                    let range = b * k..(b * k + k).min(count);
                    block(journey, &model, &lanes, &titles, &columns, range, k)
                })
                .collect();
            El::new("div")
                .class("pm-set")
                .attr("data-k", &k.to_string())
                .children(blocks)
        })
        .collect();
    Some(
        El::new("div")
            .class("print-map")
            .attr("data-view", "print-map")
            .style("--band", &px(band.height))
            .style("--pad", &px(band.pad))
            .child(El::new("ul").class("legend pm-key").children(legend))
            .children(sets),
    )
}

/// A step's column: its header (`.0`), its marks, description and links (`.1`) and its lanes'
/// cells (`.2`). (A tuple: named fields cost 21 bytes of gzipped wasm.)
type Column = (El, El, Vec<El>);

/// The lane titles at the left of every block, drawn once.
struct Titles<'a> {
    phases: &'a str,
    actions: &'a str,
    lanes: Vec<El>,
}

/// One block of steps (`range`, of a set of `k` a block) as a table: the phase names and
/// step headers in its head, a row per lane in its body.
fn block(
    journey: &Journey,
    model: &MapModel,
    lanes: &[Lane],
    titles: &Titles,
    columns: &[Column],
    range: std::ops::Range<usize>,
    k: usize,
) -> El {
    let layout = &model.layout.columns;
    let title = |el: El| El::new("th").attr("scope", "row").child(el);
    // A phase cell spans its steps in the block, and names the phase in every block.
    let mut phases =
        El::new("tr")
            .class("pm-phases")
            .child(title(text_el("div", "lane-title", titles.phases)));
    let mut start = range.start;
    for column in range.clone() {
        let phase = layout[column].phase;
        if column + 1 == range.end || layout[column + 1].phase != phase {
            phases = phases.child(
                El::new("td")
                    .class("pm-phase")
                    .attr("colspan", &(column + 1 - start).to_string())
                    .attr("data-tone", &(phase % 5).to_string())
                    .child(El::new("b").text(&journey.phases[phase].name)),
            );
            start = column + 1;
        }
    }
    let heads = El::new("tr")
        .class("pm-heads")
        .child(title(text_el("div", "lane-title", titles.actions)))
        .children(
            range
                .clone()
                .map(|column| El::new("td").child(copy(&columns[column].0)))
                .collect(),
        );
    // The steps' marks, descriptions and links, under the head (not in it, to keep it
    // repeated).
    let more = El::new("tr")
        .class("pm-more")
        .child(El::new("th"))
        .children(
            range
                .clone()
                .map(|column| El::new("td").child(copy(&columns[column].1)))
                .collect(),
        );
    let rows = lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| {
            El::new("tr")
                .attr("data-lane-id", &lane.id)
                .child(title(copy(&titles.lanes[i])))
                .children(
                    range
                        .clone()
                        .map(|column| El::new("td").child(copy(&columns[column].2[i])))
                        .collect(),
                )
        })
        .collect();
    // Every block has k step columns, the last one too, so that columns line up.
    let cols = (0..k).map(|_| El::new("col")).collect();
    El::new("table")
        .class("pm-block")
        .attr("data-steps", &range.len().to_string())
        .child(
            El::new("colgroup")
                .child(El::new("col").class("pm-title-col"))
                .children(cols),
        )
        .child(El::new("thead").child(phases).child(heads))
        .child(El::new("tbody").child(more).children(rows))
}

/// A lane's title; the emotion lane's also names the personas and shows the scale.
fn lane_title(lane: &Lane, legend: &[El], t: &'static Texts) -> El {
    let title = text_el("div", "lane-title", &lane.title_with(t.lane_title));
    if lane.kind != LaneKind::Emotion {
        return title;
    }
    let scale = SCALE
        .iter()
        .map(|v| text_el("span", "tick", &crate::domain::curve::signed(*v)))
        .collect();
    title
        .class("lane-title emotion-title")
        .child(
            El::new("ul")
                .class("legend")
                .children(legend.iter().map(copy).collect()),
        )
        .child(El::new("div").class("scale").children(scale))
}

/// A step's header (number, importance and name), and a box of its marks, description and
/// links (empty without them; `style/print.css` hides it then).
fn header(
    journey: &Journey,
    model: &MapModel,
    column: usize,
    flags: Option<&[StepFlag]>,
    t: &'static Texts,
) -> (El, El) {
    let step = &journey.steps[model.layout.columns[column].step];
    let importance = step.importance.map(|value| {
        El::new("span")
            .class("importance")
            .attr("title", &(t.importance)(value))
            .children(super::step_header::importance_squares(value))
    });
    let flags = flags.map(|flags| {
        El::new("ul").class("flags").children(
            flags
                .iter()
                .map(|f| text_el("li", "flag", (t.flag)(f.kind)).attr("data-flag", f.kind.as_str()))
                .collect(),
        )
    });
    let links = (!step.links.is_empty()).then(|| {
        El::new("ul").class("step-links").children(
            step.links
                .iter()
                .map(|l| El::new("li").child(El::new("a").attr("href", &l.url).text(&l.label)))
                .collect(),
        )
    });
    let head = El::new("div")
        .class("step-head")
        .attr("data-step-id", &step.id);
    let head = match step.importance {
        Some(v) => head.attr("data-importance", &decimal(v.trunc(), 0)),
        None => head,
    };
    let head = head
        .child(
            El::new("div")
                .class("step-top")
                .child(text_el("span", "step-number", &(column + 1).to_string()))
                .maybe(importance),
        )
        .child(text_el("span", "step-name", &step.name));
    let description = step
        .description
        .as_deref()
        .map(|d| text_el("p", "step-description", d));
    let more = El::new("div")
        .class("step-more")
        .maybe(flags)
        .maybe(description)
        .maybe(links);
    (head, more)
}

/// The curve over one step: the guides, each persona's line from the step before to the
/// step after (clipped to the column, stretched to its width) and the step's points (drawn
/// at their own scale, centred).
fn curve_slice(step_id: &str, curves: &[&PersonaCurve], column: usize, band: Band) -> El {
    let height = decimal(band.height, 0);
    let width = decimal(COLUMN_WIDTH, 0);
    let guides = SCALE
        .iter()
        .map(|v| {
            let y = decimal(band.y(*v), 1);
            El::svg("line")
                .class(if *v == 0.0 { "neutral" } else { "guide" })
                .attr("x2", &width)
                .attr("y1", &y)
                .attr("y2", &y)
        })
        .collect();
    let lines = curves
        .iter()
        .map(|c| {
            El::svg("path")
                .class("curve-line")
                .attr(
                    "d",
                    &path(
                        &c.points,
                        &c.tangents,
                        &(column..column + 1),
                        COLUMN_WIDTH,
                        &band,
                    ),
                )
                .attr("fill", "none")
                .attr("stroke", c.style.colour)
                .attr("stroke-dasharray", c.style.dash)
        })
        .collect();
    let mut points = Vec::new();
    for c in curves {
        let i = c.points.partition_point(|p| p.column < column);
        let Some(point) = c.points.get(i).filter(|p| p.column == column) else {
            continue;
        };
        points.push(
            El::svg("g")
                .class("point")
                .attr("data-step-id", step_id)
                .attr("data-persona-id", &c.id)
                .attr("data-feeling", Feeling::of(point.value).as_str())
                .attr("transform", &translate(0.0, band.y(point.value)))
                .child(
                    El::svg("path")
                        .class("marker")
                        .attr("d", &c.style.marker.path(MARKER))
                        .attr("stroke", c.style.colour),
                ),
        );
    }
    El::new("div")
        .class("cell pm-curve")
        .child(
            El::svg("svg")
                .attr("viewBox", &["0 0 ", &width, " ", &height].concat())
                .attr("preserveAspectRatio", "none")
                .children(guides)
                .children(lines),
        )
        .child(
            El::svg("svg")
                .attr("viewBox", &["-20 0 40 ", &height].concat())
                .children(points),
        )
}
