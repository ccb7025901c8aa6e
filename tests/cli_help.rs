//! Every subcommand explains itself in Norwegian with `--help`, and exits 0.

mod cli_support;
use cli_support::tavle;

const SUBCOMMANDS: [&str; 12] = [
    "import", "export", "list", "show", "print", "status", "row", "history", "absence", "due",
    "delete", "board",
];

#[test]
fn tavle_help_lists_every_subcommand_in_norwegian() {
    let out = tavle(["--help"]).ok();
    assert!(out.contains("Bruk: tavle"), "{out}");
    assert!(out.contains("Kommandoer:"), "{out}");
    for sub in SUBCOMMANDS {
        assert!(out.contains(&format!("  {sub} ")), "{sub} missing: {out}");
    }
    assert!(!out.contains("Usage") && !out.contains("Options") && !out.contains("Print help"));
}

#[test]
fn every_subcommand_has_norwegian_help_and_exits_zero() {
    for sub in SUBCOMMANDS {
        for flag in ["--help", "-h"] {
            let run = tavle([sub, flag]);
            assert_eq!(run.code, 0, "{sub} {flag}: {}", run.stderr);
            let out = run.stdout;
            assert!(out.contains(&format!("Bruk: tavle {sub}")), "{sub}: {out}");
            assert!(out.contains("Vis denne hjelpen"), "{sub}: {out}");
            assert!(
                out.contains("Argumenter:") && out.contains("<FIL>"),
                "{sub}: {out}"
            );
            for english in ["Usage", "Options", "Arguments", "Print help", "[default"] {
                assert!(!out.contains(english), "{sub}: «{english}» in {out}");
            }
        }
    }
}

#[test]
fn a_missing_or_unknown_subcommand_is_refused_in_norwegian_with_code_2() {
    let err = tavle(Vec::<&str>::new()).refused();
    assert!(err.contains("kommando mangler"), "{err}");
    let err = tavle(["shw", "fil.tavle"]).refused();
    assert!(
        err.contains("ukjent kommando «shw»") && err.contains("Mente du «show»?"),
        "{err}"
    );
    assert!(err.contains("Se «tavle --help»"), "{err}");
    let err = tavle(["show", "fil.tavle", "--bord", "1"]).refused();
    assert!(
        err.contains("«--bord»") && err.contains("«--board»"),
        "{err}"
    );
    assert!(err.contains("Se «tavle show --help»"), "{err}");
}
