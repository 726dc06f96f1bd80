//! The `orders-algo` WebSocket channel's events (derivatives fact sheet §8.3, docs
//! #order-book-trading-algo-trading-ws-algo-orders-channel): every change of an algo order
//! (placed, attached TP/SL made live by its parent's fill, amended, canceled, triggered into
//! `effective` or `order_failed`) is recorded as the algo order stood after it, and
//! [`crate::state::Shared::publish_order_events`] hands the records to the connections.
//!
//! The channel covers trigger, OCO, conditional and chase orders; trailing stops
//! (`move_order_stop`) belong to the `algo-advance` channel (§8.4, not modelled), so their
//! changes are not recorded. A push is the `orders-algo-pending` object (`Algo::to_json`) plus
//! the channel's own fields: `notionalUsd` (the size at the last price, in USD), `reqId` (the
//! amend's, else `""`) and `amendResult` (`"0"` after an amend, `"-1"` when a failed amend
//! canceled the order through `cxlOnFail`, else `""`). OKX's example push carries exactly these
//! three beyond the REST fields. A refused amend that changes nothing pushes nothing: the docs do
//! not say whether OKX pushes `amendResult` `-1` then (UNCONFIRMED).

use serde_json::Value;

use crate::account::usd_value;
use crate::algo_orders::Kind;
use crate::algos::Algo;
use crate::market::Market;
use crate::positions::{Book, Terms};

/// An algo order as it stood after one change, for the `orders-algo` channel.
#[derive(Debug)]
pub(crate) struct AlgoEvent {
    algo: Algo,
    req_id: String,
    amend_result: &'static str,
    at_ms: i64,
}

/// What a pushed algo order needs to be matched against a subscription.
#[derive(Debug)]
pub(crate) struct AlgoPush {
    pub(crate) uid: String,
    /// The object pushed: `instId` and `instType` among its fields.
    pub(crate) data: Value,
}

impl Book {
    /// Records the change of `self.algos[i]` (see the module notes); `amend` is the amend's
    /// `reqId` and `amendResult`.
    pub(crate) fn algo_changed(
        &mut self,
        i: usize,
        at_ms: i64,
        amend: Option<(&str, &'static str)>,
    ) {
        let algo = &self.algos[i];
        if algo.ext.kind == Some(Kind::MoveOrderStop) {
            return;
        }
        let (req_id, amend_result) = amend.unwrap_or(("", ""));
        self.algo_events.push(AlgoEvent {
            algo: algo.clone(),
            req_id: req_id.to_string(),
            amend_result,
            at_ms,
        });
    }

    pub(crate) fn take_algo_events(&mut self) -> Vec<AlgoEvent> {
        std::mem::take(&mut self.algo_events)
    }
}

impl AlgoEvent {
    /// The pushed object, at the prices of the moment of the change.
    pub(crate) fn push(&self, market: &Market) -> AlgoPush {
        let a = &self.algo;
        let mut data = a.to_json(market);
        let inst = &market.series(a.inst).inst;
        let last = market.last_price(a.inst, self.at_ms);
        let notional = match Terms::of(inst) {
            Some(t) => t.usd(a.sz, t.px(last)),
            // A spot buy at the market is sized in the quote currency unless `tgtCcy` says base.
            None if a.ext.tgt_ccy == "quote_ccy"
                || (a.ext.tgt_ccy.is_empty()
                    && a.side == crate::orders::Side::Buy
                    && market_child(a)) =>
            {
                usd_value(market, inst.quote_ccy, a.sz, self.at_ms)
            }
            None => usd_value(
                market,
                inst.quote_ccy,
                a.sz.times_price(last, inst.tick_dec),
                self.at_ms,
            ),
        };
        data["notionalUsd"] = notional.to_string().into();
        data["reqId"] = self.req_id.clone().into();
        data["amendResult"] = self.amend_result.into();
        AlgoPush {
            uid: a.uid.clone(),
            data,
        }
    }
}

/// Whether the order an algo places when it fires is a market order (its size then follows
/// OKX's market-buy convention).
fn market_child(a: &Algo) -> bool {
    [&a.ext.ord_px, &a.attach.tp_ord_px, &a.attach.sl_ord_px]
        .iter()
        .any(|p| p.as_str() == "-1")
}
