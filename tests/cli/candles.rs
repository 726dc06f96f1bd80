//! Candles: exact ranges across both endpoints, page caps, gaps, rate limits, formats.

use okx_sim::{CandleGap, SimConfig};

use crate::support::*;

const MIN: i64 = 60_000;

fn csv_ts(out: &str) -> Vec<i64> {
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("ts,open,high,low,close,vol,volCcy,volCcyQuote,confirm")
    );
    lines
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn a_multi_day_range_is_exact_across_both_endpoints_without_a_429() {
    let sim = sim(); // rate limits on
    let sb = Sandbox::new();
    // Three days back to one hour ago: most from history-candles, the last day from candles.
    let (since, until) = (minutes_ago(&sim, 3 * 1440 + 7), minutes_ago(&sim, 60));
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
    assert_exact_range(&csv_ts(&out), since, until, MIN);
    let log = sim.log();
    assert!(log
        .iter()
        .any(|e| e.path == "/api/v5/market/history-candles"));
    assert!(log.iter().any(|e| e.path == "/api/v5/market/candles"));
    assert_eq!(
        log.iter().filter(|e| e.status == 429).count(),
        0,
        "no 429 answers"
    );
    assert!(
        !err.contains("no candles"),
        "no gap in the stand-in's data: {err}"
    );
}

#[test]
fn a_smaller_page_cap_changes_nothing_but_the_request_count() {
    let sim = sim_with(SimConfig {
        history_candles_cap: 100,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (
        minutes_ago(&sim, 2 * 1440 + 500),
        minutes_ago(&sim, 1440 + 100),
    );
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_exact_range(&csv_ts(&out), since, until, MIN);
    let pages = requests_to(&sim, "/api/v5/market/history-candles").len();
    assert!(
        pages >= 14,
        "the client must keep paging when pages hold 100 rows, sent {pages}"
    );
}

#[test]
fn json_equals_the_stand_in_data_oldest_first() {
    let sim = sim();
    let sb = Sandbox::new();
    let until = minutes_ago(&sim, 3 * 1440);
    let since = until - 99 * MIN;
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "ETH-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let mut expected = sim_data(
        &sim,
        &format!(
            "/api/v5/market/history-candles?instId=ETH-USDT&bar=1m&after={}&before={}&limit=100",
            until + 1,
            since - 1
        ),
    );
    expected.as_array_mut().unwrap().reverse();
    assert_eq!(got, expected);
    let (code, nd, _) = run(sb.okx_at(&sim).args([
        "candles",
        "ETH-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "ndjson",
    ]));
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = nd
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(serde_json::Value::Array(lines), expected);
}

#[test]
fn gaps_in_the_data_are_reported_and_not_invented() {
    let probe = sim();
    let gap_start = minutes_ago(&probe, 3000);
    drop(probe);
    let sim = sim_with(SimConfig {
        candle_gaps: vec![CandleGap {
            inst_id: "BTC-USDT".into(),
            start_ms: gap_start,
            end_ms: gap_start + 10 * MIN,
        }],
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (gap_start - 100 * MIN, gap_start + 100 * MIN);
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    assert_eq!(ts.len(), 201 - 10);
    assert!(ts
        .iter()
        .all(|t| *t < gap_start || *t >= gap_start + 10 * MIN));
    assert!(
        err.contains("no candles from") && err.contains("10 bars missing"),
        "{err}"
    );
}

#[test]
fn latest_n_ends_at_the_current_candle() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles", "BTC-USDT", "--bar", "1H", "--limit", "5", "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let ts: Vec<i64> = rows
        .iter()
        .map(|r| r[0].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(ts.windows(2).all(|w| w[1] - w[0] == 3_600_000), "{ts:?}");
    assert_eq!(rows[4][8], "0", "the newest candle is still forming");
    let (code, out, _) = run(sb.okx_at(&sim).args([
        "candles", "BTC-USDT", "--bar", "1H", "--limit", "3", "-o", "table",
    ]));
    assert_eq!(code, 0);
    assert!(
        out.contains("time (UTC)") && out.contains(":00:00Z"),
        "{out}"
    );
}

#[test]
fn latest_n_reaches_into_history() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["candles", "BTC-USDT", "--limit", "2000", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    assert_eq!(ts.len(), 2000);
    assert!(ts.windows(2).all(|w| w[1] - w[0] == MIN));
    assert!(!requests_to(&sim, "/api/v5/market/history-candles").is_empty());
}

#[test]
fn the_endpoint_boundary_follows_okx_clock_not_this_machine() {
    // OKX's clock an hour behind this machine: the 1,440 recent candles end an hour earlier.
    let sim = sim_with(SimConfig {
        clock_offset_ms: -3_600_000,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (minutes_ago(&sim, 1495), minutes_ago(&sim, 1455));
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_exact_range(&csv_ts(&out), since, until, MIN);
}

#[test]
fn a_long_empty_stretch_is_skipped_in_a_few_requests() {
    let sim = sim();
    let sb = Sandbox::new();
    // From well before the stand-in's history begins (about 3 years back) into it.
    let until = minutes_ago(&sim, 3 * 365 * 1440 - 2 * 1440);
    let since = until - 60 * 1440 * MIN;
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    assert!(!ts.is_empty() && ts[0] > since, "{err}");
    assert!(ts.windows(2).all(|w| w[1] - w[0] == MIN));
    assert_eq!(*ts.last().unwrap(), until);
    assert!(
        err.contains("no candles from"),
        "the empty stretch is reported: {err}"
    );
    let requests = requests_to(&sim, "/api/v5/market/history-candles").len();
    assert!(
        requests < 80,
        "{requests} requests; walking 60 days window by window takes 288"
    );
}
