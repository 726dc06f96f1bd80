//! `okx candles`: the latest N candles, or every candle in a range, always oldest first.
//!
//! A range is walked forward in time windows of a page of bars. Each window is asked for with both
//! cursors (`before = lo - 1`, `after = hi`, both exclusive) and, because a page may hold fewer
//! rows than asked (older docs cap history pages at 100; gaps), re-asked with `after` = the
//! oldest timestamp actually received until the window is exhausted. A window is emitted, oldest
//! first, as soon as it is complete, so memory holds one window however long the range.
//!
//! `/market/candles` serves only the latest 1,440 candles and `/market/history-candles` the
//! older ones (docs #order-book-trading-market-data-get-candlesticks); windows near that
//! boundary ask both and merge by timestamp.
//!
//! A window whose bars do not cover it is asked for again before the stretch it lacks is called
//! a gap; the range checks, the retries, the gap report, the progress bar and `--strict` are
//! shared with `okx funding` (`range.rs`).
//!
//! `--price mark|index` walks mark-price or index candles (derivatives fact sheet §6.8) through
//! the same engine: only the [`Source`] differs (the endpoint pair, 100-row pages, 6-field rows
//! without volume, and the bars each endpoint takes).

use std::collections::BTreeMap;

use anyhow::{Context, Result};

use super::range::{self, plural, Gap, Noun, TRIES};
use super::{Auth, Ctx};
use crate::cli::{CandlePrice, CandlesArgs};
use crate::client::{local_now, Client};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::{Cell, Column, Stderr};
use crate::parse::{parse_candle, parse_price_candle, Candle};
use crate::validate::Bar;

/// How many candles `/market/candles` (and the mark-price and index candle endpoints) keep.
const RECENT: i64 = 1440;

const NOUN: Noun = Noun {
    one: "candle",
    many: "candles",
    slot_one: "bar",
    slot_many: "bars",
};

/// CSV: every field as OKX sent it.
const CSV: &[Column<Candle>] = &[
    Column::text("ts", Cell::Field("ts")),
    Column::num("open", Cell::Field("o")),
    Column::num("high", Cell::Field("h")),
    Column::num("low", Cell::Field("l")),
    Column::num("close", Cell::Field("c")),
    Column::num("vol", Cell::Field("vol")),
    Column::num("volCcy", Cell::Field("volCcy")),
    Column::num("volCcyQuote", Cell::Field("volCcyQuote")),
    Column::text("confirm", Cell::Field("confirm")),
];

/// CSV of mark-price and index candles: every field as OKX sent it (they have no volume).
const PRICE_CSV: &[Column<Candle>] = &[
    Column::text("ts", Cell::Field("ts")),
    Column::num("open", Cell::Field("o")),
    Column::num("high", Cell::Field("h")),
    Column::num("low", Cell::Field("l")),
    Column::num("close", Cell::Field("c")),
    Column::text("confirm", Cell::Field("confirm")),
];

/// The table of mark-price and index candles.
const PRICE_TABLE: &[Column<Candle>] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::num("open", Cell::Field("o")),
    Column::num("high", Cell::Field("h")),
    Column::num("low", Cell::Field("l")),
    Column::num("close", Cell::Field("c")),
    Column::text("confirm", Cell::Field("confirm")).priority(1),
];

/// The table: the time in UTC, prices before volumes.
const TABLE: &[Column<Candle>] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::num("open", Cell::Field("o")),
    Column::num("high", Cell::Field("h")),
    Column::num("low", Cell::Field("l")),
    Column::num("close", Cell::Field("c")),
    Column::num("vol", Cell::Field("vol")).priority(2),
    Column::num("volCcy", Cell::Field("volCcy")).priority(3),
    Column::text("confirm", Cell::Field("confirm")).priority(1),
];

/// The table of a derivative's traded candles: OKX counts their volume in contracts and coin.
const DERIVATIVE_TABLE: &[Column<Candle>] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::num("open", Cell::Field("o")),
    Column::num("high", Cell::Field("h")),
    Column::num("low", Cell::Field("l")),
    Column::num("close", Cell::Field("c")),
    Column::num("vol", Cell::Field("vol"))
        .unit("contracts")
        .priority(2),
    Column::num("volCcy", Cell::Field("volCcy"))
        .unit("coin")
        .priority(3),
    Column::text("confirm", Cell::Field("confirm")).priority(1),
];

