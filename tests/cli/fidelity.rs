//! Client bugs the stand-in used to hide (issue 12, "the stand-in must not hide client bugs"):
//! each test drives the real `okx` binary against a stand-in that now behaves as OKX does.

use crate::support::*;

const MIN: i64 = 60_000;

/// The `ts` column of `okx candles -o csv`.
fn csv_ts(out: &str) -> Vec<i64> {
    out.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect()
}

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
