//! The command line as clap sees it: every command, its arguments and its Norwegian help.
//! Nothing here runs anything; [`crate::run`] does.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::parse::*;
use tavle::exchange::Format;
use tavle::print::{Paper, What};
use tavle::{BoardId, ChangeId, Lang, RowId, Status};

const TEMPLATE: &str = "{about-with-newline}\nBruk: {usage}\n\n{all-args}{after-help}";

/// The command line as given; every subcommand's help in the same Norwegian layout.
pub(crate) fn parse() -> Result<Cli, clap::Error> {
    let matches = Cli::command()
        .mut_subcommands(|sub| sub.help_template(TEMPLATE))
        .try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

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
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    /// Vis denne hjelpen.
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true, help_heading = "Valg")]
    pub(crate) help: Option<bool>,

    /// Vis versjonen.
    #[arg(short = 'V', long = "version", action = ArgAction::Version, help_heading = "Valg")]
    pub(crate) version: Option<bool>,

    /// Språket i utskriftene (print, rollup --format pdf) og i «tavle show»: nb (bokmål) eller nn (nynorsk). Uten valget: nn når LC_ALL, LC_MESSAGES eller LANG begynner med nn, ellers nb.
    #[arg(long, value_name = "SPRÅK", value_parser = parse_lang, help_heading = "Valg")]
    pub(crate) lang: Option<Lang>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Legg til en tavle fra en tavlefil (JSON) eller et regneark (.xlsx, .xls, .ods, .csv); skriver ut den nye tavlens id.
    Import(Import),
    /// Skriv en tavle som JSON, CSV (for Excel) eller Excel-arbeidsbok (.xlsx).
    Export(Export),
    /// Vis tavlene i filen: id, enhet, år, antall rader og status.
    #[command(override_usage = "tavle list FIL")]
    List(TavleFile),
    /// Vis en tavle som tekst: mål, fravær hittil i år, alle rader, plan og fraværstall.
    #[command(override_usage = "tavle show FIL --board ID")]
    Show(OneBoard),
    /// Lag en PDF for utskrift: tavlen, Prosjekt nærvær, innspill fra workshopen (eller tomt workshop-ark) eller årsrapport.
    Print(Print),
    /// Endre status på et tiltak (raden får en ny linje i statushistorikken).
    Status(StatusCmd),
    /// Vis statushistorikken til et tiltak med id for hver endring; rett eller fjern en endring.
    History(HistoryCmd),
    /// Legg inn fraværstall for en måned: prosent, eller avtalte og tapte dagsverk.
    Absence(Absence),
    /// Vis tiltak som er forsinket, og med --within dem som har frist snart, i alle tavler.
    Due(Due),
    /// Vis sikkerhetskopiene av filen: når de ble tatt, antall tavler og rader.
    #[command(
        override_usage = "tavle backups FIL",
        after_help = "Kopiene ligger i mappen «backups» ved siden av filen. Hent en tilbake med «tavle restore»."
    )]
    Backups(TavleFile),
    /// Hent tilbake en sikkerhetskopi; filen slik den er nå kopieres til «backups» først.
    Restore(Restore),
    /// Del en tavle med HR: en hel kopi (øyeblikksbilde) i en delt mappe, én fil per enhet og år.
    Publish(Publish),
    /// Oversikt over enheter: alle delte tavler for ett år, én linje per enhet og en total.
    Rollup(RollupCmd),
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle restore FIL --from KOPI",
    after_help = "Eksempel: tavle restore enhet.tavle --from backups/enhet-20251203-091500-123.tavle"
)]
pub(crate) struct Restore {
    /// .tavle-filen som skal få innholdet tilbake.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
    /// Sikkerhetskopien som skal hentes tilbake (se «tavle backups FIL»).
    #[arg(long = "from", value_name = "KOPI")]
    pub(crate) from: PathBuf,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle publish FIL --to MAPPE [--board ID]",
    after_help = "Filen får navn etter enhet og år («Hjemmesykepleien 2025.tavle») og skrives ferdig under et\nmidlertidig navn før den erstatter forrige deling, så HR aldri ser en halv fil.\nUten --board deles hver tavle i filen, hver i sin fil.\nEksempel: tavle publish enhet.tavle --to /mnt/felles/nærvær --board 1"
)]
pub(crate) struct Publish {
    /// .tavle-filen med tavlen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
    /// Mappen dere deler med HR (nettverksdisk, OneDrive- eller SharePoint-mappe).
    #[arg(long = "to", value_name = "MAPPE")]
    pub(crate) to: PathBuf,
    /// Id for tavlen (se «tavle list»); uten valget deles alle tavlene i filen.
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    pub(crate) board: Option<BoardId>,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle rollup MAPPE|FIL... [--year ÅR] [--format text|csv|xlsx|pdf] [-o UT] [--sort KOLONNE] [--reverse] [--filter BEGYNNELSE] [--lang nb|nn]",
    after_help = "Filene leses bare; ingenting skrives i mappen. Totalen er Σ tapte / Σ avtalte dagsverk, aldri et\nsnitt av prosenter. Enheter under 5 årsverk vises uten fravær, men er med i totalen.\nFiler som ikke kan leses, står under «Hoppet over» på standard feil (kode 0); kode 2 bare når ingenting kunne leses.\nEksempel: tavle rollup /mnt/felles/nærvær --year 2025 --format pdf -o oversikt.pdf"
)]
pub(crate) struct RollupCmd {
    /// Mapper med delte .tavle-filer, eller filer.
    #[arg(value_name = "MAPPE|FIL", required = true, help_heading = "Argumenter")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Året som vises; uten valget: i år, eller det nyeste året i filene.
    #[arg(long, value_name = "ÅR", value_parser = parse_year)]
    pub(crate) year: Option<i32>,
    /// Format: text (skjermen), csv (for Excel), xlsx eller pdf (A4 liggende, for styringsgruppen).
    #[arg(long, value_name = "FORMAT", value_parser = parse_rollup_format, default_value = "text", hide_default_value = true)]
    pub(crate) format: RollupFormat,
    /// Filen oversikten skrives til; må gis for xlsx og pdf.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    pub(crate) out: Option<PathBuf>,
    /// Sorter etter kolonnen: enhet, fravær, mål, avstand, nærvær, retning, mangler, tiltak, forsinket, delmål eller endret. Uten valget: lengst over målet først.
    #[arg(long, value_name = "KOLONNE", value_parser = parse_sort)]
    pub(crate) sort: Option<tavle::rollup::SortKey>,
    /// Språket i PDF-en: nb (bokmål) eller nn (nynorsk). Uten valget: som «tavle --lang», ellers nn når LANG begynner med nn.
    #[arg(long, value_name = "SPRÅK", value_parser = parse_lang)]
    pub(crate) lang: Option<Lang>,
    /// Snu rekkefølgen (tallkolonner sorteres ellers størst først, enhet A–Å).
    #[arg(long)]
    pub(crate) reverse: bool,
    /// Bare enheter der navnet begynner med dette (en sektor, for eksempel «Omsorg»).
    #[arg(long, value_name = "BEGYNNELSE")]
    pub(crate) filter: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RollupFormat {
    Text,
    Csv,
    Xlsx,
    Pdf,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle import FIL TAVLE.json|.xlsx|.xls|.ods|.csv [--unit ENHET] [--year ÅR] [--preview]",
    after_help = "FIL lages hvis den ikke finnes. En sikkerhetskopi tas før importen.\n\
Et regneark fra Tavle leses tilbake nøyaktig. I et eget regneark finner Tavle overskriftsraden\n\
(Mål, Ideer, Tiltak, Ansvar, Når?/Frist, Status, Resultat, også vanlige varianter); ukjente kolonner\n\
og celler som ikke kan leses, vises i rapporten (på standard feil, eller standard ut med --preview).\n\
Ingenting skrives hvis overskriftsraden ikke finnes eller noe i filen må rettes.\n\
Eksempel: tavle import enhet.tavle examples/hjemmesykepleien-2025.json\n\
Eksempel: tavle import enhet.tavle tiltak.xlsx --unit \"Hjemmesykepleien\" --year 2025 --preview"
)]
pub(crate) struct Import {
    /// .tavle-filen tavlen skal inn i (lages hvis den ikke finnes).
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
    /// Tavlefilen (JSON; - leser fra standard inn) eller regnearket (.xlsx, .xls, .ods, .csv) som skal importeres.
    #[arg(value_name = "TAVLE", help_heading = "Argumenter")]
    pub(crate) board_json: PathBuf,
    /// Enheten tavlen gjelder, når regnearket ikke sier det (eller for å bruke et annet navn).
    #[arg(long, value_name = "ENHET")]
    pub(crate) unit: Option<String>,
    /// Året tavlen gjelder, når regnearket ikke sier det.
    #[arg(long, value_name = "ÅR", value_parser = parse_year)]
    pub(crate) year: Option<i32>,
    /// Bare vis hva som ville blitt importert (rapporten og radene); ingenting skrives.
    #[arg(long)]
    pub(crate) preview: bool,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle export FIL --board ID --format json|csv|xlsx [-o UT]",
    after_help = "Uten -o (eller med -o -) skrives eksporten til standard ut (xlsx krever -o når det er en skjerm).\n\
xlsx: arkene Tavle (A3 liggende, statusliste), Fravær, Prosjekt nærvær og Innspill; kan importeres igjen.\n\
Eksempel: tavle export enhet.tavle --board 1 --format csv -o tiltak.csv\n\
Eksempel: tavle export enhet.tavle --board 1 --format xlsx -o tavle.xlsx"
)]
pub(crate) struct Export {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    /// Format: json (hele tavlen), csv (radene, for Excel) eller xlsx (hele tavlen som Excel-arbeidsbok).
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub(crate) format: Format,
    /// Filen eksporten skrives til; med -o - eller uten -o skrives den til standard ut.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    pub(crate) out: Option<PathBuf>,
}

