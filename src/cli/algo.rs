//! `okx algo place|list|get|cancel|amend|history`: OKX's algo orders (stop-loss, take-profit,
//! OCO, trigger and trailing stops). Prices and sizes stay text until the order core checks them.

use clap::{ArgGroup, Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
pub(crate) use crate::exchange::order::algo::{AdvanceOrdType, AlgoKind};
use crate::exchange::order::{PosSide, Side, TdMode, TriggerType};
use crate::validate::TimeSpec;

#[derive(Debug, Subcommand)]
pub(crate) enum AlgoCommand {
    /// Place a stop-loss, take-profit, OCO, trigger or trailing-stop order; checked first,
    /// never sent twice
    #[command(
        long_about = "Place an algo order (POST /api/v5/trade/order-algo). One of:\n  \
            --sl-trigger PX and/or --tp-trigger PX: a stop-loss and/or take-profit (conditional \
            with one leg, oco with both: okx never sends a net-mode conditional with both legs, \
            whose take-profit OKX ignores); no --sl-price/--tp-price means a market order;\n  \
            --trigger PX [--price PX [--then ioc|fok]]: a trigger (stop-entry) order, at the \
            market without --price; with --then, the order it places at --price is \
            immediate-or-cancel or fill-or-kill (OKX's advanceOrdType) instead of a resting limit;\n  \
            --trailing RATIO (0.01 = 1%) or --trailing-spread AMOUNT [--active-price PX]: a \
            trailing stop.\n\n\
            Checked before sending (exit 2, nothing sent): a leg the price has already reached \
            (it would trigger at once) is refused with the numbers unless --force; the trailing \
            callback within OKX's range; --close-position only for swap and futures TP/SL at the \
            market, reduce-only in net mode, on the side that closes the position, one per \
            position; sizes against the instrument's lot, minimum and maxStopSz/maxTriggerSz. \
            In net mode a stop without --reduce-only larger than the position it closes can \
            open or flip one when it fires: okx warns before sending.\n\n\
            An algoClOrdId is always sent (generated when --algo-cl-ord-id is absent). If the \
            answer is lost, okx never resends: it looks the algo order up by algoClOrdId and \
            reports placed (exit 0) or unknown (exit 7, with the command to check): OKX honours \
            no deadline on algo orders, so an absence is never taken for 'not placed'.",
        after_help = "Examples:\n  \
            okx algo place BTC-USDT-SWAP sell 1 --td-mode cross --reduce-only --sl-trigger 60000 --tp-trigger 72000\n  \
            okx algo place BTC-USDT-SWAP sell --close-position --td-mode cross --reduce-only --sl-trigger 60000\n  \
            okx algo place BTC-USDT-SWAP buy 1 --td-mode cross --trigger 68000           # stop entry at the market\n  \
            okx algo place BTC-USDT-SWAP buy 1 --td-mode cross --trigger 68000 --price 68050 --then ioc\n  \
            okx algo place BTC-USDT-SWAP sell 1 --td-mode cross --reduce-only --trailing 0.02\n  \
            okx algo place BTC-USDT sell 0.01 --td-mode cash --sl-trigger 58000 --sl-price 57900"
    )]
    Place(AlgoPlaceArgs),

    /// Pending algo orders (all types unless --kind; all pages)
    List(AlgoListArgs),

    /// One algo order's details, by --algo-id or --algo-cl-ord-id
    Get(AlgoIdArgs),

    /// Cancel an algo order
    Cancel(AlgoCancelArgs),

    /// Change a conditional (one-leg TP/SL) or trigger order; OKX amends no other type. The new
    /// values are checked as a placement's; a net-mode stop keeps one leg
    Amend(AlgoAmendArgs),

    /// Finished algo orders: triggered (effective), canceled or failed, all pages
    History(AlgoHistoryArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["sl_trigger", "tp_trigger", "trigger", "trailing", "trailing_spread"]).multiple(true)))]
#[command(group(ArgGroup::new("amount").required(true).args(["size", "close_position"])))]
pub(crate) struct AlgoPlaceArgs {
    /// Instrument ID, e.g. BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// buy or sell (a stop protecting a long sells)
    #[arg(value_enum)]
    pub side: Side,

    /// Spot: base currency; swaps and futures: contracts
    #[arg(allow_hyphen_values = true)]
    pub size: Option<String>,

    /// Close the whole position when triggered (swap and futures TP/SL at the market)
    #[arg(long)]
    pub close_position: bool,

    /// Trade mode: cash (spot), cross or isolated
    #[arg(long, value_enum)]
    pub td_mode: TdMode,

    /// Long/short position mode: the position it is for
    #[arg(long, value_enum)]
    pub pos_side: Option<PosSide>,

