//! Validation of what users type, before anything is sent: candle bars, times, durations, counts,
//! decimals, IDs and tags (instrument IDs and types are `exchange::instrument`'s, re-exported here
//! as text). Pure functions; each error names the bad value and the fix, and becomes exit code 2.
//! The command line's value parsers (`cli::parse`) call them, so commands get checked values.

use std::time::Duration;

use rust_decimal::Decimal;
use time::OffsetDateTime;

use crate::error::Failure;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::sanitize;

/// OKX instrument IDs are upper-case ASCII letters and digits in dash-separated parts
/// (`BTC-USDT`, `BTC-USDT-SWAP`); the rule itself is `InstId::parse`'s.
pub fn inst_id(s: &str) -> Result<String, Failure> {
    InstId::parse(s).map(String::from)
}

pub const INST_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"];

/// One of OKX's instrument types in any case, as OKX spells it; the rule is `InstType::parse`'s.
pub fn inst_type(s: &str) -> Result<String, Failure> {
    InstType::parse(s).map(String::from)
}

/// A candle bar, with its length in milliseconds where it has a fixed one (months do not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub name: &'static str,
    pub millis: Option<i64>,
}

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;
const DAY: i64 = 24 * HOUR;

/// OKX's bar names (docs #order-book-trading-market-data-get-candlesticks; fact sheet §3.5). Plain
/// 6H and longer open on Hong Kong time (UTC+8); the `utc` forms open on UTC. `1s` is served by
/// history-candles only. There is no 5-day bar: the WebSocket channel list in some docs names
/// `candle5D`, but REST lists none and OKX refuses `5D` on both (issue 12), so okx offers only
/// bars OKX serves.
pub const BARS: &[(&str, Option<i64>)] = &[
    ("1s", Some(1000)),
    ("1m", Some(MIN)),
    ("3m", Some(3 * MIN)),
    ("5m", Some(5 * MIN)),
    ("15m", Some(15 * MIN)),
    ("30m", Some(30 * MIN)),
    ("1H", Some(HOUR)),
    ("2H", Some(2 * HOUR)),
    ("4H", Some(4 * HOUR)),
    ("6H", Some(6 * HOUR)),
    ("12H", Some(12 * HOUR)),
    ("1D", Some(DAY)),
    ("2D", Some(2 * DAY)),
    ("3D", Some(3 * DAY)),
    ("1W", Some(7 * DAY)),
    ("1M", None),
    ("3M", None),
    ("6Hutc", Some(6 * HOUR)),
    ("12Hutc", Some(12 * HOUR)),
    ("1Dutc", Some(DAY)),
    ("2Dutc", Some(2 * DAY)),
    ("3Dutc", Some(3 * DAY)),
    ("1Wutc", Some(7 * DAY)),
    ("1Mutc", None),
    ("3Mutc", None),
];

/// Accepts OKX's exact names, and lower-case hour aliases (`1h`, `4h`) where they can mean only
/// one thing. Day, week and month bars are ambiguous (UTC+8 or UTC open; `1m` is a minute, `1M` a
/// month), so those are refused with the choices.
pub fn bar(s: &str) -> Result<Bar, Failure> {
    let make = |name: &'static str, millis| Ok(Bar { name, millis });
    if let Some((name, millis)) = BARS.iter().find(|(n, _)| *n == s) {
        return make(name, *millis);
    }
    let lower = s.to_ascii_lowercase();
    // Hours: 1h 2h 4h are unambiguous; 6h and 12h have a UTC+8 and a UTC form.
    if let Some((name, millis)) = BARS
        .iter()
        .find(|(n, _)| n.to_ascii_lowercase() == lower && ["1H", "2H", "4H"].contains(n))
    {
        return make(name, *millis);
    }
    let choices = |a: &str, b: &str, what: &str| {
        Err(Failure::Usage(format!(
            "bar {s:?} is ambiguous: {a} is the {what} opening on Hong Kong time (UTC+8), {b} the one opening on UTC; pass one of them"
        )))
    };
    match lower.as_str() {
        "6h" => choices("6H", "6Hutc", "6-hour bar"),
        "12h" => choices("12H", "12Hutc", "12-hour bar"),
        "1d" => choices("1D", "1Dutc", "day"),
        "2d" => choices("2D", "2Dutc", "2-day bar"),
        "3d" => choices("3D", "3Dutc", "3-day bar"),
        "5d" | "5dutc" => Err(Failure::Usage(format!(
            "bar {s:?} is not served by OKX (there is no 5-day bar); use 1D or 3D (UTC+8 opens), 1Dutc or 3Dutc (UTC opens), or 1W"
        ))),
        "1w" => choices("1W", "1Wutc", "week"),
        "1mo" | "1mon" | "1month" => choices("1M", "1Mutc", "month"),
        "3mo" | "3mon" => choices("3M", "3Mutc", "3-month bar"),
        _ => Err(Failure::Usage(format!(
            "bar {s:?} is not an OKX bar; use one of {} (case matters: 1m is a minute, 1M a month)",
            BARS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" ")
        ))),
    }
}

