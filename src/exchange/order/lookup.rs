//! Looking orders up: the one GET that reads an order, the check that a client order ID is
//! unused before it is sent, what an accepted order or cancel turned into, and the look-ups that
//! turn a lost answer into a certain outcome.
//!
//! "Not placed" is said only on OKX's own clock: `/public/time` is read afresh, and only an
//! order still absent in a look-up made after OKX's clock was seen past the order's `expTime`
//! (plus a margin) is not placed, since OKX does not process an order after its `expTime`.
//! Never on this machine's estimate of when it sent the order, which a stepped clock or a
//! slow link can put seconds off.

use std::time::{Duration, Instant};

use anyhow::Result;
use rust_decimal::Decimal;
use serde_json::Value;

use super::{okx_name, CancelOrder, NewOrder, OrdType, OrderRef, Outcome};
use crate::client::Client;
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::{iso_ms, sanitize, Stderr};
use crate::parse::field;

/// How far past the deadline OKX's clock must be before an absence counts: OKX checks
/// `expTime` when it takes the order up, and its services' clocks may differ a little.
const DEADLINE_MARGIN_MS: i64 = 1_000;
/// How long past the deadline okx keeps trying before it says `unknown`.
const GIVE_UP_AFTER_DEADLINE: Duration = Duration::from_secs(5);
/// How long okx watches an order that should settle at once (market, IOC, FOK, a cancel).
const SETTLE_FOR: Duration = Duration::from_secs(3);

/// GET /trade/order. `Ok(None)` only when OKX says 51603 (no such order); an answer that is
/// not one order object, or names another order than the one asked for, is an error, never
/// taken for an absence.
pub(crate) fn lookup(client: &Client, inst_id: &str, order: &OrderRef) -> Result<Option<Value>> {
    let req = endpoints::ORDER
        .request()
        .query("instId", inst_id)
        .query(order.key(), order.value())
        .signed();
    match client.send(&req) {
        Ok(env) => match env.data.as_slice() {
            [one]
                if !field(one, "ordId").is_empty()
                    && field(one, "instId") == inst_id
                    && field(one, order.key()) == order.value() =>
            {
                Ok(Some(one.clone()))
            }
            _ => Err(Failure::Network(
                "OKX answered the order look-up without one order in it".into(),
            )
            .into()),
        },
        Err(e) => match e.downcast_ref::<Failure>() {
            Some(Failure::Api { code, .. }) if code == "51603" => Ok(None),
            _ => Err(e),
        },
    }
}

/// Refuses a client order ID that already names an order: OKX's look-up by client order ID
/// returns only the latest order, so after a lost answer the new order could not be told from
/// the old one.
pub(crate) fn ensure_unused(client: &Client, order: &NewOrder) -> Result<()> {
    match lookup(client, &order.inst_id, &order.target()) {
        Ok(None) => Ok(()),
        Ok(Some(old)) => Err(Failure::Usage(format!(
            "--cl-ord-id {} already names order {} ({}, created {}); a lost answer could not be told apart from it: choose a new ID, or leave --cl-ord-id out for a generated one",
            order.cl_ord_id,
            sanitize(field(&old, "ordId")),
            sanitize(field(&old, "state")),
            sanitize(&iso_ms(field(&old, "cTime"))),
        ))
        .into()),
        Err(e) => Err(Failure::Network(format!(
            "could not check that --cl-ord-id {} is unused ({e:#}); nothing was sent",
            order.cl_ord_id
        ))
        .into()),
    }
}

pub(super) fn is_open(order: &Value) -> bool {
    matches!(field(order, "state"), "live" | "partially_filled")
}

/// Looks `order` up again while it is still open, for up to `SETTLE_FOR`: OKX matches market,
/// IOC and FOK orders and carries out cancels asynchronously, so their first state may be
/// `live` for a moment.
fn settle(client: &Client, inst_id: &str, target: &OrderRef, order: Value) -> Value {
    settle_while(client, inst_id, target, order, is_open)
}

