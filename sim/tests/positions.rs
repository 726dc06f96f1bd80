//! Derivatives over real sockets: SWAP orders that open, add to, reduce, flip and close positions
//! in net and long/short mode (linear and inverse) with PnL checked against a hand computation,
//! OKX's refusals (posSide, reduce-only, tdMode, account mode, margin), position mode, leverage,
//! isolated margin, max-size, trade fees, attached TP/SL, close-position, positions-history, and
//! faults on the new endpoints.
//!
//! Prices are under the test's control: limit orders rest away from the generated market and
//! `Sim::trade_at` fills them as makers at their own price.

mod common;

use std::fmt;
use std::ops::{Add, Neg, Sub};

use okx_sim::{Account, Fault, Sim, SimConfig};
use serde_json::{json, Value};

/// An exact decimal with 18 places, computed here independently of the stand-in's arithmetic:
/// products and quotients are rounded toward zero, as the stand-in documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct D(i128);

const SCALE: i128 = 1_000_000_000_000_000_000;

fn d(text: &str) -> D {
    let (neg, t) = text.strip_prefix('-').map_or((false, text), |r| (true, r));
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let frac = format!("{frac:0<18}");
    let v = int.parse::<i128>().unwrap() * SCALE + frac.parse::<i128>().unwrap();
    D(if neg { -v } else { v })
}

fn n(v: i64) -> D {
    D(i128::from(v) * SCALE)
}

impl D {
    /// Product with a factor that has at most `dec` decimals (keeps the product in 128 bits).
    fn times(self, f: &str) -> D {
        let f = d(f);
        D(self.0 * (f.0 / 1_000_000_000_000) / 1_000_000)
    }

    fn over(self, o: D) -> D {
        // self × 10^18 / o, in two steps that stay in 128 bits for the values used here.
        let q = self.0 / o.0;
        let r = self.0 % o.0;
        D(q * SCALE
            + r * 1_000_000_000 / o.0 * 1_000_000_000
            + (r * 1_000_000_000 % o.0) * 1_000_000_000 / o.0)
    }

    fn bp(self, n: i128) -> D {
        D(self.0 * n / 10_000)
    }
}

impl Add for D {
    type Output = D;
    fn add(self, o: D) -> D {
        D(self.0 + o.0)
    }
}

impl Sub for D {
    type Output = D;
    fn sub(self, o: D) -> D {
        D(self.0 - o.0)
    }
}

impl Neg for D {
    type Output = D;
    fn neg(self) -> D {
        D(-self.0)
    }
}

impl fmt::Display for D {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        let frac = format!("{:018}", a % SCALE as u128);
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            write!(f, "{sign}{}", a / SCALE as u128)
        } else {
            write!(f, "{sign}{}.{frac}", a / SCALE as u128)
        }
    }
}

fn start() -> Sim {
    Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap()
}

fn call(sim: &Sim, a: &Account, method: &str, target: &str, body: &str) -> (u16, Value) {
    common::signed(sim, a, method, target, body)
}

fn get(sim: &Sim, target: &str) -> Value {
    let (status, v) = call(sim, &Account::live(), "GET", target, "");
    assert_eq!(status, 200, "{target}: {v}");
    v
}

fn post(sim: &Sim, path: &str, body: Value) -> Value {
    call(sim, &Account::live(), "POST", path, &body.to_string()).1
}

/// Places an order; returns the item (`sCode`, `sMsg`, `ordId`).
fn order(sim: &Sim, body: Value) -> Value {
    post(sim, "/api/v5/trade/order", body)["data"][0].clone()
}

fn placed(sim: &Sim, body: Value) -> String {
    let item = order(sim, body.clone());
    assert_eq!(item["sCode"], "0", "{body} → {item}");
    item["ordId"].as_str().unwrap().to_string()
}

fn refused(sim: &Sim, body: Value, code: &str, msg: &str) {
    let item = order(sim, body.clone());
    assert_eq!(item["sCode"], code, "{body} → {item}");
    assert!(
        item["sMsg"].as_str().unwrap().contains(msg),
        "{body} → {item}"
    );
}

/// A whole number of hundreds, about the instrument's mark price (the base of the test prices).
fn base(sim: &Sim, inst_id: &str) -> i64 {
    let v = common::http(
        sim,
        "GET",
        &format!("/api/v5/public/mark-price?instType=SWAP&instId={inst_id}"),
        &[],
        "",
    )
    .1;
    let px: f64 = v["data"][0]["markPx"].as_str().unwrap().parse().unwrap();
    (px / 100.0) as i64 * 100
}

