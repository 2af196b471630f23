//! Tests of the decode module. Every decode goes through [`dec`], which
//! checks the byte-map invariant.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::syllable::{end_tone_ok, is_syllable};
use super::table::{ROWS, cp1252_char};
use super::*;

/// The source that reads what `enc` produced.
fn source_of(enc: Encoding) -> Source {
    match enc {
        Encoding::Utf8 => Source::Utf8,
        Encoding::Tcvn3 => Source::Tcvn3,
        Encoding::Vni => Source::Vni,
        Encoding::Viqr => Source::Viqr,
    }
}

/// Checks the byte map of `d`: it tiles the input, and the input slice of
/// every char decodes to that char.
fn check_map(input: &[u8], d: &Decoded<'_>, lossy: bool) {
    let text: &str = &d.text;
    let t = match &d.map {
        ByteMap::Identity => {
            assert_eq!(text.as_bytes(), input, "identity map");
            return;
        }
        ByteMap::Table(t) => t,
    };
    assert_eq!(t.len(), text.len() + 1, "map length");
    assert_eq!(t[text.len()] as usize, input.len(), "map end");
    if text.is_empty() {
        assert!(input.is_empty());
        return;
    }
    assert_eq!(t[0], 0, "map start");
    let source = source_of(d.encoding);
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        assert!(t[i..end].iter().all(|&x| x == t[i]), "inside {c:?}");
        let (a, b) = (t[i] as usize, t[end] as usize);
        assert!(a < b, "char {c:?} at {i} owns no input");
        let slice = &input[a..b];
        let again = decode(slice, source, lossy).expect("slice decodes");
        assert_eq!(
            again.text,
            c.to_string(),
            "slice {slice:02x?} of {c:?} at text {i}"
        );
    }
}

/// Decodes and checks the byte map.
fn dec(input: &[u8], source: Source, lossy: bool) -> Decoded<'_> {
    let d = decode(input, source, lossy).expect("decodes");
    check_map(input, &d, lossy);
    d
}

fn dec_str(input: &[u8], source: Source) -> String {
    dec(input, source, false).text.into_owned()
}

fn cp1252_string(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252_char(b)).collect()
}

// ---------------------------------------------------------------- table

#[test]
fn table_has_134_letters() {
    assert_eq!(ROWS.len(), 134);
    let mut letters: Vec<char> = ROWS.iter().map(|r| r.letter).collect();
    letters.sort();
    letters.dedup();
    assert_eq!(letters.len(), 134);
}

#[test]
fn tcvn3_all_letters_both_ways() {
    for row in ROWS.iter() {
        let s = row.letter.to_string();
        assert_eq!(encode(&s, Encoding::Tcvn3), row.tcvn3, "{s}");
        assert_eq!(dec_str(&row.tcvn3, Source::Tcvn3), s, "raw {s}");
        let moj = cp1252_string(&row.tcvn3);
        assert_eq!(encode_mojibake(&s, Encoding::Tcvn3), moj);
        assert_eq!(dec_str(moj.as_bytes(), Source::Tcvn3), s, "moj {s}");
    }
}

#[test]
fn vni_all_letters_both_ways() {
    for row in ROWS.iter() {
        let s = row.letter.to_string();
        assert_eq!(encode(&s, Encoding::Vni), row.vni, "{s}");
        assert_eq!(dec_str(&row.vni, Source::Vni), s, "raw {s}");
        let moj = cp1252_string(&row.vni);
        assert_eq!(encode_mojibake(&s, Encoding::Vni), moj);
        assert_eq!(dec_str(moj.as_bytes(), Source::Vni), s, "moj {s}");
    }
}

#[test]
fn viqr_all_letters_both_ways() {
    for row in ROWS.iter() {
        let s = row.letter.to_string();
        assert_eq!(encode(&s, Encoding::Viqr), row.viqr.as_bytes(), "{s}");
        assert_eq!(dec_str(row.viqr.as_bytes(), Source::Viqr), s, "{s}");
    }
}

#[test]
fn all_letters_inside_words() {
    // Each letter between consonants, upper and lower neighbours.
    for row in ROWS.iter() {
        for (pre, post) in [("th", "nh"), ("TR", "NG"), ("", "t"), ("b", "")] {
            let s = format!("{pre}{}{post}", row.letter);
            for enc in [Encoding::Tcvn3, Encoding::Vni] {
                let src = source_of(enc);
                assert_eq!(dec_str(&encode(&s, enc), src), s, "{enc:?}");
                let moj = encode_mojibake(&s, enc);
                assert_eq!(dec_str(moj.as_bytes(), src), s, "{enc:?} moj");
            }
            if row.letter != 'đ' && row.letter != 'Đ' || pre.is_empty() {
                let v = encode(&s, Encoding::Viqr);
                assert_eq!(dec_str(&v, Source::Viqr), s, "viqr {s}");
            }
        }
    }
}

