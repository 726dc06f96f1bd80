//! What the commands that download a time range share (`okx candles --since`, `okx trades
//! --since`, `okx funding --since`): the checks of `--since`/`--until` (on this machine's clock
//! before anything is sent, then on OKX's), asking again before an empty or short answer is
//! believed, the gap report on stderr, the progress bar, and `--strict`'s exit 9.
//!
//! An empty or short answer is not believed at once: OKX serves market data from several caches
//! and a request may meet a stale one (fact sheet §3.0), so a stretch an answer lacks is asked
//! for again, up to [`TRIES`] answers in all with back-off, before it is called a gap (issue 12).

use std::time::Duration;

use anyhow::Result;
use indicatif::ProgressBar;
use time::OffsetDateTime;

use crate::client::backoff;
use crate::error::Failure;
use crate::output::{iso_exact_ms as iso_ms, progress, Stderr};
use crate::validate::{TimeSpec, EARLIEST_MS};

/// Answers asked for before an empty or short one is believed: a stretch is called missing
/// only when this many answers in a row lack it.
pub(crate) const TRIES: u32 = 3;
/// The back-off before asking again: 125-250 ms, then 250-500 ms (jittered).
const RETRY_BASE: Duration = Duration::from_millis(250);

/// Waits before asking again for the `attempt`-th time (1, 2, …).
pub(crate) fn pause(attempt: u32) {
    std::thread::sleep(backoff(RETRY_BASE, attempt));
}

/// What a range's rows, and the slots the schedule expects them in, are called in messages.
pub(crate) struct Noun {
    /// `candle`, `funding event`
    pub one: &'static str,
    pub many: &'static str,
    /// `bar`, `settlement`
    pub slot_one: &'static str,
    pub slot_many: &'static str,
}

impl Noun {
    fn rows(&self, n: i64) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.many
        }
    }

    fn slots(&self, n: i64) -> &'static str {
        if n == 1 {
            self.slot_one
        } else {
            self.slot_many
        }
    }
}

/// A stretch of `[since, until]` with no rows where the schedule expects some: its first and
/// last missing slot's times and how many slots are missing (`None` where that cannot be
/// counted).
pub(crate) type Gap = (i64, i64, Option<i64>);

/// `--since` and `--until` as epoch ms against `now`, refused (exit 2, nothing sent) when either
/// is before any market data, `--since` is in the future, or the two are swapped. The end is
/// capped at now.
pub(crate) fn resolve(
    since: &TimeSpec,
    until: Option<&TimeSpec>,
    now: OffsetDateTime,
) -> Result<(i64, i64)> {
    let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
    let since_ms = since.resolve(now)?;
    let until_ms = match until {
        Some(u) => u.resolve(now)?,
        None => now_ms,
    };
    // Before the floor there is no market data anywhere: a time such as 1970-01-01 would be sent
    // as before=-1 (issue 12).
    for (flag, spec, ms) in [
        ("--since", Some(since), since_ms),
        ("--until", until, until_ms),
    ] {
        if ms < EARLIEST_MS {
            return Err(Failure::Usage(format!(
                "{flag} {:?} ({}) is before {}: OKX has no market data that old; give a later time",
                spec.map(TimeSpec::text).unwrap_or_default(),
                iso_ms(&ms.to_string()),
                iso_ms(&EARLIEST_MS.to_string())
            ))
            .into());
        }
    }
    if since_ms > now_ms {
        return Err(Failure::Usage(format!(
            "--since {:?} ({}) is in the future; give a past time",
            since.text(),
            iso_ms(&since_ms.to_string())
        ))
        .into());
    }
    if since_ms > until_ms {
        return Err(Failure::Usage(format!(
            "--since {:?} ({}) is after --until {:?} ({}); swap them",
            since.text(),
            iso_ms(&since_ms.to_string()),
            until.map(TimeSpec::text).unwrap_or_default(),
            iso_ms(&until_ms.to_string())
        ))
        .into());
    }
    Ok((since_ms, until_ms.min(now_ms)))
}

const DAY_MS: i64 = 86_400_000;

/// Whose clock a time is judged on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clock {
    /// This machine's: before anything is sent.
    Local,
    /// OKX's, learnt with `Client::learn_clock`.
    Okx,
}

