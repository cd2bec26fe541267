//! Insights: weakest links, handoffs and channel switches, the priority matrix, metrics,
//! ownership, the opportunity board and the summary, on small journeys and the B2B example.

use journey_lens::domain::insights::{
    channel_mixes, critical_steps, curative_only, drops, insights, lowest_points, metric_tracks,
    opportunity_board, ownership, priority_matrix, quadrant, summary, transitions, ChannelMix,
    LowPoint, Quadrant, Reason,
};
use journey_lens::domain::metrics::TargetStatus;
use journey_lens::domain::model::OpportunityKind;
use journey_lens::domain::{read_journey, Journey};

/// A journey with two phases `a` and `b`, the given top-level fields and steps, and the
/// reader's warnings.
fn read(top: &str, steps: &str) -> (Journey, Vec<String>) {
    let text = format!(
        r#"{{"version": 1, "title": "T", {top}
        "phases": [{{"id": "a", "name": "A"}}, {{"id": "b", "name": "B"}}],
        "steps": [{steps}]}}"#
    );
    let loaded = read_journey(&text).unwrap_or_else(|p| panic!("{p:?}"));
    let problems = loaded.problems.iter().map(|p| p.to_string()).collect();
    (loaded.journey, problems)
}

/// As `read`, for a journey the reader has nothing to say about.
fn journey(top: &str, steps: &str) -> Journey {
    let (journey, problems) = read(top, steps);
    assert!(problems.is_empty(), "{problems:?}");
    journey
}

const TWO: &str = r#""personas": [{"id": "ana", "name": "Ana"}, {"id": "bob", "name": "Bob"}],"#;

fn b2b() -> Journey {
    let path = format!(
        "{}/public/examples/b2b-software.json",
        env!("CARGO_MANIFEST_DIR")
    );
    read_journey(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .journey
}

fn ids(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// Lowest points as (persona, step, value, other steps as low), for comparing.
fn lows_view(lows: &[LowPoint]) -> Vec<(&str, &str, f64, Vec<&str>)> {
    lows.iter()
        .map(|l| {
            (
                l.persona.as_str(),
                l.step.as_str(),
                l.value,
                ids(&l.also_at),
            )
        })
        .collect()
}

// ---- 1. Weakest links ----

#[test]
fn lowest_point_is_the_earliest_and_counts_ties_per_persona() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 1, "bob": 0}},
        {"id": "s2", "phase": "a", "name": "2", "emotion": {"ana": -1, "bob": 1}},
        {"id": "s3", "phase": "b", "name": "3", "emotion": {"ana": 0, "bob": -1.5}},
        {"id": "s4", "phase": "b", "name": "4", "emotion": {"ana": -1}},
        {"id": "s5", "phase": "b", "name": "5", "emotion": {"ana": -1, "bob": 2}}"#,
    );
    let lows = lowest_points(&j);
    let view = lows_view(&lows);
    assert_eq!(
        view,
        [
            ("ana", "s2", -1.0, vec!["s4", "s5"]),
            ("bob", "s3", -1.5, vec![])
        ]
    );
    // (Two other steps: counted. One is named, below.)
    assert_eq!(
        lows[0].explain_en(&j, "s5"),
        "lowest feeling for Ana: −1, also reached at 2 other steps"
    );
    assert_eq!(lows[1].explain_en(&j, "s3"), "lowest feeling for Bob: −1.5");
}

#[test]
fn drops_skip_steps_without_a_feeling_and_sort_by_size_then_order() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 2, "bob": 1}},
        {"id": "s2", "phase": "a", "name": "2", "emotion": {"ana": 1}},
        {"id": "s3", "phase": "a", "name": "3", "emotion": {"ana": 0.5, "bob": -1}},
        {"id": "s4", "phase": "b", "name": "4", "emotion": {"ana": 2, "bob": 1}},
        {"id": "s5", "phase": "b", "name": "5", "emotion": {"ana": 0, "bob": 0.3}},
        {"id": "s6", "phase": "b", "name": "6", "emotion": {"ana": 2, "bob": -0.7}}"#,
    );
    let found = drops(&j);
    let view: Vec<(&str, &str, &str, f64)> = found
        .iter()
        .map(|d| (d.persona.as_str(), d.from.as_str(), d.to.as_str(), d.by()))
        .collect();
    // bob's s1 → s3 is consecutive for him (s2 has no feeling of his); ana's s2 → s3 (0.5) and
    // bob's s4 → s5 (0.7) are below the threshold; 0.3 → −0.7 is a fall of exactly 1.
    assert_eq!(view.len(), 4, "{view:?}");
    assert_eq!(view[0], ("bob", "s1", "s3", 2.0));
    assert_eq!(view[1], ("ana", "s4", "s5", 2.0));
    assert_eq!(view[2], ("ana", "s1", "s2", 1.0));
    assert_eq!(view[3], ("bob", "s5", "s6", 1.0));
    assert_eq!(
        found[0].explain_en(&j),
        "emotion falls by 2 for Bob, from +1 to −1"
    );
}

#[test]
fn equal_drops_with_decimals_keep_journey_order() {
    // 0.7 − (−0.6) is 1.2999999999999998 in floating point; it still ties with 1.3 − 0.
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 0.7}},
        {"id": "s2", "phase": "a", "name": "2", "emotion": {"ana": -0.6, "bob": 1.3}},
        {"id": "s3", "phase": "b", "name": "3", "emotion": {"bob": 0}}"#,
    );
    let view: Vec<(String, f64)> = drops(&j)
        .into_iter()
        .map(|d| (d.from.clone(), d.by()))
        .collect();
    assert_eq!(view, [("s1".to_owned(), 1.3), ("s2".to_owned(), 1.3)]);
}

