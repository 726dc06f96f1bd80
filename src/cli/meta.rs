//! `okx errors`, `okx completions` (`okx config` takes no arguments).

use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct ErrorsArgs {
    /// Codes to explain, e.g. 50113 51008; all known codes when none is given
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: Shell,
}
