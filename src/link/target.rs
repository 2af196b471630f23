//! Targets and results: an indicator, a comparator, a value with its unit,
//! a period and a place ("mục tiêu tốc độ tăng trưởng GRDP đạt 11% trở
//! lên" → `grdp_growth`, `>=`, 11, `%`, 2023, Thanh Hóa).
//!
//! Within a sentence, each indicator of the lexicon (`indicators.tsv`)
//! takes the first amount after it in its clause, before the next
//! indicator: a percentage, money, a measure or a count, not an ordinal
//! nor a year. Then:
//!
//! - `comparator` comes from the amount ("trở lên" `>=`, "hơn" `>`, "khoảng"
//!   `~`, a range) or from a verb before it ("vượt" `>`, "không dưới"
//!   `>=`); else `=`;
//! - `status` is `target` when the sentence sets it ("mục tiêu", "phấn
//!   đấu", "chỉ tiêu", "kế hoạch", "phải đạt", "dự kiến", "đề ra"),
//!   `estimate` for "ước đạt", "ước tính", else `result`;
//! - `measure` is `change` when "tăng" or "giảm" stands right before the
//!   amount (a fall is negative), else `level`; "so với …" after it is the
//!   `baseline`;
//! - "bằng 105% kế hoạch", "đạt 95% dự toán" compare with a plan: no
//!   value of the indicator, left out;
//! - the period is the date of the sentence nearest the amount, else the
//!   year the document plans for (targets) or its own year (results); the
//!   place is the sentence's province, else the document's.
//!
//! An indicator with no amount but a comparison ("thu ngân sách Nhà nước
//! phải vượt số thực thu của năm 2022") is a target too, with its
//! `reference` text and no value.

use std::ops::Range;

use crate::gazetteer::Hit;
use crate::recognize::date::DateMatch;
use crate::recognize::quantity::QuantityMatch;

/// A target or result found in the canonical view.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The evidence: from the indicator to the amount.
    pub norm: Range<usize>,
    /// The indicator's id.
    pub indicator: String,
    /// The indicator as written (a range of the canonical view).
    pub indicator_text: Range<usize>,
    /// `=`, `>=`, `>`, `<=`, `<`, `~` or `range`.
    pub comparator: &'static str,
    /// The value in base units (a fall is negative).
    pub value: Option<f64>,
    /// Bounds of a range.
    pub min: Option<f64>,
    /// Bounds of a range.
    pub max: Option<f64>,
    /// The unit.
    pub unit: Option<String>,
    /// `target`, `result` or `estimate`.
    pub status: &'static str,
    /// `level` or `change`.
    pub measure: &'static str,
    /// What a change is measured against ("cùng kỳ năm trước").
    pub baseline: Option<String>,
    /// What a qualitative target is compared with.
    pub reference: Option<String>,
    /// The period, ISO 8601.
    pub period: Option<String>,
}

const TARGET_CUES: &[&str] = &[
    "mục tiêu",
    "phấn đấu",
    "chỉ tiêu",
    "kế hoạch",
    "phải đạt",
    "phải vượt",
    "dự kiến",
    "đề ra",
    "định hướng",
    "nhiệm vụ",
    "sẽ đạt",
    "cần đạt",
    "đặt ra",
    "tầm nhìn",
];

const ESTIMATE_CUES: &[&str] =
    &["ước đạt", "ước tính", "ước thực hiện", "ước"];

/// Verbs that compare an indicator with a reference, and the comparator.
const COMPARE: &[(&str, &str)] = &[
    ("phải vượt", ">"),
    ("vượt", ">"),
    ("cao hơn", ">"),
    ("không thấp hơn", ">="),
    ("không dưới", ">="),
    ("thấp hơn", "<"),
    ("không vượt quá", "<="),
    ("không quá", "<="),
    ("bằng", "="),
    ("tương đương", "="),
];

/// Words after a percentage that make it a share of a plan ("đạt 95% kế
/// hoạch"): a result stated against the plan, its `reference`.
const OF_PLAN: &[&str] = &[
    "kế hoạch",
    "dự toán",
    "so với kế hoạch",
    "so với dự toán",
    "chỉ tiêu",
    "nghị quyết",
];

