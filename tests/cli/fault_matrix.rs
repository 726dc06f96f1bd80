//! The fault matrix (issue 7): for every endpoint okx calls, each fault the stand-in can inject,
//! once, on that endpoint. Every cell states the expected behaviour (retried where safe, a clear
//! error otherwise, the documented exit code, never a duplicate order) and is checked; the
//! results are written to docs/fault-matrix.md, which a stale copy fails.

use std::time::Duration;

use okx_sim::{Account, Fault};
use serde_json::Value;

use crate::support::*;

const FAULTS: &[(&str, &str)] = &[
    ("http500", "HTTP 500, OKX body"),
    ("http502_html", "HTTP 502, HTML page"),
    ("http429", "HTTP 429, 50011"),
    ("busy", "HTTP 429, 50013"),
    ("slow", "slower than --timeout"),
    ("reset_before", "reset before processing"),
    ("reset_after", "reset after processing"),
    ("malformed_json", "malformed JSON"),
    ("truncated", "truncated body"),
    ("empty_data", "empty data"),
    ("code_number", "code as a number"),
    ("extra_fields", "unknown extra fields"),
    ("lie_empty_item", "processed, then data [{}]"),
    ("lie_not_list", "processed, then data not a list"),
    ("lie_contradiction", "processed, then code 1 with sCode 0"),
];

/// Bodies OKX's docs do not rule out, sent after the request was processed.
fn lie(body: &str) -> Fault {
    Fault::Raw {
        status: 200,
        body: body.into(),
        process: true,
    }
}

