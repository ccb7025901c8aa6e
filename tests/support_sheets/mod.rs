//! Sheets as leaders and colleagues make them, for the import tests: a workbook Tavle
//! exported, opened and saved again after edits made as in Excel or LibreOffice (cells
//! changed, rows deleted, inserted and sorted; the whole file rewritten, as LibreOffice
//! does), and leaders' own workbooks written with `rust_xlsxwriter`.

#![allow(dead_code)]

use std::io::Cursor;

use calamine::{Data, Reader, SheetVisible, Xlsx};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// One sheet as a grid of cells, and whether it is hidden.
pub struct Grid {
    pub name: String,
    pub hidden: bool,
    pub rows: Vec<Vec<Data>>,
}

impl Grid {
    /// The column whose header (row 1) is `header`.
    pub fn col(&self, header: &str) -> usize {
        self.rows[0]
            .iter()
            .position(|c| *c == header)
            .unwrap_or_else(|| panic!("no column «{header}» in {:?}", self.rows[0]))
    }

    /// The row (0-based, header is 0) whose column `col` holds `text`.
    pub fn row_with(&self, col: usize, text: &str) -> usize {
        self.rows
            .iter()
            .position(|r| r.get(col).is_some_and(|c| *c == text))
            .unwrap_or_else(|| panic!("no row with «{text}»"))
    }
}

/// Every sheet of an .xlsx, with its cells.
pub fn read_book(bytes: &[u8]) -> Vec<Grid> {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).expect("an xlsx");
    let metas = book.sheets_metadata().to_vec();
    metas
        .into_iter()
        .map(|m| {
            let range = book.worksheet_range(&m.name).expect("a sheet");
            // From A1, so row and column numbers are the sheet's.
            let (h, w) = range
                .end()
                .map(|(r, c)| (r as usize + 1, c as usize + 1))
                .unwrap_or((0, 0));
            let rows = (0..h)
                .map(|r| {
                    (0..w)
                        .map(|c| {
                            range
                                .get_value((r as u32, c as u32))
                                .cloned()
                                .unwrap_or(Data::Empty)
                        })
                        .collect()
                })
                .collect();
            Grid {
                name: m.name.clone(),
                hidden: m.visible != SheetVisible::Visible,
                rows,
            }
        })
        .collect()
}

/// The sheets written again as one new .xlsx (what LibreOffice's «Lagre» does to a file):
/// hidden sheets stay hidden, and a column headed `hidden_col` stays hidden.
pub fn write_book(grids: &[Grid], hidden_col: &str) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for g in grids {
        let ws = book.add_worksheet();
        ws.set_name(&g.name).unwrap();
        if g.hidden {
            ws.set_hidden(true);
        }
        for (r, row) in g.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::Empty => {}
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    Data::Bool(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    Data::DateTime(d) => {
                        let n = d.as_f64();
                        let dt = ExcelDateTime::from_serial_datetime(n).unwrap();
                        ws.write_datetime_with_format(r, c, &dt, &date).unwrap();
                    }
                    other => {
                        ws.write_string(r, c, other.to_string()).unwrap();
                    }
                }
                if r == 0 && *cell == hidden_col {
                    ws.set_column_hidden(c).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// A text cell.
pub fn text(s: &str) -> Data {
    Data::String(s.to_string())
}
