//! The funding account (derivatives fact sheet §7): `GET /api/v5/asset/balances`, `POST
//! /api/v5/asset/transfer` between the funding account (`6`) and the trading account (`18`),
//! `GET /api/v5/asset/transfer-state` and `GET /api/v5/asset/deposit-address`. The deposit and
//! withdrawal histories are in `asset_history.rs`.
//!
//! A transfer really moves money: out of one account's available balance into the other's (the
//! trading balances are the ones `/account/balance` and the orders use), at once by default, so
//! its state is `success` as soon as it is answered.
//!
//! A transfer delay (`Sim::set_transfer_delay_ms`, `POST /__sim/transfer-delay {"ms": N,
//! "busy": bool}`) makes transfers slow, as OKX warns they may be ("the HTTP result does not
//! necessarily reflect the actual transfer result", sheet §7.2): the amount leaves the source
//! account when the transfer is taken, the transfer is listed `pending` by `transfer-state`, and
//! it reaches the destination (state `success`) N ms later **on the sim clock** (so a test moves
//! it along with `set_clock_offset_ms` instead of sleeping). Due transfers are applied before
//! any request is answered and before `Sim::transfers`/`balance`/`funding_balance` read. Its
//! answer is code 0 with the `transId`, or with `busy` OKX's 58124 "Your transfer is being
//! processed, transfer id: N. Please check transfer-state" (the docs' words for a transfer taken
//! but not done when answered). A client ID is refused (58404) while its transfer is pending as
//! after it completed. Only type `0` (within the account) is served; the
//! sub-account types get 58127, as from a key that may not use them.
//!
//! Refusals, with where each code comes from:
//! * 50014 a missing `ccy`, `amt`, `from` or `to`; 51000 ("Parameter {x} error") a `from`/`to`
//!   other than 6 and 18, an `amt` that is not plain decimal text, a bad `clientId`, and a
//!   currency OKX does not list (not documented for this endpoint: 51000 is OKX's generic bad
//!   value, as in ccxt issue #14469's `Parameter from error` from a transfer).
//! * 58114 "Transfer amount must be more than 0" (ccxt's OKX error table).
//! * 58123 `from` equals `to` (sheet §7.2).
//! * 58350 "Insufficient balance", HTTP 200: what OKX answered a transfer above the available
//!   balance in ccxt issue #14642 (a funding-class code, okx-v5-facts §3); from the trading
//!   account, above `maxWd` of `/account/max-withdrawal` (`max_withdrawal.rs`), which open
//!   cross positions keep below the available balance.
//! * 58404 "ClientId already exists" (sheet §7.2).
//! * 58102 (HTTP 429) past 2 requests a second per account and currency (the route's key).
//!
//! `transfer-state` covers the last 2 weeks (sheet §7.3). What OKX answers for a `clientId` or
//! `transId` it does not know is not documented; GaloyMoney/stablesats-rs, which reconciles OKX
//! transfers by `clientId`, reads 58129 (and earlier 51000) as "no such transfer", so the sim
//! answers 58129.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Mutex;

use serde_json::{json, Value};

use crate::account::{self, AccountState};
use crate::amount::Amount;
use crate::calendar::DAY_MS;
use crate::leverage::{account_of, field, required};
use crate::max_withdrawal::max_wd;
use crate::routes::{Ctx, Reply};
use crate::state::{lock, Shared};
use crate::trade::body;
use crate::transfer_bills::{self, Stamp};
use crate::walk::hash;

/// `from`/`to`: the funding account.
pub(crate) const FUNDING: &str = "6";
/// `from`/`to`: the trading account.
pub(crate) const TRADING: &str = "18";
/// How far back `transfer-state` finds a transfer.
const STATE_DAYS: i64 = 14;

/// One currency of the funding account.
#[derive(Clone, Debug)]
pub(crate) struct Holding {
    pub(crate) ccy: String,
    pub(crate) bal: Amount,
    pub(crate) frozen: Amount,
}

impl Holding {
    fn available(&self) -> Amount {
        self.bal - self.frozen
    }
}

/// A transfer the account made.
#[derive(Clone, Debug)]
pub(crate) struct Transfer {
    pub(crate) trans_id: u64,
    pub(crate) client_id: String,
    pub(crate) ccy: String,
    pub(crate) amt: Amount,
    pub(crate) from: &'static str,
    pub(crate) to: &'static str,
    pub(crate) state: &'static str,
    pub(crate) ts: i64,
    /// When a `pending` transfer reaches its destination (sim clock ms).
    pub(crate) due: Option<i64>,
    /// Its trading-account bill, once it moved the trading balance (transfer_bills.rs).
    pub(crate) bill: Option<Stamp>,
}

