//! What okx reads out of OKX's account and position objects (derivatives sheet §1.3, §3.1–§3.3,
//! §3.9, §8.1–§8.2): the account and position modes in words, a position's side and its size in
//! coin, percentages of OKX's ratios, totals of PnL and notional, fee rates as charges or
//! rebates. Every figure is OKX's text or exact decimal arithmetic on it; a value that is not a
//! plain decimal is an `Err` with the reason, for the caller to show the text as sent and warn.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::Value;

use crate::client::Client;
use crate::error::Failure;
use crate::exchange::contracts::{self, Terms};
use crate::exchange::endpoints;
use crate::output::sanitize;
use crate::parse::field;

/// A margin mode: `mgnMode` of positions and leverage, `tdMode` of derivative orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MgnMode {
    Cross,
    Isolated,
}

impl MgnMode {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MgnMode::Cross => "cross",
            MgnMode::Isolated => "isolated",
        }
    }
}

/// `acctLv` in words (§1.3).
pub(crate) fn account_mode(acct_lv: &str) -> Option<&'static str> {
    Some(match acct_lv {
        "1" => "spot (no derivatives: SWAP/FUTURES orders fail with 51010)",
        "2" => "futures (single-currency margin)",
        "3" => "multi-currency margin",
        "4" => "portfolio margin",
        _ => return None,
    })
}

/// `posMode` in words (§1.3).
pub(crate) fn position_mode(pos_mode: &str) -> Option<&'static str> {
    Some(match pos_mode {
        "net_mode" => "net (one position per instrument; its sign is its side)",
        "long_short_mode" => "long/short (a long and a short position per instrument)",
        _ => return None,
    })
}

/// A plain decimal as OKX writes numbers (`-0.5`, `87000`): no exponent, no sign other than a
/// leading `-`, no spaces, and held exactly (at most 28 digits).
pub(crate) fn dec(s: &str) -> Option<Decimal> {
    let t = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || (t.contains('.') && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    Decimal::from_str_exact(s).ok()
}

fn absurd(what: &str, s: &str) -> String {
    format!("{what} \"{}\" (not a plain decimal number)", sanitize(s))
}

/// A ratio (`0.0523`) in percent (`5.23`), by moving the decimal point: exact for any plain
/// decimal, however long. `""` stays `""`.
pub(crate) fn percent(ratio: &str, what: &str) -> Result<String, String> {
    if ratio.is_empty() {
        return Ok(String::new());
    }
    let (neg, t) = match ratio.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, ratio),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || (t.contains('.') && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(absurd(what, ratio));
    }
    let frac = format!("{frac:0<2}");
    let (moved, rest) = frac.split_at(2);
    let whole = format!("{int}{moved}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let rest = rest.trim_end_matches('0');
    let body = if rest.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{rest}")
    };
    let zero = body.bytes().all(|b| b == b'0' || b == b'.');
    Ok(if neg && !zero {
        format!("-{body}")
    } else {
        body
    })
}

/// A position's side: `long`/`short` from `posSide`, or in net mode from the sign of `pos`
/// (positive long, negative short); `""` for a zero or unreadable net position.
pub(crate) fn side(pos: &Value) -> &'static str {
    match field(pos, "posSide") {
        "long" => "long",
        "short" => "short",
        _ => match dec(field(pos, "pos")) {
            Some(p) if p.is_sign_positive() && !p.is_zero() => "long",
            Some(p) if p.is_sign_negative() && !p.is_zero() => "short",
            _ => "",
        },
    }
}

/// `|pos|` as text: OKX signs a short net position; the side says which it is.
pub(crate) fn magnitude(pos: &str) -> &str {
    pos.strip_prefix('-').unwrap_or(pos)
}

/// A derivative position's size in its coin: linear and options `|pos| × ctVal`, inverse
/// `|pos| × ctVal / markPx` to 8 decimals (the contracts arithmetic of `okx contracts`).
pub(crate) fn coin_size(terms: &Terms, pos: &str, mark_px: &str) -> Result<String, String> {
    let size = dec(magnitude(pos)).ok_or_else(|| absurd("position size", pos))?;
    let price = match (terms.needs_price(contracts::Unit::Base), mark_px) {
        (false, _) => None,
        (true, p) => Some(
            dec(p)
                .filter(|p| *p > Decimal::ZERO)
                .ok_or_else(|| absurd("mark price", p))?,
        ),
    };
    let s = contracts::size(terms, size, price).map_err(|e| format!("{e}"))?;
    Ok(s.base.map(|b| b.to_string()).unwrap_or_default())
}

