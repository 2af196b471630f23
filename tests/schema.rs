//! The JSON Schema `schema/vnextract-v1.schema.json` against what the tool
//! and the library really write: the schema is a valid draft 2020-12
//! schema, every document the binary and the [`Pipeline`] produce passes
//! it, hand-built documents that fill every optional field pass it (so it
//! covers every field the output types can emit), and documents that break
//! the contract fail it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use jsonschema::Validator;
use serde_json::{Value, json};
use vnextract::Pipeline;
use vnextract::decode::{Encoding, Source};
use vnextract::output::{
    DateItem, Document, Entity, EntityType, Fact, Fields, Quantity, SCHEMA,
    Span,
};
use vnextract::pipeline::{Meta, Options};

use common::{json_lines, json_stream, run, samples_dir};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SCHEMA_ID: &str =
    "https://vnextract.dev/schema/vnextract-v1.schema.json";

/// The schema file, parsed.
fn schema() -> Value {
    let path = common::manifest_dir().join("schema/vnextract-v1.schema.json");
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// A draft 2020-12 validator for the schema.
fn validator() -> Validator {
    jsonschema::draft202012::new(&schema())
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

/// Every validation error of `doc`, one per line, with where it is.
fn errors(v: &Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("at {:?}: {e}", e.instance_path().as_str()))
        .collect()
}

/// Fails, listing every validation error, unless `doc` is valid.
fn assert_valid(v: &Validator, doc: &Value, what: &str) {
    let errs = errors(v, doc);
    assert!(
        errs.is_empty(),
        "{what}: {} validation error(s):\n{}\ndocument: {doc}",
        errs.len(),
        errs.join("\n")
    );
}

/// Fails unless `doc` is rejected.
fn assert_invalid(v: &Validator, doc: &Value, what: &str) {
    assert!(!v.is_valid(doc), "{what}: accepted, should fail: {doc}");
}

/// Every file in `samples/`, sorted.
fn samples() -> Vec<PathBuf> {
    let dir = samples_dir();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no samples in {}", dir.display());
    files
}

/// Whether a sample is in a legacy encoding (read with `--from auto`).
fn is_legacy(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("legacy-"))
}

/// Runs `extract` with `flags` on every sample; checks that each gives
/// exactly one valid document, with the file name as its id.
fn check_samples(flags: &[&str], parse: fn(&[u8]) -> Vec<Value>) -> usize {
    let v = validator();
    let mut n = 0;
    for path in samples() {
        let file = path.to_str().expect("UTF-8 sample path");
        let mut args = vec!["extract"];
        args.extend_from_slice(flags);
        if is_legacy(&path) {
            args.extend_from_slice(&["--from", "auto"]);
        }
        args.push(file);
        let docs = parse(&run(&args, b""));
        assert_eq!(docs.len(), 1, "{args:?}: one document per file");
        assert_valid(&v, &docs[0], &format!("vnextract {args:?}"));
        assert_eq!(docs[0]["id"], file, "{args:?}: the id is the file name");
        n += 1;
    }
    n
}

fn span(text: &str, start: usize, byte_start: usize) -> Span {
    Span {
        text: text.to_string(),
        start,
        end: start + text.chars().count(),
        byte_start,
        byte_end: byte_start + text.len(),
    }
}

/// An entity of `kind` with every optional field filled.
fn full_entity(kind: EntityType) -> Entity {
    Entity {
        kind,
        span: span("Thanh Hoá", 22, 27),
        normalized: "Thanh Hóa".into(),
        id: Some("vn-38".into()),
        level: Some("province".into()),
        code: Some("38".into()),
        period: Some("both".into()),
        parent: Some("Việt Nam".into()),
        successor: Some("Thanh Hóa".into()),
        place: Some("Thanh Hóa".into()),
        alternatives: vec!["vn-38-380".into(), "vn-38-389".into()],
        person_id: Some("P1".into()),
        gender: Some("female".into()),
    }
}

/// A quantity with every optional field filled.
fn full_quantity() -> Quantity {
    Quantity {
        kind: "money".into(),
        span: span("56.000 - 61.000 tỷ đồng", 100, 110),
        value: Some(56_000e9),
        min: Some(56_000e9),
        max: Some(61_000e9),
        unit: Some("VND".into()),
        ambiguous: true,
        approx: true,
        comparator: Some(">=".into()),
        per: Some("người".into()),
    }
}

