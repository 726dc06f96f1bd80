//! Public market data: `ticker`, `book`, `instruments`, `time`. JSON output is OKX's `data`
//! unchanged (strings stay strings); tables add what a person needs, such as the 24 h change.

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::{Auth, Ctx};
use crate::cli::{BookArgs, ContractsArgs, InstrumentsArgs, MarketCommand, TickerArgs};
use crate::client::{describe_offset, now_ms, ApiRequest};
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::exchange::instrument::{InstId, InstType};
use crate::output::{col, iso_ms, num, row, sanitize, time_cell, Cell, Column, Format, Rows};

use crate::exchange::contracts::{self, Conversion, Size, Terms, Unit};
use crate::exchange::market::change_pct;
use crate::output::Stderr;
use crate::parse::field;
use crate::rules;

/// The market commands: one arm a command.
pub(crate) fn run(ctx: &Ctx, cmd: MarketCommand) -> Result<()> {
    match cmd {
        MarketCommand::Ticker(a) => ticker(ctx, a),
        MarketCommand::Book(a) => book(ctx, a),
        MarketCommand::Instruments(a) => instruments(ctx, a),
        MarketCommand::Time => time(ctx),
        MarketCommand::Contracts(a) => contracts(ctx, a),
    }
}

/// A ticker's 24 h change, empty (with the reason noted) when okx cannot compute it.
fn change_cell(t: &Value, problem: &mut Option<String>) -> String {
    change_pct(field(t, "last"), field(t, "open24h")).unwrap_or_else(|why| {
        problem.get_or_insert(why);
        String::new()
    })
}

/// The ticker table, with what its two volumes count: what a trader reads first is hidden last
/// on a narrow terminal.
const fn ticker_table(vol: &'static str, vol_ccy: &'static str) -> [Column; 10] {
    [
        Column::text("instrument", Cell::Field("instId")),
        Column::num("last", Cell::Field("last")),
        Column::num("bid", Cell::Field("bidPx")).priority(2),
        Column::num("ask", Cell::Field("askPx")).priority(2),
        Column::num("24h change", Cell::With(change_cell)).priority(1),
        Column::num("24h high", Cell::Field("high24h")).priority(4),
        Column::num("24h low", Cell::Field("low24h")).priority(4),
        Column::num("24h vol", Cell::Field("vol24h"))
            .unit(vol)
            .priority(6),
        Column::num("24h vol", Cell::Field("volCcy24h"))
            .unit(vol_ccy)
            .priority(5),
        Column::text("time", Cell::Time("ts"))
            .unit("UTC")
            .priority(3),
    ]
}

const TICKER: &[Column] = &ticker_table("base", "quote");
/// OKX counts derivatives' volume in contracts (`vol24h`) and coin (`volCcy24h`).
const DERIVATIVE_TICKER: &[Column] = &ticker_table("contracts", "coin");
/// Spot and derivatives together.
const MIXED_TICKER: &[Column] = &ticker_table("base/contracts", "quote/coin");

/// The ticker columns for these tickers: volumes are counted differently by type.
fn ticker_columns(items: &[Value]) -> &'static [Column] {
    let spot = |t: &Value| matches!(field(t, "instType"), "SPOT" | "MARGIN" | "");
    match (items.iter().all(spot), items.iter().any(spot)) {
        (true, _) => TICKER,
        (false, false) => DERIVATIVE_TICKER,
        (false, true) => MIXED_TICKER,
    }
}

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
        Some(t @ InstType::Spot) if args.inst_family.is_some() => {
            return Err(Failure::Usage(format!(
                "--inst-family is for SWAP, FUTURES and OPTION, not {t}; leave it out"
            ))
            .into());
        }
        Some(t) => {
            let mut req = endpoints::TICKERS.request().query("instType", t);
            if let Some(f) = &args.inst_family {
                req = req.query("instFamily", f.clone());
            }
            vec![req]
        }
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
    ctx.out
        .items(ticker_columns(&items), items)
        .context("writing output")?;
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

/// `linear`/`inverse` for futures and swaps, `call`/`put` for options.
fn contract_kind(i: &Value, _: &mut Option<String>) -> String {
    match (field(i, "ctType"), field(i, "optType")) {
        ("", "C") => "call".into(),
        ("", "P") => "put".into(),
        (t, _) => sanitize(t),
    }
}

/// One contract's face value with its currency: `0.01 BTC`, `100 USD`.
fn contract_value(i: &Value, _: &mut Option<String>) -> String {
    format!(
        "{} {}",
        sanitize(field(i, "ctVal")),
        sanitize(field(i, "ctValCcy"))
    )
    .trim()
    .to_string()
}