/// What kind of candles a run walks: the two endpoints that serve them, how many rows a page
/// holds, the row shape and the columns.
struct Source {
    /// The latest 1,440 bars.
    recent: &'static endpoints::Endpoint,
    /// Older bars (overlapping the recent ones).
    history: &'static endpoints::Endpoint,
    /// Rows per request: the most the endpoints accept (current docs).
    page: i64,
    parse: fn(&serde_json::Value) -> Result<Candle, String>,
    csv: &'static [Column<Candle>],
    table: &'static [Column<Candle>],
    /// Bars the history endpoint refuses (served by the recent one alone).
    recent_only: &'static [&'static str],
    /// Bars neither endpoint serves.
    refused: &'static [&'static str],
}

/// Traded candles (OHLCV): `/market/candles` and `/market/history-candles`.
static TRADES: Source = Source {
    recent: &endpoints::CANDLES,
    history: &endpoints::HISTORY_CANDLES,
    page: 300,
    parse: parse_candle,
    csv: CSV,
    table: TABLE,
    recent_only: &[],
    refused: &[],
};

/// Bars the mark-price and index candle endpoints do not serve (fact sheet §6.8).
const NO_PRICE_BARS: &[&str] = &["1s", "2D", "3D", "2Dutc", "3Dutc"];

/// Mark-price candles: no 3-month bars in history (fact sheet §6.8).
static MARK: Source = Source {
    recent: &endpoints::MARK_PRICE_CANDLES,
    history: &endpoints::HISTORY_MARK_PRICE_CANDLES,
    page: 100,
    parse: parse_price_candle,
    csv: PRICE_CSV,
    table: PRICE_TABLE,
    recent_only: &["3M", "3Mutc"],
    refused: NO_PRICE_BARS,
};

/// Index candles, of an index such as BTC-USD.
static INDEX: Source = Source {
    recent: &endpoints::INDEX_CANDLES,
    history: &endpoints::HISTORY_INDEX_CANDLES,
    page: 100,
    parse: parse_price_candle,
    csv: PRICE_CSV,
    table: PRICE_TABLE,
    recent_only: &[],
    refused: NO_PRICE_BARS,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    Recent,
    History,
}

struct Fetcher<'a> {
    client: &'a Client,
    source: &'static Source,
    inst_id: String,
    bar: Bar,
}

