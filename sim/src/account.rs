//! Accounts and their balances (shared and mutable: orders freeze, release and move them) and
//! `GET /api/v5/account/balance` (docs #trading-account-rest-api-get-balance, fact sheet §3.6).
//! Accounts are in Futures mode (`acctLv` 2) unless switched to Spot mode; a currency that
//! margins SWAP/FUTURES positions shows their unrealised PnL (`upl`, in `eq`), margins (`imr`,
//! `mmr`, `isoEq`) and frozen margin (`frozenBal` less `ordFrozen`); other margin fields are
//! `""`. USD values use the currency's `-USDT` last price (USDT and USDC count as 1 USD).

use std::sync::Mutex;

use serde_json::{json, Value};

use crate::amount::Amount;
use crate::market::Market;
use crate::positions::CcyRisk;
use crate::routes::{Ctx, Reply};
use crate::state::{lock, Shared};
use crate::Account;

/// One currency of a trading account.
#[derive(Clone, Debug)]
pub(crate) struct Balance {
    pub(crate) ccy: String,
    /// Cash balance, including what open orders have frozen.
    pub(crate) cash: Amount,
    /// Frozen by open orders.
    pub(crate) frozen: Amount,
    /// Last change, sim clock ms.
    pub(crate) u_time: i64,
}

impl Balance {
    /// What new orders may use: the cash balance less what open orders have frozen.
    pub(crate) fn available(&self) -> Amount {
        self.cash - self.frozen
    }
}

/// The balance of `ccy`, added (empty) if the account has never held it.
pub(crate) fn entry<'a>(balances: &'a mut Vec<Balance>, ccy: &str, now_ms: i64) -> &'a mut Balance {
    let i = match balances.iter().position(|b| b.ccy == ccy) {
        Some(i) => i,
        None => {
            balances.push(Balance {
                ccy: ccy.to_string(),
                cash: Amount::ZERO,
                frozen: Amount::ZERO,
                u_time: now_ms,
            });
            balances.len() - 1
        }
    };
    &mut balances[i]
}

/// The available balance of `ccy` (zero if the account has never held it).
pub(crate) fn available(balances: &[Balance], ccy: &str) -> Amount {
    balances
        .iter()
        .find(|b| b.ccy == ccy)
        .map_or(Amount::ZERO, Balance::available)
}

pub(crate) struct AccountState {
    pub(crate) account: Account,
    pub(crate) balances: Mutex<Vec<Balance>>,
    /// The funding account (`asset.rs`).
    pub(crate) funding: crate::asset::Funding,
}

impl AccountState {
    pub(crate) fn new(account: Account, now_ms: i64) -> AccountState {
        let initial: &[(&str, &str)] = if account.demo {
            &[
                ("USDT", "5000"),
                ("BTC", "1"),
                ("ETH", "10"),
                ("OKB", "100"),
            ]
        } else {
            &[("USDT", "10000"), ("BTC", "0.5"), ("ETH", "3")]
        };
        let balances = initial
            .iter()
            .map(|(ccy, amount)| Balance {
                ccy: ccy.to_string(),
                cash: Amount::parse(amount).expect("literal amount"),
                frozen: Amount::ZERO,
                u_time: now_ms,
            })
            .collect();
        AccountState {
            funding: crate::asset::Funding::new(account.demo),
            account,
            balances: Mutex::new(balances),
        }
    }
}

/// The most currencies one balance request may name.
const MAX_CCYS: usize = 20;

/// The currencies a request's `ccy` names (`BTC,ETH`), at most [`MAX_CCYS`]; `None` when it
/// names none. An empty name or too many is OKX's 51000 on `ccy`.
pub(crate) fn wanted_ccys<'a>(ctx: &'a Ctx) -> Result<Option<Vec<&'a str>>, Reply> {
    let wanted: Option<Vec<&str>> = ctx
        .params
        .get("ccy")
        .map(|list| list.split(',').map(str::trim).collect());
    if let Some(w) = &wanted {
        if w.len() > MAX_CCYS || w.iter().any(|c| c.is_empty()) {
            return Err(Reply::param_error("ccy"));
        }
    }
    Ok(wanted)
}

/// `GET /api/v5/account/balance[?ccy=BTC,ETH]`
pub(crate) fn balance(ctx: &Ctx) -> Reply {
    // Only reachable if the route table marked this endpoint public.
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let wanted = match crate::account::wanted_ccys(ctx) {
        Ok(w) => w,
        Err(r) => return r,
    };
    Reply::ok(vec![balance_data(
        ctx.shared,
        account,
        wanted.as_deref(),
        ctx.now_ms,
    )])
}

