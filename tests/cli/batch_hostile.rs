//! `okx order batch` as a hostile tester tried it (the review of issue 15): a reused client
//! order ID after a lost batch, a post-only row OKX cancels at once, fields okx does not know,
//! Ctrl-C in the middle of a long file, and CSV as spreadsheets write it.

use std::time::Duration;

use okx_sim::{Fault, Sim};
use serde_json::Value;

use crate::support::*;

const BATCH: &str = "/api/v5/trade/batch-orders";

fn below_market(sim: &Sim, inst: &str, pct: i64) -> rust_decimal::Decimal {
    let t = &sim_data(sim, &format!("/api/v5/market/ticker?instId={inst}"))[0];
    let last: rust_decimal::Decimal = t["last"].as_str().unwrap().parse().unwrap();
    (last * rust_decimal::Decimal::from(pct) / rust_decimal::Decimal::from(100)).floor()
}

/// OKX lets a client order ID be reused once its order is finished (okx-v5-facts §3, clOrdId),
/// and a look-up by clOrdId returns the latest order. `okx order place` refuses a given ID that
/// already names an order (`lookup::ensure_unused`); `okx order batch place` does not, so after a
/// lost batch answer the row's look-up finds yesterday's order with the same terms and reports
/// it `placed`, though nothing was placed.
#[test]
fn a_lost_batch_never_reports_an_older_order_under_a_reused_cl_ord_id_as_placed() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim, "BTC-USDT", 90).to_string();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.0001",
        "--price",
        &px,
        "--cl-ord-id",
        "grid1",
    ]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["order", "cancel", "BTC-USDT", "--cl-ord-id", "grid1"]));
    assert_eq!(code, 0, "{err}");
    let file = sb.path().join("rows.csv");
    std::fs::write(
        &file,
        format!("instId,side,sz,px,clOrdId\nBTC-USDT,buy,0.0001,{px},grid1\n"),
    )
    .unwrap();
    sim.inject(&format!("POST {BATCH}"), Fault::ResetBeforeProcessing, 1);
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    let on_sim = sim
        .orders()
        .into_iter()
        .filter(|o| o["clOrdId"] == "grid1")
        .count();
    assert_eq!(on_sim, 1, "the batch never reached the book");
    let placed = ndjson(&out)
        .iter()
        .filter(|r| r["result"] == "placed")
        .count();
    assert_eq!(
        placed, 0,
        "exit {code}: a row reported placed though nothing was placed: {out}\n{err}"
    );
}

/// A post-only order that would take liquidity is accepted (`sCode` 0) and canceled by OKX at
/// once. `okx order place` says so (exit 8); `okx order batch place` reports it `placed`,
/// exit 0: a grid row silently missing from the book.
#[test]
fn a_post_only_row_that_okx_cancels_is_not_reported_placed_with_exit_0() {
    let sim = sim();
    let sb = Sandbox::new();
    let t = &sim_data(&sim, "/api/v5/market/ticker?instId=BTC-USDT")[0];
    let ask: rust_decimal::Decimal = t["askPx"].as_str().unwrap().parse().unwrap();
    let cross = (ask + rust_decimal::Decimal::from(50)).to_string();
    let rest = below_market(&sim, "BTC-USDT", 90).to_string();
    let file = sb.path().join("rows.csv");
    std::fs::write(
        &file,
        format!(
            "instId,side,sz,px,ordType\nBTC-USDT,buy,0.0001,{rest},post_only\nBTC-USDT,buy,0.0001,{cross},post_only\n"
        ),
    )
    .unwrap();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    let live = sim
        .orders()
        .into_iter()
        .filter(|o| o["state"] == "live")
        .count();
    assert_eq!(live, 1, "OKX canceled the crossing post-only order");
    assert_ne!(
        code, 0,
        "one of two rows is not on the book, yet exit 0: {out}\n{err}"
    );
}

