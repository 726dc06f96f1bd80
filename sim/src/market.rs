//! Market data views over the instruments' [`Series`]: which candles each candle endpoint may
//! serve and how `after`/`before`/`limit` page through them, tickers consistent with the candles,
//! order books around the last price, and the WebSocket trades feed. Everything is a function of (seed, instrument, sim
//! clock), except a per-minute cache of each instrument's 24-hour statistics.
//!
//! Candle windows (fact sheet §3.5): `/market/candles` serves only the 1,440 most recent bars
//! (the forming one and the 1,439 before it), `/market/history-candles` every bar back to three
//! years (1,096 days) ago or the listing time, the recent ones included, as OKX does: the two
//! endpoints overlap, so a client that merges them must not count a bar twice. `1s` bars exist on
//! history-candles only, for the last 90 days, including the most recent seconds. Windows count
//! bar slots, so a [`CandleGap`] (which removes `1m` candles only) leaves holes rather than
//! pulling older candles in.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use serde_json::{json, Value};

use crate::amount::{fmt_scaled, parse_units, write_scaled};
use crate::bars::Bar;
use crate::calendar::{DAY_MS, HOUR_MS, MINUTE_MS};
use crate::instruments::{derivative_instruments, index_spot, spot_instruments, Deriv, Instrument};
use crate::series::{Candle, Series};
use crate::state::lock;
use crate::CandleGap;

/// How many of the most recent bars `/market/candles` serves.
const RECENT_BARS: i64 = 1_440;
const HISTORY_DAYS: i64 = 3 * 365 + 1;
const SECOND_HISTORY_DAYS: i64 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CandleSource {
    /// `/market/candles`
    Recent,
    /// `/market/history-candles`
    History,
}

/// What a candle request asks for, already validated.
pub(crate) struct CandleQuery {
    pub(crate) bar: Bar,
    pub(crate) after: Option<i64>,
    pub(crate) before: Option<i64>,
    pub(crate) limit: usize,
}

/// Closed-minute statistics of the 24 hours before the current minute, in log-price space.
#[derive(Clone, Copy)]
struct DayStats {
    w_high: f64,
    w_low: f64,
    vol: u64,
    quote4: u128,
}

pub(crate) struct Market {
    series: Vec<Series>,
    gaps: Vec<CandleGap>,
    /// Per instrument, what is subtracted from book snapshot numbers to give `seqId`s: 0 until
    /// a [`Market::reset_book_seq`].
    seq_shift: Vec<AtomicI64>,
    /// Per instrument: (current minute, statistics of the 1,439 minutes before it).
    day_stats: Mutex<HashMap<usize, (i64, DayStats)>>,
}

impl Market {
    /// The market with the instruments listed now (the derivatives' IDs carry dates).
    #[cfg(test)]
    pub(crate) fn new(seed: u64, gaps: Vec<CandleGap>) -> Market {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        Market::at(seed, gaps, now)
    }

