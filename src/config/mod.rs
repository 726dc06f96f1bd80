//! Settings and credentials: command-line flags, then the process environment, then a `.env` file
//! (the working directory's, or `--env-file`), then defaults. Each value remembers where it came
//! from so errors and `okx config` can say which line to fix.
//!
//! The `.env` file is read into a map with dotenvy's iterator, never into the process environment,
//! so loading it has no side effects and precedence stays explicit.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use std::time::Duration;

use crate::error::Failure;

/// `--timeout` when neither the flag nor `OKX_TIMEOUT` says otherwise.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

mod dotenv;
mod secret;
pub(crate) mod settings;
mod urls;

pub(crate) use dotenv::DotEnvEntry;
use dotenv::{read_dotenv, readable_by_others};
pub use secret::forbid_core_dumps;
pub(crate) use secret::{fingerprint, Secret};
use settings::alias_of;
pub(crate) use settings::{ALIASES, SETTINGS};
pub(crate) use urls::{shown_url, validate_base_url, DEFAULT_BASE_URL};

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
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
pub(crate) struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// Flag values, already parsed by clap; `None` means the flag was not given.
#[derive(Debug, Default, Clone)]
pub(crate) struct Flags {
    pub env_file: Option<PathBuf>,
    pub api_key: Option<String>,
    pub base_url: Option<String>,
    /// `Some(true)` for `--demo`, `Some(false)` for `--live`.
    pub demo: Option<bool>,
    pub audit_log: Option<PathBuf>,
    pub ws_url: Option<String>,
    pub timeout: Option<Duration>,
}

pub(crate) struct Config {
    /// How long each HTTP request may take.
    pub timeout: Setting<Duration>,
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
pub(crate) struct Credentials {
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
    pub(crate) fn load(
        flags: &Flags,
        env: &dyn Fn(&str) -> Option<String>,
        cwd: &Path,
    ) -> Result<Config, Failure> {
        let (env_file, dotenv) = match &flags.env_file {
            Some(path) => {
                // Any readable file, not only a regular one: `--env-file <(pass show okx)` is a
                // pipe (/dev/fd/N), read once.
                match std::fs::metadata(path) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Err(Failure::Config(format!(
                            "env file {} does not exist; check the path given to --env-file",
                            path.display()
                        )))
                    }
                    Ok(m) if m.is_dir() => {
                        return Err(Failure::Config(format!(
                            "env file {} is a directory; give --env-file a file",
                            path.display()
                        )))
                    }
                    _ => {}
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
                Failure::Config(format!(
                    "OKX_BASE_URL value {} (from {}) {why}",
                    shown_url(&base_url.value),
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

        let timeout = match flags.timeout {
            Some(t) => Setting {
                value: t,
                source: Source::Flag("--timeout"),
            },
            None => match non_empty(lookup("OKX_TIMEOUT")) {
                Some(s) => Setting {
                    value: crate::validate::duration(
                        &s.value,
                        "OKX_TIMEOUT",
                        crate::cli::MIN_TIMEOUT,
                        crate::cli::MAX_TIMEOUT,
                    )
                    .map_err(|e| Failure::Config(format!("{e} (from {})", s.source)))?,
                    source: s.source,
                },
                None => Setting {
                    value: DEFAULT_TIMEOUT,
                    source: Source::Default,
                },
            },
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
            if name.starts_with("OKX_") && settings::find(name).is_none() {
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
            timeout,
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
    pub(crate) fn credentials(
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
    pub(crate) fn missing(
        &self,
        missing: &[&str],
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Failure {
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

/// Sendable as an HTTP header value: no control characters (a pasted line break, a tab).
fn header_safe(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" | "" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::urls::validate_ws_url;
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