/// A length of time in the one syntax every okx flag takes: humantime's (`500ms`, `90s`, `5m`,
/// `12h`, `7d`, `2w`, `1h30m`; `m` is a minute, `M` a month), or, where `bare_seconds`, a plain
/// number of seconds (`10`, `2.5`). `None` when `s` is neither.
fn parse_duration(s: &str, bare_seconds: bool) -> Option<Duration> {
    let t = s.trim();
    if bare_seconds && is_plain(t) {
        return Duration::try_from_secs_f64(t.parse::<f64>().ok()?).ok();
    }
    humantime::parse_duration(t).ok()
}

/// A duration for `flag` (`--expire`, `--timeout`, `--duration`, `--ping-interval`), from `min`
/// to `max` inclusive: humantime's syntax, or a plain number of seconds.
pub fn duration(s: &str, flag: &str, min: Duration, max: Duration) -> Result<Duration, Failure> {
    let fail = |why: String| Err(Failure::Usage(format!("{flag} {s:?} {why}")));
    let Some(d) = parse_duration(s, true) else {
        return fail(
            "is not a duration; use seconds (10, 2.5) or a span such as 500ms, 30s, 5m, 2h, 7d"
                .into(),
        );
    };
    if d.is_zero() {
        return fail("is zero; give a positive duration".into());
    }
    if d < min {
        return fail(format!(
            "is too short; the least is {}",
            humantime::format_duration(min)
        ));
    }
    if d > max {
        return fail(format!(
            "is too long; the most is {}",
            humantime::format_duration(max)
        ));
    }
    Ok(d)
}

/// The earliest time a range may start or end, 2010-01-01T00:00:00Z: before OKX, or any
/// exchange it grew from, had market data (the fact sheet names no first date; history-candles
/// covers "recent years"). Earlier times, such as 1970-01-01 or a span of centuries, are refused
/// rather than sent as `before=-1`.
pub const EARLIEST_MS: i64 = 1_262_304_000_000;

/// A point in time as typed for `--since`/`--until`: RFC 3339 (`2024-01-31T00:00:00Z`, or a date
/// `2024-01-31` meaning its UTC midnight), epoch milliseconds, or a span back from now in the
/// duration syntax (`90m`, `12h`, `7d`, `2w`). A span is counted back when the command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeSpec {
    text: String,
    flag: String,
    when: When,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// Epoch milliseconds.
    At(i64),
    /// This long before now.
    Ago(Duration),
}

