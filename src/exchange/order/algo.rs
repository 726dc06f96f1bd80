//! Algo orders through the order core (derivatives sheet §5): placing (`POST
//! /trade/order-algo`: `conditional` with one TP or SL leg, `oco` with both, `trigger`,
//! `move_order_stop`), canceling (`cancel-algos`) and amending (`amend-algos`) are
//! [`Change`]s, and the look-ups and listings they need.
//!
//! * Never a duplicate: every placement carries an `algoClOrdId` (generated when none is given,
//!   and a given one is checked unused first). OKX honours `expTime` on none of these endpoints
//!   (okx-v5-facts §1.1), so a lost answer is settled only by finding the order (`placed`);
//!   absent after several looks it is `unknown`, never "not placed": OKX could still process it,
//!   and sending it again could make two.
//! * Never a net-mode `conditional` with both legs: OKX runs only its SL (sheet §5.1), so both
//!   legs are always sent as an `oco`.
//! * Checked before sending (exit 2, nothing sent): a TP/SL leg already reached by the price it
//!   watches (it would fire at once: refused with the numbers unless `--force`), a trailing
//!   stop's callback outside [`MIN_CALLBACK`, `MAX_CALLBACK`] (UNCONFIRMED, the docs give the
//!   bounds only as placeholders) or an activation price on the wrong side, `--close-position`
//!   outside OKX's rules (FUTURES/SWAP, TP/SL only, market legs, reduce-only in net mode, one
//!   per position) or on the side that would add to the position, prices off the tick, sizes
//!   against lot, minimum and `maxStopSz` / `maxTriggerSz`. Decimals only. An amend's new values
//!   get the same checks, and a net-mode `conditional` keeps one leg.
//! * Warned before sending, sent unchanged: a net-mode TP/SL without `reduceOnly` larger than
//!   the position it closes, which can open or flip one when it fires.
//! * Trigger orders in net mode (sheet §10.5, DOC CONFLICT 51298 against the docs' own SWAP
//!   example with `posSide: net`): okx follows the example and sends them.

use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::derivative::reference_price;
use super::position::pos_side_rule;
use super::{okx_name, Amount, Change, OrdPx, Outcome, PosSide, Side, TdMode, TgtCcy};
use super::{Legs, OrderRef, TriggerType};
use crate::client::{ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::account::{self, PosMode};
use crate::exchange::endpoints;
use crate::exchange::pages::{all_pages, pages_until};
use crate::output::{sanitize, Output, Stderr};
use crate::parse::{field, keyed_answer, Envelope, OrderAnswer};
use crate::rules::{self, Rules};
use crate::validate;

/// The smallest and largest trailing callback ratio (UNCONFIRMED, see the module notes).
pub(crate) const MIN_CALLBACK: Decimal = Decimal::from_parts(1, 0, 0, false, 3);
pub(crate) const MAX_CALLBACK: Decimal = Decimal::from_parts(3, 0, 0, false, 1);
/// Looks after a lost answer before okx says the outcome is unknown.
const LOOKS: u32 = 4;
const LOOK_PAUSE: Duration = Duration::from_millis(400);

/// An algo order's kind, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum AlgoKind {
    /// One take-profit or stop-loss leg
    Conditional,
    /// A take-profit and a stop-loss: one cancels the other
    Oco,
    /// A stop entry: an order placed when the price reaches the trigger
    Trigger,
    /// A trailing stop (OKX's move_order_stop)
    Trailing,
}

impl AlgoKind {
    pub(crate) const ALL: [AlgoKind; 4] = [
        AlgoKind::Conditional,
        AlgoKind::Oco,
        AlgoKind::Trigger,
        AlgoKind::Trailing,
    ];

    /// OKX's `ordType`.
    pub(crate) fn ord_type(self) -> &'static str {
        match self {
            AlgoKind::Conditional => "conditional",
            AlgoKind::Oco => "oco",
            AlgoKind::Trigger => "trigger",
            AlgoKind::Trailing => "move_order_stop",
        }
    }

    /// The `ordType` values of the list requests covering `kinds`: OKX combines only
    /// `conditional,oco` in one request (sheet §5.4).
    fn list_types(kinds: &[AlgoKind]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let tpsl: Vec<&str> = kinds
            .iter()
            .filter(|k| matches!(k, AlgoKind::Conditional | AlgoKind::Oco))
            .map(|k| k.ord_type())
            .collect();
        if !tpsl.is_empty() {
            out.push(tpsl.join(","));
        }
        for k in kinds {
            if matches!(k, AlgoKind::Trigger | AlgoKind::Trailing) {
                out.push(k.ord_type().to_string());
            }
        }
        out
    }
}

/// Which algo order: OKX's ID or the client's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) enum AlgoRef {
    AlgoId(String),
    AlgoClOrdId(String),
}

impl AlgoRef {
    /// Validates `--algo-id` (digits) or `--algo-cl-ord-id` (1-32 letters and digits).
    pub(crate) fn from_args(algo_id: Option<&str>, cl: Option<&str>) -> Result<AlgoRef, Failure> {
        match (algo_id, cl) {
            (Some(o), _) if o.is_empty() || !o.bytes().all(|b| b.is_ascii_digit()) => {
                Err(Failure::Usage(format!(
                    "--algo-id {:?} is not an OKX algo order ID (digits only)",
                    sanitize(o)
                )))
            }
            (Some(o), _) => Ok(AlgoRef::AlgoId(o.to_string())),
            (None, Some(c)) => Ok(AlgoRef::AlgoClOrdId(algo_cl_ord_id(c)?)),
            (None, None) => Err(Failure::Usage("give --algo-id or --algo-cl-ord-id".into())),
        }
    }

    pub(crate) fn key(&self) -> &'static str {
        match self {
            AlgoRef::AlgoId(_) => "algoId",
            AlgoRef::AlgoClOrdId(_) => "algoClOrdId",
        }
    }

    pub(crate) fn value(&self) -> &str {
        match self {
            AlgoRef::AlgoId(v) | AlgoRef::AlgoClOrdId(v) => v,
        }
    }

    fn flag(&self) -> &'static str {
        match self {
            AlgoRef::AlgoId(_) => "--algo-id",
            AlgoRef::AlgoClOrdId(_) => "--algo-cl-ord-id",
        }
    }

    /// The command that shows the algo order.
    pub(crate) fn check_command(&self) -> String {
        format!("okx algo get {} {}", self.flag(), self.value())
    }
}

