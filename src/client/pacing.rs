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
//! The file is shared, so nothing in it is trusted (issue 12): one that is not JSON is rebuilt
//! (with a warning); entries from the future (the wall clock stepped back) or with absurd
//! windows are dropped, so no wait exceeds a window; a lock held longer than `--timeout` (a
//! stalled process) and a path okx cannot use (a symlink, a FIFO, an unwritable directory) leave
//! this process pacing alone, said once on stderr.

use std::collections::HashMap;
use std::fs::{File, TryLockError};
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{now_ms, ApiRequest};
use crate::exchange::endpoints::{self, RateKey};
use crate::output::Stderr;

/// The limit for a request okx has no row for (only `okx api` sends those).
const DEFAULT_LIMIT: usize = 20;
const DEFAULT_WINDOW_MS: i64 = 2_000;
/// Timer granularity, for answered requests.
const ANSWERED_MARGIN_MS: i64 = 5;
/// For a request still in flight: how much later than its send time OKX may count it.
const IN_FLIGHT_MARGIN_MS: i64 = 50;
/// An entry stamped later than now by more than this was written before the wall clock stepped
/// back: dropped, or every process would wait out the step.
const FUTURE_MARGIN_MS: i64 = 250;
/// The longest window an entry may claim (the endpoint table's are 2 s); longer ones are corrupt,
/// and would make okx wait for as long.
const MAX_WINDOW_MS: i64 = 10_000;
/// How often to try for the ledger's lock while another process holds it.
const LOCK_POLL: Duration = Duration::from_millis(2);

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
        RateKey::UserInstrument | RateKey::IpInstrument => {
            format!("{base} instId={}", param("instId"))
        }
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
        self.at_ms
            .saturating_add(self.window_ms)
            .saturating_add(margin)
    }

    /// Whether the entry can be from this clock: not from the future, a sane window.
    fn plausible(&self, now_ms: i64) -> bool {
        self.at_ms <= now_ms.saturating_add(FUTURE_MARGIN_MS)
            && (1..=MAX_WINDOW_MS).contains(&self.window_ms)
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
    /// How long to wait for another process's lock on the ledger: `--timeout`.
    lock_wait: Duration,
    /// Whether this process has said it rebuilt a corrupt ledger.
    warned_rebuilt: bool,
}

impl Pacer {
    pub(super) fn new(base_url: &str, lock_wait: Duration) -> Pacer {
        Pacer::with_file(crate::cache::file(base_url, "pacing"), lock_wait)
    }

