//! `okx::rules::Rules::from_okx` and `check`, the pre-send checks of `okx order place`.
//!
//! Rules come from an instruments item with arbitrary decimal strings (OKX's data is not
//! trusted); price and size are text that `okx::validate::decimal` accepts, as on the command
//! line. Invariants (with exact big-integer arithmetic as the oracle, not rust_decimal's):
//! - `from_okx` keeps the values it was given and never a zero tick or lot size;
//! - when `check` accepts a live instrument's order: price % tickSz == 0, and for a base-sized
//!   order size % lotSz == 0, size >= minSz and, for a limit order, size <= maxLmtSz (when set);
//!   for a quote-sized one, size <= maxMktSz (when set);
//! - when it refuses with nearest valid values ("use A or B", or "use B" below the first tick),
//!   they are multiples of the step, A < value < B, and B - A is exactly one step; with sane
//!   rules (minSz >= lotSz) a size's nearest values are positive.
//! - every refusal is one printable line.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use okx::rules::{check, Proposed, Rules};
use okx::validate::decimal;
use okx_fuzz::{assert_printable, cmp_exact, differ_by, exact_neighbours, is_multiple};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::cmp::Ordering::*;
use std::str::FromStr;

#[derive(Arbitrary, Debug)]
enum Num {
    /// mantissa, scale: any decimal rust_decimal can hold.
    Exact(i128, u8),
    /// small, realistic values: 1..=999 at scale 0..=10.
    Small(u16, u8),
    Text(String),
}

