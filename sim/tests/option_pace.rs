//! OKX counts the order endpoints' limits for OPTIONS per instrument family, not per `instId`
//! ("UID+Inst (options: UID+instFamily)", derivatives sheet §2, §4, §5, §9): orders on several
//! strikes of one family share one budget.

mod common;

use common::signed;
use okx_sim::{Account, Sim, SimConfig};
use serde_json::json;

const PLACE: &str = "/api/v5/trade/order";

fn option_order(inst: &str) -> String {
    json!({"instId": inst, "tdMode": "cross", "side": "buy", "ordType": "limit", "px": "0.01", "sz": "1"})
        .to_string()
}

#[test]
fn sixty_option_orders_per_family_then_429() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let a = Account::live();
    let strikes = ["BTC-USD-261211-90000-C", "BTC-USD-261211-95000-P"];
    for i in 0..60 {
        let (status, body) = signed(&sim, &a, "POST", PLACE, &option_order(strikes[i % 2]));
        assert_ne!(status, 429, "order {i}: {body}");
    }
    for inst in strikes {
        let (status, _) = signed(&sim, &a, "POST", PLACE, &option_order(inst));
        assert_eq!(status, 429, "the 61st order of the family, on {inst}");
    }
    // A third strike of the family too, and through a batch of one (the single order's limit).
    let (status, _) = signed(
        &sim,
        &a,
        "POST",
        PLACE,
        &option_order("BTC-USD-261218-100000-C"),
    );
    assert_eq!(status, 429, "a third strike");
    let one = format!("[{}]", option_order("BTC-USD-261218-100000-C"));
    let (status, _) = signed(&sim, &a, "POST", "/api/v5/trade/batch-orders", &one);
    assert_eq!(status, 429, "a batch of one");
    // Another family has its own budget, and so does a non-option of the same family.
    let (status, body) = signed(
        &sim,
        &a,
        "POST",
        PLACE,
        &option_order("ETH-USD-261211-3000-C"),
    );
    assert_ne!(status, 429, "another family: {body}");
    let (status, body) = signed(&sim, &a, "POST", PLACE, &option_order("BTC-USD-SWAP"));
    assert_ne!(status, 429, "the family's swap: {body}");
}

#[test]
fn a_batch_counts_an_option_familys_orders_together() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let a = Account::live();
    let batch = |n: usize| {
        let items: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let inst = format!("BTC-USD-261211-{}-C", 90_000 + 1_000 * (i % 5));
                serde_json::from_str(&option_order(&inst)).unwrap()
            })
            .collect();
        serde_json::Value::Array(items).to_string()
    };
    // 300 orders per 2 s for the family, whichever strikes they are on.
    for i in 0..15 {
        let (status, body) = signed(&sim, &a, "POST", "/api/v5/trade/batch-orders", &batch(20));
        assert_ne!(status, 429, "batch {i}: {body}");
    }
    let (status, _) = signed(&sim, &a, "POST", "/api/v5/trade/batch-orders", &batch(2));
    assert_eq!(status, 429, "orders 301 and 302 of the family");
}
