//! `okx funding` and `okx watch funding-rate`: current funding (linear, inverse, and the swap
//! whose interval changed to 4 h) in table and JSON, 90 days of history exact at the bounds
//! under the stand-in's rate limits, a settlement missing from OKX's history, bad input.

use std::time::Duration;

use okx_sim::{FundingGap, SimConfig};
use serde_json::Value;

use crate::support::*;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// The first multiple of `step` at or after `t`, and the last at or before it.
fn ceil(t: i64, step: i64) -> i64 {
    (t + step - 1).div_euclid(step) * step
}
fn floor(t: i64, step: i64) -> i64 {
    t.div_euclid(step) * step
}

/// The funding times of a CSV written by `okx funding --since`, checking its header.
fn funding_times(out: &str) -> Vec<i64> {
    assert_eq!(
        out.lines().next(),
        Some("fundingTime,instId,fundingRate,realizedRate,formulaType,method,instType")
    );
    csv_ts(out)
}

/// `rate × 365 days / interval × 100` by hand: the rate's digits as an integer, times the
/// settlements a year, then the decimal point put back and trailing zeros dropped.
fn annualised_by_hand(rate: &str, per_year: i128) -> String {
    let (neg, digits) = match rate.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, rate),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let units: i128 = format!("{int}{frac}").parse().unwrap();
    let scaled = units * per_year * 100;
    let text = format!("{scaled:0>width$}", width = frac.len() + 1);
    let (i, f) = text.split_at(text.len() - frac.len());
    let f = f.trim_end_matches('0');
    let mut s = if f.is_empty() {
        i.to_string()
    } else {
        format!("{i}.{f}")
    };
    if neg && !s.trim_matches(['0', '.']).is_empty() {
        s.insert(0, '-');
    }
    s
}

/// The stand-in's answer without the fields that move between two requests.
fn steady(mut items: Value) -> Value {
    for item in items.as_array_mut().unwrap() {
        let o = item.as_object_mut().unwrap();
        for moving in ["ts", "premium", "settState"] {
            o.insert(moving.into(), Value::Null);
        }
    }
    items
}

