//! One slide of a presentation, drawn with the DOM builder: the title (journey, personas),
//! a phase (its goal, summary and steps), a step (its lanes as a card beside the emotion
//! curve drawn up to it, its point emphasised) and the closing slide (the top pain points
//! and ideas). Sizes are in `em` of the slide, which `style/present.css` sets from the size
//! of the frame it is shown in: the same slide fills a projector and a preview.

use super::dom::{text_el, translate, El};
use super::emotion_lane::{scale_lines, SCALE};
use super::i18n::Texts;
use super::lane_cell::content;
use crate::domain::curve::{path, point_position, signed, Band, Feeling};
use crate::domain::decimal::decimal;
use crate::domain::lanes::{Lane, LaneKind};
use crate::domain::map_model::{MapModel, PersonaCurve};
use crate::domain::story::{
    drawn_until, phase_summary, top_opportunities, top_pains, Highlight, Pace, Slide,
};
use crate::domain::Journey;

/// What every slide is drawn from.
pub struct Deck<'a> {
    pub journey: &'a Journey,
    pub model: &'a MapModel,
    /// The lanes shown on the map (a step's card shows those).
    pub lanes: Vec<&'a Lane>,
    /// Personas whose curves are hidden on the map stay hidden.
    pub hidden: &'a crate::domain::id_set::OwnedIds,
    pub flags: &'a crate::domain::insights::StepFlags,
    pub pace: Pace,
    pub t: &'static Texts,
}

/// Steps listed on a phase's slide, and highlights on the closing slide, at most.
const LISTED: usize = 8;
const HIGHLIGHTS: usize = 5;

/// The curve's drawing area (SVG units; the slide scales it).
const WIDTH: f64 = 1200.0;
const BAND: Band = Band {
    height: 560.0,
    pad: 40.0,
};
/// Above this many steps in the curve only the current points are marked: the line says
/// the rest.
const MARKED: usize = 60;
/// At most this many steps in a slide's curve, around the step or phase being told.
const FRAMED: usize = 40;

pub fn slide(d: &Deck, slide: Slide) -> El {
    let (kind, el) = match slide {
        Slide::Title => ("title", title(d)),
        Slide::Phase(i) => ("phase", phase(d, i)),
        Slide::Step(column) => ("step", step(d, column)),
        Slide::Closing => ("closing", closing(d)),
    };
    el.attr("data-slide", kind)
}

fn kicker(text: &str) -> El {
    text_el("p", "slide-kicker", text)
}

fn title(d: &Deck) -> El {
    let (j, t) = (d.journey, &d.t.present);
    let personas = d.model.curves.iter().filter_map(|c| {
        let p = j.personas.iter().find(|p| p.id == c.id)?;
        let item = persona_item(c);
        Some(match &p.description {
            Some(text) => item.child(text_el("span", "", text)),
            None => item,
        })
    });
    El::new("section")
        .class("slide slide-title")
        .child(kicker(t.journey))
        .child(text_el("h1", "", d.t.title_of(&j.title)))
        .maybe(
            j.description
                .as_deref()
                .map(|s| text_el("p", "slide-lead", s)),
        )
        .child(
            El::new("ul")
                .class("slide-personas")
                .children(personas.collect()),
        )
        .child(text_el(
            "p",
            "slide-meta",
            // (The journey's phases: a phase without steps was not counted, and a journey
            // being started said "0 phases".)
            &(t.counts)(j.phases.len(), d.model.layout.columns.len()),
        ))
}

