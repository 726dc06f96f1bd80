//! Exact decimal text for money. Prices and sizes are integer counts of 10^-dec units and are
//! printed the way OKX prints them: plain decimal, no exponent, trailing zeros dropped
//! (`"65000.1"`, `"0.5"`, `"10000"`). Balances are [`Amount`]s, fixed-point with 18 decimals,
//! so the trading endpoints can move them without rounding drift.

use std::fmt;

/// `units × 10^-dec` as OKX-style text, keeping at most `max_dec` decimals (truncated).
pub(crate) fn fmt_scaled(units: i128, dec: u32, max_dec: u32) -> String {
    let mut out = String::with_capacity(24);
    write_scaled(&mut out, units, dec, max_dec);
    out
}

/// [`fmt_scaled`] appending to `out`. Candle pages print millions of these, so digits go
/// through a stack buffer: no allocation, no division of the value by powers of ten.
pub(crate) fn write_scaled(out: &mut String, units: i128, dec: u32, max_dec: u32) {
    // Digits, least significant first.
    let mut digits = [b'0'; 48];
    let mut n = 0;
    let abs = units.unsigned_abs();
    match u64::try_from(abs) {
        Ok(mut v) => loop {
            digits[n] = b'0' + (v % 10) as u8;
            v /= 10;
            n += 1;
            if v == 0 {
                break;
            }
        },
        Err(_) => {
            let mut v = abs;
            while v > 0 {
                digits[n] = b'0' + (v % 10) as u8;
                v /= 10;
                n += 1;
            }
        }
    }
    let dec = dec as usize;
    let width = n.max(dec + 1); // at least one integer digit; zeros above n are padding
                                // Fraction digits kept: the top `max_dec` of `dec`, without trailing zeros.
    let lowest_kept = dec - dec.min(max_dec as usize);
    let mut frac_end = lowest_kept; // index of the lowest digit printed
    while frac_end < dec && digits[frac_end] == b'0' {
        frac_end += 1;
    }
    let is_zero = (frac_end..width).all(|i| digits[i] == b'0');
    if units < 0 && !is_zero {
        out.push('-');
    }
    for i in (dec..width).rev() {
        out.push(digits[i] as char);
    }
    if frac_end < dec {
        out.push('.');
        for i in (frac_end..dec).rev() {
            out.push(digits[i] as char);
        }
    }
}

/// Parses plain decimal text into a count of 10^-dec units; `None` if it has more decimals.
pub(crate) fn parse_units(text: &str, dec: u32) -> Option<i128> {
    let a = Amount::parse(text)?;
    let unit = 10i128.pow(SCALE_DEC - dec);
    (a.0 % unit == 0).then_some(a.0 / unit)
}

const SCALE_DEC: u32 = 18;
const SCALE: i128 = 1_000_000_000_000_000_000;

/// A currency amount with 18 decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Amount(i128);

impl Amount {
    pub(crate) const ZERO: Amount = Amount(0);

