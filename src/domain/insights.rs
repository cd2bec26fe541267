//! Insights: where a journey breaks, computed from its data alone.
//!
//! Each rule is one function whose one-line doc comment says why a step was flagged (the
//! README quotes them). Results are data (step, persona, owner and channel ids, and numbers)
//! that the UI translates (`Reason` names a finding for it); the `explain_en` helpers write the
//! English one-liners.
//!
//! "Journey order" is the map's column order: by phase, then file order inside a phase. A
//! file without personas has the implied `default` persona, as the curve does, and a single
//! emotion number belongs to the first persona. Output never depends on hash order.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::bidi::isolated;

use super::curve::signed;
use super::id_set::IdSet;
use super::layout::layout;
use super::metrics::{self, TargetStatus};
use super::model::{Journey, Opportunity, OpportunityKind, Step};
use super::parse_step::{IMPORTANCE_MAX, IMPORTANCE_MIN};
use super::problem::num;
use super::sorting;

/// The smallest fall between two steps that counts as a drop.
pub const MIN_DROP: f64 = 1.0;

/// Importance at or above this (the middle of the 1..5 scale) is "important".
pub const IMPORTANT_FROM: f64 = (IMPORTANCE_MIN + IMPORTANCE_MAX) / 2.0;

/// Everything the insights view shows about a journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    pub summary: Summary,
    /// One per persona with at least one feeling, in persona order.
    pub lowest_points: Vec<LowPoint>,
    /// Largest first, then journey order, then persona order.
    pub drops: Vec<EmotionDrop>,
    /// Importance high to low (none last), then feeling low to high, then journey order.
    pub critical_steps: Vec<CriticalStep>,
    /// In journey order; `is_break` marks the likely breaks.
    pub transitions: Vec<Transition>,
    /// Steps where the customer moves between channels, in journey order.
    pub channel_mixes: Vec<ChannelMix>,
    /// In journey order.
    pub matrix: Vec<MatrixPoint>,
    /// Metrics the file defines or a step measures, in the map's metric order.
    pub metrics: Vec<MetricTrack>,
    /// The file's owners in its order, then other owner ids in order of first use.
    pub owners: Vec<OwnerStats>,
    pub opportunities: OpportunityBoard,
}

/// The lowest feeling, where it is first reached, and the other steps that reach it too.
#[derive(Clone, Debug, PartialEq)]
pub struct LowPoint {
    pub persona: String,
    pub step: String,
    pub value: f64,
    /// Later steps with the same value (ties), in journey order.
    pub also_at: Vec<String>,
}

impl LowPoint {
    /// The other step that reaches this lowest point, told at `at` (one of its two steps),
    /// by name, quoted: `None` when there are more steps or none.
    pub fn other_named(&self, journey: &Journey, at: &str) -> Option<String> {
        let [also] = &self.also_at[..] else {
            return None;
        };
        let id = if *also == at { &self.step } else { also };
        let step = journey.steps.iter().find(|s| &s.id == id);
        Some(super::bidi::in_quotes(step.map_or(id, |s| &s.name)))
    }
}

/// A persona's feeling falling from one step to the next.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionDrop {
    pub persona: String,
    pub from: String,
    pub to: String,
    pub before: f64,
    pub after: f64,
}

impl EmotionDrop {
    /// How far the feeling falls (positive), rounded to 6 decimals so that 0.7 → −0.6 and
    /// 1.3 → 0 are the same fall.
    pub fn by(&self) -> f64 {
        ((self.before - self.after) * 1e6).round() / 1e6
    }
}

/// A step below neutral, with its importance and its lowest feeling.
#[derive(Clone, Debug, PartialEq)]
pub struct CriticalStep {
    pub step: String,
    pub importance: Option<f64>,
    /// The persona who feels worst there (the first in persona order on a tie).
    pub persona: String,
    pub value: f64,
}

/// The owners or channels on each side of a change, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub from: Vec<String>,
    pub to: Vec<String>,
}

/// A handoff (owner change) and/or channel switch between two consecutive steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition {
    pub from: String,
    pub to: String,
    pub owner: Option<Change>,
    pub channel: Option<Change>,
    /// The largest fall in feeling across the change, if any persona's feeling falls.
    pub drop: Option<EmotionDrop>,
}

impl Transition {
    /// A likely break: the change comes with a fall in feeling.
    pub fn is_break(&self) -> bool {
        self.drop.is_some()
    }
}

/// A step that spans several channels: the customer moves between them inside the step.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelMix {
    pub step: String,
    /// The channel ids, in file order.
    pub channels: Vec<String>,
    /// The lowest feeling there below neutral, if any: (persona, value).
    pub below_neutral: Option<(String, f64)>,
}

impl ChannelMix {
    /// A likely break: context can be lost between the channels, and the customer suffers.
    pub fn is_break(&self) -> bool {
        self.below_neutral.is_some()
    }
}

/// Where a step sits in the importance × emotion matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    /// Important and below neutral.
    FixFirst,
    /// Important and neutral or better.
    Protect,
    /// Less important and below neutral.
    Watch,
    /// Less important and neutral or better.
    Maintain,
}