fn position(sim: &Sim, inst_id: &str, side: &str) -> Option<Value> {
    let v = get(sim, &format!("/api/v5/account/positions?instId={inst_id}"));
    v["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["posSide"] == side)
        .cloned()
}

fn detail(sim: &Sim, ccy: &str) -> Value {
    get(sim, &format!("/api/v5/account/balance?ccy={ccy}"))["data"][0]["details"][0].clone()
}

fn history(sim: &Sim, query: &str) -> Vec<Value> {
    get(sim, &format!("/api/v5/account/positions-history{query}"))["data"]
        .as_array()
        .unwrap()
        .clone()
}

fn text(v: &Value) -> D {
    d(v.as_str().unwrap_or_else(|| panic!("not text: {v}")))
}

/// A limit order resting away from the market, then filled by the market trading at its price.
fn fill_at(sim: &Sim, inst_id: &str, mut body: Value, px: i64) -> String {
    body["instId"] = inst_id.into();
    body["ordType"] = "limit".into();
    body["px"] = px.to_string().into();
    let id = placed(sim, body);
    assert_eq!(sim.trade_at(inst_id, &px.to_string(), None), 1);
    id
}

fn order_state(sim: &Sim, inst_id: &str, key: &str, id: &str) -> Value {
    get(
        sim,
        &format!("/api/v5/trade/order?instId={inst_id}&{key}={id}"),
    )["data"][0]
        .clone()
}

const SWAP: &str = "BTC-USDT-SWAP";
const INVERSE: &str = "BTC-USD-SWAP";

#[test]
fn net_mode_linear_open_add_reduce_flip_close() {
    let sim = start();
    let set = post(
        &sim,
        "/api/v5/account/set-leverage",
        json!({"instId": SWAP, "lever": "10", "mgnMode": "cross"}),
    );
    assert_eq!(
        set["data"][0],
        json!({"lever": "10", "mgnMode": "cross", "instId": SWAP, "posSide": ""})
    );
    let b = base(&sim, SWAP);
    let (pa, pa2, pb, pb2) = (b - 500, b - 800, b + 500, b + 700);
    let (a, a2, bb, bb2) = (n(pa), n(pa2), n(pb), n(pb2));
    let buy = json!({"tdMode": "cross", "side": "buy", "sz": "2"});

    // Open: 2 contracts rest at A (their margin frozen), then fill as the maker.
    let body = json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "2", "px": pa.to_string()});
    let id = placed(&sim, body);
    let margin1 = a.times("0.002"); // 2 × 0.01 × A / 10
    assert_eq!(text(&detail(&sim, "USDT")["ordFrozen"]), margin1);
    assert!(position(&sim, SWAP, "net").is_none());
    assert_eq!(sim.trade_at(SWAP, &pa.to_string(), None), 1);
    let o = order_state(&sim, SWAP, "ordId", &id);
    assert_eq!(
        (
            &o["state"],
            &o["instType"],
            &o["tdMode"],
            &o["posSide"],
            &o["lever"]
        ),
        (
            &json!("filled"),
            &json!("SWAP"),
            &json!("cross"),
            &json!("net"),
            &json!("10")
        )
    );
    let fee1 = a.times("0.000004"); // 2 × 0.01 × A × 0.02 %
    assert_eq!(text(&o["fee"]), -fee1);
    assert_eq!(o["feeCcy"], "USDT");
    let p = position(&sim, SWAP, "net").unwrap();
    assert_eq!((text(&p["pos"]), text(&p["avgPx"])), (n(2), a));
    assert_eq!(p["margin"], "", "cross positions show imr, not margin");
    let usdt = detail(&sim, "USDT");
    assert_eq!(text(&usdt["frozenBal"]), margin1);
    assert_eq!(usdt["ordFrozen"], "0");
    assert_eq!(text(&usdt["cashBal"]), n(10_000) - fee1);

    // Add 1 at A − 300: average A − 100.
    fill_at(&sim, SWAP, buy.clone().tap("sz", "1"), pa2);
    let fee2 = a2.times("0.000002");
    let p = position(&sim, SWAP, "net").unwrap();
    assert_eq!((text(&p["pos"]), text(&p["avgPx"])), (n(3), n(pa - 100)));
    let margin = margin1 + a2.times("0.001");
    // Unrealised PnL on the mark price the object shows.
    let mark = text(&p["markPx"]);
    assert_eq!(text(&p["upl"]), (mark - n(pa - 100)).times("0.03"));
    assert_eq!(text(&p["uplRatio"]), text(&p["upl"]).over(margin));
    assert_eq!(text(&p["notionalUsd"]), mark.times("0.03"));
    assert_eq!(text(&p["imr"]), mark.times("0.003"));
    assert_eq!(p["lever"], "10");
    assert_eq!(text(&p["fee"]), -(fee1 + fee2));
    // Cross: the whole available balance stands behind it; no positive price liquidates it.
    assert_eq!(p["liqPx"], "");

    // Reduce 1 at B: (B − (A − 100)) × 0.01 = 11 USDT realised.
    fill_at(
        &sim,
        SWAP,
        json!({"tdMode": "cross", "side": "sell", "sz": "1", "reduceOnly": true}),
        pb,
    );
    let fee3 = bb.times("0.000002");
    let p = position(&sim, SWAP, "net").unwrap();
    assert_eq!(text(&p["pos"]), n(2));
    assert_eq!(text(&p["pnl"]), n(11));
    assert_eq!(text(&p["realizedPnl"]), n(11) - fee1 - fee2 - fee3);
    let h = history(&sim, "");
    assert_eq!(h.len(), 1);
    assert_eq!(
        (&h[0]["type"], &h[0]["closeTotalPos"]),
        (&json!("1"), &json!("1"))
    );
    assert_eq!(text(&h[0]["closeAvgPx"]), bb);
    // Two thirds of the margin stay posted.
    assert_eq!(
        text(&detail(&sim, "USDT")["frozenBal"]),
        margin - margin.over(n(3))
    );

    // Flip: sell 4 at B + 200 closes 2 (1300 × 0.02 = 26 USDT) and opens a 2-contract short.
    fill_at(
        &sim,
        SWAP,
        json!({"tdMode": "cross", "side": "sell", "sz": "4"}),
        pb2,
    );
    let fee4_close = bb2.times("0.000004");
    let fee4_open = bb2.times("0.000004");
    let p = position(&sim, SWAP, "net").unwrap();
    assert_eq!((text(&p["pos"]), text(&p["avgPx"])), (n(-2), bb2));
    assert_eq!(text(&p["pnl"]), n(0), "a new lifecycle");
    assert_eq!(text(&p["fee"]), -fee4_open);
    let h = history(&sim, "");
    assert_eq!(h.len(), 1, "{h:?}");
    let first = &h[0];
    assert_eq!(first["type"], "2");
    assert_eq!(first["direction"], "long");
    assert_eq!(first["openMaxPos"], "3");
    assert_eq!(first["closeTotalPos"], "3");
    assert_eq!(text(&first["openAvgPx"]), n(pa - 100));
    // (B × 1 + (B + 200) × 2) / 3
    assert_eq!(text(&first["closeAvgPx"]), bb + n(400).over(n(3)));
    assert_eq!(text(&first["pnl"]), n(37));
    let fees = fee1 + fee2 + fee3 + fee4_close;
    assert_eq!(text(&first["fee"]), -fees);
    assert_eq!(text(&first["realizedPnl"]), n(37) - fees);
    assert_eq!(first["posId"], p["posId"], "the slot keeps its posId");
    let usdt = detail(&sim, "USDT");
    let cash = n(10_000) + n(37) - fees - fee4_open;
    assert_eq!(text(&usdt["cashBal"]), cash);
    assert_eq!(text(&usdt["frozenBal"]), bb2.times("0.002"));

    // Close the short at the market, by client order ID; later in time, so positions-history
    // can page by uTime.
    sim.set_clock_offset_ms(1_000);
    let closed = post(
        &sim,
        "/api/v5/trade/close-position",
        json!({"instId": SWAP, "mgnMode": "cross", "clOrdId": "closeShort1", "tag": "t1"}),
    );
    assert_eq!(
        closed,
        json!({"code": "0", "msg": "", "data": [{"instId": SWAP, "posSide": "net", "clOrdId": "closeShort1", "tag": "t1"}]})
    );
    let o = order_state(&sim, SWAP, "clOrdId", "closeShort1");
    assert_eq!(
        (&o["state"], &o["side"], &o["ordType"]),
        (&json!("filled"), &json!("buy"), &json!("market"))
    );
    assert_eq!((&o["reduceOnly"], &o["sz"]), (&json!("true"), &json!("2")));
    let f = text(&o["fillPx"]);
    let pnl = (bb2 - f).times("0.02");
    let fee5 = f.times("0.00001"); // taker: 2 × 0.01 × F × 0.05 %
    assert_eq!(text(&o["pnl"]), pnl);
    assert_eq!(text(&o["fee"]), -fee5);
    assert!(position(&sim, SWAP, "net").is_none());
    let usdt = detail(&sim, "USDT");
    assert_eq!(text(&usdt["cashBal"]), cash + pnl - fee5);
    assert_eq!(usdt["frozenBal"], "0");
    let h = history(&sim, "");
    assert_eq!(h.len(), 2);
    assert_eq!(
        (&h[0]["direction"], &h[0]["type"]),
        (&json!("short"), &json!("2"))
    );
    assert_eq!(text(&h[0]["pnl"]), pnl);
    assert_eq!(text(&h[0]["realizedPnl"]), pnl - fee4_open - fee5);
    assert_eq!(text(&h[0]["closeAvgPx"]), f);
    let newest = h[0]["uTime"].as_str().unwrap();
    assert_eq!(history(&sim, "?limit=1"), vec![h[0].clone()]);
    assert_eq!(
        history(&sim, &format!("?after={newest}")),
        vec![h[1].clone()]
    );
    assert!(history(&sim, &format!("?before={newest}")).is_empty());
    assert_eq!(history(&sim, "?instType=FUTURES").len(), 0);
    assert_eq!(history(&sim, "?mgnMode=cross&type=2").len(), 2);
    // Nothing left to close.
    let again = post(
        &sim,
        "/api/v5/trade/close-position",
        json!({"instId": SWAP, "mgnMode": "cross"}),
    );
    assert_eq!(again["code"], "51023");
}

