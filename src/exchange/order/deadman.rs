//! The dead-man's switch: OKX's `cancel-all-after` (derivatives sheet §4.7) armed and kept armed
//! by refreshing it, disarmed (`timeOut` 0) on a clean exit.
//!
//! It changes orders (when it fires, OKX cancels every pending order) but it is idempotent and
//! carries no client ID: arming again only moves the trigger time. So, unlike an order, a lost
//! answer needs no look-up: the next refresh is a resend by design, and a lost disarm is sent
//! again a few times before okx gives up and says loudly that OKX may still cancel everything.
//! Answers are read strictly: code 0 and one item whose `triggerTime` is a time (arming) or `0`
//! (disarming); anything else is not a confirmation.
//!
//! When the last confirmed trigger time passes with no refresh confirmed, the switch has fired
//! and OKX canceled every pending order: okx finds it out by reading OKX's clock after each
//! failed refresh (or from a late refresh whose countdown started after it), says it as an error
//! at once and again at exit, and exits 11 (a wrapped command's exit code stays okx's). A later
//! refresh arms it again, which protects only the orders placed since.
//!
//! `triggerTime`'s unit is a doc conflict (§10.8): the docs' example looks like seconds, every
//! other OKX time is milliseconds. A value below 10^12 (September 2001 in ms) is read as seconds.

use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::interrupt;
use crate::client::{Client, Delivery};
use crate::codes;
use crate::error::Failure;
use crate::exchange::endpoints;
use crate::output::{sanitize, utc_ms, Format, Output, Stderr};
use crate::parse::{change_answer, field, OrderAnswer};

/// Times a lost or unreadable disarm is sent before okx gives up.
const DISARM_TRIES: u32 = 3;
/// Times the first arm (or `--once`) is sent while its answer is lost.
const ARM_TRIES: u32 = 3;
/// After a refresh that did not get through, the next one comes this soon (the endpoint's
/// limit, one per second, is kept by the client's pacing).
const RETRY_SOON: Duration = Duration::from_secs(1);
/// How often the wait between refreshes looks for a signal or the end of the command.
const POLL: Duration = Duration::from_millis(50);
/// How long the command gets to end after okx passes it a SIGTERM, before it is killed.
const CHILD_GRACE: Duration = Duration::from_secs(5);
/// Below this, `triggerTime` is in seconds.
const SECONDS_BELOW: i64 = 1_000_000_000_000;
/// A trigger time further than this from now (beyond the countdown) cannot be an answer to it.
const PLAUSIBLE_MS: i64 = 86_400_000;

/// What the user asked for.
pub(crate) struct Plan {
    /// Seconds, 10 to 120.
    pub timeout_s: u64,
    pub every: Duration,
    pub keep: bool,
    pub once: bool,
    /// The command to run while the switch is armed; empty for none.
    pub command: Vec<std::ffi::OsString>,
}

/// The command that disarms the switch, printed whenever it may be left armed.
const OFF: &str = "okx deadman off";

/// An armed switch, as OKX confirmed it.
struct Armed {
    /// When OKX will cancel, on its clock (ms).
    cancel_at_ms: i64,
    /// How exact `cancel_at_ms` is: 1 ms, or 1000 when OKX answered in seconds.
    precision_ms: i64,
    item: Value,
}

/// What one arming request came to.
enum Arm {
    Armed(Armed),
    /// Not confirmed (lost, unreadable, or refused for a passing reason): it may or may not be
    /// armed; sending it again is safe. `maybe_applied`: the request may have reached OKX and
    /// taken effect (a lost or unreadable answer), not merely failed.
    Unconfirmed {
        why: String,
        maybe_applied: bool,
    },
    /// Refused for good (credentials, permissions, parameters).
    Refused(Failure),
}

/// Why the loop stopped.
enum Stop {
    Signal,
    /// The command ended with this status.
    Command(ExitStatus),
    Failed(anyhow::Error),
}

fn body(timeout_s: u64) -> String {
    json!({ "timeOut": timeout_s.to_string() }).to_string()
}

