//! The endpoint table and request dispatch. One row per endpoint: method, path, OKX's rate limit
//! and what it is keyed by (fact sheet §4.2), whether it needs a signed request, and the handler.
//! Adding an endpoint is adding a row. Dispatch order: unknown path (404), wrong method (405),
//! authentication (401), a POST's `Content-Type` (50006), rate limit (429), then the handler's own
//! parameter checks.

use std::net::IpAddr;
use std::sync::atomic::Ordering;

use serde_json::{json, Value};

use crate::account::{self, AccountState};
use crate::asset;
use crate::asset_history;
use crate::auth;
use crate::deadman;
use crate::endpoints;
use crate::faults::too_many_requests;
use crate::funding;
use crate::http::Request;
use crate::leverage;
use crate::mark;
use crate::max_withdrawal;
use crate::position_api;
use crate::public_trades;
use crate::ratelimit::inst_scope;
use crate::state::Shared;
use crate::statements;
use crate::trade;

/// What a rate limit counts requests by.
#[derive(Clone, Copy)]
pub(crate) enum Key {
    /// Per client IP (public endpoints).
    Ip,
    /// Per client IP and the value of a query parameter (`instType` for instruments).
    IpAndParam(&'static str),
    /// Per account UID (private endpoints).
    Uid,
    /// Per account UID and instrument (trade endpoints): `instId` from the query, or from the
    /// JSON body of a POST; an option's instrument family instead (`ratelimit::inst_scope`).
    UidAndInst,
    /// Per account UID and instrument, counting ORDERS: each item of a batch body counts once
    /// under its own `instId`, an option under its family (OKX's batch endpoints, 300 orders/2s;
    /// derivatives sheet §9). A batch is admitted only when every instrument in it has room for
    /// its items.
    UidAndInstPerOrder,
    /// Per account UID and the body's `tag`, counted over one second, not two: cancel-all-after,
    /// "1 request per second" (derivatives sheet §4.7, §9).
    UidAndTagPerSecond,
    /// Per account UID, counted over one second: the funding endpoints' "6 requests per
    /// second" (derivatives sheet §9).
    UidPerSecond,
    /// Per account UID and the body's `ccy`, over one second: `asset/transfer`, "2 requests per
    /// second" per currency (sheet §7.2, §9). Refused with 58102, the transfer's own code.
    UidAndCcyPerSecond,
}

pub(crate) struct Route {
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
    /// Requests per 2 s (per second for the `…PerSecond` keys).
    pub(crate) limit: usize,
    pub(crate) key: Key,
    pub(crate) auth: bool,
    pub(crate) handler: fn(&Ctx) -> Reply,
}

pub(crate) const ROUTES: &[Route] = &[
    Route {
        method: "GET",
        path: "/api/v5/public/time",
        limit: 10,
        key: Key::Ip,
        auth: false,
        handler: endpoints::time,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/instruments",
        limit: 20,
        key: Key::IpAndParam("instType"),
        auth: false,
        handler: endpoints::instruments,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/ticker",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: endpoints::ticker,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/tickers",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: endpoints::tickers,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/books",
        limit: 40,
        key: Key::Ip,
        auth: false,
        handler: endpoints::books,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/candles",
        limit: 40,
        key: Key::Ip,
        auth: false,
        handler: endpoints::candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/history-candles",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: endpoints::history_candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/funding-rate",
        limit: 10,
        key: Key::IpAndParam("instId"),
        auth: false,
        handler: funding::funding_rate,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/funding-rate-history",
        limit: 10,
        key: Key::IpAndParam("instId"),
        auth: false,
        handler: funding::funding_rate_history,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/mark-price",
        limit: 10,
        key: Key::IpAndParam("instId"),
        auth: false,
        handler: mark::mark_price,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/index-tickers",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: mark::index_tickers,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/price-limit",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: mark::price_limit,
    },
    Route {
        method: "GET",
        path: "/api/v5/public/open-interest",
        limit: 20,
        key: Key::IpAndParam("instId"),
        auth: false,
        handler: mark::open_interest,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/mark-price-candles",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: mark::mark_price_candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/history-mark-price-candles",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: mark::history_mark_price_candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/index-candles",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: mark::index_candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/history-index-candles",
        limit: 10,
        key: Key::Ip,
        auth: false,
        handler: mark::history_index_candles,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/trades",
        limit: 100,
        key: Key::Ip,
        auth: false,
        handler: public_trades::trades,
    },
    Route {
        method: "GET",
        path: "/api/v5/market/history-trades",
        limit: 20,
        key: Key::Ip,
        auth: false,
        handler: public_trades::history_trades,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/balance",
        limit: 10,
        key: Key::Uid,
        auth: true,
        handler: account::balance,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/order",
        limit: 60,
        key: Key::UidAndInst,
        auth: true,
        handler: trade::place_order,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/cancel-order",
        limit: 60,
        key: Key::UidAndInst,
        auth: true,
        handler: trade::cancel_order,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/cancel-all-after",
        limit: 1,
        key: Key::UidAndTagPerSecond,
        auth: true,
        handler: deadman::cancel_all_after,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/amend-order",
        limit: 60,
        key: Key::UidAndInst,
        auth: true,
        handler: crate::amend::amend_order,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/batch-orders",
        limit: 300,
        key: Key::UidAndInstPerOrder,
        auth: true,
        handler: crate::batch::batch_orders,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/cancel-batch-orders",
        limit: 300,
        key: Key::UidAndInstPerOrder,
        auth: true,
        handler: crate::batch::cancel_batch_orders,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/amend-batch-orders",
        limit: 300,
        key: Key::UidAndInstPerOrder,
        auth: true,
        handler: crate::batch::amend_batch_orders,
    },
    // Algo orders (derivatives sheet §5, §9).
    Route {
        method: "POST",
        path: "/api/v5/trade/order-algo",
        limit: 20,
        key: Key::UidAndInst,
        auth: true,
        handler: crate::algo_api::place_algo,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/cancel-algos",
        limit: 20,
        key: Key::UidAndInstPerOrder,
        auth: true,
        handler: crate::algo_api::cancel_algos,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/amend-algos",
        limit: 20,
        key: Key::UidAndInst,
        auth: true,
        handler: crate::algo_api::amend_algos,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/orders-algo-pending",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: crate::algo_api::orders_algo_pending,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/orders-algo-history",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: crate::algo_api::orders_algo_history,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/order-algo",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: crate::algo_api::get_algo,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/order",
        limit: 60,
        key: Key::UidAndInst,
        auth: true,
        handler: trade::get_order,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/orders-pending",
        limit: 60,
        key: Key::Uid,
        auth: true,
        handler: trade::orders_pending,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/orders-history",
        limit: 40,
        key: Key::Uid,
        auth: true,
        handler: trade::orders_history,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/orders-history-archive",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: trade::orders_history_archive,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/fills",
        limit: 60,
        key: Key::Uid,
        auth: true,
        handler: statements::fills,
    },
    Route {
        method: "GET",
        path: "/api/v5/trade/fills-history",
        limit: 10,
        key: Key::Uid,
        auth: true,
        handler: statements::fills_history,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/bills",
        // "5 requests per second" in the docs, 5/2s everywhere else (sheet §10.6): the
        // stricter reading, so a client pacing at 5/s is caught.
        limit: 5,
        key: Key::Uid,
        auth: true,
        handler: statements::bills,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/bills-archive",
        limit: 5,
        key: Key::Uid,
        auth: true,
        handler: statements::bills_archive,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/config",
        limit: 5,
        key: Key::Uid,
        auth: true,
        handler: leverage::config,
    },
    Route {
        method: "POST",
        path: "/api/v5/account/set-position-mode",
        limit: 5,
        key: Key::Uid,
        auth: true,
        handler: leverage::set_position_mode,
    },
    Route {
        method: "POST",
        path: "/api/v5/account/set-leverage",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: leverage::set_leverage,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/leverage-info",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: leverage::leverage_info,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/positions",
        limit: 10,
        key: Key::Uid,
        auth: true,
        handler: position_api::positions,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/positions-history",
        limit: 10,
        key: Key::Uid,
        auth: true,
        handler: position_api::positions_history,
    },
    Route {
        method: "POST",
        path: "/api/v5/trade/close-position",
        limit: 20,
        key: Key::UidAndInst,
        auth: true,
        handler: position_api::close_position,
    },
    Route {
        method: "POST",
        path: "/api/v5/account/position/margin-balance",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: position_api::margin_balance,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/max-size",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: position_api::max_size,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/max-avail-size",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: position_api::max_avail_size,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/max-withdrawal",
        limit: 20,
        key: Key::Uid,
        auth: true,
        handler: max_withdrawal::max_withdrawal,
    },
    Route {
        method: "GET",
        path: "/api/v5/account/trade-fee",
        limit: 5,
        key: Key::Uid,
        auth: true,
        handler: position_api::trade_fee,
    },
    Route {
        method: "GET",
        path: "/api/v5/asset/balances",
        limit: 6,
        key: Key::UidPerSecond,
        auth: true,
        handler: asset::balances,
    },
    Route {
        method: "POST",
        path: "/api/v5/asset/transfer",
        limit: 2,
        key: Key::UidAndCcyPerSecond,
        auth: true,
        handler: asset::transfer,
    },
    Route {
        method: "GET",
        path: "/api/v5/asset/transfer-state",
        limit: 10,
        key: Key::UidPerSecond,
        auth: true,
        handler: asset::transfer_state,
    },
    Route {
        method: "GET",
        path: "/api/v5/asset/deposit-address",
        limit: 6,
        key: Key::UidPerSecond,
        auth: true,
        handler: asset::deposit_address,
    },
    Route {
        method: "GET",
        path: "/api/v5/asset/deposit-history",
        limit: 6,
        key: Key::UidPerSecond,
        auth: true,
        handler: asset_history::deposit_history,
    },
    Route {
        method: "GET",
        path: "/api/v5/asset/withdrawal-history",
        limit: 6,
        key: Key::UidPerSecond,
        auth: true,
        handler: asset_history::withdrawal_history,
    },
];

/// A response before faults: HTTP status and the JSON body. Objects keep their fields in the
/// order they are built in (serde_json's `preserve_order`), which is the order OKX sends them.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) body: Value,
    /// A candle page's rows, already JSON text (a page is hundreds of rows, built straight into
    /// text): written as `data` in place of `body["data"]`, which stays `[]`.
    raw_data: Option<String>,
}

