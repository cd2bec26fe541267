//! Lane order and visibility, column order, phase spans and the visible column window.

use journey_lens::domain::lanes::resolve_lanes;
use journey_lens::domain::layout::{
    column_center, layout, marks_named, spans_in, visible_columns, PhaseSpan,
};
use journey_lens::domain::read_journey;

fn journey(json: &str) -> journey_lens::domain::Journey {
    read_journey(json).unwrap().journey
}

#[test]
fn without_a_lane_list_lanes_follow_the_format_order_and_custom_lanes_come_last() {
    let j = journey(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "a", "phase": "p", "name": "A", "pains": ["x"], "thoughts": ["t"],
                   "custom": {"risk": "high", "legal": ["check"]}},
                  {"id": "b", "phase": "p", "name": "B", "custom": {"zeta": "z"}}]}"#,
    );
    let lanes = resolve_lanes(&j);
    let ids: Vec<&str> = lanes.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "actions",
            "touchpoints",
            "channels",
            "owner",
            "thoughts",
            "emotion",
            "pains",
            "opportunities",
            "metrics",
            "backstage",
            // Custom lanes in the order the file first uses them.
            "risk",
            "legal",
            "zeta"
        ]
    );
    let shown: Vec<&str> = lanes
        .iter()
        .filter(|l| l.shown_at_first)
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(
        shown,
        ["actions", "thoughts", "pains", "risk", "legal", "zeta"]
    );
}

#[test]
fn a_lane_list_sets_order_titles_and_hidden_lanes() {
    let j = journey(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "lanes": [{"id": "pains", "title": "Frictions"}, {"id": "risk", "title": "Risk"},
                  {"id": "thoughts", "hidden": true}, {"id": "actions", "title": "Doing"}],
        "steps": [{"id": "a", "phase": "p", "name": "A", "pains": ["x"], "thoughts": ["t"],
                   "backstage": ["b"], "custom": {"risk": "high", "extra": "e"}}]}"#,
    );
    let lanes = resolve_lanes(&j);
    let view: Vec<(String, bool)> = lanes
        .iter()
        .map(|l| (l.title_en(), l.shown_at_first))
        .collect();
    assert_eq!(
        view[..4],
        [
            ("Doing".into(), true),
            ("Frictions".into(), true),
            ("Risk".into(), true),
            ("User thoughts".into(), false)
        ]
    );
    // Built-in lanes the list leaves out are available but hidden, data or not.
    let backstage = lanes.iter().find(|l| l.id == "backstage").unwrap();
    assert!(backstage.has_data && !backstage.shown_at_first);
    let extra = lanes.iter().find(|l| l.id == "extra").unwrap();
    assert!(extra.has_data && !extra.shown_at_first);
}

#[test]
fn an_empty_lane_list_is_no_list() {
    let steps = r#""phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "a", "phase": "p", "name": "A", "pains": ["x"], "custom": {"risk": "high"}}]"#;
    let shown = |json: String| -> Vec<String> {
        let lanes = resolve_lanes(&journey(&json));
        lanes
            .into_iter()
            .filter(|l| l.shown_at_first)
            .map(|l| l.id)
            .collect()
    };
    let without = shown(format!(r#"{{"version": 1, "title": "T", {steps}}}"#));
    assert_eq!(without, ["actions", "pains", "risk"]);
    let empty = shown(format!(
        r#"{{"version": 1, "title": "T", "lanes": [], {steps}}}"#
    ));
    assert_eq!(empty, without);
}

#[test]
fn columns_group_steps_by_phase_in_file_order() {
    let j = journey(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}, {"id": "r", "name": "R"}],
        "steps": [{"id": "q1", "phase": "q", "name": "x"}, {"id": "p1", "phase": "p", "name": "x"},
                  {"id": "q2", "phase": "q", "name": "x"}, {"id": "p2", "phase": "p", "name": "x"}]}"#,
    );
    let map = layout(&j);
    let order: Vec<&str> = map
        .columns
        .iter()
        .map(|c| j.steps[c.step].id.as_str())
        .collect();
    assert_eq!(order, ["p1", "p2", "q1", "q2"]);
    assert_eq!(
        map.spans,
        [
            PhaseSpan {
                phase: 0,
                first: 0,
                len: 2
            },
            PhaseSpan {
                phase: 1,
                first: 2,
                len: 2
            }
        ]
    );
}

