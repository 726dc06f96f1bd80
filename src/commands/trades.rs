//! `okx trades`: the latest public trades, or every trade of a range of the last 3 months,
//! always oldest first.
//!
//! OKX pages history newest first (`/market/history-trades`, derivatives fact sheet §6.6):
//! `after` (a trade ID, or a time with `type=2`) gives older trades; `before` (a trade ID only)
//! gives newer ones, but alone it gives the *latest* newer ones, so walking forward from `since`
//! would fetch the newest page again and again. A range is therefore walked in time windows,
//! oldest window first, each walked backwards: its first page by time (`type=2&after=hi`, the
//! trades before the window's end), then by trade ID (`after` = the oldest ID received), which
//! is exact whatever the timestamps (several trades can share a millisecond, so a time cursor
//! could split them). A window ends on the page that reaches the previous window's newest trade
//! (or, for the first, a trade before `since`): that trade, seen again, proves nothing between
//! was skipped, and the window is emitted in trade-ID order at once. Memory holds one window;
//! its length adapts to hold about `WINDOW_TRADES` trades, so the page that overlaps the
//! previous window costs a few percent of the requests.
//!
//! A page shorter than asked that does not reach that trade is not believed at once (OKX's
//! caches can be stale, fact sheet okx-v5 §3.0): it is asked for again, up to `TRIES` answers,
//! before the stretch is reported as a gap (`--strict`: exit 9). The first window may end at the
//! start of OKX's 3 months with no earlier trade: asked again too, then believed.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::Value;
use time::OffsetDateTime;

use super::range::{self, Clock, Noun, TRIES};
use super::{Auth, Ctx};
use crate::cli::TradesArgs;
use crate::client::{now_ms, ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::InstType;
use crate::output::{progress, utc_exact_ms, Cell, Column};
use crate::parse::field;

/// Rows per history request: the most OKX serves.
const PAGE: usize = 100;
/// OKX keeps public trade history for 3 months; okx takes that as 90 days.
pub(crate) const HISTORY_DAYS: i64 = 90;
/// What OKX keeps 3 months of, in messages.
const WHAT: &str = "public trades";
/// Trades a window aims to hold (memory: one window).
const WINDOW_TRADES: u64 = 2_000;
/// The first window's length, before anything is known of the instrument's trade rate.
const FIRST_WINDOW_MS: i64 = 3_600_000;
const NOUN: Noun = Noun {
    one: "trade",
    many: "trades",
    slot_one: "trade",
    slot_many: "trades",
};

/// CSV: every field as OKX sent it.
const CSV: &[Column] = &[
    Column::text("instId", Cell::Field("instId")),
    Column::text("tradeId", Cell::Field("tradeId")),
    Column::num("px", Cell::Field("px")),
    Column::num("sz", Cell::Field("sz")),
    Column::text("side", Cell::Field("side")),
    Column::text("source", Cell::Field("source")),
    Column::text("ts", Cell::Field("ts")),
];

/// The table for spot, sizes in the base currency.
const TABLE_SPOT: &[Column] = &[
    Column::text("time", Cell::With(trade_time)).unit("UTC"),
    Column::num("price", Cell::Field("px")),
    Column::num("size", Cell::Field("sz")).unit("base"),
    Column::text("side", Cell::Field("side")),
    Column::text("trade ID", Cell::Field("tradeId")).priority(1),
];

/// The table for swaps, futures and options, sizes in contracts.
const TABLE_CONTRACTS: &[Column] = &[
    Column::text("time", Cell::With(trade_time)).unit("UTC"),
    Column::num("price", Cell::Field("px")),
    Column::num("size", Cell::Field("sz")).unit("contracts"),
    Column::text("side", Cell::Field("side")),
    Column::text("trade ID", Cell::Field("tradeId")).priority(1),
];

/// A trade as OKX sent it, with its ID and time read.
struct Trade {
    id: i64,
    ts: i64,
    raw: Value,
}

/// Reads a trade's `tradeId` and `ts` (both whole numbers in strings).
/// A trade's time to the millisecond: trades share seconds, and their order must show.
fn trade_time(t: &Value, problem: &mut Option<String>) -> String {
    let ts = field(t, "ts");
    utc_exact_ms(ts).unwrap_or_else(|why| {
        problem.get_or_insert(why);
        crate::output::sanitize(ts)
    })
}

fn parse_trade(item: &Value) -> Result<Trade, String> {
    // Trade IDs and times are positive: a negative one would sort before every real trade.
    let number = |name: &str| field(item, name).parse::<i64>().ok().filter(|n| *n > 0);
    match (number("tradeId"), number("ts")) {
        (Some(id), Some(ts)) => Ok(Trade {
            id,
            ts,
            raw: item.clone(),
        }),
        _ => Err(format!(
            "a trade without a positive numeric tradeId and ts: {}",
            crate::output::sanitize(&item.to_string())
        )),
    }
}

struct History<'a> {
    client: &'a Client,
    inst_id: String,
}

