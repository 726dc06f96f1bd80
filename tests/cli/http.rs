//! The HTTP layer against injected faults, clock skew and authentication errors.

use std::time::Duration;

use okx_sim::{Account, Fault, SimConfig};

use crate::support::*;

const TICKER: &str = "/api/v5/market/ticker";

fn ticker(sb: &Sandbox, sim: &okx_sim::Sim, extra: &[&str]) -> (i32, String, String) {
    run(sb
        .okx_at(sim)
        .args(["ticker", "BTC-USDT", "--json"])
        .args(extra))
}

#[test]
fn a_get_recovers_from_500_502_html_reset_and_429() {
    for fault in [
        Fault::Http500,
        Fault::Http502Html,
        Fault::ResetBeforeProcessing,
        Fault::Http429,
        Fault::Busy,
    ] {
        let sim = sim();
        sim.inject(TICKER, fault.clone(), 1);
        let sb = Sandbox::new();
        let (code, out, err) = ticker(&sb, &sim, &[]);
        assert_eq!(code, 0, "{fault:?}: {err}");
        assert_eq!(json(&out)[0]["instId"], "BTC-USDT");
        assert!(
            err.contains("retrying in"),
            "{fault:?}: the retry is noted on stderr: {err}"
        );
        assert_eq!(requests_to(&sim, TICKER).len(), 2, "{fault:?}");
    }
}

#[test]
fn retries_are_bounded() {
    let sim = sim();
    sim.inject(TICKER, Fault::Http502Html, 100);
    let sb = Sandbox::new();
    let (code, out, err) = ticker(&sb, &sim, &[]);
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("HTTP 502") && err.contains("not JSON"),
        "{err}"
    );
    assert_eq!(requests_to(&sim, TICKER).len(), 4);
}

#[test]
fn a_timeout_is_a_clear_network_error() {
    let sim = sim();
    sim.inject(TICKER, Fault::Slow(Duration::from_secs(3)), 100);
    let sb = Sandbox::new();
    let (code, _, err) = ticker(&sb, &sim, &["--timeout", "0.5"]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("no answer to GET /api/v5/market/ticker") && err.contains("0.5 s"),
        "{err}"
    );
}

#[test]
fn malformed_or_truncated_json_is_a_clear_error() {
    for fault in [Fault::MalformedJson, Fault::TruncatedBody] {
        let sim = sim();
        sim.inject(TICKER, fault.clone(), 100);
        let sb = Sandbox::new();
        let (code, out, err) = ticker(&sb, &sim, &[]);
        assert_eq!(code, 6, "{fault:?}: {err}");
        assert!(out.is_empty());
        // A truncated body is a transport failure, retried like a reset; the last line is the error.
        let last = err.trim_end().lines().last().unwrap_or_default();
        let why = if fault == Fault::MalformedJson {
            "HTTP 200 with not JSON"
        } else {
            "message length"
        };
        assert!(
            last.starts_with("okx: error: GET /api/v5/market/ticker failed") && last.contains(why),
            "{fault:?}: {err}"
        );
    }
}

#[test]
fn numeric_code_and_unknown_fields_are_tolerated() {
    for fault in [Fault::CodeAsNumber, Fault::ExtraFields] {
        let sim = sim();
        sim.inject(TICKER, fault.clone(), 1);
        let sb = Sandbox::new();
        let (code, out, err) = ticker(&sb, &sim, &[]);
        assert_eq!(code, 0, "{fault:?}: {err}");
        assert_eq!(json(&out)[0]["instId"], "BTC-USDT");
    }
}