/// OKX's `algoClOrdId` rule: 1-32 letters and digits.
pub(crate) fn algo_cl_ord_id(s: &str) -> Result<String, Failure> {
    validate::cl_ord_id(s).map_err(|_| {
        Failure::Usage(format!(
            "--algo-cl-ord-id {:?} must be 1-32 letters and digits (no '-' or '_'), e.g. stop42",
            sanitize(s)
        ))
    })
}

/// `GET /trade/order-algo` by `algoId` or `algoClOrdId`. `Ok(None)` only when OKX says 51603;
/// an answer that is not one algo order, or names another, is an error.
pub(crate) fn lookup(client: &Client, target: &AlgoRef) -> Result<Option<Value>> {
    let req = endpoints::ALGO_ORDER
        .request()
        .query(target.key(), target.value());
    match client.send(&req) {
        Ok(env) => match env.data.as_slice() {
            [one]
                if !field(one, "algoId").is_empty()
                    && field(one, target.key()) == target.value() =>
            {
                Ok(Some(one.clone()))
            }
            _ => Err(Failure::Network(
                "OKX answered the algo order look-up without one algo order in it".into(),
            )
            .into()),
        },
        Err(e) => match e.downcast_ref::<Failure>() {
            Some(Failure::Api { code, .. }) if code == "51603" => Ok(None),
            _ => Err(e),
        },
    }
}

/// What a trigger order places when it fires, besides a plain limit or market order
/// (`advanceOrdType`, derivatives fact sheet §5.1): an immediate-or-cancel or fill-or-kill order
/// at its `orderPx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum AdvanceOrdType {
    Ioc,
    Fok,
}

/// `POST /api/v5/trade/order-algo`'s body, in OKX's names.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NewAlgo {
    pub inst_id: String,
    pub td_mode: TdMode,
    pub side: Side,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos_side: Option<PosSide>,
    pub ord_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sz: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_fraction: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reduce_only: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tgt_ccy: Option<TgtCcy>,
    pub algo_cl_ord_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(flatten)]
    pub legs: Legs,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_px: Option<OrdPx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger_px_type: Option<TriggerType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advance_ord_type: Option<AdvanceOrdType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_ratio: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_spread: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_px: Option<Amount>,
    /// The `algoClOrdId` was chosen by the user, so it may already name an algo order.
    #[serde(skip)]
    pub algo_cl_ord_id_given: bool,
    /// Send a leg that the price has reached already.
    #[serde(skip)]
    pub force: bool,
}

impl NewAlgo {
    fn target(&self) -> AlgoRef {
        AlgoRef::AlgoClOrdId(self.algo_cl_ord_id.clone())
    }

    /// The algo order found under this one's `algoClOrdId` is this one.
    fn matches(&self, found: &Value) -> bool {
        let size_ok = match &self.sz {
            Some(sz) => field(found, "sz").parse::<Decimal>().ok() == Some(sz.value()),
            None => field(found, "closeFraction") == "1",
        };
        field(found, "instId") == self.inst_id
            && field(found, "algoClOrdId") == self.algo_cl_ord_id
            && field(found, "side") == okx_name(self.side)
            && field(found, "ordType") == self.ord_type
            && size_ok
    }

    /// The legs it has: `(name, trigger, order price)`.
    fn legs(&self) -> Vec<(&'static str, &Amount, &Option<OrdPx>)> {
        let mut legs = Vec::new();
        if let Some(t) = &self.legs.sl_trigger_px {
            legs.push(("stop-loss", t, &self.legs.sl_ord_px));
        }
        if let Some(t) = &self.legs.tp_trigger_px {
            legs.push(("take-profit", t, &self.legs.tp_ord_px));
        }
        legs
    }
}

fn found_placed(order: Value) -> Outcome {
    Outcome::Done {
        result: "placed",
        order,
        problem: None,
    }
}

impl Change for NewAlgo {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::PLACE_ALGO
            .post(serde_json::to_string(self).context("encoding the algo order")?))
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        true
    }
    fn target(&self) -> Option<OrderRef> {
        None
    }
    fn check_command(&self) -> String {
        self.target().check_command()
    }
    fn not_done_result(&self) -> &'static str {
        "not_placed"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the algo order was not placed"
    }
    fn again_phrase(&self) -> &'static str {
        "place it again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert("side".into(), json!(okx_name(self.side)));
        m.insert("ordType".into(), json!(self.ord_type));
        m.insert("sz".into(), json!(self.sz.as_ref().map(Amount::text)));
        m.insert("closeFraction".into(), json!(self.close_fraction));
        m.insert("algoClOrdId".into(), json!(self.algo_cl_ord_id));
        m
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        keyed_answer(status, env, true, "algoId")
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        &[
            "algoId",
            "triggerPx",
            "slTriggerPx",
            "tpTriggerPx",
            "moveTriggerPx",
        ]
    }
    fn confirm(&self, client: &Client, item: Value, deadline_ms: Option<i64>) -> Outcome {
        let by_id = AlgoRef::AlgoId(field(&item, "algoId").to_string());
        match lookup(client, &by_id) {
            Ok(Some(found)) if self.matches(&found) => found_placed(found),
            // The answer named another algo order, or OKX cannot show it yet: look ours up.
            Ok(_) => self.resolve(
                client,
                deadline_ms,
                "OKX's answer named an algo order not found as this one",
            ),
            Err(_) => found_placed(item),
        }
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        Stderr::warn(&format!(
            "{why}: the algo order may or may not exist; it will not be sent again. Looking it up by algoClOrdId {}…",
            self.algo_cl_ord_id
        ));
        let mut last_error = None;
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match lookup(client, &self.target()) {
                Ok(Some(found)) if self.matches(&found) => {
                    Stderr::note(&format!(
                        "found it: the algo order was placed (algoId {}, state {})",
                        sanitize(field(&found, "algoId")),
                        sanitize(field(&found, "state"))
                    ));
                    return found_placed(found);
                }
                Ok(Some(found)) => {
                    return Outcome::Unknown(format!(
                        "{why}; the algo order under algoClOrdId {} is not this one ({} {} {}), so this one cannot be looked up",
                        self.algo_cl_ord_id,
                        sanitize(field(&found, "side")),
                        sanitize(field(&found, "ordType")),
                        sanitize(field(&found, "sz")),
                    ))
                }
                Ok(None) => {}
                Err(e) => last_error = Some(format!("{e:#}")),
            }
        }
        Outcome::Unknown(match last_error {
            Some(e) => format!("{why}, and the look-ups failed ({e})"),
            // No deadline: OKX may still process it; a second one could then make two.
            None => format!(
                "{why}; no algo order {} exists after {LOOKS} looks, but OKX may still process \
                 it (algo orders carry no expTime deadline)",
                self.algo_cl_ord_id
            ),
        })
    }
}

