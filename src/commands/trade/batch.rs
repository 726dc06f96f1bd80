//! `okx order batch place|cancel|amend FILE|-`: rows as NDJSON or CSV become the order core's
//! changes, each through the same checks as the single command (`new_order`, the instrument's
//! rules); one bad row refuses the whole file, naming its line, before anything is sent.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use anyhow::{Context, Result};
use serde_json::Value;

use super::{new_order, Auth, Ctx};
use crate::cli::{BatchAction, BatchArgs, PlaceArgs, TgtCcy};
use crate::error::Failure;
use crate::exchange::instrument::InstId;
use crate::exchange::order::batch::{self, Kind, Row};
use crate::exchange::order::{self, amend, listing, AmendOrder, Amount, CancelOrder, OrderRef};
use crate::exchange::order::{OrdType, PosSide, Side, TdMode};
use crate::parse::field;

type Fields = HashMap<String, String>;

pub(super) fn run(ctx: &Ctx, args: BatchArgs) -> Result<()> {
    let text = read(&args.file)?;
    let rows = parse_rows(&text)?;
    if rows.is_empty() {
        return Err(Failure::Usage(format!("{} has no rows", args.file)).into());
    }
    let client = ctx.client(Auth::Required)?;
    let mut changes = Vec::with_capacity(rows.len());
    let mut seen = HashSet::new();
    let mut pending: Option<Vec<Value>> = None;
    for (line, f) in rows {
        let at = |e: anyhow::Error| -> anyhow::Error {
            match e.downcast::<Failure>() {
                Ok(Failure::Usage(m)) => {
                    Failure::Usage(format!("line {line}: {m}; nothing was sent")).into()
                }
                Ok(other) => anyhow::Error::new(other)
                    .context(format!("checking line {line}; nothing was sent")),
                Err(e) => e.context(format!("checking line {line}; nothing was sent")),
            }
        };
        let change: Box<dyn order::Change> = match args.action {
            BatchAction::Place => {
                let mut o = new_order(&place_args(&f, &args).map_err(|e| at(e.into()))?)
                    .map_err(|e| at(e.into()))?;
                if !seen.insert(o.cl_ord_id.clone()) {
                    return Err(at(Failure::Usage(format!(
                        "clOrdId {} is used by an earlier row; give each row its own, or leave it out for a generated one",
                        o.cl_ord_id
                    ))
                    .into()));
                }
                order::check_new(&client, &mut o).map_err(at)?;
                Box::new(o)
            }
            BatchAction::Cancel => {
                let (inst_id, r) = order_ref(&f).map_err(|e| at(e.into()))?;
                once(&mut seen, &inst_id, &r).map_err(|e| at(e.into()))?;
                Box::new(CancelOrder { inst_id, order: r })
            }
            BatchAction::Amend => {
                let (inst_id, r) = order_ref(&f).map_err(|e| at(e.into()))?;
                // OKX refuses the same order twice in one batch (51512); in a file it is a mistake.
                once(&mut seen, &inst_id, &r).map_err(|e| at(e.into()))?;
                let amount = |k: &str| {
                    get(&f, k)
                        .map(|v| Amount::parse(v, k))
                        .transpose()
                        .map_err(|e| at(e.into()))
                };
                let (new_px, new_sz) = (amount("newPx")?, amount("newSz")?);
                if new_px.is_none() && new_sz.is_none() {
                    return Err(at(Failure::Usage("give newPx and/or newSz".into()).into()));
                }
                let mut a = AmendOrder {
                    inst_id,
                    order: r,
                    cxl_on_fail: flag(&f, "cxlOnFail").map_err(|e| at(e.into()))?,
                    req_id: AmendOrder::generate_req_id(),
                    new_sz,
                    new_px,
                    expire: args.expire,
                    ord_id: String::new(),
                };
                // Checked as `okx order amend` checks it, against the order as OKX lists it:
                // one listing of every pending order serves the whole file.
                if pending.is_none() {
                    pending = Some(listing::pending(&client, None, None).context(
                        "listing the pending orders to check the amends; nothing was sent",
                    )?);
                }
                let key = a.order.key();
                let found = pending
                    .iter()
                    .flatten()
                    .find(|o| field(o, "instId") == a.inst_id && field(o, key) == a.order.value());
                let Some(order) = found else {
                    return Err(at(Failure::Usage(format!(
                        "no pending order {} {} on {} (OKX would answer 51503): see okx order list {}",
                        a.order.flag(),
                        a.order.value(),
                        a.inst_id,
                        a.inst_id
                    ))
                    .into()));
                };
                amend::check_against(&client, &mut a, order).map_err(at)?;
                Box::new(a)
            }
        };
        changes.push(Row { line, change });
    }
    let kind = match args.action {
        BatchAction::Place => Kind::Place,
        BatchAction::Cancel => Kind::Cancel,
        BatchAction::Amend => Kind::Amend,
    };
    batch::run(&ctx.out, &client, kind, changes)
}

fn read(file: &str) -> Result<String> {
    let mut text = String::new();
    if file == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading rows from stdin")?;
    } else {
        text = std::fs::read_to_string(file)
            .map_err(|e| Failure::Usage(format!("cannot read {file}: {e}")))?;
    }
    Ok(text)
}

