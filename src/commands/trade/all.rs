//! `okx order list --all`: ordinary and algo orders in one table (ccxt's "open orders" leave
//! algo orders out: ccxt#21131), pending and finished, newest first, with a kind column: `order`,
//! or the algo order's type. Ordinary orders come from `orders-pending` and `orders-history`
//! (the last 7 days, one request per instrument type), algo orders from every algo list (the
//! order core's `algo::pending` and `algo::history`). JSON holds OKX's objects unchanged: an
//! ordinary order is the one with `accFillSz`.

use anyhow::{Context, Result};
use serde_json::Value;

use crate::cli::ListArgs;
use crate::commands::{Auth, Ctx};
use crate::exchange::endpoints;
use crate::exchange::instrument::InstType;
use crate::exchange::order::algo::{self, AlgoKind};
use crate::exchange::order::listing::{self, all_pages};
use crate::output::{Cell, Column};
use crate::parse::field;

/// The instrument types `orders-history` is asked for when no type or instrument narrows it.
const TYPES: [InstType; 4] = [
    InstType::Spot,
    InstType::Margin,
    InstType::Swap,
    InstType::Futures,
];

fn is_order(o: &Value) -> bool {
    o.get("accFillSz").is_some()
}

fn kind(o: &Value, _: &mut Option<String>) -> String {
    if is_order(o) {
        "order".into()
    } else {
        field(o, "ordType").to_string()
    }
}

/// An ordinary order's price, an algo order's trigger(s).
fn price(o: &Value, _: &mut Option<String>) -> String {
    if is_order(o) {
        return field(o, "px").to_string();
    }
    ["triggerPx", "slTriggerPx", "tpTriggerPx", "moveTriggerPx"]
        .iter()
        .map(|k| field(o, k))
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join("/")
}

const ALL: &[Column] = &[
    Column::text("kind", Cell::With(kind)),
    Column::text("created", Cell::Time("cTime"))
        .unit("UTC")
        .priority(5),
    Column::text("instrument", Cell::Field("instId")),
    Column::text("side", Cell::Field("side")),
    Column::text("type", Cell::Field("ordType")).priority(3),
    Column::num("price/trigger", Cell::With(price)),
    Column::num("size", Cell::Field("sz")),
    Column::text("state", Cell::Field("state")).priority(1),
    Column::text("ordId", Cell::Field("ordId")),
    Column::text("algoId", Cell::Field("algoId")).priority(2),
];

pub(super) fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let client = ctx.client(Auth::Required)?;
    let inst_id = args.inst_id.as_ref().map(|i| i.as_str().to_string());
    let types: Vec<InstType> = match (&args.inst_id, args.inst_type) {
        (Some(id), _) => vec![id.inst_type()],
        (None, Some(t)) => vec![t],
        (None, None) => TYPES.to_vec(),
    };
    let mut rows = listing::pending(&client, args.inst_type, args.inst_id.as_ref())?;
    for t in &types {
        let mut req = endpoints::ORDERS_HISTORY
            .request()
            .query("instType", *t)
            .signed();
        if let Some(id) = &inst_id {
            req = req.query("instId", id.clone());
        }
        rows.extend(all_pages(&client, req)?);
    }
    let algo_type = args.inst_type.map(|t| t.as_str());
    let mut algos = algo::pending(&client, &AlgoKind::ALL, inst_id.as_deref(), algo_type)?;
    algos.extend(algo::history(
        &client,
        &AlgoKind::ALL,
        inst_id.as_deref(),
        None,
    )?);
    if let Some(t) = algo_type {
        algos.retain(|a| field(a, "instType") == t);
    }
    rows.extend(algos);
    rows.sort_by_key(|o| std::cmp::Reverse(field(o, "cTime").parse::<i64>().unwrap_or(0)));
    if rows.is_empty() && !ctx.nothing_found("orders or algo orders") {
        return Ok(());
    }
    ctx.out.items(ALL, rows).context("writing output")?;
    Ok(())
}
