//! Output decided once: `--output` wins; otherwise a table on a terminal and JSON in a pipe.
//! Colour only when the stream is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
//! Data goes to stdout; warnings, notes and progress go to stderr. Every write returns its
//! `io::Result` so a closed pipe (`okx … | head`) ends the program quietly instead of panicking.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{CellAlignment, ContentArrangement, Table as ComfyTable};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// One JSON value per line (streamed where the command streams)
    Ndjson,
    Csv,
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    /// Colour allowed on stdout.
    pub color: bool,
    /// JSON indented for a person (JSON chosen explicitly, on a terminal).
    pretty: bool,
}

/// A column of a table; numeric columns are right-aligned so decimals line up.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: &'static str,
    pub numeric: bool,
}

pub const fn col(name: &'static str) -> Column {
    Column {
        name,
        numeric: false,
    }
}

pub const fn num(name: &'static str) -> Column {
    Column {
        name,
        numeric: true,
    }
}

/// Rows for the table and CSV forms of a result.
#[derive(Debug, Clone)]
pub struct Rows {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

fn color_allowed(is_terminal: bool) -> bool {
    is_terminal
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

impl Output {
    pub fn decide(flag: Option<Format>, json: bool) -> Output {
        let tty = io::stdout().is_terminal();
        let format = match (flag, json) {
            (Some(f), _) => f,
            (None, true) => Format::Json,
            (None, false) if tty => Format::Table,
            (None, false) => Format::Json,
        };
        Output {
            format,
            color: color_allowed(tty),
            pretty: tty && format == Format::Json,
        }
    }

    /// Prints a result: `rows` for table and CSV, `json` for JSON.
    pub fn emit(&self, rows: &Rows, json: &Value) -> io::Result<()> {
        match self.format {
            Format::Json => self.json(json),
            Format::Ndjson => self.ndjson(json),
            Format::Table => self.table(rows),
            Format::Csv => self.csv(rows),
        }
    }

    pub fn json(&self, value: &Value) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(io::Error::other)?;
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// An array becomes one line per element; anything else one line.
    pub fn ndjson(&self, value: &Value) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match value {
            Value::Array(items) => {
                for item in items {
                    writeln!(out, "{item}")?;
                }
            }
            other => writeln!(out, "{other}")?,
        }
        out.flush()
    }

    pub fn table(&self, rows: &Rows) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", render_table(rows))?;
        out.flush()
    }

    pub fn csv(&self, rows: &Rows) -> io::Result<()> {
        let mut out = io::stdout().lock();
        write_csv_record(&mut out, rows.columns.iter().map(|c| c.name))?;
        for row in &rows.rows {
            write_csv_record(&mut out, row.iter().map(String::as_str))?;
        }
        out.flush()
    }