/// Looks `order` up again while `waiting` holds, for up to `SETTLE_FOR` (an accepted change
/// OKX carries out asynchronously).
pub(super) fn settle_while(
    client: &Client,
    inst_id: &str,
    target: &OrderRef,
    mut order: Value,
    waiting: impl Fn(&Value) -> bool,
) -> Value {
    let started = Instant::now();
    while waiting(&order) && started.elapsed() < SETTLE_FOR {
        std::thread::sleep(Duration::from_millis(200));
        match lookup(client, inst_id, target) {
            Ok(Some(o)) => order = o,
            _ => break,
        }
    }
    order
}

/// An accepted order: one look-up tells what it became (filled, partly filled, resting,
/// canceled by OKX), with the filled size and average price. The order the answer names must be
/// this one; when it is not, or OKX does not find it, the answer is not trusted and the order
/// is looked up by its client ID, as after a lost answer.
pub(super) fn placed(
    client: &Client,
    order: &NewOrder,
    item: Value,
    deadline_ms: Option<i64>,
) -> Outcome {
    let target = OrderRef::OrdId(field(&item, "ordId").to_string());
    match lookup(client, &order.inst_id, &target) {
        Ok(Some(found)) if order.matches(&found) => truth(client, order, &target, found),
        Ok(found) => {
            let why = match found {
                Some(_) => format!(
                    "OKX's answer named order {}, which is not this one",
                    sanitize(target.value())
                ),
                None => format!(
                    "OKX's answer named order {}, which OKX does not find",
                    sanitize(target.value())
                ),
            };
            resolve_placement(client, order, deadline_ms, &why)
        }
        Err(e) => {
            Stderr::warn(&format!(
                "the order was placed (ordId {}), but its state could not be read ({e:#}); see it with: {}",
                sanitize(target.value()),
                target.check_command(&order.inst_id)
            ));
            Outcome::Done {
                result: "placed",
                order: item,
                problem: None,
            }
        }
    }
}

/// The placed order as OKX holds it, watched until settled when it should settle at once; an
/// order OKX canceled without filling any of it is a problem the exit code tells.
fn truth(client: &Client, order: &NewOrder, target: &OrderRef, found: Value) -> Outcome {
    let immediate = matches!(
        order.ord_type,
        OrdType::Market | OrdType::Ioc | OrdType::Fok
    );
    let found = if immediate {
        settle(client, &order.inst_id, target, found)
    } else {
        found
    };
    // Unreadable is not zero: only a fill OKX reports as 0 is "nothing filled".
    let filled = field(&found, "accFillSz").parse::<Decimal>().ok();
    let state = field(&found, "state");
    let problem =
        if matches!(state, "canceled" | "mmp_canceled") && filled.is_some_and(|f| f.is_zero()) {
            let why = match order.ord_type {
                OrdType::Ioc | OrdType::Fok => "nothing matched at its price",
                OrdType::PostOnly => "it would have taken liquidity",
                _ => "nothing could be matched",
            };
            Some(Failure::Unfilled(format!(
                "OKX canceled the {} order {} without filling any of it: {why}",
                okx_name(order.ord_type),
                sanitize(field(&found, "ordId"))
            )))
        } else {
            if state == "canceled" && filled.is_some_and(|f| !f.is_zero()) {
                Stderr::note(&format!(
                    "partly filled: {} of {}, the rest canceled by OKX",
                    sanitize(field(&found, "accFillSz")),
                    order.sz.text()
                ));
            }
            None
        };
    Outcome::Done {
        result: "placed",
        order: found,
        problem,
    }
}

/// What one look after a lost answer found.
pub(super) enum Look {
    /// The change's fate is certain.
    Settled(Outcome),
    /// Not in effect (yet): the order is absent, or unchanged.
    NotYet,
    /// The look-up failed: why.
    Failed(String),
}

