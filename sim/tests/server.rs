//! The stand-in over real sockets: HTTP framing and keep-alive, OKX's error answers, signature
//! checks in OKX's order, rate limits, every fault as a client sees it, control endpoints, the
//! trade endpoints (including faults on them), and shutdown. The client here is raw `TcpStream`
//! so that resets and short bodies are observable.

mod common;

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{iso, sign};
use okx_sim::{Account, Fault, Sim, SimConfig};
use serde_json::Value;

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

struct Client {
    reader: BufReader<TcpStream>,
}

impl Client {
    fn connect(sim: &Sim) -> Client {
        let stream = TcpStream::connect(("127.0.0.1", sim.port())).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        Client {
            reader: BufReader::new(stream),
        }
    }

    fn send(&mut self, method: &str, target: &str, headers: &[(String, String)], body: &str) {
        let mut req = format!("{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        if !body.is_empty() {
            req.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        req.push_str("\r\n");
        req.push_str(body);
        self.reader.get_mut().write_all(req.as_bytes()).unwrap();
    }

    fn read(&mut self) -> std::io::Result<Resp> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            return Err(ErrorKind::UnexpectedEof.into());
        }
        let status = line.split(' ').nth(1).unwrap().parse().unwrap();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            self.reader.read_line(&mut h)?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':').unwrap();
            headers.push((k.to_string(), v.trim().to_string()));
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .unwrap();
        let mut body = vec![0; len];
        self.reader.read_exact(&mut body)?;
        Ok(Resp {
            status,
            headers,
            body: String::from_utf8(body).unwrap(),
        })
    }

    fn call(
        &mut self,
        method: &str,
        target: &str,
        headers: &[(String, String)],
        body: &str,
    ) -> Resp {
        self.send(method, target, headers, body);
        self.read().unwrap()
    }
}

fn get(sim: &Sim, target: &str) -> Resp {
    Client::connect(sim).call("GET", target, &[], "")
}

fn start() -> Sim {
    Sim::start(SimConfig::default()).unwrap()
}

/// The four OKX headers for a request, plus the demo header for demo keys.
fn auth_headers(
    a: &Account,
    ts: &str,
    method: &str,
    target: &str,
    body: &str,
) -> Vec<(String, String)> {
    let mut h = vec![
        ("OK-ACCESS-KEY".to_string(), a.api_key.clone()),
        (
            "OK-ACCESS-SIGN".to_string(),
            sign(&a.secret_key, &format!("{ts}{method}{target}{body}")),
        ),
        ("OK-ACCESS-TIMESTAMP".to_string(), ts.to_string()),
        ("OK-ACCESS-PASSPHRASE".to_string(), a.passphrase.clone()),
    ];
    if a.demo {
        h.push(("x-simulated-trading".to_string(), "1".to_string()));
    }
    h
}

fn signed_get(sim: &Sim, a: &Account, target: &str) -> Resp {
    let h = auth_headers(a, &iso(sim.now_ms()), "GET", target, "");
    Client::connect(sim).call("GET", target, &h, "")
}

