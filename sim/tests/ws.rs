//! The WebSocket API v5 over real sockets, with tungstenite's client: the handshake paths, the text
//! ping, subscribe/unsubscribe/login answers and errors, the market pushes and their agreement
//! with REST, `books` sequence numbers and gaps, `orders` and `account` pushes on REST changes, the
//! test switches (drop, close, notice, pongs) as methods and control endpoints, and shutdown.

mod common;

use std::io::ErrorKind;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{http, sign};
use okx_sim::{Account, Sim, SimConfig};
use serde_json::{json, Value};
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Error, Message, WebSocket};

type Ws = WebSocket<MaybeTlsStream<TcpStream>>;

fn start() -> Sim {
    Sim::start(SimConfig::default()).unwrap()
}

fn connect(sim: &Sim, path: &str) -> Ws {
    let (mut ws, _) = tungstenite::connect(format!("{}{path}", sim.ws_url())).unwrap();
    if let MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    }
    ws
}

fn send(ws: &mut Ws, text: &str) {
    ws.send(Message::text(text)).unwrap();
}

/// The next message within `within`: `Ok(Some(text))`, `Ok(None)` on timeout, `Err` when the
/// connection ended (with the close frame if one came).
fn next(ws: &mut Ws, within: Duration) -> Result<Option<String>, Option<u16>> {
    let deadline = Instant::now() + within;
    loop {
        match ws.read() {
            Ok(Message::Text(t)) => return Ok(Some(t.as_str().to_string())),
            Ok(Message::Close(frame)) => return Err(frame.map(|f| u16::from(f.code))),
            Ok(_) => {}
            Err(Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                if Instant::now() >= deadline {
                    return Ok(None);
                }
            }
            Err(_) => return Err(None),
        }
    }
}

/// The next JSON message for which `keep` holds, within 5 s; others are skipped.
fn next_where(ws: &mut Ws, keep: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(text)) = next(ws, Duration::from_millis(100)) {
            if text == "pong" {
                continue;
            }
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            if keep(&v) {
                return v;
            }
        }
    }
    panic!("no matching message within 5 s");
}

/// The next message that is an event (not a push).
fn next_event(ws: &mut Ws) -> Value {
    next_where(ws, |v| v.get("event").is_some())
}

/// The next push of `channel`.
fn next_push(ws: &mut Ws, channel: &str) -> Value {
    next_where(ws, |v| {
        v.get("event").is_none() && v["arg"]["channel"] == channel
    })
}

fn request(ws: &mut Ws, v: Value) -> Value {
    send(ws, &v.to_string());
    next_event(ws)
}

fn subscribe(ws: &mut Ws, arg: Value) -> Value {
    request(ws, json!({"op": "subscribe", "args": [arg]}))
}

