//! A journey back to compact JSON text in the file format: known fields in the model's order,
//! optional ones only when set, then the fields the app does not know, as the file had them.
//! Written by hand with `json`'s writer: serde's derived serializers and serde_json's
//! serializer cost the wasm several KB for this one call.

use super::json::{write_str, Fields, Object};
use super::model::{
    Emotion, Journey, LaneDef, Link, MetricDef, OneOrMany, Opportunity, Persona, Phase, Step, Tag,
};
use super::pairs::Pairs;

/// The journey as compact JSON text; reading it back gives the same journey.
pub fn to_json(journey: &Journey) -> String {
    let mut out = String::new();
    let mut o = Object::new(&mut out);
    o.key("version").push_str(&journey.version.to_string());
    write_str(o.key("title"), &journey.title);
    opt_str(&mut o, "description", &journey.description);
    list(&mut o, "personas", &journey.personas, persona);
    list_always(o.key("phases"), &journey.phases, phase);
    list_always(o.key("steps"), &journey.steps, step);
    list(&mut o, "channels", &journey.channels, tag);
    list(&mut o, "owners", &journey.owners, tag);
    if let Some(lanes) = &journey.lanes {
        list_always(o.key("lanes"), lanes, lane);
    }
    list(&mut o, "metrics", &journey.metrics, metric);
    if let Some(meta) = &journey.meta {
        let mut m = Object::new(o.key("meta"));
        meta.write_into(&mut m);
        m.end();
    }
    end(o, &journey.extra);
    out
}

fn persona(out: &mut String, p: &Persona) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &p.id);
    write_str(o.key("name"), &p.name);
    opt_str(&mut o, "description", &p.description);
    strings(&mut o, "goals", &p.goals);
    strings(&mut o, "frustrations", &p.frustrations);
    end(o, &p.extra);
}

fn phase(out: &mut String, p: &Phase) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &p.id);
    write_str(o.key("name"), &p.name);
    opt_str(&mut o, "goal", &p.goal);
    opt_str(&mut o, "description", &p.description);
    end(o, &p.extra);
}

fn tag(out: &mut String, t: &Tag) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &t.id);
    write_str(o.key("name"), &t.name);
    opt_str(&mut o, "color", &t.color);
    end(o, &t.extra);
}

fn lane(out: &mut String, l: &LaneDef) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &l.id);
    opt_str(&mut o, "title", &l.title);
    if l.hidden {
        o.key("hidden").push_str("true");
    }
    end(o, &l.extra);
}

fn metric(out: &mut String, m: &MetricDef) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &m.id);
    opt_str(&mut o, "name", &m.name);
    opt_num(&mut o, "min", m.min);
    opt_num(&mut o, "max", m.max);
    opt_num(&mut o, "target", m.target);
    if let Some(higher) = m.higher_is_better {
        o.key("higher_is_better")
            .push_str(if higher { "true" } else { "false" });
    }
    opt_str(&mut o, "unit", &m.unit);
    end(o, &m.extra);
}

fn step(out: &mut String, s: &Step) {
    let mut o = Object::new(out);
    write_str(o.key("id"), &s.id);
    write_str(o.key("phase"), &s.phase);
    write_str(o.key("name"), &s.name);
    opt_str(&mut o, "description", &s.description);
    strings(&mut o, "touchpoints", &s.touchpoints);
    if !s.channels.is_empty() {
        one_or_many(o.key("channel"), &s.channels);
    }
    opt_str(&mut o, "owner", &s.owner);
    strings(&mut o, "thoughts", &s.thoughts);
    match &s.emotion {
        Some(Emotion::Single(value)) => num(o.key("emotion"), *value),
        Some(Emotion::PerPersona(values)) => num_map(o.key("emotion"), values),
        None => {}
    }
    opt_num(&mut o, "importance", s.importance);
    strings(&mut o, "pains", &s.pains);
    list(&mut o, "opportunities", &s.opportunities, opportunity);
    if !s.metrics.is_empty() {
        num_map(o.key("metrics"), &s.metrics);
    }
    strings(&mut o, "backstage", &s.backstage);
    if !s.custom.is_empty() {
        let mut c = Object::new(o.key("custom"));
        for (id, value) in &s.custom {
            one_or_many(c.key(id), value);
        }
        c.end();
    }
    list(&mut o, "links", &s.links, link);
    end(o, &s.extra);
}

fn opportunity(out: &mut String, opportunity: &Opportunity) {
    match opportunity {
        Opportunity::Plain(text) => write_str(out, text),
        Opportunity::Detailed {
            text,
            kind,
            owner,
            extra,
        } => {
            let mut o = Object::new(out);
            write_str(o.key("text"), text);
            if let Some(kind) = kind {
                write_str(o.key("kind"), kind.as_str());
            }
            opt_str(&mut o, "owner", owner);
            end(o, extra);
        }
    }
}

fn link(out: &mut String, l: &Link) {
    let mut o = Object::new(out);
    write_str(o.key("label"), &l.label);
    write_str(o.key("url"), &l.url);
    end(o, &l.extra);
}

/// Closes an object after its unknown fields.
fn end(mut o: Object, extra: &Fields) {
    extra.write_into(&mut o);
    o.end();
}

fn opt_str(o: &mut Object, key: &str, value: &Option<String>) {
    if let Some(value) = value {
        write_str(o.key(key), value);
    }
}

fn opt_num(o: &mut Object, key: &str, value: Option<f64>) {
    if let Some(value) = value {
        num(o.key(key), value);
    }
}

