//! Signature diagnostics for `okx sign`: the checks behind `--debug` and the search behind
//! `--verify`. Pure functions over the request's parts and the credentials; no I/O.
//!
//! The mistakes come from the fact sheet (§1.2-1.4, §8) and from how the peer libraries build
//! requests (python-okx's `json.dumps` with spaces, ccxt's empty body, epoch timestamps, …).

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use serde_json::Value;
use time::OffsetDateTime;

use crate::sign::{self, timestamp_shape, Prehash, TimestampShape};

/// One finding of `--debug`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: &'static str,
    pub message: String,
}

/// What the user asked to sign, before and after okx normalised it.
pub struct Input<'a> {
    /// The method as typed (may be lower case).
    pub method_given: &'a str,
    /// The method okx signs (upper case).
    pub method: &'a str,
    /// The path as typed (may include scheme and host).
    pub path_given: &'a str,
    /// The path+query okx signs.
    pub path: &'a str,
    pub body: &'a str,
    pub timestamp: &'a str,
    /// The moment to compare the timestamp with, normally now.
    pub now: OffsetDateTime,
}

/// Credential values for the checks, exactly as okx will use them.
pub struct Keys<'a> {
    pub api_key: &'a str,
    pub secret: &'a str,
    pub passphrase: &'a str,
}

/// GET endpoints whose required parameters must be in the (signed) query string.
const GET_REQUIRED_QUERY: &[(&str, &str)] = &[
    ("/api/v5/market/ticker", "instId"),
    ("/api/v5/market/tickers", "instType"),
    ("/api/v5/market/books", "instId"),
    ("/api/v5/market/candles", "instId"),
    ("/api/v5/market/history-candles", "instId"),
    ("/api/v5/public/instruments", "instType"),
    ("/api/v5/trade/order", "instId and ordId or clOrdId"),
    ("/api/v5/trade/orders-history", "instType"),
];

