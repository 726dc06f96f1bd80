//! `okx mark` and `okx open-interest`: derivatives prices and positions outstanding. Their
//! variants are flattened into the top-level command.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};

#[derive(Debug, Subcommand)]
pub(crate) enum MarkCommand {
    /// Mark price, index price, price-limit band and (swaps) funding of derivatives
    #[command(
        long_about = "Mark price, index price and the price-limit band (the highest price a buy \
            and the lowest price a sell may have now) of swaps, futures and options, and for \
            swaps the current funding rate and the next funding time. The index is the \
            instrument's underlying (its uly, e.g. BTC-USD for BTC-USD-SWAP).\n\n\
            JSON: one object per instrument, {\"instId\", \"mark\", \"index\", \"priceLimit\", \
            \"funding\"}, each holding OKX's item unchanged (\"funding\" for swaps only).",
        after_help = "Examples:\n  okx mark BTC-USDT-SWAP BTC-USD-SWAP\n  okx mark BTC-USDT-SWAP --json | jq -r '.[0].mark.markPx'"
    )]
    Mark(MarkArgs),

    /// Open interest of swaps, futures and options: contracts, coin and USD
    #[command(
        after_help = "Examples:\n  okx open-interest BTC-USDT-SWAP\n  okx open-interest --type SWAP\n  okx open-interest --type OPTION --inst-family BTC-USD"
    )]
    OpenInterest(OpenInterestArgs),
}

#[derive(Debug, Args)]
pub(crate) struct MarkArgs {
    /// Swap, future or option IDs, e.g. BTC-USDT-SWAP BTC-USD-SWAP
    #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
    pub inst_ids: Vec<InstId>,
}

#[derive(Debug, Args)]
pub(crate) struct OpenInterestArgs {
    /// Swap, future or option IDs, e.g. BTC-USDT-SWAP
    #[arg(
        value_name = "INST_ID",
        required_unless_present = "inst_type",
        value_parser = parse::inst_id()
    )]
    pub inst_ids: Vec<InstId>,

    /// Every instrument of this type: SWAP, FUTURES or OPTION
    #[arg(
        long = "type",
        value_name = "TYPE",
        conflicts_with = "inst_ids",
        value_parser = parse::inst_type()
    )]
    pub inst_type: Option<InstType>,

    /// Instrument family, e.g. BTC-USD (required for options, as OKX requires it)
    #[arg(long, value_name = "FAMILY", value_parser = parse::inst_id())]
    pub inst_family: Option<InstId>,
}
