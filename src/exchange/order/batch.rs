//! `okx order batch place|cancel|amend`: many changes sent in OKX's batches of 20
//! (`batch-orders`, `cancel-batch-orders`, `amend-batch-orders`, derivatives sheet §4.2-4.4),
//! each row still one [`Change`] of the order core. A batch's answer is read item by item
//! (`sCode`, okx-v5-facts §2.2); an item accepted is taken as the batch's answer says where that
//! is outcome enough (`Change::accepted_in_batch`: a resting order placed, a cancel accepted) and
//! otherwise confirmed as the single command confirms it, an item refused is `rejected`, and a batch whose answer is lost or cannot be trusted is
//! resolved row by row with the core's look-ups (`Change::resolve`): every placed row carries a
//! client order ID and the batch an `expTime`, so each row ends placed, not placed, or unknown,
//! never sent twice and never left out. Pacing counts the batch's orders per instrument
//! (`Counts::Items` in the endpoint table).

use std::collections::HashMap;

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

use super::{interrupt, listing, report, Change, Outcome};
use crate::client::{Client, Delivery};
use crate::codes;
use crate::error::Failure;
use crate::exchange::endpoints::{self, Endpoint};
use crate::output::{col, sanitize, Output, Rows, Stderr};
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
    /// `cancel-algos`: algo orders, at most 10 a request (derivatives sheet §5.2).
    CancelAlgos,
}

impl Kind {
    fn endpoint(self) -> &'static Endpoint {
        match self {
            Kind::Place => &endpoints::BATCH_ORDERS,
            Kind::Cancel => &endpoints::CANCEL_BATCH_ORDERS,
            Kind::Amend => &endpoints::AMEND_BATCH_ORDERS,
            Kind::CancelAlgos => &endpoints::CANCEL_ALGOS,
        }
    }

    /// Items a request may carry.
    fn max(self) -> usize {
        match self {
            Kind::CancelAlgos => endpoints::CANCEL_ALGOS_MAX,
            _ => endpoints::BATCH_MAX,
        }
    }
}

/// One row's outcome as printed: the order core's result fields (with its `line`), and the failure
/// that decides the exit code.
pub(crate) struct RowResult {
    pub fields: Map<String, Value>,
    pub failure: Option<Failure>,
}

/// The columns of a batch's results.
const COLUMNS: &[&str] = &[
    "line", "result", "instId", "clOrdId", "ordId", "state", "sCode", "meaning",
];

/// Sends `rows` (already checked) in batches of 20, establishes each row's outcome and prints
/// one result per row, in input order; a summary goes to stderr.
pub(crate) fn run(out: &Output, client: &Client, kind: Kind, rows: Vec<Row>) -> Result<()> {
    start(client)?;
    let Sent {
        mut results,
        stopped,
    } = send_all(client, kind, &rows, true)?;
    if matches!(kind, Kind::Place) && stopped.is_none() {
        verify_placed(client, &rows, &mut results);
    }
    emit(out, &results, COLUMNS);
    let total = results.len();
    let summary = tally(&results)
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    Stderr::note(&format!("{total} rows: {summary}"));
    if let Some(e) = stopped {
        return Err(e);
    }
    let unknown = results
        .iter()
        .filter(|r| matches!(r.failure, Some(Failure::UnknownOutcome(_))))
        .count();
    let failed = results.iter().filter(|r| r.failure.is_some()).count() - unknown;
    if unknown > 0 {
        return Err(Failure::UnknownOutcome(format!(
            "{unknown} of {total} rows have an unknown outcome: check each with the command in its `check` field before sending them again"
        ))
        .into());
    }
    // One refusal of the whole batch (rate limit, authentication…): that refusal, with its own
    // exit code and hint, not "partial".
    if failed == total {
        let mut codes = results.iter().map(|r| match &r.failure {
            Some(Failure::Api { code, .. }) => Some(code.as_str()),
            _ => None,
        });
        let first = codes.next().flatten();
        if first.is_some() && codes.all(|c| c == first) {
            if let Some(f) = results.into_iter().next().and_then(|r| r.failure) {
                return Err(
                    anyhow::Error::new(f).context(format!("none of the {total} rows took effect"))
                );
            }
        }
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

/// Placed rows taken from the batch's answer (`Change::accepted_in_batch`) checked against one
/// listing of each instrument's pending orders: a row listed gets its state; a row not listed
/// (filled at once, or a post-only order OKX canceled because it would have taken liquidity) is
/// looked up as `okx order place` would, so an order that is not on the book is never just
/// "placed".
fn verify_placed(client: &Client, rows: &[Row], results: &mut [RowResult]) {
    let taken: Vec<usize> = results
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.failure.is_none()
                && r.fields.get("result").and_then(Value::as_str) == Some("placed")
                && !r.fields.contains_key("state")
        })
        .map(|(i, _)| i)
        .collect();
    // Per instrument: its pending orders by ordId; `None` when the listing failed.
    let mut listed: HashMap<String, Option<HashMap<String, Value>>> = HashMap::new();
    for &i in &taken {
        let inst = rows[i].change.inst_id().to_string();
        if !listed.contains_key(&inst) {
            let req = endpoints::ORDERS_PENDING
                .request()
                .query("instId", inst.clone());
            match listing::all_pages(client, req) {
                Ok(orders) => {
                    let by_id = orders
                        .into_iter()
                        .map(|o| (field(&o, "ordId").to_string(), o))
                        .collect();
                    listed.insert(inst.clone(), Some(by_id));
                }
                Err(e) => {
                    Stderr::warn(&format!(
                        "could not list {inst}'s pending orders to confirm the placed rows ({e:#}); see them with: okx order list {inst}"
                    ));
                    listed.insert(inst.clone(), None);
                }
            }
        }
    }
    for i in taken {
        let row = &rows[i];
        let id = field(&Value::Object(results[i].fields.clone()), "ordId").to_string();
        let Some(Some(orders)) = listed.get(row.change.inst_id()) else {
            continue;
        };
        if let Some(o) = orders.get(&id) {
            results[i]
                .fields
                .insert("state".into(), json!(field(o, "state")));
            continue;
        }
        let item = json!({"ordId": id});
        let outcome = row.change.confirm(client, item, None);
        let (mut fields, failure) = report::result(row.change.as_ref(), outcome);
        fields.insert("line".into(), json!(row.line));
        results[i] = RowResult { fields, failure };
    }
}

