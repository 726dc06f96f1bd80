//! `okx funding`.

use clap::Args;

use super::parse;
use crate::exchange::instrument::InstId;
use crate::validate::TimeSpec;

/// An `okx funding` argument: a perpetual swap, or `ANY` for all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Perpetual {
    Any,
    Swap(InstId),
}

#[derive(Debug, Args)]
pub(crate) struct FundingArgs {
    /// Perpetual swap IDs, e.g. BTC-USDT-SWAP BTC-USD-SWAP, or ANY for the current funding of
    /// every perpetual swap
    #[arg(value_name = "INST_ID", required = true, value_parser = parse::swap_id_or_any())]
    pub inst_ids: Vec<Perpetual>,

    /// Every funding settlement from this time, included (OKX keeps 3 months): RFC 3339, a date,
    /// epoch ms, or a span back from now (90d, 12h)
    #[arg(
        long,
        value_name = "TIME",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub since: Option<TimeSpec>,

    /// End of the range, included, in the same forms [default: now]
    #[arg(
        long,
        value_name = "TIME",
        requires = "since",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub until: Option<TimeSpec>,

    /// With --since: exit 9 when OKX's history lacks a settlement its schedule implies (after
    /// asking again); the rows are still written and the gaps listed
    #[arg(long, requires = "since")]
    pub strict: bool,
}
