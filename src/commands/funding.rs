//! `okx funding`: the current funding of perpetual swaps, or every settlement in a range.
//!
//! Current: one `/public/funding-rate` request per swap; the table adds the interval
//! (`nextFundingTime − fundingTime`: OKX may change it from 8 h to 6, 4, 2 or 1 h) and the rate
//! annualised over it (simple, not compounded); JSON is OKX's data unchanged.
//!
//! Range: `/public/funding-rate-history` serves the last 3 months, newest first, with exclusive
//! `fundingTime` cursors: `after=T` gives settlements older than T, `before=T` newer ones, and
//! with both only those strictly between, the newest `limit` (≤ 400) of them (docs
//! #public-data-rest-api-get-funding-rate-history; the same rules as candles, okx-v5-facts
//! §3.5). `before` alone cannot walk forward (it returns the newest rows), so the range is walked
//! forward in windows of 400 hours, each asked for with both cursors (`before = lo − 1`,
//! `after = hi`): settlements are at least an hour apart, so a window holds at most 400 and 90
//! days take six requests. An older docs revision caps a page at 100, so a page of 100 rows or
//! more is followed by one with `after` = the oldest `fundingTime` received. Each window is
//! written, oldest first, as soon as it is complete, so rows stream and memory holds one window.
//!
//! "3 months" is judged on OKX's clock (learnt before anything else is asked): `--since` may go
//! back 92 days (the longest 3 months) and not past OKX's now; settlements missing at the start
//! of the range before the shortest 3 months (89 days) may have aged out and are not counted.
//!
//! Gaps: the schedule is inferred from the settlements themselves, since the interval can
//! change; a spacing at least twice both neighbouring spacings (or longer than the longest
//! interval OKX uses, 8 h, and twice the shorter neighbour) lacks settlements. A window whose
//! settlements leave such a hole is asked for again before the hole is reported (`range.rs`:
//! the retries, the report, the progress bar and `--strict`'s exit 9 are those of `okx candles`).

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::Value;

use super::range::{self, Clock, Gap, Noun, TRIES};
use super::{Auth, Ctx};
use crate::cli::{FundingArgs, Perpetual};
use crate::client::{local_now, Client};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::funding::figures;
use crate::exchange::instrument::InstId;
use crate::output::{iso_exact_ms, Cell, Column, Record, Stderr};
use crate::parse::field;
use crate::validate::TimeSpec;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
/// Rows per history request: the most OKX serves (fact sheet §6.3).
const PAGE: usize = 400;
/// An older docs revision says 100 (rosssaunders/ccrxt#85): a page this long may have been cut
/// at OKX's limit, so paging goes on from its oldest row.
const SHORTEST_PAGE: usize = 100;
/// A window of the walk: `PAGE` settlements at the shortest interval OKX uses (1 h).
const WINDOW_MS: i64 = PAGE as i64 * HOUR_MS;
/// The longest funding interval OKX uses.
const LONGEST_INTERVAL_MS: i64 = 8 * HOUR_MS;
/// How far back the history goes: "the last 3 months", taken as the longest three consecutive
/// calendar months, for what `--since` may ask...
const HISTORY_DAYS: i64 = 92;
/// ... and as the shortest (February to April), for what must be there.
const SHORTEST_HISTORY_DAYS: i64 = 89;
/// What OKX keeps 3 months of, in messages.
const WHAT: &str = "funding history";
/// A settlement this recent may not be in the history yet: not called missing.
const SETTLE_GRACE_MS: i64 = 5 * 60_000;

const NOUN: Noun = Noun {
    one: "funding event",
    many: "funding events",
    slot_one: "settlement",
    slot_many: "settlements",
};

/// The funding figures of a current-funding item, the first reason one is missing noted.
fn figures_of(v: &Value, problem: &mut Option<String>) -> crate::exchange::funding::Figures {
    let f = figures(
        field(v, "fundingTime"),
        field(v, "nextFundingTime"),
        field(v, "fundingRate"),
    );
    if let Some(why) = &f.problem {
        problem.get_or_insert(why.clone());
    }
    f
}

fn interval_cell(v: &Value, problem: &mut Option<String>) -> String {
    figures_of(v, problem).interval
}

fn annualised_cell(v: &Value, problem: &mut Option<String>) -> String {
    figures_of(v, problem).annualised
}