/// Before the first batch: signals watched, the banner, OKX's clock known (every batch carries
/// an `expTime` on it).
pub(crate) fn start(client: &Client) -> Result<()> {
    interrupt::arm();
    super::banner(client, false);
    if !client.knows_clock() {
        client
            .learn_clock()
            .context("learning OKX's clock before sending the batch; nothing was sent")?;
    }
    Ok(())
}

/// What sending a file's rows came to: a result per row, and why sending stopped early (a
/// signal, or an error before a batch could be sent), the rows from there on `not_sent`.
pub(crate) struct Sent {
    pub results: Vec<RowResult>,
    pub stopped: Option<anyhow::Error>,
}

/// Sends `rows` in batches of 20; each row's outcome, in input order. Without `resolve`, a row
/// whose answer is lost or cannot be trusted is left `unknown` without a look-up: the caller
/// settles it another way (cancel-all by listing what is still pending). When sending stops
/// early, the rows already sent keep their results and the others are `not_sent`; an error only
/// when nothing at all could be sent.
pub(crate) fn send_all(client: &Client, kind: Kind, rows: &[Row], resolve: bool) -> Result<Sent> {
    let mut results = Vec::with_capacity(rows.len());
    let settle = Settle { client, resolve };
    for (k, chunk) in rows.chunks(kind.max()).enumerate() {
        let stop = stop_text(&results, chunk);
        let outcomes = match send(&settle, kind, chunk, &stop) {
            Ok(outcomes) => outcomes,
            // Nothing of this batch was sent (every error of `send` comes before delivery).
            Err(e) if k == 0 => return Err(e),
            Err(e) => {
                let rest = &rows[k * kind.max()..];
                let why = format!("{e:#}");
                for row in rest {
                    let (mut fields, _) =
                        report::result(row.change.as_ref(), Outcome::NotDone(why.clone()));
                    fields.insert("result".into(), json!("not_sent"));
                    fields.insert("line".into(), json!(row.line));
                    results.push(RowResult {
                        fields,
                        failure: Some(Failure::Network(why.clone())),
                    });
                }
                let sent = rows.len() - rest.len();
                let stopped = Failure::Partial(format!(
                    "stopped after {sent} of {} rows were sent ({why}); the other {} were not sent (result not_sent): send them again from line {}",
                    rows.len(),
                    rest.len(),
                    rest[0].line
                ));
                return Ok(Sent {
                    results,
                    stopped: Some(stopped.into()),
                });
            }
        };
        for (row, outcome) in chunk.iter().zip(outcomes) {
            let (mut fields, failure) = report::result(row.change.as_ref(), outcome);
            fields.insert("line".into(), json!(row.line));
            results.push(RowResult { fields, failure });
        }
    }
    Ok(Sent {
        results,
        stopped: None,
    })
}

/// What a second Ctrl-C while a batch is in flight prints before exiting at once: the command to
/// check, and every row's result so far (the batch in flight `unknown`), each with its client
/// order ID, so that nothing placed is left without a name to look it up by.
struct Stop {
    check: String,
    results: String,
}

fn stop_text(done: &[RowResult], chunk: &[Row]) -> Stop {
    let mut insts: Vec<&str> = chunk.iter().map(|r| r.change.inst_id()).collect();
    insts.sort_unstable();
    insts.dedup();
    let check = insts
        .iter()
        .map(|i| format!("okx order list {i}"))
        .collect::<Vec<_>>()
        .join(" and ");
    let mut lines: Vec<String> = done
        .iter()
        .map(|r| sanitize(&Value::Object(r.fields.clone()).to_string()))
        .collect();
    for row in chunk {
        let mut m = row.change.summary();
        m.insert("line".into(), json!(row.line));
        m.insert("result".into(), json!("unknown"));
        m.insert("check".into(), json!(row.change.check_command()));
        lines.push(sanitize(&Value::Object(m).to_string()));
    }
    Stop {
        check,
        results: lines.join("\nokx: result: "),
    }
}

