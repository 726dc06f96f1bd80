//! The committed completion scripts must match what `okx completions` generates.

use crate::support::*;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "okx.bash"),
    ("zsh", "_okx"),
    ("fish", "okx.fish"),
    ("powershell", "_okx.ps1"),
    ("elvish", "okx.elv"),
];

#[test]
fn committed_completions_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("OKX_BLESS").is_some();
    let sb = Sandbox::new();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let (code, out, err) = run(sb.okx().args(["completions", shell]));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("okx"), "{shell}: empty script");
        let path = dir.join(file);
        if bless {
            std::fs::write(&path, &out).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(out.as_str()) {
            stale.push(format!("completions/{file}"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {}\nrefresh them with: OKX_BLESS=1 cargo test --test cli completions",
        stale.join(", ")
    );
}
