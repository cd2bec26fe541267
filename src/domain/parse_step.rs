//! Reads one step of a journey file: its text lanes, feelings, importance, metrics, custom
//! lanes, opportunities and links. Cross-references (phase, personas, owners) are checked
//! later, in `crossref`, once every list has been read.

use super::json::Value;

use super::model::{Emotion, Link, OneOrMany, Opportunity, OpportunityKind, Step};
use super::pairs::{pairs_of, Pairs};
use super::problem::{Effect, Expected, Noun, Problem, ProblemKind};
use super::reader::{index_path, key_path, Obj, Reader};

/// The emotion scale, from very negative to very positive.
pub const EMOTION_MIN: f64 = -2.0;
pub const EMOTION_MAX: f64 = 2.0;
/// The importance scale.
pub const IMPORTANCE_MIN: f64 = 1.0;
pub const IMPORTANCE_MAX: f64 = 5.0;

const STEP_FIELDS: &[&str] = &[
    "id",
    "phase",
    "name",
    "description",
    "touchpoints",
    "channel",
    "owner",
    "thoughts",
    "emotion",
    "importance",
    "pains",
    "opportunities",
    "metrics",
    "backstage",
    "custom",
    "links",
];

/// Reads a step; `None` (with an error) when its id, phase or name is missing.
pub fn read_step(r: &mut Reader, o: Obj) -> Option<Step> {
    let left_out = Effect::LeftOut(Noun::Step);
    let id = r.required_text(&o, "id", left_out.clone());
    let phase = r.required_text(&o, "phase", left_out.clone());
    let name = r.required_name(&o, id.as_deref(), left_out);
    let (id, phase, name) = (id?, phase?, name?);
    Some(Step {
        id,
        phase,
        name,
        description: r.text(&o, "description"),
        touchpoints: r.texts(&o, "touchpoints"),
        channels: read_channels(r, &o),
        owner: r.text(&o, "owner"),
        thoughts: r.texts(&o, "thoughts"),
        emotion: read_emotion(r, &o),
        importance: r.number_in(&o, "importance", IMPORTANCE_MIN, IMPORTANCE_MAX),
        pains: r.texts(&o, "pains"),
        opportunities: read_opportunities(r, &o),
        metrics: read_metric_values(r, &o),
        backstage: r.texts(&o, "backstage"),
        custom: read_custom(r, &o),
        links: read_links(r, &o),
        extra: o.unknown_fields(STEP_FIELDS, r),
        // Set by the cross-reference checks, which know it.
        file_index: 0,
    })
}

/// `channel`: one id or a list of ids, kept in the shape the file used.
fn read_channels(r: &mut Reader, o: &Obj) -> OneOrMany {
    match o.get("channel") {
        None => OneOrMany::default(),
        Some(Value::String(s)) => OneOrMany::One(s.as_ref().to_owned()),
        Some(value) => OneOrMany::Many(r.text_list(value, &|| o.path("channel"))),
    }
}

/// `emotion`: a number from -2 to 2, or persona id → such a number. Values out of range are
/// errors and left out: a curve must never show a feeling the file did not state.
fn read_emotion(r: &mut Reader, o: &Obj) -> Option<Emotion> {
    let value = o.get("emotion")?;
    let at = || o.path("emotion");
    match value {
        Value::Number(_) => r
            .ranged(value, at, EMOTION_MIN, EMOTION_MAX)
            .map(Emotion::Single),
        Value::Object(map) => {
            let per_persona =
                map.iter()
                    .filter(|(_, v)| !v.is_null())
                    .filter_map(|(persona, v)| {
                        let path = || key_path(&at(), persona);
                        let value = r.ranged(v, path, EMOTION_MIN, EMOTION_MAX)?;
                        Some((persona.to_string(), value))
                    });
            Some(Emotion::PerPersona(pairs_of(per_persona)))
        }
        other => {
            r.wrong(at(), Expected::Emotion, other, Effect::Ignored);
            None
        }
    }
}

/// `metrics`: metric id → number.
fn read_metric_values(r: &mut Reader, o: &Obj) -> Pairs<f64> {
    let Some(value) = o.get("metrics") else {
        return Pairs::default();
    };
    let at = || o.path("metrics");
    let Value::Object(map) = value else {
        r.wrong(at(), Expected::NumberMap, value, Effect::Ignored);
        return Pairs::default();
    };
    pairs_of(map.iter().filter_map(|(id, v)| match v.as_f64() {
        Some(n) => Some((id.to_string(), n)),
        None => {
            r.wrong(key_path(&at(), id), Expected::Number, v, Effect::Ignored);
            None
        }
    }))
}

