//! The HR folder as it is really used (issue 23): two units of the same name, a renamed
//! unit, withdrawing a share, the header from the command line, a folder per sector, and
//! masking by the unit's real size.

mod cli_support;

use std::ffi::OsStr;
use std::path::Path;

use cli_support::{tavle, Scratch};

/// A scratch file with one board of `unit` for 2026 with `agreed`/`lost` days in January
/// to March; returns it and the board id.
fn unit(unit: &str, agreed: f64, lost: f64) -> (Scratch, String) {
    let s = Scratch::new();
    let months: Vec<serde_json::Value> = (1..=3)
        .map(|m| {
            serde_json::json!({
                "month": format!("2026-{m:02}"),
                "agreed_days": agreed,
                "lost_days": lost
            })
        })
        .collect();
    let id = s.import_text(&cli_support::exchange(serde_json::json!({
        "unit": unit,
        "year": 2026,
        "target_pct": 6.0,
        "absence": months
    })));
    (s, id)
}

fn publish(s: &Scratch, share: &Path) -> cli_support::Run {
    s.run("publish", &["--to", share.to_str().unwrap()])
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn rollup(args: &[&OsStr]) -> cli_support::Run {
    let mut all = vec![OsStr::new("rollup")];
    all.extend_from_slice(args);
    tavle(all)
}

#[test]
fn two_units_of_the_same_name_never_replace_each_others_share() {
    let share = tempfile::tempdir().unwrap();
    let (nord, _) = unit("Hjemmetjenesten", 400.0, 20.0);
    let (sor, sor_id) = unit("Hjemmetjenesten", 600.0, 60.0);
    publish(&nord, share.path()).ok();
    let before = std::fs::read(share.path().join("Hjemmetjenesten 2026.tavle")).unwrap();
    let err = publish(&sor, share.path()).refused();
    assert!(
        err.contains("En annen tavle for «Hjemmetjenesten» 2026 er allerede delt i mappen"),
        "{err}"
    );
    assert!(err.contains("«Hjemmetjenesten Nord»"), "{err}");
    assert_eq!(
        std::fs::read(share.path().join("Hjemmetjenesten 2026.tavle")).unwrap(),
        before,
        "the other leader's share is untouched"
    );
    // The advice works: with a name of its own, the second unit is shared beside it.
    sor.run(
        "board",
        &["--board", &sor_id, "--unit", "Hjemmetjenesten Sør"],
    )
    .ok();
    publish(&sor, share.path()).ok();
    assert_eq!(
        files(share.path()),
        [
            "Hjemmetjenesten 2026.tavle",
            "Hjemmetjenesten Sør 2026.tavle"
        ]
    );
    // The same leader publishing again replaces their own share.
    let out = publish(&nord, share.path()).ok();
    assert!(out.contains("erstattet forrige deling"), "{out}");
}

#[test]
fn a_renamed_unit_replaces_its_old_share_and_is_counted_once() {
    let share = tempfile::tempdir().unwrap();
    let (s, id) = unit("Hjemmetjenesten", 400.0, 20.0);
    publish(&s, share.path()).ok();
    s.run("board", &["--board", &id, "--unit", "Hjemmetjenesten Nord"])
        .ok();
    let out = publish(&s, share.path()).ok();
    assert!(
        out.contains("fjernet den forrige delingen av samme tavle under et annet navn"),
        "{out}"
    );
    assert_eq!(files(share.path()), ["Hjemmetjenesten Nord 2026.tavle"]);
    let out = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--year"),
        OsStr::new("2026"),
    ])
    .ok();
    assert!(
        out.contains("– 1 enhet\n"),
        "«1 enhet», not «1 enheter»: {out}"
    );
}

#[test]
fn a_share_is_withdrawn_by_its_identity_and_nothing_else_is_touched() {
    let share = tempfile::tempdir().unwrap();
    let (s, id) = unit("Hjemmetjenesten", 400.0, 20.0);
    let (other, _) = unit("Barnehagen", 400.0, 20.0);
    publish(&s, share.path()).ok();
    publish(&other, share.path()).ok();
    // Renamed after sharing: the share is still found.
    s.run("board", &["--board", &id, "--unit", "Heimetenesta"])
        .ok();
    let out = s
        .run(
            "publish",
            &[
                "--to",
                share.path().to_str().unwrap(),
                "--withdraw",
                "--board",
                &id,
            ],
        )
        .ok();
    assert!(out.contains("Trukket tilbake Heimetenesta 2026"), "{out}");
    assert_eq!(files(share.path()), ["Barnehagen 2026.tavle"]);
    // Nothing left to withdraw: exit code 1 (not found), a message, nothing removed.
    let run = s.run(
        "publish",
        &["--to", share.path().to_str().unwrap(), "--withdraw"],
    );
    assert_ne!(run.code, 0);
    assert!(
        run.stderr
            .contains("Fant ingen deling av Heimetenesta 2026"),
        "{}",
        run.stderr
    );
    assert_eq!(files(share.path()), ["Barnehagen 2026.tavle"]);
}

