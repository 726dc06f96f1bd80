//! Control endpoints under `/__sim/` for scripts and benchmarks that run the `okx-sim` binary:
//! the same knobs as the [`crate::Sim`] methods (the WebSocket ones included), over HTTP. They are not logged, faulted or
//! rate limited. Answers are `{"code":"0","msg":"","data":[]}`, or HTTP 400 with code `"1"` and
//! a message for a bad body; `GET /__sim/log`, `GET /__sim/orders` and `GET /__sim/positions`
//! answer bare JSON arrays.

use std::sync::atomic::Ordering;

use serde::Deserialize;
use serde_json::{json, Value};

use crate::faults::FaultArgs;
use crate::http::Request;
use crate::state::Shared;
use crate::Fault;

#[derive(Deserialize)]
struct FaultBody {
    path: String,
    fault: String,
    #[serde(default = "one")]
    times: usize,
    #[serde(flatten)]
    args: FaultArgs,
}

fn one() -> usize {
    1
}

#[derive(Deserialize)]
struct ClockBody {
    offset_ms: i64,
}

#[derive(Deserialize)]
struct TransferDelayBody {
    ms: u64,
    #[serde(default)]
    busy: bool,
}

#[derive(Deserialize)]
struct RateLimitsBody {
    on: bool,
}

#[derive(Deserialize)]
struct HistoryCapBody {
    cap: usize,
}

#[derive(Deserialize)]
struct WsCloseBody {
    code: u16,
}

#[derive(Deserialize)]
struct WsPongsBody {
    on: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TradeBody {
    inst_id: String,
    px: String,
    sz: Option<String>,
}

/// `{"apiKey":…,"acctLv":"1"|"2"}`
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountLevelBody {
    api_key: String,
    acct_lv: String,
}

#[derive(Deserialize)]
struct WsIdleBody {
    ms: u64,
}

/// `{"instId":…}`: the book-gap, book-quiet and book-reset switches.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WsBookGapBody {
    inst_id: String,
}

/// A close code a WebSocket endpoint may send (RFC 6455 §7.4): 1000–4999 except the codes
/// reserved for local use (1004–1006, 1015).
fn sendable_close_code(code: u16) -> bool {
    (1000..=4999).contains(&code) && !matches!(code, 1004..=1006 | 1015)
}

fn done() -> (u16, String) {
    (200, json!({"code": "0", "msg": "", "data": []}).to_string())
}

fn bad(msg: &str) -> (u16, String) {
    (
        400,
        json!({"code": "1", "msg": msg, "data": []}).to_string(),
    )
}

fn parse<T: for<'de> Deserialize<'de>>(req: &Request) -> Result<T, (u16, String)> {
    serde_json::from_slice(&req.body).map_err(|e| bad(&format!("bad body: {e}")))
}