fn full_date() -> DateItem {
    DateItem {
        kind: "range".into(),
        span: span("2021 - 2025", 200, 230),
        value: "2021/2025".into(),
        time: Some("morning".into()),
        relative: true,
    }
}

fn fields(v: Value) -> Fields {
    match v {
        Value::Object(m) => m.into(),
        other => panic!("fields must be an object: {other}"),
    }
}

/// A role and two targets, filling every field the contract lists.
fn full_facts() -> Vec<Fact> {
    vec![
        Fact {
            kind: "role".into(),
            evidence: span("Đỗ Trọng Hưng, Chủ tịch HĐND tỉnh", 143, 160),
            fields: fields(json!({
                "person": "Đỗ Trọng Hưng",
                "title_text": "Chủ tịch HĐND tỉnh",
                "title": "Chủ tịch Hội đồng nhân dân",
                "organization": "Hội đồng nhân dân tỉnh Thanh Hóa",
                "place": "Thanh Hóa",
            })),
        },
        Fact {
            kind: "target".into(),
            evidence: span("GRDP tăng 11% trở lên", 300, 340),
            fields: fields(json!({
                "indicator": "grdp_growth",
                "indicator_text": "tốc độ tăng trưởng tổng sản phẩm (GRDP)",
                "comparator": ">=",
                "value": 11,
                "unit": "%",
                "measure": "change",
                "period": "2023",
                "place": "Thanh Hóa",
            })),
        },
        Fact {
            kind: "target".into(),
            evidence: span("từ 7,5% đến 8%", 400, 450),
            fields: fields(json!({
                "indicator": "grdp_growth",
                "comparator": "range",
                "min": 7.5,
                "max": 8,
                "unit": "%",
                "period": "2021/2025",
            })),
        },
    ]
}

/// A document with every optional field of every type filled.
fn full_document(encoding: Encoding) -> Document {
    let mut doc = Document::empty(encoding);
    doc.id = Some("a1".into());
    doc.document_date = Some("2022-12-28".into());
    doc.entities = [
        EntityType::Person,
        EntityType::Place,
        EntityType::Organization,
        EntityType::Title,
    ]
    .into_iter()
    .map(full_entity)
    .collect();
    doc.quantities = vec![full_quantity()];
    doc.dates = vec![full_date()];
    doc.facts = full_facts();
    doc.sentences = Some(vec![span("Sáng 28-12.", 0, 0)]);
    doc
}

fn to_json(doc: &Document) -> Value {
    serde_json::to_value(doc).expect("a document serializes")
}

/// A valid minimal document to break in the negative tests.
fn minimal() -> Value {
    to_json(&Document::empty(Encoding::Utf8))
}

/// The property names the schema declares for `$defs/<def>`, including
/// those of the definitions it reuses through `allOf`/`$ref`.
fn declared(schema: &Value, def: &str) -> Vec<String> {
    let node = &schema["$defs"][def];
    assert!(node.is_object(), "no $defs/{def} in the schema");
    let mut names: Vec<String> = node["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for part in node["allOf"].as_array().into_iter().flatten() {
        let r = part["$ref"].as_str().expect("allOf holds $refs");
        let inner = r.strip_prefix("#/$defs/").expect("a local $ref");
        names.extend(declared(schema, inner));
    }
    names
}

/// Checks that the schema declares every key of `item` under `def`.
fn assert_declared(schema: &Value, def: &str, item: &Value) {
    let names = declared(schema, def);
    let obj = item.as_object().expect("an item is an object");
    let missing: Vec<&String> =
        obj.keys().filter(|k| !names.contains(k)).collect();
    assert!(
        missing.is_empty(),
        "$defs/{def} does not declare {missing:?} (item: {item})"
    );
}

// ---------------------------------------------------------------------------
// (a) The schema itself
// ---------------------------------------------------------------------------

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let s = schema();
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!("the schema breaks its meta-schema: {e}");
    }
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$id"], SCHEMA_ID);
    assert!(s["title"].is_string(), "the schema has a title");
    assert!(s["description"].is_string(), "the schema has a description");
    // Compiles (every $ref resolves locally, nothing is fetched).
    let v = validator();
    assert!(v.is_valid(&minimal()), "the empty document is valid");
}