    /// Parses plain decimal text such as `"0.5"` or `"10000"`.
    pub(crate) fn parse(text: &str) -> Option<Amount> {
        let (neg, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if int.is_empty() && frac.is_empty()
            || frac.len() > SCALE_DEC as usize
            || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let int_v: i128 = if int.is_empty() { 0 } else { int.parse().ok()? };
        let frac_v: i128 = if frac.is_empty() {
            0
        } else {
            frac.parse::<i128>().ok()? * 10i128.pow(SCALE_DEC - frac.len() as u32)
        };
        let v = int_v.checked_mul(SCALE)?.checked_add(frac_v)?;
        Some(Amount(if neg { -v } else { v }))
    }

    /// This amount valued at a price of `ticks × 10^-tick_dec` per unit.
    pub(crate) fn times_price(self, ticks: i64, tick_dec: u32) -> Amount {
        Amount(self.0 * i128::from(ticks) / 10i128.pow(tick_dec))
    }

    pub(crate) fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses a positive amount written as plain digits with an optional fraction (`"0.5"`,
    /// `"10"`): no sign, no exponent, no bare `"."` ends, at most 18 decimals.
    pub(crate) fn parse_positive(text: &str) -> Option<Amount> {
        let (int, frac) = text.split_once('.').unwrap_or((text, "0"));
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || !digits(frac) {
            return None;
        }
        Amount::parse(text).filter(|a| a.0 > 0)
    }

    /// The count of 10^-dec units this amount is, if it is a whole number of them.
    pub(crate) fn units(self, dec: u32) -> Option<i128> {
        let unit = 10i128.pow(SCALE_DEC - dec);
        (self.0 % unit == 0).then_some(self.0 / unit)
    }

    /// How much of the base currency this quote amount buys at `ticks × 10^-tick_dec` per unit,
    /// rounded down to a whole number of 10^-lot_dec lots.
    pub(crate) fn div_price_floor(self, ticks: i64, tick_dec: u32, lot_dec: u32) -> Amount {
        let base = self.0 * 10i128.pow(tick_dec) / i128::from(ticks.max(1));
        let lot = 10i128.pow(SCALE_DEC - lot_dec);
        Amount(base - base.rem_euclid(lot))
    }

    /// One thousandth (0.1%), rounded toward zero at the 18th decimal.
    #[cfg(test)]
    pub(crate) fn thousandth(self) -> Amount {
        Amount(self.0 / 1000)
    }

    /// `n` ten-thousandths (`n` basis points), rounded toward zero at the 18th decimal.
    pub(crate) fn basis_points(self, n: i128) -> Amount {
        Amount(self.0 * n / 10_000)
    }
}

/// Derivatives arithmetic: products and quotients of amounts, each rounded toward zero at the
/// 18th decimal exactly once (the intermediate product is kept in 256 bits), so a client that
/// applies the same formula with decimals gets the same digits.
impl Amount {
    pub(crate) const ONE: Amount = Amount(SCALE);

    /// `ticks × 10^-dec` as an amount.
    pub(crate) fn from_units(units: i128, dec: u32) -> Amount {
        Amount(units * 10i128.pow(SCALE_DEC - dec))
    }

    /// A whole number.
    pub(crate) fn from_int(n: i64) -> Amount {
        Amount(i128::from(n) * SCALE)
    }

    /// `self × o`, rounded toward zero.
    pub(crate) fn mul(self, o: Amount) -> Amount {
        self.mul_div(o, Amount::ONE)
    }

    /// `self / o`, rounded toward zero; zero when `o` is zero.
    pub(crate) fn div(self, o: Amount) -> Amount {
        self.mul_div(Amount::ONE, o)
    }

    /// `self × b / c` with one rounding toward zero; zero when `c` is zero.
    pub(crate) fn mul_div(self, b: Amount, c: Amount) -> Amount {
        if c.0 == 0 {
            return Amount::ZERO;
        }
        let negative = (self.0 < 0) ^ (b.0 < 0) ^ (c.0 < 0);
        let q = wide_mul_div(
            self.0.unsigned_abs(),
            b.0.unsigned_abs(),
            c.0.unsigned_abs(),
        );
        let q = i128::try_from(q).expect("amount out of range");
        Amount(if negative { -q } else { q })
    }

    pub(crate) fn abs(self) -> Amount {
        Amount(self.0.abs())
    }

    pub(crate) fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub(crate) fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// Rounded toward zero to `dec` decimals.
    pub(crate) fn trunc(self, dec: u32) -> Amount {
        let unit = 10i128.pow(SCALE_DEC - dec);
        Amount(self.0 / unit * unit)
    }

    /// Rounded down (toward −∞) to a whole number of `10^-dec` units.
    pub(crate) fn floor_to(self, dec: u32) -> Amount {
        let unit = 10i128.pow(SCALE_DEC - dec);
        Amount(self.0 - self.0.rem_euclid(unit))
    }
}

/// `a × b / c` for unsigned values, rounded down, through a 256-bit product. Panics if `c` is
/// zero or the quotient does not fit 128 bits (amounts never come near either).
fn wide_mul_div(a: u128, b: u128, c: u128) -> u128 {
    // a × b as (hi, lo) from 64-bit halves.
    let (a1, a0) = (a >> 64, a & u128::from(u64::MAX));
    let (b1, b0) = (b >> 64, b & u128::from(u64::MAX));
    let (p00, p01, p10, p11) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
    let mid = (p00 >> 64) + (p01 & u128::from(u64::MAX)) + (p10 & u128::from(u64::MAX));
    let lo = (p00 & u128::from(u64::MAX)) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    // Long division, one bit at a time; the remainder stays below `c`, so shifting it left by
    // one bit needs at most 129 bits: the carry is kept apart.
    let mut rem: u128 = 0;
    let mut quot: u128 = 0;
    for i in (0..256).rev() {
        let bit = if i >= 128 {
            (hi >> (i - 128)) & 1
        } else {
            (lo >> i) & 1
        };
        let carry = rem >> 127;
        rem = (rem << 1) | bit;
        let q_bit = carry == 1 || rem >= c;
        if q_bit {
            rem = rem.wrapping_sub(c);
        }
        if i >= 128 {
            assert!(!q_bit, "quotient out of range");
        } else if q_bit {
            quot |= 1 << i;
        }
    }
    quot
}

impl std::ops::Neg for Amount {
    type Output = Amount;
    fn neg(self) -> Amount {
        Amount(-self.0)
    }
}

impl std::ops::Add for Amount {
    type Output = Amount;
    fn add(self, o: Amount) -> Amount {
        Amount(self.0 + o.0)
    }
}

impl std::ops::Sub for Amount {
    type Output = Amount;
    fn sub(self, o: Amount) -> Amount {
        Amount(self.0 - o.0)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fmt_scaled(self.0, SCALE_DEC, SCALE_DEC))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_text() {
        assert_eq!(fmt_scaled(650_001, 1, 8), "65000.1");
        assert_eq!(fmt_scaled(650_000, 1, 8), "65000");
        assert_eq!(fmt_scaled(16_000, 5, 8), "0.16");
        assert_eq!(fmt_scaled(1, 8, 8), "0.00000001");
        assert_eq!(fmt_scaled(123_456_789, 9, 8), "0.12345678");
        assert_eq!(fmt_scaled(0, 3, 3), "0");
        assert_eq!(fmt_scaled(-15, 1, 1), "-1.5");
        assert_eq!(fmt_scaled(-1, 2, 1), "0");
        assert_eq!(fmt_scaled(42, 0, 0), "42");
        assert_eq!(
            fmt_scaled(u64::MAX as i128 * 1000 + 5, 3, 3),
            "18446744073709551615.005"
        );
    }

    #[test]
    fn amounts() {
        let half = Amount::parse("0.5").unwrap();
        assert_eq!(half.to_string(), "0.5");
        assert_eq!(Amount::parse("10000").unwrap().to_string(), "10000");
        assert_eq!(half.times_price(650_001, 1).to_string(), "32500.05");
        assert_eq!((half + half).to_string(), "1");
        assert_eq!((half - half - half).to_string(), "-0.5");
        assert!(Amount::parse("1e5").is_none() && Amount::parse(".").is_none());
        assert_eq!(Amount::parse(".25").unwrap().to_string(), "0.25");
        assert!(Amount::ZERO.is_zero());
        assert_eq!(parse_units("0.00001", 8), Some(1000));
        assert_eq!(parse_units("10", 6), Some(10_000_000));
        assert_eq!(parse_units("0.0000001", 6), None);
    }

    #[test]
    fn order_arithmetic() {
        let p = Amount::parse_positive;
        assert_eq!(p("0.5").unwrap().to_string(), "0.5");
        assert_eq!(p("10").unwrap().to_string(), "10");
        for bad in [
            "0", "0.0", "-1", ".5", "5.", "1e3", "", " 1", "+1", "1.2.3", "abc",
        ] {
            assert!(p(bad).is_none(), "{bad}");
        }
        assert!(p("0.0000000000000000001").is_none());
        let sz = p("0.00012").unwrap();
        assert_eq!(sz.units(8), Some(12_000));
        assert_eq!(sz.units(4), None);
        // 11 USDT at 31771.3 buys 0.00034622 BTC (lots of 1e-8), as OKX filled it.
        let quote = p("11").unwrap();
        let base = quote.div_price_floor(317_713, 1, 8);
        assert_eq!(base.to_string(), "0.00034622");
        assert!(base.times_price(317_713, 1) <= quote);
        assert_eq!(
            p("0.00192834").unwrap().thousandth().to_string(),
            "0.00000192834"
        );
        assert_eq!((-p("1.5").unwrap()).to_string(), "-1.5");
    }

    #[test]
    fn wide_products_and_quotients() {
        let a = |t: &str| Amount::parse(t).unwrap();
        assert_eq!(a("1.5").mul(a("-2.25")).to_string(), "-3.375");
        assert_eq!(a("1").div(a("3")).to_string(), "0.333333333333333333");
        assert_eq!(a("-1").div(a("3")).to_string(), "-0.333333333333333333");
        assert_eq!(a("2").div(a("0")), Amount::ZERO);
        // 100 USD at 65000.1 is 0.001538459171601274… BTC, rounded toward zero once.
        assert_eq!(
            a("100").div(a("65000.1")).to_string(),
            "0.001538459171601274"
        );
        // Products beyond 128 bits before the division.
        let big = a("99999999999.123456789012345678");
        assert_eq!(big.mul_div(big, big), big);
        assert_eq!(a("48000").mul_div(a("60000"), a("60000")), a("48000"));
        assert_eq!(wide_mul_div(u128::MAX, u128::MAX, u128::MAX), u128::MAX);
        assert_eq!(wide_mul_div(u128::MAX, 3, 4), u128::MAX / 4 * 3 + 2);
        assert_eq!(a("1.239").trunc(2).to_string(), "1.23");
        assert_eq!(a("-1.239").trunc(2).to_string(), "-1.23");
        assert_eq!(a("-1.231").floor_to(2).to_string(), "-1.24");
        assert_eq!(Amount::from_units(650_001, 1).to_string(), "65000.1");
    }
}
