//! SWAP and FUTURES orders through `POST /trade/order` (derivatives fact sheet §1.3, §1.4, §2):
//! the checks OKX documents, in this order, and execution into positions.
//!
//! Checks (first failure wins), after `expTime` and the instrument: an option (not traded here:
//! 51000 `instId`); the account in Spot mode (51010); `tdMode` `cross`/`isolated` (51000);
//! `side`, `ordType`, `sz`, `px` (51000); `posSide` (51000: `long`/`short` required in
//! long/short mode, only absent or `net` in net mode); `tgtCcy` (59110: spot only); `clOrdId`,
//! `tag` (51000); `attachAlgoOrds` shape (51000, 51178); lot, minimum and maximum size
//! (51121, 51020, 51000); TP/SL on a reduce-only order (51100) or on a closing order in
//! long/short mode (51333); the price-limit band of `/public/price-limit` (51006); a duplicate
//! `clOrdId` (51016); reduce-only against the position (51169 no position, 51170 same
//! direction, 51112 larger than the position) and long/short closing orders against the
//! position less its pending closing orders (51169, 51112); the initial margin of the part that
//! opens against the available settlement-currency balance (51008).
//!
//! `reduceOnly` applies in net mode only; in long/short mode every closing order reduces only
//! and the flag is ignored (fact sheet §1.4).

use serde_json::Value;

use crate::account::{self, AccountState, Balance};
use crate::algos::{parse_attach, Algo, Attach};
use crate::amount::Amount;
use crate::mark::limit_band;
use crate::market::Market;
use crate::orders::{
    check_size, param_error, reject, valid_id, Fill, NewOrder, OrdType, Order, Orders, Outcome,
    Reject, Side, State,
};
use crate::positions::{Book, FillArgs, MgnMode, PosMode, PosSide, Terms};
use crate::state::lock;

/// A derivative order's own fields.
#[derive(Clone, Debug)]
pub(crate) struct DerivOrder {
    pub(crate) mgn_mode: MgnMode,
    /// The position slot it trades: `Net` in net mode.
    pub(crate) pos_side: PosSide,
    pub(crate) reduce_only: bool,
    pub(crate) lever: Amount,
    pub(crate) attach: Vec<Attach>,
    /// Realised PnL of its fills.
    pub(crate) pnl: Amount,
    /// The latest fill's realised PnL (`fillPnl` of its push).
    pub(crate) last_fill_pnl: Amount,
}

