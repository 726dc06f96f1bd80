//! `okx margin add|reduce` against the stand-in: isolated margin moves by exactly the amount,
//! refusals send nothing, and a lost answer is settled by the margin without a second request.

use okx_sim::{Fault, Sim};
use rust_decimal::Decimal;
use serde_json::Value;

use crate::support::*;
use crate::trade::place;

const MARGIN: &str = "/api/v5/account/position/margin-balance";

fn open(sb: &Sandbox, sim: &Sim, id: &str, side: &str, sz: &str, mode: &str, extra: &[&str]) {
    let mut args = vec![id, side, sz, "--type", "market", "--td-mode", mode];
    args.extend_from_slice(extra);
    let (code, _, err) = place(sb, sim, &args);
    assert_eq!(code, 0, "{err}");
}

fn margin(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(sb.okx_signed(sim).arg("margin").args(args).arg("--json"));
    let v = if out.trim().is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

fn posts(sim: &Sim) -> usize {
    sim.log()
        .iter()
        .filter(|e| e.method == "POST" && e.path == MARGIN)
        .count()
}

/// The stand-in's isolated margin of the position of `id` on `side` (net, long, short).
fn isolated_margin(sim: &Sim, id: &str, side: &str) -> Decimal {
    let all = sim.positions();
    let p = all
        .iter()
        .find(|p| p["instId"] == id && p["mgnMode"] == "isolated" && p["posSide"] == side)
        .unwrap_or_else(|| panic!("no isolated {side} position in {id}: {all:?}"));
    p["margin"].as_str().unwrap().parse().unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn isolated_margin_is_added_and_reduced_by_exactly_the_amount() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "isolated", &[]);
    let m0 = isolated_margin(&sim, "BTC-USDT-SWAP", "net");

    let (code, v, err) = margin(&sb, &sim, &["add", "BTC-USDT-SWAP", "25.5"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "added", "{v}");
    assert_eq!(
        (
            &v["instId"],
            &v["posSide"],
            &v["amt"],
            &v["type"],
            &v["ccy"]
        ),
        (
            &"BTC-USDT-SWAP".into(),
            &"net".into(),
            &"25.5".into(),
            &"add".into(),
            &"USDT".into()
        ),
        "{v}"
    );
    let m1 = isolated_margin(&sim, "BTC-USDT-SWAP", "net");
    assert_eq!(m1, m0 + d("25.5"));
    // OKX's leverage afterwards, from the answer: lower than before, as margin was added.
    let lever = d(v["leverage"].as_str().expect("leverage from the answer"));
    assert!(lever > Decimal::ZERO, "{v}");
    assert!(err.contains("25.5 USDT"), "the currency is said: {err}");

    let (code, v, err) = margin(&sb, &sim, &["reduce", "BTC-USDT-SWAP", "10"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["type"]),
        (&"reduced".into(), &"reduce".into())
    );
    assert!(
        d(v["leverage"].as_str().unwrap()) > lever,
        "less margin, more leverage: {v}"
    );
    assert_eq!(isolated_margin(&sim, "BTC-USDT-SWAP", "net"), m1 - d("10"));
    assert_eq!(posts(&sim), 2);

    // The table: field/value rows.
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["margin", "add", "BTC-USDT-SWAP", "1"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("result") && out.contains("added"), "{out}");
    assert!(out.contains("leverage"), "{out}");
    assert_eq!(isolated_margin(&sim, "BTC-USDT-SWAP", "net"), m1 - d("9"));

    // Less than the margin but more than the position may give up: OKX's 59301, explained.
    let (code, v, err) = margin(&sb, &sim, &["reduce", "BTC-USDT-SWAP", "100"]);
    assert_eq!(code, 5, "{err}");
    assert_eq!(
        (&v["result"], &v["sCode"]),
        (&"rejected".into(), &"59301".into()),
        "{v}"
    );
    assert!(!v["meaning"].as_str().unwrap_or("").is_empty(), "{v}");
    assert_eq!(isolated_margin(&sim, "BTC-USDT-SWAP", "net"), m1 - d("9"));
    assert_eq!(posts(&sim), 4);
}

#[test]
fn an_inverse_position_takes_its_margin_in_the_coin() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USD-SWAP", "sell", "3", "isolated", &[]);
    let m0 = isolated_margin(&sim, "BTC-USD-SWAP", "net");
    let (code, v, err) = margin(&sb, &sim, &["add", "BTC-USD-SWAP", "0.001"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["ccy"]),
        (&"added".into(), &"BTC".into()),
        "{v}"
    );
    assert!(err.contains("0.001 BTC"), "{err}");
    assert_eq!(
        isolated_margin(&sim, "BTC-USD-SWAP", "net"),
        m0 + d("0.001")
    );
}

