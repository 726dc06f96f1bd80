//! Contracts ↔ coin and quote amounts, exactly (derivatives sheet §1.2):
//!
//! * linear (BTC-USDT-SWAP, `ctVal` 0.01 BTC): coin = contracts × ctVal, quote = coin × price;
//! * inverse (BTC-USD-SWAP, `ctVal` 100 USD): USD = contracts × ctVal, coin = USD / price;
//! * options (`ctVal` 0.01 BTC of the underlying): coin = contracts × ctVal; an option has no
//!   quote amount here, since its price is a premium, not the underlying's.
//!
//! Everything is `Decimal`. A quotient is never trusted to be exact (1000 / 881.881 has no end):
//! whether an amount is a whole number of lots is decided by multiplying back, and the nearest
//! valid sizes are the multiples of the lot on either side of it (at least the minimum size).
//! OKX's own CLI converts with floating point and floors, so 0.0299999 BTC can become 2 contracts
//! where 3 were meant; here an inexact amount is shown with both neighbours and the choice is the
//! user's.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::Failure;
use crate::rules::{neighbours, rem, Rules};

/// Decimals kept for an inverse contract's coin value, which is a true quotient (1 satoshi).
pub(crate) const INVERSE_COIN_DP: u32 = 8;

/// The unit an amount is given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Contracts,
    /// The coin (`BTC` for BTC-USDT-SWAP and BTC-USD-SWAP).
    Base,
    /// The price currency (`USDT`, or `USD` for inverse contracts).
    Quote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Linear,
    Inverse,
    Option,
}

/// What the arithmetic needs of an instrument.
#[derive(Debug, Clone)]
pub(crate) struct Terms {
    pub inst_id: String,
    pub kind: Kind,
    pub ct_val: Decimal,
    pub ct_val_ccy: String,
    /// The coin, e.g. BTC.
    pub base: String,
    /// The currency prices are in, e.g. USDT or USD.
    pub quote: String,
    pub lot: Decimal,
    pub min: Decimal,
}

impl Terms {
    /// The terms of a derivative; spot and margin instruments have no contracts.
    pub(crate) fn of(rules: &Rules) -> Result<Terms, Failure> {
        let Some(c) = &rules.contract else {
            return Err(Failure::Usage(format!(
                "{} is a {} instrument: its sizes are in {} already, not in contracts; give a \
                 SWAP, FUTURES or OPTION ID such as {}-SWAP",
                rules.inst_id,
                rules.inst_type,
                if rules.base.is_empty() {
                    "coin"
                } else {
                    &rules.base
                },
                rules.inst_id
            )));
        };
        // Terms that contradict each other are a bad answer, not a conversion to attempt.
        // OKX's text is shown escaped: a terminal or a log must not receive its control codes.
        let bad = |what: String| {
            Err(Failure::Network(format!(
                "OKX's contract terms for {} are not usable ({}): not converting; try again",
                rules.inst_id,
                crate::output::sanitize(&what)
            )))
        };
        let kind = match (rules.inst_type.as_str(), c.ct_type.as_str()) {
            ("OPTION", _) => Kind::Option,
            (_, "linear") => Kind::Linear,
            (_, "inverse") => Kind::Inverse,
            (_, other) => return bad(format!("contract type \"{other}\"")),
        };
        let (base, quote) = c.coin_and_price_ccy();
        if base.is_empty() || quote.is_empty() {
            return bad(format!("instrument family \"{}\"", c.family));
        }
        // `ctMult` is undefined in OKX's docs beyond "1" (derivatives sheet §10.11).
        if c.ct_mult.is_some_and(|m| m != Decimal::ONE) {
            return bad(format!(
                "contract multiplier {}",
                c.ct_mult.unwrap_or_default()
            ));
        }
        let face_ccy = if kind == Kind::Inverse { quote } else { base };
        if c.ct_val_ccy != face_ccy {
            return bad(format!(
                "a {} contract of {} valued in {}",
                c.ct_type, c.family, c.ct_val_ccy
            ));
        }
        if rules.min_sz <= Decimal::ZERO || rules.lot_sz <= Decimal::ZERO {
            return bad(format!(
                "lot size {} and minimum size {}",
                rules.lot_sz, rules.min_sz
            ));
        }
        Ok(Terms {
            inst_id: rules.inst_id.clone(),
            kind,
            ct_val: c.ct_val,
            ct_val_ccy: c.ct_val_ccy.clone(),
            base: base.to_string(),
            quote: quote.to_string(),
            lot: rules.lot_sz,
            min: rules.min_sz,
        })
    }

