//! Error codes: the `okx errors` table, exit codes, and the closed-pipe rule.

use std::process::{Command, Stdio};

use crate::support::*;

#[test]
fn errors_gives_the_real_meaning_of_codes_tutorials_get_wrong() {
    let sb = Sandbox::new();
    let (code, out, _) = run(sb
        .okx()
        .args(["errors", "50111", "50113", "50102", "50119", "--json"]));
    assert_eq!(code, 0);
    let v = json(&out);
    let meaning = |i: usize| v[i]["meaning"].as_str().unwrap().to_string();
    assert_eq!(meaning(0), "Invalid OK-ACCESS-KEY");
    assert_eq!(meaning(1), "Invalid signature");
    assert_eq!(meaning(2), "Timestamp request expired");
    assert_eq!(meaning(3), "API key doesn't exist");
    assert!(v[1]["cause"].as_str().unwrap().contains("okx sign --debug"));
}

#[test]
fn every_code_the_issue_lists_is_explained() {
    let sb = Sandbox::new();
    let wanted = [
        "50101", "50102", "50103", "50104", "50105", "50106", "50107", "50110", "50111", "50112",
        "50113", "50119", "50011", "50013", "51000", "51001", "51008", "51020", "51121", "51400",
        "51603",
    ];
    let (code, out, err) = run(sb.okx().arg("errors").args(wanted).arg("--json"));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), wanted.len());
    for item in v.as_array().unwrap() {
        assert!(!item["cause"].as_str().unwrap().is_empty(), "{item}");
    }
}

#[test]
fn unknown_code_is_a_usage_error() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.okx().args(["errors", "12345"]));
    assert_eq!(code, 2);
    assert!(err.contains("\"12345\""), "{err}");
}

#[test]
fn help_documents_the_exit_codes() {
    let sb = Sandbox::new();
    let (code, out, _) = run(sb.okx().arg("--help"));
    assert_eq!(code, 0);
    for line in [
        "Exit codes:",
        "2  bad command line",
        "3  configuration",
        "4  authentication",
        "7  outcome unknown",
    ] {
        assert!(out.contains(line), "--help lacks {line:?}");
    }
}

#[test]
fn a_closed_stdout_exits_zero_quietly() {
    // The read end is closed before okx starts, so its first write fails with EPIPE, exactly
    // what `okx … | head` does once head has read enough.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let sb = Sandbox::new();
    let out = Command::new(assert_cmd::cargo::cargo_bin("okx"))
        .args(["errors", "--json"])
        .env_clear()
        .current_dir(sb.path())
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .expect("run okx");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
