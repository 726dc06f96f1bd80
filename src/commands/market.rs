//! Public market data: `ticker`, `book`, `instruments`, `time`. JSON output is OKX's `data`
//! unchanged (strings stay strings); tables add what a person needs, such as the 24 h change.

use anyhow::{Context, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};
use std::str::FromStr;

use super::{Auth, Ctx};
use crate::cli::{BookArgs, InstrumentsArgs, TickerArgs};
use crate::client::{describe_offset, now_ms, ApiRequest};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::{col, iso_ms, num, Rows};
use crate::validate;

pub use crate::parse::field;

/// `(last - open) / open` in percent, exact decimal arithmetic, two decimals and a sign.
pub fn change_pct(last: &str, open: &str) -> String {
    let (Ok(last), Ok(open)) = (Decimal::from_str(last), Decimal::from_str(open)) else {
        return String::new();
    };
    if open.is_zero() {
        return String::new();
    }
    let pct = ((last - open) * Decimal::ONE_HUNDRED / open)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if pct.is_sign_positive() && !pct.is_zero() {
        format!("+{pct:.2}%")
    } else {
        format!("{pct:.2}%")
    }
}

pub fn ticker(ctx: &Ctx, args: TickerArgs) -> Result<()> {
    let requests: Vec<ApiRequest> = match &args.inst_type {
        Some(t) => {
            let t = validate::inst_type(t)?;
            if t == "MARGIN" {
                return Err(Failure::Usage(
                    "tickers have no MARGIN type: margin pairs trade as SPOT instruments; use --type SPOT".into(),
                )
                .into());
            }
            vec![endpoints::TICKERS.request().query("instType", t)]
        }
        None => args
            .inst_ids
            .iter()
            .map(|id| {
                Ok(endpoints::TICKER
                    .request()
                    .query("instId", validate::inst_id(id)?))
            })
            .collect::<Result<_>>()?,
    };
    let client = ctx.client(Auth::None)?;
    let mut items = Vec::new();
    for req in &requests {
        let data = client.send(req)?.data;
        // A named instrument with no ticker is an answer a script must not mistake for success.
        if data.is_empty() && args.inst_type.is_none() {
            let id = req
                .query
                .first()
                .map(|(_, v)| v.as_str())
                .unwrap_or_default();
            return Err(Failure::Network(format!(
                "OKX answered with no ticker for {id}; try again"
            ))
            .into());
        }
        items.extend(data);
    }
    let rows = Rows {
        columns: vec![
            col("instrument"),
            num("last"),
            num("bid"),
            num("ask"),
            num("24h change"),
            num("24h high"),
            num("24h low"),
            num("24h vol (base)"),
            num("24h vol (quote)"),
            col("time (UTC)"),
        ],
        rows: items
            .iter()
            .map(|t| {
                vec![
                    field(t, "instId").to_string(),
                    field(t, "last").to_string(),
                    field(t, "bidPx").to_string(),
                    field(t, "askPx").to_string(),
                    change_pct(field(t, "last"), field(t, "open24h")),
                    field(t, "high24h").to_string(),
                    field(t, "low24h").to_string(),
                    field(t, "vol24h").to_string(),
                    field(t, "volCcy24h").to_string(),
                    iso_ms(field(t, "ts")),
                ]
            })
            .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Array(items))
        .context("writing output")?;
    Ok(())
}

