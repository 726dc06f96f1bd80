//! cancel-all-after (derivatives sheet §4.7): OKX's parameter checks, its one-per-second limit,
//! and the timer that cancels every pending order of the account when the sim clock passes the
//! trigger time without a refresh, spot and derivatives alike; `timeOut` 0 disarms it.

mod common;

use std::time::{Duration, Instant};

use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

const PATH: &str = "/api/v5/trade/cancel-all-after";

fn start(rate_limits: bool) -> Sim {
    Sim::start(SimConfig {
        rate_limits,
        ..SimConfig::default()
    })
    .unwrap()
}

fn post(sim: &Sim, a: &Account, path: &str, body: Value) -> (u16, Value) {
    common::signed(sim, a, "POST", path, &body.to_string())
}

fn arm(sim: &Sim, body: Value) -> (u16, Value) {
    post(sim, &Account::live(), PATH, body)
}

/// A resting SWAP buy far below the market, with `tag` if given; its `ordId`.
fn swap_order(sim: &Sim, tag: Option<&str>) -> String {
    let v = common::http(
        sim,
        "GET",
        "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP",
        &[],
        "",
    )
    .1;
    let mark: f64 = v["data"][0]["markPx"].as_str().unwrap().parse().unwrap();
    let px = ((mark * 0.8) as i64 / 100 * 100).to_string();
    let mut body = json!({"instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "buy",
        "ordType": "limit", "sz": "1", "px": px});
    if let Some(t) = tag {
        body["tag"] = t.into();
    }
    let (_, v) = post(sim, &Account::live(), "/api/v5/trade/order", body);
    assert_eq!(v["data"][0]["sCode"], "0", "{v}");
    v["data"][0]["ordId"].as_str().unwrap().to_string()
}

