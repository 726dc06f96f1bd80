//! The SPOT instruments the stand-in lists, with OKX's fields (docs
//! #public-data-rest-api-get-instruments, fact sheet §3.2) and the parameters of each one's
//! simulated market (base price, volatility, typical volume).
//!
//! Tick and lot sizes are powers of ten, as they are for every spot pair used here, so prices and
//! sizes are kept as integer counts of ticks and lots and printed exactly.

use serde_json::{json, Value};

pub(crate) struct Instrument {
    pub(crate) inst_id: &'static str,
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
    /// (alphabetical); derivative-only fields are `""`, per the docs.
    pub(crate) fn to_json(&self) -> Value {
        let big = "9999999999.0000000000000000";
        json!({
            "alias": "",
            "auctionEndTime": "",
            "baseCcy": self.base_ccy,
            "category": "1",
            "contTdSwTime": "",
            "ctMult": "",
            "ctType": "",
            "ctVal": "",
            "ctValCcy": "",
            "expTime": "",
            "futureSettlement": false,
            "groupId": "1",
            "instFamily": "",
            "instId": self.inst_id,
            "instIdCode": self.inst_id_code,
            "instType": "SPOT",
            "lever": self.lever,
            "listTime": self.list_time.to_string(),
            "lotSz": self.lot_sz(),
            "maxIcebergSz": big,
            "maxLmtAmt": self.max_lmt_amt,
            "maxLmtSz": self.max_lmt_sz,
            "maxMktAmt": self.max_mkt_amt,
            "maxMktSz": self.max_mkt_sz,
            "maxStopSz": self.max_mkt_sz,
            "maxTriggerSz": big,
            "maxTwapSz": big,
            "minSz": self.min_sz,
            "openType": "",
            "optType": "",
            "preMktSwTime": "",
            "quoteCcy": self.quote_ccy,
            "ruleType": "normal",
            "settleCcy": "",
            "state": self.state,
            "stk": "",
            "tickSz": self.tick_sz(),
            "tradeQuoteCcyList": [self.quote_ccy],
            "uly": "",
            "upcChg": [],
        })
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
            inst_id: "BTC-USDT",
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
            inst_id: "ETH-USDT",
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
            inst_id: "SOL-USDT",
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
            inst_id: "OKB-USDT",
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
            inst_id: "DOGE-USDT",
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
            inst_id: "ETH-BTC",
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
            inst_id: "XMR-USDT",
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
