//! The funding account (issue 17): transfers that really move money between the funding and
//! the trading account and are never doubled, whatever happens to their answers; bad transfers
//! refused before anything is sent; `okx balance --all`'s totals; deposit and withdrawal
//! history over 3 months, exact against the stand-in's own records.

use okx_sim::{Account, Fault, Sim};
use rust_decimal::Decimal;
use serde_json::Value;

use crate::support::*;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
const TRANSFER: &str = "/api/v5/asset/transfer";
const TRANSFER_STATE: &str = "/api/v5/asset/transfer-state";
const DEPOSITS: &str = "/api/v5/asset/deposit-history";
const WITHDRAWALS: &str = "/api/v5/asset/withdrawal-history";

fn key() -> String {
    Account::live().api_key
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|_| panic!("not a decimal: {s:?}"))
}

fn text_dec(v: &Value) -> Decimal {
    dec(v.as_str().unwrap_or_else(|| panic!("not text: {v}")))
}

/// Available balances of `ccy`: (trading, funding), as the stand-in holds them.
fn balances(sim: &Sim, ccy: &str) -> (Decimal, Decimal) {
    let t = sim.balance(&key(), ccy).unwrap().0;
    let f = sim.funding_balance(&key(), ccy).unwrap().0;
    (dec(&t), dec(&f))
}

fn transfer(sim: &Sim, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(sim)
        .arg("transfer")
        .args(args)
        .arg("--json"));
    let v = serde_json::from_str(&out).unwrap_or(Value::Null);
    (code, v, err)
}

fn no_429(sim: &Sim) {
    assert_eq!(sim.log().iter().filter(|e| e.status == 429).count(), 0);
}

