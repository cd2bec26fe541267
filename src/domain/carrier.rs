//! Journeys carried inside other files, so that an exported image or page dropped back on
//! the app reopens its map:
//! - SVG and stand-alone HTML hold the journey's JSON as the text of the element whose id is
//!   `journey-lens-journey`. The JSON has `<`, `>` and `&` written as `\u003c`, `\u003e`,
//!   `\u0026` (see [`markup_safe`]): it is still the same JSON, and no text in it can end the
//!   element or start markup.
//! - PNG holds it in an `iTXt` chunk with the keyword `journey-lens` (uncompressed UTF-8).

use std::borrow::Cow;

/// The id of the element that carries the journey in SVG and HTML.
pub const ELEMENT_ID: &str = "journey-lens-journey";
/// The keyword of the PNG text chunk that carries the journey.
pub const PNG_KEYWORD: &str = "journey-lens";

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// A file that carries no journey, by what it is; `en` says so in English, the UI in its
/// own language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoJourney {
    Svg,
    Html,
    Png,
}

impl NoJourney {
    pub fn en(self) -> &'static str {
        match self {
            NoJourney::Svg => "this SVG file carries no journey: expected JSON, or an image or page exported by Journey Lens",
            NoJourney::Html => "this HTML file carries no journey: expected JSON, or an image or page exported by Journey Lens",
            NoJourney::Png => "this PNG image carries no journey: expected one exported by Journey Lens",
        }
    }
}

/// JSON with `<`, `>` and `&` escaped, to sit as the text of an SVG or HTML element, and
/// U+FFFE and U+FFFF too, which XML does not allow (JSON escapes the other such characters).
pub fn markup_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{fffe}' => out.push_str("\\ufffe"),
            '\u{ffff}' => out.push_str("\\uffff"),
            c => out.push(c),
        }
    }
    out
}

/// The journey text in a file: JSON as it is; from SVG or HTML, the carrying element's
/// text, after the markup before it blanked out (line breaks kept, so that a problem's
/// `line:column` is the file's own). An error says what the file is and that it carries no
/// journey.
pub fn journey_text(text: &str) -> Result<Cow<'_, str>, NoJourney> {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !start.starts_with('<') {
        return Ok(Cow::Borrowed(text));
    }
    let marker = ["id=\"", ELEMENT_ID, "\""].concat();
    let carried = text.find(&marker).and_then(|at| {
        let open_end = at + text[at..].find('>')? + 1;
        let close = open_end + text[open_end..].find("</")?;
        let mut journey = String::new();
        for c in text[..open_end].chars() {
            journey.push(if c == '\n' { c } else { ' ' });
        }
        journey.push_str(&text[open_end..close]);
        Some(Cow::Owned(journey))
    });
    carried.ok_or(if start.contains("<svg") && !start.contains("<html") {
        NoJourney::Svg
    } else {
        NoJourney::Html
    })
}

/// True when `bytes` start like a PNG image.
pub fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(PNG_SIGNATURE)
}

/// The journey text in a PNG's `iTXt` chunk; an error when there is none.
pub fn png_journey(png: &[u8]) -> Result<String, NoJourney> {
    let mut at = PNG_SIGNATURE.len();
    while let Some(header) = png.get(at..at + 8) {
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let data = png.get(at + 8..at + 8 + length).ok_or(NoJourney::Png)?;
        if &header[4..] == b"iTXt" {
            if let Some(text) = itxt_text(data) {
                return Ok(text);
            }
        }
        at += 12 + length;
    }
    Err(NoJourney::Png)
}

/// The text of an uncompressed `iTXt` chunk with our keyword: keyword, NUL, compression flag
/// and method, language tag, NUL, translated keyword, NUL, then the UTF-8 text.
fn itxt_text(data: &[u8]) -> Option<String> {
    let rest = data
        .strip_prefix(PNG_KEYWORD.as_bytes())?
        .strip_prefix(b"\0\0\0")?;
    let language_end = rest.iter().position(|&b| b == 0)?;
    let rest = &rest[language_end + 1..];
    let translated_end = rest.iter().position(|&b| b == 0)?;
    String::from_utf8(rest[translated_end + 1..].to_vec()).ok()
}

