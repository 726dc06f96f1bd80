//! Funding of the perpetual swaps (fact sheet §6.2, §6.3, §8.6): the settlement schedule, the
//! predicted and realized rates, `GET /api/v5/public/funding-rate`,
//! `GET /api/v5/public/funding-rate-history` and the objects the WebSocket `funding-rate`
//! channel pushes. Everything is a function of (seed, instrument, funding time, sim clock).
//!
//! Schedule: every swap settles every 8 h, at 00:00, 08:00 and 16:00 UTC, except
//! [`CHANGED_INSTRUMENT`], whose interval OKX-style changed from 8 h to 4 h at
//! [`Funding::change_ms`] (30 days before the sim started, on an 8 h boundary): its history has
//! both intervals and its current `nextFundingTime − fundingTime` is 4 h; and the swaps
//! configured to settle at another fixed interval (`SimConfig::funding_intervals`: OKX uses 1 h
//! and 2 h too). The history covers [`HISTORY_DAYS`] days back from now (OKX: "the last 3
//! months"; `SimConfig::funding_history_days` changes it), settled events only
//! (`fundingTime ≤ now`), minus the configured [`FundingGap`]s. A page holds at most 400 rows
//! (the current docs), or fewer when capped (`Sim::set_funding_history_cap`: an older docs
//! revision says 100).
//!
//! Rates are integers in units of 10^-10, printed as OKX prints decimals. The predicted rate of a
//! settlement (`fundingRate`, the current endpoint's value while it is upcoming and the history's
//! afterwards) is a hash of (seed, instrument, funding time); the realized rate differs from it by
//! a smaller hashed amount, both kept within the instrument's bounds. The current endpoint's
//! `settFundingRate` is the realized rate of the latest settlement, the history's newest row.

use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

use crate::amount::fmt_scaled;
use crate::calendar::{DAY_MS, HOUR_MS, SECOND_MS};
use crate::market::Market;
use crate::routes::{Ctx, Reply};
use crate::walk::{gauss, hash};
use crate::FundingGap;

/// The swap whose funding interval changed from 8 h to 4 h.
pub(crate) const CHANGED_INSTRUMENT: &str = "ETH-USDT-SWAP";
const EIGHT_HOURS: i64 = 8 * HOUR_MS;
const FOUR_HOURS: i64 = 4 * HOUR_MS;
/// How long before the sim started the interval change happened (then aligned down to 8 h).
const CHANGE_DAYS_AGO: i64 = 30;
/// "The last 3 months", taken as the longest three consecutive calendar months, so that a
/// client's 90-day range is always covered.
pub(crate) const HISTORY_DAYS: i64 = 92;
/// After a settlement, `settState` stays `processing` this long.
const PROCESSING_MS: i64 = 30 * SECOND_MS;
/// Rates are integer counts of 10^-RATE_DEC.
const RATE_DEC: u32 = 10;
/// ±0.0075, the clamp of the rates.
const RATE_BOUND: i64 = 75_000_000;

const DOMAIN_PREDICTED: u64 = 0x6675_6e64_7072_0011;
const DOMAIN_REALIZED: u64 = 0x6675_6e64_7265_0012;
const DOMAIN_PREMIUM: u64 = 0x6675_6e64_706d_0013;

/// The funding model: the interval change point and the removed settlements.
pub(crate) struct Funding {
    seed: u64,
    /// When [`CHANGED_INSTRUMENT`]'s interval became 4 h (a settlement time, 8 h aligned).
    pub(crate) change_ms: i64,
    gaps: Vec<FundingGap>,
    /// Swaps settling every given ms throughout, instead of the default schedule.
    intervals: Vec<(String, i64)>,
    /// How many days back the history goes.
    history_days: i64,
    /// The most rows a history page serves, whatever `limit` asks (at most [`HISTORY_LIMIT`]).
    pub(crate) history_cap: AtomicUsize,
}

/// An instrument's settlement times: every `early` ms up to `change`, every `late` ms from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Schedule {
    early: i64,
    change: i64,
    late: i64,
}

impl Schedule {
    /// The first settlement at or after `t`.
    fn at_or_after(self, t: i64) -> i64 {
        let (step, origin) = if t > self.change {
            (self.late, self.change)
        } else {
            (self.early, 0)
        };
        origin + (t - origin + step - 1).div_euclid(step) * step
    }

    /// The last settlement at or before `t`.
    fn at_or_before(self, t: i64) -> i64 {
        let (step, origin) = if t >= self.change {
            (self.late, self.change)
        } else {
            (self.early, 0)
        };
        origin + (t - origin).div_euclid(step) * step
    }
}

