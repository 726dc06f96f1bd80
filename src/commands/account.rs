//! `okx balance`: the trading account's balances. JSON is OKX's `data` unchanged; the table
//! shows the columns a trader reads and the account's total equity.

use anyhow::{Context, Result};
use serde_json::Value;

use super::{Auth, Ctx};
use crate::cli::{AccountCommand, BalanceArgs};
use crate::exchange::endpoints;
use crate::output::{row, sanitize, Cell, Column, Format, Rows};
use crate::parse::field;
use crate::validate;

/// The balance table, per currency.
const BALANCE: &[Column] = &[
    Column::text("currency", Cell::Field("ccy")),
    Column::num("equity", Cell::Field("eq")).priority(1),
    Column::num("cash", Cell::Field("cashBal")).priority(3),
    Column::num("available", Cell::Field("availBal")),
    Column::num("frozen", Cell::Field("frozenBal")).priority(2),
    Column::num("USD value", Cell::Field("eqUsd")),
];

/// The rows of the balance table for one account item of OKX's answer: per currency its code,
/// equity, cash, available, frozen and USD value, then (with `total`) the account's total
/// equity. Every amount is OKX's text as sent: nothing is summed or converted, so no value from
/// the server can overflow or be shown as something it is not.
/// The account commands: one arm a command.
pub(crate) fn run(ctx: &Ctx, cmd: AccountCommand) -> Result<()> {
    match cmd {
        AccountCommand::Balance(a) => balance(ctx, a),
    }
}

pub fn balance_rows(account: &Value, total: bool) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = account
        .get("details")
        .and_then(Value::as_array)
        .map(|details| details.iter().map(|d| row(BALANCE, d).0).collect())
        .unwrap_or_default();
    if total {
        let mut last = vec![String::new(); BALANCE.len()];
        last[0] = "total equity (USD)".into();
        last[BALANCE.len() - 1] = field(account, "totalEq").to_string();
        rows.push(last);
    }
    rows
}

pub(crate) fn balance(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let mut req = endpoints::BALANCE.request();
    if let Some(ccy) = &args.ccy {
        req = req.query("ccy", validate::currencies(ccy)?);
    }
    let client = ctx.client(Auth::Required)?;
    let env = client.send(&req)?;
    let account = env.data.first().cloned().unwrap_or(Value::Null);
    let none = account
        .get("details")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty);
    if none {
        let what = match &args.ccy {
            Some(c) => format!("balance in {}", sanitize(c)),
            None => "balances".to_string(),
        };
        if !ctx.nothing_found(&what) {
            return Ok(());
        }
    }
    // CSV is for per-currency rows only; the total is a table footer for people.
    let table = Rows::new(
        BALANCE,
        balance_rows(&account, ctx.out.format != Format::Csv),
    );
    ctx.out
        .emit(&table, &Value::Array(env.data))
        .context("writing output")?;
    Ok(())
}
