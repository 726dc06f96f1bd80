//! `GET /api/v5/account/max-withdrawal[?ccy=BTC,ETH]`: what may leave the trading account for
//! the funding account now, per currency, and the limit `asset/transfer` applies to a transfer
//! out of the trading account.
//!
//! OKX's docs (#trading-account-rest-api-get-maximum-withdrawals): "the maximum transferable
//! amount from trading account to funding account"; `ccy` optional, one or up to 20
//! comma-separated; without it "the transferable amount of all owned currencies"; 20 requests per
//! 2 s per user ID; fields `ccy`, `maxWd`, `maxWdEx` (including borrowed assets: the stand-in
//! lends nothing, so the same), `spotOffsetMaxWd` and `spotOffsetMaxWdEx` (Portfolio margin
//! only: `""` here). The docs give no formula; the fact sheets have none either.
//!
//! The stand-in's model, on top of its margin model (`positions.rs`): `availBal` already leaves
//! out what open orders froze and the margin positions posted at their fill prices. OKX keeps a
//! cross position's margin marked to market and does not let an unrealised loss leave, so
//! `maxWd` is `availBal` less, for the currency's CROSS positions only (an isolated position's
//! margin is its own),
//! * what their initial margin at the mark price exceeds the margin posted, and
//! * their unrealised loss (a profit adds nothing),
//!
//! and never below 0. Without open cross positions `maxWd` is `availBal`. With one it is lower
//! whenever the mark price is not exactly the fill price (a market buy fills at the ask, above
//! the mark). A transfer from the trading account above `maxWd` gets 58350 "Insufficient
//! balance", as one above the available balance does.

use serde_json::{json, Value};

use crate::account::{available, Balance};
use crate::amount::Amount;
use crate::asset::known_currency;
use crate::market::Market;
use crate::positions::Derivs;
use crate::routes::{Ctx, Reply};
use crate::state::lock;

/// What may leave the trading account of `ccy` now (see the module doc).
pub(crate) fn max_wd(
    balances: &[Balance],
    derivs: Option<&Derivs>,
    market: &Market,
    ccy: &str,
    now_ms: i64,
) -> Amount {
    let avail = available(balances, ccy);
    let Some(d) = derivs else {
        return avail;
    };
    let r = d.risk(market, ccy, now_ms);
    let cross_margin = r.margin - r.iso_margin;
    let cross_upl = r.upl - r.iso_upl;
    let mut need = Amount::ZERO;
    if r.imr > cross_margin {
        need = need + (r.imr - cross_margin);
    }
    if cross_upl.is_negative() {
        need = need - cross_upl;
    }
    if need >= avail {
        Amount::ZERO
    } else {
        avail - need
    }
}

/// `GET /api/v5/account/max-withdrawal`
pub(crate) fn max_withdrawal(ctx: &Ctx) -> Reply {
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let wanted = match crate::account::wanted_ccys(ctx) {
        Ok(w) => w,
        Err(r) => return r,
    };
    // Orders (and positions) before balances, the sim's lock order.
    let orders = ctx.shared.orders();
    let balances = lock(&account.balances).clone();
    let derivs = orders.book.get(&account.account.uid);
    let item = |ccy: &str| -> Value {
        let wd = max_wd(&balances, derivs, &ctx.shared.market, ccy, ctx.now_ms).to_string();
        json!({
            "ccy": ccy,
            "maxWd": wd.clone(),
            "maxWdEx": wd,
            "spotOffsetMaxWd": "",
            "spotOffsetMaxWdEx": "",
        })
    };
    let data = match wanted {
        // A currency OKX lists but the account does not hold: 0 may leave. One OKX does not list
        // is left out (the docs say nothing of it).
        Some(w) => w
            .iter()
            .filter(|c| known_currency(ctx.shared, c))
            .map(|c| item(c))
            .collect(),
        None => balances
            .iter()
            .filter(|b| !b.cash.is_zero())
            .map(|b| item(&b.ccy))
            .collect(),
    };
    Reply::ok(data)
}
