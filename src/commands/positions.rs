//! `okx positions` and `okx positions history`. JSON is OKX's items unchanged; the table adds
//! what a trader needs and OKX does not send: the side of a net position, the size in coin (from
//! the instrument's contract value, cached), the PnL ratio in percent, and the totals, which are
//! a table footer only: CSV and JSON hold one row per position.

use std::collections::HashMap;

use anyhow::{Context, Result};
use serde_json::Value;
use time::OffsetDateTime;

use super::{range, Auth, Ctx};
use crate::cli::{PositionsArgs, PositionsHistoryArgs, PositionsSub};
use crate::client::{now_ms, Client};
use crate::error::Failure;
use crate::exchange::contracts::Terms;
use crate::exchange::endpoints;
use crate::exchange::instrument::{family_of, InstId, InstType};
use crate::exchange::position::{self, magnitude, percent, shown, Totals};
use crate::output::{iso_ms, warn_absurd, Cell, Column, Format, Record, Rows, Stderr};
use crate::parse::field;
use crate::rules;

/// OKX answers at most 10 instruments a request (§3.1).
const MAX_IDS: usize = 10;
/// OKX keeps positions history for 3 months (§3.2).
const HISTORY_DAYS: i64 = 92;
const DAY_MS: i64 = 86_400_000;
/// Enough pages for any 3 months of OKX's history; a cursor that stops moving ends sooner.
const MAX_PAGES: usize = 1000;

pub(crate) fn run(ctx: &Ctx, args: PositionsArgs) -> Result<()> {
    match args.history {
        Some(PositionsSub::History(h)) => history(ctx, h),
        None => positions(ctx, args),
    }
}

/// The type a position of this ID has: a spot pair's position is a MARGIN one.
fn position_type(id: &InstId) -> InstType {
    match id.inst_type() {
        InstType::Spot => InstType::Margin,
        t => t,
    }
}

/// The IDs against `--type` (MARGIN, SWAP, FUTURES or OPTION, checked by the parser), before
/// anything is sent: OKX refuses an ID of another type than `instType` (51015).
fn check_type(inst_type: Option<InstType>, ids: &[&InstId]) -> Result<()> {
    if let Some(t) = inst_type {
        if let Some(id) = ids.iter().find(|id| position_type(id) != t) {
            return Err(Failure::Usage(format!(
                "{id} is a {} instrument, not {t}: drop --type or give a {t} ID",
                position_type(id)
            ))
            .into());
        }
    }
    Ok(())
}

/// A position and what okx computed for its row.
struct Pos {
    item: Value,
    /// Its size in the coin; `""` when it cannot be told.
    coin: String,
}

impl Record for Pos {
    fn field(&self, name: &str) -> &str {
        field(&self.item, name)
    }

    fn json(&self) -> &Value {
        &self.item
    }
}

fn side(p: &Pos, _: &mut Option<String>) -> String {
    position::side(&p.item).to_string()
}

/// Contracts for derivatives; a margin position's size is in a currency, shown as coin.
fn contracts(p: &Pos, _: &mut Option<String>) -> String {
    if field(&p.item, "instType") == "MARGIN" {
        String::new()
    } else {
        magnitude(field(&p.item, "pos")).to_string()
    }
}

fn coin(p: &Pos, _: &mut Option<String>) -> String {
    p.coin.clone()
}

fn upl_pct(p: &Pos, problem: &mut Option<String>) -> String {
    let ratio = field(&p.item, "uplRatio");
    percent(ratio, "uplRatio").unwrap_or_else(|why| {
        problem.get_or_insert(why);
        ratio.to_string()
    })
}

