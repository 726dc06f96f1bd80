//! Mark and index prices over HTTP (derivatives fact sheet §6.1, §6.4, §6.5, §6.7, §6.8):
//! `/public/mark-price`, `/market/index-tickers`, `/public/price-limit`, `/public/open-interest`
//! and the mark-price and index candle endpoints: shapes, agreement with the tickers and candles,
//! OKX's parameter errors, and the rate limits.

use std::io::{Read, Write};
use std::net::TcpStream;

use okx_sim::{Sim, SimConfig};
use serde_json::Value;

/// `GET target` on a fresh connection: (HTTP status, JSON body).
fn get(sim: &Sim, target: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text.split(' ').nth(1).unwrap().parse().unwrap();
    let body = text.split_once("\r\n\r\n").unwrap().1;
    (
        status,
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}")),
    )
}

/// The `data` of a successful answer.
fn data(sim: &Sim, target: &str) -> Vec<Value> {
    let (status, v) = get(sim, target);
    assert_eq!(
        (status, &v["code"]),
        (200, &Value::from("0")),
        "{target}: {v}"
    );
    v["data"].as_array().unwrap().clone()
}

/// The answers to `targets`, all served within one second of sim time (prices change once a
/// second), so they describe one moment.
fn at_once(sim: &Sim, targets: &[&str]) -> Vec<Vec<Value>> {
    for _ in 0..10 {
        sim.clear_log();
        let answers: Vec<Vec<Value>> = targets.iter().map(|t| data(sim, t)).collect();
        let seconds: Vec<i64> = sim.log().iter().map(|e| e.at_ms / 1000).collect();
        if seconds.windows(2).all(|w| w[0] == w[1]) {
            return answers;
        }
    }
    panic!("never served {} requests within one second", targets.len());
}

