//! The typed command line: one duration syntax for every flag that takes one, instrument types
//! in either case, and a bad value refused while parsing, as one line naming it, with no request.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::support::*;

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// `okx watch … --duration 2d` was refused ("use e.g. 30s, 5m or 2h") where `--since 2d` worked.
#[test]
fn duration_2d_is_accepted_like_since_2d() {
    let sim = sim();
    let sb = Sandbox::new();
    // --since 2d: the range starts two days back.
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "candles", "BTC-USDT", "--bar", "1H", "--since", "2d", "-o", "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let first: i64 = out
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let two_days = 2 * 86_400_000;
    assert!((now_ms() - first - two_days).abs() <= 3_600_000, "{first}");

    // --duration 2d: accepted the same way (the count ends the stream long before).
    let (code, out, err) = run(sb.okx_signed(&sim).args([
        "watch",
        "ticker",
        "BTC-USDT",
        "--duration",
        "2d",
        "--count",
        "2",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");

    // And a short one in the same syntax ends a stream by itself.
    let started = std::time::Instant::now();
    let (code, _, err) =
        run(sb
            .okx_signed(&sim)
            .args(["watch", "ticker", "BTC-USDT", "--duration", "1500ms"]));
    assert_eq!(code, 0, "{err}");
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(1500) && took < Duration::from_secs(10),
        "{took:?}"
    );
}

/// The `expTime` a dry run shows, less the time of the run: what `--expire` gave OKX.
fn expire_window(sb: &Sandbox, sim: &okx_sim::Sim, expire: &str) -> (i64, i64) {
    let before = now_ms();
    let (code, out, err) = run(sb.okx_signed(sim).args([
        "order",
        "place",
        "BTC-USDT",
        "buy",
        "0.01",
        "--price",
        "1",
        "--dry-run",
        "-o",
        "json",
        "--expire",
        expire,
    ]));
    let after = now_ms();
    assert_eq!(code, 0, "--expire {expire}: {err}");
    let exp: i64 = json(&out)["headers"]["expTime"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    (exp - after, exp - before)
}

#[test]
fn expire_takes_seconds_or_a_duration() {
    let sim = sim();
    let sb = Sandbox::new();
    for (expire, ms) in [
        ("10", 10_000),
        ("1m", 60_000),
        ("2.5", 2_500),
        ("90s", 90_000),
    ] {
        let (lo, hi) = expire_window(&sb, &sim, expire);
        // The deadline is on OKX's clock, which is this machine's here, give or take a second.
        assert!(
            lo - 1_000 <= ms && ms <= hi + 1_000,
            "--expire {expire}: expTime is {lo}..{hi} ms ahead, want {ms}"
        );
    }
    let (code, out, _) = run(sb.okx().args(["order", "place", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("--expire <DURATION>"), "{out}");
}

#[test]
fn a_bad_duration_is_one_line_naming_the_value_and_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    let place = ["order", "place", "BTC-USDT", "buy", "0.01", "--price", "1"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            [&place[..], &["--expire", "1x"]].concat(),
            "--expire \"1x\" is not a duration",
        ),
        (
            [&place[..], &["--expire", "3m"]].concat(),
            "--expire \"3m\" is too long; the most is 2m",
        ),
        (
            [&place[..], &["--expire", "0s"]].concat(),
            "--expire \"0s\" is zero",
        ),
        (
            vec!["watch", "ticker", "BTC-USDT", "--duration", "2 fortnights"],
            "--duration \"2 fortnights\" is not a duration",
        ),
        (
            vec!["watch", "ticker", "BTC-USDT", "--ping-interval", "1m"],
            "--ping-interval \"1m\" is too long; the most is 25s",
        ),
        (
            vec!["ticker", "BTC-USDT", "--timeout", "2h"],
            "--timeout \"2h\" is too long; the most is 1h",
        ),
        (
            vec!["candles", "BTC-USDT", "--since", "2x"],
            "--since \"2x\" is not a time",
        ),
    ];
    for (args, needle) in cases {
        let (code, out, err) = run(sb.okx_signed(&sim).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("okx: error: "), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    assert!(sim.log().is_empty(), "requests were sent: {:?}", sim.log());
    assert_eq!(sim.ws_connections(), 0);
}

#[test]
fn type_swap_is_accepted_as_swap() {
    let sim = sim();
    let sb = Sandbox::new();
    for args in [
        &["instruments", "--type", "swap"][..],
        &["ticker", "--type", "swap"][..],
        &["order", "list", "--type", "Swap"][..],
        &["order", "history", "--type", "SWAP"][..],
    ] {
        sim.clear_log();
        let (code, _, err) = run(sb.okx_signed(&sim).args(args).args(["-o", "json"]));
        assert_eq!(code, 0, "{args:?}: {err}");
        let targets: Vec<String> = sim.log().into_iter().map(|e| e.target).collect();
        assert!(
            targets.iter().any(|t| t.contains("instType=SWAP")),
            "{args:?}: {targets:?}"
        );
        assert!(
            !targets.iter().any(|t| t.contains("instType=swap")),
            "{targets:?}"
        );
    }
    // `okx order place --type` is the order type, not the instrument type.
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order", "place", "BTC-USDT", "buy", "0.01", "--type", "swap",
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("possible values: limit, market"), "{err}");
}
