//! Secrets in memory: okx never lets a crash write them to a core file.

use std::time::Duration;

use okx_sim::Fault;

use crate::support::*;

/// `RLIMIT_CORE` is 0 (soft and hard) from the start of `main`, whatever the shell allowed: a
/// crash can never write the secret key and passphrase held in memory to a core file.
#[cfg(target_os = "linux")]
#[test]
fn okx_runs_with_core_dumps_off() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.inject(
        "/api/v5/market/ticker",
        Fault::Slow(Duration::from_secs(3)),
        1,
    );
    let okx = assert_cmd::cargo::cargo_bin("okx");
    let child = std::process::Command::new("sh")
        .arg("-c")
        // The premise: the shell allows core files (exit 99 if it cannot), then becomes okx.
        .arg(r#"ulimit -c unlimited || exit 99; exec "$0" ticker BTC-USDT"#)
        .arg(&okx)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", sb.path())
        .env("OKX_BASE_URL", sim.base_url())
        .current_dir(sb.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start sh");
    let limits = format!("/proc/{}/limits", child.id());
    // Wait until the shell has exec'd okx and okx has sent its request (the answer takes 3 s).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while requests_to(&sim, "/api/v5/market/ticker").is_empty() {
        assert!(std::time::Instant::now() < deadline, "okx sent no request");
        std::thread::sleep(Duration::from_millis(20));
    }
    let exe = std::fs::read_link(format!("/proc/{}/exe", child.id())).expect("exe");
    assert_eq!(exe.file_name(), okx.file_name(), "okx is running, not sh");
    let text = std::fs::read_to_string(&limits).expect("read limits");
    let line = text
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap_or_else(|| panic!("{text}"));
    let fields: Vec<&str> = line.split_whitespace().collect();
    // "Max core file size  0  0  bytes"
    assert_eq!(&fields[4..6], ["0", "0"], "{line}");
    let out = child.wait_with_output().expect("wait for okx");
    assert!(out.status.success(), "{out:?}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
