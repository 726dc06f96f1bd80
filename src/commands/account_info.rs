//! `okx account`, `okx leverage`, `okx max-size`, `okx fees`: what the account and this API key
//! allow, read only. JSON is OKX's items unchanged (`max-size` pairs its two endpoints' items
//! per instrument); tables say in words what OKX encodes (account level, position mode, an
//! unbound key, fee signs).

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::{Auth, Ctx};
use crate::cli::{
    AccountArgs, AccountChange, AccountInfoCommand, FeesArgs, LeverageArgs, LeverageChange,
    LeverageSetArgs, MaxSizeArgs, PositionModeArg,
};
use crate::error::Failure;
use crate::exchange::account::PosMode;
use crate::exchange::endpoints;
use crate::exchange::instrument::{family_of, InstId, InstType};
use crate::exchange::order::position::{self as changes, SetLeverage};
use crate::exchange::order::Amount;
use crate::exchange::order::{okx_name, TdMode};
use crate::exchange::position::{self, fee_words, MgnMode};
use crate::output::{sanitize, warn_absurd, Cell, Column, Format, Rows, Stderr};
use crate::parse::field;

pub(crate) fn run(ctx: &Ctx, cmd: AccountInfoCommand) -> Result<()> {
    match cmd {
        AccountInfoCommand::Account(a) => account(ctx, a),
        AccountInfoCommand::Leverage(a) => leverage(ctx, a),
        AccountInfoCommand::MaxSize(a) => max_size(ctx, a),
        AccountInfoCommand::Fees(a) => fees(ctx, a),
    }
}

/// A code OKX documents, in words; one okx does not know is shown as sent, with the warning.
fn words(code: &str, name: &str, known: Option<&str>, problem: &mut Option<String>) -> String {
    match known {
        Some(w) => format!("{w} ({name} {code})"),
        None if code.is_empty() => String::new(),
        None => {
            problem.get_or_insert_with(|| {
                format!("{name} \"{}\" (not one okx knows)", sanitize(code))
            });
            code.to_string()
        }
    }
}

fn acct_mode(a: &Value, problem: &mut Option<String>) -> String {
    let lv = field(a, "acctLv");
    words(lv, "acctLv", position::account_mode(lv), problem)
}

fn pos_mode(a: &Value, problem: &mut Option<String>) -> String {
    let m = field(a, "posMode");
    words(m, "posMode", position::position_mode(m), problem)
}

/// `perm` (`read_only,trade,withdraw`) in words; a key that can withdraw is said to.
fn permissions(a: &Value, _: &mut Option<String>) -> String {
    let perm = field(a, "perm");
    let list: Vec<&str> = perm
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| match p {
            "read_only" => "read",
            "trade" => "trade",
            "withdraw" => "withdraw (this key can move funds off OKX)",
            other => other,
        })
        .collect();
    list.join(", ")
}

/// `ip`: `""` is a key bound to no address, usable from anywhere: said plainly.
fn bound_ip(a: &Value, _: &mut Option<String>) -> String {
    match field(a, "ip") {
        "" => "none: this key works from any IP address; bind it to yours on OKX (a leaked \
               unbound key can be used by anyone)"
            .into(),
        ips => ips.replace(',', ", "),
    }
}

/// `mainUid` differs from `uid` for a sub-account.
fn main_account(a: &Value, _: &mut Option<String>) -> String {
    let (uid, main) = (field(a, "uid"), field(a, "mainUid"));
    match main {
        "" => String::new(),
        m if m == uid => "this is the main account".into(),
        m => format!("{m} (this is a sub-account)"),
    }
}

fn level(a: &Value, _: &mut Option<String>) -> String {
    match (field(a, "level"), field(a, "levelTmp")) {
        (l, "") => l.to_string(),
        (l, t) => format!("{l} (temporarily {t})"),
    }
}

const ACCOUNT: &[Column] = &[
    Column::text("account mode", Cell::With(acct_mode)),
    Column::text("position mode", Cell::With(pos_mode)),
    Column::text("API key label", Cell::Field("label")),
    Column::text("permissions", Cell::With(permissions)),
    Column::text("bound IP", Cell::With(bound_ip)),
    Column::text("user ID", Cell::Field("uid")),
    Column::text("main account", Cell::With(main_account)),
    Column::text("fee level", Cell::With(level)),
];

