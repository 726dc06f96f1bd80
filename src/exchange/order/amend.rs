//! Amending a pending order's price and/or size (`POST /api/v5/trade/amend-order`, derivatives
//! sheet §4.1) through the order core.
//!
//! Checked like a new order before sending: the order is looked up first (it must be `live` or
//! `partially_filled`, or OKX answers 51503), the new price and size go through the
//! instrument's rules with the order's own type, a new size must exceed what has filled (OKX
//! would end the order as filled otherwise), and a derivative's new price must lie in OKX's
//! price band. Sent once, with a generated `reqId` and an `expTime` deadline (okx-v5-facts §1.1:
//! amend honours it). `sCode` 0 only means accepted: the order is looked up until it shows the
//! new values. A lost answer is settled the same way, on OKX's clock: the new values seen is
//! `amended`; the old ones still there twice after the deadline is `not_amended` (OKX does not
//! process an amend past its `expTime`); anything else `unknown`.

use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::lookup::{self, is_open, settle_while, watch, Look, Watched};
use super::{banner, derivative, interrupt, report, run, Amount, Change, OrderRef, Outcome, Side};
use crate::client::{ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::{sanitize, Output, Stderr};
use crate::parse::{field, order_answer, Envelope, OrderAnswer};
use crate::rules::Rules;
use crate::rules::{self, Proposed};

/// `POST /api/v5/trade/amend-order`'s body, in OKX's field order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AmendOrder {
    pub inst_id: String,
    #[serde(flatten)]
    pub order: OrderRef,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cxl_on_fail: bool,
    pub req_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_sz: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_px: Option<Amount>,
    /// How long OKX may hold the amend before processing it (`expTime`).
    #[serde(skip)]
    pub expire: Duration,
    /// OKX's ID of the order, learnt by the look-up before sending: later look-ups use it, since
    /// a client order ID may name a newer order once this one is finished.
    #[serde(skip)]
    pub ord_id: String,
}

impl AmendOrder {
    /// A request ID from the operating system's random source, within OKX's 1-32 letters and
    /// digits (derivatives sheet §1.5), like a generated client order ID.
    pub(crate) fn generate_req_id() -> String {
        super::NewOrder::generate_cl_ord_id()
    }

    fn target(&self) -> OrderRef {
        if self.ord_id.is_empty() {
            self.order.clone()
        } else {
            OrderRef::OrdId(self.ord_id.clone())
        }
    }

    /// `found` carries every value asked for.
    fn shows_new_values(&self, found: &Value) -> bool {
        let dec = |k: &str| field(found, k).parse::<Decimal>().ok();
        self.new_px
            .as_ref()
            .is_none_or(|p| dec("px") == Some(p.value()))
            && self
                .new_sz
                .as_ref()
                .is_none_or(|s| dec("sz") == Some(s.value()))
    }

    /// The order as looked up after an accepted or lost amend, when it does not show the new
    /// values: a finished order will never be amended (OKX's 51503).
    fn finished(&self, found: &Value) -> Option<Outcome> {
        let state = field(found, "state");
        if is_open(found) {
            return None;
        }
        let msg = if state == "canceled" && self.cxl_on_fail {
            format!(
                "the order is canceled, not amended: the amend failed and --cancel-on-fail \
                 had OKX cancel it (or it was canceled first; accFillSz {})",
                sanitize(field(found, "accFillSz"))
            )
        } else {
            format!(
                "the order became {} before the amend took effect",
                sanitize(state)
            )
        };
        Some(Outcome::Rejected(Failure::Api {
            code: "51503".into(),
            msg,
            http_status: None,
            hint: None,
        }))
    }
}