/// Epoch ms from OKX's `triggerTime` text: digits, seconds below 10^12.
fn trigger_ms(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 16 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = text.parse().ok()?;
    Some(if n < SECONDS_BELOW { n * 1000 } else { n })
}

fn utc(ms: i64) -> String {
    utc_ms(&ms.to_string()).unwrap_or_else(|_| ms.to_string())
}

/// Sends one arm (or, with 0, a disarm) and reads the answer strictly.
fn send(client: &Client, timeout_s: u64) -> Result<Arm> {
    let req = endpoints::CANCEL_ALL_AFTER.post(body(timeout_s));
    Ok(match client.deliver(&req)? {
        Delivery::Answered(status, env) => match change_answer(status, &env) {
            OrderAnswer::Accepted(item) => read_item(client, timeout_s, item),
            OrderAnswer::Rejected(f) => match &f {
                // Busy, rate-limited, unavailable: OKX did not arm it; a "system error" (50026)
                // says nothing about how far it got.
                Failure::Api { code, .. } if codes::is_transient(code) => Arm::Unconfirmed {
                    why: format!("{f}"),
                    maybe_applied: code == "50026",
                },
                _ => Arm::Refused(f),
            },
            OrderAnswer::Ambiguous(why) => Arm::Unconfirmed {
                why,
                maybe_applied: true,
            },
        },
        Delivery::NotSent(why) => Arm::Unconfirmed {
            why: format!("could not connect ({why})"),
            maybe_applied: false,
        },
        Delivery::Lost(why) => Arm::Unconfirmed {
            why,
            maybe_applied: true,
        },
    })
}

/// An accepted item: its `triggerTime` must be `0` for a disarm, a plausible time for an arm.
fn read_item(client: &Client, timeout_s: u64, item: Value) -> Arm {
    let text = field(&item, "triggerTime");
    let shown = sanitize(&text.chars().take(24).collect::<String>());
    if timeout_s == 0 {
        return if text == "0" {
            Arm::Armed(Armed {
                cancel_at_ms: 0,
                precision_ms: 1,
                item,
            })
        } else {
            Arm::Unconfirmed {
                why: format!("OKX answered the disarm with triggerTime {shown:?}, not 0"),
                maybe_applied: true,
            }
        };
    }
    let expected = client.server_now_ms() + timeout_s as i64 * 1000;
    match trigger_ms(text) {
        Some(ms) if (ms - expected).abs() <= PLAUSIBLE_MS => Arm::Armed(Armed {
            cancel_at_ms: ms,
            precision_ms: if text.len() < 13 { 1000 } else { 1 },
            item,
        }),
        _ => Arm::Unconfirmed {
            why: format!(
                "OKX answered with triggerTime {shown:?}, which is not the time of a {timeout_s} s countdown"
            ),
            maybe_applied: true,
        },
    }
}

/// Arms the switch, sending again while the answer is lost (at most `ARM_TRIES` times); `None`
/// when a signal came before it was confirmed.
fn arm_first(client: &Client, timeout_s: u64) -> Result<Option<Armed>> {
    let mut why = String::new();
    for attempt in 1..=ARM_TRIES {
        if interrupt::signalled() {
            return Ok(None);
        }
        match send(client, timeout_s)? {
            Arm::Armed(a) => return Ok(Some(a)),
            Arm::Refused(f) => return Err(f.into()),
            Arm::Unconfirmed { why: w, .. } => {
                Stderr::warn(&format!(
                    "arming the dead-man's switch was not confirmed ({w}); sending it again ({attempt}/{ARM_TRIES})"
                ));
                why = w;
            }
        }
    }
    Err(Failure::UnknownOutcome(format!(
        "arming the dead-man's switch was not confirmed ({why}): it may be armed; disarm it with: {OFF}"
    ))
    .into())
}

