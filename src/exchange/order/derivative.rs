//! The checks a FUTURES, SWAP or OPTION order gets before it is sent, on top of the
//! instrument's rules (derivatives sheet §1.3, §1.4, §2, §6.5). The mistakes that fill peers'
//! issue trackers are refused here with the rule named, and nothing is sent:
//!
//! * a derivative order with `cash` (there is no default: the margin mode is always chosen);
//! * an account in spot mode (OKX: 51010 for every derivative order);
//! * `posSide` in the wrong position mode (51000), read from the account's configuration;
//! * `reduceOnly` outside net mode, with no position, in the position's direction or larger
//!   than it (51169, 51170; OKX rejects such an order whole);
//! * a price outside OKX's price-limit band (51006);
//! * an attached stop-loss or take-profit on the wrong side of the price, which would trigger
//!   at once, or on a closing order (51100, 51333);
//! * a size typed in coin or quote currency that is not a whole number of lots (never rounded).

use anyhow::Result;
use rust_decimal::Decimal;
use serde_json::Value;

use super::{okx_name, Amount, NewOrder, OrdType, PosSide, Side, TdMode, TriggerType};
use crate::client::Client;
use crate::error::Failure;
use crate::exchange::account::{self, PosMode};
use crate::exchange::contracts::{self, Conversion, Terms, Unit};
use crate::exchange::endpoints;
use crate::exchange::position;
use crate::output::sanitize;
use crate::parse::field;
use crate::rules::Rules;

fn usage(msg: String) -> anyhow::Error {
    Failure::Usage(msg).into()
}

/// Refuses the derivative-only parts of an order for a spot or margin instrument.
pub(super) fn refuse_derivative_flags(order: &NewOrder) -> Result<(), Failure> {
    let id = &order.inst_id;
    let flag = if order.pos_side.is_some() {
        Some("--pos-side")
    } else if order.size_in.is_some() {
        Some("--size-in")
    } else if !order.attach_algo_ords.is_empty() {
        Some("--tp-trigger/--sl-trigger")
    } else if order.reduce_only && order.td_mode == TdMode::Cash {
        Some("--reduce-only with --td-mode cash")
    } else {
        None
    };
    match flag {
        Some(f) => Err(Failure::Usage(format!(
            "{f} is for swaps and futures; {id} is a spot instrument: leave it out"
        ))),
        None => Ok(()),
    }
}

/// Checks a derivative order and completes it (a coin or quote size becomes contracts);
/// returns how it will be margined, for the banner.
pub(super) fn prepare(client: &Client, order: &mut NewOrder, rules: &Rules) -> Result<String> {
    let id = order.inst_id.clone();
    let inst_type = rules.inst_type.as_str();
    let futures_like = matches!(inst_type, "SWAP" | "FUTURES");
    if futures_like && order.td_mode == TdMode::Cash {
        return Err(usage(format!(
            "{id} is a {inst_type}: give --td-mode cross or isolated (a derivative order is \
             margined; okx never assumes which)"
        )));
    }
    let terms = Terms::of(rules)?;
    if let Some(unit) = order.size_in {
        order.sz = to_contracts(&terms, unit, order)?;
        order.size_in = None;
    }

    let config = account::checked(client, |c| {
        mode_rules(c, order, inst_type, futures_like).map(|()| c.clone())
    })?;

    // Does the order close (part of) a position? Then it can carry no TP/SL.
    let closing = match (config.pos_mode, order.pos_side) {
        (PosMode::LongShort, Some(PosSide::Long)) => order.side == Side::Sell,
        (PosMode::LongShort, Some(PosSide::Short)) => order.side == Side::Buy,
        _ => order.reduce_only,
    };
    if order.reduce_only {
        check_reduce_only(client, order)?;
    }
    if !order.attach_algo_ords.is_empty() {
        if closing {
            return Err(usage(format!(
                "a closing order cannot carry a take-profit or stop-loss (OKX {}): place them \
                 on the order that opens the position, or as an algo order",
                if order.reduce_only { "51100" } else { "51333" }
            )));
        }
        check_triggers(client, order, rules)?;
    }
    if let Some(px) = &order.px {
        check_band(client, &order.inst_id, order.side, px)?;
    }

    let mut margin = format!("{} margin", okx_name(order.td_mode));
    if let Some(p) = order.pos_side {
        margin.push_str(&format!(", {} position", okx_name(p)));
    }
    if order.reduce_only {
        margin.push_str(", reduce-only");
    }
    Ok(margin)
}