#[test]
fn critical_steps_come_by_importance_then_feeling_then_order() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": -1, "bob": 1}, "importance": 3},
        {"id": "s2", "phase": "a", "name": "2", "emotion": {"ana": -0.5}, "importance": 5},
        {"id": "s3", "phase": "a", "name": "3", "emotion": {"ana": 1, "bob": -2}, "importance": 3},
        {"id": "s4", "phase": "b", "name": "4", "emotion": {"ana": -2}},
        {"id": "s5", "phase": "b", "name": "5", "emotion": {"ana": 0, "bob": 0}, "importance": 5},
        {"id": "s6", "phase": "b", "name": "6", "emotion": {"ana": -1, "bob": -1}, "importance": 3}"#,
    );
    let found = critical_steps(&j);
    let view: Vec<(&str, Option<f64>, &str, f64)> = found
        .iter()
        .map(|c| (c.step.as_str(), c.importance, c.persona.as_str(), c.value))
        .collect();
    assert_eq!(
        view,
        [
            ("s2", Some(5.0), "ana", -0.5),
            ("s3", Some(3.0), "bob", -2.0),
            ("s1", Some(3.0), "ana", -1.0),
            ("s6", Some(3.0), "ana", -1.0),
            ("s4", None, "ana", -2.0),
        ]
    );
    assert_eq!(
        found[1].explain_en(&j),
        "below neutral (−2 for Bob) at importance 3"
    );
    assert_eq!(found[4].explain_en(&j), "below neutral (−2 for Ana)");
}

// ---- 2. Handoffs and channel switches ----

#[test]
fn handoffs_and_switches_need_named_sides_that_differ_as_sets() {
    let j = journey(
        r#""owners": [{"id": "sales", "name": "Sales"}, {"id": "billing", "name": "Billing"}],"#,
        r#"{"id": "s1", "phase": "a", "name": "1", "owner": "sales", "channel": ["web", "email"], "emotion": 1},
        {"id": "s2", "phase": "a", "name": "2", "owner": "sales", "channel": ["email", "web"], "emotion": 2},
        {"id": "s3", "phase": "a", "name": "3", "owner": "billing", "channel": "web", "emotion": 1},
        {"id": "s4", "phase": "b", "name": "4", "channel": "phone", "emotion": -1},
        {"id": "s5", "phase": "b", "name": "5", "owner": "sales", "emotion": 0}"#,
    );
    let found = transitions(&j);
    let view: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (t.from.as_str(), t.to.as_str()))
        .collect();
    // s1 → s2: same channel set, same owner. s4 → s5: one side of each is empty.
    assert_eq!(view, [("s2", "s3"), ("s3", "s4")]);
    let handoff = &found[0];
    let owner = handoff.owner.as_ref().unwrap();
    assert_eq!(
        (ids(&owner.from), ids(&owner.to)),
        (vec!["sales"], vec!["billing"])
    );
    let channel = handoff.channel.as_ref().unwrap();
    assert_eq!(
        (ids(&channel.from), ids(&channel.to)),
        (vec!["email", "web"], vec!["web"])
    );
    assert!(handoff.is_break());
    assert_eq!(handoff.drop.as_ref().unwrap().by(), 1.0);
    assert_eq!(
        handoff.explain_en(&j),
        "owner changes from Sales to Billing, channel changes from email + web to web and emotion falls by 1"
    );
    let switch = &found[1];
    assert!(switch.owner.is_none());
    assert_eq!(switch.drop.as_ref().unwrap().by(), 2.0);
    assert_eq!(
        switch.explain_en(&j),
        "channel changes from web to phone and emotion falls by 2"
    );
}

#[test]
fn a_handoff_is_a_break_when_a_persona_falls_by_one_or_below_neutral_and_keeps_the_largest_fall() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "owner": "sales", "emotion": {"ana": 1, "bob": 1}},
        {"id": "s2", "phase": "b", "name": "2", "owner": "billing", "emotion": {"ana": 0.5, "bob": -1}},
        {"id": "s3", "phase": "b", "name": "3", "owner": "support", "emotion": {"ana": 1, "bob": 1}},
        {"id": "s4", "phase": "b", "name": "4", "owner": "sales", "emotion": {"bob": 0}},
        {"id": "s5", "phase": "b", "name": "5", "owner": "billing", "emotion": {"ana": -1, "bob": -0.5}},
        {"id": "s6", "phase": "b", "name": "6", "owner": "support", "emotion": {"ana": -2, "bob": -1.5}},
        {"id": "s7", "phase": "b", "name": "7", "owner": "sales", "emotion": {"ana": 1, "bob": 1}},
        {"id": "s8", "phase": "b", "name": "8", "owner": "billing", "emotion": {"ana": 0.5, "bob": 1}}"#,
    );
    let found = transitions(&j);
    let breaks: Vec<(&str, Option<(&str, f64)>)> = found
        .iter()
        .map(|t| {
            let drop = t.drop.as_ref().map(|d| (d.persona.as_str(), d.by()));
            (t.from.as_str(), drop)
        })
        .collect();
    // s3 → s4 only bob has both sides (falls by 1); a fall of 0.5 counts when it ends below
    // neutral (s4 → s5), not between two good moments (s7 → s8); on equal falls (s5 → s6) the
    // first persona is kept.
    assert_eq!(
        breaks,
        [
            ("s1", Some(("bob", 2.0))),
            ("s2", None),
            ("s3", Some(("bob", 1.0))),
            ("s4", Some(("bob", 0.5))),
            ("s5", Some(("ana", 1.0))),
            ("s6", None),
            ("s7", None),
        ]
    );
    assert_eq!(
        found[0].explain_en(&j),
        "owner changes from sales to billing and emotion falls by 2 for Bob"
    );
    assert_eq!(summary(&j, &found, &[], &[]).breaks, 4);
}

