//! `okx::sign::timestamp_shape` and `parse_timestamp` (used by `okx sign --debug/--verify`), and
//! `okx::output::utc_ms` / `iso_ms`, which turn the epoch milliseconds of OKX's answers into the
//! times of every table.
//!
//! Invariants: never a panic on any text; epoch shapes are all digits (seconds may carry a
//! fraction) and parse to exactly that instant, to the nanosecond; ISO shapes parse to the same
//! date and time of day they spell (leap seconds aside); OKX's shape formats back to the very
//! same text; `Other` places nothing in time; whatever is parsed formats as OKX's shape, and
//! that parses back to the same instant (to the millisecond). `utc_ms` reads exactly the ASCII
//! digits from 0 to 253402300799999 (year 9999), as the date and time an independent calendar
//! gives, `""` as `""`, and refuses anything else (a sign, i64's ends, 20 digits, year 10000)
//! with one printable line; `iso_ms` is then the text as sent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::output::{iso_ms, utc_ms};
use okx::sign::{format_timestamp, parse_timestamp, timestamp_shape, TimestampShape as S};
use okx_fuzz::{assert_printable, expected_utc};

fuzz_target!(|data: &[u8]| {
    let Ok(ts) = std::str::from_utf8(data) else {
        return;
    };
    match (utc_ms(ts), expected_utc(ts)) {
        (Ok(got), Some(want)) => {
            assert_eq!(got, want, "{ts:?}");
            assert_eq!(iso_ms(ts), want);
        }
        (Err(why), None) => {
            assert_printable("utc_ms's refusal", ts, &why);
            assert_eq!(iso_ms(ts), ts);
        }
        (got, want) => panic!("utc_ms({ts:?}) = {got:?}, want {want:?}"),
    }
    let shape = timestamp_shape(ts);
    let parsed = parse_timestamp(ts);
    let leap = ts.get(17..19) == Some("60");
    match shape {
        S::EpochMillis => {
            assert!(ts.bytes().all(|b| b.is_ascii_digit()) && (12..=14).contains(&ts.len()));
            let t = parsed.expect("epoch milliseconds not placed in time");
            assert_eq!(
                t.unix_timestamp_nanos(),
                ts.parse::<i128>().unwrap() * 1_000_000
            );
        }
        S::EpochSeconds => {
            let (secs, frac) = ts.split_once('.').unwrap_or((ts, ""));
            assert!((9..=11).contains(&secs.len()));
            let t = parsed.expect("epoch seconds not placed in time");
            let frac9: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            let nanos =
                secs.parse::<i128>().unwrap() * 1_000_000_000 + frac9.parse::<i128>().unwrap();
            assert_eq!(t.unix_timestamp_nanos(), nanos, "{ts:?}");
        }
        S::Okx | S::IsoNoMillis | S::IsoOtherFraction => {
            assert!(ts.ends_with('Z') && ts.as_bytes()[10] == b'T');
            if let Some(t) = parsed {
                let back = format_timestamp(t);
                if !leap {
                    assert_eq!(&back[..19], &ts[..19], "{ts:?} parsed as {t}");
                    if shape == S::Okx {
                        assert_eq!(back, ts);
                    }
                }
            }
        }
        S::IsoNotZ => assert!(!ts.ends_with('Z') || ts.as_bytes()[10] == b' ' || ts.len() > 19),
        S::Other => assert!(parsed.is_none(), "{ts:?} is Other but parsed"),
    }
    if let Some(t) = parsed {
        let okx = format_timestamp(t);
        assert_eq!(timestamp_shape(&okx), S::Okx, "{okx:?}");
        let again = parse_timestamp(&okx).expect("OKX's own shape does not parse");
        assert_eq!(
            again.unix_timestamp_nanos(),
            t.unix_timestamp_nanos() / 1_000_000 * 1_000_000
                - if t.unix_timestamp_nanos() < 0 && t.unix_timestamp_nanos() % 1_000_000 != 0 {
                    1_000_000
                } else {
                    0
                },
            "{ts:?} -> {okx:?}"
        );
    }
});
