//! `okx watch` against the stand-in's WebSocket API: NDJSON lines, login, errors, and the
//! behaviour a long-running stream needs (reconnect, resubscribe, keep-alive, book resync).

use std::process::Command;
use std::time::Duration;

use okx_sim::{Account, SimConfig};
use serde_json::Value;

use crate::support::*;

#[test]
fn public_channels_give_okx_messages_as_ndjson_and_count_stops_exactly() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, channel) in [
        (&["ticker", "BTC-USDT", "--count", "3"][..], "tickers"),
        (&["trades", "BTC-USDT", "--count", "2"][..], "trades"),
        (&["book", "ETH-USDT", "--count", "2"][..], "books5"),
        (
            &["candles", "BTC-USDT", "--bar", "1m", "--count", "2"][..],
            "candle1m",
        ),
    ] {
        let (code, out, err) = finish(sb.spawn_watch(&sim, args), Duration::from_secs(10));
        assert_eq!(code, 0, "{args:?}: {err}");
        let got = ndjson(&out);
        let want: usize = args.last().unwrap().parse().unwrap();
        assert_eq!(got.len(), want, "{args:?}: --count stops exactly");
        for m in &got {
            assert_eq!(m["arg"]["channel"], channel, "{m}");
            assert!(m["data"].is_array());
        }
    }
    // Candles go to /business, the rest to /public.
    let paths: Vec<String> = sim.ws_log().into_iter().map(|e| e.path).collect();
    assert!(
        paths.iter().any(|p| p == "/ws/v5/business") && paths.iter().any(|p| p == "/ws/v5/public")
    );
}

#[test]
fn readable_lines_on_request() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["ticker", "BTC-USDT", "--count", "2", "-o", "table"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2);
    assert!(
        out.lines()
            .all(|l| l.contains("BTC-USDT last ") && l.contains(" bid ")),
        "{out}"
    );
}

#[test]
fn a_subscription_error_is_reported_with_its_meaning() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["ticker", "NOPE-USDT", "--count", "1"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 5, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("OKX 60018"), "{err}");
    assert_eq!(ws_sent(&sim, "subscribe"), 1, "not retried");
}

#[test]
fn private_login_is_verified_and_a_refusal_does_not_loop() {
    let sim = sim();
    let sb = Sandbox::new();
    let a = Account::live();
    let out = Command::new(assert_cmd::cargo::cargo_bin("okx"))
        .env_clear()
        .env("HOME", sb.path())
        .env("OKX_WS_URL", sim.ws_url())
        .env("OKX_BASE_URL", sim.base_url())
        .env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", "00000000000000000000000000000000")
        .env("OKX_PASSPHRASE", &a.passphrase)
        .current_dir(sb.path())
        .args(["watch", "orders", "--count", "1"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("OKX 60007") && err.contains("login refused"),
        "{err}"
    );
    assert!(!err.contains(&a.passphrase) && !err.contains("00000000000000000000000000000000"));
    let logins: Vec<_> = sim
        .ws_log()
        .into_iter()
        .filter(|e| e.text.contains("\"op\":\"login\""))
        .collect();
    assert!(
        logins.len() <= 2,
        "one login per run, not a loop: {}",
        logins.len()
    );
    let login: Value = serde_json::from_str(&logins.last().unwrap().text).unwrap();
    let ts = login["args"][0]["timestamp"].as_str().unwrap();
    assert!(
        ts.len() == 10 && ts.bytes().all(|b| b.is_ascii_digit()),
        "epoch seconds: {ts}"
    );
}

#[test]
fn private_orders_stream_my_orders_after_login() {
    let sim = sim();
    let sb = Sandbox::new();
    let child = sb.spawn_watch(&sim, &["orders", "--count", "1", "--json"]);
    wait_for("the orders subscription", || {
        ws_sent(&sim, "subscribe") >= 1
    });
    std::thread::sleep(Duration::from_millis(200));
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.001",
        "--type",
        "market",
        "--cl-ord-id",
        "ws1",
    ]));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = finish(child, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["arg"]["channel"], "orders");
    assert_eq!(got[0]["data"][0]["clOrdId"], "ws1");
    let log = sim.ws_log();
    assert!(
        log.iter().position(|e| e.text.contains("\"op\":\"login\""))
            < log
                .iter()
                .position(|e| e.text.contains("\"op\":\"subscribe\"")),
        "login before subscribe"
    );
}

#[test]
fn account_stream_starts_with_a_snapshot() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["account", "--count", "1", "--json"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    assert_eq!(got[0]["arg"]["channel"], "account");
    assert!(got[0]["data"][0]["details"]
        .as_array()
        .is_some_and(|d| !d.is_empty()));
}

