//! OKX's batch endpoints (derivatives sheet §4.2-4.4): `batch-orders`, `cancel-batch-orders` and
//! `amend-batch-orders`. The body is a JSON array of at most 20 items, each what the single
//! endpoint takes; the items are processed in turn, each answered with its own `sCode`; the
//! top-level `code` is "0" when every item succeeded, "1" ("All operations failed") when none
//! did, "2" ("Bulk operation partially succeeded") otherwise (okx-v5-facts §2.2). The rate limit
//! counts ORDERS, 300 per 2 s per account and instrument (`Key::UidAndInstPerOrder` in
//! routes.rs).
//!
//! Each item goes through the single endpoint's handler, so an item meets exactly the checks a
//! single request does; a check the single endpoint answers at request level (50014 missing
//! `instId`, HTTP 400) becomes that item's `sCode`.

use serde_json::{json, Map, Value};

use crate::http::Request;
use crate::routes::{Ctx, Reply};
use crate::{amend, trade};

/// An internal header the `ResetAfterItems` fault sets: process only this many items.
pub(crate) const PROCESS_ITEMS: &str = "x-sim-process-items";

/// The most items one batch takes.
pub(crate) const MAX_ITEMS: usize = 20;

/// `POST /api/v5/trade/batch-orders`: more than 20 orders is 51111.
pub(crate) fn batch_orders(ctx: &Ctx) -> Reply {
    batch(
        ctx,
        trade::place_order,
        "51111",
        "Maximum number of orders exceeded",
    )
}

/// `POST /api/v5/trade/cancel-batch-orders`: more than 20 is 51406.
pub(crate) fn cancel_batch_orders(ctx: &Ctx) -> Reply {
    batch(
        ctx,
        trade::cancel_order,
        "51406",
        "Canceled order count exceeds the limit",
    )
}

/// `POST /api/v5/trade/amend-batch-orders`: more than 20 is 51501.
pub(crate) fn amend_batch_orders(ctx: &Ctx) -> Reply {
    batch(
        ctx,
        amend::amend_order,
        "51501",
        "Number of modified orders exceeds the limit",
    )
}

/// The single-order endpoint (and its limit per 2 s) a batch of one order of `path` counts
/// against.
pub(crate) fn alone(path: &str) -> Option<(&'static str, usize)> {
    match path {
        "/api/v5/trade/batch-orders" => Some(("/api/v5/trade/order", 60)),
        "/api/v5/trade/cancel-batch-orders" => Some(("/api/v5/trade/cancel-order", 60)),
        "/api/v5/trade/amend-batch-orders" => Some(("/api/v5/trade/amend-order", 60)),
        _ => None,
    }
}

/// The items of a batch body: `None` when it is not a JSON array.
pub(crate) fn items(body: &[u8]) -> Option<Vec<Value>> {
    match serde_json::from_slice(body) {
        Ok(Value::Array(items)) => Some(items),
        _ => None,
    }
}

fn batch(ctx: &Ctx, single: fn(&Ctx) -> Reply, too_many: &str, too_many_msg: &str) -> Reply {
    let in_us = ctx.shared.now_us();
    if ctx.account.is_none() {
        return Reply::error(401, "50114", "Invalid authorization");
    }
    if ctx.req.body.iter().all(u8::is_ascii_whitespace) {
        return Reply::error(400, "50000", "Body for POST request cannot be empty.");
    }
    let Some(items) = items(&ctx.req.body) else {
        return Reply::error(400, "50002", "JSON syntax error");
    };
    if items.is_empty() {
        return Reply::error(400, "50002", "JSON syntax error");
    }
    if items.len() > MAX_ITEMS {
        return Reply::error(400, too_many, too_many_msg);
    }
    let process = ctx
        .req
        .header(PROCESS_ITEMS)
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(MAX_ITEMS);
    let items: Vec<Value> = items.into_iter().take(process).collect();
    let mut data = Vec::with_capacity(items.len());
    let mut succeeded = 0;
    for item in &items {
        let mut sub: Request = ctx.req.clone();
        sub.body = item.to_string().into_bytes();
        let reply = single(&Ctx {
            shared: ctx.shared,
            req: &sub,
            params: ctx.params.clone(),
            account: ctx.account,
            now_ms: ctx.now_ms,
        });
        let answer = match reply.body["data"].get(0) {
            Some(Value::Object(a)) => Value::Object(a.clone()),
            // Refused at request level: the item carries the code, and the IDs as sent.
            _ => {
                let echo = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("");
                let mut a = Map::new();
                a.insert("ordId".into(), echo("ordId").into());
                a.insert("clOrdId".into(), echo("clOrdId").into());
                a.insert("ts".into(), ctx.shared.now_ms().to_string().into());
                a.insert("sCode".into(), reply.body["code"].clone());
                a.insert("sMsg".into(), reply.body["msg"].clone());
                Value::Object(a)
            }
        };
        if answer["sCode"] == "0" {
            succeeded += 1;
        }
        data.push(answer);
    }
    bulk_reply(ctx, in_us, data, succeeded)
}

/// The answer to a request of several items, `succeeded` of which worked: code 0 when all did,
/// 1 when none did, 2 otherwise (also `cancel-algos`).
pub(crate) fn bulk_reply(ctx: &Ctx, in_us: i64, data: Vec<Value>, succeeded: usize) -> Reply {
    let (code, msg) = match succeeded {
        n if n == data.len() => ("0", ""),
        0 => ("1", "All operations failed"),
        _ => ("2", "Bulk operation partially succeeded"),
    };
    Reply::new(
        200,
        json!({
            "code": code,
            "msg": msg,
            "inTime": in_us.to_string(),
            "outTime": ctx.shared.now_us().to_string(),
            "data": data,
        }),
    )
}
