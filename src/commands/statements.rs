//! `okx fills`, `okx bills` and `okx order history --since`: the account's statements over any
//! range of the last 3 months, oldest first, streamed.
//!
//! Each statement has a recent endpoint (fills: 3 days, bills and orders: 7 days) and an archive
//! of 3 months (derivatives fact sheet §3.10, §3.11; okx-v5 §3.13). A range is split at the
//! recent endpoint's edge (by OKX's clock, an hour inside it): the older part is read from the
//! archive, the newer from the recent one, so the two never overlap and nothing is written twice.
//!
//! Both page newest first, with an ID cursor (`billId`, or `ordId` for orders) and `begin`/`end`
//! time filters. As in `okx trades` (see its module doc), `before` alone gives the *newest* rows
//! newer than the cursor, so paging forward does not work: a part is walked in time windows,
//! oldest first, each walked backwards with `after` = the oldest ID received, and written in
//! time order once complete. Memory holds one window; its length adapts to hold about
//! `WINDOW_TRADES` rows (`trades::next_span`). A page shorter than asked ends a window, but is
//! not believed at once: asked again up to [`TRIES`] answers (OKX's answers can be stale,
//! okx-v5 §3.0). The time filters are sent a millisecond wider than the window (OKX does not say
//! whether they are inclusive) and rows outside it are dropped.

use std::collections::{BTreeMap, HashSet};

use anyhow::{Context, Result};
use serde_json::Value;
use time::OffsetDateTime;

use super::range::{self, Clock, Noun, TRIES};
use super::{Auth, Ctx};
use crate::cli::{BillsArgs, FillsArgs};
use crate::client::{now_ms, ApiRequest, Client};
use crate::error::Failure;
use crate::exchange::endpoints::{self, Endpoint};
use crate::output::{progress, Cell, Column, Records};
use crate::parse::field;
use crate::validate::TimeSpec;

/// Rows per request: the most OKX serves.
const PAGE: usize = 100;
const DAY_MS: i64 = 86_400_000;
/// OKX's "3 months" of the archives, taken as 90 days.
pub(crate) const ARCHIVE_DAYS: i64 = 90;
/// How far inside the recent endpoint's edge a range switches to it: rows near the edge may be
/// gone from it by the time they are asked for.
const EDGE_MARGIN_MS: i64 = 3_600_000;
/// The first window, before anything is known of how many rows a day holds.
const FIRST_WINDOW_MS: i64 = DAY_MS;

/// How a statement's endpoint pages, newest first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cursor {
    /// `after` = older than this row ID; `begin`/`end` filter on the time (fills, bills,
    /// orders).
    Id,
    /// `after` = older than this time, `before` = newer than it, both on the row's time
    /// (deposits, withdrawals: derivatives sheet §7.5, §7.6). Rows may share a time, so the
    /// next page asks from the oldest time seen, included (`after` = it + 1), and rows already
    /// held are dropped by their ID.
    Time,
}

/// A statement: its endpoints, what its rows are called, and the fields its cursor and order
/// use.
pub(crate) struct Statement {
    pub recent: &'static Endpoint,
    /// Days the recent endpoint keeps.
    pub recent_days: i64,
    /// The endpoint of rows older than `recent_days`; `None`: the recent one keeps them all.
    pub archive: Option<&'static Endpoint>,
    /// How many days back OKX serves the statement at all; `None`: no documented limit.
    pub keep_days: Option<i64>,
    pub noun: Noun,
    /// The row's ID (the cursor for `Cursor::Id`): `billId`, `ordId`, `depId`.
    pub id: &'static str,
    /// The row's time (the filters' and `Cursor::Time`'s): `ts`, `cTime`.
    pub ts: &'static str,
    pub cursor: Cursor,
    /// A filter the archive requires (the recent endpoint may not): `instType`.
    pub archive_requires: Option<&'static str>,
}