impl Funding {
    /// The model for a sim that starts at `start_ms`.
    pub(crate) fn new(seed: u64, start_ms: i64, gaps: Vec<FundingGap>) -> Funding {
        let change = start_ms - CHANGE_DAYS_AGO * DAY_MS;
        Funding {
            seed,
            change_ms: change.div_euclid(EIGHT_HOURS) * EIGHT_HOURS,
            gaps,
            intervals: Vec::new(),
            history_days: HISTORY_DAYS,
            history_cap: AtomicUsize::new(HISTORY_LIMIT),
        }
    }

    /// The model with swaps on other fixed intervals, another history length and page cap.
    pub(crate) fn with(mut self, intervals: Vec<(String, i64)>, days: i64, cap: usize) -> Funding {
        self.intervals = intervals;
        self.history_days = days;
        self.history_cap = AtomicUsize::new(cap.clamp(1, HISTORY_LIMIT));
        self
    }

    fn schedule(&self, inst_id: &str) -> Schedule {
        if let Some((_, every)) = self.intervals.iter().find(|(id, _)| id == inst_id) {
            let every = (*every).max(1);
            Schedule {
                early: every,
                change: i64::MAX,
                late: every,
            }
        } else if inst_id == CHANGED_INSTRUMENT {
            Schedule {
                early: EIGHT_HOURS,
                change: self.change_ms,
                late: FOUR_HOURS,
            }
        } else {
            Schedule {
                early: EIGHT_HOURS,
                change: i64::MAX,
                late: EIGHT_HOURS,
            }
        }
    }

    fn removed(&self, inst_id: &str, t: i64) -> bool {
        self.gaps
            .iter()
            .any(|g| g.inst_id == inst_id && g.start_ms <= t && t < g.end_ms)
    }

