//! The order core. Every order-changing request (place and cancel today; amend, batch,
//! close-position, algo orders and transfers as they come) goes through [`submit`]: checked
//! before sending, sent exactly once with a client ID and an `expTime` deadline, and its answer
//! read strictly. When the answer is lost or cannot be trusted, the change is looked up
//! (`lookup.rs`) until its fate is certain (done, not done) or okx gives up and says `unknown`
//! with the command to check. [`report`] turns the outcome into the printed result and the exit
//! code, even when stdout is closed, and `interrupt.rs` keeps a signal from cutting that short.
//!
//! OKX's docs on lost answers: #overview-transaction-timeouts, fact sheet §1.1 (`expTime`),
//! §2.2 (per-order `sCode`), §4.3 (never retry an order POST blindly).

pub(crate) mod algo;
pub(crate) mod amend;
pub(crate) mod batch;
pub(crate) mod cancel_all;
pub(crate) mod deadman;
mod derivative;
mod interrupt;
pub(crate) mod listing;
mod lookup;
pub(crate) mod margin;
pub(crate) mod position;
mod report;
pub(crate) mod transfer;

use std::time::Duration;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::endpoints;
use crate::client::{ApiRequest, Client, Delivery};
use crate::error::Failure;
use crate::output::{Output, Stderr};
use crate::parse::{field, order_answer, Envelope, OrderAnswer};
use crate::rules::{self, Proposed};
use crate::validate;

pub(crate) use amend::{amend, AmendOrder};
pub(crate) use lookup::{ensure_unused, lookup};

/// The longest `--expire` okx lets an order wait in OKX's queue.
pub(crate) const MAX_EXPIRE_SECS: u64 = 120;

// The command line takes these as they are (clap's `ValueEnum`); their OKX names are serde's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum OrdType {
    Limit,
    Market,
    /// OKX's spelling; `post-only` is accepted too.
    #[value(name = "post_only", alias = "post-only")]
    PostOnly,
    Ioc,
    Fok,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum TdMode {
    Cash,
    Cross,
    Isolated,
}

/// Which position of a FUTURES or SWAP an order is for, in long/short mode (derivatives sheet
/// §1.4). Net mode takes none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum PosSide {
    Long,
    Short,
}

impl PosSide {
    /// OKX's name, `long` or `short`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PosSide::Long => "long",
            PosSide::Short => "short",
        }
    }
}

/// The price a TP/SL trigger watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub(crate) enum TriggerType {
    Last,
    Mark,
    Index,
}

/// The order a TP or SL sends when triggered: at the market (`-1`), or a limit at a price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OrdPx {
    Market,
    Limit(Amount),
}

impl Serialize for OrdPx {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            OrdPx::Market => s.serialize_str("-1"),
            OrdPx::Limit(a) => a.serialize(s),
        }
    }
}

/// A take-profit and/or stop-loss attached to an order (`attachAlgoOrds`, derivatives sheet §2):
/// OKX creates it when the order fills.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AttachAlgo {
    pub attach_algo_cl_ord_id: String,
    #[serde(flatten)]
    pub legs: Legs,
}

/// A take-profit and/or a stop-loss leg, in the names OKX gives them both on an order's
/// attached TP/SL and on an algo order (`order-algo`).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Legs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tp_trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tp_ord_px: Option<OrdPx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tp_trigger_px_type: Option<TriggerType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sl_trigger_px: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sl_ord_px: Option<OrdPx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sl_trigger_px_type: Option<TriggerType>,
}

/// The currency a market order's size counts in (spot only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
pub(crate) enum TgtCcy {
    #[serde(rename = "base_ccy")]
    Base,
    #[serde(rename = "quote_ccy")]
    Quote,
}

/// The name OKX gives a value of one of the enums above (`post_only`, `quote_ccy`).
pub(crate) fn okx_name<T: Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A price or size: the text as typed, which is what is sent, and its exact value, which is
/// what is checked and compared. Never a float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Amount {
    text: String,
    value: Decimal,
}

impl Amount {
    /// Validates a number a person typed (see `validate::decimal`); `what` names it in errors.
    pub(crate) fn parse(s: &str, what: &str) -> Result<Amount, Failure> {
        let (text, value) = validate::decimal(s, what)?;
        Ok(Amount { text, value })
    }

