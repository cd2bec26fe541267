//! The exact text of every message a journey file can produce, and what the reader keeps.
//! A message is part of the interface: people act on it, so each one is asserted verbatim.

use journey_lens::domain::model::Emotion;
use journey_lens::domain::pairs::pairs_of;
use journey_lens::domain::problem::{Effect, Severity, KEPT};
use journey_lens::domain::{read_journey, Problem};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(Problem::to_string).collect()
}

/// Reads a journey that must open and returns its problems as text.
fn opened_with(text: &str) -> Vec<String> {
    match read_journey(text) {
        Ok(loaded) => messages(&loaded.problems),
        Err(problems) => panic!("expected the file to open, got {:?}", messages(&problems)),
    }
}

/// Reads a journey that must be refused and returns its problems as text.
fn refused_with(text: &str) -> Vec<String> {
    match read_journey(text) {
        Ok(_) => panic!("expected the file to be refused"),
        Err(problems) => {
            assert!(
                problems.iter().any(Problem::is_fatal),
                "no fatal problem in {problems:?}"
            );
            messages(&problems)
        }
    }
}

/// A journey with phases `p` (and `q` when a step names it) and the given steps.
fn with_steps(steps: &str) -> String {
    let phases = if steps.contains(r#""phase": "q""#) {
        r#"[{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}]"#
    } else {
        r#"[{"id": "p", "name": "P"}]"#
    };
    format!(
        r#"{{"version": 1, "title": "T", "personas": [{{"id": "ana", "name": "Ana"}}],
        "channels": [{{"id": "web", "name": "Web"}}], "owners": [{{"id": "sales", "name": "Sales"}}],
        "phases": {phases}, "steps": [{steps}]}}"#
    )
}

#[test]
fn the_wrong_values_fixture_reports_each_problem_by_path() {
    let loaded = read_journey(&fixture("wrong-values.json")).expect("opens");
    assert_eq!(
        messages(&loaded.problems),
        [
            "steps[1].emotion: expected a number from -2 to 2, or an object of persona id to such a number, found \"happy\"",
            "steps[1].importance: expected a number from 1 to 5, found 9",
            "steps[2].emotion.bob: unknown persona \"bob\"; expected one of \"ana\"",
            "steps[3].emotion: expected a number from -2 to 2, found 7",
            "steps[3].links[0].url: expected an http(s) or mailto URL, found \"javascript:alert(1)\"",
            "steps[4].phase: unknown phase \"gamma\"; expected one of \"a\", \"b\"",
            "steps[5].id: duplicate step id \"one\", already used by steps[0]",
        ]
    );
    let j = &loaded.journey;
    let ids: Vec<&str> = j.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["one", "two", "three", "four"]);
    assert_eq!(j.steps[1].emotion, None);
    assert_eq!(j.steps[1].importance, None);
    assert_eq!(
        j.steps[2].emotion,
        Some(Emotion::PerPersona(pairs_of(
            [("ana".into(), -1.0)].into_iter()
        )))
    );
    assert_eq!(j.steps[3].links.len(), 1);
    assert_eq!(j.steps[3].links[0].url, "https://example.com/t/1");
}

#[test]
fn problems_say_what_happened() {
    let loaded = read_journey(&fixture("wrong-values.json")).unwrap();
    let effects: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.effect.to_string())
        .collect();
    assert_eq!(
        effects,
        [
            "this value is ignored",
            "this value is ignored",
            "this value is ignored",
            "this value is ignored",
            "this link is left out",
            "this step is left out",
            "this step is left out",
        ]
    );
    assert!(loaded
        .problems
        .iter()
        .all(|p| p.severity == Severity::Error));
    assert_eq!(loaded.problems[5].step_index(), Some(4));
}

#[test]
fn html_and_binary_files_are_named_for_what_they_are() {
    assert_eq!(
        refused_with("<!doctype html>\n<html></html>"),
        ["1:1: invalid JSON: this is HTML or XML, not a JSON journey file"]
    );
    assert_eq!(
        refused_with("\u{fffd}PNG\r\n\u{1a}\n\0\0"),
        ["1:1: invalid JSON: this is not a text file; a journey is a JSON text file"]
    );
}