/// `POST /api/v5/trade/cancel-algos` for one algo order (its body is a list).
#[derive(Debug, Clone)]
pub(crate) struct CancelAlgo {
    pub inst_id: String,
    pub target: AlgoRef,
}

impl Change for CancelAlgo {
    fn request(&self) -> Result<ApiRequest> {
        let mut item = Map::new();
        item.insert("instId".into(), json!(self.inst_id));
        item.insert(self.target.key().into(), json!(self.target.value()));
        Ok(endpoints::CANCEL_ALGOS.post(Value::Array(vec![Value::Object(item)]).to_string()))
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
        self.target.check_command()
    }
    fn not_done_result(&self) -> &'static str {
        "not_canceled"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the cancel did not take effect"
    }
    fn again_phrase(&self) -> &'static str {
        "send the cancel again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert(self.target.key().into(), json!(self.target.value()));
        m
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        keyed_answer(status, env, false, "algoId")
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        &["algoId", "algoClOrdId", "ordType"]
    }
    fn confirm(&self, client: &Client, _item: Value, deadline_ms: Option<i64>) -> Outcome {
        self.resolve(client, deadline_ms, "OKX accepted the cancel")
    }
    /// In a batch (cancel-all) an accepted cancel is `cancel_accepted`; the listing after it says
    /// whether the algo order is gone, with no read per order.
    fn accepted_in_batch(&self, item: &Value) -> Option<Outcome> {
        Some(Outcome::Done {
            result: "cancel_accepted",
            order: item.clone(),
            problem: None,
        })
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        let mut last = String::new();
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match lookup(client, &self.target) {
                Ok(Some(found)) => {
                    return match field(&found, "state") {
                        "canceled" => Outcome::Done {
                            result: "canceled",
                            order: found,
                            problem: None,
                        },
                        "effective" | "order_failed" | "partially_effective" => {
                            Outcome::Rejected(Failure::Api {
                                code: "51416".into(),
                                msg: format!(
                                    "the algo order was triggered ({}) before it could be canceled",
                                    sanitize(field(&found, "state"))
                                ),
                                http_status: None,
                                hint: None,
                            })
                        }
                        // Canceling twice is harmless: a second cancel of a canceled order is refused.
                        state if look + 1 == LOOKS => Outcome::NotDone(format!(
                            "{why}; the algo order is still {}",
                            sanitize(state)
                        )),
                        _ => continue,
                    };
                }
                Ok(None) => return Outcome::Rejected(does_not_exist()),
                Err(e) => last = format!("{e:#}"),
            }
        }
        Outcome::Unknown(format!("{why}; checking the algo order failed ({last})"))
    }
}

/// `POST /api/v5/trade/amend-algos`'s body.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AmendAlgo {
    pub inst_id: String,
    #[serde(flatten)]
    pub target: AlgoRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_sz: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_tp_trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_tp_ord_px: Option<OrdPx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_sl_trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_sl_ord_px: Option<OrdPx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_ord_px: Option<OrdPx>,
    pub req_id: String,
    /// Send a leg that the price has reached already.
    #[serde(skip)]
    pub force: bool,
}

impl AmendAlgo {
    /// The algo order shows every new value.
    fn shows(&self, found: &Value) -> bool {
        let dec = |k: &str| field(found, k).parse::<Decimal>().ok();
        let px = |k: &str, want: &Option<OrdPx>| match want {
            None => true,
            Some(OrdPx::Market) => field(found, k) == "-1",
            Some(OrdPx::Limit(a)) => dec(k) == Some(a.value()),
        };
        // A zero trigger removed the leg: the field is empty.
        let amount = |k: &str, want: &Option<Amount>| match want {
            None => true,
            Some(a) if a.value().is_zero() => field(found, k).is_empty(),
            Some(a) => dec(k) == Some(a.value()),
        };
        amount("sz", &self.new_sz)
            && amount("tpTriggerPx", &self.new_tp_trigger_px)
            && amount("slTriggerPx", &self.new_sl_trigger_px)
            && amount("triggerPx", &self.new_trigger_px)
            && px("tpOrdPx", &self.new_tp_ord_px)
            && px("slOrdPx", &self.new_sl_ord_px)
            && px("ordPx", &self.new_ord_px)
    }
}

impl Change for AmendAlgo {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::AMEND_ALGOS.post(serde_json::to_string(self).context("encoding the amend")?))
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
        self.target.check_command()
    }
    fn not_done_result(&self) -> &'static str {
        "not_amended"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the algo order was not amended"
    }
    fn again_phrase(&self) -> &'static str {
        "amend it again (an amend sets values, so a late duplicate changes nothing)"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert(self.target.key().into(), json!(self.target.value()));
        m.insert("reqId".into(), json!(self.req_id));
        m
    }
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        keyed_answer(status, env, false, "algoId")
    }
    fn answer_fields(&self) -> &'static [&'static str] {
        &[
            "algoId",
            "sz",
            "triggerPx",
            "ordPx",
            "slTriggerPx",
            "slOrdPx",
            "tpTriggerPx",
            "tpOrdPx",
        ]
    }
    fn confirm(&self, client: &Client, item: Value, deadline_ms: Option<i64>) -> Outcome {
        match lookup(client, &self.target) {
            Ok(Some(found)) if self.shows(&found) => Outcome::Done {
                result: "amended",
                order: found,
                problem: None,
            },
            Ok(_) => self.resolve(client, deadline_ms, "OKX accepted the amend"),
            Err(_) => Outcome::Done {
                result: "amended",
                order: item,
                problem: None,
            },
        }
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        let mut last = None;
        for look in 0..LOOKS {
            if look > 0 {
                std::thread::sleep(LOOK_PAUSE * look);
            }
            match lookup(client, &self.target) {
                Ok(Some(found)) if self.shows(&found) => {
                    return Outcome::Done {
                        result: "amended",
                        order: found,
                        problem: None,
                    }
                }
                Ok(Some(_)) => last = None,
                Ok(None) => return Outcome::Rejected(does_not_exist()),
                Err(e) => last = Some(format!("{e:#}")),
            }
        }
        match last {
            Some(e) => Outcome::Unknown(format!("{why}; checking the algo order failed ({e})")),
            None => Outcome::NotDone(format!(
                "{why}; the algo order still shows its old values after {LOOKS} looks"
            )),
        }
    }
}

