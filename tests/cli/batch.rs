//! `okx order batch` against the stand-in: 200 resting orders placed from a file in batches of
//! 20 while one batch's answer is lost after some of its items were processed (exactly 200
//! orders, each row reported once); a file with one bad row sends nothing.

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::support::*;

const BATCH: &str = "/api/v5/trade/batch-orders";

fn below_market(sim: &Sim) -> rust_decimal::Decimal {
    let t = &sim_data(sim, "/api/v5/market/ticker?instId=BTC-USDT")[0];
    let last: rust_decimal::Decimal = t["last"].as_str().unwrap().parse().unwrap();
    (last * rust_decimal::Decimal::from(90) / rust_decimal::Decimal::from(100)).floor()
}

#[test]
fn two_hundred_orders_survive_a_lost_batch_answer() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim);
    let rows: String = (0..200)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"sz\":\"0.0001\",\"px\":\"{}\"}}\n",
                px - rust_decimal::Decimal::from(i)
            )
        })
        .collect();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows).unwrap();
    sim.inject(&format!("POST {BATCH}"), Fault::ResetAfterItems(7), 1);
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    // The lost batch's last 13 rows never reached OKX's book: not placed, a partial batch.
    assert_eq!(code, 10, "{}", err.lines().last().unwrap_or_default());
    let results: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(results.len(), 200, "{err}");
    let mut lines: Vec<u64> = results
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    lines.sort_unstable();
    lines.dedup();
    assert_eq!(lines.len(), 200, "each row reported once");
    let placed = results.iter().filter(|r| r["result"] == "placed").count();
    let not_placed = results
        .iter()
        .filter(|r| r["result"] == "not_placed")
        .count();
    let other: Vec<&Value> = results
        .iter()
        .filter(|r| r["result"] != "placed" && r["result"] != "not_placed")
        .take(2)
        .collect();
    assert_eq!((placed, not_placed), (187, 13), "{other:?}");
    let on_sim = sim
        .orders()
        .into_iter()
        .filter(|o| o["instId"] == "BTC-USDT")
        .count();
    assert_eq!(
        on_sim, placed,
        "every placed row is on the stand-in, none twice"
    );
    assert_eq!(
        sim.log().iter().filter(|e| e.status == 429).count(),
        0,
        "no HTTP 429"
    );
}

/// The acceptance as worded: a batch answer lost after OKX processed the whole batch.
/// Every row is found by its client order ID: 200 orders on the stand-in, 200 placed, none twice.
#[test]
fn two_hundred_orders_with_a_batch_answer_lost_after_processing() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim);
    let rows: String = (0..200)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"sz\":\"0.0001\",\"px\":\"{}\"}}\n",
                px - rust_decimal::Decimal::from(i)
            )
        })
        .collect();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows).unwrap();
    // The first batch: processed, then the connection reset before the answer.
    sim.inject(&format!("POST {BATCH}"), Fault::ResetAfterProcessing, 1);
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let results = ndjson(&out);
    assert_eq!(results.len(), 200);
    let mut lines: Vec<u64> = results
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    lines.sort_unstable();
    lines.dedup();
    assert_eq!(lines.len(), 200, "each row reported once");
    assert!(results.iter().all(|r| r["result"] == "placed"), "{out}");
    let on_sim = sim
        .orders()
        .into_iter()
        .filter(|o| o["instId"] == "BTC-USDT")
        .count();
    assert_eq!(on_sim, 200, "exactly 200 orders, none twice");
    assert_eq!(requests_to(&sim, BATCH).len(), 10, "no batch sent twice");
}

#[test]
fn one_bad_row_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let file = sb.path().join("rows.csv");
    std::fs::write(
        &file,
        "instId,side,sz,px\nBTC-USDT,buy,0.001,30000\nBTC-USDT,buy,0.001,abc\n",
    )
    .unwrap();
    let (code, _out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(requests_to(&sim, BATCH).is_empty());
}

const AMEND_BATCH: &str = "/api/v5/trade/amend-batch-orders";
const CANCEL_BATCH: &str = "/api/v5/trade/cancel-batch-orders";

