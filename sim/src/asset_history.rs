//! The funding account's deposit and withdrawal histories (derivatives fact sheet §7.5, §7.6):
//! `GET /api/v5/asset/deposit-history` and `GET /api/v5/asset/withdrawal-history`.
//!
//! The records are generated, a pure function of the account's UID and a time slot, so any
//! range is the same on every run: a deposit in each 6-hour slot (every fifth slot holds three
//! deposits with the same `ts`, as when OKX credits several internal transfers at once) and a
//! withdrawal in each 16-hour slot (every seventh holds two with the same `ts`), from
//! [`OPENED_MS`] on. Records sharing a `ts` are what a client paging by `ts` must not lose or
//! repeat. IDs (`depId`, `wdId`) are the record's `ts` times ten plus its place in the slot.
//!
//! Paging as OKX's docs describe it: newest first, `after` = records earlier than that `ts`,
//! `before` = newer than it (both exclusive, both may be given), `limit` 1-100 (default 100).
//! OKX documents no limit on how far back these go; neither has the sim.

use serde_json::{json, Value};

use crate::asset::chains;
use crate::leverage::account_of;
use crate::routes::{Ctx, Reply};
use crate::walk::hash;

const HOUR_MS: i64 = 3_600_000;
/// The account's first record: 2024-01-01T00:00:00Z.
pub(crate) const OPENED_MS: i64 = 1_704_067_200_000;
const DOMAIN_DEP: u64 = 0x6465_706f_7369_7417;
const DOMAIN_WD: u64 = 0x7769_7468_6472_6177;
const CCYS: [&str; 5] = ["USDT", "BTC", "ETH", "SOL", "USDC"];

/// Which history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Deposits,
    Withdrawals,
}

impl Kind {
    fn slot_ms(self) -> i64 {
        match self {
            Kind::Deposits => 6 * HOUR_MS,
            Kind::Withdrawals => 16 * HOUR_MS,
        }
    }

    /// How many records slot `k` holds.
    fn group(self, k: i64) -> i64 {
        match self {
            Kind::Deposits if k.rem_euclid(5) == 0 => 3,
            Kind::Withdrawals if k.rem_euclid(7) == 0 => 2,
            _ => 1,
        }
    }

    fn id_name(self) -> &'static str {
        match self {
            Kind::Deposits => "depId",
            Kind::Withdrawals => "wdId",
        }
    }
}

