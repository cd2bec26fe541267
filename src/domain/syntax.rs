//! JSON text to a JSON value, with syntax errors told as `line:column: what is wrong`
//! in words a non-programmer can act on.
//!
//! A small recursive-descent reader rather than serde_json's: it builds `json::Value`
//! directly, keeps each number's text as written (so export writes it back unchanged), and
//! saved about 3 KB of gzipped wasm (serde's visitor machinery, serde_json's messages and
//! the `std::io` error texts its error type pulls in).

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use super::json::{Fields, Key, Value};

use super::problem::{Effect, Problem, ProblemKind, Problems};

/// What is wrong with a text that is not JSON, in words a non-programmer can act on; `en`
/// gives the English, the UI its own language's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Empty,
    /// The text starts with `<`.
    Markup,
    /// NUL bytes: a binary file.
    NotText,
    EofValue,
    EofString,
    EofObject,
    EofArray,
    TrailingComma,
    ExpectedValue,
    /// After an object's value.
    ExpectedCommaOrBrace,
    /// After an array's item.
    ExpectedCommaOrBracket,
    ExpectedColon,
    KeyNotString,
    TrailingText,
    UnknownWord,
    BadEscape,
    BadUnicode,
    /// A raw line break or control character in a string.
    Control,
    BadNumber,
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
    /// `//`, `/*` or `#` where JSON expects something else.
    Comment,
    /// A typographic quote (“ ” ‘ ’), as word processors write them, where JSON expects
    /// something else.
    CurlyQuote,
}

impl Syntax {
    /// The English explanation.
    pub fn en(self) -> &'static str {
        match self {
            Syntax::Empty => "the file is empty",
            Syntax::Markup => "this is HTML or XML, not a JSON journey file",
            Syntax::NotText => "this is not a text file; a journey is a JSON text file",
            Syntax::EofValue => "the file ends where a value was expected",
            Syntax::EofString => "the file ends inside a string (a closing \" is missing)",
            Syntax::EofObject => "the file ends before an object is closed (a } is missing)",
            Syntax::EofArray => "the file ends before an array is closed (a ] is missing)",
            Syntax::TrailingComma => "a comma before a closing bracket; remove it",
            Syntax::ExpectedValue => {
                "expected a value (a string, number, object, array, true, false or null)"
            }
            Syntax::ExpectedCommaOrBrace => "expected ',' or '}'",
            Syntax::ExpectedCommaOrBracket => "expected ',' or ']'",
            Syntax::ExpectedColon => "expected ':'",
            Syntax::KeyNotString => "object keys must be strings in double quotes",
            Syntax::TrailingText => "unexpected text after the end of the journey object",
            Syntax::UnknownWord => {
                "unknown word; expected true, false, null, a number or a \"string\""
            }
            Syntax::BadEscape => "invalid escape sequence in a string",
            Syntax::BadUnicode => "invalid \\u escape: expected 4 hex digits naming a character",
            Syntax::Control => {
                "a string contains a raw line break or control character; write a line break as \\n"
            }
            Syntax::BadNumber => "invalid number",
            Syntax::TooDeep => "arrays and objects nested more than 128 levels deep",
            Syntax::Comment => "JSON has no comments; remove this comment",
            Syntax::CurlyQuote => "a curly quote; JSON's strings need straight double quotes (\")",
        }
    }
}

/// Arrays and objects nested deeper than this are refused (as serde_json does), so that a
/// hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Parses JSON text. A leading byte-order mark is skipped (editors on Windows write one).
pub fn parse_json(text: &str) -> Result<Value<'_>, Problem> {
    read_json(text).map(|(value, _)| value)
}

/// How many keys of an object are compared one by one with each new key (a journey's objects
/// have fewer); past them, a set is kept.
const FEW_KEYS: usize = 16;

/// The most repeated keys told about: each costs a pass over the text to place it. The
/// others are counted.
const MAX_REPEATS_TOLD: usize = 20;

