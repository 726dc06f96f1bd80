//! The trading account's bills for transfers to and from the funding account (asset.rs), served
//! by `/account/bills` and `bills-archive` with the generated rows and the fills' bills
//! (statements.rs), as OKX's ledger of the trading account lists every change of its balance.
//!
//! A transfer's bill is type `1` (transfer) with subType `11` "Transfer in" (into the trading
//! account, `balChg` +amount) or `12` "Transfer out" (out of it, `balChg` −amount), `from`/`to`
//! the accounts (`6` funding, `18` trading: derivatives sheet §3.10 says these fields are set for
//! transfers only). The sheet lists only the types; the subtypes 11/12 are OKX's bill subtype
//! table as burakoner/OKX.Api's `OkxAccountBillSubType` copies it ("Transfer In" = 11,
//! "Transfer Out" = 12). `bal` is left empty, as in the other bills the stand-in serves.
//!
//! The bill is made when the transfer reaches the trading side of its money: a transfer out of
//! the trading account at once (the amount leaves the source when taken); one into it at once,
//! or, for a slow transfer (`Sim::set_transfer_delay_ms`), at the time it is due, when it
//! settles. A pending transfer into the trading account has no bill yet.
//!
//! `billId`s: `ts` × 10 000 + 5000 + (transfer bills of the account made before in the same
//! millisecond). Generated rows use 1 to 4 and real fills 10 and up (two a fill), so the IDs stay
//! unique and increase with time unless 2 495 fills share a millisecond.

use serde_json::Value;

use crate::account::AccountState;
use crate::asset::{Transfer, TRADING};
use crate::state::lock;
use crate::statements::{bill, BILL_ID_PER_MS};

/// The first `billId` offset of a millisecond for transfer bills.
const FIRST_OFFSET: i64 = 5000;

/// When and under which `billId` a transfer moved the trading balance.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Stamp {
    pub(crate) ts: i64,
    pub(crate) bill_id: i64,
}

/// The stamp of a transfer applied to the trading account at `ts`, given the account's
/// transfers so far.
pub(crate) fn stamp(transfers: &[Transfer], ts: i64) -> Stamp {
    let before = transfers
        .iter()
        .filter(|t| t.bill.is_some_and(|s| s.ts == ts))
        .count() as i64;
    Stamp {
        ts,
        bill_id: ts * BILL_ID_PER_MS + FIRST_OFFSET + before,
    }
}

/// The bill of transfer `t`, if it has moved the trading balance.
fn of(t: &Transfer) -> Option<Value> {
    let s = t.bill?;
    let (sub_type, bal_chg) = if t.to == TRADING {
        ("11", t.amt)
    } else {
        ("12", -t.amt)
    };
    Some(bill(&[
        ("billId", &s.bill_id.to_string()),
        ("type", "1"),
        ("subType", sub_type),
        ("ts", &s.ts.to_string()),
        ("balChg", &bal_chg.to_string()),
        ("ccy", &t.ccy),
        ("from", t.from),
        ("to", t.to),
    ]))
}

/// The transfer bills of `account` with `lo <= ts <= hi`, oldest first.
pub(crate) fn rows(account: &AccountState, lo: i64, hi: i64) -> Vec<Value> {
    lock(&account.funding.transfers)
        .iter()
        .filter(|t| t.bill.is_some_and(|s| lo <= s.ts && s.ts <= hi))
        .filter_map(of)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amount::Amount;
    use crate::asset::FUNDING;

    #[test]
    fn transfers_billed_in_the_same_millisecond_get_increasing_ids() {
        let mut made: Vec<Transfer> = Vec::new();
        for k in 0..3 {
            let bill = Some(stamp(&made, 1_000));
            made.push(Transfer {
                trans_id: k,
                client_id: String::new(),
                ccy: "USDT".into(),
                amt: Amount::parse("1.5").unwrap(),
                from: FUNDING,
                to: TRADING,
                state: "success",
                ts: 1_000,
                due: None,
                bill,
            });
        }
        let ids: Vec<i64> = made.iter().map(|t| t.bill.unwrap().bill_id).collect();
        assert_eq!(ids, [10_005_000, 10_005_001, 10_005_002]);
        assert_eq!(stamp(&made, 1_001).bill_id, 10_015_000);
        let b = of(&made[0]).unwrap();
        assert_eq!((&b["subType"], &b["balChg"]), (&"11".into(), &"1.5".into()));
    }
}