impl Fetcher<'_> {
    fn page(
        &self,
        ep: Endpoint,
        after: Option<i64>,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<Candle>> {
        let row = self.row(ep);
        let mut req = row
            .request()
            .query("instId", self.inst_id.clone())
            .query("bar", self.bar.name);
        if let Some(a) = after {
            req = req.query("after", a.to_string());
        }
        if let Some(b) = before {
            req = req.query("before", b.to_string());
        }
        req = req.query("limit", limit.to_string());
        let env = self.client.send(&req)?;
        env.data
            .iter()
            .map(|item| {
                (self.source.parse)(item).map_err(|why| {
                    Failure::Network(format!("unexpected answer from {}: {why}", row.path)).into()
                })
            })
            .collect()
    }

    fn row(&self, ep: Endpoint) -> &'static endpoints::Endpoint {
        match ep {
            Endpoint::Recent => self.source.recent,
            Endpoint::History => self.source.history,
        }
    }

    /// Which endpoint(s) hold the candles of `[lo, hi)` for this source.
    fn endpoints_for(&self, lo: i64, hi: i64, now_ms: i64) -> Vec<Endpoint> {
        if self.source.recent_only.contains(&self.bar.name) {
            return vec![Endpoint::Recent];
        }
        endpoints_for(&self.bar, lo, hi, now_ms)
    }

    /// Every candle with `lo <= ts < hi` from one endpoint, into `into`.
    fn window(
        &self,
        ep: Endpoint,
        lo: i64,
        hi: i64,
        into: &mut BTreeMap<i64, Candle>,
    ) -> Result<()> {
        let mut after = hi;
        loop {
            let page = self.page(ep, Some(after), Some(lo - 1), self.source.page)?;
            let oldest = page
                .into_iter()
                .filter(|c| c.ts >= lo && c.ts < after)
                .map(|c| {
                    let ts = c.ts;
                    into.insert(ts, c);
                    ts
                })
                .min();
            match oldest {
                // Nothing (more) in the window: a gap, or its start was reached.
                None => return Ok(()),
                // No bar can start between lo and this one.
                Some(o) if o <= lo || self.bar.millis.is_some_and(|b| o.saturating_sub(b) < lo) => {
                    return Ok(())
                }
                Some(o) => after = o,
            }
        }
    }

    /// Every candle of `[lo, hi)` from the endpoints that hold it, into `into`; where the bars
    /// got do not cover the window, the stretch they lack is asked for again (up to `TRIES`
    /// answers in all) before it is left to be reported as a gap. Returns how many candles the
    /// later answers added.
    fn window_checked(
        &self,
        span: &Span,
        lo: i64,
        hi: i64,
        into: &mut BTreeMap<i64, Candle>,
    ) -> Result<usize> {
        for ep in self.endpoints_for(lo, hi, span.server_now) {
            self.window(ep, lo, hi, into)?;
        }
        let mut recovered = 0;
        for attempt in 1..TRIES {
            let Some((from, to)) = holes(into, lo, hi, span.until, self.bar.millis) else {
                break;
            };
            range::pause(attempt);
            let before = into.len();
            for ep in self.endpoints_for(from, to, span.server_now) {
                self.window(ep, from, to, into)?;
            }
            recovered += into.len() - before;
        }
        Ok(recovered)
    }

    /// The newest candle of `[from, t)`, in one request per endpoint (`limit=1`).
    fn newest_in(&self, eps: &[Endpoint], from: i64, t: i64) -> Result<Option<i64>> {
        for ep in eps {
            let page = self.page(*ep, Some(t), Some(from - 1), 1)?;
            if let Some(ts) = page
                .iter()
                .map(|c| c.ts)
                .filter(|ts| (from..t).contains(ts))
                .max()
            {
                return Ok(Some(ts));
            }
        }
        Ok(None)
    }

    /// Asks again, up to `TRIES - 1` times with back-off, whether `[from, t)` really holds no
    /// candle, as an earlier answer said: the newest one found, if an answer now has one.
    fn recheck_empty(&self, eps: &[Endpoint], from: i64, t: i64) -> Result<Option<i64>> {
        for attempt in 1..TRIES {
            range::pause(attempt);
            if let Some(ts) = self.newest_in(eps, from, t)? {
                return Ok(Some(ts));
            }
        }
        Ok(None)
    }

    /// The first candle at or after `from` and not after `to`, found in O(log n) requests rather
    /// than one per window: `after=T&before=from-1&limit=1` tells whether `[from, T)` holds one.
    /// For long empty stretches, such as the years before an instrument was listed.
    fn first_from(&self, eps: &[Endpoint], from: i64, to: i64, bar_ms: i64) -> Result<Option<i64>> {
        let newest_before = |t: i64| self.newest_in(eps, from, t);
        let slots = (to - from) / bar_ms + 1;
        if newest_before(from + slots * bar_ms)?.is_none() {
            return Ok(None);
        }
        // Invariant: [from, from + lo·bar) holds no candle, [from, from + hi·bar) holds one.
        let (mut lo, mut hi) = (0, slots);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if newest_before(from + mid * bar_ms)?.is_some() {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        newest_before(from + hi * bar_ms)
    }

    /// The latest `n` candles, newest first, walking back from the recent endpoint into history.
    fn latest(&self, n: u64) -> Result<Vec<Candle>> {
        let mut got: Vec<Candle> = Vec::new();
        let mut ep = if self.bar.name == "1s" {
            Endpoint::History
        } else {
            Endpoint::Recent
        };
        let mut after: Option<i64> = None;
        let mut empty_answers = 0;
        while (got.len() as u64) < n {
            let want = (n - got.len() as u64).min(self.source.page as u64) as i64;
            let page = self.page(ep, after, None, want)?;
            let fresh: Vec<Candle> = page
                .into_iter()
                .filter(|c| after.is_none_or(|a| c.ts < a))
                .collect();
            let Some(oldest) = fresh.iter().map(|c| c.ts).min() else {
                // The recent endpoint's end (after its first page) is where history takes over;
                // any other empty answer is believed only after asking again.
                let expected_end = ep == Endpoint::Recent && after.is_some();
                empty_answers += 1;
                if !expected_end && empty_answers < TRIES {
                    range::pause(empty_answers);
                    continue;
                }
                empty_answers = 0;
                if ep == Endpoint::Recent && !self.source.recent_only.contains(&self.bar.name) {
                    ep = Endpoint::History;
                    continue;
                }
                break;
            };
            empty_answers = 0;
            let mut fresh = fresh;
            // Newest first, each time once: a page may repeat a row.
            fresh.sort_by_key(|c| std::cmp::Reverse(c.ts));
            fresh.dedup_by_key(|c| c.ts);
            got.extend(fresh);
            after = Some(oldest);
        }
        got.truncate(n as usize);
        Ok(got)
    }
}

