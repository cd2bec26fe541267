//! Exploring a map: text search over every step's text (folding case and accents is the
//! browser's: Unicode's case tables would cost the wasm 10 KB), the channel and owner filters, the
//! gap between personas' feelings, and the CSS selectors that mark steps on the page.

use std::ops::Range;

use super::curve::SeriesPoint;
use super::layout::{MapLayout, PhaseSpan};
use super::map_model::{MapModel, PersonaCurve};
use super::model::{Journey, Step};

/// Every piece of text a step shows, joined with line breaks: what a search looks through.
pub fn step_text(journey: &Journey, step: &Step) -> String {
    let mut parts: Vec<&str> = vec![&step.name];
    parts.extend(step.description.as_deref());
    parts.extend(step.touchpoints.iter().map(String::as_str));
    parts.extend(step.thoughts.iter().map(String::as_str));
    parts.extend(step.pains.iter().map(String::as_str));
    parts.extend(step.opportunities.iter().map(|o| o.text()));
    parts.extend(step.backstage.iter().map(String::as_str));
    for (_, values) in &step.custom {
        parts.extend(values.as_slice().iter().map(String::as_str));
    }
    parts.extend(step.links.iter().map(|l| l.label.as_str()));
    let tag_name = |tags: &[super::model::Tag], id: &str| {
        tags.iter()
            .find(|t| t.id == id)
            .map_or(id.to_owned(), |t| t.name.clone())
    };
    let mut names: Vec<String> = step
        .channels
        .as_slice()
        .iter()
        .map(|id| tag_name(&journey.channels, id))
        .collect();
    names.extend(step.owner.iter().map(|id| tag_name(&journey.owners, id)));
    let mut text = parts.join("\n");
    for name in names {
        text.push('\n');
        text.push_str(&name);
    }
    text
}

/// Separates the steps' texts in `search_text`: no text a file holds contains it.
pub const SEPARATOR: char = '\u{0}';

/// The text of every step in map order, with what `also` adds to it (the names of its
/// marks, as the map shows them; it is given the step's index in the journey), separated
/// by `SEPARATOR`: folded once (by the caller's `fold`, which must keep the separator) and
/// searched at each keystroke.
pub fn search_text(
    journey: &Journey,
    layout: &MapLayout,
    also: impl Fn(usize, &mut String),
) -> String {
    let texts: Vec<String> = layout
        .columns
        .iter()
        .map(|c| {
            let step = &journey.steps[c.step];
            let mut text = step_text(journey, step);
            also(c.step, &mut text);
            text.replace(SEPARATOR, " ")
        })
        .collect();
    super::text::join(&texts, &SEPARATOR.to_string())
}

/// The columns whose folded text (`folded`, from `search_text`) contains the folded
/// `query`. An empty or blank query finds nothing.
pub fn search(folded: &str, query: &str) -> Vec<usize> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    // (Loops here: filtered iterators collected into a `Vec` cost more wasm.)
    let mut found = Vec::new();
    for (column, text) in folded.split(SEPARATOR).enumerate() {
        if text.contains(query) {
            found.push(column);
        }
    }
    found
}

/// Whether a step passes the channel and owner filters (`None`: no filter).
pub fn passes(step: &Step, channel: Option<&str>, owner: Option<&str>) -> bool {
    let channel_ok = channel.is_none_or(|c| step.channels.as_slice().iter().any(|s| s == c));
    let owner_ok = owner.is_none_or(|o| step.owner.as_deref() == Some(o));
    channel_ok && owner_ok
}

/// The columns whose step passes the channel and owner filters, in map order.
pub fn kept(
    journey: &Journey,
    layout: &MapLayout,
    channel: Option<&str>,
    owner: Option<&str>,
) -> Vec<usize> {
    let mut kept = Vec::new();
    for (c, column) in layout.columns.iter().enumerate() {
        if passes(&journey.steps[column.step], channel, owner) {
            kept.push(c);
        }
    }
    kept
}