#[test]
fn a_dropped_connection_is_reconnected_and_the_stream_continues() {
    let sim = sim();
    let sb = Sandbox::new();
    let child = sb.spawn_watch(&sim, &["ticker", "BTC-USDT", "--count", "15", "--json"]);
    wait_for("the first subscription", || ws_sent(&sim, "subscribe") >= 1);
    std::thread::sleep(Duration::from_millis(300));
    sim.ws_drop_all();
    let (code, out, err) = finish(child, Duration::from_secs(15));
    assert_eq!(code, 0, "{err}");
    assert_eq!(ndjson(&out).len(), 15);
    assert!(err.contains("reconnecting"), "{err}");
    assert_eq!(
        ws_sent(&sim, "subscribe"),
        2,
        "subscribed again after the drop"
    );
}

#[test]
fn private_streams_log_in_again_after_a_close_frame_and_a_notice() {
    for trigger in ["close", "notice"] {
        let sim = sim();
        let sb = Sandbox::new();
        let child = sb.spawn_watch(&sim, &["account", "--duration", "3s", "--json"]);
        wait_for("the first subscription", || ws_sent(&sim, "subscribe") >= 1);
        std::thread::sleep(Duration::from_millis(200));
        if trigger == "close" {
            sim.ws_close_all(4004);
        } else {
            sim.ws_notice();
        }
        wait_for("a second subscription", || ws_sent(&sim, "subscribe") >= 2);
        let (code, out, err) = finish(child, Duration::from_secs(10));
        assert_eq!(code, 0, "{trigger}: {err}");
        assert_eq!(ws_sent(&sim, "login"), 2, "{trigger}: logged in again");
        assert!(ndjson(&out).len() >= 2, "{trigger}: the stream continued");
    }
}

#[test]
fn a_missing_pong_is_detected_and_the_connection_replaced() {
    let sim = sim();
    sim.ws_set_pongs(false);
    let sb = Sandbox::new();
    // The orders channel is quiet until an order changes, so okx must ping.
    let child = sb.spawn_watch(
        &sim,
        &[
            "orders",
            "--ping-interval",
            "1",
            "--duration",
            "4s",
            "--json",
        ],
    );
    let (code, _, err) = finish(child, Duration::from_secs(12));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no pong"), "{err}");
    assert!(
        sim.ws_log().iter().any(|e| e.text == "ping"),
        "okx sent the text ping"
    );
    assert!(
        ws_sent(&sim, "login") >= 2,
        "reconnected and logged in again"
    );
}

#[test]
fn a_gap_in_the_book_sequence_triggers_a_resync() {
    let sim = sim_with(SimConfig {
        ws_push_interval_ms: 50,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let child = sb.spawn_watch(
        &sim,
        &[
            "book", "BTC-USDT", "--depth", "400", "--count", "12", "--json",
        ],
    );
    wait_for("the book subscription", || ws_sent(&sim, "subscribe") >= 1);
    std::thread::sleep(Duration::from_millis(200));
    sim.ws_book_gap("BTC-USDT");
    let (code, out, err) = finish(child, Duration::from_secs(10));
    let seen: Vec<String> = ndjson(&out)
        .iter()
        .map(|m| {
            format!(
                "{} {}>{}",
                m["action"], m["data"][0]["prevSeqId"], m["data"][0]["seqId"]
            )
        })
        .collect();
    assert_eq!(
        code,
        0,
        "{err}\n{seen:?}\n{:?}",
        sim.ws_log().iter().map(|e| &e.text).collect::<Vec<_>>()
    );
    assert!(err.contains("sequence broken"), "{err}");
    assert!(
        ws_sent(&sim, "unsubscribe") >= 1 && ws_sent(&sim, "subscribe") >= 2,
        "resubscribed for a fresh snapshot"
    );
    let snapshots = ndjson(&out)
        .iter()
        .filter(|m| m["action"] == "snapshot")
        .count();
    assert!(snapshots >= 2, "a second snapshot arrived: {snapshots}");
}

#[test]
fn ctrl_c_exits_zero() {
    let sim = sim();
    let sb = Sandbox::new();
    let child = sb.spawn_watch(&sim, &["ticker", "BTC-USDT", "--json"]);
    wait_for("the subscription", || ws_sent(&sim, "subscribe") >= 1);
    std::thread::sleep(Duration::from_millis(200));
    let ok = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let (code, out, err) = finish(child, Duration::from_secs(5));
    assert_eq!(code, 0, "{err}");
    assert!(!ndjson(&out).is_empty());
}

#[test]
fn bad_watch_input_opens_no_connection() {
    let sim = sim();
    let sb = Sandbox::new();
    for args in [
        &["watch", "book", "BTC-USDT", "--depth", "7"][..],
        &["watch", "ticker", "BTC/USDT"][..],
        &["watch", "candles", "BTC-USDT", "--bar", "1d"][..],
        &["watch", "ticker", "BTC-USDT", "--duration", "soon"][..],
        &["watch", "ticker", "BTC-USDT", "--count", "0"][..],
        &["watch", "ticker", "BTC-USDT", "--ping-interval", "40"][..],
        &["watch", "ticker", "BTC-USDT", "-o", "csv"][..],
    ] {
        let (code, out, err) = run(sb.okx_signed(&sim).args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
    assert_eq!(sim.ws_connections(), 0);
    assert!(sim.ws_log().is_empty());
}
