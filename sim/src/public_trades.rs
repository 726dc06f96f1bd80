//! Public trades over REST (fact sheet derivatives §6.6): `/market/trades` (the latest 500) and
//! `/market/history-trades` (the last three months, paged by trade ID or by timestamp).
//!
//! The trades are the WebSocket `trades` feed's ([`Market::trade`]): trade IDs are numbers of
//! the feed's [`TRADE_SLOT_MS`] slots, so IDs strictly increase with time, and a trade served
//! here has exactly the price (the price at its second, inside its minute's candle), size (in
//! lots: base currency for spot, contracts for derivatives), side and time of the feed's trade
//! with the same ID. The feed pushes whichever slot is current at each push; REST lists only
//! the slots that are trades: a few a minute, how many following the minute's candle volume
//! (about 3 on average, 0 in quiet minutes), at hashed places in the minute. So any window of
//! history is computed from its minutes alone, never by generating three months.

use serde_json::Value;

use crate::calendar::{DAY_MS, MINUTE_MS};
use crate::market::{Market, TRADE_SLOT_MS};
use crate::routes::{Ctx, Reply};
use crate::walk::hash;

/// How far back `/market/history-trades` serves: OKX's "last 3 months", as 90 days.
pub(crate) const HISTORY_MS: i64 = 90 * DAY_MS;
/// How many of the latest trades `/market/trades` serves.
const RECENT_TRADES: usize = 500;
/// Trades in a minute of average volume.
const TRADES_PER_MINUTE: f64 = 3.0;
/// The busiest minute's trades.
const MAX_PER_MINUTE: usize = 12;
const SLOTS_PER_MINUTE: i64 = MINUTE_MS / TRADE_SLOT_MS;
const DOMAIN_PLACE: u64 = 0x7470_6c61_6365_0009;

impl Market {
    /// The trade slots (= trade IDs) of minute `m`, oldest first, however far it is from now.
    fn trade_slots(&self, idx: usize, m: i64) -> Vec<i64> {
        let series = self.series(idx);
        let inst = &series.inst;
        let mean = inst.volume_per_minute * 10f64.powi(inst.lot_dec as i32);
        let vol = series.minute_volume(m);
        let n = ((vol as f64 / mean * TRADES_PER_MINUTE).round() as usize).min(MAX_PER_MINUTE);
        // One trade in each of n equal parts of the minute: sorted and distinct by construction.
        // The minute's volume (seeded) and the instrument key the places: a swap shares its spot
        // pair's walk and so its busy minutes, but not its trade times.
        let key = inst
            .inst_id
            .bytes()
            .fold(DOMAIN_PLACE ^ vol.rotate_left(17), |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        let part = SLOTS_PER_MINUTE / n.max(1) as i64;
        (0..n as i64)
            .map(|k| {
                let h = hash(key, m, k);
                m * SLOTS_PER_MINUTE + k * part + (h % part as u64) as i64
            })
            .collect()
    }

    /// The trade IDs with `lo <= id <= hi`, newest first, at most `limit`.
    pub(crate) fn trade_ids(&self, idx: usize, lo: i64, hi: i64, limit: usize) -> Vec<i64> {
        let mut out = Vec::with_capacity(limit.min(RECENT_TRADES));
        if lo > hi {
            return out;
        }
        let mut m = hi.div_euclid(SLOTS_PER_MINUTE);
        while out.len() < limit && m >= lo.div_euclid(SLOTS_PER_MINUTE) {
            for id in self.trade_slots(idx, m).into_iter().rev() {
                if (lo..=hi).contains(&id) && out.len() < limit {
                    out.push(id);
                }
            }
            m -= 1;
        }
        out
    }

    /// The oldest trade ID history serves at `now_ms`, and the newest trade ID.
    pub(crate) fn trade_id_window(&self, idx: usize, now_ms: i64) -> (i64, i64) {
        let start = (now_ms - HISTORY_MS).max(self.series(idx).inst.list_time);
        (
            (start + TRADE_SLOT_MS - 1).div_euclid(TRADE_SLOT_MS),
            now_ms.div_euclid(TRADE_SLOT_MS),
        )
    }

    /// Trade `id` as `/market/trades` writes it: the feed's trade without its `count` and
    /// `seqId`, `{instId, tradeId, px, sz, side, source, ts}`.
    pub(crate) fn rest_trade(&self, idx: usize, id: i64) -> Value {
        let mut t = self.trade(idx, id);
        if let Some(obj) = t.as_object_mut() {
            obj.remove("count");
            obj.remove("seqId");
        }
        t
    }
}

/// A whole-number cursor (`after`, `before`); far-future values mean the same as now.
fn cursor(ctx: &Ctx, name: &str) -> Result<Option<i64>, Reply> {
    match ctx.params.get(name) {
        None => Ok(None),
        Some(text) => match text.parse::<i64>() {
            Ok(v) if v >= 0 => Ok(Some(v)),
            _ => Err(Reply::param_error(name)),
        },
    }
}

/// `limit`: 1 to `max`, 100 when absent; anything else is 51000.
fn limit(ctx: &Ctx, max: usize) -> Result<usize, Reply> {
    match ctx.params.get("limit") {
        None => Ok(100),
        Some(text) => match text.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(Reply::param_error("limit")),
        },
    }
}