/// Swaps and futures: what a contract is, what it settles in, and the trading rules (sizes in
/// contracts). `lever` is OKX's maximum, not the account's setting.
const DERIVATIVES: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::text("type", Cell::With(contract_kind)).priority(2),
    Column::text("contract", Cell::With(contract_value)),
    Column::text("settle", Cell::Field("settleCcy")).priority(3),
    Column::num("max lever", Cell::Field("lever")).priority(4),
    Column::num("tickSz", Cell::Field("tickSz")),
    Column::num("lotSz", Cell::Field("lotSz")).unit("contracts"),
    Column::num("minSz", Cell::Field("minSz")).unit("contracts"),
    Column::text("expiry", Cell::Time("expTime"))
        .unit("UTC")
        .priority(1),
    Column::text("state", Cell::Field("state")).priority(1),
];

/// Options: the strike and call/put first.
const OPTIONS: &[Column] = &[
    Column::text("instrument", Cell::Field("instId")),
    Column::text("type", Cell::With(contract_kind)),
    Column::num("strike", Cell::Field("stk")),
    Column::text("contract", Cell::With(contract_value)).priority(2),
    Column::text("settle", Cell::Field("settleCcy")).priority(3),
    Column::num("tickSz", Cell::Field("tickSz")).priority(2),
    Column::num("lotSz", Cell::Field("lotSz"))
        .unit("contracts")
        .priority(3),
    Column::num("minSz", Cell::Field("minSz"))
        .unit("contracts")
        .priority(3),
    Column::text("expiry", Cell::Time("expTime"))
        .unit("UTC")
        .priority(1),
    Column::text("state", Cell::Field("state")).priority(1),
];

