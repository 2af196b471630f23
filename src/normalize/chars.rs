//! Character tables: Vietnamese vowels with their tones, folding, and the
//! look-alikes and typography that normalization rewrites.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical,
};

/// The twelve vowel letters, without tone, in lower case.
pub const VOWELS: [char; 12] =
    ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/// The combining marks of the five tones, indexed by tone number - 1
/// (huyền, sắc, hỏi, ngã, nặng).
pub const TONE_MARKS: [char; 5] =
    ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Code points below this limit are described by the table.
const LIMIT: usize = 0x1F00;

/// A vowel letter split into its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vowel {
    /// Index into [`VOWELS`].
    pub base: u8,
    /// 0 for no tone, else 1 + index into [`TONE_MARKS`].
    pub tone: u8,
    /// Whether the letter is upper case.
    pub upper: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct Info {
    /// ASCII byte the char folds to, 0 when it folds to itself or needs the
    /// general path.
    fold: u8,
    /// 1 + vowel index, 0 when not a vowel.
    vowel: u8,
    tone: u8,
    flags: u8,
}

const UPPER: u8 = 1;
const LETTER: u8 = 2;
const MARK: u8 = 4;
const DROP_IN_FOLD: u8 = 8;
/// Belongs inside a word.
const WORD: u8 = 16;
/// Inside a word, needs the slow path (NFC, look-alike, deletion).
const SLOW: u8 = 32;
/// Outside a word, needs a look (typography, deletion, NFC).
const SPECIAL: u8 = 64;

/// What normalization needs to know of one char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    /// 1 + index into [`VOWELS`], 0 when not a vowel.
    pub vowel: u8,
    /// Whether the vowel carries a tone.
    pub toned: bool,
    /// Whether the char belongs inside a word.
    pub word: bool,
    /// Inside a word: whether it needs the slow path. Outside: whether it
    /// needs a look at all.
    pub special: bool,
}

/// Classifies `c` (one table lookup below U+1F00).
#[inline]
pub fn class(c: char) -> Class {
    match TABLES.info.get(c as usize) {
        Some(i) => Class {
            vowel: i.vowel,
            toned: i.tone != 0,
            word: i.flags & WORD != 0,
            special: i.flags & (SLOW | SPECIAL) != 0,
        },
        None => class_beyond(c),
    }
}

/// [`class`] of a char past the table.
#[cold]
fn class_beyond(c: char) -> Class {
    let word = c.is_alphabetic() || is_invisible(c) || is_mark(c);
    let special = if word {
        is_invisible(c)
            || is_mark(c)
            || lookalike(c).is_some()
            || !nfc_stable(c)
    } else {
        typography(c).is_some() || !nfc_stable(c)
    };
    Class { vowel: 0, toned: false, word, special }
}

/// Whether NFC never changes `c` nor composes it with a neighbour.
fn nfc_stable(c: char) -> bool {
    (c as u32) < 0x300
        || unicode_normalization::is_nfc_quick(std::iter::once(c))
            == unicode_normalization::IsNormalized::Yes
}

struct Tables {
    info: Vec<Info>,
    /// What [`fold_char`] does to each char below [`LIMIT`], see
    /// [`folds`].
    folds: Vec<u8>,
    /// `[base][tone][upper]`
    compose: [[[char; 2]; 6]; 12],
}

static TABLES: LazyLock<Tables> = LazyLock::new(build);

