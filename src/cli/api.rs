//! `okx api`.

use clap::Args;

#[derive(Debug, Args)]
pub(crate) struct ApiArgs {
    /// GET or POST
    pub method: String,

    /// Request path, e.g. /api/v5/account/balance
    pub path: String,

    /// A parameter: query string for GET, JSON string field for POST (repeatable)
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// Exact JSON body for POST
    #[arg(long, value_name = "JSON", conflicts_with = "fields")]
    pub body: Option<String>,
}
