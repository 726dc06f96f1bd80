//! Small JSON files in the user's cache directory (`$XDG_CACHE_HOME/okx` or `~/.cache/okx` on
//! Linux, `~/Library/Caches/okx` on macOS, `%LOCALAPPDATA%\okx\cache` on Windows, from the
//! `directories` crate, which knows each platform's convention),
//! one per OKX host: instrument rules, the clock offset. Written via a temporary file and a
//! rename, so a concurrent reader never sees half a file; a missing or corrupt file is simply
//! a miss.

use std::path::PathBuf;

use serde_json::Value;

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

pub(crate) fn read(path: &PathBuf) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

pub(crate) fn write(path: &PathBuf, value: &Value) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, value.to_string()).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
