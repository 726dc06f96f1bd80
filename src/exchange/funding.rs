//! Figures derived from OKX's funding data (fact sheet §6.2): the funding interval, which OKX
//! may change from 8 h to 6, 4, 2 or 1 h and so is read from `nextFundingTime − fundingTime`,
//! and a rate annualised over it. Decimal arithmetic only (rust_decimal's checked operations:
//! nothing here panics on a value from the server).

use rust_decimal::Decimal;

use super::instrument::{InstId, InstType};
use crate::error::Failure;

const HOUR_MS: i64 = 3_600_000;
const MINUTE_MS: i64 = 60_000;
/// A year of 365 days: what "annualised" means here.
pub const YEAR_MS: i64 = 365 * 24 * HOUR_MS;

/// `id` when it is a perpetual swap, the only instruments with funding (X-Perps, FUTURES with
/// funding, have IDs okx cannot take); otherwise the refusal (exit 2), before anything is sent.
pub(crate) fn perpetual(id: InstId) -> Result<InstId, Failure> {
    let t = id.inst_type();
    if t == InstType::Swap {
        return Ok(id);
    }
    let a = if t == InstType::Option { "an" } else { "a" };
    Err(Failure::Usage(format!(
        "{id} is {a} {t} instrument: only perpetual swaps (SWAP) have funding rates; give one \
         such as BTC-USDT-SWAP"
    )))
}

/// `nextFundingTime − fundingTime` in ms; `Err` with the reason when they are not epoch ms, the
/// next time is not later, or the span is not a whole number of minutes (OKX's intervals are
/// whole hours: anything else is not an interval to annualise over).
pub fn interval_ms(funding_time: &str, next_funding_time: &str) -> Result<i64, String> {
    let ms = |s: &str| s.parse::<i64>().ok().filter(|v| *v >= 0);
    match (ms(funding_time), ms(next_funding_time)) {
        (Some(a), Some(b)) if b > a && (b - a) % MINUTE_MS == 0 => Ok(b - a),
        _ => Err(format!(
            "funding interval from fundingTime \"{}\" to nextFundingTime \"{}\" is not a \
             whole number of minutes",
            crate::output::sanitize(funding_time),
            crate::output::sanitize(next_funding_time)
        )),
    }
}

/// What okx shows of a funding object (`/public/funding-rate`, the `funding-rate` channel): the
/// interval (`8h`) and the rate annualised over it, each empty when OKX's values do not give one,
/// and then the first reason why.
pub struct Figures {
    pub interval: String,
    pub annualised: String,
    pub problem: Option<String>,
}

pub fn figures(funding_time: &str, next_funding_time: &str, rate: &str) -> Figures {
    let interval = interval_ms(funding_time, next_funding_time);
    let annualised = interval.clone().and_then(|ms| annualised_pct(rate, ms));
    let problem = interval.clone().err().or(annualised.clone().err());
    Figures {
        interval: interval.map(interval_text).unwrap_or_default(),
        annualised: annualised.unwrap_or_default(),
        problem,
    }
}

