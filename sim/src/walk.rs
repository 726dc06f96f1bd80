//! The deterministic price path: a log-price random walk at one-second resolution that can be
//! evaluated anywhere in O(log N) without storing anything.
//!
//! Minutes: a Brownian bridge over a dyadic tree whose root spans minutes `[0, 2^40)` since the
//! Unix epoch. The value at a node's midpoint is the mean of its ends plus a Gaussian whose
//! spread is the bridge's conditional spread, drawn from a hash of (seed, node). Finding one
//! minute is a 40-step descent; all the minutes of a range come from one in-order traversal that
//! only enters nodes overlapping the range, O(range + 40). Above about a year (`LONG_SPAN`) the
//! spread shrinks with length so the walk stays within a realistic band over its whole 2^40
//! minute domain instead of drifting to absurd prices.
//!
//! Seconds: inside minute `m` a second bridge between the minute's two ends, split at fixed
//! integer midpoints (the 59 splits are the same for every minute, so their spreads are computed
//! once).
//!
//! The Gaussian is Irwin–Hall (the sum of four 16-bit uniforms of one hash): bounded tails keep a
//! single unlucky draw from producing a silly candle, and it costs one hash.

use std::sync::OnceLock;

/// Root of the minute tree: 2^40 minutes is about two million years.
const ROOT: i64 = 1 << 40;
/// Node length (minutes, ~1 year) above which the spread stops growing like a random walk.
const LONG_SPAN: i64 = 1 << 19;

/// Hash domains, so the same numbers in different roles give unrelated draws.
const DOMAIN_MINUTE_NODE: u64 = 0x6d69_6e75_7465_0001;
const DOMAIN_SECOND_NODE: u64 = 0x7365_636f_6e64_0002;

pub(crate) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A cheap hash for the inner loops (one 64×64→128-bit multiply, folded), for inputs that are
/// a well-mixed base XOR a small counter.
pub(crate) fn quick(x: u64) -> u64 {
    let p = u128::from(x ^ 0xa076_1d64_78bd_642f) * u128::from(0xe703_7ed1_a0b4_28db_u64);
    (p >> 64) as u64 ^ p as u64
}

/// A hash of a seed and two integers.
pub(crate) fn hash(seed: u64, a: i64, b: i64) -> u64 {
    mix(mix(seed ^ a as u64) ^ (b as u64).rotate_left(29))
}

/// A standard-normal-like draw (mean 0, variance 1, |z| < 3.47) from one hash.
pub(crate) fn gauss(h: u64) -> f64 {
    let sum = (h & 0xffff) + ((h >> 16) & 0xffff) + ((h >> 32) & 0xffff) + (h >> 48);
    (sum as f64 / 65_535.0 - 2.0) * 3f64.sqrt()
}

/// A uniform draw in [0, 1) from 32 bits of a hash.
pub(crate) fn unit(bits: u64) -> f64 {
    (bits & 0xffff_ffff) as f64 / 4_294_967_296.0
}

/// One split of the within-minute bridge: `w[mid]` from `w[a]` and `w[b]`.
struct SecondSplit {
    a: usize,
    mid: usize,
    b: usize,
    frac: f64,
    /// Conditional standard deviation for a unit per-second variance.
    sd: f64,
}

/// The 59 splits of `[0, 60]`, parents before children.
fn second_splits() -> &'static [SecondSplit] {
    static SPLITS: OnceLock<Vec<SecondSplit>> = OnceLock::new();
    SPLITS.get_or_init(|| {
        let mut out = Vec::with_capacity(59);
        let mut stack = vec![(0usize, 60usize)];
        while let Some((a, b)) = stack.pop() {
            if b - a < 2 {
                continue;
            }
            let mid = (a + b) / 2;
            let (left, right, len) = ((mid - a) as f64, (b - mid) as f64, (b - a) as f64);
            out.push(SecondSplit {
                a,
                mid,
                b,
                frac: left / len,
                sd: (left * right / len).sqrt(),
            });
            stack.push((a, mid));
            stack.push((mid, b));
        }
        out
    })
}

