//! `okx deadman`: OKX's dead-man's switch, through the order core (`exchange::order::deadman`).

use std::time::Duration;

use anyhow::Result;

use super::{Auth, Ctx};
use crate::cli::{Countdown, DeadmanArgs};
use crate::error::Failure;
use crate::exchange::order::deadman::{self, Plan};

pub(crate) fn run(ctx: &Ctx, args: DeadmanArgs) -> Result<()> {
    let Countdown::Secs(timeout_s) = args.countdown else {
        if args.every.is_some() || args.keep || args.once || !args.command.is_empty() {
            return Err(Failure::Usage(
                "okx deadman off takes no --every, --keep, --once or command: it only disarms the switch"
                    .into(),
            )
            .into());
        }
        return deadman::off(&ctx.out, &ctx.client(Auth::Required)?);
    };
    let timeout = Duration::from_secs(timeout_s);
    // A third of the countdown leaves two refreshes to get through before OKX cancels.
    let every = args.every.unwrap_or(timeout / 3);
    if every >= timeout {
        return Err(Failure::Usage(format!(
            "--every {} is not shorter than the countdown {}: the switch would run out between refreshes; give a shorter --every (default: a third, {})",
            humantime::format_duration(every),
            humantime::format_duration(timeout),
            humantime::format_duration(timeout / 3)
        ))
        .into());
    }
    let plan = Plan {
        timeout_s,
        every,
        keep: args.keep,
        once: args.once,
        command: args.command,
    };
    deadman::run(&ctx.out, &ctx.client(Auth::Required)?, &plan)
}