#[test]
fn transitions_follow_phase_order_not_file_order() {
    // s2 belongs to phase a, so the map shows it before s1 (the reader warns about the order).
    let text = r#"{"version": 1, "title": "T",
        "phases": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "steps": [{"id": "s1", "phase": "b", "name": "1", "owner": "x"},
                  {"id": "s2", "phase": "a", "name": "2", "owner": "y"},
                  {"id": "s3", "phase": "b", "name": "3", "owner": "x"}]}"#;
    let j = read_journey(text).unwrap().journey;
    let found = transitions(&j);
    let view: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (t.from.as_str(), t.to.as_str()))
        .collect();
    assert_eq!(view, [("s2", "s1")]);
}

// ---- 3. Priority matrix ----

#[test]
fn the_matrix_uses_the_lowest_feeling_and_the_middle_of_the_importance_scale() {
    assert_eq!(quadrant(3.0, -0.1), Quadrant::FixFirst);
    assert_eq!(quadrant(3.0, 0.0), Quadrant::Protect);
    assert_eq!(quadrant(2.9, -2.0), Quadrant::Watch);
    assert_eq!(quadrant(1.0, 0.0), Quadrant::Maintain);
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 1, "bob": -2}, "importance": 4},
        {"id": "s2", "phase": "a", "name": "2", "emotion": {"ana": 1}, "importance": 3},
        {"id": "s3", "phase": "a", "name": "3", "emotion": {"ana": -1, "bob": 0}, "importance": 2},
        {"id": "s4", "phase": "b", "name": "4", "emotion": {"ana": 2, "bob": 1}, "importance": 1},
        {"id": "s5", "phase": "b", "name": "5", "emotion": {"ana": -2}},
        {"id": "s6", "phase": "b", "name": "6", "importance": 5}"#,
    );
    let m = priority_matrix(&j);
    let view: Vec<(&str, f64, f64, &str)> = m
        .iter()
        .map(|p| {
            (
                p.step.as_str(),
                p.importance,
                p.emotion,
                p.quadrant.as_str(),
            )
        })
        .collect();
    assert_eq!(
        view,
        [
            ("s1", 4.0, -2.0, "fix-first"),
            ("s2", 3.0, 1.0, "protect"),
            ("s3", 2.0, -1.0, "watch"),
            ("s4", 1.0, 1.0, "maintain"),
        ]
    );
    assert_eq!(
        m[0].per_persona,
        [("ana".to_owned(), 1.0), ("bob".to_owned(), -2.0)]
    );
    assert_eq!(m[1].per_persona, [("ana".to_owned(), 1.0)]);
    // One persona glad, the other below neutral, at importance 4: fix first, as the map's
    // flag says (the mean, +0.5, had put it among the steps to protect).
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 2, "bob": -1}, "importance": 4},
        {"id": "s2", "phase": "b", "name": "2"}"#,
    );
    let all = insights(&j);
    assert_eq!(
        (all.matrix[0].emotion, all.matrix[0].quadrant),
        (-1.0, Quadrant::FixFirst)
    );
    assert_eq!(all.critical_steps[0].step, "s1");
}

// ---- 4. Metrics ----

#[test]
fn metrics_list_readings_against_direction_aware_targets() {
    let (j, problems) = read(
        r#""metrics": [{"id": "wait", "name": "Wait", "target": 10, "higher_is_better": false, "unit": "min"},
                       {"id": "spare", "name": "Spare", "target": 1}],"#,
        r#"{"id": "s1", "phase": "a", "name": "1", "metrics": {"ces": 5, "wait": 12, "csat": 4}},
        {"id": "s2", "phase": "a", "name": "2", "metrics": {"ces": 2, "wait": 10, "zz": 3}},
        {"id": "s3", "phase": "b", "name": "3", "metrics": {"csat": 3.9, "ces": 7}}"#,
    );
    // An id neither defined nor well known is kept, with a warning, and has no target.
    assert_eq!(problems.len(), 1, "{problems:?}");
    let tracks = metric_tracks(&j);
    let order: Vec<&str> = tracks.iter().map(|t| t.id.as_str()).collect();
    // The file's definitions first (even unmeasured), then well-known ids, then the rest.
    assert_eq!(order, ["wait", "spare", "csat", "ces", "zz"]);
    let wait = &tracks[0];
    assert_eq!((wait.name.as_str(), wait.unit.as_str()), ("Wait", "min"));
    let statuses: Vec<(&str, TargetStatus)> = wait
        .readings
        .iter()
        .map(|r| (r.step.as_str(), r.status))
        .collect();
    assert_eq!(
        statuses,
        [("s1", TargetStatus::Missed), ("s2", TargetStatus::Met)]
    );
    assert!(tracks[1].readings.is_empty());
    assert_eq!(ids(&tracks[2].missed), ["s3"]);
    assert_eq!(ids(&tracks[3].missed), ["s1", "s3"]);
    assert!(!tracks[3].higher_is_better);
    assert_eq!(tracks[3].target, Some(3.0));
    assert_eq!(tracks[4].target, None);
    assert_eq!(tracks[4].readings[0].status, TargetStatus::NoTarget);
    // The scale, for the chart's height: a well-known metric's, or none.
    assert_eq!((tracks[2].min, tracks[2].max), (Some(1.0), Some(5.0)));
    assert_eq!((tracks[0].min, tracks[0].max), (None, None));
    assert_eq!((tracks[4].min, tracks[4].max), (None, None));
    assert_eq!(summary(&j, &[], &[], &tracks).targets_missed, 4);
}

// ---- 5. Ownership ----

