//! Runs a parsed command: open the file, call one core function, print what it returns.
//! Anything more than that belongs in the core.

use std::io::IsTerminal as _;

use chrono::Datelike;

use crate::args::{
    Absence, BoardCmd, Command, Export, HistoryCmd, Import, OneBoard, Print, Publish, RollupCmd,
    RollupFormat, RowCmd, StatusCmd, Trend, TrendFormat,
};
use crate::files::{
    emit, emit_bytes, open_existing, open_input, refuse_directory, refuse_overwriting,
    refuse_swapped_import, warn,
};
use tavle::exchange;
use tavle::export::Format;
use tavle::output::Kind;
use tavle::print::What;
use tavle::sheet_import::{self, ImportOptions};
use tavle::store::{backup_dir, backups, Store};
use tavle::{msg, text, tr, AbsenceMonth, Error, Lang, Result, StatusChange};

/// Runs `command`; `lang` is `tavle --lang`, the language of the prints' fixed words unless
/// the command has its own `--lang`.
pub(crate) fn run(command: Command, lang: Option<Lang>) -> Result<()> {
    match command {
        Command::Import(a) => import(a),
        Command::Delete(a) => delete(a),
        Command::Export(a) => export(a),
        Command::List(a) => {
            let store = open_existing(&a.file, false)?;
            emit(&text::board_list_text(&store.list_boards()?))
        }
        Command::Show(a) => {
            let store = open_existing(&a.file, false)?;
            let stored = store.load_board(a.board)?;
            emit(&text::board_text_in(
                &stored.board,
                &stored.row_ids,
                tavle::today(),
                chosen_lang(None, lang),
            ))
        }
        Command::Print(a) => {
            let lang = chosen_lang(a.lang, lang);
            print(a, lang)
        }
        Command::Status(a) => status(a),
        Command::Row(a) => row_choices(a),
        Command::History(a) => history(a),
        Command::Absence(a) => absence(a),
        Command::Due(a) => {
            let store = open_existing(&a.at.file, false)?;
            let on = a.on.unwrap_or_else(tavle::today);
            let items = store.due(on, a.within)?;
            emit(&text::due_text(&items, on, a.within))
        }
        Command::Trend(a) => trend(a, chosen_lang(None, lang)),
        Command::Backups(a) => {
            if !a.file.exists() && !backup_dir(&a.file).exists() {
                return Err(Error::NotFound(msg!(
                    "cli-backups-not-found",
                    file = a.file.display().to_string()
                )));
            }
            emit(&text::backups_text(&backups::list(&a.file)?))
        }
        Command::Restore(a) => {
            let restored = backups::restore(&a.file, &a.from)?;
            emit(&text::restored_text(&a.file, &a.from, &restored))
        }
        Command::Publish(a) => publish(a),
        Command::Board(a) => board_header(a),
        Command::Rollup(a) => {
            let lang = chosen_lang(a.lang, lang);
            rollup(a, lang)
        }
    }
}

/// `tavle trend`: the unit's run chart from every board of it in the file.
fn trend(a: Trend, lang: Lang) -> Result<()> {
    let store = open_existing(&a.at.file, false)?;
    let boards = store.load_all_boards()?;
    let trend = tavle::trend::unit_trend(&boards, &a.unit, a.baseline)?;
    match a.format {
        TrendFormat::Text => emit(&text::trend_text_in(&trend, lang)),
        TrendFormat::Csv => emit_bytes(&text::trend_csv_in(&trend, lang)?),
        TrendFormat::Json => emit(&format!("{:#}\n", text::trend_json(&trend))),
    }
}

/// `tavle import`: the whole board is read and checked before the `.tavle` file is touched
/// or created.
fn import(a: Import) -> Result<()> {
    refuse_swapped_import(&a.file, &a.board_json)?;
    if sheet_import::is_spreadsheet(&a.board_json)? {
        return import_sheet(a);
    }
    if a.unit.is_some() || a.year.is_some() {
        return Err(Error::invalid(msg!("cli-import-unit-year-only-sheets")));
    }
    if a.sheet.is_some()
        || !a.columns.is_empty()
        || !a.statuses.is_empty()
        || a.as_new
        || a.remove_missing
    {
        return Err(Error::invalid(msg!("cli-import-sheet-flags-only-sheets")));
    }
    let board = if a.board_json.as_os_str() == "-" {
        exchange::read_board_json(std::io::stdin().lock())?
    } else {
        let json = open_input(&a.board_json)?;
        // Refused by its size before a byte is read; read_board_json stops at the same
        // limit for what has no size (standard input).
        if let Ok(meta) = json.metadata() {
            tavle::contract::check_import_size(&a.board_json.display().to_string(), meta.len())?;
        }
        exchange::read_board_json(std::io::BufReader::new(json))?
    };
    if a.preview {
        return emit(&format!(
            "{}\n",
            tr!(
                "cli-preview-board-file-ok",
                unit = board.unit.as_str(),
                year = board.year.to_string(),
                rows = board.rows.len()
            )
        ));
    }
    // insert_board copies an existing file into backups/ before anything is written, so an
    // import can always be undone (however recent the last backup of a small edit).
    let mut store = Store::open_or_create(&a.file)?;
    let id = store.insert_board(&board);
    warn(&store);
    let id = id?;
    emit(&format!("{id}\n"))
}