/// The rules the account's modes set: no derivatives in spot mode (51010), no isolated margin
/// in multi-currency or portfolio margin mode (50072), `posSide` by the position mode (51000),
/// `reduceOnly` in net mode only.
fn mode_rules(
    config: &account::AccountConfig,
    order: &NewOrder,
    inst_type: &str,
    futures_like: bool,
) -> Result<(), Failure> {
    let id = &order.inst_id;
    if config.acct_lv == "1" {
        return Err(Failure::Usage(format!(
            "the account is in spot mode, where OKX refuses every {inst_type} order (51010): \
             switch the account mode to futures (or another margin mode) on OKX's website first"
        )));
    }
    if order.td_mode == TdMode::Isolated && matches!(config.acct_lv.as_str(), "3" | "4") {
        return Err(Failure::Usage(format!(
            "isolated margin is not available in {} mode (OKX 50072): use --td-mode cross",
            crate::exchange::position::account_mode(&config.acct_lv).unwrap_or("this account's")
        )));
    }
    if futures_like {
        match (config.pos_mode, order.pos_side) {
            (PosMode::LongShort, None) => {
                return Err(Failure::Usage(
                    "the account is in long/short position mode: give --pos-side long or short \
                     (buy --pos-side long opens a long, sell --pos-side long closes it; OKX \
                     refuses an order without it with 51000)"
                        .into(),
                ))
            }
            (PosMode::Net, Some(p)) => {
                return Err(Failure::Usage(format!(
                    "the account is in net position mode, where an order has no side of its own: \
                     leave out --pos-side {} (buy adds to a long or reduces a short)",
                    okx_name(p)
                )))
            }
            _ => {}
        }
    } else if order.pos_side.is_some() {
        return Err(Failure::Usage(format!(
            "--pos-side is for swaps and futures; {id} is an {inst_type}: leave it out"
        )));
    }
    if order.reduce_only && config.pos_mode == PosMode::LongShort {
        return Err(Failure::Usage(
            "--reduce-only is for net position mode; in long/short mode an order that closes \
             (sell --pos-side long, buy --pos-side short) is reduce-only already: leave it out"
                .into(),
        ));
    }
    Ok(())
}

/// SIZE in coin or quote currency as contracts, exactly; refused when it is not a whole number
/// of lots, naming the valid sizes around it and suggesting only the smaller.
fn to_contracts(terms: &Terms, unit: Unit, order: &NewOrder) -> Result<Amount> {
    let ccy = match unit {
        Unit::Base => &terms.base,
        Unit::Quote => &terms.quote,
        Unit::Contracts => "contracts",
    };
    let price = order.px.as_ref().map(Amount::value);
    if terms.needs_price(unit) && price.is_none() {
        return Err(usage(format!(
            "SIZE in {ccy} needs a price to become contracts of {}, and a market order has none: \
             give SIZE in contracts (see okx contracts {} --{} {})",
            terms.inst_id,
            terms.inst_id,
            if unit == Unit::Base { "base" } else { "quote" },
            order.sz.text()
        )));
    }
    let worth = |s: &contracts::Size| {
        let v = match unit {
            Unit::Base => s.base,
            _ => s.quote,
        };
        v.map(|v| format!(" = {v} {ccy}")).unwrap_or_default()
    };
    match contracts::convert(terms, unit, order.sz.value(), price)? {
        Conversion::Exact(s) => Ok(Amount::from_decimal(s.contracts)),
        Conversion::Between { below, above } => Err(usage(match below {
            Some(b) => format!(
                "SIZE {} {ccy} is not a whole number of {}'s lots ({} contracts): it lies \
                 between {} contracts{} and {} contracts{}; use {} (SIZE in contracts, without \
                 --size-in)",
                order.sz.text(),
                terms.inst_id,
                terms.lot.normalize(),
                b.contracts,
                worth(&b),
                above.contracts,
                worth(&above),
                b.contracts
            ),
            None => format!(
                "SIZE {} {ccy} is less than {}'s smallest order, {} contracts{}",
                order.sz.text(),
                terms.inst_id,
                above.contracts,
                worth(&above)
            ),
        })),
    }
}

