//! `tavle --version` says which Tavle this is, so a leader (or support) can tell which
//! package is installed.

mod cli_support;
use cli_support::tavle;

#[test]
fn tavle_version_prints_the_version_and_exits_zero() {
    for flag in ["--version", "-V"] {
        let out = tavle([flag]).ok();
        assert_eq!(out.trim(), format!("tavle {}", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn tavle_help_lists_the_version_option_in_norwegian() {
    let out = tavle(["--help"]).ok();
    assert!(
        out.contains("--version") && out.contains("Vis versjonen"),
        "{out}"
    );
}
