//! `tavle import` of a hostile or absurd file: zip bombs (a 1 GiB cell, a 1 GiB shared-strings
//! part, a header that lies about its size), a cell longer than Excel allows, and files far
//! bigger than any board. Each is refused at once with exit code 2 and a Norwegian message
//! that never shows more than the start of a cell, and the `.tavle` file is not touched.
//!
//! The bombs are built here, at test time, and never committed: the 1 GiB of `a` is one
//! compressed MiB repeated (deflate blocks can be chained), its CRC combined the same way,
//! so a bomb costs about 1 MB and a few milliseconds to make.

mod cli_support;

use std::io::Write;
use std::time::{Duration, Instant};

use cli_support::Scratch;

/// The goal is 5 s for any workbook; a refusal should be far quicker than that even
/// in a debug build on a busy machine.
const QUICK: Duration = Duration::from_secs(5);

/// What a part of the zip holds.
enum Body {
    Plain(Vec<u8>),
    /// `prefix`, then `a` repeated `mib` MiB, then `suffix`: the bomb.
    Bomb {
        prefix: String,
        mib: u64,
        suffix: String,
    },
}

/// A zip part: its name, what it holds, and the size its headers claim (the real one when
/// `None`).
struct Part {
    name: &'static str,
    body: Body,
    claimed: Option<u64>,
}

fn part(name: &'static str, text: &str) -> Part {
    Part {
        name,
        body: Body::Plain(text.as_bytes().to_vec()),
        claimed: None,
    }
}

/// Raw deflate of `bytes`, ended with a sync flush so another block can follow; `last`
/// closes the stream instead.
fn deflate(bytes: &[u8], last: bool) -> Vec<u8> {
    let mut c = flate2::Compress::new(flate2::Compression::best(), false);
    let mut out = Vec::with_capacity(bytes.len() / 2 + 1024);
    let flush = if last {
        flate2::FlushCompress::Finish
    } else {
        flate2::FlushCompress::Sync
    };
    c.compress_vec(bytes, &mut out, flush).unwrap();
    out
}

/// The part deflated, its CRC-32 and its real size.
fn packed(body: &Body) -> (Vec<u8>, u32, u64) {
    match body {
        Body::Plain(bytes) => (
            deflate(bytes, true),
            crc32fast::hash(bytes),
            bytes.len() as u64,
        ),
        Body::Bomb {
            prefix,
            mib,
            suffix,
        } => {
            let mib_of_a = vec![b'a'; 1024 * 1024];
            // One MiB of `a` deflated is self-contained (its first byte a literal, the rest
            // copies of it), so the stream may repeat it.
            let chunk = deflate(&mib_of_a, false);
            let mut data = deflate(prefix.as_bytes(), false);
            let mut crc = crc32fast::Hasher::new();
            crc.update(prefix.as_bytes());
            let mut chunk_crc = crc32fast::Hasher::new();
            chunk_crc.update(&mib_of_a);
            for _ in 0..*mib {
                data.extend_from_slice(&chunk);
                crc.combine(&chunk_crc);
            }
            data.extend(deflate(suffix.as_bytes(), true));
            crc.update(suffix.as_bytes());
            let size = prefix.len() as u64 + mib * 1024 * 1024 + suffix.len() as u64;
            (data, crc.finalize(), size)
        }
    }
}

/// A zip of `parts`, written by hand so that a header can claim any size.
fn zip(parts: &[Part]) -> Vec<u8> {
    let u16le = |n: usize| u16::try_from(n).unwrap().to_le_bytes();
    let u32le = |n: u64| u32::try_from(n).unwrap().to_le_bytes();
    let mut out = Vec::new();
    let mut central = Vec::new();
    for p in parts {
        let (data, crc, size) = packed(&p.body);
        let claimed = p.claimed.unwrap_or(size);
        let offset = out.len() as u64;
        // version 2.0, no flags, deflate, 1980-01-01 00:00
        let common = [
            &[20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0][..],
            &crc.to_le_bytes(),
            &u32le(data.len() as u64),
            &u32le(claimed),
            &u16le(p.name.len()),
            &[0, 0],
        ]
        .concat();
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&common);
        out.extend_from_slice(p.name.as_bytes());
        out.extend_from_slice(&data);
        central.extend_from_slice(b"PK\x01\x02\x14\x00");
        central.extend_from_slice(&common);
        // no comment, disk 0, no attributes (2 + 2 + 2 + 4 bytes), the local header's offset
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&u32le(offset));
        central.extend_from_slice(p.name.as_bytes());
    }
    let at = out.len() as u64;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&u16le(parts.len()));
    out.extend_from_slice(&u16le(parts.len()));
    out.extend_from_slice(&u32le(central.len() as u64));
    out.extend_from_slice(&u32le(at));
    out.extend_from_slice(&[0, 0]);
    out
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A workbook with one sheet «Ark1»: its sheet XML's rows given, shared strings as given.
fn workbook(sheet: Body, claimed: Option<u64>, shared: Body) -> Vec<u8> {
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
        <Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\
        <Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>\
        </Types>";
    let rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    );
    let book = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\">\
         <sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    );
    let book_rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{REL}/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{REL}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
    );
    zip(&[
        part("[Content_Types].xml", types),
        part("_rels/.rels", &rels),
        part("xl/workbook.xml", &book),
        part("xl/_rels/workbook.xml.rels", &book_rels),
        Part {
            name: "xl/worksheets/sheet1.xml",
            body: sheet,
            claimed,
        },
        Part {
            name: "xl/sharedStrings.xml",
            body: shared,
            claimed: None,
        },
    ])
}

