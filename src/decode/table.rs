//! The code tables: `dictionaries/legacy_encodings.tsv` parsed once, plus
//! Windows-1252.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The embedded table (columns unicode, codepoint, tcvn3_bytes, vni_bytes,
/// viqr; one header row).
pub(super) const TSV: &str =
    include_str!("../../dictionaries/legacy_encodings.tsv");

/// Tone mnemonics of VIQR, in the order sắc, huyền, hỏi, ngã, nặng.
pub(super) const VIQR_TONES: [char; 5] = ['\'', '`', '?', '~', '.'];

/// Vowel modifier mnemonics of VIQR: circumflex, breve, horn.
pub(super) const VIQR_MODIFIERS: [char; 3] = ['^', '(', '+'];

/// One row of the table.
#[derive(Debug)]
pub(super) struct Row {
    /// The Unicode letter.
    pub letter: char,
    /// Its TCVN3 bytes (1 or 2).
    pub tcvn3: Vec<u8>,
    /// Its VNI-Windows bytes (1 or 2).
    pub vni: Vec<u8>,
    /// Its VIQR spelling.
    pub viqr: &'static str,
}

/// All rows of the TSV, in file order.
pub(super) static ROWS: LazyLock<Vec<Row>> = LazyLock::new(|| parse(TSV));

fn parse(tsv: &'static str) -> Vec<Row> {
    let hex = |field: &str, line: usize| -> Vec<u8> {
        field
            .split(' ')
            .map(|h| {
                u8::from_str_radix(h, 16).unwrap_or_else(|_| {
                    panic!("legacy_encodings.tsv:{line}: bad byte {h:?}")
                })
            })
            .collect()
    };
    let mut rows = Vec::new();
    for (i, line) in tsv.lines().enumerate().skip(1) {
        let line_no = i + 1;
        let f: Vec<&'static str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "legacy_encodings.tsv:{line_no}: 5 fields");
        let mut chars = f[0].chars();
        let letter = chars.next().expect("letter");
        assert!(chars.next().is_none(), "legacy_encodings.tsv:{line_no}");
        let cp = u32::from_str_radix(f[1].trim_start_matches("U+"), 16)
            .expect("codepoint");
        assert_eq!(letter as u32, cp, "legacy_encodings.tsv:{line_no}");
        rows.push(Row {
            letter,
            tcvn3: hex(f[2], line_no),
            vni: hex(f[3], line_no),
            viqr: f[4],
        });
    }
    rows
}

/// A byte-oriented legacy code (TCVN3 or VNI) in both directions.
pub(super) struct ByteTable {
    /// One-byte sequences.
    single: [Option<char>; 256],
    /// For bytes that start a two-byte sequence, 1 + their row in
    /// `pairs`; else 0.
    lead: [u8; 256],
    /// Two-byte sequences: `pairs[lead[a] - 1][b]`.
    pairs: Vec<[Option<char>; 256]>,
    /// Letter → bytes.
    pub encode: HashMap<char, Vec<u8>>,
    /// Non-ASCII bytes that occur anywhere in the table.
    pub used: [bool; 256],
}

impl ByteTable {
    fn build(bytes: impl Fn(&Row) -> &[u8]) -> ByteTable {
        let mut t = ByteTable {
            single: [None; 256],
            lead: [0; 256],
            pairs: Vec::new(),
            encode: HashMap::new(),
            used: [false; 256],
        };
        for row in ROWS.iter() {
            let b = bytes(row);
            match *b {
                [x] => {
                    assert!(t.single[x as usize].is_none(), "dup {x:02x}");
                    t.single[x as usize] = Some(row.letter);
                }
                [x, y] => {
                    if t.lead[x as usize] == 0 {
                        t.pairs.push([None; 256]);
                        t.lead[x as usize] = t.pairs.len() as u8;
                    }
                    let r = &mut t.pairs[t.lead[x as usize] as usize - 1];
                    assert!(r[y as usize].is_none(), "dup {x:02x} {y:02x}");
                    r[y as usize] = Some(row.letter);
                }
                _ => panic!("legacy_encodings.tsv: 1 or 2 bytes"),
            }
            for &x in b {
                if x >= 0x80 {
                    t.used[x as usize] = true;
                }
            }
            t.encode.insert(row.letter, b.to_vec());
        }
        t
    }

    /// The letter spelled by the byte pair `a b`, if any.
    #[inline]
    pub fn pair(&self, a: u8, b: u8) -> Option<char> {
        match self.lead[a as usize] {
            0 => None,
            r => self.pairs[r as usize - 1][b as usize],
        }
    }

    /// Whether `a` starts some byte pair.
    #[inline]
    pub fn is_lead(&self, a: u8) -> bool {
        self.lead[a as usize] != 0
    }

    /// The letter of a single byte, if the table has one.
    #[inline]
    pub fn letter(&self, b: u8) -> Option<char> {
        self.single[b as usize]
    }

    /// Decodes one byte that starts no known pair.
    #[inline]
    pub fn single(&self, b: u8) -> char {
        match self.single[b as usize] {
            Some(c) => c,
            None => cp1252_char(b),
        }
    }
}

