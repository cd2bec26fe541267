//! JSON text to a JSON value, with syntax errors told as `line:column: what is wrong`
//! in words a non-programmer can act on.

use super::json::Value;

use super::problem::{Effect, Problem, ProblemKind};

/// Parses JSON text. A leading byte-order mark is skipped (editors on Windows write one).
pub fn parse_json(text: &str) -> Result<Value, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        let what = "the file is empty".to_owned();
        return Err(Problem::error(
            "1:1",
            ProblemKind::Syntax { what },
            Effect::NotOpened,
        ));
    }
    serde_json::from_str(text).map_err(|err| {
        let at = format!("{}:{}", err.line().max(1), err.column().max(1));
        let start = text.trim_start();
        let what = if start.starts_with('<') {
            "this is HTML or XML, not a JSON journey file".to_owned()
        } else if text.contains('\0') || text.contains('\u{fffd}') {
            "this is not a text file; a journey is a JSON text file".to_owned()
        } else {
            explain(&err.to_string())
        };
        Problem::error(at, ProblemKind::Syntax { what }, Effect::NotOpened)
    })
}

/// Rewords serde_json's message (without its " at line L column C" tail).
fn explain(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    };
    let plain = match message {
        "EOF while parsing a string" => "the file ends inside a string (a closing \" is missing)",
        "EOF while parsing an object" => {
            "the file ends before an object is closed (a } is missing)"
        }
        "EOF while parsing a list" => "the file ends before an array is closed (a ] is missing)",
        "EOF while parsing a value" => "the file ends where a value was expected",
        "trailing comma" => "a comma before a closing bracket; remove it",
        "expected value" => {
            "expected a value (a string, number, object, array, true, false or null)"
        }
        "key must be a string" => "object keys must be strings in double quotes",
        "trailing characters" => "unexpected text after the end of the journey object",
        "expected ident" => "unknown word; expected true, false, null, a number or a \"string\"",
        "invalid escape" => "invalid escape sequence in a string",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a string contains a raw line break or control character; write a line break as \\n"
        }
        other => return other.replace('`', "'"),
    };
    plain.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        parse_json(text).unwrap_err().to_string()
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        assert_eq!(
            message("{\n  \"title\": \"x\"\n  \"version\": 1\n}"),
            "3:3: invalid JSON: expected ',' or '}'"
        );
        assert_eq!(
            message("{\"a\": [1, 2,]}"),
            "1:13: invalid JSON: a comma before a closing bracket; remove it"
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
    fn a_byte_order_mark_is_skipped() {
        assert!(parse_json("\u{feff}{}").is_ok());
    }

    #[test]
    fn syntax_errors_stop_the_load() {
        assert!(parse_json("[").unwrap_err().is_fatal());
    }
}
