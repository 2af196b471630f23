//! Targets and results: an indicator, a comparator, a value with its unit,
//! a period and a place ("mục tiêu tốc độ tăng trưởng GRDP đạt 11% trở
//! lên" → `grdp_growth`, `>=`, 11, `%`, 2023, Thanh Hóa).
//!
//! Within a sentence, each indicator of the lexicon (`indicators.tsv`)
//! takes the first amount after it in its clause, before the next
//! indicator: a percentage, money, a measure or a count, not an ordinal
//! nor a year; not a rule's bound (`<`, `<=`) unless a plan sets it, a
//! share of the land or the population, a sharing or support norm ("trung
//! ương hưởng 100%") or money per hectare or project. Then:
//!
//! - `comparator` comes from the amount ("trở lên" `>=`, "hơn" `>`, "khoảng"
//!   `~`, a range) or from a verb before it ("vượt" `>`, "không dưới"
//!   `>=`); else `=`;
//! - `status` comes from the cue nearest the amount, in its clause first
//!   and then in the sentence before: `target` for plans, needs and
//!   obligations ("mục tiêu", "phấn đấu", "chỉ tiêu", "kế hoạch", "dự
//!   toán", "phải", "cần", "đề xuất", "kiến nghị", "nhu cầu"), `estimate`
//!   for "ước", "dự kiến", "dự báo", `result` for "đã", "hoàn thành" or
//!   no cue;
//! - `measure` is `change` when "tăng" or "giảm" stands right before the
//!   amount (a fall is negative), else `level` ("tăng lên 45%", "giảm
//!   còn 6,4%", "tăng gấp 2 lần"); "so với …" after it is the `baseline`;
//! - "bằng 105% kế hoạch", "đạt 95% dự toán" compare with a plan: the
//!   plan is the `reference`;
//! - the period is the date of the sentence nearest the amount, else the
//!   year the document plans for (targets) or its own year (results); the
//!   place is the sentence's province, else the document's.
//!
//! An indicator with no amount but a comparison ("thu ngân sách Nhà nước
//! phải vượt số thực thu của năm 2022") is a target too, with its
//! `reference` text and no value.
//!
//! Amounts that no indicator of the lexicon takes are figures too
//! ([`unnamed`]) when they state a result, a target or an estimate: the
//! phrase before them names what they measure. Dimensions, capacities,
//! prices and support norms, thresholds, shares of the population or the
//! land, votes, a family's assets, tax and fee rates, rates per unit
//! ("mỗi tháng khoảng 2 triệu", "cứ 1% tăng trưởng"), the terms of a rule
//! for a class it bounds ("cắt giảm 80% số vốn đối với đơn vị giải ngân
//! dưới 10%"), the possessor of what is named ("thủ tục của gần 600 dự
//! án") and small counts of named things are left out.
//!
//! A unit is given as the text counts it: an abbreviation as written ("33
//! CCN", "1,6 nghìn DN"), a classifier with its noun ("lượt visa điện
//! tử", "chuyến hàng"). An equivalent in another currency ("khoảng 47.520
//! tỷ đồng (tương đương 2,160 tỷ USD)") takes the comparator of the amount
//! it restates. A part of a whole ("404/495 tiêu chí") is its part.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

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
    "phải",
    "cần",
    "đề ra",
    "định hướng",
    "nhiệm vụ",
    "sẽ đạt",
    "cần đạt",
    "đặt ra",
    "tầm nhìn",
    "dự toán",
    "đề xuất",
    "đề nghị",
    "kiến nghị",
    "nhu cầu",
];

const ESTIMATE_CUES: &[&str] = &[
    "ước đạt",
    "ước tính",
    "ước thực hiện",
    "ước",
    "dự kiến",
    "dự tính",
    "dự báo",
];

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

/// The bound "trở lên" or "trở xuống" a few words after an amount, past
/// the noun it counts: "700 triệu USD vốn FDI trở lên" (`>=`).
fn later_bound(after: &str) -> Option<&'static str> {
    let clause = &after[..after
        .find([',', ';', '.', '(', ')', ':', '\n'])
        .unwrap_or(after.len())];
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    let k = words.windows(2).position(|w| w[0] == "trở")?;
    let bound = match words[k + 1] {
        "lên" => ">=",
        "xuống" => "<=",
        _ => return None,
    };
    (k >= 1
        && words[..k].iter().all(|w| !w.bytes().any(|b| b.is_ascii_digit())))
    .then_some(bound)
}

/// The sign of a change written as a comparison with a baseline: "cao
/// hơn 20% so với năm 2024" (+20), "thấp hơn 5% so với cùng kỳ" (-5). The
/// figure is the exact difference, not a bound.
fn compared_change(text: &str, q: &QuantityMatch, after: &str) -> Option<f64> {
    if !matches!(q.comparator, Some(">" | "<"))
        || !starts_with_word(after.trim_start(), "so với")
    {
        return None;
    }
    let written = &text[q.norm.clone()];
    let up = ["cao hơn", "nhiều hơn", "lớn hơn"];
    let down = ["thấp hơn", "ít hơn", "nhỏ hơn", "kém hơn"];
    if up.iter().any(|w| starts_with_word(written, w)) {
        Some(1.0)
    } else if down.iter().any(|w| starts_with_word(written, w)) {
        Some(-1.0)
    } else {
        None
    }
}

/// Whether a percentage is the margin by which a result beat its plan:
/// "vượt 14% dự toán", "vượt 3% so với kế hoạch". The figure is exact
/// (`=`), not a lower bound as "vượt 1 tỷ USD" is.
/// So is a count of the targets beaten: "hoàn thành và vượt 19/24 chỉ
/// tiêu" met 19 of them.
fn over_plan(text: &str, q: &QuantityMatch, after: &str) -> bool {
    let after = after.trim_start();
    q.comparator == Some(">")
        && starts_with_word(&text[q.norm.clone()], "vượt")
        && (q.kind == "percent"
            && OF_PLAN.iter().any(|w| starts_with_word(after, w))
            || q.unit.as_deref() == Some("chỉ tiêu"))
}

