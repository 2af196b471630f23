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

use std::borrow::Cow;

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
    pub fields: Fields,
}

/// The named fields of a [`Fact`], kept in the order of their names (the
/// order a JSON object of them is written in). A small map: a fact has a
/// dozen fields at most, and the names the stages give are static.
///
/// ```
/// use vnextract::output::Fields;
/// let mut f = Fields::new();
/// f.insert("value", 11.0);
/// f.insert("comparator", ">=");
/// assert_eq!(f["comparator"], ">=");
/// assert_eq!(f.get("unit"), None);
/// assert_eq!(serde_json::to_string(&f).unwrap(), r#"{"comparator":">=","value":11.0}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields(Vec<(Cow<'static, str>, serde_json::Value)>);

impl Fields {
    /// No fields.
    pub fn new() -> Fields {
        Fields::default()
    }

    /// No fields, with room for `n`.
    pub fn with_capacity(n: usize) -> Fields {
        Fields(Vec::with_capacity(n))
    }

    /// Sets field `name`; returns the value it replaces.
    pub fn insert(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<serde_json::Value>,
    ) -> Option<serde_json::Value> {
        let name = name.into();
        let value = value.into();
        match self.0.binary_search_by(|(k, _)| k.as_ref().cmp(&name)) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (name, value));
                None
            }
        }
    }

    /// The value of field `name`.
    pub fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.0
            .binary_search_by(|(k, _)| k.as_ref().cmp(name))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Removes field `name`; returns its value.
    pub fn remove(&mut self, name: &str) -> Option<serde_json::Value> {
        let i = self.0.binary_search_by(|(k, _)| k.as_ref().cmp(name)).ok()?;
        Some(self.0.remove(i).1)
    }

    /// The number of fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &serde_json::Value)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

impl std::ops::Index<&str> for Fields {
    type Output = serde_json::Value;

    /// The value of field `name`, `null` when there is none (as
    /// `serde_json::Value` indexes an object).
    fn index(&self, name: &str) -> &serde_json::Value {
        const NULL: serde_json::Value = serde_json::Value::Null;
        self.get(name).unwrap_or(&NULL)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for Fields {
    fn from(map: serde_json::Map<String, serde_json::Value>) -> Fields {
        // A map iterates in the order of its keys.
        let mut f = Fields::with_capacity(map.len());
        for (k, v) in map {
            f.insert(k, v);
        }
        f
    }
}

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k.as_ref(), v)?;
        }
        map.end()
    }
}

// ---------------------------------------------------------------------
// Compact JSON, written directly.

impl Document {
    /// Appends the document as compact JSON, byte for byte what
    /// `serde_json::to_writer` writes, faster: the keys are written as
    /// they are, and a string is copied whole when it holds nothing to
    /// escape, as nearly all do.
    ///
    /// ```
    /// use vnextract::{Pipeline, pipeline::Options};
    ///
    /// let doc = Pipeline::new(Options::default())?.extract("UBND tỉnh Thanh Hoá");
    /// let mut out = Vec::new();
    /// doc.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&doc).unwrap());
    /// # Ok::<(), vnextract::Error>(())
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"schema\":");
        string(out, self.schema);
        optional(out, "id", self.id.as_deref());
        optional(out, "document_date", self.document_date.as_deref());
        key(out, "encoding");
        value(out, &self.encoding);
        key(out, "entities");
        list(out, &self.entities, Entity::write_json);
        key(out, "quantities");
        list(out, &self.quantities, Quantity::write_json);
        key(out, "dates");
        list(out, &self.dates, DateItem::write_json);
        key(out, "facts");
        list(out, &self.facts, Fact::write_json);
        if let Some(s) = &self.sentences {
            key(out, "sentences");
            list(out, s, |s, out| {
                out.push(b'{');
                s.write_fields(out);
                out.push(b'}');
            });
        }
        out.push(b'}');
    }
}

impl Span {
    /// The fields of the span, without braces, the first without a comma.
    fn write_fields(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"\"text\":");
        string(out, &self.text);
        for (k, v) in [
            ("start", self.start),
            ("end", self.end),
            ("byte_start", self.byte_start),
            ("byte_end", self.byte_end),
        ] {
            key(out, k);
            number(out, v);
        }
    }
}