    fn with_file(file: Option<PathBuf>, lock_wait: Duration) -> Pacer {
        Pacer {
            file,
            local: Ledger::new(),
            // Ids unique across processes sharing the ledger.
            next_id: (u64::from(std::process::id()) << 32) ^ (now_ms() as u64 & 0xffff_ffff),
            lock_wait,
            warned_rebuilt: false,
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

    /// Runs `f` on the ledger, pruned of expired and implausible entries: the shared file under
    /// an exclusive lock when there is one, or this process's own when it cannot be used.
    fn with_ledger<T>(&mut self, mut f: impl FnMut(&mut Ledger) -> T) -> T {
        if let Some(path) = self.file.clone() {
            match with_file(&path, self.lock_wait, &mut f) {
                Ok((out, rebuilt)) => {
                    if let Some(why) = rebuilt.filter(|_| !self.warned_rebuilt) {
                        self.warned_rebuilt = true;
                        Stderr::warn(&format!(
                            "the pacing ledger {} was corrupt ({why}); rebuilt it",
                            path.display()
                        ));
                    }
                    return out;
                }
                Err(why) => {
                    // Said once: from now on this process paces alone.
                    Stderr::warn(&format!(
                        "cannot use the pacing ledger {}: {why}; cross-process pacing is off \
                         for this run, so okx processes running at the same time may meet \
                         OKX's rate limits",
                        path.display()
                    ));
                    self.file = None;
                }
            }
        }
        prune(&mut self.local, now_ms());
        f(&mut self.local)
    }
}

fn prune(ledger: &mut Ledger, now_ms: i64) {
    ledger.retain(|_, v| {
        v.retain(|e| e.plausible(now_ms) && e.expires_ms() > now_ms);
        !v.is_empty()
    });
}

/// Runs `f` on the ledger file at `path` under its lock and writes it back. Also says why the
/// file was rebuilt, if it was. An error means the file cannot be used.
fn with_file<T>(
    path: &Path,
    lock_wait: Duration,
    f: &mut impl FnMut(&mut Ledger) -> T,
) -> Result<(T, Option<String>), String> {
    if let Some(dir) = path.parent() {
        crate::cache::create_dir(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut file = crate::cache::open(path, true).map_err(|e| e.to_string())?;
    lock(&file, lock_wait)?;
    let out = (|| {
        // A ledger that is not one (a crash or a full disk mid-write, an edit, another program)
        // starts afresh, and is written back whole: at worst one window is paced as if empty.
        // Every process used to fall back to its own pacing instead, and meet 429s together.
        let (mut ledger, rebuilt) = match crate::cache::read_at_most(&mut file, MAX_LEDGER) {
            Ok(Some(bytes)) if bytes.is_empty() => (Ledger::new(), None),
            Ok(Some(bytes)) => match serde_json::from_slice(&bytes) {
                Ok(ledger) => (ledger, None),
                Err(_) => (Ledger::new(), Some("not a JSON ledger".to_string())),
            },
            Ok(None) => (
                Ledger::new(),
                Some(format!("larger than {} KiB", MAX_LEDGER >> 10)),
            ),
            Err(e) => return Err(e),
        };
        prune(&mut ledger, now_ms());
        let out = f(&mut ledger);
        file.rewind()?;
        file.set_len(0)?;
        file.write_all(
            serde_json::to_string(&ledger)
                .unwrap_or_default()
                .as_bytes(),
        )?;
        Ok((out, rebuilt))
    })();
    let _ = file.unlock();
    out.map_err(|e| e.to_string())
}

/// The largest ledger okx reads: a few thousand entries, far more than any rate limit allows.
const MAX_LEDGER: u64 = crate::cache::MAX_SMALL;

/// Takes the ledger's exclusive lock, waiting at most `wait` for another process to let go.
fn lock(file: &File, wait: Duration) -> Result<(), String> {
    let deadline = Instant::now() + wait;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(LOCK_POLL);
            }
            Err(TryLockError::WouldBlock) => {
                return Err(format!(
                    "another process has held it locked for {} s (--timeout)",
                    wait.as_secs_f64()
                ))
            }
            Err(TryLockError::Error(e)) => return Err(format!("cannot lock it: {e}")),
        }
    }
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
        let mut a = Pacer::with_file(Some(file.clone()), Duration::from_secs(1));
        let mut b = Pacer::with_file(Some(file.clone()), Duration::from_secs(1));
        b.next_id = a.next_id + (1 << 40);
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

    #[test]
    fn entries_from_the_future_or_with_absurd_windows_are_dropped() {
        let now = now_ms();
        let hour_ahead = answered(now + 3_600_000);
        let endless = Entry {
            window_ms: i64::MAX,
            ..answered(now)
        };
        let fine = answered(now);
        let mut ledger = Ledger::from([("k".to_string(), vec![hour_ahead, endless, fine])]);
        prune(&mut ledger, now);
        assert_eq!(ledger["k"], [fine]);
        let at_the_end = answered(i64::MAX);
        assert_eq!(at_the_end.expires_ms(), i64::MAX, "no overflow");
    }

    #[test]
    fn a_corrupt_ledger_is_rebuilt_and_a_held_lock_waited_for_at_most_the_timeout() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pacing.json");
        std::fs::write(&file, b"\xff\xfe\x00garbage\x80").unwrap();
        let mut p = Pacer::with_file(Some(file.clone()), Duration::from_millis(200));
        let t = p.acquire(&endpoints::TIME.request());
        p.release(t);
        assert!(p.warned_rebuilt && p.file.is_some());
        let ledger: Ledger = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        assert_eq!(ledger["GET /api/v5/public/time"].len(), 1);

        let holder = File::open(&file).unwrap();
        holder.lock().unwrap();
        let started = Instant::now();
        let t = p.acquire(&endpoints::TIME.request());
        p.release(t);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(p.file.is_none(), "paces alone from then on");
        assert_eq!(p.local["GET /api/v5/public/time"].len(), 1);
    }
}
