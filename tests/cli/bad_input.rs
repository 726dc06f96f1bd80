//! The bad-input matrix (issue 7): every invocation here is refused with one line on stderr that
//! names the bad value, the documented exit code (2 usage, 3 configuration), no panic, no data on
//! stdout, and no request: the stand-in's REST and WebSocket logs stay empty throughout.

use crate::support::*;

/// (arguments, extra environment, expected exit code, text the error must contain)
type Case = (Vec<String>, Vec<(&'static str, String)>, i32, &'static str);

fn case(args: &[&str], exit: i32, needle: &'static str) -> Case {
    (
        args.iter().map(|s| s.to_string()).collect(),
        Vec::new(),
        exit,
        needle,
    )
}

fn with_env(args: &[&str], env: &[(&'static str, &str)], exit: i32, needle: &'static str) -> Case {
    let (a, _, e, n) = case(args, exit, needle);
    (
        a,
        env.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        e,
        n,
    )
}

fn cases() -> Vec<Case> {
    fn place<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut v = vec!["order", "place"];
        v.extend_from_slice(extra);
        v
    }
    let forty_digits = "9".repeat(40);
    let long_id = "a".repeat(33);
    let many_ccy = vec!["BTC"; 21].join(",");
    let mut c = vec![
        // Instrument IDs.
        case(&["ticker", "BTC/USDT"], 2, "use BTC-USDT"),
        case(&["ticker", "btc-usdt"], 2, "upper case"),
        case(&["ticker", ""], 2, "is empty"),
        case(&["ticker", "BTC‐USDT"], 2, "non-ASCII"),
        case(&["ticker", "ВТС-USDT"], 2, "non-ASCII"),
        case(&["ticker", "BTC USDT"], 2, "BASE-QUOTE"),
        case(&["ticker", "BTC_USDT"], 2, "use BTC-USDT"),
        case(&["ticker", "BTC"], 2, "not an OKX instrument ID"),
        case(&["book", "BTC--USDT"], 2, "not an OKX instrument ID"),
        case(&["instruments", "btc-usdt"], 2, "upper case"),
        case(&["candles", "BTC:USDT"], 2, "BASE-QUOTE"),
        case(
            &place(&["eth/usdt", "buy", "1", "--price", "1"]),
            2,
            "use ETH-USDT",
        ),
        case(
            &["order", "get", "BTC/USDT", "--ord-id", "1"],
            2,
            "use BTC-USDT",
        ),
        case(&["watch", "ticker", "btc-usdt"], 2, "upper case"),
        // Sizes and prices.
        case(
            &place(&["BTC-USDT", "buy", "-1", "--price", "42000"]),
            2,
            "negative",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0", "--price", "42000"]),
            2,
            "zero",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.000", "--price", "42000"]),
            2,
            "zero",
        ),
        case(
            &place(&["BTC-USDT", "buy", "abc", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1e-3", "--price", "42000"]),
            2,
            "write 0.001",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1E2", "--price", "42000"]),
            2,
            "exponent",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1,000", "--price", "42000"]),
            2,
            "comma",
        ),
        // A decimal comma is read as a decimal point, never as a thousands separator: the hint
        // is never a larger amount than the user may have meant (0,001 is not 1 BTC).
        case(
            &place(&["BTC-USDT", "buy", "0,001", "--type", "market"]),
            2,
            "write 0.001",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1,5", "--price", "42000"]),
            2,
            "write 1.5",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1,000", "--price", "42000"]),
            2,
            "write 1.000",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "87000,5"]),
            2,
            "write 87000.5",
        ),
        case(
            &place(&["BTC-USDT", "buy", "1,000,000", "--type", "market"]),
            2,
            "no thousands separators; write digits only",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "87.000,5"]),
            2,
            "both ',' and '.'",
        ),
        // Leading zeros are refused with the value they spell, never sent as typed.
        case(
            &place(&["BTC-USDT", "buy", "0001", "--type", "market"]),
            2,
            "leading zeros; write 1",
        ),
        case(
            &place(&["BTC-USDT", "buy", "00.5", "--price", "42000"]),
            2,
            "leading zeros; write 0.5",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "042000"]),
            2,
            "leading zeros; write 42000",
        ),
        case(
            &place(&["BTC-USDT", "buy", ".5", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", "5.", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", "+5", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", "NaN", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", "inf", "--price", "42000"]),
            2,
            "not a plain decimal",
        ),
        case(
            &place(&["BTC-USDT", "buy", &forty_digits, "--price", "42000"]),
            2,
            "28 at most",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "-42000"]),
            2,
            "negative",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "0"]),
            2,
            "zero",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "4.2e4"]),
            2,
            "exponent",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "42 000"]),
            2,
            "not a plain decimal",
        ),
        // Against the instrument's rules (cached before the matrix runs).
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--price", "42000.05"]),
            2,
            "use 42000.0 or 42000.1",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.000100015", "--price", "42000"]),
            2,
            "use 0.00010001 or 0.00010002",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.000001", "--price", "42000"]),
            2,
            "use at least 0.00001",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.000000001", "--price", "42000"]),
            2,
            "use at least 0.00001",
        ),
        // Order types, sides and flags.
        case(&place(&["BTC-USDT", "buy", "0.01"]), 2, "--type market"),
        case(
            &place(&[
                "BTC-USDT", "buy", "0.01", "--type", "market", "--price", "1",
            ]),
            2,
            "takes no --price",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--type", "limit"]),
            2,
            "needs --price",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--type", "post_only"]),
            2,
            "needs --price",
        ),
        case(
            &place(&[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--tgt-ccy",
                "quote",
            ]),
            2,
            "market orders only",
        ),
        case(
            &place(&[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--cl-ord-id",
                "has-dash",
            ]),
            2,
            "letters and digits",
        ),
        case(
            &place(&[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--cl-ord-id",
                &long_id,
            ]),
            2,
            "1-32",
        ),
        case(
            &place(&[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "42000",
                "--tag",
                "tag-with-dash",
            ]),
            2,
            "--tag",
        ),
        case(
            &place(&[
                "BTC-USDT", "buy", "0.01", "--price", "42000", "--expire", "0",
            ]),
            2,
            "--expire",
        ),
        case(
            &place(&[
                "BTC-USDT", "buy", "0.01", "--price", "42000", "--expire", "999",
            ]),
            2,
            "--expire",
        ),
        case(
            &place(&["BTC-USDT", "sel", "0.01", "--price", "42000"]),
            2,
            "possible values: buy, sell",
        ),
        case(
            &place(&["BTC-USDT", "BUY", "0.01", "--price", "42000"]),
            2,
            "possible values: buy, sell",
        ),
        case(
            &place(&["BTC-USDT", "buy", "0.01", "--type", "stop"]),
            2,
            "invalid value 'stop'",
        ),
        case(
            &place(&[
                "BTC-USDT",
                "buy",
                "0.01",
                "--price",
                "1",
                "--td-mode",
                "spot",
            ]),
            2,
            "invalid value 'spot'",
        ),
        case(&["order", "cancel", "BTC-USDT"], 2, "--ord-id"),
        case(
            &["order", "cancel", "BTC-USDT", "--ord-id", "abc"],
            2,
            "digits only",
        ),
        case(
            &[
                "order",
                "cancel",
                "BTC-USDT",
                "--ord-id",
                "1",
                "--cl-ord-id",
                "x",
            ],
            2,
            "cannot be used with",
        ),
        case(
            &["order", "get", "BTC-USDT", "--cl-ord-id", "bad_id"],
            2,
            "letters and digits",
        ),
        case(&["order", "list", "--type", "BONDS"], 2, "\"BONDS\""),
        // Candles: bars, limits, times.
        case(&["candles", "BTC-USDT", "--bar", "7m"], 2, "not an OKX bar"),
        case(&["candles", "BTC-USDT", "--bar", "1d"], 2, "1Dutc"),
        case(&["candles", "BTC-USDT", "--bar", "1w"], 2, "1Wutc"),
        case(&["candles", "BTC-USDT", "--bar", "6h"], 2, "6Hutc"),
        case(&["candles", "BTC-USDT", "--bar", ""], 2, "not an OKX bar"),
        case(&["candles", "BTC-USDT", "--limit", "-5"], 2, "at least 1"),
        case(&["candles", "BTC-USDT", "--limit", "0"], 2, "at least 1"),
        case(&["candles", "BTC-USDT", "--limit", "10001"], 2, "10000"),
        case(
            &["candles", "BTC-USDT", "--limit", "ten"],
            2,
            "whole number",
        ),
        case(
            &["candles", "BTC-USDT", "--since", "2999-01-01"],
            2,
            "in the future",
        ),
        case(
            &["candles", "BTC-USDT", "--since", "3d", "--until", "5d"],
            2,
            "swap them",
        ),
        case(
            &["candles", "BTC-USDT", "--since", "yesterday"],
            2,
            "not a time",
        ),
        case(
            &["candles", "BTC-USDT", "--since", "1700000000"],
            2,
            "epoch seconds",
        ),
        case(&["candles", "BTC-USDT", "--since", "0"], 2, "not a time"),
        case(&["candles", "BTC-USDT", "--until", "1d"], 2, "--since"),
        case(
            &["candles", "BTC-USDT", "--limit", "5", "--since", "1d"],
            2,
            "cannot be used with",
        ),
        // Book, ticker, instruments, balance.
        case(&["book", "BTC-USDT", "--depth", "0"], 2, "at least 1"),
        case(&["book", "BTC-USDT", "--depth", "401"], 2, "400"),
        case(&["book", "BTC-USDT", "--depth", "-3"], 2, "at least 1"),
        case(&["ticker", "--type", "STOCKS"], 2, "\"STOCKS\""),
        case(&["ticker", "--type", "MARGIN"], 2, "SPOT"),
        case(&["instruments", "--type", "OPTION"], 2, "--inst-family"),
        case(&["balance", "--ccy", "usdt"], 2, "upper case"),
        case(&["balance", "--ccy", "USDT,,BTC"], 2, "not a currency code"),
        case(&["balance", "--ccy", &many_ccy], 2, "at most 20"),
        // Global flags.
        case(&["ticker", "BTC-USDT", "--timeout", "-1"], 2, "--timeout"),
        case(&["ticker", "BTC-USDT", "--timeout", "abc"], 2, "--timeout"),
        case(&["ticker", "BTC-USDT", "--timeout", "0"], 2, "--timeout"),
        case(
            &["ticker", "BTC-USDT", "-o", "xml"],
            2,
            "invalid value 'xml'",
        ),
        // okx api.
        case(&["api", "DELETE", "/api/v5/public/time"], 2, "GET or POST"),
        case(&["api", "GET", "/v5/public/time"], 2, "/api/v5/"),
        case(
            &["api", "POST", "/api/v5/trade/order", "--body", "{not json"],
            2,
            "not valid JSON",
        ),
        case(
            &["api", "GET", "/api/v5/public/time", "--body", "{}"],
            2,
            "a GET has no body",
        ),
        case(
            &["api", "POST", "/api/v5/trade/order?x=1", "-f", "a=b"],
            2,
            "in the body",
        ),
        case(&["api", "GET", "/api/v5/public/time#frag"], 2, "fragment"),
        case(
            &["api", "GET", "/api/v5/public/time", "-f", "novalue"],
            2,
            "KEY=VALUE",
        ),
        // okx sign.
        case(&["sign", "DELETE", "/api/v5/x"], 2, "GET or POST"),
        case(
            &["sign", "GET", "api/v5/account/balance"],
            2,
            "must start with '/'",
        ),
        case(
            &["sign", "GET", "/api/v5/x", "--timestamp", ""],
            2,
            "--timestamp is empty",
        ),
        case(
            &["sign", "POST", "/api/v5/x", "--body-file", "missing.json"],
            2,
            "missing.json",
        ),
        case(
            &["sign", "GET", "/api/v5/x", "--verify", " "],
            2,
            "--verify needs",
        ),
        case(
            &["sign", "POST", "/api/v5/trade/order", "--body", "{sz:1}"],
            2,
            "not valid JSON",
        ),
        case(
            &[
                "sign",
                "POST",
                "/api/v5/trade/order",
                "--body",
                "instId=BTC-USDT",
            ],
            2,
            "50002",
        ),
        // okx watch.
        case(
            &["watch", "book", "BTC-USDT", "--depth", "7"],
            2,
            "5 or 400",
        ),
        case(
            &["watch", "ticker", "BTC-USDT", "--duration", "soon"],
            2,
            "--duration",
        ),
        case(
            &["watch", "ticker", "BTC-USDT", "--count", "0"],
            2,
            "at least 1",
        ),
        case(
            &["watch", "ticker", "BTC-USDT", "--ping-interval", "40"],
            2,
            "25",
        ),
        case(&["watch", "ticker", "BTC-USDT", "-o", "csv"], 2, "not CSV"),
        case(&["watch", "candles", "BTC-USDT", "--bar", "1d"], 2, "1Dutc"),
        // Configuration (exit 3): bad OKX_* values, .env files, credentials.
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_BASE_URL", "http://example.com")],
            3,
            "unencrypted",
        ),
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_BASE_URL", "ftp://www.okx.com")],
            3,
            "scheme",
        ),
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_BASE_URL", "www.okx.com")],
            3,
            "not a URL",
        ),
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_BASE_URL", "https://www.okx.com/api/v5")],
            3,
            "API path",
        ),
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_BASE_URL", "https://u:pw@www.okx.com")],
            3,
            "user info",
        ),
        with_env(
            &["ticker", "BTC-USDT"],
            &[("OKX_DEMO", "maybe")],
            3,
            "\"maybe\"",
        ),
        with_env(
            &["watch", "ticker", "BTC-USDT"],
            &[("OKX_WS_URL", "ws://example.com")],
            3,
            "plain ws",
        ),
        with_env(
            &["balance"],
            &[("OKX_PASSPHRASE", "Sim-Live-Passphrase-1\n")],
            3,
            "line break",
        ),
        with_env(
            &["balance"],
            &[("OKX_API_KEY", "4f1c8a2e\t7b3d")],
            3,
            "OKX_API_KEY",
        ),
        case(
            &["--env-file", "malformed.env", "balance"],
            3,
            "malformed.env:2",
        ),
        case(&["--env-file", "spaced.env", "balance"], 3, "spaced.env:1"),
        case(
            &["--env-file", "unterminated.env", "balance"],
            3,
            "unterminated.env:1",
        ),
        case(&["--env-file", "nope.env", "balance"], 3, "nope.env"),
        case(
            &["--env-file", "quoted.env", "balance"],
            3,
            "OKX_PASSPHRASE",
        ),
        case(
            &["--env-file", "empty-creds.env", "balance"],
            3,
            "missing credentials OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE",
        ),
    ];
    // The same balance call without credentials: each variable is named.
    c.push(with_env(
        &["balance"],
        &[("OKX_SECRET_KEY", "")],
        3,
        "missing credential OKX_SECRET_KEY",
    ));
    c
}

