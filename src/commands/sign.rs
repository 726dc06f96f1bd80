//! `okx sign`: the headers okx would send for a request, the prehash explained (`--debug`), and
//! another program's signature checked and explained (`--verify`). Offline; signs through
//! `client::sign_request`, the function the HTTP layer uses.

use std::io::Read;

use anyhow::{Context, Result};
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::{env_var, Ctx};
use crate::cli::SignArgs;
use crate::client::{self, Method, SignedRequest};
use crate::config::{Config, Credentials, Secret};
use crate::diagnose::{self, Finding, Input, Keys, Verdict};
use crate::error::Failure;
use crate::output::{col, Format, Rows};
use crate::sign::format_timestamp;

pub(crate) fn run(ctx: &Ctx, args: SignArgs) -> Result<()> {
    // Validate everything the user typed before touching credentials.
    let method = Method::parse(&args.method)?;
    let path = request_path(&args.path)?;
    let body = read_body(&args)?;
    check_json(&body)?;
    let timestamp = match &args.timestamp {
        Some(ts) if ts.trim().is_empty() => {
            return Err(Failure::Usage(
                "--timestamp is empty; give one like 2020-12-08T09:08:57.715Z, or leave it out to use now".into(),
            )
            .into())
        }
        Some(ts) => ts.clone(),
        None => format_timestamp(OffsetDateTime::now_utc()),
    };
    if let Some(sig) = &args.verify {
        if sig.trim().is_empty() {
            return Err(Failure::Usage(
                "--verify needs the signature to check, e.g. --verify 'abc…='".into(),
            )
            .into());
        }
    }

    let config = ctx.config()?;
    let Some(secret) = config.secret_key.as_ref() else {
        return Err(config.missing(&["OKX_SECRET_KEY"], &env_var).into());
    };
    // Signing needs only the secret; a missing key or passphrase is shown as empty and reported,
    // as it would make OKX answer 50103 / 50104.
    let creds = Credentials {
        api_key: config
            .api_key
            .as_ref()
            .map(|s| s.value.clone())
            .unwrap_or_default(),
        secret_key: secret.value.clone(),
        passphrase: config
            .passphrase
            .as_ref()
            .map(|s| s.value.clone())
            .unwrap_or_else(|| Secret::new("")),
    };

    let signed = client::sign_request(
        &creds,
        method,
        path.clone(),
        body.clone(),
        timestamp.clone(),
        config.demo.value,
    );

    let input = Input {
        method_given: &args.method,
        method: method.as_str(),
        path_given: &args.path,
        path: &path,
        body: &body,
        timestamp: &timestamp,
        now: OffsetDateTime::now_utc(),
    };
    let keys = Keys {
        api_key: &creds.api_key,
        secret: creds.secret_key.expose(),
        passphrase: creds.passphrase.expose(),
    };

    let mut findings = Vec::new();
    if args.debug {
        findings = diagnose::check_request(&input);
        findings.extend(diagnose::check_keys(&keys, &raw_credential_lines(config)));
        if creds.api_key.is_empty() {
            findings.push(Finding {
                id: "key-missing",
                message: "OKX_API_KEY is not set: a real request would send an empty OK-ACCESS-KEY (50103)".into(),
            });
        }
        if creds.passphrase.expose().is_empty() {
            findings.push(Finding {
                id: "passphrase-missing",
                message: "OKX_PASSPHRASE is not set: a real request would send an empty OK-ACCESS-PASSPHRASE (50104)".into(),
            });
        }
    }
    let verdict = args
        .verify
        .as_ref()
        .map(|sig| (sig.trim().to_string(), diagnose::verify(sig, &input, &keys)));

    print(ctx, &signed, args.debug, &findings, verdict.as_ref())?;

    match verdict {
        Some((_, Verdict::Match)) | None => Ok(()),
        Some(_) => Err(Failure::Check(
            "--verify: the signature does not match okx's for these inputs".into(),
        )
        .into()),
    }
}