/// JSON builder shorthand: `value.tap(key, text)` sets a string field.
trait Tap {
    fn tap(self, key: &str, v: &str) -> Value;
}

impl Tap for Value {
    fn tap(mut self, key: &str, v: &str) -> Value {
        self[key] = v.into();
        self
    }
}

/// 100 USD of face at `px` in BTC, rounded toward zero (one inverse contract's value).
fn coin(px: i64) -> D {
    n(100).over(n(px))
}

#[test]
fn long_short_mode_inverse_isolated() {
    let sim = start();
    let mode = post(
        &sim,
        "/api/v5/account/set-position-mode",
        json!({"posMode": "long_short_mode"}),
    );
    assert_eq!(mode["data"][0]["posMode"], "long_short_mode");
    assert_eq!(
        get(&sim, "/api/v5/account/config")["data"][0]["posMode"],
        "long_short_mode"
    );
    // Isolated leverage per side: long 5, short untouched (3).
    let set = |body: Value| post(&sim, "/api/v5/account/set-leverage", body);
    assert_eq!(
        set(json!({"instId": INVERSE, "lever": "5", "mgnMode": "isolated"}))["code"],
        "51000",
        "posSide is required for isolated in long/short mode"
    );
    assert_eq!(
        set(json!({"instId": INVERSE, "lever": "5", "mgnMode": "isolated", "posSide": "long"}))
            ["data"][0]["posSide"],
        "long"
    );
    assert_eq!(
        set(json!({"instId": INVERSE, "lever": "5", "mgnMode": "cross", "posSide": "long"}))
            ["code"],
        "51000",
        "posSide only for isolated"
    );
    let info = get(
        &sim,
        &format!("/api/v5/account/leverage-info?instId={INVERSE}&mgnMode=isolated"),
    );
    assert_eq!(
        info["data"],
        json!([
            {"instId": INVERSE, "ccy": "", "mgnMode": "isolated", "posSide": "long", "lever": "5"},
            {"instId": INVERSE, "ccy": "", "mgnMode": "isolated", "posSide": "short", "lever": "3"}
        ])
    );

    // posSide is required, and must be long or short.
    let buy = json!({"instId": INVERSE, "tdMode": "isolated", "side": "buy", "ordType": "market", "sz": "1"});
    refused(&sim, buy.clone(), "51000", "Parameter posSide error");
    refused(
        &sim,
        buy.clone().tap("posSide", "net"),
        "51000",
        "Parameter posSide error",
    );
    // Closing what is not there.
    refused(
        &sim,
        buy.clone().tap("side", "sell").tap("posSide", "long"),
        "51169",
        "don't have any positions in this direction",
    );

    // Open a long: 1 at 60000 and 1 at 40000; the harmonic mean is 48000.
    let long = json!({"tdMode": "isolated", "side": "buy", "posSide": "long", "sz": "1"});
    fill_at(&sim, INVERSE, long.clone(), 60_000);
    fill_at(&sim, INVERSE, long.clone(), 40_000);
    let p = position(&sim, INVERSE, "long").unwrap();
    assert_eq!((text(&p["pos"]), text(&p["avgPx"])), (n(2), n(48_000)));
    assert_eq!(
        (&p["mgnMode"], &p["ccy"], &p["lever"]),
        (&json!("isolated"), &json!("BTC"), &json!("5"))
    );
    // Margin 100/(60000 × 5) + 100/(40000 × 5); fees 0.02 % of each fill's coin value.
    let margin = n(100).over(n(300_000)) + n(100).over(n(200_000));
    assert_eq!(text(&p["margin"]), margin);
    let fees = coin(60_000).bp(2) + coin(40_000).bp(2);
    assert_eq!(text(&p["fee"]), -fees);
    assert_eq!(p["imr"], "");
    assert_eq!(text(&p["notionalUsd"]), n(200));
    let mark = text(&p["markPx"]);
    assert_eq!(text(&p["upl"]), n(200).over(n(48_000)) - n(200).over(mark));
    // Isolated liquidation: 200 × 1.004 / (margin + 200/48000), to the tick.
    let liq = n(200).times("1.004").over(margin + n(200).over(n(48_000)));
    assert_eq!(
        text(&p["liqPx"]),
        D(liq.0 / 100_000_000_000_000_000 * 100_000_000_000_000_000)
    );
    let btc = detail(&sim, "BTC");
    assert_eq!(text(&btc["frozenBal"]), margin);
    assert_eq!(text(&btc["cashBal"]), d("0.5") - fees);
    assert_eq!(text(&btc["isoEq"]), margin + text(&p["upl"]));

    // Isolated margin: add 0.001 BTC, then reducing beyond the requirement is refused.
    let adjust = |kind: &str, amt: &str, side: &str| {
        post(
            &sim,
            "/api/v5/account/position/margin-balance",
            json!({"instId": INVERSE, "posSide": side, "type": kind, "amt": amt}),
        )
    };
    let added = adjust("add", "0.001", "long");
    assert_eq!(added["code"], "0", "{added}");
    assert_eq!(
        (
            &added["data"][0]["amt"],
            &added["data"][0]["type"],
            &added["data"][0]["ccy"]
        ),
        (&json!("0.001"), &json!("add"), &json!("BTC"))
    );
    let margin = margin + d("0.001");
    assert_eq!(
        text(&position(&sim, INVERSE, "long").unwrap()["margin"]),
        margin
    );
    assert_eq!(text(&detail(&sim, "BTC")["frozenBal"]), margin);
    assert_eq!(adjust("reduce", "0.5", "long")["code"], "59301");
    assert_eq!(adjust("reduce", "0.0005", "long")["code"], "0");
    let margin = margin - d("0.0005");
    assert_eq!(adjust("add", "0.001", "short")["code"], "59300");
    assert_eq!(adjust("add", "5", "long")["code"], "59200");
    assert_eq!(adjust("move", "1", "long")["code"], "51000");

    // Reduce the long by 1 at S: 100/48000 − 100/S BTC realised; half the margin released.
    let s = base(&sim, INVERSE) + 500;
    let sell_long = json!({"tdMode": "isolated", "side": "sell", "posSide": "long", "sz": "1"});
    fill_at(&sim, INVERSE, sell_long.clone(), s);
    let pnl = coin(48_000) - coin(s);
    let p = position(&sim, INVERSE, "long").unwrap();
    assert_eq!(text(&p["pos"]), n(1));
    assert_eq!(text(&p["pnl"]), pnl);
    let half = D(margin.0 / 2);
    assert_eq!(text(&p["margin"]), margin - half);
    // Only 1 left to close.
    refused(
        &sim,
        sell_long
            .clone()
            .tap("sz", "2")
            .tap("ordType", "market")
            .tap("instId", INVERSE),
        "51112",
        "exceeds available size",
    );

    // A short beside it; a closing buy larger than it is refused; reduceOnly is ignored here.
    fill_at(
        &sim,
        INVERSE,
        json!({"tdMode": "isolated", "side": "sell", "posSide": "short", "sz": "2"}),
        s + 100,
    );
    let short = position(&sim, INVERSE, "short").unwrap();
    assert_eq!((text(&short["pos"]), &short["lever"]), (n(2), &json!("3")));
    assert_ne!(short["posId"], p["posId"]);
    let close_short = json!({"instId": INVERSE, "tdMode": "isolated", "side": "buy", "posSide": "short", "ordType": "limit", "px": "30000", "sz": "3"});
    refused(&sim, close_short.clone(), "51112", "exceeds available size");
    let resting = placed(
        &sim,
        close_short.clone().tap("sz", "1").tap("reduceOnly", "true"),
    );
    assert_eq!(
        order_state(&sim, INVERSE, "ordId", &resting)["reduceOnly"],
        "false"
    );
    // One contract is promised to that order: 2 more cannot close.
    refused(
        &sim,
        close_short.clone().tap("sz", "2"),
        "51112",
        "exceeds available size",
    );
    // close-position refuses while it rests, unless told to cancel it.
    let close = |body: Value| post(&sim, "/api/v5/trade/close-position", body);
    let r = close(json!({"instId": INVERSE, "mgnMode": "isolated", "posSide": "short"}));
    assert_eq!(r["code"], "51115", "{r}");
    let r = close(
        json!({"instId": INVERSE, "mgnMode": "isolated", "posSide": "short", "autoCxl": true}),
    );
    assert_eq!(r["code"], "0", "{r}");
    assert_eq!(
        order_state(&sim, INVERSE, "ordId", &resting)["state"],
        "canceled"
    );
    assert!(position(&sim, INVERSE, "short").is_none());

    // Close the long; then it is gone.
    let r = close(json!({"instId": INVERSE, "mgnMode": "isolated"}));
    assert_eq!(r["code"], "51000", "posSide is required in long/short mode");
    let r = close(
        json!({"instId": INVERSE, "mgnMode": "isolated", "posSide": "long", "clOrdId": "cl1"}),
    );
    assert_eq!(r["data"][0]["posSide"], "long");
    let o = order_state(&sim, INVERSE, "clOrdId", "cl1");
    assert_eq!(
        (&o["side"], &o["posSide"], &o["state"]),
        (&json!("sell"), &json!("long"), &json!("filled"))
    );
    assert!(position(&sim, INVERSE, "long").is_none());
    let r = close(json!({"instId": INVERSE, "mgnMode": "isolated", "posSide": "long"}));
    assert_eq!(r["code"], "51043");
    refused(
        &sim,
        sell_long.tap("instId", INVERSE).tap("ordType", "market"),
        "51169",
        "don't have any positions",
    );
    assert_eq!(adjust("add", "0.001", "long")["code"], "59300");
    assert_eq!(detail(&sim, "BTC")["frozenBal"], "0");
    let h = history(&sim, "?instId=BTC-USD-SWAP");
    assert_eq!(h.len(), 2);
    let long_rec = h.iter().find(|r| r["posSide"] == "long").unwrap();
    assert_eq!(
        (
            &long_rec["type"],
            &long_rec["closeTotalPos"],
            &long_rec["openAvgPx"]
        ),
        (&json!("2"), &json!("2"), &json!("48000"))
    );
    assert_eq!(long_rec["ccy"], "BTC");
    assert_eq!(long_rec["uly"], "BTC-USD");

    // Back to net mode once nothing is open.
    assert_eq!(
        post(
            &sim,
            "/api/v5/account/set-position-mode",
            json!({"posMode": "net_mode"})
        )["code"],
        "0"
    );
}

