//! `okx mark`, `okx open-interest`, `okx candles --price mark|index` and `okx watch mark-price`
//! against the stand-in (issue 13): a linear swap, an inverse swap, a future and an option, in
//! table and JSON mode; price candles over a range through the exact paging engine; bad input
//! refused before anything is sent.

use std::time::Duration;

use serde_json::Value;

use crate::support::*;

const MIN: i64 = 60_000;

/// The dated future and the first option of the BTC-USD chain, as okx lists them: their IDs
/// depend on the date.
fn dated_ids(sim: &okx_sim::Sim, sb: &Sandbox) -> (String, String) {
    let list = |args: &[&str]| -> String {
        let (code, out, err) = run(sb.okx_at(sim).arg("instruments").args(args).arg("--json"));
        assert_eq!(code, 0, "{err}");
        json(&out)[0]["instId"].as_str().unwrap().to_string()
    };
    (
        list(&["--type", "FUTURES"]),
        list(&["--type", "OPTION", "--inst-family", "BTC-USD"]),
    )
}

/// Whether every request the stand-in logged since the last `clear_log` arrived within one
/// second of its clock (prices change once a second).
fn within_one_second(sim: &okx_sim::Sim) -> bool {
    let seconds: Vec<i64> = sim.log().iter().map(|e| e.at_ms / 1000).collect();
    seconds.windows(2).all(|w| w[0] == w[1])
}

/// Runs `okx ARGS --json` and, right after, asks the stand-in itself for `targets`, until all of
/// it happened within one second: okx's output and the stand-in's own answers at that moment.
fn okx_and_sim_at_once(
    sim: &okx_sim::Sim,
    sb: &Sandbox,
    args: &[&str],
    targets: &[String],
) -> (Value, Vec<Value>) {
    for _ in 0..10 {
        sim.clear_log();
        let (code, out, err) = run(sb.okx_at(sim).args(args).arg("--json"));
        assert_eq!(code, 0, "{args:?}: {err}");
        let direct: Vec<Value> = targets.iter().map(|t| sim_data(sim, t)).collect();
        if within_one_second(sim) {
            return (json(&out), direct);
        }
    }
    panic!("never within one second: {args:?}");
}

#[test]
fn mark_json_is_okx_data_for_each_kind_with_the_index_from_uly() {
    let sim = sim();
    let sb = Sandbox::new();
    let (future, option) = dated_ids(&sim, &sb);
    // The index each one refers to, from its uly: not from its ID's spelling.
    for (id, t, index, swap) in [
        ("BTC-USDT-SWAP", "SWAP", "BTC-USDT", true),
        ("BTC-USD-SWAP", "SWAP", "BTC-USD", true),
        (future.as_str(), "FUTURES", "BTC-USDT", false),
        (option.as_str(), "OPTION", "BTC-USD", false),
    ] {
        let mut targets = vec![
            format!("/api/v5/public/mark-price?instType={t}&instId={id}"),
            format!("/api/v5/market/index-tickers?instId={index}"),
            format!("/api/v5/public/price-limit?instId={id}"),
        ];
        if swap {
            targets.push(format!("/api/v5/public/funding-rate?instId={id}"));
        }
        let (got, direct) = okx_and_sim_at_once(&sim, &sb, &["mark", id], &targets);
        let items = got.as_array().unwrap();
        assert_eq!(items.len(), 1);
        let obj = &items[0];
        let mut keys = vec!["instId", "mark", "index", "priceLimit"];
        if swap {
            keys.push("funding");
        }
        assert_eq!(obj.as_object().unwrap().keys().collect::<Vec<_>>(), keys);
        assert_eq!(obj["instId"], id);
        // OKX's items, unchanged. The stand-in stamps a funding answer with the millisecond it
        // was made (as OKX does), so that one is compared without its `ts`.
        for (key, want) in keys[1..].iter().zip(&direct) {
            let (mut got, mut want) = (obj[*key].clone(), want[0].clone());
            if *key == "funding" {
                assert!(got["ts"].is_string(), "{id}: {got}");
                got["ts"] = serde_json::Value::Null;
                want["ts"] = serde_json::Value::Null;
            }
            assert_eq!(got, want, "{id} {key}");
        }
        assert_eq!(obj["index"]["instId"], index);
    }
    // The index came from the instrument list (cached: one instruments request per type).
    let sb = Sandbox::new();
    sim.clear_log();
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .args(["mark", "BTC-USDT-SWAP", "BTC-USD-SWAP"]));
    assert_eq!(code, 0, "{err}");
    let listed = requests_to(&sim, "/api/v5/public/instruments");
    assert_eq!(listed.len(), 1, "one SWAP list for both");
    assert!(listed[0].target.contains("instType=SWAP"));
}

