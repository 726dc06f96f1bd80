//! Standalone algo orders over real sockets: placement checks with OKX's codes, the lists and the
//! details look-up, cancel-algos (≤ 10, counted per order), amend-algos, and triggering by the
//! price-moving control: an OCO's stop closing a position, a net-mode conditional with both legs
//! running only its SL, a trailing stop firing at the hand-computed price, a trigger entry.

mod common;

use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

const SWAP: &str = "BTC-USDT-SWAP";

fn start(rate_limits: bool) -> Sim {
    Sim::start(SimConfig {
        rate_limits,
        ..SimConfig::default()
    })
    .unwrap()
}

fn get(sim: &Sim, target: &str) -> Value {
    common::signed(sim, &Account::live(), "GET", target, "").1
}

fn post(sim: &Sim, path: &str, body: &Value) -> (u16, Value) {
    common::signed(sim, &Account::live(), "POST", path, &body.to_string())
}

fn algo(sim: &Sim, body: Value) -> Value {
    post(sim, "/api/v5/trade/order-algo", &body).1["data"][0].clone()
}

fn placed(sim: &Sim, body: Value) -> String {
    let item = algo(sim, body.clone());
    assert_eq!(item["sCode"], "0", "{body} → {item}");
    item["algoId"].as_str().unwrap().to_string()
}

fn refused(sim: &Sim, body: Value, code: &str) {
    let item = algo(sim, body.clone());
    assert_eq!(item["sCode"], code, "{body} → {item}");
    assert_eq!(item["algoId"], "", "{item}");
}

/// A whole number of hundreds at or below the instrument's last price.
fn base(sim: &Sim) -> i64 {
    common::last_whole(sim, SWAP) / 100 * 100
}

fn details(sim: &Sim, algo_id: &str) -> Value {
    get(sim, &format!("/api/v5/trade/order-algo?algoId={algo_id}"))["data"][0].clone()
}

fn position(sim: &Sim) -> String {
    let v = get(sim, &format!("/api/v5/account/positions?instId={SWAP}"));
    v["data"]
        .get(0)
        .map_or("0".into(), |p| p["pos"].as_str().unwrap().to_string())
}

fn market_buy(sim: &Sim, sz: &str) {
    let body =
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "market", "sz": sz});
    let item = post(sim, "/api/v5/trade/order", &body).1["data"][0].clone();
    assert_eq!(item["sCode"], "0", "{item}");
}

fn order(sim: &Sim, ord_id: &str) -> Value {
    get(
        sim,
        &format!("/api/v5/trade/order?instId={SWAP}&ordId={ord_id}"),
    )["data"][0]
        .clone()
}

#[test]
fn oco_stop_closes_the_position_and_shows_effective_with_the_child() {
    let sim = start(false);
    let b = base(&sim);
    market_buy(&sim, "1");
    assert_eq!(position(&sim), "1");
    let id = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "oco", "sz": "1",
               "reduceOnly": true, "algoClOrdId": "prot1",
               "slTriggerPx": (b - 2000).to_string(), "slOrdPx": "-1",
               "tpTriggerPx": (b + 2000).to_string(), "tpOrdPx": "-1"}),
    );
    let pending = get(
        &sim,
        "/api/v5/trade/orders-algo-pending?ordType=conditional,oco",
    );
    assert_eq!(pending["data"][0]["algoId"], id.as_str());
    assert_eq!(pending["data"][0]["state"], "live");
    assert_eq!(pending["data"][0]["algoClOrdId"], "prot1");
    // Not yet: above the stop.
    sim.trade_at(SWAP, &(b - 1000).to_string(), None);
    assert_eq!(details(&sim, &id)["state"], "live");
    sim.trade_at(SWAP, &(b - 2500).to_string(), None);
    let a = details(&sim, &id);
    assert_eq!(a["state"], "effective", "{a}");
    assert_eq!(a["actualSide"], "sl");
    assert_eq!(a["actualSz"], "1");
    let child = a["ordId"].as_str().unwrap();
    assert_eq!(a["ordIdList"], json!([child]));
    let o = order(&sim, child);
    assert_eq!(o["state"], "filled", "{o}");
    assert_eq!(o["side"], "sell");
    assert_eq!(o["avgPx"], format!("{}", b - 2500));
    assert_eq!(position(&sim), "0");
    let hist = get(
        &sim,
        "/api/v5/trade/orders-algo-history?ordType=oco&state=effective",
    );
    assert_eq!(hist["data"].as_array().unwrap().len(), 1);
    assert_eq!(hist["data"][0]["ordId"], child);
    assert!(
        get(&sim, "/api/v5/trade/orders-algo-pending?ordType=oco")["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // By client ID, the details endpoint finds it too; an unknown one is 51603.
    let by_cl = get(&sim, "/api/v5/trade/order-algo?algoClOrdId=prot1");
    assert_eq!(by_cl["data"][0]["algoId"], id.as_str());
    let none = get(&sim, "/api/v5/trade/order-algo?algoClOrdId=nope1");
    assert_eq!(none["code"], "51603");
}

#[test]
fn net_mode_conditional_with_both_legs_runs_only_its_stop() {
    let sim = start(false);
    let b = base(&sim);
    market_buy(&sim, "2");
    let id = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "conditional", "sz": "1",
               "reduceOnly": true,
               "slTriggerPx": (b - 2000).to_string(), "slOrdPx": "-1",
               "tpTriggerPx": (b + 2000).to_string(), "tpOrdPx": "-1"}),
    );
    sim.trade_at(SWAP, &(b + 2500).to_string(), None);
    assert_eq!(details(&sim, &id)["state"], "live", "the TP is ignored");
    sim.trade_at(SWAP, &(b - 2000).to_string(), None);
    let a = details(&sim, &id);
    assert_eq!(a["state"], "effective");
    assert_eq!(a["actualSide"], "sl");
    assert_eq!(position(&sim), "1");
}