/// Parses JSON text, with a warning for each key repeated in its object (the first ones;
/// the rest counted as unlisted): JSON readers keep the last value without a word, which
/// hides the first one's mistake.
pub fn read_json(text: &str) -> Result<(Value<'_>, Problems), Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::error(
            "1:1",
            ProblemKind::Syntax {
                what: Syntax::Empty,
            },
            Effect::NotOpened,
        ));
    }
    read(text).map_err(|(at, what)| {
        let start = text.trim_start();
        let what = if start.starts_with('<') {
            Syntax::Markup
        } else if text.contains('\0') {
            Syntax::NotText
        } else {
            what
        };
        Problem::error(at, ProblemKind::Syntax { what }, Effect::NotOpened)
    })
}

fn read(text: &str) -> Result<(Value<'_>, Problems), Error> {
    let mut reader = Reader::new(text);
    reader.skip_space();
    let value = reader.value()?;
    reader.skip_space();
    if reader.i < reader.bytes.len() {
        return Err(reader.error(Syntax::TrailingText));
    }
    Ok((value, reader.repeated))
}

/// Where (`line:column`) the JSON value of `text` starts, after a byte order mark and
/// spaces: the place of a problem with the value as a whole ("found an array").
pub fn start_of_value(text: &str) -> String {
    let mut reader = Reader::new(text.strip_prefix('\u{feff}').unwrap_or(text));
    reader.skip_space();
    place(reader.text, reader.i)
}

/// The line and column (in characters, from 1) just after `before`. A line ends at `\n`,
/// `\r\n` or a lone `\r` (as old Mac files end them, and as a text field reads them).
fn line_and_column(before: &str) -> (usize, usize) {
    let (mut line, mut line_start) = (1, 0);
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            (line, line_start) = (line + 1, i + 1);
        }
    }
    (line, before[line_start..].chars().count() + 1)
}

/// Where byte `i` of `text` is, as `line:column`.
pub fn place(text: &str, i: usize) -> String {
    let (line, column) = line_and_column(&text[..i]);
    format!("{line}:{column}")
}

/// The offset in UTF-16 code units (as a text field counts) of the place `line:column` in
/// `text`, or `None` when `place` is not such a place (a path such as `steps[3]`). A column
/// past its line's end gives the line's end; a line past the text's, the text's end.
pub fn offset_of_place(text: &str, place: &str) -> Option<usize> {
    let (line, column) = place.split_once(':')?;
    let (line, column) = (line.parse::<usize>().ok()?, column.parse::<usize>().ok()?);
    let (mut at_line, mut at_column, mut offset) = (1, 1, 0);
    for c in text.chars() {
        if at_line == line && (at_column == column || c == '\n') {
            break;
        }
        if c == '\n' {
            (at_line, at_column) = (at_line + 1, 1);
        } else {
            at_column += 1;
        }
        offset += c.len_utf16();
    }
    Some(offset)
}

