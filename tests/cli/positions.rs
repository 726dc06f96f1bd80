//! The read-only account and position commands (issue 14) against the stand-in: `okx account`,
//! `okx positions` (and `history`), `okx leverage`, `okx max-size`, `okx fees`, `okx watch
//! positions|balance-position`. Positions are opened with `okx order place … --type market`
//! (and, in long/short mode, signed `okx api` orders with a posSide).

use std::str::FromStr;
use std::time::Duration;

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

use crate::support::*;

/// A signed market order through `okx api`: the stand-in fills it at once.
fn order(sb: &Sandbox, sim: &okx_sim::Sim, body: &str) {
    let (code, out, err) =
        run(sb
            .okx_signed(sim)
            .args(["api", "POST", "/api/v5/trade/order", "--body", body]));
    assert_eq!(code, 0, "{body}: {out}{err}");
    assert_eq!(json(&out)["code"], "0", "{out}");
}

/// A market order through `okx order place` (the stand-in fills it at once).
fn market(sb: &Sandbox, sim: &okx_sim::Sim, inst: &str, td: &str, side: &str, sz: &str) {
    let (code, out, err) = run(sb.okx_signed(sim).args([
        "order",
        "place",
        inst,
        side,
        sz,
        "--td-mode",
        td,
        "--type",
        "market",
    ]));
    assert_eq!(code, 0, "{inst} {side} {sz}: {out}{err}");
}

/// OKX's answer to a signed GET, through `okx api`: its `data`.
fn okx_get(sb: &Sandbox, sim: &okx_sim::Sim, path: &str, fields: &[&str]) -> Value {
    let mut args = vec!["api", "GET", path];
    for f in fields {
        args.extend(["-f", f]);
    }
    let (code, out, err) = run(sb.okx_signed(sim).args(&args));
    assert_eq!(code, 0, "{out}{err}");
    json(&out)["data"].clone()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("not a decimal: {s:?}"))
}

