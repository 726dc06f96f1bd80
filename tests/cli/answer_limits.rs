//! A hostile or broken server (issue 12): an answer is read into at most 16 MiB, and the whole
//! request, a slow body included, ends within `--timeout`.

use std::time::{Duration, Instant};

use okx_sim::Fault;

use crate::support::*;

const TICKER: &str = "/api/v5/market/ticker";
const MIB: usize = 1 << 20;

/// A ticker envelope as OKX sends it, padded with JSON whitespace to `len` bytes.
fn padded_ticker(len: usize) -> String {
    let head = r#"{"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","last":"65000.1","lastSz":"0.1","askPx":"65000.2","askSz":"1","bidPx":"65000","bidSz":"1","open24h":"64000","high24h":"66000","low24h":"63000","volCcy24h":"1","vol24h":"1","ts":"1700000000000","sodUtc0":"64000","sodUtc8":"64000"}]"#;
    format!("{head}{}}}", " ".repeat(len - head.len() - 1))
}

/// `cmd` (an okx process) run to completion as a child of this test, with the peak memory of
/// that one process (`wait4`'s `ru_maxrss`, in bytes): (exit code, stderr, peak memory).
#[cfg(target_os = "linux")]
pub(crate) fn run_measured(mut cmd: std::process::Command) -> (i32, String, u64) {
    use std::os::unix::process::CommandExt;
    let stderr = tempfile::NamedTempFile::new().unwrap();
    // A regression must fail this test, not exhaust the machine: 2 GiB of address space at most.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 2 << 30,
                rlim_max: 2 << 30,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(stderr.reopen().unwrap())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    // Reaped here, not by `Child`, to read this process's own resource usage.
    let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
    std::mem::forget(child);
    let err = std::fs::read_to_string(stderr.path()).unwrap();
    assert_no_secrets(&[&err]);
    assert!(!err.contains("panicked"), "okx panicked:\n{err}");
    assert!(
        libc::WIFEXITED(status),
        "okx did not exit normally: {status}\n{err}"
    );
    let code = libc::WEXITSTATUS(status);
    (code, err, usage.ru_maxrss as u64 * 1024)
}

/// An answer that never ends (it took 2.4 GB before) is cut off after 16 MiB: a clear network
/// error, exit 6, and okx's memory stays small. Each of the four tries meets the same flood.
#[cfg(target_os = "linux")]
#[test]
fn an_endless_answer_is_cut_off_at_16_mib() {
    let sim = sim();
    let flood = Fault::Endless {
        chunk: 64 * 1024,
        pause: Duration::ZERO,
    };
    sim.inject(TICKER, flood, 10);
    let sb = Sandbox::new();
    let mut okx = sb.okx_process(&sim);
    okx.args(["ticker", "BTC-USDT", "--json"]);
    let (code, err, peak) = run_measured(okx);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("longer than 16 MiB"),
        "the error says why: {err}"
    );
    assert!(
        peak < 96 * MIB as u64,
        "okx grew to {} MiB reading an endless answer",
        peak >> 20
    );
    assert_eq!(requests_to(&sim, TICKER).len(), 4, "bounded retries");
}

/// An answer that announces more than 16 MiB is refused; one just under it is read.
#[test]
fn an_answer_over_16_mib_is_refused_and_one_under_it_is_read() {
    let sim = sim();
    let sb = Sandbox::new();
    let raw = |len| Fault::Raw {
        status: 200,
        body: padded_ticker(len),
        process: false,
    };
    sim.inject(TICKER, raw(16 * MIB + 1), 4);
    let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT", "--json"]));
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("longer than 16 MiB"), "{err}");

    sim.inject(TICKER, raw(16 * MIB), 1);
    let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["last"], "65000.1");
}

/// A body that trickles a byte at a time ends within `--timeout`, counted from the request, not
/// restarted when the headers arrive: here the headers take 2.5 s of a 3 s timeout, so a timeout
/// that restarted for the body would end after 5.5 s.
#[test]
fn a_trickling_answer_ends_within_the_timeout() {
    let sim = sim();
    let trickle = Fault::Endless {
        chunk: 1,
        pause: Duration::from_millis(2_500),
    };
    sim.inject(TICKER, trickle, 1);
    let sb = Sandbox::new();
    let started = Instant::now();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(["ticker", "BTC-USDT", "--json", "--timeout", "3"]));
    let took = started.elapsed();
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("no answer to GET /api/v5/market/ticker") && err.contains("within 3 s"),
        "{err}"
    );
    // The trickle would last minutes; a loaded machine may add a few seconds of start-up.
    assert!(
        took < Duration::from_millis(9_000),
        "took {took:?} with --timeout 3"
    );
    assert_eq!(
        requests_to(&sim, TICKER).len(),
        1,
        "a timeout is not retried"
    );
}

/// An order-changing request whose answer never ends may have been processed: exit 7, never
/// resent.
#[test]
fn an_endless_answer_to_a_post_is_an_unknown_outcome() {
    let sim = sim();
    let path = "/api/v5/trade/cancel-order";
    let flood = Fault::Endless {
        chunk: 64 * 1024,
        pause: Duration::ZERO,
    };
    sim.inject(path, flood, 1);
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "api",
        "POST",
        path,
        "-f",
        "instId=BTC-USDT",
        "-f",
        "ordId=1",
    ]));
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("longer than 16 MiB") && err.contains("may or may not have taken effect"),
        "{err}"
    );
    assert_eq!(sim.log().len(), 1, "never resent");
}