/// `tavle import` of a spreadsheet: the report, then the board it came from updated, or a
/// new board — through the same core path as the app ([`sheet_import::apply_import`]).
fn import_sheet(a: Import) -> Result<()> {
    let mapping = |list: &[String], option: &str| {
        list.iter()
            .map(|m| sheet_import::Mapping::parse(m, option))
            .collect::<Result<Vec<_>>>()
    };
    let options = ImportOptions {
        unit: a.unit.clone(),
        year: a.year,
        sheet: a.sheet.clone(),
        columns: mapping(&a.columns, "--column")?,
        statuses: mapping(&a.statuses, "--status")?,
    };
    let choice = sheet_import::ImportChoice {
        as_new: a.as_new,
        remove_missing: a.remove_missing,
    };
    let today = tavle::today();
    let import = sheet_import::read_sheet_file(&a.board_json, &options, today)?;
    let mut report = sheet_import::report_text(&import);
    // Where it lands, when the file is there to ask (a new file gets a new board).
    let existing = if a.file.exists() {
        Some(open_existing(&a.file, false)?)
    } else {
        None
    };
    let target = match &existing {
        Some(store) => sheet_import::import_target(store, &import, &choice, today)?,
        None => sheet_import::ImportTarget::New,
    };
    report.push_str(&sheet_import::target_text(&target, &choice));
    if a.preview {
        emit(&report)?;
        // Still refuse (exit 2) what a real import would refuse.
        import.check()?;
        if let Some(refusal) = target.refusal() {
            return Err(refusal);
        }
        return emit(&format!("{}\n", tr!("cli-preview-nothing-imported")));
    }
    import.check()?;
    if let Some(refusal) = target.refusal() {
        return Err(refusal);
    }
    eprint!("{report}");
    drop(existing);
    let mut store = Store::open_or_create(&a.file)?;
    let done = sheet_import::apply_import(&mut store, import, &choice, today);
    warn(&store);
    let done = done?;
    emit(&format!("{}\n", done.board))
}

/// `tavle delete FIL --board ID`: the board and everything on it, with a backup first.
fn delete(a: OneBoard) -> Result<()> {
    let mut store = open_existing(&a.file, true)?;
    let board = store.load_board(a.board)?.board;
    let done = store.delete_board(a.board);
    warn(&store);
    done?;
    emit(&format!(
        "{}\n",
        tr!(
            "cli-delete-done",
            unit = board.unit.as_str(),
            year = board.year.to_string(),
            board = a.board.to_string(),
            file = a.file.display().to_string()
        )
    ))
}

fn export(a: Export) -> Result<()> {
    if a.format == Format::Xlsx && a.out.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::invalid(msg!("cli-export-xlsx-to-screen")));
    }
    let out = a.out.filter(|out| out.as_os_str() != "-");
    if let Some(out) = &out {
        refuse_overwriting(&a.at.file, out)?;
        refuse_directory(out, &a.format.example_file())?;
        let kind = match a.format {
            Format::Json => Kind::Json,
            Format::Csv => Kind::Csv,
            Format::Xlsx => Kind::Xlsx,
        };
        tavle::output::check_replaceable(out, kind)?;
    }
    let store = open_existing(&a.at.file, false)?;
    let stored = store.load_board(a.at.board)?;
    let bytes = match a.format {
        // With the board's and rows' ids: imported back, it updates this board.
        Format::Xlsx => tavle::xlsx::stored_board_workbook(&stored, tavle::today())?,
        _ => a.format.board_bytes(&stored.board, tavle::today())?,
    };
    match out {
        Some(out) => {
            tavle::output::write_atomically(&out, &bytes)?;
            // Like print: the export went to the file, so standard output says where.
            emit(&format!(
                "{}\n",
                tr!("cli-export-saved", file = out.display().to_string())
            ))
        }
        None => emit_bytes(&bytes),
    }
}

/// The language of a print: the command's `--lang`, else `tavle --lang`, else the
/// environment's (nynorsk for `nn…`).
fn chosen_lang(own: Option<Lang>, top: Option<Lang>) -> Lang {
    own.or(top).unwrap_or_else(Lang::from_env)
}