#[test]
fn trailing_stop_follows_the_high_and_fires_on_the_pull_back() {
    let sim = start(false);
    let b = base(&sim);
    market_buy(&sim, "1");
    // By spread: highest − 150.
    let spread = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
               "sz": "1", "reduceOnly": true, "callbackSpread": "150"}),
    );
    sim.trade_at(SWAP, &(b + 500).to_string(), None);
    sim.trade_at(SWAP, &(b + 800).to_string(), None);
    let a = details(&sim, &spread);
    assert_eq!(a["moveTriggerPx"], format!("{}", b + 650), "{a}");
    sim.trade_at(SWAP, &(b + 651).to_string(), None);
    assert_eq!(details(&sim, &spread)["state"], "live");
    sim.trade_at(SWAP, &(b + 650).to_string(), None);
    let a = details(&sim, &spread);
    assert_eq!(a["state"], "effective", "{a}");
    let o = order(&sim, a["ordId"].as_str().unwrap());
    assert_eq!(o["avgPx"], format!("{}", b + 650));
    assert_eq!(position(&sim), "0");

    // By ratio from an activation price: 1% under the highest after activePx is reached.
    market_buy(&sim, "1");
    let ratio = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
               "sz": "1", "reduceOnly": true, "callbackRatio": "0.01",
               "activePx": (b + 1000).to_string()}),
    );
    sim.trade_at(SWAP, &(b - 1500).to_string(), None);
    assert_eq!(details(&sim, &ratio)["moveTriggerPx"], "", "not active yet");
    sim.trade_at(SWAP, &(b + 1000).to_string(), None);
    sim.trade_at(SWAP, &(b + 3000).to_string(), None);
    // (b + 3000) × 0.99, exact in tenths: b is a multiple of 100.
    let hi = b + 3000;
    let trigger = format!("{}.{}", hi * 99 / 100, hi * 99 % 100 / 10);
    let a = details(&sim, &ratio);
    let shown = a["moveTriggerPx"].as_str().unwrap();
    assert_eq!(
        shown.parse::<f64>().unwrap(),
        trigger.parse::<f64>().unwrap(),
        "{a}"
    );
    sim.trade_at(SWAP, &trigger, None);
    assert_eq!(details(&sim, &ratio)["state"], "effective");
    assert_eq!(position(&sim), "0");

    // Refusals: the callback ratio's range, both callbacks, a sell's activation below the price.
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
               "sz": "1", "callbackRatio": "0.5"}),
        "51257",
    );
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
               "sz": "1", "callbackRatio": "0.01", "callbackSpread": "10"}),
        "51000",
    );
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
               "sz": "1", "callbackRatio": "0.01", "activePx": (b - 3000).to_string()}),
        "51258",
    );
}

#[test]
fn trigger_entry_opens_the_position() {
    let sim = start(false);
    let b = base(&sim);
    let id = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "trigger", "sz": "2",
               "triggerPx": (b + 1000).to_string(), "orderPx": "-1"}),
    );
    sim.trade_at(SWAP, &(b + 999).to_string(), None);
    assert_eq!(details(&sim, &id)["state"], "live");
    sim.trade_at(SWAP, &(b + 1000).to_string(), None);
    let a = details(&sim, &id);
    assert_eq!(a["state"], "effective", "{a}");
    assert_eq!(position(&sim), "2");
    // A trigger order needs both prices.
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "trigger", "sz": "1",
               "triggerPx": (b + 1000).to_string()}),
        "50014",
    );
}

