//! The command-line grammar as clap types, and nothing else: no I/O, no validation clap cannot
//! express. Help, completions and the README's usage all come from this one definition.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

use crate::error::EXIT_CODES_HELP;
use crate::output::Format;

#[derive(Debug, Parser)]
#[command(
    name = "okx",
    version,
    about = "A fast, scriptable command-line client for the OKX v5 API",
    long_about = "A fast, scriptable command-line client for the OKX v5 API.\n\n\
        Credentials come from command-line flags, then the environment, then a .env file \
        (OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, OKX_BASE_URL, OKX_DEMO; see .env.example). \
        Public commands need no credentials.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(short, long, value_enum, global = true)]
    pub output: Option<Format>,

    /// Shorthand for --output json
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,

    /// Read settings from this file instead of ./.env
    #[arg(long, value_name = "PATH", global = true)]
    pub env_file: Option<PathBuf>,

    /// API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the
    /// environment or the env file, so they never show in the process list.
    #[arg(long, value_name = "KEY", global = true)]
    pub api_key: Option<String>,

    /// REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]
    #[arg(long, value_name = "URL", global = true)]
    pub base_url: Option<String>,

    /// Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)
    #[arg(long, global = true, conflicts_with = "live")]
    pub demo: bool,

    /// Live trading even if OKX_DEMO is set
    #[arg(long, global = true)]
    pub live: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the headers okx would send for a request, explain the prehash, check another signature
    #[command(
        long_about = "Show the exact headers okx would send for a request, signed by the same code \
            the HTTP layer uses. Works offline.\n\n\
            --debug prints the prehash (timestamp | method | path+query | body) with invisible \
            characters made visible, and warns about the mistakes behind most 50113, 50112 and \
            50102 errors. --verify SIG checks a signature made by another program for the same \
            inputs and, when it differs, names the common mistake that reproduces it.",
        after_help = "Examples:\n  \
            okx sign GET '/api/v5/account/balance?ccy=BTC' --timestamp 2020-12-08T09:08:57.715Z --debug\n  \
            okx sign POST /api/v5/trade/order --body '{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"2.15\",\"sz\":\"2\"}'\n  \
            okx sign GET /api/v5/account/balance --timestamp 2020-12-08T09:08:57.715Z --verify 'their-signature='"
    )]
    Sign(SignArgs),

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

#[derive(Debug, Args)]
pub struct SignArgs {
    /// HTTP method, e.g. GET or POST
    pub method: String,

    /// Request path with its query string, e.g. '/api/v5/account/balance?ccy=BTC'
    pub path: String,

    /// Request body, signed byte for byte as given; '-' reads standard input
    #[arg(long, value_name = "JSON", conflicts_with = "body_file")]
    pub body: Option<String>,

    /// Read the request body from a file, byte for byte
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,

    /// Timestamp to sign with, to reproduce another program's signature [default: now, UTC]
    #[arg(long, value_name = "TS")]
    pub timestamp: Option<String>,

    /// Explain the prehash and check it for common mistakes
    #[arg(long)]
    pub debug: bool,

    /// A signature made by another program for the same request: does it match, and if not, why
    #[arg(long, value_name = "SIG")]
    pub verify: Option<String>,
}

#[derive(Debug, Args)]
pub struct ErrorsArgs {
    /// Codes to explain, e.g. 50113 51008; all known codes when none is given
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
