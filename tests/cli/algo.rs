//! `okx algo` against the stand-in: an OCO protecting a long fires on its stop and closes the
//! position, a trailing stop fires at the hand-computed price, a trigger entry opens a position,
//! wrong-side and out-of-range orders are refused before sending, and a lost `order-algo` answer
//! never makes a second algo order.

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::position_close::open;
use crate::support::*;

const SWAP: &str = "BTC-USDT-SWAP";
const PLACE: &str = "/api/v5/trade/order-algo";

/// A whole number of hundreds at or below the swap's last price: the base of the test prices.
pub(crate) fn base(sim: &Sim) -> i64 {
    let t = sim_data(sim, &format!("/api/v5/market/ticker?instId={SWAP}"));
    let last: f64 = t[0]["last"].as_str().unwrap().parse().unwrap();
    (last / 100.0) as i64 * 100
}

fn okx_json(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(sb.okx_signed(sim).args(args).arg("--json"));
    let v = if out.trim().is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

pub(crate) fn algo(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["algo"];
    all.extend_from_slice(args);
    okx_json(sb, sim, &all)
}

/// okx's POSTs to `path` (the look-ups GET the same path).
pub(crate) fn posts(sim: &Sim, path: &str) -> Vec<okx_sim::LogEntry> {
    requests_to(sim, path)
        .into_iter()
        .filter(|e| e.method == "POST")
        .collect()
}

pub(crate) fn position(sim: &Sim) -> String {
    sim.positions()
        .iter()
        .find(|p| p["instId"] == SWAP)
        .map_or("0".into(), |p| p["pos"].as_str().unwrap().to_string())
}

pub(crate) fn order_by_id(sim: &Sim, ord_id: &str) -> Value {
    sim.orders()
        .into_iter()
        .find(|o| o["ordId"] == ord_id)
        .unwrap_or_else(|| panic!("no order {ord_id}"))
}

#[test]
fn an_oco_protects_a_long_and_its_stop_closes_the_position() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    open(&sb, &sim, SWAP, "buy", "1", "cross");
    assert_eq!(position(&sim), "1");
    let (sl, tp) = ((b - 2000).to_string(), (b + 2000).to_string());
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "sell",
            "1",
            "--td-mode",
            "cross",
            "--reduce-only",
            "--sl-trigger",
            &sl,
            "--tp-trigger",
            &tp,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["ordType"]),
        (&"placed".into(), &"oco".into()),
        "{v}"
    );
    let algo_id = v["algoId"].as_str().unwrap().to_string();
    assert_eq!(posts(&sim, PLACE).len(), 1);
    // Both legs went as one oco: never a net-mode conditional whose TP OKX would ignore.
    let sent: Value = serde_json::from_str(&posts(&sim, PLACE)[0].body).unwrap();
    assert_eq!(sent["ordType"], "oco");
    assert_eq!(
        (&sent["slOrdPx"], &sent["tpOrdPx"]),
        (&"-1".into(), &"-1".into())
    );
    assert!(!sent["algoClOrdId"].as_str().unwrap().is_empty());

    let (code, v, err) = algo(&sb, &sim, &["list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(
        (&v[0]["algoId"], &v[0]["state"]),
        (&algo_id.clone().into(), &"live".into())
    );

    sim.trade_at(SWAP, &(b - 2500).to_string(), None);
    assert_eq!(position(&sim), "0", "the stop closed the long");
    let (code, v, err) = algo(&sb, &sim, &["history"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(
        (&v[0]["algoId"], &v[0]["state"]),
        (&algo_id.clone().into(), &"effective".into())
    );
    let child = v[0]["ordId"].as_str().unwrap().to_string();
    let o = order_by_id(&sim, &child);
    assert_eq!(
        (&o["state"], &o["side"]),
        (&"filled".into(), &"sell".into()),
        "{o}"
    );
    assert_eq!(o["avgPx"], (b - 2500).to_string());
    // The table says so too.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["algo", "history", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("effective") && out.contains(&algo_id), "{out}");
    // Nothing pending now.
    let (code, v, _) = algo(&sb, &sim, &["list"]);
    assert_eq!((code, v.as_array().map(Vec::len)), (0, Some(0)), "{v}");
    // The child order, beside the algo order that made it, in one list.
    let (code, v, err) = okx_json(&sb, &sim, &["order", "list", "--all"]);
    assert_eq!(code, 0, "{err}");
    let rows = v.as_array().unwrap();
    // JSON is OKX's objects unchanged: an order has accFillSz, an algo order has none.
    assert!(
        rows.iter()
            .any(|r| r["ordId"] == child.as_str() && r.get("accFillSz").is_some()),
        "{v}"
    );
    assert!(
        rows.iter()
            .any(|r| r["algoId"] == algo_id.as_str() && r.get("accFillSz").is_none()),
        "{v}"
    );
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "list", "--all", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().next().unwrap().starts_with("kind,"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("order,") && l.contains(&child)),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("oco,") && l.contains(&algo_id)),
        "{out}"
    );
}

