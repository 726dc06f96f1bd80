//! The output layer. The mode is decided once: `--output` wins; otherwise a table on a terminal
//! and JSON in a pipe. Colour only when the stream is a terminal, `NO_COLOR` is unset and `TERM`
//! is not `dumb`. Every command writes its data through [`Output`], streams included, over one
//! `dyn Write` (stdout, or a buffer in a test); warnings, notes and progress go to stderr
//! ([`Stderr`]). Every write returns its `io::Result` so a closed pipe (`okx … | head`) ends
//! the program quietly instead of panicking.
//!
//! `table.rs`: columns declared once, tables fitted to the terminal, CSV. `stream.rs`: candles,
//! trades and `watch`, written as they come; `progress.rs`: the bar of long downloads. `term.rs`: is stdout a terminal, how wide, and the test
//! switch that pretends it is one.

pub(crate) mod progress;
mod stream;
mod table;
mod term;

use std::cell::RefCell;
use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use serde_json::Value;

pub(crate) use stream::{Lines, Records};
pub use table::write_csv_record;
pub(crate) use table::{col, num, render, row, Cell, Column, Head, Record, Rows};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Table,
    Json,
    /// One JSON value per line (streamed where the command streams)
    Ndjson,
    Csv,
}

/// Where a command's data goes, and in which form.
pub(crate) struct Output {
    pub format: Format,
    /// Colour allowed on stdout.
    pub color: bool,
    /// JSON indented for a person (JSON chosen explicitly, on a terminal).
    pretty: bool,
    /// The width tables must fit: the terminal's, when stdout is one.
    width: Option<usize>,
    out: RefCell<Box<dyn Write>>,
}

