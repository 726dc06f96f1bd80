//! Parse, run, and turn any error into one message on stderr and a documented exit code.

use std::process::ExitCode;

use clap::Parser;
use okx::error::{exit_code, hints, is_broken_pipe};
use okx::output::Stderr;

fn main() -> ExitCode {
    let cli = okx::cli::Cli::parse();
    match okx::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if !is_broken_pipe(&err) {
                Stderr::error(&format!("{err:#}"));
                for hint in hints(&err) {
                    Stderr::hint(&hint);
                }
            }
            ExitCode::from(exit_code(&err))
        }
    }
}