/// How watching a change with a deadline ended.
pub(super) enum Watched {
    Settled(Outcome),
    /// Not in effect in two looks in a row made after OKX's clock, read afresh, was past the
    /// deadline (plus a margin): OKX will not process it any more.
    PastDeadline,
    /// okx tried for a while past the deadline without certainty; the last thing seen.
    GaveUp(String),
}

/// Looks (`look`) at a change whose answer was lost until it is settled, or it is still not in
/// effect twice after OKX's clock, read afresh before each look, is past `deadline`, or okx
/// has tried for a while past the deadline. `pending` names what `NotYet` means, for messages.
pub(super) fn watch(
    client: &Client,
    deadline: i64,
    pending: &str,
    mut look: impl FnMut() -> Look,
) -> Watched {
    // Bounded on this machine's monotonic clock: the estimate only decides how long to try.
    let until_deadline = deadline
        .saturating_sub(client.server_now_ms())
        .clamp(0, 600_000);
    let give_up_at = Instant::now()
        + Duration::from_millis(until_deadline as u64 + DEADLINE_MARGIN_MS as u64)
        + GIVE_UP_AFTER_DEADLINE;
    let mut last = String::new();
    let mut attempt = 0;
    // Absences seen in a row after the deadline: one could be a look-up that lags behind OKX's
    // order book, so a verdict waits for a second one.
    let mut absences = 0;
    loop {
        attempt += 1;
        // OKX's clock is read before the look-up, so an absence seen after a reading past the
        // deadline is an absence past the deadline. Not read while the estimate says it is early.
        let past = if client.server_now_ms() > deadline {
            match client.read_server_clock() {
                Ok(ts) => Some(ts > deadline.saturating_add(DEADLINE_MARGIN_MS)),
                Err(e) => {
                    last = format!("OKX's clock could not be read ({e:#})");
                    None
                }
            }
        } else {
            Some(false)
        };
        let mut early_miss = false;
        match look() {
            Look::Settled(outcome) => return Watched::Settled(outcome),
            Look::NotYet if past == Some(true) && absences >= 1 => return Watched::PastDeadline,
            Look::NotYet if past == Some(true) => {
                absences += 1;
                last = format!("{pending} after the deadline once; confirming");
            }
            Look::NotYet if past == Some(false) => {
                absences = 0;
                early_miss = true;
                last = format!("{pending} yet");
            }
            // The clock could not be read: `last` says so.
            Look::NotYet => absences = 0,
            Look::Failed(e) => {
                absences = 0;
                last = e;
            }
        }
        if Instant::now() >= give_up_at {
            return Watched::GaveUp(last);
        }
        let early = deadline
            .saturating_add(DEADLINE_MARGIN_MS + 300)
            .saturating_sub(client.server_now_ms());
        let pause = if absences > 0 {
            Duration::from_millis(500)
        } else if early_miss && early > 0 {
            Duration::from_millis(early.clamp(200, 2_000) as u64)
        } else {
            client.backoff(attempt.min(4))
        };
        std::thread::sleep(pause.min(give_up_at.saturating_duration_since(Instant::now())));
    }
}