#[test]
fn cp1252_bytes_round_trip() {
    for b in 0..=255u8 {
        let c = cp1252_char(b);
        assert_eq!(table::cp1252_byte(c), Some(b), "{b:02x}");
    }
    assert_eq!(cp1252_char(0x81), '\u{81}');
    assert_eq!(cp1252_char(0x80), '€');
    assert_eq!(table::cp1252_byte('ệ'), None);
}

// ---------------------------------------------------------- the examples

#[test]
fn documented_examples() {
    let cases: [(&str, Source, &str); 6] = [
        ("ViÖt Nam ®¹t", Source::Tcvn3, "Việt Nam đạt"),
        ("Thñ t\u{AD}íng", Source::Tcvn3, "Thủ tướng"),
        ("Vieät Nam ñaït", Source::Vni, "Việt Nam đạt"),
        ("Thuû töôùng", Source::Vni, "Thủ tướng"),
        ("Vie^.t Nam dda.t", Source::Viqr, "Việt Nam đạt"),
        ("Thu? tu+o+'ng", Source::Viqr, "Thủ tướng"),
    ];
    for (input, source, want) in cases {
        assert_eq!(dec_str(input.as_bytes(), source), want, "{input}");
    }
    // The same in raw bytes, and encode gives the examples back.
    for (enc, a, b) in [
        (Encoding::Tcvn3, "ViÖt Nam ®¹t", "Thñ t\u{AD}íng"),
        (Encoding::Vni, "Vieät Nam ñaït", "Thuû töôùng"),
    ] {
        assert_eq!(encode_mojibake("Việt Nam đạt", enc), a);
        assert_eq!(encode_mojibake("Thủ tướng", enc), b);
        let raw = encode("Việt Nam đạt Thủ tướng", enc);
        assert!(std::str::from_utf8(&raw).is_err());
        assert_eq!(dec_str(&raw, source_of(enc)), "Việt Nam đạt Thủ tướng");
    }
    assert_eq!(encode("Việt Nam đạt", Encoding::Viqr), b"Vie^.t Nam dda.t");
    assert_eq!(encode("Thủ tướng", Encoding::Viqr), b"Thu? tu+o+'ng");
    assert_eq!(encode("Hà Nội", Encoding::Tcvn3), b"H\xb5 N\xe9i");
    assert_eq!(encode_mojibake("Hà Nội", Encoding::Tcvn3), "Hµ Néi");
}

#[test]
fn soft_hyphen_is_u_horn_in_tcvn3() {
    assert_eq!(dec_str("\u{AD}".as_bytes(), Source::Tcvn3), "ư");
    assert_eq!(dec_str(b"\xad", Source::Tcvn3), "ư");
    assert_eq!(dec_str("Tr\u{AD}êng".as_bytes(), Source::Tcvn3), "Trường");
}

#[test]
fn tcvn3_capitals_are_two_bytes() {
    assert_eq!(encode("À", Encoding::Tcvn3), b"A\xb5");
    assert_eq!(dec_str(b"A\xb5", Source::Tcvn3), "À");
    assert_eq!(dec_str("Uñy ban".as_bytes(), Source::Tcvn3), "Ủy ban");
    // U + ỷ is no pair: "Uỷ" (tone on y) stays two letters.
    assert_eq!(dec_str(b"U\xfb ban", Source::Tcvn3), "Uỷ ban");
}

#[test]
fn bytes_outside_the_tables() {
    // 0x93/0x94 are curly quotes; 0x81 is undefined in Windows-1252.
    let d = dec(b"\x93H\xb5\x94 \x81", Source::Tcvn3, false);
    assert_eq!(d.text, "\u{201C}Hà\u{201D} \u{81}");
    let d = dec(b"\x80 a\xf8", Source::Vni, false);
    assert_eq!(d.text, "€ à");
    // Mojibake: chars Windows-1252 cannot produce pass through.
    assert_eq!(
        dec_str("ViÖt → 中 ®".as_bytes(), Source::Tcvn3),
        "Việt → 中 đ"
    );
    // Unencodable chars become '?', encodable ones their byte.
    assert_eq!(encode("ç €", Encoding::Tcvn3), b"? \x80");
    assert_eq!(encode("中", Encoding::Vni), b"?");
}

