//! Standalone algo orders (derivatives fact sheet §5): `conditional` (one TP or SL leg), `oco`
//! (both), `trigger` (a stop entry) and `move_order_stop` (a trailing stop), placed, amended and
//! canceled by the handlers in `algo_api.rs`, kept with the algo orders attached TP/SL became in
//! [`crate::positions::Book::algos`], and triggered here when the stand-in's price moves.
//!
//! Placement checks, first failure wins: the instrument (51001, live only); `ordType` (51000:
//! `chase`, `twap` and iceberg orders are not modelled); the account in Spot mode for a
//! derivative (51010); `tdMode` (51000; spot: `cash` only); `side`, `posSide` (51000, as for
//! orders); `algoClOrdId` (51000: 1-32 letters and digits), `tag`; `sz` or `closeFraction`
//! (only `"1"`, FUTURES/SWAP 51327, net mode with `reduceOnly` 51328, a long/short-mode side
//! and `posSide` that open 51331, market legs 51330, one per position 51088; the codes' texts
//! from OKX's error list as quoted by third-party code, the fact sheet gives only the range); size rules (51121, 51020; a TP/SL above `maxStopSz`, 51000); then by
//! type:
//! * conditional/oco: each leg's trigger and order price (51000), trigger type (spot: `last`
//!   only, 51415); `oco` needs both legs, `conditional` at least one (51000); a leg already
//!   reached by the price its trigger watches is refused with OKX's code for its side and
//!   trigger type (TP 51277/51279, 51300/51303, 51305/51307; SL 51278/51280, 51302/51304,
//!   51306/51308; messages as in OKX's error list, read through a third-party stand-in that
//!   quotes them, since the fact sheet gives only the range).
//! * trigger: `triggerPx` and `orderPx` required (50014), `advanceOrdType` `fok`/`ioc`/"".
//!   Trigger orders in net mode (fact sheet §10.5, DOC CONFLICT: error 51298 against the
//!   docs' own SWAP example with `posSide: net`): the stand-in follows the example and accepts
//!   them; 51298 is never answered.
//! * move_order_stop: `callbackRatio` xor `callbackSpread` (51000); the ratio within
//!   [`MIN_CALLBACK`, `MAX_CALLBACK`] (51257; the docs name the bounds only as placeholders:
//!   UNCONFIRMED), a positive spread; `activePx` above the last price for a sell (51258),
//!   below for a buy (51259); at most [`MAX_TRAILING`] pending per account (51260; the number
//!   from OKX's help pages via a third-party summary, UNCONFIRMED).
//! * a duplicate `algoClOrdId` among the account's live algo orders: 51065 (UNCONFIRMED).
//!
//! Triggering: the generated market never triggers anything (its walk would make tests depend
//! on timing); the price-moving control ([`crate::Sim::trade_at`], `POST /__sim/trade`) does.
//! Its price counts as the last, mark and index price alike. A TP leg of a sell fires at or
//! above its trigger, an SL at or below (a buy: the reverse); **a net-mode `conditional` with
//! both legs runs only its SL** (fact sheet §5.1); a trigger order fires when the price
//! reaches its trigger from the side it was on at placement; a trailing stop tracks the
//! highest price (sell) or lowest (buy) from the last price at placement, or from the first
//! price that reaches `activePx`, and fires when the price falls to highest − spread or
//! highest × (1 − ratio) (buy: rises to lowest + spread or lowest × (1 + ratio)). A fired algo
//! places its child order as an ordinary order would be, with that price as the market's last
//! price (a market sell fills at it, a market buy one tick above), and becomes `effective` with
//! the child's `ordId`, or `order_failed` with the child's refusal code in `failCode`.

use serde_json::Value;

use crate::account::AccountState;
use crate::algos::{Algo, Attach};
use crate::amount::Amount;
use crate::instruments::Instrument;
use crate::market::Market;
use crate::orders::{check_size, param_error, reject, valid_id, NewOrder, Orders, Reject, Side};
use crate::positions::{MgnMode, PosMode, PosSide};
use crate::trade::{flag, text, Body};