#[test]
fn a_trailing_stop_fires_on_the_pull_back_at_the_hand_computed_price() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    open(&sb, &sim, SWAP, "buy", "1", "cross");
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "sell",
            "1",
            "--td-mode",
            "cross",
            "--reduce-only",
            "--trailing-spread",
            "150",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["ordType"], "move_order_stop", "{v}");
    // Up to b + 800: the stop follows to b + 800 − 150.
    for px in [b + 500, b + 800, b + 700] {
        sim.trade_at(SWAP, &px.to_string(), None);
    }
    let (_, v, _) = algo(&sb, &sim, &["list", "--kind", "trailing"]);
    assert_eq!(v[0]["moveTriggerPx"], (b + 650).to_string(), "{v}");
    sim.trade_at(SWAP, &(b + 651).to_string(), None);
    assert_eq!(position(&sim), "1", "not yet");
    sim.trade_at(SWAP, &(b + 650).to_string(), None);
    assert_eq!(position(&sim), "0");
    let (_, v, _) = algo(&sb, &sim, &["history", "--kind", "trailing"]);
    assert_eq!(v[0]["state"], "effective", "{v}");
    let o = order_by_id(&sim, v[0]["ordId"].as_str().unwrap());
    assert_eq!(o["avgPx"], (b + 650).to_string(), "{o}");
}

#[test]
fn a_trigger_entry_fires_and_opens_the_position() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let t = (b + 1000).to_string();
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "2",
            "--td-mode",
            "cross",
            "--trigger",
            &t,
            "--algo-cl-ord-id",
            "entry1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["ordType"], &v["algoClOrdId"]),
        (&"trigger".into(), &"entry1".into()),
        "{v}"
    );
    sim.trade_at(SWAP, &(b + 999).to_string(), None);
    assert_eq!(position(&sim), "0");
    sim.trade_at(SWAP, &t, None);
    assert_eq!(position(&sim), "2");
    let (code, v, err) = algo(&sb, &sim, &["get", "--algo-cl-ord-id", "entry1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v[0]["state"], "effective", "{v}");
    // The same client ID again: refused before sending, as it names an algo order already.
    let (code, _, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "2",
            "--td-mode",
            "cross",
            "--trigger",
            &t,
            "--algo-cl-ord-id",
            "entry1",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already names algo order"), "{err}");
    assert_eq!(posts(&sim, PLACE).len(), 1);
}

#[test]
fn wrong_side_and_out_of_range_orders_are_refused_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let above = (b + 3000).to_string();
    let below = (b - 3000).to_string();
    for (args, says) in [
        (
            vec![
                "place",
                SWAP,
                "sell",
                "1",
                "--td-mode",
                "cross",
                "--reduce-only",
                "--sl-trigger",
                &above,
            ],
            "would trigger at once",
        ),
        (
            vec![
                "place",
                SWAP,
                "buy",
                "1",
                "--td-mode",
                "cross",
                "--tp-trigger",
                &above,
            ],
            "would trigger at once",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "1",
                "--td-mode",
                "cross",
                "--trailing",
                "0.5",
            ],
            "callback range",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "1",
                "--td-mode",
                "cross",
                "--trailing",
                "0.01",
                "--active-price",
                &below,
            ],
            "must be above the last price",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "--close-position",
                "--td-mode",
                "cross",
                "--sl-trigger",
                &below,
            ],
            "needs --reduce-only",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "--close-position",
                "--td-mode",
                "cross",
                "--reduce-only",
                "--trigger",
                &below,
            ],
            "stop-loss and take-profit",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "1.005",
                "--td-mode",
                "cross",
                "--sl-trigger",
                &below,
            ],
            "lot size",
        ),
        (
            vec![
                "place",
                SWAP,
                "sell",
                "1",
                "--td-mode",
                "cash",
                "--sl-trigger",
                &below,
            ],
            "--td-mode cross or isolated",
        ),
        (
            vec![
                "place",
                "BTC-USDT",
                "sell",
                "0.01",
                "--td-mode",
                "cash",
                "--sl-trigger",
                "1000",
                "--trigger-type",
                "mark",
            ],
            "last price only",
        ),
    ] {
        let (code, _, err) = algo(&sb, &sim, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // The numbers are in the message.
    let (_, _, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "sell",
            "1",
            "--td-mode",
            "cross",
            "--reduce-only",
            "--sl-trigger",
            &above,
        ],
    );
    assert!(
        err.contains(&above) && err.contains("the last price is"),
        "{err}"
    );
    assert!(posts(&sim, PLACE).is_empty());
    // --force sends it; OKX refuses it with its own code.
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "sell",
            "1",
            "--td-mode",
            "cross",
            "--sl-trigger",
            &above,
            "--force",
        ],
    );
    assert_eq!(code, 5, "{err}");
    assert_eq!(
        (&v["result"], &v["sCode"]),
        (&"rejected".into(), &"51280".into()),
        "{v}"
    );
}

