//! `okx positions [INST_ID…]` and `okx positions history`.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
use crate::exchange::position::MgnMode;
use crate::validate::TimeSpec;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct PositionsArgs {
    #[command(subcommand)]
    pub history: Option<PositionsSub>,

    /// Only these instruments (at most 10), e.g. BTC-USDT-SWAP
    #[arg(value_name = "INST_ID", value_parser = parse::inst_id())]
    pub inst_ids: Vec<InstId>,

    /// Only this instrument type: SWAP, FUTURES, OPTION or MARGIN
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::position_type())]
    pub inst_type: Option<InstType>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum PositionsSub {
    /// Closed and partly closed positions of the last 3 months, oldest first, all pages
    #[command(
        long_about = "Closed and partly closed positions of the last 3 months (all OKX keeps), \
            oldest first by last update (uTime), every page (100 a page, walked back with the \
            uTime cursor). Each row: instrument, direction, margin mode, leverage, how it ended \
            (partly closed, closed, liquidated, partly liquidated, ADL), opening and closing \
            average price, largest size, size closed, realized PnL (pnl + fee + funding + \
            liquidation penalty), its ratio, fees and funding. JSON is OKX's items unchanged, \
            oldest first.",
        after_help = "Examples:\n  okx positions history\n  okx positions history BTC-USDT-SWAP --since 7d\n  okx positions history --type SWAP --since 2026-01-01 -o csv"
    )]
    History(PositionsHistoryArgs),
}

#[derive(Debug, Args)]
pub(crate) struct PositionsHistoryArgs {
    /// Only this instrument
    #[arg(value_name = "INST_ID", value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this instrument type: SWAP, FUTURES, OPTION or MARGIN
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::position_type())]
    pub inst_type: Option<InstType>,

    /// Only this margin mode
    #[arg(long, value_enum, value_name = "MODE")]
    pub mgn_mode: Option<MgnMode>,

    /// Only positions updated at or after this time: RFC 3339, a date, epoch ms, or a span
    /// back from now (7d) [default: everything OKX keeps, 3 months]
    #[arg(long, value_name = "TIME", value_parser = parse::time(), allow_hyphen_values = true)]
    pub since: Option<TimeSpec>,

    /// Only positions updated at or before this time [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse::time(), allow_hyphen_values = true)]
    pub until: Option<TimeSpec>,
}
