//! What the core finds, said from a language's templates: a file's problems and the
//! insights' reasons. English has its own text in the core (`Display`, `explain_en`); any
//! other language gives a `Messages` value, data only, and these functions put the pieces
//! together, so that the logic (which value goes where, plurals, gender) exists once.
//!
//! A template holds `{0}`, `{1}`, … where its arguments go. Places (`steps[3].emotion`,
//! `12:5`) are never in a message; ids, values and journey text are quoted as written.

use super::{num_apart_comma as num_apart, num_comma as num, signed_comma as signed};
use crate::domain::bidi::isolated;
use crate::domain::insights::{persona_named, tag_name, tag_names, Reason};
use crate::domain::link::LinkError;
use crate::domain::model::Tag;
use crate::domain::problem::{
    quoted, quoted_list, shorten, Effect, Expected, Found, Noun, ProblemKind,
};
use crate::domain::syntax::Syntax;
use crate::domain::Journey;

/// One language's words and templates for what the core finds.
pub struct Messages {
    /// Singular, plural, and whether the noun is feminine.
    pub noun: fn(Noun) -> (&'static str, &'static str, bool),
    /// Indefinite and demonstrative articles before a noun, masculine then feminine, each
    /// ending in a space ("un ", "una "; "este ", "esta ").
    pub a: [&'static str; 2],
    pub this: [&'static str; 2],
    /// A feminine article elides before a vowel: "una " → "un'", "questa " → "quest'".
    pub elides: bool,
    /// Before the last of several names: " y ", or " e " before an "i" sound.
    pub and: fn(&str) -> &'static str,
    pub syntax: fn(Syntax) -> &'static str,
    // What was expected, as in "expected {expected}, found {found}".
    pub text: &'static str,
    pub non_empty_text: &'static str,
    pub number: &'static str,
    pub bool: &'static str,
    pub any_object: &'static str,
    pub opportunity_object: &'static str,
    /// {0}: a noun, singular.
    pub object_of: &'static str,
    /// {0}: a noun, plural.
    pub array_of: &'static str,
    /// {0}: a noun with its indefinite article.
    pub non_empty_array_of: &'static str,
    pub text_or_texts: &'static str,
    pub number_map: &'static str,
    pub text_map: &'static str,
    /// {0} to {1}.
    pub range: &'static str,
    pub emotion: &'static str,
    pub colour: &'static str,
    pub url: &'static str,
    /// {0}: quoted options.
    pub one_of: &'static str,
    pub format_version: &'static str,
    // What was found, when not a value as written.
    pub found_array: &'static str,
    pub found_empty_array: &'static str,
    pub found_object: &'static str,
    // Problems.
    /// {0}: the `syntax` text.
    pub invalid_json: &'static str,
    /// {0} expected, {1} found.
    pub expected: &'static str,
    /// {0} expected.
    pub missing: &'static str,
    /// {0} the id, {1} the noun, {2} the quoted ids defined.
    pub unknown: &'static str,
    /// {0} the id, {1} the noun, {2} the noun in the plural.
    pub unknown_none_defined: &'static str,
    /// {0} the noun, {1} the id, {2} where it was first used.
    pub duplicate: &'static str,
    /// {0}: the version.
    pub future_version: &'static str,
    /// {0}: the phase.
    pub out_of_phase_order: &'static str,
    pub empty_phase: &'static str,
    pub no_usable_phase: &'static str,
    /// {0} the value, {1} and {2} the scale.
    pub off_scale: &'static str,
    /// {0} min, {1} max.
    pub empty_scale: &'static str,
    /// {0}: the lane id.
    pub builtin_lane: &'static str,
    pub not_utf8: &'static str,
    pub bad_utf8: &'static str,
    pub not_kept: &'static str,
    /// {0}: the key.
    pub repeated_key: &'static str,
    pub near_miss: &'static str,
    // What the reader did.
    /// {0}: the noun with its demonstrative; masculine, feminine.
    pub left_out: [&'static str; 2],
    pub ignored: &'static str,
    /// "Untitled journey", for the title used when a file gives none.
    pub untitled: &'static str,
    /// {0}: the value used.
    pub default_used: &'static str,
    pub shown_as_written: &'static str,
    pub not_opened: &'static str,
    // A share link's problems (`LinkError`), each with its "link:" place.
    /// {0}: the format's key, quoted.
    pub link_newer: &'static str,
    /// {0} the key, {1} what was found, quoted, {2} its character.
    pub link_not_data: &'static str,
    /// {0} the key, {1} the character.
    pub link_cut_in_byte: &'static str,
    /// {0}: the key.
    pub link_empty: &'static str,
    // The insights' reasons.
    /// {0}: a persona's name, after a feeling ("of Ana") and after a value ("for Ana").
    pub of_persona: &'static str,
    pub for_persona: &'static str,
    /// {0}: a number of points; one, several.
    pub points: [&'static str; 2],
    /// {0} of persona, {1} the value, {2} `also_at` or `also_more`.
    pub lowest: &'static str,
    /// {0}: the other step's name, quoted.
    pub also_at: &'static str,
    /// {0}: how many other steps.
    pub also_more: &'static str,
    /// {0} points, {1} for persona, {2} from, {3} to.
    pub drop: &'static str,
    /// {0} the value, {1} for persona.
    pub below_neutral: &'static str,
    /// {0} `below_neutral`, {1} the importance.
    pub at_importance: &'static str,
    /// {0}: the channels.
    pub moves_between: &'static str,
    /// {0} the value, {1} for persona.
    pub feeling: &'static str,
    /// {0} from, {1} to.
    pub owner_changes: &'static str,
    pub channel_changes: &'static str,
    /// {0} points, {1} for persona.
    pub falls: &'static str,
}

/// `template` with `{0}`, `{1}`, … replaced by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let bytes = rest.as_bytes();
        match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(digit @ b'0'..=b'9'), Some(b'}')) => {
                out.push_str(&rest[..at]);
                out.push_str(args.get((digit - b'0') as usize).copied().unwrap_or(""));
                rest = &rest[at + 3..];
            }
            _ => {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl Messages {
    /// A noun after the article of its gender: "una fase", "un'opportunità".
    fn with(&self, articles: [&str; 2], noun: Noun) -> (String, bool) {
        let (one, _, feminine) = (self.noun)(noun);
        let article = articles[feminine as usize];
        let text = match article.strip_suffix("a ") {
            Some(stem) if feminine && self.elides && one.starts_with(['a', 'e', 'i', 'o', 'u']) => {
                [stem, "'", one].concat()
            }
            _ => [article, one].concat(),
        };
        (text, feminine)
    }

    fn expected(&self, expected: &Expected) -> String {
        let text = match expected {
            Expected::Text => self.text,
            Expected::NonEmptyText => self.non_empty_text,
            Expected::Number => self.number,
            Expected::Bool => self.bool,
            Expected::AnyObject => self.any_object,
            Expected::Object(Noun::Opportunity) => self.opportunity_object,
            Expected::Object(n) => return fill(self.object_of, &[(self.noun)(*n).0]),
            Expected::ArrayOf(n) => return fill(self.array_of, &[(self.noun)(*n).1]),
            Expected::NonEmptyArrayOf(n) => {
                return fill(self.non_empty_array_of, &[&self.with(self.a, *n).0])
            }
            Expected::TextOrTextArray => self.text_or_texts,
            Expected::NumberMap => self.number_map,
            Expected::TextMap => self.text_map,
            Expected::Range { min, max } => return fill(self.range, &[&num(*min), &num(*max)]),
            Expected::Emotion => self.emotion,
            Expected::Colour => self.colour,
            Expected::Url => self.url,
            Expected::OneOf(options) => {
                return fill(self.one_of, &[&quoted_list(options.iter().copied())])
            }
            Expected::FormatVersion => self.format_version,
        };
        text.to_owned()
    }

    fn found(&self, found: &Found) -> String {
        match found {
            Found::Array => self.found_array.to_owned(),
            Found::EmptyArray => self.found_empty_array.to_owned(),
            Found::Object => self.found_object.to_owned(),
            // null, true, 7, "text": as written.
            other => other.to_string(),
        }
    }

    /// A problem, without its place.
    pub fn problem(&self, kind: &ProblemKind) -> String {
        let (template, args): (&str, Vec<String>) = match kind {
            ProblemKind::Syntax { what } => (self.invalid_json, vec![(self.syntax)(*what).into()]),
            ProblemKind::Expected { expected, found } => (
                self.expected,
                vec![self.expected(expected), self.found(found)],
            ),
            ProblemKind::Missing { expected } => (self.missing, vec![self.expected(expected)]),
            ProblemKind::UnknownRef { noun, id, known } => {
                let (one, many, _) = (self.noun)(*noun);
                match known.is_empty() {
                    true => (
                        self.unknown_none_defined,
                        vec![quoted(id), one.into(), many.into()],
                    ),
                    false => {
                        let known = quoted_list(known.iter().map(String::as_str));
                        (self.unknown, vec![quoted(id), one.into(), known])
                    }
                }
            }
            ProblemKind::Duplicate { noun, id, first } => (
                self.duplicate,
                vec![(self.noun)(*noun).0.into(), quoted(id), first.clone()],
            ),
            ProblemKind::UnsafeUrl { url } => (
                self.expected,
                vec![self.url.into(), quoted(&shorten(url, 40))],
            ),
            ProblemKind::FutureVersion { version } => {
                (self.future_version, vec![version.to_string()])
            }
            ProblemKind::OutOfPhaseOrder { phase } => {
                (self.out_of_phase_order, vec![quoted(phase)])
            }
            ProblemKind::EmptyPhase => (self.empty_phase, vec![]),
            ProblemKind::NoUsablePhase => (self.no_usable_phase, vec![]),
            ProblemKind::OffScale { value, min, max } => (
                self.off_scale,
                vec![num_apart(*value, &[*min, *max]), num(*min), num(*max)],
            ),
            ProblemKind::EmptyScale { min, max } => (self.empty_scale, vec![num(*min), num(*max)]),
            ProblemKind::BuiltinLaneInCustom { id } => (self.builtin_lane, vec![quoted(id)]),
            ProblemKind::NotUtf8 => (self.not_utf8, vec![]),
            ProblemKind::BadUtf8 => (self.bad_utf8, vec![]),
            ProblemKind::NotKept => (self.not_kept, vec![]),
            ProblemKind::RepeatedKey { key } => (self.repeated_key, vec![quoted(key)]),
            ProblemKind::NearMiss { field } => (self.near_miss, vec![quoted(field)]),
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        fill(template, &args)
    }

    /// What is wrong with a share link.
    pub fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::Newer(key) => fill(self.link_newer, &[&quoted(key)]),
            LinkError::NotData { key, found, at } => {
                fill(self.link_not_data, &[key, &quoted(found), &at.to_string()])
            }
            LinkError::CutInByte { key, at } => {
                fill(self.link_cut_in_byte, &[key, &at.to_string()])
            }
            LinkError::Empty(key) => fill(self.link_empty, &[key]),
        }
    }

    /// What the reader did about a problem.
    pub fn effect(&self, effect: &Effect) -> String {
        match effect {
            Effect::None => String::new(),
            Effect::LeftOut(noun) => {
                let (this, feminine) = self.with(self.this, *noun);
                fill(self.left_out[feminine as usize], &[&this])
            }
            Effect::Ignored => self.ignored.to_owned(),
            Effect::DefaultUsed(value) => fill(
                self.default_used,
                &[&quoted(super::title_in(value, self.untitled))],
            ),
            Effect::ShownAsWritten => self.shown_as_written.to_owned(),
            Effect::NotOpened => self.not_opened.to_owned(),
        }
    }

    /// Why the insights name a step.
    pub fn explain(&self, reason: Reason, journey: &Journey) -> String {
        let persona = |template: &str, persona: &str| {
            persona_named(journey, persona).map_or(String::new(), |name| fill(template, &[&name]))
        };
        let points = |by: f64| fill(self.points[(by != 1.0) as usize], &[&num(by)]);
        let names = |ids: &[String], tags: &[Tag]| tag_names(tags, ids, " + ");
        match reason {
            Reason::Lowest(low, at) => {
                let also = match (low.other_named(journey, at), low.also_at.len()) {
                    (_, 0) => String::new(),
                    (Some(name), _) => fill(self.also_at, &[&name]),
                    (None, n) => fill(self.also_more, &[&n.to_string()]),
                };
                let of = persona(self.of_persona, &low.persona);
                fill(self.lowest, &[&of, &signed(low.value), &also])
            }
            Reason::Drop(drop) => {
                let by = points(drop.by());
                let who = persona(self.for_persona, &drop.persona);
                let (before, after) = (signed(drop.before), signed(drop.after));
                fill(self.drop, &[&by, &who, &before, &after])
            }
            Reason::Critical(critical) => {
                let who = persona(self.for_persona, &critical.persona);
                let below = fill(self.below_neutral, &[&signed(critical.value), &who]);
                match critical.importance {
                    Some(i) => fill(self.at_importance, &[&below, &num(i)]),
                    None => below,
                }
            }
            Reason::Mix(mix) => {
                let names: Vec<_> = mix
                    .channels
                    .iter()
                    .map(|id| isolated(tag_name(&journey.channels, id)))
                    .collect();
                let names: Vec<&str> = names.iter().map(|n| n.as_ref()).collect();
                let mut out = fill(self.moves_between, &[&listed(&names, self.and)]);
                if let Some((who, value)) = &mix.below_neutral {
                    let who = persona(self.for_persona, who);
                    out.push_str(&fill(self.feeling, &[&signed(*value), &who]));
                }
                out
            }
            Reason::Change(change) => {
                let mut parts: Vec<String> = Vec::new();
                if let Some(c) = &change.owner {
                    let (from, to) = (
                        names(&c.from, &journey.owners),
                        names(&c.to, &journey.owners),
                    );
                    parts.push(fill(self.owner_changes, &[&from, &to]));
                }
                if let Some(c) = &change.channel {
                    let (from, to) = (
                        names(&c.from, &journey.channels),
                        names(&c.to, &journey.channels),
                    );
                    parts.push(fill(self.channel_changes, &[&from, &to]));
                }
                if let Some(d) = &change.drop {
                    let who = persona(self.for_persona, &d.persona);
                    parts.push(fill(self.falls, &[&points(d.by()), &who]));
                }
                let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
                listed(&parts, self.and)
            }
        }
    }
}

/// `a, b and c`: names joined with commas and, before the last, what `and` gives for it.
fn listed(names: &[&str], and: fn(&str) -> &'static str) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i + 1 == names.len() && i > 0 {
            out.push_str(and(name));
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
    out
}
