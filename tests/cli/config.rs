//! Configuration: precedence (flag > environment > .env > default), malformed .env, missing
//! credentials, bad values. `okx config` shows each value's source, which is what is asserted.

use crate::support::*;

fn config_json(cmd: &mut assert_cmd::Command) -> serde_json::Value {
    let (code, out, err) = run(cmd.args(["config", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_no_secrets(&[&out, &err]);
    json(&out)
}

#[test]
fn precedence_is_flag_then_environment_then_dotenv_then_default() {
    let sb = Sandbox::new();
    // Nothing set: defaults.
    let v = config_json(&mut sb.okx());
    assert_eq!(v["OKX_BASE_URL"]["value"], "https://www.okx.com");
    assert_eq!(v["OKX_BASE_URL"]["source"], "default");
    assert_eq!(v["OKX_API_KEY"]["value"], "(not set)");

    sb.write(
        ".env",
        "# comment\nOKX_API_KEY=file-key-0000-1111-2222\nOKX_BASE_URL=https://aws.okx.com\nOKX_DEMO=1\n",
    );
    let v = config_json(&mut sb.okx());
    assert_eq!(v["OKX_BASE_URL"]["value"], "https://aws.okx.com");
    assert!(
        v["OKX_BASE_URL"]["source"]
            .as_str()
            .unwrap()
            .ends_with(".env:3"),
        "{v}"
    );
    assert_eq!(v["OKX_API_KEY"]["value"], "file…2222");
    assert_eq!(v["OKX_DEMO"]["value"], "1 (demo trading)");

    let v = config_json(
        sb.okx()
            .env("OKX_API_KEY", "envv-key-0000-1111-3333")
            .env("OKX_BASE_URL", "https://eea.okx.com"),
    );
    assert_eq!(v["OKX_API_KEY"]["value"], "envv…3333");
    assert_eq!(v["OKX_API_KEY"]["source"], "environment");
    assert_eq!(v["OKX_BASE_URL"]["value"], "https://eea.okx.com");

    let v = config_json(
        sb.okx()
            .env("OKX_API_KEY", "envv-key-0000-1111-3333")
            .env("OKX_BASE_URL", "https://eea.okx.com")
            .args([
                "--api-key",
                "flag-key-0000-1111-4444",
                "--base-url",
                "http://127.0.0.1:8765",
                "--live",
            ]),
    );
    assert_eq!(v["OKX_API_KEY"]["value"], "flag…4444");
    assert_eq!(v["OKX_API_KEY"]["source"], "flag --api-key");
    assert_eq!(v["OKX_BASE_URL"]["value"], "http://127.0.0.1:8765");
    assert_eq!(v["OKX_DEMO"]["value"], "0 (live trading)");
    assert_eq!(v["OKX_DEMO"]["source"], "flag --live");
}

#[test]
fn env_file_flag_replaces_the_working_directory_dotenv() {
    let sb = Sandbox::new();
    sb.write(".env", "OKX_BASE_URL=https://aws.okx.com\n");
    sb.write("other.env", "OKX_BASE_URL=https://us.okx.com\n");
    let v = config_json(sb.okx().args(["--env-file", "other.env"]));
    assert_eq!(v["OKX_BASE_URL"]["value"], "https://us.okx.com");
    assert_eq!(v["env_file"], "other.env");

    let (code, _, err) = run(sb.okx().args(["--env-file", "nope.env", "config"]));
    assert_eq!(code, 3);
    assert!(
        err.contains("nope.env") && err.contains("--env-file"),
        "{err}"
    );
}

#[test]
fn secrets_are_reported_as_set_never_shown() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx_with_creds().args(["config", "-o", "table"]));
    assert_eq!(code, 0);
    assert_no_secrets(&[&out, &err]);
    assert!(out.contains(API_KEY_FINGERPRINT), "{out}");
    assert!(
        out.contains(" set ") && !out.contains("32"),
        "only \"set\", not even a length: {out}"
    );
}

#[test]
fn malformed_dotenv_names_file_and_line_without_the_value() {
    let sb = Sandbox::new();
    sb.write(
        ".env",
        &format!("OKX_API_KEY={API_KEY}\n\nOKX SECRET_KEY={SECRET}\n"),
    );
    let (code, out, err) = run(sb.okx().args(["sign", "GET", "/api/v5/account/balance"]));
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert!(err.contains(".env:3:"), "{err}");
    assert!(
        !err.contains(SECRET),
        "the malformed line's value leaked: {err}"
    );

    // A value with a space, and a secret pasted on a line of its own: neither is echoed.
    for text in [
        format!("OKX_SECRET_KEY={} {}\n", &SECRET[..8], &SECRET[8..]),
        format!("OKX_API_KEY={API_KEY}\n{SECRET}\n"),
    ] {
        sb.write(".env", &text);
        let (code, _, err) = run(sb.okx().args(["config"]));
        assert_eq!(code, 3, "{err}");
        assert!(
            !err.contains(&SECRET[..8]) && !err.contains(&SECRET[8..]),
            "secret echoed: {err}"
        );
    }

    sb.write(".env", "OKX_API_KEY=abc\nOKX_PASSPHRASE=\"unterminated\n");
    let (code, _, err) = run(sb.okx().args(["config"]));
    assert_eq!(code, 3);
    assert!(err.contains(".env:2:"), "{err}");
}

#[test]
fn a_broken_dotenv_does_not_break_commands_that_need_no_configuration() {
    let sb = Sandbox::new();
    sb.write(".env", "this is not an env file\n");
    let (code, _, _) = run(sb.okx().args(["completions", "bash"]));
    assert_eq!(code, 0);
    let (code, _, _) = run(sb.okx().args(["errors", "50113"]));
    assert_eq!(code, 0);
}

#[test]
fn missing_credentials_name_exact_variables_and_look_alikes() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.okx().env("OKX_API_SECRET", SECRET).args([
        "sign",
        "GET",
        "/api/v5/account/balance",
    ]));
    assert_eq!(code, 3);
    assert!(out.is_empty());
    assert!(err.contains("missing credential OKX_SECRET_KEY"), "{err}");
    assert!(err.contains("found OKX_API_SECRET"), "{err}");
    assert!(!err.contains(SECRET));
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn unknown_okx_variables_in_dotenv_are_warned_about() {
    let sb = Sandbox::new();
    sb.write(".env", "OKX_PASSWORD=x\nOKX_BASE_URL=https://www.okx.com\n");
    let (code, _, err) = run(sb.okx().args(["config"]));
    assert_eq!(code, 0);
    assert!(
        err.contains(
            ".env:1: OKX_PASSWORD is not a variable okx reads; did you mean OKX_PASSPHRASE?"
        ),
        "{err}"
    );
}

