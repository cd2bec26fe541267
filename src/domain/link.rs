//! The share link: the whole journey in the URL fragment, so it never reaches a server.
//!
//! `#j1=<data>&view=<mode>`: `j1` names format version 1, whose data is the journey as
//! compact JSON, compressed with raw DEFLATE (done by the browser's CompressionStream, which
//! costs the wasm nothing) and written in base64url without padding. A later format gets a
//! new name (`j2`), and links in the old one keep opening.
//!
//! `#e1=<data>` is the same compressed journey sealed with a passphrase: 16 bytes of salt,
//! 12 of nonce, then AES-256-GCM ciphertext and tag, the key from PBKDF2-SHA-256 (done by the
//! browser's WebCrypto, see `app/link.js`). This module does the framing and base64url; it
//! knows nothing of the DOM or of cryptography.

use std::fmt;

use super::problem::{quoted, shorten};

/// The fragment key of the current format.
pub const KEY: &str = "j1";
/// The fragment key of the current format, sealed with a passphrase.
pub const SEALED_KEY: &str = "e1";
/// Salt, nonce and tag: a sealed journey is longer than this.
const SEALED_OVERHEAD: usize = 16 + 12 + 16;

/// What a share link carries besides the journey.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkView {
    /// `map`, `curve` or `insights`; empty for the default.
    pub view: String,
}

/// The fragment (without `#`) for compressed journey bytes, `sealed` or not, and a view.
pub fn fragment(data: &[u8], sealed: bool, view: &LinkView) -> String {
    let key = if sealed { SEALED_KEY } else { KEY };
    let mut out = format!("{key}={}", base64url(data));
    if !view.view.is_empty() {
        out.push_str("&view=");
        out.push_str(&view.view);
    }
    out
}

/// The host page's script that makes each Journey Lens iframe as tall as the map it shows
/// (the README's, on one line): the embedded app posts its height.
pub const HOST_SCRIPT: &str = "<script>addEventListener(\"message\",(e)=>{if(e.data?.type===\"journey-lens:height\")\
for(const f of document.querySelectorAll(\"iframe\"))if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"});</script>";

/// The HTML that embeds a share link's map in another page: an iframe on the same link in
/// embed mode (`embed=1`), and the script that sizes it to the map (where a page allows no
/// script, the frame keeps its 600 px and scrolls). The title is the journey's, escaped:
/// journey text stays text.
pub fn embed_snippet(share_link: &str, title: &str) -> String {
    let (page, fragment) = share_link.split_once('#').unwrap_or((share_link, ""));
    let (page, query) = page.split_once('?').unwrap_or((page, ""));
    // The view's filters stay, not the step whose details were open: they would cover most
    // of a frame.
    let mut src = [page, "?"].concat();
    for pair in query.split('&') {
        if !pair.is_empty() && !pair.starts_with("step=") {
            src.push_str(pair);
            src.push('&');
        }
    }
    let src = [&src, "embed=1#", fragment].concat();
    [
        "<iframe src=\"",
        &escape_attribute(&src),
        "\" title=\"",
        &escape_attribute(title),
        "\" width=\"100%\" height=\"600\" style=\"border:0\" loading=\"lazy\" allow=\"fullscreen\"></iframe>\n",
        HOST_SCRIPT,
    ]
    .concat()
}

/// Text made safe inside a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A parsed share fragment: the compressed journey (sealed or not) and the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub data: Vec<u8>,
    /// The data must be unsealed with a passphrase before it is inflated.
    pub sealed: bool,
    pub view: LinkView,
}

