//! Honest data and the small things a user meets (issue 12): an empty answer is asked again
//! before a range is called incomplete, gaps are listed and `--strict` fails on them, times
//! and bars okx cannot be served are refused, empty answers say so, and the rough edges of
//! `errors`, `api`, `watch`, `sign` and `--env-file`.

use std::time::Duration;

use okx_sim::{CandleGap, Fault, Sim, SimConfig};

use crate::support::*;

const MIN: i64 = 60_000;

/// The `ts` column of okx's candle CSV.
fn candles_csv(
    sb: &Sandbox,
    sim: &Sim,
    since: i64,
    until: i64,
    extra: &[&str],
) -> (i32, String, String) {
    let (since, until) = (since.to_string(), until.to_string());
    let mut args = vec![
        "candles", "BTC-USDT", "--since", &since, "--until", &until, "-o", "csv",
    ];
    args.extend_from_slice(extra);
    run(sb.okx_at(sim).args(&args))
}

const HISTORY: &str = "GET /api/v5/market/history-candles";

#[test]
fn a_transient_empty_page_mid_range_is_asked_again_not_reported_missing() {
    let sim = sim();
    let sb = Sandbox::new();
    // Five windows of 300 one-minute bars, all on history-candles, one page each.
    let since = minutes_ago(&sim, 4 * 1440);
    let until = since + 1499 * MIN;
    // The first two pages are served as usual (a zero delay), the third comes back empty.
    sim.inject(HISTORY, Fault::Slow(Duration::ZERO), 2);
    sim.inject(HISTORY, Fault::EmptyData, 1);
    let (code, out, err) = candles_csv(&sb, &sim, since, until, &["--strict"]);
    assert_eq!(code, 0, "{err}");
    let ts = csv_ts(&out);
    assert_eq!(ts.len(), 1500, "every bar of the range: {err}");
    assert!(ts.windows(2).all(|w| w[1] - w[0] == MIN));
    assert_eq!((ts[0], ts[1499]), (since, until));
    let hist = requests_to(&sim, "/api/v5/market/history-candles");
    let empty_at = hist
        .iter()
        .position(|e| e.fault.as_deref() == Some("empty_data"))
        .expect("the empty answer was served");
    assert_eq!(empty_at, 2, "the empty page is in the middle of the range");
    assert!(!err.contains("no candles"), "no gap invented: {err}");
    assert!(
        err.contains("OKX's first answers lacked 300 candles; asking again got them")
            && err.contains("wrote 1500 candles")
            && err.contains("no gaps"),
        "{err}"
    );
}

