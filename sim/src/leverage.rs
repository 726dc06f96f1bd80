//! Account configuration and leverage (derivatives fact sheet §3.3–§3.6): `GET
//! /account/config`, `POST /account/set-position-mode`, `POST /account/set-leverage` and `GET
//! /account/leverage-info`, and the Spot-mode switch tests use (`Sim::set_account_level`).

use serde_json::{json, Value};

use crate::account::{self, AccountState};
use crate::amount::Amount;
use crate::positions::{bal_data, MgnMode, PosMode, PosSide, PositionEvent, Terms};
use crate::routes::{Ctx, Reply};
use crate::state::{lock, Shared};
use crate::trade::{body, is_empty, text, Body};

/// The authenticated account, or the answer to a route wrongly marked public.
pub(crate) fn account_of<'a>(ctx: &Ctx<'a>) -> Result<&'a AccountState, Reply> {
    ctx.account
        .ok_or_else(|| Reply::error(401, "50114", "Invalid authorization"))
}

/// A body field as text; a non-string is 51000.
pub(crate) fn field<'a>(b: &'a Body, name: &str) -> Result<Option<&'a str>, Reply> {
    text(b, name).map_err(|_| Reply::param_error(name))
}

/// A required body field: 50014 when absent or empty.
pub(crate) fn required<'a>(b: &'a Body, name: &str) -> Result<&'a str, Reply> {
    if is_empty(b, name) {
        return Err(Reply::param_empty(name));
    }
    field(b, name).map(Option::unwrap_or_default)
}

/// 50025: more comma-separated values than an endpoint takes.
pub(crate) fn too_many(name: &str, max: usize) -> Reply {
    Reply::error(
        200,
        "50025",
        &format!("Parameter {name} count exceeds the limit {max}."),
    )
}

/// `GET /api/v5/account/config`
pub(crate) fn config(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let (acct_lv, pos_mode) = ctx.shared.orders().book.config(&account.account.uid);
    let a = &account.account;
    Reply::ok(vec![json!({
        "acctLv": acct_lv,
        "acctStpMode": "cancel_maker",
        "autoLoan": false,
        "ctIsoMode": "automatic",
        "enableSpotBorrow": false,
        "feeType": "0",
        "greeksType": "PA",
        "ip": "",
        "kycLv": "2",
        "label": if a.demo { "okx-sim demo" } else { "okx-sim live" },
        "level": "Lv1",
        "levelTmp": "",
        "liquidationGear": "-1",
        "mainUid": a.uid.clone(),
        "mgnIsoMode": "automatic",
        "opAuth": "0",
        "perm": "read_only,trade",
        "posMode": pos_mode.as_str(),
        "roleType": "0",
        "settleCcy": "USDT",
        "settleCcyList": ["USDT"],
        "spotBorrowAutoRepay": false,
        "spotOffsetType": "",
        "spotRoleType": "0",
        "spotTraderInsts": [],
        "stgyType": "0",
        "traderInsts": [],
        "type": "0",
        "uid": a.uid.clone(),
    })])
}

const SETTINGS_BLOCKED: &str =
    "Settings failed. Close any open positions or orders before modifying settings.";

/// `POST /api/v5/account/set-position-mode` `{"posMode": "long_short_mode"|"net_mode"}`:
/// 59000 while the account has an open SWAP/FUTURES position or any pending order.
pub(crate) fn set_position_mode(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let b = match body(ctx) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mode = match required(&b, "posMode").map(PosMode::parse) {
        Ok(Some(m)) => m,
        Ok(None) => return Reply::param_error("posMode"),
        Err(r) => return r,
    };
    let uid = account.account.uid.as_str();
    let mut orders = ctx.shared.orders();
    if busy(&orders, uid) {
        return Reply::error(200, "59000", SETTINGS_BLOCKED);
    }
    orders.book.of(uid).pos_mode = mode;
    Reply::ok(vec![json!({"posMode": mode.as_str()})])
}

/// Whether `uid` has an open position or a pending order.
fn busy(orders: &crate::orders::Orders, uid: &str) -> bool {
    orders
        .book
        .get(uid)
        .is_some_and(|d| d.open().next().is_some())
        || orders
            .all()
            .iter()
            .any(|o| o.uid == uid && o.state.is_pending())
}

