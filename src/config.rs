//! Settings and credentials: command-line flags, then the process environment, then a `.env` file
//! (the working directory's, or `--env-file`), then defaults. Each value remembers where it came
//! from so errors and `okx config` can say which line to fix.
//!
//! The `.env` file is read into a map with dotenvy's iterator, never into the process environment,
//! so loading it has no side effects and precedence stays explicit.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::error::Failure;

/// Every variable `okx` reads, with the line `.env.example` and `okx config` use to describe it.
pub const VARIABLES: &[(&str, &str)] = &[
    ("OKX_API_KEY", "API key (shown only as a fingerprint)"),
    (
        "OKX_SECRET_KEY",
        "secret key used to sign requests (never shown)",
    ),
    (
        "OKX_PASSPHRASE",
        "passphrase chosen when the key was created (never shown)",
    ),
    (
        "OKX_BASE_URL",
        "REST base URL (default https://www.okx.com)",
    ),
    (
        "OKX_DEMO",
        "1 for demo trading: sends x-simulated-trading: 1",
    ),
    (
        "OKX_WS_URL",
        "WebSocket base URL for okx watch (default derived from OKX_BASE_URL)",
    ),
    (
        "OKX_AUDIT_LOG",
        "audit log: one JSON line per request (an intent line before each order)",
    ),
];

pub const DEFAULT_BASE_URL: &str = "https://www.okx.com";

/// Names other tools use for the same things; a hint beats a silent "missing credential".
const ALIASES: &[(&str, &str)] = &[
    ("OKX_API_SECRET", "OKX_SECRET_KEY"),
    ("OKX_SECRET", "OKX_SECRET_KEY"),
    ("OKX_API_SECRET_KEY", "OKX_SECRET_KEY"),
    ("OKX_SECRETKEY", "OKX_SECRET_KEY"),
    ("OKX_API_PASSPHRASE", "OKX_PASSPHRASE"),
    ("OKX_PASSWORD", "OKX_PASSPHRASE"),
    ("OKX_PASS", "OKX_PASSPHRASE"),
    ("OKX_KEY", "OKX_API_KEY"),
    ("OKX_APIKEY", "OKX_API_KEY"),
    ("OKX_ACCESS_KEY", "OKX_API_KEY"),
    ("OKX_URL", "OKX_BASE_URL"),
    ("OKX_SIMULATED", "OKX_DEMO"),
    ("OKX_SANDBOX", "OKX_DEMO"),
    ("OKX_TESTNET", "OKX_DEMO"),
];

/// A secret string. `Debug` and `Display` print `(redacted)`; only `expose` reveals it, and only
/// the signer calls that. Its storage is wiped (the whole allocation, not only the text) when it
/// is dropped, so a freed secret does not linger in memory that is reused, swapped or dumped.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(Zeroizing::new(s.into()))
    }
    pub fn expose(&self) -> &str {
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
pub fn fingerprint(api_key: &str) -> String {
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

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env,
    DotEnv { path: PathBuf, line: usize },
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env => f.write_str("environment"),
            Source::DotEnv { path, line } => write!(f, "{}:{line}", path.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// Flag values, already parsed by clap; `None` means the flag was not given.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub env_file: Option<PathBuf>,
    pub api_key: Option<String>,
    pub base_url: Option<String>,
    /// `Some(true)` for `--demo`, `Some(false)` for `--live`.
    pub demo: Option<bool>,
    pub audit_log: Option<PathBuf>,
    pub ws_url: Option<String>,
}

/// One `KEY=value` entry of the `.env` file, with the raw text of its line for the checks in
/// `okx sign --debug` (dotenvy trims and expands; the raw line shows what the user wrote).
/// Its `Debug` shows neither, as either may be a secret.
/// The value and the line may be a secret's: both are wiped when dropped.
#[derive(Clone)]
pub struct DotEnvEntry {
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

pub struct Config {
    pub api_key: Option<Setting<String>>,
    pub secret_key: Option<Setting<Secret>>,
    pub passphrase: Option<Setting<Secret>>,
    pub base_url: Setting<String>,
    pub demo: Setting<bool>,
    pub audit_log: Option<Setting<PathBuf>>,
    /// Set explicitly; otherwise `ws_base_url` derives it from the REST host.
    pub ws_url: Option<Setting<String>>,
    /// The `.env` file that was read, if any.
    pub env_file: Option<PathBuf>,
    pub dotenv: BTreeMap<String, DotEnvEntry>,
    /// Non-fatal findings (unknown or misspelt variables) for stderr.
    pub warnings: Vec<String>,
}

/// Credentials for a signed request. `Debug` shows the key as a fingerprint only.
#[derive(Clone)]
pub struct Credentials {
    pub api_key: String,
    pub secret_key: Secret,
    pub passphrase: Secret,
}

/// Like a derived `Debug`, but the API key only as a fingerprint (secrets are `Secret`s and
/// `.env` entries redact themselves).
impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field(
                "api_key",
                &self.api_key.as_ref().map(|s| fingerprint(&s.value)),
            )
            .field("secret_key", &self.secret_key)
            .field("passphrase", &self.passphrase)
            .field("base_url", &self.base_url)
            .field("demo", &self.demo)
            .field("audit_log", &self.audit_log)
            .field("ws_url", &self.ws_url)
            .field("env_file", &self.env_file)
            .field("dotenv", &self.dotenv)
            .finish()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Credentials {{ api_key: {}, secret_key: (redacted), passphrase: (redacted) }}",
            fingerprint(&self.api_key)
        )
    }
}

