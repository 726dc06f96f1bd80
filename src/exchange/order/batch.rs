//! `okx order batch place|cancel|amend`: many changes sent in OKX's batches of 20
//! (`batch-orders`, `cancel-batch-orders`, `amend-batch-orders`, derivatives sheet §4.2-4.4),
//! each row still one [`Change`] of the order core. A batch's answer is read item by item
//! (`sCode`, okx-v5-facts §2.2); an item accepted is confirmed as the single command confirms it,
//! an item refused is `rejected`, and a batch whose answer is lost or cannot be trusted is
//! resolved row by row with the core's look-ups (`Change::resolve`): every placed row carries a
//! client order ID and the batch an `expTime`, so each row ends placed, not placed, or unknown,
//! never sent twice and never left out. Pacing counts the batch's orders per instrument
//! (`Counts::Items` in the endpoint table).

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

use super::{interrupt, report, Change, Outcome};
use crate::client::{Client, Delivery};
use crate::codes;
use crate::error::Failure;
use crate::exchange::endpoints::{self, Endpoint};
use crate::output::{col, Output, Rows, Stderr};
use crate::parse::field;

/// One input row: its line in the file, and the change it asks for.
pub(crate) struct Row {
    pub line: usize,
    pub change: Box<dyn Change>,
}

/// Which batch endpoint.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Place,
    Cancel,
    Amend,
}

impl Kind {
    fn endpoint(self) -> &'static Endpoint {
        match self {
            Kind::Place => &endpoints::BATCH_ORDERS,
            Kind::Cancel => &endpoints::CANCEL_BATCH_ORDERS,
            Kind::Amend => &endpoints::AMEND_BATCH_ORDERS,
        }
    }
}

/// Sends `rows` (already checked) in batches of 20, establishes each row's outcome and prints
/// one result per row, in input order; a summary goes to stderr.
pub(crate) fn run(out: &Output, client: &Client, kind: Kind, rows: Vec<Row>) -> Result<()> {
    interrupt::arm();
    super::banner(client, false);
    if !client.knows_clock() {
        client
            .learn_clock()
            .context("learning OKX's clock before sending the batch; nothing was sent")?;
    }
    let mut results: Vec<(usize, Map<String, Value>, Option<Failure>)> = Vec::new();
    for chunk in rows.chunks(endpoints::BATCH_MAX) {
        let outcomes = send(client, kind, chunk)?;
        for (row, outcome) in chunk.iter().zip(outcomes) {
            let (mut m, failure) = report::result(row.change.as_ref(), outcome);
            m.insert("line".into(), json!(row.line));
            results.push((row.line, m, failure));
        }
    }
    print(out, results)
}

/// One batch: sent once; its outcomes, one per row.
fn send(client: &Client, kind: Kind, chunk: &[Row]) -> Result<Vec<Outcome>> {
    let mut items = Vec::with_capacity(chunk.len());
    let mut expire = None;
    for row in chunk {
        let req = row.change.request()?;
        let body = req.body.as_deref().unwrap_or("{}");
        items.push(serde_json::from_str::<Value>(body).context("encoding a batch item")?);
        expire = expire.max(req.expire);
    }
    let mut req = kind.endpoint().post(Value::Array(items).to_string());
    req.expire = expire;
    if interrupt::signalled() {
        return Err(Failure::Interrupted("interrupted before a batch was sent".into()).into());
    }
    let check = format!("{} rows from line {}", chunk.len(), chunk[0].line);
    let _in_flight = interrupt::guard(&check, &check);
    let delivery = client.deliver(&req)?;
    let deadline = client.last_deadline_ms();
    let resolve_all = |why: &str| -> Vec<Outcome> {
        chunk
            .iter()
            .map(|r| r.change.resolve(client, deadline, why))
            .collect()
    };
    Ok(match delivery {
        Delivery::NotSent(why) => chunk
            .iter()
            .map(|_| Outcome::NotDone(format!("could not connect ({why}); nothing was sent")))
            .collect(),
        Delivery::Lost(why) => resolve_all(&why),
        Delivery::Answered(status, env) => {
            let data = env.raw.get("data").and_then(Value::as_array);
            let code = env.code.as_str();
            match data {
                // One item per row, in order: each is read as the single request's answer.
                Some(items) if matches!(code, "0" | "1" | "2") && items.len() == chunk.len() => {
                    chunk
                        .iter()
                        .zip(items)
                        .map(|(row, item)| item_outcome(client, row, item, status, deadline))
                        .collect()
                }
                // Refused as a whole (parameters, auth, too many) before processing.
                _ if (400..500).contains(&status) && !matches!(code, "0" | "1" | "2" | "") => chunk
                    .iter()
                    .map(|_| {
                        Outcome::Rejected(Failure::Api {
                            code: code.to_string(),
                            msg: env.msg.clone(),
                            http_status: Some(status),
                            hint: None,
                        })
                    })
                    .collect(),
                _ => resolve_all(&format!(
                    "OKX answered the batch with code {code:?} (HTTP {status}) and no item per row"
                )),
            }
        }
    })
}

