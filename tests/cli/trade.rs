//! Account and trading against the stand-in: balances, orders, pre-send checks, dry runs, the
//! audit log, and above all: a lost answer never leads to a second order.

use std::time::Duration;

use okx_sim::{Account, Fault, Sim};
use serde_json::Value;

use crate::support::*;

pub(crate) const ORDER: &str = "/api/v5/trade/order";
/// Faults for the order itself, not the look-ups that share its path.
pub(crate) const PLACE: &str = "POST /api/v5/trade/order";
/// Faults for the look-ups of an order.
pub(crate) const LOOKUP: &str = "GET /api/v5/trade/order";

pub(crate) fn order_posts(sim: &Sim) -> usize {
    sim.log()
        .iter()
        .filter(|e| e.path == ORDER && e.method == "POST")
        .count()
}

pub(crate) fn orders_with(sim: &Sim, cl_ord_id: &str) -> Vec<Value> {
    sim.orders()
        .into_iter()
        .filter(|o| o["clOrdId"] == cl_ord_id)
        .collect()
}

/// A price well below the market, on BTC-USDT's tick: a limit buy there rests.
pub(crate) fn resting_price(sim: &Sim) -> String {
    let last: f64 = sim_data(sim, "/api/v5/market/ticker?instId=BTC-USDT")[0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    format!("{:.1}", (last * 0.97).floor())
}

/// Runs `okx order place …` signed, as JSON; returns (exit code, result object, stderr).
pub(crate) fn place(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["order", "place"])
        .args(args)
        .arg("--json"));
    assert_no_sim_secrets(&[&out, &err]);
    let v = if out.trim().is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

fn assert_no_sim_secrets(outputs: &[&str]) {
    let a = Account::live();
    for o in outputs {
        assert!(
            !o.contains(&a.secret_key) && !o.contains(&a.passphrase) && !o.contains(&a.api_key),
            "credential leaked:\n{o}"
        );
    }
}

fn avail(sim: &Sim, ccy: &str) -> f64 {
    sim.balance(&Account::live().api_key, ccy)
        .map(|(a, _)| a.parse().unwrap())
        .unwrap_or(0.0)
}

#[test]
fn balance_in_table_and_json() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["balance", "--ccy", "USDT,BTC", "--json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let details = v[0]["details"].as_array().unwrap();
    assert_eq!(details.len(), 2);
    let usdt = details.iter().find(|d| d["ccy"] == "USDT").unwrap();
    assert_eq!(
        usdt["availBal"].as_str().unwrap(),
        sim.balance(&Account::live().api_key, "USDT").unwrap().0
    );
    assert_eq!(sim.log()[0].target, "/api/v5/account/balance?ccy=USDT,BTC");
    let (code, out, _) = run(sb.okx_signed(&sim).args(["balance", "-o", "table"]));
    assert_eq!(code, 0);
    for h in [
        "currency",
        "equity",
        "available",
        "frozen",
        "USD value",
        "total equity (USD)",
        "USDT",
        "BTC",
    ] {
        assert!(out.contains(h), "missing {h}:\n{out}");
    }
    assert_no_sim_secrets(&[&out]);
}

