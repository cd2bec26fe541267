//! A journey told as a story, for presenting it in a meeting: the slides in order (a title,
//! each phase followed by its steps, a closing slide), how far the emotion curve is drawn on
//! each, a phase's summary, the pain points and ideas the closing slide leads with, the
//! presentation's place in the URL and the messages that keep two windows in step.

use rustc_hash::FxHashMap;

use super::insights::critical_steps;
use super::json::Value;
use super::layout::MapLayout;
use super::model::{Journey, OpportunityKind, Step};

/// One slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The journey's title and personas.
    Title,
    /// A phase, by its index in `layout.spans`.
    Phase(usize),
    /// A step, by its column.
    Step(usize),
    /// The top pain points and opportunities.
    Closing,
}

/// Every step on a slide of its own, or only the phases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pace {
    #[default]
    Steps,
    Phases,
}

/// Where a presentation stands: the slide (an index into its deck), the pace, and whether
/// the screen is blanked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    pub slide: usize,
    pub pace: Pace,
    pub blank: bool,
}

/// The slides in story order.
pub fn deck(layout: &MapLayout, pace: Pace) -> Vec<Slide> {
    let mut slides = vec![Slide::Title];
    for (i, span) in layout.spans.iter().enumerate() {
        slides.push(Slide::Phase(i));
        if pace == Pace::Steps {
            slides.extend(span.columns().map(Slide::Step));
        }
    }
    slides.push(Slide::Closing);
    slides
}

/// The last column the curve is drawn to on `slide` (`None`: not started). The curve draws
/// itself as the story goes: up to the step shown, or to the end of the phase when only
/// phases are shown.
pub fn drawn_until(layout: &MapLayout, slide: Slide, pace: Pace) -> Option<usize> {
    match slide {
        Slide::Title => None,
        Slide::Phase(i) => {
            let span = layout.spans.get(i)?;
            match pace {
                Pace::Steps => span.first.checked_sub(1),
                Pace::Phases => Some(span.first + span.len - 1),
            }
        }
        Slide::Step(column) => Some(column),
        Slide::Closing => layout.columns.len().checked_sub(1),
    }
}

/// The slide of the deck at `pace` that stands for `slide`: the same slide, or the phase of
/// a step when only phases are shown.
pub fn same_place(layout: &MapLayout, slide: Slide, pace: Pace) -> usize {
    let wanted = match (slide, pace) {
        (Slide::Step(column), Pace::Phases) => layout
            .spans
            .iter()
            .position(|s| s.columns().contains(&column))
            .map_or(Slide::Title, Slide::Phase),
        _ => slide,
    };
    let slides = deck(layout, pace);
    slides.iter().position(|s| *s == wanted).unwrap_or(0)
}

/// What a phase holds, for its slide: how many steps, the lowest feeling there (and the
/// column of the first step where it is felt) and how many pain points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseSummary {
    pub steps: usize,
    pub lowest: Option<(f64, usize)>,
    pub pains: usize,
}

pub fn phase_summary(journey: &Journey, layout: &MapLayout, span: usize) -> PhaseSummary {
    let Some(span) = layout.spans.get(span) else {
        return PhaseSummary {
            steps: 0,
            lowest: None,
            pains: 0,
        };
    };
    let personas = journey.persona_ids();
    let mut lowest: Option<(f64, usize)> = None;
    let mut pains = 0;
    for column in span.columns() {
        let step = &journey.steps[layout.columns[column].step];
        pains += step.pains.len();
        for persona in &personas {
            if let Some(v) = step.emotion_for(persona, personas[0]) {
                if lowest.is_none_or(|(low, _)| v < low) {
                    lowest = Some((v, column));
                }
            }
        }
    }
    PhaseSummary {
        steps: span.len,
        lowest,
        pains,
    }
}

/// A pain point or an idea on the closing slide, with the column of its step.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub text: String,
    pub column: usize,
}

