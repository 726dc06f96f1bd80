//! `POST /api/v5/trade/cancel-all-after`, OKX's dead-man's switch (derivatives sheet §4.7): a
//! countdown per account and `tag` that, when it runs out without being set again, cancels every
//! pending order of the account (only those carrying the tag, for a tagged timer), spot and
//! derivatives alike. `timeOut` is in seconds, `0` (off) or 10 to 120; at most 20 tag-level
//! timers per account (51071).
//!
//! The timer is real: a background thread watches the sim clock (so a test that moves the clock
//! with `Sim::set_clock_offset_ms` makes it fire without waiting), and every request checks it
//! first, so no answer shows an order a run-out timer should have canceled.
//!
//! The answer's `triggerTime` and `ts` are milliseconds like every other OKX timestamp; the
//! docs' example shows seconds (derivatives sheet §10.8), which `Sim::set_cancel_all_after_seconds`
//! switches to so clients can be tested against both readings.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use crate::routes::{Ctx, Reply};
use crate::state::{lock, Shared};
use crate::trade::{body, is_empty, text};

/// Shortest and longest countdown OKX takes, in seconds.
const MIN_TIMEOUT_S: i64 = 10;
const MAX_TIMEOUT_S: i64 = 120;
/// Live timers with a tag an account may have.
const MAX_TAGGED: usize = 20;
/// OKX's `cancelSource` for an order canceled by cancel-all-after ("20: Cancel all after
/// triggered", in the list of cancelSource values on the get-order page).
const CANCEL_SOURCE: &str = "20";
/// How often the timer thread looks at the sim clock.
const TICK: Duration = Duration::from_millis(10);

/// The armed timers: (uid, tag) → when they fire, on the sim clock (ms). The empty tag is the
/// account-wide timer.
#[derive(Default)]
pub(crate) struct Timers {
    armed: HashMap<(String, String), i64>,
}

/// `POST /api/v5/trade/cancel-all-after`
pub(crate) fn cancel_all_after(ctx: &Ctx) -> Reply {
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let body = match body(ctx) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if is_empty(&body, "timeOut") {
        return Reply::param_empty("timeOut");
    }
    let timeout_s = match text(&body, "timeOut") {
        Ok(Some(t)) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 4 => {
            t.parse::<i64>().unwrap_or(-1)
        }
        _ => -1,
    };
    if timeout_s != 0 && !(MIN_TIMEOUT_S..=MAX_TIMEOUT_S).contains(&timeout_s) {
        return Reply::param_error("timeOut");
    }
    let tag = match text(&body, "tag") {
        Ok(None) => String::new(),
        Ok(Some(t)) if t.len() <= 16 && t.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            t.to_string()
        }
        _ => return Reply::param_error("tag"),
    };
    let uid = account.account.uid.clone();
    let now = ctx.shared.now_ms();
    let trigger = {
        let mut timers = lock(&ctx.shared.deadman);
        let key = (uid.clone(), tag.clone());
        if timeout_s == 0 {
            timers.armed.remove(&key);
            0
        } else {
            let tagged = timers
                .armed
                .keys()
                .filter(|(u, t)| *u == uid && !t.is_empty() && **t != tag)
                .count();
            if !tag.is_empty() && !timers.armed.contains_key(&key) && tagged >= MAX_TAGGED {
                return Reply::error(
                    200,
                    "51071",
                    "You've reached the maximum limit for tag level cancel all after timers.",
                );
            }
            let at = now + timeout_s * 1000;
            timers.armed.insert(key, at);
            at
        }
    };
    let unit = |ms: i64| {
        if ctx.shared.cancel_all_after_seconds.load(Ordering::SeqCst) {
            ms.div_euclid(1000)
        } else {
            ms
        }
    };
    Reply::ok(vec![json!({
        "triggerTime": unit(trigger).to_string(),
        "tag": tag,
        "ts": unit(now).to_string(),
    })])
}

/// Fires every timer whose time has come on the sim clock: cancels the pending orders it covers,
/// as if each were canceled by OKX, and pushes the changes.
pub(crate) fn fire_due(shared: &Shared) {
    let now = shared.now_ms();
    let due: Vec<(String, String)> = {
        let mut timers = lock(&shared.deadman);
        let due: Vec<_> = timers
            .armed
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(k, _)| k.clone())
            .collect();
        for k in &due {
            timers.armed.remove(k);
        }
        due
    };
    if due.is_empty() {
        return;
    }
    for (uid, tag) in due {
        let Some(account) = shared.accounts.iter().find(|a| a.account.uid == uid) else {
            continue;
        };
        let mut orders = shared.orders();
        let targets: Vec<(usize, String)> = orders
            .all()
            .iter()
            .filter(|o| o.uid == uid && o.state.is_pending() && (tag.is_empty() || o.tag == tag))
            .map(|o| (o.inst, o.ord_id.to_string()))
            .collect();
        for (inst, ord_id) in targets {
            if orders
                .cancel(
                    &shared.market,
                    account,
                    Some(inst),
                    Some(&ord_id),
                    None,
                    now,
                )
                .is_ok()
            {
                if let Some(o) = orders
                    .list
                    .iter_mut()
                    .find(|o| o.ord_id.to_string() == ord_id)
                {
                    o.cancel_source = CANCEL_SOURCE;
                }
                if let Some(e) = orders.events.last_mut() {
                    e.order["cancelSource"] = CANCEL_SOURCE.into();
                }
            }
        }
    }
    shared.publish_order_events();
}

/// The timer thread: runs until the sim stops.
pub(crate) fn spawn_timer(shared: Arc<Shared>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("okx-sim-deadman".into())
        .spawn(move || {
            while !shared.stopping.load(Ordering::SeqCst) {
                fire_due(&shared);
                std::thread::sleep(TICK);
            }
        })
        .map(|_| ())
}