/// Sums of unrealised PnL per settlement currency and of notional in USD, over positions.
#[derive(Debug, Default)]
pub(crate) struct Totals {
    /// Per currency (`ccy`), the sum of `upl`; `None` once a value could not be added.
    pub upl: BTreeMap<String, Option<Decimal>>,
    /// Per currency, the sum of `notionalUsd` of its positions.
    pub usd: BTreeMap<String, Option<Decimal>>,
    /// The first value that could not be added, for the one warning.
    pub problem: Option<String>,
}

impl Totals {
    pub(crate) fn add(&mut self, pos: &Value) {
        let ccy = field(pos, "ccy").to_string();
        for (sums, name) in [(&mut self.upl, "upl"), (&mut self.usd, "notionalUsd")] {
            let text = field(pos, name);
            let sum = sums.entry(ccy.clone()).or_insert(Some(Decimal::ZERO));
            if text.is_empty() {
                continue;
            }
            match dec(text) {
                Some(v) => *sum = sum.and_then(|s| s.checked_add(v)),
                None => {
                    self.problem.get_or_insert_with(|| absurd(name, text));
                    *sum = None;
                }
            }
            if sum.is_none() {
                self.problem
                    .get_or_insert_with(|| format!("the sum of {name} (too large to add up)"));
            }
        }
    }

    /// The sum of every currency's notional, when each could be added.
    pub(crate) fn usd_total(&self) -> Option<Decimal> {
        self.usd
            .values()
            .try_fold(Decimal::ZERO, |acc, v| acc.checked_add((*v)?))
    }
}

/// A decimal as text, without trailing zeros; `""` when it could not be computed.
pub(crate) fn shown(d: Option<Decimal>) -> String {
    d.map(|d| d.normalize().to_string()).unwrap_or_default()
}

/// A fee rate in words, in percent: OKX's maker/taker rates are negative for a charge and
/// positive for a rebate (§3.9); `delivery` and `exercise` the other way round
/// (`positive_is_charge`). `0.02% charge`, `0.005% rebate`, `none`; `""` stays `""`.
pub(crate) fn fee_words(rate: &str, positive_is_charge: bool) -> Result<String, String> {
    if rate.is_empty() {
        return Ok(String::new());
    }
    let d = dec(rate).ok_or_else(|| absurd("fee rate", rate))?;
    if d.is_zero() {
        return Ok("none".into());
    }
    let pct = percent(magnitude(rate), "fee rate")?;
    let charge = d.is_sign_negative() != positive_is_charge;
    Ok(format!(
        "{pct}% {}",
        if charge { "charge" } else { "rebate" }
    ))
}

/// `|x|` of an OKX decimal is its text without the sign; this says whether the text is a plain
/// decimal, for checks before showing one (`Err` with the reason).
pub(crate) fn plain(s: &str, what: &str) -> Result<(), String> {
    if s.is_empty() || dec(s).is_some() {
        Ok(())
    } else {
        Err(absurd(what, s))
    }
}

