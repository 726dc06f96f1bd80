//! Public trades over real sockets: `/market/trades` (the latest 500) and
//! `/market/history-trades` (three months, paged by trade ID or by time), their cursors and
//! OKX's parameter errors, checked against `Sim::public_trades`.

use std::io::{Read, Write};
use std::net::TcpStream;

use okx_sim::{Sim, SimConfig};
use serde_json::Value;

/// `GET target` on a fresh connection: (HTTP status, body as JSON).
fn get(sim: &Sim, target: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).unwrap())
}

fn data(sim: &Sim, target: &str) -> Vec<Value> {
    let (status, v) = get(sim, target);
    assert_eq!(
        (status, v["code"].as_str()),
        (200, Some("0")),
        "{target}: {v}"
    );
    v["data"].as_array().unwrap().clone()
}

fn id(t: &Value) -> i64 {
    t["tradeId"].as_str().unwrap().parse().unwrap()
}

fn ts(t: &Value) -> i64 {
    t["ts"].as_str().unwrap().parse().unwrap()
}

fn error(sim: &Sim, target: &str) -> (u16, String, String) {
    let (status, v) = get(sim, target);
    (
        status,
        v["code"].as_str().unwrap().to_string(),
        v["msg"].as_str().unwrap().to_string(),
    )
}

fn start() -> Sim {
    Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap()
}

#[test]
fn recent_trades_are_the_latest_500_newest_first() {
    let sim = start();
    let page = data(&sim, "/api/v5/market/trades?instId=BTC-USDT");
    assert_eq!(page.len(), 100);
    let t = &page[0];
    let keys: Vec<&str> = t.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["instId", "tradeId", "px", "sz", "side", "ts", "source"]
    );
    assert!(t.as_object().unwrap().values().all(Value::is_string));
    assert_eq!(t["instId"], "BTC-USDT");
    assert_eq!(t["source"], "0");
    assert!(page
        .windows(2)
        .all(|w| id(&w[0]) > id(&w[1]) && ts(&w[0]) > ts(&w[1])));
    assert!(ts(t) <= sim.now_ms());
    let all = data(&sim, "/api/v5/market/trades?instId=BTC-USDT&limit=500");
    assert_eq!(all.len(), 500);
    // The same trades as history serves, newest first.
    let oldest = ts(&all[499]);
    let newest = ts(&all[0]);
    let mut want = sim.public_trades("BTC-USDT", oldest, newest);
    want.reverse();
    assert_eq!(all, want);
    for bad in ["limit=0", "limit=501", "limit=abc", "limit=-1"] {
        assert_eq!(
            error(
                &sim,
                &format!("/api/v5/market/trades?instId=BTC-USDT&{bad}")
            ),
            (400, "51000".into(), "Parameter limit error".into()),
            "{bad}"
        );
    }
    assert_eq!(
        error(&sim, "/api/v5/market/trades"),
        (
            400,
            "50014".into(),
            "Parameter instId can not be empty".into()
        )
    );
    assert_eq!(
        error(&sim, "/api/v5/market/trades?instId=NOPE-USDT").1,
        "51001"
    );
}

