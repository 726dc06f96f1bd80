//! `okx sign`: fixed vectors, `--debug`, `--verify`, bad input.
//!
//! Every expected signature below was computed independently with Python's standard library,
//! the way python-okx signs:
//!     base64.b64encode(hmac.new(SECRET.encode(), prehash.encode("utf-8"), hashlib.sha256).digest())
//! with SECRET = "22582BD0CFF14C41EDBF1AB98506286D" and the prehash shown next to each value.

use crate::support::*;

const TS: &str = "2020-12-08T09:08:57.715Z";
const ORDER_BODY: &str =
    r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}"#;

fn sign_json(args: &[&str]) -> serde_json::Value {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_with_creds()
        .arg("sign")
        .args(args)
        .args(["-o", "json"]));
    assert_eq!(code, 0, "stderr: {err}");
    assert_no_secrets(&[&out, &err]);
    json(&out)
}

#[test]
fn get_with_query_string_matches_python_vector() {
    // prehash: 2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC,ETH
    let v = sign_json(&[
        "GET",
        "/api/v5/account/balance?ccy=BTC,ETH",
        "--timestamp",
        TS,
    ]);
    assert_eq!(
        v["prehash"],
        format!("{TS}GET/api/v5/account/balance?ccy=BTC,ETH")
    );
    assert_eq!(
        v["signature"],
        "oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE="
    );
    assert_eq!(v["headers"]["OK-ACCESS-SIGN"], v["signature"]);
    assert_eq!(v["headers"]["OK-ACCESS-TIMESTAMP"], TS);
    assert_eq!(v["headers"]["OK-ACCESS-KEY"], API_KEY_FINGERPRINT);
    assert_eq!(v["headers"]["OK-ACCESS-PASSPHRASE"], "(redacted)");
    assert!(
        v["headers"].get("Content-Type").is_none(),
        "a GET has no body to type"
    );
}

#[test]
fn post_with_json_body_matches_python_vector() {
    // prehash: TS + "POST/api/v5/trade/order" + ORDER_BODY (the fact sheet's §1.2 example)
    let v = sign_json(&[
        "POST",
        "/api/v5/trade/order",
        "--body",
        ORDER_BODY,
        "--timestamp",
        TS,
    ]);
    assert_eq!(
        v["signature"],
        "iwrdSpN7pm4G4u8+fswZUyH6mOM48+sBF6WvKpj4Dvk="
    );
    assert_eq!(v["headers"]["Content-Type"], "application/json");
}

#[test]
fn empty_body_signs_nothing_after_the_path() {
    // prehash: 2020-12-08T09:08:57.715ZPOST/api/v5/trade/cancel-order
    let v = sign_json(&["POST", "/api/v5/trade/cancel-order", "--timestamp", TS]);
    assert_eq!(v["prehash"], format!("{TS}POST/api/v5/trade/cancel-order"));
    assert_eq!(
        v["signature"],
        "v5J9nGOOKuCyYVQJPxa0G/9rnJHlv4Y6LTi2bAoM6MM="
    );
}

#[test]
fn non_ascii_body_is_signed_as_utf8() {
    // prehash: TS + 'POST/api/v5/trade/order{"instId":"BTC-USDT","tag":"café€😀"}'
    let body = r#"{"instId":"BTC-USDT","tag":"café€😀"}"#;
    let v = sign_json(&[
        "POST",
        "/api/v5/trade/order",
        "--body",
        body,
        "--timestamp",
        TS,
        "--debug",
    ]);
    assert_eq!(
        v["signature"],
        "EESlQgP8ME6trgh3yWm81oV7SEqvt2VVhiuvRIqgnNQ="
    );
    // é is 2 bytes, € 3, 😀 4: the prehash is 6 bytes longer than its character count.
    let bytes = v["debug"]["prehash_bytes"].as_u64().unwrap();
    let chars = v["debug"]["prehash_chars"].as_u64().unwrap();
    assert_eq!(bytes - chars, 6);
    assert!(v["debug"]["prehash_visible"]
        .as_str()
        .unwrap()
        .contains(r"caf\u{e9}\u{20ac}\u{1f600}"));
}

#[test]
fn body_from_file_and_stdin_are_signed_byte_for_byte() {
    let sb = Sandbox::new();
    sb.write("order.json", ORDER_BODY);
    let (code, out, _) = run(sb.okx_with_creds().args([
        "sign",
        "POST",
        "/api/v5/trade/order",
        "--body-file",
        "order.json",
        "--timestamp",
        TS,
        "--json",
    ]));
    assert_eq!(code, 0);
    assert_eq!(
        json(&out)["signature"],
        "iwrdSpN7pm4G4u8+fswZUyH6mOM48+sBF6WvKpj4Dvk="
    );
    let (code, out, _) = run(sb
        .okx_with_creds()
        .args([
            "sign",
            "POST",
            "/api/v5/trade/order",
            "--body",
            "-",
            "--timestamp",
            TS,
            "--json",
        ])
        .write_stdin(ORDER_BODY));
    assert_eq!(code, 0);
    assert_eq!(
        json(&out)["signature"],
        "iwrdSpN7pm4G4u8+fswZUyH6mOM48+sBF6WvKpj4Dvk="
    );
}

