//! `okx order place|cancel|list|get|history`.
//!
//! An order-changing request is sent once, never retried (docs #overview-transaction-timeouts,
//! fact sheet §4.3). When its answer is lost (timeout, broken connection, HTTP 5xx, 50004,
//! 51149) okx looks the order up by its client order ID. Every order carries an `expTime`
//! deadline, after which OKX will not process it; an order still absent when looked up after
//! that deadline was not placed, for certain.

use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

use super::market::{field, iso_ms, type_of};
use super::{Auth, Ctx};
use crate::cli::{
    CancelArgs, GetArgs, HistoryArgs, ListArgs, OrdType, OrderCommand, OrderIdArgs, PlaceArgs,
    Side, TdMode, TgtCcy,
};
use crate::client::{ApiRequest, Client, Delivery, Header, HeaderValue};
use crate::codes;
use crate::error::Failure;
use crate::output::{col, num, Format, Rows, Stderr};
use crate::rules::{self, Proposed};
use crate::validate;

const MAX_EXPIRE_SECS: u64 = 120;
/// Look-ups of a lost order, at most, and how long past its deadline okx keeps trying before
/// reporting the outcome unknown (with the command to check later).
const MAX_LOOKUPS: u32 = 10;
const GIVE_UP_AFTER_DEADLINE_MS: i64 = 5_000;
/// Pages of a listing, at most (100 orders a page).
const MAX_PAGES: usize = 500;

pub fn run(ctx: &Ctx, cmd: OrderCommand) -> Result<()> {
    match cmd {
        OrderCommand::Place(a) => place(ctx, a),
        OrderCommand::Cancel(a) => cancel(ctx, a),
        OrderCommand::List(a) => list(ctx, a),
        OrderCommand::Get(a) => get(ctx, a),
        OrderCommand::History(a) => history(ctx, a),
    }
}

fn side_str(s: Side) -> &'static str {
    match s {
        Side::Buy => "buy",
        Side::Sell => "sell",
    }
}

fn ord_type_str(t: OrdType) -> &'static str {
    match t {
        OrdType::Limit => "limit",
        OrdType::Market => "market",
        OrdType::PostOnly => "post_only",
        OrdType::Ioc => "ioc",
        OrdType::Fok => "fok",
    }
}

fn td_mode_str(t: TdMode) -> &'static str {
    match t {
        TdMode::Cash => "cash",
        TdMode::Cross => "cross",
        TdMode::Isolated => "isolated",
    }
}

/// A client order ID okx makes up: `okx`, the time in base 36, and random letters and digits;
/// unique enough and within OKX's 1-32 alphanumeric rule.
fn generate_cl_ord_id() -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let now = time::OffsetDateTime::now_utc().unix_timestamp_nanos() as u128;
    let mut x = (now ^ (u128::from(std::process::id()) << 64)) as u64 | 1;
    let base36 = |mut n: u128, min_len: usize| {
        let mut out = Vec::new();
        while n > 0 || out.len() < min_len {
            out.push(ALPHABET[(n % 36) as usize]);
            n /= 36;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    };
    let ms = base36(now / 1_000_000, 1);
    let mut rand = String::new();
    for _ in 0..8 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        rand.push(ALPHABET[(x % 36) as usize] as char);
    }
    format!("okx{ms}{rand}")
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

/// The per-order result of a place or cancel answer: `Ok(item)` when its sCode is 0, else the
/// failure with OKX's real meaning (§2.2: top-level code 1 or 2 puts the reason in sCode).
fn item_result(status: u16, env: &crate::client::Envelope) -> Result<Value, Failure> {
    let item = env.data.first().cloned().unwrap_or(Value::Null);
    let s_code = field(&item, "sCode");
    if env.code == "0" && (s_code.is_empty() || s_code == "0") {
        return Ok(item);
    }
    let (code, msg) = if !s_code.is_empty() && s_code != "0" {
        (s_code.to_string(), field(&item, "sMsg").to_string())
    } else {
        (env.code.clone(), env.msg.clone())
    };
    Err(Failure::Api {
        code,
        msg,
        http_status: Some(status),
        hint: None,
    })
}

/// Whether an answer leaves the order's fate unknown: 5xx, 50004 (endpoint timeout), 51149
/// (order timed out).
fn answer_is_ambiguous(status: u16, env: &crate::client::Envelope) -> bool {
    let s_code = env
        .data
        .first()
        .map(|i| field(i, "sCode"))
        .unwrap_or_default();
    status >= 500 || codes::is_unknown_outcome(&env.code) || codes::is_unknown_outcome(s_code)
}