impl Num {
    fn text(&self) -> String {
        match self {
            Num::Exact(m, s) => {
                let m = m % (1i128 << 96);
                Decimal::try_from_i128_with_scale(m, u32::from(*s) % 29)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            }
            Num::Small(m, s) => {
                Decimal::from_i128_with_scale(i128::from(m % 1000), u32::from(*s) % 11).to_string()
            }
            Num::Text(t) => t.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    tick: Num,
    lot: Num,
    min: Num,
    max_lmt: Option<Num>,
    max_mkt: Option<Num>,
    live: bool,
    price: Option<Num>,
    size: Num,
    size_in_quote: bool,
    market: bool,
}

/// The values offered after the last "use " of a message: "A or B", or "B"; None when the
/// message offers none.
fn offered(msg: &str) -> Option<(Option<Decimal>, Decimal)> {
    let tail = msg.rsplit_once(": use ")?.1;
    let d = |s: &str| Decimal::from_str_exact(s).unwrap_or_else(|_| panic!("{s:?} in {msg}"));
    Some(match tail.split_once(" or ") {
        Some((a, b)) => (Some(d(a)), d(b)),
        None => (None, d(tail)),
    })
}

/// Checks the nearest values offered for `v` and `step` in `msg`: exactly the multiples just
/// below and above (the one below left out when it is 0), or none only when a Decimal cannot
/// hold them. Returns the value below that was offered.
fn nearest_ok(msg: &str, v: Decimal, step: Decimal) -> Option<Decimal> {
    let (lo_exact, hi_exact) = exact_neighbours(v, step);
    let Some((lo, hi)) = offered(msg) else {
        assert!(
            lo_exact.is_none() || hi_exact.is_none(),
            "no values offered though {lo_exact:?} and {hi_exact:?} exist: {msg}"
        );
        return None;
    };
    assert!(
        is_multiple(hi, step),
        "{hi} is not a multiple of {step}: {msg}"
    );
    assert_eq!(cmp_exact(v, hi), Less, "{msg}");
    assert_eq!(Some(hi), hi_exact, "{msg}");
    match lo {
        Some(lo) => {
            assert!(
                is_multiple(lo, step),
                "{lo} is not a multiple of {step}: {msg}"
            );
            assert_eq!(cmp_exact(lo, v), Less, "{msg}");
            assert!(
                differ_by(lo, hi, step),
                "{lo} and {hi} are not one step {step} apart: {msg}"
            );
            assert_eq!(Some(lo), lo_exact, "{msg}");
        }
        None => assert!(differ_by(Decimal::ZERO, hi, step), "{msg}"),
    }
    lo
}

fuzz_target!(|i: Input| {
    let mut item = Map::new();
    item.insert("instId".into(), json!("BTC-USDT"));
    item.insert(
        "state".into(),
        json!(if i.live { "live" } else { "suspend" }),
    );
    item.insert("baseCcy".into(), json!("BTC"));
    item.insert("quoteCcy".into(), json!("USDT"));
    let fields = [
        ("tickSz", Some(&i.tick)),
        ("lotSz", Some(&i.lot)),
        ("minSz", Some(&i.min)),
        ("maxLmtSz", i.max_lmt.as_ref()),
        ("maxMktSz", i.max_mkt.as_ref()),
    ];
    for (k, v) in &fields {
        if let Some(v) = v {
            item.insert((*k).into(), json!(v.text()));
        }
    }
    let item = Value::Object(item);
    let Some(r) = Rules::from_okx(&item) else {
        return;
    };
    let given = |k: &str| Decimal::from_str(item[k].as_str().unwrap()).unwrap();
    assert_eq!(r.tick_sz, given("tickSz"));
    assert_eq!(r.lot_sz, given("lotSz"));
    assert_eq!(r.min_sz, given("minSz"));
    assert!(!r.tick_sz.is_zero() && !r.lot_sz.is_zero());

    // Price and size as the command line gives them: only what `decimal` accepts.
    let Ok((_, size)) = decimal(&i.size.text(), "SIZE") else {
        return;
    };
    let price = match &i.price {
        None => None,
        Some(p) => match decimal(&p.text(), "--price") {
            Ok((_, d)) => Some(d),
            Err(_) => return,
        },
    };
    let o = Proposed {
        price,
        size,
        size_in_quote: i.size_in_quote,
        market: i.market,
    };
    let result = check(&r, &o);
    // The invariants below are about sane rules: positive steps, non-negative sizes.
    let sane = r.tick_sz > Decimal::ZERO
        && r.lot_sz > Decimal::ZERO
        && r.min_sz >= Decimal::ZERO
        && r.max_lmt_sz.is_none_or(|m| m >= Decimal::ZERO)
        && r.max_mkt_sz.is_none_or(|m| m >= Decimal::ZERO);
    let set = |m: Option<Decimal>| m.filter(|m| !m.is_zero());
    match result {
        Ok(()) => {
            assert!(i.live, "accepted an order for a suspended instrument");
            if !sane {
                return;
            }
            if let Some(px) = price {
                assert!(
                    is_multiple(px, r.tick_sz),
                    "accepted price {px}, tick {}",
                    r.tick_sz
                );
            }
            if i.size_in_quote {
                if let Some(max) = set(r.max_mkt_sz) {
                    assert_ne!(cmp_exact(size, max), Greater);
                }
            } else {
                assert!(
                    is_multiple(size, r.lot_sz),
                    "accepted size {size}, lot {}",
                    r.lot_sz
                );
                assert_ne!(
                    cmp_exact(size, r.min_sz),
                    Less,
                    "accepted size {size} < min"
                );
                if let Some(max) = set(r.max_lmt_sz).filter(|_| !i.market) {
                    assert_ne!(cmp_exact(size, max), Greater);
                }
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert_printable(
                "check's error",
                &format!("{o_price:?} {size}", o_price = price),
                &msg,
            );
            if !sane || !i.live {
                return;
            }
            if msg.starts_with("price ") {
                let px = price.expect("a price error without a price");
                assert!(
                    !is_multiple(px, r.tick_sz),
                    "refused price {px}, tick {}: {msg}",
                    r.tick_sz
                );
                nearest_ok(&msg, px, r.tick_sz);
            } else if msg.contains("lot size") {
                assert!(!is_multiple(size, r.lot_sz), "refused size {size}: {msg}");
                let lo = nearest_ok(&msg, size, r.lot_sz);
                if r.min_sz >= r.lot_sz {
                    // size >= minSz >= lotSz: the value below is a valid size, never 0.
                    assert!(lo.is_none_or(|l| l > Decimal::ZERO), "{msg}");
                }
            } else if msg.contains("minimum order size") {
                assert_eq!(cmp_exact(size, r.min_sz), Less, "{msg}");
            } else if msg.contains("largest limit order") {
                assert!(!i.market && !i.size_in_quote);
                assert_eq!(
                    cmp_exact(size, set(r.max_lmt_sz).unwrap()),
                    Greater,
                    "{msg}"
                );
            } else if msg.contains("largest market order") {
                assert!(i.size_in_quote);
                assert_eq!(
                    cmp_exact(size, set(r.max_mkt_sz).unwrap()),
                    Greater,
                    "{msg}"
                );
            } else {
                panic!("unexpected refusal: {msg}");
            }
        }
    }
});
