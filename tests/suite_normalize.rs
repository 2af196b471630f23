//! The normalization conformance suite (`shared/suites/suite_normalize.jsonl`,
//! converted from vn-toolkit's vn-text cases; see `shared/suites/README.md`),
//! run through `vnextract normalize` with the input on stdin.
//!
//! Every record must pass unless its `source` is in [`DEVIATIONS`], with
//! the reason our contract answers differently; an entry that passes, or
//! names no record, fails the test too, so the table stays honest.
//! `cargo test --test suite_normalize -- --nocapture` shows the pass rate.

mod common;

use std::collections::BTreeSet;

use serde::Deserialize;
use vnextract::normalize::{Options, fold, normalize_str};

/// Records whose expected value our contract deliberately does not give:
/// `(source, reason)`.
const DEVIATIONS: &[(&str, &str)] = &[];

/// One record of the suite.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    input: String,
    args: Vec<String>,
    expected: String,
    source: String,
}

fn records() -> Vec<Record> {
    common::suite_records("suite_normalize.jsonl")
}

/// What the library gives for `record`: the same answer the command must
/// give.
fn library(record: &Record) -> String {
    let norm = normalize_str(&record.input, &Options::default());
    match record.args.as_slice() {
        [] => norm,
        [f] if f == "--fold" => fold(&norm).0,
        other => panic!("{}: unexpected args {other:?}", record.source),
    }
}

/// What `vnextract normalize ARGS` writes for the record's input.
fn command(record: &Record) -> Result<String, String> {
    common::try_normalize(&record.args, record.input.as_bytes(), 20)
}

#[test]
fn suite_normalize() {
    let records = records();
    assert!(!records.is_empty(), "the suite is empty");
    let mut failed = BTreeSet::new();
    let mut report = Vec::new();
    for r in &records {
        let got = command(r);
        let why = match &got {
            Ok(out) if *out == r.expected => None,
            Ok(out) => Some(format!("got {out:?}")),
            Err(e) => Some(e.clone()),
        };
        if let Some(why) = why {
            failed.insert(r.source.as_str());
            report.push(format!(
                "{}: normalize {:?} {:?}: want {:?}, {why}",
                r.source, r.args, r.input, r.expected
            ));
        }
        // The library and the command must agree, whatever the suite says.
        if let Ok(out) = &got {
            let lib = library(r);
            assert_eq!(
                &lib, out,
                "{}: library and command differ on {:?}",
                r.source, r.input
            );
        }
    }
    let passed = records.len() - failed.len();
    eprintln!("suite_normalize: {passed}/{} passed", records.len());
    for line in &report {
        eprintln!("  FAIL {line}");
    }

    common::check_deviations(&failed, DEVIATIONS);
}
