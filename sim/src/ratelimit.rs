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
    fn a_one_second_window() {
        let mut l = Limiter::default();
        assert!(l.admit_within("k", 1, 1_000, 0));
        assert!(!l.admit_within("k", 1, 1_000, 999));
        assert!(l.admit_within("k", 1, 1_000, 1_000));
        assert!(!l.admit_within("k", 1, 1_000, 1_500));
    }
}
