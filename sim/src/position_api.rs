//! Position endpoints (derivatives fact sheet §3.1, §3.2, §3.7–§3.9, §4.8): `GET
//! /account/positions`, `GET /account/positions-history`, `POST /trade/close-position`, `POST
//! /account/position/margin-balance`, `GET /account/max-size`, `GET /account/max-avail-size` and
//! `GET /account/trade-fee`. The position model is in [`crate::positions`].

use serde_json::{json, Value};

use crate::account;
use crate::amount::Amount;
use crate::leverage::{account_of, field, required, too_many};
use crate::orders::NewOrder;
use crate::positions::{
    bal_data, Derivs, HistoryFilter, MgnMode, PosMode, PosSide, PositionEvent, Terms,
};
use crate::routes::{Ctx, Reply};
use crate::state::lock;
use crate::trade::{body, flag};

const POSITION_TYPES: [&str; 5] = ["MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];

/// `GET /api/v5/account/positions[?instType=…][&instId=a,b][&posId=…]`: open positions (`pos`
/// not 0), newest first by `cTime`. Up to 10 `instId`s and 20 `posId`s (50025 beyond).
pub(crate) fn positions(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let inst_type = p.get("instType");
    if inst_type.is_some_and(|t| !POSITION_TYPES.contains(&t)) {
        return Reply::param_error("instType");
    }
    let market = &ctx.shared.market;
    let ids: Option<Vec<&str>> = p.get("instId").map(|t| t.split(',').collect());
    if let Some(ids) = &ids {
        if ids.len() > 10 {
            return too_many("instId", 10);
        }
        for id in ids {
            let Some(idx) = market.find(id) else {
                return Reply::no_instrument();
            };
            if inst_type.is_some_and(|t| t != market.series(idx).inst.inst_type) {
                return Reply::error(200, "51015", "Instrument ID doesn't match instrument type.");
            }
        }
    }
    let pos_ids: Option<Vec<u64>> = match p.get("posId") {
        None => None,
        Some(t) => {
            let parts: Vec<&str> = t.split(',').collect();
            if parts.len() > 20 {
                return too_many("posId", 20);
            }
            match parts.iter().map(|x| x.parse::<u64>()).collect() {
                Ok(v) => Some(v),
                Err(_) => return Reply::param_error("posId"),
            }
        }
    };
    let orders = ctx.shared.orders();
    let Some(derivs) = orders.book.get(&account.account.uid) else {
        return Reply::ok(Vec::new());
    };
    let balances = lock(&account.balances);
    let mut open: Vec<_> = derivs
        .open()
        .filter(|pos| {
            let inst = &market.series(pos.inst).inst;
            inst_type.is_none_or(|t| t == inst.inst_type)
                && ids.as_ref().is_none_or(|ids| ids.contains(&inst.inst_id))
                && pos_ids.as_ref().is_none_or(|ids| ids.contains(&pos.pos_id))
        })
        .collect();
    open.sort_by_key(|pos| std::cmp::Reverse((pos.c_time, pos.pos_id)));
    Reply::ok(
        open.into_iter()
            .map(|pos| {
                let settle = Terms::of(&market.series(pos.inst).inst).map_or("", |t| t.settle);
                pos.to_json(market, account::available(&balances, settle), ctx.now_ms)
            })
            .collect(),
    )
}

/// `GET /api/v5/account/positions-history`: one record per position lifecycle with a closing
/// fill (`type` 1 while partly closed, 2 once closed in full), newest first by `uTime`;
/// `after`/`before` are `uTime` cursors (older / newer), `limit` 1–100 (default 100).
pub(crate) fn positions_history(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let inst_type = p.get("instType");
    if inst_type.is_some_and(|t| !POSITION_TYPES.contains(&t)) {
        return Reply::param_error("instType");
    }
    let mgn_mode = match p.get("mgnMode") {
        None => None,
        Some(m) => match MgnMode::parse(m) {
            Some(m) => Some(m),
            None => return Reply::param_error("mgnMode"),
        },
    };
    let number = |name: &str| -> Result<Option<i64>, Reply> {
        p.get(name)
            .map(|t| t.parse::<i64>().map_err(|_| Reply::param_error(name)))
            .transpose()
    };
    let (kind, pos_id, after, before) = match (
        number("type"),
        number("posId"),
        number("after"),
        number("before"),
    ) {
        (Ok(k), Ok(id), Ok(a), Ok(b)) => (k, id, a, b),
        (Err(r), ..) | (_, Err(r), ..) | (_, _, Err(r), _) | (.., Err(r)) => return r,
    };
    if kind.is_some_and(|k| !(1..=6).contains(&k)) {
        return Reply::param_error("type");
    }
    let limit = match p.get("limit") {
        None => 100,
        Some(t) => match t.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => return Reply::param_error("limit"),
        },
    };
    let filter = HistoryFilter {
        inst_type,
        inst_id: p.get("instId"),
        mgn_mode,
        kind: kind.map(|k| k as u8),
        pos_id: pos_id.map(|id| id as u64),
        after,
        before,
    };
    let market = &ctx.shared.market;
    let orders = ctx.shared.orders();
    let Some(derivs) = orders.book.get(&account.account.uid) else {
        return Reply::ok(Vec::new());
    };
    let mut recs: Vec<_> = derivs
        .history
        .iter()
        .enumerate()
        .filter(|(_, h)| h.matches(market, &filter))
        .collect();
    // Newest first; records updated in the same millisecond by creation, newest first.
    recs.sort_by_key(|(i, h)| std::cmp::Reverse((h.u_time, *i)));
    Reply::ok(
        recs.into_iter()
            .take(limit)
            .map(|(_, h)| h.to_json(market))
            .collect(),
    )
}

