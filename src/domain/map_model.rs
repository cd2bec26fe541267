//! The view model of a map: everything the swimlane and the curve show, derived once from a
//! `Journey` so components only bind values (column order, lanes, persona curves, chip
//! names and colours, metric scales).

use rustc_hash::FxHashMap;

use super::curve::{series, tangents, SeriesPoint};
use super::explore::{lowest_in, phase_summary, PhaseSummary};
use super::lanes::{resolve_lanes, Lane};
use super::layout::{collapse, layout, MapLayout};
use super::metrics::{self, MetricScale, TargetStatus};
use super::model::{Journey, Step, Tag, DEFAULT_PERSONA};
use super::palette::{free_colour, persona_style, stable_colour, PersonaStyle};

/// A name and a colour for a channel or an owner chip.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    pub id: String,
    pub name: String,
    /// A validated hex colour (the file's, else a stable palette colour).
    pub colour: String,
}

/// One persona's curve.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaCurve {
    pub id: String,
    pub name: String,
    pub style: PersonaStyle,
    pub points: Vec<SeriesPoint>,
    pub tangents: Vec<f64>,
}

impl PersonaCurve {
    /// Its name, or `default` (the UI's word for the customer) for the one curve of a
    /// journey that names no persona.
    pub fn name_or<'a>(&'a self, default: &'a str) -> &'a str {
        match self.name.is_empty() {
            true => default,
            false => &self.name,
        }
    }
}

/// A measured value with its scale and whether it meets the target.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricReading {
    pub id: String,
    pub name: String,
    /// The name is the app's own English one for a well-known metric the file does not
    /// name: the UI gives it in its language.
    pub default_name: bool,
    pub value: f64,
    pub unit: String,
    pub target: Option<f64>,
    pub higher_is_better: bool,
    pub status: TargetStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapModel {
    pub layout: MapLayout,
    pub lanes: Vec<Lane>,
    pub curves: Vec<PersonaCurve>,
    channels: FxHashMap<String, Chip>,
    owners: FxHashMap<String, Chip>,
    /// The metrics the steps give, by id in display order, each with its scale if the file
    /// defines it or it is well known. (A list: a map cost a layout of hash table of its
    /// own in the wasm, and `readings` goes through them in order anyway.)
    metric_scales: Vec<(String, Option<MetricScale>)>,
    /// What each collapsed phase's summary column says, with its phase's index.
    pub summaries: Vec<(usize, PhaseSummary)>,
}

impl MapModel {
    pub fn new(journey: &Journey) -> MapModel {
        let layout = layout(journey);
        let curves = persona_curves(journey, &layout);
        let mut seen = super::id_set::IdSet::default();
        let mut metric_order: Vec<String> = Vec::new();
        let (mut channels, mut owners) = (chips(&journey.channels), chips(&journey.owners));
        for step in &journey.steps {
            for id in step.channels.as_slice() {
                undeclared(&mut channels, id);
            }
            if let Some(id) = &step.owner {
                undeclared(&mut owners, id);
            }
            for id in step.metrics.keys() {
                if seen.insert(id.as_str()) {
                    metric_order.push(id.clone());
                }
            }
        }
        let defs = metrics::Defs::new(&journey.metrics);
        super::sorting::sort_by_key(&mut metric_order, &|id| metrics::order_key(id, &defs));
        let metric_scales = metric_order
            .into_iter()
            .map(|id| {
                let scale = metrics::resolve(&id, &defs);
                (id, scale)
            })
            .collect();
        MapModel {
            lanes: resolve_lanes(journey),
            curves,
            channels: channels.0,
            owners: owners.0,
            metric_scales,
            layout,
            summaries: Vec::new(),
        }
    }

    /// The model of the map with the phases for which `collapsed` holds (by phase index)
    /// each drawn as one summary column; `self` is the whole map's. At a summary column
    /// each persona's curve passes through the phase's lowest feeling for that persona, as
    /// the summary says, rather than straight over the steps it hides.
    pub fn collapsed(&self, journey: &Journey, collapsed: &dyn Fn(usize) -> bool) -> MapModel {
        let layout = collapse(&self.layout, collapsed);
        let curves = self
            .curves
            .iter()
            .map(|c| {
                let mut points = series(journey, &layout, &c.id);
                for (column, col) in layout.columns.iter().enumerate() {
                    let span = self.layout.spans.iter().find(|s| s.phase == col.phase);
                    let Some(span) = span.filter(|_| col.summary) else {
                        continue;
                    };
                    if let Some(value) = lowest_in(c, span.columns()) {
                        points.push(SeriesPoint { column, value });
                    }
                }
                super::sorting::sort_by_key(&mut points, &|p| p.column);
                PersonaCurve {
                    tangents: tangents(&points),
                    points,
                    ..c.clone()
                }
            })
            .collect();
        let summaries = self
            .layout
            .spans
            .iter()
            .filter(|s| collapsed(s.phase))
            .map(|s| (s.phase, phase_summary(journey, self, s)))
            .collect();
        MapModel {
            layout,
            curves,
            summaries,
            ..self.clone()
        }
    }