const POSITIONS: &[Column<Pos>] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::text("side", Cell::With(side)),
    Column::num("contracts", Cell::With(contracts)),
    Column::num("size", Cell::With(coin))
        .unit("coin")
        .priority(4),
    Column::num("avg entry", Cell::Field("avgPx")),
    Column::num("mark", Cell::Field("markPx")),
    Column::num("liq. price", Cell::Field("liqPx")).priority(2),
    Column::num("uPnL", Cell::Field("upl")),
    Column::text("ccy", Cell::Field("ccy")),
    Column::num("uPnL", Cell::With(upl_pct))
        .unit("%")
        .priority(3),
    Column::text("margin", Cell::Field("mgnMode")).priority(5),
    Column::num("lever", Cell::Field("lever")).priority(6),
    Column::num("margin ratio", Cell::Field("mgnRatio")).priority(7),
    Column::num("notional", Cell::Field("notionalUsd"))
        .unit("USD")
        .priority(1),
];

/// Where the totals go in a row of [`POSITIONS`].
const COL_INSTRUMENT: usize = 0;
const COL_UPL: usize = 7;
const COL_CCY: usize = 8;
const COL_NOTIONAL: usize = 13;

fn positions(ctx: &Ctx, args: PositionsArgs) -> Result<()> {
    if args.inst_ids.len() > MAX_IDS {
        return Err(Failure::Usage(format!(
            "{} instruments given: OKX answers at most {MAX_IDS} a request; give fewer, or none \
             for every position",
            args.inst_ids.len()
        ))
        .into());
    }
    check_type(args.inst_type, &args.inst_ids.iter().collect::<Vec<_>>())?;
    let mut req = endpoints::POSITIONS.request();
    if let Some(t) = args.inst_type {
        req = req.query("instType", t.as_str());
    }
    if !args.inst_ids.is_empty() {
        let ids: Vec<&str> = args.inst_ids.iter().map(InstId::as_str).collect();
        req = req.query("instId", ids.join(","));
    }
    let client = ctx.client(Auth::Required)?;
    let data = client.send(&req)?.data;
    if data.is_empty() {
        let what = match (&args.inst_type, args.inst_ids.as_slice()) {
            (_, [one]) => format!("open position in {one}"),
            (Some(t), _) => format!("open {t} positions"),
            _ => "open positions".to_string(),
        };
        if !ctx.nothing_found(&what) {
            return Ok(());
        }
    }
    if matches!(ctx.out.format, Format::Json | Format::Ndjson) {
        // OKX's answer as sent: no instrument list needed, so no second request.
        return ctx
            .out
            .emit(&Rows::new(POSITIONS, Vec::new()), &Value::Array(data))
            .context("writing output");
    }
    let mut terms: HashMap<String, Result<Terms, String>> = HashMap::new();
    let mut problem: Option<String> = None;
    let mut totals = Totals::default();
    let records: Vec<Pos> = data
        .into_iter()
        .map(|item| {
            totals.add(&item);
            let coin = coin_size(&client, &mut terms, &item).unwrap_or_else(|why| {
                problem.get_or_insert(why);
                String::new()
            });
            Pos { item, coin }
        })
        .collect();
    if let Some(why) = problem {
        warn_absurd(&why);
    }
    let mut table = Rows::of(POSITIONS, &records);
    if ctx.out.format == Format::Table {
        table.rows.extend(total_rows(&totals));
    }
    let json = Value::Array(records.into_iter().map(|p| p.item).collect());
    ctx.out.emit(&table, &json).context("writing output")
}

/// A position's size in its coin. Derivatives: from the instrument's contract terms (the cached
/// instrument list, one request per type at most). Margin: its `pos` when it is in the coin.
fn coin_size(
    client: &Client,
    terms: &mut HashMap<String, Result<Terms, String>>,
    item: &Value,
) -> Result<String, String> {
    let inst_id = field(item, "instId");
    let inst_type = field(item, "instType");
    let pos = field(item, "pos");
    if pos.is_empty() {
        return Ok(String::new());
    }
    if inst_type == "MARGIN" {
        let base = family_of(inst_id);
        let base = base.split('-').next().unwrap_or_default();
        position::plain(pos, "pos")?;
        return Ok(if field(item, "posCcy") == base {
            magnitude(pos).to_string()
        } else {
            String::new()
        });
    }
    let t = terms
        .entry(inst_id.to_string())
        .or_insert_with(|| {
            rules::load(client, inst_id, inst_type)
                .map_err(|e| format!("{e:#}"))
                .and_then(|r| Terms::of(&r).map_err(|e| e.to_string()))
                .map_err(|e| {
                    format!(
                        "the contract value of {} ({e})",
                        crate::output::sanitize(inst_id)
                    )
                })
        })
        .as_ref()
        .map_err(Clone::clone)?;
    position::coin_size(t, pos, field(item, "markPx"))
}

