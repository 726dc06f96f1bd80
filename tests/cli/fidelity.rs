//! Client bugs the stand-in used to hide (issue 12, "the stand-in must not hide client bugs"):
//! each test drives the real `okx` binary against a stand-in that now behaves as OKX does.

use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use okx_sim::{Account, SimConfig};
use serde_json::Value;
use sha2::Sha256;

use crate::support::*;

const MIN: i64 = 60_000;

/// The `ts` column of `okx candles -o csv`.
/// `after` of a logged candle request, if it has one.
fn after_param(target: &str) -> Option<i64> {
    target
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("after="))
        .and_then(|v| v.parse().ok())
}

/// OKX's history-candles serves the recent bars as well, so near the 1,440-bar boundary both
/// endpoints answer with the same bars: the range comes out with each bar exactly once, in order.
#[test]
fn a_range_across_the_recent_boundary_has_each_bar_once_in_order() {
    let sim = sim();
    let sb = Sandbox::new();
    let now_min = sim.now_ms() / MIN * MIN;
    let boundary = now_min - 1439 * MIN; // the oldest bar /market/candles serves
    let (since, until) = (boundary - 400 * MIN, boundary + 400 * MIN);
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT",
        "--bar",
        "1m",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    let want: Vec<i64> = (0..=800).map(|k| since + k * MIN).collect();
    assert_eq!(ts, want, "every bar once, oldest first");
    assert!(!err.contains("no candles"), "{err}");
    // The merge was exercised: history-candles was asked for (and so answered with) bars that
    // /market/candles also serves.
    let history = requests_to(&sim, "/api/v5/market/history-candles");
    assert!(
        history
            .iter()
            .any(|e| after_param(&e.target).is_some_and(|a| a > boundary + MIN)),
        "history-candles asked inside the recent window: {:?}",
        history.iter().map(|e| &e.target).collect::<Vec<_>>()
    );
    assert!(!requests_to(&sim, "/api/v5/market/candles").is_empty());

    // The latest N, walking from /market/candles into history-candles: no bar twice.
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles", "BTC-USDT", "--bar", "1m", "--limit", "1500", "-o", "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    assert_eq!(ts.len(), 1500);
    assert!(
        ts.windows(2).all(|w| w[1] - w[0] == MIN),
        "consecutive minutes, none twice"
    );
}

/// OKX answers a well-formed key it does not know with HTTP 401 code 50119 (not 50111): okx
/// explains it (a key of another region's host, or a deleted one) and exits 4, like 50111.
#[test]
fn an_unknown_key_is_50119_with_its_meaning_and_exit_4() {
    let sim = sim();
    let sb = Sandbox::new();
    for (key, head, cause) in [
        (
            "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "OKX 50119 API key doesn't exist (HTTP 401)",
            "unknown to this host",
        ),
        (
            "not-a-key",
            "OKX 50111 Invalid OK-ACCESS-KEY",
            "not a signature error",
        ),
    ] {
        let (code, out, err) = run(sb.okx_signed(&sim).env("OKX_API_KEY", key).arg("balance"));
        assert_eq!(code, 4, "{key}: {err}");
        assert!(out.is_empty(), "{key}: {out}");
        assert!(err.contains(head) && err.contains(cause), "{key}: {err}");
    }
    let codes: Vec<_> = requests_to(&sim, "/api/v5/account/balance")
        .iter()
        .map(|e| (e.status, e.code.clone()))
        .collect();
    assert_eq!(
        codes,
        [(401, Some("50119".into())), (401, Some("50111".into()))],
        "one request each, never retried"
    );
}