/// The `data[0]` object of `/account/balance` (also what the WebSocket `account` channel
/// pushes): every currency with a non-zero cash balance, or only those in `wanted`.
pub(crate) fn balance_data(
    shared: &Shared,
    account: &AccountState,
    wanted: Option<&[&str]>,
    now_ms: i64,
) -> Value {
    let (balances, risks) = {
        // Orders (and positions) before balances, the sim's lock order.
        let orders = shared.orders();
        let balances = lock(&account.balances).clone();
        let derivs = orders.book.get(&account.account.uid);
        let risks: Vec<CcyRisk> = balances
            .iter()
            .map(|b| {
                derivs.map_or_else(CcyRisk::default, |d| d.risk(&shared.market, &b.ccy, now_ms))
            })
            .collect();
        (balances, risks)
    };
    let mut total = Amount::ZERO;
    let mut details = Vec::new();
    for (b, r) in balances.iter().zip(risks) {
        if b.cash.is_zero() || wanted.is_some_and(|w| !w.contains(&b.ccy.as_str())) {
            continue;
        }
        let eq_usd = usd_value(&shared.market, &b.ccy, b.cash + r.upl, now_ms);
        total = total + eq_usd;
        details.push(detail(b, &r, eq_usd));
    }
    json!({
        "adjEq": "",
        "availEq": "",
        "borrowFroz": "",
        "delta": "",
        "deltaLever": "",
        "deltaNeutralStatus": "",
        "details": details,
        "imr": "",
        "isoEq": "0",
        "mgnRatio": "",
        "mmr": "",
        "notionalUsd": "",
        "notionalUsdForBorrow": "",
        "notionalUsdForFutures": "",
        "notionalUsdForOption": "",
        "notionalUsdForSwap": "",
        "ordFroz": "",
        "totalEq": total.to_string(),
        "uTime": now_ms.to_string(),
        "upl": "",
    })
}

/// `amount` of `ccy` in USD at the current `{ccy}-USDT` price; 0 if there is no such market.
pub(crate) fn usd_value(market: &Market, ccy: &str, amount: Amount, now_ms: i64) -> Amount {
    if ccy == "USDT" || ccy == "USDC" {
        return amount;
    }
    match market.find(&format!("{ccy}-USDT")) {
        Some(idx) => amount.times_price(
            market.last_price(idx, now_ms),
            market.series(idx).inst.tick_dec,
        ),
        None => Amount::ZERO,
    }
}

fn detail(b: &Balance, r: &CcyRisk, eq_usd: Amount) -> Value {
    let avail = b.available().to_string();
    let risk = |a: Amount| if r.any { a.to_string() } else { String::new() };
    json!({
        "accAvgPx": "",
        "availBal": avail.clone(),
        "availEq": avail,
        "borrowFroz": "",
        "cashBal": b.cash.to_string(),
        "ccy": b.ccy.clone(),
        "clSpotInUseAmt": "",
        "colBorrAutoConversion": "0",
        "colRes": "0",
        "collateralEnabled": false,
        "collateralRestrict": false,
        "crossLiab": "",
        "disEq": eq_usd.to_string(),
        "eq": (b.cash + r.upl).to_string(),
        "eqUsd": eq_usd.to_string(),
        "fixedBal": "0",
        "frozenBal": b.frozen.to_string(),
        "imr": risk(r.imr),
        "interest": "",
        "isoEq": risk(r.iso_margin + r.iso_upl),
        "isoLiab": "",
        "isoUpl": risk(r.iso_upl),
        "liab": "",
        "maxLoan": "",
        "maxSpotInUse": "",
        "mgnRatio": "",
        "mmr": risk(r.mmr),
        "notionalLever": "",
        "openAvgPx": "",
        "ordFrozen": (b.frozen - r.margin).to_string(),
        "rewardBal": "0",
        "smtSyncEq": "0",
        "spotBal": "",
        "spotCopyTradingEq": "0",
        "spotInUseAmt": "",
        "spotIsoBal": "0",
        "spotUpl": "",
        "spotUplRatio": "",
        "stgyEq": "0",
        "totalPnl": "",
        "totalPnlRatio": "",
        "twap": "0",
        "uTime": b.u_time.to_string(),
        "upl": risk(r.upl),
        "uplLiab": "",
    })
}
