//! Derivatives accounts (derivatives fact sheet §1.3–§1.4, §3): each account's configuration
//! (`acctLv`, `posMode`), its leverage settings, and its SWAP/FUTURES positions, built from fills;
//! the contract arithmetic; the position objects of `GET /account/positions`, the closed-position
//! records of `GET /account/positions-history`, and the changes the WebSocket `positions` and
//! `balance_and_position` channels push.
//!
//! The state lives in [`Book`], held by [`crate::orders::Orders`], so one lock covers an order,
//! its fills and the positions they move (lock order: orders, then an account's balances).
//!
//! Money model (exact decimals, [`Amount`]):
//! * Linear contracts (`ctType` linear, settled in USDT): value = `sz × ctVal × px` USDT.
//!   Inverse contracts (settled in the coin): value = `sz × ctVal / px` coin, `ctVal` being USD.
//! * Opening posts initial margin = value at the fill price / leverage, from the settlement
//!   currency: it stays in the cash balance but is frozen (`frozenBal`), for cross and isolated
//!   positions alike (OKX marks a cross position's margin to market; the stand-in keeps what was
//!   posted, so balances never move by themselves). Closing releases the margin in proportion
//!   and books the realised PnL into the cash balance. Fees (taker 0.05 %, maker 0.02 % of the
//!   fill's value, one fee a fill even when a net-mode fill closes and opens) are charged in the
//!   settlement currency.
//! * Average price on an increase: linear `avg + (px − avg) × q / (pos + q)`; inverse (harmonic)
//!   `(pos + q) × avg × px / (pos × px + q × avg)`. Realised PnL of closing `q` of a long at
//!   `px`: linear `(px − avg) × q × ctVal`; inverse `q × ctVal / avg − q × ctVal / px` (each
//!   quotient on its own); a short's is the negative. Every product or quotient is rounded toward
//!   zero at the 18th decimal, once per formula as written.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::account::{self, usd_value, Balance};
use crate::amount::{fmt_scaled, Amount};
use crate::instruments::Instrument;
use crate::market::Market;

/// OKX's regular futures and swap tier: taker 0.05 %, maker 0.02 % (in basis points).
pub(crate) const TAKER_FEE_BP: i128 = 5;
pub(crate) const MAKER_FEE_BP: i128 = 2;
/// Maintenance margin rate (0.4 %, the first tier of BTC-USDT-SWAP), for `mmr`, `liqPx` and
/// `mgnRatio`.
pub(crate) const MMR_BP: i128 = 40;
/// The leverage of an instrument and margin mode nobody has set. OKX's docs do not say; 3 is what
/// `leverage-info` shows for an untouched BTC-USDT-SWAP in ccxt's published demos (ccxt#14687).
pub(crate) const DEFAULT_LEVER: i64 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MgnMode {
    Cross,
    Isolated,
}

