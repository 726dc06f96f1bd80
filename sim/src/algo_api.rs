//! Handlers of the algo trading endpoints (derivatives fact sheet §5): `order-algo`,
//! `cancel-algos`, `amend-algos`, `orders-algo-pending`, `orders-algo-history` and the details
//! look-up `order-algo` (GET). What an algo order does is in `algo_orders.rs`.
//!
//! * `order-algo`: `instId`, `tdMode`, `side`, `ordType` missing: 50014 (HTTP 400); then the
//!   per-item envelope `{algoId, clOrdId, algoClOrdId, sCode, sMsg, tag}`.
//! * `cancel-algos`: a JSON array of at most 10 `{instId, algoId | algoClOrdId}` (more: 51000
//!   at request level, the docs name no code); items answered in turn `{algoId, sCode, sMsg}`
//!   plus the deprecated `clOrdId`, `algoClOrdId`, `tag`; top-level code 0, 1 or 2 as the batch
//!   endpoints. Counted per ORDER, 20 per 2 s per account and instrument.
//! * `amend-algos`: `conditional` and `trigger` orders only (others 51000 naming the type);
//!   `newSz`, the TP/SL fields (`newTpTriggerPx` `0` removes the TP, likewise the SL; a
//!   conditional keeps at least one leg), `newTriggerPx` with `newOrdPx` (both required for a
//!   trigger order, 50014); a trigger type cannot change (51528); a full-close order's size
//!   cannot change (51523); a new size is checked as at placement (lot 51121, minimum 51020, a
//!   TP/SL above `maxStopSz` 51000); the order gone or triggered: 51503; `cxlOnFail` cancels the order
//!   when the amend fails after it was found. Answer `{algoId, algoClOrdId, reqId, sCode, sMsg}`.
//! * lists: `ordType` required (50014), only `conditional,oco` combine (51000); history needs
//!   `state` or `algoId` (50014); `after`/`before` are `algoId` cursors, newest first, `limit` ≤ 100.
//! * details: `algoId` or `algoClOrdId` (50014 when neither); none found: 51603.

use serde_json::{json, Map};

use crate::account::AccountState;
use crate::algo_orders::{echo, ref_price, Kind};
use crate::algos::Algo;
use crate::amount::Amount;
use crate::orders::{check_size, param_error, reject, valid_id, Reject};
use crate::routes::{Ctx, Reply};
use crate::trade::{self, body, flag, is_empty, per_item, text, Body};

/// The most algo orders one `cancel-algos` request takes.
const MAX_CANCEL: usize = 10;

fn unauthorized() -> Reply {
    Reply::error(401, "50114", "Invalid authorization")
}

/// The account and JSON object body of a POST.
fn signed_body<'a>(ctx: &Ctx<'a>) -> Result<(&'a AccountState, Body), Reply> {
    let account = ctx.account.ok_or_else(unauthorized)?;
    Ok((account, body(ctx)?))
}

/// `POST /api/v5/trade/order-algo`
pub(crate) fn place_algo(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let (account, body) = match signed_body(ctx) {
        Ok(v) => v,
        Err(r) => return r,
    };
    for name in ["instId", "tdMode", "side", "ordType"] {
        if is_empty(&body, name) {
            return Reply::param_empty(name);
        }
    }
    let echo_field = |name: &str| text(&body, name).ok().flatten().unwrap_or("").to_string();
    let (cl, tag) = (echo_field("algoClOrdId"), echo_field("tag"));
    let result = ctx
        .shared
        .orders()
        .place_algo(&ctx.shared.market, account, &body, ctx.now_ms);
    ctx.shared.publish_order_events();
    let (ok, algo_id, code, msg) = trade::placement(result.map(|(id, _)| id));
    per_item(
        ctx,
        in_us,
        ok,
        json!({
            "algoId": algo_id,
            "clOrdId": "",
            "algoClOrdId": cl,
            "sCode": code,
            "sMsg": msg,
            "tag": tag,
        }),
    )
}

