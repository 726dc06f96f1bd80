//! `okx config`, `okx errors`, `okx completions`: about okx itself. Their variants are
//! flattened into the top-level command.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub(crate) enum MetaCommand {
    /// Show the effective settings and where each one came from (secrets never shown)
    Config,

    /// Explain OKX error codes: their real meaning and likely cause
    Errors(ErrorsArgs),

    /// Print a shell completion script
    #[command(
        after_help = "Example: okx completions bash > ~/.local/share/bash-completion/completions/okx"
    )]
    Completions(CompletionsArgs),
}
use clap_complete::Shell;

#[derive(Debug, Args)]
pub(crate) struct ErrorsArgs {
    /// Codes to explain, e.g. 50113 51008; all known codes when none is given
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    pub shell: Shell,
}