impl TimeSpec {
    pub fn parse(s: &str, flag: &str) -> Result<TimeSpec, Failure> {
        let spec = |when| {
            Ok(TimeSpec {
                text: s.to_string(),
                flag: flag.to_string(),
                when,
            })
        };
        let t = s.trim();
        if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            if (9..12).contains(&t.len()) {
                return Err(Failure::Usage(format!(
                    "{flag} {s:?} looks like epoch seconds; okx takes epoch milliseconds ({t}000) or RFC 3339"
                )));
            }
            return match t.parse::<i64>() {
                Ok(ms) if t.len() >= 9 => spec(When::At(ms)),
                _ => Err(not_a_time(s, flag)),
            };
        }
        if let Some(span) = parse_duration(t, false) {
            return spec(When::Ago(span));
        }
        let rfc3339 = &time::format_description::well_known::Rfc3339;
        let at = OffsetDateTime::parse(t, rfc3339)
            .or_else(|_| OffsetDateTime::parse(&format!("{t}T00:00:00Z"), rfc3339))
            .map_err(|_| not_a_time(s, flag))?;
        spec(When::At((at.unix_timestamp_nanos() / 1_000_000) as i64))
    }

    /// Epoch milliseconds, a span counted back from `now`.
    pub fn resolve(&self, now: OffsetDateTime) -> Result<i64, Failure> {
        match self.when {
            When::At(ms) => Ok(ms),
            When::Ago(span) => {
                let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
                i64::try_from(span.as_millis())
                    .ok()
                    .and_then(|span| now_ms.checked_sub(span))
                    .ok_or_else(|| not_a_time(&self.text, &self.flag))
            }
        }
    }

    /// The value as typed, for messages.
    pub fn text(&self) -> &str {
        &self.text
    }
}

fn not_a_time(s: &str, flag: &str) -> Failure {
    Failure::Usage(format!(
        "{flag} {s:?} is not a time; use RFC 3339 (2024-01-31T00:00:00Z), a date (2024-01-31), epoch milliseconds, or a span back from now (90m, 12h, 7d, 2w)"
    ))
}

/// A point in time (see `TimeSpec`) as epoch milliseconds, a span counted back from `now`.
pub fn time_spec(s: &str, flag: &str, now: OffsetDateTime) -> Result<i64, Failure> {
    TimeSpec::parse(s, flag)?.resolve(now)
}

/// A positive count with an upper bound, e.g. `--limit`.
pub fn count(s: &str, flag: &str, max: u64) -> Result<u64, Failure> {
    match s.trim().parse::<i128>() {
        Ok(n) if n >= 1 && n <= max as i128 => Ok(n as u64),
        Ok(n) if n < 1 => Err(Failure::Usage(format!("{flag} {s:?} must be at least 1"))),
        Ok(_) => Err(Failure::Usage(format!(
            "{flag} {s:?} is too large; the most is {max}"
        ))),
        Err(_) => Err(Failure::Usage(format!(
            "{flag} {s:?} is not a whole number"
        ))),
    }
}

/// `int.frac` without the leading zeros of its whole part (one `0` stays before a `.`).
fn without_leading_zeros(t: &str) -> String {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let int = match int.trim_start_matches('0') {
        "" => "0",
        rest => rest,
    };
    if t.contains('.') {
        format!("{int}.{frac}")
    } else {
        int.to_string()
    }
}

/// Whether `t` is digits with at most one inner `.`.
fn is_plain(t: &str) -> bool {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let dangling_point = t.contains('.') && frac.is_empty();
    !int.is_empty() && !dangling_point && digits(int) && digits(frac)
}

/// What to say about a comma. Exactly one comma and no `.`: it is read as a decimal point, the
/// smaller of its two readings (`1,000` may be one thousand, but the hint is 1.000, never a
/// larger amount than the user may have meant), and the hint is given when that reading is a
/// value okx takes. Several commas, or a comma and a `.`: thousands separators, which okx does
/// not take, and no value is suggested (which grouping was meant is a guess).
fn comma_advice(t: &str) -> String {
    let no_separators = "okx takes '.' as the decimal point and no thousands separators";
    if t.matches(',').count() > 1 || t.contains('.') {
        let found = if t.contains('.') {
            "both ',' and '.'"
        } else {
            "several commas"
        };
        return format!(
            "has {found}: {no_separators}; write digits only, with '.' as the decimal point"
        );
    }
    let as_point = t.replace(',', ".");
    let hint = Some(as_point)
        .filter(|p| is_plain(p))
        .map(|p| without_leading_zeros(&p))
        .filter(|p| decimal(p, "").is_ok());
    match hint {
        Some(p) => format!("has a comma: {no_separators}; for a decimal comma write {p}"),
        None => format!("has a comma: {no_separators}"),
    }
}

