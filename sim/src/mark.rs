//! Mark and index prices (derivatives fact sheet §6.1, §6.4, §6.5, §6.7, §6.8): the handlers of
//! `/public/mark-price`, `/market/index-tickers`, `/public/price-limit`, `/public/open-interest`
//! and the four mark-price and index candle endpoints, and the `mark-price` WebSocket push.
//!
//! The model, all a function of (seed, instrument, sim clock):
//! * An instrument's mark price is its own series' price at the current second (the close of its
//!   forming candle), so the mark price, the mark-price candles and the ticker agree. Mark-price
//!   candles are the instrument's own candles without volume.
//! * An index (`BTC-USD`, `BTC-USDT`, …) follows the spot series of its underlying
//!   ([`Market::index_series`]); index candles are that series' candles without volume, and
//!   `idxPx` is its price at the current second.
//! * The price-limit band is ±2 % around the mark price: `buyLmt` (the highest buy price) is
//!   mark × 1.02 rounded down to the tick, `sellLmt` (the lowest sell price) mark × 0.98 rounded
//!   up, so both lie inside the band. An instrument that is not trading (`state` other than
//!   `live`) has `enabled` false and `""` limits, as the docs describe.
//! * Open interest is a whole number of contracts that drifts by the minute, hashed from the
//!   instrument; `oiCcy` and `oiUsd` follow from `ctVal` exactly (linear: coin = oi × ctVal, USD
//!   = coin × mark; inverse: USD = oi × ctVal, coin = USD / mark, 8 decimals, rounded down).

use serde_json::{json, Value};

use crate::amount::{fmt_scaled, write_scaled, Amount};
use crate::bars::Bar;
use crate::endpoints::candle_query;
use crate::instruments::INDICES;
use crate::market::{CandleSource, Market};
use crate::routes::{Ctx, Reply};
use crate::series::Candle;
use crate::walk::{hash, mix};

/// Rows a mark-price or index candle page holds at most.
const PRICE_CANDLE_ROWS: usize = 100;
/// The band `public/price-limit` gives, in basis points either side of the mark price.
const LIMIT_BAND_BP: i128 = 200;
const DOMAIN_OPEN_INTEREST: u64 = 0x6f69_0000_0000_0009;

/// The candle endpoints' bars less `1s` and the 2- and 3-day bars (fact sheet §6.8).
fn price_bar(name: &str) -> bool {
    !matches!(name, "1s" | "2D" | "3D" | "2Dutc" | "3Dutc")
}

impl Market {
    /// Derivatives, and spot pairs that can be traded on margin, have a mark price.
    pub(crate) fn has_mark_price(&self, idx: usize) -> bool {
        let inst = &self.series(idx).inst;
        inst.inst_type != "SPOT" || !inst.lever.is_empty()
    }

    /// The mark price in ticks: the series' price at the current second.
    pub(crate) fn mark_ticks(&self, idx: usize, now_ms: i64) -> i64 {
        self.last_price(idx, now_ms)
    }

    /// The `mark-price` object: `{instType, instId, markPx, ts}`, `ts` the start of the second.
    pub(crate) fn mark_price(&self, idx: usize, now_ms: i64) -> Value {
        let inst = &self.series(idx).inst;
        json!({
            "instType": mark_inst_type(self, idx),
            "instId": inst.inst_id,
            "markPx": fmt_scaled(self.mark_ticks(idx, now_ms).into(), inst.tick_dec, inst.tick_dec),
            "ts": second_start(now_ms).to_string(),
        })
    }

    /// Candles as `[ts, o, h, l, c, confirm]` rows (no volume), as JSON text.
    pub(crate) fn price_candle_rows(&self, idx: usize, candles: &[Candle]) -> String {
        let inst = &self.series(idx).inst;
        let mut out = String::with_capacity(2 + 80 * candles.len());
        out.push('[');
        for (i, c) in candles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("[\"");
            out.push_str(&c.ts.to_string());
            for px in [c.o, c.h, c.l, c.c] {
                out.push_str("\",\"");
                write_scaled(&mut out, i128::from(px), inst.tick_dec, inst.tick_dec);
            }
            out.push_str(if c.confirm { "\",\"1\"]" } else { "\",\"0\"]" });
        }
        out.push(']');
        out
    }
}

fn second_start(now_ms: i64) -> i64 {
    now_ms - now_ms.rem_euclid(1000)
}

/// The `instType` a mark price is reported under: spot pairs have one as MARGIN.
fn mark_inst_type(market: &Market, idx: usize) -> &'static str {
    match market.series(idx).inst.inst_type {
        "SPOT" => "MARGIN",
        t => t,
    }
}