impl Transfer {
    /// The `transfer-state` item (docs #funding-account-rest-api-get-funds-transfer-state).
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "amt": self.amt.to_string(),
            "ccy": self.ccy,
            "clientId": self.client_id,
            "from": self.from,
            "instId": "",
            "state": self.state,
            "subAcct": "",
            "to": self.to,
            "toInstId": "",
            "transId": self.trans_id.to_string(),
            "type": "0",
        })
    }
}

/// An account's funding side: its balances and the transfers it made. Locked after the trading
/// balances when both are needed.
pub(crate) struct Funding {
    pub(crate) holdings: Mutex<Vec<Holding>>,
    pub(crate) transfers: Mutex<Vec<Transfer>>,
    /// How long a transfer stays `pending` (sim clock ms; 0: done at once).
    pub(crate) delay_ms: AtomicI64,
    /// A delayed transfer is answered 58124 instead of code 0.
    pub(crate) busy_answer: AtomicBool,
}

impl Funding {
    /// Live accounts start with 2500 USDT, 0.1 BTC and 25 SOL in the funding account; demo
    /// accounts with 1000 USDT, 2 ETH and 50 OKB.
    pub(crate) fn new(demo: bool) -> Funding {
        let initial: &[(&str, &str)] = if demo {
            &[("USDT", "1000"), ("ETH", "2"), ("OKB", "50")]
        } else {
            &[("USDT", "2500"), ("BTC", "0.1"), ("SOL", "25")]
        };
        Funding {
            holdings: Mutex::new(
                initial
                    .iter()
                    .map(|(ccy, bal)| Holding {
                        ccy: ccy.to_string(),
                        bal: Amount::parse(bal).expect("literal amount"),
                        frozen: Amount::ZERO,
                    })
                    .collect(),
            ),
            transfers: Mutex::new(Vec::new()),
            delay_ms: AtomicI64::new(0),
            busy_answer: AtomicBool::new(false),
        }
    }

    /// `(availBal, frozenBal)` of `ccy`, as decimal text ("0" for a currency not held).
    pub(crate) fn balance(&self, ccy: &str) -> (String, String) {
        lock(&self.holdings)
            .iter()
            .find(|h| h.ccy == ccy)
            .map_or(("0".into(), "0".into()), |h| {
                (h.available().to_string(), h.frozen.to_string())
            })
    }
}

/// The currencies OKX lists, as far as the sim knows them: those of its instruments and a few
/// that have none here.
pub(crate) fn known_currency(shared: &Shared, ccy: &str) -> bool {
    ["USDC", "TON", "XRP"].contains(&ccy)
        || shared
            .market
            .all()
            .iter()
            .any(|s| s.inst.base_ccy == ccy || s.inst.quote_ccy == ccy)
}

/// Sets every account's transfer delay (see the module doc).
pub(crate) fn set_delay(shared: &Shared, ms: u64, busy: bool) {
    for a in &shared.accounts {
        let ms = i64::try_from(ms).unwrap_or(i64::MAX);
        a.funding.delay_ms.store(ms, Ordering::SeqCst);
        a.funding.busy_answer.store(busy, Ordering::SeqCst);
    }
}

/// Applies every pending transfer that is due: the amount reaches the destination account.
pub(crate) fn settle_due(shared: &Shared) {
    let now = shared.now_ms();
    for account in &shared.accounts {
        if !lock(&account.funding.transfers)
            .iter()
            .any(|t| t.due.is_some_and(|d| d <= now))
        {
            continue;
        }
        {
            let mut trading = lock(&account.balances);
            let mut holdings = lock(&account.funding.holdings);
            let mut transfers = lock(&account.funding.transfers);
            for k in 0..transfers.len() {
                let Some(due) = transfers[k].due.filter(|d| *d <= now) else {
                    continue;
                };
                let stamp = transfer_bills::stamp(&transfers, due);
                let t = &mut transfers[k];
                if t.to == FUNDING {
                    let i = holding_index(&mut holdings, &t.ccy);
                    holdings[i].bal = holdings[i].bal + t.amt;
                } else {
                    let e = account::entry(&mut trading, &t.ccy, now);
                    e.cash = e.cash + t.amt;
                    e.u_time = now;
                    // Into the trading account when it was due, not when the sim noticed.
                    t.bill = Some(stamp);
                }
                t.state = "success";
                t.due = None;
            }
        }
        shared.ws.balance_changed(&account.account.uid);
    }
}

