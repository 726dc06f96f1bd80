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

/// `okx order place … --json`: the placed order's `ordId`.
fn place(sb: &Sandbox, sim: &Sim, args: &[&str]) -> String {
    let (code, out, err) = run(sb
        .okx_signed(sim)
        .args(["order", "place"])
        .args(args)
        .arg("--json"));
    assert_eq!(code, 0, "{args:?}: {err}");
    json(&out)["ordId"].as_str().unwrap().to_string()
}

/// Fills the stand-in's own trading made (a spot and a swap market order, a resting order the
/// market reached) are in `okx fills` and their trade bills in `okx bills`, merged with the
/// other rows in billId order, as OKX lists every fill of the account.
#[test]
fn fills_made_by_trading_appear_in_fills_and_bills() {
    let sim = sim();
    let sb = Sandbox::new();
    let spot = place(&sb, &sim, &["BTC-USDT", "buy", "0.001", "--type", "market"]);
    let swap = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "sell",
            "2",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
    );
    let resting = sim.add_resting_orders(&key(), "ETH-USDT", 1).remove(0);
    let px = sim
        .orders()
        .iter()
        .find(|o| o["ordId"] == resting.as_str())
        .unwrap()["px"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(sim.trade_at("ETH-USDT", &px, None), 1);
    let made = [spot.as_str(), swap.as_str(), resting.as_str()];

    // The latest page: every fill of the account, oldest first.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["fills", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let fills = ndjson(&out);
    assert!(fills.windows(2).all(|w| bill_id(&w[0]) < bill_id(&w[1])));
    let of = |id: &str| {
        fills
            .iter()
            .find(|f| f["ordId"] == id)
            .unwrap_or_else(|| panic!("no fill of {id}: {out}"))
            .clone()
    };
    let f = of(&spot);
    assert_eq!(
        (&f["instId"], &f["side"], &f["fillSz"], &f["execType"]),
        (
            &Value::from("BTC-USDT"),
            &Value::from("buy"),
            &Value::from("0.001"),
            &Value::from("T")
        )
    );
    assert_eq!(f["feeCcy"], "BTC");
    let f = of(&swap);
    assert_eq!(
        (&f["instType"], &f["fillSz"]),
        (&Value::from("SWAP"), &Value::from("2"))
    );
    assert_eq!(
        of(&resting)["execType"],
        "M",
        "the resting order was the maker"
    );
    // The table too.
    let (code, table, err) = run(sb.okx_signed(&sim).args(["fills", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        table.contains("ETH-USDT") && table.contains("maker"),
        "{table}"
    );

    // Their trade bills: two for a spot fill (what came in, what went out), one for a swap.
    let (code, out, err) = run(sb.okx_signed(&sim).args(["bills", "-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    let bills = ndjson(&out);
    assert!(bills.windows(2).all(|w| bill_id(&w[0]) < bill_id(&w[1])));
    let of = |id: &str| -> Vec<&Value> { bills.iter().filter(|b| b["ordId"] == id).collect() };
    let spot_bills = of(&spot);
    assert_eq!(spot_bills.len(), 2, "{out}");
    assert!(spot_bills.iter().all(|b| b["type"] == "2"));
    let ccys: Vec<&str> = spot_bills
        .iter()
        .map(|b| b["ccy"].as_str().unwrap())
        .collect();
    assert_eq!(ccys, ["BTC", "USDT"]);
    assert!(spot_bills[1]["balChg"].as_str().unwrap().starts_with('-'));
    assert_eq!(of(&swap).len(), 1, "{out}");
    assert_eq!(of(&swap)[0]["ccy"], "USDT");
    assert_eq!(of(&resting).len(), 2, "{out}");

    // A range: exactly the stand-in's expected rows, which include them.
    let now = sim.now_ms();
    let (code, got, err) = range(&sim, &["fills"], now - DAY, now);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, sim.fills(&key(), None, now - DAY, now));
    assert!(made.iter().all(|id| got.iter().any(|f| f["ordId"] == *id)));
    let (code, got, err) = range(&sim, &["bills", "--type", "trade"], now - DAY, now);
    assert_eq!(code, 0, "{err}");
    let want: Vec<Value> = sim
        .bills(&key(), now - DAY, now)
        .into_iter()
        .filter(|b| b["type"] == "2")
        .collect();
    assert_eq!(got, want);
    assert!(made.iter().all(|id| got.iter().any(|b| b["ordId"] == *id)));
}
