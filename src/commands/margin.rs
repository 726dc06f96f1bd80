//! `okx margin add|reduce`: the arguments become the order core's margin change
//! (`exchange::order::margin`).

use anyhow::Result;

use super::{Auth, Ctx};
use crate::cli::{MarginArgs, MarginCommand};
use crate::error::Failure;
use crate::exchange::instrument::InstType;
use crate::exchange::order::margin::{self, Direction, MarginWish};
use crate::exchange::order::Amount;

pub(crate) fn run(ctx: &Ctx, cmd: MarginCommand) -> Result<()> {
    match cmd {
        MarginCommand::Add(a) => adjust(ctx, Direction::Add, a),
        MarginCommand::Reduce(a) => adjust(ctx, Direction::Reduce, a),
    }
}

fn adjust(ctx: &Ctx, direction: Direction, args: MarginArgs) -> Result<()> {
    let t = args.inst_id.inst_type();
    if !matches!(t, InstType::Swap | InstType::Futures) {
        return Err(Failure::Usage(format!(
            "{} is a {t} instrument: okx margin changes the margin of isolated SWAP and FUTURES \
             positions",
            args.inst_id
        ))
        .into());
    }
    let client = ctx.client(Auth::Required)?;
    margin::adjust(
        &ctx.out,
        &client,
        MarginWish {
            inst_id: args.inst_id.to_string(),
            direction,
            amt: Amount::from_decimal(args.amount),
            pos_side: args.pos_side,
        },
        args.dry_run,
    )
}
