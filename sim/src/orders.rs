//! Spot orders (fact sheet §3.8–§3.13): validation with OKX's codes, deterministic execution
//! against the generated market, the balance moves, and the order objects.
//!
//! Execution: market orders, and limit/ioc/fok orders whose price reaches the best opposite
//! price, fill in full at once at the best ask (buys) or best bid (sells) as the taker, whatever
//! the book's sizes. A non-crossing limit or post-only order rests `live` with its funds frozen
//! until [`Orders::trade_at`] (`Sim::trade_at`) makes the market trade at its price: then it
//! fills as the maker at its own price, in full or in part (`partially_filled`). A crossing
//! post-only order and a non-crossing ioc/fok order are placed and canceled at once, with nothing
//! filled. The taker pays 0.1% of what it receives, the maker 0.08%.
//!
//! Every change is also an `orders` push ([`OrderEvent`]), queued until
//! [`crate::state::Shared::publish_order_events`] sends them, in order: a taker order is pushed
//! `live` then `filled`, a resting one `live`, then `partially_filled` per partial fill and
//! `filled`, or `canceled`.
//!
//! All amounts are exact decimals ([`Amount`]) and prices integer ticks.

use serde_json::{json, Value};

use crate::account::{self, usd_value, AccountState, Balance};
use crate::algos::Attach;
use crate::amount::{fmt_scaled, Amount};
use crate::deriv_orders::{self, DerivOrder};
use crate::fill_log::FillLog;
use crate::instruments::Instrument;
use crate::market::Market;
use crate::positions::{Book, Terms};
use crate::state::lock;
use crate::ws_session::OrderEvent;

/// The first order id: 18 digits, like OKX's.
const FIRST_ORD_ID: u64 = 700_000_000_000_000_001;
const FIRST_TRADE_ID: u64 = 900_000_001;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Buy,
    Sell,
}

impl Side {
    pub(crate) fn parse(text: &str) -> Option<Side> {
        match text {
            "buy" => Some(Side::Buy),
            "sell" => Some(Side::Sell),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Side::Buy => "buy",
            Side::Sell => "sell",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OrdType {
    Market,
    Limit,
    PostOnly,
    Fok,
    Ioc,
}

impl OrdType {
    pub(crate) fn parse(text: &str) -> Option<OrdType> {
        Some(match text {
            "market" => OrdType::Market,
            "limit" => OrdType::Limit,
            "post_only" => OrdType::PostOnly,
            "fok" => OrdType::Fok,
            "ioc" => OrdType::Ioc,
            _ => return None,
        })
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            OrdType::Market => "market",
            OrdType::Limit => "limit",
            OrdType::PostOnly => "post_only",
            OrdType::Fok => "fok",
            OrdType::Ioc => "ioc",
        }
    }
}

/// Every `ordType` OKX documents, including those spot accounts cannot place here; list filters
/// accept them all.
pub(crate) const KNOWN_ORD_TYPES: [&str; 10] = [
    "market",
    "limit",
    "post_only",
    "fok",
    "ioc",
    "optimal_limit_ioc",
    "mmp",
    "mmp_and_post_only",
    "elp",
    "op_fok",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Live,
    PartiallyFilled,
    Filled,
    Canceled,
}

impl State {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            State::Live => "live",
            State::PartiallyFilled => "partially_filled",
            State::Filled => "filled",
            State::Canceled => "canceled",
        }
    }

    /// Still on the book: `live` or `partially_filled`.
    pub(crate) fn is_pending(self) -> bool {
        matches!(self, State::Live | State::PartiallyFilled)
    }
}

/// One fill of an order.
#[derive(Clone, Debug)]
pub(crate) struct Fill {
    pub(crate) px: i64,
    pub(crate) sz: Amount,
    pub(crate) time: i64,
    pub(crate) trade_id: u64,
    /// The order rested and was filled later (`execType` M), or took liquidity (T).
    pub(crate) maker: bool,
    /// This fill's fee: zero or negative, in the currency received (derivatives: settled).
    pub(crate) fee: Amount,
}

/// The taker's fee, in basis points of what it receives (OKX's regular spot tier).
const TAKER_FEE_BP: i128 = 10;
/// The maker's fee, likewise.
const MAKER_FEE_BP: i128 = 8;

#[derive(Clone, Debug)]
pub(crate) struct Order {
    /// The owning account's uid.
    pub(crate) uid: String,
    /// Index into the market's instruments.
    pub(crate) inst: usize,
    pub(crate) ord_id: u64,
    pub(crate) cl_ord_id: String,
    pub(crate) tag: String,
    /// Ticks; `None` for market orders.
    pub(crate) px: Option<i64>,
    pub(crate) sz: Amount,
    pub(crate) ord_type: OrdType,
    pub(crate) side: Side,
    /// `"base_ccy"` or `"quote_ccy"` for market orders, `""` otherwise.
    pub(crate) tgt_ccy: &'static str,
    /// Base currency (derivatives: contracts) filled so far.
    pub(crate) acc_sz: Amount,
    /// The price of its fills (a taker fills once, a resting order at its own price).
    pub(crate) avg_px: Option<i64>,
    /// The latest fill.
    pub(crate) last_fill: Option<Fill>,
    pub(crate) state: State,
    /// Zero or negative (a charge), in the currency received: all fills' fees.
    pub(crate) fee: Amount,
    /// Still frozen by this order, in the currency it pays with (derivatives: margin in the
    /// settlement currency).
    pub(crate) frozen: Amount,
    pub(crate) cancel_source: &'static str,
    pub(crate) c_time: i64,
    pub(crate) u_time: i64,
    /// A SWAP or FUTURES order's own fields.
    pub(crate) deriv: Option<DerivOrder>,
}

impl Order {
    /// The currency fees are charged in (what the order receives), and the other one.
    pub(crate) fn fee_ccys(&self, market: &Market) -> (&'static str, &'static str) {
        let inst = &market.series(self.inst).inst;
        if let Some(t) = self.deriv.as_ref().and(Terms::of(inst)) {
            return (t.settle, t.settle);
        }
        match self.side {
            Side::Buy => (inst.base_ccy, inst.quote_ccy),
            Side::Sell => (inst.quote_ccy, inst.base_ccy),
        }
    }

    /// The order object of `GET /trade/order` (fact sheet §3.11), fields in the alphabetical
    /// order of OKX's responses. `fillPx`, `fillSz`, `fillTime` and `tradeId` describe the
    /// latest fill.
    pub(crate) fn to_json(&self, market: &Market) -> Value {
        self.to_json_with_fill(market, self.last_fill.as_ref())
    }

