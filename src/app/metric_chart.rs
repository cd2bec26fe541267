//! A small chart of one metric along the journey: its readings in journey order, the target
//! as a dashed line, each reading marked met (a tick) or missed (a cross), and the steps that
//! miss the target listed below. Its height spans the metric's scale (CSAT 1 to 5) when it
//! has one, so that a small change does not fill the chart; the top and bottom of that span
//! are labelled at its left.

/// Past this many readings the marks, closer than their own width, run into a smear (and
/// at 10,000 steps were 18,000 elements), and so does a line through every reading: the
/// chart draws `RUNS` runs of readings instead, each as its range and its mean.
const MARKS_UP_TO: usize = 60;
const RUNS: usize = 52;
/// Past this many steps missing the target, the chart takes the row's width and lists them
/// beside it: a card's width made a column of a line per step.
const MISSED_IN_CARD: usize = 12;

use super::dom::{text_el, translate, El};
use super::insights_view::Ctx;
use crate::domain::decimal::decimal;
use crate::domain::insights::MetricTrack;
use crate::domain::metrics::{spreads, TargetStatus};

const W: f64 = 280.0;
const H: f64 = 90.0;
const PAD: f64 = 10.0;

/// The chart of `track`, the insights' metric number `index`.
pub fn metric_chart(cx: &Ctx, index: usize, track: &MetricTrack) -> El {
    let t = cx.t;
    let n = |v: f64| decimal(v, 1);
    let values = track.readings.iter().map(|r| r.value).chain(track.target);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (lo, hi) = (
        lo.min(track.min.unwrap_or(lo)),
        hi.max(track.max.unwrap_or(hi)),
    );
    // Readings all alike, with no scale or target apart from them: across the middle.
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else {
        (lo - 1.0, hi + 1.0)
    };
    let span = hi - lo;
    let y = |v: f64| PAD + (hi - v) / span * (H - 2.0 * PAD);
    let dense = track.readings.len() > MARKS_UP_TO;
    let values: Vec<f64> = track.readings.iter().map(|r| r.value).collect();
    let runs = if dense {
        spreads(&values, RUNS)
    } else {
        Vec::new()
    };
    // One point per reading, or per run (at the middle of its stretch) when dense; a lone
    // reading in the middle (at the left, it ran into its label).
    let count = if dense { runs.len() } else { values.len() } as f64;
    // The readings start after the labels of the span's top and bottom, as wide as the
    // longer (about 7 units a character at their 11-unit type), with a gap of 6 units
    // to a reading's mark. Each with the metric's unit, as its readings' tooltips.
    let labels = [hi, lo].map(|v| (t.num)(v) + &track.unit);
    let left = 14.0 + 7.0 * labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let x = |i: usize| {
        left + (i as f64 + 0.5 * f64::from(count < 2.0)) * (W - left - PAD) / (count - 1.0).max(1.0)
    };
    let through = |points: &mut dyn Iterator<Item = (usize, f64)>| -> String {
        let mut d = String::new();
        for (i, v) in points {
            d.push(if d.is_empty() { 'M' } else { 'L' });
            d.push_str(&[n(x(i)).as_str(), " ", &n(y(v))].concat());
        }
        d
    };
    let line = if dense {
        through(&mut runs.iter().map(|r| r.mean).enumerate())
    } else {
        through(&mut values.iter().copied().enumerate())
    };
    let mut svg = El::svg("svg")
        .attr("viewBox", "0 0 280 90")
        .attr("aria-hidden", "true");
    for (v, label) in [hi, lo].iter().zip(&labels) {
        svg = svg.child(
            El::svg("text")
                .class("axis")
                .attr("x", &n(left - 10.0))
                .attr("y", &n(y(*v) + 4.0))
                .text(label),
        );
    }
    if let Some(v) = track.target {
        svg = svg.child(
            El::svg("line")
                .class("target")
                .attr("x1", &n(left))
                .attr("x2", &n(W - PAD))
                .attr("y1", &n(y(v)))
                .attr("y2", &n(y(v))),
        );
    }
    if dense {
        // The runs' ranges as one band: along their highs, back along their lows.
        let highs = runs.iter().map(|r| r.high).enumerate();
        let lows = runs.iter().map(|r| r.low).enumerate().rev();
        let band = through(&mut highs.chain(lows)) + "Z";
        svg = svg.child(El::svg("path").class("range").attr("d", &band));
    }
    svg = svg.child(El::svg("path").class("line").attr("d", &line));
    let marked = if track.readings.len() <= MARKS_UP_TO {
        track.readings.as_slice()
    } else {
        &[]
    };
    for (i, r) in marked.iter().enumerate() {
        let mark = match r.status {
            TargetStatus::Missed => "M-4 -4L4 4M4 -4L-4 4",
            _ => "M-4 0L-1 3L4 -3",
        };
        svg = svg.child(
            El::svg("g")
                .class("reading")
                .attr("data-step-id", &r.step)
                .attr("data-status", r.status.as_str())
                .attr("transform", &translate(x(i), y(r.value)))
                .child(El::svg("title").text(&format!(
                    "{}: {}{}",
                    cx.name(&r.step),
                    (t.num)(r.value),
                    track.unit
                )))
                .child(El::svg("path").attr("d", mark)),
        );
    }
    let caption = El::new("figcaption")
        .child(El::new("strong").text(super::lane_cell::metric_name(
            t,
            &track.id,
            &track.name,
            track.default_name,
        )))
        .maybe(track.target.map(|v| {
            text_el(
                "span",
                "muted",
                &(t.target)(v, track.higher_is_better, &track.unit),
            )
        }));
    let missed = (!track.missed.is_empty()).then(|| {
        let list = El::new("p")
            .class("missed")
            .child(El::new("span").text(t.missed_at).text(": "));
        let missed_at: super::insights_view::Item =
            Box::new(move |cx, insights, i| cx.step_link(&insights.metrics[index].missed[i]));
        cx.long_list(list, track.missed.len(), missed_at)
    });
    let wide = track.missed.len() > MISSED_IN_CARD;
    El::new("figure")
        .class(if wide {
            "metric-chart wide"
        } else {
            "metric-chart"
        })
        .attr("data-metric-id", &track.id)
        .child(caption)
        .child(svg)
        .maybe(missed)
}