impl Entity {
    /// An entity of `kind` at `span` named `normalized`, with none of the
    /// fields of a place or a person.
    pub fn new(kind: EntityType, span: Span, normalized: String) -> Entity {
        Entity {
            kind,
            span,
            normalized,
            id: None,
            level: None,
            code: None,
            period: None,
            parent: None,
            successor: None,
            place: None,
            alternatives: Vec::new(),
            person_id: None,
            gender: None,
        }
    }

    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"type\":");
        value(out, &self.kind);
        out.push(b',');
        self.span.write_fields(out);
        key(out, "normalized");
        string(out, &self.normalized);
        for (k, v) in [
            ("id", &self.id),
            ("level", &self.level),
            ("code", &self.code),
            ("period", &self.period),
            ("parent", &self.parent),
            ("successor", &self.successor),
            ("place", &self.place),
        ] {
            optional(out, k, v.as_deref());
        }
        if !self.alternatives.is_empty() {
            key(out, "alternatives");
            list(out, &self.alternatives, |s, out| string(out, s));
        }
        optional(out, "person_id", self.person_id.as_deref());
        optional(out, "gender", self.gender.as_deref());
        out.push(b'}');
    }
}

impl Quantity {
    fn write_json(&self, out: &mut Vec<u8>) {
        open(out, &self.kind, &self.span);
        for (k, v) in
            [("value", self.value), ("min", self.min), ("max", self.max)]
        {
            if let Some(v) = v {
                key(out, k);
                value(out, &v);
            }
        }
        optional(out, "unit", self.unit.as_deref());
        flag(out, "ambiguous", self.ambiguous);
        flag(out, "approx", self.approx);
        optional(out, "comparator", self.comparator.as_deref());
        optional(out, "per", self.per.as_deref());
        out.push(b'}');
    }
}

impl DateItem {
    fn write_json(&self, out: &mut Vec<u8>) {
        open(out, &self.kind, &self.span);
        key(out, "value");
        string(out, &self.value);
        optional(out, "time", self.time.as_deref());
        flag(out, "relative", self.relative);
        out.push(b'}');
    }
}

impl Fact {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"type\":");
        string(out, &self.kind);
        out.extend_from_slice(b",\"evidence\":{");
        self.evidence.write_fields(out);
        out.push(b'}');
        for (k, v) in self.fields.iter() {
            out.push(b',');
            string(out, k);
            out.push(b':');
            json_value(out, v);
        }
        out.push(b'}');
    }
}

/// The members of a JSON object, without its braces.
fn members(
    out: &mut Vec<u8>,
    fields: &serde_json::Map<String, serde_json::Value>,
) {
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, k);
        out.push(b':');
        json_value(out, v);
    }
}

/// A JSON value: its strings as [`string`] writes them, its numbers,
/// booleans and nulls as serde_json does.
fn json_value(out: &mut Vec<u8>, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) => string(out, s),
        Value::Array(items) => list(out, items, |v, out| json_value(out, v)),
        Value::Object(fields) => {
            out.push(b'{');
            members(out, fields);
            out.push(b'}');
        }
        other => value(out, other),
    }
}

/// `{"kind":…,` and the span's fields: how a quantity or a date opens.
fn open(out: &mut Vec<u8>, kind: &str, span: &Span) {
    out.extend_from_slice(b"{\"kind\":");
    string(out, kind);
    out.push(b',');
    span.write_fields(out);
}

/// `,"k":` (`k` is a field name, with nothing to escape).
fn key(out: &mut Vec<u8>, k: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(k.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A string field, when it is there.
fn optional(out: &mut Vec<u8>, k: &str, v: Option<&str>) {
    if let Some(v) = v {
        key(out, k);
        string(out, v);
    }
}

/// A flag, written only when set.
fn flag(out: &mut Vec<u8>, k: &str, set: bool) {
    if set {
        key(out, k);
        out.extend_from_slice(b"true");
    }
}

fn number(out: &mut Vec<u8>, n: usize) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(n).as_bytes());
}

/// Anything else, as serde_json writes it.
fn value<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    // Writing to a Vec fails only for maps with keys that are not
    // strings, which none of these have.
    let r = serde_json::to_writer(&mut *out, v);
    debug_assert!(r.is_ok(), "{r:?}");
}

fn list<T>(out: &mut Vec<u8>, items: &[T], write: impl Fn(&T, &mut Vec<u8>)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(item, out);
    }
    out.push(b']');
}

/// A JSON string: copied whole between quotes when no byte needs an
/// escape (a quote, a backslash, a control char), else as serde_json
/// escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        value(out, s);
    } else {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Whether `b` holds `"`, `\` or a byte below 0x20, eight bytes at a time.
fn needs_escape(b: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // A byte of `x` is zero: its high bit set in the result (exact for
    // the lowest such byte, which is all that a test for any needs).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        if below_space
            | zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')))
            != 0
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\')
}