    /// What the summary of the collapsed phase `phase` (an index) says.
    /// The curves of the personas not hidden, in the file's order.
    pub fn curves_shown(&self, hidden: &super::id_set::OwnedIds) -> Vec<&PersonaCurve> {
        let mut shown = Vec::new();
        for c in &self.curves {
            if !hidden.contains(c.id.as_str()) {
                shown.push(c);
            }
        }
        shown
    }

    pub fn summary(&self, phase: usize) -> Option<&PhaseSummary> {
        self.summaries
            .iter()
            .find(|(p, _)| *p == phase)
            .map(|(_, s)| s)
    }

    /// The chip for a channel id; unknown ids get their id as name and a stable colour.
    pub fn channel(&self, id: &str) -> Chip {
        self.channels
            .get(id)
            .cloned()
            .unwrap_or_else(|| fallback_chip(id, stable_colour(id)))
    }

    pub fn owner(&self, id: &str) -> Chip {
        self.owners
            .get(id)
            .cloned()
            .unwrap_or_else(|| fallback_chip(id, stable_colour(id)))
    }

    /// A step's metrics in display order, each against its target.
    pub fn readings(&self, step: &Step) -> Vec<MetricReading> {
        // (A loop: a filtered iterator collected into a `Vec` costs more wasm.)
        let mut found = Vec::new();
        for (id, scale) in &self.metric_scales {
            let Some(&value) = step.metrics.get(id) else {
                continue;
            };
            found.push(match scale {
                Some(scale) => MetricReading {
                    id: id.clone(),
                    name: scale.name.clone(),
                    default_name: scale.default_name,
                    value,
                    unit: scale.unit.clone(),
                    target: scale.target,
                    higher_is_better: scale.higher_is_better,
                    status: metrics::status(value, scale),
                },
                None => MetricReading {
                    id: id.clone(),
                    name: id.clone(),
                    default_name: false,
                    value,
                    unit: String::new(),
                    target: None,
                    higher_is_better: true,
                    status: TargetStatus::NoTarget,
                },
            });
        }
        found
    }
}

/// Chips by id, and the palette's colours they took (a bit each, for `free_colour`).
type Chips = (FxHashMap<String, Chip>, u16);

/// The chips of declared channels or owners: each in the file's colour, else in one that no
/// tag before it took (`free_colour`).
fn chips(tags: &[Tag]) -> Chips {
    let mut taken = 0;
    let chips = tags
        .iter()
        .map(|t| {
            let colour = match &t.color {
                Some(colour) => colour.clone(),
                None => free_colour(&t.id, &mut taken).to_owned(),
            };
            (
                t.id.clone(),
                Chip {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    colour,
                },
            )
        })
        .collect();
    (chips, taken)
}

/// A chip for an id a step names without the file declaring it: named by its id, in a
/// colour no tag took (with their ids' colours alone, two undeclared owners often shared
/// one, and a handoff between them looked like none).
fn undeclared(chips: &mut Chips, id: &str) {
    let chip = match chips.0.get(id) {
        Some(_) => return,
        None => fallback_chip(id, free_colour(id, &mut chips.1)),
    };
    chips.0.insert(id.to_owned(), chip);
}

fn fallback_chip(id: &str, colour: &str) -> Chip {
    Chip {
        id: id.to_owned(),
        name: id.to_owned(),
        colour: colour.to_owned(),
    }
}

