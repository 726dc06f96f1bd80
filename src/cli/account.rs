//! `okx balance`.

use clap::Args;

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only these currencies, comma-separated (at most 20), e.g. USDT,BTC
    #[arg(long, value_name = "CCY,…")]
    pub ccy: Option<String>,
}