/// The targets and results of one document.
///
/// `sentences` are ranges of the canonical view `text`; `indicators` are
/// the hits of [`crate::gazetteer::Gazetteer::indicators`] (the entry
/// ids are resolved by `id_of`); `plan_year` and `own_year` are the
/// document's defaults for targets and results.
#[allow(clippy::too_many_arguments)]
pub fn link(
    text: &str,
    sentences: &[Range<usize>],
    indicators: &[Hit],
    id_of: &dyn Fn(&Hit) -> String,
    quantities: &[QuantityMatch],
    dates: &[DateMatch],
    plan_year: Option<&str>,
    own_year: Option<&str>,
) -> Vec<Target> {
    let mut out = Vec::new();
    for s in sentences {
        // An indicator glossed in brackets right after another
        // ("tốc độ tăng trưởng tổng sản phẩm (GRDP)") is the same one.
        let mut inds: Vec<&Hit> = Vec::new();
        for h in indicators
            .iter()
            .filter(|h| h.norm.start >= s.start && h.norm.end <= s.end)
        {
            if let Some(prev) = inds.last()
                && text[prev.norm.end..h.norm.start].trim() == "("
            {
                continue;
            }
            inds.push(h);
        }
        for (k, ind) in inds.iter().enumerate() {
            let stop = inds.get(k + 1).map_or(s.end, |n| n.norm.start);
            let clause_end = clause_end(text, ind.norm.end, stop);
            let q = quantities.iter().find(|q| {
                q.norm.start >= ind.norm.end
                    && q.norm.end <= clause_end
                    && matches!(
                        q.kind,
                        "percent"
                            | "percentage_point"
                            | "money"
                            | "measure"
                            | "count"
                    )
            });
            let before_ind = &text[s.start..ind.norm.start];
            let status = status(before_ind, &text[ind.norm.end..clause_end]);
            if let Some(q) = q {
                let between = &text[ind.norm.end..q.norm.start];
                let after = &text[q.norm.end..clause_end.max(q.norm.end)];
                // "đạt 95% kế hoạch": a share of the plan, stated
                // against it.
                let of_plan = q.kind == "percent"
                    && OF_PLAN
                        .iter()
                        .any(|w| starts_with_word(after.trim_start(), w));
                let tail = between.trim_end().to_lowercase();
                let change = if tail.ends_with("giảm") {
                    Some(-1.0)
                } else if tail.ends_with("tăng")
                    || tail.ends_with("tăng thêm")
                    || tail.ends_with("tăng trưởng")
                {
                    Some(1.0)
                } else {
                    None
                };
                let comparator = if q.min.is_some() && q.max.is_some() {
                    "range"
                } else if let Some(c) = q.comparator {
                    c
                } else if q.approx {
                    "~"
                } else if let Some((_, c)) = COMPARE
                    .iter()
                    .filter(|(w, _)| *w != "bằng" && *w != "tương đương")
                    .find(|(w, _)| tail.ends_with(w))
                {
                    c
                } else {
                    "="
                };
                let sign = change.unwrap_or(1.0);
                let baseline = after
                    .find("so với")
                    .map(|i| phrase(&after[i + "so với".len()..]));
                let period = period(
                    dates,
                    s.start..clause_end,
                    ind.norm.start,
                    q.norm.start,
                    status,
                    plan_year,
                    own_year,
                );
                out.push(Target {
                    norm: ind.norm.start..q.norm.end,
                    indicator: id_of(ind),
                    indicator_text: ind.norm.clone(),
                    comparator,
                    value: q.value.map(|v| v * sign),
                    min: q.min,
                    max: q.max,
                    unit: q.unit.clone(),
                    status,
                    measure: if change.is_some() { "change" } else { "level" },
                    baseline,
                    reference: of_plan.then(|| phrase(after)),
                    period: period.clone(),
                });
                // More amounts for the same indicator in its clause: "đạt
                // 3.200 USD, tăng 5% so với cùng kỳ", "226.000 tỷ đồng,
                // tương đương 5,0% GDP".
                let mut last = q.norm.end;
                for q2 in quantities.iter().filter(|q2| {
                    q2.norm.start >= q.norm.end
                        && q2.norm.end <= clause_end
                        && matches!(
                            q2.kind,
                            "percent"
                                | "percentage_point"
                                | "money"
                                | "measure"
                        )
                }) {
                    let gap = text[last..q2.norm.start].to_lowercase();
                    let gap = gap.trim();
                    let (measure, sign) = if gap.ends_with("giảm") {
                        ("change", -1.0)
                    } else if gap.ends_with("tăng") {
                        ("change", 1.0)
                    } else if gap.ends_with("tương đương")
                        || gap.ends_with("chiếm")
                        || gap.ends_with("bằng")
                    {
                        ("level", 1.0)
                    } else {
                        break;
                    };
                    if gap.len() > 40 {
                        break;
                    }
                    let after =
                        &text[q2.norm.end..clause_end.max(q2.norm.end)];
                    let of_plan = q2.kind == "percent"
                        && OF_PLAN
                            .iter()
                            .any(|w| starts_with_word(after.trim_start(), w));
                    out.push(Target {
                        norm: ind.norm.start..q2.norm.end,
                        indicator: id_of(ind),
                        indicator_text: ind.norm.clone(),
                        comparator: q2.comparator.unwrap_or(if q2.approx {
                            "~"
                        } else {
                            "="
                        }),
                        value: q2.value.map(|v| v * sign),
                        min: q2.min,
                        max: q2.max,
                        unit: q2.unit.clone(),
                        status,
                        measure,
                        baseline: after
                            .find("so với")
                            .map(|i| phrase(&after[i + "so với".len()..])),
                        reference: of_plan.then(|| phrase(after)),
                        period: period.clone(),
                    });
                    last = q2.norm.end;
                }
            } else {
                // A comparison with another figure, no amount.
                let after = &text[ind.norm.end..clause_end];
                let lower = after.trim_start().to_lowercase();
                let Some((w, c)) =
                    COMPARE.iter().find(|(w, _)| lower.starts_with(w))
                else {
                    continue;
                };
                let offset = after.len() - after.trim_start().len() + w.len();
                let rest = &after[offset.min(after.len())..];
                let reference = phrase(rest);
                if reference.is_empty() {
                    continue;
                }
                let end = ind.norm.end
                    + offset
                    + rest.find(&reference).unwrap_or(0)
                    + reference.len();
                out.push(Target {
                    norm: ind.norm.start..end.min(clause_end),
                    indicator: id_of(ind),
                    indicator_text: ind.norm.clone(),
                    comparator: c,
                    value: None,
                    min: None,
                    max: None,
                    unit: None,
                    status,
                    measure: "level",
                    baseline: None,
                    reference: Some(reference),
                    period: period(
                        dates,
                        s.start..ind.norm.end,
                        ind.norm.start,
                        ind.norm.end,
                        status,
                        plan_year,
                        own_year,
                    ),
                });
            }
        }
    }
    out
}

