//! Files in and out: the JSON contract and CSV ([`exchange`]), an export in the format asked for ([`export`]), the board as an Excel
//! workbook ([`xlsx`]), a leader's own spreadsheet read in ([`sheet_import`]), the HR folder
//! read for the overview ([`hr_folder`]) and the overview's CSV and workbook
//! ([`rollup_files`]). The format's name, version and size limit that all of them share are
//! in [`contract`].

pub mod contract;
pub mod exchange;
pub mod export;
pub mod hr_folder;
pub mod rollup_files;
pub mod sheet_import;
pub mod xlsx;