/// The cells of a table's data rows (after the header and its rule).
fn table_rows(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .skip(2)
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

fn dec(s: &str) -> rust_decimal::Decimal {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a decimal: {e}"))
}

#[test]
fn mark_table_shows_mark_index_band_and_funding() {
    let sim = sim();
    let sb = Sandbox::new();
    let (future, option) = dated_ids(&sim, &sb);
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .env("COLUMNS", "250")
        .args(["mark", "BTC-USDT-SWAP", "BTC-USD-SWAP", &future, &option])
        .args(["-o", "table"]));
    assert_eq!(code, 0, "{err}");
    let header = out.lines().next().unwrap();
    for h in [
        "instrument",
        "mark",
        "index price",
        "highest buy",
        "lowest sell",
        "funding rate",
        "next funding (UTC)",
    ] {
        assert!(header.contains(h), "{h} in {header}");
    }
    let rows = table_rows(&out);
    assert_eq!(rows.len(), 4, "{out}");
    for (row, (id, index, swap)) in rows.iter().zip([
        ("BTC-USDT-SWAP", "BTC-USDT", true),
        ("BTC-USD-SWAP", "BTC-USD", true),
        (future.as_str(), "BTC-USDT", false),
        (option.as_str(), "BTC-USD", false),
    ]) {
        assert_eq!((row[0].as_str(), row[2].as_str()), (id, index), "{out}");
        let (mark, buy, sell) = (dec(&row[1]), dec(&row[4]), dec(&row[5]));
        // The band (computed at about the same moment) lies around the mark price.
        assert!(sell < mark && mark < buy, "{row:?}");
        assert!(dec(&row[3]) > dec("1000"), "index price {row:?}");
        // Swaps have a funding rate and a next funding time; others leave them empty.
        let funding = row.len() == 9;
        assert_eq!(funding, swap, "{row:?}");
        if swap {
            dec(&row[6]);
            assert!(row[7].ends_with('Z'), "{row:?}");
        }
    }
}

