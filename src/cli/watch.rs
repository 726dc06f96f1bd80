//! `okx watch ticker|book|trades|mark-price|candles|funding-rate|orders|algo-orders|positions|
//! balance-position|account`, and the flags
//! every stream takes.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
use crate::validate::Bar;

#[derive(Debug, Args)]
pub(crate) struct WatchArgs {
    #[command(subcommand)]
    pub what: WatchWhat,

    /// Stop after N data messages
    #[arg(
        long,
        value_name = "N",
        global = true,
        value_parser = parse::count(u64::MAX),
        allow_hyphen_values = true
    )]
    pub count: Option<u64>,

    /// Stop after this long: seconds (90) or a duration (30s, 5m, 2h, 2d)
    #[arg(
        long,
        value_name = "DURATION",
        global = true,
        value_parser = parse::duration(Duration::from_millis(1), Duration::MAX),
        allow_hyphen_values = true
    )]
    pub duration: Option<Duration>,

    /// Send a ping after this long without a message (OKX drops a connection silent for 30 s);
    /// reconnect if no pong comes within it: seconds (20) or a duration, 1s to 25s
    #[arg(
        long,
        value_name = "DURATION",
        global = true,
        default_value = "20",
        value_parser = parse::duration(Duration::from_secs(1), Duration::from_secs(25)),
        allow_hyphen_values = true
    )]
    pub ping_interval: Duration,
}

#[derive(Debug, Subcommand)]
pub(crate) enum WatchWhat {
    /// Tickers: last price, best bid/ask, 24 h figures
    Ticker {
        #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
        inst_ids: Vec<InstId>,
    },
    /// Order book: 5 levels (snapshots), or the full 400-level book kept in sync
    Book {
        #[arg(value_parser = parse::inst_id())]
        inst_id: InstId,
        /// Levels: 5 (snapshots) or 400 (the full book, kept in sync)
        #[arg(long, default_value = "5", value_parser = parse::stream_depth())]
        depth: u16,
    },
    /// Public trades (taker side)
    Trades {
        #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
        inst_ids: Vec<InstId>,
    },
    /// Mark prices of derivatives (and margin pairs), as they change
    MarkPrice {
        #[arg(value_name = "INST_ID", required = true, value_parser = parse::inst_id())]
        inst_ids: Vec<InstId>,
    },
    /// The forming candle of a bar, as it changes
    Candles {
        #[arg(value_parser = parse::inst_id())]
        inst_id: InstId,
        /// Bar, as for okx candles: 1m, 1H, 1Dutc, …
        #[arg(
            long,
            default_value = "1m",
            value_parser = parse::bar(),
            hide_possible_values = true
        )]
        bar: Bar,
    },
    /// Funding rates of perpetual swaps: predicted rate, settlement time, interval
    FundingRate {
        #[arg(value_name = "INST_ID", required = true, value_parser = parse::swap_id())]
        inst_ids: Vec<InstId>,
    },
    /// Your orders as they change (needs credentials)
    Orders {
        /// Only this instrument
        #[arg(value_parser = parse::inst_id())]
        inst_id: Option<InstId>,
        // `None` is ANY. The full path keeps clap from reading `Option` as "may be absent".
        /// Only this instrument type, or ANY
        #[arg(
            long = "type",
            value_name = "TYPE",
            default_value = "ANY",
            value_parser = parse::inst_type_or_any()
        )]
        inst_type: ::std::option::Option<InstType>,
    },
    /// Your algo orders (stops, take-profits, OCO, trigger orders) as they are placed, amended,
    /// canceled or triggered (needs credentials)
    #[command(
        long_about = "Your algo orders as they change: OKX's orders-algo channel, on its business \
            WebSocket endpoint (/ws/v5/business) after a login. It covers conditional (TP/SL), \
            oco and trigger orders (OKX pushes trailing stops on another channel) and sends no \
            snapshot: only changes are shown; okx algo list shows what is pending."
    )]
    AlgoOrders {
        /// Only this instrument
        #[arg(value_parser = parse::inst_id())]
        inst_id: Option<InstId>,
        /// Only this instrument type (SPOT, MARGIN, SWAP, FUTURES), or ANY
        #[arg(
            long = "type",
            value_name = "TYPE",
            default_value = "ANY",
            value_parser = parse::inst_type_or_any()
        )]
        inst_type: ::std::option::Option<InstType>,
    },
    /// Your positions as they change, with mark price and PnL (needs credentials)
    Positions {
        /// Only this instrument
        #[arg(value_parser = parse::inst_id())]
        inst_id: Option<InstId>,
        /// Only this instrument type (SWAP, FUTURES, OPTION, MARGIN), or ANY
        #[arg(
            long = "type",
            value_name = "TYPE",
            default_value = "ANY",
            value_parser = parse::inst_type_or_any()
        )]
        inst_type: ::std::option::Option<InstType>,
        /// Only pushes caused by events (fills, liquidations, …): no regular push every ~5 s
        #[arg(long)]
        events_only: bool,
    },
    /// Balance and position changes together, as events (needs credentials)
    BalancePosition,
    /// Your account balances as they change (needs credentials)
    Account {
        /// Only this currency
        #[arg(long)]
        ccy: Option<String>,
    },
}