impl MgnMode {
    pub(crate) fn parse(text: &str) -> Option<MgnMode> {
        match text {
            "cross" => Some(MgnMode::Cross),
            "isolated" => Some(MgnMode::Isolated),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MgnMode::Cross => "cross",
            MgnMode::Isolated => "isolated",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PosSide {
    Net,
    Long,
    Short,
}

impl PosSide {
    pub(crate) fn parse(text: &str) -> Option<PosSide> {
        match text {
            "net" => Some(PosSide::Net),
            "long" => Some(PosSide::Long),
            "short" => Some(PosSide::Short),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PosSide::Net => "net",
            PosSide::Long => "long",
            PosSide::Short => "short",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PosMode {
    Net,
    LongShort,
}

impl PosMode {
    pub(crate) fn parse(text: &str) -> Option<PosMode> {
        match text {
            "net_mode" => Some(PosMode::Net),
            "long_short_mode" => Some(PosMode::LongShort),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PosMode::Net => "net_mode",
            PosMode::LongShort => "long_short_mode",
        }
    }
}

/// A contract's terms, as amounts.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Terms {
    pub(crate) ct_val: Amount,
    pub(crate) inverse: bool,
    pub(crate) settle: &'static str,
    pub(crate) tick_dec: u32,
}

impl Terms {
    /// The terms of a SWAP or FUTURES contract; `None` for spot pairs and options.
    pub(crate) fn of(inst: &Instrument) -> Option<Terms> {
        let d = inst.deriv.as_ref()?;
        if !matches!(inst.inst_type, "SWAP" | "FUTURES") {
            return None;
        }
        Some(Terms {
            ct_val: Amount::parse(d.ct_val).expect("instrument literal"),
            inverse: d.ct_type == "inverse",
            settle: d.settle_ccy,
            tick_dec: inst.tick_dec,
        })
    }

    /// A price in ticks as an amount.
    pub(crate) fn px(&self, ticks: i64) -> Amount {
        Amount::from_units(i128::from(ticks), self.tick_dec)
    }

    /// `sz` contracts' face: coin for linear contracts, USD for inverse.
    fn face(&self, sz: Amount) -> Amount {
        sz.mul(self.ct_val)
    }

    /// What `sz` contracts are worth at `px`, in the settlement currency.
    pub(crate) fn value(&self, sz: Amount, px: Amount) -> Amount {
        if self.inverse {
            self.face(sz).div(px)
        } else {
            self.face(sz).mul(px)
        }
    }

    /// The initial margin of `sz` contracts at `px` and `lever`, in the settlement currency.
    pub(crate) fn margin(&self, sz: Amount, px: Amount, lever: Amount) -> Amount {
        if self.inverse {
            self.face(sz).mul_div(Amount::ONE, px.mul(lever))
        } else {
            self.face(sz).mul_div(px, lever)
        }
    }

    /// The fee of a fill of `sz` at `px`: `bp` basis points of its value (positive: a charge).
    pub(crate) fn fee(&self, sz: Amount, px: Amount, bp: i128) -> Amount {
        self.value(sz, px).basis_points(bp)
    }

    /// The PnL of `q` contracts of a long (`long`) or short position entered at `avg`, valued at
    /// `px`, in the settlement currency.
    pub(crate) fn pnl(&self, long: bool, avg: Amount, px: Amount, q: Amount) -> Amount {
        let gain = if self.inverse {
            self.face(q).div(avg) - self.face(q).div(px)
        } else {
            (px - avg).mul(self.face(q))
        };
        if long {
            gain
        } else {
            -gain
        }
    }

    /// The average entry price after adding `q` at `px` to `pos` (both sizes positive) entered
    /// at `avg`.
    pub(crate) fn avg_after(&self, avg: Amount, pos: Amount, px: Amount, q: Amount) -> Amount {
        if pos.is_zero() {
            return px;
        }
        if self.inverse {
            (pos + q).mul(avg).mul_div(px, pos.mul(px) + q.mul(avg))
        } else {
            avg + (px - avg).mul_div(q, pos + q)
        }
    }

    /// Notional in USD at `mark`: linear contracts at the mark price (USDT counted as USD),
    /// inverse ones their USD face.
    pub(crate) fn usd(&self, sz: Amount, mark: Amount) -> Amount {
        if self.inverse {
            self.face(sz)
        } else {
            self.face(sz).mul(mark)
        }
    }

    /// The approximated liquidation price of `size` contracts entered at `avg` with `equity`
    /// (isolated: the position's margin; cross: its margin plus the available balance) behind
    /// them: the price at which equity plus PnL falls to the maintenance margin
    /// (`value × 0.4 %`), ignoring fees and funding. With Q = size × ctVal and m = 0.004:
    /// linear long `(avg·Q − equity) / (Q·(1 − m))`, linear short `(avg·Q + equity) /
    /// (Q·(1 + m))`, inverse long `Q·(1 + m) / (equity + Q/avg)`, inverse short
    /// `Q·(1 − m) / (Q/avg − equity)`. Rounded toward zero to the tick's decimals; `None` when
    /// no positive price liquidates it.
    pub(crate) fn liq_px(
        &self,
        long: bool,
        avg: Amount,
        size: Amount,
        equity: Amount,
    ) -> Option<Amount> {
        if size.is_zero() {
            return None;
        }
        let m = Amount::ONE.basis_points(MMR_BP);
        let q = self.face(size);
        let px = match (self.inverse, long) {
            (false, true) => (avg.mul(q) - equity).div(q.mul(Amount::ONE - m)),
            (false, false) => (avg.mul(q) + equity).div(q.mul(Amount::ONE + m)),
            (true, true) => q.mul(Amount::ONE + m).div(equity + q.div(avg)),
            (true, false) => {
                let den = q.div(avg) - equity;
                if !den.is_positive() {
                    return None;
                }
                q.mul(Amount::ONE - m).div(den)
            }
        };
        px.is_positive().then(|| px.trunc(self.tick_dec))
    }
}

/// One position slot: an instrument, margin mode and side. The slot, and its `posId`, outlive
/// the position: a closed position keeps its `posId` when it reopens (OKX keeps a `posId` for
/// 30 days after the position closed; the stand-in forever).
#[derive(Clone, Debug)]
pub(crate) struct Position {
    pub(crate) pos_id: u64,
    pub(crate) inst: usize,
    pub(crate) mgn_mode: MgnMode,
    pub(crate) pos_side: PosSide,
    /// Contracts: signed in net mode (negative is short), never negative for long/short sides.
    pub(crate) pos: Amount,
    pub(crate) avg_px: Amount,
    /// Initial margin posted (plus isolated additions, less reductions), frozen from the
    /// settlement currency.
    pub(crate) margin: Amount,
    pub(crate) lever: Amount,
    /// Realised PnL of this position's closing fills.
    pub(crate) pnl: Amount,
    /// Fees of this position's fills: zero or negative.
    pub(crate) fee: Amount,
    pub(crate) c_time: i64,
    pub(crate) u_time: i64,
    pub(crate) trade_id: u64,
    /// This lifecycle's positions-history record, once something was closed.
    history: Option<usize>,
    open_max: Amount,
}

impl Position {
    /// Long (or flat) rather than short.
    pub(crate) fn is_long(&self) -> bool {
        match self.pos_side {
            PosSide::Net => !self.pos.is_negative(),
            PosSide::Long => true,
            PosSide::Short => false,
        }
    }

    pub(crate) fn size(&self) -> Amount {
        self.pos.abs()
    }

    /// The `GET /account/positions` object (fact sheet §3.1), fields in the alphabetical order
    /// of OKX's answers. `avail` is the available balance of the settlement currency (a cross
    /// position's liquidation price and margin ratio count it).
    pub(crate) fn to_json(&self, market: &Market, avail: Amount, now_ms: i64) -> Value {
        let inst = &market.series(self.inst).inst;
        let t = Terms::of(inst).expect("positions are SWAP or FUTURES");
        let mark_ticks = market.mark_ticks(self.inst, now_ms);
        let mark = t.px(mark_ticks);
        let px_text = |ticks: i64| fmt_scaled(i128::from(ticks), inst.tick_dec, inst.tick_dec);
        let size = self.size();
        let long = self.is_long();
        let open = !size.is_zero();
        let upl = if open {
            t.pnl(long, self.avg_px, mark, size)
        } else {
            Amount::ZERO
        };
        let cross = self.mgn_mode == MgnMode::Cross;
        let equity = if cross {
            self.margin + avail
        } else {
            self.margin
        };
        let mmr = t.value(size, mark).basis_points(MMR_BP);
        let ratio = |num: Amount, den: Amount| {
            if den.is_zero() {
                String::new()
            } else {
                num.div(den).to_string()
            }
        };
        let family = inst.family().unwrap_or("");
        let idx_px = market.index_series(family).map_or(String::new(), |u| {
            let s = &market.series(u).inst;
            fmt_scaled(
                i128::from(market.last_price(u, now_ms)),
                s.tick_dec,
                s.tick_dec,
            )
        });
        let text = |a: Amount| if open { a.to_string() } else { String::new() };
        json!({
            "adl": if open { "1" } else { "" },
            "availPos": "",
            "avgPx": if open { self.avg_px.to_string() } else { String::new() },
            "baseBal": "",
            "baseBorrowed": "",
            "baseInterest": "",
            "bePx": "",
            "bizRefId": "",
            "bizRefType": "",
            "cTime": self.c_time.to_string(),
            "ccy": t.settle,
            "clSpotInUseAmt": "",
            "closeOrderAlgo": [],
            "deltaBS": "",
            "deltaPA": "",
            "fee": self.fee.to_string(),
            "fundingFee": "0",
            "gammaBS": "",
            "gammaPA": "",
            "hedgedPos": "",
            "idxPx": idx_px,
            "imr": if cross { text(t.margin(size, mark, self.lever)) } else { String::new() },
            "instId": inst.inst_id,
            "instType": inst.inst_type,
            "interest": "",
            "last": px_text(market.last_price(self.inst, now_ms)),
            "lever": self.lever.to_string(),
            "liab": "",
            "liabCcy": "",
            "liqPenalty": "0",
            "liqPx": t
                .liq_px(long, self.avg_px, size, equity)
                .map_or(String::new(), |p| p.to_string()),
            "margin": if cross { String::new() } else { self.margin.to_string() },
            "markPx": px_text(mark_ticks),
            "maxSpotInUseAmt": "",
            "mgnMode": self.mgn_mode.as_str(),
            "mgnRatio": if open { ratio(equity + upl, mmr) } else { String::new() },
            "mmr": text(mmr),
            "nonSettleAvgPx": "",
            "notionalUsd": text(t.usd(size, mark)),
            "optVal": "",
            "pendingCloseOrdLiabVal": "",
            "pnl": self.pnl.to_string(),
            "pos": self.pos.to_string(),
            "posCcy": "",
            "posId": self.pos_id.to_string(),
            "posSide": self.pos_side.as_str(),
            "quoteBal": "",
            "quoteBorrowed": "",
            "quoteInterest": "",
            "realizedPnl": (self.pnl + self.fee).to_string(),
            "settledPnl": "",
            "spotInUseAmt": "",
            "spotInUseCcy": "",
            "thetaBS": "",
            "thetaPA": "",
            "tradeId": self.trade_id.to_string(),
            "uTime": self.u_time.to_string(),
            "upl": upl.to_string(),
            "uplLastPx": upl.to_string(),
            "uplRatio": if open { ratio(upl, self.margin) } else { "0".to_string() },
            "uplRatioLastPx": if open { ratio(upl, self.margin) } else { "0".to_string() },
            "usdPx": usd_value(market, t.settle, Amount::ONE, now_ms).to_string(),
            "vegaBS": "",
            "vegaPA": "",
        })
    }

    /// The `posData` object of the `balance_and_position` channel (fact sheet §8.2).
    pub(crate) fn pos_data(&self, market: &Market) -> Value {
        let inst = &market.series(self.inst).inst;
        let t = Terms::of(inst).expect("positions are SWAP or FUTURES");
        json!({
            "posId": self.pos_id.to_string(),
            "tradeId": self.trade_id.to_string(),
            "instId": inst.inst_id,
            "instType": inst.inst_type,
            "mgnMode": self.mgn_mode.as_str(),
            "avgPx": if self.pos.is_zero() { String::new() } else { self.avg_px.to_string() },
            "ccy": t.settle,
            "posSide": self.pos_side.as_str(),
            "pos": self.pos.to_string(),
            "baseBal": "",
            "quoteBal": "",
            "posCcy": "",
            "nonSettleAvgPx": "",
            "settledPnl": "",
            "uTime": self.u_time.to_string(),
        })
    }
}

/// A positions-history record: one lifecycle of a position (open to fully closed), created at
/// its first closing fill and updated by later ones.
#[derive(Clone, Debug)]
pub(crate) struct Closed {
    pos_id: u64,
    inst: usize,
    mgn_mode: MgnMode,
    pos_side: PosSide,
    /// `1` partly closed (still open), `2` closed in full.
    kind: u8,
    c_time: i64,
    pub(crate) u_time: i64,
    open_avg: Amount,
    close_avg: Amount,
    open_max: Amount,
    closed: Amount,
    /// Margin released by the closing fills: the base of `pnlRatio`.
    closed_margin: Amount,
    pnl: Amount,
    /// The lifecycle's fees, opening ones included.
    fee: Amount,
    lever: Amount,
    long: bool,
}

impl Closed {
    pub(crate) fn to_json(&self, market: &Market) -> Value {
        let inst = &market.series(self.inst).inst;
        let t = Terms::of(inst).expect("positions are SWAP or FUTURES");
        let realized = self.pnl + self.fee;
        json!({
            "instType": inst.inst_type,
            "instId": inst.inst_id,
            "mgnMode": self.mgn_mode.as_str(),
            "type": self.kind.to_string(),
            "cTime": self.c_time.to_string(),
            "uTime": self.u_time.to_string(),
            "openAvgPx": self.open_avg.to_string(),
            "nonSettleAvgPx": "",
            "closeAvgPx": self.close_avg.to_string(),
            "posId": self.pos_id.to_string(),
            "openMaxPos": self.open_max.to_string(),
            "closeTotalPos": self.closed.to_string(),
            "realizedPnl": realized.to_string(),
            "settledPnl": "",
            "pnlRatio": if self.closed_margin.is_zero() {
                "0".to_string()
            } else {
                realized.div(self.closed_margin).to_string()
            },
            "fee": self.fee.to_string(),
            "fundingFee": "0",
            "liqPenalty": "0",
            "pnl": self.pnl.to_string(),
            "posSide": self.pos_side.as_str(),
            "lever": self.lever.to_string(),
            "direction": if self.long { "long" } else { "short" },
            "triggerPx": "",
            "uly": inst.family().unwrap_or(""),
            "ccy": t.settle,
        })
    }

    pub(crate) fn matches(&self, market: &Market, f: &HistoryFilter) -> bool {
        let inst = &market.series(self.inst).inst;
        f.inst_type.is_none_or(|t| t == inst.inst_type)
            && f.inst_id.is_none_or(|id| id == inst.inst_id)
            && f.mgn_mode.is_none_or(|m| m == self.mgn_mode)
            && f.kind.is_none_or(|k| k == self.kind)
            && f.pos_id.is_none_or(|p| p == self.pos_id)
            && f.after.is_none_or(|a| self.u_time < a)
            && f.before.is_none_or(|b| self.u_time > b)
    }
}

/// The filters of `GET /account/positions-history`.
#[derive(Default)]
pub(crate) struct HistoryFilter<'a> {
    pub(crate) inst_type: Option<&'a str>,
    pub(crate) inst_id: Option<&'a str>,
    pub(crate) mgn_mode: Option<MgnMode>,
    pub(crate) kind: Option<u8>,
    pub(crate) pos_id: Option<u64>,
    pub(crate) after: Option<i64>,
    pub(crate) before: Option<i64>,
}

/// One account's derivatives state.
#[derive(Debug)]
pub(crate) struct Derivs {
    /// `"1"` Spot mode or `"2"` Futures mode (the default).
    pub(crate) acct_lv: &'static str,
    pub(crate) pos_mode: PosMode,
    /// Leverage set through `set-leverage`, by (scope, margin mode, side): the scope is the
    /// instrument, or the family for cross FUTURES; the side is `Net` except for isolated
    /// positions in long/short mode.
    levers: HashMap<(String, MgnMode, PosSide), Amount>,
    /// Every position slot ever opened, oldest first.
    pub(crate) positions: Vec<Position>,
    pub(crate) history: Vec<Closed>,
}

impl Default for Derivs {
    fn default() -> Derivs {
        Derivs {
            acct_lv: "2",
            pos_mode: PosMode::Net,
            levers: HashMap::new(),
            positions: Vec::new(),
            history: Vec::new(),
        }
    }
}

/// The key leverage is stored under (see [`Derivs::levers`]).
fn lever_key(inst: &Instrument, mgn: MgnMode, side: PosSide) -> (String, MgnMode, PosSide) {
    let scope = match (inst.inst_type, mgn) {
        ("FUTURES", MgnMode::Cross) => inst.family().unwrap_or(inst.inst_id),
        _ => inst.inst_id,
    };
    let side = match (mgn, side) {
        (MgnMode::Isolated, PosSide::Long | PosSide::Short) => side,
        _ => PosSide::Net,
    };
    (scope.to_string(), mgn, side)
}

impl Derivs {
    /// The leverage of an instrument, margin mode and side: as set, else (for one side of an
    /// isolated position) as set for both, else [`DEFAULT_LEVER`].
    pub(crate) fn lever(&self, inst: &Instrument, mgn: MgnMode, side: PosSide) -> Amount {
        let key = lever_key(inst, mgn, side);
        self.levers
            .get(&key)
            .or_else(|| self.levers.get(&(key.0.clone(), key.1, PosSide::Net)))
            .copied()
            .unwrap_or(Amount::from_int(DEFAULT_LEVER))
    }

    pub(crate) fn set_lever(
        &mut self,
        inst: &Instrument,
        mgn: MgnMode,
        side: PosSide,
        lever: Amount,
    ) {
        self.levers.insert(lever_key(inst, mgn, side), lever);
    }

    /// The positions a leverage setting governs: the instrument's (for cross FUTURES, the
    /// family's) in that margin mode, and for an isolated side, that side only.
    pub(crate) fn governed_by(
        &self,
        market: &Market,
        inst: &Instrument,
        mgn: MgnMode,
        side: PosSide,
    ) -> Vec<usize> {
        let key = lever_key(inst, mgn, side);
        (0..self.positions.len())
            .filter(|&i| {
                let p = &self.positions[i];
                let other = &market.series(p.inst).inst;
                let k = lever_key(other, p.mgn_mode, p.pos_side);
                p.mgn_mode == mgn && k.0 == key.0 && (key.2 == PosSide::Net || k.2 == key.2)
            })
            .collect()
    }

    /// The position in a slot, if the slot exists.
    pub(crate) fn slot(&self, inst: usize, mgn: MgnMode, side: PosSide) -> Option<&Position> {
        self.positions
            .iter()
            .find(|p| p.inst == inst && p.mgn_mode == mgn && p.pos_side == side)
    }

    /// Positions with a non-zero size.
    pub(crate) fn open(&self) -> impl Iterator<Item = &Position> {
        self.positions.iter().filter(|p| !p.pos.is_zero())
    }
}

/// A change the WebSocket `positions` and `balance_and_position` channels push, as it stood
/// when it happened.
#[derive(Debug)]
pub(crate) struct PositionEvent {
    pub(crate) uid: String,
    /// `balance_and_position`'s `eventType`: `filled`, `adjust_margin`, `set_leverage`.
    pub(crate) event_type: &'static str,
    /// REST position objects of the changed positions (a closed one with `pos` "0").
    pub(crate) positions: Vec<Value>,
    pub(crate) pos_data: Vec<Value>,
    pub(crate) bal_data: Vec<Value>,
    pub(crate) trades: Vec<Value>,
    pub(crate) p_time: i64,
}

/// Every account's derivatives state, and the ids they share.
pub(crate) struct Book {
    accounts: HashMap<String, Derivs>,
    next_pos_id: u64,
    pub(crate) next_algo_id: u64,
    pub(crate) algos: Vec<crate::algos::Algo>,
    events: Vec<PositionEvent>,
    /// Changes of algo orders for the `orders-algo` channel (`algo_ws.rs`).
    pub(crate) algo_events: Vec<crate::algo_ws::AlgoEvent>,
}

impl Default for Book {
    fn default() -> Book {
        Book {
            accounts: HashMap::new(),
            next_pos_id: 600_000_000_000_000_001,
            next_algo_id: 800_000_000_000_000_001,
            algos: Vec::new(),
            events: Vec::new(),
            algo_events: Vec::new(),
        }
    }
}

/// What applying a fill to a position did.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Applied {
    /// Realised PnL of the closing part.
    pub(crate) pnl: Amount,
    /// The fee charged: zero or positive.
    pub(crate) fee: Amount,
    /// Contracts actually filled (a closing order meeting a smaller position fills only that).
    pub(crate) filled: Amount,
}

/// One fill to apply: `q` contracts bought (`buy`) or sold at `px` ticks.
pub(crate) struct FillArgs {
    pub(crate) inst: usize,
    pub(crate) mgn: MgnMode,
    pub(crate) pos_side: PosSide,
    pub(crate) buy: bool,
    pub(crate) q: Amount,
    pub(crate) px: i64,
    pub(crate) maker: bool,
    /// Leverage a position opened by this fill gets.
    pub(crate) lever: Amount,
    pub(crate) trade_id: u64,
}

impl Book {
    /// The state of account `uid` (the default configuration if it never changed anything).
    pub(crate) fn of(&mut self, uid: &str) -> &mut Derivs {
        self.accounts.entry(uid.to_string()).or_default()
    }

    /// Read-only: `None` for an account that never touched derivatives.
    pub(crate) fn get(&self, uid: &str) -> Option<&Derivs> {
        self.accounts.get(uid)
    }

    /// (acctLv, posMode) of `uid`.
    pub(crate) fn config(&self, uid: &str) -> (&'static str, PosMode) {
        self.get(uid)
            .map_or(("2", PosMode::Net), |d| (d.acct_lv, d.pos_mode))
    }

    pub(crate) fn take_events(&mut self) -> Vec<PositionEvent> {
        std::mem::take(&mut self.events)
    }

    pub(crate) fn push_event(&mut self, event: PositionEvent) {
        self.events.push(event);
    }

    /// Every account's open positions, with the owner's uid.
    pub(crate) fn all_open(&self) -> Vec<(&str, &Position)> {
        let mut all: Vec<(&str, &Position)> = self
            .accounts
            .iter()
            .flat_map(|(uid, d)| d.open().map(move |p| (uid.as_str(), p)))
            .collect();
        all.sort_by_key(|(_, p)| p.pos_id);
        all
    }

    /// Applies a fill of account `uid` to its position: closes first (realising PnL into the
    /// cash balance and releasing margin), then, in net mode, opens the rest in the other
    /// direction (posting margin). Charges the fee. Queues the WebSocket event.
    pub(crate) fn apply_fill(
        &mut self,
        market: &Market,
        uid: &str,
        balances: &mut Vec<Balance>,
        f: &FillArgs,
        now_ms: i64,
    ) -> Applied {
        let inst = &market.series(f.inst).inst;
        let t = Terms::of(inst).expect("fills on SWAP or FUTURES");
        let px = t.px(f.px);
        let bp = if f.maker { MAKER_FEE_BP } else { TAKER_FEE_BP };
        let next_id = &mut self.next_pos_id;
        let derivs = self.accounts.entry(uid.to_string()).or_default();
        let i = match derivs
            .positions
            .iter()
            .position(|p| p.inst == f.inst && p.mgn_mode == f.mgn && p.pos_side == f.pos_side)
        {
            Some(i) => i,
            None => {
                derivs.positions.push(Position {
                    pos_id: *next_id,
                    inst: f.inst,
                    mgn_mode: f.mgn,
                    pos_side: f.pos_side,
                    pos: Amount::ZERO,
                    avg_px: Amount::ZERO,
                    margin: Amount::ZERO,
                    lever: f.lever,
                    pnl: Amount::ZERO,
                    fee: Amount::ZERO,
                    c_time: now_ms,
                    u_time: now_ms,
                    trade_id: f.trade_id,
                    history: None,
                    open_max: Amount::ZERO,
                });
                *next_id += 1;
                derivs.positions.len() - 1
            }
        };
        let Derivs {
            positions, history, ..
        } = derivs;
        let p = &mut positions[i];
        let size = p.size();
        // Does this fill close (part of) the position?
        let closes = match p.pos_side {
            PosSide::Net => !size.is_zero() && (f.buy != p.is_long()),
            PosSide::Long => !f.buy,
            PosSide::Short => f.buy,
        };
        let close_q = if closes { f.q.min(size) } else { Amount::ZERO };
        // Long/short sides never flip: a closing fill beyond the position fills only what is
        // there (validation keeps this from happening except for orders that rested while the
        // position shrank).
        let open_q = match (closes, p.pos_side) {
            (true, PosSide::Net) => f.q - close_q,
            (true, _) => Amount::ZERO,
            (false, _) => f.q,
        };
        let mut applied = Applied {
            filled: close_q + open_q,
            ..Applied::default()
        };
        let settle = account::entry(balances, t.settle, now_ms);
        if !close_q.is_zero() {
            let long = p.is_long();
            let pnl = t.pnl(long, p.avg_px, px, close_q);
            let fee = t.fee(close_q, px, bp);
            let released = if close_q == size {
                p.margin
            } else {
                p.margin.mul_div(close_q, size)
            };
            p.margin = p.margin - released;
            settle.frozen = settle.frozen - released;
            settle.cash = settle.cash + pnl - fee;
            p.pnl = p.pnl + pnl;
            p.fee = p.fee - fee;
            // Toward zero: a net short is negative, long/short sides are never negative.
            p.pos = if p.pos.is_negative() {
                p.pos + close_q
            } else {
                p.pos - close_q
            };
            let rec = match p.history {
                Some(h) => h,
                None => {
                    history.push(Closed {
                        pos_id: p.pos_id,
                        inst: p.inst,
                        mgn_mode: p.mgn_mode,
                        pos_side: p.pos_side,
                        kind: 1,
                        c_time: p.c_time,
                        u_time: now_ms,
                        open_avg: p.avg_px,
                        close_avg: Amount::ZERO,
                        open_max: p.open_max,
                        closed: Amount::ZERO,
                        closed_margin: Amount::ZERO,
                        pnl: Amount::ZERO,
                        fee: Amount::ZERO,
                        lever: p.lever,
                        long,
                    });
                    p.history = Some(history.len() - 1);
                    history.len() - 1
                }
            };
            let h = &mut history[rec];
            h.close_avg = t.avg_after(h.close_avg, h.closed, px, close_q);
            h.closed = h.closed + close_q;
            h.closed_margin = h.closed_margin + released;
            h.pnl = p.pnl;
            h.fee = p.fee;
            h.open_avg = p.avg_px;
            h.open_max = p.open_max;
            h.u_time = now_ms;
            if p.pos.is_zero() {
                h.kind = 2;
                p.history = None;
            }
            applied.pnl = pnl;
            applied.fee = fee;
        }
        if !open_q.is_zero() {
            if p.pos.is_zero() {
                // A new lifecycle in the same slot.
                p.c_time = now_ms;
                p.avg_px = Amount::ZERO;
                p.margin = Amount::ZERO;
                p.pnl = Amount::ZERO;
                p.fee = Amount::ZERO;
                p.lever = f.lever;
                p.open_max = Amount::ZERO;
                p.history = None;
            }
            // One fill, one fee: a net-mode flip's opening part gets what the closing part left
            // of the fee of the whole fill (two fees rounded on their own may differ from it by
            // 10^-18, as inverse contracts' quotients do).
            let fee = t.fee(applied.filled, px, bp) - applied.fee;
            let margin = t.margin(open_q, px, p.lever);
            p.margin = p.margin + margin;
            settle.frozen = settle.frozen + margin;
            settle.cash = settle.cash - fee;
            p.fee = p.fee - fee;
            p.avg_px = t.avg_after(p.avg_px, p.size(), px, open_q);
            p.pos = if f.buy || p.pos_side != PosSide::Net {
                p.pos + open_q
            } else {
                p.pos - open_q
            };
            p.open_max = p.open_max.max(p.size());
            applied.fee = applied.fee + fee;
        }
        settle.u_time = now_ms;
        p.u_time = now_ms;
        p.trade_id = f.trade_id;
        let avail = settle.available();
        let bal = bal_data(settle);
        let event = PositionEvent {
            uid: uid.to_string(),
            event_type: "filled",
            positions: vec![p.to_json(market, avail, now_ms)],
            pos_data: vec![p.pos_data(market)],
            bal_data: vec![bal],
            trades: vec![json!({"instId": inst.inst_id, "tradeId": f.trade_id.to_string()})],
            p_time: now_ms,
        };
        self.events.push(event);
        applied
    }
}

/// A `balData` item of the `balance_and_position` channel.
pub(crate) fn bal_data(b: &Balance) -> Value {
    json!({"ccy": b.ccy.clone(), "cashBal": b.cash.to_string(), "uTime": b.u_time.to_string()})
}

/// The figures `/account/balance` adds for a currency that margins positions.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CcyRisk {
    /// Whether any open position is margined in the currency.
    pub(crate) any: bool,
    pub(crate) upl: Amount,
    pub(crate) iso_upl: Amount,
    /// Margin posted by the positions (frozen).
    pub(crate) margin: Amount,
    pub(crate) iso_margin: Amount,
    /// Cross positions' initial margin at the mark price.
    pub(crate) imr: Amount,
    pub(crate) mmr: Amount,
}

impl Derivs {
    /// The risk figures of the positions margined in `ccy`, at the mark price.
    pub(crate) fn risk(&self, market: &Market, ccy: &str, now_ms: i64) -> CcyRisk {
        let mut r = CcyRisk::default();
        for p in &self.positions {
            let Some(t) = Terms::of(&market.series(p.inst).inst) else {
                continue;
            };
            if t.settle != ccy {
                continue;
            }
            r.margin = r.margin + p.margin;
            if p.pos.is_zero() {
                continue;
            }
            r.any = true;
            let mark = t.px(market.mark_ticks(p.inst, now_ms));
            let upl = t.pnl(p.is_long(), p.avg_px, mark, p.size());
            r.upl = r.upl + upl;
            r.mmr = r.mmr + t.value(p.size(), mark).basis_points(MMR_BP);
            match p.mgn_mode {
                MgnMode::Isolated => {
                    r.iso_upl = r.iso_upl + upl;
                    r.iso_margin = r.iso_margin + p.margin;
                }
                MgnMode::Cross => r.imr = r.imr + t.margin(p.size(), mark, p.lever),
            }
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(t: &str) -> Amount {
        Amount::parse(t).unwrap()
    }

    fn linear() -> Terms {
        Terms {
            ct_val: a("0.01"),
            inverse: false,
            settle: "USDT",
            tick_dec: 1,
        }
    }

    fn inverse() -> Terms {
        Terms {
            ct_val: a("100"),
            inverse: true,
            settle: "BTC",
            tick_dec: 1,
        }
    }

    #[test]
    fn linear_arithmetic_by_hand() {
        let t = linear();
        // 2 contracts at 60000 then 1 at 63000: (2×60000 + 63000)/3 = 61000.
        let avg = t.avg_after(Amount::ZERO, Amount::ZERO, a("60000"), a("2"));
        let avg = t.avg_after(avg, a("2"), a("63000"), a("1"));
        assert_eq!(avg.to_string(), "61000");
        // Close 1.5 at 62000: (62000 − 61000) × 1.5 × 0.01 = 15 USDT; a short loses it.
        assert_eq!(t.pnl(true, avg, a("62000"), a("1.5")).to_string(), "15");
        assert_eq!(t.pnl(false, avg, a("62000"), a("1.5")).to_string(), "-15");
        // Margin at 10×: 3 × 0.01 × 61000 / 10 = 183; fee 0.05 % of 1830 = 0.915.
        assert_eq!(t.margin(a("3"), a("61000"), a("10")).to_string(), "183");
        assert_eq!(t.fee(a("3"), a("61000"), TAKER_FEE_BP).to_string(), "0.915");
        assert_eq!(t.usd(a("3"), a("61000")).to_string(), "1830");
        // Liquidation of a 10× long: (61000×0.03 − 183) / (0.03 × 0.996) = 55120.481927…
        let liq = t.liq_px(true, avg, a("3"), a("183")).unwrap();
        assert_eq!(liq.to_string(), "55120.4");
        let short = t.liq_px(false, avg, a("3"), a("183")).unwrap();
        assert_eq!(short.to_string(), "66832.6");
    }

    #[test]
    fn a_flip_pays_the_fee_of_its_whole_fill() {
        let market = Market::new(42, vec![]);
        let inst = market.find("BTC-USD-SWAP").unwrap();
        let t = Terms::of(&market.series(inst).inst).unwrap();
        let mut book = Book::default();
        let mut balances = vec![Balance {
            ccy: "BTC".into(),
            cash: a("1"),
            frozen: Amount::ZERO,
            u_time: 0,
        }];
        let fill = |buy: bool, q: &str, px: i64| FillArgs {
            inst,
            mgn: MgnMode::Isolated,
            pos_side: PosSide::Net,
            buy,
            q: a(q),
            px,
            maker: true,
            lever: a("3"),
            trade_id: 1,
        };
        // Long 3 at 88000, then sell 5 at 89291: 3 close, 2 open short.
        book.apply_fill(&market, "u", &mut balances, &fill(true, "3", 880_000), 0);
        let cash = balances[0].cash;
        let applied = book.apply_fill(&market, "u", &mut balances, &fill(false, "5", 892_910), 0);
        // 500 USD / 89291 = 0.005599668499624822 BTC (toward zero); 0.02 % of it is
        // 0.0000011199336999249…: 0.000001119933699924. The parts 300 and 200 USD, each
        // rounded, would make …923.
        assert_eq!(applied.fee.to_string(), "0.000001119933699924");
        let split =
            t.fee(a("3"), a("89291"), MAKER_FEE_BP) + t.fee(a("2"), a("89291"), MAKER_FEE_BP);
        assert_eq!(split.to_string(), "0.000001119933699923");
        assert_eq!(balances[0].cash, cash + applied.pnl - applied.fee);
        // The closed lifecycle keeps its part; the new short the rest.
        let d = book.get("u").unwrap();
        let close_fee = t.fee(a("3"), a("89291"), MAKER_FEE_BP);
        assert_eq!(
            d.history[0].fee,
            -(t.fee(a("3"), a("88000"), MAKER_FEE_BP) + close_fee)
        );
        assert_eq!(d.positions[0].fee, -(applied.fee - close_fee));
        assert_eq!(d.positions[0].pos.to_string(), "-2");
    }

    #[test]
    fn inverse_arithmetic_by_hand() {
        let t = inverse();
        // 1 contract (100 USD) at 60000 and 1 at 40000: harmonic mean 48000.
        let avg = t.avg_after(Amount::ZERO, Amount::ZERO, a("60000"), a("1"));
        let avg = t.avg_after(avg, a("1"), a("40000"), a("1"));
        assert_eq!(avg.to_string(), "48000");
        // Close both at 50000: 200/48000 − 200/50000 = 0.000166666… BTC.
        // 0.004166666666666666 − 0.004: each quotient rounded toward zero on its own.
        assert_eq!(
            t.pnl(true, avg, a("50000"), a("2")).to_string(),
            "0.000166666666666666"
        );
        assert_eq!(
            t.pnl(false, avg, a("50000"), a("2")).to_string(),
            "-0.000166666666666666"
        );
        // 200 USD at 50000 and 10×: 0.0004 BTC of margin; fee 0.05 % of 0.004 BTC.
        assert_eq!(t.margin(a("2"), a("50000"), a("10")).to_string(), "0.0004");
        assert_eq!(
            t.fee(a("2"), a("50000"), TAKER_FEE_BP).to_string(),
            "0.000002"
        );
        assert_eq!(t.usd(a("2"), a("50000")).to_string(), "200");
        assert!(t.liq_px(false, avg, a("2"), a("1")).is_none());
        assert!(t.liq_px(true, avg, a("2"), a("0.0004")).is_some());
    }
}
