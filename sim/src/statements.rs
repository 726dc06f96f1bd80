//! The account's statements (derivatives fact sheet §3.10, §3.11): fills (`/trade/fills`, the
//! last 3 days; `/trade/fills-history`, the last 3 months) and bills (`/account/bills`, the last
//! 7 days; `/account/bills-archive`, the last 3 months), and orders older than 7 days
//! (`/trade/orders-history-archive`, routed to the order list).
//!
//! The rows are generated, a pure function of the account's UID and a time slot, so any range
//! is computed from its slots alone and is the same on every run: one fill in each
//! [`FILL_SLOT_MS`] at a hashed place in it (every third a BTC-USDT-SWAP fill, the others
//! BTC-USDT), and its trade bill; a funding fee bill (type 8, subType 173 expense / 174 income)
//! every 8 hours; one transfer bill (type 1) a day. The fills made by the stand-in's own trading
//! and their bills (fill_log.rs), and the bills of the account's transfers between its funding
//! and trading accounts (transfer_bills.rs), are served with them. `billId`s strictly increase with time (the
//! row's `ts` times [`BILL_ID_PER_MS`] plus 1 to 4 for a generated row's kind, 10 and up for
//! real fills, 5000 and up for transfers), which is how OKX's cursors page them:
//! newest first, `after` = older than that billId, `before` = newer (alone: the newest newer
//! ones), `begin`/`end` on `ts`, `limit` ≤ 100.

use serde_json::{json, Value};

use crate::account::AccountState;
use crate::calendar::DAY_MS;
use crate::fill_log::FillLog;
use crate::routes::{Ctx, Reply};
use crate::transfer_bills;
use crate::walk::hash;

const HOUR_MS: i64 = 3_600_000;
/// `billId`s per millisecond: a row's is its `ts` times this plus a number below it.
pub(crate) const BILL_ID_PER_MS: i64 = 10_000;
/// One fill in each slot.
pub(crate) const FILL_SLOT_MS: i64 = 3 * HOUR_MS;
const FUNDING_MS: i64 = 8 * HOUR_MS;
const DOMAIN_FILL: u64 = 0x6669_6c6c_0015;
const DOMAIN_XFER: u64 = 0x7866_6572_0015;

/// Which endpoint, and so how far back it serves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Fills,
    FillsHistory,
    Bills,
    BillsArchive,
}

impl Kind {
    fn days(self) -> i64 {
        match self {
            Kind::Fills => 3,
            Kind::Bills => 7,
            Kind::FillsHistory | Kind::BillsArchive => 90,
        }
    }

    fn bills(self) -> bool {
        matches!(self, Kind::Bills | Kind::BillsArchive)
    }
}