fn seed(uid: &str) -> u64 {
    uid.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// `units` × 10^-`scale` as plain decimal text.
fn dec(units: u64, scale: u32) -> String {
    let p = 10u64.pow(scale);
    if scale == 0 {
        return units.to_string();
    }
    format!("{}.{:0w$}", units / p, units % p, w = scale as usize)
}

/// An amount of `ccy` from a hash: stablecoins 1-5000 to the cent, coins to 8 decimals.
fn amount(ccy: &str, h: u64) -> String {
    match ccy {
        "USDT" | "USDC" => dec(100 + h % 500_000, 2),
        "BTC" => dec(10_000 + h % 50_000_000, 8),
        "ETH" => dec(100_000 + h % 500_000_000, 8),
        _ => dec(1_000_000 + h % 5_000_000_000, 8),
    }
}

fn hex(h: u64, len: usize) -> String {
    let mut s = String::new();
    let mut x = h;
    while s.len() < len {
        s.push_str(&format!("{x:016x}"));
        x = hash(x, 7, 11);
    }
    s.truncate(len);
    s
}

/// The records of slot `k`, in slot order (oldest ID first); none before [`OPENED_MS`].
fn slot(seed: u64, kind: Kind, k: i64) -> Vec<Value> {
    let domain = match kind {
        Kind::Deposits => DOMAIN_DEP,
        Kind::Withdrawals => DOMAIN_WD,
    };
    let h0 = hash(seed ^ domain, k, 0);
    let ts = k * kind.slot_ms() + (h0 % kind.slot_ms() as u64) as i64;
    if ts < OPENED_MS {
        return Vec::new();
    }
    (0..kind.group(k))
        .map(|j| {
            let h = hash(seed ^ domain, k, j + 1);
            let ccy = CCYS[(h % CCYS.len() as u64) as usize];
            let chains = chains(ccy);
            let chain = chains[((h >> 8) % chains.len() as u64) as usize].0.clone();
            let internal = (h >> 16).is_multiple_of(4);
            let id = (ts * 10 + j).to_string();
            let amt = amount(ccy, h >> 20);
            let tx = if internal { String::new() } else { hex(h, 64) };
            match kind {
                Kind::Deposits => json!({
                    "actualDepBlkConfirm": if internal { "0" } else { "64" },
                    "amt": amt,
                    "areaCodeFrom": if internal { "44" } else { "" },
                    "ccy": ccy,
                    "chain": chain,
                    "depId": id,
                    "from": if internal { "d***@example.com" } else { "" },
                    "fromWdId": if internal { (h % 100_000_000).to_string() } else { String::new() },
                    "state": if h.is_multiple_of(20) { "14" } else { "2" },
                    "to": format!("0x{}", hex(seed ^ h0, 40)),
                    "ts": ts.to_string(),
                    "txId": tx,
                }),
                Kind::Withdrawals => {
                    let state = match h % 15 {
                        0 => "-2",
                        1 => "-1",
                        _ => "2",
                    };
                    let (to, to_type) = if internal {
                        ("w***@example.org".to_string(), "1")
                    } else {
                        (format!("0x{}", hex(h >> 3, 40)), "1")
                    };
                    let fee = if internal {
                        "0".to_string()
                    } else {
                        match ccy {
                            "USDT" | "USDC" => "1".to_string(),
                            "BTC" => "0.0001".to_string(),
                            "ETH" => "0.0008".to_string(),
                            _ => "0.008".to_string(),
                        }
                    };
                    json!({
                        "addrEx": null,
                        "amt": amt,
                        "areaCodeFrom": "",
                        "areaCodeTo": "",
                        "ccy": ccy,
                        "chain": chain,
                        "clientId": "",
                        "fee": fee,
                        "feeCcy": ccy,
                        "from": "",
                        "memo": "",
                        "nonTradableAsset": false,
                        "note": "",
                        "pmtId": "",
                        "state": state,
                        "tag": "",
                        "to": to,
                        "toAddrType": to_type,
                        "ts": ts.to_string(),
                        "txId": tx,
                        "wdId": id,
                    })
                }
            }
        })
        .collect()
}

fn num(v: &Value, name: &str) -> i64 {
    v[name].as_str().and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// Up to `limit` records of `kind` with `lo <= ts <= hi` that `keep` accepts, newest first.
fn newest(
    uid: &str,
    kind: Kind,
    lo: i64,
    hi: i64,
    limit: usize,
    keep: &dyn Fn(&Value) -> bool,
) -> Vec<Value> {
    let s = seed(uid);
    let mut out = Vec::new();
    let lo = lo.max(OPENED_MS);
    if lo > hi {
        return out;
    }
    let slot_ms = kind.slot_ms();
    let mut k = hi.div_euclid(slot_ms);
    while k >= lo.div_euclid(slot_ms) && out.len() < limit {
        for v in slot(s, kind, k).into_iter().rev() {
            let ts = num(&v, "ts");
            if lo <= ts && ts <= hi && keep(&v) && out.len() < limit {
                out.push(v);
            }
        }
        k -= 1;
    }
    out
}

/// Every record of `kind` for `uid` with `from_ms <= ts <= to_ms` (and not after `now_ms`),
/// oldest first: what a client paging through the range must get.
pub(crate) fn expected(uid: &str, kind: Kind, from_ms: i64, to_ms: i64, now_ms: i64) -> Vec<Value> {
    let mut all = newest(uid, kind, from_ms, to_ms.min(now_ms), usize::MAX, &|_| true);
    all.reverse();
    all
}

fn serve(ctx: &Ctx, kind: Kind) -> Reply {
    let account = match account_of(ctx) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let p = &ctx.params;
    let mut cursors = [None; 2];
    for (i, name) in ["after", "before"].iter().enumerate() {
        if let Some(t) = p.get(name) {
            match t.parse::<i64>() {
                Ok(n) if n >= 0 => cursors[i] = Some(n),
                _ => return Reply::param_error(name),
            }
        }
    }
    let [after, before] = cursors;
    let limit = match p.get("limit") {
        None => 100,
        Some(t) => match t.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => return Reply::param_error("limit"),
        },
    };
    if p.get("type").is_some_and(|t| t != "3" && t != "4") {
        return Reply::param_error("type");
    }
    let hi = after.map_or(ctx.now_ms, |a| (a - 1).min(ctx.now_ms));
    let lo = before.map_or(i64::MIN, |b| b + 1);
    let filters: Vec<(&str, &str)> = [
        ("ccy", "ccy"),
        (kind.id_name(), kind.id_name()),
        ("txId", "txId"),
        ("state", "state"),
        ("fromWdId", "fromWdId"),
        ("clientId", "clientId"),
    ]
    .into_iter()
    .filter_map(|(param, field)| p.get(param).map(|v| (field, v)))
    .collect();
    let typ = p.get("type");
    let keep = |v: &Value| {
        filters.iter().all(|(f, want)| v[*f] == *want)
            && typ.is_none_or(|t| (v["txId"] == "") == (t == "3"))
    };
    Reply::ok(newest(&account.account.uid, kind, lo, hi, limit, &keep))
}

/// `GET /api/v5/asset/deposit-history`
pub(crate) fn deposit_history(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::Deposits)
}

/// `GET /api/v5/asset/withdrawal-history`
pub(crate) fn withdrawal_history(ctx: &Ctx) -> Reply {
    serve(ctx, Kind::Withdrawals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_newest_first_with_unique_ids_and_shared_timestamps() {
        let now = 1_750_000_000_000;
        let d = newest(
            "1",
            Kind::Deposits,
            now - 90 * 86_400_000,
            now,
            usize::MAX,
            &|_| true,
        );
        // 4 slots a day, every fifth with three deposits: 5.6 a day.
        assert!((d.len() as i64 - 504).abs() <= 6, "{}", d.len());
        assert!(d
            .windows(2)
            .all(|w| num(&w[0], "depId") > num(&w[1], "depId")));
        assert!(d.windows(2).any(|w| num(&w[0], "ts") == num(&w[1], "ts")));
        let w = newest(
            "1",
            Kind::Withdrawals,
            now - 90 * 86_400_000,
            now,
            100,
            &|_| true,
        );
        assert_eq!(w.len(), 100);
        assert_eq!(dec(12345, 2), "123.45");
        assert_eq!(dec(5, 8), "0.00000005");
    }
}
