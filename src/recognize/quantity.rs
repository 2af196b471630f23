//! Quantities: amounts, money, percentages, measures and counts.

use std::ops::Range;

/// A quantity found in the canonical view.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMatch {
    /// Range in the canonical view.
    pub norm: Range<usize>,
    /// `percent`, `percentage_point`, `money`, `measure`, `count`,
    /// `ordinal`, `number`.
    pub kind: &'static str,
    /// The value in base units.
    pub value: Option<f64>,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// ISO 4217 code, `%`, or the Vietnamese unit word.
    pub unit: Option<String>,
    /// Whether the number syntax allowed another reading.
    pub ambiguous: bool,
    /// "khoảng", "gần", "xấp xỉ", "trên dưới".
    pub approx: bool,
    /// `>`, `>=`, `<`, `<=` from "hơn", "trở lên", "dưới", "tối đa", …
    pub comparator: Option<&'static str>,
    /// The denominator of a rate: "người" in "500 nghìn đồng/người".
    pub per: Option<String>,
}

/// The quantities of `text` (the canonical view), leaving out what lies in
/// `exclude` (dates, times and codes found by other recognizers).
pub fn find(text: &str, exclude: &[Range<usize>]) -> Vec<QuantityMatch> {
    let _ = (text, exclude);
    Vec::new()
}