#[test]
fn a_syntax_error_names_line_and_column_and_is_fatal() {
    assert_eq!(
        refused_with(&fixture("syntax-error.json")),
        ["3:30: invalid JSON: expected ',' or '}'"]
    );
}

#[test]
fn files_that_are_not_journeys_are_refused() {
    assert_eq!(
        refused_with(&fixture("not-a-journey.json")),
        ["1:1: expected a journey object, found an array"]
    );
    // The place is where the value starts, after a byte order mark and spaces.
    assert_eq!(
        refused_with("\u{feff}\n\n   \"hello\""),
        ["3:4: expected a journey object, found \"hello\""]
    );
    assert_eq!(
        refused_with(&fixture("no-phases.json")),
        ["phases: missing; expected an array of at least one phase"]
    );
    assert_eq!(
        refused_with(r#"{"version": 1, "title": "x", "phases": [], "steps": []}"#),
        ["phases: expected an array of at least one phase, found an empty array"]
    );
    assert_eq!(
        refused_with(r#"{"version": 1, "title": "x", "phases": [{"id": "p", "name": "P"}]}"#),
        ["steps: missing; expected an array of steps"]
    );
    assert_eq!(
        refused_with(r#"{"version": 1, "title": "x", "phases": [{"id": "p"}], "steps": {}}"#),
        [
            "phases[0].name: missing; expected a string",
            "steps: expected an array of steps, found an object",
        ]
    );
    assert_eq!(
        refused_with(r#"{"version": 1, "title": "x", "phases": [{"id": "p"}], "steps": []}"#),
        [
            "phases[0].name: missing; expected a string",
            "phases: no usable phase; expected at least one phase with an id and a name",
        ]
    );
}

#[test]
fn version_and_title_problems_do_not_stop_the_load() {
    // JSON Schema's integer: any number without a fraction, however written.
    for version in ["1.0", "1e0", "10E-1"] {
        let text = format!(
            r#"{{"version": {version}, "title": "T", "phases": [{{"id": "p", "name": "P"}}], "steps": []}}"#
        );
        assert_eq!(opened_with(&text), Vec::<String>::new(), "{version}");
    }
    let base = r#""phases": [{"id": "p", "name": "P"}], "steps": []"#;
    assert_eq!(
        opened_with(&format!("{{{base}}}")),
        [
            "version: missing; expected a whole number from 1",
            "title: missing; expected a string",
        ]
    );
    assert_eq!(
        opened_with(&format!(r#"{{"version": "1", "title": 5, {base}}}"#)),
        [
            "version: expected a whole number from 1, found \"1\"",
            "title: expected a string, found 5",
        ]
    );
    for (version, found) in [("1.5", "1.5"), ("0", "0"), ("-1", "-1"), ("1e300", "1e300")] {
        assert_eq!(
            opened_with(&format!(
                r#"{{"version": {version}, "title": "T", {base}}}"#
            )),
            [format!(
                "version: expected a whole number from 1, found {found}"
            )]
        );
    }
    let loaded = read_journey(&format!("{{{base}}}")).unwrap();
    assert_eq!(loaded.journey.title, "Untitled journey");
    assert_eq!(
        loaded.problems[1].effect.to_string(),
        "\"Untitled journey\" is used instead"
    );
}

#[test]
fn a_future_version_is_a_warning_and_unknown_fields_survive() {
    let loaded = read_journey(&fixture("future-version.json")).unwrap();
    assert_eq!(
        messages(&loaded.problems),
        ["version: this file is format version 3; this app reads version 1, so newer fields may be ignored"]
    );
    assert_eq!(loaded.problems[0].severity, Severity::Warning);
    assert_eq!(
        loaded.journey.steps[0].extra.get("hologram"),
        Some(&journey_lens::domain::syntax::parse_json(r#"{"x": 1}"#).unwrap())
    );
}

#[test]
fn step_field_types_are_checked() {
    let text = with_steps(
        r#"{"id": "a", "phase": "p", "name": "A", "touchpoints": ["ok", 3], "thoughts": 4,
            "channel": ["web", 2], "owner": false, "pains": {"x": 1}, "backstage": "one line",
            "metrics": {"csat": "high", "ces": 2}, "custom": {"risk": 5, "notes": ["n"]},
            "importance": "high", "description": ["d"]},
           {"name": "No id", "phase": "p"},
           {"id": "c", "phase": "p"},
           7"#,
    );
    assert_eq!(
        opened_with(&text),
        [
            "steps[0].description: expected a string, found an array",
            "steps[0].touchpoints[1]: expected a string, found 3",
            "steps[0].channel[1]: expected a string, found 2",
            "steps[0].owner: expected a string, found false",
            "steps[0].thoughts: expected an array of strings, found 4",
            "steps[0].importance: expected a number from 1 to 5, found \"high\"",
            "steps[0].pains: expected an array of strings, found an object",
            "steps[0].metrics.csat: expected a number, found \"high\"",
            "steps[0].backstage: expected an array of strings, found \"one line\"",
            "steps[0].custom.risk: expected a string or an array of strings, found 5",
            "steps[1].id: missing; expected a string",
            "steps[2].name: missing; expected a string",
            "steps[3]: expected a step object, found 7",
        ]
    );
    let loaded = read_journey(&text).unwrap();
    let s = &loaded.journey.steps[0];
    assert_eq!(s.touchpoints, ["ok"]);
    assert_eq!(s.backstage, ["one line"]);
    assert_eq!(s.metrics.get("ces"), Some(&2.0));
    assert_eq!(s.custom.iter().len(), 1);
    assert_eq!(loaded.journey.steps.len(), 1);
}

#[test]
fn references_to_unknown_things_are_reported() {
    let text = with_steps(
        r#"{"id": "a", "phase": "p", "name": "A", "channel": "fax", "owner": "legal",
            "metrics": {"mood": 3, "csat": 9, "nps": -20},
            "opportunities": [{"text": "x", "owner": "hr", "kind": "cosmetic"}, 5, {"kind": "curative"}],
            "custom": {"pains": "no"}}"#,
    );
    assert_eq!(
        opened_with(&text),
        [
            "steps[0].opportunities[0].kind: expected one of \"corrective\", \"curative\", found \"cosmetic\"",
            "steps[0].opportunities[1]: expected a string or an opportunity object, found 5",
            "steps[0].opportunities[2].text: missing; expected a string",
            "steps[0].channel: unknown channel \"fax\"; expected one of \"web\"",
            "steps[0].owner: unknown owner \"legal\"; expected one of \"sales\"",
            "steps[0].opportunities[0].owner: unknown owner \"hr\"; expected one of \"sales\"",
            // (In the file's order.)
            "steps[0].metrics.mood: unknown metric \"mood\"; the file defines no metrics",
            "steps[0].metrics.csat: value 9 is outside the metric's scale 1 to 5",
            "steps[0].custom.pains: \"pains\" is a built-in lane; put its content in the step's own field",
        ]
    );
    // What is not in the file's lists is kept as written, and the warnings say so.
    let kept: Vec<String> = read_journey(&text)
        .unwrap()
        .problems
        .iter()
        .filter(|p| p.to_string().contains(": unknown "))
        .map(|p| format!("{} — {}", p.at, p.effect))
        .collect();
    assert_eq!(
        kept,
        [
            "steps[0].channel — it is shown as written",
            "steps[0].owner — it is shown as written",
            "steps[0].opportunities[0].owner — it is shown as written",
            "steps[0].metrics.mood — it is shown as written",
        ]
    );
}

#[test]
fn duplicates_and_definitions_are_checked() {
    let text = r##"{"version": 1, "title": "T",
        "personas": [{"id": "a", "name": "A"}, {"id": "a", "name": "A again"}, {"name": "no id"}],
        "phases": [{"id": "p", "name": "P"}, {"id": "p", "name": "P again"}],
        "channels": [{"id": "web", "color": "blue"}, {"id": "web"}],
        "owners": [{"id": "o", "name": "O", "color": "#12345g"}],
        "metrics": [{"id": "m", "min": 5, "max": 1}, {"id": "n", "higher_is_better": "yes"}],
        "lanes": [{"id": "pains", "hidden": "no"}, {"title": "x"}],
        "meta": [1],
        "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": {"a": 0}}]}"##;
    assert_eq!(
        opened_with(text),
        [
            "personas[1].id: duplicate persona id \"a\", already used by personas[0]",
            "personas[2].id: missing; expected a string",
            "phases[1].id: duplicate phase id \"p\", already used by phases[0]",
            "channels[0].color: expected a hex colour such as \"#2f6fde\", found \"blue\"",
            "channels[1].id: duplicate channel id \"web\", already used by channels[0]",
            "owners[0].color: expected a hex colour such as \"#2f6fde\", found \"#12345g\"",
            "lanes[0].hidden: expected true or false, found \"no\"",
            "lanes[1].id: missing; expected a string",
            "metrics[0]: min 5 must be less than max 1",
            "metrics[1].higher_is_better: expected true or false, found \"yes\"",
            "meta: expected an object, found an array",
        ]
    );
}

#[test]
fn a_key_written_twice_in_an_object_is_told_where_its_second_is() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
 "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": -2,
            "emotion": 1, "meta": {"a": 1, "b": {"a": 2}}}],
 "title": "T2"}"#;
    assert_eq!(
        opened_with(text),
        [
            "3:13: \"emotion\" is already a key of this object; only this last value is used",
            "4:2: \"title\" is already a key of this object; only this last value is used",
        ]
    );
    let journey = read_journey(text).unwrap().journey;
    assert_eq!(journey.title, "T2");
    assert_eq!(journey.steps[0].emotion, Some(Emotion::Single(1.0)));
    // A refused file says so too: the repeat may be why.
    let refused = refused_with(r#"{"phases": [], "phases": 1, "steps": []}"#);
    assert_eq!(
        refused[0],
        "1:16: \"phases\" is already a key of this object; only this last value is used"
    );
}

