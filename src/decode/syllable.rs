//! Syllable checks for detection and VIQR decoding, on the grammar of
//! [`crate::normalize::syllable`].
//!
//! A word counts as a syllable when its letters, reduced to lower case
//! without tone, parse there and it carries at most one tone mark. Whether
//! the tone suits the coda (c ch p t take only sắc or nặng) and where the
//! mark sits are not checked.

use super::table::letter_info;
use crate::normalize::syllable::{self, MAX_LETTERS};

/// Whether `c` (a lower-case toneless letter) is a vowel.
pub(super) fn is_vowel_base(c: char) -> bool {
    syllable::is_vowel(c)
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

/// Whether `word` (NFC, any case) has the shape of a Vietnamese syllable.
pub(super) fn is_syllable(word: &str) -> bool {
    let Some((buf, n, tones)) = bases(word) else { return false };
    tones <= 1 && syllable::parse(&buf[..n]).is_some()
}

/// Whether a tone may go on the last letter of `run`, a toneless syllable
/// seen so far, when nothing follows: `run` must be an open syllable whose
/// nucleus carries its tone on its last vowel ("ba", "hoa", "thuy", "gi",
/// "qua"), so "Hai?" and "banana." keep their punctuation.
pub(super) fn end_tone_ok(run: &str) -> bool {
    let Some((buf, n, _)) = bases(run) else { return false };
    let letters = &buf[..n];
    syllable::parse(letters).is_some_and(|s| {
        s.is_open(letters) && tone_on_last(&letters[s.start..s.end])
    })
}

/// Nuclei of open syllables whose tone may sit on their last vowel: a
/// single vowel, oa oe uy (where the new placement puts it), uê and uơ.
fn tone_on_last(nucleus: &[char]) -> bool {
    matches!(nucleus, [_] | ['o', 'a' | 'e'] | ['u', 'y' | 'ê' | 'ơ'])
}