impl Change for AmendOrder {
    fn request(&self) -> Result<ApiRequest> {
        let mut req =
            endpoints::AMEND_ORDER.post(serde_json::to_string(self).context("encoding the amend")?);
        req.expire = Some(self.expire);
        Ok(req)
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        false
    }
    // An amend refused for its deadline (50036/50037) was not processed: that refusal is the
    // answer. The core's resend after a look-up is for placements (no order under the client
    // ID), which an amend's existing order can never satisfy.
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        self.target().check_command(&self.inst_id)
    }
    fn not_done_result(&self) -> &'static str {
        "not_amended"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the order was not amended"
    }
    fn again_phrase(&self) -> &'static str {
        "amend it again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert(self.order.key().into(), json!(self.order.value()));
        m.insert(
            "newPx".into(),
            json!(self.new_px.as_ref().map(Amount::text)),
        );
        m.insert(
            "newSz".into(),
            json!(self.new_sz.as_ref().map(Amount::text)),
        );
        m.insert("reqId".into(), json!(self.req_id));
        if self.cxl_on_fail {
            m.insert("cxlOnFail".into(), json!(true));
        }
        m
    }
    /// Read strictly: an accepted item must name this order and echo this `reqId`.
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        match order_answer(status, env, false) {
            OrderAnswer::Accepted(item)
                if field(&item, "reqId") != self.req_id
                    || (!self.ord_id.is_empty() && field(&item, "ordId") != self.ord_id) =>
            {
                OrderAnswer::Ambiguous(format!(
                    "OKX's answer names order {} and reqId {:?}, not this amend",
                    sanitize(field(&item, "ordId")),
                    sanitize(field(&item, "reqId"))
                ))
            }
            OrderAnswer::Rejected(Failure::Api {
                code,
                msg,
                http_status,
                hint: None,
                // Only a refusal of the amend itself (51xxx) cancels the order; a request refused
                // before processing (50011 rate limit, 50013 busy, 50xxx auth) leaves it live.
            }) if self.cxl_on_fail && code.starts_with("51") => {
                OrderAnswer::Rejected(Failure::Api {
                    code,
                    msg,
                    http_status,
                    hint: Some(format!(
                    "--cancel-on-fail: OKX cancels the order when an amend fails; see it with {}",
                    self.check_command()
                )),
                })
            }
            other => other,
        }
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        &["px", "sz"]
    }
    fn confirm(&self, client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        let target = self.target();
        match lookup::lookup(client, &self.inst_id, &target) {
            Ok(Some(found)) => {
                let found = settle_while(client, &self.inst_id, &target, found, |o| {
                    is_open(o) && !self.shows_new_values(o)
                });
                if self.shows_new_values(&found) {
                    return Outcome::Done {
                        result: "amended",
                        order: found,
                        problem: None,
                    };
                }
                if let Some(outcome) = self.finished(&found) {
                    return outcome;
                }
                Stderr::warn(&format!(
                    "OKX accepted the amend, but the order does not show the new values yet; \
                     see it with: {}",
                    self.check_command()
                ));
                Outcome::Done {
                    result: "amend_accepted",
                    order: found,
                    problem: None,
                }
            }
            _ => Outcome::Done {
                result: "amend_accepted",
                order: item,
                problem: None,
            },
        }
    }
    fn resolve(&self, client: &Client, deadline_ms: Option<i64>, why: &str) -> Outcome {
        Stderr::warn(&format!(
            "{why}: the amend may or may not have reached OKX; it will not be sent again. \
             Looking the order up…"
        ));
        let Some(deadline) = deadline_ms else {
            return Outcome::Unknown(format!("{why}; it carried no deadline to wait for"));
        };
        let target = self.target();
        let watched = watch(client, deadline, "unchanged", || {
            match lookup::lookup(client, &self.inst_id, &target) {
                Ok(Some(found)) if self.shows_new_values(&found) => {
                    Stderr::note("found it: the order shows the new values");
                    Look::Settled(Outcome::Done {
                        result: "amended",
                        order: found,
                        problem: None,
                    })
                }
                Ok(Some(found)) => match self.finished(&found) {
                    Some(outcome) => Look::Settled(outcome),
                    None => Look::NotYet,
                },
                Ok(None) => Look::Failed(format!(
                    "OKX no longer finds order {}",
                    sanitize(target.value())
                )),
                Err(e) => Look::Failed(format!("{e:#}")),
            }
        });
        match watched {
            Watched::Settled(outcome) => outcome,
            Watched::PastDeadline => Outcome::NotDone(format!(
                "{why}, and the order still has its old values, twice, after the amend's expTime \
                 deadline on OKX's clock, after which OKX does not process it"
            )),
            Watched::GaveUp(last) => Outcome::Unknown(format!(
                "{why}; it could not be confirmed either way: {last}"
            )),
        }
    }
}