#[test]
fn open_interest_json_and_table_for_each_kind() {
    let sim = sim();
    let sb = Sandbox::new();
    let (future, option) = dated_ids(&sim, &sb);
    for (id, t, extra) in [
        ("BTC-USDT-SWAP", "SWAP", vec![]),
        ("BTC-USD-SWAP", "SWAP", vec![]),
        (future.as_str(), "FUTURES", vec![]),
        (option.as_str(), "OPTION", vec!["--inst-family", "BTC-USD"]),
    ] {
        let family = if t == "OPTION" {
            "&instFamily=BTC-USD"
        } else {
            ""
        };
        let target = format!("/api/v5/public/open-interest?instType={t}{family}&instId={id}");
        let mut args = vec!["open-interest", id];
        args.extend(&extra);
        let (got, direct) = okx_and_sim_at_once(&sim, &sb, &args, &[target]);
        assert_eq!(got, direct[0], "{id}: OKX's data unchanged");
        let (code, out, err) = run(sb.okx_at(&sim).args(&args).args(["-o", "table"]));
        assert_eq!(code, 0, "{err}");
        let header = out.lines().next().unwrap();
        for h in [
            "open interest (contracts)",
            "open interest (coin)",
            "open interest (USD)",
        ] {
            assert!(header.contains(h), "{header}");
        }
        let rows = table_rows(&out);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0], id);
        let (oi, coin, usd) = (dec(&rows[0][1]), dec(&rows[0][2]), dec(&rows[0][3]));
        match id {
            // Linear and options: coin = contracts × 0.01; inverse: USD = contracts × 100.
            "BTC-USD-SWAP" => assert_eq!(usd, oi * dec("100")),
            _ => assert_eq!(coin, oi * dec("0.01")),
        }
    }
    // A whole type, and an option family.
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["open-interest", "--type", "SWAP", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 3);
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "open-interest",
        "--type",
        "OPTION",
        "--inst-family",
        "BTC-USD",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let chain = json(&out);
    assert_eq!(chain.as_array().unwrap().len(), 6);
    assert!(chain
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["instType"] == "OPTION"));
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, needle) in [
        (vec!["open-interest", "--type", "OPTION"], "--inst-family"),
        (
            vec!["open-interest", "BTC-USDT-SWAP", "--inst-family", "BTC-USD"],
            "BTC-USDT-SWAP is not of the family BTC-USD",
        ),
        (
            vec!["open-interest", "--type", "SPOT"],
            "SWAP, FUTURES and OPTION",
        ),
        (
            vec!["open-interest", "BTC-USD"],
            "BTC-USD is a spot pair or an index",
        ),
        (
            vec!["mark", "BTC-USD"],
            "BTC-USD is a spot pair or an index",
        ),
        (
            vec!["mark", "BTC-USDT-SWAP", "ETH-USDT"],
            "ETH-USDT is a spot pair",
        ),
        (
            vec!["candles", "BTC-USDT", "--price", "mark"],
            "BTC-USDT is a spot pair or an index, which has no mark-price candles",
        ),
        (
            vec!["candles", "BTC-USDT-SWAP", "--price", "index"],
            "BTC-USDT-SWAP is a SWAP instrument, not an index",
        ),
        (
            vec!["candles", "BTC-USD", "--price", "index", "--bar", "1s"],
            "--price index has no 1s bar",
        ),
        (
            vec!["candles", "BTC-USDT-SWAP", "--price", "mark", "--bar", "3D"],
            "--price mark has no 3D bar",
        ),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    assert!(
        sim.log().iter().all(|e| !from_okx(e)),
        "nothing sent: {:?}",
        sim.log().iter().map(|e| &e.target).collect::<Vec<_>>()
    );
}

