//! The statements' parameters as OKX documents them (derivatives sheet §3.11, okx-v5-facts
//! §3.14): `/trade/fills` takes every parameter as optional and serves every instrument type
//! without `instType`; `/trade/fills-history` requires `instType` (50014 without it).

mod common;

use okx_sim::{Account, Sim, SimConfig};
use serde_json::Value;

fn get(sim: &Sim, target: &str) -> (u16, Value) {
    common::signed(sim, &Account::live(), "GET", target, "")
}

fn types(v: &Value) -> Vec<String> {
    let mut t: Vec<String> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["instType"].as_str().unwrap().to_string())
        .collect();
    t.sort();
    t.dedup();
    t
}

#[test]
fn fills_without_inst_type_serve_every_type_and_fills_history_requires_it() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let (status, all) = get(&sim, "/api/v5/trade/fills");
    assert_eq!((status, &all["code"]), (200, &Value::from("0")), "{all}");
    assert_eq!(types(&all), ["SPOT", "SWAP"], "{all}");
    let (_, spot) = get(&sim, "/api/v5/trade/fills?instType=SPOT");
    assert_eq!(types(&spot), ["SPOT"]);

    let (status, v) = get(&sim, "/api/v5/trade/fills-history");
    // OKX answers a missing required parameter with HTTP 400 and 50014.
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "50014", "{v}");
    assert!(v["msg"].as_str().unwrap().contains("instType"), "{v}");
    assert_eq!(v["data"], Value::Array(vec![]), "{v}");
    let (_, swap) = get(&sim, "/api/v5/trade/fills-history?instType=SWAP");
    assert_eq!(types(&swap), ["SWAP"]);
}

/// Fills made by the stand-in's trading in one instant (one market trade reaching three
/// resting orders) get unique, increasing `billId`s among the generated rows, so paging by
/// `after` one row at a time meets each once; each spot fill has two trade bills.
#[test]
fn fills_made_in_one_instant_page_by_bill_id() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let live = Account::live();
    let ids = sim.add_resting_orders(&live.api_key, "BTC-USDT", 3);
    let px = sim.orders()[0]["px"].as_str().unwrap().to_string();
    assert_eq!(sim.trade_at("BTC-USDT", &px, None), 3);
    let mut seen: Vec<Value> = Vec::new();
    let mut after = String::new();
    while seen.len() < 12 {
        let (status, v) = get(
            &sim,
            &format!("/api/v5/trade/fills?instId=BTC-USDT&limit=1{after}"),
        );
        assert_eq!(status, 200, "{v}");
        let Some(row) = v["data"].as_array().unwrap().first().cloned() else {
            break;
        };
        after = format!("&after={}", row["billId"].as_str().unwrap());
        seen.push(row);
    }
    let bill_ids: Vec<i64> = seen
        .iter()
        .map(|f| f["billId"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(bill_ids.windows(2).all(|w| w[0] > w[1]), "{bill_ids:?}");
    let made: Vec<&Value> = seen
        .iter()
        .filter(|f| ids.iter().any(|id| f["ordId"] == id.as_str()))
        .collect();
    assert_eq!(made.len(), 3, "{seen:?}");
    assert!(made
        .iter()
        .all(|f| f["execType"] == "M" && f["ts"] == made[0]["ts"]));
    let expected = sim.fills(&live.api_key, Some("SPOT"), 0, i64::MAX);
    assert!(ids
        .iter()
        .all(|id| expected.iter().any(|f| f["ordId"] == id.as_str())));

    let (_, bills) = get(&sim, "/api/v5/account/bills?type=2");
    let of_made = bills["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| ids.iter().any(|id| b["ordId"] == id.as_str()))
        .count();
    assert_eq!(of_made, 6, "two bills a spot fill: {bills}");
}