/// A positive plain decimal such as `0.001` or `42000.5`, as OKX takes it. The text is what gets
/// sent (money is text); the `Decimal` is for the pre-send checks. `what` names the value in
/// errors, e.g. "SIZE" or "--price".
///
/// A hint never suggests a larger value than the user may have meant: a decimal comma is read as
/// a decimal point (`0,001` → 0.001, not 1), and leading zeros (`0001`) are refused with the
/// value they spell (`1`) rather than sent as typed.
pub fn decimal(s: &str, what: &str) -> Result<(String, Decimal), Failure> {
    let bad = |why: String| Err(Failure::Usage(format!("{what} {s:?} {why}")));
    let t = s.trim();
    if t.is_empty() {
        return bad("is empty; give a number such as 0.01".into());
    }
    if t.starts_with('-') {
        return bad("is negative; give a positive number".into());
    }
    if t.contains(['e', 'E']) && t.chars().all(|c| c.is_ascii_digit() || "eE.+-".contains(c)) {
        let hint = Decimal::from_scientific(t)
            .map(|d| format!("; write {}", d.normalize()))
            .unwrap_or_default();
        return bad(format!(
            "uses exponent notation, which OKX does not take{hint}"
        ));
    }
    if t.contains(',') {
        return bad(comma_advice(t));
    }
    if !is_plain(t) {
        return bad("is not a plain decimal number; write it like 0.5 or 42000.1".into());
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if int.trim_start_matches('0').len() + frac.len() > 28 {
        return bad("has more digits than any OKX price or size (28 at most)".into());
    }
    let d = Decimal::from_str_exact(t)
        .map_err(|_| Failure::Usage(format!("{what} {s:?} is too large")))?;
    if d.is_zero() {
        return bad("is zero; give a positive number".into());
    }
    // `007` is 7, but a typo such as `0001` for 0.001 is a thousand times too much: never sent
    // as typed, and the hint spells the value it is, not a guess.
    if int.len() > 1 && int.starts_with('0') {
        return bad(format!(
            "has leading zeros; write {}",
            without_leading_zeros(t)
        ));
    }
    Ok((t.to_string(), d))
}

/// OKX's client order ID rule: 1-32 ASCII letters and digits.
pub fn cl_ord_id(s: &str) -> Result<String, Failure> {
    if (1..=32).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(s.to_string())
    } else {
        Err(Failure::Usage(format!(
            "--cl-ord-id {s:?} must be 1-32 letters and digits (no '-' or '_'), e.g. bot42buy7"
        )))
    }
}

/// OKX's order tag rule: 1-16 ASCII letters and digits.
pub fn tag(s: &str) -> Result<String, Failure> {
    if (1..=16).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(s.to_string())
    } else {
        Err(Failure::Usage(format!(
            "--tag {s:?} must be 1-16 letters and digits"
        )))
    }
}

/// A comma-separated list of up to 20 currency codes (`USDT,BTC`), as OKX's balance takes it.
pub fn currencies(s: &str) -> Result<String, Failure> {
    let list: Vec<&str> = s.split(',').map(str::trim).collect();
    if list.len() > 20 {
        return Err(Failure::Usage(format!(
            "--ccy lists {} currencies; OKX takes at most 20",
            list.len()
        )));
    }
    for c in &list {
        if c.is_empty() || c.len() > 12 || !c.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Failure::Usage(format!(
                "--ccy {s:?}: {c:?} is not a currency code; give codes like USDT,BTC"
            )));
        }
        if c.bytes().any(|b| b.is_ascii_lowercase()) {
            return Err(Failure::Usage(format!(
                "--ccy {s:?}: currency codes are upper case; use {}",
                sanitize(&s.to_ascii_uppercase().replace(' ', ""))
            )));
        }
    }
    Ok(list.join(","))
}