fn account(ctx: &Ctx, args: AccountArgs) -> Result<()> {
    let client = ctx.client(Auth::Required)?;
    if let Some(AccountChange::SetPositionMode(a)) = args.change {
        let mode = match a.mode {
            PositionModeArg::Net => PosMode::Net,
            PositionModeArg::LongShort => PosMode::LongShort,
        };
        return changes::set_position_mode(&ctx.out, &client, mode, a.dry_run);
    }
    let env = client.send(&endpoints::ACCOUNT_CONFIG.request())?;
    let Some(item) = env.data.into_iter().next() else {
        return Err(Failure::Network(
            "OKX's account configuration came back empty; try again".into(),
        )
        .into());
    };
    // What okx just read is the freshest copy there is: orders checked after this use it.
    crate::exchange::account::remember(&client, &item);
    ctx.out.item(ACCOUNT, item).context("writing output")
}

const LEVERAGE: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::text("margin", Cell::Field("mgnMode")),
    Column::text("side", Cell::Field("posSide")),
    Column::num("leverage", Cell::Field("lever")),
    Column::text("ccy", Cell::Field("ccy")).priority(1),
];

/// OKX answers at most 20 instruments a leverage request (§3.5).
const MAX_LEVERAGE_IDS: usize = 20;

fn leverage(ctx: &Ctx, args: LeverageArgs) -> Result<()> {
    if let Some(LeverageChange::Set(a)) = args.change {
        return set_leverage(ctx, a);
    }
    if args.inst_ids.len() > MAX_LEVERAGE_IDS {
        return Err(Failure::Usage(format!(
            "{} instruments given: OKX answers at most {MAX_LEVERAGE_IDS} a request; give fewer",
            args.inst_ids.len()
        ))
        .into());
    }
    if let Some(id) = args
        .inst_ids
        .iter()
        .find(|id| id.inst_type() == InstType::Option)
    {
        return Err(Failure::Usage(format!(
            "{id} is an option: options have no leverage; give a swap, future or margin pair"
        ))
        .into());
    }
    let ids: Vec<&str> = args.inst_ids.iter().map(InstId::as_str).collect();
    let modes: &[MgnMode] = match &args.mgn_mode {
        Some(m) => std::slice::from_ref(m),
        None => &[MgnMode::Cross, MgnMode::Isolated],
    };
    let client = ctx.client(Auth::Required)?;
    let mut items = Vec::new();
    for mode in modes {
        let req = endpoints::LEVERAGE_INFO
            .request()
            .query("instId", ids.join(","))
            .query("mgnMode", mode.as_str());
        match client.send(&req) {
            Ok(env) => items.extend(env.data),
            // Portfolio margin has no cross leverage for swaps and futures (59111): with both
            // modes asked for, the isolated ones are still worth showing.
            Err(e) if args.mgn_mode.is_none() && api_code(&e) == Some("59111") => {
                Stderr::note(&format!(
                    "no {} leverage: OKX does not offer it in this account mode (59111)",
                    mode.as_str()
                ));
            }
            Err(e) => return Err(e),
        }
    }
    if items.is_empty() && !ctx.nothing_found("leverage settings") {
        return Ok(());
    }
    ctx.out.items(LEVERAGE, items).context("writing output")
}

fn api_code(e: &anyhow::Error) -> Option<&str> {
    match e.downcast_ref::<Failure>() {
        Some(Failure::Api { code, .. }) => Some(code),
        _ => None,
    }
}

/// A max-size row: `{"instId", "maxSize", "maxAvailSize"}`.
fn part<'a>(v: &'a Value, which: &str, name: &str) -> &'a str {
    v.get(which).map(|i| field(i, name)).unwrap_or_default()
}

fn max_buy(v: &Value, _: &mut Option<String>) -> String {
    part(v, "maxSize", "maxBuy").to_string()
}

fn max_sell(v: &Value, _: &mut Option<String>) -> String {
    part(v, "maxSize", "maxSell").to_string()
}

fn avail_buy(v: &Value, _: &mut Option<String>) -> String {
    part(v, "maxAvailSize", "availBuy").to_string()
}

fn avail_sell(v: &Value, _: &mut Option<String>) -> String {
    part(v, "maxAvailSize", "availSell").to_string()
}

