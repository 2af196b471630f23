//! Properties of number reading and the quantity recognizer: numbers
//! written the Vietnamese way read back to themselves, and whatever the
//! text, every quantity lies on char boundaries inside it, in order,
//! without overlaps, and outside the excluded ranges.

mod common;

use std::ops::Range;

use proptest::prelude::*;
use vnextract::normalize::{Options, normalize_str};
use vnextract::recognize::number::digits;
use vnextract::recognize::quantity::{QuantityMatch, find};

/// `int` and the decimal digits `frac` written the Vietnamese way: "."
/// between groups of three, "," before the decimals.
fn vietnamese(int: u64, frac: &str) -> String {
    let plain = int.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Checks the ranges of `found` against `text` and `exclude`.
fn check(text: &str, found: &[QuantityMatch], exclude: &[Range<usize>]) {
    let mut last = 0;
    for q in found {
        let r = &q.norm;
        assert!(r.start < r.end && r.end <= text.len(), "{r:?} in {text:?}");
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{r:?} not on char boundaries of {text:?}"
        );
        assert!(r.start >= last, "{r:?} overlaps or precedes in {text:?}");
        last = r.end;
        for x in exclude {
            assert!(
                r.end <= x.start || x.end <= r.start,
                "{r:?} overlaps excluded {x:?} in {text:?}"
            );
        }
        assert!(
            q.value.is_some() != (q.min.is_some() && q.max.is_some()),
            "a value or a range: {q:?}"
        );
    }
}

/// Pieces of text that make quantities and near misses.
const PIECES: &[&str] = &[
    "1",
    "2,5",
    "3.200",
    "1.5",
    "01",
    "0912",
    "2023",
    "12.345,67",
    "1.2.3",
    " ",
    " ",
    " ",
    "\n",
    "-",
    "/",
    ":",
    ".",
    ",",
    "(",
    ")",
    "%",
    "$",
    "₫",
    "€",
    "k",
    "K",
    "M",
    "m",
    "m2",
    "km",
    "ha",
    "tấn",
    "tỷ",
    "tỉ",
    "triệu",
    "nghìn",
    "vạn",
    "trăm",
    "rưỡi",
    "đồng",
    "đ",
    "Đ",
    "USD",
    "đô",
    "la",
    "lượt",
    "khách",
    "người",
    "hộ",
    "dự án",
    "thứ",
    "Thứ",
    "hai",
    "mươi",
    "lăm",
    "năm",
    "tháng",
    "ngày",
    "một",
    "nửa",
    "không",
    "mười",
    "XIX",
    "khoảng",
    "hơn",
    "trên",
    "dưới",
    "từ",
    "đến",
    "trở",
    "lên",
    "xuống",
    "âm",
    "và",
    "xen",
    "phẩy",
    "điểm",
    "phần",
    "Nghị định",
    "số",
    "ư",
    "ữ",
    "Ư",
    "\u{301}",
    "Rs",
    "VN",
    "²",
];

proptest! {
    #[test]
    fn vietnamese_digits_read_back(
        int in 0u64..1_000_000_000_000_000,
        frac in "[0-9]{0,6}",
    ) {
        let s = vietnamese(int, &frac);
        let want: f64 = if frac.is_empty() {
            int.to_string().parse().unwrap()
        } else {
            format!("{int}.{frac}").parse().unwrap()
        };
        let n = digits(&s).unwrap_or_else(|| panic!("{s:?} not read"));
        prop_assert_eq!(n.value, want, "{}", s);
        // Only "1,000"-like decimals (no group, three decimals ending in
        // 0) read either way.
        let english = int < 1000 && frac.len() == 3 && frac.ends_with('0');
        prop_assert_eq!(n.ambiguous, english, "{}", s);
    }

    #[test]
    fn ranges_are_sound_on_pieces(
        picks in prop::collection::vec(0..PIECES.len(), 0..40),
        cut in 0usize..200,
    ) {
        let raw: String = picks.iter().map(|&i| PIECES[i]).collect();
        let text = normalize_str(&raw, &Options::default());
        let found = find(&text, &[]);
        check(&text, &found, &[]);
        // Excluding a range: nothing returned overlaps it.
        let mut a = cut.min(text.len());
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let ex = a..(a + 5).min(text.len());
        let ex = std::slice::from_ref(&ex);
        let found = find(&text, ex);
        check(&text, &found, ex);
        // Excluding everything found leaves nothing.
        let all: Vec<Range<usize>> =
            find(&text, &[]).into_iter().map(|q| q.norm).collect();
        prop_assert!(find(&text, &all).is_empty());
    }

    #[test]
    fn ranges_are_sound_on_any_text(raw in "\\PC{0,80}") {
        let text = normalize_str(&raw, &Options::default());
        check(&text, &find(&text, &[]), &[]);
    }
}

#[test]
fn ranges_are_sound_on_the_dev_corpus() {
    let dir = common::manifest_dir().join("../shared/dev-corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no {}: skipped", dir.display());
        return;
    };
    let mut files = 0;
    let mut total = 0;
    for e in entries {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let raw = std::fs::read_to_string(&path).unwrap();
        let text = normalize_str(&raw, &Options::default());
        let found = find(&text, &[]);
        check(&text, &found, &[]);
        files += 1;
        total += found.len();
    }
    eprintln!("{total} quantities in {files} articles");
    assert!(files == 0 || total > files, "too few quantities");
}
