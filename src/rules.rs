//! Instrument trading rules (tickSz, lotSz, minSz, max sizes, state) for the pre-send checks of
//! `okx order place`, cached on disk per base URL and instrument type for a short time so that a
//! burst of orders costs one instruments request, and refetched when stale or when an ID is
//! missing from an older copy (a new listing).
//!
//! The checks refuse a bad price or size with the nearest valid values; they never round.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::cache;
use crate::client::{now_ms, Client};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::{family_of, InstId, InstType};

/// Rules change rarely (OKX announces tick and lot changes in advance, `upcChg`), but a state
/// change (suspend) matters at once; a few minutes balances both.
const FRESH: Duration = Duration::from_secs(300);
/// A cached copy younger than this is trusted even for an ID it lacks.
const RECENT: Duration = Duration::from_secs(10);

/// The instrument type an ID implies (`InstType::of_id`), as OKX spells it.
pub fn inst_type_of(inst_id: &str) -> &'static str {
    InstType::of_id(inst_id).as_str()
}

/// A derivative's contract terms (derivatives sheet §1.2).
#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    /// Face value of one contract, in `ct_val_ccy`: coin for linear contracts and options, USD
    /// for inverse ones.
    pub ct_val: Decimal,
    pub ct_val_ccy: String,
    /// `ctMult`; `None` when OKX sends `""`.
    pub ct_mult: Option<Decimal>,
    /// `linear`, `inverse`, or `""` (options).
    pub ct_type: String,
    pub settle_ccy: String,
    /// `instFamily` (`BTC-USDT`): its parts name the coin and the currency the price is in.
    pub family: String,
}

impl Contract {
    fn from_okx(item: &Value) -> Option<Contract> {
        let s = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or_default();
        let family = match s("instFamily") {
            "" => s("uly"),
            f => f,
        };
        Some(Contract {
            ct_val: Decimal::from_str(s("ctVal"))
                .ok()
                .filter(|v| v.is_sign_positive() && !v.is_zero())?,
            ct_val_ccy: s("ctValCcy").to_string(),
            ct_mult: match s("ctMult") {
                "" => None,
                m => Some(Decimal::from_str(m).ok()?),
            },
            ct_type: s("ctType").to_string(),
            settle_ccy: s("settleCcy").to_string(),
            family: family.to_string(),
        })
    }

    /// The coin and the price currency of the family (`BTC-USD` → BTC, USD).
    pub fn coin_and_price_ccy(&self) -> (&str, &str) {
        self.family.split_once('-').unwrap_or((&self.family, ""))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    pub inst_id: String,
    /// OKX's `instType`.
    pub inst_type: String,
    pub state: String,
    pub base: String,
    pub quote: String,
    pub tick_sz: Decimal,
    pub lot_sz: Decimal,
    pub min_sz: Decimal,
    pub max_lmt_sz: Option<Decimal>,
    pub max_mkt_sz: Option<Decimal>,
    /// A derivative's terms; `None` for spot and margin.
    pub contract: Option<Contract>,
    /// OKX's maximum leverage (`lever`), where it has one.
    pub max_lever: Option<Decimal>,
    /// The largest stop (TP/SL) and trigger algo orders, where OKX gives them.
    pub max_stop_sz: Option<Decimal>,
    pub max_trigger_sz: Option<Decimal>,
}

impl Rules {
    /// What a size counts: contracts for a derivative, the base currency otherwise.
    pub fn size_unit(&self) -> &str {
        if self.contract.is_some() {
            "contracts"
        } else {
            &self.base
        }
    }