/// The smallest and largest `callbackRatio` (UNCONFIRMED, see the module notes).
pub(crate) const MIN_CALLBACK: &str = "0.001";
pub(crate) const MAX_CALLBACK: &str = "0.3";
/// Pending trailing stops an account may have (51260).
pub(crate) const MAX_TRAILING: usize = 10;

/// The algo order types the stand-in places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Conditional,
    Oco,
    Trigger,
    MoveOrderStop,
}

impl Kind {
    pub(crate) fn parse(text: &str) -> Option<Kind> {
        match text {
            "conditional" => Some(Kind::Conditional),
            "oco" => Some(Kind::Oco),
            "trigger" => Some(Kind::Trigger),
            "move_order_stop" => Some(Kind::MoveOrderStop),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Conditional => "conditional",
            Kind::Oco => "oco",
            Kind::Trigger => "trigger",
            Kind::MoveOrderStop => "move_order_stop",
        }
    }
}

/// What a standalone algo order has besides a TP/SL, and what triggering it recorded. The
/// default is an attached TP/SL's (`kind` `None`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Standalone {
    pub(crate) kind: Option<Kind>,
    /// A spot order (`tdMode` `cash`).
    pub(crate) cash: bool,
    pub(crate) reduce_only: bool,
    /// `closeFraction` `"1"`: the whole position when it fires.
    pub(crate) close_fraction: bool,
    /// A spot market buy's `tgtCcy` as sent ("" = OKX's default, the quote currency).
    pub(crate) tgt_ccy: String,
    pub(crate) trigger_px: String,
    pub(crate) ord_px: String,
    pub(crate) trigger_px_type: String,
    pub(crate) advance_ord_type: String,
    /// A trigger order fires when the price rises to `triggerPx` (it was below at placement).
    pub(crate) rising: bool,
    pub(crate) callback_ratio: String,
    pub(crate) callback_spread: String,
    pub(crate) active_px: String,
    /// A trailing stop's best price since it began tracking; `None` before `activePx` is met.
    pub(crate) extreme: Option<Amount>,
    /// The last price at placement.
    pub(crate) last: String,
    pub(crate) ord_ids: Vec<u64>,
    pub(crate) actual_sz: String,
    pub(crate) actual_px: String,
    pub(crate) actual_side: &'static str,
    pub(crate) trigger_time: Option<i64>,
    pub(crate) fail_code: &'static str,
}

impl Standalone {
    pub(crate) fn td_mode_text(&self, mgn: MgnMode) -> &'static str {
        if self.cash {
            "cash"
        } else {
            mgn.as_str()
        }
    }

    /// A trailing stop's trigger price now, exact: `None` before it tracks.
    fn trail_trigger(&self, side: Side) -> Option<Amount> {
        let extreme = self.extreme?;
        let sign = if side == Side::Sell {
            Amount::ZERO - Amount::ONE
        } else {
            Amount::ONE
        };
        let delta = match Amount::parse_positive(&self.callback_spread) {
            Some(spread) => spread,
            None => extreme.mul(Amount::parse_positive(&self.callback_ratio)?),
        };
        Some(extreme + delta.mul(sign))
    }

    /// `moveTriggerPx`: the trailing trigger on the tick (down for a sell, up for a buy, so the
    /// shown price is one the stop has fired by), `""` before it tracks.
    pub(crate) fn move_trigger_px(&self, inst: &Instrument, side: Side) -> String {
        match self.trail_trigger(side) {
            None => String::new(),
            Some(t) if side == Side::Sell => t.floor_to(inst.tick_dec).to_string(),
            Some(t) => {
                let down = t.floor_to(inst.tick_dec);
                if down == t {
                    t.to_string()
                } else {
                    (down + Amount::from_units(1, inst.tick_dec)).to_string()
                }
            }
        }
    }
}

/// The current price a trigger type watches: last and mark are the series' price, index the
/// underlying spot series' (derivatives only).
pub(crate) fn ref_price(market: &Market, idx: usize, ty: &str, now_ms: i64) -> Option<Amount> {
    let inst = &market.series(idx).inst;
    let (series, dec) = match ty {
        "index" => {
            let s = market.index_series(inst.family()?)?;
            (s, market.series(s).inst.tick_dec)
        }
        _ => (idx, inst.tick_dec),
    };
    Some(Amount::from_units(
        market.last_price(series, now_ms).into(),
        dec,
    ))
}

