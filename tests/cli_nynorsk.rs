//! `--lang nn` (or a nynorsk locale) makes the whole command line nynorsk: the help
//! (`tavle --help`, `tavle KOMMANDO --help`), the refusals of a command that must be
//! corrected and the command line's own messages, with the same exit codes as in bokmål.
//! Bokmål stays exactly as it was.

mod cli_support;

use std::ffi::OsStr;

use cli_support::{tavle, tavle_in_env, Run, Scratch};

const SUBCOMMANDS: [&str; 14] = [
    "import", "export", "list", "show", "print", "status", "row", "history", "absence", "due",
    "backups", "restore", "publish", "rollup",
];

/// `tavle --help` in bokmål, as it was before the help moved into the catalogue.
const BOKMAL_HELP: &str = r#"Tavle: forbedringstavler for nærvær på kommandolinjen.
Arbeider på en .tavle-fil som kan holde mange tavler.

Bruk: tavle KOMMANDO FIL [VALG]

Kommandoer:
  import   Legg til en tavle fra en tavlefil (JSON) eller et regneark (.xlsx, .xls, .ods, .csv), eller oppdater tavlen en arbeidsbok fra Tavle ble eksportert fra; skriver ut tavlens id
  export   Skriv en tavle som JSON, CSV (for Excel) eller Excel-arbeidsbok (.xlsx)
  list     Vis tavlene i filen: id, enhet, år, antall rader og status
  show     Vis en tavle som tekst: mål, fravær hittil i år, alle rader, plan og fraværstall
  print    Lag en PDF for utskrift: tavlen, Prosjekt nærvær, innspill fra workshopen (eller tomt workshop-ark), årsrapport eller referat fra tavlemøtet
  status   Endre status på et tiltak (raden får en ny linje i statushistorikken)
  row      Vis eller endre tiltakstype og innsats for et tiltak
  history  Vis statushistorikken til et tiltak med id for hver endring; rett eller fjern en endring
  absence  Legg inn fraværstall for en måned: prosent, eller avtalte og tapte dagsverk
  due      Vis tiltak som er forsinket, og med --within dem som har frist snart, i alle tavler
  trend    Vis seriediagrammet for en enhet: fraværet måned for måned fra alle enhetens tavler i filen, med median og Anhøj-reglene (signal eller tilfeldig variasjon)
  backups  Vis sikkerhetskopiene av filen: når de ble tatt, antall tavler og rader
  restore  Hent tilbake en sikkerhetskopi; filen slik den er nå kopieres til «backups» først
  delete   Slett en tavle og alt på den (rader, historikk, fravær, plan, innspill); en sikkerhetskopi tas først
  publish  Del en tavle med HR: en hel kopi (øyeblikksbilde) i en delt mappe, én fil per enhet og år
  rollup   Oversikt over enheter: alle delte tavler for ett år, én linje per enhet og en total
  board    Endre tavlens hode slik «Endre tavlen …» gjør: enhet, år, mål, sektor, årsverk, hovedmål, fokus

Valg:
  -h, --help          Vis denne hjelpen
  -V, --version       Vis versjonen
      --lang <SPRÅK>  Språket i meldingene, utskriftene og eksportene: nb (bokmål) eller nn (nynorsk). Uten valget: nn når LC_ALL, LC_MESSAGES eller LANG begynner med nn, ellers nb

Skriv «tavle KOMMANDO --help» for hjelp til en kommando.
Feil gir kode 2 når noe i kommandoen eller dataene må rettes, og 1 ved andre feil.
"#;

/// `tavle status --help` in bokmål, likewise.
const BOKMAL_STATUS_HELP: &str = r#"Endre status på et tiltak (raden får en ny linje i statushistorikken)

Bruk: tavle status FIL --row ID --to STATUS [--on DATO] [--note TEKST]

Argumenter:
  <FIL>  .tavle-filen

Valg:
      --row <ID>      Rad-id for tiltaket (se «tavle show»)
      --to <STATUS>   Ny status: not_started (Ikke startet), in_progress (Pågår), done (Fullført), ongoing (Løpende), paused (På vent) eller dropped (Avbrutt). Det norske ordet går også
      --on <DATO>     Datoen endringen gjelder fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag
      --note <TEKST>  En kort merknad til endringen
  -h, --help          Vis denne hjelpen

Rad-id står i «tavle show».
Eksempel: tavle status enhet.tavle --row 3 --to pågår --on 20.01.2025 --note "Første møte holdt"
"#;

/// Words of bokmål that a nynorsk help or message must not hold (whole words).
const BOKMAL_WORDS: [&str; 13] = [
    "ikke",
    "hjelpen",
    "filen",
    "tavlen",
    "Valg",
    "Kommandoer",
    "Argumenter",
    "Uten",
    "ellers",
    "Se",
    "Mente",
    "bare",
    "hvis",
];

fn assert_no_bokmal(text: &str, what: &str) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !BOKMAL_WORDS.contains(&word),
            "{what}: bokmål «{word}» i\n{text}"
        );
    }
}