impl Orders {
    /// Validates, executes and records a SWAP or FUTURES order (see the module notes).
    pub(crate) fn place_deriv(
        &mut self,
        market: &Market,
        account: &AccountState,
        o: &NewOrder,
        idx: usize,
        now_ms: i64,
    ) -> Result<u64, Reject> {
        let inst = &market.series(idx).inst;
        let uid = account.account.uid.as_str();
        let Some(t) = Terms::of(inst) else {
            return Err(param_error("instId"));
        };
        let (acct_lv, pos_mode) = self.book.config(uid);
        if acct_lv == "1" {
            return Err(reject(
                "51010",
                "Request unsupported under current account mode",
            ));
        }
        let mgn = MgnMode::parse(o.td_mode).ok_or_else(|| param_error("tdMode"))?;
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
        let pos_side = match (pos_mode, o.pos_side) {
            (PosMode::Net, None | Some("net")) => PosSide::Net,
            (PosMode::LongShort, Some("long")) => PosSide::Long,
            (PosMode::LongShort, Some("short")) => PosSide::Short,
            _ => return Err(param_error("posSide")),
        };
        let reduce_only = pos_mode == PosMode::Net && o.reduce_only == Some(true);
        if o.tgt_ccy.is_some() {
            return Err(reject(
                "59110",
                "The instrument corresponding to this instId does not support the tgtCcy parameter.",
            ));
        }
        if o.cl_ord_id.is_some_and(|id| !valid_id(id, 32)) {
            return Err(param_error("clOrdId"));
        }
        if o.tag.is_some_and(|tag| !valid_id(tag, 16)) {
            return Err(param_error("tag"));
        }
        let mut attach = match o.attach {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => parse_attach(v)?,
        };
        check_size(inst, sz, false)?;
        if ord_type == OrdType::Market
            && sz > Amount::parse(inst.max_mkt_sz).expect("instrument literal")
        {
            return Err(param_error("sz"));
        }
        let buy = side == Side::Buy;
        let closes_side = match pos_side {
            PosSide::Net => false,
            PosSide::Long => !buy,
            PosSide::Short => buy,
        };
        if !attach.is_empty() && reduce_only {
            return Err(reject(
                "51100",
                "Unable to place order. Take profit/Stop loss conditions cannot be added to reduce-only orders.",
            ));
        }
        if !attach.is_empty() && closes_side {
            return Err(reject(
                "51333",
                "Close order in hedge mode or reduce-only order in one-way mode cannot attach TPSL.",
            ));
        }
        let mark = market.mark_ticks(idx, now_ms);
        if let Some(p) = px {
            let (max_buy, min_sell) = limit_band(mark);
            if (buy && p > max_buy) || (!buy && p < min_sell) {
                return Err(crate::orders::outside_band(inst, max_buy, min_sell));
            }
        }
        self.check_cl_ord_id(uid, o.cl_ord_id)?;
        let derivs = self.book.get(uid);
        let pos = derivs
            .and_then(|d| d.slot(idx, mgn, pos_side))
            .map_or(Amount::ZERO, |p| p.pos);
        let no_position = || {
            reject(
                "51169",
                "Order failed because you don't have any positions in this direction for this contract to reduce or close.",
            )
        };
        let too_big = || {
            reject(
                "51112",
                "Close order size exceeds available size for this position.",
            )
        };
        let closing = match pos_side {
            PosSide::Net if reduce_only => {
                if pos.is_zero() {
                    return Err(no_position());
                }
                if pos.is_positive() == buy {
                    return Err(reject(
                        "51170",
                        "Failed to place order. A reduce-only order can’t be the same trading direction as your existing positions.",
                    ));
                }
                if sz > pos.abs() {
                    return Err(too_big());
                }
                sz
            }
            PosSide::Net if !pos.is_zero() && pos.is_positive() != buy => sz.min(pos.abs()),
            PosSide::Net => Amount::ZERO,
            _ if closes_side => {
                if pos.is_zero() {
                    return Err(no_position());
                }
                if sz > pos - self.pending_closing(uid, idx, mgn, pos_side) {
                    return Err(too_big());
                }
                sz
            }
            _ => Amount::ZERO,
        };
        let opening = sz - closing;
        let last = o.last.unwrap_or_else(|| market.last_price(idx, now_ms));
        let (bid, ask) = (last, last + 1);
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
        let lever = derivs.map_or_else(
            || crate::positions::Derivs::default().lever(inst, mgn, pos_side),
            |d| d.lever(inst, mgn, pos_side),
        );
        let at = taker_px.or(px).unwrap_or(last);
        let need = t.margin(opening, t.px(at), lever);
        let mut balances = lock(&account.balances);
        if account::available(&balances, t.settle) < need {
            return Err(reject(
                "51008",
                format!("Order failed. Insufficient {} margin in account", t.settle),
            ));
        }
        for a in &mut attach {
            a.attach_algo_id = self.book.next_algo_id;
            self.book.next_algo_id += 1;
        }
        let mut order = Order {
            uid: uid.to_string(),
            inst: idx,
            ord_id: self.next_ord_id,
            cl_ord_id: o.cl_ord_id.unwrap_or("").to_string(),
            tag: o.tag.unwrap_or("").to_string(),
            px,
            sz,
            ord_type,
            side,
            tgt_ccy: "",
            acc_sz: Amount::ZERO,
            avg_px: None,
            last_fill: None,
            state: State::Live,
            fee: Amount::ZERO,
            frozen: Amount::ZERO,
            cancel_source: "",
            c_time: now_ms,
            u_time: now_ms,
            deriv: Some(DerivOrder {
                mgn_mode: mgn,
                pos_side,
                reduce_only,
                lever,
                attach,
                pnl: Amount::ZERO,
                last_fill_pnl: Amount::ZERO,
            }),
        };
        self.next_ord_id += 1;
        match outcome {
            Outcome::Fill(p) => {
                self.events.push(order.event(market, None, false, now_ms));
                let trade_id = self.next_trade_id;
                self.next_trade_id += 1;
                let fill = fill_deriv(
                    &mut self.book,
                    market,
                    &mut order,
                    &mut balances,
                    p,
                    sz,
                    false,
                    trade_id,
                    now_ms,
                );
                self.fill_log.record(market, &order, &fill);
                self.events
                    .push(order.event(market, Some(&fill), true, now_ms));
            }
            Outcome::Rest => {
                self.rest(market, &mut order, &mut balances, t.settle, need, now_ms);
            }
            Outcome::Cancel(source) => self.cancel_on_arrival(market, &mut order, source, now_ms),
        }
        let ord_id = order.ord_id;
        self.list.push(order);
        Ok(ord_id)
    }