/// The targets and results of one document.
///
/// `sentences` are ranges of the canonical view `text`; `indicators` are
/// the hits of [`crate::gazetteer::Gazetteer::find`] that name an
/// indicator (the entry ids are resolved by `id_of`); `plan_year` and
/// `own_year` are the document's defaults for targets and results;
/// `cues` keeps the cue words of each sentence for [`unnamed`].
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
    cues: &mut SentenceCues,
) -> Vec<Target> {
    let mut out = Vec::new();
    // Hits and quantities come in text order; a sentence's share of them
    // is found by bisection.
    let sorted_hits = indicators.is_sorted_by_key(|h| h.norm.start);
    let sorted_quantities = quantities.is_sorted_by_key(|q| q.norm.start);
    let mut inds: Vec<&Hit> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // An indicator glossed in brackets right after another
        // ("tốc độ tăng trưởng tổng sản phẩm (GRDP)") is the same one.
        inds.clear();
        let first = if sorted_hits {
            indicators.partition_point(|h| h.norm.start < s.start)
        } else {
            0
        };
        for h in indicators[first..]
            .iter()
            .take_while(|h| !sorted_hits || h.norm.start < s.end)
            .filter(|h| h.norm.start >= s.start && h.norm.end <= s.end)
        {
            if let Some(prev) = inds.last()
                && text[prev.norm.end..h.norm.start].trim() == "("
            {
                continue;
            }
            // "tổng thu" in "tổng thu nhập", "chi" in "chi phí": the
            // last word of the hit is part of another word.
            if splits_a_word(&text[h.norm.clone()], &text[h.norm.end..s.end]) {
                continue;
            }
            inds.push(h);
        }
        if inds.is_empty() {
            continue;
        }
        let cues = cues.of(text, si, s);
        for (k, ind) in inds.iter().enumerate() {
            let stop = inds.get(k + 1).map_or(s.end, |n| n.norm.start);
            let clause_end = clause_end(text, ind.norm.end, stop);
            let from = if sorted_quantities {
                quantities.partition_point(|q| q.norm.start < ind.norm.end)
            } else {
                0
            };
            let before_ind = s.start..ind.norm.start;
            // Keeping an indicator under a bound sets a target: "kiểm soát
            // lạm phát dưới 4%", "giữ tỷ lệ hộ nghèo dưới 3%"; having kept
            // it states a result ("đã kiểm soát").
            let before = text[before_ind.clone()].trim_end();
            // The last sixteen chars hold the verb and the word before.
            let tail = before
                .char_indices()
                .rev()
                .nth(15)
                .map_or(before, |(i, _)| &before[i..]);
            let kept = crate::normalize::with_lower(tail, |head| {
                ["kiểm soát", "giữ"].iter().any(|w| {
                    head.strip_suffix(w).is_some_and(|b| {
                        (b.is_empty() || b.ends_with(' '))
                            && !b.trim_end().ends_with("đã")
                    })
                })
            });
            let status = if kept {
                "target"
            } else {
                status(
                    text,
                    cues,
                    before_ind.clone(),
                    ind.norm.end..clause_end,
                )
            };
            let q = quantities[from..]
                .iter()
                .enumerate()
                .take_while(|(_, q)| {
                    !sorted_quantities || q.norm.start < clause_end
                })
                .find(|(_, q)| {
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
                        // Whose figure it is: "GRDP của hai tỉnh … đạt
                        // 7,9%".
                        && !(matches!(q.kind, "count" | "measure")
                            && crate::normalize::with_lower(
                                text[ind.norm.end..q.norm.start].trim_end(),
                                |b| ends_with_word(b, "của"),
                            ))
                })
                .map(|(i, q)| (from + i, q))
                // A bound of a rule ("không vượt quá 40%") or a share of
                // the population or the land is no figure of the
                // indicator; a plan may set a bound ("dưới 4%").
                .filter(|(_, q)| {
                    (status == "target"
                        || !matches!(q.comparator, Some("<" | "<="))
                        || bound_held(
                            q,
                            &text[s.start..ind.norm.start],
                            &text[ind.norm.end..q.norm.start],
                        ))
                        && !(q.kind == "percent"
                            && (SHARE_OF.iter().any(|w| {
                                starts_with_word(
                                    text[q.norm.end..s.end].trim_start(),
                                    w,
                                ) && !reached(
                                    &text[ind.norm.end..q.norm.start],
                                    w,
                                )
                            }) || is_norm_share(
                                &text[ind.norm.end..q.norm.start],
                            )))
                        && !is_norm_rate(q, &text[ind.norm.end..q.norm.start])
                });
            if let Some((qi, q)) = q {
                // Words after the amount ("đạt 95% kế hoạch") do not make
                // it a target.
                let status = if kept {
                    "target"
                } else {
                    self::status(
                        text,
                        cues,
                        before_ind.clone(),
                        ind.norm.end..q.norm.start,
                    )
                };
                let unit = if q.kind == "count" {
                    implied_currency(text, quantities, qi)
                        .map(String::from)
                        .or_else(|| q.unit.clone())
                } else {
                    counted_unit(
                        q,
                        &text[q.norm.clone()],
                        &text[q.norm.end..s.end],
                    )
                };
                let between = &text[ind.norm.end..q.norm.start];
                let after = &text[q.norm.end..clause_end.max(q.norm.end)];
                // "đạt 95% kế hoạch": a share of the plan, stated
                // against it.
                let of_plan = q.kind == "percent"
                    && OF_PLAN
                        .iter()
                        .any(|w| starts_with_word(after.trim_start(), w));
                // The change and the comparison the words before the
                // amount end with, read in lower case.
                let (change, compared) =
                    crate::normalize::with_lower(between.trim_end(), |tail| {
                        // "giảm bình quân 0,5%/năm", "giảm bình quân mỗi
                        // năm 0,2%": an average fall.
                        let mut tail = tail;
                        while let Some(t) = [
                            "bình quân",
                            "trung bình",
                            "mỗi năm",
                            "hằng năm",
                            "hàng năm",
                        ]
                        .iter()
                        .find_map(|w| tail.strip_suffix(w))
                        {
                            tail = t.trim_end();
                        }
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
                        let compared = COMPARE
                            .iter()
                            .filter(|(w, _)| {
                                *w != "bằng" && *w != "tương đương"
                            })
                            .find(|(w, _)| tail.ends_with(w))
                            .map(|(_, c)| *c);
                        (change, compared)
                    });
                let compared_sign = compared_change(text, q, after);
                let comparator = if q.min.is_some() && q.max.is_some() {
                    "range"
                } else if over_plan(text, q, after) || compared_sign.is_some()
                {
                    "="
                } else if let Some(c) = q.comparator {
                    c
                } else if q.approx {
                    "~"
                } else if let Some(c) = compared {
                    c
                } else {
                    later_bound(after).unwrap_or("=")
                };
                // The verb may open the indicator's phrase: "giảm tỷ lệ
                // hộ nghèo 0,8%" (but "… xuống còn 2%" is a level).
                let change = compared_sign.or(change).or_else(|| {
                    let written = &text[ind.norm.clone()];
                    let opens = |v: &str| {
                        written
                            .get(..v.len())
                            .is_some_and(|h| crate::normalize::lower(h) == v)
                    };
                    // (An average between: "giảm tỷ lệ hộ nghèo bình quân
                    // 0,5 - 1%/năm".)
                    let between = between.trim();
                    if !(between.is_empty()
                        || ["bình quân", "trung bình"].contains(&between))
                    {
                        None
                    } else if opens("giảm ") {
                        Some(-1.0)
                    } else if opens("tăng ") && !opens("tăng trưởng") {
                        Some(1.0)
                    } else {
                        None
                    }
                });
                let sign = change.unwrap_or(1.0);
                let baseline = after
                    .find("so với")
                    .map(|i| phrase(&after[i + "so với".len()..]));
                let period = period(
                    dates,
                    s.start..clause_end,
                    ind.norm.start,
                    q.norm.start,
                    after.find("so với").map(|i| q.norm.end + i),
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
                    // A fall of 15-20% runs from -20 to -15.
                    min: if sign < 0.0 { q.max } else { q.min }
                        .map(|v| v * sign),
                    max: if sign < 0.0 { q.min } else { q.max }
                        .map(|v| v * sign),
                    unit,
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
                    let gap =
                        crate::normalize::lower(&text[last..q2.norm.start]);
                    let gap = gap.trim();
                    // An equivalent restates the amount before it, with
                    // its comparator: "khoảng 47.520 tỷ đồng (tương
                    // đương 2,160 tỷ USD)".
                    let same = q.kind == "money"
                        && q2.kind == "money"
                        && (gap.ends_with("tương đương")
                            || gap.ends_with("tương đương với"));
                    let after =
                        &text[q2.norm.end..clause_end.max(q2.norm.end)];
                    let over = over_plan(text, q2, after);
                    let compared = compared_change(text, q2, after)
                        .filter(|_| gap.is_empty());
                    let (measure, sign) = if let Some(sg) = compared {
                        ("change", sg)
                    } else if gap.ends_with("giảm") {
                        ("change", -1.0)
                    } else if gap.ends_with("tăng") {
                        ("change", 1.0)
                    } else if same
                        || over && gap.is_empty()
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
                    let of_plan = q2.kind == "percent"
                        && OF_PLAN
                            .iter()
                            .any(|w| starts_with_word(after.trim_start(), w));
                    out.push(Target {
                        norm: ind.norm.start..q2.norm.end,
                        indicator: id_of(ind),
                        indicator_text: ind.norm.clone(),
                        comparator: if over || compared.is_some() {
                            "="
                        } else {
                            q2.comparator.unwrap_or(if q2.approx {
                                "~"
                            } else if same && comparator != "range" {
                                comparator
                            } else {
                                "="
                            })
                        },
                        value: q2.value.map(|v| v * sign),
                        min: q2.min,
                        max: q2.max,
                        unit: counted_unit(
                            q2,
                            &text[q2.norm.clone()],
                            &text[q2.norm.end..s.end],
                        ),
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
                let Some((w, c)) =
                    crate::normalize::with_lower(after.trim_start(), |l| {
                        COMPARE.iter().find(|(w, _)| l.starts_with(w))
                    })
                else {
                    continue;
                };
                let offset = after.len() - after.trim_start().len() + w.len();
                let rest = &after[offset.min(after.len())..];
                let reference = phrase(rest);
                // An amount there was refused above (a bound of a rule):
                // it is no reference either.
                if reference.is_empty()
                    || reference.starts_with(|c: char| c.is_ascii_digit())
                {
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
                        None,
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
/// thiệt hại là 500 ha", "doanh thu đạt 2.780 triệu USD"): the phrase
/// before the verb names the figure.
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
    "được",
    "với",
    "với số tiền",
    "số tiền",
    "với tổng số tiền",
    "tổng số tiền",
    "tới",
    "đến",
];

/// Units that measure things rather than state a result: lengths, surfaces
/// of a building or a plot, volumes, capacities, ages, and the small
/// measures of one household's field ("sào", "kg").
const PHYSICAL_UNITS: &[&str] = &[
    "m", "km", "km2", "cm", "mm", "m2", "m3", "kV", "MW", "kW", "GW", "MVA",
    "lít", "ml", "sào", "kg", "°C", "tuổi", "thùng", "mẫu",
];

/// The [`PHYSICAL_UNITS`] of surfaces, volumes and lengths that a verb of
/// work or damage makes a tally.
const WORKED_UNITS: &[&str] = &["m", "km", "m2", "m3", "km2"];

/// Verbs of work, supply or damage right before an amount of the
/// [`WORKED_UNITS`].
const WORK_VERBS: &[&str] = &[
    "hiến",
    "chở",
    "cấp",
    "cung cấp",
    "bàn giao",
    "thu hồi",
    "giải phóng",
    "nạo vét",
    "khai thác",
    "xây dựng",
    "làm mới",
    "sửa chữa",
    "cải tạo",
    "nâng cấp",
    "bê tông hóa",
    "cứng hóa",
    "kiên cố hóa",
    "thu gom",
    "vận chuyển",
    "tiêu thụ",
    "cháy",
    "thiêu rụi",
    "sạt lở",
    "hư hỏng",
    "phun",
    "xử lý",
];

/// The [`PLACE_AND_STAFF_UNITS`] that count people.
const STAFF_UNITS: &[&str] =
    &["cán bộ", "đảng viên", "công chức", "viên chức", "đại biểu"];

/// Verbs right before a count of [`STAFF_UNITS`] that make it a tally.
const STAFF_VERBS: &[&str] = &[
    "kỷ luật",
    "kết nạp",
    "tuyển dụng",
    "tinh giản",
    "kiểm tra",
    "giám sát",
    "đào tạo",
    "bồi dưỡng",
    "tập huấn",
];

/// Counted nouns that name where something happens, or who, rather than a
/// result ("ở 16 xã thuộc 4 huyện", "xử lý 9 đảng viên").
const PLACE_AND_STAFF_UNITS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "phường",
    "xã",
    "thị trấn",
    "thôn",
    "làng",
    "cán bộ",
    "đảng viên",
    "công chức",
    "viên chức",
    "trường",
    "đại biểu",
    "đơn vị hành chính",
];

/// Rates that are prices or support norms, not totals: money per hectare,
/// per square metre, per project ("hỗ trợ 40 triệu đồng/ha"). Money per
/// year, per month, per person or per household is an income or a level.
const LEVEL_RATES: &[&str] =
    &["năm", "tháng", "quý", "người", "hộ", "lao động", "kwh", "khẩu"];

/// Verbs of seizing and of awarding, anywhere in the clause before an
/// amount.
const SEIZED_OR_AWARDED: &[&str] = &[
    "thu giữ",
    "tịch thu",
    "tạm giữ",
    "khen thưởng",
    "bằng khen",
    "giấy khen",
    "vinh danh",
    "tuyên dương",
];

/// Verbs of giving support or gifts, anywhere in the sentence before an
/// amount: with a recipient counted one by one ("mỗi hộ") the amount is
/// what each receives, a norm rather than a total.
const GIVEN: &[&str] = &["hỗ trợ", "tặng", "trợ cấp", "thăm hỏi", "động viên"];

/// Words of time after "mỗi": a rate per period ("mỗi năm hỗ trợ 50 tỷ
/// đồng") may be a total.
const PERIODS: &[&str] = &["năm", "tháng", "quý", "tuần", "ngày", "vụ", "đợt"];

/// Whether the lower-case clause `before` an amount, or the words `next`
/// after it, name a recipient counted one by one: "hỗ trợ mỗi gia đình
/// 10 triệu đồng", "mỗi người bị thương 2 triệu đồng", "5 triệu đồng cho
/// mỗi hộ".
fn each_recipient(before: &str, next: &str) -> bool {
    let each = |r: &str| {
        r.split_whitespace().next().is_some_and(|w| !PERIODS.contains(&w))
    };
    let next = next.strip_prefix("cho ").unwrap_or(next);
    next.strip_prefix("mỗi ").is_some_and(each)
        || before.match_indices("mỗi ").any(|(i, w)| {
            (i == 0 || before[..i].ends_with(' '))
                && each(&before[i + w.len()..])
        })
}

/// Words right before an amount that make it a parameter, a dimension or
/// a rank rather than a stated result ("công suất 180.000 m3/năm", "quy mô
/// 449 ha", "tối đa 5 tỷ đồng", "diện tích tự nhiên 1.360 ha").
const PARAMETER_WORDS: &[&str] = &[
    "công suất",
    "quy mô",
    "dài",
    "rộng",
    "sâu",
    "cao",
    "chiều dài",
    "diện tích tự nhiên",
    "diện tích xây dựng",
    "dân số",
    "lãi suất",
    "thuế suất",
    "mức thuế",
    "một trong",
    "trong top",
    "vùng nguyên liệu",
    "tuổi",
    // A programme named by its aim ("Đề án 1 triệu ha lúa"), a survey's
    // sample ("qua khảo sát 1.250 doanh nghiệp").
    "đề án",
    "chương trình",
    "khảo sát",
];

/// What a percentage is a share of when it is a demographic or land share,
/// a vote or a support norm, not a result ("74% dân số", "chiếm 13% diện
/// tích cả nước", "100% đại biểu", "hỗ trợ 50% kinh phí").
const SHARE_OF: &[&str] = &[
    "dân số",
    "diện tích cả nước",
    "diện tích tự nhiên",
    "diện tích đất",
    "đất",
    "đại biểu",
    "phiếu",
    "số phiếu",
    "lãi suất",
    "số tăng thu",
];

/// What follows a count of communes or districts that makes it a result:
/// the new-rural standard ("39 xã đạt chuẩn nông thôn mới", "4 xã về
/// đích nông thôn mới").
const STANDARD_MET: &[&str] =
    &["đạt chuẩn", "nông thôn mới", "về đích", "hoàn thành"];

/// Verbs that, after "mỗi" or "cứ", make the amount a stated figure
/// rather than a rate per unit.
const PER_UNIT_VERBS: &[&str] =
    &["đạt", "tăng", "giảm", "là", "có", "chiếm", "lên", "còn", "giá", "mất"];

/// Words that bound the class a rule applies to ("dưới 10%", "từ 10%
/// đến dưới 30%").
const BOUND_WORDS: &[&str] =
    &["dưới", "trên", "từ", "không quá", "tối đa", "tối thiểu", "ít nhất"];

/// Words of a sentence that make its figures personal or hypothetical: a
/// family's assets, a vote, a condition.
const PRIVATE_CUES: &[&str] = &[
    "gia đình ông",
    "gia đình bà",
    "gia đình anh",
    "gia đình chị",
    "hộ ông",
    "hộ bà",
    "nhà ông",
    "nhà bà",
    "biểu quyết",
];

/// Securities whose name holds "phiếu" (a ballot): "trái phiếu", "cổ
/// phiếu", "tín phiếu", "kỳ phiếu".
const SECURITIES: &[&str] = &["trái", "cổ", "tín", "kỳ"];

/// Figures the lexicon does not name: every amount of a sentence that
/// states a result, a target or an estimate, with the noun phrase before
/// it (or, for a count, after it) as the indicator's text and no
/// indicator id. `linked` are the spans of the figures already linked,
/// with their indicators' text, `cues` the sentence cues [`link`]
/// found.
///
/// Left out are what news states besides results: dimensions and
/// capacities, prices and support norms per unit, thresholds of a rule
/// (`<`, `<=`) and the terms a rule sets for a class it bounds,
/// demographic and land shares, votes, a family's assets, tax and fee
/// rates, rates per unit ("mỗi", "cứ"), hypotheses ("nếu"), possessors
/// ("của 600 dự án") and small counts of places and people.
#[allow(clippy::too_many_arguments)]
pub fn unnamed(
    text: &str,
    sentences: &[Range<usize>],
    quantities: &[QuantityMatch],
    linked: &[(Range<usize>, Range<usize>)],
    dates: &[DateMatch],
    plan_year: Option<&str>,
    own_year: Option<&str>,
    cues: &mut SentenceCues,
) -> Vec<Target> {
    // The taken spans sorted by start, with the running maximum of their
    // ends: an amount overlaps one of them when the spans that start
    // before its end reach past its start.
    let mut taken: Vec<Range<usize>> =
        linked.iter().map(|(t, _)| t.clone()).collect();
    taken.sort_unstable_by_key(|t| t.start);
    let mut reach = Vec::with_capacity(taken.len());
    let mut far = 0;
    for t in &taken {
        far = far.max(t.end);
        reach.push(far);
    }
    let is_taken = |r: &Range<usize>| {
        let k = taken.partition_point(|t| t.start < r.end);
        k > 0 && reach[k - 1] > r.start
    };
    let mut out = Vec::new();
    // The lower-case clause before an amount and words after it, in
    // buffers every amount reuses.
    let (mut lower, mut next_lower) = (String::new(), String::new());
    for (qi, q) in quantities.iter().enumerate() {
        if !matches!(
            q.kind,
            "percent" | "percentage_point" | "money" | "measure" | "count"
        ) || is_taken(&q.norm)
        {
            continue;
        }
        let k = sentences.partition_point(|s| s.end <= q.norm.start);
        let Some(s) = sentences
            .get(k)
            .filter(|s| s.start <= q.norm.start && q.norm.end <= s.end)
        else {
            continue;
        };
        // A bare count is a figure when a scale word makes it an amount
        // of the currency written nearby ("2 tỷ còn lại"), or when it
        // tallies a hundred or more of what the noun after it names
        // ("189 tổ hợp tác", "7.500 thẻ bảo hiểm y tế"); smaller ones
        // mostly name a few things ("4 nguyên nhân", "3 tập đoàn").
        let unit = if q.kind == "count" {
            match implied_currency(text, quantities, qi) {
                Some(u) => Some(u.to_string()),
                None if q.value.is_some_and(|v| v >= 100.0) => {
                    match counted_noun(&text[q.norm.end..s.end]) {
                        Some(n) => Some(n.to_string()),
                        None => continue,
                    }
                }
                None => continue,
            }
        } else {
            counted_unit(q, &text[q.norm.clone()], &text[q.norm.end..s.end])
        };
        // The clause before the amount.
        let head = &text[s.start..q.norm.start];
        let clause_start =
            last_clause_mark(head).map_or(s.start, |end| s.start + end);
        let clause = text[clause_start..q.norm.start].trim_end();
        let after = &text[q.norm.end..s.end];
        // A family's assets or a vote make the sentence's figures
        // personal.
        let (private, tax_before, seized, given) = {
            let c = cues.of(text, k, s);
            (
                c.private,
                c.taxes.iter().any(|&e| e <= q.norm.start),
                c.seized
                    .iter()
                    .any(|&b| clause_start <= b && b < q.norm.start),
                c.given.iter().any(|&b| b < q.norm.start),
            )
        };
        if private {
            continue;
        }
        lower.clear();
        crate::normalize::lower_into(clause, &mut lower);
        let lower = lower.as_str();
        // The first words after the amount are enough for its cues.
        let next = after.trim_start();
        let cut = char_prefix(next, 40);
        next_lower.clear();
        crate::normalize::lower_into(&next[..cut], &mut next_lower);
        let next = next_lower.as_str();
        // The checks read the recognizer's unit ("TP" is "thành phố").
        let kind_unit = if q.kind == "measure" {
            q.unit.as_deref()
        } else {
            unit.as_deref()
        };
        // An item of a list of figures of one unit after the first, which
        // is a figure: "6 người chết, 3 người mất tích".
        let listed =
            qi.checked_sub(1).map(|p| &quantities[p]).is_some_and(|p| {
                p.norm.start >= s.start
                    && p.kind == q.kind
                    && p.unit == q.unit
                    && list_item_after(&text[p.norm.end..q.norm.start])
                    && out.last().is_some_and(|t: &Target| {
                        t.norm.start <= p.norm.start
                            && p.norm.end <= t.norm.end
                    })
            });
        // Items seized in a sweep ("thu giữ 12 bánh heroin và 18.000 viên
        // ma túy") and awards ("tặng bằng khen cho 8 HTX") in its clause
        // are no indicator's figure.
        // What each recipient of support or a gift receives is a norm.
        if seized
            || given && q.kind == "money" && each_recipient(lower, next)
            || !is_figure(q, kind_unit, lower, after, next, tax_before, listed)
        {
            continue;
        }
        let verb = FIGURE_VERBS
            .iter()
            .filter(|v| ends_with_word(lower, v))
            .max_by_key(|v| v.len());
        let phrase_text = match verb {
            Some(v) => clause.get(..clause.len() - v.len()).unwrap_or(""),
            None => clause,
        }
        .trim();
        let phrase_text = last_words(phrase_text, 10);
        // A conjunction that opens the clause is no part of what it
        // names: "…, còn HNX-Index tăng 2,1 điểm".
        let phrase_text = CLAUSE_OPENERS
            .iter()
            .find_map(|w| {
                let rest = phrase_text.get(w.len()..)?;
                // ("còn lại", "còn dư": what is left.)
                let left = *w == "còn"
                    && ["lại", "dư", "nợ", "thiếu", "tồn"]
                        .iter()
                        .any(|v| starts_with_word(rest.trim_start(), v));
                (crate::normalize::lower(&phrase_text[..w.len()]) == *w
                    && rest.starts_with(' ')
                    && !rest.trim().is_empty()
                    && !left)
                    .then(|| rest.trim_start())
            })
            .unwrap_or(phrase_text);
        // The figure before in the sentence, this one's or one the
        // lexicon named: its span and its indicator's.
        let prev = out
            .last()
            .map(|p: &Target| (&p.norm, &p.indicator_text))
            .into_iter()
            .chain(linked.iter().map(|(t, i)| (t, i)))
            .filter(|(t, _)| t.start >= s.start && t.end <= clause_start)
            .max_by_key(|(t, _)| t.end);
        let (ind_start, ind_end) = if let (true, Some((_, i))) =
            (phrase_text.is_empty(), prev)
        {
            // "đã thụ lý trên 38 nghìn vụ việc, tăng 11%", "tăng 9,6%
            // (87.117 tỷ đồng)", "đạt 62,5 tỷ đồng, vượt 14% dự toán":
            // the figure of the clause before.
            (i.start, i.end)
        } else if phrase_text.is_empty() {
            // "3.847 cuộc thanh tra hành chính": the phrase after the
            // amount, else the amount itself.
            let next = after
                .find([',', ';', '.', '(', ')', '\n', ':'])
                .unwrap_or(after.len());
            let next = last_words_front(&after[..next], 8);
            let lead = after.len() - after.trim_start().len();
            if next.is_empty() {
                (q.norm.start, q.norm.end)
            } else {
                (q.norm.end + lead, q.norm.end + lead + next.len())
            }
        } else {
            let start = phrase_text.as_ptr() as usize - text.as_ptr() as usize;
            // A figure before, in the phrase, that this one follows from
            // ("từ … xuống", "lên", "còn"): the same indicator ("tỷ lệ hộ
            // nghèo giảm từ 5,2% xuống còn 2,1%").
            let from_to = |t: &Range<usize>| {
                text[t.end..q.norm.start].split(' ').any(|w| {
                    matches!(w, "xuống" | "lên" | "còn" | "tới" | "đến")
                })
            };
            // (Only a phrase with a digit holds a figure.)
            let has_digit = phrase_text.bytes().any(|b| b.is_ascii_digit());
            let before = has_digit
                .then(|| {
                    let own = out.iter().map(|p| (&p.norm, &p.indicator_text));
                    linked
                        .iter()
                        .map(|(t, i)| (t, i))
                        .chain(own)
                        .filter(|(t, i)| {
                            start < t.end
                                && t.end <= q.norm.start
                                && i.end < t.end
                                && from_to(t)
                        })
                        .max_by_key(|(t, _)| t.end)
                })
                .flatten();
            match before {
                Some((_, i)) => (i.start, i.end),
                None => (start, start + phrase_text.len()),
            }
        };
        let compared = compared_change(text, q, after);
        // An amount in brackets right after a figure restates it in other
        // terms, a change as a change: "giảm 7,6 điểm (0,46%)".
        let restates = prev
            .filter(|(t, _)| {
                lower.is_empty()
                    && t.end <= q.norm.start
                    && text[t.end..q.norm.start].trim() == "("
            })
            .and_then(|(t, i)| {
                let p = quantities[..qi]
                    .iter()
                    .rev()
                    .find(|p| p.norm.end == t.end)?;
                let verb = text.get(i.end..p.norm.start)?;
                Some(change_of(&crate::normalize::lower(verb)))
            });
        let (sign, measure) = match (compared, restates) {
            (Some(sg), _) => (sg, "change"),
            (None, Some(c)) => c,
            (None, None) => change_of(lower),
        };
        // An equivalent in another currency restates the amount before
        // it, with its comparator: "khoảng 47.520 tỷ đồng (tương đương
        // 2,160 tỷ USD)".
        let restated = (q.kind == "money"
            && ["tương đương", "tương đương với"]
                .iter()
                .any(|w| ends_with_word(lower, w)))
        .then(|| qi.checked_sub(1).map(|p| &quantities[p]))
        .flatten()
        .filter(|p| p.kind == "money" && p.norm.start >= s.start);
        let comparator = if q.min.is_some() && q.max.is_some() {
            "range"
        } else if over_plan(text, q, after) || compared.is_some() {
            "="
        } else if let Some(c) = q.comparator {
            c
        } else if let Some(c) =
            restated.and_then(|p| p.comparator.or(p.approx.then_some("~")))
        {
            c
        } else if q.approx
            || verb.is_some_and(|v| matches!(*v, "khoảng" | "gần"))
            || ends_with_word(lower, "gần gấp")
        {
            "~"
        } else if verb.is_some_and(|v| matches!(*v, "hơn" | "trên" | "vượt"))
        {
            ">"
        } else {
            later_bound(after).unwrap_or("=")
        };
        let start = ind_start.min(q.norm.start);
        let status = status(
            text,
            cues.of(text, k, s),
            s.start..start,
            start..q.norm.end,
        );
        // An upper bound is a figure only as a plan sets it ("phấn đấu tỷ
        // lệ nợ xấu dưới 3%"); elsewhere it bounds a rule or a class
        // ("trẻ em dưới 5 tuổi", "vay không quá 100 triệu đồng").
        if matches!(q.comparator, Some("<" | "<="))
            && compared.is_none()
            && (status != "target"
                || unit.as_deref() == Some("tuổi")
                || !["phấn đấu", "mục tiêu", "chỉ tiêu"]
                    .iter()
                    .any(|w| lower.contains(w)))
        {
            continue;
        }
        out.push(Target {
            norm: start..q.norm.end.max(ind_end),
            indicator: String::new(),
            indicator_text: ind_start..ind_end,
            comparator,
            value: q.value.map(|v| v * sign),
            // A fall of 15-20% runs from -20 to -15.
            min: if sign < 0.0 { q.max } else { q.min }.map(|v| v * sign),
            max: if sign < 0.0 { q.min } else { q.max }.map(|v| v * sign),
            unit,
            status,
            measure,
            baseline: after
                .find("so với")
                .filter(|&i| i < 40)
                .map(|i| phrase(&after[i + "so với".len()..])),
            reference: None,
            period: period(
                dates,
                s.start..s.end,
                start,
                q.norm.start,
                after.find("so với").map(|i| q.norm.end + i),
                status,
                plan_year,
                own_year,
            ),
        });
    }
    out
}

/// Whether an amount states a result, a target or an estimate rather
/// than a dimension, a norm or a share of people or land (a vote or a
/// family's figure is told by its sentence, before). `before` is its
/// clause up to it (lower case), `after` the rest of its sentence, `next`
/// its first forty chars after the amount (lower case), and `tax_before`
/// whether a tax or fee word comes before it in its sentence.
fn is_figure(
    q: &QuantityMatch,
    unit: Option<&str>,
    before: &str,
    after: &str,
    next: &str,
    tax_before: bool,
    listed: bool,
) -> bool {
    let unit = unit.unwrap_or("");
    // A hypothesis: "Nếu gieo cấy hết 240ha …".
    // An amount in the condition, not in what follows "thì" ("nếu tính
    // theo giá lúa … thì thiệt hại lên đến gần 700 tỷ đồng").
    if let Some(i) = before
        .rmatch_indices("nếu ")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || before[..i].ends_with(' '))
        && !before[i..].contains(" thì ")
    {
        return false;
    }
    if PARAMETER_WORDS.iter().any(|w| ends_with_word(before, w)) {
        return false;
    }
    // A lower bound that names a class counted after it: "số thí sinh
    // đạt từ 27 điểm trở lên là 184 em".
    if matches!(q.comparator, Some(">=" | ">"))
        && ["là", "có", "chiếm"].iter().any(|w| {
            starts_with_word(next, w)
                || next
                    .strip_prefix("trở lên")
                    .is_some_and(|r| starts_with_word(r.trim_start(), w))
        })
    {
        return false;
    }
    // A rate per unit, no total: "mỗi doanh nghiệp 10 lao động", "mỗi
    // tháng khoảng 2 triệu", "cứ 1% tăng trưởng"; a verb after "mỗi"
    // states a figure ("mỗi căn nhà sẽ có giá khoảng 400 triệu").
    if let Some(i) = ["mỗi", "cứ"]
        .iter()
        .flat_map(|w| before.match_indices(w))
        .filter(|&(i, w)| {
            (i == 0 || before[..i].ends_with(' '))
                && !before[i + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .map(|(i, w)| i + w.len())
        .max()
        && before[i..].split_whitespace().count() <= 2
        && !before[i..].split_whitespace().any(|w| PER_UNIT_VERBS.contains(&w))
    {
        return false;
    }
    // The terms of a rule for a class it names: "cắt giảm 80% số vốn …
    // đối với đơn vị giải ngân dưới 10%".
    let clause = &after[..memchr::memchr2(b';', b'.', after.as_bytes())
        .unwrap_or(after.len())];
    if let Some(rest) =
        memchr::memmem::find(clause.as_bytes(), "đối với".as_bytes())
            .map(|i| &clause[i..])
            .map(|r| {
                // The class ends at a comma or "và".
                let end = [r.find(','), r.find(" và ")]
                    .into_iter()
                    .flatten()
                    .min()
                    .unwrap_or(r.len());
                &r[..end]
            })
        && BOUND_WORDS.iter().any(|w| {
            rest.match_indices(w).any(|(i, _)| {
                rest[..i].ends_with(' ')
                    && rest[i + w.len()..].starts_with(' ')
                    && rest[i + w.len() + 1..]
                        .starts_with(|c: char| c.is_ascii_digit())
            })
        })
    {
        return false;
    }
    // The possessor of what is named before: "các thủ tục của gần 600
    // dự án".
    if matches!(q.kind, "measure" | "count") && ends_with_word(before, "của")
    {
        return false;
    }
    // The lower bound of a rule's bracket: "từ 2.300 tỷ đồng đến dưới
    // 5.000 tỷ đồng".
    if ["đến dưới", "tới dưới", "đến không quá"]
        .iter()
        .any(|w| starts_with_word(next, w))
    {
        return false;
    }
    match q.kind {
        "money" => {
            if is_norm_rate(q, before) {
                return false;
            } else if q.per.is_none()
                && unit == "VND"
                && q.value.or(q.max).is_some_and(|v| v < 1e6)
            {
                // Household sums ("400 ngàn đồng tiền thuê gặt").
                return false;
            }
        }
        "percent" | "percentage_point" => {
            if SHARE_OF
                .iter()
                .any(|w| starts_with_word(next, w) && !reached(before, w))
            {
                return false;
            }
            // Support norms and tax or fee rates: "hỗ trợ 40%", "thuế …
            // 2,2%", "thuế tiêu thụ đặc biệt với xe … là 15%". A change
            // ("thu thuế tăng 12%") or a share of the plan ("đạt 95% dự
            // toán") is a result.
            if is_norm_share(before) {
                return false;
            }
            let (_, measure) = change_of(before);
            if measure == "level"
                && !OF_PLAN.iter().any(|w| starts_with_word(next, w))
                && tax_before
            {
                return false;
            }
        }
        "measure" | "count" if ends_with_word(before, "đối với") => {
            // A topic ("Đối với 16 nhiệm vụ mà EVN chưa hoàn thành, …"),
            // not a tally.
            return false;
        }
        "measure" => {
            // A surface, a volume or a length is a dimension, but what a
            // verb of work or damage gives it is a tally: "hiến hơn
            // 12.000 m2 đất", "chở 9.500 m3 nước ngọt", "nạo vét 12 km
            // kênh".
            if PHYSICAL_UNITS.contains(&unit)
                && !(WORKED_UNITS.contains(&unit)
                    && WORK_VERBS.iter().any(|w| ends_with_word(before, w)))
            {
                return false;
            }
            // A population, not a result: "100 nghìn người dân sinh
            // sống ven biển".
            // (Also with their origin between: "hơn 5.000 người Hàn Quốc
            // sinh sống".)
            let lives = |r: &str| {
                ["sinh sống", "dân sinh sống", "đang sinh sống"]
                    .iter()
                    .any(|w| starts_with_word(r, w))
            };
            let later = next
                .match_indices(' ')
                .take(4)
                .any(|(k, _)| lives(&next[k + 1..]));
            if unit == "người" && (lives(next) || later) {
                return false;
            }
            // Staff by the hundred whom a verb of discipline, admission or
            // training counts are a tally ("thi hành kỷ luật 12.846 đảng
            // viên"); others are the people a story is about, or those who
            // attend ("hơn 1.500 cán bộ dự hội nghị").
            if STAFF_UNITS.contains(&unit)
                && q.value.is_some_and(|v| v >= 100.0)
                && STAFF_VERBS.iter().any(|w| ends_with_word(before, w))
            {
                return true;
            }
            if PLACE_AND_STAFF_UNITS.contains(&unit) {
                return STANDARD_MET.iter().any(|w| starts_with_word(next, w));
            }
            // "gấp 2,2 lần", "tăng lên gần ba lần": a multiple of a
            // figure; "3 lần kiến nghị" counts occasions.
            if unit == "lần" {
                let verb = before
                    .trim_end_matches(|c: char| c.is_whitespace())
                    .trim_end_matches("gần")
                    .trim_end_matches("khoảng")
                    .trim_end();
                return ["gấp", "tăng", "tăng lên", "giảm"]
                    .iter()
                    .any(|w| ends_with_word(verb, w));
            }
            // A few named things ("2 dự án trên", "5 thành phố"), not a
            // tally; but a toll ("3 người mất tích") or an item of a list
            // of figures is one.
            // (Cases that happened are a tally however few: "xảy ra 5
            // vụ", "ghi nhận 2 ca"; not "mất 2 vụ lúa", "3 ca, 4 kíp". A
            // change is a figure however small: "tăng 2,1 điểm".)
            let cases = matches!(unit, "vụ" | "vụ việc" | "ca")
                && CASE_VERBS.iter().any(|w| ends_with_word(before, w));
            if !matches!(unit, "ha" | "tấn" | "tạ" | "lần" | "kWh")
                && !cases
                && change_of(before).1 != "change"
                && q.value.or(q.max).is_some_and(|v| v <= 5.0)
                && !listed
                && !TOLL_WORDS.iter().any(|w| starts_with_word(next, w))
                && !TOLL_BEFORE.iter().any(|w| ends_with_word(before, w))
            {
                return false;
            }
        }
        _ => {}
    }
    true
}

/// Verbs before a few cases that make them a tally: "xảy ra 5 vụ".
const CASE_VERBS: &[&str] = &[
    "xảy ra",
    "phát hiện",
    "khởi tố",
    "bắt giữ",
    "xử lý",
    "ghi nhận",
    "phát sinh",
    "điều tra",
    "xét xử",
    "mắc",
];

/// Words before a count of people that make it a toll: "làm chết 4
/// người".
const TOLL_BEFORE: &[&str] = &[
    "làm chết",
    "làm bị thương",
    "làm thiệt mạng",
    "làm tử vong",
    "làm",
    "khiến",
];

/// Words after a count of people (the amount "3 người", "2 ca") that
/// make it a toll: "3 người mất tích", "2 ca tử vong".
const TOLL_WORDS: &[&str] =
    &["chết", "tử vong", "mất tích", "bị thương", "thiệt mạng"];

/// Whether `between`, the text from one amount to the next, makes the
/// next an item of a list of figures: the first one's noun and a comma
/// or "và", no more than six words ("6 người chết, 3 người").
fn list_item_after(between: &str) -> bool {
    let Some(noun) = between
        .strip_suffix(", ")
        .or_else(|| between.strip_suffix(" và "))
        .or_else(|| between.strip_suffix(", và "))
    else {
        return false;
    };
    noun.split_whitespace().count() <= 6
        && !noun.contains([',', ';', '.', '(', ')', ':'])
        && !noun.bytes().any(|b| b.is_ascii_digit())
}

/// The currency of a bare scaled amount ("20.000 tỷ", "211 tỷ"): the
/// currency of the nearest money amount in the text around it, else
/// đồng for "tỷ".
fn implied_currency(
    text: &str,
    quantities: &[QuantityMatch],
    at: usize,
) -> Option<&'static str> {
    let q = &quantities[at];
    let written = crate::normalize::lower(&text[q.norm.clone()]);
    if !["tỷ", "tỉ", "triệu"].iter().any(|w| contains_word(&written, w))
    {
        return None;
    }
    // A count of things in millions: "1,2 triệu tài khoản", "4 triệu cổ
    // phiếu".
    let rest = &text[q.norm.end..];
    let next = crate::normalize::lower(&rest[..char_prefix(rest, 24)]);
    if COUNTED_IN_MILLIONS
        .iter()
        .any(|w| starts_with_word(next.trim_start(), w))
    {
        return None;
    }
    const NEAR: usize = 400;
    let before = quantities[..at]
        .iter()
        .rev()
        .take_while(|p| p.norm.end + NEAR >= q.norm.start)
        .find(|p| p.kind == "money");
    let after = quantities[at + 1..]
        .iter()
        .take_while(|p| p.norm.start <= q.norm.end + NEAR)
        .find(|p| p.kind == "money");
    let nearest = match (before, after) {
        (Some(b), Some(a)) => {
            if q.norm.start - b.norm.end <= a.norm.start - q.norm.end {
                b
            } else {
                a
            }
        }
        (Some(b), None) => b,
        (None, Some(a)) => a,
        // "tỷ" alone is "tỷ đồng" in Vietnamese news.
        (None, None)
            if ["tỷ", "tỉ"].iter().any(|w| contains_word(&written, w)) =>
        {
            return Some("VND");
        }
        (None, None) => return None,
    };
    match nearest.unit.as_deref() {
        Some("VND") => Some("VND"),
        Some("USD") => Some("USD"),
        Some("EUR") => Some("EUR"),
        _ => None,
    }
}

/// Things news counts in millions or billions, which make an amount no
/// money: "4 triệu cổ phiếu", "1,2 triệu tài khoản".
const COUNTED_IN_MILLIONS: &[&str] = &[
    "cổ phiếu",
    "cổ phần",
    "trái phiếu",
    "tài khoản",
    "thuê bao",
    "liều",
    "thẻ",
    "sản phẩm",
    "chai",
    "hộp",
    "viên",
    "cây",
    "con",
    "chiếc",
    // People, and the papers and dealings of people.
    "người",
    "khách",
    "hành khách",
    "lượt",
    "hộ",
    "học sinh",
    "lao động",
    "cử tri",
    "thành viên",
    "hội viên",
    "đảng viên",
    "đoàn viên",
    "tờ khai",
    "hồ sơ",
    "giao dịch",
    "văn bản",
    "đơn",
    "cuộc gọi",
    "tin nhắn",
];

/// Words before money per unit that state the level a price or a yield
/// reaches ("vùng cây trồng đạt trên 600 triệu đồng/ha/năm", "giảm giá
/// nhà ở xã hội xuống còn 5 - 6 triệu đồng/m2", "dự án có giá 8,6 triệu
/// đồng/m2").
const PRICE_LEVEL_VERBS: &[&str] =
    &["đạt", "xuống còn", "giảm còn", "chỉ còn", "có giá"];

/// Whether money per unit is a norm or a price ("hỗ trợ 40 triệu
/// đồng/ha", "100 nghìn đồng/m2") rather than a level: a rate per
/// hectare, square metre or project, unless stated as what something
/// reached ("vùng cây trồng đạt trên 600 triệu đồng/ha/năm"). Money per
/// year, month, person or household is an income or a level.
fn is_norm_rate(q: &QuantityMatch, before: &str) -> bool {
    let Some(per) = q.per.as_deref().filter(|_| q.kind == "money") else {
        return false;
    };
    let first = crate::normalize::lower(per.split('/').next().unwrap_or(""));
    let before = crate::normalize::lower(before.trim_end());
    !LEVEL_RATES.contains(&first.as_str())
        && !PRICE_LEVEL_VERBS.iter().any(|w| ends_with_word(&before, w))
}

/// Whether a percentage after `before` is a sharing or support norm
/// ("trung ương hưởng 100%", "hỗ trợ 50%") rather than a result.
fn is_norm_share(before: &str) -> bool {
    crate::normalize::with_lower(before.trim_end(), |b| {
        ["hưởng", "hỗ trợ"].iter().any(|w| ends_with_word(b, w))
    })
}

/// Whether a percentage bound right after an indicator, or after a verb
/// of keeping it there, states where it stands: "nợ xấu dưới 2%", "tỷ lệ
/// nợ xấu được kiểm soát ở mức dưới 3%"; not the bound of a class that
/// has it ("các xã có tỷ lệ hộ nghèo dưới 10%").
fn bound_held(q: &QuantityMatch, before: &str, between: &str) -> bool {
    // ("không quá 3%", "tối đa 3%" word a ceiling a rule sets.)
    q.kind == "percent"
        && q.comparator == Some("<")
        && !crate::normalize::with_lower(last_words(before, 1), |w| {
            matches!(w, "có" | "với" | "mà" | "nào")
        })
        && crate::normalize::with_lower(between.trim(), |b| {
            [
                "",
                "ở mức",
                "được kiểm soát",
                "được kiểm soát ở mức",
                "được duy trì ở mức",
                "duy trì ở mức",
                "vẫn ở mức",
                "tiếp tục ở mức",
            ]
            .contains(&b)
        })
}

/// Whether a share of the population is a coverage reached, the verb
/// right before the amount saying so: "tỷ lệ bao phủ bảo hiểm y tế đạt
/// 95,2% dân số" (but "80% dân số là đồng bào").
fn reached(before: &str, share_of: &str) -> bool {
    share_of == "dân số"
        && crate::normalize::with_lower(before.trim_end(), |b| {
            ["đạt", "đạt được", "đạt trên", "đạt hơn", "bao phủ"]
                .iter()
                .any(|v| ends_with_word(b, v))
        })
}

/// Conjunctions that open a clause before the phrase that names a
/// figure.
const CLAUSE_OPENERS: &[&str] =
    &["còn", "và", "nhưng", "trong khi", "song", "tuy nhiên", "riêng"];

/// Words that name a tax or a fee: a percentage in their sentence is
/// its rate.
const TAX_WORDS: &[&str] =
    &["thuế", "thuế suất", "lệ phí", "mức phí", "phí trước bạ"];

/// Words that a hit's last word makes another word with: "thu" in "thu
/// nhập", "thu hút", "thu hồi"; "chi" in "chi phí", "chi nhánh".
const COMPOUNDS: &[(&str, &[&str])] = &[
    ("thu", &["nhập", "hút", "hồi", "hoạch", "gom", "mua", "thập", "xếp"]),
    ("chi", &["phí", "tiết", "nhánh", "cục", "bộ", "hội", "viện", "tiêu"]),
];

/// Whether the hit `hit` ends inside a longer word that the text `after`
/// completes ("tổng thu" + "nhập").
fn splits_a_word(hit: &str, after: &str) -> bool {
    let last = crate::normalize::lower(hit.rsplit(' ').next().unwrap_or(hit));
    let Some((_, nexts)) = COMPOUNDS.iter().find(|(w, _)| *w == last) else {
        return false;
    };
    if after.starts_with(|c: char| !c.is_whitespace()) {
        return false;
    }
    nexts.iter().any(|n| starts_with_word(after.trim_start(), n))
}

/// Words that end the noun a bare count counts ("189 tổ hợp tác với
/// …", "7.500 thẻ bảo hiểm y tế và …").
const NOUN_ENDS: &[&str] = &[
    "với", "và", "cho", "của", "tại", "trong", "được", "đã", "có", "thuộc",
    "ở", "trên", "để", "đạt", "tăng", "giảm", "so", "là", "chiếm", "từ",
    "đến", "nhưng", "mà", "thì", "này", "đó", "trị", "tổng", "đang", "bị",
    "sẽ", "vừa", "mới", "chưa", "không", "cần", "phải", "gồm", "như", "hiện",
    "còn", "loại", "vào", "ra", "về",
];

/// Verbs of two words that end the noun after a count: "5 triệu khách
/// hàng sử dụng dịch vụ".
const NOUN_END_VERBS: &[&str] = &[
    "sử dụng",
    "tham gia",
    "tham dự",
    "đăng ký",
    "thực hiện",
    "tiếp cận",
    "hưởng lợi",
    "điều chỉnh",
];

/// The noun after a bare count: up to four words, up to a punctuation
/// mark, a word of [`NOUN_ENDS`] or a verb of [`NOUN_END_VERBS`]; none
/// when a number or a capital follows (a name, not a tally).
fn counted_noun(after: &str) -> Option<&str> {
    let t = after.trim_start();
    let stop =
        t.find([',', ';', '.', '(', ')', ':', '\n', '"', '“', '”', '…']);
    let t = &t[..stop.unwrap_or(t.len())];
    let mut end = 0;
    for (k, w) in t.split(' ').enumerate() {
        let at = w.as_ptr() as usize - t.as_ptr() as usize;
        let lower = crate::normalize::lower(w);
        if k == 4
            || w.is_empty()
            || NOUN_ENDS.contains(&lower.as_str())
            || NOUN_END_VERBS.iter().any(|v| starts_with_word(&t[at..], v))
            || !w.chars().all(char::is_alphabetic)
            || w.chars().next().is_some_and(char::is_uppercase)
        {
            break;
        }
        end = w.as_ptr() as usize - t.as_ptr() as usize + w.len();
    }
    (end > 0).then(|| &t[..end])
}

/// Nouns that a classifier counts ("197.697 lượt công dân", "431 lượt
/// đoàn"): the unit is the classifier with its noun.
const COUNTED_NOUNS: &[&str] = &[
    "tàu cá",
    "dự án",
    "công dân",
    "doanh nghiệp",
    "khách hàng",
    "người",
    "hộ",
    "đoàn",
    "xe",
    "tàu",
    "khách",
    "bệnh nhân",
    "học sinh",
    "lao động",
    "hội viên",
    "thành viên",
];

/// Nouns that news counts in pairs, the second after a comma.
const PAIRED_NOUNS: &[(&str, &str)] = &[
    ("vụ", "việc"),
    ("xã", "phường"),
    ("sở", "ngành"),
    ("cơ quan", "đơn vị"),
    ("tổ chức", "cá nhân"),
];

/// The unit of an amount as a count names it: a classifier takes the noun
/// it counts ("lượt" + "công dân", "chuyến" + "hàng"), a household is a
/// household whatever its kind ("hộ nghèo" → "hộ"), "hộ kinh doanh" is a
/// business, not a household, and an abbreviation is kept as written
/// ("1,6 nghìn DN", "33 CCN"). `written` is the amount as written,
/// `after` the text after it.
fn counted_unit(
    q: &QuantityMatch,
    written: &str,
    after: &str,
) -> Option<String> {
    let unit = q.unit.as_deref()?;
    let next = after.trim_start();
    match unit {
        "lượt" => {
            if let Some(n) = COUNTED_NOUNS
                .iter()
                .filter(|n| starts_with_word(next, n))
                .max_by_key(|n| n.len())
            {
                return Some(format!("lượt {n}"));
            }
            if let Some(n) = counted_noun(after) {
                return Some(format!("lượt {n}"));
            }
        }
        "chuyến" | "phiên" => {
            if let Some(n) = counted_noun(after) {
                let first = n.split(' ').next().unwrap_or(n);
                return Some(format!("{unit} {first}"));
            }
        }
        "lượt khách" if starts_with_word(next, "hàng") => {
            return Some("lượt khách hàng".into());
        }
        "hộ nghèo" | "hộ cận nghèo" => return Some("hộ".into()),
        "hộ" if starts_with_word(next, "kinh doanh") => {
            return Some("hộ kinh doanh".into());
        }
        _ => {}
    }
    // Nouns counted in pairs, joined by a comma: "18.452 vụ, việc", "52
    // xã, phường, thị trấn".
    if let Some(second) = PAIRED_NOUNS
        .iter()
        .filter(|(first, _)| *first == unit)
        .find_map(|(_, second)| {
            let r = after.strip_prefix(", ")?;
            (starts_with_word(r, second)
                && !r[second.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit()))
            .then_some(*second)
        })
    {
        let rest = &after[", ".len() + second.len()..];
        let third = rest
            .strip_prefix(", thị trấn")
            .filter(|r| !r.starts_with(char::is_alphanumeric))
            .map_or("", |_| ", thị trấn");
        return Some(format!("{unit}, {second}{third}"));
    }
    if q.kind == "measure"
        && let Some(abbr) =
            written.split('/').next().unwrap_or(written).split(' ').rev().find(
                |w| {
                    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
                },
            )
    {
        return Some(abbr.to_string());
    }
    Some(unit.to_string())
}

/// Whether the amount after `before` (lower case) is a change: "tăng
/// 12%", "giảm đến 8,2%" (a fall is negative); "tăng lên 45%", "giảm
/// còn 6,4%", "tăng gấp 2 lần" and "tăng trưởng 14%" are levels.
fn change_of(before: &str) -> (f64, &'static str) {
    // The last of the last three words that is not one of those that
    // may stand between the verb and its amount.
    let verb = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(3)
        .find(|w| !matches!(*w, "đến" | "tới" | "thêm" | "được" | "chỉ"));
    match verb {
        Some("giảm") => return (-1.0, "change"),
        Some("tăng") => return (1.0, "change"),
        _ => {}
    }
    // The verb before the indicator it changes: "giảm tỷ lệ hộ nghèo
    // 0,8%"; but "giảm tỷ lệ hộ nghèo xuống còn 2%" and "tốc độ tăng
    // trưởng 7%" state a level.
    let words: Vec<&str> = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(7)
        .collect();
    for (k, w) in words.iter().enumerate() {
        // (An amount between is the verb's own: "giảm 43,2% và chỉ hoàn
        // thành 71,5% kế hoạch".)
        if matches!(
            *w,
            "xuống" | "còn" | "lên" | "đạt" | "mức" | "là" | "từ" | "bằng"
        ) || w.bytes().any(|b| b.is_ascii_digit())
        {
            break;
        }
        // (The word after the verb, in text order, comes before it here.)
        let next = k.checked_sub(1).map(|n| words[n]);
        match *w {
            "giảm" if next != Some("nghèo") && next.is_some() => {
                return (-1.0, "change");
            }
            "tăng" if next != Some("trưởng") && next.is_some() => {
                return (1.0, "change");
            }
            _ => {}
        }
    }
    (1.0, "level")
}

/// Where each whole-word `w` of `s` ends.
fn word_ends<'a>(s: &'a str, w: &'a str) -> impl Iterator<Item = usize> + 'a {
    s.match_indices(w).filter_map(move |(i, _)| {
        let whole =
            !s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
                && !s[i + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
        whole.then_some(i + w.len())
    })
}

/// Whether `s` holds `w` as whole words.
fn contains_word(s: &str, w: &str) -> bool {
    word_ends(s, w).next().is_some()
}

/// Whether `s` ends with the word(s) `w`, on a word boundary.
// Inlined: it is asked of long lists of words, and the last byte rules
// out most of them without a call to compare the rest.
#[inline(always)]
fn ends_with_word(s: &str, w: &str) -> bool {
    s.as_bytes().last() == w.as_bytes().last() && ends_with_word_at_end(s, w)
}

/// [`ends_with_word`] past the check of the last byte.
fn ends_with_word_at_end(s: &str, w: &str) -> bool {
    s.ends_with(w)
        && !s[..s.len() - w.len()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Where the clause that ends `s` starts: past its last comma,
/// semicolon (not a decimal comma), opening bracket, colon, quote or
/// line break.
fn last_clause_mark(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        match b[i] {
            // A comma between digits is a decimal one ("5,2%").
            b',' if i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            b',' | b';' | b'(' | b':' | b'"' | b'\n' => return Some(i + 1),
            // The last byte of “ (U+201C).
            0x9c if i >= 2 && b[i - 2..i] == [0xe2, 0x80] => {
                return Some(i + 1);
            }
            _ => {}
        }
    }
    None
}

/// The length in bytes of the first `n` chars of `s` (all of it when
/// shorter).
fn char_prefix(s: &str, n: usize) -> usize {
    let mut count = 0;
    for (i, &x) in s.as_bytes().iter().enumerate() {
        // A byte that starts a char.
        if x & 0xc0 != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    s.len()
}

/// The last `n` words of `s`, as a slice of it.
fn last_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    let mut start = s.len();
    for (i, _) in s.match_indices(char::is_whitespace).rev() {
        if s[i + 1..start].trim().is_empty() {
            start = i;
            continue;
        }
        count += 1;
        if count == n {
            return s[i + 1..].trim();
        }
        start = i;
    }
    s.trim()
}

/// The first `n` words of `s`, as a slice of it (leading space left out).
fn last_words_front(s: &str, n: usize) -> &str {
    let t = s.trim_start();
    let mut end = t.len();
    for (k, (i, _)) in t.match_indices(char::is_whitespace).enumerate() {
        if k + 1 == n {
            end = i;
            break;
        }
    }
    t[..end].trim_end()
}

/// Where the clause that starts at `from` ends: a semicolon, a colon or
/// the sentence end (`stop`); commas do not end it ("đạt 3.200 USD, tăng
/// 5%").
fn clause_end(text: &str, from: usize, stop: usize) -> usize {
    text[from..stop].find([';', '\n']).map_or(stop, |i| from + i)
}

/// Whether `s` starts with the word(s) `w` (lower case), whatever the
/// case of `s`, on a word boundary.
fn starts_with_word(s: &str, w: &str) -> bool {
    // Most calls fail on a first char that is ASCII: its lower case is
    // its only form, which must then be the first byte of `w`.
    if let (Some(&x), Some(&y)) = (s.as_bytes().first(), w.as_bytes().first())
        && x < 0x80
        && x.to_ascii_lowercase() != y
    {
        return false;
    }
    let mut rest = s.chars();
    for wc in w.chars() {
        match rest.next() {
            Some(c) if c == wc || c.to_lowercase().eq(std::iter::once(wc)) => {
            }
            _ => return false,
        }
    }
    !rest.next().is_some_and(char::is_alphanumeric)
}

/// Words that state a result done ("đã giải ngân", "hoàn thành 100% kế
/// hoạch"): after the last plan cue of a clause they make it a result.
const RESULT_CUES: &[&str] = &["đã", "hoàn thành", "mới đạt"];

/// `target`, `estimate` or `result`, from the words of the sentence
/// before the indicator and in its clause up to the amount. The clause
/// decides first, by its cue nearest the amount: a result cue after its
/// plan cues ("đã hoàn thành toàn bộ 16 nhiệm vụ") states a result
/// whatever the sentence set out before.
fn status(
    text: &str,
    cues: &Cues,
    before: Range<usize>,
    clause: Range<usize>,
) -> &'static str {
    // The cue nearest the amount governs: "Dự báo năm 2023 khó khăn …,
    // mục tiêu GRDP đạt 11%" sets a target.
    let nearest = |[est, tgt, res]: [Option<usize>; 3]| {
        [(est, "estimate"), (tgt, "target"), (res, "result")]
            .into_iter()
            .filter_map(|(at, s)| at.map(|at| (at, s)))
            .max_by_key(|(at, _)| *at)
            .map(|(_, s)| s)
    };
    if let Some(s) = nearest(cues.within(text, clause)) {
        return s;
    }
    let [est, tgt, _] = cues.within(text, before);
    nearest([est, tgt, None]).unwrap_or("result")
}

/// The estimate, target and result cues of each sentence of a document,
/// found on first use: [`link`] and [`unnamed`] read the same sentences.
#[derive(Debug, Default)]
pub struct SentenceCues(Vec<Option<Cues>>);

impl SentenceCues {
    /// None found yet, with room for `n` sentences.
    pub fn with_sentences(n: usize) -> SentenceCues {
        SentenceCues(Vec::with_capacity(n))
    }

    /// The cues of sentence `k`, `text[s]`.
    fn of(&mut self, text: &str, k: usize, s: &Range<usize>) -> &Cues {
        if self.0.len() <= k {
            self.0.resize_with(k + 1, || None);
        }
        self.0[k].get_or_insert_with(|| Cues::of(text, s.clone()))
    }
}

/// The cue words of a sentence, found in one pass over it. The estimate,
/// target and result cues, wherever they occur: [`Cues::within`] keeps
/// those that are whole words of a part. Whether the sentence makes its
/// figures personal (a family's assets, [`PRIVATE_CUES`]; a count of
/// ballots, "phiếu" as a word not in the name of one of the
/// [`SECURITIES`]: "vốn trái phiếu Chính phủ"), and where its tax or fee
/// words ([`TAX_WORDS`]) end. The cues are lower case; a capital may open
/// a sentence ("Mục tiêu"), and a headline may write the personal and tax
/// words in capitals.
#[derive(Debug)]
struct Cues {
    /// (start, end, class) in the text, in the order found.
    found: Vec<(usize, usize, usize)>,
    /// Whether the sentence's figures are personal.
    private: bool,
    /// Where its tax or fee words end, in the text.
    taxes: Vec<usize>,
    /// Where its words of seizing or awarding start, in the text.
    seized: Vec<usize>,
    /// Where its words of giving support or gifts start, in the text.
    given: Vec<usize>,
}

/// The classes of [`Cues`] beyond the estimate (0), target (1) and result
/// (2) cues, as bits of a pattern's classes.
const PRIVATE: u8 = 1 << 3;
const TAX: u8 = 1 << 4;
const BALLOT: u8 = 1 << 5;
const SEIZED: u8 = 1 << 6;
const GIVE: u8 = 1 << 7;

impl Cues {
    /// The cues of `text[s]`.
    fn of(text: &str, s: Range<usize>) -> Cues {
        // The patterns, each with the bits of its classes.
        static CUES: LazyLock<(AhoCorasick, Vec<u8>)> = LazyLock::new(|| {
            let mut patterns: Vec<(String, u8)> = Vec::new();
            let mut add = |w: String, bits: u8| match patterns
                .iter_mut()
                .find(|(p, _)| *p == w)
            {
                Some((_, b)) => *b |= bits,
                None => patterns.push((w, bits)),
            };
            let all = ESTIMATE_CUES
                .iter()
                .map(|w| (w, 1))
                .chain(TARGET_CUES.iter().map(|w| (w, 2)))
                .chain(RESULT_CUES.iter().map(|w| (w, 4)))
                .chain(PRIVATE_CUES.iter().map(|w| (w, PRIVATE)))
                .chain(TAX_WORDS.iter().map(|w| (w, TAX)))
                .chain([("phiếu", BALLOT)].iter().map(|(w, b)| (w, *b)))
                .chain(SEIZED_OR_AWARDED.iter().map(|w| (w, SEIZED)))
                .chain(GIVEN.iter().map(|w| (w, GIVE)));
            for (w, bits) in all {
                let mut chars = w.chars();
                let cap: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(chars)
                    .collect();
                add(cap, bits);
                if bits > 4 {
                    add(w.to_uppercase(), bits);
                }
                add(w.to_string(), bits);
            }
            let ac = super::scanner()
                .build(patterns.iter().map(|(p, _)| p))
                .expect("cues are valid");
            (ac, patterns.into_iter().map(|(_, b)| b).collect())
        });
        let (ac, class) = &*CUES;
        let sentence = &text[s.clone()];
        let mut cues = Cues {
            found: Vec::new(),
            private: false,
            taxes: Vec::new(),
            seized: Vec::new(),
            given: Vec::new(),
        };
        for m in ac.find_overlapping_iter(sentence) {
            let (i, e) = (m.start(), m.end());
            let bits = class[m.pattern().as_usize()];
            for c in 0..3 {
                if bits & 1 << c != 0 {
                    cues.found.push((s.start + i, s.start + e, c));
                }
            }
            if bits < PRIVATE {
                continue;
            }
            let whole = !sentence[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !sentence[e..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !whole {
                continue;
            }
            if bits & PRIVATE != 0 {
                cues.private = true;
            }
            // (Profit "trước thuế" or "sau thuế" states no tax.)
            if bits & TAX != 0
                && !["trước ", "sau "]
                    .iter()
                    .any(|w| sentence[..i].ends_with(w))
            {
                cues.taxes.push(s.start + e);
            }
            if bits & SEIZED != 0 {
                cues.seized.push(s.start + i);
            }
            if bits & GIVE != 0 {
                cues.given.push(s.start + i);
            }
            // A ballot, not a security.
            if bits & BALLOT != 0 {
                let before =
                    crate::normalize::lower_tail(sentence[..i].trim_end(), 5);
                if !SECURITIES.iter().any(|w| ends_with_word(&before, w)) {
                    cues.private = true;
                }
            }
        }
        cues
    }

    /// Where the last estimate cue, target cue and result cue inside
    /// `text[part]` start, as whole words of that part (its ends are word
    /// ends). `part` lies in the sentence the cues were found in.
    fn within(&self, text: &str, part: Range<usize>) -> [Option<usize>; 3] {
        let mut last = [None; 3];
        for &(start, end, c) in &self.found {
            if start < part.start || end > part.end {
                continue;
            }
            let before = text[part.start..start].chars().next_back();
            let after = text[end..part.end].chars().next();
            if before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            last[c] = last[c].max(Some(start));
        }
        last
    }
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
#[allow(clippy::too_many_arguments)]
fn period(
    dates: &[DateMatch],
    s: Range<usize>,
    ind: usize,
    at: usize,
    baseline: Option<usize>,
    status: &str,
    plan_year: Option<&str>,
    own_year: Option<&str>,
) -> Option<String> {
    // In the indicator's clause first, then before it in the sentence;
    // never in what the amount is compared with ("so với năm trước").
    let of_kind = |d: &&DateMatch| {
        matches!(d.kind, "year" | "quarter" | "half" | "range" | "month")
            && baseline.is_none_or(|b| d.norm.start < b)
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

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use crate::pipeline::{Meta, Options, Pipeline};

    static PIPELINE: LazyLock<Pipeline> =
        LazyLock::new(|| Pipeline::new(Options::default()).unwrap());

    #[test]
    fn starts_with_word_whatever_the_case_of_the_first_char() {
        use super::starts_with_word;
        assert!(starts_with_word("Mục tiêu đạt", "mục tiêu"));
        assert!(starts_with_word("mục tiêu", "mục tiêu"));
        assert!(starts_with_word("Đến dưới 5", "đến dưới"));
        assert!(starts_with_word(" anything", ""));
        assert!(!starts_with_word("anything", ""));
        assert!(!starts_with_word("mục tiêuX", "mục tiêu"));
        assert!(!starts_with_word("Nục tiêu", "mục tiêu"));
        assert!(!starts_with_word("đến", "dến"));
        assert!(!starts_with_word("d", "đ"));
        assert!(!starts_with_word("", "a"));
    }

    /// (comparator, value, unit, status, measure) of the targets of `text`.
    fn targets(
        text: &str,
    ) -> Vec<(String, Option<f64>, String, String, String)> {
        let meta = Meta { id: None, date: Some("2017-07-01".into()) };
        let doc = PIPELINE.extract_bytes(text.as_bytes(), &meta).unwrap();
        let s = |f: &crate::output::Fact, k: &str| {
            f.fields.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string()
        };
        doc.facts
            .iter()
            .filter(|f| f.kind == "target")
            .map(|f| {
                (
                    s(f, "comparator"),
                    f.fields.get("value").and_then(|v| v.as_f64()),
                    s(f, "unit"),
                    s(f, "status"),
                    s(f, "measure"),
                )
            })
            .collect()
    }

    /// Phrasings of Vietnamese economic news, and the figure each states:
    /// (text, comparator, value, unit, status, measure).
    #[rustfmt::skip]
    const FIGURES: &[(&str, &str, f64, &str, &str, &str)] = &[
        ("Thu ngân sách ước đạt 2.500 tỷ đồng.", "=", 2.5e12, "VND", "estimate", "level"),
        ("Tỉnh đã bồi thường gần 5.500 tỷ đồng cho người dân.", "~", 5.5e12, "VND", "result", "level"),
        ("Doanh thu tăng hơn 12% so với cùng kỳ năm ngoái.", ">", 12.0, "%", "result", "change"),
        ("Trong đó, khai khoáng giảm đến 8,2%.", "=", -8.2, "%", "result", "change"),
        ("Tỷ lệ hộ nghèo giảm còn 6,4%.", "=", 6.4, "%", "result", "level"),
        ("Toàn tỉnh còn 214 ổ dịch đang hoạt động.", "=", 214.0, "ổ dịch", "result", "level"),
        ("Năm 2025 phấn đấu giảm tỷ lệ hộ nghèo 0,8%.", "=", -0.8, "%", "target", "change"),
        ("Tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.", "=", -0.5, "%", "result", "change"),
        ("Công ty phát hành 4 triệu cổ phiếu ESOP, thu 40 tỷ đồng.", "=", 4e6, "cổ phiếu", "result", "level"),
        ("Năm 2025 phấn đấu giảm tỷ lệ hộ nghèo xuống còn 2%.", "=", 2.0, "%", "target", "level"),
        ("Xã giảm số vụ phạm pháp hình sự 12% so với năm trước.", "=", -12.0, "%", "result", "change"),
        ("Vốn đầu tư tăng lên gần ba lần so với dự toán.", "~", 3.0, "lần", "result", "level"),
        ("Đến nay, huyện đã có 39 xã đạt chuẩn nông thôn mới.", "=", 39.0, "xã", "result", "level"),
        ("Hiện còn 248 tỷ đồng chưa thực hiện chi trả.", "=", 2.48e11, "VND", "result", "level"),
        ("Thu nội địa chỉ có khoảng hơn 20.000 tỷ, còn lại là thu từ dầu thô.", ">", 2e13, "VND", "result", "level"),
        ("Lực lượng thanh tra đã tiếp 3.278 lượt công dân.", "=", 3278.0, "lượt công dân", "result", "level"),
        ("Toàn tỉnh có 189 tổ hợp tác.", "=", 189.0, "tổ hợp tác", "result", "level"),
        ("Năm 2017, ngân hàng phấn đấu thu nợ khoảng 45.000 tỷ đồng.", "~", 4.5e13, "VND", "target", "level"),
        ("Tổng mức đầu tư dự kiến hơn 1.754 tỷ đồng.", ">", 1.754e12, "VND", "estimate", "level"),
        ("Cần 340 tỷ đồng để khắc phục sạt lở.", "=", 3.4e11, "VND", "target", "level"),
        ("Có những vùng cây trồng đạt trên 600 triệu đồng/ha/năm.", ">", 6e8, "VND", "result", "level"),
        ("Giải ngân vốn đầu tư công mới đạt 26% kế hoạch.", "=", 26.0, "%", "result", "level"),
        ("Các đơn vị đã thi hành xong trên 2.700 tỷ đồng.", ">", 2.7e12, "VND", "result", "level"),
        ("Kế hoạch đề ra là 60.000 tỷ đồng.", "=", 6e13, "VND", "target", "level"),
        ("Giải ngân vốn trái phiếu Chính phủ là 30.074,2 tỷ đồng, đạt 67,2% kế hoạch.", "=", 67.2, "%", "result", "level"),
        ("Kinh phí đầu tư khoảng 47.520 tỷ đồng (tương đương 2,160 tỷ USD).", "~", 2.16e9, "USD", "result", "level"),
        ("Cơ quan chức năng đã cấp gần 18.000 lượt visa điện tử.", "~", 18000.0, "lượt visa điện tử", "result", "level"),
        ("Toàn tỉnh có 33 CCN đã thực hiện các bước đầu tư.", "=", 33.0, "CCN", "result", "level"),
        ("Xã đã đạt 404/495 tiêu chí.", "=", 404.0, "tiêu chí", "result", "level"),
        ("Tỉnh đề nghị giảm giá nhà ở xã hội xuống còn 6 triệu đồng/m2.", "=", 6e6, "VND", "target", "level"),
        ("Tổ chức trên 300 chuyến hàng lưu động.", ">", 300.0, "chuyến hàng", "result", "level"),
        ("Thu ngân sách đạt 62,5 tỷ đồng, vượt 14% dự toán.", "=", 14.0, "%", "result", "level"),
        ("Nhà máy sản xuất 96 triệu kWh, vượt 3% so với kế hoạch.", "=", 3.0, "%", "result", "level"),
        ("Kim ngạch xuất khẩu vượt 1 tỷ USD.", ">", 1e9, "USD", "result", "level"),
        ("Mỗi năm, tỉnh hỗ trợ 50 tỷ đồng cho các xã.", "=", 5e10, "VND", "result", "level"),
        ("Giá trị sản xuất cao hơn 20% so với năm 2024.", "=", 20.0, "%", "result", "change"),
        ("Nhân dân hiến hơn 12.000 m2 đất để làm đường.", ">", 12000.0, "m2", "result", "level"),
        ("Trên tuyến đường sắt xảy ra 5 vụ tai nạn, làm chết 4 người.", "=", 5.0, "vụ", "result", "level"),
        ("Trên tuyến đường sắt xảy ra 5 vụ tai nạn, làm chết 4 người.", "=", 4.0, "người", "result", "level"),
        ("Lực lượng chức năng kiểm soát 36.800 lượt tàu cá.", "=", 36800.0, "lượt tàu cá", "result", "level"),
        ("Ngân hàng có 5 triệu khách hàng sử dụng dịch vụ.", "=", 5e6, "khách hàng", "result", "level"),
        ("Biên lợi nhuận sau thuế đạt 10,2%.", "=", 10.2, "%", "result", "level"),
        ("Năm 2025 phấn đấu giảm tỷ lệ hộ nghèo bình quân 1%/năm.", "=", -1.0, "%", "target", "change"),
        ("Phấn đấu thu hút 700 triệu USD vốn FDI trở lên.", ">=", 7e8, "USD", "target", "level"),
        ("Trung tâm đã chở hơn 9.500 m3 nước ngọt cho người dân.", ">", 9500.0, "m3", "result", "level"),
        ("Ủy ban Kiểm tra đã thi hành kỷ luật 12.846 đảng viên.", "=", 12846.0, "đảng viên", "result", "level"),
        ("Thu nhập bình quân thấp hơn 5% so với cùng kỳ.", "=", -5.0, "%", "result", "change"),
        ("Doanh thu đạt 500 tỷ đồng, cao hơn 12% so với năm trước.", "=", 12.0, "%", "result", "change"),
        ("Năm 2025 phấn đấu tỷ lệ lạm phát thấp hơn 4%.", "<", 4.0, "%", "target", "level"),
        ("Đoàn đã tặng 300 suất quà với tổng trị giá 150 triệu đồng.", "=", 1.5e8, "VND", "result", "level"),
        ("Có 26 tàu thuyền bị chìm.", "=", 26.0, "tàu thuyền", "result", "level"),
        ("Tỉnh trao 2.000 suất quà cho các hộ.", "=", 2000.0, "suất quà", "result", "level"),
        ("Năm qua, tòa đã xét xử 5.087 bị cáo.", "=", 5087.0, "bị cáo", "result", "level"),
        ("Tỉnh có 167 lượt dự án điều chỉnh tăng vốn.", "=", 167.0, "lượt dự án", "result", "level"),
        ("Doanh thu giảm 43,2% và chỉ hoàn thành 71,5% kế hoạch.", "=", 71.5, "%", "result", "level"),
        ("Năm qua, ngành thụ lý 18.452 vụ, việc.", "=", 18452.0, "vụ, việc", "result", "level"),
        ("Năm qua, tòa đã giải quyết 171 vụ.", "=", 171.0, "vụ", "result", "level"),
        ("Công an tiếp nhận 3.186 tin báo về tội phạm.", "=", 3186.0, "tin báo", "result", "level"),
        ("Năm qua, ngành đón 1.200 đoàn khách vào tham quan.", "=", 1200.0, "đoàn khách", "result", "level"),
        // Millions of papers or people near an amount of money are no money.
        ("Thu ngân sách đạt 900 tỷ đồng; Cục giải quyết hơn 1,2 triệu tờ khai.", ">", 1.2e6, "tờ khai", "result", "level"),
        ("Lợi nhuận đạt 300 tỷ đồng; ngân hàng có hơn 4,5 triệu khách hàng.", ">", 4.5e6, "khách hàng", "result", "level"),
        // A share in brackets restates a change; a change is a figure
        // however small; a bound held is where the indicator stands.
        ("VN-Index giảm 7,6 điểm (0,46%) so với tháng trước.", "=", -0.46, "%", "result", "change"),
        ("Chỉ số HNX-Index tăng 2,1 điểm.", "=", 2.1, "điểm", "result", "change"),
        ("Dư nợ tín dụng tăng 10,2%, nợ xấu dưới 2%.", "<", 2.0, "%", "result", "level"),
        ("Tỷ lệ nợ xấu được kiểm soát ở mức dưới 3%.", "<", 3.0, "%", "result", "level"),
        // A coverage reached is a share of the population that counts;
        // whose figure it is names no count.
        ("Năm qua, tỷ lệ bao phủ bảo hiểm y tế đạt 95,2% dân số.", "=", 95.2, "%", "result", "level"),
        ("GRDP của hai tỉnh (tính chung) đạt 7,9%.", "=", 7.9, "%", "result", "level"),
        ("Tỷ lệ hộ nghèo giảm bình quân mỗi năm 0,2%.", "=", -0.2, "%", "result", "change"),
    ];

    #[test]
    fn a_count_of_targets_beaten_is_exact() {
        let got = targets("Năm qua, tỉnh hoàn thành và vượt 19/24 chỉ tiêu.");
        assert!(
            got.iter().any(|(c, v, u, _, _)| c == "="
                && *v == Some(19.0)
                && u == "chỉ tiêu"),
            "{got:?}"
        );
    }

    #[test]
    fn figures_of_news_phrasings() {
        for &(text, cmp, value, unit, status, measure) in FIGURES {
            let got = targets(text);
            assert!(
                got.iter().any(|(c, v, u, s, m)| c == cmp
                    && *v == Some(value)
                    && u == unit
                    && s == status
                    && m == measure),
                "{text:?}: want {cmp} {value} {unit} {status} {measure}, \
                 got {got:?}"
            );
        }
    }

    /// Amounts that state no result, target or estimate: dimensions,
    /// capacities, support norms, a rule's bounds, shares of the land or
    /// the population, votes, a family's assets, conditions, populations,
    /// small counts of things named, topics.
    const NOT_FIGURES: &[&str] = &[
        "Tỉnh hỗ trợ tối đa 6,5 triệu đồng/ha tiền giống và thuốc.",
        "Tỉnh hỗ trợ 40 triệu đồng/ha xây dựng hệ thống tưới.",
        "Dự án có chiều dài tuyến 1.700m, mặt đường rộng 15m.",
        "Nhà máy có công suất 180.000 m3/năm.",
        "Dự án được thực hiện trên quy mô hơn 449 ha.",
        "Thành phố được vay không quá 30% số thu ngân sách.",
        "Xã có diện tích tự nhiên hơn 1.360 ha, 80% dân số là đồng bào.",
        "Ông Thành được 65/67 phiếu, đạt tỉ lệ 97%.",
        "Lực lượng chức năng thu giữ 12 bánh heroin và 18.000 viên ma túy.",
        "UBND tỉnh đã tặng bằng khen cho 180 HTX có thành tích xuất sắc.",
        "Phó Chủ tịch UBND tỉnh đã khen thưởng ban chuyên án 50 triệu đồng.",
        "Gia đình ông Quý có nhà diện tích 150 m2, giá trị 200 triệu đồng.",
        "Hộ bà Lan có 3 ha cà phê, thu về 250 triệu đồng mỗi năm.",
        "KẾT QUẢ BIỂU QUYẾT: ĐẠT 95% TỔNG SỐ",
        "Các khoản thu ngân sách trung ương hưởng 100%.",
        "Tỉnh hỗ trợ 40% kinh phí cải tạo hệ thống thủy lợi.",
        "Nếu gieo cấy hết 240ha vụ Hè Thu, xã sẽ thiếu giống.",
        "Ngành phải nhận diện kỹ 7 tồn tại, hạn chế đã nêu.",
        "Chủ tịch nước tặng quà cho 30 thương binh.",
        "Mỗi gia đình được tặng 1 suất quà trị giá 1 triệu đồng.",
        "Hơn 1.500 cán bộ, đảng viên dự hội nghị.",
        "Huyện xử lý 9 đảng viên vi phạm.",
        "Một năm mà mất 2 vụ lúa thì dân sống thế nào được.",
        "Tàu cá vận chuyển khoảng 80.000 lít dầu DO không rõ nguồn gốc.",
        "Tỉnh hỗ trợ mỗi gia đình có người tử vong 10 triệu đồng, mỗi người bị thương 2 triệu đồng.",
        "UBND huyện hỗ trợ 5 triệu đồng cho mỗi hộ có nhà bị sập.",
        "Bờ biển dài 56 km, với khoảng 100 nghìn người dân sinh sống ven biển.",
        "Tỉnh đã chi trả cho các hộ ở 16 xã thuộc 4 huyện ven biển.",
        "Thủ tướng phê duyệt các dự án từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng.",
        "Đối với 16 nhiệm vụ mà EVN chưa hoàn thành, Bộ sẽ xem xét.",
        "Tổng thu nhập của hộ tăng 1 tỷ đồng.",
        "Theo giá cả, thuê máy gặt mất 200 ngàn đồng.",
        "UBND thành phố đã 3 lần kiến nghị Thủ tướng.",
        "Thuế tiêu thụ đặc biệt với xe dưới 2,5 lít là 15%; 2,5-3 lít là 20%.",
        "Trả dần trong nhiều năm, mỗi tháng khoảng 2 triệu đồng.",
        "Cắt giảm 80% số vốn đối với đơn vị giải ngân dưới 10%.",
        "Sở phải chuyển thủ tục của gần 600 dự án cho các chủ đầu tư.",
        "Vì cứ 1% tăng trưởng của cả nước thì cần thêm vốn.",
        "Các xã có tỷ lệ hộ nghèo dưới 10% được hỗ trợ thêm.",
        "Tỉnh triển khai Đề án 1 triệu ha lúa chất lượng cao.",
        "Qua khảo sát 1.250 doanh nghiệp, Sở đề xuất giải pháp.",
    ];

    #[test]
    fn amounts_that_state_no_figure() {
        for text in NOT_FIGURES {
            let got = targets(text);
            // A household's income is no indicator; the sentence may be
            // read as an unnamed figure but never as "tổng thu".
            if text.starts_with("Tổng thu nhập") {
                let doc = PIPELINE
                    .extract_bytes(
                        text.as_bytes(),
                        &Meta { id: None, date: None },
                    )
                    .unwrap();
                assert!(
                    doc.facts.iter().all(|f| f.fields.get("indicator")
                        != Some(&"budget_revenue".into())),
                    "{text:?}"
                );
                continue;
            }
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
    }

    /// The target facts of `text`, read with no document date.
    fn targets_of(text: &str) -> Vec<crate::output::Fact> {
        let meta = Meta { id: None, date: None };
        let doc = PIPELINE.extract_bytes(text.as_bytes(), &meta).unwrap();
        doc.facts.into_iter().filter(|f| f.kind == "target").collect()
    }

    #[test]
    fn small_counts_of_a_toll_or_of_a_list_of_figures() {
        let values = |text: &str| -> Vec<f64> {
            targets_of(text)
                .iter()
                .map(|f| f.fields["value"].as_f64().unwrap())
                .collect()
        };
        assert_eq!(
            values(
                "Mưa lũ làm 6 người chết, 3 người mất tích, 11 người bị thương."
            ),
            [6.0, 3.0, 11.0]
        );
        assert_eq!(values("Vụ tai nạn làm 2 người chết tại chỗ."), [2.0]);
        assert_eq!(
            values("Toàn tỉnh có 14.826 ca mắc, 3 ca tử vong."),
            [14826.0, 3.0]
        );
        // A lower bound that names the class counted is none.
        assert_eq!(
            values("Số thí sinh đạt từ 27 điểm trở lên là 184 em."),
            [184.0]
        );
        // A few named things, after no figure, are none.
        assert!(
            values("Trong đó có 4 dự án trong nước, 4 dự án nước ngoài.")
                .is_empty()
        );
    }

    #[test]
    fn a_figure_from_one_to_another_keeps_its_indicator() {
        let t = targets_of(
            "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2020 xuống còn 2,1% năm 2023.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[1].fields["value"], 2.1);
        // The decimal comma of "5,2%" opens no clause.
        assert_eq!(t[1].fields["indicator_text"], "Tỷ lệ hộ nghèo");
    }

    #[test]
    fn a_change_after_a_figure_takes_its_phrase() {
        let t = targets_of(
            "Toàn ngành đã thụ lý trên 38 nghìn vụ việc, tăng 11% so với \
             cùng kỳ.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[1].fields["value"], 11.0);
        assert_eq!(t[1].fields["measure"], "change");
        assert_eq!(
            t[0].fields["indicator_text"],
            t[1].fields["indicator_text"]
        );
    }

    #[test]
    fn a_conjunction_that_opens_the_clause_names_nothing() {
        let t = targets_of(
            "Doanh thu đạt 500 tỷ đồng, còn lợi nhuận giảm 20 tỷ đồng.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[1].fields["indicator_text"], "lợi nhuận");
        // But "còn lại" is what is left.
        let t = targets_of("Đã chi 40 tỷ đồng, còn lại 66 tỷ đồng.");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[1].fields["indicator_text"], "còn lại");
    }
}