/// A TP or SL leg.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leg {
    Tp,
    Sl,
}

/// OKX's refusal of a leg already reached by the price its trigger watches, for an algo of
/// `side` (a sell protects a long: its TP must be above the price, its SL below).
fn wrong_side(leg: Leg, side: Side, ty: &str) -> Reject {
    let (code, word) = match (leg, side, ty) {
        (Leg::Tp, Side::Sell, "mark") => ("51303", "lower"),
        (Leg::Tp, Side::Sell, "index") => ("51307", "lower"),
        (Leg::Tp, Side::Sell, _) => ("51279", "lower"),
        (Leg::Tp, Side::Buy, "mark") => ("51300", "higher"),
        (Leg::Tp, Side::Buy, "index") => ("51305", "higher"),
        (Leg::Tp, Side::Buy, _) => ("51277", "higher"),
        (Leg::Sl, Side::Sell, "mark") => ("51304", "higher"),
        (Leg::Sl, Side::Sell, "index") => ("51308", "higher"),
        (Leg::Sl, Side::Sell, _) => ("51280", "higher"),
        (Leg::Sl, Side::Buy, "mark") => ("51302", "lower"),
        (Leg::Sl, Side::Buy, "index") => ("51306", "lower"),
        (Leg::Sl, Side::Buy, _) => ("51278", "lower"),
    };
    let name = if leg == Leg::Tp { "TP" } else { "SL" };
    reject(
        code,
        format!("{name} trigger price cannot be {word} than the {ty} price"),
    )
}

/// Whether a leg's trigger is reached at `px` for an algo of `side`.
fn leg_hit(leg: Leg, side: Side, trigger: Amount, px: Amount) -> bool {
    match (leg, side) {
        (Leg::Tp, Side::Sell) | (Leg::Sl, Side::Buy) => px >= trigger,
        (Leg::Tp, Side::Buy) | (Leg::Sl, Side::Sell) => px <= trigger,
    }
}

/// A trigger type as sent ("" = `last`); spot takes `last` only (51415).
fn trigger_type(value: Option<&str>, name: &str, spot: bool) -> Result<String, Reject> {
    let ty = value.unwrap_or("last");
    if !matches!(ty, "last" | "mark" | "index") {
        return Err(param_error(name));
    }
    if spot && ty != "last" {
        return Err(reject(
            "51415",
            "Unable to place order. Spot trading only supports using the last price as trigger price.",
        ));
    }
    Ok(ty.to_string())
}

fn ord_px_ok(text: &str) -> bool {
    text == "-1" || Amount::parse_positive(text).is_some()
}

/// A price on the instrument's tick.
fn on_tick(inst: &Instrument, text: &str) -> Option<Amount> {
    Amount::parse_positive(text).filter(|a| a.units(inst.tick_dec).is_some())
}

/// The legs of a `conditional` or `oco` body, checked against the current prices.
pub(crate) fn legs_of(
    market: &Market,
    idx: usize,
    body: &Body,
    kind: Kind,
    side: Side,
    now_ms: i64,
) -> Result<Attach, Reject> {
    let inst = &market.series(idx).inst;
    let spot = inst.deriv.is_none();
    let mut a = Attach::default();
    for leg in [Leg::Tp, Leg::Sl] {
        let p = if leg == Leg::Tp { "tp" } else { "sl" };
        let (t_name, o_name, k_name) = (
            format!("{p}TriggerPx"),
            format!("{p}OrdPx"),
            format!("{p}TriggerPxType"),
        );
        let (trigger, ord) = (text(body, &t_name)?, text(body, &o_name)?);
        let (trigger, ord) = match (trigger, ord) {
            (None, None) => continue,
            (Some(t), Some(o)) => (t, o),
            (None, Some(_)) => return Err(param_error(&t_name)),
            (Some(_), None) => return Err(param_error(&o_name)),
        };
        let t = on_tick(inst, trigger).ok_or_else(|| param_error(&t_name))?;
        if !ord_px_ok(ord) || (ord != "-1" && on_tick(inst, ord).is_none()) {
            return Err(param_error(&o_name));
        }
        let ty = trigger_type(text(body, &k_name)?, &k_name, spot)?;
        let now = ref_price(market, idx, &ty, now_ms).ok_or_else(|| param_error(&k_name))?;
        // Reached already: it would fire at once.
        if leg_hit(leg, side, t, now) {
            return Err(wrong_side(leg, side, &ty));
        }
        if leg == Leg::Tp {
            (a.tp_trigger_px, a.tp_ord_px, a.tp_trigger_px_type) = (trigger.into(), ord.into(), ty);
        } else {
            (a.sl_trigger_px, a.sl_ord_px, a.sl_trigger_px_type) = (trigger.into(), ord.into(), ty);
        }
    }
    match (kind, a.has_tp(), a.has_sl()) {
        (Kind::Oco, true, true) | (Kind::Conditional, true, _) | (Kind::Conditional, _, true) => {
            Ok(a)
        }
        (_, false, _) => Err(param_error("tpTriggerPx")),
        _ => Err(param_error("slTriggerPx")),
    }
}

