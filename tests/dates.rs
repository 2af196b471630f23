//! The date recognizer on real articles: the seed article's gold dates
//! (`shared/seeds/thanh-hoa-2023.gold.jsonl`), and every article of
//! `shared/dev-corpus/` for well-formed output.
//!
//! `VNX_DUMP_DATES=1 cargo test --test dates -- --nocapture` prints every
//! date found in the dev corpus, to read them by eye.

mod common;

use std::collections::BTreeSet;

use serde::Deserialize;
use vnextract::normalize::{Options, normalize_str};
use vnextract::recognize::date::{DateMatch, find};

#[derive(Debug, Deserialize)]
struct GoldDate {
    text: String,
    value: String,
}

#[derive(Debug, Deserialize)]
struct Gold {
    id: String,
    document_date: Option<String>,
    text: String,
    dates: Vec<GoldDate>,
}

fn check_ranges(text: &str, found: &[DateMatch], what: &str) {
    let mut last = 0;
    for d in found {
        let r = &d.norm;
        assert!(
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end),
            "{what}: bad range {r:?}"
        );
        assert!(r.start >= last, "{what}: overlapping or unsorted at {r:?}");
        last = r.end;
    }
}

/// Every gold date of the seed article is found, with its value and its
/// text; no value outside the gold is found.
#[test]
fn seed_article() {
    let path = common::manifest_dir()
        .join("../shared/seeds/thanh-hoa-2023.gold.jsonl");
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let gold: Gold = serde_json::from_str(line).expect("gold record");
        let text = normalize_str(&gold.text, &Options::default());
        let found = find(&text, gold.document_date.as_deref());
        check_ranges(&text, &found, &gold.id);
        // Scored as EVAL.md does, on values; every gold text is found too.
        let got: BTreeSet<(&str, &str)> = found
            .iter()
            .map(|d| (&text[d.norm.clone()], d.value.as_str()))
            .collect();
        let want: BTreeSet<(&str, &str)> = gold
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_str()))
            .collect();
        let missed: Vec<_> = want.difference(&got).collect();
        let want_values: BTreeSet<&str> = want.iter().map(|w| w.1).collect();
        let extra: Vec<_> =
            got.iter().filter(|g| !want_values.contains(g.1)).collect();
        assert!(
            missed.is_empty() && extra.is_empty(),
            "{}: missed {missed:?}, extra {extra:?}",
            gold.id
        );
        let d = found.iter().find(|d| d.kind == "date").expect("a day");
        assert_eq!(d.time.as_deref(), Some("morning"), "{}", gold.id);
    }
}

/// The dev corpus: well-formed ranges, and some dates on every article
/// that has digits and a date word.
#[test]
fn dev_corpus() {
    let dir = common::manifest_dir().join("../shared/dev-corpus");
    let dump = std::env::var_os("VNX_DUMP_DATES").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no articles in {}", dir.display());
    let mut total = 0;
    for path in &files {
        let raw = std::fs::read_to_string(path).expect("article");
        let text = normalize_str(&raw, &Options::default());
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for doc_date in [None, Some("2017-06-30")] {
            let found = find(&text, doc_date);
            check_ranges(&text, &found, &name);
            if doc_date.is_none() {
                total += found.len();
            }
            if dump {
                for d in &found {
                    eprintln!(
                        "{name} {doc_date:?}: {:?} {} {} {:?}{}",
                        &text[d.norm.clone()],
                        d.kind,
                        d.value,
                        d.time,
                        if d.relative { " relative" } else { "" }
                    );
                }
            }
        }
    }
    eprintln!("dev corpus: {total} dates in {} articles", files.len());
    assert!(total >= files.len(), "too few dates: {total}");
}
