//! `okx::commands::account::balance_rows`: the balance table from any JSON OKX might send as the
//! account item (amounts of 40 digits, `NaN`, `1e400`, numbers instead of strings, no details).
//!
//! Invariants: never a panic; one row per entry of `details` (none when it is not an array),
//! then the total row when asked for; six cells a row; every amount is OKX's string as sent (or
//! empty when absent or not a string): okx sums and converts nothing, so nothing can overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::commands::account::balance_rows;
use serde_json::Value;

fn text(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(account) = serde_json::from_slice::<Value>(rest) else {
        return;
    };
    let total = mode % 2 == 0;
    let rows = balance_rows(&account, total);
    let details: Vec<Value> = account
        .get("details")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    assert_eq!(rows.len(), details.len() + usize::from(total));
    for (row, d) in rows.iter().zip(&details) {
        let want: Vec<String> = ["ccy", "eq", "cashBal", "availBal", "frozenBal", "eqUsd"]
            .iter()
            .map(|k| text(d, k))
            .collect();
        assert_eq!(row, &want);
    }
    if total {
        let last = rows.last().expect("a total row");
        assert_eq!(last.len(), 6);
        assert_eq!(last[0], "total equity (USD)");
        assert!(last[1..5].iter().all(String::is_empty));
        assert_eq!(last[5], text(&account, "totalEq"));
    }
});
