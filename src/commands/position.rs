//! `okx position close`: the arguments become the order core's close (`exchange::order::position`).

use anyhow::Result;

use super::{Auth, Ctx};
use crate::cli::{CloseArgs, PositionCommand};
use crate::error::Failure;
use crate::exchange::instrument::InstType;
use crate::exchange::order::position::{self, CloseWish};

pub(crate) fn run(ctx: &Ctx, cmd: PositionCommand) -> Result<()> {
    match cmd {
        PositionCommand::Close(a) => close(ctx, a),
    }
}

fn close(ctx: &Ctx, args: CloseArgs) -> Result<()> {
    let t = args.inst_id.inst_type();
    if !matches!(t, InstType::Swap | InstType::Futures) {
        return Err(Failure::Usage(format!(
            "{} is a {t} instrument: okx position close closes SWAP and FUTURES positions",
            args.inst_id
        ))
        .into());
    }
    let client = ctx.client(Auth::Required)?;
    position::close(
        &ctx.out,
        &client,
        CloseWish {
            inst_id: args.inst_id.to_string(),
            pos_side: args.pos_side,
            mgn_mode: args.mgn_mode,
            auto_cxl: args.cancel_pending,
            cl_ord_id: args.cl_ord_id,
        },
        args.dry_run,
    )
}
