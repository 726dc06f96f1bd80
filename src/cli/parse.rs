//! Value parsers: clap runs them while it parses, so a bad number, duration, time, instrument ID,
//! instrument type or bar is refused before any command runs, as one line naming the value
//! (exit 2), and commands receive typed values. The rules are pure functions in `validate` and
//! `exchange::instrument`; here they meet clap: the flag being parsed names the value in the
//! error, and the values a flag takes are offered to completions and the man page.

use std::ffi::OsStr;
use std::sync::Arc;
use std::time::Duration;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Arg, Command, ValueEnum};

use crate::error::Failure;
use crate::exchange::instrument::{InstId, InstType};
use crate::validate::{self, Bar, TimeSpec};

type Check<T> = dyn Fn(&str, &str) -> Result<T, Failure> + Send + Sync;

/// A clap parser made of a check `(value, flag) -> T`, and the values completions may offer.
#[derive(Clone)]
pub(crate) struct Checked<T> {
    check: Arc<Check<T>>,
    values: Vec<PossibleValue>,
}

fn checked<T>(
    check: impl Fn(&str, &str) -> Result<T, Failure> + Send + Sync + 'static,
) -> Checked<T> {
    Checked {
        check: Arc::new(check),
        values: Vec::new(),
    }
}

impl<T> Checked<T> {
    fn offering(mut self, values: impl IntoIterator<Item = PossibleValue>) -> Self {
        self.values.extend(values);
        self
    }
}