impl Reply {
    pub(crate) fn new(status: u16, body: Value) -> Reply {
        Reply {
            status,
            body,
            raw_data: None,
        }
    }

    /// `{"code":"0","msg":"","data":[…]}`
    pub(crate) fn ok(data: Vec<Value>) -> Reply {
        Reply::new(200, json!({"code": "0", "msg": "", "data": data}))
    }

    /// `{"code":"0","msg":"","data":[…]}` with `data` already JSON text.
    pub(crate) fn ok_raw(data: String) -> Reply {
        Reply {
            raw_data: Some(data),
            ..Reply::ok(vec![])
        }
    }

    /// `{"code":…,"msg":…,"data":[]}`
    pub(crate) fn error(status: u16, code: &str, msg: &str) -> Reply {
        Reply::new(status, json!({"code": code, "msg": msg, "data": []}))
    }

    /// The body as sent. serde_json writes every value; a candle page's `data` text is put in
    /// as it is (wrapping it in a `RawValue` would parse it again, at opt-level 0 in dev builds).
    pub(crate) fn to_json(&self) -> String {
        let (Value::Object(fields), Some(data)) = (&self.body, &self.raw_data) else {
            return self.body.to_string();
        };
        let mut out = String::with_capacity(data.len() + 64);
        out.push('{');
        for (i, (k, v)) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&Value::from(k.as_str()).to_string());
            out.push(':');
            if k == "data" {
                out.push_str(data);
            } else {
                out.push_str(&v.to_string());
            }
        }
        out.push('}');
        out
    }

    /// 50014: a required parameter is missing or empty.
    pub(crate) fn param_empty(name: &str) -> Reply {
        Reply::error(400, "50014", &format!("Parameter {name} can not be empty"))
    }

    /// 51000: a parameter has a bad value.
    pub(crate) fn param_error(name: &str) -> Reply {
        Reply::error(400, "51000", &format!("Parameter {name} error"))
    }

    /// 51001: no such instrument.
    pub(crate) fn no_instrument() -> Reply {
        Reply::error(200, "51001", "Instrument ID or Spread ID doesn't exist.")
    }
}