fn persona_curves(journey: &Journey, layout: &MapLayout) -> Vec<PersonaCurve> {
    let named: Vec<(String, String)> = if journey.personas.is_empty() {
        vec![(DEFAULT_PERSONA.to_owned(), String::new())]
    } else {
        journey
            .personas
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    };
    named
        .into_iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let points = series(journey, layout, &id);
            let tangents = tangents(&points);
            PersonaCurve {
                id,
                name,
                style: persona_style(i),
                points,
                tangents,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::read_journey;
    use std::collections::BTreeSet;

    #[test]
    fn chips_use_file_colours_then_the_palette() {
        let j = read_journey(
            r##"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
            "channels": [{"id": "web", "name": "Website", "color": "#123456"}, {"id": "app"}],
            "steps": [{"id": "s", "phase": "p", "name": "S", "channel": ["web", "app", "fax"]}]}"##,
        )
        .unwrap()
        .journey;
        let m = MapModel::new(&j);
        assert_eq!(m.channel("web").colour, "#123456");
        assert_eq!(m.channel("web").name, "Website");
        assert_eq!(m.channel("app").name, "app");
        assert_eq!(m.channel("app").colour, stable_colour("app"));
        assert_eq!(m.channel("fax").colour, stable_colour("fax"));
    }

    /// Ten owners' ids, as a review's broadband journey had.
    const TEN_IDS: [&str; 10] = [
        "marketing",
        "sales",
        "risk",
        "field",
        "contact",
        "logistics",
        "it",
        "billing",
        "digital",
        "partners",
    ];

    #[test]
    fn owners_without_colours_each_get_their_own() {
        let model = |owners: &str| {
            let source = format!(
                r#"{{"version": 1, "title": "T", "phases": [{{"id": "p", "name": "P"}}],
                "owners": [{owners}], "steps": [{{"id": "s", "phase": "p", "name": "S"}}]}}"#
            );
            MapModel::new(&read_journey(&source).unwrap().journey)
        };
        // Ten owners, as a review's broadband journey had: by their ids' stable colours alone,
        // Sales and the contact centre shared one, and three others another.
        let ids = TEN_IDS;
        let stable: BTreeSet<&str> = ids.iter().map(|id| stable_colour(id)).collect();
        assert!(
            stable.len() < ids.len(),
            "the ids' stable colours repeat: {stable:?}"
        );
        let owners: Vec<String> = ids
            .iter()
            .map(|id| format!(r#"{{"id": "{id}"}}"#))
            .collect();
        let m = model(&owners.join(", "));
        let colours: BTreeSet<String> = ids.iter().map(|id| m.owner(id).colour).collect();
        assert_eq!(colours.len(), ids.len(), "{colours:?}");
        // The first owner keeps its stable colour, as in every file where it is free.
        assert_eq!(m.owner("marketing").colour, stable_colour("marketing"));
    }

    #[test]
    fn owners_and_channels_the_file_does_not_declare_get_free_colours_too() {
        // (A file need not list its owners: a quick one names them in its steps alone.)
        let ids = TEN_IDS;
        let steps: Vec<String> = ids
            .iter()
            .map(|id| {
                format!(r#"{{"id": "s-{id}", "phase": "p", "name": "S", "owner": "{id}", "channel": "{id}"}}"#)
            })
            .collect();
        let source = format!(
            r#"{{"version": 1, "title": "T", "phases": [{{"id": "p", "name": "P"}}],
            "owners": [{{"id": "sales", "name": "Sales"}}], "steps": [{}]}}"#,
            steps.join(", ")
        );
        let m = MapModel::new(&read_journey(&source).unwrap().journey);
        let owners: BTreeSet<String> = ids.iter().map(|id| m.owner(id).colour).collect();
        assert_eq!(owners.len(), ids.len(), "{owners:?}");
        let channels: BTreeSet<String> = ids.iter().map(|id| m.channel(id).colour).collect();
        assert_eq!(channels.len(), ids.len(), "{channels:?}");
        // Named by their ids; the declared one keeps its name and its colour.
        assert_eq!(m.owner("risk").name, "risk");
        assert_eq!(m.owner("sales").name, "Sales");
        assert_eq!(m.owner("sales").colour, stable_colour("sales"));
        // An id no step names still gets its own stable colour.
        assert_eq!(m.owner("nobody").colour, stable_colour("nobody"));
    }

    #[test]
    fn readings_follow_definitions_and_targets() {
        let j = read_journey(
            r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
            "metrics": [{"id": "wait", "name": "Wait", "target": 10, "higher_is_better": false, "unit": "min"}],
            "steps": [{"id": "s", "phase": "p", "name": "S", "metrics": {"csat": 3.5, "wait": 8, "zz": 1}}]}"#,
        )
        .unwrap()
        .journey;
        let m = MapModel::new(&j);
        let r = m.readings(&j.steps[0]);
        let view: Vec<(&str, &str)> = r
            .iter()
            .map(|r| (r.name.as_str(), r.status.as_str()))
            .collect();
        assert_eq!(view, [("Wait", "met"), ("CSAT", "missed"), ("zz", "none")]);
        assert_eq!(r[0].unit, "min");
    }

    #[test]
    fn a_file_without_personas_has_one_default_curve() {
        let j = read_journey(
            r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
            "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": 1}]}"#,
        )
        .unwrap()
        .journey;
        let m = MapModel::new(&j);
        assert_eq!(m.curves.len(), 1);
        assert_eq!(m.curves[0].id, "default");
        assert_eq!(m.curves[0].points.len(), 1);
    }

    #[test]
    fn curves_shown_leave_out_hidden_personas_in_file_order() {
        let j = read_journey(
            r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
            "personas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
            "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": {"a": 1, "b": 0, "c": -1}}]}"#,
        )
        .unwrap()
        .journey;
        let m = MapModel::new(&j);
        let ids = |hidden: &[&str]| {
            let hidden = hidden.iter().map(|h| h.to_string().into()).collect();
            let shown = m.curves_shown(&hidden);
            shown.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(ids(&[]), ["a", "b", "c"]);
        assert_eq!(ids(&["b"]), ["a", "c"]);
        assert_eq!(ids(&["c", "a", "zz"]), ["b"]);
    }
}
