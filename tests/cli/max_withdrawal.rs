//! What may leave the trading account (issue 17 follow-up): with an open cross position OKX's
//! `maxWd` (`/account/max-withdrawal`) is below `availBal`, and a transfer to the funding
//! account above it is refused by okx before anything is sent (OKX would answer 58350), while
//! one within it goes through.

use okx_sim::{Account, Sim};
use rust_decimal::Decimal;
use serde_json::Value;

use crate::support::*;

const TRANSFER: &str = "/api/v5/asset/transfer";
const MAX_WITHDRAWAL: &str = "/api/v5/account/max-withdrawal";

fn dec(v: &Value) -> Decimal {
    let s = v.as_str().unwrap_or_else(|| panic!("not text: {v}"));
    s.parse().unwrap_or_else(|_| panic!("not a decimal: {s:?}"))
}

/// The stand-in's (availBal, maxWd) of USDT in the trading account, read with `okx api`.
fn usdt_limits(sb: &Sandbox, sim: &Sim) -> (Decimal, Decimal) {
    let (code, out, err) =
        run(sb
            .okx_signed(sim)
            .args(["api", "GET", "/api/v5/account/balance?ccy=USDT"]));
    assert_eq!(code, 0, "{err}");
    let avail = dec(&json(&out)["data"][0]["details"][0]["availBal"]);
    let (code, out, err) =
        run(sb
            .okx_signed(sim)
            .args(["api", "GET", &format!("{MAX_WITHDRAWAL}?ccy=USDT")]));
    assert_eq!(code, 0, "{err}");
    let item = &json(&out)["data"][0];
    assert_eq!(item["ccy"], "USDT", "{out}");
    assert_eq!(item["maxWdEx"], item["maxWd"], "{out}");
    (avail, dec(&item["maxWd"]))
}

fn transfer(sb: &Sandbox, sim: &Sim, amt: &str) -> (i32, String, String) {
    run(sb.okx_signed(sim).args([
        "transfer", "USDT", amt, "--from", "trading", "--to", "funding",
    ]))
}

#[test]
fn a_transfer_above_max_withdrawal_is_refused_before_sending_and_one_within_goes_through() {
    let sim = sim();
    let sb = Sandbox::new();
    // Without positions everything available may leave.
    let (avail, max_wd) = usdt_limits(&sb, &sim);
    assert_eq!(avail, max_wd);

    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT-SWAP",
        "buy",
        "1",
        "--td-mode",
        "cross",
        "--type",
        "market",
    ]));
    assert_eq!(code, 0, "{err}");
    let (avail, max_wd) = usdt_limits(&sb, &sim);
    assert!(
        max_wd < avail && max_wd > Decimal::ZERO,
        "the open cross position keeps part of availBal: maxWd {max_wd}, availBal {avail}"
    );

    // The whole available balance: refused, exit 2, nothing sent, both figures named, and the
    // advice never more than what was typed.
    let whole = avail.normalize().to_string();
    let (code, _, err) = transfer(&sb, &sim, &whole);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("okx: error:")).count(),
        1,
        "{err}"
    );
    assert!(err.contains(&format!("{whole} USDT is more than")), "{err}");
    assert!(err.contains("maxWd"), "{err}");
    let at_most: Decimal = err
        .split("give at most ")
        .nth(1)
        .and_then(|r| r.split(|c: char| c == ')' || c.is_whitespace()).next())
        .unwrap_or_else(|| panic!("no advice: {err}"))
        .parse()
        .unwrap();
    assert!(at_most <= max_wd && at_most < avail, "{at_most}: {err}");
    assert!(requests_to(&sim, TRANSFER).is_empty(), "nothing sent");
    assert!(sim.transfers(&Account::live().api_key).is_empty());

    // Half of it is well within maxWd (the mark price moves a little between reads).
    let half = (avail / Decimal::TWO).round_dp(2).normalize().to_string();
    let (code, out, err) = transfer(&sb, &sim, &half);
    assert_eq!(code, 0, "{err}\n{out}");
    assert_eq!(requests_to(&sim, TRANSFER).len(), 1);
    let made = sim.transfers(&Account::live().api_key);
    assert_eq!(made.len(), 1);
    assert_eq!(made[0]["amt"], half.as_str(), "{made:?}");
    assert_eq!(made[0]["state"], "success", "{made:?}");
    assert_eq!(made[0]["from"], "18", "{made:?}");
}

/// The stand-in itself refuses (58350) a transfer out of trading above `maxWd`, as OKX does,
/// so a client that skipped its check would be caught: `okx api` sends it unchecked.
#[test]
fn the_stand_in_refuses_a_transfer_above_max_withdrawal_with_58350() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT-SWAP",
        "buy",
        "1",
        "--td-mode",
        "cross",
        "--type",
        "market",
    ]));
    assert_eq!(code, 0, "{err}");
    let (avail, max_wd) = usdt_limits(&sb, &sim);
    assert!(max_wd < avail, "maxWd {max_wd}, availBal {avail}");
    let body = format!(
        r#"{{"ccy":"USDT","amt":"{}","from":"18","to":"6","type":"0"}}"#,
        avail.normalize()
    );
    let (_, out, err) = run(sb
        .okx_signed(&sim)
        .args(["api", "POST", TRANSFER, "--body", &body]));
    assert!(
        out.contains("58350") || err.contains("58350"),
        "{out}\n{err}"
    );
    assert!(sim.transfers(&Account::live().api_key).is_empty());
}