/// The sheet's XML around its rows.
fn sheet_xml(rows: &str) -> (String, String) {
    (
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{MAIN}\"><sheetData>\
             <row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>{rows}"
        ),
        "</sheetData></worksheet>".to_string(),
    )
}

/// Shared strings: the header «Mål», «Tiltak», then `extra`.
fn shared(extra: &str) -> Body {
    Body::Plain(
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{MAIN}\">\
             <si><t>Mål</t></si><si><t>Tiltak</t></si>{extra}</sst>"
        )
        .into_bytes(),
    )
}

/// A sheet whose cell A2 is `mib` MiB of `a`, inline.
fn big_cell_sheet(mib: u64) -> Body {
    let (head, tail) = sheet_xml("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
    Body::Bomb {
        prefix: head,
        mib,
        suffix: format!(
            "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Kurs</t></is></c></row>{tail}"
        ),
    }
}

/// Imports `sheet` (written as `name`) into a file that already holds the example board,
/// with `extra` arguments; asserts a refusal (exit 2) that came quickly and left the file
/// as it was, and returns the message.
fn refused_import(name: &str, sheet: &[u8], extra: &[&str]) -> String {
    let (s, _) = Scratch::with_example();
    let before = s.file_bytes();
    let path = s.write(name, sheet);
    let mut args = vec![path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let started = Instant::now();
    let run = s.run("import", &args);
    let took = started.elapsed();
    assert!(took < QUICK, "{name}: took {took:?}");
    assert_eq!(s.file_bytes(), before, "{name}: the .tavle file changed");
    run.refused()
}

/// Refused both as an import and as a `--preview`, and nothing printed of the bomb.
fn refused_both_ways(name: &str, bytes: &[u8]) -> String {
    let err = refused_import(name, bytes, &[]);
    let preview = refused_import(name, bytes, &["--preview"]);
    assert_eq!(preview, err, "{name}: --preview says the same");
    assert!(
        !err.contains(&"a".repeat(61)),
        "{name}: the cell is printed: {err}"
    );
    err
}

#[test]
fn a_workbook_with_a_one_gib_cell_is_refused_at_once() {
    let bytes = workbook(big_cell_sheet(1024), None, shared(""));
    assert!(bytes.len() < 2 * 1024 * 1024, "{} bytes", bytes.len());
    let err = refused_both_ways("ark.xlsx", &bytes);
    assert!(
        err.contains(
            "«ark.xlsx» ville pakke seg ut til mer enn 50 MB i delen «xl/worksheets/sheet1.xml»"
        ),
        "{err}"
    );
    assert!(err.contains("Ingenting er importert."), "{err}");
}

#[test]
fn a_workbook_with_a_one_gib_shared_strings_part_is_refused_at_once() {
    let (head, tail) = sheet_xml("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c></row>");
    let sst = Body::Bomb {
        prefix: format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{MAIN}\">\
             <si><t>Mål</t></si><si><t>Tiltak</t></si><si><t>"
        ),
        mib: 1024,
        suffix: "</t></si></sst>".to_string(),
    };
    let bytes = workbook(Body::Plain(format!("{head}{tail}").into_bytes()), None, sst);
    let err = refused_both_ways("ark.xlsx", &bytes);
    assert!(err.contains("i delen «xl/sharedStrings.xml»"), "{err}");
}

#[test]
fn a_part_whose_header_claims_a_small_size_is_refused_at_once() {
    // 1 GiB that says it is 4 KiB: the header passes every check, the data does not.
    let bytes = workbook(big_cell_sheet(1024), Some(4096), shared(""));
    let err = refused_both_ways("ark.xlsx", &bytes);
    assert!(
        err.contains("«ark.xlsx» ser ut som et regneark, men filen er skadet"),
        "{err}"
    );
}

#[test]
fn a_part_that_unpacks_more_than_two_hundred_times_its_size_is_refused() {
    // 40 MiB of `a`: under the size limits, but no real sheet is packed so tightly.
    let bytes = workbook(big_cell_sheet(40), None, shared(""));
    let err = refused_both_ways("ark.xlsx", &bytes);
    assert!(
        err.contains("pakker seg ut til mer enn 200 ganger sin egen størrelse i delen «xl/worksheets/sheet1.xml»"),
        "{err}"
    );
}

#[test]
fn an_ods_bomb_is_refused_the_same_way() {
    let bytes = zip(&[
        part("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        Part {
            name: "content.xml",
            body: Body::Bomb {
                prefix: "<office:document-content><text:p>".into(),
                mib: 1024,
                suffix: "</text:p></office:document-content>".into(),
            },
            claimed: None,
        },
    ]);
    let err = refused_both_ways("ark.ods", &bytes);
    assert!(err.contains("i delen «content.xml»"), "{err}");
}

#[test]
fn a_cell_longer_than_excel_allows_is_refused_naming_the_cell_and_showing_its_start() {
    let long = format!("Færre fall {}", "x".repeat(40_000));
    let sheet = {
        let (head, tail) = sheet_xml(
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Kurs</t></is></c></row>",
        );
        Body::Plain(format!("{head}{tail}").into_bytes())
    };
    let bytes = workbook(sheet, None, shared(&format!("<si><t>{long}</t></si>")));
    let err = refused_both_ways("ark.xlsx", &bytes);
    let start = format!("Færre fall {}…", "x".repeat(49));
    assert!(
        err.contains(
            "«ark.xlsx»: cellen A2 i arket «Ark1» har 40 011 tegn. Excel tillater høyst 32 767 tegn i en celle"
        ),
        "{err}"
    );
    assert!(
        err.contains(&format!("Cellen begynner slik: «{start}»")),
        "{err}"
    );
    assert!(!err.contains(&"x".repeat(50)), "{err}");

    // The same cell in a CSV.
    let err = refused_import(
        "tiltak.csv",
        format!("Mål;Tiltak\n{long};Kurs\n").as_bytes(),
        &[],
    );
    assert!(
        err.contains("«tiltak.csv»: linje 2, kolonne 1 har 40 011 tegn."),
        "{err}"
    );
}

#[test]
fn a_sheet_with_a_cell_far_to_the_right_on_every_row_is_refused_before_it_fills_the_memory() {
    // 250 kB packed; each row kept from column A to XFD would be 50 000 × 16 384 cells
    // (26 GB).
    let rows: String = (2..50_000)
        .map(|r| {
            format!("<row r=\"{r}\"><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
        })
        .collect();
    let (head, tail) = sheet_xml(&rows);
    let bytes = workbook(
        Body::Plain(format!("{head}{tail}").into_bytes()),
        None,
        shared(""),
    );
    let err = refused_both_ways("bred.xlsx", &bytes);
    assert!(
        err.contains("Arket «Ark1» i «bred.xlsx» er for bredt til å være en tavle: med cellen XFD124 blir det mer enn 2 000 000 celler"),
        "{err}"
    );
    // The same in a CSV: one line of three million empty fields after the header.
    let csv = format!("Mål;Tiltak\nx{}\n", ";".repeat(3_000_000));
    let err = refused_import("bred.csv", csv.as_bytes(), &[]);
    assert!(
        err.contains("«bred.csv» er for bred til å være en tavle: med linje 2, kolonne 1999999 blir det mer enn 2 000 000 celler"),
        "{err}"
    );
}

/// A file of `size` bytes that takes no room on the disk.
fn sparse(s: &Scratch, name: &str, head: &[u8], size: u64) -> std::path::PathBuf {
    let path = s.path(name);
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(head).unwrap();
    f.set_len(size).unwrap();
    path
}

#[test]
fn a_file_far_bigger_than_any_board_is_refused_before_it_is_read() {
    for (name, head) in [
        (
            "tavle.json",
            &b"{\"format\":\"tavle-board\",\"version\":1,\"board\":"[..],
        ),
        ("tiltak.csv", &b"M\xc3\xa5l;Tiltak\n"[..]),
        ("ark.xlsx", &b"PK\x03\x04"[..]),
        (
            "ark.xls",
            &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][..],
        ),
    ] {
        let (s, _) = Scratch::with_example();
        let before = s.file_bytes();
        // 200 MB, as in the issue; sparse, so the test writes almost nothing.
        let path = sparse(&s, name, head, 200 * 1024 * 1024);
        let started = Instant::now();
        let err = s.run("import", &[path.to_str().unwrap()]).refused();
        assert!(started.elapsed() < QUICK, "{name}");
        let file = if name.ends_with(".json") {
            path.display().to_string()
        } else {
            name.to_string()
        };
        assert!(
            err.contains(&format!(
                "«{file}» er 200,0 MB. Tavle leser filer opp til 20 MB"
            )),
            "{name}: {err}"
        );
        assert!(err.contains("Ingenting er importert."), "{name}: {err}");
        assert_eq!(s.file_bytes(), before, "{name}");
    }
}