/// `POST /api/v5/trade/cancel-algos`
pub(crate) fn cancel_algos(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let Some(account) = ctx.account else {
        return unauthorized();
    };
    if ctx.req.body.iter().all(u8::is_ascii_whitespace) {
        return Reply::error(400, "50000", "Body for POST request cannot be empty.");
    }
    let items = match crate::batch::items(&ctx.req.body) {
        Some(items) if !items.is_empty() => items,
        _ => return Reply::error(400, "50002", "JSON syntax error"),
    };
    if items.len() > MAX_CANCEL {
        return Reply::param_error("algoId");
    }
    let market = &ctx.shared.market;
    let uid = &account.account.uid;
    let mut data = Vec::with_capacity(items.len());
    let mut succeeded = 0;
    for item in &items {
        let (algo_id, cl) = (echo(item, "algoId"), echo(item, "algoClOrdId"));
        let result = (|| {
            let inst_id = echo(item, "instId");
            if inst_id.is_empty() {
                return Err(reject("50014", "Parameter instId can not be empty"));
            }
            if algo_id.is_empty() && cl.is_empty() {
                return Err(reject("50014", "Parameter algoId can not be empty"));
            }
            let inst = market
                .find(inst_id)
                .ok_or_else(|| reject("51001", "Instrument ID or Spread ID doesn't exist."))?;
            ctx.shared.orders().cancel_algo(
                uid,
                Some(inst),
                Some(algo_id).filter(|s| !s.is_empty()),
                Some(cl).filter(|s| !s.is_empty()),
                ctx.now_ms,
            )
        })();
        let (id, code, msg) = match result {
            Ok(id) => {
                succeeded += 1;
                (id.to_string(), "0", String::new())
            }
            Err(r) => (algo_id.to_string(), r.code, r.msg),
        };
        data.push(json!({
            "algoId": id,
            "sCode": code,
            "sMsg": msg,
            "clOrdId": "",
            "algoClOrdId": "",
            "tag": "",
        }));
    }
    ctx.shared.publish_order_events();
    crate::batch::bulk_reply(ctx, in_us, data, succeeded)
}

/// `POST /api/v5/trade/amend-algos`
pub(crate) fn amend_algos(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let (account, body) = match signed_body(ctx) {
        Ok(v) => v,
        Err(r) => return r,
    };
    if is_empty(&body, "instId") {
        return Reply::param_empty("instId");
    }
    if is_empty(&body, "algoId") && is_empty(&body, "algoClOrdId") {
        return Reply::param_empty("algoId");
    }
    let field = |name: &str| text(&body, name).ok().flatten();
    let (algo_id, cl, req_id) = (
        field("algoId"),
        field("algoClOrdId"),
        field("reqId").unwrap_or(""),
    );
    let result = amend(ctx, &account.account.uid, &body, algo_id, cl);
    ctx.shared.publish_order_events();
    let (ok, id, cl_out, code, msg) = trade::outcome(result, algo_id, cl);
    per_item(
        ctx,
        in_us,
        ok,
        json!({
            "algoId": id,
            "algoClOrdId": cl_out,
            "reqId": req_id,
            "sCode": code,
            "sMsg": msg,
        }),
    )
}

fn gone() -> Reject {
    reject(
        "51503",
        "Order modification failed as the order has been filled, canceled or does not exist",
    )
}

/// Applies an amend (see the module notes); returns the algo's `algoId` and `algoClOrdId`.
fn amend(
    ctx: &Ctx,
    uid: &str,
    body: &Body,
    algo_id: Option<&str>,
    cl: Option<&str>,
) -> Result<(u64, String), Reject> {
    if text(body, "reqId")?.is_some_and(|r| !valid_id(r, 32)) {
        return Err(param_error("reqId"));
    }
    let req_id = text(body, "reqId")?.unwrap_or("");
    let cxl_on_fail = flag(body, "cxlOnFail")?.unwrap_or(false);
    let market = &ctx.shared.market;
    let inst = text(body, "instId")?
        .and_then(|id| market.find(id))
        .ok_or_else(|| reject("51001", "Instrument ID or Spread ID doesn't exist."))?;
    let mut orders = ctx.shared.orders();
    let i = orders
        .algo_position(uid, Some(inst), algo_id, cl)
        .filter(|&i| orders.book.algos[i].state == "live")
        .ok_or_else(gone)?;
    let current = orders.book.algos[i].clone();
    match amended(ctx, &current, body) {
        Ok(new) => {
            let a = &mut orders.book.algos[i];
            *a = new;
            a.u_time = ctx.now_ms;
            let ids = (a.algo_id, a.algo_cl_ord_id.clone());
            orders.book.algo_changed(i, ctx.now_ms, Some((req_id, "0")));
            Ok(ids)
        }
        Err(r) => {
            if cxl_on_fail {
                let a = &mut orders.book.algos[i];
                a.state = "canceled";
                a.u_time = ctx.now_ms;
                orders
                    .book
                    .algo_changed(i, ctx.now_ms, Some((req_id, "-1")));
            }
            Err(r)
        }
    }
}