impl Quadrant {
    /// A stable name for `data-*` attributes and CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Quadrant::FixFirst => "fix-first",
            Quadrant::Protect => "protect",
            Quadrant::Watch => "watch",
            Quadrant::Maintain => "maintain",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Quadrant::FixFirst => "fix first",
            Quadrant::Protect => "protect",
            Quadrant::Watch => "watch",
            Quadrant::Maintain => "maintain",
        }
    }
}

/// One step of the priority matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixPoint {
    pub step: String,
    pub importance: f64,
    /// The lowest feeling among the personas that have one: the rule of the steps to fix
    /// first (some persona below neutral), so that the matrix and the map's flags agree. (The
    /// mean put a step where one persona suffers among those to protect.)
    pub emotion: f64,
    /// (persona, feeling) in persona order.
    pub per_persona: Vec<(String, f64)>,
    pub quadrant: Quadrant,
}

/// One measured value of a metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub step: String,
    pub value: f64,
    pub status: TargetStatus,
}

/// A metric along the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricTrack {
    pub id: String,
    pub name: String,
    /// The name is the app's own English one for a well-known metric the file does not
    /// name: the UI gives it in its language.
    pub default_name: bool,
    pub unit: String,
    pub target: Option<f64>,
    /// The metric's scale, when it has one (the file's definition or a well-known metric's).
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub higher_is_better: bool,
    /// In journey order.
    pub readings: Vec<Reading>,
    /// The steps whose reading misses the target, in journey order.
    pub missed: Vec<String>,
}

/// What one owner is responsible for and how it goes.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnerStats {
    pub owner: String,
    /// Their steps, in journey order.
    pub steps: Vec<String>,
    /// The mean of every persona's feeling at their steps; `None` without feelings.
    pub average_emotion: Option<f64>,
    pub pains: usize,
    pub open_opportunities: usize,
    pub handoffs_in: usize,
    pub handoffs_out: usize,
}

/// An improvement idea, linked to its step.
#[derive(Clone, Debug, PartialEq)]
pub struct OpportunityItem {
    pub step: String,
    pub text: String,
    pub kind: Option<OpportunityKind>,
    /// Its own owner, else its step's owner.
    pub owner: Option<String>,
}

/// Opportunities of one owner (`None`: nobody owns them).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnerGroup {
    pub owner: Option<String>,
    pub items: Vec<OpportunityItem>,
}

/// Opportunities of one kind (`None`: the file gives no kind).
#[derive(Clone, Debug, PartialEq)]
pub struct KindGroup {
    pub kind: Option<OpportunityKind>,
    pub items: Vec<OpportunityItem>,
}

/// All opportunities, by owner and by kind, with the steps that only get compensated.
#[derive(Clone, Debug, PartialEq)]
pub struct OpportunityBoard {
    /// Owners in owner order (file list, then first use), unowned last; only non-empty groups.
    pub by_owner: Vec<OwnerGroup>,
    /// Always three groups: corrective, curative, no kind.
    pub by_kind: Vec<KindGroup>,
    /// Steps below neutral whose ideas are all curative, in journey order.
    pub curative_only: Vec<String>,
}

/// The journey in numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub steps: usize,
    pub phases: usize,
    /// The personas the curve has (`Journey::persona_ids`): the file's, or the implied
    /// customer of a file without any.
    pub personas: usize,
    /// The mean of every persona's feeling at every step.
    pub average_emotion: Option<f64>,
    /// The lowest feeling of any persona (first in journey order, then persona order).
    pub lowest: Option<LowPoint>,
    /// Steps with a likely break (at a handoff or switch into them, or a channel mix in them).
    pub breaks: usize,
    /// Readings that miss their metric's target.
    pub targets_missed: usize,
}

/// Every insight about a journey.
pub fn insights(journey: &Journey) -> Insights {
    // The steps in map order, laid out once for all the lists.
    let steps = &in_order(journey);
    let owners = &owner_order(journey, steps);
    let transitions = transitions_in(journey, steps);
    let channel_mixes = channel_mixes_in(journey, steps);
    let metrics = metric_tracks_in(journey, steps);
    Insights {
        summary: summary_in(journey, steps, &transitions, &channel_mixes, &metrics),
        channel_mixes,
        lowest_points: lowest_points_in(journey, steps),
        drops: drops_in(journey, steps),
        critical_steps: critical_steps_in(journey, steps),
        owners: ownership_in(journey, steps, owners, &transitions),
        matrix: priority_matrix_in(journey, steps),
        opportunities: opportunity_board_in(journey, steps, owners),
        transitions,
        metrics,
    }
}

// ---- 1. Weakest links ----

/// Lowest point: the step where a persona feels worst (the earliest on a tie; the others are
/// listed), unless the persona feels the same at every step of several.
pub fn lowest_points(journey: &Journey) -> Vec<LowPoint> {
    lowest_points_in(journey, &in_order(journey))
}

fn lowest_points_in(journey: &Journey, steps: &[&Step]) -> Vec<LowPoint> {
    journey
        .persona_ids()
        .into_iter()
        .filter_map(|persona| {
            let points: Vec<_> = series(journey, steps, persona)
                .into_iter()
                .map(|(_, step, value)| (step, persona, value))
                .collect();
            low_point(&points, false)
        })
        .collect()
}

/// Drop: a persona's feeling falls by 1 or more from one step to their next step with a feeling.
pub fn drops(journey: &Journey) -> Vec<EmotionDrop> {
    drops_in(journey, &in_order(journey))
}

