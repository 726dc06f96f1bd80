//! The command-line grammar as clap types, and nothing else: no I/O. One file per command group,
//! mirroring `commands/`; `parse` holds the value parsers, so numbers, durations, times,
//! instrument IDs, types and bars arrive typed and checked. Help, completions, the man page and
//! the README's usage all come from this one definition.

mod account;
mod account_info;
pub(crate) mod algo;
mod api;
mod asset;
mod candles;
mod deadman;
mod funding;
mod margin;
mod mark;
mod market;
mod meta;
pub(crate) mod parse;
mod position;
mod positions;
mod sign;
mod statements;
mod trade;
mod trades;
mod watch;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

pub(crate) use self::account::{AccountCommand, BalanceArgs};
pub(crate) use self::account_info::{
    AccountArgs, AccountChange, AccountInfoCommand, FeesArgs, LeverageArgs, LeverageChange,
    LeverageSetArgs, MaxSizeArgs, PositionModeArg,
};
pub(crate) use self::api::ApiArgs;
pub(crate) use self::asset::{
    AssetBalanceArgs, AssetCommand, AssetSub, DepositAddressArgs, DepositSub, MoneyHistoryArgs,
    TransferArgs, WithdrawalSub,
};
pub(crate) use self::candles::{CandlePrice, CandlesArgs};
pub(crate) use self::deadman::{Countdown, DeadmanArgs};
pub(crate) use self::funding::{FundingArgs, Perpetual};
pub(crate) use self::margin::{MarginArgs, MarginCommand};
pub(crate) use self::mark::{MarkArgs, MarkCommand, OpenInterestArgs};
pub(crate) use self::market::{
    BookArgs, ContractsArgs, InstrumentsArgs, MarketCommand, TickerArgs,
};
pub(crate) use self::meta::{CompletionsArgs, ErrorsArgs, MetaCommand};
pub(crate) use self::position::{CloseArgs, PositionCommand};
pub(crate) use self::positions::{PositionsArgs, PositionsHistoryArgs, PositionsSub};
pub(crate) use self::sign::SignArgs;
pub(crate) use self::statements::{BillsArgs, FillsArgs};
pub(crate) use self::trade::{
    AmendArgs, BatchAction, BatchArgs, CancelAllArgs, CancelArgs, GetArgs, HistoryArgs, ListArgs,
    OrderCommand, OrderIdArgs, PlaceArgs, SizeIn, TgtCcy,
};
pub(crate) use self::trades::TradesArgs;
pub(crate) use self::watch::{WatchArgs, WatchWhat};
use crate::error::EXIT_CODES_HELP;
use crate::output::Format;

#[derive(Debug, Parser)]
#[command(
    name = "okx",
    version,
    about = "A fast, scriptable command-line client for the OKX v5 API",
    long_about = "A fast, scriptable command-line client for the OKX v5 API.\n\n\
        Credentials come from command-line flags, then the environment, then a .env file \
        (OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, OKX_BASE_URL, OKX_DEMO; see .env.example). \
        Public commands need no credentials.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The bounds of `--timeout` and `OKX_TIMEOUT`.
pub(crate) const MIN_TIMEOUT: Duration = Duration::from_millis(1);
pub(crate) const MAX_TIMEOUT: Duration = Duration::from_secs(3600);

