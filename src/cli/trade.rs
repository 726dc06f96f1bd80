//! `okx order place|cancel|amend|list|get|history`. Price and size stay text here: money is checked
//! as decimal text by the order core (`validate::decimal`), never parsed as a float.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
use crate::exchange::order::MAX_EXPIRE_SECS;
pub(crate) use crate::exchange::order::{OrdType, PosSide, Side, TdMode, TgtCcy, TriggerType};

/// The currency a derivative order's SIZE is typed in, to be converted to contracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum SizeIn {
    /// The coin (BTC for BTC-USDT-SWAP)
    Base,
    /// The price currency (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)
    Quote,
}

#[derive(Debug, Subcommand)]
pub(crate) enum OrderCommand {
    /// Place an order; checks it against the instrument's rules first, never sends it twice
    #[command(
        long_about = "Place an order. okx checks price and size against the instrument's rules \
            (tickSz, lotSz, minSz, max sizes, state) before sending, and refuses with the nearest \
            valid values; it never rounds. A client order ID is generated when none is given.\n\n\
            If the answer is lost (timeout, dropped connection, HTTP 5xx, OKX 50004/51149), okx never \
            resends: it looks the order up by its client order ID and reports placed (exit 0), not \
            placed (exit 6), or still unknown (exit 7, with the command to check later). The order \
            carries an expTime deadline (--expire), after which OKX will not process it, so \
            'not placed' is definite.",
        after_help = "Examples:\n  \
            okx order place BTC-USDT buy 0.001 --price 42000.1      # limit: 0.001 BTC at 42000.1 USDT\n  \
            okx order place BTC-USDT buy 0.001 --type market        # market: 0.001 BTC\n  \
            okx order place BTC-USDT buy 50 --type market --tgt-ccy quote   # market: spend 50 USDT\n  \
            okx order place ETH-USDT sell 0.5 --price 4200 --type post_only --dry-run\n  \
            okx order place BTC-USDT-SWAP buy 2 --td-mode cross --type market --sl-trigger 60000\n  \
            okx order place BTC-USDT-SWAP buy 0.05 --size-in base --td-mode isolated --price 64000\n  \
            okx order place BTC-USDT-SWAP sell 2 --td-mode cross --pos-side long --type market   # close a long (long/short mode)"
    )]
    Place(PlaceArgs),

    /// Cancel a pending order
    Cancel(CancelArgs),

    /// Change a pending order's price and/or size; checked like a new order, sent once
    #[command(
        long_about = "Change a pending order's price and/or size. okx looks the order up first (it \
            must be live or partially filled) and checks the new values against the instrument's \
            rules with the order's type; a new SIZE is the order's new total, filled part \
            included, and must exceed what has filled. The amend is sent once, with a generated \
            reqId and an expTime deadline (--expire).\n\n\
            If the answer is lost, okx never resends: it looks the order up and reports amended \
            (exit 0, the order shows the new values), not amended (exit 6, the old values still \
            there after the deadline, past which OKX does not process it), or unknown (exit 7, \
            with the command to check).",
        after_help = "Examples:\n  \
            okx order amend BTC-USDT --ord-id 700000000000000001 --price 41000.5\n  \
            okx order amend BTC-USDT-SWAP --cl-ord-id grid7 --price 63000 --size 3\n  \
            okx order amend ETH-USDT --ord-id 700000000000000002 --size 0.2 --cancel-on-fail"
    )]
    Amend(AmendArgs),

    /// Place, cancel or amend many orders from a file of NDJSON or CSV rows, in OKX's batches
    /// of 20. Every row is checked before anything is sent; one bad row refuses the file.
    Batch(BatchArgs),

    /// Cancel every pending order (of an instrument or type), then check that none is left
    #[command(
        long_about = "Cancel every pending order of the account, of one instrument type, or of \
            one instrument. OKX has no cancel-all for ordinary orders, so okx lists every pending \
            order (all pages), cancels them in OKX's batches of 20 (paced under 300 orders per 2 s \
            per instrument), then lists again and cancels what is still there (OKX cancels \
            asynchronously, and a bot may place more meanwhile), up to 4 rounds. One result per \
            order goes to stdout, counts to stderr. Exit 0 only when the last listing is empty; \
            10 when orders are left, naming them.\n\n\
            On a terminal it asks for confirmation first, naming how many orders on which \
            instruments; without a terminal (a script, a pipe) it needs --yes and otherwise sends \
            nothing.",
        after_help = "Examples:\n  \
            okx order cancel-all                          # every pending order, asks first\n  \
            okx order cancel-all BTC-USDT-SWAP --yes      # one instrument, no question\n  \
            okx order cancel-all --type SPOT --yes -o ndjson"
    )]
    CancelAll(CancelAllArgs),

    /// Pending orders (all pages)
    List(ListArgs),

    /// One order's details and state
    Get(GetArgs),

    /// Completed orders of the last 7 days (all pages)
    History(HistoryArgs),
}

#[derive(Debug, Args)]
pub(crate) struct PlaceArgs {
    /// Instrument ID, e.g. BTC-USDT
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// buy or sell
    #[arg(value_enum)]
    pub side: Side,

    /// Spot: amount in the BASE currency (BTC in BTC-USDT), or the QUOTE currency for a market
    /// order with --tgt-ccy quote. Swaps, futures, options: CONTRACTS (or see --size-in)
    #[arg(allow_hyphen_values = true)]
    pub size: String,

    /// Limit price in the quote currency; a price without --type means a limit order
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub price: Option<String>,

    /// Order type [default: limit when --price is given]
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub ord_type: Option<OrdType>,

