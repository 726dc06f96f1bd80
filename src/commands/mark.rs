//! `okx mark` and `okx open-interest` (issue 13; derivatives fact sheet §6.1, §6.2, §6.4, §6.5,
//! §6.7). JSON is OKX's items unchanged: `okx open-interest` prints OKX's `data`; `okx mark`
//! gathers four answers per instrument, so it prints one object per instrument with each
//! answer's item under its own key (`mark`, `index`, `priceLimit`, and `funding` for swaps).

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

use super::{Auth, Ctx};
use crate::cli::{MarkArgs, MarkCommand, OpenInterestArgs};
use crate::client::Client;
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::{Cell, Column, Record, Rows};
use crate::rules;

pub(crate) fn run(ctx: &Ctx, cmd: MarkCommand) -> Result<()> {
    match cmd {
        MarkCommand::Mark(a) => mark(ctx, a),
        MarkCommand::OpenInterest(a) => open_interest(ctx, a),
    }
}

/// An `okx mark` result: OKX's items under named keys; a column names a field as `key.field`.
struct Gathered(Value);

impl Record for Gathered {
    fn field(&self, name: &str) -> &str {
        let (key, field) = name.split_once('.').unwrap_or((name, ""));
        let item = self.0.get(key).unwrap_or(&Value::Null);
        let value = if field.is_empty() {
            item
        } else {
            item.get(field).unwrap_or(&Value::Null)
        };
        value.as_str().unwrap_or_default()
    }

    fn json(&self) -> &Value {
        &self.0
    }
}

const MARK: &[Column<Gathered>] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::num("mark", Cell::Field("mark.markPx")),
    Column::text("index", Cell::Field("index.instId")).priority(4),
    Column::num("index price", Cell::Field("index.idxPx")),
    Column::num("highest buy", Cell::Field("priceLimit.buyLmt")).priority(2),
    Column::num("lowest sell", Cell::Field("priceLimit.sellLmt")).priority(2),
    Column::num("funding rate", Cell::Field("funding.fundingRate")).priority(1),
    Column::text("next funding", Cell::Time("funding.nextFundingTime"))
        .unit("UTC")
        .priority(3),
    Column::text("time", Cell::Time("mark.ts"))
        .unit("UTC")
        .priority(5),
];

/// Refuses what has no mark price, index and band here: a spot pair or an index (`BTC-USD`
/// has the form of a spot pair).
fn derivative(id: &InstId, command: &str) -> Result<InstType, Failure> {
    match id.inst_type() {
        InstType::Spot | InstType::Margin => Err(Failure::Usage(format!(
            "{id} is a spot pair or an index, not a derivative: okx {command} takes a swap, future or option such as {id}-SWAP (list them with okx instruments --type SWAP)"
        ))),
        t => Ok(t),
    }
}

/// The one item of a single-instrument answer.
/// The first item of an answer about `id`, which must name `named` (the instrument, or the
/// index asked for).
fn first(
    client: &Client,
    req: &crate::client::ApiRequest,
    what: &str,
    id: &InstId,
    named: &str,
) -> Result<Value> {
    let data = client.send(req)?.data;
    let item = data.into_iter().next().ok_or_else(|| {
        Failure::Network(format!("OKX answered with no {what} for {id}; try again"))
    })?;
    // Another instrument's figures under this one's name would be worse than none.
    let got = item.get("instId").and_then(Value::as_str);
    if got.is_some_and(|n| n != named) {
        return Err(Failure::Network(format!(
            "OKX answered a request for {named}'s {what} with {}'s; try again",
            crate::output::sanitize(got.unwrap_or_default())
        ))
        .into());
    }
    Ok(item)
}