    /// Free text for a human (used by table mode of commands whose result is a report).
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Bold, when colour is allowed on stdout.
    pub fn bold(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Columns separated by spaces and a rule under the header: easy to read, easy to copy from.
/// (Positions follow comfy-table's preset string: only `HeaderLines` is drawn.)
const HEADER_RULE_ONLY: &str = "     ─             ";

/// The last millisecond of year 9999: later times need a five-digit year, which no reader of
/// `YYYY-MM-DDTHH:MM:SSZ` expects.
const MAX_MS: i64 = 253_402_300_799_999;

/// Epoch milliseconds (as OKX sends them: ASCII digits, 1970 to 9999) as ISO-8601 UTC to the
/// second, e.g. `2024-01-31T12:34:56Z`; `""` stays `""`. Anything else (a sign, a letter, a time
/// before 1970 or after 9999) is `Err` with the reason, for the caller to show the text as sent.
pub fn utc_ms(ms: &str) -> Result<String, String> {
    if ms.is_empty() {
        return Ok(String::new());
    }
    let absurd = || {
        format!(
            "time \"{}\" (not epoch milliseconds from 1970 to 9999)",
            sanitize(ms)
        )
    };
    if !ms.bytes().all(|b| b.is_ascii_digit()) {
        return Err(absurd());
    }
    let ms = ms
        .parse::<i64>()
        .ok()
        .filter(|m| (0..=MAX_MS).contains(m))
        .ok_or_else(absurd)?;
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map_err(|_| absurd())?;
    Ok(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

/// [`utc_ms`], or the text as OKX sent it.
pub fn iso_ms(ms: &str) -> String {
    utc_ms(ms).unwrap_or_else(|_| ms.to_string())
}

/// [`utc_ms`] for a cell a person reads: the text as sent when it is not a time, with the
/// one-per-run warning of [`warn_absurd`].
pub fn time_cell(ms: &str) -> String {
    utc_ms(ms).unwrap_or_else(|why| {
        warn_absurd(&why);
        ms.to_string()
    })
}

static WARNED_ABSURD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// One warning line per run, at the first value from OKX that okx could not compute with or
/// convert (the cell then shows OKX's text as sent, or stays empty): more would drown the data.
pub fn warn_absurd(why: &str) {
    if !WARNED_ABSURD.swap(true, std::sync::atomic::Ordering::Relaxed) {
        Stderr::warn(&format!(
            "OKX sent a value okx cannot use: {}; shown as sent (or left empty)",
            sanitize(why)
        ));
    }
}

pub fn render_table(rows: &Rows) -> String {
    let mut t = ComfyTable::new();
    t.load_preset(HEADER_RULE_ONLY)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(rows.columns.iter().map(|c| c.name));
    for row in &rows.rows {
        t.add_row(row.iter().map(|cell| sanitize(cell)));
    }
    for (i, c) in rows.columns.iter().enumerate() {
        if c.numeric {
            if let Some(column) = t.column_mut(i) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    // comfy-table pads the last column; trailing spaces only get in the way of copy and diff.
    t.to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn write_csv_record<'a>(
    out: &mut impl Write,
    fields: impl Iterator<Item = &'a str>,
) -> io::Result<()> {
    let mut first = true;
    for f in fields {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        if f.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", f.replace('"', "\"\""))?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

/// Makes a server-supplied string safe for a terminal: control characters (including ESC, which
/// could rewrite the screen) become visible escapes.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Where messages go: stderr, with colour decided once for it.
pub struct Stderr;

impl Stderr {
    fn styled(prefix: &str, code: &str) -> String {
        if color_allowed(io::stderr().is_terminal()) {
            format!("\x1b[{code}m{prefix}\x1b[0m")
        } else {
            prefix.to_string()
        }
    }

    pub fn error(msg: &str) {
        let _ = writeln!(
            io::stderr(),
            "okx: {} {msg}",
            Self::styled("error:", "1;31")
        );
    }

    pub fn warn(msg: &str) {
        let _ = writeln!(
            io::stderr(),
            "okx: {} {msg}",
            Self::styled("warning:", "1;33")
        );
    }

    pub fn hint(msg: &str) {
        let _ = writeln!(io::stderr(), "  {} {msg}", Self::styled("hint:", "1;36"));
    }

    pub fn note(msg: &str) {
        let _ = writeln!(io::stderr(), "okx: {msg}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(sanitize("a\x1b[2Jb\n"), "a\\u{1b}[2Jb\\n");
    }

    #[test]
    fn iso_from_ms() {
        assert_eq!(iso_ms("1607418537715"), "2020-12-08T09:08:57Z");
        assert_eq!(iso_ms("x"), "x");
    }

    /// OKX's times are ASCII digits from 1970 to 9999; anything else is shown as sent, never
    /// converted to a date it does not mean (and never a panic: `ms as i128 * 1_000_000` and
    /// `format_timestamp(t)[..19]` were one bad value away from one).
    #[test]
    fn absurd_times_are_not_dates() {
        assert_eq!(utc_ms("0"), Ok("1970-01-01T00:00:00Z".into()));
        assert_eq!(utc_ms("253402300799999"), Ok("9999-12-31T23:59:59Z".into()));
        assert_eq!(
            utc_ms("0001607418537715"),
            Ok("2020-12-08T09:08:57Z".into())
        );
        assert_eq!(utc_ms(""), Ok(String::new()));
        for bad in [
            "253402300800000",
            "99999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999999",
            "-1",
            "+1607418537715",
            "-9223372036854775808",
            "abc",
            " 1607418537715",
            "1607418537715.5",
            "１２３",
        ] {
            let why = utc_ms(bad).unwrap_err();
            assert!(why.contains("1970 to 9999"), "{why}");
            assert_eq!(iso_ms(bad), bad);
        }
        assert!(!utc_ms("\u{1b}[2J")
            .unwrap_err()
            .chars()
            .any(char::is_control));
    }

    #[test]
    fn table_lines_have_no_trailing_space() {
        let t = render_table(&Rows {
            columns: vec![col("a"), col("bb")],
            rows: vec![vec!["1".into(), "".into()]],
        });
        assert!(t.lines().all(|l| !l.ends_with(' ')), "{t:?}");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let mut buf = Vec::new();
        write_csv_record(&mut buf, ["a", "b,c", "d\"e"].into_iter()).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,\"b,c\",\"d\"\"e\"\n");
    }
}