/// `--since` (`spec`, resolved to `since`) against the history OKX keeps of `what` (`public
/// trades`, `funding history`): the last `days` days by `now_ms`, and not after `now_ms`. Called
/// twice: with this machine's clock before anything is sent, and with OKX's, since OKX keeps its
/// history by its own clock and this machine's may be hours off: a range accepted on the first
/// may be refused on the second (exit 2, only the time asked).
pub(crate) fn check_history_start(
    since: i64,
    (now_ms, clock): (i64, Clock),
    days: i64,
    spec: &TimeSpec,
    what: &str,
) -> Result<()> {
    let at = |ms: i64| iso_ms(&ms.to_string());
    let whose = match clock {
        Clock::Local => "by this machine's clock",
        Clock::Okx => "by OKX's clock",
    };
    let oldest = now_ms - days * DAY_MS;
    if since < oldest {
        return Err(Failure::Usage(format!(
            "--since {:?} ({}) is more than 3 months ago: OKX keeps {what} for the last 3 months \
             ({days} days, since {} {whose}); give a later time",
            spec.text(),
            at(since),
            at(oldest)
        ))
        .into());
    }
    if since > now_ms {
        return Err(Failure::Usage(format!(
            "--since {:?} ({}) is in the future {whose} (now {}); give an earlier time",
            spec.text(),
            at(since),
            at(now_ms)
        ))
        .into());
    }
    Ok(())
}

/// The gaps on stderr, with their ranges (the first 20), then the summary: rows written, and
/// the gaps' count and size; each line begins with `inst_id`, as a command may download several.
pub(crate) fn report(noun: &Noun, inst_id: &str, gaps: &[Gap], rows: u64, since: i64, until: i64) {
    let inst_id = crate::output::sanitize(inst_id);
    let at = |ms: i64| iso_ms(&ms.to_string());
    for (from, to, missing) in gaps.iter().take(20) {
        let size = match missing {
            Some(n) => format!(" ({n} {} missing in OKX's data)", noun.slots(*n)),
            None => String::new(),
        };
        Stderr::note(&format!(
            "{inst_id}: no {} from {} to {}{size}",
            noun.many,
            at(*from),
            at(*to)
        ));
    }
    if gaps.len() > 20 {
        Stderr::note(&format!("{inst_id}: … and {} more gaps", gaps.len() - 20));
    }
    let missing: i64 = gaps.iter().filter_map(|g| g.2).sum();
    let gaps_text = match gaps.len() {
        0 => "no gaps".to_string(),
        n => format!(
            "{n} gap{}{}",
            plural(n as i64),
            if missing > 0 {
                format!(", {missing} {} missing", noun.slots(missing))
            } else {
                String::new()
            }
        ),
    };
    Stderr::note(&format!(
        "{inst_id}: wrote {rows} {} from {} to {}; {gaps_text}",
        noun.rows(rows as i64),
        at(since),
        at(until)
    ));
}

/// The note that answers asked again filled what the first ones lacked.
pub(crate) fn report_recovered(noun: &Noun, inst_id: &str, recovered: usize) {
    if recovered > 0 {
        Stderr::note(&format!(
            "{}: OKX's first answers lacked {recovered} {}; asking again got {}",
            crate::output::sanitize(inst_id),
            noun.rows(recovered as i64),
            if recovered == 1 { "it" } else { "them" }
        ));
    }
}

/// `--strict`: exit 9 when the range has gaps (`what` names the data: `BTC-USDT 1m`).
pub(crate) fn strict(what: &str, gaps: &[Gap], since: i64, until: i64) -> Result<()> {
    if gaps.is_empty() {
        return Ok(());
    }
    Err(Failure::Incomplete(format!(
        "OKX's data for {what} has {} gap{} in the range {} to {} (--strict)",
        gaps.len(),
        plural(gaps.len() as i64),
        iso_ms(&since.to_string()),
        iso_ms(&until.to_string())
    ))
    .into())
}

pub(crate) fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A progress bar of `total` rows on stderr when it is a terminal, hidden otherwise.
pub(crate) fn progress_bar(noun: &Noun, total: u64) -> ProgressBar {
    progress::bar(
        total,
        &format!(
            "{{bar:30}} {{pos}}/{{len}} {} ({{rate}}, eta {{eta}})",
            noun.many
        ),
    )
}