/// `POST /api/v5/trade/close-position`: closes a whole position with a market order (placed
/// through `/trade/order`'s path, so it can be looked up by its `clOrdId`). `posSide` as on
/// orders (51000); no such position: 51023 (cross) or 51043 (isolated); pending closing orders
/// on the position: canceled first with `autoCxl` true, else 51115 (HTTP 429, as OKX's error
/// table lists it).
pub(crate) fn close_position(ctx: &Ctx) -> Reply {
    match try_close(ctx) {
        Ok(r) | Err(r) => r,
    }
}

fn try_close(ctx: &Ctx) -> Result<Reply, Reply> {
    let account = account_of(ctx)?;
    let b = body(ctx)?;
    let inst_id = required(&b, "instId")?;
    let mgn =
        MgnMode::parse(required(&b, "mgnMode")?).ok_or_else(|| Reply::param_error("mgnMode"))?;
    let pos_side_text = field(&b, "posSide")?;
    let auto_cxl = flag(&b, "autoCxl")
        .map_err(|_| Reply::param_error("autoCxl"))?
        .unwrap_or(false);
    let cl_ord_id = field(&b, "clOrdId")?;
    let tag = field(&b, "tag")?;
    let exp_time = match ctx.req.header("expTime") {
        None => None,
        Some(t) => Some(
            t.parse::<i64>()
                .map_err(|_| Reply::param_error("expTime"))?,
        ),
    };
    let market = &ctx.shared.market;
    let idx = market.find(inst_id).ok_or_else(Reply::no_instrument)?;
    let inst = &market.series(idx).inst;
    if Terms::of(inst).is_none() {
        return Err(Reply::param_error("instId"));
    }
    let uid = account.account.uid.as_str();
    let mut orders = ctx.shared.orders();
    let (_, pos_mode) = orders.book.config(uid);
    let side = match (pos_mode, pos_side_text) {
        (PosMode::Net, None | Some("net")) => PosSide::Net,
        (PosMode::LongShort, Some("long")) => PosSide::Long,
        (PosMode::LongShort, Some("short")) => PosSide::Short,
        _ => return Err(Reply::param_error("posSide")),
    };
    let position = orders
        .book
        .get(uid)
        .and_then(|d| d.slot(idx, mgn, side))
        .filter(|p| !p.pos.is_zero())
        .map(|p| (p.is_long(), p.size()));
    let Some((long, size)) = position else {
        return Err(match mgn {
            MgnMode::Cross => Reply::error(200, "51023", "Position doesn't exist."),
            MgnMode::Isolated => {
                Reply::error(200, "51043", "This isolated position doesn't exist.")
            }
        });
    };
    let closing: Vec<u64> = orders
        .pending_on(uid, idx, mgn, side)
        .filter(|o| {
            let buy = o.side == crate::orders::Side::Buy;
            o.deriv.as_ref().is_some_and(|d| d.reduce_only) || (side != PosSide::Net && buy != long)
        })
        .map(|o| o.ord_id)
        .collect();
    if !closing.is_empty() {
        if !auto_cxl {
            return Err(Reply::error(
                429,
                "51115",
                "Cancel all pending close-orders before liquidation.",
            ));
        }
        for id in closing {
            let _ = orders.cancel(
                market,
                account,
                Some(idx),
                Some(&id.to_string()),
                None,
                ctx.now_ms,
            );
        }
    }
    let sz = size.to_string();
    let order = NewOrder {
        inst_id,
        td_mode: mgn.as_str(),
        side: if long { "sell" } else { "buy" },
        ord_type: "market",
        sz: &sz,
        cl_ord_id,
        tag,
        exp_time,
        pos_side: Some(side.as_str()),
        reduce_only: (side == PosSide::Net).then_some(true),
        ..NewOrder::default()
    };
    let placed = orders.place(market, account, &order, ctx.now_ms);
    drop(orders);
    ctx.shared.publish_order_events();
    if let Err(r) = placed {
        return Err(Reply::error(200, r.code, &r.msg));
    }
    Ok(Reply::ok(vec![json!({
        "instId": inst.inst_id,
        "posSide": side.as_str(),
        "clOrdId": cl_ord_id.unwrap_or(""),
        "tag": tag.unwrap_or(""),
    })]))
}