/// OKX refuses a POST without `Content-Type: application/json` (50006): every POST okx sends,
/// through every command that sends one, carries it.
#[test]
fn every_post_okx_sends_is_declared_json() {
    let sim = sim();
    let sb = Sandbox::new();
    let last: f64 = sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT")[0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let low = format!("{:.1}", (last * 0.9).floor());
    for args in [
        &[
            "order", "place", "BTC-USDT", "buy", "0.001", "--type", "market",
        ][..],
        &[
            "order",
            "place",
            "BTC-USDT",
            "buy",
            "0.0001",
            "--price",
            &low,
            "--cl-ord-id",
            "ct1",
        ][..],
        &["order", "cancel", "BTC-USDT", "--cl-ord-id", "ct1"][..],
        &[
            "api",
            "POST",
            "/api/v5/trade/cancel-order",
            "-f",
            "instId=BTC-USDT",
            "-f",
            "clOrdId=nosuch",
        ][..],
        &[
            "api",
            "POST",
            "/api/v5/trade/order",
            "--body",
            r#"{"instId":"BTC-USDT","tdMode":"cash","side":"sell","ordType":"market","sz":"0.0001"}"#,
        ][..],
    ] {
        let (code, _, err) = run(sb.okx_signed(&sim).args(args));
        assert!(code == 0 || args[0] == "api", "{args:?}: {err}");
    }
    let posts: Vec<_> = sim
        .log()
        .into_iter()
        .filter(|e| e.method == "POST")
        .collect();
    assert_eq!(posts.len(), 5);
    for e in &posts {
        let ct = e
            .headers
            .iter()
            .find(|(k, _)| k == "content-type")
            .map(|(_, v)| v.as_str());
        assert_eq!(ct, Some("application/json"), "{} {}", e.path, e.body);
        assert_ne!(e.code.as_deref(), Some("50006"));
    }
}

/// The stand-in now takes a login `timestamp` as a string or a number, as OKX does. okx sends
/// the documented form: epoch seconds as a string, on OKX's clock, signed over exactly that text.
#[test]
fn the_websocket_login_is_the_documented_one_and_accepted() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["account", "--count", "1", "--json"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(ndjson(&out)[0]["arg"]["channel"], "account");
    let log = sim.ws_log();
    let login = log
        .iter()
        .find(|e| e.text.contains("\"op\":\"login\""))
        .unwrap();
    let v: Value = serde_json::from_str(&login.text).unwrap();
    let arg = &v["args"][0];
    let ts = arg["timestamp"].as_str().expect("a string");
    let secs: i64 = ts.parse().unwrap();
    assert!(
        (secs - login.at_ms / 1000).abs() <= 2,
        "{ts} vs {}",
        login.at_ms
    );
    let a = Account::live();
    let mut mac = Hmac::<Sha256>::new_from_slice(a.secret_key.as_bytes()).unwrap();
    mac.update(format!("{ts}GET/users/self/verify").as_bytes());
    let want = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    assert_eq!(arg["sign"], want.as_str());
    assert_eq!(arg["apiKey"], a.api_key.as_str());
}

/// Found while checking the login: REST commands learn OKX's clock when this machine's is off
/// (50102), but `okx watch` signs its WebSocket login with this machine's clock, so every private
/// stream fails with 60006 while `okx balance` works. The stand-in's clock here is 2 minutes
/// behind the real one.
#[test]
fn a_private_stream_logs_in_on_okx_clock() {
    let sim = sim_with(SimConfig {
        clock_offset_ms: -120_000,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.okx_signed(&sim).arg("balance"));
    assert_eq!(code, 0, "REST corrects the skew: {err}");
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["account", "--count", "1", "--json"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(ndjson(&out).len(), 1);
}

/// OKX closes a connection nothing was pushed on for 30 s (2 s here). `okx watch orders` is quiet
/// until an order changes; its pings (every `--ping-interval` of silence) keep it open, so it
/// logs in once and never reconnects. Pinging less often than the limit, it is dropped, and the
/// stream survives by reconnecting.
#[test]
fn a_quiet_stream_is_kept_alive_by_its_pings() {
    let sim = sim_with(SimConfig {
        ws_idle_close_ms: 2_000,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "orders",
                "--ping-interval",
                "1",
                "--duration",
                "5s",
                "--json",
            ],
        ),
        Duration::from_secs(15),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "no order changed: {out}");
    assert_eq!(ws_sent(&sim, "login"), 1, "never dropped: {err}");
    assert!(!err.contains("reconnecting"), "{err}");
    let pings = sim.ws_log().iter().filter(|e| e.text == "ping").count();
    assert!(pings >= 3, "pinged through the quiet: {pings}");

    // The same stream pinging only every 3 s: the stand-in drops it, as OKX would.
    let sim = sim_with(SimConfig {
        ws_idle_close_ms: 2_000,
        ..Default::default()
    });
    let (code, _, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "orders",
                "--ping-interval",
                "3",
                "--duration",
                "5s",
                "--json",
            ],
        ),
        Duration::from_secs(15),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reconnecting"), "{err}");
    assert!(
        ws_sent(&sim, "login") >= 2,
        "logged in again after the drop"
    );
}

