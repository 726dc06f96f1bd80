//! Figures derived from OKX's market data, in exact integer arithmetic: nothing here can
//! overflow or panic on a value from the server.

/// A plain decimal as OKX writes numbers (`-`, digits, at most one inner `.`): sign, the digits
/// as an integer, and how many of them are decimals. `None` for anything else, and for more
/// digits than the exact arithmetic below has room for (38, less a tenth for its `* 10`).
fn plain(s: &str) -> Option<(bool, u128, usize)> {
    let (neg, t) = match s.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, s),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || (t.contains('.') && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let mut m: u128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        m = m.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
    }
    (m <= u128::MAX / 10).then_some((neg, m, frac.len()))
}

/// `(last - open) / open` in percent, rounded half away from zero to two decimals, with a sign:
/// `+1.16%`, `-0.01%`, `0.00%`. Exact, in integer arithmetic on the digits (no rust_decimal
/// operator, which panics on overflow, and no intermediate rounding). `""` when a field is
/// absent or the open is zero; `Err` with the reason when OKX's values are not plain decimals or
/// the change has more digits than 128 bits hold.
pub fn change_pct(last: &str, open: &str) -> Result<String, String> {
    if last.is_empty() || open.is_empty() {
        return Ok(String::new());
    }
    let absurd = |why: &str| {
        Err(format!(
            "24h change from open24h \"{}\" to last \"{}\" {why}",
            crate::output::sanitize(open),
            crate::output::sanitize(last)
        ))
    };
    let (Some((l_neg, l, l_scale)), Some((o_neg, o, o_scale))) = (plain(last), plain(open)) else {
        return absurd("(not plain decimal numbers)");
    };
    if o == 0 {
        return Ok(String::new());
    }
    // 10000 * last / open = l * 10^e / o, in hundredths of a percent of the ratio.
    let e = o_scale as i128 - l_scale as i128 + 4;
    // Its quotient and remainder: q + r / d exactly.
    let (q, r, d) = if e >= 0 {
        // Long division, a digit at a time: r < o <= u128::MAX / 10, so r * 10 fits.
        let (mut q, mut r) = (l / o, l % o);
        let mut steps = e;
        while steps > 0 {
            let r10 = r * 10;
            let Some(next) = q.checked_mul(10).and_then(|q| q.checked_add(r10 / o)) else {
                return absurd("(too many digits to compute)");
            };
            q = next;
            r = r10 % o;
            steps -= 1;
        }
        (q, r, o)
    } else {
        // A divisor beyond 128 bits is larger than l: the quotient is 0 and l the remainder,
        // under half of it (2 * l < 2^128), which u128::MAX stands for as well.
        let d = u32::try_from(-e)
            .ok()
            .and_then(|k| 10u128.checked_pow(k))
            .and_then(|p| p.checked_mul(o));
        match d {
            Some(d) => (l / d, l % d, d),
            None => (0, l, u128::MAX),
        }
    };
    // Rounds a magnitude `whole + frac / d` half up (`frac < d`): up when frac >= d - frac.
    let half_up = |whole: u128, frac: u128| whole.checked_add(u128::from(frac >= d - frac));
    // The change in hundredths of a percent: 10000 * last / open - 10000, its sign and its
    // magnitude rounded half away from zero.
    let same_sign = l == 0 || l_neg == o_neg;
    let (negative, hundredths) = if !same_sign {
        (true, q.checked_add(10_000).and_then(|w| half_up(w, r)))
    } else if q >= 10_000 {
        (false, half_up(q - 10_000, r))
    } else if r == 0 {
        (true, Some(10_000 - q))
    } else {
        // -(10000 - q - r/d) = -((9999 - q) + (d - r)/d)
        (true, half_up(9_999 - q, d - r))
    };
    let Some(h) = hundredths else {
        return absurd("(too many digits to compute)");
    };
    let sign = match (h, negative) {
        (0, _) => "",
        (_, true) => "-",
        (_, false) => "+",
    };
    Ok(format!("{sign}{}.{:02}%", h / 100, h % 100))
}
