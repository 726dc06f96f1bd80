//! `okx algo place|list|get|cancel|amend|history`: arguments become the order core's algo types
//! (`exchange::order::algo`), which checks, sends, resolves and prints every change; the
//! listings are read-only.

use anyhow::{Context, Result};
use serde_json::Value;

use super::range::{self, Clock};
use super::statements::ARCHIVE_DAYS;
use super::{Auth, Ctx};
use crate::cli::algo::{
    AlgoAmendArgs, AlgoCancelArgs, AlgoCommand, AlgoHistoryArgs, AlgoIdArgs, AlgoKind,
    AlgoListArgs, AlgoPlaceArgs,
};
use crate::client::local_now;
use crate::error::Failure;
use crate::exchange::instrument::InstType;
use crate::exchange::order::algo::{self, AlgoRef, AmendAlgo, CancelAlgo, NewAlgo};
use crate::exchange::order::{AmendOrder, Amount, Legs, NewOrder, OrdPx, Side, TdMode, TgtCcy};
use crate::output::{Cell, Column};
use crate::validate;

pub(crate) fn run(ctx: &Ctx, cmd: AlgoCommand) -> Result<()> {
    match cmd {
        AlgoCommand::Place(a) => place(ctx, a),
        AlgoCommand::List(a) => list(ctx, a),
        AlgoCommand::Get(a) => get(ctx, a),
        AlgoCommand::Cancel(a) => cancel(ctx, a),
        AlgoCommand::Amend(a) => amend(ctx, a),
        AlgoCommand::History(a) => history(ctx, a),
    }
}

fn amount(v: &Option<String>, flag: &str) -> Result<Option<Amount>, Failure> {
    v.as_deref().map(|p| Amount::parse(p, flag)).transpose()
}

/// An order price flag: a limit at a price, or `-1` for the market.
fn ord_px(v: &Option<String>, flag: &str) -> Result<Option<OrdPx>, Failure> {
    Ok(match v.as_deref() {
        None => None,
        Some("-1") => Some(OrdPx::Market),
        Some(p) => Some(OrdPx::Limit(Amount::parse(p, flag)?)),
    })
}

/// An amend's new TP/SL trigger: a price, or 0 to remove the leg (OKX's `newTpTriggerPx` /
/// `newSlTriggerPx`, sheet §5.3).
fn leg_trigger(v: &Option<String>, flag: &str) -> Result<Option<Amount>, Failure> {
    match v.as_deref() {
        Some("0") => Ok(Some(Amount::from_decimal(rust_decimal::Decimal::ZERO))),
        _ => amount(v, flag),
    }
}