/// What the summary of a collapsed phase says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseSummary {
    pub steps: usize,
    /// The lowest feeling in the phase, and the index of the persona's curve that has it
    /// (the first such persona).
    pub lowest: Option<(f64, usize)>,
    /// How many pain points its steps list.
    pub pains: usize,
}

/// The lowest of a curve's feelings at the columns `columns`.
pub fn lowest_in(curve: &PersonaCurve, columns: Range<usize>) -> Option<f64> {
    let from = curve.points.partition_point(|p| p.column < columns.start);
    let to = curve.points.partition_point(|p| p.column < columns.end);
    curve.points[from..to]
        .iter()
        .map(|p| p.value)
        .reduce(f64::min)
}

/// The summary of the phase over `span`, a span of the whole map's layout in `model`.
pub fn phase_summary(journey: &Journey, model: &MapModel, span: &PhaseSpan) -> PhaseSummary {
    let columns = span.columns();
    let mut lowest: Option<(f64, usize)> = None;
    for (i, curve) in model.curves.iter().enumerate() {
        let low = lowest_in(curve, columns.clone());
        if let Some(low) = low.filter(|v| lowest.is_none_or(|(best, _)| *v < best)) {
            lowest = Some((low, i));
        }
    }
    let pains = model.layout.columns[columns.clone()]
        .iter()
        .map(|c| journey.steps[c.step].pains.len())
        .sum();
    PhaseSummary {
        steps: span.len,
        lowest,
        pains,
    }
}

/// How far apart the personas' feelings are at one column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub column: usize,
    pub low: f64,
    pub high: f64,
}

impl Gap {
    pub fn size(&self) -> f64 {
        self.high - self.low
    }
}

/// The gap at every column where at least two of the `curves` have a feeling.
pub fn gaps(curves: &[&PersonaCurve], columns: usize) -> Vec<Gap> {
    let mut range: Vec<Option<(f64, f64, usize)>> = vec![None; columns];
    for curve in curves {
        for p in &curve.points {
            let Some(slot) = range.get_mut(p.column) else {
                continue;
            };
            *slot = Some(match *slot {
                None => (p.value, p.value, 1),
                Some((low, high, n)) => (low.min(p.value), high.max(p.value), n + 1),
            });
        }
    }
    let mut gaps = Vec::new();
    for (column, r) in range.into_iter().enumerate() {
        if let Some((low, high, 2..)) = r {
            gaps.push(Gap { column, low, high });
        }
    }
    gaps
}

/// The widest gap, when the personas differ anywhere. Of equal gaps (to a billionth: 0.2
/// and −0.5 − (−0.7) are equal), the one where a persona feels worst (then the first): a gap
/// hurts most where someone is unhappy.
pub fn widest(gaps: &[Gap]) -> Option<Gap> {
    gaps.iter()
        .copied()
        .filter(|g| g.size() > 0.0)
        .fold(None, |best: Option<Gap>, g| match best {
            Some(b) if b.size() - g.size() > 1e-9 => Some(b),
            Some(b) if b.size() - g.size() > -1e-9 && b.low <= g.low => Some(b),
            _ => Some(g),
        })
}

/// A persona's lowest and highest points (the first of equals), for the curve's summary.
pub fn extremes(curve: &PersonaCurve) -> Option<(SeriesPoint, SeriesPoint)> {
    let first = *curve.points.first()?;
    Some(curve.points.iter().fold((first, first), |(low, high), &p| {
        (
            if p.value < low.value { p } else { low },
            if p.value > high.value { p } else { high },
        )
    }))
}

/// A CSS selector matching the elements of the given steps (`[data-step-id="…"]`, joined
/// by commas); empty for no steps. Ids are quoted, so any text is safe in it.
pub fn step_selector<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for id in ids {
        if !out.is_empty() {
            out.push(',');
        }
        push_attribute(&mut out, "data-step-id", id);
    }
    out
}

