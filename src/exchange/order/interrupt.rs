//! Signals around an order-changing request. Dying while it is in flight would leave the
//! trader with no idea whether the order exists, so:
//! - before anything is sent (`arm`), Ctrl-C, SIGTERM or SIGHUP end okx at once, exit 130;
//! - while it is in flight (`guard`), the first only says that okx is finishing the bounded
//!   look-up of the outcome; a second exits at once: outcome `unknown` (exit 7), the `unknown`
//!   result and the exact command to check on stderr;
//! - once the outcome is known (the guard dropped), a signal is ignored: okx is only printing it
//!   and exiting with its code, which a script must get;
//! - while a loop keeps a change in force (`looping`: the dead-man's switch), the first asks it
//!   to stop cleanly (undo the change, then exit), the second exits at once, outcome `unknown`
//!   (exit 7), saying what is left in force and how to undo it.
//!
//! The handler writes with `write(2)` on file descriptor 2, never through Rust's locked stdout
//! or stderr, which the main thread may hold while blocked on a full pipe.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

use crate::error::exit;

#[derive(Clone)]
enum State {
    /// Nothing sent yet.
    Idle,
    /// The check command and the `unknown` result line of the request in flight.
    InFlight { check: String, unknown: String },
    /// The outcome is known and being printed.
    Reported,
    /// A loop keeps a change in force: what to say at the first signal (a stop is asked for)
    /// and at the second (okx exits, leaving the change in force).
    Looping { first: String, second: String },
}

static SIGNALS: AtomicUsize = AtomicUsize::new(0);
static STATE: Mutex<State> = Mutex::new(State::Idle);
static INSTALL: Once = Once::new();

/// Takes over Ctrl-C, SIGTERM and SIGHUP for an order-changing command, before it sends
/// anything. Failing to install leaves the default (die at once), as before any order.
pub(super) fn arm() {
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(on_signal);
    });
}

/// Marks a request in flight until dropped, after its outcome is established.
pub(super) struct Guard;

pub(super) fn guard(check: &str, unknown_line: &str) -> Guard {
    arm();
    set(State::InFlight {
        check: check.to_string(),
        unknown: unknown_line.to_string(),
    });
    Guard
}

impl Drop for Guard {
    fn drop(&mut self) {
        set(State::Reported);
    }
}

/// Marks a loop that keeps a change in force (see the module's comment); the messages are
/// updated as the loop goes (each carries the current trigger time).
pub(super) fn looping(first: &str, second: &str) {
    arm();
    set(State::Looping {
        first: first.to_string(),
        second: second.to_string(),
    });
}

/// The loop's change is undone (or left in force on purpose) and okx is exiting: a signal is
/// ignored from now on.
pub(super) fn settled() {
    set(State::Reported);
}

fn set(s: State) {
    if let Ok(mut state) = STATE.lock() {
        *state = s;
    }
}

/// Whether a signal has come since okx started.
pub(super) fn signalled() -> bool {
    SIGNALS.load(Ordering::SeqCst) > 0
}

fn on_signal() {
    let n = SIGNALS.fetch_add(1, Ordering::SeqCst) + 1;
    let state = STATE.lock().map(|s| s.clone()).unwrap_or(State::Reported);
    match state {
        State::Idle => {
            raw_stderr("okx: interrupted; nothing was sent\n");
            std::process::exit(i32::from(exit::INTERRUPTED));
        }
        State::InFlight { check, .. } if n == 1 => raw_stderr(&format!(
            "okx: interrupted: the request may already be with OKX, so okx is finishing the look-up of its outcome (seconds). Press Ctrl-C again to stop now, then check with: {check}\n"
        )),
        State::InFlight { check, unknown } => {
            raw_stderr(&format!(
                "okx: error: stopped before the outcome was known: it may or may not have taken effect; do not send it again before checking with: {check}\nokx: result: {unknown}\n"
            ));
            std::process::exit(i32::from(exit::UNKNOWN_OUTCOME));
        }
        State::Looping { first, .. } if n == 1 => raw_stderr(&first),
        State::Looping { second, .. } => {
            raw_stderr(&second);
            std::process::exit(i32::from(exit::UNKNOWN_OUTCOME));
        }
        State::Reported => {}
    }
}

/// Writes to file descriptor 2 directly, without Rust's stderr lock.
fn raw_stderr(text: &str) {
    #[cfg(unix)]
    {
        let mut bytes = text.as_bytes();
        while !bytes.is_empty() {
            // SAFETY: writes `bytes.len()` initialised bytes from a live slice to fd 2.
            let n = unsafe { libc::write(2, bytes.as_ptr().cast(), bytes.len()) };
            if n <= 0 {
                return;
            }
            bytes = &bytes[n as usize..];
        }
    }
    #[cfg(not(unix))]
    eprint!("{text}");
}
