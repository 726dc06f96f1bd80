//! `okx watch algo-orders` against the stand-in's `orders-algo` channel on `/business`: an algo
//! order placed, amended, triggered and canceled with `okx algo`, seen as NDJSON and as readable
//! lines; options refused before connecting. With it, the trigger order's `--then ioc|fok` and
//! `okx algo history --since` reading only the pages it needs.

use std::time::Duration;

use okx_sim::{Account, Sim};
use serde_json::{json, Value};

use crate::algo::{algo, base, order_by_id, position};
use crate::support::*;

const SWAP: &str = "BTC-USDT-SWAP";
const PLACE: &str = "/api/v5/trade/order-algo";
const HISTORY: &str = "/api/v5/trade/orders-algo-history";

fn ok(sb: &Sandbox, sim: &Sim, args: &[&str]) -> Value {
    let (code, v, err) = algo(sb, sim, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    v
}

/// `okx watch ARGS`, once its subscription is on its way.
fn watching(sb: &Sandbox, sim: &Sim, args: &[&str]) -> std::process::Child {
    let child = sb.spawn_watch(sim, args);
    wait_for("the orders-algo subscription", || {
        ws_sent(sim, "subscribe") >= 1
    });
    std::thread::sleep(Duration::from_millis(200));
    child
}

#[test]
fn watch_algo_orders_shows_each_change_as_okx_pushed_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let child = watching(
        &sb,
        &sim,
        &["algo-orders", "--type", "SWAP", "--count", "5", "--json"],
    );
    let (t, t2) = ((b + 1000).to_string(), (b + 1200).to_string());
    ok(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "2",
            "--td-mode",
            "cross",
            "--trigger",
            &t,
            "--algo-cl-ord-id",
            "wa1",
        ],
    );
    // A spot stop: another instrument type, not shown.
    ok(
        &sb,
        &sim,
        &[
            "place",
            "BTC-USDT",
            "sell",
            "0.001",
            "--td-mode",
            "cash",
            "--sl-trigger",
            "1000",
        ],
    );
    ok(
        &sb,
        &sim,
        &["amend", SWAP, "--algo-cl-ord-id", "wa1", "--trigger", &t2],
    );
    // The price reaches the new trigger: the entry fires.
    sim.trade_at(SWAP, &t2, None);
    let sl = (b - 3000).to_string();
    ok(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "sell",
            "2",
            "--td-mode",
            "cross",
            "--reduce-only",
            "--sl-trigger",
            &sl,
            "--algo-cl-ord-id",
            "wa2",
        ],
    );
    ok(&sb, &sim, &["cancel", SWAP, "--algo-cl-ord-id", "wa2"]);

    let (code, out, err) = finish(child, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let got = ndjson(&out);
    let seen: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|m| {
            assert_eq!(m["arg"]["channel"], "orders-algo", "{m}");
            assert_eq!(m["arg"]["instType"], "SWAP", "{m}");
            let a = &m["data"][0];
            (
                a["algoClOrdId"].as_str().unwrap(),
                a["ordType"].as_str().unwrap(),
                a["state"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("wa1", "trigger", "live"),
            ("wa1", "trigger", "live"),
            ("wa1", "trigger", "effective"),
            ("wa2", "conditional", "live"),
            ("wa2", "conditional", "canceled"),
        ]
    );
    let (placed, amended, fired) = (&got[0]["data"][0], &got[1]["data"][0], &got[2]["data"][0]);
    assert_eq!(
        (&placed["triggerPx"], &placed["amendResult"]),
        (&json!(t), &json!(""))
    );
    assert_eq!(
        (&amended["triggerPx"], &amended["amendResult"]),
        (&json!(t2), &json!("0")),
        "{amended}"
    );
    assert!(!amended["reqId"].as_str().unwrap().is_empty(), "{amended}");
    // The order the trigger placed, and the position it opened.
    let child_order = order_by_id(&sim, fired["ordId"].as_str().unwrap());
    assert_eq!(
        (&child_order["ordType"], &child_order["state"]),
        (&json!("market"), &json!("filled"))
    );
    assert_eq!(position(&sim), "2");
    // All on the business endpoint, logged in before subscribing.
    let log = sim.ws_log();
    assert!(log.iter().all(|e| e.path == "/ws/v5/business"), "{log:?}");
    let at = |op: &str| {
        log.iter()
            .position(|e| e.text.contains(&format!("\"op\":\"{op}\"")))
    };
    assert!(at("login").is_some() && at("login") < at("subscribe"));
}

#[test]
fn watch_algo_orders_on_a_terminal_says_what_changed_in_a_line() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    let child = watching(&sb, &sim, &["algo-orders", "--count", "1", "-o", "table"]);
    let (t, px) = ((b + 1000).to_string(), (b + 1005).to_string());
    let v = ok(
        &sb,
        &sim,
        &[
            "place",
            SWAP,
            "buy",
            "2",
            "--td-mode",
            "cross",
            "--trigger",
            &t,
            "--price",
            &px,
            "--algo-cl-ord-id",
            "wt1",
        ],
    );
    let (code, out, err) = finish(child, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let line = out.trim_end();
    assert!(
        line.ends_with(&format!(
            " algo {SWAP} buy trigger 2 {t} live algoId {} algoClOrdId wt1",
            v["algoId"].as_str().unwrap()
        )),
        "{line}"
    );
    // Its time first, in UTC: HH:MM:SS.mmmZ.
    let clock = line.split(' ').next().unwrap();
    assert!(clock.len() == 13 && clock.ends_with('Z'), "{line}");
}

#[test]
fn watch_algo_orders_refuses_options_before_connecting() {
    let sim = sim();
    let sb = Sandbox::new();
    for args in [
        vec!["algo-orders", "--type", "OPTION"],
        vec!["algo-orders", "BTC-USD-250926-100000-C"],
    ] {
        let (code, _, err) = run(sb
            .okx_signed(&sim)
            .env("OKX_WS_URL", sim.ws_url())
            .arg("watch")
            .args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("options have no algo orders"), "{err}");
    }
    assert!(sim.ws_log().is_empty());
    assert_eq!(sim.ws_connections(), 0);
}

#[test]
fn a_trigger_order_places_an_ioc_or_fok_order_when_it_fires() {
    let sim = sim();
    let sb = Sandbox::new();
    let b = base(&sim);
    // IOC at a price above the trigger: it fills at once.
    let (t, px) = ((b + 1000).to_string(), (b + 1005).to_string());
    let place = |sz: &str, t: &str, px: &str, then: &str, id: &str| {
        algo(
            &sb,
            &sim,
            &[
                "place",
                SWAP,
                "buy",
                sz,
                "--td-mode",
                "cross",
                "--trigger",
                t,
                "--price",
                px,
                "--then",
                then,
                "--algo-cl-ord-id",
                id,
            ],
        )
    };
    let (code, _, err) = place("2", &t, &px, "ioc", "ioc1");
    assert_eq!(code, 0, "{err}");
    let sent: Vec<_> = requests_to(&sim, PLACE)
        .into_iter()
        .filter(|e| e.method == "POST")
        .collect();
    assert!(
        sent[0]
            .body
            .contains(&format!(r#""orderPx":"{px}","advanceOrdType":"ioc""#)),
        "{}",
        sent[0].body
    );
    let v = ok(&sb, &sim, &["get", "--algo-cl-ord-id", "ioc1"]);
    assert_eq!(
        (&v[0]["advanceOrdType"], &v[0]["ordPx"]),
        (&json!("ioc"), &json!(px))
    );
    sim.trade_at(SWAP, &t, None);
    let v = ok(&sb, &sim, &["get", "--algo-cl-ord-id", "ioc1"]);
    assert_eq!(v[0]["state"], "effective", "{v}");
    let o = order_by_id(&sim, v[0]["ordId"].as_str().unwrap());
    assert_eq!(
        (&o["ordType"], &o["state"], &o["px"]),
        (&json!("ioc"), &json!("filled"), &json!(px))
    );
    assert_eq!(position(&sim), "2");

    // FOK below the price it fires at: killed whole, the position stays as it was.
    let (t, px) = ((b + 2000).to_string(), (b + 1500).to_string());
    let (code, _, err) = place("1", &t, &px, "fok", "fok1");
    assert_eq!(code, 0, "{err}");
    sim.trade_at(SWAP, &t, None);
    let v = ok(&sb, &sim, &["get", "--algo-cl-ord-id", "fok1"]);
    assert_eq!(v[0]["state"], "effective", "{v}");
    let o = order_by_id(&sim, v[0]["ordId"].as_str().unwrap());
    assert_eq!(
        (&o["ordType"], &o["state"], &o["accFillSz"]),
        (&json!("fok"), &json!("canceled"), &json!("0"))
    );
    assert_eq!(position(&sim), "2");

    // --then needs --price (and a trigger order): refused before sending.
    let before = requests_to(&sim, PLACE).len();
    for (args, says) in [
        (
            vec!["--trigger", t.as_str(), "--then", "fok"],
            "give --price",
        ),
        (
            vec!["--sl-trigger", "1000", "--price", "999", "--then", "ioc"],
            "are for trigger orders",
        ),
        (
            vec!["--trigger", t.as_str(), "--sl-price", "999"],
            "--sl-price needs --sl-trigger",
        ),
    ] {
        let mut all = vec!["place", SWAP, "buy", "1", "--td-mode", "cross"];
        all.extend(args);
        let (code, _, err) = algo(&sb, &sim, &all);
        assert_eq!(code, 2, "{all:?}: {err}");
        assert!(err.contains(says), "{err}");
    }
    assert_eq!(requests_to(&sim, PLACE).len(), before);
}

#[test]
fn algo_history_since_reads_only_the_pages_it_needs() {
    let sim = sim();
    let sb = Sandbox::new();
    let key = Account::live().api_key;
    let b = base(&sim);
    let body = json!({"instId": SWAP, "tdMode": "cross", "side": "buy", "ordType": "trigger",
                      "sz": "1", "triggerPx": (b + 5000).to_string(), "orderPx": "-1"});
    // 150 canceled an hour ago, 30 now; --since half an hour ago.
    sim.set_clock_offset_ms(-3_600_000);
    let old = sim.add_algo_orders(&key, &body, 150, true);
    sim.set_clock_offset_ms(0);
    let since = sim.now_ms() - 1_800_000;
    let new = sim.add_algo_orders(&key, &body, 30, true);
    sim.clear_log();

    let history = |extra: &[&str]| {
        let (code, out, err) = run(sb
            .okx_signed(&sim)
            .args(["algo", "history", "--kind", "trigger", "-o", "ndjson"])
            .args(extra));
        assert_eq!(code, 0, "{err}");
        ndjson(&out)
            .iter()
            .map(|a| a["algoId"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let canceled_pages = || {
        requests_to(&sim, HISTORY)
            .iter()
            .filter(|e| e.target.contains("state=canceled"))
            .count()
    };
    let got = history(&["--since", &since.to_string()]);
    let mut want = new.clone();
    want.reverse();
    assert_eq!(got, want);
    // The first page (100, newest first) ends before --since: no second page is read.
    assert_eq!(canceled_pages(), 1);

    // Without --since: every page, newest first, none twice.
    sim.clear_log();
    let got = history(&[]);
    let mut want: Vec<String> = old.iter().chain(&new).cloned().collect();
    want.reverse();
    assert_eq!(got, want);
    assert!(canceled_pages() >= 2);
    assert!(sim.log().iter().all(|e| e.status != 429));
}