/// CSV output as rows of cells (no quoted commas in these tables), header first.
fn csv(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

fn okx_requests(sim: &okx_sim::Sim) -> Vec<okx_sim::LogEntry> {
    sim.log().into_iter().filter(from_okx).collect()
}

#[test]
fn account_is_told_in_words_and_json_is_okx_item_unchanged() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["account", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    for want in [
        "futures (single-currency margin) (acctLv 2)",
        "net (one position per instrument",
        "read, trade",
        "none: this key works from any IP address",
        "this is the main account",
        "okx-sim live",
        "Lv1",
    ] {
        assert!(out.contains(want), "{want:?} missing:\n{out}");
    }
    let (code, out, err) = run(sb.okx_signed(&sim).args(["account", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        json(&out),
        okx_get(&sb, &sim, "/api/v5/account/config", &[])
    );
    // Spot mode is said to forbid derivatives.
    sim.set_account_level(&okx_sim::Account::live().api_key, "1")
        .unwrap();
    let (_, out, _) = run(sb.okx_signed(&sim).args(["account", "-o", "table"]));
    assert!(out.contains("spot (no derivatives"), "{out}");
}

#[test]
fn no_positions_is_said_on_stderr() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("no open positions found"), "{err}");
    let (code, out, _) = run(sb.okx_signed(&sim).args(["positions", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(json(&out), Value::Array(vec![]));
}

#[test]
fn positions_match_the_stand_in_with_coin_sizes_and_pnl_by_hand() {
    let sim = sim();
    let sb = Sandbox::new();
    // A linear long (0.01 BTC a contract) and an inverse short (100 USD a contract).
    market(&sb, &sim, "BTC-USDT-SWAP", "cross", "buy", "2");
    market(&sb, &sim, "BTC-USD-SWAP", "isolated", "sell", "3");

    // JSON: OKX's items unchanged, the stand-in's positions.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "--json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let got = got.as_array().unwrap();
    let want = sim.positions();
    assert_eq!(got.len(), 2);
    for g in got {
        let w = want
            .iter()
            .find(|w| w["instId"] == g["instId"])
            .expect("the stand-in's position");
        for k in [
            "posId", "pos", "posSide", "avgPx", "mgnMode", "lever", "ccy", "instType",
        ] {
            assert_eq!(g[k], w[k], "{k}");
        }
        // Everything OKX sent is there, as sent (only the stand-in's own "uid" is extra).
        assert_eq!(
            g.as_object().unwrap().len() + 1,
            w.as_object().unwrap().len()
        );
    }
    let net = got.iter().find(|p| p["instId"] == "BTC-USD-SWAP").unwrap();
    assert_eq!(net["pos"], "-3", "a net short is a negative pos");

    // CSV: one row per position, no totals; figures by hand from the same row.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let rows = csv(&out);
    assert_eq!(
        rows[0],
        [
            "instrument",
            "side",
            "contracts",
            "size (coin)",
            "avg entry",
            "mark",
            "liq. price",
            "uPnL",
            "ccy",
            "uPnL (%)",
            "margin",
            "lever",
            "margin ratio",
            "notional (USD)"
        ]
    );
    assert_eq!(rows.len(), 3, "two positions and no totals in CSV:\n{out}");
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap().clone();
    let linear = row("BTC-USDT-SWAP");
    assert_eq!(linear[1], "long");
    assert_eq!(linear[2], "2");
    assert_eq!(d(&linear[3]), d("0.02"), "2 contracts x 0.01 BTC");
    let (avg, mark) = (d(&linear[4]), d(&linear[5]));
    assert_eq!(
        d(&linear[7]),
        (mark - avg) * d("2") * d("0.01"),
        "linear long uPnL = (mark - entry) x contracts x ctVal"
    );
    assert_eq!(linear[8], "USDT");
    assert_eq!(linear[10], "cross");
    assert_eq!(d(&linear[13]), d("2") * d("0.01") * mark, "notional");

    let inverse = row("BTC-USD-SWAP");
    assert_eq!(inverse[1], "short");
    assert_eq!(inverse[2], "3", "the size, its sign in the side");
    let (avg, mark) = (d(&inverse[4]), d(&inverse[5]));
    let face = d("3") * d("100");
    assert_eq!(
        d(&inverse[3]),
        (face / mark).round_dp_with_strategy(8, RoundingStrategy::MidpointAwayFromZero),
        "inverse coin = contracts x ctVal / mark, to 8 decimals"
    );
    let upl = face / mark - face / avg;
    assert!(
        (d(&inverse[7]) - upl).abs() < d("0.000000000001"),
        "inverse short uPnL = face/mark - face/entry: {} vs {upl}",
        inverse[7]
    );
    assert_eq!(inverse[8], "BTC");
    assert_eq!(inverse[10], "isolated");
    assert_eq!(
        d(&inverse[13]),
        face,
        "an inverse contract's notional is its face"
    );
    // The table ends with the totals per settlement currency and the notional of all.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    let totals: Vec<&str> = out.lines().filter(|l| l.starts_with(" total")).collect();
    assert_eq!(totals.len(), 3, "{out}");
    assert!(
        totals[0].contains("BTC") && totals[1].contains("USDT"),
        "{out}"
    );
    assert!(totals[2].contains("total, all"), "{out}");

    // One instrument, and a type filter, go to OKX as instId and instType.
    sim.clear_log();
    let (code, out, _) =
        run(sb
            .okx_signed(&sim)
            .args(["positions", "BTC-USD-SWAP", "--type", "SWAP", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(json(&out).as_array().unwrap().len(), 1);
    let sent = requests_to(&sim, "/api/v5/account/positions");
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].target.contains("instType=SWAP") && sent[0].target.contains("instId=BTC-USD-SWAP"),
        "{}",
        sent[0].target
    );
    // JSON needs no instrument list; the table does (cached after).
    assert!(requests_to(&sim, "/api/v5/public/instruments").is_empty());
}

fn post(sb: &Sandbox, sim: &okx_sim::Sim, path: &str, body: &str) -> Value {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["api", "POST", path, "--body", body]));
    assert_eq!(code, 0, "{body}: {out}{err}");
    json(&out)
}

#[test]
fn upl_percent_is_the_ratio_times_100() {
    let sim = sim();
    let sb = Sandbox::new();
    market(&sb, &sim, "ETH-USDT-SWAP", "isolated", "sell", "5");
    // An isolated position's margin stays put while the mark moves: uplRatio = upl / margin,
    // so the table's % is checked against its own uPnL cell.
    let (_, out, _) = run(sb.okx_signed(&sim).args(["positions", "--json"]));
    let margin = d(json(&out)[0]["margin"].as_str().unwrap());
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let rows = csv(&out);
    assert_eq!(rows[1][1], "short");
    let (upl, pct) = (d(&rows[1][7]), d(&rows[1][9]));
    assert!(
        (pct - upl / margin * d("100")).abs() < d("0.0000000001"),
        "uPnL % {pct} vs upl {upl} / margin {margin} x 100"
    );
}

#[test]
fn long_short_mode_shows_both_sides_and_both_leverages() {
    let sim = sim();
    let sb = Sandbox::new();
    let r = post(
        &sb,
        &sim,
        "/api/v5/account/set-position-mode",
        r#"{"posMode":"long_short_mode"}"#,
    );
    assert_eq!(r["code"], "0", "{r}");
    for (side, pos_side) in [("buy", "long"), ("sell", "short")] {
        order(
            &sb,
            &sim,
            &format!(
                r#"{{"instId":"BTC-USDT-SWAP","tdMode":"isolated","side":"{side}","posSide":"{pos_side}","ordType":"market","sz":"4"}}"#
            ),
        );
    }
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let rows = csv(&out);
    let mut sides: Vec<(String, String)> = rows[1..]
        .iter()
        .map(|r| (r[1].clone(), r[2].clone()))
        .collect();
    sides.sort();
    assert_eq!(
        sides,
        [("long".into(), "4".into()), ("short".into(), "4".into())]
    );
    let (_, out, _) = run(sb.okx_signed(&sim).args(["account", "-o", "table"]));
    assert!(
        out.contains("long/short (a long and a short position"),
        "{out}"
    );

    // Isolated leverage in long/short mode: one row per side.
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "leverage",
        "BTC-USDT-SWAP",
        "--mgn-mode",
        "isolated",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let mut got: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["posSide"].as_str().unwrap().to_string())
        .collect();
    got.sort();
    assert_eq!(got, ["long", "short"]);
}

#[test]
fn leverage_in_both_modes_by_default_as_okx_sent_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let r = post(
        &sb,
        &sim,
        "/api/v5/account/set-leverage",
        r#"{"instId":"BTC-USDT-SWAP","lever":"7","mgnMode":"isolated"}"#,
    );
    assert_eq!(r["code"], "0", "{r}");
    sim.clear_log();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["leverage", "BTC-USDT-SWAP", "--json"]));
    assert_eq!(code, 0, "{err}");
    let cross = okx_get(
        &sb,
        &sim,
        "/api/v5/account/leverage-info",
        &["instId=BTC-USDT-SWAP", "mgnMode=cross"],
    );
    let isolated = okx_get(
        &sb,
        &sim,
        "/api/v5/account/leverage-info",
        &["instId=BTC-USDT-SWAP", "mgnMode=isolated"],
    );
    let mut want = cross.as_array().unwrap().clone();
    want.extend(isolated.as_array().unwrap().clone());
    assert_eq!(json(&out), Value::Array(want), "cross first, then isolated");
    assert_eq!(
        requests_to(&sim, "/api/v5/account/leverage-info").len(),
        4,
        "two by okx leverage, two by okx api"
    );
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "leverage",
        "BTC-USDT-SWAP",
        "--mgn-mode",
        "isolated",
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "instrument,margin,side,leverage,ccy\nBTC-USDT-SWAP,isolated,net,7,\n"
    );
}

