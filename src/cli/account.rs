//! `okx balance`: the account. Its variants are flattened into the top-level command.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub(crate) enum AccountCommand {
    /// Trading-account balances: equity, cash, available, frozen, USD value (--all: and funding)
    #[command(
        long_about = "The trading account's balances (GET /api/v5/account/balance): per currency \
            equity, cash, available, frozen and USD value, and the account's total equity. JSON \
            is OKX's data unchanged.\n\n--all adds the funding account (GET \
            /api/v5/asset/balances): per currency the trading equity, the funding total and \
            their sum, their USD values (OKX's eqUsd for trading; for funding, which OKX gives \
            none, the last price of the -USDT spot pair, USDT counting as 1) and the USD totals \
            of each account and of both, in exact decimals. Its JSON holds OKX's two answers \
            unchanged under \"trading\" and \"funding\", with \"usdPrices\" and \"totalUsd\".",
        after_help = "Examples:\n  okx balance\n  okx balance --ccy USDT,BTC\n  okx balance --all"
    )]
    Balance(BalanceArgs),
}

#[derive(Debug, Args)]
pub(crate) struct BalanceArgs {
    /// Only these currencies, comma-separated (at most 20), e.g. USDT,BTC
    #[arg(long, value_name = "CCY,…")]
    pub ccy: Option<String>,

    /// Show the funding account beside the trading account, with totals in USD
    #[arg(long)]
    pub all: bool,
}
