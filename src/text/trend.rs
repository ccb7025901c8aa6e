//! `tavle trend`: a unit's run chart as text for the terminal, as CSV for a spreadsheet and
//! as JSON for other programs (the JSON's fields are a contract, see [`trend_json`]).

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::nb;
use crate::trend::{MarkerKind, Side, Trend};

/// The run chart in plain text: the months with their side of the median, the counts
/// against their limits, the verdict naming its rule, and where measures started and ended.
pub fn trend_text_in(trend: &Trend, lang: Lang) -> String {
    let mut out = String::new();
    let r = &trend.runs;
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "core-trend-text-title",
            &[
                ("unit", trend.unit.as_str().into()),
                ("n", trend.points.len().into()),
            ]
        )
    );
    if let Some(median) = r.median {
        let basis = match trend.baseline {
            Some(b) if b < trend.points.len() => {
                lang.format("core-trend-text-baseline", &[("n", b.into())])
            }
            _ => lang.text("core-trend-text-all-points"),
        };
        let _ = writeln!(
            out,
            "{}",
            lang.format(
                "core-trend-text-median",
                &[("median", nb::pct(median).into()), ("basis", basis.into())]
            )
        );
    }
    let _ = writeln!(out);
    for p in &trend.points {
        let side = match r.median {
            Some(m) if p.pct > m => lang.text("core-trend-text-above"),
            Some(m) if p.pct < m => lang.text("core-trend-text-below"),
            _ => lang.text("core-trend-text-on"),
        };
        let _ = writeln!(out, "  {}  {:>7}  {side}", p.month, nb::pct(p.pct));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "core-trend-text-counts",
            &[
                ("useful", r.useful.into()),
                ("run", r.longest_run.into()),
                ("run_limit", r.longest_run_limit.into()),
                ("crossings", r.crossings.into()),
                ("crossings_limit", r.crossings_limit.into()),
            ]
        )
    );
    let _ = writeln!(out, "{}", trend.verdict_in(lang));
    if !trend.markers.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", lang.text("core-trend-text-markers"));
        for m in &trend.markers {
            let what = match m.kind {
                MarkerKind::Started => lang.text("core-trend-started"),
                MarkerKind::Finished => lang.text("core-trend-finished"),
            };
            let _ = writeln!(out, "  {}  {what}: {}", m.month, m.measure);
        }
    }
    out
}

/// The points as CSV for Excel (BOM, `;`, decimal comma, full precision): month, absence,
/// the median and the side of it.
pub fn trend_csv_in(trend: &Trend, lang: Lang) -> crate::error::Result<Vec<u8>> {
    // Only months, numbers and Tavle's own words: no cell a spreadsheet could run.
    let mut csv = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = [
        lang.text("core-trend-csv-month"),
        lang.text("core-trend-csv-pct"),
        lang.text("core-trend-csv-median"),
        lang.text("core-trend-csv-side"),
    ];
    csv.write_record(&header).map_err(csv_error)?;
    let comma = |x: f64| x.to_string().replace('.', ",");
    for p in &trend.points {
        let side = match trend.runs.median {
            Some(m) if p.pct > m => lang.text("core-trend-text-above"),
            Some(m) if p.pct < m => lang.text("core-trend-text-below"),
            _ => lang.text("core-trend-text-on"),
        };
        let median = trend.runs.median.map(comma).unwrap_or_default();
        csv.write_record([p.month.to_string(), comma(p.pct), median, side])
            .map_err(csv_error)?;
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(
        csv.into_inner()
            .map_err(|e| crate::error::Error::Print(e.error().to_string()))?,
    );
    Ok(bytes)
}

fn csv_error(e: csv::Error) -> crate::error::Error {
    crate::error::Error::Print(e.to_string())
}

/// The JSON contract of `tavle trend --format json`: exactly `unit`, `points` (each
/// `month` "ÅÅÅÅ-MM" and `pct`), `median`, `useful`, `longest_run`, `longest_run_limit`,
/// `crossings`, `crossings_limit`, `shift`, `crossings_signal` and `signal`; numbers
/// unrounded; the three verdicts `null` when there are too few useful points to judge.
pub fn trend_json(trend: &Trend) -> serde_json::Value {
    let r = &trend.runs;
    serde_json::json!({
        "unit": trend.unit,
        "points": trend.points.iter().map(|p| serde_json::json!({
            "month": p.month.to_string(),
            "pct": p.pct,
        })).collect::<Vec<_>>(),
        "median": r.median,
        "useful": r.useful,
        "longest_run": r.longest_run,
        "longest_run_limit": r.longest_run_limit,
        "crossings": r.crossings,
        "crossings_limit": r.crossings_limit,
        "shift": r.shift,
        "crossings_signal": r.crossings_signal,
        "signal": r.signal,
    })
}

/// Which side of the median the longest run is on, in words (for the year report).
pub fn side_text(side: Side, lang: Lang) -> String {
    lang.text(match side {
        Side::Above => "core-trend-text-above",
        Side::Below => "core-trend-text-below",
    })
}
