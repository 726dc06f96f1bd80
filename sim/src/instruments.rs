//! The instruments the stand-in lists, with OKX's fields (docs
//! #public-data-rest-api-get-instruments, fact sheet §3.2, derivatives sheet §1.2 and §6.9) and the
//! parameters of each one's simulated market (base price, volatility, typical volume).
//!
//! Spot pairs; linear swaps BTC-USDT-SWAP and ETH-USDT-SWAP; the inverse BTC-USD-SWAP (100 USD a
//! contract); a quarterly BTC-USDT future at least two months out; and a weekly BTC-USD option
//! chain. The future's and options' IDs carry their expiry date, so they are made from the sim's
//! clock when the market is built.
//!
//! Tick and lot sizes are powers of ten, as they are for every instrument used here, so prices and
//! sizes are kept as integer counts of ticks and lots and printed exactly. A derivative's sizes are
//! in contracts.

use serde_json::{json, Value};

use crate::calendar::{friday_0800_from, last_friday_0800, month_index, ymd, DAY_MS};

/// A derivative's contract terms (derivatives sheet §1.2).
pub(crate) struct Deriv {
    /// Face value of one contract: coin for linear contracts and options, USD for inverse.
    pub(crate) ct_val: &'static str,
    pub(crate) ct_val_ccy: &'static str,
    /// `linear` or `inverse`; `""` for options, as on OKX.
    pub(crate) ct_type: &'static str,
    pub(crate) settle_ccy: &'static str,
    /// `instFamily` and `uly`, which are the same for these instruments: also the index the
    /// contract's mark price follows (`BTC-USD`, `BTC-USDT`).
    pub(crate) family: &'static str,
    /// Expiry in ms; `None` for a perpetual.
    pub(crate) exp_time: Option<i64>,
    /// `C` or `P` for an option, else `""`.
    pub(crate) opt_type: &'static str,
    /// An option's strike, else `""`.
    pub(crate) stk: &'static str,
    /// `quarter`, `next_quarter`, …, for futures; else `""`.
    pub(crate) alias: &'static str,
}

/// The indices the stand-in publishes (`/market/index-tickers`, index candles) and the spot pair
/// each one follows. `-USD` indices follow the `-USDT` pair: the stand-in has no USD market and
/// the gap between the two is not what any test is about.
pub(crate) const INDICES: [(&str, &str); 4] = [
    ("BTC-USD", "BTC-USDT"),
    ("BTC-USDT", "BTC-USDT"),
    ("ETH-USD", "ETH-USDT"),
    ("ETH-USDT", "ETH-USDT"),
];

/// The spot pair an index follows, if the index exists.
pub(crate) fn index_spot(index: &str) -> Option<&'static str> {
    INDICES.iter().find(|(i, _)| *i == index).map(|(_, s)| *s)
}

pub(crate) struct Instrument {
    pub(crate) inst_id: &'static str,
    /// `SPOT`, `SWAP`, `FUTURES` or `OPTION`.
    pub(crate) inst_type: &'static str,
    /// The contract terms of a derivative; `None` for spot.
    pub(crate) deriv: Option<Deriv>,
    /// The series whose random walk this instrument's price follows: its own ID for spot, the
    /// underlying spot pair for a derivative, so a swap, its index and its future move together
    /// (a constant basis) as they do on an exchange.
    pub(crate) walk_id: &'static str,
    pub(crate) base_ccy: &'static str,
    pub(crate) quote_ccy: &'static str,
    /// `tickSz` = 10^-tick_dec.
    pub(crate) tick_dec: u32,
    /// `lotSz` = 10^-lot_dec.
    pub(crate) lot_dec: u32,
    pub(crate) min_sz: &'static str,
    pub(crate) max_lmt_sz: &'static str,
    pub(crate) max_mkt_sz: &'static str,
    pub(crate) max_lmt_amt: &'static str,
    pub(crate) max_mkt_amt: &'static str,
    pub(crate) lever: &'static str,
    pub(crate) state: &'static str,
    pub(crate) list_time: i64,
    pub(crate) inst_id_code: i64,
    /// Centre of the simulated price, in quote currency.
    pub(crate) base_price: f64,
    /// Standard deviation of the log price over one minute.
    pub(crate) sigma_per_minute: f64,
    /// Mean traded volume per minute, in base currency.
    pub(crate) volume_per_minute: f64,
}

impl Instrument {
    pub(crate) fn tick_sz(&self) -> String {
        power_of_ten_text(self.tick_dec)
    }

    pub(crate) fn lot_sz(&self) -> String {
        power_of_ten_text(self.lot_dec)
    }

