//! `okx account`, `okx leverage`, `okx max-size` and `okx fees`: what the account allows, read
//! only. Their variants are flattened into the top-level command.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
use crate::exchange::order::TdMode;
use crate::exchange::position::MgnMode;

#[derive(Debug, Subcommand)]
pub(crate) enum AccountInfoCommand {
    /// The account's mode, position mode, and this API key's permissions and bound IP
    #[command(
        long_about = "The account's configuration (GET /api/v5/account/config): account mode in \
            words (spot, futures, multi-currency margin, portfolio margin), position mode (net \
            or long/short), this API key's label, permissions and bound IP addresses (a key \
            bound to no IP is said to be one, as it is a risk), the user ID (and the main \
            account's, for a sub-account) and the fee level. JSON is OKX's item unchanged.",
        after_help = "Examples:\n  okx account\n  okx account --json | jq -r '.[0].posMode'"
    )]
    Account(AccountArgs),

    /// Leverage of swaps, futures and margin pairs, per margin mode and side
    #[command(
        long_about = "Leverage (GET /api/v5/account/leverage-info) of up to 20 instruments: per \
            margin mode, and per side in long/short mode (OKX answers both sides). Without \
            --mgn-mode both cross and isolated are shown (two requests). JSON is OKX's items \
            unchanged: cross first, then isolated.",
        after_help = "Examples:\n  okx leverage BTC-USDT-SWAP\n  okx leverage BTC-USDT-SWAP ETH-USDT-SWAP --mgn-mode isolated"
    )]
    Leverage(LeverageArgs),

    /// The largest order the account can place now, and the balance it may use
    #[command(
        long_about = "The largest buy and sell the account can open now (GET \
            /api/v5/account/max-size) and the available balance or equity an order may use \
            (GET /api/v5/account/max-avail-size), for up to 5 instruments of one type. \
            Derivatives: maximum sizes in contracts, available amounts in the settlement \
            currency. Spot and margin: max buy in the base currency, max sell in the quote \
            currency; available buy in the quote currency, available sell in the base currency. \
            OKX sizes a swap or future at its current limit price unless --price is given.\n\n\
            JSON: one object per instrument, {\"instId\", \"maxSize\", \"maxAvailSize\"}, each \
            OKX's item unchanged.",
        after_help = "Examples:\n  okx max-size BTC-USDT-SWAP --td-mode cross\n  okx max-size BTC-USDT-SWAP --td-mode isolated --price 80000\n  okx max-size BTC-USDT --td-mode cash"
    )]
    MaxSize(MaxSizeArgs),

    /// Your trading fee rates, as charges or rebates
    #[command(
        long_about = "Your fee rates (GET /api/v5/account/trade-fee) for an instrument type, or \
            the type and family (derivatives) or pair (spot) of an instrument ID. Shown in \
            percent and in words: OKX writes maker/taker rates negative for a charge and \
            positive for a rebate, and delivery/exercise fees positive for a charge; okx says \
            \"0.02% charge\" or \"0.005% rebate\". JSON is OKX's item unchanged (OKX's signs).",
        after_help = "Examples:\n  okx fees --type SWAP\n  okx fees BTC-USDT-SWAP\n  okx fees BTC-USDT"
    )]
    Fees(FeesArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AccountArgs {
    #[command(subcommand)]
    pub change: Option<AccountChange>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AccountChange {
    /// Switch the position mode of swaps and futures: net or long/short
    #[command(
        long_about = "Switch the position mode (POST /api/v5/account/set-position-mode): net \
            (one position per instrument, its size signed) or long-short (a long and a short \
            position per instrument, orders name theirs with --pos-side). OKX allows it only \
            with no open positions and no pending orders (59000 otherwise). Nothing is sent \
            when the account is in the mode already. Sent once; a lost answer is settled by \
            reading the mode back.",
        after_help = "Examples:\n  okx account set-position-mode long-short\n  okx account set-position-mode net --dry-run"
    )]
    SetPositionMode(SetPositionModeArgs),
}

/// The position modes, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PositionModeArg {
    Net,
    #[value(name = "long-short", alias = "long_short")]
    LongShort,
}

#[derive(Debug, Args)]
pub(crate) struct SetPositionModeArgs {
    /// net or long-short
    #[arg(value_enum)]
    pub mode: PositionModeArg,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub(crate) struct LeverageArgs {
    #[command(subcommand)]
    pub change: Option<LeverageChange>,

    /// Swap, future or margin-pair IDs (at most 20), e.g. BTC-USDT-SWAP
    #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
    pub inst_ids: Vec<InstId>,

    /// Only this margin mode [default: both]
    #[arg(long, value_enum, value_name = "MODE")]
    pub mgn_mode: Option<MgnMode>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum LeverageChange {
    /// Set the leverage of an instrument and margin mode (sent once)
    #[command(
        long_about = "Set leverage (POST /api/v5/account/set-leverage) for an instrument and \
            margin mode. --pos-side is required for isolated margin in long/short position mode \
            and refused everywhere else (OKX's rule, checked before sending). Sent once; a lost \
            answer is settled by reading the leverage back.",
        after_help = "Examples:\n  okx leverage set BTC-USDT-SWAP 5 --mgn-mode cross\n  \
            okx leverage set ETH-USDT-SWAP 3 --mgn-mode isolated --pos-side long"
    )]
    Set(LeverageSetArgs),
}

#[derive(Debug, Args)]
pub(crate) struct LeverageSetArgs {
    /// A swap, future or margin-pair ID, e.g. BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// The leverage, 1 or more (at most the instrument's maximum)
    #[arg(value_name = "LEVER", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub lever: rust_decimal::Decimal,

    /// The margin mode it is for
    #[arg(long, value_enum, value_name = "MODE", required = true)]
    pub mgn_mode: MgnMode,

    /// The side, for isolated margin in long/short position mode
    #[arg(long, value_enum)]
    pub pos_side: Option<crate::exchange::order::PosSide>,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct MaxSizeArgs {
    /// Instrument IDs of one type (at most 5), e.g. BTC-USDT-SWAP
    #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
    pub inst_ids: Vec<InstId>,

    /// Trade mode the order would use: cross or isolated for derivatives and margin, cash for
    /// spot without margin
    #[arg(long, value_enum, value_name = "MODE", required = true)]
    pub td_mode: TdMode,

    /// Size the order at this price (one instrument only) [default: OKX's current limit price
    /// for swaps and futures, the last price otherwise]
    #[arg(long, value_name = "PX", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub price: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Args)]
pub(crate) struct FeesArgs {
    /// An instrument: the fees of its pair (spot, margin) or its family (derivatives)
    #[arg(value_name = "INST_ID", value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Instrument type: SPOT, MARGIN, SWAP, FUTURES or OPTION [default: the ID's]
    #[arg(
        long = "type",
        value_name = "TYPE",
        required_unless_present = "inst_id",
        value_parser = parse::inst_type()
    )]
    pub inst_type: Option<InstType>,
}
