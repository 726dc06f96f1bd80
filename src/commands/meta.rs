//! Commands about okx itself: `config`, `errors`, `completions`.

use anyhow::{Context, Result};
use clap::CommandFactory;
use serde_json::{json, Map, Value};

use super::{env_var, Ctx};
use crate::cli::{Cli, CompletionsArgs, ErrorsArgs, MetaCommand};
use crate::client::proxy::{self, Route};
use crate::codes;
use crate::config::{fingerprint, settings, Secret, Setting, SETTINGS};
use crate::error::Failure;
use crate::output::{col, sanitize, Format, Rows};

/// The commands about okx itself: one arm a command.
pub(crate) fn run(ctx: &Ctx, cmd: MetaCommand) -> Result<()> {
    match cmd {
        MetaCommand::Config => config(ctx),
        MetaCommand::Errors(a) => errors(ctx, a),
        MetaCommand::Completions(a) => completions(ctx, a),
    }
}

/// `okx config`: every variable, its effective value (the key as a fingerprint, secrets as
/// "set"), and where it came from, so precedence surprises are visible.
pub(crate) fn config(ctx: &Ctx) -> Result<()> {
    let c = ctx.config()?;
    let describe = |s: Option<&Setting<String>>, shown: &dyn Fn(&str) -> String| match s {
        Some(s) => (shown(&s.value), s.source.to_string()),
        None => ("(not set)".to_string(), String::new()),
    };
    // Secrets are reported as set, never shown, not even their length.
    let secret = |s: Option<&Setting<Secret>>| match s {
        Some(s) => ("set".to_string(), s.source.to_string()),
        None => ("(not set)".to_string(), String::new()),
    };
    let mut values: Vec<(&str, String, String)> = Vec::new();
    for spec in SETTINGS {
        let name = &spec.var;
        let (value, source) = match *name {
            "OKX_API_KEY" => describe(c.api_key.as_ref(), &|v| fingerprint(v)),
            "OKX_SECRET_KEY" => secret(c.secret_key.as_ref()),
            "OKX_PASSPHRASE" => secret(c.passphrase.as_ref()),
            "OKX_BASE_URL" => (c.base_url.value.clone(), c.base_url.source.to_string()),
            "OKX_TIMEOUT" => (
                format!("{} s", c.timeout.value.as_secs_f64()),
                c.timeout.source.to_string(),
            ),
            "OKX_AUDIT_LOG" => match &c.audit_log {
                Some(s) => (s.value.display().to_string(), s.source.to_string()),
                None => ("(not set)".to_string(), String::new()),
            },
            "OKX_WS_URL" => match (&c.ws_url, c.ws_base_url()) {
                (Some(s), Ok(valid)) => (valid, s.source.to_string()),
                (Some(s), Err(_)) => (crate::config::shown_url(&s.value), s.source.to_string()),
                (None, Ok(derived)) => (derived, "derived from OKX_BASE_URL".to_string()),
                (None, Err(_)) => ("(not set)".to_string(), String::new()),
            },
            "OKX_DEMO" => (
                if c.demo.value {
                    "1 (demo trading)"
                } else {
                    "0 (live trading)"
                }
                .to_string(),
                c.demo.source.to_string(),
            ),
            _ => continue,
        };
        values.push((name, value, source));
    }
    // Not a variable of okx's own, but where the requests go: shown so a proxy is never a surprise.
    let (value, source) = match proxy::route(&c.base_url.value, &env_var) {
        Ok(Route::Tunnel { var, url }) => (
            proxy::redacted(&url),
            format!("from {var} (CONNECT tunnel)"),
        ),
        Ok(Route::Bypassed { var, why }) => (
            "none".to_string(),
            format!("{var} is set but not used: {why}"),
        ),
        Ok(Route::Direct) => ("none".to_string(), String::new()),
        Err(f) => ("(invalid)".to_string(), f.to_string()),
    };
    values.push(("proxy", value, source));
    let mut obj = Map::new();
    for (name, value, source) in &values {
        obj.insert(
            name.to_string(),
            json!({
                "value": value,
                "source": if source.is_empty() { Value::Null } else { json!(source) },
                "flag": settings::find(name).and_then(|s| s.flag),
                "about": settings::find(name).map(|s| s.summary),
            }),
        );
    }
    obj.insert(
        "env_file".into(),
        c.env_file
            .as_ref()
            .map(|p| json!(p.display().to_string()))
            .unwrap_or(Value::Null),
    );
    let rows = Rows {
        columns: vec![col("variable"), col("value"), col("source")],
        rows: values
            .into_iter()
            .map(|(n, v, s)| vec![n.to_string(), v, s])
            .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Object(obj))
        .context("writing output")?;
    Ok(())
}

