//! The JSON tree a journey file is read from (by `syntax`). serde_json's own `Value` keeps
//! object keys in order in a hash map (SipHash, an index table per object): reading a
//! 1,000-step file spent half its time hashing and allocating there. A journey's objects are
//! small, so a list of fields in file order, searched from the end, reads the same file in
//! half the time. Numbers keep the text they were written with, so that export writes back
//! what the file said. Export writes these values back (with the journey's own fields, see
//! `export`) through the small writer below rather than serde's serializer, which cost the
//! wasm several KB.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

/// An object's key: borrowed from the file's text, unless it holds an escape.
pub type Key<'a> = Cow<'a, str>;

/// A parsed JSON value. Strings and numbers borrow the file's text (`'a`) where they can:
/// a 1,000-step file holds about 12,000 of them, and a copy of each cost an allocation to
/// read and a free when the tree was dropped, about a third of the time the file took to
/// read. What the journey keeps of the tree (the fields this reader does not know) is
/// copied out as `Value<'static>`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A number's text as written (valid JSON: `syntax` read it).
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Fields<'a>),
}

/// An object's fields in file order. A repeated key keeps every entry; lookups find the
/// last one, as JSON parsers do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields<'a>(Vec<(Key<'a>, Value<'a>)>);

impl<'a> Fields<'a> {
    pub fn from_vec(fields: Vec<(Key<'a>, Value<'a>)>) -> Fields<'a> {
        Fields(fields)
    }

    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Every field in file order (a repeated key: each entry, the last one wins on reading).
    pub fn iter(&self) -> impl Iterator<Item = (&Key<'a>, &Value<'a>)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// A copy that owns its text.
    pub fn to_static(&self) -> Fields<'static> {
        Fields(self.0.iter().map(|(k, v)| owned_field(k, v)).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Writes each field inside `object`; a repeated key keeps its first place and its last
    /// value.
    pub fn write_into(&self, object: &mut Object) {
        // Each key's last entry, taken at its first (a map: an object can have 100,000 keys);
        // `usize::MAX` marks a key already written.
        let mut last: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, (key, _)) in self.0.iter().enumerate() {
            last.insert(key, i);
        }
        for (key, _) in &self.0 {
            if let Some(i) = last.insert(key, usize::MAX).filter(|&i| i != usize::MAX) {
                self.0[i].1.write(object.key(key));
            }
        }
    }
}

/// A copy of a field that owns its text.
pub fn owned_field(key: &str, value: &Value) -> (Key<'static>, Value<'static>) {
    (Cow::Owned(key.to_owned()), value.to_static())
}

/// Fields collected from an iterator, a repeated key's every entry too: lookups find its last
/// value, and writing puts that in its first place.
impl<'a> FromIterator<(Key<'a>, Value<'a>)> for Fields<'a> {
    fn from_iter<I: IntoIterator<Item = (Key<'a>, Value<'a>)>>(iter: I) -> Fields<'a> {
        Fields(iter.into_iter().collect())
    }
}

impl Value<'_> {
    /// A copy that owns its text.
    pub fn to_static(&self) -> Value<'static> {
        let own = |s: &str| Cow::Owned(s.to_owned());
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Number(n) => Value::Number(own(n)),
            Value::String(s) => Value::String(own(s)),
            Value::Array(items) => Value::Array(items.iter().map(Value::to_static).collect()),
            Value::Object(fields) => Value::Object(fields.to_static()),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }

    /// A number's value; none past the largest f64 (`1e309`), which no journey value can
    /// be and JSON cannot write back.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(number(n)).filter(|n| n.is_finite()),
            _ => None,
        }
    }

    /// A whole number, however written (`1`, `1.0`, `1e0`: JSON Schema's integer), up to
    /// 2^53.
    pub fn as_u64(&self) -> Option<u64> {
        let n = self.as_f64()?;
        (n.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&n)).then_some(n as u64)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Appends this value as compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_str(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                let mut object = Object::new(out);
                fields.write_into(&mut object);
                object.end();
            }
        }
    }
}

/// A JSON object being written: `key` starts each field, `end` closes it.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    /// Writes `"key":` and returns the text to write the field's value to.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_str(self.out, key);
        self.out.push(':');
        self.out
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

/// Appends a JSON string: quotes, backslashes and control characters escaped, everything
/// else (`/`, any script) as it is, like serde_json.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        start = i + 1;
        if escape.is_empty() {
            push_unicode_escape(out, u32::from(byte));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// Appends `\uXXXX` for the UTF-16 code unit `code`, in lowercase hex (as serde_json writes
/// a control character).
pub fn push_unicode_escape(out: &mut String, code: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[(code >> shift & 0xf) as usize] as char);
    }
}