#[test]
fn current_funding_in_json_and_table() {
    let sim = sim();
    let sb = Sandbox::new();
    let ids = ["BTC-USDT-SWAP", "BTC-USD-SWAP", "ETH-USDT-SWAP"];
    let (code, out, err) = run(sb.okx_at(&sim).arg("funding").args(ids).arg("--json"));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let mut want = Vec::new();
    for id in ids {
        let data = sim_data(&sim, &format!("/api/v5/public/funding-rate?instId={id}"));
        want.extend(data.as_array().unwrap().clone());
    }
    // OKX's data unchanged: every field, in OKX's order (the clock-driven ones aside).
    let keys = |v: &Value| {
        v.as_array().unwrap()[0]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&got), keys(&Value::Array(want.clone())));
    assert_eq!(steady(got.clone()), steady(Value::Array(want)));
    assert_eq!(requests_to(&sim, "/api/v5/public/funding-rate").len(), 3);

    let (code, table, err) = run(sb
        .okx_at(&sim)
        .arg("funding")
        .args(ids)
        .args(["-o", "table"]));
    assert_eq!(code, 0, "{err}");
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("annualised (% a year, simple)") && header.contains("interval"),
        "{table}"
    );
    let line = |id: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(id))
            .unwrap_or_else(|| panic!("no row for {id}: {table}"))
            .to_string()
    };
    let rate = |id: &str| {
        got.as_array()
            .unwrap()
            .iter()
            .find(|v| v["instId"] == id)
            .unwrap()["fundingRate"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for (id, interval, per_year) in [
        ("BTC-USDT-SWAP", "8h", 1095),
        ("BTC-USD-SWAP", "8h", 1095),
        ("ETH-USDT-SWAP", "4h", 2190),
    ] {
        let row = line(id);
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert!(cells.contains(&interval), "{id}: {row}");
        // The predicted rate may move between the two runs only at a settlement; it did not
        // if the table shows the JSON's rate.
        if cells.contains(&rate(id).as_str()) {
            assert!(
                cells.contains(&annualised_by_hand(&rate(id), per_year).as_str()),
                "{id}: {row}"
            );
        }
    }
    // One value checked by hand: 0.0000281755 every 4 h is 2190 settlements a year,
    // 0.0000281755 × 2190 × 100 = 6.1704345 % a year.
    assert_eq!(annualised_by_hand("0.0000281755", 2190), "6.1704345");
    assert_eq!(annualised_by_hand("-0.0000586926", 1095), "-6.4268397");
}

#[test]
fn ninety_days_of_history_are_exact_with_the_interval_change() {
    let sim = sim(); // rate limits on
    let sb = Sandbox::new();
    let now = sim.now_ms();
    let change = sim.funding_interval_change_ms();
    // Bounds on settlements, so the first and last rows must be exactly them.
    let since = ceil(now - 90 * DAY, 8 * HOUR);
    let until = floor(now - HOUR, 4 * HOUR);
    // 8 h settlements from `since` to the change (both included), then 4 h ones after it.
    let want = (change - since) / (8 * HOUR) + 1 + (until - change) / (4 * HOUR);
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "funding",
        "ETH-USDT-SWAP",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let ts = funding_times(&out);
    assert_eq!(ts.len() as i64, want, "count");
    assert_eq!(ts.first(), Some(&since), "first at --since");
    assert_eq!(ts.last(), Some(&until), "last at --until");
    assert!(
        ts.windows(2).all(|w| w[0] < w[1]),
        "strictly increasing, so no duplicate"
    );
    for w in ts.windows(2) {
        let step = if w[0] >= change { 4 * HOUR } else { 8 * HOUR };
        assert_eq!(w[1] - w[0], step, "{w:?}");
    }
    assert!(err.contains("no gaps"), "{err}");
    let pages = requests_to(&sim, "/api/v5/public/funding-rate-history");
    assert!(
        !pages.is_empty() && pages.len() <= 6,
        "{} pages",
        pages.len()
    );
    assert_eq!(
        sim.log().iter().filter(|e| e.status == 429).count(),
        0,
        "no 429"
    );

    // BTC-USDT-SWAP, 8 h throughout; and NDJSON is OKX's rows unchanged, oldest first.
    let until = floor(now - HOUR, 8 * HOUR);
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "funding",
        "BTC-USDT-SWAP",
        "--since",
        &since.to_string(),
        "--until",
        &until.to_string(),
        "-o",
        "ndjson",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = ndjson(&out);
    assert_eq!(rows.len() as i64, (until - since) / (8 * HOUR) + 1);
    let mut want = sim_data(
        &sim,
        &format!(
            "/api/v5/public/funding-rate-history?instId=BTC-USDT-SWAP&after={}&before={}",
            until + 1,
            since - 1
        ),
    );
    want.as_array_mut().unwrap().reverse();
    assert_eq!(Value::Array(rows), want);
    assert_eq!(sim.log().iter().filter(|e| e.status == 429).count(), 0);
}

#[test]
fn since_90d_relative_is_accepted() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(["funding", "BTC-USD-SWAP", "--since", "90d", "-o", "csv"]));
    assert_eq!(code, 0, "{err}");
    let ts = funding_times(&out);
    // 90 days hold 270 settlements 8 h apart; one more when both ends fall on one.
    assert!((270..=271).contains(&ts.len()), "{}", ts.len());
    assert!(ts.windows(2).all(|w| w[1] - w[0] == 8 * HOUR));
}

