//! Adding margin to or taking it from an isolated position (`POST
//! /account/position/margin-balance`, derivatives sheet §3.7) through the order core.
//!
//! Unlike an order, the request carries no client ID and OKX takes no `expTime` for it, so it is
//! not idempotent (adding twice adds twice) and a lost request has no deadline after which OKX
//! would drop it. A lost answer is settled by the position's margin, read before sending and
//! again afterwards: moved by exactly the amount means done. Unmoved is never "not done": OKX
//! may still apply the request later, and sending it again could move the margin twice, so it
//! is `unknown`, with the command to check.

use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::position::pos_side_rule;
use super::{Amount, Change, OrderRef, Outcome, PosSide};
use crate::client::{ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::position::dec;
use crate::exchange::position::of_instrument as positions_of;
use crate::exchange::{account, endpoints};
use crate::output::{sanitize, Output, Stderr};
use crate::parse::{change_answer, field, Envelope, OrderAnswer};

/// Reads of the margin after a lost answer, with growing pauses between them (3 s in all).
const LOOKS: u32 = 4;
const LOOK_PAUSE: Duration = Duration::from_millis(500);

/// Which way the margin moves (OKX's `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Direction {
    Add,
    Reduce,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Direction::Add => "add",
            Direction::Reduce => "reduce",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Direction::Add => "added",
            Direction::Reduce => "reduced",
        }
    }
}

/// `POST /api/v5/account/position/margin-balance`'s body (no `ccy`: that is for MARGIN pairs).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MarginBalance {
    inst_id: String,
    /// `net`, `long` or `short`: OKX lists it as required, so it is always sent.
    pos_side: &'static str,
    #[serde(rename = "type")]
    direction: Direction,
    amt: Amount,
    /// The position's margin currency, which `amt` counts in.
    #[serde(skip)]
    ccy: String,
    /// The position's margin just before sending, to compare with after a lost answer.
    #[serde(skip)]
    before: Decimal,
}

/// The open position of `inst_id` in margin mode `mgn_mode` on side `pos_side`, if any.
fn find<'a>(
    positions: &'a [Value],
    inst_id: &str,
    mgn_mode: &str,
    pos_side: &str,
) -> Result<Option<&'a Value>, Failure> {
    Ok(
        crate::exchange::position::open_one(positions, inst_id, mgn_mode, pos_side)?
            .map(|(p, _)| p),
    )
}

/// An isolated position's margin; OKX's text when it is not a plain decimal.
fn margin_of(p: &Value) -> Result<Decimal, Failure> {
    let m = field(p, "margin");
    dec(m).ok_or_else(|| {
        Failure::Network(format!(
            "OKX sent the isolated position's margin as \"{}\", which okx cannot read; nothing \
             sent",
            sanitize(m)
        ))
    })
}

impl MarginBalance {
    /// The margin the position should have if the request took effect.
    fn after(&self) -> Decimal {
        match self.direction {
            Direction::Add => self.before + self.amt.value(),
            Direction::Reduce => self.before - self.amt.value(),
        }
    }

    /// The position's margin now, or `None` when the position is gone.
    fn margin_now(&self, client: &Client) -> Result<Option<Decimal>> {
        let positions = positions_of(client, &self.inst_id)?;
        match find(&positions, &self.inst_id, "isolated", self.pos_side)? {
            Some(p) => Ok(Some(margin_of(p)?)),
            None => Ok(None),
        }
    }
}

impl Change for MarginBalance {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::MARGIN_BALANCE
            .post(serde_json::to_string(self).context("encoding the margin change")?))
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        false
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        format!("okx positions {}", self.inst_id)
    }
    fn not_done_result(&self) -> &'static str {
        match self.direction {
            Direction::Add => "not_added",
            Direction::Reduce => "not_reduced",
        }
    }
    fn not_done_phrase(&self) -> &'static str {
        "the margin was not changed"
    }
    fn again_phrase(&self) -> &'static str {
        match self.direction {
            Direction::Add => "add it again",
            Direction::Reduce => "reduce it again",
        }
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert("posSide".into(), json!(self.pos_side));
        m.insert("amt".into(), json!(self.amt.text()));
        m.insert("ccy".into(), json!(self.ccy));
        m.insert("type".into(), json!(self.direction.as_str()));
        m
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        match change_answer(status, env) {
            // An answer about another position or direction contradicts the request.
            OrderAnswer::Accepted(item)
                if field(&item, "instId") != self.inst_id
                    || field(&item, "type") != self.direction.as_str()
                    || !["", self.pos_side].contains(&field(&item, "posSide"))
                    || field(&item, "amt").parse::<rust_decimal::Decimal>().ok()
                        != Some(self.amt.value()) =>
            {
                OrderAnswer::Ambiguous(format!(
                    "OKX answered for {} {} instead",
                    sanitize(field(&item, "instId")),
                    sanitize(field(&item, "type"))
                ))
            }
            a => a,
        }
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        // OKX's leverage of the position after the change (its value over its margin).
        &["leverage"]
    }
    fn confirm(&self, _client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        Outcome::Done {
            result: self.direction.done(),
            order: item,
            problem: None,
        }
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        let ccy = &self.ccy;
        let before = self.before.normalize();
        let mut seen = String::new();
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            seen = match self.margin_now(client) {
                Ok(Some(m)) if m == self.after() => {
                    return Outcome::Done {
                        result: self.direction.done(),
                        order: Value::Null,
                        problem: None,
                    }
                }
                Ok(Some(m)) if m == self.before => format!(
                    "the position's margin is still {before} {ccy} after {LOOKS} looks, yet \
                     margin-balance has no client ID and no deadline, so OKX may still apply the \
                     request later"
                ),
                Ok(Some(m)) => format!(
                    "the position's margin moved from {before} to {} {ccy}, not by exactly {} \
                     {ccy}: something else (funding, a trade, another change) moved it too",
                    m.normalize(),
                    self.amt.text()
                ),
                Ok(None) => {
                    "the isolated position is no longer open, so its margin cannot tell".into()
                }
                Err(e) => format!("reading the position back failed ({e:#})"),
            };
        }
        Outcome::Unknown(format!("{why}; {seen}"))
    }
}