#[test]
fn tavle_help_with_lang_nn_is_nynorsk() {
    for lang in [&["--lang", "nn"][..], &["--lang=nn"][..]] {
        let mut args = lang.to_vec();
        args.push("--help");
        let out = tavle(&args).ok();
        for w in [
            "Tavle: forbetringstavler for nærvær på kommandolinja.",
            "Bruk: tavle KOMMANDO FIL [VAL]",
            "Kommandoar:",
            "Val:",
            "-h, --help          Vis denne hjelpa",
            "Skriv «tavle KOMMANDO --help» for hjelp til ein kommando.",
            "Feil gir kode 2 når noko i kommandoen eller dataa må rettast",
            "Vis tryggingskopiane av fila",
        ] {
            assert!(out.contains(w), "«{w}» manglar i\n{out}");
        }
        for sub in SUBCOMMANDS {
            assert!(out.contains(&format!("  {sub} ")), "{sub} manglar i\n{out}");
        }
        assert_no_bokmal(&out, "tavle --lang nn --help");
    }
}

#[test]
fn every_subcommand_explains_itself_in_nynorsk() {
    for sub in SUBCOMMANDS {
        let run = tavle(["--lang", "nn", sub, "--help"]);
        assert_eq!(run.code, 0, "{sub}: {}", run.stderr);
        let out = run.stdout;
        assert!(out.contains(&format!("Bruk: tavle {sub}")), "{sub}: {out}");
        assert!(out.contains("Argument:\n"), "{sub}: {out}");
        assert!(out.contains("Val:\n"), "{sub}: {out}");
        assert!(out.contains("Vis denne hjelpa"), "{sub}: {out}");
        assert_no_bokmal(&out, sub);
        for english in ["Usage", "Options", "Arguments", "Print help", "[default"] {
            assert!(!out.contains(english), "{sub}: «{english}» i {out}");
        }
    }
    // Value names follow the language, in the argument list and in the usage line alike.
    let due = tavle(["--lang", "nn", "due", "--help"]).ok();
    assert!(due.contains("[--within DAGAR]"), "{due}");
    assert!(due.contains("--within <DAGAR>  Vis også tiltak med frist innan så mange dagar"));
    let import = tavle(["import", "--help", "--lang", "nn"]).ok();
    assert!(import.contains("--unit <EINING>"), "{import}");
    assert!(import.contains("[--unit EINING]"), "{import}");
}

