//! `POST /api/v5/trade/amend-order` over real sockets (derivatives fact sheet §4.1): a resting
//! spot and swap order's price and size amended, with the frozen funds following; `reqId`
//! echoed; OKX's codes for a finished order, nothing to amend, a past `expTime`, a bad lot and a
//! post-only price that would take liquidity; `cxlOnFail`; a size at or below the filled part
//! ending the order filled; the `orders` push carrying `amendResult` and `reqId`.

mod common;

use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

fn start() -> Sim {
    Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap()
}

fn post(sim: &Sim, path: &str, body: Value) -> Value {
    common::signed(sim, &Account::live(), "POST", path, &body.to_string()).1
}

fn amend(sim: &Sim, body: Value) -> Value {
    post(sim, "/api/v5/trade/amend-order", body)
}

fn get_order(sim: &Sim, inst_id: &str, ord_id: &str) -> Value {
    common::signed(
        sim,
        &Account::live(),
        "GET",
        &format!("/api/v5/trade/order?instId={inst_id}&ordId={ord_id}"),
        "",
    )
    .1["data"][0]
        .clone()
}

/// A limit buy resting at `px`; its ordId.
fn rest(sim: &Sim, inst_id: &str, sz: &str, px: i64, extra: Value) -> String {
    let mut body = json!({"instId": inst_id, "tdMode": "cash", "side": "buy", "ordType": "limit",
        "sz": sz, "px": px.to_string(), "clOrdId": "rest1"});
    if inst_id.ends_with("-SWAP") {
        body["tdMode"] = "cross".into();
    }
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let item = post(sim, "/api/v5/trade/order", body)["data"][0].clone();
    assert_eq!(item["sCode"], "0", "{item}");
    item["ordId"].as_str().unwrap().to_string()
}

#[test]
fn a_resting_spot_order_takes_its_new_price_and_size_and_freezes_for_them() {
    let sim = start();
    let key = Account::live().api_key;
    let p = common::last_whole(&sim, "BTC-USDT") * 97 / 100;
    let id = rest(&sim, "BTC-USDT", "0.01", p, json!({}));
    // USDT frozen, in cents (exact: prices are whole units, sizes hundredths).
    let frozen = |sim: &Sim| {
        let t = sim.balance(&key, "USDT").unwrap().1;
        let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
        assert!(frac.trim_end_matches('0').len() <= 2, "{t}");
        int.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}")[..2].parse::<i64>().unwrap()
    };
    assert_eq!(frozen(&sim), p);
    let np = p - 100;
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.02", "newPx": np.to_string(), "reqId": "r1"}),
    );
    assert_eq!(v["code"], "0", "{v}");
    let item = &v["data"][0];
    assert_eq!(
        (
            &item["sCode"],
            &item["reqId"],
            &item["ordId"],
            &item["clOrdId"]
        ),
        (&json!("0"), &json!("r1"), &json!(id), &json!("rest1")),
        "{v}"
    );
    let o = get_order(&sim, "BTC-USDT", &id);
    assert_eq!(
        (o["sz"].as_str(), o["state"].as_str()),
        (Some("0.02"), Some("live"))
    );
    assert_eq!(o["px"].as_str().unwrap().parse::<f64>().unwrap(), np as f64);
    assert_eq!(frozen(&sim), 2 * np);
    // By client order ID too, price only.
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "clOrdId": "rest1", "newPx": p.to_string()}),
    );
    assert_eq!(v["data"][0]["sCode"], "0", "{v}");
    assert_eq!(get_order(&sim, "BTC-USDT", &id)["sz"], "0.02");
}

#[test]
fn a_resting_swap_order_is_amended_in_contracts() {
    let sim = start();
    let p = common::last_whole(&sim, "BTC-USDT-SWAP") * 97 / 100;
    let id = rest(&sim, "BTC-USDT-SWAP", "1", p, json!({}));
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT-SWAP", "ordId": id, "newSz": "3", "newPx": (p - 50).to_string()}),
    );
    assert_eq!(v["data"][0]["sCode"], "0", "{v}");
    let o = get_order(&sim, "BTC-USDT-SWAP", &id);
    assert_eq!(o["sz"], "3");
    assert_eq!(
        o["px"].as_str().unwrap().parse::<f64>().unwrap(),
        (p - 50) as f64
    );
}