/// The current-funding table.
const CURRENT: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::num("rate", Cell::Field("fundingRate")).unit("predicted"),
    Column::num("annualised", Cell::With(annualised_cell)).unit("% a year, simple"),
    Column::text("interval", Cell::With(interval_cell)),
    Column::text("funding time", Cell::Time("fundingTime")).unit("UTC"),
    Column::text("next funding time", Cell::Time("nextFundingTime"))
        .unit("UTC")
        .priority(2),
    Column::num("last settled rate", Cell::Field("settFundingRate")).priority(3),
];

/// History CSV: every field as OKX sent it, the time first.
const HISTORY_CSV: &[Column] = &[
    Column::text("fundingTime", Cell::Field("fundingTime")),
    Column::text("instId", Cell::Field("instId")),
    Column::num("fundingRate", Cell::Field("fundingRate")),
    Column::num("realizedRate", Cell::Field("realizedRate")),
    Column::text("formulaType", Cell::Field("formulaType")),
    Column::text("method", Cell::Field("method")),
    Column::text("instType", Cell::Field("instType")),
];

const HISTORY_TABLE: &[Column] = &[
    Column::text("funding time", Cell::Time("fundingTime")).unit("UTC"),
    Column::text("instrument", Cell::Field("instId")).priority(2),
    Column::num("rate", Cell::Field("fundingRate")).unit("predicted"),
    Column::num("realized rate", Cell::Field("realizedRate")),
];

pub(crate) fn run(ctx: &Ctx, args: FundingArgs) -> Result<()> {
    let FundingArgs {
        inst_ids,
        since,
        until,
        strict,
    } = args;
    // Each instrument once, in the order given (a repeated ID would write its rows twice).
    let mut ids: Vec<Perpetual> = Vec::new();
    for id in inst_ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let swaps: Vec<InstId> = ids
        .iter()
        .filter_map(|p| match p {
            Perpetual::Swap(id) => Some(id.clone()),
            Perpetual::Any => None,
        })
        .collect();
    if swaps.len() < ids.len() {
        // OKX's `ANY` is of /public/funding-rate only; the history is asked for per swap.
        let why = if since.is_some() {
            "ANY gives the current funding of every perpetual swap, not their history; give \
             swap IDs with --since, such as BTC-USDT-SWAP"
        } else if !swaps.is_empty() {
            "ANY already includes every perpetual swap; give ANY alone, or the swap IDs"
        } else {
            return current(ctx, &["ANY"]);
        };
        return Err(Failure::Usage(why.to_string()).into());
    }
    match since {
        None => current(ctx, &swaps.iter().map(InstId::as_str).collect::<Vec<_>>()),
        Some(spec) => {
            let now = local_now();
            let (since, until) = range::resolve(&spec, until.as_ref(), now)?;
            let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
            range::check_history_start(since, (now_ms, Clock::Local), HISTORY_DAYS, &spec, WHAT)?;
            history(ctx, &swaps, (since, until, &spec), strict)
        }
    }
}

/// The current funding of `inst_ids` (swap IDs, or `ANY`), one request each.
fn current(ctx: &Ctx, inst_ids: &[&str]) -> Result<()> {
    let client = ctx.client(Auth::None)?;
    let mut items = Vec::new();
    for id in inst_ids {
        let req = endpoints::FUNDING_RATE.request().query("instId", *id);
        let data = client.send(&req)?.data;
        if data.is_empty() {
            return Err(Failure::Network(format!(
                "OKX answered with no funding rate for {id}; try again"
            ))
            .into());
        }
        items.extend(data);
    }
    ctx.out.items(CURRENT, items).context("writing output")?;
    Ok(())
}