/// Flags every command takes, shown after each command's own under their own heading.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(short, long, value_enum, global = true)]
    pub output: Option<Format>,

    /// Shorthand for --output json
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,

    /// Read settings from this file instead of ./.env
    #[arg(long, value_name = "PATH", global = true)]
    pub env_file: Option<PathBuf>,

    /// API key (overrides OKX_API_KEY). The secret key and passphrase are read only from the
    /// environment or the env file, so they never show in the process list.
    #[arg(long, value_name = "KEY", global = true)]
    pub api_key: Option<String>,

    /// REST base URL (overrides OKX_BASE_URL) [default: https://www.okx.com]
    #[arg(long, value_name = "URL", global = true)]
    pub base_url: Option<String>,

    /// WebSocket base URL (overrides OKX_WS_URL) [default: from the REST host, e.g.
    /// wss://ws.okx.com:8443, or wss://wspap.okx.com:8443 for demo]
    #[arg(long, value_name = "URL", global = true)]
    pub ws_url: Option<String>,

    /// Demo trading: send x-simulated-trading: 1 (overrides OKX_DEMO)
    #[arg(long, global = true, conflicts_with = "live")]
    pub demo: bool,

    /// Live trading even if OKX_DEMO is set
    #[arg(long, global = true)]
    pub live: bool,

    /// Append one JSON line per request to FILE: time, method, path, body, status, OKX code,
    /// ordId/clOrdId, duration; never a credential (overrides OKX_AUDIT_LOG)
    #[arg(long, value_name = "FILE", global = true)]
    pub audit_log: Option<PathBuf>,

    /// How long to wait for each HTTP request (connect and answer): seconds (10, 2.5) or a
    /// duration (500ms, 1m), at most 1h [default: 10, or OKX_TIMEOUT]
    #[arg(
        long,
        value_name = "DURATION",
        global = true,
        value_parser = parse::duration(MIN_TIMEOUT, MAX_TIMEOUT),
        allow_hyphen_values = true
    )]
    pub timeout: Option<Duration>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Show the headers okx would send for a request, explain the prehash, check another signature
    #[command(
        long_about = "Show the exact headers okx would send for a request, signed by the same code \
            the HTTP layer uses. Works offline.\n\n\
            --debug prints the prehash (timestamp | method | path+query | body) with invisible \
            characters made visible, and warns about the mistakes behind most 50113, 50112 and \
            50102 errors. --verify SIG checks a signature made by another program for the same \
            inputs and, when it differs, names the common mistake that reproduces it.",
        after_help = "Examples:\n  \
            okx sign GET '/api/v5/account/balance?ccy=BTC' --timestamp 2020-12-08T09:08:57.715Z --debug\n  \
            okx sign POST /api/v5/trade/order --body '{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"2.15\",\"sz\":\"2\"}'\n  \
            okx sign GET /api/v5/account/balance --timestamp 2020-12-08T09:08:57.715Z --verify 'their-signature='"
    )]
    Sign(SignArgs),

    #[command(flatten)]
    Market(MarketCommand),

    #[command(flatten)]
    Mark(MarkCommand),

    /// Candles (OHLCV), oldest first, any range: pages through OKX's history as needed
    #[command(
        long_about = "Candles (OHLCV), always oldest first. --limit N gives the latest N; --since/--until \
            download every candle in a range (bounds included), across /market/candles and \
            /market/history-candles as needed, paced under OKX's rate limits. CSV, NDJSON and JSON \
            are streamed as pages arrive, so memory stays flat for millions of rows. Missing \
            intervals in OKX's data are reported on stderr.",
        after_help = "Examples:\n  okx candles BTC-USDT --bar 1H --limit 48\n  \
            okx candles ETH-USDT --bar 1m --since 7d -o csv > eth-week.csv\n  \
            okx candles BTC-USDT --bar 1Dutc --since 2024-01-01 --until 2024-12-31"
    )]
    Candles(CandlesArgs),

    /// Public trades, oldest first: the latest (up to 500), or every trade of the last 3 months
    #[command(
        long_about = "Public trades (the taker's side; sz in base currency for spot, contracts for \
            swaps, futures and options), always oldest first. --limit N gives the latest N (at \
            most 500, all /market/trades keeps); --since/--until give every trade in a range \
            (bounds included) from /market/history-trades, which keeps the last 3 months, paced \
            under OKX's rate limits. CSV, NDJSON and JSON are streamed as pages arrive.",
        after_help = "Examples:\n  okx trades BTC-USDT --limit 20\n  \
            okx trades BTC-USDT-SWAP --since 1d -o csv > btc-swap-day.csv\n  \
            okx trades ETH-USDT --since 2026-11-01T00:00:00Z --until 2026-11-01T01:00:00Z -o ndjson"
    )]
    Trades(TradesArgs),

    /// Your fills, oldest first: the latest, or every fill of a range of the last 3 months
    #[command(
        long_about = "Your fills (trade executions), always oldest first. Without --since: the \
            latest 100 (GET /api/v5/trade/fills). With --since/--until: every fill of the range \
            (bounds included), from /trade/fills for the last 3 days and /trade/fills-history \
            for up to 3 months (OKX documents nothing older), merged without duplicates, paced \
            under OKX's rate limits and streamed as pages arrive. JSON and NDJSON rows are OKX's \
            objects unchanged.",
        after_help = "Examples:\n  okx fills\n  okx fills BTC-USDT-SWAP --since 7d\n  \
            okx fills --type SPOT --since 90d -o csv > fills.csv"
    )]
    Fills(FillsArgs),

    /// Your bills (the account's ledger), oldest first: the latest, or a range of 3 months
    #[command(
        long_about = "Your bills: every change of the trading account's balances (trades, fees, \
            funding fees, transfers, interest, liquidations), always oldest first, the type in \
            words. Without --since: the latest 100 (GET /api/v5/account/bills). With \
            --since/--until: every bill of the range (bounds included), from /account/bills for \
            the last 7 days and /account/bills-archive for up to 3 months, merged without \
            duplicates, paced under OKX's rate limits and streamed as pages arrive. A funding \
            fee's amount is in pnl. JSON and NDJSON rows are OKX's objects unchanged.",
        after_help = "Examples:\n  okx bills\n  okx bills --type funding-fee --since 30d\n  \
            okx bills --ccy USDT --since 90d -o csv > ledger.csv"
    )]
    Bills(BillsArgs),

    /// Funding rates of perpetual swaps: current and predicted, or every settlement in a range
    #[command(
        long_about = "Funding rates of perpetual swaps. Without --since: the predicted rate of the \
            coming settlement, its time, the next settlement's time, the interval between them \
            (OKX may change it from 8h to 6h, 4h, 2h or 1h) and the rate annualised over that \
            interval (simple: rate x 365 days / interval, not compounded). With --since/--until: \
            every settlement in the range (bounds included; OKX keeps 3 months), oldest first, \
            with the predicted and the realized rate, streamed as pages arrive; settlements \
            missing from OKX's history are reported on stderr.",
        after_help = "Examples:\n  okx funding BTC-USDT-SWAP ETH-USDT-SWAP\n  \
            okx funding BTC-USDT-SWAP --since 90d -o csv > btc-funding.csv\n  \
            okx funding ETH-USDT-SWAP --since 2026-01-01 --until 2026-02-01 --strict"
    )]
    Funding(FundingArgs),

    #[command(flatten)]
    Account(AccountCommand),

    #[command(flatten)]
    AccountInfo(AccountInfoCommand),

    #[command(flatten)]
    Asset(AssetCommand),

    /// Open positions: side, size in contracts and coin, entry, mark, liquidation, PnL, margin
    #[command(
        long_about = "Open positions (GET /api/v5/account/positions): instrument, side (long or \
            short; in net mode the sign of pos), size in contracts and in the coin (linear and \
            options: contracts x ctVal; inverse: contracts x ctVal / mark price, to 8 decimals; \
            from the cached instrument list), average entry, mark and liquidation price, \
            unrealised PnL (in the settlement currency) and in percent of the margin, margin \
            mode, leverage, margin ratio and notional in USD. A table ends with the totals: \
            unrealised PnL per settlement currency and notional USD; CSV and JSON hold the \
            positions only. JSON is OKX's items unchanged. `okx positions history` lists the \
            closed ones.",
        after_help = "Examples:\n  okx positions\n  okx positions BTC-USDT-SWAP\n  okx positions --type SWAP -o csv\n  okx positions history --since 30d"
    )]
    Positions(PositionsArgs),

    /// Place, cancel and inspect orders
    #[command(subcommand)]
    Order(OrderCommand),

    /// Close a swap or futures position at the market
    #[command(subcommand)]
    Position(PositionCommand),

    /// Stop-loss, take-profit, OCO, trigger and trailing-stop orders (OKX's algo orders)
    #[command(subcommand)]
    Algo(algo::AlgoCommand),

    /// Add margin to or take it from an isolated swap or futures position
    #[command(subcommand)]
    Margin(MarginCommand),

    /// Dead-man's switch: OKX cancels every pending order unless okx keeps refreshing it
    #[command(
        long_about = "OKX's dead-man's switch (POST /api/v5/trade/cancel-all-after): arms a \
            countdown of TIMEOUT on OKX, after which OKX cancels every pending order of the \
            account (spot and derivatives), and refreshes it every --every until Ctrl-C, SIGTERM \
            or SIGHUP, or until the command after -- ends (okx then exits with its exit code; \
            that command's stdout is its own: okx prints its lines on stderr only). If okx dies \
            or loses the network, the refreshes stop and OKX cancels everything at the time \
            printed. A clean exit disarms the switch (timeOut 0) unless --keep; a disarm whose \
            answer is lost is retried, then reported loudly with exit 7: OKX may still cancel \
            everything at the printed time; disarm with okx deadman off. A second Ctrl-C exits \
            at once, leaving the switch armed. Each arm prints the time OKX will cancel (UTC): a \
            readable line on a terminal, a JSON line (OKX's answer with result and cancelAt) in \
            a pipe. OKX's docs disagree with themselves on the unit of triggerTime (their example \
            looks like seconds, every other OKX time is milliseconds): okx reads a value below \
            10^12 as seconds.",
        after_help = "Examples:\n  okx deadman 60s\n  okx deadman 30s --every 5s -- ./my-bot.sh --live\n  \
            okx deadman 2m --once\n  okx deadman off"
    )]
    Deadman(DeadmanArgs),

    /// Live streams over OKX's WebSocket API: prices, books, trades, candles, your orders
    #[command(
        long_about = "Live streams over OKX's WebSocket API. On a terminal, one readable line per \
            update; in a pipe (or with --json), one JSON object per line (NDJSON): each message as \
            OKX sent it, with its channel in \"arg\". Keeps the connection alive with pings and \
            reconnects (logging in and subscribing again) after drops, missing pongs and \
            maintenance notices. Ctrl-C ends it with exit code 0.",
        after_help = "Examples:\n  okx watch ticker BTC-USDT ETH-USDT\n  \
            okx watch book BTC-USDT --depth 400 --json | jq -c '.data[0].seqId'\n  \
            okx watch candles BTC-USDT --bar 1m --count 10\n  okx watch orders --duration 1h"
    )]
    Watch(WatchArgs),

    /// Send any v5 request and print OKX's JSON answer (signed when credentials are set)
    #[command(after_help = "Examples:\n  okx api GET /api/v5/public/time\n  \
            okx api GET /api/v5/market/ticker -f instId=BTC-USDT\n  \
            okx api GET /api/v5/account/config\n\n\
            Signed whenever credentials are set; a private path (outside /api/v5/public/ and \
            /api/v5/market/) needs them. POST requests are never retried.")]
    Api(ApiArgs),

    #[command(flatten)]
    Meta(MetaCommand),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