fn place(ctx: &Ctx, args: PlaceArgs) -> Result<()> {
    let inst_id = validate::inst_id(&args.inst_id)?;
    let (sz_text, sz) = validate::decimal(&args.size, "SIZE")?;
    let px = args
        .price
        .as_deref()
        .map(|p| validate::decimal(p, "--price"))
        .transpose()?;
    let ord_type = match (args.ord_type, &px) {
        (None, Some(_)) => OrdType::Limit,
        (None, None) => {
            return Err(Failure::Usage(
                "no --price: add --price PX for a limit order, or --type market to trade at the market price".into(),
            )
            .into())
        }
        (Some(OrdType::Market), Some(_)) => {
            return Err(Failure::Usage(
                "a market order takes no --price; drop --price, or use --type limit".into(),
            )
            .into())
        }
        (Some(t), None) if t != OrdType::Market => {
            return Err(Failure::Usage(format!(
                "a {} order needs --price PX",
                ord_type_str(t)
            ))
            .into())
        }
        (Some(t), _) => t,
    };
    let market = ord_type == OrdType::Market;
    let inst_type = type_of(&inst_id);
    let tgt_ccy = match (market, args.tgt_ccy) {
        (false, Some(_)) => return Err(Failure::Usage(
            "--tgt-ccy applies to market orders only; a limit order's SIZE is in the base currency"
                .into(),
        )
        .into()),
        // OKX's default for a spot market BUY is the quote currency; say what is meant, always.
        (true, t) if inst_type == "SPOT" => Some(t.unwrap_or(TgtCcy::Base)),
        (true, Some(_)) => {
            return Err(Failure::Usage(format!(
                "--tgt-ccy applies to spot market orders only; {inst_id} is {inst_type}"
            ))
            .into())
        }
        _ => None,
    };
    let cl_ord_id = match &args.cl_ord_id {
        Some(id) => validate::cl_ord_id(id)?,
        None => generate_cl_ord_id(),
    };
    let tag = args.tag.as_deref().map(validate::tag).transpose()?;
    let expire = validate::count(&args.expire, "--expire", MAX_EXPIRE_SECS)?;

    let client = ctx.client(Auth::Required)?;
    let rules = rules::load(&client, &inst_id, inst_type)?;
    rules::check(
        &rules,
        &Proposed {
            price: px.as_ref().map(|p| p.1),
            size: sz,
            size_in_quote: tgt_ccy == Some(TgtCcy::Quote),
            market,
        },
    )?;

    let mut body = Map::new();
    body.insert("instId".into(), json!(inst_id));
    body.insert("tdMode".into(), json!(td_mode_str(args.td_mode)));
    body.insert("side".into(), json!(side_str(args.side)));
    body.insert("ordType".into(), json!(ord_type_str(ord_type)));
    body.insert("sz".into(), json!(sz_text));
    if let Some((px_text, _)) = &px {
        body.insert("px".into(), json!(px_text));
    }
    if let Some(t) = tgt_ccy {
        body.insert(
            "tgtCcy".into(),
            json!(if t == TgtCcy::Base {
                "base_ccy"
            } else {
                "quote_ccy"
            }),
        );
    }
    body.insert("clOrdId".into(), json!(cl_ord_id));
    if let Some(t) = &tag {
        body.insert("tag".into(), json!(t));
    }
    let unit = match tgt_ccy {
        Some(TgtCcy::Quote) => &rules.quote,
        _ => &rules.base,
    };

    banner(&client, args.dry_run);
    let deadline = client.server_now_ms() + expire as i64 * 1000;
    let mut req = ApiRequest::post("/api/v5/trade/order", Value::Object(body).to_string()).signed();
    req.headers.push(Header {
        name: "expTime",
        value: HeaderValue::Plain(deadline.to_string()),
    });
    if args.dry_run {
        return print_request(ctx, &client, &req);
    }
    Stderr::note(&format!(
        "placing {} {} {sz_text} {unit} {inst_id}{} (clOrdId {cl_ord_id})",
        ord_type_str(ord_type),
        side_str(args.side),
        px.as_ref()
            .map(|p| format!(" at {}", p.0))
            .unwrap_or_default()
    ));
    let sent_at = client.server_now_ms();
    let outcome = match client.deliver(&req)? {
        Delivery::Answered(status, env) if !answer_is_ambiguous(status, &env) => {
            match item_result(status, &env) {
                Ok(item) => Outcome::Placed(item),
                Err(f) => Outcome::Rejected(f),
            }
        }
        Delivery::Answered(status, env) => {
            let why = match env.code.as_str() {
                "1" | "2" => format!(
                    "HTTP {status} with sCode {}",
                    env.data
                        .first()
                        .map(|i| field(i, "sCode"))
                        .unwrap_or_default()
                ),
                c => format!("HTTP {status}, OKX {c} {}", env.msg),
            };
            resolve_placement(&client, &inst_id, &cl_ord_id, deadline, sent_at, &why)
        }
        Delivery::NotSent(why) => {
            Outcome::NotPlaced(format!("could not connect ({why}); nothing was sent"))
        }
        Delivery::Lost(why) => {
            resolve_placement(&client, &inst_id, &cl_ord_id, deadline, sent_at, &why)
        }
    };
    let check = format!("okx order get {inst_id} --cl-ord-id {cl_ord_id}");
    let mut result = json!({
        "result": "",
        "instId": inst_id,
        "side": side_str(args.side),
        "ordType": ord_type_str(ord_type),
        "sz": sz_text,
        "px": px.as_ref().map(|p| p.0.clone()),
        "tgtCcy": body_tgt(tgt_ccy),
        "clOrdId": cl_ord_id,
    });
    match outcome {
        Outcome::Placed(item) => {
            result["result"] = json!("placed");
            for k in ["ordId", "state", "sMsg", "accFillSz", "avgPx"] {
                if let Some(v) = item
                    .get(k)
                    .filter(|v| v.as_str().is_some_and(|s| !s.is_empty()))
                {
                    result[k] = v.clone();
                }
            }
            print_result(ctx, &result)
        }
        Outcome::Rejected(f) => {
            result["result"] = json!("rejected");
            print_result(ctx, &result)?;
            Err(f.into())
        }
        Outcome::NotPlaced(why) => {
            result["result"] = json!("not_placed");
            print_result(ctx, &result)?;
            Err(Failure::Network(format!(
                "the order was not placed: {why}; placing it again is safe"
            ))
            .into())
        }
        Outcome::Unknown(why) => {
            result["result"] = json!("unknown");
            result["check"] = json!(check);
            print_result(ctx, &result)?;
            Err(Failure::UnknownOutcome(format!(
                "the order may or may not exist: {why}; do not place it again before checking with: {check}"
            ))
            .into())
        }
    }
}

