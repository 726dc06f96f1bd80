//! `okx order cancel-all`: OKX has no cancel-all for ordinary orders (`mass-cancel` is for
//! option market makers only, derivatives sheet §4.6), so this lists every pending order of the
//! scope (all pages), cancels them through the batch path of the order core (`cancel-batch-orders`,
//! 20 a request, paced per order and instrument), then lists again: OKX cancels asynchronously
//! and a bot may place more meanwhile, so what is still pending is canceled again, for a bounded
//! number of rounds. A batch whose answer is lost is not looked up row by row: the next listing
//! says which of its orders are still pending, and those are sent again (a cancel is safe to
//! repeat: at worst OKX answers that the order is no longer open). The listing, not the cancels' answers, decides success: the command exits 0
//! only when the last listing is empty.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::batch::{self, Kind, Row, RowResult};
use super::{listing, CancelOrder, OrderRef};
use crate::client::Client;
use crate::error::Failure;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::{sanitize, Output, Stderr};
use crate::parse::field;

/// Rounds of list-and-cancel before what is left is reported.
const ROUNDS: u32 = 4;

/// OKX's codes for a cancel of an order that is no longer open (filled, canceled, or being
/// canceled): the order is not pending, which is what cancel-all wants.
const GONE: &[&str] = &["51400", "51401", "51402", "51410"];

const COLUMNS: &[&str] = &["result", "instId", "ordId", "clOrdId", "sCode", "meaning"];

/// What to cancel.
pub(crate) struct Scope {
    pub inst_type: Option<InstType>,
    pub inst_id: Option<InstId>,
}

impl Scope {
    pub(crate) fn pending(&self, client: &Client) -> Result<Vec<Value>> {
        listing::pending(client, self.inst_type, self.inst_id.as_ref())
            .context("listing the pending orders")
    }

    pub(crate) fn describe(&self) -> String {
        match (&self.inst_id, self.inst_type) {
            (Some(id), _) => format!(" of {}", id.as_str()),
            (None, Some(t)) => format!(" of type {}", t.as_str()),
            (None, None) => String::new(),
        }
    }
}

/// "BTC-USDT 100, ETH-USDT 50": how many of `orders` each instrument has.
pub(crate) fn by_instrument(orders: &[Value]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for o in orders {
        let id = sanitize(field(o, "instId"));
        match counts.iter_mut().find(|(k, _)| *k == id) {
            Some((_, n)) => *n += 1,
            None => counts.push((id, 1)),
        }
    }
    counts
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cancels `listed` (the scope's pending orders, just read) and whatever the scope still lists
/// afterwards; prints one result per order and exits 0 only when nothing is left.
pub(crate) fn run(out: &Output, client: &Client, scope: &Scope, listed: Vec<Value>) -> Result<()> {
    batch::start(client)?;
    let first = listed.len();
    let mut results: Vec<RowResult> = Vec::new();
    // Where each order's result is, so an order met again in a later round is reported once.
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut pending = listed;
    let mut round = 0;
    while !pending.is_empty() && round < ROUNDS {
        round += 1;
        if round > 1 {
            Stderr::note(&format!(
                "{} still pending ({}): canceling again (round {round} of {ROUNDS})",
                pending.len(),
                by_instrument(&pending)
            ));
        }
        let rows = rows(&pending)?;
        let sent = batch::send_all(client, Kind::Cancel, &rows, false)?;
        if let Some(e) = sent.stopped {
            results.extend(sent.results.into_iter().map(|mut r| {
                r.fields.remove("line");
                r
            }));
            batch::emit(out, &results, COLUMNS);
            return Err(e.context("cancel-all stopped; see what is left with: okx order list"));
        }
        for mut r in sent.results {
            r.fields.remove("line");
            let code = r.fields.get("sCode").and_then(Value::as_str).unwrap_or("");
            if r.failure.is_some() && GONE.contains(&code) {
                // Filled or canceled before this cancel reached it: not pending any more.
                r.fields.insert("result".into(), json!("not_open"));
                r.failure = None;
            }
            let id = r
                .fields
                .get("ordId")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            match at.get(&id) {
                // A later round's answer replaces an earlier one only when that one failed.
                Some(&i) if results[i].failure.is_some() || r.failure.is_none() => {
                    if results[i].failure.is_some() {
                        results[i] = r;
                    }
                }
                Some(_) => {}
                None => {
                    at.insert(id, results.len());
                    results.push(r);
                }
            }
        }
        // OKX takes a moment to take an accepted cancel off the book.
        std::thread::sleep(Duration::from_millis(150 * u64::from(round)));
        pending = scope.pending(client).context(
            "the cancels were sent (results above), but listing what is left failed; check with: okx order list",
        )?;
    }
    // A cancel whose answer was lost or refused, of an order no longer listed: gone, by our
    // cancel or by a fill; the listing is what counts.
    let left_ids: HashSet<&str> = pending.iter().map(|o| field(o, "ordId")).collect();
    for r in results.iter_mut().filter(|r| r.failure.is_some()) {
        let id = r.fields.get("ordId").and_then(Value::as_str).unwrap_or("");
        if !left_ids.contains(id) {
            r.fields.insert("result".into(), json!("not_open"));
            r.fields.remove("check");
            r.failure = None;
        }
    }
    batch::emit(out, &results, COLUMNS);
    let summary = batch::tally(&results)
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    let left = pending.len();
    Stderr::note(&format!(
        "{first} pending orders{} listed; {} orders handled in {round} round{}: {summary}; {left} left",
        scope.describe(),
        results.len(),
        if round == 1 { "" } else { "s" }
    ));
    if left > 0 {
        let ids: Vec<String> = pending
            .iter()
            .take(5)
            .map(|o| sanitize(field(o, "ordId")))
            .collect();
        return Err(Failure::Partial(format!(
            "{left} orders{} are still pending after {round} rounds ({}; ordIds {}{}): see them with: okx order list{}",
            scope.describe(),
            by_instrument(&pending),
            ids.join(", "),
            if left > ids.len() { ", …" } else { "" },
            scope
                .inst_id
                .as_ref()
                .map(|i| format!(" {}", i.as_str()))
                .unwrap_or_default()
        ))
        .into());
    }
    Ok(())
}

/// One cancel per listed order, by its `ordId` (what OKX's listing names it by).
fn rows(orders: &[Value]) -> Result<Vec<Row>> {
    orders
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let (inst, id) = (field(o, "instId"), field(o, "ordId"));
            if inst.is_empty() || id.is_empty() {
                return Err(Failure::Network(format!(
                    "OKX listed a pending order without instId or ordId ({})",
                    sanitize(&o.to_string())
                ))
                .into());
            }
            Ok(Row {
                line: i + 1,
                change: Box::new(CancelOrder {
                    inst_id: inst.to_string(),
                    order: OrderRef::OrdId(id.to_string()),
                }),
            })
        })
        .collect()
}