pub fn book(ctx: &Ctx, args: BookArgs) -> Result<()> {
    let inst_id = validate::inst_id(&args.inst_id)?;
    let depth = validate::count(&args.depth, "--depth", 400)?;
    let client = ctx.client(Auth::None)?;
    let env = client.send(
        &endpoints::BOOKS
            .request()
            .query("instId", inst_id)
            .query("sz", depth.to_string()),
    )?;
    let book = env.data.first().cloned().unwrap_or(Value::Null);
    let side = |name: &str| -> Vec<(String, String)> {
        book.get(name)
            .and_then(Value::as_array)
            .map(|levels| {
                levels
                    .iter()
                    .map(|l| {
                        let at = |i: usize| {
                            l.get(i)
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .to_string()
                        };
                        (at(0), at(1))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (bids, asks) = (side("bids"), side("asks"));
    let levels = bids.len().max(asks.len());
    let rows = Rows {
        columns: vec![num("bid size"), num("bid"), num("ask"), num("ask size")],
        rows: (0..levels)
            .map(|i| {
                let (bp, bs) = bids.get(i).cloned().unwrap_or_default();
                let (ap, asz) = asks.get(i).cloned().unwrap_or_default();
                vec![bs, bp, ap, asz]
            })
            .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Array(env.data))
        .context("writing output")?;
    Ok(())
}

pub fn instruments(ctx: &Ctx, args: InstrumentsArgs) -> Result<()> {
    let inst_id = args.inst_id.as_deref().map(validate::inst_id).transpose()?;
    let inst_type = match (&args.inst_type, &inst_id) {
        (Some(t), _) => validate::inst_type(t)?,
        (None, Some(id)) => crate::rules::inst_type_of(id).to_string(),
        (None, None) => "SPOT".to_string(),
    };
    let family = args
        .inst_family
        .as_deref()
        .map(validate::inst_id)
        .transpose()?;
    if inst_type == "OPTION" && family.is_none() && inst_id.is_none() {
        return Err(Failure::Usage(
            "OPTION instruments need --inst-family, e.g. --inst-family BTC-USD (OKX requires it)"
                .into(),
        )
        .into());
    }
    let mut req = endpoints::INSTRUMENTS
        .request()
        .query("instType", inst_type);
    if let Some(f) = family {
        req = req.query("instFamily", f);
    }
    if let Some(id) = inst_id {
        req = req.query("instId", id);
    }
    let client = ctx.client(Auth::None)?;
    let env = client.send(&req)?;
    let rows = Rows {
        columns: vec![
            col("instrument"),
            col("base"),
            col("quote"),
            num("tickSz"),
            num("lotSz"),
            num("minSz"),
            col("state"),
        ],
        rows: env
            .data
            .iter()
            .map(|i| {
                [
                    "instId", "baseCcy", "quoteCcy", "tickSz", "lotSz", "minSz", "state",
                ]
                .iter()
                .map(|f| field(i, f).to_string())
                .collect()
            })
            .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Array(env.data))
        .context("writing output")?;
    Ok(())
}

pub fn time(ctx: &Ctx) -> Result<()> {
    let client = ctx.client(Auth::None)?;
    let (server_ms, offset, _) = client.server_time()?;
    let local_ms = now_ms();
    let verdict = if offset.abs() > 30_000 {
        "OKX will reject signed requests (50102): sync this machine's clock"
    } else if offset.abs() > 5_000 {
        "within OKX's 30 s window, but drifting: sync this machine's clock"
    } else {
        "in sync"
    };
    let json = json!({
        "local": iso_ms(&local_ms.to_string()),
        "server": iso_ms(&server_ms.to_string()),
        "local_ts": local_ms.to_string(),
        "server_ts": server_ms.to_string(),
        "offset_ms": offset,
        "status": verdict,
    });
    let rows = Rows {
        columns: vec![col("clock"), col("time (UTC)"), col("note")],
        rows: vec![
            vec!["local".into(), iso_ms(&local_ms.to_string()), String::new()],
            vec!["OKX".into(), iso_ms(&server_ms.to_string()), String::new()],
            vec![
                "offset".into(),
                format!("{offset:+} ms"),
                format!("this machine is {} OKX: {verdict}", describe_offset(offset)),
            ],
        ],
    };
    ctx.out.emit(&rows, &json).context("writing output")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_exact() {
        assert_eq!(change_pct("110", "100"), "+10.00%");
        assert_eq!(change_pct("0.3", "0.1"), "+200.00%");
        assert_eq!(change_pct("99.995", "100"), "-0.01%");
        assert_eq!(change_pct("100", "100"), "0.00%");
        assert_eq!(change_pct("1", ""), "");
        assert_eq!(change_pct("1", "0"), "");
    }
}
