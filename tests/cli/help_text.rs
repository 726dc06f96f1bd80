//! Help and messages read as sentences: a string literal broken across source lines without a
//! `\` continuation keeps the next line's indentation as a run of spaces inside the text
//! ("of             one instrument"). Every command's `--help`, rendered by the real binary, is
//! checked for runs of 3 or more spaces inside a line (the alignment of the command list, of
//! possible values and of example comments aside).

use crate::support::*;

/// The subcommand names listed under `Commands:` in a help text (`help` aside).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // A listed name is indented by two; a wrapped description by more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_string)
        .collect()
}

/// The runs of 3+ spaces inside the lines of `help`, as (line, the text around).
fn stray_runs(help: &str) -> Vec<String> {
    let mut in_commands = false;
    let mut found = Vec::new();
    for line in help.lines() {
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if line.trim().is_empty() {
            in_commands = false;
        }
        let mut text = line.trim();
        if in_commands && line.starts_with("  ") && !line.starts_with("   ") {
            // "  name      About": the padding after the name is alignment.
            text = text
                .split_once(' ')
                .map_or("", |(_, rest)| rest)
                .trim_start();
        }
        // A list of possible values aligns their descriptions: `- oco:         A take-profit…`.
        if let Some(rest) = text.strip_prefix("- ") {
            if let Some((name, about)) = rest.split_once(':') {
                if !name.contains(' ') {
                    text = about.trim_start();
                }
            }
        }
        // Examples align their comments: `okx … --yes      # one instrument`.
        let text = text.split("  #").next().unwrap_or(text).trim_end();
        if text.contains("   ") {
            found.push(line.to_string());
        }
    }
    found
}

#[test]
fn no_help_text_has_a_run_of_spaces_inside_a_sentence() {
    let sb = Sandbox::new();
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    let mut seen = 0;
    let mut bad = Vec::new();
    while let Some(path) = todo.pop() {
        let (code, help, err) = run(sb.okx().args(&path).arg("--help"));
        assert_eq!(code, 0, "okx {} --help: {err}", path.join(" "));
        seen += 1;
        for line in stray_runs(&help) {
            bad.push(format!("okx {} --help: {line:?}", path.join(" ")));
        }
        for sub in subcommands(&help) {
            let mut p = path.clone();
            p.push(sub);
            todo.push(p);
        }
    }
    assert!(seen > 40, "walked {seen} help texts");
    assert!(
        bad.is_empty(),
        "runs of spaces inside text:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_finds_a_broken_continuation() {
    let broken = "Cancel every pending order of the account, of             one instrument.";
    assert_eq!(stray_runs(broken).len(), 1);
    let commands = "Commands:\n  place       Place an order\n               wrapped about\n";
    assert!(stray_runs(commands).is_empty());
}

/// The message for a derivative order without `--td-mode` is one sentence.
#[test]
fn the_td_mode_message_has_no_run_of_spaces() {
    let sim = sim();
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.okx_signed(&sim).args([
        "order",
        "place",
        "BTC-USDT-SWAP",
        "buy",
        "1",
        "--price",
        "100",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("give --td-mode cross or isolated"), "{err}");
    assert!(!err.contains("   "), "{err}");
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of `code` that hold a run of 3+ spaces after text on one line, or that
/// run on to a next source line indented like code (8 spaces or more) without a `\`
/// continuation, which puts a newline and the indentation into the text (preformatted text at
/// the left margin, such as the exit-code table, is fine): (line number, the line).
fn broken_literals(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    // Inside a literal: Some(number of `#` of a raw string, or None for a plain one).
    let mut inside: Option<Option<usize>> = None;
    // Whether the previous line ended inside a plain literal without a `\`.
    let mut ran_on = false;
    for (n, line) in code.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        let mut bad = ran_on && line.starts_with("        ");
        // Where the literal's text starts on this line: after its opening quote.
        let mut start = 0;
        if inside.is_none() && line.trim_start().starts_with("//") {
            continue;
        }
        while i < chars.len() {
            let c = chars[i];
            match inside {
                None => {
                    if c == '/' && chars.get(i + 1) == Some(&'/') {
                        break;
                    }
                    if c == '\'' {
                        // A char literal ('"', '\'', 'x'), or a lifetime.
                        if chars.get(i + 1) == Some(&'\\') {
                            i += 4;
                            continue;
                        }
                        if chars.get(i + 2) == Some(&'\'') {
                            i += 3;
                            continue;
                        }
                    }
                    if c == 'r'
                        && matches!(chars.get(i + 1), Some('"' | '#'))
                        && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_')
                    {
                        let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                        if chars.get(i + 1 + hashes) == Some(&'"') {
                            inside = Some(Some(hashes));
                            i += 2 + hashes;
                            start = i;
                            continue;
                        }
                    }
                    if c == '"' {
                        inside = Some(None);
                        start = i + 1;
                    }
                    i += 1;
                }
                Some(raw) => {
                    if raw.is_none() && c == '\\' {
                        i += 2;
                        continue;
                    }
                    if c == '"' {
                        let h = raw.unwrap_or(0);
                        if chars[i + 1..].iter().take_while(|c| **c == '#').count() >= h {
                            inside = None;
                            i += 1 + h;
                            continue;
                        }
                    }
                    if c == ' '
                        && i > start
                        && chars[i - 1] != ' '
                        && !(i > 1 && chars[i - 2] == '\\')
                        && chars[i..].iter().take_while(|c| **c == ' ').count() >= 3
                        && chars[i..]
                            .iter()
                            .find(|c| **c != ' ')
                            .is_some_and(|c| *c != '"' && *c != '#')
                    {
                        bad = true;
                    }
                    i += 1;
                }
            }
        }
        ran_on = inside == Some(None) && !line.ends_with('\\');
        if bad {
            found.push((n + 1, line.to_string()));
        }
    }
    found
}

#[test]
fn no_string_literal_in_src_has_a_run_of_spaces_inside_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut bad = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        // Code only: the tests at the bottom of a file may lay out tables freely.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in broken_literals(code) {
            bad.push(format!("{}:{n}: {}", f.display(), line.trim()));
        }
    }
    assert!(files.len() > 50, "{} files", files.len());
    assert!(
        bad.is_empty(),
        "string literals with runs of spaces:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_source_check_finds_broken_literals() {
    let src = "let a = \"of             one\";\nlet b = \"fine \\\n        text\";\nlet c = \"broken\n        on\";\nlet d = '\"'; let e = \"ok   \";\nlet f = \"   lead\";\nconst T: &str = \"\\\nTable:\n  0  ok\";\n";
    let found: Vec<usize> = broken_literals(src).into_iter().map(|(n, _)| n).collect();
    assert_eq!(found, [1, 5]);
}
