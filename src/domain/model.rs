//! The journey as plain data: what a file says once it has been read and checked.
//!
//! Types are strict (every value in range, every reference resolved, ids unique); the lenient
//! side lives in `parse`. Each type keeps the fields it does not know in `extra`, and
//! serialises back to the file format, so import then export loses nothing.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

/// The id of the implied persona when a file defines none.
pub const DEFAULT_PERSONA: &str = "default";

/// One customer journey.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Journey {
    pub version: u64,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    pub phases: Vec<Phase>,
    /// In file order; the map groups them by phase (see `layout`).
    pub steps: Vec<Step>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Tag>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lanes: Option<Vec<LaneDef>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<MetricDef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Map<String, Value>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Who lives the journey.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Persona {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A main stage of the journey.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Phase {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A channel or an owner: an id with a display name and an optional colour.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tag {
    pub id: String,
    pub name: String,
    /// A validated CSS hex colour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A lane the file asks for, in the order it gives.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LaneDef {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How a metric is measured and what it aims for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricDef {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_num")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_num")]
    pub max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_num")]
    pub target: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub higher_is_better: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One user action, with everything the lanes show about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub id: String,
    pub phase: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub touchpoints: Vec<String>,
    #[serde(rename = "channel", skip_serializing_if = "OneOrMany::is_empty")]
    pub channels: OneOrMany,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub thoughts: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_num")]
    pub importance: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pains: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub opportunities: Vec<Opportunity>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty", serialize_with = "num_map")]
    pub metrics: BTreeMap<String, f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub backstage: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, OneOrMany>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A string or a list of strings, kept in the shape the file used.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn as_slice(&self) -> &[String] {
        match self {
            OneOrMany::One(s) => std::slice::from_ref(s),
            OneOrMany::Many(v) => v,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }
}

impl Default for OneOrMany {
    fn default() -> Self {
        OneOrMany::Many(Vec::new())
    }
}

/// How the customer feels at a step, from -2 to 2.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Emotion {
    /// One value, for the default (first) persona.
    Single(#[serde(serialize_with = "num")] f64),
    /// A value per persona id.
    PerPersona(#[serde(serialize_with = "num_map")] BTreeMap<String, f64>),
}

/// Whether an improvement removes the cause or compensates one customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpportunityKind {
    /// Removes the cause for every customer.
    Corrective,
    /// Compensates one customer.
    Curative,
}

impl OpportunityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityKind::Corrective => "corrective",
            OpportunityKind::Curative => "curative",
        }
    }
}

/// An improvement idea: plain text, or text with a kind and an owner.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Opportunity {
    Plain(String),
    Detailed {
        text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<OpportunityKind>,
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<String>,
        #[serde(flatten)]
        extra: Map<String, Value>,
    },
}

impl Opportunity {
    pub fn text(&self) -> &str {
        match self {
            Opportunity::Plain(text) | Opportunity::Detailed { text, .. } => text,
        }
    }

    pub fn kind(&self) -> Option<OpportunityKind> {
        match self {
            Opportunity::Plain(_) => None,
            Opportunity::Detailed { kind, .. } => *kind,
        }
    }

    pub fn owner(&self) -> Option<&str> {
        match self {
            Opportunity::Plain(_) => None,
            Opportunity::Detailed { owner, .. } => owner.as_deref(),
        }
    }
}

/// Evidence attached to a step. `url` is always http(s) or mailto (checked on read).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Journey {
    /// The personas whose feelings the curve shows: the file's, or the implied `default`.
    pub fn persona_ids(&self) -> Vec<&str> {
        if self.personas.is_empty() {
            vec![DEFAULT_PERSONA]
        } else {
            self.personas.iter().map(|p| p.id.as_str()).collect()
        }
    }
}

impl Step {
    /// This step's feeling for a persona. A single number belongs to the first persona.
    pub fn emotion_for(&self, persona_id: &str, first_persona: &str) -> Option<f64> {
        match self.emotion.as_ref()? {
            Emotion::Single(value) => (persona_id == first_persona).then_some(*value),
            Emotion::PerPersona(map) => map.get(persona_id).copied(),
        }
    }
}

// Numbers are written back as the file would write them: `2`, not `2.0`.
fn num<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

fn opt_num<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => num(v, s),
        None => s.serialize_none(),
    }
}

fn num_map<S: serde::Serializer>(map: &BTreeMap<String, f64>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    struct Num(f64);
    impl Serialize for Num {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            num(&self.0, s)
        }
    }
    let mut out = s.serialize_map(Some(map.len()))?;
    for (k, v) in map {
        out.serialize_entry(k, &Num(*v))?;
    }
    out.end()
}
