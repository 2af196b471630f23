//! The shape of a Vietnamese syllable: onset, vowel cluster, coda.
//!
//! This is the one grammar the crate has. Tone placement
//! ([`super::tone`]) reads it to find the vowel that takes the mark, and
//! the legacy decoders (`crate::decode`) read it to tell Vietnamese words
//! from mojibake and to decide where a VIQR tone mnemonic may end a word.
//!
//! It works on letters already reduced to lower case and stripped of their
//! tone mark (`Ấ` → `â`, `Đ` → `đ`); each caller does that reduction its
//! own way. A word splits at its vowels: the onset is what comes before
//! the first vowel, the nucleus the run of vowels from there, the coda what
//! follows. `qu` and `gi` before another vowel are onsets ("quý", "giữ",
//! but "gì" is g + i). The word is a syllable when
//!
//! - the onset is empty or one of b c ch d đ g gh gi h k kh l m n ng ngh
//!   nh p ph qu r s t th tr v x;
//! - the coda is empty or one of c ch m n ng nh p t;
//! - the nucleus is a cluster that may take a coda (one vowel, iê yê oa oă
//!   oe oo uâ uê uô uy ươ uyê), or, with no coda, one that always ends the
//!   syllable (ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ua uơ ưa ưu and
//!   the triphthongs oai oay oao oeo uây uôi uya uyu ươi ươu iêu yêu ueo
//!   uêu).
//!
//! Tone marks, and whether a tone suits the coda (c ch p t take only sắc
//! or nặng), are left to the callers.

/// The longest word that can be one syllable ("nghiêng" has 7 letters).
pub(crate) const MAX_LETTERS: usize = 8;

/// Whether `c`, a lower-case letter without tone, is a vowel.
#[inline]
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Where the nucleus of a parsed syllable lies in its letters: the onset
/// is `..start`, the nucleus `start..end`, the coda `end..`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Syllable {
    pub start: usize,
    pub end: usize,
}

impl Syllable {
    /// Whether nothing follows the nucleus.
    #[inline]
    pub fn is_open(&self, letters: &[char]) -> bool {
        self.end == letters.len()
    }
}

/// Splits `letters` (lower case, no tone marks) into onset, nucleus and
/// coda, if they make one Vietnamese syllable (see the module docs).
#[inline]
pub(crate) fn parse(letters: &[char]) -> Option<Syllable> {
    parse_with_vowels(letters, |i| is_vowel(letters[i]))
}

/// [`parse`] for a caller that already knows which letters are vowels:
/// `vowel_at(i)` must be `is_vowel(letters[i])`.
///
/// Tone placement calls it for every word with a tone and two vowels or
/// more, so it runs in a few comparisons, allocates nothing and reuses
/// what the caller found instead of classifying the letters again.
#[inline]
pub(crate) fn parse_with_vowels(
    letters: &[char],
    vowel_at: impl Fn(usize) -> bool,
) -> Option<Syllable> {
    let n = letters.len();
    debug_assert!((0..n).all(|i| vowel_at(i) == is_vowel(letters[i])));
    let mut start = (0..n).position(&vowel_at)?;
    let vowel_at = |i: usize| i < n && vowel_at(i);
    // "qu" and "gi" before another vowel are onsets.
    if start == 1
        && vowel_at(2)
        && matches!((letters[0], letters[1]), ('q', 'u') | ('g', 'i'))
    {
        start = 2;
    }
    let mut end = start;
    while vowel_at(end) {
        end += 1;
    }
    let (onset, nucleus, coda) =
        (&letters[..start], &letters[start..end], &letters[end..]);
    let fits = is_onset(onset)
        && is_coda(coda)
        && (is_closable(nucleus) || coda.is_empty() && is_open_only(nucleus));
    fits.then_some(Syllable { start, end })
}

#[inline]
fn is_onset(s: &[char]) -> bool {
    matches!(
        s,
        [] | ['b']
            | ['c']
            | ['c', 'h']
            | ['d']
            | ['đ']
            | ['g']
            | ['g', 'h']
            | ['g', 'i']
            | ['h']
            | ['k']
            | ['k', 'h']
            | ['l']
            | ['m']
            | ['n']
            | ['n', 'g']
            | ['n', 'g', 'h']
            | ['n', 'h']
            | ['p']
            | ['p', 'h']
            | ['q', 'u']
            | ['r']
            | ['s']
            | ['t']
            | ['t', 'h']
            | ['t', 'r']
            | ['v']
            | ['x']
    )
}