/// The index of `ccy` among the holdings, added at 0 when absent.
fn holding_index(holdings: &mut Vec<Holding>, ccy: &str) -> usize {
    match holdings.iter().position(|h| h.ccy == ccy) {
        Some(i) => i,
        None => {
            holdings.push(Holding {
                ccy: ccy.to_string(),
                bal: Amount::ZERO,
                frozen: Amount::ZERO,
            });
            holdings.len() - 1
        }
    }
}

/// `GET /api/v5/asset/balances[?ccy=BTC,ETH]`: every currency with a balance, or those asked.
pub(crate) fn balances(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let wanted = match crate::account::wanted_ccys(ctx) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let holdings = lock(&account.funding.holdings).clone();
    let data = holdings
        .iter()
        .filter(|h| !h.bal.is_zero())
        .filter(|h| wanted.as_ref().is_none_or(|w| w.contains(&h.ccy.as_str())))
        .map(|h| {
            json!({
                "availBal": h.available().to_string(),
                "bal": h.bal.to_string(),
                "ccy": h.ccy,
                "frozenBal": h.frozen.to_string(),
            })
        })
        .collect();
    Reply::ok(data)
}

/// `POST /api/v5/asset/transfer`
pub(crate) fn transfer(ctx: &Ctx) -> Reply {
    match try_transfer(ctx) {
        Ok(r) | Err(r) => r,
    }
}

fn account_kind(name: &str, v: &str) -> Result<&'static str, Reply> {
    match v {
        FUNDING => Ok(FUNDING),
        TRADING => Ok(TRADING),
        _ => Err(Reply::param_error(name)),
    }
}

fn try_transfer(ctx: &Ctx) -> Result<Reply, Reply> {
    let account = account_of(ctx)?;
    let b = body(ctx)?;
    let ccy = required(&b, "ccy")?;
    let amt_text = required(&b, "amt")?;
    let from = account_kind("from", required(&b, "from")?)?;
    let to = account_kind("to", required(&b, "to")?)?;
    match field(&b, "type")? {
        None | Some("0") => {}
        Some("1" | "2" | "3" | "4") => {
            return Err(Reply::error(
                200,
                "58127",
                "Main account API key does not support current transfer type parameter. Please refer to the API documentation.",
            ))
        }
        Some(_) => return Err(Reply::param_error("type")),
    }
    let client_id = field(&b, "clientId")?.unwrap_or("");
    if client_id.len() > 32 || !client_id.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Reply::param_error("clientId"));
    }
    if from == to {
        return Err(Reply::error(
            200,
            "58123",
            "Parameter from cannot equal to parameter to.",
        ));
    }
    let amt = match Amount::parse(amt_text) {
        Some(a) if a.is_positive() => a,
        Some(_) => {
            return Err(Reply::error(
                200,
                "58114",
                "Transfer amount must be more than 0.",
            ))
        }
        None => return Err(Reply::param_error("amt")),
    };
    if !known_currency(ctx.shared, ccy) {
        return Err(Reply::param_error("ccy"));
    }
    let now = ctx.now_ms;
    let record = {
        // Orders (positions), then trading balances, then the funding side: the sim's lock order.
        let orders = ctx.shared.orders();
        let mut trading = lock(&account.balances);
        let mut holdings = lock(&account.funding.holdings);
        let mut transfers = lock(&account.funding.transfers);
        if !client_id.is_empty() && transfers.iter().any(|t| t.client_id == client_id) {
            return Err(Reply::error(200, "58404", "ClientId already exists"));
        }
        let funding_avail = holdings
            .iter()
            .find(|h| h.ccy == ccy)
            .map_or(Amount::ZERO, Holding::available);
        let source_avail = if from == FUNDING {
            funding_avail
        } else {
            // Open cross positions keep part of it (`max_withdrawal.rs`).
            let derivs = orders.book.get(&account.account.uid);
            max_wd(&trading, derivs, &ctx.shared.market, ccy, now)
        };
        if source_avail < amt {
            return Err(Reply::error(200, "58350", "Insufficient balance"));
        }
        let delay = account.funding.delay_ms.load(Ordering::SeqCst);
        let due = (delay > 0).then(|| now.saturating_add(delay));
        // Out of the source now; into the destination now, or when due.
        let i = holding_index(&mut holdings, ccy);
        if from == FUNDING {
            holdings[i].bal = holdings[i].bal - amt;
        }
        if to == FUNDING && due.is_none() {
            holdings[i].bal = holdings[i].bal + amt;
        }
        if from == TRADING || due.is_none() {
            let t = account::entry(&mut trading, ccy, now);
            t.cash = if from == TRADING {
                t.cash - amt
            } else {
                t.cash + amt
            };
            t.u_time = now;
        }
        let record = Transfer {
            trans_id: next_trans_id(account, transfers.len()),
            client_id: client_id.to_string(),
            ccy: ccy.to_string(),
            amt,
            from,
            to,
            state: if due.is_some() { "pending" } else { "success" },
            ts: now,
            due,
            // The trading side moves now unless the money is still on its way to it.
            bill: (from == TRADING || due.is_none())
                .then(|| transfer_bills::stamp(&transfers, now)),
        };
        transfers.push(record.clone());
        record
    };
    ctx.shared.ws.balance_changed(&account.account.uid);
    if record.due.is_some() && account.funding.busy_answer.load(Ordering::SeqCst) {
        return Ok(Reply::error(
            200,
            "58124",
            &format!(
                "Your transfer is being processed, transfer id: {}. Please check transfer-state",
                record.trans_id
            ),
        ));
    }
    Ok(Reply::ok(vec![json!({
        "transId": record.trans_id.to_string(),
        "ccy": record.ccy,
        "clientId": record.client_id,
        "from": record.from,
        "amt": amt_text,
        "to": record.to,
    })]))
}