/// `POST /api/v5/account/position/margin-balance`: moves `amt` of the settlement currency into
/// (`add`) or out of (`reduce`) an isolated position's margin. No such isolated position: 59300;
/// adding more than is available: 59200; reducing below the initial margin requirement at the
/// mark price (less any unrealised loss): 59301.
pub(crate) fn margin_balance(ctx: &Ctx) -> Reply {
    match try_margin(ctx) {
        Ok(r) | Err(r) => r,
    }
}

fn try_margin(ctx: &Ctx) -> Result<Reply, Reply> {
    let account = account_of(ctx)?;
    let b = body(ctx)?;
    let inst_id = required(&b, "instId")?;
    let kind = required(&b, "type")?;
    let amt_text = required(&b, "amt")?;
    let side = match field(&b, "posSide")? {
        None => PosSide::Net,
        Some(s) => PosSide::parse(s).ok_or_else(|| Reply::param_error("posSide"))?,
    };
    let add = match kind {
        "add" => true,
        "reduce" => false,
        _ => return Err(Reply::param_error("type")),
    };
    let amt = Amount::parse_positive(amt_text).ok_or_else(|| Reply::param_error("amt"))?;
    let market = &ctx.shared.market;
    let idx = market.find(inst_id).ok_or_else(Reply::no_instrument)?;
    let inst = &market.series(idx).inst;
    let t = Terms::of(inst).ok_or_else(|| Reply::param_error("instId"))?;
    let uid = account.account.uid.as_str();
    let now = ctx.now_ms;
    let mut orders = ctx.shared.orders();
    let derivs = orders.book.of(uid);
    let Some(i) = derivs.positions.iter().position(|p| {
        p.inst == idx && p.mgn_mode == MgnMode::Isolated && p.pos_side == side && !p.pos.is_zero()
    }) else {
        return Err(Reply::error(
            200,
            "59300",
            "Margin call failed. Position does not exist.",
        ));
    };
    let mut balances = lock(&account.balances);
    let p = &mut derivs.positions[i];
    if add {
        if account::available(&balances, t.settle) < amt {
            return Err(Reply::error(200, "59200", "Insufficient account balance."));
        }
    } else {
        let mark = t.px(market.mark_ticks(idx, now));
        let upl = t.pnl(p.is_long(), p.avg_px, mark, p.size());
        let keep = t.margin(p.size(), mark, p.lever) - upl.min(Amount::ZERO);
        if amt > p.margin - keep {
            return Err(Reply::error(
                200,
                "59301",
                "Margin adjustment failed for exceeding the max limit.",
            ));
        }
    }
    let delta = if add { amt } else { -amt };
    p.margin = p.margin + delta;
    p.u_time = now;
    let settle = account::entry(&mut balances, t.settle, now);
    settle.frozen = settle.frozen + delta;
    settle.u_time = now;
    let mark = t.px(market.mark_ticks(idx, now));
    // The leverage the position now has: its value at the mark price over its margin.
    let real = t.value(p.size(), mark).div(p.margin).trunc(2);
    let avail = settle.available();
    let event = PositionEvent {
        uid: uid.to_string(),
        event_type: "adjust_margin",
        positions: vec![p.to_json(market, avail, now)],
        pos_data: vec![p.pos_data(market)],
        bal_data: vec![bal_data(settle)],
        trades: Vec::new(),
        p_time: now,
    };
    orders.book.push_event(event);
    drop(balances);
    drop(orders);
    ctx.shared.publish_order_events();
    Ok(Reply::ok(vec![json!({
        "instId": inst.inst_id,
        "posSide": side.as_str(),
        "amt": amt.to_string(),
        "type": kind,
        "leverage": real.to_string(),
        "ccy": t.settle,
    })]))
}