#[test]
fn legs_on_the_wrong_side_and_other_refusals() {
    let sim = start(false);
    let b = base(&sim);
    let leg = |side: &str, k: &str, px: i64, ty: &str| {
        let mut v = json!({"instId": SWAP, "tdMode": "cross", "side": side, "ordType": "conditional", "sz": "1"});
        v[format!("{k}TriggerPx")] = px.to_string().into();
        v[format!("{k}OrdPx")] = "-1".into();
        v[format!("{k}TriggerPxType")] = ty.into();
        v
    };
    refused(&sim, leg("sell", "sl", b + 3000, "last"), "51280");
    refused(&sim, leg("sell", "tp", b - 3000, "last"), "51279");
    refused(&sim, leg("buy", "sl", b - 3000, "last"), "51278");
    refused(&sim, leg("buy", "tp", b + 3000, "last"), "51277");
    refused(&sim, leg("sell", "sl", b + 3000, "mark"), "51304");
    refused(&sim, leg("buy", "tp", b + 3000, "mark"), "51300");
    refused(&sim, leg("sell", "sl", b + 30000, "index"), "51308");
    // The right side is accepted.
    placed(&sim, leg("sell", "sl", b - 3000, "mark"));
    // oco needs both legs.
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "oco", "sz": "1",
               "slTriggerPx": (b - 3000).to_string(), "slOrdPx": "-1"}),
        "51000",
    );
    // Spot triggers watch the last price only.
    refused(
        &sim,
        json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "sell", "ordType": "conditional",
               "sz": "0.001", "slTriggerPx": "1000", "slOrdPx": "-1", "slTriggerPxType": "mark"}),
        "51415",
    );
    // closeFraction: derivatives, reduce-only in net mode, market legs, one per position.
    let close_all = |extra: Value| {
        let mut v = json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "conditional",
                           "closeFraction": "1", "slTriggerPx": (b - 3000).to_string(), "slOrdPx": "-1"});
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };
    refused(&sim, close_all(json!({})), "51328");
    refused(
        &sim,
        close_all(json!({"reduceOnly": true, "slOrdPx": (b - 3100).to_string()})),
        "51330",
    );
    placed(&sim, close_all(json!({"reduceOnly": true})));
    refused(&sim, close_all(json!({"reduceOnly": true})), "51088");
    // A duplicate algoClOrdId among live algo orders.
    let mut dup = leg("sell", "sl", b - 3000, "last");
    dup["algoClOrdId"] = "dup1".into();
    placed(&sim, dup.clone());
    refused(&sim, dup, "51065");
    // Missing type parameters are refused before processing.
    let (status, v) = post(
        &sim,
        "/api/v5/trade/order-algo",
        &json!({"instId": SWAP, "tdMode": "cross", "side": "sell"}),
    );
    assert_eq!((status, v["code"].as_str()), (400, Some("50014")));
}

#[test]
fn lists_need_their_parameters() {
    let sim = start(false);
    for (query, code) in [
        ("orders-algo-pending", "50014"),
        ("orders-algo-pending?ordType=trigger,oco", "51000"),
        ("orders-algo-history?ordType=oco", "50014"),
        ("orders-algo-history?ordType=oco&state=live", "51000"),
    ] {
        let v = get(&sim, &format!("/api/v5/trade/{query}"));
        assert_eq!(v["code"], code, "{query}: {v}");
    }
}

