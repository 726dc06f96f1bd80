//! One instrument's simulated trading history: candles of any bar, built on demand from the
//! [`Walk`] (prices) and hashed per-minute volumes, so a candle costs O(1)–O(log N) and nothing is
//! stored.
//!
//! * `1s` candle `k` of minute `m`: open/close are the walk at seconds `k` and `k+1`; high/low add
//!   a small hashed excursion to the larger/smaller end (in log space, so `h ≥ max(o,c)` and
//!   `l ≤ min(o,c)` hold after rounding to the tick); the volume is the minute's volume split
//!   exactly across its 60 seconds.
//! * `1m` candle: open/close are the walk at the minute's ends; high/low are exactly the extremes
//!   of its 60 `1s` candles; the volume is a hashed log-normal draw (= the sum of its seconds).
//! * Longer bars: open/close are the walk at the bar's ends; high/low are the extremes of the walk
//!   sampled at up to ~64 evenly spaced minutes, widened by a hashed excursion of the size the
//!   walk moves between samples; the volume is the sum of the minute volumes (every minute up to
//!   15 minutes, else 15 sampled minutes scaled up). Consistent with the `1m` data, not an exact
//!   aggregation of it.
//! * The candle of the bar containing "now" (`confirm` "0") stops at now: its close is the price
//!   at the current second and it includes only elapsed seconds, so it turns into the final
//!   candle when the bar closes.

use crate::calendar::MINUTE_MS;
use crate::instruments::Instrument;
use crate::walk::{gauss, hash, mix, quick, unit, Walk};

const DOMAIN_VOLUME: u64 = 0x766f_6c75_6d65_0003;
const DOMAIN_SECOND_SPLIT: u64 = 0x7370_6c69_7400_0004;
const DOMAIN_EXCURSION: u64 = 0x6578_6375_7273_0005;
const DOMAIN_BAR: u64 = 0x6261_7200_0000_0006;
const DOMAIN_BOOK: u64 = 0x626f_6f6b_0000_0007;
const DOMAIN_TRADE: u64 = 0x7472_6164_6500_0008;

/// How many 50 ms book snapshots a price level keeps its size and presence: about one level in
/// forty is renewed per snapshot.
const LEVEL_LIFE: i64 = 40;
/// How many walk samples a long bar's high/low are taken from.
const BAR_SAMPLES: i64 = 64;
/// How many minute volumes a long bar's volume is extrapolated from (bars up to this many
/// minutes sum every minute exactly).
const VOLUME_SAMPLES: i64 = 15;

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
}

impl Series {
    pub(crate) fn new(inst: Instrument, data_seed: u64) -> Series {
        let name_hash = inst.inst_id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
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
        self.ticks(self.walk.second(t))
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

    /// Minute `m` from its log prices at each second, counting only the first `elapsed` seconds
    /// (60 for a closed minute).
    fn minute_span(&self, m: i64, w: &[f64; 61], elapsed: usize) -> MinuteSpan {
        let (mut hi, mut lo) = (w[elapsed], w[elapsed]);
        let base = self.excursion_base(m);
        for k in 0..elapsed {
            let (up, down) = self.second_excursion(base, k);
            hi = hi.max(w[k].max(w[k + 1]) + up);
            lo = lo.min(w[k].min(w[k + 1]) - down);
        }
        let vol = if elapsed == 60 {
            self.minute_volume(m)
        } else {
            self.second_volumes(m)[..elapsed].iter().sum()
        };
        MinuteSpan {
            w_open: w[0],
            w_close: w[elapsed],
            w_high: hi,
            w_low: lo,
            vol,
        }
    }

    /// Minute `m` given the walk at its ends, up to `now_sec` if it contains it.
    pub(crate) fn minute(&self, m: i64, w0: f64, w1: f64, now_sec: i64) -> MinuteSpan {
        let w = self.walk.seconds(m, w0, w1);
        let elapsed = if now_sec.div_euclid(60) == m {
            now_sec.rem_euclid(60) as usize
        } else {
            60
        };
        self.minute_span(m, &w, elapsed)
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
        let w = self
            .walk
            .seconds(m, self.walk.minute(m), self.walk.minute(m + 1));
        let vols = self.second_volumes(m);
        let base = self.excursion_base(m);
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
                let (up, down) = self.second_excursion(base, ku);
                let span = MinuteSpan {
                    w_open: w[ku],
                    w_close: w[ku + 1],
                    w_high: w[ku].max(w[ku + 1]) + up,
                    w_low: w[ku].min(w[ku + 1]) - down,
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

    /// The candle of a bar of a minute or longer spanning `[start_ms, end_ms)`, cut at `now_ms`.
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
        // Complete minutes are [m_a, m_end).
        let n = m_end - m_a;
        let step = if n >= 2 * BAR_SAMPLES {
            1i64 << (63 - (n / BAR_SAMPLES).leading_zeros())
        } else {
            1
        };
        let first = (m_a + step - 1).div_euclid(step) * step;
        let last = m_end.div_euclid(step) * step;
        let samples = self.walk.minutes(first, last, step);
        // Bar ends are usually sample points; otherwise evaluate them on their own.
        let w_open = match samples.first() {
            Some(&w) if first == m_a => w,
            _ => self.walk.minute(m_a),
        };
        let w_end = match samples.last() {
            Some(&w) if last == m_end => w,
            _ => self.walk.minute(m_end),
        };
        let (mut hi, mut lo) = (w_open.max(w_end), w_open.min(w_end));
        for &w in &samples {
            hi = hi.max(w);
            lo = lo.min(w);
        }
        if n > 0 {
            let h = hash(self.seed ^ DOMAIN_BAR, start_ms, end_ms);
            let reach = 0.8 * self.walk.sigma() * (step as f64).sqrt();
            hi += (0.25 + 0.75 * unit(h)) * reach;
            lo -= (0.25 + 0.75 * unit(h >> 32)) * reach;
        }
        let mut vol = 0u64;
        if n > 0 {
            let vol_step = (n + VOLUME_SAMPLES - 1) / VOLUME_SAMPLES;
            let sampled: Vec<i64> = (m_a..m_end).step_by(vol_step as usize).collect();
            let sum: u128 = sampled
                .iter()
                .map(|&m| u128::from(self.minute_volume(m)))
                .sum();
            vol = (sum * n as u128 / sampled.len() as u128) as u64;
        }
        let mut w_close = w_end;
        if forming {
            let now_minute = self.minute(m_end, w_end, self.walk.minute(m_end + 1), now_sec);
            hi = hi.max(now_minute.w_high);
            lo = lo.min(now_minute.w_low);
            w_close = now_minute.w_close;
            vol += now_minute.vol;
        }
        let span = MinuteSpan {
            w_open,
            w_close,
            w_high: hi,
            w_low: lo,
            vol,
        };
        self.candle(start_ms, &span, !forming)
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
