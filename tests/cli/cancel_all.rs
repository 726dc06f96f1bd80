//! `okx order cancel-all` against the stand-in: 250 orders on 3 instruments (spot and swap)
//! canceled and none left; a batch whose answer is lost before OKX processed it is canceled in
//! the next round, each order reported once; orders that cannot be canceled are named with exit
//! 10; the scope is kept; without a terminal `--yes` is required and nothing is sent; on a
//! terminal the question is asked and a "no" sends nothing.

use std::collections::HashSet;

use okx_sim::{Account, Fault, Sim};
use serde_json::Value;

use crate::support::*;

const CANCEL_BATCH: &str = "/api/v5/trade/cancel-batch-orders";
const PENDING: &str = "/api/v5/trade/orders-pending";

fn live(sim: &Sim) -> Vec<Value> {
    sim.orders()
        .into_iter()
        .filter(|o| matches!(o["state"].as_str(), Some("live" | "partially_filled")))
        .collect()
}

fn live_of(sim: &Sim, inst: &str) -> usize {
    live(sim).iter().filter(|o| o["instId"] == inst).count()
}

/// `n` resting swap orders placed with `okx order batch place`, far below the market.
fn resting_swaps(sim: &Sim, sb: &Sandbox, n: usize) {
    let t = &sim_data(sim, "/api/v5/market/ticker?instId=BTC-USDT-SWAP")[0];
    let last: rust_decimal::Decimal = t["last"].as_str().unwrap().parse().unwrap();
    let px = (last * rust_decimal::Decimal::from(8) / rust_decimal::Decimal::from(10)).floor();
    let rows: String = (0..n)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT-SWAP\",\"side\":\"buy\",\"sz\":\"0.1\",\"px\":\"{}\",\"tdMode\":\"cross\"}}\n",
                px - rust_decimal::Decimal::from(i)
            )
        })
        .collect();
    let file = sb.path().join("swaps.ndjson");
    std::fs::write(&file, rows).unwrap();
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 0, "{err}{out}");
    // Every row checked against one read of the price band, not one read per row.
    assert_eq!(requests_to(sim, "/api/v5/public/price-limit").len(), 1);
}

fn results(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn cancel_all_across_three_instruments_and_250_orders_leaves_none() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    sim.add_resting_orders(&key, "BTC-USDT", 100);
    sim.add_resting_orders(&key, "ETH-USDT", 100);
    resting_swaps(&sim, &sb, 50);
    assert_eq!(live(&sim).len(), 250);
    sim.clear_log();
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    assert!(live(&sim).is_empty(), "left: {:?}", live(&sim));
    let rows = results(&out);
    assert_eq!(rows.len(), 250, "one result per order: {err}");
    let ids: HashSet<&str> = rows.iter().map(|r| r["ordId"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 250, "each order reported once");
    assert!(
        rows.iter().all(|r| r["result"] == "cancel_accepted"),
        "{out}"
    );
    assert!(err.contains("250 pending orders listed"), "{err}");
    assert!(err.contains("0 left"), "{err}");
    // 250 orders in batches of 20 per instrument order: at least 13 requests, none refused.
    let posts = requests_to(&sim, CANCEL_BATCH);
    assert!((13..=15).contains(&posts.len()), "{} batches", posts.len());
    let log = sim.log();
    assert!(log.iter().filter(|e| from_okx(e)).all(|e| e.status != 429));
    // Every pending order listed (3 pages of 100), then the check that none is left.
    assert!(requests_to(&sim, PENDING).len() >= 4);
}

#[test]
fn a_batch_lost_before_processing_is_canceled_in_the_next_round() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    sim.add_resting_orders(&key, "BTC-USDT", 45);
    sim.inject(
        &format!("POST {CANCEL_BATCH}"),
        Fault::ResetBeforeProcessing,
        1,
    );
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "BTC-USDT", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(live_of(&sim, "BTC-USDT"), 0);
    let rows = results(&out);
    assert_eq!(rows.len(), 45, "{err}");
    let ids: HashSet<&str> = rows.iter().map(|r| r["ordId"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 45);
    assert!(
        rows.iter()
            .all(|r| matches!(r["result"].as_str(), Some("cancel_accepted" | "canceled"))),
        "{out}"
    );
    assert!(err.contains("round 2"), "{err}");
}

#[test]
fn orders_that_stay_pending_are_named_with_exit_10() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    let ids = sim.add_resting_orders(&key, "ETH-USDT", 3);
    // Every cancel batch answered "busy" without processing anything.
    sim.inject(
        &format!("POST {CANCEL_BATCH}"),
        Fault::Raw {
            status: 200,
            body: r#"{"code":"50013","msg":"Systems are busy. Please try again later.","data":[]}"#
                .into(),
            process: false,
        },
        10,
    );
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 10, "{err}");
    assert_eq!(live_of(&sim, "ETH-USDT"), 3);
    let last = err.lines().last().unwrap();
    assert!(
        last.contains("still pending after every round: 3 orders (ETH-USDT 3;"),
        "{last}"
    );
    assert!(last.contains(&ids[0]) || last.contains(&ids[2]), "{last}");
}

#[test]
fn the_scope_is_kept_and_a_conflicting_type_is_refused() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    sim.add_resting_orders(&key, "BTC-USDT", 5);
    sim.add_resting_orders(&key, "ETH-USDT", 4);
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "cancel-all",
        "ETH-USDT",
        "--type",
        "SWAP",
        "--yes",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("ETH-USDT is a SPOT instrument"), "{err}");
    assert!(sim.log().iter().all(|e| !from_okx(e)), "nothing sent");
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "ETH-USDT", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(results(&out).len(), 4);
    assert_eq!(live_of(&sim, "ETH-USDT"), 0);
    assert_eq!(live_of(&sim, "BTC-USDT"), 5);
    // Nothing left to cancel is not an error.
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "ETH-USDT", "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no pending orders of ETH-USDT found"), "{err}");
}

