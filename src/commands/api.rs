//! `okx api`: any v5 request, like `gh api`. Prints OKX's whole answer as JSON, whatever its
//! code, and exits with the code's exit status. Private paths are signed; POSTs are never
//! retried.

use anyhow::{Context, Result};
use serde_json::{Map, Value};

use super::{Auth, Ctx};
use crate::cli::ApiArgs;
use crate::client::{ApiRequest, Method};
use crate::error::Failure;

/// Public data needs no signature (docs: "Public market-data endpoints need no
/// authentication headers").
fn is_public(path: &str) -> bool {
    [
        "/api/v5/public/",
        "/api/v5/market/",
        "/api/v5/rubik/",
        "/api/v5/system/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

pub fn run(ctx: &Ctx, args: ApiArgs) -> Result<()> {
    let method = match args.method.to_ascii_uppercase().as_str() {
        "GET" => Method::Get,
        "POST" => Method::Post,
        _ => {
            return Err(Failure::Usage(format!(
                "method {:?} is not used by OKX v5 REST; use GET or POST",
                args.method
            ))
            .into())
        }
    };
    let (path, inline_query) = match args.path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (args.path.clone(), None),
    };
    if !path.starts_with("/api/v5/") {
        return Err(Failure::Usage(format!(
            "PATH {:?} must start with /api/v5/, e.g. /api/v5/public/time",
            args.path
        ))
        .into());
    }
    let mut fields = Vec::new();
    if let Some(q) = &inline_query {
        for pair in q.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            fields.push((k.to_string(), v.to_string()));
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
    let signed = !is_public(&path);
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