fn history(
    ctx: &Ctx,
    inst_ids: &[InstId],
    (since, until, spec): (i64, i64, &TimeSpec),
    strict: bool,
) -> Result<()> {
    let client = ctx.client(Auth::None)?;
    // OKX keeps its history, and settles, by its own clock, which may be hours from this
    // machine's: the range is judged again on it, before anything but the time is asked.
    client.learn_clock()?;
    let server_now = client.server_now_ms();
    range::check_history_start(since, (server_now, Clock::Okx), HISTORY_DAYS, spec, WHAT)?;
    let until = until.min(server_now);
    // "3 months" is 89 to 92 days: settlements before the shortest may have aged out of the
    // history, so none before `kept` is called missing at the start of the range.
    let kept = since.max(server_now - SHORTEST_HISTORY_DAYS * DAY_MS);
    let mut sink = ctx
        .out
        .records(HISTORY_CSV, HISTORY_TABLE)
        .context("writing output")?;
    let mut incomplete = Vec::new();
    for id in inst_ids {
        let fetch = Fetcher {
            client: &client,
            inst_id: id.as_str(),
            warned: std::cell::Cell::new(false),
        };
        // The last settlement that must be in the history by now.
        let due = until.min(server_now - SETTLE_GRACE_MS);
        let progress = range::progress_bar(&NOUN, ((until - since) / LONGEST_INTERVAL_MS) as u64);
        let mut times: Vec<i64> = Vec::new();
        let mut recovered = 0;
        let mut lo = since;
        while lo <= until {
            let hi = lo.saturating_add(WINDOW_MS).min(until + 1);
            let mut window = BTreeMap::new();
            // The settlements before the window tell the schedule at its start.
            let context = &times[times.len().saturating_sub(2)..];
            recovered += fetch.window_checked(lo, hi, context, kept, due, &mut window)?;
            for (t, row) in window {
                times.push(t);
                sink.push(&row).context("writing output")?;
                progress.inc(1);
            }
            sink.flush().context("writing output")?;
            // The length assumed 8 h settlements; a shorter interval overtakes it.
            if progress.length().is_some_and(|n| progress.position() > n) {
                progress.set_length(progress.position());
            }
            lo = hi;
        }
        progress.finish_and_clear();
        range::report_recovered(&NOUN, id.as_str(), recovered);
        let lead = match times.as_slice() {
            [a, b, ..] => b - a,
            _ => LONGEST_INTERVAL_MS,
        };
        if kept > since && times.first().is_none_or(|first| first - since >= lead) {
            Stderr::note(&format!(
                "{id}: OKX's funding history starts at {}; settlements before {} may be older \
                 than OKX keeps (3 months: 89 to 92 days) and are not counted as missing",
                times
                    .first()
                    .map_or("-".to_string(), |t| iso_exact_ms(&t.to_string())),
                iso_exact_ms(&kept.to_string())
            ));
        }
        let gaps = missing(&times, kept, due.max(kept));
        range::report(&NOUN, id.as_str(), &gaps, times.len() as u64, since, until);
        if !gaps.is_empty() {
            incomplete.push((id.as_str(), gaps));
        }
    }
    sink.finish().context("writing output")?;
    if strict {
        for (id, gaps) in &incomplete {
            range::strict(&format!("{id} funding"), gaps, since, until)?;
        }
    }
    Ok(())
}

struct Fetcher<'a> {
    client: &'a Client,
    inst_id: &'a str,
    /// Whether two different rows of one settlement were warned about.
    warned: std::cell::Cell<bool>,
}

