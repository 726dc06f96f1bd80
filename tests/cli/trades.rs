//! `okx trades`: the latest trades (spot and swap, table and JSON), a day of history paged
//! exactly under the stand-in's rate limits, short answers asked again, and bad input refused
//! before anything is sent.

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::support::*;

const HOUR: i64 = 3_600_000;
const TRADES: &str = "/api/v5/market/trades";
const HISTORY: &str = "/api/v5/market/history-trades";

fn id(t: &Value) -> i64 {
    t["tradeId"].as_str().unwrap().parse().unwrap()
}

fn ts(t: &Value) -> i64 {
    t["ts"].as_str().unwrap().parse().unwrap()
}

/// The stand-in's trades of `[from, to]`, oldest first.
fn want(sim: &Sim, inst: &str, from: i64, to: i64) -> Vec<Value> {
    sim.public_trades(inst, from, to)
}

/// `okx trades INST --since SINCE --until UNTIL -o FORMAT [MORE]` (epoch ms) against the
/// stand-in.
fn range(sim: &Sim, inst: &str, since: i64, until: i64, format: &str) -> (i32, String, String) {
    range_with(sim, inst, since, until, format, &[])
}

fn range_with(
    sim: &Sim,
    inst: &str,
    since: i64,
    until: i64,
    format: &str,
    more: &[&str],
) -> (i32, String, String) {
    let (since, until) = (since.to_string(), until.to_string());
    run(Sandbox::new()
        .okx_at(sim)
        .args([
            "trades", inst, "--since", &since, "--until", &until, "-o", format,
        ])
        .args(more))
}

/// `(tradeId, ts)` of each CSV row, after checking the header.
fn csv_trades(out: &str) -> Vec<(i64, i64)> {
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("instId,tradeId,px,sz,side,source,ts"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[1].parse().unwrap(), f[6].parse().unwrap())
        })
        .collect()
}

#[test]
fn latest_trades_in_json_and_table_for_spot_and_swap() {
    let sim = sim();
    let sb = Sandbox::new();
    for (inst, unit) in [
        ("BTC-USDT", "size (base)"),
        ("BTC-USDT-SWAP", "size (contracts)"),
    ] {
        let (code, out, err) = run(sb
            .okx_at(&sim)
            .args(["trades", inst, "--limit", "7", "-o", "json"]));
        assert_eq!(code, 0, "{err}");
        let got = json(&out);
        let got = got.as_array().unwrap();
        assert_eq!(got.len(), 7);
        assert!(
            got.windows(2).all(|w| id(&w[0]) < id(&w[1])),
            "oldest first"
        );
        for t in got {
            // OKX's objects unchanged: the stand-in's trade with that ID, field for field.
            assert_eq!(*t, want(&sim, inst, ts(t), ts(t))[0], "{inst}");
            assert_eq!(t["instId"], inst);
        }
        let (code, out, err) = run(sb
            .okx_at(&sim)
            .args(["trades", inst, "--limit", "3", "-o", "table"]));
        assert_eq!(code, 0, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines[0].contains("time (UTC)") && lines[0].contains(unit),
            "{out}"
        );
        assert!(
            lines[0].contains("price") && lines[0].contains("side"),
            "{out}"
        );
        assert_eq!(lines.len(), 5, "header, rule, 3 trades: {out}");
        assert!(lines[2..]
            .iter()
            .all(|l| l.contains(" buy ") || l.contains(" sell ")));
        let requests = requests_to(&sim, TRADES);
        assert!(requests.iter().all(|e| e.status == 200));
    }
    // The default is 100, from /market/trades only.
    let (code, out, _) = run(sb.okx_at(&sim).args(["trades", "ETH-USDT", "-o", "ndjson"]));
    assert_eq!(code, 0);
    assert_eq!(ndjson(&out).len(), 100);
    assert!(requests_to(&sim, HISTORY).is_empty());
    let last = requests_to(&sim, TRADES).pop().unwrap();
    assert!(last.target.contains("limit=100"), "{}", last.target);
}