/// A CSS selector matching elements whose attribute `name` is `value` (any text).
pub fn attribute_selector(name: &str, value: &str) -> String {
    let mut out = String::new();
    push_attribute(&mut out, name, value);
    out
}

/// Appends `[name="value"]`, the value quoted as a CSS string.
fn push_attribute(out: &mut String, name: &str, value: &str) {
    out.push('[');
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // Any other control character as a CSS hex escape.
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\"]");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::layout::{layout, MapLayout};
    use crate::domain::read_journey;

    fn journey(steps: &str) -> Journey {
        let text = format!(
            r#"{{"version":1,"title":"T","personas":[{{"id":"a","name":"A"}},{{"id":"b","name":"B"}}],
            "phases":[{{"id":"p","name":"P"}}],
            "channels":[{{"id":"web","name":"Website"}}],
            "owners":[{{"id":"sup","name":"Support"}}],
            "steps":[{steps}]}}"#
        );
        read_journey(&text).expect("a journey").journey
    }

    /// Folding as the browser does it for the app (lower case, Latin accents off).
    fn fold(text: &str) -> String {
        text.to_lowercase()
            .chars()
            .map(|c| match c {
                'á' | 'à' => 'a',
                'é' | 'è' => 'e',
                'í' => 'i',
                'ó' => 'o',
                'ñ' => 'n',
                c => c,
            })
            .collect()
    }

    fn find(j: &Journey, l: &MapLayout, query: &str) -> Vec<usize> {
        search(&fold(&search_text(j, l, |_, _| ())), &fold(query))
    }

    #[test]
    fn search_looks_through_every_text_and_tag_name() {
        let j = journey(
            r#"{"id":"s1","phase":"p","name":"Sign up","pains":["Form too long"]},
               {"id":"s2","phase":"p","name":"Call","channel":"web","thoughts":["¿Dónde está?"]},
               {"id":"s3","phase":"p","name":"Wait","owner":"sup","links":[{"label":"Ticket 42","url":"https://x.org"}],
                "opportunities":[{"text":"Callback"}],"custom":{"notes":"Quiet hours"}}"#,
        );
        let l = layout(&j);
        assert_eq!(find(&j, &l, "form"), vec![0]);
        assert_eq!(find(&j, &l, "DONDE"), vec![1]);
        assert_eq!(
            find(&j, &l, "website"),
            vec![1],
            "channel names are searched"
        );
        assert_eq!(find(&j, &l, "support"), vec![2], "owner names are searched");
        assert_eq!(find(&j, &l, "ticket 42"), vec![2]);
        assert_eq!(find(&j, &l, "call"), vec![1, 2]);
        assert_eq!(find(&j, &l, "quiet"), vec![2]);
        assert!(find(&j, &l, "  ").is_empty());
        assert!(find(&j, &l, "nowhere").is_empty());
        // What the caller adds for a step (its marks' names) is searched as its text.
        let marked = search_text(&j, &l, |step, text| {
            if j.steps[step].id == "s2" {
                text.push_str("\nHandoff");
            }
        });
        assert_eq!(search(&fold(&marked), "handoff"), vec![1]);
    }

    #[test]
    fn filters_by_channel_and_owner() {
        let j = journey(
            r#"{"id":"s1","phase":"p","name":"A","channel":["web","phone"],"owner":"sup"},
               {"id":"s2","phase":"p","name":"B","channel":"phone"},
               {"id":"s3","phase":"p","name":"C","owner":"sup"}"#,
        );
        let l = layout(&j);
        assert_eq!(kept(&j, &l, None, None), vec![0, 1, 2]);
        assert_eq!(kept(&j, &l, Some("phone"), None), vec![0, 1]);
        assert_eq!(kept(&j, &l, None, Some("sup")), vec![0, 2]);
        assert_eq!(kept(&j, &l, Some("phone"), Some("sup")), vec![0]);
        assert!(kept(&j, &l, Some("store"), None).is_empty());
    }

    fn curve(id: &str, points: &[(usize, f64)]) -> PersonaCurve {
        PersonaCurve {
            id: id.into(),
            name: id.into(),
            style: crate::domain::palette::persona_style(0),
            points: points
                .iter()
                .map(|&(column, value)| SeriesPoint { column, value })
                .collect(),
            tangents: vec![0.0; points.len()],
        }
    }

    #[test]
    fn gaps_need_two_personas_and_the_widest_is_the_first_of_equals() {
        let a = curve("a", &[(0, 1.0), (1, -2.0), (2, 0.5), (3, 1.0)]);
        let b = curve("b", &[(0, 1.0), (1, 1.0), (3, -2.0)]);
        let g = gaps(&[&a, &b], 4);
        assert_eq!(
            g,
            vec![
                Gap {
                    column: 0,
                    low: 1.0,
                    high: 1.0
                },
                Gap {
                    column: 1,
                    low: -2.0,
                    high: 1.0
                },
                Gap {
                    column: 3,
                    low: -2.0,
                    high: 1.0
                },
            ]
        );
        assert_eq!(widest(&g).map(|g| g.column), Some(1));
        assert!(gaps(&[&a], 4).is_empty(), "one persona has no gap");
        let same = gaps(&[&a, &a], 4);
        assert_eq!(
            widest(&same),
            None,
            "personas that agree have no widest gap"
        );
    }

    #[test]
    fn of_equal_gaps_the_widest_is_where_a_persona_feels_worst() {
        let a = curve("a", &[(0, 1.0), (1, -1.0), (2, -2.0), (3, 0.0)]);
        let b = curve("b", &[(0, 2.0), (1, 0.0), (2, -1.0), (3, 1.0)]);
        let g = gaps(&[&a, &b], 4);
        assert_eq!(widest(&g).map(|g| g.column), Some(2));
        let c = curve("c", &[(0, 1.0), (1, -1.0), (2, -2.0), (3, -2.0)]);
        let d = curve("d", &[(0, 2.0), (1, 0.0), (2, -1.0), (3, -1.0)]);
        let g = gaps(&[&c, &d], 4);
        assert_eq!(widest(&g).map(|g| g.column), Some(2), "then the first");
        // Equal as the map shows them, not as floating point subtracts them (−0.5 − (−0.7)
        // computes to 0.19999999999999996).
        let e = curve("e", &[(0, 0.2), (1, -0.7)]);
        let f = curve("f", &[(0, 0.0), (1, -0.5)]);
        assert_eq!(widest(&gaps(&[&e, &f], 2)).map(|g| g.column), Some(1));
    }

    #[test]
    fn extremes_are_the_first_lowest_and_highest() {
        let a = curve("a", &[(0, 1.0), (1, -2.0), (2, 2.0), (3, -2.0), (4, 2.0)]);
        let (low, high) = extremes(&a).expect("points");
        assert_eq!(
            (low.column, low.value, high.column, high.value),
            (1, -2.0, 2, 2.0)
        );
        assert_eq!(extremes(&curve("b", &[])), None);
    }

    #[test]
    fn selectors_quote_any_id() {
        assert_eq!(step_selector([].into_iter()), "");
        assert_eq!(
            step_selector(["a", "b c"].into_iter()),
            r#"[data-step-id="a"],[data-step-id="b c"]"#
        );
        assert_eq!(
            step_selector([r#"x"]{}\"#, "l\nm"].into_iter()),
            r#"[data-step-id="x\"]{}\\"],[data-step-id="l\a m"]"#
        );
        assert_eq!(
            attribute_selector("data-lane-id", r#"a"b"#),
            r#"[data-lane-id="a\"b"]"#
        );
    }
}