/// What is wrong with a share link, for the alert: said in English by `Display`, in the
/// UI's other languages by `app::i18n::messages`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// A share format newer than this app reads, by its key as written.
    Newer(String),
    /// Not base64url after the key: what was found there (shortened), at its character
    /// (from 1).
    NotData {
        key: &'static str,
        found: String,
        at: usize,
    },
    /// The data after the key ends partway through a byte, after this many characters.
    CutInByte { key: &'static str, at: usize },
    /// Nothing after the key (sealed: too little to hold a journey).
    Empty(&'static str),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Newer(key) => write!(
                f,
                "link: this link uses share format {}, newer than this app reads ({KEY}, {SEALED_KEY})",
                quoted(key)
            ),
            LinkError::NotData { key, found, at } => write!(
                f,
                "link: expected base64url data after {key}=, found {} at character {at}; the link may be cut short",
                quoted(found)
            ),
            LinkError::CutInByte { key, at } => write!(
                f,
                "link: the data after {key}= ends partway through a byte, at its character {at}; the link is cut short"
            ),
            LinkError::Empty(key) => write!(
                f,
                "link: {key}= holds no journey; the link may be cut short"
            ),
        }
    }
}

/// Reads a fragment (with or without `#`; also a query, `?j1=…`). `Ok(None)` when it is not
/// a share link at all (an ordinary `#anchor`); an error names what is wrong, for the alert.
///
/// Forgiving of what mail, chat and wiki tools do to links: `%3D` for `=` (any `%XX`), a
/// doubled `#`, `&amp;` copied from HTML, punctuation after the link (`(see …#j1=…).`), and
/// line breaks or spaces inside the data.
pub fn parse_fragment(fragment: &str) -> Result<Option<Shared>, LinkError> {
    let fragment = mended(fragment);
    let mut data = None;
    let mut view = LinkView::default();
    for part in fragment.split('&') {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match key.to_ascii_lowercase().as_str() {
            KEY => data = Some((KEY, value)),
            SEALED_KEY => data = Some((SEALED_KEY, value)),
            "view" => view.view = value.to_owned(),
            k if k.len() >= 2
                && (k.starts_with('j') || k.starts_with('e'))
                && k[1..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                return Err(LinkError::Newer(k.to_owned()));
            }
            _ => {}
        }
    }
    let Some((key, text)) = data else {
        return Ok(None);
    };
    let data =
        from_base64url(text).map_err(|at| match text.get(at..).filter(|t| !t.is_empty()) {
            Some(rest) => LinkError::NotData {
                key,
                found: shorten(rest, 12),
                at: at + 1,
            },
            None => LinkError::CutInByte {
                key,
                at: text.trim_end_matches('=').len(),
            },
        })?;
    let sealed = key == SEALED_KEY;
    if data.is_empty() || (sealed && data.len() <= SEALED_OVERHEAD) {
        return Err(LinkError::Empty(key));
    }
    Ok(Some(Shared { data, sealed, view }))
}

/// The share link in text pasted or dropped (a whole URL, or its fragment or query): the part
/// from its `#` or `?`, when that names a journey, well or badly (a damaged link is told as
/// one, not as JSON). `None` for a journey's JSON and anything else.
pub fn share_link_in(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.starts_with(['{', '[', '"', '<']) {
        return None;
    }
    let at = text.find('#').or_else(|| text.find('?')).unwrap_or(0);
    let link = &text[at..];
    match parse_fragment(link) {
        Ok(None) => None,
        _ => Some(link),
    }
}