fn drops_in(journey: &Journey, steps: &[&Step]) -> Vec<EmotionDrop> {
    let mut found: Vec<(usize, EmotionDrop)> = Vec::new();
    for persona in journey.persona_ids() {
        for pair in series(journey, steps, persona).windows(2) {
            let ((at, a, before), (_, b, after)) = (pair[0], pair[1]);
            let drop = emotion_drop(persona, a, b, before, after);
            if drop.by() >= MIN_DROP {
                found.push((at, drop));
            }
        }
    }
    // Stable: persona order stays the last tie-break.
    sorting::sort_by(&mut found, &|(at_x, x), (at_y, y)| {
        y.by().total_cmp(&x.by()).then(at_x.cmp(at_y))
    });
    found.into_iter().map(|(_, d)| d).collect()
}

/// Critical step: some persona feels below neutral there; the most important, then the worst, come first.
pub fn critical_steps(journey: &Journey) -> Vec<CriticalStep> {
    critical_steps_in(journey, &in_order(journey))
}

fn critical_steps_in(journey: &Journey, steps: &[&Step]) -> Vec<CriticalStep> {
    let mut found: Vec<CriticalStep> = Vec::new();
    for &step in steps {
        if let Some((persona, value)) = worst_feeling(journey, step).filter(|(_, v)| *v < 0.0) {
            found.push(CriticalStep {
                step: step.id.clone(),
                importance: step.importance,
                persona: persona.to_owned(),
                value,
            });
        }
    }
    // Stable: journey order stays the last tie-break; no importance sorts last.
    let importance = |c: &CriticalStep| c.importance.unwrap_or(f64::NEG_INFINITY);
    sorting::sort_by(&mut found, &|x, y| {
        importance(y)
            .total_cmp(&importance(x))
            .then(x.value.total_cmp(&y.value))
    });
    found
}

// ---- 2. Handoffs and channel switches ----

/// Handoff or channel switch: the owner or the set of channels differs between consecutive steps, both sides named.
pub fn transitions(journey: &Journey) -> Vec<Transition> {
    transitions_in(journey, &in_order(journey))
}

fn transitions_in(journey: &Journey, steps: &[&Step]) -> Vec<Transition> {
    // (A loop: a filtered iterator collected into a `Vec` is a kilobyte more of wasm.)
    let mut found = Vec::new();
    for pair in steps.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let owner = change(a.owner.as_slice(), b.owner.as_slice());
        let channel = change(a.channels.as_slice(), b.channels.as_slice());
        if owner.is_some() || channel.is_some() {
            found.push(Transition {
                from: a.id.clone(),
                to: b.id.clone(),
                owner,
                channel,
                drop: largest_fall(journey, a, b),
            });
        }
    }
    found
}

/// Likely break: at a handoff or switch, some persona's feeling falls by 1 or more (as a drop
/// does) or to below neutral; the largest such fall is kept. (Any fall was a break: a review's
/// journey had 11 of 23 steps marked, a 0.5 dip between two good moments as loudly as an
/// engineer three hours late.)
fn largest_fall(journey: &Journey, a: &Step, b: &Step) -> Option<EmotionDrop> {
    let first = journey.persona_ids()[0];
    journey
        .persona_ids()
        .into_iter()
        .filter_map(|persona| {
            let before = a.emotion_for(persona, first)?;
            let after = b.emotion_for(persona, first)?;
            (after < before && (before - after >= MIN_DROP || after < 0.0))
                .then(|| emotion_drop(persona, a, b, before, after))
        })
        // `reduce` keeps the first persona on a tie.
        .reduce(|best, d| if d.by() > best.by() { d } else { best })
}

/// Channel mix: a step lists several channels, so the customer moves between them inside it; a likely break when some persona feels below neutral there.
pub fn channel_mixes(journey: &Journey) -> Vec<ChannelMix> {
    channel_mixes_in(journey, &in_order(journey))
}

fn channel_mixes_in(journey: &Journey, steps: &[&Step]) -> Vec<ChannelMix> {
    let mut mixes = Vec::new();
    for &step in steps {
        if step.channels.as_slice().len() > 1 {
            mixes.push(ChannelMix {
                step: step.id.clone(),
                channels: step.channels.as_slice().to_vec(),
                below_neutral: worst_feeling(journey, step)
                    .filter(|(_, v)| *v < 0.0)
                    .map(|(p, v)| (p.to_owned(), v)),
            });
        }
    }
    mixes
}

/// The change between two lists of ids: `None` when either is empty or both hold the same ids.
fn change(from: &[String], to: &[String]) -> Option<Change> {
    // Set equality without building sets: the lists hold a few ids.
    let same = from.iter().all(|id| to.contains(id)) && to.iter().all(|id| from.contains(id));
    (!from.is_empty() && !to.is_empty() && !same).then(|| Change {
        from: from.to_vec(),
        to: to.to_vec(),
    })
}

// ---- 3. Priority matrix ----

/// Priority quadrant: importance 3 or more (the middle of 1..5) is important; a mean feeling below 0 is negative.
pub fn quadrant(importance: f64, emotion: f64) -> Quadrant {
    match (importance >= IMPORTANT_FROM, emotion < 0.0) {
        (true, true) => Quadrant::FixFirst,
        (true, false) => Quadrant::Protect,
        (false, true) => Quadrant::Watch,
        (false, false) => Quadrant::Maintain,
    }
}

