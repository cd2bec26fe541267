//! Reads a journey file (JSON text) into a checked `Journey`, with every problem found.
//!
//! Reading is lenient and reporting is precise: a wrong value is left out with an error that
//! names its path, and the rest of the journey still opens. Only a file that cannot be a
//! journey at all (not JSON, not an object, no usable phase, no step list) is refused, so a
//! failed load never replaces the journey already shown.

use super::json::{Fields, Value};

use super::crossref;
use super::model::{Journey, LaneDef, MetricDef, Persona, Phase, Tag};
use super::parse_step::read_step;
use super::problem::{Effect, Expected, Noun, Problem, ProblemKind, Problems};
use super::reader::{index_path, Obj, Reader};
use super::syntax::{read_json, start_of_value};

/// The format version this app reads.
pub const FORMAT_VERSION: u64 = 1;

/// A journey that opened, with the problems found on the way (errors and warnings).
#[derive(Debug)]
pub struct Loaded {
    pub journey: Journey,
    pub problems: Problems,
}

/// An item read from an array, with its index in the file (for messages).
pub struct Indexed<T> {
    pub index: usize,
    pub item: T,
}

/// Reads a journey file. `Err` holds every problem found, at least one of them fatal.
pub fn read_journey(text: &str) -> Result<Loaded, Problems> {
    let (value, mut repeated) = read_json(text).map_err(|p| Problems {
        list: vec![p],
        unlisted: 0,
        errors: true,
    })?;
    let mut read = read_journey_value(&value).map_err(|mut problems| {
        // Not an object at all: the place is where the file's value starts (a path would
        // be empty).
        for p in problems.iter_mut().filter(|p| p.at.is_empty()) {
            if let ProblemKind::Expected {
                expected: Expected::Object(Noun::Journey),
                ..
            } = p.kind
            {
                p.at = start_of_value(text);
            }
        }
        problems
    });
    let problems = match &mut read {
        Ok(loaded) => &mut loaded.problems,
        Err(problems) => problems,
    };
    // Repeated keys first: they are about the text, before what it means.
    repeated.list.append(&mut problems.list);
    problems.list = repeated.list;
    problems.unlisted += repeated.unlisted;
    read
}

/// Reads an already-parsed JSON value as a journey.
pub fn read_journey_value(value: &Value) -> Result<Loaded, Problems> {
    let mut r = Reader::default();
    let Some(root) = r.object(value, String::new(), Noun::Journey, Effect::NotOpened) else {
        return Err(r.problems);
    };
    let version = read_version(&mut r, &root);
    let title = r
        .required_text(&root, "title", Effect::DefaultUsed(UNTITLED.into()))
        .unwrap_or_else(|| UNTITLED.to_owned());
    let description = r.text(&root, "description");
    let personas = read_list(&mut r, &root, "personas", Noun::Persona, read_persona);
    let phases = read_required_list(&mut r, &root, "phases", Noun::Phase, read_phase);
    let steps = read_required_list(&mut r, &root, "steps", Noun::Step, read_step);
    let channels = read_list(&mut r, &root, "channels", Noun::Channel, read_tag);
    let owners = read_list(&mut r, &root, "owners", Noun::Owner, read_tag);
    let lanes = root
        .get("lanes")
        .is_some()
        .then(|| read_list(&mut r, &root, "lanes", Noun::Lane, read_lane));
    let metrics = read_list(&mut r, &root, "metrics", Noun::Metric, read_metric_def);
    let meta = read_meta(&mut r, &root);
    let extra = root.unknown_fields(&TOP_LEVEL_FIELDS, &mut r);

    let (Some(phases), Some(steps)) = (phases, steps) else {
        return Err(r.problems);
    };
    let draft = crossref::Draft {
        personas,
        phases,
        steps,
        channels,
        owners,
        lanes,
        metrics,
    };
    let checked = crossref::check(draft, &mut r);
    if checked.phases.is_empty() {
        r.push(Problem::error(
            "phases",
            ProblemKind::NoUsablePhase,
            Effect::NotOpened,
        ));
        return Err(r.problems);
    }
    let journey = Journey {
        version,
        title,
        description,
        personas: checked.personas,
        phases: checked.phases,
        steps: checked.steps,
        channels: checked.channels,
        owners: checked.owners,
        lanes: checked.lanes,
        metrics: checked.metrics,
        meta,
        extra,
    };
    let mut problems = r.problems;
    in_file_order(&mut problems);
    Ok(Loaded { journey, problems })
}