#[test]
fn limit_order_rests_then_lists_gets_cancels_and_shows_in_history() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = resting_price(&sim);
    let usdt_before = avail(&sim, "USDT");
    let (code, v, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &px,
            "--cl-ord-id",
            "rest1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "placed");
    let ord_id = v["ordId"].as_str().unwrap().to_string();
    assert!(
        err.contains("LIVE trading on http://127.0.0.1"),
        "banner: {err}"
    );
    let body: Value = serde_json::from_str(
        &sim.log()
            .iter()
            .find(|e| e.path == ORDER && e.method == "POST")
            .unwrap()
            .body,
    )
    .unwrap();
    assert_eq!(body["ordType"], "limit");
    assert_eq!(
        body["px"],
        px.as_str(),
        "the price goes out as the text typed"
    );
    assert!(body.get("tgtCcy").is_none(), "tgtCcy is for market orders");
    assert!(
        avail(&sim, "USDT") < usdt_before,
        "funds are frozen for a resting order"
    );

    let (code, out, _) = run(sb.okx_signed(&sim).args(["order", "list", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(json(&out)[0]["ordId"], ord_id.as_str());
    let (code, out, _) = run(sb.okx_signed(&sim).args([
        "order",
        "get",
        "BTC-USDT",
        "--cl-ord-id",
        "rest1",
        "--json",
    ]));
    assert_eq!(code, 0);
    assert_eq!(json(&out)[0]["state"], "live");
    let (code, out, _) = run(sb.okx_signed(&sim).args([
        "order", "get", "BTC-USDT", "--ord-id", &ord_id, "-o", "table",
    ]));
    assert_eq!(code, 0);
    assert!(out.contains("state") && out.contains("live"), "{out}");

    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "cancel", "BTC-USDT", "--ord-id", &ord_id, "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["result"], "canceled");
    assert!(
        (avail(&sim, "USDT") - usdt_before).abs() < 1e-9,
        "funds are released on cancel"
    );

    // Cancelling again: OKX's 51400 with its real meaning.
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "cancel", "BTC-USDT", "--ord-id", &ord_id]));
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("OKX 51400") && err.contains("filled, canceled or does not exist"),
        "{err}"
    );

    let (code, out, _) = run(sb.okx_signed(&sim).args(["order", "history", "--json"]));
    assert_eq!(code, 0);
    assert!(json(&out)
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["ordId"] == ord_id.as_str() && o["state"] == "canceled"));
    let (code, out, _) = run(sb
        .okx_signed(&sim)
        .args(["order", "history", "-o", "table"]));
    assert_eq!(code, 0);
    assert!(out.contains("canceled") && out.contains("rest1"), "{out}");
}

#[test]
fn market_buy_sends_tgt_ccy_and_moves_balances() {
    let sim = sim();
    let sb = Sandbox::new();
    let (btc, usdt) = (avail(&sim, "BTC"), avail(&sim, "USDT"));
    let (code, v, err) = place(&sb, &sim, &["BTC-USDT", "buy", "0.001", "--type", "market"]);
    assert_eq!(code, 0, "{err}");
    let cl = v["clOrdId"].as_str().unwrap();
    assert!(
        cl.starts_with("okx") && cl.len() <= 32,
        "a generated clOrdId is printed: {v}"
    );
    let body: Value = serde_json::from_str(
        &sim.log()
            .iter()
            .find(|e| e.path == ORDER && e.method == "POST")
            .unwrap()
            .body,
    )
    .unwrap();
    assert_eq!(
        body["tgtCcy"], "base_ccy",
        "okx states the unit; OKX's default for a market buy is the quote currency"
    );
    assert!(body.get("px").is_none());
    let gained = avail(&sim, "BTC") - btc;
    assert!(
        (gained - 0.000999).abs() < 1e-9,
        "bought 0.001 BTC less the 0.1% fee, got {gained}"
    );
    assert!(usdt - avail(&sim, "USDT") > 10.0, "USDT was spent");
    let filled = orders_with(&sim, cl);
    assert_eq!(filled.len(), 1);
    assert_eq!(filled[0]["state"], "filled");

    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "20",
            "--type",
            "market",
            "--tgt-ccy",
            "quote",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let body: Value = serde_json::from_str(
        &sim.log()
            .iter()
            .rfind(|e| e.path == ORDER && e.method == "POST")
            .unwrap()
            .body,
    )
    .unwrap();
    assert_eq!(body["tgtCcy"], "quote_ccy");
}

#[test]
fn pending_orders_are_listed_past_one_page() {
    let sim = sim();
    let ids = sim.add_resting_orders(&Account::live().api_key, "ETH-USDT", 150);
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "list", "ETH-USDT", "--json"]));
    assert_eq!(code, 0, "{err}");
    let listed: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["ordId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed.len(), 150);
    for id in &ids {
        assert!(listed.contains(id), "missing {id}");
    }
    assert!(requests_to(&sim, "/api/v5/trade/orders-pending").len() >= 2);
}