/// Refused before sending, naming the fix.
fn usage(msg: String) -> anyhow::Error {
    Failure::Usage(msg).into()
}

/// Amends a pending order: looks it up, checks the new values against the instrument's rules
/// (and a derivative's price band), sends the amend once, establishes its fate and prints it.
/// With `dry_run` it prints the exact signed request instead and sends nothing.
pub(crate) fn amend(
    out: &Output,
    client: &Client,
    mut amend: AmendOrder,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        interrupt::arm();
    }
    let id = amend.inst_id.clone();
    let shown = format!("{} {}", amend.order.flag(), amend.order.value());
    let Some(order) = lookup::lookup(client, &id, &amend.order)
        .context("looking the order up before amending it; nothing was sent")?
    else {
        return Err(usage(format!(
            "there is no order {shown} on {id} (OKX would answer 51503): see okx order list {id}"
        )));
    };
    let rules = check_against(client, &mut amend, &order)?;
    let (state, filled) = (field(&order, "state"), field(&order, "accFillSz"));
    let ord_type = field(&order, "ordType");
    banner(client, dry_run);
    if dry_run {
        return report::preview(out, client, &amend.request()?);
    }
    // expTime is read on OKX's clock: learn it first (cached for a few minutes after).
    if !client.knows_clock() {
        client
            .learn_clock()
            .context("learning OKX's clock before amending the order; nothing was sent")?;
    }
    let change = |new: Option<&Amount>, old: &str| match new {
        Some(n) => format!("{} → {}", sanitize(old), n.text()),
        None => format!("{} (unchanged)", sanitize(old)),
    };
    Stderr::note(&format!(
        "amending {} {} order {} on {} ({state}, filled {}): price {}, size {} {} (reqId {})",
        sanitize(ord_type),
        sanitize(field(&order, "side")),
        amend.ord_id,
        id,
        sanitize(filled),
        change(amend.new_px.as_ref(), field(&order, "px")),
        change(amend.new_sz.as_ref(), field(&order, "sz")),
        rules.size_unit(),
        amend.req_id
    ));
    run(out, client, &amend)
}