fn color_allowed(is_terminal: bool) -> bool {
    is_terminal
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

impl Output {
    /// The mode for stdout, from `--output`/`--json` and whether stdout is a terminal.
    pub(crate) fn decide(flag: Option<Format>, json: bool) -> Output {
        let tty = term::stdout_is_terminal();
        let format = match (flag, json) {
            (Some(f), _) => f,
            (None, true) => Format::Json,
            (None, false) if tty => Format::Table,
            (None, false) => Format::Json,
        };
        let stdout: Box<dyn Write> = if tty {
            Box::new(term::TerminalSafe::new(
                io::stdout(),
                format == Format::Table,
            ))
        } else {
            Box::new(io::stdout())
        };
        let mut out = Output::to(format, stdout);
        out.color = color_allowed(tty);
        out.pretty = tty && format == Format::Json;
        out.width = tty.then(term::width);
        out
    }

    /// Plain output of `format` to `out` (no colour, no width limit): for tests.
    pub(crate) fn to(format: Format, out: Box<dyn Write>) -> Output {
        Output {
            format,
            color: false,
            pretty: false,
            width: None,
            out: RefCell::new(out),
        }
    }

    /// Tables fitted to `width` columns, as on a terminal that wide.
    #[cfg(test)]
    pub(crate) fn fitted_to(mut self, width: usize) -> Output {
        self.width = Some(width);
        self
    }

    /// The writer, for one write or one stream; a second at the same time is an error, never a panic.
    fn held(&self) -> io::Result<stream::Held<'_>> {
        self.out
            .try_borrow_mut()
            .map(stream::Held)
            .map_err(|_| io::Error::other("output already in use by a stream"))
    }

    /// Writes with the writer, then flushes.
    fn write(&self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let mut out = self.held()?;
        f(&mut out)?;
        out.flush()
    }

    /// Prints a result: `rows` for table and CSV, `json` for JSON.
    pub(crate) fn emit(&self, rows: &Rows, json: &Value) -> io::Result<()> {
        match self.format {
            Format::Json => self.json(json),
            Format::Ndjson => self.ndjson(json),
            Format::Table => self.table(rows),
            Format::Csv => self.csv(rows),
        }
    }

    /// OKX's items: JSON as sent, or a row per item under `columns` (built only then, so a
    /// value okx cannot show is warned about only where it would have been shown).
    pub(crate) fn items(&self, columns: &[Column], items: Vec<Value>) -> io::Result<()> {
        let rows = self.rows_if_shown(|| Rows::of(columns, &items));
        self.emit(&rows, &Value::Array(items))
    }

    /// One OKX item: JSON as OKX sends it (in an array), or a `field`/`value` table of `columns`.
    pub(crate) fn item(&self, columns: &[Column], item: Value) -> io::Result<()> {
        let rows = self.rows_if_shown(|| Rows::detail(columns, &item));
        self.emit(&rows, &Value::Array(vec![item]))
    }

    fn rows_if_shown(&self, rows: impl FnOnce() -> Rows) -> Rows {
        match self.format {
            Format::Table | Format::Csv => rows(),
            Format::Json | Format::Ndjson => Rows {
                columns: Vec::new(),
                rows: Vec::new(),
            },
        }
    }

    pub(crate) fn json(&self, value: &Value) -> io::Result<()> {
        let text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(io::Error::other)?;
        self.write(|out| writeln!(out, "{text}"))
    }

    /// An array becomes one line per element; anything else one line.
    pub(crate) fn ndjson(&self, value: &Value) -> io::Result<()> {
        self.write(|out| match value {
            Value::Array(items) => items.iter().try_for_each(|item| writeln!(out, "{item}")),
            other => writeln!(out, "{other}"),
        })
    }

    pub(crate) fn table(&self, rows: &Rows) -> io::Result<()> {
        let text = self.render(rows);
        self.write(|out| writeln!(out, "{text}"))
    }

    /// A table as text, fitted to the terminal: for a command that prints more around it.
    pub(crate) fn render(&self, rows: &Rows) -> String {
        render(rows, self.width)
    }

    pub(crate) fn csv(&self, rows: &Rows) -> io::Result<()> {
        self.write(|out| table::write_csv(out, rows))
    }

    /// Free text for a human (used by table mode of commands whose result is a report).
    pub(crate) fn text(&self, text: &str) -> io::Result<()> {
        self.write(|out| out.write_all(text.as_bytes()))
    }

    /// A stream of records in this output's format: `csv` columns for CSV, `table` columns for
    /// a table (rendered at the end), the records as OKX sent them for JSON and NDJSON.
    pub(crate) fn records<R: Record + 'static>(
        &self,
        csv: &'static [Column<R>],
        table: &'static [Column<R>],
    ) -> io::Result<Records<'_, R>> {
        Records::start(self.format, self.held()?, csv, table, self.width)
    }

    /// A stream of lines, each flushed as written.
    pub(crate) fn lines(&self) -> io::Result<Lines<'_>> {
        Ok(Lines { out: self.held()? })
    }

    /// Bold, when colour is allowed on stdout.
    pub(crate) fn bold(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// The last millisecond of year 9999: later times need a five-digit year, which no reader of
/// `YYYY-MM-DDTHH:MM:SSZ` expects.
const MAX_MS: i64 = 253_402_300_799_999;

/// Epoch milliseconds (as OKX sends them: ASCII digits, 1970 to 9999) as ISO-8601 UTC to the
/// second, e.g. `2024-01-31T12:34:56Z`; `""` stays `""`. Anything else (a sign, a letter, a time
/// before 1970 or after 9999) is `Err` with the reason, for the caller to show the text as sent.
pub fn utc_ms(ms: &str) -> Result<String, String> {
    utc(ms, false)
}

/// [`utc_ms`] keeping the milliseconds when there are some (`2026-11-30T01:38:34.591Z`): for
/// trades, which share seconds, and for bounds typed in epoch ms.
pub fn utc_exact_ms(ms: &str) -> Result<String, String> {
    utc(ms, true)
}

fn utc(ms: &str, exact: bool) -> Result<String, String> {
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
    let millis = match ms % 1000 {
        m if exact && m != 0 => format!(".{m:03}"),
        _ => String::new(),
    };
    Ok(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{millis}Z",
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

/// [`utc_exact_ms`], or the text as OKX sent it.
pub fn iso_exact_ms(ms: &str) -> String {
    utc_exact_ms(ms).unwrap_or_else(|_| ms.to_string())
}

/// [`utc_ms`] for a cell a person reads: the text as sent when it is not a time, with the
/// one-per-run warning of [`warn_absurd`].
pub(crate) fn time_cell(ms: &str) -> String {
    utc_ms(ms).unwrap_or_else(|why| {
        warn_absurd(&why);
        ms.to_string()
    })
}

static WARNED_ABSURD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// One warning line per run, at the first value from OKX that okx could not compute with or
/// convert (the cell then shows OKX's text as sent, or stays empty): more would drown the data.
pub(crate) fn warn_absurd(why: &str) {
    if !WARNED_ABSURD.swap(true, std::sync::atomic::Ordering::Relaxed) {
        Stderr::warn(&format!(
            "OKX sent a value okx cannot use: {}; shown as sent (or left empty)",
            sanitize(why)
        ));
    }
}

/// Makes a server-supplied string safe for a terminal: control characters (including ESC, which
/// could rewrite the screen) and invisible format characters (bidi overrides, which reorder
/// what is shown, zero-width characters) become visible escapes.
pub fn sanitize(s: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || term::is_invisible(c);
    if !s.chars().any(unsafe_char) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if unsafe_char(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Server text for one line of a message: sanitised, and at most `max` characters (then `…`).
pub(crate) fn shown(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    sanitize(&out)
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

    /// A question on stderr, the answer typed after it on the same line.
    pub fn prompt(msg: &str) {
        let mut e = io::stderr();
        let _ = write!(e, "okx: {msg}");
        let _ = e.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::rc::Rc;

    /// A writer whose bytes the test reads back.
    #[derive(Clone, Default)]
    struct Captured(Rc<RefCell<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Captured {
        fn text(&self) -> String {
            String::from_utf8(self.0.borrow().clone()).unwrap()
        }
    }

    const COLUMNS: &[Column] = &[
        Column::text("id", Cell::Field("instId")),
        Column::num("px", Cell::Field("px")).unit("USDT"),
    ];

    fn items() -> Vec<Value> {
        vec![
            json!({"instId": "BTC-USDT", "px": "87000.5"}),
            json!({"instId": "ETH-USDT", "px": "3232.05"}),
        ]
    }

    #[test]
    fn every_form_goes_to_the_given_writer() {
        for (format, want) in [
            (Format::Csv, "id,px (USDT)\nBTC-USDT,87000.5\nETH-USDT,3232.05\n"),
            (
                Format::Ndjson,
                "{\"instId\":\"BTC-USDT\",\"px\":\"87000.5\"}\n{\"instId\":\"ETH-USDT\",\"px\":\"3232.05\"}\n",
            ),
            (
                Format::Table,
                " id        px (USDT)\n─────────────────────\n BTC-USDT   87000.5\n ETH-USDT    3232.05\n",
            ),
        ] {
            let buf = Captured::default();
            let out = Output::to(format, Box::new(buf.clone()));
            out.items(COLUMNS, items()).unwrap();
            assert_eq!(buf.text(), want, "{format:?}");
        }
    }

    #[test]
    fn streams_write_through_the_same_writer() {
        let buf = Captured::default();
        let out = Output::to(Format::Json, Box::new(buf.clone()));
        let mut s = out.records(COLUMNS, COLUMNS).unwrap();
        for item in items() {
            s.push(&item).unwrap();
        }
        s.flush().unwrap();
        assert!(buf.text().starts_with("[\n{") && !buf.text().contains(']'));
        // The writer is the stream's while it runs: a second writer is an error, not a panic.
        assert!(out.text("x").is_err());
        assert_eq!(s.finish().unwrap(), 2);
        assert_eq!(json_of(&buf.text()), Value::Array(items()));

        let buf = Captured::default();
        let out = Output::to(Format::Table, Box::new(buf.clone()));
        let mut lines = out.lines().unwrap();
        lines.line("a").unwrap();
        lines.line("b").unwrap();
        assert_eq!(buf.text(), "a\nb\n");
    }

    #[test]
    fn a_table_fits_the_width_it_is_given() {
        let buf = Captured::default();
        let wide = [
            Column::text("id", Cell::Field("instId")),
            Column::text("note", Cell::Field("note")).priority(1),
        ];
        let out = Output::to(Format::Table, Box::new(buf.clone())).fitted_to(30);
        out.items(
            &wide,
            vec![json!({"instId": "BTC-USDT", "note": "x".repeat(40)})],
        )
        .unwrap();
        assert_eq!(buf.text(), " id\n──────────\n BTC-USDT\n");
    }

    fn json_of(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

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
}
