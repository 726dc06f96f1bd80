//! `okx order place|cancel|amend|list|get|history`: arguments become the order core's types
//! (`exchange::order`), which checks, sends, resolves and prints every order-changing request;
//! the listings are read-only.

mod all;
mod batch;
mod cancel_all;

use anyhow::{Context, Result};

use super::{Auth, Ctx};
use crate::cli::{
    self, AmendArgs, CancelArgs, GetArgs, HistoryArgs, ListArgs, OrderCommand, PlaceArgs,
};

use crate::error::Failure;
use crate::exchange::contracts::Unit;
use crate::exchange::endpoints;
use crate::exchange::instrument::InstType;
use crate::exchange::order::{
    self, listing, lookup, AmendOrder, Amount, AttachAlgo, CancelOrder, Legs, NewOrder, OrdPx,
    OrdType, OrderRef, TdMode, TgtCcy,
};
use crate::output::{Cell, Column};
use crate::validate;

pub(crate) fn run(ctx: &Ctx, cmd: OrderCommand) -> Result<()> {
    match cmd {
        OrderCommand::Place(a) => place(ctx, a),
        OrderCommand::Cancel(a) => cancel(ctx, a),
        OrderCommand::Amend(a) => amend(ctx, a),
        OrderCommand::Batch(a) => batch::run(ctx, a),
        OrderCommand::CancelAll(a) => cancel_all::run(ctx, a),
        OrderCommand::List(a) => list(ctx, a),
        OrderCommand::Get(a) => get(ctx, a),
        OrderCommand::History(a) => history(ctx, a),
    }
}

/// The order `args` describe, every value checked; an inconsistent combination is a usage
/// error naming the fix.
pub(super) fn new_order(args: &PlaceArgs) -> Result<NewOrder, Failure> {
    let inst_id = args.inst_id.to_string();
    let sz = Amount::parse(&args.size, "SIZE")?;
    let px = args
        .price
        .as_deref()
        .map(|p| Amount::parse(p, "--price"))
        .transpose()?;
    let ord_type = match (args.ord_type, &px) {
        (None, Some(_)) => OrdType::Limit,
        (None, None) => {
            return Err(Failure::Usage(
                "no --price: add --price PX for a limit order, or --type market to trade at the market price".into(),
            ))
        }
        (Some(OrdType::Market), Some(_)) => {
            return Err(Failure::Usage(
                "a market order takes no --price; drop --price, or use --type limit".into(),
            ))
        }
        (Some(t), None) if t != OrdType::Market => {
            return Err(Failure::Usage(format!(
                "a {} order needs --price PX",
                order::okx_name(t)
            )))
        }
        (Some(t), _) => t,
    };
    let market = ord_type == OrdType::Market;
    let inst_type = args.inst_id.inst_type();
    let tgt_ccy = match (market, args.tgt_ccy) {
        (false, Some(_)) => return Err(Failure::Usage(
            "--tgt-ccy applies to market orders only; a limit order's SIZE is in the base currency"
                .into(),
        )),
        // OKX's default for a spot market BUY is the quote currency; say what is meant, always.
        (true, t) if inst_type == InstType::Spot => Some(match t {
            Some(cli::TgtCcy::Quote) => TgtCcy::Quote,
            _ => TgtCcy::Base,
        }),
        (true, Some(_)) => {
            return Err(Failure::Usage(format!(
                "--tgt-ccy applies to spot market orders only; {inst_id} is {inst_type}"
            )))
        }
        _ => None,
    };
    let (cl_ord_id, cl_ord_id_given) = match &args.cl_ord_id {
        Some(id) => (validate::cl_ord_id(id)?, true),
        None => (NewOrder::generate_cl_ord_id(), false),
    };
    let tag = args.tag.as_deref().map(validate::tag).transpose()?;
    let derivative = !matches!(inst_type, InstType::Spot | InstType::Margin);
    // A derivative order is margined, and okx never guesses how: the order core refuses it
    // without --td-mode (cash stands in for "not given" there only for spot).
    let td_mode = match (args.td_mode, derivative) {
        (Some(m), _) => m,
        (None, false) => TdMode::Cash,
        (None, true) => {
            return Err(Failure::Usage(format!(
            "{inst_id} is a {inst_type}: give --td-mode cross or isolated (a derivative order is \
                 margined; okx never assumes which)"
        )))
        }
    };
    let size_in = args.size_in.map(|u| match u {
        cli::SizeIn::Base => Unit::Base,
        cli::SizeIn::Quote => Unit::Quote,
    });
    let attach_algo_ords = attached(args)?;
    Ok(NewOrder {
        inst_id,
        td_mode,
        side: args.side,
        pos_side: args.pos_side,
        ord_type,
        sz,
        px,
        reduce_only: args.reduce_only,
        tgt_ccy,
        cl_ord_id,
        tag,
        attach_algo_ords,
        size_in,
        expire: args.expire,
        cl_ord_id_given,
    })
}

