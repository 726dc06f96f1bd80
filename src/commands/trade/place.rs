//! `okx order place`: validation, the instrument-rule checks, one send, and when the answer is
//! lost, the look-up that turns "maybe" into placed, not placed, or unknown.

use std::time::Duration;

use std::str::FromStr;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use super::{banner, lookup, print_request, print_result};
use crate::cli::{OrdType, PlaceArgs, Side, TdMode, TgtCcy};
use crate::client::{ApiRequest, Client, Delivery};
use crate::commands::market::{field, type_of};
use crate::commands::{Auth, Ctx};
use crate::error::Failure;
use crate::output::Stderr;
use crate::parse::{answer_is_ambiguous, item_result};
use crate::rules::{self, Proposed};
use crate::validate;

const MAX_EXPIRE_SECS: u64 = 120;
/// How long past an order's deadline okx keeps trying to look it up before reporting the
/// outcome unknown (with the command to check later).
const GIVE_UP_AFTER_DEADLINE_MS: i64 = 5_000;

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

pub(super) fn place(ctx: &Ctx, args: PlaceArgs) -> Result<()> {
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
    let mut req = ApiRequest::post("/api/v5/trade/order", Value::Object(body).to_string()).signed();
    req.expire = Some(Duration::from_secs(expire));
    if args.dry_run {
        return print_request(ctx, &client, &req);
    }
    // expTime is read on OKX's clock: learn it first (cached for a few minutes after).
    if !client.knows_clock() {
        client
            .learn_clock()
            .context("learning OKX's clock before placing the order")?;
    }
    let wanted = Wanted {
        inst_id: inst_id.clone(),
        cl_ord_id: cl_ord_id.clone(),
        side: side_str(args.side),
        ord_type: ord_type_str(ord_type),
        sz,
        px: px.as_ref().map(|p| p.1),
    };
    Stderr::note(&format!(
        "placing {} {} {sz_text} {unit} {inst_id}{} (clOrdId {cl_ord_id})",
        ord_type_str(ord_type),
        side_str(args.side),
        px.as_ref()
            .map(|p| format!(" at {}", p.0))
            .unwrap_or_default()
    ));
    let sent_at = client.server_now_ms();
    let delivery = client.deliver(&req)?;
    let deadline = client.last_deadline_ms().unwrap_or(sent_at);
    let outcome = match delivery {
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
            resolve_placement(&client, &wanted, deadline, sent_at, &why)
        }
        Delivery::NotSent(why) => {
            Outcome::NotPlaced(format!("could not connect ({why}); nothing was sent"))
        }
        Delivery::Lost(why) => resolve_placement(&client, &wanted, deadline, sent_at, &why),
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

/// What was sent, to recognise it among orders that share its client order ID.
struct Wanted {
    inst_id: String,
    cl_ord_id: String,
    side: &'static str,
    ord_type: &'static str,
    sz: Decimal,
    px: Option<Decimal>,
}

impl Wanted {
    /// The order found is this one: the same side, type, size and price, created since it was
    /// sent (a reused client order ID can name an older order).
    fn matches(&self, order: &Value, sent_at_ms: i64) -> bool {
        let dec = |k: &str| Decimal::from_str(field(order, k)).ok();
        let created = field(order, "cTime").parse::<i64>().unwrap_or(i64::MIN);
        field(order, "side") == self.side
            && field(order, "ordType") == self.ord_type
            && dec("sz") == Some(self.sz)
            && (self.px.is_none() || dec("px") == self.px)
            && created >= sent_at_ms - CLOCK_TOLERANCE_MS
    }
}

/// How far OKX's clock may be from our estimate of it (half a round trip and then some).
const CLOCK_TOLERANCE_MS: i64 = 2_000;

/// Looks up an order whose answer was lost, by its client order ID, until it is found, or until
/// OKX's clock is surely past the order's deadline and it is still absent (not placed, for
/// certain), or okx has tried for a while past the deadline without an answer (unknown).
fn resolve_placement(
    client: &Client,
    w: &Wanted,
    deadline_ms: i64,
    sent_at_ms: i64,
    why: &str,
) -> Outcome {
    Stderr::warn(&format!(
        "{why}: the order may or may not exist; it will not be sent again. Looking it up by clOrdId {}…",
        w.cl_ord_id
    ));
    let mut clock_known = client.learn_clock().is_ok();
    let mut last_error = String::new();
    let mut attempt = 0;
    loop {
        attempt += 1;
        if attempt > 1 && client.server_now_ms() > deadline_ms + GIVE_UP_AFTER_DEADLINE_MS {
            break;
        }
        if !clock_known {
            // Without OKX's clock, "past the deadline" cannot be judged.
            clock_known = client.learn_clock().is_ok();
        }
        let asked_at = client.server_now_ms();
        match lookup(client, &w.inst_id, &format!("clOrdId={}", w.cl_ord_id)) {
            Ok(Some(order)) if w.matches(&order, sent_at_ms) => {
                let state = field(&order, "state").to_string();
                Stderr::note(&format!(
                    "found it: the order was placed (ordId {}, state {state})",
                    field(&order, "ordId")
                ));
                return Outcome::Placed(order);
            }
            Ok(_) if clock_known && asked_at > deadline_ms + CLOCK_TOLERANCE_MS => {
                return Outcome::NotPlaced(format!(
                    "{why}, and it is absent after its expTime deadline, after which OKX does not process it"
                ));
            }
            Ok(_) if clock_known => last_error = "not found yet".into(),
            Ok(_) => {
                last_error =
                    "not found, and OKX's clock could not be read to judge its deadline".into()
            }
            Err(e) => last_error = format!("{e:#}"),
        }
        let until_deadline = Duration::from_millis(
            (deadline_ms + CLOCK_TOLERANCE_MS + 500 - client.server_now_ms()).max(0) as u64,
        );
        let pause = if last_error == "not found yet" {
            until_deadline
                .min(Duration::from_secs(2))
                .max(Duration::from_millis(200))
        } else {
            client.backoff(attempt.min(4))
        };
        std::thread::sleep(pause);
    }
    Outcome::Unknown(format!(
        "{why}; it could not be confirmed either way: {last_error}"
    ))
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
