//! `POST /api/v5/trade/amend-order` (derivatives fact sheet §4.1, okx-v5-facts §1.1, §2.2):
//! a pending order's new total size (`newSz`) and/or price (`newPx`), with a `reqId` echoed
//! back, `cxlOnFail` (cancel the order when the amend fails), the `expTime` header honoured as
//! by placement, and OKX's per-item envelope `{ordId, clOrdId, ts, reqId, sCode, sMsg,
//! subCode}`.
//!
//! Checks, first failure wins: `instId` (50014), `ordId`/`clOrdId` (50015), `reqId`,
//! `cxlOnFail` (51000), neither `newSz` nor `newPx` (51500), `expTime` past (50036), the
//! instrument (51001), the order filled, canceled or absent (51503); then, with the order
//! found: `newSz`/`newPx` values (51000), a price on a market order (51506), lot size (51121),
//! the maximum size (51000), the price band (51006), a post-only price that would take
//! liquidity (51511), the funds a larger or dearer order freezes more of (51008). A failure
//! found once the order is known cancels it when `cxlOnFail` is true.
//!
//! Effects: a `newSz` at or below the filled size ends the order `filled` (§4.1); a new price
//! that crosses the market fills the rest at once as the taker, as a new order would; otherwise
//! the order rests with its new values and its frozen funds follow them. Every change is an
//! `orders` push carrying `amendResult` (`0` done, `-1` failed and canceled) and the `reqId`.
//! Not modelled: reduce-only and closing orders' sizes against the position, options, TP/SL
//! amendments (`attachAlgoOrds`).

use serde_json::Value;

use crate::account::{self, AccountState};
use crate::amount::Amount;
use crate::deriv_orders::fill_deriv;
use crate::mark::limit_band;
use crate::market::Market;
use crate::orders::{self, param_error, reject, OrdType, Orders, Reject, Side, State};
use crate::positions::Terms;
use crate::routes::{Ctx, Reply};
use crate::state::lock;
use crate::trade::{self, per_item, text};

/// An amend request as received; values are the client's text.
pub(crate) struct Amend<'a> {
    pub(crate) ord_id: Option<&'a str>,
    pub(crate) cl_ord_id: Option<&'a str>,
    pub(crate) new_sz: Option<&'a str>,
    pub(crate) new_px: Option<&'a str>,
    pub(crate) req_id: &'a str,
    pub(crate) cxl_on_fail: bool,
}

/// `POST /api/v5/trade/amend-order`
pub(crate) fn amend_order(ctx: &Ctx) -> Reply {
    let in_us = ctx.shared.now_us();
    let (account, body) = match trade::on_order(ctx) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let field = |name: &str| text(&body, name).ok().flatten();
    let (ord_id, cl_ord_id) = (field("ordId"), field("clOrdId"));
    let req_id = field("reqId").unwrap_or("");
    let result = (|| {
        if text(&body, "reqId")?.is_some_and(|r| !orders::valid_id(r, 32)) {
            return Err(param_error("reqId"));
        }
        let cxl_on_fail = trade::flag(&body, "cxlOnFail")?.unwrap_or(false);
        let (new_sz, new_px) = (text(&body, "newSz")?, text(&body, "newPx")?);
        if new_sz.is_none() && new_px.is_none() {
            return Err(reject(
                "51500",
                "Either newSz or newPx is required to amend the order",
            ));
        }
        if trade::exp_time(ctx)?.is_some_and(|t| ctx.now_ms > t) {
            return Err(reject(
                "50036",
                "expTime can't be earlier than the current system time",
            ));
        }
        let market = &ctx.shared.market;
        let inst = field("instId")
            .and_then(|id| market.find(id))
            .filter(|&i| market.series(i).inst.state == "live")
            .ok_or_else(|| reject("51001", "Instrument ID or Spread ID doesn't exist."))?;
        let amend = Amend {
            ord_id,
            cl_ord_id,
            new_sz,
            new_px,
            req_id,
            cxl_on_fail,
        };
        ctx.shared
            .orders()
            .amend(market, account, inst, &amend, ctx.now_ms)
    })();
    ctx.shared.publish_order_events();
    let (ok, item) = trade::order_item(ctx, result, ord_id, cl_ord_id, Some(req_id));
    per_item(ctx, in_us, ok, item)
}

impl Orders {
    /// Amends a pending order of `account` on instrument `inst` (see the module notes); returns
    /// its `ordId` and `clOrdId`.
    pub(crate) fn amend(
        &mut self,
        market: &Market,
        account: &AccountState,
        inst: usize,
        a: &Amend,
        now_ms: i64,
    ) -> Result<(u64, String), Reject> {
        let uid = account.account.uid.as_str();
        let i = self
            .list
            .iter()
            .position(|o| {
                o.uid == uid
                    && o.inst == inst
                    && match (a.ord_id, a.cl_ord_id) {
                        (Some(id), _) => o.ord_id.to_string() == id,
                        (None, Some(cl)) => o.cl_ord_id == cl,
                        (None, None) => false,
                    }
                    && o.state.is_pending()
            })
            .ok_or_else(|| {
                reject(
                    "51503",
                    "Order modification failed as the order has been filled, canceled or does not exist",
                )
            })?;
        let (ord_id, cl) = (self.list[i].ord_id, self.list[i].cl_ord_id.clone());
        match self.apply_amend(market, account, i, a, now_ms) {
            Ok(()) => Ok((ord_id, cl)),
            Err(r) => {
                if a.cxl_on_fail {
                    let id = ord_id.to_string();
                    if self
                        .cancel(market, account, Some(inst), Some(&id), None, now_ms)
                        .is_ok()
                    {
                        self.mark_last_event("-1", a.req_id);
                    }
                }
                Err(r)
            }
        }
    }