#[test]
fn real_gaps_are_listed_with_their_ranges_and_strict_fails_with_exit_9() {
    let probe = sim();
    let gap_start = minutes_ago(&probe, 3000);
    drop(probe);
    let sim = sim_with(SimConfig {
        candle_gaps: vec![CandleGap {
            inst_id: "BTC-USDT".into(),
            start_ms: gap_start,
            end_ms: gap_start + 10 * MIN,
        }],
        ..Default::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (gap_start - 100 * MIN, gap_start + 100 * MIN);
    let gap_line = |err: &str| {
        err.lines()
            .find(|l| l.contains("no candles from"))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no gap line: {err}"))
    };

    let (code, out, err) = candles_csv(&sb, &sim, since, until, &[]);
    assert_eq!(
        code, 0,
        "without --strict a gap is reported, not a failure: {err}"
    );
    assert_eq!(csv_ts(&out).len(), 191);
    let line = gap_line(&err);
    let from = okx::output::iso_ms(&gap_start.to_string());
    let to = okx::output::iso_ms(&(gap_start + 9 * MIN).to_string());
    assert!(
        line.contains(&format!("from {from} to {to}")) && line.contains("10 bars missing"),
        "{line}"
    );
    assert!(
        err.contains("wrote 191 candles") && err.contains("1 gap, 10 bars missing"),
        "{err}"
    );
    // Asked again, but boundedly: the gap costs at most two more requests.
    let requests = requests_to(&sim, "/api/v5/market/history-candles").len();
    assert!(requests <= 3, "{requests} requests for one window");

    let (code, out, err) = candles_csv(&sb, &sim, since, until, &["--strict"]);
    assert_eq!(code, 9, "{err}");
    assert_eq!(
        csv_ts(&out).len(),
        191,
        "the rows OKX has are still written"
    );
    assert!(gap_line(&err).contains("10 bars missing"));
    assert!(
        err.lines().last().unwrap().starts_with("okx: error:")
            && err.contains("1 gap")
            && err.contains("--strict"),
        "{err}"
    );
    // Documented: --help's exit codes and the flag itself.
    let (_, help, _) = run(sb.okx().args(["candles", "--help"]));
    assert!(
        help.contains("--strict") && help.contains("exit 9"),
        "{help}"
    );
    let (_, help, _) = run(sb.okx().arg("--help"));
    assert!(
        help.contains("  9  okx candles|trades|funding --strict"),
        "{help}"
    );
}

#[test]
fn times_before_any_market_data_are_refused_before_sending() {
    let sim = sim();
    let sb = Sandbox::new();
    for (since, until) in [
        ("1970-01-01", None),
        ("1969-12-31T23:59:59Z", None),
        ("100000d", None),
        ("2009-12-31", Some("2010-01-02")),
        ("5000w", Some("1d")),
    ] {
        let mut args = vec!["candles", "BTC-USDT", "--since", since];
        if let Some(u) = until {
            args.extend(["--until", u]);
        }
        let (code, out, err) = run(sb.okx_at(&sim).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(
            err.contains("--since") && err.contains("is before 2010-01-01T00:00:00Z"),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(sim.log().is_empty(), "nothing was sent");
}

#[test]
fn bars_okx_does_not_serve_are_not_offered() {
    let sim = sim();
    let sb = Sandbox::new();
    for args in [
        &["candles", "BTC-USDT", "--bar", "5D"][..],
        &["candles", "BTC-USDT", "--bar", "5Dutc"][..],
        &["watch", "candles", "BTC-USDT", "--bar", "5D"][..],
        &["watch", "candles", "BTC-USDT", "--bar", "5Dutc"][..],
    ] {
        let (code, out, err) = run(sb.okx_signed(&sim).args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains("not served by OKX"), "{args:?}: {err}");
    }
    assert!(sim.log().is_empty() && sim.ws_log().is_empty());
    // The bars okx lists are the ones OKX's REST docs list (fact sheet §3.5).
    let (_, help, _) = run(sb.okx().args(["candles", "--help"]));
    assert!(!help.contains("5D"), "{help}");
    let (_, _, err) = run(sb.okx().args(["candles", "BTC-USDT", "--bar", "7m"]));
    assert!(
        err.contains("1m 3m 5m 15m 30m 1H 2H 4H 6H 12H 1D 2D 3D 1W 1M 3M 6Hutc 12Hutc 1Dutc 2Dutc 3Dutc 1Wutc 1Mutc 3Mutc"),
        "{err}"
    );
}

#[test]
fn empty_answers_say_so_on_stderr_and_scripts_still_get_their_empty_form() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, note) in [
        (
            &["instruments", "--type", "MARGIN"][..],
            "okx: no MARGIN instruments found",
        ),
        (
            &["balance", "--ccy", "FOO"][..],
            "okx: no balance in FOO found",
        ),
        (&["order", "list"][..], "okx: no pending orders found"),
        (
            &["order", "history", "ETH-USDT"][..],
            "okx: no orders completed in the last 7 days for ETH-USDT found",
        ),
    ] {
        // A table: the note instead of a bare header.
        let (code, out, err) = run(sb.okx_signed(&sim).args(args).args(["-o", "table"]));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}: no bare table");
        assert_eq!(err.trim_end(), note, "{args:?}");
        // JSON: OKX's (empty) data as before, and the same note on stderr.
        let (code, out, err) = run(sb.okx_signed(&sim).args(args).arg("--json"));
        assert_eq!(code, 0, "{args:?}: {err}");
        let v = json(&out);
        if args[0] == "balance" {
            assert_eq!(v[0]["details"], serde_json::json!([]), "{out}");
        } else {
            assert_eq!(v, serde_json::json!([]), "{args:?}");
        }
        assert_eq!(err.trim_end(), note, "{args:?}");
    }
    // Something found: no note.
    let (code, out, err) = run(sb
        .okx_signed(&sim)
        .args(["balance", "--ccy", "USDT", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("USDT") && err.is_empty(), "{out}{err}");
}

/// `okx watch …` in the background against the stand-in; stdout and stderr piped.
#[test]
fn ctrl_c_on_watch_exits_0_quietly() {
    let sim = sim_with(SimConfig {
        ws_push_interval_ms: 50,
        ..Default::default()
    });
    let sb = Sandbox::new();
    for format in ["--json", "-o table"] {
        let mut args = vec!["ticker", "BTC-USDT"];
        args.extend(format.split(' '));
        let subscribes = || {
            sim.ws_log()
                .iter()
                .filter(|e| e.text.contains("\"op\":\"subscribe\""))
                .count()
        };
        let before = subscribes();
        let child = sb.spawn_watch(&sim, &args);
        wait_for("the subscription", || subscribes() > before);
        std::thread::sleep(Duration::from_millis(400));
        let ok = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(ok.success());
        let (code, out, err) = finish(child, Duration::from_secs(5));
        assert_eq!(code, 0, "{format}: {err}");
        assert!(!out.is_empty(), "{format}: data was streamed");
        assert_eq!(err, "", "{format}: Ctrl-C is no lost connection");
    }
}

#[test]
fn watch_lines_say_utc_and_candles_their_date() {
    let sim = sim_with(SimConfig {
        ws_push_interval_ms: 50,
        ..Default::default()
    });
    let sb = Sandbox::new();
    let shape = |line: &str, pattern: &[u8]| -> bool {
        // `d` a digit, anything else itself.
        line.len() >= pattern.len()
            && line.bytes().zip(pattern).all(|(c, p)| {
                if *p == b'd' {
                    c.is_ascii_digit()
                } else {
                    c == *p
                }
            })
    };
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "candles", "BTC-USDT", "--bar", "1D", "--count", "1", "-o", "table",
            ],
        ),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    let line = out.lines().next().unwrap_or_default();
    assert!(
        shape(line, b"dddd-dd-ddTdd:dd:ddZ BTC-USDT 1D o "),
        "{line}"
    );
    // A 1D candle opens on Hong Kong midnight: 16:00 UTC.
    assert!(line.contains("T16:00:00Z"), "{line}");
    let (code, out, err) = finish(
        sb.spawn_watch(&sim, &["ticker", "BTC-USDT", "--count", "1", "-o", "table"]),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    let line = out.lines().next().unwrap_or_default();
    assert!(shape(line, b"dd:dd:dd.dddZ BTC-USDT last "), "{line}");
}

#[test]
fn okx_errors_prints_the_known_codes_and_names_the_rest() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx()
        .args(["errors", "50113", "51008", "99999", "--json"]));
    assert_eq!(
        code, 2,
        "an unknown code is a usage error, after the known ones: {err}"
    );
    let v = json(&out);
    let codes: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["50113", "51008"]);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("\"99999\" is not in okx's table"), "{err}");
    assert!(!err.contains("50113") && !err.contains("51008\""), "{err}");

    let (code, out, _) = run(sb.okx().args(["errors", "50113", "99999", "-o", "table"]));
    assert_eq!(code, 2);
    assert!(out.starts_with("50113  Invalid signature"), "{out}");

    for (arg, shown) in [("abc", "\"abc\""), ("5011\u{1b}[2J", "\"5011\\u{1b}[2J\"")] {
        let (code, out, err) = run(sb.okx().args(["errors", arg]));
        assert_eq!(code, 2);
        assert!(out.is_empty());
        assert!(
            err.contains(&format!("{shown} is not an OKX code: OKX codes are digits")),
            "{err}"
        );
        assert!(
            !err.contains("not in okx's table") && !err.contains('\u{1b}'),
            "{err}"
        );
    }
    // A sub-code is a code.
    let (code, out, _) = run(sb.okx().args(["errors", "51008_1000", "--json"]));
    assert_eq!((code, json(&out)[0]["code"].as_str()), (0, Some("51008")));
}

