//! The emotion curve: per-persona series, the vertical scale, and a smooth path through the
//! points that never overshoots the data.
//!
//! Interpolation is monotone cubic (Steffen, "A simple method for monotonic interpolation in
//! one dimension", A&A 239, 1990), as in d3's `curveMonotoneX` and leptos-chartistry: between
//! two points the curve stays between their values, so a feeling of -1 is never drawn as -1.3.

use std::ops::Range;

use super::decimal::decimal;
use super::layout::{column_center, MapLayout};
use super::model::Journey;
use super::parse_step::{EMOTION_MAX, EMOTION_MIN};

/// One persona's feeling at one column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SeriesPoint {
    pub column: usize,
    pub value: f64,
}

/// Whether the line joins `a` to `b`: only points in neighbouring columns are joined; a
/// column between them is a step without a feeling (or a collapsed phase without one), a
/// gap in the line, not a guess drawn through it.
fn joined(a: &SeriesPoint, b: &SeriesPoint) -> bool {
    b.column == a.column + 1
}

/// The feelings of one persona along the map, skipping steps without one (and the
/// summaries of collapsed phases).
pub fn series(journey: &Journey, layout: &MapLayout, persona_id: &str) -> Vec<SeriesPoint> {
    let ids = journey.persona_ids();
    let first = ids[0];
    let mut points = Vec::new();
    for (column, c) in layout.columns.iter().enumerate() {
        if c.summary {
            continue;
        }
        if let Some(value) = journey.steps[c.step].emotion_for(persona_id, first) {
            points.push(SeriesPoint { column, value });
        }
    }
    points
}

/// The vertical band the curve is drawn in: +2 at the top, -2 at the bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub height: f64,
    /// Room above +2 and below -2, so points are not cut by the edges.
    pub pad: f64,
}

impl Band {
    /// The y of a feeling.
    pub fn y(&self, value: f64) -> f64 {
        let inner = self.height - 2.0 * self.pad;
        self.pad + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * inner
    }
}

/// Tangents (feeling per column) at each point, by Steffen's method: zero at local extrema,
/// and small enough that each cubic segment stays monotone. Each run of neighbouring
/// columns has its own: the line breaks at a column without a feeling (see `path`), and a
/// run's end leaned toward a point past the break, which the line no longer reaches.
pub fn tangents(points: &[SeriesPoint]) -> Vec<f64> {
    let mut t = Vec::with_capacity(points.len());
    let mut start = 0;
    for end in 1..=points.len() {
        if points.get(end).is_none_or(|p| !joined(&points[end - 1], p)) {
            t.extend(run_tangents(&points[start..end]));
            start = end;
        }
    }
    t
}

fn run_tangents(points: &[SeriesPoint]) -> Vec<f64> {
    let n = points.len();
    if n < 2 {
        return vec![0.0; n];
    }
    let slope = |i: usize| {
        let (a, b) = (points[i], points[i + 1]);
        (b.value - a.value) / (b.column - a.column) as f64
    };
    let width = |i: usize| (points[i + 1].column - points[i].column) as f64;
    let inner = (1..n - 1).map(|i| {
        let (s0, s1) = (slope(i - 1), slope(i));
        let (h0, h1) = (width(i - 1), width(i));
        let p = (s0 * h1 + s1 * h0) / (h0 + h1);
        if s0 * s1 <= 0.0 {
            0.0
        } else {
            s0.signum() * 2.0 * s0.abs().min(s1.abs()).min(0.5 * p.abs())
        }
    });
    let mut t: Vec<f64> = std::iter::once(0.0).chain(inner).chain([0.0]).collect();
    // End tangents: one-sided, as d3 does, which keeps the end segments monotone too.
    t[0] = if n == 2 {
        slope(0)
    } else {
        (3.0 * slope(0) - t[1]) / 2.0
    };
    t[n - 1] = if n == 2 {
        slope(n - 2)
    } else {
        (3.0 * slope(n - 2) - t[n - 2]) / 2.0
    };
    t
}