impl Fetcher<'_> {
    /// One page: the newest `PAGE` settlements strictly between the cursors, as sent.
    fn page(&self, after: i64, before: i64) -> Result<Vec<(i64, Value)>> {
        let req = endpoints::FUNDING_RATE_HISTORY
            .request()
            .query("instId", self.inst_id)
            .query("after", after.to_string())
            .query("before", before.to_string())
            .query("limit", PAGE.to_string());
        let env = self.client.send(&req)?;
        env.data
            .into_iter()
            .map(|row| {
                let t = row.field("fundingTime").parse::<i64>().ok();
                match t {
                    Some(t) if row.field("instId") == self.inst_id => Ok((t, row)),
                    _ => Err(Failure::Network(format!(
                        "unexpected answer from {}: {}",
                        endpoints::FUNDING_RATE_HISTORY.path,
                        crate::output::shown(&row.to_string(), 200)
                    ))
                    .into()),
                }
            })
            .collect()
    }

    /// Every settlement with `lo <= fundingTime < hi`, into `into`. A page of at least
    /// `SHORTEST_PAGE` rows may have been cut at OKX's limit, whichever it is: followed by one
    /// with `after` = the oldest `fundingTime` received, until a page is shorter or reaches `lo`.
    fn window(&self, lo: i64, hi: i64, into: &mut BTreeMap<i64, Value>) -> Result<()> {
        let mut after = hi;
        loop {
            let page = self.page(after, lo - 1)?;
            let maybe_cut = page.len() >= SHORTEST_PAGE;
            let mut oldest = None;
            for (t, row) in page.into_iter().filter(|(t, _)| (lo..after).contains(t)) {
                oldest = Some(oldest.map_or(t, |o: i64| o.min(t)));
                self.keep_first(into, t, row);
            }
            match oldest {
                Some(o) if maybe_cut && o > lo => after = o,
                _ => return Ok(()),
            }
        }
    }

    /// `row` into `into` unless its settlement is there: the first row of a settlement is kept,
    /// and a later one with other rates (hostile data: a settlement has one rate) warned of once.
    fn keep_first(&self, into: &mut BTreeMap<i64, Value>, t: i64, row: Value) {
        use std::collections::btree_map::Entry;
        match into.entry(t) {
            Entry::Vacant(e) => {
                e.insert(row);
            }
            Entry::Occupied(e) => {
                let differ = ["fundingRate", "realizedRate"]
                    .iter()
                    .any(|k| e.get().field(k) != row.field(k));
                if differ && !self.warned.replace(true) {
                    Stderr::warn(&format!(
                        "OKX sent two different rows for {}'s settlement at {}; kept the first",
                        self.inst_id,
                        iso_exact_ms(&t.to_string())
                    ));
                }
            }
        }
    }

    /// [`Fetcher::window`], then, where the settlements got leave a hole in the schedule they
    /// imply (judged with the two settlements before the window, `context`), the stretch is
    /// asked for again, up to `TRIES` answers in all. Returns how many the later answers added.
    fn window_checked(
        &self,
        lo: i64,
        hi: i64,
        context: &[i64],
        since: i64,
        due: i64,
        into: &mut BTreeMap<i64, Value>,
    ) -> Result<usize> {
        self.window(lo, hi, into)?;
        let mut recovered = 0;
        for attempt in 1..TRIES {
            let times: Vec<i64> = context
                .iter()
                .copied()
                .chain(into.keys().copied())
                .collect();
            // Holes inside this window only: its end is `hi - 1`, or what is due by now.
            let end = (hi - 1).min(due);
            let holes: Vec<Gap> = missing(&times, since.max(lo), end.max(lo))
                .into_iter()
                .filter(|(from, to, _)| *to >= lo && *from < hi)
                .collect();
            let (Some(from), Some(to)) = (
                holes.iter().map(|g| g.0).min(),
                holes.iter().map(|g| g.1).max(),
            ) else {
                break;
            };
            range::pause(attempt);
            let before = into.len();
            self.window(from.max(lo), (to + 1).min(hi), into)?;
            recovered += into.len() - before;
        }
        Ok(recovered)
    }
}