    /// An exact value okx computed (contracts from a coin amount): written without trailing
    /// zeros.
    pub(crate) fn from_decimal(value: Decimal) -> Amount {
        let value = value.normalize();
        Amount {
            text: value.to_string(),
            value,
        }
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn value(&self) -> Decimal {
        self.value
    }
}

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// Which order: OKX's ID or the client's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) enum OrderRef {
    OrdId(String),
    ClOrdId(String),
}

impl OrderRef {
    /// Validates `--ord-id` (digits) or `--cl-ord-id` (OKX's 1-32 letters and digits).
    pub(crate) fn from_args(
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
    ) -> Result<OrderRef, Failure> {
        match (ord_id, cl_ord_id) {
            (Some(o), _) if o.is_empty() || !o.bytes().all(|b| b.is_ascii_digit()) => {
                Err(Failure::Usage(format!(
                    "--ord-id {:?} is not an OKX order ID (digits only)",
                    crate::output::sanitize(o)
                )))
            }
            (Some(o), _) => Ok(OrderRef::OrdId(o.to_string())),
            (None, Some(c)) => Ok(OrderRef::ClOrdId(validate::cl_ord_id(c)?)),
            (None, None) => Err(Failure::Usage("give --ord-id or --cl-ord-id".into())),
        }
    }

    /// OKX's parameter name.
    pub(crate) fn key(&self) -> &'static str {
        match self {
            OrderRef::OrdId(_) => "ordId",
            OrderRef::ClOrdId(_) => "clOrdId",
        }
    }

    pub(crate) fn value(&self) -> &str {
        match self {
            OrderRef::OrdId(v) | OrderRef::ClOrdId(v) => v,
        }
    }

    /// okx's flag for it.
    pub(crate) fn flag(&self) -> &'static str {
        match self {
            OrderRef::OrdId(_) => "--ord-id",
            OrderRef::ClOrdId(_) => "--cl-ord-id",
        }
    }

    /// The command that shows the order: printed whenever its fate is unknown.
    pub(crate) fn check_command(&self, inst_id: &str) -> String {
        format!("okx order get {inst_id} {} {}", self.flag(), self.value())
    }
}

/// `POST /api/v5/trade/order`'s body, in OKX's field order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NewOrder {
    pub inst_id: String,
    pub td_mode: TdMode,
    pub side: Side,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos_side: Option<PosSide>,
    pub ord_type: OrdType,
    pub sz: Amount,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub px: Option<Amount>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reduce_only: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tgt_ccy: Option<TgtCcy>,
    pub cl_ord_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attach_algo_ords: Vec<AttachAlgo>,
    /// SIZE was typed in this currency, to be converted to contracts exactly before sending.
    #[serde(skip)]
    pub size_in: Option<crate::exchange::contracts::Unit>,
    /// How long OKX may hold the order before processing it (`expTime`).
    #[serde(skip)]
    pub expire: Duration,
    /// The client order ID was chosen by the user, so it may already name an order.
    #[serde(skip)]
    pub cl_ord_id_given: bool,
}

impl NewOrder {
    /// A client order ID from the operating system's random source: `okx` and 24 letters and
    /// digits (about 143 bits), within OKX's 1-32 alphanumeric rule.
    pub(crate) fn generate_cl_ord_id() -> String {
        use rand::distr::{Alphanumeric, SampleString};
        format!("okx{}", Alphanumeric.sample_string(&mut rand::rng(), 24))
    }

    /// The order found under this order's client order ID is this one: the same instrument,
    /// side, type, size and price. (No time test: OKX's `cTime` and this machine's estimate of
    /// when it sent the order are on different clocks; a reused ID is refused before sending.)
    fn matches(&self, found: &Value) -> bool {
        let dec = |k: &str| field(found, k).parse::<Decimal>().ok();
        field(found, "instId") == self.inst_id
            && field(found, "clOrdId") == self.cl_ord_id
            && field(found, "side") == okx_name(self.side)
            && field(found, "ordType") == okx_name(self.ord_type)
            && dec("sz") == Some(self.sz.value())
            && self
                .px
                .as_ref()
                .is_none_or(|p| dec("px") == Some(p.value()))
    }

    fn target(&self) -> OrderRef {
        OrderRef::ClOrdId(self.cl_ord_id.clone())
    }
}

/// `POST /api/v5/trade/cancel-order`'s body.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CancelOrder {
    pub inst_id: String,
    #[serde(flatten)]
    pub order: OrderRef,
}