/// The arguments many commands share: the `.tavle` file; the file and a board in it; the
/// file and a row in it.
#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
pub(crate) struct TavleFile {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
pub(crate) struct OneBoard {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
    /// Id for tavlen (se «tavle list»).
    #[arg(long, value_name = "ID", value_parser = parse_board_id)]
    pub(crate) board: BoardId,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Valg")]
pub(crate) struct OneRow {
    /// .tavle-filen.
    #[arg(value_name = "FIL", help_heading = "Argumenter")]
    pub(crate) file: PathBuf,
    /// Rad-id for tiltaket (se «tavle show»).
    #[arg(long, value_name = "ID", value_parser = parse_row_id)]
    pub(crate) row: RowId,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle print FIL --board ID --what board|plan|workshop|report [--blank] [--paper a3|a4] [--lang nb|nn] -o UT",
    after_help = "workshop skriver ut innspillene fra workshopen, gruppert etter spørsmål, med stemmer;\nmed --blank (eller når tavlen ikke har innspill) et tomt arbeidsark til workshopen.\nEksempel: tavle print enhet.tavle --board 1 --what board --paper a3 -o tavle.pdf\nEksempel: tavle print enhet.tavle --board 1 --what workshop --blank -o arbeidsark.pdf"
)]
pub(crate) struct Print {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    /// Hva som skal skrives ut: board (tavlen), plan (Prosjekt nærvær), workshop (innspillene fra workshopen) eller report (årsrapport).
    #[arg(long, value_name = "HVA", value_parser = parse_what)]
    pub(crate) what: What,
    /// Bare med --what workshop: skriv ut det tomme arbeidsarket (spørsmålene og en tom tavle) i stedet for innspillene.
    #[arg(long)]
    pub(crate) blank: bool,
    /// Papirformat: a3 eller a4. Uten valget: A3 for tavle og workshop-ark, A4 for plan og årsrapport.
    #[arg(long, value_name = "PAPIR", value_parser = parse_paper)]
    pub(crate) paper: Option<Paper>,
    /// Språket i utskriften: nb (bokmål) eller nn (nynorsk). Uten valget: som «tavle --lang», ellers nn når LC_ALL, LC_MESSAGES eller LANG begynner med nn, ellers nb.
    #[arg(long, value_name = "SPRÅK", value_parser = parse_lang)]
    pub(crate) lang: Option<Lang>,
    /// PDF-filen som skal lages (navnet bør ende på .pdf); med -o - skrives PDF-en til standard ut.
    #[arg(short = 'o', long = "out", value_name = "UT")]
    pub(crate) out: PathBuf,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    allow_negative_numbers = true,
    override_usage = "tavle status FIL --row ID --to STATUS [--on DATO] [--note TEKST]",
    after_help = "Rad-id står i «tavle show».\nEksempel: tavle status enhet.tavle --row 3 --to pågår --on 20.01.2025 --note \"Første møte holdt\""
)]
pub(crate) struct StatusCmd {
    #[command(flatten)]
    pub(crate) at: OneRow,
    /// Ny status: not_started (Ikke startet), in_progress (Pågår), done (Fullført), ongoing (Løpende), paused (På vent) eller dropped (Avbrutt). Det norske ordet går også.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    pub(crate) to: Status,
    /// Datoen endringen gjelder fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag.
    #[arg(long, value_name = "DATO", value_parser = parse_date)]
    pub(crate) on: Option<NaiveDate>,
    /// En kort merknad til endringen.
    #[arg(
        long,
        value_name = "TEKST",
        default_value = "",
        hide_default_value = true
    )]
    pub(crate) note: String,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    override_usage = "tavle history FIL --row ID [--fix ENDRING --on DATO [--note TEKST] | --remove ENDRING]",
    after_help = "Uten --fix eller --remove vises historikken med id-ene.\nEksempel: tavle history enhet.tavle --row 3\nEksempel: tavle history enhet.tavle --row 3 --fix 12 --on 20.01.2025 --note \"Første møte holdt\"\nEksempel: tavle history enhet.tavle --row 3 --remove 12"
)]
pub(crate) struct HistoryCmd {
    #[command(flatten)]
    pub(crate) at: OneRow,
    /// Rett endringen med denne id-en: ny dato med --on, nytt notat med --note.
    #[arg(long, value_name = "ENDRING", value_parser = parse_change_id, conflicts_with = "remove", requires = "on")]
    pub(crate) fix: Option<ChangeId>,
    /// Fjern endringen med denne id-en (for eksempel en endring ført med feil dato).
    #[arg(long, value_name = "ENDRING", value_parser = parse_change_id)]
    pub(crate) remove: Option<ChangeId>,
    /// Med --fix: den riktige datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).
    #[arg(long, value_name = "DATO", value_parser = parse_date, requires = "fix")]
    pub(crate) on: Option<NaiveDate>,
    /// Med --fix: det nye notatet (uten valget beholdes notatet).
    #[arg(long, value_name = "TEKST", requires = "fix")]
    pub(crate) note: Option<String>,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    allow_negative_numbers = true,
    override_usage = "tavle absence FIL --board ID --month ÅÅÅÅ-MM (--pct P | --agreed D --lost D [--self-certified D])",
    after_help = "Tall kan skrives med komma eller punktum: 9,1 eller 9.1.\nEksempel: tavle absence enhet.tavle --board 1 --month 2025-03 --agreed 430 --lost 35,2"
)]
pub(crate) struct Absence {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    /// Måneden, skrevet ÅÅÅÅ-MM (for eksempel 2025-03). Må høre til tavlens år.
    #[arg(long, value_name = "ÅÅÅÅ-MM", value_parser = parse_month)]
    pub(crate) month: tavle::YearMonth,
    /// Sykefravær i prosent for måneden (0–100).
    #[arg(long, value_name = "P", value_parser = parse_number,
          conflicts_with_all = ["agreed", "lost", "self_certified"],
          required_unless_present_any = ["agreed", "lost"])]
    pub(crate) pct: Option<f64>,
    /// Avtalte dagsverk i måneden.
    #[arg(long, value_name = "D", value_parser = parse_number, requires = "lost")]
    pub(crate) agreed: Option<f64>,
    /// Tapte dagsverk (sykefravær) i måneden.
    #[arg(long, value_name = "D", value_parser = parse_number, requires = "agreed")]
    pub(crate) lost: Option<f64>,
    /// Egenmeldte dagsverk, en del av de tapte.
    #[arg(long = "self-certified", value_name = "D", value_parser = parse_number, requires = "lost")]
    pub(crate) self_certified: Option<f64>,
}

#[derive(Args, Debug)]
#[command(
    next_help_heading = "Valg",
    allow_negative_numbers = true,
    override_usage = "tavle due FIL [--on DATO] [--within DAGER]",
    after_help = "Forsinket: fristen er passert mens tiltaket er «Ikke startet» eller «Pågår»."
)]
pub(crate) struct Due {
    #[command(flatten)]
    pub(crate) at: TavleFile,
    /// Dagen det gjelder (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); uten valget: i dag.
    #[arg(long, value_name = "DATO", value_parser = parse_date)]
    pub(crate) on: Option<NaiveDate>,
    /// Vis også tiltak med frist innen så mange dager.
    #[arg(long, value_name = "DAGER", value_parser = parse_days)]
    pub(crate) within: Option<u32>,
}