fn live_orders(sim: &Sim) -> Vec<Value> {
    sim.orders()
        .into_iter()
        .filter(|o| matches!(o["state"].as_str(), Some("live" | "partially_filled")))
        .collect()
}

#[test]
fn a_file_of_amends_then_a_file_of_cancels() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = sim.add_resting_orders(&okx_sim::Account::live().api_key, "BTC-USDT", 30);
    let px: rust_decimal::Decimal = live_orders(&sim)[0]["px"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    // CSV with a header row: every order one whole USDT lower, each its own price.
    let csv: String =
        std::iter::once("instId,ordId,newPx".to_string())
            .chain(ids.iter().enumerate().map(|(i, id)| {
                format!("BTC-USDT,{id},{}", px - rust_decimal::Decimal::from(i + 1))
            }))
            .collect::<Vec<_>>()
            .join("\n");
    let file = sb.path().join("amends.csv");
    std::fs::write(&file, csv).unwrap();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "amend"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let results = ndjson(&out);
    assert_eq!(results.len(), 30);
    assert!(results.iter().all(|r| r["result"] == "amended"), "{out}");
    assert_eq!(
        requests_to(&sim, AMEND_BATCH).len(),
        2,
        "30 amends in 2 batches"
    );
    for (i, id) in ids.iter().enumerate() {
        let o = live_orders(&sim)
            .into_iter()
            .find(|o| o["ordId"] == id.as_str())
            .unwrap();
        let now: rust_decimal::Decimal = o["px"].as_str().unwrap().parse().unwrap();
        assert_eq!(now, px - rust_decimal::Decimal::from(i + 1), "order {id}");
    }
    let rows: String = ids
        .iter()
        .map(|id| format!("{{\"instId\":\"BTC-USDT\",\"ordId\":\"{id}\"}}\n"))
        .collect();
    let file = sb.path().join("cancels.ndjson");
    std::fs::write(&file, rows).unwrap();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "cancel"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let results = ndjson(&out);
    assert_eq!(results.len(), 30);
    assert!(
        results.iter().all(|r| r["result"] == "cancel_accepted"),
        "{out}"
    );
    assert!(live_orders(&sim).is_empty());
    assert!(err.contains("30 rows: 30 cancel_accepted"), "{err}");
}

#[test]
fn bad_amend_and_cancel_rows_send_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = sim.add_resting_orders(&okx_sim::Account::live().api_key, "BTC-USDT", 2);
    let px: rust_decimal::Decimal = live_orders(&sim)[0]["px"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let (a, b) = (&ids[0], &ids[1]);
    let cases = [
        // A price off the instrument's tick, found by the rules before sending.
        (
            "amend",
            format!(
                "instId,ordId,newPx\nBTC-USDT,{a},{}\nBTC-USDT,{b},{}.123456\n",
                px - rust_decimal::Decimal::ONE,
                px
            ),
            "line 3",
        ),
        // The same order twice (OKX's 51512).
        (
            "amend",
            format!(
                "instId,ordId,newPx\nBTC-USDT,{a},{}\nBTC-USDT,{a},{}\n",
                px - rust_decimal::Decimal::ONE,
                px - rust_decimal::Decimal::TWO
            ),
            "named by an earlier row",
        ),
        // An order that is not pending.
        (
            "amend",
            "instId,ordId,newSz\nBTC-USDT,123456789,1\n".to_string(),
            "51503",
        ),
        (
            "cancel",
            format!("instId,ordId\nBTC-USDT,{a}\nBTC-USDT,{a}\n"),
            "line 3",
        ),
    ];
    for (action, text, want) in cases {
        let file = sb.path().join("rows.csv");
        std::fs::write(&file, &text).unwrap();
        let (code, _, err) = run(sb
            .okx_signed(&sim)
            .args(["order", "batch", action])
            .arg(&file));
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(want), "{text}: {err}");
        assert_eq!(
            err.lines().filter(|l| l.contains("error")).count(),
            1,
            "{err}"
        );
    }
    assert!(requests_to(&sim, AMEND_BATCH).is_empty());
    assert!(requests_to(&sim, CANCEL_BATCH).is_empty());
    assert_eq!(live_orders(&sim).len(), 2);
}