/// Where (`line:column`) and what.
type Error = (String, Syntax);

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The next byte to read.
    i: usize,
    depth: usize,
    /// A warning for each key repeated in its object (the first few; the rest counted).
    repeated: Problems,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            i: 0,
            depth: 0,
            repeated: Problems::default(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    // The scanning loops index the bytes in place rather than calling `peek` for each one:
    // the first read of a journey runs in V8's baseline compiler, where every call costs.
    fn skip_space(&mut self) {
        let (bytes, mut i) = (self.bytes, self.i);
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        self.i = i;
    }

    /// An error at byte `i`.
    fn error_at(&self, i: usize, what: Syntax) -> Error {
        // Whatever was expected there, a comment or a word processor's quote is the thing
        // to say (JSON has neither).
        let rest = &self.text[i..];
        // (`#` too: YAML and shell files write their comments so.)
        let what = if rest.starts_with("//") || rest.starts_with("/*") || rest.starts_with('#') {
            Syntax::Comment
        } else if rest.starts_with(['“', '”', '‘', '’']) {
            Syntax::CurlyQuote
        } else {
            what
        };
        (place(self.text, i), what)
    }

    /// An error at the next byte.
    fn error(&self, what: Syntax) -> Error {
        self.error_at(self.i, what)
    }

    /// No comma after an item that ends at `after`. One left out at a line's end is told
    /// there, not at the next line's first item (unless that is a comment or a curly quote).
    fn no_comma(&self, after: usize, expected: Syntax) -> Error {
        let error = self.error(expected);
        match self.bytes[after..self.i].iter().any(|&b| b < b' ') {
            true if error.1 == expected => (place(self.text, after), expected),
            _ => error,
        }
    }

    /// The file ended early: the place is its last character (column 1 of the line after a
    /// final line break).
    fn end(&self, what: Syntax) -> Error {
        let (line, column) = line_and_column(self.text);
        (format!("{line}:{}", (column - 1).max(1)), what)
    }

    fn value(&mut self) -> Result<Value<'a>, Error> {
        match self.peek() {
            None => Err(self.end(Syntax::EofValue)),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word(b"true", Value::Bool(true)),
            Some(b'f') => self.word(b"false", Value::Bool(false)),
            Some(b'n') => self.word(b"null", Value::Null),
            Some(_) => Err(self.error(Syntax::ExpectedValue)),
        }
    }

    fn word(&mut self, word: &[u8], value: Value<'a>) -> Result<Value<'a>, Error> {
        for &expected in word {
            match self.peek() {
                None => return Err(self.end(Syntax::EofValue)),
                Some(b) if b == expected => self.i += 1,
                Some(_) => return Err(self.error(Syntax::UnknownWord)),
            }
        }
        Ok(value)
    }

    /// An array's or an object's items, from its opening bracket to `close`: `item` reads
    /// one; commas between them, none before `close`, and the file must not end before it.
    fn items(
        &mut self,
        close: u8,
        ends_early: Syntax,
        expected: Syntax,
        mut item: impl FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(Syntax::TooDeep));
        }
        self.i += 1;
        self.skip_space();
        if self.peek() != Some(close) {
            // Where the last comma is: a closing bracket after it is told there.
            let mut comma = 0;
            loop {
                match self.peek() {
                    None => return Err(self.end(ends_early)),
                    // Only after a comma: an empty one ends at once.
                    Some(b) if b == close => {
                        return Err(self.error_at(comma, Syntax::TrailingComma))
                    }
                    Some(_) => item(self)?,
                }
                let after = self.i;
                self.skip_space();
                match self.peek() {
                    None => return Err(self.end(ends_early)),
                    Some(b',') => {
                        comma = self.i;
                        self.i += 1;
                    }
                    Some(b) if b == close => break,
                    Some(_) => return Err(self.no_comma(after, expected)),
                }
                self.skip_space();
            }
        }
        self.i += 1;
        self.depth -= 1;
        Ok(())
    }

    fn object(&mut self) -> Result<Value<'a>, Error> {
        let mut fields = Vec::new();
        let mut later_keys = FxHashSet::default();
        self.items(b'}', Syntax::EofObject, Syntax::ExpectedCommaOrBrace, |r| {
            if r.peek() != Some(b'"') {
                return Err(r.error(Syntax::KeyNotString));
            }
            let at = r.i;
            let key = r.key()?;
            // The first keys are compared, the rest looked up: an object can hold 100,000.
            if fields[..fields.len().min(FEW_KEYS)]
                .iter()
                .any(|(k, _)| *k == key)
                || (fields.len() >= FEW_KEYS && !later_keys.insert(key.clone()))
            {
                if r.repeated.len() < MAX_REPEATS_TOLD {
                    let key = String::from(&*key);
                    let at = place(r.text, at);
                    r.repeated
                        .push(Problem::warning(at, ProblemKind::RepeatedKey { key }));
                } else {
                    r.repeated.unlisted += 1;
                }
            }
            r.skip_space();
            match r.peek() {
                None => return Err(r.end(Syntax::EofObject)),
                Some(b':') => r.i += 1,
                Some(_) => return Err(r.error(Syntax::ExpectedColon)),
            }
            r.skip_space();
            fields.push((key, r.value()?));
            Ok(())
        })?;
        Ok(Value::Object(Fields::from_vec(fields)))
    }

    fn array(&mut self) -> Result<Value<'a>, Error> {
        let mut items = Vec::new();
        self.items(
            b']',
            Syntax::EofArray,
            Syntax::ExpectedCommaOrBracket,
            |r| {
                items.push(r.value()?);
                Ok(())
            },
        )?;
        Ok(Value::Array(items))
    }

    /// An object's key, from its opening quote.
    fn key(&mut self) -> Result<Key<'a>, Error> {
        self.string()
    }

    /// Where the run of a string's plain bytes from `from` ends: at its closing quote, an
    /// escape, a control character or the end of the file.
    fn plain_run(&self, from: usize) -> usize {
        let (bytes, mut i) = (self.bytes, from);
        // Eight bytes at a time: the browser runs this in its baseline compiler during the
        // first load, where each turn of a loop costs, and strings are most of a file.
        while let Some(word) = bytes.get(i..i + 8) {
            let stops = stops_in(u64::from_le_bytes(word.try_into().unwrap_or_default()));
            if stops != 0 {
                return i + stops.trailing_zeros() as usize / 8;
            }
            i += 8;
        }
        while i < bytes.len() && !matches!(bytes[i], b'"' | b'\\' | 0..=0x1f) {
            i += 1;
        }
        i
    }

    /// A string, from its opening quote: borrowed from the text when it holds no escape.
    /// The text is valid UTF-8 and every delimiter is ASCII, so runs between escapes are
    /// sliced as they are.
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        let start = self.i + 1;
        let end = self.plain_run(start);
        if self.bytes.get(end) == Some(&b'"') {
            self.i = end + 1;
            return Ok(Cow::Borrowed(&self.text[start..end]));
        }
        // An escape, a control character or the end of the file.
        self.i += 1;
        let mut out = String::new();
        loop {
            let (start, i) = (self.i, self.plain_run(self.i));
            out.push_str(&self.text[start..i]);
            self.i = i;
            match self.peek() {
                None => return Err(self.end(Syntax::EofString)),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                // A line break is told at the start of the line it begins.
                Some(b'\n') => return Err(self.error_at(self.i + 1, Syntax::Control)),
                Some(_) => return Err(self.error(Syntax::Control)),
            }
        }
    }

    /// An escape, after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let plain = match self.peek() {
            None => return Err(self.end(Syntax::EofString)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 1;
                let unit = self.hex4()?;
                let code = match unit {
                    // A leading surrogate and the trailing one after it name one character.
                    0xd800..=0xdbff if self.bytes.get(self.i..self.i + 2) == Some(b"\\u") => {
                        let back = self.i;
                        self.i += 2;
                        match self.hex4()? {
                            low @ 0xdc00..=0xdfff => {
                                0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                            }
                            _ => {
                                self.i = back;
                                unit
                            }
                        }
                    }
                    code => code,
                };
                // Half a character (a lone surrogate, as JavaScript writes an emoji cut in
                // two) reads as U+FFFD, as browsers show it: JSON.parse takes it too.
                out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                return Ok(());
            }
            Some(_) => return Err(self.error(Syntax::BadEscape)),
        };
        out.push(plain);
        self.i += 1;
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.end(Syntax::EofString)),
                Some(b) => (b as char).to_digit(16),
            };
            let Some(digit) = digit else {
                return Err(self.error(Syntax::BadUnicode));
            };
            code = code * 16 + digit;
            self.i += 1;
        }
        Ok(code)
    }

    /// A number as JSON writes one: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE][+-]?[0-9]+)?,
    /// kept as its text.
    fn number(&mut self) -> Result<Value<'a>, Error> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            None => return Err(self.end(Syntax::EofValue)),
            Some(b'0') => {
                self.i += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error(Syntax::BadNumber));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return Err(self.error(Syntax::BadNumber)),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.some_digits()?;
        }
        Ok(Value::Number(Cow::Borrowed(&self.text[start..self.i])))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    /// One digit or more.
    fn some_digits(&mut self) -> Result<(), Error> {
        match self.peek() {
            None => Err(self.end(Syntax::EofValue)),
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            Some(_) => Err(self.error(Syntax::BadNumber)),
        }
    }
}

