//! Pacing under OKX's per-endpoint rate limits (fact sheet §4.2), shared by every okx process
//! of the user: scripts run okx in parallel loops, and OKX counts their requests together.
//!
//! OKX counts a request when it arrives, which lies between our send and our receipt of the
//! answer. So a request may go once the one `limit` requests back was *answered* at least 2 s
//! ago: rigorous without a guessed margin, and at full speed. A request still in flight counts
//! from its send time plus a small margin for the network.
//!
//! The ledger of recent requests lives in a small file per OKX host in the cache directory,
//! read and written under an exclusive lock; without a cache directory it lives in memory.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{now_ms, ApiRequest};
use crate::exchange::endpoints::{self, RateKey};

/// The limit for a request okx has no row for (only `okx api` sends those).
const DEFAULT_LIMIT: usize = 20;
const DEFAULT_WINDOW_MS: i64 = 2_000;
/// Timer granularity, for answered requests.
const ANSWERED_MARGIN_MS: i64 = 5;
/// For a request still in flight: how much later than its send time OKX may count it.
const IN_FLIGHT_MARGIN_MS: i64 = 50;

/// What a request counts against: its ledger key (the endpoint, plus the instrument or
/// instrument type where OKX counts by those), the limit and the window, from the endpoint table.
pub(crate) fn slot(req: &ApiRequest) -> (String, usize, i64) {
    let base = format!("{} {}", req.method.as_str(), req.path);
    let Some(e) = endpoints::find(req.method, &req.path) else {
        return (base, DEFAULT_LIMIT, DEFAULT_WINDOW_MS);
    };
    let param = |name: &str| -> String {
        req.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .or_else(|| {
                let body: serde_json::Value = serde_json::from_str(req.body.as_deref()?).ok()?;
                body.get(name)?.as_str().map(str::to_string)
            })
            .unwrap_or_default()
    };
    let key = match e.key {
        RateKey::Ip | RateKey::User => base,
        RateKey::IpInstType => format!("{base} instType={}", param("instType")),
        RateKey::UserInstrument => format!("{base} instId={}", param("instId")),
    };
    (key, e.limit, e.window_ms)
}

/// One request in the window: when it was sent (in flight) or answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    at_ms: i64,
    id: u64,
    answered: bool,
    #[serde(default = "default_window")]
    window_ms: i64,
}

fn default_window() -> i64 {
    DEFAULT_WINDOW_MS
}

impl Entry {
    /// When this request stops counting against the limit.
    fn expires_ms(&self) -> i64 {
        let margin = if self.answered {
            ANSWERED_MARGIN_MS
        } else {
            IN_FLIGHT_MARGIN_MS
        };
        self.at_ms + self.window_ms + margin
    }
}

type Ledger = HashMap<String, Vec<Entry>>;

/// How long a new request to an endpoint must wait, given the entries still in its window.
fn wait_ms(entries: &[Entry], limit: usize, now_ms: i64) -> i64 {
    let mut expiries: Vec<i64> = entries
        .iter()
        .map(Entry::expires_ms)
        .filter(|e| *e > now_ms)
        .collect();
    if expiries.len() < limit {
        return 0;
    }
    expiries.sort_unstable();
    expiries[expiries.len() - limit] - now_ms
}

/// A slot taken for one request, to be marked answered.
pub(super) struct Ticket {
    key: String,
    id: u64,
}

pub(super) struct Pacer {
    /// The shared ledger file, or `None` to keep it in memory.
    file: Option<PathBuf>,
    local: Ledger,
    next_id: u64,
}

impl Pacer {
    pub(super) fn new(base_url: &str) -> Pacer {
        Pacer {
            file: crate::cache::file(base_url, "pacing"),
            local: Ledger::new(),
            // Ids unique across processes sharing the ledger.
            next_id: (u64::from(std::process::id()) << 32) ^ (now_ms() as u64 & 0xffff_ffff),
        }
    }

    /// Waits until `req` fits under its endpoint's limit, then takes a slot.
    pub(super) fn acquire(&mut self, req: &ApiRequest) -> Ticket {
        self.next_id = self.next_id.wrapping_add(1);
        let id = self.next_id;
        let (key, limit, window_ms) = slot(req);
        loop {
            let wait = self.with_ledger(|ledger| {
                let now = now_ms();
                let entries = ledger.entry(key.clone()).or_default();
                let wait = wait_ms(entries, limit, now);
                if wait == 0 {
                    entries.push(Entry {
                        at_ms: now,
                        id,
                        answered: false,
                        window_ms,
                    });
                }
                wait
            });
            if wait <= 0 {
                return Ticket { key, id };
            }
            std::thread::sleep(Duration::from_millis(wait as u64));
        }
    }