#[test]
fn the_header_is_changed_from_the_command_line_as_the_header_dialog_does() {
    let (s, id) = unit("Hjemmetjenesten", 400.0, 20.0);
    let out = s
        .run(
            "board",
            &[
                "--board",
                &id,
                "--sector",
                "Helse og omsorg",
                "--staff",
                "12,5",
                "--target",
                "5,5",
                "--main-goal",
                "Færre sykedager",
                "--focus",
                "Trygghet",
            ],
        )
        .ok();
    assert!(out.contains("Lagret tavlen Hjemmetjenesten 2026"), "{out}");
    assert!(out.contains("Sektor: Helse og omsorg"), "{out}");
    assert!(out.contains("Antall årsverk: 12,5"), "{out}");
    let shown = s.run("show", &["--board", &id]).ok();
    assert!(shown.contains("Sektor: Helse og omsorg"), "{shown}");
    assert!(shown.contains("Hovedmål: Færre sykedager"), "{shown}");
    // JSON keeps identity, sector and staff.
    let json = s.run("export", &["--board", &id, "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["board"]["sector"], "Helse og omsorg");
    assert_eq!(v["board"]["staff"], 12.5);
    assert_eq!(v["board"]["target_pct"], 5.5);
    assert_eq!(v["board"]["identity"].as_str().unwrap().len(), 32);
    // What is not given stays; a bad value is refused with the field's name, exit 2.
    let err = s
        .run("board", &["--board", &id, "--staff", "mange"])
        .refused();
    assert!(
        err.contains("Antall årsverk: «mange» er ikke et tall"),
        "{err}"
    );
    let err = s
        .run("board", &["--board", &id, "--year", "2027"])
        .refused();
    assert!(
        err.contains("2026-01"),
        "absence months belong to 2026: {err}"
    );
    let shown = s.run("show", &["--board", &id]).ok();
    assert!(shown.contains("Antall årsverk: 12,5"), "{shown}");
}

#[test]
fn the_rollup_reads_a_folder_per_sector_and_shows_a_subtotal_for_each() {
    let share = tempfile::tempdir().unwrap();
    let health = share.path().join("Helse og omsorg");
    let school = share.path().join("Oppvekst");
    for d in [&health, &school] {
        std::fs::create_dir(d).unwrap();
    }
    let (a, _) = unit("Hjemmetjenesten", 400.0, 40.0);
    let (b, _) = unit("Sykehjemmet", 800.0, 40.0);
    let (c, _) = unit("Skolen", 600.0, 30.0);
    publish(&a, &health).ok();
    publish(&b, &health).ok();
    publish(&c, &school).ok();
    // Never backups/, hidden folders or deeper.
    for (dir, name) in [
        (share.path().join("backups"), "Gammel"),
        (share.path().join(".skjult"), "Skjult"),
        (school.join("arkiv"), "Arkiv"),
    ] {
        std::fs::create_dir_all(&dir).unwrap();
        let (x, _) = unit(name, 100.0, 50.0);
        publish(&x, &dir).ok();
    }
    let out = rollup(&[share.path().as_os_str()]).ok();
    assert!(out.contains("– 3 enheter"), "{out}");
    assert!(!out.contains("Gammel") && !out.contains("Skjult") && !out.contains("Arkiv"));
    // Helse og omsorg: (120 + 120) / (1200 + 2400) = 6,7 %, not the mean 7,5 %.
    let line = out
        .lines()
        .find(|l| l.starts_with("Sektor Helse og omsorg"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("6,7 %"), "{line}");
    assert!(out
        .lines()
        .any(|l| l.starts_with("Sektor Oppvekst") && l.contains("5,0 %")));
    // One sector.
    let out = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--sector"),
        OsStr::new("helse og omsorg"),
    ])
    .ok();
    assert!(out.contains("– 2 enheter"), "{out}");
    assert!(!out.contains("Skolen"), "{out}");
    // CSV, xlsx and PDF have the subtotal too.
    let csv = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ])
    .ok();
    assert!(csv.contains("Sektor Helse og omsorg;2026;6,7;"), "{csv}");
    let pdf = share.path().join("ut").join("oversikt.pdf");
    std::fs::create_dir(pdf.parent().unwrap()).unwrap();
    rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("pdf"),
        OsStr::new("-o"),
        pdf.as_os_str(),
    ])
    .ok();
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Sektor Helse og omsorg"), "{text}");
}

#[test]
fn a_filter_or_sector_that_finds_no_unit_is_exit_2_with_what_there_is() {
    let share = tempfile::tempdir().unwrap();
    let (a, _) = unit("Omsorg – Hjemmetjenesten", 400.0, 40.0);
    publish(&a, share.path()).ok();
    // Any part of the name, any case, - for –.
    let out = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--filter"),
        OsStr::new("omsorg - hjemme"),
    ])
    .ok();
    assert!(out.contains("Omsorg – Hjemmetjenesten"), "{out}");
    let err = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--filter"),
        OsStr::new("Barnehage"),
    ])
    .refused();
    assert!(
        err.contains(
            "Ingen enheter å vise for 2026 med «Barnehage» i navnet. Årene i mappen: 2026."
        ),
        "{err}"
    );
    let err = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--sector"),
        OsStr::new("Teknisk"),
    ])
    .refused();
    assert!(err.contains("i sektoren «Teknisk»"), "{err}");
}

#[test]
fn masking_goes_by_the_staff_size_the_leader_gives() {
    let share = tempfile::tempdir().unwrap();
    // About 20 årsverk by its days, but the leader says 4.
    let (a, id) = unit("Vaktmestrene", 420.0, 21.0);
    a.run("board", &["--board", &id, "--staff", "4"]).ok();
    publish(&a, share.path()).ok();
    let (b, _) = unit("Sykehjemmet", 800.0, 40.0);
    publish(&b, share.path()).ok();
    let out = rollup(&[share.path().as_os_str()]).ok();
    let line = out.lines().find(|l| l.starts_with("Vaktmestrene")).unwrap();
    assert!(line.contains("skjult"), "{line}");
    assert!(!line.contains("5,0 %"), "{line}");
    assert!(
        out.contains("Størrelsen er antall årsverk lederen har oppgitt på tavlen"),
        "{out}"
    );
}
