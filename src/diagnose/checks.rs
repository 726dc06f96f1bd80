//! The checks behind `okx sign --debug`: each common mistake in a request or in how the
//! credentials were written down, as a `Finding`.

use serde_json::Value;

use super::{dump, Finding, Input, Keys};
use crate::exchange::endpoints::{self, Endpoint};
use crate::sign::{self, timestamp_shape, TimestampShape};

/// GET endpoints whose required parameters must be in the (signed) query string.
const GET_REQUIRED_QUERY: &[(&Endpoint, &str)] = &[
    (&endpoints::TICKER, "instId"),
    (&endpoints::TICKERS, "instType"),
    (&endpoints::BOOKS, "instId"),
    (&endpoints::CANDLES, "instId"),
    (&endpoints::HISTORY_CANDLES, "instId"),
    (&endpoints::INSTRUMENTS, "instType"),
    (&endpoints::ORDER, "instId and ordId or clOrdId"),
    (&endpoints::ORDERS_HISTORY, "instType"),
];

pub(crate) fn check_request(input: &Input) -> Vec<Finding> {
    let mut f = Vec::new();
    let mut add = |id, message: String| f.push(Finding { id, message });

    if input.method_given != input.method {
        add(
            "method-case",
            format!(
                "method {:?} is not upper case: OKX rebuilds the prehash with {:?}, so okx signed {:?}; sign the upper-case method in your code",
                input.method_given, input.method, input.method
            ),
        );
    }
    if input.path_given != input.path {
        add(
            "path-has-host",
            format!(
                "the path included scheme and host ({:?}): OKX signs only the path from /api/v5, so okx signed {:?}",
                input.path_given, input.path
            ),
        );
    }
    let (bare_path, query) = match input.path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (input.path, None),
    };
    if !bare_path.starts_with("/api/v5/") {
        add(
            "path-not-v5",
            format!("the path {bare_path:?} does not start with /api/v5/: the signed path is the full request path, e.g. /api/v5/account/balance"),
        );
    }
    if input.method == "GET" {
        if !input.body.is_empty() {
            add(
                "get-with-body",
                "a GET carries no body: its parameters belong in the query string (?instId=BTC-USDT), which is signed as part of the path, and the body part of the prehash is empty".into(),
            );
        }
        if query.is_none() {
            if let Some((_, params)) = GET_REQUIRED_QUERY.iter().find(|(e, _)| e.path == bare_path)
            {
                add(
                    "get-query-missing",
                    format!(
                        "GET {bare_path} needs query parameters ({params}) but the path has none: the query string, with its '?', is part of the signed path"
                    ),
                );
            }
        }
        if query == Some("") {
            add(
                "query-empty",
                "the path ends with a bare '?': sign and send the path without it".into(),
            );
        }
    }
    if let Some(q) = query {
        if q.chars().any(|c| c == ' ' || !c.is_ascii()) {
            add(
                "query-unencoded",
                "the query has spaces or non-ASCII characters: HTTP libraries percent-encode these when sending, so sign the encoded form you actually send".into(),
            );
        }
    }

    check_body(input, &mut add);
    check_timestamp(input, &mut add);
    f
}

fn check_body(input: &Input, add: &mut impl FnMut(&'static str, String)) {
    let body = input.body;
    if input.method == "POST" {
        if body.is_empty() {
            add(
                "body-empty",
                "the POST body is empty, so the body part of the prehash is empty: that is right only if nothing is sent; if your HTTP library sends {} it must also sign {}, and most POST endpoints refuse an empty body (50000)".into(),
            );
        } else if body.trim() == "{}" {
            add(
                "body-empty-object",
                "the body is {}: sign {} only if exactly {} is sent; some libraries send no body for empty parameters (then sign an empty string)".into(),
            );
        }
    }
    if body.is_empty() {
        return;
    }
    if body.ends_with('\n') || body.ends_with('\r') {
        add(
            "body-trailing-newline",
            "the body ends with a line break (often from a file or echo): it is signed too, so send exactly these bytes or strip it from both".into(),
        );
    }
    if body.starts_with(char::is_whitespace) {
        add(
            "body-leading-whitespace",
            "the body starts with whitespace, which is signed too".into(),
        );
    }
    // A body that is not JSON is refused before the checks (okx sign exits 2).
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        let compact = dump(&v, ",", ":", false);
        if compact != body.trim_end_matches(['\n', '\r']) {
            let why = if dump(&v, ", ", ": ", true) == body || dump(&v, ", ", ": ", false) == body {
                "it has Python json.dumps's default spaces after ',' and ':'".to_string()
            } else {
                "its whitespace or escapes differ from compact JSON".to_string()
            };
            add(
                "body-not-compact",
                format!(
                    "the body is not compact JSON ({why}): that is fine only if these exact bytes are sent; okx's own commands send the compact form {compact}"
                ),
            );
        }
        if !v.is_object() && !v.is_array() {
            add("body-not-object", "the body is JSON but not an object or array; OKX endpoints take an object (or an array for batch endpoints)".into());
        }
    }
}