/// What became of an order-changing request.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// It took effect. `order` is OKX's record of the order as looked up afterwards (or the
    /// answer's item when that look-up failed); `problem` is set when it took effect but not
    /// as hoped (an IOC that filled nothing), which decides the exit code.
    Done {
        result: &'static str,
        order: Value,
        problem: Option<Failure>,
    },
    /// It certainly did not take effect: sending it again is safe.
    NotDone(String),
    /// OKX refused it; nothing was done.
    Rejected(Failure),
    /// It may or may not have taken effect.
    Unknown(String),
}

/// An order-changing request the core can send, confirm, and look up after a lost answer.
pub(crate) trait Change {
    fn request(&self) -> Result<ApiRequest>;
    fn inst_id(&self) -> &str;
    /// It creates an order: a refusal of it names no `ordId`.
    fn places(&self) -> bool;
    /// The order it creates or changes, to look up when OKX says the request expired unprocessed
    /// (`expTime`); `None` when it carries no deadline.
    fn target(&self) -> Option<OrderRef>;
    /// The command that shows its effect: printed whenever its fate is unknown.
    fn check_command(&self) -> String;
    /// The result's name when it certainly did not take effect: `not_placed`.
    fn not_done_result(&self) -> &'static str;
    /// "the order was not placed", for messages.
    fn not_done_phrase(&self) -> &'static str;
    /// "place it again", for messages.
    fn again_phrase(&self) -> &'static str;
    /// What to tell when it certainly did not take effect: by default that it is safe to send
    /// it again; a change whose resend is safe only in a certain form says which.
    fn again_advice(&self) -> String {
        format!("it is safe to {}", self.again_phrase())
    }
    /// The fields that describe the request in its printed result.
    fn summary(&self) -> Map<String, Value>;
    /// OKX accepted it (`sCode` 0): read what it did. `deadline_ms` as for `resolve`.
    fn confirm(&self, client: &Client, item: Value, deadline_ms: Option<i64>) -> Outcome;
    /// A batch item OKX accepted (`sCode` 0, the row's IDs echoed), when that is outcome enough
    /// without a look-up per row: a batch of hundreds cannot afford one read per order under
    /// OKX's 60 reads per 2 s. `None` confirms it as the single command does.
    fn accepted_in_batch(&self, _item: &Value) -> Option<Outcome> {
        None
    }
    /// The answer was lost or ambiguous: find out what happened. `deadline_ms` is the
    /// `expTime` sent, on OKX's clock.
    fn resolve(&self, client: &Client, deadline_ms: Option<i64>, why: &str) -> Outcome;
    /// Reads OKX's answer: by default as an order answer (`sCode` per item); a change OKX
    /// answers without `sCode` reads it with `parse::change_answer`.
    fn answer(&self, status: u16, env: &Envelope) -> OrderAnswer {
        order_answer(status, env, self.places())
    }
    /// Fields of the answer's item the printed result carries besides the order's.
    fn answer_fields(&self) -> &'static [&'static str] {
        &[]
    }
}