/// The range being walked: its ends and OKX's clock, which decides the endpoint of each window.
struct Span {
    until: i64,
    server_now: i64,
}

/// The smallest stretch `[from, to)` of the window `[lo, hi)` that holds every bar the window
/// lacks, judged from the bars it has: one before the first, between two, after the last (in
/// the range's last window, only a whole bar before `until`: the bar in progress may not exist
/// yet). Calendar bars (months) have no fixed length: only an empty window lacks one.
fn holes(
    window: &BTreeMap<i64, Candle>,
    lo: i64,
    hi: i64,
    until: i64,
    bar_ms: Option<i64>,
) -> Option<(i64, i64)> {
    let (Some(&first), Some(&last)) = (window.keys().next(), window.keys().next_back()) else {
        return Some((lo, hi));
    };
    let b = bar_ms?;
    let mut from = None;
    let mut to = None;
    let mut widen = |a: i64, z: i64| {
        from = Some(from.map_or(a, |f: i64| f.min(a)));
        to = Some(to.map_or(z, |t: i64| t.max(z)));
    };
    if first.saturating_sub(lo) >= b {
        widen(lo, first);
    }
    let mut prev = first;
    for &ts in window.keys().skip(1) {
        if ts.saturating_sub(prev) > b {
            widen(prev.saturating_add(b), ts);
        }
        prev = ts;
    }
    let tail = if hi > until {
        until.saturating_sub(last) >= b.saturating_mul(2)
    } else {
        last.saturating_add(b) < hi
    };
    if tail {
        widen(last.saturating_add(b), hi);
    }
    from.zip(to)
}

/// Intervals with no candle: before the first, between two, after the last.
struct Gaps {
    bar_ms: Option<i64>,
    prev: Option<i64>,
    found: Vec<(i64, i64)>,
}

impl Gaps {
    fn see(&mut self, ts: i64) {
        // Saturating: OKX's timestamps are not trusted to be anywhere near each other.
        if let (Some(b), Some(p)) = (self.bar_ms, self.prev) {
            if ts.saturating_sub(p) > b {
                self.found.push((p.saturating_add(b), ts.saturating_sub(b)));
            }
        }
        self.prev = Some(ts);
    }

    /// Every gap of `[since, until]` as (first missing bar's time, last one's, bars missing;
    /// `None` where it cannot be counted: calendar bars), after the candles seen.
    fn all(&self, since: i64, until: i64, first: Option<i64>) -> Vec<Gap> {
        let Some(b) = self.bar_ms else {
            return match first {
                None => vec![(since, until, None)],
                Some(_) => Vec::new(),
            };
        };
        let mut all = Vec::new();
        match first {
            Some(f) if f.saturating_sub(since) >= b => all.push((since, f.saturating_sub(b))),
            None => {
                return vec![(
                    since,
                    until,
                    Some((until.saturating_sub(since) / b).max(0) + 1),
                )]
            }
            _ => {}
        }
        all.extend(self.found.iter().copied());
        if let Some(last) = self.prev {
            // The bar in progress may not exist yet; only a whole missing bar counts.
            if until.saturating_sub(last) >= b.saturating_mul(2) {
                all.push((last.saturating_add(b), until));
            }
        }
        all.into_iter()
            .map(|(from, to)| (from, to, Some((to.saturating_sub(from) / b).max(0) + 1)))
            .collect()
    }
}

