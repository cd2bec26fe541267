//! Problems found while reading a journey file: where, what was expected, what was found,
//! and what the reader did about it.
//!
//! Policy (after Graphite's "a hard error rather than a silent fallback"): nothing read from
//! a file is dropped or repaired without a `Problem` that names the place. `Display` gives the
//! exact English text (`steps[3].emotion: expected a number from -2 to 2, found 7`); the
//! structured fields let the UI translate and link a problem to its step.

use std::fmt;

/// How bad a problem is. A file with a fatal problem is not opened at all; see `Loaded`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Something in the file is wrong; the value was left out or replaced.
    Error,
    /// The file is readable but something looks unintended.
    Warning,
}

/// What kind of thing a message talks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Journey,
    Persona,
    Phase,
    Step,
    Channel,
    Owner,
    Lane,
    Metric,
    Link,
    Opportunity,
    Text,
}

impl Noun {
    /// English singular, as used in messages ("step").
    pub fn en(self) -> &'static str {
        match self {
            Noun::Journey => "journey",
            Noun::Persona => "persona",
            Noun::Phase => "phase",
            Noun::Step => "step",
            Noun::Channel => "channel",
            Noun::Owner => "owner",
            Noun::Lane => "lane",
            Noun::Metric => "metric",
            Noun::Link => "link",
            Noun::Opportunity => "opportunity",
            Noun::Text => "string",
        }
    }

    /// English plural ("steps").
    pub fn en_plural(self) -> &'static str {
        match self {
            Noun::Opportunity => "opportunities",
            Noun::Journey => "journeys",
            Noun::Persona => "personas",
            Noun::Phase => "phases",
            Noun::Step => "steps",
            Noun::Channel => "channels",
            Noun::Owner => "owners",
            Noun::Lane => "lanes",
            Noun::Metric => "metrics",
            Noun::Link => "links",
            Noun::Text => "strings",
        }
    }
}

/// What the file should have had at a place.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Text,
    /// A string with more than spaces in it (a required name, id or title).
    NonEmptyText,
    Number,
    Bool,
    /// Any JSON object (free-form `meta`).
    AnyObject,
    /// A JSON object describing one thing ("a step object").
    Object(Noun),
    /// An array of things ("an array of steps").
    ArrayOf(Noun),
    /// An array with at least one item.
    NonEmptyArrayOf(Noun),
    TextOrTextArray,
    /// An object whose values are numbers (step metrics).
    NumberMap,
    /// An object whose values are strings or arrays of strings (custom lanes).
    TextMap,
    Range {
        min: f64,
        max: f64,
    },
    /// `emotion`: a number, or persona id → number.
    Emotion,
    Colour,
    Url,
    OneOf(&'static [&'static str]),
    /// `version`: a whole number from 1.
    FormatVersion,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Text => f.write_str("a string"),
            Expected::NonEmptyText => f.write_str("a string that is not empty"),
            Expected::Number => f.write_str("a number"),
            Expected::Bool => f.write_str("true or false"),
            Expected::AnyObject => f.write_str("an object"),
            Expected::Object(Noun::Journey) => f.write_str("a journey object"),
            Expected::Object(Noun::Opportunity) => f.write_str("a string or an opportunity object"),
            Expected::Object(noun) => write!(f, "a {} object", noun.en()),
            Expected::ArrayOf(noun) => write!(f, "an array of {}", noun.en_plural()),
            Expected::NonEmptyArrayOf(noun) => {
                write!(f, "an array of at least one {}", noun.en())
            }
            Expected::TextOrTextArray => f.write_str("a string or an array of strings"),
            Expected::NumberMap => f.write_str("an object of metric id to number"),
            Expected::TextMap => {
                f.write_str("an object of lane id to a string or an array of strings")
            }
            Expected::Range { min, max } => {
                write!(f, "a number from {} to {}", num(*min), num(*max))
            }
            Expected::Emotion => {
                f.write_str("a number from -2 to 2, or an object of persona id to such a number")
            }
            Expected::Colour => f.write_str("a hex colour such as \"#2f6fde\""),
            Expected::Url => f.write_str("an http(s) or mailto URL"),
            Expected::OneOf(options) => {
                f.write_str("one of ")?;
                f.write_str(&quoted_list(options.iter().copied()))
            }
            Expected::FormatVersion => f.write_str("a whole number from 1"),
        }
    }
}