/// A 50014 refusal as a per-item failure (order-algo answers its type parameters that way).
fn empty(name: &str) -> Reject {
    reject("50014", format!("Parameter {name} can not be empty"))
}

impl Orders {
    /// Validates and records a standalone algo order of `account` (see the module notes);
    /// returns its `algoId` and `algoClOrdId`.
    pub(crate) fn place_algo(
        &mut self,
        market: &Market,
        account: &AccountState,
        body: &Body,
        now_ms: i64,
    ) -> Result<(u64, String), Reject> {
        let uid = account.account.uid.as_str();
        let required = |name: &str| text(body, name).map(Option::unwrap_or_default);
        let idx = market
            .find(required("instId")?)
            .filter(|&i| market.series(i).inst.state == "live")
            .ok_or_else(|| reject("51001", "Instrument ID or Spread ID doesn't exist."))?;
        let inst = &market.series(idx).inst;
        let spot = inst.deriv.is_none();
        if inst.inst_type == "OPTION" {
            return Err(param_error("instId"));
        }
        let kind = Kind::parse(required("ordType")?).ok_or_else(|| param_error("ordType"))?;
        let (acct_lv, pos_mode) = self.book.config(uid);
        if !spot && acct_lv == "1" {
            return Err(reject(
                "51010",
                "Request unsupported under current account mode",
            ));
        }
        let td_mode = required("tdMode")?;
        let mgn = match (spot, td_mode) {
            (true, "cash") => MgnMode::Cross,
            (true, "cross" | "isolated" | "spot_isolated") => {
                return Err(reject(
                    "51010",
                    "Operation is not supported under the current account mode",
                ))
            }
            (false, m) => MgnMode::parse(m).ok_or_else(|| param_error("tdMode"))?,
            _ => return Err(param_error("tdMode")),
        };
        let side = Side::parse(required("side")?).ok_or_else(|| param_error("side"))?;
        let pos_side = match (spot, pos_mode, text(body, "posSide")?) {
            (true, _, _) | (false, PosMode::Net, None | Some("net")) => PosSide::Net,
            (false, PosMode::LongShort, Some("long")) => PosSide::Long,
            (false, PosMode::LongShort, Some("short")) => PosSide::Short,
            _ => return Err(param_error("posSide")),
        };
        let algo_cl_ord_id = text(body, "algoClOrdId")?.unwrap_or("");
        if !algo_cl_ord_id.is_empty() && !valid_id(algo_cl_ord_id, 32) {
            return Err(param_error("algoClOrdId"));
        }
        let tag = text(body, "tag")?.unwrap_or("");
        if !tag.is_empty() && !valid_id(tag, 16) {
            return Err(param_error("tag"));
        }
        let reduce_only = flag(body, "reduceOnly")?.unwrap_or(false);
        let tgt_ccy = match text(body, "tgtCcy")? {
            None => "",
            Some(t @ ("base_ccy" | "quote_ccy")) if spot => t,
            Some(_) if spot => return Err(param_error("tgtCcy")),
            Some(_) => {
                return Err(reject(
                    "59110",
                    "The instrument corresponding to this instId does not support the tgtCcy parameter.",
                ))
            }
        };
        let close_fraction = match text(body, "closeFraction")? {
            None => false,
            Some("1") => true,
            Some(_) => return Err(param_error("closeFraction")),
        };
        let sz = match (close_fraction, text(body, "sz")?) {
            (true, Some(_)) => return Err(param_error("sz")),
            (true, None) => Amount::ZERO,
            (false, None) => return Err(empty("sz")),
            (false, Some(t)) => Amount::parse_positive(t).ok_or_else(|| param_error("sz"))?,
        };
        if !close_fraction {
            let quote_sized = spot && side == Side::Buy && tgt_ccy != "base_ccy";
            check_size(inst, sz, quote_sized)?;
            let max_stop = Amount::parse(inst.max_mkt_sz).expect("instrument literal");
            if matches!(kind, Kind::Conditional | Kind::Oco) && sz > max_stop {
                return Err(param_error("sz"));
            }
        }
        let last = ref_price(market, idx, "last", now_ms).expect("an instrument has a price");
        let mut x = Standalone {
            kind: Some(kind),
            cash: spot,
            reduce_only,
            close_fraction,
            tgt_ccy: tgt_ccy.to_string(),
            last: last.floor_to(inst.tick_dec).to_string(),
            ..Standalone::default()
        };
        let mut attach = Attach::default();
        match kind {
            Kind::Conditional | Kind::Oco => {
                attach = legs_of(market, idx, body, kind, side, now_ms)?;
            }
            Kind::Trigger => {
                let trigger = text(body, "triggerPx")?.ok_or_else(|| empty("triggerPx"))?;
                let t = on_tick(inst, trigger).ok_or_else(|| param_error("triggerPx"))?;
                let ord = text(body, "orderPx")?.ok_or_else(|| empty("orderPx"))?;
                if !ord_px_ok(ord) || (ord != "-1" && on_tick(inst, ord).is_none()) {
                    return Err(param_error("orderPx"));
                }
                let advance = text(body, "advanceOrdType")?.unwrap_or("");
                if !matches!(advance, "" | "fok" | "ioc") {
                    return Err(param_error("advanceOrdType"));
                }
                let ty = trigger_type(text(body, "triggerPxType")?, "triggerPxType", spot)?;
                let now = ref_price(market, idx, &ty, now_ms)
                    .ok_or_else(|| param_error("triggerPxType"))?;
                x.trigger_px = trigger.into();
                x.ord_px = ord.into();
                x.advance_ord_type = advance.into();
                x.trigger_px_type = ty;
                x.rising = t > now;
            }
            Kind::MoveOrderStop => {
                if reduce_only && (spot || pos_mode != PosMode::Net) {
                    return Err(param_error("reduceOnly"));
                }
                let (ratio, spread) = (text(body, "callbackRatio")?, text(body, "callbackSpread")?);
                match (ratio, spread) {
                    (Some(r), None) => {
                        let r = Amount::parse_positive(r)
                            .ok_or_else(|| param_error("callbackRatio"))?;
                        let (lo, hi) = (
                            Amount::parse(MIN_CALLBACK).expect("literal"),
                            Amount::parse(MAX_CALLBACK).expect("literal"),
                        );
                        if r < lo || r > hi {
                            return Err(reject(
                                "51257",
                                format!("Trail order callback rate should be ≥ {MIN_CALLBACK} and ≤ {MAX_CALLBACK}"),
                            ));
                        }
                    }
                    (None, Some(s)) => {
                        on_tick(inst, s).ok_or_else(|| param_error("callbackSpread"))?;
                    }
                    _ => return Err(param_error("callbackRatio")),
                }
                x.callback_ratio = ratio.unwrap_or("").into();
                x.callback_spread = spread.unwrap_or("").into();
                match text(body, "activePx")? {
                    None => x.extreme = Some(last),
                    Some(t) => {
                        let active = on_tick(inst, t).ok_or_else(|| param_error("activePx"))?;
                        if side == Side::Sell && active <= last {
                            return Err(reject(
                                "51258",
                                "Trail order failed. The active price of a sell order must be higher than the last price.",
                            ));
                        }
                        if side == Side::Buy && active >= last {
                            return Err(reject(
                                "51259",
                                "Trail order failed. The active price of a buy order must be lower than the last price.",
                            ));
                        }
                        x.active_px = t.into();
                    }
                }
                let trailing = self
                    .book
                    .algos
                    .iter()
                    .filter(|a| {
                        a.uid == uid && a.state == "live" && a.ext.kind == Some(Kind::MoveOrderStop)
                    })
                    .count();
                if trailing >= MAX_TRAILING {
                    return Err(reject(
                        "51260",
                        format!(
                            "Maximum of {MAX_TRAILING} pending trailing stop orders at a time."
                        ),
                    ));
                }
            }
        }
        if close_fraction {
            if spot || kind == Kind::Trigger || kind == Kind::MoveOrderStop {
                return Err(reject(
                    "51327",
                    "closeFraction is only available for Expiry Futures and Perpetual Futures",
                ));
            }
            if pos_mode == PosMode::Net && !reduce_only {
                return Err(reject(
                    "51328",
                    "closeFraction is only available for reduceOnly orders.",
                ));
            }
            // In long/short mode the side and posSide say whether it opens or closes: a
            // close-position order must close (OKX's error list: 51331 "closeFraction is only
            // available for close position orders").
            if !closes(side, pos_side, None) {
                return Err(reject(
                    "51331",
                    "closeFraction is only available for close position orders",
                ));
            }
            if [&attach.tp_ord_px, &attach.sl_ord_px]
                .iter()
                .any(|p| !p.is_empty() && p.as_str() != "-1")
            {
                return Err(reject(
                    "51330",
                    "closeFraction is only available for stop market orders.",
                ));
            }
            if self.book.algos.iter().any(|a| {
                a.uid == uid
                    && a.state == "live"
                    && a.inst == idx
                    && a.ext.close_fraction
                    && a.td_mode == mgn
                    && a.pos_side == pos_side
            }) {
                return Err(reject(
                    "51088",
                    "You can only place 1 TP/SL order to close an entire position",
                ));
            }
        }
        if !algo_cl_ord_id.is_empty()
            && self
                .book
                .algos
                .iter()
                .any(|a| a.uid == uid && a.state == "live" && a.algo_cl_ord_id == algo_cl_ord_id)
        {
            return Err(reject("51065", "algoClOrdId already exists."));
        }
        let lever = if spot {
            Amount::ZERO
        } else {
            self.book.get(uid).map_or_else(
                || crate::positions::Derivs::default().lever(inst, mgn, pos_side),
                |d| d.lever(inst, mgn, pos_side),
            )
        };
        let algo_id = self.book.next_algo_id;
        self.book.next_algo_id += 1;
        self.book.algos.push(Algo {
            uid: uid.to_string(),
            algo_id,
            algo_cl_ord_id: algo_cl_ord_id.to_string(),
            inst: idx,
            side,
            pos_side,
            td_mode: mgn,
            sz,
            lever,
            attach,
            ord_id: 0,
            tag: tag.to_string(),
            state: "live",
            c_time: now_ms,
            u_time: now_ms,
            ext: x,
        });
        self.book
            .algo_changed(self.book.algos.len() - 1, now_ms, None);
        Ok((algo_id, algo_cl_ord_id.to_string()))
    }

