//! Guards the funding account (issue 17) against a hostile review's findings: answers OKX gives
//! to a transfer that okx reported as the opposite of what happened to the money (58124 "being
//! processed" called not transferred, 58404 after the money moved called rejected), slow and
//! late transfers (the stand-in's transfer delay) never doubled by the resend okx recommends,
//! and USD values, amounts and server numbers that must not be taken at face value.

use okx_sim::{Account, Fault, Sim};
use serde_json::Value;

use crate::asset::hide_transfers;
use crate::support::*;

const TRANSFER: &str = "/api/v5/asset/transfer";

fn key() -> String {
    Account::live().api_key
}

/// `okx transfer ARGS --json`: exit code, the JSON result, stderr.
fn transfer(sim: &Sim, args: &str) -> (i32, Value, String) {
    let sandbox = Sandbox::new();
    let mut c = sandbox.okx_signed(sim);
    c.arg("transfer").args(args.split(' ')).arg("--json");
    let (code, out, err) = run(&mut c);
    (code, serde_json::from_str(&out).unwrap_or(Value::Null), err)
}

fn answer(sim: &Sim, code: &str, msg: &str, process: bool) {
    sim.inject(
        &format!("POST {TRANSFER}"),
        Fault::Answer {
            status: 200,
            code: code.into(),
            msg: msg.into(),
            process,
        },
        1,
    );
}

/// The next `times` answers to `GET path` are `body`, unprocessed.
fn raw(sim: &Sim, path: &str, body: &str, times: usize) {
    let fault = Fault::Raw {
        status: 200,
        body: body.into(),
        process: false,
    };
    sim.inject(&format!("GET {path}"), fault, times);
}