#[test]
fn the_51008_cause_fits_a_limit_order_too() {
    let sim = sim();
    let sb = Sandbox::new();
    // 100 BTC at 50,000 USDT: far beyond the account's 10,000 USDT.
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order", "place", "BTC-USDT", "buy", "100", "--price", "50000", "--expire", "30s",
    ]));
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("51008"), "{err}");
    assert!(
        err.contains("a limit buy needs price × size in the quote currency")
            && err.contains("only a spot market buy also freezes"),
        "{err}"
    );
}

#[test]
fn a_50113_from_a_padded_secret_says_so() {
    let sim = sim();
    let sb = Sandbox::new();
    let a = okx_sim::Account::live();
    let hint = "hint: OKX_SECRET_KEY has leading or trailing whitespace";
    // From the environment, and from a quoted .env value (an unquoted one is trimmed).
    let (code, _, err) = run(sb
        .okx_signed(&sim)
        .env("OKX_SECRET_KEY", format!("{} ", a.secret_key))
        .arg("balance"));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("50113") && err.contains(hint), "{err}");
    sb.write(
        ".env",
        &format!(
            "OKX_API_KEY={}\nOKX_SECRET_KEY=\"{}\t\"\nOKX_PASSPHRASE={}\n",
            a.api_key, a.secret_key, a.passphrase
        ),
    );
    let (code, _, err) = run(sb.okx_at(&sim).arg("balance"));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("50113") && err.contains(hint), "{err}");
    // A 50113 with a clean secret has no such hint.
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .env("OKX_API_KEY", &a.api_key)
        .env("OKX_SECRET_KEY", "0".repeat(32))
        .env("OKX_PASSPHRASE", &a.passphrase)
        .arg("balance"));
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains("50113") && !err.contains("whitespace"),
        "{err}"
    );
}

