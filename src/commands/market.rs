//! Public market data: `ticker`, `book`, `instruments`, `time`. JSON output is OKX's `data`
//! unchanged (strings stay strings); tables add what a person needs, such as the 24 h change.

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::{Auth, Ctx};
use crate::cli::{BookArgs, InstrumentsArgs, MarketCommand, TickerArgs};
use crate::client::{describe_offset, now_ms, ApiRequest};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::InstType;
use crate::output::{col, iso_ms, num, row, time_cell, Cell, Column, Format, Rows};

use crate::exchange::market::change_pct;
use crate::parse::field;

/// The market commands: one arm a command.
pub(crate) fn run(ctx: &Ctx, cmd: MarketCommand) -> Result<()> {
    match cmd {
        MarketCommand::Ticker(a) => ticker(ctx, a),
        MarketCommand::Book(a) => book(ctx, a),
        MarketCommand::Instruments(a) => instruments(ctx, a),
        MarketCommand::Time => time(ctx),
    }
}

/// A ticker's 24 h change, empty (with the reason noted) when okx cannot compute it.
fn change_cell(t: &Value, problem: &mut Option<String>) -> String {
    change_pct(field(t, "last"), field(t, "open24h")).unwrap_or_else(|why| {
        problem.get_or_insert(why);
        String::new()
    })
}

/// The ticker table: what a trader reads first is hidden last on a narrow terminal.
const TICKER: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::num("last", Cell::Field("last")),
    Column::num("bid", Cell::Field("bidPx")).priority(2),
    Column::num("ask", Cell::Field("askPx")).priority(2),
    Column::num("24h change", Cell::With(change_cell)).priority(1),
    Column::num("24h high", Cell::Field("high24h")).priority(4),
    Column::num("24h low", Cell::Field("low24h")).priority(4),
    Column::num("24h vol", Cell::Field("vol24h"))
        .unit("base")
        .priority(6),
    Column::num("24h vol", Cell::Field("volCcy24h"))
        .unit("quote")
        .priority(5),
    Column::text("time", Cell::Time("ts"))
        .unit("UTC")
        .priority(3),
];

/// The cells of a ticker's table row, and the first of its values okx could not use (the cell
/// then holds OKX's text or nothing), for the one warning.
pub fn ticker_row(t: &Value) -> (Vec<String>, Option<String>) {
    row(TICKER, t)
}

pub(crate) fn ticker(ctx: &Ctx, args: TickerArgs) -> Result<()> {
    let requests: Vec<ApiRequest> = match args.inst_type {
        Some(InstType::Margin) => {
            return Err(Failure::Usage(
                "tickers have no MARGIN type: margin pairs trade as SPOT instruments; use --type SPOT".into(),
            )
            .into());
        }
        Some(t) => vec![endpoints::TICKERS.request().query("instType", t)],
        None => args
            .inst_ids
            .into_iter()
            .map(|id| endpoints::TICKER.request().query("instId", id))
            .collect(),
    };
    let client = ctx.client(Auth::None)?;
    let mut items = Vec::new();
    for req in &requests {
        let data = client.send(req)?.data;
        // A named instrument with no ticker is an answer a script must not mistake for success.
        if data.is_empty() && args.inst_type.is_none() {
            let id = req
                .query
                .first()
                .map(|(_, v)| v.as_str())
                .unwrap_or_default();
            return Err(Failure::Network(format!(
                "OKX answered with no ticker for {id}; try again"
            ))
            .into());
        }
        items.extend(data);
    }
    if let (true, Some(t)) = (items.is_empty(), args.inst_type) {
        if !ctx.nothing_found(&format!("{} tickers", t.as_str())) {
            return Ok(());
        }
    }
    ctx.out.items(TICKER, items).context("writing output")?;
    Ok(())
}