fn body_tgt(t: Option<TgtCcy>) -> Option<&'static str> {
    t.map(|t| {
        if t == TgtCcy::Base {
            "base_ccy"
        } else {
            "quote_ccy"
        }
    })
}

enum Outcome {
    Placed(Value),
    Rejected(Failure),
    NotPlaced(String),
    Unknown(String),
}

/// Looks up an order whose answer was lost, by its client order ID, until it is found, or until
/// OKX's clock is past the order's deadline and it is still absent, or the look-ups run out.
fn resolve_placement(
    client: &Client,
    inst_id: &str,
    cl_ord_id: &str,
    deadline_ms: i64,
    sent_at_ms: i64,
    why: &str,
) -> Outcome {
    Stderr::warn(&format!(
        "{why}: the order may or may not exist; it will not be sent again. Looking it up by clOrdId {cl_ord_id}…"
    ));
    // Judge the deadline by OKX's clock, not this machine's.
    let _ = client.learn_clock();
    let mut last_error = String::new();
    for attempt in 1..=MAX_LOOKUPS {
        if attempt > 1 && client.server_now_ms() > deadline_ms + GIVE_UP_AFTER_DEADLINE_MS {
            break;
        }
        let asked_at = client.server_now_ms();
        match lookup(client, inst_id, &format!("clOrdId={cl_ord_id}")) {
            // A reused clOrdId can match an older order; only one created since sending is ours.
            Ok(Some(order)) if order_time(&order) >= sent_at_ms - 60_000 => {
                let state = field(&order, "state").to_string();
                Stderr::note(&format!(
                    "found it: the order was placed (ordId {}, state {state})",
                    field(&order, "ordId")
                ));
                return Outcome::Placed(order);
            }
            Ok(_) if asked_at > deadline_ms + 1000 => {
                return Outcome::NotPlaced(format!(
                    "{why}, and it is absent after its expTime deadline, after which OKX does not process it"
                ));
            }
            Ok(_) => last_error = "not found yet".into(),
            Err(e) => last_error = format!("{e:#}"),
        }
        let until_deadline =
            Duration::from_millis((deadline_ms + 1500 - client.server_now_ms()).max(0) as u64);
        let pause = if last_error == "not found yet" {
            until_deadline
                .min(Duration::from_secs(2))
                .max(Duration::from_millis(200))
        } else {
            client.backoff(attempt)
        };
        std::thread::sleep(pause);
    }
    Outcome::Unknown(format!("{why}; looking it up failed: {last_error}"))
}

fn order_time(order: &Value) -> i64 {
    field(order, "cTime").parse().unwrap_or(i64::MAX)
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
    match lookup(&client, &inst_id, &id) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_follow_okx_rule_and_differ() {
        let a = generate_cl_ord_id();
        std::thread::sleep(Duration::from_millis(2));
        let b = generate_cl_ord_id();
        for id in [&a, &b] {
            assert!(validate::cl_ord_id(id).is_ok(), "{id}");
        }
        assert_ne!(a, b);
    }
}