fn start() -> Sim {
    Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// A decimal string as an integer count of 10^-dec units (exact, for the checks).
fn units(v: &Value, dec: u32) -> i128 {
    let t = s(v);
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    assert!(
        frac.len() <= dec as usize,
        "{t} has more than {dec} decimals"
    );
    let frac = format!("{frac:0<width$}", width = dec as usize);
    format!("{int}{frac}").parse().unwrap()
}

fn the_future(sim: &Sim) -> String {
    s(&data(sim, "/api/v5/public/instruments?instType=FUTURES")[0]["instId"]).to_string()
}

fn options(sim: &Sim) -> Vec<String> {
    data(
        sim,
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
    )
    .iter()
    .map(|o| s(&o["instId"]).to_string())
    .collect()
}

fn error(sim: &Sim, target: &str) -> (u16, String, String) {
    let (status, v) = get(sim, target);
    assert_eq!(v["data"], Value::Array(vec![]), "{target}");
    (status, s(&v["code"]).to_string(), s(&v["msg"]).to_string())
}

fn assert_error(sim: &Sim, target: &str, status: u16, code: &str, msg: &str) {
    assert_eq!(
        error(sim, target),
        (status, code.to_string(), msg.to_string()),
        "{target}"
    );
}

#[test]
fn mark_prices_are_the_instruments_prices_now() {
    let sim = start();
    let future = the_future(&sim);
    let option = options(&sim)[0].clone();
    for (t, id) in [
        ("SWAP", "BTC-USDT-SWAP"),
        ("SWAP", "BTC-USD-SWAP"),
        ("FUTURES", future.as_str()),
        ("OPTION", option.as_str()),
        ("MARGIN", "BTC-USDT"),
    ] {
        let mark = format!("/api/v5/public/mark-price?instType={t}&instId={id}");
        let ticker = format!("/api/v5/market/ticker?instId={id}");
        let candle = format!("/api/v5/market/mark-price-candles?instId={id}&limit=1");
        let got = at_once(&sim, &[&mark, &ticker, &candle]);
        let (m, tk, c) = (&got[0][0], &got[1][0], &got[2][0]);
        assert_eq!(
            m.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["instType", "instId", "markPx", "ts"]
        );
        assert_eq!((s(&m["instType"]), s(&m["instId"])), (t, id));
        // The mark price is the instrument's price now: its ticker's last and the close of its
        // forming mark-price candle.
        assert_eq!(m["markPx"], tk["last"], "{id}");
        assert_eq!(c[4], m["markPx"], "{id}");
        assert_eq!(c[5], "0");
        assert_eq!(s(&m["ts"]).parse::<i64>().unwrap() % 1000, 0);
    }
    // A type lists its instruments; instFamily filters.
    let swaps = data(&sim, "/api/v5/public/mark-price?instType=SWAP");
    assert_eq!(swaps.len(), 3);
    let btc_usd = data(
        &sim,
        "/api/v5/public/mark-price?instType=SWAP&instFamily=BTC-USD",
    );
    assert_eq!(btc_usd.len(), 1);
    assert_eq!(btc_usd[0]["instId"], "BTC-USD-SWAP");
    assert_eq!(
        data(&sim, "/api/v5/public/mark-price?instType=OPTION").len(),
        6
    );
    // Errors: instType missing or not one of the four, an unknown instrument, a type mismatch.
    assert_error(
        &sim,
        "/api/v5/public/mark-price?instId=BTC-USDT-SWAP",
        400,
        "50014",
        "Parameter instType can not be empty",
    );
    assert_error(
        &sim,
        "/api/v5/public/mark-price?instType=SPOT",
        400,
        "51000",
        "Parameter instType error",
    );
    for target in [
        "/api/v5/public/mark-price?instType=SWAP&instId=NOPE-USDT-SWAP",
        "/api/v5/public/mark-price?instType=FUTURES&instId=BTC-USDT-SWAP",
    ] {
        assert_error(
            &sim,
            target,
            200,
            "51001",
            "Instrument ID or Spread ID doesn't exist.",
        );
    }
}

#[test]
fn index_tickers_follow_the_spot_pair() {
    let sim = start();
    for index in ["BTC-USD", "BTC-USDT"] {
        let got = at_once(
            &sim,
            &[
                &format!("/api/v5/market/index-tickers?instId={index}"),
                "/api/v5/market/ticker?instId=BTC-USDT",
            ],
        );
        let (i, spot) = (&got[0][0], &got[1][0]);
        assert_eq!(
            i.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["instId", "idxPx", "high24h", "low24h", "open24h", "sodUtc0", "sodUtc8", "ts"]
        );
        assert_eq!(i["instId"], index);
        assert_eq!(i["idxPx"], spot["last"]);
        for k in ["high24h", "low24h", "open24h", "sodUtc0", "sodUtc8", "ts"] {
            assert_eq!(i[k], spot[k], "{k}");
        }
    }
    let usd: Vec<Value> = data(&sim, "/api/v5/market/index-tickers?quoteCcy=USD")
        .iter()
        .map(|i| i["instId"].clone())
        .collect();
    assert_eq!(usd, ["BTC-USD", "ETH-USD"]);
    assert_eq!(
        data(&sim, "/api/v5/market/index-tickers?quoteCcy=BTC").len(),
        0
    );
    assert_error(
        &sim,
        "/api/v5/market/index-tickers",
        400,
        "50014",
        "Parameter quoteCcy can not be empty",
    );
    assert_error(
        &sim,
        "/api/v5/market/index-tickers?quoteCcy=EUR",
        400,
        "51000",
        "Parameter quoteCcy error",
    );
    // An instrument is not an index.
    assert_error(
        &sim,
        "/api/v5/market/index-tickers?instId=BTC-USDT-SWAP",
        200,
        "51001",
        "Instrument ID or Spread ID doesn't exist.",
    );
}

#[test]
fn price_limits_are_a_band_around_the_mark_price() {
    let sim = start();
    let future = the_future(&sim);
    for (t, id, tick_dec) in [
        ("SWAP", "BTC-USDT-SWAP", 1),
        ("SWAP", "BTC-USD-SWAP", 1),
        ("FUTURES", future.as_str(), 1),
        ("MARGIN", "ETH-USDT", 2),
    ] {
        let got = at_once(
            &sim,
            &[
                &format!("/api/v5/public/price-limit?instId={id}"),
                &format!("/api/v5/public/mark-price?instType={t}&instId={id}"),
            ],
        );
        let (l, m) = (&got[0][0], &got[1][0]);
        assert_eq!(
            l.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["instType", "instId", "buyLmt", "sellLmt", "ts", "enabled"]
        );
        assert_eq!(l["enabled"], true);
        let mark = units(&m["markPx"], tick_dec);
        let (buy, sell) = (
            units(&l["buyLmt"], tick_dec),
            units(&l["sellLmt"], tick_dec),
        );
        // buyLmt = floor(mark × 1.02), sellLmt = ceil(mark × 0.98), in ticks.
        assert!(
            buy * 100 <= mark * 102 && (buy + 1) * 100 > mark * 102,
            "{l} {m}"
        );
        assert!(
            sell * 100 >= mark * 98 && (sell - 1) * 100 < mark * 98,
            "{l} {m}"
        );
    }
    // An instrument that is not trading has no band.
    let l = &data(&sim, "/api/v5/public/price-limit?instId=XMR-USDT")[0];
    assert_eq!(
        (&l["enabled"], &l["buyLmt"], &l["sellLmt"]),
        (&Value::from(false), &Value::from(""), &Value::from(""))
    );
    assert_error(
        &sim,
        "/api/v5/public/price-limit",
        400,
        "50014",
        "Parameter instId can not be empty",
    );
    assert_error(
        &sim,
        "/api/v5/public/price-limit?instId=BTC-USD",
        200,
        "51001",
        "Instrument ID or Spread ID doesn't exist.",
    );
}

#[test]
fn open_interest_is_consistent_with_the_contract_value() {
    let sim = start();
    let e8 = |v: &Value| units(v, 18);
    let scale = 10i128.pow(18);
    // Linear: coin = oi × 0.01, USD = coin × mark.
    let got = at_once(
        &sim,
        &[
            "/api/v5/public/open-interest?instType=SWAP&instId=BTC-USDT-SWAP",
            "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP",
        ],
    );
    let (oi, mark) = (&got[0][0], &got[1][0]);
    assert_eq!(
        oi.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["instType", "instId", "oi", "oiCcy", "oiUsd", "ts"]
    );
    let contracts = units(&oi["oi"], 0);
    assert!(contracts > 0);
    assert_eq!(e8(&oi["oiCcy"]) * 100, contracts * scale);
    assert_eq!(
        e8(&oi["oiUsd"]),
        e8(&oi["oiCcy"]) * units(&mark["markPx"], 1) / 10
    );
    // Inverse: USD = oi × 100, coin = USD / mark (8 decimals, down).
    let got = at_once(
        &sim,
        &[
            "/api/v5/public/open-interest?instType=SWAP&instId=BTC-USD-SWAP",
            "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USD-SWAP",
        ],
    );
    let (oi, mark) = (&got[0][0], &got[1][0]);
    let usd = units(&oi["oi"], 0) * 100;
    assert_eq!(e8(&oi["oiUsd"]), usd * scale);
    let coin = units(&oi["oiCcy"], 8);
    let px = units(&mark["markPx"], 1);
    // coin ≤ usd / px < coin + 1e-8, i.e. coin·px ≤ usd·10^9 < (coin+1)·px (tick 0.1, 8 decimals).
    assert!(coin * px <= usd * 10i128.pow(9) && usd * 10i128.pow(9) < (coin + 1) * px);
    // Options: coin = oi × 0.01, USD at the index price; OPTION needs instFamily.
    let option = options(&sim)[0].clone();
    let got = at_once(
        &sim,
        &[
            &format!(
                "/api/v5/public/open-interest?instType=OPTION&instFamily=BTC-USD&instId={option}"
            ),
            "/api/v5/market/index-tickers?instId=BTC-USD",
        ],
    );
    let (oi, index) = (&got[0][0], &got[1][0]);
    assert_eq!(e8(&oi["oiCcy"]) * 100, units(&oi["oi"], 0) * scale);
    assert_eq!(
        e8(&oi["oiUsd"]),
        e8(&oi["oiCcy"]) * units(&index["idxPx"], 1) / 10
    );
    assert_eq!(
        data(
            &sim,
            "/api/v5/public/open-interest?instType=OPTION&instFamily=BTC-USD"
        )
        .len(),
        6
    );
    assert_eq!(
        data(&sim, "/api/v5/public/open-interest?instType=SWAP").len(),
        3
    );
    assert_error(
        &sim,
        "/api/v5/public/open-interest?instType=OPTION",
        400,
        "50014",
        "Parameter instFamily can not be empty",
    );
    assert_error(
        &sim,
        "/api/v5/public/open-interest",
        400,
        "50014",
        "Parameter instType can not be empty",
    );
    assert_error(
        &sim,
        "/api/v5/public/open-interest?instType=SPOT",
        400,
        "51000",
        "Parameter instType error",
    );
    assert_error(
        &sim,
        "/api/v5/public/open-interest?instType=SWAP&instId=BTC-USDT",
        200,
        "51001",
        "Instrument ID or Spread ID doesn't exist.",
    );
}

#[test]
fn mark_and_index_candles_are_price_candles_without_volume() {
    let sim = start();
    let ts = |r: &Value| s(&r[0]).parse::<i64>().unwrap();
    for path in [
        "mark-price-candles?instId=BTC-USDT-SWAP",
        "history-mark-price-candles?instId=BTC-USD-SWAP",
        "index-candles?instId=BTC-USD",
        "history-index-candles?instId=ETH-USDT",
    ] {
        let rows = data(&sim, &format!("/api/v5/market/{path}&limit=300"));
        // limit is at most 100: a larger one is served 100 rows.
        assert_eq!(rows.len(), 100, "{path}");
        assert!(rows.iter().all(|r| r.as_array().unwrap().len() == 6
            && r.as_array().unwrap().iter().all(Value::is_string)));
        assert!(rows.windows(2).all(|w| ts(&w[0]) - ts(&w[1]) == 60_000));
        assert_eq!(
            (&rows[0][5], &rows[1][5]),
            (&Value::from("0"), &Value::from("1"))
        );
    }
    // Index candles are the spot pair's candles without volume; mark candles the instrument's.
    for (price, spot) in [
        ("index-candles?instId=BTC-USD", "candles?instId=BTC-USDT"),
        (
            "mark-price-candles?instId=BTC-USDT-SWAP",
            "candles?instId=BTC-USDT-SWAP",
        ),
    ] {
        let got = at_once(
            &sim,
            &[
                &format!("/api/v5/market/{price}&bar=1H&limit=50"),
                &format!("/api/v5/market/{spot}&bar=1H&limit=50"),
            ],
        );
        for (p, c) in got[0].iter().zip(&got[1]) {
            let c = c.as_array().unwrap();
            assert_eq!(p.as_array().unwrap()[..5], c[..5]);
            assert_eq!(p[5], c[8]);
        }
    }
    // The latest 1,440 on the recent endpoints, older ones on history.
    let now = sim.now_ms() / 60_000 * 60_000;
    let old = now - 2000 * 60_000;
    assert!(data(
        &sim,
        &format!("/api/v5/market/mark-price-candles?instId=BTC-USDT-SWAP&after={old}")
    )
    .is_empty());
    let hist = data(
        &sim,
        &format!("/api/v5/market/history-index-candles?instId=BTC-USD&after={old}&limit=3"),
    );
    assert_eq!(
        hist.iter().map(ts).collect::<Vec<_>>(),
        [old - 60_000, old - 120_000, old - 180_000]
    );
    // Bars: no 1s, 2D or 3D anywhere; no 3M on history mark-price candles.
    for target in [
        "mark-price-candles?instId=BTC-USDT-SWAP&bar=1s",
        "history-index-candles?instId=BTC-USD&bar=1s",
        "index-candles?instId=BTC-USD&bar=2D",
        "history-mark-price-candles?instId=BTC-USDT-SWAP&bar=3Dutc",
        "history-mark-price-candles?instId=BTC-USDT-SWAP&bar=3M",
        "history-mark-price-candles?instId=BTC-USDT-SWAP&bar=3Mutc",
        "index-candles?instId=BTC-USD&bar=5D",
    ] {
        assert_error(
            &sim,
            &format!("/api/v5/market/{target}"),
            400,
            "51000",
            "Parameter bar error",
        );
    }
    for target in [
        "mark-price-candles?instId=BTC-USDT-SWAP&bar=3M",
        "history-index-candles?instId=BTC-USD&bar=3Mutc",
        "index-candles?instId=BTC-USD&bar=1Wutc",
    ] {
        assert!(!data(&sim, &format!("/api/v5/market/{target}")).is_empty());
    }
    assert_error(
        &sim,
        "/api/v5/market/index-candles",
        400,
        "50014",
        "Parameter instId can not be empty",
    );
    // An instrument is not an index, and an index has no mark price.
    for target in [
        "index-candles?instId=BTC-USDT-SWAP",
        "mark-price-candles?instId=BTC-USD",
        "history-mark-price-candles?instId=XMR-USDT",
    ] {
        assert_error(
            &sim,
            &format!("/api/v5/market/{target}"),
            200,
            "51001",
            "Instrument ID or Spread ID doesn't exist.",
        );
    }
}

#[test]
fn rate_limits() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    for (path, limit) in [
        ("/api/v5/market/history-index-candles?instId=BTC-USD", 10),
        ("/api/v5/market/index-candles?instId=BTC-USD", 20),
        (
            "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP",
            10,
        ),
    ] {
        let start = std::time::Instant::now();
        for i in 0..limit {
            assert_eq!(get(&sim, path).0, 200, "{path} request {i}");
        }
        let over = get(&sim, path).0;
        if start.elapsed() < std::time::Duration::from_millis(1_900) {
            assert_eq!(over, 429, "{path}");
        }
    }
    // mark-price is counted per instrument.
    assert_eq!(
        get(
            &sim,
            "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USD-SWAP"
        )
        .0,
        200
    );
}
