//! Whether stdout is a terminal, and how wide. `COLUMNS`, when it is a number, is the width (as
//! for `ls` and clap's help), else the terminal's, else 80.
//!
//! The test switch: in debug builds (the ones the tests run) `OKX_TEST_TTY=1` makes okx believe
//! stdout is a terminal, so the defaults a person gets (a table, fitted to `COLUMNS`) are tested
//! end to end through a pipe. Release builds never read it.

use std::io::{self, IsTerminal};

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
