//! The JSON tree a journey file is read from. serde_json's own `Value` keeps object keys in
//! order in a hash map (SipHash, an index table per object): reading a 1,000-step file
//! spent half its time hashing and allocating there. A journey's objects are small, so a
//! list of fields in file order, searched from the end, reads the same file in half the time.
//! Export writes these values back (with the journey's own fields, see `export`) through
//! the small writer below rather than serde's serializer, which cost the wasm several KB.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Fields),
}

/// An object's fields in file order. A repeated key keeps every entry; lookups find the
/// last one, as JSON parsers do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Every field in file order (a repeated key: each entry, the last one wins on reading).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Writes each field inside `object`; a repeated key keeps its first place and its last
    /// value.
    pub fn write_into(&self, object: &mut Object) {
        for (i, (key, _)) in self.0.iter().enumerate() {
            if self.0[..i].iter().all(|(k, _)| k != key) {
                if let Some(value) = self.get(key) {
                    value.write(object.key(key));
                }
            }
        }
    }
}

/// Fields collected from an iterator: a repeated key keeps its first place and its last value.
impl FromIterator<(String, Value)> for Fields {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Fields {
        let mut fields: Vec<(String, Value)> = Vec::new();
        for (key, value) in iter {
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 = value,
                None => fields.push((key, value)),
            }
        }
        Fields(fields)
    }
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
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
            Value::Number(n) => out.push_str(&n.to_string()),
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
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&text[start..]);
    out.push('"');
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        // serde_json never yields a non-finite number; null is what it would write for one.
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Value>()? {
            fields.push(entry);
        }
        Ok(Value::Object(Fields(fields)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
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
            assert_eq!(write(&Value::String(text.to_owned())), expected);
            assert_eq!(parse(&expected), Value::String(text.to_owned()));
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
        assert_eq!(collected.iter().count(), 2);
    }
}