/// What the user asked: add or reduce `amt` of the isolated position of `inst_id` (`pos_side`
/// in long/short mode).
pub(crate) struct MarginWish {
    pub inst_id: String,
    pub direction: Direction,
    pub amt: Amount,
    pub pos_side: Option<PosSide>,
}

/// Adds margin to or takes it from an isolated position: checks the position mode, that the
/// position exists and, for a reduce, that it has more margin than the amount; reads the margin
/// (and its currency) before sending; sends once and reports what became of it.
pub(crate) fn adjust(out: &Output, client: &Client, wish: MarginWish, dry_run: bool) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    account::checked(client, |c| {
        pos_side_rule(
            c.pos_mode,
            wish.pos_side,
            "the position whose margin to change",
        )
    })?;
    let pos_side = wish.pos_side.map_or("net", PosSide::as_str);
    let side = wish
        .pos_side
        .map(|p| format!("{} ", p.as_str()))
        .unwrap_or_default();
    let inst_id = &wish.inst_id;
    let positions = positions_of(client, inst_id)?;
    let Some(position) = find(&positions, inst_id, "isolated", pos_side)? else {
        let why = if find(&positions, inst_id, "cross", pos_side)?.is_some() {
            format!(
                "the {side}position in {inst_id} is cross margin, which shares the account's \
                 margin: only an isolated position's margin can be added or reduced"
            )
        } else {
            format!("there is no open isolated {side}position in {inst_id}")
        };
        return Err(Failure::Usage(format!(
            "{why} (OKX would answer 59300); see okx positions {inst_id}"
        ))
        .into());
    };
    let before = margin_of(position)?;
    let ccy = field(position, "ccy").to_string();
    if wish.direction == Direction::Reduce && wish.amt.value() >= before {
        return Err(Failure::Usage(format!(
            "reducing {} {ccy} would take all the margin of the isolated {side}position in \
             {inst_id}, which has {} {ccy}: OKX allows at most its margin less what the position \
             must keep (59301); give a smaller amount",
            wish.amt.text(),
            before.normalize()
        ))
        .into());
    }
    let change = MarginBalance {
        inst_id: wish.inst_id.clone(),
        pos_side,
        direction: wish.direction,
        amt: wish.amt,
        ccy,
        before,
    };
    super::banner(client, dry_run);
    if dry_run {
        Stderr::note(&format!(
            "the amount is in {}, the position's margin currency",
            sanitize(&change.ccy)
        ));
        return super::report::preview(out, client, &change.request()?);
    }
    Stderr::note(&format!(
        "{} {} {} {} the isolated {side}position in {inst_id} (margin now {} {}; sent once: it \
         carries no client ID)",
        match change.direction {
            Direction::Add => "adding",
            Direction::Reduce => "taking",
        },
        change.amt.text(),
        sanitize(&change.ccy),
        match change.direction {
            Direction::Add => "to",
            Direction::Reduce => "from",
        },
        before.normalize(),
        sanitize(&change.ccy),
    ));
    super::run(out, client, &change)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(direction: Direction) -> MarginBalance {
        MarginBalance {
            inst_id: "BTC-USDT-SWAP".into(),
            pos_side: "net",
            direction,
            amt: Amount::parse("10.5", "AMOUNT").unwrap(),
            ccy: "USDT".into(),
            before: Decimal::new(1000, 1),
        }
    }

    #[test]
    fn the_body_is_okx_spelling() {
        assert_eq!(
            serde_json::to_string(&change(Direction::Reduce)).unwrap(),
            r#"{"instId":"BTC-USDT-SWAP","posSide":"net","type":"reduce","amt":"10.5"}"#
        );
        assert_eq!(change(Direction::Add).after(), Decimal::new(1105, 1));
        assert_eq!(change(Direction::Reduce).after(), Decimal::new(895, 1));
    }

    #[test]
    fn an_answer_about_something_else_is_not_taken() {
        let env = |body: &str| crate::parse::parse_envelope(body).unwrap();
        let add = change(Direction::Add);
        let ok = r#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","posSide":"net","amt":"10.5","type":"add","leverage":"4.2","ccy":"USDT"}]}"#;
        assert!(matches!(
            add.answer(200, &env(ok)),
            OrderAnswer::Accepted(_)
        ));
        let other = ok.replace("\"add\"", "\"reduce\"");
        assert!(matches!(
            add.answer(200, &env(&other)),
            OrderAnswer::Ambiguous(_)
        ));
    }
}
