//! `okx position close` against the stand-in: the close goes through the order core, is sent
//! once, and a lost answer is settled by the closing order or the position.

use okx_sim::{Fault, Sim};

use crate::support::*;
use crate::trade::place;

const CLOSE: &str = "/api/v5/trade/close-position";

pub(crate) fn open(sb: &Sandbox, sim: &Sim, id: &str, side: &str, sz: &str, mode: &str) {
    let (code, _, err) = place(
        sb,
        sim,
        &[id, side, sz, "--type", "market", "--td-mode", mode],
    );
    assert_eq!(code, 0, "{err}");
}

fn close_posts(sim: &Sim) -> usize {
    sim.log()
        .iter()
        .filter(|e| e.method == "POST" && e.path == CLOSE)
        .count()
}

fn close(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, serde_json::Value, String) {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["position", "close"])
        .args(args)
        .arg("--json"));
    let v = if out.trim().is_empty() {
        serde_json::Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

#[test]
fn a_position_is_closed_once_with_its_margin_mode_found() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "3", "isolated");
    let (code, v, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["mgnMode"]),
        (&"closed".into(), &"isolated".into()),
        "{v}"
    );
    assert!(
        err.contains("closing the isolated long position of 3 contracts"),
        "{err}"
    );
    assert!(sim.positions().is_empty(), "{:?}", sim.positions());
    assert_eq!(close_posts(&sim), 1);
    // Nothing left: refused before sending.
    let (code, _, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no open position in BTC-USDT-SWAP to close"),
        "{err}"
    );
    assert_eq!(close_posts(&sim), 1);
    // A spot ID or a pos-side in net mode: refused.
    let (code, _, err) = close(&sb, &sim, &["BTC-USDT"]);
    assert_eq!(code, 2, "{err}");
    open(&sb, &sim, "BTC-USDT-SWAP", "sell", "1", "cross");
    let (code, _, err) = close(&sb, &sim, &["BTC-USDT-SWAP", "--pos-side", "short"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("net position mode"), "{err}");
    assert_eq!(close_posts(&sim), 1);
}

#[test]
fn a_lost_close_answer_is_settled_without_a_second_close() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "cross");
    sim.inject(&format!("POST {CLOSE}"), Fault::ResetAfterProcessing, 1);
    let (code, v, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "closed", "{v}");
    assert_eq!(close_posts(&sim), 1, "sent once");
    assert!(sim.positions().is_empty());

    // Lost before processing: still open, no closing order, yet close-position has no deadline
    // and OKX might still apply it: unknown, exit 7, sent once.
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "cross");
    sim.inject(&format!("POST {CLOSE}"), Fault::ResetBeforeProcessing, 1);
    let (code, v, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(v["result"], "unknown", "{v}");
    assert_eq!(v["check"], "okx positions BTC-USDT-SWAP", "{v}");
    assert!(err.contains("it has no deadline"), "{err}");
    assert_eq!(close_posts(&sim), 2);
    assert_eq!(sim.positions().len(), 1);
}

/// `okx … --json` signed; (exit code, JSON or null, stderr).
pub(crate) fn okx_json(sb: &Sandbox, sim: &Sim, args: &[&str]) -> (i32, serde_json::Value, String) {
    let (code, out, err) = run(sb.okx_signed(sim).args(args).arg("--json"));
    let v = if out.trim().is_empty() {
        serde_json::Value::Null
    } else {
        json(&out)
    };
    (code, v, err)
}

pub(crate) fn posts_to(sim: &Sim, path: &str) -> usize {
    sim.log()
        .iter()
        .filter(|e| e.method == "POST" && e.path == path)
        .count()
}