/// `custom`: lane id → a string or a list of strings.
fn read_custom(r: &mut Reader, o: &Obj) -> Pairs<OneOrMany> {
    let Some(value) = o.get("custom") else {
        return Pairs::default();
    };
    let at = || o.path("custom");
    let Value::Object(map) = value else {
        r.wrong(at(), Expected::TextMap, value, Effect::Ignored);
        return Pairs::default();
    };
    pairs_of(map.iter().filter_map(|(lane, v)| {
        let lane_at = || key_path(&at(), lane);
        let content = match v {
            Value::String(_) => OneOrMany::One(r.unblank(v, &lane_at)?),
            other => OneOrMany::Many(r.text_list(other, &lane_at)),
        };
        (!content.is_empty()).then(|| (lane.to_string(), content))
    }))
}

/// `opportunities`: plain strings or `{text, kind, owner}` objects.
fn read_opportunities(r: &mut Reader, o: &Obj) -> Vec<Opportunity> {
    // A lone idea is read as a list of one, as a lone pain is (see `Reader::texts`).
    if let Some(idea @ Value::String(_)) = o.get("opportunities") {
        let at = || o.path("opportunities");
        let Some(text) = r.unblank(idea, &at) else {
            return Vec::new();
        };
        r.lone(at(), Noun::Opportunity, idea);
        return vec![Opportunity::Plain(text)];
    }
    let Some(items) = r.array(o, "opportunities", Noun::Opportunity) else {
        return Vec::new();
    };
    let item_at = |i| index_path(&o.path("opportunities"), i);
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item {
            Value::String(_) => r.unblank(item, &|| item_at(i)).map(Opportunity::Plain),
            Value::Object(_) => {
                let obj = r.object(item, item_at(i), Noun::Opportunity, Effect::Ignored)?;
                read_detailed_opportunity(r, obj)
            }
            other => {
                let left_out = Effect::LeftOut(Noun::Opportunity);
                r.wrong(
                    item_at(i),
                    Expected::Object(Noun::Opportunity),
                    other,
                    left_out,
                );
                None
            }
        })
        .collect()
}

fn read_detailed_opportunity(r: &mut Reader, o: Obj) -> Option<Opportunity> {
    let text = r.required_text(&o, "text", Effect::LeftOut(Noun::Opportunity))?;
    let kind = o.get("kind").and_then(|value| match value.as_str() {
        Some("corrective") => Some(OpportunityKind::Corrective),
        Some("curative") => Some(OpportunityKind::Curative),
        _ => {
            let expected = Expected::OneOf(&["corrective", "curative"]);
            r.wrong(o.path("kind"), expected, value, Effect::Ignored);
            None
        }
    });
    let owner = r.text(&o, "owner");
    let extra = o.unknown_fields(&["text", "kind", "owner"], r);
    Some(Opportunity::Detailed {
        text,
        kind,
        owner,
        extra,
    })
}

/// `links`: `{label, url}` with an http(s) or mailto URL; anything else is left out, so a
/// journey file can never put a `javascript:` link on the page.
fn read_links(r: &mut Reader, o: &Obj) -> Vec<Link> {
    let Some(items) = r.array(o, "links", Noun::Link) else {
        return Vec::new();
    };
    let at = o.path("links");
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let left_out = Effect::LeftOut(Noun::Link);
            let obj = r.object(item, index_path(&at, i), Noun::Link, left_out.clone())?;
            let url = r.required_text(&obj, "url", left_out.clone())?;
            if !is_safe_url(&url) {
                let kind = ProblemKind::UnsafeUrl { url };
                r.push(Problem::error(obj.path("url"), kind, left_out));
                return None;
            }
            let label = r.text(&obj, "label").unwrap_or_else(|| url.clone());
            let extra = obj.unknown_fields(&["label", "url"], r);
            Some(Link { label, url, extra })
        })
        .collect()
}

/// True for `http://`, `https://` and `mailto:` URLs, compared without case and without
/// trimming: a URL that needs trimming to look safe is not safe.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let has_host = |prefix: &str| url.len() > prefix.len();
    (lower.starts_with("https://") && has_host("https://"))
        || (lower.starts_with("http://") && has_host("http://"))
        || (lower.starts_with("mailto:") && has_host("mailto:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_safe() {
        for ok in [
            "https://example.com/x",
            "HTTP://a.b",
            "mailto:ana@example.com",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            " https://example.com",
            "https://",
            "//example.com",
            "vbscript:x",
            "",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }
}