impl Change for NewOrder {
    fn request(&self) -> Result<ApiRequest> {
        let mut req =
            endpoints::PLACE_ORDER.post(serde_json::to_string(self).context("encoding the order")?);
        req.expire = Some(self.expire);
        Ok(req)
    }
    fn inst_id(&self) -> &str {
        &self.inst_id
    }
    fn places(&self) -> bool {
        true
    }
    fn target(&self) -> Option<OrderRef> {
        Some(NewOrder::target(self))
    }
    fn check_command(&self) -> String {
        NewOrder::target(self).check_command(&self.inst_id)
    }
    fn not_done_result(&self) -> &'static str {
        "not_placed"
    }
    fn not_done_phrase(&self) -> &'static str {
        "the order was not placed"
    }
    fn again_phrase(&self) -> &'static str {
        "place it again"
    }
    fn summary(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("instId".into(), json!(self.inst_id));
        m.insert("side".into(), json!(okx_name(self.side)));
        m.insert("ordType".into(), json!(okx_name(self.ord_type)));
        m.insert("sz".into(), json!(self.sz.text()));
        m.insert("px".into(), json!(self.px.as_ref().map(Amount::text)));
        m.insert("tgtCcy".into(), json!(self.tgt_ccy.map(okx_name)));
        m.insert("clOrdId".into(), json!(self.cl_ord_id));
        // A derivative's terms, where it has them: what was asked is what is printed.
        if self.td_mode != TdMode::Cash {
            m.insert("tdMode".into(), json!(okx_name(self.td_mode)));
        }
        if let Some(p) = self.pos_side {
            m.insert("posSide".into(), json!(p.as_str()));
        }
        if self.reduce_only {
            m.insert("reduceOnly".into(), json!(true));
        }
        for a in &self.attach_algo_ords {
            m.insert("attachAlgoClOrdId".into(), json!(a.attach_algo_cl_ord_id));
        }
        m
    }
    fn confirm(&self, client: &Client, item: Value, deadline_ms: Option<i64>) -> Outcome {
        lookup::placed(client, self, item, deadline_ms)
    }
    /// A resting order OKX accepted is placed; only an order meant to fill at once (market,
    /// IOC, FOK) is read back, because "placed" would hide that nothing filled.
    fn accepted_in_batch(&self, item: &Value) -> Option<Outcome> {
        let immediate = matches!(self.ord_type, OrdType::Market | OrdType::Ioc | OrdType::Fok);
        (!immediate).then(|| Outcome::Done {
            result: "placed",
            order: item.clone(),
            problem: None,
        })
    }
    fn resolve(&self, client: &Client, deadline_ms: Option<i64>, why: &str) -> Outcome {
        lookup::resolve_placement(client, self, deadline_ms, why)
    }
}

impl Change for CancelOrder {
    fn request(&self) -> Result<ApiRequest> {
        Ok(endpoints::CANCEL_ORDER
            .post(serde_json::to_string(self).context("encoding the cancel")?))
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
        self.order.check_command(&self.inst_id)
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
        m.insert(self.order.key().into(), json!(self.order.value()));
        m
    }
    fn confirm(&self, client: &Client, item: Value, _deadline_ms: Option<i64>) -> Outcome {
        lookup::canceled(client, self, item)
    }
    /// OKX cancels asynchronously: an accepted cancel is `cancel_accepted` until a read says
    /// `canceled`, which is what the single command's look-up would say at best.
    fn accepted_in_batch(&self, item: &Value) -> Option<Outcome> {
        Some(Outcome::Done {
            result: "cancel_accepted",
            order: item.clone(),
            problem: None,
        })
    }
    fn resolve(&self, client: &Client, _deadline_ms: Option<i64>, why: &str) -> Outcome {
        lookup::resolve_cancel(client, self, why)
    }
}

/// Sends `change` exactly once and establishes its outcome. The one exception to "once": an
/// answer that says OKX refused it for its timestamp or deadline (50102/50112 in the client,
/// 50036/50037 here) means it was not processed, so it is sent again once after OKX's clock
/// is read afresh.
fn submit(client: &Client, change: &dyn Change) -> Result<Outcome> {
    let req = change.request()?;
    let mut relearnt = false;
    loop {
        if interrupt::signalled() {
            return Err(Failure::Interrupted(
                "interrupted before it was sent; nothing was sent".into(),
            )
            .into());
        }
        // An error here means nothing was sent (no credentials, an audit log that cannot take
        // the intent, a request that cannot be built): it is the command's error.
        let delivery = client.deliver(&req)?;
        let deadline = client.last_deadline_ms();
        return Ok(match delivery {
            Delivery::Answered(status, env) => match change.answer(status, &env) {
                OrderAnswer::Accepted(item) => change.confirm(client, item, deadline),
                OrderAnswer::Rejected(f)
                    if !relearnt && is_expired(&f) && change.target().is_some() =>
                {
                    relearnt = true;
                    let target = change.target().expect("checked above");
                    // Sent again only when OKX confirms no order exists under its client ID:
                    // an answer can lie, a look-up settles it.
                    match lookup(client, change.inst_id(), &target) {
                        Ok(None) => {}
                        Ok(Some(_)) => {
                            let why = format!("{f}, yet an order exists under its client ID");
                            return Ok(change.resolve(client, deadline, &why));
                        }
                        Err(e) => {
                            return Ok(Outcome::Unknown(format!(
                                "{f}, and the look-up to confirm it failed ({e:#})"
                            )))
                        }
                    }
                    if let Err(e) = client.learn_clock() {
                        Stderr::warn(&format!("reading OKX's clock failed: {e:#}"));
                        return Ok(Outcome::Rejected(f));
                    }
                    Stderr::warn(&format!(
                        "{f}: OKX's clock was misjudged and no order exists; read it again, sending once more with a new deadline"
                    ));
                    continue;
                }
                OrderAnswer::Rejected(f) => Outcome::Rejected(f),
                OrderAnswer::Ambiguous(why) => change.resolve(client, deadline, &why),
            },
            Delivery::NotSent(why) => {
                Outcome::NotDone(format!("could not connect ({why}); nothing was sent"))
            }
            Delivery::Lost(why) => change.resolve(client, deadline, &why),
        });
    }
}