/// The steps in the order the closing slide speaks of them: the critical ones first (most
/// important, then worst felt, as the insights rank them), then the others in story order.
fn by_urgency(journey: &Journey, layout: &MapLayout) -> Vec<usize> {
    let column_of: FxHashMap<&str, usize> = layout
        .columns
        .iter()
        .enumerate()
        .map(|(column, c)| (journey.steps[c.step].id.as_str(), column))
        .collect();
    // (Loops, with a flag per column: `order.contains` for each column was quadratic, and
    // filtered iterators collected into a `Vec` cost more wasm.)
    let mut taken = vec![false; layout.columns.len()];
    let mut order = Vec::new();
    for c in critical_steps(journey) {
        if let Some(&column) = column_of.get(c.step.as_str()) {
            taken[column] = true;
            order.push(column);
        }
    }
    for (column, taken) in taken.into_iter().enumerate() {
        if !taken {
            order.push(column);
        }
    }
    order
}

/// The first `max` pain points, the most urgent steps' first.
pub fn top_pains(journey: &Journey, layout: &MapLayout, max: usize) -> Vec<Highlight> {
    let mut pains = Vec::new();
    for column in by_urgency(journey, layout) {
        for text in &journey.steps[layout.columns[column].step].pains {
            if pains.len() == max {
                return pains;
            }
            pains.push(Highlight {
                text: text.clone(),
                column,
            });
        }
    }
    pains
}

/// The first `max` ideas, the most urgent steps' first; at each step, those that remove the
/// cause (corrective) before the others.
pub fn top_opportunities(journey: &Journey, layout: &MapLayout, max: usize) -> Vec<Highlight> {
    let mut ideas = Vec::new();
    for column in by_urgency(journey, layout) {
        let step = &journey.steps[layout.columns[column].step];
        for corrective in [true, false] {
            for o in &step.opportunities {
                if (o.kind() == Some(OpportunityKind::Corrective)) != corrective {
                    continue;
                }
                if ideas.len() == max {
                    return ideas;
                }
                ideas.push(Highlight {
                    text: o.text().to_owned(),
                    column,
                });
            }
        }
    }
    ideas
}

