//! `okx order cancel-all`: OKX has no cancel-all for ordinary orders (`mass-cancel` is for
//! option market makers only, derivatives sheet §4.6), so this lists every pending order of the
//! scope (all pages), cancels them through the batch path of the order core (`cancel-batch-orders`,
//! 20 a request, paced per order and instrument), then lists again: OKX cancels asynchronously
//! and a bot may place more meanwhile, so what is still pending is canceled again, for a bounded
//! number of rounds. With `--algo` the algo orders (TP/SL, OCO, trigger, trailing) are swept the
//! same way with `cancel-algos` (10 a request); without it, algo orders still pending are named
//! on stderr, since a stop left behind can still fire.
//!
//! A batch whose answer is lost is not looked up row by row: the next listing says which of its
//! orders are still pending, and those are sent again (a cancel is safe to repeat: at worst OKX
//! answers that the order is no longer open). The listing, not the cancels' answers, decides
//! success: the command exits 0 only when the last listing is empty.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::algo::{self, AlgoKind, AlgoRef, CancelAlgo};
use super::batch::{self, Kind, Row, RowResult};
use super::{listing, CancelOrder, OrderRef};
use crate::client::Client;
use crate::error::Failure;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::{sanitize, Output, Stderr};
use crate::parse::field;

/// Rounds of list-and-cancel before what is left is reported.
const ROUNDS: u32 = 4;

/// OKX's codes for a cancel of an order that is no longer open (filled, canceled, being
/// canceled, an algo order already triggered, or gone): not pending, which is what cancel-all
/// wants.
const GONE: &[&str] = &[
    "51400", "51401", "51402", "51410", "51412", "51416", "51603",
];

const COLUMNS: &[&str] = &[
    "result", "instId", "ordId", "algoId", "clOrdId", "state", "sCode", "meaning",
];

/// What is swept: ordinary orders, or algo orders.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Orders,
    Algos,
}

impl Target {
    /// The field OKX's listing names each by.
    fn id(self) -> &'static str {
        match self {
            Target::Orders => "ordId",
            Target::Algos => "algoId",
        }
    }

    pub(crate) fn noun(self) -> &'static str {
        match self {
            Target::Orders => "orders",
            Target::Algos => "algo orders",
        }
    }

    fn list_command(self) -> &'static str {
        match self {
            Target::Orders => "okx order list",
            Target::Algos => "okx algo list",
        }
    }

    fn kind(self) -> Kind {
        match self {
            Target::Orders => Kind::Cancel,
            Target::Algos => Kind::CancelAlgos,
        }
    }

    /// One cancel per listed order, by the ID OKX's listing names it by.
    fn rows(self, listed: &[Value]) -> Result<Vec<Row>> {
        listed
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let (inst, id) = (field(o, "instId"), field(o, self.id()));
                if inst.is_empty() || id.is_empty() {
                    return Err(Failure::Network(format!(
                        "OKX listed a pending order without instId or {} ({})",
                        self.id(),
                        crate::output::shown(&o.to_string(), 200)
                    ))
                    .into());
                }
                let change: Box<dyn super::Change> = match self {
                    Target::Orders => Box::new(CancelOrder {
                        inst_id: inst.to_string(),
                        order: OrderRef::OrdId(id.to_string()),
                    }),
                    Target::Algos => Box::new(CancelAlgo {
                        inst_id: inst.to_string(),
                        target: AlgoRef::AlgoId(id.to_string()),
                    }),
                };
                Ok(Row {
                    line: i + 1,
                    change,
                })
            })
            .collect()
    }
}

/// What to cancel.
pub(crate) struct Scope {
    pub inst_type: Option<InstType>,
    pub inst_id: Option<InstId>,
}

impl Scope {
    /// Every pending order of `target` in the scope (all pages).
    pub(crate) fn pending(&self, client: &Client, target: Target) -> Result<Vec<Value>> {
        match target {
            Target::Orders => listing::pending(client, self.inst_type, self.inst_id.as_ref())
                .context("listing the pending orders"),
            // OKX has no algo orders on options: nothing to list, nothing to ask.
            Target::Algos if self.options_only() => Ok(Vec::new()),
            Target::Algos => algo::pending(
                client,
                &AlgoKind::ALL,
                self.inst_id.as_ref().map(InstId::as_str),
                self.inst_type.map(InstType::as_str),
            )
            .context("listing the pending algo orders"),
        }
    }