/// One line per arm: readable on a terminal, OKX's item with `result` and `cancelAt` otherwise.
fn print(out: &Output, quiet: bool, result: &str, timeout_s: u64, a: &Armed) -> Result<()> {
    let text = if out.format == Format::Table || quiet {
        match result {
            "disarmed" => "disarmed: OKX will not cancel anything".to_string(),
            _ => format!(
                "{result}: OKX cancels every pending order at {} unless refreshed (timeOut {timeout_s} s)",
                utc(a.cancel_at_ms)
            ),
        }
    } else {
        let mut m = serde_json::Map::new();
        m.insert("result".into(), json!(result));
        m.insert("timeOut".into(), json!(timeout_s.to_string()));
        if let Value::Object(item) = &a.item {
            m.extend(item.clone());
        }
        if a.cancel_at_ms > 0 {
            m.insert("cancelAt".into(), json!(utc(a.cancel_at_ms)));
        }
        Value::Object(m).to_string()
    };
    if quiet {
        // The command's stdout is its own.
        Stderr::note(&text);
        return Ok(());
    }
    let mut lines = out.lines().context("writing output")?;
    lines.line(&text).context("writing output")
}

/// What a first and a second signal say while the first arm is in flight.
fn on_signals_arming() {
    interrupt::looping(
        "okx: stopping: finishing the arm in flight, then disarming (press Ctrl-C again to stop now)\n",
        &format!("okx: error: stopped with the first arm in flight: the dead-man's switch may be armed; disarm it with: {OFF}\n"),
    );
}

/// The messages a first and a second signal print while okx keeps the switch armed.
fn on_signals(watch: &Watch, keep: bool) {
    let at = utc(watch.cancel_at);
    if watch.is_fired() {
        let fired =
            format!("the dead-man's switch FIRED at {at}: OKX canceled every pending order then");
        interrupt::looping(
            &format!("okx: stopping ({fired}): disarming it, in case a refresh in flight armed it again\n"),
            &format!("okx: error: stopped; {fired}, and a refresh in flight may have armed it again; disarm it with: {OFF}\n"),
        );
        return;
    }
    let first = if keep {
        format!(
            "okx: stopping; the switch stays armed (--keep): OKX cancels every pending order at {at} unless refreshed; disarm with: {OFF}\n"
        )
    } else {
        format!(
            "okx: stopping: disarming the dead-man's switch (press Ctrl-C again to leave it armed: OKX would cancel every pending order at {at})\n"
        )
    };
    let second = format!(
        "okx: error: stopped with the dead-man's switch ARMED: OKX cancels every pending order at {at} unless it is refreshed or disarmed; disarm it with: {OFF}\n"
    );
    interrupt::looping(&first, &second);
}

