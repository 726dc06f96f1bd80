//! The few failure kinds that decide an exit code or a hint, and the exit-code table itself.
//! Everything else travels as `anyhow::Error` with context; `main` asks `exit_code` once.

use std::fmt;

use crate::codes;

/// Exit codes, documented in `okx --help` (see `EXIT_CODES_HELP`) and the README.
pub mod exit {
    pub const OK: u8 = 0;
    /// A check failed (`okx sign --verify` found no match) or an unexpected internal error.
    pub const FAILED: u8 = 1;
    /// Bad command line or input value; nothing was sent.
    pub const USAGE: u8 = 2;
    /// Configuration: missing or malformed credentials, `.env`, `OKX_*` values; nothing was sent.
    pub const CONFIG: u8 = 3;
    /// OKX refused the credentials: key, signature, timestamp, passphrase, IP, permission.
    pub const AUTH: u8 = 4;
    /// OKX rejected the request (any other error code, including per-order sCode failures).
    pub const API: u8 = 5;
    /// Network, HTTP or transient failure (unreachable, timeout, non-JSON, 5xx, rate limit,
    /// system busy): trying again later may succeed.
    pub const NETWORK: u8 = 6;
    /// An order-changing request may or may not have taken effect; check before retrying.
    pub const UNKNOWN_OUTCOME: u8 = 7;
    /// The order was placed, but OKX canceled it without filling any of it (an IOC or FOK with
    /// no match, a post-only that would have taken liquidity, a market order with no liquidity).
    pub const UNFILLED: u8 = 8;
    /// `okx candles`, `okx trades` or `okx funding` with `--strict`: OKX's data has gaps in the range (still missing after asking
    /// again); the rows OKX has were written and the gaps listed on stderr.
    pub const INCOMPLETE: u8 = 9;
    /// `okx order batch`: some rows took effect and some did not (each row's outcome is printed);
    /// `okx order cancel-all`: orders still pending after every round.
    pub const PARTIAL: u8 = 10;
    /// `okx deadman`: the switch ran out with no refresh confirmed in time, so OKX canceled
    /// every pending order (the time is printed).
    pub const FIRED: u8 = 11;
    /// Interrupted (Ctrl-C, SIGTERM) before any order-changing request was sent.
    pub const INTERRUPTED: u8 = 130;
}

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  a check failed (okx sign --verify: no match) or an unexpected error
  2  bad command line or input value; nothing was sent
  3  configuration: missing or malformed credential, .env or OKX_* value; nothing was sent
  4  authentication: OKX refused the key, signature, timestamp, passphrase, IP or permission
  5  OKX rejected the request (its error code and meaning are printed)
  6  network, HTTP or transient failure (timeout, 5xx, rate limit), or an order definitely
     not placed: retrying later may succeed
  7  outcome unknown: an order may or may not exist; run the printed command to check
  8  the order was placed but OKX canceled it unfilled (IOC/FOK with no match, post-only
     that would have taken liquidity)
  9  okx candles|trades|funding --strict: OKX's data has gaps in the range (the rows it has were written,
     the gaps are listed)
 10  okx order batch: some rows took effect, some did not (each row's outcome is printed);
    okx order cancel-all: orders are still pending after every round (they are named)
 11  okx deadman: the switch fired (no refresh confirmed in time): OKX canceled every
     pending order at the printed time
130  interrupted (Ctrl-C, SIGTERM, SIGHUP) before an order-changing request was sent
okx deadman ... -- CMD exits with CMD's exit code once the switch is disarmed (a switch
that fired is then reported on stderr, not in the exit code)";