fn build() -> Tables {
    let mut info = vec![Info::default(); LIMIT];
    let mut table = [[['\0'; 2]; 6]; 12];
    for (b, &base) in VOWELS.iter().enumerate() {
        for upper in [false, true] {
            let base_c = if upper {
                base.to_uppercase().next().unwrap_or(base)
            } else {
                base
            };
            for tone in 0..6u8 {
                let c = if tone == 0 {
                    base_c
                } else {
                    let mut nfc = [base_c, TONE_MARKS[tone as usize - 1]]
                        .into_iter()
                        .nfc();
                    match (nfc.next(), nfc.next()) {
                        (Some(c), None) => c,
                        _ => unreachable!("{base_c} {tone} is precomposed"),
                    }
                };
                table[b][tone as usize][upper as usize] = c;
                let slot = &mut info[c as usize];
                slot.vowel = b as u8 + 1;
                slot.tone = tone;
                slot.flags |= if upper { UPPER } else { 0 };
            }
        }
    }
    for (cp, slot) in info.iter_mut().enumerate() {
        let Some(c) = char::from_u32(cp as u32) else { continue };
        if is_alphabetic_below_limit(cp) {
            slot.flags |= LETTER;
            if c.is_uppercase() {
                slot.flags |= UPPER;
            }
        }
        if canonical_combining_class(c) != 0 || (0x300..0x370).contains(&cp) {
            slot.flags |= MARK | DROP_IN_FOLD;
        }
        let mut first = None;
        decompose_canonical(c, |d| {
            if first.is_none() {
                first = Some(d);
            }
        });
        if let Some(d) = first
            && d.is_ascii_alphabetic()
        {
            slot.fold = d.to_ascii_lowercase() as u8;
        }
    }
    for c in ['đ', 'Đ', 'ð', 'Ð', 'ɗ', 'Ɖ'] {
        info[c as usize].fold = b'd';
        info[c as usize].flags |= LETTER;
    }
    for (cp, slot) in info.iter_mut().enumerate() {
        let Some(c) = char::from_u32(cp as u32) else { continue };
        let invisible = is_invisible(c);
        if slot.flags & (LETTER | MARK) != 0 || invisible {
            slot.flags |= WORD;
            if slot.flags & MARK != 0
                || invisible
                || lookalike(c).is_some()
                || !nfc_stable(c)
            {
                slot.flags |= SLOW;
            }
        } else if typography(c).is_some() || !nfc_stable(c) {
            slot.flags |= SPECIAL;
        }
    }
    let folds = info
        .iter()
        .map(|i| {
            if i.fold != 0 {
                i.fold
            } else if i.flags & DROP_IN_FOLD != 0 {
                FOLD_DROP
            } else if i.flags & UPPER == 0 {
                FOLD_COPY
            } else {
                0
            }
        })
        .collect();
    Tables { info, folds, compose: table }
}

/// In [`folds`]: the char folds to itself.
pub const FOLD_COPY: u8 = 0x80;
/// In [`folds`]: the char folds to nothing (a combining mark).
pub const FOLD_DROP: u8 = 0x81;

/// What [`fold_char`] does to each char below U+1F00, indexed by code
/// point: the ASCII byte it folds to, [`FOLD_COPY`], [`FOLD_DROP`], or 0
/// when it takes the general path. One table read per char for loops
/// that fold many.
#[inline]
pub fn folds() -> &'static [u8] {
    &TABLES.folds
}

/// [`char::is_alphabetic`] for a code point below [`LIMIT`], from a
/// bitset: the standard library searches its tables for every char past
/// ASCII, which made building the table cost some 8 million instructions
/// at startup.
fn is_alphabetic_below_limit(cp: usize) -> bool {
    ALPHABETIC[cp / 64] >> (cp % 64) & 1 != 0
}