#[test]
fn encode_composes_nfd() {
    let nfd: String = "Việt Nam đạt".nfd().collect();
    for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
        assert_eq!(encode(&nfd, enc), encode("Việt Nam đạt", enc));
    }
}

// --------------------------------------------------------- round trips

const SENTENCES: [&str; 8] = [
    "Việt Nam đạt mức tăng trưởng cao nhất trong khu vực.",
    "Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương hoàn thành.",
    "Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.",
    "Người dân ở huyện Mường Lát đã nhận được hỗ trợ kịp thời?",
    "Thuở ấy, khuya khoắt, quý khách nghiêng ngả; giữa rừng khuỷu tay.",
    "HĐND tỉnh Thanh Hoá (UBND) chi 1.500 tỷ đồng – tăng 12,5%!",
    "Hà Nội. Huế? Đà Nẵng! Cà Mau... Ba. Hai? Hoa. Gì? Quả.",
    "Ảnh: Ông Ấn, Ông Ước, Ở Ủy, Ỷ Ệ, Ững Ợ ỘI.",
];

fn title_case(s: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[test]
fn sentences_round_trip() {
    for s in SENTENCES {
        for s in [s.to_string(), s.to_uppercase(), title_case(s)] {
            for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
                let src = source_of(enc);
                let bytes = encode(&s, enc);
                assert_eq!(dec_str(&bytes, src), s, "{enc:?}");
                let moj = encode_mojibake(&s, enc);
                assert_eq!(dec_str(moj.as_bytes(), src), s, "{enc:?} moj");
            }
        }
    }
}

// ---------------------------------------------------------------- VIQR

#[test]
fn viqr_punctuation_heuristics() {
    let cases = [
        ("Ha` No^.i.", "Hà Nội."),
        ("Nam.", "Nam."),
        ("Nam. Hai? Ba.", "Nam. Hai? Bạ"),
        ("Ba\\.", "Ba."),
        ("banana. tea?", "banana. tea?"),
        ("Hoa.", "Hoạ"),
        ("gi` qua? Thuy?", "gì quả Thuỷ"),
        ("HDDND DDa`", "HĐND Đà"),
        ("Dda`", "Đà"),
        ("address add", "address add"),
        ("\\ddd", "dđ"),
        ("d\\dd", "ddd"),
        ("C:\\Users", "C:\\Users"),
        ("a\\\\b", "a\\b"),
        ("i^ u( a+", "i^ u( a+"),
        ("a^^ a^'' ", "â^ ấ' "),
        ("dde^'n ddu+o+.c", "đến được"),
        ("Vie^.t", "Việt"),
    ];
    for (input, want) in cases {
        assert_eq!(dec_str(input.as_bytes(), Source::Viqr), want, "{input}");
    }
}

#[test]
fn viqr_encode_escapes_only_what_it_must() {
    let cases = [
        ("Hà Nội.", "Ha` No^.i."),
        ("Ba.", "Ba\\."),
        ("Nam. Hai? Ba.", "Nam. Hai? Ba\\."),
        ("Hoa?", "Hoa\\?"),
        ("a^", "a\\^"),
        ("ddo", "\\ddo"),
        ("HĐND", "HDDND"),
        ("C:\\Users", "C:\\Users"),
        ("a\\.", "a\\\\."),
        ("Thủ tướng", "Thu? tu+o+'ng"),
    ];
    for (text, want) in cases {
        let got = String::from_utf8(encode(text, Encoding::Viqr)).unwrap();
        assert_eq!(got, want, "{text}");
        assert_eq!(dec_str(got.as_bytes(), Source::Viqr), text, "{text}");
    }
}

#[test]
fn viqr_lossy_and_strict() {
    assert_eq!(
        decode(b"a^\xff", Source::Viqr, false).unwrap_err(),
        DecodeError::InvalidUtf8 { offset: 2 }
    );
    let d = dec(b"Vie^.t\xff a'", Source::Viqr, true);
    assert_eq!(d.text, "Việt\u{FFFD} á");
}