/// The speaker's notes of a step: its `notes` field (a string or a list of strings; the
/// format keeps fields it does not define, so a file can carry them for the presenter view).
pub fn notes(step: &Step) -> Vec<&str> {
    match step.extra.get("notes") {
        Some(Value::String(s)) => vec![s.as_ref()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A presenter's timer: `mm:ss`, with hours when it runs that long (`1:02:03`).
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match h {
        0 => format!("{m:02}:{s:02}"),
        h => format!("{h}:{m:02}:{s:02}"),
    }
}

/// The presentation the URL asks for: `present=1`, `slide=` counted from 1 (kept as the
/// deck's index; a number past the end is brought back when the deck is known) and
/// `pace=phases`. Anything else in them is ignored.
pub fn from_params(
    present: Option<&str>,
    slide: Option<&str>,
    pace: Option<&str>,
) -> Option<Presentation> {
    if present != Some("1") {
        return None;
    }
    let slide = slide.and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
    Some(Presentation {
        slide: slide.saturating_sub(1),
        pace: pace_of(pace),
        blank: false,
    })
}

fn pace_of(name: Option<&str>) -> Pace {
    match name {
        Some("phases") => Pace::Phases,
        _ => Pace::Steps,
    }
}

/// The URL parameters of a presentation (`slide` counted from 1), and `None` for those to
/// remove.
pub fn to_params(p: Option<Presentation>) -> [(&'static str, Option<String>); 3] {
    [
        ("present", p.map(|_| "1".to_owned())),
        ("slide", p.map(|p| (p.slide + 1).to_string())),
        (
            "pace",
            p.filter(|p| p.pace == Pace::Phases)
                .map(|_| "phases".to_owned()),
        ),
    ]
}

/// The message a window sends its peers when the presentation moves: `deck 3 phases blank`,
/// or `deck -` when it stops.
pub fn encode(p: Option<Presentation>) -> String {
    match p {
        None => "deck -".to_owned(),
        Some(p) => {
            let pace = match p.pace {
                Pace::Steps => "steps",
                Pace::Phases => "phases",
            };
            let blank = if p.blank { "blank" } else { "shown" };
            format!("deck {} {pace} {blank}", p.slide)
        }
    }
}

/// A peer's message about the presentation: `None` when it is not one; `Some(None)` when
/// the peer stopped presenting.
pub fn decode(message: &str) -> Option<Option<Presentation>> {
    let mut words = message.strip_prefix("deck ")?.split(' ');
    let slide = words.next()?;
    if slide == "-" {
        return Some(None);
    }
    let slide = slide.parse::<usize>().ok()?;
    let pace = pace_of(words.next());
    let blank = words.next() == Some("blank");
    Some(Some(Presentation { slide, pace, blank }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::layout::layout;
    use crate::domain::parse::read_journey;

    fn journey() -> Journey {
        let text = r#"{
          "version": 1, "title": "T",
          "personas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
          "phases": [{"id": "p1", "name": "One"}, {"id": "p2", "name": "Two"}],
          "steps": [
            {"id": "s1", "phase": "p1", "name": "S1", "emotion": {"a": 1, "b": 0},
             "pains": ["slow"], "importance": 2},
            {"id": "s3", "phase": "p2", "name": "S3", "emotion": {"a": -1, "b": -2},
             "pains": ["lost", "angry"], "importance": 5,
             "opportunities": [{"text": "sorry gift", "kind": "curative"},
                               {"text": "fix the form", "kind": "corrective"}]},
            {"id": "s2", "phase": "p1", "name": "S2", "emotion": {"a": -2, "b": 1},
             "opportunities": ["call back"]}
          ]
        }"#;
        read_journey(text).expect("the journey reads").journey
    }

    #[test]
    fn the_deck_tells_each_phase_then_its_steps_between_a_title_and_a_closing() {
        let j = journey();
        let l = layout(&j);
        // Columns: s1, s2 (phase One), s3 (phase Two).
        assert_eq!(
            deck(&l, Pace::Steps),
            vec![
                Slide::Title,
                Slide::Phase(0),
                Slide::Step(0),
                Slide::Step(1),
                Slide::Phase(1),
                Slide::Step(2),
                Slide::Closing
            ]
        );
        assert_eq!(
            deck(&l, Pace::Phases),
            vec![
                Slide::Title,
                Slide::Phase(0),
                Slide::Phase(1),
                Slide::Closing
            ]
        );
        let empty = MapLayout::default();
        assert_eq!(
            deck(&empty, Pace::Steps),
            vec![Slide::Title, Slide::Closing]
        );
    }

    #[test]
    fn the_curve_is_drawn_up_to_the_story_told_so_far() {
        let l = layout(&journey());
        assert_eq!(drawn_until(&l, Slide::Title, Pace::Steps), None);
        assert_eq!(drawn_until(&l, Slide::Phase(0), Pace::Steps), None);
        assert_eq!(drawn_until(&l, Slide::Phase(1), Pace::Steps), Some(1));
        assert_eq!(drawn_until(&l, Slide::Phase(0), Pace::Phases), Some(1));
        assert_eq!(drawn_until(&l, Slide::Phase(1), Pace::Phases), Some(2));
        assert_eq!(drawn_until(&l, Slide::Step(1), Pace::Steps), Some(1));
        assert_eq!(drawn_until(&l, Slide::Closing, Pace::Steps), Some(2));
        let empty = MapLayout::default();
        assert_eq!(drawn_until(&empty, Slide::Closing, Pace::Steps), None);
    }

    #[test]
    fn switching_pace_keeps_the_place_in_the_story() {
        let l = layout(&journey());
        // Step S3 (column 2) is in phase Two, the third slide of the phases deck.
        assert_eq!(same_place(&l, Slide::Step(2), Pace::Phases), 2);
        assert_eq!(same_place(&l, Slide::Phase(1), Pace::Steps), 4);
        assert_eq!(same_place(&l, Slide::Closing, Pace::Phases), 3);
        assert_eq!(same_place(&l, Slide::Title, Pace::Steps), 0);
    }

    #[test]
    fn a_phase_summary_counts_steps_and_pains_and_finds_the_lowest_feeling() {
        let (j, l) = (journey(), layout(&journey()));
        let one = phase_summary(&j, &l, 0);
        assert_eq!(one.steps, 2);
        assert_eq!(one.pains, 1);
        assert_eq!(one.lowest, Some((-2.0, 1)));
        let two = phase_summary(&j, &l, 1);
        assert_eq!((two.steps, two.pains, two.lowest), (1, 2, Some((-2.0, 2))));
        assert_eq!(phase_summary(&j, &l, 9).steps, 0);
    }

    #[test]
    fn the_closing_slide_leads_with_the_most_urgent_steps() {
        let (j, l) = (journey(), layout(&journey()));
        // S3 (importance 5) is critical before S2 (no importance); S1 is not critical.
        let pains: Vec<(String, usize)> = top_pains(&j, &l, 5)
            .into_iter()
            .map(|h| (h.text, h.column))
            .collect();
        assert_eq!(
            pains,
            vec![
                ("lost".to_owned(), 2),
                ("angry".to_owned(), 2),
                ("slow".to_owned(), 0)
            ]
        );
        assert_eq!(top_pains(&j, &l, 1).len(), 1);
        let ideas: Vec<String> = top_opportunities(&j, &l, 5)
            .into_iter()
            .map(|h| h.text)
            .collect();
        assert_eq!(ideas, vec!["fix the form", "sorry gift", "call back"]);
    }

    #[test]
    fn notes_come_from_a_string_or_a_list_of_strings() {
        let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
          "steps": [{"id": "a", "phase": "p", "name": "A", "notes": "Say hi"},
                    {"id": "b", "phase": "p", "name": "B", "notes": ["One", 2, "Three"]},
                    {"id": "c", "phase": "p", "name": "C", "notes": {"x": 1}},
                    {"id": "d", "phase": "p", "name": "D"}]}"#;
        let j = read_journey(text).expect("the journey reads").journey;
        let all: Vec<Vec<&str>> = j.steps.iter().map(notes).collect();
        assert_eq!(
            all,
            vec![vec!["Say hi"], vec!["One", "Three"], vec![], vec![]]
        );
    }

    #[test]
    fn the_timer_reads_minutes_and_seconds_then_hours() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(75), "01:15");
        assert_eq!(clock(3599), "59:59");
        assert_eq!(clock(3723), "1:02:03");
    }

    #[test]
    fn the_url_gives_the_slide_counted_from_one_and_the_pace() {
        assert_eq!(from_params(None, Some("3"), None), None);
        assert_eq!(from_params(Some("0"), None, None), None);
        let p = from_params(Some("1"), Some("3"), Some("phases")).expect("presenting");
        assert_eq!((p.slide, p.pace, p.blank), (2, Pace::Phases, false));
        for junk in ["x", "-1", "", "1e3", "<b>"] {
            let p = from_params(Some("1"), Some(junk), Some(junk)).expect("presenting");
            assert_eq!((p.slide, p.pace), (0, Pace::Steps), "{junk}");
        }
        assert_eq!(
            from_params(Some("1"), Some("0"), None).map(|p| p.slide),
            Some(0)
        );
        let params = to_params(Some(p_at(4, Pace::Phases)));
        assert_eq!(params[0].1.as_deref(), Some("1"));
        assert_eq!(params[1].1.as_deref(), Some("5"));
        assert_eq!(params[2].1.as_deref(), Some("phases"));
        assert_eq!(to_params(Some(p_at(0, Pace::Steps)))[2].1, None);
        assert!(to_params(None).iter().all(|(_, v)| v.is_none()));
    }

    fn p_at(slide: usize, pace: Pace) -> Presentation {
        Presentation {
            slide,
            pace,
            blank: false,
        }
    }

    #[test]
    fn messages_between_windows_round_trip() {
        for p in [
            None,
            Some(p_at(0, Pace::Steps)),
            Some(Presentation {
                slide: 41,
                pace: Pace::Phases,
                blank: true,
            }),
        ] {
            assert_eq!(decode(&encode(p)), Some(p));
        }
        assert_eq!(encode(Some(p_at(2, Pace::Steps))), "deck 2 steps shown");
        for other in ["hello", "deck", "deck x steps", "journey {}", ""] {
            assert_eq!(decode(other), None, "{other}");
        }
    }
}