/// How a row without a trustworthy answer is settled.
struct Settle<'a> {
    client: &'a Client,
    /// Look it up (`Change::resolve`), or leave it unknown.
    resolve: bool,
}

impl Settle<'_> {
    fn row(&self, row: &Row, deadline: Option<i64>, why: &str) -> Outcome {
        if self.resolve {
            row.change.resolve(self.client, deadline, why)
        } else {
            Outcome::Unknown(why.to_string())
        }
    }
}

/// One batch: sent once; its outcomes, one per row.
fn send(settle: &Settle, kind: Kind, chunk: &[Row], stop: &Stop) -> Result<Vec<Outcome>> {
    let client = settle.client;
    let mut items = Vec::with_capacity(chunk.len());
    let mut expire = None;
    for row in chunk {
        let req = row.change.request()?;
        let body = req.body.as_deref().unwrap_or("{}");
        // A change whose single request is already a list of one (cancel-algos) gives its item.
        match serde_json::from_str::<Value>(body).context("encoding a batch item")? {
            Value::Array(mut one) if one.len() == 1 => items.push(one.remove(0)),
            item => items.push(item),
        }
        expire = expire.max(req.expire);
    }
    let mut req = kind.endpoint().post(Value::Array(items).to_string());
    req.expire = expire;
    if interrupt::signalled() {
        return Err(Failure::Interrupted("interrupted before a batch was sent".into()).into());
    }
    let _in_flight = interrupt::guard(&stop.check, &stop.results);
    let delivery = client.deliver(&req)?;
    let deadline = client.last_deadline_ms();
    let resolve_all = |why: &str| -> Vec<Outcome> {
        chunk.iter().map(|r| settle.row(r, deadline, why)).collect()
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
                        .map(|(row, item)| item_outcome(settle, row, item, status, deadline))
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
    settle: &Settle,
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
        return settle.row(
            row,
            deadline,
            "OKX's answer for this row names another client order ID",
        );
    }
    // A cancel or amend item that names an order names this row's.
    for key in ["ordId", "clOrdId", "algoId", "algoClOrdId"] {
        let ours = sent.get(key).and_then(Value::as_str).unwrap_or("");
        let theirs = field(item, key);
        if !row.change.places() && !ours.is_empty() && !theirs.is_empty() && theirs != ours {
            return settle.row(
                row,
                deadline,
                &format!(
                    "OKX's answer for this row names another order ({key} {})",
                    sanitize(theirs)
                ),
            );
        }
    }
    match s_code.as_str() {
        "0" if !row.change.places() || !field(item, "ordId").is_empty() => row
            .change
            .accepted_in_batch(item)
            .unwrap_or_else(|| row.change.confirm(settle.client, item.clone(), deadline)),
        "" => settle.row(row, deadline, "OKX's answer for this row has no sCode"),
        s if codes::is_unknown_outcome(s) => settle.row(
            row,
            deadline,
            &format!("OKX answered this row with sCode {s}"),
        ),
        "0" => settle.row(row, deadline, "OKX accepted this row without an ordId"),
        s => Outcome::Rejected(Failure::Api {
            code: s.to_string(),
            msg: field(item, "sMsg").to_string(),
            http_status: Some(status),
            hint: None,
        }),
    }
}

/// Writes one result per row to stdout with `columns` in a table (every field in JSON); when
/// stdout is gone the results go to stderr, never lost.
pub(crate) fn emit(out: &Output, results: &[RowResult], columns: &[&'static str]) {
    let rows = Rows {
        columns: columns.iter().map(|c| col(c)).collect(),
        rows: results
            .iter()
            .map(|r| {
                columns
                    .iter()
                    .map(|c| match r.fields.get(*c) {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Null) | None => String::new(),
                        Some(v) => v.to_string(),
                    })
                    .collect()
            })
            .collect(),
    };
    let json = Value::Array(
        results
            .iter()
            .map(|r| Value::Object(r.fields.clone()))
            .collect(),
    );
    if let Err(e) = out.emit(&rows, &json) {
        Stderr::warn(&format!("could not write the results to stdout ({e})"));
        Stderr::note(&format!(
            "results: {}",
            crate::output::sanitize(&json.to_string())
        ));
    }
}

/// How many rows ended with each `result`, in order of first appearance.
pub(crate) fn tally(results: &[RowResult]) -> Vec<(String, usize)> {
    let mut by_result: Vec<(String, usize)> = Vec::new();
    for r in results {
        let k = r
            .fields
            .get("result")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match by_result.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => by_result.push((k, 1)),
        }
    }
    by_result
}
