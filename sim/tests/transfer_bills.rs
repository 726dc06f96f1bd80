//! Transfers between the funding and the trading account leave a bill in the trading account's
//! ledger (`/account/bills`, type 1, subType 11 in / 12 out), made when the trading balance
//! moves: at once, or for a slow transfer into it when it settles; and `Sim::bills` lists the
//! same rows.

mod common;

use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};

const TRANSFER: &str = "/api/v5/asset/transfer";

fn start() -> Sim {
    Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap()
}

fn send(sim: &Sim, ccy: &str, amt: &str, from: &str, to: &str) -> Value {
    let body = json!({"ccy": ccy, "amt": amt, "from": from, "to": to});
    let v = common::signed(sim, &Account::live(), "POST", TRANSFER, &body.to_string()).1;
    assert_eq!(v["code"], "0", "{v}");
    v
}

/// The bills of this test's transfers that `/account/bills?type=1` serves from `since` on,
/// oldest first. The amounts have decimals: the generated transfer bill of the day (USDT, a whole
/// amount) may fall in the range too.
fn transfer_bills(sim: &Sim, since: i64) -> Vec<Value> {
    let target = format!("/api/v5/account/bills?type=1&begin={since}");
    let v = common::signed(sim, &Account::live(), "GET", &target, "").1;
    assert_eq!(v["code"], "0", "{v}");
    let mut rows: Vec<Value> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["balChg"].as_str().unwrap().contains('.'))
        .cloned()
        .collect();
    rows.reverse();
    rows
}

fn num(v: &Value, name: &str) -> i64 {
    v[name].as_str().unwrap().parse().unwrap()
}

fn summary(b: &Value) -> (&str, &str, &str, &str, &str, &str) {
    let s = |k: &str| b[k].as_str().unwrap();
    (
        s("type"),
        s("subType"),
        s("ccy"),
        s("balChg"),
        s("from"),
        s("to"),
    )
}

#[test]
fn transfers_there_and_back_are_bills_in_and_out_of_the_trading_account() {
    let sim = start();
    let key = Account::live().api_key;
    let t0 = sim.now_ms();
    send(&sim, "USDT", "250.5", "6", "18");
    send(&sim, "BTC", "0.05", "18", "6");
    let t1 = sim.now_ms();
    let got = transfer_bills(&sim, t0);
    let got: Vec<&Value> = got.iter().collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        summary(got[0]),
        ("1", "11", "USDT", "250.5", "6", "18"),
        "{}",
        got[0]
    );
    assert_eq!(
        summary(got[1]),
        ("1", "12", "BTC", "-0.05", "18", "6"),
        "{}",
        got[1]
    );
    for b in &got {
        let ts = num(b, "ts");
        assert!((t0..=t1).contains(&ts), "{b}");
        // billId: ts × 10 000 plus the transfer sequence of that millisecond.
        assert_eq!(num(b, "billId") / 10_000, ts, "{b}");
        assert_eq!(b["instType"], "", "{b}");
    }
    assert!(num(got[0], "billId") < num(got[1], "billId"));
    // The stand-in's own list of bills has the same rows.
    let want: Vec<Value> = sim
        .bills(&key, t0, sim.now_ms())
        .into_iter()
        .filter(|b| b["type"] == "1" && b["balChg"].as_str().unwrap().contains('.'))
        .collect();
    let got: Vec<Value> = got.into_iter().cloned().collect();
    assert_eq!(want, got);
    // Filters: by subType, by currency.
    let target = format!("/api/v5/account/bills?type=1&subType=12&begin={t0}");
    let v = common::signed(&sim, &Account::live(), "GET", &target, "").1;
    assert_eq!(v["data"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["data"][0]["ccy"], "BTC");
}

#[test]
fn a_slow_transfer_into_trading_is_billed_when_it_arrives_and_one_out_at_once() {
    let sim = start();
    let key = Account::live().api_key;
    sim.set_transfer_delay_ms(60_000, false);
    let t0 = sim.now_ms();
    send(&sim, "USDT", "100.25", "6", "18");
    send(&sim, "USDT", "40.5", "18", "6");
    // Only the transfer out has moved the trading balance yet.
    let got = transfer_bills(&sim, t0);
    let got: Vec<&Value> = got.iter().collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(summary(got[0]), ("1", "12", "USDT", "-40.5", "18", "6"));
    let out_id = num(got[0], "billId");

    sim.set_clock_offset_ms(61_000);
    let got = transfer_bills(&sim, t0);
    let got: Vec<&Value> = got.iter().collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(num(got[0], "billId"), out_id, "the bill out is unchanged");
    assert_eq!(summary(got[1]), ("1", "11", "USDT", "100.25", "6", "18"));
    // Dated when it was due, after the transfer out.
    let ts_in = num(got[1], "ts");
    assert!(ts_in >= t0 + 60_000 && ts_in <= sim.now_ms(), "{}", got[1]);
    assert_eq!(
        sim.bills(&key, t0, sim.now_ms())
            .into_iter()
            .filter(|b| b["type"] == "1" && b["balChg"].as_str().unwrap().contains('.'))
            .count(),
        2
    );
}