/// The path+query okx would sign: a full URL loses its scheme and host, as okx sends only the
/// path. Anything else must start with '/'.
fn request_path(given: &str) -> Result<String, Failure> {
    let lower = given.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let after_scheme = &given[given.find("://").map(|i| i + 3).unwrap_or(0)..];
        return match after_scheme.find('/') {
            Some(i) => Ok(after_scheme[i..].to_string()),
            None => Err(Failure::Usage(format!(
                "PATH {given:?} has no request path; give one like /api/v5/account/balance"
            ))),
        };
    }
    if !given.starts_with('/') {
        return Err(Failure::Usage(format!(
            "PATH {given:?} must start with '/', e.g. /api/v5/account/balance (OKX signs the full request path)"
        )));
    }
    if given.chars().any(|c| c.is_control()) {
        return Err(Failure::Usage(format!(
            "PATH {:?} contains control characters; remove them",
            given
        )));
    }
    Ok(given.to_string())
}

fn read_body(args: &SignArgs) -> Result<String> {
    let bytes = match (&args.body, &args.body_file) {
        (Some(b), _) if b == "-" => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("reading the body from standard input")?;
            buf
        }
        (Some(b), _) => return Ok(b.clone()),
        (None, Some(path)) => std::fs::read(path).map_err(|e| {
            Failure::Usage(format!("cannot read --body-file {}: {e}", path.display()))
        })?,
        (None, None) => return Ok(String::new()),
    };
    String::from_utf8(bytes).map_err(|_| {
        Failure::Usage("the body is not valid UTF-8; OKX bodies are UTF-8 JSON".into()).into()
    })
}

/// OKX takes only JSON bodies (a request with another body gets 50002), so there is nothing
/// useful to sign. The exact bytes, whitespace included, are signed as given.
fn check_json(body: &str) -> Result<(), Failure> {
    if body.is_empty() {
        return Ok(());
    }
    serde_json::from_str::<serde_json::Value>(body)
        .map(|_| ())
        .map_err(|e| {
            Failure::Usage(format!(
                "the body is not valid JSON ({e}); OKX answers 50002 to such a request: fix the body, e.g. {{\"instId\":\"BTC-USDT\"}}"
            ))
        })
}

/// The raw `.env` lines of the secret and passphrase, for checks on how they were written
/// (borrowed: no copy of a secret outside its wiped storage).
fn raw_credential_lines(config: &Config) -> Vec<(&'static str, &str)> {
    ["OKX_SECRET_KEY", "OKX_PASSPHRASE"]
        .into_iter()
        .filter(|name| env_var(name).is_none())
        .filter_map(|name| config.dotenv.get(name).map(|e| (name, e.raw.as_str())))
        .collect()
}

fn print(
    ctx: &Ctx,
    signed: &SignedRequest,
    debug: bool,
    findings: &[Finding],
    verdict: Option<&(String, Verdict)>,
) -> Result<()> {
    let header_rows = Rows {
        columns: vec![col("header"), col("value")],
        rows: signed
            .headers
            .iter()
            .map(|h| vec![h.name.to_string(), h.display_value()])
            .collect(),
    };
    match ctx.out.format {
        Format::Json | Format::Ndjson => ctx.out.json(&to_json(signed, debug, findings, verdict)),
        Format::Csv => {
            let mut rows = header_rows;
            if debug {
                rows.rows
                    .push(vec!["prehash".into(), signed.prehash.clone()]);
                rows.rows.extend(
                    findings
                        .iter()
                        .map(|f| vec![format!("warning:{}", f.id), f.message.clone()]),
                );
            }
            if let Some((_, v)) = verdict {
                rows.rows
                    .push(vec!["verify".into(), verdict_word(v).into()]);
                if let Verdict::Explained(var) = v {
                    rows.rows.push(vec![
                        format!("variant:{}", var.id),
                        format!("{}; fix: {}", var.description, var.fix),
                    ]);
                }
            }
            ctx.out.csv(&rows)
        }
        Format::Table => {
            let mut text = ctx.out.render(&header_rows);
            text.push('\n');
            if debug {
                text.push_str(&debug_text(ctx, signed, findings));
            }
            if let Some((theirs, v)) = verdict {
                text.push_str(&verify_text(ctx, theirs, &signed.signature, v));
            }
            ctx.out.text(&text)
        }
    }
    .context("writing output")
}