#[test]
fn per_order_rejections_get_their_real_meaning() {
    let sim = sim();
    let sb = Sandbox::new();
    // Far more than the account holds.
    let (code, v, err) = place(
        &sb,
        &sim,
        &["BTC-USDT", "buy", "1000", "--price", &resting_price(&sim)],
    );
    assert_eq!(code, 5, "{err}");
    assert_eq!(v["result"], "rejected");
    assert!(
        err.contains("OKX 51008") && err.contains("Insufficient balance"),
        "{err}"
    );
    // A buy far above the market: OKX's price band.
    let (code, _, err) = place(
        &sb,
        &sim,
        &["BTC-USDT", "buy", "0.001", "--price", "9999999.9"],
    );
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("OKX 51006"), "{err}");
    // The exchange changed the lot size after okx cached the rules: OKX's 51121.
    let cache = sb.path().join(".cache/okx");
    let file = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("instruments-")
        })
        .expect("the instruments cache");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"lotSz\":\"0.00000001\"", "\"lotSz\":\"0.000000001\"");
    std::fs::write(&file, text).unwrap();
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.001000001",
            "--price",
            &resting_price(&sim),
        ],
    );
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("OKX 51121") && err.contains("lot size"),
        "{err}"
    );
    assert!(sim.orders().is_empty());
}

#[test]
fn pre_send_checks_refuse_with_the_nearest_valid_values_and_send_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    // Warm the instrument cache, then watch the log.
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.01",
        "--price",
        "1000",
        "--dry-run",
    ]));
    assert_eq!(code, 0, "{err}");
    sim.clear_log();
    let cases: &[(&[&str], &str)] = &[
        (
            &["BTC-USDT", "buy", "0.01", "--price", "42000.05"],
            "use 42000.0 or 42000.1",
        ),
        (
            &["BTC-USDT", "buy", "0.000100015", "--price", "42000"],
            "use 0.00010001 or 0.00010002",
        ),
        (
            &["BTC-USDT", "buy", "0.000000015", "--price", "42000"],
            "use at least 0.00001",
        ),
        (
            &["BTC-USDT", "buy", "0.000001", "--price", "42000"],
            "use at least 0.00001",
        ),
        (&["BTC-USDT", "buy", "-1", "--price", "42000"], "negative"),
        (
            &["BTC-USDT", "buy", "1e-3", "--price", "42000"],
            "write 0.001",
        ),
        (
            &["BTC-USDT", "buy", "0.01", "--price", "abc"],
            "not a plain decimal",
        ),
        (&["BTC-USDT", "buy", "0.01"], "--type market"),
        (
            &[
                "BTC-USDT", "buy", "0.01", "--type", "market", "--price", "42000",
            ],
            "takes no --price",
        ),
        (
            &[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--tgt-ccy",
                "quote",
            ],
            "market orders only",
        ),
        (
            &[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--cl-ord-id",
                "has-dash",
            ],
            "letters and digits",
        ),
        (
            &["BTC/USDT", "buy", "0.01", "--price", "42000"],
            "use BTC-USDT",
        ),
        (
            &[
                "BTC-USDT", "buy", "0.01", "--price", "42000", "--expire", "0",
            ],
            "--expire",
        ),
    ];
    for (args, needle) in cases {
        let (code, out, err) = run(sb.okx_signed(&sim).args(["order", "place"]).args(*args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line expected: {err}"
        );
    }
    assert!(sim.log().is_empty(), "requests were sent: {:?}", sim.log());
}

