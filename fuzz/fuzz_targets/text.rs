//! The two functions that make text safe to show: `okx::output::sanitize` (server-supplied
//! strings on a terminal) and `okx::diagnose::visible` (`okx sign --debug`).
//!
//! Invariants: `sanitize` never lets a control character through, leaves clean text unchanged,
//! keeps every non-control character in order, and is idempotent; `visible` gives printable
//! ASCII only (plus '␠' for trailing spaces), never ends in a space, and is lossless: its output
//! decodes back to the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use okx::diagnose::visible;
use okx::output::sanitize;
use okx_fuzz::unvisible;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s = s.as_ref();

    let out = sanitize(s);
    assert!(!out.chars().any(char::is_control), "{s:?} -> {out:?}");
    if !s.chars().any(char::is_control) {
        assert_eq!(out, s);
    }
    let kept: String = s.chars().filter(|c| !c.is_control()).collect();
    let mut rest = out.chars();
    assert!(
        kept.chars().all(|k| rest.any(|c| c == k)),
        "sanitize dropped a character of {s:?}: {out:?}"
    );
    assert_eq!(sanitize(&out), out, "not idempotent");

    let v = visible(s);
    assert!(
        v.chars()
            .all(|c| (c.is_ascii() && !c.is_ascii_control()) || c == '␠'),
        "{s:?} -> {v:?}"
    );
    assert!(!v.ends_with(' '), "{s:?} -> {v:?}");
    assert_eq!(
        unvisible(&v).as_deref(),
        Some(s),
        "visible is lossy: {s:?} -> {v:?}"
    );
});