#[test]
fn schema_names_the_contract_constants() {
    let s = schema();
    assert_eq!(s["properties"]["schema"]["const"], SCHEMA);
    assert_eq!(s["additionalProperties"], false);
    let span_required = &s["$defs"]["span"]["required"];
    for key in ["text", "start", "end", "byte_start", "byte_end"] {
        assert!(
            span_required.as_array().unwrap().contains(&json!(key)),
            "span does not require {key}"
        );
    }
    // Every definition and property says what it is.
    let mut undocumented = Vec::new();
    for (name, def) in s["$defs"].as_object().unwrap() {
        if !def["description"].is_string() {
            undocumented.push(name.clone());
        }
        for (prop, p) in def["properties"].as_object().into_iter().flatten() {
            if !p["description"].is_string() {
                undocumented.push(format!("{name}.{prop}"));
            }
        }
    }
    for (prop, p) in s["properties"].as_object().unwrap() {
        if !p["description"].is_string() {
            undocumented.push(prop.clone());
        }
    }
    assert!(undocumented.is_empty(), "no description: {undocumented:?}");
}

// ---------------------------------------------------------------------------
// (b) The binary
// ---------------------------------------------------------------------------

#[test]
fn cli_sentences_over_every_sample_is_valid() {
    let n = check_samples(&["--sentences"], json_lines);
    assert!(n >= 1);
    // The sentences are there, and non-empty, for the first sample.
    let file = samples()[0].clone();
    let mut args = vec!["extract", "--sentences"];
    if is_legacy(&file) {
        args.extend_from_slice(&["--from", "auto"]);
    }
    args.push(file.to_str().unwrap());
    let doc = &json_lines(&run(&args, b""))[0];
    let sentences = doc["sentences"].as_array().expect("sentences");
    assert!(!sentences.is_empty(), "a sample has sentences");
}

#[test]
fn cli_pretty_over_every_sample_is_valid() {
    let n = check_samples(&["--pretty"], json_stream);
    assert!(n >= 1);
}

#[test]
fn cli_pretty_sentences_over_every_sample_is_valid() {
    let n = check_samples(&["--pretty", "--sentences"], json_stream);
    assert!(n >= 1);
}

#[test]
fn cli_all_samples_at_once_are_valid_json_lines() {
    let v = validator();
    let files = samples();
    let (legacy, utf8): (Vec<_>, Vec<_>) =
        files.iter().partition(|p| is_legacy(p));
    for (group, from) in [(utf8, "utf-8"), (legacy, "auto")] {
        if group.is_empty() {
            continue;
        }
        let mut args = vec!["extract", "--sentences", "--from", from];
        args.extend(group.iter().map(|p| p.to_str().unwrap()));
        let docs = json_lines(&run(&args, b""));
        assert_eq!(docs.len(), group.len(), "one line per file");
        for doc in &docs {
            assert_valid(&v, doc, &format!("vnextract {args:?}"));
        }
    }
}

#[test]
fn cli_empty_stdin_is_valid() {
    let v = validator();
    for flags in [
        &["extract"][..],
        &["extract", "--sentences"],
        &["extract", "--pretty"],
        &["extract", "--pretty", "--sentences"],
    ] {
        let docs = json_stream(&run(flags, b""));
        assert_eq!(docs.len(), 1, "{flags:?}: one document for empty input");
        assert_valid(&v, &docs[0], &format!("{flags:?} on empty stdin"));
        assert!(docs[0].get("id").is_none(), "stdin has no id");
        assert_eq!(docs[0]["entities"], json!([]));
    }
}

#[test]
fn cli_id_and_date_are_valid() {
    let v = validator();
    let input = "Sáng 28-12, UBND tỉnh Thanh Hoá tổ chức hội nghị. Trời mưa.";
    for pretty in [false, true] {
        let mut args = vec![
            "extract",
            "--sentences",
            "--id",
            "x",
            "--date",
            "2022-12-28",
        ];
        if pretty {
            args.push("--pretty");
        }
        let docs = json_stream(&run(&args, input.as_bytes()));
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_valid(&v, doc, &format!("vnextract {args:?}"));
        assert_eq!(doc["id"], "x");
        assert_eq!(doc["document_date"], "2022-12-28");
        let sentences = doc["sentences"].as_array().expect("sentences");
        assert!(!sentences.is_empty(), "{args:?}: no sentences");
    }
}

// ---------------------------------------------------------------------------
// (c) The library
// ---------------------------------------------------------------------------

