//! Whether stdout is a terminal, and how wide. `COLUMNS`, when it is a number, is the width (as
//! for `ls` and clap's help), else the terminal's, else 80.
//!
//! The test switch: in debug builds (the ones the tests run) `OKX_TEST_TTY=1` makes okx believe
//! stdout is a terminal, so the defaults a person gets (a table, fitted to `COLUMNS`) are tested
//! end to end through a pipe. Release builds never read it.

use std::io::{self, IsTerminal, Write};

/// Widths below this are taken as a mistake in `COLUMNS`, not a terminal.
const MIN_WIDTH: usize = 20;

pub(crate) fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal() || pretend()
}

#[cfg(debug_assertions)]
fn pretend() -> bool {
    std::env::var_os("OKX_TEST_TTY").is_some_and(|v| v == "1")
}

#[cfg(not(debug_assertions))]
fn pretend() -> bool {
    false
}

/// The width a table on stdout's terminal must fit.
pub(crate) fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w >= MIN_WIDTH)
        .or_else(|| terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| usize::from(w.0)))
        .unwrap_or(80)
}

/// Characters a terminal acts on or hides that are not C0 controls: DEL, the C1 controls
/// (U+009B opens an escape sequence on many terminals), and the invisible format characters
/// that reorder or hide text (bidi overrides and isolates U+202A–U+202E, U+2066–U+2069, marks,
/// zero-width characters, the BOM).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{7f}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}')
}

/// stdout when it is a terminal: what reaches it is shown, never acted on. DEL, C1 controls and
/// invisible format characters become `\uXXXX` (which also keeps JSON valid), and so do C0
/// controls other than `\n` and tabs, except ESC when `own_escapes` (a table, whose colours
/// okx writes itself; its cells are sanitised already). JSON, NDJSON and CSV on a terminal carry
/// OKX's text, so there every control is escaped.
pub(crate) struct TerminalSafe<W: Write> {
    inner: W,
    own_escapes: bool,
    /// The start of a UTF-8 sequence split across writes.
    pending: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    pub(crate) fn new(inner: W, own_escapes: bool) -> Self {
        TerminalSafe {
            inner,
            own_escapes,
            pending: Vec::new(),
        }
    }

    fn shown(&self, c: char) -> bool {
        match c {
            // okx ends lines with \n alone: a \r is the server's, and would overwrite the line.
            '\n' | '\t' => true,
            '\u{1b}' => self.own_escapes,
            c if c.is_control() || is_invisible(c) => false,
            _ => true,
        }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let (valid, rest) = match std::str::from_utf8(&self.pending) {
            Ok(s) => (s.len(), 0),
            // An incomplete sequence at the end waits for the next write; an invalid byte
            // (never from okx, whose text is UTF-8) is shown as U+FFFD.
            Err(e) if e.error_len().is_none() => {
                (e.valid_up_to(), self.pending.len() - e.valid_up_to())
            }
            Err(_) => (self.pending.len(), 0),
        };
        let text = String::from_utf8_lossy(&self.pending[..valid]).into_owned();
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if self.shown(c) {
                out.push(c);
            } else {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
        self.inner.write_all(out.as_bytes())?;
        self.pending.drain(..self.pending.len() - rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner.write_all(&rest)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(own_escapes: bool, parts: &[&[u8]]) -> String {
        let mut t = TerminalSafe::new(Vec::new(), own_escapes);
        for p in parts {
            t.write_all(p).unwrap();
        }
        t.flush().unwrap();
        String::from_utf8(t.inner).unwrap()
    }

    #[test]
    fn a_terminal_sees_controls_and_bidi_as_escapes() {
        let json = "{\"sMsg\":\"a\u{9b}2J\u{202e}evil\u{7f}\u{1b}[2J\"}\n";
        assert_eq!(
            through(false, &[json.as_bytes()]),
            "{\"sMsg\":\"a\\u009b2J\\u202eevil\\u007f\\u001b[2J\"}\n"
        );
        // A table keeps its own colours.
        assert_eq!(
            through(true, &["\u{1b}[1mx\u{1b}[0m\n".as_bytes()]),
            "\u{1b}[1mx\u{1b}[0m\n"
        );
        // A character split across writes is whole on the other side.
        let e = "é\u{202e}".as_bytes();
        assert_eq!(through(false, &[&e[..1], &e[1..3], &e[3..]]), "é\\u202e");
        assert_eq!(through(false, &["🙂".as_bytes()]), "🙂");
    }
}