    /// The object `/public/instruments` returns. Field order follows a live OKX response
    /// (alphabetical). Derivative-only fields are `""` for spot, and spot-only ones (`baseCcy`,
    /// `quoteCcy`, the amount limits) `""` for derivatives, per the docs.
    pub(crate) fn to_json(&self) -> Value {
        let big = "9999999999.0000000000000000";
        let d = self.deriv.as_ref();
        let spot = |v: &'static str| if d.is_some() { "" } else { v };
        let deriv = |f: fn(&Deriv) -> &'static str| d.map_or("", f);
        json!({
            "alias": deriv(|d| d.alias),
            "auctionEndTime": "",
            "baseCcy": spot(self.base_ccy),
            "category": "1",
            "contTdSwTime": "",
            "ctMult": deriv(|_| "1"),
            "ctType": deriv(|d| d.ct_type),
            "ctVal": deriv(|d| d.ct_val),
            "ctValCcy": deriv(|d| d.ct_val_ccy),
            "expTime": d.and_then(|d| d.exp_time).map_or(String::new(), |t| t.to_string()),
            "futureSettlement": false,
            "groupId": "1",
            "instFamily": deriv(|d| d.family),
            "instId": self.inst_id,
            "instIdCode": self.inst_id_code,
            "instType": self.inst_type,
            "lever": self.lever,
            "listTime": self.list_time.to_string(),
            "lotSz": self.lot_sz(),
            "maxIcebergSz": big,
            "maxLmtAmt": spot(self.max_lmt_amt),
            "maxLmtSz": self.max_lmt_sz,
            "maxMktAmt": spot(self.max_mkt_amt),
            "maxMktSz": self.max_mkt_sz,
            "maxStopSz": self.max_mkt_sz,
            "maxTriggerSz": big,
            "maxTwapSz": big,
            "minSz": self.min_sz,
            "openType": "",
            "optType": deriv(|d| d.opt_type),
            "preMktSwTime": "",
            "quoteCcy": spot(self.quote_ccy),
            "ruleType": "normal",
            "settleCcy": deriv(|d| d.settle_ccy),
            "state": self.state,
            "stk": deriv(|d| d.stk),
            "tickSz": self.tick_sz(),
            "tradeQuoteCcyList": if d.is_some() { vec![] } else { vec![self.quote_ccy] },
            "uly": deriv(|d| d.family),
            "upcChg": [],
        })
    }

    /// A derivative's `instFamily` (= `uly` here, and the index its mark price follows).
    pub(crate) fn family(&self) -> Option<&'static str> {
        self.deriv.as_ref().map(|d| d.family)
    }
}

fn power_of_ten_text(dec: u32) -> String {
    if dec == 0 {
        "1".to_string()
    } else {
        format!("0.{}1", "0".repeat(dec as usize - 1))
    }
}

/// The listed SPOT instruments, in the order `/public/instruments` returns them.
pub(crate) fn spot_instruments() -> Vec<Instrument> {
    vec![
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "BTC-USDT",
            walk_id: "BTC-USDT",
            base_ccy: "BTC",
            quote_ccy: "USDT",
            tick_dec: 1,
            lot_dec: 8,
            min_sz: "0.00001",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "10",
            state: "live",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_001,
            base_price: 65_000.0,
            sigma_per_minute: 0.0008,
            volume_per_minute: 4.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "ETH-USDT",
            walk_id: "ETH-USDT",
            base_ccy: "ETH",
            quote_ccy: "USDT",
            tick_dec: 2,
            lot_dec: 6,
            min_sz: "0.0001",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "10",
            state: "live",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_002,
            base_price: 3_400.0,
            sigma_per_minute: 0.001,
            volume_per_minute: 40.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "SOL-USDT",
            walk_id: "SOL-USDT",
            base_ccy: "SOL",
            quote_ccy: "USDT",
            tick_dec: 2,
            lot_dec: 6,
            min_sz: "0.001",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "5",
            state: "live",
            list_time: 1_599_638_400_000,
            inst_id_code: 10_000_003,
            base_price: 150.0,
            sigma_per_minute: 0.0013,
            volume_per_minute: 300.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "OKB-USDT",
            walk_id: "OKB-USDT",
            base_ccy: "OKB",
            quote_ccy: "USDT",
            tick_dec: 3,
            lot_dec: 6,
            min_sz: "0.01",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "5",
            state: "live",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_004,
            base_price: 48.0,
            sigma_per_minute: 0.0011,
            volume_per_minute: 150.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "DOGE-USDT",
            walk_id: "DOGE-USDT",
            base_ccy: "DOGE",
            quote_ccy: "USDT",
            tick_dec: 5,
            lot_dec: 6,
            min_sz: "10",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "5",
            state: "live",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_005,
            base_price: 0.16,
            sigma_per_minute: 0.0015,
            volume_per_minute: 400_000.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "ETH-BTC",
            walk_id: "ETH-BTC",
            base_ccy: "ETH",
            quote_ccy: "BTC",
            tick_dec: 5,
            lot_dec: 6,
            min_sz: "0.001",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "100",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "5",
            state: "live",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_006,
            base_price: 0.052,
            sigma_per_minute: 0.0006,
            volume_per_minute: 8.0,
        },
        Instrument {
            inst_type: "SPOT",
            deriv: None,
            inst_id: "XMR-USDT",
            walk_id: "XMR-USDT",
            base_ccy: "XMR",
            quote_ccy: "USDT",
            tick_dec: 2,
            lot_dec: 4,
            min_sz: "0.01",
            max_lmt_sz: "9999999999",
            max_mkt_sz: "1000000",
            max_lmt_amt: "20000000",
            max_mkt_amt: "1000000",
            lever: "",
            state: "suspend",
            list_time: 1_548_133_413_000,
            inst_id_code: 10_000_007,
            base_price: 160.0,
            sigma_per_minute: 0.0012,
            volume_per_minute: 20.0,
        },
    ]
}

