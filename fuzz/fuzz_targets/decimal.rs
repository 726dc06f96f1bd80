//! `okx::validate::decimal`, which guards every price and size okx sends.
//!
//! Invariants: accepted text is the trimmed input, a plain positive decimal (digits with at
//! most one inner '.', no sign, no exponent, no separators), and it parses back (exactly) to
//! the same non-zero `Decimal` with the same number of decimals; every plain decimal within the
//! documented 28 significant digits is accepted unless it is zero; a refusal is one printable
//! line that names the input; when an exponent is refused with "write X", X is what the
//! exponent means, in a form `decimal` accepts (unless that is itself over 28 digits).
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
            if plain(t) {
                let (int, frac) = t.split_once('.').unwrap_or((t, ""));
                let significant = int.trim_start_matches('0').len() + frac.len();
                let zero = t.bytes().all(|b| b == b'0' || b == b'.');
                assert!(
                    significant > 28 || zero,
                    "refused a plain decimal within 28 digits: {msg}"
                );
            }
            let exponent = format!("SIZE {s:?} uses exponent notation, which OKX does not take");
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