impl Config {
    /// Loads settings from flags, `env` (the process environment in production) and the `.env`
    /// file. `cwd` is where a default `.env` is looked for.
    pub fn load(
        flags: &Flags,
        env: &dyn Fn(&str) -> Option<String>,
        cwd: &Path,
    ) -> Result<Config, Failure> {
        let (env_file, dotenv) = match &flags.env_file {
            Some(path) => {
                if !path.is_file() {
                    return Err(Failure::Config(format!(
                        "env file {} does not exist; check the path given to --env-file",
                        path.display()
                    )));
                }
                let map = read_dotenv(path)?;
                (Some(path.clone()), map)
            }
            None => {
                let path = cwd.join(".env");
                if path.is_file() {
                    // Messages name the file as the user knows it.
                    (Some(PathBuf::from(".env")), read_dotenv(&path)?)
                } else {
                    (None, BTreeMap::new())
                }
            }
        };
        let file_for_source = env_file.clone().unwrap_or_default();

        let lookup = |name: &str| -> Option<Setting<String>> {
            if let Some(v) = env(name) {
                return Some(Setting {
                    value: v,
                    source: Source::Env,
                });
            }
            dotenv.get(name).map(|e| Setting {
                value: e.value.to_string(),
                source: Source::DotEnv {
                    path: file_for_source.clone(),
                    line: e.line,
                },
            })
        };

        let non_empty = |s: Option<Setting<String>>| s.filter(|s| !s.value.is_empty());

        let api_key = match &flags.api_key {
            Some(k) => Some(Setting {
                value: k.clone(),
                source: Source::Flag("--api-key"),
            }),
            None => non_empty(lookup("OKX_API_KEY")),
        };
        let secret_key = non_empty(lookup("OKX_SECRET_KEY")).map(|s| Setting {
            value: Secret::new(s.value),
            source: s.source,
        });
        let passphrase = non_empty(lookup("OKX_PASSPHRASE")).map(|s| Setting {
            value: Secret::new(s.value),
            source: s.source,
        });

        let base_url = match &flags.base_url {
            Some(u) => Setting {
                value: u.clone(),
                source: Source::Flag("--base-url"),
            },
            None => non_empty(lookup("OKX_BASE_URL")).unwrap_or(Setting {
                value: DEFAULT_BASE_URL.to_string(),
                source: Source::Default,
            }),
        };
        let base_url = Setting {
            value: validate_base_url(&base_url.value).map_err(|why| {
                // A URL with user info may carry a password: do not echo it.
                let shown = if base_url.value.contains('@') {
                    "(not shown: it contains user info)".to_string()
                } else {
                    format!("{:?}", base_url.value)
                };
                Failure::Config(format!(
                    "OKX_BASE_URL value {shown} (from {}) {why}",
                    base_url.source
                ))
            })?,
            source: base_url.source,
        };

        let demo = match flags.demo {
            Some(d) => Setting {
                value: d,
                source: Source::Flag(if d { "--demo" } else { "--live" }),
            },
            None => match lookup("OKX_DEMO") {
                Some(s) => Setting {
                    value: parse_bool(&s.value).ok_or_else(|| {
                        Failure::Config(format!(
                            "OKX_DEMO value {:?} (from {}) is not a boolean; use 1 for demo trading or 0 for live",
                            s.value, s.source
                        ))
                    })?,
                    source: s.source,
                },
                None => Setting {
                    value: false,
                    source: Source::Default,
                },
            },
        };

        let audit_log = match &flags.audit_log {
            Some(p) => Some(Setting {
                value: p.clone(),
                source: Source::Flag("--audit-log"),
            }),
            None => non_empty(lookup("OKX_AUDIT_LOG")).map(|s| Setting {
                value: PathBuf::from(s.value),
                source: s.source,
            }),
        };

        let ws_url = match &flags.ws_url {
            Some(u) => Some(Setting {
                value: u.clone(),
                source: Source::Flag("--ws-url"),
            }),
            None => non_empty(lookup("OKX_WS_URL")),
        };

        let mut warnings = Vec::new();
        if let Some(w) = env_file.as_ref().and_then(|f| {
            readable_by_others(
                &flags.env_file.clone().unwrap_or_else(|| cwd.join(".env")),
                f,
                &dotenv,
            )
        }) {
            warnings.push(w);
        }
        for (name, entry) in &dotenv {
            if name.starts_with("OKX_") && !VARIABLES.iter().any(|(v, _)| v == name) {
                let hint = alias_of(name)
                    .map(|real| format!("; did you mean {real}?"))
                    .unwrap_or_default();
                warnings.push(format!(
                    "{}:{}: {name} is not a variable okx reads{hint}",
                    file_for_source.display(),
                    entry.line
                ));
            }
        }

        Ok(Config {
            api_key,
            secret_key,
            passphrase,
            base_url,
            demo,
            audit_log,
            ws_url,
            env_file,
            dotenv,
            warnings,
        })
    }