    /// The algo order of `uid` with this `algoId` (which wins) or, failing that, the latest with
    /// this `algoClOrdId`; on `inst` when given.
    pub(crate) fn algo_position(
        &self,
        uid: &str,
        inst: Option<usize>,
        algo_id: Option<&str>,
        algo_cl_ord_id: Option<&str>,
    ) -> Option<usize> {
        let mine = |a: &Algo| a.uid == uid && inst.is_none_or(|i| a.inst == i);
        let algos = &self.book.algos;
        match (algo_id, algo_cl_ord_id) {
            (Some(id), _) => algos
                .iter()
                .position(|a| mine(a) && a.algo_id.to_string() == id),
            (None, Some(cl)) => algos
                .iter()
                .rposition(|a| mine(a) && !cl.is_empty() && a.algo_cl_ord_id == cl),
            (None, None) => None,
        }
    }

    /// Cancels a live algo order; returns its `algoId`. Gone, canceled or absent: 51400;
    /// already triggered: 51416 (fact sheet §5.2).
    pub(crate) fn cancel_algo(
        &mut self,
        uid: &str,
        inst: Option<usize>,
        algo_id: Option<&str>,
        algo_cl_ord_id: Option<&str>,
        now_ms: i64,
    ) -> Result<u64, Reject> {
        let i = self
            .algo_position(uid, inst, algo_id, algo_cl_ord_id)
            .ok_or_else(|| {
                reject(
                    "51400",
                    "Cancellation failed as the order has been filled, canceled or does not exist",
                )
            })?;
        let a = &mut self.book.algos[i];
        match a.state {
            "live" => {}
            "effective" | "order_failed" => {
                return Err(reject(
                    "51416",
                    "Order has been triggered and cannot be canceled",
                ))
            }
            _ => {
                return Err(reject(
                    "51400",
                    "Cancellation failed as the order has been filled, canceled or does not exist",
                ))
            }
        }
        a.state = "canceled";
        a.u_time = now_ms;
        let algo_id = a.algo_id;
        self.book.algo_changed(i, now_ms, None);
        Ok(algo_id)
    }

