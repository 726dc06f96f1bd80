//! The batch endpoints: at most 20 items, per-item answers with code 0/1/2, and OKX's per-order
//! rate counting, with a batch of one order counted against the single order's limit.

mod common;

use common::signed;
use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

const CANCEL_BATCH: &str = "/api/v5/trade/cancel-batch-orders";

fn cancels(inst: &str, n: usize) -> String {
    let items: Vec<Value> = (0..n)
        .map(|i| json!({"instId": inst, "ordId": format!("{}", 100 + i)}))
        .collect();
    Value::Array(items).to_string()
}

#[test]
fn too_many_items_and_the_top_code_of_a_batch() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let a = Account::live();
    let (status, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 21));
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("51406")),
        "{body}"
    );
    // Orders that do not exist: every item refused, code 1.
    let (status, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 3));
    assert_eq!(status, 200);
    assert_eq!(body["code"], "1", "{body}");
    assert_eq!(body["data"].as_array().unwrap().len(), 3);
    assert!(body["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["sCode"] == "51400"));
    // One live order and one unknown: code 2, partly done.
    let live = sim.add_resting_orders(&a.api_key, "BTC-USDT", 1);
    let body_text = json!([
        {"instId": "BTC-USDT", "ordId": live[0]},
        {"instId": "BTC-USDT", "ordId": "1"},
    ])
    .to_string();
    let (_, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &body_text);
    assert_eq!(body["code"], "2", "{body}");
    assert_eq!(body["data"][0]["sCode"], "0");
}

#[test]
fn a_batch_of_one_order_counts_against_the_single_orders_limit() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let a = Account::live();
    // The single cancel's 60 per 2 s, taken by batches of one.
    for i in 0..60 {
        let (status, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 1));
        assert_eq!(status, 200, "batch {i}: {body}");
    }
    let (status, _) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 1));
    assert_eq!(status, 429, "the 61st batch of one");
    let single = json!({"instId": "BTC-USDT", "ordId": "1"}).to_string();
    let (status, _) = signed(&sim, &a, "POST", "/api/v5/trade/cancel-order", &single);
    assert_eq!(status, 429, "the single endpoint shares the count");
    // Batches of two count per order under the batch limit of 300: still room.
    let (status, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 2));
    assert_eq!(status, 200, "{body}");
    // Another instrument has its own count.
    let (status, _) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("ETH-USDT", 1));
    assert_eq!(status, 200);
}

#[test]
fn three_hundred_orders_per_instrument_then_429() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let a = Account::live();
    for i in 0..15 {
        let (status, body) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 20));
        assert_eq!(status, 200, "batch {i}: {body}");
    }
    let (status, _) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("BTC-USDT", 2));
    assert_eq!(status, 429, "order 301 and 302");
    let (status, _) = signed(&sim, &a, "POST", CANCEL_BATCH, &cancels("ETH-USDT", 20));
    assert_eq!(status, 200, "another instrument");
}