/// Bit `cp % 64` of word `cp / 64`: whether `cp` is alphabetic (a test
/// checks it against [`char::is_alphabetic`]).
#[rustfmt::skip]
static ALPHABETIC: [u64; LIMIT / 64] = [
    0x0000000000000000, 0x07FFFFFE07FFFFFE, 0x0420040000000000,
    0xFF7FFFFFFF7FFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x0000501F0003FFC3,
    0x0000000000000000, 0xBCDFFFF800000020, 0xFFFFFFFBFFFFD740,
    0xFFBFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFC03, 0xFFFFFFFFFFFFFFFF, 0xFFFEFFFFFFFFFFFF,
    0xFFFFFFFF027FFFFF, 0xBFFF0000000001FF, 0x000787FFFFFF00B6,
    0xFFFFFFFF07FF0000, 0xFFFFC000FEFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0x9C00E1FE1FEFFFFF, 0xFFFFFFFFFFFF0000, 0xFFFFFFFFFFFFE000,
    0x0003FFFFFFFFFFFF, 0x043007FFFFFFFC00, 0x00001FFFFCFFFFFF,
    0xFFFF07FF01FFFFFF, 0xFFFFFFFF0080FEFF, 0xFFFF03F8FFF003FF,
    0xEFFFFFFFFFFFFFFF, 0xFFFE000FFFE1DFFF, 0xE3C5FDFFFFF99FEF,
    0x1003000FB080599F, 0xC36DFDFFFFF987EE, 0x003F00005E021987,
    0xE3EDFDFFFFFBBFEE, 0x1E00000F00011BBF, 0xE3EDFDFFFFF99FEE,
    0x0002000FB0C0199F, 0xC3FFC718D63DC7EC, 0x0000000000811DC7,
    0xE3FFFDFFFFFDDFFF, 0x0000000F37601DDF, 0xE3EFFDFFFFFDDFEF,
    0x000E000F70601DDF, 0xE7FFFFFFFFFDDFFF, 0xFC00000F80F05DDF,
    0x2FFBFFFFFC7FFFEE, 0x000C0000FF5F807F, 0x07FFFFFFFFFFFFFE,
    0x000000000000207F, 0x3BFFFFAFFFFFF7D6, 0x00000000F000205F,
    0x0000000000000001, 0xFFFE1FFFFFFFFEFF, 0x1FFFFFFFFEFFFF0F,
    0x0000000000000000, 0xF97FFFFFFFFFFFFF, 0xFFFFFFFFFFFF0000,
    0xFFFFFFFF3C00FFFF, 0xF7FFFFFFFFFF20BF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF3D7F3DFF, 0x7F3DFFFFFFFF3DFF,
    0xFFFFFFFFFF7FFF3D, 0xFFFFFFFFFF3DFFFF, 0x0000000007FFFFFF,
    0xFFFFFFFF0000FFFF, 0x3F3FFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFE,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFF9FFFFFFFFFFF,
    0xFFFFFFFF07FFFFFE, 0x01FFC7FFFFFFFFFF, 0x000FFFFF800FFFFF,
    0x000DDFFF000FFFFF, 0xFFCFFFFFFFFFFFFF, 0x00000000108001FF,
    0xFFFFFFFF00000000, 0x01FFFFFFFFFFFFFF, 0xFFFF07FFFFFFFFFF,
    0x003FFFFFFFFFFFFF, 0x01FF0FFF7FFFFFFF, 0x001F3FFFFFFF0000,
    0xFFFF0FFFFFFFFFFF, 0x00000000000003FF, 0xFFFFFFFF0FFFFFFF,
    0x001FFFFE7FFFFFFF, 0x8000008000000000, 0x0000000000007001,
    0xFFEFFFFFFFFFFFFF, 0x0000000000001FEF, 0xFC00F3FFFFFFFFFF,
    0x0003FFBFFFFFFFFF, 0x007FFFFFFFFFFFFF, 0x3FFFFFFFFC00E000,
    0xE7FFFFFFFFFF07FF, 0x046FDE0000000000, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x001FFFFFFFF80000,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF,
];

fn info(c: char) -> Option<Info> {
    TABLES.info.get(c as usize).copied()
}

/// The vowel `c` is, if it is one.
#[inline]
pub fn vowel(c: char) -> Option<Vowel> {
    let i = info(c)?;
    (i.vowel != 0).then(|| Vowel {
        base: i.vowel - 1,
        tone: i.tone,
        upper: i.flags & UPPER != 0,
    })
}

/// The letter for a vowel.
#[inline]
pub fn vowel_char(v: Vowel) -> char {
    TABLES.compose[v.base as usize][v.tone as usize][v.upper as usize]
}

