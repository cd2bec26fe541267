//! A path-aware reader over parsed JSON. Every typed read returns the value or records a
//! `Problem` that names the path and what was expected, so the parser can read a file field
//! by field, keep what is sound and say exactly what it left out (after Excalidraw's
//! `restore` and tldraw's validators).

use super::json::{owned_field, Fields, Value};

use super::problem::{Effect, Expected, Found, Noun, Problem, ProblemKind, Problems};
use super::text::is_blank;

/// Collects problems while a file is read.
#[derive(Default)]
pub struct Reader {
    pub problems: Problems,
}

/// A JSON object being read, with its path in the file.
pub struct Obj<'a> {
    pub map: &'a Fields<'a>,
    pub at: String,
}

impl<'a> Obj<'a> {
    /// The path of a field of this object.
    pub fn path(&self, key: &str) -> String {
        key_path(&self.at, key)
    }

    pub fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The fields this reader does not know, kept so that export loses nothing. One that
    /// looks like a field `known` the object lacks is warned about (the first few of an
    /// object): a misspelt key (`emtion`) was ignored without a word, and its value with it.
    pub fn unknown_fields(&self, known: &[&'static str], r: &mut Reader) -> Fields<'static> {
        let mut checked = 0;
        self.map
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_ref()))
            .map(|(k, v)| {
                checked += 1;
                let lacked = |f: &&&str| self.map.get(f).is_none() && near(k, f);
                let field = (checked <= 64).then(|| known.iter().find(lacked)).flatten();
                if let Some(&field) = field {
                    r.push(Problem::warning(
                        self.path(k),
                        ProblemKind::NearMiss { field },
                    ));
                }
                owned_field(k, v)
            })
            .collect()
    }
}

/// Whether `key` is `field` but for case and a slip or two: at most one letter added, left
/// out, changed or two swapped, two for fields of five letters and more. (Bytes: the format's
/// fields are ASCII.)
fn near(key: &str, field: &str) -> bool {
    let (a, b) = (key.as_bytes(), field.as_bytes());
    let most = if b.len() < 5 { 1 } else { 2 };
    if a.len().abs_diff(b.len()) > most || b.len() >= 20 {
        return false;
    }
    // Edit distance with swaps of neighbours (optimal string alignment), row by row.
    let (mut before, mut last, mut row) = ([0u8; 20], [0u8; 20], [0u8; 20]);
    for (j, d) in last.iter_mut().enumerate() {
        *d = j as u8;
    }
    for i in 1..=a.len() {
        let x = a[i - 1].to_ascii_lowercase();
        row[0] = i as u8;
        for j in 1..=b.len() {
            let mut d = (last[j] + 1)
                .min(row[j - 1] + 1)
                .min(last[j - 1] + u8::from(x != b[j - 1]));
            if i > 1 && j > 1 && x == b[j - 2] && a[i - 2].to_ascii_lowercase() == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
        }
        (before, last) = (last, row);
    }
    usize::from(last[b.len()]) <= most
}

/// `parent.key`, or `parent["odd key"]` when the key is not a plain word.
pub fn key_path(parent: &str, key: &str) -> String {
    // Letters of any script count as plain: an ASCII test plus "not ASCII, not a space"
    // (the Unicode tables behind `is_alphanumeric` would cost the wasm several KB).
    let plain = !key.is_empty()
        && key.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || c == '_'
                || c == '-'
                || (!c.is_ascii() && !c.is_whitespace())
        });
    match (parent.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => [parent, ".", key].concat(),
        (_, false) => [parent, "[", &super::problem::quoted(key), "]"].concat(),
    }
}

/// `parent[index]`.
pub fn index_path(parent: &str, index: usize) -> String {
    [parent, "[", &index.to_string(), "]"].concat()
}

impl Reader {
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Records "expected X, found Y" at `at`.
    pub fn wrong(&mut self, at: String, expected: Expected, found: &Value, effect: Effect) {
        let kind = ProblemKind::Expected {
            expected,
            found: Found::of(found),
        };
        self.push(Problem::error(at, kind, effect));
    }