#[test]
fn the_window_covers_the_viewport_plus_overscan() {
    // 200 px columns, a 1000 px viewport of which 180 px are lane titles.
    assert_eq!(visible_columns(0.0, 1000.0, 180.0, 200.0, 100, 0), 0..5);
    assert_eq!(visible_columns(0.0, 1000.0, 180.0, 200.0, 100, 2), 0..7);
    assert_eq!(visible_columns(450.0, 1000.0, 180.0, 200.0, 100, 2), 0..9);
    assert_eq!(
        visible_columns(10_000.0, 1000.0, 180.0, 200.0, 100, 2),
        48..57
    );
    assert_eq!(
        visible_columns(19_500.0, 1000.0, 180.0, 200.0, 100, 2),
        95..100
    );
    assert_eq!(visible_columns(0.0, 1000.0, 180.0, 200.0, 3, 2), 0..3);
    assert_eq!(visible_columns(0.0, 1000.0, 180.0, 200.0, 0, 2), 0..0);
    // A viewport narrower than the titles still shows a column.
    assert_eq!(visible_columns(0.0, 100.0, 180.0, 200.0, 10, 0), 0..1);
}

#[test]
fn every_visible_column_is_inside_the_window() {
    let (w, title, n) = (212.0, 176.0, 1000);
    for scroll in (0..200_000).step_by(997) {
        let scroll = scroll as f64;
        let window = visible_columns(scroll, 1280.0, title, w, n, 0);
        for c in 0..n {
            let left = c as f64 * w - scroll; // column's left edge, relative to the title edge
            let visible = left < 1280.0 - title && left + w > 0.0;
            if visible {
                assert!(
                    window.contains(&c),
                    "scroll {scroll}: column {c} visible but not drawn"
                );
            }
        }
    }
}

#[test]
fn spans_are_clipped_to_the_window() {
    let spans = [
        PhaseSpan {
            phase: 0,
            first: 0,
            len: 5,
        },
        PhaseSpan {
            phase: 1,
            first: 5,
            len: 5,
        },
    ];
    assert_eq!(
        spans_in(&spans, &(3..7)),
        [
            PhaseSpan {
                phase: 0,
                first: 3,
                len: 2
            },
            PhaseSpan {
                phase: 1,
                first: 5,
                len: 2
            }
        ]
    );
    assert_eq!(
        spans_in(&spans, &(6..8)),
        [PhaseSpan {
            phase: 1,
            first: 6,
            len: 2
        }]
    );
}

#[test]
fn column_centres_are_relative_to_the_window_origin() {
    assert_eq!(column_center(0, 0, 200.0), 100.0);
    assert_eq!(column_center(12, 10, 200.0), 500.0);
}

#[test]
fn lane_kinds_name_themselves_by_their_ids() {
    use journey_lens::domain::lanes::{LaneKind, BUILTIN_LANES};
    for id in BUILTIN_LANES {
        assert_eq!(LaneKind::of(id).as_str(), *id);
    }
    assert_eq!(LaneKind::of("journal").as_str(), "custom");
}

#[test]
fn a_header_names_the_first_mark_and_the_next_that_fit_one_line_with_the_others_symbols() {
    // 187 px: a 216 px column less its padding and border.
    let named = |labels: &[&str]| marks_named(labels, 187.0);
    assert_eq!(named(&[]), 0);
    assert_eq!(named(&["Drop"]), 1);
    let two = named(&["Drop", "Fix first"]);
    assert_eq!(two, 2, "two short names share the line");
    // A long first name leaves room for the others' symbols.
    assert_eq!(named(&["Likely break", "Drop", "Fix first"]), 1);
    assert_eq!(named(&["Channel switch", "Several channels"]), 1);
    // The most urgent is named however many follow (their symbols may wrap).
    let five = [
        "Likely break",
        "Lowest point",
        "Fix first",
        "Handoff",
        "Channel switch",
    ];
    assert_eq!(named(&five), 1);
    assert_eq!(
        named(&["A mark with a very long name, longer than the column"]),
        1
    );
    // A name that fits alone, but not with the symbols after it, is not given.
    assert_eq!(named(&["Drop", "Drop", "Drop", "Drop"]), 2);
    assert_eq!(named(&["Drop", "Drop", "Drop"]), 3);
    // Wider columns name more.
    assert_eq!(
        marks_named(&["Likely break", "Drop", "Fix first"], 400.0),
        3
    );
}