#[test]
fn dry_run_sends_nothing_and_shows_no_secret() {
    let sim = sim();
    let sb = Sandbox::new();
    for format in ["json", "table"] {
        let (code, out, err) = run(sb.okx_signed(&sim).args([
            "order",
            "place",
            "BTC-USDT",
            "sell",
            "0.01",
            "--price",
            "99999.9",
            "--dry-run",
            "-o",
            format,
        ]));
        assert_eq!(code, 0, "{err}");
        assert_no_sim_secrets(&[&out, &err]);
        assert!(
            out.contains("/api/v5/trade/order") && out.contains("\"sz\":\"0.01\"")
                || out.contains(r#"\"sz\":\"0.01\""#),
            "{out}"
        );
        assert!(
            out.contains("(redacted)") && out.contains("4f1c…b5a7"),
            "{out}"
        );
        assert!(out.contains("expTime"), "{out}");
        assert!(err.contains("dry run, nothing will be sent"), "{err}");
    }
    let (code, _, _) = run(sb.okx_signed(&sim).args([
        "order",
        "cancel",
        "BTC-USDT",
        "--cl-ord-id",
        "abc",
        "--dry-run",
    ]));
    assert_eq!(code, 0);
    assert!(
        sim.log()
            .iter()
            .all(|e| e.path == "/api/v5/public/instruments"),
        "only public rules were fetched: {:?}",
        sim.log()
    );
    assert!(sim.orders().is_empty());
}

#[test]
fn audit_log_records_each_request_without_secrets() {
    let sim = sim();
    let sb = Sandbox::new();
    let log = sb.path().join("audit.jsonl");
    let (code, v, err) = {
        let (code, out, err) = run(sb.okx_signed(&sim).env("OKX_AUDIT_LOG", &log).args([
            "order",
            "place",
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &resting_price(&sim),
            "--json",
        ]));
        (code, json(&out), err)
    };
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&log).unwrap();
    assert_no_sim_secrets(&[&text]);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let post = lines
        .iter()
        .find(|l| l["method"] == "POST" && l["event"] == "answer")
        .expect("the order POST's answer is logged");
    assert_eq!(post["path"], ORDER);
    assert_eq!(post["status"], 200);
    assert_eq!(post["code"], "0");
    assert_eq!(post["ordId"], v["ordId"]);
    assert_eq!(post["clOrdId"], v["clOrdId"]);
    assert!(post["body"].as_str().unwrap().contains("\"side\":\"buy\""));
    assert!(post["duration_ms"].is_u64() && post["time"].as_str().unwrap().ends_with('Z'));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&log).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

/// Places with a fault on the order, then faults on its look-ups; returns (exit code,
/// result, stderr).
fn place_with(faults: &[Fault], extra: &[&str]) -> (Sim, i32, Value, String) {
    let sim = sim();
    let (first, lookups) = faults.split_first().expect("a fault for the order");
    sim.inject(PLACE, first.clone(), 1);
    for f in lookups {
        sim.inject(LOOKUP, f.clone(), 1);
    }
    let sb = Sandbox::new();
    let px = resting_price(&sim);
    let mut args = vec![
        "BTC-USDT",
        "buy",
        "0.01",
        "--price",
        px.as_str(),
        "--expire",
        "1",
    ];
    args.extend_from_slice(extra);
    let (code, v, err) = place(&sb, &sim, &args);
    (sim, code, v, err)
}

#[test]
fn a_lost_answer_after_processing_finds_the_placed_order_and_never_resends() {
    let cases: Vec<(Fault, &[&str])> = vec![
        (Fault::Slow(Duration::from_secs(3)), &["--timeout", "1"]),
        (Fault::ResetAfterProcessing, &[]),
        (
            Fault::Answer {
                status: 500,
                code: "51149".into(),
                msg: "Order timed out".into(),
                process: true,
            },
            &[],
        ),
        (
            Fault::Answer {
                status: 400,
                code: "50004".into(),
                msg: "Endpoint request timeout".into(),
                process: true,
            },
            &[],
        ),
    ];
    for (fault, extra) in cases {
        let (sim, code, v, err) = place_with(std::slice::from_ref(&fault), extra);
        assert_eq!(code, 0, "{fault:?}: {err}");
        assert_eq!(v["result"], "placed", "{fault:?}");
        assert!(
            v["ordId"].as_str().is_some_and(|s| !s.is_empty()),
            "{fault:?}: {v}"
        );
        assert_eq!(
            orders_with(&sim, v["clOrdId"].as_str().unwrap()).len(),
            1,
            "{fault:?}: exactly one order"
        );
        assert_eq!(order_posts(&sim), 1, "{fault:?}: the order was sent once");
        assert!(
            err.contains("will not be sent again") && err.contains("found it"),
            "{fault:?}: {err}"
        );
    }
}