/// `current` with the body's changes, checked.
fn amended(ctx: &Ctx, current: &Algo, body: &Body) -> Result<Algo, Reject> {
    let market = &ctx.shared.market;
    let inst = &market.series(current.inst).inst;
    let kind = current.ext.kind.unwrap_or(if current.ord_type() == "oco" {
        Kind::Oco
    } else {
        Kind::Conditional
    });
    if !matches!(kind, Kind::Conditional | Kind::Trigger) {
        return Err(reject(
            "51000",
            format!(
                "Parameter ordType error: {} orders cannot be amended",
                kind.as_str()
            ),
        ));
    }
    let mut new = current.clone();
    let mut changed = false;
    if let Some(sz) = text(body, "newSz")? {
        let sz = Amount::parse_positive(sz).ok_or_else(|| param_error("newSz"))?;
        if current.ext.close_fraction {
            return Err(reject(
                "51523",
                "Unable to modify the order price or size of a stop order that closes an entire position.",
            ));
        }
        let quote_sized = inst.deriv.is_none()
            && current.side == crate::orders::Side::Buy
            && current.ext.tgt_ccy != "base_ccy";
        check_size(inst, sz, quote_sized)?;
        // As at placement: a TP/SL above maxStopSz is refused.
        let max_stop = Amount::parse(inst.max_mkt_sz).expect("instrument literal");
        if kind == Kind::Conditional && sz > max_stop {
            return Err(param_error("newSz"));
        }
        new.sz = sz;
        changed = true;
    }
    let on_tick = |t: &str| Amount::parse_positive(t).filter(|a| a.units(inst.tick_dec).is_some());
    let ord_ok = |t: &str| t == "-1" || on_tick(t).is_some();
    let same_type = |name: &str, old: &str| -> Result<(), Reject> {
        match text(body, name)? {
            Some(t) if t != old && !old.is_empty() => {
                Err(reject("51528", "The trigger price type can't be changed."))
            }
            _ => Ok(()),
        }
    };
    if kind == Kind::Trigger {
        let (t, o) = (text(body, "newTriggerPx")?, text(body, "newOrdPx")?);
        if t.is_some() || o.is_some() {
            let t = t.ok_or_else(|| reject("50014", "Parameter newTriggerPx can not be empty"))?;
            let o = o.ok_or_else(|| reject("50014", "Parameter newOrdPx can not be empty"))?;
            let tv = on_tick(t).ok_or_else(|| param_error("newTriggerPx"))?;
            if !ord_ok(o) {
                return Err(param_error("newOrdPx"));
            }
            same_type("newTriggerPxType", &current.ext.trigger_px_type)?;
            let now = ref_price(
                market,
                current.inst,
                &current.ext.trigger_px_type,
                ctx.now_ms,
            )
            .ok_or_else(|| param_error("newTriggerPx"))?;
            new.ext.trigger_px = t.into();
            new.ext.ord_px = o.into();
            new.ext.rising = tv > now;
            changed = true;
        }
    } else {
        // The TP/SL legs, through the placement checks of a conditional with the new values.
        let mut legs = Map::new();
        let a = &current.attach;
        for (p, trigger, ord, ty) in [
            ("tp", &a.tp_trigger_px, &a.tp_ord_px, &a.tp_trigger_px_type),
            ("sl", &a.sl_trigger_px, &a.sl_ord_px, &a.sl_trigger_px_type),
        ] {
            let new_t = text(body, &format!("new{}TriggerPx", cap(p)))?;
            let new_o = text(body, &format!("new{}OrdPx", cap(p)))?;
            same_type(&format!("new{}TriggerPxType", cap(p)), ty)?;
            changed |= new_t.is_some() || new_o.is_some();
            let (t, o) = match (new_t, new_o) {
                (Some("0"), _) => continue,
                (t, o) => (
                    t.unwrap_or(trigger).to_string(),
                    o.unwrap_or(ord).to_string(),
                ),
            };
            if t.is_empty() && o.is_empty() {
                continue;
            }
            legs.insert(format!("{p}TriggerPx"), t.into());
            legs.insert(format!("{p}OrdPx"), o.into());
            if !ty.is_empty() {
                legs.insert(format!("{p}TriggerPxType"), ty.clone().into());
            }
        }
        if legs.is_empty() {
            return Err(reject(
                "51000",
                "Parameter newTpTriggerPx error: a stop order keeps a TP or an SL",
            ));
        }
        new.attach = crate::algo_orders::legs_of(
            market,
            current.inst,
            &legs,
            Kind::Conditional,
            current.side,
            ctx.now_ms,
        )?;
    }
    if !changed {
        return Err(param_error("newSz"));
    }
    Ok(new)
}

