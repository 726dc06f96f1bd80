//! `okx order place|cancel|list|get|history`.
//!
//! An order-changing request is sent once, never retried (docs #overview-transaction-timeouts,
//! fact sheet §4.3). When its answer is lost (timeout, broken connection, HTTP 5xx, 50004,
//! 51149) okx looks the order up by its client order ID. Every order carries an `expTime`
//! deadline, after which OKX will not process it; an order still absent when looked up after
//! that deadline was not placed, for certain.

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

mod place;

use super::market::{field, type_of};
use super::{Auth, Ctx};
use crate::cli::{CancelArgs, GetArgs, HistoryArgs, ListArgs, OrderCommand, OrderIdArgs};
use crate::client::{ApiRequest, Client, Delivery};
use crate::error::Failure;
use crate::output::{col, iso_ms, num, Format, Rows, Stderr};
use crate::parse::{answer_is_ambiguous, item_result};
use crate::validate;

/// Pages of a listing, at most (100 orders a page).
const MAX_PAGES: usize = 500;

pub fn run(ctx: &Ctx, cmd: OrderCommand) -> Result<()> {
    match cmd {
        OrderCommand::Place(a) => place::place(ctx, a),
        OrderCommand::Cancel(a) => cancel(ctx, a),
        OrderCommand::List(a) => list(ctx, a),
        OrderCommand::Get(a) => get(ctx, a),
        OrderCommand::History(a) => history(ctx, a),
    }
}

/// Stderr banner before anything order-changing: which environment, which host.
fn banner(client: &Client, dry_run: bool) {
    let env = if client.demo() {
        "DEMO trading (x-simulated-trading: 1)"
    } else {
        "LIVE trading"
    };
    let dry = if dry_run {
        " — dry run, nothing will be sent"
    } else {
        ""
    };
    Stderr::note(&format!("{env} on {}{dry}", client.base_url()));
}

/// `--dry-run`: the exact request, headers as a person may see them.
fn print_request(ctx: &Ctx, client: &Client, req: &ApiRequest) -> Result<()> {
    let (url, body, headers) = client.preview(req)?;
    if matches!(ctx.out.format, Format::Table) {
        let mut t = format!("{} {url}\n", req.method.as_str());
        for h in &headers {
            t.push_str(&format!("{}: {}\n", h.name, h.display_value()));
        }
        t.push_str(&format!("\n{body}\n"));
        ctx.out.text(&t)
    } else {
        let hs: Map<String, Value> = headers
            .iter()
            .map(|h| (h.name.to_string(), json!(h.display_value())))
            .collect();
        ctx.out.json(&json!({
            "dry_run": true,
            "method": req.method.as_str(),
            "url": url,
            "body": body,
            "headers": hs,
        }))
    }
    .context("writing output")
}

/// Prints an order command's result: key/value rows for people, one object for scripts.
fn print_result(ctx: &Ctx, result: &Value) -> Result<()> {
    let rows = Rows {
        columns: vec![col("field"), col("value")],
        rows: result
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(_, v)| !v.is_null() && !v.is_object())
                    .map(|(k, v)| {
                        vec![
                            k.clone(),
                            v.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| v.to_string()),
                        ]
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    ctx.out.emit(&rows, result).context("writing output")
}

/// GET /trade/order by `id` (`ordId=…` or `clOrdId=…`): `Ok(None)` when OKX says 51603.
fn lookup(client: &Client, inst_id: &str, id: &str) -> Result<Option<Value>> {
    let (k, v) = id.split_once('=').unwrap_or(("ordId", id));
    let req = ApiRequest::get("/api/v5/trade/order")
        .query("instId", inst_id)
        .query(k, v)
        .signed();
    match client.send(&req) {
        Ok(env) => Ok(env.data.into_iter().next()),
        Err(e) => match e.downcast_ref::<Failure>() {
            Some(Failure::Api { code, .. }) if code == "51603" => Ok(None),
            _ => Err(e),
        },
    }
}

/// The order after a lost cancel: OKX cancels asynchronously, so an order still open is looked
/// at again for a few seconds before okx concludes the cancel did not take effect.
fn settled_state(client: &Client, inst_id: &str, id: &str) -> Result<Option<Value>> {
    let mut order = lookup(client, inst_id, id)?;
    for _ in 0..6 {
        match order.as_ref().map(|o| field(o, "state")) {
            Some("live") | Some("partially_filled") => {
                std::thread::sleep(std::time::Duration::from_millis(500));
                order = lookup(client, inst_id, id)?;
            }
            _ => break,
        }
    }
    Ok(order)
}

/// The order to act on: `ordId=…` or `clOrdId=…`, validated.
fn order_id(a: &OrderIdArgs) -> Result<(String, String)> {
    let inst_id = validate::inst_id(&a.inst_id)?;
    let id = match (&a.ord_id, &a.cl_ord_id) {
        (Some(o), _) => {
            if o.is_empty() || !o.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Failure::Usage(format!(
                    "--ord-id {o:?} is not an OKX order ID (digits only)"
                ))
                .into());
            }
            format!("ordId={o}")
        }
        (None, Some(c)) => format!("clOrdId={}", validate::cl_ord_id(c)?),
        (None, None) => return Err(Failure::Usage("give --ord-id or --cl-ord-id".into()).into()),
    };
    Ok((inst_id, id))
}

