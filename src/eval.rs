//! Scoring against hand-annotated gold files (the rules of the project's
//! evaluation guide).
//!
//! A gold file is JSON Lines, one document a line: `id`, `text` or
//! `text_file` (relative to the gold file), optional `document_date`, and
//! the expected `persons` (`name`, `titles`), `places`, `organizations`,
//! `dates` (`text`, `value`) and `targets`. Every layer is compared per
//! document as sets, after [`key`] (NFC, one tone placement, folded case
//! and marks):
//!
//! | layer | a predicted item is correct when |
//! | --- | --- |
//! | persons | `key(normalized)` of a person entity is `key(name)` of a gold person |
//! | roles | a role fact's (`key(person)`, `key(title_text)`) is a gold (name, title) |
//! | places | `key(normalized)` of a place entity is a gold place |
//! | organizations | `key(text)` of an organization entity is a gold organization |
//! | dates | a date's `value` is a gold value (`--MM-DD` matches any year) |
//! | targets | a target fact has the gold value (relative error below 1e-9, both in base units; a range its `min` and `max`), unit (without case) and comparator, and its evidence overlaps the gold `text` |
//!
//! Precision, recall and F1 are micro-averaged over the documents.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::normalize::key;
use crate::output::{Document, EntityType};
use crate::pipeline::{Meta, Pipeline};

/// The layers scored, in report order.
pub const LAYERS: &[&str] =
    &["persons", "roles", "places", "organizations", "dates", "targets"];

/// Counts and scores of one layer.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    /// The layer.
    pub layer: String,
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items that were predicted.
    pub found: usize,
    /// Predicted items that are correct.
    pub correct: usize,
    /// correct / predicted (1 when nothing was predicted).
    pub precision: f64,
    /// found / gold (1 when nothing was expected).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// A miss or a false hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    /// The document id.
    pub id: String,
    /// The layer.
    pub layer: String,
    /// `missed` (in the gold, not predicted) or `false` (predicted, not
    /// in the gold).
    pub kind: &'static str,
    /// The item.
    pub item: String,
}

/// The result of scoring a gold file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// One score per layer, in the order of [`LAYERS`].
    pub layers: Vec<Score>,
    /// Every miss and false hit.
    pub errors: Vec<Error>,
}

/// Why a gold file could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What happened.
        source: std::io::Error,
    },
    /// A line is not a gold record.
    #[error("{path}:{line}: {message}")]
    Record {
        /// The gold file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Scores `pipeline` on the gold file at `path`.
pub fn evaluate(
    pipeline: &Pipeline,
    path: &Path,
) -> Result<Report, EvalError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|source| EvalError::Read { path: shown.clone(), source })?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut counts = vec![(0usize, 0usize, 0usize, 0usize); LAYERS.len()];
    let mut report = Report::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| EvalError::Record {
            path: shown.clone(),
            line: n + 1,
            message,
        };
        let gold: Value = serde_json::from_str(line)
            .map_err(|e| bad(format!("not JSON: {e}")))?;
        let id = gold["id"].as_str().unwrap_or("").to_string();
        let doc_text = match (&gold["text"], &gold["text_file"]) {
            (Value::String(t), _) => t.clone(),
            (_, Value::String(f)) => {
                let p = dir.join(f);
                std::fs::read_to_string(&p).map_err(|e| {
                    bad(format!("text_file {}: {e}", p.display()))
                })?
            }
            _ => return Err(bad("no \"text\" nor \"text_file\"".into())),
        };
        let meta = Meta {
            id: Some(id.clone()),
            date: gold["document_date"].as_str().map(String::from),
        };
        let doc = pipeline
            .extract_bytes(doc_text.as_bytes(), &meta)
            .map_err(|e| bad(e.to_string()))?;
        for (i, layer) in LAYERS.iter().enumerate() {
            let (g, p, found, c, errs) =
                score_layer(layer, &gold, &doc, &doc_text);
            counts[i].0 += g;
            counts[i].1 += p;
            counts[i].2 += found;
            counts[i].3 += c;
            report.errors.extend(errs.into_iter().map(|(kind, item)| Error {
                id: id.clone(),
                layer: layer.to_string(),
                kind,
                item,
            }));
        }
        report.documents += 1;
    }
    report.layers = LAYERS
        .iter()
        .zip(counts)
        .map(|(layer, (gold, predicted, found, correct))| {
            let precision = if predicted == 0 {
                1.0
            } else {
                correct as f64 / predicted as f64
            };
            let recall =
                if gold == 0 { 1.0 } else { found as f64 / gold as f64 };
            let f1 = if precision + recall == 0.0 {
                0.0
            } else {
                2.0 * precision * recall / (precision + recall)
            };
            Score {
                layer: layer.to_string(),
                gold,
                predicted,
                found,
                correct,
                precision,
                recall,
                f1,
            }
        })
        .collect();
    Ok(report)
}