/// The rows of `okx candles -o csv`: (ts, open, high, low, close, vol) as text.
fn csv_rows(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .skip(1)
        .map(|l| l.split(',').take(6).map(str::to_string).collect())
        .collect()
}

/// A decimal string as an integer count of 10^-18.
fn units(text: &str) -> i128 {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let frac = format!("{frac:0<18}");
    int.parse::<i128>().unwrap() * 10i128.pow(18) + frac.parse::<i128>().unwrap()
}

/// OKX's hourly bars are the aggregate of their minutes: through `okx candles`, every hour's high
/// is at least every one of its minutes' highs (and is one of them), and likewise the low, open,
/// close and volume. A stand-in whose long bars were not aggregates could hide a client that
/// mislabels or shifts bars.
#[test]
fn hourly_candles_from_okx_agree_with_their_minutes() {
    let sim = sim();
    let sb = Sandbox::new();
    let hour = 3_600_000;
    let since = (sim.now_ms() / hour - 30) * hour;
    let until = since + 5 * hour;
    let candles = |bar: &str, until: i64| {
        let (code, out, err) = run(sb.okx_at(&sim).args([
            "candles",
            "BTC-USDT",
            "--bar",
            bar,
            "--since",
            &since.to_string(),
            "--until",
            &until.to_string(),
            "-o",
            "csv",
        ]));
        assert_eq!(code, 0, "{err}");
        csv_rows(&out)
    };
    let hours = candles("1H", until - 1);
    let minutes = candles("1m", until - 1);
    assert_eq!(hours.len(), 5);
    assert_eq!(minutes.len(), 300);
    for (h, ms) in hours.iter().zip(minutes.chunks(60)) {
        let ts = |r: &Vec<String>| r[0].parse::<i64>().unwrap();
        assert!(ms.iter().all(|m| ts(m) / hour * hour == ts(h)), "{h:?}");
        let col = |r: &Vec<String>, i: usize| units(&r[i]);
        for m in ms {
            assert!(col(h, 2) >= col(m, 2), "hour {h:?} high below minute {m:?}");
            assert!(col(h, 3) <= col(m, 3), "hour {h:?} low above minute {m:?}");
        }
        assert_eq!(col(h, 2), ms.iter().map(|m| col(m, 2)).max().unwrap());
        assert_eq!(col(h, 3), ms.iter().map(|m| col(m, 3)).min().unwrap());
        assert_eq!(h[1], ms[0][1], "open of the first minute");
        assert_eq!(h[4], ms[59][4], "close of the last minute");
        assert_eq!(col(h, 5), ms.iter().map(|m| col(m, 5)).sum::<i128>());
    }
}

/// OKX's two exceptions to the `books` sequence, now sent by the stand-in on demand: a quiet-
/// period update (no levels, `prevSeqId` = `seqId`) and a `seqId` reset after maintenance (`seqId`
/// below `prevSeqId`). Neither is a gap: `okx watch book --depth 400` keeps its book through
/// both, with one subscription and no resync.
#[test]
fn the_full_book_goes_through_a_quiet_update_and_a_sequence_reset() {
    for output in ["--json", "table"] {
        let sim = sim_with(SimConfig {
            ws_push_interval_ms: 50,
            ..Default::default()
        });
        let sb = Sandbox::new();
        let mut args = vec!["book", "BTC-USDT", "--depth", "400", "--count", "40"];
        args.extend(if output == "table" {
            vec!["-o", "table"]
        } else {
            vec!["--json"]
        });
        let child = sb.spawn_watch(&sim, &args);
        wait_for("the book subscription", || ws_sent(&sim, "subscribe") >= 1);
        std::thread::sleep(Duration::from_millis(400));
        sim.ws_book_quiet("BTC-USDT");
        std::thread::sleep(Duration::from_millis(400));
        sim.ws_book_reset("BTC-USDT");
        let (code, out, err) = finish(child, Duration::from_secs(15));
        assert_eq!(code, 0, "{output}: {err}");
        assert!(!err.contains("sequence broken"), "{output}: {err}");
        assert_eq!(
            ws_sent(&sim, "subscribe"),
            1,
            "{output}: never resubscribed: {err}"
        );
        assert_eq!(ws_sent(&sim, "unsubscribe"), 0, "{output}");
        if output == "--json" {
            let msgs = ndjson(&out);
            assert_eq!(msgs.len(), 40);
            assert_eq!(msgs.iter().filter(|m| m["action"] == "snapshot").count(), 1);
            let seq = |m: &Value, k: &str| m["data"][0][k].as_i64().unwrap();
            let quiet: Vec<_> = msgs
                .iter()
                .filter(|m| m["action"] == "update" && seq(m, "prevSeqId") == seq(m, "seqId"))
                .collect();
            assert_eq!(quiet.len(), 1, "one quiet update passed through");
            let reset = msgs
                .iter()
                .position(|m| m["action"] == "update" && seq(m, "seqId") < seq(m, "prevSeqId"))
                .expect("the reset passed through");
            assert!(reset + 1 < msgs.len(), "updates went on after the reset");
            for w in msgs.windows(2) {
                assert_eq!(
                    seq(&w[1], "prevSeqId"),
                    seq(&w[0], "seqId"),
                    "one unbroken chain"
                );
            }
        } else {
            // Every line shows the full book kept in sync, uncrossed, after the reset too.
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), 40, "{out}");
            for l in &lines {
                assert!(l.contains("(400 bids, 400 asks)"), "{l}");
                let px = |tag: &str| -> f64 {
                    let rest = &l[l.find(tag).unwrap() + tag.len()..];
                    rest.split_whitespace().next().unwrap().parse().unwrap()
                };
                assert!(px(" bid ") < px("| ask "), "{l}");
            }
        }
    }
}

