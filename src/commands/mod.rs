//! One file per command group. Each turns clap `Args` into plain values, validates what clap
//! cannot, calls the client or a pure module, and hands rows to the output layer. None prints
//! with `println!`: output goes through `Output`, messages through `Stderr`.

pub mod account;
mod account_info;
mod algo;
mod api;
mod asset;
mod candles;
mod deadman;
mod funding;
mod margin;
mod mark;
pub mod market;
mod meta;
mod position;
mod positions;
mod range;
mod sign;
mod statements;
mod trade;
mod trades;
mod watch;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::client::{Client, ClientOptions};
use crate::config::{Config, Flags};
use crate::error::Failure;
use crate::output::{Format, Output, Stderr};

/// What every command may need, decided once. Configuration is loaded only by the commands that
/// use it, so `okx completions` works even next to a broken `.env`.
pub(crate) struct Ctx {
    pub out: Output,
    /// The output format the command line asked for (`-o`), if it did.
    pub format_flag: Option<Format>,
    flags: Flags,
    /// Loaded on first use, once, so its warnings print once.
    config: std::cell::OnceCell<Config>,
}

/// Whether a command needs credentials for its client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Auth {
    /// Public data only: no credentials are read or sent.
    None,
    /// Signed requests: a missing credential is a configuration error.
    Required,
}

/// The process environment, read one variable at a time so nothing else leaks in.
pub(crate) fn env_var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

impl Ctx {
    pub(crate) fn new(global: &GlobalArgs) -> Ctx {
        Ctx {
            out: Output::decide(global.output, global.json),
            format_flag: global.output,
            flags: Flags {
                env_file: global.env_file.clone(),
                api_key: global.api_key.clone(),
                base_url: global.base_url.clone(),
                demo: match (global.demo, global.live) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
                audit_log: global.audit_log.clone(),
                ws_url: global.ws_url.clone(),
                timeout: global.timeout,
            },
            config: std::cell::OnceCell::new(),
        }
    }

    /// An HTTP client for the configured base URL. Validates, for signed commands, the
    /// credentials, before anything is sent.
    pub(crate) fn client(&self, auth: Auth) -> Result<Client> {
        let config = self.config()?;
        let credentials = match auth {
            Auth::Required => Some(config.credentials(&env_var)?),
            Auth::None => None,
        };
        Client::new(ClientOptions {
            base_url: config.base_url.value.clone(),
            demo: config.demo.value,
            credentials,
            timeout: config.timeout.value,
            audit_log: config.audit_log.as_ref().map(|s| s.value.clone()),
        })
    }

    /// An empty answer, said on stderr (`no SWAP tickers found`) rather than left to a bare
    /// table header. Returns whether the empty result is still printed: JSON's `[]`, NDJSON's
    /// nothing and CSV's header are what a script expects; a table without rows is not.
    pub(crate) fn nothing_found(&self, what: &str) -> bool {
        Stderr::note(&format!("no {what} found"));
        self.out.format != Format::Table
    }

    /// The configuration, loaded (and its warnings printed) on first use.
    pub(crate) fn config(&self) -> Result<&Config, Failure> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
        let config = Config::load(&self.flags, &env_var, &cwd)?;
        for w in &config.warnings {
            Stderr::warn(w);
        }
        Ok(self.config.get_or_init(|| config))
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx::new(&cli.global);
    let result = match cli.command {
        Command::Market(cmd) => market::run(&ctx, cmd),
        Command::Mark(cmd) => mark::run(&ctx, cmd),
        Command::Candles(args) => candles::run(&ctx, args),
        Command::Trades(args) => trades::run(&ctx, args),
        Command::Funding(args) => funding::run(&ctx, args),
        Command::Fills(args) => statements::fills(&ctx, args),
        Command::Bills(args) => statements::bills(&ctx, args),
        // `okx balance --all` shows the funding account too: asset.rs owns both sides.
        Command::Account(crate::cli::AccountCommand::Balance(a)) if a.all => {
            asset::balance_all(&ctx, a)
        }
        Command::Account(cmd) => account::run(&ctx, cmd),
        Command::Asset(cmd) => asset::run(&ctx, cmd),
        Command::AccountInfo(cmd) => account_info::run(&ctx, cmd),
        Command::Positions(args) => positions::run(&ctx, args),
        Command::Order(cmd) => trade::run(&ctx, cmd),
        Command::Position(cmd) => position::run(&ctx, cmd),
        Command::Algo(cmd) => algo::run(&ctx, cmd),
        Command::Margin(cmd) => margin::run(&ctx, cmd),
        Command::Deadman(args) => deadman::run(&ctx, args),
        Command::Watch(args) => watch::run(&ctx, args),
        Command::Api(args) => api::run(&ctx, args),
        Command::Sign(args) => sign::run(&ctx, args),
        Command::Meta(cmd) => meta::run(&ctx, cmd),
    };
    result.map_err(|err| ctx.explain(err))
}

impl Ctx {
    /// Adds what only the configuration can tell to an OKX refusal: a 50113 (invalid signature)
    /// when the secret key has whitespace around it, which okx uses as set (`okx sign --debug`
    /// spots the same).
    fn explain(&self, mut err: anyhow::Error) -> anyhow::Error {
        let secret_padded = self
            .config
            .get()
            .and_then(|c| c.secret_key.as_ref())
            .is_some_and(|s| s.value.expose() != s.value.expose().trim());
        if let Some(Failure::Api { code, hint, .. }) = err.downcast_mut::<Failure>() {
            if code == "50113" && secret_padded && hint.is_none() {
                *hint = Some(
                    "OKX_SECRET_KEY has leading or trailing whitespace, which is signed with it: remove it (okx sign --debug shows it)"
                        .into(),
                );
            }
        }
        err
    }
}

/// The instrument type a command works on: `--type`, or the instrument's own; a `--type` that
/// is not the instrument's is a usage error (it would ask OKX for nothing, silently).
pub(crate) fn type_of(
    inst_id: Option<&crate::exchange::instrument::InstId>,
    inst_type: Option<crate::exchange::instrument::InstType>,
) -> Result<Option<crate::exchange::instrument::InstType>, crate::error::Failure> {
    match (inst_id, inst_type) {
        (Some(id), Some(t)) if id.inst_type() != t => Err(crate::error::Failure::Usage(format!(
            "{} is a {} instrument, not {}: drop --type, or give an instrument of that type; nothing was sent",
            id.as_str(),
            id.inst_type().as_str(),
            t.as_str()
        ))),
        (_, Some(t)) => Ok(Some(t)),
        (Some(id), None) => Ok(Some(id.inst_type())),
        (None, None) => Ok(None),
    }
}
