//! Parse, run, and turn any error into one message on stderr and a documented exit code.

use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::Parser;
use okx::error::{exit, exit_code, hints, is_broken_pipe, one_line_usage};
use okx::output::Stderr;

fn main() -> ExitCode {
    okx::config::forbid_core_dumps();
    let cli = match okx::cli::Cli::try_parse() {
        Ok(cli) => cli,
        // Help and version are output, not errors.
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(exit::USAGE);
        }
        Err(e) => {
            Stderr::error(&one_line_usage(&e));
            return ExitCode::from(exit::USAGE);
        }
    };
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