#[test]
fn pipeline_documents_are_valid() {
    let v = validator();
    let path =
        samples().into_iter().find(|p| !is_legacy(p)).expect("a UTF-8 sample");
    let text = fs::read_to_string(&path).expect("a UTF-8 sample reads");
    for sentences in [false, true] {
        let p = Pipeline::new(Options { sentences, ..Options::default() })
            .expect("a pipeline");
        for input in ["", "Trời mưa.", text.as_str()] {
            let doc = to_json(&p.extract(input));
            assert_valid(&v, &doc, &format!("extract({input:.20?})"));
            assert_eq!(doc.get("sentences").is_some(), sentences);
        }
        let meta =
            Meta { id: Some("a1".into()), date: Some("2022-12-28".into()) };
        let doc = p.extract_bytes(text.as_bytes(), &meta).expect("extracts");
        let doc = to_json(&doc);
        assert_valid(&v, &doc, "extract_bytes with id and date");
        assert_eq!(doc["id"], "a1");
        assert_eq!(doc["document_date"], "2022-12-28");
    }
}

#[test]
fn pipeline_legacy_documents_are_valid() {
    let v = validator();
    let p = Pipeline::new(Options {
        source: Source::Viqr,
        sentences: true,
        ..Options::default()
    })
    .expect("a pipeline");
    let doc = p
        .extract_bytes(b"Tha`nh pho^' Tha'i Bi`nh.", &Meta::default())
        .expect("VIQR decodes");
    let doc = to_json(&doc);
    assert_valid(&v, &doc, "VIQR input");
    assert_eq!(doc["encoding"], "viqr");

    let auto = Pipeline::new(Options {
        source: Source::Auto,
        sentences: true,
        ..Options::default()
    })
    .expect("a pipeline");
    let mut n = 0;
    for path in samples().into_iter().filter(|p| is_legacy(p)) {
        let bytes = fs::read(&path).expect("a legacy sample reads");
        let doc = auto
            .extract_bytes(&bytes, &Meta::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_valid(&v, &to_json(&doc), &path.display().to_string());
        n += 1;
    }
    let legacy = samples().iter().filter(|p| is_legacy(p)).count();
    assert_eq!(n, legacy, "every legacy sample was checked");
}

#[test]
fn full_documents_are_valid_in_every_encoding() {
    let v = validator();
    let encodings =
        [Encoding::Utf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr];
    for enc in encodings {
        let doc = to_json(&full_document(enc));
        assert_valid(&v, &doc, &format!("full document, {enc:?}"));
    }
}

#[test]
fn full_document_fills_every_optional_field() {
    let doc = to_json(&full_document(Encoding::Utf8));
    let top: Vec<&str> =
        doc.as_object().unwrap().keys().map(String::as_str).collect();
    for key in ["id", "document_date", "sentences"] {
        assert!(top.contains(&key), "the full document lacks {key}");
    }
    let entity = &doc["entities"][0];
    for key in [
        "id",
        "level",
        "code",
        "period",
        "parent",
        "successor",
        "place",
        "alternatives",
    ] {
        assert!(entity.get(key).is_some(), "the full entity lacks {key}");
    }
    let q = &doc["quantities"][0];
    for key in ["value", "min", "max", "unit", "ambiguous"] {
        assert!(q.get(key).is_some(), "the full quantity lacks {key}");
    }
    let types: Vec<&Value> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["type"])
        .collect();
    assert_eq!(
        types,
        [
            &json!("person"),
            &json!("place"),
            &json!("organization"),
            &json!("title")
        ]
    );
}

#[test]
fn schema_declares_every_field_the_types_emit() {
    let s = schema();
    let doc = to_json(&full_document(Encoding::Utf8));
    let top = declared_top(&s);
    for key in doc.as_object().unwrap().keys() {
        assert!(top.contains(key), "top level does not declare {key}");
    }
    for (list, def) in [
        ("entities", "entity"),
        ("quantities", "quantity"),
        ("dates", "date"),
        ("facts", "fact"),
        ("sentences", "span"),
    ] {
        for item in doc[list].as_array().unwrap() {
            assert_declared(&s, def, item);
        }
    }
    for fact in doc["facts"].as_array().unwrap() {
        assert_declared(&s, "span", &fact["evidence"]);
    }
}

fn declared_top(schema: &Value) -> Vec<String> {
    schema["properties"].as_object().unwrap().keys().cloned().collect()
}

