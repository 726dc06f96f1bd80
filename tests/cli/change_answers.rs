//! OKX's answers to close-position and set-leverage (and set-position-mode) are not an order's: no
//! `sCode`, no `ordId` (derivatives sheet §3.4, §3.6, §4.8). Such an answer with code 0 that
//! names the request is a definite "done": okx must say so even when the look-ups it makes
//! afterwards fail, and must not take a look-up's failure for doubt about a change OKX
//! confirmed. After a lost answer, a position that is gone settles a close even when the
//! closing order cannot be read.

use okx_sim::{Fault, Sim};

use crate::position_close::{okx_json, open, posts_to};
use crate::support::*;

const SWAP: &str = "BTC-USDT-SWAP";
const CLOSE: &str = "/api/v5/trade/close-position";

/// Every GET of `path` fails with an OKX error, for as many tries as okx makes.
fn break_reads(sim: &Sim, path: &str) {
    sim.inject(
        &format!("GET {path}"),
        Fault::Answer {
            status: 200,
            code: "50026".into(),
            msg: "System error".into(),
            process: false,
        },
        50,
    );
}

#[test]
fn a_confirmed_leverage_change_is_set_even_when_it_cannot_be_read_back() {
    let sim = sim();
    let sb = Sandbox::new();
    break_reads(&sim, "/api/v5/account/leverage-info");
    let (code, v, err) = okx_json(
        &sb,
        &sim,
        &["leverage", "set", SWAP, "5", "--mgn-mode", "cross"],
    );
    assert_eq!((code, &v["result"]), (0, &"set".into()), "{v} {err}");
    assert_eq!(posts_to(&sim, "/api/v5/account/set-leverage"), 1);
}

#[test]
fn a_close_is_settled_by_its_answer_or_the_position_when_the_closing_order_cannot_be_read() {
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, SWAP, "buy", "2", "cross");
    break_reads(&sim, "/api/v5/trade/order");
    let (code, v, err) = okx_json(&sb, &sim, &["position", "close", SWAP]);
    assert_eq!((code, &v["result"]), (0, &"closed".into()), "{v} {err}");
    assert_eq!(posts_to(&sim, CLOSE), 1);
    assert!(sim.positions().is_empty(), "{:?}", sim.positions());

    // The answer lost after processing: the position is gone, so closed.
    sim.clear_faults();
    open(&sb, &sim, SWAP, "buy", "2", "cross");
    break_reads(&sim, "/api/v5/trade/order");
    sim.inject(&format!("POST {CLOSE}"), Fault::ResetAfterProcessing, 1);
    let (code, v, err) = okx_json(&sb, &sim, &["position", "close", SWAP]);
    assert_eq!((code, &v["result"]), (0, &"closed".into()), "{v} {err}");
    assert_eq!(posts_to(&sim, CLOSE), 2);
    assert!(sim.positions().is_empty(), "{:?}", sim.positions());
}

#[test]
fn an_answer_that_names_another_request_is_not_taken_for_done() {
    // Code 0 whose item names another instrument is not this close's answer: the position
    // decides, and it is still open (the request was not processed), yet a close has no
    // deadline, so okx says unknown rather than "not closed".
    let sim = sim();
    let sb = Sandbox::new();
    open(&sb, &sim, SWAP, "buy", "1", "cross");
    sim.inject(
        &format!("POST {CLOSE}"),
        Fault::Raw {
            status: 200,
            body: r#"{"code":"0","msg":"","data":[{"instId":"ETH-USDT-SWAP","posSide":"net","clOrdId":"","tag":""}]}"#.into(),
            process: false,
        },
        1,
    );
    let (code, v, err) = okx_json(&sb, &sim, &["position", "close", SWAP]);
    assert_eq!((code, &v["result"]), (7, &"unknown".into()), "{v} {err}");
    assert_eq!(sim.positions().len(), 1);
    assert_eq!(posts_to(&sim, CLOSE), 1);
}
