//! What a person sees on a terminal, end to end: the test switch `OKX_TEST_TTY=1` (debug builds
//! only) makes okx believe its stdout is a terminal `COLUMNS` wide, so the defaults (a table,
//! fitted to the width, numbers aligned on the decimal point) are checked through a pipe.

use std::time::Duration;

use okx_sim::{Fault, Sim};

use crate::support::*;

/// Every column of the ticker table, in order.
const TICKER_TITLES: [&str; 10] = [
    "instrument",
    "last",
    "bid",
    "ask",
    "24h change",
    "24h high",
    "24h low",
    "24h vol (base)",
    "24h vol (quote)",
    "time (UTC)",
];

/// `okx` pointed at the stand-in, believing its stdout is a terminal `columns` wide.
fn on_terminal(sb: &Sandbox, sim: &Sim, columns: u16) -> assert_cmd::Command {
    let mut c = sb.okx_at(sim);
    c.env("OKX_TEST_TTY", "1")
        .env("COLUMNS", columns.to_string());
    c
}

/// The header's column titles: runs of text separated by two spaces or more.
fn titles(header: &str) -> Vec<String> {
    header
        .split("  ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The runs of non-space text in a line, with the column each starts at.
fn tokens(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (c == ' ', start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Checks the lines of a two-instrument ticker table: a header, the rule, one line per row.
fn assert_two_rows(out: &str) -> Vec<String> {
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "header, rule and one line per row:\n{out}");
    assert!(lines[1].chars().all(|c| c == '─'), "{out}");
    for (line, id) in lines[2..].iter().zip(["BTC-USDT", "ETH-USDT"]) {
        assert!(line.trim_start().starts_with(id), "{out}");
        assert!(
            line.contains('%') && line.contains('.'),
            "a whole row: {out}"
        );
    }
    titles(lines[0])
}

#[test]
fn ticker_on_a_terminal_is_a_table_by_default() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(on_terminal(&sb, &sim, 200).args(["ticker", "BTC-USDT", "ETH-USDT"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        serde_json::from_str::<serde_json::Value>(&out).is_err(),
        "{out}"
    );
    assert_two_rows(&out);
    // The switch is what makes the difference: the same run in a pipe is JSON.
    let (code, out, err) = run(sb.okx_at(&sim).args(["ticker", "BTC-USDT", "ETH-USDT"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().map(Vec::len), Some(2), "{out}");
}

#[test]
fn ticker_at_80_columns_hides_the_lowest_priority_columns_and_breaks_no_row() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(on_terminal(&sb, &sim, 80).args(["ticker", "BTC-USDT", "ETH-USDT"]));
    assert_eq!(code, 0, "{err}");
    for line in out.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} chars: {line}\n{out}",
            line.chars().count()
        );
    }
    let shown = assert_two_rows(&out);
    // What a trader reads first stays; the volumes go first.
    for t in ["instrument", "last", "bid", "ask", "24h change"] {
        assert!(shown.iter().any(|s| s == t), "{t} hidden:\n{out}");
    }
    for t in ["24h vol (base)", "24h vol (quote)"] {
        assert!(!shown.iter().any(|s| s == t), "{t} shown:\n{out}");
    }
    // Shown columns keep their order.
    let order: Vec<&str> = TICKER_TITLES
        .iter()
        .copied()
        .filter(|t| shown.iter().any(|s| s == t))
        .collect();
    assert_eq!(shown, order, "{out}");
    let hidden = TICKER_TITLES.len() - shown.len();
    let notes: Vec<&str> = err.lines().collect();
    assert_eq!(notes.len(), 1, "one note:\n{err}");
    assert!(
        notes[0].starts_with(&format!("okx: {hidden} columns hidden to fit 80 columns ("))
            && notes[0].contains("24h vol (base)")
            && notes[0].ends_with("-o csv or a wider terminal shows all"),
        "{err}"
    );
}

#[test]
fn ticker_at_200_columns_shows_every_column() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(on_terminal(&sb, &sim, 200).args(["ticker", "BTC-USDT", "ETH-USDT"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(assert_two_rows(&out), TICKER_TITLES, "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 200), "{out}");
    assert!(err.is_empty(), "nothing hidden, nothing said: {err}");
}

#[test]
fn decimal_points_line_up_in_a_numeric_column() {
    let sim = sim();
    let sb = Sandbox::new();
    let item = |id: &str, last: &str| {
        format!(
            r#"{{"instType":"SPOT","instId":"{id}","last":"{last}","askPx":"1","bidPx":"1","open24h":"1","high24h":"1","low24h":"1","volCcy24h":"1","vol24h":"1","ts":"1700000000000"}}"#
        )
    };
    let lasts = ["87000.5", "0.00001234", "3232", "12.75", "-0.1"];
    let items: Vec<String> = lasts
        .iter()
        .enumerate()
        .map(|(i, l)| item(&format!("C{i}-USDT"), l))
        .collect();
    sim.inject(
        "/api/v5/market/tickers",
        Fault::Raw {
            status: 200,
            body: format!(r#"{{"code":"0","msg":"","data":[{}]}}"#, items.join(",")),
            process: false,
        },
        1,
    );
    let (code, out, err) = run(on_terminal(&sb, &sim, 200).args(["ticker", "--type", "SPOT"]));
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert_eq!(rows.len(), lasts.len(), "{out}");
    // Where each row's `last` has its point (a whole number: where it ends).
    let points: Vec<usize> = rows
        .iter()
        .zip(lasts)
        .map(|(row, want)| {
            let (at, last) = tokens(row)[1];
            assert_eq!(last, want, "{out}");
            at + last.find('.').unwrap_or(last.len())
        })
        .collect();
    assert!(points.windows(2).all(|w| w[0] == w[1]), "{points:?}\n{out}");
    // Right-aligned: the widest fraction ends the column.
    let header = out.lines().next().unwrap();
    let (at, title) = tokens(header)[1];
    assert_eq!(title, "last");
    assert_eq!(at + title.len(), points[0] + ".00001234".len(), "{out}");
}

#[test]
fn candles_on_a_terminal_are_a_fitted_table() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) =
        run(on_terminal(&sb, &sim, 64).args(["candles", "BTC-USDT", "--limit", "3"]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2 + 3, "one line per candle:\n{out}");
    let shown = titles(lines[0]);
    assert_eq!(
        shown[..5],
        ["time (UTC)", "open", "high", "low", "close"],
        "{out}"
    );
    assert!(!shown.iter().any(|t| t.starts_with("vol")), "{out}");
    assert!(lines.iter().all(|l| l.chars().count() <= 64), "{out}");
    assert!(
        err.contains("columns hidden to fit 64 columns (volCcy, vol"),
        "{err}"
    );
}

#[test]
fn watch_on_a_terminal_writes_readable_lines() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, out, err) = run(on_terminal(&sb, &sim, 80)
        .args(["watch", "ticker", "BTC-USDT", "--count", "2"])
        .timeout(Duration::from_secs(20)));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(
        out.lines()
            .all(|l| l.contains("BTC-USDT last ") && !l.starts_with('{')),
        "{out}"
    );
}
