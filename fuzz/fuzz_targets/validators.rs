//! The other validators of what users type, all on the same input: `inst_id`, `inst_type`,
//! `bar`, `time_spec`, `count`, `cl_ord_id`, `tag`, `currencies`.
//!
//! Invariants: each accepts exactly what its rule allows (checked against an independent
//! statement of the rule) and returns the canonical value; every refusal is one printable line
//! (the promise of one-line errors, and no terminal control characters from the input);
//! `bar` is idempotent on the names it returns; `time_spec` gives epoch milliseconds and spans
//! back from now exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::validate::{
    bar, cl_ord_id, count, currencies, inst_id, inst_type, tag, time_spec, BARS, INST_TYPES,
};
use okx_fuzz::assert_printable;
use time::macros::datetime;

fn inst_id_rule(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

fn alnum_of_len(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };

    match inst_id(s) {
        Ok(v) => {
            assert_eq!(v, s);
            assert!(inst_id_rule(s), "accepted instrument {s:?}");
        }
        Err(e) => {
            assert!(!inst_id_rule(s), "refused instrument {s:?}");
            let msg = e.to_string();
            assert!(msg.contains(&format!("{s:?}")), "{msg}");
            assert_printable("inst_id's error", s, &msg);
        }
    }

    match inst_type(s) {
        Ok(v) => {
            assert!(INST_TYPES.contains(&v.as_str()) && v.eq_ignore_ascii_case(s));
        }
        Err(e) => {
            assert!(!INST_TYPES.iter().any(|t| t.eq_ignore_ascii_case(s)));
            assert_printable("inst_type's error", s, &e.to_string());
        }
    }

    match bar(s) {
        Ok(b) => {
            assert!(BARS.contains(&(b.name, b.millis)));
            assert!(
                b.name == s
                    || (["1H", "2H", "4H"].contains(&b.name) && b.name.eq_ignore_ascii_case(s)),
                "{s:?} became {}",
                b.name
            );
            assert_eq!(bar(b.name).unwrap(), b);
        }
        Err(e) => {
            assert!(!BARS.iter().any(|(n, _)| *n == s));
            assert_printable("bar's error", s, &e.to_string());
        }
    }

    let now = datetime!(2024-02-01 00:00:00 UTC);
    let now_ms: i64 = 1_706_745_600_000;
    let t = s.trim();
    match time_spec(s, "--since", now) {
        Ok(ms) => {
            if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
                assert!(t.len() >= 12);
                assert_eq!(Some(ms), t.parse::<i64>().ok());
            }
            if let Some(n) = t
                .strip_suffix(['s', 'm', 'h', 'd', 'w'])
                .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            {
                let unit: i64 = match t.as_bytes()[t.len() - 1] {
                    b's' => 1000,
                    b'm' => 60_000,
                    b'h' => 3_600_000,
                    b'd' => 86_400_000,
                    _ => 7 * 86_400_000,
                };
                let n: i128 = n.parse().unwrap();
                assert_eq!(ms as i128, now_ms as i128 - n * unit as i128, "{s:?}");
            }
        }
        Err(e) => assert_printable("time_spec's error", s, &e.to_string()),
    }

    for max in [1, 100, 10_000, u64::MAX] {
        let n = s.trim().parse::<i128>().ok();
        match count(s, "--limit", max) {
            Ok(v) => assert!(v >= 1 && v <= max && n == Some(v as i128)),
            Err(e) => {
                assert!(n.is_none_or(|n| n < 1 || n > max as i128));
                assert_printable("count's error", s, &e.to_string());
            }
        }
    }

    match cl_ord_id(s) {
        Ok(v) => assert!(v == s && alnum_of_len(s, 32)),
        Err(e) => {
            assert!(!alnum_of_len(s, 32));
            assert_printable("cl_ord_id's error", s, &e.to_string());
        }
    }
    match tag(s) {
        Ok(v) => assert!(v == s && alnum_of_len(s, 16)),
        Err(e) => {
            assert!(!alnum_of_len(s, 16));
            assert_printable("tag's error", s, &e.to_string());
        }
    }

    let codes: Vec<&str> = s.split(',').map(str::trim).collect();
    let ccy_rule = codes.len() <= 20
        && codes
            .iter()
            .all(|c| alnum_of_len(c, 12) && !c.bytes().any(|b| b.is_ascii_lowercase()));
    match currencies(s) {
        Ok(v) => {
            assert!(ccy_rule, "accepted --ccy {s:?}");
            assert_eq!(v, codes.join(","));
        }
        Err(e) => {
            assert!(!ccy_rule, "refused --ccy {s:?}");
            assert_printable("currencies' error", s, &e.to_string());
        }
    }
});
