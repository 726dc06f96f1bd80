//! `okx position close`: order-changing, through the order core.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::InstId;
use crate::exchange::order::PosSide;
use crate::exchange::position::MgnMode;

#[derive(Debug, Subcommand)]
pub(crate) enum PositionCommand {
    /// Close a position at the market (OKX's close-position), sent once
    #[command(
        long_about = "Close a whole position at the market through OKX's close-position, sent \
            once with a client order ID. The position must exist; in long/short mode --pos-side \
            names it. Without --mgn-mode, the margin mode of the open position is used (asked \
            for when both a cross and an isolated position are open). Every answer is checked by \
            looking for the closing order and the position: closed (exit 0), or unknown (exit 7, \
            with the command to check) when neither shows it yet: close-position has no \
            deadline, so OKX may still apply a close it has not shown.",
        after_help = "Examples:\n  okx position close BTC-USDT-SWAP\n  \
            okx position close ETH-USDT-SWAP --pos-side short --mgn-mode isolated\n  \
            okx position close BTC-USDT-SWAP --cancel-pending --dry-run"
    )]
    Close(CloseArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CloseArgs {
    /// A SWAP or FUTURES instrument ID, e.g. BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// The position to close, in long/short position mode
    #[arg(long, value_enum)]
    pub pos_side: Option<PosSide>,

    /// The position's margin mode [default: the open position's]
    #[arg(long, value_enum, value_name = "MODE")]
    pub mgn_mode: Option<MgnMode>,

    /// Cancel the position's pending close orders first (OKX's autoCxl; without it OKX refuses
    /// while they exist)
    #[arg(long)]
    pub cancel_pending: bool,

    /// Client order ID of the closing order, 1-32 letters and digits [default: generated]
    #[arg(long, value_name = "ID")]
    pub cl_ord_id: Option<String>,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}
