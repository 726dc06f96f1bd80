//! `okx api`: any request, signed for private paths, OKX's answer printed as it came.

use crate::support::*;

#[test]
fn public_get_is_unsigned_and_printed_whole() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "api",
        "GET",
        "/api/v5/public/instruments",
        "-f",
        "instType=SPOT",
        "-f",
        "instId=ETH-USDT",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["code"], "0");
    assert_eq!(v["data"][0]["instId"], "ETH-USDT");
    let req = &sim.log()[0];
    assert_eq!(
        req.target,
        "/api/v5/public/instruments?instType=SPOT&instId=ETH-USDT"
    );
    assert!(req.headers.iter().all(|(k, _)| !k.starts_with("ok-access")));
}

#[test]
fn private_get_is_signed_and_needs_credentials() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["api", "GET", "/api/v5/account/balance?ccy=BTC,ETH"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let ccys: Vec<&str> = v["data"][0]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["ccy"].as_str().unwrap())
        .collect();
    assert_eq!(ccys.len(), 2, "{v}");
    assert_eq!(sim.log()[0].target, "/api/v5/account/balance?ccy=BTC,ETH");

    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["api", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 3);
    assert!(out.is_empty());
    assert!(
        err.contains("OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE"),
        "{err}"
    );
    assert_eq!(sim.log().len(), 1, "nothing sent without credentials");
}

#[test]
fn an_okx_error_prints_the_answer_and_exits_with_its_code() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "api",
        "GET",
        "/api/v5/market/ticker",
        "-f",
        "instId=NOPE-USDT",
    ]));
    assert_eq!(code, 5, "{err}");
    assert_eq!(json(&out)["code"], "51001");
    assert!(err.contains("OKX 51001"), "{err}");
}

#[test]
fn a_post_is_never_retried() {
    let sim = sim();
    sim.inject("/api/v5/account/balance", okx_sim::Fault::Http500, 5);
    let sb = Sandbox::new();
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["api", "POST", "/api/v5/account/balance", "-f", "ccy=BTC"]));
    assert_ne!(code, 0, "{err}");
    assert_eq!(sim.log().len(), 1, "a POST was resent: {:?}", sim.log());
    assert!(!err.contains("retrying"), "{err}");
}
