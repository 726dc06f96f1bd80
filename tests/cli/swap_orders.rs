//! Swap orders against the stand-in's derivatives: sizes in contracts (or converted exactly),
//! the margin mode always chosen, posSide and reduce-only checked against the account and its
//! position, the price band and attached TP/SL checked before sending: every refusal exit 2 with
//! no order sent.

use okx_sim::{Account, Sim};
use serde_json::Value;

use crate::support::*;
use crate::trade::{order_posts, place};

/// The account's open positions on the stand-in, `(instId, posSide, pos)`.
fn positions(sim: &Sim) -> Vec<(String, String, String)> {
    sim.positions()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or_default().to_string();
            (s("instId"), s("posSide"), s("pos"))
        })
        .collect()
}

/// A decimal field of an OKX object.
fn dec(v: &Value, k: &str) -> rust_decimal::Decimal {
    v[k].as_str()
        .unwrap_or_else(|| panic!("{k} in {v}"))
        .parse()
        .unwrap()
}

/// The ticker's last price of `id`.
fn last(sim: &Sim, id: &str) -> rust_decimal::Decimal {
    dec(
        &sim_data(sim, &format!("/api/v5/market/ticker?instId={id}"))[0],
        "last",
    )
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Runs `okx order place …` and asserts it was refused before any order was sent.
fn refused(sb: &Sandbox, sim: &Sim, args: &[&str], says: &str) {
    let before = order_posts(sim);
    let (code, v, err) = place(sb, sim, args);
    assert_eq!(code, 2, "{args:?}: {v} {err}");
    assert!(err.contains(says), "{args:?}: {err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("okx: error")).count(),
        1,
        "{err}"
    );
    assert_eq!(order_posts(sim), before, "{args:?}: an order was sent");
}

#[test]
fn a_swap_order_opens_a_position_in_contracts_with_the_margin_mode_named() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, v, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "2",
            "--td-mode",
            "cross",
            "--type",
            "market",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "placed", "{v}");
    assert!(
        err.contains("placing market buy 2 contracts BTC-USDT-SWAP, cross margin"),
        "{err}"
    );
    assert_eq!(
        positions(&sim),
        [("BTC-USDT-SWAP".into(), "net".into(), "2".into())]
    );
    // The body OKX got: contracts, cross, no posSide in net mode, no tgtCcy.
    let body = sim
        .log()
        .into_iter()
        .find(|e| e.method == "POST" && e.path == "/api/v5/trade/order")
        .unwrap()
        .body;
    let sent: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (
            &sent["sz"],
            &sent["tdMode"],
            &sent["posSide"],
            &sent["tgtCcy"]
        ),
        (&"2".into(), &"cross".into(), &Value::Null, &Value::Null),
        "{body}"
    );
    // Inverse: 10 contracts of 100 USD.
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USD-SWAP",
            "sell",
            "10",
            "--td-mode",
            "isolated",
            "--type",
            "market",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(positions(&sim).contains(&("BTC-USD-SWAP".into(), "net".into(), "-10".into())));
}

#[test]
fn the_margin_mode_is_never_assumed_and_spot_mode_is_caught() {
    let sim = sim();
    let sb = Sandbox::new();
    refused(
        &sb,
        &sim,
        &["BTC-USDT-SWAP", "buy", "1", "--type", "market"],
        "give --td-mode cross or isolated",
    );
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cash",
        ],
        "give --td-mode cross or isolated",
    );
    sim.set_account_level(&Account::live().api_key, "1")
        .unwrap();
    refused(
        &Sandbox::new(),
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
        "spot mode, where OKX refuses every SWAP order (51010)",
    );
}

