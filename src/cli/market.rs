//! `okx ticker`, `okx book`, `okx instruments`, `okx time`: public market data. Their variants
//! are flattened into the top-level command, so a new market command is a variant here.

use clap::{ArgGroup, Args, Subcommand};
use rust_decimal::Decimal;

use super::parse;
use crate::exchange::instrument::{InstId, InstType};

#[derive(Debug, Subcommand)]
pub(crate) enum MarketCommand {
    /// Latest price, best bid/ask and 24 h statistics of instruments
    #[command(
        after_help = "Examples:\n  okx ticker BTC-USDT ETH-USDT\n  okx ticker --type SPOT -o csv"
    )]
    Ticker(TickerArgs),

    /// Order book: asks and bids
    Book(BookArgs),

    /// Instruments and their trading rules (tickSz, lotSz, minSz, state)
    Instruments(InstrumentsArgs),

    /// Local time, OKX server time and the offset between them
    Time,

    /// Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, exactly
    #[command(
        long_about = "Contracts of a SWAP, FUTURES or OPTION as coin and quote amounts, and back, \
            exactly. Linear contracts (BTC-USDT-SWAP): coin = contracts × ctVal, quote = coin × \
            price. Inverse contracts (BTC-USD-SWAP): USD = contracts × ctVal, coin = USD / price \
            (rounded to 8 decimals). Options: coin = contracts × ctVal. An amount that is not a \
            whole number of lots is never rounded: the two nearest valid sizes are shown, and a \
            note on stderr says so.",
        after_help = "Examples:\n  okx contracts BTC-USDT-SWAP --base 0.05\n  \
            okx contracts BTC-USDT-SWAP --quote 1000 --price 88000\n  \
            okx contracts BTC-USD-SWAP --contracts 25 -o json"
    )]
    Contracts(ContractsArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("amount").required(true).args(["base", "quote", "contracts"])))]
pub(crate) struct ContractsArgs {
    /// A SWAP, FUTURES or OPTION instrument ID, e.g. BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// An amount of the coin (BTC for BTC-USDT-SWAP and BTC-USD-SWAP)
    #[arg(long, value_name = "AMOUNT", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub base: Option<Decimal>,

    /// An amount of the currency prices are in (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP)
    #[arg(long, value_name = "AMOUNT", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub quote: Option<Decimal>,

    /// A number of contracts
    #[arg(long, value_name = "N", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub contracts: Option<Decimal>,

    /// The price to convert at [default: the last traded price]
    #[arg(long, value_name = "PX", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub price: Option<Decimal>,
}

#[derive(Debug, Args)]
pub(crate) struct TickerArgs {
    /// Instrument IDs, e.g. BTC-USDT ETH-USDT
    #[arg(
        value_name = "INST_ID",
        required_unless_present = "inst_type",
        value_parser = parse::inst_id()
    )]
    pub inst_ids: Vec<InstId>,

    /// Every instrument of this type (tickers have no MARGIN: margin pairs trade as SPOT)
    #[arg(
        long = "type",
        value_name = "TYPE",
        conflicts_with = "inst_ids",
        value_parser = parse::inst_type()
    )]
    pub inst_type: Option<InstType>,

    /// With --type SWAP, FUTURES or OPTION: only this instrument family, e.g. BTC-USD
    #[arg(long, value_name = "FAMILY", requires = "inst_type", value_parser = parse::inst_id())]
    pub inst_family: Option<InstId>,
}

#[derive(Debug, Args)]
pub(crate) struct BookArgs {
    /// Instrument ID, e.g. BTC-USDT
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: InstId,

    /// Levels per side (1-400)
    #[arg(
        long,
        value_name = "N",
        default_value = "10",
        value_parser = parse::count(400),
        allow_hyphen_values = true
    )]
    pub depth: u64,
}

#[derive(Debug, Args)]
pub(crate) struct InstrumentsArgs {
    /// One instrument only
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Instrument type [default: SPOT, or the ID's type]
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,

    /// Instrument family for SWAP, FUTURES and OPTION, e.g. BTC-USD (required for OPTION)
    #[arg(long, value_name = "FAMILY", value_parser = parse::inst_id())]
    pub inst_family: Option<InstId>,
}