#[test]
fn every_period_and_comparator_is_accepted() {
    let v = validator();
    for period in ["before-2025", "after-2025", "both"] {
        let mut doc = full_document(Encoding::Utf8);
        doc.entities[1].period = Some(period.into());
        assert_valid(&v, &to_json(&doc), &format!("period {period}"));
    }
    for cmp in ["=", ">=", ">", "<=", "<", "~", "range"] {
        let mut doc = full_document(Encoding::Utf8);
        doc.facts[1].fields.insert("comparator", json!(cmp));
        doc.facts[1].fields.insert("min", json!(1));
        doc.facts[1].fields.insert("max", json!(2));
        assert_valid(&v, &to_json(&doc), &format!("comparator {cmp}"));
    }
}

#[test]
fn items_may_carry_fields_of_later_layers() {
    let v = validator();
    let mut doc = to_json(&full_document(Encoding::Utf8));
    for list in ["entities", "quantities", "dates", "facts"] {
        doc[list][0]["confidence"] = json!(0.9);
    }
    assert_valid(&v, &doc, "items with an extra field");
}

// ---------------------------------------------------------------------------
// (d) What the schema rejects
// ---------------------------------------------------------------------------

#[test]
fn rejects_a_document_without_schema() {
    let v = validator();
    let mut doc = minimal();
    doc.as_object_mut().unwrap().remove("schema");
    assert_invalid(&v, &doc, "no schema");
    let mut doc = minimal();
    doc["schema"] = json!("vnextract/v2");
    assert_invalid(&v, &doc, "schema vnextract/v2");
}

#[test]
fn rejects_a_wrong_encoding() {
    let v = validator();
    for enc in [json!("utf8"), json!("windows-1252"), json!("UTF-8"), json!(1)]
    {
        let mut doc = minimal();
        doc["encoding"] = enc.clone();
        assert_invalid(&v, &doc, &format!("encoding {enc}"));
    }
    let mut doc = minimal();
    doc.as_object_mut().unwrap().remove("encoding");
    assert_invalid(&v, &doc, "no encoding");
}

#[test]
fn rejects_an_unknown_top_level_field() {
    let v = validator();
    let mut doc = minimal();
    doc["confidence"] = json!(1);
    assert_invalid(&v, &doc, "unknown top-level field");
}

#[test]
fn rejects_a_missing_list() {
    let v = validator();
    for key in ["entities", "quantities", "dates", "facts"] {
        let mut doc = minimal();
        doc.as_object_mut().unwrap().remove(key);
        assert_invalid(&v, &doc, &format!("no {key}"));
    }
}

#[test]
fn rejects_a_negative_or_fractional_offset() {
    let v = validator();
    for key in ["start", "end", "byte_start", "byte_end"] {
        for bad in [json!(-1), json!(1.5), json!("3")] {
            let mut doc = to_json(&full_document(Encoding::Utf8));
            doc["entities"][0][key] = bad.clone();
            assert_invalid(&v, &doc, &format!("entity {key} {bad}"));
            let mut doc = to_json(&full_document(Encoding::Utf8));
            doc["sentences"][0][key] = bad.clone();
            assert_invalid(&v, &doc, &format!("sentence {key} {bad}"));
            let mut doc = to_json(&full_document(Encoding::Utf8));
            doc["facts"][0]["evidence"][key] = bad.clone();
            assert_invalid(&v, &doc, &format!("evidence {key} {bad}"));
        }
    }
}

#[test]
fn rejects_items_without_their_span() {
    let v = validator();
    for list in ["entities", "quantities", "dates"] {
        for key in ["text", "start", "end", "byte_start", "byte_end"] {
            let mut doc = to_json(&full_document(Encoding::Utf8));
            doc[list][0].as_object_mut().unwrap().remove(key);
            assert_invalid(&v, &doc, &format!("{list}[0] without {key}"));
        }
    }
    let mut doc = to_json(&full_document(Encoding::Utf8));
    doc["facts"][0].as_object_mut().unwrap().remove("evidence");
    assert_invalid(&v, &doc, "a fact without evidence");
}

