//! Where the stand-in once differed from OKX in ways that could hide a client bug (issue 12, "the
//! stand-in must not hide client bugs"): each test pins OKX's documented (or observed) behaviour.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{iso, sign};
use okx_sim::{Account, Sim, SimConfig};
use serde_json::Value;

/// One request on its own connection: (HTTP status, JSON body).
fn call(
    sim: &Sim,
    method: &str,
    target: &str,
    headers: &[(&str, String)],
    body: &str,
) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut req = format!("{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw.split(' ').nth(1).unwrap().parse().unwrap();
    let body = &raw[raw.find("\r\n\r\n").unwrap() + 4..];
    let v = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    (status, v)
}

fn get(sim: &Sim, target: &str) -> Value {
    let (status, v) = call(sim, "GET", target, &[], "");
    assert_eq!(status, 200, "{target}: {v}");
    v
}

/// The OKX headers of a signed request (plus the demo header for demo keys).
fn auth(
    sim: &Sim,
    a: &Account,
    method: &str,
    target: &str,
    body: &str,
) -> Vec<(&'static str, String)> {
    let ts = iso(sim.now_ms());
    let mut h = vec![
        ("OK-ACCESS-KEY", a.api_key.clone()),
        (
            "OK-ACCESS-SIGN",
            sign(&a.secret_key, &format!("{ts}{method}{target}{body}")),
        ),
        ("OK-ACCESS-TIMESTAMP", ts),
        ("OK-ACCESS-PASSPHRASE", a.passphrase.clone()),
    ];
    if a.demo {
        h.push(("x-simulated-trading", "1".into()));
    }
    h
}

