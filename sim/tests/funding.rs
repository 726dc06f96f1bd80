//! Funding over real sockets: `/public/funding-rate` (one swap, `ANY`, the errors),
//! `/public/funding-rate-history` (schedule with the interval change, exclusive cursors, limits,
//! removed settlements, rate limit keyed by IP and instrument) and the WebSocket `funding-rate`
//! channel.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use okx_sim::{FundingGap, Sim, SimConfig};
use serde_json::{json, Value};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Error, Message};

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// GET over a fresh connection: (HTTP status, body as JSON).
fn get(sim: &Sim, target: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).unwrap())
}

fn data(sim: &Sim, target: &str) -> Vec<Value> {
    let (status, body) = get(sim, target);
    assert_eq!((status, body["code"].as_str()), (200, Some("0")), "{body}");
    body["data"].as_array().unwrap().clone()
}

fn ms(v: &Value, name: &str) -> i64 {
    v[name].as_str().unwrap().parse().unwrap()
}

fn times(rows: &[Value]) -> Vec<i64> {
    rows.iter().map(|r| ms(r, "fundingTime")).collect()
}

#[test]
fn current_funding_has_okx_fields_and_the_interval() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let now = sim.now_ms();
    let rows = data(&sim, "/api/v5/public/funding-rate?instId=BTC-USDT-SWAP");
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "instType",
            "instId",
            "method",
            "formulaType",
            "fundingRate",
            "nextFundingRate",
            "fundingTime",
            "nextFundingTime",
            "minFundingRate",
            "maxFundingRate",
            "interestRate",
            "impactValue",
            "settState",
            "settFundingRate",
            "premium",
            "ts"
        ]
    );
    assert!(r.as_object().unwrap().values().all(Value::is_string));
    assert_eq!(
        (r["instType"].as_str(), r["method"].as_str()),
        (Some("SWAP"), Some("current_period"))
    );
    assert_eq!(r["nextFundingRate"], "");
    let ft = ms(r, "fundingTime");
    assert!(ft > now - 1000 && ft <= now + 8 * HOUR && ft % (8 * HOUR) == 0);
    assert_eq!(ms(r, "nextFundingTime") - ft, 8 * HOUR);
    // The changed instrument settles every 4 h now.
    let eth = &data(&sim, "/api/v5/public/funding-rate?instId=ETH-USDT-SWAP")[0];
    assert_eq!(
        ms(eth, "nextFundingTime") - ms(eth, "fundingTime"),
        4 * HOUR
    );
    // The predicted rate of the coming settlement becomes its history row's fundingRate; the
    // settled rate is the newest history row's realizedRate.
    let hist = data(
        &sim,
        "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&limit=1",
    );
    assert_eq!(hist[0]["realizedRate"], r["settFundingRate"]);
    // ANY: every perpetual, and nothing else.
    let any = data(&sim, "/api/v5/public/funding-rate?instId=ANY");
    let mut ids: Vec<&str> = any.iter().map(|r| r["instId"].as_str().unwrap()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["BTC-USD-SWAP", "BTC-USDT-SWAP", "ETH-USDT-SWAP"]);
}

#[test]
fn parameter_errors_use_okx_codes() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    for (target, code) in [
        ("/api/v5/public/funding-rate", "50014"),
        ("/api/v5/public/funding-rate?instId=NOPE-USDT-SWAP", "51001"),
        ("/api/v5/public/funding-rate?instId=BTC-USDT", "51000"),
        ("/api/v5/public/funding-rate-history", "50014"),
        (
            "/api/v5/public/funding-rate-history?instId=BTC-USDT",
            "51000",
        ),
        (
            "/api/v5/public/funding-rate-history?instId=XYZ-USDT-SWAP",
            "51001",
        ),
        (
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&limit=401",
            "51000",
        ),
        (
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&limit=0",
            "51000",
        ),
        (
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&after=x",
            "51000",
        ),
        (
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&before=-5",
            "51000",
        ),
    ] {
        let (_, body) = get(&sim, target);
        assert_eq!(body["code"], code, "{target}: {body}");
        assert_eq!(body["data"], json!([]));
    }
}