/// Verbs that state a figure for what comes before them ("diện tích
/// thiệt hại là 500 ha", "doanh thu đạt 2.780 triệu USD").
const FIGURE_VERBS: &[&str] = &[
    "ước đạt",
    "đạt được",
    "đạt",
    "tăng",
    "giảm",
    "là",
    "chiếm",
    "lên tới",
    "lên đến",
    "lên",
    "còn",
    "ở mức",
    "vượt",
    "khoảng",
    "gần",
    "hơn",
    "trên",
    ":",
    "có thêm",
    "có",
    "thực hiện",
    "hoàn thành",
    "thu hút",
    "giải ngân",
];

/// Figures the lexicon does not name: an amount stated by a verb right
/// after a noun phrase of its clause; the phrase is the indicator's text,
/// with no indicator id. `taken` are the amounts already linked.
pub fn unnamed(
    text: &str,
    sentences: &[Range<usize>],
    quantities: &[QuantityMatch],
    taken: &[Range<usize>],
    dates: &[DateMatch],
    plan_year: Option<&str>,
    own_year: Option<&str>,
) -> Vec<Target> {
    let mut out = Vec::new();
    for q in quantities {
        if !matches!(
            q.kind,
            "percent" | "percentage_point" | "money" | "measure"
        ) || taken
            .iter()
            .any(|t| t.start < q.norm.end && q.norm.start < t.end)
        {
            continue;
        }
        let Some(s) = sentences
            .iter()
            .find(|s| s.start <= q.norm.start && q.norm.end <= s.end)
        else {
            continue;
        };
        // The clause before the amount.
        let head = &text[s.start..q.norm.start];
        let clause_start = head
            .rfind([',', ';', '(', ':', '"'])
            .map_or(s.start, |i| s.start + i + 1);
        let clause = text[clause_start..q.norm.start].trim_end();
        let lower = clause.to_lowercase();
        let Some(verb) = FIGURE_VERBS.iter().find(|v| {
            lower.ends_with(*v)
                && !lower[..lower.len() - v.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        }) else {
            continue;
        };
        // Lower-casing kept the verb's length; check the cut anyway.
        let Some(head) = clause.get(..clause.len() - verb.len()) else {
            continue;
        };
        let phrase_text = head.trim();
        let words = phrase_text.split_whitespace().count();
        if words > 10 {
            continue;
        }
        let start = clause_start
            + (text[clause_start..].len()
                - text[clause_start..].trim_start().len());
        let change = match *verb {
            "giảm" => Some(-1.0),
            "tăng" => Some(1.0),
            _ => None,
        };
        let comparator = if q.min.is_some() && q.max.is_some() {
            "range"
        } else if let Some(c) = q.comparator {
            c
        } else if q.approx || matches!(*verb, "khoảng" | "gần") {
            "~"
        } else if matches!(*verb, "hơn" | "trên" | "vượt") {
            ">"
        } else {
            "="
        };
        let status = status(&text[s.start..start], phrase_text);
        out.push(Target {
            norm: start..q.norm.end,
            indicator: String::new(),
            indicator_text: start..start + phrase_text.len(),
            comparator,
            value: q.value.map(|v| v * change.unwrap_or(1.0)),
            min: q.min,
            max: q.max,
            unit: q.unit.clone(),
            status,
            measure: if change.is_some() { "change" } else { "level" },
            baseline: None,
            reference: None,
            period: period(
                dates,
                s.start..s.end,
                start,
                q.norm.start,
                status,
                plan_year,
                own_year,
            ),
        });
    }
    out
}

/// Where the clause that starts at `from` ends: a semicolon, a colon or
/// the sentence end (`stop`); commas do not end it ("đạt 3.200 USD, tăng
/// 5%").
fn clause_end(text: &str, from: usize, stop: usize) -> usize {
    text[from..stop].find([';', '\n']).map_or(stop, |i| from + i)
}

fn starts_with_word(s: &str, w: &str) -> bool {
    s.to_lowercase().starts_with(w)
}

/// `target`, `estimate` or `result`, from the words of the sentence
/// before the indicator and in its clause.
fn status(before: &str, clause: &str) -> &'static str {
    // The cues are lower case; a capital opens a sentence ("Mục tiêu").
    let has = |s: &str, w: &str| {
        has_word(s, w) || {
            let mut chars = w.chars();
            let cap: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            has_word(s, &cap)
        }
    };
    if ESTIMATE_CUES.iter().any(|w| has(clause, w) || has(before, w)) {
        return "estimate";
    }
    if TARGET_CUES.iter().any(|w| has(before, w) || has(clause, w)) {
        return "target";
    }
    "result"
}

