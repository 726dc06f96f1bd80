//! One instrument's simulated trading history: candles of any bar, built on demand from the
//! [`Walk`] (prices) and hashed per-minute volumes, so a candle costs O(1)–O(log N) and nothing is
//! stored but a cache of hourly aggregates.
//!
//! * `1m` candle: open/close are the walk at the minute's ends; high/low are drawn (one hash) from
//!   the distribution of a Brownian bridge's extremes over the minute; the volume is a hashed
//!   log-normal draw. A closed minute costs no more than that: none of its seconds are needed.
//! * `1s` candle `k` of minute `m`: open/close are the walk at seconds `k` and `k+1`, kept within
//!   the minute's high and low; high/low add a small hashed excursion to the larger/smaller end
//!   (in log space, so `h ≥ max(o,c)` and `l ≤ min(o,c)` hold after rounding to the tick), capped
//!   at the minute's, which the seconds nearest to them reach; the volume is the minute's volume
//!   split exactly across its 60 seconds. So a `1m` candle's open, high, low, close and volume are
//!   exactly those of its sixty `1s` candles.
//! * Longer bars are exactly the aggregate of their `1m` candles: open of the first, close of the
//!   last, highest high, lowest low (in log space, and rounding to the tick is monotonic), summed
//!   volume and quote volume. Closed UTC hours are cached, so a long bar costs a few lookups.
//! * The candle of the bar containing "now" (`confirm` "0") stops at now: its close is the price
//!   at the current second and it includes only elapsed seconds, so it turns into the final
//!   candle when the bar closes.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::calendar::MINUTE_MS;
use crate::instruments::Instrument;
use crate::state::lock;
use crate::walk::{gauss, hash, mix, quick, unit, Walk};

const DOMAIN_VOLUME: u64 = 0x766f_6c75_6d65_0003;
const DOMAIN_SECOND_SPLIT: u64 = 0x7370_6c69_7400_0004;
const DOMAIN_EXCURSION: u64 = 0x6578_6375_7273_0005;
const DOMAIN_MINUTE_RANGE: u64 = 0x7261_6e67_6500_0006;
const DOMAIN_BOOK: u64 = 0x626f_6f6b_0000_0007;
const DOMAIN_TRADE: u64 = 0x7472_6164_6500_0008;

/// How many 50 ms book snapshots a price level keeps its size and presence: about one level in
/// forty is renewed per snapshot.
const LEVEL_LIFE: i64 = 40;

/// A candle in integer ticks and lots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candle {
    pub(crate) ts: i64,
    pub(crate) o: i64,
    pub(crate) h: i64,
    pub(crate) l: i64,
    pub(crate) c: i64,
    pub(crate) vol: u64,
    /// Quote volume × 4, in units of 10^-(lot_dec + tick_dec): `vol × (o+h+l+c)`, the typical
    /// price times the volume without a division.
    pub(crate) quote4: u128,
    pub(crate) confirm: bool,
}

/// A minute (or part of one) in log-price space.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MinuteSpan {
    pub(crate) w_open: f64,
    pub(crate) w_close: f64,
    pub(crate) w_high: f64,
    pub(crate) w_low: f64,
    pub(crate) vol: u64,
}

pub(crate) struct Series {
    pub(crate) inst: Instrument,
    walk: Walk,
    seed: u64,
    base_ticks: f64,
    mean_volume_lots: f64,
    /// Aggregates of closed UTC hours, by hour number since the epoch: at most three years'
    /// worth (26,304) per instrument.
    hours: Mutex<HashMap<i64, Agg>>,
}