/// The units of a max-size row (§3.8): contracts for derivatives; for spot and margin the
/// base currency to buy and the quote currency to sell.
fn size_units(v: &Value, _: &mut Option<String>) -> String {
    let id = field(v, "instId");
    match InstType::of_id(id) {
        InstType::Spot | InstType::Margin => {
            let (base, quote) = id.split_once('-').unwrap_or((id, ""));
            format!("buy {base}, sell {quote}")
        }
        _ => "contracts".into(),
    }
}

/// The units of the available amounts: the settlement currency for derivatives (`ccy` of
/// max-size); for spot and margin the quote currency to buy with and the base one to sell.
fn avail_units(v: &Value, _: &mut Option<String>) -> String {
    let id = field(v, "instId");
    match InstType::of_id(id) {
        InstType::Spot | InstType::Margin => {
            let (base, quote) = id.split_once('-').unwrap_or((id, ""));
            format!("buy {quote}, sell {base}")
        }
        _ => part(v, "maxSize", "ccy").to_string(),
    }
}

const MAX_SIZE: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::num("max buy", Cell::With(max_buy)),
    Column::num("max sell", Cell::With(max_sell)),
    Column::text("sizes in", Cell::With(size_units)),
    Column::num("available buy", Cell::With(avail_buy)).priority(1),
    Column::num("available sell", Cell::With(avail_sell)).priority(1),
    Column::text("available in", Cell::With(avail_units)).priority(1),
];

/// OKX answers at most 5 instruments, all of one type, a max-size request (§3.8, 59004).
const MAX_SIZE_IDS: usize = 5;

fn max_size(ctx: &Ctx, args: MaxSizeArgs) -> Result<()> {
    let ids = &args.inst_ids;
    if ids.len() > MAX_SIZE_IDS {
        return Err(Failure::Usage(format!(
            "{} instruments given: OKX answers at most {MAX_SIZE_IDS} a request; give fewer",
            ids.len()
        ))
        .into());
    }
    let first = ids[0].inst_type();
    if let Some(other) = ids.iter().find(|id| id.inst_type() != first) {
        return Err(Failure::Usage(format!(
            "{} is {} and {other} is {}: OKX sizes instruments of one type a request (59004); \
             ask for each type separately",
            ids[0],
            first,
            other.inst_type()
        ))
        .into());
    }
    let derivative = !matches!(first, InstType::Spot | InstType::Margin);
    if derivative && args.td_mode == TdMode::Cash {
        return Err(Failure::Usage(format!(
            "--td-mode cash is for spot without margin: {} positions are margined; give \
             --td-mode cross or --td-mode isolated",
            first
        ))
        .into());
    }
    if args.price.is_some() && ids.len() > 1 {
        return Err(Failure::Usage(
            "--price sizes one instrument (OKX ignores it for several): give one INST_ID".into(),
        )
        .into());
    }
    let joined = ids.iter().map(InstId::as_str).collect::<Vec<_>>().join(",");
    let td = okx_name(args.td_mode);
    let mut req = endpoints::MAX_SIZE
        .request()
        .query("instId", joined.clone())
        .query("tdMode", td.clone());
    if let Some(px) = args.price {
        req = req.query("px", px.to_string());
    }
    let avail_req = endpoints::MAX_AVAIL_SIZE
        .request()
        .query("instId", joined)
        .query("tdMode", td);
    let client = ctx.client(Auth::Required)?;
    let sizes = client.send(&req)?.data;
    let avail = client.send(&avail_req)?.data;
    let of = |data: &[Value], id: &str| {
        data.iter()
            .find(|i| field(i, "instId") == id)
            .cloned()
            .unwrap_or(Value::Null)
    };
    // In the order asked for, each with OKX's two items as sent (null when OKX left it out).
    let rows: Vec<Value> = ids
        .iter()
        .map(|id| {
            json!({
                "instId": id.as_str(),
                "maxSize": of(&sizes, id.as_str()),
                "maxAvailSize": of(&avail, id.as_str()),
            })
        })
        .collect();
    ctx.out.items(MAX_SIZE, rows).context("writing output")
}

/// One row of the fee table: a fee group of an item, or the item itself when it has none.
struct FeeRow<'a> {
    item: &'a Value,
    group: Option<&'a Value>,
}

