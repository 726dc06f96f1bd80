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

/// A level of OKX's order book, `[price, size, …]`: its price and size as sent (`""` when
/// absent).
pub fn book_level(level: &Value) -> (String, String) {
    let at = |i: usize| {
        level
            .get(i)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    (at(0), at(1))
}

/// One candle as OKX sent it, with its parsed open time.
#[derive(Debug, Clone, PartialEq)]
pub struct Candle {
    pub ts: i64,
    pub raw: Value,
}

/// Checks one row of OKX's candle data: an array of 8 or 9 strings whose first is epoch ms.
pub fn parse_candle(row: &Value) -> Result<Candle, String> {
    candle_row(row, &[8, 9])
}

/// Checks one row of OKX's mark-price or index candle data (derivatives fact sheet §6.8): 6
/// strings `[ts, o, h, l, c, confirm]`, the first epoch ms. These candles have no volume.
pub fn parse_price_candle(row: &Value) -> Result<Candle, String> {
    candle_row(row, &[6])
}

fn candle_row(row: &Value, lens: &[usize]) -> Result<Candle, String> {
    // JSON leaves DEL and the C1 controls raw; the row is shown on a terminal.
    let shown = || sanitize(&row.to_string());
    let items = row
        .as_array()
        .ok_or_else(|| format!("a candle row is not an array: {}", shown()))?;
    if !lens.contains(&items.len()) || !items.iter().all(Value::is_string) {
        let counts: Vec<String> = lens.iter().map(usize::to_string).collect();
        return Err(format!(
            "a candle row is not {} strings: {}",
            counts.join(" or "),
            shown()
        ));
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

/// A candle's fields, by their names in OKX's docs (#order-book-trading-market-data-get-candlesticks).
pub const CANDLE_FIELDS: [&str; 9] = [
    "ts",
    "o",
    "h",
    "l",
    "c",
    "vol",
    "volCcy",
    "volCcyQuote",
    "confirm",
];

/// The nine CSV fields of a candle; an 8-field row has no volCcyQuote.
pub fn csv_fields(c: &Candle) -> Vec<&str> {
    use crate::output::Record;
    CANDLE_FIELDS.iter().map(|f| c.field(f)).collect()
}

impl crate::output::Record for Candle {
    /// A field by name; an 8-field row (older OKX answers) has no volCcyQuote, its 8th is
    /// confirm; a 6-field row (mark-price and index candles) has no volume, its 6th is confirm.
    fn field(&self, name: &str) -> &str {
        let Some(at) = CANDLE_FIELDS.iter().position(|f| *f == name) else {
            return "";
        };
        let Some(items) = self.raw.as_array() else {
            return "";
        };
        let at = match (items.len(), at) {
            (8, 7) | (6, 5..=7) => return "",
            (8, 8) => 7,
            (6, 8) => 5,
            _ => at,
        };
        items.get(at).and_then(Value::as_str).unwrap_or_default()
    }

    fn json(&self) -> &Value {
        &self.raw
    }
}

/// What a place or cancel answer says about the one order it concerns.
#[derive(Debug)]
pub enum OrderAnswer {
    /// OKX took it: top-level code 0, one item with `sCode` 0 and the order's `ordId`.
    Accepted(Value),
    /// OKX refused it and did nothing: the failure carries `sCode`/`sMsg` when the item gave
    /// them, else the top-level code and message.
    Rejected(Failure),
    /// The answer does not settle the order's fate (why, for the message): look it up.
    Ambiguous(String),
}

/// An OKX error code as OKX writes them: five digits, not starting with 0 (50113, 51008).
fn is_error_code(c: &str) -> bool {
    c.len() == 5 && c.bytes().all(|b| b.is_ascii_digit()) && !c.starts_with('0')
}

/// Reads a single-order answer strictly (fact sheet §2.2). Only a consistent answer is taken at
/// its word: success is top-level code `0` with one object whose `sCode` is `0` and which
/// carries an `ordId`; a refusal is a well-formed error code, at the top level with no item, or
/// in the item's `sCode` under code 1 or 2, and, for a new order (`placing`), with no `ordId`
/// (a refused order has none). Anything else (an HTTP 5xx, 50004/51054/51149, `data` that is not
/// a list of one object, an item without `sCode`, a malformed code, a code that contradicts
/// the item) is ambiguous, never assumed either way.
pub fn order_answer(status: u16, env: &Envelope, placing: bool) -> OrderAnswer {
    keyed_answer(status, env, placing, "ordId")
}

/// [`order_answer`] for a change whose item names what it made or changed by `id_field`
/// (`algoId` for algo orders) instead of `ordId`.
pub fn keyed_answer(status: u16, env: &Envelope, placing: bool, id_field: &str) -> OrderAnswer {
    use OrderAnswer::{Accepted, Ambiguous, Rejected};
    let code = env.code.as_str();
    if let Some(why) = undecided(status, env) {
        return Ambiguous(why);
    }
    let items = match env.raw.get("data") {
        Some(Value::Array(items)) => items.as_slice(),
        None | Some(Value::Null) => &[],
        Some(_) => {
            return Ambiguous(format!(
                "OKX {} with a data that is not a list",
                shown(code)
            ))
        }
    };
    let item = match items {
        [] => None,
        [one] if one.is_object() => Some(one),
        [_] => {
            return Ambiguous(format!(
                "OKX {} with an item that is not an object",
                shown(code)
            ))
        }
        _ => {
            return Ambiguous(format!(
                "OKX {} with {} items for one order",
                shown(code),
                items.len()
            ))
        }
    };
    let s_code = item.and_then(|i| match i.get("sCode") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    });
    let ord_id = item.map(|i| field(i, id_field)).unwrap_or_default();
    let rejected = |code: &str, msg: &str| {
        Rejected(Failure::Api {
            code: code.to_string(),
            msg: msg.to_string(),
            http_status: Some(status),
            hint: None,
        })
    };
    let no_order = !placing || ord_id.is_empty();
    match (code, item, s_code.as_deref()) {
        ("0", Some(_), Some("0")) if !ord_id.is_empty() => {
            Accepted(item.cloned().unwrap_or_default())
        }
        (_, Some(_), Some(s)) if codes::is_unknown_outcome(s) => {
            Ambiguous(format!("OKX {} with sCode {}", shown(code), shown(s)))
        }
        // A refused item under "some or all operations failed".
        ("1" | "2", Some(i), Some(s)) if is_error_code(s) && no_order => {
            rejected(s, field(i, "sMsg"))
        }
        // A refusal of the whole request (authentication, parameters, rate limit), before
        // processing; an item, if any, repeats the code.
        (c, None, _) if is_error_code(c) => rejected(c, &env.msg),
        (c, Some(i), Some(s)) if is_error_code(c) && s == c && no_order => {
            rejected(c, field(i, "sMsg"))
        }
        _ => Ambiguous(format!(
            "OKX {} with {} that does not settle it",
            shown(code),
            match (item, s_code.as_deref()) {
                (None, _) => "no result for the order".to_string(),
                (Some(_), None) => "an item without sCode".to_string(),
                (Some(_), Some(s)) => format!("sCode {} and ordId {:?}", shown(s), shown(ord_id)),
            }
        )),
    }
}

/// An answer's text, cut short and made safe to print.
fn shown(s: &str) -> String {
    sanitize(&s.chars().take(64).collect::<String>())
}

/// Why an answer cannot settle a change whatever its data says: an HTTP 5xx, or one of the codes
/// OKX uses for "the outcome is unknown" (50004, 51054, 51149).
fn undecided(status: u16, env: &Envelope) -> Option<String> {
    let code = env.code.as_str();
    if status >= 500 {
        return Some(format!("HTTP {status}, OKX {}", shown(code)));
    }
    codes::is_unknown_outcome(code).then(|| format!("OKX {} {}", shown(code), shown(&env.msg)))
}

/// Reads the answer of an account change that OKX answers with its plain result and no `sCode`
/// (margin-balance: derivatives sheet §3.7; set-leverage §3.4 answers the same way). Taken at its
/// word only when consistent: code `0` with exactly one object is success; a well-formed error
/// code with no item is a refusal. Anything else (an HTTP 5xx, 50004/51054/51149, code 0 with no
/// item or several, an error code with items, a malformed code) is ambiguous.
pub fn change_answer(status: u16, env: &Envelope) -> OrderAnswer {
    use OrderAnswer::{Accepted, Ambiguous, Rejected};
    if let Some(why) = undecided(status, env) {
        return Ambiguous(why);
    }
    let code = env.code.as_str();
    let items = match env.raw.get("data") {
        Some(Value::Array(items)) => items.as_slice(),
        None | Some(Value::Null) => &[],
        Some(_) => {
            return Ambiguous(format!(
                "OKX {} with a data that is not a list",
                shown(code)
            ))
        }
    };
    match (code, items) {
        // An item with an error sCode contradicts the code 0 around it.
        ("0", [one]) if one.is_object() && matches!(field(one, "sCode"), "" | "0") => {
            Accepted(one.clone())
        }
        (c, []) if is_error_code(c) => Rejected(Failure::Api {
            code: c.to_string(),
            msg: env.msg.clone(),
            http_status: Some(status),
            hint: None,
        }),
        _ => Ambiguous(format!(
            "OKX {} with {} item(s) that do not settle it",
            shown(code),
            items.len()
        )),
    }
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
        // Mark-price and index rows: six fields, no volume; and only those on that path.
        let six = parse_price_candle(&json!(["1", "1", "2", "0.5", "1.5", "0"])).unwrap();
        assert_eq!(
            csv_fields(&six),
            ["1", "1", "2", "0.5", "1.5", "", "", "", "0"]
        );
        assert!(parse_candle(&json!(["1", "1", "2", "0.5", "1.5", "0"])).is_err());
        assert!(
            parse_price_candle(&json!(["1", "1", "2", "0.5", "1.5", "10", "15", "1"])).is_err()
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
        let answer =
            |status: u16, body: &str| order_answer(status, &parse_envelope(body).unwrap(), true);
        let accepted = |status, body| matches!(answer(status, body), OrderAnswer::Accepted(_));
        let ambiguous = |status, body| matches!(answer(status, body), OrderAnswer::Ambiguous(_));
        let rejected_with = |status, body, want: &str| matches!(answer(status, body), OrderAnswer::Rejected(Failure::Api { code, .. }) if code == want);
        assert!(accepted(
            200,
            r#"{"code":"0","msg":"","data":[{"ordId":"1","sCode":"0","sMsg":"Order placed"}]}"#
        ));
        assert!(rejected_with(
            200,
            r#"{"code":"1","msg":"All operations failed","data":[{"sCode":"51008","sMsg":"Insufficient"}]}"#,
            "51008"
        ));
        assert!(rejected_with(
            200,
            r#"{"code":"50113","msg":"Invalid Sign","data":[]}"#,
            "50113"
        ));
        assert!(rejected_with(
            429,
            r#"{"code":"50011","msg":"Too Many Requests"}"#,
            "50011"
        ));
        // Answers that do not settle the order's fate.
        for body in [
            r#"{"code":"0","msg":"","data":[]}"#,
            r#"{"code":"0","msg":"","data":[{}]}"#,
            r#"{"code":"0","msg":"","data":[null]}"#,
            r#"{"code":"0","msg":"","data":{"ordId":"1","sCode":"0"}}"#,
            r#"{"code":"0","msg":"","data":"placed"}"#,
            r#"{"code":"0","msg":"","data":[{"ordId":"1"}]}"#,
            r#"{"code":"0","msg":"","data":[{"ordId":"","sCode":"0"}]}"#,
            r#"{"code":"0","msg":"","data":[{"ordId":"1","sCode":"0"},{"ordId":"2","sCode":"0"}]}"#,
            r#"{"code":"1","msg":"","data":[{"ordId":"1","sCode":"0"}]}"#,
            r#"{"code":"51000","msg":"","data":[{"ordId":"1","sCode":"0"}]}"#,
            r#"{"code":"0","msg":"","data":[{"ordId":"1","sCode":"51008"}]}"#,
            r#"{"code":"1","msg":"","data":[]}"#,
            r#"{"code":"1","data":[{"sCode":"51149"}]}"#,
            r#"{"code":"50004","msg":"Endpoint request timeout","data":[]}"#,
        ] {
            assert!(ambiguous(200, body), "{body}");
        }
        assert!(ambiguous(
            500,
            r#"{"code":"1","msg":"","data":[{"sCode":"51008"}]}"#
        ));
    }

    #[test]
    fn change_answers_are_read_strictly() {
        let answer =
            |status: u16, body: &str| change_answer(status, &parse_envelope(body).unwrap());
        let ok = r#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","posSide":"net","amt":"10","type":"add","leverage":"4.5","ccy":"USDT"}]}"#;
        assert!(matches!(answer(200, ok), OrderAnswer::Accepted(i) if i["leverage"] == "4.5"));
        assert!(matches!(
            answer(200, r#"{"code":"59300","msg":"Position does not exist.","data":[]}"#),
            OrderAnswer::Rejected(Failure::Api { code, .. }) if code == "59300"
        ));
        for (status, body) in [
            (500, ok),
            (200, r#"{"code":"0","msg":"","data":[]}"#),
            (200, r#"{"code":"0","msg":"","data":[null]}"#),
            (200, r#"{"code":"0","msg":"","data":{"amt":"10"}}"#),
            (
                200,
                r#"{"code":"0","msg":"","data":[{"amt":"10"},{"amt":"10"}]}"#,
            ),
            (200, r#"{"code":"59300","msg":"","data":[{"amt":"10"}]}"#),
            (200, r#"{"code":"1","msg":"","data":[]}"#),
            (
                200,
                r#"{"code":"50004","msg":"Endpoint request timeout","data":[]}"#,
            ),
        ] {
            assert!(
                matches!(answer(status, body), OrderAnswer::Ambiguous(_)),
                "{status} {body}"
            );
        }
    }
}