/// The bytes of `word` (eight, the first in the lowest bits) that end a string's plain run, a
/// quote, a backslash or a control character, each marked by its high bit. The first
/// marked byte is exact; a byte above one may be marked wrongly (a borrow), so callers use
/// the lowest only.
fn stops_in(word: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    // A byte below `n` (at most 0x80) gets its high bit set in `word - n`, while `!word`
    // keeps it for bytes that did not have it.
    let below = |w: u64, n: u8| w.wrapping_sub(ONES * n as u64) & !w & HIGH;
    below(word ^ (ONES * b'"' as u64), 1)
        | below(word ^ (ONES * b'\\' as u64), 1)
        | below(word, 0x20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_ends_at_the_first_quote_backslash_or_control_character_wherever_it_falls() {
        // Each stop at each place of three words, after plain ASCII or UTF-8: bytes above
        // 0x7f, among them 0xa2, 0xdc and 0x9c, a quote, a backslash and a control
        // character with the high bit set (in ¢, ܐ and Ü).
        for filler in ["abcdefghijklmnopqrstuvwx", "é€¢Üܐ😀aé€¢Üܐ"] {
            for stop in ["\"", "\\", "\u{0}", "\n", "\u{1f}"] {
                for at in 0..=filler.len() {
                    if !filler.is_char_boundary(at) {
                        continue;
                    }
                    // A stop before the end, then text that a wrong scan could stop in.
                    let text = [&filler[..at], stop, "\"\\\u{1}", &filler[at..]].concat();
                    let reader = Reader::new(&text);
                    assert_eq!(reader.plain_run(0), at, "{text:?}");
                }
                // No stop: the run ends at the end of the text.
                assert_eq!(Reader::new(filler).plain_run(0), filler.len());
            }
        }
        // A space, DEL and 0x20 do not stop a run; 0x1f does.
        assert_eq!(Reader::new(" \u{7f} \u{7f}  x\u{1f}").plain_run(0), 7);
    }

    fn message(text: &str) -> String {
        parse_json(text).unwrap_err().to_string()
    }

    #[test]
    fn a_place_is_found_again_in_the_text_as_a_text_field_counts() {
        let text = "{\n  \"t\": \"é😀\" x\n}";
        let place = match read_json(text) {
            Err(problem) => problem.at,
            Ok(_) => panic!("not JSON"),
        };
        assert_eq!(place, "2:13");
        // 2 for the first line, 12 characters before the x, the emoji counting 2.
        assert_eq!(offset_of_place(text, &place), Some(2 + 13));
        assert_eq!(offset_of_place(text, "1:1"), Some(0));
        assert_eq!(offset_of_place(text, "2:99"), Some(2 + 14));
        assert_eq!(offset_of_place(text, "9:1"), Some(18));
        assert_eq!(offset_of_place(text, "steps[3]"), None);
        assert_eq!(offset_of_place(text, "phases"), None);
    }

    #[test]
    fn lines_end_at_a_line_feed_a_carriage_return_or_both() {
        for text in [
            "{\n\"a\": 1,\n\"b\" 2}",
            "{\r\"a\": 1,\r\"b\" 2}",
            "{\r\n\"a\": 1,\r\n\"b\" 2}",
        ] {
            assert!(
                message(text).starts_with("3:5: "),
                "{text:?}: {}",
                message(text)
            );
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        // A comma left out at a line's end is told there, where it goes.
        assert_eq!(
            message("{\n  \"title\": \"x\"\n  \"version\": 1\n}"),
            "2:15: invalid JSON: expected ',' or '}'"
        );
        assert_eq!(
            message("{\"a\": [1\r\n  2]}"),
            "1:9: invalid JSON: expected ',' or ']'"
        );
        assert_eq!(
            message("{\"a\": [1\r  2]}"),
            "1:9: invalid JSON: expected ',' or ']'"
        );
        // On one line, or before a comment, the next item is the place.
        assert_eq!(
            message("{\"a\": 1 \"b\": 2}"),
            "1:9: invalid JSON: expected ',' or '}'"
        );
        assert_eq!(
            message("{\"a\": 1\n// b\n}"),
            "2:1: invalid JSON: JSON has no comments; remove this comment"
        );
        assert_eq!(
            message("{\"a\": [1, 2,]}"),
            "1:12: invalid JSON: a comma before a closing bracket; remove it"
        );
        assert_eq!(
            message("{\"a\": 1"),
            "1:7: invalid JSON: the file ends before an object is closed (a } is missing)"
        );
        assert_eq!(
            message("{a: 1}"),
            "1:2: invalid JSON: object keys must be strings in double quotes"
        );
        assert_eq!(message("   \n "), "1:1: invalid JSON: the file is empty");
        assert_eq!(
            message("{\"a\": \"x\ny\"}"),
            "2:1: invalid JSON: a string contains a raw line break or control character; \
             write a line break as \\n"
        );
        assert_eq!(
            message("{} x"),
            "1:4: invalid JSON: unexpected text after the end of the journey object"
        );
        assert_eq!(
            message("{\"a\": tru}"),
            "1:10: invalid JSON: unknown word; expected true, false, null, a number or a \"string\""
        );
    }

    #[test]
    fn every_kind_of_mistake_is_placed_and_named() {
        let cases = [
            ("[1, 2", "1:5: invalid JSON: the file ends before an array is closed (a ] is missing)"),
            ("{\"a\":", "1:5: invalid JSON: the file ends where a value was expected"),
            ("{\"a\": 1\n", "2:1: invalid JSON: the file ends before an object is closed (a } is missing)"),
            ("\"abc", "1:4: invalid JSON: the file ends inside a string (a closing \" is missing)"),
            ("[1 2]", "1:4: invalid JSON: expected ',' or ']'"),
            ("{\"a\" 1}", "1:6: invalid JSON: expected ':'"),
            ("{\"a\": 1,}", "1:8: invalid JSON: a comma before a closing bracket; remove it"),
            ("[1,\n  ]", "1:3: invalid JSON: a comma before a closing bracket; remove it"),
            ("[01]", "1:3: invalid JSON: invalid number"),
            ("[1.]", "1:4: invalid JSON: invalid number"),
            ("[-x]", "1:3: invalid JSON: invalid number"),
            ("[1e]", "1:4: invalid JSON: invalid number"),
            ("[\"\\x\"]", "1:4: invalid JSON: invalid escape sequence in a string"),
            ("[\"\\u12G4\"]", "1:7: invalid JSON: invalid \\u escape: expected 4 hex digits naming a character"),
            ("[\"a\tb\"]", "1:4: invalid JSON: a string contains a raw line break or control character; write a line break as \\n"),
            ("{\"é\": x}", "1:7: invalid JSON: expected a value (a string, number, object, array, true, false or null)"),
            ("// A journey\n{}", "1:1: invalid JSON: JSON has no comments; remove this comment"),
            ("{\"a\": 1, /* b */ \"b\": 2}", "1:10: invalid JSON: JSON has no comments; remove this comment"),
            ("{\"a\": 1 // one\n}", "1:9: invalid JSON: JSON has no comments; remove this comment"),
            ("[1]\n// end", "2:1: invalid JSON: JSON has no comments; remove this comment"),
            ("{\n  # drafted\n}", "2:3: invalid JSON: JSON has no comments; remove this comment"),
            ("{\"a\": \"#1\" #one\n}", "1:12: invalid JSON: JSON has no comments; remove this comment"),
            ("{“title”: 1}", "1:2: invalid JSON: a curly quote; JSON's strings need straight double quotes (\")"),
            ("{\"title\": ‘x’}", "1:11: invalid JSON: a curly quote; JSON's strings need straight double quotes (\")"),
            ("{\"a\": /x/}", "1:7: invalid JSON: expected a value (a string, number, object, array, true, false or null)"),
            ("{\"a\": \"caf\u{fffd}\" 1}", "1:14: invalid JSON: expected ',' or '}'"),
        ];
        for (text, expected) in cases {
            assert_eq!(message(text), expected, "{text}");
        }
        let deep = "[".repeat(200);
        assert_eq!(
            message(&deep),
            "1:129: invalid JSON: arrays and objects nested more than 128 levels deep"
        );
        assert!(parse_json(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_ok());
    }

    #[test]
    fn half_a_character_reads_as_a_replacement() {
        let text =
            r#"["\ud83d", "a\ud83d\u0041", "\udc00b", "\ud83d\ude00", "\ud83d\ud83d\ude00"]"#;
        let Value::Array(items) = parse_json(text).unwrap() else {
            panic!("an array")
        };
        let strings: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
        assert_eq!(
            strings,
            ["\u{fffd}", "a\u{fffd}A", "\u{fffd}b", "😀", "\u{fffd}😀"]
        );
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let mut texts = vec![
            r#"{"s":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 日本","n":[0,-0,1.5e3,-2E-2,18446744073709551616],"b":[true,false,null],"o":{},"a":[]}"#.to_owned(),
            " \r\n\t[ 1 , { \"k\" : [ ] } ] \n".to_owned(),
        ];
        for name in ["b2b-software", "compra-online", "minimal"] {
            let path = format!("{}/public/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
            texts.push(std::fs::read_to_string(path).unwrap());
        }
        for text in texts {
            let mut written = String::new();
            parse_json(&text).unwrap().write(&mut written);
            let ours: serde_json::Value = serde_json::from_str(&written).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn plain_keys_and_strings_are_borrowed_and_any_key_reads() {
        let text =
            r#"{"name":"a","p0":1,"n\u0061me":"b","\u0069d":"c","caf\u00e9":2,"ph":"\u00e9"}"#;
        let Value::Object(fields) = parse_json(text).unwrap() else {
            panic!("an object");
        };
        let keys: Vec<(&str, bool)> = fields
            .iter()
            .map(|(k, _)| (k.as_ref(), matches!(k, Key::Borrowed(_))))
            .collect();
        let expected = [
            ("name", true),
            ("p0", true),
            ("name", false),
            ("id", false),
            ("café", false),
            ("ph", true),
        ];
        assert_eq!(keys, expected);
        // So are strings and numbers, but for a string with an escape.
        let borrowed = |v: Option<&Value>| match v {
            Some(Value::String(s) | Value::Number(s)) => matches!(s, Cow::Borrowed(_)),
            _ => panic!("a string or a number"),
        };
        assert!(borrowed(fields.iter().next().map(|(_, v)| v)));
        assert!(borrowed(fields.get("p0")));
        assert!(!borrowed(fields.get("ph")));
        assert_eq!(fields.get("ph").and_then(Value::as_str), Some("é"));
        // The last of a repeated key wins, however it was written.
        assert_eq!(fields.get("name").and_then(Value::as_str), Some("b"));
        assert_eq!(fields.get("id").and_then(Value::as_str), Some("c"));
        // A key the file ends in is told as any string is.
        assert_eq!(parse_json(r#"{"id"#).unwrap_err().at, "1:4");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert!(parse_json("\u{feff}{}").is_ok());
    }

    #[test]
    fn syntax_errors_stop_the_load() {
        assert!(parse_json("[").unwrap_err().is_fatal());
    }
}
