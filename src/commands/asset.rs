//! The funding account: `okx asset balance`, `okx balance --all` (both accounts side by side),
//! `okx transfer` (through the order core: `exchange::order::transfer`), `okx deposit address`,
//! `okx deposit history` and `okx withdrawal history` (every page of a range, through the
//! statements' paging by time cursor: `statements.rs`).
//!
//! USD values are exact decimals (`exchange::asset`): OKX's `eqUsd` for the trading account, the
//! last `-USDT` price times the amount for the funding account, which OKX gives no USD value.

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::range::Noun;
use super::statements::{self, Cursor, Statement};
use super::{Auth, Ctx};
use crate::cli::{
    AssetBalanceArgs, AssetCommand, AssetSub, BalanceArgs, DepositAddressArgs, DepositSub,
    MoneyHistoryArgs, TransferArgs, WithdrawalSub,
};
use crate::error::Failure;
use crate::exchange::asset::{self, UsdPrices};
use crate::exchange::endpoints;
use crate::exchange::order::transfer::{self, TransferWish};
use crate::exchange::order::Amount;
use crate::output::{sanitize, Cell, Column, Format, Rows, Stderr};
use crate::parse::field;
use crate::validate;

pub(crate) fn run(ctx: &Ctx, cmd: AssetCommand) -> Result<()> {
    match cmd {
        AssetCommand::Asset(AssetSub::Balance(a)) => funding_balance(ctx, a),
        AssetCommand::Transfer(a) => transfer(ctx, a),
        AssetCommand::Deposit(DepositSub::Address(a)) => deposit_address(ctx, a),
        AssetCommand::Deposit(DepositSub::History(a)) => history(ctx, &DEPOSITS, a),
        AssetCommand::Withdrawal(WithdrawalSub::History(a)) => history(ctx, &WITHDRAWALS, a),
    }
}

/// The funding table, per currency.
const FUNDING: &[Column] = &[
    Column::text("currency", Cell::Field("ccy")),
    Column::num("available", Cell::Field("availBal")),
    Column::num("frozen", Cell::Field("frozenBal")).priority(1),
    Column::num("total", Cell::Field("bal")),
    Column::num("USD value", Cell::Field("usd")),
];

/// A USD value as text; `""` when there is none.
fn usd_text(v: Option<Decimal>) -> String {
    v.map(|d| d.normalize().to_string()).unwrap_or_default()
}

/// The footer line of currencies with no USD value, if any.
fn unpriced_note(unpriced: &[String]) {
    if !unpriced.is_empty() {
        Stderr::note(&format!(
            "no USD value for {} (no -USDT market, or no last price): left out of the totals",
            sanitize(&unpriced.join(", "))
        ));
    }
}

fn funding_balance(ctx: &Ctx, args: AssetBalanceArgs) -> Result<()> {
    let ccys = args.ccy.as_deref().map(validate::currencies).transpose()?;
    let client = ctx.client(Auth::Required)?;
    let items = asset::funding_balances(&client, ccys.as_deref())?;
    if items.is_empty() {
        let what = match &ccys {
            Some(c) => format!("funding balance in {}", sanitize(c)),
            None => "funding balances".to_string(),
        };
        if !ctx.nothing_found(&what) {
            return Ok(());
        }
    }
    if matches!(ctx.out.format, Format::Json | Format::Ndjson) {
        return ctx
            .out
            .emit(&Rows::new(FUNDING, Vec::new()), &Value::Array(items))
            .context("writing output");
    }
    let prices = UsdPrices::load(&client)?;
    let mut unpriced = Vec::new();
    let mut values = Vec::new();
    let mut rows = Vec::new();
    for item in &items {
        let ccy = field(item, "ccy");
        let usd = asset::dec(item, "bal").and_then(|b| prices.value(ccy, b));
        match usd {
            Some(v) => values.push(v),
            None => unpriced.push(ccy.to_string()),
        }
        let mut with_usd = item.clone();
        with_usd["usd"] = json!(usd_text(usd));
        rows.push(crate::output::row(FUNDING, &with_usd).0);
    }
    if ctx.out.format == Format::Table {
        let mut last = vec![String::new(); FUNDING.len()];
        last[0] = "total (USD)".into();
        last[FUNDING.len() - 1] = usd_text(asset::sum(values));
        rows.push(last);
    }
    unpriced_note(&unpriced);
    ctx.out
        .emit(&Rows::new(FUNDING, rows), &Value::Null)
        .context("writing output")
}

