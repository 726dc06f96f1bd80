//! The committed completion scripts and man page must match what the clap tree generates.

use clap::CommandFactory;
use roff::{roman, Roff};

use crate::support::*;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "okx.bash"),
    ("zsh", "_okx"),
    ("fish", "okx.fish"),
    ("powershell", "_okx.ps1"),
    ("elvish", "okx.elv"),
];

const REFRESH: &str = "OKX_BLESS=1 cargo test --test cli completions";

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
        "stale completion scripts: {}\nrefresh them with: {REFRESH}",
        stale.join(", ")
    );
}

/// Rendered clap_mangen sections, as text.
fn rendered(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    f(&mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

/// A preformatted block (examples, the exit-code table): lines kept as they are.
fn verbatim<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut r = Roff::new();
    r.control("PP", []).control("nf", []);
    for line in lines {
        r.text([roman(line)]);
    }
    r.control("fi", []);
    r.render()
}

/// One subsection per command, depth first: its synopsis, description, arguments and options
/// (the global ones are listed once, at the top), and its examples.
fn command_sections(cmd: &clap::Command, parent: &str, out: &mut String) {
    let path = format!("{parent} {}", cmd.get_name());
    out.push_str(&Roff::new().control("SS", [path.as_str()]).render());
    let man = clap_mangen::Man::new(
        cmd.clone()
            .bin_name(&path)
            .disable_help_flag(true)
            .disable_help_subcommand(true),
    );
    let body = rendered(|w| {
        man.render_synopsis_section(w)?;
        man.render_description_section(w)?;
        man.render_options_section(w)
    });
    // Their headings become paragraph breaks under the command's own.
    for line in body.lines() {
        out.push_str(if line.starts_with(".SH ") {
            ".PP"
        } else {
            line
        });
        out.push('\n');
    }
    if let Some(after) = cmd.get_after_help() {
        out.push_str(&verbatim(after.to_string().lines()));
    }
    for sub in cmd.get_subcommands() {
        command_sections(sub, &path, out);
    }
}

/// One page for all of okx: clap_mangen's sections for `okx` itself (name, synopsis,
/// description, options, global options), then COMMANDS, EXIT STATUS and VERSION.
fn man_page() -> String {
    let root = okx::cli::Cli::command();
    let man = clap_mangen::Man::new(root.clone());
    let mut page = rendered(|w| {
        man.render_title(w)?;
        man.render_name_section(w)?;
        man.render_synopsis_section(w)?;
        man.render_description_section(w)?;
        man.render_options_section(w)
    });
    page.push_str(&Roff::new().control("SH", ["COMMANDS"]).render());
    for sub in root.get_subcommands() {
        command_sections(sub, "okx", &mut page);
    }
    page.push_str(&Roff::new().control("SH", ["EXIT STATUS"]).render());
    let exit_codes = root.get_after_help().unwrap().to_string();
    page.push_str(&verbatim(exit_codes.lines().skip(1)));
    page.push_str(&rendered(|w| man.render_version_section(w)));
    // Every rendering starts with roff's apostrophe preamble; the page needs it once.
    let preamble = Roff::new().render();
    format!("{preamble}{}", page.replace(&preamble, ""))
}

#[test]
fn committed_man_page_is_fresh() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/okx.1");
    let page = man_page();
    for needle in [
        ".SH \"GLOBAL OPTIONS\"",
        ".SS \"okx order place\"",
        ".SS \"okx watch orders\"",
        "\\-\\-expire",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(page.contains(needle), "{needle} missing from the man page");
    }
    if std::env::var_os("OKX_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &page).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).ok().as_deref() == Some(page.as_str()),
        "stale man page: man/okx.1\nrefresh it with: {REFRESH}"
    );
}