/// The envelope's `code` as text, whether it is a string (as OKX sends it) or a number.
pub(crate) fn code(body: &Value) -> Option<String> {
    match body.get("code")? {
        Value::String(c) => Some(c.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The decoded query parameters, in order.
#[derive(Clone)]
pub(crate) struct Params(Vec<(String, String)>);

impl Params {
    pub(crate) fn parse(query: &str) -> Params {
        Params(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (percent_decode(k), percent_decode(v))
                })
                .collect(),
        )
    }

    /// The first value of `name`, treating an empty value as absent (as OKX does).
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// A required parameter, or the 50014 reply.
    pub(crate) fn required(&self, name: &str) -> Result<&str, Reply> {
        self.get(name).ok_or_else(|| Reply::param_empty(name))
    }
}

fn percent_decode(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a handler sees.
pub(crate) struct Ctx<'a> {
    pub(crate) shared: &'a Shared,
    /// The request as received (body and headers).
    pub(crate) req: &'a Request,
    pub(crate) params: Params,
    /// The authenticated account, on private endpoints.
    pub(crate) account: Option<&'a AccountState>,
    /// The sim clock when the request arrived.
    pub(crate) now_ms: i64,
}

/// Routes, authenticates, rate-limits and handles one API request.
pub(crate) fn dispatch(shared: &Shared, req: &Request, peer: IpAddr, now_ms: i64) -> Reply {
    // A dead-man's switch that ran out has canceled its orders before anything is answered.
    deadman::fire_due(shared);
    // A delayed transfer that is due has arrived (`asset.rs`).
    asset::settle_due(shared);
    let path = req.path();
    let candidates: Vec<&Route> = ROUTES.iter().filter(|r| r.path == path).collect();
    if candidates.is_empty() {
        return Reply::new(404, json!({"msg": "Not Found", "code": "404"}));
    }
    let Some(route) = candidates.into_iter().find(|r| r.method == req.method) else {
        return Reply::error(405, "50115", "Invalid request method");
    };
    let account = if route.auth {
        match auth::authenticate(shared, req) {
            Ok(a) => Some(a),
            Err(e) => return e.reply(),
        }
    } else {
        None
    };
    // OKX requires JSON bodies and says so with 50006; where it checks this among the other
    // checks is not documented: here after authentication, before the rate limit.
    if route.method == "POST" && !is_json(req.header("content-type")) {
        return Reply::error(
            400,
            "50006",
            "Invalid Content_Type, please use \"application/json\" format",
        );
    }
    let params = Params::parse(req.query());
    if shared.rate_limits.load(Ordering::SeqCst) {
        if let Key::UidAndInstPerOrder = route.key {
            let (mut limiter, now) = (shared.limiter(), shared.mono_ms());
            let items = crate::batch::items(&req.body).unwrap_or_default();
            // "A one-order batch counts against the single order's limit" (the docs of each
            // batch endpoint): under the single endpoint's own key.
            let alone = crate::batch::alone(route.path);
            let single = items.len() == 1 && alone.is_some();
            if let ([item], Some((path, limit))) = (&items[..], alone) {
                let inst = inst_scope(item.get("instId").and_then(Value::as_str).unwrap_or(""));
                let key = format!("POST {path}|{}|{inst}", uid(account));
                if !limiter.admit(&key, limit, now) {
                    return Reply::new(429, too_many_requests());
                }
            }
            let mut counts: Vec<(String, usize)> = Vec::new();
            for item in items.iter().filter(|_| !single) {
                let inst = inst_scope(item.get("instId").and_then(Value::as_str).unwrap_or(""));
                let key = format!("{} {}|{}|{inst}", route.method, route.path, uid(account));
                match counts.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((key, 1)),
                }
            }
            if !limiter.admit_all(&counts, route.limit, now) {
                return Reply::new(429, too_many_requests());
            }
        }
        let scope = match route.key {
            Key::UidAndInstPerOrder => String::new(),
            Key::Ip => peer.to_string(),
            Key::IpAndParam(name) => format!("{peer}|{}", params.get(name).unwrap_or("")),
            Key::Uid => uid(account),
            Key::UidAndInst => {
                format!("{}|{}", uid(account), inst_scope(&inst_id(req, &params)))
            }
            Key::UidAndTagPerSecond => format!("{}|{}", uid(account), body_field(req, "tag")),
            Key::UidPerSecond => uid(account),
            Key::UidAndCcyPerSecond => format!("{}|{}", uid(account), body_field(req, "ccy")),
        };
        let key = format!("{} {}|{scope}", route.method, route.path);
        let (mut limiter, now) = (shared.limiter(), shared.mono_ms());
        let admitted = match route.key {
            // Counted per order above.
            Key::UidAndInstPerOrder => true,
            Key::UidAndTagPerSecond | Key::UidPerSecond | Key::UidAndCcyPerSecond => {
                limiter.admit_within(&key, route.limit, 1_000, now)
            }
            _ => limiter.admit(&key, route.limit, now),
        };
        drop(limiter);
        if !admitted && matches!(route.key, Key::UidAndCcyPerSecond) {
            return Reply::error(
                429,
                "58102",
                "Too frequent transfer (transfer too frequently).",
            );
        }
        if !admitted {
            return Reply::new(429, too_many_requests());
        }
    }
    (route.handler)(&Ctx {
        shared,
        req,
        params,
        account,
        now_ms,
    })
}