fn verdict_word(v: &Verdict) -> &'static str {
    match v {
        Verdict::Match => "match",
        Verdict::Explained(_) => "mismatch-explained",
        Verdict::Unexplained => "mismatch",
    }
}

fn debug_text(ctx: &Ctx, s: &SignedRequest, findings: &[Finding]) -> String {
    let b = |x: &str| ctx.out.bold(x);
    let part = |label: &str, value: &str| {
        let shown = if value.is_empty() {
            "(empty)".to_string()
        } else {
            diagnose::visible(value)
        };
        format!("  {:<11} {shown}  [{} bytes]\n", label, value.len())
    };
    let mut t = format!(
        "\n{} ({} bytes, {} characters; invisible characters shown as \\t \\r \\n \\u{{…}}, trailing spaces as ␠):\n  {}\n\n",
        b("prehash"),
        s.prehash.len(),
        s.prehash.chars().count(),
        diagnose::visible(&s.prehash)
    );
    t.push_str(&format!(
        "{} = timestamp | method | path+query | body\n",
        b("parts")
    ));
    t.push_str(&part("timestamp", &s.timestamp));
    t.push_str(&part("method", s.method.as_str()));
    t.push_str(&part("path+query", &s.path_with_query));
    t.push_str(&part("body", &s.body));
    t.push_str(&format!(
        "\n{} = base64(HMAC-SHA256(secret key, prehash)) = {}\n",
        b("signature"),
        s.signature
    ));
    if findings.is_empty() {
        t.push_str(&format!(
            "\n{} none of the usual mistakes found\n",
            b("checks:")
        ));
    } else {
        t.push_str(&format!(
            "\n{} {} warning(s)\n",
            b("checks:"),
            findings.len()
        ));
        for f in findings {
            t.push_str(&format!("  warning [{}]: {}\n", f.id, f.message));
        }
    }
    t
}

fn verify_text(ctx: &Ctx, theirs: &str, ours: &str, v: &Verdict) -> String {
    let head = ctx.out.bold("verify:");
    match v {
        Verdict::Match => format!("\n{head} MATCH: {theirs} is okx's signature for these inputs\n"),
        Verdict::Explained(var) => format!(
            "\n{head} NO MATCH: theirs {theirs}, okx's {ours}\n  reproduced by [{}]: {}\n  fix: {}\n",
            var.id, var.description, var.fix
        ),
        Verdict::Unexplained => format!(
            "\n{head} NO MATCH: theirs {theirs}, okx's {ours}\n  none of the usual mistakes reproduces it: check that both sides use the same secret key, \
             and that timestamp, method, path+query and body are byte-for-byte the ones given here (okx sign --debug shows them)\n"
        ),
    }
}

fn to_json(
    s: &SignedRequest,
    debug: bool,
    findings: &[Finding],
    verdict: Option<&(String, Verdict)>,
) -> Value {
    let headers: serde_json::Map<String, Value> = s
        .headers
        .iter()
        .map(|h| (h.name.to_string(), json!(h.display_value())))
        .collect();
    let mut v = json!({
        "method": s.method.as_str(),
        "request_path": s.path_with_query,
        "body": s.body,
        "timestamp": s.timestamp,
        "prehash": s.prehash,
        "signature": s.signature,
        "headers": headers,
    });
    if debug {
        v["debug"] = json!({
            "prehash_visible": diagnose::visible(&s.prehash),
            "prehash_bytes": s.prehash.len(),
            "prehash_chars": s.prehash.chars().count(),
            "parts": {
                "timestamp": s.timestamp,
                "method": s.method.as_str(),
                "path_with_query": s.path_with_query,
                "body": s.body,
            },
            "warnings": findings.iter().map(|f| json!({"id": f.id, "message": f.message})).collect::<Vec<_>>(),
        });
    }
    if let Some((theirs, verdict)) = verdict {
        v["verify"] = json!({
            "signature": theirs,
            "result": verdict_word(verdict),
            "variant": match verdict {
                Verdict::Explained(var) => json!({"id": var.id, "description": var.description, "fix": var.fix}),
                _ => Value::Null,
            },
        });
    }
    v
}