/// `okx asset balance -o csv` with SOL-USDT's last price `last`: SOL's row and stderr.
fn sol_priced_at(sim: &Sim, last: &str) -> (String, String) {
    let tickers = format!(
        r#"{{"code":"0","msg":"","data":[{{"instType":"SPOT","instId":"BTC-USDT","last":"90000"}},{{"instType":"SPOT","instId":"SOL-USDT","last":"{last}"}}]}}"#
    );
    raw(sim, "/api/v5/market/tickers", &tickers, 5);
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(sim)
        .args(["asset", "balance", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let sol = out.lines().find(|l| l.starts_with("SOL,")).expect(&out);
    (sol.to_string(), err)
}

/// Available USDT: (funding, trading), as the stand-in holds them.
fn usdt(sim: &Sim) -> (String, String) {
    (
        sim.funding_balance(&key(), "USDT").unwrap().0,
        sim.balance(&key(), "USDT").unwrap().0,
    )
}

/// A slow transfer OKX answers 58124 for is followed by the transfer ID in the message: still
/// pending after okx's looks, it is `pending` (exit 7), never `not_transferred`; it completes
/// once, and nothing is sent twice.
#[test]
fn a_slow_transfer_answered_58124_is_followed_by_its_id_and_reported_pending() {
    let sim = sim();
    sim.set_transfer_delay_ms(600_000, true);
    let (code, r, err) = transfer(&sim, "USDT 10 --from funding --to trading");
    assert_eq!(
        (code, r["result"].as_str()),
        (7, Some("pending")),
        "{r} {err}"
    );
    assert!(!err.contains("safe to"), "{err}");
    let id = sim.transfers(&key())[0]["transId"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(r["transId"], id.as_str(), "{r}");
    assert!(
        requests_to(&sim, "/api/v5/asset/transfer-state")
            .iter()
            .any(|e| e.target.contains(&format!("transId={id}"))),
        "followed by the transId of 58124's message"
    );
    assert_eq!(requests_to(&sim, TRANSFER).len(), 1, "sent once");
    // The sim clock passes the delay: the transfer completed, once.
    sim.set_clock_offset_ms(601_000);
    assert_eq!(usdt(&sim), ("2490".into(), "10010".into()));
    assert_eq!(sim.transfers(&key()).len(), 1);
}

/// An accepted transfer (code 0) still pending after okx's looks is `pending`, exit 7.
#[test]
fn an_accepted_transfer_still_pending_is_reported_pending() {
    let sim = sim();
    sim.set_transfer_delay_ms(600_000, false);
    let (code, r, err) = transfer(&sim, "USDT 10 --from funding --to trading");
    assert_eq!(
        (code, r["result"].as_str()),
        (7, Some("pending")),
        "{r} {err}"
    );
    assert!(err.contains("do not transfer it again"), "{err}");
    assert_eq!(usdt(&sim), ("2490".into(), "10000".into()), "on its way");
}

/// 58124 says OKX has the transfer and is processing it (derivatives sheet §7.2), so a
/// transfer-state that does not list it yet proves nothing: "not transferred, safe to transfer
/// it again" invites the second transfer that doubles it once the first completes.
#[test]
fn a_transfer_okx_says_is_being_processed_is_never_called_not_transferred() {
    let sim = sim();
    answer(
        &sim,
        "58124",
        "Your transfer is being processed, transfer id: 300000042. Please check transfer-state",
        false,
    );
    let (code, r, err) = transfer(&sim, "USDT 10 --from funding --to trading");
    assert_ne!(r["result"], "not_transferred", "{r} {err}");
    assert!(!err.contains("safe to transfer it again"), "{err}");
    assert_eq!(code, 7, "pending or unknown: {r} {err}");
}

/// 58404 "ClientId already exists" is what the re-send with the same --client-id (the path
/// okx itself recommends after a lost answer) gets when the first transfer arrived late: the
/// money moved under that client ID. Reported `rejected` (exit 5), a script concludes it did not.
#[test]
fn a_client_id_okx_already_has_is_resolved_not_reported_rejected() {
    let sim = sim();
    answer(&sim, "58404", "ClientId already exists", true);
    let (code, r, err) = transfer(
        &sim,
        "USDT 10 --from funding --to trading --client-id late404",
    );
    assert_eq!(sim.transfers(&key()).len(), 1, "the money moved once");
    assert_eq!(
        (code, r["result"].as_str()),
        (0, Some("transferred")),
        "{r} {err}"
    );
}

/// A last price of 0 is no price (a pair without trades): valued at it, the currency shows
/// 0 USD and is counted in the total as worth nothing, instead of being named as unpriced.
#[test]
fn a_zero_price_is_no_usd_value() {
    let (sol, err) = sol_priced_at(&sim(), "0");
    assert!(sol.ends_with(','), "no USD value for SOL: {sol}");
    assert!(err.contains("no USD value for SOL"), "{err}");
}

/// 58404 for a client ID that belongs to another transfer (not listed when okx checked it
/// before sending) is a refusal of this transfer, naming the one that owns the ID; nothing
/// moved for this one.
#[test]
fn a_client_id_owned_by_another_transfer_refuses_this_one_naming_it() {
    let sim = sim();
    let (code, first, err) = transfer(&sim, "USDT 5 --from funding --to trading --client-id own1");
    assert_eq!(code, 0, "{err}");
    hide_transfers(&sim, 1);
    let (code, r, err) = transfer(&sim, "USDT 7 --from funding --to trading --client-id own1");
    assert_eq!(
        (code, r["result"].as_str()),
        (5, Some("rejected")),
        "{r} {err}"
    );
    assert_eq!(r["sCode"], "58404", "{r}");
    let owner = first["transId"].as_str().unwrap();
    assert!(err.contains(&format!("transfer {owner} (5 USDT")), "{err}");
    assert_eq!(sim.transfers(&key()).len(), 1);
    assert_eq!(usdt(&sim), ("2495".into(), "10005".into()));
}

/// A price in exponent form ("2e2") is not a plain decimal: not used, said on stderr, and the
/// currency is named as without a USD value.
#[test]
fn a_server_number_in_exponent_form_is_refused_and_said() {
    let (sol, err) = sol_priced_at(&sim(), "2e2");
    assert!(sol.ends_with(','), "no USD value for SOL: {sol}");
    assert!(err.contains(r#""2e2" is not a plain decimal"#), "{err}");
    assert!(err.contains("no USD value for SOL"), "{err}");
}

/// A trading-account currency OKX gives no `eqUsd` for is named on stderr as left out of the
/// USD totals, as funding currencies without a price are.
#[test]
fn a_trading_currency_without_eq_usd_is_named_as_left_out_of_the_totals() {
    let sim = sim();
    let balance = r#"{"code":"0","msg":"","data":[{"totalEq":"100","uTime":"1","details":[{"ccy":"USDT","eq":"100","eqUsd":"100","cashBal":"100","availBal":"100"},{"ccy":"TON","eq":"5","eqUsd":"","cashBal":"5","availBal":"5"}]}]}"#;
    raw(&sim, "/api/v5/account/balance", balance, 1);
    let (code, _, err) = run(Sandbox::new()
        .okx_signed(&sim)
        .args(["balance", "--all", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("no USD value for TON in the trading account"),
        "{err}"
    );
}

/// More decimals than okx may send (OKX documents no transfer precision; 8, or as many as the
/// balance shows) is refused before anything is sent.
#[test]
fn an_amount_with_too_many_decimals_is_refused_before_sending() {
    let sim = sim();
    let (code, _, err) = transfer(&sim, "USDT 1.000000001 --from funding --to trading");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("more than 8 decimal places"), "{err}");
    assert!(requests_to(&sim, TRANSFER).is_empty(), "nothing sent");
    let (code, _, err) = transfer(&sim, "USDT 1.00000001 --from funding --to trading");
    assert_eq!(code, 0, "8 places are sent: {err}");
}

/// OKX's 51000 to a transfer names a transfer's parameters, not an order's posSide.
#[test]
fn a_transfer_refused_with_51000_gets_a_transfer_hint() {
    let sim = sim();
    answer(&sim, "51000", "Parameter amt error", false);
    let (code, r, err) = transfer(&sim, "USDT 10 --from funding --to trading");
    assert_eq!((code, r["result"].as_str()), (5, Some("rejected")), "{err}");
    assert!(!err.contains("posSide"), "{err}");
    assert!(err.contains("for a transfer"), "{err}");
}

/// The state read back by `transId` must be that transfer's: a record of another `transId`
/// (same currency, amount and accounts) does not make it `transferred`.
#[test]
fn a_state_record_of_another_trans_id_does_not_confirm_the_transfer() {
    let sim = sim();
    let other = r#"{"code":"0","msg":"","data":[{"amt":"10","ccy":"USDT","clientId":"","from":"6","instId":"","state":"success","subAcct":"","to":"18","toInstId":"","transId":"1","type":"0"}]}"#;
    raw(&sim, "/api/v5/asset/transfer-state", other, 4);
    let (code, r, err) = transfer(&sim, "USDT 10 --from funding --to trading");
    assert_eq!(
        (code, r["result"].as_str()),
        (7, Some("unknown")),
        "{r} {err}"
    );
    assert!(err.contains("transfer 1 (10 USDT"), "{err}");
}