#[test]
fn cancel_and_amend_go_through_the_order_core() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let t = (b + 1000).to_string();
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "1",
            "--td-mode",
            "cross",
            "--trigger",
            &t,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let id = v["algoId"].as_str().unwrap().to_string();
    let t2 = (b + 1500).to_string();
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "amend",
            SWAP,
            "--algo-id",
            &id,
            "--trigger",
            &t2,
            "--size",
            "3",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["triggerPx"], &v["sz"]),
        (&"amended".into(), &t2.clone().into(), &"3".into()),
        "{v}"
    );
    // A trailing stop cannot be amended: refused with the reason, nothing sent.
    let (_, v, _) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "1",
            "--td-mode",
            "cross",
            "--trailing-spread",
            "100",
        ],
    );
    let trail = v["algoId"].as_str().unwrap().to_string();
    let (code, _, err) = algo(
        &sb,
        &sim,
        &["amend", SWAP, "--algo-id", &trail, "--size", "2"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("amends only conditional"), "{err}");
    assert_eq!(posts(&sim, "/api/v5/trade/amend-algos").len(), 1);
    let (code, v, err) = algo(&sb, &sim, &["cancel", SWAP, "--algo-id", &id]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "canceled", "{v}");
    let sent = posts(&sim, "/api/v5/trade/cancel-algos");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].body,
        format!(r#"[{{"instId":"{SWAP}","algoId":"{id}"}}]"#)
    );
    // Canceled already: OKX's refusal, reported.
    let (code, v, _) = algo(&sb, &sim, &["cancel", SWAP, "--algo-id", &id]);
    assert_eq!((code, &v["sCode"]), (5, &"51400".into()), "{v}");
}

#[test]
fn a_lost_place_answer_never_makes_a_second_algo_order() {
    for (fault, want_code, want_result, algos) in [
        (Fault::ResetAfterProcessing, 0, "placed", 1),
        (Fault::ResetBeforeProcessing, 7, "unknown", 0),
        (Fault::Http500, 7, "unknown", 0),
    ] {
        let sim = sim();
        let sb = Sandbox::new();
        let b = base(&sim);
        let t = (b + 1000).to_string();
        sim.inject(&format!("POST {PLACE}"), fault.clone(), 1);
        let (code, v, err) = run_json(
            &sb,
            &sim,
            &[
                "algo",
                "place",
                SWAP,
                "buy",
                "1",
                "--td-mode",
                "cross",
                "--trigger",
                &t,
                "--timeout",
                "1",
            ],
        );
        assert_eq!(code, want_code, "{fault:?}: {err}");
        assert_eq!(v["result"], want_result, "{fault:?}: {v}");
        assert_eq!(posts(&sim, PLACE).len(), 1, "{fault:?}: sent once");
        assert_eq!(sim.algo_orders().len(), algos, "{fault:?}");
        // Reported once: one result on stdout.
        assert_eq!(v.as_object().map(|o| o.contains_key("result")), Some(true));
        if want_code == 7 {
            assert!(
                v["check"]
                    .as_str()
                    .unwrap()
                    .starts_with("okx algo get --algo-cl-ord-id "),
                "{v}"
            );
        }
    }
}

fn run_json(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    okx_json(sb, sim, args)
}