#[test]
fn time_keep_alive_and_pipelining() {
    let sim = start();
    let mut c = Client::connect(&sim);
    let before = sim.now_ms();
    let r = c.call("GET", "/api/v5/public/time", &[], "");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let v = r.json();
    assert_eq!(v["code"], "0");
    assert_eq!(v["msg"], "");
    let ts: i64 = v["data"][0]["ts"].as_str().unwrap().parse().unwrap();
    assert!(ts >= before && ts <= sim.now_ms());
    assert!(r
        .body
        .starts_with(r#"{"code":"0","msg":"","data":[{"ts":""#));
    // Same connection again, then two pipelined requests.
    assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 200);
    c.send("GET", "/api/v5/market/ticker?instId=BTC-USDT", &[], "");
    c.send("GET", "/api/v5/market/ticker?instId=ETH-USDT", &[], "");
    assert_eq!(c.read().unwrap().json()["data"][0]["instId"], "BTC-USDT");
    assert_eq!(c.read().unwrap().json()["data"][0]["instId"], "ETH-USDT");
    // Connection: close is honoured.
    let close = [("Connection".to_string(), "close".to_string())];
    let r = c.call("GET", "/api/v5/public/time", &close, "");
    assert_eq!(r.header("connection"), Some("close"));
    let mut rest = Vec::new();
    assert_eq!(c.reader.read_to_end(&mut rest).unwrap(), 0);
    sim.stop();
}

#[test]
fn unknown_paths_methods_and_parameters() {
    let sim = start();
    let r = get(&sim, "/api/v5/market/nope");
    assert_eq!(
        (r.status, r.body.as_str()),
        (404, r#"{"msg":"Not Found","code":"404"}"#)
    );
    let r = Client::connect(&sim).call("POST", "/api/v5/public/time", &[], "{}");
    assert_eq!(r.status, 405);
    assert_eq!(r.json()["code"], "50115");
    let cases: &[(&str, u16, &str)] = &[
        (
            "/api/v5/market/ticker",
            400,
            r#"{"code":"50014","msg":"Parameter instId can not be empty","data":[]}"#,
        ),
        (
            "/api/v5/market/ticker?instId=",
            400,
            r#"{"code":"50014","msg":"Parameter instId can not be empty","data":[]}"#,
        ),
        (
            "/api/v5/market/ticker?instId=BTC-USD",
            200,
            r#"{"code":"51001","msg":"Instrument ID or Spread ID doesn't exist.","data":[]}"#,
        ),
        (
            "/api/v5/market/books?instId=BTC-USDT&sz=401",
            400,
            r#"{"code":"51000","msg":"Parameter sz error","data":[]}"#,
        ),
        (
            "/api/v5/market/candles?instId=BTC-USDT&bar=1s",
            400,
            r#"{"code":"51000","msg":"Parameter bar error","data":[]}"#,
        ),
        (
            "/api/v5/market/candles?instId=BTC-USDT&bar=1h",
            400,
            r#"{"code":"51000","msg":"Parameter bar error","data":[]}"#,
        ),
        (
            "/api/v5/market/candles?instId=BTC-USDT&limit=ten",
            400,
            r#"{"code":"51000","msg":"Parameter limit error","data":[]}"#,
        ),
        (
            "/api/v5/market/history-candles?instId=BTC-USDT&after=-5",
            400,
            r#"{"code":"51000","msg":"Parameter after error","data":[]}"#,
        ),
        (
            "/api/v5/market/candles?instId=NOPE-USDT",
            200,
            r#"{"code":"51001","msg":"Instrument ID or Spread ID doesn't exist.","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments",
            400,
            r#"{"code":"50014","msg":"Parameter instType can not be empty","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments?instType=spot",
            400,
            r#"{"code":"51000","msg":"Parameter instType error","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments?instType=SPOT&instId=BTC-EUR",
            200,
            r#"{"code":"51001","msg":"Instrument ID or Spread ID doesn't exist.","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments?instType=MARGIN",
            200,
            r#"{"code":"0","msg":"","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments?instType=OPTION",
            400,
            r#"{"code":"50014","msg":"Parameter instFamily can not be empty","data":[]}"#,
        ),
        (
            "/api/v5/public/instruments?instType=SWAP&instFamily=XRP-USDT",
            200,
            r#"{"code":"0","msg":"","data":[]}"#,
        ),
    ];
    for (target, status, body) in cases {
        let r = get(&sim, target);
        assert_eq!((r.status, r.body.as_str()), (*status, *body), "{target}");
    }
}

#[test]
fn derivatives_carry_their_contract_terms() {
    use serde_json::json;
    let sim = start();
    let swaps = get(&sim, "/api/v5/public/instruments?instType=SWAP").json();
    let swap = |id: &str| {
        swaps["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["instId"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
            .clone()
    };
    let linear = swap("BTC-USDT-SWAP");
    assert_eq!(
        (
            &linear["ctType"],
            &linear["ctVal"],
            &linear["ctValCcy"],
            &linear["settleCcy"]
        ),
        (
            &json!("linear"),
            &json!("0.01"),
            &json!("BTC"),
            &json!("USDT")
        )
    );
    assert_eq!(
        (&linear["instFamily"], &linear["uly"]),
        (&json!("BTC-USDT"), &json!("BTC-USDT"))
    );
    assert_eq!(
        (&linear["baseCcy"], &linear["expTime"]),
        (&json!(""), &json!(""))
    );
    let inverse = swap("BTC-USD-SWAP");
    assert_eq!(
        (
            &inverse["ctType"],
            &inverse["ctVal"],
            &inverse["ctValCcy"],
            &inverse["settleCcy"]
        ),
        (
            &json!("inverse"),
            &json!("100"),
            &json!("USD"),
            &json!("BTC")
        )
    );
    assert!(swap("ETH-USDT-SWAP")["lever"] == "100");

    let futures = get(&sim, "/api/v5/public/instruments?instType=FUTURES").json();
    let future = &futures["data"][0];
    let id = future["instId"].as_str().unwrap();
    let exp: i64 = future["expTime"].as_str().unwrap().parse().unwrap();
    // Dated at least 60 days out, on a Friday at 08:00 UTC, the date in its ID.
    let now: i64 = get(&sim, "/api/v5/public/time").json()["data"][0]["ts"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(exp >= now + 60 * 86_400_000, "{id} expires {exp}");
    assert_eq!(exp % 86_400_000, 8 * 3_600_000);
    assert_eq!((exp / 86_400_000 + 4) % 7, 5, "a Friday");
    assert!(
        id.starts_with("BTC-USDT-") && id.len() == "BTC-USDT-270326".len(),
        "{id}"
    );

    let options = get(
        &sim,
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
    )
    .json();
    let chain = options["data"].as_array().unwrap();
    assert_eq!(chain.len(), 6, "three strikes, calls and puts");
    assert!(chain.iter().all(|o| o["instId"]
        .as_str()
        .unwrap()
        .ends_with(o["optType"].as_str().unwrap())
        && o["stk"] != ""
        && o["lever"] == ""));

    // Tickers of every type, in contracts for derivatives; volCcy24h in coin for linear.
    for t in ["SWAP", "FUTURES", "OPTION"] {
        let tickers = get(&sim, &format!("/api/v5/market/tickers?instType={t}")).json();
        let data = tickers["data"].as_array().unwrap();
        assert!(
            !data.is_empty() && data.iter().all(|x| x["instType"] == t),
            "{t}"
        );
    }
    let t = get(&sim, "/api/v5/market/ticker?instId=BTC-USDT-SWAP").json();
    let vol: f64 = t["data"][0]["vol24h"].as_str().unwrap().parse().unwrap();
    let vol_ccy: f64 = t["data"][0]["volCcy24h"].as_str().unwrap().parse().unwrap();
    assert!(
        (vol * 0.01 - vol_ccy).abs() < 1e-6,
        "{vol} contracts × 0.01 = {vol_ccy} BTC"
    );
}

#[test]
fn market_data_shapes() {
    let sim = start();
    let v = get(&sim, "/api/v5/public/instruments?instType=SPOT").json();
    let list = v["data"].as_array().unwrap();
    assert!(list.len() >= 7);
    let btc = &list[0];
    assert_eq!(
        (
            &btc["instId"],
            &btc["tickSz"],
            &btc["lotSz"],
            &btc["minSz"],
            &btc["state"]
        ),
        (
            &Value::from("BTC-USDT"),
            &Value::from("0.1"),
            &Value::from("0.00000001"),
            &Value::from("0.00001"),
            &Value::from("live")
        )
    );
    assert!(list.iter().any(|i| i["state"] == "suspend"));
    let one = get(
        &sim,
        "/api/v5/public/instruments?instType=SPOT&instId=ETH-USDT",
    )
    .json();
    assert_eq!(one["data"].as_array().unwrap().len(), 1);

    let tickers = get(&sim, "/api/v5/market/tickers?instType=SPOT").json();
    assert_eq!(tickers["data"].as_array().unwrap().len(), list.len());
    let t = &get(&sim, "/api/v5/market/ticker?instId=BTC-USDT").json()["data"][0];
    for k in [
        "last",
        "lastSz",
        "askPx",
        "askSz",
        "bidPx",
        "bidSz",
        "open24h",
        "high24h",
        "low24h",
        "volCcy24h",
        "vol24h",
        "ts",
        "sodUtc0",
        "sodUtc8",
    ] {
        assert!(t[k].is_string(), "{k}");
    }
    let last: f64 = t["last"].as_str().unwrap().parse().unwrap();
    let ask: f64 = t["askPx"].as_str().unwrap().parse().unwrap();
    assert!((ask - last - 0.1).abs() < 1e-6);

    let book = &get(&sim, "/api/v5/market/books?instId=BTC-USDT&sz=5").json()["data"][0];
    let asks = book["asks"].as_array().unwrap();
    let bids = book["bids"].as_array().unwrap();
    assert_eq!((asks.len(), bids.len()), (5, 5));
    assert!(book["seqId"].is_i64() && book["ts"].is_string());
    let px = |l: &Value| l[0].as_str().unwrap().parse::<f64>().unwrap();
    assert!(asks.windows(2).all(|w| px(&w[0]) < px(&w[1])));
    assert!(bids.windows(2).all(|w| px(&w[0]) > px(&w[1])));
    assert_eq!(asks[0][2], "0");
    let default_depth = get(&sim, "/api/v5/market/books?instId=BTC-USDT").json();
    assert_eq!(
        default_depth["data"][0]["asks"].as_array().unwrap().len(),
        1
    );

    let candles = get(&sim, "/api/v5/market/candles?instId=BTC-USDT").json();
    let rows = candles["data"].as_array().unwrap();
    assert_eq!(rows.len(), 100);
    assert!(rows
        .iter()
        .all(|r| r.as_array().unwrap().len() == 9
            && r.as_array().unwrap().iter().all(Value::is_string)));
    assert_eq!(rows[0][8], "0");
    assert_eq!(rows[1][8], "1");
    // The ticker's last is the forming candle's close (compared within one second of sim time).
    for attempt in 0.. {
        sim.clear_log();
        let t = get(&sim, "/api/v5/market/ticker?instId=SOL-USDT").json();
        let c = get(&sim, "/api/v5/market/candles?instId=SOL-USDT&limit=1").json();
        let log = sim.log();
        if log[0].at_ms / 1000 == log[1].at_ms / 1000 {
            assert_eq!(c["data"][0][4], t["data"][0]["last"]);
            break;
        }
        assert!(attempt < 5, "never two requests within one second");
    }
    let ts = |r: &Value| r[0].as_str().unwrap().parse::<i64>().unwrap();
    assert!(rows.windows(2).all(|w| ts(&w[0]) - ts(&w[1]) == 60_000));
}

#[test]
fn history_candles_limit_cap() {
    let sim = start();
    let rows = |target: &str| get(&sim, target).json()["data"].as_array().unwrap().len();
    assert_eq!(rows("/api/v5/market/history-candles?instId=BTC-USDT"), 100);
    assert_eq!(
        rows("/api/v5/market/history-candles?instId=BTC-USDT&limit=300"),
        300
    );
    assert_eq!(
        rows("/api/v5/market/history-candles?instId=BTC-USDT&limit=1000"),
        300
    );
    assert_eq!(
        rows("/api/v5/market/candles?instId=BTC-USDT&limit=1000"),
        300
    );
    sim.set_history_candles_cap(100);
    assert_eq!(
        rows("/api/v5/market/history-candles?instId=BTC-USDT&limit=300"),
        100
    );
    assert_eq!(
        rows("/api/v5/market/candles?instId=BTC-USDT&limit=300"),
        300
    );
    assert_eq!(
        rows("/api/v5/market/history-candles?instId=BTC-USDT&bar=1s&limit=7"),
        7
    );
    // Extreme cursors are fine. Three years hold 36 or 37 month starts, depending on the date.
    let max = i64::MAX;
    let months = rows(&format!(
        "/api/v5/market/candles?instId=BTC-USDT&bar=1M&after={max}"
    ));
    assert!((36..=37).contains(&months), "{months}");
    assert_eq!(
        rows(&format!(
            "/api/v5/market/candles?instId=BTC-USDT&before={max}"
        )),
        0
    );
    assert_eq!(
        rows("/api/v5/market/history-candles?instId=BTC-USDT&after=0"),
        0
    );
}

#[test]
fn authentication_checks_in_okx_order() {
    let sim = start();
    let live = Account::live();
    let target = "/api/v5/account/balance";
    let now = iso(sim.now_ms());
    let good = auth_headers(&live, &now, "GET", target, "");
    let without = |name: &str| -> Vec<(String, String)> {
        good.iter().filter(|(k, _)| k != name).cloned().collect()
    };
    let with = |name: &str, value: &str| -> Vec<(String, String)> {
        good.iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    if k == name {
                        value.to_string()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect()
    };
    let check = |headers: Vec<(String, String)>, code: &str, msg: &str| {
        let r = Client::connect(&sim).call("GET", target, &headers, "");
        assert_eq!(r.status, 401, "{code}: {}", r.body);
        assert_eq!(
            r.body,
            format!(
                r#"{{"code":"{code}","msg":"{}","data":[]}}"#,
                msg.replace('"', "\\\"")
            )
        );
    };
    check(
        vec![],
        "50103",
        r#"Request header "OK-ACCESS-KEY" cannot be empty"#,
    );
    check(
        with("OK-ACCESS-KEY", ""),
        "50103",
        r#"Request header "OK-ACCESS-KEY" cannot be empty"#,
    );
    check(
        without("OK-ACCESS-PASSPHRASE"),
        "50104",
        r#"Request header "OK-ACCESS-PASSPHRASE" cannot be empty"#,
    );
    check(
        without("OK-ACCESS-SIGN"),
        "50106",
        r#"Request header "OK-ACCESS-SIGN" cannot be empty"#,
    );
    check(
        without("OK-ACCESS-TIMESTAMP"),
        "50107",
        r#"Request header "OK-ACCESS-TIMESTAMP" cannot be empty"#,
    );
    check(
        with("OK-ACCESS-TIMESTAMP", "2020-12-08T09:08:57Z"),
        "50112",
        "Invalid OK-ACCESS-TIMESTAMP",
    );
    check(
        with("OK-ACCESS-TIMESTAMP", &now.replace('Z', "+00:00")),
        "50112",
        "Invalid OK-ACCESS-TIMESTAMP",
    );
    check(
        with("OK-ACCESS-TIMESTAMP", &sim.now_ms().to_string()),
        "50102",
        "Timestamp request expired",
    );
    check(
        with("OK-ACCESS-TIMESTAMP", &iso(sim.now_ms() - 31_000)),
        "50102",
        "Timestamp request expired",
    );
    check(
        with("OK-ACCESS-KEY", "not-a-key"),
        "50111",
        "Invalid OK-ACCESS-KEY",
    );
    // A well-formed key no account has: OKX's 50119, in the shape OKX was seen to send it.
    let r = Client::connect(&sim).call(
        "GET",
        target,
        &with("OK-ACCESS-KEY", "00000000-0000-0000-0000-000000000000"),
        "",
    );
    assert_eq!(r.status, 401);
    assert_eq!(r.body, r#"{"msg":"API key doesn't exist","code":"50119"}"#);
    let mut demo_flag = good.clone();
    demo_flag.push(("x-simulated-trading".into(), "1".into()));
    check(
        demo_flag,
        "50101",
        "APIKey does not match current environment",
    );
    check(
        with("OK-ACCESS-PASSPHRASE", "wrong"),
        "50105",
        r#"Request header "OK-ACCESS-PASSPHRASE" incorrect"#,
    );
    check(with("OK-ACCESS-SIGN", "AAAA"), "50113", "Invalid Sign");
    // The signature must cover the timestamp sent.
    check(
        with("OK-ACCESS-TIMESTAMP", &iso(sim.now_ms() - 5_000)),
        "50113",
        "Invalid Sign",
    );
    // Header names are case-insensitive; x-simulated-trading: 0 is live.
    let mut lower: Vec<(String, String)> = good
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v.clone()))
        .collect();
    lower.push(("x-simulated-trading".into(), "0".into()));
    let r = Client::connect(&sim).call("GET", target, &lower, "");
    assert_eq!((r.status, r.json()["code"].as_str()), (200, Some("0")));
    // A demo key needs the demo header.
    let demo = Account::demo();
    let mut no_flag = auth_headers(&demo, &now, "GET", target, "");
    no_flag.retain(|(k, _)| k != "x-simulated-trading");
    check(
        no_flag,
        "50101",
        "APIKey does not match current environment",
    );
    assert_eq!(signed_get(&sim, &demo, target).status, 200);
}

#[test]
fn signature_is_over_the_raw_target_and_body() {
    let sim = start();
    let live = Account::live();
    let now = iso(sim.now_ms());
    // Signed and sent percent-encoded: accepted.
    let encoded = "/api/v5/account/balance?ccy=BTC%2CETH";
    let r = Client::connect(&sim).call(
        "GET",
        encoded,
        &auth_headers(&live, &now, "GET", encoded, ""),
        "",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    let ccys: Vec<&str> = v["data"][0]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["ccy"].as_str().unwrap())
        .collect();
    assert_eq!(ccys, ["BTC", "ETH"]);
    // Signed decoded but sent encoded: the server does not re-encode, so it is refused.
    let h = auth_headers(
        &live,
        &now,
        "GET",
        "/api/v5/account/balance?ccy=BTC,ETH",
        "",
    );
    let r = Client::connect(&sim).call("GET", encoded, &h, "");
    assert_eq!((r.status, r.json()["code"].as_str()), (401, Some("50113")));
    // A body on a GET is part of the prehash too.
    let body = r#"{"a": 1}"#;
    let h = auth_headers(&live, &now, "GET", "/api/v5/account/balance", body);
    let r = Client::connect(&sim).call("GET", "/api/v5/account/balance", &h, body);
    assert_eq!(r.status, 200);
    let h = auth_headers(&live, &now, "GET", "/api/v5/account/balance", "");
    let r = Client::connect(&sim).call("GET", "/api/v5/account/balance", &h, body);
    assert_eq!(r.json()["code"], "50113");
}

#[test]
fn clock_offset_moves_the_sim_clock() {
    let sim = Sim::start(SimConfig {
        clock_offset_ms: 120_000,
        ..SimConfig::default()
    })
    .unwrap();
    let real = okx_now();
    let ts: i64 = get(&sim, "/api/v5/public/time").json()["data"][0]["ts"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((ts - real - 120_000).abs() < 5_000);
    let live = Account::live();
    let target = "/api/v5/account/balance";
    let h = auth_headers(&live, &iso(real), "GET", target, "");
    let r = Client::connect(&sim).call("GET", target, &h, "");
    assert_eq!(r.json()["code"], "50102");
    assert_eq!(signed_get(&sim, &live, target).status, 200);
    sim.set_clock_offset_ms(0);
    let r = Client::connect(&sim).call(
        "GET",
        target,
        &auth_headers(&live, &iso(okx_now()), "GET", target, ""),
        "",
    );
    assert_eq!(r.status, 200);
}

fn okx_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[test]
fn rate_limits_per_endpoint_and_key() {
    let sim = start();
    let mut c = Client::connect(&sim);
    let start = Instant::now();
    for i in 0..10 {
        assert_eq!(
            c.call("GET", "/api/v5/public/time", &[], "").status,
            200,
            "request {i}"
        );
    }
    let r = c.call("GET", "/api/v5/public/time", &[], "");
    assert!(
        start.elapsed() < Duration::from_millis(1_900),
        "too slow to test the window"
    );
    assert_eq!(
        (r.status, r.body.as_str()),
        (429, r#"{"msg":"Too Many Requests","code":"50011"}"#)
    );
    // Other endpoints have their own windows.
    assert_eq!(
        c.call("GET", "/api/v5/market/ticker?instId=BTC-USDT", &[], "")
            .status,
        200
    );
    // Instruments are keyed by instType.
    for _ in 0..20 {
        assert_eq!(
            c.call("GET", "/api/v5/public/instruments?instType=SPOT", &[], "")
                .status,
            200
        );
    }
    assert_eq!(
        c.call("GET", "/api/v5/public/instruments?instType=SPOT", &[], "")
            .status,
        429
    );
    assert_eq!(
        c.call("GET", "/api/v5/public/instruments?instType=SWAP", &[], "")
            .status,
        200
    );
    // Private endpoints are keyed by account.
    let (live, demo) = (Account::live(), Account::demo());
    for _ in 0..10 {
        assert_eq!(
            signed_get(&sim, &live, "/api/v5/account/balance").status,
            200
        );
    }
    assert_eq!(
        signed_get(&sim, &live, "/api/v5/account/balance").status,
        429
    );
    assert_eq!(
        signed_get(&sim, &demo, "/api/v5/account/balance").status,
        200
    );
    // The window slides: after 2 s the first requests have aged out.
    std::thread::sleep(Duration::from_millis(2_050).saturating_sub(start.elapsed()));
    assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 200);
    // Off switch.
    sim.set_rate_limits(false);
    for _ in 0..30 {
        assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 200);
    }
    let statuses: Vec<u16> = sim.log().iter().map(|e| e.status).collect();
    assert_eq!(statuses.iter().filter(|&&s| s == 429).count(), 3);
}

#[test]
fn canned_faults_as_the_client_sees_them() {
    let sim = start();
    let path = "/api/v5/market/ticker";
    let target = "/api/v5/market/ticker?instId=BTC-USDT";
    let mut c = Client::connect(&sim);

    sim.inject(path, Fault::Http500, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(
        (r.status, r.body.as_str()),
        (500, r#"{"code":"50026","msg":"System error","data":[]}"#)
    );

    sim.inject(path, Fault::Http502Html, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(
        (r.status, r.header("content-type")),
        (502, Some("text/html"))
    );
    assert!(r.body.contains("<title>502 Bad Gateway</title>") && r.body.contains("nginx"));

    sim.inject(path, Fault::Http429, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(
        (r.status, r.body.as_str()),
        (429, r#"{"msg":"Too Many Requests","code":"50011"}"#)
    );

    sim.inject(path, Fault::Busy, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(r.status, 429);
    assert_eq!(
        r.body,
        r#"{"code":"50013","msg":"System is busy, please try again later","data":[]}"#
    );

    sim.inject(path, Fault::MalformedJson, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(r.status, 200);
    assert!(serde_json::from_str::<Value>(&r.body).is_err());

    sim.inject(path, Fault::EmptyData, 1);
    let r = c.call("GET", target, &[], "");
    assert_eq!(
        (r.status, r.body.as_str()),
        (200, r#"{"code":"0","msg":"","data":[]}"#)
    );

    sim.inject(path, Fault::CodeAsNumber, 1);
    let r = c.call("GET", target, &[], "");
    assert!(
        r.body
            .starts_with(r#"{"code":0,"msg":"","data":[{"instType":"SPOT""#),
        "{}",
        r.body
    );

    sim.inject(path, Fault::ExtraFields, 1);
    let v = c.call("GET", target, &[], "").json();
    assert_eq!(v["data"][0]["instId"], "BTC-USDT");
    assert!(v["simExtra"].is_object() && v["data"][0]["simFutureField"].is_string());

    // The injection is used up: the next request is normal.
    let r = c.call("GET", target, &[], "");
    assert_eq!(r.json()["data"][0]["instId"], "BTC-USDT");

    // A truncated body: Content-Length promises more than arrives, then EOF.
    sim.inject(path, Fault::TruncatedBody, 1);
    c.send("GET", target, &[], "");
    let err = c.read().err().expect("short body");
    assert_eq!(err.kind(), ErrorKind::UnexpectedEof);

    // "*" matches any path; `times` counts down; other paths are left alone when specific.
    sim.inject("*", Fault::Http500, 2);
    assert_eq!(get(&sim, "/api/v5/public/time").status, 500);
    assert_eq!(get(&sim, "/api/v5/market/nope").status, 500);
    assert_eq!(get(&sim, "/api/v5/public/time").status, 200);
    sim.inject(path, Fault::Http500, 5);
    assert_eq!(get(&sim, "/api/v5/public/time").status, 200);
    sim.clear_faults();
    assert_eq!(get(&sim, target).status, 200);

    let log = sim.log();
    let faults: Vec<(Option<&str>, u16, Option<&str>)> = log
        .iter()
        .map(|e| (e.fault.as_deref(), e.status, e.code.as_deref()))
        .collect();
    assert_eq!(
        &faults[..10],
        &[
            (Some("http500"), 500, Some("50026")),
            (Some("http502_html"), 502, None),
            (Some("http429"), 429, Some("50011")),
            (Some("busy"), 429, Some("50013")),
            (Some("malformed_json"), 200, None),
            (Some("empty_data"), 200, Some("0")),
            (Some("code_as_number"), 200, Some("0")),
            (Some("extra_fields"), 200, Some("0")),
            (None, 200, Some("0")),
            (Some("truncated_body"), 200, None),
        ]
    );
    assert_eq!(log[0].target, target);
    assert_eq!(log[0].path, path);
    assert!(log[0]
        .headers
        .iter()
        .any(|(k, v)| k == "host" && v == "127.0.0.1"));
}

#[test]
fn slow_and_reset_faults() {
    let sim = start();
    let target = "/api/v5/public/time";

    sim.inject(target, Fault::Slow(Duration::from_millis(300)), 1);
    let t = Instant::now();
    let r = get(&sim, target);
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert_eq!(r.status, 200);

    // Reset before processing: the client sees a reset; the request did not count.
    sim.inject(target, Fault::ResetBeforeProcessing, 3);
    for _ in 0..3 {
        let mut c = Client::connect(&sim);
        c.send("GET", target, &[], "");
        let err = c.read().err().expect("reset");
        assert_eq!(err.kind(), ErrorKind::ConnectionReset, "{err}");
    }
    // Reset after processing: processed (it uses up rate-limit budget), but no response.
    sim.inject(target, Fault::ResetAfterProcessing, 2);
    for _ in 0..2 {
        let mut c = Client::connect(&sim);
        c.send("GET", target, &[], "");
        assert_eq!(
            c.read().err().expect("reset").kind(),
            ErrorKind::ConnectionReset
        );
    }
    // Limit 10 per 2 s: 1 slow + 2 processed-then-reset already count, the 3 early resets do not.
    let mut c = Client::connect(&sim);
    let statuses: Vec<u16> = (0..8)
        .map(|_| c.call("GET", target, &[], "").status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 200, 200, 200, 200, 429]);

    let log = sim.log();
    assert_eq!(log.len(), 1 + 3 + 2 + 8);
    assert_eq!(
        (log[0].fault.as_deref(), log[0].status),
        (Some("slow"), 200)
    );
    assert!(log[1..4]
        .iter()
        .all(|e| e.fault.as_deref() == Some("reset_before_processing")
            && e.status == 0
            && e.code.is_none()));
    assert!(log[4..6]
        .iter()
        .all(|e| e.fault.as_deref() == Some("reset_after_processing") && e.status == 0));
}

#[test]
fn control_endpoints() {
    let sim = start();
    let mut c = Client::connect(&sim);
    let ok = r#"{"code":"0","msg":"","data":[]}"#;
    let post = |c: &mut Client, path: &str, body: &str| c.call("POST", path, &[], body);
    let r = post(
        &mut c,
        "/__sim/fault",
        r#"{"path":"/api/v5/public/time","fault":"http500","times":2}"#,
    );
    assert_eq!((r.status, r.body.as_str()), (200, ok));
    assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 500);
    // Control endpoints are never faulted, logged or rate limited.
    assert_eq!(c.call("GET", "/__sim/log", &[], "").status, 200);
    assert_eq!(post(&mut c, "/__sim/clear-faults", "").status, 200);
    assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 200);
    let r = post(
        &mut c,
        "/__sim/fault",
        r#"{"path":"*","fault":"slow","slow_ms":200}"#,
    );
    assert_eq!(r.status, 200);
    let t = Instant::now();
    c.call("GET", "/api/v5/public/time", &[], "");
    assert!(t.elapsed() >= Duration::from_millis(200));
    let log: Value = c.call("GET", "/__sim/log", &[], "").json();
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0]["fault"], "http500");
    assert_eq!(entries[0]["status"], 500);
    assert_eq!(entries[0]["code"], "50026");
    assert_eq!(entries[1]["fault"], Value::Null);
    assert_eq!(entries[2]["fault"], "slow");
    assert_eq!(entries[2]["target"], "/api/v5/public/time");
    assert!(entries[2]["at_ms"].is_i64());
    assert_eq!(
        entries[2]["headers"][0],
        serde_json::json!(["host", "127.0.0.1"])
    );

    assert_eq!(post(&mut c, "/__sim/clear-log", "").status, 200);
    assert_eq!(c.call("GET", "/__sim/log", &[], "").body, "[]");
    assert_eq!(
        post(&mut c, "/__sim/clock", r#"{"offset_ms":-3600000}"#).status,
        200
    );
    let ts: i64 = c.call("GET", "/api/v5/public/time", &[], "").json()["data"][0]["ts"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((okx_now() - 3_600_000 - ts).abs() < 5_000);
    assert_eq!(
        post(&mut c, "/__sim/rate-limits", r#"{"on":false}"#).status,
        200
    );
    for _ in 0..15 {
        assert_eq!(c.call("GET", "/api/v5/public/time", &[], "").status, 200);
    }
    assert_eq!(
        post(&mut c, "/__sim/history-cap", r#"{"cap":100}"#).status,
        200
    );
    let rows = c
        .call(
            "GET",
            "/api/v5/market/history-candles?instId=ETH-USDT&limit=300",
            &[],
            "",
        )
        .json();
    assert_eq!(rows["data"].as_array().unwrap().len(), 100);
    // Bad control requests.
    let r = post(&mut c, "/__sim/fault", r#"{"path":"/x","fault":"meteor"}"#);
    assert_eq!((r.status, r.json()["code"].as_str()), (400, Some("1")));
    assert_eq!(post(&mut c, "/__sim/clock", "not json").status, 400);
    assert_eq!(c.call("GET", "/__sim/clock", &[], "").status, 405);
    assert_eq!(c.call("GET", "/__sim/nothing", &[], "").status, 404);
}

#[test]
fn balances() {
    let sim = start();
    let live = Account::live();
    let v = signed_get(&sim, &live, "/api/v5/account/balance").json();
    let d = &v["data"][0];
    let details = d["details"].as_array().unwrap();
    let ccys: Vec<&str> = details.iter().map(|x| x["ccy"].as_str().unwrap()).collect();
    assert_eq!(ccys, ["USDT", "BTC", "ETH"]);
    let usdt = &details[0];
    for (k, want) in [
        ("eq", "10000"),
        ("cashBal", "10000"),
        ("availBal", "10000"),
        ("frozenBal", "0"),
        ("eqUsd", "10000"),
    ] {
        assert_eq!(usdt[k], want, "{k}");
    }
    assert_eq!(details[1]["eq"], "0.5");
    assert!(details[1]["uTime"].is_string() && d["uTime"].is_string());
    assert_eq!(usdt["collateralEnabled"], false);
    let total: f64 = d["totalEq"].as_str().unwrap().parse().unwrap();
    let sum: f64 = details
        .iter()
        .map(|x| x["eqUsd"].as_str().unwrap().parse::<f64>().unwrap())
        .sum();
    assert!((total - sum).abs() < 1e-6 && total > 10_000.0);

    let one = signed_get(&sim, &live, "/api/v5/account/balance?ccy=BTC").json();
    assert_eq!(one["data"][0]["details"].as_array().unwrap().len(), 1);
    let none = signed_get(&sim, &live, "/api/v5/account/balance?ccy=DOGE").json();
    assert_eq!(none["data"][0]["details"], serde_json::json!([]));
    let many = (0..21)
        .map(|i| format!("C{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let r = signed_get(&sim, &live, &format!("/api/v5/account/balance?ccy={many}"));
    assert_eq!(
        (r.status, r.body.as_str()),
        (
            400,
            r#"{"code":"51000","msg":"Parameter ccy error","data":[]}"#
        )
    );

    let demo = signed_get(&sim, &Account::demo(), "/api/v5/account/balance").json();
    let ccys: Vec<String> = demo["data"][0]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["ccy"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ccys, ["USDT", "BTC", "ETH", "OKB"]);
}

#[test]
fn stop_closes_the_listener_and_connections() {
    let sim = start();
    let port = sim.port();
    assert_eq!(sim.base_url(), format!("http://127.0.0.1:{port}"));
    let mut idle = Client::connect(&sim);
    assert_eq!(idle.call("GET", "/api/v5/public/time", &[], "").status, 200);
    let t = Instant::now();
    sim.stop();
    assert!(t.elapsed() < Duration::from_secs(2));
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
    // The idle keep-alive connection is closed too.
    let mut rest = Vec::new();
    let n = idle.reader.read_to_end(&mut rest).unwrap_or(0);
    assert_eq!(n, 0);
}

const ORDER: &str = "/api/v5/trade/order";
const CANCEL: &str = "/api/v5/trade/cancel-order";

/// Signed headers for a POST of `body`, plus `Content-Type` and any `extra` headers.
fn post_headers(
    sim: &Sim,
    a: &Account,
    target: &str,
    body: &str,
    extra: &[(&str, String)],
) -> Vec<(String, String)> {
    let mut h = auth_headers(a, &iso(sim.now_ms()), "POST", target, body);
    h.push(("Content-Type".to_string(), "application/json".to_string()));
    h.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
    h
}

fn signed_post(sim: &Sim, a: &Account, target: &str, body: &str) -> Resp {
    let h = post_headers(sim, a, target, body, &[]);
    Client::connect(sim).call("POST", target, &h, body)
}

/// `units × 10^-scale` as OKX prints decimals (no trailing zeros).
fn dec(units: i64, scale: u32) -> String {
    let p = 10i64.pow(scale);
    let frac = format!("{:0width$}", units % p, width = scale as usize);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        (units / p).to_string()
    } else {
        format!("{}.{frac}", units / p)
    }
}

fn usdt_details(sim: &Sim, a: &Account) -> Value {
    let v = signed_get(sim, a, "/api/v5/account/balance?ccy=USDT").json();
    v["data"][0]["details"][0].clone()
}

#[test]
fn orders_over_http() {
    let sim = start();
    let live = Account::live();
    // A market buy sized in BTC.
    let r = signed_post(
        &sim,
        &live,
        ORDER,
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"0.01","tgtCcy":"base_ccy","clOrdId":"mkt1","tag":"t1"}"#,
    );
    assert_eq!(r.status, 200);
    assert!(
        r.body.starts_with(r#"{"code":"0","msg":"","inTime":""#),
        "{}",
        r.body
    );
    assert!(r.body.contains(r#","data":[{"ordId":""#));
    let v = r.json();
    let in_us: i64 = v["inTime"].as_str().unwrap().parse().unwrap();
    let out_us: i64 = v["outTime"].as_str().unwrap().parse().unwrap();
    assert!(out_us >= in_us && (in_us / 1000 - sim.now_ms()).abs() < 5_000);
    let item = &v["data"][0];
    for (k, want) in [
        ("clOrdId", "mkt1"),
        ("tag", "t1"),
        ("sCode", "0"),
        ("sMsg", "Order placed"),
        ("subCode", ""),
    ] {
        assert_eq!(item[k], want, "{k}");
    }
    let mkt_id = item["ordId"].as_str().unwrap().to_string();
    assert!(mkt_id.len() >= 18 && mkt_id.bytes().all(|b| b.is_ascii_digit()));
    assert!(item["ts"].as_str().unwrap().parse::<i64>().is_ok());

    let q = format!("/api/v5/trade/order?instId=BTC-USDT&ordId={mkt_id}");
    let o = signed_get(&sim, &live, &q).json();
    assert_eq!(o["code"], "0");
    let o = &o["data"][0];
    for (k, want) in [
        ("instType", "SPOT"),
        ("instId", "BTC-USDT"),
        ("ordId", mkt_id.as_str()),
        ("clOrdId", "mkt1"),
        ("tag", "t1"),
        ("px", ""),
        ("sz", "0.01"),
        ("ordType", "market"),
        ("side", "buy"),
        ("posSide", ""),
        ("tdMode", "cash"),
        ("tgtCcy", "base_ccy"),
        ("accFillSz", "0.01"),
        ("fillSz", "0.01"),
        ("state", "filled"),
        ("fee", "-0.00001"),
        ("feeCcy", "BTC"),
        ("rebate", "0"),
        ("rebateCcy", "USDT"),
        ("pnl", "0"),
        ("category", "normal"),
        ("reduceOnly", "false"),
        ("cancelSource", ""),
    ] {
        assert_eq!(o[k], want, "{k}");
    }
    assert_eq!(o["avgPx"], o["fillPx"]);
    assert!(o["tradeId"].as_str().is_some_and(|t| !t.is_empty()));
    assert_eq!(o["cTime"], o["fillTime"]);
    // Filled at the ask, one tick (0.1) above the ticker's last.
    let px = o["avgPx"].as_str().unwrap();
    let px_ticks: i64 =
        px.replace('.', "").parse::<i64>().unwrap() * if px.contains('.') { 1 } else { 10 };
    let usdt = dec(10_000_000 - px_ticks, 3); // 10000 - 0.01 × px, in 0.001 units
    let d = usdt_details(&sim, &live);
    for k in ["eq", "cashBal", "availBal", "eqUsd"] {
        assert_eq!(d[k], usdt.as_str(), "{k}");
    }
    assert_eq!(d["frozenBal"], "0");
    assert_eq!(
        sim.balance(&live.api_key, "BTC"),
        Some(("0.50999".to_string(), "0".to_string()))
    );

    // A limit buy far below the market rests with its cost frozen.
    let r = signed_post(
        &sim,
        &live,
        ORDER,
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"1000","sz":"0.01","clOrdId":"rest1"}"#,
    )
    .json();
    assert_eq!(r["code"], "0");
    let rest_id = r["data"][0]["ordId"].as_str().unwrap().to_string();
    assert!(rest_id > mkt_id);
    let d = usdt_details(&sim, &live);
    assert_eq!(
        (d["frozenBal"].as_str(), d["ordFrozen"].as_str()),
        (Some("10"), Some("10"))
    );
    assert_eq!(d["cashBal"], usdt.as_str());
    assert_eq!(
        sim.balance(&live.api_key, "USDT"),
        Some((dec(10_000_000 - px_ticks - 10_000, 3), "10".to_string()))
    );
    let pending = signed_get(&sim, &live, "/api/v5/trade/orders-pending").json();
    let items = pending["data"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0]["ordId"].as_str(), items[0]["state"].as_str()),
        (Some(rest_id.as_str()), Some("live"))
    );
    assert_eq!(items[0]["tgtCcy"], "");
    assert_eq!(items[0]["avgPx"], "");
    assert_eq!(items[0]["accFillSz"], "0");

    // Cancel by clOrdId; a second cancel fails.
    let r = signed_post(
        &sim,
        &live,
        CANCEL,
        r#"{"instId":"BTC-USDT","clOrdId":"rest1"}"#,
    );
    assert_eq!(r.status, 200);
    let prefix = format!(r#""data":[{{"ordId":"{rest_id}","clOrdId":"rest1","ts":""#);
    assert!(r.body.contains(&prefix), "{}", r.body);
    let v = r.json();
    assert_eq!(
        (v["code"].as_str(), v["data"][0]["sCode"].as_str()),
        (Some("0"), Some("0"))
    );
    assert_eq!(v["data"][0]["sMsg"], "");
    let again = signed_post(
        &sim,
        &live,
        CANCEL,
        &format!(r#"{{"instId":"BTC-USDT","ordId":"{rest_id}"}}"#),
    )
    .json();
    assert_eq!(again["code"], "1");
    assert_eq!(again["msg"], "All operations failed");
    assert_eq!(again["data"][0]["sCode"], "51400");
    assert_eq!(
        again["data"][0]["sMsg"],
        "Cancellation failed as the order has been filled, canceled or does not exist"
    );
    assert_eq!(again["data"][0]["ordId"], rest_id.as_str());
    assert_eq!(sim.balance(&live.api_key, "USDT").unwrap().1, "0");
    let pending = signed_get(&sim, &live, "/api/v5/trade/orders-pending").json();
    assert_eq!(pending["data"], serde_json::json!([]));
    let q = "/api/v5/trade/order?instId=BTC-USDT&clOrdId=rest1";
    let o = signed_get(&sim, &live, q).json();
    assert_eq!(o["data"][0]["state"], "canceled");
    assert_eq!(o["data"][0]["cancelSource"], "1");

    // History: newest first.
    let h = signed_get(&sim, &live, "/api/v5/trade/orders-history?instType=SPOT").json();
    let ids: Vec<&str> = h["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["ordId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [rest_id.as_str(), mkt_id.as_str()]);
    let h = signed_get(
        &sim,
        &live,
        "/api/v5/trade/orders-history?instType=SPOT&state=filled",
    )
    .json();
    assert_eq!(h["data"].as_array().unwrap().len(), 1);

    // The demo account trades too, and sees none of the live account's orders.
    let demo = Account::demo();
    let r = signed_post(
        &sim,
        &demo,
        ORDER,
        r#"{"instId":"ETH-USDT","tdMode":"cash","side":"sell","ordType":"market","sz":"1"}"#,
    )
    .json();
    assert_eq!(r["code"], "0", "{r}");
    let o = signed_get(
        &sim,
        &demo,
        &format!(
            "/api/v5/trade/order?instId=ETH-USDT&ordId={}",
            r["data"][0]["ordId"].as_str().unwrap()
        ),
    )
    .json();
    // Sells default to base-currency size: 1 ETH.
    assert_eq!(o["data"][0]["tgtCcy"], "base_ccy");
    assert_eq!(o["data"][0]["accFillSz"], "1");
    assert_eq!(sim.balance(&demo.api_key, "ETH").unwrap().0, "9");
    let h = signed_get(&sim, &demo, "/api/v5/trade/orders-history?instType=SPOT").json();
    assert_eq!(h["data"].as_array().unwrap().len(), 1);

    // Every order, all accounts, oldest first, with the owner's uid.
    let all = sim.orders();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0]["ordId"], mkt_id.as_str());
    assert_eq!(all[0]["uid"], live.uid.as_str());
    assert_eq!(all[2]["uid"], demo.uid.as_str());
    let listed: Value = get(&sim, "/__sim/orders").json();
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_eq!(listed[1]["ordId"], rest_id.as_str());
    assert_eq!(sim.balance("no-such-key", "USDT"), None);
    assert_eq!(
        sim.balance(&live.api_key, "DOGE"),
        Some(("0".to_string(), "0".to_string()))
    );
}

#[test]
fn trade_errors() {
    let sim = start();
    let live = Account::live();
    let post = |body: &str| signed_post(&sim, &live, ORDER, body);
    let exact = |r: Resp, status: u16, body: &str| {
        assert_eq!((r.status, r.body.as_str()), (status, body));
    };
    exact(
        post("{nope"),
        400,
        r#"{"code":"50002","msg":"JSON syntax error","data":[]}"#,
    );
    exact(
        post(r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market"}"#),
        400,
        r#"{"code":"50014","msg":"Parameter sz can not be empty","data":[]}"#,
    );
    exact(
        post(r#"{"instId":"","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}"#),
        400,
        r#"{"code":"50014","msg":"Parameter instId can not be empty","data":[]}"#,
    );
    // Per-item failures: HTTP 200, code "1", the reason in sCode/sMsg.
    let item = |body: &str| {
        let r = post(body);
        assert_eq!(r.status, 200);
        let v = r.json();
        assert_eq!(
            (v["code"].as_str(), v["msg"].as_str()),
            (Some("1"), Some("All operations failed"))
        );
        assert!(v["inTime"].is_string() && v["outTime"].is_string());
        assert_eq!(v["data"][0]["ordId"], "");
        assert_eq!(v["data"][0]["subCode"], "");
        v["data"][0].clone()
    };
    let d = item(
        r#"{"instId":"NOPE-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1","clOrdId":"x1","tag":"mine"}"#,
    );
    assert_eq!(
        (
            d["sCode"].as_str(),
            d["clOrdId"].as_str(),
            d["tag"].as_str()
        ),
        (Some("51001"), Some("x1"), Some("mine"))
    );
    let d = item(
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1","tgtCcy":"base_ccy"}"#,
    );
    assert_eq!(
        (d["sCode"].as_str(), d["sMsg"].as_str()),
        (
            Some("51008"),
            Some("Order failed. Insufficient USDT balance in account")
        )
    );
    let d = item(
        r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"1000000","sz":"0.001"}"#,
    );
    assert_eq!(d["sCode"], "51006");
    assert!(d["sMsg"]
        .as_str()
        .unwrap()
        .starts_with("Order price is not within the price limit (max buy price: "));
    let d =
        item(r#"{"instId":"BTC-USDT","tdMode":"cross","side":"buy","ordType":"market","sz":"1"}"#);
    assert_eq!(d["sCode"], "51010");
    let d =
        item(r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","sz":"1"}"#);
    assert_eq!(
        (d["sCode"].as_str(), d["sMsg"].as_str()),
        (Some("51000"), Some("Parameter px error"))
    );
    let d = item(r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":1}"#);
    assert_eq!(
        (d["sCode"].as_str(), d["sMsg"].as_str()),
        (Some("51000"), Some("Parameter sz error"))
    );
    let d = item(
        r#"{"instId":"ETH-USDT","tdMode":"cash","side":"sell","ordType":"limit","px":"3000","sz":"0.0000001"}"#,
    );
    assert_eq!(d["sCode"], "51121");
    let d = item(
        r#"{"instId":"ETH-USDT","tdMode":"cash","side":"sell","ordType":"limit","px":"3000","sz":"0.00001"}"#,
    );
    assert_eq!(d["sCode"], "51020");
    let d =
        item(r#"{"instId":"XMR-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}"#);
    assert_eq!(d["sCode"], "51001");
    // Cancel and query parameter errors.
    let cancel = |body: &str| signed_post(&sim, &live, CANCEL, body);
    exact(
        cancel(r#"{"instId":"BTC-USDT"}"#),
        400,
        r#"{"code":"50015","msg":"Either parameter ordId or clOrdId is required","data":[]}"#,
    );
    exact(
        cancel(r#"{"ordId":"1"}"#),
        400,
        r#"{"code":"50014","msg":"Parameter instId can not be empty","data":[]}"#,
    );
    let g = |target: &str| signed_get(&sim, &live, target);
    exact(
        g("/api/v5/trade/order?ordId=1"),
        400,
        r#"{"code":"50014","msg":"Parameter instId can not be empty","data":[]}"#,
    );
    assert_eq!(
        g("/api/v5/trade/order?instId=BTC-USDT").json()["code"],
        "50015"
    );
    exact(
        g("/api/v5/trade/order?instId=BTC-USDT&ordId=123"),
        200,
        r#"{"code":"51603","msg":"Order does not exist","data":[]}"#,
    );
    assert_eq!(
        g("/api/v5/trade/order?instId=NOPE&ordId=1").json()["code"],
        "51001"
    );
    exact(
        g("/api/v5/trade/orders-history"),
        400,
        r#"{"code":"50014","msg":"Parameter instType can not be empty","data":[]}"#,
    );
    for (target, name) in [
        ("/api/v5/trade/orders-pending?limit=101", "limit"),
        ("/api/v5/trade/orders-pending?limit=0", "limit"),
        ("/api/v5/trade/orders-pending?after=abc", "after"),
        ("/api/v5/trade/orders-pending?state=filled", "state"),
        ("/api/v5/trade/orders-pending?ordType=stop", "ordType"),
        (
            "/api/v5/trade/orders-history?instType=SPOT&state=live",
            "state",
        ),
        ("/api/v5/trade/orders-history?instType=COIN", "instType"),
    ] {
        let r = g(target);
        assert_eq!(
            (r.status, r.json()["msg"].as_str().unwrap()),
            (400, format!("Parameter {name} error").as_str()),
            "{target}"
        );
    }
    assert_eq!(get(&sim, CANCEL).status, 405);
    assert_eq!(
        Client::connect(&sim).call("POST", ORDER, &[], "{}").json()["code"],
        "50103"
    );
    assert!(sim.orders().is_empty());
}

/// Sends a signed order and expects the connection to be reset.
fn order_reset(sim: &Sim, a: &Account, body: &str) {
    let mut c = Client::connect(sim);
    c.send("POST", ORDER, &post_headers(sim, a, ORDER, body, &[]), body);
    assert_eq!(
        c.read().err().expect("reset").kind(),
        ErrorKind::ConnectionReset
    );
}

#[test]
fn faults_on_orders() {
    let sim = start();
    let live = Account::live();
    let body = |cl: &str| {
        format!(
            r#"{{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"10","clOrdId":"{cl}"}}"#
        )
    };
    // Reset before processing: nothing happened.
    sim.inject(ORDER, Fault::ResetBeforeProcessing, 1);
    order_reset(&sim, &live, &body("a1"));
    assert!(sim.orders().is_empty());
    assert_eq!(sim.balance(&live.api_key, "USDT").unwrap().0, "10000");
    // Reset after processing: exactly one order exists, and a query by clOrdId finds it.
    sim.inject(ORDER, Fault::ResetAfterProcessing, 1);
    order_reset(&sim, &live, &body("a2"));
    assert_eq!(sim.orders().len(), 1);
    assert_eq!(sim.orders()[0]["clOrdId"], "a2");
    let o = signed_get(
        &sim,
        &live,
        "/api/v5/trade/order?instId=BTC-USDT&clOrdId=a2",
    )
    .json();
    assert_eq!(o["data"][0]["state"], "filled");
    assert_ne!(sim.balance(&live.api_key, "USDT").unwrap().0, "10000");
    // Canned failures are not processed.
    sim.inject(ORDER, Fault::Http500, 1);
    assert_eq!(signed_post(&sim, &live, ORDER, &body("a3")).status, 500);
    sim.inject(ORDER, Fault::Http502Html, 1);
    assert_eq!(signed_post(&sim, &live, ORDER, &body("a4")).status, 502);
    let unprocessed = Fault::Answer {
        status: 400,
        code: "50004".into(),
        msg: "Endpoint request timeout. ".into(),
        process: false,
    };
    sim.inject(ORDER, unprocessed, 1);
    let r = signed_post(&sim, &live, ORDER, &body("a5"));
    assert_eq!((r.status, r.json()["code"].as_str()), (400, Some("50004")));
    assert_eq!(sim.orders().len(), 1);
    // Answer with process: the order goes through, the client sees 51149.
    sim.inject(
        ORDER,
        Fault::Answer {
            status: 500,
            code: "51149".into(),
            msg: "Order timed out".into(),
            process: true,
        },
        1,
    );
    let r = signed_post(&sim, &live, ORDER, &body("a6"));
    assert_eq!(
        (r.status, r.body.as_str()),
        (500, r#"{"code":"51149","msg":"Order timed out","data":[]}"#)
    );
    assert_eq!(sim.orders().len(), 2);
    assert_eq!(sim.orders()[1]["clOrdId"], "a6");
    // The same through the control endpoint.
    let r = Client::connect(&sim).call(
        "POST",
        "/__sim/fault",
        &[],
        r#"{"path":"/api/v5/trade/order","fault":"answer","status":500,"code":"51149","msg":"Order timed out","process":true}"#,
    );
    assert_eq!(r.status, 200);
    assert_eq!(signed_post(&sim, &live, ORDER, &body("a7")).status, 500);
    assert_eq!(sim.orders().len(), 3);
    let r = Client::connect(&sim).call(
        "POST",
        "/__sim/fault",
        &[],
        r#"{"path":"/api/v5/trade/order","fault":"answer","code":"1"}"#,
    );
    assert_eq!(r.status, 400);
    // Slow: processed, answered late.
    sim.inject(ORDER, Fault::Slow(Duration::from_millis(200)), 1);
    let t = Instant::now();
    assert_eq!(
        signed_post(&sim, &live, ORDER, &body("a8")).json()["code"],
        "0"
    );
    assert!(t.elapsed() >= Duration::from_millis(200));
    assert_eq!(sim.orders().len(), 4);
    // expTime in the past: 50036 and no order; in the future: placed.
    let expired = body("a9");
    let h = post_headers(
        &sim,
        &live,
        ORDER,
        &expired,
        &[("expTime", (sim.now_ms() - 1).to_string())],
    );
    let v = Client::connect(&sim)
        .call("POST", ORDER, &h, &expired)
        .json();
    assert_eq!(v["code"], "1");
    assert_eq!(
        (
            v["data"][0]["sCode"].as_str(),
            v["data"][0]["sMsg"].as_str()
        ),
        (
            Some("50036"),
            Some("expTime can't be earlier than the current system time")
        )
    );
    assert_eq!(v["data"][0]["clOrdId"], "a9");
    assert_eq!(sim.orders().len(), 4);
    let h = post_headers(
        &sim,
        &live,
        ORDER,
        &expired,
        &[("expTime", (sim.now_ms() + 10_000).to_string())],
    );
    let v = Client::connect(&sim)
        .call("POST", ORDER, &h, &expired)
        .json();
    assert_eq!(v["code"], "0");
    assert_eq!(sim.orders().len(), 5);
    // A cancel reset after processing still cancels.
    let rest = r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"1000","sz":"0.01","clOrdId":"r1"}"#;
    assert_eq!(signed_post(&sim, &live, ORDER, rest).json()["code"], "0");
    sim.inject(CANCEL, Fault::ResetAfterProcessing, 1);
    let cancel = r#"{"instId":"BTC-USDT","clOrdId":"r1"}"#;
    let mut c = Client::connect(&sim);
    c.send(
        "POST",
        CANCEL,
        &post_headers(&sim, &live, CANCEL, cancel, &[]),
        cancel,
    );
    assert_eq!(
        c.read().err().expect("reset").kind(),
        ErrorKind::ConnectionReset
    );
    assert_eq!(sim.orders()[5]["state"], "canceled");
    assert_eq!(sim.balance(&live.api_key, "USDT").unwrap().1, "0");
    let faults: Vec<(Option<String>, u16, Option<String>)> = sim
        .log()
        .into_iter()
        .filter(|e| e.path == ORDER && e.fault.as_deref() == Some("answer"))
        .map(|e| (e.fault, e.status, e.code))
        .collect();
    assert_eq!(faults.len(), 3);
    assert_eq!(
        faults[1],
        (Some("answer".into()), 500, Some("51149".into()))
    );
}

#[test]
fn trade_rate_limits() {
    let sim = start();
    let (live, demo) = (Account::live(), Account::demo());
    let mut c = Client::connect(&sim);
    let mut post = |a: &Account, target: &str, body: &str| {
        let h = post_headers(&sim, a, target, body, &[]);
        c.call("POST", target, &h, body).status
    };
    let start = Instant::now();
    let btc = r#"{"instId":"BTC-USDT","ordId":"1"}"#;
    for i in 0..60 {
        assert_eq!(post(&live, CANCEL, btc), 200, "cancel {i}");
    }
    assert_eq!(post(&live, CANCEL, btc), 429);
    // Keyed by uid and instrument; placing has its own budget.
    assert_eq!(
        post(&live, CANCEL, r#"{"instId":"ETH-USDT","ordId":"1"}"#),
        200
    );
    assert_eq!(post(&demo, CANCEL, btc), 200);
    assert_eq!(
        post(
            &live,
            ORDER,
            r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}"#
        ),
        200
    );
    for i in 0..40 {
        assert_eq!(
            signed_get(&sim, &live, "/api/v5/trade/orders-history?instType=SPOT").status,
            200,
            "history {i}"
        );
    }
    assert_eq!(
        signed_get(&sim, &live, "/api/v5/trade/orders-history?instType=SPOT").status,
        429
    );
    assert_eq!(
        signed_get(&sim, &live, "/api/v5/trade/orders-pending").status,
        200
    );
    assert_eq!(
        signed_get(&sim, &live, "/api/v5/trade/order?instId=BTC-USDT&ordId=1").status,
        200
    );
    assert!(
        start.elapsed() < Duration::from_millis(1_900),
        "too slow to test the window"
    );
}

#[test]
fn resting_orders_page_newest_first() {
    let sim = start();
    let live = Account::live();
    let ids = sim.add_resting_orders(&live.api_key, "BTC-USDT", 250);
    assert_eq!(ids.len(), 250);
    let nums: Vec<u64> = ids.iter().map(|i| i.parse().unwrap()).collect();
    assert!(nums.windows(2).all(|w| w[0] < w[1]));
    let (avail, frozen) = sim.balance(&live.api_key, "USDT").unwrap();
    assert_ne!(frozen, "0");
    assert_ne!(avail, "10000");
    let page = |query: &str| -> Vec<String> {
        let v = signed_get(&sim, &live, &format!("/api/v5/trade/orders-pending{query}")).json();
        assert_eq!(v["code"], "0", "{v}");
        v["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["ordId"].as_str().unwrap().to_string())
            .collect()
    };
    let newest: Vec<String> = ids.iter().rev().cloned().collect();
    let first = page("");
    assert_eq!(first, newest[..100]);
    let second = page(&format!("?after={}", first[99]));
    assert_eq!(second, newest[100..200]);
    let third = page(&format!(
        "?instType=SPOT&instId=BTC-USDT&after={}&limit=100",
        second[99]
    ));
    assert_eq!(third, newest[200..]);
    assert!(page(&format!("?after={}", ids[0])).is_empty());
    assert_eq!(page(&format!("?before={}&limit=5", ids[244])), newest[..5]);
    assert_eq!(
        page(&format!("?after={}&before={}", ids[5], ids[2])),
        [ids[4].clone(), ids[3].clone()]
    );
    assert_eq!(page("?ordType=limit,post_only&state=live&limit=7").len(), 7);
    assert!(page("?ordType=market").is_empty());
    assert!(page("?instId=ETH-USDT").is_empty());
    assert!(page("?instType=SWAP").is_empty());
    let demo = signed_get(&sim, &Account::demo(), "/api/v5/trade/orders-pending").json();
    assert_eq!(demo["data"], serde_json::json!([]));
    let all = sim.orders();
    assert_eq!(all.len(), 250);
    assert!(all
        .iter()
        .all(|o| o["uid"] == live.uid.as_str() && o["state"] == "live"));
}
