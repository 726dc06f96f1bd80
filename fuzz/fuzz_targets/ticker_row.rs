//! `okx::commands::market::ticker_row` and `change_pct`: a ticker's table row from any values
//! OKX might send (29-digit prices, negative or zero opens, times in the year 3 million, text).
//!
//! Invariants: never a panic; ten cells, every one but the change and the time OKX's text as
//! sent; the change is exactly `(last - open) * 100 / open` rounded half away from zero to two
//! decimals (checked with big integers), or empty: then a field is absent, the open is zero, or
//! a problem is reported, and a problem about the change only when okx had no room (a value that
//! is not a plain decimal, over 38 digits, or a quotient near 2^127); the time is the UTC date
//! and time of epoch milliseconds from 1970 to 9999 (checked with an independent calendar), else
//! OKX's text with a problem reported; a problem is one printable line.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use num_bigint::{BigInt, BigUint};
use okx::commands::market::ticker_row;
use okx::exchange::market::change_pct;
use okx_fuzz::{
    assert_printable, big_decimal, exact_change_hundredths, expected_utc, format_change,
};
use serde_json::json;

/// A number-shaped value most of the time, anything at all otherwise.
#[derive(Arbitrary, Debug)]
enum Num {
    Plain {
        neg: bool,
        mantissa: u128,
        scale: u8,
        leading_zeros: u8,
    },
    Digits(Vec<u8>, u8),
    Text(String),
}

impl Num {
    fn text(&self) -> String {
        match self {
            Num::Plain {
                neg,
                mantissa,
                scale,
                leading_zeros,
            } => {
                let digits = format!("{}{mantissa}", "0".repeat(usize::from(leading_zeros % 4)));
                let scale = usize::from(scale % 40);
                let digits = format!("{digits:0>width$}", width = scale + 1);
                let (int, frac) = digits.split_at(digits.len() - scale);
                let sign = if *neg { "-" } else { "" };
                if frac.is_empty() {
                    format!("{sign}{int}")
                } else {
                    format!("{sign}{int}.{frac}")
                }
            }
            Num::Digits(d, point) => {
                let s: String = d.iter().map(|b| char::from(b'0' + b % 10)).collect();
                let p = usize::from(*point);
                if p > 0 && p < s.len() {
                    format!("{}.{}", &s[..p], &s[p..])
                } else {
                    s
                }
            }
            Num::Text(t) => t.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Ts {
    Ms(i64),
    Wide(i128),
    Text(String),
}

#[derive(Arbitrary, Debug)]
struct Ticker {
    last: Num,
    open: Num,
    ts: Ts,
    others: [String; 7],
}

/// The mantissa of a plain decimal fits the 128-bit arithmetic okx does (with room for `* 10`).
fn fits(s: &str) -> bool {
    big_decimal(s).is_some_and(|(m, _)| *m.magnitude() <= BigUint::from(u128::MAX / 10))
}

fuzz_target!(|t: Ticker| {
    let (last, open) = (t.last.text(), t.open.text());
    let ts = match &t.ts {
        Ts::Ms(n) => n.to_string(),
        Ts::Wide(n) => n.to_string(),
        Ts::Text(s) => s.clone(),
    };
    let [inst, bid, ask, high, low, vol, vol_ccy] = &t.others;
    let item = json!({
        "instId": inst, "last": last, "bidPx": bid, "askPx": ask, "open24h": open,
        "high24h": high, "low24h": low, "vol24h": vol, "volCcy24h": vol_ccy, "ts": ts,
    });
    let (cells, problem) = ticker_row(&item);
    assert_eq!(cells.len(), 10);
    for (i, want) in [
        (0, inst),
        (1, &last),
        (2, bid),
        (3, ask),
        (5, high),
        (6, low),
        (7, vol),
        (8, vol_ccy),
    ] {
        assert_eq!(&cells[i], want, "cell {i}");
    }
    if let Some(p) = &problem {
        assert_printable("ticker_row's problem", &format!("{last} {open} {ts}"), p);
    }

    let change = change_pct(&last, &open);
    let exact = exact_change_hundredths(&last, &open);
    match &change {
        Ok(c) if c.is_empty() => assert!(
            last.is_empty()
                || open.is_empty()
                || big_decimal(&open).is_some_and(|(m, _)| m == BigInt::from(0)),
            "no change shown for {last:?} / {open:?}"
        ),
        Ok(c) => {
            let want = format_change(
                exact
                    .as_ref()
                    .expect("a change okx computed from non-numbers"),
            );
            assert_eq!(c, &want, "{last:?} / {open:?}");
        }
        Err(why) => {
            assert_printable("change_pct's error", &format!("{last} {open}"), why);
            assert!(problem.is_some(), "a change left out without a word");
            if let Some(h) = &exact {
                // With room for the arithmetic, okx must not give up.
                let near_limit = *h.magnitude() >= BigUint::from(1u128 << 126);
                assert!(
                    !fits(&last) || !fits(&open) || near_limit,
                    "gave up on {last:?} / {open:?} ({h}): {why}"
                );
            }
        }
    }
    assert_eq!(cells[4], change.clone().unwrap_or_default());

    match expected_utc(&ts) {
        Some(iso) => {
            assert_eq!(cells[9], iso, "{ts:?}");
            if change.is_ok() {
                assert!(problem.is_none(), "{problem:?}");
            }
        }
        None => {
            assert_eq!(cells[9], ts, "an absurd time not shown as sent");
            assert!(problem.is_some(), "an absurd time {ts:?} without a word");
        }
    }
});
