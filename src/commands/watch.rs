//! `okx watch …`: OKX's WebSocket channels as a stream. In a pipe every pushed message goes out
//! as one JSON line, exactly as OKX sent it; on a terminal, one readable line per update. The
//! full order book (`--depth 400`) is kept in sync from its snapshot and updates, checking the
//! `seqId`/`prevSeqId` chain and asking for a fresh snapshot when it breaks.

use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::Ordering;

use anyhow::{Context, Result};
use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::{env_var, Ctx};
use crate::cli::{WatchArgs, WatchWhat};
use crate::error::Failure;
use crate::exchange::funding;
use crate::exchange::instrument::{InstId, InstType};
use crate::exchange::market::change_pct;
use crate::exchange::order::algo;
use crate::exchange::position::{balance_position_line, position_lines};
use crate::output::{sanitize, warn_absurd, Format};
use crate::parse::field;
use crate::validate;
use crate::ws::{self, Endpoint, Flow, StreamSpec, STOP};

/// A level of the maintained book: price text and size text as OKX sent them.
type Level = (String, String);
type Levels = BTreeMap<Decimal, Level>;

/// The 400-level book kept from a snapshot and its updates.
#[derive(Default)]
pub(crate) struct Book {
    asks: Levels,
    bids: Levels,
    seq: Option<i64>,
    /// A break was found and a fresh snapshot asked for: updates still in flight are stale.
    resyncing: bool,
}

/// What a `books` push did to the book.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Sync {
    /// Applied, in sequence.
    InStep,
    /// A stale update while waiting for the fresh snapshot: not shown.
    Stale,
    /// The sequence broke: subscribe again.
    Gap(String),
}

impl Book {
    /// Applies a `books` push.
    pub(crate) fn apply(&mut self, msg: &Value) -> Sync {
        let d = msg
            .get("data")
            .and_then(|d| d.get(0))
            .cloned()
            .unwrap_or(Value::Null);
        let seq = d.get("seqId").and_then(Value::as_i64);
        let prev = d.get("prevSeqId").and_then(Value::as_i64);
        match msg.get("action").and_then(Value::as_str) {
            Some("snapshot") => {
                self.asks.clear();
                self.bids.clear();
                self.resyncing = false;
            }
            Some("update") if self.resyncing => return Sync::Stale,
            Some("update") => {
                // Each update continues the previous message: its prevSeqId is our seqId.
                if self.seq.is_none() || prev != self.seq {
                    let had = self.seq;
                    self.seq = None;
                    self.resyncing = true;
                    return Sync::Gap(format!(
                        "order book sequence broken (prevSeqId {} after seqId {})",
                        prev.map(|p| p.to_string()).unwrap_or("?".into()),
                        had.map(|p| p.to_string()).unwrap_or("none".into())
                    ));
                }
            }
            _ => return Sync::InStep,
        }
        for (side, levels) in [("asks", &mut self.asks), ("bids", &mut self.bids)] {
            for l in d.get(side).and_then(Value::as_array).into_iter().flatten() {
                let px = l.get(0).and_then(Value::as_str).unwrap_or_default();
                let sz = l.get(1).and_then(Value::as_str).unwrap_or_default();
                let Ok(key) = Decimal::from_str(px) else {
                    continue;
                };
                if Decimal::from_str(sz).is_ok_and(|s| s.is_zero()) {
                    levels.remove(&key);
                } else {
                    levels.insert(key, (px.to_string(), sz.to_string()));
                }
            }
        }
        self.seq = seq;
        Sync::InStep
    }

    fn best(&self) -> (Option<&Level>, Option<&Level>) {
        (self.bids.values().next_back(), self.asks.values().next())
    }
}