#[test]
fn a_nynorsk_locale_gives_nynorsk_help_unless_lang_says_bokmal() {
    let nn = tavle(["--lang", "nn", "status", "--help"]).ok();
    for env in [
        &[("LANG", "nn_NO.UTF-8")][..],
        &[("LC_ALL", "nn_NO.UTF-8"), ("LANG", "nb_NO.UTF-8")][..],
    ] {
        let by_locale = tavle_in_env(["status", "--help"], env).ok();
        assert_eq!(by_locale, nn, "{env:?}");
    }
    let nb = tavle_in_env(
        ["--lang", "nb", "status", "--help"],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .ok();
    assert_eq!(nb, BOKMAL_STATUS_HELP);
}

#[test]
fn the_bokmal_help_is_unchanged() {
    assert_eq!(tavle(["--help"]).ok(), BOKMAL_HELP);
    assert_eq!(tavle(["-h"]).ok(), BOKMAL_HELP);
    assert_eq!(tavle(["--lang", "nb", "--help"]).ok(), BOKMAL_HELP);
    assert_eq!(tavle(["status", "--help"]).ok(), BOKMAL_STATUS_HELP);
    assert_eq!(
        tavle_in_env(["status", "-h"], &[("LANG", "nb_NO.UTF-8")]).ok(),
        BOKMAL_STATUS_HELP
    );
}

/// The same command in bokmål and in nynorsk: both refused with the same exit code; the
/// nynorsk stderr returned.
fn both(args: &[&str]) -> (String, String) {
    let nb = tavle(args);
    let mut with_lang = vec!["--lang", "nn"];
    with_lang.extend(args);
    let nn = tavle(&with_lang);
    assert_eq!(nb.code, nn.code, "{args:?}: {nb:?} {nn:?}");
    assert_ne!(nn.code, 0, "{nn:?}");
    assert!(nn.stderr.starts_with("Feil"), "{nn:?}");
    assert_ne!(nb.stderr, nn.stderr, "{args:?}: the same in both languages");
    (nb.stderr, nn.stderr)
}

#[test]
fn a_missing_file_is_said_in_nynorsk_with_the_same_exit_code() {
    let s = Scratch::new();
    let file = s.file.to_str().unwrap();
    let (nb, nn) = both(&["show", file, "--board", "1"]);
    assert!(nb.contains("Finner ikke filen"), "{nb}");
    assert!(
        nn.starts_with(&format!("Feil: Finn ikkje fila «{file}». Sjekk namnet og mappa, eller lag fila med «tavle import {file} TAVLE.json».")),
        "{nn}"
    );
    let json = s.path("finst-ikkje.json");
    let run = tavle([
        OsStr::new("--lang"),
        OsStr::new("nn"),
        OsStr::new("import"),
        s.file.as_os_str(),
        json.as_os_str(),
    ]);
    let err = run.refused();
    assert!(err.contains("Finn ikkje tavlefila"), "{err}");
    assert!(!s.file.exists(), "no .tavle file made");
}

#[test]
fn a_command_to_correct_is_refused_in_nynorsk_with_the_same_exit_code() {
    let (_, nn) = both(&[
        "status",
        "enhet.tavle",
        "--row",
        "1",
        "--to",
        "done",
        "--on",
        "2025-13-01",
    ]);
    assert!(
        nn.starts_with("Feil i kommandoen: ugyldig verdi for --on <DATO>: "),
        "{nn}"
    );
    assert!(nn.ends_with("Sjå «tavle status --help».\n"), "{nn}");

    let (_, nn) = both(&["status", "enhet.tavle", "--row", "x", "--to", "done"]);
    assert!(
        nn.contains("«x» er ikkje ein rad-id. Bruk talet frå «tavle show», til dømes 3."),
        "{nn}"
    );

    let (_, nn) = both(&[
        "absence",
        "enhet.tavle",
        "--board",
        "1",
        "--month",
        "2025-03",
    ]);
    assert!(
        nn.contains("manglar tal for månaden: oppgi --pct, eller --agreed og --lost."),
        "{nn}"
    );

    let (_, nn) = both(&["shw", "enhet.tavle"]);
    assert!(
        nn.contains("ukjent kommando «shw»") && nn.contains("Meinte du «show»?"),
        "{nn}"
    );
    assert!(nn.contains("Sjå «tavle --help»."), "{nn}");

    let (_, nn) = both(&[]);
    assert!(
        nn.contains("kommando manglar. Bruk ein av: import, export"),
        "{nn}"
    );

    let (_, nn) = both(&["due", "enhet.tavle", "--within", "snart"]);
    assert!(
        nn.contains("--within <DAGAR>: «snart» er ikkje eit tal på dagar."),
        "{nn}"
    );
    for (_, nn) in [
        both(&["show", "enhet.tavle", "--board", "1", "--bord", "1"]),
        both(&["history", "enhet.tavle", "--row", "1", "--fix", "2"]),
    ] {
        assert_no_bokmal(&nn, "refusal");
        let run_like = Run {
            code: 2,
            stdout: String::new(),
            stdout_bytes: Vec::new(),
            stderr: nn,
        };
        run_like.refused();
    }
}

#[test]
fn a_nynorsk_locale_gives_nynorsk_messages_and_an_unknown_language_is_refused_in_it() {
    let err = tavle_in_env(
        ["show", "finst-ikkje.tavle", "--board", "1"],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .refused();
    assert!(
        err.starts_with("Feil: Finn ikkje fila «finst-ikkje.tavle»"),
        "{err}"
    );
    let err = tavle_in_env(
        ["--lang", "en", "show", "finst-ikkje.tavle", "--board", "1"],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .refused();
    assert!(
        err.contains("Ukjent språk «en». Vel nb (bokmål) eller nn (nynorsk).")
            && err.contains("Sjå «tavle --help»."),
        "{err}"
    );
    let err = tavle_in_env(
        ["--lang", "nb", "show", "finst-ikkje.tavle", "--board", "1"],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .refused();
    assert!(
        err.starts_with("Feil: Finner ikke filen «finst-ikkje.tavle»"),
        "{err}"
    );
}

#[test]
fn what_the_commands_say_follows_the_language_and_the_prints_own_lang_counts_too() {
    let (s, id) = Scratch::with_example();
    let file = s.file.to_str().unwrap();
    let out = s.path("tiltak.csv");
    let said = tavle([
        "--lang",
        "nn",
        "export",
        file,
        "--board",
        &id,
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(said, format!("Eksporten er lagra i «{}».\n", out.display()));
    let preview = tavle([
        "--lang",
        "nn",
        "import",
        file,
        cli_support::EXAMPLE,
        "--preview",
    ])
    .ok();
    assert_eq!(
        preview,
        "Tavlefila er i orden: Hjemmesykepleien 2025, 3 rader. Ingenting er importert (--preview).\n"
    );
    // print --lang nn: the print and the messages in nynorsk.
    let pdf = s.path("tavle.pdf");
    let pdf = pdf.to_str().unwrap();
    let print = |args: &[&str]| {
        let mut all = vec!["print", file, "--board", &id, "--what", "board", "-o", pdf];
        all.extend(args);
        tavle(&all)
    };
    let err = print(&["--lang", "nn", "--blank"]).refused();
    assert!(
        err.starts_with("Feil: --blank gjeld berre --what workshop"),
        "{err}"
    );
    assert_eq!(
        print(&["--lang", "nn"]).ok(),
        format!("Utskrifta er lagra i «{pdf}».\n")
    );
    assert_eq!(
        print(&[]).ok(),
        format!("Utskriften er lagret i «{pdf}».\n")
    );
}