pub(crate) const FILLS: Statement = Statement {
    recent: &endpoints::FILLS,
    recent_days: 3,
    archive: Some(&endpoints::FILLS_HISTORY),
    keep_days: Some(ARCHIVE_DAYS),
    noun: Noun {
        one: "fill",
        many: "fills",
        slot_one: "fill",
        slot_many: "fills",
    },
    id: "billId",
    ts: "ts",
    cursor: Cursor::Id,
    archive_requires: Some("instType"),
};

pub(crate) const BILLS: Statement = Statement {
    recent: &endpoints::BILLS,
    recent_days: 7,
    archive: Some(&endpoints::BILLS_ARCHIVE),
    keep_days: Some(ARCHIVE_DAYS),
    noun: Noun {
        one: "bill",
        many: "bills",
        slot_one: "bill",
        slot_many: "bills",
    },
    id: "billId",
    ts: "ts",
    cursor: Cursor::Id,
    archive_requires: None,
};

pub(crate) const ORDERS: Statement = Statement {
    recent: &endpoints::ORDERS_HISTORY,
    recent_days: 7,
    archive: Some(&endpoints::ORDERS_HISTORY_ARCHIVE),
    keep_days: Some(ARCHIVE_DAYS),
    noun: Noun {
        one: "order",
        many: "orders",
        slot_one: "order",
        slot_many: "orders",
    },
    id: "ordId",
    ts: "cTime",
    cursor: Cursor::Id,
    archive_requires: Some("instType"),
};

/// Fills for a person: times in UTC, amounts as OKX wrote them.
const FILL_COLUMNS: &[Column] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::text("instrument", Cell::Field("instId")),
    Column::text("side", Cell::Field("side")),
    Column::num("price", Cell::Field("fillPx")),
    Column::num("size", Cell::Field("fillSz")),
    Column::num("fee", Cell::Field("fee")),
    Column::text("fee ccy", Cell::Field("feeCcy")),
    Column::text("role", Cell::With(role)).priority(2),
    Column::text("trade ID", Cell::Field("tradeId")).priority(3),
    Column::text("ordId", Cell::Field("ordId")).priority(4),
    Column::text("billId", Cell::Field("billId")).priority(1),
];

const BILL_COLUMNS: &[Column] = &[
    Column::text("time", Cell::Time("ts")).unit("UTC"),
    Column::text("type", Cell::With(bill_type)),
    Column::text("ccy", Cell::Field("ccy")),
    Column::num("change", Cell::Field("balChg")),
    Column::num("balance", Cell::Field("bal")).priority(3),
    Column::num("pnl", Cell::Field("pnl")),
    Column::num("fee", Cell::Field("fee")),
    Column::text("instrument", Cell::Field("instId")).priority(2),
    Column::text("billId", Cell::Field("billId")).priority(1),
];

fn role(f: &Value, _: &mut Option<String>) -> String {
    match field(f, "execType") {
        "M" => "maker".into(),
        "T" => "taker".into(),
        other => crate::output::sanitize(other),
    }
}

/// A bill's type in words (OKX's bill types; the funding fee's direction from its subType).
fn bill_type(b: &Value, _: &mut Option<String>) -> String {
    let words = match (field(b, "type"), field(b, "subType")) {
        ("8", "173") => "funding fee expense",
        ("8", "174") => "funding fee income",
        ("1", _) => "transfer",
        ("2", _) => "trade",
        ("3", _) => "delivery",
        ("4", _) => "auto convert",
        ("5", _) => "liquidation",
        ("6", _) => "margin transfer",
        ("7", _) => "interest",
        ("8", _) => "funding fee",
        ("9", _) => "ADL",
        ("10", _) => "clawback",
        ("11", _) => "system convert",
        ("12", _) => "strategy transfer",
        ("13", _) => "DDH",
        (t, _) => return format!("type {}", crate::output::sanitize(t)),
    };
    words.to_string()
}

/// A row with its cursor ID and time read.
struct Row {
    id: i64,
    ts: i64,
    raw: Value,
}