/// The rows with their line numbers: NDJSON when the first row starts with `{`, else CSV whose
/// first row names the columns. Blank lines are skipped.
fn parse_rows(text: &str) -> Result<Vec<(usize, Fields)>, Failure> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let Some(&(_, first)) = lines.first() else {
        return Ok(Vec::new());
    };
    if first.starts_with('{') {
        return lines
            .into_iter()
            .map(|(n, l)| {
                let v: Value = serde_json::from_str(l).map_err(|e| {
                    Failure::Usage(format!(
                        "line {n}: not a JSON object ({e}); nothing was sent"
                    ))
                })?;
                let Value::Object(m) = v else {
                    return Err(Failure::Usage(format!(
                        "line {n}: not a JSON object; nothing was sent"
                    )));
                };
                let f = m
                    .into_iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| {
                        let t = match v {
                            Value::String(s) => s,
                            other => other.to_string(),
                        };
                        (k, t)
                    })
                    .collect();
                Ok((n, f))
            })
            .collect();
    }
    let header: Vec<String> = first.split(',').map(|c| c.trim().to_string()).collect();
    lines[1..]
        .iter()
        .map(|&(n, l)| {
            let cells: Vec<&str> = l.split(',').map(str::trim).collect();
            if cells.len() != header.len() {
                return Err(Failure::Usage(format!(
                    "line {n}: {} cells where the header names {} columns; nothing was sent",
                    cells.len(),
                    header.len()
                )));
            }
            Ok((
                n,
                header
                    .iter()
                    .cloned()
                    .zip(cells.into_iter().map(str::to_string))
                    .filter(|(_, v)| !v.is_empty())
                    .collect(),
            ))
        })
        .collect()
}

fn get<'a>(f: &'a Fields, k: &str) -> Option<&'a str> {
    f.get(k).map(String::as_str).filter(|v| !v.is_empty())
}

fn need<'a>(f: &'a Fields, k: &str) -> Result<&'a str, Failure> {
    get(f, k).ok_or_else(|| Failure::Usage(format!("{k} is missing; add a {k} field")))
}

fn flag(f: &Fields, k: &str) -> Result<bool, Failure> {
    match get(f, k) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(v) => Err(Failure::Usage(format!("{k} {v:?} is not true or false"))),
    }
}

/// A value of one of okx's enums by its OKX name (`post_only`, `cross`).
fn choice<T: clap::ValueEnum>(f: &Fields, k: &str) -> Result<Option<T>, Failure> {
    get(f, k)
        .map(|v| {
            T::from_str(v, true).map_err(|_| {
                let names: Vec<String> = T::value_variants()
                    .iter()
                    .filter_map(|x| x.to_possible_value().map(|p| p.get_name().to_string()))
                    .collect();
                Failure::Usage(format!("{k} {v:?} is not one of {}", names.join(", ")))
            })
        })
        .transpose()
}

fn place_args(f: &Fields, args: &BatchArgs) -> Result<PlaceArgs, Failure> {
    let tgt_ccy = match get(f, "tgtCcy") {
        None => None,
        Some("base_ccy" | "base") => Some(TgtCcy::Base),
        Some("quote_ccy" | "quote") => Some(TgtCcy::Quote),
        Some(v) => {
            return Err(Failure::Usage(format!(
                "tgtCcy {v:?} is not base_ccy or quote_ccy"
            )))
        }
    };
    Ok(PlaceArgs {
        inst_id: InstId::parse(need(f, "instId")?)?,
        side: choice::<Side>(f, "side")?
            .ok_or_else(|| Failure::Usage("side is missing; add side buy or sell".into()))?,
        size: need(f, "sz")?.to_string(),
        price: get(f, "px").map(str::to_string),
        ord_type: choice::<OrdType>(f, "ordType")?,
        td_mode: choice::<TdMode>(f, "tdMode")?,
        pos_side: choice::<PosSide>(f, "posSide")?,
        reduce_only: flag(f, "reduceOnly")?,
        size_in: None,
        tp_trigger: None,
        tp_price: None,
        sl_trigger: None,
        sl_price: None,
        trigger_type: None,
        tgt_ccy,
        cl_ord_id: get(f, "clOrdId").map(str::to_string),
        tag: get(f, "tag").map(str::to_string),
        expire: args.expire,
        dry_run: false,
    })
}

/// Refuses a second row for the same order.
fn once(seen: &mut HashSet<String>, inst_id: &str, r: &OrderRef) -> Result<(), Failure> {
    if seen.insert(format!("{inst_id} {} {}", r.key(), r.value())) {
        return Ok(());
    }
    Err(Failure::Usage(format!(
        "{} {} on {inst_id} is named by an earlier row: one row per order",
        r.key(),
        r.value()
    )))
}

fn order_ref(f: &Fields) -> Result<(String, OrderRef), Failure> {
    let inst = InstId::parse(need(f, "instId")?)?;
    let r = OrderRef::from_args(get(f, "ordId"), get(f, "clOrdId"))
        .map_err(|_| Failure::Usage("give ordId (digits) or clOrdId".into()))?;
    Ok((inst.to_string(), r))
}
