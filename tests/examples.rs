//! Every bundled example opens cleanly, round-trips through export, and matches the shared
//! copies the project was given.

use journey_lens::domain::export::{indented, to_json};
use journey_lens::domain::lanes::{resolve_lanes, LaneKind};
use journey_lens::domain::layout::layout;
use journey_lens::domain::read_journey;

fn examples() -> Vec<(String, String)> {
    let dir = format!("{}/public/examples", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "examples missing from {dir}");
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_example_opens_without_problems() {
    for (name, text) in examples() {
        let loaded = read_journey(&text).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        let problems: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
        assert!(problems.is_empty(), "{name}: {problems:?}");
    }
}

#[test]
fn export_then_import_gives_the_same_journey() {
    for (name, text) in examples() {
        let first = read_journey(&text).unwrap().journey;
        let exported = to_json(&first);
        let second = read_journey(&exported).unwrap().journey;
        assert_eq!(first, second, "{name}");
        // The export is the same JSON document as the file, not just the same model.
        let original: serde_json::Value = serde_json::from_str(&text).unwrap();
        let again: serde_json::Value = serde_json::from_str(&exported).unwrap();
        assert_eq!(original, again, "{name}");
        let indented: serde_json::Value = serde_json::from_str(&indented(&exported)).unwrap();
        assert_eq!(original, indented, "{name}");
    }
}

#[test]
fn bundled_examples_match_the_shared_ones() {
    let shared = format!("{}/../shared/examples", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&shared) else {
        // A clean clone outside the workspace has no ../shared; the bundled copies stand alone.
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bundled = format!("{}/public/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        let bundled = std::fs::read_to_string(&bundled)
            .unwrap_or_else(|_| panic!("{name} is not bundled: run `make sync-examples`"));
        assert_eq!(
            bundled,
            std::fs::read_to_string(&path).unwrap(),
            "{name} differs: run `make sync-examples`"
        );
    }
}

#[test]
fn the_b2b_example_has_the_lanes_and_columns_the_data_says() {
    let text = std::fs::read_to_string(format!(
        "{}/public/examples/b2b-software.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let j = read_journey(&text).unwrap().journey;
    let lanes = resolve_lanes(&j);
    let shown: Vec<String> = lanes
        .iter()
        .filter(|l| l.shown_at_first)
        .map(|l| l.title_en())
        .collect();
    assert_eq!(
        shown,
        [
            "User actions",
            "Touchpoints",
            "Channels",
            "Owner",
            "User thoughts",
            "Emotion",
            "Pain points",
            "Opportunities",
            "Metrics",
            "Backstage"
        ]
    );
    let map = layout(&j);
    assert_eq!(map.columns.len(), 12);
    let spans: Vec<(usize, usize)> = map.spans.iter().map(|s| (s.first, s.len)).collect();
    assert_eq!(spans, [(0, 2), (2, 3), (5, 2), (7, 2), (9, 3)]);
    assert_eq!(lanes[0].kind, LaneKind::Actions);
}

#[test]
fn the_minimal_example_shows_only_lanes_with_data() {
    let text = std::fs::read_to_string(format!(
        "{}/public/examples/minimal.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let j = read_journey(&text).unwrap().journey;
    let shown: Vec<String> = resolve_lanes(&j)
        .iter()
        .filter(|l| l.shown_at_first)
        .map(|l| l.id.clone())
        .collect();
    assert_eq!(shown, ["actions", "emotion"]);
}