#[test]
fn blank_required_strings_are_told_and_kept_or_replaced() {
    let text = r#"{"version": 1, "title": "  ", "personas": [{"id": "a", "name": "\t"}],
        "phases": [{"id": "p", "name": ""}],
        "steps": [{"id": "s", "phase": "p", "name": " ", "opportunities": [{"text": ""}]},
                  {"id": " ", "phase": "p", "name": ""}]}"#;
    assert_eq!(
        opened_with(text),
        [
            "title: expected a string that is not empty, found \"  \"",
            "personas[0].name: expected a string that is not empty, found \"\\t\"",
            "phases[0].name: expected a string that is not empty, found \"\"",
            "steps[0].name: expected a string that is not empty, found \" \"",
            "steps[0].opportunities[0].text: expected a string that is not empty, found \"\"",
            "steps[1].id: expected a string that is not empty, found \" \"",
            "steps[1].name: expected a string that is not empty, found \"\"",
        ]
    );
    let loaded = read_journey(text).unwrap();
    assert_eq!(loaded.journey.title, "Untitled journey");
    let effects: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.effect.to_string())
        .collect();
    assert_eq!(
        effects,
        [
            "\"Untitled journey\" is used instead",
            "\"a\" is used instead",
            "\"p\" is used instead",
            "\"s\" is used instead",
            "",
            "",
            "",
        ]
    );
    // A blank name: the id stands in for it (a blank id too: the name stays blank).
    assert_eq!(loaded.journey.personas[0].name, "a");
    assert_eq!(loaded.journey.phases[0].name, "p");
    assert_eq!(loaded.journey.steps[0].name, "s");
    assert_eq!(loaded.journey.steps[1].name, "");
    assert!(loaded
        .problems
        .iter()
        .all(|p| p.severity == Severity::Warning));
}