    /// The credentials a signed request needs, or a configuration error naming exactly the
    /// variables that are missing and where they can be set.
    pub fn credentials(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Credentials, Failure> {
        match (&self.api_key, &self.secret_key, &self.passphrase) {
            (Some(k), Some(_), Some(p))
                if !header_safe(&k.value) || !header_safe(p.value.expose()) =>
            {
                let name = if header_safe(&k.value) {
                    "OKX_PASSPHRASE"
                } else {
                    "OKX_API_KEY"
                };
                Err(Failure::Config(format!(
                    "{name} contains a line break or control character, which cannot be sent in a header; remove it"
                )))
            }
            (Some(k), Some(s), Some(p)) => Ok(Credentials {
                api_key: k.value.clone(),
                secret_key: s.value.clone(),
                passphrase: p.value.clone(),
            }),
            (k, s, p) => {
                let missing: Vec<&str> = [
                    (k.is_none(), "OKX_API_KEY"),
                    (s.is_none(), "OKX_SECRET_KEY"),
                    (p.is_none(), "OKX_PASSPHRASE"),
                ]
                .into_iter()
                .filter_map(|(absent, name)| absent.then_some(name))
                .collect();
                Err(self.missing(&missing, env))
            }
        }
    }

    /// The error for missing variables: which ones, where they can be set, and any look-alike
    /// names found that okx does not read.
    pub fn missing(&self, missing: &[&str], env: &dyn Fn(&str) -> Option<String>) -> Failure {
        let file = match &self.env_file {
            Some(p) => format!("in {}", p.display()),
            None => "in a .env file in this directory (see .env.example), or with --env-file"
                .to_string(),
        };
        let mut msg = format!(
            "missing credential{} {}: set {} in the environment or {file}",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", "),
            if missing.len() == 1 { "it" } else { "them" },
        );
        for (alias, real) in ALIASES {
            if missing.contains(real) && (env(alias).is_some() || self.dotenv.contains_key(*alias))
            {
                msg.push_str(&format!(
                    " (found {alias}, which okx does not read: rename it {real})"
                ));
            }
        }
        Failure::Config(msg)
    }
}

/// OKX's WebSocket hosts for a REST host (fact sheet §5.1, §6), live and demo.
const WS_HOSTS: &[(&[&str], &str, &str)] = &[
    (
        &["www.okx.com", "okx.com", "openapi.okx.com"],
        "wss://ws.okx.com:8443",
        "wss://wspap.okx.com:8443",
    ),
    (
        &["aws.okx.com"],
        "wss://wsaws.okx.com:8443",
        "wss://wspap.okx.com:8443",
    ),
    (
        &["eea.okx.com", "my.okx.com"],
        "wss://wseea.okx.com:8443",
        "wss://wseeapap.okx.com:8443",
    ),
    (
        &["us.okx.com", "app.okx.com"],
        "wss://wsus.okx.com:8443",
        "wss://wsuspap.okx.com:8443",
    ),
];

