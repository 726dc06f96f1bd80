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
