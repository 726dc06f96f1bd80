//! `okx fills`, `okx bills`: the account's statements.

use clap::{Args, ValueEnum};

use super::parse;
use crate::exchange::instrument::{InstId, InstType};
use crate::validate::TimeSpec;

#[derive(Debug, Args)]
pub(crate) struct FillsArgs {
    /// Only this instrument, e.g. BTC-USDT or BTC-USDT-SWAP
    #[arg(value_parser = parse::inst_id())]
    pub inst_id: Option<InstId>,

    /// Only this instrument type [default: every type, or the ID's type; a --since more than 3
    /// days back needs one, as OKX serves older fills one type at a time]
    #[arg(long = "type", value_name = "TYPE", value_parser = parse::inst_type())]
    pub inst_type: Option<InstType>,

    /// Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span
    /// back from now (1d, 12h, 1h30m) [default: the latest 100 fills]
    #[arg(
        long,
        value_name = "TIME",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub since: Option<TimeSpec>,

    /// End of the range, included, in the same forms [default: now]
    #[arg(
        long,
        value_name = "TIME",
        requires = "since",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub until: Option<TimeSpec>,
}

/// OKX's bill types (GET /api/v5/account/subtypes; the codes OKX's own CLI uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum BillType {
    Transfer,
    Trade,
    Delivery,
    AutoConvert,
    Liquidation,
    MarginTransfer,
    Interest,
    FundingFee,
    Adl,
    Clawback,
    SysConvert,
    StrategyTransfer,
    Ddh,
}

impl BillType {
    /// OKX's `type` code.
    pub(crate) fn code(self) -> u8 {
        self as u8 + 1
    }
}

#[derive(Debug, Args)]
pub(crate) struct BillsArgs {
    /// Only this currency, e.g. USDT
    #[arg(long, value_name = "CCY", value_parser = ccy)]
    pub ccy: Option<String>,

    /// Only bills of this type
    #[arg(long = "type", value_name = "TYPE", value_enum)]
    pub bill_type: Option<BillType>,

    /// Start of a range, included, at most 3 months ago: RFC 3339, a date, epoch ms, or a span
    /// back from now (1d, 12h, 1h30m) [default: the latest 100 bills]
    #[arg(
        long,
        value_name = "TIME",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub since: Option<TimeSpec>,

    /// End of the range, included, in the same forms [default: now]
    #[arg(
        long,
        value_name = "TIME",
        requires = "since",
        value_parser = parse::time(),
        allow_hyphen_values = true
    )]
    pub until: Option<TimeSpec>,
}

/// A currency code: letters and digits, as OKX writes them (upper case).
fn ccy(s: &str) -> Result<String, String> {
    if (1..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err("a currency is 1 to 12 letters or digits, e.g. USDT".into())
    }
}