pub(crate) fn run(ctx: &Ctx, args: CandlesArgs) -> Result<()> {
    let CandlesArgs {
        inst_id,
        bar,
        limit,
        since,
        until,
        strict,
        price,
    } = args;
    let source = source_for(price, &inst_id, &bar)?;
    let inst_type = inst_id.inst_type();
    let range = match &since {
        Some(s) => Some(range::resolve(s, until.as_ref(), local_now())?),
        None => None,
    };
    let latest = limit.unwrap_or(100);

    let client = ctx.client(Auth::None)?;
    if range.is_some() {
        // Which endpoint holds a candle depends on OKX's clock, not this machine's.
        client.learn_clock()?;
    }
    let server_now = client.server_now_ms();
    let range = range.map(|(since, until)| (since, until.min(server_now)));
    let fetch = Fetcher {
        client: &client,
        source,
        inst_id: inst_id.into(),
        bar: bar.clone(),
    };
    // CSV, NDJSON and JSON stream a window at a time; a table is rendered at the end.
    // Traded candles of a derivative count contracts and coin, not base and quote.
    let table = match inst_type {
        InstType::Swap | InstType::Futures | InstType::Option if std::ptr::eq(source, &TRADES) => {
            DERIVATIVE_TABLE
        }
        _ => source.table,
    };
    let mut sink = ctx
        .out
        .records(source.csv, table)
        .context("writing output")?;

    let Some((since, until)) = range else {
        let mut rows = fetch.latest(latest)?;
        rows.reverse();
        let got = rows.len() as u64;
        for c in rows {
            sink.push(&c).context("writing output")?;
        }
        sink.finish().context("writing output")?;
        if got < latest {
            Stderr::note(&format!(
                "OKX has only {got} {} candle{} of {} (asked for {latest})",
                bar.name,
                plural(got as i64),
                fetch.inst_id
            ));
        }
        return Ok(());
    };

    let progress = range::progress_bar(&NOUN, bar_count(&bar, since, until));
    let span = Span { until, server_now };
    let mut gaps = Gaps {
        bar_ms: bar.millis,
        prev: None,
        found: Vec::new(),
    };
    let mut first = None;
    let mut written = 0u64;
    let mut recovered = 0usize;
    // Windows of a page of bars (the whole range for calendar-month bars, which are few).
    let step = bar.millis.map(|b| b * source.page).unwrap_or(i64::MAX / 4);
    let mut lo = since;
    let mut empty_windows = 0;
    while lo <= until {
        let hi = lo.saturating_add(step).min(until + 1);
        let mut window = BTreeMap::new();
        recovered += fetch.window_checked(&span, lo, hi, &mut window)?;
        if window.is_empty() {
            empty_windows += 1;
            if let (Some(b), true) = (bar.millis, empty_windows >= 2 && hi <= until) {
                // A long empty stretch: jump to the next candle instead of walking to it, once
                // answers asked again agree that the stretch jumped over is empty.
                let eps = fetch.endpoints_for(hi, until + 1, server_now);
                let next = fetch.first_from(&eps, hi, until, b)?;
                let end = next.unwrap_or(until + 1);
                if fetch.recheck_empty(&eps, hi, end)?.is_some() {
                    // An answer was wrong: walk on window by window from here.
                    empty_windows = 0;
                    lo = hi;
                    continue;
                }
                match next {
                    Some(next) => lo = next,
                    None => break,
                }
                continue;
            }
        } else {
            empty_windows = 0;
        }
        for (ts, c) in window {
            first.get_or_insert(ts);
            gaps.see(ts);
            sink.push(&c).context("writing output")?;
            written += 1;
            progress.inc(1);
        }
        sink.flush().context("writing output")?;
        lo = hi;
    }
    progress.finish_and_clear();
    sink.finish().context("writing output")?;
    range::report_recovered(&NOUN, &fetch.inst_id, recovered);
    let gaps = gaps.all(since, until, first);
    range::report(&NOUN, &fetch.inst_id, &gaps, written, since, until);
    if strict {
        range::strict(
            &format!("{} {}", fetch.inst_id, bar.name),
            &gaps,
            since,
            until,
        )?;
    }
    Ok(())
}

/// The candles `--price` asks for, once the ID and the bar are checked against them: mark-price
/// candles are a derivative's, index candles an index's (`BTC-USD`, which has the form of a spot
/// pair), and neither has the `1s`, 2-day or 3-day bars.
fn source_for(price: Option<CandlePrice>, inst_id: &InstId, bar: &Bar) -> Result<&'static Source> {
    let Some(price) = price else {
        return Ok(&TRADES);
    };
    let (source, flag) = match price {
        CandlePrice::Mark => (&MARK, "--price mark"),
        CandlePrice::Index => (&INDEX, "--price index"),
    };
    if source.refused.contains(&bar.name) {
        return Err(Failure::Usage(format!(
            "{flag} has no {} bar (OKX serves mark-price and index candles from 1m to 3M, without 1s, 2D or 3D); use another --bar",
            bar.name
        ))
        .into());
    }
    let id = inst_id.as_str();
    match (price, inst_id.inst_type()) {
        (CandlePrice::Mark, InstType::Spot) => Err(Failure::Usage(format!(
            "{id} is a spot pair or an index, which has no mark-price candles: give a swap, future or option (e.g. {id}-SWAP), or use --price index {id} for the index"
        ))
        .into()),
        (CandlePrice::Index, InstType::Spot) => Ok(source),
        (CandlePrice::Index, t) => Err(Failure::Usage(format!(
            "{id} is a {t} instrument, not an index: --price index takes an index ID such as BTC-USD (the instrument's uly, shown by okx instruments --type {t})"
        ))
        .into()),
        (CandlePrice::Mark, _) => Ok(source),
    }
}