fn fee_rows(data: &[Value]) -> Vec<FeeRow<'_>> {
    let mut rows = Vec::new();
    for item in data {
        match item.get("feeGroup").and_then(Value::as_array) {
            Some(groups) if !groups.is_empty() => {
                rows.extend(groups.iter().map(|g| FeeRow {
                    item,
                    group: Some(g),
                }));
            }
            // The deprecated top-level rates, when OKX sends no groups.
            _ => rows.push(FeeRow { item, group: None }),
        }
    }
    rows
}

const FEES: &[crate::output::Head] = &[
    crate::output::col("type"),
    crate::output::col("level"),
    crate::output::col("group").priority(2),
    crate::output::col("maker"),
    crate::output::col("taker"),
    crate::output::col("delivery").priority(1),
    crate::output::col("exercise").priority(1),
];

fn fees(ctx: &Ctx, args: FeesArgs) -> Result<()> {
    let inst_type = match (args.inst_type, &args.inst_id) {
        (Some(t), _) => t,
        (None, Some(id)) => id.inst_type(),
        (None, None) => unreachable!("clap requires --type without an ID"),
    };
    let mut req = endpoints::TRADE_FEE
        .request()
        .query("instType", inst_type.as_str());
    if let Some(id) = &args.inst_id {
        let spotlike = |t: InstType| matches!(t, InstType::Spot | InstType::Margin);
        if spotlike(id.inst_type()) != spotlike(inst_type)
            || (!spotlike(inst_type) && id.inst_type() != inst_type)
        {
            return Err(Failure::Usage(format!(
                "{id} is a {} instrument, not {inst_type}: drop --type or give a {inst_type} ID",
                id.inst_type()
            ))
            .into());
        }
        // OKX takes a pair for spot and margin, a family (BTC-USDT) for derivatives (§3.9).
        req = if spotlike(inst_type) {
            req.query("instId", id.as_str())
        } else {
            req.query("instFamily", family_of(id.as_str()))
        };
    }
    let client = ctx.client(Auth::Required)?;
    let data = client.send(&req)?.data;
    if data.is_empty() && !ctx.nothing_found("fee rates") {
        return Ok(());
    }
    if matches!(ctx.out.format, Format::Json | Format::Ndjson) {
        let none = Rows {
            columns: Vec::new(),
            rows: Vec::new(),
        };
        return ctx
            .out
            .emit(&none, &Value::Array(data))
            .context("writing output");
    }
    let mut problem: Option<String> = None;
    let mut shown = |rate: &str, positive_is_charge: bool| {
        fee_words(rate, positive_is_charge).unwrap_or_else(|why| {
            problem.get_or_insert(why);
            rate.to_string()
        })
    };
    let rows: Vec<Vec<String>> = fee_rows(&data)
        .iter()
        .map(|r| {
            let rates = r.group.unwrap_or(r.item);
            vec![
                field(r.item, "instType").to_string(),
                field(r.item, "level").to_string(),
                r.group
                    .map(|g| field(g, "groupId"))
                    .unwrap_or_default()
                    .to_string(),
                shown(field(rates, "maker"), false),
                shown(field(rates, "taker"), false),
                shown(field(r.item, "delivery"), true),
                shown(field(r.item, "exercise"), true),
            ]
        })
        .collect();
    if let Some(why) = problem {
        warn_absurd(&why);
    }
    let table = Rows {
        columns: FEES.to_vec(),
        rows,
    };
    ctx.out
        .emit(&table, &Value::Array(data))
        .context("writing output")
}

fn set_leverage(ctx: &Ctx, a: LeverageSetArgs) -> Result<()> {
    if a.lever < rust_decimal::Decimal::ONE {
        return Err(Failure::Usage(format!(
            "leverage {} is below 1, which OKX refuses (59105): give 1 or more",
            a.lever
        ))
        .into());
    }
    let client = ctx.client(Auth::Required)?;
    changes::set_leverage(
        &ctx.out,
        &client,
        SetLeverage {
            inst_id: a.inst_id.to_string(),
            lever: Amount::from_decimal(a.lever),
            mgn_mode: a.mgn_mode,
            pos_side: a.pos_side,
        },
        a.dry_run,
    )
}