    pub fn from_okx(item: &Value) -> Option<Rules> {
        let s = |k: &str| {
            item.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let d = |k: &str| Decimal::from_str(item.get(k)?.as_str()?).ok();
        let inst_type = s("instType");
        let contract = match inst_type.as_str() {
            "SWAP" | "FUTURES" | "OPTION" => Some(Contract::from_okx(item)?),
            _ => None,
        };
        Some(Rules {
            inst_id: s("instId"),
            inst_type,
            contract,
            state: s("state"),
            base: s("baseCcy"),
            quote: s("quoteCcy"),
            tick_sz: d("tickSz").filter(|t| *t > Decimal::ZERO)?,
            lot_sz: d("lotSz").filter(|t| *t > Decimal::ZERO)?,
            min_sz: d("minSz").filter(|t| *t > Decimal::ZERO)?,
            max_lmt_sz: d("maxLmtSz"),
            max_mkt_sz: d("maxMktSz"),
            max_lever: d("lever").filter(|l| *l >= Decimal::ONE),
            max_stop_sz: d("maxStopSz").filter(|m| *m > Decimal::ZERO),
            max_trigger_sz: d("maxTriggerSz").filter(|m| *m > Decimal::ZERO),
        })
    }
}

fn read_cache(path: &PathBuf) -> Option<(i64, Vec<Value>)> {
    let v = cache::read(path)?;
    let at = v.get("fetched_at_ms")?.as_i64()?;
    let data = v.get("data")?.as_array()?.clone();
    Some((at, data))
}

/// The rules for `inst_id`, from a fresh cache or from OKX.
pub(crate) fn load(client: &Client, inst_id: &str, inst_type: &str) -> anyhow::Result<Rules> {
    let item = load_item(client, inst_id, inst_type)?;
    Rules::from_okx(&item).ok_or_else(|| {
        Failure::Network(format!(
            "OKX's rules for {inst_id} are not usable (tickSz, lotSz, minSz or the contract value \
             missing, zero, negative or not a number): nothing sent; try again"
        ))
        .into()
    })
}

/// The index an instrument's prices refer to: its `uly` (`BTC-USD` for BTC-USD-SWAP and the
/// BTC-USD options, `BTC-USDT` for BTC-USDT-SWAP), from the cached instrument list.
pub(crate) fn underlying(client: &Client, id: &InstId) -> anyhow::Result<String> {
    let item = load_item(client, id.as_str(), id.inst_type().as_str())?;
    let uly = item
        .get("uly")
        .and_then(Value::as_str)
        .filter(|u| !u.is_empty())
        .ok_or_else(|| {
            Failure::Network(format!(
                "OKX's instrument {id} has no uly (underlying index); try again"
            ))
        })?;
    Ok(uly.to_string())
}

/// OKX's instrument object for `inst_id`, from a fresh cache or from OKX (listing `inst_type`;
/// options by family, which OKX requires and which begins an option's ID).
fn load_item(client: &Client, inst_id: &str, inst_type: &str) -> anyhow::Result<Value> {
    let family = (inst_type == "OPTION").then(|| family_of(inst_id));
    let name = match &family {
        Some(f) => format!("instruments-{inst_type}-{f}"),
        None => format!("instruments-{inst_type}"),
    };
    let path = cache::file(client.base_url(), &name);
    let cached = path.as_ref().and_then(read_cache);
    // A cache file's time is not trusted: one in the future is age 0, one absurdly far is old.
    let age =
        |at: i64| Duration::from_millis(u64::try_from(now_ms().saturating_sub(at)).unwrap_or(0));
    if let Some((at, data)) = &cached {
        if age(*at) < FRESH {
            if let Some(item) = find_item(data, inst_id) {
                return Ok(item);
            }
            if age(*at) < RECENT {
                return Err(unknown(inst_id));
            }
        }
    }
    let mut req = endpoints::INSTRUMENTS
        .request()
        .query("instType", inst_type);
    if let Some(f) = family {
        req = req.query("instFamily", f);
    }
    let env = client.send(&req)?;
    if let Some(p) = &path {
        cache::write(p, &json!({ "fetched_at_ms": now_ms(), "data": env.data }));
    }
    find_item(&env.data, inst_id).ok_or_else(|| unknown(inst_id))
}

fn find_item(data: &[Value], inst_id: &str) -> Option<Value> {
    data.iter()
        .find(|i| i.get("instId").and_then(Value::as_str) == Some(inst_id))
        .cloned()
}

fn unknown(inst_id: &str) -> anyhow::Error {
    Failure::Usage(format!(
        "instrument {inst_id} does not exist on OKX (51001); check the ID with okx instruments"
    ))
    .into()
}

/// `v % step` for a positive `v`, exactly, on the integer mantissas at the larger scale:
/// rust_decimal's `%` can be wrong (1.43: 4986819024357089415077625951 %
/// 1.0000000000000000000000000000 gives 0.7333…).
pub(crate) fn rem(v: Decimal, step: Decimal) -> Decimal {
    let (a, b) = (v.mantissa().unsigned_abs(), step.mantissa().unsigned_abs());
    let r = if v.scale() >= step.scale() {
        // A step * 10^k beyond u128 is larger than v, which is then the remainder.
        10u128
            .checked_pow(v.scale() - step.scale())
            .and_then(|p| p.checked_mul(b))
            .map_or(a, |b| a % b)
    } else {
        // (a * 10^k) mod b, one digit at a time: r < b < 2^96, so r * 10 fits.
        (v.scale()..step.scale()).fold(a % b, |r, _| r * 10 % b)
    };
    Decimal::from_i128_with_scale(r as i128, v.scale().max(step.scale()))
}

/// The multiples of `step` just below and above `v`, at `step`'s precision; `None` when they
/// cannot be written exactly (a value near the 28 digits a Decimal holds).
pub(crate) fn neighbours(v: Decimal, step: Decimal) -> Option<(Decimal, Decimal)> {
    // `(v / step).floor() * step` rounds (or overflows) for long values.
    let below = v.checked_sub(rem(v, step))?;
    let above = below.checked_add(step)?;
    let multiple = |m: Decimal| rem(m, step).is_zero();
    if !(multiple(below) && multiple(above) && below <= v && v < above) {
        return None;
    }
    let scale = step.normalize().scale();
    Some((below.round_dp(scale), above.round_dp(scale)))
}

/// What the order is, for the checks.
pub struct Proposed {
    pub price: Option<Decimal>,
    pub size: Decimal,
    /// The size is in the quote currency (a market order with `--tgt-ccy quote`).
    pub size_in_quote: bool,
    pub market: bool,
}

/// Checks an order against the instrument's rules; the error names the rule and the nearest
/// valid values.
pub fn check(r: &Rules, o: &Proposed) -> Result<(), Failure> {
    let id = &r.inst_id;
    if r.state != "live" {
        return Err(Failure::Usage(format!(
            "{id} is not trading now (state {:?}); OKX would refuse the order",
            r.state
        )));
    }
    if let Some(px) = o.price {
        if !rem(px, r.tick_sz).is_zero() {
            let choices = match neighbours(px, r.tick_sz) {
                Some((lo, hi)) if lo.is_zero() => format!(": use {hi}"),
                Some((lo, hi)) => format!(": use {lo} or {hi}"),
                None => String::new(),
            };
            return Err(Failure::Usage(format!(
                "price {px} is not a multiple of {id}'s tick size {}{choices}",
                r.tick_sz.normalize()
            )));
        }
    }
    if o.size_in_quote {
        if let Some(max) = r.max_mkt_sz.filter(|m| !m.is_zero()) {
            if o.size > max {
                return Err(Failure::Usage(format!(
                    "size {} {} is above {id}'s largest market order, {} {}: split the order",
                    o.size,
                    r.quote,
                    max.normalize(),
                    r.quote
                )));
            }
        }
        return Ok(());
    }
    if o.size < r.min_sz {
        return Err(Failure::Usage(format!(
            "size {} {} is below {id}'s minimum order size {}: use at least {}",
            o.size,
            r.size_unit(),
            r.min_sz.normalize(),
            r.min_sz.normalize()
        )));
    }
    if !rem(o.size, r.lot_sz).is_zero() {
        let choices = neighbours(o.size, r.lot_sz)
            .map(|(lo, hi)| format!(": use {lo} or {hi}"))
            .unwrap_or_default();
        return Err(Failure::Usage(format!(
            "size {} is not a multiple of {id}'s lot size {}{choices}",
            o.size,
            r.lot_sz.normalize()
        )));
    }
    // A spot market order's maxMktSz counts the quote currency (checked above); a derivative's
    // counts contracts, like its size.
    let (max, kind) = match (o.market, r.contract.is_some()) {
        (false, _) => (r.max_lmt_sz, "limit"),
        (true, true) => (r.max_mkt_sz, "market"),
        (true, false) => (None, "market"),
    };
    if let Some(max) = max.filter(|m| !m.is_zero()) {
        if o.size > max {
            return Err(Failure::Usage(format!(
                "size {} is above {id}'s largest {kind} order, {} {}: use at most {}, or split \
                 the order",
                o.size,
                max.normalize(),
                r.size_unit(),
                max.normalize()
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn btc() -> Rules {
        Rules::from_okx(&json!({
            "instId": "BTC-USDT", "state": "live", "baseCcy": "BTC", "quoteCcy": "USDT",
            "tickSz": "0.1", "lotSz": "0.00000001", "minSz": "0.00001",
            "maxLmtSz": "9999999999", "maxMktSz": "1000000"
        }))
        .unwrap()
    }

    fn limit(px: &str, sz: &str) -> Proposed {
        Proposed {
            price: Some(Decimal::from_str(px).unwrap()),
            size: Decimal::from_str(sz).unwrap(),
            size_in_quote: false,
            market: false,
        }
    }

    #[test]
    fn nearest_valid_values_are_offered() {
        let e = check(&btc(), &limit("42000.05", "0.001"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("use 42000.0 or 42000.1"), "{e}");
        let e = check(&btc(), &limit("42000", "0.000100015"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("use 0.00010001 or 0.00010002"), "{e}");
        // Below the minimum, the minimum is the answer, not two invalid neighbours.
        let e = check(&btc(), &limit("42000", "0.000000015"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("use at least 0.00001"), "{e}");
        let e = check(&btc(), &limit("0.05", "0.001"))
            .unwrap_err()
            .to_string();
        assert!(e.ends_with("use 0.1"), "{e}");
        let e = check(&btc(), &limit("42000", "0.000001"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("use at least 0.00001"), "{e}");
        assert!(check(&btc(), &limit("42000.1", "0.001")).is_ok());
    }

    /// Found by `fuzz/run`'s rules target: for a 28-digit size, `(v / step).floor() * step`
    /// rounds, and the "nearest valid values" offered were not multiples of the lot size (the
    /// true ones need 30 digits, more than a Decimal holds). Now they are exact or not offered.
    #[test]
    fn nearest_values_offered_are_multiples() {
        let mut r = btc();
        r.lot_sz = Decimal::from_str("7.84").unwrap();
        let e = check(&r, &limit("42000", "7110896951777300075607293952"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("not a multiple of BTC-USDT's lot size 7.84"),
            "{e}"
        );
        assert!(!e.contains("7110896951777300075607293951.4"), "{e}");
        // A size whose neighbours fit is still answered with them.
        let e = check(&r, &limit("42000", "10")).unwrap_err().to_string();
        assert!(e.ends_with("use 7.84 or 15.68"), "{e}");
        // The division overflowed here ("Division overflowed", a panic).
        r.tick_sz = Decimal::from_str("0.0000000000000000000000000003").unwrap();
        let e = check(&r, &limit("1000.1", "1.568"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("tick size"), "{e}");
    }

    /// Found by `fuzz/run`'s rules target: rust_decimal's `%` (1.43) gives
    /// 4986819024357089415077625951 % 1.0000000000000000000000000000 = 0.7333…, so a whole
    /// price was refused as not a multiple of tick size 1.
    #[test]
    fn types_from_ids() {
        assert_eq!(inst_type_of("BTC-USDT"), "SPOT");
        assert_eq!(inst_type_of("BTC-USDT-SWAP"), "SWAP");
        assert_eq!(inst_type_of("BTC-USD-250328"), "FUTURES");
        assert_eq!(inst_type_of("BTC-USD-250328-100000-C"), "OPTION");
    }

    #[test]
    fn multiples_do_not_rely_on_rust_decimal_rem() {
        let mut r = btc();
        r.tick_sz = Decimal::from_str("1.0000000000000000000000000000").unwrap();
        assert!(check(&r, &limit("4986819024357089415077625951", "0.001")).is_ok());
        let e = check(&r, &limit("4986819024357089415077625951.5", "0.001"))
            .unwrap_err()
            .to_string();
        assert!(
            e.ends_with("use 4986819024357089415077625951 or 4986819024357089415077625952"),
            "{e}"
        );
    }

    #[test]
    fn suspended_and_quote_sized_orders() {
        let mut r = btc();
        r.state = "suspend".into();
        assert!(check(&r, &limit("1", "1"))
            .unwrap_err()
            .to_string()
            .contains("not trading"));
        let quote = Proposed {
            price: None,
            size: Decimal::from_str("2000000").unwrap(),
            size_in_quote: true,
            market: true,
        };
        assert!(check(&btc(), &quote)
            .unwrap_err()
            .to_string()
            .contains("largest market order"));
    }
}
