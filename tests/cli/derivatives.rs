//! Swaps, futures and options in the market commands (`instruments`, `ticker`) and `okx
//! contracts`, against the stand-in's linear and inverse swaps, its dated future and its option
//! chain.

use crate::support::*;

/// The stand-in's dated future (its ID carries the expiry, so it depends on the date).
fn future_id(sim: &okx_sim::Sim) -> String {
    sim_data(sim, "/api/v5/public/instruments?instType=FUTURES")[0]["instId"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The first call of the stand-in's BTC-USD option chain.
fn option_id(sim: &okx_sim::Sim) -> String {
    sim_data(
        sim,
        "/api/v5/public/instruments?instType=OPTION&instFamily=BTC-USD",
    )[0]["instId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn instruments_of_every_type_json_unchanged_and_tables_show_the_contract() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, query, rows) in [
        (&["--type", "SWAP"][..], "instType=SWAP", 3),
        (&["--type", "FUTURES"][..], "instType=FUTURES", 1),
        (
            &["--type", "OPTION", "--inst-family", "BTC-USD"][..],
            "instType=OPTION&instFamily=BTC-USD",
            6,
        ),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).arg("instruments").args(args).arg("--json"));
        assert_eq!(code, 0, "{args:?}: {err}");
        let expected = sim_data(&sim, &format!("/api/v5/public/instruments?{query}"));
        assert_eq!(json(&out), expected, "{args:?}: OKX's data unchanged");
        assert_eq!(expected.as_array().unwrap().len(), rows);

        let (code, out, err) = run(sb
            .okx_at(&sim)
            .arg("instruments")
            .args(args)
            .args(["-o", "table"]));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out.lines().count(), rows + 2, "{out}");
        for h in ["contract", "settle", "lotSz (contracts)", "expiry (UTC)"] {
            assert!(out.contains(h), "{args:?}: column {h}:\n{out}");
        }
    }
    let (_, out, _) = run(sb
        .okx_at(&sim)
        .args(["instruments", "--type", "SWAP", "-o", "table"]));
    let line = |id: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!(" {id} ")))
            .unwrap_or_else(|| panic!("{id}:\n{out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // instrument, type, contract value, settlement, max leverage, tick, lot, minimum, state.
    assert_eq!(
        line("BTC-USDT-SWAP"),
        "BTC-USDT-SWAP linear 0.01 BTC USDT 100 0.1 0.01 0.01 live"
    );
    assert_eq!(
        line("BTC-USD-SWAP"),
        "BTC-USD-SWAP inverse 100 USD BTC 100 0.1 1 1 live"
    );
    // The future's expiry is its expTime in UTC; options show strike and call/put.
    let future = future_id(&sim);
    let (_, out, _) = run(sb
        .okx_at(&sim)
        .args(["instruments", &future, "-o", "table"]));
    assert!(out.contains("T08:00:00Z"), "{out}");
    let option = option_id(&sim);
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["instruments", &option, "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    let strike = option.split('-').nth(3).unwrap();
    assert!(
        out.contains(" call ") && out.contains(strike) && out.contains("0.01 BTC"),
        "{out}"
    );
    // The option's family comes from its ID: OKX lists options only by family.
    assert!(requests_to(&sim, "/api/v5/public/instruments")
        .iter()
        .any(|r| r.target.contains("instType=OPTION&instFamily=BTC-USD")
            && r.target.contains(&option)));
}

#[test]
fn tickers_of_every_type_count_contracts_and_coin() {
    let sim = sim();
    let sb = Sandbox::new();
    let future = future_id(&sim);
    let option = option_id(&sim);
    for id in ["BTC-USDT-SWAP", "BTC-USD-SWAP", &future, &option] {
        let before = sim_data(&sim, &format!("/api/v5/market/ticker?instId={id}"));
        let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", id, "--json"]));
        let after = sim_data(&sim, &format!("/api/v5/market/ticker?instId={id}"));
        assert_eq!(code, 0, "{id}: {err}");
        let got = json(&out);
        assert!(
            got == before || got == after,
            "{id}: okx {got}\nsim {before}"
        );
    }
    for t in ["SWAP", "FUTURES", "OPTION"] {
        let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "--type", t, "-o", "table"]));
        assert_eq!(code, 0, "{t}: {err}");
        let n = sim_data(&sim, &format!("/api/v5/market/tickers?instType={t}"))
            .as_array()
            .unwrap()
            .len();
        assert!(n > 0);
        assert_eq!(out.lines().count(), n + 2, "{t}:\n{out}");
        assert!(
            out.contains("24h vol (contracts)") && out.contains("24h vol (coin)"),
            "{t}:\n{out}"
        );
    }
    // Spot and swap together: each volume column says what it counts for each.
    let (_, out, _) =
        run(sb
            .okx_at(&sim)
            .args(["ticker", "BTC-USDT", "BTC-USDT-SWAP", "-o", "table"]));
    assert!(
        out.contains("(base/contracts)") && out.contains("(quote/coin)"),
        "{out}"
    );
}