fn wait_until(what: &str, cond: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A login request for `a` at epoch-seconds text `ts`.
fn login_request(a: &Account, ts: &str) -> Value {
    json!({"op": "login", "args": [{
        "apiKey": a.api_key,
        "passphrase": a.passphrase,
        "timestamp": ts,
        "sign": sign(&a.secret_key, &format!("{ts}GET/users/self/verify")),
    }]})
}

fn login(sim: &Sim, ws: &mut Ws, a: &Account) {
    let ts = (sim.now_ms() / 1000).to_string();
    let ack = request(ws, login_request(a, &ts));
    assert_eq!(ack["event"], "login", "{ack}");
}

fn signed(sim: &Sim, a: &Account, method: &str, target: &str, body: &str) -> Value {
    common::signed(sim, a, method, target, body).1
}

#[test]
fn handshake_paths_ping_and_log() {
    let sim = start();
    assert!(sim.ws_url().starts_with("ws://127.0.0.1:"));
    assert_ne!(sim.ws_url(), sim.base_url().replace("http", "ws"));
    match tungstenite::connect(format!("{}/ws/v5/nope", sim.ws_url())) {
        Err(Error::Http(resp)) => assert_eq!(resp.status(), 404),
        other => panic!("expected a 404, got {:?}", other.map(|_| ())),
    }
    // Connection numbers follow the order handshakes complete.
    let mut public = connect(&sim, "/ws/v5/public");
    wait_until("one connection", || sim.ws_connections() == 1);
    let mut private = connect(&sim, "/ws/v5/private?brokerId=9999");
    wait_until("two connections", || sim.ws_connections() == 2);
    let mut business = connect(&sim, "/ws/v5/business");
    wait_until("three connections", || sim.ws_connections() == 3);
    for ws in [&mut public, &mut private, &mut business] {
        send(ws, "ping");
        assert_eq!(next(ws, Duration::from_secs(2)), Ok(Some("pong".into())));
    }
    sim.ws_set_pongs(false);
    send(&mut public, "ping");
    assert_eq!(next(&mut public, Duration::from_millis(300)), Ok(None));
    sim.ws_set_pongs(true);
    send(&mut public, "ping");
    assert_eq!(
        next(&mut public, Duration::from_secs(2)),
        Ok(Some("pong".into()))
    );

    let log = sim.ws_log();
    let rows: Vec<(u64, &str, &str)> = log
        .iter()
        .map(|e| (e.conn, e.path.as_str(), e.text.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (1, "/ws/v5/public", "ping"),
            (2, "/ws/v5/private", "ping"),
            (3, "/ws/v5/business", "ping"),
            (1, "/ws/v5/public", "ping"),
            (1, "/ws/v5/public", "ping"),
        ]
    );
    assert!(log.iter().all(|e| (e.at_ms - sim.now_ms()).abs() < 10_000));
    drop(public);
    drop(private);
    drop(business);
    wait_until("no connections", || sim.ws_connections() == 0);
}

#[test]
fn request_errors_in_okx_order() {
    let sim = start();
    let mut public = connect(&sim, "/ws/v5/public");
    let mut business = connect(&sim, "/ws/v5/business");
    let mut private = connect(&sim, "/ws/v5/private");

    send(&mut public, "{not json");
    let e = next_event(&mut public);
    assert_eq!(e["event"], "error");
    assert_eq!(e["code"], "60012");
    assert_eq!(e["msg"], "Invalid request: {not json");
    let conn_id = e["connId"].as_str().unwrap().to_string();
    assert!(conn_id.len() == 8 && conn_id.bytes().all(|b| b.is_ascii_hexdigit()));
    // Field order as OKX sends it.
    send(&mut public, r#"{"id":"7","op":"subscribe"}"#);
    let text = next(&mut public, Duration::from_secs(2)).unwrap().unwrap();
    assert_eq!(
        text,
        format!(
            r#"{{"id":"7","event":"error","code":"60012","msg":"Invalid request: {{\"id\":\"7\",\"op\":\"subscribe\"}}","connId":"{conn_id}"}}"#
        )
    );
    for (req, code) in [
        (json!({"args": [{"channel": "tickers"}]}), "60012"),
        (json!({"op": "subscribe", "args": []}), "60012"),
        (json!({"op": "subscribe", "args": ["tickers"]}), "60012"),
        (
            json!({"op": "fly", "args": [{"channel": "tickers"}]}),
            "60019",
        ),
        (json!({"op": "login", "args": [{}]}), "60019"),
    ] {
        let e = request(&mut public, req.clone());
        assert_eq!(
            (e["event"].as_str(), e["code"].as_str()),
            (Some("error"), Some(code)),
            "{req}"
        );
    }
    let e = request(&mut public, json!({"op": "fly", "args": []}));
    assert_eq!(e["msg"], "Invalid op: fly");

    let wrong = |channel: &str, inst: &str| {
        format!("Wrong URL or channel:{channel},instId:{inst} doesn't exist. Please use the correct URL, channel and parameters referring to API document.")
    };
    let e = subscribe(
        &mut public,
        json!({"channel": "nope", "instId": "BTC-USDT"}),
    );
    assert_eq!(
        (e["code"].as_str(), e["msg"].as_str()),
        (Some("60018"), Some(wrong("nope", "BTC-USDT").as_str()))
    );
    let e = subscribe(
        &mut public,
        json!({"channel": "tickers", "instId": "NOPE-USDT"}),
    );
    assert_eq!(
        (e["code"].as_str(), e["msg"].as_str()),
        (Some("60018"), Some(wrong("tickers", "NOPE-USDT").as_str()))
    );
    let e = subscribe(
        &mut public,
        json!({"channel": "candle1m", "instId": "BTC-USDT"}),
    );
    assert_eq!(e["code"], "64001");
    assert!(e["msg"].as_str().unwrap().starts_with("This channel has been migrated to the '/business' URL. Please subscribe using the new URL."));
    let e = subscribe(&mut public, json!({"channel": "orders", "instType": "ANY"}));
    assert_eq!(e["code"], "60018");
    for channel in ["tickers", "books", "books5", "trades"] {
        let e = subscribe(
            &mut business,
            json!({"channel": channel, "instId": "BTC-USDT"}),
        );
        assert_eq!(e["code"], "64002", "{channel}");
        assert_eq!(
            e["msg"],
            "This channel is not supported by \"business\" URL. Please use \"public\" URL"
        );
    }
    let e = subscribe(
        &mut business,
        json!({"channel": "candle7m", "instId": "BTC-USDT"}),
    );
    assert_eq!(e["code"], "60018");
    for channel in ["orders", "account"] {
        let e = subscribe(&mut private, json!({"channel": channel, "instType": "ANY"}));
        assert_eq!(
            (e["code"].as_str(), e["msg"].as_str()),
            (Some("60011"), Some("Please log in"))
        );
    }
    let e = subscribe(
        &mut private,
        json!({"channel": "tickers", "instId": "BTC-USDT"}),
    );
    assert_eq!(e["code"], "60018");

    // Several arguments: one answer each, in order; the id is echoed on each.
    send(
        &mut public,
        &json!({"id": "42", "op": "subscribe", "args": [
            {"channel": "tickers", "instId": "ETH-USDT"},
            {"channel": "tickers", "instId": "NOPE"},
        ]})
        .to_string(),
    );
    let a = next_event(&mut public);
    let b = next_event(&mut public);
    assert_eq!(
        a,
        json!({"id": "42", "event": "subscribe", "arg": {"channel": "tickers", "instId": "ETH-USDT"}, "connId": conn_id})
    );
    assert_eq!(
        (b["id"].as_str(), b["code"].as_str()),
        (Some("42"), Some("60018"))
    );
    let u = request(
        &mut public,
        json!({"op": "unsubscribe", "args": [{"channel": "tickers", "instId": "ETH-USDT"}]}),
    );
    assert_eq!(u["event"], "unsubscribe");
    assert_eq!(
        u["arg"],
        json!({"channel": "tickers", "instId": "ETH-USDT"})
    );
    // Errors leave the connection open.
    send(&mut public, "ping");
    assert_eq!(
        next(&mut public, Duration::from_secs(2)),
        Ok(Some("pong".into()))
    );
}

#[test]
fn login_checks() {
    let sim = Sim::start(SimConfig {
        clock_offset_ms: -120_000,
        ..SimConfig::default()
    })
    .unwrap();
    let live = Account::live();
    let mut ws = connect(&sim, "/ws/v5/private");
    let sim_secs = sim.now_ms() / 1000;
    let code = |ws: &mut Ws, req: Value| {
        let e = request(ws, req);
        (
            e["event"].as_str().unwrap().to_string(),
            e["code"].as_str().unwrap().to_string(),
            e["msg"].as_str().unwrap().to_string(),
        )
    };
    let with = |f: &dyn Fn(&mut Value)| {
        let mut r = login_request(&live, &sim_secs.to_string());
        f(&mut r["args"][0]);
        r
    };
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            with(&|a| a["timestamp"] = json!("2020-12-08T09:08:57.715Z")),
            "60004",
            "Invalid timestamp",
        ),
        (
            with(&|a| a["timestamp"] = json!(true)),
            "60004",
            "Invalid timestamp",
        ),
        // The real clock is 120 s ahead of the sim's.
        (
            login_request(&live, &(sim_secs + 120).to_string()),
            "60006",
            "Timestamp request expired",
        ),
        (
            login_request(&live, &(sim_secs - 31).to_string()),
            "60006",
            "Timestamp request expired",
        ),
        (
            with(&|a| a["apiKey"] = json!("nope")),
            "60005",
            "Invalid apiKey",
        ),
        (
            with(&|a| a["passphrase"] = json!("nope")),
            "60024",
            "Wrong passphrase",
        ),
        (
            with(&|a| a["sign"] = json!("bm9wZQ==")),
            "60007",
            "Invalid sign",
        ),
    ];
    for (req, want_code, want_msg) in cases {
        assert_eq!(
            code(&mut ws, req.clone()),
            ("error".into(), want_code.into(), want_msg.into()),
            "{req}"
        );
    }
    // Still open, and not logged in.
    let e = subscribe(&mut ws, json!({"channel": "account"}));
    assert_eq!(e["code"], "60011");
    // A fractional timestamp signed as sent, within 30 s of the sim clock.
    let ts = format!("{}.250", sim_secs - 20);
    let ok = request(&mut ws, login_request(&live, &ts));
    assert_eq!(ok["event"], "login");
    assert_eq!(
        (ok["code"].as_str(), ok["msg"].as_str()),
        (Some("0"), Some(""))
    );
    assert_eq!(ok.as_object().unwrap().keys().count(), 4);
    // Demo keys work too (OKX would want its demo host), on /business as well.
    let mut business = connect(&sim, "/ws/v5/business");
    login(&sim, &mut business, &Account::demo());
}