/// OKX's 51603, as a look-up that found nothing reports it.
pub(crate) fn does_not_exist() -> Failure {
    Failure::Api {
        code: "51603".into(),
        msg: "Order does not exist".into(),
        http_status: None,
        hint: Some(
            "no algo order with that ID: pending ones are in okx algo list, finished ones \
             (kept 3 months) in okx algo history"
                .into(),
        ),
    }
}

fn usage(msg: String) -> anyhow::Error {
    Failure::Usage(msg).into()
}

/// A price must be on the instrument's tick.
fn on_tick(rules: &Rules, px: &Amount, flag: &str) -> Result<()> {
    if rules::rem(px.value(), rules.tick_sz).is_zero() {
        return Ok(());
    }
    // Only valid values (0 is none), and for a trailing distance never a wider one than typed
    // (it would give back more before the stop fires).
    let spread = flag == "--trailing-spread";
    let tick = rules.tick_sz.normalize();
    let choices = match rules::neighbours(px.value(), rules.tick_sz) {
        Some((lo, _)) if spread && lo.is_zero() => {
            format!("; the smallest distance is {tick}, or give --trailing RATIO")
        }
        Some((lo, _)) if spread => format!(": use {lo}"),
        Some((lo, hi)) if lo.is_zero() => format!(": use {hi}"),
        Some((lo, hi)) => format!(": use {lo} or {hi}"),
        None => String::new(),
    };
    Err(usage(format!(
        "{flag} {} is not a multiple of {}'s tick size {}{choices}",
        px.text(),
        rules.inst_id,
        rules.tick_sz.normalize()
    )))
}

/// Checks a new algo order (see the module notes): nothing is sent when it fails.
fn check(client: &Client, algo: &NewAlgo) -> Result<Rules> {
    let id = &algo.inst_id;
    let rules = rules::load(client, id, rules::inst_type_of(id))?;
    let inst_type = rules.inst_type.as_str();
    let derivative = matches!(inst_type, "SWAP" | "FUTURES");
    if inst_type == "OPTION" {
        return Err(usage(format!(
            "{id} is an option: OKX has no algo orders for options"
        )));
    }
    match (derivative, algo.td_mode) {
        (true, TdMode::Cash) => {
            return Err(usage(format!(
                "{id} is a {inst_type}: give --td-mode cross or isolated"
            )))
        }
        (false, TdMode::Cross | TdMode::Isolated) => {
            return Err(usage(format!(
                "{id} is a spot instrument: its algo orders take --td-mode cash"
            )))
        }
        _ => {}
    }
    let trigger_type = algo
        .legs
        .sl_trigger_px_type
        .or(algo.legs.tp_trigger_px_type)
        .or(algo.trigger_px_type)
        .unwrap_or(TriggerType::Last);
    if !derivative && trigger_type != TriggerType::Last {
        return Err(usage(format!(
            "--trigger-type {}: spot algo orders watch the last price only (OKX 51415)",
            okx_name(trigger_type)
        )));
    }
    let mode = if derivative {
        let config = account::checked(client, |c| {
            pos_side_rule(
                c.pos_mode,
                algo.pos_side,
                "the position the algo order is for",
            )
            .map(|()| c.clone())
        })?;
        if algo.reduce_only && config.pos_mode == PosMode::LongShort {
            return Err(usage(
                "--reduce-only is for net position mode; in long/short mode an order that closes \
                 is reduce-only already: leave it out"
                    .into(),
            ));
        }
        Some(config.pos_mode)
    } else {
        if algo.pos_side.is_some() || algo.reduce_only {
            return Err(usage(format!(
                "--pos-side and --reduce-only are for swaps and futures; {id} is a spot instrument"
            )));
        }
        None
    };
    // Prices on the tick.
    for (flag, px) in [
        ("--sl-trigger", algo.legs.sl_trigger_px.as_ref()),
        ("--tp-trigger", algo.legs.tp_trigger_px.as_ref()),
        ("--trigger", algo.trigger_px.as_ref()),
        ("--active-price", algo.active_px.as_ref()),
        ("--trailing-spread", algo.callback_spread.as_ref()),
    ] {
        if let Some(px) = px {
            on_tick(&rules, px, flag)?;
        }
    }
    for (flag, px) in [
        ("--sl-price", &algo.legs.sl_ord_px),
        ("--tp-price", &algo.legs.tp_ord_px),
        ("--price", &algo.order_px),
    ] {
        if let Some(OrdPx::Limit(px)) = px {
            on_tick(&rules, px, flag)?;
        }
    }
    if let Some(sz) = &algo.sz {
        check_size(&rules, sz, algo.ord_type, false)?;
    }
    if algo.close_fraction.is_some() {
        check_close_position(client, algo, inst_type, mode)?;
    }
    // Trailing: OKX's callback range, and where tracking starts.
    if let Some(r) = &algo.callback_ratio {
        if r.value() < MIN_CALLBACK || r.value() > MAX_CALLBACK {
            return Err(usage(format!(
                "--trailing {} is outside OKX's callback range {MIN_CALLBACK}-{MAX_CALLBACK} \
                 (0.01 is 1%)",
                r.text()
            )));
        }
    }
    if let Some(s) = &algo.callback_spread {
        if s.value() <= Decimal::ZERO {
            return Err(usage("--trailing-spread must be above 0".into()));
        }
    }
    if algo.force {
        return Ok(rules);
    }
    let sell = algo.side == Side::Sell;
    if let Some(active) = &algo.active_px {
        let now = reference_price(client, &rules, TriggerType::Last)?;
        let wrong = if sell {
            active.value() <= now
        } else {
            active.value() >= now
        };
        if wrong {
            return Err(usage(format!(
                "--active-price {} for a {} trailing stop must be {} the last price, {now}: it \
                 starts tracking when the price gets there (OKX {}); leave it out to track from \
                 now, or add --force to send it anyway",
                active.text(),
                okx_name(algo.side),
                if sell { "above" } else { "below" },
                if sell { "51258" } else { "51259" }
            )));
        }
    }
    let legs: Vec<_> = algo.legs().into_iter().map(|(n, t, _)| (n, t)).collect();
    check_reached(client, &rules, algo.side, &legs, trigger_type)?;
    Ok(rules)
}