/// How an argument is named in errors: `--depth`, or a positional's value name.
fn shown_name(arg: &Arg) -> String {
    match (arg.get_long(), arg.get_value_names()) {
        (Some(long), _) => format!("--{long}"),
        (None, Some([name, ..])) => name.to_string(),
        _ => arg.get_id().to_string(),
    }
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Checked<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<T, clap::Error> {
        let name = arg.map(shown_name).unwrap_or_default();
        // Not UTF-8: the replacement characters make it fail the check, which names it.
        (self.check)(&value.to_string_lossy(), &name).map_err(|e| {
            // The check's message already names the value and the fix: no "invalid value" prefix.
            clap::Error::raw(ErrorKind::ValueValidation, format!("{e}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        if self.values.is_empty() {
            None
        } else {
            Some(Box::new(self.values.iter().cloned()))
        }
    }
}

/// An instrument ID in OKX's form (`BTC-USDT`), refused with the ID meant where it can be told.
pub(crate) fn inst_id() -> Checked<InstId> {
    checked(|s, _| InstId::parse(s))
}

/// A perpetual swap's ID (`BTC-USDT-SWAP`): only swaps have funding.
pub(crate) fn swap_id() -> Checked<InstId> {
    checked(|s, _| swap_id_check(s))
}

/// A perpetual swap's ID, or `ANY`: every perpetual swap (OKX's word on `/public/funding-rate`).
pub(crate) fn swap_id_or_any() -> Checked<super::Perpetual> {
    checked(|s, _| {
        if s == "ANY" {
            Ok(super::Perpetual::Any)
        } else {
            swap_id_check(s).map(super::Perpetual::Swap)
        }
    })
}

fn swap_id_check(s: &str) -> Result<InstId, Failure> {
    InstId::parse(s).and_then(crate::exchange::funding::perpetual)
}

fn inst_type_values() -> impl Iterator<Item = PossibleValue> {
    InstType::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
}

/// One of OKX's instrument types, in any case.
pub(crate) fn inst_type() -> Checked<InstType> {
    checked(|s, _| InstType::parse(s)).offering(inst_type_values())
}

/// An instrument type, or `ANY` (the orders channel's word for all of them): `None`.
pub(crate) fn inst_type_or_any() -> Checked<Option<InstType>> {
    checked(|s, _| {
        if s.eq_ignore_ascii_case("ANY") {
            Ok(None)
        } else {
            InstType::parse(s).map(Some)
        }
    })
    .offering(std::iter::once(PossibleValue::new("ANY")).chain(inst_type_values()))
}

/// A candle bar by OKX's name (`1m`, `1H`, `1Dutc`); ambiguous ones are refused with the choices.
pub(crate) fn bar() -> Checked<Bar> {
    checked(|s, _| validate::bar(s)).offering(
        validate::BARS
            .iter()
            .map(|(name, _)| PossibleValue::new(*name)),
    )
}

/// A positive plain decimal (`0.05`, `1000`), refused with the fix when it is not one (a
/// negative, an exponent, a decimal comma).
pub(crate) fn decimal() -> Checked<rust_decimal::Decimal> {
    checked(|s, flag| validate::decimal(s, flag).map(|(_, d)| d))
}

/// One currency code, e.g. `USDT`.
pub(crate) fn currency() -> Checked<String> {
    checked(validate::currency)
}

/// A transfer's client ID: 1-32 letters and digits.
pub(crate) fn client_id() -> Checked<String> {
    checked(|s, _| validate::client_id(s))
}

/// A whole number from 1 to `max`.
pub(crate) fn count(max: u64) -> Checked<u64> {
    checked(move |s, flag| validate::count(s, flag, max))
}

/// A duration from `min` to `max`: seconds (`10`, `2.5`) or a span (`500ms`, `30s`, `5m`, `2h`, `7d`).
pub(crate) fn duration(min: Duration, max: Duration) -> Checked<Duration> {
    checked(move |s, flag| validate::duration(s, flag, min, max))
}

/// A point in time: RFC 3339, a date, epoch milliseconds, or a span back from now (`7d`).
pub(crate) fn time() -> Checked<TimeSpec> {
    checked(TimeSpec::parse)
}

/// The depth of a WebSocket book stream: OKX streams 5 levels (`books5`) or 400 (`books`).
pub(crate) fn stream_depth() -> Checked<u16> {
    checked(|s, flag| match s.trim() {
        "5" => Ok(5),
        "400" => Ok(400),
        d => Err(Failure::Usage(format!(
            "{flag} {d:?}: the book streams come in 5 or 400 levels"
        ))),
    })
    .offering(["5", "400"].map(PossibleValue::new))
}

/// How many of the latest public trades: 1 to 500, all `/market/trades` keeps; more is refused
/// with the way to get them (a range, from `/market/history-trades`).
pub(crate) fn recent_trades() -> Checked<u64> {
    checked(|s, flag| {
        let n = validate::count(s, flag, u64::MAX)?;
        if n > 500 {
            return Err(Failure::Usage(format!(
                "{flag} {s:?}: OKX keeps only the latest 500 trades on /market/trades; for more, \
                 give a range with --since (and --until), read from the 3-month history"
            )));
        }
        Ok(n)
    })
}

/// The type of a position: MARGIN, SWAP, FUTURES or OPTION (spot holdings are balances).
pub(crate) fn position_type() -> Checked<InstType> {
    checked(|s, flag| {
        let t = InstType::parse(s)?;
        if t == InstType::Spot {
            return Err(Failure::Usage(format!(
                "{flag} {s}: spot holdings are balances (okx balance, okx watch account), not \
                 positions; give SWAP, FUTURES, OPTION or MARGIN"
            )));
        }
        Ok(t)
    })
    .offering(inst_type_values().filter(|v| !v.get_name().eq_ignore_ascii_case("SPOT")))
}

/// The countdown of `okx deadman`: `off`, or whole seconds from 10 to 120, OKX's range
/// for cancel-all-after (derivatives sheet §4.7), in the one duration syntax (`60s`, `2m`, `90`).
pub(crate) fn deadman_timeout() -> Checked<super::deadman::Countdown> {
    checked(|s, flag| {
        if s.trim() == "off" {
            return Ok(super::deadman::Countdown::Off);
        }
        let range = "OKX's cancel-all-after counts down from 10 s to 120 s, in whole seconds \
                     (60s, 2m), or give off to disarm it";
        let d = validate::duration(s, flag, Duration::from_millis(1), Duration::MAX)
            .map_err(|e| Failure::Usage(format!("{e}; {range}")))?;
        if d.subsec_nanos() != 0 || !(10..=120).contains(&d.as_secs()) {
            return Err(Failure::Usage(format!("{flag} {s:?}: {range}")));
        }
        Ok(super::deadman::Countdown::Secs(d.as_secs()))
    })
    .offering(["off"].map(PossibleValue::new))
}