fn parse_row(s: &Statement, v: &Value) -> Result<Row, String> {
    let number = |name: &str| field(v, name).parse::<i64>().ok().filter(|n| *n >= 0);
    match (number(s.id), number(s.ts)) {
        (Some(id), Some(ts)) => Ok(Row {
            id,
            ts,
            raw: v.clone(),
        }),
        _ => Err(format!(
            "a row without a numeric {} and {}: {}",
            s.id,
            s.ts,
            crate::output::sanitize(&v.to_string())
        )),
    }
}

/// One part of a range, read from one endpoint.
struct Walk<'a> {
    client: &'a Client,
    statement: &'a Statement,
    endpoint: &'static Endpoint,
    /// The command's filters.
    filters: &'a [(&'static str, String)],
}

impl Walk<'_> {
    fn page(&self, lo: i64, hi: i64, after: Option<i64>) -> Result<(usize, Vec<Row>)> {
        let mut req: ApiRequest = self.endpoint.request();
        for (k, v) in self.filters {
            req = req.query(k, v.clone());
        }
        req = match self.statement.cursor {
            Cursor::Id => {
                req = req
                    .query("begin", (lo - 1).to_string())
                    .query("end", (hi + 1).to_string());
                match after {
                    Some(a) => req.query("after", a.to_string()),
                    None => req,
                }
            }
            Cursor::Time => req
                .query("after", after.unwrap_or(hi + 1).min(hi + 1).to_string())
                .query("before", (lo - 1).to_string()),
        };
        req = req.query("limit", PAGE.to_string());
        let data = self.client.send(&req)?.data;
        let rows = data
            .iter()
            .map(|v| {
                parse_row(self.statement, v).map_err(|why| {
                    Failure::Network(format!("unexpected answer from {}: {why}", req.path)).into()
                })
            })
            .collect::<Result<Vec<Row>>>()?;
        Ok((data.len(), rows))
    }

    /// Every row with `lo <= time <= hi`, in time order (then ID).
    fn window(&self, lo: i64, hi: i64) -> Result<Vec<Row>> {
        collect_window(self.statement, lo, hi, |after| self.page(lo, hi, after))
    }
}

/// Every row with `lo <= time <= hi`, in time order (then ID), from pages `fetch(after)` gives
/// (rows sent, rows read), newest first, walking the cursor back until a short page is believed.
fn collect_window(
    statement: &Statement,
    lo: i64,
    hi: i64,
    mut fetch: impl FnMut(Option<i64>) -> Result<(usize, Vec<Row>)>,
) -> Result<Vec<Row>> {
    let mut got: BTreeMap<(i64, i64), Row> = BTreeMap::new();
    let mut after: Option<i64> = None;
    let mut short = 0;
    let by_id = statement.cursor == Cursor::Id;
    loop {
        let (sent, page) = fetch(after)?;
        let held = got.len();
        // The next cursor: the oldest ID not seen, or the oldest time, included.
        let next = if by_id {
            page.iter()
                .map(|r| r.id)
                .filter(|id| after.is_none_or(|a| *id < a))
                .min()
        } else {
            page.iter().map(|r| r.ts).min().map(|t| t + 1)
        };
        for r in page {
            if lo <= r.ts && r.ts <= hi && (!by_id || after.is_none_or(|a| r.id < a)) {
                got.insert((r.ts, r.id), r);
            }
        }
        // By time, a full page that brought nothing new would be asked again forever (more
        // rows share one millisecond than a page holds).
        let next = next.filter(|_| by_id || got.len() > held);
        if sent < PAGE {
            short += 1;
            if short >= TRIES {
                return Ok(got.into_values().collect());
            }
            range::pause(short);
            continue;
        }
        match next {
            Some(o) => after = Some(o),
            None => {
                let why = if by_id {
                    "none of which is older than the one asked for"
                } else {
                    "none of which is new: more share one millisecond than a page holds"
                };
                return Err(Failure::Network(format!(
                    "OKX answered a full page of {} {why}; try again",
                    statement.noun.many
                ))
                .into());
            }
        }
        short = 0;
    }
}

