//! Oracles shared by the fuzz targets: independent re-implementations and checks that the
//! targets compare okx's answers against. Nothing here calls okx except `check_order`.

use num_bigint::BigInt;
use okx::error::Failure;
use okx::parse::{order_answer, Envelope, OrderAnswer};
use rust_decimal::Decimal;
use serde_json::Value;

/// Panics when `msg` could not be shown as one line on a terminal: a newline, carriage return,
/// ESC or any other control character in an error message breaks the one-line-error promise
/// (and lets input rewrite the screen).
pub fn assert_printable(what: &str, input: &str, msg: &str) {
    assert!(
        !msg.chars().any(char::is_control),
        "{what} for input {input:?} has a control character: {msg:?}"
    );
}

/// `v` as an exact rational `mantissa / 10^scale`, brought to the common scale `scale`.
fn at_scale(v: Decimal, scale: u32) -> BigInt {
    assert!(scale >= v.scale());
    BigInt::from(v.mantissa()) * BigInt::from(10u8).pow(scale - v.scale())
}

/// Whether `v` is an exact multiple of `step` (exact integer arithmetic, no rust_decimal ops).
pub fn is_multiple(v: Decimal, step: Decimal) -> bool {
    let s = v.scale().max(step.scale());
    let (a, b) = (at_scale(v, s), at_scale(step, s));
    assert!(b != BigInt::from(0), "step is zero");
    (a % b) == BigInt::from(0)
}

/// Exact comparison of two decimals through big integers, independent of rust_decimal's `Ord`.
pub fn cmp_exact(a: Decimal, b: Decimal) -> std::cmp::Ordering {
    let s = a.scale().max(b.scale());
    at_scale(a, s).cmp(&at_scale(b, s))
}

/// `b - a == step`, exactly.
pub fn differ_by(a: Decimal, b: Decimal, step: Decimal) -> bool {
    let s = a.scale().max(b.scale()).max(step.scale());
    at_scale(b, s) - at_scale(a, s) == at_scale(step, s)
}