/// An interval as people say it: `8h`, `4h`, `1h30m`, `45m`, or `1500ms` when it is not whole
/// minutes.
pub fn interval_text(ms: i64) -> String {
    if ms <= 0 || ms % MINUTE_MS != 0 {
        return format!("{ms}ms");
    }
    let (h, m) = (ms / HOUR_MS, ms % HOUR_MS / MINUTE_MS);
    match (h, m) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

/// `rate` annualised over `interval_ms`, in percent: `rate × 365 × 24 h × 100 / interval`, a
/// simple (not compounded) annualisation; one division, last, so the result is exact whenever it
/// has a finite decimal form within rust_decimal's 28 digits (0.0021 every 7 h is 262.8), and
/// otherwise rounded there; trailing zeros dropped. `""`
/// when the rate is empty; `Err` with the reason when it is not a decimal or the result does not
/// fit.
pub fn annualised_pct(rate: &str, interval_ms: i64) -> Result<String, String> {
    if rate.is_empty() {
        return Ok(String::new());
    }
    let bad = |why: &str| {
        Err(format!(
            "annualised funding rate from \"{}\" {why}",
            crate::output::sanitize(rate)
        ))
    };
    if interval_ms < MINUTE_MS || interval_ms % MINUTE_MS != 0 {
        return bad("has no usable interval (not a whole number of minutes)");
    }
    // Plain decimals only, as OKX writes them: no exponent, no `+`, no spaces.
    let plain = rate.strip_prefix('-').unwrap_or(rate);
    if plain.is_empty() || !plain.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return bad("is not a decimal");
    }
    let Ok(r) = Decimal::from_str_exact(rate) else {
        return bad("is not a decimal rust_decimal can hold");
    };
    match r
        .checked_mul(Decimal::from(YEAR_MS))
        .and_then(|v| v.checked_mul(Decimal::ONE_HUNDRED))
        .and_then(|v| v.checked_div(Decimal::from(interval_ms)))
    {
        Some(v) => Ok(v.normalize().to_string()),
        None => bad("is too large"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(
            interval_ms("1700000000000", "1700028800000"),
            Ok(8 * HOUR_MS)
        );
        assert!(interval_ms("1700028800000", "1700000000000").is_err());
        assert!(interval_ms("", "1").is_err());
        assert!(interval_ms("x", "1").is_err());
        assert_eq!(interval_text(8 * HOUR_MS), "8h");
        assert_eq!(interval_text(4 * HOUR_MS), "4h");
        assert_eq!(interval_text(90 * 60_000), "1h30m");
        assert_eq!(interval_text(45 * 60_000), "45m");
        assert_eq!(interval_text(1500), "1500ms");
        let f = figures("0", &(7 * HOUR_MS).to_string(), "0.0021");
        assert_eq!(
            (f.interval.as_str(), f.annualised.as_str()),
            ("7h", "262.8")
        );
        assert!(f.problem.is_none());
        let f = figures("0", "0", "0.0021");
        assert_eq!((f.interval.as_str(), f.annualised.as_str()), ("", ""));
        assert!(f.problem.is_some());
    }

    #[test]
    fn annualisation_is_exact_and_simple() {
        // 8 h: 1095 settlements a year; 4 h: 2190.
        assert_eq!(annualised_pct("0.0001", 8 * HOUR_MS).unwrap(), "10.95");
        assert_eq!(annualised_pct("0.0001", 4 * HOUR_MS).unwrap(), "21.9");
        assert_eq!(
            annualised_pct("-0.0000123456789", 8 * HOUR_MS).unwrap(),
            "-1.35185183955"
        );
        assert_eq!(annualised_pct("0", 8 * HOUR_MS).unwrap(), "0");
        assert_eq!(annualised_pct("0.00005", HOUR_MS).unwrap(), "43.8");
        // 6 h and 2 h divide the year too.
        assert_eq!(annualised_pct("0.0002", 6 * HOUR_MS).unwrap(), "29.2");
        assert_eq!(annualised_pct("0.0002", 2 * HOUR_MS).unwrap(), "87.6");
        assert_eq!(annualised_pct("", 8 * HOUR_MS).unwrap(), "");
        for bad in ["1e-4", "+0.1", " 0.1", "abc", "-", "0.1.2"] {
            assert!(annualised_pct(bad, 8 * HOUR_MS).is_err(), "{bad}");
        }
        assert!(annualised_pct("79228162514264337593543950335", 8 * HOUR_MS).is_err());
        assert!(annualised_pct("0.1", 0).is_err());
        // An interval that does not divide the year: still exact (one division, last).
        assert_eq!(annualised_pct("0.0021", 7 * HOUR_MS).unwrap(), "262.8");
        assert_eq!(annualised_pct("0.0001", 90 * 60_000).unwrap(), "58.4");
        // Absurd intervals: under a minute, or not whole minutes.
        assert!(annualised_pct("0.1", 59_999).is_err());
        assert!(annualised_pct("0.1", HOUR_MS + 1).is_err());
        assert!(interval_ms("0", "1500").is_err());
        assert!(interval_ms("0", "3600001").is_err());
    }
}