/// The matrix: every step with an importance and a feeling, at (importance, lowest feeling
/// among personas).
pub fn priority_matrix(journey: &Journey) -> Vec<MatrixPoint> {
    priority_matrix_in(journey, &in_order(journey))
}

fn priority_matrix_in(journey: &Journey, steps: &[&Step]) -> Vec<MatrixPoint> {
    let mut points = Vec::new();
    for &step in steps {
        let Some(importance) = step.importance else {
            continue;
        };
        let per_persona: Vec<(String, f64)> = feelings(journey, step)
            .into_iter()
            .map(|(p, v)| (p.to_owned(), v))
            .collect();
        let lowest = per_persona.iter().map(|(_, v)| *v).reduce(f64::min);
        if let Some(emotion) = lowest {
            points.push(MatrixPoint {
                step: step.id.clone(),
                importance,
                emotion,
                per_persona,
                quadrant: quadrant(importance, emotion),
            });
        }
    }
    points
}

// ---- 4. Metrics ----

/// Missed target: a step's reading is on the wrong side of its metric's target (lower is better for effort and time).
pub fn metric_tracks(journey: &Journey) -> Vec<MetricTrack> {
    metric_tracks_in(journey, &in_order(journey))
}

fn metric_tracks_in(journey: &Journey, steps: &[&Step]) -> Vec<MetricTrack> {
    let defs = metrics::Defs::new(&journey.metrics);
    let mut ids: Vec<&str> = journey.metrics.iter().map(|d| d.id.as_str()).collect();
    let mut seen: IdSet = ids.iter().copied().collect();
    for step in steps {
        for id in step.metrics.keys() {
            if seen.insert(id) {
                ids.push(id);
            }
        }
    }
    sorting::sort_by_key(&mut ids, &|id| metrics::order_key(id, &defs));
    ids.into_iter()
        .map(|id| metric_track(id, &defs, steps))
        .collect()
}

fn metric_track(id: &str, defs: &metrics::Defs, steps: &[&Step]) -> MetricTrack {
    let scale = metrics::resolve(id, defs);
    // (Loops: filtered iterators collected into a `Vec` cost more wasm.)
    let (mut readings, mut missed) = (Vec::new(), Vec::new());
    for step in steps {
        let Some(&value) = step.metrics.get(id) else {
            continue;
        };
        let status = scale
            .as_ref()
            .map_or(TargetStatus::NoTarget, |s| metrics::status(value, s));
        if status == TargetStatus::Missed {
            missed.push(step.id.clone());
        }
        readings.push(Reading {
            step: step.id.clone(),
            value,
            status,
        });
    }
    MetricTrack {
        id: id.to_owned(),
        name: scale.as_ref().map_or(id.to_owned(), |s| s.name.clone()),
        default_name: scale.as_ref().is_some_and(|s| s.default_name),
        unit: scale.as_ref().map(|s| s.unit.clone()).unwrap_or_default(),
        target: scale.as_ref().and_then(|s| s.target),
        min: scale.as_ref().and_then(|s| s.min),
        max: scale.as_ref().and_then(|s| s.max),
        higher_is_better: scale.as_ref().is_none_or(|s| s.higher_is_better),
        readings,
        missed,
    }
}

// ---- 5. Ownership ----

/// Ownership: per owner, their steps, mean feeling, pains, opportunities (the format has no status: all are open) and handoffs.
pub fn ownership(journey: &Journey, transitions: &[Transition]) -> Vec<OwnerStats> {
    let steps = in_order(journey);
    ownership_in(journey, &steps, &owner_order(journey, &steps), transitions)
}

fn ownership_in(
    journey: &Journey,
    steps: &[&Step],
    owners: &[String],
    transitions: &[Transition],
) -> Vec<OwnerStats> {
    owners
        .iter()
        .map(|owner| {
            let mut mine: Vec<&Step> = Vec::new();
            for s in steps {
                if s.owner.as_deref() == Some(owner.as_str()) {
                    mine.push(s);
                }
            }
            let handoffs = transitions.iter().filter_map(|t| t.owner.as_ref());
            let handoffs_in = handoffs.clone().filter(|c| c.to.contains(owner)).count();
            let handoffs_out = handoffs.filter(|c| c.from.contains(owner)).count();
            OwnerStats {
                steps: mine.iter().map(|s| s.id.clone()).collect(),
                average_emotion: mean(
                    mine.iter()
                        .flat_map(|s| feelings(journey, s))
                        .map(|(_, v)| v),
                ),
                pains: mine.iter().map(|s| s.pains.len()).sum(),
                // (Counted without building the board's items: their text copied for each
                // owner took a fifth of the insights' time on long journeys.)
                open_opportunities: steps
                    .iter()
                    .flat_map(|s| s.opportunities.iter().map(|o| idea_owner(o, s)))
                    .filter(|o| *o == Some(owner.as_str()))
                    .count(),
                handoffs_in,
                handoffs_out,
                owner: owner.clone(),
            }
        })
        .collect()
}