/// `okx contracts … -o json`'s sizes as (fit, contracts, base, quote).
fn sizes(v: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let s = |x: &serde_json::Value| x.as_str().unwrap_or("-").to_string();
    v["sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                s(&r["fit"]),
                s(&r["contracts"]),
                s(&r["base"]),
                s(&r["quote"]),
            )
        })
        .collect()
}

fn tuple(fit: &str, c: &str, b: &str, q: &str) -> (String, String, String, String) {
    (fit.into(), c.into(), b.into(), q.into())
}

#[test]
fn contracts_convert_exactly_against_hand_computed_values() {
    let sim = sim();
    let sb = Sandbox::new();
    let convert = |args: &[&str]| {
        let (code, out, err) = run(sb.okx_at(&sim).arg("contracts").args(args).arg("--json"));
        assert_eq!(code, 0, "{args:?}: {err}");
        (json(&out), err)
    };
    // Linear, ctVal 0.01 BTC: 0.05 BTC = 5 contracts = 4400 USDT at 88000.
    let (v, err) = convert(&["BTC-USDT-SWAP", "--base", "0.05", "--price", "88000"]);
    assert_eq!(sizes(&v), [tuple("exact", "5", "0.05", "4400")]);
    assert_eq!(
        (&v["exact"], &v["ctType"]),
        (&true.into(), &"linear".into())
    );
    assert!(err.is_empty(), "{err}");
    // 1000 USDT at 88188.1: 1000 / 881.881 = 1.1339... contracts, lot 0.01: 1.13 or 1.14,
    // worth 996.52553 and 1005.34434 USDT. Never a silent rounding.
    let (v, err) = convert(&["BTC-USDT-SWAP", "--quote", "1000", "--price", "88188.1"]);
    assert_eq!(
        sizes(&v),
        [
            tuple("below", "1.13", "0.0113", "996.52553"),
            tuple("above", "1.14", "0.0114", "1005.34434")
        ]
    );
    assert_eq!(v["exact"], false);
    assert!(
        err.contains("1000 USDT is not a multiple of BTC-USDT-SWAP's lot size (0.01 contracts)")
            && err.contains("1.13 and 1.14 contracts"),
        "{err}"
    );
    // Inverse, ctVal 100 USD: 25 contracts = 2500 USD = 0.04 BTC at 62500.
    let (v, _) = convert(&["BTC-USD-SWAP", "--contracts", "25", "--price", "62500"]);
    assert_eq!(sizes(&v), [tuple("exact", "25", "0.04", "2500")]);
    assert_eq!(v["ctType"], "inverse");
    // 0.04 BTC at 62500 is exactly 25 contracts; 0.01 BTC at 88188.1 is 881.881 USD: 8 or 9
    // contracts (800 USD = 0.00907152 BTC, 900 USD = 0.01020546 BTC, to 8 decimals).
    let (v, _) = convert(&["BTC-USD-SWAP", "--base", "0.04", "--price", "62500"]);
    assert_eq!(sizes(&v), [tuple("exact", "25", "0.04", "2500")]);
    let (v, _) = convert(&["BTC-USD-SWAP", "--base", "0.01", "--price", "88188.1"]);
    assert_eq!(
        sizes(&v),
        [
            tuple("below", "8", "0.00907152", "800"),
            tuple("above", "9", "0.01020546", "900")
        ]
    );
    // Under the minimum (1 contract = 100 USD): only the minimum is offered.
    let (v, err) = convert(&["BTC-USD-SWAP", "--quote", "50", "--price", "62500"]);
    assert_eq!(sizes(&v), [tuple("above", "1", "0.0016", "100")]);
    assert!(err.contains("smallest valid size is 1 contract"), "{err}");
    // The future converts like a linear swap; an option by its 0.01 BTC face value.
    let (v, _) = convert(&[&future_id(&sim), "--contracts", "0.3", "--price", "90000"]);
    assert_eq!(sizes(&v), [tuple("exact", "0.3", "0.003", "270")]);
    let (v, _) = convert(&[&option_id(&sim), "--base", "0.05"]);
    assert_eq!(sizes(&v), [tuple("exact", "5", "0.05", "-")]);
    assert_eq!(v["px"], serde_json::Value::Null);
}