    /// Triggers the live algo orders of instrument `inst` that a trade at `px` ticks reaches
    /// (see the module notes), oldest first; returns how many fired.
    pub(crate) fn fire_algos(
        &mut self,
        market: &Market,
        accounts: &[AccountState],
        inst: usize,
        px: i64,
        now_ms: i64,
    ) -> usize {
        let instrument = &market.series(inst).inst;
        let price = Amount::from_units(px.into(), instrument.tick_dec);
        let mut fired = 0;
        for i in 0..self.book.algos.len() {
            let a = &mut self.book.algos[i];
            if a.inst != inst || a.state != "live" {
                continue;
            }
            let Some((ord_px, actual_side)) = decide(a, price) else {
                continue;
            };
            let a = a.clone();
            let Some(account) = accounts.iter().find(|acc| acc.account.uid == a.uid) else {
                continue;
            };
            fired += 1;
            // A close-position child closes what there is on its side, never opens: nothing
            // to close (or a net position its side would add to) fails it.
            let sz = if a.ext.close_fraction {
                self.book
                    .get(&a.uid)
                    .and_then(|d| d.slot(inst, a.td_mode, a.pos_side))
                    .filter(|p| closes(a.side, a.pos_side, Some(p.pos)))
                    .map_or(Amount::ZERO, |p| p.pos.abs())
            } else {
                a.sz
            };
            let sz_text = sz.to_string();
            let ord_type = match (ord_px.as_str(), a.ext.advance_ord_type.as_str()) {
                ("-1", _) => "market",
                (_, "fok") => "fok",
                (_, "ioc") => "ioc",
                _ => "limit",
            };
            let spot = instrument.deriv.is_none();
            let tgt_ccy = match (spot, ord_type, a.ext.tgt_ccy.as_str()) {
                (true, "market", "") => None,
                (true, "market", t) => Some(t),
                _ => None,
            };
            let child = NewOrder {
                inst_id: instrument.inst_id,
                td_mode: a.ext.td_mode_text(a.td_mode),
                side: a.side.as_str(),
                ord_type,
                sz: &sz_text,
                px: (ord_type != "market").then_some(ord_px.as_str()),
                tgt_ccy,
                tag: (!a.tag.is_empty()).then_some(a.tag.as_str()),
                pos_side: (!spot).then_some(a.pos_side.as_str()),
                reduce_only: Some(a.ext.kind.is_none() || a.ext.reduce_only),
                last: Some(px),
                ..NewOrder::default()
            };
            let result = if sz.is_zero() {
                Err(reject("51169", "no position to close"))
            } else {
                self.place(market, account, &child, now_ms)
            };
            let a = &mut self.book.algos[i];
            a.u_time = now_ms;
            a.ext.trigger_time = Some(now_ms);
            a.ext.actual_side = actual_side;
            a.ext.actual_px = ord_px;
            match result {
                Ok(ord_id) => {
                    a.state = "effective";
                    a.ext.ord_ids.push(ord_id);
                    a.ext.actual_sz = sz_text;
                }
                Err(r) => {
                    a.state = "order_failed";
                    a.ext.fail_code = r.code;
                }
            }
            self.book.algo_changed(i, now_ms, None);
        }
        fired
    }
}