    /// Contracts that pending closing orders of a long/short slot still want to close.
    pub(crate) fn pending_closing(
        &self,
        uid: &str,
        inst: usize,
        mgn: MgnMode,
        side: PosSide,
    ) -> Amount {
        self.pending_on(uid, inst, mgn, side)
            .filter(|o| {
                let buy = o.side == Side::Buy;
                matches!((side, buy), (PosSide::Long, false) | (PosSide::Short, true))
                    || o.deriv.as_ref().is_some_and(|d| d.reduce_only)
            })
            .fold(Amount::ZERO, |s, o| s + (o.sz - o.acc_sz))
    }

    /// The pending derivative orders of `uid` on a position slot.
    pub(crate) fn pending_on<'a>(
        &'a self,
        uid: &'a str,
        inst: usize,
        mgn: MgnMode,
        side: PosSide,
    ) -> impl Iterator<Item = &'a Order> + 'a {
        self.list.iter().filter(move |o| {
            o.uid == uid
                && o.inst == inst
                && o.state.is_pending()
                && o.deriv
                    .as_ref()
                    .is_some_and(|d| d.mgn_mode == mgn && d.pos_side == side)
        })
    }
}

/// Fills `q` contracts of derivative `order` at `px` ticks, as the maker (releasing the margin
/// it froze for that part) or the taker: the position moves (see
/// [`crate::positions::Book::apply_fill`]), the fee and realised PnL go to the order, and when
/// the order is filled its attached TP/SL become algo orders. A closing order that meets a
/// smaller position (it rested while the position shrank) fills what is there and the rest is
/// canceled.
#[allow(clippy::too_many_arguments)]
pub(crate) fn fill_deriv(
    book: &mut Book,
    market: &Market,
    order: &mut Order,
    balances: &mut Vec<Balance>,
    px: i64,
    q: Amount,
    maker: bool,
    trade_id: u64,
    now_ms: i64,
) -> Fill {
    let inst = &market.series(order.inst).inst;
    let t = Terms::of(inst).expect("derivative orders are SWAP or FUTURES");
    let remaining = order.sz - order.acc_sz;
    if maker && !order.frozen.is_zero() {
        let release = if q >= remaining {
            order.frozen
        } else {
            order.frozen.mul_div(q, remaining)
        };
        release_frozen(balances, t.settle, order, release, now_ms);
    }
    let d = order.deriv.as_mut().expect("a derivative order");
    let applied = book.apply_fill(
        market,
        &order.uid,
        balances,
        &FillArgs {
            inst: order.inst,
            mgn: d.mgn_mode,
            pos_side: d.pos_side,
            buy: order.side == Side::Buy,
            q,
            px,
            maker,
            lever: d.lever,
            trade_id,
        },
        now_ms,
    );
    d.pnl = d.pnl + applied.pnl;
    d.last_fill_pnl = applied.pnl;
    order.acc_sz = order.acc_sz + applied.filled;
    order.avg_px = Some(px);
    order.fee = order.fee - applied.fee;
    order.state = if applied.filled < q {
        order.cancel_source = "1";
        State::Canceled
    } else if order.acc_sz < order.sz {
        State::PartiallyFilled
    } else {
        State::Filled
    };
    if !order.state.is_pending() && !order.frozen.is_zero() {
        let rest = order.frozen;
        release_frozen(balances, t.settle, order, rest, now_ms);
    }
    order.u_time = now_ms;
    if order.state == State::Filled {
        let d = order.deriv.as_ref().expect("a derivative order");
        for a in &d.attach {
            book.algos.push(Algo {
                uid: order.uid.clone(),
                algo_id: a.attach_algo_id,
                algo_cl_ord_id: a.attach_algo_cl_ord_id.clone(),
                inst: order.inst,
                side: match order.side {
                    Side::Buy => Side::Sell,
                    Side::Sell => Side::Buy,
                },
                pos_side: d.pos_side,
                td_mode: d.mgn_mode,
                sz: Amount::parse_positive(&a.sz).unwrap_or(order.acc_sz),
                lever: d.lever,
                attach: a.clone(),
                ord_id: order.ord_id,
                tag: order.tag.clone(),
                state: "live",
                c_time: now_ms,
                u_time: now_ms,
                ext: Default::default(),
            });
            book.algo_changed(book.algos.len() - 1, now_ms, None);
        }
    }
    let f = Fill {
        px,
        sz: applied.filled,
        time: now_ms,
        trade_id,
        maker,
        fee: -applied.fee,
    };
    order.last_fill = Some(f.clone());
    f
}

fn release_frozen(
    balances: &mut Vec<Balance>,
    ccy: &str,
    order: &mut Order,
    amount: Amount,
    now_ms: i64,
) {
    let b = account::entry(balances, ccy, now_ms);
    b.frozen = b.frozen - amount;
    b.u_time = now_ms;
    order.frozen = order.frozen - amount;
}