impl Config {
    /// The WebSocket base URL (`…/ws/v5/public` etc. are appended): `OKX_WS_URL` if set, else
    /// the host matching the REST host, live or demo.
    pub fn ws_base_url(&self) -> Result<String, Failure> {
        if let Some(s) = &self.ws_url {
            return validate_ws_url(&s.value).map_err(|why| {
                Failure::Config(format!(
                    "OKX_WS_URL value {:?} (from {}) {why}",
                    s.value, s.source
                ))
            });
        }
        let host = reqwest::Url::parse(&self.base_url.value)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        WS_HOSTS
            .iter()
            .find(|(hosts, _, _)| hosts.contains(&host.as_str()))
            .map(|(_, live, demo)| if self.demo.value { demo } else { live }.to_string())
            .ok_or_else(|| {
                Failure::Config(format!(
                    "no WebSocket host is known for OKX_BASE_URL {}; set OKX_WS_URL (or --ws-url), e.g. wss://ws.okx.com:8443, or the ws:// URL okx-sim prints",
                    self.base_url.value
                ))
            })
    }
}

/// `wss://host[:port]`, or `ws://` to a loopback stand-in; no path (okx adds `/ws/v5/…`).
pub fn validate_ws_url(raw: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| format!("is not a URL ({e}); use e.g. wss://ws.okx.com:8443"))?;
    let host = url.host_str().unwrap_or_default();
    match url.scheme() {
        "wss" => {}
        "ws" if is_loopback(host) => {}
        "ws" => return Err(format!("uses plain ws to a remote host; use wss://{host}")),
        other => {
            return Err(format!(
                "has scheme {other:?}; use wss, e.g. wss://ws.okx.com:8443"
            ))
        }
    }
    if !(url.path().is_empty() || url.path() == "/") || url.query().is_some() {
        return Err(
            "has a path or query; give only scheme, host and port (okx adds /ws/v5/…)".into(),
        );
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

fn alias_of(name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(a, _)| *a == name)
        .map(|(_, real)| *real)
}

/// A warning when an env file that holds a secret can be read by other users of the machine.
fn readable_by_others(
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

/// Sendable as an HTTP header value: no control characters (a pasted line break, a tab).
fn header_safe(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" | "" => Some(false),
        _ => None,
    }
}

