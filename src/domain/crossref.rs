//! Checks that need the whole file: unique ids, steps that name a known phase, feelings for
//! known personas, known channels, owners and metrics, phases in order. Items that cannot be
//! shown safely (a duplicate id, an unknown phase) are left out with an error; the rest are
//! kept with a warning.

use rustc_hash::FxHashMap;

use super::id_set::IdSet;
use super::lanes::BUILTIN_LANES;
use super::metrics;
use super::model::{
    Emotion, LaneDef, MetricDef, OneOrMany, Persona, Phase, Step, Tag, DEFAULT_PERSONA,
};
use super::parse::Indexed;
use super::problem::{Effect, Noun, Problem, ProblemKind};
use super::reader::{index_path, key_path, Reader};

/// Everything read from the file, before cross-checks.
pub struct Draft {
    pub personas: Vec<Indexed<Persona>>,
    pub phases: Vec<Indexed<Phase>>,
    pub steps: Vec<Indexed<Step>>,
    pub channels: Vec<Indexed<Tag>>,
    pub owners: Vec<Indexed<Tag>>,
    pub lanes: Option<Vec<Indexed<LaneDef>>>,
    pub metrics: Vec<Indexed<MetricDef>>,
}

/// What survives the checks.
pub struct Checked {
    pub personas: Vec<Persona>,
    pub phases: Vec<Phase>,
    pub steps: Vec<Step>,
    pub channels: Vec<Tag>,
    pub owners: Vec<Tag>,
    pub lanes: Option<Vec<LaneDef>>,
    pub metrics: Vec<MetricDef>,
}

pub fn check(draft: Draft, r: &mut Reader) -> Checked {
    let personas = unique(draft.personas, "personas", Noun::Persona, r, |p| &p.id);
    let phases = unique(draft.phases, "phases", Noun::Phase, r, |p| &p.id);
    let channels = unique(draft.channels, "channels", Noun::Channel, r, |t| &t.id);
    let owners = unique(draft.owners, "owners", Noun::Owner, r, |t| &t.id);
    let lanes = draft
        .lanes
        .map(|l| unique(l, "lanes", Noun::Lane, r, |l| &l.id));
    let metric_defs = strip(unique(draft.metrics, "metrics", Noun::Metric, r, |m| &m.id));

    let known = Known {
        phases: ids(&phases, |p| &p.id),
        personas: ids(&personas, |p| &p.id),
        channels: ids(&channels, |t| &t.id),
        owners: ids(&owners, |t| &t.id),
        metrics: metrics::Defs::new(&metric_defs),
    };
    // Looked up in sets: a file can name an unknown channel 20,000 times among 20,000.
    let sets = Sets {
        phases: set_of(&known.phases),
        personas: set_of(&known.personas),
        channels: set_of(&known.channels),
        owners: set_of(&known.owners),
    };
    let steps = known_phase_steps(draft.steps, &known, &sets, r);
    let mut steps = unique(steps, "steps", Noun::Step, r, |s| &s.id);
    for step in &mut steps {
        check_step(step, &known, &sets, r);
        step.item.file_index = step.index;
    }
    warn_phase_order(&steps, &known.phases, r);
    warn_empty_phases(&phases, &steps, r);

    Checked {
        personas: strip(personas),
        phases: strip(phases),
        steps: strip(steps),
        channels: strip(channels),
        owners: strip(owners),
        lanes: lanes.map(strip),
        metrics: metric_defs,
    }
}

struct Known<'a> {
    phases: Vec<String>,
    personas: Vec<String>,
    channels: Vec<String>,
    owners: Vec<String>,
    metrics: metrics::Defs<'a>,
}

fn ids<T>(items: &[Indexed<T>], id: impl Fn(&T) -> &String) -> Vec<String> {
    items.iter().map(|i| id(&i.item).clone()).collect()
}

/// The ids of `Known`'s lists, to look up.
struct Sets<'a> {
    phases: IdSet<'a>,
    personas: IdSet<'a>,
    channels: IdSet<'a>,
    owners: IdSet<'a>,
}

fn set_of(ids: &[String]) -> IdSet<'_> {
    ids.iter().map(String::as_str).collect()
}