#[test]
fn pos_side_follows_the_account_s_position_mode() {
    let sim = sim();
    let sb = Sandbox::new();
    let market = ["--type", "market", "--td-mode", "cross"];
    let args = |extra: &[&'static str]| {
        let mut a = vec!["BTC-USDT-SWAP", "buy", "1"];
        a.extend(market);
        a.extend(extra);
        a
    };
    refused(
        &sb,
        &sim,
        &args(&["--pos-side", "long"]),
        "net position mode",
    );
    // Long/short mode, set through okx api (no positions yet).
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "api",
        "POST",
        "/api/v5/account/set-position-mode",
        "--body",
        r#"{"posMode":"long_short_mode"}"#,
    ]));
    assert_eq!(code, 0, "{err}");
    // A new sandbox: no copy of the old setting (okx caches it for 30 s).
    let sb = Sandbox::new();
    refused(&sb, &sim, &args(&[]), "give --pos-side long or short");
    refused(
        &sb,
        &sim,
        &args(&["--pos-side", "long", "--reduce-only"]),
        "--reduce-only is for net position mode",
    );
    let (code, _, err) = place(&sb, &sim, &args(&["--pos-side", "long"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("cross margin, long position"), "{err}");
    assert_eq!(
        positions(&sim),
        [("BTC-USDT-SWAP".into(), "long".into(), "1".into())]
    );
    // Closing the long carries no TP/SL.
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "sell",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
            "--pos-side",
            "long",
            "--sl-trigger",
            "1000",
        ],
        "a closing order cannot carry a take-profit or stop-loss",
    );
}

#[test]
fn reduce_only_is_checked_against_the_position() {
    let sim = sim();
    let sb = Sandbox::new();
    let order = |side: &'static str, sz: &'static str| {
        vec![
            "BTC-USDT-SWAP",
            side,
            sz,
            "--type",
            "market",
            "--td-mode",
            "cross",
            "--reduce-only",
        ]
    };
    refused(
        &sb,
        &sim,
        &order("sell", "1"),
        "no cross position in BTC-USDT-SWAP to reduce (OKX 51169)",
    );
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "2",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
    );
    assert_eq!(code, 0, "{err}");
    refused(
        &sb,
        &sim,
        &order("buy", "1"),
        "is long 2 contracts, and a buy adds to it (OKX 51170)",
    );
    refused(&sb, &sim, &order("sell", "3"), "use at most 2");
    let (code, _, err) = place(&sb, &sim, &order("sell", "1.5"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reduce-only"), "{err}");
    assert_eq!(
        positions(&sim),
        [("BTC-USDT-SWAP".into(), "net".into(), "0.5".into())]
    );
}

#[test]
fn a_price_outside_the_band_is_refused_with_okx_s_limit() {
    let sim = sim();
    let sb = Sandbox::new();
    let band = sim_data(&sim, "/api/v5/public/price-limit?instId=BTC-USDT-SWAP")[0].clone();
    let buy_lmt = dec(&band, "buyLmt");
    let above = (buy_lmt * rust_decimal::Decimal::new(103, 2))
        .round_dp(1)
        .to_string();
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--td-mode",
            "cross",
            "--price",
            &above,
        ],
        "outside OKX's price limit for BTC-USDT-SWAP now: the highest buy price it accepts is",
    );
}

