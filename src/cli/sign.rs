//! `okx sign`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub(crate) struct SignArgs {
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
