//! `tavle`: the command line over the same core functions the app calls.
//!
//! This file only parses arguments (clap, with Norwegian help and errors) and calls the
//! core; the wording of what is printed lives in `tavle::text` and is tested there.
//! Exit codes: 0 done, 2 bad input (the user can fix it), 1 other failures.

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, Parser, Subcommand};

use tavle::print::{Paper, What};
use tavle::sheet_import::{self, ImportOptions};
use tavle::store::{backup_dir, backups, Store};
use tavle::{
    exchange, text, AbsenceMonth, BoardId, ChangeId, Error, Result, RowId, Status, StatusChange,
};

const TEMPLATE: &str = "{about-with-newline}\nBruk: {usage}\n\n{all-args}{after-help}";

#[derive(Parser, Debug)]
#[command(
    name = "tavle",
    version,
    about = "Tavle: forbedringstavler for nærvær på kommandolinjen.\nArbeider på en .tavle-fil som kan holde mange tavler.",
    help_template = TEMPLATE,
    override_usage = "tavle KOMMANDO FIL [VALG]",
    subcommand_help_heading = "Kommandoer",
    subcommand_value_name = "KOMMANDO",
    disable_help_flag = true,
    disable_help_subcommand = true,
    disable_version_flag = true,
    after_help = "Skriv «tavle KOMMANDO --help» for hjelp til en kommando.\nFeil gir kode 2 når noe i kommandoen eller dataene må rettes, og 1 ved andre feil."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,

    /// Vis denne hjelpen.
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true, help_heading = "Valg")]
    help: Option<bool>,

    /// Vis versjonen.
    #[arg(short = 'V', long = "version", action = ArgAction::Version, help_heading = "Valg")]
    version: Option<bool>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Legg til en tavle fra en tavlefil (JSON) eller et regneark (.xlsx, .xls, .ods, .csv); skriver ut den nye tavlens id.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle import FIL TAVLE.json|.xlsx|.xls|.ods|.csv [--unit ENHET] [--year ÅR] [--preview]",
        after_help = "FIL lages hvis den ikke finnes. En sikkerhetskopi tas før importen.\n\
Et regneark fra Tavle leses tilbake nøyaktig. I et eget regneark finner Tavle overskriftsraden\n\
(Mål, Ideer, Tiltak, Ansvar, Når?/Frist, Status, Resultat, også vanlige varianter); ukjente kolonner\n\
og celler som ikke kan leses, vises i rapporten (på standard feil, eller standard ut med --preview).\n\
Ingenting skrives hvis overskriftsraden ikke finnes eller noe i filen må rettes.\n\
Eksempel: tavle import enhet.tavle examples/hjemmesykepleien-2025.json\n\
Eksempel: tavle import enhet.tavle tiltak.xlsx --unit \"Hjemmesykepleien\" --year 2025 --preview"
    )]
    Import(Import),
    /// Skriv en tavle som JSON, CSV (for Excel) eller Excel-arbeidsbok (.xlsx).
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle export FIL --board ID --format json|csv|xlsx [-o UT]",
        after_help = "Uten -o (eller med -o -) skrives eksporten til standard ut (xlsx krever -o når det er en skjerm).\n\
xlsx: arkene Tavle (A3 liggende, statusliste), Fravær, Prosjekt nærvær og Innspill; kan importeres igjen.\n\
Eksempel: tavle export enhet.tavle --board 1 --format csv -o tiltak.csv\n\
Eksempel: tavle export enhet.tavle --board 1 --format xlsx -o tavle.xlsx"
    )]
    Export(Export),
    /// Vis tavlene i filen: id, enhet, år, antall rader og status.
    #[command(help_template = TEMPLATE, override_usage = "tavle list FIL")]
    List(List),
    /// Vis en tavle som tekst: mål, fravær hittil i år, alle rader, plan og fraværstall.
    #[command(help_template = TEMPLATE, override_usage = "tavle show FIL --board ID")]
    Show(Show),
    /// Lag en PDF for utskrift: tavlen, Prosjekt nærvær, innspill fra workshopen (eller tomt workshop-ark) eller årsrapport.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle print FIL --board ID --what board|plan|workshop|report [--blank] [--paper a3|a4] -o UT",
        after_help = "workshop skriver ut innspillene fra workshopen, gruppert etter spørsmål, med stemmer;\nmed --blank (eller når tavlen ikke har innspill) et tomt arbeidsark til workshopen.\nEksempel: tavle print enhet.tavle --board 1 --what board --paper a3 -o tavle.pdf\nEksempel: tavle print enhet.tavle --board 1 --what workshop --blank -o arbeidsark.pdf"
    )]
    Print(Print),
    /// Endre status på et tiltak (raden får en ny linje i statushistorikken).
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle status FIL --row ID --to STATUS [--on DATO] [--note TEKST]",
        after_help = "Rad-id står i «tavle show».\nEksempel: tavle status enhet.tavle --row 3 --to pågår --on 20.01.2025 --note \"Første møte holdt\""
    )]
    Status(StatusCmd),
    /// Vis statushistorikken til et tiltak med id for hver endring; rett eller fjern en endring.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle history FIL --row ID [--fix ENDRING --on DATO [--note TEKST] | --remove ENDRING]",
        after_help = "Uten --fix eller --remove vises historikken med id-ene.\nEksempel: tavle history enhet.tavle --row 3\nEksempel: tavle history enhet.tavle --row 3 --fix 12 --on 20.01.2025 --note \"Første møte holdt\"\nEksempel: tavle history enhet.tavle --row 3 --remove 12"
    )]
    History(HistoryCmd),
    /// Legg inn fraværstall for en måned: prosent, eller avtalte og tapte dagsverk.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle absence FIL --board ID --month ÅÅÅÅ-MM (--pct P | --agreed D --lost D [--self-certified D])",
        after_help = "Tall kan skrives med komma eller punktum: 9,1 eller 9.1.\nEksempel: tavle absence enhet.tavle --board 1 --month 2025-03 --agreed 430 --lost 35,2"
    )]
    Absence(Absence),
    /// Vis tiltak som er forsinket, og med --within dem som har frist snart, i alle tavler.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle due FIL [--on DATO] [--within DAGER]",
        after_help = "Forsinket: fristen er passert mens tiltaket er «Ikke startet» eller «Pågår»."
    )]
    Due(Due),
    /// Vis sikkerhetskopiene av filen: når de ble tatt, antall tavler og rader.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle backups FIL",
        after_help = "Kopiene ligger i mappen «backups» ved siden av filen. Hent en tilbake med «tavle restore»."
    )]
    Backups(List),
    /// Hent tilbake en sikkerhetskopi; filen slik den er nå kopieres til «backups» først.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle restore FIL --from KOPI",
        after_help = "Eksempel: tavle restore enhet.tavle --from backups/enhet-20251203-091500-123.tavle"
    )]
    Restore(Restore),
    /// Del en tavle med HR: en hel kopi (øyeblikksbilde) i en delt mappe, én fil per enhet og år.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle publish FIL --to MAPPE [--board ID]",
        after_help = "Filen får navn etter enhet og år («Hjemmesykepleien 2025.tavle») og skrives ferdig under et\nmidlertidig navn før den erstatter forrige deling, så HR aldri ser en halv fil.\nUten --board deles hver tavle i filen, hver i sin fil.\nEksempel: tavle publish enhet.tavle --to /mnt/felles/nærvær --board 1"
    )]
    Publish(Publish),
    /// Oversikt over enheter: alle delte tavler for ett år, én linje per enhet og en total.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle rollup MAPPE|FIL... [--year ÅR] [--format text|csv|xlsx|pdf] [-o UT] [--sort KOLONNE] [--reverse] [--filter BEGYNNELSE]",
        after_help = "Filene leses bare; ingenting skrives i mappen. Totalen er Σ tapte / Σ avtalte dagsverk, aldri et\nsnitt av prosenter. Enheter under 5 årsverk vises uten fravær, men er med i totalen.\nFiler som ikke kan leses, står under «Hoppet over» på standard feil (kode 0); kode 2 bare når ingenting kunne leses.\nEksempel: tavle rollup /mnt/felles/nærvær --year 2025 --format pdf -o oversikt.pdf"
    )]
    Rollup(RollupCmd),
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Restore {
    /// .tavle-filen som skal få innholdet tilbake.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Sikkerhetskopien som skal hentes tilbake (se «tavle backups FIL»).
    #[arg(long = "from", value_name = "KOPI")]
    from: PathBuf,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Publish {
    /// .tavle-filen med tavlen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Mappen dere deler med HR (nettverksdisk, OneDrive- eller SharePoint-mappe).
    #[arg(long = "to", value_name = "MAPPE")]
    to: PathBuf,
    /// Id for tavlen (se «tavle list»); uten valget deles alle tavlene i filen.
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    board: Option<BoardId>,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct RollupCmd {
    /// Mapper med delte .tavle-filer, eller filer.
    #[arg(value_name = "MAPPE|FIL", required = true, help_heading = "Argumenter")]
    inputs: Vec<PathBuf>,
    /// Året som vises; uten valget: i år, eller det nyeste året i filene.
    #[arg(long, value_name = "ÅR", value_parser = parse_year)]
    year: Option<i32>,
    /// Format: text (skjermen), csv (for Excel), xlsx eller pdf (A4 liggende, for styringsgruppen).
    #[arg(long, value_name = "FORMAT", value_parser = parse_rollup_format, default_value = "text", hide_default_value = true)]
    format: RollupFormat,
    /// Filen oversikten skrives til; må gis for xlsx og pdf.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    out: Option<PathBuf>,
    /// Sorter etter kolonnen: enhet, fravær, mål, avstand, nærvær, retning, mangler, tiltak, forsinket, delmål eller endret. Uten valget: lengst over målet først.
    #[arg(long, value_name = "KOLONNE", value_parser = parse_sort)]
    sort: Option<tavle::rollup::SortKey>,
    /// Snu rekkefølgen (tallkolonner sorteres ellers størst først, enhet A–Å).
    #[arg(long)]
    reverse: bool,
    /// Bare enheter der navnet begynner med dette (en sektor, for eksempel «Omsorg»).
    #[arg(long, value_name = "BEGYNNELSE")]
    filter: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RollupFormat {
    Text,
    Csv,
    Xlsx,
    Pdf,
}

fn parse_rollup_format(s: &str) -> std::result::Result<RollupFormat, String> {
    match s.trim().to_lowercase().as_str() {
        "text" | "tekst" => Ok(RollupFormat::Text),
        "csv" => Ok(RollupFormat::Csv),
        "xlsx" | "excel" => Ok(RollupFormat::Xlsx),
        "pdf" => Ok(RollupFormat::Pdf),
        _ => Err(format!(
            "Ukjent format «{s}». Bruk text, csv, xlsx eller pdf."
        )),
    }
}

fn parse_sort(s: &str) -> std::result::Result<tavle::rollup::SortKey, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Import {
    /// .tavle-filen tavlen skal inn i (lages hvis den ikke finnes).
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Tavlefilen (JSON; - leser fra standard inn) eller regnearket (.xlsx, .xls, .ods, .csv) som skal importeres.
    #[arg(value_name = "TAVLE", help_heading = "Argumenter")]
    board_json: PathBuf,
    /// Enheten tavlen gjelder, når regnearket ikke sier det (eller for å bruke et annet navn).
    #[arg(long, value_name = "ENHET")]
    unit: Option<String>,
    /// Året tavlen gjelder, når regnearket ikke sier det.
    #[arg(long, value_name = "ÅR", value_parser = parse_year)]
    year: Option<i32>,
    /// Bare vis hva som ville blitt importert (rapporten og radene); ingenting skrives.
    #[arg(long)]
    preview: bool,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Export {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Id for tavlen (se «tavle list»).
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    board: BoardId,
    /// Format: json (hele tavlen), csv (radene, for Excel) eller xlsx (hele tavlen som Excel-arbeidsbok).
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    format: Format,
    /// Filen eksporten skrives til; med -o - eller uten -o skrives den til standard ut.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    out: Option<PathBuf>,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct List {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Show {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Id for tavlen (se «tavle list»).
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    board: BoardId,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Print {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Id for tavlen (se «tavle list»).
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    board: BoardId,
    /// Hva som skal skrives ut: board (tavlen), plan (Prosjekt nærvær), workshop (innspillene fra workshopen) eller report (årsrapport).
    #[arg(long, value_name = "HVA", value_parser = parse_what)]
    what: What,
    /// Bare med --what workshop: skriv ut det tomme arbeidsarket (spørsmålene og en tom tavle) i stedet for innspillene.
    #[arg(long)]
    blank: bool,
    /// Papirformat: a3 eller a4. Uten valget: A3 for tavle og workshop-ark, A4 for plan og årsrapport.
    #[arg(long, value_name = "PAPIR", value_parser = parse_paper)]
    paper: Option<Paper>,
    /// PDF-filen som skal lages (navnet bør ende på .pdf); med -o - skrives PDF-en til standard ut.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    out: PathBuf,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg", allow_negative_numbers = true)]
struct StatusCmd {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Rad-id for tiltaket (se «tavle show»).
    #[arg(long, value_name = "ID", value_parser = parse_row_id)]
    row: RowId,
    /// Ny status: not_started (Ikke startet), in_progress (Pågår), done (Fullført), ongoing (Løpende), paused (På vent) eller dropped (Avbrutt). Det norske ordet går også.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    to: Status,
    /// Datoen endringen gjelder fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag.
    #[arg(long, value_name = "DATO", value_parser = parse_date)]
    on: Option<NaiveDate>,
    /// En kort merknad til endringen.
    #[arg(
        long,
        value_name = "TEKST",
        default_value = "",
        hide_default_value = true
    )]
    note: String,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct HistoryCmd {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Rad-id for tiltaket (se «tavle show»).
    #[arg(long, value_name = "ID", value_parser = parse_row_id)]
    row: RowId,
    /// Rett endringen med denne id-en: ny dato med --on, nytt notat med --note.
    #[arg(long, value_name = "ENDRING", value_parser = parse_change_id, conflicts_with = "remove", requires = "on")]
    fix: Option<ChangeId>,
    /// Fjern endringen med denne id-en (for eksempel en endring ført med feil dato).
    #[arg(long, value_name = "ENDRING", value_parser = parse_change_id)]
    remove: Option<ChangeId>,
    /// Med --fix: den riktige datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).
    #[arg(long, value_name = "DATO", value_parser = parse_date, requires = "fix")]
    on: Option<NaiveDate>,
    /// Med --fix: det nye notatet (uten valget beholdes notatet).
    #[arg(long, value_name = "TEKST", requires = "fix")]
    note: Option<String>,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg", allow_negative_numbers = true)]
struct Absence {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Id for tavlen (se «tavle list»).
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    board: BoardId,
    /// Måneden, skrevet ÅÅÅÅ-MM (for eksempel 2025-03). Må høre til tavlens år.
    #[arg(long, value_name = "ÅÅÅÅ-MM", value_parser = parse_month)]
    month: tavle::YearMonth,
    /// Sykefravær i prosent for måneden (0–100).
    #[arg(long, value_name = "P", value_parser = parse_number,
          conflicts_with_all = ["agreed", "lost", "self_certified"],
          required_unless_present_any = ["agreed", "lost"])]
    pct: Option<f64>,
    /// Avtalte dagsverk i måneden.
    #[arg(long, value_name = "D", value_parser = parse_number, requires = "lost")]
    agreed: Option<f64>,
    /// Tapte dagsverk (sykefravær) i måneden.
    #[arg(long, value_name = "D", value_parser = parse_number, requires = "agreed")]
    lost: Option<f64>,
    /// Egenmeldte dagsverk, en del av de tapte.
    #[arg(long = "self-certified", value_name = "D", value_parser = parse_number, requires = "lost")]
    self_certified: Option<f64>,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg", allow_negative_numbers = true)]
struct Due {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Dagen det gjelder (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag.
    #[arg(long, value_name = "DATO", value_parser = parse_date)]
    on: Option<NaiveDate>,
    /// Vis også tiltak med frist innen så mange dager.
    #[arg(long, value_name = "DAGER", value_parser = parse_days)]
    within: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    Xlsx,
}

// Value parsers: each refusal is a Norwegian sentence that says what to write instead.

fn parse_board_id(s: &str) -> std::result::Result<BoardId, String> {
    s.trim().parse::<i64>().map(BoardId).map_err(|_| {
        format!("«{s}» er ikke en tavle-id. Bruk tallet fra «tavle list», for eksempel 1.")
    })
}

fn parse_row_id(s: &str) -> std::result::Result<RowId, String> {
    s.trim().parse::<i64>().map(RowId).map_err(|_| {
        format!("«{s}» er ikke en rad-id. Bruk tallet fra «tavle show», for eksempel 3.")
    })
}

fn parse_change_id(s: &str) -> std::result::Result<ChangeId, String> {
    s.trim().parse::<i64>().map(ChangeId).map_err(|_| {
        format!("«{s}» er ikke en id for en endring. Bruk tallet fra «tavle history FIL --row ID», for eksempel 12.")
    })
}

fn parse_format(s: &str) -> std::result::Result<Format, String> {
    match s.trim().to_lowercase().as_str() {
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        "xlsx" | "excel" => Ok(Format::Xlsx),
        _ => Err(format!("Ukjent format «{s}». Bruk json, csv eller xlsx.")),
    }
}

/// What `--what` with or without `--blank` prints; `--blank` only goes with the workshop.
fn print_what(what: What, blank: bool) -> Result<What> {
    match (what, blank) {
        (what, false) => Ok(what),
        (What::Workshop | What::WorkshopBlank, true) => Ok(What::WorkshopBlank),
        (_, true) => Err(Error::invalid(
            "--blank gjelder bare --what workshop (det tomme arbeidsarket til workshopen). Ta bort --blank, eller skriv --what workshop.",
        )),
    }
}

fn parse_what(s: &str) -> std::result::Result<What, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn parse_paper(s: &str) -> std::result::Result<Paper, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn parse_status(s: &str) -> std::result::Result<Status, String> {
    s.parse::<Status>().map_err(|e| e.to_string())
}

fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    tavle::parse_date(s).map_err(|e| e.to_string())
}

fn parse_month(s: &str) -> std::result::Result<tavle::YearMonth, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

/// A number as people in Norway write it: `9,1` or `9.1`.
fn parse_number(s: &str) -> std::result::Result<f64, String> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| format!("«{s}» er ikke et tall. Skriv for eksempel 9,1 eller 420."))
}

fn parse_year(s: &str) -> std::result::Result<i32, String> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| tavle::YEARS.contains(y))
        .ok_or_else(|| format!("«{s}» er ikke et årstall Tavle godtar. Skriv året med fire sifre, for eksempel 2025."))
}

fn parse_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .map_err(|_| format!("«{s}» er ikke et antall dager. Skriv et helt tall, for eksempel 14."))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Feil: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn run(command: Command) -> Result<()> {
    match command {
        Command::Import(a) => {
            refuse_swapped_import(&a.file, &a.board_json)?;
            // Read and check the whole board before the .tavle file is touched or created.
            let board = if is_spreadsheet(&a.board_json)? {
                let options = ImportOptions {
                    unit: a.unit.clone(),
                    year: a.year,
                };
                let import = sheet_import::read_sheet_file(&a.board_json, &options, today())?;
                let report = sheet_import::report_text(&import);
                if a.preview {
                    emit(&report)?;
                    // Still refuse (exit 2) what a real import would refuse.
                    import.into_board()?;
                    return emit("Ingenting er importert (--preview).\n");
                }
                let board = import.into_board()?;
                eprint!("{report}");
                board
            } else {
                if a.unit.is_some() || a.year.is_some() {
                    return Err(Error::invalid(
                        "--unit og --year gjelder bare regneark (.xlsx, .xls, .ods, .csv); en tavlefil (JSON) har enhet og år selv.",
                    ));
                }
                let board = if a.board_json.as_os_str() == "-" {
                    exchange::read_board_json(std::io::stdin().lock())?
                } else {
                    let json = std::fs::File::open(&a.board_json)
                        .map_err(|e| input_error(&a.board_json, e))?;
                    exchange::read_board_json(std::io::BufReader::new(json))?
                };
                if a.preview {
                    return emit(&format!(
                        "Tavlefilen er i orden: {} {}, {} rader. Ingenting er importert (--preview).\n",
                        board.unit,
                        board.year,
                        board.rows.len()
                    ));
                }
                board
            };
            // Opening an existing file copies it into backups/ before anything is written, so
            // an import can always be undone; a second backup() here would only be a duplicate
            // that pushes an older copy out of the rolling set.
            let mut store = Store::open_or_create(&a.file)?;
            warn(&store);
            let id = store.insert_board(&board)?;
            emit(&format!("{id}\n"))
        }
        Command::Export(a) => {
            if a.format == Format::Xlsx && a.out.is_none() && std::io::stdout().is_terminal() {
                return Err(Error::invalid(
                    "En Excel-fil kan ikke vises på skjermen. Oppgi filen den skal lagres i: -o tavle.xlsx",
                ));
            }
            let store = open_existing(&a.file, false)?;
            let board = store.load_board(a.board)?.board;
            let mut bytes = Vec::new();
            match a.format {
                Format::Json => exchange::write_board_json(&board, &mut bytes)?,
                Format::Csv => exchange::write_rows_csv(&board, &mut bytes)?,
                Format::Xlsx => bytes = tavle::xlsx::board_workbook(&board, today())?,
            }
            match a.out {
                Some(out) if out.as_os_str() != "-" => {
                    refuse_overwriting(&a.file, &out)?;
                    let example = match a.format {
                        Format::Json => "tavle.json",
                        Format::Csv => "tiltak.csv",
                        Format::Xlsx => "tiltak.xlsx",
                    };
                    refuse_directory(&out, example)?;
                    tavle::output::write_atomically(&out, &bytes)?;
                    // Like print: the export went to the file, so standard output says where.
                    emit(&format!("Eksporten er lagret i «{}».\n", out.display()))
                }
                _ => emit_bytes(&bytes),
            }
        }
        Command::List(a) => {
            let store = open_existing(&a.file, false)?;
            emit(&text::board_list_text(&store.list_boards()?))
        }
        Command::Show(a) => {
            let store = open_existing(&a.file, false)?;
            let stored = store.load_board(a.board)?;
            emit(&text::board_text(&stored.board, &stored.row_ids, today()))
        }
        Command::Print(a) => {
            let what = print_what(a.what, a.blank)?;
            let store = open_existing(&a.file, false)?;
            let board = store.load_board(a.board)?.board;
            let to_stdout = a.out.as_os_str() == "-";
            if !to_stdout {
                refuse_overwriting(&a.file, &a.out)?;
                refuse_directory(&a.out, "tavle.pdf")?;
                tavle::print::check_pdf_path(&a.out)?;
            }
            let pdf = tavle::print::pdf(&board, what, a.paper, today())?;
            if to_stdout {
                return emit_bytes(&pdf);
            }
            tavle::output::write_atomically(&a.out, &pdf)?;
            emit(&format!("Utskriften er lagret i «{}».\n", a.out.display()))
        }
        Command::Status(a) => {
            let mut store = open_existing(&a.file, true)?;
            let change = StatusChange {
                on: a.on.unwrap_or_else(today),
                status: a.to,
                note: a.note.replace("\r\n", "\n").replace('\r', "\n"),
            };
            if !store.change_status(a.row, &change)? {
                return emit(&text::status_unchanged_text(a.row, &change));
            }
            let stored = store.load_board(store.board_of_row(a.row)?)?;
            let row = stored
                .row_ids
                .iter()
                .position(|&id| id == a.row)
                .and_then(|i| stored.board.rows.get(i))
                .ok_or_else(|| Error::NotFound(format!("Fant ingen rad med id {}.", a.row)))?;
            let mut said = text::status_changed_text(a.row, &change, row);
            if a.on.is_none() && change.on.year() > stored.board.year {
                said.push_str(&format!(
                    "Merk: datoen er i dag, etter tavlens år {year}. Årsrapporten for {year} viser status ved årets slutt; skal endringen høre til {year}, rett datoen med «tavle history {} --row {} --fix ID --on DATO».\n",
                    a.file.display(),
                    a.row,
                    year = stored.board.year,
                ));
            }
            emit(&said)
        }
        Command::History(a) => {
            let write = a.fix.is_some() || a.remove.is_some();
            let mut store = open_existing(&a.file, write)?;
            let mut said = String::new();
            if let Some(entry) = a.remove {
                let removed = store.remove_status_change(a.row, entry)?;
                said = format!(
                    "Endring {entry} («{}» {}) er fjernet fra statushistorikken.\n",
                    removed.status.label(),
                    tavle::nb::date(removed.on)
                );
            }
            if let (Some(entry), Some(on)) = (a.fix, a.on) {
                let note = match a.note {
                    Some(note) => note.replace("\r\n", "\n").replace('\r', "\n"),
                    None => store
                        .status_history(a.row)?
                        .into_iter()
                        .find(|(id, _)| *id == entry)
                        .map(|(_, c)| c.note)
                        .unwrap_or_default(),
                };
                store.correct_status_change(a.row, entry, on, note.trim())?;
                said = format!("Endring {entry} er rettet: {}.\n", tavle::nb::date(on));
            }
            let row = store.row(a.row)?;
            let entries = store.status_history(a.row)?;
            said.push_str(&text::history_text(a.row, &row, &entries));
            emit(&said)
        }
        Command::Absence(a) => {
            let mut month = match (a.pct, a.agreed, a.lost) {
                (Some(p), _, _) => AbsenceMonth::from_pct(a.month, p),
                (None, Some(agreed), Some(lost)) => AbsenceMonth::from_days(a.month, agreed, lost),
                _ => {
                    return Err(Error::invalid(
                        "Oppgi --pct, eller både --agreed og --lost. Se «tavle absence --help».",
                    ))
                }
            };
            month.self_certified_days = a.self_certified;
            // Checked here too so a wrong figure is refused before the file is opened.
            month.validate()?;
            let mut store = open_existing(&a.file, true)?;
            let before = store
                .load_board(a.board)?
                .board
                .absence
                .into_iter()
                .find(|m| m.month == a.month);
            store.set_absence(a.board, &month)?;
            emit(&text::absence_saved_text(&month, before.as_ref()))
        }
        Command::Due(a) => {
            let store = open_existing(&a.file, false)?;
            let on = a.on.unwrap_or_else(today);
            let items = store.due(on, a.within)?;
            emit(&text::due_text(&items, on, a.within))
        }
        Command::Backups(a) => {
            if !a.file.exists() && !backup_dir(&a.file).exists() {
                return Err(Error::NotFound(format!(
                    "Finner ikke filen «{}» eller sikkerhetskopier av den. Sjekk navnet og mappen.",
                    a.file.display()
                )));
            }
            emit(&text::backups_text(&backups::list(&a.file)?))
        }
        Command::Restore(a) => {
            let restored = backups::restore(&a.file, &a.from)?;
            emit(&text::restored_text(&a.file, &a.from, &restored))
        }
        Command::Publish(a) => {
            let store = open_existing(&a.file, false)?;
            let published = match a.board {
                Some(id) => vec![tavle::publish::publish(&store, id, &a.to)?],
                None => tavle::publish::publish_all(&store, &a.to)?,
            };
            let mut out = String::new();
            for p in published {
                let how = if p.replaced {
                    " (erstattet forrige deling)"
                } else {
                    ""
                };
                out.push_str(&format!(
                    "Delt {} {}: «{}»{how}\n",
                    p.unit,
                    p.year,
                    p.path.display()
                ));
            }
            emit(&out)
        }
        Command::Rollup(a) => rollup(a),
    }
}

/// `tavle rollup`: the overview to the screen or a file; "Hoppet over" on stderr.
fn rollup(a: RollupCmd) -> Result<()> {
    use tavle::rollup::{export, SortKey};
    if matches!(a.format, RollupFormat::Xlsx | RollupFormat::Pdf) && a.out.is_none() {
        return Err(Error::invalid(
            "xlsx og pdf må skrives til en fil: legg til -o UT (for eksempel -o oversikt.pdf).",
        ));
    }
    let r = tavle::rollup::overview(&a.inputs, a.year, today())?;
    let r = r.filtered(a.filter.as_deref().unwrap_or(""));
    let key = a.sort.unwrap_or(SortKey::Gap);
    let descending = (key != SortKey::Unit) != a.reverse;
    let r = r.sorted(key, descending);
    let skipped = export::skipped_text(&r);
    if !skipped.is_empty() {
        eprint!("{skipped}");
    }
    let bytes = match a.format {
        RollupFormat::Text => export::text(&r).into_bytes(),
        RollupFormat::Csv => {
            let mut b = Vec::new();
            export::write_csv(&r, &mut b)?;
            b
        }
        RollupFormat::Xlsx => export::xlsx(&r)?,
        RollupFormat::Pdf => tavle::print::rollup_pdf(&r, today())?,
    };
    match a.out {
        Some(out) => {
            for input in &a.inputs {
                refuse_overwriting(input, &out)?;
            }
            tavle::output::write_atomically(&out, &bytes)?;
            emit(&format!(
                "Oversikten over {} enheter er lagret i «{}».\n",
                r.lines.len(),
                out.display()
            ))
        }
        None => emit_bytes(&bytes),
    }
}

/// Opens a `.tavle` file that must exist: a command that only reads, or one that changes a
/// row or board that would not be there in a new file, never creates one by mistake.
fn open_existing(path: &Path, write: bool) -> Result<Store> {
    if !path.exists() {
        return Err(Error::NotFound(format!(
            "Finner ikke filen «{}». Sjekk navnet og mappen, eller lag filen med «tavle import {} TAVLE.json».",
            path.display(),
            path.display()
        )));
    }
    let store = if write {
        Store::open(path)?
    } else {
        Store::open_read_only(path)?
    };
    warn(&store);
    Ok(store)
}

/// What the open did not stop for (a backup that could not be written) goes to stderr.
fn warn(store: &Store) {
    for warning in store.warnings() {
        eprintln!("Advarsel: {warning}");
    }
}

/// `tavle import TAVLE.json FIL.tavle`: the two arguments the wrong way round. Said before
/// anything is opened, so no database is made under the exchange file's name.
fn refuse_swapped_import(file: &Path, board_json: &Path) -> Result<()> {
    let ext = |p: &Path| {
        p.extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    };
    let file_looks_like_input =
        matches!(ext(file).as_str(), "json" | "csv" | "xlsx" | "xls" | "ods");
    let input_looks_like_tavle = ext(board_json) == "tavle";
    if file_looks_like_input || input_looks_like_tavle {
        return Err(Error::invalid(format!(
            "Argumentene ser ut til å stå i feil rekkefølge: .tavle-filen (FIL) skal stå først, tavlefilen som importeres (TAVLE.json) sist. Skriv: tavle import {} {}",
            board_json.display(),
            file.display()
        )));
    }
    Ok(())
}

/// `-o` naming a folder: said plainly, with what to write instead.
fn refuse_directory(out: &Path, example: &str) -> Result<()> {
    if out.is_dir() {
        return Err(Error::invalid(format!(
            "-o «{}» er en mappe. Skriv et filnavn i mappen, for eksempel «{}».",
            out.display(),
            out.join(example).display()
        )));
    }
    Ok(())
}

/// `-o` naming the `.tavle` file itself would replace the whole database with an export.
fn refuse_overwriting(file: &Path, out: &Path) -> Result<()> {
    let same = match (file.canonicalize(), out.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::invalid(format!(
            "-o «{}» er selve tavlefilen; den ville blitt overskrevet. Velg et annet filnavn for utdata.",
            out.display()
        )));
    }
    Ok(())
}