/// A row's item in a batch answer, read as the single request's answer would be.
fn item_outcome(
    client: &Client,
    row: &Row,
    item: &Value,
    status: u16,
    deadline: Option<i64>,
) -> Outcome {
    let s_code = match item.get("sCode") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let sent = row.change.summary();
    // The item must be this row's: a placement's client order ID is echoed.
    let cl = sent.get("clOrdId").and_then(Value::as_str).unwrap_or("");
    if row.change.places() && field(item, "clOrdId") != cl {
        return row.change.resolve(
            client,
            deadline,
            "OKX's answer for this row names another client order ID",
        );
    }
    match s_code.as_str() {
        "0" if !row.change.places() || !field(item, "ordId").is_empty() => {
            row.change.confirm(client, item.clone(), deadline)
        }
        "" => row
            .change
            .resolve(client, deadline, "OKX's answer for this row has no sCode"),
        s if codes::is_unknown_outcome(s) => row.change.resolve(
            client,
            deadline,
            &format!("OKX answered this row with sCode {s}"),
        ),
        "0" => row
            .change
            .resolve(client, deadline, "OKX accepted this row without an ordId"),
        s => Outcome::Rejected(Failure::Api {
            code: s.to_string(),
            msg: field(item, "sMsg").to_string(),
            http_status: Some(status),
            hint: None,
        }),
    }
}

fn print(out: &Output, results: Vec<(usize, Map<String, Value>, Option<Failure>)>) -> Result<()> {
    let columns = [
        "line", "result", "instId", "clOrdId", "ordId", "state", "sCode", "meaning",
    ];
    let rows = Rows {
        columns: columns.iter().map(|c| col(c)).collect(),
        rows: results
            .iter()
            .map(|(_, m, _)| {
                columns
                    .iter()
                    .map(|c| match m.get(*c) {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Null) | None => String::new(),
                        Some(v) => v.to_string(),
                    })
                    .collect()
            })
            .collect(),
    };
    let total = results.len();
    let mut by_result: Vec<(String, usize)> = Vec::new();
    let (mut failed, mut unknown) = (0, 0);
    for (_, m, f) in &results {
        let r = field(&Value::Object(m.clone()), "result").to_string();
        match by_result.iter_mut().find(|(k, _)| *k == r) {
            Some((_, n)) => *n += 1,
            None => by_result.push((r, 1)),
        }
        match f {
            Some(Failure::UnknownOutcome(_)) => unknown += 1,
            Some(_) => failed += 1,
            None => {}
        }
    }
    let json = Value::Array(
        results
            .into_iter()
            .map(|(_, m, _)| Value::Object(m))
            .collect(),
    );
    if let Err(e) = out.emit(&rows, &json) {
        Stderr::warn(&format!("could not write the results to stdout ({e})"));
        Stderr::note(&format!(
            "results: {}",
            crate::output::sanitize(&json.to_string())
        ));
    }
    let summary = by_result
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    Stderr::note(&format!("{total} rows: {summary}"));
    if unknown > 0 {
        return Err(Failure::UnknownOutcome(format!(
            "{unknown} of {total} rows have an unknown outcome: check each with the command in its `check` field before sending them again"
        ))
        .into());
    }
    match failed {
        0 => Ok(()),
        n if n == total => {
            Err(Failure::Partial(format!("none of the {total} rows took effect")).into())
        }
        n => Err(Failure::Partial(format!(
            "{n} of {total} rows did not take effect; the others did"
        ))
        .into()),
    }
}