/// The range asked for, checked on this machine's clock before anything is sent.
pub(crate) fn local_range(
    statement: &Statement,
    since: Option<&TimeSpec>,
    until: Option<&TimeSpec>,
    what: &str,
) -> Result<Option<(i64, i64)>> {
    let Some(s) = since else {
        return Ok(None);
    };
    let (lo, hi) = range::resolve(s, until, OffsetDateTime::now_utc())?;
    if let Some(days) = statement.keep_days {
        range::check_history_start(lo, (now_ms(), Clock::Local), days, s, what)?;
    }
    Ok(Some((lo, hi)))
}

/// Every row of `statement` in `[since, until]` (checked again on OKX's clock first) written to
/// `sink` oldest first; the summary on stderr.
#[allow(clippy::too_many_arguments)]
pub(crate) fn download(
    client: &Client,
    statement: &Statement,
    filters: &[(&'static str, String)],
    (since, until): (i64, i64),
    spec: &TimeSpec,
    what: &str,
    scope: &str,
    sink: &mut Records<'_, Value>,
) -> Result<()> {
    client.learn_clock()?;
    let server_now = client.server_now_ms();
    // A span back (`90d`) is back from OKX's now: from this machine's, `--since 90d` would be
    // a few milliseconds older than OKX's 3 months by the time it is checked.
    let since = OffsetDateTime::from_unix_timestamp_nanos(i128::from(server_now) * 1_000_000)
        .ok()
        .and_then(|now| spec.resolve(now).ok())
        .unwrap_or(since)
        .max(since);
    if let Some(days) = statement.keep_days {
        range::check_history_start(since, (server_now, Clock::Okx), days, spec, what)?;
    }
    let until = until.min(server_now);
    let edge = server_now - statement.recent_days * DAY_MS + EDGE_MARGIN_MS;
    let mut parts = Vec::new();
    match statement.archive {
        Some(archive) => {
            if since < edge {
                if let Some(needed) = statement
                    .archive_requires
                    .filter(|k| !filters.iter().any(|(f, _)| f == k))
                {
                    // Only when this machine's clock is far behind OKX's (see `reaches_archive`).
                    return Err(Failure::Usage(format!(
                        "--since {:?} reaches back past {} days by OKX's clock, to {}, which requires {needed}: add --type or an instrument ID",
                        spec.text(),
                        statement.recent_days,
                        archive.path
                    ))
                    .into());
                }
                parts.push((archive, since, until.min(edge - 1)));
            }
            if until >= edge {
                parts.push((statement.recent, since.max(edge), until));
            }
        }
        None => parts.push((statement.recent, since, until)),
    }
    let bar = progress::bar(
        u64::try_from(until - since + 1).unwrap_or(0),
        "{bar:30} {percent}% {msg} (eta {eta})",
    );
    let mut written = 0u64;
    // Windows never overlap in time; the IDs are checked against the previous window's anyway
    // (and the previous part's: fills and fills-history share billIds): nothing twice.
    let mut previous: HashSet<i64> = HashSet::new();
    for (endpoint, plo, phi) in parts {
        let walk = Walk {
            client,
            statement,
            endpoint,
            filters,
        };
        let mut span = FIRST_WINDOW_MS;
        let mut lo = plo;
        while lo <= phi {
            let hi = lo.saturating_add(span - 1).min(phi);
            let rows = walk.window(lo, hi)?;
            let n = rows.len();
            let mut ids = HashSet::with_capacity(n);
            for r in rows {
                if !previous.contains(&r.id) && ids.insert(r.id) {
                    sink.push(&r.raw).context("writing output")?;
                    written += 1;
                }
            }
            sink.flush().context("writing output")?;
            if n > 0 {
                previous = ids;
            }
            bar.set_position(u64::try_from(hi - since + 1).unwrap_or(0));
            bar.set_message(format!(
                "{written} {}",
                if written == 1 {
                    statement.noun.one
                } else {
                    statement.noun.many
                }
            ));
            span = super::trades::next_span(hi - lo + 1, n);
            lo = hi + 1;
        }
    }
    bar.finish_and_clear();
    range::report(&statement.noun, scope, &[], written, since, until);
    Ok(())
}

/// The latest page of `endpoint`, oldest first.
pub(crate) fn latest(
    client: &Client,
    statement: &Statement,
    filters: &[(&'static str, String)],
    sink: &mut Records<'_, Value>,
) -> Result<()> {
    let mut req = statement.recent.request();
    for (k, v) in filters {
        req = req.query(k, v.clone());
    }
    req = req.query("limit", PAGE.to_string());
    let data = client.send(&req)?.data;
    let mut rows = data
        .iter()
        .map(|v| parse_row(statement, v))
        .collect::<Result<Vec<Row>, String>>()
        .map_err(|why| Failure::Network(format!("unexpected answer from {}: {why}", req.path)))?;
    rows.sort_by_key(|r| (r.ts, r.id));
    rows.dedup_by_key(|r| r.id);
    for r in &rows {
        sink.push(&r.raw).context("writing output")?;
    }
    Ok(())
}

/// Types `fills-history` takes, for the message that asks for one.
const FILL_TYPES: &str = "SPOT, MARGIN, SWAP, FUTURES or OPTION";
/// Leeway between this machine's clock and OKX's when deciding, before anything is sent,
/// whether a range reaches the archive (the split itself is made on OKX's clock).
const CLOCK_LEEWAY_MS: i64 = 600_000;

/// Whether a range starting at `since` (this machine's clock) may reach `statement`'s archive.
fn reaches_archive(statement: &Statement, since: i64) -> bool {
    since < now_ms() - statement.recent_days * DAY_MS + EDGE_MARGIN_MS + CLOCK_LEEWAY_MS
}

/// `okx fills`: `/trade/fills` serves every instrument type when `instType` is absent, so it is
/// sent only when asked for (`--type`, or the instrument's). `fills-history` requires it
/// (derivatives sheet §3.11): a range reaching it needs a type, or okx refuses before sending
/// anything rather than show one type's fills as if they were all.
pub(crate) fn fills(ctx: &Ctx, args: FillsArgs) -> Result<()> {
    const WHAT: &str = "fills";
    let range = local_range(&FILLS, args.since.as_ref(), args.until.as_ref(), WHAT)?;
    let inst_type = super::type_of(args.inst_id.as_ref(), args.inst_type)?;
    if let (Some((since, _)), Some(spec), None) = (range, &args.since, inst_type) {
        if reaches_archive(&FILLS, since) {
            return Err(Failure::Usage(format!(
                "--since {:?} reaches back more than 3 days, to OKX's fills-history, which serves one instrument type at a time: add --type ({FILL_TYPES}; e.g. --type SWAP) or an instrument ID",
                spec.text()
            ))
            .into());
        }
    }
    let scope = match (&args.inst_id, inst_type) {
        (Some(id), _) => id.as_str().to_string(),
        (None, Some(t)) => t.as_str().to_string(),
        (None, None) => "every type".to_string(),
    };
    let mut filters = Vec::new();
    if let Some(t) = inst_type {
        filters.push(("instType", t.as_str().to_string()));
    }
    if let Some(id) = &args.inst_id {
        filters.push(("instId", id.as_str().to_string()));
    }
    let client = ctx.client(Auth::Required)?;
    let mut sink = ctx
        .out
        .records(FILL_COLUMNS, FILL_COLUMNS)
        .context("writing output")?;
    match (range, &args.since) {
        (Some(r), Some(spec)) => {
            download(&client, &FILLS, &filters, r, spec, WHAT, &scope, &mut sink)?
        }
        _ => latest(&client, &FILLS, &filters, &mut sink)?,
    }
    sink.finish().context("writing output")?;
    Ok(())
}

pub(crate) fn bills(ctx: &Ctx, args: BillsArgs) -> Result<()> {
    const WHAT: &str = "bills";
    let range = local_range(&BILLS, args.since.as_ref(), args.until.as_ref(), WHAT)?;
    let mut filters = Vec::new();
    if let Some(c) = &args.ccy {
        filters.push(("ccy", c.clone()));
    }
    if let Some(t) = args.bill_type {
        filters.push(("type", t.code().to_string()));
    }
    let scope = args.ccy.clone().unwrap_or_else(|| "account".into());
    let client = ctx.client(Auth::Required)?;
    let mut sink = ctx
        .out
        .records(BILL_COLUMNS, BILL_COLUMNS)
        .context("writing output")?;
    match (range, &args.since) {
        (Some(r), Some(spec)) => {
            download(&client, &BILLS, &filters, r, spec, WHAT, &scope, &mut sink)?
        }
        _ => latest(&client, &BILLS, &filters, &mut sink)?,
    }
    sink.finish().context("writing output")?;
    Ok(())
}

/// `okx order history --since`: every order created in the range, oldest first. `base` holds
/// the command's filters (`instType`, `instId`) on the 7 days' endpoint.
pub(crate) fn orders(
    ctx: &Ctx,
    client: &Client,
    base: ApiRequest,
    range: (i64, i64),
    spec: &TimeSpec,
    columns: &'static [Column],
) -> Result<()> {
    let filters: Vec<(&'static str, String)> = ["instType", "instId"]
        .into_iter()
        .filter_map(|k| {
            base.query
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| (k, v.clone()))
        })
        .collect();
    let scope = filters.last().map_or_else(String::new, |(_, v)| v.clone());
    let mut sink = ctx
        .out
        .records(columns, columns)
        .context("writing output")?;
    download(
        client,
        &ORDERS,
        &filters,
        range,
        spec,
        "order history",
        &scope,
        &mut sink,
    )?;
    sink.finish().context("writing output")?;
    Ok(())
}

/// `okx order history --since`: the range checked on this machine's clock, before anything is
/// sent.
pub(crate) fn order_range(
    since: Option<&TimeSpec>,
    until: Option<&TimeSpec>,
) -> Result<Option<(i64, i64)>> {
    local_range(&ORDERS, since, until, "order history")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as OKX's time cursor serves it: rows older than `after` (exclusive), newest
    /// first, at most a page.
    fn by_time(rows: &[(i64, i64)], after: Option<i64>) -> Result<(usize, Vec<Row>)> {
        let mut page: Vec<Row> = rows
            .iter()
            .filter(|(ts, _)| after.is_none_or(|a| *ts < a))
            .map(|&(ts, id)| Row {
                id,
                ts,
                raw: serde_json::json!(id),
            })
            .collect();
        page.sort_by_key(|r| std::cmp::Reverse((r.ts, r.id)));
        page.truncate(PAGE);
        Ok((page.len(), page))
    }

    const BY_TIME: Statement = Statement {
        cursor: Cursor::Time,
        archive: None,
        keep_days: None,
        ..BILLS
    };

    #[test]
    fn a_time_cursor_loses_and_repeats_nothing_where_pages_split_a_millisecond() {
        // 250 rows, three to a millisecond: the first page ends inside a millisecond's three.
        let rows: Vec<(i64, i64)> = (0..250).map(|i| (1_000 + i / 3, i)).collect();
        let got = collect_window(&BY_TIME, 1_000, 2_000, |after| by_time(&rows, after)).unwrap();
        let ids: Vec<i64> = got.iter().map(|r| r.id).collect();
        assert_eq!(ids, (0..250).collect::<Vec<_>>());
        // More rows in one millisecond than a page holds: said, not looped on.
        let crowd: Vec<(i64, i64)> = (0..150).map(|i| (1_000, i)).collect();
        match collect_window(&BY_TIME, 1_000, 2_000, |after| by_time(&crowd, after)) {
            Err(e) => assert!(format!("{e:#}").contains("share one millisecond"), "{e:#}"),
            Ok(rows) => panic!("{} rows from a crowded millisecond", rows.len()),
        }
    }

    #[test]
    fn bill_types_in_words() {
        let b =
            |t: &str, s: &str| bill_type(&serde_json::json!({"type": t, "subType": s}), &mut None);
        assert_eq!(b("8", "173"), "funding fee expense");
        assert_eq!(b("8", "174"), "funding fee income");
        assert_eq!(b("2", "1"), "trade");
        assert_eq!(b("99", ""), "type 99");
    }
}
