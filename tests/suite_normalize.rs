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
    let path =
        common::manifest_dir().join("../shared/suites/suite_normalize.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| {
                panic!("{}:{}: {e}", path.display(), i + 1)
            })
        })
        .collect()
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

    let explained: BTreeSet<&str> = DEVIATIONS.iter().map(|d| d.0).collect();
    assert_eq!(explained.len(), DEVIATIONS.len(), "a source listed twice");
    let unexplained: Vec<&str> =
        failed.iter().copied().filter(|s| !explained.contains(s)).collect();
    let stale: Vec<&str> =
        explained.iter().copied().filter(|s| !failed.contains(s)).collect();
    assert!(
        unexplained.is_empty(),
        "{} records fail with no entry in DEVIATIONS: {unexplained:#?}",
        unexplained.len()
    );
    assert!(
        stale.is_empty(),
        "DEVIATIONS entries that no longer fail (or name no record); \
         remove them: {stale:#?}"
    );
}