/// How a window's walk ended.
#[derive(Debug, PartialEq, Eq)]
enum End {
    /// At the previous window's newest trade, or at a trade before the range.
    Joined,
    /// Answers ended before that (after asking again): a gap below the oldest trade got, if the
    /// earlier trade is known to exist.
    Short,
}

impl History<'_> {
    fn page(&self, req: ApiRequest) -> Result<(usize, Vec<Trade>)> {
        let req = req
            .query("instId", self.inst_id.clone())
            .query("limit", PAGE.to_string());
        let data = self.client.send(&req)?.data;
        let trades = data
            .iter()
            .map(|t| {
                parse_trade(t).map_err(|why| {
                    Failure::Network(format!("unexpected answer from {}: {why}", req.path)).into()
                })
            })
            .collect::<Result<Vec<Trade>>>()?;
        Ok((data.len(), trades))
    }

    /// The trades before `after`: by time (`type=2`) for a window's first page, then by ID.
    fn older(&self, cursor: Cursor) -> Result<(usize, Vec<Trade>)> {
        let req = endpoints::HISTORY_TRADES.request();
        match cursor {
            Cursor::Time(ts) => self.page(req.query("type", "2").query("after", ts.to_string())),
            Cursor::Id(id) => self.page(req.query("after", id.to_string())),
        }
    }

    /// Every trade before `hi` newer than `joint` (the newest trade already written), by trade
    /// ID; before any is written, every trade at or after `since`: so a window whose answers
    /// were empty (believed after asking again) is not lost if a later window finds its trades.
    fn window(
        &self,
        since: i64,
        hi: i64,
        joint: Option<i64>,
    ) -> Result<(BTreeMap<i64, Trade>, End)> {
        let mut got = BTreeMap::new();
        let mut cursor = Cursor::Time(hi);
        let mut short = 0;
        loop {
            let (sent, page) = self.older(cursor)?;
            // Only what the cursor asked for: older than it, and inside the window's end.
            let page: Vec<Trade> = page
                .into_iter()
                .filter(|t| t.ts < hi && cursor.is_above(t))
                .collect();
            let joined = page.iter().any(|t| match joint {
                Some(j) => t.id <= j,
                None => t.ts < since,
            });
            let oldest = page.iter().map(|t| t.id).min();
            for t in page {
                let new = match joint {
                    Some(j) => t.id > j,
                    None => t.ts >= since,
                };
                if new {
                    got.insert(t.id, t);
                }
            }
            if joined {
                return Ok((got, End::Joined));
            }
            if let Some(o) = oldest {
                cursor = Cursor::Id(o);
            }
            if sent < PAGE {
                short += 1;
                if short >= TRIES {
                    return Ok((got, End::Short));
                }
                range::pause(short);
            } else if oldest.is_none() {
                return Err(Failure::Network(format!(
                    "OKX answered a page of {} trades none of which is older than the one asked \
                     for; try again",
                    self.inst_id
                ))
                .into());
            } else {
                short = 0;
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Cursor {
    /// `type=2&after=ts`
    Time(i64),
    /// `after=tradeId`
    Id(i64),
}

impl Cursor {
    fn is_above(self, t: &Trade) -> bool {
        match self {
            Cursor::Time(ts) => t.ts < ts,
            Cursor::Id(id) => t.id < id,
        }
    }
}

/// The next window's length: about `WINDOW_TRADES` trades at the rate of the last one, at most
/// four times longer or shorter, at least a second.
pub(crate) fn next_span(span: i64, trades: usize) -> i64 {
    let wanted = if trades == 0 {
        span.saturating_mul(4)
    } else {
        (i128::from(span) * i128::from(WINDOW_TRADES) / trades as i128)
            .clamp(i128::from(span / 4), i128::from(span.saturating_mul(4))) as i64
    };
    wanted.max(1_000)
}

/// The range asked for, checked against this machine's clock before anything is sent: the
/// checks every range download makes, and OKX's 3 months of trade history.
fn range(args: &TradesArgs, now: OffsetDateTime, now_ms: i64) -> Result<Option<(i64, i64)>> {
    let Some(s) = &args.since else {
        return Ok(None);
    };
    let (since, until) = range::resolve(s, args.until.as_ref(), now)?;
    range::check_history_start(since, (now_ms, Clock::Local), HISTORY_DAYS, s, WHAT)?;
    Ok(Some((since, until)))
}

pub(crate) fn run(ctx: &Ctx, args: TradesArgs) -> Result<()> {
    let now_ms = now_ms();
    let range = range(&args, OffsetDateTime::now_utc(), now_ms)?;
    let table = match args.inst_id.inst_type() {
        InstType::Spot | InstType::Margin => TABLE_SPOT,
        _ => TABLE_CONTRACTS,
    };
    let inst_id: String = args.inst_id.into();
    let client = ctx.client(Auth::None)?;
    // OKX keeps 3 months by its own clock: judged again on it, before anything but the time is
    // asked (this machine's clock may be off by more than the slack of a day's edge).
    let range = match range {
        Some((since, until)) => {
            client.learn_clock()?;
            let server_now = client.server_now_ms();
            if let Some(s) = &args.since {
                range::check_history_start(since, (server_now, Clock::Okx), HISTORY_DAYS, s, WHAT)?;
            }
            Some((since, until.min(server_now)))
        }
        None => None,
    };
    let mut sink = ctx.out.records(CSV, table).context("writing output")?;

    let Some((since, until)) = range else {
        let limit = args.limit.unwrap_or(100);
        let req = endpoints::TRADES
            .request()
            .query("instId", inst_id.clone())
            .query("limit", limit.to_string());
        let mut trades = client
            .send(&req)?
            .data
            .iter()
            .map(parse_trade)
            .collect::<Result<Vec<Trade>, String>>()
            .map_err(|why| {
                Failure::Network(format!("unexpected answer from {}: {why}", req.path))
            })?;
        trades.sort_by_key(|t| t.id);
        trades.dedup_by_key(|t| t.id);
        for t in &trades {
            sink.push(&t.raw).context("writing output")?;
        }
        sink.finish().context("writing output")?;
        return Ok(());
    };

    let history = History {
        client: &client,
        inst_id,
    };
    // The bar counts milliseconds of the range covered; the message, trades written.
    let bar = progress::bar(
        u64::try_from(until - since + 1).unwrap_or(0),
        "{bar:30} {percent}% {msg} (eta {eta})",
    );
    let mut joint: Option<Trade> = None;
    let mut gaps: Vec<range::Gap> = Vec::new();
    let mut written = 0u64;
    let mut span = FIRST_WINDOW_MS;
    let mut lo = since;
    while lo <= until {
        let hi = lo.saturating_add(span).min(until + 1);
        let (window, end) = history.window(since, hi, joint.as_ref().map(|t| t.id))?;
        match (&end, &joint) {
            // The earlier trade exists, yet OKX's answers stopped short of it.
            (End::Short, Some(j)) => {
                gaps.push((j.ts, window.values().next().map_or(hi - 1, |t| t.ts), None));
            }
            // OKX's history does not reach back to `since` (no trade before it was found): the
            // stretch up to the first trade is missing, not empty.
            (End::Short, None) => {
                if let Some(first) = window.values().next() {
                    gaps.push((since, first.ts, None));
                }
            }
            _ => {}
        }
        let n = window.len();
        for (_, t) in window {
            sink.push(&t.raw).context("writing output")?;
            written += 1;
            joint = Some(t);
        }
        sink.flush().context("writing output")?;
        bar.set_position(u64::try_from(hi - since).unwrap_or(0));
        bar.set_message(format!("{written} trade{}", range::plural(written as i64)));
        span = next_span(hi - lo, n);
        lo = hi;
    }
    bar.finish_and_clear();
    if joint.is_none() {
        // Not one trade in the whole range, and none before it: nothing shows it was empty.
        gaps.push((since, until, None));
    }
    sink.finish().context("writing output")?;
    range::report(&NOUN, &history.inst_id, &gaps, written, since, until);
    if args.strict {
        range::strict(
            &format!("{}'s trades", history.inst_id),
            &gaps,
            since,
            until,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_adapt_to_the_trade_rate() {
        let hour = 3_600_000;
        assert_eq!(next_span(hour, 0), 4 * hour);
        assert_eq!(next_span(hour, 500), 4 * hour);
        assert_eq!(next_span(hour, 8_000), hour / 4);
        assert_eq!(next_span(hour, 4_000), hour / 2);
        assert_eq!(next_span(1_000, 1_000_000), 1_000);
        assert_eq!(next_span(i64::MAX / 2, 0), i64::MAX);
    }

    #[test]
    fn trades_need_numeric_ids_and_times() {
        let ok = serde_json::json!({"tradeId": "42", "ts": "1700000000000", "px": "1"});
        let t = parse_trade(&ok).unwrap();
        assert_eq!((t.id, t.ts), (42, 1_700_000_000_000));
        for bad in [
            serde_json::json!({"tradeId": "x", "ts": "1"}),
            serde_json::json!({"tradeId": "1"}),
            serde_json::json!({"tradeId": 1, "ts": "1"}),
        ] {
            assert!(parse_trade(&bad).is_err(), "{bad}");
        }
    }
}