/// `HH:MM:SS.mmmZ` (UTC, said by the `Z`) of an OKX millisecond timestamp, for updates that
/// happen now (ticks, trades, book and order updates); anything that is not one as OKX sent it
/// (with the one warning of the run).
fn clock(ms: &str) -> String {
    match crate::output::utc_ms(ms) {
        Ok(iso) => match (
            iso.get(11..19),
            ms.len().checked_sub(3).and_then(|i| ms.get(i..)),
        ) {
            (Some(t), Some(frac)) => format!("{t}.{frac}Z"),
            (Some(t), None) => format!("{t}.{:0>3}Z", ms),
            _ => iso,
        },
        Err(why) => {
            warn_absurd(&why);
            ms.to_string()
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC) of a candle's open: a daily or weekly candle opens on another
/// day than today (on UTC+8 midnight, `16:00:00Z`, for `1D`), so the date matters.
fn date_time(ms: &str) -> String {
    crate::output::time_cell(ms)
}

/// One readable line for a pushed message.
fn readable(msg: &Value, book: &Book) -> String {
    let arg = msg.get("arg").cloned().unwrap_or(Value::Null);
    let channel = field(&arg, "channel");
    let data = msg
        .get("data")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let first = data.first().cloned().unwrap_or(Value::Null);
    let line = match channel {
        "tickers" => format!(
            "{} {} last {} bid {} ask {} 24h {}",
            clock(field(&first, "ts")),
            field(&first, "instId"),
            field(&first, "last"),
            field(&first, "bidPx"),
            field(&first, "askPx"),
            change_pct(field(&first, "last"), field(&first, "open24h")).unwrap_or_else(|why| {
                warn_absurd(&why);
                String::new()
            })
        ),
        "books5" | "books" => {
            let top = |side: &str| {
                first
                    .get(side)
                    .and_then(|l| l.get(0))
                    .map(crate::parse::book_level)
            };
            let (bid, ask) = if channel == "books" {
                let (b, a) = book.best();
                (b.cloned(), a.cloned())
            } else {
                (top("bids"), top("asks"))
            };
            let show = |l: Option<(String, String)>| {
                l.map(|(p, s)| format!("{p} x {s}")).unwrap_or("-".into())
            };
            let depth = if channel == "books" {
                format!(" ({} bids, {} asks)", book.bids.len(), book.asks.len())
            } else {
                String::new()
            };
            format!(
                "{} {} bid {} | ask {}{depth}",
                clock(field(&first, "ts")),
                field(&arg, "instId"),
                show(bid),
                show(ask)
            )
        }
        "trades" => data
            .iter()
            .map(|t| {
                format!(
                    "{} {} {} {} @ {}",
                    clock(field(t, "ts")),
                    field(t, "instId"),
                    field(t, "side"),
                    field(t, "sz"),
                    field(t, "px")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "mark-price" => data
            .iter()
            .map(|m| {
                format!(
                    "{} {} mark {}",
                    clock(field(m, "ts")),
                    field(m, "instId"),
                    field(m, "markPx")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        c if c.starts_with("candle") => {
            let at = |i: usize| first.get(i).and_then(Value::as_str).unwrap_or_default();
            format!(
                "{} {} {} o {} h {} l {} c {} vol {} {}",
                date_time(at(0)),
                field(&arg, "instId"),
                c.strip_prefix("candle").unwrap_or(c),
                at(1),
                at(2),
                at(3),
                at(4),
                at(5),
                if at(8) == "1" { "closed" } else { "forming" }
            )
        }
        "funding-rate" => data
            .iter()
            .map(|f| {
                let figures = funding::figures(
                    field(f, "fundingTime"),
                    field(f, "nextFundingTime"),
                    field(f, "fundingRate"),
                );
                if let Some(why) = &figures.problem {
                    warn_absurd(why);
                }
                let every = match (figures.interval.as_str(), figures.annualised.as_str()) {
                    ("", _) => String::new(),
                    (i, "") => format!(" every {i}"),
                    (i, a) => format!(" every {i} ({a}% a year, simple)"),
                };
                format!(
                    "{} {} funding {} at {}{every}",
                    clock(field(f, "ts")),
                    field(f, "instId"),
                    field(f, "fundingRate"),
                    date_time(field(f, "fundingTime")),
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "orders" => data
            .iter()
            .map(|o| {
                format!(
                    "{} order {} {} {} {}@{} {} filled {} ordId {} clOrdId {}",
                    clock(field(o, "uTime")),
                    field(o, "instId"),
                    field(o, "side"),
                    field(o, "ordType"),
                    field(o, "sz"),
                    if field(o, "px").is_empty() {
                        "market"
                    } else {
                        field(o, "px")
                    },
                    field(o, "state"),
                    field(o, "accFillSz"),
                    field(o, "ordId"),
                    field(o, "clOrdId")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "orders-algo" => data.iter().map(algo_line).collect::<Vec<_>>().join("\n"),
        "positions" => position_lines(&data, clock),
        "balance_and_position" => balance_position_line(&first, clock),
        "account" => {
            let balances: Vec<String> = first
                .get("details")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|d| format!("{} {}", field(d, "ccy"), field(d, "availBal")))
                .collect();
            format!(
                "{} account total {} USD; available: {}",
                clock(field(&first, "uTime")),
                field(&first, "totalEq"),
                balances.join(", ")
            )
        }
        _ => msg.to_string(),
    };
    sanitize(&line)
}

/// One algo order's change: what it is, its trigger, its state, and what the change says
/// (the order it placed, why it failed, an amend's result).
fn algo_line(a: &Value) -> String {
    let mut line = format!(
        "{} algo {} {} {} {} {} {} algoId {} algoClOrdId {}",
        clock(field(a, "uTime")),
        field(a, "instId"),
        field(a, "side"),
        field(a, "ordType"),
        algo::size_text(a),
        algo::trigger_text(a),
        field(a, "state"),
        field(a, "algoId"),
        field(a, "algoClOrdId")
    );
    for (name, label) in [("ordId", "ordId"), ("failCode", "failCode")] {
        if !field(a, name).is_empty() {
            line.push_str(&format!(" {label} {}", field(a, name)));
        }
    }
    match field(a, "amendResult") {
        "0" => line.push_str(&format!(" amended (reqId {})", field(a, "reqId"))),
        "-1" => line.push_str(&format!(" amend failed (reqId {})", field(a, "reqId"))),
        _ => {}
    }
    line
}

/// One subscription of `channel` per instrument.
fn per_instrument(channel: &str, inst_ids: &[InstId]) -> Vec<Value> {
    inst_ids
        .iter()
        .map(|id| json!({"channel": channel, "instId": id.as_str()}))
        .collect()
}

/// A private channel's subscription: its `instType` (`None`: ANY) and, when given, `instId`.
fn scoped(channel: &str, inst_type: Option<InstType>, inst_id: Option<&InstId>) -> Value {
    let mut arg =
        json!({"channel": channel, "instType": inst_type.map_or("ANY", InstType::as_str)});
    if let Some(id) = inst_id {
        arg["instId"] = json!(id.as_str());
    }
    arg
}

pub(crate) fn run(ctx: &Ctx, args: WatchArgs) -> Result<()> {
    let WatchArgs {
        what,
        count,
        duration: limit,
        ping_interval,
    } = args;
    let (endpoint, subs, private) = match what {
        WatchWhat::Ticker { inst_ids } => (
            Endpoint::Public,
            per_instrument("tickers", &inst_ids),
            false,
        ),
        WatchWhat::MarkPrice { inst_ids } => (
            Endpoint::Public,
            per_instrument("mark-price", &inst_ids),
            false,
        ),
        WatchWhat::Trades { inst_ids } => {
            (Endpoint::Public, per_instrument("trades", &inst_ids), false)
        }
        // Only perpetual swaps: the parser refused anything else (OKX would, with 60018).
        WatchWhat::FundingRate { inst_ids } => (
            Endpoint::Public,
            per_instrument("funding-rate", &inst_ids),
            false,
        ),
        WatchWhat::Book { inst_id, depth } => {
            let channel = if depth == 400 { "books" } else { "books5" };
            (Endpoint::Public, per_instrument(channel, &[inst_id]), false)
        }
        WatchWhat::Candles { inst_id, bar } => {
            let channel = format!("candle{}", bar.name);
            (
                Endpoint::Business,
                per_instrument(&channel, &[inst_id]),
                false,
            )
        }
        WatchWhat::Orders { inst_id, inst_type } => (
            Endpoint::Private,
            vec![scoped("orders", inst_type, inst_id.as_ref())],
            true,
        ),
        WatchWhat::AlgoOrders { inst_id, inst_type } => {
            // OKX has no algo orders on options; the channel refuses the type (fact sheet §8.3).
            if inst_type == Some(InstType::Option)
                || inst_id
                    .as_ref()
                    .is_some_and(|i| i.inst_type() == InstType::Option)
            {
                return Err(Failure::Usage(
                    "options have no algo orders: give an instrument or --type of SPOT, MARGIN, \
                     SWAP or FUTURES, or leave it out (ANY)"
                        .into(),
                )
                .into());
            }
            (
                Endpoint::Business,
                vec![scoped("orders-algo", inst_type, inst_id.as_ref())],
                true,
            )
        }
        WatchWhat::Positions {
            inst_id,
            inst_type,
            events_only,
        } => {
            if inst_type == Some(InstType::Spot) {
                return Err(Failure::Usage(
                    "--type SPOT: spot holdings are balances (okx watch account), not positions; \
                     give SWAP, FUTURES, OPTION, MARGIN or ANY"
                        .into(),
                )
                .into());
            }
            let mut arg = scoped("positions", inst_type, inst_id.as_ref());
            if events_only {
                // A JSON text, as OKX wants it (fact sheet §8.1).
                arg["extraParams"] = json!("{\"updateInterval\":\"0\"}");
            }
            (Endpoint::Private, vec![arg], true)
        }
        WatchWhat::BalancePosition => (
            Endpoint::Private,
            vec![json!({"channel": "balance_and_position"})],
            true,
        ),
        WatchWhat::Account { ccy } => {
            let mut arg = json!({"channel": "account"});
            if let Some(c) = ccy {
                arg["ccy"] = json!(validate::currencies(&c)?);
            }
            (Endpoint::Private, vec![arg], true)
        }
    };
    let readable_lines = match ctx.out.format {
        Format::Table => true,
        Format::Json | Format::Ndjson => false,
        Format::Csv => {
            return Err(Failure::Usage(
                "okx watch streams JSON lines (--json) or readable lines (-o table), not CSV"
                    .into(),
            )
            .into())
        }
    };
    let config = ctx.config()?;
    let base_url = config.ws_base_url()?;
    let creds = if private {
        Some(config.credentials(&env_var)?)
    } else {
        None
    };

    // A login's timestamp is checked against OKX's clock (30 s window), as a REST signature's is:
    // read it as the REST commands do (cached for a few minutes), so a skewed clock logs in too.
    let clock_offset_ms = match &creds {
        Some(_) => {
            let client = ctx.client(super::Auth::None)?;
            if !client.knows_clock() {
                if let Err(e) = client.learn_clock() {
                    crate::output::Stderr::warn(&format!(
                        "could not read OKX's clock ({e:#}); logging in on this machine's"
                    ));
                }
            }
            client.clock_offset_ms().unwrap_or(0)
        }
        None => 0,
    };

    // Ctrl-C and --duration end the stream cleanly (exit 0), between messages.
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::SeqCst));
    if let Some(d) = limit {
        std::thread::spawn(move || {
            std::thread::sleep(d);
            STOP.store(true, Ordering::SeqCst);
        });
    }

    let spec = StreamSpec {
        base_url,
        endpoint,
        args: subs,
        login: creds.as_ref(),
        ping_interval,
        clock_offset_ms,
    };
    let mut book = Book::default();
    let mut seen = 0u64;
    let mut write_error: Option<std::io::Error> = None;
    let mut out = ctx.out.lines().context("writing output")?;
    ws::stream(&spec, &mut |msg| {
        if field(msg.get("arg").unwrap_or(&Value::Null), "channel") == "books" {
            match book.apply(msg) {
                Sync::InStep => {}
                Sync::Stale => return Flow::Continue,
                Sync::Gap(why) => return Flow::Resubscribe(why),
            }
        }
        let line = if readable_lines {
            readable(msg, &book)
        } else {
            msg.to_string()
        };
        if let Err(e) = out.line(&line) {
            write_error = Some(e);
            return Flow::Stop;
        }
        seen += 1;
        if count.is_some_and(|n| seen >= n) {
            Flow::Stop
        } else {
            Flow::Continue
        }
    })?;
    if let Some(e) = write_error {
        return Err(e).context("writing output");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(action: &str, prev: i64, seq: i64, asks: Value, bids: Value) -> Value {
        json!({"arg": {"channel": "books", "instId": "BTC-USDT"}, "action": action,
               "data": [{"asks": asks, "bids": bids, "prevSeqId": prev, "seqId": seq, "ts": "1"}]})
    }

    #[test]
    fn a_funding_line_leaves_out_what_okx_s_values_do_not_give() {
        let push = |next: &str| {
            json!({"arg": {"channel": "funding-rate", "instId": "BTC-USDT-SWAP"},
                   "data": [{"instId": "BTC-USDT-SWAP", "fundingRate": "0.0021",
                             "fundingTime": "1700000000000", "nextFundingTime": next,
                             "ts": "1699999999000"}]})
        };
        let line = readable(&push("1700025200000"), &Book::default());
        assert!(
            line.ends_with(" every 7h (262.8% a year, simple)"),
            "{line}"
        );
        let line = readable(&push("1700000000000"), &Book::default());
        assert!(!line.contains("every") && !line.contains('%'), "{line}");
    }

    #[test]
    fn an_algo_line_says_what_the_change_did() {
        let push = |fields: Value| {
            let mut a = json!({"uTime": "1607418537715", "instId": "BTC-USDT-SWAP",
                "side": "sell", "ordType": "oco", "sz": "1", "slTriggerPx": "60000",
                "tpTriggerPx": "72000", "state": "live", "algoId": "9", "algoClOrdId": "s1",
                "ordId": "", "failCode": "", "reqId": "", "amendResult": ""});
            for (k, v) in fields.as_object().unwrap() {
                a[k] = v.clone();
            }
            readable(
                &json!({"arg": {"channel": "orders-algo"}, "data": [a]}),
                &Book::default(),
            )
        };
        assert_eq!(
            push(json!({})),
            "09:08:57.715Z algo BTC-USDT-SWAP sell oco 1 SL 60000 TP 72000 live algoId 9 algoClOrdId s1"
        );
        assert!(push(json!({"state": "effective", "ordId": "77"}))
            .ends_with("effective algoId 9 algoClOrdId s1 ordId 77"));
        assert!(push(json!({"state": "order_failed", "failCode": "51008"}))
            .ends_with(" failCode 51008"));
        assert!(push(json!({"reqId": "r1", "amendResult": "0"})).ends_with(" amended (reqId r1)"));
        assert!(
            push(json!({"reqId": "r2", "amendResult": "-1", "state": "canceled"}))
                .ends_with(" amend failed (reqId r2)")
        );
    }

    #[test]
    fn book_applies_updates_and_catches_a_gap() {
        let mut b = Book::default();
        assert_eq!(
            b.apply(&msg(
                "snapshot",
                -1,
                10,
                json!([["101", "1", "0", "1"], ["102", "2", "0", "1"]]),
                json!([["100", "3", "0", "1"]])
            )),
            Sync::InStep
        );
        assert_eq!(
            b.apply(&msg(
                "update",
                10,
                11,
                json!([["101", "0", "0", "0"], ["103", "5", "0", "1"]]),
                json!([["99", "1", "0", "1"]])
            )),
            Sync::InStep
        );
        assert_eq!(
            b.asks.keys().map(|k| k.to_string()).collect::<Vec<_>>(),
            ["102", "103"]
        );
        assert_eq!(b.best().0.unwrap().0, "100");
        // A quiet-period update repeats the seqId: still in sequence.
        assert_eq!(
            b.apply(&msg("update", 11, 11, json!([]), json!([]))),
            Sync::InStep
        );
        let Sync::Gap(gap) = b.apply(&msg("update", 12, 13, json!([]), json!([]))) else {
            panic!("a gap must be found")
        };
        assert!(gap.contains("prevSeqId 12 after seqId 11"), "{gap}");
        // Updates still in flight are skipped, once, until the fresh snapshot.
        assert_eq!(
            b.apply(&msg("update", 13, 14, json!([]), json!([]))),
            Sync::Stale
        );
        assert_eq!(
            b.apply(&msg("snapshot", -1, 20, json!([]), json!([]))),
            Sync::InStep
        );
        assert_eq!(
            b.apply(&msg("update", 20, 21, json!([]), json!([]))),
            Sync::InStep
        );
    }

    #[test]
    fn clocks_of_absurd_times_are_shown_as_sent() {
        assert_eq!(clock("1607418537715"), "09:08:57.715Z");
        assert_eq!(clock("5"), "00:00:00.005Z");
        assert_eq!(date_time("1607443200000"), "2020-12-08T16:00:00Z");
        assert_eq!(clock("99999999999999999"), "99999999999999999");
        assert_eq!(clock("-1"), "-1");
        assert_eq!(clock(""), "");
    }
}
