//! `okx fills` and `okx bills`: 3 months of each paged exactly against the stand-in's own rows
//! under its rate limits, ranges across the recent endpoints' edges (3 days, 7 days), the
//! latest page, and bad input refused before anything is sent.

use okx_sim::{Account, Sim};
use serde_json::Value;

use crate::support::*;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
const FILLS: &str = "/api/v5/trade/fills";
const FILLS_HISTORY: &str = "/api/v5/trade/fills-history";
const BILLS: &str = "/api/v5/account/bills";
const BILLS_ARCHIVE: &str = "/api/v5/account/bills-archive";

fn bill_id(v: &Value) -> i64 {
    v["billId"].as_str().unwrap().parse().unwrap()
}

fn key() -> String {
    Account::live().api_key
}

/// `okx ARGS --since SINCE --until UNTIL -o ndjson` (epoch ms), signed, against the stand-in.
fn range(sim: &Sim, args: &[&str], since: i64, until: i64) -> (i32, Vec<Value>, String) {
    let (since, until) = (since.to_string(), until.to_string());
    let (code, out, err) = run(Sandbox::new()
        .okx_signed(sim)
        .args(args)
        .args(["--since", &since, "--until", &until, "-o", "ndjson"]));
    (code, ndjson(&out), err)
}

fn no_429(sim: &Sim) {
    assert_eq!(
        sim.log().iter().filter(|e| e.status == 429).count(),
        0,
        "no 429"
    );
}

/// `/trade/fills` was asked without `instType`: every type.
fn no_inst_type_sent(sim: &Sim) {
    let sent = requests_to(sim, FILLS);
    assert!(!sent.is_empty());
    assert!(sent.iter().all(|e| !e.target.contains("instType")));
}

/// The rows got are exactly the stand-in's, oldest first, no duplicate.
fn assert_same(got: &[Value], want: &[Value]) {
    assert!(want.len() > 100, "several pages: {}", want.len());
    let ids: Vec<i64> = got.iter().map(bill_id).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "oldest first, no duplicate"
    );
    assert_eq!(got.len(), want.len(), "exact count");
    assert_eq!(got, want, "OKX's objects unchanged, in order");
}

#[test]
fn three_months_of_fills_are_exact_and_ordered_without_a_429() {
    let sim = sim(); // rate limits on
    let now = sim.now_ms();
    let (since, until) = (now - 89 * DAY, now - HOUR);
    let want = sim.fills(&key(), Some("SPOT"), since, until);
    let (code, got, err) = range(&sim, &["fills", "--type", "SPOT"], since, until);
    assert_eq!(code, 0, "{err}");
    assert_same(&got, &want);
    no_429(&sim);
    // Older than 3 days from the archive, the rest from /trade/fills.
    assert!(!requests_to(&sim, FILLS_HISTORY).is_empty());
    assert!(!requests_to(&sim, FILLS).is_empty());
    for e in requests_to(&sim, FILLS_HISTORY) {
        assert!(e.target.contains("instType=SPOT"), "{}", e.target);
    }
    assert!(
        err.contains(&format!("wrote {} fills", want.len())),
        "{err}"
    );
    eprintln!(
        "{} fills: {} + {} requests",
        want.len(),
        requests_to(&sim, FILLS_HISTORY).len(),
        requests_to(&sim, FILLS).len()
    );
}

#[test]
fn three_months_of_bills_are_exact_and_ordered_without_a_429() {
    let sim = sim();
    let now = sim.now_ms();
    let (since, until) = (now - 89 * DAY, now - HOUR);
    let want = sim.bills(&key(), since, until);
    let (code, got, err) = range(&sim, &["bills"], since, until);
    assert_eq!(code, 0, "{err}");
    assert_same(&got, &want);
    no_429(&sim);
    assert!(!requests_to(&sim, BILLS_ARCHIVE).is_empty());
    assert!(!requests_to(&sim, BILLS).is_empty());
    assert!(got.iter().any(|b| b["type"] == "8"), "funding fees");
    eprintln!(
        "{} bills: {} + {} requests",
        want.len(),
        requests_to(&sim, BILLS_ARCHIVE).len(),
        requests_to(&sim, BILLS).len()
    );
}