    fn to_json_with_fill(&self, market: &Market, fill: Option<&Fill>) -> Value {
        let inst = &market.series(self.inst).inst;
        let px = |ticks: i64| fmt_scaled(i128::from(ticks), inst.tick_dec, inst.tick_dec);
        let fill_text = |f: fn(&Fill) -> String| fill.map_or_else(String::new, f);
        let (fee_ccy, rebate_ccy) = self.fee_ccys(market);
        let d = self.deriv.as_ref();
        json!({
            "accFillSz": self.acc_sz.to_string(),
            "algoClOrdId": "",
            "algoId": "",
            "attachAlgoClOrdId": "",
            "attachAlgoOrds": d.map_or_else(Vec::new, |d| d.attach.iter().map(Attach::to_json).collect()),
            "avgPx": self.avg_px.map_or_else(String::new, px),
            "cTime": self.c_time.to_string(),
            "cancelSource": self.cancel_source,
            "cancelSourceReason": "",
            "category": "normal",
            "ccy": "",
            "clOrdId": self.cl_ord_id.clone(),
            "fee": self.fee.to_string(),
            "feeCcy": fee_ccy,
            "fillPx": fill.map_or_else(String::new, |f| px(f.px)),
            "fillSz": fill.map_or(Amount::ZERO, |f| f.sz).to_string(),
            "fillTime": fill_text(|f| f.time.to_string()),
            "instId": inst.inst_id,
            "instType": inst.inst_type,
            "isTpLimit": "false",
            "lever": d.map_or_else(String::new, |d| d.lever.to_string()),
            "linkedAlgoOrd": {"algoId": ""},
            "ordId": self.ord_id.to_string(),
            "ordType": self.ord_type.as_str(),
            "pnl": d.map_or_else(|| "0".to_string(), |d| d.pnl.to_string()),
            "posSide": d.map_or("", |d| d.pos_side.as_str()),
            "px": self.px.map_or_else(String::new, px),
            "pxType": "",
            "pxUsd": "",
            "pxVol": "",
            "quickMgnType": "",
            "rebate": "0",
            "rebateCcy": rebate_ccy,
            "reduceOnly": if d.is_some_and(|d| d.reduce_only) { "true" } else { "false" },
            "side": self.side.as_str(),
            "slOrdPx": "",
            "slTriggerPx": "",
            "slTriggerPxType": "",
            "source": "",
            "state": self.state.as_str(),
            "stpId": "",
            "stpMode": "",
            "sz": self.sz.to_string(),
            "tag": self.tag.clone(),
            "tdMode": d.map_or("cash", |d| d.mgn_mode.as_str()),
            "tgtCcy": self.tgt_ccy,
            "tpOrdPx": "",
            "tpTriggerPx": "",
            "tpTriggerPxType": "",
            "tradeId": fill_text(|f| f.trade_id.to_string()),
            "tradeQuoteCcy": if d.is_some() { "" } else { inst.quote_ccy },
            "uTime": self.u_time.to_string(),
        })
    }

    /// The object the WebSocket `orders` channel pushes for a change of this order (docs
    /// #order-book-trading-trade-ws-order-channel): the REST object, whose `fillPx`, `fillSz`,
    /// `fillTime` and `tradeId` describe the fill of this change (`fillSz` "0" and the others ""
    /// when it is not a fill), plus the channel's own fields (`execType`, `fillFee`,
    /// `fillFeeCcy`, `fillNotionalUsd`, `notionalUsd`, `lastPx`, `code`, `msg`, …), all in
    /// byte order of their names as OKX lists them.
    pub(crate) fn push_json(&self, market: &Market, fill: Option<&Fill>, now_ms: i64) -> Value {
        let inst = &market.series(self.inst).inst;
        let px = |ticks: i64| fmt_scaled(i128::from(ticks), inst.tick_dec, inst.tick_dec);
        let mut fields = match self.to_json_with_fill(market, fill) {
            Value::Object(map) => map,
            _ => unreachable!("an order is an object"),
        };
        let usd = |quote: Amount| usd_value(market, inst.quote_ccy, quote, now_ms).to_string();
        let last = market.last_price(self.inst, now_ms);
        // What the order is worth: its size at its price (market orders: at the last price,
        // or the quote amount itself).
        let notional = match (self.px, self.tgt_ccy) {
            _ if self.deriv.is_some() => Amount::ZERO,
            (_, "quote_ccy") => self.sz,
            (Some(p), _) => self.sz.times_price(p, inst.tick_dec),
            (None, _) => self.sz.times_price(last, inst.tick_dec),
        };
        // Derivatives: the order's (and fill's) notional in USD at its price.
        let terms = self.deriv.as_ref().and(Terms::of(inst));
        let usd = |quote: Amount| match terms {
            Some(_) => quote.to_string(),
            None => usd(quote),
        };
        let notional = match terms {
            Some(t) => t.usd(self.sz, t.px(self.px.unwrap_or(last))),
            None => notional,
        };
        let (fee_ccy, _) = self.fee_ccys(market);
        let extra = [
            ("amendResult", Value::from("")),
            ("amendSource", "".into()),
            ("code", "0".into()),
            (
                "execType",
                fill.map_or("", |f| if f.maker { "M" } else { "T" }).into(),
            ),
            (
                "fillFee",
                fill.map_or("0".into(), |f| f.fee.to_string()).into(),
            ),
            ("fillFeeCcy", fill.map_or("", |_| fee_ccy).into()),
            ("fillFwdPx", "".into()),
            ("fillIdxPx", "".into()),
            ("fillMarkPx", "".into()),
            ("fillMarkVol", "".into()),
            (
                "fillNotionalUsd",
                fill.map_or(String::new(), |f| match terms {
                    Some(t) => t.usd(f.sz, t.px(f.px)).to_string(),
                    None => usd(f.sz.times_price(f.px, inst.tick_dec)),
                })
                .into(),
            ),
            (
                "fillPnl",
                fill.and(self.deriv.as_ref())
                    .map_or("0".to_string(), |d| d.last_fill_pnl.to_string())
                    .into(),
            ),
            ("fillPxUsd", "".into()),
            ("fillPxVol", "".into()),
            ("lastPx", px(last).into()),
            ("msg", "".into()),
            ("notionalUsd", usd(notional).into()),
            ("reqId", "".into()),
        ];
        for (k, v) in extra {
            fields.insert(k.into(), v);
        }
        let mut sorted: Vec<(String, Value)> = fields.into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        Value::Object(sorted.into_iter().collect())
    }

    /// An `orders` push for this order as it stands now.
    pub(crate) fn event(
        &self,
        market: &Market,
        fill: Option<&Fill>,
        moved_funds: bool,
        now_ms: i64,
    ) -> OrderEvent {
        OrderEvent {
            uid: self.uid.clone(),
            inst_id: market.series(self.inst).inst.inst_id.to_string(),
            order: self.push_json(market, fill, now_ms),
            moved_funds,
        }
    }
}