#[test]
fn max_size_pairs_both_endpoints_per_instrument() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "max-size",
        "BTC-USDT-SWAP",
        "--td-mode",
        "cross",
        "--price",
        "50000",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let sizes = okx_get(
        &sb,
        &sim,
        "/api/v5/account/max-size",
        &["instId=BTC-USDT-SWAP", "tdMode=cross", "px=50000"],
    );
    let avail = okx_get(
        &sb,
        &sim,
        "/api/v5/account/max-avail-size",
        &["instId=BTC-USDT-SWAP", "tdMode=cross"],
    );
    assert_eq!(got[0]["instId"], "BTC-USDT-SWAP");
    assert_eq!(got[0]["maxSize"], sizes[0]);
    assert_eq!(got[0]["maxAvailSize"], avail[0]);
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "max-size",
        "BTC-USDT-SWAP",
        "--td-mode",
        "cross",
        "--price",
        "50000",
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = csv(&out);
    assert_eq!(
        rows[1],
        [
            "BTC-USDT-SWAP".to_string(),
            sizes[0]["maxBuy"].as_str().unwrap().into(),
            sizes[0]["maxSell"].as_str().unwrap().into(),
            "contracts".into(),
            avail[0]["availBuy"].as_str().unwrap().into(),
            avail[0]["availSell"].as_str().unwrap().into(),
            "USDT".into(),
        ]
    );
}

