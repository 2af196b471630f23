//! `--format csv|tsv`: one row per entity, quantity, date, fact, sentence
//! or error, after a header row.
//!
//! Columns: `id`, the `--keep` fields, then `layer` (`entities`,
//! `quantities`, `dates`, `facts`, `sentences` or `error`), `type` (the
//! entity type, quantity or date kind, fact type, or error kind), `text`
//! (as in the input; a fact's evidence), `normalized` (an entity's
//! canonical name, a quantity's value in base units or `min/max`, a
//! date's ISO value, a fact's fields as compact JSON, an error's
//! message), `unit`, then `start`, `end`, `byte_start`, `byte_end`.
//!
//! CSV follows RFC 4180: a field with a comma, a double quote or a line
//! break is quoted, its quotes doubled. TSV escapes a tab, a line break,
//! a carriage return and a backslash as `\t`, `\n`, `\r` and `\\` (as
//! jq's `@tsv` does). Rows end with `\n`.

use serde::Serialize;
use serde_json::Value;
use vnextract::output::{Document, Span};

/// The columns after `id` and the kept fields.
const COLUMNS: [&str; 9] = [
    "layer",
    "type",
    "text",
    "normalized",
    "unit",
    "start",
    "end",
    "byte_start",
    "byte_end",
];

/// Writes rows as CSV or TSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Table {
    tsv: bool,
}

impl Table {
    /// A CSV writer (`tsv` false) or a TSV writer.
    pub fn new(tsv: bool) -> Table {
        Table { tsv }
    }

    /// The header row.
    pub fn header(&self, keep: &[String], out: &mut Vec<u8>) {
        let mut row: Vec<&str> = vec!["id"];
        row.extend(keep.iter().map(String::as_str));
        row.extend(COLUMNS);
        self.row(&row, out);
    }

    /// The rows of a document.
    pub fn document(
        &self,
        id: Option<&str>,
        keep: &[Option<&Value>],
        doc: &Document,
        out: &mut Vec<u8>,
    ) {
        let lead = lead(id, keep);
        let mut item =
            |layer: &str, kind: &str, span: &Span, norm: &str, unit: &str| {
                let (s, e) = (span.start.to_string(), span.end.to_string());
                let (bs, be) =
                    (span.byte_start.to_string(), span.byte_end.to_string());
                let mut row: Vec<&str> =
                    lead.iter().map(String::as_str).collect();
                row.extend([
                    layer, kind, &span.text, norm, unit, &s, &e, &bs, &be,
                ]);
                self.row(&row, out);
            };
        for e in &doc.entities {
            item("entities", &name(&e.kind), &e.span, &e.normalized, "");
        }
        for q in &doc.quantities {
            let norm = match (q.value, q.min, q.max) {
                (Some(v), _, _) => number(v),
                (None, Some(lo), Some(hi)) => {
                    format!("{}/{}", number(lo), number(hi))
                }
                _ => String::new(),
            };
            let unit = q.unit.as_deref().unwrap_or("");
            item("quantities", &q.kind, &q.span, &norm, unit);
        }
        for d in &doc.dates {
            item("dates", &d.kind, &d.span, &d.value, "");
        }
        for f in &doc.facts {
            let fields = serde_json::to_string(&f.fields).unwrap_or_default();
            item("facts", &f.kind, &f.evidence, &fields, "");
        }
        for s in doc.sentences.iter().flatten() {
            item("sentences", "sentence", s, "", "");
        }
    }

    /// The row of a record that could not be processed.
    pub fn error(
        &self,
        id: Option<&str>,
        keep: &[Option<&Value>],
        kind: &str,
        message: &str,
        out: &mut Vec<u8>,
    ) {
        let lead = lead(id, keep);
        let mut row: Vec<&str> = lead.iter().map(String::as_str).collect();
        row.extend(["error", kind, "", message, "", "", "", "", ""]);
        self.row(&row, out);
    }

    fn row(&self, fields: &[&str], out: &mut Vec<u8>) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(if self.tsv { b'\t' } else { b',' });
            }
            if self.tsv {
                tsv_field(f, out);
            } else {
                csv_field(f, out);
            }
        }
        out.push(b'\n');
    }
}

/// The id and kept fields as cells: a string as it is, null or absent
/// as nothing, any other value as JSON.
fn lead(id: Option<&str>, keep: &[Option<&Value>]) -> Vec<String> {
    let mut cells = vec![id.unwrap_or("").to_string()];
    cells.extend(keep.iter().map(|v| match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }));
    cells
}

/// A number as the JSON output writes it.
fn number(v: f64) -> String {
    serde_json::to_string(&v).unwrap_or_default()
}

/// The name a value serializes to (`person`, `place`, …).
fn name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

fn csv_field(f: &str, out: &mut Vec<u8>) {
    if f.contains([',', '"', '\n', '\r']) {
        out.push(b'"');
        for part in f.split_inclusive('"') {
            out.extend_from_slice(part.as_bytes());
            if part.ends_with('"') {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(f.as_bytes());
    }
}

fn tsv_field(f: &str, out: &mut Vec<u8>) {
    for c in f.chars() {
        match c {
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\\' => out.extend_from_slice(b"\\\\"),
            c => {
                let mut b = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_table() {
        let t: &[(&str, &str, &str)] = &[
            ("", "", ""),
            ("Thanh Hóa", "Thanh Hóa", "Thanh Hóa"),
            ("a,b", "\"a,b\"", "a,b"),
            ("say \"hi\"", "\"say \"\"hi\"\"\"", "say \"hi\""),
            ("\"", "\"\"\"\"", "\""),
            ("a\nb", "\"a\nb\"", "a\\nb"),
            ("a\r\nb", "\"a\r\nb\"", "a\\r\\nb"),
            ("a\tb\\c", "a\tb\\c", "a\\tb\\\\c"),
        ];
        for (input, csv, tsv) in t {
            let mut out = Vec::new();
            csv_field(input, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), *csv, "csv {input:?}");
            let mut out = Vec::new();
            tsv_field(input, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), *tsv, "tsv {input:?}");
        }
    }

    #[test]
    fn header_and_error_rows() {
        let mut out = Vec::new();
        let t = Table::new(false);
        t.header(&["url".to_string()], &mut out);
        let url = Value::String("http://x/?a=1,2".into());
        t.error(Some("a1"), &[Some(&url)], "json", "bad \"x\"", &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id,url,layer,type,text,normalized,unit,start,end,byte_start,\
             byte_end\na1,\"http://x/?a=1,2\",error,json,,\"bad \"\"x\"\"\",\
             ,,,,\n"
        );
    }
}
