//! `okx deadman`: OKX's cancel-all-after armed and refreshed by the real binary against the
//! stand-in, whose timer really cancels (on the sim clock, which the tests move instead of
//! waiting). Killed, okx stops refreshing and every order goes; a clean exit disarms it.

use std::process::{Child, Command as Process, Stdio};
use std::time::Duration;

use okx_sim::{Account, Fault, Sim};
use serde_json::Value;

use crate::support::*;

const PATH: &str = "/api/v5/trade/cancel-all-after";

/// Resting orders of the live account: two spot buys (put there by the stand-in) and a SWAP
/// buy far below the market placed by okx; their `ordId`s.
fn resting(sb: &Sandbox, sim: &Sim) -> Vec<String> {
    let mut ids = sim.add_resting_orders(&Account::live().api_key, "BTC-USDT", 2);
    let mark = sim_data(
        sim,
        "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP",
    );
    let mark: f64 = mark[0]["markPx"].as_str().unwrap().parse().unwrap();
    let px = ((mark * 0.8) as i64 / 100 * 100).to_string();
    let (code, out, err) = run(sb.okx_signed(sim).args([
        "order",
        "place",
        "BTC-USDT-SWAP",
        "buy",
        "1",
        "--td-mode",
        "cross",
        "--price",
        &px,
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    ids.push(json(&out)["ordId"].as_str().unwrap().to_string());
    ids
}

/// The states of these orders on the stand-in.
fn states(sim: &Sim, ids: &[String]) -> Vec<String> {
    let all = sim.orders();
    ids.iter()
        .map(|id| {
            let o = all.iter().find(|o| o["ordId"] == id.as_str()).unwrap();
            o["state"].as_str().unwrap().to_string()
        })
        .collect()
}

fn all_are(sim: &Sim, ids: &[String], state: &str) -> bool {
    states(sim, ids).iter().all(|s| s == state)
}

/// The `timeOut`s okx sent, in order, with the HTTP status of each.
fn sent(sim: &Sim) -> Vec<(String, u16)> {
    requests_to(sim, PATH)
        .iter()
        .map(|e| {
            let body: Value = serde_json::from_str(&e.body).unwrap();
            (body["timeOut"].as_str().unwrap().to_string(), e.status)
        })
        .collect()
}

/// Moves the sim clock `ms` past now, then makes a request, which the stand-in answers only
/// after firing every switch whose time has come: after it, the orders are as the switch left
/// them.
fn advance(sim: &Sim, ms: i64) {
    sim.set_clock_offset_ms(ms);
    sim_data(sim, "/api/v5/public/time");
}

fn spawn(sb: &Sandbox, sim: &Sim, args: &[&str]) -> Child {
    sb.okx_process(sim)
        .arg("deadman")
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn okx deadman")
}

fn signal(child: &Child, name: &str) {
    let ok = Process::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(ok.success());
}

/// Waits until okx has armed the switch `n` times (answered).
fn wait_for_arms(sim: &Sim, n: usize) {
    wait_for(&format!("{n} arm(s)"), || {
        sent(sim)
            .iter()
            .filter(|(t, s)| t != "0" && *s == 200)
            .count()
            >= n
    });
}

#[test]
fn once_arms_and_okx_cancels_every_order_when_the_time_passes() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let (code, out, err) = run(sb.okx_signed(&sim).args(["deadman", "10s", "--once"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("LIVE trading on http://127.0.0.1"), "{err}");
    assert!(err.contains("okx deadman off"), "{err}");
    assert_eq!(sent(&sim), [("10".to_string(), 200)]);
    let line = json(&out);
    assert_eq!(line["result"], "armed", "{out}");
    assert_eq!(line["timeOut"], "10");
    // OKX's item as sent, and the time in UTC.
    let trigger: i64 = line["triggerTime"].as_str().unwrap().parse().unwrap();
    let at = time::OffsetDateTime::parse(
        line["cancelAt"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!(at.unix_timestamp(), trigger / 1000, "{out}");
    assert!(err.contains(line["cancelAt"].as_str().unwrap()), "{err}");

    // Not yet: the orders rest while the countdown runs.
    advance(&sim, 8_000);
    assert!(all_are(&sim, &ids, "live"));
    // okx is gone and nobody refreshed it: OKX cancels everything, spot and swap.
    sim.set_clock_offset_ms(10_500);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
}

#[test]
fn a_trigger_time_in_seconds_is_read_as_seconds() {
    let sim = sim();
    sim.set_cancel_all_after_seconds(true);
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["deadman", "2m", "--once"]));
    assert_eq!(code, 0, "{err}");
    let line = json(&out);
    let trigger: i64 = line["triggerTime"].as_str().unwrap().parse().unwrap();
    assert!(trigger < 1_000_000_000_000, "{out}");
    let at = time::OffsetDateTime::parse(
        line["cancelAt"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!(at.unix_timestamp(), trigger, "{out}");
    assert_eq!(sent(&sim), [("120".to_string(), 200)]);
}

#[test]
fn on_a_terminal_each_arm_is_a_readable_line() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .env("OKX_TEST_TTY", "1")
        .args(["deadman", "30s", "--once"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("armed: OKX cancels every pending order at 20")
            && out.contains("Z unless refreshed (timeOut 30 s)"),
        "{out}"
    );
}

/// The dead-man's switch itself: okx killed outright (no chance to disarm) stops refreshing,
/// and OKX cancels every order when the last countdown runs out.
#[test]
fn killed_with_sigkill_okx_stops_refreshing_and_every_order_is_canceled() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut child = spawn(&sb, &sim, &["10s", "--every", "2s"]);
    wait_for_arms(&sim, 1);
    let ids = resting(&sb, &sim);
    // It refreshes.
    wait_for_arms(&sim, 2);
    child.kill().expect("SIGKILL okx");
    let (code, out, _) = finish(child, Duration::from_secs(10));
    assert_eq!(code, -1, "killed by a signal");
    assert!(ndjson(&out).iter().all(|l| l["result"] != "disarmed"));
    assert!(sent(&sim).iter().all(|(t, s)| t == "10" && *s == 200));
    assert!(all_are(&sim, &ids, "live"));
    // No refresh comes any more: past the last trigger time, everything is canceled.
    sim.set_clock_offset_ms(10_500);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
    let canceled = sim.orders();
    assert!(canceled
        .iter()
        .filter(|o| ids.iter().any(|i| o["ordId"] == i.as_str()))
        .all(|o| o["cancelSource"] == "20"));
}

/// SIGTERM is a clean exit: okx disarms the switch (timeOut 0), so nothing is canceled when the
/// old trigger time passes. Refreshing every second stays within OKX's limit: no 429.
#[test]
fn sigterm_disarms_and_the_orders_stay() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut child = spawn(&sb, &sim, &["10s", "--every", "1s"]);
    wait_for_arms(&sim, 1);
    let ids = resting(&sb, &sim);
    wait_for_arms(&sim, 4);
    signal(&child, "TERM");
    let (code, out, err) = finish(
        std::mem::replace(&mut child, Process::new("true").spawn().unwrap()),
        Duration::from_secs(20),
    );
    let _ = child.wait();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stopping: disarming"), "{err}");
    let lines = ndjson(&out);
    assert_eq!(lines.last().unwrap()["result"], "disarmed", "{out}");
    assert_eq!(lines.last().unwrap()["triggerTime"], "0", "{out}");
    assert!(lines[1..lines.len() - 1]
        .iter()
        .all(|l| l["result"] == "refreshed"));
    let sent = sent(&sim);
    assert_eq!(sent.last().unwrap(), &("0".to_string(), 200));
    assert!(sent.iter().all(|(_, s)| *s == 200), "a 429: {sent:?}");
    // Past any trigger okx ever set: nothing happens.
    advance(&sim, 60_000);
    assert!(all_are(&sim, &ids, "live"));
}

/// The wrapped command's end is a clean exit: disarmed, and okx exits with its exit code. Its
/// stdout is its own.
#[test]
fn a_wrapped_command_ending_disarms_and_passes_its_exit_code_on() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "deadman",
        "30s",
        "--",
        "sh",
        "-c",
        "echo from-the-bot; sleep 1; exit 3",
    ]));
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "from-the-bot\n");
    assert!(
        err.contains("the command ended with exit status: 3"),
        "{err}"
    );
    assert_eq!(sent(&sim).first().unwrap(), &("30".to_string(), 200));
    assert_eq!(sent(&sim).last().unwrap(), &("0".to_string(), 200));
    advance(&sim, 60_000);
    assert!(all_are(&sim, &ids, "live"));

    // A command that succeeds: exit 0.
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["deadman", "30s", "--", "sleep", "1"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn keep_leaves_it_armed() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["deadman", "10s", "--keep", "--", "true"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stays armed (--keep)"), "{err}");
    assert!(sent(&sim).iter().all(|(t, _)| t == "10"));
    sim.set_clock_offset_ms(10_500);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
}

#[test]
fn off_disarms() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    run(sb.okx_signed(&sim).args(["deadman", "10s", "--once"]));
    let (code, out, err) = run(sb.okx_signed(&sim).args(["deadman", "off"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["result"], "disarmed", "{out}");
    assert_eq!(sent(&sim).last().unwrap(), &("0".to_string(), 200));
    advance(&sim, 60_000);
    assert!(all_are(&sim, &ids, "live"));
}

/// A disarm whose answer is lost is sent again; still lost, okx says loudly that OKX may cancel
/// everything, with the command that disarms it, and exits 7.
#[test]
fn a_lost_disarm_is_retried_then_reported_loudly() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.inject(&format!("POST {PATH}"), Fault::ResetAfterProcessing, 1);
    sim.inject(&format!("POST {PATH}"), Fault::Http500, 1);
    // Lost twice, then answered: disarmed.
    let (code, _, err) = run(sb.okx_signed(&sim).args(["deadman", "off"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(sent(&sim).len(), 3);

    // Armed by a run that is then stopped with every disarm lost.
    sim.clear_log();
    let child = spawn(&sb, &sim, &["60s", "--every", "50s"]);
    wait_for_arms(&sim, 1);
    sim.inject(&format!("POST {PATH}"), Fault::ResetAfterProcessing, 3);
    signal(&child, "TERM");
    let (code, _, err) = finish(child, Duration::from_secs(60));
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("MAY STILL BE ARMED"), "{err}");
    assert!(err.contains("okx deadman off"), "{err}");
    assert!(
        err.contains("OKX may cancel every pending order at 20"),
        "{err}"
    );
    assert_eq!(sent(&sim).len(), 4, "one arm, three disarms");
}

/// Bad countdowns and intervals: one line, exit 2, nothing sent.
#[test]
fn bad_durations_send_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, says) in [
        (&["5s"][..], "10 s to 120 s"),
        (&["121"][..], "10 s to 120 s"),
        (&["3m"][..], "10 s to 120 s"),
        (&["10.5s"][..], "whole seconds"),
        (&["0"][..], "off to disarm"),
        (&["soon"][..], "not a duration"),
        (
            &["30s", "--every", "30s"][..],
            "not shorter than the countdown",
        ),
        (&["30s", "--every", "500ms"][..], "too short"),
        (&["off", "--keep"][..], "only disarms"),
        (&["off", "--", "true"][..], "only disarms"),
        (
            &["30s", "--once", "--every", "5s"][..],
            "cannot be used with",
        ),
    ] {
        let (code, _, err) = run(sb.okx_signed(&sim).arg("deadman").args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
    assert!(sim.log().is_empty(), "{:?}", sim.log());
}

/// The lines of okx's stderr from the first that contains `from` on.
fn after<'a>(err: &'a str, from: &str) -> &'a str {
    &err[err
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in: {err}"))..]
}

/// The switch runs out while every refresh fails (HTTP 500): as soon as a failed refresh finds
/// OKX's clock past the trigger time, okx says loudly that OKX canceled every pending order,
/// and no longer claims a refresh could still save them; it keeps refreshing, and the refresh
/// that gets through arms it again, saying that it protects only the orders placed since. The
/// wrapped command's exit code stays okx's; the fired line is said again last.
#[test]
fn a_switch_that_runs_out_while_refreshes_fail_is_reported_loudly() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let child = sb
        .okx_process(&sim)
        .args([
            "deadman",
            "10s",
            "--every",
            "3s",
            "--",
            "sh",
            "-c",
            "sleep 8; exit 4",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn okx deadman");
    wait_for_arms(&sim, 1);
    sim.inject(&format!("POST {PATH}"), Fault::Http500, 3);
    // OKX's clock passes the trigger time before the next refresh: the switch fires.
    sim.set_clock_offset_ms(11_000);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
    let (code, _, err) = finish(child, Duration::from_secs(30));
    assert_eq!(code, 4, "the command's exit code: {err}");
    let sent = sent(&sim);
    assert_eq!(
        sent.iter().filter(|(t, s)| t == "10" && *s == 500).count(),
        3,
        "{sent:?}"
    );
    assert_eq!(sent.last().unwrap(), &("0".to_string(), 200), "disarmed");

    let fired = "okx: error: the dead-man's switch has FIRED: no refresh was confirmed in time, so OKX canceled every pending order at 20";
    assert!(err.contains(fired), "{err}");
    // Said when found: at the first failed refresh, before the refresh that got through.
    let since = after(&err, fired);
    assert!(
        !err[..err.find(fired).unwrap()].contains("okx: refreshed:"),
        "{err}"
    );
    assert!(since.contains("refreshing the dead-man's switch was not confirmed (HTTP 500"));
    assert!(
        !since.contains("unless a refresh gets through"),
        "still promising after it fired: {err}"
    );
    let again = since
        .find("the dead-man's switch is armed again: OKX cancels every pending order at 20")
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        since[again..].contains("protects only the orders placed since it fired"),
        "{err}"
    );
    // Said again at the end, after the disarm, with the command's failure.
    let last = after(&since[again..], "disarmed");
    assert!(last.contains(fired), "{err}");
    assert!(
        last.contains("the command ended with exit status: 4"),
        "{err}"
    );
}

/// Without a wrapped command, a switch that fired is okx's exit code: 11.
#[test]
fn without_a_command_a_switch_that_fired_exits_11() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let child = spawn(&sb, &sim, &["10s", "--every", "2s"]);
    wait_for_arms(&sim, 1);
    sim.inject(&format!("POST {PATH}"), Fault::Http500, 2);
    sim.set_clock_offset_ms(11_000);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
    // Armed again by a later refresh; then stopped cleanly.
    wait_for_arms(&sim, 2);
    signal(&child, "TERM");
    let (code, out, err) = finish(child, Duration::from_secs(30));
    assert_eq!(code, 11, "{err}");
    let lines = ndjson(&out);
    assert_eq!(lines.last().unwrap()["result"], "disarmed", "{out}");
    assert_eq!(
        err.matches("okx: error: the dead-man's switch has FIRED")
            .count(),
        2,
        "{err}"
    );
    assert!(err.contains("armed again"), "{err}");
}

/// A refresh confirmed only after the trigger time (okx stalled: a suspended laptop) started a
/// new countdown after the old one ran out: OKX's answer shows it fired.
#[test]
fn a_refresh_that_comes_too_late_reports_the_switch_fired() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = resting(&sb, &sim);
    let child = spawn(&sb, &sim, &["10s", "--every", "2s"]);
    wait_for_arms(&sim, 1);
    signal(&child, "STOP");
    sim.set_clock_offset_ms(11_000);
    wait_for("every order canceled", || all_are(&sim, &ids, "canceled"));
    signal(&child, "CONT");
    wait_for_arms(&sim, 2);
    signal(&child, "TERM");
    let (code, _, err) = finish(child, Duration::from_secs(30));
    assert_eq!(code, 11, "{err}");
    assert!(
        err.contains("okx: error: the dead-man's switch has FIRED"),
        "{err}"
    );
    assert!(
        !err.contains("unless a refresh whose answer was lost"),
        "{err}"
    );
}