/// A place-order request as received; every value is the client's text.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct NewOrder<'a> {
    pub(crate) inst_id: &'a str,
    pub(crate) td_mode: &'a str,
    pub(crate) side: &'a str,
    pub(crate) ord_type: &'a str,
    pub(crate) sz: &'a str,
    pub(crate) px: Option<&'a str>,
    pub(crate) tgt_ccy: Option<&'a str>,
    pub(crate) cl_ord_id: Option<&'a str>,
    pub(crate) tag: Option<&'a str>,
    /// The `expTime` header: the request must be processed by this sim time (Unix ms).
    pub(crate) exp_time: Option<i64>,
    /// Derivatives: `posSide`, `reduceOnly` (a JSON boolean) and `attachAlgoOrds` (checked
    /// when the order is). Spot orders ignore them.
    pub(crate) pos_side: Option<&'a str>,
    pub(crate) reduce_only: Option<bool>,
    pub(crate) attach: Option<&'a Value>,
    /// The market's last price (ticks) in place of the generated one: a triggered algo order's
    /// child meets the price that set it off (`algo_orders.rs`).
    pub(crate) last: Option<i64>,
}

/// A per-item failure: `sCode` and `sMsg`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Reject {
    pub(crate) code: &'static str,
    pub(crate) msg: String,
}

pub(crate) fn reject(code: &'static str, msg: impl Into<String>) -> Reject {
    Reject {
        code,
        msg: msg.into(),
    }
}

/// 51000 "Parameter {name} error".
pub(crate) fn param_error(name: &str) -> Reject {
    reject("51000", format!("Parameter {name} error"))
}