/// (gold items, predicted items, gold items found, predicted items
/// correct, errors)
type Scored = (usize, usize, usize, usize, Vec<(&'static str, String)>);

/// Compares sets of keys: (gold, predicted, correct, errors).
fn compare(gold: BTreeSet<String>, predicted: BTreeSet<String>) -> Scored {
    let correct = predicted.intersection(&gold).count();
    let mut errors: Vec<(&'static str, String)> =
        gold.difference(&predicted).map(|g| ("missed", g.clone())).collect();
    errors.extend(predicted.difference(&gold).map(|p| ("false", p.clone())));
    (gold.len(), predicted.len(), correct, correct, errors)
}

fn entities(
    doc: &Document,
    kind: EntityType,
) -> impl Iterator<Item = &crate::output::Entity> {
    doc.entities.iter().filter(move |e| e.kind == kind)
}

fn strings(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().into_iter().flatten().filter_map(|x| match x {
        Value::String(s) => Some(s.as_str()),
        Value::Object(o) => o.get("name").and_then(Value::as_str),
        _ => None,
    })
}

fn score_layer(
    layer: &str,
    gold: &Value,
    doc: &Document,
    text: &str,
) -> Scored {
    match layer {
        "persons" => compare(
            gold["persons"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["name"].as_str())
                .map(key)
                .collect(),
            entities(doc, EntityType::Person)
                .map(|e| key(&e.normalized))
                .collect(),
        ),
        "roles" => {
            let pair = |p: &str, t: &str| format!("{} | {}", key(p), key(t));
            let mut want = BTreeSet::new();
            for p in gold["persons"].as_array().into_iter().flatten() {
                let name = p["name"].as_str().unwrap_or("");
                for t in strings(&p["titles"]) {
                    want.insert(pair(name, t));
                }
            }
            let got = doc
                .facts
                .iter()
                .filter(|f| f.kind == "role")
                .map(|f| {
                    let s = |k: &str| {
                        f.fields.get(k).and_then(Value::as_str).unwrap_or("")
                    };
                    pair(s("person"), s("title_text"))
                })
                .collect();
            compare(want, got)
        }
        "places" => compare(
            strings(&gold["places"]).map(key).collect(),
            entities(doc, EntityType::Place)
                .map(|e| key(&e.normalized))
                .collect(),
        ),
        "organizations" => compare(
            strings(&gold["organizations"]).map(key).collect(),
            entities(doc, EntityType::Organization)
                .map(|e| key(&e.span.text))
                .collect(),
        ),
        "dates" => {
            let want: BTreeSet<String> = gold["dates"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| d["value"].as_str().map(String::from))
                .collect();
            let got: BTreeSet<String> =
                doc.dates.iter().map(|d| d.value.clone()).collect();
            // A year-less gold date matches any year.
            // A year-less gold date matches any year, also on either side
            // of a range ("--05-14/--05-15").
            let one = |g: &str, p: &str| {
                g == p
                    || g.strip_prefix("--").is_some_and(|md| {
                        p.len() == md.len() + 5 && p.ends_with(md)
                    })
            };
            let matches = |g: &str, p: &str| {
                one(g, p)
                    || match (g.split_once('/'), p.split_once('/')) {
                        (Some((g1, g2)), Some((p1, p2))) => {
                            one(g1, p1) && one(g2, p2)
                        }
                        _ => false,
                    }
            };
            let correct_gold = want
                .iter()
                .filter(|g| got.iter().any(|p| matches(g, p)))
                .count();
            let correct_pred = got
                .iter()
                .filter(|p| want.iter().any(|g| matches(g, p)))
                .count();
            let mut errors: Vec<(&'static str, String)> = want
                .iter()
                .filter(|g| !got.iter().any(|p| matches(g, p)))
                .map(|g| ("missed", g.clone()))
                .collect();
            errors.extend(
                got.iter()
                    .filter(|p| !want.iter().any(|g| matches(g, p)))
                    .map(|p| ("false", p.clone())),
            );
            (want.len(), got.len(), correct_gold, correct_pred, errors)
        }
        "targets" => score_targets(gold, doc, text),
        _ => (0, 0, 0, 0, Vec::new()),
    }
}

/// A value and unit in base units: "2.500" "tỷ đồng" → 2.5e12 VND.
pub fn base_units(value: f64, unit: &str) -> (f64, String) {
    // A rate's denominator is not compared: "đồng/năm" is "đồng".
    let u = unit.split('/').next().unwrap_or(unit).trim();
    let lower = u.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    let mut factor = 1.0;
    while let Some(w) = words.first() {
        let f = match *w {
            "nghìn" | "ngàn" => 1e3,
            "vạn" => 1e4,
            "triệu" => 1e6,
            "tỷ" | "tỉ" => 1e9,
            _ => break,
        };
        factor *= f;
        words.remove(0);
    }
    let rest = words.join(" ");
    // Currencies by the recognizer's own table ("baht" is THB).
    let code = match rest.as_str() {
        "₫" => "VND".to_string(),
        "$" => "USD".to_string(),
        "%" | "phần trăm" => "%".to_string(),
        r => match crate::recognize::quantity::currency(r) {
            Some((code, exp)) => {
                factor *= 10f64.powi(exp);
                code.to_string()
            }
            // Other units are compared without case ("DN", "dn").
            None => rest,
        },
    };
    (value * factor, code)
}

/// A gold target: its amount (value, or the ends of a range) and unit in
/// base units, comparator, and the char range of its text in the document.
type GoldTarget = (Amount, String, String, Option<(usize, usize)>);

/// A target's amount: a value is a range of one point.
type Amount = (f64, f64);

/// The amount of a target in base units, and the unit: `value`, or `min`
/// and `max` for a range.
fn amount<'a>(
    get: impl Fn(&str) -> Option<&'a Value>,
) -> Option<(Amount, String)> {
    let unit = get("unit").and_then(Value::as_str).unwrap_or("");
    let base = |k: &str| Some(base_units(get(k)?.as_f64()?, unit));
    if let Some((v, u)) = base("value") {
        return Some(((v, v), u));
    }
    let (lo, u) = base("min")?;
    let (hi, _) = base("max")?;
    Some(((lo, hi), u))
}

fn score_targets(gold: &Value, doc: &Document, text: &str) -> Scored {
    let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let char_of = |b: usize| chars.partition_point(|&i| i < b);
    let wants: Vec<GoldTarget> = gold["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| {
            let o = t.as_object()?;
            let (v, u) = amount(|k| o.get(k))?;
            let c = t["comparator"].as_str().unwrap_or("=").to_string();
            let span = t["text"].as_str().and_then(|s| {
                text.find(s).map(|b| (char_of(b), char_of(b + s.len())))
            });
            Some((v, u, c, span))
        })
        .collect();
    let got: Vec<(Amount, String, String, (usize, usize))> = doc
        .facts
        .iter()
        .filter(|f| f.kind == "target")
        .filter_map(|f| {
            let (v, u) = amount(|k| f.fields.get(k))?;
            let c = f
                .fields
                .get("comparator")
                .and_then(Value::as_str)
                .unwrap_or("=");
            Some((v, u, c.to_string(), (f.evidence.start, f.evidence.end)))
        })
        .collect();
    let same = |w: &GoldTarget,
                g: &(Amount, String, String, (usize, usize))| {
        let near = |a: f64, b: f64| {
            (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-300)
        };
        let close = near(w.0.0, g.0.0) && near(w.0.1, g.0.1);
        let overlap = w.3.is_some_and(|(s, e)| s < g.3.1 && g.3.0 < e);
        close && w.1 == g.1 && w.2 == g.2 && overlap
    };
    let correct =
        got.iter().filter(|g| wants.iter().any(|w| same(w, g))).count();
    let found =
        wants.iter().filter(|w| got.iter().any(|g| same(w, g))).count();
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let show = |v: Amount, u: &str, c: &str| {
        if v.0 == v.1 {
            format!("{c} {} {u}", v.0)
        } else {
            format!("{c} {}-{} {u}", v.0, v.1)
        }
    };
    for w in &wants {
        if !got.iter().any(|g| same(w, g)) {
            errors.push(("missed", show(w.0, &w.1, &w.2)));
        }
    }
    for g in &got {
        if !wants.iter().any(|w| same(w, g)) {
            errors.push(("false", show(g.0, &g.1, &g.2)));
        }
    }
    (wants.len(), got.len(), found, correct, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(base_units(2500.0, "tỷ đồng"), (2.5e12, "VND".into()));
        assert_eq!(base_units(3200.0, "USD"), (3200.0, "USD".into()));
        assert_eq!(base_units(1.5, "triệu USD"), (1.5e6, "USD".into()));
        assert_eq!(base_units(5.0, "triệu baht"), (5e6, "THB".into()));
        assert_eq!(base_units(2.0, "tỷ yên"), (2e9, "JPY".into()));
        assert_eq!(base_units(11.0, "%"), (11.0, "%".into()));
        assert_eq!(base_units(150.0, "nghìn tấn"), (150_000.0, "tấn".into()));
        assert_eq!(base_units(7.0, "ha"), (7.0, "ha".into()));
        assert_eq!(base_units(3.0, "DN"), (3.0, "dn".into()));
        assert_eq!(base_units(1.6, "nghìn DN"), (1600.0, "dn".into()));
        let (v, u) = base_units(7.3, "cent/kWh");
        assert!((v - 0.073).abs() < 1e-12 && u == "USD");
    }

    #[test]
    fn sets() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect();
        let (g, p, f, c, e) = compare(s(&["a", "b"]), s(&["b", "c"]));
        assert_eq!((g, p, f, c), (2, 2, 1, 1));
        assert_eq!(
            e,
            [("missed", "a".to_string()), ("false", "c".to_string())]
        );
    }
}