fn mark(ctx: &Ctx, args: MarkArgs) -> Result<()> {
    let types = args
        .inst_ids
        .iter()
        .map(|id| derivative(id, "mark"))
        .collect::<Result<Vec<_>, _>>()?;
    let client = ctx.client(Auth::None)?;
    let mut gathered = Vec::new();
    for (id, t) in args.inst_ids.iter().zip(types) {
        let index_id = rules::underlying(&client, id)?;
        let mut obj = Map::new();
        obj.insert("instId".into(), json!(id.as_str()));
        let mark_req = endpoints::MARK_PRICE
            .request()
            .query("instType", t)
            .query("instId", id.clone());
        obj.insert(
            "mark".into(),
            first(&client, &mark_req, "mark price", id, id.as_str())?,
        );
        let index_req = endpoints::INDEX_TICKERS
            .request()
            .query("instId", index_id.clone());
        obj.insert(
            "index".into(),
            first(&client, &index_req, "index price", id, &index_id)?,
        );
        let limit_req = endpoints::PRICE_LIMIT.request().query("instId", id.clone());
        obj.insert(
            "priceLimit".into(),
            first(&client, &limit_req, "price limit", id, id.as_str())?,
        );
        if t == InstType::Swap {
            let funding_req = endpoints::FUNDING_RATE
                .request()
                .query("instId", id.clone());
            obj.insert(
                "funding".into(),
                first(&client, &funding_req, "funding rate", id, id.as_str())?,
            );
        }
        gathered.push(Gathered(Value::Object(obj)));
    }
    let rows = Rows::of(MARK, &gathered);
    let json = Value::Array(gathered.into_iter().map(|g| g.0).collect());
    ctx.out.emit(&rows, &json).context("writing output")?;
    Ok(())
}

const OPEN_INTEREST: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::num("open interest", Cell::Field("oi")).unit("contracts"),
    Column::num("open interest", Cell::Field("oiCcy")).unit("coin"),
    Column::num("open interest", Cell::Field("oiUsd")).unit("USD"),
    Column::text("time", Cell::Time("ts"))
        .unit("UTC")
        .priority(1),
];

fn open_interest(ctx: &Ctx, args: OpenInterestArgs) -> Result<()> {
    let OpenInterestArgs {
        inst_ids,
        inst_type,
        inst_family,
    } = args;
    // One request per ID, or one for the whole type.
    let mut wanted: Vec<(InstType, Option<InstId>)> = Vec::new();
    for id in &inst_ids {
        wanted.push((derivative(id, "open-interest")?, Some(id.clone())));
    }
    if let Some(t) = inst_type {
        if !matches!(t, InstType::Swap | InstType::Futures | InstType::Option) {
            return Err(Failure::Usage(format!(
                "--type {t}: open interest exists for SWAP, FUTURES and OPTION; give one of those"
            ))
            .into());
        }
        wanted.push((t, None));
    }
    // OKX needs a family for options: an option ID carries its own; a whole type needs one.
    if wanted
        .iter()
        .any(|(t, id)| *t == InstType::Option && id.is_none())
        && inst_family.is_none()
    {
        return Err(Failure::Usage(
            "open interest of options needs --inst-family, e.g. --inst-family BTC-USD (OKX requires it)".into(),
        )
        .into());
    }
    // A family given with IDs must be theirs, or OKX answers 51001 for a right ID.
    if let Some(f) = &inst_family {
        if let Some((_, Some(id))) = wanted
            .iter()
            .find(|(_, id)| id.as_ref().is_some_and(|id| id.family() != f.as_str()))
        {
            return Err(Failure::Usage(format!(
                "{id} is not of the family {f}; leave out --inst-family or give {}",
                id.family()
            ))
            .into());
        }
    }
    let client = ctx.client(Auth::None)?;
    let mut items = Vec::new();
    for (t, id) in &wanted {
        let mut req = endpoints::OPEN_INTEREST.request().query("instType", *t);
        let family = match (&inst_family, id) {
            (Some(f), _) => Some(f.to_string()),
            (None, Some(id)) if *t == InstType::Option => Some(id.family()),
            _ => None,
        };
        if let Some(f) = family {
            req = req.query("instFamily", f);
        }
        if let Some(id) = id {
            req = req.query("instId", id.clone());
            items.push(first(&client, &req, "open interest", id, id.as_str())?);
        } else {
            items.extend(client.send(&req)?.data);
        }
    }
    if let (true, Some(t)) = (items.is_empty(), inst_type) {
        if !ctx.nothing_found(&format!("{} open interest", t.as_str())) {
            return Ok(());
        }
    }
    ctx.out
        .items(OPEN_INTEREST, items)
        .context("writing output")?;
    Ok(())
}