/// Handles a `/__sim/…` request; returns the HTTP status and JSON body.
pub(crate) fn handle(shared: &Shared, req: &Request) -> (u16, String) {
    let result = match (req.method.as_str(), req.path()) {
        ("GET", "/__sim/log") => {
            return (
                200,
                serde_json::to_string(&shared.log_entries()).unwrap_or_else(|_| "[]".into()),
            )
        }
        ("POST", "/__sim/clear-log") => {
            shared.clear_log();
            Ok(())
        }
        ("GET", "/__sim/orders") => return (200, Value::from(shared.orders_json()).to_string()),
        ("GET", "/__sim/positions") => {
            return (
                200,
                Value::from(crate::position_api::all_positions(shared)).to_string(),
            )
        }
        ("POST", "/__sim/account-level") => parse::<AccountLevelBody>(req).and_then(|b| {
            shared
                .set_account_level(&b.api_key, &b.acct_lv)
                .map_err(|e| bad(&e))
        }),
        ("POST", "/__sim/fault") => parse::<FaultBody>(req).and_then(|b| {
            let fault = Fault::from_name(&b.fault, &b.args).map_err(|e| bad(&e))?;
            shared.faults().inject(&b.path, fault, b.times);
            Ok(())
        }),
        ("POST", "/__sim/clear-faults") => {
            shared.faults().clear();
            Ok(())
        }
        ("POST", "/__sim/clock") => parse::<ClockBody>(req).map(|b| {
            shared.clock_offset_ms.store(b.offset_ms, Ordering::SeqCst);
        }),
        ("POST", "/__sim/transfer-delay") => parse::<TransferDelayBody>(req).map(|b| {
            crate::asset::set_delay(shared, b.ms, b.busy);
        }),
        ("POST", "/__sim/rate-limits") => parse::<RateLimitsBody>(req).map(|b| {
            shared.rate_limits.store(b.on, Ordering::SeqCst);
        }),
        ("POST", "/__sim/history-cap") => parse::<HistoryCapBody>(req).map(|b| {
            shared.history_cap.store(b.cap.max(1), Ordering::SeqCst);
        }),
        ("POST", "/__sim/trade") => {
            return match parse::<TradeBody>(req).and_then(|b| {
                shared
                    .trade_at(&b.inst_id, &b.px, b.sz.as_deref())
                    .map_err(|e| bad(&e))
            }) {
                Ok(fills) => (
                    200,
                    json!({"code": "0", "msg": "", "data": [{"fills": fills}]}).to_string(),
                ),
                Err(reply) => reply,
            }
        }
        ("POST", "/__sim/ws-drop") => {
            shared.ws.drop_all();
            Ok(())
        }
        ("POST", "/__sim/ws-close") => parse::<WsCloseBody>(req).and_then(|b| {
            if !sendable_close_code(b.code) {
                return Err(bad(&format!("close code {} cannot be sent", b.code)));
            }
            shared.ws.close_all(b.code);
            Ok(())
        }),
        ("POST", "/__sim/ws-notice") => {
            shared.ws.notice_all();
            Ok(())
        }
        ("POST", "/__sim/ws-pongs") => parse::<WsPongsBody>(req).map(|b| {
            shared.ws.set_pongs(b.on);
        }),
        ("POST", "/__sim/ws-idle") => parse::<WsIdleBody>(req).map(|b| {
            shared.ws.set_idle_close_ms(b.ms);
        }),
        ("POST", "/__sim/ws-book-gap") => parse::<WsBookGapBody>(req).and_then(|b| {
            if shared.market.find(&b.inst_id).is_none() {
                return Err(bad(&format!("no instrument {:?}", b.inst_id)));
            }
            shared.ws.book_gap(&b.inst_id);
            Ok(())
        }),
        ("POST", "/__sim/ws-book-quiet") => parse::<WsBookGapBody>(req).and_then(|b| {
            if shared.market.find(&b.inst_id).is_none() {
                return Err(bad(&format!("no instrument {:?}", b.inst_id)));
            }
            shared.ws.book_quiet(&b.inst_id);
            Ok(())
        }),
        ("POST", "/__sim/ws-book-reset") => parse::<WsBookGapBody>(req).and_then(|b| {
            let Some(idx) = shared.market.find(&b.inst_id) else {
                return Err(bad(&format!("no instrument {:?}", b.inst_id)));
            };
            shared.market.reset_book_seq(idx, shared.now_ms());
            Ok(())
        }),
        (
            _,
            "/__sim/log"
            | "/__sim/orders"
            | "/__sim/positions"
            | "/__sim/account-level"
            | "/__sim/clear-log"
            | "/__sim/fault"
            | "/__sim/clear-faults"
            | "/__sim/clock"
            | "/__sim/rate-limits"
            | "/__sim/transfer-delay"
            | "/__sim/history-cap"
            | "/__sim/trade"
            | "/__sim/ws-drop"
            | "/__sim/ws-close"
            | "/__sim/ws-notice"
            | "/__sim/ws-pongs"
            | "/__sim/ws-idle"
            | "/__sim/ws-book-gap"
            | "/__sim/ws-book-quiet"
            | "/__sim/ws-book-reset",
        ) => {
            return (
                405,
                json!({"msg": "Method Not Allowed", "code": "405"}).to_string(),
            )
        }
        _ => return (404, json!({"msg": "Not Found", "code": "404"}).to_string()),
    };
    match result {
        Ok(()) => done(),
        Err(reply) => reply,
    }
}