impl Shared {
    /// Switches the account of `api_key` to Spot mode (`"1"`) or Futures mode (`"2"`), as OKX's
    /// web page does; refused while it has open positions or pending orders.
    pub(crate) fn set_account_level(&self, api_key: &str, acct_lv: &str) -> Result<(), String> {
        let account = self
            .account_by_key(api_key)
            .ok_or_else(|| format!("no account has the API key {api_key:?}"))?;
        let lv = match acct_lv {
            "1" => "1",
            "2" => "2",
            _ => {
                return Err(format!(
                    "acctLv {acct_lv:?}: the stand-in has \"1\" and \"2\""
                ))
            }
        };
        let mut orders = self.orders();
        let uid = account.account.uid.as_str();
        if busy(&orders, uid) {
            return Err("the account has open positions or pending orders".into());
        }
        orders.book.of(uid).acct_lv = lv;
        Ok(())
    }
}

/// `lever` as OKX takes it: a positive decimal with at most two decimals.
fn parse_lever(t: &str) -> Option<Amount> {
    Amount::parse_positive(t).filter(|a| a.units(2).is_some())
}

/// `POST /api/v5/account/set-leverage`. Leverage is kept per instrument and margin mode (cross
/// FUTURES: per instrument family), and per side for isolated positions in long/short mode.
/// Checks: `lever` and `mgnMode` (50014, 51000), `instId` (50014; `ccy`-only requests are spot
/// margin, not simulated: 51000), the instrument (51001; spot pairs and options 51000),
/// `posSide` (51000: required for isolated in long/short mode, refused elsewhere), `lever`
/// below 1 (59105, HTTP 400) or above the instrument's `lever` (59102), pending orders in the
/// margin mode on the instrument (isolated 59101, cross 59107). Open positions it governs take
/// the new leverage, their margin rescaled by old / new leverage (59103 when the balance cannot
/// cover an increase).
pub(crate) fn set_leverage(ctx: &Ctx) -> Reply {
    match try_set_leverage(ctx) {
        Ok(r) | Err(r) => r,
    }
}

fn try_set_leverage(ctx: &Ctx) -> Result<Reply, Reply> {
    let account = account_of(ctx)?;
    let b = body(ctx)?;
    let lever_text = required(&b, "lever")?;
    let mgn =
        MgnMode::parse(required(&b, "mgnMode")?).ok_or_else(|| Reply::param_error("mgnMode"))?;
    let Some(inst_id) = field(&b, "instId")? else {
        return Err(if field(&b, "ccy")?.is_some() {
            Reply::param_error("ccy")
        } else {
            Reply::param_empty("instId")
        });
    };
    let market = &ctx.shared.market;
    let idx = market.find(inst_id).ok_or_else(Reply::no_instrument)?;
    let inst = &market.series(idx).inst;
    let t = Terms::of(inst).ok_or_else(|| Reply::param_error("instId"))?;
    let pos_side_text = field(&b, "posSide")?;
    let lever = parse_lever(lever_text).ok_or_else(|| Reply::param_error("lever"))?;
    let uid = account.account.uid.as_str();
    let mut orders = ctx.shared.orders();
    let (_, pos_mode) = orders.book.config(uid);
    let side = match (mgn, pos_mode, pos_side_text) {
        (MgnMode::Isolated, PosMode::LongShort, Some("long")) => PosSide::Long,
        (MgnMode::Isolated, PosMode::LongShort, Some("short")) => PosSide::Short,
        (MgnMode::Isolated, PosMode::LongShort, None) => return Err(Reply::param_error("posSide")),
        (_, _, None) => PosSide::Net,
        _ => return Err(Reply::param_error("posSide")),
    };
    if lever < Amount::ONE {
        return Err(Reply::error(
            400,
            "59105",
            "Leverage can't be less than 1. Please increase the leverage.",
        ));
    }
    if lever > Amount::parse(inst.lever).unwrap_or(Amount::ONE) {
        return Err(Reply::error(
            200,
            "59102",
            "Leverage exceeds the maximum limit. Please lower the leverage.",
        ));
    }
    let scope_family = inst.inst_type == "FUTURES" && mgn == MgnMode::Cross;
    let pending = orders.all().iter().any(|o| {
        let other = &market.series(o.inst).inst;
        o.uid == uid
            && o.state.is_pending()
            && o.deriv.as_ref().is_some_and(|d| d.mgn_mode == mgn)
            && if scope_family {
                other.family() == inst.family() && other.inst_type == "FUTURES"
            } else {
                o.inst == idx
            }
    });
    if pending {
        return Err(match mgn {
            MgnMode::Isolated => Reply::error(
                200,
                "59101",
                "Leverage can't be modified. Please cancel all pending isolated margin orders before adjusting the leverage.",
            ),
            MgnMode::Cross => Reply::error(
                200,
                "59107",
                "Leverage can't be modified. Please cancel all pending cross-margin orders before adjusting the leverage.",
            ),
        });
    }
    let now = ctx.now_ms;
    let derivs = orders.book.of(uid);
    let governed: Vec<usize> = derivs
        .governed_by(market, inst, mgn, side)
        .into_iter()
        .filter(|&i| !derivs.positions[i].pos.is_zero())
        .collect();
    let rescaled: Vec<(usize, Amount)> = governed
        .iter()
        .map(|&i| {
            let p = &derivs.positions[i];
            (i, p.margin.mul_div(p.lever, lever))
        })
        .collect();
    let increase = rescaled.iter().fold(Amount::ZERO, |s, &(i, m)| {
        s + (m - derivs.positions[i].margin)
    });
    let mut balances = lock(&account.balances);
    if increase.is_positive() && account::available(&balances, t.settle) < increase {
        return Err(Reply::error(
            200,
            "59103",
            "Account margin is insufficient and leverage is too low. Please increase the leverage.",
        ));
    }
    derivs.set_lever(inst, mgn, side, lever);
    if !rescaled.is_empty() {
        let settle = account::entry(&mut balances, t.settle, now);
        settle.frozen = settle.frozen + increase;
        settle.u_time = now;
        for &(i, m) in &rescaled {
            let p = &mut derivs.positions[i];
            p.margin = m;
            p.lever = lever;
            p.u_time = now;
        }
        let avail = settle.available();
        let bal = bal_data(settle);
        let event = PositionEvent {
            uid: uid.to_string(),
            event_type: "set_leverage",
            positions: rescaled
                .iter()
                .map(|&(i, _)| derivs.positions[i].to_json(market, avail, now))
                .collect(),
            pos_data: rescaled
                .iter()
                .map(|&(i, _)| derivs.positions[i].pos_data(market))
                .collect(),
            bal_data: vec![bal],
            trades: Vec::new(),
            p_time: now,
        };
        orders.book.push_event(event);
    }
    drop(balances);
    drop(orders);
    ctx.shared.publish_order_events();
    Ok(Reply::ok(vec![json!({
        "lever": lever.to_string(),
        "mgnMode": mgn.as_str(),
        "instId": inst.inst_id,
        "posSide": pos_side_text.unwrap_or(""),
    })]))
}