/// The journey's own fields, in the format's order: everything else at the top level is kept
/// as an unknown field, and problems are listed in this order.
const TOP_LEVEL_FIELDS: [&str; 11] = [
    "version",
    "title",
    "description",
    "personas",
    "phases",
    "steps",
    "channels",
    "owners",
    "lanes",
    "metrics",
    "meta",
];

/// Sorts problems the way the file reads: by top-level field in the format's order, then by
/// item index, then by the rest of the path (stable: checks of one place keep their order).
pub fn in_file_order(problems: &mut Vec<Problem>) {
    super::sorting::sort_by_key(problems, &|p: &Problem| {
        let name_end = p.at.find(['.', '[']).unwrap_or(p.at.len());
        let field = TOP_LEVEL_FIELDS
            .iter()
            .position(|f| *f == &p.at[..name_end])
            .unwrap_or(TOP_LEVEL_FIELDS.len());
        let index: usize = p.at[name_end..]
            .strip_prefix('[')
            .and_then(|rest| rest.split(']').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        (field, index)
    });
}

/// The title of a journey whose file gives none (the UI shows it in its own language).
pub const UNTITLED: &str = "Untitled journey";

fn read_version(r: &mut Reader, root: &Obj) -> u64 {
    let fallback = Effect::DefaultUsed(FORMAT_VERSION.to_string());
    match root.get("version") {
        None => {
            let kind = ProblemKind::Missing {
                expected: Expected::FormatVersion,
            };
            r.push(Problem::error("version", kind, fallback));
            FORMAT_VERSION
        }
        Some(v) => match v.as_u64().filter(|n| *n >= 1) {
            Some(n) if n > FORMAT_VERSION => {
                r.push(Problem::warning(
                    "version",
                    ProblemKind::FutureVersion { version: n },
                ));
                n
            }
            Some(n) => n,
            None => {
                r.wrong("version".into(), Expected::FormatVersion, v, fallback);
                FORMAT_VERSION
            }
        },
    }
}

/// `meta` is free-form, but it must be an object to be kept.
fn read_meta(r: &mut Reader, root: &Obj) -> Option<Fields<'static>> {
    match root.get("meta")? {
        Value::Object(map) => Some(map.to_static()),
        other => {
            r.wrong(
                root.path("meta"),
                Expected::AnyObject,
                other,
                Effect::Ignored,
            );
            None
        }
    }
}

type ItemReader<T> = fn(&mut Reader, Obj) -> Option<T>;

/// Reads an optional array of objects; each bad item is reported and left out.
fn read_list<T>(
    r: &mut Reader,
    root: &Obj,
    key: &str,
    noun: Noun,
    read: ItemReader<T>,
) -> Vec<Indexed<T>> {
    match r.array(root, key, noun) {
        Some(items) => read_items(r, items, &root.path(key), noun, read),
        None => Vec::new(),
    }
}

/// Reads a required array: without it the file cannot be opened.
fn read_required_list<T>(
    r: &mut Reader,
    root: &Obj,
    key: &str,
    noun: Noun,
    read: ItemReader<T>,
) -> Option<Vec<Indexed<T>>> {
    let at = root.path(key);
    let expected = if noun == Noun::Phase {
        Expected::NonEmptyArrayOf(noun)
    } else {
        Expected::ArrayOf(noun)
    };
    match root.get(key) {
        Some(Value::Array(items)) if !(items.is_empty() && noun == Noun::Phase) => {
            Some(read_items(r, items, &at, noun, read))
        }
        Some(other) => {
            r.wrong(at, expected, other, Effect::NotOpened);
            None
        }
        None => {
            r.push(Problem::error(
                at,
                ProblemKind::Missing { expected },
                Effect::NotOpened,
            ));
            None
        }
    }
}

