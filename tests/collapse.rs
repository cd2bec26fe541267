//! Collapsing phases: the map as drawn (one summary column per collapsed phase), what the
//! summary says, and the curve passing the summary by.

use journey_lens::domain::explore::PhaseSummary;
use journey_lens::domain::layout::{collapse, layout};
use journey_lens::domain::map_model::MapModel;
use journey_lens::domain::read_journey;

fn journey() -> journey_lens::domain::Journey {
    read_journey(
        r#"{"version": 1, "title": "T",
        "personas": [{"id": "ana", "name": "Ana"}, {"id": "luis", "name": "Luis"}],
        "phases": [{"id": "find", "name": "Find"}, {"id": "buy", "name": "Buy"},
                   {"id": "use", "name": "Use"}, {"id": "none", "name": "Empty"}],
        "steps": [
          {"id": "a", "phase": "find", "name": "A", "emotion": {"ana": 1, "luis": 0}},
          {"id": "b", "phase": "buy", "name": "B", "emotion": {"ana": -1, "luis": -2}, "pains": ["x", "y"]},
          {"id": "c", "phase": "buy", "name": "C", "emotion": {"ana": -2, "luis": 1}, "pains": ["z"]},
          {"id": "d", "phase": "buy", "name": "D"},
          {"id": "e", "phase": "use", "name": "E", "emotion": {"ana": 2}},
          {"id": "f", "phase": "find", "name": "F", "emotion": {"ana": 0}}
        ]}"#,
    )
    .unwrap()
    .journey
}

#[test]
fn a_collapsed_phase_is_one_summary_column_and_steps_keep_their_numbers() {
    let j = journey();
    let full = layout(&j);
    // Map order: a, f (find), b, c, d (buy), e (use).
    let drawn = collapse(&full, &|phase| j.phases[phase].id == "buy");
    let view: Vec<(&str, usize, bool)> = drawn
        .columns
        .iter()
        .map(|c| (j.steps[c.step].id.as_str(), c.number, c.summary))
        .collect();
    assert_eq!(
        view,
        [
            ("a", 0, false),
            ("f", 1, false),
            ("b", 2, true),
            ("e", 5, false)
        ]
    );
    let spans: Vec<(usize, usize, usize)> = drawn
        .spans
        .iter()
        .map(|s| (s.phase, s.first, s.len))
        .collect();
    assert_eq!(spans, [(0, 0, 2), (1, 2, 1), (2, 3, 1)]);
    // Where the whole map's columns are drawn.
    assert_eq!(drawn.column_of_number(5), Some(3));
    assert_eq!(drawn.column_of_number(1), Some(1));
    assert_eq!(drawn.column_of_number(2), None, "collapsed");
    assert_eq!(drawn.column_of_number(3), None, "collapsed");
    assert_eq!(drawn.column_of_number(9), None);
    // Nothing collapsed: the same layout.
    assert_eq!(collapse(&full, &|_| false), full);
}

#[test]
fn every_phase_collapsed_leaves_one_column_per_phase_with_steps() {
    let j = journey();
    let drawn = collapse(&layout(&j), &|_| true);
    assert_eq!(drawn.columns.len(), 3);
    assert!(drawn.columns.iter().all(|c| c.summary));
}

#[test]
fn the_summary_counts_steps_and_pains_and_finds_the_lowest_feeling() {
    let j = journey();
    let full = MapModel::new(&j);
    let buy = j.phases.iter().position(|p| p.id == "buy").unwrap();
    let drawn = full.collapsed(&j, &|phase| phase == buy);
    assert_eq!(
        drawn.summary(buy),
        // Ana at c (−2) and Luis at b (−2) tie: the first persona's curve is named.
        Some(&PhaseSummary {
            steps: 3,
            lowest: Some((-2.0, 0)),
            pains: 3
        })
    );
    assert_eq!(drawn.summaries.len(), 1);
    // At the summary's column each curve passes through the phase's lowest feeling for its
    // persona; the steps after it moved left.
    let points = |curve: usize| -> Vec<(usize, f64)> {
        drawn.curves[curve]
            .points
            .iter()
            .map(|p| (p.column, p.value))
            .collect()
    };
    assert_eq!(points(0), [(0, 1.0), (1, 0.0), (2, -2.0), (3, 2.0)]);
    assert_eq!(drawn.curves[0].tangents.len(), 4);
    assert_eq!(points(1), [(0, 0.0), (2, -2.0)], "Luis: a, and b's −2");
    // The whole map's model is untouched.
    assert_eq!(full.layout.columns.len(), 6);
    assert!(full.summaries.is_empty());
}

#[test]
fn a_phase_without_feelings_has_no_lowest_point() {
    let j = read_journey(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "a", "phase": "p", "name": "A"}]}"#,
    )
    .unwrap()
    .journey;
    let drawn = MapModel::new(&j).collapsed(&j, &|_| true);
    assert_eq!(
        drawn.summary(0),
        Some(&PhaseSummary {
            steps: 1,
            lowest: None,
            pains: 0
        })
    );
}