#[test]
fn refusals_with_okx_codes() {
    let sim = start();
    let live = Account::live();
    let mkt =
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "1"});
    refused(
        &sim,
        mkt.clone().tap("tdMode", "cash"),
        "51000",
        "Parameter tdMode error",
    );
    refused(
        &sim,
        mkt.clone().tap("posSide", "long"),
        "51000",
        "Parameter posSide error",
    );
    refused(
        &sim,
        mkt.clone().tap("tgtCcy", "base_ccy"),
        "59110",
        "tgtCcy",
    );
    refused(&sim, mkt.clone().tap("sz", "0.001"), "51121", "lot size");
    refused(
        &sim,
        mkt.clone().tap("sz", "20000"),
        "51000",
        "Parameter sz error",
    );
    refused(
        &sim,
        mkt.clone().tap("sz", "1000"),
        "51008",
        "Insufficient USDT margin",
    );
    refused(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "1", "px": (base(&sim, SWAP) * 2).to_string()}),
        "51006",
        "Order price is not within the price limit",
    );
    let reduce = mkt.clone().tap("side", "sell");
    let mut reduce = reduce;
    reduce["reduceOnly"] = true.into();
    refused(&sim, reduce.clone(), "51169", "don't have any positions");
    let mut bad_flag = mkt.clone();
    bad_flag["reduceOnly"] = 1.into();
    refused(&sim, bad_flag, "51000", "Parameter reduceOnly error");
    // With a long of 1: a reduce-only buy is the same direction, a 2-contract one too large.
    placed(&sim, mkt.clone());
    let mut same = mkt.clone();
    same["reduceOnly"] = true.into();
    refused(&sim, same, "51170", "same trading direction");
    refused(
        &sim,
        reduce.clone().tap("sz", "2"),
        "51112",
        "exceeds available size",
    );
    // TP/SL cannot ride on a reduce-only order.
    let mut tp = reduce.clone();
    tp["attachAlgoOrds"] = json!([{"tpTriggerPx": "90000", "tpOrdPx": "-1"}]);
    refused(&sim, tp, "51100", "reduce-only");
    // Options are not traded by the stand-in.
    let option = common::http(
        &sim,
        "GET",
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
        &[],
        "",
    )
    .1;
    let opt_id = option["data"][0]["instId"].as_str().unwrap();
    refused(
        &sim,
        json!({"instId": opt_id, "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "1", "px": "0.05"}),
        "51000",
        "Parameter instId error",
    );

    // Position mode: refused with a position open or an order pending.
    let switch = |mode: &str| {
        call(
            &sim,
            &live,
            "POST",
            "/api/v5/account/set-position-mode",
            &json!({"posMode": mode}).to_string(),
        )
    };
    assert_eq!(switch("long_short_mode").1["code"], "59000");
    assert!(switch("long_short_mode").1["msg"]
        .as_str()
        .unwrap()
        .contains("Close any open positions or orders"));
    let (status, bad) = switch("hedge");
    assert_eq!((status, bad["code"].as_str()), (400, Some("51000")));
    let r = post(
        &sim,
        "/api/v5/trade/close-position",
        json!({"instId": SWAP, "mgnMode": "cross"}),
    );
    assert_eq!(r["code"], "0");
    let resting = placed(
        &sim,
        json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.001", "px": "1000"}),
    );
    assert_eq!(
        switch("long_short_mode").1["code"],
        "59000",
        "a pending spot order"
    );
    post(
        &sim,
        "/api/v5/trade/cancel-order",
        json!({"instId": "BTC-USDT", "ordId": resting}),
    );
    assert_eq!(switch("long_short_mode").1["code"], "0");
    assert_eq!(switch("net_mode").1["code"], "0");

    // Spot mode: derivatives get 51010; spot still trades; the switch is refused while busy.
    sim.set_account_level(&live.api_key, "1").unwrap();
    assert_eq!(
        get(&sim, "/api/v5/account/config")["data"][0]["acctLv"],
        "1"
    );
    refused(
        &sim,
        mkt.clone(),
        "51010",
        "Request unsupported under current account mode",
    );
    placed(
        &sim,
        json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "10"}),
    );
    assert!(sim.set_account_level(&live.api_key, "3").is_err());
    let (status, body) = common::http(
        &sim,
        "POST",
        "/__sim/account-level",
        &[],
        &json!({"apiKey": live.api_key, "acctLv": "2"}).to_string(),
    );
    assert_eq!((status, &body["code"]), (200, &json!("0")));
    placed(&sim, mkt.clone());
    assert!(
        sim.set_account_level(&live.api_key, "1").is_err(),
        "a position is open"
    );
    assert_eq!(sim.positions().len(), 1);
    assert_eq!(sim.positions()[0]["uid"], live.uid);
}