#[test]
fn cancel_and_amend() {
    let sim = start(true);
    let b = base(&sim);
    let ids: Vec<String> = (0..11)
        .map(|i| {
            placed(
                &sim,
                json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "trigger", "sz": "1",
                       "triggerPx": (b + 1000 + i).to_string(), "orderPx": "-1"}),
            )
        })
        .collect();
    let items = |ids: &[String]| -> Value {
        ids.iter()
            .map(|id| json!({"instId": SWAP, "algoId": id}))
            .collect()
    };
    let (status, v) = post(&sim, "/api/v5/trade/cancel-algos", &items(&ids));
    assert_eq!((status, v["code"].as_str()), (400, Some("51000")), "{v}");
    let (status, v) = post(&sim, "/api/v5/trade/cancel-algos", &items(&ids[..2]));
    assert_eq!((status, v["code"].as_str()), (200, Some("0")), "{v}");
    assert_eq!(details(&sim, &ids[0])["state"], "canceled");
    // Again: one already canceled, one live.
    let (_, v) = post(&sim, "/api/v5/trade/cancel-algos", &items(&ids[1..3]));
    assert_eq!(v["code"], "2", "{v}");
    assert_eq!(v["data"][0]["sCode"], "51400");
    assert_eq!(v["data"][1]["sCode"], "0");

    // Amend a trigger order: both prices are needed; the new trigger shows.
    let (_, v) = post(
        &sim,
        "/api/v5/trade/amend-algos",
        &json!({"instId": SWAP, "algoId": ids[5], "newTriggerPx": (b + 1500).to_string()}),
    );
    assert_eq!(v["data"][0]["sCode"], "50014", "{v}");
    let (_, v) = post(
        &sim,
        "/api/v5/trade/amend-algos",
        &json!({"instId": SWAP, "algoId": ids[5], "newTriggerPx": (b + 1500).to_string(),
                "newOrdPx": "-1", "newSz": "3", "reqId": "r1"}),
    );
    assert_eq!(v["data"][0]["sCode"], "0", "{v}");
    assert_eq!(v["data"][0]["reqId"], "r1");
    let a = details(&sim, &ids[5]);
    assert_eq!(
        (a["triggerPx"].as_str(), a["sz"].as_str()),
        (Some(format!("{}", b + 1500).as_str()), Some("3"))
    );
    // A trailing stop cannot be amended.
    let trail = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "move_order_stop", "sz": "1",
               "callbackSpread": "100"}),
    );
    let (_, v) = post(
        &sim,
        "/api/v5/trade/amend-algos",
        &json!({"instId": SWAP, "algoId": trail, "newSz": "2"}),
    );
    assert_eq!(v["data"][0]["sCode"], "51000", "{v}");

    // 20 orders per 2 s per instrument, counted per order: 5 remain after the 15 above (the
    // refused batch of 11 counted too).
    let (status, _) = post(&sim, "/api/v5/trade/cancel-algos", &items(&ids[3..8]));
    assert_eq!(status, 200);
    let (status, v) = post(&sim, "/api/v5/trade/cancel-algos", &items(&ids[8..9]));
    assert_eq!(status, 429, "{v}");
}

/// A close-position order must close: in long/short mode a buy of the long would open (OKX
/// 51331); the sell of the long is placed, and when it fires it closes the long, never more.
#[test]
fn close_position_on_the_opening_side_is_refused() {
    let sim = start(false);
    let (status, v) = post(
        &sim,
        "/api/v5/account/set-position-mode",
        &json!({"posMode": "long_short_mode"}),
    );
    assert_eq!((status, &v["code"]), (200, &"0".into()), "{v}");
    let item = post(
        &sim,
        "/api/v5/trade/order",
        &json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "posSide": "long",
                "ordType": "market", "sz": "2"}),
    )
    .1["data"][0]
        .clone();
    assert_eq!(item["sCode"], "0", "{item}");
    let b = base(&sim);
    let close = |side: &str, sl: i64| {
        json!({"instId": SWAP, "tdMode": "cross", "side": side, "posSide": "long",
               "ordType": "conditional", "closeFraction": "1",
               "slTriggerPx": sl.to_string(), "slOrdPx": "-1"})
    };
    refused(&sim, close("buy", b + 3000), "51331");
    let id = placed(&sim, close("sell", b - 3000));
    sim.trade_at(SWAP, &(b - 3100).to_string(), None);
    assert_eq!(details(&sim, &id)["state"], "effective");
    assert_eq!(position(&sim), "0");
}

/// An amended size is checked as a placed one: a stop above maxStopSz is refused (51000) and
/// the order keeps its size.
#[test]
fn amended_size_above_max_stop_sz_is_refused() {
    let sim = start(false);
    let b = base(&sim);
    let id = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "sell", "ordType": "conditional",
               "sz": "1", "slTriggerPx": (b - 3000).to_string(), "slOrdPx": "-1"}),
    );
    let max: i64 = get(
        &sim,
        &format!("/api/v5/public/instruments?instType=SWAP&instId={SWAP}"),
    )["data"][0]["maxStopSz"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    for (sz, code) in [((max + 1).to_string(), "51000"), (max.to_string(), "0")] {
        let (_, v) = post(
            &sim,
            "/api/v5/trade/amend-algos",
            &json!({"instId": SWAP, "algoId": id, "newSz": sz}),
        );
        assert_eq!(v["data"][0]["sCode"], code, "{sz}: {v}");
    }
    assert_eq!(details(&sim, &id)["sz"], max.to_string());
}