#[test]
fn attached_stops_must_be_on_the_right_side_and_become_algo_orders_on_fill() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = last(&sim, "BTC-USDT-SWAP");
    let above = (px * rust_decimal::Decimal::new(101, 2))
        .round_dp(1)
        .to_string();
    let below = (px * rust_decimal::Decimal::new(98, 2))
        .round_dp(1)
        .to_string();
    let tp = (px * rust_decimal::Decimal::new(105, 2))
        .round_dp(1)
        .to_string();
    let buy = |extra: &[&str]| {
        let mut a = vec![
            "BTC-USDT-SWAP".to_string(),
            "buy".into(),
            "1".into(),
            "--type".into(),
            "market".into(),
            "--td-mode".into(),
            "cross".into(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    // A long's stop-loss above the price would fire at once.
    refused(
        &sb,
        &sim,
        &refs(&buy(&["--sl-trigger", &above])),
        &format!("a stop-loss at {above} for a long would trigger as soon as the order fills"),
    );
    // A long's take-profit below the price too.
    refused(
        &sb,
        &sim,
        &refs(&buy(&["--tp-trigger", &below, "--trigger-type", "mark"])),
        "must be above where it is entered, the mark price now",
    );
    let (code, v, err) = place(
        &sb,
        &sim,
        &refs(&buy(&["--sl-trigger", &below, "--tp-trigger", &tp])),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["result"], "placed");
    // A resting buy below the market, with a take-profit between its price and the market:
    // the take-profit is judged against where the long is entered, the order's price.
    let rest = (px * rust_decimal::Decimal::new(95, 2))
        .round_dp(1)
        .to_string();
    let between = (px * rust_decimal::Decimal::new(97, 2))
        .round_dp(1)
        .to_string();
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--price",
            &rest,
            "--td-mode",
            "cross",
            "--tp-trigger",
            &between,
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // A stop whose limit price is beyond its trigger would not protect.
    refused(
        &sb,
        &sim,
        &refs(&buy(&["--sl-trigger", &below, "--sl-price", &above])),
        &format!("--sl-price {above} is above the stop's trigger {below}"),
    );
    let algos = sim.algo_orders();
    assert_eq!(algos.len(), 1, "{algos:?}");
    assert_eq!(
        (dec(&algos[0], "slTriggerPx"), dec(&algos[0], "tpTriggerPx")),
        (below.parse().unwrap(), tp.parse().unwrap())
    );
    assert_eq!(algos[0]["slOrdPx"], "-1", "a market stop by default");
}

#[test]
fn sizes_in_coin_become_contracts_exactly_or_are_refused() {
    let sim = sim();
    let sb = Sandbox::new();
    let px = last(&sim, "BTC-USDT-SWAP");
    let limit = (px * rust_decimal::Decimal::new(99, 2))
        .round_dp(1)
        .to_string();
    // 0.05 BTC = 5 contracts of 0.01 BTC.
    let (code, v, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "0.05",
            "--size-in",
            "base",
            "--td-mode",
            "cross",
            "--price",
            &limit,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["sz"], "5", "{v}");
    // 0.012345 BTC is 1.2345 contracts: refused, naming both neighbours, suggesting the smaller.
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "0.012345",
            "--size-in",
            "base",
            "--td-mode",
            "cross",
            "--price",
            &limit,
        ],
        "lies between 1.23 contracts = 0.0123 BTC and 1.24 contracts = 0.0124 BTC; use 1.23",
    );
    // USDT needs a price: a market order has none.
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "100",
            "--size-in",
            "quote",
            "--td-mode",
            "cross",
            "--type",
            "market",
        ],
        "needs a price",
    );
    // Spot orders take none of this.
    refused(
        &sb,
        &sim,
        &[
            "BTC-USDT",
            "buy",
            "0.001",
            "--price",
            "1000",
            "--pos-side",
            "long",
        ],
        "--pos-side is for swaps and futures",
    );
}

#[test]
fn a_mode_changed_elsewhere_is_read_again_before_okx_refuses() {
    let sim = sim();
    let sb = Sandbox::new();
    // okx caches the account's modes (net) with this order…
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "sell",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // …then the mode changes outside okx's order commands.
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "api",
        "POST",
        "/api/v5/account/set-position-mode",
        "--body",
        r#"{"posMode":"long_short_mode"}"#,
    ]));
    assert_eq!(code, 0, "{err}");
    // An order for the new mode is not refused on the stale copy: okx reads the mode again.
    let (code, _, err) = place(
        &sb,
        &sim,
        &[
            "BTC-USDT-SWAP",
            "buy",
            "1",
            "--type",
            "market",
            "--td-mode",
            "cross",
            "--pos-side",
            "long",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        positions(&sim),
        [("BTC-USDT-SWAP".into(), "long".into(), "1".into())]
    );
}
