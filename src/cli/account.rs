//! `okx balance`: the account. Its variants are flattened into the top-level command.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub(crate) enum AccountCommand {
    /// Trading-account balances: equity, cash, available, frozen, USD value
    Balance(BalanceArgs),
}

#[derive(Debug, Args)]
pub(crate) struct BalanceArgs {
    /// Only these currencies, comma-separated (at most 20), e.g. USDT,BTC
    #[arg(long, value_name = "CCY,…")]
    pub ccy: Option<String>,
}