/// A short description of a wrong value, as shown after "found".
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Null,
    Bool(bool),
    /// The number as the file wrote it.
    Number(String),
    /// The string, shortened to 40 characters.
    Text(String),
    Array,
    /// `[]`: said as such, so that "at least one" reads as answered.
    EmptyArray,
    Object,
}

impl Found {
    /// Describes a JSON value for a message.
    pub fn of(value: &super::json::Value) -> Found {
        use super::json::Value;
        match value {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::Bool(*b),
            Value::Number(n) => Found::Number(n.as_ref().to_owned()),
            Value::String(s) => Found::Text(shorten(s, 40)),
            Value::Array(items) if items.is_empty() => Found::EmptyArray,
            Value::Array(_) => Found::Array,
            Value::Object(_) => Found::Object,
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(n) => f.write_str(n),
            Found::Text(s) => write!(f, "{}", quoted(s)),
            Found::Array => f.write_str("an array"),
            Found::EmptyArray => f.write_str("an empty array"),
            Found::Object => f.write_str("an object"),
        }
    }
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON; `what` says why (the place is the problem's `line:column`).
    Syntax { what: super::syntax::Syntax },
    /// A value of the wrong type or out of range.
    Expected { expected: Expected, found: Found },
    /// A required field is absent.
    Missing { expected: Expected },
    /// An id that names nothing defined in the file.
    UnknownRef {
        noun: Noun,
        id: String,
        known: Vec<String>,
    },
    /// An id used twice; `first` is where it was first defined.
    Duplicate {
        noun: Noun,
        id: String,
        first: String,
    },
    /// A link whose scheme could run script or leave the web (`javascript:`, `file:`).
    UnsafeUrl { url: String },
    /// The file is a newer format version than this app reads.
    FutureVersion { version: u64 },
    /// A step listed after steps of a later phase.
    OutOfPhaseOrder { phase: String },
    /// A phase that no step belongs to.
    EmptyPhase,
    /// After reading, no phase was usable.
    NoUsablePhase,
    /// A metric value outside its definition's scale.
    OffScale { value: f64, min: f64, max: f64 },
    /// A metric definition whose scale is empty or reversed.
    EmptyScale { min: f64, max: f64 },
    /// A custom lane key that is the id of a built-in lane.
    BuiltinLaneInCustom { id: String },
    /// The file is not UTF-8 and was read as Windows-1252 (the place is its first byte that
    /// is not UTF-8).
    NotUtf8,
    /// The file is UTF-8 but for some bytes, read as U+FFFD (the place is the first).
    BadUtf8,
    /// A key written twice in one object (the place is the second).
    RepeatedKey { key: String },
    /// A key the format does not define that looks like one of its fields the object lacks
    /// (`emtion`, `Phase`): kept, as every unknown field is, but most likely misspelt.
    NearMiss { field: &'static str },
    /// A journey opened from a file, dropped or pasted that is too large for the tab to
    /// keep for a reload.
    NotKept,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax { what } => write!(f, "invalid JSON: {}", what.en()),
            ProblemKind::Expected { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ProblemKind::Missing { expected } => write!(f, "missing; expected {expected}"),
            ProblemKind::UnknownRef { noun, id, known } => {
                write!(f, "unknown {} {}", noun.en(), quoted(id))?;
                if known.is_empty() {
                    write!(f, "; the file defines no {}", noun.en_plural())
                } else {
                    f.write_str("; expected one of ")?;
                    f.write_str(&quoted_list(known.iter().map(String::as_str)))
                }
            }
            ProblemKind::Duplicate { noun, id, first } => write!(
                f,
                "duplicate {} id {}, already used by {first}",
                noun.en(),
                quoted(id)
            ),
            ProblemKind::UnsafeUrl { url } => write!(
                f,
                "expected an http(s) or mailto URL, found {}",
                quoted(&shorten(url, 40))
            ),
            ProblemKind::FutureVersion { version } => write!(
                f,
                "this file is format version {version}; this app reads version 1, \
                 so newer fields may be ignored"
            ),
            ProblemKind::OutOfPhaseOrder { phase } => write!(
                f,
                "this step of phase {} comes after steps of a later phase; \
                 it is shown with its phase",
                quoted(phase)
            ),
            ProblemKind::EmptyPhase => f.write_str("no step belongs to this phase"),
            ProblemKind::NoUsablePhase => {
                f.write_str("no usable phase; expected at least one phase with an id and a name")
            }
            ProblemKind::OffScale { value, min, max } => write!(
                f,
                "value {} is outside the metric's scale {} to {}",
                num_apart(*value, &[*min, *max]),
                num(*min),
                num(*max)
            ),
            ProblemKind::EmptyScale { min, max } => {
                write!(f, "min {} must be less than max {}", num(*min), num(*max))
            }
            ProblemKind::BuiltinLaneInCustom { id } => write!(
                f,
                "{} is a built-in lane; put its content in the step's own field",
                quoted(id)
            ),
            ProblemKind::NotKept => f.write_str(
                "this journey is over 5 MB, too large for this tab to keep: a reload will \
                 show the default example instead",
            ),
            ProblemKind::NotUtf8 => f.write_str(
                "this file is not UTF-8; it was read as Windows-1252 (Western European): \
                 if letters look wrong, save it as UTF-8",
            ),
            ProblemKind::BadUtf8 => f.write_str(
                "this byte is not UTF-8 (nor any other shown as \u{fffd}); \
                 the rest of the file is read as UTF-8",
            ),
            ProblemKind::NearMiss { field } => write!(
                f,
                "unknown field, kept but not read; did you mean {}?",
                quoted(field)
            ),
            ProblemKind::RepeatedKey { key } => write!(
                f,
                "{} is already a key of this object; only this last value is used",
                quoted(key)
            ),
        }
    }
}

/// What the reader did about a problem (shown after the message in the UI).
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Nothing was changed (warnings).
    None,
    /// The whole item (a step, a link...) is not shown.
    LeftOut(Noun),
    /// The value is not used.
    Ignored,
    /// A default replaced the value.
    DefaultUsed(String),
    /// The value is kept as the file writes it (an unknown channel, owner or metric: its
    /// id, with no name, colour or scale from a list).
    ShownAsWritten,
    /// The file was not opened.
    NotOpened,
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Effect::None => Ok(()),
            Effect::LeftOut(noun) => write!(f, "this {} is left out", noun.en()),
            Effect::Ignored => f.write_str("this value is ignored"),
            Effect::DefaultUsed(value) => write!(f, "{} is used instead", quoted(value)),
            Effect::ShownAsWritten => f.write_str("it is shown as written"),
            Effect::NotOpened => f.write_str("the file was not opened"),
        }
    }
}