/// `GET /api/v5/public/mark-price?instType=…[&instFamily=…][&instId=…]`
pub(crate) fn mark_price(ctx: &Ctx) -> Reply {
    let inst_type = match ctx.params.required("instType") {
        Ok(t) => t,
        Err(r) => return r,
    };
    if !["MARGIN", "SWAP", "FUTURES", "OPTION"].contains(&inst_type) {
        return Reply::param_error("instType");
    }
    let market = &ctx.shared.market;
    let family = ctx.params.get("instFamily");
    let inst_id = ctx.params.get("instId");
    let data: Vec<Value> = (0..market.all().len())
        .filter(|&i| market.has_mark_price(i) && mark_inst_type(market, i) == inst_type)
        .filter(|&i| family.is_none_or(|f| market.series(i).inst.family() == Some(f)))
        .filter(|&i| inst_id.is_none_or(|id| market.series(i).inst.inst_id == id))
        .map(|i| market.mark_price(i, ctx.now_ms))
        .collect();
    if data.is_empty() && inst_id.is_some() {
        return Reply::no_instrument();
    }
    Reply::ok(data)
}

/// `GET /api/v5/market/index-tickers?quoteCcy=…|instId=…`
pub(crate) fn index_tickers(ctx: &Ctx) -> Reply {
    let quote = ctx.params.get("quoteCcy");
    let inst_id = ctx.params.get("instId");
    if quote.is_none() && inst_id.is_none() {
        return Reply::param_empty("quoteCcy");
    }
    if quote.is_some_and(|q| !["USD", "USDT", "BTC", "USDC"].contains(&q)) {
        return Reply::param_error("quoteCcy");
    }
    let market = &ctx.shared.market;
    let ids: Vec<String> = match inst_id {
        Some(id) => vec![id.to_string()],
        None => INDICES.iter().map(|(i, _)| i.to_string()).collect(),
    };
    let data: Vec<Value> = ids
        .iter()
        .filter(|id| quote.is_none_or(|q| id.rsplit('-').next() == Some(q)))
        .filter_map(|id| Some((id, market.index_series(id)?)))
        .map(|(id, idx)| index_ticker(market, id, idx, ctx.now_ms))
        .collect();
    if data.is_empty() && inst_id.is_some() {
        return Reply::no_instrument();
    }
    Reply::ok(data)
}

/// An index ticker: the spot ticker's price figures under the index's name.
fn index_ticker(market: &Market, index_id: &str, idx: usize, now_ms: i64) -> Value {
    let t = market.ticker(idx, now_ms);
    json!({
        "instId": index_id,
        "idxPx": t["last"],
        "high24h": t["high24h"],
        "low24h": t["low24h"],
        "open24h": t["open24h"],
        "sodUtc0": t["sodUtc0"],
        "sodUtc8": t["sodUtc8"],
        "ts": t["ts"],
    })
}

/// `GET /api/v5/public/price-limit?instId=…`
pub(crate) fn price_limit(ctx: &Ctx) -> Reply {
    let id = match ctx.params.required("instId") {
        Ok(id) => id,
        Err(r) => return r,
    };
    let market = &ctx.shared.market;
    let Some(idx) = market.find(id) else {
        return Reply::no_instrument();
    };
    let inst = &market.series(idx).inst;
    let (buy, sell, enabled) = if inst.state == "live" {
        let (buy, sell) = limit_band(market.mark_ticks(idx, ctx.now_ms));
        let px = |t: i64| fmt_scaled(t.into(), inst.tick_dec, inst.tick_dec);
        (px(buy), px(sell), true)
    } else {
        (String::new(), String::new(), false)
    };
    Reply::ok(vec![json!({
        "instType": inst.inst_type,
        "instId": inst.inst_id,
        "buyLmt": buy,
        "sellLmt": sell,
        "ts": second_start(ctx.now_ms).to_string(),
        "enabled": enabled,
    })])
}

/// (highest buy, lowest sell) in ticks around `mark` ticks: inside the ±2 % band.
pub(crate) fn limit_band(mark: i64) -> (i64, i64) {
    let mark = i128::from(mark);
    let buy = (mark * (10_000 + LIMIT_BAND_BP)).div_euclid(10_000);
    let sell = -(-mark * (10_000 - LIMIT_BAND_BP)).div_euclid(10_000);
    (buy as i64, sell as i64)
}

/// `GET /api/v5/public/open-interest?instType=…[&instFamily=…][&instId=…]`
pub(crate) fn open_interest(ctx: &Ctx) -> Reply {
    let inst_type = match ctx.params.required("instType") {
        Ok(t) => t,
        Err(r) => return r,
    };
    if !["SWAP", "FUTURES", "OPTION"].contains(&inst_type) {
        return Reply::param_error("instType");
    }
    let family = ctx.params.get("instFamily");
    if inst_type == "OPTION" && family.is_none() {
        return Reply::param_empty("instFamily");
    }
    let market = &ctx.shared.market;
    let inst_id = ctx.params.get("instId");
    let data: Vec<Value> = (0..market.all().len())
        .filter(|&i| market.series(i).inst.inst_type == inst_type)
        .filter(|&i| family.is_none_or(|f| market.series(i).inst.family() == Some(f)))
        .filter(|&i| inst_id.is_none_or(|id| market.series(i).inst.inst_id == id))
        .map(|i| open_interest_of(market, i, ctx.now_ms))
        .collect();
    if data.is_empty() && inst_id.is_some() {
        return Reply::no_instrument();
    }
    Reply::ok(data)
}