/// One currency code as OKX writes them (`USDT`, `BTC`): 1-12 upper-case letters and digits.
/// `what` names it in errors (`CCY`, `--ccy`).
pub fn currency(s: &str, what: &str) -> Result<String, Failure> {
    if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        if s.bytes().any(|b| b.is_ascii_lowercase()) {
            return Err(Failure::Usage(format!(
                "{what} {s:?}: currency codes are upper case; use {}",
                s.to_ascii_uppercase()
            )));
        }
        return Ok(s.to_string());
    }
    Err(Failure::Usage(format!(
        "{what} {:?} is not a currency code; give one code such as USDT or BTC",
        sanitize(s)
    )))
}

/// A transfer's client ID (`clientId`, derivatives sheet §7.2): 1-32 letters and digits.
pub fn client_id(s: &str) -> Result<String, Failure> {
    if (1..=32).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(s.to_string())
    } else {
        Err(Failure::Usage(format!(
            "--client-id {:?} must be 1-32 letters and digits (no '-' or '_'), e.g. rebal42",
            sanitize(s)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn inst_ids() {
        for ok in [
            "BTC-USDT",
            "BTC-USDT-SWAP",
            "BTC-USD-250328",
            "BTC-USD-250328-100000-C",
            "1INCH-USDT",
        ] {
            assert_eq!(inst_id(ok).unwrap(), ok);
        }
        let msg = |s: &str| inst_id(s).unwrap_err().to_string();
        assert!(msg("BTC/USDT").contains("use BTC-USDT"));
        assert!(msg("btc-usdt").contains("upper case") && msg("btc-usdt").contains("BTC-USDT"));
        assert!(msg("BTC‐USDT").contains("non-ASCII")); // U+2010 hyphen
        assert!(msg("ВТС-USDT").contains("non-ASCII")); // Cyrillic look-alikes
        assert!(msg("").contains("empty"));
        assert!(msg("BTC").contains("not an OKX instrument ID"));
        assert!(msg("BTC--USDT").contains("not an OKX instrument ID"));
    }

    #[test]
    fn bars() {
        assert_eq!(bar("1m").unwrap().millis, Some(60_000));
        assert_eq!(bar("1M").unwrap().name, "1M");
        assert_eq!(bar("1h").unwrap().name, "1H");
        assert_eq!(bar("4h").unwrap().name, "4H");
        assert!(bar("1d").unwrap_err().to_string().contains("1Dutc"));
        assert!(bar("6h").unwrap_err().to_string().contains("6Hutc"));
        for five_days in ["5D", "5Dutc", "5d"] {
            assert!(bar(five_days)
                .unwrap_err()
                .to_string()
                .contains("not served by OKX"));
        }
        assert!(bar("7m")
            .unwrap_err()
            .to_string()
            .contains("not an OKX bar"));
    }

    #[test]
    fn times() {
        let now = datetime!(2024-02-01 00:00:00 UTC);
        let now_ms = 1_706_745_600_000;
        assert_eq!(time_spec("7d", "--since", now).unwrap(), now_ms - 7 * DAY);
        assert_eq!(
            time_spec("2024-01-31", "--since", now).unwrap(),
            now_ms - DAY
        );
        assert_eq!(
            time_spec("2024-01-31T12:00:00+08:00", "--since", now).unwrap(),
            now_ms - DAY + 4 * HOUR
        );
        assert_eq!(time_spec("1706745600000", "--since", now).unwrap(), now_ms);
        assert!(time_spec("1706745600", "--since", now)
            .unwrap_err()
            .to_string()
            .contains("epoch seconds"));
        assert!(time_spec("yesterday", "--since", now).is_err());
        assert!(time_spec("7x", "--since", now).is_err());
        // The one duration syntax: compound spans and long unit names too.
        assert_eq!(
            time_spec("1h30m", "--since", now).unwrap(),
            now_ms - HOUR - 30 * MIN
        );
        assert_eq!(
            time_spec("2days", "--since", now).unwrap(),
            now_ms - 2 * DAY
        );
        // Spans up to i64's end are arithmetic, not a panic, even on a clock before 1970.
        let span = format!("{}s", i64::MAX / 1000);
        assert!(time_spec(&span, "--since", now).is_ok());
        assert!(time_spec(&span, "--since", datetime!(1969-01-01 00:00:00 UTC)).is_err());
        assert!(time_spec("9223372036854775807w", "--since", now).is_err());
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal("0.001", "SIZE").unwrap().0, "0.001");
        assert_eq!(
            decimal("42000.10", "--price").unwrap().1.to_string(),
            "42000.10"
        );
        let msg = |s: &str| decimal(s, "SIZE").unwrap_err().to_string();
        assert!(msg("-1").contains("negative"));
        assert!(msg("0").contains("zero"));
        assert!(msg("0.000").contains("zero"));
        assert!(msg("1e-3").contains("write 0.001"));
        assert!(msg("0001").contains("leading zeros; write 1"));
        assert!(msg("abc").contains("not a plain decimal"));
        assert!(msg(".5").contains("not a plain decimal"));
        assert!(msg("5.").contains("not a plain decimal"));
        assert!(msg("+5").contains("not a plain decimal"));
        assert!(msg("NaN").contains("not a plain decimal"));
        assert!(msg("1 000").contains("not a plain decimal"));
        assert!(msg(&"9".repeat(40)).contains("28 at most"));
        assert!(msg("").contains("empty"));
    }

    /// `0,001` used to be answered "e.g. 0001", which is 1 BTC for a user who meant 0.001.
    #[test]
    fn a_decimal_comma_is_never_hinted_as_a_larger_number() {
        let msg = |s: &str| decimal(s, "SIZE").unwrap_err().to_string();
        for (typed, hint) in [
            ("0,001", "write 0.001"),
            ("1,5", "write 1.5"),
            ("87000,5", "write 87000.5"),
            ("1,000", "write 1.000"),
            ("00,5", "write 0.5"),
            (" 2,50 ", "write 2.50"),
        ] {
            let m = msg(typed);
            assert!(m.ends_with(hint), "{typed}: {m}");
            assert!(m.contains("no thousands separators"), "{m}");
        }
        assert!(!msg("1,000").contains("1000"));
        assert!(!msg("0,001").contains("0001"));
        // Several commas, or a comma and a point: separators, and no value is guessed.
        for typed in ["1,000,000", "1,000.5", "1.000,5", "0,001,5"] {
            let m = msg(typed);
            assert!(m.contains("no thousands separators"), "{m}");
            assert!(!m.contains("write 1") && !m.contains("write 0"), "{m}");
        }
        // A comma whose decimal-point reading okx would refuse too: no value either.
        for typed in [",5", "5,", "0,0", "0,000", "1,2e3", "a,b"] {
            let m = msg(typed);
            assert!(
                m.contains("has a comma") && !m.contains("write"),
                "{typed}: {m}"
            );
        }
        let long = format!("1,{}", "1".repeat(30));
        assert!(!msg(&long).contains("write"));
    }

    #[test]
    fn leading_zeros_are_refused_with_the_value_they_spell() {
        let msg = |s: &str| decimal(s, "SIZE").unwrap_err().to_string();
        assert!(msg("0001").ends_with("has leading zeros; write 1"));
        assert!(msg("00.5").ends_with("has leading zeros; write 0.5"));
        assert!(msg("007").ends_with("has leading zeros; write 7"));
        assert!(msg("000.0010").ends_with("has leading zeros; write 0.0010"));
        assert!(msg("00").contains("zero"));
        assert!(msg("00.000").contains("zero"));
        assert!(msg("0").contains("zero"));
        assert_eq!(decimal("0.5", "SIZE").unwrap().0, "0.5");
        assert_eq!(decimal("10", "SIZE").unwrap().0, "10");
        assert_eq!(decimal("100.01", "SIZE").unwrap().0, "100.01");
        // 28 significant digits after leading zeros: the normalised hint is itself accepted.
        let long = format!("0{}", "9".repeat(28));
        assert!(msg(&long).ends_with(&format!("write {}", "9".repeat(28))));
        assert!(decimal(&"9".repeat(28), "SIZE").is_ok());
    }

    #[test]
    fn ids_tags_currencies() {
        assert!(cl_ord_id("abc123").is_ok());
        assert!(cl_ord_id("abc-123").is_err());
        assert!(cl_ord_id(&"a".repeat(33)).is_err());
        assert!(tag("t1").is_ok() && tag(&"t".repeat(17)).is_err());
        assert_eq!(currencies("USDT,BTC").unwrap(), "USDT,BTC");
        assert!(currencies("usdt").unwrap_err().to_string().contains("USDT"));
        assert!(currencies("USDT,,BTC").is_err());
        assert!(currencies(&vec!["BTC"; 21].join(","))
            .unwrap_err()
            .to_string()
            .contains("20"));
    }

    /// Found by `fuzz/run`'s validators target: the suggested fix echoed control characters of
    /// the input raw, so the one-line error could break lines or carry terminal escapes.
    #[test]
    fn errors_are_one_printable_line() {
        let errors = [
            inst_id("bot4\0\0\0\x32buy7").unwrap_err(),
            inst_id("btc/usdt\r\n").unwrap_err(),
            currencies("usdt\n").unwrap_err(),
            decimal("1,0\x1b[2J00", "SIZE").unwrap_err(),
        ];
        for e in errors {
            let msg = e.to_string();
            assert!(!msg.chars().any(char::is_control), "{msg:?}");
        }
        assert!(inst_id("btc/usdt\r")
            .unwrap_err()
            .to_string()
            .ends_with("use BTC-USDT\\r"));
    }

    #[test]
    fn durations() {
        let secs = Duration::from_secs;
        let d = |s: &str| duration(s, "--expire", Duration::from_millis(1), secs(3600));
        assert_eq!(d("10").unwrap(), secs(10));
        assert_eq!(d("2.5").unwrap(), Duration::from_millis(2500));
        assert_eq!(d("1m").unwrap(), secs(60));
        assert_eq!(d("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(d("1h").unwrap(), secs(3600));
        assert_eq!(d(" 30s ").unwrap(), secs(30));
        let msg = |s: &str| d(s).unwrap_err().to_string();
        assert_eq!(
            msg("soon"),
            "--expire \"soon\" is not a duration; use seconds (10, 2.5) or a span such as 500ms, 30s, 5m, 2h, 7d"
        );
        assert!(msg("0").contains("is zero"));
        assert!(msg("0s").contains("is zero"));
        assert!(msg("-1").contains("not a duration"));
        assert!(msg("2h").ends_with("is too long; the most is 1h"));
        assert!(msg("inf").contains("not a duration"));
        assert!(msg("1e3").contains("not a duration"));
        assert!(msg("9999999999999999999999").contains("not a duration"));
        assert!(msg("9223372036854775807w").contains("not a duration"));
        // One syntax: `--duration 2d` is the span of `--since 2d`.
        let now = time::macros::datetime!(2024-02-01 00:00:00 UTC);
        let two_days = duration("2d", "--duration", secs(1), Duration::MAX).unwrap();
        assert_eq!(two_days, secs(2 * 86_400));
        assert_eq!(
            time_spec("2d", "--since", now).unwrap(),
            1_706_745_600_000 - two_days.as_millis() as i64
        );
        assert!(duration("500ms", "--ping-interval", secs(1), secs(25))
            .unwrap_err()
            .to_string()
            .ends_with("is too short; the least is 1s"));
    }

    #[test]
    fn counts() {
        assert_eq!(count("5", "--limit", 10).unwrap(), 5);
        assert!(count("-5", "--limit", 10)
            .unwrap_err()
            .to_string()
            .contains("at least 1"));
        assert!(count("0", "--limit", 10).is_err());
        assert!(count("11", "--limit", 10)
            .unwrap_err()
            .to_string()
            .contains("most is 10"));
        assert!(count("1.5", "--limit", 10).is_err());
    }
}