#[test]
fn strings_of_invisible_characters_are_blank_and_shown_escaped() {
    // A zero-width space, a byte-order mark, a right-to-left mark, a word joiner.
    let text =
        "{\"version\": 1, \"title\": \"\u{200b}\", \"phases\": [{\"id\": \"p\", \"name\": \"P\"}],
        \"steps\": [{\"id\": \"s\", \"phase\": \"p\", \"name\": \" \u{feff}\u{200f}\",
                   \"pains\": [\"\u{2060}\", \"Slow\"]}]}";
    assert_eq!(
        opened_with(text),
        [
            "title: expected a string that is not empty, found \"\\u200b\"",
            "steps[0].name: expected a string that is not empty, found \" \\ufeff\\u200f\"",
            "steps[0].pains[0]: expected a string that is not empty, found \"\\u2060\"",
        ]
    );
    let loaded = read_journey(text).unwrap();
    assert_eq!(loaded.journey.title, "Untitled journey");
    assert_eq!(loaded.journey.steps[0].pains, ["Slow"]);
}

#[test]
fn a_lone_string_where_the_format_says_an_array_is_kept_as_a_list_of_one_and_told() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "personas": [{"id": "a", "name": "A", "goals": "Save time"}],
        "steps": [{"id": "s", "phase": "p", "name": "S", "pains": "Long wait",
                   "touchpoints": ["Phone"], "channel": "phone", "custom": {"notes": "One"}}]}"#;
    // `channel` and custom lanes may be a string; the lists of strings may not.
    assert_eq!(
        opened_with(text),
        [
            "personas[0].goals: expected an array of strings, found \"Save time\"",
            "steps[0].pains: expected an array of strings, found \"Long wait\"",
        ]
    );
    let loaded = read_journey(text).unwrap();
    assert_eq!(loaded.journey.steps[0].pains, ["Long wait"]);
    assert_eq!(loaded.journey.personas[0].goals, ["Save time"]);
    for problem in loaded.problems.iter() {
        assert_eq!(problem.severity, Severity::Warning);
        assert_eq!(problem.effect.to_string(), "it is shown as written");
    }
}