    fn name_seed(&self, inst_id: &str) -> u64 {
        inst_id
            .bytes()
            .fold(self.seed ^ 0xcbf2_9ce4_8422_2325, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
    }

    /// The predicted rate of the settlement at `t`, in 10^-10: about 0.0001 ± 0.0002.
    fn predicted(&self, inst_id: &str, t: i64) -> i64 {
        let h = hash(self.name_seed(inst_id) ^ DOMAIN_PREDICTED, t, 0);
        let z = gauss(h);
        (1_000_000 + (z * 2_000_000.0) as i64).clamp(-RATE_BOUND, RATE_BOUND)
    }

    /// The realized rate of the settlement at `t`: the predicted one ± about 0.00001.
    fn realized(&self, inst_id: &str, t: i64) -> i64 {
        let h = hash(self.name_seed(inst_id) ^ DOMAIN_REALIZED, t, 0);
        (self.predicted(inst_id, t) + (gauss(h) * 100_000.0) as i64).clamp(-RATE_BOUND, RATE_BOUND)
    }

    /// The premium index at `now_ms` (changes every minute), in 10^-10.
    fn premium(&self, inst_id: &str, now_ms: i64) -> i64 {
        let h = hash(
            self.name_seed(inst_id) ^ DOMAIN_PREMIUM,
            now_ms.div_euclid(60_000),
            0,
        );
        (gauss(h) * 3_000_000.0) as i64
    }

    /// The object of `/public/funding-rate` and the `funding-rate` channel at `now_ms`.
    pub(crate) fn current(&self, inst_id: &str, now_ms: i64) -> Value {
        let s = self.schedule(inst_id);
        let funding_time = s.at_or_after(now_ms + 1);
        let next = s.at_or_after(funding_time + 1);
        let last = s.at_or_before(now_ms);
        let rate = |u: i64| fmt_scaled(i128::from(u), RATE_DEC, RATE_DEC);
        let inverse = !inst_id.contains("-USDT-");
        json!({
            "instType": "SWAP",
            "instId": inst_id,
            "method": "current_period",
            "formulaType": "withRate",
            "fundingRate": rate(self.predicted(inst_id, funding_time)),
            "nextFundingRate": "",
            "fundingTime": funding_time.to_string(),
            "nextFundingTime": next.to_string(),
            "minFundingRate": rate(-RATE_BOUND),
            "maxFundingRate": rate(RATE_BOUND),
            "interestRate": "0.0001",
            "impactValue": if inverse { "1000" } else { "20000" },
            "settState": if now_ms - last < PROCESSING_MS { "processing" } else { "settled" },
            "settFundingRate": rate(self.realized(inst_id, last)),
            "premium": rate(self.premium(inst_id, now_ms)),
            "ts": now_ms.to_string(),
        })
    }

    /// Settlement times of one history page, newest first: settled by `now_ms`, within the last
    /// `history_days`, strictly older than `after`, strictly newer than `before`, not removed,
    /// at most `limit`.
    fn page(
        &self,
        inst_id: &str,
        after: Option<i64>,
        before: Option<i64>,
        limit: usize,
        now_ms: i64,
    ) -> Vec<i64> {
        let s = self.schedule(inst_id);
        let oldest = s.at_or_after(now_ms - self.history_days * DAY_MS);
        let bottom = before.map_or(oldest, |b| oldest.max(b.saturating_add(1)));
        let mut t = match after {
            Some(a) => s.at_or_before(now_ms.min(a.saturating_sub(1))),
            None => s.at_or_before(now_ms),
        };
        let mut out = Vec::new();
        while t >= bottom && out.len() < limit {
            if !self.removed(inst_id, t) {
                out.push(t);
            }
            t = s.at_or_before(t - 1);
        }
        out
    }

    /// One `/public/funding-rate-history` page as OKX's rows, newest first.
    pub(crate) fn history(
        &self,
        inst_id: &str,
        after: Option<i64>,
        before: Option<i64>,
        limit: usize,
        now_ms: i64,
    ) -> Vec<Value> {
        let rate = |u: i64| fmt_scaled(i128::from(u), RATE_DEC, RATE_DEC);
        self.page(inst_id, after, before, limit, now_ms)
            .into_iter()
            .map(|t| {
                json!({
                    "instType": "SWAP",
                    "instId": inst_id,
                    "formulaType": "withRate",
                    "fundingRate": rate(self.predicted(inst_id, t)),
                    "realizedRate": rate(self.realized(inst_id, t)),
                    "fundingTime": t.to_string(),
                    "method": "current_period",
                })
            })
            .collect()
    }
}

/// The most rows a history page holds, and its default size (fact sheet §6.3).
const HISTORY_LIMIT: usize = 400;

/// The swap named by the required `instId`: 50014 when missing, 51001 when unknown, 51000 when
/// it is not a perpetual. OKX's code for an existing instrument of another type is not
/// documented (the docs say only "only applicable to SWAP"); 51000 follows the sheet's pattern
/// for a parameter with a bad value.
fn swap<'c>(ctx: &'c Ctx) -> Result<&'c str, Reply> {
    let id = ctx.params.required("instId")?;
    let market = &ctx.shared.market;
    let idx = market.find(id).ok_or_else(Reply::no_instrument)?;
    if !is_perpetual(market, idx) {
        return Err(Reply::param_error("instId"));
    }
    Ok(id)
}

/// `GET /api/v5/public/funding-rate?instId=…`: one swap, or every swap with `instId=ANY`.
pub(crate) fn funding_rate(ctx: &Ctx) -> Reply {
    let funding = &ctx.shared.funding;
    if ctx.params.get("instId") == Some("ANY") {
        let market = &ctx.shared.market;
        let data = (0..market.all().len())
            .filter(|i| is_perpetual(market, *i))
            .map(|i| funding.current(market.series(i).inst.inst_id, ctx.now_ms))
            .collect();
        return Reply::ok(data);
    }
    match swap(ctx) {
        Ok(id) => Reply::ok(vec![funding.current(id, ctx.now_ms)]),
        Err(r) => r,
    }
}

/// `GET /api/v5/public/funding-rate-history?instId=…[&after=…][&before=…][&limit=…]`: `after`
/// and `before` are exclusive `fundingTime` cursors, `limit` 1–400 (default 400), newest first.
pub(crate) fn funding_rate_history(ctx: &Ctx) -> Reply {
    if let Err(r) = ctx.params.required("instId") {
        return r;
    }
    let cursor = |name: &str| -> Result<Option<i64>, Reply> {
        match ctx.params.get(name) {
            None => Ok(None),
            Some(text) => match text.parse::<i64>() {
                Ok(t) if t >= 0 => Ok(Some(t)),
                _ => Err(Reply::param_error(name)),
            },
        }
    };
    let limit = match ctx.params.get("limit") {
        None => Ok(HISTORY_LIMIT),
        Some(text) => match text.parse::<usize>() {
            Ok(n) if (1..=HISTORY_LIMIT).contains(&n) => Ok(n),
            _ => Err(Reply::param_error("limit")),
        },
    };
    let (after, before, limit) = match (cursor("after"), cursor("before"), limit) {
        (Ok(a), Ok(b), Ok(l)) => (a, b, l),
        (Err(r), _, _) | (_, Err(r), _) | (_, _, Err(r)) => return r,
    };
    let funding = &ctx.shared.funding;
    let limit = limit.min(funding.history_cap.load(Ordering::SeqCst).max(1));
    match swap(ctx) {
        Ok(id) => Reply::ok(funding.history(id, after, before, limit, ctx.now_ms)),
        Err(r) => r,
    }
}

