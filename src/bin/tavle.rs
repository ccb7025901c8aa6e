//! `tavle`: the command line over the same core functions the app calls.
//!
//! This file only parses arguments (clap, with Norwegian help and errors) and calls the
//! core; the wording of what is printed lives in `tavle::text` and is tested there.
//! Exit codes: 0 done, 2 bad input (the user can fix it), 1 other failures.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, Parser, Subcommand};

use tavle::print::{Paper, What};
use tavle::store::Store;
use tavle::{exchange, text, AbsenceMonth, BoardId, Error, Result, RowId, Status, StatusChange};

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
    /// Legg til en tavle fra en tavlefil (JSON); skriver ut den nye tavlens id.
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle import FIL TAVLE.json",
        after_help = "FIL lages hvis den ikke finnes. En sikkerhetskopi tas før importen.\nEksempel: tavle import enhet.tavle examples/hjemmesykepleien-2025.json"
    )]
    Import(Import),
    /// Skriv en tavle som JSON eller CSV (for Excel).
    #[command(
        help_template = TEMPLATE,
        override_usage = "tavle export FIL --board ID --format json|csv|xlsx [-o UT]",
        after_help = "Uten -o skrives eksporten til skjermen (standard ut).\nEksempel: tavle export enhet.tavle --board 1 --format csv -o tiltak.csv"
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
        override_usage = "tavle print FIL --board ID --what board|plan|workshop|report [--blank] [--paper a3|a4] -o UT.pdf",
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
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
struct Import {
    /// .tavle-filen tavlen skal inn i (lages hvis den ikke finnes).
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    file: PathBuf,
    /// Tavlefilen (JSON) som skal importeres; - leser den fra standard inn.
    #[arg(value_name = "TAVLE.json", help_heading = "Argumenter")]
    board_json: PathBuf,
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
    /// Format: json (hele tavlen), csv (radene, for Excel) eller xlsx.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    format: Format,
    /// Filen eksporten skrives til; uten -o skrives den til skjermen.
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
    /// PDF-filen som skal lages.
    #[arg(short = 'o', long = "out", value_name = "UT.pdf")]
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
            // Read and check the whole board before the .tavle file is touched or created.
            let board = if a.board_json.as_os_str() == "-" {
                exchange::read_board_json(std::io::stdin().lock())?
            } else {
                let json = std::fs::File::open(&a.board_json)
                    .map_err(|e| input_error(&a.board_json, e))?;
                exchange::read_board_json(std::io::BufReader::new(json))?
            };
            // Opening an existing file copies it into backups/ before anything is written, so
            // an import can always be undone; a second backup() here would only be a duplicate
            // that pushes an older copy out of the rolling set.
            let mut store = Store::open_or_create(&a.file)?;
            let id = store.insert_board(&board)?;
            emit(&format!("{id}\n"))
        }
        Command::Export(a) => {
            if a.format == Format::Xlsx {
                return Err(Error::invalid(
                    "Eksport til Excel (.xlsx) er ikke støttet ennå. Bruk --format csv, som Excel åpner.",
                ));
            }
            let store = open_existing(&a.file, false)?;
            let board = store.load_board(a.board)?.board;
            let mut bytes = Vec::new();
            match a.format {
                Format::Json => exchange::write_board_json(&board, &mut bytes)?,
                Format::Csv => exchange::write_rows_csv(&board, &mut bytes)?,
                Format::Xlsx => unreachable!("refused above"),
            }
            match a.out {
                Some(out) => {
                    refuse_overwriting(&a.file, &out)?;
                    exchange::write_file_atomically(&out, &bytes)
                }
                None => emit_bytes(&bytes),
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
            refuse_overwriting(&a.file, &a.out)?;
            let pdf = tavle::print::pdf(&board, what, a.paper, today())?;
            exchange::write_file_atomically(&a.out, &pdf)?;
            emit(&format!("Utskriften er lagret i «{}».\n", a.out.display()))
        }
        Command::Status(a) => {
            let mut store = open_existing(&a.file, true)?;
            let change = StatusChange {
                on: a.on.unwrap_or_else(today),
                status: a.to,
                note: a.note.replace("\r\n", "\n").replace('\r', "\n"),
            };
            store.change_status(a.row, &change)?;
            let stored = store.load_board(store.board_of_row(a.row)?)?;
            let row = stored
                .row_ids
                .iter()
                .position(|&id| id == a.row)
                .and_then(|i| stored.board.rows.get(i))
                .ok_or_else(|| Error::NotFound(format!("Fant ingen rad med id {}.", a.row)))?;
            emit(&text::status_changed_text(a.row, &change, row))
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
            store.set_absence(a.board, &month)?;
            let pct = month.percent().map(tavle::nb::pct).unwrap_or_default();
            emit(&format!("Fraværstall for {} er lagret: {pct}.\n", a.month))
        }
        Command::Due(a) => {
            let store = open_existing(&a.file, false)?;
            let on = a.on.unwrap_or_else(today);
            let items = store.due(on, a.within)?;
            emit(&text::due_text(&items, on, a.within))
        }
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
    if write {
        Store::open(path)
    } else {
        Store::open_read_only(path)
    }
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
            eprintln!("Feil i kommandoen: kommando mangler. Bruk en av: import, export, list, show, print, status, absence, due.");
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
            format!("ukjent kommando «{sub}». Bruk en av: import, export, list, show, print, status, absence, due.{suggestion}")
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
    const SUBCOMMANDS: [&str; 8] = [
        "import", "export", "list", "show", "print", "status", "absence", "due",
    ];
    std::env::args()
        .nth(1)
        .filter(|a| SUBCOMMANDS.contains(&a.as_str()))
        .map(|sub| format!("tavle {sub}"))
        .unwrap_or_else(|| "tavle".to_string())
}