#[test]
fn leverage_set_and_get() {
    let sim = start();
    let live = Account::live();
    let set = |body: Value| {
        call(
            &sim,
            &live,
            "POST",
            "/api/v5/account/set-leverage",
            &body.to_string(),
        )
    };
    let info = |q: &str| get(&sim, &format!("/api/v5/account/leverage-info?{q}"))["data"].clone();
    // Defaults, then cross and isolated set separately.
    assert_eq!(
        info(&format!("instId={SWAP},ETH-USDT-SWAP&mgnMode=cross")),
        json!([
            {"instId": SWAP, "ccy": "", "mgnMode": "cross", "posSide": "net", "lever": "3"},
            {"instId": "ETH-USDT-SWAP", "ccy": "", "mgnMode": "cross", "posSide": "net", "lever": "3"}
        ])
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "20", "mgnMode": "cross"})).1["code"],
        "0"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "7.5", "mgnMode": "isolated"})).1["code"],
        "0"
    );
    assert_eq!(
        info(&format!("instId={SWAP}&mgnMode=cross"))[0]["lever"],
        "20"
    );
    assert_eq!(
        info(&format!("instId={SWAP}&mgnMode=isolated"))[0]["lever"],
        "7.5"
    );
    // Cross FUTURES leverage is per family: set on the future, the family follows.
    let futures = common::http(
        &sim,
        "GET",
        "/api/v5/public/instruments?instType=FUTURES",
        &[],
        "",
    )
    .1;
    let fut = futures["data"][0]["instId"].as_str().unwrap().to_string();
    assert_eq!(
        set(json!({"instId": fut, "lever": "12", "mgnMode": "cross"})).1["code"],
        "0"
    );
    assert_eq!(
        info(&format!("instId={fut}&mgnMode=cross"))[0]["lever"],
        "12"
    );
    assert_eq!(
        info(&format!("instId={fut}&mgnMode=isolated"))[0]["lever"],
        "3"
    );

    // Refusals.
    let (status, r) = set(json!({"instId": SWAP, "lever": "0.5", "mgnMode": "cross"}));
    assert_eq!((status, r["code"].as_str()), (400, Some("59105")));
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "101", "mgnMode": "cross"})).1["code"],
        "59102"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "1.234", "mgnMode": "cross"})).1["code"],
        "51000"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "5", "mgnMode": "isolated", "posSide": "long"})).1
            ["code"],
        "51000",
        "posSide in net mode"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "5", "mgnMode": "both"})).1["code"],
        "51000"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "mgnMode": "cross"})).1["code"],
        "50014"
    );
    assert_eq!(
        set(json!({"lever": "5", "mgnMode": "cross"})).1["code"],
        "50014"
    );
    assert_eq!(
        set(json!({"instId": "NOPE-SWAP", "lever": "5", "mgnMode": "cross"})).1["code"],
        "51001"
    );
    assert_eq!(
        set(json!({"instId": "BTC-USDT", "lever": "5", "mgnMode": "cross"})).1["code"],
        "51000"
    );
    let (status, r) = call(
        &sim,
        &live,
        "GET",
        "/api/v5/account/leverage-info?mgnMode=cross",
        "",
    );
    assert_eq!((status, r["code"].as_str()), (400, Some("50015")));
    let (_, r) = call(
        &sim,
        &live,
        "GET",
        &format!("/api/v5/account/leverage-info?instId={SWAP}"),
        "",
    );
    assert_eq!(r["code"], "50014");

    // A pending order in that margin mode blocks the change: 59107 cross, 59101 isolated.
    let low = (base(&sim, SWAP) - 3000).to_string();
    let id = placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "1", "px": low}),
    );
    let o = order_state(&sim, SWAP, "ordId", &id);
    assert_eq!(o["lever"], "20");
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "5", "mgnMode": "cross"})).1["code"],
        "59107"
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "5", "mgnMode": "isolated"})).1["code"],
        "0"
    );
    placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "isolated", "side": "buy", "ordType": "limit", "sz": "1", "px": low}),
    );
    assert_eq!(
        set(json!({"instId": SWAP, "lever": "6", "mgnMode": "isolated"})).1["code"],
        "59101"
    );
    // A leverage change rescales an open position's margin: 10× → 5× doubles it.
    let sim2 = start();
    let set2 = |body: Value| post(&sim2, "/api/v5/account/set-leverage", body);
    set2(json!({"instId": SWAP, "lever": "10", "mgnMode": "isolated"}));
    let b = base(&sim2, SWAP) - 500;
    fill_at(
        &sim2,
        SWAP,
        json!({"tdMode": "isolated", "side": "buy", "sz": "1"}),
        b,
    );
    let before = text(&position(&sim2, SWAP, "net").unwrap()["margin"]);
    assert_eq!(before, n(b).times("0.001"));
    assert_eq!(
        set2(json!({"instId": SWAP, "lever": "5", "mgnMode": "isolated"}))["code"],
        "0"
    );
    let p = position(&sim2, SWAP, "net").unwrap();
    assert_eq!(
        (text(&p["margin"]), &p["lever"]),
        (before + before, &json!("5"))
    );
    assert_eq!(text(&detail(&sim2, "USDT")["frozenBal"]), before + before);
}

