//! The journey as plain data: what a file says once it has been read and checked.
//!
//! Types are strict (every value in range, every reference resolved, ids unique); the lenient
//! side lives in `parse`. Each type keeps the fields it does not know in `extra`, and
//! `export` writes it back to the file format, so import then export loses nothing.

use super::json::Fields;
use super::pairs::Pairs;

/// The id of the implied persona when a file defines none.
pub const DEFAULT_PERSONA: &str = "default";

/// One customer journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub version: u64,
    pub title: String,
    pub description: Option<String>,
    pub personas: Vec<Persona>,
    pub phases: Vec<Phase>,
    /// In file order; the map groups them by phase (see `layout`).
    pub steps: Vec<Step>,
    pub channels: Vec<Tag>,
    pub owners: Vec<Tag>,
    pub lanes: Option<Vec<LaneDef>>,
    pub metrics: Vec<MetricDef>,
    pub meta: Option<Fields<'static>>,
    pub extra: Fields<'static>,
}

/// Who lives the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    pub extra: Fields<'static>,
}

/// A main stage of the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Phase {
    pub id: String,
    pub name: String,
    pub goal: Option<String>,
    pub description: Option<String>,
    pub extra: Fields<'static>,
}

/// A channel or an owner: an id with a display name and an optional colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub id: String,
    pub name: String,
    /// A validated CSS hex colour.
    pub color: Option<String>,
    pub extra: Fields<'static>,
}

/// A lane the file asks for, in the order it gives.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneDef {
    pub id: String,
    pub title: Option<String>,
    pub hidden: bool,
    pub extra: Fields<'static>,
}

/// How a metric is measured and what it aims for.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricDef {
    pub id: String,
    pub name: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub target: Option<f64>,
    pub higher_is_better: Option<bool>,
    pub unit: Option<String>,
    pub extra: Fields<'static>,
}

/// One user action, with everything the lanes show about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub phase: String,
    pub name: String,
    pub description: Option<String>,
    pub touchpoints: Vec<String>,
    pub channels: OneOrMany,
    pub owner: Option<String>,
    pub thoughts: Vec<String>,
    pub emotion: Option<Emotion>,
    pub importance: Option<f64>,
    pub pains: Vec<String>,
    pub opportunities: Vec<Opportunity>,
    pub metrics: Pairs<f64>,
    pub backstage: Vec<String>,
    pub custom: Pairs<OneOrMany>,
    pub links: Vec<Link>,
    pub extra: Fields<'static>,
    /// Its index in the file's `steps` (a problem's path counts by it; steps left out make
    /// it differ from the step's place in `Journey::steps`).
    pub file_index: usize,
}

/// A string or a list of strings, kept in the shape the file used.
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub enum Emotion {
    /// One value, for the default (first) persona.
    Single(f64),
    /// A value per persona id.
    PerPersona(Pairs<f64>),
}

/// Whether an improvement removes the cause or compensates one customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
pub enum Opportunity {
    Plain(String),
    Detailed {
        text: String,
        kind: Option<OpportunityKind>,
        owner: Option<String>,
        extra: Fields<'static>,
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
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub label: String,
    pub url: String,
    pub extra: Fields<'static>,
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

    /// Each step's index in `steps`, by its id (unique: the reader leaves out a step whose
    /// id is taken).
    pub fn step_indices(&self) -> rustc_hash::FxHashMap<&str, usize> {
        let ids = self.steps.iter().enumerate();
        ids.map(|(i, s)| (s.id.as_str(), i)).collect()
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
