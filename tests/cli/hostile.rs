//! Absurd values from the server (issue: no abort on any server value). The stand-in answers with
//! exactly the body given (`Fault::Raw`): 29-digit prices, timestamps in the year 3 million, before
//! 1970 or not numbers at all. okx must never panic (the release profile aborts, and a panic there
//! is exit 134 with a core dump), must show the value as OKX sent it or leave the cell empty, say
//! so in at most one warning line on stderr, and write no control character to the terminal.

use okx_sim::Fault;

use crate::support::*;

const TICKER: &str = "/api/v5/market/ticker";
/// Decimal's largest value, 2^96 - 1: one more and rust_decimal refuses it; with `open24h` 1 the
/// old 24 h change, `(last - open) * 100`, overflowed and panicked.
const MAX_DECIMAL: &str = "79228162514264337593543950335";

fn ticker_body(last: &str, open: &str, ts: &str) -> String {
    format!(
        r#"{{"code":"0","msg":"","data":[{{"instType":"SPOT","instId":"BTC-USDT","last":"{last}","lastSz":"0.1","askPx":"87001","askSz":"1","bidPx":"87000","bidSz":"1","open24h":"{open}","high24h":"88000","low24h":"86000","volCcy24h":"1000","vol24h":"0.5","ts":"{ts}","sodUtc0":"1","sodUtc8":"1"}}]}}"#
    )
}

fn raw(body: String) -> Fault {
    Fault::Raw {
        status: 200,
        body,
        process: false,
    }
}

/// Control characters other than the line ends of the output itself.
fn assert_no_controls(what: &str, text: &str) {
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{what} has a control character: {text:?}"
    );
}

/// At most one line on stderr, and then a warning.
fn assert_at_most_one_warning(err: &str) {
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() <= 1, "more than one line on stderr:\n{err}");
    if let Some(l) = lines.first() {
        assert!(l.starts_with("okx: warning: "), "{err}");
    }
}