/// A field okx does not know (a typo, or a TP/SL field the batch does not carry) is dropped
/// without a word: `reduce_only` for `reduceOnly` turns a closing order into an opening one,
/// `slTriggerPx` leaves a position without its stop. It must refuse the file, sending nothing.
#[test]
fn an_unknown_field_refuses_the_file() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim, "BTC-USDT", 90).to_string();
    for row in [
        format!(
            r#"{{"instId":"BTC-USDT","side":"buy","sz":"0.0001","px":"{px}","reduce_only":true}}"#
        ),
        format!(
            r#"{{"instId":"BTC-USDT","side":"buy","sz":"0.0001","px":"{px}","slTriggerPx":"1000"}}"#
        ),
    ] {
        let file = sb.path().join("rows.ndjson");
        std::fs::write(&file, format!("{row}\n")).unwrap();
        let (code, _, err) = run(sb
            .okx_signed(&sim)
            .args(["order", "batch", "place"])
            .arg(&file));
        assert_eq!(code, 2, "{row}: {err}");
        assert!(requests_to(&sim, BATCH).is_empty(), "{row}: sent");
    }
}

/// Ctrl-C while a long file is being sent: the batches already sent must still be reported row
/// by row (and the rest named as not sent); today every result is dropped and okx says only
/// "interrupted before a batch was sent", though hundreds of orders are on the book under
/// client order IDs the user never saw.
#[test]
fn an_interrupted_batch_still_reports_the_rows_already_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim, "BTC-USDT", 90);
    let rows: String = (0..700)
        .map(|i| {
            format!(
                "{{\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"sz\":\"0.0001\",\"px\":\"{}\"}}\n",
                px - rust_decimal::Decimal::from(i)
            )
        })
        .collect();
    let file = sb.path().join("rows.ndjson");
    std::fs::write(&file, rows).unwrap();
    let child = sb
        .okx_process(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // 300 orders per 2 s on one instrument: the file takes more than 4 s.
    wait_for("the first batches", || sim.orders().len() >= 100);
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let (_code, out, err) = finish(child, Duration::from_secs(60));
    let on_sim = sim.orders().len();
    assert!(on_sim < 700, "interrupted too late to show anything");
    let reported: Vec<Value> = ndjson(&out)
        .into_iter()
        .filter(|r| r["result"] == "placed")
        .collect();
    assert_eq!(
        reported.len(),
        on_sim,
        "{on_sim} orders on the book, {} reported placed\n{err}",
        reported.len()
    );
}

/// A spreadsheet's CSV: a byte-order mark, quoted header cells, a quoted cell holding a comma
/// and a quote. Read as RFC 4180 says; one order placed with exactly that tag.
#[test]
fn csv_as_spreadsheets_write_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = below_market(&sim, "BTC-USDT", 90).to_string();
    let file = sb.path().join("rows.csv");
    std::fs::write(
        &file,
        format!("\u{feff}\"instId\",\"side\",\"sz\",\"px\",\"tag\"\r\nBTC-USDT,buy,0.0001,\"{px}\",\"grid\"\r\n"),
    )
    .unwrap();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file)
        .args(["-o", "ndjson"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(ndjson(&out).len(), 1);
    let orders = sim.orders();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0]["tag"], "grid");
    // A price written with a thousands separator is refused, naming the field.
    std::fs::write(&file, "instId,side,sz,px\nBTC-USDT,buy,0.0001,\"40,000\"\n").unwrap();
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("line 2") && err.contains("px"), "{err}");
    assert!(!err.contains("--price"), "{err}");
    // A column named twice is refused.
    std::fs::write(
        &file,
        format!("instId,side,sz,px,px\nBTC-USDT,buy,0.0001,{px},{px}\n"),
    )
    .unwrap();
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .args(["order", "batch", "place"])
        .arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("named twice"), "{err}");
    assert_eq!(requests_to(&sim, BATCH).len(), 1);
}