/// The derivatives as of the sim time `now_ms` (which dates the future's and the options' IDs),
/// with option strikes around `btc_price`, the underlying's price then.
pub(crate) fn derivative_instruments(now_ms: i64, btc_price: f64) -> Vec<Instrument> {
    contracts(now_ms, btc_price)
        .into_iter()
        .enumerate()
        .map(|(k, c)| c.build(20_000_001 + k as i64))
        .collect()
}

/// A derivative's listing: `walk_id` is the spot pair whose walk it follows, scaled to
/// `base_price` (`""`: a walk of its own). Sizes are contracts.
struct Contract {
    inst_id: String,
    inst_type: &'static str,
    walk_id: &'static str,
    deriv: Deriv,
    tick_dec: u32,
    lot_dec: u32,
    min_sz: &'static str,
    max_lmt_sz: &'static str,
    max_mkt_sz: &'static str,
    lever: &'static str,
    list_time: i64,
    base_price: f64,
    sigma_per_minute: f64,
    contracts_per_minute: f64,
}

impl Contract {
    fn build(self, code: i64) -> Instrument {
        // The sim lists a handful of these per start; leaking their IDs keeps `Instrument`'s
        // IDs `&'static str` like the spot ones.
        let inst_id: &'static str = Box::leak(self.inst_id.into_boxed_str());
        let (base, quote) = self
            .deriv
            .family
            .split_once('-')
            .expect("a family is BASE-QUOTE");
        Instrument {
            inst_id,
            inst_type: self.inst_type,
            deriv: Some(self.deriv),
            walk_id: if self.walk_id.is_empty() {
                inst_id
            } else {
                self.walk_id
            },
            base_ccy: Box::leak(base.to_string().into_boxed_str()),
            quote_ccy: Box::leak(quote.to_string().into_boxed_str()),
            tick_dec: self.tick_dec,
            lot_dec: self.lot_dec,
            min_sz: self.min_sz,
            max_lmt_sz: self.max_lmt_sz,
            max_mkt_sz: self.max_mkt_sz,
            max_lmt_amt: "",
            max_mkt_amt: "",
            lever: self.lever,
            state: "live",
            list_time: self.list_time,
            inst_id_code: code,
            base_price: self.base_price,
            sigma_per_minute: self.sigma_per_minute,
            volume_per_minute: self.contracts_per_minute,
        }
    }
}

/// `YYMMDD` of an expiry, as in OKX's IDs.
fn id_date(ms: i64) -> String {
    let (y, m, d) = ymd(ms);
    format!("{:02}{m:02}{d:02}", y % 100)
}

fn perpetual(family: &'static str, ct_type: &'static str, ct_val: &'static str) -> Deriv {
    let (base, quote) = family.split_once('-').expect("a family is BASE-QUOTE");
    let (ct_val_ccy, settle_ccy) = if ct_type == "linear" {
        (base, quote)
    } else {
        (quote, base)
    };
    Deriv {
        ct_val,
        ct_val_ccy,
        ct_type,
        settle_ccy,
        family,
        exp_time: None,
        opt_type: "",
        stk: "",
        alias: "",
    }
}

