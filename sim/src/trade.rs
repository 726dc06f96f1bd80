//! Handlers of the trade endpoints (fact sheet §3.8, §3.9, §3.11–§3.13): request parsing, the
//! request-level errors (HTTP 400 with a top-level code), and OKX's per-item envelope
//! `{"code","msg","inTime","outTime","data":[{…,"sCode","sMsg"}]}` for place and cancel. What an
//! order does is in [`crate::orders`].

use serde_json::{json, Map, Value};

use crate::account::AccountState;
use crate::orders::{self, NewOrder, Order, Reject, KNOWN_ORD_TYPES};
use crate::routes::{Ctx, Reply};

pub(crate) type Body = Map<String, Value>;

/// The JSON object of a POST body: 50000 if empty, 50002 if not a JSON object.
pub(crate) fn body(ctx: &Ctx) -> Result<Body, Reply> {
    if ctx.req.body.iter().all(u8::is_ascii_whitespace) {
        return Err(Reply::error(
            400,
            "50000",
            "Body for POST request cannot be empty.",
        ));
    }
    match serde_json::from_slice(&ctx.req.body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(Reply::error(400, "50002", "JSON syntax error")),
    }
}

/// A body field that is absent, `null` or `""`.
pub(crate) fn is_empty(body: &Body, name: &str) -> bool {
    matches!(body.get(name), None | Some(Value::Null))
        || body.get(name).and_then(Value::as_str) == Some("")
}

/// A body field as text: `None` when absent, `null` or `""`; a non-string value is a bad value
/// (numbers are refused rather than read through a float).
pub(crate) fn text<'a>(body: &'a Body, name: &str) -> Result<Option<&'a str>, Reject> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(t)) => Ok(Some(t.as_str()).filter(|t| !t.is_empty())),
        Some(_) => Err(orders::param_error(name)),
    }
}

/// The trade envelope: code "0" when the item succeeded, "1" ("All operations failed") if not.
pub(crate) fn per_item(ctx: &Ctx, in_us: i64, ok: bool, item: Value) -> Reply {
    // A single request's envelope is a batch of one's.
    crate::batch::bulk_reply(ctx, in_us, vec![item], usize::from(ok))
}

/// `POST /api/v5/trade/order`
pub(crate) fn place_order(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let body = match body(ctx) {
        Ok(b) => b,
        Err(r) => return r,
    };
    for name in ["instId", "tdMode", "side", "ordType", "sz"] {
        if is_empty(&body, name) {
            return Reply::param_empty(name);
        }
    }
    let echo = |name: &str| text(&body, name).ok().flatten().unwrap_or("").to_string();
    let (cl_ord_id, tag) = (echo("clOrdId"), echo("tag"));
    let result = parse_order(ctx, &body).and_then(|o| {
        ctx.shared
            .orders()
            .place(&ctx.shared.market, account, &o, ctx.now_ms)
    });
    ctx.shared.publish_order_events();
    let ts = ctx.shared.now_ms().to_string();
    let (ok, ord_id, code, msg) = placement(result);
    per_item(
        ctx,
        in_us,
        ok,
        json!({
            "ordId": ord_id,
            "clOrdId": cl_ord_id,
            "tag": tag,
            "ts": ts,
            "sCode": code,
            "sMsg": msg,
            "subCode": "",
        }),
    )
}

/// A placement's result as its answer item shows it: whether it succeeded, the new ID (""
/// when refused), `sCode` and `sMsg`.
pub(crate) fn placement(result: Result<u64, Reject>) -> (bool, String, &'static str, String) {
    match result {
        Ok(id) => (true, id.to_string(), "0", "Order placed".to_string()),
        Err(r) => (false, String::new(), r.code, r.msg),
    }
}

/// The `expTime` header (fact sheet §1.1): Unix ms, or 51000 when it is not a number.
pub(crate) fn exp_time(ctx: &Ctx) -> Result<Option<i64>, Reject> {
    match ctx.req.header("expTime") {
        None => Ok(None),
        Some(t) => t
            .parse::<i64>()
            .map(Some)
            .map_err(|_| orders::param_error("expTime")),
    }
}