    /// Whether converting from `unit` needs a price: a linear contract's quote amount, an
    /// inverse contract's coin amount.
    pub(crate) fn needs_price(&self, unit: Unit) -> bool {
        matches!(
            (self.kind, unit),
            (Kind::Linear, Unit::Quote) | (Kind::Inverse, Unit::Base)
        )
    }

    /// Whether a price adds a column (the amount the face value does not give directly).
    pub(crate) fn uses_price(&self) -> bool {
        self.kind != Kind::Option
    }
}

/// A whole number of lots and what it is worth.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Size {
    pub contracts: Decimal,
    /// In the coin; rounded to [`INVERSE_COIN_DP`] for inverse contracts (a true quotient).
    pub base: Option<Decimal>,
    /// In the price currency; `None` for options, or when no price is known for linear ones.
    pub quote: Option<Decimal>,
}

/// The answer: the exact size, or the valid sizes on either side of the amount.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Conversion {
    Exact(Size),
    /// `below` is `None` when the amount is under the minimum size.
    Between {
        below: Option<Size>,
        above: Size,
    },
}

fn overflow() -> Failure {
    Failure::Usage(
        "the amount has too many digits to convert exactly (28 significant digits at most); \
         give a shorter one"
            .into(),
    )
}

/// `a × b`, refused rather than rounded: rust_decimal rounds a product it cannot hold in 28
/// digits without saying so, and a rounded figure must never be shown as exact. The exact
/// product of two normalized decimals has their scales' sum as its scale; anything else means
/// digits were dropped.
fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Failure> {
    let (a, b) = (a.normalize(), b.normalize());
    let p = a.checked_mul(b).ok_or_else(overflow)?;
    if p.scale() != a.scale() + b.scale() {
        return Err(overflow());
    }
    Ok(p)
}

/// What `contracts` are worth, at `price` where one is needed.
pub(crate) fn size(t: &Terms, contracts: Decimal, price: Option<Decimal>) -> Result<Size, Failure> {
    let face = mul(contracts, t.ct_val)?;
    let (base, quote) = match t.kind {
        Kind::Linear => (Some(face), price.map(|p| mul(face, p)).transpose()?),
        Kind::Inverse => (
            price
                .map(|p| {
                    face.checked_div(p)
                        .map(|c| {
                            c.round_dp_with_strategy(
                                INVERSE_COIN_DP,
                                RoundingStrategy::MidpointAwayFromZero,
                            )
                            .normalize()
                        })
                        .ok_or_else(overflow)
                })
                .transpose()?,
            Some(face),
        ),
        Kind::Option => (Some(face), None),
    };
    Ok(Size {
        contracts: contracts.normalize(),
        base: base.map(|b| b.normalize()),
        quote: quote.map(|q| q.normalize()),
    })
}