#[test]
fn max_size_fees_and_config() {
    let sim = start();
    let q = |query: &str| get(&sim, &format!("/api/v5/account/{query}"))["data"].clone();
    // 10000 USDT × 10 / (0.01 × 50000) = 200 contracts; default leverage 3: 60.
    assert_eq!(
        q(&format!(
            "max-size?instId={SWAP}&tdMode=cross&px=50000&leverage=10"
        )),
        json!([{"instId": SWAP, "ccy": "USDT", "maxBuy": "200", "maxSell": "200"}])
    );
    assert_eq!(
        q(&format!("max-size?instId={SWAP}&tdMode=isolated&px=50000"))[0]["maxBuy"],
        "60"
    );
    // Inverse: 0.5 BTC × 10 × 50000 / 100 USD = 2500 contracts.
    assert_eq!(
        q(&format!(
            "max-size?instId={INVERSE}&tdMode=cross&px=50000&leverage=10"
        ))[0]["maxBuy"],
        "2500"
    );
    // Spot: 10000 USDT buys 0.2 BTC at 50000; 0.5 BTC sells for 25000 USDT.
    assert_eq!(
        q("max-size?instId=BTC-USDT&tdMode=cash&px=50000"),
        json!([{"instId": "BTC-USDT", "ccy": "USDT", "maxBuy": "0.2", "maxSell": "25000"}])
    );
    assert_eq!(
        q(&format!(
            "max-avail-size?instId={SWAP},ETH-USDT-SWAP&tdMode=cross"
        )),
        json!([
            {"instId": SWAP, "availBuy": "10000", "availSell": "10000"},
            {"instId": "ETH-USDT-SWAP", "availBuy": "10000", "availSell": "10000"}
        ])
    );
    // A net long of 2: selling may close it first, and the rest opens from what is available.
    placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "2"}),
    );
    let avail = text(&detail(&sim, "USDT")["availBal"]);
    let row = &q(&format!(
        "max-size?instId={SWAP}&tdMode=cross&px=40000&leverage=10"
    ))[0];
    // avail × 10 / (0.01 × 40000), rounded down to 0.01.
    let open = D(avail.0 / 40 / 10_000_000_000_000_000 * 10_000_000_000_000_000);
    assert_eq!(text(&row["maxBuy"]), open);
    assert_eq!(text(&row["maxSell"]), open + n(2));
    // Without px a market order of maxBuy passes the margin check.
    let max = q(&format!("max-size?instId={SWAP}&tdMode=cross"))[0]["maxBuy"]
        .as_str()
        .unwrap()
        .to_string();
    placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "market", "sz": max}),
    );
    let live = Account::live();
    let err = |target: &str| call(&sim, &live, "GET", target, "").1["code"].clone();
    assert_eq!(
        err(&format!("/api/v5/account/max-size?instId={SWAP}")),
        "50014"
    );
    assert_eq!(
        err(&format!(
            "/api/v5/account/max-size?instId={SWAP}&tdMode=cash"
        )),
        "51000"
    );
    assert_eq!(
        err(&format!(
            "/api/v5/account/max-size?instId={SWAP},BTC-USDT&tdMode=cross"
        )),
        "59004"
    );
    assert_eq!(
        err(&format!("/api/v5/account/max-size?instId={SWAP},{SWAP},{SWAP},{SWAP},{SWAP},{SWAP}&tdMode=cross")),
        "50025"
    );
    assert_eq!(
        err("/api/v5/account/max-size?instId=BTC-USDT&tdMode=cross"),
        "51010"
    );

    // Fees: negative is a charge.
    let fee = |t: &str| q(&format!("trade-fee?instType={t}"))[0].clone();
    let swap = fee("SWAP");
    assert_eq!(
        swap["feeGroup"],
        json!([{"groupId": "1", "maker": "-0.0002", "taker": "-0.0005"}])
    );
    assert_eq!(
        (&swap["level"], &swap["instType"]),
        (&json!("Lv1"), &json!("SWAP"))
    );
    assert_eq!(fee("SPOT")["feeGroup"][0]["taker"], "-0.001");
    assert_eq!(
        q("trade-fee?instType=SWAP&instFamily=BTC-USDT")[0]["feeGroup"][0]["maker"],
        "-0.0002"
    );
    assert_eq!(err("/api/v5/account/trade-fee"), "50014");
    assert_eq!(err("/api/v5/account/trade-fee?instType=STOCK"), "51000");
    assert_eq!(
        err("/api/v5/account/trade-fee?instType=SWAP&instId=BTC-USDT"),
        "51000"
    );

    let c = &q("config")[0];
    assert_eq!(
        (&c["uid"], &c["mainUid"], &c["acctLv"], &c["posMode"]),
        (
            &json!(live.uid),
            &json!(live.uid),
            &json!("2"),
            &json!("net_mode")
        )
    );
    assert_eq!(
        (&c["level"], &c["perm"], &c["ip"], &c["type"]),
        (
            &json!("Lv1"),
            &json!("read_only,trade"),
            &json!(""),
            &json!("0")
        )
    );
    assert_eq!(c["autoLoan"], false);
    assert_eq!(c["label"], "okx-sim live");
}