/// The place-order fields, as text, plus the `expTime` header.
fn parse_order<'a>(ctx: &Ctx, body: &'a Body) -> Result<NewOrder<'a>, Reject> {
    let required = |name: &str| text(body, name).map(Option::unwrap_or_default);
    let exp_time = exp_time(ctx)?;
    Ok(NewOrder {
        inst_id: required("instId")?,
        td_mode: required("tdMode")?,
        side: required("side")?,
        ord_type: required("ordType")?,
        sz: required("sz")?,
        px: text(body, "px")?,
        tgt_ccy: text(body, "tgtCcy")?,
        cl_ord_id: text(body, "clOrdId")?,
        tag: text(body, "tag")?,
        exp_time,
        pos_side: text(body, "posSide")?,
        reduce_only: flag(body, "reduceOnly")?,
        attach: body.get("attachAlgoOrds"),
        last: None,
    })
}

/// A Boolean body field (`reduceOnly`, `autoCxl`): a JSON boolean, or the text `"true"` or
/// `"false"` as some SDKs send it; `None` when absent, `null` or `""`.
pub(crate) fn flag(body: &Body, name: &str) -> Result<Option<bool>, Reject> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(t)) if t.is_empty() => Ok(None),
        Some(Value::String(t)) if t == "true" => Ok(Some(true)),
        Some(Value::String(t)) if t == "false" => Ok(Some(false)),
        Some(_) => Err(orders::param_error(name)),
    }
}

/// The account and body of a request on an existing order (cancel, amend), after the
/// request-level checks: authorization, the body, `instId` (50014), `ordId` or `clOrdId` (50015).
pub(crate) fn on_order<'a>(ctx: &Ctx<'a>) -> Result<(&'a AccountState, Body), Reply> {
    let Some(account) = ctx.account else {
        return Err(Reply::error(401, "50114", "Invalid authorization"));
    };
    let body = body(ctx)?;
    if is_empty(&body, "instId") {
        return Err(Reply::param_empty("instId"));
    }
    if is_empty(&body, "ordId") && is_empty(&body, "clOrdId") {
        return Err(either_id());
    }
    Ok((account, body))
}

/// `POST /api/v5/trade/cancel-order`
pub(crate) fn cancel_order(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let (account, body) = match on_order(ctx) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let ord_id = text(&body, "ordId").ok().flatten();
    let cl_ord_id = text(&body, "clOrdId").ok().flatten();
    let market = &ctx.shared.market;
    let inst = text(&body, "instId")
        .ok()
        .flatten()
        .and_then(|id| market.find(id));
    let result = ctx
        .shared
        .orders()
        .cancel(market, account, inst, ord_id, cl_ord_id, ctx.now_ms);
    ctx.shared.publish_order_events();
    let (ok, item) = order_item(ctx, result, ord_id, cl_ord_id, None);
    per_item(ctx, in_us, ok, item)
}

/// The answer item of a request on an existing order (cancel, amend), in OKX's field order:
/// `{ordId, clOrdId, ts, [reqId,] sCode, sMsg[, subCode]}`; on failure the IDs as sent. The
/// `reqId` and `subCode` are an amend's. Returns whether it succeeded, and the item.
pub(crate) fn order_item(
    ctx: &Ctx,
    result: Result<(u64, String), Reject>,
    ord_id: Option<&str>,
    cl_ord_id: Option<&str>,
    req_id: Option<&str>,
) -> (bool, Value) {
    let (ok, ord_id, cl_ord_id, code, msg) = outcome(result, ord_id, cl_ord_id);
    let mut item = Map::new();
    item.insert("ordId".into(), ord_id.into());
    item.insert("clOrdId".into(), cl_ord_id.into());
    item.insert("ts".into(), ctx.shared.now_ms().to_string().into());
    if let Some(r) = req_id {
        item.insert("reqId".into(), r.into());
    }
    item.insert("sCode".into(), code.into());
    item.insert("sMsg".into(), msg.into());
    if req_id.is_some() {
        item.insert("subCode".into(), "".into());
    }
    (ok, Value::Object(item))
}

/// A change's result as its answer item shows it: whether it succeeded, the ID and client ID
/// (on failure as sent), `sCode` and `sMsg`.
pub(crate) fn outcome(
    result: Result<(u64, String), Reject>,
    id: Option<&str>,
    cl: Option<&str>,
) -> (bool, String, String, &'static str, String) {
    match result {
        Ok((id, cl)) => (true, id.to_string(), cl, "0", String::new()),
        Err(r) => (
            false,
            id.unwrap_or("").to_string(),
            cl.unwrap_or("").to_string(),
            r.code,
            r.msg,
        ),
    }
}

/// 50015: neither `ordId` nor `clOrdId`.
fn either_id() -> Reply {
    Reply::error(
        400,
        "50015",
        "Either parameter ordId or clOrdId is required",
    )
}