fn signed_post(
    sim: &Sim,
    a: &Account,
    target: &str,
    body: &str,
    extra: &[(&'static str, String)],
) -> (u16, Value) {
    let mut h = auth(sim, a, "POST", target, body);
    h.push(("Content-Type", "application/json".into()));
    h.extend(extra.iter().cloned());
    call(sim, "POST", target, &h, body)
}

fn start() -> Sim {
    Sim::start(SimConfig::default()).unwrap()
}

fn ts(row: &Value) -> i64 {
    row[0].as_str().unwrap().parse().unwrap()
}

/// Runs `f` until it returns `Some` (at most 5 times): for checks that a minute rolling over
/// between two requests would upset.
fn within_a_minute<T>(mut f: impl FnMut() -> Option<T>) -> T {
    for _ in 0..5 {
        if let Some(t) = f() {
            return t;
        }
    }
    panic!("the minute rolled over five times in a row")
}

/// OKX's history-candles serves recent bars too, so the two candle endpoints overlap: a client's
/// merge of them has to keep each bar once.
#[test]
fn history_candles_serve_the_recent_bars_too() {
    let sim = start();
    let rows = |target: &str| get(&sim, target)["data"].as_array().unwrap().clone();
    for bar in ["1m", "1H", "1Dutc"] {
        let (recent, history) = within_a_minute(|| {
            let recent = rows(&format!(
                "/api/v5/market/candles?instId=BTC-USDT&bar={bar}&limit=300"
            ));
            let history = rows(&format!(
                "/api/v5/market/history-candles?instId=BTC-USDT&bar={bar}&limit=300"
            ));
            (ts(&recent[0]) == ts(&history[0])).then_some((recent, history))
        });
        assert_eq!(recent.len(), 300, "{bar}");
        assert_eq!(history.len(), 300, "{bar}");
        // The same bars, newest (forming) first; closed ones are the same candle on both.
        for (r, h) in recent.iter().zip(&history).skip(1) {
            assert_eq!(r, h, "{bar}");
        }
        assert_eq!(history[0][8], "0", "{bar}: the forming bar too");
    }
    // Across the boundary of /market/candles' 1,440 bars, history-candles carries on.
    let (recent, across) = within_a_minute(|| {
        let mut after = None::<i64>;
        let mut recent = Vec::new();
        loop {
            let page = rows(&format!(
                "/api/v5/market/candles?instId=BTC-USDT&limit=300{}",
                after.map(|a| format!("&after={a}")).unwrap_or_default()
            ));
            let Some(last) = page.last() else { break };
            after = Some(ts(last));
            recent.extend(page);
        }
        let oldest = ts(recent.last().unwrap());
        let across = rows(&format!(
            "/api/v5/market/history-candles?instId=BTC-USDT&after={}&before={}",
            oldest + 3 * 60_000,
            oldest - 3 * 60_000
        ));
        (recent.len() == 1440).then_some((recent, across))
    });
    let oldest = ts(recent.last().unwrap());
    let got: Vec<i64> = across.iter().map(ts).collect();
    let want: Vec<i64> = (-2..=2).rev().map(|k| oldest + k * 60_000).collect();
    assert_eq!(got, want);
    assert_eq!(across[2], *recent.last().unwrap());
}

const ORDER: &str = "/api/v5/trade/order";

/// An `expTime` already past when the order arrives is OKX's 50036 "expTime can't be earlier
/// than the current system time" (fact sheet §1.1), not 50037 "Order expired"; nothing is placed.
#[test]
fn an_exptime_in_the_past_is_50036_and_places_nothing() {
    let sim = start();
    let body = r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10","clOrdId":"late1"}"#;
    let past = (sim.now_ms() - 1000).to_string();
    let (status, v) = signed_post(&sim, &Account::live(), ORDER, body, &[("expTime", past)]);
    assert_eq!(status, 200);
    assert_eq!(v["code"], "1");
    assert_eq!(v["data"][0]["sCode"], "50036");
    assert_eq!(
        v["data"][0]["sMsg"],
        "expTime can't be earlier than the current system time"
    );
    assert_eq!(v["data"][0]["ordId"], "");
    assert!(sim.orders().is_empty());
}

/// A well-formed key that no account has is OKX's HTTP 401 code 50119 "API key doesn't exist";
/// 50111 "Invalid OK-ACCESS-KEY" is for something that is not a key at all.
#[test]
fn an_unknown_well_formed_key_is_50119() {
    let sim = start();
    let target = "/api/v5/account/balance";
    let as_key = |key: &str| {
        let ghost = Account {
            api_key: key.into(),
            ..Account::live()
        };
        call(
            &sim,
            "GET",
            target,
            &auth(&sim, &ghost, "GET", target, ""),
            "",
        )
    };
    let (status, v) = as_key("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    assert_eq!(status, 401);
    assert_eq!(
        v,
        serde_json::json!({"msg": "API key doesn't exist", "code": "50119"})
    );
    let (status, v) = as_key("not-a-key");
    assert_eq!(status, 401);
    assert_eq!(v["code"], "50111");
    assert_eq!(v["msg"], "Invalid OK-ACCESS-KEY");
    // The known key still works.
    let (status, v) = call(
        &sim,
        "GET",
        target,
        &auth(&sim, &Account::live(), "GET", target, ""),
        "",
    );
    assert_eq!((status, v["code"].as_str()), (200, Some("0")));
}

/// OKX wants JSON bodies and says so: a POST without `Content-Type: application/json` is HTTP
/// 400 code 50006, and nothing happens.
#[test]
fn a_post_without_a_json_content_type_is_50006() {
    let sim = start();
    let live = Account::live();
    let body = r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10"}"#;
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut h = auth(&sim, &live, "POST", ORDER, body);
        h.extend(content_type.map(|t| ("Content-Type", t.to_string())));
        let (status, v) = call(&sim, "POST", ORDER, &h, body);
        assert_eq!(status, 400, "{content_type:?}");
        assert_eq!(v["code"], "50006", "{content_type:?}");
        assert_eq!(
            v["msg"],
            r#"Invalid Content_Type, please use "application/json" format"#
        );
    }
    assert!(sim.orders().is_empty());
    let mut h = auth(&sim, &live, "POST", ORDER, body);
    h.push(("content-type", "Application/JSON; charset=utf-8".into()));
    let (status, v) = call(&sim, "POST", ORDER, &h, body);
    assert_eq!((status, v["code"].as_str()), (200, Some("0")), "{v}");
    assert_eq!(sim.orders().len(), 1);
    // GETs need no Content-Type.
    let (status, _) = call(&sim, "GET", "/api/v5/public/time", &[], "");
    assert_eq!(status, 200);
}

type Ws = tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>;

fn ws_connect(sim: &Sim, path: &str) -> Ws {
    let (mut ws, _) = tungstenite::connect(format!("{}{path}", sim.ws_url())).unwrap();
    if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    }
    ws
}

fn ws_send(ws: &mut Ws, v: &Value) {
    ws.send(tungstenite::Message::text(v.to_string())).unwrap();
}

/// What the server sent next within `within`: `Ok(Some(text))`, `Ok(None)` if nothing came,
/// `Err(close code)` when the connection ended.
fn ws_next(ws: &mut Ws, within: Duration) -> Result<Option<String>, Option<u16>> {
    let deadline = std::time::Instant::now() + within;
    loop {
        match ws.read() {
            Ok(tungstenite::Message::Text(t)) => return Ok(Some(t.as_str().to_string())),
            Ok(tungstenite::Message::Close(f)) => return Err(f.map(|f| u16::from(f.code))),
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                if std::time::Instant::now() >= deadline {
                    return Ok(None);
                }
            }
            Err(_) => return Err(None),
        }
    }
}