/// The table's row for BTC-USDT, split on runs of spaces.
fn table_row(out: &str) -> Vec<String> {
    out.lines()
        .find(|l| l.trim_start().starts_with("BTC-USDT"))
        .unwrap_or_else(|| panic!("no BTC-USDT row:\n{out}"))
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn ticker(sim: &okx_sim::Sim, body: String, format: &[&str]) -> (i32, String, String) {
    let sb = Sandbox::new();
    sim.inject(TICKER, raw(body), 1);
    let mut cmd = sb.okx_at(sim);
    cmd.args(["ticker", "BTC-USDT"]).args(format);
    let got = run(&mut cmd);
    assert_no_controls("stdout", &got.1);
    assert_no_controls("stderr", &got.2);
    got
}

#[test]
fn ticker_with_a_29_digit_last_shows_the_exact_change() {
    let sim = sim();
    let body = ticker_body(MAX_DECIMAL, "1", "1700000000000");
    let (code, out, err) = ticker(&sim, body.clone(), &["-o", "table"]);
    assert_eq!(code, 0, "{err}");
    let row = table_row(&out);
    assert_eq!(row[1], MAX_DECIMAL, "last as OKX sent it:\n{out}");
    // (2^96 - 2) * 100 %: exact integer arithmetic has room for it, so nothing is left out.
    assert_eq!(row[4], "+7922816251426433759354395033400.00%", "{out}");
    assert_eq!(row[9], "2023-11-14T22:13:20Z", "{out}");
    assert!(err.is_empty(), "{err}");

    let (code, out, err) = ticker(&sim, body.clone(), &["--json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["last"], MAX_DECIMAL);
    assert!(err.is_empty(), "{err}");

    // One more than a Decimal holds, and a change beyond any exact arithmetic okx does: the
    // cells are OKX's text or empty, with one warning.
    for (last, open) in [
        ("9999999999999999999999999999999999999999", "1"),
        (MAX_DECIMAL, "0.0000000000000000000000000001"),
        ("1e3", "1"),
        ("abc", "1"),
    ] {
        let (code, out, err) = ticker(
            &sim,
            ticker_body(last, open, "1700000000000"),
            &["-o", "table"],
        );
        assert_eq!(code, 0, "{last} {open}: {err}");
        let row = table_row(&out);
        assert_eq!(row[1], last, "{out}");
        assert!(!out.contains('%'), "no change for {last} / {open}:\n{out}");
        assert_at_most_one_warning(&err);
        assert!(err.contains("24h change"), "{err}");
    }
}

#[test]
fn ticker_with_an_absurd_time_shows_it_as_sent() {
    let sim = sim();
    for ts in [
        "99999999999999999",
        "-1",
        "abc",
        "9223372036854775807",
        "-9223372036854775808",
        "99999999999999999999999",
        "253402300800000", // 10000-01-01T00:00:00Z: a five-digit year
    ] {
        let body = ticker_body("87000.5", "86000", ts);
        let (code, out, err) = ticker(&sim, body.clone(), &["-o", "table"]);
        assert_eq!(code, 0, "{ts}: {err}");
        let row = table_row(&out);
        assert_eq!(row[9], ts, "the time as OKX sent it:\n{out}");
        assert_eq!(row[4], "+1.16%", "{out}");
        assert_at_most_one_warning(&err);
        assert!(err.contains(ts), "the warning names the value: {err}");

        let (code, out, err) = ticker(&sim, body, &["--json"]);
        assert_eq!(code, 0, "{ts}: {err}");
        assert_eq!(json(&out)[0]["ts"], ts);
        assert!(
            err.is_empty(),
            "JSON is OKX's data unchanged, nothing to warn about: {err}"
        );
    }
    // The last millisecond a four-digit year holds still reads as a time.
    let (code, out, err) = ticker(
        &sim,
        ticker_body("1", "1", "253402300799999"),
        &["-o", "table"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(table_row(&out)[9], "9999-12-31T23:59:59Z", "{out}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn ticker_with_control_characters_in_absurd_values_stays_printable() {
    let sim = sim();
    let body = ticker_body("1\\u001b[2J", "1", "\\u009b31m");
    let (code, out, err) = ticker(&sim, body, &["-o", "table"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1\\u{1b}[2J"), "{out}");
    assert_at_most_one_warning(&err);
}

#[test]
fn balance_with_absurd_amounts_shows_them_as_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    let huge = "99999999999999999999999999999999999999999";
    let body = format!(
        r#"{{"code":"0","msg":"","data":[{{"uTime":"99999999999999999","totalEq":"{huge}","details":[{{"ccy":"BTC","eq":"{MAX_DECIMAL}","cashBal":"-0","availBal":"1e400","frozenBal":"NaN","eqUsd":"{huge}"}},{{"ccy":"USDT","eq":"1","cashBal":"1","availBal":"1","frozenBal":"0","eqUsd":"-79228162514264337593543950335.5"}}]}}]}}"#
    );
    sim.inject("/api/v5/account/balance", raw(body.clone()), 1);
    let (code, out, err) = run(sb.okx_signed(&sim).args(["balance", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert_no_controls("stdout", &out);
    assert_at_most_one_warning(&err);
    let total = out
        .lines()
        .find(|l| l.trim_start().starts_with("total equity"))
        .unwrap_or_else(|| panic!("no total row:\n{out}"));
    assert!(total.ends_with(huge), "{out}");
    assert!(out.contains(MAX_DECIMAL) && out.contains("1e400") && out.contains("NaN"));
    assert!(out.contains("-79228162514264337593543950335.5"), "{out}");

    sim.inject("/api/v5/account/balance", raw(body), 1);
    let (code, out, err) = run(sb.okx_signed(&sim).args(["balance", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3, "header and two currencies:\n{out}");
    assert!(!out.contains("total"), "{out}");

    // An account with no currencies and no total at all.
    sim.inject(
        "/api/v5/account/balance",
        raw(r#"{"code":"0","msg":"","data":[]}"#.into()),
        1,
    );
    let (code, out, err) = run(sb.okx_signed(&sim).args(["balance", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "the header only:\n{out}");
}

fn candle_rows(ts: &[&str]) -> String {
    let rows: Vec<String> = ts
        .iter()
        .map(|t| format!(r#"["{t}","1","2","0.5","1.5","10","15","15","1"]"#))
        .collect();
    format!(r#"{{"code":"0","msg":"","data":[{}]}}"#, rows.join(","))
}

#[test]
fn candles_with_absurd_timestamps_exit_0_and_show_them_as_sent() {
    let sim = sim();
    let sb = Sandbox::new();
    let absurd = [
        "9223372036854775807",
        "99999999999999999",
        "1700000000000",
        "-1",
        "-9223372036854775808",
    ];
    for format in ["table", "csv", "json"] {
        sim.inject("/api/v5/market/candles", raw(candle_rows(&absurd)), 1);
        let (code, out, err) = run(sb
            .okx_at(&sim)
            .args(["candles", "BTC-USDT", "--limit", "5", "-o", format]));
        assert_eq!(code, 0, "{format}: {err}");
        assert_no_controls("stdout", &out);
        assert_no_controls("stderr", &err);
        if format == "table" {
            // Oldest first; the time cell is OKX's text unless it is a time from 1970 to 9999.
            let times: Vec<&str> = out
                .lines()
                .skip(2)
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            assert_eq!(
                times,
                [
                    "-9223372036854775808",
                    "-1",
                    "2023-11-14T22:13:20Z",
                    "99999999999999999",
                    "9223372036854775807"
                ],
                "{out}"
            );
            assert_at_most_one_warning(&err);
            assert!(err.contains("-9223372036854775808"), "{err}");
        } else {
            // Exactly as OKX sent them, oldest first.
            let mut want = absurd.to_vec();
            want.reverse();
            let got: Vec<String> = if format == "csv" {
                out.lines()
                    .skip(1)
                    .map(|l| l.split(',').next().unwrap_or_default().to_string())
                    .collect()
            } else {
                json(&out)
                    .as_array()
                    .unwrap_or_else(|| panic!("{out}"))
                    .iter()
                    .map(|row| row[0].as_str().unwrap_or_default().to_string())
                    .collect()
            };
            assert_eq!(got, want, "{out}");
            assert!(err.is_empty(), "{format}: {err}");
        }
    }
}

#[test]
fn candles_whose_timestamp_is_not_a_number_are_a_clear_error() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.inject("/api/v5/market/candles", raw(candle_rows(&["abc"])), 1);
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(["candles", "BTC-USDT", "--limit", "5"]));
    // A row that is not OKX's candle is an unexpected answer: exit 6, one line naming the row.
    assert_eq!(code, 6, "{err}");
    assert!(
        out.is_empty(),
        "nothing on stdout, not even half a JSON array: {out}"
    );
    assert!(
        err.contains("not epoch milliseconds") && err.contains("abc"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn time_survives_an_absurd_server_time() {
    let sim = sim();
    let sb = Sandbox::new();
    for ts in ["99999999999999999", "-1", "253402300800000"] {
        sim.inject(
            "/api/v5/public/time",
            raw(format!(
                r#"{{"code":"0","msg":"","data":[{{"ts":"{ts}"}}]}}"#
            )),
            1,
        );
        let (code, out, err) = run(sb.okx_at(&sim).args(["time", "-o", "table"]));
        assert_eq!(code, 0, "{ts}: {err}");
        assert_no_controls("stdout", &out);
        let okx_row: Vec<&str> = out
            .lines()
            .find(|l| l.trim_start().starts_with("OKX"))
            .unwrap_or_else(|| panic!("no OKX row:\n{out}"))
            .split_whitespace()
            .collect();
        assert_eq!(okx_row, ["OKX", ts], "OKX's time as sent:\n{out}");
        assert!(
            out.contains("50102"),
            "far off, signed requests will fail:\n{out}"
        );
        assert_at_most_one_warning(&err);
        assert!(err.contains(ts), "the warning names the value: {err}");
    }
    sim.inject(
        "/api/v5/public/time",
        raw(r#"{"code":"0","msg":"","data":[{"ts":"abc"}]}"#.into()),
        1,
    );
    let (code, _, err) = run(sb.okx_at(&sim).args(["time"]));
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("without a ts"), "{err}");
}

/// The clock offset is computed in `src/client/mod.rs` (`server_time`: `ts - (before + after) / 2`),
/// which overflows for a ts near i64's ends; in a release build that wraps silently to a wrong
/// offset, in a debug build it panics.
#[test]
fn time_survives_a_server_time_at_the_ends_of_i64() {
    let sim = sim();
    let sb = Sandbox::new();
    for ts in ["9223372036854775807", "-9223372036854775808"] {
        sim.inject(
            "/api/v5/public/time",
            raw(format!(
                r#"{{"code":"0","msg":"","data":[{{"ts":"{ts}"}}]}}"#
            )),
            1,
        );
        let (code, out, err) = run(sb.okx_at(&sim).args(["time", "-o", "table"]));
        assert!(code == 0 || code == 6, "{ts}: {code} {err}");
        assert_no_controls("stdout", &out);
        assert_at_most_one_warning(&err);
    }
}

/// One absurd `/api/v5/public/time` answer (here a year-3-million ts, learnt by `candles
/// --since`) is cached as the clock offset for 5 minutes; `src/client/mod.rs` then adds it to
/// now for every signed request (`OffsetDateTime + Duration`, which panics out of range) and
/// to order deadlines. The client must bound what it learns.
#[test]
fn an_absurd_server_time_does_not_poison_later_signed_requests() {
    let sim = sim();
    let sb = Sandbox::new();
    sim.inject(
        "/api/v5/public/time",
        raw(r#"{"code":"0","msg":"","data":[{"ts":"99999999999999999"}]}"#.into()),
        1,
    );
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .args(["candles", "BTC-USDT", "--since", "1h", "-o", "csv"]));
    assert!(code == 0 || code == 6, "{code}: {err}");
    let (code, _, err) = run(sb.okx_signed(&sim).args(["balance", "--json"]));
    assert_eq!(code, 0, "{err}");
}

/// A ticker whose text carries a bidi override, a C1 CSI, DEL and ESC.
fn deceptive_ticker() -> Fault {
    raw(format!(
        r#"{{"code":"0","msg":"","data":[{{"instType":"SPOT","instId":"BTC-USDT\u202eTDSU","last":"1{}2J","lastSz":"1\u001b[2J","askPx":"2\u007f","askSz":"1","bidPx":"1","bidSz":"1","open24h":"1","high24h":"2","low24h":"1","volCcy24h":"1","vol24h":"1","ts":"1700000000000","sodUtc0":"1","sodUtc8":"1"}}]}}"#,
        "\\u009b"
    ))
}

fn assert_nothing_a_terminal_acts_on(what: &str, text: &str) {
    for c in text.chars() {
        assert!(
            c == '\n' || !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{what} carries {c:?} raw: {text:?}"
        );
    }
}

/// Server text reaches a terminal shown, never acted on: in a table, and in JSON and CSV
/// written to a terminal (okx's test switch pretends stdout is one); in a pipe, JSON stays
/// OKX's text exactly.
#[test]
fn server_text_never_acts_on_a_terminal() {
    let sim = sim();
    let sb = Sandbox::new();
    for format in ["table", "json", "ndjson", "csv"] {
        sim.inject("/api/v5/market/ticker", deceptive_ticker(), 1);
        let (code, out, err) = run(sb
            .okx_at(&sim)
            .env("OKX_TEST_TTY", "1")
            .env("COLUMNS", "200")
            .args(["ticker", "BTC-USDT", "-o", format]));
        assert_eq!(code, 0, "{format}: {err}");
        assert_nothing_a_terminal_acts_on(format, &out);
        assert!(
            out.contains("202e") || out.contains("202E"),
            "{format}: {out}"
        );
        if format == "json" {
            let v = json(&out);
            assert_eq!(
                v[0]["instId"], "BTC-USDT\u{202e}TDSU",
                "still valid JSON, same text"
            );
        }
    }
    sim.inject("/api/v5/market/ticker", deceptive_ticker(), 1);
    let (_, out, _) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT", "--json"]));
    assert!(
        out.contains('\u{202e}') && out.contains('\u{9b}'),
        "a pipe gets OKX's text as sent"
    );
}

/// The code and message of an error line are sanitised and bounded.
#[test]
fn an_error_line_shows_the_server_code_and_message_safely() {
    let sim = sim();
    let sb = Sandbox::new();
    let long = "x".repeat(100_000);
    sim.inject(
        "/api/v5/market/ticker",
        raw(format!(
            r#"{{"code":"5\u001b[2J\u202e","msg":"{long}\u001b]0;pwned\u0007","data":[]}}"#
        )),
        1,
    );
    let (code, _, err) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT"]));
    assert_ne!(code, 0);
    assert_nothing_a_terminal_acts_on("stderr", &err);
    assert!(
        err.len() < 2_000,
        "the message is bounded: {} bytes",
        err.len()
    );
}

/// A password in OKX_WS_URL is never echoed: not by okx config, not in an error.
#[test]
fn a_websocket_url_password_is_never_echoed() {
    let sb = Sandbox::new();
    let url = "wss://user:Ws-Canary-Pw@ws.okx.com:8443";
    let (code, out, err) = run(sb.okx().env("OKX_WS_URL", url).args(["config", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("Ws-Canary-Pw") && !err.contains("Ws-Canary-Pw"),
        "{out}{err}"
    );
    let (code, out, err) = run(sb
        .okx()
        .env("OKX_WS_URL", url)
        .args(["watch", "ticker", "BTC-USDT"]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("user info"), "{err}");
    assert!(
        !out.contains("Ws-Canary-Pw") && !err.contains("Ws-Canary-Pw"),
        "{out}{err}"
    );
}