/// `okx balance --all`, per currency.
const BOTH: &[Column] = &[
    Column::text("currency", Cell::Field("ccy")),
    Column::num("trading", Cell::Field("trading")),
    Column::num("funding", Cell::Field("funding")),
    Column::num("total", Cell::Field("total")),
    Column::num("USD trading", Cell::Field("usdTrading")).priority(2),
    Column::num("USD funding", Cell::Field("usdFunding")).priority(1),
    Column::num("USD total", Cell::Field("usdTotal")),
];

/// `okx balance --all`: the trading account (equity, OKX's USD values) and the funding account
/// (total, valued by okx) side by side, with the USD totals of each and of both. JSON: OKX's
/// two answers unchanged under `trading` and `funding`, with the prices used and the totals.
pub(crate) fn balance_all(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let ccys = args.ccy.as_deref().map(validate::currencies).transpose()?;
    let client = ctx.client(Auth::Required)?;
    let trading = asset::trading_account(&client, ccys.as_deref())?;
    let funding = asset::funding_balances(&client, ccys.as_deref())?;
    let prices = UsdPrices::load(&client)?;
    // Currencies in the order the trading account lists them, then the funding-only ones.
    let mut ccys_seen: Vec<String> = Vec::new();
    for item in asset::details(&trading).iter().chain(&funding) {
        let c = field(item, "ccy").to_string();
        if !ccys_seen.contains(&c) {
            ccys_seen.push(c);
        }
    }
    let find = |items: &[Value], ccy: &str| items.iter().find(|i| field(i, "ccy") == ccy).cloned();
    let (mut unpriced, mut no_eq_usd) = (Vec::new(), Vec::new());
    let (mut usd_t, mut usd_f) = (Vec::new(), Vec::new());
    let mut rows = Vec::new();
    for ccy in &ccys_seen {
        let t = find(asset::details(&trading), ccy);
        let f = find(&funding, ccy);
        let t_amt = t.as_ref().and_then(|t| asset::dec(t, "eq"));
        let f_amt = f.as_ref().and_then(|f| asset::dec(f, "bal"));
        let t_usd = t.as_ref().and_then(|t| asset::dec(t, "eqUsd"));
        let f_usd = f_amt.and_then(|a| prices.value(ccy, a));
        if f_amt.is_some() && f_usd.is_none() {
            unpriced.push(ccy.clone());
        }
        if t.is_some() && t_usd.is_none() {
            no_eq_usd.push(ccy.clone());
        }
        usd_t.extend(t_usd);
        usd_f.extend(f_usd);
        let amount = |v: Option<Decimal>| v.map(|d| d.normalize().to_string()).unwrap_or_default();
        let total = asset::sum(t_amt.into_iter().chain(f_amt));
        let usd_total = match (
            t.is_some() && t_usd.is_none(),
            f.is_some() && f_usd.is_none(),
        ) {
            (false, false) => asset::sum(t_usd.into_iter().chain(f_usd)),
            _ => None,
        };
        let row = json!({
            "ccy": ccy,
            "trading": amount(t_amt),
            "funding": amount(f_amt),
            "total": amount(total),
            "usdTrading": usd_text(t_usd),
            "usdFunding": usd_text(f_usd),
            "usdTotal": usd_text(usd_total),
        });
        rows.push(crate::output::row(BOTH, &row).0);
    }
    let total_t = asset::sum(usd_t);
    let total_f = asset::sum(usd_f);
    let total = match (total_t, total_f) {
        (Some(a), Some(b)) => a.checked_add(b).map(|d| d.normalize()),
        _ => None,
    };
    if ctx.out.format == Format::Table {
        let mut last = vec![String::new(); BOTH.len()];
        last[0] = "total (USD)".into();
        last[4] = usd_text(total_t);
        last[5] = usd_text(total_f);
        last[6] = usd_text(total);
        rows.push(last);
    }
    unpriced_note(&unpriced);
    if !no_eq_usd.is_empty() {
        Stderr::note(&format!(
            "no USD value for {} in the trading account (OKX's eqUsd is empty or not a plain \
             number): left out of the totals",
            sanitize(&no_eq_usd.join(", "))
        ));
    }
    let used: serde_json::Map<String, Value> = ccys_seen
        .iter()
        .filter_map(|c| prices.price(c).map(|p| (c.clone(), json!(p.to_string()))))
        .collect();
    let json = json!({
        "trading": trading,
        "funding": funding,
        "usdPrices": used,
        "totalUsd": {
            "trading": usd_text(total_t),
            "funding": usd_text(total_f),
            "total": usd_text(total),
        },
    });
    ctx.out
        .emit(&Rows::new(BOTH, rows), &json)
        .context("writing output")
}