/// Powers of ten that an f64 holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of a JSON number's text: always the nearest f64. Numbers whose digits, without
/// trailing ones past the 19th, fit 53 bits and whose power of ten is within 10^±22 (every
/// number a journey holds: feelings, scores, times, money) take one exact operation here.
/// The rest go to `correctly_rounded`.
pub fn number(text: &str) -> f64 {
    // (Bytes rather than `char` patterns: this runs for every number of the first load, in
    // the browser's baseline compiler, where the patterns' generic searches cost.)
    let negative = text.starts_with("-");
    let text = &text[usize::from(negative)..];
    let (digits, exponent) = match text.bytes().position(|b| b | 0x20 == b'e') {
        // Beyond ±1000 every f64 is zero or infinite.
        Some(e) => {
            let exponent = &text[e + 1..];
            let far = if exponent.starts_with('-') {
                -1000
            } else {
                1000
            };
            (
                &text[..e],
                exponent
                    .parse::<i32>()
                    .map_or(far, |n| n.clamp(-1000, 1000)),
            )
        }
        None => (text, 0),
    };
    let mut mantissa: u64 = 0;
    let mut power = exponent;
    let mut fraction = false;
    for b in digits.bytes() {
        if b == b'.' {
            fraction = true;
            continue;
        }
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            power -= i32::from(fraction);
        } else {
            power += i32::from(!fraction);
        }
    }
    let m = mantissa as f64;
    let value = if mantissa >= 1 << 53 || !(-22..=22).contains(&power) {
        correctly_rounded(text)
    } else if power >= 0 {
        // One correctly rounded operation on exact operands: the nearest f64.
        m * EXACT_POWERS[power as usize]
    } else {
        m / EXACT_POWERS[(-power) as usize]
    };
    if negative {
        -value
    } else {
        value
    }
}

/// The nearest f64 to an unsigned JSON number of any length. In the browser that is its own
/// parser (JSON's number syntax is a subset of what `parseFloat` reads exactly); natively it
/// is core's, which would cost about 10 KB of wasm in tables.
#[cfg(target_arch = "wasm32")]
fn correctly_rounded(text: &str) -> f64 {
    js_sys::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn correctly_rounded(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value<'_> {
        crate::domain::syntax::parse_json(text).unwrap()
    }

    fn write(value: &Value) -> String {
        let mut out = String::new();
        value.write(&mut out);
        out
    }

    #[test]
    fn keeps_field_order_and_number_kinds() {
        let text =
            r#"{"z":1,"a":[true,null,-2,1.5,"x"],"m":{"b":18446744073709551615,"e":1e+300}}"#;
        assert_eq!(write(&parse(text)), text);
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        for text in [
            "",
            "plain",
            "q\"b\\s/",
            "\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "é 日本 🙂",
        ] {
            let expected = serde_json::to_string(text).unwrap();
            assert_eq!(write(&Value::String(text.into())), expected);
            assert_eq!(parse(&expected), Value::String(text.into()));
        }
    }

    #[test]
    fn numbers_read_as_the_nearest_f64() {
        for text in [
            "0",
            "-0",
            "1",
            "-2",
            "1.5",
            "0.1",
            "4.2",
            "72",
            "0.85",
            "-1.25",
            "3.14159",
            "1e3",
            "1E-3",
            "2.5e+2",
            "123456789012345678",
            "9007199254740993",
            "1e22",
            "1e-22",
            "0.30000000000000004",
            "1.7976931348623157e308",
            "5e-324",
            "1e400",
            "12345678901234567890123",
            "3.9999999999999996",
            "-2.2250738585072011e-308",
            "0.1000000000000000055511151231257827",
        ] {
            assert_eq!(
                number(text).to_bits(),
                text.parse::<f64>().unwrap().to_bits(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_repeated_key_reads_as_its_last_value() {
        let Value::Object(fields) = parse(r#"{"a":1,"b":2,"a":3}"#) else {
            panic!("an object")
        };
        assert_eq!(fields.get("a").and_then(Value::as_f64), Some(3.0));
        assert_eq!(write(&Value::Object(fields.clone())), r#"{"a":3,"b":2}"#);
        let collected: Fields = fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        assert_eq!(write(&Value::Object(collected.clone())), r#"{"a":3,"b":2}"#);
        assert_eq!(collected.get("a").and_then(Value::as_f64), Some(3.0));
    }
}