fn cap(p: &str) -> &'static str {
    if p == "tp" {
        "Tp"
    } else {
        "Sl"
    }
}

/// The `ordType` parameter of the lists: one type, or `conditional,oco`.
fn list_types(ctx: &Ctx) -> Result<Vec<&'static str>, Reply> {
    let t = ctx.params.required("ordType")?;
    let known = [
        "conditional",
        "oco",
        "chase",
        "trigger",
        "move_order_stop",
        "iceberg",
        "twap",
        "smart_iceberg",
    ];
    let parts: Vec<&str> = t.split(',').collect();
    let found: Option<Vec<&'static str>> = parts
        .iter()
        .map(|p| known.iter().find(|k| *k == p).copied())
        .collect();
    match found {
        Some(ts) if ts.len() == 1 => Ok(ts),
        Some(ts) if ts.len() == 2 && ts.contains(&"conditional") && ts.contains(&"oco") => Ok(ts),
        _ => Err(Reply::param_error("ordType")),
    }
}

/// `GET /api/v5/trade/orders-algo-pending`
pub(crate) fn orders_algo_pending(ctx: &Ctx) -> Reply {
    list(ctx, false)
}

/// `GET /api/v5/trade/orders-algo-history`
pub(crate) fn orders_algo_history(ctx: &Ctx) -> Reply {
    list(ctx, true)
}

fn list(ctx: &Ctx, history: bool) -> Reply {
    let Some(account) = ctx.account else {
        return unauthorized();
    };
    let types = match list_types(ctx) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let state = p.get("state");
    if history {
        if state.is_none() && p.get("algoId").is_none() {
            return Reply::param_empty("state");
        }
        if state.is_some_and(|s| !["effective", "canceled", "order_failed"].contains(&s)) {
            return Reply::param_error("state");
        }
    }
    let inst_type = p.get("instType");
    if inst_type.is_some_and(|t| !["SPOT", "MARGIN", "SWAP", "FUTURES"].contains(&t)) {
        return Reply::param_error("instType");
    }
    let number = |name: &str| -> Result<Option<u64>, Reply> {
        p.get(name)
            .map(|t| t.parse::<u64>().map_err(|_| Reply::param_error(name)))
            .transpose()
    };
    let (after, before) = match (number("after"), number("before")) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let limit = match p.get("limit") {
        None => 100,
        Some(t) => match t.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => return Reply::param_error("limit"),
        },
    };
    let market = &ctx.shared.market;
    let (inst_id, algo_id) = (p.get("instId"), p.get("algoId"));
    let uid = &account.account.uid;
    let orders = ctx.shared.orders();
    let mut rows: Vec<&Algo> = orders
        .book
        .algos
        .iter()
        .filter(|a| {
            let inst = &market.series(a.inst).inst;
            a.uid == *uid
                && types.contains(&a.ord_type())
                && (a.state == "live") != history
                && state.is_none_or(|s| a.state == s)
                && inst_type.is_none_or(|t| t == inst.inst_type)
                && inst_id.is_none_or(|id| id == inst.inst_id)
                && algo_id.is_none_or(|id| id == a.algo_id.to_string())
                && after.is_none_or(|c| a.algo_id < c)
                && before.is_none_or(|c| a.algo_id > c)
        })
        .collect();
    rows.sort_by_key(|a| std::cmp::Reverse(a.algo_id));
    rows.truncate(limit);
    Reply::ok(rows.into_iter().map(|a| a.to_json(market)).collect())
}

/// `GET /api/v5/trade/order-algo?algoId=…|algoClOrdId=…`
pub(crate) fn get_algo(ctx: &Ctx) -> Reply {
    let Some(account) = ctx.account else {
        return unauthorized();
    };
    let (algo_id, cl) = (ctx.params.get("algoId"), ctx.params.get("algoClOrdId"));
    if algo_id.is_none() && cl.is_none() {
        return Reply::param_empty("algoId");
    }
    let orders = ctx.shared.orders();
    match orders.algo_position(&account.account.uid, None, algo_id, cl) {
        Some(i) => Reply::ok(vec![orders.book.algos[i].to_json(&ctx.shared.market)]),
        None => Reply::error(200, "51603", "Order does not exist"),
    }
}
