//! `okx deadman`: OKX's dead-man's switch (cancel-all-after), order-changing, through the order
//! core.

use std::ffi::OsString;
use std::time::Duration;

use clap::Args;

use super::parse;

/// The countdown asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Countdown {
    /// Disarm the switch.
    Off,
    /// Whole seconds, 10 to 120.
    Secs(u64),
}

#[derive(Debug, Args)]
pub(crate) struct DeadmanArgs {
    /// How long OKX waits for the next refresh before canceling every pending order: 10s to 2m
    /// (OKX's range; whole seconds), or `off` to disarm the switch
    #[arg(value_name = "TIMEOUT", value_parser = parse::deadman_timeout())]
    pub countdown: Countdown,

    /// How often to refresh the switch: less than TIMEOUT, at least 1s (OKX takes one request
    /// per second) [default: a third of TIMEOUT]
    #[arg(
        long,
        value_name = "DURATION",
        value_parser = parse::duration(Duration::from_secs(1), Duration::from_secs(120))
    )]
    pub every: Option<Duration>,

    /// Leave the switch armed on a clean exit (OKX then cancels every order at the printed time)
    #[arg(long)]
    pub keep: bool,

    /// Arm it once and exit, leaving it armed
    #[arg(long, conflicts_with_all = ["every", "keep", "command"])]
    pub once: bool,

    /// A command to run while the switch is kept armed (after `--`); okx exits with its exit
    /// code once the switch is disarmed
    #[arg(last = true, value_name = "CMD")]
    pub command: Vec<OsString>,
}