/// What `--what` with or without `--blank` prints; `--blank` only goes with the workshop.
fn print_what(what: What, blank: bool) -> Result<What> {
    match (what, blank) {
        (what, false) => Ok(what),
        (What::Workshop | What::WorkshopBlank, true) => Ok(What::WorkshopBlank),
        (_, true) => Err(Error::invalid(msg!("cli-print-blank-needs-workshop"))),
    }
}

fn print(a: Print, lang: Lang) -> Result<()> {
    let what = print_what(a.what, a.blank)?;
    let store = open_existing(&a.at.file, false)?;
    let board = store.load_board(a.at.board)?.board;
    let to_stdout = a.out.as_os_str() == "-";
    if !to_stdout {
        refuse_overwriting(&a.at.file, &a.out)?;
        refuse_directory(&a.out, "tavle.pdf")?;
        tavle::print::check_pdf_path(&a.out)?;
        tavle::output::check_replaceable(&a.out, Kind::Pdf)?;
    }
    let trend = match what {
        What::Board | What::Report | What::Minutes => {
            tavle::print::unit_trend_for(&board, &store.load_all_boards()?)
        }
        _ => None,
    };
    let on = a.on.unwrap_or_else(tavle::today);
    let pdf = tavle::print::pdf_in(&board, what, a.paper, on, lang, trend.as_ref())?;
    if to_stdout {
        return emit_bytes(&pdf);
    }
    tavle::output::write_atomically(&a.out, &pdf)?;
    emit(&format!(
        "{}\n",
        tr!("cli-print-saved", file = a.out.display().to_string())
    ))
}

fn status(a: StatusCmd) -> Result<()> {
    let mut store = open_existing(&a.at.file, true)?;
    let change = StatusChange {
        on: a.on.unwrap_or_else(tavle::today),
        status: a.to,
        note: tavle::unix_line_breaks(&a.note),
    };
    if !store.change_status(a.at.row, &change)? {
        return emit(&text::status_unchanged_text(a.at.row, &change));
    }
    let stored = store.load_board(store.board_of_row(a.at.row)?)?;
    let row = stored
        .row_ids
        .iter()
        .position(|&id| id == a.at.row)
        .and_then(|i| stored.board.rows.get(i))
        .ok_or_else(|| Error::NotFound(msg!("cli-row-not-found", row = a.at.row.to_string())))?;
    let mut said = text::status_changed_text(a.at.row, &change, row);
    if a.on.is_none() && change.on.year() > stored.board.year {
        said.push_str(&text::status_after_year_text(
            &a.at.file,
            a.at.row,
            stored.board.year,
        ));
    }
    emit(&said)
}

/// `tavle row`: Tiltakstype and Innsats set from the words given (the others kept), then
/// both as they are now; without `--kind` or `--level` only shown, the file not written.
fn row_choices(a: RowCmd) -> Result<()> {
    use tavle::model::{Field, RowText};
    let write = a.kind.is_some() || a.level.is_some();
    let mut store = open_existing(&a.at.file, write)?;
    let mut row = store.row(a.at.row)?;
    for (field, words) in [(Field::Kind, &a.kind), (Field::Level, &a.level)] {
        if let Some(words) = words {
            row.set_from_words(field, words)?;
        }
    }
    if write {
        store.update_row_text(a.at.row, None, &RowText::from(&row))?;
    }
    emit(&text::row_choices_text(a.at.row, &row))
}

fn history(a: HistoryCmd) -> Result<()> {
    let write = a.fix.is_some() || a.remove.is_some();
    let mut store = open_existing(&a.at.file, write)?;
    let mut said = String::new();
    if let Some(entry) = a.remove {
        let removed = store.remove_status_change(a.at.row, entry)?;
        said = text::change_removed_text(entry, &removed);
    }
    if let (Some(entry), Some(on)) = (a.fix, a.on) {
        // Without --note the change keeps the note it has.
        let note = match a.note {
            Some(note) => tavle::unix_line_breaks(&note),
            None => store
                .status_history(a.at.row)?
                .into_iter()
                .find(|(id, _)| *id == entry)
                .map(|(_, c)| c.note)
                .unwrap_or_default(),
        };
        store.correct_status_change(a.at.row, entry, on, note.trim())?;
        said = text::change_fixed_text(entry, on);
    }
    let row = store.row(a.at.row)?;
    let entries = store.status_history(a.at.row)?;
    said.push_str(&text::history_text(a.at.row, &row, &entries));
    emit(&said)
}