/// Whether the instrument at `idx` is a perpetual swap (the only ones with funding).
pub(crate) fn is_perpetual(market: &Market, idx: usize) -> bool {
    market.series(idx).inst.inst_type == "SWAP"
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_763_701_633_250; // 2025-11-21T05:07:13.250Z

    #[test]
    fn schedules_step_across_the_change() {
        let f = Funding::new(42, NOW, vec![]);
        assert_eq!(f.change_ms % EIGHT_HOURS, 0);
        assert!(NOW - f.change_ms >= 30 * DAY_MS && NOW - f.change_ms < 30 * DAY_MS + EIGHT_HOURS);
        let eth = f.schedule(CHANGED_INSTRUMENT);
        let c = f.change_ms;
        assert_eq!(eth.at_or_after(c - 1), c);
        assert_eq!(eth.at_or_after(c + 1), c + FOUR_HOURS);
        assert_eq!(eth.at_or_before(c - 1), c - EIGHT_HOURS);
        assert_eq!(eth.at_or_before(c + FOUR_HOURS - 1), c);
        let btc = f.schedule("BTC-USDT-SWAP");
        assert_eq!(btc.at_or_after(c + 1), c + EIGHT_HOURS);
        assert_eq!(btc.at_or_before(c), c);
    }

    #[test]
    fn pages_are_newest_first_and_exclusive() {
        let f = Funding::new(42, NOW, vec![]);
        let all = f.page("BTC-USDT-SWAP", None, None, 1000, NOW);
        assert_eq!(all.len(), 3 * 92);
        assert!(all.windows(2).all(|w| w[0] - w[1] == EIGHT_HOURS));
        let t = all[10];
        assert_eq!(f.page("BTC-USDT-SWAP", Some(t), None, 2, NOW), all[11..13]);
        assert_eq!(f.page("BTC-USDT-SWAP", None, Some(t), 400, NOW), all[..10]);
        assert_eq!(
            f.page("BTC-USDT-SWAP", Some(t), Some(all[14]), 400, NOW),
            all[11..14]
        );
        let eth = f.page(CHANGED_INSTRUMENT, None, None, 1000, NOW);
        let c = f.change_ms;
        let (late, early): (Vec<i64>, Vec<i64>) = eth.iter().partition(|t| **t > c);
        assert_eq!(late.len() as i64, (NOW - NOW % FOUR_HOURS - c) / FOUR_HOURS);
        assert!(late.windows(2).all(|w| w[0] - w[1] == FOUR_HOURS));
        assert!(early.windows(2).all(|w| w[0] - w[1] == EIGHT_HOURS));
        assert_eq!(early[0], c);
        assert_eq!(*early.last().unwrap(), *all.last().unwrap());
    }

    #[test]
    fn gaps_remove_settlements_and_rates_stay_in_bounds() {
        let f = Funding::new(42, NOW, vec![]);
        let all = f.page("BTC-USD-SWAP", None, None, 1000, NOW);
        let gap = FundingGap {
            inst_id: "BTC-USD-SWAP".into(),
            start_ms: all[5],
            end_ms: all[5] + 1,
        };
        let g = Funding::new(42, NOW, vec![gap]);
        let holed = g.page("BTC-USD-SWAP", None, None, 1000, NOW);
        assert_eq!(holed.len(), all.len() - 1);
        assert!(!holed.contains(&all[5]));
        for t in all {
            let (p, r) = (
                f.predicted("BTC-USD-SWAP", t),
                f.realized("BTC-USD-SWAP", t),
            );
            assert!(p.abs() <= RATE_BOUND && r.abs() <= RATE_BOUND);
        }
        let cur = f.current(CHANGED_INSTRUMENT, NOW);
        let ft: i64 = cur["fundingTime"].as_str().unwrap().parse().unwrap();
        let nft: i64 = cur["nextFundingTime"].as_str().unwrap().parse().unwrap();
        assert_eq!(nft - ft, FOUR_HOURS);
        assert!(ft > NOW);
    }
}