/// `okx deadman TIMEOUT`: arms, refreshes until told to stop, disarms (unless `keep`).
pub(crate) fn run(out: &Output, client: &Client, plan: &Plan) -> Result<()> {
    interrupt::arm();
    super::banner(client, false);
    let quiet = !plan.command.is_empty();
    let t = plan.timeout_s;
    // Whether the switch ran out is a question of OKX's clock: okx reads it when a refresh
    // fails, and falls back on this offset when the read fails too.
    if !plan.once && !client.knows_clock() {
        if let Err(e) = client.learn_clock() {
            Stderr::warn(&format!(
                "reading OKX's clock failed ({e:#}); using this machine's"
            ));
        }
    }
    on_signals_arming();
    let Some(first) = arm_first(client, t)? else {
        return finish(out, client, plan, None, None, Stop::Signal);
    };
    let mut watch = Watch::new(&first);
    on_signals(&watch, plan.keep);
    print(out, quiet, "armed", t, &first)?;
    if plan.once {
        interrupt::settled();
        Stderr::note(&format!(
            "armed once: OKX cancels every pending order at {} unless armed again; disarm with: {OFF}",
            utc(watch.cancel_at)
        ));
        return Ok(());
    }
    Stderr::note(&format!(
        "dead-man's switch armed: OKX cancels every pending order at {} unless refreshed; refreshing every {} until {}",
        utc(watch.cancel_at),
        humantime::format_duration(plan.every),
        if quiet { "the command ends or Ctrl-C" } else { "Ctrl-C" }
    ));
    // A signal while the first arm was in flight: stop before starting the command.
    if interrupt::signalled() {
        return finish(out, client, plan, Some(&watch), None, Stop::Signal);
    }
    let mut child = match spawn(&plan.command) {
        Ok(c) => c,
        Err(e) => return finish(out, client, plan, Some(&watch), None, Stop::Failed(e)),
    };
    let mut next = Instant::now() + plan.every;
    let stop = loop {
        if let Some(stop) = wait_until(next, child.as_mut()) {
            break stop;
        }
        let sent = Instant::now();
        match send(client, t) {
            Ok(Arm::Armed(a)) => {
                let fired_at = watch.confirmed(&a, t);
                on_signals(&watch, plan.keep);
                print(out, quiet, "refreshed", t, &a)?;
                if let Some(at) = fired_at {
                    Stderr::warn(&format!(
                        "the dead-man's switch is armed again: OKX cancels every pending order at {} unless refreshed. This protects only the orders placed since it fired: those pending at {} were canceled then",
                        utc(watch.cancel_at),
                        utc(at)
                    ));
                }
                next = sent + plan.every;
            }
            Ok(Arm::Unconfirmed { why, maybe_applied }) => {
                watch.maybe_refreshed |= maybe_applied;
                let fired = watch.fired_now(client);
                if fired {
                    on_signals(&watch, plan.keep);
                }
                Stderr::warn(&format!(
                    "refreshing the dead-man's switch was not confirmed ({why}); trying again: {}",
                    if watch.is_fired() {
                        "a refresh that gets through arms it again".to_string()
                    } else {
                        format!(
                            "OKX cancels every pending order at {} unless a refresh gets through",
                            utc(watch.cancel_at)
                        )
                    }
                ));
                next = Instant::now() + RETRY_SOON;
            }
            Ok(Arm::Refused(f)) => break Stop::Failed(f.into()),
            Err(e) => break Stop::Failed(e),
        }
    };
    finish(out, client, plan, Some(&watch), child, stop)
}

/// What okx knows of the switch while it keeps it armed.
struct Watch {
    /// When OKX cancels, per the last confirmed arm (OKX's clock, ms).
    cancel_at: i64,
    /// How exact `cancel_at` is (1 ms, or 1000 when OKX answered in seconds).
    precision_ms: i64,
    /// A refresh sent since that arm may have reached OKX, unconfirmed (its answer was lost),
    /// and moved the trigger time: a run-out cannot be certain.
    maybe_refreshed: bool,
    /// The trigger times that passed with no refresh confirmed: OKX canceled every pending
    /// order at each (OKX's clock, ms).
    fired: Vec<i64>,
    /// One of those run-outs was not certain (see `maybe_refreshed`).
    unsure: bool,
}

impl Watch {
    fn new(a: &Armed) -> Watch {
        Watch {
            cancel_at: a.cancel_at_ms,
            precision_ms: a.precision_ms,
            maybe_refreshed: false,
            fired: Vec::new(),
            unsure: false,
        }
    }

    /// Whether the switch ran out at `cancel_at` and has not been armed again since.
    fn is_fired(&self) -> bool {
        self.fired.last() == Some(&self.cancel_at)
    }

    /// Records that the switch ran out at `cancel_at` and says so loudly.
    fn fire(&mut self) {
        self.fired.push(self.cancel_at);
        self.unsure |= self.maybe_refreshed;
        Stderr::error(&format!(
            "{}; okx keeps refreshing it: a refresh that gets through arms it again, which protects only the orders placed after that",
            fired_line(&[self.cancel_at], self.maybe_refreshed)
        ));
    }

    /// After a refresh that was not confirmed: whether OKX's clock (read, or estimated from its
    /// offset when the read fails) has passed the trigger time just now, which fires the switch.
    fn fired_now(&mut self, client: &Client) -> bool {
        if self.is_fired() {
            return false;
        }
        let now = client
            .read_server_clock()
            .unwrap_or_else(|_| client.server_now_ms());
        if now < self.cancel_at {
            return false;
        }
        self.fire();
        true
    }