fn read_items<T>(
    r: &mut Reader,
    items: &[Value<'_>],
    at: &str,
    noun: Noun,
    read: ItemReader<T>,
) -> Vec<Indexed<T>> {
    items
        .iter()
        .enumerate()
        .filter_map(|(index, value)| {
            let obj = r.object(value, index_path(at, index), noun, Effect::LeftOut(noun))?;
            read(r, obj).map(|item| Indexed { index, item })
        })
        .collect()
}

fn read_persona(r: &mut Reader, o: Obj) -> Option<Persona> {
    let left_out = Effect::LeftOut(Noun::Persona);
    let id = r.required_text(&o, "id", left_out.clone());
    let name = r.required_name(&o, id.as_deref(), left_out);
    let description = r.text(&o, "description");
    let goals = r.texts(&o, "goals");
    let frustrations = r.texts(&o, "frustrations");
    let extra = o.unknown_fields(&["id", "name", "description", "goals", "frustrations"], r);
    Some(Persona {
        id: id?,
        name: name?,
        description,
        goals,
        frustrations,
        extra,
    })
}

fn read_phase(r: &mut Reader, o: Obj) -> Option<Phase> {
    let left_out = Effect::LeftOut(Noun::Phase);
    let id = r.required_text(&o, "id", left_out.clone());
    let name = r.required_name(&o, id.as_deref(), left_out);
    let goal = r.text(&o, "goal");
    let description = r.text(&o, "description");
    let extra = o.unknown_fields(&["id", "name", "goal", "description"], r);
    Some(Phase {
        id: id?,
        name: name?,
        goal,
        description,
        extra,
    })
}

/// A channel or an owner. `name` is optional and defaults to the id.
fn read_tag(r: &mut Reader, o: Obj) -> Option<Tag> {
    let noun = if o.at.starts_with("owners") {
        Noun::Owner
    } else {
        Noun::Channel
    };
    let id = r.required_text(&o, "id", Effect::LeftOut(noun))?;
    let name = r.text(&o, "name").unwrap_or_else(|| id.clone());
    let color = r.colour(&o, "color");
    let extra = o.unknown_fields(&["id", "name", "color"], r);
    Some(Tag {
        id,
        name,
        color,
        extra,
    })
}

fn read_lane(r: &mut Reader, o: Obj) -> Option<LaneDef> {
    let id = r.required_text(&o, "id", Effect::LeftOut(Noun::Lane))?;
    let title = r.text(&o, "title");
    let hidden = r.boolean(&o, "hidden").unwrap_or(false);
    let extra = o.unknown_fields(&["id", "title", "hidden"], r);
    Some(LaneDef {
        id,
        title,
        hidden,
        extra,
    })
}

fn read_metric_def(r: &mut Reader, o: Obj) -> Option<MetricDef> {
    let id = r.required_text(&o, "id", Effect::LeftOut(Noun::Metric))?;
    let name = r.text(&o, "name");
    let min = r.number(&o, "min");
    let max = r.number(&o, "max");
    let target = r.number(&o, "target");
    let higher_is_better = r.boolean(&o, "higher_is_better");
    let unit = r.text(&o, "unit");
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo >= hi {
            let kind = ProblemKind::EmptyScale { min: lo, max: hi };
            r.push(Problem::error(
                o.at.clone(),
                kind,
                Effect::LeftOut(Noun::Metric),
            ));
            return None;
        }
    }
    let extra = o.unknown_fields(
        &[
            "id",
            "name",
            "min",
            "max",
            "target",
            "higher_is_better",
            "unit",
        ],
        r,
    );
    Some(MetricDef {
        id,
        name,
        min,
        max,
        target,
        higher_is_better,
        unit,
        extra,
    })
}