/// The settlements the schedule implies but `times` (ascending) lacks, within `[since, due]`:
/// (first missing, last missing, how many; `None` when nothing tells the schedule). The
/// expected spacing at each point comes from the neighbouring spacings, since OKX changes the
/// interval: a spacing at least twice both neighbours lacks settlements at the larger
/// neighbour's spacing (a change of interval shows as two different neighbours, never as one
/// spacing twice both); a spacing longer than the longest interval OKX uses and twice the
/// shorter neighbour lacks them at the shorter one's; a spacing that is exactly the sum of two
/// different neighbours lacks the one settlement at a change of interval. With no spacing to go
/// by, the longest interval is assumed. Not found: a settlement lost just after a change (8 h,
/// 8 h, 4 h reads as a change one settlement later), which the times alone cannot tell.
pub(crate) fn missing(times: &[i64], since: i64, due: i64) -> Vec<Gap> {
    let Some((&first, &last)) = times.first().zip(times.last()) else {
        return if due.saturating_sub(since) >= LONGEST_INTERVAL_MS {
            vec![(since, due, None)]
        } else {
            Vec::new()
        };
    };
    let d: Vec<i64> = times.windows(2).map(|w| w[1] - w[0]).collect();
    let mut gaps = Vec::new();
    let lead = d.first().copied().unwrap_or(LONGEST_INTERVAL_MS);
    if first > since && first - since >= lead {
        let n = (first - since) / lead;
        gaps.push((first - n * lead, first - lead, Some(n)));
    }
    for (i, &span) in d.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| d[j]);
        let next = d.get(i + 1).copied();
        let (wide, narrow) = match (prev, next) {
            (Some(p), Some(n)) => (p.max(n), p.min(n)),
            (Some(x), None) | (None, Some(x)) => (x, x),
            (None, None) => (LONGEST_INTERVAL_MS, LONGEST_INTERVAL_MS),
        };
        // At a change of interval, one settlement lost leaves a spacing of the old interval
        // plus the new one (8 h + 4 h), not three 4 h steps.
        if let (Some(p), Some(n)) = (prev, next) {
            if p != n && p > 0 && n > 0 && span == p + n {
                let t = times[i] + p;
                gaps.push((t, t, Some(1)));
                continue;
            }
        }
        let step = if wide > 0 && span >= 2 * wide {
            wide
        } else if narrow > 0 && span > LONGEST_INTERVAL_MS && span >= 2 * narrow {
            narrow
        } else {
            continue;
        };
        let n = (span + step / 2) / step - 1;
        gaps.push((times[i] + step, times[i + 1] - step, Some(n)));
    }
    let tail = d.last().copied().unwrap_or(LONGEST_INTERVAL_MS);
    if last < due && due - last >= tail {
        let n = (due - last) / tail;
        gaps.push((last + tail, last + n * tail, Some(n)));
    }
    gaps.sort_unstable();
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = HOUR_MS;

    fn every(from: i64, step: i64, n: i64) -> Vec<i64> {
        (0..n).map(|k| from + k * step).collect()
    }

    #[test]
    fn a_regular_schedule_has_no_gap() {
        let t = every(0, 8 * H, 10);
        assert_eq!(missing(&t, 0, 72 * H + 1), vec![]);
        // The range may start and end between settlements.
        assert_eq!(missing(&t, -7 * H, 72 * H + 7 * H), vec![]);
    }

    #[test]
    fn an_interval_change_is_not_a_gap() {
        let mut t = every(0, 8 * H, 10);
        t.extend(every(76 * H, 4 * H, 10));
        assert_eq!(missing(&t, 0, 112 * H), vec![]);
        let mut t = every(0, 4 * H, 10);
        t.extend(every(44 * H, 8 * H, 10));
        assert_eq!(missing(&t, 0, 116 * H), vec![]);
    }

    #[test]
    fn missing_settlements_are_found_at_the_local_interval() {
        let mut t = every(0, 8 * H, 10);
        t.remove(4);
        assert_eq!(missing(&t, 0, 72 * H), vec![(32 * H, 32 * H, Some(1))]);
        // In the 4 h part of a changed schedule.
        let mut t = every(0, 8 * H, 5);
        t.extend(every(36 * H, 4 * H, 10));
        t.retain(|x| *x != 52 * H);
        assert_eq!(missing(&t, 0, 72 * H), vec![(52 * H, 52 * H, Some(1))]);
        // Two holes one settlement apart, and a long outage.
        let t: Vec<i64> = every(0, 8 * H, 12)
            .into_iter()
            .filter(|x| ![24 * H, 40 * H].contains(x))
            .collect();
        assert_eq!(
            missing(&t, 0, 88 * H),
            vec![(24 * H, 24 * H, Some(1)), (40 * H, 40 * H, Some(1))]
        );
        let t = vec![0, 8 * H, 16 * H, 64 * H, 72 * H];
        assert_eq!(missing(&t, 0, 72 * H), vec![(24 * H, 56 * H, Some(5))]);
    }

    #[test]
    fn a_settlement_lost_at_a_change_of_interval_is_one() {
        // 8 h up to the change at 40 h, 4 h after it; the change settlement lost.
        let mut t = every(0, 8 * H, 6);
        t.extend(every(44 * H, 4 * H, 6));
        t.retain(|x| *x != 40 * H);
        assert_eq!(missing(&t, 0, 64 * H), vec![(40 * H, 40 * H, Some(1))]);
        // From 4 h back to 8 h.
        let mut t = every(0, 4 * H, 6);
        t.extend(every(28 * H, 8 * H, 6));
        t.retain(|x| *x != 20 * H);
        assert_eq!(missing(&t, 0, 68 * H), vec![(20 * H, 20 * H, Some(1))]);
    }

    #[test]
    fn ends_of_the_range() {
        let t = every(16 * H, 8 * H, 5);
        assert_eq!(
            missing(&t, 0, 48 * H),
            vec![(0, 8 * H, Some(2))],
            "two settlements missing before the first"
        );
        assert_eq!(missing(&t, 16 * H, 64 * H), vec![(56 * H, 64 * H, Some(2))]);
        assert_eq!(missing(&[], 0, 7 * H), vec![]);
        assert_eq!(missing(&[], 0, 8 * H), vec![(0, 8 * H, None)]);
    }
}