#[test]
fn fees_are_charges_or_rebates_in_words_and_derivatives_ask_by_family() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.clear_log();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["fees", "BTC-USDT-SWAP", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    // The stand-in's swap tier: maker -0.0002, taker -0.0005 (negative: charged).
    assert_eq!(
        out,
        "type,level,group,maker,taker,delivery,exercise\nSWAP,Lv1,1,0.02% charge,0.05% charge,,\n"
    );
    let sent = requests_to(&sim, "/api/v5/account/trade-fee");
    assert!(
        sent[0].target.contains("instType=SWAP") && sent[0].target.contains("instFamily=BTC-USDT"),
        "{}",
        sent[0].target
    );
    let (code, out, err) = run(sb.okx_signed(&sim).args(["fees", "BTC-USDT", "--json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    assert_eq!(got[0]["taker"], "-0.001", "OKX's sign, unchanged");
    assert_eq!(got[0]["feeGroup"][0]["maker"], "-0.0008");
    let sent = requests_to(&sim, "/api/v5/account/trade-fee");
    assert!(
        sent[1].target.contains("instId=BTC-USDT"),
        "{}",
        sent[1].target
    );
}

#[test]
fn positions_history_walks_every_page_oldest_first() {
    let sim = sim();
    sim.set_rate_limits(false);
    let sb = Sandbox::new();
    // 103 closed positions: more than one page of 100.
    let n = 103;
    for _ in 0..n {
        market(&sb, &sim, "BTC-USDT-SWAP", "cross", "buy", "1");
        market(&sb, &sim, "BTC-USDT-SWAP", "cross", "sell", "1");
    }
    sim.set_rate_limits(true);
    sim.clear_log();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["positions", "history", "--json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let got = got.as_array().unwrap();
    assert_eq!(got.len(), n, "every record");
    let times: Vec<i64> = got
        .iter()
        .map(|h| h["uTime"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    // OKX reuses a posId for the next position on the same instrument: a lifecycle is told by
    // its open and last-update times.
    let mut ids: Vec<(&str, &str)> = got
        .iter()
        .map(|h| (h["cTime"].as_str().unwrap(), h["uTime"].as_str().unwrap()))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "no duplicate");
    assert!(got.iter().all(|h| h["type"] == "2"));
    let pages = requests_to(&sim, "/api/v5/account/positions-history");
    assert_eq!(pages.len(), 3, "two full pages, then an empty one");
    assert!(pages.iter().all(|p| p.status == 200));

    // --since keeps the newer ones: the last 3 by uTime.
    let since = times[n - 3].to_string();
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["positions", "history", "--since", &since, "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let rows = csv(&out);
    assert_eq!(rows.len(), 4, "header and 3 records:\n{out}");
    assert_eq!(rows[1][5], "closed");
}

#[test]
fn watch_positions_pushes_after_a_fill() {
    let sim = sim();
    let sb = Sandbox::new();
    let child = sb.spawn_watch(
        &sim,
        &[
            "positions",
            "--type",
            "SWAP",
            "--events-only",
            "--count",
            "2",
            "--json",
        ],
    );
    wait_for("the positions subscription", || {
        ws_sent(&sim, "subscribe") >= 1
    });
    std::thread::sleep(Duration::from_millis(200));
    market(&sb, &sim, "BTC-USDT-SWAP", "cross", "buy", "2");
    let (code, out, err) = finish(child, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["arg"]["channel"], "positions");
    assert_eq!(got[0]["eventType"], "snapshot");
    assert_eq!(got[1]["data"][0]["instId"], "BTC-USDT-SWAP");
    assert_eq!(got[1]["data"][0]["pos"], "2");
    let sub = sim
        .ws_log()
        .into_iter()
        .find(|e| e.text.contains("\"op\":\"subscribe\""))
        .unwrap();
    let sub: Value = serde_json::from_str(&sub.text).unwrap();
    assert_eq!(sub["args"][0]["instType"], "SWAP");
    assert_eq!(sub["args"][0]["extraParams"], r#"{"updateInterval":"0"}"#);

    // balance_and_position, readable: the snapshot, then the fill's event.
    let child = sb.spawn_watch(&sim, &["balance-position", "--count", "2", "-o", "table"]);
    wait_for("the balance_and_position subscription", || {
        ws_sent(&sim, "subscribe") >= 2
    });
    std::thread::sleep(Duration::from_millis(200));
    market(&sb, &sim, "BTC-USDT-SWAP", "cross", "buy", "1");
    let (code, out, err) = finish(child, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains(" snapshot; cash USDT"), "{out}");
    assert!(
        lines[1].contains(" filled; cash USDT") && lines[1].contains("BTC-USDT-SWAP long 3 @"),
        "{out}"
    );
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let eleven: Vec<String> = (0..11).map(|i| format!("X{i}-USDT-SWAP")).collect();
    let mut too_many = vec!["positions".to_string()];
    too_many.extend(eleven);
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["positions".into(), "--type".into(), "SPOT".into()],
            "okx balance",
        ),
        (
            vec![
                "positions".into(),
                "BTC-USDT-SWAP".into(),
                "--type".into(),
                "FUTURES".into(),
            ],
            "BTC-USDT-SWAP is a SWAP instrument, not FUTURES",
        ),
        (too_many, "at most 10"),
        (
            vec![
                "positions".into(),
                "history".into(),
                "--since".into(),
                "2099-01-01".into(),
            ],
            "in the future",
        ),
        (
            vec!["leverage".into(), "BTC-USD-261225-90000-C".into()],
            "options have no leverage",
        ),
        (
            vec![
                "max-size".into(),
                "BTC-USDT-SWAP".into(),
                "BTC-USDT".into(),
                "--td-mode".into(),
                "cross".into(),
            ],
            "59004",
        ),
        (
            vec![
                "max-size".into(),
                "BTC-USDT-SWAP".into(),
                "--td-mode".into(),
                "cash".into(),
            ],
            "--td-mode cross",
        ),
        (
            vec![
                "max-size".into(),
                "BTC-USDT-SWAP".into(),
                "ETH-USDT-SWAP".into(),
                "--td-mode".into(),
                "cross".into(),
                "--price".into(),
                "1".into(),
            ],
            "one INST_ID",
        ),
        (
            vec![
                "max-size".into(),
                "BTC-USDT-SWAP".into(),
                "--td-mode".into(),
                "cross".into(),
                "--price".into(),
                "-5".into(),
            ],
            "--price",
        ),
        (vec!["max-size".into(), "BTC-USDT-SWAP".into()], "--td-mode"),
        (
            vec![
                "fees".into(),
                "BTC-USDT-SWAP".into(),
                "--type".into(),
                "SPOT".into(),
            ],
            "not SPOT",
        ),
        (vec!["fees".into()], "--type"),
        (
            vec![
                "watch".into(),
                "positions".into(),
                "--type".into(),
                "SPOT".into(),
            ],
            "okx watch account",
        ),
        (
            vec!["positions".into(), "btc-usdt-swap".into()],
            "upper case",
        ),
    ];
    for (args, want) in cases {
        let (code, out, err) = run(sb.okx_signed(&sim).args(&args));
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(want), "{args:?}: {want:?} not in {err}");
        assert!(err.trim_end().lines().count() <= 3, "{args:?}: {err}");
    }
    assert!(okx_requests(&sim).is_empty(), "nothing sent");
    assert_eq!(sim.ws_connections(), 0);
}