/// A size against the instrument's lot and minimum, and the largest algo order of its type
/// (`maxStopSz` for TP/SL, `maxTriggerSz` for trigger orders).
fn check_size(rules: &Rules, sz: &Amount, ord_type: &str, size_in_quote: bool) -> Result<()> {
    rules::check(
        rules,
        &rules::Proposed {
            price: None,
            size: sz.value(),
            size_in_quote,
            market: false,
        },
    )?;
    let (max, what) = match ord_type {
        "trigger" => (rules.max_trigger_sz, "maxTriggerSz"),
        _ => (rules.max_stop_sz, "maxStopSz"),
    };
    if let Some(max) = max.filter(|m| sz.value() > *m) {
        return Err(usage(format!(
            "size {} is above {}'s largest {ord_type} order ({what} {} {}): split it",
            sz.text(),
            rules.inst_id,
            max.normalize(),
            rules.size_unit()
        )));
    }
    Ok(())
}

/// A TP/SL leg `(name, trigger)` of an algo order of `side` that the price it watches has
/// reached already would fire at once: refused with the numbers.
fn check_reached(
    client: &Client,
    rules: &Rules,
    side: Side,
    legs: &[(&str, &Amount)],
    trigger_type: TriggerType,
) -> Result<()> {
    if legs.is_empty() {
        return Ok(());
    }
    let sell = side == Side::Sell;
    let now = reference_price(client, rules, trigger_type)?;
    for &(name, trigger) in legs {
        // A sell (closing a long) stops below the price and takes profit above it.
        let below = (name == "stop-loss") == sell;
        let wrong = if below {
            trigger.value() >= now
        } else {
            trigger.value() <= now
        };
        if wrong {
            return Err(usage(format!(
                "a {} {name} at {} would trigger at once: the {} price is {now}, and a {} \
                 {name} must be {} it; check the side and the price, or add --force to send \
                 it anyway",
                okx_name(side),
                trigger.text(),
                okx_name(trigger_type),
                okx_name(side),
                if below { "below" } else { "above" }
            )));
        }
    }
    Ok(())
}

/// `--close-position` (OKX's `closeFraction` 1): FUTURES/SWAP TP/SL with market legs,
/// reduce-only in net mode, one per position (sheet §5.1).
fn check_close_position(
    client: &Client,
    algo: &NewAlgo,
    inst_type: &str,
    mode: Option<PosMode>,
) -> Result<()> {
    if !matches!(inst_type, "SWAP" | "FUTURES") {
        return Err(usage(format!(
            "--close-position is for swaps and futures (OKX 51327); {} is {inst_type}",
            algo.inst_id
        )));
    }
    if !matches!(algo.ord_type, "conditional" | "oco") {
        return Err(usage(
            "--close-position is for stop-loss and take-profit orders (--sl-trigger, \
             --tp-trigger), not trigger or trailing orders"
                .into(),
        ));
    }
    if algo
        .legs()
        .iter()
        .any(|(_, _, px)| matches!(px, Some(OrdPx::Limit(_))))
    {
        return Err(usage(
            "--close-position closes at the market: leave out --sl-price and --tp-price (OKX 51330)"
                .into(),
        ));
    }
    if mode == Some(PosMode::Net) && !algo.reduce_only {
        return Err(usage(
            "--close-position in net mode needs --reduce-only (OKX 51328)".into(),
        ));
    }
    closes_the_position(client, algo, mode)?;
    let side = algo.pos_side.map_or("net", PosSide::as_str);
    let existing = pending(
        client,
        &[AlgoKind::Conditional, AlgoKind::Oco],
        Some(&algo.inst_id),
        None,
    )?;
    if let Some(a) = existing.iter().find(|a| {
        field(a, "closeFraction") == "1"
            && field(a, "tdMode") == okx_name(algo.td_mode)
            && field(a, "posSide") == side
    }) {
        return Err(usage(format!(
            "{} already has a close-position algo order for this position (algoId {}); OKX \
             allows one (51088): amend or cancel it",
            algo.inst_id,
            sanitize(field(a, "algoId"))
        )));
    }
    Ok(())
}

/// A close-position stop must close: in long/short mode a sell closes the long and a buy the
/// short (the other pairing opens, OKX 51331 "closeFraction is only available for close
/// position orders"); in net mode the side must be opposite the position's sign.
fn closes_the_position(client: &Client, algo: &NewAlgo, mode: Option<PosMode>) -> Result<()> {
    let side = okx_name(algo.side);
    let closes = if algo.side == Side::Sell {
        PosSide::Long
    } else {
        PosSide::Short
    };
    match mode {
        Some(PosMode::LongShort) if algo.pos_side != Some(closes) => Err(usage(format!(
            "--close-position {side} closes a {} position: give --pos-side {} (a {side} of the \
             {} position would add to it; OKX 51331)",
            closes.as_str(),
            closes.as_str(),
            algo.pos_side.map_or("other", PosSide::as_str),
        ))),
        Some(PosMode::Net) => match net_position(client, algo)? {
            Some(pos) if (pos > Decimal::ZERO) == (algo.side == Side::Sell) => Ok(()),
            Some(pos) => Err(usage(format!(
                "your {} position in {} is {} {}: a {side} adds to it; a {} closes it",
                okx_name(algo.td_mode),
                algo.inst_id,
                if pos > Decimal::ZERO { "long" } else { "short" },
                pos.abs().normalize(),
                if algo.side == Side::Sell {
                    "buy"
                } else {
                    "sell"
                },
            ))),
            None => Err(usage(format!(
                "there is no {} position in {} to close: open it first, or give a SIZE",
                okx_name(algo.td_mode),
                algo.inst_id
            ))),
        },
        _ => Ok(()),
    }
}

