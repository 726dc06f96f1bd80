//! Calendar arithmetic on Unix milliseconds: days ↔ civil dates (proleptic Gregorian, Howard
//! Hinnant's algorithms), month indices for month bars, and the strict parser for the
//! `OK-ACCESS-TIMESTAMP` shape `2020-12-08T09:08:57.715Z`. Hand-written because it is a few lines
//! and must be exact: a parser that accepted a looser shape would hide client bugs.

pub(crate) const SECOND_MS: i64 = 1_000;
pub(crate) const MINUTE_MS: i64 = 60 * SECOND_MS;
pub(crate) const HOUR_MS: i64 = 60 * MINUTE_MS;
pub(crate) const DAY_MS: i64 = 24 * HOUR_MS;

/// Days since 1970-01-01 of a civil date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month 1-12, day 1-31) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The civil date (year, month, day) of the UTC instant `ms`.
pub(crate) fn ymd(ms: i64) -> (i64, i64, i64) {
    civil_from_days(ms.div_euclid(DAY_MS))
}

/// The first Friday at or after `ms`'s UTC day, at 08:00 UTC: when OKX's futures and options
/// expire.
pub(crate) fn friday_0800_from(ms: i64) -> i64 {
    let day = ms.div_euclid(DAY_MS);
    // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays, 5 on Fridays.
    let friday = day + (5 - (day + 4).rem_euclid(7)).rem_euclid(7);
    friday * DAY_MS + 8 * HOUR_MS
}

/// The last Friday of the month `index` (months since January 1970), at 08:00 UTC: a quarterly
/// future's expiry.
pub(crate) fn last_friday_0800(index: i64) -> i64 {
    let next_month = month_start_ms(index + 1);
    friday_0800_from(next_month - 7 * DAY_MS)
}

/// Months since January 1970 of the instant `ms` (a local wall clock when `ms` is shifted).
pub(crate) fn month_index(ms: i64) -> i64 {
    let (y, m, _) = civil_from_days(ms.div_euclid(DAY_MS));
    (y - 1970) * 12 + (m - 1)
}

/// Midnight on the first day of month `index` (months since January 1970), in ms.
pub(crate) fn month_start_ms(index: i64) -> i64 {
    let y = 1970 + index.div_euclid(12);
    let m = index.rem_euclid(12) + 1;
    days_from_civil(y, m, 1) * DAY_MS
}

fn days_in_month(y: i64, m: i64) -> i64 {
    days_from_civil(y + i64::from(m == 12), m % 12 + 1, 1) - days_from_civil(y, m, 1)
}

/// Parses exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC, three millisecond digits) into Unix ms.
/// Anything else, including a valid ISO-8601 variant without milliseconds or with an offset,
/// is `None`: OKX documents this one shape (docs #overview-rest-authentication).
pub(crate) fn parse_okx_timestamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 24 {
        return None;
    }
    let shape_ok = b.iter().enumerate().all(|(i, &c)| match i {
        4 | 7 => c == b'-',
        10 => c == b'T',
        13 | 16 => c == b':',
        19 => c == b'.',
        23 => c == b'Z',
        _ => c.is_ascii_digit(),
    });
    if !shape_ok {
        return None;
    }
    let num = |from: usize, to: usize| -> i64 {
        b[from..to]
            .iter()
            .fold(0, |acc, &c| acc * 10 + i64::from(c - b'0'))
    };
    let (y, mo, d) = (num(0, 4), num(5, 7), num(8, 10));
    let (h, mi, sec, ms) = (num(11, 13), num(14, 16), num(17, 19), num(20, 23));
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59
    {
        return None;
    }
    Some(days_from_civil(y, mo, d) * DAY_MS + h * HOUR_MS + mi * MINUTE_MS + sec * SECOND_MS + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiries_fall_on_fridays_at_eight() {
        let at = |y, m, d| days_from_civil(y, m, d) * DAY_MS;
        // 2026-11-30 is a Monday; the next Friday is 2026-12-04.
        assert_eq!(
            friday_0800_from(at(2026, 11, 30)),
            at(2026, 12, 4) + 8 * HOUR_MS
        );
        assert_eq!(
            friday_0800_from(at(2026, 12, 4)),
            at(2026, 12, 4) + 8 * HOUR_MS
        );
        // The last Friday of March 2027 is the 26th; of December 2026 the 25th.
        assert_eq!(
            last_friday_0800(month_index(at(2027, 3, 1))),
            at(2027, 3, 26) + 8 * HOUR_MS
        );
        assert_eq!(
            last_friday_0800(month_index(at(2026, 12, 9))),
            at(2026, 12, 25) + 8 * HOUR_MS
        );
        assert_eq!(ymd(at(2027, 3, 26) + 5), (2027, 3, 26));
    }

    #[test]
    fn civil_round_trip() {
        for days in [
            -1_000_000, -1, 0, 1, 59, 365, 11_016, 19_723, 20_000, 2_932_896,
        ] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(
            days_from_civil(2024, 2, 29) + 1,
            days_from_civil(2024, 3, 1)
        );
    }

    #[test]
    fn months() {
        let ms = parse_okx_timestamp("2024-02-29T23:59:59.999Z").unwrap();
        let idx = month_index(ms);
        assert_eq!(idx, (2024 - 1970) * 12 + 1);
        assert_eq!(
            month_start_ms(idx),
            parse_okx_timestamp("2024-02-01T00:00:00.000Z").unwrap()
        );
        assert_eq!(
            month_start_ms(idx + 1),
            parse_okx_timestamp("2024-03-01T00:00:00.000Z").unwrap()
        );
    }

    #[test]
    fn okx_timestamp_shape_is_strict() {
        // 2020-12-08T09:08:57.715Z from the OKX docs.
        assert_eq!(
            parse_okx_timestamp("2020-12-08T09:08:57.715Z"),
            Some(1_607_418_537_715)
        );
        for bad in [
            "2020-12-08T09:08:57Z",
            "2020-12-08T09:08:57.7150Z",
            "2020-12-08T09:08:57.715",
            "2020-12-08T09:08:57.715+00:00",
            "2020-12-08 09:08:57.715Z",
            "2020-02-30T09:08:57.715Z",
            "2020-12-08T24:08:57.715Z",
            "1607418537715",
            "",
        ] {
            assert_eq!(parse_okx_timestamp(bad), None, "{bad}");
        }
    }
}