/// The problems found in a file: the first `KEPT` of them and every fatal one, and a count of
/// the rest. (A 40 MB file can hold 20 million wrong values: a `Problem` for each took more
/// memory than the page has; the alert lists fifty.)
#[derive(Debug, Default)]
pub struct Problems {
    pub list: Vec<Problem>,
    /// How many more were found.
    pub unlisted: usize,
    /// Whether an error was found (something was left out or replaced), listed or not.
    pub errors: bool,
}

/// How many problems of a file are kept: enough that a file whose every step has two
/// mistakes still lists, among its first fifty, the ones that left steps out (they are
/// found after the values' own, and sorted in among them), up to 5,000 steps.
pub const KEPT: usize = 10_000;

impl Problems {
    /// Keeps `problem` while there is room or when it is fatal; else counts it.
    pub fn push(&mut self, problem: Problem) {
        self.errors |= problem.severity == Severity::Error;
        if self.list.len() < KEPT || problem.is_fatal() {
            self.list.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    /// How many were found, listed or not.
    pub fn count(&self) -> usize {
        self.list.len() + self.unlisted
    }
}

/// The problems kept, as a list.
impl std::ops::Deref for Problems {
    type Target = Vec<Problem>;
    fn deref(&self) -> &Vec<Problem> {
        &self.list
    }
}

impl std::ops::DerefMut for Problems {
    fn deref_mut(&mut self) -> &mut Vec<Problem> {
        &mut self.list
    }
}

/// One problem, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// `line:column` for syntax errors, a path such as `steps[3].emotion` otherwise,
    /// empty for the file as a whole.
    pub at: String,
    pub kind: ProblemKind,
    pub effect: Effect,
}

impl Problem {
    pub fn error(at: impl Into<String>, kind: ProblemKind, effect: Effect) -> Problem {
        Problem {
            severity: Severity::Error,
            at: at.into(),
            kind,
            effect,
        }
    }