#[test]
fn syllable_validator() {
    for w in [
        "Việt",
        "nghiêng",
        "quốc",
        "giữ",
        "gì",
        "khuỷu",
        "người",
        "xoong",
        "THƯỜNG",
        "a",
        "y",
        "oanh",
        "Khuya",
        "đạt",
    ] {
        assert!(is_syllable(w), "{w}");
    }
    for w in ["Viet2", "việt", "ViÖt", "hoả́", "street", "ng", "brrr", ""]
    {
        assert!(!is_syllable(w), "{w}");
    }
    for r in ["ba", "Hoa", "thuy", "gi", "qua", "khoe", "hue^"] {
        let r = dec_str(r.as_bytes(), Source::Viqr);
        assert!(end_tone_ok(&r), "{r}");
    }
    for r in ["hai", "banana", "nam", "tea", "ng"] {
        assert!(!end_tone_ok(r), "{r}");
    }
}

// ---------------------------------------------------------------- UTF-8

#[test]
fn utf8_fast_path_borrows() {
    let input = "Hà Nội".as_bytes();
    for source in [Source::Utf8, Source::Auto] {
        let d = dec(input, source, false);
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert_eq!(d.map, ByteMap::Identity);
        assert_eq!(d.encoding, Encoding::Utf8);
    }
}

#[test]
fn utf8_strict_offsets() {
    let cases: [(&[u8], usize); 5] = [
        (b"\xff", 0),
        (b"ab\xffcd", 2),
        ("Hà\u{0}".as_bytes(), usize::MAX),
        (b"H\xc3\xa0 \xe1\xbb", 4),
        (b"abc\xc3", 3),
    ];
    for (input, offset) in cases {
        let r = decode(input, Source::Utf8, false);
        if offset == usize::MAX {
            assert!(r.is_ok());
        } else {
            let e = r.unwrap_err();
            assert_eq!(e, DecodeError::InvalidUtf8 { offset });
        }
    }
}

#[test]
fn utf8_lossy_matches_std() {
    let inputs: [&[u8]; 7] = [
        b"ab\xffcd",
        b"\xff\xfe",
        b"H\xc3\xa0 \xe1\xbb",
        b"\xe1\xbb\x87\xe1\xbb",
        b"\xf0\x9f\x98\x80\xf0\x9f",
        b"\xed\xa0\x80x",
        b"\xc0\xaf ok",
    ];
    for input in inputs {
        let d = dec(input, Source::Utf8, true);
        assert_eq!(d.text, String::from_utf8_lossy(input), "{input:02x?}");
        assert_eq!(d.encoding, Encoding::Utf8);
    }
    let d = dec(b"ab\xffcd", Source::Utf8, true);
    assert_eq!(d.map.input_range(2..5), 2..3);
    assert_eq!(d.map.input_range(5..7), 3..5);
}

// ---------------------------------------------------------- detection

const PARAGRAPH: &str = "Sáng 28-12, UBND tỉnh Thanh Hoá đã tổ chức hội \
nghị triển khai nhiệm vụ kinh tế - xã hội năm 2023. Đồng chí Đỗ Minh Tuấn, \
Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Mục tiêu tổng \
quát là kiểm soát hiệu quả dịch COVID-19 và các dịch bệnh mới phát sinh. \
Người dân được hỗ trợ kịp thời; lực lượng vũ trang đóng chân trên địa bàn \
huyện Mường Lát.";

fn auto(input: &[u8]) -> Decoded<'_> {
    dec(input, Source::Auto, false)
}

#[test]
fn auto_detects_each_legacy_form() {
    for s in [PARAGRAPH.to_string(), PARAGRAPH.to_uppercase()] {
        let cases = [
            (encode(&s, Encoding::Tcvn3), Encoding::Tcvn3),
            (
                encode_mojibake(&s, Encoding::Tcvn3).into_bytes(),
                Encoding::Tcvn3,
            ),
            (encode(&s, Encoding::Vni), Encoding::Vni),
            (encode_mojibake(&s, Encoding::Vni).into_bytes(), Encoding::Vni),
            (encode(&s, Encoding::Viqr), Encoding::Viqr),
        ];
        for (input, enc) in cases {
            let d = auto(&input);
            assert_eq!(d.encoding, enc, "{}", String::from_utf8_lossy(&input));
            assert_eq!(d.text, s);
        }
    }
}

fn strip_diacritics(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36F}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

