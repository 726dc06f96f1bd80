//! Candle bar sizes (the `bar` parameter, fact sheet §3.5) and their alignment. Every bar is
//! numbered: bar `i` opens at `start(i)`, so "the 1,440 most recent", "older than `after`" and
//! paging are integer arithmetic. Plain `6H`…`3M` open on Hong Kong (UTC+8) boundaries, the
//! `…utc` forms on UTC ones; minute and hour bars up to `4H` open on UTC boundaries, which are
//! also Hong Kong ones. Weeks open on Monday, months are calendar months, `3M` opens in January,
//! April, July and October. `2D` and `3D` count days from 1970-01-01 (local), an alignment OKX does
//! not document.

use crate::calendar::{month_index, month_start_ms, DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS};

const HK_OFFSET_MS: i64 = 8 * HOUR_MS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Bars of a fixed length; bar 0 opens at `offset`.
    Fixed { len: i64, offset: i64 },
    /// Calendar months, `n` at a time, on a clock `tz` ms ahead of UTC.
    Months { n: i64, tz: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bar {
    kind: Kind,
}

impl Bar {
    pub(crate) const SECOND: Bar = Bar::fixed(SECOND_MS, 0);
    pub(crate) const MINUTE: Bar = Bar::fixed(MINUTE_MS, 0);

    const fn fixed(len: i64, tz: i64) -> Bar {
        // Bars open at local midnight (and multiples of `len` from it): UTC ms ≡ -tz (mod len).
        Bar {
            kind: Kind::Fixed {
                len,
                offset: (-tz).rem_euclid(len),
            },
        }
    }

    /// Parses a `bar` value; `None` for anything OKX would answer "Parameter bar error".
    pub(crate) fn parse(text: &str) -> Option<Bar> {
        let (body, tz) = match text.strip_suffix("utc") {
            Some(body) => (body, 0),
            None => (text, HK_OFFSET_MS),
        };
        let utc_form = tz == 0;
        let bar = match body {
            "1s" if !utc_form => Bar::SECOND,
            "1m" | "3m" | "5m" | "15m" | "30m" if !utc_form => {
                Bar::fixed(body[..body.len() - 1].parse::<i64>().ok()? * MINUTE_MS, 0)
            }
            "1H" | "2H" | "4H" if !utc_form => {
                Bar::fixed(body[..body.len() - 1].parse::<i64>().ok()? * HOUR_MS, 0)
            }
            "6H" | "12H" => Bar::fixed(body[..body.len() - 1].parse::<i64>().ok()? * HOUR_MS, tz),
            "1D" | "2D" | "3D" => {
                Bar::fixed(body[..body.len() - 1].parse::<i64>().ok()? * DAY_MS, tz)
            }
            // 1970-01-05 was a Monday.
            "1W" => Bar {
                kind: Kind::Fixed {
                    len: 7 * DAY_MS,
                    offset: (4 * DAY_MS - tz).rem_euclid(7 * DAY_MS),
                },
            },
            "1M" => Bar {
                kind: Kind::Months { n: 1, tz },
            },
            "3M" => Bar {
                kind: Kind::Months { n: 3, tz },
            },
            _ => return None,
        };
        Some(bar)
    }

    /// The number of the bar containing instant `ms`.
    pub(crate) fn index_of(self, ms: i64) -> i64 {
        match self.kind {
            Kind::Fixed { len, offset } => (ms - offset).div_euclid(len),
            Kind::Months { n, tz } => month_index(ms + tz).div_euclid(n),
        }
    }

    /// When bar `i` opens (its candle `ts`).
    pub(crate) fn start(self, i: i64) -> i64 {
        match self.kind {
            Kind::Fixed { len, offset } => i * len + offset,
            Kind::Months { n, tz } => month_start_ms(i * n) - tz,
        }
    }

    /// The number of the first bar opening at or after `ms`.
    pub(crate) fn first_at_or_after(self, ms: i64) -> i64 {
        let i = self.index_of(ms);
        if self.start(i) < ms {
            i + 1
        } else {
            i
        }
    }

    /// Whether this is the `1s` bar (history-candles only, last three months).
    pub(crate) fn is_second(self) -> bool {
        self == Bar::SECOND
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_okx_timestamp;

    fn ts(s: &str) -> i64 {
        parse_okx_timestamp(s).unwrap()
    }

    #[test]
    fn known_bars_parse_and_others_do_not() {
        for ok in [
            "1s", "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D",
            "1W", "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "1Wutc", "1Mutc",
            "3Mutc",
        ] {
            assert!(Bar::parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "", "1h", "1d", "2m", "1Hutc", "1mutc", "1sutc", "5D", "1y", "60m", "1M ", "utc",
        ] {
            assert!(Bar::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn alignment() {
        let t = ts("2024-03-06T10:17:42.123Z"); // a Wednesday
        let b = |s: &str| Bar::parse(s).unwrap();
        let open = |s: &str| b(s).start(b(s).index_of(t));
        assert_eq!(open("1s"), ts("2024-03-06T10:17:42.000Z"));
        assert_eq!(open("1m"), ts("2024-03-06T10:17:00.000Z"));
        assert_eq!(open("15m"), ts("2024-03-06T10:15:00.000Z"));
        assert_eq!(open("4H"), ts("2024-03-06T08:00:00.000Z"));
        // Hong Kong day 2024-03-06 opened at 2024-03-05T16:00Z; 6H bars at 16, 22, 04, 10 UTC.
        assert_eq!(open("1D"), ts("2024-03-05T16:00:00.000Z"));
        assert_eq!(open("1Dutc"), ts("2024-03-06T00:00:00.000Z"));
        assert_eq!(open("6H"), ts("2024-03-06T10:00:00.000Z"));
        assert_eq!(open("6Hutc"), ts("2024-03-06T06:00:00.000Z"));
        assert_eq!(open("12H"), ts("2024-03-06T04:00:00.000Z"));
        assert_eq!(open("1W"), ts("2024-03-03T16:00:00.000Z")); // Monday 00:00 in Hong Kong
        assert_eq!(open("1Wutc"), ts("2024-03-04T00:00:00.000Z"));
        assert_eq!(open("1M"), ts("2024-02-29T16:00:00.000Z"));
        assert_eq!(open("1Mutc"), ts("2024-03-01T00:00:00.000Z"));
        assert_eq!(open("3Mutc"), ts("2024-01-01T00:00:00.000Z"));
        assert_eq!(open("3M"), ts("2023-12-31T16:00:00.000Z"));
        // Consecutive bars tile time.
        for s in ["1m", "1D", "2D", "3D", "1W", "1M", "3M", "3Mutc"] {
            let bar = b(s);
            let i = bar.index_of(t);
            assert!(bar.start(i) <= t && t < bar.start(i + 1), "{s}");
            assert_eq!(bar.index_of(bar.start(i + 1)), i + 1, "{s}");
            assert_eq!(bar.index_of(bar.start(i) - 1), i - 1, "{s}");
            assert_eq!(bar.first_at_or_after(bar.start(i)), i);
            assert_eq!(bar.first_at_or_after(bar.start(i) + 1), i + 1);
        }
        assert!(b("1s").is_second() && !b("1m").is_second());
    }
}