/// `GET /api/v5/trade/order?instId=…&ordId=…|clOrdId=…`
pub(crate) fn get_order(ctx: &Ctx) -> Reply {
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let inst_id = match ctx.params.required("instId") {
        Ok(id) => id,
        Err(r) => return r,
    };
    let (ord_id, cl_ord_id) = (ctx.params.get("ordId"), ctx.params.get("clOrdId"));
    if ord_id.is_none() && cl_ord_id.is_none() {
        return either_id();
    }
    let market = &ctx.shared.market;
    let Some(inst) = market
        .find(inst_id)
        .filter(|&i| market.series(i).inst.state == "live")
    else {
        return Reply::no_instrument();
    };
    let orders = ctx.shared.orders();
    match orders.find(&account.account.uid, inst, ord_id, cl_ord_id) {
        Some(o) => Reply::ok(vec![o.to_json(market)]),
        None => Reply::error(200, "51603", "Order does not exist"),
    }
}

const INST_TYPES: [&str; 6] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];

/// `GET /api/v5/trade/orders-pending`: live and partially filled orders, newest first.
pub(crate) fn orders_pending(ctx: &Ctx) -> Reply {
    list(ctx, &["live", "partially_filled"], false)
}

/// `GET /api/v5/trade/orders-history`: filled and canceled orders, newest first.
pub(crate) fn orders_history(ctx: &Ctx) -> Reply {
    list(ctx, &["canceled", "filled", "mmp_canceled"], true)
}

/// `GET /api/v5/trade/orders-history-archive`: the last 3 months; the sim keeps every order,
/// so the same list as the last 7 days' (sim orders are at most as old as the sim's run).
pub(crate) fn orders_history_archive(ctx: &Ctx) -> Reply {
    list(ctx, &["canceled", "filled", "mmp_canceled"], true)
}

/// An order list: `states` are the values `state` may filter on (and the states listed);
/// history requires `instType` and also filters on `category`, `begin` and `end` (`cTime`).
fn list(ctx: &Ctx, states: &[&str], history: bool) -> Reply {
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let p = &ctx.params;
    let inst_type = if history {
        match p.required("instType") {
            Ok(t) => Some(t),
            Err(r) => return r,
        }
    } else {
        p.get("instType")
    };
    if inst_type.is_some_and(|t| !INST_TYPES.contains(&t)) {
        return Reply::param_error("instType");
    }
    let ord_types: Option<Vec<&str>> = p.get("ordType").map(|t| t.split(',').collect());
    if ord_types
        .as_ref()
        .is_some_and(|ts| ts.iter().any(|t| !KNOWN_ORD_TYPES.contains(t)))
    {
        return Reply::param_error("ordType");
    }
    let state = p.get("state");
    if state.is_some_and(|st| !states.contains(&st)) {
        return Reply::param_error("state");
    }
    let number = |name: &str| -> Result<Option<u64>, Reply> {
        match p.get(name) {
            None => Ok(None),
            Some(t) => t
                .parse::<u64>()
                .map(Some)
                .map_err(|_| Reply::param_error(name)),
        }
    };
    let (after, before) = match (number("after"), number("before")) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let (begin, end) = if history {
        match (number("begin"), number("end")) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(r), _) | (_, Err(r)) => return r,
        }
    } else {
        (None, None)
    };
    let limit = match p.get("limit") {
        None => 100,
        Some(t) => match t.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => return Reply::param_error("limit"),
        },
    };
    if history && p.get("category").is_some_and(|c| c != "normal") {
        return Reply::ok(Vec::new());
    }
    let market = &ctx.shared.market;
    let inst_id = p.get("instId");
    let uid = &account.account.uid;
    let keep = |o: &Order| {
        let st = o.state.as_str();
        o.uid == *uid
            && inst_type.is_none_or(|t| t == market.series(o.inst).inst.inst_type)
            && inst_id.is_none_or(|id| market.series(o.inst).inst.inst_id == id)
            && ord_types
                .as_ref()
                .is_none_or(|ts| ts.contains(&o.ord_type.as_str()))
            && states.contains(&st)
            && state.is_none_or(|want| want == st)
            && begin.is_none_or(|b| i128::from(o.c_time) >= i128::from(b))
            && end.is_none_or(|e| i128::from(o.c_time) <= i128::from(e))
    };
    let orders = ctx.shared.orders();
    Reply::ok(
        orders
            .page(keep, after, before, limit)
            .into_iter()
            .map(|o| o.to_json(market))
            .collect(),
    )
}
