//! `okx order amend` against the stand-in: a resting spot and swap order's price and size
//! changed with exactly one amend sent; a finished order, a missing change, a price off the
//! tick and a size not above the filled part refused before sending (exit 2, no amend sent); a
//! lost answer settled by looking the order up (amended after processing, not amended after the
//! deadline when it never arrived), never resent; `--cancel-on-fail`.

use okx_sim::{Account, Fault, Sim};
use serde_json::Value;

use crate::support::*;

const AMEND: &str = "/api/v5/trade/amend-order";

/// Amend POSTs the stand-in received.
fn amend_posts(sim: &Sim) -> usize {
    sim.log()
        .iter()
        .filter(|e| e.path == AMEND && e.method == "POST")
        .count()
}

/// The body of the first amend the stand-in received.
fn amend_body(sim: &Sim) -> Value {
    let sent = sim.log().into_iter().find(|e| e.path == AMEND).unwrap();
    serde_json::from_str(&sent.body).unwrap()
}

/// The stand-in's order `ord_id`.
fn order(sim: &Sim, ord_id: &str) -> Value {
    sim.orders()
        .into_iter()
        .find(|o| o["ordId"] == ord_id)
        .unwrap_or_else(|| panic!("no order {ord_id}"))
}

/// A decimal field, for comparing values whatever their spelling.
fn dec(v: &Value, k: &str) -> rust_decimal::Decimal {
    v[k].as_str()
        .unwrap_or_else(|| panic!("{k} in {v}"))
        .parse()
        .unwrap()
}

/// The last price of `inst_id`, times `pct` percent, in whole units: on every tick.
fn price(sim: &Sim, inst_id: &str, pct: i64) -> String {
    let last = dec(
        &sim_data(sim, &format!("/api/v5/market/ticker?instId={inst_id}"))[0],
        "last",
    );
    (last * rust_decimal::Decimal::from(pct) / rust_decimal::Decimal::from(100))
        .floor()
        .to_string()
}

/// Places a resting limit buy through okx; its ordId.
fn rest(sb: &Sandbox, sim: &Sim, args: &[&str]) -> String {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["order", "place"])
        .args(args)
        .arg("--json"));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["state"], "live", "{v}");
    v["ordId"].as_str().unwrap().to_string()
}

/// Runs `okx order amend …` signed, as JSON: (exit code, result, stderr).
fn amend(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["order", "amend"])
        .args(args)
        .arg("--json"));
    let v = if out.trim().is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

/// Asserts `okx order amend args` is refused before sending: exit 2, one error line naming
/// `says`, no amend sent.
fn refused(sb: &Sandbox, sim: &Sim, args: &[&str], says: &str) {
    let before = amend_posts(sim);
    let (code, v, err) = amend(sb, sim, args);
    assert_eq!(code, 2, "{args:?}: {v} {err}");
    assert!(err.contains(says), "{args:?}: {err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("okx: error")).count(),
        1,
        "{err}"
    );
    assert_eq!(amend_posts(sim), before, "{args:?}: an amend was sent");
}

#[test]
fn a_resting_spot_order_gets_its_new_price_and_size_with_one_amend() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = price(&sim, "BTC-USDT", 97);
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.01", "--price", &px]);
    let new_px = price(&sim, "BTC-USDT", 96);
    let (code, v, err) = amend(
        &sb,
        &sim,
        &[
            "BTC-USDT", "--ord-id", &id, "--price", &new_px, "--size", "0.02",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "amended", "{v}");
    assert_eq!(
        (&v["newPx"], &v["newSz"]),
        (&new_px.clone().into(), &"0.02".into())
    );
    assert_eq!(v["ordId"], id.as_str());
    let o = order(&sim, &id);
    assert_eq!(dec(&o, "px"), new_px.parse().unwrap());
    assert_eq!(dec(&o, "sz"), "0.02".parse().unwrap());
    assert_eq!(amend_posts(&sim), 1, "exactly one amend");
    // The body: the order as named, a generated reqId (echoed in the result), no cxlOnFail.
    let body = amend_body(&sim);
    assert_eq!(body["ordId"], id.as_str());
    assert_eq!(body["reqId"], v["reqId"]);
    let req_id = body["reqId"].as_str().unwrap();
    assert!(
        (1..=32).contains(&req_id.len()) && req_id.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{req_id}"
    );
    assert!(body.get("cxlOnFail").is_none(), "{body}");
    let header = sim
        .log()
        .into_iter()
        .find(|e| e.path == AMEND)
        .unwrap()
        .headers
        .into_iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("expTime"));
    assert!(header, "the amend carries an expTime deadline");
    assert!(err.contains("amending limit buy order"), "{err}");

    // By client order ID, price only, in a table.
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "order", "amend", "BTC-USDT", "--ord-id", &id, "--price", &px,
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("amended"), "{out}");
    assert_eq!(dec(&order(&sim, &id), "px"), px.parse().unwrap());
}

#[test]
fn a_resting_swap_order_is_amended_in_contracts() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = price(&sim, "BTC-USDT-SWAP", 97);
    let id = rest(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--price",
            &px,
            "--td-mode",
            "cross",
            "--cl-ord-id",
            "grid7",
        ],
    );
    let new_px = price(&sim, "BTC-USDT-SWAP", 98);
    let (code, v, err) = amend(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "--cl-ord-id",
            "grid7",
            "--price",
            &new_px,
            "--size",
            "3",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "amended", "{v}");
    let o = order(&sim, &id);
    assert_eq!(dec(&o, "px"), new_px.parse().unwrap());
    assert_eq!(o["sz"], "3");
    assert_eq!(amend_posts(&sim), 1);
    // A price outside OKX's band for a derivative is refused before sending.
    let far = price(&sim, "BTC-USDT-SWAP", 150);
    refused(
        &sb,
        &sim,
        &["BTC-USDT-SWAP", "--ord-id", &id, "--price", &far],
        "outside OKX's price limit",
    );
}