    /// A confirmed arm; the trigger time it replaces when the switch had run out before it.
    fn confirmed(&mut self, a: &Armed, timeout_s: u64) -> Option<i64> {
        // OKX started the new countdown when it processed the refresh: at or after the old
        // trigger time, the old countdown had run out first (a laptop asleep, a stalled okx).
        let processed_at = a.cancel_at_ms - timeout_s as i64 * 1000;
        let slack = self.precision_ms.max(a.precision_ms) - 1;
        if !self.is_fired() && processed_at >= self.cancel_at + slack {
            self.fire();
        }
        let fired_at = self.is_fired().then_some(self.cancel_at);
        self.cancel_at = a.cancel_at_ms;
        self.precision_ms = a.precision_ms;
        self.maybe_refreshed = false;
        fired_at
    }
}

/// The loud line for a switch that ran out at these times.
fn fired_line(at: &[i64], maybe_refreshed: bool) -> String {
    let times = at
        .iter()
        .map(|t| utc(*t))
        .collect::<Vec<_>>()
        .join(", then at ");
    format!(
        "the dead-man's switch has FIRED: no refresh was confirmed in time, so OKX canceled every pending order at {times}{}",
        if maybe_refreshed {
            " (unless a refresh whose answer was lost reached OKX before then)"
        } else {
            ""
        }
    )
}

/// Starts the command, if any, with okx's stdin, stdout and stderr.
fn spawn(command: &[std::ffi::OsString]) -> Result<Option<Child>> {
    let Some((program, args)) = command.split_first() else {
        return Ok(None);
    };
    std::process::Command::new(program)
        .args(args)
        .spawn()
        .map(Some)
        .with_context(|| format!("cannot run {}", sanitize(&program.to_string_lossy())))
}

/// Waits until `at`, a signal or the end of the command, whichever comes first.
fn wait_until(at: Instant, child: Option<&mut Child>) -> Option<Stop> {
    let mut child = child;
    loop {
        if interrupt::signalled() {
            return Some(Stop::Signal);
        }
        if let Some(c) = child.as_deref_mut() {
            match c.try_wait() {
                Ok(Some(status)) => return Some(Stop::Command(status)),
                Ok(None) => {}
                Err(e) => {
                    return Some(Stop::Failed(
                        anyhow::Error::new(e).context("watching the command"),
                    ))
                }
            }
        }
        let now = Instant::now();
        if now >= at {
            return None;
        }
        std::thread::sleep(POLL.min(at - now));
    }
}

/// Ends the command if it still runs: a SIGTERM, then a kill after a grace period.
fn end_child(child: &mut Child) -> Option<ExitStatus> {
    if let Ok(Some(status)) = child.try_wait() {
        return Some(status);
    }
    #[cfg(unix)]
    {
        // SAFETY: sends a signal to the process okx started and has not yet reaped.
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
        }
        let until = Instant::now() + CHILD_GRACE;
        while Instant::now() < until {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(POLL);
        }
    }
    let _ = child.kill();
    child.wait().ok()
}

/// The exit code a shell would give for the command's status.
fn exit_code(status: ExitStatus) -> u8 {
    if let Some(c) = status.code() {
        return u8::try_from(c & 0xff).unwrap_or(1);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return u8::try_from((128 + sig) & 0xff).unwrap_or(1);
        }
    }
    1
}