#[test]
fn market_pushes_agree_with_rest() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 20,
        ..SimConfig::default()
    })
    .unwrap();
    let mut public = connect(&sim, "/ws/v5/public");
    let ack = subscribe(
        &mut public,
        json!({"channel": "tickers", "instId": "BTC-USDT"}),
    );
    assert_eq!(ack["event"], "subscribe");
    let push = next_push(&mut public, "tickers");
    assert_eq!(
        push["arg"],
        json!({"channel": "tickers", "instId": "BTC-USDT"})
    );
    assert_eq!(push.as_object().unwrap().keys().count(), 2);
    let t = &push["data"][0];
    let (_, rest) = http(
        &sim,
        "GET",
        "/api/v5/market/ticker?instId=BTC-USDT",
        &[],
        "",
    );
    let r = &rest["data"][0];
    // Sorted: with the okx crate's serde_json `preserve_order` (unified in a workspace build)
    // objects keep insertion order.
    let keys = |v: &Value| {
        let mut k = v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        k.sort();
        k
    };
    assert_eq!(keys(t), keys(r));
    assert_eq!(t["instId"], "BTC-USDT");
    // Pushes keep coming at the interval: 20 ms, so well over ten in a second.
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < Duration::from_secs(1) {
        if let Ok(Some(_)) = next(&mut public, Duration::from_millis(50)) {
            n += 1;
        }
    }
    assert!((15..=80).contains(&n), "{n} pushes in a second");
    request(
        &mut public,
        json!({"op": "unsubscribe", "args": [{"channel": "tickers", "instId": "BTC-USDT"}]}),
    );

    subscribe(
        &mut public,
        json!({"channel": "books5", "instId": "ETH-USDT"}),
    );
    let b = next_push(&mut public, "books5");
    assert!(b.get("action").is_none());
    let d = &b["data"][0];
    assert_eq!(keys(d), ["asks", "bids", "instId", "seqId", "ts"]);
    assert_eq!(d["instId"], "ETH-USDT");
    assert!(d["seqId"].is_i64() && d["ts"].is_string());
    let px = |l: &Value| l[0].as_str().unwrap().parse::<f64>().unwrap();
    let (asks, bids) = (d["asks"].as_array().unwrap(), d["bids"].as_array().unwrap());
    assert_eq!((asks.len(), bids.len()), (5, 5));
    assert!(asks.windows(2).all(|w| px(&w[0]) < px(&w[1])));
    assert!(bids.windows(2).all(|w| px(&w[0]) > px(&w[1])));
    assert!(px(&bids[0]) < px(&asks[0]));
    assert!(asks
        .iter()
        .all(|l| l.as_array().unwrap().len() == 4 && l[2] == "0"));
    request(
        &mut public,
        json!({"op": "unsubscribe", "args": [{"channel": "books5", "instId": "ETH-USDT"}]}),
    );

    subscribe(
        &mut public,
        json!({"channel": "trades", "instId": "BTC-USDT"}),
    );
    let mut ids = Vec::new();
    for _ in 0..5 {
        let p = next_push(&mut public, "trades");
        let tr = &p["data"][0];
        assert_eq!(
            keys(tr),
            ["count", "instId", "px", "seqId", "side", "source", "sz", "tradeId", "ts"]
        );
        assert!(tr["seqId"].is_i64());
        for k in [
            "instId", "tradeId", "px", "sz", "side", "ts", "count", "source",
        ] {
            assert!(tr[k].is_string(), "{k}");
        }
        assert!(tr["side"] == "buy" || tr["side"] == "sell");
        assert_eq!(tr["source"], "0");
        ids.push(tr["tradeId"].as_str().unwrap().parse::<i64>().unwrap());
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    let (_, rest) = http(
        &sim,
        "GET",
        "/api/v5/market/ticker?instId=BTC-USDT",
        &[],
        "",
    );
    let p = next_push(&mut public, "trades");
    let last = rest["data"][0]["last"]
        .as_str()
        .unwrap()
        .parse::<f64>()
        .unwrap();
    let traded = p["data"][0]["px"].as_str().unwrap().parse::<f64>().unwrap();
    assert!((traded / last - 1.0).abs() < 0.01, "{traded} vs {last}");

    let mut business = connect(&sim, "/ws/v5/business");
    for (channel, bar_ms) in [
        ("candle1m", 60_000),
        ("candle1s", 1_000),
        ("candle1Dutc", 86_400_000),
    ] {
        let ack = subscribe(
            &mut business,
            json!({"channel": channel, "instId": "BTC-USDT"}),
        );
        assert_eq!(ack["event"], "subscribe", "{ack}");
        let p = next_push(&mut business, channel);
        let row = p["data"][0].as_array().unwrap();
        assert_eq!(row.len(), 9);
        assert!(row.iter().all(Value::is_string));
        assert_eq!(row[8], "0");
        let ts: i64 = row[0].as_str().unwrap().parse().unwrap();
        let now = sim.now_ms();
        assert!(
            ts <= now && now - ts < bar_ms + 1_000,
            "{channel} {ts} {now}"
        );
        request(
            &mut business,
            json!({"op": "unsubscribe", "args": [{"channel": channel, "instId": "BTC-USDT"}]}),
        );
    }
    // The forming 1m candle is the REST one (same minute, same open).
    subscribe(
        &mut business,
        json!({"channel": "candle1m", "instId": "ETH-USDT"}),
    );
    let p = next_push(&mut business, "candle1m");
    let (_, rest) = http(
        &sim,
        "GET",
        "/api/v5/market/candles?instId=ETH-USDT&limit=1",
        &[],
        "",
    );
    if rest["data"][0][0] == p["data"][0][0] {
        assert_eq!(rest["data"][0][1], p["data"][0][1]);
    }
}