fn fault(name: &str) -> Fault {
    match name {
        "http500" => Fault::Http500,
        "http502_html" => Fault::Http502Html,
        "http429" => Fault::Http429,
        "busy" => Fault::Busy,
        "slow" => Fault::Slow(Duration::from_secs(3)),
        "reset_before" => Fault::ResetBeforeProcessing,
        "reset_after" => Fault::ResetAfterProcessing,
        "malformed_json" => Fault::MalformedJson,
        "truncated" => Fault::TruncatedBody,
        "empty_data" => Fault::EmptyData,
        "code_number" => Fault::CodeAsNumber,
        "extra_fields" => Fault::ExtraFields,
        "lie_empty_item" => lie(r#"{"code":"0","msg":"","data":[{}]}"#),
        "lie_not_list" => lie(r#"{"code":"0","msg":"","data":{"sCode":"0","ordId":"{{ordId}}"}}"#),
        "lie_contradiction" => lie(
            r#"{"code":"1","msg":"All operations failed","data":[{"sCode":"0","ordId":"{{ordId}}","sMsg":""}]}"#,
        ),
        other => panic!("unknown fault {other}"),
    }
}

/// How a cell must end: the exit code and, for order commands, the reported result.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Expect {
    exit: i32,
    result: Option<&'static str>,
}

const OK: Expect = Expect {
    exit: 0,
    result: None,
};
const NET: Expect = Expect {
    exit: 6,
    result: None,
};

/// An endpoint, the okx command that calls it, and what each fault must lead to.
struct Row {
    path: &'static str,
    method: &'static str,
    what: &'static str,
    expect: fn(&str) -> Expect,
}

/// A read: retried after anything transient, not after a timeout (the user chose the wait);
/// a failure code is OKX's error, whatever the items say.
fn read(f: &str) -> Expect {
    match f {
        "slow" => NET,
        "lie_contradiction" => Expect {
            exit: 5,
            result: None,
        },
        _ => OK,
    }
}

/// A read whose rows must have a shape (candles, the clock, an order): a row that lacks it is
/// a failed read, never shown as data.
fn shaped(f: &str) -> Expect {
    match f {
        "lie_empty_item" | "lie_not_list" => NET,
        f => read(f),
    }
}

/// A read where empty data cannot be a valid answer.
fn read_one(f: &str) -> Expect {
    match f {
        "empty_data" => NET,
        f => read(f),
    }
}

/// An order-changing command: done when OKX processed it (found afterwards by its client order
/// ID, its position or the value read back), `rejected` when OKX refused it before processing,
/// otherwise certainly not done.
fn change(f: &str, done: &'static str, not_done: &'static str) -> Expect {
    let (exit, result) = match f {
        // Processed by OKX: found by looking.
        "slow" | "reset_after" | "code_number" | "extra_fields" | "lie_empty_item"
        | "lie_not_list" | "lie_contradiction" => (0, done),
        // Refused before processing: a definite answer.
        "http429" | "busy" => (6, "rejected"),
        // Not processed: an order is absent after its expTime deadline; a close finds the
        // position still open and no closing order; the leverage reads back unchanged.
        _ => (6, not_done),
    };
    Expect {
        exit,
        result: Some(result),
    }
}

fn place(f: &str) -> Expect {
    change(f, "placed", "not_placed")
}

fn cancel(f: &str) -> Expect {
    change(f, "canceled", "not_canceled")
}

/// A change with no deadline that OKX did not process: absent, yet OKX could still apply it,
/// so okx says unknown (exit 7).
fn no_deadline(f: &str, done: &'static str) -> Expect {
    match change(f, done, "unknown") {
        Expect {
            result: Some("unknown"),
            ..
        } => Expect {
            exit: 7,
            result: Some("unknown"),
        },
        e => e,
    }
}

/// A close carries no deadline: when it was not processed, the position is still open and no
/// closing order exists.
fn close(f: &str) -> Expect {
    no_deadline(f, "closed")
}

/// An algo order carries no deadline (OKX honours expTime on no algo endpoint): absent after
/// several looks it is unknown, never "not placed".
fn algo_place(f: &str) -> Expect {
    no_deadline(f, "placed")
}

fn amend(f: &str) -> Expect {
    change(f, "amended", "not_amended")
}

fn leverage(f: &str) -> Expect {
    change(f, "set", "not_set")
}

/// A transfer is settled by its client ID: found is what its state says, absent after a few
/// looks is not done (sending it again with that client ID is safe: OKX refuses one it has).
fn transfer(f: &str) -> Expect {
    change(f, "transferred", "not_transferred")
}

const TRANSFER_ROW: &str = "okx transfer USDT 10 --from funding --to trading";

/// A look-up: an answer without the order is a failed read, never taken for "no such order".
fn order_get(f: &str) -> Expect {
    match f {
        "empty_data" => NET,
        f => shaped(f),
    }
}

fn time_cmd(f: &str) -> Expect {
    order_get(f)
}

const SWAP: &str = "BTC-USDT-SWAP";
const SWAP_MARKET: &str = "okx order place BTC-USDT-SWAP buy 1 --type market --td-mode cross";
const SWAP_LIMIT: &str = "okx order place BTC-USDT-SWAP buy 1 --price (resting) --td-mode cross";
const AMEND_ROW: &str = "okx order amend BTC-USDT --ord-id (resting) --size 0.01";
/// The size the amend row asks for.
const AMEND_SZ: &str = "0.01";
/// The leverage the stand-in gives an instrument nobody has set, and the one the row sets.
const LEVER_BEFORE: &str = "3";
const LEVER_SET: &str = "5";

const ROWS: &[Row] = &[
    Row {
        path: "/api/v5/public/time",
        method: "GET",
        what: "okx time",
        expect: time_cmd,
    },
    Row {
        path: "/api/v5/public/instruments",
        method: "GET",
        what: "okx instruments",
        expect: read,
    },
    Row {
        path: "/api/v5/market/ticker",
        method: "GET",
        what: "okx ticker BTC-USDT",
        expect: read_one,
    },
    Row {
        path: "/api/v5/market/tickers",
        method: "GET",
        what: "okx ticker --type SPOT",
        expect: read,
    },
    Row {
        path: "/api/v5/market/books",
        method: "GET",
        what: "okx book BTC-USDT",
        expect: read,
    },
    Row {
        path: "/api/v5/market/candles",
        method: "GET",
        what: "okx candles --limit 5",
        expect: shaped,
    },
    Row {
        path: "/api/v5/market/history-candles",
        method: "GET",
        what: "okx candles --since/--until (history)",
        expect: shaped,
    },
    Row {
        path: "/api/v5/public/funding-rate",
        method: "GET",
        what: "okx funding BTC-USDT-SWAP",
        expect: read_one,
    },
    Row {
        path: "/api/v5/public/funding-rate-history",
        method: "GET",
        what: "okx funding --since/--until (history)",
        expect: shaped,
    },
    Row {
        path: "/api/v5/account/balance",
        method: "GET",
        what: "okx balance",
        expect: read,
    },
    Row {
        path: "/api/v5/trade/orders-pending",
        method: "GET",
        what: "okx order list",
        expect: read,
    },
    Row {
        path: "/api/v5/trade/orders-history",
        method: "GET",
        what: "okx order history",
        expect: read,
    },
    Row {
        path: "/api/v5/trade/order",
        method: "GET",
        what: "okx order get",
        expect: order_get,
    },
    Row {
        path: "/api/v5/trade/order",
        method: "POST",
        what: "okx order place",
        expect: place,
    },
    Row {
        path: "/api/v5/trade/cancel-order",
        method: "POST",
        what: "okx order cancel",
        expect: cancel,
    },
    Row {
        path: "/api/v5/trade/amend-order",
        method: "POST",
        what: AMEND_ROW,
        expect: amend,
    },
    Row {
        path: "/api/v5/trade/order",
        method: "POST",
        what: SWAP_MARKET,
        expect: place,
    },
    Row {
        path: "/api/v5/trade/order",
        method: "POST",
        what: SWAP_LIMIT,
        expect: place,
    },
    Row {
        path: "/api/v5/trade/close-position",
        method: "POST",
        what: "okx position close BTC-USDT-SWAP (1 contract open)",
        expect: close,
    },
    Row {
        path: "/api/v5/account/set-leverage",
        method: "POST",
        what: "okx leverage set BTC-USDT-SWAP 5 --mgn-mode cross (from 3)",
        expect: leverage,
    },
    Row {
        path: "/api/v5/trade/order-algo",
        method: "POST",
        what: ALGO_PLACE,
        expect: algo_place,
    },
    Row {
        path: "/api/v5/trade/cancel-algos",
        method: "POST",
        what: "okx algo cancel BTC-USDT-SWAP --algo-id (a live trigger order)",
        expect: cancel,
    },
    Row {
        path: "/api/v5/trade/amend-algos",
        method: "POST",
        what: "okx algo amend BTC-USDT-SWAP --algo-id (a live trigger order) --trigger (new)",
        expect: amend,
    },
    Row {
        path: "/api/v5/asset/transfer",
        method: "POST",
        what: TRANSFER_ROW,
        expect: transfer,
    },
];

const ALGO_PLACE: &str = "okx algo place BTC-USDT-SWAP buy 1 --td-mode cross --trigger (above)";

/// For the algo rows, the stand-in's algo orders must be what okx reported: one under the
/// matrix's algoClOrdId exactly when placed (never two), the trigger order canceled exactly when
/// canceled, its new trigger exactly when amended.
fn algo_state(
    sim: &okx_sim::Sim,
    row: &Row,
    result: Option<&str>,
    new_trigger: &str,
) -> Result<(), String> {
    let algos = sim.algo_orders();
    let (what, ok) = match row.path {
        "/api/v5/trade/order-algo" => {
            let n = algos
                .iter()
                .filter(|a| a["algoClOrdId"] == "matrix3")
                .count();
            (
                format!("{n} algo orders"),
                n == usize::from(result == Some("placed")),
            )
        }
        "/api/v5/trade/cancel-algos" => {
            let state = algos
                .first()
                .map(|a| a["state"].to_string())
                .unwrap_or_default();
            let ok = algos.len() == 1 && (state == "\"canceled\"") == (result == Some("canceled"));
            (format!("{} algo orders, state {state}", algos.len()), ok)
        }
        "/api/v5/trade/amend-algos" => {
            let t = algos
                .first()
                .map(|a| a["triggerPx"].to_string())
                .unwrap_or_default();
            let ok = algos.len() == 1
                && (t == format!("{new_trigger:?}")) == (result == Some("amended"));
            (format!("{} algo orders, trigger {t}", algos.len()), ok)
        }
        _ => return Ok(()),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{what}, okx said {result:?}"))
    }
}

/// `okx order place BTC-USDT-SWAP buy 1 …` with the matrix's client order ID and deadline.
fn swap_order(extra: &[&str]) -> Vec<String> {
    ["order", "place", SWAP, "buy", "1", "--td-mode", "cross"]
        .iter()
        .chain(extra)
        .chain(&["--cl-ord-id", "matrix1", "--expire", "1"])
        .map(|s| s.to_string())
        .collect()
}

/// The sizes of the stand-in's open BTC-USDT-SWAP positions.
fn swap_positions(sim: &okx_sim::Sim) -> Vec<String> {
    sim.positions()
        .iter()
        .filter(|p| p["instId"] == SWAP)
        .map(|p| p["pos"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// For the SWAP rows, the stand-in's state must be what okx reported: one contract's position
/// after a market buy it calls placed and none otherwise (never two), no position from a resting
/// order, one closing order and no position after a close it calls closed and the position
/// untouched otherwise, the new leverage exactly when it says set.
fn swap_state(
    sim: &okx_sim::Sim,
    sb: &Sandbox,
    row: &Row,
    result: Option<&str>,
) -> Result<(), String> {
    let done = matches!(result, Some("placed" | "closed" | "set" | "amended"));
    let positions = swap_positions(sim);
    let want: &[&str] = match (row.path, row.what) {
        (_, AMEND_ROW) => {
            let sizes: Vec<String> = sim
                .orders()
                .iter()
                .map(|o| o["sz"].as_str().unwrap_or_default().to_string())
                .collect();
            if sizes.len() != 1 || (sizes[0] == AMEND_SZ) != done {
                return Err(format!("order sizes {sizes:?}, okx said {result:?}"));
            }
            &[]
        }
        (_, SWAP_MARKET) if done => &["1"],
        (_, SWAP_MARKET | SWAP_LIMIT) => &[],
        ("/api/v5/trade/close-position", _) => {
            let closing = sim
                .orders()
                .iter()
                .filter(|o| o["clOrdId"] == "matrix2")
                .count();
            if closing != usize::from(done) {
                return Err(format!(
                    "{closing} closing orders exist, okx said {result:?}"
                ));
            }
            if done {
                &[]
            } else {
                &["1"]
            }
        }
        ("/api/v5/account/set-leverage", _) => {
            let (code, out, err) =
                run(sb
                    .okx_signed(sim)
                    .args(["leverage", SWAP, "--mgn-mode", "cross", "--json"]));
            if code != 0 {
                return Err(format!("reading the leverage back failed: {err}"));
            }
            let lever = json(&out)[0]["lever"].clone();
            let want = if done { LEVER_SET } else { LEVER_BEFORE };
            if lever != want {
                return Err(format!("the leverage is {lever}, okx said {result:?}"));
            }
            &[]
        }
        _ => return Ok(()),
    };
    if positions != want {
        return Err(format!(
            "{SWAP} positions {positions:?}, okx said {result:?}"
        ));
    }
    Ok(())
}

/// Runs one cell; returns what happened, or a description of what went wrong.
fn cell(row: &Row, f: &str) -> Result<Expect, String> {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    let last: f64 = sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT")[0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let px = format!("{:.1}", (last * 0.97).floor());
    let resting = sim.add_resting_orders(&key, "BTC-USDT", 1).remove(0);
    // Warm the instrument cache and OKX's clock, so the fault meets the command's own request.
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["candles", "BTC-USDT", "--since", "5m", "-o", "csv"]));
    if code != 0 {
        return Err(format!("warm-up failed: {err}"));
    }
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.01",
        "--price",
        &px,
        "--dry-run",
    ]));
    if code != 0 {
        return Err(format!("warm-up failed: {err}"));
    }
    let swap_last: f64 = sim_data(&sim, &format!("/api/v5/market/ticker?instId={SWAP}"))[0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let algo_above = format!("{:.1}", (swap_last * 1.1).floor());
    let algo_new = format!("{:.1}", (swap_last * 1.2).floor());
    let until = (sim.now_ms() / 60_000 - 3 * 1440) * 60_000;
    let since = until - 50 * 60_000;
    let args: Vec<String> = match (row.path, row.method) {
        ("/api/v5/public/time", _) => vec!["time".into()],
        ("/api/v5/public/instruments", _) => vec!["instruments".into()],
        ("/api/v5/market/ticker", _) => vec!["ticker".into(), "BTC-USDT".into()],
        ("/api/v5/market/tickers", _) => vec!["ticker".into(), "--type".into(), "SPOT".into()],
        ("/api/v5/market/books", _) => vec!["book".into(), "BTC-USDT".into()],
        ("/api/v5/market/candles", _) => vec![
            "candles".into(),
            "BTC-USDT".into(),
            "--limit".into(),
            "5".into(),
        ],
        ("/api/v5/market/history-candles", _) => vec![
            "candles".into(),
            "BTC-USDT".into(),
            "--since".into(),
            since.to_string(),
            "--until".into(),
            until.to_string(),
            "-o".into(),
            "csv".into(),
        ],
        ("/api/v5/public/funding-rate", _) => vec!["funding".into(), "BTC-USDT-SWAP".into()],
        ("/api/v5/public/funding-rate-history", _) => vec![
            "funding".into(),
            "BTC-USDT-SWAP".into(),
            "--since".into(),
            (until - 2 * 86_400_000).to_string(),
            "--until".into(),
            until.to_string(),
            "-o".into(),
            "csv".into(),
        ],
        ("/api/v5/account/balance", _) => vec!["balance".into()],
        ("/api/v5/trade/orders-pending", _) => vec!["order".into(), "list".into()],
        ("/api/v5/trade/orders-history", _) => vec!["order".into(), "history".into()],
        ("/api/v5/trade/order", "GET") => vec![
            "order".into(),
            "get".into(),
            "BTC-USDT".into(),
            "--ord-id".into(),
            resting.clone(),
        ],
        ("/api/v5/trade/order", "POST") if row.what == SWAP_MARKET => {
            swap_order(&["--type", "market"])
        }
        ("/api/v5/trade/order", "POST") if row.what == SWAP_LIMIT => {
            let last: f64 = sim_data(&sim, &format!("/api/v5/market/ticker?instId={SWAP}"))[0]
                ["last"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            swap_order(&["--price", &format!("{:.1}", (last * 0.97).floor())])
        }
        ("/api/v5/trade/close-position", _) => {
            // The position to close, opened through okx before the fault is armed.
            let (code, _, err) = run(sb.okx_signed(&sim).args([
                "order",
                "place",
                SWAP,
                "buy",
                "1",
                "--td-mode",
                "cross",
                "--type",
                "market",
            ]));
            if code != 0 {
                return Err(format!("opening the position failed: {err}"));
            }
            if swap_positions(&sim) != ["1"] {
                return Err(format!(
                    "opening the position left {:?}",
                    swap_positions(&sim)
                ));
            }
            ["position", "close", SWAP, "--cl-ord-id", "matrix2"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        }
        ("/api/v5/trade/amend-order", _) => [
            "order", "amend", "BTC-USDT", "--ord-id", &resting, "--size", AMEND_SZ, "--expire", "1",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        ("/api/v5/asset/transfer", _) => [
            "transfer",
            "USDT",
            "10",
            "--from",
            "funding",
            "--to",
            "trading",
            "--client-id",
            "matrix3",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        ("/api/v5/account/set-leverage", _) => {
            ["leverage", "set", SWAP, LEVER_SET, "--mgn-mode", "cross"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        }
        ("/api/v5/trade/order-algo", _) => [
            "algo",
            "place",
            SWAP,
            "buy",
            "1",
            "--td-mode",
            "cross",
            "--trigger",
            &algo_above,
            "--algo-cl-ord-id",
            "matrix3",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        ("/api/v5/trade/cancel-algos" | "/api/v5/trade/amend-algos", _) => {
            // The algo order to change, placed through okx before the fault is armed.
            let (code, out, err) = run(sb.okx_signed(&sim).args([
                "algo",
                "place",
                SWAP,
                "buy",
                "1",
                "--td-mode",
                "cross",
                "--trigger",
                &algo_above,
                "--json",
            ]));
            if code != 0 {
                return Err(format!("placing the algo order failed: {err}"));
            }
            let id = json(&out)["algoId"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let mut args = vec!["algo".to_string()];
            if row.path.ends_with("cancel-algos") {
                args.extend(["cancel".into(), SWAP.into(), "--algo-id".into(), id]);
            } else {
                args.extend([
                    "amend".into(),
                    SWAP.into(),
                    "--algo-id".into(),
                    id,
                    "--trigger".into(),
                    algo_new.clone(),
                ]);
            }
            args
        }
        ("/api/v5/trade/order", _) => [
            "order",
            "place",
            "BTC-USDT",
            "buy",
            "0.01",
            "--price",
            &px,
            "--cl-ord-id",
            "matrix1",
            "--expire",
            "1",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        _ => vec![
            "order".into(),
            "cancel".into(),
            "BTC-USDT".into(),
            "--ord-id".into(),
            resting.clone(),
        ],
    };
    sim.clear_log();
    // The method too: an order's look-ups share its path.
    sim.inject(&format!("{} {}", row.method, row.path), fault(f), 1);
    let mut cmd = sb.okx_signed(&sim);
    cmd.args(&args).args(["--timeout", "1"]);
    if !args.iter().any(|a| a == "-o") {
        cmd.arg("--json");
    }
    let (code, out, err) = run(&mut cmd);
    let result = serde_json::from_str::<Value>(&out)
        .ok()
        .and_then(|v| v.get("result").and_then(Value::as_str).map(str::to_string));
    // Never a duplicate, never a lost one.
    if row.method == "POST" {
        let posts = sim
            .log()
            .iter()
            .filter(|e| e.path == row.path && e.method == "POST")
            .count();
        if posts != 1 {
            return Err(format!("{posts} POSTs sent"));
        }
        if row.path == "/api/v5/trade/order" {
            let n = sim
                .orders()
                .iter()
                .filter(|o| o["clOrdId"] == "matrix1")
                .count();
            let want = usize::from(result.as_deref() == Some("placed"));
            if n != want {
                return Err(format!("{n} orders exist, okx said {result:?}"));
            }
        }
        if row.path == "/api/v5/asset/transfer" {
            // Made once exactly when okx says transferred, and the money moved with it.
            let made = sim.transfers(&key).len();
            let want = usize::from(result.as_deref() == Some("transferred"));
            let funding = sim.funding_balance(&key, "USDT").unwrap_or_default().0;
            let want_funding = if want == 1 { "2490" } else { "2500" };
            if made != want || funding != want_funding {
                return Err(format!(
                    "{made} transfers made, funding USDT {funding}, okx said {result:?}"
                ));
            }
        }
        swap_state(&sim, &sb, row, result.as_deref())?;
        algo_state(&sim, row, result.as_deref(), &algo_new)?;
    }
    if code != 0
        && err
            .lines()
            .filter(|l| l.starts_with("okx: error: "))
            .count()
            != 1
    {
        return Err(format!("no clear error: {err}"));
    }
    let got = Expect {
        exit: code,
        result: result.and_then(|r| {
            [
                "placed",
                "not_placed",
                "rejected",
                "canceled",
                "not_canceled",
                "closed",
                "not_closed",
                "set",
                "not_set",
                "amended",
                "not_amended",
                "transferred",
                "not_transferred",
                "unknown",
            ]
            .into_iter()
            .find(|k| *k == r)
        }),
    };
    let want = (row.expect)(f);
    if got != want {
        return Err(format!("got {got:?}, want {want:?}; stderr: {err}"));
    }
    Ok(got)
}

fn describe(e: Expect, f: &str) -> String {
    match (e.exit, e.result) {
        (0, Some(r)) => r.to_string(),
        (0, None) if f == "code_number" || f == "extra_fields" || f == "empty_data" => "ok".into(),
        (0, None) => "ok, retried".into(),
        (code, Some(r)) => format!("{r}, exit {code}"),
        (code, None) => format!("error, exit {code}"),
    }
}

#[test]
fn every_endpoint_under_every_fault() {
    let cells: Vec<(usize, usize)> = (0..ROWS.len())
        .flat_map(|r| (0..FAULTS.len()).map(move |f| (r, f)))
        .collect();
    let mut results = vec![Err::<Expect, String>("not run".into()); cells.len()];
    // Cells mostly wait (back-off, deadlines): run them a batch at a time.
    for (batch_no, batch) in cells.chunks(12).enumerate() {
        std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&(r, f)| s.spawn(move || cell(&ROWS[r], FAULTS[f].0)))
                .collect();
            for (i, h) in handles.into_iter().enumerate() {
                results[batch_no * 12 + i] =
                    h.join().unwrap_or_else(|_| Err("the cell panicked".into()));
            }
        });
    }
    let failures: Vec<String> = cells
        .iter()
        .zip(&results)
        .filter_map(|(&(r, f), res)| {
            res.as_ref()
                .err()
                .map(|e| format!("{} {} × {}: {e}", ROWS[r].method, ROWS[r].path, FAULTS[f].0))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cells failed:\n{}",
        failures.len(),
        cells.len(),
        failures.join("\n")
    );

    // The page: one row per endpoint, one column per fault.
    let mut doc = String::from(
        "# Fault matrix\n\n\
         Generated by `tests/cli/fault_matrix.rs` (refresh: `OKX_BLESS=1 cargo test --test cli fault_matrix`).\n\
         Each cell injects the fault once, with the stand-in (`okx-sim`), on that endpoint while the real `okx` binary\n\
         runs the command named, with `--timeout 1` and, for orders, `--expire 1`. Every cell is checked: the exit code,\n\
         the reported result for order commands, one clear error line, and for POSTs that exactly one was sent and\n\
         that the orders the stand-in holds are the ones okx reports (never two). The SWAP rows check the stand-in's\n\
         state too: one contract's position after a market buy okx calls placed and none otherwise, none from a\n\
         resting order, a closed position and one closing order exactly when okx says closed (the position is opened\n\
         with a market order before each close), and the new leverage exactly when okx says set. The amend row checks\n\
         that the resting order has the new size exactly when okx says amended, and still one order. The transfer row\n\
         checks that the stand-in made one transfer, and moved the money, exactly when okx says transferred.\n\n",
    );
    doc.push_str(&format!(
        "**{} endpoint-fault combinations, {} as expected, 0 duplicate orders, amends, positions, closes, leverage changes or transfers.**\n\n",
        cells.len(),
        results.iter().filter(|r| r.is_ok()).count()
    ));
    doc.push_str("| endpoint | command |");
    for (_, label) in FAULTS {
        doc.push_str(&format!(" {label} |"));
    }
    doc.push_str("\n| --- | --- |");
    doc.push_str(&" --- |".repeat(FAULTS.len()));
    doc.push('\n');
    for (r, row) in ROWS.iter().enumerate() {
        doc.push_str(&format!("| {} {} | {} |", row.method, row.path, row.what));
        for (f, (name, _)) in FAULTS.iter().enumerate() {
            let e = results[r * FAULTS.len() + f]
                .as_ref()
                .map(|e| describe(*e, name))
                .unwrap_or_default();
            doc.push_str(&format!(" {e} |"));
        }
        doc.push('\n');
    }
    doc.push_str(
        "\nReading it: `ok, retried` means the read was sent again after the fault and succeeded; a timeout is not\n\
         retried (exit 6), as the user chose how long to wait. Order commands never resend: `placed` and `canceled`\n\
         were confirmed by looking the order up, `not_placed` by its absence after its expTime deadline on OKX's clock,\n\
         `not_canceled` by the order still being open. A close or a leverage change is done when OKX's answer\n\
         names it (its instrument and client order ID, or its leverage); after a lost or untrusted answer `closed`\n\
         is the closing order found by its client order ID or the position gone, and `unknown, exit 7` the position\n\
         still open with no closing order after several looks: a close carries no expTime, so OKX could still apply\n\
         it; `set`/`not_set` is the leverage read back (idempotent, so a late duplicate sets the same value); `amended` is the order\n\
         showing the new size, `not_amended` its old size twice after the amend's expTime deadline on OKX's clock. `rejected, exit 6` is OKX refusing\n\
         before processing (rate limit, busy), so trying again later is safe. Algo orders (`okx algo`) carry no\n\
         deadline either: a placement is `placed` when found by its algoClOrdId and `unknown, exit 7` when still\n\
         absent after several looks (OKX could still process it, so it is never called not placed); an algo cancel\n\
         or amend is settled by the algo order's state or values read back (`not_canceled`/`not_amended`: still live\n\
         or unchanged; both are safe to send again). A transfer is `transferred` when\n\
         `transfer-state` shows it under its client ID (or its transId) as success, `not_transferred` when OKX has no\n\
         transfer under its client ID after several looks: sending it again with that `--client-id` is safe, since OKX\n\
         refuses a client ID it already has.\n",
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/fault-matrix.md");
    if std::env::var_os("OKX_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &doc).unwrap();
    } else {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(committed, doc, "docs/fault-matrix.md is stale: refresh it with OKX_BLESS=1 cargo test --test cli fault_matrix");
    }
}
