//! Every print's sizes in one place: the paper and scale a print is laid out for
//! ([`PageSpec`]), the font sizes and distances of each kind of page (each scaling with the
//! paper from the size it was designed for), and how many lines a header text may take
//! before it is cut with "…".

use chrono::NaiveDate;

use tavle_model::lang::Lang;

/// The paper a print is laid out on, and the day it is printed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSpec {
    /// Width × height in mm, in the print's orientation.
    pub size: (f64, f64),
    /// Scale from the paper the print was designed for: A3 for the board and the workshop,
    /// A4 for the plan, the year report and the overview.
    pub k: f64,
    /// The day printed: the footer's date, Forsinket, the months the report has begun.
    pub today: NaiveDate,
    /// The language of the fixed words (bokmål unless asked).
    pub lang: Lang,
}

/// The overview over units: A4 landscape, its design size.
pub fn rollup_spec(today: NaiveDate) -> PageSpec {
    PageSpec {
        size: (297.0, 210.0),
        k: 1.0,
        today,
        lang: Lang::Nb,
    }
}

/// Lines a header text may take before it ends in "…": the header must leave room for
/// what follows (the full text is in the app).
pub mod lines {
    /// The board's and the year report's title.
    pub const TITLE: usize = 2;
    /// The board's unit and year; the overview's line under its title.
    pub const SUBTITLE: usize = 2;
    /// The board's main goal.
    pub const MAIN_GOAL: usize = 4;
    /// The main goal in the year report's header.
    pub const REPORT_MAIN_GOAL: usize = 2;
    /// The board's focus ("Med fokus på verdiene …").
    pub const FOCUS: usize = 2;
    /// A running header on a continued page, the overview's title, a chart label.
    pub const ONE: usize = 1;
}

/// The workshop's cards side by side on a line.
pub const CARDS_PER_LINE: usize = 3;
/// Vote dots drawn on a card at the most; the words "N stemmer" carry any more.
pub const MAX_DOTS: u32 = 10;

/// Sizes of the wall prints (board, workshop sheet, cards); all scale with the paper (A4 is A3 × 1/√2).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub k: f64,
    /// The language of the fixed words, carried with the sizes to every part of the page.
    pub lang: Lang,
    pub margin: f64,
    pub title: f64,
    pub subtitle: f64,
    pub lead: f64,
    pub label: f64,
    pub head: f64,
    /// Cell text: 13 pt on A3, 9,2 pt on A4.
    pub body: f64,
    pub small: f64,
    pub chart: f64,
    pub big: f64,
    pub footer: f64,
    pub pad: f64,
}

impl Sizes {
    pub fn new(k: f64, lang: Lang) -> Self {
        Sizes {
            k,
            lang,
            margin: 12.0 * k,
            title: 30.0 * k,
            subtitle: 19.0 * k,
            lead: 15.0 * k,
            label: 12.0 * k,
            head: 14.0 * k,
            body: 13.0 * k,
            small: 12.0 * k,
            chart: 10.5 * k,
            big: 34.0 * k,
            footer: (11.0 * k).max(8.0),
            pad: 2.8 * k,
        }
    }
}

/// Sizes of a report page; all scale with the paper (A3 is A4 × √2).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReportSizes {
    pub k: f64,
    /// The language of the fixed words, carried with the sizes to every part of the report.
    pub lang: Lang,
    pub margin: f64,
    pub title: f64,
    pub subtitle: f64,
    pub heading: f64,
    pub sub: f64,
    pub body: f64,
    pub small: f64,
    pub big: f64,
    pub lead: f64,
    pub footer: f64,
    pub pad: f64,
    pub month_w: f64,
}

impl ReportSizes {
    pub fn new(k: f64, lang: Lang) -> Self {
        ReportSizes {
            k,
            lang,
            margin: 12.0 * k,
            title: 20.0 * k,
            subtitle: 12.5 * k,
            heading: 13.5 * k,
            sub: 11.0 * k,
            body: 9.5 * k,
            small: 9.0 * k,
            big: 26.0 * k,
            lead: 12.0 * k,
            footer: 9.0 * k,
            pad: 1.3 * k,
            month_w: 8.6 * k,
        }
    }
}

/// Sizes of the plan: margins and footer scale with the paper (`k`), text and the room
/// around it with the text scale `t` (which shrinks for long plans).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlanSizes {
    pub margin: f64,
    pub footer: f64,
    pub title: f64,
    pub sub: f64,
    pub label: f64,
    pub body: f64,
    pub guide: f64,
    pub big: f64,
    pub pad: f64,
    pub gap: f64,
    /// The narrowest the section names' column gets, mm.
    pub label_min: f64,
    /// Room in every section even when it is empty, mm.
    pub min_row: f64,
}

impl PlanSizes {
    pub fn new(k: f64, t: f64) -> Self {
        PlanSizes {
            margin: 15.0 * k,
            footer: (8.0 * k).max(7.5),
            title: 22.0 * t,
            sub: 13.0 * t,
            label: 12.0 * t,
            body: 10.5 * t,
            guide: 8.5 * t,
            big: 34.0 * t,
            pad: 3.0 * t,
            gap: 2.0 * t,
            label_min: 40.0 * t,
            min_row: 28.0 * t,
        }
    }
}

/// The smallest text the plan shrinks to (× the A4 sizes: body text 8 pt) before it
/// continues on a second page: still readable on a wall.
pub const PLAN_MIN_TEXT_SCALE: f64 = 8.0 / 10.5;

/// Sizes of the overview over units (A4 landscape only), in mm and pt.
pub mod rollup {
    pub const MARGIN: f64 = 12.0;
    pub const TITLE: f64 = 18.0;
    pub const SUBTITLE: f64 = 11.0;
    pub const HEADING: f64 = 13.0;
    pub const BODY: f64 = 8.5;
    pub const SMALL: f64 = 8.0;
    pub const FOOTER: f64 = 8.5;
    pub const PAD: f64 = 1.2;
    /// Share of the table's width per column, in `HEADINGS` order.
    pub const COLUMN_SHARES: [f64; 11] = [
        46.0, 22.0, 13.0, 16.0, 17.0, 17.0, 20.0, 46.0, 17.0, 15.0, 19.0,
    ];
    /// Height of one unit's bar in the chart, mm.
    pub const BAR_ROW: f64 = 6.0;
    /// The table by Tiltakstype and Innsats: the unit's column at least this wide, and
    /// each count's column at least this wide (wider when a heading's word needs it), mm.
    pub const KIND_UNIT: f64 = 60.0;
    pub const KIND_COLUMN: f64 = 26.0;
}