/// Transfer IDs: numeric, different per account, increasing.
fn next_trans_id(account: &AccountState, made: usize) -> u64 {
    let base = hash(0x7472_616e_7366_6572, account.account.uid.len() as i64, 0) % 1_000_000;
    300_000_000 + base * 100 + made as u64
}

/// `GET /api/v5/asset/transfer-state?transId=…|clientId=…`
pub(crate) fn transfer_state(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let (name, wanted) = match (p.get("transId"), p.get("clientId")) {
        (Some(id), _) => ("transId", id),
        (None, Some(c)) => ("clientId", c),
        (None, None) => return Reply::param_empty("transId"),
    };
    if p.get("type")
        .is_some_and(|t| !["0", "1", "2", "3", "4"].contains(&t))
    {
        return Reply::param_error("type");
    }
    let oldest = ctx.now_ms - STATE_DAYS * DAY_MS;
    let found = lock(&account.funding.transfers)
        .iter()
        .rev()
        .find(|t| {
            t.ts >= oldest
                && if name == "transId" {
                    t.trans_id.to_string() == wanted
                } else {
                    t.client_id == wanted
                }
        })
        .map(Transfer::to_json);
    match found {
        Some(t) => Reply::ok(vec![t]),
        None => Reply::error(200, "58129", &format!("Parameter {name} error")),
    }
}

/// The chains the sim gives deposit addresses on, per currency, and whether the chain needs a
/// tag (XRP) or a memo (TON).
pub(crate) fn chains(ccy: &str) -> Vec<(String, &'static str)> {
    let named: &[(&str, &'static str)] = match ccy {
        "USDT" => &[("USDT-TRC20", ""), ("USDT-ERC20", ""), ("USDT-Polygon", "")],
        "USDC" => &[("USDC-ERC20", ""), ("USDC-Solana", "")],
        "BTC" => &[("BTC-Bitcoin", "")],
        "ETH" => &[("ETH-ERC20", ""), ("ETH-Arbitrum One", "")],
        "XRP" => &[("XRP-Ripple", "tag")],
        "TON" => &[("TON-TON", "memo")],
        _ => &[],
    };
    if named.is_empty() {
        return vec![(format!("{ccy}-{ccy}"), "")];
    }
    named.iter().map(|(c, k)| (c.to_string(), *k)).collect()
}

/// `GET /api/v5/asset/deposit-address?ccy=…`: an address per chain, the same on every run.
pub(crate) fn deposit_address(ctx: &Ctx) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let ccy = match ctx.params.required("ccy") {
        Ok(c) => c,
        Err(r) => return r,
    };
    if !known_currency(ctx.shared, ccy) {
        return Reply::param_error("ccy");
    }
    let uid = &account.account.uid;
    let data = chains(ccy)
        .into_iter()
        .enumerate()
        .map(|(i, (chain, extra))| {
            let h = chain
                .bytes()
                .fold(hash(0xadd7, uid.len() as i64, 0), |h, b| {
                    hash(h, i64::from(b), i as i64)
                });
            let addr = format!(
                "0x{h:016x}{:016x}{:08x}",
                hash(h, 1, 0),
                hash(h, 2, 0) >> 32
            );
            let mut item = json!({
                "chain": chain,
                "ctAddr": "",
                "ccy": ccy,
                "to": FUNDING,
                "addr": addr,
                "verifiedName": "",
                "selected": i == 0,
            });
            if extra == "tag" {
                item["tag"] = (h % 1_000_000_000).to_string().into();
            } else if extra == "memo" {
                item["memo"] = (h % 100_000_000).to_string().into();
            }
            item
        })
        .collect();
    Reply::ok(data)
}