/// OKX's alphabet for `clOrdId` and `tag`: 1 to `max` ASCII letters and digits.
pub(crate) fn valid_id(text: &str, max: usize) -> bool {
    (1..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// What happens to an order once it passes validation.
pub(crate) enum Outcome {
    /// Filled in full at this price (ticks).
    Fill(i64),
    /// Rests on the book.
    Rest,
    /// Placed and canceled at once, with this `cancelSource`.
    Cancel(&'static str),
}

/// Every order of every account, oldest first (so `ordId` ascends).
pub(crate) struct Orders {
    pub(crate) list: Vec<Order>,
    pub(crate) next_ord_id: u64,
    pub(crate) next_trade_id: u64,
    /// The `orders` pushes of the changes made so far, oldest first, until taken.
    pub(crate) events: Vec<OrderEvent>,
    /// Accounts' derivatives configuration, leverage, positions and attached algo orders.
    pub(crate) book: Book,
    /// Pending orders an account may hold per instrument ([`MAX_PENDING`] unless configured).
    pub(crate) max_pending: usize,
    /// Every fill made, for the statements.
    pub(crate) fill_log: FillLog,
}

/// OKX's cap on an account's pending orders per instrument (spot pair, swap or future): 500
/// since 2023-08-14 (OKX announcement "Adjustment to pending order limit for OKX trading
/// symbols", 2023-07-11); a new order beyond it gets sCode 51174 "The number of {param0} pending
/// orders reached the upper limit of {param1} (orders)." (OKX's error-code list). Orders already
/// pending stay; options have their own rules (not simulated). Algo orders also count on OKX;
/// here only ordinary orders do.
pub(crate) const MAX_PENDING: usize = 500;

impl Default for Orders {
    fn default() -> Orders {
        Orders {
            list: Vec::new(),
            next_ord_id: FIRST_ORD_ID,
            next_trade_id: FIRST_TRADE_ID,
            events: Vec::new(),
            book: Book::default(),
            max_pending: MAX_PENDING,
            fill_log: FillLog::default(),
        }
    }
}

/// Fills `sz` (base currency) of `order` at `px` ticks, as the maker (a resting order, paying
/// with funds it froze) or the taker, moving the balances: the payer's side leaves, the other
/// comes in less the fee. Returns the fill.
#[allow(clippy::too_many_arguments)]
pub(crate) fn fill(
    inst: &Instrument,
    order: &mut Order,
    balances: &mut Vec<Balance>,
    px: i64,
    sz: Amount,
    maker: bool,
    trade_id: u64,
    now_ms: i64,
) -> Fill {
    let quote_amt = sz.times_price(px, inst.tick_dec);
    let (paid, pay_amt, got, got_amt) = match order.side {
        Side::Buy => (inst.quote_ccy, quote_amt, inst.base_ccy, sz),
        Side::Sell => (inst.base_ccy, sz, inst.quote_ccy, quote_amt),
    };
    let fee = got_amt.basis_points(if maker { MAKER_FEE_BP } else { TAKER_FEE_BP });
    move_cash(balances, paid, -pay_amt, now_ms);
    move_cash(balances, got, got_amt - fee, now_ms);
    if maker {
        let b = account::entry(balances, paid, now_ms);
        b.frozen = b.frozen - pay_amt;
        order.frozen = order.frozen - pay_amt;
    }
    order.acc_sz = order.acc_sz + sz;
    order.avg_px = Some(px);
    order.fee = order.fee - fee;
    order.state = if order.acc_sz < order.sz && order.tgt_ccy != "quote_ccy" {
        State::PartiallyFilled
    } else {
        State::Filled
    };
    if order.state == State::Filled && !order.frozen.is_zero() {
        // Nothing stays frozen by a finished order.
        let b = account::entry(balances, paid, now_ms);
        b.frozen = b.frozen - order.frozen;
        order.frozen = Amount::ZERO;
    }
    order.u_time = now_ms;
    let f = Fill {
        px,
        sz,
        time: now_ms,
        trade_id,
        maker,
        fee: -fee,
    };
    order.last_fill = Some(f.clone());
    f
}

impl Orders {
    /// 51016 when `cl_ord_id` names a pending order of `uid` (it may be reused once the order
    /// is filled or canceled).
    pub(crate) fn check_cl_ord_id(&self, uid: &str, cl_ord_id: Option<&str>) -> Result<(), Reject> {
        let Some(id) = cl_ord_id else { return Ok(()) };
        if self
            .list
            .iter()
            .any(|x| x.state.is_pending() && x.uid == uid && x.cl_ord_id == id)
        {
            return Err(reject("51016", "Duplicated clOrdId"));
        }
        Ok(())
    }

    pub(crate) fn all(&self) -> &[Order] {
        &self.list
    }

    /// The `orders` pushes of the changes since the last call, oldest first.
    pub(crate) fn take_events(&mut self) -> Vec<OrderEvent> {
        std::mem::take(&mut self.events)
    }

    /// The market trades at `px` ticks on instrument `inst`: the pending limit orders of every
    /// account that price reaches (buys at or above it, sells at or below) fill as makers at
    /// their own prices, best price first and then oldest first, until `sz` (base currency;
    /// `None`: no limit) is used up, the last one reached perhaps partially. Returns how many
    /// fills were made.
    pub(crate) fn trade_at(
        &mut self,
        market: &Market,
        accounts: &[AccountState],
        inst: usize,
        px: i64,
        sz: Option<Amount>,
        now_ms: i64,
    ) -> usize {
        let instrument = &market.series(inst).inst;
        let mut reached: Vec<usize> = (0..self.list.len())
            .filter(|&i| {
                let o = &self.list[i];
                o.inst == inst
                    && o.state.is_pending()
                    && o.px.is_some_and(|p| match o.side {
                        Side::Buy => p >= px,
                        Side::Sell => p <= px,
                    })
            })
            .collect();
        // Buys from the highest price, sells from the lowest; then by age.
        reached.sort_by_key(|&i| {
            let o = &self.list[i];
            let p = o.px.unwrap_or(0);
            (
                o.side == Side::Sell,
                if o.side == Side::Buy { -p } else { p },
                o.ord_id,
            )
        });
        let mut left = sz;
        let mut fills = 0;
        for i in reached {
            let remaining = self.list[i].sz - self.list[i].acc_sz;
            let q = left.map_or(remaining, |l| l.min(remaining));
            if q.is_zero() {
                break;
            }
            let Some(account) = accounts.iter().find(|a| a.account.uid == self.list[i].uid) else {
                continue;
            };
            let trade_id = self.next_trade_id;
            self.next_trade_id += 1;
            let Orders { list, book, .. } = self;
            let order = &mut list[i];
            let at = order.px.unwrap_or(px);
            let f = {
                let mut balances = lock(&account.balances);
                if order.deriv.is_some() {
                    deriv_orders::fill_deriv(
                        book,
                        market,
                        order,
                        &mut balances,
                        at,
                        q,
                        true,
                        trade_id,
                        now_ms,
                    )
                } else {
                    fill(
                        instrument,
                        order,
                        &mut balances,
                        at,
                        q,
                        true,
                        trade_id,
                        now_ms,
                    )
                }
            };
            self.fill_log.record(market, &self.list[i], &f);
            let event = self.list[i].event(market, Some(&f), true, now_ms);
            self.events.push(event);
            left = left.map(|l| l - q);
            fills += 1;
        }
        fills
    }

    /// Validates, executes and records an order of `account`; returns its `ordId`. Checks run
    /// in this order: `expTime`, instrument, `tdMode`, `side`, `ordType`, `sz`, `px`, `tgtCcy`,
    /// `clOrdId`, `tag`, size rules, price limit, duplicate `clOrdId`, balance.
    pub(crate) fn place(
        &mut self,
        market: &Market,
        account: &AccountState,
        o: &NewOrder,
        now_ms: i64,
    ) -> Result<u64, Reject> {
        if o.exp_time.is_some_and(|t| now_ms > t) {
            // OKX's 50036 (fact sheet §1.1); its 50037 "Order expired" is not what a deadline that
            // is already past on arrival gets.
            return Err(reject(
                "50036",
                "expTime can't be earlier than the current system time",
            ));
        }
        let idx = market
            .find(o.inst_id)
            .filter(|&i| market.series(i).inst.state == "live")
            .ok_or_else(|| reject("51001", "Instrument ID or Spread ID doesn't exist."))?;
        let inst = &market.series(idx).inst;
        let uid = &account.account.uid;
        let pending = self
            .list
            .iter()
            .filter(|x| x.inst == idx && x.state.is_pending() && &x.uid == uid)
            .count();
        if pending >= self.max_pending {
            return Err(reject(
                "51174",
                format!(
                    "The number of {} pending orders reached the upper limit of {} (orders).",
                    inst.inst_id, self.max_pending
                ),
            ));
        }
        if inst.deriv.is_some() {
            return self.place_deriv(market, account, o, idx, now_ms);
        }
        match o.td_mode {
            "cash" => {}
            "cross" | "isolated" | "spot_isolated" => {
                return Err(reject(
                    "51010",
                    "Operation is not supported under the current account mode",
                ))
            }
            _ => return Err(param_error("tdMode")),
        }
        let side = Side::parse(o.side).ok_or_else(|| param_error("side"))?;
        let ord_type = OrdType::parse(o.ord_type).ok_or_else(|| param_error("ordType"))?;
        let sz = Amount::parse_positive(o.sz).ok_or_else(|| param_error("sz"))?;
        let px = match ord_type {
            OrdType::Market => None,
            _ => Some(
                o.px.and_then(Amount::parse_positive)
                    .and_then(|p| p.units(inst.tick_dec))
                    .and_then(|t| i64::try_from(t).ok())
                    .ok_or_else(|| param_error("px"))?,
            ),
        };
        let quote_sized = match o.tgt_ccy {
            None => side == Side::Buy, // OKX's default: buys in quote, sells in base
            Some("quote_ccy") => true,
            Some("base_ccy") => false,
            Some(_) => return Err(param_error("tgtCcy")),
        } && ord_type == OrdType::Market;
        if o.cl_ord_id.is_some_and(|id| !valid_id(id, 32)) {
            return Err(param_error("clOrdId"));
        }
        if o.tag.is_some_and(|tag| !valid_id(tag, 16)) {
            return Err(param_error("tag"));
        }
        check_size(inst, sz, quote_sized)?;
        let last = o.last.unwrap_or_else(|| market.last_price(idx, now_ms));
        let (bid, ask) = (last, last + 1);
        if let Some(p) = px {
            let (max_buy, min_sell) = spot_band(last);
            if (side == Side::Buy && p > max_buy) || (side == Side::Sell && p < min_sell) {
                return Err(outside_band(inst, max_buy, min_sell));
            }
        }
        let taker_px = match (side, px) {
            (Side::Buy, None) => Some(ask),
            (Side::Sell, None) => Some(bid),
            (Side::Buy, Some(p)) => (p >= ask).then_some(ask),
            (Side::Sell, Some(p)) => (p <= bid).then_some(bid),
        };
        let outcome = match (ord_type, taker_px) {
            (OrdType::PostOnly, Some(_)) => Outcome::Cancel("31"),
            (_, Some(p)) => Outcome::Fill(p),
            (OrdType::Ioc, None) => Outcome::Cancel("14"),
            (OrdType::Fok, None) => Outcome::Cancel("13"),
            (_, None) => Outcome::Rest,
        };
        // The base amount traded; quote-sized market orders buy or sell whole lots only.
        let base_sz = match (quote_sized, taker_px) {
            (true, Some(p)) => sz.div_price_floor(p, inst.tick_dec, inst.lot_dec),
            _ => sz,
        };
        if base_sz.is_zero() {
            return Err(reject(
                "51020",
                "Order amount should be greater than the min available amount.",
            ));
        }
        // What the order pays with, and how much of it must be available.
        let (pay_ccy, need) = match (side, px) {
            (Side::Buy, Some(p)) => (inst.quote_ccy, sz.times_price(p, inst.tick_dec)),
            (Side::Buy, None) if quote_sized => (inst.quote_ccy, sz),
            (Side::Buy, None) => (inst.quote_ccy, sz.times_price(ask, inst.tick_dec)),
            (Side::Sell, _) => (inst.base_ccy, base_sz),
        };
        self.check_cl_ord_id(&account.account.uid, o.cl_ord_id)?;
        let mut balances = lock(&account.balances);
        if account::available(&balances, pay_ccy) < need {
            return Err(reject(
                "51008",
                format!("Order failed. Insufficient {pay_ccy} balance in account"),
            ));
        }
        let mut order = Order {
            uid: account.account.uid.clone(),
            inst: idx,
            ord_id: self.next_ord_id,
            cl_ord_id: o.cl_ord_id.unwrap_or("").to_string(),
            tag: o.tag.unwrap_or("").to_string(),
            px,
            sz,
            ord_type,
            side,
            tgt_ccy: match (ord_type, quote_sized) {
                (OrdType::Market, true) => "quote_ccy",
                (OrdType::Market, false) => "base_ccy",
                _ => "",
            },
            acc_sz: Amount::ZERO,
            avg_px: None,
            last_fill: None,
            state: State::Live,
            fee: Amount::ZERO,
            frozen: Amount::ZERO,
            cancel_source: "",
            c_time: now_ms,
            u_time: now_ms,
            deriv: None,
        };
        self.next_ord_id += 1;
        match outcome {
            Outcome::Fill(p) => {
                // OKX pushes the accepted order (`live`) before its fill.
                self.events.push(order.event(market, None, false, now_ms));
                let trade_id = self.next_trade_id;
                self.next_trade_id += 1;
                let fill = fill(
                    inst,
                    &mut order,
                    &mut balances,
                    p,
                    base_sz,
                    false,
                    trade_id,
                    now_ms,
                );
                self.fill_log.record(market, &order, &fill);
                self.events
                    .push(order.event(market, Some(&fill), true, now_ms));
            }
            Outcome::Rest => {
                self.rest(market, &mut order, &mut balances, pay_ccy, need, now_ms);
            }
            Outcome::Cancel(source) => self.cancel_on_arrival(market, &mut order, source, now_ms),
        }
        let ord_id = order.ord_id;
        self.list.push(order);
        Ok(ord_id)
    }

    /// A new order that rests: `need` of `ccy` frozen for it, and its push.
    pub(crate) fn rest(
        &mut self,
        market: &Market,
        order: &mut Order,
        balances: &mut Vec<Balance>,
        ccy: &str,
        need: Amount,
        now_ms: i64,
    ) {
        let b = account::entry(balances, ccy, now_ms);
        b.frozen = b.frozen + need;
        b.u_time = now_ms;
        order.frozen = need;
        self.events.push(order.event(market, None, true, now_ms));
    }

    /// A new order canceled as it arrives (`source`: OKX's `cancelSource`), and its push.
    pub(crate) fn cancel_on_arrival(
        &mut self,
        market: &Market,
        order: &mut Order,
        source: &'static str,
        now_ms: i64,
    ) {
        order.state = State::Canceled;
        order.cancel_source = source;
        self.events.push(order.event(market, None, false, now_ms));
    }

    /// Cancels a pending order of `account` on instrument `inst`, found by `ordId` or, when none
    /// is given, by `clOrdId`; releases its frozen funds. Returns the order's `ordId` and
    /// `clOrdId`.
    pub(crate) fn cancel(
        &mut self,
        market: &Market,
        account: &AccountState,
        inst: Option<usize>,
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
        now_ms: i64,
    ) -> Result<(u64, String), Reject> {
        let not_found = || {
            reject(
                "51400",
                "Cancellation failed as the order has been filled, canceled or does not exist",
            )
        };
        let i = inst
            .and_then(|inst| self.position(&account.account.uid, inst, ord_id, cl_ord_id))
            .filter(|&i| self.list[i].state.is_pending())
            .ok_or_else(not_found)?;
        let order = &mut self.list[i];
        release_all(market, account, order, now_ms);
        order.state = State::Canceled;
        order.cancel_source = "1";
        order.u_time = now_ms;
        let (ord_id, cl) = (order.ord_id, order.cl_ord_id.clone());
        let event = self.list[i].event(market, None, true, now_ms);
        self.events.push(event);
        Ok((ord_id, cl))
    }

    /// The order of `uid` on `inst` with this `ordId` (which wins) or, failing that, the latest
    /// with this `clOrdId`.
    pub(crate) fn find(
        &self,
        uid: &str,
        inst: usize,
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
    ) -> Option<&Order> {
        self.position(uid, inst, ord_id, cl_ord_id)
            .map(|i| &self.list[i])
    }

    fn position(
        &self,
        uid: &str,
        inst: usize,
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
    ) -> Option<usize> {
        let mine = |o: &Order| o.uid == uid && o.inst == inst;
        match (ord_id, cl_ord_id) {
            (Some(id), _) => self
                .list
                .iter()
                .position(|o| mine(o) && o.ord_id.to_string() == id),
            (None, Some(cl)) => self.list.iter().rposition(|o| mine(o) && o.cl_ord_id == cl),
            (None, None) => None,
        }
    }

    /// A page of the orders `keep` accepts, newest first: `after` gives older orders than that
    /// `ordId`, `before` newer ones; the newest `limit` that match are returned.
    pub(crate) fn page(
        &self,
        keep: impl Fn(&Order) -> bool,
        after: Option<u64>,
        before: Option<u64>,
        limit: usize,
    ) -> Vec<&Order> {
        self.list
            .iter()
            .rev()
            .filter(|o| after.is_none_or(|a| o.ord_id < a) && before.is_none_or(|b| o.ord_id > b))
            .filter(|o| keep(o))
            .take(limit)
            .collect()
    }
}

/// Releases everything `order` froze, in the currency it pays with (derivatives: margin in
/// the settlement currency).
pub(crate) fn release_all(market: &Market, account: &AccountState, order: &mut Order, now_ms: i64) {
    let inst = &market.series(order.inst).inst;
    let pay_ccy = match (order.side, order.deriv.as_ref().and(Terms::of(inst))) {
        (_, Some(t)) => t.settle,
        (Side::Buy, None) => inst.quote_ccy,
        (Side::Sell, None) => inst.base_ccy,
    };
    let mut balances = lock(&account.balances);
    let b = account::entry(&mut balances, pay_ccy, now_ms);
    b.frozen = b.frozen - order.frozen;
    b.u_time = now_ms;
    order.frozen = Amount::ZERO;
}

/// A spot order's price limit around the last price `last` (ticks): `(max buy, min sell)`,
/// 5% either way.
pub(crate) fn spot_band(last: i64) -> (i64, i64) {
    (last * 105 / 100, (last * 95 + 99) / 100)
}

/// 51006 with the limits in OKX's words.
pub(crate) fn outside_band(inst: &Instrument, max_buy: i64, min_sell: i64) -> Reject {
    let text = |t: i64| fmt_scaled(i128::from(t), inst.tick_dec, inst.tick_dec);
    reject(
        "51006",
        format!(
            "Order price is not within the price limit (max buy price: {}, min sell price: {})",
            text(max_buy),
            text(min_sell)
        ),
    )
}

/// Size rules: base-sized orders must be whole lots, at least `minSz` and at most `maxLmtSz`;
/// quote-sized market orders at most `maxMktSz` (in the quote currency).
pub(crate) fn check_size(inst: &Instrument, sz: Amount, quote_sized: bool) -> Result<(), Reject> {
    let limit = |text: &str| Amount::parse(text).expect("instrument literal");
    if quote_sized {
        return if sz > limit(inst.max_mkt_sz) {
            Err(param_error("sz"))
        } else {
            Ok(())
        };
    }
    if sz.units(inst.lot_dec).is_none() {
        return Err(reject(
            "51121",
            "Order quantity must be a multiple of the lot size.",
        ));
    }
    if sz < limit(inst.min_sz) {
        return Err(reject(
            "51020",
            "Order amount should be greater than the min available amount.",
        ));
    }
    if sz > limit(inst.max_lmt_sz) {
        return Err(param_error("sz"));
    }
    Ok(())
}

/// Adds `delta` (negative to take) to the cash balance of `ccy`.
fn move_cash(balances: &mut Vec<Balance>, ccy: &str, delta: Amount, now_ms: i64) {
    let b = account::entry(balances, ccy, now_ms);
    b.cash = b.cash + delta;
    b.u_time = now_ms;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Account;

    fn setup() -> (Market, AccountState, Orders) {
        (
            Market::new(42, Vec::new()),
            AccountState::new(Account::live(), 0),
            Orders::default(),
        )
    }

    const NOW: i64 = 1_700_000_000_000;

    fn order<'a>(side: &'a str, ord_type: &'a str, sz: &'a str) -> NewOrder<'a> {
        NewOrder {
            inst_id: "BTC-USDT",
            td_mode: "cash",
            side,
            ord_type,
            sz,
            ..NewOrder::default()
        }
    }

    fn bal(a: &AccountState, ccy: &str) -> (String, String) {
        let b = lock(&a.balances);
        let x = b.iter().find(|x| x.ccy == ccy).unwrap();
        (x.available().to_string(), x.frozen.to_string())
    }

    fn px_text(ticks: i64) -> String {
        fmt_scaled(i128::from(ticks), 1, 1)
    }

    #[test]
    fn validation_codes() {
        let (m, a, mut book) = setup();
        let last = m.last_price(m.find("BTC-USDT").unwrap(), NOW);
        let code = |book: &mut Orders, o: NewOrder| book.place(&m, &a, &o, NOW).unwrap_err().code;
        let lim = px_text(last - 1000);
        let limit = |sz: &'static str| NewOrder {
            px: Some(&lim),
            ..order("buy", "limit", sz)
        };
        let cases: Vec<(NewOrder, &str)> = vec![
            (
                NewOrder {
                    exp_time: Some(NOW - 1),
                    ..order("buy", "market", "1")
                },
                "50036",
            ),
            (
                NewOrder {
                    inst_id: "NOPE-USDT",
                    ..order("buy", "market", "1")
                },
                "51001",
            ),
            (
                NewOrder {
                    inst_id: "XMR-USDT",
                    ..order("buy", "market", "1")
                },
                "51001",
            ),
            (
                NewOrder {
                    td_mode: "cross",
                    ..order("buy", "market", "1")
                },
                "51010",
            ),
            (
                NewOrder {
                    td_mode: "spot",
                    ..order("buy", "market", "1")
                },
                "51000",
            ),
            (order("hold", "market", "1"), "51000"),
            (order("buy", "stop", "1"), "51000"),
            (order("buy", "market", "-1"), "51000"),
            (order("buy", "market", "1e3"), "51000"),
            (order("buy", "limit", "1"), "51000"),
            (
                NewOrder {
                    px: Some("65000.05"),
                    ..order("buy", "limit", "1")
                },
                "51000",
            ),
            (
                NewOrder {
                    tgt_ccy: Some("usd"),
                    ..order("buy", "market", "1")
                },
                "51000",
            ),
            (
                NewOrder {
                    cl_ord_id: Some("has-dash"),
                    ..order("buy", "market", "1")
                },
                "51000",
            ),
            (
                NewOrder {
                    tag: Some("seventeen17chars1"),
                    ..order("buy", "market", "1")
                },
                "51000",
            ),
            (limit("0.000000001"), "51121"),
            (limit("0.000009"), "51020"),
            (limit("10000000000"), "51000"),
            (
                NewOrder {
                    tgt_ccy: Some("quote_ccy"),
                    ..order("buy", "market", "1000001")
                },
                "51000",
            ),
            (limit("1"), "51008"),
        ];
        for (i, (o, want)) in cases.into_iter().enumerate() {
            assert_eq!(code(&mut book, o), want, "case {i}");
        }
        assert!(book.all().is_empty());
        let r = book
            .place(&m, &a, &order("sell", "market", "5"), NOW)
            .unwrap_err();
        assert_eq!(r.msg, "Order failed. Insufficient BTC balance in account");
    }

    #[test]
    fn price_limit_message() {
        let (m, a, mut book) = setup();
        let last = m.last_price(m.find("BTC-USDT").unwrap(), NOW);
        let high = px_text(last * 106 / 100);
        let r = book
            .place(
                &m,
                &a,
                &NewOrder {
                    px: Some(&high),
                    ..order("buy", "limit", "0.001")
                },
                NOW,
            )
            .unwrap_err();
        assert_eq!(r.code, "51006");
        let want = format!(
            "Order price is not within the price limit (max buy price: {}, min sell price: {})",
            px_text(last * 105 / 100),
            px_text((last * 95 + 99) / 100)
        );
        assert_eq!(r.msg, want);
        // At the limit itself the order is accepted (and, crossing, fills at the ask).
        let edge = px_text(last * 105 / 100);
        let id = book
            .place(
                &m,
                &a,
                &NewOrder {
                    px: Some(&edge),
                    ..order("buy", "limit", "0.001")
                },
                NOW,
            )
            .unwrap();
        let v = book.all()[0].to_json(&m);
        assert_eq!(v["ordId"], id.to_string());
        assert_eq!(v["state"], "filled");
        assert_eq!(v["avgPx"], px_text(last + 1));
    }

    #[test]
    fn fills_move_balances_exactly() {
        let (m, a, mut book) = setup();
        let last = m.last_price(m.find("BTC-USDT").unwrap(), NOW);
        let ask = px_text(last + 1);
        // Market buy of 0.01 BTC (base-sized): pays 0.01 × ask, receives 0.01 less 0.1%.
        let o = NewOrder {
            tgt_ccy: Some("base_ccy"),
            ..order("buy", "market", "0.01")
        };
        book.place(&m, &a, &o, NOW).unwrap();
        let cost = Amount::parse("0.01").unwrap().times_price(last + 1, 1);
        let usdt = Amount::parse("10000").unwrap() - cost;
        assert_eq!(bal(&a, "USDT"), (usdt.to_string(), "0".into()));
        assert_eq!(bal(&a, "BTC"), ("0.50999".into(), "0".into()));
        let v = book.all()[0].to_json(&m);
        assert_eq!(v["fee"], "-0.00001");
        assert_eq!(v["feeCcy"], "BTC");
        assert_eq!(v["tgtCcy"], "base_ccy");
        assert_eq!(v["fillPx"], ask);
        // Market sell of 0.1 BTC at the bid: receives 0.1 × bid less 0.1% in USDT.
        book.place(&m, &a, &order("sell", "market", "0.1"), NOW)
            .unwrap();
        let proceeds = Amount::parse("0.1").unwrap().times_price(last, 1);
        let usdt = usdt + proceeds - proceeds.thousandth();
        assert_eq!(bal(&a, "USDT").0, usdt.to_string());
        assert_eq!(bal(&a, "BTC").0, "0.40999");
        let v = book.all()[1].to_json(&m);
        assert_eq!(v["tgtCcy"], "base_ccy");
        assert_eq!(v["feeCcy"], "USDT");
        assert_eq!(v["rebateCcy"], "BTC");
    }

    #[test]
    fn market_buy_defaults_to_quote_size() {
        let (m, a, mut book) = setup();
        let last = m.last_price(m.find("BTC-USDT").unwrap(), NOW);
        // No tgtCcy: sz=100 means 100 USDT, not 100 BTC.
        book.place(&m, &a, &order("buy", "market", "100"), NOW)
            .unwrap();
        let base = Amount::parse("100")
            .unwrap()
            .div_price_floor(last + 1, 1, 8);
        let spent = base.times_price(last + 1, 1);
        let v = book.all()[0].to_json(&m);
        assert_eq!(v["tgtCcy"], "quote_ccy");
        assert_eq!(v["sz"], "100");
        assert_eq!(v["accFillSz"], base.to_string());
        let usdt = Amount::parse("10000").unwrap() - spent;
        assert_eq!(bal(&a, "USDT").0, usdt.to_string());
        assert!(spent <= Amount::parse("100").unwrap());
        // 0.001 is 0.001 USDT: a single lot of BTC.
        book.place(&m, &a, &order("buy", "market", "0.001"), NOW)
            .unwrap();
        let v = book.all()[1].to_json(&m);
        assert_eq!(v["accFillSz"], "0.00000001");
        // Too little quote for one lot.
        let r = book
            .place(&m, &a, &order("buy", "market", "0.0000001"), NOW)
            .unwrap_err();
        assert_eq!(r.code, "51020");
        // Quote-sized sell: sells what 100 USDT buys at the bid.
        let o = NewOrder {
            tgt_ccy: Some("quote_ccy"),
            ..order("sell", "market", "100")
        };
        book.place(&m, &a, &o, NOW).unwrap();
        let v = book.all()[2].to_json(&m);
        let sold = Amount::parse("100").unwrap().div_price_floor(last, 1, 8);
        assert_eq!(v["accFillSz"], sold.to_string());
    }

    #[test]
    fn resting_cancel_and_immediate_cancels() {
        let (m, a, mut book) = setup();
        let last = m.last_price(m.find("BTC-USDT").unwrap(), NOW);
        let low = px_text(last - 100);
        let rest = NewOrder {
            px: Some(&low),
            cl_ord_id: Some("a1"),
            ..order("buy", "limit", "0.01")
        };
        let id = book.place(&m, &a, &rest, NOW).unwrap();
        let frozen = Amount::parse("0.01").unwrap().times_price(last - 100, 1);
        assert_eq!(bal(&a, "USDT").1, frozen.to_string());
        assert_eq!(
            bal(&a, "USDT").0,
            (Amount::parse("10000").unwrap() - frozen).to_string()
        );
        // The same clOrdId is refused while the order is pending.
        assert_eq!(book.place(&m, &a, &rest, NOW).unwrap_err().code, "51016");
        let idx = m.find("BTC-USDT");
        let (cid, cl) = book.cancel(&m, &a, idx, None, Some("a1"), NOW + 5).unwrap();
        assert_eq!((cid, cl.as_str()), (id, "a1"));
        assert_eq!(bal(&a, "USDT"), ("10000".into(), "0".into()));
        assert_eq!(
            book.cancel(&m, &a, idx, Some(&id.to_string()), None, NOW)
                .unwrap_err()
                .code,
            "51400"
        );
        // Terminal: the clOrdId may be reused, and a query finds the newest.
        let id2 = book.place(&m, &a, &rest, NOW).unwrap();
        assert_eq!(
            book.find(&a.account.uid, idx.unwrap(), None, Some("a1"))
                .unwrap()
                .ord_id,
            id2
        );
        // Crossing post_only and non-crossing ioc/fok: placed, then canceled, nothing moves.
        let high = px_text(last + 1);
        for (t, p, source) in [
            ("post_only", &high, "31"),
            ("ioc", &low, "14"),
            ("fok", &low, "13"),
        ] {
            let o = NewOrder {
                px: Some(p),
                ..order("buy", t, "0.01")
            };
            book.place(&m, &a, &o, NOW).unwrap();
            let v = book.all().last().unwrap().to_json(&m);
            assert_eq!(v["state"], "canceled", "{t}");
            assert_eq!(v["cancelSource"], source, "{t}");
            assert_eq!(v["accFillSz"], "0", "{t}");
            assert_eq!(v["avgPx"], "", "{t}");
        }
        assert_eq!(bal(&a, "BTC"), ("0.5".into(), "0".into()));
        // A resting sell freezes base; a crossing ioc sell fills at the bid.
        let far = px_text(last + 50);
        let o = NewOrder {
            px: Some(&far),
            ..order("sell", "post_only", "0.2")
        };
        book.place(&m, &a, &o, NOW).unwrap();
        assert_eq!(bal(&a, "BTC"), ("0.3".into(), "0.2".into()));
        let o = NewOrder {
            px: Some(&low),
            ..order("sell", "ioc", "0.3")
        };
        book.place(&m, &a, &o, NOW).unwrap();
        let v = book.all().last().unwrap().to_json(&m);
        assert_eq!(v["state"], "filled");
        assert_eq!(v["fillPx"], px_text(last));
        assert_eq!(bal(&a, "BTC"), ("0".into(), "0.2".into()));
    }

    /// The market trading at a resting order's price fills it as the maker at its own price,
    /// in part and then in full, moving exactly the frozen funds; each change is one push.
    #[test]
    fn resting_orders_fill_later_in_part_and_in_full() {
        let (m, a, mut book) = setup();
        let idx = m.find("BTC-USDT").unwrap();
        let last = m.last_price(idx, NOW);
        let (buy_px, sell_px) = (px_text(last - 500), px_text(last + 500));
        let buy = NewOrder {
            px: Some(&buy_px),
            ..order("buy", "limit", "0.03")
        };
        let id = book.place(&m, &a, &buy, NOW).unwrap();
        let sell = NewOrder {
            px: Some(&sell_px),
            ..order("sell", "limit", "0.1")
        };
        let sell_id = book.place(&m, &a, &sell, NOW).unwrap();
        let events = book.take_events();
        assert_eq!(events.len(), 2);
        assert!(events
            .iter()
            .all(|e| e.order["state"] == "live" && e.moved_funds));
        let accounts = [a];
        let a = &accounts[0];
        let frozen = Amount::parse("0.03").unwrap().times_price(last - 500, 1);
        assert_eq!(bal(a, "USDT").1, frozen.to_string());
        // Not reached: nothing happens.
        assert_eq!(
            book.trade_at(&m, &accounts, idx, last - 499, None, NOW + 1),
            0
        );
        assert!(book.take_events().is_empty());
        // 0.01 traded at a lower price: the buy fills 0.01 at its own price, as the maker.
        let some = Amount::parse("0.01").unwrap();
        assert_eq!(
            book.trade_at(&m, &accounts, idx, last - 600, Some(some), NOW + 2),
            1
        );
        let v = book.all()[0].to_json(&m);
        assert_eq!(v["ordId"], id.to_string());
        assert_eq!(v["state"], "partially_filled");
        assert_eq!(
            (v["accFillSz"].as_str(), v["fillSz"].as_str()),
            (Some("0.01"), Some("0.01"))
        );
        assert_eq!(v["avgPx"], buy_px);
        assert_eq!(v["fillPx"], buy_px);
        assert_eq!(v["fee"], "-0.000008", "0.08% of the 0.01 BTC received");
        let paid = some.times_price(last - 500, 1);
        assert_eq!(bal(a, "USDT").1, (frozen - paid).to_string());
        assert_eq!(
            bal(a, "USDT").0,
            (Amount::parse("10000").unwrap() - frozen).to_string(),
            "available unchanged: the fill used frozen funds"
        );
        assert_eq!(bal(a, "BTC").0, "0.409992", "0.5 − 0.1 frozen + 0.01 − fee");
        let e = book.take_events();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].order["state"], "partially_filled");
        assert_eq!(e[0].order["execType"], "M");
        assert_eq!(e[0].order["fillSz"], "0.01");
        assert_eq!(e[0].order["fillFee"], "-0.000008");
        assert_eq!(e[0].order["fillFeeCcy"], "BTC");
        // Pending still, and cancelable: it is listed as such.
        assert!(book.all()[0].state.is_pending());
        // The rest, without a limit: filled; nothing stays frozen.
        assert_eq!(
            book.trade_at(&m, &accounts, idx, last - 500, None, NOW + 3),
            1
        );
        let v = book.all()[0].to_json(&m);
        assert_eq!(v["state"], "filled");
        assert_eq!(
            (v["accFillSz"].as_str(), v["fillSz"].as_str()),
            (Some("0.03"), Some("0.02"))
        );
        assert_eq!(v["fee"], "-0.000024");
        assert_eq!(bal(a, "USDT").1, "0");
        assert_eq!(book.take_events()[0].order["state"], "filled");
        // The sell: part filled, then canceled; the rest of its base is released.
        let part = Amount::parse("0.04").unwrap();
        assert_eq!(
            book.trade_at(&m, &accounts, idx, last + 700, Some(part), NOW + 4),
            1
        );
        assert_eq!(bal(a, "BTC").1, "0.06");
        let proceeds = part.times_price(last + 500, 1);
        book.cancel(&m, a, Some(idx), Some(&sell_id.to_string()), None, NOW + 5)
            .unwrap();
        let v = book.all()[1].to_json(&m);
        assert_eq!(
            (v["state"].as_str(), v["accFillSz"].as_str()),
            (Some("canceled"), Some("0.04"))
        );
        assert_eq!(bal(a, "BTC").1, "0");
        assert_eq!(
            bal(a, "USDT").0,
            (Amount::parse("10000").unwrap() - frozen + proceeds - proceeds.basis_points(8))
                .to_string()
        );
        let e = book.take_events();
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].order["state"], "canceled");
        assert_eq!(
            (
                e[1].order["fillSz"].as_str(),
                e[1].order["execType"].as_str()
            ),
            (Some("0"), Some(""))
        );
    }

    #[test]
    fn paging_newest_first() {
        let (m, a, mut book) = setup();
        let ids: Vec<u64> = (0..5)
            .map(|_| {
                book.place(&m, &a, &order("buy", "market", "1"), NOW)
                    .unwrap()
            })
            .collect();
        assert!(ids.windows(2).all(|w| w[1] == w[0] + 1));
        assert_eq!(ids[0].to_string().len(), 18);
        let page = |after, before, limit| -> Vec<u64> {
            book.page(|_| true, after, before, limit)
                .iter()
                .map(|o| o.ord_id)
                .collect()
        };
        assert_eq!(page(None, None, 2), [ids[4], ids[3]]);
        assert_eq!(page(Some(ids[3]), None, 2), [ids[2], ids[1]]);
        assert_eq!(page(None, Some(ids[1]), 10), [ids[4], ids[3], ids[2]]);
        assert_eq!(page(Some(ids[4]), Some(ids[1]), 10), [ids[3], ids[2]]);
    }
}