#[test]
fn okx_api_refuses_paths_it_cannot_send_as_signed_and_formats_other_than_json() {
    let sim = sim();
    let sb = Sandbox::new();
    for (path, named) in [
        ("/api/v5/public/ti me", "has a space"),
        ("/api/v5/public/time\u{1b}[31m", "'\\u{1b}'"),
        ("/api/v5/public/time\u{202e}", "'\\u{202e}'"),
        ("/api/v5/public/t%69me", "'%'"),
        ("/api/v5/public/tíme", "'\\u{ed}'"),
        ("/api/v5/x/../public/time", "'..' segment"),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).args(["api", "GET", path]));
        assert_eq!(code, 2, "{path:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(named), "{path:?}: {err}");
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{202e}'),
            "control characters are not echoed: {err:?}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    for format in ["table", "csv"] {
        let (code, out, err) =
            run(sb
                .okx_at(&sim)
                .args(["api", "GET", "/api/v5/public/time", "-o", format]));
        assert_eq!(code, 2, "{format}: {err}");
        assert!(out.is_empty());
        assert!(
            err.contains("okx api prints OKX's answer as JSON only"),
            "{err}"
        );
    }
    assert!(sim.log().is_empty(), "nothing was sent");
    // JSON, asked for or the default on a terminal, as before.
    for extra in [&["--json"][..], &[][..]] {
        let (code, out, err) = run(sb
            .okx_at(&sim)
            .env("OKX_TEST_TTY", "1")
            .args(["api", "GET", "/api/v5/public/time"])
            .args(extra));
        assert_eq!(code, 0, "{err}");
        assert_eq!(json(&out)["code"], "0");
    }
}