fn cancel(ctx: &Ctx, args: CancelArgs) -> Result<()> {
    let (inst_id, id) = order_id(&args.order)?;
    let (k, v) = id.split_once('=').unwrap_or_default();
    let client = ctx.client(Auth::Required)?;
    let mut body = Map::new();
    body.insert("instId".into(), json!(inst_id));
    body.insert(k.into(), json!(v));
    banner(&client, args.dry_run);
    let req = ApiRequest::post(
        "/api/v5/trade/cancel-order",
        Value::Object(body).to_string(),
    )
    .signed();
    if args.dry_run {
        return print_request(ctx, &client, &req);
    }
    let check = format!(
        "okx order get {inst_id} --{} {v}",
        if k == "ordId" { "ord-id" } else { "cl-ord-id" }
    );
    let mut result = json!({ "result": "", "instId": inst_id, k: v });
    let why = match client.deliver(&req)? {
        Delivery::Answered(status, env) if !answer_is_ambiguous(status, &env) => {
            match item_result(status, &env) {
                Ok(_) => {
                    // sCode 0 means the cancel was accepted; the order's state says if it is done.
                    result["result"] = json!("cancel_accepted");
                    if let Ok(Some(order)) = lookup(&client, &inst_id, &id) {
                        result["ordId"] = json!(field(&order, "ordId"));
                        result["state"] = json!(field(&order, "state"));
                        if field(&order, "state") == "canceled" {
                            result["result"] = json!("canceled");
                        }
                    }
                    return print_result(ctx, &result);
                }
                Err(f) => {
                    result["result"] = json!("rejected");
                    print_result(ctx, &result)?;
                    return Err(f.into());
                }
            }
        }
        Delivery::Answered(status, env) => format!("HTTP {status}, OKX {}", env.code),
        Delivery::NotSent(why) => {
            result["result"] = json!("not_sent");
            print_result(ctx, &result)?;
            return Err(Failure::Network(format!(
                "the cancel was not sent: could not connect ({why})"
            ))
            .into());
        }
        Delivery::Lost(why) => why,
    };
    Stderr::warn(&format!(
        "{why}: the cancel may or may not have reached OKX; checking the order…"
    ));
    match settled_state(&client, &inst_id, &id) {
        Ok(Some(order)) => {
            let state = field(&order, "state").to_string();
            result["ordId"] = json!(field(&order, "ordId"));
            result["state"] = json!(state);
            match state.as_str() {
                "canceled" | "mmp_canceled" => {
                    result["result"] = json!("canceled");
                    print_result(ctx, &result)
                }
                "filled" => {
                    result["result"] = json!("rejected");
                    print_result(ctx, &result)?;
                    Err(Failure::Api {
                        code: "51400".into(),
                        msg: "the order was filled before it could be canceled".into(),
                        http_status: None,
                        hint: None,
                    }
                    .into())
                }
                _ => {
                    result["result"] = json!("not_canceled");
                    print_result(ctx, &result)?;
                    Err(Failure::Network(format!(
                        "{why}; the order is still {state}: the cancel did not take effect, sending it again is safe"
                    ))
                    .into())
                }
            }
        }
        Ok(None) => Err(Failure::Api {
            code: "51603".into(),
            msg: String::new(),
            http_status: None,
            hint: None,
        }
        .into()),
        Err(e) => {
            result["result"] = json!("unknown");
            result["check"] = json!(check);
            print_result(ctx, &result)?;
            Err(Failure::UnknownOutcome(format!(
                "{why}; checking the order failed ({e:#}); check with: {check}"
            ))
            .into())
        }
    }
}