#[test]
fn a_transfer_there_and_back_moves_both_balances_and_the_totals_add_up() {
    let sim = sim();
    let (t0, f0) = balances(&sim, "USDT");
    assert_eq!((t0, f0), (dec("10000"), dec("2500")));

    let (code, r, err) = transfer(
        &sim,
        &["USDT", "250.5", "--from", "funding", "--to", "trading"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(r["result"], "transferred", "{r}");
    assert_eq!(r["state"], "success");
    assert!(err.contains("LIVE trading on"), "banner: {err}");
    let id = r["clientId"].as_str().unwrap().to_string();
    assert!(
        id.starts_with("okx") && err.contains(&id),
        "client ID shown: {err}"
    );
    assert_eq!(balances(&sim, "USDT"), (dec("10250.5"), dec("2249.5")));
    // The body OKX gets: type 0, funding (6) to trading (18), the client ID.
    let post = &requests_to(&sim, TRANSFER)[0];
    let body: Value = serde_json::from_str(&post.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"type":"0","ccy":"USDT","amt":"250.5","from":"6","to":"18","clientId": id})
    );

    let (code, r, err) = transfer(
        &sim,
        &["USDT", "250.5", "--from", "trading", "--to", "funding"],
    );
    assert_eq!(
        (code, r["result"].as_str()),
        (0, Some("transferred")),
        "{err}"
    );
    assert_eq!(balances(&sim, "USDT"), (t0, f0), "back where it started");

    let (code, _, err) = transfer(
        &sim,
        &["BTC", "0.05", "--from", "trading", "--to", "funding"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(balances(&sim, "BTC"), (dec("0.45"), dec("0.15")));
    assert_eq!(sim.transfers(&key()).len(), 3, "one transfer each");

    // The funding side as okx shows it is the stand-in's.
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(&sim)
        .args(["asset", "balance", "--json"]));
    assert_eq!(code, 0, "{err}");
    let funding = json(&out);
    let btc = funding
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["ccy"] == "BTC")
        .unwrap();
    assert_eq!(text_dec(&btc["bal"]), dec("0.15"));

    // Both accounts side by side: every USD figure exact, and the totals their sums.
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(&sim)
        .args(["balance", "--all", "--json"]));
    assert_eq!(code, 0, "{err}");
    let all = json(&out);
    let prices = &all["usdPrices"];
    let funding_usd: Decimal = all["funding"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| text_dec(&i["bal"]) * text_dec(&prices[i["ccy"].as_str().unwrap()]))
        .sum();
    let totals = &all["totalUsd"];
    assert_eq!(text_dec(&totals["funding"]), funding_usd);
    assert_eq!(
        text_dec(&totals["trading"]),
        text_dec(&all["trading"]["totalEq"])
    );
    assert_eq!(
        text_dec(&totals["total"]),
        text_dec(&totals["trading"]) + text_dec(&totals["funding"])
    );
    let usdt_f = all["funding"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["ccy"] == "USDT")
        .unwrap();
    assert_eq!(text_dec(&usdt_f["bal"]), f0);
    assert_eq!(prices["USDT"], "1");

    // The table: a row per currency with both sides and their sum, and the totals line.
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(&sim)
        .args(["balance", "--all", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let btc_row = out
        .lines()
        .find(|l| l.starts_with("BTC,"))
        .expect("BTC row");
    let cells: Vec<&str> = btc_row.split(',').collect();
    assert_eq!(&cells[1..4], ["0.45", "0.15", "0.6"], "{out}");
}

#[test]
fn the_banner_names_demo_trading_for_a_demo_key() {
    let sim = sim();
    let a = Account::demo();
    let (code, out, err) = run(Sandbox::new()
        .okx_at(&sim)
        .env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", &a.secret_key)
        .env("OKX_PASSPHRASE", &a.passphrase)
        .env("OKX_DEMO", "1")
        .args([
            "transfer", "OKB", "5", "--from", "funding", "--to", "trading", "--json",
        ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("DEMO trading"), "{err}");
    assert_eq!(json(&out)["result"], "transferred");
    assert_eq!(sim.funding_balance(&a.api_key, "OKB").unwrap().0, "45");
}

#[test]
fn a_transfer_whose_answer_is_lost_after_processing_is_found_done_and_made_once() {
    let sim = sim();
    sim.inject(&format!("POST {TRANSFER}"), Fault::ResetAfterProcessing, 1);
    let (code, r, err) = transfer(
        &sim,
        &["USDT", "100", "--from", "funding", "--to", "trading"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(r["result"], "transferred", "{r}");
    assert_eq!(requests_to(&sim, TRANSFER).len(), 1, "sent once");
    assert_eq!(sim.transfers(&key()).len(), 1, "made once");
    assert_eq!(balances(&sim, "USDT"), (dec("10100"), dec("2400")));
    // Settled by the client ID it was sent with.
    let id = r["clientId"].as_str().unwrap();
    assert!(requests_to(&sim, TRANSFER_STATE)
        .iter()
        .any(|e| e.target.contains(&format!("clientId={id}"))));
}

/// transfer-state does not list the next `times` look-ups (OKX's 58129 for an unknown ID): a
/// transfer OKX has taken but does not show yet.
pub(crate) fn hide_transfers(sim: &Sim, times: usize) {
    sim.inject(
        &format!("GET {TRANSFER_STATE}"),
        Fault::Answer {
            status: 200,
            code: "58129".into(),
            msg: "Parameter clientId error".into(),
            process: false,
        },
        times,
    );
}

/// A transfer okx cannot find after a lost answer is `not_transferred`, and okx says to send it
/// again only with the same client ID, printing the exact command. That command is safe both
/// when the first never arrived (it is made once) and when it arrives late: OKX refuses the
/// client ID it already has (58404), which okx settles by the ID instead of calling it
/// rejected, so the money moves once.
#[test]
fn a_transfer_not_found_is_sent_again_with_its_client_id_and_never_doubled_even_when_late() {
    let sim = sim();
    let send = |id: &str| {
        let a = format!("USDT 100 --from funding --to trading --client-id {id}");
        transfer(&sim, &a.split(' ').collect::<Vec<_>>())
    };
    // Lost before OKX took it: not made; the same command with the same ID makes it once.
    sim.inject(&format!("POST {TRANSFER}"), Fault::ResetBeforeProcessing, 1);
    let (code, r, err) = send("again1");
    assert_eq!(
        (code, r["result"].as_str()),
        (6, Some("not_transferred")),
        "{err}"
    );
    assert!(
        err.contains("ONLY with the same client ID")
            && err.contains("okx transfer USDT 100 --from funding --to trading --client-id again1"),
        "how to send it again: {err}"
    );
    assert!(sim.transfers(&key()).is_empty());
    let (code, r, err) = send("again1");
    assert_eq!(
        (code, r["result"].as_str()),
        (0, Some("transferred")),
        "{err}"
    );
    assert_eq!(sim.transfers(&key()).len(), 1);
    assert_eq!(balances(&sim, "USDT"), (dec("10100"), dec("2400")));
    // A third time: the client ID names a transfer already, so nothing is sent.
    let posts = requests_to(&sim, TRANSFER).len();
    let (code, _, err) = send("again1");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already names transfer"), "{err}");
    assert_eq!(requests_to(&sim, TRANSFER).len(), posts, "nothing sent");

    // Late: OKX took the transfer (slow, 10 minutes on the sim clock), its answer was lost and
    // transfer-state does not show it yet (the check of the ID before sending, 4 looks after).
    sim.set_transfer_delay_ms(600_000, false);
    sim.inject(&format!("POST {TRANSFER}"), Fault::ResetAfterProcessing, 1);
    hide_transfers(&sim, 5);
    let (code, r, err) = send("late1");
    assert_eq!(
        (code, r["result"].as_str()),
        (6, Some("not_transferred")),
        "{err}"
    );
    assert!(err.contains("--client-id late1"), "{err}");
    // The recommended resend, while transfer-state still hides the first from the check before
    // sending: OKX answers 58404, and okx finds the first transfer under the ID.
    hide_transfers(&sim, 1);
    let (code, r, err) = send("late1");
    assert_eq!(
        (code, r["result"].as_str()),
        (7, Some("pending")),
        "{r} {err}"
    );
    assert!(!err.contains("safe to"), "{err}");
    assert_eq!(sim.transfers(&key()).len(), 2, "the late one, once");
    // It arrives: the money moved once.
    sim.set_clock_offset_ms(601_000);
    assert_eq!(balances(&sim, "USDT"), (dec("10200"), dec("2300")));
    assert_eq!(sim.transfers(&key()).len(), 2);
    let (code, _, err) = send("late1");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already names transfer"), "{err}");
}

#[test]
fn a_transfer_still_pending_is_reported_pending_never_sent_again() {
    let sim = sim();
    let pending = r#"{"code":"0","msg":"","data":[{"amt":"10","ccy":"USDT","clientId":"slow1","from":"6","instId":"","state":"pending","subAcct":"","to":"18","toInstId":"","transId":"1","type":"0"}]}"#;
    sim.inject(
        &format!("GET {TRANSFER_STATE}"),
        Fault::Raw {
            status: 200,
            body: pending.into(),
            process: false,
        },
        // The look-up of the unused client ID, then every look after the answer.
        10,
    );
    let (code, r, err) = transfer(
        &sim,
        &[
            "USDT",
            "10",
            "--from",
            "funding",
            "--to",
            "trading",
            "--client-id",
            "slow1",
        ],
    );
    // The look-up before sending found "a transfer" under the ID: refused, nothing sent.
    assert_eq!(code, 2, "{err}");
    assert!(requests_to(&sim, TRANSFER).is_empty());
    sim.clear_faults();
    // A transfer OKX takes but completes only minutes later (the stand-in's delay).
    sim.set_transfer_delay_ms(600_000, false);
    let (code, r2, err) = transfer(
        &sim,
        &["USDT", "10", "--from", "funding", "--to", "trading"],
    );
    assert_eq!(code, 7, "{err}");
    assert_eq!(r2["result"], "pending", "{r2} {r}");
    assert!(err.contains("pending"), "{err}");
    assert_eq!(requests_to(&sim, TRANSFER).len(), 1, "sent once");
}

#[test]
fn bad_transfers_are_refused_before_anything_is_sent() {
    let sim = sim();
    let cases: &[(&[&str], &str)] = &[
        (
            &["USDT", "2500.01", "--from", "funding", "--to", "trading"],
            "more than",
        ),
        (
            &["USDT", "10000.5", "--from", "trading", "--to", "funding"],
            "more than",
        ),
        (
            &["ETH", "1", "--from", "funding", "--to", "trading"],
            "holds no ETH",
        ),
        (
            &["XRP", "1", "--from", "funding", "--to", "trading"],
            "holds no XRP",
        ),
        (
            &["USDT", "-5", "--from", "funding", "--to", "trading"],
            "negative",
        ),
        (
            &["USDT", "1e3", "--from", "funding", "--to", "trading"],
            "exponent",
        ),
        (
            &["USDT", "0", "--from", "funding", "--to", "trading"],
            "zero",
        ),
        (
            &["USDT", "1,5", "--from", "funding", "--to", "trading"],
            "comma",
        ),
        (
            &["USDT", "5", "--from", "funding", "--to", "funding"],
            "both funding",
        ),
        (
            &["usdt", "5", "--from", "funding", "--to", "trading"],
            "upper case",
        ),
        (
            &[
                "USDT",
                "5",
                "--from",
                "funding",
                "--to",
                "trading",
                "--client-id",
                "a-b",
            ],
            "--client-id",
        ),
    ];
    for (args, why) in cases {
        let (code, _, err) = transfer(&sim, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(why), "{args:?}: {err}");
        assert_eq!(
            err.lines().filter(|l| l.starts_with("okx: error:")).count(),
            1,
            "{err}"
        );
    }
    assert!(requests_to(&sim, TRANSFER).is_empty(), "no transfer sent");
    assert!(sim.transfers(&key()).is_empty());
    assert_eq!(balances(&sim, "USDT"), (dec("10000"), dec("2500")));
}

/// `okx CMD history --since --until -o ndjson` against the stand-in.
fn history(sim: &Sim, cmd: &str, since: i64, until: i64) -> (i32, Vec<Value>, String) {
    let (s, u) = (since.to_string(), until.to_string());
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(sim)
        .args([cmd, "history", "--since", &s, "--until", &u, "-o", "ndjson"]));
    (code, ndjson(&out), err)
}

fn num(v: &Value, name: &str) -> i64 {
    v[name].as_str().unwrap().parse().unwrap()
}

fn assert_exact(got: &[Value], want: &[Value], id: &str) {
    assert!(want.len() > 100, "several pages: {}", want.len());
    // Records sharing a time are what a time cursor could lose or repeat.
    assert!(want.windows(2).any(|w| w[0]["ts"] == w[1]["ts"]));
    let keys: Vec<(i64, i64)> = got.iter().map(|v| (num(v, "ts"), num(v, id))).collect();
    assert!(
        keys.windows(2).all(|w| w[0] < w[1]),
        "oldest first, no duplicate"
    );
    assert_eq!(got.len(), want.len(), "exact count");
    assert_eq!(got, want, "OKX's objects unchanged, in order");
}

#[test]
fn three_months_of_deposits_and_withdrawals_are_exact_ordered_and_without_a_429() {
    let sim = sim(); // rate limits on
    let now = sim.now_ms();
    let (since, until) = (now - 90 * DAY, now - HOUR);
    for (cmd, path, id, want, noun) in [
        (
            "deposit",
            DEPOSITS,
            "depId",
            sim.deposits(&key(), since, until),
            "deposits",
        ),
        (
            "withdrawal",
            WITHDRAWALS,
            "wdId",
            sim.withdrawals(&key(), since, until),
            "withdrawals",
        ),
    ] {
        let (code, got, err) = history(&sim, cmd, since, until);
        assert_eq!(code, 0, "{err}");
        assert_exact(&got, &want, id);
        assert!(
            err.contains(&format!("wrote {} {noun}", want.len())),
            "{err}"
        );
        eprintln!(
            "{} {noun} in 90 days: {} requests",
            want.len(),
            requests_to(&sim, path).len()
        );
    }
    no_429(&sim);
    // CSV streams the same rows, with a header.
    let (s, u) = (since.to_string(), until.to_string());
    let (code, out, err) = run(Sandbox::new().okx_signed(&sim).args([
        "deposit", "history", "--ccy", "BTC", "--since", &s, "--until", &u, "-o", "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let btc = sim
        .deposits(&key(), since, until)
        .into_iter()
        .filter(|d| d["ccy"] == "BTC")
        .count();
    assert!(btc > 0);
    assert_eq!(out.lines().count(), btc + 1, "{out}");
    assert!(out.lines().skip(1).all(|l| l.contains(",BTC,")));
}

#[test]
fn the_latest_deposits_and_a_deposit_address() {
    let sim = sim();
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(&sim)
        .args(["deposit", "history", "--json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let got = got.as_array().unwrap();
    let now = sim.now_ms();
    let all = sim.deposits(&key(), now - 365 * DAY, now);
    assert_eq!(got.len(), 100);
    assert_eq!(
        got.as_slice(),
        &all[all.len() - 100..],
        "the latest 100, oldest first"
    );

    let (code, out, err) = run(Sandbox::new().okx_signed(&sim).args([
        "deposit",
        "address",
        "USDT",
        "--chain",
        "USDT-TRC20",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let a = json(&out);
    assert_eq!(a.as_array().unwrap().len(), 1);
    assert_eq!(a[0]["chain"], "USDT-TRC20");
    assert!(a[0]["addr"].as_str().unwrap().starts_with("0x"));

    let (code, _, err) = run(Sandbox::new().okx_signed(&sim).args([
        "deposit",
        "address",
        "USDT",
        "--chain",
        "USDT-NOPE",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("USDT-TRC20"),
        "names the chains there are: {err}"
    );
}
