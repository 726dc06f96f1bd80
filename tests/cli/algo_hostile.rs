//! What a hostile review of `okx algo` (issue 16) found, kept as guards: amends that would
//! make a net-mode `conditional` with both legs (OKX runs only its SL) or that skip the checks a
//! placement gets (size, tick, minimum, maxStopSz, a leg the price has reached), a close-position
//! stop on the side that opens, the net-mode stop that can flip a position, values validated and
//! then dropped (`--tag`) or ignored (`--trigger-type` on a trailing stop), and listings that
//! send what OKX refuses. Each test shows a request okx must not send, or a value it must.

use okx_sim::Sim;

use crate::algo::{algo, base, posts};
use crate::position_close::open;
use crate::support::*;

const SWAP: &str = "BTC-USDT-SWAP";
const PLACE: &str = "/api/v5/trade/order-algo";
const AMEND: &str = "/api/v5/trade/amend-algos";

/// A net-mode stop-loss of one leg on a 1-contract long, placed by okx under `id`.
fn stop(sb: &Sandbox, sim: &Sim, id: &str) -> i64 {
    let b = base(sim);
    open(sb, sim, SWAP, "buy", "1", "cross");
    let sl = (b - 2000).to_string();
    let (code, _, err) = algo(
        sb,
        sim,
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
            "--algo-cl-ord-id",
            id,
        ],
    );
    assert_eq!(code, 0, "{err}");
    b
}

/// Adding a take-profit to a net-mode one-leg stop makes the net-mode `conditional` with both
/// legs whose TP OKX never runs (fact sheet §5.1): okx must refuse it (use an oco), not report
/// "amended".
#[test]
fn amend_never_makes_a_net_mode_conditional_with_both_legs() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = stop(&sb, &sim, "rv16tp");
    let tp = (b + 2000).to_string();
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "amend",
            SWAP,
            "--algo-cl-ord-id",
            "rv16tp",
            "--tp-trigger",
            &tp,
            "--tp-price",
            "-1",
        ],
    );
    assert_eq!(code, 2, "{v} {err}");
    assert!(err.contains("cancel it") && err.contains("oco"), "{err}");
    assert!(
        posts(&sim, AMEND).is_empty(),
        "an amend adding a TP was sent"
    );
}

/// Bad amends are refused before sending, like bad placements: a size above maxStopSz (the
/// stand-in even accepts it) and a stop-loss moved past the price.
#[test]
fn amend_checks_size_and_side_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = stop(&sb, &sim, "rv16sz");
    let above = (b + 3000).to_string();
    for args in [
        vec!["--size", "13000"],
        vec!["--size", "0.005"],
        vec!["--sl-trigger", above.as_str()],
    ] {
        let mut all = vec!["amend", SWAP, "--algo-cl-ord-id", "rv16sz"];
        all.extend(args.iter().copied());
        let (code, v, err) = algo(&sb, &sim, &all);
        assert_eq!(code, 2, "{args:?}: {v} {err}");
    }
    assert!(posts(&sim, AMEND).is_empty(), "bad amends were sent");
}

/// `--tag` is accepted and checked, then dropped from the body.
#[test]
fn place_sends_the_tag() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let trigger = (b + 3000).to_string();
    let (code, _, err) = algo(
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
            &trigger,
            "--tag",
            "rv16tag",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let sent = posts(&sim, PLACE);
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].body.contains(r#""tag":"rv16tag""#),
        "{}",
        sent[0].body
    );
}

/// In long/short mode a buy closes a short, never a long: `buy --close-position --pos-side long`
/// would add to the long when it fires (the stand-in doubles the position), so it is refused
/// before sending.
#[test]
fn close_position_on_the_opening_side_is_refused() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["account", "set-position-mode", "long-short"]));
    assert_eq!(code, 0, "{err}");
    let b = base(&sim);
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        SWAP,
        "buy",
        "1",
        "--type",
        "market",
        "--td-mode",
        "cross",
        "--pos-side",
        "long",
    ]));
    assert_eq!(code, 0, "{err}");
    let sl = (b + 2000).to_string();
    let (code, v, err) = algo(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "--close-position",
            "--td-mode",
            "cross",
            "--pos-side",
            "long",
            "--sl-trigger",
            &sl,
        ],
    );
    assert_eq!(code, 2, "{v} {err}");
    assert!(err.contains("--pos-side short"), "{err}");
    assert!(
        posts(&sim, PLACE).is_empty(),
        "a close-position buy of a long was sent"
    );
}

/// In net mode a close-position stop must be on the side opposite the position: a buy of a long
/// is refused, naming the side that closes; with no position there is nothing to close.
#[test]
fn net_mode_close_position_must_oppose_the_position() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let sl = (b + 2000).to_string();
    let args = [
        "place",
        SWAP,
        "buy",
        "--close-position",
        "--td-mode",
        "cross",
        "--reduce-only",
        "--sl-trigger",
        &sl,
    ];
    let (code, _, err) = algo(&sb, &sim, &args);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no cross position"), "{err}");
    open(&sb, &sim, SWAP, "buy", "1", "cross");
    let (code, _, err) = algo(&sb, &sim, &args);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("long 1") && err.contains("a sell closes it"),
        "{err}"
    );
    assert!(
        posts(&sim, PLACE).is_empty(),
        "a close-position buy of a long was sent"
    );
}