/// A spreadsheet by its extension; a file without a known one by its first bytes (a JSON
/// exchange file starts with `{`).
fn is_spreadsheet(path: &Path) -> Result<bool> {
    if path.as_os_str() == "-" {
        return Ok(false);
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => return Ok(false),
        "xlsx" | "xlsm" | "xls" | "ods" | "csv" => return Ok(true),
        _ => {}
    }
    let mut head = [0u8; 64];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| input_error(path, e))?;
    let text = String::from_utf8_lossy(&head[..n]);
    Ok(!text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{'))
}

fn input_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::NotFound(format!(
            "Finner ikke tavlefilen «{}». Sjekk navnet og mappen.",
            path.display()
        ))
    } else {
        Error::Io {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

fn emit(text: &str) -> Result<()> {
    emit_bytes(text.as_bytes())
}

/// Writes to standard output; a reader that stops early (`tavle show … | head`) is fine.
fn emit_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Io {
            path: PathBuf::from("<standard ut>"),
            source: e,
        }),
        _ => Ok(()),
    }
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// clap's own messages are English; the common ones are said again in Norwegian here.
/// Help goes to standard output with code 0; every other parse error is code 2.
fn usage_error(e: &clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            eprintln!("Feil i kommandoen: kommando mangler. Bruk en av: import, export, list, show, print, status, history, absence, due, backups, restore, publish, rollup.");
            eprintln!("Se «tavle --help».");
            return ExitCode::from(2);
        }
        _ => {}
    }
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .map(|s| format!(" Mente du «{s}»?"))
        .unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            format!("ugyldig verdi for {arg}: {why}")
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("{arg} mangler en verdi.")
        }
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue)
                .map(|v| format!(" Bruk en av: {v}."))
                .unwrap_or_default();
            format!("ugyldig verdi «{value}» for {arg}.{valid}")
        }
        ErrorKind::UnknownArgument => format!("ukjent valg eller argument «{arg}».{suggestion}"),
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!("ukjent kommando «{sub}». Bruk en av: import, export, list, show, print, status, history, absence, due, backups, restore, publish, rollup.{suggestion}")
        }
        ErrorKind::MissingRequiredArgument if arg.starts_with("--pct") => {
            "mangler tall for måneden: oppgi --pct, eller --agreed og --lost.".to_string()
        }
        ErrorKind::MissingRequiredArgument => format!("mangler {arg}."),
        ErrorKind::ArgumentConflict => match context(e, ContextKind::PriorArg) {
            Some(prior) if prior == arg => format!("{arg} er gitt mer enn én gang."),
            Some(prior) => format!("{arg} kan ikke brukes sammen med {prior}."),
            None => format!("{arg} kan ikke brukes sammen med de andre valgene."),
        },
        ErrorKind::TooManyValues => format!("for mange verdier for {arg}: «{value}»."),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("feil antall verdier for {arg}.")
        }
        ErrorKind::InvalidUtf8 => "et argument er ikke gyldig UTF-8-tekst.".to_string(),
        _ => {
            // A rare case without a translation: keep clap's first line, say it in Norwegian.
            let rendered = e.to_string();
            let first = rendered
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ");
            first.to_string()
        }
    };
    eprintln!("Feil i kommandoen: {message}");
    eprintln!("Se «{} --help».", command_path());
    ExitCode::from(2)
}

/// "tavle status" when the error was in a subcommand, else "tavle".
fn command_path() -> String {
    const SUBCOMMANDS: [&str; 13] = [
        "import", "export", "list", "show", "print", "status", "history", "absence", "due",
        "backups", "restore", "publish", "rollup",
    ];
    std::env::args()
        .nth(1)
        .filter(|a| SUBCOMMANDS.contains(&a.as_str()))
        .map(|sub| format!("tavle {sub}"))
        .unwrap_or_else(|| "tavle".to_string())
}