    fn options_only(&self) -> bool {
        self.inst_type == Some(InstType::Option)
            || self
                .inst_id
                .as_ref()
                .is_some_and(|i| i.inst_type() == InstType::Option)
    }

    pub(crate) fn describe(&self) -> String {
        match (&self.inst_id, self.inst_type) {
            (Some(id), _) => format!(" of {}", id.as_str()),
            (None, Some(t)) => format!(" of type {}", t.as_str()),
            (None, None) => String::new(),
        }
    }

    fn on(&self, target: Target) -> String {
        let scope = self
            .inst_id
            .as_ref()
            .map(|i| format!(" {}", i.as_str()))
            .unwrap_or_default();
        format!("{}{scope}", target.list_command())
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

/// How one target's sweep ended.
struct Swept {
    first: usize,
    rounds: u32,
    left: Vec<Value>,
}

/// Cancels what `listed` holds (each target's pending orders, just read) and whatever the scope
/// still lists afterwards; prints one result per order and exits 0 only when nothing is left.
/// Without algo orders among the targets, algo orders still pending are named on stderr.
pub(crate) fn run(
    out: &Output,
    client: &Client,
    scope: &Scope,
    listed: Vec<(Target, Vec<Value>)>,
) -> Result<()> {
    batch::start(client)?;
    let mut results: Vec<RowResult> = Vec::new();
    let mut swept = Vec::new();
    let algos_swept = listed.iter().any(|(t, _)| *t == Target::Algos);
    for (target, listing) in listed {
        match sweep(client, scope, target, listing, &mut results) {
            Ok(s) => swept.push((target, s)),
            Err(e) => {
                batch::emit(out, &results, COLUMNS);
                return Err(e);
            }
        }
    }
    batch::emit(out, &results, COLUMNS);
    let summary = batch::tally(&results)
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut left_total = 0;
    let mut lefts = Vec::new();
    for (target, s) in &swept {
        let left = s.left.len();
        left_total += left;
        Stderr::note(&format!(
            "{} pending {}{} listed; {} round{}; {left} left",
            s.first,
            target.noun(),
            scope.describe(),
            s.rounds,
            if s.rounds == 1 { "" } else { "s" }
        ));
        if left > 0 {
            let ids: Vec<String> = s
                .left
                .iter()
                .take(5)
                .map(|o| sanitize(field(o, target.id())))
                .collect();
            lefts.push(format!(
                "{left} {} ({}; {}s {}{}): see them with: {}",
                target.noun(),
                by_instrument(&s.left),
                target.id(),
                ids.join(", "),
                if left > ids.len() { ", …" } else { "" },
                scope.on(*target)
            ));
        }
    }
    Stderr::note(&format!("{} handled: {summary}", results.len()));
    if !algos_swept {
        warn_algos_left(client, scope);
    }
    if left_total > 0 {
        return Err(Failure::Partial(format!(
            "still pending after every round: {}",
            lefts.join("; ")
        ))
        .into());
    }
    Ok(())
}

/// Algo orders are not canceled without `--algo`, yet a stop left behind can still fire: say so.
pub(crate) fn warn_algos_left(client: &Client, scope: &Scope) {
    match scope.pending(client, Target::Algos) {
        Ok(algos) if algos.is_empty() => {}
        Ok(algos) => Stderr::warn(&format!(
            "{} algo orders{} are still pending and can still fire ({}): they are not ordinary orders; cancel them too with --algo, see them with: {}",
            algos.len(),
            scope.describe(),
            by_instrument(&algos),
            scope.on(Target::Algos)
        )),
        Err(e) => Stderr::warn(&format!(
            "could not check for pending algo orders ({e:#}); see them with: {}",
            scope.on(Target::Algos)
        )),
    }
}

/// Cancels `listed` and lists again, for up to [`ROUNDS`] rounds; each order's result goes into
/// `results` once (a later round's replaces an earlier failure).
fn sweep(
    client: &Client,
    scope: &Scope,
    target: Target,
    listed: Vec<Value>,
    results: &mut Vec<RowResult>,
) -> Result<Swept> {
    let first = listed.len();
    let start = results.len();
    let id_key = target.id();
    // Where each order's result is, so an order met again in a later round is reported once.
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut pending = listed;
    let mut round = 0;
    while !pending.is_empty() && round < ROUNDS {
        round += 1;
        if round > 1 {
            Stderr::note(&format!(
                "{} {} still pending ({}): canceling again (round {round} of {ROUNDS})",
                pending.len(),
                target.noun(),
                by_instrument(&pending)
            ));
        }
        let rows = target.rows(&pending)?;
        let sent = batch::send_all(client, target.kind(), &rows, false)?;
        if let Some(e) = sent.stopped {
            results.extend(sent.results.into_iter().map(|mut r| {
                r.fields.remove("line");
                r
            }));
            return Err(e.context(format!(
                "cancel-all stopped; see what is left with: {}",
                scope.on(target)
            )));
        }
        for mut r in sent.results {
            r.fields.remove("line");
            let code = r.fields.get("sCode").and_then(Value::as_str).unwrap_or("");
            if r.failure.is_some() && GONE.contains(&code) {
                // Filled, triggered or canceled before this cancel reached it: not pending.
                r.fields.insert("result".into(), json!("not_open"));
                r.failure = None;
            }
            let id = r
                .fields
                .get(id_key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            match at.get(&id) {
                // A later round's answer replaces an earlier one only when that one failed.
                Some(&i) => {
                    if results[i].failure.is_some() {
                        results[i] = r;
                    }
                }
                None => {
                    at.insert(id, results.len());
                    results.push(r);
                }
            }
        }
        // OKX takes a moment to take an accepted cancel off the book.
        std::thread::sleep(Duration::from_millis(150 * u64::from(round)));
        pending = scope.pending(client, target).with_context(|| {
            format!(
                "the cancels were sent (results above), but listing what is left failed; check with: {}",
                scope.on(target)
            )
        })?;
    }
    // A cancel whose answer was lost or refused, of an order no longer listed: gone, by our
    // cancel or by a fill; the listing is what counts.
    let left_ids: HashSet<&str> = pending.iter().map(|o| field(o, id_key)).collect();
    for r in results[start..].iter_mut().filter(|r| r.failure.is_some()) {
        let id = r.fields.get(id_key).and_then(Value::as_str).unwrap_or("");
        if !left_ids.contains(id) {
            r.fields.insert("result".into(), json!("not_open"));
            r.fields.remove("check");
            r.failure = None;
        }
    }
    // Gone without a confirmed cancel: OKX's record says whether it was canceled (by this
    // sweep, as a rule) or filled, or, for an algo order, triggered: a stop that fired has
    // opened or closed a position, which the user must know.
    for r in results[start..].iter_mut() {
        if r.fields.get("result").and_then(Value::as_str) != Some("not_open") {
            continue;
        }
        let (inst, id) = (
            field(&Value::Object(r.fields.clone()), "instId").to_string(),
            field(&Value::Object(r.fields.clone()), id_key).to_string(),
        );
        let found = match target {
            Target::Orders => super::lookup(client, &inst, &OrderRef::OrdId(id.clone())),
            Target::Algos => algo::lookup(client, &AlgoRef::AlgoId(id.clone())),
        };
        let Ok(Some(found)) = found else { continue };
        let state = field(&found, "state").to_string();
        r.fields.insert("state".into(), json!(state));
        match state.as_str() {
            "canceled" | "mmp_canceled" => {
                r.fields.insert("result".into(), json!("canceled"));
            }
            "order_failed" if target == Target::Algos => {
                // It fired, but its order failed: nothing was filled.
                r.fields.insert("result".into(), json!("trigger_failed"));
            }
            "effective" | "partially_effective" if target == Target::Algos => {
                r.fields.insert("result".into(), json!("triggered"));
                Stderr::warn(&format!(
                    "algo order {} on {} was triggered ({}) before it could be canceled{}: check your position with: okx positions {}",
                    sanitize(&id),
                    sanitize(&inst),
                    sanitize(&state),
                    match field(&found, "ordId") {
                        "" => String::new(),
                        o => format!(" and placed order {}", sanitize(o)),
                    },
                    sanitize(&inst)
                ));
            }
            _ => {}
        }
    }
    Ok(Swept {
        first,
        rounds: round,
        left: pending,
    })
}