#[test]
fn history_pages_by_trade_id_and_by_time_exactly() {
    let sim = start();
    let now = sim.now_ms();
    let (from, to) = (now - 5 * 3_600_000, now - 3 * 3_600_000);
    let want = sim.public_trades("BTC-USDT", from, to);
    // A few trades a minute.
    assert!((200..=800).contains(&want.len()), "{}", want.len());
    // Walk back from the end by time, then by trade ID, as far as `from`.
    let base = "/api/v5/market/history-trades?instId=BTC-USDT";
    let mut got: Vec<Value> = Vec::new();
    let mut page = data(&sim, &format!("{base}&type=2&after={}", to + 1));
    assert_eq!(page.len(), 100);
    assert_eq!(page[0], *want.last().unwrap(), "type=2 after is exclusive");
    loop {
        let oldest = id(page.last().unwrap());
        let done = page.iter().any(|t| ts(t) < from);
        got.extend(page.into_iter().filter(|t| ts(t) >= from));
        if done {
            break;
        }
        page = data(&sim, &format!("{base}&after={oldest}"));
        assert!(page.iter().all(|t| id(t) < oldest), "after is exclusive");
    }
    got.reverse();
    assert_eq!(got, want);
    // Both cursors: exactly the trades between, newest first.
    let (lo, hi) = (id(&want[10]), id(&want[20]));
    let between = data(&sim, &format!("{base}&after={hi}&before={lo}"));
    let mut expect = want[11..20].to_vec();
    expect.reverse();
    assert_eq!(between, expect);
    // `before` alone: the latest trades, not the ones just after the cursor.
    let latest = data(&sim, &format!("{base}&before={lo}&limit=5"));
    assert_eq!(latest.len(), 5);
    assert!(ts(&latest[0]) > to);
    assert_eq!(
        latest,
        data(&sim, "/api/v5/market/trades?instId=BTC-USDT&limit=5")
    );
    // type=2 after a time between two trades: the older one first.
    let mid = (ts(&want[30]) + ts(&want[31])) / 2;
    let p = data(&sim, &format!("{base}&type=2&after={mid}&limit=2"));
    assert_eq!(p, [want[30].clone(), want[29].clone()]);
    // Nothing before the three months, or newer than now.
    assert!(data(
        &sim,
        &format!("{base}&type=2&after={}", now - 91 * 86_400_000)
    )
    .is_empty());
    let newest = data(&sim, &format!("{base}&limit=1"));
    assert!(data(&sim, &format!("{base}&before={}", id(&newest[0]))).is_empty());
}

#[test]
fn history_parameter_errors_are_okx_s() {
    let sim = start();
    let base = "/api/v5/market/history-trades?instId=BTC-USDT";
    assert_eq!(
        error(&sim, &format!("{base}&type=2&after=1&before=1")),
        (
            400,
            "50039".into(),
            "The before parameter is not available for implementing timestamp pagination".into()
        )
    );
    for (bad, name) in [
        ("type=3", "type"),
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("after=abc", "after"),
        ("before=-5", "before"),
    ] {
        assert_eq!(
            error(&sim, &format!("{base}&{bad}")),
            (400, "51000".into(), format!("Parameter {name} error")),
            "{bad}"
        );
    }
    assert_eq!(
        error(&sim, "/api/v5/market/history-trades?type=2").1,
        "50014"
    );
    assert_eq!(
        error(&sim, "/api/v5/market/history-trades?instId=BTC-EUR").1,
        "51001"
    );
    // Limits: 20 per 2 s for history, as OKX's docs say.
    let limited = Sim::start(SimConfig::default()).unwrap();
    let codes: Vec<u16> = (0..21).map(|_| get(&limited, base).0).collect();
    assert!(codes[..20].iter().all(|&c| c == 200), "{codes:?}");
    assert_eq!(codes[20], 429);
}

#[test]
fn derivatives_trade_contracts() {
    let sim = start();
    let instruments = data(&sim, "/api/v5/public/instruments?instType=SWAP");
    let swap = instruments
        .iter()
        .find(|i| i["instId"] == "BTC-USD-SWAP")
        .unwrap();
    let lot: f64 = swap["lotSz"].as_str().unwrap().parse().unwrap();
    let page = data(&sim, "/api/v5/market/trades?instId=BTC-USD-SWAP&limit=50");
    assert_eq!(page.len(), 50);
    for t in &page {
        // A whole number of lots (contracts), at least the minimum.
        let sz: f64 = t["sz"].as_str().unwrap().parse().unwrap();
        assert!((sz / lot - (sz / lot).round()).abs() < 1e-9, "{t}");
        assert!(sz >= lot);
        assert_eq!(t["instId"], "BTC-USD-SWAP");
    }
    let spot = data(&sim, "/api/v5/market/trades?instId=BTC-USDT&limit=50");
    assert_ne!(
        page.iter().map(ts).collect::<Vec<_>>(),
        spot.iter().map(ts).collect::<Vec<_>>()
    );
    let opts = data(
        &sim,
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
    );
    let opt = opts[0]["instId"].as_str().unwrap();
    let page = data(&sim, &format!("/api/v5/market/history-trades?instId={opt}"));
    assert_eq!(page.len(), 100);
}