#[inline]
fn is_coda(s: &[char]) -> bool {
    matches!(
        s,
        [] | ['c']
            | ['c', 'h']
            | ['m']
            | ['n']
            | ['n', 'g']
            | ['n', 'h']
            | ['p']
            | ['t']
    )
}

/// Vowel clusters that may be followed by a coda (and may end the
/// syllable too).
#[inline]
fn is_closable(s: &[char]) -> bool {
    matches!(
        s,
        [_] | ['i', 'ê']
            | ['y', 'ê']
            | ['o', 'a']
            | ['o', 'ă']
            | ['o', 'e']
            | ['o', 'o']
            | ['u', 'â']
            | ['u', 'ê']
            | ['u', 'ô']
            | ['u', 'y']
            | ['ư', 'ơ']
            | ['u', 'y', 'ê']
    )
}

/// Vowel clusters that always end the syllable.
#[inline]
fn is_open_only(s: &[char]) -> bool {
    matches!(
        s,
        ['a', 'i' | 'o' | 'u' | 'y']
            | ['â', 'u' | 'y']
            | ['e', 'o']
            | ['ê', 'u']
            | ['i', 'a' | 'u']
            | ['o' | 'ô' | 'ơ' | 'u' | 'ư', 'i']
            | ['u', 'a' | 'ơ']
            | ['ư', 'a' | 'u']
            | ['o', 'a', 'i' | 'y' | 'o']
            | ['o', 'e', 'o']
            | ['u', 'â', 'y']
            | ['u', 'ô', 'i']
            | ['u', 'y', 'a' | 'u']
            | ['ư', 'ơ', 'i' | 'u']
            | ['i' | 'y', 'ê', 'u']
            | ['u', 'e', 'o']
            | ['u', 'ê', 'u']
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `word` split as onset|nucleus|coda, or `None`.
    fn split(word: &str) -> Option<String> {
        let letters: Vec<char> = word.chars().collect();
        let s = parse(&letters)?;
        let part = |r: std::ops::Range<usize>| -> String {
            letters[r].iter().collect()
        };
        Some(format!(
            "{}|{}|{}",
            part(0..s.start),
            part(s.start..s.end),
            part(s.end..letters.len())
        ))
    }

    #[test]
    fn splits() {
        for (word, want) in [
            ("a", "|a|"),
            ("y", "|y|"),
            ("ba", "b|a|"),
            ("nghiêng", "ngh|iê|ng"),
            ("nguyên", "ng|uyê|n"),
            ("ngươi", "ng|ươi|"),
            ("khuya", "kh|uya|"),
            ("nguêu", "ng|uêu|"),
            ("xoong", "x|oo|ng"),
            ("oanh", "|oa|nh"),
            ("đat", "đ|a|t"),
            // qu and gi are onsets before another vowel only.
            ("quôc", "qu|ô|c"),
            ("quy", "qu|y|"),
            ("gia", "gi|a|"),
            ("giưa", "gi|ưa|"),
            ("gi", "g|i|"),
            ("gin", "g|i|n"),
        ] {
            assert_eq!(split(word).as_deref(), Some(want), "{word}");
        }
    }

    #[test]
    fn rejects() {
        for word in [
            "", "ng", "street", "tea", "banana",
            // a cluster that always ends the syllable, with a coda
            "main", "ươim",
            // a coda or onset Vietnamese does not have
            "bal", "fa", "qa", "qun",
        ] {
            assert_eq!(split(word), None, "{word}");
        }
    }

    #[test]
    fn open() {
        let letters: Vec<char> = "hoa".chars().collect();
        assert!(parse(&letters).is_some_and(|s| s.is_open(&letters)));
        let letters: Vec<char> = "hoan".chars().collect();
        assert!(parse(&letters).is_some_and(|s| !s.is_open(&letters)));
    }
}