/// The account's net position in the order's instrument and margin mode (signed contracts).
fn net_position(client: &Client, order: &NewOrder) -> Result<Decimal> {
    let positions = position::of_instrument(client, &order.inst_id)?;
    let found = position::open_one(
        &positions,
        &order.inst_id,
        okx_name(order.td_mode).as_str(),
        "net",
    )?;
    Ok(found.map_or(Decimal::ZERO, |(_, size)| size))
}

/// `reduceOnly` in net mode: there must be a position to reduce, in the other direction, at
/// least as large as the order (OKX rejects a larger one whole).
fn check_reduce_only(client: &Client, order: &NewOrder) -> Result<()> {
    let id = &order.inst_id;
    let mode = okx_name(order.td_mode);
    let pos = net_position(client, order)?;
    if pos.is_zero() {
        return Err(usage(format!(
            "--reduce-only: there is no {mode} position in {id} to reduce (OKX 51169)"
        )));
    }
    let long = pos > Decimal::ZERO;
    if long == (order.side == Side::Buy) {
        return Err(usage(format!(
            "--reduce-only: the {mode} position in {id} is {} {} contracts, and a {} adds to it \
             (OKX 51170): to reduce it, {}",
            if long { "long" } else { "short" },
            pos.abs().normalize(),
            okx_name(order.side),
            if long { "sell" } else { "buy" }
        )));
    }
    if order.sz.value() > pos.abs() {
        return Err(usage(format!(
            "--reduce-only: SIZE {} is more than the {} {mode} position in {id} ({} contracts), \
             and OKX would reject the whole order: use at most {}",
            order.sz.text(),
            if long { "long" } else { "short" },
            pos.abs().normalize(),
            pos.abs().normalize()
        )));
    }
    Ok(())
}

/// A decimal field of OKX's answer, or the error naming it.
fn decimal(item: &Value, name: &str, what: &str) -> Result<Decimal> {
    let text = field(item, name);
    text.parse::<Decimal>()
        .ok()
        .filter(|d| *d > Decimal::ZERO)
        .ok_or_else(|| {
            Failure::Network(format!(
                "OKX sent no usable {what} (\"{}\"): nothing sent; try again",
                sanitize(text)
            ))
            .into()
        })
}

fn first(client: &Client, req: &crate::client::ApiRequest, what: &str) -> Result<Value> {
    client.send(req)?.data.into_iter().next().ok_or_else(|| {
        Failure::Network(format!(
            "OKX answered with no {what}: nothing sent; try again"
        ))
        .into()
    })
}

/// The price a trigger of `kind` watches on `rules`' instrument, now.
pub(super) fn reference_price(
    client: &Client,
    rules: &Rules,
    kind: TriggerType,
) -> Result<Decimal> {
    let id = rules.inst_id.clone();
    match kind {
        TriggerType::Last => {
            let t = first(
                client,
                &endpoints::TICKER.request().query("instId", id),
                "ticker",
            )?;
            decimal(&t, "last", "last price")
        }
        TriggerType::Mark => {
            let m = first(
                client,
                &endpoints::MARK_PRICE
                    .request()
                    .query("instType", rules.inst_type.clone())
                    .query("instId", id),
                "mark price",
            )?;
            decimal(&m, "markPx", "mark price")
        }
        TriggerType::Index => {
            let family = rules
                .contract
                .as_ref()
                .map(|c| c.family.clone())
                .unwrap_or_default();
            let i = first(
                client,
                &endpoints::INDEX_TICKERS.request().query("instId", family),
                "index price",
            )?;
            decimal(&i, "idxPx", "index price")
        }
    }
}