fn transfer(ctx: &Ctx, args: TransferArgs) -> Result<()> {
    let client = ctx.client(Auth::Required)?;
    transfer::transfer(
        &ctx.out,
        &client,
        TransferWish {
            ccy: args.ccy,
            amt: Amount::from_decimal(args.amount),
            from: args.from,
            to: args.to,
            client_id: args.client_id,
        },
        args.dry_run,
    )
}

const ADDRESSES: &[Column] = &[
    Column::text("chain", Cell::Field("chain")),
    Column::text("address", Cell::Field("addr")),
    Column::text("tag/memo", Cell::With(tag_or_memo)),
    Column::text("credited to", Cell::With(credited_to)).priority(1),
    Column::text("selected", Cell::With(selected)).priority(2),
];

fn tag_or_memo(a: &Value, _: &mut Option<String>) -> String {
    ["tag", "memo", "pmtId"]
        .iter()
        .map(|k| field(a, k))
        .find(|v| !v.is_empty())
        .map(sanitize)
        .unwrap_or_default()
}

fn credited_to(a: &Value, _: &mut Option<String>) -> String {
    match field(a, "to") {
        "6" => "funding".into(),
        "18" => "trading".into(),
        other => sanitize(other),
    }
}

fn selected(a: &Value, _: &mut Option<String>) -> String {
    match a.get("selected") {
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        _ => String::new(),
    }
}

fn deposit_address(ctx: &Ctx, args: DepositAddressArgs) -> Result<()> {
    let client = ctx.client(Auth::Required)?;
    let req = endpoints::DEPOSIT_ADDRESS
        .request()
        .query("ccy", args.ccy.clone());
    let mut items = client.send(&req)?.data;
    if let Some(chain) = &args.chain {
        let chains: Vec<String> = items
            .iter()
            .map(|i| field(i, "chain").to_string())
            .collect();
        items.retain(|i| field(i, "chain") == chain);
        if items.is_empty() {
            return Err(Failure::Usage(format!(
                "OKX has no {} deposit address on chain {:?}; its chains for {}: {}",
                args.ccy,
                sanitize(chain),
                args.ccy,
                sanitize(&chains.join(", "))
            ))
            .into());
        }
    }
    if items.is_empty() && !ctx.nothing_found(&format!("{} deposit address", args.ccy)) {
        return Ok(());
    }
    ctx.out.items(ADDRESSES, items).context("writing output")
}

/// Deposits: paged by `ts` (derivatives sheet §7.5), one endpoint for all of them.
const DEPOSITS: Statement = Statement {
    recent: &endpoints::DEPOSIT_HISTORY,
    recent_days: 0,
    archive: None,
    keep_days: None,
    noun: Noun {
        one: "deposit",
        many: "deposits",
        slot_one: "deposit",
        slot_many: "deposits",
    },
    id: "depId",
    ts: "ts",
    cursor: Cursor::Time,
    archive_requires: None,
};

