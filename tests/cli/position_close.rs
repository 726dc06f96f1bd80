//! `okx position close` against the stand-in: the close goes through the order core, is sent
//! once, and a lost answer is settled by the closing order or the position.

use okx_sim::{Fault, Sim};

use crate::support::*;
use crate::trade::place;

const CLOSE: &str = "/api/v5/trade/close-position";

fn open(sb: &Sandbox, sim: &Sim, id: &str, side: &str, sz: &str, mode: &str) {
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
    assert_eq!((&v["result"], &v["mgnMode"]), (&"closed".into(), &"isolated".into()), "{v}");
    assert!(err.contains("closing the isolated position of 3 contracts"), "{err}");
    assert!(sim.positions().is_empty(), "{:?}", sim.positions());
    assert_eq!(close_posts(&sim), 1);
    // Nothing left: refused before sending.
    let (code, _, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no open position in BTC-USDT-SWAP to close"), "{err}");
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

    // Lost before processing: still open, no closing order: not closed, exit 6, sent once.
    open(&sb, &sim, "BTC-USDT-SWAP", "buy", "2", "cross");
    sim.inject(&format!("POST {CLOSE}"), Fault::ResetBeforeProcessing, 1);
    let (code, v, err) = close(&sb, &sim, &["BTC-USDT-SWAP"]);
    assert_eq!(code, 6, "{err}");
    assert_eq!(v["result"], "not_closed", "{v}");
    assert!(err.contains("a close never opens a position"), "{err}");
    assert_eq!(close_posts(&sim), 2);
    assert_eq!(sim.positions().len(), 1);
}
