//! The `okx-sim` binary: starts the stand-in on a fixed port, prints the URL and the test
//! credentials in a paste-able form, and serves until killed.
//!
//! `okx-sim [--port 8765] [--no-rate-limits] [--history-cap 100] [--funding-history-cap 100]
//!  [--max-pending N] [--clock-offset-ms N] [--seed N]
//!  [--exec CMD]`
//!
//! `--exec CMD` starts the stand-in on a free port, runs `sh -c CMD` with `OKX_BASE_URL`,
//! `OKX_WS_URL` and the live test account's credentials in its environment, and exits with its status: one command
//! for a newcomer (or a benchmark) to try okx with no keys and no internet.

use std::process::ExitCode;

use okx_sim::{Account, Sim, SimConfig};

const USAGE: &str = "usage: okx-sim [--port N] [--no-rate-limits] [--history-cap N] [--funding-history-cap N] [--max-pending N] [--clock-offset-ms N] [--seed N] [--exec CMD]";

fn parse_args(args: &[String]) -> Result<(SimConfig, Option<String>), String> {
    let mut config = SimConfig {
        port: 8765,
        ..SimConfig::default()
    };
    let mut exec = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value"))
                .cloned()
        };
        let bad = |name: &str, v: &str| format!("{name}: invalid value {v:?}");
        match flag.as_str() {
            "--port" => {
                let v = value(flag)?;
                config.port = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--history-cap" => {
                let v = value(flag)?;
                config.history_candles_cap = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--funding-history-cap" => {
                let v = value(flag)?;
                config.funding_history_cap = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--max-pending" => {
                let v = value(flag)?;
                config.max_pending_orders = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--clock-offset-ms" => {
                let v = value(flag)?;
                config.clock_offset_ms = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--seed" => {
                let v = value(flag)?;
                config.seed = v.parse().map_err(|_| bad(flag, &v))?;
            }
            "--no-rate-limits" => config.rate_limits = false,
            "--exec" => exec = Some(value(flag)?),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if exec.is_some() && !args.iter().any(|a| a == "--port") {
        // A free port, so --exec never collides with a stand-in already running.
        config.port = 0;
    }
    Ok((config, exec))
}

/// Runs `cmd` against the stand-in and returns its exit status.
fn exec(sim: &Sim, cmd: &str) -> ExitCode {
    let live = Account::live();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .env("OKX_BASE_URL", sim.base_url())
        .env("OKX_WS_URL", sim.ws_url())
        .env("OKX_API_KEY", &live.api_key)
        .env("OKX_SECRET_KEY", &live.secret_key)
        .env("OKX_PASSPHRASE", &live.passphrase)
        .env_remove("OKX_DEMO")
        .status();
    match status {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("okx-sim: cannot run {cmd:?}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn credentials(label: &str, a: &Account) {
    println!("# {label} (uid {})", a.uid);
    println!("OKX_API_KEY={}", a.api_key);
    println!("OKX_SECRET_KEY={}", a.secret_key);
    println!("OKX_PASSPHRASE={}", a.passphrase);
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let (config, command) = match parse_args(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("okx-sim: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let accounts = config.accounts.clone();
    let sim = match Sim::start(config) {
        Ok(sim) => sim,
        Err(e) => {
            eprintln!("okx-sim: cannot listen: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(cmd) = command {
        eprintln!("okx-sim: serving {} for: {cmd}", sim.base_url());
        return exec(&sim, &cmd);
    }
    println!("okx-sim listening on {}", sim.base_url());
    println!("OKX_BASE_URL={}", sim.base_url());
    println!("OKX_WS_URL={}", sim.ws_url());
    for a in &accounts {
        let label = if a.demo {
            "demo trading key: also set OKX_DEMO=1 (sends x-simulated-trading: 1)"
        } else {
            "live key"
        };
        credentials(label, a);
    }
    loop {
        std::thread::park();
    }
}
