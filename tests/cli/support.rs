//! Shared helpers: a hermetic `okx` command in its own temporary directory.

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use okx_sim::{Account, Sim, SimConfig};

/// Recognisable credentials: any test output that contains the secret or the passphrase is a
/// leak. The secret is 32 hex characters, the shape of a real OKX secret key.
pub const API_KEY: &str = "985d5b66-57ce-40fb-b714-afc0b9787083";
pub const API_KEY_FINGERPRINT: &str = "985d…7083";
pub const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
pub const PASSPHRASE: &str = "Leak-Canary-Passphrase-7";

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, content: &str) -> &Self {
        std::fs::write(self.path().join(name), content).expect("write file");
        self
    }

    /// `okx` with an empty environment (only PATH kept), HOME and the working directory inside
    /// the sandbox.
    pub fn okx(&self) -> Command {
        let mut c = Command::cargo_bin("okx").expect("okx binary");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .current_dir(self.path());
        c
    }

    /// `okx` with the test credentials in the environment.
    pub fn okx_with_creds(&self) -> Command {
        let mut c = self.okx();
        c.env("OKX_API_KEY", API_KEY)
            .env("OKX_SECRET_KEY", SECRET)
            .env("OKX_PASSPHRASE", PASSPHRASE);
        c
    }
}

/// Runs a command and returns (exit code, stdout, stderr). Every output of every okx run in
/// the suite passes through here and is scanned for the canary credentials: the suite's own and
/// the stand-in's (a leak fails the test that caused it), and for a panic.
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("run okx");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_no_secrets(&[&stdout, &stderr]);
    assert!(!stderr.contains("panicked"), "okx panicked:\n{stderr}");
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

/// Fails if a secret key, a passphrase or a whole API key appears in the given outputs.
pub fn assert_no_secrets(outputs: &[&str]) {
    let (live, demo) = (Account::live(), Account::demo());
    let canaries = [
        (SECRET, "secret key"),
        (PASSPHRASE, "passphrase"),
        (API_KEY, "full API key"),
        (live.secret_key.as_str(), "stand-in secret key"),
        (live.passphrase.as_str(), "stand-in passphrase"),
        (live.api_key.as_str(), "stand-in full API key"),
        (demo.secret_key.as_str(), "stand-in demo secret key"),
        (demo.passphrase.as_str(), "stand-in demo passphrase"),
        (demo.api_key.as_str(), "stand-in demo full API key"),
    ];
    for o in outputs {
        for (canary, what) in canaries {
            assert!(!o.contains(canary), "{what} leaked in output:\n{o}");
        }
    }
}

pub fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}"))
}

/// A stand-in with default settings (rate limits on, current 300-row history cap).
pub fn sim() -> Sim {
    sim_with(SimConfig::default())
}

pub fn sim_with(config: SimConfig) -> Sim {
    Sim::start(config).expect("start okx-sim")
}

impl Sandbox {
    /// `okx` pointed at the stand-in, without credentials.
    pub fn okx_at(&self, sim: &Sim) -> Command {
        let mut c = self.okx();
        c.env("OKX_BASE_URL", sim.base_url())
            .env("OKX_WS_URL", sim.ws_url());
        c
    }

    /// `okx` pointed at the stand-in with its live account's credentials.
    pub fn okx_signed(&self, sim: &Sim) -> Command {
        let a = Account::live();
        let mut c = self.okx_at(sim);
        c.env("OKX_API_KEY", &a.api_key)
            .env("OKX_SECRET_KEY", &a.secret_key)
            .env("OKX_PASSPHRASE", &a.passphrase);
        c
    }
}

