//! The funding account beside the trading account (derivatives sheet §7): which account is
//! which (`6` funding, `18` trading), reading the available balance of a currency in either,
//! and valuing amounts in USD in exact decimals.
//!
//! OKX's funding balances (`/asset/balances`) carry no USD value, unlike the trading account's
//! `eqUsd`: okx values them at the last price of the currency's `-USDT` spot pair (USDT itself
//! counts as 1 USD), read once from `/market/tickers`. A currency without such a pair has no
//! USD value and is left out of totals, which say so.

use std::collections::HashMap;

use anyhow::Result;
use rust_decimal::Decimal;
use serde_json::Value;

use crate::client::Client;
use crate::exchange::endpoints;
use crate::output::{sanitize, Stderr};
use crate::parse::field;

/// One of the two accounts money moves between (OKX's `from`/`to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Wallet {
    Funding,
    Trading,
}

impl Wallet {
    /// OKX's code: `6` funding, `18` trading.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Wallet::Funding => "6",
            Wallet::Trading => "18",
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Wallet::Funding => "funding",
            Wallet::Trading => "trading",
        }
    }

    /// The command that shows this account's balances.
    pub(crate) fn balance_command(self) -> &'static str {
        match self {
            Wallet::Funding => "okx asset balance",
            Wallet::Trading => "okx balance",
        }
    }
}

/// The funding account's balances (`/asset/balances`), only `ccys` (comma-separated) if given:
/// OKX's items unchanged.
pub(crate) fn funding_balances(client: &Client, ccys: Option<&str>) -> Result<Vec<Value>> {
    let mut req = endpoints::ASSET_BALANCES.request();
    if let Some(c) = ccys {
        req = req.query("ccy", c.to_string());
    }
    Ok(client.send(&req)?.data)
}

/// The trading account (`/account/balance` `data[0]`), only `ccys` if given.
pub(crate) fn trading_account(client: &Client, ccys: Option<&str>) -> Result<Value> {
    let mut req = endpoints::BALANCE.request();
    if let Some(c) = ccys {
        req = req.query("ccy", c.to_string());
    }
    Ok(client
        .send(&req)?
        .data
        .into_iter()
        .next()
        .unwrap_or(Value::Null))
}

/// The trading account's per-currency items.
pub(crate) fn details(account: &Value) -> &[Value] {
    account
        .get("details")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A decimal field of an OKX item; `None` when empty or not a plain number (digits with at most
/// one point and a leading minus: no exponent, sign, space or comma), which is said on stderr.
pub(crate) fn dec(item: &Value, name: &str) -> Option<Decimal> {
    let text = field(item, name);
    if text.is_empty() {
        return None;
    }
    let parsed = is_plain(text)
        .then(|| text.parse::<Decimal>().ok())
        .flatten();
    if parsed.is_none() {
        Stderr::warn(&format!(
            "OKX's {} {:?} is not a plain decimal number: not used",
            sanitize(name),
            crate::output::shown(text, 40)
        ));
    }
    parsed
}

/// Digits with at most one point, after an optional minus: what OKX's docs promise.
fn is_plain(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let all = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match digits.split_once('.') {
        Some((int, frac)) => all(int) && all(frac),
        None => all(digits),
    }
}

/// What `wallet` holds of `ccy` and may move now (`availBal`); `None` when it holds none.
pub(crate) fn available(client: &Client, wallet: Wallet, ccy: &str) -> Result<Option<Decimal>> {
    let items = match wallet {
        Wallet::Funding => funding_balances(client, Some(ccy))?,
        Wallet::Trading => details(&trading_account(client, Some(ccy))?).to_vec(),
    };
    Ok(items
        .iter()
        .find(|i| field(i, "ccy") == ccy)
        .and_then(|i| dec(i, "availBal")))
}

/// What OKX lets leave the trading account of `ccy` now (`/account/max-withdrawal`'s `maxWd`):
/// below `availBal` while open positions need part of it. `None` when OKX gives no figure.
pub(crate) fn max_withdrawal(client: &Client, ccy: &str) -> Result<Option<Decimal>> {
    let req = endpoints::MAX_WITHDRAWAL
        .request()
        .query("ccy", ccy.to_string());
    Ok(client
        .send(&req)?
        .data
        .iter()
        .find(|i| field(i, "ccy") == ccy)
        .and_then(|i| dec(i, "maxWd")))
}

/// USD prices per currency: the last price of its `-USDT` spot pair; USDT is 1.
pub(crate) struct UsdPrices(HashMap<String, Decimal>);

impl UsdPrices {
    /// Reads every spot ticker once.
    pub(crate) fn load(client: &Client) -> Result<UsdPrices> {
        let req = endpoints::TICKERS.request().query("instType", "SPOT");
        let mut prices = HashMap::new();
        for t in client.send(&req)?.data {
            if let Some(base) = field(&t, "instId").strip_suffix("-USDT") {
                // A last price of 0 (a pair without trades) is no price.
                if let Some(last) = dec(&t, "last").filter(|p| *p > Decimal::ZERO) {
                    prices.insert(base.to_string(), last);
                }
            }
        }
        Ok(UsdPrices(prices))
    }

    /// The price used for `ccy`, if there is one.
    pub(crate) fn price(&self, ccy: &str) -> Option<Decimal> {
        if ccy == "USDT" {
            return Some(Decimal::ONE);
        }
        self.0.get(ccy).copied()
    }

    /// `amount` of `ccy` in USD, exact; `None` without a price (or past Decimal's range).
    pub(crate) fn value(&self, ccy: &str, amount: Decimal) -> Option<Decimal> {
        self.price(ccy)
            .and_then(|p| p.checked_mul(amount))
            .map(|v| v.normalize())
    }
}

/// Sums exactly; `None` past Decimal's range.
pub(crate) fn sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values
        .into_iter()
        .try_fold(Decimal::ZERO, |a, v| a.checked_add(v))
        .map(|v| v.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_values_are_exact() {
        let p = UsdPrices(HashMap::from([(
            "BTC".to_string(),
            "65000.1".parse::<Decimal>().unwrap(),
        )]));
        let v = |c: &str, a: &str| p.value(c, a.parse().unwrap()).map(|d| d.to_string());
        assert_eq!(v("BTC", "0.1").as_deref(), Some("6500.01"));
        assert_eq!(v("USDT", "2500.50").as_deref(), Some("2500.5"));
        assert_eq!(v("TON", "1"), None);
        let plain = |t: &str| dec(&serde_json::json!({ "x": t }), "x");
        assert_eq!(plain("1.50"), Some("1.5".parse().unwrap()));
        assert_eq!(plain("-2"), Some("-2".parse().unwrap()));
        for bad in [
            "1e5", "1E5", "+1", " 1", "1.", ".5", "1,000", "1.2.3", "-", "",
        ] {
            assert_eq!(plain(bad), None, "{bad:?}");
        }
        let s = sum(["0.1", "0.2"].map(|t| t.parse::<Decimal>().unwrap())).unwrap();
        assert_eq!(s.to_string(), "0.3");
    }
}
