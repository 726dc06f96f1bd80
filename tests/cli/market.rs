//! Market data against the stand-in: ticker, book, instruments, time; table and JSON modes.

use crate::support::*;

#[test]
fn ticker_json_is_okx_data_unchanged() {
    let sim = sim();
    let sb = Sandbox::new();
    let before = sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT");
    let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT", "--json"]));
    let after = sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT");
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    // The stand-in's prices move each minute; okx's answer must equal one of the two fetches.
    assert!(got == before || got == after, "okx: {got}\nsim: {before}");
    assert!(got[0]["last"].is_string() && got[0]["ts"].is_string());
    let reqs = requests_to(&sim, "/api/v5/market/ticker");
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].target, "/api/v5/market/ticker?instId=BTC-USDT");
    assert!(
        reqs[0]
            .headers
            .iter()
            .all(|(k, _)| !k.starts_with("ok-access")),
        "public requests are not signed"
    );
}

#[test]
fn ticker_table_shows_change_and_utc_time() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["ticker", "BTC-USDT", "ETH-USDT", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    for h in [
        "instrument",
        "last",
        "bid",
        "ask",
        "24h change",
        "24h vol (quote)",
        "time (UTC)",
    ] {
        assert!(out.contains(h), "missing column {h}:\n{out}");
    }
    assert!(out.contains("BTC-USDT") && out.contains("ETH-USDT"));
    assert!(out.contains('%') && out.contains('Z'), "{out}");
}

#[test]
fn ticker_type_lists_all_and_csv_has_a_header() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["ticker", "--type", "SPOT", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let expected = sim_data(&sim, "/api/v5/market/tickers?instType=SPOT")
        .as_array()
        .unwrap()
        .len();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("instrument,last,bid,ask"), "{out}");
    assert_eq!(lines.len(), expected + 1);
}

#[test]
fn unknown_instrument_gets_okx_code_and_meaning() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "NOPE-USDT"]));
    assert_eq!(code, 5, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("OKX 51001") && err.contains("BASE-QUOTE"),
        "{err}"
    );
}

#[test]
fn book_has_depth_levels_each_side() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["book", "BTC-USDT", "--depth", "5", "--json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v[0]["asks"].as_array().unwrap().len(), 5);
    assert_eq!(v[0]["bids"].as_array().unwrap().len(), 5);
    assert_eq!(
        requests_to(&sim, "/api/v5/market/books")[0].target,
        "/api/v5/market/books?instId=BTC-USDT&sz=5"
    );
    let (code, out, _) = run(sb
        .okx_at(&sim)
        .args(["book", "BTC-USDT", "--depth", "3", "-o", "table"]));
    assert_eq!(code, 0);
    assert!(out.contains("bid size") && out.contains("ask"));
    assert_eq!(out.lines().count(), 2 + 3, "{out}");
}

#[test]
fn instruments_json_equals_the_stand_in_and_table_shows_rules() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args(["instruments", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        json(&out),
        sim_data(&sim, "/api/v5/public/instruments?instType=SPOT")
    );
    let (code, out, _) = run(sb
        .okx_at(&sim)
        .args(["instruments", "BTC-USDT", "-o", "table"]));
    assert_eq!(code, 0);
    for h in ["tickSz", "lotSz", "minSz", "state", "BTC-USDT"] {
        assert!(out.contains(h), "{out}");
    }
    assert_eq!(
        requests_to(&sim, "/api/v5/public/instruments")
            .last()
            .unwrap()
            .target,
        "/api/v5/public/instruments?instType=SPOT&instId=BTC-USDT"
    );
}

#[test]
fn time_reports_the_offset_from_okx() {
    let sim = sim_with(okx_sim::SimConfig {
        clock_offset_ms: 120_000,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args(["time", "--json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let offset = v["offset_ms"].as_i64().unwrap();
    assert!((offset - 120_000).abs() < 2_000, "{v}");
    assert!(v["status"].as_str().unwrap().contains("50102"), "{v}");
}