#[test]
fn attached_tp_sl_becomes_an_algo_order_on_fill() {
    let sim = start();
    let b = base(&sim, SWAP);
    let body = json!({
        "instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "1",
        "px": (b - 500).to_string(),
        "attachAlgoOrds": [{"attachAlgoClOrdId": "tpsl1", "tpTriggerPx": (b + 3000).to_string(), "tpOrdPx": "-1", "slTriggerPx": (b - 3000).to_string(), "slOrdPx": "-1", "slTriggerPxType": "mark"}],
    });
    let id = placed(&sim, body.clone());
    let o = order_state(&sim, SWAP, "ordId", &id);
    let att = &o["attachAlgoOrds"][0];
    assert_eq!(
        (
            &att["attachAlgoClOrdId"],
            &att["tpOrdPx"],
            &att["tpTriggerPxType"],
            &att["slTriggerPxType"]
        ),
        (
            &json!("tpsl1"),
            &json!("-1"),
            &json!("last"),
            &json!("mark")
        )
    );
    assert!(
        sim.algo_orders().is_empty(),
        "created only when the parent fills"
    );
    sim.trade_at(SWAP, &(b - 500).to_string(), None);
    let algos = sim.algo_orders();
    assert_eq!(algos.len(), 1);
    let a = &algos[0];
    assert_eq!(a["algoId"], att["attachAlgoId"]);
    assert_eq!(
        (&a["algoClOrdId"], &a["state"], &a["ordType"]),
        (&json!("tpsl1"), &json!("live"), &json!("oco"))
    );
    assert_eq!(
        (&a["side"], &a["sz"], &a["reduceOnly"], &a["ordId"]),
        (&json!("sell"), &json!("1"), &json!("true"), &json!(id))
    );
    assert_eq!(a["slTriggerPx"], (b - 3000).to_string());
    // Shapes refused before anything is placed.
    let mut half = body.clone();
    half["attachAlgoOrds"] = json!([{"tpTriggerPx": "90000"}]);
    refused(&sim, half, "51000", "Parameter tpOrdPx error");
    let mut id_only = body.clone();
    id_only["attachAlgoOrds"] = json!([{"attachAlgoClOrdId": "x1"}]);
    refused(&sim, id_only, "51178", "can't be empty");
    // A parent canceled before filling leaves no algo order.
    let id2 = placed(&sim, body.tap("px", &(b - 900).to_string()));
    post(
        &sim,
        "/api/v5/trade/cancel-order",
        json!({"instId": SWAP, "ordId": id2}),
    );
    assert_eq!(sim.algo_orders().len(), 1);
}