/// The known ids a message names: eight, and "…" after them when there are more. (A file can
/// define 20,000 channels and name an unknown one 20,000 times: a copy of the whole list in
/// each message took more memory than the page has.)
fn named(known: &[String]) -> Vec<String> {
    known[..known.len().min(NAMED_IDS)].to_vec()
}

/// How many known ids a message keeps (`quoted_list` names eight, then "…").
const NAMED_IDS: usize = 9;

fn strip<T>(items: Vec<Indexed<T>>) -> Vec<T> {
    items.into_iter().map(|i| i.item).collect()
}

/// Keeps the first item of each id; later ones are errors and left out.
fn unique<T>(
    items: Vec<Indexed<T>>,
    list: &str,
    noun: Noun,
    r: &mut Reader,
    id: impl Fn(&T) -> &String,
) -> Vec<Indexed<T>> {
    let ids: Vec<(&str, usize)> = items
        .iter()
        .map(|i| (id(&i.item).as_str(), i.index))
        .collect();
    let mut repeated = repeats(&ids, list, noun, r).into_iter();
    items
        .into_iter()
        .filter(|_| !repeated.next().unwrap_or(false))
        .collect()
}

/// Which ids repeat one before them, each told as an error. (Not generic: `unique` is
/// built for each kind of item, and this part once with it.)
fn repeats(ids: &[(&str, usize)], list: &str, noun: Noun, r: &mut Reader) -> Vec<bool> {
    let mut first = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
    let mut repeated = Vec::with_capacity(ids.len());
    for &(key, index) in ids {
        repeated.push(match first.get(key) {
            Some(&first) => {
                let kind = ProblemKind::Duplicate {
                    noun,
                    id: key.to_owned(),
                    first: index_path(list, first),
                };
                let at = key_path(&index_path(list, index), "id");
                r.push(Problem::error(at, kind, Effect::LeftOut(noun)));
                true
            }
            None => {
                first.insert(key, index);
                false
            }
        });
    }
    repeated
}

/// Leaves out steps whose phase the file does not define.
fn known_phase_steps(
    steps: Vec<Indexed<Step>>,
    known: &Known,
    sets: &Sets,
    r: &mut Reader,
) -> Vec<Indexed<Step>> {
    steps
        .into_iter()
        .filter(|s| {
            let ok = sets.phases.contains(s.item.phase.as_str());
            if !ok {
                let kind = ProblemKind::UnknownRef {
                    noun: Noun::Phase,
                    id: s.item.phase.clone(),
                    known: named(&known.phases),
                };
                let at = key_path(&index_path("steps", s.index), "phase");
                r.push(Problem::error(at, kind, Effect::LeftOut(Noun::Step)));
            }
            ok
        })
        .collect()
}

fn check_step(step: &mut Indexed<Step>, known: &Known, sets: &Sets, r: &mut Reader) {
    // The step's path, built only for a problem (most steps have none).
    let index = step.index;
    let at = move || index_path("steps", index);
    let s = &mut step.item;
    check_emotion_personas(s, &at, known, &sets.personas, r);
    for (i, channel) in s.channels.as_slice().iter().enumerate() {
        let path = || match &s.channels {
            OneOrMany::One(_) => key_path(&at(), "channel"),
            OneOrMany::Many(_) => index_path(&key_path(&at(), "channel"), i),
        };
        warn_unknown(
            channel,
            &known.channels,
            &sets.channels,
            Noun::Channel,
            path,
            r,
        );
    }
    if let Some(owner) = &s.owner {
        let path = || key_path(&at(), "owner");
        warn_unknown(owner, &known.owners, &sets.owners, Noun::Owner, path, r);
    }
    for (i, opportunity) in s.opportunities.iter().enumerate() {
        if let Some(owner) = opportunity.owner() {
            let path = || key_path(&index_path(&key_path(&at(), "opportunities"), i), "owner");
            warn_unknown(owner, &known.owners, &sets.owners, Noun::Owner, path, r);
        }
    }
    check_metric_values(s, &at, known, r);
    s.custom.retain(|(lane, _)| {
        let builtin = BUILTIN_LANES.contains(&lane.as_str());
        if builtin {
            let kind = ProblemKind::BuiltinLaneInCustom { id: lane.clone() };
            let path = key_path(&key_path(&at(), "custom"), lane);
            r.push(Problem::error(path, kind, Effect::Ignored));
        }
        !builtin
    });
}

