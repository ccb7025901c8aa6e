//! Drawing: a laid-out page becomes printpdf operations, and pages become PDF bytes.
//!
//! The only place that knows PDF coordinates: [`X`] and [`Y`] turn the layout's
//! millimetres from the top-left corner into points from the bottom-left corner.

use printpdf as pp;

use super::font::{Metrics, BOLD, PT_TO_MM, REGULAR};
use super::layout::{PageLayout, Rect, Rgb, Shape, Stroke};
use tavle_model::error::{Error, Result};

/// Points in one millimetre.
const MM_TO_PT: f64 = 1.0 / PT_TO_MM;

fn pt(mm: f64) -> pp::Pt {
    pp::Pt((mm * MM_TO_PT) as f32)
}

fn color(c: Rgb) -> pp::Color {
    pp::Color::Rgb(pp::Rgb::new(c.0, c.1, c.2, None))
}

/// The fonts as registered in a document.
pub struct Fonts {
    pub regular: pp::FontId,
    pub bold: pp::FontId,
    /// Ascender and descender (em) of each, to put the baseline in the line box.
    pub regular_metrics: (f64, f64),
    pub bold_metrics: (f64, f64),
}

/// A point on the page in PDF space.
fn point(page: &PageLayout, x: f64, y: f64) -> pp::Point {
    pp::Point {
        x: pt(x),
        y: pt(page.height - y),
    }
}

fn stroke_ops(ops: &mut Vec<pp::Op>, s: &Stroke) {
    ops.push(pp::Op::SetOutlineColor {
        col: color(s.color),
    });
    ops.push(pp::Op::SetOutlineThickness { pt: pt(s.width) });
    let dash = if s.dashed {
        let on = (s.width * MM_TO_PT * 4.0) as f32;
        pp::LineDashPattern::new(0.0, &[on, on * 0.6])
    } else {
        pp::LineDashPattern::solid()
    };
    ops.push(pp::Op::SetLineDashPattern { dash });
}

fn mode(fill: Option<Rgb>, stroke: Option<&Stroke>) -> Option<pp::PaintMode> {
    match (fill, stroke) {
        (Some(_), Some(_)) => Some(pp::PaintMode::FillStroke),
        (Some(_), None) => Some(pp::PaintMode::Fill),
        (None, Some(_)) => Some(pp::PaintMode::Stroke),
        (None, None) => None,
    }
}

/// The operations that draw `page`: shapes first, then all text in one text section.
pub fn draw(page: &PageLayout, fonts: &Fonts) -> Vec<pp::Op> {
    let mut ops = Vec::with_capacity(page.shapes.len() * 4 + page.texts.len() * 4 + 8);
    for shape in &page.shapes {
        match shape {
            Shape::Rect { rect, fill, stroke } => {
                let Some(mode) = mode(*fill, stroke.as_ref()) else {
                    continue;
                };
                if let Some(f) = fill {
                    ops.push(pp::Op::SetFillColor { col: color(*f) });
                }
                if let Some(s) = stroke {
                    stroke_ops(&mut ops, s);
                }
                let Rect { x, y, w, h } = *rect;
                let mut r = pp::Rect::from_xywh(pt(x), pt(page.height - y - h), pt(w), pt(h));
                r.mode = Some(mode);
                ops.push(pp::Op::DrawRectangle { rectangle: r });
            }
            Shape::Path {
                points,
                closed,
                fill,
                stroke,
            } => {
                let pts: Vec<pp::LinePoint> = points
                    .iter()
                    .map(|&(x, y)| pp::LinePoint {
                        p: point(page, x, y),
                        bezier: false,
                    })
                    .collect();
                if let Some(f) = fill {
                    ops.push(pp::Op::SetFillColor { col: color(*f) });
                }
                if let Some(s) = stroke {
                    stroke_ops(&mut ops, s);
                }
                if *closed && fill.is_some() {
                    let Some(mode) = mode(*fill, stroke.as_ref()) else {
                        continue;
                    };
                    ops.push(pp::Op::DrawPolygon {
                        polygon: pp::Polygon {
                            rings: vec![pp::PolygonRing { points: pts }],
                            mode,
                            winding_order: pp::WindingOrder::NonZero,
                        },
                    });
                } else if stroke.is_some() {
                    ops.push(pp::Op::DrawLine {
                        line: pp::Line {
                            points: pts,
                            is_closed: *closed,
                        },
                    });
                }
            }
        }
    }
    if page.texts.is_empty() {
        return ops;
    }
    ops.push(pp::Op::StartTextSection);
    let mut current: Option<(bool, f64)> = None;
    let mut current_color = None;
    for t in page.texts.iter().filter(|t| !t.text.is_empty()) {
        if current != Some((t.bold, t.size_pt)) {
            let id = if t.bold { &fonts.bold } else { &fonts.regular };
            ops.push(pp::Op::SetFont {
                font: pp::PdfFontHandle::External(id.clone()),
                size: pp::Pt(t.size_pt as f32),
            });
            current = Some((t.bold, t.size_pt));
        }
        if current_color != Some(t.color) {
            ops.push(pp::Op::SetFillColor {
                col: color(t.color),
            });
            current_color = Some(t.color);
        }
        // The glyphs' box (ascender to descender) is centred in the line box.
        let (asc, desc) = if t.bold {
            fonts.bold_metrics
        } else {
            fonts.regular_metrics
        };
        let size = t.size_pt * PT_TO_MM;
        let baseline = t.y + t.height / 2.0 + (asc + desc) / 2.0 * size;
        ops.push(pp::Op::SetTextMatrix {
            matrix: pp::TextMatrix::Translate(pt(t.x), pt(page.height - baseline)),
        });
        ops.push(pp::Op::ShowText {
            items: vec![pp::TextItem::Text(t.text.clone())],
        });
    }
    ops.push(pp::Op::EndTextSection);
    ops
}