pub fn check_request(input: &Input) -> Vec<Finding> {
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
            if let Some((_, params)) = GET_REQUIRED_QUERY.iter().find(|(p, _)| *p == bare_path) {
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
    match serde_json::from_str::<Value>(body) {
        Err(e) => add(
            "body-not-json",
            format!("the body is not valid JSON ({e}): OKX answers 50002"),
        ),
        Ok(v) => {
            let compact = dump(&v, ",", ":", false);
            if compact != body.trim_end_matches(['\n', '\r']) {
                let why =
                    if dump(&v, ", ", ": ", true) == body || dump(&v, ", ", ": ", false) == body {
                        "it has Python json.dumps's default spaces after ',' and ':'".to_string()
                    } else {
                        "its whitespace or escapes differ from compact JSON".to_string()
                    };
                add(
                    "body-not-compact",
                    format!(
                        "the body is not compact JSON ({why}): that is fine only if these exact bytes are sent; okx sends the compact form {compact}"
                    ),
                );
            }
            if !v.is_object() && !v.is_array() {
                add("body-not-object", "the body is JSON but not an object or array; OKX endpoints take an object (or an array for batch endpoints)".into());
            }
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
pub fn check_keys(keys: &Keys, raw_lines: &[(&'static str, String)]) -> Vec<Finding> {
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

/// A way another program may have built its signature differently.
#[derive(Debug, Clone)]
pub struct Variant {
    pub id: &'static str,
    pub description: String,
    pub fix: String,
}

/// The result of `--verify`.
#[derive(Debug, Clone)]
pub enum Verdict {
    Match,
    /// Their signature is reproduced by this variant.
    Explained(Variant),
    Unexplained,
}

/// Compares `theirs` with okx's signature and, when it differs, searches the common mistakes.
pub fn verify(theirs: &str, input: &Input, keys: &Keys) -> Verdict {
    let theirs = theirs.trim();
    let exact = Prehash {
        timestamp: input.timestamp,
        method: input.method,
        request_path: input.path,
        body: input.body,
    }
    .text();
    let secret = keys.secret.as_bytes();
    if sign::sign(secret, &exact) == theirs {
        return Verdict::Match;
    }
    // Encoding mistakes on the right HMAC.
    let mac = sign::hmac_sha256(secret, exact.as_bytes());
    let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
    if theirs.eq_ignore_ascii_case(&hex) {
        return explained(
            "hex-digest",
            "the HMAC is right but encoded as hex instead of base64".into(),
            "base64-encode the raw 32-byte digest (Python: base64.b64encode(mac.digest()))".into(),
        );
    }
    if theirs == BASE64.encode(hex.as_bytes())
        || theirs == BASE64.encode(hex.to_uppercase().as_bytes())
    {
        return explained(
            "base64-of-hex",
            "the HMAC is right but its hex text was base64-encoded, not the raw digest".into(),
            "base64-encode the raw digest bytes, not the hex string (CryptoJS: CryptoJS.enc.Base64.stringify(hmac))".into(),
        );
    }
    let found = prehash_variants(input)
        .into_iter()
        .map(|(v, p)| (v, p, keys.secret.to_string()))
        .chain(
            secret_variants(keys)
                .into_iter()
                .map(|(v, s)| (v, exact.clone(), s)),
        )
        .find(|(_, prehash, secret)| sign::sign(secret.as_bytes(), prehash) == theirs);
    if let Some((v, _, _)) = found.or_else(|| decoded_secret(theirs, &exact, keys)) {
        return Verdict::Explained(v);
    }
    // A timestamp computed twice: the header and the prehash differ by a few milliseconds.
    if let Some(at) = sign::parse_timestamp(input.timestamp) {
        for delta in (1..=2000i64).flat_map(|d| [d, -d]) {
            let ts = sign::format_timestamp(at + time::Duration::milliseconds(delta));
            let p = Prehash {
                timestamp: &ts,
                ..prehash_of(input)
            }
            .text();
            if sign::sign(secret, &p) == theirs {
                return explained(
                    "timestamp-computed-twice",
                    format!("the prehash used the timestamp {ts}, {delta:+} ms from the one given"),
                    "compute the timestamp once and use that same string in the prehash and the OK-ACCESS-TIMESTAMP header".into(),
                );
            }
        }
    }
    Verdict::Unexplained
}

fn explained(id: &'static str, description: String, fix: String) -> Verdict {
    Verdict::Explained(Variant {
        id,
        description,
        fix,
    })
}

fn prehash_of<'a>(input: &'a Input) -> Prehash<'a> {
    Prehash {
        timestamp: input.timestamp,
        method: input.method,
        request_path: input.path,
        body: input.body,
    }
}

fn variant(id: &'static str, description: impl Into<String>, fix: impl Into<String>) -> Variant {
    Variant {
        id,
        description: description.into(),
        fix: fix.into(),
    }
}

/// Prehashes built the wrong way, each with its explanation.
fn prehash_variants(input: &Input) -> Vec<(Variant, String)> {
    let base = prehash_of(input);
    let mut out: Vec<(Variant, String)> = Vec::new();
    let mut push = |v: Variant, p: Prehash| out.push((v, p.text()));

    // Body serialisation.
    if let Ok(v) = serde_json::from_str::<Value>(input.body) {
        let forms = [
            (
                "body-python-spaces",
                dump(&v, ", ", ": ", true),
                "the body was signed as Python's json.dumps writes it by default (spaces after ',' and ':', non-ASCII escaped)",
                "sign exactly the bytes you send: serialise once (json.dumps(params, separators=(',', ':')) for compact) and send that same string",
            ),
            (
                "body-python-spaces-utf8",
                dump(&v, ", ", ": ", false),
                "the body was signed with spaces after ',' and ':' (json.dumps with ensure_ascii=False)",
                "sign exactly the bytes you send: serialise once and send that same string",
            ),
            (
                "body-compact",
                dump(&v, ",", ":", false),
                "the body was signed as compact JSON, but the body given here has other whitespace",
                "sign exactly the bytes you send: if your library re-serialises the body, sign its output",
            ),
            (
                "body-ascii-escaped",
                dump(&v, ",", ":", true),
                "the body was signed with non-ASCII characters escaped as \\uXXXX",
                "sign exactly the bytes you send, escaped or not",
            ),
            (
                "body-pretty",
                serde_json::to_string_pretty(&v).unwrap_or_default(),
                "the body was signed pretty-printed (indented over several lines)",
                "sign exactly the compact bytes you send",
            ),
        ];
        for (id, body, d, fix) in forms {
            if body != input.body {
                push(
                    variant(id, d, fix),
                    Prehash {
                        body: &body,
                        ..base.clone()
                    },
                );
            }
        }
    }
    let trimmed = input.body.trim_end_matches(['\n', '\r']);
    if trimmed != input.body {
        push(
            variant(
                "body-newline-stripped",
                "the body was signed without its trailing line break",
                "sign and send the same bytes: strip the line break from both or neither",
            ),
            Prehash {
                body: trimmed,
                ..base.clone()
            },
        );
    } else if !input.body.is_empty() {
        let with_nl = format!("{}\n", input.body);
        push(
            variant(
                "body-newline-added",
                "the body was signed with a trailing line break",
                "sign and send the same bytes: strip the line break from both or neither",
            ),
            Prehash {
                body: &with_nl,
                ..base.clone()
            },
        );
    }
    match input.body {
        "" => push(
            variant(
                "body-empty-object",
                "the body was signed as {} while an empty body is sent",
                "if no body is sent, sign an empty string; if {} is sent, sign {}",
            ),
            Prehash {
                body: "{}",
                ..base.clone()
            },
        ),
        "{}" => push(
            variant(
                "body-empty-string",
                "the body was signed as an empty string while {} is sent",
                "sign {} when {} is sent (python-okx does), or send no body",
            ),
            Prehash {
                body: "",
                ..base.clone()
            },
        ),
        _ => {}
    }
    if input.method == "GET" && !input.body.is_empty() {
        push(
            variant(
                "get-body-ignored",
                "the signature leaves out the body, as a GET request has none",
                "move the parameters into the query string and sign method, path and query only",
            ),
            Prehash {
                body: "",
                ..base.clone()
            },
        );
    }

    // Path and query.
    if let Some((bare, q)) = input.path.split_once('?') {
        push(
            variant(
                "query-left-out",
                "the query string was left out of the signed path",
                format!("sign the path with its query string: {}?{q}", bare),
            ),
            Prehash {
                request_path: bare,
                ..base.clone()
            },
        );
        let encoded = q.replace(',', "%2C").replace(':', "%3A");
        if encoded != q {
            let p = format!("{bare}?{encoded}");
            push(
                variant(
                    "query-encoded",
                    "the query was signed percent-encoded (',' as %2C) while it is sent raw",
                    "sign the query exactly as it is sent on the wire",
                ),
                Prehash {
                    request_path: &p,
                    ..base.clone()
                },
            );
        }
        if q.contains('%') {
            if let Some(decoded) = percent_decode(q) {
                let p = format!("{bare}?{decoded}");
                push(
                    variant(
                        "query-decoded",
                        "the query was signed decoded while it is sent percent-encoded",
                        "sign the query exactly as it is sent on the wire",
                    ),
                    Prehash {
                        request_path: &p,
                        ..base.clone()
                    },
                );
            }
        }
    }
    for host in [
        "https://www.okx.com",
        "https://openapi.okx.com",
        "https://aws.okx.com",
        "https://eea.okx.com",
        "https://us.okx.com",
    ] {
        let p = format!("{host}{}", input.path);
        push(
            variant(
                "path-with-host",
                format!("the signed path included the host ({host})"),
                "sign only the path from /api/v5 (with its query), not the URL",
            ),
            Prehash {
                request_path: &p,
                ..base.clone()
            },
        );
    }
    if let Some(short) = input.path.strip_prefix("/api/v5") {
        push(
            variant(
                "path-without-prefix",
                "the signed path left out the /api/v5 prefix",
                "sign the full request path, starting /api/v5/",
            ),
            Prehash {
                request_path: short,
                ..base.clone()
            },
        );
    }

    // Method.
    let lower = input.method.to_ascii_lowercase();
    push(
        variant(
            "method-lowercase",
            format!("the method was signed in lower case ({lower:?})"),
            format!("sign the method in upper case: {}", input.method),
        ),
        Prehash {
            method: &lower,
            ..base.clone()
        },
    );

    // Timestamp formats of the same moment.
    if let Some(at) = sign::parse_timestamp(input.timestamp) {
        let at = at.to_offset(time::UtcOffset::UTC);
        let okx = sign::format_timestamp(at);
        let secs = at.unix_timestamp();
        let ms = at.millisecond();
        let no_frac = &okx[..19];
        let forms = [
            (
                "timestamp-okx-format",
                okx.clone(),
                "the correct ISO-8601 form of this moment",
            ),
            (
                "timestamp-epoch-seconds",
                secs.to_string(),
                "epoch seconds (the WebSocket login format)",
            ),
            (
                "timestamp-epoch-seconds-fraction",
                format!("{secs}.{ms:03}"),
                "fractional epoch seconds (JavaScript Date.now()/1000)",
            ),
            (
                "timestamp-epoch-millis",
                (at.unix_timestamp_nanos() / 1_000_000).to_string(),
                "epoch milliseconds",
            ),
            (
                "timestamp-no-millis",
                format!("{no_frac}Z"),
                "ISO-8601 without milliseconds",
            ),
            (
                "timestamp-offset-suffix",
                format!("{no_frac}.{ms:03}+00:00"),
                "ISO-8601 with +00:00 instead of Z (Python isoformat)",
            ),
            (
                "timestamp-microseconds",
                format!("{no_frac}.{ms:03}000Z"),
                "ISO-8601 with microseconds (Python utcnow().isoformat() + 'Z')",
            ),
            (
                "timestamp-naive",
                format!("{no_frac}.{ms:03}"),
                "ISO-8601 without a zone",
            ),
        ];
        for (id, ts, what) in forms {
            if ts != input.timestamp {
                push(
                    variant(id, format!("the prehash used the timestamp {ts:?}, {what}"), format!("use one timestamp string, in the form 2020-12-08T09:08:57.715Z, for both the prehash and OK-ACCESS-TIMESTAMP (their prehash used {ts}, the header given here is {})", input.timestamp)),
                    Prehash { timestamp: &ts, ..base.clone() },
                );
            }
        }
    }
    out
}

/// Secrets used the wrong way, each with its explanation.
fn secret_variants(keys: &Keys) -> Vec<(Variant, String)> {
    let s = keys.secret;
    let mut out = Vec::new();
    let ws = "the secret key was used with surrounding whitespace";
    let ws_fix = "remove the whitespace around the secret where your program loads it";
    if s != s.trim() {
        out.push((
            variant(
                "secret-trimmed",
                "the other program used the secret without the whitespace okx's copy has",
                "remove the whitespace around OKX_SECRET_KEY",
            ),
            s.trim().to_string(),
        ));
    }
    for (id, v) in [
        ("secret-trailing-newline", format!("{s}\n")),
        ("secret-trailing-crlf", format!("{s}\r\n")),
        ("secret-trailing-space", format!("{s} ")),
        ("secret-leading-space", format!(" {s}")),
    ] {
        out.push((variant(id, format!("{ws} ({id})"), ws_fix), v));
    }
    if !keys.passphrase.is_empty() && keys.passphrase != s {
        out.push((
            variant(
                "passphrase-as-secret",
                "the passphrase was used as the signing secret",
                "sign with the secret key; the passphrase only goes in OK-ACCESS-PASSPHRASE",
            ),
            keys.passphrase.to_string(),
        ));
    }
    if !keys.api_key.is_empty() && keys.api_key != s {
        out.push((
            variant(
                "api-key-as-secret",
                "the API key was used as the signing secret",
                "sign with the secret key; the API key only goes in OK-ACCESS-KEY",
            ),
            keys.api_key.to_string(),
        ));
    }
    for (id, v) in [
        ("secret-lowercased", s.to_lowercase()),
        ("secret-uppercased", s.to_uppercase()),
    ] {
        if v != s {
            out.push((
                variant(
                    id,
                    "the secret key's letter case was changed",
                    "use the secret key exactly as OKX showed it",
                ),
                v,
            ));
        }
    }
    out
}

/// A base64-decoded secret (Coinbase's scheme) changes the key bytes, not its text.
fn decoded_secret(theirs: &str, prehash: &str, keys: &Keys) -> Option<(Variant, String, String)> {
    let decoded = BASE64.decode(keys.secret.trim()).ok()?;
    (BASE64.encode(sign::hmac_sha256(&decoded, prehash.as_bytes())) == theirs).then(|| {
        let v = variant(
            "secret-base64-decoded",
            "the secret key was base64-decoded before signing (Coinbase's scheme)",
            "use the secret key's text as UTF-8 bytes; OKX does not decode it",
        );
        (v, String::new(), String::new())
    })
}

/// Serialises JSON with the given separators, keeping key order and number text.
/// `ascii` escapes non-ASCII characters as `\uXXXX`, as Python's json.dumps does by default.
pub fn dump(v: &Value, item_sep: &str, key_sep: &str, ascii: bool) -> String {
    let mut s = String::new();
    dump_into(&mut s, v, item_sep, key_sep, ascii);
    s
}

fn dump_into(out: &mut String, v: &Value, item_sep: &str, key_sep: &str, ascii: bool) {
    match v {
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(item_sep);
                }
                dump_into(out, item, item_sep, key_sep, ascii);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(item_sep);
                }
                push_string(out, k, ascii);
                out.push_str(key_sep);
                dump_into(out, item, item_sep, key_sep, ascii);
            }
            out.push('}');
        }
        Value::String(s) => push_string(out, s, ascii),
        other => out.push_str(&other.to_string()),
    }
}

fn push_string(out: &mut String, s: &str, ascii: bool) {
    let quoted = Value::String(s.to_string()).to_string();
    if !ascii {
        out.push_str(&quoted);
        return;
    }
    for c in quoted.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Makes invisible and ambiguous characters visible: `\t`, `\r`, `\n`, other controls and
/// non-ASCII as `\u{…}`, a backslash as `\\`, and trailing spaces as `␠`.
pub fn visible(s: &str) -> String {
    let trailing_from = s.trim_end_matches(' ').len();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\\' => out.push_str("\\\\"),
            ' ' if i >= trailing_from => out.push('␠'),
            c if c.is_control() || !c.is_ascii() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_matches_python_defaults() {
        let v: Value = serde_json::from_str(r#"{"b":"é","a":[1,2.50]}"#).unwrap();
        // Python: json.dumps({"b": "é", "a": [1, 2.50]}) keeps insertion order; 2.50 becomes 2.5 in
        // Python, but okx keeps the number's text (money is text).
        assert_eq!(
            dump(&v, ", ", ": ", true),
            r#"{"b": "\u00e9", "a": [1, 2.50]}"#
        );
        assert_eq!(dump(&v, ",", ":", false), r#"{"b":"é","a":[1,2.50]}"#);
        let emoji: Value = serde_json::from_str(r#""😀""#).unwrap();
        assert_eq!(dump(&emoji, ",", ":", true), r#""\ud83d\ude00""#);
    }

    #[test]
    fn visible_shows_what_hides() {
        assert_eq!(visible("a\tb\r\n c  "), "a\\tb\\r\\n c␠␠");
        assert_eq!(visible("é"), "\\u{e9}");
    }

    #[test]
    fn percent_decode_handles_edges() {
        assert_eq!(percent_decode("a%2Cb").as_deref(), Some("a,b"));
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
    }
}
