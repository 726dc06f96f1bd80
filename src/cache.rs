//! Small JSON files in the user's cache directory (`$XDG_CACHE_HOME/okx` or `~/.cache/okx` on
//! Linux, `~/Library/Caches/okx` on macOS, `%LOCALAPPDATA%\okx\cache` on Windows, from the
//! `directories` crate, which knows each platform's convention),
//! one per OKX host: instrument rules, the clock offset, the pacing ledger. Written via a
//! temporary file and a rename, so a concurrent reader never sees half a file; a missing or
//! corrupt file is simply a miss.
//!
//! The directory may be shared (a common `XDG_CACHE_HOME`) or tampered with, so a cache file is
//! never trusted to be a file (issue 12): it is opened without following a symlink
//! (`O_NOFOLLOW`, so a link cannot make okx overwrite its target) and without blocking
//! (`O_NONBLOCK`, so a FIFO cannot hang okx), must then be a regular file, and is read only up
//! to a size its contents can have (so `/dev/zero` or a huge file cannot grow okx's memory).
//! Temporary files are created anew (`O_EXCL`, mode 0600), never through an existing path.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The most a small cache file (the clock offset, the pacing ledger) may hold.
pub(crate) const MAX_SMALL: u64 = 1 << 20;
/// The most an instrument list may hold: one answer, which okx reads up to 16 MiB (all SPOT
/// instruments are about 1 MB today).
const MAX_LIST: u64 = 16 << 20;

/// The cache file `name` for the host of `base_url`; `None` (no caching) without a home.
pub(crate) fn file(base_url: &str, name: &str) -> Option<PathBuf> {
    let dir = directories::ProjectDirs::from("", "", "okx")?
        .cache_dir()
        .to_path_buf();
    let host: String = base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Some(dir.join(format!("{name}-{host}.json")))
}

/// How large the cache file at `path` may be: instrument lists are large, the others small.
fn max_len(path: &Path) -> u64 {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if name.starts_with("instruments-") {
        MAX_LIST
    } else {
        MAX_SMALL
    }
}

/// The cached JSON at `path`; `None` when missing, not a regular file, too large or corrupt.
pub(crate) fn read(path: impl AsRef<Path>) -> Option<Value> {
    let path = path.as_ref();
    let mut file = open(path, false).ok()?;
    let bytes = read_at_most(&mut file, max_len(path)).ok()??;
    serde_json::from_slice(&bytes).ok()
}

/// Replaces the file at `path` with `value`, best effort: caching is an optimisation.
pub(crate) fn write(path: impl AsRef<Path>, value: &Value) {
    let path = path.as_ref();
    let Some(dir) = path.parent() else { return };
    if create_dir(dir).is_err() {
        return;
    }
    // A name no one else uses: created anew, it cannot be a link or another process's file.
    let tmp = path.with_extension(format!(
        "tmp{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    ));
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let Ok(mut file) = o.open(&tmp) else { return };
    // rename replaces whatever is at `path` (a symlink included) and never writes through it.
    if file.write_all(value.to_string().as_bytes()).is_err() || std::fs::rename(&tmp, path).is_err()
    {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Creates the cache directory `dir` (and its parents) readable by its owner only.
pub(crate) fn create_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Opens the cache file at `path` (for reading and writing, created mode 0600 if missing, with
/// `writable`), refusing a symlink, anything but a regular file, and never blocking.
pub(crate) fn open(path: &Path, writable: bool) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true);
    if writable {
        o.write(true).create(true).truncate(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = o.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return io::Error::other("it is a symbolic link, which okx does not follow");
        }
        e
    })?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other(
            "it is not a regular file (a FIFO, device or directory)",
        ));
    }
    Ok(file)
}

/// The whole of `file` when it holds at most `max` bytes; `None` (nothing read) when larger.
pub(crate) fn read_at_most(file: &mut File, max: u64) -> io::Result<Option<Vec<u8>>> {
    if file.metadata()?.len() > max {
        return Ok(None);
    }
    // The size may change under us (a file written without the lock): read at most one more.
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn symlinks_fifos_and_large_files_are_misses_and_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, r#"{"precious":true}"#).unwrap();
        let link = dir.path().join("clock-h.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(read(&link), None, "a symlink is not followed");
        assert!(open(&link, true).is_err());
        write(&link, &serde_json::json!({"offset_ms": 1}));
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            r#"{"precious":true}"#
        );
        assert_eq!(read(&link), Some(serde_json::json!({"offset_ms": 1})));

        let fifo = dir.path().join("fifo.json");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(read(&fifo), None, "a FIFO is refused without blocking");
        assert!(open(&fifo, true).is_err());

        let big = dir.path().join("pacing-h.json");
        File::create(&big).unwrap().set_len(MAX_SMALL + 1).unwrap();
        assert_eq!(read(&big), None);
        let list = dir.path().join("instruments-SPOT-h.json");
        std::fs::write(&list, format!("[{}]", " ".repeat(2 << 20))).unwrap();
        assert_eq!(
            read(&list),
            Some(serde_json::json!([])),
            "lists may be large"
        );

        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(!names.iter().any(|n| n.contains(".tmp")), "{names:?}");
    }
}