/// Whether an order of `side` on `pos_side` closes: long/short mode by the pairing (a sell
/// closes the long, a buy the short); net mode when the side is opposite the position `pos`
/// (`None`: not known yet, taken as closing).
fn closes(side: Side, pos_side: PosSide, pos: Option<Amount>) -> bool {
    match pos_side {
        PosSide::Long => side == Side::Sell,
        PosSide::Short => side == Side::Buy,
        PosSide::Net => pos.is_none_or(|p| {
            if side == Side::Sell {
                p > Amount::ZERO
            } else {
                p < Amount::ZERO
            }
        }),
    }
}

/// Whether `a` fires at `price`: the child's order price (`-1` market) and `actualSide`
/// (`tp`/`sl`, "" for other types). A trailing stop's tracking moves here.
fn decide(a: &mut Algo, price: Amount) -> Option<(String, &'static str)> {
    match a.ext.kind {
        None | Some(Kind::Conditional | Kind::Oco) => {
            let legs = &a.attach;
            // OKX runs only the SL of a net-mode conditional that has both (fact sheet §5.1).
            let tp_runs = legs.has_tp()
                && !(a.ext.kind == Some(Kind::Conditional)
                    && a.pos_side == PosSide::Net
                    && legs.has_sl());
            let hit = |leg: Leg, trigger: &str| {
                Amount::parse_positive(trigger).is_some_and(|t| leg_hit(leg, a.side, t, price))
            };
            if legs.has_sl() && hit(Leg::Sl, &legs.sl_trigger_px) {
                return Some((legs.sl_ord_px.clone(), "sl"));
            }
            if tp_runs && hit(Leg::Tp, &legs.tp_trigger_px) {
                return Some((legs.tp_ord_px.clone(), "tp"));
            }
            None
        }
        Some(Kind::Trigger) => {
            let t = Amount::parse_positive(&a.ext.trigger_px)?;
            let hit = if a.ext.rising { price >= t } else { price <= t };
            hit.then(|| (a.ext.ord_px.clone(), ""))
        }
        Some(Kind::MoveOrderStop) => {
            let sell = a.side == Side::Sell;
            let x = &mut a.ext;
            x.extreme = match x.extreme {
                Some(e) if sell => Some(e.max(price)),
                Some(e) => Some(e.min(price)),
                None => {
                    let active = Amount::parse_positive(&x.active_px)?;
                    let reached = if sell {
                        price >= active
                    } else {
                        price <= active
                    };
                    if !reached {
                        return None;
                    }
                    Some(price)
                }
            };
            let t = x.trail_trigger(a.side)?;
            let hit = if sell { price <= t } else { price >= t };
            hit.then(|| ("-1".to_string(), ""))
        }
    }
}