#[test]
fn leverage_is_set_and_read_back_in_cross_and_isolated_with_pos_side_rules() {
    let sim = sim();
    let sb = Sandbox::new();
    const SET: &str = "/api/v5/account/set-leverage";
    let (code, v, err) = okx_json(
        &sb,
        &sim,
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "7",
            "--mgn-mode",
            "cross",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (&v["result"], &v["lever"]),
        (&"set".into(), &"7".into()),
        "{v}"
    );
    let (code, v, err) = okx_json(
        &sb,
        &sim,
        &["leverage", "BTC-USDT-SWAP", "--mgn-mode", "cross"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v[0]["lever"], "7", "{v}");
    // Net mode: no --pos-side, in either margin mode; below 1 refused.
    for args in [
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "5",
            "--mgn-mode",
            "isolated",
            "--pos-side",
            "long",
        ][..],
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "0.5",
            "--mgn-mode",
            "cross",
        ][..],
    ] {
        let (code, _, err) = okx_json(&sb, &sim, args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    assert_eq!(posts_to(&sim, SET), 1);
    // Long/short mode: isolated needs a side.
    let (code, _, err) = okx_json(&sb, &sim, &["account", "set-position-mode", "long-short"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = okx_json(
        &sb,
        &sim,
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "4",
            "--mgn-mode",
            "isolated",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("give --pos-side long or short"), "{err}");
    let (code, _, err) = okx_json(
        &sb,
        &sim,
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "4",
            "--mgn-mode",
            "isolated",
            "--pos-side",
            "short",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (_, v, _) = okx_json(
        &sb,
        &sim,
        &["leverage", "BTC-USDT-SWAP", "--mgn-mode", "isolated"],
    );
    let short = v
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["posSide"] == "short")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(short["lever"], "4");
    assert_eq!(posts_to(&sim, SET), 2);
    // A lost answer is settled by reading the leverage back: sent once.
    sim.inject(&format!("POST {SET}"), Fault::ResetAfterProcessing, 1);
    let (code, v, err) = okx_json(
        &sb,
        &sim,
        &[
            "leverage",
            "set",
            "BTC-USDT-SWAP",
            "9",
            "--mgn-mode",
            "cross",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "set");
    assert_eq!(posts_to(&sim, SET), 3);
}

#[test]
fn the_position_mode_changes_only_when_it_can_and_59000_is_explained() {
    let sim = sim();
    let sb = Sandbox::new();
    const MODE: &str = "/api/v5/account/set-position-mode";
    // Already net: nothing sent.
    let (code, v, err) = okx_json(&sb, &sim, &["account", "set-position-mode", "net"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "unchanged");
    assert_eq!(posts_to(&sim, MODE), 0);
    // With an open position OKX refuses; okx says why.
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "1", "cross");
    let (code, v, err) = okx_json(&sb, &sim, &["account", "set-position-mode", "long-short"]);
    assert_eq!(code, 5, "{err}");
    assert_eq!(v["sCode"], "59000", "{v}");
    assert!(err.contains("close and cancel them first"), "{err}");
    // Closed: the switch goes through, and okx account says so.
    let (code, _, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 0, "{err}");
    let (code, v, err) = okx_json(&sb, &sim, &["account", "set-position-mode", "long-short"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "set");
    let (_, v, _) = okx_json(&sb, &sim, &["account"]);
    assert_eq!(v[0]["posMode"], "long_short_mode");
    // The cached mode was forgotten: an order without --pos-side is refused at once.
    let (code, _, err) = okx_json(
        &sb,
        &sim,
        &[
            "order",
            "place",
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("long/short position mode"), "{err}");
}

#[test]
fn an_answer_that_names_another_close_or_margin_change_is_not_believed() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, "BTC-USDT-SWAP", "sell", "1", "cross");
    // OKX says "0" for a close it did not make (another side, no client ID): okx looks, finds
    // the position open and no closing order, and says unknown, never closed.
    sim.inject(
        &format!("POST {CLOSE}"),
        Fault::Raw {
            status: 200,
            body: r#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","posSide":"long","clOrdId":"","tag":""}]}"#.into(),
            process: false,
        },
        1,
    );
    let (code, v, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(v["result"], "unknown", "{v}");
    assert_eq!(sim.positions().len(), 1, "still open");

    // The same for an isolated margin change answered for another amount.
    open(&sb, &sim, "BTC-USD-SWAP", "buy", "5", "isolated");
    const MARGIN: &str = "/api/v5/account/position/margin-balance";
    sim.inject(
        &format!("POST {MARGIN}"),
        Fault::Raw {
            status: 200,
            body: r#"{"code":"0","msg":"","data":[{"instId":"BTC-USD-SWAP","posSide":"net","amt":"999","type":"add","leverage":"3","ccy":"BTC"}]}"#.into(),
            process: false,
        },
        1,
    );
    let (code, v, err) =
        run(sb
            .okx_signed(&sim)
            .args(["margin", "add", "BTC-USD-SWAP", "0.001", "--json"]));
    assert_ne!(code, 0, "{err}");
    assert_ne!(json(&v)["result"], "added", "{v}");
}