#[test]
fn default_timestamp_is_now_in_okx_format() {
    let v = sign_json(&["GET", "/api/v5/account/balance"]);
    let ts = v["timestamp"].as_str().unwrap();
    assert_eq!(ts.len(), 24, "{ts}");
    assert!(ts.ends_with('Z') && ts.as_bytes()[19] == b'.', "{ts}");
    let at =
        time::OffsetDateTime::parse(ts, &time::format_description::well_known::Rfc3339).unwrap();
    assert!((time::OffsetDateTime::now_utc() - at).whole_seconds().abs() < 60);
}

#[test]
fn demo_adds_the_simulated_trading_header() {
    let sb = Sandbox::new();
    let (_, out, _) = run(sb.okx_with_creds().env("OKX_DEMO", "1").args([
        "sign",
        "GET",
        "/api/v5/account/balance",
        "--json",
    ]));
    assert_eq!(json(&out)["headers"]["x-simulated-trading"], "1");
    let (_, out, _) = run(sb.okx_with_creds().env("OKX_DEMO", "1").args([
        "--live",
        "sign",
        "GET",
        "/api/v5/account/balance",
        "--json",
    ]));
    assert!(json(&out)["headers"].get("x-simulated-trading").is_none());
}

#[test]
fn debug_shows_prehash_parts_and_never_the_secrets() {
    let sb = Sandbox::new();
    for format in ["table", "json", "csv"] {
        let (code, out, err) = run(sb.okx_with_creds().args([
            "sign",
            "POST",
            "/api/v5/trade/order",
            "--body",
            ORDER_BODY,
            "--timestamp",
            TS,
            "--debug",
            "-o",
            format,
        ]));
        assert_eq!(code, 0, "{format}: {err}");
        assert!(
            out.contains(&format!("{TS}POST/api/v5/trade/order")),
            "{format}: prehash missing:\n{out}"
        );
        assert_no_secrets(&[&out, &err]);
    }
    // Without --timestamp (now), a correct request passes every check.
    let (_, out, _) = run(sb.okx_with_creds().args([
        "sign",
        "POST",
        "/api/v5/trade/order",
        "--body",
        ORDER_BODY,
        "--debug",
        "-o",
        "table",
    ]));
    for label in ["timestamp", "method", "path+query", "body", "bytes"] {
        assert!(out.contains(label), "table output lacks {label}:\n{out}");
    }
    assert!(out.contains("none of the usual mistakes"), "{out}");
}