/// Withdrawals: the same paging (sheet §7.6).
const WITHDRAWALS: Statement = Statement {
    recent: &endpoints::WITHDRAWAL_HISTORY,
    recent_days: 0,
    archive: None,
    keep_days: None,
    noun: Noun {
        one: "withdrawal",
        many: "withdrawals",
        slot_one: "withdrawal",
        slot_many: "withdrawals",
    },
    id: "wdId",
    ts: "ts",
    cursor: Cursor::Time,
    archive_requires: None,
};

const DEPOSIT_COLUMNS: &[Column] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::text("ccy", Cell::Field("ccy")),
    Column::num("amount", Cell::Field("amt")),
    Column::text("chain", Cell::Field("chain")).priority(2),
    Column::text("state", Cell::With(deposit_state)),
    Column::text("from", Cell::Field("from")).priority(3),
    Column::text("txId", Cell::Field("txId")).priority(4),
    Column::text("depId", Cell::Field("depId")).priority(1),
];

const WITHDRAWAL_COLUMNS: &[Column] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::text("ccy", Cell::Field("ccy")),
    Column::num("amount", Cell::Field("amt")),
    Column::num("fee", Cell::Field("fee")).priority(2),
    Column::text("chain", Cell::Field("chain")).priority(3),
    Column::text("state", Cell::With(withdrawal_state)),
    Column::text("to", Cell::Field("to")).priority(4),
    Column::text("txId", Cell::Field("txId")).priority(5),
    Column::text("wdId", Cell::Field("wdId")).priority(1),
];

/// A deposit's state in words (derivatives sheet §7.5).
fn deposit_state(d: &Value, _: &mut Option<String>) -> String {
    let words = match field(d, "state") {
        "0" => "waiting for confirmation",
        "1" => "credited, not yet withdrawable",
        "2" => "successful",
        "8" => "pending (deposits suspended)",
        "11" => "blacklisted address",
        "12" => "frozen",
        "13" => "sub-account deposit intercepted",
        "14" => "KYC limit",
        "17" => "pending Travel Rule",
        other => return format!("state {}", sanitize(other)),
    };
    words.into()
}

/// A withdrawal's state in words (derivatives sheet §7.6).
fn withdrawal_state(w: &Value, _: &mut Option<String>) -> String {
    let words = match field(w, "state") {
        "19" => "pending: hot wallet short",
        "17" => "pending Travel Rule",
        "10" => "waiting for transfer",
        "0" => "waiting",
        "4" | "5" | "6" | "8" | "9" | "12" => "manual review",
        "7" => "approved",
        "1" => "broadcasting",
        "15" => "pending validation",
        "16" => "legal delay (up to 24 h)",
        "-3" => "cancelling",
        "-2" => "cancelled",
        "-1" => "failed",
        "2" => "successful",
        other => return format!("state {}", sanitize(other)),
    };
    words.into()
}

fn history(ctx: &Ctx, statement: &Statement, args: MoneyHistoryArgs) -> Result<()> {
    let what = statement.noun.many;
    let range = statements::local_range(statement, args.since.as_ref(), args.until.as_ref(), what)?;
    let mut filters = Vec::new();
    if let Some(c) = &args.ccy {
        filters.push(("ccy", c.clone()));
    }
    let scope = args.ccy.clone().unwrap_or_else(|| "funding account".into());
    let columns = if statement.id == "depId" {
        DEPOSIT_COLUMNS
    } else {
        WITHDRAWAL_COLUMNS
    };
    let client = ctx.client(Auth::Required)?;
    let mut sink = ctx
        .out
        .records(columns, columns)
        .context("writing output")?;
    match (range, &args.since) {
        (Some(r), Some(spec)) => statements::download(
            &client, statement, &filters, r, spec, what, &scope, &mut sink,
        )?,
        _ => statements::latest(&client, statement, &filters, &mut sink)?,
    }
    sink.finish().context("writing output")?;
    Ok(())
}
