//! Right-to-left names inside the UI's left-to-right sentences.

use std::borrow::Cow;

/// `text` as a bidirectional isolate (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
/// ISOLATE) when it holds right-to-left letters or bidi controls, else as it is. A
/// sentence's numbers and punctuation then keep their place around it: "سارة: −1" had been
/// shown as "1− :سارة", the sign and the colon carried into the Arabic run. (Left-to-right
/// names need no isolate in a left-to-right sentence, and their text stays as written.)
/// The text's own isolates are balanced inside it: a stray U+2069 would end the isolate
/// early, and one left open would run past it.
pub fn isolated(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_right_to_left(c) || is_bidi_control(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::from('\u{2068}');
    let mut open = 0;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            '\u{2069}' if open == 0 => continue,
            '\u{2069}' => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    for _ in 0..=open {
        out.push('\u{2069}');
    }
    Cow::Owned(out)
}

/// `text` in quotes (“…”), `isolated`: a name inside one of the UI's sentences.
pub fn in_quotes(text: &str) -> String {
    ["“", &isolated(text), "”"].concat()
}

/// Marks, embeddings, overrides and isolates: inside an isolate they end with it, where
/// a name's U+202E RIGHT-TO-LEFT OVERRIDE turned the rest of a message around.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
/// Mandaic and their presentation forms, and the historic scripts of the same planes.
fn is_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_right_to_left_text_is_isolated() {
        assert_eq!(isolated("Ana, IT manager"), "Ana, IT manager");
        assert!(matches!(isolated("林小姐"), Cow::Borrowed(_)));
        assert_eq!(isolated("سارة"), "\u{2068}سارة\u{2069}");
        assert_eq!(isolated("דוד, ראש צוות"), "\u{2068}דוד, ראש צוות\u{2069}");
        // Mixed: one right-to-left letter is enough.
        assert_eq!(isolated("Team ב"), "\u{2068}Team ב\u{2069}");
        assert_eq!(isolated(""), "");
        // Left-to-right text with a bidi control: the control must not reach past it.
        assert_eq!(isolated("\u{202E}RLO"), "\u{2068}\u{202E}RLO\u{2069}");
        assert_eq!(isolated("a\u{200F}"), "\u{2068}a\u{200F}\u{2069}");
        // The text's own isolates, balanced: one left open is closed before the end, and a
        // stray close, which would end the isolate early, is left out.
        assert_eq!(isolated("a\u{2066}b"), "\u{2068}a\u{2066}b\u{2069}\u{2069}");
        assert_eq!(isolated("a\u{2069}b"), "\u{2068}ab\u{2069}");
        assert_eq!(
            isolated("\u{2067}x\u{2069}\u{2069}y"),
            "\u{2068}\u{2067}x\u{2069}y\u{2069}"
        );
    }
}