/// A fragment as written, mended: without the leading `#`s (or `?`), its `%XX` escapes
/// decoded, `&amp;` read as `&`, without spaces, line breaks and invisible characters (a
/// no-break or zero-width space), and without the punctuation after it (`).`, `”`, `…`,
/// `**`). What a link holds is ASCII, so no character of it is lost.
fn mended(text: &str) -> String {
    let b = text.as_bytes();
    let hex = |i: usize| b.get(i).and_then(|c| (*c as char).to_digit(16));
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let mut c = b[i];
        i += 1;
        if let (b'%', Some(high), Some(low)) = (c, hex(i), hex(i + 1)) {
            c = (high * 16 + low) as u8;
            i += 2;
        }
        bytes.push(c);
    }
    let mut out = String::with_capacity(bytes.len());
    for c in String::from_utf8_lossy(&bytes).chars() {
        match c {
            '#' | '?' if out.is_empty() => {}
            ';' if out.ends_with("&amp") => out.truncate(out.len() - 3),
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    while out
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_ascii() || ").,;:!?'\"*]>".contains(c))
    {
        out.pop();
    }
    out
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5). Hand-written: twenty lines, where a crate's
/// generic engines would cost several KB of wasm.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding tolerated); on error, the index of the first bad character.
pub fn from_base64url(text: &str) -> Result<Vec<u8>, usize> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for (i, c) in text.bytes().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(i),
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    if bits >= 6 {
        // A lone trailing character cannot hold a byte: the text stops partway (the error
        // is at its end).
        return Err(text.len());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(from_base64url(coded).unwrap(), plain.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        let coded = base64url(&all);
        assert!(!coded.contains(['+', '/', '=']));
        assert_eq!(from_base64url(&coded).unwrap(), all);
        assert_eq!(from_base64url("Zm9v=").unwrap(), b"foo");
    }

    #[test]
    fn fragments_round_trip_with_the_view() {
        let view = LinkView {
            view: "curve".into(),
        };
        let f = fragment(&[1, 2, 3, 250], false, &view);
        assert_eq!(f, "j1=AQID-g&view=curve");
        let parsed = parse_fragment(&format!("#{f}")).unwrap().unwrap();
        assert_eq!(parsed.data, [1, 2, 3, 250]);
        assert!(!parsed.sealed);
        assert_eq!(parsed.view, view);
        assert_eq!(fragment(&[1], false, &LinkView::default()), "j1=AQ");
    }

    #[test]
    fn links_as_mail_chat_and_wikis_mangle_them_still_open() {
        let whole = "j1=AQID-g&view=curve";
        for mangled in [
            "#j1%3DAQID-g%26view%3Dcurve",
            "##j1=AQID-g&view=curve",
            "?j1=AQID-g&view=curve",
            "#j1=AQID-g&amp;view=curve",
            "#j1=AQID-g&view=curve).",
            "#J1=AQID-g&VIEW=curve",
            "#j1=AQ%20ID%0A-g&view=curve",
            "#j1=AQ\r\nID -g&view=curve\n",
            "#j1=AQID-g&view=curve\u{201d}.",
            "#j1=AQID-g&view=curve%E2%80%A6",
            "#j1=AQID-g&view=curve**",
            "#j1=AQ%C2%A0ID\u{200b}-g&view=cu\u{feff}rve",
            "#j1=AQ\u{a0}ID%E2%80%8B-g&view=curve\u{3002}",
        ] {
            assert_eq!(parse_fragment(mangled), parse_fragment(whole), "{mangled}");
        }
        assert_eq!(parse_fragment(whole).unwrap().unwrap().view.view, "curve");
        // Damage inside the data is told as the characters it is, not their escapes.
        assert_eq!(
            parse_fragment("#j1=AQ%E2%80%9CID").map_err(|e| e.to_string()),
            Err("link: expected base64url data after j1=, found \"\u{201c}ID\" at character 3; the link may be cut short".into())
        );
        // A `%` that escapes nothing stays, and is told.
        assert_eq!(
            parse_fragment("#j1=AQ%zz").map_err(|e| e.to_string()),
            Err("link: expected base64url data after j1=, found \"%zz\" at character 3; the link may be cut short".into())
        );
    }

    #[test]
    fn share_links_are_found_in_pasted_text() {
        let url = "https://maps.example/jl/?theme=dark#j1=AQID-g&view=curve";
        assert_eq!(share_link_in(url), Some("#j1=AQID-g&view=curve"));
        assert_eq!(share_link_in(" #e1=AQID\n"), Some("#e1=AQID"));
        assert_eq!(share_link_in("https://x/?j1=AQID"), Some("?j1=AQID"));
        // A damaged link is a link still, to be told as one.
        assert_eq!(share_link_in("https://x/#j1=AQ*ID"), Some("#j1=AQ*ID"));
        for not_a_link in [
            r#"{"title": "T#j1=AQID"}"#,
            "[1, 2]",
            "\"a journey\"",
            "https://x/page#section",
            "just words",
            "",
        ] {
            assert_eq!(share_link_in(not_a_link), None, "{not_a_link}");
        }
    }

    #[test]
    fn sealed_fragments_round_trip_and_must_hold_more_than_salt_nonce_and_tag() {
        let sealed: Vec<u8> = (0..=SEALED_OVERHEAD as u8).collect();
        let f = fragment(&sealed, true, &LinkView::default());
        assert!(f.starts_with("e1="));
        let parsed = parse_fragment(&f).unwrap().unwrap();
        assert!(parsed.sealed);
        assert_eq!(parsed.data, sealed);
        let cut = fragment(&sealed[..SEALED_OVERHEAD], true, &LinkView::default());
        assert_eq!(
            parse_fragment(&cut).map_err(|e| e.to_string()),
            Err("link: e1= holds no journey; the link may be cut short".into())
        );
        assert_eq!(
            parse_fragment("#e2=AQID").map_err(|e| e.to_string()),
            Err(
                "link: this link uses share format \"e2\", newer than this app reads (j1, e1)"
                    .into()
            )
        );
    }

    #[test]
    fn bad_fragments_say_what_is_wrong() {
        assert_eq!(parse_fragment("#section-2"), Ok(None));
        assert_eq!(parse_fragment(""), Ok(None));
        assert_eq!(
            parse_fragment("#j1=AQ!D").map_err(|e| e.to_string()),
            Err("link: expected base64url data after j1=, found \"!D\" at character 3; the link may be cut short".into())
        );
        assert_eq!(
            parse_fragment("#j1=").map_err(|e| e.to_string()),
            Err("link: j1= holds no journey; the link may be cut short".into())
        );
        assert_eq!(
            parse_fragment("#j2=AQID").map_err(|e| e.to_string()),
            Err(
                "link: this link uses share format \"j2\", newer than this app reads (j1, e1)"
                    .into()
            )
        );
        assert_eq!(parse_fragment("#j1=A").map_err(|e| e.to_string()), Err("link: the data after j1= ends partway through a byte, at its character 1; the link is cut short".into()));
        // Cut one character after whole groups: every character is valid base64url.
        let whole = fragment(b"a journey's bytes", false, &LinkView::default());
        assert_eq!(
            parse_fragment(&["#", &whole[..3 + 4 * 5 + 1]].concat()).map_err(|e| e.to_string()),
            Err("link: the data after j1= ends partway through a byte, at its character 21; the link is cut short".into())
        );
    }

    #[test]
    fn the_embed_snippet_frames_the_link_in_embed_mode_with_its_title_escaped() {
        let snippet = embed_snippet(
            "https://maps.example/jl/#j1=abc&view=curve",
            "Q&A \"<b>journey</b>\"",
        );
        assert_eq!(
            snippet,
            "<iframe src=\"https://maps.example/jl/?embed=1#j1=abc&amp;view=curve\" \
             title=\"Q&amp;A &quot;&lt;b&gt;journey&lt;/b&gt;&quot;\" width=\"100%\" \
             height=\"600\" style=\"border:0\" loading=\"lazy\" allow=\"fullscreen\"></iframe>\n"
                .to_owned()
                + HOST_SCRIPT
        );
        assert!(embed_snippet("https://a.example/?lang=es#j1=x", "t")
            .contains("?lang=es&amp;embed=1#j1=x"));
        // Not the step whose details are open in the view shared.
        assert!(
            embed_snippet("https://a.example/?step=pay&q=a&stepping=1#j1=x", "t")
                .contains("\"https://a.example/?q=a&amp;stepping=1&amp;embed=1#j1=x\"")
        );
        assert!(embed_snippet("https://a.example/?step=pay#j1=x", "t")
            .contains("\"https://a.example/?embed=1#j1=x\""));
    }
}