#[test]
fn a_day_of_history_is_exact_and_ordered_without_a_429() {
    let sim = sim(); // rate limits on
    let now = sim.now_ms();
    // Bounds on trades themselves: the trade at --since and the one at --until are included.
    let around = want(&sim, "BTC-USDT", now - 26 * HOUR, now - HOUR);
    let first = around
        .iter()
        .find(|t| ts(t) >= now - 25 * HOUR)
        .unwrap()
        .clone();
    let last = around
        .iter()
        .rev()
        .find(|t| ts(t) <= now - 2 * HOUR)
        .unwrap()
        .clone();
    let (since, until) = (ts(&first), ts(&last));
    let expected = want(&sim, "BTC-USDT", since, until);
    assert!(
        expected.len() > 3_000,
        "a day is dozens of pages: {}",
        expected.len()
    );
    let (code, out, err) = range(&sim, "BTC-USDT", since, until, "csv");
    assert_eq!(code, 0, "{err}");
    let got = csv_trades(&out);
    assert_eq!(got.len(), expected.len(), "exact count");
    assert_eq!(got[0], (id(&first), since), "first trade at --since");
    assert_eq!(
        *got.last().unwrap(),
        (id(&last), until),
        "last trade at --until"
    );
    assert!(
        got.windows(2).all(|w| w[0].0 < w[1].0),
        "strictly increasing IDs, no duplicate"
    );
    let ids: Vec<i64> = expected.iter().map(id).collect();
    assert_eq!(got.iter().map(|t| t.0).collect::<Vec<_>>(), ids);
    let requests = requests_to(&sim, HISTORY);
    let pages = expected.len().div_ceil(100);
    eprintln!(
        "{} trades: {} requests for {pages} pages",
        expected.len(),
        requests.len()
    );
    assert_eq!(
        sim.log().iter().filter(|e| e.status == 429).count(),
        0,
        "no 429"
    );
    // Windows overlap their predecessor by one page at most: a few percent more than the
    // pages the day fills.
    assert!(
        requests.len() <= pages + pages / 8 + 2,
        "{} requests for {pages} pages",
        requests.len()
    );
    assert!(requests_to(&sim, TRADES).is_empty());
    assert!(
        err.contains(&format!("wrote {} trades", expected.len())),
        "{err}"
    );
    assert!(err.contains("no gaps"), "{err}");
}

#[test]
fn swap_history_is_okx_s_objects_unchanged_in_contracts() {
    let sim = sim();
    let now = sim.now_ms();
    let (since, until) = (now - 5 * HOUR, now - 2 * HOUR);
    let (code, out, err) = range(&sim, "BTC-USD-SWAP", since, until, "ndjson");
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    assert_eq!(got, want(&sim, "BTC-USD-SWAP", since, until));
    assert!(got.len() > 300);
    // The table says the sizes are contracts.
    let (code, out, _) = range(&sim, "BTC-USD-SWAP", until - 600_000, until, "table");
    assert_eq!(code, 0);
    assert!(
        out.lines().next().unwrap().contains("size (contracts)"),
        "{out}"
    );
}

#[test]
fn empty_answers_are_asked_again_before_they_are_believed() {
    let sim = sim();
    let now = sim.now_ms();
    let (since, until) = (now - 4 * HOUR, now - 3 * HOUR + 1);
    // The first two answers say there is nothing: a stale cache, not the truth.
    sim.inject(HISTORY, Fault::EmptyData, 2);
    let (code, out, err) = range_with(&sim, "ETH-USDT", since, until, "ndjson", &["--strict"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ndjson(&out), want(&sim, "ETH-USDT", since, until));
    assert!(err.contains("no gaps"), "{err}");
    assert!(requests_to(&sim, HISTORY).len() >= 4);
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, says) in [
        (&["--limit", "0"][..], "--limit \"0\" must be at least 1"),
        (&["--limit", "501"][..], "latest 500 trades"),
        (&["--since", "91d"][..], "more than 3 months ago"),
        (&["--since", "2h", "--until", "3h"][..], "is after --until"),
        (&["--since", "2099-01-01"][..], "in the future"),
        (
            &["--limit", "5", "--since", "1h"][..],
            "cannot be used with",
        ),
        (&["--until", "1h"][..], "--since"),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).arg("trades").arg("BTC-USDT").args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(
            err.trim_end()
                .lines()
                .filter(|l| l.starts_with("okx: error"))
                .count(),
            1,
            "{err}"
        );
    }
    assert!(requests_to(&sim, TRADES).is_empty());
    assert!(requests_to(&sim, HISTORY).is_empty());
    assert!(sim.log().is_empty());
}

#[test]
fn three_months_are_judged_on_okx_s_clock() {
    // OKX's clock an hour ahead: 89 days 23.5 hours ago by this machine is more than 90 days ago
    // by OKX's, before its history starts. Refused, with only the time asked.
    let sim = sim();
    sim.set_clock_offset_ms(3_600_000);
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "trades",
        "BTC-USDT-SWAP",
        "--since",
        "89d23h30m",
        "--until",
        "89d22h",
        "--strict",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("by OKX's clock"), "{err}");
    assert!(requests_to(&sim, "/api/v5/market/history-trades").is_empty());
}