/// `prev` with the combining mark `mark` applied, when both are part of
/// Vietnamese spelling: a tone mark on an untoned vowel, or a circumflex,
/// breve or horn on the vowel that takes it ("e" + U+0302 → "ê",
/// "ẹ" + U+0302 → "ệ"). Marks may come in any order, so this also
/// composes what NFC leaves apart when two marks of the same class are
/// out of canonical order.
#[inline]
pub fn compose(prev: char, mark: char) -> Option<char> {
    let mut v = vowel(prev)?;
    if let Some(t) = TONE_MARKS.iter().position(|&m| m == mark) {
        if v.tone != 0 {
            return None;
        }
        v.tone = t as u8 + 1;
        return Some(vowel_char(v));
    }
    // Indices into VOWELS: a ă â e ê i o ô ơ u ư y.
    v.base = match (mark, v.base) {
        ('\u{302}', 0) => 2,
        ('\u{302}', 3) => 4,
        ('\u{302}', 6) => 7,
        ('\u{306}', 0) => 1,
        ('\u{31B}', 6) => 8,
        ('\u{31B}', 9) => 10,
        _ => return None,
    };
    Some(vowel_char(v))
}

/// Whether `c` is a combining mark.
#[inline]
pub fn is_mark(c: char) -> bool {
    match info(c) {
        Some(i) => i.flags & MARK != 0,
        None => canonical_combining_class(c) != 0,
    }
}

/// Invisible chars that normalization deletes: zero-width spaces and
/// joiners, the word joiner, the byte order mark and the soft hyphen.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

/// The letter a look-alike stands for, inside a Latin word.
#[inline]
pub fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'ð' | 'ɗ' => 'đ',
        'Ð' | 'Ɖ' => 'Đ',
        // Cyrillic letters that look like Latin ones.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'с' => 'c',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'І' => 'I',
        _ => return None,
    })
}

/// Whether a look-alike is Cyrillic (these are mapped only inside words
/// that also hold Latin letters).
#[inline]
pub fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

/// The replacement of a typographic char outside words: dashes, quotes
/// and spaces are unified.
#[inline]
pub fn typography(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}' => "-",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}'
        | '\u{BB}' | '\u{FF02}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{FF07}' => "'",
        '\u{A0}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => " ",
        _ => return None,
    })
}

/// The ASCII byte `c` folds to, when it folds to one (as every
/// Vietnamese letter does).
#[inline]
pub fn fold_ascii(c: char) -> Option<u8> {
    info(c).map(|i| i.fold).filter(|&b| b != 0)
}

/// Folds one char for accent-insensitive matching: lower case, no marks,
/// đ→d. Writes nothing for a combining mark.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if let Some(i) = info(c) {
        if i.fold != 0 {
            out.push(i.fold as char);
            return;
        }
        if i.flags & DROP_IN_FOLD != 0 {
            return;
        }
        if i.flags & UPPER == 0 {
            out.push(c);
            return;
        }
    }
    fold_general(c, out);
}

fn fold_general(c: char, out: &mut String) {
    if canonical_combining_class(c) != 0 {
        return;
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    let base = base.unwrap_or(c);
    if base.is_lowercase() || !base.is_alphabetic() {
        out.push(base);
    } else {
        out.extend(base.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vowel_round_trips() {
        for b in 0..12u8 {
            for tone in 0..6u8 {
                for upper in [false, true] {
                    let v = Vowel { base: b, tone, upper };
                    let c = vowel_char(v);
                    assert_eq!(vowel(c), Some(v), "{c}");
                }
            }
        }
        assert_eq!(vowel('b'), None);
        assert_eq!(vowel('đ'), None);
    }

    #[test]
    fn alphabetic_bitset_is_the_standard_one() {
        for cp in 0..LIMIT {
            let want =
                char::from_u32(cp as u32).is_some_and(char::is_alphabetic);
            assert_eq!(is_alphabetic_below_limit(cp), want, "U+{cp:04X}");
        }
    }

    #[test]
    fn folding() {
        let f = |s: &str| {
            let mut o = String::new();
            s.chars().for_each(|c| fold_char(c, &mut o));
            o
        };
        assert_eq!(f("Đặng Thị Thủy"), "dang thi thuy");
        assert_eq!(f("ỄỂ Ơ Ư ð Ð"), "ee o u d d");
        assert_eq!(f("e\u{301}"), "e");
        assert_eq!(f("Ça Ñ Σ 東京"), "ca n σ 東京");
    }
}
