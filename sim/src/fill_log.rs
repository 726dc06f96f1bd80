//! The fills made by the stand-in's own trading (an order filled on arrival, a resting order the
//! market reached, an amend that crossed), kept so that `/trade/fills`, `fills-history`,
//! `/account/bills` and `bills-archive` show them with the generated rows (statements.rs), as
//! OKX shows every fill of the account.
//!
//! Each fill is OKX's fill object (derivatives sheet §3.11) and its trade bills (type 2, the
//! fill's `subType`): a spot fill moves two currencies, so it has two bills, as OKX's ledger
//! has one row per currency: what came in less the fee, under the fill's `billId`, and what
//! went out, under the next one. A SWAP or FUTURES fill has one, in the settlement currency:
//! realised PnL plus the fee. `bal` is left empty, as in the generated rows.
//!
//! `billId`s: `ts` × 10 000 + 10 + 2 × (fills made before in the same millisecond). The
//! generated rows of a millisecond use 1 to 4 (statements.rs), so every `billId` is unique and
//! they increase with time, which is how OKX's cursors page them.

use serde_json::{json, Value};

use crate::amount::{fmt_scaled, Amount};
use crate::market::Market;
use crate::orders::{Fill, Order, Side};
use crate::positions::{PosSide, Terms};
use crate::statements::BILL_ID_PER_MS;

/// The first `billId` offset of a millisecond for real fills (generated rows use less).
const FIRST_OFFSET: i64 = 10;

/// One fill made by the stand-in.
struct Made {
    uid: String,
    ts: i64,
    fill: Value,
    bills: Vec<Value>,
}

/// Every fill made so far, oldest first.
#[derive(Default)]
pub(crate) struct FillLog {
    made: Vec<Made>,
}

impl FillLog {
    /// Records fill `f` of `order`, just made (the order as the fill left it).
    pub(crate) fn record(&mut self, market: &Market, order: &Order, f: &Fill) {
        let inst = &market.series(order.inst).inst;
        let before = self
            .made
            .iter()
            .rev()
            .take_while(|m| m.ts == f.time)
            .count() as i64;
        let bill_id = f.time * BILL_ID_PER_MS + FIRST_OFFSET + 2 * before;
        let px = fmt_scaled(i128::from(f.px), inst.tick_dec, inst.tick_dec);
        let deriv = order.deriv.as_ref();
        let sub_type = match (order.side, deriv.map(|d| d.pos_side)) {
            (Side::Buy, None | Some(PosSide::Net)) => "1",
            (Side::Sell, None | Some(PosSide::Net)) => "2",
            (Side::Buy, Some(PosSide::Long)) => "3",
            (Side::Sell, Some(PosSide::Short)) => "4",
            (Side::Sell, Some(PosSide::Long)) => "5",
            (Side::Buy, Some(PosSide::Short)) => "6",
        };
        let (fee_ccy, _) = order.fee_ccys(market);
        let ts = f.time.to_string();
        let exec_type = if f.maker { "M" } else { "T" };
        let pnl = deriv.map_or(Amount::ZERO, |d| d.last_fill_pnl);
        let fill = json!({
            "instType": inst.inst_type, "instId": inst.inst_id,
            "tradeId": f.trade_id.to_string(), "ordId": order.ord_id.to_string(),
            "clOrdId": order.cl_ord_id, "billId": bill_id.to_string(), "subType": sub_type,
            "tag": order.tag, "fillPx": px, "fillSz": f.sz.to_string(), "fillIdxPx": "",
            "fillPnl": pnl.to_string(), "fillMarkPx": "", "fillPxVol": "", "fillPxUsd": "",
            "fillMarkVol": "", "fillFwdPx": "", "side": order.side.as_str(),
            "posSide": deriv.map_or("", |d| d.pos_side.as_str()), "execType": exec_type,
            "feeCcy": fee_ccy, "fee": f.fee.to_string(),
            "feeRate": match (deriv, f.maker) {
                (Some(_), _) => "",
                (None, true) => "-0.0008",
                (None, false) => "-0.001",
            },
            "ts": ts, "fillTime": ts,
            "tradeQuoteCcy": if deriv.is_some() { "" } else { inst.quote_ccy },
        });
        let bill = |id: i64, ccy: &str, bal_chg: Amount, fee: Amount, pnl: Amount| {
            let mut b = crate::statements::bill(&[
                ("instType", inst.inst_type),
                ("instId", inst.inst_id),
                ("billId", &id.to_string()),
                ("type", "2"),
                ("subType", sub_type),
                ("ts", &ts),
                ("balChg", &bal_chg.to_string()),
                ("sz", &f.sz.to_string()),
                ("px", fill["fillPx"].as_str().unwrap_or_default()),
                ("ccy", ccy),
                ("fee", &fee.to_string()),
                ("pnl", &pnl.to_string()),
                ("mgnMode", deriv.map_or("cash", |d| d.mgn_mode.as_str())),
                ("ordId", &order.ord_id.to_string()),
                ("clOrdId", &order.cl_ord_id),
                ("tag", &order.tag),
                ("execType", exec_type),
                ("tradeId", &f.trade_id.to_string()),
                ("fillTime", &ts),
            ]);
            b["fillIdxPx"] = "".into();
            b
        };
        let bills = match deriv.and(Terms::of(inst)) {
            Some(t) => vec![bill(bill_id, t.settle, pnl + f.fee, f.fee, pnl)],
            None => {
                let quote = f.sz.times_price(f.px, inst.tick_dec);
                let (got, got_amt, paid, paid_amt) = match order.side {
                    Side::Buy => (inst.base_ccy, f.sz, inst.quote_ccy, quote),
                    Side::Sell => (inst.quote_ccy, quote, inst.base_ccy, f.sz),
                };
                vec![
                    bill(bill_id, got, got_amt + f.fee, f.fee, Amount::ZERO),
                    bill(bill_id + 1, paid, -paid_amt, Amount::ZERO, Amount::ZERO),
                ]
            }
        };
        self.made.push(Made {
            uid: order.uid.clone(),
            ts: f.time,
            fill,
            bills,
        });
    }

    /// The fill objects (or, with `bills`, the bills) of `uid` with `lo <= ts <= hi`.
    pub(crate) fn rows(&self, uid: &str, bills: bool, lo: i64, hi: i64) -> Vec<Value> {
        self.made
            .iter()
            .filter(|m| m.uid == uid && lo <= m.ts && m.ts <= hi)
            .flat_map(|m| {
                if bills {
                    m.bills.clone()
                } else {
                    vec![m.fill.clone()]
                }
            })
            .collect()
    }
}
