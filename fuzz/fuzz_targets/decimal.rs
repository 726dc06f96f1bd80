//! `okx::validate::decimal`, which guards every price and size okx sends.
//!
//! Invariants: accepted text is the trimmed input, a plain positive decimal (digits with at
//! most one inner '.', no sign, no exponent, no separators, no leading zeros), and it parses
//! back (exactly) to the same non-zero `Decimal` with the same number of decimals; every plain
//! decimal within the documented 28 significant digits is accepted unless it is zero or has
//! leading zeros, and those are refused with "write X" where X is the very value they spell; a
//! refusal is one printable line that names the input.
//!
//! **A hint never suggests a larger value than the user may have meant.** Every "write X" names
//! a plain decimal X that is one of the input's readings (its value; what its exponent means;
//! with commas, the thousands-separator reading and, for exactly one comma and no '.', the
//! decimal-comma reading) and is not larger than any of them; several commas, or a comma and a
//! '.', get no value at all; X is accepted by `decimal` itself (unless it is an exponent's
//! meaning beyond 28 digits).
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::validate::decimal;
use okx_fuzz::assert_printable;
use rust_decimal::Decimal;
use std::str::FromStr;

fn plain(t: &str) -> bool {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    !int.is_empty() && digits(int) && digits(frac) && !(t.contains('.') && frac.is_empty())
}

fn significant(t: &str) -> usize {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    int.trim_start_matches('0').len() + frac.len()
}

/// A plain decimal's exact value, when a Decimal holds it.
fn value(t: &str) -> Option<Decimal> {
    plain(t).then(|| Decimal::from_str_exact(t).ok()).flatten()
}

/// Every value the user may have meant by `t`, as far as a Decimal holds it.
fn readings(t: &str) -> Vec<Decimal> {
    let mut r = Vec::new();
    r.extend(value(t));
    if t.contains(['e', 'E']) {
        r.extend(Decimal::from_scientific(t).ok());
    }
    if t.contains(',') {
        r.extend(value(&t.replace(',', "")));
        if t.matches(',').count() == 1 && !t.contains('.') {
            r.extend(value(&t.replace(',', ".")));
        }
    }
    r
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let t = s.trim();
    match decimal(s, "SIZE") {
        Ok((text, d)) => {
            assert_eq!(text, t);
            assert!(plain(&text), "accepted {text:?}");
            assert!(!text.contains(['e', 'E', '+', '-', ',', ' ']));
            assert_eq!(Decimal::from_str_exact(&text).unwrap(), d);
            assert!(d > Decimal::ZERO, "{text:?} gave {d}");
            let frac = text.split_once('.').map_or(0, |(_, f)| f.len());
            assert_eq!(d.scale() as usize, frac, "{text:?} lost decimals");
            assert_eq!(Decimal::from_str(&d.to_string()).unwrap(), d);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with(&format!("SIZE {s:?} ")),
                "error does not name the input: {msg}"
            );
            assert_printable("decimal's error", s, &msg);
            // The hint is where okx puts it: at the end, after the quoted input.
            let hint = msg
                .rsplit_once(" write ")
                .map(|(_, x)| x)
                .filter(|x| plain(x));
            if plain(t) {
                let zero = t.bytes().all(|b| b == b'0' || b == b'.');
                let leading_zeros =
                    t.split_once('.').map_or(t, |(i, _)| i).len() > 1 && t.starts_with('0');
                assert!(
                    significant(t) > 28 || zero || leading_zeros,
                    "refused a plain decimal within 28 digits: {msg}"
                );
                if leading_zeros && !zero && significant(t) <= 28 {
                    let hint = hint.unwrap_or_else(|| panic!("no value for leading zeros: {msg}"));
                    assert_eq!(value(hint), value(t), "{t:?} is not {hint:?}");
                }
            }
            if t.matches(',').count() > 1 || (t.contains(',') && t.contains('.')) {
                assert!(hint.is_none(), "a value guessed for separators: {msg}");
            }
            let exponent = format!("SIZE {s:?} uses exponent notation, which OKX does not take");
            if let Some(hint) = hint {
                if !msg.starts_with(&exponent) {
                    assert!(
                        decimal(hint, "SIZE").is_ok(),
                        "the hint {hint:?} is refused: {msg}"
                    );
                }
                let written = Decimal::from_str_exact(hint)
                    .unwrap_or_else(|_| panic!("hint {hint:?} is not a decimal: {msg}"));
                let meant = readings(t);
                assert!(
                    meant.contains(&written),
                    "hint {hint:?} is none of the readings {meant:?} of {t:?}"
                );
                assert!(
                    meant.iter().all(|m| written <= *m),
                    "hint {hint:?} is larger than a reading in {meant:?} of {t:?}"
                );
            }
            if let Some(hint) = msg
                .strip_prefix(exponent.as_str())
                .and_then(|m| m.strip_prefix("; write "))
            {
                let meant = Decimal::from_scientific(t).expect("a hint without a value");
                let written = Decimal::from_str_exact(hint)
                    .unwrap_or_else(|_| panic!("hint {hint:?} is not a decimal"));
                assert_eq!(written, meant, "hint {hint:?} for {t:?}");
                if !meant.is_zero() {
                    // The hint is accepted, unless what the exponent means is itself beyond
                    // the 28 digits okx takes.
                    if let Err(again) = decimal(hint, "SIZE") {
                        let (int, frac) = hint.split_once('.').unwrap_or((hint, ""));
                        assert!(
                            again.to_string().contains("28 at most")
                                && int.trim_start_matches('0').len() + frac.len() > 28,
                            "the hint {hint:?} is refused: {again}"
                        );
                    }
                }
            }
        }
    }
});