#[test]
fn history_walks_the_schedule_with_exclusive_cursors() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let now = sim.now_ms();
    let all = data(
        &sim,
        "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP",
    );
    assert_eq!(
        all.len(),
        276,
        "92 days of 8 h, in one page of the default 400"
    );
    let ts = times(&all);
    assert!(
        ts.windows(2).all(|w| w[0] - w[1] == 8 * HOUR),
        "newest first"
    );
    assert!(ts[0] <= now && ts[0] > now - 8 * HOUR);
    let keys: Vec<&str> = all[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "instType",
            "instId",
            "formulaType",
            "fundingRate",
            "realizedRate",
            "fundingTime",
            "method"
        ]
    );
    let t = ts[20];
    let page = data(
        &sim,
        &format!("/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&after={t}&limit=3"),
    );
    assert_eq!(times(&page), ts[21..24]);
    assert_eq!(page[0], all[21], "the same settlement is the same row");
    let page = data(
        &sim,
        &format!("/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&before={t}"),
    );
    assert_eq!(times(&page), ts[..20], "before alone: the newest rows");
    let page = data(
        &sim,
        &format!(
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&after={}&before={}",
            t, ts[25]
        ),
    );
    assert_eq!(times(&page), ts[21..25]);

    // ETH-USDT-SWAP: 4 h since the change, 8 h before it.
    let c = sim.funding_interval_change_ms();
    assert_eq!(c % (8 * HOUR), 0);
    assert!(now - c >= 30 * DAY && now - c < 30 * DAY + 8 * HOUR);
    let eth = times(&data(
        &sim,
        "/api/v5/public/funding-rate-history?instId=ETH-USDT-SWAP",
    ));
    let gaps: Vec<i64> = eth.windows(2).map(|w| w[0] - w[1]).collect();
    for (w, d) in eth.windows(2).zip(&gaps) {
        assert_eq!(*d, if w[1] >= c { 4 * HOUR } else { 8 * HOUR }, "{w:?}");
    }
    assert!(eth.contains(&c));
}

#[test]
fn removed_settlements_leave_a_hole() {
    let probe = Sim::start(SimConfig::default()).unwrap();
    let t = (probe.now_ms() / (8 * HOUR) - 10) * 8 * HOUR;
    drop(probe);
    let sim = Sim::start(SimConfig {
        funding_gaps: vec![FundingGap {
            inst_id: "BTC-USD-SWAP".into(),
            start_ms: t,
            end_ms: t + 1,
        }],
        ..SimConfig::default()
    })
    .unwrap();
    let ts = times(&data(
        &sim,
        "/api/v5/public/funding-rate-history?instId=BTC-USD-SWAP",
    ));
    assert!(!ts.contains(&t));
    assert!(ts.contains(&(t - 8 * HOUR)) && ts.contains(&(t + 8 * HOUR)));
    let other = times(&data(
        &sim,
        "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP",
    ));
    assert!(other.contains(&t));
}

#[test]
fn history_is_rate_limited_per_instrument() {
    let sim = Sim::start(SimConfig::default()).unwrap();
    let status = |id: &str| {
        get(
            &sim,
            &format!("/api/v5/public/funding-rate-history?instId={id}&limit=1"),
        )
        .0
    };
    for _ in 0..10 {
        assert_eq!(status("BTC-USDT-SWAP"), 200);
    }
    assert_eq!(status("BTC-USDT-SWAP"), 429);
    assert_eq!(
        status("ETH-USDT-SWAP"),
        200,
        "another instrument has its own budget"
    );
}

#[test]
fn the_funding_rate_channel_pushes_the_rest_fields() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 20,
        ..SimConfig::default()
    })
    .unwrap();
    let (mut ws, _) = tungstenite::connect(format!("{}/ws/v5/public", sim.ws_url())).unwrap();
    if let MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    }
    ws.send(Message::text(
        json!({"op": "subscribe", "args": [
            {"channel": "funding-rate", "instId": "ETH-USDT-SWAP"},
            {"channel": "funding-rate", "instId": "BTC-USDT"},
        ]})
        .to_string(),
    ))
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    let (mut acked, mut refused, mut pushes) = (false, false, Vec::new());
    while Instant::now() < deadline && !(acked && refused && pushes.len() >= 2) {
        match ws.read() {
            Ok(Message::Text(t)) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                match v["event"].as_str() {
                    Some("subscribe") => acked = true,
                    Some("error") => {
                        assert_eq!(v["code"], "60018", "{v}");
                        refused = true;
                    }
                    _ => pushes.push(v),
                }
            }
            Ok(_) => {}
            Err(Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert!(acked && refused && pushes.len() >= 2, "{pushes:?}");
    let p = &pushes[0];
    assert_eq!(
        p["arg"],
        json!({"channel": "funding-rate", "instId": "ETH-USDT-SWAP"})
    );
    let d = &p["data"][0];
    let rest = &data(&sim, "/api/v5/public/funding-rate?instId=ETH-USDT-SWAP")[0];
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(d), keys(rest));
    assert_eq!(d["fundingTime"], rest["fundingTime"]);
    assert_eq!(d["fundingRate"], rest["fundingRate"]);
    assert_eq!(ms(d, "nextFundingTime") - ms(d, "fundingTime"), 4 * HOUR);
}
