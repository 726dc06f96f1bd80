//! The progress bar of long downloads (`okx candles --since`, `okx trades --since`): on stderr,
//! only when stderr is a terminal, with a whole-number `{rate}` key (indicatif's `{per_sec}`
//! shows `4,489.3289/s`).

use std::io::{self, IsTerminal};

use indicatif::{HumanCount, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// A bar of `len` steps drawn with `template` (indicatif's keys, plus `{rate}`: whole steps a
/// second); hidden when stderr is not a terminal.
pub(crate) fn bar(len: u64, template: &str) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", HumanCount(state.per_sec().round() as u64));
                },
            ),
    );
    pb
}