#[test]
fn env_files_may_be_pipes_and_may_start_with_a_byte_order_mark() {
    let sim = sim();
    let sb = Sandbox::new();
    let a = okx_sim::Account::live();
    let lines = format!(
        "OKX_API_KEY={}\nOKX_SECRET_KEY={}\nOKX_PASSPHRASE={}\n",
        a.api_key, a.secret_key, a.passphrase
    );
    // `--env-file <(…)`: bash's process substitution, a pipe named /dev/fd/N.
    let okx = assert_cmd::cargo::cargo_bin("okx");
    let mut cmd = assert_cmd::Command::new("bash");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", sb.path())
        .env("OKX_BASE_URL", sim.base_url())
        .env("OKX", &okx)
        .env("LINES", &lines)
        .current_dir(sb.path())
        .args([
            "-c",
            r#""$OKX" --env-file <(printf '%s' "$LINES") balance --json"#,
        ]);
    let (code, out, err) = run(&mut cmd);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        json(&out)[0]["details"].as_array().map(Vec::is_empty),
        Some(false)
    );
    assert!(err.is_empty(), "{err}");

    // A UTF-8 byte-order mark before the first key, as Notepad writes it; --env-file and the
    // working directory's .env alike.
    sb.write("bom.env", &format!("\u{feff}{lines}"));
    sb.write(".env", &format!("\u{feff}{lines}"));
    for f in ["bom.env", ".env"] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(sb.path().join(f), std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
    for extra in [&["--env-file", "bom.env"][..], &[][..]] {
        let (code, out, err) = run(sb.okx_at(&sim).args(extra).args(["balance", "--json"]));
        assert_eq!(code, 0, "{extra:?}: {err}");
        assert!(json(&out)[0]["details"].is_array());
        assert!(err.is_empty(), "{err}");
    }

    // Still refused: a path that does not exist, a directory.
    for (path, says) in [("nope.env", "does not exist"), (".", "is a directory")] {
        let (code, _, err) = run(sb.okx_at(&sim).args(["--env-file", path, "balance"]));
        assert_eq!(code, 3, "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn sign_debug_warns_about_a_timestamp_that_is_no_time() {
    let sb = Sandbox::new();
    let warnings = |ts: &str| -> Vec<String> {
        let (code, out, err) = run(sb.okx_with_creds().args([
            "sign",
            "GET",
            "/api/v5/account/balance",
            "--timestamp",
            ts,
            "--debug",
            "--json",
        ]));
        assert_eq!(code, 0, "{err}");
        json(&out)["debug"]["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["id"] == "timestamp-invalid")
            .map(|w| w["message"].as_str().unwrap().to_string())
            .collect()
    };
    let w = warnings("2020-13-45T99:99:99.999Z");
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("is not one (month 13, day 45, hour 99, minute 99, second 99 out of range)"),
        "{w:?}"
    );
    assert!(warnings("2023-02-29T10:00:00.000Z")[0].contains("(day 29 out of range)"));
    assert!(warnings("2020-12-08T09:08:60Z")[0].contains("(second 60 out of range)"));
    for fine in ["2020-12-08T09:08:57.715Z", "2024-02-29T23:59:59.999Z"] {
        assert!(warnings(fine).is_empty(), "{fine}");
    }
    // On a terminal too, as a warning line.
    let (code, out, err) = run(sb.okx_with_creds().env("OKX_TEST_TTY", "1").args([
        "sign",
        "GET",
        "/api/v5/account/balance",
        "--timestamp",
        "2020-13-45T99:99:99.999Z",
        "--debug",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        format!("{out}{err}").contains("not one (month 13"),
        "{out}{err}"
    );
}

/// The README, as a newcomer reads it.
fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn the_readme_quick_start_says_the_first_build_takes_minutes() {
    let text = readme();
    let quick = &text[text.find("## Quick start").unwrap()..text.find("## Configuration").unwrap()];
    assert!(
        quick.contains("about two minutes") && quick.contains("no output is expected"),
        "{quick}"
    );
}

#[test]
fn every_exit_code_is_in_the_readme_and_help() {
    let text = readme();
    let table = &text[text.find("## Exit codes").unwrap()..text.find("## Architecture").unwrap()];
    let sb = Sandbox::new();
    let (_, help, _) = run(sb.okx().arg("--help"));
    for code in [0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 130] {
        assert!(
            table.contains(&format!("\n| {code} |")),
            "README lacks exit code {code}"
        );
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{code}  "))),
            "--help lacks exit code {code}"
        );
    }
}

/// A pseudo-terminal: (master, slave). The slave is what okx gets as its stderr, so it draws
/// its progress bar; the master reads what a person would see.
fn pty() -> (std::fs::File, std::fs::File) {
    use std::os::fd::FromRawFd;
    // SAFETY: plain libc calls on a descriptor this function owns; each result is checked.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(master >= 0, "posix_openpt");
        assert_eq!(libc::grantpt(master), 0);
        assert_eq!(libc::unlockpt(master), 0);
        let ws = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        libc::ioctl(master, libc::TIOCSWINSZ, &ws);
        let name = libc::ptsname(master);
        assert!(!name.is_null());
        let path = std::ffi::CStr::from_ptr(name).to_str().unwrap().to_string();
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(path)
            .unwrap();
        (std::fs::File::from_raw_fd(master), slave)
    }
}

use std::os::unix::fs::OpenOptionsExt;

#[test]
fn the_progress_bar_shows_whole_candles_a_second() {
    use std::io::Read;
    let sim = sim();
    let sb = Sandbox::new();
    let (mut master, slave) = pty();
    let since = minutes_ago(&sim, 8 * 1440);
    let until = since + 5 * 1440 * MIN;
    let mut cmd = sb.okx_process(&sim);
    cmd.args([
        "candles",
        "BTC-USDT",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ])
    // indicatif draws nothing for a terminal without TERM (a "dumb" one).
    .env("TERM", "xterm")
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::from(slave));
    let mut child = cmd.spawn().expect("spawn okx");
    drop(cmd); // okx holds the only slave descriptor now: the master reads EOF when it exits
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        // Ends with EIO once the slave side is closed.
        let _ = master.read_to_end(&mut seen);
        String::from_utf8_lossy(&seen).into_owned()
    });
    let status = child.wait().unwrap();
    let screen = reader.join().unwrap();
    assert_eq!(status.code(), Some(0), "{screen}");
    assert_no_secrets(&[&screen]);
    // Every rate drawn, as `(1,234/s, eta 2s)`: whole candles, never `4,489.3289/s`.
    let rates: Vec<&str> = screen
        .split(" candles (")
        .skip(1)
        .map(|rest| rest.split("/s").next().unwrap())
        .collect();
    assert!(!rates.is_empty(), "a progress bar was drawn: {screen:?}");
    for r in &rates {
        assert!(
            !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit() || b == b','),
            "rate {r:?} in {screen:?}"
        );
    }
    assert!(screen.contains("wrote 7201 candles"), "{screen:?}");
}