/// The take-profit and stop-loss to attach, from --tp-*/--sl-*/--trigger-type: one
/// `attachAlgoOrds` item with its own client ID, so the algo order it becomes can be found.
fn attached(args: &PlaceArgs) -> Result<Vec<AttachAlgo>, Failure> {
    let amount =
        |v: &Option<String>, flag: &str| v.as_deref().map(|p| Amount::parse(p, flag)).transpose();
    let tp = amount(&args.tp_trigger, "--tp-trigger")?;
    let sl = amount(&args.sl_trigger, "--sl-trigger")?;
    if tp.is_none() && sl.is_none() {
        if args.trigger_type.is_some() {
            return Err(Failure::Usage(
                "--trigger-type applies to --tp-trigger and --sl-trigger; add one or leave it out"
                    .into(),
            ));
        }
        return Ok(Vec::new());
    }
    let ord_px = |v: &Option<String>, flag: &str| -> Result<OrdPx, Failure> {
        Ok(match amount(v, flag)? {
            Some(p) => OrdPx::Limit(p),
            None => OrdPx::Market,
        })
    };
    let kind = args.trigger_type.unwrap_or(order::TriggerType::Last);
    Ok(vec![AttachAlgo {
        attach_algo_cl_ord_id: NewOrder::generate_cl_ord_id(),
        legs: Legs {
            tp_ord_px: tp
                .as_ref()
                .map(|_| ord_px(&args.tp_price, "--tp-price"))
                .transpose()?,
            tp_trigger_px_type: tp.as_ref().map(|_| kind),
            tp_trigger_px: tp,
            sl_ord_px: sl
                .as_ref()
                .map(|_| ord_px(&args.sl_price, "--sl-price"))
                .transpose()?,
            sl_trigger_px_type: sl.as_ref().map(|_| kind),
            sl_trigger_px: sl,
        },
    }])
}

fn place(ctx: &Ctx, args: PlaceArgs) -> Result<()> {
    let order = new_order(&args)?;
    let client = ctx.client(Auth::Required)?;
    order::place(&ctx.out, &client, order, args.dry_run)
}

/// The order `--ord-id`/`--cl-ord-id` names, validated.
fn order_ref(a: &cli::OrderIdArgs) -> Result<(String, OrderRef)> {
    let r = OrderRef::from_args(a.ord_id.as_deref(), a.cl_ord_id.as_deref())?;
    Ok((a.inst_id.to_string(), r))
}

fn cancel(ctx: &Ctx, args: CancelArgs) -> Result<()> {
    let (inst_id, r) = order_ref(&args.order)?;
    let client = ctx.client(Auth::Required)?;
    order::cancel(
        &ctx.out,
        &client,
        &CancelOrder { inst_id, order: r },
        args.dry_run,
    )
}

fn amend(ctx: &Ctx, args: AmendArgs) -> Result<()> {
    let (inst_id, r) = order_ref(&args.order)?;
    let amount =
        |v: &Option<String>, flag: &str| v.as_deref().map(|p| Amount::parse(p, flag)).transpose();
    let change = AmendOrder {
        inst_id,
        order: r,
        cxl_on_fail: args.cancel_on_fail,
        req_id: AmendOrder::generate_req_id(),
        new_sz: amount(&args.size, "--size")?,
        new_px: amount(&args.price, "--price")?,
        expire: args.expire,
        ord_id: String::new(),
    };
    let client = ctx.client(Auth::Required)?;
    order::amend(&ctx.out, &client, change, args.dry_run)
}