#[test]
fn clock_skew_is_corrected_once_and_reported() {
    let sim = sim_with(SimConfig {
        clock_offset_ms: 120_000,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["api", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["code"], "0");
    assert!(err.contains("120.") && err.contains("behind OKX"), "{err}");
    let log: Vec<(String, Option<String>)> =
        sim.log().into_iter().map(|e| (e.path, e.code)).collect();
    assert_eq!(
        log,
        [
            (
                "/api/v5/account/balance".to_string(),
                Some("50102".to_string())
            ),
            ("/api/v5/public/time".to_string(), Some("0".to_string())),
            ("/api/v5/account/balance".to_string(), Some("0".to_string())),
        ]
    );
}

#[test]
fn authentication_errors_get_their_real_meaning_and_exit_4() {
    let sim = sim();
    let live = Account::live();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "OKX_PASSPHRASE",
            "not-the-passphrase",
            "OKX 50105",
            "not the account password",
        ),
        (
            "OKX_SECRET_KEY",
            "00000000000000000000000000000000",
            "OKX 50113 Invalid signature",
            "okx sign --debug",
        ),
        (
            "OKX_API_KEY",
            "00000000-0000-0000-0000-000000000000",
            "OKX 50119 API key doesn't exist",
            "unknown to this host",
        ),
    ];
    for (var, value, head, cause) in cases {
        let sb = Sandbox::new();
        let (code, _, err) = run(sb.okx_signed(&sim).env(var, value).args([
            "api",
            "GET",
            "/api/v5/account/balance",
        ]));
        assert_eq!(code, 4, "{var}: {err}");
        assert!(err.contains(head) && err.contains(cause), "{var}: {err}");
        assert!(
            !err.contains(&live.secret_key)
                && !err.contains(&live.passphrase)
                && !err.contains(value)
                || *var == "OKX_API_KEY"
        );
    }
    // A demo key against live trading.
    let demo = Account::demo();
    let sb = Sandbox::new();
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .env("OKX_API_KEY", &demo.api_key)
        .env("OKX_SECRET_KEY", &demo.secret_key)
        .env("OKX_PASSPHRASE", &demo.passphrase)
        .args(["api", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains("OKX 50101") && err.contains("hint:") && err.contains("--demo"),
        "{err}"
    );
    // …and with --demo it works.
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .env("OKX_API_KEY", &demo.api_key)
        .env("OKX_SECRET_KEY", &demo.secret_key)
        .env("OKX_PASSPHRASE", &demo.passphrase)
        .args(["--demo", "api", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn bad_input_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let cases: &[&[&str]] = &[
        &["ticker", "BTC/USDT"],
        &["ticker", "btc-usdt"],
        &["ticker", "BTC‐USDT"],
        &["ticker", "--type", "STOCKS"],
        &["book", "BTC-USDT", "--depth", "0"],
        &["book", "BTC-USDT", "--depth", "401"],
        &["candles", "BTC-USDT", "--bar", "7m"],
        &["candles", "BTC-USDT", "--bar", "1d"],
        &["candles", "BTC-USDT", "--limit", "-5"],
        &["candles", "BTC-USDT", "--limit", "ten"],
        &["candles", "BTC-USDT", "--since", "2d", "--until", "3d"],
        &["candles", "BTC-USDT", "--since", "2999-01-01"],
        &["candles", "BTC-USDT", "--since", "yesterday"],
        &["candles", "BTC-USDT", "--since", "0"],
        &["ticker", "--type", "MARGIN"],
        &["instruments", "--type", "OPTION"],
        &["instruments", "--type", "BONDS"],
        &["ticker", "BTC-USDT", "--timeout", "-1"],
        &["api", "DELETE", "/api/v5/public/time"],
        &["api", "GET", "/v5/public/time"],
        &["api", "POST", "/api/v5/trade/order", "--body", "{not json"],
    ];
    for args in cases {
        let (code, out, err) = run(sb.okx_signed(&sim).args(*args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line expected: {err}"
        );
    }
    assert!(sim.log().is_empty(), "requests were sent: {:?}", sim.log());
}

#[test]
fn empty_data_for_a_named_instrument_is_an_error() {
    let sim = sim();
    sim.inject(TICKER, Fault::EmptyData, 1);
    let sb = Sandbox::new();
    let (code, out, err) = ticker(&sb, &sim, &[]);
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("no ticker for BTC-USDT"), "{err}");
}

#[test]
fn a_post_without_a_usable_answer_is_an_unknown_outcome() {
    for (fault, extra) in [
        (Fault::ResetAfterProcessing, vec![]),
        (
            Fault::Slow(Duration::from_secs(3)),
            vec!["--timeout", "0.5"],
        ),
        (Fault::Http502Html, vec![]),
    ] {
        let sim = sim();
        sim.inject("/api/v5/trade/cancel-order", fault.clone(), 1);
        let sb = Sandbox::new();
        let (code, _, err) = run(sb
            .okx_signed(&sim)
            .args([
                "api",
                "POST",
                "/api/v5/trade/cancel-order",
                "-f",
                "instId=BTC-USDT",
                "-f",
                "ordId=1",
            ])
            .args(&extra));
        assert_eq!(code, 7, "{fault:?}: {err}");
        assert!(
            err.contains("may or may not have taken effect"),
            "{fault:?}: {err}"
        );
        assert_eq!(sim.log().len(), 1, "{fault:?}: never resent");
    }
}

#[test]
fn redirects_are_not_followed() {
    use std::io::{Read, Write};
    use std::net::TcpListener;
    // A second host that must never hear from okx, and a first that redirects to it.
    let elsewhere = TcpListener::bind("127.0.0.1:0").unwrap();
    elsewhere.set_nonblocking(true).unwrap();
    let target = format!(
        "http://{}/api/v5/account/balance",
        elsewhere.local_addr().unwrap()
    );
    let redirector = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", redirector.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut conn in redirector.incoming().flatten().take(4) {
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let _ = write!(conn, "HTTP/1.1 307 Temporary Redirect\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let a = Account::live();
    let sb = Sandbox::new();
    let (code, _, err) = run(sb
        .okx()
        .env("OKX_BASE_URL", &base)
        .env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", &a.secret_key)
        .env("OKX_PASSPHRASE", &a.passphrase)
        .args(["api", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("HTTP 307"), "{err}");
    assert!(
        elsewhere.accept().is_err(),
        "okx followed the redirect to another host"
    );
}

#[test]
fn twenty_processes_at_once_share_the_rate_limit_and_see_no_429() {
    let sim = sim(); // rate limits on: ticker 20 per 2 s
    let sb = Sandbox::new();
    // 20 processes x 2 tickers = 40 requests: twice the limit, so unshared pacing would meet 429s.
    let children: Vec<_> = (0..20)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("okx"))
                .env_clear()
                .env("HOME", sb.path())
                .env("OKX_BASE_URL", sim.base_url())
                .current_dir(sb.path())
                .args(["ticker", "BTC-USDT", "ETH-USDT", "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("retrying"));
    }
    let log = requests_to(&sim, TICKER);
    assert_eq!(log.len(), 40, "no retries");
    assert_eq!(
        log.iter().filter(|e| e.status == 429).count(),
        0,
        "no 429 answers"
    );
}
