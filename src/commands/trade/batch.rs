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
    let rows = parse_rows(&text, known(args.action))?;
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
                    .map_err(|e| at(as_fields(e).into()))?;
                if !seen.insert(o.cl_ord_id.clone()) {
                    return Err(at(Failure::Usage(format!(
                        "clOrdId {} is used by an earlier row; give each row its own, or leave it out for a generated one",
                        o.cl_ord_id
                    ))
                    .into()));
                }
                order::check_new(&client, &mut o).map_err(at)?;
                // A given ID must name no order yet, or a lost batch could not be told apart
                // from an older order under it (OKX lets a finished order's ID be reused).
                if get(&f, "clOrdId").is_some() {
                    order::ensure_unused(&client, &o).map_err(|e| {
                        at(match e.downcast::<Failure>() {
                            Ok(f) => as_fields(f).into(),
                            Err(e) => e,
                        })
                    })?;
                }
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

/// The rows with their line numbers: NDJSON when the first row starts with `{`, else CSV (RFC
/// 4180, by the `csv` crate: quoted cells, commas and quotes inside them) whose first row names
/// the columns. A UTF-8 byte-order mark is skipped; blank lines are skipped; every field must be
/// one the action reads (`known`), named once.
fn parse_rows(text: &str, known: &[&str]) -> Result<Vec<(usize, Fields)>, Failure> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unknown = |n: usize, k: &str| {
        Failure::Usage(format!(
            "line {n}: field {:?} is not one this file can carry ({}); nothing was sent",
            crate::output::shown(k, 40),
            known.join(", ")
        ))
    };
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    let Some(first) = first else {
        return Ok(Vec::new());
    };
    if first.starts_with('{') || first.starts_with('[') {
        let mut rows = Vec::new();
        for (n, l) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
            if l.is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(l).map_err(|e| {
                Failure::Usage(format!(
                    "line {n}: not a JSON object ({e}); give one object a line (NDJSON); nothing was sent"
                ))
            })?;
            let Value::Object(m) = v else {
                return Err(Failure::Usage(format!(
                    "line {n}: not a JSON object; give one object a line (NDJSON), not an array; nothing was sent"
                )));
            };
            let mut f = Fields::new();
            for (k, v) in m {
                if !known.contains(&k.as_str()) {
                    return Err(unknown(n, &k));
                }
                let t = match v {
                    Value::Null => continue,
                    Value::String(s) => s,
                    Value::Object(_) | Value::Array(_) => {
                        return Err(Failure::Usage(format!(
                        "line {n}: {k} must be a string, a number or true/false; nothing was sent"
                    )))
                    }
                    other => other.to_string(),
                };
                f.insert(k, t);
            }
            rows.push((n, f));
        }
        return Ok(rows);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Failure::Usage(format!("line 1: not a CSV header ({e}); nothing was sent")))?
        .iter()
        .map(str::to_string)
        .collect();
    for (i, h) in header.iter().enumerate() {
        if !known.contains(&h.as_str()) {
            return Err(unknown(1, h));
        }
        if header[..i].contains(h) {
            return Err(Failure::Usage(format!(
                "line 1: column {h} is named twice; name each once; nothing was sent"
            )));
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record =
            record.map_err(|e| Failure::Usage(format!("not valid CSV ({e}); nothing was sent")))?;
        let n = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != header.len() {
            return Err(Failure::Usage(format!(
                "line {n}: {} cells where the header names {} columns (quote a cell that holds a comma); nothing was sent",
                record.len(),
                header.len()
            )));
        }
        rows.push((
            n,
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_string))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
        ));
    }
    Ok(rows)
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

/// A message of `okx order place`'s checks, in a file's words: its fields, not the flags.
fn as_fields(e: Failure) -> Failure {
    let Failure::Usage(m) = e else { return e };
    let words = [
        ("--cl-ord-id", "clOrdId"),
        ("--reduce-only", "reduceOnly"),
        ("--pos-side", "posSide"),
        ("--td-mode", "tdMode"),
        ("--tgt-ccy", "tgtCcy"),
        ("--price", "px"),
        ("--type", "ordType"),
        ("--tag", "tag"),
        ("SIZE", "sz"),
    ];
    Failure::Usage(
        words
            .iter()
            .fold(m, |m, (flag, field)| m.replace(flag, field)),
    )
}

/// The fields a row of `action` may carry: OKX's names, as `okx order place|cancel|amend` sends
/// them. Anything else (a typo such as `reduce_only`, a TP/SL field) refuses the file rather than
/// being dropped.
fn known(action: BatchAction) -> &'static [&'static str] {
    match action {
        BatchAction::Place => &[
            "instId",
            "side",
            "sz",
            "px",
            "ordType",
            "tdMode",
            "posSide",
            "reduceOnly",
            "clOrdId",
            "tag",
            "tgtCcy",
        ],
        BatchAction::Cancel => &["instId", "ordId", "clOrdId"],
        BatchAction::Amend => &["instId", "ordId", "clOrdId", "newPx", "newSz", "cxlOnFail"],
    }
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