/// `order get`'s table: one order, a row per OKX field.
const ORDER: &[Column] = &[
    Column::text("instId", Cell::Field("instId")),
    Column::text("ordId", Cell::Field("ordId")),
    Column::text("clOrdId", Cell::Field("clOrdId")),
    Column::text("side", Cell::Field("side")),
    Column::text("ordType", Cell::Field("ordType")),
    Column::text("px", Cell::Field("px")),
    Column::text("sz", Cell::Field("sz")),
    Column::text("tgtCcy", Cell::Field("tgtCcy")),
    Column::text("state", Cell::Field("state")),
    Column::text("accFillSz", Cell::Field("accFillSz")),
    Column::text("avgPx", Cell::Field("avgPx")),
    Column::text("fee", Cell::Field("fee")),
    Column::text("feeCcy", Cell::Field("feeCcy")),
    Column::text("tag", Cell::Field("tag")),
    Column::text("cTime", Cell::Time("cTime")),
    Column::text("uTime", Cell::Time("uTime")),
];

fn get(ctx: &Ctx, args: GetArgs) -> Result<()> {
    let (inst_id, id) = order_ref(&args.order)?;
    let client = ctx.client(Auth::Required)?;
    let Some(order) = lookup(&client, &inst_id, &id)? else {
        return Err(Failure::Api {
            code: "51603".into(),
            msg: "Order does not exist".into(),
            http_status: None,
            hint: None,
        }
        .into());
    };
    ctx.out.item(ORDER, order).context("writing output")?;
    Ok(())
}

/// The listings' table (`order list`, `order history`).
const ORDERS: &[Column] = &[
    Column::text("created", Cell::Time("cTime"))
        .unit("UTC")
        .priority(5),
    Column::text("instrument", Cell::Field("instId")),
    Column::text("side", Cell::Field("side")),
    Column::text("type", Cell::Field("ordType")).priority(3),
    Column::num("price", Cell::Field("px")),
    Column::num("size", Cell::Field("sz")),
    Column::num("filled", Cell::Field("accFillSz")).priority(2),
    Column::text("state", Cell::Field("state")).priority(1),
    Column::text("ordId", Cell::Field("ordId")),
    Column::text("clOrdId", Cell::Field("clOrdId")).priority(4),
];

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    if args.all {
        return all::list(ctx, args);
    }
    let scope = match (&args.inst_id, args.inst_type) {
        (Some(id), _) => format!(" for {}", id.as_str()),
        (None, Some(t)) => format!(" of type {}", t.as_str()),
        (None, None) => String::new(),
    };
    let client = ctx.client(Auth::Required)?;
    let orders = listing::pending(&client, args.inst_type, args.inst_id.as_ref())?;
    if orders.is_empty() && !ctx.nothing_found(&format!("pending orders{scope}")) {
        return Ok(());
    }
    ctx.out.items(ORDERS, orders).context("writing output")?;
    Ok(())
}

fn history(ctx: &Ctx, args: HistoryArgs) -> Result<()> {
    let HistoryArgs {
        inst_id,
        inst_type,
        since,
        until,
    } = args;
    let range = super::statements::order_range(since.as_ref(), until.as_ref())?;
    let inst_type = super::type_of(inst_id.as_ref(), inst_type)?.unwrap_or(InstType::Spot);
    let scope = match &inst_id {
        Some(id) => format!(" for {}", id.as_str()),
        None => format!(" of type {}", inst_type.as_str()),
    };
    let mut req = endpoints::ORDERS_HISTORY
        .request()
        .query("instType", inst_type)
        .signed();
    if let Some(id) = inst_id {
        req = req.query("instId", id);
    }
    let client = ctx.client(Auth::Required)?;
    if let (Some(range), Some(spec)) = (range, &since) {
        return super::statements::orders(ctx, &client, req, range, spec, ORDERS);
    }
    let orders = listing::all_pages(&client, req)?;
    if orders.is_empty()
        && !ctx.nothing_found(&format!("orders completed in the last 7 days{scope}"))
    {
        return Ok(());
    }
    ctx.out.items(ORDERS, orders).context("writing output")?;
    Ok(())
}
