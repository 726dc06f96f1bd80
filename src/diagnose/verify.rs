//! The search behind `okx sign --verify`: when another program's signature differs from okx's,
//! rebuild it the wrong ways people build it until one matches, and name that mistake.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use serde_json::Value;
use zeroize::Zeroizing;

use super::{dump, Input, Keys};
use crate::client::percent_decode;
use crate::sign::{self, Prehash};

/// A way another program may have built its signature differently.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    pub id: &'static str,
    pub description: String,
    pub fix: String,
}

/// The result of `--verify`.
#[derive(Debug, Clone)]
pub(crate) enum Verdict {
    Match,
    /// Their signature is reproduced by this variant.
    Explained(Variant),
    Unexplained,
}

/// Compares `theirs` with okx's signature and, when it differs, searches the common mistakes.
pub(crate) fn verify(theirs: &str, input: &Input, keys: &Keys) -> Verdict {
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
        .map(|(v, p)| (v, p, Zeroizing::new(keys.secret.to_string())))
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
/// Each is a near-copy of a credential: kept in storage wiped when dropped.
fn secret_variants(keys: &Keys) -> Vec<(Variant, Zeroizing<String>)> {
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
            Zeroizing::new(s.trim().to_string()),
        ));
    }
    for (id, v) in [
        ("secret-trailing-newline", format!("{s}\n")),
        ("secret-trailing-crlf", format!("{s}\r\n")),
        ("secret-trailing-space", format!("{s} ")),
        ("secret-leading-space", format!(" {s}")),
    ] {
        out.push((
            variant(id, format!("{ws} ({id})"), ws_fix),
            Zeroizing::new(v),
        ));
    }
    if !keys.passphrase.is_empty() && keys.passphrase != s {
        out.push((
            variant(
                "passphrase-as-secret",
                "the passphrase was used as the signing secret",
                "sign with the secret key; the passphrase only goes in OK-ACCESS-PASSPHRASE",
            ),
            Zeroizing::new(keys.passphrase.to_string()),
        ));
    }
    if !keys.api_key.is_empty() && keys.api_key != s {
        out.push((
            variant(
                "api-key-as-secret",
                "the API key was used as the signing secret",
                "sign with the secret key; the API key only goes in OK-ACCESS-KEY",
            ),
            Zeroizing::new(keys.api_key.to_string()),
        ));
    }
    for (id, v) in [
        ("secret-lowercased", Zeroizing::new(s.to_lowercase())),
        ("secret-uppercased", Zeroizing::new(s.to_uppercase())),
    ] {
        if v.as_str() != s {
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
fn decoded_secret(
    theirs: &str,
    prehash: &str,
    keys: &Keys,
) -> Option<(Variant, String, Zeroizing<String>)> {
    let decoded = Zeroizing::new(BASE64.decode(keys.secret.trim()).ok()?);
    (BASE64.encode(sign::hmac_sha256(&decoded, prehash.as_bytes())) == theirs).then(|| {
        let v = variant(
            "secret-base64-decoded",
            "the secret key was base64-decoded before signing (Coinbase's scheme)",
            "use the secret key's text as UTF-8 bytes; OKX does not decode it",
        );
        (v, String::new(), Zeroizing::new(String::new()))
    })
}
