//! A step's maps (metrics, feelings per persona, custom lanes) as the reader builds them:
//! in the file's order, the last value of a repeated key winning (at its place), and the ids
//! the checks leave out gone (with their problems).

use journey_lens::domain::model::{Emotion, OneOrMany};
use journey_lens::domain::read_journey;

#[test]
fn repeated_keys_keep_their_last_value_and_keys_their_file_order() {
    let loaded = read_journey(
        r#"{"version": 1, "title": "T",
        "personas": [{"id": "b", "name": "B"}, {"id": "a", "name": "A"}],
        "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "s", "phase": "p", "name": "S",
          "metrics": {"nps": 10, "csat": 1, "csat": 4},
          "emotion": {"b": 1, "a": -1, "b": 2},
          "custom": {"risk": "low", "legal": ["x"], "risk": "high"}}]}"#,
    )
    .unwrap();
    let step = &loaded.journey.steps[0];
    let metrics: Vec<(&str, f64)> = step.metrics.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(metrics, [("nps", 10.0), ("csat", 4.0)]);
    let Some(Emotion::PerPersona(feelings)) = &step.emotion else {
        panic!("feelings per persona");
    };
    let feelings: Vec<(&str, f64)> = feelings.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(feelings, [("a", -1.0), ("b", 2.0)]);
    let custom: Vec<&str> = step.custom.keys().map(String::as_str).collect();
    assert_eq!(custom, ["legal", "risk"]);
    assert_eq!(
        step.custom.get("risk"),
        Some(&OneOrMany::One("high".into()))
    );
}

#[test]
fn unknown_personas_and_built_in_lanes_leave_the_maps_with_a_problem_each() {
    let loaded = read_journey(
        r#"{"version": 1, "title": "T", "personas": [{"id": "ana", "name": "Ana"}],
        "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "s", "phase": "p", "name": "S",
          "emotion": {"zed": 1, "ana": -2, "bob": 0},
          "custom": {"pains": "x", "risk": "high", "thoughts": ["y"]}}]}"#,
    )
    .unwrap();
    let step = &loaded.journey.steps[0];
    let Some(Emotion::PerPersona(feelings)) = &step.emotion else {
        panic!("feelings per persona");
    };
    assert_eq!(feelings.keys().collect::<Vec<_>>(), ["ana"]);
    assert_eq!(step.custom.keys().collect::<Vec<_>>(), ["risk"]);
    let at: Vec<&str> = loaded.problems.iter().map(|p| p.at.as_str()).collect();
    for path in [
        "steps[0].emotion.zed",
        "steps[0].emotion.bob",
        "steps[0].custom.pains",
        "steps[0].custom.thoughts",
    ] {
        assert!(at.contains(&path), "{path} in {at:?}");
    }
    assert_eq!(loaded.problems.len(), 4, "{at:?}");
}

#[test]
fn metrics_the_app_does_not_know_are_listed_as_the_file_first_uses_them() {
    // (Well-known ids first; the rest were listed alphabetically.)
    let loaded = read_journey(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "a", "phase": "p", "name": "A", "metrics": {"zzz": 7, "aaa": 1, "csat": 4, "mmm": 2}}]}"#,
    )
    .unwrap();
    let model = journey_lens::domain::map_model::MapModel::new(&loaded.journey);
    let ids: Vec<String> = model
        .readings(&loaded.journey.steps[0])
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, ["csat", "zzz", "aaa", "mmm"]);
}