/// One instrument's log-price process (log of price relative to its base price).
#[derive(Clone, Debug)]
pub(crate) struct Walk {
    seed: u64,
    /// Standard deviation of the log price over one minute.
    sigma: f64,
    /// The midpoint spread of a node of length 2^k minutes, by k.
    node_sd: [f64; 41],
}

impl Walk {
    pub(crate) fn new(seed: u64, sigma_per_minute: f64) -> Walk {
        let mut node_sd = [0.0; 41];
        for (k, sd) in node_sd.iter_mut().enumerate() {
            let len = 1i64 << k;
            let l = len as f64;
            *sd = if len <= LONG_SPAN {
                sigma_per_minute * l.sqrt() / 2.0
            } else {
                sigma_per_minute / 2.0 * LONG_SPAN as f64 / l.sqrt()
            };
        }
        Walk {
            seed: mix(seed ^ DOMAIN_MINUTE_NODE),
            sigma: sigma_per_minute,
            node_sd,
        }
    }

    pub(crate) fn sigma(&self) -> f64 {
        self.sigma
    }

    fn midpoint(&self, a: i64, b: i64, wa: f64, wb: f64) -> f64 {
        // A node is identified by its start (< 2^40) and level (<= 40): one mix per node.
        let level = (b - a).trailing_zeros();
        let z = gauss(mix(self.seed ^ ((a as u64) << 6 | u64::from(level))));
        (wa + wb) / 2.0 + z * self.node_sd[level as usize]
    }

    /// The log price at the start of minute `m` (minutes since the epoch, `0 <= m < 2^40`).
    pub(crate) fn minute(&self, m: i64) -> f64 {
        let (mut a, mut b, mut wa, mut wb) = (0, ROOT, 0.0, 0.0);
        loop {
            if m == a {
                return wa;
            }
            if m == b {
                return wb;
            }
            let mid = a + (b - a) / 2;
            let wm = self.midpoint(a, b, wa, wb);
            if m < mid {
                (b, wb) = (mid, wm);
            } else {
                (a, wa) = (mid, wm);
            }
        }
    }