/// The account's net-mode position in the algo order's instrument and margin mode, signed
/// (negative: short); `None` when there is none.
fn net_position(client: &Client, algo: &NewAlgo) -> Result<Option<Decimal>> {
    let positions = crate::exchange::position::of_instrument(client, &algo.inst_id)?;
    let found = crate::exchange::position::open_one(
        &positions,
        &algo.inst_id,
        &okx_name(algo.td_mode),
        "net",
    )?;
    Ok(found.map(|(_, size)| size))
}

/// In net mode a TP/SL without `reduceOnly` is an ordinary order when it fires (OKX's
/// default): larger than the position it closes, or with none to close, it opens or flips one.
/// Said on stderr before sending; what is sent does not change.
fn warn_if_it_can_flip(client: &Client, rules: &Rules, algo: &NewAlgo) -> Result<()> {
    let Some(sz) = &algo.sz else {
        return Ok(());
    };
    if algo.reduce_only
        || !matches!(algo.ord_type, "conditional" | "oco")
        || !matches!(rules.inst_type.as_str(), "SWAP" | "FUTURES")
        || account::config(client)?.pos_mode != PosMode::Net
    {
        return Ok(());
    }
    let sell = algo.side == Side::Sell;
    let pos = net_position(client, algo)?.unwrap_or_default();
    // What the stop closes: a sell closes a long, a buy a short.
    let closable = if sell { pos } else { -pos }.max(Decimal::ZERO);
    if sz.value() <= closable {
        return Ok(());
    }
    let has = if closable.is_zero() {
        format!(
            "there is no {} {} position in {}",
            okx_name(algo.td_mode),
            if sell { "long" } else { "short" },
            algo.inst_id
        )
    } else {
        format!(
            "the {} {} position in {} is {}",
            okx_name(algo.td_mode),
            if sell { "long" } else { "short" },
            algo.inst_id,
            closable.normalize()
        )
    };
    Stderr::warn(&format!(
        "{has}: in net mode this {} {} {} is not reduce-only, so when it fires it can open or \
         flip a position; add --reduce-only to only close",
        algo.ord_type,
        okx_name(algo.side),
        sz.text()
    ));
    Ok(())
}

/// Places an algo order: checks it (see the module notes), refuses an `algoClOrdId` that already
/// names an algo order, sends it once and reports what became of it.
pub(crate) fn place(out: &Output, client: &Client, algo: NewAlgo, dry_run: bool) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    let rules = check(client, &algo)?;
    warn_if_it_can_flip(client, &rules, &algo)?;
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &algo.request()?);
    }
    if algo.algo_cl_ord_id_given {
        match lookup(client, &algo.target()) {
            Ok(None) => {}
            Ok(Some(old)) => {
                return Err(usage(format!(
                    "--algo-cl-ord-id {} already names algo order {} ({}); a lost answer could not \
                     be told apart from it: choose a new ID, or leave it out for a generated one",
                    algo.algo_cl_ord_id,
                    sanitize(field(&old, "algoId")),
                    sanitize(field(&old, "state"))
                )))
            }
            Err(e) => {
                return Err(Failure::Network(format!(
                    "could not check that --algo-cl-ord-id {} is unused ({e:#}); nothing was sent",
                    algo.algo_cl_ord_id
                ))
                .into())
            }
        }
    }
    let size = match &algo.sz {
        Some(sz) => format!("{} {}", sz.text(), rules.size_unit()),
        None => "the whole position".into(),
    };
    Stderr::note(&format!(
        "placing {} {} {size} {} (algoClOrdId {})",
        algo.ord_type,
        okx_name(algo.side),
        algo.inst_id,
        algo.algo_cl_ord_id
    ));
    super::run(out, client, &algo)
}

/// Cancels an algo order and reports whether it is canceled.
pub(crate) fn cancel(
    out: &Output,
    client: &Client,
    cancel: &CancelAlgo,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &cancel.request()?);
    }
    super::run(out, client, cancel)
}

/// Amends an algo order: it is looked up first, and the types OKX cannot amend (oco, trailing)
/// are refused with the reason; a new trigger keeps the current order price unless one is given.
pub(crate) fn amend(
    out: &Output,
    client: &Client,
    mut change: AmendAlgo,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        super::interrupt::arm();
    }
    let Some(current) = lookup(client, &change.target)? else {
        return Err(does_not_exist().into());
    };
    if field(&current, "instId") != change.inst_id {
        return Err(usage(format!(
            "{} {} is an algo order of {}, not {}",
            change.target.flag(),
            change.target.value(),
            sanitize(field(&current, "instId")),
            change.inst_id
        )));
    }
    let ord_type = field(&current, "ordType");
    let trigger_fields = change.new_trigger_px.is_some() || change.new_ord_px.is_some();
    let tpsl_fields = change.new_tp_trigger_px.is_some()
        || change.new_sl_trigger_px.is_some()
        || change.new_tp_ord_px.is_some()
        || change.new_sl_ord_px.is_some();
    match ord_type {
        "conditional" if trigger_fields => {
            return Err(usage(
                "a stop order has no --trigger/--price: change --sl-trigger/--tp-trigger".into(),
            ))
        }
        "trigger" if tpsl_fields => {
            return Err(usage(
                "a trigger order has no TP/SL legs: change --trigger and --price".into(),
            ))
        }
        "conditional" | "trigger" => {}
        other => {
            return Err(usage(format!(
                "OKX amends only conditional (one-leg TP/SL) and trigger algo orders (sheet §5.3); \
                 this one is {}: cancel it and place a new one",
                sanitize(other)
            )))
        }
    }
    if field(&current, "state") != "live" {
        return Err(usage(format!(
            "the algo order is {}, not live: nothing to amend",
            sanitize(field(&current, "state"))
        )));
    }
    if ord_type == "conditional" {
        one_leg_in_net_mode(&current, &change)?;
    }
    check_amend(client, &current, &change)?;
    if change.new_trigger_px.is_some() && change.new_ord_px.is_none() {
        // OKX needs both; the order price stays as it is.
        change.new_ord_px = Some(match field(&current, "ordPx") {
            "-1" | "" => OrdPx::Market,
            p => OrdPx::Limit(Amount::parse(p, "the current order price")?),
        });
    }
    super::banner(client, dry_run);
    if dry_run {
        return super::report::preview(out, client, &change.request()?);
    }
    super::run(out, client, &change)
}