    /// Trade mode: cash for spot without margin; cross or isolated margin. Required for swaps
    /// and futures [default: cash for spot]
    #[arg(long, value_enum)]
    pub td_mode: Option<TdMode>,

    /// Swaps and futures in long/short position mode: the position the order is for (buy
    /// --pos-side long opens a long, sell --pos-side long closes it)
    #[arg(long, value_enum)]
    pub pos_side: Option<PosSide>,

    /// Only reduce the position (net position mode), checked against it before sending
    #[arg(long)]
    pub reduce_only: bool,

    /// Swaps and futures: SIZE is in this currency, converted to contracts exactly (refused
    /// when it is not a whole number of lots)
    #[arg(long, value_enum, value_name = "CCY")]
    pub size_in: Option<SizeIn>,

    /// Attach a take-profit triggered at this price (swaps and futures)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub tp_trigger: Option<String>,

    /// The take-profit's limit price [default: a market order]
    #[arg(
        long,
        value_name = "PX",
        requires = "tp_trigger",
        allow_hyphen_values = true
    )]
    pub tp_price: Option<String>,

    /// Attach a stop-loss triggered at this price (swaps and futures)
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub sl_trigger: Option<String>,

    /// The stop-loss's limit price [default: a market order]
    #[arg(
        long,
        value_name = "PX",
        requires = "sl_trigger",
        allow_hyphen_values = true
    )]
    pub sl_price: Option<String>,

    /// The price the take-profit and stop-loss triggers watch [default: last]
    #[arg(long, value_enum, value_name = "PRICE")]
    pub trigger_type: Option<TriggerType>,

    /// Unit of SIZE for a market order [default: base]. okx always sends it: OKX's own default
    /// for a market BUY is the quote currency
    #[arg(long, value_enum)]
    pub tgt_ccy: Option<TgtCcy>,

    /// Client order ID, 1-32 letters and digits [default: generated and printed]
    #[arg(long, value_name = "ID")]
    pub cl_ord_id: Option<String>,

    /// Order tag, 1-16 letters and digits
    #[arg(long)]
    pub tag: Option<String>,

    /// OKX discards the order if it has not processed it within this long (expTime): seconds
    /// (10) or a duration (1m), at most 2m
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "10",
        value_parser = parse::duration(Duration::from_secs(1), Duration::from_secs(MAX_EXPIRE_SECS)),
        allow_hyphen_values = true
    )]
    pub expire: Duration,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("id").required(true).args(["ord_id", "cl_ord_id"])))]
pub(crate) struct OrderIdArgs {
    /// Instrument ID, e.g. BTC-USDT
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// OKX's order ID
    #[arg(long, value_name = "ID")]
    pub ord_id: Option<String>,

    /// Your client order ID
    #[arg(long, value_name = "ID")]
    pub cl_ord_id: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct CancelArgs {
    #[command(flatten)]
    pub order: OrderIdArgs,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["price", "size"])))]
pub(crate) struct AmendArgs {
    #[command(flatten)]
    pub order: OrderIdArgs,

    /// The new limit price
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub price: Option<String>,

    /// The new total size, filled part included (spot: base currency; swaps, futures,
    /// options: contracts)
    #[arg(long, value_name = "SZ", allow_hyphen_values = true)]
    pub size: Option<String>,

    /// Have OKX cancel the order if the amend fails (cxlOnFail)
    #[arg(long)]
    pub cancel_on_fail: bool,

    /// OKX discards the amend if it has not processed it within this long (expTime): seconds
    /// (10) or a duration (1m), at most 2m
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "10",
        value_parser = parse::duration(Duration::from_secs(1), Duration::from_secs(MAX_EXPIRE_SECS)),
        allow_hyphen_values = true
    )]
    pub expire: Duration,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct GetArgs {
    #[command(flatten)]
    pub order: OrderIdArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// Only this instrument
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this instrument type
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,
}

#[derive(Debug, Args)]
pub(crate) struct HistoryArgs {
    /// Only this instrument
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Instrument type [default: SPOT, or the ID's type]
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,

    /// Every order created in a range of the last 3 months, oldest first (past 7 days from
    /// /trade/orders-history-archive): RFC 3339, a date, epoch ms, or a span back (90d)
    #[arg(
        long,
        value_name = "TIME",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub since: Option<crate::validate::TimeSpec>,

    /// End of the range, included, in the same forms [default: now]
    #[arg(
        long,
        value_name = "TIME",
        requires = "since",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub until: Option<crate::validate::TimeSpec>,
}

#[derive(Debug, Args)]
pub(crate) struct CancelAllArgs {
    /// Only this instrument
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this instrument type (SPOT, MARGIN, SWAP, FUTURES, OPTION)
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,

    /// Do not ask: needed when not on a terminal
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum BatchAction {
    Place,
    Cancel,
    Amend,
}

#[derive(Debug, Args)]
pub(crate) struct BatchArgs {
    /// place, cancel or amend.
    #[arg(value_enum)]
    pub action: BatchAction,

    /// The rows: NDJSON (one JSON object a line) or CSV with a header row naming the fields
    /// (instId, side, sz, px, ordType, tdMode, posSide, reduceOnly, clOrdId, tag, tgtCcy; ordId
    /// or clOrdId for cancel; newPx, newSz, cxlOnFail for amend). `-` reads stdin.
    pub file: String,

    /// How long OKX may hold each batch before processing it (expTime).
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "10",
        value_parser = parse::duration(Duration::from_secs(1), Duration::from_secs(MAX_EXPIRE_SECS)),
        allow_hyphen_values = true
    )]
    pub expire: Duration,
}