#[test]
fn ranges_across_the_recent_edges_are_merged_without_duplicates() {
    let sim = sim();
    let now = sim.now_ms();
    // Fills: 3 days, around the edge; swap fills by instrument.
    let (since, until) = (now - 5 * DAY, now - 2 * DAY);
    let want = sim.fills(&key(), Some("SWAP"), since, until);
    let (code, got, err) = range(&sim, &["fills", "BTC-USDT-SWAP"], since, until);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    assert!(!requests_to(&sim, FILLS).is_empty() && !requests_to(&sim, FILLS_HISTORY).is_empty());
    // Bills: 7 days, around the edge, funding fees only.
    sim.clear_log();
    let (since, until) = (now - 9 * DAY, now - 5 * DAY);
    let want: Vec<Value> = sim
        .bills(&key(), since, until)
        .into_iter()
        .filter(|b| b["type"] == "8")
        .collect();
    let (code, got, err) = range(&sim, &["bills", "--type", "funding-fee"], since, until);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    assert!(!requests_to(&sim, BILLS).is_empty() && !requests_to(&sim, BILLS_ARCHIVE).is_empty());
    // A range inside the last 3 days asks /trade/fills only, which serves every type when
    // no instType is sent: every fill, not only the spot ones.
    sim.clear_log();
    let (code, got, err) = range(&sim, &["fills"], now - 2 * DAY, now - HOUR);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, sim.fills(&key(), None, now - 2 * DAY, now - HOUR));
    assert!(got.iter().any(|f| f["instType"] == "SWAP"), "every type");
    assert!(requests_to(&sim, FILLS_HISTORY).is_empty());
    no_inst_type_sent(&sim);
}

/// `fills-history` serves one instrument type at a time: a range reaching past 3 days without
/// `--type` or an instrument is refused, naming the fix, before anything is sent.
#[test]
fn fills_past_3_days_need_a_type_or_an_instrument() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["fills", "--since", "10d"]));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("--since \"10d\""), "{err}");
    assert!(
        err.contains("--type SWAP") && err.contains("instrument ID"),
        "{err}"
    );
    assert!(sim.log().iter().all(|e| !from_okx(e)), "nothing sent");
    // With a type, the same range is read.
    let (code, got, err) = run(sb
        .okx_signed(&sim)
        .args(["fills", "--since", "10d", "--type", "SWAP", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&got);
    assert!(!got.is_empty() && got.iter().all(|f| f["instType"] == "SWAP"));
}

#[test]
fn the_table_names_funding_fees_and_the_latest_page_is_oldest_first() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "bills",
        "--type",
        "funding-fee",
        "--since",
        "2d",
        "-o",
        "table",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("funding fee"), "{out}");
    sim.clear_log();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["fills", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let got = got.as_array().unwrap();
    assert!(!got.is_empty());
    assert!(got.windows(2).all(|w| bill_id(&w[0]) < bill_id(&w[1])));
    // Every type: no instType sent, spot and swap fills shown.
    assert!(got.iter().any(|f| f["instType"] == "SWAP"), "{out}");
    assert!(got.iter().any(|f| f["instType"] == "SPOT"), "{out}");
    no_inst_type_sent(&sim);
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    for args in [
        &["fills", "--since", "100d"][..],
        &["bills", "--since", "2000-01-01"],
        &["fills", "--since", "1d", "--until", "2d"],
        &["bills", "--ccy", "US-DT"],
        &["bills", "--type", "lunch"],
        &["fills", "--type", "BONDS"],
        &["fills", "--until", "1d"],
    ] {
        let (code, _, err) = run(sb.okx_signed(&sim).args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: one line: {err}");
    }
    assert!(sim.log().iter().all(|e| !from_okx(e)), "nothing sent");
}

#[test]
fn order_history_since_reads_the_archive_past_7_days() {
    let sim = sim();
    let ids = sim.add_resting_orders(&key(), "BTC-USDT", 3);
    let px = sim.orders()[0]["px"].as_str().unwrap().to_string();
    assert_eq!(sim.trade_at("BTC-USDT", &px, None), 3);
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "history", "--since", "90d", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let got: Vec<String> = ndjson(&out)
        .iter()
        .map(|o| o["ordId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, ids, "oldest first");
    assert!(!requests_to(&sim, "/api/v5/trade/orders-history-archive").is_empty());
    assert!(!requests_to(&sim, "/api/v5/trade/orders-history").is_empty());
    no_429(&sim);
    // Without --since: as before, the 7 days' endpoint only.
    sim.clear_log();
    let (code, out, err) = run(sb.okx_signed(&sim).args(["order", "history", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 3);
    assert!(requests_to(&sim, "/api/v5/trade/orders-history-archive").is_empty());
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "history", "--since", "100d"]));
    assert_eq!(code, 2, "{err}");
}