/// Which endpoint(s) hold the candles of `[lo, hi)`: recent ones on `/market/candles`, older
/// ones on `/market/history-candles`, both near the boundary (whose exact place depends on the
/// server's clock).
fn endpoints_for(bar: &Bar, lo: i64, hi: i64, now_ms: i64) -> Vec<Endpoint> {
    if bar.name == "1s" {
        return vec![Endpoint::History];
    }
    let Some(b) = bar.millis else {
        return vec![Endpoint::Recent, Endpoint::History];
    };
    // Saturating: `now_ms` is OKX's clock as learnt, which okx does not trust to be sane.
    let boundary = now_ms.saturating_sub((RECENT - 1) * b);
    let margin = 10 * b + 60_000;
    if lo >= boundary.saturating_add(margin) {
        vec![Endpoint::Recent]
    } else if hi <= boundary.saturating_sub(margin) {
        vec![Endpoint::History]
    } else {
        vec![Endpoint::Recent, Endpoint::History]
    }
}

/// How many bars of `bar` open in `[since, until]`, for the progress bar. Bars start on
/// multiples of their length (UTC+8-aligned bars are off by hours; a progress bar may be that
/// approximate); calendar bars are not counted.
fn bar_count(bar: &Bar, since: i64, until: i64) -> u64 {
    bar.millis
        .map(|b| {
            let first = since.saturating_add(b - 1).div_euclid(b).saturating_mul(b);
            if first > until {
                0
            } else {
                u64::try_from(until.saturating_sub(first) / b + 1).unwrap_or(0)
            }
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_split_at_the_recent_boundary() {
        let bar = crate::validate::bar("1m").unwrap();
        let now = 1_700_000_000_000;
        let day = 86_400_000;
        assert_eq!(
            endpoints_for(&bar, now - 3_600_000, now, now),
            [Endpoint::Recent]
        );
        assert_eq!(
            endpoints_for(&bar, now - 3 * day, now - 2 * day, now),
            [Endpoint::History]
        );
        assert_eq!(
            endpoints_for(&bar, now - day - 60_000, now - day + 3_600_000, now).len(),
            2
        );
        assert_eq!(
            endpoints_for(&crate::validate::bar("1s").unwrap(), now - 1000, now, now),
            [Endpoint::History]
        );
    }

    #[test]
    fn holes_are_the_stretch_a_window_lacks() {
        let m = 60_000;
        let window = |ts: &[i64]| -> BTreeMap<i64, Candle> {
            ts.iter()
                .map(|t| {
                    let row =
                        serde_json::json!([t.to_string(), "1", "1", "1", "1", "1", "1", "1", "1"]);
                    (*t, parse_candle(&row).unwrap())
                })
                .collect()
        };
        let full = window(&[0, m, 2 * m, 3 * m]);
        assert_eq!(holes(&full, 0, 4 * m, i64::MAX, Some(m)), None);
        assert_eq!(
            holes(&window(&[]), 0, 4 * m, i64::MAX, Some(m)),
            Some((0, 4 * m))
        );
        // Missing at the start, in the middle, at the end: one stretch holding them all.
        assert_eq!(
            holes(&window(&[m, 2 * m, 3 * m]), 0, 4 * m, i64::MAX, Some(m)),
            Some((0, m))
        );
        assert_eq!(
            holes(&window(&[0, 3 * m]), 0, 4 * m, i64::MAX, Some(m)),
            Some((m, 3 * m))
        );
        assert_eq!(
            holes(&window(&[0, m]), 0, 4 * m, i64::MAX, Some(m)),
            Some((2 * m, 4 * m))
        );
        assert_eq!(
            holes(&window(&[m, 3 * m]), 0, 4 * m, i64::MAX, Some(m)),
            Some((0, 3 * m))
        );
        // The range's last window: the bar in progress may not exist yet.
        assert_eq!(
            holes(&window(&[0, m, 2 * m]), 0, 4 * m, 3 * m + 5, Some(m)),
            None
        );
        // Months: only an empty window lacks one.
        assert_eq!(holes(&window(&[0]), 0, 4 * m, i64::MAX, None), None);
    }
}
