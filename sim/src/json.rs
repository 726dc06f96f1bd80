//! A tiny ordered JSON tree for responses. OKX's field order is part of "byte for byte", and
//! `serde_json::Value` sorts keys unless the `preserve_order` feature happens to be unified in by
//! another workspace member, so responses are built here in the order OKX sends them. The tree
//! also lets faults rewrite a finished response (`code` as a number, extra fields).

use std::fmt::Write as _;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum J {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
    /// Already-serialized JSON, for bulk rows (candles) built straight into text.
    Raw(String),
}

/// A JSON string value.
pub(crate) fn s(v: impl Into<String>) -> J {
    J::Str(v.into())
}

impl J {
    pub(crate) fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(n) => {
                let _ = write!(out, "{n}");
            }
            J::Str(v) => write_str(out, v),
            J::Raw(text) => out.push_str(text),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, k);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The value of a field of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&J> {
        match self {
            J::Obj(fields) => fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut J> {
        match self {
            J::Obj(fields) => fields.iter_mut().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The envelope's `code` as text, whether it is a string or a number.
    pub(crate) fn code(&self) -> Option<String> {
        match self.get("code")? {
            J::Str(c) => Some(c.clone()),
            J::Int(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

fn write_str(out: &mut String, v: &str) {
    out.push('"');
    if !v.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(v);
        out.push('"');
        return;
    }
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_field_order_and_escapes() {
        let v = J::Obj(vec![
            ("code", s("0")),
            ("msg", s("a\"b\\c\n\u{1}")),
            (
                "data",
                J::Arr(vec![
                    J::Int(-3),
                    J::Bool(true),
                    J::Null,
                    J::Obj(vec![]),
                    J::Raw("[\"1\"]".into()),
                ]),
            ),
        ]);
        let text = v.to_json();
        assert_eq!(
            text,
            r#"{"code":"0","msg":"a\"b\\c\n\u0001","data":[-3,true,null,{},["1"]]}"#
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["msg"], "a\"b\\c\n\u{1}");
        assert_eq!(v.code().as_deref(), Some("0"));
    }
}
