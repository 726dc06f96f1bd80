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