#[test]
fn a_lone_idea_is_a_list_of_one_and_blank_items_are_left_out() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "s", "phase": "p", "name": "S", "opportunities": "Autofill",
                   "pains": "", "thoughts": ["  ", "Fine"], "custom": {"notes": ""}},
                  {"id": "t", "phase": "p", "name": "T", "opportunities": ["", "Call back"],
                   "channel": ["web", " "]}]}"#;
    assert_eq!(
        opened_with(text),
        [
            "steps[0].thoughts[0]: expected a string that is not empty, found \"  \"",
            "steps[0].pains: expected a string that is not empty, found \"\"",
            "steps[0].opportunities: expected an array of opportunities, found \"Autofill\"",
            "steps[0].custom.notes: expected a string that is not empty, found \"\"",
            "steps[1].channel[1]: expected a string that is not empty, found \" \"",
            "steps[1].opportunities[0]: expected a string that is not empty, found \"\"",
        ]
    );
    let loaded = read_journey(text).unwrap();
    let (s, t) = (&loaded.journey.steps[0], &loaded.journey.steps[1]);
    assert!(s.pains.is_empty());
    assert_eq!(s.thoughts, ["Fine"]);
    assert_eq!(s.opportunities.len(), 1);
    assert_eq!(t.opportunities.len(), 1);
    let effects: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.effect.to_string())
        .collect();
    assert_eq!(effects[2], "it is shown as written");
    assert_eq!(effects[1], "this value is ignored");
    assert!(loaded
        .problems
        .iter()
        .all(|p| p.severity == Severity::Warning));
}

#[test]
fn a_value_just_past_a_bound_is_told_with_the_digits_that_set_it_apart() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "metrics": [{"id": "share", "min": 0, "max": 0.3}],
        "steps": [{"id": "s", "phase": "p", "name": "S",
                   "metrics": {"share": 0.30000000000000004}},
                  {"id": "t", "phase": "p", "name": "T", "metrics": {"share": 0.3000004}}]}"#;
    assert_eq!(
        opened_with(text),
        [
            "steps[0].metrics.share: value 0.30000000000000004 is outside the metric's scale 0 to 0.3",
            "steps[1].metrics.share: value 0.3000004 is outside the metric's scale 0 to 0.3",
        ]
    );
}