/// A conditional keeps one leg in net mode: adding the other would make the net-mode
/// `conditional` with both legs whose take-profit OKX never runs (sheet §5.1); OKX amends no
/// `conditional` into an `oco`, so the way is a new order. Removing its only leg empties it.
fn one_leg_in_net_mode(current: &Value, change: &AmendAlgo) -> Result<()> {
    // A new trigger of 0 removes the leg (OKX's `newTpTriggerPx`/`newSlTriggerPx`, sheet §5.3).
    let keeps = |now: &str, new: &Option<Amount>| match new {
        Some(a) => !a.value().is_zero(),
        None => !now.is_empty(),
    };
    let tp = keeps(field(current, "tpTriggerPx"), &change.new_tp_trigger_px);
    let sl = keeps(field(current, "slTriggerPx"), &change.new_sl_trigger_px);
    let net = !matches!(field(current, "posSide"), "long" | "short");
    let cancel = format!(
        "okx algo cancel {} {} {}",
        change.inst_id,
        change.target.flag(),
        change.target.value()
    );
    if tp && sl && net {
        let (has, adds) = if field(current, "tpTriggerPx").is_empty() {
            ("stop-loss", "take-profit")
        } else {
            ("take-profit", "stop-loss")
        };
        return Err(usage(format!(
            "adding a {adds} to this net-mode {has} would make a conditional with both legs, \
             whose take-profit OKX never runs: cancel it ({cancel}) and place an oco (okx algo \
             place with --sl-trigger and --tp-trigger)"
        )));
    }
    if !tp && !sl {
        return Err(usage(format!(
            "a stop order keeps a take-profit or a stop-loss: to remove both, cancel it ({cancel})"
        )));
    }
    Ok(())
}

/// The placement checks on an amend's new values (see the module notes): ticks, the size
/// against lot, minimum and the type's largest, a close-position order's fixed size and market
/// legs (OKX 51523), an order price for a leg it does not have, and a new trigger the price has
/// already reached (unless `--force`).
fn check_amend(client: &Client, current: &Value, change: &AmendAlgo) -> Result<()> {
    let id = &change.inst_id;
    let rules = rules::load(client, id, rules::inst_type_of(id))?;
    let ord_type = field(current, "ordType");
    let close_position = field(current, "closeFraction") == "1";
    let limit = |px: &Option<OrdPx>| matches!(px, Some(OrdPx::Limit(_)));
    if close_position
        && (change.new_sz.is_some() || limit(&change.new_tp_ord_px) || limit(&change.new_sl_ord_px))
    {
        return Err(usage(
            "this algo order closes the whole position at the market: OKX changes only its \
             triggers (51523); to change its size or price, cancel it and place a new one"
                .into(),
        ));
    }
    let removes = |a: &Option<Amount>| a.as_ref().is_some_and(|a| a.value().is_zero());
    for (flag, px) in [
        ("--tp-trigger", change.new_tp_trigger_px.as_ref()),
        ("--sl-trigger", change.new_sl_trigger_px.as_ref()),
        ("--trigger", change.new_trigger_px.as_ref()),
    ] {
        if let Some(px) = px.filter(|p| !p.value().is_zero()) {
            on_tick(&rules, px, flag)?;
        }
    }
    for (flag, px) in [
        ("--tp-price", &change.new_tp_ord_px),
        ("--sl-price", &change.new_sl_ord_px),
        ("--price", &change.new_ord_px),
    ] {
        if let Some(OrdPx::Limit(px)) = px {
            on_tick(&rules, px, flag)?;
        }
    }
    // A leg's order price needs the leg: kept, or added by its trigger.
    for (leg, now, trigger, px, flag) in [
        (
            "take-profit",
            "tpTriggerPx",
            &change.new_tp_trigger_px,
            &change.new_tp_ord_px,
            "--tp",
        ),
        (
            "stop-loss",
            "slTriggerPx",
            &change.new_sl_trigger_px,
            &change.new_sl_ord_px,
            "--sl",
        ),
    ] {
        let has = !removes(trigger) && (trigger.is_some() || !field(current, now).is_empty());
        if px.is_some() && !has {
            return Err(usage(format!(
                "{flag}-price: this algo order has no {leg}; give {flag}-trigger for it too"
            )));
        }
    }
    if let Some(sz) = &change.new_sz {
        let in_quote = field(current, "tgtCcy") == "quote_ccy";
        check_size(&rules, sz, ord_type, in_quote)?;
    }
    if change.force || ord_type != "conditional" {
        return Ok(());
    }
    let side = if field(current, "side") == "buy" {
        Side::Buy
    } else {
        Side::Sell
    };
    for (name, trigger, ty) in [
        ("take-profit", &change.new_tp_trigger_px, "tpTriggerPxType"),
        ("stop-loss", &change.new_sl_trigger_px, "slTriggerPxType"),
    ] {
        let Some(t) = trigger.as_ref().filter(|t| !t.value().is_zero()) else {
            continue;
        };
        let ty = match field(current, ty) {
            "mark" => TriggerType::Mark,
            "index" => TriggerType::Index,
            _ => TriggerType::Last,
        };
        check_reached(client, &rules, side, &[(name, t)], ty)?;
    }
    Ok(())
}

/// The pending algo orders of `kinds` (every page, one request per OKX type group), newest
/// first.
pub(crate) fn pending(
    client: &Client,
    kinds: &[AlgoKind],
    inst_id: Option<&str>,
    inst_type: Option<&str>,
) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for t in AlgoKind::list_types(kinds) {
        let mut req = endpoints::ALGOS_PENDING.request().query("ordType", t);
        if let Some(id) = inst_id {
            req = req.query("instId", id);
        }
        if let Some(it) = inst_type {
            req = req.query("instType", it);
        }
        out.extend(all_pages(client, req, "algoId", 500)?);
    }
    sort_newest_first(&mut out);
    Ok(out)
}