#[test]
fn faults_apply_to_the_new_endpoints() {
    let sim = start();
    let live = Account::live();
    placed(
        &sim,
        json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "1"}),
    );
    // The answer is lost, but the position was closed and the order is there by clOrdId.
    sim.inject(
        "/api/v5/trade/close-position",
        Fault::ResetAfterProcessing,
        1,
    );
    let (status, _) = call(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/close-position",
        &json!({"instId": SWAP, "mgnMode": "cross", "clOrdId": "lost1"}).to_string(),
    );
    assert_eq!(status, 0);
    assert!(position(&sim, SWAP, "net").is_none());
    assert_eq!(
        order_state(&sim, SWAP, "clOrdId", "lost1")["state"],
        "filled"
    );
    // Not processed: the leverage stays.
    sim.inject(
        "/api/v5/account/set-leverage",
        Fault::ResetBeforeProcessing,
        1,
    );
    let (status, _) = call(
        &sim,
        &live,
        "POST",
        "/api/v5/account/set-leverage",
        &json!({"instId": SWAP, "lever": "9", "mgnMode": "cross"}).to_string(),
    );
    assert_eq!(status, 0);
    let lever = |sim: &Sim| {
        get(
            sim,
            &format!("/api/v5/account/leverage-info?instId={SWAP}&mgnMode=cross"),
        )["data"][0]["lever"]
            .clone()
    };
    assert_eq!(lever(&sim), "3");
    // Processed, answered with a timeout.
    sim.inject(
        "/api/v5/account/set-leverage",
        Fault::Answer {
            status: 500,
            code: "50004".into(),
            msg: "timeout".into(),
            process: true,
        },
        1,
    );
    let (status, r) = call(
        &sim,
        &live,
        "POST",
        "/api/v5/account/set-leverage",
        &json!({"instId": SWAP, "lever": "9", "mgnMode": "cross"}).to_string(),
    );
    assert_eq!((status, r["code"].as_str()), (500, Some("50004")));
    assert_eq!(lever(&sim), "9");
    // Margin-balance under a 500 that was not processed: nothing moves.
    sim.inject(
        "POST /api/v5/account/position/margin-balance",
        Fault::Http500,
        1,
    );
    let (status, _) = call(
        &sim,
        &live,
        "POST",
        "/api/v5/account/position/margin-balance",
        &json!({"instId": SWAP, "posSide": "net", "type": "add", "amt": "1"}).to_string(),
    );
    assert_eq!(status, 500);
    assert!(sim
        .log()
        .iter()
        .any(|e| e.path == "/api/v5/account/position/margin-balance"
            && e.fault.as_deref() == Some("http500")));
}
