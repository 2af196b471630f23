//! The quantity conformance suites (`shared/suites/suite_money.jsonl`,
//! `suite_money_reject.jsonl` and `suite_numbers.jsonl`, converted from
//! vn-toolkit's vn-money cases and Duckling's Vietnamese corpora; see
//! `shared/suites/README.md`), run through the quantity recognizer on the
//! canonical view of each text.
//!
//! Each suite is one test that runs every record and prints its pass rate
//! and failures (`cargo test --test suite_quantities -- --nocapture`).
//! A record whose `source` is in [`DEVIATIONS`] may fail, with the reason
//! our contract or our reading of news text answers differently; an entry
//! that passes, or names no record, fails the test, so the table stays
//! honest. Every other record (the written forms) must pass: the floors
//! below are the pass counts reached, and a test fails if its count drops.

use std::collections::BTreeSet;

use serde::Deserialize;
use vnextract::normalize::{Options, normalize_str};
use vnextract::recognize::quantity::{QuantityMatch, find};

mod common;

/// Records we do not read as the suite says: `(source, reason)`.
const DEVIATIONS: &[(&str, &str)] = &[
    (
        "facebook/duckling:Duckling/Numeral/VI/Corpus.hs#L69",
        "\",77\": a decimal with no integer digit; news writes \"0,77\", \
         and a comma glued to digits is far more often a missing space",
    ),
    (
        "facebook/duckling:Duckling/Numeral/VI/Corpus.hs#L88",
        "\",0012G\": no integer digit, and \"G\" (giga) glued to digits is \
         a code in news (\"5G\", \"4G\")",
    ),
    (
        "facebook/duckling:Duckling/Numeral/VI/Corpus.hs#L91",
        "\"- 1.200.000\": a dash and a space before a number start a list \
         item in news, not a negative number",
    ),
    (
        "facebook/duckling:Duckling/Numeral/VI/Corpus.hs#L96",
        "\"-,0012G\": see \",0012G\"",
    ),
];

/// Pass counts reached: every record but those in DEVIATIONS. A change
/// that lowers one fails the test.
const FLOOR_MONEY: usize = 50; // of 50
const FLOOR_MONEY_REJECT: usize = 14; // of 14
const FLOOR_NUMBERS: usize = 102; // of 106; the 4 others in DEVIATIONS

#[derive(Debug, Deserialize)]
struct Expected {
    kind: String,
    value: f64,
    unit: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    expected: Vec<Expected>,
    source: String,
    #[serde(default)]
    why: Option<String>,
}

fn records(name: &str) -> Vec<Record> {
    common::suite_records(name)
}

/// The quantities of `text`, read as the pipeline reads it: from its
/// canonical view.
fn quantities(text: &str) -> (String, Vec<QuantityMatch>) {
    let norm = normalize_str(text, &Options::default());
    let found = find(&norm, &[]);
    for q in &found {
        assert!(
            norm.is_char_boundary(q.norm.start)
                && norm.is_char_boundary(q.norm.end)
                && q.norm.start < q.norm.end
                && q.norm.end <= norm.len(),
            "{text:?}: bad range {:?}",
            q.norm
        );
    }
    (norm, found)
}

fn show(norm: &str, found: &[QuantityMatch]) -> String {
    let items: Vec<String> = found
        .iter()
        .map(|q| {
            format!(
                "{:?} {} {:?} {:?}",
                &norm[q.norm.clone()],
                q.kind,
                q.value,
                q.unit
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Whether `found` is exactly the one expected item.
fn matches(found: &[QuantityMatch], want: &[Expected]) -> bool {
    found.len() == want.len()
        && found.iter().zip(want).all(|(q, w)| {
            q.kind == w.kind
                && q.value.is_some_and(|v| close(v, w.value))
                && q.unit == w.unit
        })
}

/// Runs `check` on every record of `suite`, prints the pass rate and the
/// failures, and checks them against the floor and [`DEVIATIONS`].
fn run(suite: &str, floor: usize, check: impl Fn(&Record) -> Option<String>) {
    let records = records(suite);
    assert!(!records.is_empty(), "{suite} is empty");
    let mut failed = BTreeSet::new();
    let mut report = Vec::new();
    for r in &records {
        if let Some(why) = check(r) {
            failed.insert(r.source.clone());
            report.push(format!("{}: {:?}: {why}", r.source, r.text));
        }
    }
    let passed = records.len() - failed.len();
    eprintln!("{suite}: {passed}/{} passed", records.len());
    for line in &report {
        eprintln!("  FAIL {line}");
    }
    let sources: BTreeSet<&str> =
        records.iter().map(|r| r.source.as_str()).collect();
    let explained: BTreeSet<&str> = DEVIATIONS
        .iter()
        .map(|d| d.0)
        .filter(|s| sources.contains(s))
        .collect();
    let unexplained: Vec<&String> =
        failed.iter().filter(|s| !explained.contains(s.as_str())).collect();
    let stale: Vec<&&str> =
        explained.iter().filter(|s| !failed.contains(**s)).collect();
    assert!(
        unexplained.is_empty(),
        "{suite}: {} written forms fail with no entry in DEVIATIONS: \
         {unexplained:#?}",
        unexplained.len()
    );
    assert!(
        stale.is_empty(),
        "{suite}: DEVIATIONS entries that no longer fail; remove them: \
         {stale:#?}"
    );
    assert!(
        passed >= floor,
        "{suite}: {passed} passed, below the floor of {floor}"
    );
}

#[test]
fn deviations_name_records() {
    let mut all = BTreeSet::new();
    for suite in [
        "suite_money.jsonl",
        "suite_money_reject.jsonl",
        "suite_numbers.jsonl",
    ] {
        all.extend(records(suite).into_iter().map(|r| r.source));
    }
    let listed: BTreeSet<&str> = DEVIATIONS.iter().map(|d| d.0).collect();
    assert_eq!(listed.len(), DEVIATIONS.len(), "a source listed twice");
    for (source, why) in DEVIATIONS {
        assert!(all.contains(*source), "{source} names no record");
        assert!(!why.is_empty(), "{source}: give the reason");
    }
}

#[test]
fn suite_money() {
    run("suite_money.jsonl", FLOOR_MONEY, |r| {
        let (norm, found) = quantities(&r.text);
        (!matches(&found, &r.expected)).then(|| {
            format!("want {:?}, got {}", r.expected, show(&norm, &found))
        })
    });
}

#[test]
fn suite_money_reject() {
    run("suite_money_reject.jsonl", FLOOR_MONEY_REJECT, |r| {
        let (norm, found) = quantities(&r.text);
        found.iter().any(|q| q.kind == "money").then(|| {
            format!(
                "want no money ({}), got {}",
                r.why.as_deref().unwrap_or(""),
                show(&norm, &found)
            )
        })
    });
}

#[test]
fn suite_numbers() {
    run("suite_numbers.jsonl", FLOOR_NUMBERS, |r| {
        let (norm, found) = quantities(&r.text);
        (!matches(&found, &r.expected)).then(|| {
            format!("want {:?}, got {}", r.expected, show(&norm, &found))
        })
    });
}