type Side = std::collections::BTreeMap<i64, (String, String)>;

/// Applies one side of a `books` message to `side` (keyed by price in ticks of 0.1).
fn apply(side: &mut Side, levels: &Value) {
    for l in levels.as_array().unwrap() {
        let px = (l[0].as_str().unwrap().parse::<f64>().unwrap() * 10.0).round() as i64;
        let sz = l[1].as_str().unwrap().to_string();
        if sz == "0" {
            assert!(
                side.remove(&px).is_some(),
                "removed a level that is not there: {l}"
            );
        } else {
            side.insert(px, (sz, l[3].as_str().unwrap().to_string()));
        }
    }
}

fn side_of(levels: &Value) -> Side {
    let mut side = Side::new();
    apply(&mut side, levels);
    side
}

/// Reads `books` updates that chain from `seq` until one does not (within ten); returns its
/// `data[0]`.
fn until_gap(ws: &mut Ws, mut seq: i64) -> Value {
    for _ in 0..10 {
        let u = next_push(ws, "books");
        assert_eq!(u["action"], "update");
        let d = u["data"][0].clone();
        if d["prevSeqId"].as_i64() != Some(seq) {
            return d;
        }
        seq = d["seqId"].as_i64().unwrap();
    }
    panic!("no gap in ten updates");
}

#[test]
fn books_snapshot_updates_and_gaps() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 50,
        ..SimConfig::default()
    })
    .unwrap();
    let mut ws = connect(&sim, "/ws/v5/public");
    let arg = json!({"channel": "books", "instId": "BTC-USDT"});
    subscribe(&mut ws, arg.clone());
    let snap = next_push(&mut ws, "books");
    assert_eq!(snap["action"], "snapshot");
    assert_eq!(snap["arg"], arg);
    let d = &snap["data"][0];
    // Sorted: with the okx crate's serde_json `preserve_order` (unified in a workspace
    // build) objects keep insertion order.
    let mut keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["asks", "bids", "checksum", "prevSeqId", "seqId", "ts"]
    );
    assert_eq!(
        (d["checksum"].as_i64(), d["prevSeqId"].as_i64()),
        (Some(0), Some(-1))
    );
    assert_eq!(d["asks"].as_array().unwrap().len(), 400);
    assert_eq!(d["bids"].as_array().unwrap().len(), 400);
    let (mut asks, mut bids) = (side_of(&d["asks"]), side_of(&d["bids"]));
    let mut seq = d["seqId"].as_i64().unwrap();
    let (mut removed, mut added, mut resized) = (0, 0, 0);
    let mut matched_rest = false;
    for _ in 0..40 {
        let u = next_push(&mut ws, "books");
        assert_eq!(u["action"], "update");
        let d = &u["data"][0];
        assert_eq!(d["prevSeqId"].as_i64(), Some(seq));
        assert_eq!(d["checksum"].as_i64(), Some(0));
        let new_seq = d["seqId"].as_i64().unwrap();
        assert!(new_seq > seq);
        for (side, levels) in [(&asks, &d["asks"]), (&bids, &d["bids"])] {
            for l in levels.as_array().unwrap() {
                let px = (l[0].as_str().unwrap().parse::<f64>().unwrap() * 10.0).round() as i64;
                match (l[1] == "0", side.contains_key(&px)) {
                    (true, _) => removed += 1,
                    (false, true) => resized += 1,
                    (false, false) => added += 1,
                }
            }
        }
        apply(&mut asks, &d["asks"]);
        apply(&mut bids, &d["bids"]);
        seq = new_seq;
        assert_eq!((asks.len(), bids.len()), (400, 400));
        assert!(bids.keys().next_back().unwrap() < asks.keys().next().unwrap());
        // The applied book is the sim's own: REST serves the same levels for the same seqId.
        if !matched_rest {
            let (_, rest) = http(
                &sim,
                "GET",
                "/api/v5/market/books?instId=BTC-USDT&sz=400",
                &[],
                "",
            );
            let r = &rest["data"][0];
            if r["seqId"].as_i64() == Some(seq) {
                assert_eq!(side_of(&r["asks"]), asks);
                assert_eq!(side_of(&r["bids"]), bids);
                matched_rest = true;
            }
        }
    }
    assert!(
        removed > 0 && added > 0 && resized > 0,
        "{removed} {added} {resized}"
    );
    assert!(matched_rest, "never caught REST on the same snapshot");

    // A gap: an update's prevSeqId is not the last seqId received (updates already under way
    // when the gap was asked for still chain), and the updates after it chain again.
    sim.ws_book_gap("BTC-USDT");
    let d = until_gap(&mut ws, seq);
    assert!(d["prevSeqId"].as_i64().unwrap() > seq);
    let later = next_push(&mut ws, "books");
    assert_eq!(later["data"][0]["prevSeqId"], d["seqId"]);
    // Subscribing again starts over with a snapshot.
    subscribe(&mut ws, arg.clone());
    let again = next_push(&mut ws, "books");
    assert_eq!(again["action"], "snapshot");
    assert_eq!(again["data"][0]["prevSeqId"], -1);
    // The control endpoint does the same.
    let (status, body) = http(
        &sim,
        "POST",
        "/__sim/ws-book-gap",
        &[],
        r#"{"instId":"BTC-USDT"}"#,
    );
    assert_eq!((status, body["code"].as_str()), (200, Some("0")));
    until_gap(&mut ws, again["data"][0]["seqId"].as_i64().unwrap());
    let (status, _) = http(
        &sim,
        "POST",
        "/__sim/ws-book-gap",
        &[],
        r#"{"instId":"NOPE"}"#,
    );
    assert_eq!(status, 400);
}