fn seed(uid: &str) -> u64 {
    uid.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// `units` in 10^-`scale` as decimal text.
fn dec(units: i128, scale: u32) -> String {
    let neg = units < 0;
    let p = 10i128.pow(scale);
    let (i, f) = (units.abs() / p, units.abs() % p);
    let body = if scale == 0 {
        i.to_string()
    } else {
        format!("{i}.{f:0width$}", width = scale as usize)
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// The generated fill of slot `k`: its fill object and its bill.
fn fill(seed: u64, k: i64) -> (Value, Value) {
    let h = hash(seed ^ DOMAIN_FILL, k, 0);
    let ts = k * FILL_SLOT_MS + (h % FILL_SLOT_MS as u64) as i64;
    let bill_id = (ts * BILL_ID_PER_MS + 1).to_string();
    let swap = k.rem_euclid(3) == 0;
    let side = if h >> 32 & 1 == 0 { "buy" } else { "sell" };
    // Price in tenths of a USDT; size in thousandths of BTC (spot) or contracts (swap).
    let px = i128::from(600_000 + (h >> 8) % 50_000);
    let n = i128::from(1 + (h >> 40) % 5);
    let (inst_type, inst_id, sz, notional_e4) = if swap {
        // 0.01 BTC a contract.
        ("SWAP", "BTC-USDT-SWAP", dec(n, 0), px * n * 100)
    } else {
        ("SPOT", "BTC-USDT", dec(n, 3), px * n)
    };
    // A 0.1 % fee, charged (negative), in USDT to 8 places.
    let fee = dec(-(notional_e4 * 10), 8);
    let maker = h >> 48 & 1 == 0;
    let trade_id = (k * 7 + 1_000_000).to_string();
    let ord_id = (k * 13 + 500_000_000).to_string();
    let sub_type = if side == "buy" { "1" } else { "2" };
    let fill = json!({
        "instType": inst_type, "instId": inst_id, "tradeId": trade_id, "ordId": ord_id,
        "clOrdId": "", "billId": bill_id, "subType": sub_type, "tag": "",
        "fillPx": dec(px, 1), "fillSz": sz, "fillIdxPx": "", "fillPnl": "0", "fillMarkPx": "",
        "fillPxVol": "", "fillPxUsd": "", "fillMarkVol": "", "fillFwdPx": "",
        "side": side, "posSide": if swap { "net" } else { "" },
        "execType": if maker { "M" } else { "T" }, "feeCcy": "USDT", "fee": fee,
        "feeRate": if swap { "" } else { "-0.001" },
        "ts": ts.to_string(), "fillTime": ts.to_string(), "tradeQuoteCcy": "USDT",
    });
    let bal_chg = if side == "buy" {
        dec(-notional_e4 * 10_000, 8)
    } else {
        dec(notional_e4 * 10_000, 8)
    };
    let bill = bill(&[
        ("instType", inst_type),
        ("instId", inst_id),
        ("billId", fill["billId"].as_str().unwrap_or_default()),
        ("type", "2"),
        ("subType", sub_type),
        ("ts", &ts.to_string()),
        ("balChg", &bal_chg),
        ("sz", fill["fillSz"].as_str().unwrap_or_default()),
        ("px", fill["fillPx"].as_str().unwrap_or_default()),
        ("ccy", "USDT"),
        ("fee", fill["fee"].as_str().unwrap_or_default()),
        ("mgnMode", if swap { "cross" } else { "cash" }),
        ("ordId", fill["ordId"].as_str().unwrap_or_default()),
        ("execType", fill["execType"].as_str().unwrap_or_default()),
        ("tradeId", fill["tradeId"].as_str().unwrap_or_default()),
        ("fillTime", &ts.to_string()),
    ]);
    (fill, bill)
}

/// A bill object: every field OKX sends, `""` where not given.
pub(crate) fn bill(fields: &[(&str, &str)]) -> Value {
    let mut b = json!({
        "instType": "", "billId": "", "type": "", "subType": "", "ts": "", "balChg": "0",
        "posBalChg": "0", "bal": "", "posBal": "0", "sz": "", "px": "", "ccy": "", "pnl": "0",
        "fee": "0", "earnAmt": "", "earnApr": "", "mgnMode": "", "instId": "", "ordId": "",
        "execType": "", "from": "", "to": "", "notes": "", "interest": "0", "tag": "",
        "fillTime": "", "tradeId": "", "clOrdId": "", "fillIdxPx": "", "fillMarkPx": "",
        "fillPxVol": "", "fillPxUsd": "", "fillMarkVol": "", "fillFwdPx": "",
    });
    for (k, v) in fields {
        b[*k] = Value::from(*v);
    }
    b
}

/// The funding fee of the 8-hour settlement `k` (type 8; the amount in `pnl`, `px` the mark).
fn funding_bill(seed: u64, k: i64) -> Value {
    let ts = k * FUNDING_MS;
    let h = hash(seed ^ DOMAIN_FILL, k, 8);
    let amount = (h % 20_000) as i128 - 10_000; // ±1 USDT in 10^-4
    let amount = if amount == 0 { 1 } else { amount };
    let sub_type = if amount < 0 { "173" } else { "174" };
    bill(&[
        ("instType", "SWAP"),
        ("instId", "BTC-USDT-SWAP"),
        ("billId", &(ts * BILL_ID_PER_MS + 3).to_string()),
        ("type", "8"),
        ("subType", sub_type),
        ("ts", &ts.to_string()),
        ("balChg", &dec(amount, 4)),
        ("pnl", &dec(amount, 4)),
        ("px", &dec(i128::from(600_000 + (h >> 16) % 50_000), 1)),
        ("sz", "1"),
        ("ccy", "USDT"),
        ("mgnMode", "cross"),
    ])
}

/// The transfer of day `d` from the funding account (type 1, subType 11 in).
fn transfer_bill(seed: u64, d: i64) -> Value {
    let h = hash(seed ^ DOMAIN_XFER, d, 0);
    let ts = d * DAY_MS + (h % DAY_MS as u64) as i64;
    bill(&[
        ("billId", &(ts * BILL_ID_PER_MS + 4).to_string()),
        ("type", "1"),
        ("subType", "11"),
        ("ts", &ts.to_string()),
        ("balChg", &dec(i128::from(1 + (h >> 32) % 100), 0)),
        ("ccy", "USDT"),
        ("from", "6"),
        ("to", "18"),
    ])
}

/// Every row of `kind` for `uid` with `lo <= ts <= hi`, generated or made by the stand-in's
/// trading (`made`) or transfers (`moved`: the account's transfer bills, bills only), newest
/// first.
fn rows(uid: &str, kind: Kind, lo: i64, hi: i64, made: &FillLog, moved: &[Value]) -> Vec<Value> {
    let s = seed(uid);
    let mut out = Vec::new();
    if lo > hi {
        return out;
    }
    let within = |v: &Value| {
        let ts = ts_of(v);
        lo <= ts && ts <= hi
    };
    for k in lo.div_euclid(FILL_SLOT_MS)..=hi.div_euclid(FILL_SLOT_MS) {
        let (f, b) = fill(s, k);
        let row = if kind.bills() { b } else { f };
        if within(&row) {
            out.push(row);
        }
    }
    if kind.bills() {
        for k in lo.div_euclid(FUNDING_MS)..=hi.div_euclid(FUNDING_MS) {
            let b = funding_bill(s, k);
            if within(&b) {
                out.push(b);
            }
        }
        for d in lo.div_euclid(DAY_MS)..=hi.div_euclid(DAY_MS) {
            let b = transfer_bill(s, d);
            if within(&b) {
                out.push(b);
            }
        }
        out.extend(moved.iter().filter(|b| within(b)).cloned());
    }
    out.extend(made.rows(uid, kind.bills(), lo, hi));
    out.sort_by_key(|v| std::cmp::Reverse(bill_id(v)));
    out
}

fn num(v: &Value, name: &str) -> i64 {
    v[name].as_str().and_then(|t| t.parse().ok()).unwrap_or(0)
}

fn ts_of(v: &Value) -> i64 {
    num(v, "ts")
}

fn bill_id(v: &Value) -> i64 {
    num(v, "billId")
}

/// The rows of `kind` for `uid` with `from_ms <= ts <= to_ms` that the endpoint serves at
/// `now_ms`, oldest first, filtered on `instType` when given.
pub(crate) fn expected(
    account: &AccountState,
    kind: Kind,
    inst_type: Option<&str>,
    (from_ms, to_ms): (i64, i64),
    now_ms: i64,
    made: &FillLog,
) -> Vec<Value> {
    let lo = from_ms.max(now_ms - kind.days() * DAY_MS);
    let hi = to_ms.min(now_ms);
    let moved = transfer_bills::rows(account, lo, hi);
    let mut out: Vec<Value> = rows(&account.account.uid, kind, lo, hi, made, &moved)
        .into_iter()
        .filter(|v| inst_type.is_none_or(|t| v["instType"] == t))
        .collect();
    out.reverse();
    out
}

const INST_TYPES: [&str; 6] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];

fn serve(ctx: &Ctx, kind: Kind) -> Reply {
    let Some(account) = ctx.account else {
        return Reply::error(401, "50114", "Invalid authorization");
    };
    let p = &ctx.params;
    let inst_type = if kind == Kind::FillsHistory {
        match p.required("instType") {
            Ok(t) => Some(t),
            Err(r) => return r,
        }
    } else {
        p.get("instType")
    };
    if inst_type.is_some_and(|t| !INST_TYPES.contains(&t)) {
        return Reply::param_error("instType");
    }
    let mut numbers = [None; 4];
    for (i, name) in ["after", "before", "begin", "end"].iter().enumerate() {
        if let Some(t) = p.get(name) {
            match t.parse::<i64>() {
                Ok(n) if n >= 0 => numbers[i] = Some(n),
                _ => return Reply::param_error(name),
            }
        }
    }
    let [after, before, begin, end] = numbers;
    let limit = match p.get("limit") {
        None => 100,
        Some(t) => match t.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => return Reply::param_error("limit"),
        },
    };
    if kind.bills() && p.get("type").is_some_and(|t| t.parse::<u32>().is_err()) {
        return Reply::param_error("type");
    }
    let now = ctx.now_ms;
    let lo = begin.unwrap_or(i64::MIN).max(now - kind.days() * DAY_MS);
    let hi = end.unwrap_or(i64::MAX).min(now);
    let inst_id = p.get("instId");
    let ccy = p.get("ccy");
    let typ = p.get("type");
    let sub_type = p.get("subType");
    let keep = |v: &Value| {
        let id = bill_id(v);
        inst_type.is_none_or(|t| v["instType"] == t)
            && inst_id.is_none_or(|t| v["instId"] == t)
            && ccy.is_none_or(|t| v["ccy"] == t)
            && typ.is_none_or(|t| v["type"] == t)
            && sub_type.is_none_or(|t| v["subType"] == t)
            && after.is_none_or(|a| id < a)
            && before.is_none_or(|b| id > b)
    };
    // Before the orders: the sim's lock order.
    let moved = if kind.bills() {
        transfer_bills::rows(account, lo, hi)
    } else {
        Vec::new()
    };
    let made = ctx.shared.orders();
    let all: Vec<Value> = rows(&account.account.uid, kind, lo, hi, &made.fill_log, &moved)
        .into_iter()
        .filter(keep)
        .collect();
    // Newest first; `before` alone gives the newest rows newer than it, as OKX does.
    Reply::ok(all.into_iter().take(limit).collect())
}

/// `GET /api/v5/trade/fills`
pub(crate) fn fills(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::Fills)
}

/// `GET /api/v5/trade/fills-history`
pub(crate) fn fills_history(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::FillsHistory)
}

/// `GET /api/v5/account/bills`
pub(crate) fn bills(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::Bills)
}

/// `GET /api/v5/account/bills-archive`
pub(crate) fn bills_archive(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::BillsArchive)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_newest_first_with_unique_increasing_bill_ids() {
        let now = 1_750_000_000_000;
        let none = FillLog::default();
        let b = rows("1", Kind::BillsArchive, now - 90 * DAY_MS, now, &none, &[]);
        // 8 fills, 3 funding fees and a transfer a day.
        assert!((b.len() as i64 - 90 * 12).abs() <= 12, "{}", b.len());
        assert!(b.windows(2).all(|w| bill_id(&w[0]) > bill_id(&w[1])));
        assert!(b.windows(2).all(|w| ts_of(&w[0]) >= ts_of(&w[1])));
        let f = rows("1", Kind::FillsHistory, now - 90 * DAY_MS, now, &none, &[]);
        assert!((f.len() as i64 - 90 * 8).abs() <= 8, "{}", f.len());
        assert_eq!(dec(-12345, 4), "-1.2345");
        assert_eq!(dec(5, 0), "5");
    }
}