/// The columns a slide's curve shows out of `count`: all of them when they are at most
/// `size`; on a longer journey `size` columns centred on `focus` (the step or the phase
/// being told), or the focus alone when it is wider. (The whole of a 1,000-step journey
/// in a slide left a phase or a step a sliver of it.)
pub fn frame(count: usize, focus: Range<usize>, size: usize) -> Range<usize> {
    if count <= size {
        return 0..count;
    }
    if focus.len() >= size {
        return focus;
    }
    let middle = (focus.start + focus.end) / 2;
    let start = middle.saturating_sub(size / 2).min(count - size);
    start..start + size
}

/// The SVG path of the curve for the columns in `window`, in coordinates whose x origin is
/// the left edge of `window.start`. One point on each side of the window is included so the
/// line runs on past the edges.
pub fn path(
    points: &[SeriesPoint],
    tangents: &[f64],
    window: &Range<usize>,
    column_width: f64,
    band: &Band,
) -> String {
    let first = points
        .partition_point(|p| p.column < window.start)
        .saturating_sub(1);
    let last = points
        .partition_point(|p| p.column < window.end)
        .min(points.len().saturating_sub(1));
    if points.is_empty() || first > last {
        return String::new();
    }
    let x = |column: f64| (column - window.start as f64 + 0.5) * column_width;
    let mut d = String::with_capacity((last - first + 1) * 48);
    let p0 = points[first];
    let mut push = |command: char, coords: &[f64]| {
        d.push(command);
        for (i, v) in coords.iter().enumerate() {
            if i > 0 {
                d.push(' ');
            }
            d.push_str(&decimal(*v, 1));
        }
    };
    push('M', &[x(p0.column as f64), band.y(p0.value)]);
    for i in first..last {
        let (a, b) = (points[i], points[i + 1]);
        if !joined(&a, &b) {
            push('M', &[x(b.column as f64), band.y(b.value)]);
            continue;
        }
        let third = 1.0 / 3.0; // of the one column between joined points
        let c1 = (a.column as f64 + third, a.value + third * tangents[i]);
        let c2 = (b.column as f64 - third, b.value - third * tangents[i + 1]);
        push(
            'C',
            &[
                x(c1.0),
                band.y(c1.1),
                x(c2.0),
                band.y(c2.1),
                x(b.column as f64),
                band.y(b.value),
            ],
        );
    }
    d
}

/// Where a point is drawn, relative to the left edge of column `origin`.
pub fn point_position(
    point: SeriesPoint,
    origin: usize,
    column_width: f64,
    band: &Band,
) -> (f64, f64) {
    (
        column_center(point.column, origin, column_width),
        band.y(point.value),
    )
}

/// How a feeling reads: five bands from very negative to very positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feeling {
    VeryNegative,
    Negative,
    Neutral,
    Positive,
    VeryPositive,
}

impl Feeling {
    pub fn of(value: f64) -> Feeling {
        match value {
            v if v <= -1.5 => Feeling::VeryNegative,
            v if v <= -0.5 => Feeling::Negative,
            v if v < 0.5 => Feeling::Neutral,
            v if v < 1.5 => Feeling::Positive,
            _ => Feeling::VeryPositive,
        }
    }

    /// A stable name for `data-feeling` attributes and CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Feeling::VeryNegative => "very-negative",
            Feeling::Negative => "negative",
            Feeling::Neutral => "neutral",
            Feeling::Positive => "positive",
            Feeling::VeryPositive => "very-positive",
        }
    }

    /// English words for the feeling.
    pub fn label_en(self) -> &'static str {
        match self {
            Feeling::VeryNegative => "very negative",
            Feeling::Negative => "negative",
            Feeling::Neutral => "neutral",
            Feeling::Positive => "positive",
            Feeling::VeryPositive => "very positive",
        }
    }
}

/// A feeling with its sign, as a chart labels it: "+1", "−2" (a typographic minus), "0".
pub fn signed(value: f64) -> String {
    let n = super::problem::num(value.abs());
    match value {
        v if v > 0.0 => format!("+{n}"),
        v if v < 0.0 => format!("−{n}"),
        _ => n,
    }
}
