//! A small, permissive validator of Vietnamese syllable shapes.
//!
//! A syllable is an optional onset, a vowel nucleus and an optional coda,
//! with at most one tone mark. Case is ignored. Tone/coda agreement
//! (c ch p t take only sắc or nặng) and tone placement are not checked.

use std::sync::LazyLock;

use super::table::letter_info;

/// Initial consonants, longest first within each length (qu and gi count
/// as onsets; `gì` still parses as g + i by backtracking).
const ONSETS: &[&str] = &[
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b",
    "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vowel clusters, semivowel endings included (ai, ao, …), longest first.
const NUCLEI: &[&str] = &[
    "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu",
    "ươi", "ươu", "yêu", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia",
    "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê",
    "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "a", "ă", "â", "e",
    "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
];

/// Final consonants.
const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Nuclei of open syllables whose tone may sit on their last vowel.
const END_TONE_NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe",
    "uy", "uê", "uơ",
];

struct Lists {
    onsets: Vec<Vec<char>>,
    nuclei: Vec<Vec<char>>,
    codas: Vec<Vec<char>>,
    end_nuclei: Vec<Vec<char>>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let v = |l: &[&str]| -> Vec<Vec<char>> {
        l.iter().map(|s| s.chars().collect()).collect()
    };
    Lists {
        onsets: v(ONSETS),
        nuclei: v(NUCLEI),
        codas: v(CODAS),
        end_nuclei: v(END_TONE_NUCLEI),
    }
});

/// Longest syllable we look at, in letters ("nghiêng" has 7).
const MAX_LETTERS: usize = 8;

/// Whether `c` (a lower-case toneless letter) is a vowel.
pub(super) fn is_vowel_base(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Lower-case toneless letters of `word` and its tone count, or `None` if
/// it has a char that is no Vietnamese letter or is too long.
fn bases(word: &str) -> Option<([char; MAX_LETTERS], usize, usize)> {
    let mut buf = [' '; MAX_LETTERS];
    let mut n = 0;
    let mut tones = 0;
    for c in word.chars() {
        let li = letter_info(c)?;
        if n == MAX_LETTERS {
            return None;
        }
        buf[n] = li.base;
        n += 1;
        tones += usize::from(li.tone > 0);
    }
    Some((buf, n, tones))
}

/// Whether some onset + nucleus + coda split of `b` satisfies `ok`.
fn parses(b: &[char], ok: impl Fn(&[char], &[char]) -> bool) -> bool {
    let l = &*LISTS;
    let empty: &[char] = &[];
    let onsets = l.onsets.iter().map(Vec::as_slice).chain([empty]);
    for onset in onsets {
        let Some(rest) = b.strip_prefix(onset) else { continue };
        for nucleus in &l.nuclei {
            let Some(coda) = rest.strip_prefix(nucleus.as_slice()) else {
                continue;
            };
            if l.codas.iter().any(|c| c == coda) && ok(nucleus, coda) {
                return true;
            }
        }
    }
    false
}

/// Whether `word` (NFC, any case) has the shape of a Vietnamese syllable.
pub(super) fn is_syllable(word: &str) -> bool {
    let Some((buf, n, tones)) = bases(word) else { return false };
    n > 0 && tones <= 1 && parses(&buf[..n], |_, _| true)
}

/// Whether a tone may go on the last letter of `run`, a toneless syllable
/// seen so far, when nothing follows: `run` must be onset + an open
/// nucleus that carries its tone on its last vowel ("ba", "hoa", "thuy",
/// "gi", "qua"), so "Hai?" and "banana." keep their punctuation.
pub(super) fn end_tone_ok(run: &str) -> bool {
    let Some((buf, n, _)) = bases(run) else { return false };
    let l = &*LISTS;
    n > 0
        && parses(&buf[..n], |nucleus, coda| {
            coda.is_empty() && l.end_nuclei.iter().any(|e| e == nucleus)
        })
}