#[test]
fn refusals_carry_okx_codes_and_cancel_on_fail_cancels() {
    let sim = start();
    let p = common::last_whole(&sim, "BTC-USDT") * 97 / 100;
    let id = rest(&sim, "BTC-USDT", "0.01", p, json!({}));
    let code = |v: &Value| {
        v["data"][0]["sCode"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    // Nothing to amend; a size off the lot: the order is untouched.
    let v = amend(&sim, json!({"instId": "BTC-USDT", "ordId": id}));
    assert_eq!(code(&v), "51500", "{v}");
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.0100000000001"}),
    );
    assert_eq!(code(&v), "51121", "{v}");
    assert_eq!(get_order(&sim, "BTC-USDT", &id)["state"], "live");
    // Missing instId / id: request-level codes.
    let v = amend(&sim, json!({"ordId": id, "newSz": "0.02"}));
    assert_eq!(v["code"], "50014", "{v}");
    let v = amend(&sim, json!({"instId": "BTC-USDT", "newSz": "0.02"}));
    assert_eq!(v["code"], "50015", "{v}");
    // The same failure with cxlOnFail cancels the order.
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.0100000000001", "cxlOnFail": true}),
    );
    assert_eq!(code(&v), "51121", "{v}");
    assert_eq!(get_order(&sim, "BTC-USDT", &id)["state"], "canceled");
    // A finished order: 51503.
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.02"}),
    );
    assert_eq!(code(&v), "51503", "{v}");
    // A post-only price that would take liquidity: 51511.
    let po = rest(
        &sim,
        "BTC-USDT",
        "0.01",
        p,
        json!({"ordType": "post_only", "clOrdId": "po1"}),
    );
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": po, "newPx": (p * 103 / 97).to_string()}),
    );
    assert_eq!(code(&v), "51511", "{v}");
}

#[test]
fn exp_time_is_honoured() {
    let sim = start();
    let p = common::last_whole(&sim, "BTC-USDT") * 97 / 100;
    let id = rest(&sim, "BTC-USDT", "0.01", p, json!({}));
    let a = Account::live();
    let body = json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.02"}).to_string();
    let ts = common::iso(sim.now_ms());
    let path = "/api/v5/trade/amend-order";
    let h = vec![
        ("OK-ACCESS-KEY".to_string(), a.api_key.clone()),
        (
            "OK-ACCESS-SIGN".to_string(),
            common::sign(&a.secret_key, &format!("{ts}POST{path}{body}")),
        ),
        ("OK-ACCESS-TIMESTAMP".to_string(), ts),
        ("OK-ACCESS-PASSPHRASE".to_string(), a.passphrase.clone()),
        ("Content-Type".to_string(), "application/json".to_string()),
        ("expTime".to_string(), (sim.now_ms() - 1).to_string()),
    ];
    let (_, v) = common::http(&sim, "POST", path, &h, &body);
    assert_eq!(v["data"][0]["sCode"], "50036", "{v}");
    assert_eq!(get_order(&sim, "BTC-USDT", &id)["sz"], "0.01");
}

#[test]
fn a_size_at_or_below_the_filled_part_ends_the_order_filled() {
    let sim = start();
    let key = Account::live().api_key;
    let p = common::last_whole(&sim, "BTC-USDT") * 97 / 100;
    let id = rest(&sim, "BTC-USDT", "0.03", p, json!({}));
    assert_eq!(sim.trade_at("BTC-USDT", &p.to_string(), Some("0.01")), 1);
    assert_eq!(
        get_order(&sim, "BTC-USDT", &id)["state"],
        "partially_filled"
    );
    let v = amend(
        &sim,
        json!({"instId": "BTC-USDT", "ordId": id, "newSz": "0.01"}),
    );
    assert_eq!(v["data"][0]["sCode"], "0", "{v}");
    let o = get_order(&sim, "BTC-USDT", &id);
    assert_eq!(
        (o["state"].as_str(), o["accFillSz"].as_str()),
        (Some("filled"), Some("0.01"))
    );
    assert_eq!(
        sim.balance(&key, "USDT").unwrap().1.parse::<f64>().unwrap(),
        0.0,
        "nothing stays frozen"
    );
}
