//! One file per command group. Each turns clap `Args` into plain values, validates what clap
//! cannot, calls the client or a pure module, and hands rows to the output layer. None prints
//! with `println!`: output goes through `Output`, messages through `Stderr`.

mod meta;
mod sign;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::config::{Config, Flags};
use crate::error::Failure;
use crate::output::{Output, Stderr};

/// What every command may need, decided once. Configuration is loaded only by the commands that
/// use it, so `okx completions` works even next to a broken `.env`.
pub struct Ctx {
    pub out: Output,
    flags: Flags,
}

/// The process environment, read one variable at a time so nothing else leaks in.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

impl Ctx {
    pub fn new(global: &GlobalArgs) -> Ctx {
        Ctx {
            out: Output::decide(global.output, global.json),
            flags: Flags {
                env_file: global.env_file.clone(),
                api_key: global.api_key.clone(),
                base_url: global.base_url.clone(),
                demo: match (global.demo, global.live) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
            },
        }
    }

    /// Loads the configuration and prints its warnings once.
    pub fn config(&self) -> Result<Config, Failure> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
        let config = Config::load(&self.flags, &env_var, &cwd)?;
        for w in &config.warnings {
            Stderr::warn(w);
        }
        Ok(config)
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx::new(&cli.global);
    match cli.command {
        Command::Sign(args) => sign::run(&ctx, args),
        Command::Config => meta::config(&ctx),
        Command::Errors(args) => meta::errors(&ctx, args),
        Command::Completions(args) => meta::completions(args),
    }
}
