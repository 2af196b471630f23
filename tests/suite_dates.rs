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
    common::suite_records("suite_dates.jsonl")
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

    common::check_deviations(&failed, DEVIATIONS);
    assert!(
        written_passed >= WRITTEN_FLOOR,
        "written forms: {written_passed}/{written} pass, below the floor \
         {WRITTEN_FLOOR}"
    );
    assert!(passed >= FLOOR, "{passed} pass, below the floor {FLOOR}");
}
