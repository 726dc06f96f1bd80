//! The secret type and what keeps secrets out of sight: redacted formatting, storage wiped on
//! drop, the API key shown only as a fingerprint, and no core dumps.

use std::fmt;

use zeroize::Zeroizing;

/// A secret string. `Debug` and `Display` print `(redacted)`; only `expose` reveals it, and only
/// the signer calls that. Its storage is wiped (the whole allocation, not only the text) when it
/// is dropped, so a freed secret does not linger in memory that is reused, swapped or dumped.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(Zeroizing<String>);

impl Secret {
    pub(crate) fn new(s: impl Into<String>) -> Self {
        Secret(Zeroizing::new(s.into()))
    }
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

/// Sets the core-file size limit to 0 (soft and hard) for this process, first thing in `main`:
/// a crash can then never write the secret key and passphrase held in memory to a core file,
/// whatever `ulimit -c` the shell allowed. Errors are ignored (there is nothing better to do).
pub fn forbid_core_dumps() {
    #[cfg(unix)]
    {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct it is given and changes only this process's limit.
        unsafe {
            libc::setrlimit(libc::RLIMIT_CORE, &zero);
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// A short, stable fingerprint of an API key: enough to tell keys apart and match the one shown
/// in OKX's key list, not enough to use it.
pub(crate) fn fingerprint(api_key: &str) -> String {
    let chars: Vec<char> = api_key.chars().collect();
    if chars.len() >= 16 {
        let head: String = chars[..4].iter().collect();
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("{head}…{tail}")
    } else {
        // Too short to show any of it safely.
        format!("({}-character key)", chars.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_formats() {
        let s = Secret::new("hunter2");
        assert_eq!(
            format!("{s} {s:?} {:?}", Some(&s)),
            "(redacted) (redacted) Some((redacted))"
        );
    }

    /// The storage is `Zeroizing`, whose `Drop` runs the same `zeroize` as below: every byte of
    /// the allocation (spare capacity too) is 0 afterwards. Reading freed memory to watch the
    /// drop itself would be undefined behaviour, so this checks the wipe while it is allocated.
    #[test]
    fn secret_storage_is_wiped() {
        use zeroize::Zeroize;
        fn wiped_on_drop<T: zeroize::ZeroizeOnDrop>(_: &T) {}
        let mut s = Secret::new(String::with_capacity(64) + "22582BD0CFF14C41EDBF1AB98506286D");
        wiped_on_drop(&s.0);
        let copy = s.clone();
        wiped_on_drop(&copy.0);
        let (ptr, cap) = (s.0.as_ptr(), s.0.capacity());
        assert!(cap >= 64);
        s.0.zeroize();
        assert_eq!(s.expose(), "");
        assert_eq!(
            (s.0.as_ptr(), s.0.capacity()),
            (ptr, cap),
            "same allocation"
        );
        // SAFETY: `cap` bytes at `ptr` are still allocated (owned by `s`) and were all written
        // by `zeroize`.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, cap) };
        assert!(bytes.iter().all(|b| *b == 0), "{bytes:?}");
        assert_eq!(
            copy.expose(),
            "22582BD0CFF14C41EDBF1AB98506286D",
            "a clone is its own copy"
        );
    }

    #[test]
    fn fingerprint_shows_ends_only() {
        assert_eq!(
            fingerprint("a1b2c3d4-0000-1111-2222-333344445555"),
            "a1b2…5555"
        );
        assert_eq!(fingerprint("short"), "(5-character key)");
    }
}
