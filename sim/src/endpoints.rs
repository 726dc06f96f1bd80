//! Handlers of the public endpoints (fact sheet §3.1–§3.5): parameter checks with OKX's codes,
//! then the market model's answer. Checks run in the order required-parameter (50014),
//! bad value (51000), unknown instrument (51001).

use std::sync::atomic::Ordering;

use serde_json::{json, Value};

use crate::bars::Bar;
use crate::market::{CandleQuery, CandleSource};
use crate::routes::{Ctx, Reply};

const INST_TYPES: [&str; 5] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"];

/// The year 33658: later `after`/`before` values mean the same as this.
const MAX_CURSOR_MS: i64 = 1_000_000_000_000_000;

/// `GET /api/v5/public/time`
pub(crate) fn time(ctx: &Ctx) -> Reply {
    Reply::ok(vec![json!({"ts": ctx.now_ms.to_string()})])
}

/// `GET /api/v5/public/instruments?instType=…[&instFamily=…|&uly=…][&instId=…]`: the listed
/// instruments of a type (MARGIN: none). OPTION requires `instFamily` or `uly`, as on OKX; for the
/// other derivatives they filter.
pub(crate) fn instruments(ctx: &Ctx) -> Reply {
    let inst_type = match ctx.params.required("instType") {
        Ok(t) => t,
        Err(r) => return r,
    };
    if !INST_TYPES.contains(&inst_type) {
        return Reply::param_error("instType");
    }
    let family = ctx.params.get("instFamily").or(ctx.params.get("uly"));
    if inst_type == "OPTION" && family.is_none() {
        return Reply::param_empty("instFamily");
    }
    let market = &ctx.shared.market;
    let listed = market
        .all()
        .iter()
        .filter(|s| s.inst.inst_type == inst_type)
        .filter(|s| family.is_none_or(|f| s.inst.family() == Some(f)));
    let data: Vec<Value> = match ctx.params.get("instId") {
        Some(id) => {
            let found: Vec<Value> = listed
                .filter(|s| s.inst.inst_id == id)
                .map(|s| s.inst.to_json())
                .collect();
            if found.is_empty() {
                return Reply::no_instrument();
            }
            found
        }
        None => listed.map(|s| s.inst.to_json()).collect(),
    };
    Reply::ok(data)
}

/// The instrument index of the required `instId`, or the error reply.
fn instrument(ctx: &Ctx) -> Result<usize, Reply> {
    let id = ctx.params.required("instId")?;
    ctx.shared.market.find(id).ok_or_else(Reply::no_instrument)
}

/// `GET /api/v5/market/ticker?instId=…`
pub(crate) fn ticker(ctx: &Ctx) -> Reply {
    match instrument(ctx) {
        Ok(idx) => Reply::ok(vec![ctx.shared.market.ticker(idx, ctx.now_ms)]),
        Err(r) => r,
    }
}

/// `GET /api/v5/market/tickers?instType=…`
pub(crate) fn tickers(ctx: &Ctx) -> Reply {
    let inst_type = match ctx.params.required("instType") {
        Ok(t) => t,
        Err(r) => return r,
    };
    if !["SPOT", "SWAP", "FUTURES", "OPTION"].contains(&inst_type) {
        return Reply::param_error("instType");
    }
    let market = &ctx.shared.market;
    let family = ctx.params.get("instFamily").or(ctx.params.get("uly"));
    let data = (0..market.all().len())
        .filter(|&i| market.series(i).inst.inst_type == inst_type)
        .filter(|&i| family.is_none_or(|f| market.series(i).inst.family() == Some(f)))
        .map(|i| market.ticker(i, ctx.now_ms))
        .collect();
    Reply::ok(data)
}

/// A positive integer parameter no larger than `max`; `default` when absent.
fn count_param(ctx: &Ctx, name: &str, default: usize, max: Option<usize>) -> Result<usize, Reply> {
    match ctx.params.get(name) {
        None => Ok(default),
        Some(text) => match text.parse::<usize>() {
            Ok(n) if n >= 1 && max.is_none_or(|m| n <= m) => Ok(n),
            _ => Err(Reply::param_error(name)),
        },
    }
}

/// `GET /api/v5/market/books?instId=…&sz=…` (`sz` 1–400, default 1).
pub(crate) fn books(ctx: &Ctx) -> Reply {
    if let Err(r) = ctx.params.required("instId") {
        return r;
    }
    let depth = match count_param(ctx, "sz", 1, Some(400)) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match instrument(ctx) {
        Ok(idx) => Reply::ok(vec![ctx.shared.market.book(idx, ctx.now_ms, depth)]),
        Err(r) => r,
    }
}

/// `GET /api/v5/market/candles`: the 1,440 most recent bars, `limit` up to 300.
pub(crate) fn candles(ctx: &Ctx) -> Reply {
    candle_page(ctx, CandleSource::Recent, 300)
}

/// `GET /api/v5/market/history-candles`: every bar back to three years ago, the recent ones
/// included (the endpoints overlap, as on OKX), `limit` up to the configured cap.
pub(crate) fn history_candles(ctx: &Ctx) -> Reply {
    let cap = ctx.shared.history_cap.load(Ordering::SeqCst);
    candle_page(ctx, CandleSource::History, cap)
}

fn candle_page(ctx: &Ctx, source: CandleSource, max_rows: usize) -> Reply {
    // 1s bars are history-candles only.
    let bar_ok = |name: &str| !(name == "1s" && source == CandleSource::Recent);
    let query = match candle_query(ctx, max_rows, bar_ok) {
        Ok(q) => q,
        Err(r) => return r,
    };
    let idx = match instrument(ctx) {
        Ok(idx) => idx,
        Err(r) => return r,
    };
    let market = &ctx.shared.market;
    let candles = market.candles(idx, source, &query, ctx.now_ms);
    Reply::ok_raw(market.candle_rows(idx, &candles))
}

/// The checked parameters of a candle request (every candle endpoint takes the same ones):
/// `instId` present, `bar` one `bar_ok` accepts (default `1m`), `after`/`before` epoch ms, and
/// `limit` (default 100; above `max_rows` is served `max_rows`). The instrument itself is the
/// caller's to look up, after these checks.
pub(crate) fn candle_query(
    ctx: &Ctx,
    max_rows: usize,
    bar_ok: impl Fn(&str) -> bool,
) -> Result<CandleQuery, Reply> {
    ctx.params.required("instId")?;
    let bar = match ctx.params.get("bar").unwrap_or("1m") {
        name if bar_ok(name) => Bar::parse(name).ok_or_else(|| Reply::param_error("bar"))?,
        _ => return Err(Reply::param_error("bar")),
    };
    let cursor = |name: &str| -> Result<Option<i64>, Reply> {
        match ctx.params.get(name) {
            None => Ok(None),
            // Cursors far beyond any data are clamped so bar arithmetic cannot overflow.
            Some(text) => match text.parse::<i64>() {
                Ok(t) if t >= 0 => Ok(Some(t.min(MAX_CURSOR_MS))),
                _ => Err(Reply::param_error(name)),
            },
        }
    };
    let (after, before) = (cursor("after")?, cursor("before")?);
    // A limit above the maximum is served the maximum: clients must page by the oldest `ts`
    // received, never assume a page is full.
    let limit = count_param(ctx, "limit", 100, None)?.min(max_rows);
    Ok(CandleQuery {
        bar,
        after,
        before,
        limit,
    })
}