#[test]
fn ownership_counts_steps_feelings_pains_ideas_and_handoffs() {
    let (j, problems) = read(
        r#""personas": [{"id": "ana", "name": "Ana"}, {"id": "bob", "name": "Bob"}],
           "owners": [{"id": "idle", "name": "Idle"}, {"id": "sales", "name": "Sales"}, {"id": "support", "name": "Support"}],"#,
        r#"{"id": "s1", "phase": "a", "name": "1", "owner": "sales", "emotion": {"ana": 1, "bob": 2}, "pains": ["p"],
            "opportunities": ["plain idea", {"text": "fix", "kind": "corrective", "owner": "support"}]},
        {"id": "s2", "phase": "a", "name": "2", "owner": "support", "emotion": {"ana": -2}, "pains": ["p", "q"]},
        {"id": "s3", "phase": "b", "name": "3", "owner": "sales", "emotion": {"bob": 0},
            "opportunities": [{"text": "refund", "kind": "curative", "owner": "billing"}]},
        {"id": "s4", "phase": "b", "name": "4"}"#,
    );
    // "billing" is not in the owner list: a warning, and it still gets its row.
    assert_eq!(problems.len(), 1, "{problems:?}");
    let stats = ownership(&j, &transitions(&j));
    let view: Vec<_> = stats
        .iter()
        .map(|o| {
            (
                o.owner.as_str(),
                ids(&o.steps),
                o.average_emotion,
                o.pains,
                o.open_opportunities,
                o.handoffs_in,
                o.handoffs_out,
            )
        })
        .collect();
    assert_eq!(
        view,
        [
            ("idle", vec![], None, 0, 0, 0, 0),
            ("sales", vec!["s1", "s3"], Some(1.0), 1, 1, 1, 1),
            ("support", vec!["s2"], Some(-2.0), 2, 1, 1, 1),
            ("billing", vec![], None, 0, 1, 0, 0),
        ]
    );
}

// ---- 6. Opportunities ----

#[test]
fn the_board_groups_ideas_by_owner_and_kind_and_warns_about_compensation_only() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "a", "name": "A"}],
        "steps": [
          {"id": "s1", "phase": "a", "name": "1", "owner": "ops", "emotion": -1,
           "opportunities": [{"text": "voucher", "kind": "curative"}, {"text": "apology", "kind": "curative", "owner": "care"}]},
          {"id": "s2", "phase": "a", "name": "2", "emotion": -2,
           "opportunities": ["idea", {"text": "fix", "kind": "corrective", "owner": "ops"}, {"text": "odd", "kind": "preventive"}]},
          {"id": "s3", "phase": "a", "name": "3", "emotion": 1, "opportunities": [{"text": "gift", "kind": "curative"}]},
          {"id": "s4", "phase": "a", "name": "4", "emotion": -1}
        ]}"#;
    // An unknown kind is reported and read as "no kind".
    let loaded = read_journey(text).unwrap();
    assert_eq!(loaded.problems.len(), 1);
    let j = loaded.journey;
    let board = opportunity_board(&j);
    let by_owner: Vec<(Option<&str>, Vec<&str>)> = board
        .by_owner
        .iter()
        .map(|g| {
            let texts = g.items.iter().map(|i| i.text.as_str()).collect();
            (g.owner.as_deref(), texts)
        })
        .collect();
    assert_eq!(
        by_owner,
        [
            (Some("ops"), vec!["voucher", "fix"]),
            (Some("care"), vec!["apology"]),
            (None, vec!["idea", "odd", "gift"]),
        ]
    );
    let by_kind: Vec<(_, Vec<(&str, &str)>)> = board
        .by_kind
        .iter()
        .map(|g| {
            let items = g
                .items
                .iter()
                .map(|i| (i.step.as_str(), i.text.as_str()))
                .collect();
            (g.kind, items)
        })
        .collect();
    assert_eq!(
        by_kind,
        [
            (Some(OpportunityKind::Corrective), vec![("s2", "fix")]),
            (
                Some(OpportunityKind::Curative),
                vec![("s1", "voucher"), ("s1", "apology"), ("s3", "gift")]
            ),
            (None, vec![("s2", "idea"), ("s2", "odd")]),
        ]
    );
    // s3 is positive; s4 has no ideas at all; s2 has a corrective one.
    assert_eq!(ids(&board.curative_only), ["s1"]);
    assert_eq!(curative_only(&j), board.curative_only);
}

// ---- 7. Summary and edge cases ----

#[test]
fn the_lowest_feeling_of_all_lists_each_other_step_once_however_many_tie() {
    // Both personas at −2 at every step: each step is listed once, in order.
    let steps: Vec<String> = (0..20_000)
        .map(|i| {
            format!(r#"{{"id": "s{i}", "phase": "a", "name": "{i}", "emotion": {{"ana": -2, "bob": -2}}}}"#)
        })
        .collect();
    let (j, _) = read(TWO, &steps.join(","));
    let lowest = summary(&j, &[], &[], &[]).lowest.unwrap();
    assert_eq!((lowest.step.as_str(), lowest.value), ("s0", -2.0));
    let expected: Vec<String> = (1..20_000).map(|i| format!("s{i}")).collect();
    assert_eq!(lowest.also_at, expected);
}

#[test]
fn the_summary_counts_and_finds_the_lowest_feeling() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"ana": 1, "bob": -1}, "channel": "web"},
        {"id": "s2", "phase": "b", "name": "2", "emotion": {"ana": -1, "bob": 2}, "channel": "phone"},
        {"id": "s3", "phase": "b", "name": "3", "emotion": {"bob": -1}, "metrics": {"csat": 2}}"#,
    );
    let all = insights(&j);
    let s = &all.summary;
    assert_eq!((s.steps, s.phases, s.personas), (3, 2, 2));
    assert_eq!(s.average_emotion, Some(0.0));
    let lowest = s.lowest.as_ref().unwrap();
    assert_eq!(
        (lowest.step.as_str(), lowest.persona.as_str(), lowest.value),
        ("s1", "bob", -1.0)
    );
    assert_eq!(ids(&lowest.also_at), ["s2", "s3"]);
    // web → phone: ana falls by 2.
    assert_eq!((s.breaks, s.targets_missed), (1, 1));
    assert_eq!(all, insights(&j), "insights are deterministic");
}

