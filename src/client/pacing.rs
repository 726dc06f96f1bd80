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
use crate::exchange::endpoints::{self, Counts, Endpoint, RateKey};
use crate::exchange::instrument::{family_of, InstType};
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

/// One budget a request draws on: its ledger key (the endpoint, plus the instrument or
/// instrument type where OKX counts by those), how much of it the request takes, and the limit
/// and window, from the endpoint table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Slot {
    pub key: String,
    /// Requests count 1; a batch counts its items (per instrument where OKX keys by instrument).
    pub weight: usize,
    pub limit: usize,
    pub window_ms: i64,
}

/// What a request counts against: one slot, or for an endpoint that counts orders
/// (`Counts::Items`) one slot per instrument of the batch, weighted by its items.
pub(crate) fn slot(req: &ApiRequest) -> Vec<Slot> {
    let base = format!("{} {}", req.method.as_str(), req.path);
    let Some(e) = endpoints::find(req.method, &req.path) else {
        return vec![Slot {
            key: base,
            weight: 1,
            limit: DEFAULT_LIMIT,
            window_ms: DEFAULT_WINDOW_MS,
        }];
    };
    let body: Option<serde_json::Value> = req
        .body
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok());
    let param = |item: Option<&serde_json::Value>, name: &str| -> String {
        req.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .or_else(|| item?.get(name)?.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let key_of = |e: &Endpoint, item: Option<&serde_json::Value>| {
        let base = format!("{} {}", e.method.as_str(), e.path);
        match e.key {
            RateKey::Ip | RateKey::User => base,
            RateKey::IpInstType => format!("{base} instType={}", param(item, "instType")),
            RateKey::UserInstrument => user_instrument(&base, &param(item, "instId")),
            RateKey::IpInstrument => format!("{base} instId={}", param(item, "instId")),
            RateKey::UserCurrency => format!("{base} ccy={}", param(item, "ccy")),
        }
    };
    let one = |e: &Endpoint, key: String, weight: usize| Slot {
        key,
        weight,
        limit: e.limit,
        window_ms: e.window_ms,
    };
    match (e.counts, &body) {
        // "A one-order batch counts against the single order's limit" (derivatives sheet §4.2).
        (Counts::Items { alone: Some(alone) }, Some(serde_json::Value::Array(items)))
            if items.len() == 1 =>
        {
            vec![one(alone, key_of(alone, items.first()), 1)]
        }
        (Counts::Items { .. }, Some(serde_json::Value::Array(items))) if !items.is_empty() => {
            // Per key, in the order first seen, so the ledger's entries read like the batch.
            let mut slots: Vec<Slot> = Vec::new();
            for item in items {
                let key = key_of(e, Some(item));
                match slots.iter_mut().find(|s| s.key == key) {
                    Some(s) => s.weight += 1,
                    None => slots.push(one(e, key, 1)),
                }
            }
            slots
        }
        _ => vec![one(e, key_of(e, body.as_ref()), 1)],
    }
}

/// The key of an account-and-instrument limit. OKX counts an OPTION's orders per instrument
/// family ("UID+Inst (options: UID+instFamily)", derivatives sheet §2, §4, §5): 60 orders per 2 s
/// on each of several strikes of one family would draw 429s.
fn user_instrument(base: &str, inst_id: &str) -> String {
    match InstType::of_id(inst_id) {
        InstType::Option => format!("{base} instFamily={}", family_of(inst_id)),
        _ => format!("{base} instId={inst_id}"),
    }
}

/// One request in the window: when it was sent (in flight) or answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    at_ms: i64,
    id: u64,
    answered: bool,
    #[serde(default = "default_window")]
    window_ms: i64,
    /// How much of the limit it takes: 1, or a batch's orders of one instrument.
    #[serde(default = "default_weight")]
    weight: usize,
}

fn default_window() -> i64 {
    DEFAULT_WINDOW_MS
}