/// The derivatives listed at `now_ms`: three swaps, the first quarterly BTC-USDT future at least
/// 60 days out, and BTC-USD calls and puts at three strikes 5,000 apart around `btc_price`,
/// expiring on the first Friday at least a week out.
fn contracts(now_ms: i64, btc_price: f64) -> Vec<Contract> {
    let swap = |inst_id: &str, family, ct_type, ct_val, walk_id, base_price: f64| Contract {
        inst_id: inst_id.to_string(),
        inst_type: "SWAP",
        walk_id,
        deriv: perpetual(family, ct_type, ct_val),
        tick_dec: 1,
        lot_dec: 2,
        min_sz: "0.01",
        max_lmt_sz: "100000000",
        max_mkt_sz: "12000",
        lever: "100",
        list_time: 1_573_557_408_000,
        base_price,
        sigma_per_minute: 0.0008,
        contracts_per_minute: 400.0,
    };
    let mut out = vec![
        swap(
            "BTC-USDT-SWAP",
            "BTC-USDT",
            "linear",
            "0.01",
            "BTC-USDT",
            65_019.5,
        ),
        Contract {
            tick_dec: 2,
            sigma_per_minute: 0.001,
            ..swap(
                "ETH-USDT-SWAP",
                "ETH-USDT",
                "linear",
                "0.1",
                "ETH-USDT",
                3_401.1,
            )
        },
        Contract {
            lot_dec: 0,
            min_sz: "1",
            max_mkt_sz: "2000",
            list_time: 1_544_083_200_000,
            contracts_per_minute: 2_000.0,
            ..swap(
                "BTC-USD-SWAP",
                "BTC-USD",
                "inverse",
                "100",
                "BTC-USDT",
                65_009.0,
            )
        },
    ];
    // The first quarter-end (Mar, Jun, Sep, Dec) whose last Friday is 60 days away or more.
    let mut month = month_index(now_ms);
    let expiry = loop {
        if month.rem_euclid(3) == 2 && last_friday_0800(month) >= now_ms + 60 * DAY_MS {
            break last_friday_0800(month);
        }
        month += 1;
    };
    let mut future = Contract {
        inst_id: format!("BTC-USDT-{}", id_date(expiry)),
        inst_type: "FUTURES",
        lot_dec: 1,
        min_sz: "0.1",
        max_mkt_sz: "1000",
        list_time: expiry - 182 * DAY_MS,
        base_price: 66_300.0,
        contracts_per_minute: 50.0,
        ..swap("", "BTC-USDT", "linear", "0.01", "BTC-USDT", 0.0)
    };
    future.deriv.exp_time = Some(expiry);
    future.deriv.alias = "quarter";
    out.push(future);
    let option_expiry = friday_0800_from(now_ms + 7 * DAY_MS);
    let atm = ((btc_price / 5_000.0).round() as i64).max(2) * 5_000;
    for strike in [atm - 5_000, atm, atm + 5_000] {
        // Premiums in BTC: the intrinsic value plus some time value, as a starting level.
        let k = strike as f64;
        let call = (btc_price - k).max(0.0) / btc_price + 0.02;
        let put = (k - btc_price).max(0.0) / btc_price + 0.02;
        let stk: &'static str = Box::leak(strike.to_string().into_boxed_str());
        for (opt_type, base_price) in [("C", call), ("P", put)] {
            out.push(Contract {
                inst_id: format!("BTC-USD-{}-{stk}-{opt_type}", id_date(option_expiry)),
                inst_type: "OPTION",
                // Its own walk: an option does not move in proportion to the underlying (a put
                // moves against it), and no test is about option pricing.
                walk_id: "",
                deriv: Deriv {
                    ct_val: "0.01",
                    ct_val_ccy: "BTC",
                    ct_type: "",
                    settle_ccy: "BTC",
                    family: "BTC-USD",
                    exp_time: Some(option_expiry),
                    opt_type,
                    stk,
                    alias: "",
                },
                tick_dec: 4,
                lot_dec: 0,
                min_sz: "1",
                max_lmt_sz: "10000",
                max_mkt_sz: "5000",
                lever: "",
                list_time: option_expiry - 28 * DAY_MS,
                base_price,
                sigma_per_minute: 0.0015,
                contracts_per_minute: 5.0,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_the_documented_strings() {
        let all = spot_instruments();
        let btc = &all[0];
        assert_eq!(
            (btc.tick_sz(), btc.lot_sz(), btc.min_sz),
            ("0.1".into(), "0.00000001".into(), "0.00001")
        );
        let eth = &all[1];
        assert_eq!(
            (eth.tick_sz(), eth.lot_sz(), eth.min_sz),
            ("0.01".into(), "0.000001".into(), "0.0001")
        );
        assert_eq!(power_of_ten_text(0), "1");
        assert!(all.iter().any(|i| i.state == "suspend"));
        let j = btc.to_json().to_string();
        assert!(j.contains(r#""instId":"BTC-USDT""#) && j.contains(r#""ruleType":"normal""#));
    }
}
