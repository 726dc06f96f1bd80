//! Signals while an order-changing request is in flight. Dying then would leave the trader
//! with no idea whether the order exists, so the first Ctrl-C, SIGTERM or SIGHUP only says
//! that okx is finishing the bounded look-up of the outcome; a second one exits at once with
//! the outcome `unknown` (exit 7) and the exact command to check. Before anything is sent, or
//! after the outcome is printed, a signal simply ends okx (exit 130).

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

use crate::error::exit;

static SIGNALS: AtomicUsize = AtomicUsize::new(0);
/// The check command and the `unknown` result line of the request in flight.
static IN_FLIGHT: Mutex<Option<(String, String)>> = Mutex::new(None);
static INSTALL: Once = Once::new();

/// Holds signals off until dropped, after the outcome is printed.
pub(super) struct Guard;

pub(super) fn guard(check: &str, unknown_line: &str) -> Guard {
    INSTALL.call_once(|| {
        // Failing to install leaves the default (die at once), as before: not worth refusing
        // the order for.
        let _ = ctrlc::set_handler(on_signal);
    });
    if let Ok(mut f) = IN_FLIGHT.lock() {
        *f = Some((check.to_string(), unknown_line.to_string()));
    }
    Guard
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Ok(mut f) = IN_FLIGHT.lock() {
            *f = None;
        }
    }
}

/// Whether a signal has come since okx started.
pub(super) fn signalled() -> bool {
    SIGNALS.load(Ordering::SeqCst) > 0
}

fn on_signal() {
    let n = SIGNALS.fetch_add(1, Ordering::SeqCst) + 1;
    let in_flight = IN_FLIGHT.lock().ok().and_then(|f| f.clone());
    let mut err = std::io::stderr();
    match in_flight {
        None => std::process::exit(i32::from(exit::INTERRUPTED)),
        Some((check, _)) if n == 1 => {
            let _ = writeln!(
                err,
                "okx: interrupted: the request may already be with OKX, so okx is finishing the look-up of its outcome (seconds). Press Ctrl-C again to stop now, then check with: {check}"
            );
        }
        Some((check, unknown)) => {
            let _ = writeln!(
                err,
                "okx: error: stopped before the outcome was known: the order may or may not exist; do not send it again before checking with: {check}"
            );
            crate::output::last_words(&unknown);
            std::process::exit(i32::from(exit::UNKNOWN_OUTCOME));
        }
    }
}