    /// The log prices at minutes `lo, lo + step, …, hi`, where `step` is a power of two and `lo`
    /// and `hi` are multiples of it. Same values as [`Walk::minute`], computed in one pass.
    pub(crate) fn minutes(&self, lo: i64, hi: i64, step: i64) -> Vec<f64> {
        debug_assert!(step > 0 && step & (step - 1) == 0 && lo % step == 0 && hi % step == 0);
        let mut out = Vec::with_capacity(((hi - lo) / step + 1).max(0) as usize);
        if lo > hi {
            return out;
        }
        if lo == 0 {
            out.push(0.0);
        }
        self.fill(0, ROOT, 0.0, 0.0, lo, hi, step, &mut out);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn fill(
        &self,
        a: i64,
        b: i64,
        wa: f64,
        wb: f64,
        lo: i64,
        hi: i64,
        step: i64,
        out: &mut Vec<f64>,
    ) {
        if b - a <= step || b <= lo || a >= hi {
            return;
        }
        let mid = a + (b - a) / 2;
        let wm = self.midpoint(a, b, wa, wb);
        self.fill(a, mid, wa, wm, lo, hi, step, out);
        if (lo..=hi).contains(&mid) {
            out.push(wm);
        }
        self.fill(mid, b, wm, wb, lo, hi, step, out);
    }

    /// The log prices at seconds 0..=60 of minute `m`, given the minute's ends.
    pub(crate) fn seconds(&self, m: i64, w0: f64, w60: f64) -> [f64; 61] {
        let mut w = [0.0; 61];
        w[0] = w0;
        w[60] = w60;
        let sd_second = self.sigma / 60f64.sqrt();
        // One full hash for the minute, then a quick one per split: this loop is most of the
        // cost of a 1m candle.
        let base = hash(self.seed ^ DOMAIN_SECOND_NODE, m, 0);
        for (i, s) in second_splits().iter().enumerate() {
            let z = gauss(quick(base ^ i as u64));
            w[s.mid] = w[s.a] + (w[s.b] - w[s.a]) * s.frac + z * s.sd * sd_second;
        }
        w
    }

    /// The log price at second `t` since the epoch, before [`crate::series::Series`] keeps it
    /// within its minute's extremes.
    #[cfg(test)]
    pub(crate) fn second(&self, t: i64) -> f64 {
        let (m, k) = (t.div_euclid(60), t.rem_euclid(60) as usize);
        let w0 = self.minute(m);
        if k == 0 {
            return w0;
        }
        self.seconds(m, w0, self.minute(m + 1))[k]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_fill_matches_point_evaluation() {
        let w = Walk::new(7, 0.001);
        let base = 29_000_000; // around 2025
        let vals = w.minutes(base, base + 300, 1);
        assert_eq!(vals.len(), 301);
        for (i, v) in vals.iter().enumerate() {
            assert_eq!(*v, w.minute(base + i as i64), "minute {i}");
        }
        let coarse = w.minutes(base, base + 64 * 10, 64);
        assert_eq!(coarse.len(), 11);
        for (i, v) in coarse.iter().enumerate() {
            assert_eq!(*v, w.minute(base + 64 * i as i64));
        }
        assert_eq!(w.minutes(0, 4, 1)[0], 0.0);
        assert_eq!(w.minutes(0, 4, 1)[3], w.minute(3));
    }

    #[test]
    fn seconds_bridge_between_minute_ends() {
        let w = Walk::new(7, 0.001);
        let m = 29_000_123;
        let secs = w.seconds(m, w.minute(m), w.minute(m + 1));
        assert_eq!(secs[0], w.minute(m));
        assert_eq!(secs[60], w.minute(m + 1));
        assert_eq!(second_splits().len(), 59);
        assert!(secs.iter().all(|v| v.is_finite()));
        assert_eq!(w.second(m * 60 + 17), secs[17]);
        assert_eq!(w.second(m * 60), secs[0]);
        assert_eq!(w.second(m * 60 + 60), secs[60]);
        // One-second steps have a variance of a sixtieth of a minute's.
        let (mut sq, mut n) = (0.0, 0.0);
        for m in 29_000_000..29_002_000 {
            let s = w.seconds(m, w.minute(m), w.minute(m + 1));
            for k in 0..60 {
                sq += (s[k + 1] - s[k]).powi(2);
                n += 1.0;
            }
        }
        let sd = (sq / n).sqrt() * 60f64.sqrt();
        assert!(
            (0.0009..0.0011).contains(&sd),
            "per-minute sd from seconds {sd}"
        );
    }

    #[test]
    fn one_minute_steps_have_the_configured_spread() {
        let w = Walk::new(99, 0.001);
        let vals = w.minutes(28_000_000, 28_000_000 + 100_000, 1);
        let n = (vals.len() - 1) as f64;
        let var = vals.windows(2).map(|p| (p[1] - p[0]).powi(2)).sum::<f64>() / n;
        let sd = var.sqrt();
        assert!((0.0008..0.0012).contains(&sd), "sd per minute {sd}");
        // The whole domain stays in a sane band (the long-span damping works).
        for m in [0, 1 << 20, 1 << 30, (1 << 40) - 1] {
            assert!(w.minute(m).abs() < 5.0);
        }
    }

    #[test]
    fn gauss_is_centred() {
        let n = 100_000;
        let (mut sum, mut sq) = (0.0, 0.0);
        for i in 0..n {
            let z = gauss(hash(1, i, 2));
            sum += z;
            sq += z * z;
        }
        let mean = sum / n as f64;
        let var = sq / n as f64 - mean * mean;
        assert!(
            mean.abs() < 0.02 && (var - 1.0).abs() < 0.03,
            "{mean} {var}"
        );
    }
}