#[test]
fn bad_amends_are_refused_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = price(&sim, "BTC-USDT", 97);
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.03", "--price", &px]);
    // Part of it fills: 0.01 of 0.03.
    assert_eq!(sim.trade_at("BTC-USDT", &px, Some("0.01")), 1);
    let cases: &[(&[&str], &str)] = &[
        (&["BTC-USDT", "--ord-id", &id], "--price"),
        (
            &["BTC-USDT", "--ord-id", &id, "--price", "60000.05"],
            "not a multiple of BTC-USDT's tick size",
        ),
        (
            &["BTC-USDT", "--ord-id", &id, "--size", "0.01"],
            "not more than the 0.01 already filled",
        ),
        (
            &["BTC-USDT", "--ord-id", &id, "--size", "0.0100000000001"],
            "not a multiple of BTC-USDT's lot size",
        ),
        (
            &[
                "BTC-USDT", "--ord-id", &id, "--size", "0.03", "--price", &px,
            ],
            "nothing to amend",
        ),
        (
            &["BTC-USDT", "--ord-id", "123", "--size", "0.05"],
            "there is no order --ord-id 123",
        ),
        (&["BTC-USDT", "--ord-id", &id, "--size", "abc"], "--size"),
    ];
    for (args, says) in cases {
        refused(&sb, &sim, args, says);
    }
    assert_eq!(amend_posts(&sim), 0);

    // A filled order: refused with its state, nothing sent.
    assert_eq!(sim.trade_at("BTC-USDT", &px, None), 1);
    assert_eq!(order(&sim, &id)["state"], "filled");
    refused(
        &sb,
        &sim,
        &["BTC-USDT", "--ord-id", &id, "--size", "0.05"],
        "is filled (filled 0.03)",
    );
}

/// Amends a resting order's size to 0.02 with `fault` on the amend's answer and a 1 s
/// deadline: (exit code, result, stderr, the stand-in's order afterwards).
fn lost(fault: Fault) -> (i32, Value, String, Value) {
    let sim = sim();
    let sb = Sandbox::new();
    let px = price(&sim, "BTC-USDT", 97);
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.01", "--price", &px]);
    sim.inject(&format!("POST {AMEND}"), fault, 1);
    let (code, v, err) = amend(
        &sb,
        &sim,
        &[
            "BTC-USDT", "--ord-id", &id, "--size", "0.02", "--expire", "1",
        ],
    );
    assert_eq!(amend_posts(&sim), 1, "sent once: {err}");
    (code, v, err, order(&sim, &id))
}

#[test]
fn a_lost_answer_after_processing_is_amended_and_never_resent() {
    let (code, v, err, o) = lost(Fault::ResetAfterProcessing);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "amended", "{v}");
    assert!(err.contains("will not be sent again"), "{err}");
    assert_eq!(o["sz"], "0.02");
}

#[test]
fn a_lost_amend_never_processed_is_not_amended_after_its_deadline() {
    let (code, v, err, o) = lost(Fault::ResetBeforeProcessing);
    assert_eq!(code, 6, "{err}");
    assert_eq!(v["result"], "not_amended", "{v}");
    assert!(
        err.contains("the order was not amended") && err.contains("it is safe to amend it again"),
        "{err}"
    );
    assert_eq!(
        (o["sz"].as_str(), o["state"].as_str()),
        (Some("0.01"), Some("live"))
    );
}

#[test]
fn an_okx_refusal_is_explained_and_cancel_on_fail_cancels() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    let px = price(&sim, "BTC-USDT", 97);
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.01", "--price", &px]);
    // More than the account can pay for: OKX's 51008, which okx does not check beforehand.
    let (avail, _) = sim.balance(&key, "USDT").unwrap();
    let px_d: rust_decimal::Decimal = px.parse().unwrap();
    let avail: rust_decimal::Decimal = avail.parse().unwrap();
    let too_big = ((avail / px_d).floor() + rust_decimal::Decimal::from(10)).to_string();
    let (code, v, err) = amend(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "--ord-id",
            &id,
            "--size",
            &too_big,
            "--cancel-on-fail",
        ],
    );
    assert_eq!(code, 5, "{v} {err}");
    assert_eq!(
        (&v["result"], &v["sCode"]),
        (&"rejected".into(), &"51008".into())
    );
    assert!(err.contains("--cancel-on-fail"), "{err}");
    assert_eq!(order(&sim, &id)["state"], "canceled");
    assert_eq!(amend_posts(&sim), 1);
    let body = amend_body(&sim);
    assert_eq!(body["cxlOnFail"], true);

    // Without it, the order stays as it was.
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.01", "--price", &px]);
    let (code, v, _) = amend(
        &sb,
        &sim,
        &["BTC-USDT", "--ord-id", &id, "--size", &too_big],
    );
    assert_eq!((code, &v["sCode"]), (5, &"51008".into()));
    assert_eq!(order(&sim, &id)["state"], "live");
}

#[test]
fn dry_run_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = price(&sim, "BTC-USDT", 97);
    let id = rest(&sb, &sim, &["BTC-USDT", "buy", "0.01", "--price", &px]);
    let (code, v, err) = amend(
        &sb,
        &sim,
        &["BTC-USDT", "--ord-id", &id, "--size", "0.02", "--dry-run"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["dry_run"], true);
    assert!(v["url"].as_str().unwrap().ends_with(AMEND), "{v}");
    assert_eq!(amend_posts(&sim), 0);
    assert_eq!(order(&sim, &id)["sz"], "0.01");
}
