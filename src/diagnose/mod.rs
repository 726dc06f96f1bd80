//! Signature diagnostics for `okx sign`: the checks behind `--debug` and the search behind
//! `--verify`. Pure functions over the request's parts and the credentials; no I/O.
//!
//! The mistakes come from the fact sheet (§1.2-1.4, §8) and from how the peer libraries build
//! requests (python-okx's `json.dumps` with spaces, ccxt's empty body, epoch timestamps, …).

mod checks;
mod verify;

use serde_json::Value;
use time::OffsetDateTime;

pub(crate) use checks::{check_keys, check_request};
pub(crate) use verify::{verify, Verdict};

/// One finding of `--debug`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub id: &'static str,
    pub message: String,
}

/// What the user asked to sign, before and after okx normalised it.
pub(crate) struct Input<'a> {
    /// The method as typed (may be lower case).
    pub method_given: &'a str,
    /// The method okx signs (upper case).
    pub method: &'a str,
    /// The path as typed (may include scheme and host).
    pub path_given: &'a str,
    /// The path+query okx signs.
    pub path: &'a str,
    pub body: &'a str,
    pub timestamp: &'a str,
    /// The moment to compare the timestamp with, normally now.
    pub now: OffsetDateTime,
}

/// Credential values for the checks, exactly as okx will use them.
pub(crate) struct Keys<'a> {
    pub api_key: &'a str,
    pub secret: &'a str,
    pub passphrase: &'a str,
}

/// Serialises JSON with the given separators, keeping key order and number text.
/// `ascii` escapes non-ASCII characters as `\uXXXX`, as Python's json.dumps does by default.
pub(crate) fn dump(v: &Value, item_sep: &str, key_sep: &str, ascii: bool) -> String {
    let mut s = String::new();
    dump_into(&mut s, v, item_sep, key_sep, ascii);
    s
}

fn dump_into(out: &mut String, v: &Value, item_sep: &str, key_sep: &str, ascii: bool) {
    match v {
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(item_sep);
                }
                dump_into(out, item, item_sep, key_sep, ascii);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(item_sep);
                }
                push_string(out, k, ascii);
                out.push_str(key_sep);
                dump_into(out, item, item_sep, key_sep, ascii);
            }
            out.push('}');
        }
        Value::String(s) => push_string(out, s, ascii),
        other => out.push_str(&other.to_string()),
    }
}

fn push_string(out: &mut String, s: &str, ascii: bool) {
    let quoted = Value::String(s.to_string()).to_string();
    if !ascii {
        out.push_str(&quoted);
        return;
    }
    for c in quoted.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
}

/// Makes invisible and ambiguous characters visible: `\t`, `\r`, `\n`, other controls and
/// non-ASCII as `\u{…}`, a backslash as `\\`, and trailing spaces as `␠`.
pub fn visible(s: &str) -> String {
    let trailing_from = s.trim_end_matches(' ').len();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\\' => out.push_str("\\\\"),
            ' ' if i >= trailing_from => out.push('␠'),
            c if c.is_control() || !c.is_ascii() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_matches_python_defaults() {
        let v: Value = serde_json::from_str(r#"{"b":"é","a":[1,2.50]}"#).unwrap();
        // Python: json.dumps({"b": "é", "a": [1, 2.50]}) keeps insertion order; 2.50 becomes 2.5 in
        // Python, but okx keeps the number's text (money is text).
        assert_eq!(
            dump(&v, ", ", ": ", true),
            r#"{"b": "\u00e9", "a": [1, 2.50]}"#
        );
        assert_eq!(dump(&v, ",", ":", false), r#"{"b":"é","a":[1,2.50]}"#);
        let emoji: Value = serde_json::from_str(r#""😀""#).unwrap();
        assert_eq!(dump(&emoji, ",", ":", true), r#""\ud83d\ude00""#);
    }

    #[test]
    fn visible_shows_what_hides() {
        assert_eq!(visible("a\tb\r\n c  "), "a\\tb\\r\\n c␠␠");
        assert_eq!(visible("é"), "\\u{e9}");
    }
}
