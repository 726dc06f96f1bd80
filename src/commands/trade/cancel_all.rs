//! `okx order cancel-all [INST_ID] [--type T] [--algo] [--yes]`: the scope checked, the confirmation asked
//! on a terminal (or `--yes` required without one) before anything is sent; the order core's
//! `cancel_all` lists, cancels and verifies.

use std::io::{BufRead, IsTerminal};

use anyhow::Result;

use super::{Auth, Ctx};
use crate::cli::CancelAllArgs;
use crate::error::Failure;
use crate::exchange::order::cancel_all::{self, Scope, Target};
use crate::output::Stderr;

pub(super) fn run(ctx: &Ctx, args: CancelAllArgs) -> Result<()> {
    let CancelAllArgs {
        inst_id,
        inst_type,
        yes,
        algo,
    } = args;
    super::super::type_of(inst_id.as_ref(), inst_type)?;
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
    // Algo orders first: one that fires while they are swept places an ordinary order, which
    // the sweep of ordinary orders after it then cancels.
    let mut targets = Vec::new();
    if algo {
        targets.push(Target::Algos);
    }
    targets.push(Target::Orders);
    let mut listed = Vec::new();
    for t in targets {
        listed.push((t, scope.pending(&client, t)?));
    }
    let count: usize = listed.iter().map(|(_, l)| l.len()).sum();
    if count == 0 {
        let what = if algo {
            "pending orders or algo orders"
        } else {
            "pending orders"
        };
        ctx.nothing_found(&format!("{what}{}", scope.describe()));
        if !algo {
            // A stop left behind can still fire: say so even when no ordinary order is pending.
            cancel_all::warn_algos_left(&client, &scope);
        }
        return Ok(());
    }
    if !yes {
        let account = if client.demo() { "DEMO" } else { "LIVE" };
        let what: Vec<String> = listed
            .iter()
            .filter(|(_, l)| !l.is_empty())
            .map(|(t, l)| format!("{} pending {}", l.len(), t.noun()))
            .collect();
        let all: Vec<serde_json::Value> = listed.iter().flat_map(|(_, l)| l.clone()).collect();
        Stderr::prompt(&format!(
            "cancel {}{} on the {account} account ({})? type yes to confirm: ",
            what.join(" and "),
            scope.describe(),
            cancel_all::by_instrument(&all)
        ));
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            return Err(Failure::Interrupted("not confirmed; nothing was canceled".into()).into());
        }
    }
    cancel_all::run(&ctx.out, &client, &scope, listed)
}
