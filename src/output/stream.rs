//! Output written as it comes, through the same writer as the rest: records (candles) as CSV,
//! NDJSON or one JSON array, flushed a window at a time so memory holds one window however long
//! the range (a table waits for the end, to size its columns); and lines (`watch`), each flushed
//! as soon as it is written.

use std::cell::RefMut;
use std::io::{self, BufWriter, Write};

use super::table::{render, row_warned, write_csv_record, Column, Record, Rows};
use super::{warn_absurd, Format};

/// The output's writer, held for as long as a stream runs.
pub(super) struct Held<'o>(pub(super) RefMut<'o, Box<dyn Write>>);

impl Write for Held<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.0.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Records written in order as they come: CSV and NDJSON a line each, JSON one array opened at
/// the first record (an error before any leaves stdout empty, not half a document).
pub(crate) struct Records<'o, R: Record + 'static> {
    format: Format,
    out: BufWriter<Held<'o>>,
    csv: &'static [Column<R>],
    table: &'static [Column<R>],
    rows: Vec<Vec<String>>,
    width: Option<usize>,
    written: u64,
}

impl<'o, R: Record + 'static> Records<'o, R> {
    pub(super) fn start(
        format: Format,
        out: Held<'o>,
        csv: &'static [Column<R>],
        table: &'static [Column<R>],
        width: Option<usize>,
    ) -> io::Result<Records<'o, R>> {
        let mut s = Records {
            format,
            out: BufWriter::with_capacity(64 * 1024, out),
            csv,
            table,
            rows: Vec::new(),
            width,
            written: 0,
        };
        if format == Format::Csv {
            let titles: Vec<_> = csv.iter().map(|c| c.head.title()).collect();
            write_csv_record(&mut s.out, titles.iter().map(AsRef::as_ref))?;
        }
        Ok(s)
    }

    pub(crate) fn push(&mut self, record: &R) -> io::Result<()> {
        match self.format {
            Format::Csv => {
                let mut problem = None;
                let cells: Vec<_> = self
                    .csv
                    .iter()
                    .map(|c| c.cell(record, &mut problem))
                    .collect();
                write_csv_record(&mut self.out, cells.iter().map(AsRef::as_ref))?;
                if let Some(why) = problem {
                    warn_absurd(&why);
                }
            }
            Format::Ndjson => writeln!(self.out, "{}", record.json())?,
            Format::Json => {
                self.out
                    .write_all(if self.written > 0 { b"," } else { b"[" })?;
                write!(self.out, "\n{}", record.json())?;
            }
            Format::Table => self.rows.push(row_warned(self.table, record)),
        }
        self.written += 1;
        Ok(())
    }

    /// Makes what was written so far visible downstream (after each window).
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Ends the stream; how many records were written.
    pub(crate) fn finish(mut self) -> io::Result<u64> {
        match self.format {
            Format::Json => {
                self.out
                    .write_all(if self.written > 0 { b"\n]\n" } else { b"[]\n" })?
            }
            Format::Table => {
                let rows = Rows::new(self.table, std::mem::take(&mut self.rows));
                writeln!(self.out, "{}", render(&rows, self.width))?;
            }
            Format::Csv | Format::Ndjson => {}
        }
        self.out.flush()?;
        Ok(self.written)
    }
}

/// Lines of a stream, each visible downstream as soon as it is written.
pub(crate) struct Lines<'o> {
    pub(super) out: Held<'o>,
}

impl Lines<'_> {
    pub(crate) fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.out.flush()
    }
}