#[test]
fn without_a_terminal_yes_is_required_and_nothing_is_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.add_resting_orders(&Account::live().api_key, "BTC-USDT", 2);
    sim.clear_log();
    let (code, _, err) = run(sb.okx_signed(&sim).args(["order", "cancel-all"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("add --yes"), "{err}");
    assert!(sim.log().iter().all(|e| !from_okx(e)), "nothing sent");
    assert_eq!(live_of(&sim, "BTC-USDT"), 2);
}

/// `okx order cancel-all` on a pseudo-terminal (util-linux `script`), `answer` typed.
fn on_terminal(sim: &Sim, sb: &Sandbox, answer: &str) -> (i32, String) {
    let okx = assert_cmd::cargo::cargo_bin("okx");
    let a = Account::live();
    let out = std::process::Command::new("script")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", sb.path())
        .env("TERM", "dumb")
        .env("OKX_BASE_URL", sim.base_url())
        .env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", &a.secret_key)
        .env("OKX_PASSPHRASE", &a.passphrase)
        .current_dir(sb.path())
        .args([
            "-qec",
            &format!("{} order cancel-all BTC-USDT", okx.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            // The question comes after a listing: the answer waits in the terminal's buffer.
            c.stdin.take().unwrap().write_all(answer.as_bytes())?;
            c.wait_with_output()
        })
        .expect("run script");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn on_a_terminal_it_asks_first() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("util-linux `script` is needed to give okx a terminal");
    }
    let sim = sim();
    let sb = Sandbox::new();
    sim.add_resting_orders(&Account::live().api_key, "BTC-USDT", 3);
    let (code, screen) = on_terminal(&sim, &sb, "no\n");
    assert_eq!(code, 130, "{screen}");
    assert!(
        screen.contains("cancel 3 pending orders of BTC-USDT on the LIVE account (BTC-USDT 3)?"),
        "{screen}"
    );
    assert!(requests_to(&sim, CANCEL_BATCH).is_empty());
    assert_eq!(live_of(&sim, "BTC-USDT"), 3);
    let (code, screen) = on_terminal(&sim, &sb, "yes\n");
    assert_eq!(code, 0, "{screen}");
    assert_eq!(live_of(&sim, "BTC-USDT"), 0);
}

/// `n` trigger entries on BTC-USDT-SWAP far above the price, placed with `okx algo place`.
fn trigger_entries(sim: &Sim, sb: &Sandbox, n: usize) {
    let t = &sim_data(sim, "/api/v5/market/ticker?instId=BTC-USDT-SWAP")[0];
    let last: rust_decimal::Decimal = t["last"].as_str().unwrap().parse().unwrap();
    let above = (last * rust_decimal::Decimal::from(11) / rust_decimal::Decimal::from(10)).floor();
    for i in 0..n {
        let px = (above + rust_decimal::Decimal::from(i)).to_string();
        let (code, _, err) = run(sb.okx_signed(sim).args([
            "algo",
            "place",
            "BTC-USDT-SWAP",
            "buy",
            "0.1",
            "--td-mode",
            "cross",
            "--trigger",
            &px,
        ]));
        assert_eq!(code, 0, "{err}");
    }
}

fn live_algos(sim: &Sim) -> usize {
    sim.algo_orders()
        .iter()
        .filter(|a| a["state"] == "live")
        .count()
}

#[test]
fn algo_orders_are_named_without_algo_and_canceled_with_it() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.add_resting_orders(&Account::live().api_key, "BTC-USDT", 5);
    trigger_entries(&sim, &sb, 12);
    assert_eq!(live_algos(&sim), 12);
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(results(&out).len(), 5);
    assert_eq!(live_of(&sim, "BTC-USDT"), 0);
    assert_eq!(live_algos(&sim), 12, "not canceled without --algo");
    assert!(
        err.contains("12 algo orders are still pending and can still fire (BTC-USDT-SWAP 12)"),
        "{err}"
    );
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--algo", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let rows = results(&out);
    assert_eq!(rows.len(), 12, "{out}");
    let ids: HashSet<&str> = rows.iter().map(|r| r["algoId"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 12);
    assert!(
        rows.iter().all(|r| r["result"] == "cancel_accepted"),
        "{out}"
    );
    assert_eq!(live_algos(&sim), 0);
    // 12 algo orders, at most 10 a request.
    assert_eq!(requests_to(&sim, "/api/v5/trade/cancel-algos").len(), 2);
    assert!(!err.contains("still pending and can still fire"), "{err}");
}

#[test]
fn cancels_whose_answer_was_lost_after_processing_are_named_canceled() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.add_resting_orders(&Account::live().api_key, "BTC-USDT", 15);
    trigger_entries(&sim, &sb, 3);
    sim.inject(
        &format!("POST {CANCEL_BATCH}"),
        Fault::ResetAfterProcessing,
        1,
    );
    sim.inject(
        "POST /api/v5/trade/cancel-algos",
        Fault::ResetAfterProcessing,
        1,
    );
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--algo", "--yes", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let rows = results(&out);
    assert_eq!(rows.len(), 18, "{out}");
    // The listing after the lost batches shows them gone; OKX's records say how.
    assert!(
        rows.iter()
            .all(|r| r["result"] == "canceled" && r["state"] == "canceled"),
        "{out}"
    );
    assert_eq!(live_of(&sim, "BTC-USDT"), 0);
    assert_eq!(live_algos(&sim), 0);
    assert_eq!(requests_to(&sim, CANCEL_BATCH).len(), 1, "never sent twice");
}