#[test]
fn without_personas_the_default_persona_carries_the_single_numbers() {
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": 2, "owner": "x"},
        {"id": "s2", "phase": "b", "name": "2", "emotion": -1, "owner": "y", "importance": 4},
        {"id": "s3", "phase": "b", "name": "3", "emotion": -1}"#,
    );
    let all = insights(&j);
    assert_eq!(all.lowest_points.len(), 1);
    let low = &all.lowest_points[0];
    assert_eq!(
        (low.persona.as_str(), low.step.as_str(), ids(&low.also_at)),
        ("default", "s2", vec!["s3"])
    );
    // Told at each of its two steps, it names the other.
    assert_eq!(
        low.explain_en(&j, "s2"),
        "lowest feeling: −1, also reached at “3”"
    );
    assert_eq!(
        low.explain_en(&j, "s3"),
        "lowest feeling: −1, also reached at “2”"
    );
    assert_eq!(all.drops.len(), 1);
    assert_eq!(all.drops[0].persona, "default");
    assert_eq!(
        all.drops[0].explain_en(&j),
        "emotion falls by 3, from +2 to −1"
    );
    assert_eq!(all.transitions.len(), 1);
    assert_eq!(
        all.transitions[0].explain_en(&j),
        "owner changes from x to y and emotion falls by 3"
    );
    assert_eq!(all.matrix[0].per_persona, [("default".to_owned(), -1.0)]);
    // The implied customer is the one persona ("Personas 0" beside its curve read oddly).
    assert_eq!((all.summary.personas, all.summary.breaks), (1, 1));
    assert_eq!(all.summary.average_emotion, Some(0.0));
}

#[test]
fn steps_without_feelings_flag_nothing_that_needs_one() {
    let j = journey(
        TWO,
        r#"{"id": "s1", "phase": "a", "name": "1", "owner": "x", "importance": 5},
        {"id": "s2", "phase": "b", "name": "2", "owner": "y", "importance": 5}"#,
    );
    let all = insights(&j);
    assert!(all.lowest_points.is_empty());
    assert!(all.drops.is_empty());
    assert!(all.critical_steps.is_empty());
    assert!(all.matrix.is_empty());
    assert_eq!(all.transitions.len(), 1);
    assert!(!all.transitions[0].is_break());
    assert_eq!(
        all.transitions[0].explain_en(&j),
        "owner changes from x to y"
    );
    assert_eq!(all.owners[0].average_emotion, None);
    assert_eq!(all.summary.average_emotion, None);
    assert_eq!(all.summary.lowest, None);
    assert_eq!(all.summary.breaks, 0);
}

#[test]
fn a_flat_curve_has_no_lowest_point() {
    // A review's journey with every feeling at 0 had "Lowest point" on all 15 steps.
    let j = journey(
        r#""personas": [{"id": "flat", "name": "Flat"}, {"id": "moves", "name": "Moves"}],"#,
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": {"flat": 0, "moves": 1}},
           {"id": "s2", "phase": "a", "name": "2", "emotion": {"flat": 0, "moves": -1}},
           {"id": "s3", "phase": "b", "name": "3", "emotion": {"flat": 0, "moves": -1}}"#,
    );
    let all = insights(&j);
    assert_eq!(all.lowest_points.len(), 1, "{:?}", all.lowest_points);
    assert_eq!(all.lowest_points[0].persona, "moves");
    assert_eq!(all.lowest_points[0].step, "s2");
    assert_eq!(all.lowest_points[0].also_at, ["s3"]);
    // The summary still tells the lowest feeling of a journey felt alike throughout.
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": -1},
           {"id": "s2", "phase": "b", "name": "2", "emotion": -1}"#,
    );
    let all = insights(&j);
    assert!(all.lowest_points.is_empty());
    let lowest = all.summary.lowest.expect("the summary's lowest feeling");
    assert_eq!((lowest.step.as_str(), lowest.value), ("s1", -1.0));
    assert_eq!(lowest.also_at, ["s2"]);
}

#[test]
fn a_single_step_has_a_lowest_point_but_no_drops_or_transitions() {
    let (j, _empty_phase_warning) = read(
        "",
        r#"{"id": "only", "phase": "a", "name": "1", "emotion": -0.5, "importance": 2, "owner": "x", "channel": "web"}"#,
    );
    let all = insights(&j);
    assert_eq!(all.lowest_points[0].step, "only");
    assert!(all.lowest_points[0].also_at.is_empty());
    assert!(all.drops.is_empty());
    assert!(all.transitions.is_empty());
    assert_eq!(all.critical_steps.len(), 1);
    assert_eq!(all.matrix[0].quadrant, Quadrant::Watch);
    assert_eq!(all.owners.len(), 1);
    assert_eq!(
        (all.owners[0].handoffs_in, all.owners[0].handoffs_out),
        (0, 0)
    );
    assert_eq!(
        (all.summary.steps, all.summary.phases, all.summary.breaks),
        (1, 2, 0)
    );
}

#[test]
fn without_owners_there_are_only_channel_switches_and_unowned_ideas() {
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": 1, "channel": "web", "opportunities": ["a"]},
        {"id": "s2", "phase": "b", "name": "2", "emotion": 0, "channel": "chat", "opportunities": ["b"]}"#,
    );
    let all = insights(&j);
    assert!(all.owners.is_empty());
    assert_eq!(all.transitions.len(), 1);
    assert!(all.transitions[0].owner.is_none());
    assert_eq!(
        all.transitions[0].explain_en(&j),
        "channel changes from web to chat and emotion falls by 1"
    );
    assert_eq!(all.opportunities.by_owner.len(), 1);
    assert_eq!(all.opportunities.by_owner[0].owner, None);
    assert_eq!(all.opportunities.by_owner[0].items.len(), 2);
}