/// `okx errors [CODE]...`: the real meaning and likely cause of OKX error codes. The codes okx
/// knows are printed even when others are not: those are named afterwards, as a usage error
/// (exit 2), telling a code okx does not know from text that is no code at all.
pub(crate) fn errors(ctx: &Ctx, args: ErrorsArgs) -> Result<()> {
    let mut unknown = Vec::new();
    let mut not_codes = Vec::new();
    let infos: Vec<&codes::CodeInfo> = if args.codes.is_empty() {
        codes::TABLE.iter().collect()
    } else {
        args.codes
            .iter()
            .filter_map(|c| {
                let t = c.trim();
                if !codes::looks_like_code(t) {
                    not_codes.push(format!("\"{}\"", sanitize(c)));
                    return None;
                }
                let found = codes::lookup(t);
                if found.is_none() {
                    unknown.push(format!("{t:?}"));
                }
                found
            })
            .collect()
    };
    if !infos.is_empty() {
        print_codes(ctx, &infos)?;
    }
    let mut problems = Vec::new();
    if !not_codes.is_empty() {
        problems.push(format!(
            "{} {} not an OKX code: OKX codes are digits, e.g. 50113 (or 51008_1000 with a sub-code)",
            not_codes.join(", "),
            if not_codes.len() == 1 { "is" } else { "are" }
        ));
    }
    if !unknown.is_empty() {
        problems.push(format!(
            "OKX code{} {} {} not in okx's table; run okx errors to list the known codes, or see OKX's error-code docs",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", "),
            if unknown.len() == 1 { "is" } else { "are" }
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Usage(problems.join("; ")).into())
    }
}

/// The codes' meaning, cause and hint: a block per code on a terminal, rows or JSON otherwise.
fn print_codes(ctx: &Ctx, infos: &[&codes::CodeInfo]) -> Result<()> {
    let json = Value::Array(
        infos
            .iter()
            .map(|i| {
                json!({
                    "code": i.code,
                    "http_status": i.http,
                    "meaning": i.meaning,
                    "cause": i.cause,
                    "hint": i.hint,
                })
            })
            .collect(),
    );
    if ctx.out.format == Format::Table {
        // Causes are sentences: a block per code reads better than a very wide table.
        let mut text = String::new();
        for i in infos {
            let http = i.http.map(|h| format!(" (HTTP {h})")).unwrap_or_default();
            text.push_str(&format!(
                "{}  {}{http}\n       {}\n",
                ctx.out.bold(i.code),
                i.meaning,
                i.cause
            ));
            if let Some(h) = i.hint {
                text.push_str(&format!("       hint: {h}\n"));
            }
        }
        return ctx.out.text(&text).context("writing output");
    }
    let rows = Rows {
        columns: vec![
            col("code"),
            col("http"),
            col("meaning"),
            col("likely cause"),
        ],
        rows: infos
            .iter()
            .map(|i| {
                let cause = match i.hint {
                    Some(h) => format!("{}; {h}", i.cause),
                    None => i.cause.to_string(),
                };
                vec![
                    i.code.to_string(),
                    i.http.map(|h| h.to_string()).unwrap_or_default(),
                    i.meaning.to_string(),
                    cause,
                ]
            })
            .collect(),
    };
    ctx.out.emit(&rows, &json).context("writing output")?;
    Ok(())
}

/// `okx completions SHELL`: generated from the clap tree; the committed copies in completions/
/// are checked against this by a test.
pub(crate) fn completions(ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "okx", &mut buf);
    ctx.out
        .text(&String::from_utf8_lossy(&buf))
        .context("writing output")
}
