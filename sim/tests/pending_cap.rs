//! OKX's cap on pending orders per account and instrument (500; sCode 51174), here configured
//! down to a few orders.

mod common;

use common::signed;
use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

fn sim(cap: usize) -> Sim {
    Sim::start(SimConfig {
        max_pending_orders: cap,
        ..SimConfig::default()
    })
    .unwrap()
}

fn buy(inst: &str, px: &str, sz: &str) -> Value {
    json!({"instId": inst, "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": sz, "px": px})
}

fn place(sim: &Sim, a: &Account, order: &Value) -> Value {
    let (status, body) = signed(sim, a, "POST", "/api/v5/trade/order", &order.to_string());
    assert_eq!(status, 200, "{body}");
    body["data"][0].clone()
}

#[test]
fn the_default_is_okx_500() {
    assert_eq!(SimConfig::default().max_pending_orders, 500);
}

#[test]
fn a_new_order_beyond_the_cap_gets_51174_per_account_and_instrument() {
    let sim = sim(3);
    let live = Account::live();
    let ids = sim.add_resting_orders(&live.api_key, "BTC-USDT", 3);
    let refused = place(&sim, &live, &buy("BTC-USDT", "20000", "0.0001"));
    assert_eq!(refused["sCode"], "51174", "{refused}");
    assert_eq!(
        refused["sMsg"],
        "The number of BTC-USDT pending orders reached the upper limit of 3 (orders)."
    );
    assert_eq!(refused["ordId"], "");
    // Any order type is refused, even one that would not rest.
    let market = json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "sell",
                        "ordType": "market", "sz": "0.001"});
    assert_eq!(place(&sim, &live, &market)["sCode"], "51174");
    // Another instrument, and another account on the same one, have their own count.
    assert_eq!(
        place(&sim, &live, &buy("ETH-USDT", "1000", "0.01"))["sCode"],
        "0"
    );
    assert_eq!(
        place(&sim, &Account::demo(), &buy("BTC-USDT", "20000", "0.0001"))["sCode"],
        "0"
    );
    // Once one is canceled there is room for one more.
    let cancel = json!({"instId": "BTC-USDT", "ordId": ids[0]}).to_string();
    let (_, body) = signed(&sim, &live, "POST", "/api/v5/trade/cancel-order", &cancel);
    assert_eq!(body["data"][0]["sCode"], "0", "{body}");
    assert_eq!(
        place(&sim, &live, &buy("BTC-USDT", "20000", "0.0001"))["sCode"],
        "0"
    );
    assert_eq!(
        place(&sim, &live, &buy("BTC-USDT", "20000", "0.0001"))["sCode"],
        "51174"
    );
    let pending = |inst: &str| {
        sim.orders()
            .iter()
            .filter(|o| {
                o["instId"] == inst && o["state"] == "live" && o["uid"] == live.uid.as_str()
            })
            .count()
    };
    assert_eq!(pending("BTC-USDT"), 3);
}

#[test]
fn a_batch_is_refused_item_by_item_past_the_cap() {
    let sim = sim(5);
    let live = Account::live();
    sim.add_resting_orders(&live.api_key, "BTC-USDT", 2);
    let items: Vec<Value> = (0..5)
        .map(|i| buy("BTC-USDT", &format!("{}", 20000 - i), "0.0001"))
        .collect();
    let (status, body) = signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/batch-orders",
        &Value::Array(items).to_string(),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["code"], "2", "partially succeeded: {body}");
    let codes: Vec<&str> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sCode"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["0", "0", "0", "51174", "51174"]);
}
