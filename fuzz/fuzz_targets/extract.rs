//! The whole extraction on arbitrary bytes: decode → normalize → every
//! layer → the v1 JSON object.
//!
//! The first byte chooses the options, the rest is the input:
//!
//! - bits 0–1: what the input is read as: UTF-8, auto-detected, legacy
//!   8-bit (TCVN3, or VNI when bit 6 is set), VIQR;
//! - bit 2: `lossy`; bit 3: the new tone placement; bit 4: a document
//!   date; bit 5: sentence spans.
//!
//! Beyond "does not panic", every document must keep the v1 contract:
//!
//! - decoding fails exactly when the options say it may, with the offset
//!   of the first invalid byte;
//! - every span (entities, quantities, dates, fact evidence, sentences)
//!   is non-empty, `start..end` indexes the decoded text in chars and
//!   gives `text`, and `byte_start..byte_end` are what the byte map gives
//!   for those chars, inside the input; UTF-8 input has `text` at those
//!   very bytes (their lossy reading with `lossy`), and TCVN3/VNI input
//!   decodes there to `text` on its own;
//! - the byte map is monotone, one entry per byte of text plus the input
//!   length;
//! - entities, quantities and dates are in text order, sentences in
//!   order without overlap;
//! - numbers are finite, `min <= max`;
//! - person ids of roles and events are those of person entities;
//! - the JSON object passes `schema/vnextract-v1.schema.json`.
#![no_main]

use std::collections::HashSet;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use vnextract::Error;
use vnextract::decode::{self, ByteMap, DecodeError, Encoding, Source};
use vnextract::normalize::{self, Tone};
use vnextract::output::{Document, EntityType, Span};
use vnextract::pipeline::{Layers, Meta, Options, Pipeline};

const DATE: &str = "2023-01-01";
const ID: &str = "fuzz";

fuzz_target!(|data: &[u8]| {
    if let Some((&options, input)) = data.split_first() {
        check(options, input);
    }
});

/// The JSON Schema of the output, compiled once.
fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let schema: Value = serde_json::from_str(include_str!(
            "../../schema/vnextract-v1.schema.json"
        ))
        .expect("the schema is JSON");
        jsonschema::draft202012::new(&schema).expect("the schema compiles")
    })
}