pub(crate) fn instruments(ctx: &Ctx, args: InstrumentsArgs) -> Result<()> {
    let InstrumentsArgs {
        inst_id,
        inst_type,
        inst_family: family,
    } = args;
    let inst_type = match (inst_type, &inst_id, &family) {
        (Some(t), Some(id), _) if t != id.inst_type() => {
            return Err(Failure::Usage(format!(
                "{id} is a {} instrument, not {t}; leave out --type or give --type {}",
                id.inst_type(),
                id.inst_type()
            ))
            .into());
        }
        (Some(t), _, _) => t,
        (None, Some(id), _) => id.inst_type(),
        (None, None, Some(f)) => {
            return Err(Failure::Usage(format!(
                "--inst-family {f} needs --type SWAP, FUTURES or OPTION (families group derivatives)"
            ))
            .into());
        }
        (None, None, None) => InstType::Spot,
    };
    if family.is_some() && matches!(inst_type, InstType::Spot | InstType::Margin) {
        return Err(Failure::Usage(format!(
            "--inst-family is for SWAP, FUTURES and OPTION, not {inst_type}; leave it out"
        ))
        .into());
    }
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
    // OKX lists options only by family.
    let family = family.map(String::from).or_else(|| {
        inst_id
            .as_ref()
            .filter(|_| inst_type == InstType::Option)
            .map(InstId::family)
    });
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
    let columns = match inst_type {
        InstType::Spot | InstType::Margin => INSTRUMENTS,
        InstType::Swap | InstType::Futures => DERIVATIVES,
        InstType::Option => OPTIONS,
    };
    ctx.out.items(columns, env.data).context("writing output")?;
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

/// A header naming a currency, e.g. `coin (BTC)`: table headers are `'static`, and a command
/// makes two of these once per run.
fn with_ccy(header: &'static str, ccy: &str) -> crate::output::Head {
    let unit: &'static str = Box::leak(crate::output::sanitize(ccy).into_boxed_str());
    num(header).unit(unit)
}

/// `okx contracts`: see [`crate::exchange::contracts`] for the arithmetic.
pub(crate) fn contracts(ctx: &Ctx, args: ContractsArgs) -> Result<()> {
    let id = args.inst_id;
    let inst_type = id.inst_type();
    if matches!(inst_type, InstType::Spot | InstType::Margin) {
        // OKX lists no USD spot pairs: `BTC-USD` is an index (and an instrument family).
        let what = if id.as_str().ends_with("-USD") {
            "is an index, not a contract"
        } else {
            "is a spot pair: its sizes are in the coin already"
        };
        return Err(Failure::Usage(format!(
            "{id} {what}; give a SWAP, FUTURES or OPTION ID such as {id}-SWAP"
        ))
        .into());
    }
    let (unit, amount) = match (args.base, args.quote, args.contracts) {
        (Some(a), _, _) => (Unit::Base, a),
        (_, Some(a), _) => (Unit::Quote, a),
        (_, _, Some(a)) => (Unit::Contracts, a),
        // clap's group requires one.
        _ => return Err(Failure::Usage("give --base, --quote or --contracts".into()).into()),
    };
    let client = ctx.client(Auth::None)?;
    let terms = Terms::of(&rules::load(&client, id.as_str(), inst_type.as_str())?)?;
    if unit == Unit::Quote && terms.kind == contracts::Kind::Option {
        // Refused before the price is fetched.
        contracts::convert(&terms, unit, amount, None)?;
    }
    let price = match args.price {
        Some(p) => Some((p, "given")),
        None if terms.uses_price() => Some((last_price(&client, &id)?, "last")),
        None => None,
    };
    let conversion = contracts::convert(&terms, unit, amount, price.map(|(p, _)| p))?;
    let unit_name = match unit {
        Unit::Contracts => "contracts",
        Unit::Base => "base",
        Unit::Quote => "quote",
    };
    let shown_ccy = match unit {
        Unit::Contracts => "contracts".to_string(),
        Unit::Base => terms.base.clone(),
        Unit::Quote => terms.quote.clone(),
    };
    let sizes: Vec<(&str, Size)> = match &conversion {
        Conversion::Exact(s) => vec![("exact", s.clone())],
        Conversion::Between { below, above } => below
            .iter()
            .map(|b| ("below", b.clone()))
            .chain(std::iter::once(("above", above.clone())))
            .collect(),
    };
    let text = |d: &Option<rust_decimal::Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    let json = json!({
        "instId": id.as_str(),
        "ctType": match terms.kind {
            contracts::Kind::Linear => "linear",
            contracts::Kind::Inverse => "inverse",
            contracts::Kind::Option => "option",
        },
        "ctVal": terms.ct_val.normalize().to_string(),
        "ctValCcy": terms.ct_val_ccy,
        "baseCcy": terms.base,
        "quoteCcy": terms.quote,
        "given": {"unit": unit_name, "amount": amount.to_string()},
        "px": price.map(|(p, _)| p.to_string()),
        "pxSource": price.map(|(_, s)| s),
        "exact": matches!(conversion, Conversion::Exact(_)),
        "sizes": sizes.iter().map(|(fit, s)| json!({
            "fit": fit,
            "contracts": s.contracts.to_string(),
            "base": s.base.map(|d| d.to_string()),
            "quote": s.quote.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
    });
    if let Conversion::Between { below, above } = &conversion {
        let n = |d: rust_decimal::Decimal| {
            let d = d.normalize();
            format!(
                "{d} contract{}",
                if d == rust_decimal::Decimal::ONE {
                    ""
                } else {
                    "s"
                }
            )
        };
        let fix = match below {
            Some(b) => format!(
                "the nearest valid sizes are {} and {}",
                b.contracts,
                n(above.contracts)
            ),
            None => format!(
                "it is under the minimum; the smallest valid size is {}",
                n(above.contracts)
            ),
        };
        Stderr::note(&format!(
            "{amount} {shown_ccy} is not a multiple of {id}'s lot size ({}): {fix}",
            n(terms.lot)
        ));
    }
    let mut columns = vec![col("size"), num("contracts"), with_ccy("coin", &terms.base)];
    if terms.uses_price() {
        columns.push(with_ccy("quote", &terms.quote));
        columns.push(num("price"));
    }
    let rows = Rows {
        columns,
        rows: sizes
            .iter()
            .map(|(fit, s)| {
                let mut r = vec![fit.to_string(), s.contracts.to_string(), text(&s.base)];
                if terms.uses_price() {
                    r.push(text(&s.quote));
                    r.push(price.map(|(p, _)| p.to_string()).unwrap_or_default());
                }
                r
            })
            .collect(),
    };
    ctx.out.emit(&rows, &json).context("writing output")?;
    Ok(())
}

/// The last traded price of `id`, which must be a positive decimal.
fn last_price(client: &crate::client::Client, id: &InstId) -> Result<rust_decimal::Decimal> {
    let env = client.send(&endpoints::TICKER.request().query("instId", id.clone()))?;
    let last = env
        .data
        .first()
        .map(|t| field(t, "last"))
        .unwrap_or_default();
    crate::validate::decimal(last, "price")
        .map(|(_, d)| d)
        .map_err(|_| {
            Failure::Network(format!(
                "OKX sent no usable last price for {id} ({:?}); give --price",
                crate::output::shown(last, 40)
            ))
            .into()
        })
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