// ---- The B2B example ----

#[test]
fn b2b_lowest_points_and_drops() {
    let j = b2b();
    let lows = lowest_points(&j);
    let view = lows_view(&lows);
    assert_eq!(
        view,
        [
            ("ana", "upgrade", -2.0, vec!["contact-support"]),
            ("luis", "upgrade", -2.0, vec![]),
        ]
    );
    let found = drops(&j);
    let view: Vec<(&str, &str, &str, f64)> = found
        .iter()
        .map(|d| (d.persona.as_str(), d.from.as_str(), d.to.as_str(), d.by()))
        .collect();
    assert_eq!(
        view,
        [
            ("ana", "daily-use", "upgrade", 4.0),
            ("luis", "daily-use", "upgrade", 4.0),
            ("ana", "demo-call", "receive-quote", 3.0),
            ("ana", "visit-home", "compare-pricing", 2.0),
            ("luis", "visit-home", "compare-pricing", 1.0),
        ]
    );
    assert_eq!(
        found[0].explain_en(&j),
        "emotion falls by 4 for Ana, IT manager, from +2 to −2"
    );
}

#[test]
fn b2b_critical_steps() {
    let j = b2b();
    let view: Vec<(String, Option<f64>, String, f64)> = critical_steps(&j)
        .into_iter()
        .map(|c| (c.step, c.importance, c.persona, c.value))
        .collect();
    let expected = [
        ("upgrade", 5.0, "ana", -2.0),
        ("contact-support", 5.0, "ana", -2.0),
        ("compare-pricing", 4.0, "ana", -1.0),
        ("receive-quote", 4.0, "ana", -1.0),
    ]
    .map(|(s, i, p, v)| (s.to_owned(), Some(i), p.to_owned(), v));
    assert_eq!(view, expected);
}

#[test]
fn b2b_weakest_links_name_each_step_once_with_all_its_reasons() {
    let j = b2b();
    let all = insights(&j);
    let links = all.weakest_links();
    let lines: Vec<(&str, Vec<String>)> = (links.iter())
        .map(|(step, line)| {
            let reasons = line.iter().map(|&i| all.weakest_reason(i).at(step));
            (step.as_str(), reasons.map(|r| r.explain_en(&j)).collect())
        })
        .collect();
    let steps: Vec<&str> = lines.iter().map(|(s, _)| *s).collect();
    // In the order the steps first come: the lowest points (Ana's at two steps), the
    // drops, then fix first.
    assert_eq!(
        steps,
        [
            "upgrade",
            "contact-support",
            "receive-quote",
            "compare-pricing"
        ]
    );
    assert_eq!(
        lines[0].1,
        [
            "lowest feeling for Ana, IT manager: −2, also reached at “Contacts support about the broken upgrade”",
            "lowest feeling for Luis, team lead: −2",
            "emotion falls by 4 for Ana, IT manager, from +2 to −2",
            "emotion falls by 4 for Luis, team lead, from +2 to −2",
            "below neutral (−2 for Ana, IT manager) at importance 5",
        ]
    );
    // Every reason is on the line of its step (all four steps below neutral matter: 4 or
    // 5), and Ana's lowest point on the line of the other step that reaches it too, as the
    // map marks both: each line names the other step.
    assert_eq!(
        lines[1].1[0],
        "lowest feeling for Ana, IT manager: −2, also reached at “Upgrades to the new version”"
    );
    let mut all_reasons: Vec<usize> = Vec::new();
    for (step, line) in &links {
        for &i in line {
            let reason = all.weakest_reason(i);
            if reason.step() == step {
                all_reasons.push(i);
            } else {
                assert!(matches!(reason, Reason::Lowest(low, _) if low.also_at.contains(step)));
            }
        }
    }
    all_reasons.sort();
    let total = all.lowest_points.len() + all.drops.len() + all.critical_steps.len();
    assert_eq!(all_reasons, (0..total).collect::<Vec<_>>());
}

#[test]
fn weakest_links_leave_steps_below_neutral_of_low_importance_to_the_matrix() {
    // The map marks "Fix first" from importance 3: a step below neutral at importance 1 is
    // the matrix's "Watch", not a weakest link (it was listed, above the steps that matter).
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": 1, "importance": 1},
        {"id": "s2", "phase": "a", "name": "2", "emotion": 1, "importance": 4},
        {"id": "s3", "phase": "a", "name": "3", "emotion": -1, "importance": 1},
        {"id": "s4", "phase": "a", "name": "4", "emotion": -1, "importance": 3},
        {"id": "s5", "phase": "b", "name": "5", "emotion": -0.5}"#,
    );
    let all = insights(&j);
    assert_eq!(all.critical_steps.len(), 3);
    let links = all.weakest_links();
    let kinds: Vec<(&str, Vec<&str>)> = (links.iter())
        .map(|(step, line)| {
            let kinds = line.iter().map(|&i| match all.weakest_reason(i) {
                Reason::Lowest(..) => "lowest",
                Reason::Drop(_) => "drop",
                _ => "critical",
            });
            (step.as_str(), kinds.collect())
        })
        .collect();
    // (s4 is as low as s3: the lowest point is a reason of both.)
    assert_eq!(
        kinds,
        [
            ("s3", vec!["lowest", "drop"]),
            ("s4", vec!["lowest", "critical"]),
        ]
    );
}

