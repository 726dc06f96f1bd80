//! The command-line grammar as clap types, and nothing else: no I/O, no validation clap cannot
//! express. Help, completions and the README's usage all come from this one definition.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

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
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
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

    /// Seconds to wait for each HTTP request (connect and answer)
    #[arg(
        long,
        value_name = "SECS",
        global = true,
        default_value = "10",
        allow_hyphen_values = true
    )]
    pub timeout: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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

    /// Latest price, best bid/ask and 24 h statistics of instruments
    #[command(
        after_help = "Examples:\n  okx ticker BTC-USDT ETH-USDT\n  okx ticker --type SPOT -o csv"
    )]
    Ticker(TickerArgs),

    /// Order book: asks and bids
    Book(BookArgs),

    /// Instruments and their trading rules (tickSz, lotSz, minSz, state)
    Instruments(InstrumentsArgs),

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

    /// Trading-account balances: equity, cash, available, frozen, USD value
    Balance(BalanceArgs),

    /// Place, cancel and inspect orders
    #[command(subcommand)]
    Order(OrderCommand),

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

    /// Local time, OKX server time and the offset between them
    Time,

    /// Show the effective settings and where each one came from (secrets never shown)
    Config,

    /// Explain OKX error codes: their real meaning and likely cause
    Errors(ErrorsArgs),

    /// Print a shell completion script
    #[command(
        after_help = "Example: okx completions bash > ~/.local/share/bash-completion/completions/okx"
    )]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// HTTP method, e.g. GET or POST
    pub method: String,

    /// Request path with its query string, e.g. '/api/v5/account/balance?ccy=BTC'
    pub path: String,

    /// Request body, signed byte for byte as given; '-' reads standard input
    #[arg(long, value_name = "JSON", conflicts_with = "body_file")]
    pub body: Option<String>,

    /// Read the request body from a file, byte for byte
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,

    /// Timestamp to sign with, to reproduce another program's signature [default: now, UTC]
    #[arg(long, value_name = "TS")]
    pub timestamp: Option<String>,

    /// Explain the prehash and check it for common mistakes
    #[arg(long)]
    pub debug: bool,

    /// A signature made by another program for the same request: does it match, and if not, why
    #[arg(long, value_name = "SIG")]
    pub verify: Option<String>,
}

#[derive(Debug, Args)]
pub struct TickerArgs {
    /// Instrument IDs, e.g. BTC-USDT ETH-USDT
    #[arg(value_name = "INST_ID", required_unless_present = "inst_type")]
    pub inst_ids: Vec<String>,

    /// Every instrument of this type: SPOT, SWAP, FUTURES, OPTION
    #[arg(long = "type", value_name = "TYPE", conflicts_with = "inst_ids")]
    pub inst_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct BookArgs {
    /// Instrument ID, e.g. BTC-USDT
    pub inst_id: String,

    /// Levels per side (1-400)
    #[arg(
        long,
        value_name = "N",
        default_value = "10",
        allow_hyphen_values = true
    )]
    pub depth: String,
}

#[derive(Debug, Args)]
pub struct InstrumentsArgs {
    /// One instrument only
    pub inst_id: Option<String>,

    /// Instrument type: SPOT, MARGIN, SWAP, FUTURES, OPTION [default: SPOT, or the ID's type]
    #[arg(long = "type", value_name = "TYPE")]
    pub inst_type: Option<String>,

    /// Instrument family for SWAP, FUTURES and OPTION, e.g. BTC-USD (required for OPTION)
    #[arg(long, value_name = "FAMILY")]
    pub inst_family: Option<String>,
}

#[derive(Debug, Args)]
pub struct CandlesArgs {
    /// Instrument ID, e.g. BTC-USDT
    pub inst_id: String,

    /// Bar: 1s 1m 3m 5m 15m 30m 1H 2H 4H, 6H 12H 1D 2D 3D 5D 1W 1M 3M (UTC+8 opens), or
    /// 6Hutc … 3Mutc (UTC opens). Case matters: 1m is a minute, 1M a month
    #[arg(long, default_value = "1m")]
    pub bar: String,

    /// The latest N candles (at most 10000) [default: 100]
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "since",
        allow_hyphen_values = true
    )]
    pub limit: Option<String>,

    /// Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (7d, 12h)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,

    /// End of the range, included [default: now]
    #[arg(
        long,
        value_name = "TIME",
        requires = "since",
        allow_hyphen_values = true
    )]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// GET or POST
    pub method: String,

    /// Request path, e.g. /api/v5/account/balance
    pub path: String,

    /// A parameter: query string for GET, JSON string field for POST (repeatable)
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// Exact JSON body for POST
    #[arg(long, value_name = "JSON", conflicts_with = "fields")]
    pub body: Option<String>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(subcommand)]
    pub what: WatchWhat,

    /// Stop after N data messages
    #[arg(long, value_name = "N", global = true, allow_hyphen_values = true)]
    pub count: Option<String>,

    /// Stop after this long, e.g. 30s, 5m, 2h
    #[arg(
        long,
        value_name = "DURATION",
        global = true,
        allow_hyphen_values = true
    )]
    pub duration: Option<String>,

    /// Send a ping after SECS without a message (OKX drops a connection silent for 30 s);
    /// reconnect if no pong comes within SECS
    #[arg(
        long,
        value_name = "SECS",
        global = true,
        default_value = "20",
        allow_hyphen_values = true
    )]
    pub ping_interval: String,
}