fn rows(market: &Market, idx: usize, ids: Vec<i64>) -> Reply {
    Reply::ok(
        ids.into_iter()
            .map(|id| market.rest_trade(idx, id))
            .collect(),
    )
}

/// `GET /api/v5/market/trades?instId=…[&limit=…]`: the latest trades, newest first; `limit`
/// 1-500 (default 100), as only the latest 500 exist.
pub(crate) fn trades(ctx: &Ctx) -> Reply {
    let handled = (|| {
        let id = ctx.params.required("instId")?;
        let limit = limit(ctx, RECENT_TRADES)?;
        let market = &ctx.shared.market;
        let idx = market.find(id).ok_or_else(Reply::no_instrument)?;
        let (lo, hi) = market.trade_id_window(idx, ctx.now_ms);
        Ok(rows(market, idx, market.trade_ids(idx, lo, hi, limit)))
    })();
    handled.unwrap_or_else(|r| r)
}

/// `GET /api/v5/market/history-trades?instId=…[&type=1|2][&after=…][&before=…][&limit=…]`: the
/// last three months, newest first. `type` 1 (default): `after`/`before` are trade IDs; 2:
/// `after` is a timestamp and `before` is refused (50039). Both cursors are exclusive; `before`
/// alone gives the latest trades newer than it (the newest first, as with candles).
pub(crate) fn history_trades(ctx: &Ctx) -> Reply {
    let handled = (|| {
        let id = ctx.params.required("instId")?;
        let by_time = match ctx.params.get("type") {
            None | Some("1") => false,
            Some("2") => true,
            Some(_) => return Err(Reply::param_error("type")),
        };
        let (after, before) = (cursor(ctx, "after")?, cursor(ctx, "before")?);
        let limit = limit(ctx, 100)?;
        if by_time && before.is_some() {
            // OKX's wording (ccxt's okx.ts quotes it beside the code).
            return Err(Reply::error(
                400,
                "50039",
                "The before parameter is not available for implementing timestamp pagination",
            ));
        }
        let market = &ctx.shared.market;
        let idx = market.find(id).ok_or_else(Reply::no_instrument)?;
        let (mut lo, mut hi) = market.trade_id_window(idx, ctx.now_ms);
        if let Some(a) = after {
            // Older than the cursor: a trade ID below it, or a trade time before it.
            let below = if by_time {
                (a - 1).div_euclid(TRADE_SLOT_MS)
            } else {
                a - 1
            };
            hi = hi.min(below);
        }
        if let Some(b) = before {
            lo = lo.max(b.saturating_add(1));
        }
        Ok(rows(market, idx, market.trade_ids(idx, lo, hi, limit)))
    })();
    handled.unwrap_or_else(|r| r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_okx_timestamp;
    use crate::series::Candle;

    fn now() -> i64 {
        parse_okx_timestamp("2026-11-21T05:07:13.250Z").unwrap()
    }

    fn ts(t: &Value) -> i64 {
        t["ts"].as_str().unwrap().parse().unwrap()
    }

    #[test]
    fn a_few_trades_a_minute_following_the_volume() {
        let m = Market::new(42, vec![]);
        let now = now();
        let now_min = now.div_euclid(MINUTE_MS);
        let mut total = 0;
        let mut quiet = 0;
        for minute in now_min - 1440..now_min {
            let slots = m.trade_slots(0, minute);
            assert!(slots.windows(2).all(|w| w[0] < w[1]));
            assert!(slots
                .iter()
                .all(|s| s.div_euclid(SLOTS_PER_MINUTE) == minute));
            quiet += usize::from(slots.is_empty());
            total += slots.len();
        }
        // A day is 30-60 pages of 100.
        assert!((3_000..=6_000).contains(&total), "{total}");
        assert!(quiet > 0 && quiet < 200, "{quiet}");
        // Another seed, other trades.
        let other = Market::new(7, vec![]);
        assert_ne!(
            (now_min - 60..now_min)
                .map(|x| m.trade_slots(0, x))
                .collect::<Vec<_>>(),
            (now_min - 60..now_min)
                .map(|x| other.trade_slots(0, x))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn trades_are_the_feed_s_and_inside_their_candle() {
        let m = Market::new(42, vec![]);
        let now = now();
        let (lo, hi) = m.trade_id_window(0, now);
        let ids = m.trade_ids(0, lo, hi, 300);
        assert_eq!(ids.len(), 300);
        assert!(ids.windows(2).all(|w| w[0] > w[1]));
        let series = m.series(0);
        for id in ids {
            let t = m.rest_trade(0, id);
            let feed = m.trade(0, id);
            for k in ["instId", "tradeId", "px", "sz", "side", "source", "ts"] {
                assert_eq!(t[k], feed[k], "{k}");
            }
            assert_eq!(t.as_object().unwrap().len(), 7);
            assert_eq!(ts(&t), id * TRADE_SLOT_MS);
            assert!(ts(&t) <= now);
            let minute = ts(&t).div_euclid(MINUTE_MS);
            let w = series.walk();
            let c: Candle =
                series.minute_candle(minute, w.minute(minute), w.minute(minute + 1), now / 1000);
            let px: f64 = t["px"].as_str().unwrap().parse().unwrap();
            let px = (px * 10.0).round() as i64;
            assert!(c.l <= px && px <= c.h, "{px} outside {c:?}");
        }
    }

    #[test]
    fn the_window_is_three_months_and_ids_are_bounded() {
        let m = Market::new(42, vec![]);
        let now = now();
        let (lo, hi) = m.trade_id_window(0, now);
        assert_eq!(hi, now / TRADE_SLOT_MS);
        assert_eq!(lo * TRADE_SLOT_MS, now - HISTORY_MS);
        let oldest = m.trade_ids(0, lo, lo + 10 * SLOTS_PER_MINUTE, 1_000);
        assert!(oldest.iter().all(|&id| id >= lo));
        assert!(m.trade_ids(0, hi + 1, hi, 10).is_empty());
        // A page of the oldest trades costs no more than a recent one.
        let start = std::time::Instant::now();
        let page = m.trade_ids(0, lo, lo + 40 * SLOTS_PER_MINUTE, 100);
        assert!(!page.is_empty());
        assert!(start.elapsed() < std::time::Duration::from_millis(200));
    }
}