    /// Marks the request answered now (or failed: it counts the same).
    pub(super) fn release(&mut self, ticket: Ticket) {
        self.with_ledger(|ledger| {
            let now = now_ms();
            if let Some(e) = ledger
                .get_mut(&ticket.key)
                .and_then(|v| v.iter_mut().find(|e| e.id == ticket.id))
            {
                e.at_ms = now.max(e.at_ms);
                e.answered = true;
            }
        });
    }

    /// Runs `f` on the ledger: the shared file under an exclusive lock when there is one (falling
    /// back to memory if it cannot be used), pruned of expired entries.
    fn with_ledger<T>(&mut self, mut f: impl FnMut(&mut Ledger) -> T) -> T {
        if let Some(path) = self.file.clone() {
            if let Ok(out) = with_file(&path, &mut f) {
                return out;
            }
            // Unusable (read-only home, odd filesystem): pace this process alone.
            self.file = None;
        }
        let out = f(&mut self.local);
        prune(&mut self.local, now_ms());
        out
    }
}

fn prune(ledger: &mut Ledger, now_ms: i64) {
    ledger.retain(|_, v| {
        v.retain(|e| e.expires_ms() > now_ms);
        !v.is_empty()
    });
}

fn with_file<T>(path: &PathBuf, f: &mut impl FnMut(&mut Ledger) -> T) -> std::io::Result<T> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file: File = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    file.lock()?;
    let mut text = String::new();
    file.read_to_string(&mut text)?;
    // A corrupt ledger (a crash mid-write cannot happen under the lock, but a user edit can)
    // starts afresh: at worst one window is paced as if empty.
    let mut ledger: Ledger = serde_json::from_str(&text).unwrap_or_default();
    let out = f(&mut ledger);
    prune(&mut ledger, now_ms());
    file.rewind()?;
    file.set_len(0)?;
    file.write_all(
        serde_json::to_string(&ledger)
            .unwrap_or_default()
            .as_bytes(),
    )?;
    file.unlock()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_follow_the_endpoint_table() {
        let order = endpoints::PLACE_ORDER.post(r#"{"instId":"BTC-USDT","sz":"1"}"#.into());
        assert_eq!(
            slot(&order),
            ("POST /api/v5/trade/order instId=BTC-USDT".into(), 60, 2_000)
        );
        let look = endpoints::ORDER.request().query("instId", "ETH-USDT");
        assert_eq!(slot(&look).0, "GET /api/v5/trade/order instId=ETH-USDT");
        let inst = endpoints::INSTRUMENTS.request().query("instType", "SWAP");
        assert_eq!(
            slot(&inst),
            (
                "GET /api/v5/public/instruments instType=SWAP".into(),
                20,
                2_000
            )
        );
        assert_eq!(slot(&endpoints::BALANCE.request()).1, 10);
        let unknown = ApiRequest::get("/api/v5/asset/balances");
        assert_eq!(
            slot(&unknown),
            ("GET /api/v5/asset/balances".into(), 20, 2_000)
        );
    }

    const WINDOW_MS: i64 = DEFAULT_WINDOW_MS;

    fn answered(at_ms: i64) -> Entry {
        Entry {
            at_ms,
            id: at_ms as u64,
            answered: true,
            window_ms: WINDOW_MS,
        }
    }

    #[test]
    fn waits_for_the_answer_limit_requests_back() {
        let entries: Vec<Entry> = (0..10).map(answered).collect();
        // 10 per 2 s: the 11th waits until the first answer is 2 s old.
        assert_eq!(wait_ms(&entries[..9], 10, 100), 0);
        assert_eq!(
            wait_ms(&entries, 10, 100),
            WINDOW_MS + ANSWERED_MARGIN_MS - 100
        );
        assert_eq!(wait_ms(&entries, 10, 5_000), 0);
    }

    #[test]
    fn in_flight_requests_count_with_a_network_margin() {
        let mut entries: Vec<Entry> = (0..9).map(answered).collect();
        entries.push(Entry {
            at_ms: 0,
            id: 99,
            answered: false,
            window_ms: WINDOW_MS,
        });
        assert_eq!(wait_ms(&entries, 1, 0), WINDOW_MS + IN_FLIGHT_MARGIN_MS);
    }

    #[test]
    fn the_ledger_file_is_shared_and_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pacing.json");
        let mut a = Pacer {
            file: Some(file.clone()),
            local: Ledger::new(),
            next_id: 1,
        };
        let mut b = Pacer {
            file: Some(file.clone()),
            local: Ledger::new(),
            next_id: 1 << 40,
        };
        let req = endpoints::ACCOUNT_CONFIG.request(); // 5 per 2 s
        let path = "GET /api/v5/account/config";
        for _ in 0..3 {
            let t = a.acquire(&req);
            a.release(t);
        }
        for _ in 0..2 {
            let t = b.acquire(&req);
            b.release(t);
        }
        let ledger: Ledger =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(ledger[path].len(), 5, "both pacers wrote to one ledger");
        let now = now_ms();
        assert!(
            wait_ms(&ledger[path], 5, now) > 1_500,
            "a sixth request must wait"
        );
    }
}