    /// The amend of `self.list[i]`, once the order is found.
    fn apply_amend(
        &mut self,
        market: &Market,
        account: &AccountState,
        i: usize,
        a: &Amend,
        now_ms: i64,
    ) -> Result<(), Reject> {
        let idx = self.list[i].inst;
        let inst = &market.series(idx).inst;
        let o = &self.list[i];
        let (side, ord_type, acc, held) = (o.side, o.ord_type, o.acc_sz, o.frozen);
        let lever = o.deriv.as_ref().map(|d| d.lever);
        let new_sz = a
            .new_sz
            .map(|t| Amount::parse_positive(t).ok_or_else(|| param_error("newSz")))
            .transpose()?;
        let new_px = a
            .new_px
            .map(|t| {
                Amount::parse_positive(t)
                    .and_then(|p| p.units(inst.tick_dec))
                    .and_then(|t| i64::try_from(t).ok())
                    .ok_or_else(|| param_error("newPx"))
            })
            .transpose()?;
        if new_px.is_some() && ord_type == OrdType::Market {
            return Err(reject("51506", "Order type does not support amendment"));
        }
        if let Some(sz) = new_sz {
            if sz.units(inst.lot_dec).is_none() {
                return Err(reject(
                    "51121",
                    "Order quantity must be a multiple of the lot size.",
                ));
            }
            if sz > Amount::parse(inst.max_lmt_sz).expect("instrument literal") {
                return Err(param_error("newSz"));
            }
        }
        let sz = new_sz.unwrap_or(o.sz);
        let px = new_px.or(o.px);
        let buy = side == Side::Buy;
        if let Some(p) = new_px {
            let (max_buy, min_sell) = match lever {
                Some(_) => limit_band(market.mark_ticks(idx, now_ms)),
                None => orders::spot_band(market.last_price(idx, now_ms)),
            };
            if (buy && p > max_buy) || (!buy && p < min_sell) {
                return Err(orders::outside_band(inst, max_buy, min_sell));
            }
        }
        // At or below the filled size: the order ends filled (§4.1), its funds released.
        if sz <= acc {
            let order = &mut self.list[i];
            orders::release_all(market, account, order, now_ms);
            order.sz = sz;
            order.px = px;
            order.state = State::Filled;
            order.u_time = now_ms;
            self.push_amended(market, i, a.req_id, now_ms);
            return Ok(());
        }
        let last = market.last_price(idx, now_ms);
        let (bid, ask) = (last, last + 1);
        let taker_px = px.and_then(|p| match side {
            Side::Buy => (p >= ask).then_some(ask),
            Side::Sell => (p <= bid).then_some(bid),
        });
        if taker_px.is_some() && ord_type == OrdType::PostOnly {
            return Err(reject(
                "51511",
                "Operation failed as the new price breaks the post-only rule",
            ));
        }
        // What the order freezes with its new values: spot, what it pays for the rest; a
        // derivative, the margin of the rest (none for an order that only closes).
        let rest = sz - acc;
        let (pay_ccy, frozen) = match (lever, Terms::of(inst)) {
            (Some(_), Some(t)) if held.is_zero() => (t.settle, Amount::ZERO),
            (Some(l), Some(t)) => (
                t.settle,
                t.margin(rest, t.px(taker_px.or(px).unwrap_or(last)), l),
            ),
            _ if buy => (
                inst.quote_ccy,
                rest.times_price(px.unwrap_or(ask), inst.tick_dec),
            ),
            _ => (inst.base_ccy, rest),
        };
        {
            let mut balances = lock(&account.balances);
            if frozen > held && account::available(&balances, pay_ccy) < frozen - held {
                return Err(reject(
                    "51008",
                    format!("Order failed. Insufficient {pay_ccy} balance in account"),
                ));
            }
            let b = account::entry(&mut balances, pay_ccy, now_ms);
            b.frozen = b.frozen + frozen - held;
            b.u_time = now_ms;
        }
        let order = &mut self.list[i];
        order.frozen = frozen;
        order.sz = sz;
        order.px = px;
        order.u_time = now_ms;
        self.push_amended(market, i, a.req_id, now_ms);
        if let Some(p) = taker_px {
            // Crossing now: the rest fills at once as the taker, as a new order would.
            let trade_id = self.next_trade_id;
            self.next_trade_id += 1;
            let Orders { list, book, .. } = self;
            let order = &mut list[i];
            let mut balances = lock(&account.balances);
            let f = if lever.is_some() {
                fill_deriv(
                    book,
                    market,
                    order,
                    &mut balances,
                    p,
                    rest,
                    false,
                    trade_id,
                    now_ms,
                )
            } else {
                orders::fill(inst, order, &mut balances, p, rest, false, trade_id, now_ms)
            };
            drop(balances);
            self.fill_log.record(market, &self.list[i], &f);
            let event = self.list[i].event(market, Some(&f), true, now_ms);
            self.events.push(event);
        }
        Ok(())
    }

    /// Queues the `orders` push of an amended order.
    fn push_amended(&mut self, market: &Market, i: usize, req_id: &str, now_ms: i64) {
        let event = self.list[i].event(market, None, true, now_ms);
        self.events.push(event);
        self.mark_last_event("0", req_id);
    }

    /// Marks the latest queued push as an amend's: its `amendResult` and `reqId`.
    fn mark_last_event(&mut self, result: &str, req_id: &str) {
        if let Some(Value::Object(o)) = self.events.last_mut().map(|e| &mut e.order) {
            o.insert("amendResult".into(), result.into());
            o.insert("reqId".into(), req_id.into());
        }
    }
}