/// The algo order `args` describe, every value checked.
fn new_algo(args: &AlgoPlaceArgs) -> Result<NewAlgo, Failure> {
    let legs = args.sl_trigger.is_some() as u8 + args.tp_trigger.is_some() as u8;
    let ord_type = match (legs, &args.trigger) {
        (2, _) => "oco",
        (1, _) => "conditional",
        (_, Some(_)) => "trigger",
        _ => "move_order_stop",
    };
    if args.active_price.is_some() && ord_type != "move_order_stop" {
        return Err(Failure::Usage(
            "--active-price is for trailing stops (--trailing, --trailing-spread)".into(),
        ));
    }
    // clap's `requires = "trigger"` is not enforced when --trigger conflicts with a flag given
    // (--sl-trigger, --trailing, …), so a trigger order's flags are checked here.
    if ord_type != "trigger" && (args.price.is_some() || args.then.is_some()) {
        return Err(Failure::Usage(
            "--price and --then are for trigger orders (--trigger PX); a stop-loss or \
             take-profit takes --sl-price or --tp-price"
                .into(),
        ));
    }
    for (price, trigger, flags) in [
        (
            &args.sl_price,
            &args.sl_trigger,
            "--sl-price needs --sl-trigger",
        ),
        (
            &args.tp_price,
            &args.tp_trigger,
            "--tp-price needs --tp-trigger",
        ),
    ] {
        if price.is_some() && trigger.is_none() {
            return Err(Failure::Usage(format!(
                "{flags}: it is the limit price of the order that trigger places"
            )));
        }
    }
    if args.then.is_some() && args.price.is_none() {
        return Err(Failure::Usage(
            "--then ioc|fok is for the order placed at --price: give --price (without it the \
             trigger order places a market order, which fills at once anyway)"
                .into(),
        ));
    }
    if ord_type == "move_order_stop" && args.trigger_type.is_some() {
        // OKX's trailing stop has no trigger price type (sheet §5.1): it follows the last price.
        return Err(Failure::Usage(
            "--trigger-type is for --sl-trigger, --tp-trigger and --trigger: OKX's trailing \
             stops follow the last price and take no trigger type; leave it out"
                .into(),
        ));
    }
    let sz = match (&args.size, args.close_position) {
        (Some(_), true) => {
            return Err(Failure::Usage(
                "give SIZE or --close-position, not both".into(),
            ))
        }
        (Some(s), false) => Some(Amount::parse(s, "SIZE")?),
        (None, _) => None,
    };
    // No order price, or -1 as in amend and OKX's own field, is the market.
    let limit = |v: &Option<String>, flag: &str| -> Result<Option<OrdPx>, Failure> {
        Ok(ord_px(v, flag)?.or(Some(OrdPx::Market)))
    };
    let tp_trigger_px = amount(&args.tp_trigger, "--tp-trigger")?;
    let sl_trigger_px = amount(&args.sl_trigger, "--sl-trigger")?;
    let trigger_px = amount(&args.trigger, "--trigger")?;
    let spot = args.inst_id.inst_type() == InstType::Spot;
    let any_market = (tp_trigger_px.is_some() && args.tp_price.is_none())
        || (sl_trigger_px.is_some() && args.sl_price.is_none())
        || (trigger_px.is_some() && args.price.is_none())
        || ord_type == "move_order_stop";
    Ok(NewAlgo {
        inst_id: args.inst_id.to_string(),
        td_mode: args.td_mode,
        side: args.side,
        pos_side: args.pos_side,
        ord_type,
        sz,
        close_fraction: args.close_position.then_some("1"),
        reduce_only: args.reduce_only,
        // A spot market BUY's size is in the quote currency by OKX's default: SIZE is the base.
        tgt_ccy: (spot && args.side == Side::Buy && any_market).then_some(TgtCcy::Base),
        algo_cl_ord_id: match &args.algo_cl_ord_id {
            Some(id) => algo::algo_cl_ord_id(id)?,
            None => NewOrder::generate_cl_ord_id(),
        },
        tag: args.tag.clone(),
        legs: Legs {
            tp_ord_px: if tp_trigger_px.is_some() {
                limit(&args.tp_price, "--tp-price")?
            } else {
                None
            },
            tp_trigger_px_type: tp_trigger_px.as_ref().and(args.trigger_type),
            tp_trigger_px,
            sl_ord_px: if sl_trigger_px.is_some() {
                limit(&args.sl_price, "--sl-price")?
            } else {
                None
            },
            sl_trigger_px_type: sl_trigger_px.as_ref().and(args.trigger_type),
            sl_trigger_px,
        },
        order_px: if trigger_px.is_some() {
            limit(&args.price, "--price")?
        } else {
            None
        },
        trigger_px_type: trigger_px.as_ref().and(args.trigger_type),
        advance_ord_type: args.then,
        trigger_px,
        callback_ratio: amount(&args.trailing, "--trailing")?,
        callback_spread: amount(&args.trailing_spread, "--trailing-spread")?,
        active_px: amount(&args.active_price, "--active-price")?,
        algo_cl_ord_id_given: args.algo_cl_ord_id.is_some(),
        force: args.force,
    })
    .and_then(|a| {
        if let Some(tag) = &args.tag {
            validate::tag(tag)?;
        }
        if a.td_mode == TdMode::Cash && a.reduce_only {
            return Err(Failure::Usage(
                "--reduce-only is for swaps and futures, not --td-mode cash".into(),
            ));
        }
        Ok(a)
    })
}

fn place(ctx: &Ctx, args: AlgoPlaceArgs) -> Result<()> {
    let algo = new_algo(&args)?;
    let client = ctx.client(Auth::Required)?;
    algo::place(&ctx.out, &client, algo, args.dry_run)
}

fn algo_ref(a: &AlgoIdArgs) -> Result<AlgoRef, Failure> {
    AlgoRef::from_args(a.algo_id.as_deref(), a.algo_cl_ord_id.as_deref())
}

fn cancel(ctx: &Ctx, args: AlgoCancelArgs) -> Result<()> {
    let change = CancelAlgo {
        inst_id: args.inst_id.to_string(),
        target: algo_ref(&args.id)?,
    };
    let client = ctx.client(Auth::Required)?;
    algo::cancel(&ctx.out, &client, &change, args.dry_run)
}

fn amend(ctx: &Ctx, args: AlgoAmendArgs) -> Result<()> {
    let change = AmendAlgo {
        inst_id: args.inst_id.to_string(),
        target: algo_ref(&args.id)?,
        new_sz: amount(&args.size, "--size")?,
        new_tp_trigger_px: leg_trigger(&args.tp_trigger, "--tp-trigger")?,
        new_tp_ord_px: ord_px(&args.tp_price, "--tp-price")?,
        new_sl_trigger_px: leg_trigger(&args.sl_trigger, "--sl-trigger")?,
        new_sl_ord_px: ord_px(&args.sl_price, "--sl-price")?,
        new_trigger_px: amount(&args.trigger, "--trigger")?,
        new_ord_px: ord_px(&args.price, "--price")?,
        req_id: AmendOrder::generate_req_id(),
        force: args.force,
    };
    let client = ctx.client(Auth::Required)?;
    algo::amend(&ctx.out, &client, change, args.dry_run)
}

fn trigger(a: &Value, _: &mut Option<String>) -> String {
    algo::trigger_text(a)
}

fn size(a: &Value, _: &mut Option<String>) -> String {
    algo::size_text(a)
}

