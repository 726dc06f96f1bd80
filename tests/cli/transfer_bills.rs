//! Transfers between the funding and the trading account show in `okx bills`, as OKX's ledger of
//! the trading account lists them: a bill of type 1 (transfer), +amount into trading (subType
//! 11), −amount out of it (subType 12), and `--type transfer` keeps only those.

use okx_sim::{Account, Sim};
use serde_json::Value;

use crate::support::*;

const BILLS: &str = "/api/v5/account/bills";

fn key() -> String {
    Account::live().api_key
}

fn transfer(sb: &Sandbox, sim: &Sim, args: &[&str]) {
    let (code, out, err) = run(sb.okx_signed(sim).arg("transfer").args(args).arg("--json"));
    assert_eq!(code, 0, "{args:?}: {err}");
    assert_eq!(json(&out)["result"], "transferred", "{out}");
}

/// One sandbox for every run: its pacing ledger keeps the runs under OKX's rate limits together.
fn bills(sb: &Sandbox, sim: &Sim, extra: &[&str]) -> Vec<Value> {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["bills", "--since", "1h", "-o", "ndjson"])
        .args(extra));
    assert_eq!(code, 0, "{extra:?}: {err}");
    ndjson(&out)
}

fn num(v: &Value, name: &str) -> i64 {
    v[name].as_str().unwrap().parse().unwrap()
}

/// The bills of this test's transfers among `rows`: from `t0` on, with a fractional amount (the
/// stand-in's generated transfer of the day, a whole USDT amount, may fall in the last hour).
fn ours(rows: &[Value], t0: i64) -> Vec<Value> {
    rows.iter()
        .filter(|b| b["type"] == "1" && num(b, "ts") >= t0)
        .filter(|b| b["balChg"].as_str().unwrap().contains('.'))
        .cloned()
        .collect()
}

#[test]
fn a_transfer_there_and_back_shows_in_bills_with_its_sign_and_type_filters_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let t0 = sim.now_ms();
    transfer(
        &sb,
        &sim,
        &["USDT", "250.5", "--from", "funding", "--to", "trading"],
    );
    transfer(
        &sb,
        &sim,
        &["USDT", "100.25", "--from", "trading", "--to", "funding"],
    );

    let all = bills(&sb, &sim, &[]);
    assert!(all
        .windows(2)
        .all(|w| num(&w[0], "billId") < num(&w[1], "billId")));
    let got = ours(&all, t0);
    let fields = |b: &Value| {
        ["type", "subType", "ccy", "balChg", "from", "to"]
            .map(|k| b[k].as_str().unwrap().to_string())
    };
    assert_eq!(got.len(), 2, "{all:?}");
    assert_eq!(fields(&got[0]), ["1", "11", "USDT", "250.5", "6", "18"]);
    assert_eq!(fields(&got[1]), ["1", "12", "USDT", "-100.25", "18", "6"]);
    // JSON output is OKX's rows unchanged: the stand-in's own.
    let want = ours(&sim.bills(&key(), t0, sim.now_ms()), t0);
    assert_eq!(got, want);

    // --type transfer: OKX filters (type=1); only transfer bills come back, ours among them.
    sim.clear_log();
    let transfers = bills(&sb, &sim, &["--type", "transfer"]);
    assert!(transfers.iter().all(|b| b["type"] == "1"), "{transfers:?}");
    assert_eq!(ours(&transfers, t0), got);
    let asked = requests_to(&sim, BILLS);
    assert!(!asked.is_empty() && asked.iter().all(|e| e.target.contains("type=1")));
    // A type they are not: none of them.
    let trades = bills(&sb, &sim, &["--type", "trade"]);
    assert!(ours(&trades, t0).is_empty(), "{trades:?}");

    // The table names the type and keeps the sign.
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "bills", "--since", "1h", "--type", "transfer", "-o", "table",
    ]));
    assert_eq!(code, 0, "{err}");
    let row = |chg: &str| {
        out.lines()
            .find(|l| l.contains(chg))
            .unwrap_or_else(|| panic!("no {chg} row: {out}"))
            .to_string()
    };
    assert!(row("250.5").contains("transfer"), "{out}");
    assert!(row("-100.25").contains("transfer"), "{out}");
}
