//! A file's bytes to its text. Journeys are UTF-8 (JSON's own rule), but files come from
//! everywhere: PowerShell writes UTF-16, and older Windows tools and spreadsheet exports
//! write Windows-1252. Each reads as its letters; a guessed encoding says so. Which
//! encoding is decided here; decoding the other encodings is the platform's (the browser's
//! `TextDecoder`), which spares the wasm their tables.

use super::problem::{Problem, ProblemKind};

/// A file's text, and a warning when its encoding was guessed.
#[derive(Debug, PartialEq)]
pub struct FileText {
    pub text: String,
    pub note: Option<Problem>,
}

/// The encodings other than UTF-8 that a journey file is read in, by their WHATWG labels.
pub const UTF16_LE: &str = "utf-16le";
pub const UTF16_BE: &str = "utf-16be";
pub const WINDOWS_1252: &str = "windows-1252";

/// The text of a file's bytes:
/// - UTF-8, as browsers read a file's text (`Blob.text()`), a leading byte-order mark
///   dropped;
/// - UTF-16 when it starts with its byte-order mark, or with a zero byte beside an ASCII
///   one (a JSON text starts with `{`, `[` or a space);
/// - UTF-8 with a few bytes that are not (each one read as U+FFFD, and a warning at the
///   first) when the rest holds UTF-8's own letters: one stray byte must not garble them;
/// - otherwise Windows-1252 (what browsers take for text without a charset in Western
///   locales), with a warning at the first byte that is not UTF-8.
///
/// `decode(bytes, label)` decodes the others, a byte-order mark dropped.
pub fn file_text(bytes: Vec<u8>, decode: impl Fn(&[u8], &str) -> String) -> FileText {
    let other = |label| FileText {
        text: decode(&bytes, label),
        note: None,
    };
    match bytes[..] {
        [0xff, 0xfe, ..] => return other(UTF16_LE),
        [0xfe, 0xff, ..] => return other(UTF16_BE),
        [b, 0, ..] if starts_json(b) => return other(UTF16_LE),
        [0, b, ..] if starts_json(b) => return other(UTF16_BE),
        _ => {}
    }
    let mut bytes = bytes;
    if bytes.starts_with("\u{feff}".as_bytes()) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => FileText { text, note: None },
        Err(e) => {
            let bytes = e.as_bytes();
            let valid = e.utf8_error().valid_up_to();
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let at = super::syntax::place(before, valid);
            let utf8 = bytes.utf8_chunks().any(|c| !c.valid().is_ascii());
            let (text, kind) = match utf8 {
                true => (
                    String::from_utf8_lossy(bytes).into_owned(),
                    ProblemKind::BadUtf8,
                ),
                false => (decode(bytes, WINDOWS_1252), ProblemKind::NotUtf8),
            };
            FileText {
                text,
                note: Some(Problem::warning(at, kind)),
            }
        }
    }
}

fn starts_json(byte: u8) -> bool {
    matches!(byte, b'{' | b'[' | b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Says which encoding it was asked for, and the bytes' length.
    fn named(bytes: &[u8], label: &str) -> String {
        format!("{label}:{}", bytes.len())
    }

    fn read(bytes: &[u8]) -> FileText {
        file_text(bytes.to_vec(), named)
    }

    #[test]
    fn utf8_reads_as_browsers_read_it() {
        let json = "{\"title\":\"Compra «online» ☕\"}";
        assert_eq!(
            read(json.as_bytes()),
            FileText {
                text: json.into(),
                note: None
            }
        );
        // A byte-order mark goes; one later in the text stays.
        let marked = ["\u{feff}", json, "\u{feff}"].concat();
        assert_eq!(read(marked.as_bytes()).text, [json, "\u{feff}"].concat());
        assert_eq!(read(b"").text, "");
    }

    #[test]
    fn utf16_with_or_without_its_mark() {
        let json = "{\"t\":\"Atención 🙂\"}";
        let le: Vec<u8> = json.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = json.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let n = le.len();
        assert_eq!(
            read(&[&[0xff, 0xfe], &le[..]].concat()).text,
            format!("utf-16le:{}", n + 2)
        );
        assert_eq!(
            read(&[&[0xfe, 0xff], &be[..]].concat()).text,
            format!("utf-16be:{}", n + 2)
        );
        assert_eq!(
            read(&le),
            FileText {
                text: format!("utf-16le:{n}"),
                note: None
            }
        );
        assert_eq!(read(&be).text, format!("utf-16be:{n}"));
        // A binary file that starts with a zero byte is not taken for UTF-16 (its NUL
        // makes the reader say it is not text).
        assert_eq!(read(b"\0\x01\x02").text, "\0\u{1}\u{2}");
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let text = read(b"{\"t\": \"Caf\xc3\xa9 \xe2\x80\x93\",\n \"u\": \"Caf\xe9\"}");
        assert_eq!(text.text, "{\"t\": \"Café –\",\n \"u\": \"Caf\u{fffd}\"}");
        assert_eq!(
            text.note,
            Some(Problem::warning("2:11", ProblemKind::BadUtf8))
        );
    }

    #[test]
    fn other_bytes_read_as_windows_1252_with_a_warning_where_utf8_ends() {
        let bytes = b"{\n  \"t\": \"Caf\xe9 \x80 \x93ok\x94\"}";
        let text = read(bytes);
        assert_eq!(text.text, format!("windows-1252:{}", bytes.len()));
        assert_eq!(
            text.note,
            Some(Problem::warning("2:12", ProblemKind::NotUtf8))
        );
    }
}
