//! The priority matrix: importance to the customer (x) against the mean feeling (y) for every
//! step, in four quadrants; "fix first" (important and negative) is at the bottom right. Each
//! dot stands for its step (`data-step-id`): clicking it, or Enter on it, shows the step on
//! the map. The steps behind a spot's "+n" count are listed under the matrix, folded.

use super::dom::{text_el, translate, El};
use super::insights_view::{feeling, Ctx};
use crate::domain::curve::signed;
use crate::domain::decimal::decimal;
use crate::domain::insights::{MatrixPoint, Quadrant, IMPORTANT_FROM};
use crate::domain::parse_step::{EMOTION_MAX, EMOTION_MIN, IMPORTANCE_MAX, IMPORTANCE_MIN};

const W: f64 = 420.0;
const H: f64 = 320.0;
const PAD: f64 = 36.0;
/// The values' ends sit this far inside the frame, so that a dot there is drawn whole.
const INSET: f64 = 12.0;
/// The band at the frame's top and bottom that holds the quadrants' names, clear of every
/// dot (named at a corner among the dots, "PROTEGER" was read "PRO⑧GER").
const NAME_BAND: f64 = 15.0;
/// Feelings sit farther in than importances, past the names' bands.
const INSET_Y: f64 = INSET + NAME_BAND;
/// Places side by side at one spot (see `priority_matrix`): a dot each, or, for more steps
/// than that, dots in all but the last and a count of the rest in it.
const SLOTS: usize = 3;

/// How far the `k`th of the `m` places at a spot (from 1) is from it: side by side, each a
/// dot's width apart (dots show their steps' numbers), centred on the spot, or, at the ends
/// of the scale, going inwards from it to stay in the frame. Centred, a spot's places stay
/// clear of the next importance's, whichever way those go.
fn spread(importance: f64, k: usize, m: usize) -> f64 {
    let first = if importance == IMPORTANCE_MAX {
        m as f64
    } else if importance == IMPORTANCE_MIN {
        1.0
    } else {
        (m as f64 + 1.0) / 2.0
    };
    (k as f64 - first) * 19.0
}

/// The spot an importance is drawn at: the nearest whole one, on the side of the boundary
/// the importance is (a half importance's dots between two whole ones covered both
/// neighbours' dots).
fn importance_spot(importance: f64) -> f64 {
    let whole = importance.round();
    if importance < IMPORTANT_FROM {
        whole.min(IMPORTANT_FROM - 1.0)
    } else {
        whole.max(IMPORTANT_FROM)
    }
}

/// The spot a feeling is drawn at: the nearest half point, a feeling off neutral never on
/// it (its quadrant is the side it is on). Spots half a point apart are farther apart than a
/// dot is wide, so numbered dots never cover each other.
fn spot_of(feeling: f64) -> f64 {
    let half = (feeling * 2.0).round() / 2.0;
    if half == 0.0 && feeling != 0.0 {
        0.5f64.copysign(feeling)
    } else {
        half
    }
}

fn x(importance: f64) -> f64 {
    PAD + INSET
        + (importance - IMPORTANCE_MIN) / (IMPORTANCE_MAX - IMPORTANCE_MIN)
            * (W - 2.0 * (PAD + INSET))
}

fn y(feeling: f64) -> f64 {
    PAD + INSET_Y
        + (EMOTION_MAX - feeling) / (EMOTION_MAX - EMOTION_MIN) * (H - 2.0 * (PAD + INSET_Y))
}

fn n(v: f64) -> String {
    decimal(v, 1)
}

fn label(x: f64, y: f64, class: &str, text: &str) -> El {
    El::svg("text")
        .class(class)
        .attr("x", &n(x))
        .attr("y", &n(y))
        .text(text)
}

/// A label drawn for the eye only: each dot's own name says its importance, feeling and
/// quadrant, so screen readers skip the ticks, axes and quadrant names (loose words there).
fn seen(x: f64, y: f64, class: &str, text: &str) -> El {
    label(x, y, class, text).attr("aria-hidden", "true")
}

