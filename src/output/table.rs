//! Tables and CSV from columns declared once. A [`Column`] names its header, the OKX field it
//! shows (or the function that computes it), its alignment, unit and priority; the row builder,
//! the table and the CSV header all read the same declaration. A table on a terminal fits its
//! width: the columns with the highest priority number are hidden first (said once on stderr),
//! then text cells wrap; numbers are right-aligned with their decimal points lined up.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table as ComfyTable};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use super::{sanitize, utc_ms, warn_absurd, Stderr};

/// How a column's cells line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    /// Right-aligned, decimal points lined up (the fractional parts padded to one width).
    Decimal,
}

/// How a column looks, whatever its rows are built from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head {
    pub header: &'static str,
    /// Shown after the header in brackets: `time (UTC)`.
    pub unit: Option<&'static str>,
    pub align: Align,
    /// 0: always shown. Otherwise, when a table is wider than the terminal, the column with the
    /// highest number is hidden first (the rightmost of equals).
    pub priority: u8,
}

/// A text column, always shown.
pub(crate) const fn col(header: &'static str) -> Head {
    Head {
        header,
        unit: None,
        align: Align::Left,
        priority: 0,
    }
}

/// A numeric column, always shown.
pub(crate) const fn num(header: &'static str) -> Head {
    Head {
        align: Align::Decimal,
        ..col(header)
    }
}

impl Head {
    pub(crate) const fn unit(mut self, unit: &'static str) -> Head {
        self.unit = Some(unit);
        self
    }

    pub(crate) const fn priority(mut self, priority: u8) -> Head {
        self.priority = priority;
        self
    }

    /// The header as printed (table and CSV): `header` or `header (unit)`.
    pub(crate) fn title(&self) -> Cow<'static, str> {
        match self.unit {
            Some(u) => Cow::Owned(format!("{} ({u})", self.header)),
            None => Cow::Borrowed(self.header),
        }
    }
}

/// What a table row is made from: an item of OKX's `data`, or a candle.
pub(crate) trait Record {
    /// OKX's field `name` as sent; `""` when absent or not a string.
    fn field(&self, name: &str) -> &str;
    /// The record as OKX sent it, for JSON output.
    fn json(&self) -> &Value;
}

impl Record for Value {
    fn field(&self, name: &str) -> &str {
        crate::parse::field(self, name)
    }

    fn json(&self) -> &Value {
        self
    }
}

/// Where a column's text comes from.
pub(crate) enum Cell<R: ?Sized + 'static> {
    /// An OKX field, as sent.
    Field(&'static str),
    /// An OKX field of epoch milliseconds, as ISO-8601 UTC; as sent when it is not a time.
    Time(&'static str),
    /// Computed from the record; the function notes why it left a value out (first note wins).
    With(fn(&R, &mut Option<String>) -> String),
}

/// A column declared once: how it looks ([`Head`]) and where its text comes from ([`Cell`]).
pub(crate) struct Column<R: ?Sized + 'static = Value> {
    pub head: Head,
    pub cell: Cell<R>,
}

impl<R: ?Sized + 'static> Column<R> {
    pub(crate) const fn text(header: &'static str, cell: Cell<R>) -> Column<R> {
        Column {
            head: col(header),
            cell,
        }
    }

    pub(crate) const fn num(header: &'static str, cell: Cell<R>) -> Column<R> {
        Column {
            head: num(header),
            cell,
        }
    }

    pub(crate) const fn unit(mut self, unit: &'static str) -> Column<R> {
        self.head = self.head.unit(unit);
        self
    }

    pub(crate) const fn priority(mut self, priority: u8) -> Column<R> {
        self.head = self.head.priority(priority);
        self
    }
}

impl<R: Record + ?Sized + 'static> Column<R> {
    /// This column's text for `record`; a value okx could not use is noted in `problem` (the
    /// first note wins) and shown as sent.
    pub(crate) fn cell<'r>(&self, record: &'r R, problem: &mut Option<String>) -> Cow<'r, str> {
        match self.cell {
            Cell::Field(name) => Cow::Borrowed(record.field(name)),
            Cell::Time(name) => {
                let ms = record.field(name);
                match utc_ms(ms) {
                    Ok(t) => Cow::Owned(t),
                    Err(why) => {
                        problem.get_or_insert(why);
                        Cow::Borrowed(ms)
                    }
                }
            }
            Cell::With(f) => Cow::Owned(f(record, problem)),
        }
    }
}

/// The cells of `record` under `columns`, and the first value okx could not use.
pub(crate) fn row<R: Record + ?Sized>(
    columns: &[Column<R>],
    record: &R,
) -> (Vec<String>, Option<String>) {
    let mut problem = None;
    let cells = columns
        .iter()
        .map(|c| c.cell(record, &mut problem).into_owned())
        .collect();
    (cells, problem)
}