/// The readable lines of a `positions` push (§8.1), one per position, timed by `clock`; an
/// empty snapshot says there are none. Text from OKX is sanitised by the caller.
pub(crate) fn position_lines(data: &[Value], clock: fn(&str) -> String) -> String {
    if data.is_empty() {
        return "positions: none open".into();
    }
    data.iter()
        .map(|p| {
            let at = match field(p, "pTime") {
                "" => field(p, "uTime"),
                t => t,
            };
            let pct = percent(field(p, "uplRatio"), "uplRatio").unwrap_or_else(|why| {
                crate::output::warn_absurd(&why);
                field(p, "uplRatio").to_string()
            });
            let liq = match field(p, "liqPx") {
                "" => String::new(),
                l => format!(" liq {l}"),
            };
            format!(
                "{} position {} {} {} @ {} mark {} uPnL {} {} ({pct}%) {} {}x{liq}",
                clock(at),
                field(p, "instId"),
                side(p),
                magnitude(field(p, "pos")),
                field(p, "avgPx"),
                field(p, "markPx"),
                field(p, "upl"),
                field(p, "ccy"),
                field(p, "mgnMode"),
                field(p, "lever"),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The readable line of a `balance_and_position` push (§8.2): the event, the cash balances and
/// the positions it changed (OKX sends only the changed parts; no PnL here).
pub(crate) fn balance_position_line(first: &Value, clock: fn(&str) -> String) -> String {
    let list = |name: &str| {
        first
            .get(name)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let balances: Vec<String> = list("balData")
        .iter()
        .map(|b| format!("{} {}", field(b, "ccy"), field(b, "cashBal")))
        .collect();
    let positions: Vec<String> = list("posData")
        .iter()
        .map(|p| {
            format!(
                "{} {} {} @ {} {}",
                field(p, "instId"),
                side(p),
                magnitude(field(p, "pos")),
                field(p, "avgPx"),
                field(p, "mgnMode")
            )
        })
        .collect();
    let mut parts = vec![format!(
        "{} {}",
        clock(field(first, "pTime")),
        field(first, "eventType")
    )];
    if !balances.is_empty() {
        parts.push(format!("cash {}", balances.join(", ")));
    }
    if !positions.is_empty() {
        parts.push(format!("positions {}", positions.join(", ")));
    }
    parts.join("; ")
}

/// OKX's positions in one instrument (every margin mode and side), as it lists them.
pub(crate) fn of_instrument(client: &Client, inst_id: &str) -> anyhow::Result<Vec<Value>> {
    Ok(client
        .send(&endpoints::POSITIONS.request().query("instId", inst_id))?
        .data)
}

/// The open position of `inst_id` in margin mode `mgn_mode` on side `pos_side` (`net`, `long`,
/// `short`) among `positions`, with its size (signed in net mode); `None` when there is none or
/// its size is zero. A size okx cannot read is OKX's error, never taken for no position.
pub(crate) fn open_one<'a>(
    positions: &'a [Value],
    inst_id: &str,
    mgn_mode: &str,
    pos_side: &str,
) -> Result<Option<(&'a Value, Decimal)>, Failure> {
    for p in positions {
        if field(p, "instId") != inst_id
            || field(p, "mgnMode") != mgn_mode
            || field(p, "posSide") != pos_side
        {
            continue;
        }
        let pos = field(p, "pos");
        let size = pos.parse::<Decimal>().map_err(|_| {
            Failure::Network(format!(
                "OKX sent {inst_id}'s position size as \"{}\", which okx cannot read: nothing \
                 sent; try again",
                sanitize(pos)
            ))
        })?;
        if !size.is_zero() {
            return Ok(Some((p, size)));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn percent_moves_the_point_exactly() {
        for (r, p) in [
            ("0.0523", "5.23"),
            ("0.5", "50"),
            ("1", "100"),
            ("-0.001", "-0.1"),
            ("0", "0"),
            ("-0", "0"),
            (
                "12.345678901234567890123456789",
                "1234.5678901234567890123456789",
            ),
            ("", ""),
        ] {
            assert_eq!(percent(r, "x").unwrap(), p, "{r}");
        }
        for bad in ["1e5", "abc", ".5", "5.", "--1", "1 "] {
            assert!(percent(bad, "x").is_err(), "{bad}");
        }
    }

    #[test]
    fn side_from_pos_side_or_the_sign() {
        assert_eq!(side(&json!({"posSide": "long", "pos": "2"})), "long");
        assert_eq!(side(&json!({"posSide": "short", "pos": "2"})), "short");
        assert_eq!(side(&json!({"posSide": "net", "pos": "-3"})), "short");
        assert_eq!(side(&json!({"posSide": "net", "pos": "3"})), "long");
        assert_eq!(side(&json!({"posSide": "net", "pos": "0"})), "");
        assert_eq!(side(&json!({"posSide": "net", "pos": "x"})), "");
    }

    #[test]
    fn fees_in_words() {
        assert_eq!(fee_words("-0.0002", false).unwrap(), "0.02% charge");
        assert_eq!(fee_words("0.00005", false).unwrap(), "0.005% rebate");
        assert_eq!(fee_words("0.0002", true).unwrap(), "0.02% charge");
        assert_eq!(fee_words("0", false).unwrap(), "none");
        assert!(fee_words("1e-4", false).is_err());
    }

    #[test]
    fn totals_add_exactly_and_stop_at_a_bad_value() {
        let mut t = Totals::default();
        t.add(&json!({"ccy": "USDT", "upl": "0.1", "notionalUsd": "100.5"}));
        t.add(&json!({"ccy": "USDT", "upl": "0.2", "notionalUsd": "1"}));
        t.add(&json!({"ccy": "BTC", "upl": "-0.00000001", "notionalUsd": "300"}));
        assert_eq!(shown(t.upl["USDT"]), "0.3");
        assert_eq!(shown(t.upl["BTC"]), "-0.00000001");
        assert_eq!(shown(t.usd_total()), "401.5");
        assert!(t.problem.is_none());
        t.add(
            &json!({"ccy": "USDT", "upl": "NaN", "notionalUsd": "79228162514264337593543950335"}),
        );
        assert_eq!(t.upl["USDT"], None);
        assert!(t.problem.as_deref().unwrap().contains("NaN"));
        assert_eq!(t.usd_total(), None);
    }

    #[test]
    fn dec_takes_plain_decimals_only() {
        assert_eq!(dec("-1.50"), Some(Decimal::new(-150, 2)));
        for bad in ["", "1e3", "+1", " 1", "1.", ".1", "0x10", "1_000"] {
            assert_eq!(dec(bad), None, "{bad}");
        }
        assert_eq!(dec("1.00000000000000000000000000001"), None);
    }
}