/// Looks up an order whose answer was lost, by its client order ID, until it is found (placed),
/// or OKX's clock, read afresh, is past the order's deadline and a look-up after that reading
/// still finds nothing (not placed), or okx has tried for a while past the deadline (unknown).
pub(super) fn resolve_placement(
    client: &Client,
    order: &NewOrder,
    deadline_ms: Option<i64>,
    why: &str,
) -> Outcome {
    Stderr::warn(&format!(
        "{why}: the order may or may not exist; it will not be sent again. Looking it up by clOrdId {}…",
        order.cl_ord_id
    ));
    let Some(deadline) = deadline_ms else {
        return Outcome::Unknown(format!("{why}; it carried no deadline to wait for"));
    };
    let target = order.target();
    let watched = watch(client, deadline, "not found", || {
        match lookup(client, &order.inst_id, &target) {
            Ok(Some(found)) if order.matches(&found) => {
                Stderr::note(&format!(
                    "found it: the order was placed (ordId {}, state {})",
                    sanitize(field(&found, "ordId")),
                    sanitize(field(&found, "state"))
                ));
                Look::Settled(truth(
                    client,
                    order,
                    &OrderRef::OrdId(field(&found, "ordId").into()),
                    found,
                ))
            }
            // Generated IDs are random and given ones were checked unused before sending, so
            // this is another program's order under the same ID: ours cannot be seen.
            Ok(Some(found)) => Look::Settled(Outcome::Unknown(format!(
                "{why}; the order under clOrdId {} is not this one ({} {} {} at {}, ordId {}), so this one cannot be looked up",
                order.cl_ord_id,
                sanitize(field(&found, "side")),
                sanitize(field(&found, "ordType")),
                sanitize(field(&found, "sz")),
                sanitize(field(&found, "px")),
                sanitize(field(&found, "ordId")),
            ))),
            Ok(None) => Look::NotYet,
            Err(e) => Look::Failed(format!("{e:#}")),
        }
    });
    match watched {
        Watched::Settled(outcome) => outcome,
        Watched::PastDeadline => Outcome::NotDone(format!(
            "{why}, and it is absent, twice, after its expTime deadline on OKX's clock, after which OKX does not process it"
        )),
        Watched::GaveUp(last) => Outcome::Unknown(format!(
            "{why}; it could not be confirmed either way: {last}"
        )),
    }
}

/// An accepted cancel: OKX cancels asynchronously, so the order is watched for a moment.
pub(super) fn canceled(client: &Client, cancel: &CancelOrder, item: Value) -> Outcome {
    let target = match field(&item, "ordId") {
        "" => cancel.order.clone(),
        id => OrderRef::OrdId(id.to_string()),
    };
    match lookup(client, &cancel.inst_id, &target) {
        // The answer named another order than the one to cancel: look at ours.
        Ok(Some(found)) if field(&found, cancel.order.key()) != cancel.order.value() => {
            resolve_cancel(
                client,
                cancel,
                &format!(
                    "OKX's answer named order {}, which is not the one to cancel",
                    sanitize(target.value())
                ),
            )
        }
        Ok(Some(found)) => {
            let found = settle(client, &cancel.inst_id, &target, found);
            let result = if matches!(field(&found, "state"), "canceled" | "mmp_canceled") {
                "canceled"
            } else {
                "cancel_accepted"
            };
            Outcome::Done {
                result,
                order: found,
                problem: None,
            }
        }
        _ => Outcome::Done {
            result: "cancel_accepted",
            order: item,
            problem: None,
        },
    }
}

/// A cancel whose answer was lost: the order's state says whether it took effect.
pub(super) fn resolve_cancel(client: &Client, cancel: &CancelOrder, why: &str) -> Outcome {
    Stderr::warn(&format!(
        "{why}: the cancel may or may not have reached OKX; checking the order…"
    ));
    let mut last = String::new();
    for attempt in 1..=4 {
        match lookup(client, &cancel.inst_id, &cancel.order) {
            Ok(Some(found)) => {
                let found = settle(client, &cancel.inst_id, &cancel.order, found);
                return match field(&found, "state") {
                    "canceled" | "mmp_canceled" => Outcome::Done {
                        result: "canceled",
                        order: found,
                        problem: None,
                    },
                    "filled" => Outcome::Rejected(Failure::Api {
                        code: "51400".into(),
                        msg: "the order was filled before it could be canceled".into(),
                        http_status: None,
                        hint: None,
                    }),
                    state => {
                        Outcome::NotDone(format!("{why}; the order is still {}", sanitize(state)))
                    }
                };
            }
            Ok(None) => {
                return Outcome::Rejected(Failure::Api {
                    code: "51603".into(),
                    msg: "Order does not exist".into(),
                    http_status: None,
                    hint: None,
                })
            }
            Err(e) => last = format!("{e:#}"),
        }
        std::thread::sleep(client.backoff(attempt));
    }
    Outcome::Unknown(format!("{why}; checking the order failed ({last})"))
}