/// Stops the command, disarms the switch unless `--keep` (or `--once`), and chooses the exit:
/// a switch that fired is said again last; it is okx's exit (11) unless a command ran, whose
/// exit code stays okx's.
fn finish(
    out: &Output,
    client: &Client,
    plan: &Plan,
    watch: Option<&Watch>,
    mut child: Option<Child>,
    stop: Stop,
) -> Result<()> {
    let status = match (&stop, child.as_mut()) {
        (Stop::Command(s), _) => Some(*s),
        (_, Some(c)) => end_child(c),
        (_, None) => None,
    };
    let quiet = !plan.command.is_empty();
    let disarm = match watch {
        Some(w) if plan.keep && w.is_fired() => {
            Stderr::note(&format!(
                "the dead-man's switch is left as it is (--keep): it fired at {} and no refresh since was confirmed; disarm with: {OFF}",
                utc(w.cancel_at)
            ));
            Ok(())
        }
        Some(w) if plan.keep => {
            Stderr::note(&format!(
                "the dead-man's switch stays armed (--keep): OKX cancels every pending order at {} unless armed again; disarm with: {OFF}",
                utc(w.cancel_at)
            ));
            Ok(())
        }
        _ => disarm(out, client, quiet, watch.map(|w| w.cancel_at)),
    };
    interrupt::settled();
    if let (Err(_), Stop::Failed(e)) = (&disarm, &stop) {
        Stderr::warn(&format!("{e:#}"));
    }
    let result = disarm.and_then(|()| match stop {
        Stop::Failed(e) => Err(e.context("keeping the dead-man's switch armed")),
        Stop::Command(s) if !s.success() => Err(Failure::Command {
            code: exit_code(s),
            msg: format!("the command ended with {s}"),
        }
        .into()),
        _ => match status {
            Some(s) if !s.success() => Err(Failure::Command {
                code: exit_code(s),
                msg: format!("the command ended with {s}"),
            }
            .into()),
            _ => Ok(()),
        },
    });
    let Some(fired) = watch
        .filter(|w| !w.fired.is_empty())
        .map(|w| fired_line(&w.fired, w.unsure))
    else {
        return result;
    };
    if quiet || result.is_err() {
        // The command's exit code (or the failure's) stays okx's; the line is said again last.
        Stderr::error(&fired);
        return result;
    }
    Err(Failure::Fired(fired).into())
}

/// Disarms the switch (timeOut 0), sending again while the answer is lost; `armed_until` is the
/// last trigger time known, for the message when it cannot be confirmed.
fn disarm(out: &Output, client: &Client, quiet: bool, armed_until: Option<i64>) -> Result<()> {
    let mut why = String::new();
    for attempt in 1..=DISARM_TRIES {
        match send(client, 0)? {
            Arm::Armed(a) => return print(out, quiet, "disarmed", 0, &a),
            Arm::Refused(f) => {
                return Err(anyhow::Error::new(f).context(format!(
                    "OKX refused to disarm the dead-man's switch, so it is still armed{}; disarm it with: {OFF}",
                    armed_until
                        .map(|at| format!(": OKX cancels every pending order at {}", utc(at)))
                        .unwrap_or_default()
                )))
            }
            Arm::Unconfirmed { why: w, .. } => {
                if attempt < DISARM_TRIES {
                    Stderr::warn(&format!(
                        "disarming the dead-man's switch was not confirmed ({w}); sending it again ({}/{DISARM_TRIES})",
                        attempt + 1
                    ));
                }
                why = w;
            }
        }
    }
    Err(Failure::UnknownOutcome(format!(
        "the dead-man's switch MAY STILL BE ARMED: disarming it was not confirmed after {DISARM_TRIES} tries ({why}){}; disarm it with: {OFF}",
        armed_until
            .map(|at| format!("; OKX may cancel every pending order at {}", utc(at)))
            .unwrap_or_default()
    ))
    .into())
}

/// `okx deadman off`: disarms the switch.
pub(crate) fn off(out: &Output, client: &Client) -> Result<()> {
    interrupt::looping(
        "okx: interrupted: finishing the disarm in flight (seconds); press Ctrl-C again to stop now\n",
        &format!("okx: error: stopped before the disarm was confirmed: the dead-man's switch may still be armed; run {OFF} again\n"),
    );
    super::banner(client, false);
    disarm(out, client, false, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_times_in_seconds_or_milliseconds() {
        assert_eq!(trigger_ms("1587971460"), Some(1_587_971_460_000));
        assert_eq!(trigger_ms("1587971460123"), Some(1_587_971_460_123));
        assert_eq!(trigger_ms("999999999999"), Some(999_999_999_999_000));
        assert_eq!(trigger_ms("1000000000000"), Some(1_000_000_000_000));
        for bad in ["", "-1", "1.5e12", "12345678901234567", " 1"] {
            assert_eq!(trigger_ms(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_body_is_okx_spelling() {
        assert_eq!(body(60), r#"{"timeOut":"60"}"#);
        assert_eq!(body(0), r#"{"timeOut":"0"}"#);
    }
}
