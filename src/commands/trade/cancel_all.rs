//! `okx order cancel-all [INST_ID] [--type T] [--yes]`: the scope checked, the confirmation asked
//! on a terminal (or `--yes` required without one) before anything is sent; the order core's
//! `cancel_all` lists, cancels and verifies.

use std::io::{BufRead, IsTerminal};

use anyhow::Result;

use super::{Auth, Ctx};
use crate::cli::CancelAllArgs;
use crate::error::Failure;
use crate::exchange::order::cancel_all::{self, Scope};
use crate::output::Stderr;

pub(super) fn run(ctx: &Ctx, args: CancelAllArgs) -> Result<()> {
    let CancelAllArgs {
        inst_id,
        inst_type,
        yes,
    } = args;
    if let (Some(id), Some(t)) = (&inst_id, inst_type) {
        if id.inst_type() != t {
            return Err(Failure::Usage(format!(
                "{} is a {} instrument, not {}: drop --type, or give an instrument of that type; nothing was sent",
                id.as_str(),
                id.inst_type().as_str(),
                t.as_str()
            ))
            .into());
        }
    }
    let on_terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !yes && !on_terminal {
        return Err(Failure::Usage(
            "cancel-all asks for confirmation on a terminal; without one (a script or a pipe) add --yes; nothing was sent"
                .into(),
        )
        .into());
    }
    let scope = Scope { inst_type, inst_id };
    let client = ctx.client(Auth::Required)?;
    let listed = scope.pending(&client)?;
    if listed.is_empty() {
        ctx.nothing_found(&format!("pending orders{}", scope.describe()));
        return Ok(());
    }
    if !yes {
        let account = if client.demo() { "DEMO" } else { "LIVE" };
        Stderr::prompt(&format!(
            "cancel {} pending orders{} on the {account} account ({})? type yes to confirm: ",
            listed.len(),
            scope.describe(),
            cancel_all::by_instrument(&listed)
        ));
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            return Err(Failure::Interrupted("not confirmed; nothing was canceled".into()).into());
        }
    }
    cancel_all::run(&ctx.out, &client, &scope, listed)
}
