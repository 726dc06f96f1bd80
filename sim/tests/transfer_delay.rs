//! Slow transfers (`Sim::set_transfer_delay_ms`): taken out of the source at once, `pending` in
//! `transfer-state` until the sim clock passes the delay, then in the destination exactly once;
//! answered 58124 with the transfer ID when asked to be busy; a pending transfer's client ID is
//! refused (58404) like a completed one's.

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

fn send(sim: &Sim, client_id: &str) -> Value {
    let body = json!({"ccy":"USDT","amt":"100","from":"6","to":"18","clientId":client_id});
    common::signed(sim, &Account::live(), "POST", TRANSFER, &body.to_string()).1
}

fn state(sim: &Sim, client_id: &str) -> Value {
    let target = format!("/api/v5/asset/transfer-state?clientId={client_id}");
    common::signed(sim, &Account::live(), "GET", &target, "").1
}

fn avail(sim: &Sim) -> (String, String) {
    let k = Account::live().api_key;
    (
        sim.funding_balance(&k, "USDT").unwrap().0,
        sim.balance(&k, "USDT").unwrap().0,
    )
}

#[test]
fn a_delayed_transfer_is_pending_until_the_sim_clock_passes_its_delay() {
    let sim = start();
    sim.set_transfer_delay_ms(60_000, false);
    let v = send(&sim, "slow1");
    assert_eq!(v["code"], "0", "{v}");
    let id = v["data"][0]["transId"].as_str().unwrap().to_string();
    assert_eq!(state(&sim, "slow1")["data"][0]["state"], "pending");
    // Out of the funding account, not yet in the trading account.
    assert_eq!(avail(&sim), ("2400".into(), "10000".into()));
    // The client ID is taken while pending.
    assert_eq!(send(&sim, "slow1")["code"], "58404");
    sim.set_clock_offset_ms(61_000);
    let s = state(&sim, "slow1");
    assert_eq!(s["data"][0]["state"], "success", "{s}");
    assert_eq!(s["data"][0]["transId"], id.as_str());
    assert_eq!(avail(&sim), ("2400".into(), "10100".into()));
    assert_eq!(sim.transfers(&Account::live().api_key).len(), 1);
}

#[test]
fn a_busy_answer_is_58124_naming_the_transfer() {
    let sim = start();
    sim.set_transfer_delay_ms(60_000, true);
    let v = send(&sim, "busy1");
    assert_eq!(v["code"], "58124", "{v}");
    let s = state(&sim, "busy1");
    let id = s["data"][0]["transId"].as_str().unwrap();
    assert!(
        v["msg"]
            .as_str()
            .unwrap()
            .contains(&format!("transfer id: {id}")),
        "{v}"
    );
    assert_eq!(s["data"][0]["state"], "pending");
    // Back to immediate: a new transfer completes at once; the slow one is still pending.
    sim.set_transfer_delay_ms(0, false);
    assert_eq!(send(&sim, "fast1")["code"], "0");
    assert_eq!(state(&sim, "fast1")["data"][0]["state"], "success");
    assert_eq!(state(&sim, "busy1")["data"][0]["state"], "pending");
    // The control endpoint sets the same switch.
    let (status, _) = common::http(&sim, "POST", "/__sim/transfer-delay", &[], r#"{"ms":1000}"#);
    assert_eq!(status, 200);
    assert_eq!(send(&sim, "ctl1")["code"], "0");
    assert_eq!(state(&sim, "ctl1")["data"][0]["state"], "pending");
}