fn check(options: u8, input: &[u8]) {
    let source = match options & 3 {
        0 => Source::Utf8,
        1 => Source::Auto,
        2 if options & 0x40 != 0 => Source::Vni,
        2 => Source::Tcvn3,
        _ => Source::Viqr,
    };
    let lossy = options & 4 != 0;
    let opts = Options {
        normalize: normalize::Options {
            tone: if options & 8 != 0 { Tone::New } else { Tone::Old },
        },
        source,
        lossy,
        sentences: options & 0x20 != 0,
        layers: Layers::default(),
    };
    let date = (options & 0x10 != 0).then(|| DATE.to_string());
    let pipeline = Pipeline::new(opts).expect("default pipeline");
    let meta = Meta { id: Some(ID.into()), date: date.clone() };
    let result = pipeline.extract_bytes(input, &meta);
    let decoded = pipeline.decode(input);

    // Decoding fails exactly when it may.
    let utf8 = std::str::from_utf8(input);
    let first_bad = utf8.as_ref().err().map(|e| e.valid_up_to());
    match (&result, &decoded) {
        (Err(Error::Decode(e)), Err(Error::Decode(d))) => {
            assert_eq!(e, d, "extract and decode fail alike");
            let want = match source {
                Source::Utf8 | Source::Viqr if !lossy => {
                    DecodeError::InvalidUtf8 { offset: first_bad.unwrap() }
                }
                Source::Auto if !lossy => {
                    DecodeError::Undetected { offset: first_bad.unwrap() }
                }
                _ => panic!("{source:?} lossy={lossy} failed: {e}"),
            };
            assert_eq!(*e, want);
            return;
        }
        (Err(e), _) => panic!("extract failed, decode did not: {e}"),
        (Ok(_), Err(e)) => panic!("decode failed, extract did not: {e}"),
        (Ok(_), Ok(_)) => {}
    }
    if first_bad.is_some() && !lossy {
        assert!(
            matches!(source, Source::Tcvn3 | Source::Vni | Source::Auto),
            "invalid UTF-8 read as {source:?} without lossy"
        );
    }
    let doc = result.unwrap();
    let decoded = decoded.unwrap();
    let text: &str = &decoded.text;

    assert_eq!(doc.schema, "vnextract/v1");
    assert_eq!(doc.id.as_deref(), Some(ID));
    assert_eq!(doc.document_date, date);
    assert_eq!(doc.encoding, decoded.encoding);
    if matches!(source, Source::Utf8) {
        assert_eq!(doc.encoding, Encoding::Utf8);
    }
    assert_eq!(doc.sentences.is_some(), options & 0x20 != 0);

    check_map(&decoded.map, text, input);
    let spans = Spans::new(text, &decoded.map, input, &decoded, utf8.is_ok());
    for e in &doc.entities {
        spans.check(&e.span, "entity");
    }
    for q in &doc.quantities {
        spans.check(&q.span, "quantity");
    }
    for d in &doc.dates {
        spans.check(&d.span, "date");
    }
    for f in &doc.facts {
        spans.check(&f.evidence, "fact evidence");
    }
    if let Some(s) = &doc.sentences {
        for sp in s {
            spans.check(sp, "sentence");
        }
        for w in s.windows(2) {
            assert!(w[0].end <= w[1].start, "sentences overlap: {w:?}");
        }
    }
    in_text_order(doc.entities.iter().map(|e| &e.span), "entities");
    in_text_order(doc.quantities.iter().map(|q| &q.span), "quantities");
    in_text_order(doc.dates.iter().map(|d| &d.span), "dates");

    for q in &doc.quantities {
        for v in [q.value, q.min, q.max].into_iter().flatten() {
            assert!(v.is_finite(), "quantity {q:?}");
        }
        if let (Some(lo), Some(hi)) = (q.min, q.max) {
            assert!(lo <= hi, "quantity range {q:?}");
        }
    }
    check_persons(&doc);

    // The JSON object: valid JSON that passes the schema. (Not compared
    // with its reparse: serde_json reads some floats one unit in the last
    // place off unless its `float_roundtrip` feature is on.)
    let json = serde_json::to_string(&doc).expect("serializes");
    let value: Value = serde_json::from_str(&json).expect("valid JSON");
    assert!(value.is_object());
    let value = serde_json::to_value(&doc).expect("serializes");
    let errors: Vec<String> = validator()
        .iter_errors(&value)
        .map(|e| format!("at {}: {e}", e.instance_path().as_str()))
        .collect();
    assert!(
        errors.is_empty(),
        "schema violations:\n{}\n{json}",
        errors.join("\n")
    );
}

/// The byte map: one entry per text byte plus the input length, the
/// same across a char, never decreasing.
fn check_map(map: &ByteMap, text: &str, input: &[u8]) {
    let ByteMap::Table(t) = map else {
        assert_eq!(text.as_bytes(), input, "identity map over other text");
        return;
    };
    assert_eq!(t.len(), text.len() + 1, "map length");
    assert_eq!(t[text.len()] as usize, input.len(), "map end");
    assert!(t.windows(2).all(|w| w[0] <= w[1]), "map decreases: {t:?}");
    for (i, c) in text.char_indices() {
        let own = &t[i..i + c.len_utf8()];
        assert!(own.iter().all(|&x| x == own[0]), "map inside {c:?} at {i}");
    }
}

/// What spans are checked against.
struct Spans<'a> {
    text: &'a str,
    map: &'a ByteMap,
    input: &'a [u8],
    /// Byte offsets of the chars of `text`, and its length.
    bounds: Vec<usize>,
    encoding: Encoding,
    /// Whether the whole input is valid UTF-8 (legacy input is then read
    /// as mojibake, else as raw bytes).
    input_utf8: bool,
}

