//! `okx margin add|reduce`: order-changing, through the order core.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::InstId;
use crate::exchange::order::PosSide;

// The part of both commands' help that is the same, as a literal for `concat!`.
macro_rules! how {
    () => {
        "The position must be an open isolated position of a swap or future; in \
    long/short mode --pos-side names it (and is refused in net mode). AMOUNT is in the \
    position's margin currency: USDT for a USDT-margined contract, the coin for an inverse one \
    (BTC for BTC-USD-SWAP). Sent once: OKX's margin-balance takes no client ID and no deadline, \
    so it is not safe to repeat. If the answer is lost, okx reads the position's margin back: \
    moved by exactly AMOUNT is done; otherwise the outcome is unknown (exit 7), since OKX may \
    still apply the request, and okx names the command to check with."
    };
}

#[derive(Debug, Subcommand)]
pub(crate) enum MarginCommand {
    /// Add margin to an isolated swap or futures position (sent once)
    #[command(
        long_about = concat!(
            "Add margin to an isolated position (POST /api/v5/account/position/margin-balance, \
             type add), lowering its leverage. ",
            how!()
        ),
        after_help = "Examples:\n  okx margin add BTC-USDT-SWAP 50\n  \
            okx margin add BTC-USD-SWAP 0.002 --pos-side long\n  \
            okx margin add ETH-USDT-SWAP 20 --dry-run"
    )]
    Add(MarginArgs),

    /// Take margin from an isolated swap or futures position (sent once)
    #[command(
        long_about = concat!(
            "Take margin from an isolated position (POST \
             /api/v5/account/position/margin-balance, type reduce), raising its leverage. An \
             amount as large as the position's margin is refused before sending; OKX refuses \
             one that leaves less than the position must keep (59301). ",
            how!()
        ),
        after_help = "Examples:\n  okx margin reduce BTC-USDT-SWAP 25\n  \
            okx margin reduce ETH-USDT-SWAP 10 --pos-side short"
    )]
    Reduce(MarginArgs),
}

#[derive(Debug, Args)]
pub(crate) struct MarginArgs {
    /// A SWAP or FUTURES instrument ID, e.g. BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// The amount, in the position's margin currency (USDT, or the coin for inverse contracts)
    #[arg(value_name = "AMOUNT", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub amount: rust_decimal::Decimal,

    /// The position, in long/short position mode
    #[arg(long, value_enum)]
    pub pos_side: Option<PosSide>,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}
