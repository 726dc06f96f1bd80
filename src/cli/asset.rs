//! `okx asset balance`, `okx transfer`, `okx deposit …`, `okx withdrawal history`: the funding
//! account. Its variants are flattened into the top-level command.

use clap::{Args, Subcommand};

use super::parse;
use crate::exchange::asset::Wallet;
use crate::validate::TimeSpec;

#[derive(Debug, Subcommand)]
pub(crate) enum AssetCommand {
    /// The funding account: balances
    #[command(subcommand)]
    Asset(AssetSub),

    /// Move money between the funding and the trading account (sent once, with a client ID)
    #[command(
        long_about = "Move money between the funding account and the trading account (POST \
            /api/v5/asset/transfer, type 0). Checked before anything is sent: the accounts \
            differ, AMOUNT is a positive plain decimal (no exponent, sign or comma) of at most 8 \
            decimal places (OKX publishes no transfer precision), the source \
            account holds CCY and has at least AMOUNT available (read from OKX first). Always \
            sent with a client ID (--client-id, or one generated and printed), exactly once. OKX \
            says a transfer's answer does not necessarily reflect its result, so okx reads the \
            transfer's state afterwards: transferred (exit 0), rejected (exit 5), not_transferred \
            (exit 6: safe to send again ONLY with the same --client-id, which OKX refuses if the \
            first arrives late; the command is printed), pending (exit 7: OKX has it, also after \
            its 58124 \"being processed\") or unknown (exit 7, with the command to check). A lost answer is \
            settled the same way, by the client ID; okx never sends a transfer twice.",
        after_help = "Examples:\n  okx transfer USDT 250 --from funding --to trading\n  \
            okx transfer BTC 0.01 --from trading --to funding --client-id rebal42\n  \
            okx transfer USDT 100 --from funding --to trading --dry-run"
    )]
    Transfer(TransferArgs),

    /// Deposits to the funding account: addresses and history
    #[command(subcommand)]
    Deposit(DepositSub),

    /// Withdrawals from the funding account: history (okx does not withdraw; see the README)
    #[command(subcommand)]
    Withdrawal(WithdrawalSub),
}

#[derive(Debug, Subcommand)]
pub(crate) enum AssetSub {
    /// Funding-account balances: available, frozen, total, USD value
    #[command(
        long_about = "The funding account's balances (GET /api/v5/asset/balances): per currency \
            the available, frozen and total amounts, and the USD value okx estimates at the last \
            price of the currency's -USDT spot pair (OKX gives none here; USDT counts as 1), \
            with the total. JSON is OKX's data unchanged. okx balance --all shows both accounts \
            side by side.",
        after_help = "Examples:\n  okx asset balance\n  okx asset balance --ccy USDT,BTC\n  \
            okx balance --all"
    )]
    Balance(AssetBalanceArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AssetBalanceArgs {
    /// Only these currencies, comma-separated (at most 20), e.g. USDT,BTC
    #[arg(long, value_name = "CCY,…")]
    pub ccy: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct TransferArgs {
    /// The currency, e.g. USDT
    #[arg(value_name = "CCY", value_parser = parse::currency())]
    pub ccy: String,

    /// How much, a positive plain decimal such as 250 or 0.015
    #[arg(value_name = "AMOUNT", value_parser = parse::decimal(), allow_hyphen_values = true)]
    pub amount: rust_decimal::Decimal,

    /// The account the money leaves
    #[arg(long, value_enum)]
    pub from: Wallet,

    /// The account the money goes to
    #[arg(long, value_enum)]
    pub to: Wallet,

    /// The transfer's client ID (1-32 letters and digits) [default: generated, and printed]
    #[arg(long, value_name = "ID", value_parser = parse::client_id())]
    pub client_id: Option<String>,

    /// Print the exact request and send nothing (the balance is still read)
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum DepositSub {
    /// Deposit addresses of a currency, one per chain
    #[command(
        long_about = "The funding account's deposit addresses of a currency (GET \
            /api/v5/asset/deposit-address): chain, address, tag or memo where the chain needs one, \
            the account deposits are credited to, and whether it is the chain's selected \
            address. --chain keeps one chain (as OKX names it, e.g. USDT-TRC20). JSON is OKX's \
            items unchanged.",
        after_help = "Examples:\n  okx deposit address USDT\n  okx deposit address USDT --chain USDT-TRC20"
    )]
    Address(DepositAddressArgs),

    /// Deposits, oldest first: the latest 100, or every one since a time
    #[command(
        long_about = "The funding account's deposits (GET /api/v5/asset/deposit-history), always \
            oldest first, the state in words. Without --since: the latest 100. With \
            --since/--until: every deposit of the range (bounds included), every page, paced \
            under OKX's limit of 6 requests a second and streamed as pages arrive (CSV, NDJSON). \
            JSON and NDJSON rows are OKX's objects unchanged.",
        after_help = "Examples:\n  okx deposit history\n  okx deposit history --ccy USDT --since 90d\n  \
            okx deposit history --since 2026-01-01 -o csv > deposits.csv"
    )]
    History(MoneyHistoryArgs),
}

#[derive(Debug, Subcommand)]
pub(crate) enum WithdrawalSub {
    /// Withdrawals, oldest first: the latest 100, or every one since a time
    #[command(
        long_about = "The funding account's withdrawals (GET /api/v5/asset/withdrawal-history), \
            always oldest first, the state in words. Without --since: the latest 100. With \
            --since/--until: every withdrawal of the range (bounds included), every page, paced \
            under OKX's limit and streamed as pages arrive. JSON and NDJSON rows are OKX's \
            objects unchanged. okx has no withdraw command (see the README); okx api remains.",
        after_help = "Examples:\n  okx withdrawal history\n  okx withdrawal history --ccy BTC --since 90d -o ndjson"
    )]
    History(MoneyHistoryArgs),
}

#[derive(Debug, Args)]
pub(crate) struct DepositAddressArgs {
    /// The currency, e.g. USDT
    #[arg(value_name = "CCY", value_parser = parse::currency())]
    pub ccy: String,

    /// Only this chain, as OKX names it, e.g. USDT-TRC20
    #[arg(long, value_name = "CHAIN")]
    pub chain: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct MoneyHistoryArgs {
    /// Only this currency, e.g. USDT
    #[arg(long, value_name = "CCY", value_parser = parse::currency())]
    pub ccy: Option<String>,

    /// Start of a range, included: RFC 3339, a date, epoch ms, or a span back from now (90d,
    /// 12h) [default: the latest 100]
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