/// Whether a `Content-Type` is `application/json` (any case, parameters such as `charset`
/// allowed).
fn is_json(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
    })
}

fn uid(account: Option<&AccountState>) -> String {
    account.map_or(String::new(), |a| a.account.uid.clone())
}

/// The instrument a trade request is about: `instId` from the query, else from a JSON body
/// (empty if neither has one, so malformed requests share one budget).
fn inst_id(req: &Request, params: &Params) -> String {
    if let Some(id) = params.get("instId") {
        return id.to_string();
    }
    body_field(req, "instId")
}

/// A text field of a JSON body, or "" (so malformed requests share one budget).
fn body_field(req: &Request, name: &str) -> String {
    serde_json::from_slice::<Value>(&req.body)
        .ok()
        .and_then(|v| v.get(name)?.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameters() {
        let p = Params::parse("instId=BTC-USDT&bar=&ccy=BTC%2CETH&x=a%20b&bad=%zz&ccy=LATER&flag");
        assert_eq!(p.get("instId"), Some("BTC-USDT"));
        assert_eq!(p.get("bar"), None);
        assert_eq!(p.get("ccy"), Some("BTC,ETH"));
        assert_eq!(p.get("x"), Some("a b"));
        assert_eq!(p.get("bad"), Some("%zz"));
        assert_eq!(p.get("flag"), None);
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%41"), "A");
        assert_eq!(
            p.required("limit").unwrap_err().to_json(),
            r#"{"code":"50014","msg":"Parameter limit can not be empty","data":[]}"#
        );
    }

    #[test]
    fn bodies_keep_field_order_and_raw_rows() {
        let mut r = Reply::ok_raw(r#"[["1","2.5"],["0","1"]]"#.into());
        assert_eq!(
            r.to_json(),
            r#"{"code":"0","msg":"","data":[["1","2.5"],["0","1"]]}"#
        );
        crate::faults::rewrite(&crate::Fault::CodeAsNumber, &mut r.body);
        crate::faults::rewrite(&crate::Fault::ExtraFields, &mut r.body);
        assert_eq!(
            r.to_json(),
            r#"{"code":0,"msg":"","data":[["1","2.5"],["0","1"]],"simTraceId":"0f5e2d1c","simExtra":{"nested":[true,null],"n":1}}"#
        );
        assert_eq!(code(&r.body).as_deref(), Some("0"));
        let r = Reply::error(400, "1", "a\"b\\c\n\u{1}");
        assert_eq!(
            r.to_json(),
            r#"{"code":"1","msg":"a\"b\\c\n\u0001","data":[]}"#
        );
        assert_eq!(code(&r.body).as_deref(), Some("1"));
    }

    #[test]
    fn json_content_types() {
        for ok in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            " application/json ;charset=UTF-8",
        ] {
            assert!(is_json(Some(ok)), "{ok}");
        }
        for bad in [
            "",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/jsonx",
            "json",
        ] {
            assert!(!is_json(Some(bad)), "{bad}");
        }
        assert!(!is_json(None));
    }

    #[test]
    fn table_is_consistent() {
        for (i, r) in ROUTES.iter().enumerate() {
            assert!(r.path.starts_with("/api/v5/") && r.limit > 0);
            assert!(ROUTES[..i]
                .iter()
                .all(|o| (o.method, o.path) != (r.method, r.path)));
            assert_eq!(
                r.auth,
                matches!(
                    r.key,
                    Key::Uid
                        | Key::UidAndInst
                        | Key::UidAndInstPerOrder
                        | Key::UidAndTagPerSecond
                        | Key::UidPerSecond
                        | Key::UidAndCcyPerSecond
                ),
                "{}",
                r.path
            );
        }
    }
}
