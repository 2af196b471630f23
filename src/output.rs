//! The v1 output contract (`vnextract/v1`): one JSON object per document.
//!
//! These types are what the tool prints; they are serialize-only and say
//! nothing about how the stages work. Field names are stable: new fields
//! may be added, none renamed or removed without a new schema version.
//! The JSON Schema is `schema/vnextract-v1.schema.json`.
//!
//! Every item taken from the text carries a [`Span`]: `text` exactly as in
//! the input (for input in a legacy encoding, its Unicode conversion),
//! `start`/`end` in Unicode scalar values (what Python's `str` indexes)
//! and `byte_start`/`byte_end` in bytes of the input as given, so that
//! `input[start:end] == text` always holds.

use serde::Serialize;

use crate::decode::Encoding;

/// The schema name every document carries.
pub const SCHEMA: &str = "vnextract/v1";

/// Where an item is in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The text, exactly as in the input.
    pub text: String,
    /// Start, in Unicode scalar values.
    pub start: usize,
    /// End (exclusive), in Unicode scalar values.
    pub end: usize,
    /// Start, in bytes of the input.
    pub byte_start: usize,
    /// End (exclusive), in bytes of the input.
    pub byte_end: usize,
}

/// One document's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// The record id, from the input or the caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The document date (`YYYY-MM-DD`), when the caller gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_date: Option<String>,
    /// What the input was read as.
    pub encoding: Encoding,
    /// Places, organizations, titles and persons.
    pub entities: Vec<Entity>,
    /// Amounts, money, percentages and measures.
    pub quantities: Vec<Quantity>,
    /// Dates, periods and terms.
    pub dates: Vec<DateItem>,
    /// Roles, targets and events.
    pub facts: Vec<Fact>,
    /// Sentence spans, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<Span>>,
}

impl Document {
    /// An empty document read as `encoding`.
    pub fn empty(encoding: Encoding) -> Document {
        Document {
            schema: SCHEMA,
            id: None,
            document_date: None,
            encoding,
            entities: Vec::new(),
            quantities: Vec::new(),
            dates: Vec::new(),
            facts: Vec::new(),
            sentences: None,
        }
    }
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// An administrative unit, country or region.
    Place,
    /// A body of the party, state or front, or another organization.
    Organization,
    /// A post or rank.
    Title,
}

/// A named thing found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// What kind of thing it is.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// The canonical name.
    pub normalized: String,
    /// The dictionary id of the entry that matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// For places: `province`, `district`, `commune`, `country`, `region`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// For places: the official code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// For places: `before-2025`, `after-2025` or `both`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// For places: the canonical name of the unit above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// For places: the unit that took over after 2025.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
    /// For organizations: the place the body belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Codes of other entries the text could also mean.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    /// For persons: the same for every mention of one person in the
    /// document (`P1`, `P2`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    /// For persons: `male` or `female`, where the text or the name
    /// settles it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
}

/// A number with its unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// `number`, `count`, `money`, `percent`, `measure`, `ordinal`, …
    pub kind: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// The value in base units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Lower bound of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Upper bound of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// ISO 4217 code, `%`, or the Vietnamese unit word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Whether the number syntax allowed another reading.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ambiguous: bool,
    /// Whether the text gives it as approximate ("khoảng", "gần").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    /// `>`, `>=`, `<` or `<=` when the text bounds it ("hơn", "trở lên",
    /// "dưới", "tối đa").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparator: Option<String>,
    /// The denominator of a rate: "người" in "500 nghìn đồng/người".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
}

/// A date, period or term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateItem {
    /// `date`, `month`, `year`, `quarter`, `half`, `range`, `term`, …
    pub kind: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// ISO 8601 value, as precise as the text: `2022-12-28`, `2023-Q1`,
    /// `2021/2025`; `--12-28` when no year can be found.
    pub value: String,
    /// The time of day where the text gives one: `08:30`, or `morning`,
    /// `noon`, `afternoon`, `evening`, `night` ("sáng", "trưa", "chiều",
    /// "tối", "đêm").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Resolved against the document date ("năm nay", "cùng kỳ năm
    /// trước").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
}

/// A linked statement: a role, a target or an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// `role`, `target` or `event`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The evidence in the text.
    pub evidence: Span,
    /// Named fields of the fact (`person`, `title`, `indicator`,
    /// `comparator`, `value`, …), as the contract lists them.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}