pub(crate) fn book(ctx: &Ctx, args: BookArgs) -> Result<()> {
    let client = ctx.client(Auth::None)?;
    let env = client.send(
        &endpoints::BOOKS
            .request()
            .query("instId", args.inst_id)
            .query("sz", args.depth.to_string()),
    )?;
    let book = env.data.first().cloned().unwrap_or(Value::Null);
    let side = |name: &str| -> Vec<(String, String)> {
        book.get(name)
            .and_then(Value::as_array)
            .map(|levels| levels.iter().map(crate::parse::book_level).collect())
            .unwrap_or_default()
    };
    let (bids, asks) = (side("bids"), side("asks"));
    let levels = bids.len().max(asks.len());
    let rows = Rows {
        columns: vec![num("bid size"), num("bid"), num("ask"), num("ask size")],
        rows: (0..levels)
            .map(|i| {
                let (bp, bs) = bids.get(i).cloned().unwrap_or_default();
                let (ap, asz) = asks.get(i).cloned().unwrap_or_default();
                vec![bs, bp, ap, asz]
            })
            .collect(),
    };
    ctx.out
        .emit(&rows, &Value::Array(env.data))
        .context("writing output")?;
    Ok(())
}

const INSTRUMENTS: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::text("base", Cell::Field("baseCcy")).priority(2),
    Column::text("quote", Cell::Field("quoteCcy")).priority(2),
    Column::num("tickSz", Cell::Field("tickSz")),
    Column::num("lotSz", Cell::Field("lotSz")),
    Column::num("minSz", Cell::Field("minSz")),
    Column::text("state", Cell::Field("state")).priority(1),
];

pub(crate) fn instruments(ctx: &Ctx, args: InstrumentsArgs) -> Result<()> {
    let InstrumentsArgs {
        inst_id,
        inst_type,
        inst_family: family,
    } = args;
    let inst_type = match (inst_type, &inst_id) {
        (Some(t), _) => t,
        (None, Some(id)) => id.inst_type(),
        (None, None) => InstType::Spot,
    };
    if inst_type == InstType::Option && family.is_none() && inst_id.is_none() {
        return Err(Failure::Usage(
            "OPTION instruments need --inst-family, e.g. --inst-family BTC-USD (OKX requires it)"
                .into(),
        )
        .into());
    }
    let mut req = endpoints::INSTRUMENTS
        .request()
        .query("instType", inst_type);
    if let Some(f) = family {
        req = req.query("instFamily", f);
    }
    if let Some(id) = inst_id {
        req = req.query("instId", id);
    }
    let client = ctx.client(Auth::None)?;
    let env = client.send(&req)?;
    if env.data.is_empty() && !ctx.nothing_found(&format!("{inst_type} instruments")) {
        return Ok(());
    }
    ctx.out
        .items(INSTRUMENTS, env.data)
        .context("writing output")?;
    Ok(())
}