/// The table's last rows: per settlement currency the unrealised PnL and notional of its
/// positions, then, with several currencies, the notional of all.
fn total_rows(totals: &Totals) -> Vec<Vec<String>> {
    if let Some(why) = &totals.problem {
        warn_absurd(why);
    }
    let blank = || vec![String::new(); POSITIONS.len()];
    let mut rows = Vec::new();
    for (ccy, upl) in &totals.upl {
        let mut r = blank();
        r[COL_INSTRUMENT] = "total".into();
        r[COL_UPL] = shown(*upl);
        r[COL_CCY] = ccy.clone();
        r[COL_NOTIONAL] = shown(totals.usd.get(ccy).copied().flatten());
        rows.push(r);
    }
    if totals.upl.len() > 1 {
        let mut r = blank();
        r[COL_INSTRUMENT] = "total, all".into();
        r[COL_NOTIONAL] = shown(totals.usd_total());
        rows.push(r);
    }
    rows
}

/// `type` of a positions-history record (§3.2) in words.
fn close_type(t: &str) -> &str {
    match t {
        "1" => "partly closed",
        "2" => "closed",
        "3" => "liquidated",
        "4" => "partly liquidated",
        "5" => "ADL, still open",
        "6" => "ADL, closed",
        other => other,
    }
}

fn ended(p: &Value, _: &mut Option<String>) -> String {
    close_type(field(p, "type")).to_string()
}

fn pnl_pct(p: &Value, problem: &mut Option<String>) -> String {
    let ratio = field(p, "pnlRatio");
    percent(ratio, "pnlRatio").unwrap_or_else(|why| {
        problem.get_or_insert(why);
        ratio.to_string()
    })
}

const HISTORY: &[Column] = &[
    Column::text("updated", Cell::Time("uTime")).unit("UTC"),
    Column::text("instrument", Cell::Field("instId")),
    Column::text("direction", Cell::Field("direction")),
    Column::text("margin", Cell::Field("mgnMode")).priority(6),
    Column::num("lever", Cell::Field("lever")).priority(5),
    Column::text("ended", Cell::With(ended)),
    Column::num("open avg", Cell::Field("openAvgPx")),
    Column::num("close avg", Cell::Field("closeAvgPx")),
    Column::num("max size", Cell::Field("openMaxPos")).priority(4),
    Column::num("closed", Cell::Field("closeTotalPos")),
    Column::num("realized PnL", Cell::Field("realizedPnl")),
    Column::text("ccy", Cell::Field("ccy")),
    Column::num("PnL", Cell::With(pnl_pct))
        .unit("%")
        .priority(3),
    Column::num("fee", Cell::Field("fee")).priority(2),
    Column::num("funding", Cell::Field("fundingFee")).priority(7),
    Column::text("opened", Cell::Time("cTime"))
        .unit("UTC")
        .priority(8),
];