/// A JSON object's string field, `""` when absent (for echoing IDs back).
pub(crate) fn echo<'a>(v: &'a Value, name: &str) -> &'a str {
    v.get(name).and_then(Value::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_triggers() {
        let x = Standalone {
            kind: Some(Kind::MoveOrderStop),
            callback_ratio: "0.01".into(),
            extreme: Amount::parse("70000"),
            ..Standalone::default()
        };
        assert_eq!(x.trail_trigger(Side::Sell), Amount::parse("69300"));
        assert_eq!(x.trail_trigger(Side::Buy), Amount::parse("70700"));
        let y = Standalone {
            callback_ratio: String::new(),
            callback_spread: "150.5".into(),
            ..x
        };
        assert_eq!(y.trail_trigger(Side::Sell), Amount::parse("69849.5"));
    }

    #[test]
    fn legs_fire_on_their_side() {
        let p = |t: &str| Amount::parse(t).unwrap();
        assert!(leg_hit(Leg::Sl, Side::Sell, p("100"), p("100")));
        assert!(!leg_hit(Leg::Sl, Side::Sell, p("100"), p("100.1")));
        assert!(leg_hit(Leg::Tp, Side::Sell, p("100"), p("100.1")));
        assert!(leg_hit(Leg::Sl, Side::Buy, p("100"), p("100.1")));
        assert!(leg_hit(Leg::Tp, Side::Buy, p("100"), p("99")));
        assert_eq!(wrong_side(Leg::Sl, Side::Sell, "last").code, "51280");
        assert_eq!(wrong_side(Leg::Tp, Side::Buy, "mark").code, "51300");
    }
}