    /// Reads `value` as an object, or records that `noun` was expected.
    pub fn object<'a>(
        &mut self,
        value: &'a Value<'a>,
        at: String,
        noun: Noun,
        effect: Effect,
    ) -> Option<Obj<'a>> {
        match value {
            Value::Object(map) => Some(Obj { map, at }),
            other => {
                self.wrong(at, Expected::Object(noun), other, effect);
                None
            }
        }
    }

    /// An optional string field; a wrong type is an error and the value is ignored.
    pub fn text(&mut self, obj: &Obj, key: &str) -> Option<String> {
        match obj.get(key)? {
            Value::String(s) => Some(s.as_ref().to_owned()),
            other => {
                self.wrong(obj.path(key), Expected::Text, other, Effect::Ignored);
                None
            }
        }
    }

    /// A required string field; when absent or wrong, `effect` says what happens instead.
    pub fn required_text(&mut self, obj: &Obj, key: &str, effect: Effect) -> Option<String> {
        match obj.get(key) {
            // Blank: said, and kept (a step without a name is still a step), unless there
            // is a default to use instead (the title).
            Some(v @ Value::String(s)) if is_blank(s) => {
                let kind = ProblemKind::Expected {
                    expected: Expected::NonEmptyText,
                    found: Found::of(v),
                };
                let problem = Problem::warning(obj.path(key), kind);
                match effect {
                    Effect::DefaultUsed(_) => {
                        self.push(problem.with_effect(effect));
                        None
                    }
                    _ => {
                        self.push(problem);
                        Some(s.as_ref().to_owned())
                    }
                }
            }
            Some(Value::String(s)) => Some(s.as_ref().to_owned()),
            Some(other) => {
                self.wrong(obj.path(key), Expected::Text, other, effect);
                None
            }
            None => {
                let kind = ProblemKind::Missing {
                    expected: Expected::Text,
                };
                self.push(Problem::error(obj.path(key), kind, effect));
                None
            }
        }
    }

    /// A persona's, phase's or step's `name`. Blank, the item's `id` stands in for it (as
    /// the default title does for a blank title: a blank name left nothing to call the step
    /// by in its header, the curve's summary or the insights), and the warning says so.
    pub fn required_name(&mut self, obj: &Obj, id: Option<&str>, effect: Effect) -> Option<String> {
        let blank = obj
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(is_blank);
        match id.filter(|id| blank && !is_blank(id)) {
            Some(id) => {
                self.required_text(obj, "name", Effect::DefaultUsed(id.to_owned()));
                Some(id.to_owned())
            }
            None => self.required_text(obj, "name", effect),
        }
    }

    /// An optional number field.
    pub fn number(&mut self, obj: &Obj, key: &str) -> Option<f64> {
        self.number_value(obj.get(key)?, obj.path(key), Expected::Number)
    }

    /// An optional number field that must lie in `min..=max`.
    pub fn number_in(&mut self, obj: &Obj, key: &str, min: f64, max: f64) -> Option<f64> {
        let value = obj.get(key)?;
        self.ranged(value, || obj.path(key), min, max)
    }

    /// A number in `min..=max`, or an error at `at()` naming the range. The path is built
    /// only for an error: reading a 10,000-step file makes no strings for valid numbers.
    pub fn ranged(
        &mut self,
        value: &Value,
        at: impl FnOnce() -> String,
        min: f64,
        max: f64,
    ) -> Option<f64> {
        let expected = Expected::Range { min, max };
        match value.as_f64() {
            Some(n) if value.is_number() && (min..=max).contains(&n) => Some(n),
            _ => {
                self.wrong(at(), expected, value, Effect::Ignored);
                None
            }
        }
    }

    fn number_value(&mut self, value: &Value, at: String, expected: Expected) -> Option<f64> {
        match value.as_f64() {
            Some(n) if value.is_number() => Some(n),
            _ => {
                self.wrong(at, expected, value, Effect::Ignored);
                None
            }
        }
    }

    /// An optional boolean field.
    pub fn boolean(&mut self, obj: &Obj, key: &str) -> Option<bool> {
        match obj.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong(obj.path(key), Expected::Bool, other, Effect::Ignored);
                None
            }
        }
    }

    /// An optional array field of any items.
    pub fn array<'a>(
        &mut self,
        obj: &Obj<'a>,
        key: &str,
        noun: Noun,
    ) -> Option<&'a Vec<Value<'a>>> {
        match obj.get(key)? {
            Value::Array(items) => Some(items),
            other => {
                self.wrong(
                    obj.path(key),
                    Expected::ArrayOf(noun),
                    other,
                    Effect::Ignored,
                );
                None
            }
        }
    }

    /// A list of strings. A lone string is read as a list of one, with a warning (the format
    /// says an array); items that are not strings are errors and left out.
    pub fn texts(&mut self, obj: &Obj, key: &str) -> Vec<String> {
        let Some(value) = obj.get(key) else {
            return Vec::new();
        };
        match value {
            Value::Array(_) => {}
            Value::String(s) if is_blank(s) => {}
            Value::String(_) => self.lone(obj.path(key), Noun::Text, value),
            _ => {
                let expected = Expected::ArrayOf(Noun::Text);
                self.wrong(obj.path(key), expected, value, Effect::Ignored);
                return Vec::new();
            }
        }
        self.text_list(value, &|| obj.path(key))
    }

    /// Tells that the string `value` at `at` stands where the format says an array of
    /// `noun`s: it is read as a list of one.
    pub fn lone(&mut self, at: String, noun: Noun, value: &Value) {
        let kind = ProblemKind::Expected {
            expected: Expected::ArrayOf(noun),
            found: Found::of(value),
        };
        self.push(Problem::warning(at, kind).with_effect(Effect::ShownAsWritten));
    }

    /// Reads a string or an array of strings at `at()` (built only for a message). A blank
    /// string (an empty bullet or bubble on the map) is told and left out.
    pub fn text_list(&mut self, value: &Value, at: &dyn Fn() -> String) -> Vec<String> {
        match value {
            Value::String(_) => self.unblank(value, at).into_iter().collect(),
            Value::Array(items) => {
                let mut texts = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let item_at = || index_path(&at(), i);
                    match item {
                        Value::String(_) => texts.extend(self.unblank(item, &item_at)),
                        _ => self.wrong(item_at(), Expected::Text, item, Effect::Ignored),
                    }
                }
                texts
            }
            other => {
                self.wrong(at(), Expected::TextOrTextArray, other, Effect::Ignored);
                Vec::new()
            }
        }
    }

    /// The string `value`, or `None` with a warning at `at()` when it is blank.
    pub fn unblank(&mut self, value: &Value, at: &dyn Fn() -> String) -> Option<String> {
        let text = value.as_str()?;
        if !is_blank(text) {
            return Some(text.to_owned());
        }
        let kind = ProblemKind::Expected {
            expected: Expected::NonEmptyText,
            found: Found::of(value),
        };
        self.push(Problem::warning(at(), kind).with_effect(Effect::Ignored));
        None
    }

    /// An optional CSS hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`). Anything else is
    /// ignored: colours go into style attributes, so only this strict form is let through.
    pub fn colour(&mut self, obj: &Obj, key: &str) -> Option<String> {
        let value = obj.get(key)?;
        match value.as_str() {
            Some(s) if is_hex_colour(s) => Some(s.to_owned()),
            _ => {
                self.wrong(obj.path(key), Expected::Colour, value, Effect::Ignored);
                None
            }
        }
    }
}