/// The algo listings' table.
pub(crate) const ALGOS: &[Column] = &[
    Column::text("created", Cell::Time("cTime"))
        .unit("UTC")
        .priority(5),
    Column::text("instrument", Cell::Field("instId")),
    Column::text("type", Cell::Field("ordType")),
    Column::text("side", Cell::Field("side")),
    Column::num("size", Cell::With(size)),
    Column::text("trigger", Cell::With(trigger)),
    Column::text("state", Cell::Field("state")),
    Column::text("algoId", Cell::Field("algoId")),
    Column::text("ordId", Cell::Field("ordId")).priority(2),
    Column::text("algoClOrdId", Cell::Field("algoClOrdId")).priority(4),
];

/// `algo get`'s table: one algo order, a row per field.
const ALGO: &[Column] = &[
    Column::text("instId", Cell::Field("instId")),
    Column::text("algoId", Cell::Field("algoId")),
    Column::text("algoClOrdId", Cell::Field("algoClOrdId")),
    Column::text("ordType", Cell::Field("ordType")),
    Column::text("side", Cell::Field("side")),
    Column::text("posSide", Cell::Field("posSide")),
    Column::text("tdMode", Cell::Field("tdMode")),
    Column::text("sz", Cell::With(size)),
    Column::text("reduceOnly", Cell::Field("reduceOnly")),
    Column::text("trigger", Cell::With(trigger)),
    Column::text("triggerPxType", Cell::Field("triggerPxType")),
    Column::text("ordPx", Cell::Field("ordPx")),
    Column::text("advanceOrdType", Cell::Field("advanceOrdType")),
    Column::text("slOrdPx", Cell::Field("slOrdPx")),
    Column::text("tpOrdPx", Cell::Field("tpOrdPx")),
    Column::text("activePx", Cell::Field("activePx")),
    Column::text("state", Cell::Field("state")),
    Column::text("ordId", Cell::Field("ordId")),
    Column::text("actualSide", Cell::Field("actualSide")),
    Column::text("actualSz", Cell::Field("actualSz")),
    Column::text("failCode", Cell::Field("failCode")),
    Column::text("triggerTime", Cell::Time("triggerTime")),
    Column::text("cTime", Cell::Time("cTime")),
];

fn kinds(kind: Option<AlgoKind>) -> Vec<AlgoKind> {
    kind.map_or_else(|| AlgoKind::ALL.to_vec(), |k| vec![k])
}

fn list(ctx: &Ctx, args: AlgoListArgs) -> Result<()> {
    // OKX lists algo orders of SPOT, SWAP, FUTURES and MARGIN only (sheet §5.4); a spot ID's
    // orders may be spot or margin ones.
    if let Some(t) = args.inst_type {
        if t == InstType::Option {
            return Err(Failure::Usage(
                "--type OPTION: OKX has no algo orders for options; give SPOT, SWAP, FUTURES or \
                 MARGIN"
                    .into(),
            )
            .into());
        }
        if let Some(id) = &args.inst_id {
            let of_id = id.inst_type();
            let fits = t == of_id || (of_id == InstType::Spot && t == InstType::Margin);
            if !fits {
                return Err(Failure::Usage(format!(
                    "{} is a {} instrument, not {}: leave out --type, or give another instrument",
                    id.as_str(),
                    of_id.as_str(),
                    t.as_str()
                ))
                .into());
            }
        }
    }
    let client = ctx.client(Auth::Required)?;
    let algos = algo::pending(
        &client,
        &kinds(args.kind),
        args.inst_id.as_ref().map(|i| i.as_str()),
        args.inst_type.map(|t| t.as_str()),
    )?;
    if algos.is_empty() && !ctx.nothing_found("pending algo orders") {
        return Ok(());
    }
    ctx.out.items(ALGOS, algos).context("writing output")?;
    Ok(())
}

fn get(ctx: &Ctx, args: AlgoIdArgs) -> Result<()> {
    let target = algo_ref(&args)?;
    let client = ctx.client(Auth::Required)?;
    let Some(found) = algo::lookup(&client, &target)? else {
        return Err(algo::does_not_exist().into());
    };
    ctx.out.item(ALGO, found).context("writing output")?;
    Ok(())
}

fn history(ctx: &Ctx, args: AlgoHistoryArgs) -> Result<()> {
    let since = args
        .since
        .as_ref()
        .map(|s| s.resolve(local_now()))
        .transpose()?;
    if let (Some(ms), Some(spec)) = (since, &args.since) {
        // OKX keeps finished algo orders for 3 months (sheet §5.5), like the statements.
        range::check_history_start(
            ms,
            (crate::client::now_ms(), Clock::Local),
            ARCHIVE_DAYS,
            spec,
            "finished algo orders",
        )?;
    }
    let client = ctx.client(Auth::Required)?;
    let algos = algo::history(
        &client,
        &kinds(args.kind),
        args.inst_id.as_ref().map(|i| i.as_str()),
        since,
    )?;
    if algos.is_empty() && !ctx.nothing_found("finished algo orders") {
        return Ok(());
    }
    ctx.out.items(ALGOS, algos).context("writing output")?;
    Ok(())
}