#[test]
fn refusals_send_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let refused = |args: &[&str], want: &str| {
        let (code, v, err) = margin(&sb, &sim, args);
        assert_eq!(code, 2, "{args:?}: {v} {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    };
    refused(
        &["add", "BTC-USDT-SWAP", "10"],
        "no open isolated position in BTC-USDT-SWAP",
    );
    refused(&["add", "BTC-USDT", "10"], "SPOT");
    refused(&["add", "BTC-USDT-SWAP", "0"], "zero");
    refused(&["add", "BTC-USDT-SWAP", "-5"], "negative");
    refused(&["reduce", "BTC-USDT-SWAP", "1e2"], "exponent");
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "1", "cross", &[]);
    refused(&["add", "BTC-USDT-SWAP", "10"], "cross margin");
    refused(
        &["add", "BTC-USDT-SWAP", "10", "--pos-side", "long"],
        "net position mode",
    );
    open(&sb, &sim, "ETH-USDT-SWAP", "buy", "1", "isolated", &[]);
    let m = isolated_margin(&sim, "ETH-USDT-SWAP", "net");
    refused(
        &["reduce", "ETH-USDT-SWAP", &m.to_string()],
        "would take all the margin",
    );
    assert_eq!(posts(&sim), 0);
    assert_eq!(isolated_margin(&sim, "ETH-USDT-SWAP", "net"), m);
}

#[test]
fn long_short_mode_needs_the_side() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["account", "set-position-mode", "long-short"]));
    assert_eq!(code, 0, "{err}");
    open(
        &sb,
        &sim,
        "BTC-USDT-SWAP",
        "buy",
        "2",
        "isolated",
        &["--pos-side", "long"],
    );
    let (code, _, err) = margin(&sb, &sim, &["add", "BTC-USDT-SWAP", "5"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("give --pos-side long or short"), "{err}");
    let (code, _, err) = margin(
        &sb,
        &sim,
        &["add", "BTC-USDT-SWAP", "5", "--pos-side", "short"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no open isolated short position"), "{err}");
    assert_eq!(posts(&sim), 0);
    let m0 = isolated_margin(&sim, "BTC-USDT-SWAP", "long");
    let (code, v, err) = margin(
        &sb,
        &sim,
        &["add", "BTC-USDT-SWAP", "5", "--pos-side", "long"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["posSide"]),
        (&"added".into(), &"long".into())
    );
    assert_eq!(isolated_margin(&sim, "BTC-USDT-SWAP", "long"), m0 + d("5"));
}

#[test]
fn a_lost_answer_is_settled_by_the_margin_and_never_sent_twice() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "isolated", &[]);
    let m0 = isolated_margin(&sim, "BTC-USDT-SWAP", "net");

    // Processed, answer lost: the margin moved by exactly the amount.
    sim.inject(&format!("POST {MARGIN}"), Fault::ResetAfterProcessing, 1);
    let (code, v, err) = margin(&sb, &sim, &["add", "BTC-USDT-SWAP", "20"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "added", "{v}");
    assert_eq!(posts(&sim), 1, "sent once");
    let m1 = isolated_margin(&sim, "BTC-USDT-SWAP", "net");
    assert_eq!(m1, m0 + d("20"));

    // Lost before processing: the margin unchanged is no proof, as OKX may apply it later.
    sim.inject(&format!("POST {MARGIN}"), Fault::ResetBeforeProcessing, 1);
    let (code, v, err) = margin(&sb, &sim, &["add", "BTC-USDT-SWAP", "20"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(v["result"], "unknown", "{v}");
    assert_eq!(v["check"], "okx positions BTC-USDT-SWAP", "{v}");
    assert!(err.contains("may still apply the request later"), "{err}");
    assert!(err.contains("do not add it again"), "{err}");
    assert_eq!(posts(&sim), 2, "one more POST, not two");
    assert_eq!(isolated_margin(&sim, "BTC-USDT-SWAP", "net"), m1);
}

#[test]
fn a_dry_run_prints_the_request_and_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "isolated", &[]);
    let (code, v, err) = margin(&sb, &sim, &["reduce", "BTC-USDT-SWAP", "3", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["dry_run"], true, "{v}");
    assert_eq!(
        v["body"],
        r#"{"instId":"BTC-USDT-SWAP","posSide":"net","type":"reduce","amt":"3"}"#
    );
    assert!(err.contains("USDT"), "{err}");
    assert_eq!(posts(&sim), 0);
}