/// The file's owners in its order, then any other owner id in order of first use.
fn owner_order(journey: &Journey, steps: &[&Step]) -> Vec<String> {
    let mut order: Vec<String> = journey.owners.iter().map(|t| t.id.clone()).collect();
    let used = steps.iter().flat_map(|s| {
        let ideas = s.opportunities.iter().filter_map(|o| o.owner());
        s.owner.as_deref().into_iter().chain(ideas)
    });
    for id in used {
        if !order.iter().any(|o| o == id) {
            order.push(id.to_owned());
        }
    }
    order
}

// ---- 6. Opportunities ----

/// Opportunity board: every idea, by owner (its own, else its step's) and by kind (corrective, curative, none).
pub fn opportunity_board(journey: &Journey) -> OpportunityBoard {
    let steps = in_order(journey);
    opportunity_board_in(journey, &steps, &owner_order(journey, &steps))
}

fn opportunity_board_in(journey: &Journey, steps: &[&Step], owners: &[String]) -> OpportunityBoard {
    let items: Vec<OpportunityItem> = all_opportunities(steps).collect();
    let owned_by = |owner: Option<&str>| picked(&items, &|o| o.owner.as_deref() == owner);
    let by_owner = owners
        .iter()
        .map(|o| Some(o.as_str()))
        .chain([None])
        .map(|owner| OwnerGroup {
            owner: owner.map(str::to_owned),
            items: owned_by(owner),
        })
        .filter(|g| !g.items.is_empty())
        .collect();
    let by_kind = [
        Some(OpportunityKind::Corrective),
        Some(OpportunityKind::Curative),
        None,
    ]
    .into_iter()
    .map(|kind| KindGroup {
        kind,
        items: picked(&items, &|o| o.kind == kind),
    })
    .collect();
    OpportunityBoard {
        by_owner,
        by_kind,
        curative_only: curative_only_in(journey, steps),
    }
}

/// The `items` that `keep` keeps. (A loop: filtered iterators collected into a `Vec` cost
/// more wasm.)
fn picked(
    items: &[OpportunityItem],
    keep: &dyn Fn(&OpportunityItem) -> bool,
) -> Vec<OpportunityItem> {
    let mut out = Vec::new();
    for item in items {
        if keep(item) {
            out.push(item.clone());
        }
    }
    out
}

/// Curative only: a step below neutral whose every idea compensates one customer and none removes the cause.
pub fn curative_only(journey: &Journey) -> Vec<String> {
    curative_only_in(journey, &in_order(journey))
}

fn curative_only_in(journey: &Journey, steps: &[&Step]) -> Vec<String> {
    steps
        .iter()
        .copied()
        .filter(|step| {
            let negative = worst_feeling(journey, step).is_some_and(|(_, v)| v < 0.0);
            let ideas = &step.opportunities;
            negative
                && !ideas.is_empty()
                && ideas
                    .iter()
                    .all(|o| o.kind() == Some(OpportunityKind::Curative))
        })
        .map(|step| step.id.clone())
        .collect()
}

