//! The `.env` file: read with dotenvy's iterator into a map (never into the process
//! environment), each entry with its line, errors naming the line without showing a value, and
//! the warning when a file holding secrets is readable by others.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use zeroize::Zeroizing;

use crate::error::Failure;

/// One `KEY=value` entry of the `.env` file, with the raw text of its line for the checks in
/// `okx sign --debug` (dotenvy trims and expands; the raw line shows what the user wrote).
/// Its `Debug` shows neither, as either may be a secret.
/// The value and the line may be a secret's: both are wiped when dropped.
#[derive(Clone)]
pub(crate) struct DotEnvEntry {
    pub value: Zeroizing<String>,
    pub line: usize,
    pub raw: Zeroizing<String>,
}

impl fmt::Debug for DotEnvEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "DotEnvEntry {{ line: {}, value: (redacted) }}",
            self.line
        )
    }
}

/// A warning when an env file that holds a secret can be read by other users of the machine.
pub(super) fn readable_by_others(
    path: &Path,
    shown: &Path,
    dotenv: &BTreeMap<String, DotEnvEntry>,
) -> Option<String> {
    if !(dotenv.contains_key("OKX_SECRET_KEY") || dotenv.contains_key("OKX_PASSPHRASE")) {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return Some(format!(
                "{} holds credentials and is readable by other users (mode {:o}); restrict it with: chmod 600 {}",
                shown.display(),
                mode & 0o777,
                shown.display()
            ));
        }
    }
    None
}

/// The most an env file may hold: a few lines of settings, never megabytes (`/dev/zero` is not
/// an env file).
const MAX_LEN: usize = 1 << 20;

/// Reads a `.env` file into a map (first occurrence wins, as dotenvy does), keeping each entry's
/// line number. A parse error names the file and line. The file may be a pipe (`--env-file
/// <(…)`), so it is read once, as a stream; a leading UTF-8 byte-order mark (Windows editors
/// write one) is skipped.
pub(super) fn read_dotenv(path: &Path) -> Result<BTreeMap<String, DotEnvEntry>, Failure> {
    let cannot = |e: std::io::Error| {
        Failure::Config(format!("cannot read env file {}: {e}", path.display()))
    };
    // The file's text holds the secrets: wiped when dropped, and only borrowed from. The storage
    // is reserved up front, so reading never moves it and leaves no unwiped copy behind.
    let mut bytes = Zeroizing::new(Vec::with_capacity(MAX_LEN + 1));
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_LEN as u64 + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() > MAX_LEN {
        return Err(Failure::Config(format!(
            "env file {} is larger than {} KiB; it is not an env file",
            path.display(),
            MAX_LEN / 1024
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        // Counted on the bytes: a lossy copy of the text would be an unwiped copy of the secrets.
        let line = bytes
            .iter()
            .take(e.valid_up_to())
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        Failure::Config(format!(
            "{}:{line}: the env file is not valid UTF-8; save it as UTF-8",
            path.display()
        ))
    })?;
    let mut map = BTreeMap::new();
    // dotenvy reads logical lines in order, so each key's line is the next definition of that
    // key at or after the previous entry's line.
    let mut search_from = 0usize;
    for item in dotenvy::from_read_iter(text.as_bytes()) {
        match item {
            Ok((key, value)) => {
                let (line, raw) =
                    find_definition(text, &key, search_from).unwrap_or((0, String::new()));
                search_from = line;
                map.entry(key).or_insert(DotEnvEntry {
                    value: Zeroizing::new(value),
                    line,
                    raw: Zeroizing::new(raw),
                });
            }
            Err(dotenvy::Error::LineParse(bad, _)) => {
                let line = text
                    .find(bad.trim_end_matches(['\n', '\r']))
                    .map(|off| line_of_offset(text, off))
                    .unwrap_or(0);
                let raw = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
                return Err(Failure::Config(format!(
                    "{}:{line}: cannot parse {}; each line must be KEY=value (quote values that contain spaces or #)",
                    path.display(),
                    redact_line(raw),
                )));
            }
            Err(e) => {
                return Err(Failure::Config(format!(
                    "cannot read env file {}: {e}",
                    path.display()
                )))
            }
        }
    }
    Ok(map)
}

/// A malformed line may hold a secret: name its key if it has a plausible one, never show a
/// value or any part of a line without a key.
pub(super) fn redact_line(line: &str) -> String {
    let key = line
        .split_once('=')
        .map(|(k, _)| k.trim().trim_start_matches("export ").trim())
        .filter(|k| {
            !k.is_empty()
                && k.len() <= 64
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_ .".contains(&b))
        });
    match key {
        Some(k) => format!("the line for {k:?} (its value is not shown)"),
        None => "the line (not shown: it may hold a secret)".to_string(),
    }
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The 1-based line (at or after `from`) where `key` is assigned, and that line's raw text.
pub(super) fn find_definition(text: &str, key: &str, from: usize) -> Option<(usize, String)> {
    text.lines().enumerate().skip(from).find_map(|(i, line)| {
        let t = line.trim_start();
        let t = t.strip_prefix("export ").map(str::trim_start).unwrap_or(t);
        let rest = t.strip_prefix(key)?;
        rest.trim_start()
            .starts_with('=')
            .then(|| (i + 1, line.to_string()))
    })
}
