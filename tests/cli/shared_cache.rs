//! The shared cache and pacing ledger in `~/.cache/okx` (issue 12): a corrupt ledger is rebuilt,
//! entries from the future are dropped, a stalled lock holder delays okx at most `--timeout`,
//! and a cache path that is a symlink, a FIFO, `/dev/zero` or a huge file is never followed,
//! never hangs okx and never grows its memory.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use okx_sim::Sim;

use crate::support::*;

const TICKER: &str = "/api/v5/market/ticker";
const MIB: u64 = 1 << 20;
/// The bytes of issue 12's corrupt ledger: not UTF-8, not JSON.
const GARBAGE: &[u8] = b"\xff\xfe\x00garbage\x80";
/// What okx says when it paces alone.
const PACING_OFF: &str = "cross-process pacing is off";

/// The cache file `name` of okx pointed at `sim`, in the sandbox's `~/.cache/okx`.
fn cache_file(sb: &Sandbox, sim: &Sim, name: &str) -> PathBuf {
    sb.path()
        .join(".cache/okx")
        .join(format!("{name}-127.0.0.1_{}.json", sim.port()))
}

fn cache_dir(sb: &Sandbox) -> PathBuf {
    let dir = sb.path().join(".cache/okx");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `okx ticker` for two instruments, given at most `limit` to finish (a hang fails the test
/// instead of the suite).
fn tickers(sb: &Sandbox, sim: &Sim, extra: &[&str]) -> (i32, String, String, Duration) {
    let started = Instant::now();
    let (code, out, err) = run(sb
        .okx_at(sim)
        .args(["ticker", "BTC-USDT", "ETH-USDT", "--json"])
        .args(extra)
        .timeout(Duration::from_secs(60)));
    (code, out, err, started.elapsed())
}

/// Issue 12: with the ledger corrupt, every process used to pace alone and 40 parallel tickers
/// met dozens of 429s. The first process rebuilds it (and says so, once); then 30 processes at
/// three times the rate limit share it again and see no 429.
#[test]
fn a_corrupt_ledger_is_rebuilt_and_thirty_processes_see_no_429() {
    let sim = sim(); // rate limits on: ticker 20 per 2 s
    let sb = Sandbox::new();
    cache_dir(&sb);
    let ledger = cache_file(&sb, &sim, "pacing");
    std::fs::write(&ledger, GARBAGE).unwrap();
    let children: Vec<_> = (0..30)
        .map(|_| {
            Command::new(assert_cmd::cargo::cargo_bin("okx"))
                .env_clear()
                .env("HOME", sb.path())
                .env("OKX_BASE_URL", sim.base_url())
                .current_dir(sb.path())
                .args(["ticker", "BTC-USDT", "ETH-USDT", "--json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut rebuilt = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(!err.contains(PACING_OFF), "{err}");
        assert!(!err.contains("retrying"), "{err}");
        rebuilt += err.matches("rebuilt it").count();
    }
    assert_eq!(rebuilt, 1, "the first process rebuilds it and says so");
    let log = requests_to(&sim, TICKER);
    assert_eq!(log.len(), 60, "no retries");
    assert_eq!(log.iter().filter(|e| e.status == 429).count(), 0);
    let text = std::fs::read(&ledger).unwrap();
    serde_json::from_slice::<serde_json::Value>(&text).expect("a JSON ledger again");
}

/// A cache directory that cannot exist (its path is a file): okx works, pacing alone, and says
/// once that cross-process pacing is off.
#[test]
fn an_unusable_cache_directory_turns_cross_process_pacing_off_once() {
    let sim = sim();
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.path().join(".cache")).unwrap();
    std::fs::write(sb.path().join(".cache/okx"), "not a directory").unwrap();
    let (code, out, err, _) = tickers(&sb, &sim, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    assert_eq!(err.matches(PACING_OFF).count(), 1, "{err}");
}

/// Entries stamped an hour ahead (written before the wall clock stepped back an hour) used to
/// make every okx process sleep for the hour, whatever `--timeout`. They are dropped.
#[test]
fn ledger_entries_from_the_future_are_dropped() {
    let sim = sim();
    let sb = Sandbox::new();
    cache_dir(&sb);
    let hour_ahead = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
        + 3_600_000;
    // Twice the ticker's limit, all answered an hour from now.
    let entries: Vec<_> = (0..40)
        .map(|i| serde_json::json!({"at_ms": hour_ahead, "id": i, "answered": true, "window_ms": 2000}))
        .collect();
    let ledger = serde_json::json!({ "GET /api/v5/market/ticker": entries });
    std::fs::write(cache_file(&sb, &sim, "pacing"), ledger.to_string()).unwrap();
    let (code, out, err, took) = tickers(&sb, &sim, &["--timeout", "2"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert!(!err.contains("warning"), "nothing to warn about: {err}");
}

/// Another process holding the ledger's lock and never letting go (stalled, stopped with
/// SIGSTOP) used to block every okx process forever. okx waits at most `--timeout`, then paces
/// alone and says so.
#[test]
fn a_stalled_lock_holder_delays_okx_at_most_its_timeout() {
    let sim = sim();
    let sb = Sandbox::new();
    cache_dir(&sb);
    let path = cache_file(&sb, &sim, "pacing");
    let holder = File::create(&path).unwrap();
    holder.lock().unwrap();
    let (code, out, err, took) = tickers(&sb, &sim, &["--timeout", "1"]);
    holder.unlock().unwrap();
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert_eq!(err.matches(PACING_OFF).count(), 1, "{err}");
    assert!(err.contains("locked for 1 s (--timeout)"), "{err}");
}

/// A symlink at a cache path (the ledger, the clock, the instrument list) is never followed: its
/// target stays as it was, also across users sharing a cache directory. The ledger is then not
/// used (said once); the instrument list is replaced by a file of okx's own.
#[cfg(unix)]
#[test]
fn cache_symlinks_are_never_written_through() {
    let sim = sim();
    let sb = Sandbox::new();
    cache_dir(&sb);
    let precious = sb.path().join("precious.txt");
    std::fs::write(&precious, "someone else's file\n").unwrap();
    let names = ["pacing", "clock", "instruments-SPOT"];
    for name in names {
        std::os::unix::fs::symlink(&precious, cache_file(&sb, &sim, name)).unwrap();
    }
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "place", "BTC-USDT", "buy", "0.001"])
        .args(["--type", "market", "--dry-run"])
        .timeout(Duration::from_secs(60)));
    assert_eq!(code, 0, "{err}");
    let (code, _, err2, _) = tickers(&sb, &sim, &[]);
    assert_eq!(code, 0, "{err2}");
    assert_eq!(
        std::fs::read_to_string(&precious).unwrap(),
        "someone else's file\n"
    );
    for err in [&err, &err2] {
        assert_eq!(err.matches(PACING_OFF).count(), 1, "{err}");
        assert!(err.contains("symbolic link"), "{err}");
    }
    let list = cache_file(&sb, &sim, "instruments-SPOT");
    assert!(
        std::fs::symlink_metadata(&list).unwrap().is_file(),
        "the link itself was replaced by okx's own file"
    );
}

/// A FIFO at a cache path used to hang okx forever on reading it. It is refused at once.
#[cfg(unix)]
#[test]
fn a_fifo_at_a_cache_path_does_not_hang_okx() {
    let sim = sim();
    let sb = Sandbox::new();
    cache_dir(&sb);
    for name in ["pacing", "clock", "instruments-SPOT"] {
        let path = cache_file(&sb, &sim, name);
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    }
    let started = Instant::now();
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "place", "BTC-USDT", "buy", "0.001"])
        .args(["--type", "market", "--dry-run", "--timeout", "2"])
        .timeout(Duration::from_secs(60)));
    assert_eq!(code, 0, "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(err.matches(PACING_OFF).count(), 1, "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    let (code, _, err, took) = tickers(&sb, &sim, &["--timeout", "2"]);
    assert_eq!(code, 0, "{err}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

/// `/dev/zero` linked at a cache path, or a huge (sparse) cache file, used to be read whole into
/// memory. okx's memory stays small: links are not followed, large files are not read, and a
/// huge ledger is rebuilt.
#[cfg(target_os = "linux")]
#[test]
fn dev_zero_and_huge_cache_files_do_not_grow_memory() {
    use crate::answer_limits::run_measured;
    let sim = sim();
    let sb = Sandbox::new();
    cache_dir(&sb);
    for name in ["pacing", "clock"] {
        std::os::unix::fs::symlink("/dev/zero", cache_file(&sb, &sim, name)).unwrap();
    }
    // 4 GiB that take no disk.
    let list = cache_file(&sb, &sim, "instruments-SPOT");
    File::create(&list).unwrap().set_len(4 << 30).unwrap();
    let mut order = sb.okx_process(&sim);
    order
        .args(["order", "place", "BTC-USDT", "buy", "0.001"])
        .args(["--type", "market", "--dry-run"]);
    let (code, err, peak) = run_measured(order);
    assert_eq!(code, 0, "{err}");
    assert!(peak < 96 * MIB, "okx grew to {} MiB", peak >> 20);
    assert_eq!(err.matches(PACING_OFF).count(), 1, "{err}");
    assert!(
        std::fs::metadata(&list).unwrap().len() < MIB,
        "the instrument list was fetched again and replaced"
    );

    // A huge ledger is a corrupt one: rebuilt, without reading it.
    let ledger = cache_file(&sb, &sim, "pacing");
    std::fs::remove_file(&ledger).unwrap();
    File::create(&ledger).unwrap().set_len(4 << 30).unwrap();
    let mut ticker = sb.okx_process(&sim);
    ticker.args(["ticker", "BTC-USDT"]);
    let (code, err, peak) = run_measured(ticker);
    assert_eq!(code, 0, "{err}");
    assert!(peak < 96 * MIB, "okx grew to {} MiB", peak >> 20);
    assert_eq!(err.matches("rebuilt it").count(), 1, "{err}");
    assert!(!err.contains(PACING_OFF), "{err}");
    assert!(std::fs::metadata(&ledger).unwrap().len() < MIB);
}