#[test]
fn b2b_handoffs_switches_and_the_one_break() {
    let j = b2b();
    let found = transitions(&j);
    let view: Vec<(&str, &str, bool, bool, bool)> = found
        .iter()
        .map(|t| {
            let (o, c) = (t.owner.is_some(), t.channel.is_some());
            (t.from.as_str(), t.to.as_str(), o, c, t.is_break())
        })
        .collect();
    assert_eq!(
        view,
        [
            ("read-article", "visit-home", false, true, false),
            ("compare-pricing", "request-demo", true, false, false),
            ("request-demo", "demo-call", false, true, false),
            ("demo-call", "receive-quote", false, true, true),
            ("receive-quote", "pay", true, true, false),
            ("pay", "onboard", true, true, false),
            ("onboard", "daily-use", false, true, false),
            ("upgrade", "contact-support", true, true, false),
            ("contact-support", "renew", true, true, false),
        ]
    );
    // The only break: the quote comes by email after the video demo, and Ana falls by 3.
    let quote = &found[3];
    let drop = quote.drop.as_ref().unwrap();
    assert_eq!((drop.persona.as_str(), drop.by()), ("ana", 3.0));
    assert_eq!(
        quote.explain_en(&j),
        "channel changes from Video call to Email and emotion falls by 3 for Ana, IT manager"
    );
    assert_eq!(
        found[4].explain_en(&j),
        "owner changes from Sales to Billing and channel changes from Email to Website"
    );
    // Chat to phone happens inside one step (contact-support has both channels), so it is
    // not a switch between steps; the step before it hands off from Product to Support.
    assert!(!found.iter().any(|t| t
        .channel
        .as_ref()
        .is_some_and(|c| ids(&c.from) == ["chat"] && ids(&c.to) == ["phone"])));
    let support = &found[7];
    let channel = support.channel.as_ref().unwrap();
    assert_eq!(
        (ids(&channel.from), ids(&channel.to)),
        (vec!["app"], vec!["chat", "phone"])
    );
    assert_eq!(
        support.explain_en(&j),
        "owner changes from Product to Customer support and channel changes from Product to Support chat + Phone"
    );
}

#[test]
fn b2b_matrix_metrics_owners_board_and_summary() {
    let j = b2b();
    let all = insights(&j);
    let fix_first: Vec<&str> = all
        .matrix
        .iter()
        .filter(|p| p.quadrant == Quadrant::FixFirst)
        .map(|p| p.step.as_str())
        .collect();
    assert_eq!(
        fix_first,
        [
            "compare-pricing",
            "receive-quote",
            "upgrade",
            "contact-support"
        ]
    );
    // The matrix's steps to fix first are the map's.
    let mut critical: Vec<&str> = all.critical_steps.iter().map(|c| c.step.as_str()).collect();
    critical.sort();
    let mut matrix = fix_first.clone();
    matrix.sort();
    assert_eq!(matrix, critical);
    assert_eq!(all.matrix.len(), 12);
    assert!(!all.matrix.iter().any(|p| p.quadrant == Quadrant::Watch));
    let maintain: Vec<&str> = all
        .matrix
        .iter()
        .filter(|p| p.quadrant == Quadrant::Maintain)
        .map(|p| p.step.as_str())
        .collect();
    assert_eq!(maintain, ["read-article"]);

    let missed: Vec<(&str, Vec<&str>)> = all
        .metrics
        .iter()
        .map(|m| (m.id.as_str(), ids(&m.missed)))
        .collect();
    assert_eq!(
        missed,
        [
            ("csat", vec!["upgrade", "contact-support", "renew"]),
            ("ces", vec!["compare-pricing", "upgrade"]),
            ("frt_hours", vec!["request-demo", "receive-quote"]),
        ]
    );

    let owners: Vec<(&str, usize, usize, usize, usize, usize)> = all
        .owners
        .iter()
        .map(|o| {
            (
                o.owner.as_str(),
                o.steps.len(),
                o.pains,
                o.open_opportunities,
                o.handoffs_in,
                o.handoffs_out,
            )
        })
        .collect();
    assert_eq!(
        owners,
        [
            ("marketing", 3, 1, 2, 0, 1),
            ("sales", 4, 3, 1, 2, 1),
            ("product", 3, 2, 1, 1, 1),
            ("support", 1, 2, 1, 1, 1),
            ("billing", 1, 1, 2, 1, 1),
        ]
    );
    assert_eq!(all.owners[3].average_emotion, Some(-1.5));
    assert_eq!(all.owners[1].average_emotion, Some(0.5));

    let kinds: Vec<usize> = all
        .opportunities
        .by_kind
        .iter()
        .map(|g| g.items.len())
        .collect();
    assert_eq!(kinds, [4, 1, 2]);
    assert!(all.opportunities.curative_only.is_empty());

    let s = &all.summary;
    assert_eq!((s.steps, s.phases, s.personas), (12, 5, 2));
    assert!((s.average_emotion.unwrap() - 4.0 / 21.0).abs() < 1e-12);
    let lowest = s.lowest.as_ref().unwrap();
    assert_eq!(
        (lowest.step.as_str(), lowest.persona.as_str(), lowest.value),
        ("upgrade", "ana", -2.0)
    );
    assert_eq!(ids(&lowest.also_at), ["contact-support"]);
    // One handoff with a fall (demo call → quote) and the chat-and-phone support step.
    assert_eq!((s.breaks, s.targets_missed), (2, 7));
}