fn has_word(s: &str, w: &str) -> bool {
    s.match_indices(w).any(|(i, _)| {
        let before = s[..i].chars().next_back();
        let after = s[i + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The noun phrase at the start of `s`, up to a comma, a semicolon or a
/// full stop.
fn phrase(s: &str) -> String {
    let s = s.trim_start();
    let end = s.find([',', ';', '.', '(', '\n', '…']).unwrap_or(s.len());
    s[..end].trim_end().to_string()
}

/// The period of an amount: the sentence's date nearest to it, else the
/// document's default for its status.
fn period(
    dates: &[DateMatch],
    s: Range<usize>,
    ind: usize,
    at: usize,
    status: &str,
    plan_year: Option<&str>,
    own_year: Option<&str>,
) -> Option<String> {
    // In the indicator's clause first, then before it in the sentence.
    let of_kind = |d: &&DateMatch| {
        matches!(d.kind, "year" | "quarter" | "half" | "range" | "month")
    };
    let near = dates
        .iter()
        .filter(|d| d.norm.start >= ind && d.norm.end <= s.end)
        .filter(of_kind)
        .min_by_key(|d| d.norm.start.abs_diff(at))
        .or_else(|| {
            // A target's sentence often compares with other years before
            // it ("khó khăn hơn năm 2022, mục tiêu …"): it takes the year
            // the document plans for instead.
            if status == "target" && plan_year.is_some() {
                return None;
            }
            dates
                .iter()
                .filter(|d| d.norm.start >= s.start && d.norm.end <= ind)
                .filter(of_kind)
                .max_by_key(|d| d.norm.start)
        });
    if let Some(d) = near {
        return Some(d.value.clone());
    }
    match status {
        "target" => plan_year.or(own_year),
        _ => own_year,
    }
    .map(String::from)
}