/// 50036/50037: OKX refused the order because its `expTime` had passed, before processing it.
fn is_expired(f: &Failure) -> bool {
    matches!(f, Failure::Api { code, .. } if code == "50036" || code == "50037")
}

/// Stderr banner before anything order-changing: which environment, which host, which proxy.
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
    let via = client
        .proxy_description()
        .map(|p| format!(" via proxy {p}"))
        .unwrap_or_default();
    Stderr::note(&format!("{env} on {}{via}{dry}", client.base_url()));
}

/// Places `order`: checks it against the instrument's rules (and, for a derivative, against the
/// account's modes, its position, the price band and the trigger prices: `derivative.rs`),
/// refuses a client order ID that already names an order, sends it once, establishes its fate
/// and prints it. With `dry_run` it prints the exact signed request instead and sends nothing.
pub(crate) fn place(
    out: &Output,
    client: &Client,
    mut order: NewOrder,
    dry_run: bool,
) -> Result<()> {
    // A dry run sends nothing: a signal may end it as it ends any read-only command.
    if !dry_run {
        interrupt::arm();
    }
    let (rules, margin) = check_new(client, &mut order)?;
    banner(client, dry_run);
    if dry_run {
        return report::preview(out, client, &order.request()?);
    }
    if order.cl_ord_id_given {
        lookup::ensure_unused(client, &order)?;
    }
    // expTime is read on OKX's clock: learn it first (cached for a few minutes after).
    if !client.knows_clock() {
        client
            .learn_clock()
            .context("learning OKX's clock before placing the order; nothing was sent")?;
    }
    let unit = match order.tgt_ccy {
        Some(TgtCcy::Quote) => &rules.quote,
        _ => rules.size_unit(),
    };
    Stderr::note(&format!(
        "placing {} {} {} {unit} {}{}{} (clOrdId {})",
        okx_name(order.ord_type),
        okx_name(order.side),
        order.sz.text(),
        order.inst_id,
        order
            .px
            .as_ref()
            .map(|p| format!(" at {}", p.text()))
            .unwrap_or_default(),
        margin.map(|m| format!(", {m}")).unwrap_or_default(),
        order.cl_ord_id
    ));
    run(out, client, &order)
}

/// Checks a new order against its instrument's rules and, for a derivative, the account's
/// modes, position, price band and trigger prices; returns the rules and the margin note.
pub(crate) fn check_new(
    client: &Client,
    order: &mut NewOrder,
) -> Result<(rules::Rules, Option<String>)> {
    let inst_type = rules::inst_type_of(&order.inst_id);
    let rules = rules::load(client, &order.inst_id, inst_type)?;
    let margin = if rules.contract.is_some() {
        Some(derivative::prepare(client, order, &rules)?)
    } else {
        derivative::refuse_derivative_flags(order)?;
        None
    };
    rules::check(
        &rules,
        &Proposed {
            price: order.px.as_ref().map(Amount::value),
            size: order.sz.value(),
            size_in_quote: order.tgt_ccy == Some(TgtCcy::Quote),
            market: order.ord_type == OrdType::Market,
        },
    )?;
    Ok((rules, margin))
}

/// Cancels an order, establishes whether it is canceled, and prints that.
pub(crate) fn cancel(
    out: &Output,
    client: &Client,
    cancel: &CancelOrder,
    dry_run: bool,
) -> Result<()> {
    if !dry_run {
        interrupt::arm();
    }
    banner(client, dry_run);
    if dry_run {
        return report::preview(out, client, &cancel.request()?);
    }
    run(out, client, cancel)
}