#[test]
fn rejects_wrong_enums_and_types_in_items() {
    let v = validator();
    let cases: [(&str, &str, Value); 9] = [
        ("entities", "type", json!("thing")),
        ("entities", "period", json!("2025")),
        ("entities", "normalized", json!(null)),
        ("entities", "alternatives", json!([])),
        ("quantities", "value", json!(null)),
        ("quantities", "ambiguous", json!("yes")),
        ("dates", "value", json!(2023)),
        ("facts", "comparator", json!("≥")),
        ("facts", "type", json!(null)),
    ];
    for (list, key, bad) in cases {
        let mut doc = to_json(&full_document(Encoding::Utf8));
        doc[list][0][key] = bad.clone();
        assert_invalid(&v, &doc, &format!("{list}[0].{key} = {bad}"));
    }
    let mut doc = to_json(&full_document(Encoding::Utf8));
    doc["document_date"] = json!("28-12-2022");
    assert_invalid(&v, &doc, "document_date not YYYY-MM-DD");
}

#[test]
fn rejects_a_range_without_bounds() {
    let v = validator();
    for bound in ["min", "max"] {
        let mut doc = full_document(Encoding::Utf8);
        doc.facts[2].fields.remove(bound);
        assert_invalid(&v, &to_json(&doc), &format!("range without {bound}"));
    }
}

/// `Document::write_json` against serde_json, byte for byte.
fn assert_same_json(doc: &Document, what: &str) {
    let mut direct = Vec::new();
    doc.write_json(&mut direct);
    let serde = serde_json::to_vec(doc).expect("a document serializes");
    assert_eq!(
        String::from_utf8_lossy(&direct),
        String::from_utf8_lossy(&serde),
        "{what}"
    );
}

#[test]
fn direct_json_is_serde_json_for_every_field() {
    for e in [Encoding::Utf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
        assert_same_json(&full_document(e), &format!("{e:?}"));
    }
    assert_same_json(&Document::empty(Encoding::Utf8), "empty");
    // Strings to escape (in every position of an eight-byte chunk), and
    // numbers of every shape.
    let mut doc = full_document(Encoding::Utf8);
    let nasty = [
        "\"",
        "\\",
        "\n",
        "\t",
        "\u{1}",
        "\u{1f}",
        "\u{7f}",
        "a\"b",
        "1234567\"",
        "12345678\\",
        "ệệệ\u{0}",
        "\u{2028}“”",
        "",
    ];
    for (i, s) in nasty.iter().enumerate() {
        let mut e = full_entity(EntityType::Place);
        e.span.text = (*s).to_string();
        e.normalized = format!("{s}{s}");
        e.alternatives = vec![(*s).to_string()];
        doc.entities.push(e);
        let mut q = full_quantity();
        q.value = Some([0.1, -0.0, 1e16, 2.5e12, 3200.0, f64::NAN][i % 6]);
        q.min = None;
        q.unit = Some((*s).to_string());
        doc.quantities.push(q);
        doc.facts.push(Fact {
            kind: "event".into(),
            evidence: span(s, 0, 0),
            fields: fields(json!({
                *s: s,
                "n": i,
                "x": [s, 1.5, null],
                "o": { *s: [{ "p": s, "b": true }], "e": {} },
            })),
        });
    }
    doc.id = Some("\"quoted\" \\ id".into());
    assert_same_json(&doc, "strings to escape");
}

#[test]
fn direct_json_is_serde_json_on_real_text() {
    let opts = Options { sentences: true, ..Options::default() };
    let pipeline = Pipeline::new(opts).expect("the shipped dictionaries load");
    let mut texts: Vec<(String, String)> = samples()
        .into_iter()
        .filter(|p| !is_legacy(p))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("a UTF-8 sample");
            (p.display().to_string(), text)
        })
        .collect();
    let gold = common::manifest_dir().join("tests/gold");
    for entry in fs::read_dir(&gold).expect("tests/gold") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_none_or(|e| e != "jsonl") {
            continue;
        }
        for line in fs::read_to_string(&path).expect("a gold file").lines() {
            let rec: Value =
                serde_json::from_str(line).expect("a gold record");
            let text = match (&rec["text"], &rec["text_file"]) {
                (Value::String(t), _) => t.clone(),
                (_, Value::String(f)) => {
                    match fs::read_to_string(gold.join(f)) {
                        Ok(t) => t,
                        Err(_) => continue,
                    }
                }
                _ => continue,
            };
            texts.push((format!("{}: {}", path.display(), rec["id"]), text));
        }
    }
    assert!(texts.len() > 20, "only {} texts", texts.len());
    for (what, text) in &texts {
        assert_same_json(&pipeline.extract(text), what);
    }
}
