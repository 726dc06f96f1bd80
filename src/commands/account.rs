//! `okx balance`: the trading account's balances. JSON is OKX's `data` unchanged; the table
//! shows the columns a trader reads and the account's total equity.

use anyhow::{Context, Result};
use serde_json::Value;

use super::market::field;
use super::{Auth, Ctx};
use crate::cli::BalanceArgs;
use crate::client::ApiRequest;
use crate::output::{col, num, Rows};
use crate::validate;

pub fn balance(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let mut req = ApiRequest::get("/api/v5/account/balance").signed();
    if let Some(ccy) = &args.ccy {
        req = req.query("ccy", validate::currencies(ccy)?);
    }
    let client = ctx.client(Auth::Required)?;
    let env = client.send(&req)?;
    let account = env.data.first().cloned().unwrap_or(Value::Null);
    let mut rows: Vec<Vec<String>> = account
        .get("details")
        .and_then(Value::as_array)
        .map(|details| {
            details
                .iter()
                .map(|d| {
                    ["ccy", "eq", "cashBal", "availBal", "frozenBal", "eqUsd"]
                        .iter()
                        .map(|f| field(d, f).to_string())
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    // CSV is for per-currency rows only; the total is a table footer for people. Every amount
    // is OKX's text as sent: nothing here is computed, so no value can overflow.
    if ctx.out.format != crate::output::Format::Csv {
        rows.push(vec![
            "total equity (USD)".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            field(&account, "totalEq").to_string(),
        ]);
    }
    let table = Rows {
        columns: vec![
            col("currency"),
            num("equity"),
            num("cash"),
            num("available"),
            num("frozen"),
            num("USD value"),
        ],
        rows,
    };
    ctx.out
        .emit(&table, &Value::Array(env.data))
        .context("writing output")?;
    Ok(())
}
