//! A second hostile look at order management, algo orders and transfers together: a second
//! Ctrl-C during a batch, a batch refused whole, a cancel-on-fail hint on a refusal before
//! processing, cancel-all of options, a type that is not the instrument's. Each test says what
//! it guards.

use std::time::Duration;

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::support::*;

const BATCH: &str = "/api/v5/trade/batch-orders";
const AMEND: &str = "/api/v5/trade/amend-order";

fn below_market(sim: &Sim, inst: &str, pct: i64) -> rust_decimal::Decimal {
    let t = &sim_data(sim, &format!("/api/v5/market/ticker?instId={inst}"))[0];
    let last: rust_decimal::Decimal = t["last"].as_str().unwrap().parse().unwrap();
    (last * rust_decimal::Decimal::from(pct) / rust_decimal::Decimal::from(100)).floor()
}

fn rows(px: rust_decimal::Decimal, n: i64) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"sz\":\"0.0001\",\"px\":\"{}\"}}\n",
                px - rust_decimal::Decimal::from(i)
            )
        })
        .collect()
}

/// A whole batch refused before processing (50011, rate limit) took effect for no row: the exit
/// code table says 10 is "some rows took effect and some did not", and 6 is the rate limit
/// ("retrying later may succeed"). Today: exit 10, "none of the 2 rows took effect", and the
/// 50011 hint is not printed.
#[test]
fn a_batch_refused_whole_for_the_rate_limit_exits_6_not_10() {
    let sim = sim();
    let sb = Sandbox::new();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows(below_market(&sim, "BTC-USDT", 90), 2)).unwrap();
    sim.inject(
        &format!("POST {BATCH}"),
        Fault::Answer {
            status: 429,
            code: "50011".into(),
            msg: "Too Many Requests".into(),
            process: false,
        },
        1,
    );
    let (code, _out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert!(sim.orders().is_empty());
    assert_eq!(
        code, 6,
        "no row took effect, refused for the rate limit: {err}"
    );
}

/// `--cancel-on-fail` replaces every refusal's hint with "OKX cancels the order when an amend
/// fails", also for a 50011 that OKX refused before processing: the order is still live, the
/// hint says otherwise (a user may place a replacement and double the exposure), and the
/// code's own hint ("wait a few seconds and try again") is lost.
#[test]
fn cancel_on_fail_hint_is_not_given_for_a_refusal_before_processing() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim, "BTC-USDT", 90).to_string();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.001",
        "--price",
        &px,
        "--cl-ord-id",
        "cxl1",
    ]));
    assert_eq!(code, 0, "{err}");
    sim.inject(
        &format!("POST {AMEND}"),
        Fault::Answer {
            status: 429,
            code: "50011".into(),
            msg: "Too Many Requests".into(),
            process: false,
        },
        1,
    );
    let new_px = (below_market(&sim, "BTC-USDT", 90) - rust_decimal::Decimal::from(5)).to_string();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "amend",
        "BTC-USDT",
        "--cl-ord-id",
        "cxl1",
        "--price",
        &new_px,
        "--cancel-on-fail",
    ]));
    assert_eq!(code, 6, "{err}");
    let state: Vec<Value> = sim.orders();
    assert!(state.iter().any(|o| o["state"] == "live"), "still live");
    assert!(
        !err.contains("OKX cancels the order when an amend fails"),
        "the order was not processed, let alone canceled: {err}"
    );
    assert!(
        err.contains("wait a few seconds"),
        "50011's hint lost: {err}"
    );
}

/// `okx fills ID --type T` with T not the ID's type is sent as is and answered with no fills:
/// an empty table and exit 0 for an instrument that has fills. cancel-all and algo list refuse
/// the same contradiction before sending.
#[test]
fn fills_refuse_a_type_that_is_not_the_instruments() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["fills", "BTC-USDT-SWAP", "--type", "SPOT", "-o", "json"]));
    assert_eq!(code, 2, "{err}");
    assert!(requests_to(&sim, "/api/v5/trade/fills").is_empty());
}

/// `okx order cancel-all --type OPTION --algo` asks orders-algo-pending for instType OPTION,
/// which OKX refuses (51000): exit 5 before any order is canceled, with the hint about posSide;
/// without --algo the warning says it "could not check". okx algo list refuses OPTION before
/// sending; cancel-all should skip the algo sweep for options (OKX has none).
#[test]
fn cancel_all_of_options_does_not_ask_for_option_algo_orders() {
    let sim = sim();
    let sb = Sandbox::new();
    for extra in [&["--algo"][..], &[][..]] {
        let (code, _out, err) = run(sb
            .okx_signed(&sim)
            .args(["order", "cancel-all", "--type", "OPTION", "--yes"])
            .args(extra));
        assert_eq!(code, 0, "{extra:?}: {err}");
        assert!(!err.contains("posSide"), "{extra:?}: {err}");
        assert!(!err.contains("could not check"), "{extra:?}: {err}");
    }
}

/// A second Ctrl-C while a batch is in flight: exit 7 and "check with: 5 rows from line 2",
/// which is no command, and no row's generated clOrdId is ever printed, so the orders that
/// reached OKX cannot be told from others (sending the file again doubles them).
#[test]
fn a_second_ctrl_c_during_a_batch_names_the_rows_client_order_ids() {
    let sim = sim();
    let sb = Sandbox::new();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows(below_market(&sim, "BTC-USDT", 90), 5)).unwrap();
    sim.inject(
        &format!("POST {BATCH}"),
        Fault::Slow(Duration::from_millis(3000)),
        1,
    );
    let child = sb
        .okx_process(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("the batch in flight", || {
        !requests_to(&sim, BATCH).is_empty()
    });
    for _ in 0..2 {
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGINT);
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    let (code, out, err) = finish(child, Duration::from_secs(30));
    assert_eq!(code, 7, "{err}");
    let sent = &requests_to(&sim, BATCH)[0].body;
    let items: Vec<Value> = serde_json::from_str(sent).unwrap();
    let all = format!("{out}{err}");
    for it in &items {
        let id = it["clOrdId"].as_str().unwrap();
        assert!(
            all.contains(id),
            "clOrdId {id} of a row sent is never printed:\n{all}"
        );
    }
}