#[test]
fn orders_and_account_follow_rest() {
    let sim = start();
    let live = Account::live();
    let mut ws = connect(&sim, "/ws/v5/private");
    login(&sim, &mut ws, &live);
    let ack = subscribe(&mut ws, json!({"channel": "orders", "instType": "SPOT"}));
    assert_eq!(ack["arg"], json!({"channel": "orders", "instType": "SPOT"}));
    let e = subscribe(&mut ws, json!({"channel": "orders", "instType": "NOPE"}));
    assert_eq!(e["code"], "60018");
    let ack = subscribe(&mut ws, json!({"channel": "account"}));
    assert_eq!(ack["event"], "subscribe");
    // The initial account push is the REST balance.
    let first = next_push(&mut ws, "account");
    assert_eq!(first["arg"], json!({"channel": "account", "uid": live.uid}));
    let rest = signed(&sim, &live, "GET", "/api/v5/account/balance", "");
    assert_eq!(first["data"][0]["details"], rest["data"][0]["details"]);

    // A market buy: the order as accepted (live), then filled, then the balances.
    let body = r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"100","clOrdId":"ws1"}"#;
    let placed = signed(&sim, &live, "POST", "/api/v5/trade/order", body);
    let ord_id = placed["data"][0]["ordId"].as_str().unwrap().to_string();
    let accepted = next_push(&mut ws, "orders");
    assert_eq!(
        accepted["arg"],
        json!({"channel": "orders", "instType": "SPOT", "uid": live.uid})
    );
    assert_eq!(
        (
            accepted["data"][0]["ordId"].as_str(),
            accepted["data"][0]["state"].as_str(),
            accepted["data"][0]["accFillSz"].as_str()
        ),
        (Some(ord_id.as_str()), Some("live"), Some("0"))
    );
    let push = next_push(&mut ws, "orders");
    let order = &push["data"][0];
    assert_eq!(
        (order["ordId"].as_str(), order["state"].as_str()),
        (Some(ord_id.as_str()), Some("filled"))
    );
    let rest = signed(
        &sim,
        &live,
        "GET",
        &format!("/api/v5/trade/order?instId=BTC-USDT&ordId={ord_id}"),
        "",
    );
    // The REST object's fields, plus the channel's own.
    for (k, v) in rest["data"][0].as_object().unwrap() {
        assert_eq!(&order[k], v, "{k}");
    }
    assert_eq!(order["execType"], "T");
    assert_eq!(order["fillFee"], rest["data"][0]["fee"]);
    let acct = next_push(&mut ws, "account");
    let rest = signed(&sim, &live, "GET", "/api/v5/account/balance", "");
    assert_eq!(acct["data"][0]["details"], rest["data"][0]["details"]);
    assert_ne!(acct["data"][0]["details"], first["data"][0]["details"]);

    // A resting order, then its cancel.
    let resting = sim.add_resting_orders(&live.api_key, "BTC-USDT", 1);
    let push = next_push(&mut ws, "orders");
    assert_eq!(
        (
            push["data"][0]["ordId"].as_str(),
            push["data"][0]["state"].as_str()
        ),
        (Some(resting[0].as_str()), Some("live"))
    );
    next_push(&mut ws, "account");
    let body = format!(r#"{{"instId":"BTC-USDT","ordId":"{}"}}"#, resting[0]);
    signed(&sim, &live, "POST", "/api/v5/trade/cancel-order", &body);
    let push = next_push(&mut ws, "orders");
    assert_eq!(push["data"][0]["state"], "canceled");
    let acct = next_push(&mut ws, "account");
    assert_eq!(
        acct["data"][0]["details"],
        signed(&sim, &live, "GET", "/api/v5/account/balance", "")["data"][0]["details"]
    );

    // Another account's orders are not pushed; a failed order changes nothing.
    let demo = Account::demo();
    signed(
        &sim,
        &demo,
        "POST",
        "/api/v5/trade/order",
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10"}"#,
    );
    signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/order",
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"99999999"}"#,
    );
    assert_eq!(next(&mut ws, Duration::from_millis(300)), Ok(None));

    // An order canceled as it is placed (post-only that would cross) moves no funds: an orders
    // push, no account push. An account subscription with ccy gets only that currency.
    let ack = subscribe(&mut ws, json!({"channel": "account", "ccy": "BTC"}));
    assert_eq!(ack["arg"], json!({"channel": "account", "ccy": "BTC"}));
    let btc = next_push(&mut ws, "account");
    assert_eq!(btc["arg"]["ccy"], "BTC");
    let details = btc["data"][0]["details"].as_array().unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0]["ccy"], "BTC");
    let (_, ticker) = http(
        &sim,
        "GET",
        "/api/v5/market/ticker?instId=BTC-USDT",
        &[],
        "",
    );
    // 2% above the ask: crossing even if the price moves meanwhile, within the 5% price limit.
    let ask: f64 = ticker["data"][0]["askPx"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let px = format!("{:.1}", ask * 1.02);
    let body = format!(
        r#"{{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"post_only","sz":"0.001","px":"{px}"}}"#
    );
    signed(&sim, &live, "POST", "/api/v5/trade/order", &body);
    let push = next_push(&mut ws, "orders");
    assert_eq!(push["data"][0]["state"], "canceled");
    assert_eq!(next(&mut ws, Duration::from_millis(300)), Ok(None));

    // instId filters, and ANY matches spot orders.
    let mut other = connect(&sim, "/ws/v5/private");
    login(&sim, &mut other, &live);
    subscribe(
        &mut other,
        json!({"channel": "orders", "instType": "ANY", "instId": "ETH-USDT"}),
    );
    subscribe(&mut other, json!({"channel": "orders", "instType": "ANY"}));
    signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/order",
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10"}"#,
    );
    for state in ["live", "filled"] {
        let p = next_push(&mut other, "orders");
        assert_eq!(
            p["arg"],
            json!({"channel": "orders", "instType": "ANY", "uid": live.uid})
        );
        assert_eq!(p["data"][0]["state"], state);
    }
    assert_eq!(next(&mut other, Duration::from_millis(300)), Ok(None));
}