/// Checks an amend of `order` (OKX's record of it, just read) before anything is sent: the order
/// open, something to change, a price only where the order has one, a size above what has
/// filled, the new values on the instrument's rules (and a derivative's price band). Fills in
/// the amend's `ord_id`; returns the instrument's rules.
pub(crate) fn check_against(
    client: &Client,
    amend: &mut AmendOrder,
    order: &Value,
) -> Result<Rules> {
    let id = amend.inst_id.clone();
    let shown = format!("{} {}", amend.order.flag(), amend.order.value());
    let state = field(order, "state");
    let filled = field(order, "accFillSz");
    if !is_open(order) {
        return Err(usage(format!(
            "order {shown} is {} (filled {}): only a live or partially filled order can be \
             amended (OKX would answer 51503); nothing was sent",
            sanitize(state),
            sanitize(filled)
        )));
    }
    amend.ord_id = field(order, "ordId").to_string();
    let decimal = |k: &str| -> Result<Decimal> {
        field(order, k).parse::<Decimal>().map_err(|_| {
            Failure::Network(format!(
                "OKX's order {shown} has no readable {k} ({:?}); nothing was sent",
                sanitize(field(order, k))
            ))
            .into()
        })
    };
    let (old_sz, acc) = (decimal("sz")?, decimal("accFillSz")?);
    let old_px = field(order, "px").parse::<Decimal>().ok();
    if amend
        .new_px
        .as_ref()
        .map(Amount::value)
        .is_none_or(|p| Some(p) == old_px)
        && amend
            .new_sz
            .as_ref()
            .map(Amount::value)
            .is_none_or(|s| s == old_sz)
    {
        return Err(usage(format!(
            "order {shown} already has price {} and size {}: nothing to amend",
            sanitize(field(order, "px")),
            sanitize(field(order, "sz"))
        )));
    }
    let ord_type = field(order, "ordType");
    if amend.new_px.is_some() && (old_px.is_none() || ord_type == "market") {
        return Err(usage(format!(
            "order {shown} is a {} order without a price: only its size can be amended",
            sanitize(ord_type)
        )));
    }
    if let Some(sz) = &amend.new_sz {
        if sz.value() <= acc {
            return Err(usage(format!(
                "--size {} is not more than the {} already filled: OKX would end the order as \
                 filled; give a size above {}, or cancel the rest with okx order cancel {id} \
                 {shown}",
                sz.text(),
                acc.normalize(),
                acc.normalize()
            )));
        }
    }
    let inst_type = rules::inst_type_of(&id);
    let rules = rules::load(client, &id, inst_type)?;
    rules::check(
        &rules,
        &Proposed {
            price: amend.new_px.as_ref().map(Amount::value),
            size: amend.new_sz.as_ref().map_or(old_sz, Amount::value),
            size_in_quote: field(order, "tgtCcy") == "quote_ccy",
            market: ord_type == "market",
        },
    )?;
    let side = match field(order, "side") {
        "buy" => Side::Buy,
        "sell" => Side::Sell,
        other => {
            return Err(Failure::Network(format!(
                "OKX's order {shown} has no readable side ({:?}); nothing was sent",
                sanitize(other)
            ))
            .into())
        }
    };
    if let (Some(px), Some(_)) = (&amend.new_px, &rules.contract) {
        derivative::check_band(client, &id, side, px)?;
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amend() -> AmendOrder {
        AmendOrder {
            inst_id: "BTC-USDT".into(),
            order: OrderRef::ClOrdId("abc1".into()),
            cxl_on_fail: false,
            req_id: "r1".into(),
            new_sz: None,
            new_px: Some(Amount::parse("42000.1", "--price").unwrap()),
            expire: Duration::from_secs(10),
            ord_id: "7".into(),
        }
    }

    #[test]
    fn the_body_is_okx_spelling_in_okx_order() {
        assert_eq!(
            serde_json::to_string(&amend()).unwrap(),
            r#"{"instId":"BTC-USDT","clOrdId":"abc1","reqId":"r1","newPx":"42000.1"}"#
        );
        let both = AmendOrder {
            order: OrderRef::OrdId("7".into()),
            cxl_on_fail: true,
            new_sz: Some(Amount::parse("0.020", "--size").unwrap()),
            ..amend()
        };
        assert_eq!(
            serde_json::to_string(&both).unwrap(),
            r#"{"instId":"BTC-USDT","ordId":"7","cxlOnFail":true,"reqId":"r1","newSz":"0.020","newPx":"42000.1"}"#
        );
    }

    #[test]
    fn amended_means_every_asked_value_shows() {
        let a = AmendOrder {
            new_sz: Some(Amount::parse("0.02", "--size").unwrap()),
            ..amend()
        };
        assert!(a.shows_new_values(&json!({"px":"42000.10","sz":"0.020"})));
        assert!(!a.shows_new_values(&json!({"px":"42000.1","sz":"0.01"})));
        assert!(!a.shows_new_values(&json!({"px":"42000","sz":"0.02"})));
        assert!(!a.shows_new_values(&json!({})));
    }

    #[test]
    fn an_answer_for_another_amend_is_not_believed() {
        let a = amend();
        let env = |item: Value| {
            crate::client::parse_envelope(&json!({"code":"0","msg":"","data":[item]}).to_string())
                .unwrap()
        };
        let ok = env(json!({"ordId":"7","clOrdId":"abc1","reqId":"r1","sCode":"0","sMsg":""}));
        assert!(matches!(a.answer(200, &ok), OrderAnswer::Accepted(_)));
        for item in [
            json!({"ordId":"7","clOrdId":"abc1","reqId":"r2","sCode":"0","sMsg":""}),
            json!({"ordId":"8","clOrdId":"abc1","reqId":"r1","sCode":"0","sMsg":""}),
            json!({"ordId":"7","clOrdId":"abc1","sCode":"0","sMsg":""}),
        ] {
            assert!(
                matches!(a.answer(200, &env(item.clone())), OrderAnswer::Ambiguous(_)),
                "{item}"
            );
        }
    }
}