fn get(ctx: &Ctx, args: GetArgs) -> Result<()> {
    let (inst_id, id) = order_id(&args.order)?;
    let client = ctx.client(Auth::Required)?;
    let Some(order) = lookup(&client, &inst_id, &id)? else {
        return Err(Failure::Api {
            code: "51603".into(),
            msg: "Order does not exist".into(),
            http_status: None,
            hint: None,
        }
        .into());
    };
    let rows = Rows {
        columns: vec![col("field"), col("value")],
        rows: [
            "instId",
            "ordId",
            "clOrdId",
            "side",
            "ordType",
            "px",
            "sz",
            "tgtCcy",
            "state",
            "accFillSz",
            "avgPx",
            "fee",
            "feeCcy",
            "tag",
            "cTime",
            "uTime",
        ]
        .iter()
        .map(|k| {
            let v = field(&order, k);
            let v = if k.ends_with("Time") {
                iso_ms(v)
            } else {
                v.to_string()
            };
            vec![k.to_string(), v]
        })
        .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Array(vec![order]))
        .context("writing output")?;
    Ok(())
}

/// Every page of a listing endpoint, newest first, following `after=<last ordId>` until a page
/// comes back empty (a page may hold fewer than 100 orders without being the last).
fn all_pages(client: &Client, base: ApiRequest) -> Result<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut req = base.clone();
        if let Some(a) = &after {
            req = req.query("after", a.clone());
        }
        let page = client.send(&req.query("limit", "100"))?.data;
        let last = page.last().map(|o| field(o, "ordId").to_string());
        let fresh = page.len();
        out.extend(page);
        match last {
            Some(id) if fresh > 0 && Some(&id) != after.as_ref() => after = Some(id),
            _ => return Ok(out),
        }
    }
    Stderr::warn(&format!("stopped after {MAX_PAGES} pages"));
    Ok(out)
}

fn orders_table(orders: &[Value]) -> Rows {
    Rows {
        columns: vec![
            col("created (UTC)"),
            col("instrument"),
            col("side"),
            col("type"),
            num("price"),
            num("size"),
            num("filled"),
            col("state"),
            col("ordId"),
            col("clOrdId"),
        ],
        rows: orders
            .iter()
            .map(|o| {
                let mut r = vec![iso_ms(field(o, "cTime"))];
                r.extend(
                    [
                        "instId",
                        "side",
                        "ordType",
                        "px",
                        "sz",
                        "accFillSz",
                        "state",
                        "ordId",
                        "clOrdId",
                    ]
                    .iter()
                    .map(|k| field(o, k).to_string()),
                );
                r
            })
            .collect(),
    }
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let mut req = ApiRequest::get("/api/v5/trade/orders-pending").signed();
    if let Some(t) = &args.inst_type {
        req = req.query("instType", validate::inst_type(t)?);
    }
    if let Some(id) = &args.inst_id {
        req = req.query("instId", validate::inst_id(id)?);
    }
    let client = ctx.client(Auth::Required)?;
    let orders = all_pages(&client, req)?;
    ctx.out
        .emit(&orders_table(&orders), &Value::Array(orders))
        .context("writing output")?;
    Ok(())
}

fn history(ctx: &Ctx, args: HistoryArgs) -> Result<()> {
    let inst_id = args.inst_id.as_deref().map(validate::inst_id).transpose()?;
    let inst_type = match (&args.inst_type, &inst_id) {
        (Some(t), _) => validate::inst_type(t)?,
        (None, Some(id)) => type_of(id).to_string(),
        (None, None) => "SPOT".to_string(),
    };
    let mut req = ApiRequest::get("/api/v5/trade/orders-history")
        .query("instType", inst_type)
        .signed();
    if let Some(id) = inst_id {
        req = req.query("instId", id);
    }
    let client = ctx.client(Auth::Required)?;
    let orders = all_pages(&client, req)?;
    ctx.out
        .emit(&orders_table(&orders), &Value::Array(orders))
        .context("writing output")?;
    Ok(())
}
