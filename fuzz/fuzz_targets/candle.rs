//! `okx::parse::parse_candle` and `csv_fields`, with the CSV writer the candles command uses.
//!
//! Input: first byte even, the rest is JSON (any row OKX might send); odd, a structured row of
//! arbitrary strings. Invariants: a row is accepted exactly when it is an array of 8 or 9
//! strings whose first is an i64, and `ts` is that number; `csv_fields` always gives the nine
//! CSV columns (an 8-field row gets an empty volCcyQuote before confirm); the CSV record written
//! from them parses back to the same nine fields, on one record.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use okx::output::write_csv_record;
use okx::parse::{csv_fields, parse_candle};
use okx_fuzz::{assert_printable, parse_csv_record};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let row: Value = if mode % 2 == 0 {
        match serde_json::from_slice(rest) {
            Ok(v) => v,
            Err(_) => return,
        }
    } else {
        let mut u = Unstructured::new(rest);
        let Ok(fields) = Vec::<String>::arbitrary(&mut u) else {
            return;
        };
        Value::Array(fields.into_iter().map(Value::String).collect())
    };
    let strings: Option<Vec<&str>> = row
        .as_array()
        .and_then(|a| a.iter().map(Value::as_str).collect());
    let expected_ts = strings
        .as_ref()
        .filter(|s| (8..=9).contains(&s.len()))
        .and_then(|s| s[0].parse::<i64>().ok());
    match parse_candle(&row) {
        Ok(c) => {
            assert_eq!(Some(c.ts), expected_ts, "accepted {row}");
            assert_eq!(c.raw, row);
            let s = strings.unwrap();
            let f = csv_fields(&c);
            assert_eq!(f.len(), 9, "{f:?}");
            if s.len() == 9 {
                assert_eq!(f, s);
            } else {
                assert_eq!(&f[..7], &s[..7]);
                assert_eq!(f[7], "");
                assert_eq!(f[8], s[7]);
            }
            let mut out = Vec::new();
            write_csv_record(&mut out, f.iter().copied()).unwrap();
            let line = String::from_utf8(out).expect("CSV is UTF-8");
            let back = parse_csv_record(&line).unwrap_or_else(|| panic!("bad CSV {line:?}"));
            assert_eq!(back, f, "CSV round trip of {line:?}");
        }
        Err(e) => {
            assert_eq!(expected_ts, None, "refused a good row {row}: {e}");
            assert_printable("parse_candle's error", &row.to_string(), &e);
        }
    }
});
