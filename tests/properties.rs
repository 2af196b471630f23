//! Properties of normalization and its offset maps, on generated text.

use proptest::prelude::*;
use vnextract::normalize::{Options, Tone, Views, fold, normalize};

/// Pieces that Vietnamese text, clean or not, is made of.
const PIECES: &[&str] = &[
    "a", "b", "h", "o", "u", "y", "q", "g", "i", "n", "ng", "T", "H", "Q",
    "à", "á", "ả", "ã", "ạ", "ă", "ắ", "ặ", "â", "ấ", "ậ", "è", "é", "ê", "ế",
    "ệ", "ì", "í", "ỉ", "ò", "ó", "ỏ", "ô", "ố", "ơ", "ớ", "ợ", "ù", "ú", "ủ",
    "ư", "ứ", "ự", "ỳ", "ý", "ỷ", "ỵ", "Đ", "đ", "Ó", "Ủ", "Ý", "\u{300}",
    "\u{301}", "\u{302}", "\u{303}", "\u{306}", "\u{309}", "\u{31b}",
    "\u{323}", "\u{340}", "ð", "Ð", "ɗ", "о", "а", "Ω", "東", " ", " ", " ",
    "\n", ".", ",", "-", "–", "—", "“", "”", "‘", "’", "\u{a0}", "\u{200b}",
    "\u{ad}", "\u{feff}", "1", "2", "%", "₫", "😀",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40)
        .prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![text(), any::<String>()]
}

fn style() -> impl Strategy<Value = Tone> {
    prop_oneof![Just(Tone::Old), Just(Tone::New)]
}