/// Reference percent-decoder written from `percent_decode`'s documentation: `%` followed by two
/// ASCII hex digits is that byte; any other `%` stays as it is; `None` when not UTF-8.
pub fn reference_percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let hex = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Inverse of `okx::diagnose::visible`, or `None` when the text is not something `visible`
/// could have produced.
pub fn unvisible(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '␠' => out.push(' '),
            '\\' => match it.next()? {
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'n' => out.push('\n'),
                '\\' => out.push('\\'),
                'u' => {
                    if it.next()? != '{' {
                        return None;
                    }
                    let mut hex = String::new();
                    loop {
                        match it.next()? {
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

/// Parses one RFC 4180 record (as `okx::output::write_csv_record` writes it, newline included).
pub fn parse_csv_record(s: &str) -> Option<Vec<String>> {
    let s = s.strip_suffix('\n')?;
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut it = s.chars().peekable();
    let mut quoted_field = false;
    loop {
        if cur.is_empty() && !quoted_field && it.peek() == Some(&'"') {
            it.next();
            quoted_field = true;
            loop {
                match it.next()? {
                    '"' if it.peek() == Some(&'"') => {
                        it.next();
                        cur.push('"');
                    }
                    '"' => break,
                    c => cur.push(c),
                }
            }
            continue;
        }
        match it.next() {
            None => {
                fields.push(cur);
                return Some(fields);
            }
            Some(',') => {
                fields.push(std::mem::take(&mut cur));
                quoted_field = false;
            }
            Some('"') => return None,
            Some(_) if quoted_field => return None,
            Some(c) => cur.push(c),
        }
    }
}

const UNKNOWN_OUTCOME: &[&str] = &["50004", "51054", "51149"];

/// The per-order answer invariants (fact sheet §2.2), for any envelope and HTTP status:
/// - an answer that leaves the order's fate unknown (5xx, 50004/51054/51149 in `code` or
///   `sCode`) is ambiguous;
/// - accepted needs top-level code 0 and `data` a list of exactly one object with sCode 0 and
///   a non-empty ordId;
/// - a rejection never carries code 0, is never made of an item that says sCode 0, has a
///   well-formed five-digit code, names no order when placing, keeps the HTTP status, and
///   reports sCode when the item has one.
pub fn check_order(status: u16, env: &Envelope) {
    check_order_for(status, env, true);
    check_order_for(status, env, false);
}

fn check_order_for(status: u16, env: &Envelope, placing: bool) {
    let items = env.raw.get("data").and_then(Value::as_array);
    let first = items.and_then(|i| i.first());
    let s_code = first
        .and_then(|i| i.get("sCode"))
        .map(|c| c.as_str().map(str::to_string).unwrap_or_else(|| c.to_string()))
        .unwrap_or_default();
    let answer = order_answer(status, env, placing);
    let ord_id = first
        .and_then(|i| i.get("ordId"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    if status >= 500
        || UNKNOWN_OUTCOME.contains(&env.code.as_str())
        || UNKNOWN_OUTCOME.contains(&s_code.as_str())
    {
        assert!(
            matches!(answer, OrderAnswer::Ambiguous(_)),
            "status {status}, {:?} is not ambiguous",
            env.raw
        );
    }
    match answer {
        OrderAnswer::Accepted(item) => {
            assert_eq!(env.code, "0", "accepted with code {:?}", env.code);
            let items = items.expect("accepted without a data list");
            assert_eq!(items.len(), 1, "accepted with {} items", items.len());
            assert_eq!(&item, &items[0]);
            assert_eq!(s_code, "0", "accepted with sCode {s_code:?}");
            assert!(item
                .get("ordId")
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty()));
        }
        OrderAnswer::Rejected(Failure::Api {
            code, http_status, ..
        }) => {
            assert_ne!(env.code, "0", "rejected with code 0: {:?}", env.raw);
            assert_ne!(code, "0", "a rejection reported as code 0: {:?}", env.raw);
            assert_ne!(s_code, "0", "rejected though the item says sCode 0: {:?}", env.raw);
            assert!(
                !placing || ord_id.is_empty(),
                "a new order rejected though the answer names order {ord_id:?}: {:?}",
                env.raw
            );
            assert!(
                code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()),
                "rejected with a malformed code {code:?}"
            );
            assert_eq!(http_status, Some(status));
            if !s_code.is_empty() {
                assert_eq!(code, s_code, "sCode must win over code");
            } else {
                assert_eq!(code, env.code);
            }
        }
        OrderAnswer::Rejected(other) => panic!("order_answer gave a non-API failure: {other:?}"),
        OrderAnswer::Ambiguous(why) => {
            assert!(!why.chars().any(char::is_control), "{why:?}");
        }
    }
}

/// `m / 10^scale` as a Decimal when one holds it exactly (96-bit mantissa, scale <= 28).
fn to_decimal(mut m: BigInt, mut scale: u32) -> Option<Decimal> {
    let ten = BigInt::from(10u8);
    while scale > 0 && (&m % &ten) == BigInt::from(0) {
        m /= &ten;
        scale -= 1;
    }
    let m = i128::try_from(m).ok()?;
    if scale > 28 || m.unsigned_abs() >= 1u128 << 96 {
        return None;
    }
    Some(Decimal::from_i128_with_scale(m, scale))
}

/// The exact multiples of a positive `step` just below and at-or-above a positive `v` that is not
/// a multiple, each `None` when no Decimal holds it.
pub fn exact_neighbours(v: Decimal, step: Decimal) -> (Option<Decimal>, Option<Decimal>) {
    let s = v.scale().max(step.scale());
    let (a, b) = (at_scale(v, s), at_scale(step, s));
    let below = (&a / &b) * &b; // both positive: truncation is floor
    let above = &below + &b;
    (to_decimal(below, s), to_decimal(above, s))
}

/// A plain decimal as OKX writes numbers (`-`, digits, at most one inner `.`) as an exact
/// `mantissa / 10^scale`, from its own grammar (no rust_decimal).
pub fn big_decimal(s: &str) -> Option<(BigInt, u32)> {
    let (neg, t) = match s.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, s),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || (t.contains('.') && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let m: BigInt = format!("{int}{frac}").parse().ok()?;
    Some((if neg { -m } else { m }, u32::try_from(frac.len()).ok()?))
}

/// The 24 h change `(last - open) * 100 / open` in hundredths of a percent, rounded half away
/// from zero, exactly (big integers); `None` when either is not a plain decimal or open is 0.
pub fn exact_change_hundredths(last: &str, open: &str) -> Option<BigInt> {
    let ((l, ls), (o, os)) = (big_decimal(last)?, big_decimal(open)?);
    if o == BigInt::from(0) {
        return None;
    }
    let ten = BigInt::from(10u8);
    // last = l / 10^ls, open = o / 10^os: 10000 * (l * 10^os - o * 10^ls) / (o * 10^ls).
    let num = BigInt::from(10_000) * (&l * ten.pow(os) - &o * ten.pow(ls));
    let den = &o * ten.pow(ls);
    let negative = (num < BigInt::from(0)) != (den < BigInt::from(0));
    let (n, d) = (num.magnitude().clone(), den.magnitude().clone());
    let (q, r) = (&n / &d, &n % &d);
    let q = if &r * 2u8 >= d { q + 1u8 } else { q };
    let q = BigInt::from(q);
    Some(if negative { -q } else { q })
}

/// How okx writes a change in hundredths: `+1.16%`, `-0.01%`, `0.00%`.
pub fn format_change(h: &BigInt) -> String {
    let zero = BigInt::from(0);
    let sign = if *h > zero {
        "+"
    } else if *h < zero {
        "-"
    } else {
        ""
    };
    let m = h.magnitude();
    let frac = (m % 100u8).to_string();
    format!("{sign}{}.{frac:0>2}%", m / 100u8)
}

/// `YYYY-MM-DDTHH:MM:SSZ` of epoch milliseconds, from Howard Hinnant's `civil_from_days`
/// (independent of the `time` crate okx uses).
pub fn civil_utc(ms: i64) -> String {
    let (days, ms_of_day) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let s = ms_of_day / 1000;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// The last millisecond of year 9999, okx's bound for a readable time.
pub const MAX_MS: i64 = 253_402_300_799_999;

/// What `okx::output::utc_ms` must answer: `Some(iso)` for ASCII digits from 0 to `MAX_MS`
/// (and `""` for `""`), `None` for anything else.
pub fn expected_utc(ts: &str) -> Option<String> {
    if ts.is_empty() {
        return Some(String::new());
    }
    if !ts.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = ts.trim_start_matches('0');
    if n.len() > 15 {
        return None;
    }
    let ms: i64 = if n.is_empty() { 0 } else { n.parse().ok()? };
    (ms <= MAX_MS).then(|| civil_utc(ms))
}