#[test]
fn bad_values_are_configuration_errors_naming_the_value() {
    let sb = Sandbox::new();
    let cases: &[(&str, &str, &str)] = &[
        ("OKX_BASE_URL", "http://www.okx.com", "unencrypted"),
        ("OKX_BASE_URL", "https://www.okx.com/api/v5", "API path"),
        ("OKX_BASE_URL", "www.okx.com", "is not a URL"),
        ("OKX_BASE_URL", "ftp://www.okx.com", "scheme"),
        ("OKX_DEMO", "maybe", "\"maybe\""),
    ];
    for (var, value, needle) in cases {
        let (code, out, err) = run(sb.okx().env(var, value).args(["config"]));
        assert_eq!(code, 3, "{var}={value}: {err}");
        assert!(out.is_empty());
        assert!(
            err.contains(needle) && err.contains(var),
            "{var}={value}: {err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_env_file_with_credentials_readable_by_others_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.write(".env", &format!("OKX_SECRET_KEY={SECRET}\n"));
    let env = sb.path().join(".env");
    std::fs::set_permissions(&env, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, err) = run(sb.okx().args(["config"]));
    assert_eq!(code, 0);
    assert!(
        err.contains("readable by other users (mode 644)") && err.contains("chmod 600 .env"),
        "{err}"
    );
    std::fs::set_permissions(&env, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (_, _, err) = run(sb.okx().args(["config"]));
    assert!(!err.contains("readable by other users"), "{err}");
}

#[test]
fn audit_log_and_ws_url_are_read_from_dotenv_and_shown() {
    let sb = Sandbox::new();
    sb.write(
        ".env",
        "OKX_AUDIT_LOG=audit.jsonl\nOKX_WS_URL=ws://127.0.0.1:8443\n",
    );
    let (code, out, err) = run(sb.okx().args(["config", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("not a variable okx reads"), "{err}");
    let v = json(&out);
    assert_eq!(v["OKX_AUDIT_LOG"]["value"], "audit.jsonl", "{v}");
    assert_eq!(v["OKX_AUDIT_LOG"]["source"], ".env:1", "{v}");
    assert_eq!(v["OKX_WS_URL"]["value"], "ws://127.0.0.1:8443", "{v}");
}

#[test]
fn the_timeout_comes_from_the_flag_the_environment_or_the_env_file() {
    let sb = Sandbox::new();
    sb.write(".env", "OKX_TIMEOUT=2.5\n");
    let (code, out, err) = run(sb.okx().args(["config", "--json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["OKX_TIMEOUT"]["value"], "2.5 s", "{v}");
    assert_eq!(v["OKX_TIMEOUT"]["source"], ".env:1", "{v}");
    let (_, out, _) = run(sb.okx().env("OKX_TIMEOUT", "1m").args(["config", "--json"]));
    assert_eq!(json(&out)["OKX_TIMEOUT"]["value"], "60 s");
    let (_, out, _) =
        run(sb
            .okx()
            .env("OKX_TIMEOUT", "1m")
            .args(["config", "--json", "--timeout", "500ms"]));
    let v = json(&out);
    assert_eq!(v["OKX_TIMEOUT"]["value"], "0.5 s");
    assert_eq!(v["OKX_TIMEOUT"]["source"], "flag --timeout");
    // A bad value in the environment is a configuration error naming it.
    let (code, _, err) = run(sb.okx().env("OKX_TIMEOUT", "soon").args(["config"]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("OKX_TIMEOUT") && err.contains("soon"), "{err}");
}