/// An attached stop-loss or take-profit must be on the right side of where the position will
/// be entered (a long's stop below, its take-profit above; a short's the other way), or it
/// would trigger the moment the order fills. The entry is the price now for a market order; for
/// a limit order the better of its price and the price now (a buy below the market rests and
/// fills at its price, one above fills at the market). A stop's own limit price must not be
/// beyond its trigger (a long's sell stop at or below it), or the stop may not fill.
fn check_triggers(client: &Client, order: &NewOrder, rules: &Rules) -> Result<()> {
    let long = order.side == Side::Buy;
    let position = if long { "long" } else { "short" };
    for a in &order.attach_algo_ords {
        for (name, trigger, ord_px, kind) in [
            (
                "stop-loss",
                &a.legs.sl_trigger_px,
                &a.legs.sl_ord_px,
                a.legs.sl_trigger_px_type,
            ),
            (
                "take-profit",
                &a.legs.tp_trigger_px,
                &a.legs.tp_ord_px,
                a.legs.tp_trigger_px_type,
            ),
        ] {
            let Some(trigger) = trigger else { continue };
            let kind = kind.unwrap_or(TriggerType::Last);
            let now = reference_price(client, rules, kind)?;
            let limit = order
                .px
                .as_ref()
                .filter(|_| order.ord_type != OrdType::Market)
                .map(Amount::value);
            let (entry, from) = match limit {
                Some(px) if (long && px < now) || (!long && px > now) => {
                    (px, format!("the order's price, {px}"))
                }
                _ => (now, format!("the {} price now, {now}", okx_name(kind))),
            };
            // A stop-loss below for a long, above for a short; a take-profit the other way.
            let below = (name == "stop-loss") == long;
            let wrong = if below {
                trigger.value() >= entry
            } else {
                trigger.value() <= entry
            };
            if wrong {
                return Err(usage(format!(
                    "a {name} at {} for a {position} would trigger as soon as the order fills: a \
                     {position}'s {name} must be {} where it is entered, {from}",
                    trigger.text(),
                    if below { "below" } else { "above" },
                )));
            }
            if let (true, Some(super::OrdPx::Limit(p))) = (name == "stop-loss", ord_px) {
                let beyond = if long {
                    p.value() > trigger.value()
                } else {
                    p.value() < trigger.value()
                };
                if beyond {
                    return Err(usage(format!(
                        "--sl-price {} is {} the stop's trigger {}: when the price reaches the \
                         trigger, a {} limit there may not fill and the stop would not protect; \
                         give a price at or {} the trigger, or no --sl-price for a market stop",
                        p.text(),
                        if long { "above" } else { "below" },
                        trigger.text(),
                        if long { "sell" } else { "buy" },
                        if long { "below" } else { "above" }
                    )));
                }
            }
        }
    }
    Ok(())
}

/// A limit price of a `side` order must lie inside OKX's price-limit band now (51006
/// otherwise); an amended price too.
/// How long an instrument's price band is reused: a file of hundreds of rows is checked against
/// one read (the price-limit endpoint allows 20 reads per 2 s), and OKX checks the order again
/// on arrival (51006) anyway.
const BAND_FOR: std::time::Duration = std::time::Duration::from_secs(5);

/// `inst_id`'s price band, read at most once per [`BAND_FOR`].
fn band(client: &Client, inst_id: &str) -> Result<Value> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    use std::time::Instant;
    static BANDS: OnceLock<Mutex<HashMap<String, (Instant, Value)>>> = OnceLock::new();
    let bands = BANDS.get_or_init(Default::default);
    if let Some((at, v)) = bands.lock().ok().and_then(|b| b.get(inst_id).cloned()) {
        if at.elapsed() < BAND_FOR {
            return Ok(v);
        }
    }
    let v = first(
        client,
        &endpoints::PRICE_LIMIT.request().query("instId", inst_id),
        "price limit",
    )?;
    if let Ok(mut b) = bands.lock() {
        b.insert(inst_id.to_string(), (Instant::now(), v.clone()));
    }
    Ok(v)
}

pub(super) fn check_band(client: &Client, inst_id: &str, side: Side, px: &Amount) -> Result<()> {
    let band = band(client, inst_id)?;
    if band.get("enabled").and_then(Value::as_bool) == Some(false) {
        return Ok(());
    }
    let (name, limit) = match side {
        Side::Buy => ("buyLmt", "highest buy price"),
        Side::Sell => ("sellLmt", "lowest sell price"),
    };
    let lmt = decimal(&band, name, limit)?;
    let outside = match side {
        Side::Buy => px.value() > lmt,
        Side::Sell => px.value() < lmt,
    };
    if outside {
        return Err(usage(format!(
            "price {} is outside OKX's price limit for {} now: the {limit} it accepts is {lmt} \
             (OKX would refuse it with 51006); give a price within it",
            px.text(),
            inst_id
        )));
    }
    Ok(())
}
