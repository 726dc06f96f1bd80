//! Pure parsers of OKX's answers, kept apart from I/O so they can be fuzzed: the response
//! envelope (re-exported from the client), candle rows, and per-order results of place and
//! cancel (fact sheet §2.1, §2.2, §3.5).

use serde_json::Value;

pub use crate::client::{parse_envelope, Envelope};
use crate::codes;
use crate::error::Failure;
use crate::output::sanitize;

/// A string field of an OKX item, `""` when absent or not a string.
pub fn field<'a>(item: &'a Value, name: &str) -> &'a str {
    item.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// One candle as OKX sent it, with its parsed open time.
#[derive(Debug, Clone, PartialEq)]
pub struct Candle {
    pub ts: i64,
    pub raw: Value,
}

/// Checks one row of OKX's candle data: an array of 8 or 9 strings whose first is epoch ms.
pub fn parse_candle(row: &Value) -> Result<Candle, String> {
    // JSON leaves DEL and the C1 controls raw; the row is shown on a terminal.
    let shown = || sanitize(&row.to_string());
    let items = row
        .as_array()
        .ok_or_else(|| format!("a candle row is not an array: {}", shown()))?;
    if !(8..=9).contains(&items.len()) || !items.iter().all(Value::is_string) {
        return Err(format!("a candle row is not 8 or 9 strings: {}", shown()));
    }
    let ts = items
        .first()
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<i64>().ok())
        .ok_or_else(|| {
            format!(
                "a candle's timestamp is not epoch milliseconds: {}",
                shown()
            )
        })?;
    Ok(Candle {
        ts,
        raw: row.clone(),
    })
}

/// The nine CSV fields of a candle; an 8-field row has no volCcyQuote.
pub fn csv_fields(c: &Candle) -> Vec<&str> {
    let mut s: Vec<&str> = c
        .raw
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if s.len() == 8 {
        s.insert(7, "");
    }
    s
}

/// The per-order result of a place or cancel answer: `Ok(item)` when its sCode is 0, else the
/// failure with OKX's real meaning (§2.2: top-level code 1 or 2 puts the reason in sCode).
pub fn item_result(status: u16, env: &Envelope) -> Result<Value, Failure> {
    let item = env.data.first().cloned().unwrap_or(Value::Null);
    let s_code = field(&item, "sCode");
    if env.code == "0" && (s_code.is_empty() || s_code == "0") {
        return Ok(item);
    }
    let (code, msg) = if !s_code.is_empty() && s_code != "0" {
        (s_code.to_string(), field(&item, "sMsg").to_string())
    } else {
        (env.code.clone(), env.msg.clone())
    };
    Err(Failure::Api {
        code,
        msg,
        http_status: Some(status),
        hint: None,
    })
}

/// Whether an answer leaves the order's fate unknown: 5xx, 50004 (endpoint timeout), 51149
/// (order timed out).
pub fn answer_is_ambiguous(status: u16, env: &Envelope) -> bool {
    let s_code = env
        .data
        .first()
        .map(|i| field(i, "sCode"))
        .unwrap_or_default();
    status >= 500
        || codes::is_unknown_outcome(&env.code)
        || codes::is_unknown_outcome(s_code)
        // "Success" without the per-order result says nothing about the order.
        || (env.code == "0" && env.data.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_are_checked() {
        let c = parse_candle(&json!([
            "1700000000000",
            "1",
            "2",
            "0.5",
            "1.5",
            "10",
            "15",
            "15",
            "1"
        ]))
        .unwrap();
        assert_eq!(c.ts, 1_700_000_000_000);
        assert!(
            parse_candle(&json!(["x", "1", "2", "0.5", "1.5", "10", "15", "15", "1"])).is_err()
        );
        assert!(parse_candle(&json!([
            1700000000000i64,
            "1",
            "2",
            "0.5",
            "1.5",
            "10",
            "15",
            "15",
            "1"
        ]))
        .is_err());
        assert!(parse_candle(&json!(["1700000000000", "1"])).is_err());
        assert!(parse_candle(&json!({"ts": "1"})).is_err());
        let eight = parse_candle(&json!(["1", "1", "2", "0.5", "1.5", "10", "15", "1"])).unwrap();
        assert_eq!(
            csv_fields(&eight),
            ["1", "1", "2", "0.5", "1.5", "10", "15", "", "1"]
        );
    }

    /// Found by `fuzz/run`'s candle target: JSON leaves DEL and the C1 controls (U+009B opens a
    /// terminal escape sequence) unescaped, and the error quoted OKX's row raw.
    #[test]
    fn row_errors_show_no_control_characters() {
        for row in [
            json!(["\u{7f}", "1"]),
            json!("\u{9b}2J"),
            json!(["\u{85}", "1", "2", "3", "4", "5", "6", "7"]),
        ] {
            let e = parse_candle(&row).unwrap_err();
            assert!(!e.chars().any(char::is_control), "{e:?}");
        }
    }

    #[test]
    fn per_order_results() {
        let env = |body: &str| parse_envelope(body).unwrap();
        let ok = env(
            r#"{"code":"0","msg":"","data":[{"ordId":"1","sCode":"0","sMsg":"Order placed"}]}"#,
        );
        assert_eq!(item_result(200, &ok).unwrap()["ordId"], "1");
        assert!(!answer_is_ambiguous(200, &ok));
        let failed = env(
            r#"{"code":"1","msg":"All operations failed","data":[{"sCode":"51008","sMsg":"Insufficient"}]}"#,
        );
        assert!(
            matches!(item_result(200, &failed), Err(Failure::Api { code, .. }) if code == "51008")
        );
        assert!(answer_is_ambiguous(500, &failed));
        assert!(answer_is_ambiguous(
            200,
            &env(r#"{"code":"0","msg":"","data":[]}"#)
        ));
        assert!(answer_is_ambiguous(
            200,
            &env(r#"{"code":"1","data":[{"sCode":"51149"}]}"#)
        ));
    }
}
