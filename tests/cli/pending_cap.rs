//! OKX's cap on pending orders per account and instrument (500; sCode 51174), configured down
//! on the stand-in: a batch file that passes it has the rows beyond the cap reported rejected,
//! named by okx's codes table, and exits with the partial-failure code.

use okx_sim::SimConfig;

use crate::support::*;

#[test]
fn rows_beyond_the_pending_order_cap_are_rejected_with_51174() {
    let sim = sim_with(SimConfig {
        max_pending_orders: 25,
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let rows: String = (0..30)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"sz\":\"0.0001\",\"px\":\"{}\"}}\n",
                20000 - i
            )
        })
        .collect();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows).unwrap();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 10, "{err}");
    let results = ndjson(&out);
    let placed: Vec<u64> = results
        .iter()
        .filter(|r| r["result"] == "placed")
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(placed, (1..=25).collect::<Vec<u64>>(), "{out}");
    let refused: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r["result"] == "rejected")
        .collect();
    assert_eq!(refused.len(), 5, "{out}");
    for r in refused {
        assert_eq!(r["sCode"], "51174", "{r}");
        // okx's codes table names it (without a row the meaning would be OKX's sMsg).
        assert_eq!(
            r["meaning"], "The number of pending orders reached the upper limit",
            "{r}"
        );
    }
    assert!(err.contains("5 of 30 rows did not take effect"), "{err}");
    let live = sim
        .orders()
        .into_iter()
        .filter(|o| o["instId"] == "BTC-USDT" && o["state"] == "live")
        .count();
    assert_eq!(live, 25);
}