/// A feeling for a persona the file does not define is ignored with a warning.
fn check_emotion_personas(
    s: &mut Step,
    at: &impl Fn() -> String,
    known: &Known,
    set: &IdSet,
    r: &mut Reader,
) {
    let Some(Emotion::PerPersona(map)) = &mut s.emotion else {
        return;
    };
    let is_known = |persona: &String| match known.personas.is_empty() {
        true => persona == DEFAULT_PERSONA,
        false => set.contains(persona.as_str()),
    };
    map.retain(|(persona, _)| {
        let ok = is_known(persona);
        if !ok {
            let kind = ProblemKind::UnknownRef {
                noun: Noun::Persona,
                id: persona.clone(),
                known: named(&known.personas),
            };
            let path = key_path(&key_path(&at(), "emotion"), persona);
            r.push(Problem::error(path, kind, Effect::Ignored));
        }
        ok
    });
}

/// Warns about a reference to a channel or owner missing from a list the file does give.
fn warn_unknown(
    id: &str,
    known: &[String],
    set: &IdSet,
    noun: Noun,
    at: impl FnOnce() -> String,
    r: &mut Reader,
) {
    if !known.is_empty() && !set.contains(id) {
        let at = at();
        let kind = ProblemKind::UnknownRef {
            noun,
            id: id.to_owned(),
            known: named(known),
        };
        r.push(Problem::warning(at, kind).with_effect(Effect::ShownAsWritten));
    }
}

fn check_metric_values(s: &Step, at: &impl Fn() -> String, known: &Known, r: &mut Reader) {
    let defs = &known.metrics;
    for (id, value) in &s.metrics {
        let path = || key_path(&key_path(&at(), "metrics"), id);
        match metrics::resolve(id, defs) {
            None => {
                let kind = ProblemKind::UnknownRef {
                    noun: Noun::Metric,
                    id: id.clone(),
                    known: defs
                        .list
                        .iter()
                        .take(NAMED_IDS)
                        .map(|d| d.id.clone())
                        .collect(),
                };
                r.push(Problem::warning(path(), kind).with_effect(Effect::ShownAsWritten));
            }
            Some(scale) => {
                let min = scale.min.unwrap_or(f64::NEG_INFINITY);
                let max = scale.max.unwrap_or(f64::INFINITY);
                if !(min..=max).contains(value) {
                    let kind = ProblemKind::OffScale {
                        value: *value,
                        min,
                        max,
                    };
                    r.push(Problem::warning(path(), kind));
                }
            }
        }
    }
}

/// Warns when a step comes after steps of a later phase (it is still shown with its phase).
fn warn_phase_order(steps: &[Indexed<Step>], phases: &[String], r: &mut Reader) {
    let order_of: FxHashMap<&str, usize> = phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut latest = 0;
    for s in steps {
        let order = order_of.get(s.item.phase.as_str()).copied().unwrap_or(0);
        if order < latest {
            let kind = ProblemKind::OutOfPhaseOrder {
                phase: s.item.phase.clone(),
            };
            r.push(Problem::warning(
                key_path(&index_path("steps", s.index), "phase"),
                kind,
            ));
        }
        latest = latest.max(order);
    }
}

/// Warns about phases no step belongs to (the map leaves them out; export keeps them).
fn warn_empty_phases(phases: &[Indexed<Phase>], steps: &[Indexed<Step>], r: &mut Reader) {
    if steps.is_empty() {
        return;
    }
    let used: IdSet = steps.iter().map(|s| s.item.phase.as_str()).collect();
    for p in phases {
        if !used.contains(p.item.id.as_str()) {
            r.push(
                Problem::warning(index_path("phases", p.index), ProblemKind::EmptyPhase)
                    .with_effect(Effect::LeftOut(Noun::Phase)),
            );
        }
    }
}