/// The most instruments one `leverage-info` request may name.
const MAX_LEVER_INSTS: usize = 20;

/// `GET /api/v5/account/leverage-info?instId=…&mgnMode=…`: one row per instrument (`posSide`
/// `net`), or two in long/short mode (`long`, `short`).
pub(crate) fn leverage_info(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let mgn = match p.required("mgnMode").map(MgnMode::parse) {
        Ok(Some(m)) => m,
        Ok(None) => return Reply::param_error("mgnMode"),
        Err(r) => return r,
    };
    let Some(ids) = p.get("instId") else {
        return if p.get("ccy").is_some() {
            Reply::param_error("ccy")
        } else {
            Reply::error(400, "50015", "Either parameter instId or ccy is required")
        };
    };
    let ids: Vec<&str> = ids.split(',').collect();
    if ids.len() > MAX_LEVER_INSTS {
        return too_many("instId", MAX_LEVER_INSTS);
    }
    let market = &ctx.shared.market;
    let orders = ctx.shared.orders();
    let uid = account.account.uid.as_str();
    let (_, pos_mode) = orders.book.config(uid);
    let default = crate::positions::Derivs::default();
    let derivs = orders.book.get(uid).unwrap_or(&default);
    let mut rows: Vec<Value> = Vec::new();
    for id in ids {
        let Some(idx) = market.find(id) else {
            return Reply::no_instrument();
        };
        let inst = &market.series(idx).inst;
        if Terms::of(inst).is_none() {
            return Reply::param_error("instId");
        }
        let sides: &[PosSide] = match pos_mode {
            PosMode::Net => &[PosSide::Net],
            PosMode::LongShort => &[PosSide::Long, PosSide::Short],
        };
        for &side in sides {
            rows.push(json!({
                "instId": inst.inst_id,
                "ccy": "",
                "mgnMode": mgn.as_str(),
                "posSide": side.as_str(),
                "lever": derivs.lever(inst, mgn, side).to_string(),
            }));
        }
    }
    Reply::ok(rows)
}