/// One instrument's open interest: a hashed number of contracts, renewed each minute, and its
/// value in coin and USD computed exactly from `ctVal` and the mark price.
fn open_interest_of(market: &Market, idx: usize, now_ms: i64) -> Value {
    let inst = &market.series(idx).inst;
    let minute = now_ms.div_euclid(60_000);
    let name = inst
        .inst_id
        .bytes()
        .fold(DOMAIN_OPEN_INTEREST, |h, b| mix(h ^ u64::from(b)));
    // Between 10,000 and 1,010,000 contracts, steady for a minute.
    let oi = 10_000 + (hash(name, minute, 0) % 1_000_000) as i128;
    let Some(deriv) = inst.deriv.as_ref() else {
        return Value::Null;
    };
    let ct_val = Amount::parse(deriv.ct_val).unwrap_or(Amount::ZERO);
    let face = ct_val.times_price(oi as i64, 0);
    let mark = market.mark_ticks(idx, now_ms);
    let (coin, usd) = match deriv.ct_type {
        // ctVal is USD: coin = USD / mark, rounded down to 8 decimals.
        "inverse" => (face.div_price_floor(mark, inst.tick_dec, 8), face),
        // ctVal is coin; the mark price is in USDT, counted as USD.
        "linear" => (face, face.times_price(mark, inst.tick_dec)),
        // Options: ctVal is coin and the mark price a premium, so USD is at the index price.
        _ => {
            let usd = match market.index_series(deriv.family) {
                Some(u) => {
                    let tick_dec = market.series(u).inst.tick_dec;
                    face.times_price(market.mark_ticks(u, now_ms), tick_dec)
                }
                None => Amount::ZERO,
            };
            (face, usd)
        }
    };
    json!({
        "instType": inst.inst_type,
        "instId": inst.inst_id,
        "oi": oi.to_string(),
        "oiCcy": coin.to_string(),
        "oiUsd": usd.to_string(),
        "ts": second_start(now_ms).to_string(),
    })
}

/// `GET /api/v5/market/mark-price-candles`: the latest 1,440 bars.
pub(crate) fn mark_price_candles(ctx: &Ctx) -> Reply {
    price_candles(ctx, Price::Mark, CandleSource::Recent)
}

/// `GET /api/v5/market/history-mark-price-candles`: every bar, without `3M`/`3Mutc`.
pub(crate) fn history_mark_price_candles(ctx: &Ctx) -> Reply {
    price_candles(ctx, Price::Mark, CandleSource::History)
}

/// `GET /api/v5/market/index-candles`: the latest 1,440 bars of an index.
pub(crate) fn index_candles(ctx: &Ctx) -> Reply {
    price_candles(ctx, Price::Index, CandleSource::Recent)
}

/// `GET /api/v5/market/history-index-candles`
pub(crate) fn history_index_candles(ctx: &Ctx) -> Reply {
    price_candles(ctx, Price::Index, CandleSource::History)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Price {
    Mark,
    Index,
}

fn price_candles(ctx: &Ctx, price: Price, source: CandleSource) -> Reply {
    let bar_ok = |name: &str| {
        price_bar(name)
            && !(price == Price::Mark
                && source == CandleSource::History
                && matches!(name, "3M" | "3Mutc"))
    };
    let query = match candle_query(ctx, PRICE_CANDLE_ROWS, bar_ok) {
        Ok(q) => q,
        Err(r) => return r,
    };
    let market = &ctx.shared.market;
    let id = ctx.params.get("instId").unwrap_or_default();
    let idx = match price {
        Price::Mark => market.find(id).filter(|&i| market.has_mark_price(i)),
        Price::Index => market.index_series(id),
    };
    let Some(idx) = idx else {
        return Reply::no_instrument();
    };
    debug_assert!(query.bar != Bar::SECOND);
    let candles = market.candles(idx, source, &query, ctx.now_ms);
    Reply::ok_raw(market.price_candle_rows(idx, &candles))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_band_rounds_inward() {
        // 65000.1 at tick 0.1: 650001 ticks; ×1.02 = 663001.02 → down; ×0.98 = 637000.98 → up.
        assert_eq!(limit_band(650_001), (663_001, 637_001));
        // Exact multiples stay exact.
        assert_eq!(limit_band(100), (102, 98));
    }
}