fn phase(d: &Deck, i: usize) -> El {
    let (j, layout, t) = (d.journey, &d.model.layout, &d.t.present);
    let span = layout.spans[i];
    let phase = &j.phases[span.phase];
    let summary = phase_summary(j, layout, i);
    let mut facts = (t.phase_summary)(summary.steps, summary.pains);
    if let Some((value, column)) = summary.lowest {
        let step = &j.steps[layout.columns[column].step];
        facts = [
            facts.as_str(),
            &(t.lowest_at)(&(d.t.signed)(value), &step.name),
        ]
        .join(" · ");
    }
    let names: Vec<El> = span
        .columns()
        .take(LISTED)
        .map(|c| text_el("li", "", &j.steps[layout.columns[c].step].name))
        .collect();
    let more = span.len.saturating_sub(LISTED);
    let text = El::new("div")
        .class("slide-text")
        .maybe(
            phase
                .goal
                .as_deref()
                .map(|g| text_el("p", "slide-lead", &[t.goal, ": ", g].concat())),
        )
        .maybe(phase.description.as_deref().map(|s| text_el("p", "", s)))
        .child(text_el("p", "slide-facts", &facts))
        // (Numbered as on the map and the step slides: "Step 3 of 12".)
        .child(
            El::new("ol")
                .class("slide-steps")
                .attr("start", &(span.first + 1).to_string())
                .children(names),
        )
        .maybe((more > 0).then(|| text_el("p", "slide-more", &(t.more)(more))));
    let until = drawn_until(layout, Slide::Phase(i), d.pace);
    // Step by step, the phase's part of the curve is still to be told: shown faint, ahead.
    let ahead = drawn_until(layout, Slide::Phase(i), Pace::Phases);
    let chart = El::new("div")
        .class("slide-side")
        .child(curve(d, until, ahead, None, Some(i)))
        .child(legend(d));
    El::new("section")
        .class("slide slide-phase")
        .attr("data-phase-id", &phase.id)
        .child(kicker(&(t.phase_of)(i + 1, layout.spans.len())))
        .child(text_el("h2", "", &phase.name))
        .child(El::new("div").class("slide-body").child(text).child(chart))
}

/// A persona's line and marker, and name.
fn persona_item(c: &PersonaCurve) -> El {
    El::new("li")
        .attr("data-persona-id", &c.id)
        .child(super::emotion_lane::persona_swatch(
            c,
            60.0,
            "var(--surface)",
        ))
        .child(text_el("strong", "", &c.name))
}

/// Which line is whose, under a phase's curve: each persona shown. A journey that names no
/// persona has one line, and no legend (as on the map).
fn legend(d: &Deck) -> El {
    let items = (d.model.curves.iter())
        .filter(|c| !c.name.is_empty() && !d.hidden.contains(c.id.as_str()))
        .map(persona_item);
    El::new("ul")
        .class("slide-legend")
        .children(items.collect())
}

fn step(d: &Deck, column: usize) -> El {
    let (j, model, t) = (d.journey, d.model, d.t);
    let c = model.layout.columns[column];
    let step = &j.steps[c.step];
    let kicker_text = [
        j.phases[c.phase].name.as_str(),
        &(t.step_of)(column + 1, model.layout.columns.len()),
    ]
    .join(" · ");
    let flags = d.flags.get(c.step).map(|flags| {
        let items = flags
            .iter()
            // (style/present.css sizes them.)
            .map(|f| super::step_details::mark_chip("li", f.kind, t));
        El::new("ul").class("slide-flags").children(items.collect())
    });
    let lanes = d.lanes.iter().filter_map(|lane| {
        let content = content(model, lane, step, t)?;
        Some(
            El::new("section")
                .attr("data-lane-id", &lane.id)
                .child(text_el("h3", "", &lane.title_with(t.lane_title)))
                .child(content),
        )
    });
    let lanes: Vec<El> = lanes.collect();
    let nothing = (lanes.is_empty() && step.description.is_none())
        .then(|| text_el("p", "slide-more", d.t.present.none));
    let card = El::new("div")
        .class("slide-card")
        .maybe(
            step.description
                .as_deref()
                .map(|s| text_el("p", "slide-lead", s)),
        )
        .children(lanes)
        .maybe(nothing);
    let side = El::new("div")
        .class("slide-side")
        .child(curve(
            d,
            Some(column),
            None,
            Some(column),
            model.layout.spans.iter().position(|s| s.phase == c.phase),
        ))
        .maybe(super::step_details::feelings(model, column, t))
        // Why the step is marked, for its three most urgent marks (more do not fit beside
        // the curve at a projector's type size): what the chips above stand for.
        .maybe(d.flags.get(c.step).map(|flags| {
            super::step_details::reasons(&flags[..flags.len().min(3)], "slide-why", false, t)
        }));
    El::new("section")
        .class("slide slide-step")
        .attr("data-step-id", &step.id)
        .child(kicker(&kicker_text))
        .child(text_el("h2", "", &step.name))
        .maybe(flags)
        .child(El::new("div").class("slide-body").child(card).child(side))
}