fn history(ctx: &Ctx, args: PositionsHistoryArgs) -> Result<()> {
    let ids: Vec<&InstId> = args.inst_id.iter().collect();
    check_type(args.inst_type, &ids)?;
    let now = OffsetDateTime::now_utc();
    let (since, until) = match (&args.since, &args.until) {
        (Some(s), u) => {
            let (s, u) = range::resolve(s, u.as_ref(), now)?;
            (Some(s), Some(u))
        }
        (None, Some(u)) => (None, Some(u.resolve(now)?)),
        (None, None) => (None, None),
    };
    if let Some(s) = since {
        let oldest = now_ms() - HISTORY_DAYS * DAY_MS;
        if s < oldest {
            Stderr::note(&format!(
                "OKX keeps positions history for 3 months: nothing before about {} comes back",
                iso_ms(&oldest.to_string())
            ));
        }
    }
    let mut base = endpoints::POSITIONS_HISTORY.request();
    if let Some(t) = args.inst_type {
        base = base.query("instType", t.as_str());
    }
    if let Some(id) = &args.inst_id {
        base = base.query("instId", id.as_str());
    }
    if let Some(m) = args.mgn_mode {
        base = base.query("mgnMode", m.as_str());
    }
    let client = ctx.client(Auth::Required)?;
    // Newest first from OKX, walked back with `after` (older than a uTime). OKX puts every
    // record of one uTime in the same page, so the last uTime of a page is a safe cursor.
    let mut after: Option<i64> = until.map(|u| u.saturating_add(1));
    let mut out: Vec<Value> = Vec::new();
    let mut problem: Option<String> = None;
    'pages: for page in 0.. {
        if page == MAX_PAGES {
            Stderr::warn(&format!("stopped after {MAX_PAGES} pages"));
            break;
        }
        let mut req = base.clone().query("limit", "100");
        if let Some(a) = after {
            req = req.query("after", a.to_string());
        }
        let data = client.send(&req)?.data;
        let Some(last) = data.last() else { break };
        let oldest = field(last, "uTime").parse::<i64>().ok();
        for item in data.iter() {
            let t = field(item, "uTime").parse::<i64>();
            match t {
                Ok(t) if since.is_some_and(|s| t < s) => {
                    // Newest first: everything after this is older still.
                    break 'pages;
                }
                Ok(t) if until.is_some_and(|u| t > u) => continue,
                Ok(_) => out.push(item.clone()),
                Err(_) => {
                    problem.get_or_insert_with(|| {
                        format!(
                            "uTime \"{}\" of a history record",
                            crate::output::sanitize(field(item, "uTime"))
                        )
                    });
                    out.push(item.clone());
                }
            }
        }
        match oldest {
            // The cursor must move back, or the walk would ask for the same page forever.
            Some(o) if after.is_none_or(|a| o < a) => after = Some(o),
            Some(_) => break,
            None => {
                problem.get_or_insert_with(|| {
                    "uTime of the last record of a page (cannot page past it)".into()
                });
                break;
            }
        }
    }
    if let Some(why) = problem {
        warn_absurd(&why);
    }
    out.reverse();
    if out.is_empty() && !ctx.nothing_found("positions history") {
        return Ok(());
    }
    ctx.out.items(HISTORY, out).context("writing output")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn totals_rows_per_currency_then_all() {
        let mut t = Totals::default();
        t.add(&json!({"ccy": "USDT", "upl": "1.5", "notionalUsd": "100"}));
        t.add(&json!({"ccy": "BTC", "upl": "-0.001", "notionalUsd": "200"}));
        let rows = total_rows(&t);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][COL_CCY], "BTC");
        assert_eq!(rows[0][COL_UPL], "-0.001");
        assert_eq!(rows[1][COL_NOTIONAL], "100");
        assert_eq!(rows[2][COL_INSTRUMENT], "total, all");
        assert_eq!(rows[2][COL_NOTIONAL], "300");
        assert_eq!(POSITIONS[COL_UPL].head.header, "uPnL");
        assert_eq!(POSITIONS[COL_CCY].head.header, "ccy");
        assert_eq!(POSITIONS[COL_NOTIONAL].head.header, "notional");
    }

    #[test]
    fn close_types_in_words() {
        assert_eq!(close_type("3"), "liquidated");
        assert_eq!(close_type("9"), "9");
    }
}