/// The instruments of a max-size style request: up to 5, all of one type (59004).
fn instruments(ctx: &Ctx) -> Result<Vec<usize>, Reply> {
    let ids = ctx.params.required("instId")?;
    let ids: Vec<&str> = ids.split(',').collect();
    if ids.len() > 5 {
        return Err(too_many("instId", 5));
    }
    let market = &ctx.shared.market;
    let idxs = ids
        .iter()
        .map(|id| market.find(id).ok_or_else(Reply::no_instrument))
        .collect::<Result<Vec<usize>, Reply>>()?;
    let ty = |i: usize| market.series(i).inst.inst_type;
    if idxs.iter().any(|&i| ty(i) != ty(idxs[0])) {
        return Err(Reply::error(
            200,
            "59004",
            "Only IDs with the same instrument type are supported",
        ));
    }
    Ok(idxs)
}

/// `tdMode` of max-size and max-avail-size, checked against the instrument type: derivatives
/// take `cross`/`isolated`; spot pairs `cash` (spot margin is not simulated: 51010).
fn td_mode(ctx: &Ctx, derivative: bool) -> Result<Option<MgnMode>, Reply> {
    let mode = ctx.params.required("tdMode")?;
    match (mode, derivative) {
        ("cross" | "isolated", true) => Ok(MgnMode::parse(mode)),
        ("cash", false) => Ok(None),
        ("cross" | "isolated" | "spot_isolated", false) => Err(Reply::error(
            200,
            "51010",
            "Request unsupported under current account mode",
        )),
        _ => Err(Reply::param_error("tdMode")),
    }
}