impl Sandbox {
    /// `okx` as a plain process (to spawn, signal, or give its own stdout), hermetic like
    /// `okx()`, pointed at the stand-in with its live account's credentials; stderr piped.
    pub fn okx_process(&self, sim: &Sim) -> std::process::Command {
        let a = Account::live();
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("okx"));
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("OKX_BASE_URL", sim.base_url())
            .env("OKX_API_KEY", &a.api_key)
            .env("OKX_SECRET_KEY", &a.secret_key)
            .env("OKX_PASSPHRASE", &a.passphrase)
            .current_dir(self.path())
            .stderr(std::process::Stdio::piped());
        c
    }
}

impl Sandbox {
    /// `okx watch ARGS` in the background against the stand-in (REST and WebSocket), with its
    /// live account's credentials; stdout and stderr piped.
    pub fn spawn_watch(&self, sim: &Sim, args: &[&str]) -> std::process::Child {
        self.okx_process(sim)
            .env("OKX_WS_URL", sim.ws_url())
            .arg("watch")
            .args(args)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn okx watch")
    }
}

/// Waits for a spawned okx to end, killing it (by handle, never by a PID that may have been
/// reused) if it outlives `limit`: (exit code, stdout, stderr). Output is read while it runs, so
/// a stream writing more than a pipe holds cannot stall it; both are scanned for credentials.
pub fn finish(mut child: std::process::Child, limit: Duration) -> (i32, String, String) {
    use std::io::Read;
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            if let Some(mut r) = r {
                let _ = r.read_to_string(&mut s);
            }
            s
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait for okx") {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            break child.wait().expect("wait for okx");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (out, err) = (
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    );
    assert_no_secrets(&[&out, &err]);
    (status.code().unwrap_or(-1), out, err)
}

/// Waits until `cond` holds (or panics after 10 s).
pub fn wait_for(what: &str, cond: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// How many WebSocket requests with this `op` okx sent to the stand-in.
pub fn ws_sent(sim: &Sim, op: &str) -> usize {
    sim.ws_log()
        .iter()
        .filter(|e| e.text.contains(&format!("\"op\":\"{op}\"")))
        .count()
}

/// NDJSON output, one value a line.
pub fn ndjson(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// The open times of candles written as CSV (after the header row).
pub fn csv_ts(out: &str) -> Vec<i64> {
    out.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect()
}

/// GETs a path from the stand-in directly (not through okx) and returns its `data`.
pub fn sim_data(sim: &Sim, path_and_query: &str) -> serde_json::Value {
    let body = reqwest::blocking::get(format!("{}{path_and_query}", sim.base_url()))
        .and_then(|r| r.text())
        .expect("GET from okx-sim");
    let v: serde_json::Value = serde_json::from_str(&body).expect("okx-sim JSON");
    assert_eq!(v["code"], "0", "{body}");
    v["data"].clone()
}

/// Requests okx (recognised by its user agent) sent to a path (without query), in order.
pub fn requests_to(sim: &Sim, path: &str) -> Vec<okx_sim::LogEntry> {
    sim.log()
        .into_iter()
        .filter(|e| e.path == path && from_okx(e))
        .collect()
}

pub fn from_okx(e: &okx_sim::LogEntry) -> bool {
    e.headers
        .iter()
        .any(|(k, v)| k == "user-agent" && v.starts_with("okx/"))
}

/// A whole-minute time `minutes` before the stand-in's now.
pub fn minutes_ago(sim: &Sim, minutes: i64) -> i64 {
    (sim.now_ms() / 60_000 - minutes) * 60_000
}

/// Candle open times that are exactly the bars of `[since, until]`, `bar` ms apart: the count,
/// first and last at the bounds, strictly increasing, no gap, no duplicate.
pub fn assert_exact_range(ts: &[i64], since: i64, until: i64, bar: i64) {
    assert_eq!(ts.len() as i64, (until - since) / bar + 1, "count");
    assert_eq!(ts.first(), Some(&since), "first candle at --since");
    assert_eq!(ts.last(), Some(&until), "last candle at --until");
    assert!(
        ts.windows(2).all(|w| w[1] - w[0] == bar),
        "strictly increasing, no gap, no duplicate"
    );
}