/// A list of strings, left out when empty.
fn strings(o: &mut Object, key: &str, items: &[String]) {
    if !items.is_empty() {
        write_strings(o.key(key), items);
    }
}

fn write_strings(out: &mut String, items: &[String]) {
    list_always(out, items, |out, s| write_str(out, s));
}

/// A list left out when empty.
fn list<T>(o: &mut Object, key: &str, items: &[T], item: fn(&mut String, &T)) {
    if !items.is_empty() {
        list_always(o.key(key), items, item);
    }
}

fn list_always<T>(out: &mut String, items: &[T], item: fn(&mut String, &T)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
}

fn one_or_many(out: &mut String, value: &OneOrMany) {
    match value {
        OneOrMany::One(s) => write_str(out, s),
        OneOrMany::Many(items) => write_strings(out, items),
    }
}

fn num_map(out: &mut String, values: &Pairs<f64>) {
    let mut o = Object::new(out);
    for (key, value) in values {
        num(o.key(key), *value);
    }
    o.end();
}

/// A number as the file would write it: `2`, not `2.0`; the shortest text that reads back
/// as the same number otherwise. (Also `problem::num_apart`'s long form.)
pub fn num(out: &mut String, value: f64) {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        out.push_str(&(value as i64).to_string());
    } else {
        // Not finite: JSON has no such number; null is what serde_json writes.
        match value.is_finite() {
            true => out.push_str(zmij::Buffer::new().format_finite(value)),
            false => out.push_str("null"),
        }
    }
}

/// Compact JSON text indented by two spaces, as `JSON.stringify(value, null, 2)` lays it out,
/// but over the text itself: numbers keep their spelling (the browser's JSON would round a
/// big integer in `meta` to a double), and no second serializer is needed.
pub fn indented(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        out.push(c);
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else {
            match c {
                '"' => in_string = true,
                '{' | '[' if matches!(chars.peek(), Some('}' | ']')) => {
                    out.extend(chars.next());
                }
                '{' | '[' => {
                    depth += 1;
                    newline(&mut out, depth);
                }
                ',' => newline(&mut out, depth),
                ':' => out.push(' '),
                _ => {}
            }
        }
        if matches!(chars.peek(), Some('}' | ']')) && !in_string {
            depth -= 1;
            newline(&mut out, depth);
        }
    }
    out
}

/// A file name made of the journey's title: letters of any script kept, what file systems
/// refuse replaced by a hyphen, one for a run of them ("Broadband: sign-up" gives
/// `Broadband-sign-up`). (An ASCII test: the Unicode tables behind `is_alphanumeric` would
/// cost 12 KB of wasm.)
pub fn file_name(title: &str, extension: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        let c = match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '.' => '-',
            c if c.is_control() || c.is_ascii_whitespace() => '-',
            c => c,
        };
        if c != '-' || !name.ends_with('-') {
            name.push(c);
        }
    }
    let name = name.trim_matches('-');
    let name = if name.is_empty() { "journey" } else { name };
    [name, ".", extension].concat()
}

#[cfg(test)]
mod tests {
    use super::{file_name, indented, to_json};

    #[test]
    fn a_steps_maps_are_written_in_the_files_order() {
        let loaded = crate::domain::read_journey(
            r#"{"version": 1, "title": "T",
            "personas": [{"id": "zoe", "name": "Z"}, {"id": "al", "name": "A"}],
            "phases": [{"id": "p", "name": "P"}],
            "steps": [{"id": "s", "phase": "p", "name": "S",
              "emotion": {"zoe": 1, "al": -1},
              "metrics": {"nps": 10, "csat": 4, "ces": 2},
              "custom": {"risk": "high", "legal": "ok"}}]}"#,
        )
        .unwrap();
        let json = to_json(&loaded.journey);
        for part in [
            r#""emotion":{"zoe":1,"al":-1}"#,
            r#""metrics":{"nps":10,"csat":4,"ces":2}"#,
            r#""custom":{"risk":"high","legal":"ok"}"#,
        ] {
            assert!(json.contains(part), "{part} in {json}");
        }
    }

    #[test]
    fn a_file_name_is_the_title_with_one_hyphen_for_each_run_of_what_file_systems_refuse() {
        assert_eq!(
            file_name("Home broadband: from sign-up to first bill", "svg"),
            "Home-broadband-from-sign-up-to-first-bill.svg"
        );
        assert_eq!(
            file_name("  Compra / <online>?  ", "json"),
            "Compra-online.json"
        );
        assert_eq!(file_name("Café — 東京", "png"), "Café-—-東京.png");
        assert_eq!(file_name(" ... ", "html"), "journey.html");
    }

    #[test]
    fn indents_as_json_stringify_does_and_keeps_numbers_as_written() {
        let compact = r#"{"a":[1,{"b":"x:, {\"[y]\"}\\"},[],{}],"big":12345678901234567890,"e":1e+300,"o":{"k":[-0.5]}}"#;
        let expected = r#"{
  "a": [
    1,
    {
      "b": "x:, {\"[y]\"}\\"
    },
    [],
    {}
  ],
  "big": 12345678901234567890,
  "e": 1e+300,
  "o": {
    "k": [
      -0.5
    ]
  }
}"#;
        assert_eq!(indented(compact), expected);
        assert_eq!(indented("{}"), "{}");
        assert_eq!(indented("[]"), "[]");
    }
}