#[test]
fn a_number_past_the_largest_double_is_told_as_written_and_ignored() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "s", "phase": "p", "name": "S", "metrics": {"nps": 1e309},
                   "emotion": -1E400, "importance": 2e308}]}"#;
    assert_eq!(
        opened_with(text),
        [
            "steps[0].emotion: expected a number from -2 to 2, found -1E400",
            "steps[0].importance: expected a number from 1 to 5, found 2e308",
            "steps[0].metrics.nps: expected a number, found 1e309",
        ]
    );
    let step = &read_journey(text).unwrap().journey.steps[0];
    assert!(step.metrics.is_empty() && step.emotion.is_none());
}

#[test]
fn steps_out_of_phase_order_are_shown_with_their_phase() {
    let text = with_steps(
        r#"{"id": "a", "phase": "q", "name": "A"}, {"id": "b", "phase": "p", "name": "B"}"#,
    );
    assert_eq!(
        opened_with(&text),
        ["steps[1].phase: this step of phase \"p\" comes after steps of a later phase; it is shown with its phase"]
    );
}

#[test]
fn emotion_without_personas_belongs_to_the_default_persona() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
        "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": {"default": 1, "ana": 2}}]}"#;
    assert_eq!(
        opened_with(text),
        ["steps[0].emotion.ana: unknown persona \"ana\"; the file defines no personas"]
    );
}

#[test]
fn long_and_odd_values_are_shortened_and_escaped_in_messages() {
    let text = with_steps(
        r#"{"id": "a", "phase": "p", "name": "A", "links": [{"url": "javascript:void(0)//aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}],
            "metrics": {"a b": "x\"y"}}"#,
    );
    assert_eq!(
        opened_with(&text),
        [
            "steps[0].metrics[\"a b\"]: expected a number, found \"x\\\"y\"",
            "steps[0].links[0].url: expected an http(s) or mailto URL, found \"javascript:void(0)//aaaaaaaaaaaaaaaaaaaa…\"",
        ]
    );
}

#[test]
fn only_fatal_problems_stop_a_load() {
    let loaded = read_journey(&fixture("wrong-values.json")).unwrap();
    assert!(loaded.problems.iter().all(|p| !p.is_fatal()));
    assert!(loaded
        .problems
        .iter()
        .all(|p| p.effect != Effect::NotOpened));
}

#[test]
fn a_file_with_millions_of_problems_keeps_the_first_ten_thousand_and_counts_the_rest() {
    // One step whose list of pains holds 5,000 numbers: an error for each.
    let pains = vec!["1"; 50_000].join(",");
    let text = with_steps(&format!(
        r#"{{"id": "a", "phase": "p", "name": "A", "pains": [{pains}]}}"#
    ));
    let problems = read_journey(&text).unwrap().problems;
    assert_eq!(problems.count(), 50_000);
    assert_eq!(problems.list.len(), KEPT);
    assert_eq!(
        problems[KEPT - 1].to_string(),
        "steps[0].pains[9999]: expected a string, found 1"
    );
    assert!(problems.errors);
    // What stops a file from opening is kept however many problems came before it.
    let refused = read_journey(&format!(
        r#"{{"version": 1, "title": "T", "personas": [{}], "phases": [], "steps": []}}"#,
        vec!["1"; 20_000].join(",")
    ))
    .unwrap_err();
    assert_eq!(refused.count(), 20_001);
    assert!(refused.iter().any(Problem::is_fatal));
}

