//! The settings table: every variable okx reads, declared once. Loading (the names and flags),
//! the unknown-variable warnings, `okx config` and `.env.example` all come from it; a test
//! fails when `.env.example` differs from what the table generates.

/// One setting: its variable, its flag if it has one, a one-line summary, and the comment and
/// value `.env.example` shows.
#[derive(Debug)]
pub(crate) struct SettingSpec {
    pub var: &'static str,
    pub flag: Option<&'static str>,
    pub summary: &'static str,
    /// The comment above it in `.env.example`, one line per line (read by the generator,
    /// which only the freshness test runs).
    #[cfg_attr(not(test), allow(dead_code))]
    pub doc: &'static [&'static str],
    #[cfg_attr(not(test), allow(dead_code))]
    pub example: &'static str,
}

pub(crate) const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        var: "OKX_API_KEY",
        flag: Some("--api-key"),
        summary: "API key (shown only as a fingerprint)",
        doc: &["API key from OKX (Profile > API). Shown by okx only as a fingerprint such as 985d…7083."],
        example: "",
    },
    SettingSpec {
        var: "OKX_SECRET_KEY",
        flag: None,
        summary: "secret key used to sign requests (never shown)",
        doc: &["Secret key shown once when the key was created. Signs every private request; never printed."],
        example: "",
    },
    SettingSpec {
        var: "OKX_PASSPHRASE",
        flag: None,
        summary: "passphrase chosen when the key was created (never shown)",
        doc: &["Passphrase you chose when creating the API key (not your account password); never printed."],
        example: "",
    },
    SettingSpec {
        var: "OKX_BASE_URL",
        flag: Some("--base-url"),
        summary: "REST base URL (default https://www.okx.com)",
        doc: &[
            "REST base URL. Default https://www.okx.com. EEA accounts: https://eea.okx.com;",
            "US accounts: https://us.okx.com. Plain http is accepted only for loopback (a local stand-in).",
        ],
        example: "https://www.okx.com",
    },
    SettingSpec {
        var: "OKX_DEMO",
        flag: Some("--demo / --live"),
        summary: "1 for demo trading: sends x-simulated-trading: 1",
        doc: &["1 for demo trading (sends x-simulated-trading: 1; needs a demo-trading key), 0 for live."],
        example: "0",
    },
    SettingSpec {
        var: "OKX_AUDIT_LOG",
        flag: Some("--audit-log"),
        summary: "audit log: one JSON line per request (an intent line before each order)",
        doc: &[
            "Write-ahead audit log: an \"intent\" line flushed to disk before each order is sent, and an",
            "\"answer\" line per request (time, method, path, body, HTTP status, OKX code, ordId/clOrdId,",
            "sCode/sMsg, duration). Never contains a credential. Created mode 0600; must be a regular file",
            "(not a symlink, FIFO or device), or okx refuses to send anything.",
        ],
        example: "",
    },
    SettingSpec {
        var: "OKX_TIMEOUT",
        flag: Some("--timeout"),
        summary: "how long each HTTP request may take (default 10 s)",
        doc: &[
            "How long each HTTP request may take (connect and the whole answer), and how long okx",
            "waits for another okx process's lock on the shared pacing ledger: seconds (10, 2.5)",
            "or a duration (500ms, 1m), at most 1h. Default 10.",
        ],
        example: "10",
    },
    SettingSpec {
        var: "OKX_WS_URL",
        flag: Some("--ws-url"),
        summary: "WebSocket base URL for okx watch (default derived from OKX_BASE_URL)",
        doc: &[
            "WebSocket base URL for okx watch. Default: derived from OKX_BASE_URL and OKX_DEMO",
            "(wss://ws.okx.com:8443 live, wss://wspap.okx.com:8443 demo). ws:// only for loopback.",
        ],
        example: "",
    },
];

/// The setting `var` names, if okx reads it.
pub(crate) fn find(var: &str) -> Option<&'static SettingSpec> {
    SETTINGS.iter().find(|s| s.var == var)
}

/// Names other tools use for the same things; a hint beats a silent "missing credential".
pub(crate) const ALIASES: &[(&str, &str)] = &[
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

pub(super) fn alias_of(name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(a, _)| *a == name)
        .map(|(_, real)| *real)
}

/// `.env.example`, as the table describes it.
#[cfg(test)]
pub(crate) fn env_example() -> String {
    let mut out = String::from(
        "# Settings for okx. Copy to .env (never commit .env) and fill in what you need.\n\
         # Precedence, highest first: command-line flags, the process environment, this file.\n\
         # Quote a value with single quotes if it contains '$', '#' or spaces: dotenv expands $NAME.\n",
    );
    for s in SETTINGS {
        out.push('\n');
        for line in s.doc {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("{}={}\n", s.var, s.example));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `.env.example` is what the table generates (refresh: `OKX_BLESS=1 cargo test env_example`).
    #[test]
    fn env_example_matches_the_table() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".env.example");
        if std::env::var_os("OKX_BLESS").is_some() {
            std::fs::write(&path, env_example()).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed,
            env_example(),
            ".env.example is stale: refresh it with OKX_BLESS=1 cargo test env_example"
        );
        for (alias, real) in ALIASES {
            assert!(find(alias).is_none() && find(real).is_some(), "{alias}");
        }
    }
}