/// `amount` in `unit` as contracts: exact, or the nearest valid sizes.
pub(crate) fn convert(
    t: &Terms,
    unit: Unit,
    amount: Decimal,
    price: Option<Decimal>,
) -> Result<Conversion, Failure> {
    if unit == Unit::Quote && t.kind == Kind::Option {
        return Err(Failure::Usage(format!(
            "{} is an option: a contract is {} {} of the underlying and its price is a premium, \
             so there is no quote amount to convert; give --base or --contracts",
            t.inst_id,
            t.ct_val.normalize(),
            t.ct_val_ccy
        )));
    }
    let price = match (t.needs_price(unit), price) {
        (true, None) => {
            return Err(Failure::Usage(format!(
                "converting {} needs a price; give --price",
                t.inst_id
            )))
        }
        (_, p) => p,
    };
    // The amount and the contracts' worth in the same terms, multiplied out so that no
    // inexact quotient decides anything: `lhs(amount) = per_contract × contracts`.
    let (lhs, per_contract) = match (t.kind, unit, price) {
        (_, Unit::Contracts, _) => (amount, Decimal::ONE),
        (Kind::Linear, Unit::Quote, Some(p)) => (amount, mul(t.ct_val, p)?),
        (Kind::Inverse, Unit::Base, Some(p)) => (mul(amount, p)?, t.ct_val),
        _ => (amount, t.ct_val),
    };
    let worth = |c: Decimal| mul(c, per_contract);
    let quotient = lhs.checked_div(per_contract).ok_or_else(overflow)?;
    let on_lot = rem(quotient, t.lot).is_zero();
    if on_lot && worth(quotient)? == lhs && quotient >= t.min {
        return Ok(Conversion::Exact(size(t, quotient, price)?));
    }
    // The largest multiple of the lot worth no more than the amount (the quotient may be a
    // rounded 28-digit one, so it is checked by multiplying back), and the next one up.
    let (mut below, _) = if on_lot {
        (quotient, quotient)
    } else {
        neighbours(quotient, t.lot).ok_or_else(overflow)?
    };
    while below > Decimal::ZERO && worth(below)? > lhs {
        below -= t.lot;
    }
    let above = below + t.lot;
    let (below, above) = if above < t.min {
        (None, t.min)
    } else if below < t.min {
        (None, above)
    } else {
        (Some(below), above)
    };
    Ok(Conversion::Between {
        below: below.map(|b| size(t, b, price)).transpose()?,
        above: size(t, above, price)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn terms(kind: Kind, ct_val: &str, lot: &str, min: &str) -> Terms {
        let (base, quote) = match kind {
            Kind::Linear => ("BTC", "USDT"),
            _ => ("BTC", "USD"),
        };
        Terms {
            inst_id: "X".into(),
            kind,
            ct_val: d(ct_val),
            ct_val_ccy: if kind == Kind::Inverse { "USD" } else { "BTC" }.into(),
            base: base.into(),
            quote: quote.into(),
            lot: d(lot),
            min: d(min),
        }
    }

    fn exact(c: Conversion) -> Size {
        match c {
            Conversion::Exact(s) => s,
            other => panic!("expected exact, got {other:?}"),
        }
    }

    fn between(c: Conversion) -> (Option<Decimal>, Decimal) {
        match c {
            Conversion::Between { below, above } => (below.map(|b| b.contracts), above.contracts),
            other => panic!("expected between, got {other:?}"),
        }
    }

    /// The sizes below and above an amount that has both.
    fn both(c: Conversion) -> (Size, Size) {
        match c {
            Conversion::Between {
                below: Some(lo),
                above,
            } => (lo, above),
            other => panic!("expected two neighbours, got {other:?}"),
        }
    }

    #[test]
    fn linear_coin_and_quote_by_hand() {
        let t = terms(Kind::Linear, "0.01", "0.01", "0.01");
        // 0.0123 BTC = 1.23 contracts of 0.01 BTC; at 88188.1 that is 1084.71363 USDT.
        let s = exact(convert(&t, Unit::Base, d("0.0123"), Some(d("88188.1"))).unwrap());
        assert_eq!(
            (s.contracts, s.base, s.quote),
            (d("1.23"), Some(d("0.0123")), Some(d("1084.71363")))
        );
        // 0.012345 BTC is 1.2345 contracts: 1.23 or 1.24.
        let c = convert(&t, Unit::Base, d("0.012345"), None).unwrap();
        assert_eq!(between(c), (Some(d("1.23")), d("1.24")));
        // 1000 USDT at 88188.1: 1000 / 881.881 = 1.13394... contracts → 1.13 (996.52553 USDT)
        // or 1.14 (1005.34434).
        let c = convert(&t, Unit::Quote, d("1000"), Some(d("88188.1"))).unwrap();
        let (lo, hi) = both(c);
        assert_eq!(
            (lo.contracts, lo.quote, hi.contracts, hi.quote),
            (
                d("1.13"),
                Some(d("996.52553")),
                d("1.14"),
                Some(d("1005.34434"))
            )
        );
        // 881.881 USDT is exactly one contract.
        let s = exact(convert(&t, Unit::Quote, d("881.881"), Some(d("88188.1"))).unwrap());
        assert_eq!(s.contracts, d("1"));
    }

    #[test]
    fn inverse_usd_and_coin_by_hand() {
        let t = terms(Kind::Inverse, "100", "1", "1");
        // 2500 USD = 25 contracts of 100 USD; at 62500 that is 0.04 BTC.
        let s = exact(convert(&t, Unit::Quote, d("2500"), Some(d("62500"))).unwrap());
        assert_eq!(
            (s.contracts, s.base, s.quote),
            (d("25"), Some(d("0.04")), Some(d("2500")))
        );
        // 0.04 BTC at 62500 = 2500 USD = 25 contracts, found by multiplying, not dividing.
        let s = exact(convert(&t, Unit::Base, d("0.04"), Some(d("62500"))).unwrap());
        assert_eq!(s.contracts, d("25"));
        // 0.01 BTC at 88188.1 = 881.881 USD: 8 contracts (800 USD) or 9 (900 USD); the coin
        // value of 8 is 800 / 88188.1 = 0.00907152...
        let c = convert(&t, Unit::Base, d("0.01"), Some(d("88188.1"))).unwrap();
        let (lo, hi) = both(c);
        assert_eq!((lo.contracts, hi.contracts), (d("8"), d("9")));
        assert_eq!(lo.base, Some(d("0.00907152")));
        assert_eq!(lo.quote, Some(d("800")));
        // 150 USD: 1 or 2 contracts.
        let c = convert(&t, Unit::Quote, d("150"), None).unwrap();
        assert_eq!(between(c), (Some(d("1")), d("2")));
    }

    #[test]
    fn under_the_minimum_offers_only_the_minimum() {
        let t = terms(Kind::Inverse, "100", "1", "1");
        let c = convert(&t, Unit::Quote, d("50"), None).unwrap();
        assert_eq!(between(c), (None, d("1")));
        let t = terms(Kind::Linear, "0.01", "0.01", "0.1");
        let c = convert(&t, Unit::Contracts, d("0.05"), None).unwrap();
        assert_eq!(between(c), (None, d("0.1")));
    }

    #[test]
    fn contracts_off_the_lot_and_options() {
        let t = terms(Kind::Linear, "0.01", "0.1", "0.1");
        let c = convert(&t, Unit::Contracts, d("2.25"), None).unwrap();
        assert_eq!(between(c), (Some(d("2.2")), d("2.3")));
        let o = terms(Kind::Option, "0.01", "1", "1");
        let s = exact(convert(&o, Unit::Base, d("0.05"), None).unwrap());
        assert_eq!((s.contracts, s.quote), (d("5"), None));
        assert!(convert(&o, Unit::Quote, d("100"), None).is_err());
    }

    #[test]
    fn a_needed_price_is_asked_for_and_huge_amounts_refused() {
        let t = terms(Kind::Linear, "0.01", "0.01", "0.01");
        let e = convert(&t, Unit::Quote, d("100"), None).unwrap_err();
        assert!(e.to_string().contains("--price"), "{e}");
        let big = Decimal::MAX;
        assert!(convert(&t, Unit::Quote, big, Some(d("99999999"))).is_err());
        // 28 digits × a price: the product would be rounded, so it is refused.
        let e = convert(
            &t,
            Unit::Quote,
            d("1234567890123456789012345678"),
            Some(d("99999")),
        )
        .unwrap_err();
        assert!(e.to_string().contains("too many digits"), "{e}");
        // A lot of 1e-28 contracts: 1000 USDT is then a quotient no Decimal holds exactly.
        let tiny = terms(
            Kind::Linear,
            "0.01",
            "0.0000000000000000000000000001",
            "0.0000000000000000000000000001",
        );
        assert!(convert(&tiny, Unit::Quote, d("1000"), Some(d("88188.1"))).is_err());
    }
}