#[test]
fn notice_close_drop_and_control_endpoints() {
    let sim = start();
    let mut a = connect(&sim, "/ws/v5/public");
    let mut b = connect(&sim, "/ws/v5/business");
    wait_until("two connections", || sim.ws_connections() == 2);
    sim.ws_notice();
    for ws in [&mut a, &mut b] {
        let n = next_event(ws);
        assert_eq!(n["event"], "notice");
        assert_eq!(n["code"], "64008");
        assert_eq!(
            n["msg"],
            "The connection will soon be closed for a service upgrade. Please reconnect."
        );
        assert_eq!(n["connId"].as_str().unwrap().len(), 8);
    }
    sim.ws_close_all(4001);
    assert_eq!(sim.ws_connections(), 0);
    for ws in [&mut a, &mut b] {
        assert_eq!(next(ws, Duration::from_secs(2)), Err(Some(4001)));
    }

    let mut c = connect(&sim, "/ws/v5/private");
    wait_until("one connection", || sim.ws_connections() == 1);
    sim.ws_drop_all();
    assert_eq!(sim.ws_connections(), 0);
    assert_eq!(
        next(&mut c, Duration::from_secs(2)),
        Err(None),
        "no close frame"
    );

    // The same over HTTP.
    let mut d = connect(&sim, "/ws/v5/public");
    wait_until("one connection", || sim.ws_connections() == 1);
    let post = |path: &str, body: &str| http(&sim, "POST", path, &[], body);
    assert_eq!(post("/__sim/ws-pongs", r#"{"on":false}"#).0, 200);
    send(&mut d, "ping");
    assert_eq!(next(&mut d, Duration::from_millis(300)), Ok(None));
    assert_eq!(post("/__sim/ws-pongs", r#"{"on":true}"#).0, 200);
    send(&mut d, "ping");
    assert_eq!(
        next(&mut d, Duration::from_secs(2)),
        Ok(Some("pong".into()))
    );
    assert_eq!(post("/__sim/ws-notice", "").0, 200);
    assert_eq!(next_event(&mut d)["code"], "64008");
    assert_eq!(post("/__sim/ws-close", r#"{"code":1005}"#).0, 400);
    assert_eq!(post("/__sim/ws-close", r#"{}"#).0, 400);
    assert_eq!(post("/__sim/ws-close", r#"{"code":1001}"#).0, 200);
    assert_eq!(next(&mut d, Duration::from_secs(2)), Err(Some(1001)));
    let mut e = connect(&sim, "/ws/v5/public");
    wait_until("one connection", || sim.ws_connections() == 1);
    assert_eq!(post("/__sim/ws-drop", "").0, 200);
    assert_eq!(next(&mut e, Duration::from_secs(2)), Err(None));
    assert_eq!(http(&sim, "GET", "/__sim/ws-drop", &[], "").0, 405);
    // The close code reaches the client as sent.
    let mut f = connect(&sim, "/ws/v5/public");
    wait_until("one connection", || sim.ws_connections() == 1);
    sim.ws_close_all(u16::from(CloseCode::Normal));
    assert_eq!(next(&mut f, Duration::from_secs(2)), Err(Some(1000)));
}

#[test]
fn stop_ends_websocket_connections() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 10,
        ..SimConfig::default()
    })
    .unwrap();
    let url = sim.ws_url();
    let mut ws = connect(&sim, "/ws/v5/public");
    subscribe(&mut ws, json!({"channel": "tickers", "instId": "BTC-USDT"}));
    next_push(&mut ws, "tickers");
    let t = Instant::now();
    sim.stop();
    assert!(t.elapsed() < Duration::from_secs(2));
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match next(&mut ws, Duration::from_millis(100)) {
            Err(_) => break,
            Ok(_) => assert!(Instant::now() < deadline, "still open after stop"),
        }
    }
    assert!(tungstenite::connect(format!("{url}/ws/v5/public")).is_err());
}

#[test]
fn mark_price_pushes_agree_with_rest() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 20,
        ..SimConfig::default()
    })
    .unwrap();
    let mut public = connect(&sim, "/ws/v5/public");
    let arg = json!({"channel": "mark-price", "instId": "BTC-USD-SWAP"});
    assert_eq!(subscribe(&mut public, arg.clone())["event"], "subscribe");
    let push = next_push(&mut public, "mark-price");
    assert_eq!(push["arg"], arg);
    let d = &push["data"][0];
    assert_eq!(
        d.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["instType", "instId", "markPx", "ts"]
    );
    assert_eq!(
        (&d["instType"], &d["instId"]),
        (&json!("SWAP"), &json!("BTC-USD-SWAP"))
    );
    // The same mark price as REST at the same second (asked again if the pushes had moved on).
    let ts = |v: &Value| v["ts"].as_str().unwrap().parse::<i64>().unwrap();
    let mut agreed = false;
    for _ in 0..10 {
        let (_, rest) = http(
            &sim,
            "GET",
            "/api/v5/public/mark-price?instType=SWAP&instId=BTC-USD-SWAP",
            &[],
            "",
        );
        let r = rest["data"][0].clone();
        let p = next_where(&mut public, |v| {
            v["arg"]["channel"] == "mark-price" && ts(&v["data"][0]) >= ts(&r)
        });
        if p["data"][0]["ts"] == r["ts"] {
            assert_eq!(p["data"][0], r);
            agreed = true;
            break;
        }
    }
    assert!(agreed, "no push in the second of a REST answer");
    // Only what has a mark price: not an index, not an unknown ID; not on /business.
    for inst_id in ["BTC-USD", "NOPE-USDT-SWAP"] {
        let e = subscribe(
            &mut public,
            json!({"channel": "mark-price", "instId": inst_id}),
        );
        assert_eq!(e["code"], "60018", "{inst_id}");
    }
    let mut business = connect(&sim, "/ws/v5/business");
    let e = subscribe(&mut business, arg);
    assert_eq!(e["code"], "64002");
}

#[test]
fn positions_and_balance_and_position_follow_rest() {
    let sim = start();
    let live = Account::live();
    let mut ws = connect(&sim, "/ws/v5/private");
    // Private: a login first; instType is required.
    let e = subscribe(&mut ws, json!({"channel": "positions", "instType": "SWAP"}));
    assert_eq!(e["code"], "60011");
    login(&sim, &mut ws, &live);
    let e = subscribe(&mut ws, json!({"channel": "positions"}));
    assert_eq!(e["code"], "60018");
    let e = subscribe(&mut ws, json!({"channel": "positions", "instType": "SPOT"}));
    assert_eq!(e["code"], "60018");
    let arg = json!({"channel": "positions", "instType": "SWAP", "extraParams": "{\"updateInterval\": \"0\"}"});
    let ack = subscribe(&mut ws, arg.clone());
    assert_eq!(ack["arg"], arg);
    // A snapshot on subscribe: no positions yet.
    let snap = next_push(&mut ws, "positions");
    assert_eq!(
        (
            &snap["eventType"],
            &snap["curPage"],
            &snap["lastPage"],
            &snap["data"]
        ),
        (&json!("snapshot"), &json!(1), &json!(true), &json!([]))
    );
    assert_eq!(snap["arg"]["uid"], live.uid);
    subscribe(&mut ws, json!({"channel": "balance_and_position"}));
    let first = next_push(&mut ws, "balance_and_position");
    let data = &first["data"][0];
    assert_eq!(
        (&data["eventType"], &data["posData"]),
        (&json!("snapshot"), &json!([]))
    );
    assert_eq!(
        data["balData"].as_array().unwrap().len(),
        3,
        "USDT, BTC, ETH"
    );

    // A market buy of 2 contracts: an event_update with the REST position, and the fill.
    let body =
        r#"{"instId":"BTC-USDT-SWAP","tdMode":"cross","side":"buy","ordType":"market","sz":"2"}"#;
    let placed = signed(&sim, &live, "POST", "/api/v5/trade/order", body);
    assert_eq!(placed["data"][0]["sCode"], "0", "{placed}");
    let push = next_push(&mut ws, "positions");
    assert_eq!(push["eventType"], "event_update");
    let p = &push["data"][0];
    let rest = signed(&sim, &live, "GET", "/api/v5/account/positions", "");
    let r = &rest["data"][0];
    for k in [
        "posId", "instId", "pos", "avgPx", "mgnMode", "posSide", "fee", "tradeId", "cTime",
    ] {
        assert_eq!(p[k], r[k], "{k}");
    }
    assert!(p["pTime"].as_str().is_some_and(|t| !t.is_empty()));
    let bp = next_push(&mut ws, "balance_and_position");
    let data = &bp["data"][0];
    assert_eq!(data["eventType"], "filled");
    assert_eq!(
        (&data["posData"][0]["pos"], &data["posData"][0]["posId"]),
        (&json!("2"), &r["posId"])
    );
    assert_eq!(data["balData"][0]["ccy"], "USDT");
    assert_eq!(data["trades"][0]["tradeId"], r["tradeId"]);
    let usdt = signed(&sim, &live, "GET", "/api/v5/account/balance?ccy=USDT", "");
    assert_eq!(
        data["balData"][0]["cashBal"],
        usdt["data"][0]["details"][0]["cashBal"]
    );

    // A spot order moves no position: nothing on `positions`; closing pushes pos "0".
    signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/order",
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10"}"#,
    );
    signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/close-position",
        r#"{"instId":"BTC-USDT-SWAP","mgnMode":"cross"}"#,
    );
    let push = next_push(&mut ws, "positions");
    assert_eq!(
        (&push["data"][0]["pos"], &push["data"][0]["posId"]),
        (&json!("0"), &r["posId"])
    );
    // A new subscription's snapshot is empty again.
    subscribe(&mut ws, json!({"channel": "positions", "instType": "ANY"}));
    let snap = next_where(&mut ws, |v| {
        v["eventType"] == "snapshot" && v["arg"]["instType"] == "ANY"
    });
    assert_eq!(snap["data"], json!([]));
}

#[test]
fn an_amend_is_pushed_with_its_result_and_request_id() {
    let sim = start();
    let live = Account::live();
    let mut ws = connect(&sim, "/ws/v5/private");
    login(&sim, &mut ws, &live);
    subscribe(&mut ws, json!({"channel": "orders", "instType": "ANY"}));
    let resting = sim.add_resting_orders(&live.api_key, "BTC-USDT", 1);
    let push = next_push(&mut ws, "orders");
    assert_eq!(push["data"][0]["amendResult"], "");
    let body = format!(
        r#"{{"instId":"BTC-USDT","ordId":"{}","newSz":"0.01","reqId":"amend1"}}"#,
        resting[0]
    );
    let answer = signed(&sim, &live, "POST", "/api/v5/trade/amend-order", &body);
    assert_eq!(answer["data"][0]["sCode"], "0", "{answer}");
    let push = next_push(&mut ws, "orders");
    let o = &push["data"][0];
    assert_eq!(
        (
            o["ordId"].as_str(),
            o["sz"].as_str(),
            o["amendResult"].as_str(),
            o["reqId"].as_str(),
            o["state"].as_str()
        ),
        (
            Some(resting[0].as_str()),
            Some("0.01"),
            Some("0"),
            Some("amend1"),
            Some("live")
        )
    );
    // A failed amend with cxlOnFail: the order's cancel is pushed as the amend's failure.
    let body = format!(
        r#"{{"instId":"BTC-USDT","ordId":"{}","newSz":"0.0100000000001","reqId":"amend2","cxlOnFail":true}}"#,
        resting[0]
    );
    let answer = signed(&sim, &live, "POST", "/api/v5/trade/amend-order", &body);
    assert_eq!(answer["data"][0]["sCode"], "51121", "{answer}");
    let push = next_push(&mut ws, "orders");
    let o = &push["data"][0];
    assert_eq!(
        (
            o["state"].as_str(),
            o["amendResult"].as_str(),
            o["reqId"].as_str()
        ),
        (Some("canceled"), Some("-1"), Some("amend2"))
    );
}

#[test]
fn orders_algo_pushes_every_change_of_an_algo_order_on_business() {
    let sim = start();
    let live = Account::live();
    let swap = "BTC-USDT-SWAP";
    let arg = json!({"channel": "orders-algo", "instType": "SWAP"});
    // A business channel: not on /private, and only after a login.
    let mut private = connect(&sim, "/ws/v5/private");
    login(&sim, &mut private, &live);
    assert_eq!(subscribe(&mut private, arg.clone())["code"], "60018");
    let mut ws = connect(&sim, "/ws/v5/business");
    assert_eq!(subscribe(&mut ws, arg.clone())["code"], "60011");
    login(&sim, &mut ws, &live);
    for bad in [
        json!({"channel": "orders-algo"}),
        json!({"channel": "orders-algo", "instType": "OPTION"}),
        json!({"channel": "orders-algo", "instType": "SWAP", "instId": "NOPE-USDT-SWAP"}),
    ] {
        assert_eq!(subscribe(&mut ws, bad.clone())["code"], "60018", "{bad}");
    }
    let ack = subscribe(&mut ws, arg.clone());
    assert_eq!(ack["event"], "subscribe", "{ack}");
    let place = |body: Value| {
        let a = signed(
            &sim,
            &live,
            "POST",
            "/api/v5/trade/order-algo",
            &body.to_string(),
        );
        assert_eq!(a["data"][0]["sCode"], "0", "{a}");
        a["data"][0]["algoId"].as_str().unwrap().to_string()
    };
    let b = common::last_whole(&sim, swap);
    // Neither a spot order (another instType) nor a trailing stop (the algo-advance channel's)
    // is pushed here.
    place(
        json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "sell", "ordType": "conditional",
                 "sz": "0.001", "slTriggerPx": "1000", "slOrdPx": "-1"}),
    );
    place(
        json!({"instId": swap, "tdMode": "cross", "side": "sell", "ordType": "move_order_stop",
                 "sz": "1", "callbackRatio": "0.01"}),
    );
    let trigger = (b + 1000).to_string();
    let id = place(
        json!({"instId": swap, "tdMode": "cross", "side": "buy", "ordType": "trigger",
                          "sz": "2", "triggerPx": trigger, "orderPx": "-1", "algoClOrdId": "w1"}),
    );
    let push = next_push(&mut ws, "orders-algo");
    assert_eq!(
        push["arg"],
        json!({"channel": "orders-algo", "instType": "SWAP", "uid": live.uid})
    );
    let a = &push["data"][0];
    assert_eq!(
        (&a["algoId"], &a["algoClOrdId"], &a["ordType"], &a["state"]),
        (&json!(id), &json!("w1"), &json!("trigger"), &json!("live")),
        "{a}"
    );
    assert_eq!((&a["reqId"], &a["amendResult"]), (&json!(""), &json!("")));
    // 2 contracts of 0.01 BTC at the last price.
    let last: f64 = a["last"].as_str().unwrap().parse().unwrap();
    let usd: f64 = a["notionalUsd"].as_str().unwrap().parse().unwrap();
    assert!((usd - 0.02 * last).abs() < 1e-6, "{a}");
    // Amended: the new trigger, with the amend's reqId and result.
    let amended = (b + 1200).to_string();
    let body = json!({"instId": swap, "algoId": id, "newTriggerPx": amended, "newOrdPx": "-1",
                      "reqId": "am1"});
    let r = signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/amend-algos",
        &body.to_string(),
    );
    assert_eq!(r["data"][0]["sCode"], "0", "{r}");
    let a = next_push(&mut ws, "orders-algo")["data"][0].clone();
    assert_eq!(
        (&a["triggerPx"], &a["reqId"], &a["amendResult"], &a["state"]),
        (&json!(amended), &json!("am1"), &json!("0"), &json!("live")),
        "{a}"
    );
    // Triggered: effective, with the child order's ID.
    sim.trade_at(swap, &amended, None);
    let a = next_push(&mut ws, "orders-algo")["data"][0].clone();
    assert_eq!(
        (&a["state"], &a["amendResult"]),
        (&json!("effective"), &json!("")),
        "{a}"
    );
    assert!(!a["ordId"].as_str().unwrap().is_empty(), "{a}");
    assert!(!a["triggerTime"].as_str().unwrap().is_empty(), "{a}");
    // Canceled.
    let sl = (b - 5000).to_string();
    let id = place(
        json!({"instId": swap, "tdMode": "cross", "side": "sell", "ordType": "conditional",
                          "sz": "1", "reduceOnly": true, "slTriggerPx": sl, "slOrdPx": "-1"}),
    );
    assert_eq!(
        next_push(&mut ws, "orders-algo")["data"][0]["state"],
        "live"
    );
    let body = json!([{"instId": swap, "algoId": id}]);
    let r = signed(
        &sim,
        &live,
        "POST",
        "/api/v5/trade/cancel-algos",
        &body.to_string(),
    );
    assert_eq!(r["data"][0]["sCode"], "0", "{r}");
    let a = next_push(&mut ws, "orders-algo")["data"][0].clone();
    assert_eq!(
        (&a["algoId"], &a["state"]),
        (&json!(id), &json!("canceled")),
        "{a}"
    );
}
