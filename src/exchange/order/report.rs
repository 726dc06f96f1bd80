//! One mapping from an [`Outcome`] to the printed result and the exit code, for every
//! order-changing command. The result is never lost: when stdout cannot be written (a closed
//! pipe, a full disk) it goes to stderr, and the exit code stays the order's: "a closed pipe
//! exits 0" holds for read-only commands only.

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::{Change, Outcome};
use crate::client::{ApiRequest, Client};
use crate::codes;
use crate::error::Failure;
use crate::output::{col, sanitize, Format, Output, Rows, Stderr};
use crate::parse::field;

/// OKX's order fields a result carries when it has them.
const ORDER_FIELDS: &[&str] = &["ordId", "state", "accFillSz", "avgPx", "fee", "feeCcy"];

/// The result `unknown` as one JSON line, for a second Ctrl-C to print on its way out.
pub(super) fn unknown_line(change: &dyn Change, check: &str) -> String {
    let mut m = result_head(change, "unknown");
    m.insert("check".into(), json!(check));
    Value::Object(m).to_string()
}

fn result_head(change: &dyn Change, result: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("result".into(), json!(result));
    m.extend(change.summary());
    m
}

/// Prints the outcome and returns the error that sets the exit code.
pub(super) fn report(out: &Output, change: &dyn Change, outcome: Outcome) -> Result<()> {
    let (result, failure) = result(change, outcome);
    emit_result(out, result, failure)
}

/// The printed result of an outcome, and the failure that sets the exit code.
pub(super) fn result(
    change: &dyn Change,
    outcome: Outcome,
) -> (Map<String, Value>, Option<Failure>) {
    let check = change.check_command();
    let (result, failure): (Map<String, Value>, Option<Failure>) = match outcome {
        Outcome::Done {
            result,
            order,
            problem,
        } => {
            let mut m = result_head(change, result);
            for k in ORDER_FIELDS.iter().chain(change.answer_fields()) {
                let v = field(&order, k);
                if !v.is_empty() {
                    m.insert((*k).into(), json!(v));
                }
            }
            (m, problem)
        }
        Outcome::NotDone(why) => (
            result_head(change, change.not_done_result()),
            Some(Failure::Network(format!(
                "{}: {why}; {}",
                change.not_done_phrase(),
                change.again_advice()
            ))),
        ),
        Outcome::Rejected(f) => {
            let mut m = result_head(change, "rejected");
            if let Failure::Api { code, msg, .. } = &f {
                m.insert("sCode".into(), json!(code));
                m.insert("sMsg".into(), json!(msg));
                // A code okx has no meaning for keeps OKX's own message as its reason.
                m.insert(
                    "meaning".into(),
                    json!(codes::lookup(code)
                        .map(|i| i.meaning.to_string())
                        .unwrap_or_else(|| crate::output::shown(msg, 200))),
                );
            }
            (m, Some(f))
        }
        Outcome::Unknown(why) => {
            let mut m = result_head(change, "unknown");
            m.insert("check".into(), json!(check));
            (
                m,
                Some(Failure::UnknownOutcome(format!(
                    "the outcome is unknown: {why}; do not {} before checking with: {check}",
                    change.again_phrase()
                ))),
            )
        }
    };
    (result, failure)
}

fn emit_result(out: &Output, result: Map<String, Value>, failure: Option<Failure>) -> Result<()> {
    let json = Value::Object(result);
    let rows = Rows {
        columns: vec![col("field"), col("value")],
        rows: json
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| {
                let v = v
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string());
                vec![k.clone(), v]
            })
            .collect(),
    };
    if let Err(e) = out.emit(&rows, &json) {
        Stderr::warn(&format!("could not write the result to stdout ({e})"));
        Stderr::note(&format!("result: {}", sanitize(&json.to_string())));
    }
    match failure {
        Some(f) => Err(f.into()),
        None => Ok(()),
    }
}

/// `--dry-run`: the exact request, headers as a person may see them.
pub(super) fn preview(out: &Output, client: &Client, req: &ApiRequest) -> Result<()> {
    let (url, body, headers) = client.preview(req)?;
    let written = if matches!(out.format, Format::Table) {
        let mut t = format!("{} {url}\n", req.method.as_str());
        for h in &headers {
            t.push_str(&format!("{}: {}\n", h.name, h.display_value()));
        }
        t.push_str(&format!("\n{body}\n"));
        out.text(&t)
    } else {
        let hs: Map<String, Value> = headers
            .iter()
            .map(|h| (h.name.to_string(), json!(h.display_value())))
            .collect();
        out.json(&json!({
            "dry_run": true,
            "method": req.method.as_str(),
            "url": url,
            "body": body,
            "headers": hs,
        }))
    };
    written.map_err(|e| anyhow::Error::new(e).context("writing output"))
}
