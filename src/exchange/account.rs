//! The account settings a derivative order depends on (`GET /api/v5/account/config`,
//! derivatives sheet §1.3, §3.3): the account mode (`acctLv`) and the position mode
//! (`posMode`). Cached on disk per base URL and key for a short time, so a burst of orders
//! costs one request; a change made through okx forgets the copy.

use std::time::Duration;

use anyhow::Result;
use serde_json::{json, Value};

use super::endpoints;
use crate::cache;
use crate::client::{now_ms, Client};
use crate::error::Failure;
use crate::output::sanitize;
use crate::parse::field;

/// Settings change rarely and only by the account's owner; a short cache keeps a change made on
/// the website from being missed for long.
const FRESH: Duration = Duration::from_secs(30);

/// How positions of FUTURES and SWAP are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PosMode {
    /// One position per instrument, its size signed (`net_mode`).
    Net,
    /// A long and a short position per instrument (`long_short_mode`).
    LongShort,
}

impl PosMode {
    /// OKX's name (`net_mode`, `long_short_mode`).
    pub(crate) fn okx_name(self) -> &'static str {
        match self {
            PosMode::Net => "net_mode",
            PosMode::LongShort => "long_short_mode",
        }
    }
}

/// What an order needs to know of the account.
#[derive(Debug, Clone)]
pub(crate) struct AccountConfig {
    /// `1` spot, `2` futures, `3` multi-currency margin, `4` portfolio margin.
    pub acct_lv: String,
    pub pos_mode: PosMode,
}

impl AccountConfig {
    fn from_okx(item: &Value) -> Result<AccountConfig, Failure> {
        let pos_mode = match field(item, "posMode") {
            "net_mode" => PosMode::Net,
            "long_short_mode" => PosMode::LongShort,
            other => {
                return Err(Failure::Network(format!(
                    "OKX's account configuration has the position mode \"{}\", which okx does not \
                     know: nothing sent; try again",
                    sanitize(other)
                )))
            }
        };
        let acct_lv = field(item, "acctLv");
        if !matches!(acct_lv, "1" | "2" | "3" | "4") {
            return Err(Failure::Network(format!(
                "OKX's account configuration has the account mode \"{}\", which okx does not \
                 know: nothing sent; try again",
                sanitize(acct_lv)
            )));
        }
        Ok(AccountConfig {
            acct_lv: acct_lv.to_string(),
            pos_mode,
        })
    }
}

fn cache_file(client: &Client) -> Option<std::path::PathBuf> {
    cache::file(
        client.base_url(),
        &format!("account-config-{}", client.account_id()?),
    )
}

/// The account's settings, from a copy younger than [`FRESH`] or from OKX.
pub(crate) fn config(client: &Client) -> Result<AccountConfig> {
    Ok(load(client)?.0)
}

/// The settings, and whether they came from the cached copy.
fn load(client: &Client) -> Result<(AccountConfig, bool)> {
    if let Some(v) = cache_file(client).as_ref().and_then(cache::read) {
        let at = v.get("fetched_at_ms").and_then(Value::as_i64).unwrap_or(0);
        let age = now_ms().saturating_sub(at);
        if (0..FRESH.as_millis() as i64).contains(&age) {
            if let Ok(c) = AccountConfig::from_okx(&v["data"]) {
                return Ok((c, true));
            }
        }
    }
    let env = client.send(&endpoints::ACCOUNT_CONFIG.request())?;
    let item = env.data.into_iter().next().ok_or_else(|| {
        Failure::Network("OKX answered with no account configuration; try again".into())
    })?;
    let config = AccountConfig::from_okx(&item)?;
    remember(client, &item);
    Ok((config, false))
}

/// Keeps OKX's account configuration `item` as the cached copy (`okx account` refreshes it).
pub(crate) fn remember(client: &Client, item: &Value) {
    if let Some(p) = cache_file(client) {
        cache::write(p, &json!({"fetched_at_ms": now_ms(), "data": item}));
    }
}

/// Runs `check` against the account's settings. A refusal based on the cached copy is not
/// trusted: the settings may have changed on the website or through `okx api` since, so they
/// are read afresh and checked again.
pub(crate) fn checked<T>(
    client: &Client,
    check: impl Fn(&AccountConfig) -> Result<T, Failure>,
) -> Result<T> {
    let (config, cached) = load(client)?;
    match check(&config) {
        Err(_) if cached => {
            forget(client);
            let (fresh, _) = load(client)?;
            Ok(check(&fresh)?)
        }
        r => Ok(r?),
    }
}

/// Forgets the cached settings: after okx changed them, or to read them afresh.
pub(crate) fn forget(client: &Client) {
    if let Some(p) = cache_file(client) {
        let _ = std::fs::remove_file(p);
    }
}