    /// The market with the instruments listed at sim time `now_ms`.
    pub(crate) fn at(seed: u64, gaps: Vec<CandleGap>, now_ms: i64) -> Market {
        let mut series: Vec<Series> = spot_instruments()
            .into_iter()
            .map(|i| Series::new(i, seed))
            .collect();
        let btc = series
            .iter()
            .find(|s| s.inst.inst_id == "BTC-USDT")
            .expect("BTC-USDT is listed");
        let btc_price = btc.price_at_second(now_ms.div_euclid(1000)) as f64
            / 10f64.powi(btc.inst.tick_dec as i32);
        series.extend(
            derivative_instruments(now_ms, btc_price)
                .into_iter()
                .map(|i| Series::new(i, seed)),
        );
        Market {
            seq_shift: series.iter().map(|_| AtomicI64::new(0)).collect(),
            series,
            gaps,
            day_stats: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn all(&self) -> &[Series] {
        &self.series
    }

    pub(crate) fn find(&self, inst_id: &str) -> Option<usize> {
        self.series.iter().position(|s| s.inst.inst_id == inst_id)
    }

    /// The series of the spot pair an index (`BTC-USD`) follows.
    pub(crate) fn index_series(&self, index: &str) -> Option<usize> {
        index_spot(index).and_then(|spot| self.find(spot))
    }

    pub(crate) fn series(&self, idx: usize) -> &Series {
        &self.series[idx]
    }

    /// The bar numbers `source` serves for this instrument at `now_ms`, inclusive.
    pub(crate) fn window(
        &self,
        idx: usize,
        bar: Bar,
        source: CandleSource,
        now_ms: i64,
    ) -> (i64, i64) {
        let days = if bar.is_second() {
            SECOND_HISTORY_DAYS
        } else {
            HISTORY_DAYS
        };
        let data_start = (now_ms - days * DAY_MS)
            .max(self.series[idx].inst.list_time)
            .max(0);
        let first = bar.first_at_or_after(data_start);
        let now_bar = bar.index_of(now_ms);
        match source {
            CandleSource::Recent => (first.max(now_bar - (RECENT_BARS - 1)), now_bar),
            // OKX's history-candles serves recent bars too: the endpoints overlap.
            CandleSource::History => (first, now_bar),
        }
    }

    /// The bar numbers of one page, newest first: inside the window, strictly older than
    /// `after`, strictly newer than `before`, skipping gaps, at most `limit`.
    fn page(&self, idx: usize, q: &CandleQuery, window: (i64, i64)) -> Vec<i64> {
        let bar = q.bar;
        let (lo, mut i) = window;
        if let Some(after) = q.after {
            i = i.min(bar.index_of(after - 1));
        }
        let bottom = match q.before {
            Some(before) => lo.max(bar.index_of(before) + 1),
            None => lo,
        };
        let inst_id = self.series[idx].inst.inst_id;
        let gaps: Vec<&CandleGap> = if bar == Bar::MINUTE {
            self.gaps.iter().filter(|g| g.inst_id == inst_id).collect()
        } else {
            Vec::new()
        };
        let mut out = Vec::with_capacity(q.limit.min(300));
        while i >= bottom && out.len() < q.limit {
            let ts = bar.start(i);
            if let Some(gap) = gaps.iter().find(|g| g.start_ms <= ts && ts < g.end_ms) {
                i = bar.index_of(gap.start_ms - 1);
                continue;
            }
            out.push(i);
            i -= 1;
        }
        out
    }

    /// The candles of one page, newest first.
    pub(crate) fn candles(
        &self,
        idx: usize,
        source: CandleSource,
        q: &CandleQuery,
        now_ms: i64,
    ) -> Vec<Candle> {
        let window = self.window(idx, q.bar, source, now_ms);
        let bars = self.page(idx, q, window);
        let series = &self.series[idx];
        let now_sec = now_ms.div_euclid(1000);
        if q.bar == Bar::MINUTE {
            minute_candles(series, &bars, now_sec)
        } else if q.bar.is_second() {
            let mut out = Vec::with_capacity(bars.len());
            let mut minute: Option<(i64, Vec<Candle>)> = None;
            for t in bars {
                let m = t.div_euclid(60);
                if minute.as_ref().is_none_or(|(cached, _)| *cached != m) {
                    minute = Some((m, series.second_candles(m, now_sec)));
                }
                if let Some((_, secs)) = &minute {
                    out.push(secs[t.rem_euclid(60) as usize]);
                }
            }
            out
        } else {
            bars.into_iter()
                .map(|i| series.bar_candle(q.bar.start(i), q.bar.start(i + 1), now_ms))
                .collect()
        }
    }

    /// A page of candles as the `data` array of OKX's 9-string rows
    /// `[ts,o,h,l,c,vol,volCcy,volCcyQuote,confirm]`, written straight to JSON text: a page is
    /// hundreds of rows, and tests page through years of them.
    pub(crate) fn candle_rows(&self, idx: usize, candles: &[Candle]) -> String {
        let mut out = String::with_capacity(2 + 160 * candles.len());
        out.push('[');
        for (i, c) in candles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            self.write_candle_row(&mut out, idx, c);
        }
        out.push(']');
        out
    }

    fn write_candle_row(&self, out: &mut String, idx: usize, c: &Candle) {
        let inst = &self.series[idx].inst;
        out.push_str("[\"");
        out.push_str(&c.ts.to_string());
        for px in [c.o, c.h, c.l, c.c] {
            out.push_str("\",\"");
            write_scaled(out, i128::from(px), inst.tick_dec, inst.tick_dec);
        }
        out.push_str("\",\"");
        write_scaled(out, i128::from(c.vol), inst.lot_dec, inst.lot_dec);
        // Spot: volCcy and volCcyQuote are both the quote volume; derivatives: coin, then quote.
        match &inst.deriv {
            None => {
                let quote_dec = inst.lot_dec + inst.tick_dec + 2;
                for _ in 0..2 {
                    out.push_str("\",\"");
                    write_scaled(out, (c.quote4 * 25) as i128, quote_dec, 8);
                }
            }
            Some(d) => {
                let (coin, quote) = derivative_volumes(inst, d, c.vol, c.quote4);
                for v in [coin, quote] {
                    out.push_str("\",\"");
                    out.push_str(&v);
                }
            }
        }
        out.push_str(if c.confirm { "\",\"1\"]" } else { "\",\"0\"]" });
    }

    fn min_lots(&self, idx: usize) -> u64 {
        let inst = &self.series[idx].inst;
        parse_units(inst.min_sz, inst.lot_dec).map_or(1, |v| v as u64)
    }

    /// The last traded price in ticks: the close of the forming `1m` candle.
    pub(crate) fn last_price(&self, idx: usize, now_ms: i64) -> i64 {
        self.series[idx].price_at_second(now_ms.div_euclid(1000))
    }

    fn day_stats(&self, idx: usize, now_min: i64) -> DayStats {
        if let Some((m, stats)) = lock(&self.day_stats).get(&idx) {
            if *m == now_min {
                return *stats;
            }
        }
        let series = &self.series[idx];
        let first = now_min - (RECENT_BARS - 1);
        let ws = series.walk().minutes(first, now_min, 1);
        let mut stats = DayStats {
            w_high: f64::MIN,
            w_low: f64::MAX,
            vol: 0,
            quote4: 0,
        };
        // Highs and lows stay in log space so the forming minute can be merged in exactly.
        for k in 0..(RECENT_BARS - 1) as usize {
            let m = first + k as i64;
            let span = series.minute(m, ws[k], ws[k + 1], i64::MAX);
            stats.w_high = stats.w_high.max(span.w_high);
            stats.w_low = stats.w_low.min(span.w_low);
            stats.vol += span.vol;
            stats.quote4 += series.candle(m * MINUTE_MS, &span, true).quote4;
        }
        lock(&self.day_stats).insert(idx, (now_min, stats));
        stats
    }

    /// The ticker object (fact sheet §3.3), consistent with the candles: `last` is the forming
    /// `1m` close, `open24h` the open of the oldest of the 1,440 recent `1m` candles, and
    /// `high24h`/`low24h`/`vol24h`/`volCcy24h` cover those 1,440 candles (gaps ignored).
    ///
    /// Prices change once a second, so the ticker is a per-second snapshot: `ts` is the start of
    /// the current second and two requests within a second get the same answer.
    pub(crate) fn ticker(&self, idx: usize, now_ms: i64) -> Value {
        let now_ms = now_ms - now_ms.rem_euclid(1000);
        let series = &self.series[idx];
        let inst = &series.inst;
        let walk = series.walk();
        let now_sec = now_ms.div_euclid(1000);
        let now_min = now_sec.div_euclid(60);
        let stats = self.day_stats(idx, now_min);
        let w_now = walk.minute(now_min);
        let forming = series.minute(now_min, w_now, walk.minute(now_min + 1), now_sec);
        let forming_candle = series.candle(now_min * MINUTE_MS, &forming, false);
        let px = |t: i64| fmt_scaled(i128::from(t), inst.tick_dec, inst.tick_dec);
        let sz = |l: u64| fmt_scaled(i128::from(l), inst.lot_dec, inst.lot_dec);
        let last = series.ticks(forming.w_close);
        let min_lots = self.min_lots(idx);
        let snapshot = book_snapshot(now_ms);
        let best_size = |px: i64| {
            series
                .book_level(px, snapshot, min_lots, true)
                .map_or(min_lots, |(size, _)| size)
        };
        let (ask_sz, bid_sz) = (best_size(last + 1), best_size(last));
        let quote4 = stats.quote4 + forming_candle.quote4;
        let day_open_min =
            |tz: i64| (now_ms + tz).div_euclid(DAY_MS) * DAY_MS / MINUTE_MS - tz / MINUTE_MS;
        let vol = stats.vol + forming.vol;
        let vol_ccy = match inst.deriv.as_ref() {
            None => fmt_scaled((quote4 * 25) as i128, inst.lot_dec + inst.tick_dec + 2, 8),
            Some(d) => derivative_volumes(inst, d, vol, quote4).0,
        };
        json!({
            "instType": inst.inst_type,
            "instId": inst.inst_id,
            "last": px(last),
            "lastSz": sz(series.last_trade_size(now_sec, min_lots)),
            "askPx": px(last + 1),
            "askSz": sz(ask_sz),
            "bidPx": px(last),
            "bidSz": sz(bid_sz),
            "open24h": px(series.ticks(walk.minute(now_min - (RECENT_BARS - 1)))),
            "high24h": px(series.ticks(stats.w_high.max(forming.w_high))),
            "low24h": px(series.ticks(stats.w_low.min(forming.w_low))),
            "volCcy24h": vol_ccy,
            "vol24h": sz(vol),
            "ts": now_ms.to_string(),
            "sodUtc0": px(series.ticks(walk.minute(day_open_min(0)))),
            "sodUtc8": px(series.ticks(walk.minute(day_open_min(8 * HOUR_MS)))),
        })
    }

    /// The order book (fact sheet §3.4) with up to `depth` levels a side: best bid at the last
    /// price, best ask one tick above, further levels one to three ticks apart. Consecutive
    /// snapshots share most levels (see [`Series::book_level`]), so the WebSocket `books`
    /// channel can send real deltas.
    pub(crate) fn book_levels(&self, idx: usize, now_ms: i64, depth: usize) -> Book {
        let series = &self.series[idx];
        let last = self.last_price(idx, now_ms);
        let snapshot = book_snapshot(now_ms);
        let min_lots = self.min_lots(idx);
        let level = |px: i64, best: bool| {
            series
                .book_level(px, snapshot, min_lots, best)
                .map(|(sz, orders)| Level { px, sz, orders })
        };
        Book {
            snapshot,
            seq_id: snapshot - self.seq_shift[idx].load(Ordering::SeqCst),
            asks: (last + 1..)
                .filter_map(|p| level(p, p == last + 1))
                .take(depth)
                .collect(),
            bids: (1..=last)
                .rev()
                .filter_map(|p| level(p, p == last))
                .take(depth)
                .collect(),
        }
    }

    /// A level as OKX writes it: `[px, sz, "0", orders]` (the third field is deprecated).
    pub(crate) fn level_json(&self, idx: usize, level: &Level) -> Value {
        let inst = &self.series[idx].inst;
        json!([
            fmt_scaled(i128::from(level.px), inst.tick_dec, inst.tick_dec),
            fmt_scaled(i128::from(level.sz), inst.lot_dec, inst.lot_dec),
            "0",
            level.orders.to_string(),
        ])
    }

    /// A level removed by a book delta: `[px, "0", "0", "0"]`.
    pub(crate) fn removed_level_json(&self, idx: usize, px: i64) -> Value {
        let inst = &self.series[idx].inst;
        json!([
            fmt_scaled(i128::from(px), inst.tick_dec, inst.tick_dec),
            "0",
            "0",
            "0",
        ])
    }

    /// One side of a book as JSON levels.
    pub(crate) fn levels_json(&self, idx: usize, levels: &[Level]) -> Value {
        levels.iter().map(|l| self.level_json(idx, l)).collect()
    }

    /// Restarts the book `seqId`s of an instrument, as OKX may after maintenance: the snapshot
    /// current at `now_ms` becomes `seqId` 1 and later ones count on from it, on REST and
    /// WebSocket alike.
    pub(crate) fn reset_book_seq(&self, idx: usize, now_ms: i64) {
        self.seq_shift[idx].store(book_snapshot(now_ms) - 1, Ordering::SeqCst);
    }

    /// The order book object of `/market/books`: [`Market::book_levels`] as OKX writes it.
    pub(crate) fn book(&self, idx: usize, now_ms: i64, depth: usize) -> Value {
        let book = self.book_levels(idx, now_ms, depth);
        json!({
            "asks": self.levels_json(idx, &book.asks),
            "bids": self.levels_json(idx, &book.bids),
            "ts": book.ts().to_string(),
            "seqId": book.seq_id,
        })
    }

    /// Trade number `n` of the WebSocket `trades` feed, which makes one trade per
    /// [`TRADE_SLOT_MS`] at the last price (the ticker's `last`), sized and sided by a hash:
    /// `{instId, tradeId, px, sz, side, ts, count, source, seqId}`, `side` the taker's.
    pub(crate) fn trade(&self, idx: usize, n: i64) -> Value {
        let series = &self.series[idx];
        let inst = &series.inst;
        let ts = n * TRADE_SLOT_MS;
        let (size, taker_bought) = series.trade(n, self.min_lots(idx));
        let px = self.last_price(idx, ts);
        json!({
            "instId": inst.inst_id,
            "tradeId": n.to_string(),
            "px": fmt_scaled(i128::from(px), inst.tick_dec, inst.tick_dec),
            "sz": fmt_scaled(i128::from(size), inst.lot_dec, inst.lot_dec),
            "side": if taker_bought { "buy" } else { "sell" },
            "ts": ts.to_string(),
            "count": "1",
            "source": "0",
            "seqId": n,
        })
    }

    /// The row of the candle of `bar` that contains `now_ms` (`confirm` "0"), as the candle
    /// endpoints serve it; `None` when a [`CandleGap`] removes it.
    pub(crate) fn forming_candle_row(&self, idx: usize, bar: Bar, now_ms: i64) -> Option<Value> {
        let source = if bar.is_second() {
            CandleSource::History
        } else {
            CandleSource::Recent
        };
        let query = CandleQuery {
            bar,
            after: None,
            before: None,
            limit: 1,
        };
        let candle = self
            .candles(idx, source, &query, now_ms)
            .into_iter()
            .next()?;
        if candle.ts != bar.start(bar.index_of(now_ms)) {
            return None;
        }
        let mut row = String::new();
        self.write_candle_row(&mut row, idx, &candle);
        Some(serde_json::from_str(&row).expect("a candle row is JSON"))
    }
}

/// One price level of a book, in ticks and lots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Level {
    pub(crate) px: i64,
    pub(crate) sz: u64,
    pub(crate) orders: u32,
}

