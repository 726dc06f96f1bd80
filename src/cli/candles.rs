//! `okx candles`.

use clap::{Args, ValueEnum};

use super::parse;
use crate::exchange::instrument::InstId;
use crate::validate::{Bar, TimeSpec};

#[derive(Debug, Args)]
pub(crate) struct CandlesArgs {
    /// Instrument ID, e.g. BTC-USDT; with --price index, an index ID such as BTC-USD
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// Bar: 1s 1m 3m 5m 15m 30m 1H 2H 4H, 6H 12H 1D 2D 3D 1W 1M 3M (UTC+8 opens), or
    /// 6Hutc … 3Mutc (UTC opens). Case matters: 1m is a minute, 1M a month
    #[arg(
        long,
        default_value = "1m",
        value_parser = parse::bar(),
        hide_possible_values = true
    )]
    pub bar: Bar,

    /// The latest N candles (at most 10000) [default: 100]
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "since",
        value_parser = parse::count(10_000),
        allow_hyphen_values = true
    )]
    pub limit: Option<u64>,

    /// Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (7d,
    /// 12h, 1h30m)
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

    /// With --since: exit 9 when OKX's data has a gap in the range (missing bars, or none at its
    /// start or end) after asking again; the rows are still written and the gaps listed
    #[arg(long, requires = "since")]
    pub strict: bool,

    /// Mark-price candles of a swap, future or option, or index candles of an index such as
    /// BTC-USD, instead of traded candles: open, high, low, close, no volume
    #[arg(long, value_enum, value_name = "PRICE")]
    pub price: Option<CandlePrice>,
}

/// The price `--price` asks candles of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CandlePrice {
    /// The mark price of a derivative
    Mark,
    /// An index (BTC-USD, BTC-USDT, …)
    Index,
}