fn check_timestamp(input: &Input, add: &mut impl FnMut(&'static str, String)) {
    let ts = input.timestamp;
    let shape = timestamp_shape(ts);
    let want = "REST wants ISO-8601 UTC with milliseconds and Z, e.g. 2020-12-08T09:08:57.715Z";
    match shape {
        TimestampShape::Okx => {}
        TimestampShape::EpochSeconds => add(
            "timestamp-epoch-seconds",
            format!("the timestamp {ts:?} is epoch seconds, the WebSocket login format: {want} (OKX answers 50112 or 50102)"),
        ),
        TimestampShape::EpochMillis => add(
            "timestamp-epoch-millis",
            format!("the timestamp {ts:?} is epoch milliseconds: {want} (OKX answers 50102 or 50112)"),
        ),
        TimestampShape::IsoNoMillis => add(
            "timestamp-no-millis",
            format!("the timestamp {ts:?} has no milliseconds: {want}"),
        ),
        TimestampShape::IsoOtherFraction => add(
            "timestamp-fraction",
            format!("the timestamp {ts:?} does not have exactly 3 fractional digits: {want}"),
        ),
        TimestampShape::IsoNotZ => add(
            "timestamp-not-z",
            format!("the timestamp {ts:?} does not end in Z (UTC): {want}; a local time or +00:00 suffix is rejected"),
        ),
        TimestampShape::Other => add(
            "timestamp-unrecognised",
            format!("the timestamp {ts:?} is not a recognisable time: {want}"),
        ),
    }
    if let Some(fields) = out_of_range(ts) {
        add(
            "timestamp-invalid",
            format!(
                "the timestamp {ts:?} has the shape of a time but is not one ({fields} out of range): OKX refuses it (50112 or 50102)"
            ),
        );
    }
    if let Some(at) = sign::parse_timestamp(ts) {
        let skew = (at - input.now).whole_seconds();
        if skew.abs() > 30 {
            add(
                "timestamp-window",
                format!(
                    "the timestamp is {} {} this machine's clock: OKX rejects a request more than 30 s off its clock with 50102 (fine for reproducing an old signature)",
                    human_seconds(skew.unsigned_abs()),
                    if skew < 0 { "behind" } else { "ahead of" }
                ),
            );
        }
    }
}

/// For a timestamp shaped `YYYY-MM-DDTHH:MM:SS…`, the fields that are out of range (`month 13,
/// day 45`); `None` for other shapes, and for a real time.
fn out_of_range(ts: &str) -> Option<String> {
    if !matches!(
        timestamp_shape(ts),
        TimestampShape::Okx
            | TimestampShape::IsoNoMillis
            | TimestampShape::IsoOtherFraction
            | TimestampShape::IsoNotZ
    ) {
        return None;
    }
    // The shape guarantees ASCII digits at these places.
    let num = |r: std::ops::Range<usize>| ts.get(r).and_then(|s| s.parse::<u32>().ok());
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let year = i32::try_from(year).ok()?;
    let days = time::Month::try_from(u8::try_from(month).ok()?)
        .ok()
        .map(|m| u32::from(m.length(year)));
    let mut bad = Vec::new();
    if days.is_none() {
        bad.push(format!("month {month}"));
    }
    if day == 0 || day > days.unwrap_or(31) {
        bad.push(format!("day {day}"));
    }
    for (name, v, max) in [
        ("hour", hour, 23),
        ("minute", minute, 59),
        ("second", second, 59),
    ] {
        if v > max {
            bad.push(format!("{name} {v}"));
        }
    }
    (!bad.is_empty()).then(|| bad.join(", "))
}

fn human_seconds(s: u64) -> String {
    match s {
        0..=299 => format!("{s} s"),
        300..=10_799 => format!("{} min", s / 60),
        10_800..=259_199 => format!("{} h", s / 3600),
        _ => format!("{} days", s / 86_400),
    }
}

/// Checks on the credentials as okx will use them and, where they came from a `.env` line, on
/// that line as written.
pub(crate) fn check_keys(keys: &Keys, raw_lines: &[(&'static str, &str)]) -> Vec<Finding> {
    let mut f = Vec::new();
    for (name, value, id) in [
        ("OKX_SECRET_KEY", keys.secret, "secret-whitespace"),
        ("OKX_PASSPHRASE", keys.passphrase, "passphrase-whitespace"),
        ("OKX_API_KEY", keys.api_key, "key-whitespace"),
    ] {
        if value != value.trim() {
            f.push(Finding {
                id,
                message: format!(
                    "{name} has leading or trailing whitespace ({} characters, {} after trimming): it is used exactly as set, so the signature or header will not match OKX's copy; remove it",
                    value.chars().count(),
                    value.trim().chars().count()
                ),
            });
        }
    }
    if !keys.secret.is_empty() && keys.secret == keys.api_key {
        f.push(Finding {
            id: "secret-is-key",
            message: "OKX_SECRET_KEY equals OKX_API_KEY: the secret key is the other value OKX showed when the key was created".into(),
        });
    }
    if !keys.secret.is_empty() && keys.secret == keys.passphrase {
        f.push(Finding {
            id: "secret-is-passphrase",
            message: "OKX_SECRET_KEY equals OKX_PASSPHRASE: the passphrase is sent as a header, the secret key signs".into(),
        });
    }
    for (name, raw) in raw_lines {
        let Some((_, value)) = raw.split_once('=') else {
            continue;
        };
        let single_quoted = value.trim_start().starts_with('\'');
        if value.contains('$') && !single_quoted {
            f.push(Finding {
                id: "dotenv-dollar",
                message: format!(
                    "{name} in the env file contains '$' outside single quotes: dotenv loaders expand $NAME, changing the value; wrap it in single quotes"
                ),
            });
        }
        if value != value.trim()
            && !value.trim().is_empty()
            && !value.trim_start().starts_with(['"', '\''])
        {
            f.push(Finding {
                id: "dotenv-whitespace",
                message: format!(
                    "{name} in the env file has whitespace around its value: okx and python-dotenv strip it, but other loaders (docker --env-file, shell scripts) keep it"
                ),
            });
        }
    }
    f
}