/// A book snapshot: asks from the best (lowest) price up, bids from the best (highest) down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Book {
    /// The snapshot number (the 50 ms period since the epoch).
    pub(crate) snapshot: i64,
    /// OKX's integer `seqId`: the snapshot number, less the shift of the last
    /// [`Market::reset_book_seq`].
    pub(crate) seq_id: i64,
    pub(crate) asks: Vec<Level>,
    pub(crate) bids: Vec<Level>,
}

impl Book {
    /// When the snapshot was taken (sim ms).
    pub(crate) fn ts(&self) -> i64 {
        self.snapshot * BOOK_REFRESH_MS
    }
}

/// The WebSocket trades feed makes one trade per this many ms.
pub(crate) const TRADE_SLOT_MS: i64 = 10;

/// The book refreshes every 50 ms (docs #order-book-trading-market-data-get-order-book).
const BOOK_REFRESH_MS: i64 = 50;

/// Decimals `ctVal` is read with.
const CT_DEC: u32 = 4;

/// A derivative's volume in coin and in the quote currency (`volCcy` and `volCcyQuote` of a
/// candle, `volCcy24h` of a ticker), from its volume in contract lots and `quote4` (volume ×
/// (o+h+l+c)): linear contracts and options count coin = contracts × ctVal; inverse contracts
/// count USD = contracts × ctVal and coin = USD / the typical price (an approximation: OKX
/// converts each trade at its own price).
fn derivative_volumes(
    inst: &Instrument,
    d: &Deriv,
    vol_lots: u64,
    quote4: u128,
) -> (String, String) {
    let ct_val = parse_units(d.ct_val, CT_DEC).unwrap_or(0);
    let face = i128::from(vol_lots) * ct_val; // at 10^-(lot_dec + CT_DEC)
    let face_dec = inst.lot_dec + CT_DEC;
    if d.ct_type == "inverse" {
        // USD / ((o+h+l+c) / 4), with the prices' sum recovered as quote4 / vol.
        let coin = if vol_lots == 0 || quote4 == 0 {
            0
        } else {
            face * 4 * i128::from(vol_lots) * 10i128.pow(inst.tick_dec + 8) / quote4 as i128
        };
        (
            fmt_scaled(coin, face_dec + 8, 8),
            fmt_scaled(face, face_dec, 8),
        )
    } else {
        let quote = (quote4 * 25) as i128 * ct_val; // at 10^-(lot_dec + tick_dec + 2 + CT_DEC)
        (
            fmt_scaled(face, face_dec, 8),
            fmt_scaled(quote, face_dec + inst.tick_dec + 2, 8),
        )
    }
}