#[test]
fn a_lost_request_that_was_never_processed_is_reported_not_placed() {
    let cases: Vec<Fault> = vec![
        Fault::ResetBeforeProcessing,
        Fault::Http500,
        Fault::EmptyData,
        Fault::Answer {
            status: 400,
            code: "50004".into(),
            msg: "Endpoint request timeout".into(),
            process: false,
        },
    ];
    for fault in cases {
        let started = std::time::Instant::now();
        let (sim, code, v, err) = place_with(std::slice::from_ref(&fault), &[]);
        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "{fault:?}: the verdict waits for the 1 s deadline"
        );
        assert_eq!(code, 6, "{fault:?}: {err}");
        assert_eq!(v["result"], "not_placed", "{fault:?}");
        assert!(
            orders_with(&sim, v["clOrdId"].as_str().unwrap()).is_empty(),
            "{fault:?}: no order"
        );
        assert_eq!(order_posts(&sim), 1, "{fault:?}: the order was sent once");
        assert!(
            err.contains("not placed") && err.contains("it is safe to place it again"),
            "{fault:?}: {err}"
        );
    }
}

#[test]
fn when_the_order_cannot_be_looked_up_the_outcome_is_unknown_with_the_command_to_check() {
    let (_, code, v, err) = place_with(
        &[
            Fault::ResetAfterProcessing,
            Fault::Http502Html,
            Fault::Http502Html,
        ],
        &[],
    );
    // The two 502s only delay the look-up; a longer outage leaves the outcome unknown.
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "placed");

    let sim = sim();
    sim.inject(PLACE, Fault::ResetAfterProcessing, 1);
    sim.inject(LOOKUP, Fault::Http502Html, 1000);
    let sb = Sandbox::new();
    let px = resting_price(&sim);
    let (code, v, err) = place(
        &sb,
        &sim,
        &["BTC-USDT", "buy", "0.01", "--price", &px, "--expire", "1"],
    );
    assert_eq!(code, 7, "{err}");
    assert_eq!(v["result"], "unknown");
    let id = v["clOrdId"].as_str().unwrap();
    let check = format!("okx order get BTC-USDT --cl-ord-id {id}");
    assert_eq!(v["check"], check.as_str());
    assert!(err.contains(&check), "{err}");
    assert_eq!(
        orders_with(&sim, id).len(),
        1,
        "it was in fact placed, once"
    );
    assert_eq!(order_posts(&sim), 1);
}

#[test]
fn demo_keys_need_demo_mode_and_the_banner_says_which() {
    let sim = sim();
    let demo = Account::demo();
    let sb = Sandbox::new();
    let with_demo_key = |extra: &[&str]| {
        run(sb
            .okx_at(&sim)
            .env("OKX_API_KEY", &demo.api_key)
            .env("OKX_SECRET_KEY", &demo.secret_key)
            .env("OKX_PASSPHRASE", &demo.passphrase)
            .args(extra)
            .args([
                "order", "place", "BTC-USDT", "buy", "0.001", "--type", "market",
            ]))
    };
    let (code, _, err) = with_demo_key(&[]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("OKX 50101") && err.contains("--demo"), "{err}");
    let (code, _, err) = with_demo_key(&["--demo"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("DEMO trading"), "{err}");
    let post = sim.log().into_iter().rfind(|e| e.path == ORDER).unwrap();
    assert!(post
        .headers
        .iter()
        .any(|(k, v)| k == "x-simulated-trading" && v == "1"));
}

#[test]
fn a_reused_client_order_id_is_refused_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    let market = |id: &str| {
        [
            "BTC-USDT",
            "buy",
            "0.001",
            "--type",
            "market",
            "--cl-ord-id",
            id,
            "--expire",
            "1",
        ]
        .map(str::to_string)
    };
    let (code, first, err) = place(&sb, &sim, &market("reuse1").each_ref().map(|s| s.as_str()));
    assert_eq!(code, 0, "{err}");
    assert_eq!(first["state"], "filled");
    // The same order again under the same ID, its answer to be lost: OKX's look-up by clOrdId
    // would return the first (filled) order, which matches in every field. okx refuses first.
    sim.inject(PLACE, Fault::ResetBeforeProcessing, 1);
    let (code, v, err) = place(&sb, &sim, &market("reuse1").each_ref().map(|s| s.as_str()));
    assert_eq!(code, 2, "{err}");
    assert_eq!(v, Value::Null, "no result: nothing was sent");
    assert!(
        err.contains("--cl-ord-id reuse1 already names order")
            && err.contains(first["ordId"].as_str().unwrap())
            && err.contains("filled"),
        "{err}"
    );
    assert_eq!(order_posts(&sim), 1, "the second order was never sent");
    sim.clear_faults();
    assert_eq!(orders_with(&sim, "reuse1").len(), 1);
    // A pending order's ID is refused the same way, and a fresh ID goes through.
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &resting_price(&sim),
            "--cl-ord-id",
            "reuse2",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &resting_price(&sim),
            "--cl-ord-id",
            "reuse2",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("live"), "{err}");
    assert_eq!(order_posts(&sim), 2);
}