fn warnings(args: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let sb = Sandbox::new();
    let mut cmd = sb.okx_with_creds();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let (code, out, err) = run(cmd.arg("sign").args(args).args(["--debug", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_no_secrets(&[&out, &err]);
    json(&out)["debug"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn debug_warns_about_each_classic_mistake() {
    // (arguments, extra environment, expected warning id)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (
            &[
                "GET",
                "https://www.okx.com/api/v5/account/balance",
                "--timestamp",
                TS,
            ],
            &[],
            "path-has-host",
        ),
        (
            &["GET", "/api/v5/market/ticker", "--timestamp", TS],
            &[],
            "get-query-missing",
        ),
        (
            &[
                "GET",
                "/api/v5/market/ticker",
                "--body",
                r#"{"instId":"BTC-USDT"}"#,
                "--timestamp",
                TS,
            ],
            &[],
            "get-with-body",
        ),
        (
            &[
                "POST",
                "/api/v5/trade/order",
                "--body",
                r#"{"instId": "BTC-USDT", "sz": "2"}"#,
                "--timestamp",
                TS,
            ],
            &[],
            "body-not-compact",
        ),
        (
            &[
                "POST",
                "/api/v5/trade/order",
                "--body",
                "{}",
                "--timestamp",
                TS,
            ],
            &[],
            "body-empty-object",
        ),
        (
            &["POST", "/api/v5/trade/order", "--timestamp", TS],
            &[],
            "body-empty",
        ),
        (
            &[
                "POST",
                "/api/v5/trade/order",
                "--body",
                "{\"sz\":\"1\"}\n",
                "--timestamp",
                TS,
            ],
            &[],
            "body-trailing-newline",
        ),
        (
            &["get", "/api/v5/account/balance", "--timestamp", TS],
            &[],
            "method-case",
        ),
        (
            &[
                "GET",
                "/api/v5/account/balance",
                "--timestamp",
                "1607418537",
            ],
            &[],
            "timestamp-epoch-seconds",
        ),
        (
            &[
                "GET",
                "/api/v5/account/balance",
                "--timestamp",
                "1607418537715",
            ],
            &[],
            "timestamp-epoch-millis",
        ),
        (
            &[
                "GET",
                "/api/v5/account/balance",
                "--timestamp",
                "2020-12-08T09:08:57Z",
            ],
            &[],
            "timestamp-no-millis",
        ),
        (
            &[
                "GET",
                "/api/v5/account/balance",
                "--timestamp",
                "2020-12-08T09:08:57.715+00:00",
            ],
            &[],
            "timestamp-not-z",
        ),
        (
            &["GET", "/api/v5/account/balance"],
            &[("OKX_SECRET_KEY", " 22582BD0CFF14C41EDBF1AB98506286D\n")],
            "secret-whitespace",
        ),
        (
            &["GET", "/api/v5/account/balance"],
            &[("OKX_PASSPHRASE", "Leak-Canary-Passphrase-7 ")],
            "passphrase-whitespace",
        ),
    ];
    for (args, env, want) in cases {
        let got = warnings(args, env);
        assert!(
            got.iter().any(|w| w == want),
            "{args:?}: expected warning {want}, got {got:?}"
        );
    }
    // A correct request gets none.
    let got = warnings(&["POST", "/api/v5/trade/order", "--body", ORDER_BODY], &[]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn debug_warns_about_dotenv_whitespace_and_dollar_expansion() {
    let sb = Sandbox::new();
    sb.write(
        ".env",
        &format!(
            "OKX_API_KEY={API_KEY}\nOKX_SECRET_KEY=\"{SECRET} \"\nOKX_PASSPHRASE=Leak$Canary\n"
        ),
    );
    let (code, out, err) = run(sb.okx().args([
        "sign",
        "GET",
        "/api/v5/account/balance",
        "--debug",
        "--json",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains(SECRET) && !out.contains("Leak$Canary") && !err.contains(SECRET));
    let ids: Vec<String> = json(&out)["debug"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.contains(&"secret-whitespace".to_string()), "{ids:?}");
    assert!(ids.contains(&"dotenv-dollar".to_string()), "{ids:?}");
}

fn verify(args: &[&str], theirs: &str) -> (i32, serde_json::Value) {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_with_creds()
        .arg("sign")
        .args(args)
        .args(["--verify", theirs, "--json"]));
    assert_no_secrets(&[&out, &err]);
    (code, json(&out))
}

#[test]
fn verify_accepts_a_matching_signature() {
    let (code, v) = verify(
        &[
            "GET",
            "/api/v5/account/balance?ccy=BTC,ETH",
            "--timestamp",
            TS,
        ],
        "oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE=",
    );
    assert_eq!(code, 0);
    assert_eq!(v["verify"]["result"], "match");
}

#[test]
fn verify_names_the_variant_that_reproduces_a_wrong_signature() {
    // Each "theirs" is what a buggy program signs, computed with Python as described at the top
    // of this file, from the prehash (and key) noted beside it.
    let get = [
        "GET",
        "/api/v5/account/balance?ccy=BTC,ETH",
        "--timestamp",
        TS,
    ];
    let order = [
        "POST",
        "/api/v5/trade/order",
        "--body",
        ORDER_BODY,
        "--timestamp",
        TS,
    ];
    let cancel = ["POST", "/api/v5/trade/cancel-order", "--timestamp", TS];
    let cases: &[(&[&str], &str, &str)] = &[
        // json.dumps(body) with its default ", " and ": " separators
        (
            &order,
            "ndhLECBZOdEnKUoXpFMXtL/rmKwKjNKUys4V5s4RLDc=",
            "body-python-spaces",
        ),
        // TS + "GET/api/v5/account/balance" (query dropped)
        (
            &get,
            "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=",
            "query-left-out",
        ),
        // TS + "get/api/v5/account/balance?ccy=BTC,ETH"
        (
            &get,
            "6WKa5j2gbgj+IfkBjbYJKFfCP1BWTGdoRZ4MC7/0c7A=",
            "method-lowercase",
        ),
        // TS + "POST/api/v5/trade/cancel-order{}" while no body is sent
        (
            &cancel,
            "6TBLfJUqHmC1t0gEDVFIuDPTF/x+x+FbEg1IPsFJ1pM=",
            "body-empty-object",
        ),
        // "1607418537715GET/api/v5/account/balance?ccy=BTC,ETH"
        (
            &get,
            "i1e4LCPCasX9GddPAJUwg9tjIDYgxlV1MToQ521jF5U=",
            "timestamp-epoch-millis",
        ),
        // "1607418537GET/api/v5/account/balance?ccy=BTC,ETH"
        (
            &get,
            "vYc0C9tR0eZDWg3Mcm2vQl2tkdQ1ImO2ZhBpcH3MZ0g=",
            "timestamp-epoch-seconds",
        ),
        // key = SECRET + "\n"
        (
            &get,
            "5FZHxrFrZeog4p4hHt7UvgWszP1klh/Nkdcl1ZSXW8I=",
            "secret-trailing-newline",
        ),
        // key = the passphrase "Test#Pass1" (see the env override below)
        (
            &get,
            "V2o1d6QHizG6MnZCN6mVgsTjVC9bxGiuFNSN23D6HOk=",
            "passphrase-as-secret",
        ),
        // "2020-12-08T09:08:57.716ZGET/…": the timestamp taken twice, 1 ms apart
        (
            &get,
            "AW89uGus8PXfTYCx9MHe+xm61k/88Mzbh08JZaSx3NM=",
            "timestamp-computed-twice",
        ),
        // TS + "GEThttps://www.okx.com/api/v5/account/balance?ccy=BTC,ETH"
        (
            &get,
            "Y4I+Rj/7lErgTbgvUenNbUi5+Y7wV3qCBpKQCSiTEug=",
            "path-with-host",
        ),
    ];
    for (args, theirs, want) in cases {
        let sb = Sandbox::new();
        let (code, out, err) = run(sb
            .okx_with_creds()
            .env("OKX_PASSPHRASE", "Test#Pass1")
            .arg("sign")
            .args(*args)
            .args(["--verify", theirs, "--json"]));
        assert_eq!(code, 1, "a mismatch exits 1 ({want}): {err}");
        let v = json(&out);
        assert_eq!(v["verify"]["result"], "mismatch-explained", "{want}: {v}");
        assert_eq!(v["verify"]["variant"]["id"], *want, "{v}");
        assert!(!out.contains(SECRET) && !out.contains("Test#Pass1"));
    }
    // The reverse of the empty-body case: {} is sent, an empty string was signed.
    let (_, v) = verify(
        &[
            "POST",
            "/api/v5/trade/cancel-order",
            "--body",
            "{}",
            "--timestamp",
            TS,
        ],
        "v5J9nGOOKuCyYVQJPxa0G/9rnJHlv4Y6LTi2bAoM6MM=",
    );
    assert_eq!(v["verify"]["variant"]["id"], "body-empty-string");
}

#[test]
fn verify_reports_an_unexplained_mismatch() {
    let (code, v) = verify(
        &["GET", "/api/v5/account/balance", "--timestamp", TS],
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    );
    assert_eq!(code, 1);
    assert_eq!(v["verify"]["result"], "mismatch");
    assert!(v["verify"]["variant"].is_null());
}

#[test]
fn bad_input_is_a_usage_error_naming_the_value() {
    let sb = Sandbox::new();
    let cases: &[(&[&str], &str)] = &[
        (&["sign", "DELETE", "/api/v5/x"], "\"DELETE\""),
        (
            &["sign", "GET", "api/v5/account/balance"],
            "must start with '/'",
        ),
        (
            &["sign", "GET", "/api/v5/x", "--timestamp", ""],
            "--timestamp is empty",
        ),
        (
            &["sign", "POST", "/api/v5/x", "--body-file", "missing.json"],
            "missing.json",
        ),
        (
            &["sign", "GET", "/api/v5/x", "--verify", " "],
            "--verify needs",
        ),
    ];
    for (args, needle) in cases {
        let (code, out, err) = run(sb.okx_with_creds().args(*args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed data: {out}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "one-line error expected: {err}"
        );
    }
}

#[test]
fn odd_timestamps_are_diagnosed_not_crashed_on() {
    // Non-ASCII: a warning, not a panic.
    let got = warnings(
        &[
            "GET",
            "/api/v5/account/balance",
            "--timestamp",
            "2020-12-08T09:08:5é.715Z",
        ],
        &[],
    );
    assert!(
        got.contains(&"timestamp-unrecognised".to_string()),
        "{got:?}"
    );
    // Fractional epoch seconds name the same moment exactly (no float rounding): the ISO form's
    // signature (Python vector get_plain) is recognised as that moment in OKX's format.
    let (code, v) = verify(
        &[
            "GET",
            "/api/v5/account/balance",
            "--timestamp",
            "1607418537.715",
        ],
        "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=",
    );
    assert_eq!(code, 1);
    assert_eq!(v["verify"]["variant"]["id"], "timestamp-okx-format", "{v}");
}