/// [`row`], with the run's one warning when a value could not be used.
pub(crate) fn row_warned<R: Record + ?Sized>(columns: &[Column<R>], record: &R) -> Vec<String> {
    let (cells, problem) = row(columns, record);
    if let Some(why) = problem {
        warn_absurd(&why);
    }
    cells
}

/// Rows for the table and CSV forms of a result.
#[derive(Debug, Clone)]
pub(crate) struct Rows {
    pub columns: Vec<Head>,
    pub rows: Vec<Vec<String>>,
}

impl Rows {
    /// Rows built by a command, under the heads of `columns`.
    pub(crate) fn new<R: ?Sized>(columns: &[Column<R>], rows: Vec<Vec<String>>) -> Rows {
        Rows {
            columns: columns.iter().map(|c| c.head).collect(),
            rows,
        }
    }

    /// A row per record (with the run's one warning at a value okx could not use).
    pub(crate) fn of<'a, R: Record + ?Sized + 'a>(
        columns: &[Column<R>],
        records: impl IntoIterator<Item = &'a R>,
    ) -> Rows {
        Rows::new(
            columns,
            records
                .into_iter()
                .map(|r| row_warned(columns, r))
                .collect(),
        )
    }

    /// One record as a `field`/`value` table: a row per column.
    pub(crate) fn detail<R: Record + ?Sized>(columns: &[Column<R>], record: &R) -> Rows {
        let cells = row_warned(columns, record);
        Rows {
            columns: vec![col("field"), col("value")],
            rows: columns
                .iter()
                .zip(cells)
                .map(|(c, v)| vec![c.head.title().into_owned(), v])
                .collect(),
        }
    }
}

/// Columns separated by spaces and a rule under the header: easy to read, easy to copy from.
/// (Positions follow comfy-table's preset string: only `HeaderLines` is drawn.)
const HEADER_RULE_ONLY: &str = "     ─             ";

/// Spaces comfy-table puts around each cell.
const PADDING: usize = 2;

static HIDDEN_NOTED: AtomicBool = AtomicBool::new(false);

/// Pads the cells of a numeric column on the right so that their decimal points (or their
/// ends, for whole numbers) line up once right-aligned: `1.5`, `100  `, `0.25`.
fn align_decimals(cells: &mut [String]) {
    let tail = |s: &str| s.find('.').map_or(0, |i| s[i..].width());
    let widest = cells.iter().map(|c| tail(c)).max().unwrap_or(0);
    for c in cells.iter_mut() {
        let pad = widest - tail(c);
        c.extend(std::iter::repeat_n(' ', pad));
    }
}