#[test]
fn a_removed_settlement_is_a_gap_and_strict_exits_9() {
    let probe = sim();
    let now = probe.now_ms();
    drop(probe);
    let lost = floor(now - 40 * DAY, 8 * HOUR);
    let sim = sim_with(SimConfig {
        funding_gaps: vec![FundingGap {
            inst_id: "BTC-USDT-SWAP".into(),
            start_ms: lost,
            end_ms: lost + 1,
        }],
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (lost - 20 * DAY, lost + 20 * DAY);
    let args = |strict: bool| {
        let mut a = vec![
            "funding".to_string(),
            "BTC-USDT-SWAP".into(),
            "--since".into(),
            since.to_string(),
            "--until".into(),
            until.to_string(),
            "-o".into(),
            "csv".into(),
        ];
        if strict {
            a.push("--strict".into());
        }
        a
    };
    let (code, out, err) = run(sb.okx_at(&sim).args(args(false)));
    assert_eq!(code, 0, "{err}");
    let ts = funding_times(&out);
    assert_eq!(ts.len() as i64, 40 * 3 + 1 - 1);
    assert!(!ts.contains(&lost));
    let at = iso_of(lost);
    assert!(
        err.contains(&format!(
            "no funding events from {at} to {at} (1 settlement missing"
        )),
        "{err}"
    );
    assert!(err.contains("1 gap, 1 settlement missing"), "{err}");
    // The window with the hole was asked for again before the hole was believed.
    let pages = requests_to(&sim, "/api/v5/public/funding-rate-history").len();
    assert!(pages >= 3 + 2, "{pages} pages");

    let (code, out, err) = run(sb.okx_at(&sim).args(args(true)));
    assert_eq!(code, 9, "{err}");
    assert_eq!(funding_times(&out).len(), ts.len(), "rows still written");
    assert!(err.contains("(--strict)"), "{err}");
}

/// `2026-11-21T08:00:00Z`, as okx prints times on stderr (Howard Hinnant's civil_from_days).
fn iso_of(ms: i64) -> String {
    let (days, rem) = (ms.div_euclid(DAY), ms.rem_euclid(DAY));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / HOUR,
        rem / 60_000 % 60,
        rem / 1000 % 60
    )
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let sim = sim();
    let sb = Sandbox::new();
    for (args, says) in [
        (vec!["funding", "BTC-USDT"], "BTC-USDT is a SPOT instrument"),
        (
            vec!["funding", "BTC-USDT-SWAP", "BTC-USDT-251226"],
            "BTC-USDT-251226 is a FUTURES instrument",
        ),
        (
            vec!["funding", "BTC-USD-251226-90000-C", "--since", "7d"],
            "is an OPTION instrument",
        ),
        (
            vec!["funding", "BTC-USDT-SWAP", "--since", "100d"],
            "--since \"100d\"",
        ),
        (
            vec!["funding", "BTC-USDT-SWAP", "--since", "100d"],
            "more than 3 months ago: OKX keeps funding history for the last 3 months",
        ),
        (
            vec!["funding", "ANY", "--since", "1d"],
            "ANY gives the current funding of every perpetual swap, not their history",
        ),
        (
            vec!["funding", "ANY", "BTC-USDT-SWAP"],
            "ANY already includes every perpetual swap",
        ),
        (
            vec!["watch", "funding-rate", "BTC-USD-251226-90000-P"],
            "is an OPTION instrument",
        ),
        (
            vec!["funding", "BTC-USDT-SWAP", "--since", "2099-01-01"],
            "in the future",
        ),
        (vec!["funding", "BTC-USDT-SWAP", "--until", "1d"], "--since"),
        (vec!["funding", "btc-usdt-swap"], "upper case"),
        (
            vec!["watch", "funding-rate", "ETH-USDT"],
            "ETH-USDT is a SPOT instrument",
        ),
    ] {
        let (code, out, err) = run(sb.okx_at(&sim).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(sim.log().is_empty(), "nothing sent: {:?}", sim.log());
    assert!(sim.ws_log().is_empty());
}

#[test]
fn watch_funding_rate_streams_okx_messages_and_readable_lines() {
    let sim = sim_with(SimConfig {
        ws_push_interval_ms: 20,
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "funding-rate",
                "ETH-USDT-SWAP",
                "BTC-USD-SWAP",
                "--count",
                "4",
            ],
        ),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    let msgs = ndjson(&out);
    assert_eq!(msgs.len(), 4);
    for m in &msgs {
        assert_eq!(m["arg"]["channel"], "funding-rate", "{m}");
        let d = &m["data"][0];
        assert_eq!(d["instId"], m["arg"]["instId"]);
        assert!(d["fundingRate"].is_string() && d["nextFundingTime"].is_string());
    }
    assert!(msgs.iter().any(|m| m["arg"]["instId"] == "BTC-USD-SWAP"));
    let (code, out, err) = finish(
        sb.spawn_watch(
            &sim,
            &[
                "funding-rate",
                "ETH-USDT-SWAP",
                "--count",
                "1",
                "-o",
                "table",
            ],
        ),
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ETH-USDT-SWAP funding ")
            && out.contains(" every 4h (")
            && out.contains("% a year, simple)"),
        "{out}"
    );
}

/// `okx funding ID --since … -o csv` with extra arguments.
fn history_args(id: &str, since: &str, extra: &[&str]) -> Vec<String> {
    ["funding", id, "--since", since, "-o", "csv"]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn three_months_and_now_are_judged_on_okx_s_clock() {
    // OKX's clock 10 h ahead: 92 days back by this machine is before OKX's 3 months begin.
    // Refused, with only the time asked (it used to end in a false gap and exit 9).
    let sim = sim_with(SimConfig {
        clock_offset_ms: 10 * HOUR,
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(history_args("BTC-USDT-SWAP", "92d", &["--strict"])));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("--since \"92d\"") && err.contains("by OKX's clock"),
        "{err}"
    );
    assert!(requests_to(&sim, "/api/v5/public/funding-rate-history").is_empty());

    // OKX's clock 10 h behind: 2 h ago by this machine is 8 h in OKX's future. Refused (it used
    // to print a backwards range with no gaps, exit 0).
    sim.set_clock_offset_ms(-10 * HOUR);
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .okx_at(&sim)
        .args(history_args("BTC-USDT-SWAP", "2h", &[])));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("in the future by OKX's clock"), "{err}");
    assert!(requests_to(&sim, "/api/v5/public/funding-rate-history").is_empty());

    // Trades share the check.
    let (code, _, err) = run(sb
        .okx_at(&sim)
        .args(["trades", "BTC-USDT-SWAP", "--since", "2h"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("in the future by OKX's clock"), "{err}");
    assert!(requests_to(&sim, "/api/v5/market/history-trades").is_empty());
}

#[test]
fn settlements_that_aged_out_of_a_short_3_months_are_not_missing() {
    // OKX's "3 months" may be 89 days: a range from 91 days ago starts before the history does.
    let sim = sim_with(SimConfig {
        funding_history_days: 89,
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let (code, out, err) =
        run(sb
            .okx_at(&sim)
            .args(history_args("BTC-USDT-SWAP", "91d", &["--strict"])));
    assert_eq!(code, 0, "{err}");
    let ts = funding_times(&out);
    assert!((266..=268).contains(&ts.len()), "{}", ts.len());
    assert!(
        err.contains("may be older than OKX keeps") && err.contains("no gaps"),
        "{err}"
    );
}

#[test]
fn pages_cut_at_100_rows_lose_nothing() {
    // A swap settling every hour and OKX serving 100 rows a page (an older docs revision): a
    // 400 h window takes four pages.
    let sim = sim_with(SimConfig {
        funding_intervals: vec![("BTC-USDT-SWAP".into(), HOUR)],
        funding_history_cap: 100,
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let now = sim.now_ms();
    let since = ceil(now - 40 * DAY, HOUR);
    let until = floor(now - 2 * HOUR, HOUR);
    let (code, out, err) = run(sb.okx_at(&sim).args(history_args(
        "BTC-USDT-SWAP",
        &since.to_string(),
        &["--until", &until.to_string(), "--strict"],
    )));
    assert_eq!(code, 0, "{err}");
    let ts = funding_times(&out);
    assert_eq!(ts.len() as i64, (until - since) / HOUR + 1, "count");
    assert_eq!((ts.first(), ts.last()), (Some(&since), Some(&until)));
    assert!(ts.windows(2).all(|w| w[1] - w[0] == HOUR), "every hour");
    assert!(err.contains("no gaps"), "{err}");
    assert_eq!(sim.log().iter().filter(|e| e.status == 429).count(), 0);
}

#[test]
fn a_settlement_lost_at_the_change_of_interval_is_one() {
    let probe = sim();
    let change = probe.funding_interval_change_ms();
    drop(probe);
    let sim = sim_with(SimConfig {
        funding_gaps: vec![FundingGap {
            inst_id: "ETH-USDT-SWAP".into(),
            start_ms: change,
            end_ms: change + 1,
        }],
        ..SimConfig::default()
    });
    let sb = Sandbox::new();
    let (since, until) = (change - 5 * DAY, change + 5 * DAY);
    let (code, _, err) = run(sb.okx_at(&sim).args(history_args(
        "ETH-USDT-SWAP",
        &since.to_string(),
        &["--until", &until.to_string()],
    )));
    assert_eq!(code, 0, "{err}");
    let at = iso_of(change);
    assert!(
        err.contains(&format!(
            "ETH-USDT-SWAP: no funding events from {at} to {at} (1 settlement missing"
        )),
        "{err}"
    );
    assert!(err.contains("1 gap, 1 settlement missing"), "{err}");
}

#[test]
fn repeated_ids_are_written_once_and_reports_name_the_instrument() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args([
        "funding",
        "BTC-USDT-SWAP",
        "ETH-USDT-SWAP",
        "BTC-USDT-SWAP",
        "--since",
        "3d",
        "-o",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = |id: &str| out.lines().filter(|l| l.contains(id)).count();
    assert!((9..=10).contains(&rows("BTC-USDT-SWAP")), "{out}");
    assert!((18..=19).contains(&rows("ETH-USDT-SWAP")), "{out}");
    for id in ["BTC-USDT-SWAP", "ETH-USDT-SWAP"] {
        assert_eq!(
            err.lines()
                .filter(|l| l.contains(&format!("{id}: wrote ")))
                .count(),
            1,
            "{err}"
        );
    }
    // Current funding: one request per instrument.
    let (code, _, err) =
        run(sb
            .okx_at(&sim)
            .args(["funding", "BTC-USD-SWAP", "BTC-USD-SWAP", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        requests_to(&sim, "/api/v5/public/funding-rate")
            .iter()
            .filter(|e| e.target.contains("BTC-USD-SWAP"))
            .count(),
        1
    );
}

#[test]
fn any_is_every_perpetual_swap() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_at(&sim).args(["funding", "ANY", "--json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    let ids: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["instId"].as_str().unwrap())
        .collect();
    for id in ["BTC-USDT-SWAP", "ETH-USDT-SWAP", "BTC-USD-SWAP"] {
        assert!(ids.contains(&id), "{ids:?}");
    }
    let sent = requests_to(&sim, "/api/v5/public/funding-rate");
    assert_eq!(sent.len(), 1);
    assert!(sent[0].target.contains("instId=ANY"), "{}", sent[0].target);
    let (code, table, err) = run(sb.okx_at(&sim).args(["funding", "ANY", "-o", "table"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        table.contains("ETH-USDT-SWAP") && table.contains("4h"),
        "{table}"
    );
    // The deprecated, always empty nextFundingRate is not a column.
    assert!(!table.contains("next rate"), "{table}");
}

/// The stand-in answers `/public/funding-rate` once with one BTC-USDT-SWAP item of these values.
fn current_answer(rate: &str, funding_time: &str, next: &str) -> okx_sim::Fault {
    okx_sim::Fault::Raw {
        status: 200,
        body: format!(
            r#"{{"code":"0","msg":"","data":[{{"instType":"SWAP","instId":"BTC-USDT-SWAP","method":"current_period","formulaType":"withRate","fundingRate":"{rate}","nextFundingRate":"","fundingTime":"{funding_time}","nextFundingTime":"{next}","minFundingRate":"-0.0075","maxFundingRate":"0.0075","interestRate":"0.0001","impactValue":"20000","settState":"settled","settFundingRate":"0.0001","premium":"0.0001","ts":"1700000000000"}}]}}"#
        ),
        process: false,
    }
}

#[test]
fn hostile_intervals_are_warned_of_and_never_annualised() {
    let sim = sim();
    let sb = Sandbox::new();
    let t0 = 1_700_000_000_000_i64;
    let table = |rate: &str, next: i64| {
        sim.inject(
            "/api/v5/public/funding-rate",
            current_answer(rate, &t0.to_string(), &next.to_string()),
            1,
        );
        let (code, out, err) =
            run(sb
                .okx_at(&sim)
                .args(["funding", "BTC-USDT-SWAP", "-o", "table"]));
        assert_eq!(code, 0, "{err}");
        (out, err)
    };
    // 7 h does not divide the year: still exact, 0.0021 × 365 × 24 / 7 × 100.
    let (out, err) = table("0.0021", t0 + 7 * HOUR);
    assert!(out.contains(" 262.8 ") && out.contains(" 7h "), "{out}");
    assert!(err.is_empty(), "{err}");
    // No span, a negative one, and one under a minute or not whole minutes: no interval, no
    // annualised rate, one warning line.
    for next in [t0, t0 - 8 * HOUR, t0 + 1500, t0 + HOUR + 1] {
        let (out, err) = table("0.0001", next);
        let row: Vec<&str> = out
            .lines()
            .find(|l| l.trim_start().starts_with("BTC-USDT-SWAP"))
            .unwrap()
            .split_whitespace()
            .collect();
        assert!(!out.contains("ms "), "{out}");
        assert!(
            !row.iter().any(|c| c.contains('%') || c.ends_with('h')),
            "{next}: {out}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("okx: warning: "), "{err}");
        assert!(err.contains("not a whole number of minutes"), "{err}");
    }
}

#[test]
fn two_rows_of_one_settlement_keep_the_first_with_a_warning() {
    let sim = sim();
    let sb = Sandbox::new();
    let t = floor(sim.now_ms() - 10 * DAY, 8 * HOUR);
    let row = |rate: &str| {
        format!(
            r#"{{"instType":"SWAP","instId":"BTC-USDT-SWAP","formulaType":"withRate","fundingRate":"{rate}","realizedRate":"{rate}","fundingTime":"{t}","method":"current_period"}}"#
        )
    };
    sim.inject(
        "/api/v5/public/funding-rate-history",
        okx_sim::Fault::Raw {
            status: 200,
            body: format!(
                r#"{{"code":"0","msg":"","data":[{},{}]}}"#,
                row("0.0001"),
                row("0.0075")
            ),
            process: false,
        },
        1,
    );
    let (code, out, err) = run(sb.okx_at(&sim).args(history_args(
        "BTC-USDT-SWAP",
        &(t - HOUR).to_string(),
        &["--until", &(t + HOUR).to_string(), "--strict"],
    )));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert!(lines[0].contains(",0.0001,0.0001,"), "{out}");
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("two different rows"))
            .count(),
        1,
        "{err}"
    );
}