/// True for `#` followed by 3, 4, 6 or 8 hex digits.
pub fn is_hex_colour(s: &str) -> bool {
    s.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_near_key_is_a_field_but_for_case_and_a_slip_or_two() {
        for (key, field) in [
            ("emtion", "emotion"),
            ("Phase", "phase"),
            ("nmae", "name"),
            ("importnace", "importance"),
            ("ID", "id"),
            ("channels", "channel"),
            ("tite", "title"),
            ("idd", "id"),
        ] {
            assert!(near(key, field), "{key} ~ {field}");
        }
        for (key, field) in [
            ("", "id"),
            ("notes", "name"),
            ("x", "id"),
            ("xyz", "id"),
            ("mood", "emotion"),
            ("pains", "phase"),
            ("custom-lane", "custom"),
        ] {
            assert!(!near(key, field), "{key} !~ {field}");
        }
    }

    #[test]
    fn paths_use_dots_for_words_and_brackets_otherwise() {
        assert_eq!(key_path("", "steps"), "steps");
        assert_eq!(key_path("steps[3]", "emotion"), "steps[3].emotion");
        assert_eq!(
            key_path("steps[3].emotion", "maría"),
            "steps[3].emotion.maría"
        );
        assert_eq!(
            key_path("steps[3].metrics", "a.b c"),
            "steps[3].metrics[\"a.b c\"]"
        );
        assert_eq!(index_path("steps", 3), "steps[3]");
    }

    #[test]
    fn hex_colours_are_strict() {
        for ok in ["#fff", "#ffff", "#2f6fde", "#2f6fde80"] {
            assert!(is_hex_colour(ok), "{ok}");
        }
        for bad in ["fff", "#ff", "#2f6fdg", "red", "#fff;background:url(x)", ""] {
            assert!(!is_hex_colour(bad), "{bad}");
        }
    }
}