/// `rows` as text, fitted to `width` terminal columns when given: the columns with the highest
/// priority number are hidden first (noted once on stderr), then text cells wrap.
pub(crate) fn render(rows: &Rows, width: Option<usize>) -> String {
    let titles: Vec<Cow<str>> = rows.columns.iter().map(Head::title).collect();
    // Column-major, sanitised, decimals aligned.
    let mut cells: Vec<Vec<String>> = (0..rows.columns.len())
        .map(|i| {
            rows.rows
                .iter()
                .map(|r| sanitize(r.get(i).map(String::as_str).unwrap_or_default()))
                .collect()
        })
        .collect();
    for (head, column) in rows.columns.iter().zip(cells.iter_mut()) {
        if head.align == Align::Decimal {
            align_decimals(column);
        }
    }
    let widths: Vec<usize> = titles
        .iter()
        .zip(&cells)
        .map(|(t, column)| {
            column
                .iter()
                .map(|c| c.width())
                .chain([t.width()])
                .max()
                .unwrap_or(0)
                + PADDING
        })
        .collect();
    let mut shown: Vec<usize> = (0..rows.columns.len()).collect();
    let total = |shown: &[usize]| shown.iter().map(|&i| widths[i]).sum::<usize>();
    let mut hidden = Vec::new();
    if let Some(limit) = width {
        while total(&shown) > limit {
            let Some(pos) = shown
                .iter()
                .enumerate()
                .filter(|(_, &i)| rows.columns[i].priority > 0)
                .max_by_key(|(pos, &i)| (rows.columns[i].priority, *pos))
                .map(|(pos, _)| pos)
            else {
                break;
            };
            hidden.push(titles[shown.remove(pos)].to_string());
        }
        if !hidden.is_empty() && !HIDDEN_NOTED.swap(true, Ordering::Relaxed) {
            Stderr::note(&format!(
                "{} column{} hidden to fit {limit} columns ({}); -o csv or a wider terminal shows all",
                hidden.len(),
                if hidden.len() == 1 { "" } else { "s" },
                hidden.join(", ")
            ));
        }
    }
    let mut t = ComfyTable::new();
    t.load_preset(HEADER_RULE_ONLY)
        .set_header(shown.iter().map(|&i| titles[i].as_ref()));
    match width {
        // Still too wide with only the columns that are always shown: text cells wrap.
        Some(limit) if total(&shown) > limit => {
            t.set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(u16::try_from(limit).unwrap_or(u16::MAX));
        }
        _ => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.add_rows((0..rows.rows.len()).map(|r| {
        shown
            .iter()
            .map(|&i| cells[i][r].as_str())
            .collect::<Vec<_>>()
    }));
    for (pos, &i) in shown.iter().enumerate() {
        if rows.columns[i].align == Align::Decimal {
            if let Some(column) = t.column_mut(pos) {
                column.set_cell_alignment(CellAlignment::Right);
                // A number is never wrapped.
                column.set_constraint(ColumnConstraint::ContentWidth);
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

/// The header and rows as CSV.
pub(crate) fn write_csv(out: &mut dyn Write, rows: &Rows) -> io::Result<()> {
    let titles: Vec<Cow<str>> = rows.columns.iter().map(Head::title).collect();
    write_csv_record(out, titles.iter().map(AsRef::as_ref))?;
    for row in &rows.rows {
        write_csv_record(out, row.iter().map(String::as_str))?;
    }
    Ok(())
}

/// One RFC 4180 record, quoted only when needed.
pub fn write_csv_record<'a>(
    out: &mut (impl Write + ?Sized),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(columns: Vec<Head>, rows: &[&[&str]]) -> Rows {
        Rows {
            columns,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn table_lines_have_no_trailing_space() {
        let t = render(&rows(vec![col("a"), col("bb")], &[&["1", ""]]), None);
        assert!(t.lines().all(|l| !l.ends_with(' ')), "{t:?}");
    }

    #[test]
    fn decimal_points_line_up() {
        let t = render(
            &rows(
                vec![col("x"), num("price")],
                &[
                    &["a", "87000.5"],
                    &["b", "0.00012"],
                    &["c", "100"],
                    &["d", ""],
                ],
            ),
            None,
        );
        let lines: Vec<&str> = t.lines().collect();
        let point = lines[2].find('.').unwrap();
        assert_eq!(lines[3].find('.'), Some(point), "{t}");
        // A whole number ends where the points are.
        assert_eq!(lines[4].find("100").map(|i| i + 3), Some(point), "{t}");
    }

    #[test]
    fn lowest_priority_columns_are_hidden_first_to_fit() {
        let r = rows(
            vec![
                col("id"),
                num("wide").priority(2),
                num("wider").priority(1),
                col("last"),
            ],
            &[&["aaaaaaaaaa", "1234567890", "12345678901234567890", "z"]],
        );
        let all = render(&r, Some(200));
        assert!(all.contains("wide ") && all.contains("wider"), "{all}");
        let fitted = render(&r, Some(40));
        assert!(fitted.lines().all(|l| l.width() <= 40), "{fitted}");
        let header: Vec<&str> = fitted.lines().next().unwrap().split_whitespace().collect();
        assert_eq!(header, ["id", "wider", "last"], "{fitted}");
        assert_eq!(fitted.lines().count(), 3, "no row broken:\n{fitted}");
    }

    #[test]
    fn text_wraps_when_nothing_can_be_hidden() {
        let r = rows(
            vec![col("field"), col("value")],
            &[&["note", "a long sentence that cannot fit in twenty columns"]],
        );
        let t = render(&r, Some(20));
        assert!(t.lines().all(|l| l.width() <= 20), "{t}");
    }

    #[test]
    fn columns_read_fields_times_and_computed_values() {
        const COLUMNS: &[Column] = &[
            Column::text("id", Cell::Field("instId")),
            Column::text("time", Cell::Time("ts")).unit("UTC"),
            Column::num("twice", Cell::With(|r, _| format!("{0}{0}", r.field("px")))),
        ];
        let (cells, problem) = row(
            COLUMNS,
            &json!({"instId": "BTC-USDT", "ts": "1607418537715", "px": "1"}),
        );
        assert_eq!(cells, ["BTC-USDT", "2020-12-08T09:08:57Z", "11"]);
        assert_eq!(problem, None);
        let (cells, problem) = row(COLUMNS, &json!({"ts": "-1"}));
        assert_eq!(cells, ["", "-1", ""]);
        assert!(problem.unwrap().contains("1970 to 9999"));
        assert_eq!(COLUMNS[1].head.title(), "time (UTC)");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let mut buf = Vec::new();
        write_csv_record(&mut buf, ["a", "b,c", "d\"e"].into_iter()).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,\"b,c\",\"d\"\"e\"\n");
    }
}