#[test]
fn auto_keeps_utf8() {
    let nfd: String = PARAGRAPH.nfd().collect();
    let cases = [
        PARAGRAPH.to_string(),
        nfd,
        strip_diacritics(PARAGRAPH),
        "Thanh Hoa, Ha Noi, Da Nang, Ca Mau, Ben Tre, Hue.".to_string(),
        "The quick brown fox jumps over the lazy dog. I'm sure it's fine, \
         isn't it? We'd go at 6 a.m. and you're back by 7 p.m., e.g. Go. \
         No? So. Do. He's here; she'll stay (a+b)^2 ~ c."
            .to_string(),
        "Nam. Hai? Ba. Bon? Nam. Sau? Bay. Tam? Chin. Muoi? Ba. Ca. Co? \
         Khoe. Di? Ve. Ma? Me. Ba? To? Lo. Hoa. Thuy? Qua."
            .to_string(),
        "L'élève a été très déçu : à la fin, ça s'est mal passé. Où est \
         le garçon ? Voilà, c'est déjà l'été ; Noël, naïf, cœur, façade."
            .to_string(),
        "Über Größe, schön: Straße, Mädchen, Ärger, Öl — ¿Qué? ¡Sí! Año, \
         niño, señor © ® ° ± « » µ ¶ ·"
            .to_string(),
    ];
    for s in cases {
        let d = auto(s.as_bytes());
        assert_eq!(d.encoding, Encoding::Utf8, "{s}");
        assert!(matches!(d.text, Cow::Borrowed(_)), "{s}");
    }
}

#[test]
fn auto_on_invalid_utf8() {
    // Windows-1252 French is neither TCVN3 nor VNI.
    let latin = b"L'\xe9l\xe8ve a \xe9t\xe9 tr\xe8s d\xe9\xe7u, \xe0 la fin.";
    assert_eq!(
        decode(latin, Source::Auto, false).unwrap_err(),
        DecodeError::Undetected { offset: 2 }
    );
    let d = dec(latin, Source::Auto, true);
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(d.text, String::from_utf8_lossy(latin));
    // Vietnamese UTF-8 with one broken byte is not legacy either.
    let mut broken = PARAGRAPH.as_bytes().to_vec();
    broken[1] = 0xff;
    assert_eq!(
        decode(&broken, Source::Auto, false).unwrap_err(),
        DecodeError::Undetected { offset: 1 }
    );
    // Short raw legacy text is still recognised.
    for enc in [Encoding::Tcvn3, Encoding::Vni] {
        let d = auto(&encode("Việt Nam", enc)).encoding;
        assert_eq!(d, enc);
    }
}

// -------------------------------------------------------------- samples

fn samples_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// The first two paragraphs of the shipped article, newline-terminated.
fn sample_text() -> String {
    let path = samples_dir().join("thanh-hoa-2023.txt");
    let all = std::fs::read_to_string(&path).expect("thanh-hoa-2023.txt");
    let paras: Vec<&str> = all.split("\n\n").take(2).collect();
    format!("{}\n", paras.join("\n\n"))
}

/// (file name, contents, what reads it, encoding it has)
fn legacy_samples() -> Vec<(&'static str, Vec<u8>, Source, Encoding)> {
    let text = sample_text();
    vec![
        (
            "legacy-tcvn3.txt",
            encode(&text, Encoding::Tcvn3),
            Source::Tcvn3,
            Encoding::Tcvn3,
        ),
        (
            "legacy-vni.txt",
            encode(&text, Encoding::Vni),
            Source::Vni,
            Encoding::Vni,
        ),
        (
            "legacy-viqr.txt",
            encode(&text, Encoding::Viqr),
            Source::Viqr,
            Encoding::Viqr,
        ),
        (
            "legacy-tcvn3-mojibake.txt",
            encode_mojibake(&text, Encoding::Tcvn3).into_bytes(),
            Source::Tcvn3,
            Encoding::Tcvn3,
        ),
    ]
}

/// Writes the `samples/legacy-*.txt` files:
/// `cargo test --lib decode::tests::generate_legacy_samples -- --ignored`.
#[test]
#[ignore = "writes samples/legacy-*.txt"]
fn generate_legacy_samples() {
    for (name, bytes, _, _) in legacy_samples() {
        std::fs::write(samples_dir().join(name), bytes).expect(name);
    }
}

#[test]
fn legacy_samples_decode_to_the_article() {
    let text = sample_text();
    for (name, want_bytes, source, enc) in legacy_samples() {
        let bytes = std::fs::read(samples_dir().join(name)).expect(name);
        assert!(bytes == want_bytes, "{name} is stale: regenerate it");
        assert_eq!(dec_str(&bytes, source), text, "{name}");
        let d = auto(&bytes);
        assert_eq!((d.encoding, &*d.text), (enc, text.as_str()), "{name}");
    }
}
