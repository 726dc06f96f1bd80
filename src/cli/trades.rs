//! `okx trades`.

use clap::Args;

use super::parse;
use crate::exchange::instrument::InstId;
use crate::validate::TimeSpec;

#[derive(Debug, Args)]
pub(crate) struct TradesArgs {
    /// Instrument ID, e.g. BTC-USDT or BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// The latest N trades (at most 500) [default: 100]
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "since",
        value_parser = parse::recent_trades(),
        allow_hyphen_values = true
    )]
    pub limit: Option<u64>,

    /// Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span
    /// back from now (1d, 12h, 1h30m)
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

    /// With --since: exit 9 when OKX's answers lack trades they must have (a page ends short of
    /// a trade already seen) after asking again; the rows are still written and the gaps listed
    #[arg(long, requires = "since")]
    pub strict: bool,
}
