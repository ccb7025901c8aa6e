//! What the app's screens show, built from the stored data: the editor's board with what is
//! derived rather than stored (Forsinket, the versions the edits send back), the follow-up
//! screens' tables, and the file to show at start. The Tauri commands hand these over as
//! they are, so a screen's content is decided here and tested without a window.

pub mod board;
pub mod followup;
pub mod rollup;
pub mod startup;
pub mod vocabulary;
pub mod wall;

pub use board::{BoardView, SavedRow};
pub use followup::{
    AbsenceCheck, AbsenceTable, DueList, MonthRow, PlanForm, Review, ReviewItem, TrendView,
};
pub use rollup::{FunnelPlot, OverviewScreen, UnitBoard, ViewOptions};
pub use startup::{example_file, startup_store};
pub use vocabulary::Vocabulary;