#[test]
fn orders_work_with_this_machine_clock_off_and_are_found_by_okx_clock() {
    // OKX 15 s and 40 s ahead of this machine, and 70 s behind it.
    for offset in [15_000, 40_000, -70_000] {
        let sim = sim_with(okx_sim::SimConfig {
            clock_offset_ms: offset,
            ..Default::default()
        });
        let sb = Sandbox::new();
        let (code, v, err) = place(
            &sb,
            &sim,
            &[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                &resting_price(&sim),
                "--cl-ord-id",
                "skew1",
            ],
        );
        assert_eq!(code, 0, "offset {offset}: {err}");
        assert_eq!(v["result"], "placed");
        assert_eq!(orders_with(&sim, "skew1").len(), 1, "offset {offset}");
        assert_eq!(order_posts(&sim), 1, "offset {offset}: one POST");
        // A lost answer is still resolved correctly on OKX's clock.
        sim.inject(PLACE, Fault::ResetAfterProcessing, 1);
        let (code, v, err) = place(
            &sb,
            &sim,
            &[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                &resting_price(&sim),
                "--cl-ord-id",
                "skew2",
                "--expire",
                "1",
            ],
        );
        assert_eq!(code, 0, "offset {offset}: {err}");
        assert_eq!(v["result"], "placed", "offset {offset}");
        assert_eq!(orders_with(&sim, "skew2").len(), 1);
    }
}

#[test]
fn without_okx_clock_a_missing_order_is_unknown_not_not_placed() {
    let sim = sim();
    let sb = Sandbox::new();
    // A first order learns (and caches) OKX's clock; then /public/time fails.
    let (code, _, err) = place(&sb, &sim, &["BTC-USDT", "buy", "0.001", "--type", "market"]);
    assert_eq!(code, 0, "{err}");
    sim.inject(PLACE, Fault::ResetBeforeProcessing, 1);
    sim.inject("/api/v5/public/time", Fault::Http500, 1000);
    let (code, v, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &resting_price(&sim),
            "--cl-ord-id",
            "noclock1",
            "--expire",
            "1",
        ],
    );
    assert_eq!(code, 7, "{err}");
    assert_eq!(v["result"], "unknown");
    assert!(orders_with(&sim, "noclock1").is_empty());
}

#[test]
fn a_credential_that_cannot_be_a_header_is_a_configuration_error() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .env("OKX_PASSPHRASE", "Sim-Live-Passphrase-1\n")
        .args([
            "order", "place", "BTC-USDT", "buy", "0.001", "--type", "market",
        ]));
    assert_eq!(code, 3, "{err}");
    assert!(
        out.is_empty() && err.contains("OKX_PASSPHRASE") && err.contains("line break"),
        "{err}"
    );
    assert!(!err.contains("Sim-Live-Passphrase-1"));
    assert!(sim.log().is_empty(), "nothing sent");
}

#[test]
fn post_only_is_spelled_as_okx_spells_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, v, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &resting_price(&sim),
            "--type",
            "post_only",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["ordType"], "post_only");
    let body: Value = serde_json::from_str(
        &sim.log()
            .iter()
            .rfind(|e| e.path == ORDER && e.method == "POST")
            .unwrap()
            .body,
    )
    .unwrap();
    assert_eq!(body["ordType"], "post_only");
}