#[test]
fn an_unknown_reference_names_a_few_of_many_known_ids() {
    // 20,000 channels, and a step naming an unknown one 20,000 times: each message once held a
    // copy of all 20,000 ids (four hundred million strings, more than the page's memory).
    let channels: Vec<String> = (0..20_000)
        .map(|i| format!(r#"{{"id": "c{i}"}}"#))
        .collect();
    let named = vec![r#""z""#; 20_000].join(",");
    let text = format!(
        r#"{{"version": 1, "title": "T", "channels": [{}], "phases": [{{"id": "p", "name": "P"}}],
        "steps": [{{"id": "s", "phase": "p", "name": "S", "channel": [{named}]}}]}}"#,
        channels.join(",")
    );
    let problems = read_journey(&text).unwrap().problems;
    assert_eq!(problems.count(), 20_000);
    assert_eq!(
        problems[0].to_string(),
        "steps[0].channel[0]: unknown channel \"z\"; expected one of \"c0\", \"c1\", \"c2\", \
         \"c3\", \"c4\", \"c5\", \"c6\", \"c7\", …"
    );
    assert!(!problems.errors);
}

#[test]
fn an_object_of_100000_keys_is_read_and_written_back_with_each_key_once() {
    // A big object's keys are looked up in a set: compared one by one, 100,000 of them took
    // 16 s to read and 30 s to write back.
    let keys: Vec<String> = (0..100_000).map(|i| format!(r#""k{i}": {i}"#)).collect();
    let keys = keys.join(", ");
    let text = format!(
        r#"{{"version": 1, "title": "T", "phases": [{{"id": "p", "name": "P"}}],
"steps": [{{"id": "s", "phase": "p", "name": "S", {keys}, "k7": "again",
"x": {{{keys}, "k99999": "last", "k3": "again"}}}}]}}"#
    );
    let column = |needle: &str| {
        let at = text.find(needle).unwrap();
        let line_start = text[..at].rfind('\n').unwrap() + 1;
        at - line_start + 1
    };
    assert_eq!(
        opened_with(&text),
        [
            format!(
                "2:{}: \"k7\" is already a key of this object; only this last value is used",
                column(r#""k7": "again""#)
            ),
            format!(
                "3:{}: \"k99999\" is already a key of this object; only this last value is used",
                column(r#""k99999": "last""#)
            ),
            format!(
                "3:{}: \"k3\" is already a key of this object; only this last value is used",
                column(r#""k3": "again""#)
            ),
        ]
    );
    // Written back: each key once, in its first place, with its last value.
    let journey = read_journey(&text).unwrap().journey;
    let exported = journey_lens::domain::export::to_json(&journey);
    let again: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let step = again["steps"][0].as_object().unwrap();
    assert_eq!(step.len(), 3 + 100_000 + 1);
    assert_eq!(step["k7"], "again");
    assert_eq!(step["k8"], 8);
    let x = step["x"].as_object().unwrap();
    assert_eq!(x.len(), 100_000);
    assert_eq!(
        (x["k3"].clone(), x["k4"].clone()),
        ("again".into(), 4.into())
    );
    assert_eq!(x["k99999"], "last");
    assert!(exported.contains(r#""x":{"k0":0,"k1":1,"k2":2,"k3":"again","k4":4,"#));
    assert!(exported.contains(r#""k6":6,"k7":"again","k8":8,"#));
}

#[test]
fn steps_left_out_are_told_among_the_first_problems_when_each_step_has_two() {
    // Each step's wrong feeling is found first, its unknown phase (which leaves it out) after
    // every step's values have been read: with only the first thousand problems kept, none
    // of those was listed, and the map was empty without a word why.
    let steps: Vec<String> = (0..5000)
        .map(|i| format!(r#"{{"id": "s{i}", "phase": "zz", "name": "S", "emotion": "bad"}}"#))
        .collect();
    let text = format!(
        r#"{{"version": 1, "title": "T", "phases": [{{"id": "p", "name": "P"}}], "steps": [{}]}}"#,
        steps.join(",")
    );
    let problems = read_journey(&text).unwrap().problems;
    assert_eq!(
        messages(&problems[..3]),
        [
            "steps[0].emotion: expected a number from -2 to 2, or an object of persona id to such a number, found \"bad\"",
            "steps[0].phase: unknown phase \"zz\"; expected one of \"p\"",
            "steps[1].emotion: expected a number from -2 to 2, or an object of persona id to such a number, found \"bad\"",
        ]
    );
}

#[test]
fn repeated_keys_past_the_first_twenty_are_counted_and_left_unlisted() {
    // Each repeat told is placed by a pass over the text, so the first twenty are told and
    // the others counted: the alert's heading gives the file's count, and "and N more".
    let repeats: String = (0..45)
        .map(|i| format!(r#", "k{i}": 1, "k{i}": 2"#))
        .collect();
    let text = format!(
        r#"{{"version": 1, "title": "T"{repeats}, "phases": [{{"id": "p", "name": "P"}}],
"steps": [{{"id": "s", "phase": "p", "name": "S", "emotion": 9}}]}}"#
    );
    let problems = read_journey(&text).unwrap().problems;
    assert_eq!(problems.count(), 46);
    assert_eq!(problems.len(), 21);
    let told = messages(&problems);
    assert!(told[19].contains("\"k19\" is already a key of this object"));
    assert_eq!(
        told[20],
        "steps[0].emotion: expected a number from -2 to 2, found 9"
    );
    // The refused file's are counted too.
    let refused = text.replace(r#""phases""#, r#""phases": 1, "x""#);
    let problems = read_journey(&refused).unwrap_err();
    assert_eq!(problems.len() + problems.unlisted, problems.count());
    assert_eq!(problems.unlisted, 25);
}

#[test]
fn a_key_that_looks_like_a_missing_field_is_told_as_a_likely_misspelling() {
    // Unknown fields are kept, never an error; but a misspelt one was ignored without a
    // word, its value with it ("emtion": the curve went straight through the step).
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P", "Goal": "G"}],
"steps": [
  {"id": "a", "phase": "p", "name": "A", "emtion": -2, "channels": ["web"], "notes": "kept"},
  {"id": "b", "phase": "p", "name": "B", "emotion": 1, "emotions": 2, "x-source": "crm"},
  {"id": "c", "phase": "p", "name": "C", "importnace": 4, "links": [{"url": "https://a.example", "lable": "A"}]}
]}"#;
    assert_eq!(
        opened_with(text),
        [
            "phases[0].Goal: unknown field, kept but not read; did you mean \"goal\"?",
            "steps[0].emtion: unknown field, kept but not read; did you mean \"emotion\"?",
            "steps[0].channels: unknown field, kept but not read; did you mean \"channel\"?",
            "steps[2].links[0].lable: unknown field, kept but not read; did you mean \"label\"?",
            "steps[2].importnace: unknown field, kept but not read; did you mean \"importance\"?",
        ]
    );
    // Kept as written, for export.
    let journey = read_journey(text).unwrap().journey;
    assert!(journey.steps[0].extra.get("emtion").is_some());
    // At the top level too, beside what its absence does.
    let refused = refused_with(
        r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}], "stpes": []}"#,
    );
    assert_eq!(
        refused,
        [
            "steps: missing; expected an array of steps",
            "stpes: unknown field, kept but not read; did you mean \"steps\"?",
        ]
    );
}

#[test]
fn a_problem_in_a_step_on_the_map_names_that_step() {
    // Paths count from 0 and the map from 1, and a step left out shifts the rest: the
    // problem carries the id of the step it is in, when that step is shown.
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "a", "name": "A"}],
      "steps": [
        {"id": "s0", "phase": "a", "name": "Zero"},
        {"id": "s0", "phase": "a", "name": "Again"},
        {"id": "s2", "phase": "nowhere", "name": "Lost"},
        {"id": "s3", "phase": "a", "name": "Three", "emotion": 9, "pains": [{"text": 1}]}
      ]}"#;
    let loaded = read_journey(text).unwrap();
    let places: Vec<(&str, Option<&str>)> = (loaded.problems.iter())
        .map(|p| {
            (
                p.at.as_str(),
                p.step(&loaded.journey).map(|s| s.id.as_str()),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            ("steps[1].id", None),
            ("steps[2].phase", None),
            ("steps[3].emotion", Some("s3")),
            ("steps[3].pains[0]", Some("s3")),
        ]
    );
    // A problem outside the steps names none.
    let loaded = read_journey(r#"{"version": 1, "title": 5, "phases": [{"id": "a", "name": "A"}], "steps": [{"id": "s", "phase": "a", "name": "S"}]}"#).unwrap();
    assert_eq!(loaded.problems[0].at, "title");
    assert!(loaded.problems[0].step(&loaded.journey).is_none());
}
