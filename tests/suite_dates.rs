//! The date conformance suite (`shared/suites/suite_dates.jsonl`,
//! converted from Duckling's Vietnamese time corpus; see
//! `shared/suites/README.md`), run through the date recognizer on the
//! canonical view, with each record's reference date as the document date.
//!
//! A record passes when the values found are exactly the expected ones.
//! Every record must pass unless its `source` is in [`DEVIATIONS`], with
//! the reason; an entry that passes, or names no record, fails the test
//! too, so the table stays honest. The pass rate of the written forms
//! (records with a digit: "3/3/2017", "quý 4 năm 2018") must stay at or
//! above [`WRITTEN_FLOOR`], and of all records at or above [`FLOOR`].
//! `cargo test --test suite_dates -- --nocapture` shows the pass rate and
//! the failures.

mod common;

use std::collections::BTreeSet;

use serde::Deserialize;
use vnextract::normalize::{Options, normalize_str};
use vnextract::recognize::date::find;

/// Records whose expected value we do not give: `(source, reason)`.
const DEVIATIONS: &[(&str, &str)] = &[];

/// Written forms passing, of 39 (reached: 39/39).
const WRITTEN_FLOOR: usize = 39;

/// All records passing, of 74 (reached: 74/74).
const FLOOR: usize = 74;

/// One record of the suite.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    text: String,
    date: String,
    expected: Vec<String>,
    source: String,
}

fn records() -> Vec<Record> {
    let path =
        common::manifest_dir().join("../shared/suites/suite_dates.jsonl");
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

#[test]
fn suite_dates() {
    let records = records();
    assert!(!records.is_empty(), "the suite is empty");
    let mut failed = BTreeSet::new();
    let mut report = Vec::new();
    let (mut written, mut written_passed) = (0, 0);
    for r in &records {
        let text = normalize_str(&r.text, &Options::default());
        let found = find(&text, Some(&r.date));
        let mut got: Vec<&str> =
            found.iter().map(|d| d.value.as_str()).collect();
        got.sort_unstable();
        let mut want: Vec<&str> =
            r.expected.iter().map(String::as_str).collect();
        want.sort_unstable();
        let ok = got == want;
        let is_written = r.text.bytes().any(|b| b.is_ascii_digit());
        written += usize::from(is_written);
        written_passed += usize::from(is_written && ok);
        if !ok {
            failed.insert(r.source.as_str());
            let spans: Vec<_> = found
                .iter()
                .map(|d| (&text[d.norm.clone()], d.kind, d.value.as_str()))
                .collect();
            report.push(format!(
                "{}: {:?} (reference {}): want {want:?}, got {spans:?}",
                r.source, r.text, r.date
            ));
        }
    }
    let passed = records.len() - failed.len();
    eprintln!(
        "suite_dates: {passed}/{} passed; written forms {written_passed}/{written}",
        records.len()
    );
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
    assert!(
        written_passed >= WRITTEN_FLOOR,
        "written forms: {written_passed}/{written} pass, below the floor \
         {WRITTEN_FLOOR}"
    );
    assert!(passed >= FLOOR, "{passed} pass, below the floor {FLOOR}");
}