pub fn priority_matrix(cx: &Ctx, points: &[MatrixPoint]) -> El {
    let t = cx.t;
    if points.is_empty() {
        return text_el("p", "muted", t.matrix_empty);
    }
    // The boundaries: halfway between the last unimportant and the first important value,
    // and the neutral line.
    let (mid_x, mid_y) = (x(IMPORTANT_FROM - 0.5), y(0.0));
    let mut names = Vec::new();
    let mut svg = El::svg("svg")
        .class("matrix")
        .attr("data-view", "priority-matrix")
        .attr("viewBox", "0 0 420 320")
        .attr("role", "group")
        .attr("aria-label", t.insight_sections[3]);
    for (q, qx, qy, qw, qh) in [
        (Quadrant::Watch, PAD, mid_y, mid_x - PAD, H - PAD - mid_y),
        (
            Quadrant::FixFirst,
            mid_x,
            mid_y,
            W - PAD - mid_x,
            H - PAD - mid_y,
        ),
        (Quadrant::Maintain, PAD, PAD, mid_x - PAD, mid_y - PAD),
        (Quadrant::Protect, mid_x, PAD, W - PAD - mid_x, mid_y - PAD),
    ] {
        let rect = El::svg("rect")
            .attr("x", &n(qx))
            .attr("y", &n(qy))
            .attr("width", &n(qw))
            .attr("height", &n(qh));
        svg = svg.child(
            El::svg("g")
                .class("quadrant")
                .attr("data-quadrant", q.as_str())
                .child(rect),
        );
        // Named in the band at the top or the bottom of the frame.
        let name_y = if qy == PAD {
            PAD + NAME_BAND
        } else {
            H - PAD - 6.0
        };
        names.push(
            seen(qx + 8.0, name_y, "quadrant-name", (t.quadrant)(q))
                .attr("data-quadrant", q.as_str()),
        );
    }
    for i in 1..=5 {
        svg = svg.child(seen(x(i as f64), H - PAD + 16.0, "m-tick", &i.to_string()));
    }
    for v in [2.0, 0.0, -2.0] {
        svg = svg.child(seen(PAD - 8.0, y(v) + 4.0, "m-tick end", &signed(v)));
    }
    svg = svg
        .child(seen(W / 2.0, H - 4.0, "axis", t.matrix_axes[0]))
        .child(
            El::svg("text")
                .class("axis")
                .attr("aria-hidden", "true")
                .attr(
                    "transform",
                    &format!("translate(12 {}) rotate(-90)", n(H / 2.0)),
                )
                .text(t.matrix_axes[1]),
        );
    let mut svg = svg.children(names);
    // Steps at the same spot are drawn side by side so that each stays clickable. Past
    // `SLOTS` steps at one spot a count stands for the rest: a 10,000-step journey has
    // about a hundred steps at each spot, and drew a dot for each (30,000 elements).
    // (There are few spots, at most 9 importances by 9 feelings: a list finds them; each
    // keeps its count of steps, then how many of them are drawn.)
    let mut spots: Vec<((f64, f64), usize, usize)> = Vec::new();
    let spot_at = |spots: &mut Vec<((f64, f64), usize, usize)>, p: &MatrixPoint| {
        let spot = (importance_spot(p.importance), spot_of(p.emotion));
        match spots.iter().position(|s| s.0 == spot) {
            Some(i) => i,
            None => {
                spots.push((spot, 0, 0));
                spots.len() - 1
            }
        }
    };
    for p in points {
        let at = spot_at(&mut spots, p);
        spots[at].1 += 1;
    }
    // (The steps behind the counts: listed under the matrix, to be reached from there.)
    let mut behind = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let at = spot_at(&mut spots, p);
        let ((importance, feeling), count, drawn) = &mut spots[at];
        *drawn += 1;
        // (With more steps than places, the last place holds the count.)
        if *drawn > SLOTS || (*drawn == SLOTS && *count > SLOTS) {
            behind.push(i);
            continue;
        }
        let dx = spread(*importance, *drawn, (*count).min(SLOTS));
        let (dot_x, dot_y) = (x(*importance) + dx, y(*feeling));
        // Numbered as on the map: a matrix shown to a room is read without hovering.
        let step_no = cx.number(&p.step);
        let number = step_no.to_string();
        let mut shown = seen(0.0, 3.5, "dot-n", &number);
        if number.len() > 2 {
            // (Squeezed into the dot.)
            shown = shown
                .attr("textLength", "15")
                .attr("lengthAdjust", "spacingAndGlyphs");
        }
        let text = [
            &(t.step_n)(step_no),
            " · ",
            cx.name(&p.step),
            ": ",
            &placed(cx, p),
        ]
        .concat();
        svg = svg.child(
            El::svg("g")
                .class("dot")
                .attr("data-step-id", &p.step)
                .attr("data-quadrant", p.quadrant.as_str())
                .attr("transform", &translate(dot_x, dot_y))
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-label", &text)
                .child(El::svg("title").text(&text))
                .child(El::svg("circle").attr("r", "9"))
                .child(shown),
        );
    }
    for ((importance, rounded), count, _) in spots.into_iter().filter(|s| s.1 > SLOTS) {
        let more = count - (SLOTS - 1);
        let at = x(importance) + spread(importance, SLOTS, SLOTS);
        svg = svg.child(
            label(
                at,
                y(rounded) + 4.0,
                "m-more",
                &["+", &(t.num)(more as f64)].concat(),
            )
            .attr("role", "img")
            .attr("aria-label", &(t.more_here)(more))
            .child(El::svg("title").text(&(t.more_here)(more))),
        );
    }
    if behind.is_empty() {
        return svg;
    }
    let total = behind.len();
    let list = cx.long_list(
        El::new("ul").class("insight-list"),
        total,
        Box::new(move |cx, insights, i| {
            let p = &insights.matrix[behind[i]];
            let explain = text_el("span", "explain", &placed(cx, p));
            El::new("li").child(cx.step_link(&p.step)).child(explain)
        }),
    );
    let more = El::new("details")
        .class("matrix-more")
        .child(text_el("summary", "", &(t.behind_counts)(total)))
        .child(list);
    El::new("div").child(svg).child(more)
}

/// Where a step sits on the matrix, in words: its importance, feeling and quadrant.
fn placed(cx: &Ctx, p: &MatrixPoint) -> String {
    let t = cx.t;
    format!(
        "{}, {} {}, {}",
        (t.importance)(p.importance),
        t.matrix_axes[2],
        feeling(p.emotion, t),
        (t.quadrant)(p.quadrant)
    )
}