fn closing(d: &Deck) -> El {
    let (j, layout, t) = (d.journey, &d.model.layout, &d.t.present);
    let list = |title: &str, items: Vec<Highlight>, class: &str| {
        let items: Vec<El> = items
            .iter()
            .map(|h| {
                let step = &j.steps[layout.columns[h.column].step];
                El::new("li")
                    .attr("data-step-id", &step.id)
                    .text(&h.text)
                    .child(text_el("span", "slide-where", &step.name))
            })
            .collect();
        let body = match items.is_empty() {
            true => text_el("p", "", t.none),
            false => El::new("ol").children(items),
        };
        El::new("section")
            .class(class)
            .child(text_el("h3", "", title))
            .child(body)
    };
    El::new("section")
        .class("slide slide-closing")
        .child(kicker(d.t.title_of(&j.title)))
        .child(text_el("h2", "", t.closing))
        .child(
            El::new("div")
                .class("slide-body")
                .child(list(
                    t.top_pains,
                    top_pains(j, layout, HIGHLIGHTS),
                    "slide-pains",
                ))
                .child(list(
                    t.top_ideas,
                    top_opportunities(j, layout, HIGHLIGHTS),
                    "slide-ideas",
                )),
        )
}

/// The emotion curve across the journey (on a long one, the columns around the step at
/// `current` or the span `phase`: see `curve::frame`), drawn up to column `until` (the story
/// so far; faint up to column `ahead`, what is still to be told): the phases as bands (the
/// span `phase` emphasised), the scale, each persona's line, its points, and its point at
/// `current` emphasised.
fn curve(
    d: &Deck,
    until: Option<usize>,
    ahead: Option<usize>,
    current: Option<usize>,
    phase: Option<usize>,
) -> El {
    let layout = &d.model.layout;
    let focus = match (current, phase.map(|i| layout.spans[i])) {
        (Some(c), _) => c..c + 1,
        (None, Some(s)) => s.columns(),
        (None, None) => 0..0,
    };
    let all = crate::domain::curve::frame(layout.columns.len(), focus, FRAMED);
    let n = all.len().max(1);
    let column_width = WIDTH / n as f64;
    let x = |column: usize| decimal(column as f64 * column_width, 1);
    let height = decimal(BAND.height, 0);
    // The phases' columns inside the frame, each with its index.
    let spans = || {
        (layout.spans.iter().enumerate()).filter_map(|(i, s)| {
            let (first, end) = (s.first.max(all.start), (s.first + s.len).min(all.end));
            (first < end).then_some((i, first - all.start, end - first))
        })
    };
    let bands = spans().map(|(i, first, len)| {
        let shown = phase == Some(i);
        El::svg("rect")
            .class(if shown { "band current" } else { "band" })
            .attr("x", &x(first))
            .attr("width", &x(len))
            .attr("height", &height)
    });
    let mut parts: Vec<El> = bands.chain(scale_lines(WIDTH, &BAND)).collect();
    // The current points' values so far: a persona's point at the value of one before it is
    // drawn larger, round it, rather than hide it.
    let mut now_at: Vec<f64> = Vec::new();
    for c in d
        .model
        .curves
        .iter()
        .filter(|c| !d.hidden.contains(c.id.as_str()))
    {
        let count = |last: Option<usize>| {
            last.map_or(0, |last| c.points.partition_point(|p| p.column <= last))
        };
        let told = count(until);
        let line = |end: usize, class: &str| {
            let (points, tangents) = (&c.points[..end], &c.tangents[..end]);
            El::svg("path")
                .class(class)
                .attr("d", &path(points, tangents, &all, column_width, &BAND))
                .attr("stroke", c.style.colour)
                .attr("stroke-dasharray", c.style.wide_dash)
        };
        let ahead = count(ahead);
        if ahead > told {
            parts.push(line(ahead, "curve-line ahead"));
        }
        parts.push(line(told, "curve-line"));
        // (The points still to be told are marked faint too: a phase of one step at the
        // start had an empty chart, a line of one point being no line.)
        let marks = (c.points[..told.max(ahead)].iter().enumerate())
            .filter(|(_, p)| all.contains(&p.column))
            .filter(|(_, p)| n <= MARKED || Some(p.column) == current)
            .map(|(i, &p)| {
                let now = Some(p.column) == current;
                let mut size = 9.0;
                if now {
                    size = 20.0 + 10.0 * now_at.iter().filter(|v| **v == p.value).count() as f64;
                    now_at.push(p.value);
                }
                let (px, py) = point_position(p, all.start, column_width, &BAND);
                let step = &d.journey.steps[layout.columns[p.column].step];
                El::svg("path")
                    .class(match (now, i < told) {
                        (true, _) => "point current",
                        (_, true) => "point",
                        _ => "point ahead",
                    })
                    .attr("data-step-id", &step.id)
                    .attr("data-persona-id", &c.id)
                    .attr("data-feeling", Feeling::of(p.value).as_str())
                    .attr("transform", &translate(px, py))
                    .attr("d", &c.style.marker.path(size))
                    .attr("stroke", c.style.colour)
                    // The current point in its persona's colour (CSS lightens the fill, so
                    // that two personas at one value both show).
                    .attr("fill", c.style.colour)
            });
        parts.extend(marks);
    }
    let svg = El::svg("svg")
        .class("slide-curve")
        .attr(
            "viewBox",
            &["0 0 ", &decimal(WIDTH, 0), " ", &height].concat(),
        )
        .children(parts);
    // The scale beside the curve and the phases' names under their bands, as HTML so that
    // they keep the slide's type size whatever the curve is scaled to.
    let percent = |share: f64| [decimal(share * 100.0, 2).as_str(), "%"].concat();
    let scale = SCALE
        .iter()
        .map(|v| text_el("span", "", &signed(*v)).style("top", &percent(BAND.y(*v) / BAND.height)));
    let names = spans().map(|(i, _, len)| {
        let shown = phase == Some(i);
        // Only the phase being told is named: names cut to fit each band read as noise.
        let name = if shown {
            d.journey.phases[layout.spans[i].phase].name.as_str()
        } else {
            ""
        };
        text_el("li", if shown { "current" } else { "" }, name).style("flex-grow", &len.to_string())
    });
    El::new("div")
        .class("slide-chart")
        .attr("aria-hidden", "true")
        .child(
            El::new("div")
                .class("slide-plot")
                .child(
                    El::new("div")
                        .class("slide-scale")
                        .children(scale.collect()),
                )
                .child(svg),
        )
        .child(
            El::new("ol")
                .class("slide-phase-names")
                .children(names.collect()),
        )
}

/// The lanes a step's card shows: those shown on the map, but for the step's name (its
/// title) and the curve (beside the card).
pub fn card_lanes<'a>(
    model: &'a MapModel,
    choice: &crate::domain::pairs::Pairs<bool>,
) -> Vec<&'a Lane> {
    let mut lanes = Vec::new();
    for l in &model.lanes {
        let other = !matches!(l.kind, LaneKind::Actions | LaneKind::Emotion);
        if other && *choice.get(&l.id).unwrap_or(&l.shown_at_first) {
            lanes.push(l);
        }
    }
    lanes
}