/// Resting orders now fill later, in part too, with OKX's push sequence: `okx watch orders`
/// streams live → partially_filled → filled for a resting order (and live → filled for a taker
/// order), and `okx order get`/`okx order list` show the partial fill while it lasts.
#[test]
fn a_resting_order_fills_in_part_then_in_full_as_okx_shows_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let child = sb.spawn_watch(&sim, &["orders", "--count", "5", "--json"]);
    wait_for("the orders subscription", || {
        ws_sent(&sim, "subscribe") >= 1
    });
    std::thread::sleep(Duration::from_millis(200));
    let last: f64 = sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT")[0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let px = format!("{}", (last * 0.98).floor());
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.003",
        "--price",
        &px,
        "--cl-ord-id",
        "fid1",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let ord_id = json(&out)["ordId"].as_str().unwrap().to_string();

    assert_eq!(sim.trade_at("BTC-USDT", &px, Some("0.001")), 1);
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "order",
        "get",
        "BTC-USDT",
        "--cl-ord-id",
        "fid1",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let o = &json(&out)[0];
    assert_eq!(o["ordId"], ord_id.as_str());
    assert_eq!(o["state"], "partially_filled");
    assert_eq!(
        (o["accFillSz"].as_str(), o["fillSz"].as_str()),
        (Some("0.001"), Some("0.001"))
    );
    assert_eq!(o["avgPx"], px.as_str());
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "order", "get", "BTC-USDT", "--ord-id", &ord_id, "-o", "table",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("partially_filled"), "{out}");
    let (code, out, err) = run(sb.okx_signed(&sim).args(["order", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["ordId"] == ord_id.as_str() && o["state"] == "partially_filled"),
        "{out}"
    );

    assert_eq!(sim.trade_at("BTC-USDT", &px, None), 1);
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "sell",
        "0.001",
        "--type",
        "market",
        "--cl-ord-id",
        "fid2",
    ]));
    assert_eq!(code, 0, "{err}");

    let (code, out, err) = finish(child, Duration::from_secs(15));
    assert_eq!(code, 0, "{err}");
    let pushes: Vec<(String, String, String, String)> = ndjson(&out)
        .iter()
        .map(|m| {
            let d = &m["data"][0];
            let s = |k: &str| d[k].as_str().unwrap_or("?").to_string();
            (s("clOrdId"), s("state"), s("fillSz"), s("execType"))
        })
        .collect();
    let want = |c: &str, st: &str, f: &str, e: &str| (c.into(), st.into(), f.into(), e.into());
    assert_eq!(
        pushes,
        vec![
            want("fid1", "live", "0", ""),
            want("fid1", "partially_filled", "0.001", "M"),
            want("fid1", "filled", "0.002", "M"),
            want("fid2", "live", "0", ""),
            want("fid2", "filled", "0.001", "T"),
        ]
    );
}