    /// Only reduce the position (net position mode)
    #[arg(long)]
    pub reduce_only: bool,

    /// The price the TP/SL or trigger watches (not trailing stops) [default: last]
    #[arg(long, value_enum, value_name = "PRICE")]
    pub trigger_type: Option<TriggerType>,

    /// Stop-loss trigger price
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub sl_trigger: Option<String>,

    /// The stop-loss's limit price (-1: market) [default: market]
    #[arg(
        long,
        value_name = "PX",
        requires = "sl_trigger",
        allow_hyphen_values = true
    )]
    pub sl_price: Option<String>,

    /// Take-profit trigger price
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub tp_trigger: Option<String>,

    /// The take-profit's limit price (-1: market) [default: market]
    #[arg(
        long,
        value_name = "PX",
        requires = "tp_trigger",
        allow_hyphen_values = true
    )]
    pub tp_price: Option<String>,

    /// Trigger (stop-entry) price
    #[arg(long, value_name = "PX", allow_hyphen_values = true, conflicts_with_all = ["sl_trigger", "tp_trigger", "trailing", "trailing_spread"])]
    pub trigger: Option<String>,

    /// The trigger order's limit price (-1: market) [default: market]
    #[arg(
        long,
        value_name = "PX",
        requires = "trigger",
        allow_hyphen_values = true
    )]
    pub price: Option<String>,

    /// What the trigger order places at --price: ioc (immediate-or-cancel) or fok
    /// (fill-or-kill) [default: a limit order that rests]
    #[arg(long, value_enum, value_name = "TYPE", requires = "trigger")]
    pub then: Option<AdvanceOrdType>,

    /// Trailing stop: callback ratio (0.01 = 1%)
    #[arg(long, value_name = "RATIO", allow_hyphen_values = true, conflicts_with_all = ["sl_trigger", "tp_trigger", "trailing_spread"])]
    pub trailing: Option<String>,

    /// Trailing stop: callback distance in the price currency
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true, conflicts_with_all = ["sl_trigger", "tp_trigger"])]
    pub trailing_spread: Option<String>,

    /// Trailing stop: start tracking when the price reaches this [default: at once]
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub active_price: Option<String>,

    /// Client algo order ID, 1-32 letters and digits [default: generated and printed]
    #[arg(long, value_name = "ID")]
    pub algo_cl_ord_id: Option<String>,

    /// Order tag (OKX's tag), 1-16 letters and digits
    #[arg(long)]
    pub tag: Option<String>,

    /// Send a leg the price has already reached (it triggers at once)
    #[arg(long)]
    pub force: bool,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct AlgoListArgs {
    /// Only this instrument
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this instrument type (SPOT, SWAP, FUTURES, MARGIN)
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,

    /// Only this kind
    #[arg(long, value_enum)]
    pub kind: Option<AlgoKind>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("id").required(true).args(["algo_id", "algo_cl_ord_id"])))]
pub(crate) struct AlgoIdArgs {
    /// OKX's algo order ID
    #[arg(long, value_name = "ID")]
    pub algo_id: Option<String>,

    /// The client algo order ID
    #[arg(long, value_name = "ID")]
    pub algo_cl_ord_id: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct AlgoCancelArgs {
    /// Instrument ID
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    #[command(flatten)]
    pub id: AlgoIdArgs,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("change").required(true).args(["size", "sl_trigger", "sl_price", "tp_trigger", "tp_price", "trigger", "price"]).multiple(true)))]
pub(crate) struct AlgoAmendArgs {
    /// Instrument ID
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    #[command(flatten)]
    pub id: AlgoIdArgs,

    /// New size
    #[arg(long, allow_hyphen_values = true)]
    pub size: Option<String>,

    /// New stop-loss trigger price (0 removes the stop-loss)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub sl_trigger: Option<String>,

    /// New stop-loss limit price (-1: market)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub sl_price: Option<String>,

    /// New take-profit trigger price (0 removes the take-profit)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub tp_trigger: Option<String>,

    /// New take-profit limit price (-1: market)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub tp_price: Option<String>,

    /// New trigger price of a trigger order
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub trigger: Option<String>,

    /// New order price of a trigger order (-1: market) [default: unchanged]
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub price: Option<String>,

    /// Send a new trigger the price has already reached (it triggers at once)
    #[arg(long)]
    pub force: bool,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct AlgoHistoryArgs {
    /// Only this instrument
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this kind
    #[arg(long, value_enum)]
    pub kind: Option<AlgoKind>,

    /// Only algo orders created since then (a date, a time or a duration such as 7d; OKX keeps
    /// 3 months)
    #[arg(long, value_name = "T", value_parser = parse::time())]
    pub since: Option<TimeSpec>,
}