/// The states of these orders, as the sim holds them.
fn states(sim: &Sim, ids: &[String]) -> Vec<(String, String)> {
    sim.orders()
        .into_iter()
        .filter(|o| ids.iter().any(|i| o["ordId"] == i.as_str()))
        .map(|o| {
            (
                o["state"].as_str().unwrap().to_string(),
                o["cancelSource"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn wait_for(what: &str, cond: impl Fn() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn parameters_are_checked_as_okx_does() {
    let sim = start(false);
    let (status, v) = arm(&sim, json!({}));
    assert_eq!((status, v["code"].as_str()), (400, Some("50014")), "{v}");
    for bad in ["9", "121", "-10", "abc", "10.5", "1000"] {
        let (status, v) = arm(&sim, json!({ "timeOut": bad }));
        assert_eq!(
            (status, v["code"].as_str()),
            (400, Some("51000")),
            "{bad}: {v}"
        );
    }
    // A number, not OKX's string.
    let (_, v) = arm(&sim, json!({ "timeOut": 60 }));
    assert_eq!(v["code"], "51000", "{v}");
    let (_, v) = arm(&sim, json!({ "timeOut": "60", "tag": "seventeen-chars-x" }));
    assert_eq!(v["code"], "51000", "{v}");

    let before = sim.now_ms();
    let (status, v) = arm(&sim, json!({ "timeOut": "10" }));
    assert_eq!((status, v["code"].as_str()), (200, Some("0")), "{v}");
    let item = &v["data"][0];
    let trigger: i64 = item["triggerTime"].as_str().unwrap().parse().unwrap();
    let ts: i64 = item["ts"].as_str().unwrap().parse().unwrap();
    assert!(ts >= before && trigger == ts + 10_000, "{v}");
    assert_eq!(item["tag"], "");
    let (_, v) = arm(&sim, json!({ "timeOut": "120" }));
    assert_eq!(v["code"], "0", "{v}");
    let (_, v) = arm(&sim, json!({ "timeOut": "0" }));
    assert_eq!(v["data"][0]["triggerTime"], "0", "{v}");

    // The docs example's reading: seconds.
    sim.set_cancel_all_after_seconds(true);
    let (_, v) = arm(&sim, json!({ "timeOut": "30" }));
    let trigger: i64 = v["data"][0]["triggerTime"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let ts: i64 = v["data"][0]["ts"].as_str().unwrap().parse().unwrap();
    assert!(trigger < 1_000_000_000_000 && trigger - ts == 30, "{v}");
}

#[test]
fn one_request_per_second_per_account_and_tag() {
    let sim = start(true);
    let (status, _) = arm(&sim, json!({ "timeOut": "60" }));
    assert_eq!(status, 200);
    // A second at once is refused; another tag and another account have their own budget.
    let (status, v) = arm(&sim, json!({ "timeOut": "60" }));
    assert_eq!(status, 429, "{v}");
    let (status, _) = arm(&sim, json!({ "timeOut": "60", "tag": "grid1" }));
    assert_eq!(status, 200);
    let (status, v) = post(&sim, &Account::demo(), PATH, json!({ "timeOut": "60" }));
    assert_eq!(status, 200, "{v}");
    // After a second, the first key's budget is back.
    std::thread::sleep(Duration::from_millis(1_050));
    let (status, _) = arm(&sim, json!({ "timeOut": "60" }));
    assert_eq!(status, 200);
}

#[test]
fn the_timer_cancels_every_pending_order_when_the_clock_passes_it() {
    let sim = start(false);
    let live = Account::live();
    let mut ids = sim.add_resting_orders(&live.api_key, "BTC-USDT", 3);
    ids.push(swap_order(&sim, None));
    // Another account's orders are not this switch's business.
    let other = sim.add_resting_orders(&Account::demo().api_key, "BTC-USDT", 1);
    let (_, v) = arm(&sim, json!({ "timeOut": "10" }));
    assert_eq!(v["code"], "0", "{v}");

    // Refreshed before it runs out: nothing happens at the first trigger time.
    sim.set_clock_offset_ms(8_000);
    let (_, v) = arm(&sim, json!({ "timeOut": "10" }));
    assert_eq!(v["code"], "0", "{v}");
    sim.set_clock_offset_ms(12_000);
    std::thread::sleep(Duration::from_millis(100));
    assert!(states(&sim, &ids).iter().all(|(s, _)| s == "live"));

    // Past the refreshed trigger, with no request at all: the timer thread cancels them.
    sim.set_clock_offset_ms(18_500);
    wait_for("the switch to cancel every order", || {
        states(&sim, &ids).iter().all(|(s, _)| s == "canceled")
    });
    assert_eq!(states(&sim, &ids).len(), 4);
    assert!(states(&sim, &ids).iter().all(|(_, c)| c == "20"));
    assert_eq!(states(&sim, &other), vec![("live".into(), "".into())]);
    // Frozen funds are released as by any cancel.
    assert_eq!(sim.balance(&live.api_key, "USDT").unwrap().1, "0");
}

#[test]
fn time_out_zero_disarms_and_tags_cover_their_own_orders() {
    let sim = start(false);
    let live = Account::live();
    let plain = sim.add_resting_orders(&live.api_key, "BTC-USDT", 2);
    let tagged = vec![swap_order(&sim, Some("grid1"))];
    arm(&sim, json!({ "timeOut": "10" }));
    arm(&sim, json!({ "timeOut": "0" }));
    let (_, v) = arm(&sim, json!({ "timeOut": "10", "tag": "grid1" }));
    assert_eq!(v["data"][0]["tag"], "grid1", "{v}");
    sim.set_clock_offset_ms(11_000);
    wait_for("the tagged switch to fire", || {
        states(&sim, &tagged).iter().all(|(s, _)| s == "canceled")
    });
    // The account-wide switch was disarmed: untagged orders stay.
    std::thread::sleep(Duration::from_millis(100));
    assert!(states(&sim, &plain).iter().all(|(s, _)| s == "live"));
}