/// Sends with signals held off (see `interrupt.rs`) and prints the outcome.
fn run(out: &Output, client: &Client, change: &dyn Change) -> Result<()> {
    let check = change.check_command();
    let _in_flight = interrupt::guard(&check, &report::unknown_line(change, &check));
    let outcome = submit(client, change)?;
    // OKX refused for a mode okx had checked on its copy: the account changed; read it afresh
    // next time.
    if let Outcome::Rejected(Failure::Api { code, .. }) = &outcome {
        if matches!(code.as_str(), "51000" | "51010" | "50072") {
            crate::exchange::account::forget(client);
        }
    }
    report::report(out, change, outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order() -> NewOrder {
        NewOrder {
            inst_id: "BTC-USDT".into(),
            td_mode: TdMode::Cash,
            side: Side::Buy,
            pos_side: None,
            ord_type: OrdType::PostOnly,
            sz: Amount::parse("0.010", "SIZE").unwrap(),
            px: Some(Amount::parse("42000.1", "--price").unwrap()),
            reduce_only: false,
            tgt_ccy: None,
            cl_ord_id: "abc1".into(),
            tag: None,
            attach_algo_ords: Vec::new(),
            size_in: None,
            expire: Duration::from_secs(10),
            cl_ord_id_given: true,
        }
    }

    #[test]
    fn bodies_are_okx_spelling_in_okx_order() {
        assert_eq!(
            serde_json::to_string(&order()).unwrap(),
            r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"post_only","sz":"0.010","px":"42000.1","clOrdId":"abc1"}"#
        );
        let market = NewOrder {
            ord_type: OrdType::Market,
            px: None,
            tgt_ccy: Some(TgtCcy::Quote),
            tag: Some("t1".into()),
            ..order()
        };
        assert_eq!(
            serde_json::to_string(&market).unwrap(),
            r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"0.010","tgtCcy":"quote_ccy","clOrdId":"abc1","tag":"t1"}"#
        );
        let swap = NewOrder {
            inst_id: "BTC-USDT-SWAP".into(),
            td_mode: TdMode::Isolated,
            pos_side: Some(PosSide::Long),
            ord_type: OrdType::Market,
            px: None,
            reduce_only: true,
            attach_algo_ords: vec![AttachAlgo {
                attach_algo_cl_ord_id: "tp1".into(),
                legs: Legs {
                    tp_trigger_px: Some(Amount::parse("70000", "--tp-trigger").unwrap()),
                    tp_ord_px: Some(OrdPx::Market),
                    tp_trigger_px_type: Some(TriggerType::Mark),
                    ..Legs::default()
                },
            }],
            ..order()
        };
        assert_eq!(
            serde_json::to_string(&swap).unwrap(),
            r#"{"instId":"BTC-USDT-SWAP","tdMode":"isolated","side":"buy","posSide":"long","ordType":"market","sz":"0.010","reduceOnly":true,"clOrdId":"abc1","attachAlgoOrds":[{"attachAlgoClOrdId":"tp1","tpTriggerPx":"70000","tpOrdPx":"-1","tpTriggerPxType":"mark"}]}"#
        );
        let cancel = CancelOrder {
            inst_id: "BTC-USDT".into(),
            order: OrderRef::ClOrdId("abc1".into()),
        };
        assert_eq!(
            serde_json::to_string(&cancel).unwrap(),
            r#"{"instId":"BTC-USDT","clOrdId":"abc1"}"#
        );
    }

    #[test]
    fn the_order_found_must_be_this_one() {
        let o = order();
        let found = json!({"instId":"BTC-USDT","clOrdId":"abc1","side":"buy","ordType":"post_only","sz":"0.01","px":"42000.10"});
        assert!(o.matches(&found), "equal values in other spellings match");
        for (k, v) in [
            ("side", "sell"),
            ("sz", "0.02"),
            ("px", "42000.2"),
            ("ordType", "limit"),
            ("instId", "ETH-USDT"),
            ("clOrdId", "abc2"),
        ] {
            let mut other = found.clone();
            other[k] = json!(v);
            assert!(!o.matches(&other), "{k} {v}");
        }
    }

    #[test]
    fn generated_ids_follow_okx_rule_and_differ() {
        let ids: std::collections::HashSet<String> =
            (0..1000).map(|_| NewOrder::generate_cl_ord_id()).collect();
        assert_eq!(ids.len(), 1000);
        for id in &ids {
            assert!(validate::cl_ord_id(id).is_ok(), "{id}");
            assert_eq!(id.len(), 27);
        }
    }
}