/// TCVN3 (ABC).
pub(super) static TCVN3: LazyLock<ByteTable> =
    LazyLock::new(|| ByteTable::build(|r| &r.tcvn3));

/// VNI-Windows.
pub(super) static VNI: LazyLock<ByteTable> =
    LazyLock::new(|| ByteTable::build(|r| &r.vni));

/// VIQR facts derived from the table.
pub(super) struct Viqr {
    /// Letter → its VIQR spelling.
    pub encode: HashMap<char, &'static str>,
    /// ((letter, mnemonic), result), sorted: (`a`, `^`) → `â`,
    /// (`â`, `'`) → `ấ`.
    compose: Vec<((char, char), char)>,
}

impl Viqr {
    /// `from` with the mnemonic `m` added, if VIQR has that letter.
    #[inline]
    pub fn compose(&self, from: char, m: char) -> Option<char> {
        let i = self.compose.binary_search_by_key(&(from, m), |e| e.0);
        i.ok().map(|i| self.compose[i].1)
    }
}

/// The VIQR tables.
pub(super) static VIQR: LazyLock<Viqr> = LazyLock::new(|| {
    let mut v = Viqr { encode: HashMap::new(), compose: Vec::new() };
    for row in ROWS.iter() {
        v.encode.insert(row.letter, row.viqr);
        if let Some((from, m)) = viqr_parts(row.viqr) {
            v.compose.push(((from, m), row.letter));
        }
    }
    v.compose.sort();
    v
});

/// A VIQR spelling as (letter it extends, last mnemonic); `None` for
/// dd/DD.
fn viqr_parts(key: &str) -> Option<(char, char)> {
    if key.eq_ignore_ascii_case("dd") {
        return None;
    }
    let (prefix, last) = key.split_at(key.len() - 1);
    let last = last.chars().next().expect("mnemonic");
    let from = if prefix.len() == 1 {
        prefix.chars().next().expect("base")
    } else {
        ROWS.iter().find(|r| r.viqr == prefix).expect("prefix row").letter
    };
    Some((from, last))
}

/// What the validator and VIQR need to know about a Vietnamese letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LetterInfo {
    /// The lower-case letter without its tone (`ấ` → `â`, `Đ` → `đ`).
    pub base: char,
    /// 0 = no tone, 1..=5 = sắc, huyền, hỏi, ngã, nặng.
    pub tone: u8,
}

/// Non-ASCII Vietnamese letters live in these two ranges.
const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1B0;
const VIET: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;
const N_LATIN: usize = 0x1B0 - 0xC0 + 1;
const N_VIET: usize = 0x1EF9 - 0x1EA0 + 1;

/// [`LetterInfo`] of the non-ASCII letters, indexed by code point within
/// [`LATIN`], then [`VIET`].
static LETTER_INFO: LazyLock<Vec<Option<LetterInfo>>> = LazyLock::new(|| {
    let mut t = vec![None; N_LATIN + N_VIET];
    for row in ROWS.iter() {
        let info = match viqr_parts(row.viqr) {
            None => LetterInfo { base: 'đ', tone: 0 },
            Some((from, m)) => {
                let tone = VIQR_TONES
                    .iter()
                    .position(|&t| t == m)
                    .map_or(0, |p| p as u8 + 1);
                let toneless = if tone == 0 { row.letter } else { from };
                let base = toneless.to_lowercase().next().expect("lower");
                LetterInfo { base, tone }
            }
        };
        let u = row.letter as u32;
        let i = if LATIN.contains(&u) {
            (u - LATIN.start()) as usize
        } else {
            assert!(VIET.contains(&u), "{:?} outside ranges", row.letter);
            N_LATIN + (u - VIET.start()) as usize
        };
        t[i] = Some(info);
    }
    t
});

/// Facts about `c` if it is a Vietnamese letter (ASCII letters included).
#[inline]
pub(super) fn letter_info(c: char) -> Option<LetterInfo> {
    if c.is_ascii() {
        return c
            .is_ascii_alphabetic()
            .then(|| LetterInfo { base: c.to_ascii_lowercase(), tone: 0 });
    }
    let u = c as u32;
    let i = if LATIN.contains(&u) {
        (u - LATIN.start()) as usize
    } else if VIET.contains(&u) {
        N_LATIN + (u - VIET.start()) as usize
    } else {
        return None;
    };
    LETTER_INFO[i]
}

/// Windows-1252 0x80..=0x9F; the five undefined bytes map to the C1
/// control of the same value.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}',
    '\u{2020}', '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}',
    '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}',
    '\u{017E}', '\u{0178}',
];

/// The char Windows-1252 gives a byte.
#[inline]
pub(super) fn cp1252_char(b: u8) -> char {
    if (0x80..0xA0).contains(&b) {
        CP1252_HIGH[(b - 0x80) as usize]
    } else {
        b as char
    }
}

/// The Windows-1252 byte of a char, if it has one.
#[inline]
pub(super) fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if u > 0x2122 {
        return None;
    }
    CP1252_HIGH.iter().position(|&h| h == c).map(|p| 0x80 + p as u8)
}