/// An amend's refusals say what is wrong with the numbers, like a placement's; `--force` sends a
/// reached stop-loss anyway, and OKX refuses it with its own code.
#[test]
fn amend_refusals_name_the_numbers_and_force_sends() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = stop(&sb, &sim, "rv16nb");
    let above = (b + 3000).to_string();
    let off_tick = format!("{}.05", b - 1000);
    let amend = |extra: &[&str]| {
        let mut all = vec!["amend", SWAP, "--algo-cl-ord-id", "rv16nb"];
        all.extend_from_slice(extra);
        algo(&sb, &sim, &all)
    };
    for (args, says) in [
        (vec!["--sl-trigger", above.as_str()], "the last price is"),
        (vec!["--sl-trigger", off_tick.as_str()], "tick size"),
        (vec!["--size", "13000"], "maxStopSz"),
        (vec!["--tp-price", "-1"], "has no take-profit"),
    ] {
        let (code, _, err) = amend(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(posts(&sim, AMEND).is_empty(), "bad amends were sent");
    let (code, v, err) = amend(&["--sl-trigger", &above, "--force"]);
    assert_eq!(code, 5, "{v} {err}");
    assert_eq!(v["sCode"], "51280", "{v}");
}

/// In net mode a stop without `--reduce-only` larger than the position it closes (or with none
/// to close) can open or flip one when it fires: okx says so before sending, and sends it as
/// asked. One within the position, or reduce-only, gets no warning.
#[test]
fn net_mode_stop_that_can_flip_the_position_is_warned_about() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let sl = (b - 2000).to_string();
    let place = |sz: &str, extra: &[&str]| {
        let mut all = vec![
            "place",
            SWAP,
            "sell",
            sz,
            "--td-mode",
            "cross",
            "--sl-trigger",
            &sl,
        ];
        all.extend_from_slice(extra);
        algo(&sb, &sim, &all)
    };
    let (code, _, err) = place("1", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("no cross long position") && err.contains("--reduce-only"),
        "{err}"
    );
    open(&sb, &sim, SWAP, "buy", "1", "cross");
    let (code, _, err) = place("2", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("is 1") && err.contains("flip"), "{err}");
    for (sz, extra) in [("1", &[][..]), ("2", &["--reduce-only"][..])] {
        let (code, _, err) = place(sz, extra);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("flip"), "{sz} {extra:?}: {err}");
    }
    let sent = posts(&sim, PLACE);
    assert_eq!(sent.len(), 4);
    assert!(!sent[1].body.contains("reduceOnly"), "{}", sent[1].body);
}

/// An algo order that does not exist is reported as an algo order, with where algo orders are
/// listed, not with the ordinary orders' advice.
#[test]
fn a_missing_algo_order_gets_an_algo_hint() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["algo", "get", "--algo-id", "99999"]));
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("51603") && err.contains("okx algo history"),
        "{err}"
    );
    assert!(!err.contains("2 hours"), "{err}");
}

/// Options that were checked and then ignored, help that promised what was refused, and
/// listings that sent what OKX refuses: each does what it says now.
#[test]
fn flags_do_what_their_help_says() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let sl = (b - 2000).to_string();
    let place = |extra: &[&str]| {
        let mut all = vec![
            "place",
            SWAP,
            "sell",
            "1",
            "--td-mode",
            "cross",
            "--reduce-only",
        ];
        all.extend_from_slice(extra);
        algo(&sb, &sim, &all)
    };
    // A trailing stop has no trigger type at OKX: refused, not dropped.
    let (code, _, err) = place(&["--trailing", "0.01", "--trigger-type", "mark"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--trigger-type"), "{err}");
    // A trailing distance off the tick: only valid values, never a wider one than typed.
    let (code, _, err) = place(&["--trailing-spread", "0.05"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("smallest distance is 0.1") && !err.contains("0.0 "),
        "{err}"
    );
    let (code, _, err) = place(&["--trailing-spread", "0.15"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("use 0.1") && !err.contains("0.2"), "{err}");
    assert!(posts(&sim, PLACE).is_empty());
    // -1 is the market in place as in amend.
    let (code, _, err) = place(&[
        "--sl-trigger",
        &sl,
        "--sl-price",
        "-1",
        "--algo-cl-ord-id",
        "rv16m",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(posts(&sim, PLACE)[0].body.contains(r#""slOrdPx":"-1""#));
    // 0 is OKX's "remove the leg": understood, and removing the only leg is refused.
    let (code, _, err) = algo(
        &sb,
        &sim,
        &[
            "amend",
            SWAP,
            "--algo-cl-ord-id",
            "rv16m",
            "--sl-trigger",
            "0",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cancel it"), "{err}");
    assert!(posts(&sim, AMEND).is_empty());
    // Listings: no algo orders for options; a --type that is not the instrument's; history
    // beyond OKX's 3 months.
    for (args, says) in [
        (vec!["list", "--type", "OPTION"], "options"),
        (vec!["list", SWAP, "--type", "SPOT"], "is a SWAP instrument"),
        (vec!["history", "--since", "100d"], "3 months"),
    ] {
        let (code, _, err) = algo(&sb, &sim, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(requests_to(&sim, "/api/v5/trade/orders-algo-pending").is_empty());
    assert!(requests_to(&sim, "/api/v5/trade/orders-algo-history").is_empty());
    let (code, _, err) = algo(&sb, &sim, &["list", "BTC-USDT", "--type", "MARGIN"]);
    assert!(code == 0 || code == 3, "{err}");
}