fn all_opportunities<'a>(steps: &'a [&'a Step]) -> impl Iterator<Item = OpportunityItem> + 'a {
    steps.iter().flat_map(|step| {
        step.opportunities.iter().map(|o| OpportunityItem {
            step: step.id.clone(),
            text: o.text().to_owned(),
            kind: o.kind(),
            owner: idea_owner(o, step).map(str::to_owned),
        })
    })
}

/// Who owns an idea: its own owner, else its step's.
fn idea_owner<'a>(idea: &'a Opportunity, step: &'a Step) -> Option<&'a str> {
    idea.owner().or(step.owner.as_deref())
}

// ---- 7. Summary ----

/// Summary: counts, the mean and lowest feeling, breaks found and readings that miss their target.
pub fn summary(
    journey: &Journey,
    transitions: &[Transition],
    mixes: &[ChannelMix],
    metrics: &[MetricTrack],
) -> Summary {
    summary_in(journey, &in_order(journey), transitions, mixes, metrics)
}

fn summary_in(
    journey: &Journey,
    steps: &[&Step],
    transitions: &[Transition],
    mixes: &[ChannelMix],
    metrics: &[MetricTrack],
) -> Summary {
    let points: Vec<(&Step, &str, f64)> = steps
        .iter()
        .copied()
        .flat_map(|step| {
            feelings(journey, step)
                .into_iter()
                .map(move |(p, v)| (step, p, v))
        })
        .collect();
    Summary {
        steps: journey.steps.len(),
        phases: journey.phases.len(),
        personas: journey.persona_ids().len(),
        average_emotion: mean(points.iter().map(|p| p.2)),
        lowest: low_point(&points, true),
        breaks: transitions
            .iter()
            .filter(|t| t.is_break())
            .map(|t| t.to.as_str())
            .chain(
                mixes
                    .iter()
                    .filter(|m| m.is_break())
                    .map(|m| m.step.as_str()),
            )
            .collect::<IdSet>()
            .count(),
        targets_missed: metrics.iter().map(|m| m.missed.len()).sum(),
    }
}

// ---- English one-liners ----

impl LowPoint {
    /// "lowest feeling for Ana: −2, also reached at “Renewal”", told at step `at`.
    pub fn explain_en(&self, journey: &Journey, at: &str) -> String {
        let mut out = format!(
            "lowest feeling{}: {}",
            for_persona(journey, &self.persona),
            signed(self.value)
        );
        match (self.other_named(journey, at), self.also_at.len()) {
            (_, 0) => {}
            (Some(name), _) => out.push_str(&[", also reached at ", &name].concat()),
            (None, n) => out.push_str(&format!(", also reached at {n} other steps")),
        }
        out
    }
}

impl EmotionDrop {
    /// "emotion falls by 4 for Ana, from +2 to −2"
    pub fn explain_en(&self, journey: &Journey) -> String {
        format!(
            "emotion falls by {}{}, from {} to {}",
            num(self.by()),
            for_persona(journey, &self.persona),
            signed(self.before),
            signed(self.after)
        )
    }
}

impl CriticalStep {
    /// Whether it matters enough to fix first (importance in the upper half): the map marks
    /// these, and the weakest links list them; the others are the matrix's "Watch".
    pub fn is_fix_first(&self) -> bool {
        self.importance.is_some_and(|i| i >= IMPORTANT_FROM)
    }

    /// "below neutral (−2 for Ana) at importance 5"
    pub fn explain_en(&self, journey: &Journey) -> String {
        let feeling = format!(
            "below neutral ({}{})",
            signed(self.value),
            for_persona(journey, &self.persona)
        );
        match self.importance {
            Some(i) => format!("{feeling} at importance {}", num(i)),
            None => feeling,
        }
    }
}

impl ChannelMix {
    /// "the customer moves between Chat and Phone in this step, feeling −2 for Ana"
    pub fn explain_en(&self, journey: &Journey) -> String {
        let mut out = format!(
            "the customer moves between {} in this step",
            tag_names(&journey.channels, &self.channels, " and ")
        );
        if let Some((persona, value)) = &self.below_neutral {
            out.push_str(&format!(
                ", feeling {}{}",
                signed(*value),
                for_persona(journey, persona)
            ));
        }
        out
    }
}

impl Transition {
    /// "owner changes from Sales to Billing and emotion falls by 1"
    pub fn explain_en(&self, journey: &Journey) -> String {
        let names = |ids: &[String], tags: &[super::model::Tag]| tag_names(tags, ids, " + ");
        let mut parts: Vec<String> = Vec::new();
        if let Some(c) = &self.owner {
            let (from, to) = (
                names(&c.from, &journey.owners),
                names(&c.to, &journey.owners),
            );
            parts.push(format!("owner changes from {from} to {to}"));
        }
        if let Some(c) = &self.channel {
            let (from, to) = (
                names(&c.from, &journey.channels),
                names(&c.to, &journey.channels),
            );
            parts.push(format!("channel changes from {from} to {to}"));
        }
        if let Some(d) = &self.drop {
            let who = for_persona(journey, &d.persona);
            parts.push(format!("emotion falls by {}{who}", num(d.by())));
        }
        match parts.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", super::text::join(rest, ", ")),
            None => String::new(),
        }
    }
}

/// " for <persona name>" when the journey has several personas, else nothing.
fn for_persona(journey: &Journey, persona: &str) -> String {
    match persona_named(journey, persona) {
        Some(name) => format!(" for {name}"),
        None => String::new(),
    }
}

/// The persona's name (else its id) when the journey has several personas, so that an
/// explanation names whose feeling it is (isolated when right to left, see `bidi`); `None`
/// when there is only one.
pub fn persona_named<'a>(journey: &'a Journey, persona: &'a str) -> Option<Cow<'a, str>> {
    if journey.personas.len() < 2 {
        return None;
    }
    let name = journey
        .personas
        .iter()
        .find(|p| p.id == persona)
        .map_or(persona, |p| p.name.as_str());
    Some(isolated(name))
}

