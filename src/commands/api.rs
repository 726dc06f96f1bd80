//! `okx api`: any v5 request, like `gh api`. Prints OKX's whole answer as JSON, whatever its
//! code, and exits with the code's exit status. Signed when credentials are present; a
//! private path without them is a configuration error before anything is sent. POSTs are
//! never retried.

use anyhow::{Context, Result};
use serde_json::{Map, Value};

use super::{Auth, Ctx};
use crate::cli::ApiArgs;
use crate::client::{percent_decode, ApiRequest, Method};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::Format;

/// A path as typed, for a message: printable ASCII as it is, anything else (control
/// characters, bidi overrides, non-ASCII) as an escape, so the terminal shows what was typed
/// and does nothing else with it.
fn shown(path: &str) -> String {
    path.chars()
        .map(|c| {
            if c == ' ' || c.is_ascii_graphic() {
                c.to_string()
            } else {
                c.escape_unicode().to_string()
            }
        })
        .collect()
}

/// A path is sent as typed and signed as typed, so it must be one the URL parser leaves alone:
/// OKX's paths are ASCII letters, digits, `-`, `_`, `.` and `/` segments. Anything else
/// (a space, a control character, `%`, non-ASCII, a `.` or `..` segment) would be re-encoded or
/// normalised, and the signature would not match, so it is a usage error before anything is
/// sent, naming the first such character (as an escape when it is invisible).
fn check_path(path: &str) -> Result<(), Failure> {
    let bad = path
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')));
    if let Some(c) = bad {
        let what = match c {
            ' ' => "a space".to_string(),
            c if c.is_ascii_graphic() => format!("'{c}'"),
            c => format!("'{}'", c.escape_unicode()),
        };
        return Err(Failure::Usage(format!(
            "PATH \"{}\" has {what}, which would be sent encoded, not as signed; OKX paths are letters, digits, '-', '_', '.' and '/' (parameters go in -f KEY=VALUE)",
            shown(path)
        )));
    }
    if path.split('/').any(|seg| seg == "." || seg == "..") {
        return Err(Failure::Usage(format!(
            "PATH \"{}\" has a '.' or '..' segment, which would be resolved before sending, not as signed; give the path itself",
            shown(path)
        )));
    }
    Ok(())
}

pub(crate) fn run(ctx: &Ctx, args: ApiArgs) -> Result<()> {
    if let Some(f @ (Format::Table | Format::Csv)) = ctx.format_flag {
        return Err(Failure::Usage(format!(
            "okx api prints OKX's answer as JSON only, not {}; drop -o {} (or use --json, -o ndjson)",
            if f == Format::Table { "a table" } else { "CSV" },
            if f == Format::Table { "table" } else { "csv" },
        ))
        .into());
    }
    let method = Method::parse(&args.method)?;
    if args.path.contains('#') {
        return Err(Failure::Usage(format!(
            "PATH \"{}\" has a '#' fragment, which is never sent; remove it",
            shown(&args.path)
        ))
        .into());
    }
    let (path, inline_query) = match args.path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (args.path.clone(), None),
    };
    if !path.starts_with("/api/v5/") {
        return Err(Failure::Usage(format!(
            "PATH \"{}\" must start with /api/v5/, e.g. /api/v5/public/time",
            shown(&args.path)
        ))
        .into());
    }
    check_path(&path)?;
    if method == Method::Post && inline_query.is_some() {
        return Err(Failure::Usage(
            "a POST takes its parameters in the body (-f KEY=VALUE or --body), not the query string".into(),
        )
        .into());
    }
    let mut fields = Vec::new();
    if let Some(q) = &inline_query {
        // Decoded here and encoded once when the request is built, so an already-encoded query
        // is not encoded twice.
        for pair in q.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_decode(s).ok_or_else(|| {
                    Failure::Usage(format!(
                        "the query in \"{}\" is not valid percent-encoded UTF-8",
                        shown(&args.path)
                    ))
                })
            };
            fields.push((decode(k)?, decode(v)?));
        }
    }
    for f in &args.fields {
        match f.split_once('=') {
            Some((k, v)) if !k.is_empty() => fields.push((k.to_string(), v.to_string())),
            _ => {
                return Err(Failure::Usage(format!(
                    "-f {f:?} is not KEY=VALUE, e.g. -f instId=BTC-USDT"
                ))
                .into())
            }
        }
    }
    let body = match (method, &args.body) {
        (Method::Get, Some(_)) => {
            return Err(Failure::Usage(
                "a GET has no body; pass parameters with -f KEY=VALUE".into(),
            )
            .into())
        }
        (Method::Post, Some(b)) => {
            serde_json::from_str::<Value>(b).map_err(|e| {
                Failure::Usage(format!(
                    "--body is not valid JSON ({e}); OKX would answer 50002"
                ))
            })?;
            if inline_query.is_some() {
                return Err(Failure::Usage(
                    "a POST takes its parameters in the body, not the query string".into(),
                )
                .into());
            }
            Some(b.clone())
        }
        (Method::Post, None) => {
            let obj: Map<String, Value> = fields
                .drain(..)
                .map(|(k, v)| (k, Value::String(v)))
                .collect();
            Some(Value::Object(obj).to_string())
        }
        (Method::Get, None) => None,
    };
    // Like `gh api`: signed whenever credentials are present; a private path needs them.
    let config = ctx.config()?;
    let have_credentials = config.credentials(&super::env_var).is_ok();
    let signed = have_credentials || !endpoints::is_public_path(&path);
    let client = ctx.client(if signed { Auth::Required } else { Auth::None })?;
    let req = ApiRequest {
        method,
        path,
        query: if method == Method::Get {
            fields
        } else {
            Vec::new()
        },
        body,
        signed,
        headers: Vec::new(),
        expire: None,
    };
    let (status, env) = client.send_raw(&req)?;
    ctx.out.json(&env.raw).context("writing output")?;
    if env.code != "0" {
        return Err(Failure::Api {
            code: env.code,
            msg: env.msg,
            http_status: Some(status),
            hint: None,
        }
        .into());
    }
    Ok(())
}
