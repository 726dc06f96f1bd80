//! The audit log as a write-ahead log: an order's intent is on disk before the order is sent
//! (and stays when the answer is lost), the answer follows with OKX's sCode; a log that cannot
//! be written (a device, a FIFO, a symlink) stops okx before anything is sent, without hanging.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::support::*;

const ORDER: &str = "/api/v5/trade/order";

/// The order POSTs okx sent (the look-up after a lost answer GETs the same path).
fn order_posts(sim: &Sim) -> Vec<okx_sim::LogEntry> {
    requests_to(sim, ORDER)
        .into_iter()
        .filter(|e| e.method == "POST")
        .collect()
}

/// The audit log's lines, parsed.
fn lines(log: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    assert_no_secrets(&[&text]);
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Index of the first line for a POST to the order path with this event.
fn find(lines: &[Value], event: &str) -> Option<usize> {
    lines
        .iter()
        .position(|l| l["event"] == event && l["method"] == "POST" && l["path"] == ORDER)
}

fn place_args<'a>(log: &'a str, cl_ord_id: &'a str) -> Vec<&'a str> {
    vec![
        "--audit-log",
        log,
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.001",
        "--type",
        "market",
        "--cl-ord-id",
        cl_ord_id,
        "--json",
    ]
}

fn assert_refused(sim: &Sim, sb: &Sandbox, log: &Path, what: &str) {
    let log_s = log.to_str().unwrap();
    let started = Instant::now();
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(place_args(log_s, "refused1"))
        // A hang is a failure, not a stuck suite: assert_cmd kills okx after this.
        .timeout(Duration::from_secs(30)));
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "{what}: okx hung"
    );
    assert_eq!(code, 3, "{what}: {out}{err}");
    assert!(
        err.contains(log_s) && err.contains("regular file") && err.contains("nothing was sent"),
        "{what}: the error names the file and the fix: {err}"
    );
    assert!(
        order_posts(sim).is_empty() && sim.log().iter().all(|e| !from_okx(e)),
        "{what}: okx sent something: {:?}",
        sim.log()
    );
    assert!(sim.orders().is_empty(), "{what}");
}

#[test]
fn an_audit_log_that_is_not_a_regular_file_stops_the_order_before_anything_is_sent() {
    let sim = sim();
    let sb = Sandbox::new();

    assert_refused(&sim, &sb, Path::new("/dev/full"), "/dev/full");

    let fifo = sb.path().join("audit.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    // No reader: opening it for writing would block without O_NONBLOCK.
    assert_refused(&sim, &sb, &fifo, "a FIFO with no reader");
    // With a reader, the open succeeds, but a FIFO is still no log.
    let reader = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
            .expect("open the FIFO for reading")
    };
    assert_refused(&sim, &sb, &fifo, "a FIFO with a reader");
    drop(reader);

    // A symlink is not followed, to an existing file or to one it would create.
    let target = sb.path().join("other.txt");
    std::fs::write(&target, "not an audit log\n").unwrap();
    let link = sb.path().join("audit-link.jsonl");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert_refused(&sim, &sb, &link, "a symlink to a file");
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "not an audit log\n"
    );
    let dangling = sb.path().join("dangling.jsonl");
    std::os::unix::fs::symlink(sb.path().join("created.txt"), &dangling).unwrap();
    assert_refused(&sim, &sb, &dangling, "a dangling symlink");
    assert!(!sb.path().join("created.txt").exists());
}

/// `okx` as a child process (not waited for), pointed at the stand-in with its credentials.
fn spawn_okx(sb: &Sandbox, sim: &Sim, args: &[&str]) -> std::process::Child {
    sb.okx_process(sim)
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn okx")
}

#[test]
fn the_intent_is_on_disk_before_the_order_is_sent_and_the_answer_follows() {
    let sim = sim();
    let sb = Sandbox::new();
    let log = sb.path().join("audit.jsonl");
    // The answer is held back, so the log can be read while the order is at the stand-in.
    sim.inject(
        &format!("POST {ORDER}"),
        Fault::Slow(Duration::from_secs(3)),
        1,
    );
    let mut child = spawn_okx(&sb, &sim, &place_args(log.to_str().unwrap(), "wal1"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while order_posts(&sim).is_empty() {
        assert!(Instant::now() < deadline, "the order never arrived");
        assert!(child.try_wait().unwrap().is_none(), "okx ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
    let in_flight = lines(&log);
    let intent = find(&in_flight, "intent").expect("the intent is written before the answer");
    assert!(
        find(&in_flight, "answer").is_none(),
        "no answer yet: {in_flight:?}"
    );
    let i = &in_flight[intent];
    assert_eq!(i["clOrdId"], "wal1");
    assert!(i["time"].as_str().unwrap().ends_with('Z'), "{i}");
    assert!(
        i["body"].as_str().unwrap().contains("\"clOrdId\":\"wal1\""),
        "{i}"
    );
    assert_eq!(
        i["body"].as_str().unwrap(),
        order_posts(&sim)[0].body,
        "the intent records the exact body sent"
    );

    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_no_secrets(&[&stdout, &stderr]);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let all = lines(&log);
    let (intent, answer) = (find(&all, "intent").unwrap(), find(&all, "answer").unwrap());
    assert!(intent < answer, "{all:?}");
    let a = &all[answer];
    assert_eq!(a["clOrdId"], "wal1");
    assert_eq!(
        (a["status"].as_u64(), a["code"].as_str()),
        (Some(200), Some("0"))
    );
    assert_eq!(a["sCode"], "0", "{a}");
    assert!(a["sMsg"].is_string(), "{a}");
    assert_eq!(a["ordId"], json(&stdout)["ordId"], "{a}");
    // One intent per order sent.
    assert_eq!(
        all.iter().filter(|l| l["event"] == "intent").count(),
        order_posts(&sim).len()
    );
}

#[test]
fn a_lost_answer_still_has_its_intent_line() {
    let sim = sim();
    let sb = Sandbox::new();
    let log = sb.path().join("audit.jsonl");
    sim.inject(&format!("POST {ORDER}"), Fault::ResetAfterProcessing, 1);
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(place_args(log.to_str().unwrap(), "lost1")));
    // The look-up finds the order the stand-in did place.
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(order_posts(&sim).len(), 1, "sent once");
    let all = lines(&log);
    let intent = find(&all, "intent").expect("the intent survives a lost answer");
    assert_eq!(all[intent]["clOrdId"], "lost1");
    let answer = find(&all, "answer").unwrap();
    assert!(intent < answer);
    assert!(all[answer]["status"].is_null() && all[answer]["error"].is_string());
    assert!(all[answer]["sCode"].is_null(), "{}", all[answer]);
}

#[test]
fn a_raw_post_through_okx_api_is_logged_ahead_too() {
    let sim = sim();
    let sb = Sandbox::new();
    let log = sb.path().join("audit.jsonl");
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "--audit-log",
        log.to_str().unwrap(),
        "api",
        "POST",
        ORDER,
        "--body",
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"0.001","clOrdId":"raw1"}"#,
    ]));
    assert_eq!(code, 0, "{out}{err}");
    let all = lines(&log);
    let (intent, answer) = (find(&all, "intent").unwrap(), find(&all, "answer").unwrap());
    assert!(intent < answer);
    assert_eq!(all[intent]["clOrdId"], "raw1");
    assert_eq!(all[answer]["sCode"], "0");
    // Read-only requests have no intent line.
    assert!(all
        .iter()
        .filter(|l| l["event"] == "intent")
        .all(|l| l["method"] == "POST"));
}