/// `GET /api/v5/account/max-size?instId=…&tdMode=…[&px=…][&leverage=…]`: for SWAP/FUTURES the
/// contracts the available settlement-currency balance can open at `leverage` (default: the
/// current one), rounded down to the lot: linear `avail × lever / (ctVal × px)`, inverse
/// `avail × lever × px / ctVal`; in net mode plus the position a buy or sell would close first.
/// Without `px` (or with several instruments) buys are sized at the best ask and sells at the
/// best bid, what a market order pays. Spot (`cash`): `maxBuy` the base currency the available
/// quote buys at the ask (in lots), `maxSell` the quote currency the available base sells for at
/// the bid.
pub(crate) fn max_size(ctx: &Ctx) -> Reply {
    match try_max(ctx, false) {
        Ok(r) | Err(r) => r,
    }
}

/// `GET /api/v5/account/max-avail-size?instId=…&tdMode=…`: the available balance an order may
/// use: for SWAP/FUTURES the settlement currency's on both sides; spot: `availBuy` the quote
/// currency's, `availSell` the base currency's.
pub(crate) fn max_avail_size(ctx: &Ctx) -> Reply {
    match try_max(ctx, true) {
        Ok(r) | Err(r) => r,
    }
}

fn try_max(ctx: &Ctx, avail_only: bool) -> Result<Reply, Reply> {
    let account = account_of(ctx)?;
    let idxs = instruments(ctx)?;
    let market = &ctx.shared.market;
    let first = &market.series(idxs[0]).inst;
    if first.inst_type == "OPTION" {
        return Err(Reply::param_error("instId"));
    }
    let mgn = td_mode(ctx, first.deriv.is_some())?;
    let positive = |name: &str| -> Result<Option<Amount>, Reply> {
        ctx.params
            .get(name)
            .map(|t| Amount::parse_positive(t).ok_or_else(|| Reply::param_error(name)))
            .transpose()
    };
    let px_param = positive("px")?.filter(|_| idxs.len() == 1);
    let lever_param = positive("leverage")?;
    let uid = account.account.uid.as_str();
    let orders = ctx.shared.orders();
    let (_, pos_mode) = orders.book.config(uid);
    let default = Derivs::default();
    let derivs = orders.book.get(uid).unwrap_or(&default);
    let balances = lock(&account.balances);
    let now = ctx.now_ms;
    let mut rows = Vec::new();
    for idx in idxs {
        let inst = &market.series(idx).inst;
        let last = market.last_price(idx, now);
        let ask = Amount::from_units(i128::from(last + 1), inst.tick_dec);
        let bid = Amount::from_units(i128::from(last), inst.tick_dec);
        let (buy_px, sell_px) = px_param.map_or((ask, bid), |p| (p, p));
        let row = match (Terms::of(inst), mgn) {
            (Some(t), Some(mgn)) => {
                let avail = account::available(&balances, t.settle);
                if avail_only {
                    json!({"instId": inst.inst_id, "availBuy": avail.to_string(), "availSell": avail.to_string()})
                } else {
                    let (buy_side, sell_side) = match pos_mode {
                        PosMode::Net => (PosSide::Net, PosSide::Net),
                        PosMode::LongShort => (PosSide::Long, PosSide::Short),
                    };
                    let contracts = |px: Amount, side: PosSide| {
                        let lever = lever_param.unwrap_or_else(|| derivs.lever(inst, mgn, side));
                        let n = if t.inverse {
                            avail.mul(lever).mul_div(px, t.ct_val)
                        } else {
                            avail.mul_div(lever, t.ct_val.mul(px))
                        };
                        n.floor_to(inst.lot_dec).max(Amount::ZERO)
                    };
                    let pos = derivs
                        .slot(idx, mgn, PosSide::Net)
                        .filter(|_| pos_mode == PosMode::Net)
                        .map_or(Amount::ZERO, |p| p.pos);
                    let max_buy = contracts(buy_px, buy_side) + (-pos).max(Amount::ZERO);
                    let max_sell = contracts(sell_px, sell_side) + pos.max(Amount::ZERO);
                    json!({"instId": inst.inst_id, "ccy": t.settle, "maxBuy": max_buy.to_string(), "maxSell": max_sell.to_string()})
                }
            }
            _ => {
                let quote = account::available(&balances, inst.quote_ccy);
                let base = account::available(&balances, inst.base_ccy);
                if avail_only {
                    json!({"instId": inst.inst_id, "availBuy": quote.to_string(), "availSell": base.to_string()})
                } else {
                    let max_buy = quote.div(buy_px).floor_to(inst.lot_dec);
                    let max_sell = base.mul(sell_px).trunc(8);
                    json!({"instId": inst.inst_id, "ccy": inst.quote_ccy, "maxBuy": max_buy.to_string(), "maxSell": max_sell.to_string()})
                }
            }
        };
        rows.push(row);
    }
    Ok(Reply::ok(rows))
}