impl Series {
    pub(crate) fn new(inst: Instrument, data_seed: u64) -> Series {
        let name_hash = inst.walk_id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let seed = mix(data_seed ^ name_hash);
        let base_ticks = inst.base_price * 10f64.powi(inst.tick_dec as i32);
        let mean_volume_lots = inst.volume_per_minute * 10f64.powi(inst.lot_dec as i32);
        Series {
            walk: Walk::new(seed, inst.sigma_per_minute),
            inst,
            seed,
            base_ticks,
            mean_volume_lots,
            hours: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn walk(&self) -> &Walk {
        &self.walk
    }

    /// A log price as a price in ticks (at least one tick).
    pub(crate) fn ticks(&self, w: f64) -> i64 {
        (self.base_ticks * w.exp()).round().max(1.0) as i64
    }

    /// The price in ticks at second `t` since the epoch.
    pub(crate) fn price_at_second(&self, t: i64) -> i64 {
        let (m, k) = (t.div_euclid(60), t.rem_euclid(60) as usize);
        let w0 = self.walk.minute(m);
        if k == 0 {
            return self.ticks(w0);
        }
        self.ticks(self.seconds(m, w0, self.walk.minute(m + 1)).0[k])
    }

    /// The traded volume of minute `m`, in lots: log-normal around the instrument's mean.
    pub(crate) fn minute_volume(&self, m: i64) -> u64 {
        let z = gauss(hash(self.seed ^ DOMAIN_VOLUME, m, 0));
        (self.mean_volume_lots * (0.9 * z - 0.405).exp()).round() as u64
    }

    /// Minute `m`'s volume split across its seconds; the parts sum to [`Series::minute_volume`].
    fn second_volumes(&self, m: i64) -> [u64; 60] {
        let total = self.minute_volume(m);
        let mut weights = [0u64; 60];
        for (k, wt) in weights.iter_mut().enumerate() {
            *wt = 1 + (hash(self.seed ^ DOMAIN_SECOND_SPLIT, m, k as i64) >> 40);
        }
        let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
        let mut out = [0u64; 60];
        let mut given = 0u64;
        for (o, &w) in out.iter_mut().zip(&weights) {
            *o = (u128::from(total) * u128::from(w) / sum) as u64;
            given += *o;
        }
        // Flooring loses less than one lot per second; hand those out from the first second.
        for o in out.iter_mut().take((total - given) as usize) {
            *o += 1;
        }
        out
    }

    /// How far (log space) second `k` of a minute trades beyond its open/close, up and down;
    /// `base` is [`Series::excursion_base`] of the minute.
    fn second_excursion(&self, base: u64, k: usize) -> (f64, f64) {
        let h = quick(base ^ k as u64);
        let sd = self.walk.sigma() / 60f64.sqrt();
        let (up, down) = (unit(h), unit(h >> 32));
        (up * up * sd, down * down * sd)
    }

    fn excursion_base(&self, m: i64) -> u64 {
        hash(self.seed ^ DOMAIN_EXCURSION, m, 0)
    }

    /// The high and low (log space) of minute `m`, whose walk goes from `w0` to `w1`: drawn from
    /// the distribution of a Brownian bridge's maximum and minimum over the minute, one hash for
    /// both, so a long bar's extremes cost one draw per minute and never the minute's seconds.
    /// `P(max − w0 > y) = exp(−2y(y − x)/σ²)` for a bridge from 0 to `x = w1 − w0`.
    pub(crate) fn minute_extremes(&self, m: i64, w0: f64, w1: f64) -> (f64, f64) {
        let h = hash(self.seed ^ DOMAIN_MINUTE_RANGE, m, 0);
        let (u_hi, u_lo) = (1.0 - unit(h), 1.0 - unit(h >> 32));
        let x = w1 - w0;
        let var = self.walk.sigma() * self.walk.sigma();
        let reach = |u: f64, x: f64| (x + (x * x - 2.0 * var * u.ln()).sqrt()) / 2.0;
        (w0 + reach(u_hi, x), w0 - reach(u_lo, -x))
    }

    /// The log prices at seconds 0..=60 of minute `m` (ends `w0`, `w1`) kept inside the minute's
    /// extremes, with those extremes; every price of the minute comes from here.
    fn seconds(&self, m: i64, w0: f64, w1: f64) -> ([f64; 61], f64, f64) {
        let (hi, lo) = self.minute_extremes(m, w0, w1);
        let mut w = self.walk.seconds(m, w0, w1);
        for v in &mut w[1..60] {
            *v = v.clamp(lo, hi);
        }
        (w, hi, lo)
    }

    /// The high and low (log space) of every second of a minute, given its [`Series::seconds`]:
    /// each second's walk plus a small hashed excursion, within the minute's extremes, which the
    /// seconds where the walk comes nearest to them reach exactly. So the minute's high and low
    /// are exactly the extremes of its seconds.
    fn second_ranges(&self, m: i64, w: &[f64; 61], hi: f64, lo: f64) -> [(f64, f64); 60] {
        let base = self.excursion_base(m);
        let mut out = [(0.0, 0.0); 60];
        let (mut k_hi, mut k_lo) = (0, 0);
        for (k, r) in out.iter_mut().enumerate() {
            let (up, down) = self.second_excursion(base, k);
            *r = (
                (w[k].max(w[k + 1]) + up).min(hi),
                (w[k].min(w[k + 1]) - down).max(lo),
            );
            if w[k].max(w[k + 1]) > w[k_hi].max(w[k_hi + 1]) {
                k_hi = k;
            }
            if w[k].min(w[k + 1]) < w[k_lo].min(w[k_lo + 1]) {
                k_lo = k;
            }
        }
        out[k_hi].0 = hi;
        out[k_lo].1 = lo;
        out
    }

    /// Minute `m` given the walk at its ends, up to `now_sec` if it contains it. A closed minute
    /// needs none of its seconds.
    pub(crate) fn minute(&self, m: i64, w0: f64, w1: f64, now_sec: i64) -> MinuteSpan {
        if now_sec.div_euclid(60) != m {
            let (hi, lo) = self.minute_extremes(m, w0, w1);
            return MinuteSpan {
                w_open: w0,
                w_close: w1,
                w_high: hi,
                w_low: lo,
                vol: self.minute_volume(m),
            };
        }
        let elapsed = now_sec.rem_euclid(60) as usize;
        let (w, hi, lo) = self.seconds(m, w0, w1);
        let ranges = self.second_ranges(m, &w, hi, lo);
        let (mut high, mut low) = (w[elapsed], w[elapsed]);
        for &(h, l) in &ranges[..elapsed] {
            high = high.max(h);
            low = low.min(l);
        }
        MinuteSpan {
            w_open: w0,
            w_close: w[elapsed],
            w_high: high,
            w_low: low,
            vol: self.second_volumes(m)[..elapsed].iter().sum(),
        }
    }

    pub(crate) fn candle(&self, ts: i64, span: &MinuteSpan, confirm: bool) -> Candle {
        let (o, h, l, c) = (
            self.ticks(span.w_open),
            self.ticks(span.w_high),
            self.ticks(span.w_low),
            self.ticks(span.w_close),
        );
        Candle {
            ts,
            o,
            h,
            l,
            c,
            vol: span.vol,
            quote4: u128::from(span.vol) * (o + h + l + c) as u128,
            confirm,
        }
    }

    /// The `1m` candle of minute `m`, given the walk at its ends.
    pub(crate) fn minute_candle(&self, m: i64, w0: f64, w1: f64, now_sec: i64) -> Candle {
        let span = self.minute(m, w0, w1, now_sec);
        self.candle(m * MINUTE_MS, &span, now_sec.div_euclid(60) != m)
    }

    /// The `1s` candles of minute `m` that have started by `now_sec`, oldest first.
    pub(crate) fn second_candles(&self, m: i64, now_sec: i64) -> Vec<Candle> {
        let (w, hi, lo) = self.seconds(m, self.walk.minute(m), self.walk.minute(m + 1));
        let ranges = self.second_ranges(m, &w, hi, lo);
        let vols = self.second_volumes(m);
        let first = m * 60;
        (0..60)
            .take_while(|k| first + k <= now_sec)
            .map(|k| {
                let ku = k as usize;
                let ts = (first + k) * 1000;
                if first + k == now_sec {
                    // Nothing has traded in the current second yet.
                    let span = MinuteSpan {
                        w_open: w[ku],
                        w_close: w[ku],
                        w_high: w[ku],
                        w_low: w[ku],
                        vol: 0,
                    };
                    return self.candle(ts, &span, false);
                }
                let span = MinuteSpan {
                    w_open: w[ku],
                    w_close: w[ku + 1],
                    w_high: ranges[ku].0,
                    w_low: ranges[ku].1,
                    vol: vols[ku],
                };
                self.candle(ts, &span, true)
            })
            .collect()
    }

    /// A size in lots, log-normal around `mean` lots, at least `min` lots.
    fn size_lots(&self, h: u64, mean: f64, min: u64) -> u64 {
        ((mean * (gauss(h) - 0.5).exp()).round() as u64)
            .max(min)
            .max(1)
    }

    /// The order-book level at price `px` (ticks) in book snapshot `snapshot`: `None` when no
    /// orders rest there, else (size in lots, number of orders). Each price keeps its level for
    /// [`LEVEL_LIFE`] snapshots, starting at a hashed phase, so consecutive snapshots share most
    /// levels. Prices on multiples of three ticks always hold a level (levels are therefore at
    /// most three ticks apart); a quarter of the others are empty, which ones changing with the
    /// level's renewals. A `forced` level (the best bid or ask) always exists.
    pub(crate) fn book_level(
        &self,
        px: i64,
        snapshot: i64,
        min_lots: u64,
        forced: bool,
    ) -> Option<(u64, u32)> {
        let seed = self.seed ^ DOMAIN_BOOK;
        let phase = (hash(seed, px, -1) % LEVEL_LIFE as u64) as i64;
        let h = hash(seed, px, (snapshot + phase).div_euclid(LEVEL_LIFE));
        if !forced && px.rem_euclid(3) != 0 && h >> 62 == 0 {
            return None;
        }
        let size = self.size_lots(mix(h), self.mean_volume_lots / 8.0, min_lots);
        let orders = 1 + ((h >> 8) % 24) as u32;
        Some((size, orders))
    }

    /// Trade `n` of the trades feed: (size in lots, whether the taker bought).
    pub(crate) fn trade(&self, n: i64, min_lots: u64) -> (u64, bool) {
        let h = hash(self.seed ^ DOMAIN_TRADE, n, 1);
        (
            self.size_lots(h, self.mean_volume_lots / 40.0, min_lots),
            h >> 63 == 1,
        )
    }

    /// The size of the last trade as of second `t`, in lots.
    pub(crate) fn last_trade_size(&self, t: i64, min_lots: u64) -> u64 {
        let h = hash(self.seed ^ DOMAIN_TRADE, t, 0);
        self.size_lots(h, self.mean_volume_lots / 40.0, min_lots)
    }

    /// The closed minutes `[a, a + ws.len() - 1)` folded into one aggregate, given the walk at
    /// each minute start and at the end (`ws`, as [`Walk::minutes`] gives them).
    fn fold_minutes(&self, a: i64, ws: &[f64]) -> Agg {
        let mut agg = Agg {
            w_open: ws[0],
            w_close: ws[0],
            w_high: f64::MIN,
            w_low: f64::MAX,
            vol: 0,
            quote4: 0,
        };
        let mut t_open = self.ticks(ws[0]);
        for (k, pair) in ws.windows(2).enumerate() {
            let m = a + k as i64;
            let (hi, lo) = self.minute_extremes(m, pair[0], pair[1]);
            let vol = self.minute_volume(m);
            let t_close = self.ticks(pair[1]);
            // As the minute's own candle counts it (Series::candle).
            let quote4 =
                u128::from(vol) * (t_open + self.ticks(hi) + self.ticks(lo) + t_close) as u128;
            agg.w_close = pair[1];
            agg.w_high = agg.w_high.max(hi);
            agg.w_low = agg.w_low.min(lo);
            agg.vol += vol;
            agg.quote4 += quote4;
            t_open = t_close;
        }
        agg
    }

    /// The aggregate of the closed minutes `[a, b)`; `None` if there are none. Whole UTC hours
    /// (every bar of an hour or more is made of them) come from a cache, so a page of weekly
    /// bars does not walk three years of minutes again.
    fn closed_minutes(&self, a: i64, b: i64) -> Option<Agg> {
        if a >= b {
            return None;
        }
        let direct =
            |a: i64, b: i64| (a < b).then(|| self.fold_minutes(a, &self.walk.minutes(a, b, 1)));
        let (h0, h1) = (
            a.div_euclid(60) + i64::from(a.rem_euclid(60) != 0),
            b.div_euclid(60),
        );
        if h1 <= h0 {
            return direct(a, b);
        }
        let missing: Vec<i64> = {
            let hours = lock(&self.hours);
            (h0..h1).filter(|h| !hours.contains_key(h)).collect()
        };
        // Missing hours in runs, each run one traversal of the walk.
        let mut i = 0;
        while i < missing.len() {
            let mut j = i + 1;
            while j < missing.len() && missing[j] == missing[j - 1] + 1 {
                j += 1;
            }
            let (r0, r1) = (missing[i], missing[j - 1] + 1);
            let ws = self.walk.minutes(r0 * 60, r1 * 60, 1);
            let computed: Vec<(i64, Agg)> = (r0..r1)
                .map(|h| {
                    let k = ((h - r0) * 60) as usize;
                    (h, self.fold_minutes(h * 60, &ws[k..=k + 60]))
                })
                .collect();
            lock(&self.hours).extend(computed);
            i = j;
        }
        let whole = {
            let hours = lock(&self.hours);
            (h0..h1)
                .map(|h| hours[&h])
                .reduce(Agg::then)
                .expect("at least one hour")
        };
        let parts = [direct(a, h0 * 60), Some(whole), direct(h1 * 60, b)];
        parts.into_iter().flatten().reduce(Agg::then)
    }

    /// The candle of a bar of a minute or longer spanning `[start_ms, end_ms)`, cut at `now_ms`:
    /// exactly the aggregate of the `1m` candles it covers (open of the first, close of the last,
    /// highest high, lowest low, summed volumes), the forming minute included.
    pub(crate) fn bar_candle(&self, start_ms: i64, end_ms: i64, now_ms: i64) -> Candle {
        let now_sec = now_ms.div_euclid(1000);
        let now_min = now_sec.div_euclid(60);
        let forming = now_ms < end_ms;
        let m_a = start_ms.div_euclid(MINUTE_MS);
        let m_end = if forming {
            now_min
        } else {
            end_ms.div_euclid(MINUTE_MS)
        };
        let mut agg = self.closed_minutes(m_a, m_end);
        if forming {
            let w0 = self.walk.minute(now_min);
            let span = self.minute(now_min, w0, self.walk.minute(now_min + 1), now_sec);
            let part = Agg {
                w_open: span.w_open,
                w_close: span.w_close,
                w_high: span.w_high,
                w_low: span.w_low,
                vol: span.vol,
                quote4: self.candle(now_min * MINUTE_MS, &span, false).quote4,
            };
            agg = Some(agg.map_or(part, |a| a.then(part)));
        }
        let agg = agg.unwrap_or_else(|| {
            let w = self.walk.minute(m_a);
            Agg {
                w_open: w,
                w_close: w,
                w_high: w,
                w_low: w,
                vol: 0,
                quote4: 0,
            }
        });
        let span = MinuteSpan {
            w_open: agg.w_open,
            w_close: agg.w_close,
            w_high: agg.w_high,
            w_low: agg.w_low,
            vol: agg.vol,
        };
        Candle {
            quote4: agg.quote4,
            ..self.candle(start_ms, &span, !forming)
        }
    }
}

/// Consecutive minutes folded together (log prices, lots, and quote volume × 4 as [`Candle`]).
#[derive(Clone, Copy, Debug)]
struct Agg {
    w_open: f64,
    w_close: f64,
    w_high: f64,
    w_low: f64,
    vol: u64,
    quote4: u128,
}

impl Agg {
    /// This aggregate followed by a later one.
    fn then(self, later: Agg) -> Agg {
        Agg {
            w_open: self.w_open,
            w_close: later.w_close,
            w_high: self.w_high.max(later.w_high),
            w_low: self.w_low.min(later.w_low),
            vol: self.vol + later.vol,
            quote4: self.quote4 + later.quote4,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruments::spot_instruments;

    fn btc() -> Series {
        Series::new(spot_instruments().remove(0), 42)
    }

    const NOW_MS: i64 = 1_763_700_000_000 + 37_250; // 37 s into a minute

    fn check(c: &Candle) {
        assert!(
            c.l >= 1 && c.l <= c.o.min(c.c) && c.h >= c.o.max(c.c),
            "{c:?}"
        );
    }

    #[test]
    fn one_minute_is_the_aggregate_of_its_seconds() {
        let s = btc();
        let now_sec = NOW_MS / 1000;
        let m = now_sec / 60 - 5;
        let secs = s.second_candles(m, now_sec);
        assert_eq!(secs.len(), 60);
        let one = s.minute_candle(m, s.walk.minute(m), s.walk.minute(m + 1), now_sec);
        assert_eq!(one.o, secs[0].o);
        assert_eq!(one.c, secs[59].c);
        assert_eq!(one.h, secs.iter().map(|c| c.h).max().unwrap());
        assert_eq!(one.l, secs.iter().map(|c| c.l).min().unwrap());
        assert_eq!(one.vol, secs.iter().map(|c| c.vol).sum::<u64>());
        assert!(one.confirm && secs.iter().all(|c| c.confirm));
        secs.iter().for_each(check);
        check(&one);
        // Consecutive candles join: open = previous close.
        let next = s.minute_candle(m + 1, s.walk.minute(m + 1), s.walk.minute(m + 2), now_sec);
        assert_eq!(next.o, one.c);
    }

    #[test]
    fn the_forming_minute_stops_at_now() {
        let s = btc();
        let now_sec = NOW_MS / 1000;
        let m = now_sec / 60;
        let secs = s.second_candles(m, now_sec);
        assert_eq!(secs.len(), 38); // seconds 0..=37
        assert!(!secs[37].confirm && secs[36].confirm && secs[37].vol == 0);
        let one = s.minute_candle(m, s.walk.minute(m), s.walk.minute(m + 1), now_sec);
        assert!(!one.confirm);
        assert_eq!(one.c, s.price_at_second(now_sec));
        assert_eq!(one.h, secs.iter().map(|c| c.h).max().unwrap());
        assert_eq!(one.vol, secs.iter().map(|c| c.vol).sum::<u64>());
        // A longer forming bar ends at the same price and contains the forming minute.
        let hour_start = NOW_MS - NOW_MS.rem_euclid(3_600_000);
        let hour = s.bar_candle(hour_start, hour_start + 3_600_000, NOW_MS);
        assert!(!hour.confirm);
        assert_eq!(hour.c, one.c);
        assert!(hour.h >= one.h && hour.l <= one.l && hour.vol >= one.vol);
        check(&hour);
    }

    /// Every bar of a minute or longer, at random places and lengths (forming ones included), is
    /// exactly the aggregate of the `1m` candles it covers.
    #[test]
    fn long_bars_are_the_exact_aggregate_of_their_minutes() {
        let s = btc();
        let now_sec = NOW_MS / 1000;
        let now_min = now_sec / 60;
        let minutes = |a: i64, b: i64| -> Vec<Candle> {
            let ws = s.walk.minutes(a, b + 1, 1);
            (a..=b)
                .map(|m| {
                    let k = (m - a) as usize;
                    s.minute_candle(m, ws[k], ws[k + 1], now_sec)
                })
                .collect()
        };
        for i in 0..300 {
            let h = hash(0x7465_7374, i, 0);
            // 1 minute to about three days, ending up to a week ago, or forming now.
            let len = 1 + (h % 4_500) as i64;
            let end_min = if i % 5 == 0 {
                now_min + 1 + (h >> 20) as i64 % 30
            } else {
                now_min - ((h >> 32) % 10_080) as i64
            };
            let start_min = end_min - len;
            let bar = s.bar_candle(start_min * MINUTE_MS, end_min * MINUTE_MS, NOW_MS);
            let ms = minutes(start_min, (end_min - 1).min(now_min));
            let forming = end_min > now_min;
            assert_eq!(bar.confirm, !forming, "{i}");
            assert_eq!(bar.ts, start_min * MINUTE_MS);
            assert_eq!(bar.o, ms[0].o, "{i}: open of the first");
            assert_eq!(bar.c, ms.last().unwrap().c, "{i}: close of the last");
            assert_eq!(bar.h, ms.iter().map(|c| c.h).max().unwrap(), "{i}: high");
            assert_eq!(bar.l, ms.iter().map(|c| c.l).min().unwrap(), "{i}: low");
            assert_eq!(
                bar.vol,
                ms.iter().map(|c| c.vol).sum::<u64>(),
                "{i}: volume"
            );
            assert_eq!(
                bar.quote4,
                ms.iter().map(|c| c.quote4).sum::<u128>(),
                "{i}: quote volume"
            );
            check(&bar);
        }
        // The hour cache gives the same answers as a cold series.
        let day = s.bar_candle(NOW_MS - 3 * 86_400_000, NOW_MS - 2 * 86_400_000, NOW_MS);
        assert_eq!(
            btc().bar_candle(NOW_MS - 3 * 86_400_000, NOW_MS - 2 * 86_400_000, NOW_MS),
            day
        );
        // Seconds: the price at every second lies within its minute's candle.
        let m = now_min - 3;
        let one = s.minute_candle(m, s.walk.minute(m), s.walk.minute(m + 1), now_sec);
        for t in m * 60..(m + 1) * 60 {
            let p = s.price_at_second(t);
            assert!(one.l <= p && p <= one.h, "{t}");
        }
    }

    #[test]
    fn long_bars_are_sane() {
        let s = btc();
        let day = 86_400_000;
        let start = NOW_MS - NOW_MS.rem_euclid(day) - 30 * day;
        let mut prev_close = None;
        for d in 0..30 {
            let c = s.bar_candle(start + d * day, start + (d + 1) * day, NOW_MS);
            check(&c);
            assert!(c.confirm);
            if let Some(p) = prev_close {
                assert_eq!(c.o, p);
            }
            prev_close = Some(c.c);
            // A day trades roughly 1440 × the mean minute volume (4 BTC).
            let btc_vol = c.vol as f64 / 1e8;
            assert!((2_000.0..20_000.0).contains(&btc_vol), "{btc_vol}");
            // Prices stay in a realistic band around the base price.
            assert!((c.l as f64 / 10.0) > 5_000.0 && (c.h as f64 / 10.0) < 800_000.0);
        }
        let closed_minutes = s.minute(29_000_000, 0.0, 0.0, 0);
        assert_eq!(closed_minutes.vol, s.minute_volume(29_000_000));
    }
}
