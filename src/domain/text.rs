//! Joining owned strings, and text that shows nothing.

/// `parts` with `separator` between them, as `[String]::join` gives. The standard library's
/// `join` and `concat` are compiled once for each type of item they join; the app joins
/// `&str` items everywhere else, and owned ones come here, so the wasm keeps one copy
/// (about 900 bytes of code fewer).
pub fn join(parts: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// Whether `c` is drawn as nothing: a zero-width space or joiner, a soft hyphen, a
/// direction mark, embedding or isolate, a word joiner or a byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Whether `text` shows nothing: only spaces and invisible characters (a name of a
/// zero-width space is as blank as an empty one).
pub fn is_blank(text: &str) -> bool {
    // (Most text starts with a visible ASCII character: told without decoding it.)
    !text.bytes().next().is_some_and(|b| b.is_ascii_graphic())
        && text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::{is_blank, join};

    #[test]
    fn text_of_spaces_and_invisible_characters_is_blank() {
        assert!(is_blank(""));
        assert!(is_blank(" \u{200b}\u{feff}\u{2066}\u{2069}\u{a0}"));
        assert!(!is_blank("\u{200b}a"));
        assert!(!is_blank("a "));
        assert!(is_blank("\t\n"));
        assert!(!is_blank("\u{200c}\u{5d0}"));
    }

    #[test]
    fn joins_as_the_standard_library_does() {
        for parts in [vec![], vec!["a"], vec!["a", "", "ç"], vec!["", ""]] {
            let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            for separator in ["", " · ", "\n"] {
                assert_eq!(join(&owned, separator), parts.join(separator));
            }
        }
    }
}