fn absence(a: Absence) -> Result<()> {
    let mut month = match (a.pct, a.agreed, a.lost) {
        (Some(p), _, _) => AbsenceMonth::from_pct(a.month, p),
        (None, Some(agreed), Some(lost)) => AbsenceMonth::from_days(a.month, agreed, lost),
        _ => return Err(Error::invalid(msg!("cli-absence-figures-needed"))),
    };
    month.self_certified_days = a.self_certified;
    // Checked here too so a wrong figure is refused before the file is opened.
    month.validate()?;
    let mut store = open_existing(&a.at.file, true)?;
    let before = store
        .load_board(a.at.board)?
        .board
        .absence
        .into_iter()
        .find(|m| m.month == a.month);
    store.set_absence(a.at.board, &month)?;
    emit(&text::absence_saved_text(&month, before.as_ref()))
}

fn publish(a: Publish) -> Result<()> {
    let store = open_existing(&a.file, false)?;
    if a.withdraw {
        let withdrawn = match a.board {
            Some(id) => vec![tavle::publish::withdraw(&store, id, &a.to)?],
            None => tavle::publish::withdraw_all(&store, &a.to)?,
        };
        return emit(&text::withdrawn_text(&withdrawn));
    }
    let published = match a.board {
        Some(id) => vec![tavle::publish::publish(&store, id, &a.to)?],
        None => tavle::publish::publish_all(&store, &a.to)?,
    };
    emit(&text::published_text(&published))
}

/// `tavle board`: «Endre tavlen …» from the command line. What is not given stays; the same
/// form and core function as the app's header dialog.
fn board_header(a: BoardCmd) -> Result<()> {
    let mut store = open_existing(&a.at.file, true)?;
    let board = store.load_board(a.at.board)?.board;
    let typed_number = |given: Option<String>, now: Option<f64>| -> tavle::Typed {
        tavle::Typed(given.unwrap_or_else(|| now.map(tavle::nb::number).unwrap_or_default()))
    };
    let entry = tavle::HeaderEntry {
        title: board.title.clone(),
        unit: a.unit.unwrap_or(board.unit),
        year: tavle::Typed(a.year.unwrap_or(board.year).to_string()),
        main_goal: a.main_goal.unwrap_or(board.main_goal),
        focus: a.focus.unwrap_or(board.focus),
        target_pct: typed_number(a.target, board.target_pct),
        sector: a.sector.unwrap_or(board.sector),
        staff: typed_number(a.staff, board.staff),
    };
    let header = entry.parse()?;
    store.update_board_header(a.at.board, None, &header)?;
    let stored = store.load_board(a.at.board)?;
    emit(&text::header_text(&stored.board))
}

/// `tavle rollup`: the overview to the screen or a file; "Hoppet over" on stderr.
fn rollup(a: RollupCmd, lang: Lang) -> Result<()> {
    use tavle::rollup::cells;
    use tavle::rollup_files;
    if matches!(a.format, RollupFormat::Xlsx | RollupFormat::Pdf) && a.out.is_none() {
        return Err(Error::invalid(msg!("cli-rollup-needs-file")));
    }
    // Judged before the folder is read: a refused name costs nothing and touches nothing.
    if let Some(out) = &a.out {
        for input in &a.inputs {
            refuse_overwriting(input, out)?;
        }
        let kind = match a.format {
            RollupFormat::Text => Kind::Text,
            RollupFormat::Csv => Kind::Csv,
            RollupFormat::Xlsx => Kind::Xlsx,
            RollupFormat::Pdf => Kind::Pdf,
            RollupFormat::Json => Kind::Json,
        };
        tavle::output::check_replaceable(out, kind)?;
    }
    let r = tavle::hr_folder::overview(&a.inputs, a.year, tavle::today())?.arranged_in(
        a.filter.as_deref(),
        a.sector.as_deref(),
        a.sort,
        a.reverse,
    );
    let skipped = cells::skipped_text(&r);
    // «0 enheter» is no answer: exit 2 with what was asked and which years there are.
    let r = r.require_units().inspect_err(|_| {
        if !skipped.is_empty() {
            eprint!("{skipped}");
        }
    })?;
    let skipped = cells::skipped_text(&r);
    if !skipped.is_empty() {
        eprint!("{skipped}");
    }
    let bytes = match a.format {
        RollupFormat::Text => cells::text(&r).into_bytes(),
        RollupFormat::Csv => {
            let mut b = Vec::new();
            rollup_files::write_csv(&r, &mut b)?;
            b
        }
        RollupFormat::Xlsx => rollup_files::xlsx(&r)?,
        RollupFormat::Pdf => tavle::print::rollup_pdf_in(&r, tavle::today(), lang)?,
        RollupFormat::Json => format!("{:#}\n", tavle::rollup::rollup_json(&r)).into_bytes(),
    };
    match a.out {
        Some(out) => {
            tavle::output::write_atomically(&out, &bytes)?;
            emit(&format!(
                "{}\n",
                tr!(
                    "cli-rollup-saved",
                    count = r.lines.len(),
                    file = out.display().to_string()
                )
            ))
        }
        None => emit_bytes(&bytes),
    }
}
