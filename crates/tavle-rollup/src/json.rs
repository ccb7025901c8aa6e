//! `tavle rollup … --format json`: the overview for other programs, with the funnel.
//!
//! The shape: `year`; `units`, each with `unit` and, unless masked, `pct` (year to date),
//! `agreed_days` and `funnel` {`lower95`, `upper95`, `lower998`, `upper998`, `flag`:
//! `over` | `under` | `innenfor`} (`null` for a unit without workdays); `total` (Σ tapte /
//! Σ avtalte, `null` when masked or without workdays); `sectors`, each with `sector` ("" for
//! the units without one), `units` and `pct` (its Σ tapte / Σ avtalte, `null` when masked);
//! a unit's `sector` when it has one; `funnel` {`centre`, `phi`}; the measures counted by
//! Tiltakstype and Innsats, `kinds` {`basis`, `person`, `project`} and `levels`
//! {`promoting`, `preventive`, `repairing`}, in every unit (masked too: they are not health
//! data), in `total_measures` and in each sector (rows without one are in no count); and
//! `skipped` (file and reason). Percentages are percent (9.1 for 9,1 %) and unrounded. A
//! masked unit carries its name, `"masked": true` and its measure counts only: nothing that
//! would let its figure be worked out.

use serde_json::{json, Map, Value};

use tavle_model::model::{MeasureKind, MeasureLevel};

use super::Rollup;

/// `{"basis": n, "person": n, "project": n}`.
fn kinds(counts: &[usize; 3]) -> Value {
    let map: Map<String, Value> = MeasureKind::ALL
        .iter()
        .zip(counts)
        .map(|(k, n)| (k.code().to_string(), (*n).into()))
        .collect();
    Value::Object(map)
}

/// `{"promoting": n, "preventive": n, "repairing": n}`.
fn levels(counts: &[usize; 3]) -> Value {
    let map: Map<String, Value> = MeasureLevel::ALL
        .iter()
        .zip(counts)
        .map(|(k, n)| (k.code().to_string(), (*n).into()))
        .collect();
    Value::Object(map)
}

/// A fraction as percent.
fn percent(x: f64) -> f64 {
    x * 100.0
}

/// The overview as JSON (see the module docs).
pub fn rollup_json(r: &Rollup) -> Value {
    let units: Vec<Value> = r
        .lines
        .iter()
        .map(|l| {
            let mut unit = Map::new();
            unit.insert("unit".into(), l.unit.trim().into());
            if !l.sector.is_empty() {
                unit.insert("sector".into(), l.sector.as_str().into());
            }
            unit.insert("kinds".into(), kinds(&l.kind_counts));
            unit.insert("levels".into(), levels(&l.level_counts));
            if l.masked {
                unit.insert("masked".into(), true.into());
                return Value::Object(unit);
            }
            unit.insert("pct".into(), json!(l.year_to_date.map(|y| y.pct)));
            unit.insert(
                "agreed_days".into(),
                json!(l.in_total.then_some(l.days.agreed)),
            );
            let funnel = l.funnel.map(|p| {
                json!({
                    "lower95": percent(p.lower95),
                    "upper95": percent(p.upper95),
                    "lower998": percent(p.lower998),
                    "upper998": percent(p.upper998),
                    "flag": p.flag,
                })
            });
            unit.insert("funnel".into(), json!(funnel));
            Value::Object(unit)
        })
        .collect();
    json!({
        "year": r.year,
        "units": units,
        "total": r.total.pct,
        "total_measures": {
            "measures": r.total.measures,
            "kinds": kinds(&r.total.kind_counts),
            "levels": levels(&r.total.level_counts),
        },
        "sectors": r.sectors.iter().map(|s| json!({
            "sector": s.name,
            "units": s.units,
            "pct": s.total.pct,
            "kinds": kinds(&s.total.kind_counts),
            "levels": levels(&s.total.level_counts),
        })).collect::<Vec<_>>(),
        "funnel": {
            "centre": r.funnel.centre.map(percent),
            "phi": r.funnel.phi,
        },
        "skipped": r.skipped.iter().map(|s| json!({
            "file": s.file.display().to_string(),
            "reason": s.reason,
        })).collect::<Vec<_>>(),
    })
}