/// `png` with `text` added in an `iTXt` chunk just before its end.
pub fn png_with_journey(png: &[u8], text: &str) -> Vec<u8> {
    let iend = png.len().saturating_sub(12);
    let mut chunk = Vec::with_capacity(text.len() + 32);
    chunk.extend_from_slice(b"iTXt");
    chunk.extend_from_slice(PNG_KEYWORD.as_bytes());
    chunk.extend_from_slice(b"\0\0\0\0\0"); // no compression, no language, no translation
    chunk.extend_from_slice(text.as_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len() + 8);
    out.extend_from_slice(&png[..iend]);
    out.extend_from_slice(&((chunk.len() - 4) as u32).to_be_bytes());
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    out.extend_from_slice(&png[iend..]);
    out
}

/// CRC-32 as PNG computes it (ISO 3309), bit by bit: run once per export, so a table is not
/// worth its bytes.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest valid PNG: one transparent pixel.
    const PIXEL: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\x0bIDAT\x78\x9c\x63\x60\x00\x02\x00\x00\x05\x00\x01\x7a\x5e\xab\x3f\0\0\0\0IEND\xaeB`\x82";

    #[test]
    fn crc32_matches_the_png_checksums() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn a_png_carries_the_journey_and_stays_a_valid_png() {
        let json = "{\"title\":\"Compra «online» ☕\"}";
        let png = png_with_journey(PIXEL, json);
        assert!(is_png(&png));
        assert!(png.ends_with(&PIXEL[PIXEL.len() - 12..]), "IEND stays last");
        assert_eq!(png_journey(&png).unwrap(), json);
        // Every chunk's CRC is right, the new one included.
        let mut at = 8;
        while at < png.len() {
            let length = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            let crc =
                u32::from_be_bytes(png[at + 8 + length..at + 12 + length].try_into().unwrap());
            assert_eq!(crc, crc32(&png[at + 4..at + 8 + length]));
            at += 12 + length;
        }
        assert_eq!(
            png_journey(PIXEL).map_err(NoJourney::en),
            Err("this PNG image carries no journey: expected one exported by Journey Lens")
        );
        assert!(
            png_journey(&PIXEL[..20]).is_err(),
            "a cut file is not read past its end"
        );
    }

    #[test]
    fn markup_carries_json_that_cannot_end_its_element() {
        let json = "{\"title\":\"</script><b>&amp;</b>\u{fffe}\u{ffff}\"}";
        let safe = markup_safe(json);
        assert!(!safe.contains(['<', '>', '&', '\u{fffe}', '\u{ffff}']));
        let svg = format!("<svg><metadata id=\"{ELEMENT_ID}\">{safe}</metadata></svg>");
        assert_eq!(journey_text(&svg).unwrap().trim_start(), safe);
        let value: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(value["title"], "</script><b>&amp;</b>\u{fffe}\u{ffff}");
    }

    #[test]
    fn a_problem_in_a_carried_journey_is_placed_in_the_file() {
        let svg = r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
<title>X</title>
<metadata id="journey-lens-journey">{"version": 1, "title": "X",
"phases": [{"id": "a", "name": "A"}],
"steps": [ {"id": "s", "phase": "a", "name": "n",} ]}</metadata>
</svg>"#;
        let problems = crate::domain::read_journey(&journey_text(svg).unwrap()).unwrap_err();
        assert_eq!(problems[0].at, "6:49");
        // On the element's own line too.
        let svg = svg.replace("\"X\",\n", "\"X\", \"version\": ,");
        let problems = crate::domain::read_journey(&journey_text(&svg).unwrap()).unwrap_err();
        assert_eq!(problems[0].at, "4:77");
    }

    #[test]
    fn json_passes_through_and_other_markup_is_refused() {
        assert_eq!(journey_text(" {\"a\":1}"), Ok(" {\"a\":1}".into()));
        assert_eq!(
            journey_text("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>").map_err(NoJourney::en),
            Err("this SVG file carries no journey: expected JSON, or an image or page exported by Journey Lens")
        );
        assert!(journey_text("<!doctype html><html><p>hi</p></html>")
            .unwrap_err()
            .en()
            .starts_with("this HTML file carries no journey"));
    }
}