#[derive(Debug, Subcommand)]
pub enum WatchWhat {
    /// Tickers: last price, best bid/ask, 24 h figures
    Ticker {
        #[arg(value_name = "INST_ID", required = true)]
        inst_ids: Vec<String>,
    },
    /// Order book: 5 levels (snapshots), or the full 400-level book kept in sync
    Book {
        inst_id: String,
        /// 5 or 400
        #[arg(long, default_value = "5")]
        depth: String,
    },
    /// Public trades (taker side)
    Trades {
        #[arg(value_name = "INST_ID", required = true)]
        inst_ids: Vec<String>,
    },
    /// The forming candle of a bar, as it changes
    Candles {
        inst_id: String,
        /// Bar, as for okx candles: 1m, 1H, 1Dutc, …
        #[arg(long, default_value = "1m")]
        bar: String,
    },
    /// Your orders as they change (needs credentials)
    Orders {
        /// Only this instrument
        inst_id: Option<String>,
        /// SPOT, MARGIN, SWAP, FUTURES, OPTION or ANY
        #[arg(long = "type", value_name = "TYPE", default_value = "ANY")]
        inst_type: String,
    },
    /// Your account balances as they change (needs credentials)
    Account {
        /// Only this currency
        #[arg(long)]
        ccy: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only these currencies, comma-separated (at most 20), e.g. USDT,BTC
    #[arg(long, value_name = "CCY,…")]
    pub ccy: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
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
            okx order place ETH-USDT sell 0.5 --price 4200 --type post_only --dry-run"
    )]
    Place(PlaceArgs),

    /// Cancel a pending order
    Cancel(CancelArgs),

    /// Pending orders (all pages)
    List(ListArgs),

    /// One order's details and state
    Get(GetArgs),

    /// Completed orders of the last 7 days (all pages)
    History(HistoryArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OrdType {
    Limit,
    Market,
    /// OKX's spelling; `post-only` is accepted too.
    #[value(name = "post_only", alias = "post-only")]
    PostOnly,
    Ioc,
    Fok,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TdMode {
    Cash,
    Cross,
    Isolated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TgtCcy {
    Base,
    Quote,
}

#[derive(Debug, Args)]
pub struct PlaceArgs {
    /// Instrument ID, e.g. BTC-USDT
    pub inst_id: String,

    /// buy or sell
    #[arg(value_enum)]
    pub side: Side,

    /// Amount in the BASE currency (BTC in BTC-USDT); for a market order with --tgt-ccy quote,
    /// in the QUOTE currency (USDT)
    #[arg(allow_hyphen_values = true)]
    pub size: String,

    /// Limit price in the quote currency; a price without --type means a limit order
    #[arg(long, value_name = "PX", allow_hyphen_values = true)]
    pub price: Option<String>,

    /// Order type [default: limit when --price is given]
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub ord_type: Option<OrdType>,

    /// Trade mode: cash for spot without margin
    #[arg(long, value_enum, default_value = "cash")]
    pub td_mode: TdMode,

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

    /// OKX discards the order if it has not processed it within SECS (expTime)
    #[arg(
        long,
        value_name = "SECS",
        default_value = "10",
        allow_hyphen_values = true
    )]
    pub expire: String,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("id").required(true).args(["ord_id", "cl_ord_id"])))]
pub struct OrderIdArgs {
    /// Instrument ID, e.g. BTC-USDT
    pub inst_id: String,

    /// OKX's order ID
    #[arg(long, value_name = "ID")]
    pub ord_id: Option<String>,

    /// Your client order ID
    #[arg(long, value_name = "ID")]
    pub cl_ord_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    #[command(flatten)]
    pub order: OrderIdArgs,

    /// Print the exact request and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(flatten)]
    pub order: OrderIdArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this instrument
    pub inst_id: Option<String>,

    /// Only this instrument type: SPOT, MARGIN, SWAP, FUTURES, OPTION
    #[arg(long = "type", value_name = "TYPE")]
    pub inst_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this instrument
    pub inst_id: Option<String>,

    /// Instrument type [default: SPOT, or the ID's type]
    #[arg(long = "type", value_name = "TYPE")]
    pub inst_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct ErrorsArgs {
    /// Codes to explain, e.g. 50113 51008; all known codes when none is given
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: Shell,
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