/// Why a step is named in the insights: one finding, for the UI to explain in its language.
#[derive(Clone, Copy, Debug)]
pub enum Reason<'a> {
    /// A lowest point, told at one of the steps that reach it (`Reason::at`): it names the
    /// other step, or counts the others.
    Lowest(&'a LowPoint, &'a str),
    Drop(&'a EmotionDrop),
    Critical(&'a CriticalStep),
    Change(&'a Transition),
    Mix(&'a ChannelMix),
}

impl<'a> Reason<'a> {
    /// The English one-liner.
    pub fn explain_en(self, journey: &Journey) -> String {
        match self {
            Reason::Lowest(r, at) => r.explain_en(journey, at),
            Reason::Drop(r) => r.explain_en(journey),
            Reason::Critical(r) => r.explain_en(journey),
            Reason::Change(r) => r.explain_en(journey),
            Reason::Mix(r) => r.explain_en(journey),
        }
    }

    /// This finding told at `step`: a lowest point reached at several steps names the
    /// other step, or counts the others (the other findings name one step).
    pub fn at(self, step: &'a str) -> Reason<'a> {
        match self {
            Reason::Lowest(low, _) => Reason::Lowest(low, step),
            other => other,
        }
    }

    /// The step the finding names (a drop or a change names the step it leads to).
    pub fn step(self) -> &'a str {
        match self {
            Reason::Lowest(_, at) => at,
            Reason::Drop(r) => &r.to,
            Reason::Critical(r) => &r.step,
            Reason::Change(r) => &r.to,
            Reason::Mix(r) => &r.step,
        }
    }
}

impl Insights {
    /// The weakest links, one line per step with every reason it is there: a step can be
    /// the lowest point of two personas, a drop for both and a step to fix first (listed
    /// once per reason, it came up to four times). Lines follow the steps' first reasons
    /// through the lowest points, the drops, then the steps to fix first as the map marks
    /// them (`CriticalStep::is_fix_first`), each as sorted; each reason is given by its
    /// index for `weakest_reason`. A lowest point reached at several steps is a reason of
    /// each, as the map marks each.
    pub fn weakest_links(&self) -> Vec<(String, Vec<usize>)> {
        let total = self.lowest_points.len() + self.drops.len() + self.critical_steps.len();
        let mut lines: Vec<(String, Vec<usize>)> = Vec::new();
        let mut line_of: FxHashMap<&str, usize> = FxHashMap::default();
        for i in 0..total {
            let reason = self.weakest_reason(i);
            let also: &[String] = match reason {
                Reason::Critical(c) if !c.is_fix_first() => continue,
                Reason::Lowest(low, _) => &low.also_at,
                _ => &[],
            };
            for step in std::iter::once(reason.step()).chain(also.iter().map(String::as_str)) {
                match line_of.get(step) {
                    Some(&at) => lines[at].1.push(i),
                    None => {
                        line_of.insert(step, lines.len());
                        lines.push((step.to_owned(), vec![i]));
                    }
                }
            }
        }
        lines
    }

    /// Reason `i` of the weakest links, counted through the lowest points, the drops, then
    /// the steps to fix first.
    pub fn weakest_reason(&self, i: usize) -> Reason<'_> {
        let (lows, drops) = (self.lowest_points.len(), self.drops.len());
        if i < lows {
            let low = &self.lowest_points[i];
            Reason::Lowest(low, &low.step)
        } else if i < lows + drops {
            Reason::Drop(&self.drops[i - lows])
        } else {
            Reason::Critical(&self.critical_steps[i - lows - drops])
        }
    }
}

/// The name of a channel or owner, else its id.
pub fn tag_name<'a>(tags: &'a [super::model::Tag], id: &'a str) -> &'a str {
    tags.iter()
        .find(|t| t.id == id)
        .map_or(id, |t| t.name.as_str())
}

/// The names of the tags `ids`, each isolated for a sentence, with `separator` between them.
pub fn tag_names(tags: &[super::model::Tag], ids: &[String], separator: &str) -> String {
    let names: Vec<String> = (ids.iter())
        .map(|id| isolated(tag_name(tags, id)).into_owned())
        .collect();
    super::text::join(&names, separator)
}

// ---- Shared helpers ----

/// The steps in journey order. (Each list's public function lays them out; `insights`
/// lays them out once, for the `_in` forms of all of them.)
fn in_order(journey: &Journey) -> Vec<&Step> {
    layout(journey)
        .columns
        .iter()
        .map(|c| &journey.steps[c.step])
        .collect()
}

/// One persona's feelings along the journey: (position in journey order, step, value).
fn series<'a>(journey: &Journey, steps: &[&'a Step], persona: &str) -> Vec<(usize, &'a Step, f64)> {
    let first = journey.persona_ids()[0];
    steps
        .iter()
        .enumerate()
        .filter_map(|(at, step)| Some((at, *step, step.emotion_for(persona, first)?)))
        .collect()
}

/// Every persona's feeling at a step, in persona order; personas without one are skipped.
pub fn feelings<'a>(journey: &'a Journey, step: &Step) -> Vec<(&'a str, f64)> {
    let ids = journey.persona_ids();
    let first = ids[0];
    ids.into_iter()
        .filter_map(|p| Some((p, step.emotion_for(p, first)?)))
        .collect()
}

/// The lowest feeling at a step and whose it is (the first persona on a tie).
fn worst_feeling<'a>(journey: &'a Journey, step: &Step) -> Option<(&'a str, f64)> {
    feelings(journey, step)
        .into_iter()
        .reduce(|worst, f| if f.1 < worst.1 { f } else { worst })
}

/// The lowest of (step, persona, value) points given in order: the first one reached, with ties;
/// unless `flat` is allowed, none when each of several points is at it, a step each (a
/// persona's flat curve). A step's points (one per persona) come together, so a step already
/// listed is the last one.
fn low_point(points: &[(&Step, &str, f64)], flat: bool) -> Option<LowPoint> {
    let value = points.iter().map(|p| p.2).min_by(f64::total_cmp)?;
    let mut at = points.iter().filter(|p| p.2 == value);
    let &(step, persona, _) = at.next()?;
    let mut also_at: Vec<String> = Vec::new();
    for (other, ..) in at {
        // (Not `also_at.contains`: with thousands of steps at the lowest feeling, that
        // compared each with every one before it.)
        if other.id != step.id && also_at.last() != Some(&other.id) {
            also_at.push(other.id.clone());
        }
    }
    // A flat curve has no low point: every step, reaching it, would be marked as one (a
    // single step is its own).
    if !flat && points.len() > 1 && also_at.len() + 1 == points.len() {
        return None;
    }
    Some(LowPoint {
        persona: persona.to_owned(),
        step: step.id.clone(),
        value,
        also_at,
    })
}

