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

#[test]
fn an_encoded_query_is_not_encoded_twice_and_public_paths_are_signed_with_credentials() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_signed(&sim)
            .args(["api", "GET", "/api/v5/market/ticker?instId=BTC%2DUSDT"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["data"][0]["instId"], "BTC-USDT");
    let req = &sim.log()[0];
    assert_eq!(req.target, "/api/v5/market/ticker?instId=BTC-USDT");
    assert!(
        req.headers.iter().any(|(k, _)| k == "ok-access-sign"),
        "signed when credentials are present"
    );
}

#[test]
fn api_refuses_what_it_cannot_send_as_given() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, needle) in [
        (
            &[
                "api",
                "POST",
                "/api/v5/trade/order?x=1",
                "-f",
                "instId=BTC-USDT",
            ][..],
            "in the body",
        ),
        (&["api", "GET", "/api/v5/public/time#frag"][..], "fragment"),
    ] {
        let (code, out, err) = run(sb.okx_signed(&sim).args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty() && err.contains(needle), "{args:?}: {err}");
    }
    assert!(sim.log().is_empty());
    // A wrong method is the request's fault, not an authentication failure.
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["api", "POST", "/api/v5/account/balance", "-f", "ccy=BTC"]));
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("OKX 50115"), "{err}");
}