/// The next JSON message for which `keep` holds, within 5 s.
fn ws_next_where(ws: &mut Ws, keep: impl Fn(&Value) -> bool) -> Value {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        if let Ok(Some(text)) = ws_next(ws, Duration::from_millis(100)) {
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

fn ws_event(ws: &mut Ws) -> Value {
    ws_next_where(ws, |v| v.get("event").is_some())
}

/// A login as python-okx sends it: `timestamp` a JSON number, signed as its text.
fn numeric_login(a: &Account, secs: i64) -> Value {
    serde_json::json!({"op": "login", "args": [{
        "apiKey": a.api_key,
        "passphrase": a.passphrase,
        "timestamp": secs,
        "sign": sign(&a.secret_key, &format!("{secs}GET/users/self/verify")),
    }]})
}

/// OKX accepts a login whose `timestamp` is a JSON number, as its own Python SDK sends it; the
/// signature covers the number's text. The other checks still apply to it.
#[test]
fn a_websocket_login_takes_a_numeric_timestamp() {
    let sim = start();
    let live = Account::live();
    let secs = sim.now_ms() / 1000;
    let mut ws = ws_connect(&sim, "/ws/v5/private");
    let mut login = |req: Value| {
        ws_send(&mut ws, &req);
        let e = ws_event(&mut ws);
        (e["event"].clone(), e["code"].clone())
    };
    let mut bad_sign = numeric_login(&live, secs);
    bad_sign["args"][0]["sign"] = "bm9wZQ==".into();
    assert_eq!(login(bad_sign), ("error".into(), "60007".into()));
    assert_eq!(
        login(numeric_login(&live, secs - 40)),
        ("error".into(), "60006".into())
    );
    let ghost = Account {
        api_key: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d".into(),
        ..live.clone()
    };
    assert_eq!(
        login(numeric_login(&ghost, secs)),
        ("error".into(), "60032".into()),
        "a well-formed unknown key, as on REST (50119)"
    );
    assert_eq!(
        login(numeric_login(&live, secs)),
        ("login".into(), "0".into())
    );
    // Logged in: a private channel can be subscribed.
    ws_send(
        &mut ws,
        &serde_json::json!({"op": "subscribe", "args": [{"channel": "orders", "instType": "ANY"}]}),
    );
    assert_eq!(ws_event(&mut ws)["event"], "subscribe");
}

fn ws_login(sim: &Sim, ws: &mut Ws) {
    ws_send(ws, &numeric_login(&Account::live(), sim.now_ms() / 1000));
    assert_eq!(ws_event(ws)["code"], "0");
}

/// Reads until the server closes (its close code) or `within` passes (`None`), answering
/// nothing; `ping` sends the text ping every `ping` if given.
fn ws_closed_within(ws: &mut Ws, within: Duration, ping: Option<Duration>) -> Option<u16> {
    let deadline = std::time::Instant::now() + within;
    let mut next_ping = std::time::Instant::now();
    while std::time::Instant::now() < deadline {
        if let Some(every) = ping {
            if std::time::Instant::now() >= next_ping {
                ws.send(tungstenite::Message::text("ping")).unwrap();
                next_ping += every;
            }
        }
        match ws_next(ws, Duration::from_millis(20)) {
            Ok(_) => {}
            Err(code) => return code.or(Some(0)),
        }
    }
    None
}

/// OKX drops a connection that nothing was pushed on for 30 s, subscription or not: a quiet
/// private subscription stays open only if the client pings (and the `pong`s count as data).
#[test]
fn a_subscribed_but_quiet_connection_is_closed_unless_pinged() {
    let sim = Sim::start(SimConfig {
        ws_idle_close_ms: 1_000,
        ..SimConfig::default()
    })
    .unwrap();
    let orders =
        serde_json::json!({"op": "subscribe", "args": [{"channel": "orders", "instType": "ANY"}]});
    // Quiet and silent: closed with 4004 about a second after the last thing sent.
    let mut quiet = ws_connect(&sim, "/ws/v5/private");
    ws_login(&sim, &mut quiet);
    ws_send(&mut quiet, &orders);
    assert_eq!(ws_event(&mut quiet)["event"], "subscribe");
    let t = std::time::Instant::now();
    assert_eq!(
        ws_closed_within(&mut quiet, Duration::from_secs(5), None),
        Some(4004)
    );
    assert!(
        t.elapsed() >= Duration::from_millis(800),
        "{:?}",
        t.elapsed()
    );
    // Quiet but pinging every 300 ms: still open after three idle limits.
    let mut pinged = ws_connect(&sim, "/ws/v5/private");
    ws_login(&sim, &mut pinged);
    ws_send(&mut pinged, &orders);
    assert_eq!(ws_event(&mut pinged)["event"], "subscribe");
    assert_eq!(
        ws_closed_within(
            &mut pinged,
            Duration::from_secs(3),
            Some(Duration::from_millis(300))
        ),
        None
    );
    // A market channel pushes all the time: never idle.
    let mut busy = ws_connect(&sim, "/ws/v5/public");
    ws_send(
        &mut busy,
        &serde_json::json!({"op": "subscribe", "args": [{"channel": "tickers", "instId": "BTC-USDT"}]}),
    );
    assert_eq!(
        ws_closed_within(&mut busy, Duration::from_secs(2), None),
        None
    );
    // The limit changes at run time, through the method or the control endpoint.
    let (status, _) = call(&sim, "POST", "/__sim/ws-idle", &[], r#"{"ms":60000}"#);
    assert_eq!(status, 200);
    let mut quiet = ws_connect(&sim, "/ws/v5/private");
    ws_login(&sim, &mut quiet);
    ws_send(&mut quiet, &orders);
    assert_eq!(ws_event(&mut quiet)["event"], "subscribe");
    assert_eq!(
        ws_closed_within(&mut quiet, Duration::from_secs(2), None),
        None
    );
    sim.ws_set_idle_close_ms(300);
    assert_eq!(
        ws_closed_within(&mut quiet, Duration::from_secs(3), None),
        Some(4004)
    );
}

/// A decimal string as an integer count of 10^-18.
fn units(text: &str) -> i128 {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let frac = format!("{frac:0<18}");
    int.parse::<i128>().unwrap() * 10i128.pow(18) + frac.parse::<i128>().unwrap()
}

/// Every longer bar is the exact aggregate of the `1m` bars it covers, as on OKX: open of the
/// first, close of the last, highest high, lowest low, summed volume. Checked through REST at
/// pseudo-random places, for hours, four hours and days.
#[test]
fn longer_bars_are_the_exact_aggregate_of_their_minutes() {
    let sim = Sim::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap();
    let now = sim.now_ms();
    let minutes = |from: i64, to: i64| -> Vec<Value> {
        // Oldest first, every minute of [from, to).
        let mut out = Vec::new();
        let mut after = to;
        loop {
            let page = get(
                &sim,
                &format!(
                    "/api/v5/market/history-candles?instId=ETH-USDT&bar=1m&after={after}&before={}&limit=300",
                    from - 1
                ),
            )["data"]
                .as_array()
                .unwrap()
                .clone();
            let Some(last) = page.last() else { break };
            after = ts(last);
            out.extend(page);
        }
        out.reverse();
        out
    };
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for (bar, len) in [
        ("1H", 3_600_000i64),
        ("4H", 14_400_000),
        ("1Dutc", 86_400_000),
    ] {
        for _ in 0..4 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let start = (now / len - 2 - (seed % 20) as i64) * len;
            let candle = get(
                &sim,
                &format!(
                    "/api/v5/market/history-candles?instId=ETH-USDT&bar={bar}&after={}&before={}",
                    start + 1,
                    start - 1
                ),
            )["data"][0]
                .clone();
            assert_eq!(ts(&candle), start, "{bar}");
            let ms = minutes(start, start + len);
            assert_eq!(ms.len() as i64, len / 60_000, "{bar}");
            let px = |r: &Value, i: usize| units(r[i].as_str().unwrap());
            assert_eq!(
                candle[1], ms[0][1],
                "{bar} {start}: open of the first minute"
            );
            assert_eq!(
                candle[4],
                ms.last().unwrap()[4],
                "{bar} {start}: close of the last"
            );
            assert_eq!(
                px(&candle, 2),
                ms.iter().map(|r| px(r, 2)).max().unwrap(),
                "{bar} {start}: high"
            );
            assert_eq!(
                px(&candle, 3),
                ms.iter().map(|r| px(r, 3)).min().unwrap(),
                "{bar} {start}: low"
            );
            assert_eq!(
                px(&candle, 5),
                ms.iter().map(|r| px(r, 5)).sum::<i128>(),
                "{bar} {start}: volume"
            );
            assert_eq!(candle[8], "1");
        }
    }
}

/// Applies a `books` side (`[[px, sz, "0", n]…]`, size "0" removes) to a map from price text.
fn apply_levels(side: &mut std::collections::BTreeMap<String, Value>, levels: &Value) {
    for l in levels.as_array().unwrap() {
        let px = l[0].as_str().unwrap().to_string();
        if l[1] == "0" {
            assert!(
                side.remove(&px).is_some(),
                "removed a level not there: {px}"
            );
        } else {
            side.insert(px, l.clone());
        }
    }
}

/// OKX's two documented exceptions to the `books` sequence are sent on demand: the quiet-period
/// update (no levels, `prevSeqId` = `seqId`) and the `seqId` reset after maintenance (`seqId`
/// below `prevSeqId`, and the chain goes on from there). Applying everything as OKX's rules say
/// still gives REST's book.
#[test]
fn books_send_quiet_updates_and_sequence_resets() {
    let sim = Sim::start(SimConfig {
        ws_push_interval_ms: 50,
        rate_limits: false,
        ..SimConfig::default()
    })
    .unwrap();
    let mut ws = ws_connect(&sim, "/ws/v5/public");
    ws_send(
        &mut ws,
        &serde_json::json!({"op": "subscribe", "args": [{"channel": "books", "instId": "BTC-USDT"}]}),
    );
    assert_eq!(ws_event(&mut ws)["event"], "subscribe");
    let mut next_book = || ws_next_where(&mut ws, |v| v["arg"]["channel"] == "books");
    let snapshot = next_book();
    assert_eq!(snapshot["action"], "snapshot");
    let (mut asks, mut bids) = Default::default();
    apply_levels(&mut asks, &snapshot["data"][0]["asks"]);
    apply_levels(&mut bids, &snapshot["data"][0]["bids"]);
    let mut last = snapshot["data"][0]["seqId"].as_i64().unwrap();
    let mut seen_quiet = false;
    let mut seen_reset = false;
    for i in 0..60 {
        if i == 5 {
            sim.ws_book_quiet("BTC-USDT");
        }
        if i == 15 {
            let (status, _) = call(
                &sim,
                "POST",
                "/__sim/ws-book-reset",
                &[],
                r#"{"instId":"BTC-USDT"}"#,
            );
            assert_eq!(status, 200);
        }
        let m = next_book();
        assert_eq!(m["action"], "update", "{m}");
        let d = &m["data"][0];
        let (prev, seq) = (
            d["prevSeqId"].as_i64().unwrap(),
            d["seqId"].as_i64().unwrap(),
        );
        assert_eq!(prev, last, "every update continues the last one sent");
        if prev == seq {
            assert!(i >= 5 && !seen_quiet, "one quiet update, when asked: {m}");
            assert_eq!(
                (
                    d["asks"].as_array().unwrap().len(),
                    d["bids"].as_array().unwrap().len()
                ),
                (0, 0)
            );
            seen_quiet = true;
        }
        if seq < prev {
            assert!(i >= 15 && !seen_reset, "one reset, when asked: {m}");
            assert!(seq <= 3, "restarted from 1: {seq}");
            seen_reset = true;
        }
        apply_levels(&mut asks, &d["asks"]);
        apply_levels(&mut bids, &d["bids"]);
        last = seq;
    }
    assert!(seen_quiet && seen_reset);
    // REST's book carries the restarted seqId, and equals the book the updates built.
    let mut matched = false;
    for _ in 0..20 {
        let m = next_book();
        let d = &m["data"][0];
        apply_levels(&mut asks, &d["asks"]);
        apply_levels(&mut bids, &d["bids"]);
        let seq = d["seqId"].as_i64().unwrap();
        let rest = get(&sim, "/api/v5/market/books?instId=BTC-USDT&sz=400")["data"][0].clone();
        if rest["seqId"] == seq {
            let as_map = |levels: &Value| {
                let mut side = std::collections::BTreeMap::new();
                apply_levels(&mut side, levels);
                side
            };
            assert_eq!(asks, as_map(&rest["asks"]));
            assert_eq!(bids, as_map(&rest["bids"]));
            matched = true;
            break;
        }
        assert!(
            rest["seqId"].as_i64().unwrap() < 1000,
            "REST restarted too: {}",
            rest["seqId"]
        );
    }
    assert!(matched, "REST never served the book of a pushed seqId");
}

/// A signed GET's JSON body.
fn signed_get(sim: &Sim, a: &Account, target: &str) -> Value {
    let (status, v) = call(sim, "GET", target, &auth(sim, a, "GET", target, ""), "");
    assert_eq!(status, 200, "{target}: {v}");
    v
}

/// Resting orders fill later when the market trades at their price (`Sim::trade_at`, or `POST
/// /__sim/trade`), in part too, with OKX's push sequence on the `orders` channel: `live`, then
/// `partially_filled` per partial fill, then `filled`, each with the channel's own fields; a
/// taker order is pushed `live` then `filled`. REST shows the same states.
#[test]
fn resting_orders_fill_later_with_okx_push_sequence() {
    let sim = start();
    let live = Account::live();
    let mut ws = ws_connect(&sim, "/ws/v5/private");
    ws_login(&sim, &mut ws);
    ws_send(
        &mut ws,
        &serde_json::json!({"op": "subscribe", "args": [{"channel": "orders", "instType": "SPOT"}]}),
    );
    assert_eq!(ws_event(&mut ws)["event"], "subscribe");
    let mut next_order =
        || ws_next_where(&mut ws, |v| v["arg"]["channel"] == "orders")["data"][0].clone();
    let last: f64 = get(&sim, "/api/v5/market/ticker?instId=BTC-USDT")["data"][0]["last"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let px = format!("{}", (last * 0.98).floor());
    let body = format!(
        r#"{{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"{px}","sz":"0.003","clOrdId":"rest1"}}"#
    );
    let (_, placed) = signed_post(&sim, &live, ORDER, &body, &[]);
    let ord_id = placed["data"][0]["ordId"].as_str().unwrap().to_string();
    let pushed = next_order();
    assert_eq!(
        (pushed["state"].as_str(), pushed["execType"].as_str()),
        (Some("live"), Some(""))
    );
    assert_eq!(pushed["fillSz"], "0");
    // The market trades 0.001 at a price above the order's: nothing.
    assert_eq!(
        sim.trade_at("BTC-USDT", &format!("{:.1}", last * 0.99), Some("0.001")),
        0
    );
    // 0.001 at the order's price: a partial fill.
    assert_eq!(sim.trade_at("BTC-USDT", &px, Some("0.001")), 1);
    let partial = next_order();
    assert_eq!(partial["ordId"], ord_id.as_str());
    assert_eq!(partial["state"], "partially_filled");
    assert_eq!(
        (
            partial["fillSz"].as_str(),
            partial["accFillSz"].as_str(),
            partial["fillPx"].as_str()
        ),
        (Some("0.001"), Some("0.001"), Some(px.as_str()))
    );
    assert_eq!(partial["execType"], "M");
    assert_eq!(partial["fillFeeCcy"], "BTC");
    assert_eq!(partial["fillFee"], "-0.0000008");
    for k in ["fillNotionalUsd", "notionalUsd", "lastPx", "tradeId"] {
        assert_ne!(partial[k], "", "{k}");
    }
    for (k, v) in [
        ("code", "0"),
        ("msg", ""),
        ("amendResult", ""),
        ("reqId", ""),
    ] {
        assert_eq!(partial[k], v, "{k}");
    }
    let rest = signed_get(
        &sim,
        &live,
        &format!("{ORDER}?instId=BTC-USDT&ordId={ord_id}"),
    );
    assert_eq!(rest["data"][0]["state"], "partially_filled");
    assert_eq!(rest["data"][0]["accFillSz"], "0.001");
    let pending = signed_get(
        &sim,
        &live,
        "/api/v5/trade/orders-pending?state=partially_filled",
    );
    assert_eq!(pending["data"][0]["ordId"], ord_id.as_str());
    // The rest, through the control endpoint: filled.
    let (status, v) = call(
        &sim,
        "POST",
        "/__sim/trade",
        &[],
        &format!(r#"{{"instId":"BTC-USDT","px":"{px}"}}"#),
    );
    assert_eq!(
        (status, &v["data"][0]["fills"]),
        (200, &Value::from(1)),
        "{v}"
    );
    let filled = next_order();
    assert_eq!(filled["state"], "filled");
    assert_eq!(
        (filled["fillSz"].as_str(), filled["accFillSz"].as_str()),
        (Some("0.002"), Some("0.003"))
    );
    assert_ne!(filled["tradeId"], partial["tradeId"]);
    let history = signed_get(
        &sim,
        &live,
        "/api/v5/trade/orders-history?instType=SPOT&state=filled",
    );
    assert_eq!(history["data"][0]["ordId"], ord_id.as_str());
    assert_eq!(
        sim.balance(&live.api_key, "USDT").unwrap().1,
        "0",
        "nothing frozen"
    );
    // A taker order: live, then filled.
    signed_post(
        &sim,
        &live,
        ORDER,
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"sell","ordType":"market","sz":"0.001"}"#,
        &[],
    );
    let (a, b) = (next_order(), next_order());
    assert_eq!(
        (a["state"].as_str(), b["state"].as_str()),
        (Some("live"), Some("filled"))
    );
    assert_eq!(
        (a["ordId"].clone(), b["execType"].as_str()),
        (b["ordId"].clone(), Some("T"))
    );
    // Bad control arguments are refused.
    for body in [
        r#"{"instId":"NOPE","px":"1"}"#,
        r#"{"instId":"BTC-USDT","px":"1.05"}"#,
        r#"{"instId":"BTC-USDT","px":"100","sz":"0.000000001"}"#,
    ] {
        assert_eq!(
            call(&sim, "POST", "/__sim/trade", &[], body).0,
            400,
            "{body}"
        );
    }
}