#[test]
fn a_step_on_several_channels_is_a_channel_mix_and_a_break_when_negative() {
    let j = journey(
        r#""personas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "channels": [{"id": "chat", "name": "Chat"}, {"id": "phone", "name": "Phone"}],"#,
        r#"{"id": "one", "phase": "a", "name": "One", "channel": ["chat"], "emotion": {"a": -1}},
           {"id": "two", "phase": "a", "name": "Two", "channel": ["chat", "phone"], "emotion": {"a": 1, "b": -1.5}},
           {"id": "three", "phase": "b", "name": "Three", "channel": ["phone", "chat"], "emotion": {"a": 0}}"#,
    );
    let mixes = channel_mixes(&j);
    assert_eq!(
        mixes,
        [
            ChannelMix {
                step: "two".into(),
                channels: vec!["chat".into(), "phone".into()],
                below_neutral: Some(("b".into(), -1.5)),
            },
            ChannelMix {
                step: "three".into(),
                channels: vec!["phone".into(), "chat".into()],
                below_neutral: None,
            },
        ]
    );
    assert!(mixes[0].is_break() && !mixes[1].is_break());
    assert_eq!(
        mixes[0].explain_en(&j),
        "the customer moves between Chat and Phone in this step, feeling −1.5 for B"
    );
    assert_eq!(summary(&j, &[], &mixes, &[]).breaks, 1);
}

#[test]
fn the_b2b_example_flags_the_chat_to_phone_step() {
    let j = b2b();
    let all = insights(&j);
    let breaking: Vec<&ChannelMix> = all.channel_mixes.iter().filter(|m| m.is_break()).collect();
    assert_eq!(breaking.len(), 1);
    let mix = breaking[0];
    assert_eq!(mix.step, "contact-support");
    assert!(mix.is_break());
    assert_eq!(
        mix.explain_en(&j),
        "the customer moves between Support chat and Phone in this step, feeling −2 for Ana, IT manager"
    );
    assert_eq!(all.summary.breaks, 2);
}

#[test]
fn the_b2b_map_marks_the_upgrade_the_quote_and_the_support_call() {
    use journey_lens::domain::insights::{step_flags, FlagKind};
    let j = b2b();
    let flags = step_flags(&j, &insights(&j));
    let kinds =
        |step: &str| -> Vec<FlagKind> { flags.of(&j, step).iter().map(|f| f.kind).collect() };
    assert_eq!(
        kinds("upgrade"),
        [FlagKind::Lowest, FlagKind::Drop, FlagKind::FixFirst]
    );
    assert_eq!(kinds("receive-quote")[0], FlagKind::Break);
    assert_eq!(
        flags.of(&j, "receive-quote")[0].explain,
        "channel changes from Video call to Email and emotion falls by 3 for Ana, IT manager"
    );
    assert_eq!(
        kinds("contact-support")[..2],
        [FlagKind::Break, FlagKind::Lowest]
    );
    assert!(flags.of(&j, "upgrade")[0]
        .explain
        .contains("lowest feeling for Ana, IT manager: −2"));
    assert!(
        flags.of(&j, "upgrade")[0]
            .explain
            .contains("; lowest feeling for Luis"),
        "both personas, one mark"
    );
    assert!(kinds("read-article").is_empty());
    assert!(flags.get(j.steps.len()).is_none(), "past the last step");
}

#[test]
fn a_break_where_the_owner_changes_keeps_its_handoff_mark() {
    use journey_lens::domain::insights::{step_flags, FlagKind};
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": 1, "owner": "sales", "channel": "web"},
        {"id": "s2", "phase": "a", "name": "2", "emotion": -1, "owner": "billing", "channel": "web"},
        {"id": "s3", "phase": "a", "name": "3", "emotion": -2, "owner": "billing", "channel": "phone"},
        {"id": "s4", "phase": "b", "name": "4", "emotion": -2, "owner": "support", "channel": "phone"}"#,
    );
    let flags = step_flags(&j, &insights(&j));
    let kinds =
        |step: &str| -> Vec<FlagKind> { flags.of(&j, step).iter().map(|f| f.kind).collect() };
    // A handoff where the feeling falls: a likely break, and still a handoff.
    assert_eq!(
        kinds("s2"),
        [FlagKind::Break, FlagKind::Drop, FlagKind::Handoff]
    );
    assert_eq!(
        flags.of(&j, "s2")[0].explain,
        "owner changes from sales to billing and emotion falls by 2"
    );
    // The handoff mark says who hands over, without repeating the break's sentence.
    assert_eq!(
        flags.of(&j, "s2")[2].explain,
        "owner changes from sales to billing"
    );
    // A channel switch where it falls is a break alone; a handoff where it holds, a handoff.
    assert_eq!(kinds("s3")[0], FlagKind::Break);
    assert!(!kinds("s3").contains(&FlagKind::ChannelSwitch));
    assert_eq!(kinds("s4"), [FlagKind::Lowest, FlagKind::Handoff]);
}

#[test]
fn a_handoff_with_a_channel_switch_keeps_both_marks() {
    use journey_lens::domain::insights::{step_flags, FlagKind};
    let j = journey(
        "",
        r#"{"id": "s1", "phase": "a", "name": "1", "emotion": 1, "owner": "sales", "channel": "web"},
        {"id": "s2", "phase": "b", "name": "2", "emotion": 2, "owner": "support", "channel": "phone"}"#,
    );
    let flags = step_flags(&j, &insights(&j));
    // The handoff used to hide the switch: one mark, its line naming both changes.
    let marks: Vec<_> = flags
        .of(&j, "s2")
        .iter()
        .map(|f| (f.kind, f.explain.as_str()))
        .collect();
    assert_eq!(
        marks,
        [
            (FlagKind::Handoff, "owner changes from sales to support"),
            (FlagKind::ChannelSwitch, "channel changes from web to phone"),
        ]
    );
}

#[test]
fn every_mark_is_in_the_legend_once_most_urgent_first() {
    use journey_lens::domain::insights::FlagKind;
    let all = FlagKind::ALL;
    // (The order marks take on a header, `Ord`, is the legend's.)
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    let names: std::collections::HashSet<&str> = all.iter().map(|k| k.as_str()).collect();
    assert_eq!(names.len(), 7);
}