#[test]
fn bad_input_matrix() {
    let sim = sim();
    let sb = Sandbox::new();
    sb.write(
        "malformed.env",
        "OKX_API_KEY=abc\nthis line is not an assignment\n",
    );
    sb.write(
        "spaced.env",
        "OKX_SECRET_KEY=8E3B6F0A 1C9D47E2B5A0C3F8D6E1B94A\n",
    );
    sb.write(
        "unterminated.env",
        "OKX_PASSPHRASE=\"Sim-Live-Passphrase-1\n",
    );
    // A passphrase pasted with a stray line break inside its quotes.
    sb.write(
        "quoted.env",
        "OKX_API_KEY=k\nOKX_SECRET_KEY=s\nOKX_PASSPHRASE=\"Sim-Live-\nPassphrase-1\"\n",
    );
    sb.write(
        "empty-creds.env",
        "OKX_API_KEY=\nOKX_SECRET_KEY=\nOKX_PASSPHRASE=\n",
    );
    #[cfg(unix)]
    for f in [
        "malformed.env",
        "spaced.env",
        "unterminated.env",
        "quoted.env",
        "empty-creds.env",
    ] {
        // Owner-only, as they should be: a readable one earns a (deserved) extra warning line.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(sb.path().join(f), std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
    // Cache BTC-USDT's rules (public data), then watch the logs from an empty start.
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.01",
        "--price",
        "1",
        "--dry-run",
    ]));
    assert_eq!(code, 0, "{err}");
    sim.clear_log();

    let cases = cases();
    assert!(cases.len() >= 60, "the matrix holds {} cases", cases.len());
    let mut failures = Vec::new();
    for (args, env, exit, needle) in &cases {
        let mut cmd = if args.iter().any(|a| a == "--env-file") {
            sb.okx_at(&sim)
        } else {
            sb.okx_signed(&sim)
        };
        for (k, v) in env {
            cmd.env(k, v);
        }
        let (code, out, err) = run(cmd.args(args));
        let one_line = err.trim_end().lines().count() == 1;
        if code != *exit
            || !out.is_empty()
            || !one_line
            || !err.contains(needle)
            || !err.starts_with("okx: error: ")
        {
            failures.push(format!("{args:?} {env:?}: exit {code} (want {exit}), stdout {out:?}, stderr {err:?} (want {needle:?})"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(
        sim.log().is_empty(),
        "requests were sent: {:?}",
        sim.log().iter().map(|e| &e.target).collect::<Vec<_>>()
    );
    assert!(
        sim.ws_log().is_empty() && sim.ws_connections() == 0,
        "a WebSocket was opened"
    );
}
