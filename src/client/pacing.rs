//! Pacing under OKX's per-endpoint rate limits (fact sheet §4.2).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// OKX's per-endpoint request limits per 2 s (fact sheet §4.2). Unlisted endpoints get the
/// most common limit, 20.
const LIMITS: &[(&str, usize)] = &[
    ("/api/v5/public/time", 10),
    ("/api/v5/public/instruments", 20),
    ("/api/v5/market/ticker", 20),
    ("/api/v5/market/tickers", 20),
    ("/api/v5/market/books", 40),
    ("/api/v5/market/candles", 40),
    ("/api/v5/market/history-candles", 20),
    ("/api/v5/account/balance", 10),
    ("/api/v5/account/config", 5),
    ("/api/v5/trade/order", 60),
    ("/api/v5/trade/cancel-order", 60),
    ("/api/v5/trade/orders-pending", 60),
    ("/api/v5/trade/orders-history", 40),
    ("/api/v5/trade/fills", 60),
];
const DEFAULT_LIMIT: usize = 20;
const WINDOW: Duration = Duration::from_secs(2);
/// Covers timer granularity; the window itself is measured conservatively (see `Pacer`).
const PACING_MARGIN: Duration = Duration::from_millis(5);

pub fn limit_for(path: &str) -> usize {
    LIMITS
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, l)| *l)
        .unwrap_or(DEFAULT_LIMIT)
}

/// Keeps each endpoint under its limit. OKX counts requests by *its* arrival times, which lie
/// between our send and our receipt of the answer; so a request may go once the one `limit`
/// requests back was *answered* at least 2 s ago. That needs no guessed safety margin and
/// still runs at the full rate.
#[derive(Default)]
pub(super) struct Pacer {
    answered: HashMap<String, VecDeque<Instant>>,
}

impl Pacer {
    /// How long to wait before the next request to `path` may be sent.
    pub(super) fn wait_needed(&self, path: &str, now: Instant) -> Duration {
        let limit = limit_for(path);
        match self.answered.get(path) {
            Some(q) if q.len() >= limit => {
                let oldest = q[q.len() - limit];
                (oldest + WINDOW + PACING_MARGIN).saturating_duration_since(now)
            }
            _ => Duration::ZERO,
        }
    }

    pub(super) fn record(&mut self, path: &str, at: Instant) {
        let limit = limit_for(path);
        let q = self.answered.entry(path.to_string()).or_default();
        q.push_back(at);
        while q.len() > limit {
            q.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pacer_waits_for_the_answer_limit_requests_back() {
        let mut p = Pacer::default();
        let t0 = Instant::now();
        let path = "/api/v5/public/time"; // 10 per 2 s
        for i in 0..10 {
            assert_eq!(p.wait_needed(path, t0), Duration::ZERO);
            p.record(path, t0 + Duration::from_millis(i));
        }
        let wait = p.wait_needed(path, t0 + Duration::from_millis(100));
        assert_eq!(wait, WINDOW + PACING_MARGIN - Duration::from_millis(100));
        assert_eq!(p.wait_needed("/api/v5/market/books", t0), Duration::ZERO);
    }
}