/// The embedded fonts, parsed once per process: parsing is the slowest part of a print.
fn parsed_fonts() -> Result<&'static (pp::ParsedFont, pp::ParsedFont)> {
    static FONTS: std::sync::OnceLock<Option<(pp::ParsedFont, pp::ParsedFont)>> =
        std::sync::OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut warnings = Vec::new();
            let regular = pp::ParsedFont::from_bytes(REGULAR, 0, &mut warnings)?;
            let bold = pp::ParsedFont::from_bytes(BOLD, 0, &mut warnings)?;
            Some((regular, bold))
        })
        .as_ref()
        .ok_or_else(|| Error::Print(tavle_model::tr!("core-print-font-unreadable")))
}

/// The PDF bytes of `pages`, fonts embedded as subsets.
pub fn to_pdf(title: &str, pages: &[PageLayout], metrics: &Metrics) -> Result<Vec<u8>> {
    let (regular, bold) = parsed_fonts()?;
    let mut doc = pp::PdfDocument::new(title);
    let fonts = Fonts {
        regular: doc.add_font(regular),
        bold: doc.add_font(bold),
        regular_metrics: (metrics.ascender(false), metrics.descender(false)),
        bold_metrics: (metrics.ascender(true), metrics.descender(true)),
    };
    let pdf_pages = pages
        .iter()
        .map(|p| {
            pp::PdfPage::new(
                pp::Mm(p.width as f32),
                pp::Mm(p.height as f32),
                draw(p, &fonts),
            )
        })
        .collect();
    let options = pp::PdfSaveOptions {
        subset_fonts: true,
        ..pp::PdfSaveOptions::default()
    };
    // Real metadata: when it was made (printpdf's default is 1970) and by what.
    let info = &mut doc.metadata.info;
    if let Ok(now) = pp::OffsetDateTime::from_unix_timestamp(chrono::Utc::now().timestamp()) {
        info.creation_date = now;
        info.modification_date = now;
        info.metadata_date = now;
    }
    info.producer = "Tavle".into();
    info.creator = "Tavle".into();
    let mut warnings = Vec::new();
    let mut lo = doc
        .with_pages(pdf_pages)
        .to_lopdf_document(&options, &mut warnings);
    // printpdf always writes a GTS_PDFXVersion key (empty for its default conformance), so
    // viewers call the file PDF/X, a print standard it does not meet: the key goes.
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(|o| o.as_reference()) {
        if let Ok(dict) = lo.get_object_mut(info_id).and_then(|o| o.as_dict_mut()) {
            dict.remove(b"GTS_PDFXVersion");
            dict.remove(b"Identifier");
        }
    }
    if options.optimize {
        lo.compress();
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| {
        Error::Print(tavle_model::tr!(
            "core-print-pdf-unwritable",
            error = e.to_string()
        ))
    })?;
    if bytes.is_empty() {
        return Err(Error::Print(tavle_model::tr!("core-print-pdf-empty")));
    }
    Ok(bytes)
}
