//! Shared helpers: a hermetic `okx` command in its own temporary directory.

use std::path::Path;

use assert_cmd::Command;

/// Recognisable credentials: any test output that contains the secret or the passphrase is a
/// leak. The secret is 32 hex characters, the shape of a real OKX secret key.
pub const API_KEY: &str = "985d5b66-57ce-40fb-b714-afc0b9787083";
pub const API_KEY_FINGERPRINT: &str = "985d…7083";
pub const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
pub const PASSPHRASE: &str = "Leak-Canary-Passphrase-7";

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, content: &str) -> &Self {
        std::fs::write(self.path().join(name), content).expect("write file");
        self
    }

    /// `okx` with an empty environment (only PATH kept), HOME and the working directory inside
    /// the sandbox.
    pub fn okx(&self) -> Command {
        let mut c = Command::cargo_bin("okx").expect("okx binary");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .current_dir(self.path());
        c
    }

    /// `okx` with the test credentials in the environment.
    pub fn okx_with_creds(&self) -> Command {
        let mut c = self.okx();
        c.env("OKX_API_KEY", API_KEY)
            .env("OKX_SECRET_KEY", SECRET)
            .env("OKX_PASSPHRASE", PASSPHRASE);
        c
    }
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("run okx");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Fails if a secret appears anywhere in the given outputs.
pub fn assert_no_secrets(outputs: &[&str]) {
    for o in outputs {
        assert!(!o.contains(SECRET), "secret key leaked in output:\n{o}");
        assert!(!o.contains(PASSPHRASE), "passphrase leaked in output:\n{o}");
        assert!(!o.contains(API_KEY), "full API key leaked in output:\n{o}");
    }
}

pub fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}"))
}