pub(crate) fn time(ctx: &Ctx) -> Result<()> {
    let client = ctx.client(Auth::None)?;
    let (server_ms, offset, _) = client.server_time()?;
    let local_ms = now_ms();
    let verdict = if offset.unsigned_abs() > 30_000 {
        "OKX will reject signed requests (50102): sync this machine's clock"
    } else if offset.unsigned_abs() > 5_000 {
        "within OKX's 30 s window, but drifting: sync this machine's clock"
    } else {
        "in sync"
    };
    let json = json!({
        "local": iso_ms(&local_ms.to_string()),
        "server": iso_ms(&server_ms.to_string()),
        "local_ts": local_ms.to_string(),
        "server_ts": server_ms.to_string(),
        "offset_ms": offset,
        "status": verdict,
    });
    // A person is told once when OKX's time is not one; JSON carries it as sent anyway.
    let server_cell = match ctx.out.format {
        Format::Table | Format::Csv => time_cell(&server_ms.to_string()),
        Format::Json | Format::Ndjson => iso_ms(&server_ms.to_string()),
    };
    let rows = Rows {
        columns: vec![col("clock"), col("time (UTC)"), col("note")],
        rows: vec![
            vec!["local".into(), iso_ms(&local_ms.to_string()), String::new()],
            vec!["OKX".into(), server_cell, String::new()],
            vec![
                "offset".into(),
                format!("{offset:+} ms"),
                format!("this machine is {} OKX: {verdict}", describe_offset(offset)),
            ],
        ],
    };
    ctx.out.emit(&rows, &json).context("writing output")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_exact() {
        let pct = |l, o| change_pct(l, o).unwrap();
        assert_eq!(pct("110", "100"), "+10.00%");
        assert_eq!(pct("0.3", "0.1"), "+200.00%");
        assert_eq!(pct("99.995", "100"), "-0.01%");
        assert_eq!(pct("100.005", "100"), "+0.01%");
        assert_eq!(pct("100.00499", "100"), "0.00%");
        assert_eq!(pct("100", "100"), "0.00%");
        assert_eq!(pct("0", "100"), "-100.00%");
        assert_eq!(pct("87000.5", "86000"), "+1.16%");
        assert_eq!(pct("1", ""), "");
        assert_eq!(pct("", "1"), "");
        assert_eq!(pct("1", "0"), "");
        assert_eq!(pct("1", "0.000"), "");
        // Signs, should OKX ever send a negative price.
        assert_eq!(pct("-1", "1"), "-200.00%");
        assert_eq!(pct("1", "-1"), "-200.00%");
        assert_eq!(pct("-2", "-1"), "+100.00%");
        // 1/3 - 1 = -66.666…%: rounded once, from the exact value.
        assert_eq!(pct("1", "3"), "-66.67%");
        assert_eq!(pct("2", "3"), "-33.33%");
        // Far smaller than the open: a divisor beyond 128 bits.
        assert_eq!(
            pct(
                "0.00000000000000000000000000000000000001",
                "1000000000000000000"
            ),
            "-100.00%"
        );
    }

    /// `(last - open) * 100` with rust_decimal operators panicked ("Multiplication overflowed",
    /// an abort in a release build) for a 29-digit last; exact integer arithmetic has room for
    /// it, and what has no room is an `Err`, never a panic.
    #[test]
    fn absurd_prices_never_panic() {
        let max = "79228162514264337593543950335";
        assert_eq!(
            change_pct(max, "1").unwrap(),
            "+7922816251426433759354395033400.00%"
        );
        assert_eq!(change_pct("1", max).unwrap(), "-100.00%");
        assert_eq!(change_pct(max, max).unwrap(), "0.00%");
        let too_long = "9".repeat(40);
        for (l, o) in [
            (max, "0.0000000000000000000000000001"),
            (too_long.as_str(), "1"),
            ("1", too_long.as_str()),
            ("1e3", "1"),
            ("abc", "1"),
            (" 1", "1"),
            ("1.", "1"),
            (".5", "1"),
            ("+1", "1"),
            ("1_000", "1"),
            ("NaN", "1"),
        ] {
            let why = change_pct(l, o).unwrap_err();
            assert!(why.starts_with("24h change from"), "{why}");
        }
    }

    #[test]
    fn ticker_rows_show_what_they_cannot_use_as_sent() {
        let t = json!({"instId": "BTC-USDT", "last": "1e3", "open24h": "1", "ts": "-1"});
        let (cells, problem) = ticker_row(&t);
        assert_eq!(cells[1], "1e3");
        assert_eq!(cells[4], "");
        assert_eq!(cells[9], "-1");
        assert!(problem.unwrap().contains("24h change"));
        let t = json!({"instId": "BTC-USDT", "last": "2", "open24h": "1", "ts": "1607418537715"});
        let (cells, problem) = ticker_row(&t);
        assert_eq!(
            (cells[4].as_str(), cells[9].as_str()),
            ("+100.00%", "2020-12-08T09:08:57Z")
        );
        assert_eq!(problem, None);
    }
}