/// The number of the book snapshot current at `now_ms`; it doubles as the integer `seqId`, which
/// therefore only grows, and `ts` is when the snapshot was taken.
fn book_snapshot(now_ms: i64) -> i64 {
    now_ms.div_euclid(BOOK_REFRESH_MS)
}

/// `1m` candles for the given minutes (newest first), evaluating the walk once per run of
/// consecutive minutes.
fn minute_candles(series: &Series, minutes: &[i64], now_sec: i64) -> Vec<Candle> {
    let mut out = Vec::with_capacity(minutes.len());
    let mut run_start = 0;
    while run_start < minutes.len() {
        let mut run_end = run_start + 1;
        while run_end < minutes.len() && minutes[run_end] == minutes[run_end - 1] - 1 {
            run_end += 1;
        }
        let (newest, oldest) = (minutes[run_start], minutes[run_end - 1]);
        let ws = series.walk().minutes(oldest, newest + 1, 1);
        for &m in &minutes[run_start..run_end] {
            let k = (m - oldest) as usize;
            out.push(series.minute_candle(m, ws[k], ws[k + 1], now_sec));
        }
        run_start = run_end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_okx_timestamp;

    fn now() -> i64 {
        parse_okx_timestamp("2026-11-21T05:07:13.250Z").unwrap()
    }

    fn query(bar: &str, after: Option<i64>, before: Option<i64>, limit: usize) -> CandleQuery {
        CandleQuery {
            bar: Bar::parse(bar).unwrap(),
            after,
            before,
            limit,
        }
    }

    fn ts(c: &[Candle]) -> Vec<i64> {
        c.iter().map(|c| c.ts).collect()
    }

    #[test]
    fn candles_serve_1440_bars_and_history_overlaps_them() {
        let m = Market::new(42, vec![]);
        let now = now();
        let now_min = now - now.rem_euclid(MINUTE_MS);
        let recent = m.candles(0, CandleSource::Recent, &query("1m", None, None, 300), now);
        assert_eq!(recent.len(), 300);
        assert_eq!(recent[0].ts, now_min);
        assert!(!recent[0].confirm && recent[1..].iter().all(|c| c.confirm));
        assert!(ts(&recent).windows(2).all(|w| w[0] - w[1] == MINUTE_MS));
        // Paging back through /candles ends after exactly 1,440 candles.
        let mut all = recent;
        loop {
            let oldest = all.last().unwrap().ts;
            let page = m.candles(
                0,
                CandleSource::Recent,
                &query("1m", Some(oldest), None, 300),
                now,
            );
            if page.is_empty() {
                break;
            }
            assert_eq!(page[0].ts, oldest - MINUTE_MS);
            all.extend(page);
        }
        assert_eq!(all.len(), 1440);
        let oldest_recent = all.last().unwrap().ts;
        // history-candles serves the same recent bars (the endpoints overlap), and older ones.
        let hist = m.candles(0, CandleSource::History, &query("1m", None, None, 100), now);
        assert_eq!(ts(&hist), ts(&all[..100]));
        assert_eq!(hist, all[..100]);
        let hist = m.candles(
            0,
            CandleSource::History,
            &query("1m", Some(oldest_recent + 3 * MINUTE_MS), None, 6),
            now,
        );
        assert_eq!(hist[0].ts, oldest_recent + 2 * MINUTE_MS);
        assert_eq!(hist[2].ts, oldest_recent);
        assert_eq!(hist[3].ts, oldest_recent - MINUTE_MS);
        // The same bar is the same candle on both endpoints, and older bars join seamlessly.
        assert_eq!(hist[2], *all.last().unwrap());
        assert_eq!(hist[2].o, hist[3].c);
        // The oldest history candle is within 3 years; the newest is the forming one.
        let (lo, hi) = m.window(0, Bar::MINUTE, CandleSource::History, now);
        assert_eq!(hi, now_min / MINUTE_MS);
        assert_eq!(
            Bar::MINUTE.start(lo),
            now_min - HISTORY_DAYS * DAY_MS + MINUTE_MS
        );
    }

    #[test]
    fn after_before_are_exclusive_and_before_alone_gives_newest() {
        let m = Market::new(42, vec![]);
        let now = now();
        let now_min = now - now.rem_euclid(MINUTE_MS);
        let t = now_min - 10 * MINUTE_MS;
        let c = m.candles(0, CandleSource::Recent, &query("1m", Some(t), None, 3), now);
        assert_eq!(
            ts(&c),
            vec![t - MINUTE_MS, t - 2 * MINUTE_MS, t - 3 * MINUTE_MS]
        );
        let c = m.candles(
            0,
            CandleSource::Recent,
            &query("1m", None, Some(t), 100),
            now,
        );
        assert_eq!(c.len(), 10);
        assert_eq!(c[0].ts, now_min);
        assert_eq!(c[9].ts, t + MINUTE_MS);
        let c = m.candles(0, CandleSource::Recent, &query("1m", None, Some(t), 4), now);
        assert_eq!(c[0].ts, now_min, "before alone returns the newest rows");
        let c = m.candles(
            0,
            CandleSource::Recent,
            &query("1m", Some(t), Some(t - 4 * MINUTE_MS), 100),
            now,
        );
        assert_eq!(
            ts(&c),
            vec![t - MINUTE_MS, t - 2 * MINUTE_MS, t - 3 * MINUTE_MS]
        );
        // A cursor between bar opens: after=T+1 includes the bar at T.
        let c = m.candles(
            0,
            CandleSource::Recent,
            &query("1m", Some(t + 1), None, 1),
            now,
        );
        assert_eq!(ts(&c), vec![t]);
        let c = m.candles(0, CandleSource::Recent, &query("1m", Some(0), None, 1), now);
        assert!(c.is_empty());
    }

    #[test]
    fn gaps_remove_minutes_and_pages_continue_below() {
        let now = now();
        let now_min = now - now.rem_euclid(MINUTE_MS);
        let gap = CandleGap {
            inst_id: "BTC-USDT".into(),
            start_ms: now_min - 20 * MINUTE_MS,
            end_ms: now_min - 10 * MINUTE_MS,
        };
        let m = Market::new(42, vec![gap.clone()]);
        let c = m.candles(0, CandleSource::Recent, &query("1m", None, None, 15), now);
        assert_eq!(c.len(), 15);
        assert_eq!(c[10].ts, now_min - 10 * MINUTE_MS);
        assert_eq!(c[11].ts, now_min - 21 * MINUTE_MS);
        assert!(c.iter().all(|c| c.ts < gap.start_ms || c.ts >= gap.end_ms));
        // Other instruments and bars are unaffected.
        let eth = m.candles(1, CandleSource::Recent, &query("1m", None, None, 15), now);
        assert_eq!(eth[14].ts, now_min - 14 * MINUTE_MS);
        let five = m.candles(0, CandleSource::Recent, &query("5m", None, None, 5), now);
        assert_eq!(five.len(), 5);
        // Values outside the gap are the same as without gaps.
        let plain = Market::new(42, vec![]);
        let p = plain.candles(0, CandleSource::Recent, &query("1m", None, None, 30), now);
        assert_eq!(c[11], p[21]);
    }

    #[test]
    fn higher_bars_seconds_and_months() {
        let m = Market::new(42, vec![]);
        let now = now();
        let d = m.candles(0, CandleSource::Recent, &query("1D", None, None, 300), now);
        assert_eq!(d.len(), 300);
        assert_eq!(d[0].ts % DAY_MS, 16 * HOUR_MS);
        assert!(d
            .windows(2)
            .all(|w| w[0].o == w[1].c && w[0].ts - w[1].ts == DAY_MS));
        let months = m.candles(
            0,
            CandleSource::Recent,
            &query("1Mutc", None, None, 300),
            now,
        );
        // Three years of data at most: 36 or 37 monthly candles, the same ones in history.
        assert!((36..=38).contains(&months.len()), "{}", months.len());
        assert_eq!(
            m.candles(
                0,
                CandleSource::History,
                &query("1Mutc", None, None, 300),
                now
            ),
            months
        );
        let secs = m.candles(0, CandleSource::History, &query("1s", None, None, 300), now);
        assert_eq!(secs.len(), 300);
        assert_eq!(secs[0].ts, now - now.rem_euclid(1000));
        assert!(!secs[0].confirm && secs[1].confirm);
        assert!(ts(&secs).windows(2).all(|w| w[0] - w[1] == 1000));
        assert!(secs.windows(2).all(|w| w[0].o == w[1].c));
    }

    /// The cost of one 300-row page of each kind; run with `--release --nocapture` to see the
    /// numbers. The bound is loose so an unoptimised build on a busy machine passes too.
    #[test]
    fn page_cost() {
        let m = Market::new(42, vec![]);
        let now = now();
        for (bar, source) in [
            ("1m", CandleSource::History),
            ("1s", CandleSource::History),
            ("1H", CandleSource::History),
            ("1Dutc", CandleSource::Recent),
        ] {
            let (lo, hi) = m.window(0, Bar::parse(bar).unwrap(), source, now);
            let start = std::time::Instant::now();
            let mut after = None;
            let (mut rows, mut pages) = (0, 0);
            while pages < 50 {
                pages += 1;
                let page = m.candles(0, source, &query(bar, after, None, 300), now);
                if page.is_empty() {
                    break;
                }
                rows += page.len();
                after = Some(page.last().unwrap().ts);
                let json = m.candle_rows(0, &page);
                assert!(json.len() > 100 * page.len());
            }
            let per_page = start.elapsed() / pages;
            println!("{bar}: {per_page:?} per 300-row page ({rows} rows, window {lo}..{hi})");
            assert!(
                per_page < std::time::Duration::from_millis(50),
                "{bar}: {per_page:?}"
            );
        }
    }

    #[test]
    fn ticker_agrees_with_candles_and_book() {
        let m = Market::new(42, vec![]);
        let now = now();
        let t = m.ticker(0, now);
        let get = |k: &str| match t.get(k) {
            Some(Value::String(v)) => v.clone(),
            other => panic!("{k}: {other:?}"),
        };
        let mut recent = Vec::new();
        let mut after = None;
        for _ in 0..5 {
            let page = m.candles(0, CandleSource::Recent, &query("1m", after, None, 300), now);
            if page.is_empty() {
                break;
            }
            after = Some(page.last().unwrap().ts);
            recent.extend(page);
        }
        assert_eq!(recent.len(), 1440);
        let rows: Value = serde_json::from_str(&m.candle_rows(0, &recent)).unwrap();
        let field = |r: &Value, i: usize| -> String { r[i].as_str().unwrap().to_string() };
        assert_eq!(get("last"), field(&rows[0], 4));
        assert_eq!(get("open24h"), field(&rows[1439], 1));
        let max_h = recent.iter().map(|c| c.h).max().unwrap();
        let min_l = recent.iter().map(|c| c.l).min().unwrap();
        assert_eq!(get("high24h"), fmt_scaled(max_h.into(), 1, 1));
        assert_eq!(get("low24h"), fmt_scaled(min_l.into(), 1, 1));
        let vol: u64 = recent.iter().map(|c| c.vol).sum();
        assert_eq!(get("vol24h"), fmt_scaled(vol.into(), 8, 8));
        assert_eq!(get("bidPx"), get("last"));
        let book = m.book(0, now, 5);
        let best = |side: &str| match book.get(side) {
            Some(Value::Array(levels)) => field(&levels[0], 0),
            _ => unreachable!(),
        };
        assert_eq!(best("bids"), get("bidPx"));
        assert_eq!(best("asks"), get("askPx"));
        // Cached statistics give the same answer, and so does a later moment of the same second.
        assert_eq!(m.ticker(0, now), t);
        assert_eq!(m.ticker(0, now - now.rem_euclid(1000) + 999), t);
        assert_eq!(get("ts"), (now - now.rem_euclid(1000)).to_string());
    }
}
