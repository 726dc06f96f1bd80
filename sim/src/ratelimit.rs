//! OKX's rate limits as a sliding two-second window per key (docs #overview-rate-limits, fact
//! sheet §4): a request is refused when the key already has `limit` accepted requests younger
//! than 2,000 ms. Refused requests are not counted, so a client that backs off recovers as soon
//! as the oldest accepted request ages out.

use std::collections::{HashMap, VecDeque};

const WINDOW_MS: i64 = 2_000;

#[derive(Default)]
pub(crate) struct Limiter {
    accepted: HashMap<String, VecDeque<i64>>,
}

impl Limiter {
    /// Counts a request under `key` at monotonic time `now_ms` if the window has room.
    pub(crate) fn admit(&mut self, key: &str, limit: usize, now_ms: i64) -> bool {
        self.admit_within(key, limit, WINDOW_MS, now_ms)
    }

    /// `admit` over a window of `window_ms` (OKX counts a few endpoints per second).
    pub(crate) fn admit_within(
        &mut self,
        key: &str,
        limit: usize,
        window_ms: i64,
        now_ms: i64,
    ) -> bool {
        let times = self.accepted.entry(key.to_string()).or_default();
        while times.front().is_some_and(|&t| now_ms - t >= window_ms) {
            times.pop_front();
        }
        if times.len() >= limit {
            return false;
        }
        times.push_back(now_ms);
        true
    }

    /// Counts `n` requests (orders) under each key of `counts` at once, if every key's window
    /// has room for its `n`; otherwise counts nothing (OKX's per-order limits, where a batch's
    /// items count one each under their own instrument).
    pub(crate) fn admit_all(
        &mut self,
        counts: &[(String, usize)],
        limit: usize,
        now_ms: i64,
    ) -> bool {
        let fits = counts.iter().all(|(key, n)| {
            let times = self.accepted.entry(key.clone()).or_default();
            while times.front().is_some_and(|&t| now_ms - t >= WINDOW_MS) {
                times.pop_front();
            }
            times.len() + n <= limit
        });
        if fits {
            for (key, n) in counts {
                let times = self.accepted.entry(key.clone()).or_default();
                times.extend(std::iter::repeat_n(now_ms, *n));
            }
        }
        fits
    }
}

/// What an instrument-keyed limit ("UID+Inst") counts by: the `instId`, except that OKX counts
/// OPTION orders per instrument family ("options: UID+instFamily", derivatives sheet §2, §4,
/// §5; okx-v5-facts §4: "per instrument family for options"). An option ID is
/// `BTC-USD-250926-100000-C`: five parts ending in `C` or `P`; its family is the first two.
pub(crate) fn inst_scope(inst_id: &str) -> String {
    let parts: Vec<&str> = inst_id.split('-').collect();
    match parts.as_slice() {
        [base, quote, _, _, "C" | "P"] => format!("{base}-{quote}"),
        _ => inst_id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliding_window_counts_only_accepted_requests() {
        let mut l = Limiter::default();
        assert!(l.admit("k", 3, 0));
        assert!(l.admit("k", 3, 1));
        assert!(l.admit("k", 3, 2));
        // Full: refused at any time the three are younger than 2,000 ms.
        assert!(!l.admit("k", 3, 3));
        assert!(!l.admit("k", 3, 1_999));
        // Other keys are independent.
        assert!(l.admit("other", 3, 1_999));
        // At 2,000 the request from 0 has aged out (age 2,000 is not < 2,000).
        assert!(l.admit("k", 3, 2_000));
        assert!(!l.admit("k", 3, 2_000));
        // The refusals at 3 and 1,999 did not count: at 2,001 the one from 1 ages out.
        assert!(l.admit("k", 3, 2_001));
        assert!(!l.admit("k", 3, 2_001));
        assert!(l.admit("k", 3, 2_002));
        assert!(!l.admit("k", 3, 3_999));
        assert!(l.admit("k", 3, 4_000));
    }

    #[test]
    fn orders_count_one_each_per_instrument() {
        let mut l = Limiter::default();
        let batch =
            |btc: usize, eth: usize| vec![("btc".to_string(), btc), ("eth".to_string(), eth)];
        for t in 0..15 {
            assert!(l.admit_all(&batch(20, 0), 300, t));
        }
        // 300 BTC orders in the window: one more is refused, and counts nothing for ETH either.
        assert!(!l.admit_all(&batch(1, 5), 300, 100));
        assert!(l.admit_all(&batch(0, 300), 300, 100));
        assert!(!l.admit_all(&batch(0, 1), 300, 100));
        // The first batch ages out at 2,000: 20 BTC orders fit again, not 21.
        assert!(!l.admit_all(&batch(21, 0), 300, 2_000));
        assert!(l.admit_all(&batch(20, 0), 300, 2_000));
    }

    #[test]
    fn a_one_second_window() {
        let mut l = Limiter::default();
        assert!(l.admit_within("k", 1, 1_000, 0));
        assert!(!l.admit_within("k", 1, 1_000, 999));
        assert!(l.admit_within("k", 1, 1_000, 1_000));
        assert!(!l.admit_within("k", 1, 1_000, 1_500));
    }

    #[test]
    fn options_count_per_family() {
        assert_eq!(inst_scope("BTC-USD-250926-100000-C"), "BTC-USD");
        assert_eq!(inst_scope("BTC-USD-250926-90000-P"), "BTC-USD");
        assert_eq!(inst_scope("ETH-USD-250926-3000-C"), "ETH-USD");
        for other in ["BTC-USDT", "BTC-USDT-SWAP", "BTC-USD-250926", ""] {
            assert_eq!(inst_scope(other), other);
        }
    }
}