#[test]
fn mark_and_index_candles_over_a_range_are_exact_without_a_429() {
    let sim = sim(); // rate limits on
    let sb = Sandbox::new();
    // Each range needs more history pages than the endpoint's limit allows in 2 s (20 for
    // mark-price, 10 for index), so pacing is what keeps the answers free of 429s.
    for (id, price, bar, bar_ms, days, recent, history) in [
        (
            "BTC-USD-SWAP",
            "mark",
            "1m",
            MIN,
            3,
            "/api/v5/market/mark-price-candles",
            "/api/v5/market/history-mark-price-candles",
        ),
        (
            "BTC-USD",
            "index",
            "1m",
            MIN,
            2,
            "/api/v5/market/index-candles",
            "/api/v5/market/history-index-candles",
        ),
    ] {
        sim.clear_log();
        let (since, until) = (minutes_ago(&sim, days * 1440 + 7), minutes_ago(&sim, 60));
        let (since, until) = (since / bar_ms * bar_ms, until / bar_ms * bar_ms);
        let (code, out, err) = run(sb.okx_at(&sim).args([
            "candles",
            id,
            "--price",
            price,
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
        assert_eq!(
            out.lines().next(),
            Some("ts,open,high,low,close,confirm"),
            "no volume columns"
        );
        assert_exact_range(&csv_ts(&out), since, until, bar_ms);
        assert!(out.lines().skip(1).all(|l| l.split(',').count() == 6));
        assert!(!requests_to(&sim, recent).is_empty(), "{recent}");
        let pages = requests_to(&sim, history);
        let limit = if price == "mark" { 20 } else { 10 };
        assert!(pages.len() > limit, "{history}: {} pages", pages.len());
        assert!(pages.iter().all(|e| e.target.contains("limit=100")));
        let log = sim.log();
        assert_eq!(log.iter().filter(|e| e.status == 429).count(), 0, "no 429");
        assert!(!log.iter().any(|e| e.path == "/api/v5/market/candles"));
        assert!(!err.contains("no candles"), "{err}");
    }
}

#[test]
fn price_candles_json_is_okx_rows_and_tables_have_no_volume() {
    let sim = sim();
    let sb = Sandbox::new();
    let until = minutes_ago(&sim, 3 * 1440);
    let since = until - 149 * MIN;
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "ETH-USDT-SWAP",
        "--price",
        "mark",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let mut want = Vec::new();
    for after in [until + 1, until - 99 * MIN] {
        let page = sim_data(
            &sim,
            &format!(
                "/api/v5/market/history-mark-price-candles?instId=ETH-USDT-SWAP&after={after}&before={}&limit=100",
                since - 1
            ),
        );
        want.extend(page.as_array().unwrap().iter().cloned());
    }
    want.reverse();
    assert_eq!(
        got,
        Value::Array(want),
        "oldest first, OKX's rows unchanged"
    );

    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["candles", "BTC-USDT", "--price", "index", "--limit", "5"])
        .args(["-o", "table"]));
    assert_eq!(code, 0, "{err}");
    let header = out.lines().next().unwrap();
    assert!(
        header.contains("close") && !header.contains("vol"),
        "{header}"
    );
    assert_eq!(table_rows(&out).len(), 5);
    assert_eq!(requests_to(&sim, "/api/v5/market/index-candles").len(), 1);
}

#[test]
fn three_month_mark_candles_come_from_the_recent_endpoint_alone() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles",
        "BTC-USDT-SWAP",
        "--price",
        "mark",
        "--bar",
        "3M",
        "--since",
        "720d",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = json(&out);
    assert!((8..=9).contains(&rows.as_array().unwrap().len()), "{rows}");
    assert!(requests_to(&sim, "/api/v5/market/history-mark-price-candles").is_empty());
    assert!(sim.log().iter().all(|e| e.status == 200), "no refusal");
}

#[test]
fn watch_mark_price_receives_pushes() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "mark-price",
                "BTC-USDT-SWAP",
                "BTC-USD-SWAP",
                "--count",
                "4",
                "--json",
            ],
        ),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    assert_eq!(got.len(), 4);
    for m in &got {
        assert_eq!(m["arg"]["channel"], "mark-price", "{m}");
        let d = &m["data"][0];
        assert_eq!(d["instType"], "SWAP");
        assert_eq!(d["instId"], m["arg"]["instId"]);
        dec(d["markPx"].as_str().unwrap());
    }
    let ids: std::collections::BTreeSet<&str> = got
        .iter()
        .map(|m| m["arg"]["instId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2, "both subscribed");
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &["mark-price", "BTC-USD-SWAP", "--count", "1", "-o", "table"],
        ),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("BTC-USD-SWAP mark "), "{out}");
}

#[test]
fn open_interest_of_an_option_takes_its_family_from_the_id() {
    let sim = sim();
    let sb = Sandbox::new();
    let option = sim_data(
        &sim,
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
    )[0]["instId"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, out, err) = run(sb.okx_at(&sim).args(["open-interest", &option, "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["instId"], option.as_str());
    assert_eq!(
        requests_to(&sim, "/api/v5/public/open-interest")[0].target,
        format!("/api/v5/public/open-interest?instType=OPTION&instFamily=BTC-USD&instId={option}")
    );
}