#[test]
fn contracts_use_the_last_price_when_none_is_given() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(["contracts", "BTC-USDT-SWAP", "--contracts", "2", "--json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["pxSource"], "last");
    let px: rust_decimal::Decimal = v["px"].as_str().unwrap().parse().unwrap();
    let quote: rust_decimal::Decimal = v["sizes"][0]["quote"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        quote,
        px * rust_decimal::Decimal::new(2, 2),
        "2 × 0.01 BTC × {px}"
    );
    assert_eq!(requests_to(&sim, "/api/v5/market/ticker").len(), 1);
    // The table names the currencies.
    let (_, out, _) = run(sb.okx_at(&sim).args([
        "contracts",
        "BTC-USD-SWAP",
        "--contracts",
        "3",
        "--price",
        "60000",
        "-o",
        "table",
    ]));
    assert!(
        out.contains("coin (BTC)") && out.contains("quote (USD)") && out.contains("0.005"),
        "{out}"
    );
}

#[test]
fn contracts_refuse_bad_input_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    let option = option_id(&sim);
    for (args, says) in [
        (&["BTC-USDT", "--base", "1"][..], "is a spot pair"),
        (&["BTC-USD", "--base", "1"][..], "is an index"),
        (&["BTC-USDT-SWAP", "--base", "-1"][..], "negative"),
        (&["BTC-USDT-SWAP", "--base", "1e-3"][..], "exponent"),
        (&["BTC-USDT-SWAP", "--quote", "0"][..], "zero"),
        (&["BTC-USDT-SWAP"][..], "--base"),
        (
            &["BTC-USDT-SWAP", "--base", "1", "--quote", "2"][..],
            "cannot be used",
        ),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).arg("contracts").args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty() && err.contains(says), "{args:?}: {err}");
    }
    assert!(
        sim.log().iter().all(|e| !from_okx(e)),
        "nothing sent for bad input"
    );
    // An option has no quote amount: refused once its terms are known, before any price.
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .args(["contracts", &option, "--quote", "100"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("is an option") && err.contains("--base"),
        "{err}"
    );
    assert!(requests_to(&sim, "/api/v5/market/ticker").is_empty());
}

#[test]
fn contradictory_contract_terms_from_okx_are_refused_not_converted() {
    let sim = sim();
    let swap = sim_data(
        &sim,
        "/api/v5/public/instruments?instType=SWAP&instId=BTC-USD-SWAP",
    )[0]
    .clone();
    for (field, value, says) in [
        ("ctVal", "0", "not usable"),
        ("ctVal", "-1", "not usable"),
        ("lotSz", "-0.01", "not usable"),
        ("minSz", "0", "not usable"),
        (
            "ctType",
            "linear",
            "a linear contract of BTC-USD valued in USD",
        ),
        ("ctMult", "10", "contract multiplier 10"),
        ("ctType", "quanto\u{1b}[31m", "contract type"),
    ] {
        let mut item = swap.clone();
        item[field] = value.into();
        let body = serde_json::json!({"code": "0", "msg": "", "data": [item]}).to_string();
        sim.inject(
            "/api/v5/public/instruments",
            okx_sim::Fault::Raw {
                status: 200,
                body,
                process: false,
            },
            1,
        );
        // A fresh sandbox: a fresh rules cache, so each answer is fetched.
        let sb = Sandbox::new();
        let (code, out, err) = run(sb.okx_at(&sim).args([
            "contracts",
            "BTC-USD-SWAP",
            "--contracts",
            "3",
            "--price",
            "60000",
        ]));
        assert_eq!(code, 6, "{field}={value}: {err}");
        assert!(out.is_empty(), "{field}={value}: {out}");
        assert!(
            err.contains(says) && !err.contains("does not exist"),
            "{field}={value}: {err}"
        );
        assert!(!err.contains('\u{1b}'), "{err}");
    }
}

#[test]
fn instruments_refuse_a_family_or_type_that_cannot_apply() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, says) in [
        (
            &["--inst-family", "BTC-USD"][..],
            "needs --type SWAP, FUTURES or OPTION",
        ),
        (
            &["--type", "SPOT", "--inst-family", "BTC-USD"][..],
            "not SPOT",
        ),
        (
            &["BTC-USDT-SWAP", "--type", "OPTION"][..],
            "is a SWAP instrument, not OPTION",
        ),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).arg("instruments").args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty() && err.contains(says), "{args:?}: {err}");
    }
    assert!(sim.log().iter().all(|e| !from_okx(e)), "nothing sent");
}

#[test]
fn option_tickers_can_be_narrowed_to_a_family() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "ticker",
        "--type",
        "OPTION",
        "--inst-family",
        "BTC-USD",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 6, "{v}");
    assert_eq!(
        requests_to(&sim, "/api/v5/market/tickers")[0].target,
        "/api/v5/market/tickers?instType=OPTION&instFamily=BTC-USD"
    );
    let (code, _, err) =
        run(sb
            .okx_at(&sim)
            .args(["ticker", "--type", "SPOT", "--inst-family", "BTC-USD"]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_swap_s_candle_table_counts_contracts_and_coin() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(["candles", "BTC-USDT-SWAP", "--limit", "3", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("vol (contracts)") && out.contains("volCcy (coin)"),
        "{out}"
    );
    let (_, out, _) = run(sb
        .okx_at(&sim)
        .args(["candles", "BTC-USDT", "--limit", "3", "-o", "table"]));
    assert!(!out.contains("contracts"), "{out}");
}