/// Char boundaries of `s`, with its end.
fn boundaries(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn idempotent(src in any_text(), tone in style()) {
        let opts = Options { tone };
        let once = normalize(&src, &opts).text;
        let twice = normalize(&once, &opts).text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn form_does_not_matter(src in text(), tone in style()) {
        // NFD and NFC input normalize alike, whichever path a word takes.
        use unicode_normalization::UnicodeNormalization;
        let opts = Options { tone };
        let nfc: String = src.nfc().collect();
        let nfd: String = src.nfd().collect();
        let want = normalize(&nfc, &opts).text;
        prop_assert_eq!(&normalize(&nfd, &opts).text, &want);
        prop_assert_eq!(&normalize(&src, &opts).text, &want);
    }

    #[test]
    fn fold_ignores_normalization(src in any_text(), tone in style()) {
        let opts = Options { tone };
        let n = normalize(&src, &opts).text;
        prop_assert_eq!(fold(&n).0, fold(&normalize(&n, &opts).text).0);
        // Folding does not depend on the tone placement either.
        let other = Options {
            tone: if tone == Tone::Old { Tone::New } else { Tone::Old },
        };
        prop_assert_eq!(fold(&n).0, fold(&normalize(&src, &other).text).0);
    }

    #[test]
    fn key_is_the_folded_normalization(src in any_text()) {
        let slow = fold(&normalize(&src, &Options::default()).text).0;
        prop_assert_eq!(vnextract::normalize::key(&src), slow);
    }

    #[test]
    fn maps_land_on_char_boundaries(src in any_text(), tone in style()) {
        let v = Views::new(&src, &Options { tone });
        let out = &v.norm.text;
        let all = v.norm.map.to_src(0..out.len());
        prop_assert_eq!(&normalize(&src[all], &Options { tone }).text, out);
        let bs = boundaries(out);
        for (k, &a) in bs.iter().enumerate() {
            for &b in &bs[k..] {
                let r = v.norm.map.to_src(a..b);
                prop_assert!(r.start <= r.end && r.end <= src.len());
                prop_assert!(src.is_char_boundary(r.start));
                prop_assert!(src.is_char_boundary(r.end));
            }
        }
        let fbs = boundaries(&v.folded);
        for (k, &a) in fbs.iter().enumerate() {
            for &b in &fbs[k..] {
                let r = v.folded_to_src(a..b);
                prop_assert!(r.start <= r.end && r.end <= src.len());
                prop_assert!(src.is_char_boundary(r.start));
                prop_assert!(src.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn maps_are_monotone(src in any_text()) {
        let v = Views::new(&src, &Options::default());
        let bs = boundaries(&v.norm.text);
        for w in bs.windows(2) {
            let (a, b) = (v.norm.map.to_src(w[0]..w[1]), w[1]);
            let next = v.norm.map.to_src(b..b);
            prop_assert!(a.end <= next.start.max(a.end));
            prop_assert!(v.norm.map.src_start(w[0]) <= v.norm.map.src_start(b));
        }
    }

    /// Between spaces, the source a span maps to normalizes to the span:
    /// the map is exact at word granularity.
    #[test]
    fn words_map_back_exactly(src in text(), tone in style()) {
        let opts = Options { tone };
        let v = Views::new(&src, &opts);
        let out = &v.norm.text;
        let cuts: Vec<usize> = boundaries(out)
            .into_iter()
            .filter(|&i| {
                i == 0 || i == out.len() || out.as_bytes()[i - 1] == b' '
                    || out.as_bytes()[i] == b' '
            })
            .collect();
        for (k, &a) in cuts.iter().enumerate() {
            for &b in &cuts[k..] {
                let r = v.norm.map.to_src(a..b);
                let again = normalize(&src[r.clone()], &opts).text;
                prop_assert_eq!(
                    again.as_str(), &out[a..b],
                    "out {:?} src {:?}", &out[a..b], &src[r]
                );
            }
        }
        // Folded words map back to source text that folds to them.
        let f = &v.folded;
        let fcuts: Vec<usize> = boundaries(f)
            .into_iter()
            .filter(|&i| {
                i == 0 || i == f.len() || f.as_bytes()[i - 1] == b' '
                    || f.as_bytes()[i] == b' '
            })
            .collect();
        for w in fcuts.windows(2) {
            let r = v.folded_to_src(w[0]..w[1]);
            let again = fold(&normalize(&src[r.clone()], &opts).text).0;
            prop_assert_eq!(again.as_str(), &f[w[0]..w[1]]);
        }
    }
}

/// Pieces of news text: words of every layer, numbers, dates, names,
/// punctuation and odd chars.
const NEWS: &[&str] = &[
    "Đồng chí",
    "Nguyễn Văn An",
    "Phó Chủ tịch",
    "UBND",
    "tỉnh",
    "Thanh Hoá",
    "huyện",
    "Mường Lát",
    "Bí thư",
    "Tỉnh ủy",
    "đạt",
    "tăng",
    "giảm",
    "11%",
    "3.200",
    "USD",
    "tỷ đồng",
    "ngày",
    "28/12/2022",
    "quý I/2023",
    "năm",
    "2023",
    "hội nghị",
    "chủ trì",
    "dự",
    "thu ngân sách",
    "GRDP",
    "trở lên",
    "Ảnh:",
    "Theo",
    "Công ty",
    "cổ phần",
    "(",
    ")",
    ",",
    ".",
    ";",
    "-",
    "\"",
    " ",
    " ",
    "\n",
    "\u{301}",
    "\u{200b}",
    "–",
    "…",
    "😀",
    "1,5",
    "khoảng",
    "ông",
    "bà",
    "Sở",
    "Tài chính",
    "phương châm",
    "là",
    "TP.HCM",
    "xã",
];

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWS), 0..60)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The whole extraction never panics, and every span it prints is the
    /// input text at its offsets.
    #[test]
    fn extract_spans_point_into_the_input(src in prop_oneof![news(), any::<String>()]) {
        use vnextract::pipeline::{Meta, Options, Pipeline};
        let p = Pipeline::new(Options::default()).unwrap();
        let meta = Meta { id: None, date: Some("2023-01-01".into()) };
        let doc = p.extract_bytes(src.as_bytes(), &meta).unwrap();
        let v = serde_json::to_value(&doc).unwrap();
        let chars: Vec<char> = src.chars().collect();
        let mut spans = Vec::new();
        for layer in ["entities", "quantities", "dates"] {
            spans.extend(v[layer].as_array().unwrap().iter().cloned());
        }
        for f in v["facts"].as_array().unwrap() {
            spans.push(f["evidence"].clone());
        }
        for s in spans {
            let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            let (ba, bb) = (s["byte_start"].as_u64().unwrap() as usize, s["byte_end"].as_u64().unwrap() as usize);
            let text = s["text"].as_str().unwrap();
            prop_assert_eq!(chars[a..b].iter().collect::<String>(), text);
            prop_assert_eq!(&src[ba..bb], text);
        }
    }
}