/// `GET /api/v5/account/trade-fee?instType=…`: the stand-in's one fee tier (Lv1): spot and
/// margin taker 0.1 %, maker 0.08 %; futures and swaps taker 0.05 %, maker 0.02 %; options
/// 0.03 % both. Negative is a charge (fact sheet §3.9). `instId` only with SPOT/MARGIN,
/// `instFamily` only with FUTURES/SWAP/OPTION (51000 otherwise); `groupId` with either: 50024.
pub(crate) fn trade_fee(ctx: &Ctx) -> Reply {
    if let Err(r) = account_of(ctx) {
        return r;
    }
    let p = &ctx.params;
    let inst_type = match p.required("instType") {
        Ok(t) => t,
        Err(r) => return r,
    };
    let (taker, maker) = match inst_type {
        "SPOT" | "MARGIN" => ("-0.001", "-0.0008"),
        "SWAP" | "FUTURES" => ("-0.0005", "-0.0002"),
        "OPTION" => ("-0.0003", "-0.0003"),
        "EVENTS" => ("0", "0"),
        _ => return Reply::param_error("instType"),
    };
    let spotlike = matches!(inst_type, "SPOT" | "MARGIN");
    let market = &ctx.shared.market;
    if let Some(id) = p.get("instId") {
        if !spotlike {
            return Reply::param_error("instId");
        }
        if market.find(id).is_none() {
            return Reply::no_instrument();
        }
    }
    if let Some(f) = p.get("instFamily") {
        if spotlike || !(0..market.all().len()).any(|i| market.series(i).inst.family() == Some(f)) {
            return Reply::param_error("instFamily");
        }
    }
    if p.get("groupId").is_some() {
        for other in ["instId", "instFamily"] {
            if p.get(other).is_some() {
                return Reply::error(
                    200,
                    "50024",
                    &format!("Parameter groupId and {other} can not exist at the same time."),
                );
            }
        }
    }
    Reply::ok(vec![json!({
        "category": "1",
        "delivery": "",
        "exercise": "",
        "feeGroup": [{"groupId": "1", "maker": maker, "taker": taker}],
        "fiat": [],
        "instType": inst_type,
        "level": "Lv1",
        "maker": maker,
        "makerU": if spotlike { "" } else { maker },
        "makerUSDC": if spotlike { "" } else { maker },
        "ruleType": "normal",
        "taker": taker,
        "takerU": if spotlike { "" } else { taker },
        "takerUSDC": if spotlike { "" } else { taker },
        "ts": ctx.now_ms.to_string(),
    })])
}

/// Every account's open positions, with the owner's `uid` (`GET /__sim/positions`).
pub(crate) fn all_positions(shared: &crate::state::Shared) -> Vec<Value> {
    let orders = shared.orders();
    let now = shared.now_ms();
    orders
        .book
        .all_open()
        .into_iter()
        .map(|(uid, p)| {
            let inst = &shared.market.series(p.inst).inst;
            let avail = shared
                .accounts
                .iter()
                .find(|a| a.account.uid == uid)
                .zip(Terms::of(inst))
                .map_or(Amount::ZERO, |(a, t)| {
                    account::available(&lock(&a.balances), t.settle)
                });
            let mut v = p.to_json(&shared.market, avail, now);
            v["uid"] = uid.into();
            v
        })
        .collect()
}