    pub fn warning(at: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Warning,
            at: at.into(),
            kind,
            effect: Effect::None,
        }
    }

    /// The problem, saying what was done about it.
    pub fn with_effect(self, effect: Effect) -> Problem {
        Problem { effect, ..self }
    }

    /// The step of `journey` this problem is in, when that step is on the map: paths count
    /// from 0 and name no step, and steps left out shift the ones after them.
    pub fn step<'a>(&self, journey: &'a super::Journey) -> Option<&'a super::model::Step> {
        let index = self.step_index()?;
        journey.steps.iter().find(|s| s.file_index == index)
    }

    /// True when the file cannot be opened because of this problem.
    pub fn is_fatal(&self) -> bool {
        self.effect == Effect::NotOpened
    }

    /// The index of the step this problem is about, when its path starts with `steps[i]`.
    pub fn step_index(&self) -> Option<usize> {
        let rest = self.at.strip_prefix("steps[")?;
        rest[..rest.find(']')?].parse().ok()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.at, self.kind)
        }
    }
}

/// Formats a number the way a person writes it: `2`, `-1.5`.
pub fn num(value: f64) -> String {
    super::decimal::decimal(value, 6)
}

/// `num`, but with every digit `value` needs when six decimals would make it look like one
/// of `others` it is not (0.30000000000000004 beside a bound of 0.3, 3.9999999999999996
/// beside a target of 4).
pub fn num_apart(value: f64, others: &[f64]) -> String {
    let short = num(value);
    match value.is_finite() && others.iter().any(|o| *o != value && num(*o) == short) {
        true => {
            let mut long = String::new();
            super::export::num(&mut long, value);
            long
        }
        false => short,
    }
}

/// A string in double quotes, with quotes and control characters escaped, and invisible
/// characters too (`\u200b`): a message about a name of them shows what it holds.
pub fn quoted(text: &str) -> String {
    let mut out = String::new();
    super::json::write_str(&mut out, text);
    if !out.contains(super::text::is_invisible) {
        return out;
    }
    let mut shown = String::new();
    for c in out.chars() {
        if !super::text::is_invisible(c) {
            shown.push(c);
            continue;
        }
        super::json::push_unicode_escape(&mut shown, c as u32);
    }
    shown
}

/// Shortens text to `max` characters, ending with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// `"a", "b", "c"`, at most eight items then `…` (for messages in any language).
pub fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, item) in items.enumerate() {
        if i == 8 {
            out.push_str(", …");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        super::json::write_str(&mut out, item);
    }
    out
}