fn default_weight() -> usize {
    1
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

/// How long a new request taking `weight` of an endpoint's `limit` must wait, given the
/// entries still in its window: until enough of them expire that it fits. A weight above the
/// limit waits for an empty window (OKX refuses such a request anyway).
fn wait_ms(entries: &[Entry], limit: usize, weight: usize, now_ms: i64) -> i64 {
    let mut live: Vec<(i64, usize)> = entries
        .iter()
        .map(|e| (e.expires_ms(), e.weight.max(1)))
        .filter(|(x, _)| *x > now_ms)
        .collect();
    let mut used: usize = live.iter().map(|(_, w)| w).sum();
    let room = limit.saturating_sub(weight.min(limit));
    if used <= room {
        return 0;
    }
    live.sort_unstable();
    for (expiry, w) in live {
        used -= w;
        if used <= room {
            return expiry - now_ms;
        }
    }
    0
}

/// The slots taken for one request, to be marked answered.
pub(super) struct Ticket {
    keys: Vec<String>,
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
        let slots = slot(req);
        loop {
            // Every slot at once, under one lock: a batch of two instruments goes when both
            // have room, and takes both.
            let wait = self.with_ledger(|ledger| {
                let now = now_ms();
                let wait = slots
                    .iter()
                    .map(|s| {
                        let entries = ledger.get(&s.key).map(Vec::as_slice).unwrap_or_default();
                        wait_ms(entries, s.limit, s.weight, now)
                    })
                    .max()
                    .unwrap_or(0);
                if wait <= 0 {
                    for s in &slots {
                        ledger.entry(s.key.clone()).or_default().push(Entry {
                            at_ms: now,
                            id,
                            answered: false,
                            window_ms: s.window_ms,
                            weight: s.weight,
                        });
                    }
                }
                wait
            });
            if wait <= 0 {
                return Ticket {
                    keys: slots.into_iter().map(|s| s.key).collect(),
                    id,
                };
            }
            std::thread::sleep(Duration::from_millis(wait as u64));
        }
    }

    /// Marks the request answered now (or failed: it counts the same).
    pub(super) fn release(&mut self, ticket: Ticket) {
        self.with_ledger(|ledger| {
            let now = now_ms();
            for key in &ticket.keys {
                if let Some(e) = ledger
                    .get_mut(key)
                    .and_then(|v| v.iter_mut().find(|e| e.id == ticket.id))
                {
                    e.at_ms = now.max(e.at_ms);
                    e.answered = true;
                }
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
        let one = |key: &str, weight, limit| Slot {
            key: key.into(),
            weight,
            limit,
            window_ms: 2_000,
        };
        assert_eq!(
            slot(&order),
            [one("POST /api/v5/trade/order instId=BTC-USDT", 1, 60)]
        );
        let look = endpoints::ORDER.request().query("instId", "ETH-USDT");
        assert_eq!(
            slot(&look)[0].key,
            "GET /api/v5/trade/order instId=ETH-USDT"
        );
        let inst = endpoints::INSTRUMENTS.request().query("instType", "SWAP");
        assert_eq!(
            slot(&inst),
            [one("GET /api/v5/public/instruments instType=SWAP", 1, 20)]
        );
        assert_eq!(slot(&endpoints::BALANCE.request())[0].limit, 10);
        let unknown = ApiRequest::get("/api/v5/asset/currencies");
        assert_eq!(slot(&unknown), [one("GET /api/v5/asset/currencies", 1, 20)]);
        // A transfer counts per currency, 2 a second.
        let transfer = endpoints::TRANSFER.post(r#"{"ccy":"USDT","amt":"1"}"#.into());
        assert_eq!(
            slot(&transfer),
            [Slot {
                window_ms: 1_000,
                ..one("POST /api/v5/asset/transfer ccy=USDT", 1, 2)
            }]
        );
    }

    #[test]
    fn options_count_per_family() {
        let place = |inst: &str| {
            let body = serde_json::json!({"instId": inst, "sz": "1"}).to_string();
            slot(&endpoints::PLACE_ORDER.post(body))
        };
        let family = "POST /api/v5/trade/order instFamily=BTC-USD";
        let single = [Slot {
            limit: 60,
            ..one_slot(family, 1)
        }];
        assert_eq!(place("BTC-USD-250926-100000-C"), single);
        assert_eq!(place("BTC-USD-251226-90000-P"), single);
        assert_eq!(
            place("ETH-USD-250926-3000-C")[0].key,
            "POST /api/v5/trade/order instFamily=ETH-USD"
        );
        // Spot, swaps and futures keep their instId, even in the family of the options.
        for inst in ["BTC-USDT", "BTC-USD-SWAP", "BTC-USD-250926"] {
            assert_eq!(
                place(inst)[0].key,
                format!("POST /api/v5/trade/order instId={inst}")
            );
        }
        // A batch with two strikes of one family is one slot of weight 2; a swap beside them
        // has its own.
        let items = serde_json::json!([
            {"instId": "BTC-USD-250926-100000-C", "sz": "1"},
            {"instId": "BTC-USD-250926-110000-C", "sz": "1"},
            {"instId": "BTC-USD-SWAP", "sz": "1"},
        ]);
        let batch = endpoints::BATCH_ORDERS.post(items.to_string());
        assert_eq!(
            slot(&batch),
            [
                one_slot("POST /api/v5/trade/batch-orders instFamily=BTC-USD", 2),
                one_slot("POST /api/v5/trade/batch-orders instId=BTC-USD-SWAP", 1),
            ]
        );
        // A batch of one option counts against the single endpoint's limit for the family.
        let alone = endpoints::BATCH_ORDERS.post(serde_json::json!([items[1]]).to_string());
        assert_eq!(slot(&alone), single);
        // cancel-algos counts orders per family too.
        let algos = serde_json::json!([
            {"instId": "BTC-USD-250926-100000-C", "algoId": "1"},
            {"instId": "BTC-USD-250926-90000-P", "algoId": "2"},
        ]);
        assert_eq!(
            slot(&endpoints::CANCEL_ALGOS.post(algos.to_string())),
            [Slot {
                limit: 20,
                ..one_slot("POST /api/v5/trade/cancel-algos instFamily=BTC-USD", 2)
            }]
        );
    }

    #[test]
    fn a_batch_counts_its_orders_per_instrument() {
        let mut items: Vec<serde_json::Value> = (0..20)
            .map(|_| serde_json::json!({"instId": "BTC-USDT", "sz": "1"}))
            .collect();
        let batch = endpoints::BATCH_ORDERS.post(serde_json::to_string(&items).unwrap());
        let key = "POST /api/v5/trade/batch-orders instId=BTC-USDT";
        assert_eq!(slot(&batch), [one_slot(key, 20)]);
        items[3]["instId"] = "ETH-USDT".into();
        items[7]["instId"] = "ETH-USDT".into();
        let mixed = endpoints::CANCEL_BATCH_ORDERS.post(serde_json::to_string(&items).unwrap());
        assert_eq!(
            slot(&mixed),
            [
                one_slot("POST /api/v5/trade/cancel-batch-orders instId=BTC-USDT", 18),
                one_slot("POST /api/v5/trade/cancel-batch-orders instId=ETH-USDT", 2),
            ]
        );
        // A batch of one order counts as the single request does, against its 60.
        let alone =
            endpoints::AMEND_BATCH_ORDERS.post(serde_json::to_string(&items[3..4]).unwrap());
        assert_eq!(
            slot(&alone),
            [Slot {
                limit: 60,
                ..one_slot("POST /api/v5/trade/amend-order instId=ETH-USDT", 1)
            }]
        );
        // 300 orders per 2 s: fifteen batches of 20 fit, the sixteenth waits.
        let entries: Vec<Entry> = (0..15)
            .map(|i| Entry {
                weight: 20,
                ..answered(i)
            })
            .collect();
        assert_eq!(wait_ms(&entries[..14], 300, 20, 100), 0);
        assert_eq!(
            wait_ms(&entries, 300, 20, 100),
            WINDOW_MS + ANSWERED_MARGIN_MS - 100
        );
        // A batch of 5 fits once 5 orders' worth expired: the first entry (20).
        assert_eq!(
            wait_ms(&entries, 300, 5, 100),
            WINDOW_MS + ANSWERED_MARGIN_MS - 100
        );
        // 280 in the window: 20 more fit, 21 wait.
        assert_eq!(
            wait_ms(&entries[..14], 300, 21, 100),
            WINDOW_MS + ANSWERED_MARGIN_MS - 100
        );
    }

    fn one_slot(key: &str, weight: usize) -> Slot {
        Slot {
            key: key.into(),
            weight,
            limit: 300,
            window_ms: 2_000,
        }
    }

    const WINDOW_MS: i64 = DEFAULT_WINDOW_MS;

    fn answered(at_ms: i64) -> Entry {
        Entry {
            at_ms,
            id: at_ms as u64,
            answered: true,
            window_ms: WINDOW_MS,
            weight: 1,
        }
    }

    #[test]
    fn waits_for_the_answer_limit_requests_back() {
        let entries: Vec<Entry> = (0..10).map(answered).collect();
        // 10 per 2 s: the 11th waits until the first answer is 2 s old.
        assert_eq!(wait_ms(&entries[..9], 10, 1, 100), 0);
        assert_eq!(
            wait_ms(&entries, 10, 1, 100),
            WINDOW_MS + ANSWERED_MARGIN_MS - 100
        );
        assert_eq!(wait_ms(&entries, 10, 1, 5_000), 0);
    }

    #[test]
    fn in_flight_requests_count_with_a_network_margin() {
        let mut entries: Vec<Entry> = (0..9).map(answered).collect();
        entries.push(Entry {
            at_ms: 0,
            id: 99,
            answered: false,
            window_ms: WINDOW_MS,
            weight: 1,
        });
        assert_eq!(wait_ms(&entries, 1, 1, 0), WINDOW_MS + IN_FLIGHT_MARGIN_MS);
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
            wait_ms(&ledger[path], 5, 1, now) > 1_500,
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