fn emotion_drop(persona: &str, a: &Step, b: &Step, before: f64, after: f64) -> EmotionDrop {
    EmotionDrop {
        persona: persona.to_owned(),
        from: a.id.clone(),
        to: b.id.clone(),
        before,
        after,
    }
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

// ---- Marks on the map ----

/// What the map marks on a step's header, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlagKind {
    /// A handoff, switch or channel mix where the customer suffers.
    Break,
    Lowest,
    Drop,
    /// A critical step that matters (importance in the upper half).
    FixFirst,
    Handoff,
    ChannelSwitch,
    ChannelMix,
}

impl FlagKind {
    /// Every mark, most urgent first (the legend of the shortcuts dialog).
    pub const ALL: [FlagKind; 7] = [
        FlagKind::Break,
        FlagKind::Lowest,
        FlagKind::Drop,
        FlagKind::FixFirst,
        FlagKind::Handoff,
        FlagKind::ChannelSwitch,
        FlagKind::ChannelMix,
    ];

    /// A stable name for `data-flag` hooks and styles.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::Break => "break",
            FlagKind::Lowest => "lowest",
            FlagKind::Drop => "drop",
            FlagKind::FixFirst => "fix-first",
            FlagKind::Handoff => "handoff",
            FlagKind::ChannelSwitch => "channel-switch",
            FlagKind::ChannelMix => "channel-mix",
        }
    }
}

/// One mark on a step, with the one-liner saying why.
#[derive(Clone, Debug, PartialEq)]
pub struct StepFlag {
    pub kind: FlagKind,
    pub explain: String,
}

/// Each step's marks, by the step's index in the journey. (A map of step ids to marks cost
/// a layout of hash table of its own in the wasm.)
#[derive(Debug, Default)]
pub struct StepFlags(Vec<Vec<StepFlag>>);

impl StepFlags {
    /// The marks of the step at `step` in the journey, if it has any.
    pub fn get(&self, step: usize) -> Option<&[StepFlag]> {
        let list = self.0.get(step)?;
        (!list.is_empty()).then_some(list)
    }

    /// The marks of the step of `journey` whose id is `id` (found by a search through its
    /// steps: for tests and tools, not for every step).
    pub fn of(&self, journey: &Journey, id: &str) -> &[StepFlag] {
        let step = journey.steps.iter().position(|s| s.id == id);
        step.and_then(|step| self.get(step)).unwrap_or_default()
    }
}

/// The marks of every flagged step, explained in English (see `step_flags_in`).
pub fn step_flags(journey: &Journey, all: &Insights) -> StepFlags {
    step_flags_in(journey, all, |reason, journey| reason.explain_en(journey))
}

/// How a UI language explains a finding.
pub type Explain = fn(Reason<'_>, &Journey) -> String;

/// The marks of every flagged step, by step id, each explained by `explain`; a step's marks
/// are sorted by urgency and several reasons of one kind are joined into one mark. Changes
/// are marked on the step they lead to.
pub fn step_flags_in(journey: &Journey, all: &Insights, explain: Explain) -> StepFlags {
    let index = journey.step_indices();
    let mut flags = StepFlags(journey.steps.iter().map(|_| Vec::new()).collect());
    let mut add = |step: &str, kind: FlagKind, why: String| {
        let Some(list) = index.get(step).map(|&i| &mut flags.0[i]) else {
            return;
        };
        match list.iter_mut().find(|f| f.kind == kind) {
            Some(flag) => {
                flag.explain.push_str("; ");
                flag.explain.push_str(&why);
            }
            None => list.push(StepFlag { kind, explain: why }),
        }
    };
    for low in &all.lowest_points {
        for step in std::iter::once(&low.step).chain(&low.also_at) {
            add(
                step,
                FlagKind::Lowest,
                explain(Reason::Lowest(low, step), journey),
            );
        }
    }
    for drop in &all.drops {
        add(
            &drop.to,
            FlagKind::Drop,
            explain(Reason::Drop(drop), journey),
        );
    }
    for critical in &all.critical_steps {
        if critical.is_fix_first() {
            add(
                &critical.step,
                FlagKind::FixFirst,
                explain(Reason::Critical(critical), journey),
            );
        }
    }
    for t in &all.transitions {
        // Where ownership changes hands is what people scan the map for, so a handoff keeps
        // its mark at a break too, and beside a channel switch. Each of those marks says only
        // its own change; a break's says the whole.
        let only = |owner: bool| Transition {
            from: String::new(),
            to: String::new(),
            owner: t.owner.clone().filter(|_| owner),
            channel: t.channel.clone().filter(|_| !owner),
            drop: None,
        };
        if t.owner.is_some() {
            add(
                &t.to,
                FlagKind::Handoff,
                explain(Reason::Change(&only(true)), journey),
            );
        }
        if t.is_break() {
            add(&t.to, FlagKind::Break, explain(Reason::Change(t), journey));
        } else if t.channel.is_some() {
            add(
                &t.to,
                FlagKind::ChannelSwitch,
                explain(Reason::Change(&only(false)), journey),
            );
        }
    }
    for mix in &all.channel_mixes {
        let kind = if mix.is_break() {
            FlagKind::Break
        } else {
            FlagKind::ChannelMix
        };
        add(&mix.step, kind, explain(Reason::Mix(mix), journey));
    }
    for list in &mut flags.0 {
        sorting::sort_by_key(list, &|f| f.kind);
    }
    flags
}