/// A failure whose kind matters to the exit code or the hint.
#[derive(Debug)]
pub enum Failure {
    /// A value the user gave is unusable. The message names it and the fix.
    Usage(String),
    Config(String),
    /// A check the user asked for did not pass (e.g. `--verify`); the report is already printed.
    Check(String),
    /// OKX answered with a non-zero code. `code` is the base code (`51008`, not `51008_1000`).
    Api {
        code: String,
        msg: String,
        http_status: Option<u16>,
        /// A hint that depends on the situation, e.g. whitespace found in the secret.
        hint: Option<String>,
    },
    Network(String),
    UnknownOutcome(String),
    /// Placed, then canceled by OKX with nothing filled.
    Unfilled(String),
    /// The data asked for has gaps, and the user asked for all of it (`--strict`).
    Incomplete(String),
    /// A signal came before an order-changing request was sent.
    Interrupted(String),
    /// A batch of which some rows took effect and some did not.
    Partial(String),
    /// The dead-man's switch ran out: OKX canceled every pending order.
    Fired(String),
    /// The command okx ran (`okx deadman 60s -- CMD`) failed: its exit code is okx's.
    Command {
        code: u8,
        msg: String,
    },
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => exit::USAGE,
            Failure::Config(_) => exit::CONFIG,
            Failure::Check(_) => exit::FAILED,
            Failure::Api { code, .. } => codes::exit_code_for(code),
            Failure::Network(_) => exit::NETWORK,
            Failure::UnknownOutcome(_) => exit::UNKNOWN_OUTCOME,
            Failure::Unfilled(_) => exit::UNFILLED,
            Failure::Incomplete(_) => exit::INCOMPLETE,
            Failure::Interrupted(_) => exit::INTERRUPTED,
            Failure::Partial(_) => exit::PARTIAL,
            Failure::Fired(_) => exit::FIRED,
            Failure::Command { code, .. } => *code,
        }
    }

    /// Extra lines printed after the error, each as `hint: …`: the situation's hint, else the
    /// code's (an algo order's 51603 is not an ordinary order's; a transfer's 51000 is not about
    /// posSide).
    pub fn hints(&self) -> Vec<String> {
        match self {
            // The situation's hint, when there is one, replaces the code's general one: it
            // knows what was sent (a transfer's 51000 is not about posSide).
            Failure::Api { hint: Some(h), .. } => vec![h.clone()],
            Failure::Api { code, .. } => codes::lookup(code)
                .and_then(|i| i.hint)
                .map(str::to_string)
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m)
            | Failure::Config(m)
            | Failure::Check(m)
            | Failure::Network(m)
            | Failure::UnknownOutcome(m)
            | Failure::Unfilled(m)
            | Failure::Incomplete(m)
            | Failure::Interrupted(m)
            | Failure::Partial(m)
            | Failure::Fired(m)
            | Failure::Command { msg: m, .. } => f.write_str(m),
            Failure::Api {
                code,
                msg,
                http_status,
                ..
            } => f.write_str(&codes::describe(code, msg, *http_status)),
        }
    }
}

impl std::error::Error for Failure {}

/// The exit code for any error: the first `Failure` in the chain decides; a closed stdout is a
/// success (`okx … | head`); anything else is an unexpected failure.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return exit::OK;
    }
    err.chain()
        .find_map(|e| e.downcast_ref::<Failure>())
        .map(Failure::exit_code)
        .unwrap_or(exit::FAILED)
}

pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// A command-line error from clap as one line, keeping its allowed values and tip:
/// `invalid value 'sel' for '<SIDE>' [possible values: buy, sell]`.
pub fn one_line_usage(err: &clap::Error) -> String {
    let text = err.render().to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut msg = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches("error:")
        .trim()
        .to_string();
    for l in lines.take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more")) {
        msg.push(' ');
        msg.push_str(l);
    }
    msg.push_str("; see --help");
    msg
}

pub fn hints(err: &anyhow::Error) -> Vec<String> {
    err.chain()
        .find_map(|e| e.downcast_ref::<Failure>())
        .map(Failure::hints)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_codes_choose_exit_codes() {
        let api = |code: &str| Failure::Api {
            code: code.into(),
            msg: String::new(),
            http_status: None,
            hint: None,
        };
        assert_eq!(api("50113").exit_code(), exit::AUTH);
        assert_eq!(api("50119").exit_code(), exit::AUTH);
        assert_eq!(api("51008").exit_code(), exit::API);
        assert_eq!(api("50011").exit_code(), exit::NETWORK);
        assert_eq!(api("51149").exit_code(), exit::UNKNOWN_OUTCOME);
    }

    #[test]
    fn broken_pipe_is_success() {
        let err = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing output");
        assert_eq!(exit_code(&err), exit::OK);
    }
}