/// Checks a base URL and returns it without a trailing slash. The reason, on error, completes
/// the sentence "OKX_BASE_URL value X ...".
pub fn validate_base_url(raw: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| format!("is not a URL ({e}); use a full URL such as {DEFAULT_BASE_URL}"))?;
    let host = url.host_str().unwrap_or_default();
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(format!(
                "uses plain http to a remote host, which would send credentials unencrypted; use https://{host}"
            ))
        }
        other => {
            return Err(format!(
                "has scheme {other:?}; use https, e.g. {DEFAULT_BASE_URL}"
            ))
        }
    }
    if host.is_empty() {
        return Err(format!(
            "has no host; use a full URL such as {DEFAULT_BASE_URL}"
        ));
    }
    if url.path().starts_with("/api") {
        return Err(format!(
            "includes the API path {:?}; give only scheme and host, e.g. {}://{}",
            url.path(),
            url.scheme(),
            url.host_str().unwrap_or_default()
        ));
    }
    if !(url.path().is_empty() || url.path() == "/")
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(format!(
            "has a path, query or fragment; give only scheme, host and port, e.g. {DEFAULT_BASE_URL}"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("contains user info; give only scheme, host and port".to_string());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host == "[::1]"
        || host
            .parse::<std::net::Ipv4Addr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

/// Reads a `.env` file into a map (first occurrence wins, as dotenvy does), keeping each entry's
/// line number. A parse error names the file and line.
fn read_dotenv(path: &Path) -> Result<BTreeMap<String, DotEnvEntry>, Failure> {
    // The file's text holds the secrets: wiped when dropped, and only borrowed from.
    let bytes =
        Zeroizing::new(std::fs::read(path).map_err(|e| {
            Failure::Config(format!("cannot read env file {}: {e}", path.display()))
        })?);
    let text = std::str::from_utf8(&bytes).map_err(|e| {
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
fn redact_line(line: &str) -> String {
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
fn find_definition(text: &str, key: &str, from: usize) -> Option<(usize, String)> {
    text.lines().enumerate().skip(from).find_map(|(i, line)| {
        let t = line.trim_start();
        let t = t.strip_prefix("export ").map(str::trim_start).unwrap_or(t);
        let rest = t.strip_prefix(key)?;
        rest.trim_start()
            .starts_with('=')
            .then(|| (i + 1, line.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(dotenv: &str, env: &[(&str, &str)], flags: Flags) -> Result<Config, Failure> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".env"), dotenv).unwrap();
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::load(
            &flags,
            &|name| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            dir.path(),
        )
    }

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

    #[test]
    fn precedence_flag_env_dotenv_default() {
        let c = load(
            "OKX_API_KEY=from-file\nOKX_BASE_URL=https://aws.okx.com\n",
            &[("OKX_API_KEY", "from-env")],
            Flags::default(),
        )
        .unwrap();
        assert_eq!(c.api_key.as_ref().unwrap().value, "from-env");
        assert_eq!(c.base_url.value, "https://aws.okx.com");
        assert!(matches!(c.base_url.source, Source::DotEnv { line: 2, .. }));
        let c = load(
            "OKX_API_KEY=from-file\n",
            &[("OKX_API_KEY", "from-env")],
            Flags {
                api_key: Some("from-flag".into()),
                ..Flags::default()
            },
        )
        .unwrap();
        assert_eq!(c.api_key.unwrap().value, "from-flag");
    }

    #[test]
    fn malformed_lines_never_show_a_value() {
        for text in [
            "OKX_SECRET_KEY=22582BD0 CFF14C41EDBF1AB98506286D\n",
            "22582BD0CFF14C41EDBF1AB98506286D\n",
            "OKX_PASSPHRASE=\"unterminated 22582BD0CFF14C41\n",
        ] {
            let err = load(text, &[], Flags::default()).unwrap_err().to_string();
            assert!(!err.contains("22582BD0"), "{err}");
        }
        let err = load(
            "",
            &[("OKX_BASE_URL", "ftp://user:hunter2@example.com")],
            Flags::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(!err.contains("hunter2"), "{err}");
    }

    #[test]
    fn debug_never_shows_a_credential() {
        let c = load(
            "OKX_API_KEY=a1b2c3d4-0000-1111-2222-333344445555\nOKX_SECRET_KEY=hunter2\nOKX_PASSPHRASE=swordfish\n",
            &[],
            Flags::default(),
        )
        .unwrap();
        let creds = c.credentials(&|_| None).unwrap();
        let shown = format!("{c:?} {creds:?}");
        assert!(
            !shown.contains("hunter2")
                && !shown.contains("swordfish")
                && !shown.contains("0000-1111"),
            "{shown}"
        );
    }

    #[test]
    fn malformed_line_is_named() {
        let err = load(
            "OKX_API_KEY=abc\n\nthis is not an assignment\n",
            &[],
            Flags::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains(".env:3:"), "{err}");
    }

    #[test]
    fn ws_hosts_follow_the_rest_host_and_demo() {
        let c = load(
            "OKX_BASE_URL=https://eea.okx.com\nOKX_DEMO=1\n",
            &[],
            Flags::default(),
        )
        .unwrap();
        assert_eq!(c.ws_base_url().unwrap(), "wss://wseeapap.okx.com:8443");
        let c = load("", &[], Flags::default()).unwrap();
        assert_eq!(c.ws_base_url().unwrap(), "wss://ws.okx.com:8443");
        let c = load("OKX_BASE_URL=http://127.0.0.1:1\n", &[], Flags::default()).unwrap();
        assert!(c
            .ws_base_url()
            .unwrap_err()
            .to_string()
            .contains("OKX_WS_URL"));
        assert!(validate_ws_url("ws://example.com").is_err());
        assert_eq!(
            validate_ws_url("ws://127.0.0.1:9/").unwrap(),
            "ws://127.0.0.1:9"
        );
    }

    #[test]
    fn base_url_rules() {
        assert_eq!(
            validate_base_url("https://www.okx.com/").unwrap(),
            "https://www.okx.com"
        );
        assert_eq!(
            validate_base_url("http://127.0.0.1:8765").unwrap(),
            "http://127.0.0.1:8765"
        );
        assert!(validate_base_url("http://www.okx.com")
            .unwrap_err()
            .contains("unencrypted"));
        assert!(validate_base_url("https://www.okx.com/api/v5")
            .unwrap_err()
            .contains("API path"));
        assert!(validate_base_url("www.okx.com").is_err());
    }
}
