//! Zip bombs: an `.xlsx` or `.ods` is a zip, and a 1 MB zip can unpack to gigabytes (one
//! cell of 1 GiB, a shared-strings part of 1 GiB). calamine reads what the zip gives it, so
//! before calamine sees the file every part is unpacked here once into nothing, counting:
//! the part's declared size, its real size (read with a limit, so a header that lies about
//! the size is caught too), the total, and how much each part grew. Beyond limits no real
//! board reaches, the file is refused before anything else is read.

use std::io::{Cursor, Read};

use super::cells::start_of;
use tavle_model::error::{Error, Result};

/// The limits a workbook's zip must keep.
#[derive(Debug, Clone, Copy)]
pub(super) struct ZipLimits {
    /// One part unpacked. The biggest part of a real board is its sheet or its shared
    /// strings: a board of 700 rows × 2 500 characters is about 2 MB of XML, and
    /// `MAX_ROWS` rows of short texts about 15 MB; 50 MB leaves room for any sheet Tavle can
    /// read and stops a bomb long before it costs memory.
    pub part: u64,
    /// All parts unpacked together: sheets, shared strings, styles, pictures.
    pub total: u64,
    /// How many times bigger than its compressed size a part may unpack. The parts of a
    /// real workbook pack 2–20 times (measured: a board of 700 rows × 2 500 characters at
    /// most 10, 50 000 rows of empty formatted cells 12–16); deflate's own maximum is about
    /// 1 030, which is where bombs sit. Apache POI refuses above 100 ("zip bomb detected");
    /// Tavle allows double, since the sizes above are the real guard and this one only
    /// makes a bomb fail fast.
    pub ratio: u64,
    /// Below this, a part may grow as it likes (a tiny, very regular part is harmless).
    pub ratio_grace: u64,
    /// Parts in the zip: a workbook has tens, one with many sheets and pictures hundreds.
    pub parts: usize,
}

const MB: u64 = 1024 * 1024;

/// The limits for every workbook `tavle import` reads.
pub(super) const LIMITS: ZipLimits = ZipLimits {
    part: 50 * MB,
    total: 100 * MB,
    ratio: 200,
    ratio_grace: MB,
    parts: 10_000,
};

/// Refuses (exit 2, nothing read) a zip whose parts unpack beyond `limits`; `Ok` for any
/// other zip, including one calamine will then call damaged or not a workbook.
pub(super) fn check_zip(file: &str, bytes: &[u8], limits: ZipLimits) -> Result<()> {
    // The zip crate itself refuses a central directory that does not fit the file.
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Err(super::file::damaged(file));
    };
    if zip.len() > limits.parts {
        return Err(Error::invalid(tavle_model::msg!(
            "import-zip-parts",
            file = file,
            parts = zip.len(),
            max = limits.parts
        )));
    }
    let too_big = |part: &str, max: u64| {
        Error::invalid(tavle_model::msg!(
            "import-zip-part-too-large",
            file = file,
            part = start_of(part),
            max = max / MB
        ))
    };
    let too_packed = |part: &str| {
        Error::invalid(tavle_model::msg!(
            "import-zip-ratio",
            file = file,
            part = start_of(part),
            ratio = limits.ratio
        ))
    };
    let total_too_big = || {
        Error::invalid(tavle_model::msg!(
            "import-zip-total-too-large",
            file = file,
            max = limits.total / MB
        ))
    };
    // The headers first: a truthful bomb is refused without unpacking a byte.
    let mut declared_total = 0u64;
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index_raw(i) else {
            return Err(super::file::damaged(file));
        };
        let name = String::from_utf8_lossy(part.name_raw());
        if part.size() > limits.part {
            return Err(too_big(&name, limits.part));
        }
        if part.size() > limits.ratio_grace
            && part.size() / part.compressed_size().max(1) > limits.ratio
        {
            return Err(too_packed(&name));
        }
        declared_total = declared_total.saturating_add(part.size());
    }
    if declared_total > limits.total {
        return Err(total_too_big());
    }
    // Then what the parts really hold, in case a header lies.
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        // A part Tavle cannot unpack (encrypted, an unknown method) is no workbook either.
        let Ok(part) = zip.by_index(i) else {
            return Err(super::file::damaged(file));
        };
        let name = String::from_utf8_lossy(part.name_raw()).into_owned();
        let declared = part.size();
        let compressed = part.compressed_size().max(1);
        // One byte past the limit is enough to know, whatever the header says.
        let mut reader = part.take(limits.part + 1);
        let mut size = 0u64;
        loop {
            // A part whose data does not fit its header is damaged (or made to deceive):
            // the zip crate stops it at the declared size with an error, and a part that
            // got past that would be stopped by the count here.
            let n = match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n as u64,
                Err(_) => return Err(super::file::damaged(file)),
            };
            size += n;
            if size > declared {
                return Err(super::file::damaged(file));
            }
            if size > limits.part {
                return Err(too_big(&name, limits.part));
            }
            if total + size > limits.total {
                return Err(total_too_big());
            }
            if size > limits.ratio_grace && size / compressed > limits.ratio {
                return Err(too_packed(&name));
            }
        }
        total += size;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip of `parts` (name, bytes), deflated.
    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            out.start_file(*name, options).unwrap();
            out.write_all(bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    const SMALL: ZipLimits = ZipLimits {
        part: 1000,
        total: 1500,
        ratio: 20,
        ratio_grace: 100,
        parts: 3,
    };

    fn refusal(bytes: &[u8]) -> String {
        check_zip("ark.xlsx", bytes, SMALL).unwrap_err().to_string()
    }

    /// Text that does not compress much: a counter in decimal.
    fn plain(n: usize) -> Vec<u8> {
        (0..)
            .flat_map(|i: u32| i.to_string().into_bytes())
            .take(n)
            .collect()
    }

    #[test]
    fn a_zip_within_the_limits_passes() {
        check_zip(
            "ark.xlsx",
            &zip_of(&[("a.xml", &plain(900)), ("b.xml", &plain(500))]),
            SMALL,
        )
        .unwrap();
    }

    #[test]
    fn a_part_too_big_a_total_too_big_and_too_many_parts_are_refused() {
        let err = refusal(&zip_of(&[("xl/worksheets/sheet1.xml", &plain(1001))]));
        assert!(err.contains("«xl/worksheets/sheet1.xml»"), "{err}");
        let err = refusal(&zip_of(&[("a.xml", &plain(900)), ("b.xml", &plain(900))]));
        assert!(err.contains("til sammen"), "{err}");
        let err = refusal(&zip_of(&[
            ("a", b"1"),
            ("b", b"2"),
            ("c", b"3"),
            ("d", b"4"),
        ]));
        assert!(err.contains("4 deler"), "{err}");
    }

    #[test]
    fn a_part_that_grows_too_much_is_refused() {
        let err = refusal(&zip_of(&[("xl/sharedStrings.xml", &[b'a'; 1000])]));
        assert!(
            err.contains("«xl/sharedStrings.xml»") && err.contains("20 ganger"),
            "{err}"
        );
    }

    #[test]
    fn a_part_bigger_than_its_header_says_is_refused() {
        let mut bytes = zip_of(&[("a.xml", &plain(900))]);
        // The declared size, in the local header (offset 22) and the central directory
        // (offset 24 of its entry), made smaller than the part.
        bytes[22..26].copy_from_slice(&100u32.to_le_bytes());
        let central = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
        bytes[central + 24..central + 28].copy_from_slice(&100u32.to_le_bytes());
        let err = refusal(&bytes);
        assert!(err.contains("er skadet"), "{err}");
    }
}