/// The finished algo orders of `kinds` (effective, canceled, failed), every page back to
/// `since_ms` (OKX keeps 3 months), newest first.
pub(crate) fn history(
    client: &Client,
    kinds: &[AlgoKind],
    inst_id: Option<&str>,
    since_ms: Option<i64>,
) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for t in AlgoKind::list_types(kinds) {
        for state in ["effective", "canceled", "order_failed"] {
            let mut req = endpoints::ALGOS_HISTORY
                .request()
                .query("ordType", t.clone())
                .query("state", state);
            if let Some(id) = inst_id {
                req = req.query("instId", id);
            }
            // Newest first: once a page ends before `since`, the pages after it are older still.
            out.extend(pages_until(client, req, "algoId", 500, &|a| {
                since_ms.is_some_and(|since| !created_since(a, since))
            })?);
        }
    }
    if let Some(since) = since_ms {
        out.retain(|a| created_since(a, since));
    }
    sort_newest_first(&mut out);
    Ok(out)
}

/// The trigger an algo order watches, in a few words (its trigger price, its TP/SL legs, or a
/// trailing stop's callback and current trigger), for the listings and `okx watch algo-orders`.
pub(crate) fn trigger_text(a: &Value) -> String {
    match field(a, "ordType") {
        "trigger" => field(a, "triggerPx").to_string(),
        "move_order_stop" => {
            let cb = match field(a, "callbackSpread") {
                "" => format!("{}%", percent(field(a, "callbackRatio"))),
                s => s.to_string(),
            };
            match field(a, "moveTriggerPx") {
                "" => format!("trail {cb}"),
                t => format!("trail {cb} @{t}"),
            }
        }
        _ => {
            let mut legs = Vec::new();
            if !field(a, "slTriggerPx").is_empty() {
                legs.push(format!("SL {}", field(a, "slTriggerPx")));
            }
            if !field(a, "tpTriggerPx").is_empty() {
                legs.push(format!("TP {}", field(a, "tpTriggerPx")));
            }
            legs.join(" ")
        }
    }
}

/// A ratio as a percentage, by moving the decimal point (no float).
fn percent(ratio: &str) -> String {
    ratio
        .parse::<Decimal>()
        .map(|d| (d * Decimal::ONE_HUNDRED).normalize().to_string())
        .unwrap_or_else(|_| ratio.to_string())
}

/// An algo order's size: `position` for one that closes the whole position.
pub(crate) fn size_text(a: &Value) -> String {
    match field(a, "closeFraction") {
        "1" => "position".into(),
        _ => field(a, "sz").to_string(),
    }
}

/// Whether an algo order was created at or after `since_ms` (an unreadable `cTime` is not).
fn created_since(a: &Value, since_ms: i64) -> bool {
    field(a, "cTime")
        .parse::<i64>()
        .is_ok_and(|t| t >= since_ms)
}

fn sort_newest_first(items: &mut [Value]) {
    items.sort_by_key(|a| std::cmp::Reverse(field(a, "algoId").parse::<u128>().unwrap_or(0)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(s: &str) -> Amount {
        Amount::parse(s, "x").unwrap()
    }

    #[test]
    fn bodies_are_okx_spelling() {
        let oco = NewAlgo {
            inst_id: "BTC-USDT-SWAP".into(),
            td_mode: TdMode::Cross,
            side: Side::Sell,
            pos_side: None,
            ord_type: "oco",
            sz: Some(amount("1")),
            close_fraction: None,
            reduce_only: true,
            tgt_ccy: None,
            algo_cl_ord_id: "s1".into(),
            tag: None,
            legs: Legs {
                tp_trigger_px: Some(amount("70000")),
                tp_ord_px: Some(OrdPx::Market),
                tp_trigger_px_type: Some(TriggerType::Mark),
                sl_trigger_px: Some(amount("60000")),
                sl_ord_px: Some(OrdPx::Limit(amount("59900"))),
                sl_trigger_px_type: Some(TriggerType::Mark),
            },
            trigger_px: None,
            order_px: None,
            trigger_px_type: None,
            advance_ord_type: None,
            callback_ratio: None,
            callback_spread: None,
            active_px: None,
            algo_cl_ord_id_given: false,
            force: false,
        };
        assert_eq!(
            serde_json::to_string(&oco).unwrap(),
            r#"{"instId":"BTC-USDT-SWAP","tdMode":"cross","side":"sell","ordType":"oco","sz":"1","reduceOnly":true,"algoClOrdId":"s1","tpTriggerPx":"70000","tpOrdPx":"-1","tpTriggerPxType":"mark","slTriggerPx":"60000","slOrdPx":"59900","slTriggerPxType":"mark"}"#
        );
        let entry = NewAlgo {
            ord_type: "trigger",
            reduce_only: false,
            legs: Legs::default(),
            trigger_px: Some(amount("68000")),
            order_px: Some(OrdPx::Limit(amount("68050"))),
            advance_ord_type: Some(AdvanceOrdType::Fok),
            ..oco.clone()
        };
        assert!(
            serde_json::to_string(&entry)
                .unwrap()
                .ends_with(r#""triggerPx":"68000","orderPx":"68050","advanceOrdType":"fok"}"#),
            "{entry:?}"
        );
        let cancel = CancelAlgo {
            inst_id: "BTC-USDT-SWAP".into(),
            target: AlgoRef::AlgoClOrdId("s1".into()),
        };
        assert_eq!(
            cancel.request().unwrap().body.unwrap(),
            r#"[{"instId":"BTC-USDT-SWAP","algoClOrdId":"s1"}]"#
        );
        assert_eq!(
            AlgoKind::list_types(&AlgoKind::ALL),
            ["conditional,oco", "trigger", "move_order_stop"]
        );
        assert_eq!(MIN_CALLBACK.to_string(), "0.001");
        assert_eq!(MAX_CALLBACK.to_string(), "0.3");
    }
}