impl<'a> Spans<'a> {
    fn new(
        text: &'a str,
        map: &'a ByteMap,
        input: &'a [u8],
        decoded: &decode::Decoded<'_>,
        input_utf8: bool,
    ) -> Spans<'a> {
        let bounds =
            text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        Spans {
            text,
            map,
            input,
            bounds,
            encoding: decoded.encoding,
            input_utf8,
        }
    }

    fn check(&self, s: &Span, what: &str) {
        let n = self.bounds.len() - 1;
        assert!(
            s.start < s.end && s.end <= n,
            "{what} span {s:?}: chars out of 0..{n} or empty"
        );
        let (a, b) = (self.bounds[s.start], self.bounds[s.end]);
        assert_eq!(&self.text[a..b], s.text, "{what} span {s:?}: text");
        let (ba, bb) = (self.map.input_offset(a), self.map.input_offset(b));
        assert_eq!(
            (s.byte_start, s.byte_end),
            (ba, bb),
            "{what} span {s:?}: bytes differ from the map"
        );
        assert!(
            ba < bb && bb <= self.input.len(),
            "{what} span {s:?}: bytes out of the input ({})",
            self.input.len()
        );
        let sub = &self.input[ba..bb];
        match (self.map, self.encoding) {
            (ByteMap::Identity, _) => {
                assert_eq!(sub, s.text.as_bytes(), "{what} span {s:?}: bytes")
            }
            (ByteMap::Table(_), Encoding::Utf8) => assert_eq!(
                String::from_utf8_lossy(sub),
                s.text,
                "{what} span {s:?}: lossy bytes"
            ),
            (ByteMap::Table(_), enc @ (Encoding::Tcvn3 | Encoding::Vni)) => {
                // A piece of raw legacy bytes that happens to be valid
                // non-ASCII UTF-8 would be read as mojibake on its own.
                let alone_as_raw =
                    std::str::from_utf8(sub).is_err() || sub.is_ascii();
                if self.input_utf8 || alone_as_raw {
                    let src = if enc == Encoding::Tcvn3 {
                        Source::Tcvn3
                    } else {
                        Source::Vni
                    };
                    let d = decode::decode(sub, src, false).unwrap();
                    assert_eq!(
                        &*d.text, s.text,
                        "{what} span {s:?}: its bytes {sub:02x?} decode alone"
                    );
                }
            }
            // VIQR reads a mnemonic by its context.
            (ByteMap::Table(_), Encoding::Viqr) => {}
        }
    }
}

fn in_text_order<'s>(spans: impl Iterator<Item = &'s Span>, what: &str) {
    let starts: Vec<usize> = spans.map(|s| s.start).collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "{what} not in text order: starts {starts:?}"
    );
}

/// Person ids: `P1`, `P2`, … on every person entity, and roles and
/// events name only those.
fn check_persons(doc: &Document) {
    let mut ids = HashSet::new();
    for e in &doc.entities {
        if e.kind == EntityType::Person {
            let id = e.person_id.as_deref().expect("person without an id");
            let n = id.strip_prefix('P').and_then(|n| n.parse::<u32>().ok());
            assert!(n.is_some_and(|n| n >= 1), "person id {id:?}");
            ids.insert(id);
        } else {
            assert!(e.person_id.is_none(), "person id on {e:?}");
        }
    }
    for f in &doc.facts {
        let mut named = Vec::new();
        if f.kind == "role" {
            named.push(&f.fields["person_id"]);
        }
        if f.kind == "event" {
            for k in ["chair", "attending"] {
                if let Some(Value::Array(list)) = f.fields.get(k) {
                    named.extend(list.iter().map(|p| &p["person_id"]));
                }
            }
        }
        for id in named {
            let id = id.as_str().expect("person_id is a string");
            assert!(
                ids.contains(id),
                "{} fact names {id:?}, no person entity has it: {f:?}",
                f.kind
            );
        }
    }
}
