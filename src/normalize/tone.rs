//! Tone-mark placement within a syllable.
//!
//! Vietnamese writes one tone mark per syllable, on one of its vowels. Two
//! conventions differ only in open syllables whose rhyme is `oa`, `oe` or
//! `uy`: the *old* one (the official registers: "Thanh Hóa", "thủy",
//! "khỏe") puts it on the first vowel, the *new* one ("Thanh Hoá",
//! "thuỷ", "khoẻ") on the second. Everywhere else both agree:
//!
//! - a vowel with a quality mark (â ă ê ô ơ ư) takes the tone, the last
//!   one when there are two (ươ, uô, iê, yê: "tướng", "thuở", "chuyện");
//! - a closed syllable puts it on the last vowel ("hoàn", "toán",
//!   "huỳnh");
//! - three vowels put it on the middle one ("ngoài", "khuỷu");
//! - other pairs put it on the first ("mái", "của", "túi");
//! - `qu` and `gi` before a vowel are consonants ("quý", "giá", "giữ").
//!
//! The rules apply only to a word that parses as one Vietnamese syllable
//! (onset, vowel cluster, coda, by the crate's one syllable grammar, which
//! the legacy decoders use too) carrying exactly one tone, so foreign
//! words and names are left alone. A misplaced mark ("baỏ", "lựơng",
//! "qúy") is moved to where the rules put it.

use super::chars::{Vowel, vowel, vowel_char};
use super::syllable;

/// Where the tone goes in open `oa`, `oe`, `uy` syllables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// On the first vowel: "hòa", "thủy", "khỏe" (the default).
    #[default]
    Old,
    /// On the second vowel: "hoà", "thuỷ", "khoẻ".
    New,
}

/// The longest word that can be one syllable ("nghiêng" has 7 letters).
pub const MAX_SYLLABLE: usize = syllable::MAX_LETTERS;

/// Moves the tone mark of `word` to where `style` puts it. Returns whether
/// the word changed.
///
/// # Example
///
/// ```
/// use vnextract::normalize::tone::{place, Tone};
///
/// let mut w: Vec<char> = "hoà".chars().collect();
/// assert!(place(&mut w, Tone::Old));
/// assert_eq!(w.iter().collect::<String>(), "hòa");
/// ```
pub fn place(word: &mut [char], style: Tone) -> bool {
    let n = word.len();
    if n == 0 || n > MAX_SYLLABLE {
        return false;
    }
    let Some((from, to)) = cached_move(word, style) else {
        return false;
    };
    let (Some(mut a), Some(mut b)) = (vowel(word[from]), vowel(word[to]))
    else {
        return false;
    };
    b.tone = a.tone;
    a.tone = 0;
    word[from] = vowel_char(a);
    word[to] = vowel_char(b);
    true
}

/// Slots of the cache of [`cached_move`]: a power of two.
const SLOTS: usize = 2048;

/// [`find_move`], remembered for the last words seen on this thread: a
/// text repeats a few thousand syllables. The cache is direct-mapped (a
/// word takes the one slot its hash names, from whichever word had it),
/// so no input can make a lookup cost more than a miss.
fn cached_move(word: &[char], style: Tone) -> Option<(usize, usize)> {
    use std::cell::RefCell;
    thread_local! {
        static MOVES: RefCell<Vec<(u128, u8)>> =
            const { RefCell::new(Vec::new()) };
    }
    // The key: fifteen bits a char (a word with a char beyond them is not
    // kept), the length above them, and the style above that.
    let mut key = 0u128;
    for &c in word {
        let c = u32::from(c);
        if c > 0x7FFF {
            return find_move(word, style);
        }
        key = key << 15 | u128::from(c);
    }
    key |= (word.len() as u128) << 120 | ((style == Tone::New) as u128) << 124;
    let h = ((key as u64) ^ (key >> 64) as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - SLOTS.trailing_zeros());
    // The move: the two positions in the nibbles, or 0xFF for none.
    MOVES.with(|cell| {
        let mut cache = cell.borrow_mut();
        if cache.is_empty() {
            cache.resize(SLOTS, (0, 0));
        }
        let slot = &mut cache[h as usize];
        if slot.0 == key {
            let v = slot.1;
            return (v != 0xFF)
                .then(|| (usize::from(v >> 4), usize::from(v & 0xF)));
        }
        let m = find_move(word, style);
        *slot = (key, m.map_or(0xFF, |(f, t)| (f as u8) << 4 | t as u8));
        m
    })
}

/// Where the one tone mark of `word` is and where `style` puts it, when
/// the two differ.
fn find_move(word: &[char], style: Tone) -> Option<(usize, usize)> {
    let n = word.len();
    let mut lower = ['\0'; MAX_SYLLABLE];
    let mut vowels: [Option<Vowel>; MAX_SYLLABLE] = [None; MAX_SYLLABLE];
    let mut toned = None;
    for (i, &c) in word.iter().enumerate() {
        if let Some(v) = vowel(c) {
            vowels[i] = Some(v);
            lower[i] = super::chars::VOWELS[v.base as usize];
            if v.tone != 0 {
                if toned.is_some() {
                    return None;
                }
                toned = Some(i);
            }
        } else if c.is_ascii_alphabetic() {
            lower[i] = c.to_ascii_lowercase();
        } else if c == 'đ' || c == 'Đ' {
            lower[i] = 'đ';
        } else {
            return None;
        }
    }
    let from = toned?;
    // The common case: the tone is on the last vowel with a quality mark
    // ("người", "triển"), where every rule leaves it.
    let quality =
        |i: usize| matches!(lower[i], 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư');
    if quality(from) && !(from + 1..n).any(quality) {
        return None;
    }
    let to = target(&lower[..n], &vowels[..n], style)?;
    (to != from).then_some((from, to))
}

/// The index of the vowel that carries the tone, if `lower` (lower case,
/// no tone marks; `vowels` says which are vowels) is a syllable.
fn target(
    lower: &[char],
    vowels: &[Option<Vowel>],
    style: Tone,
) -> Option<usize> {
    let syllable::Syllable { start: f, end: e } =
        syllable::parse_with_vowels(lower, |i| vowels[i].is_some())?;
    let (cluster, coda) = (&lower[f..e], &lower[e..]);
    let quality = |c: char| matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư');
    if let Some(q) = (f..e).rev().find(|&i| quality(lower[i])) {
        return Some(q);
    }
    Some(match e - f {
        1 => f,
        3 => f + 1,
        2 if !coda.is_empty() => f + 1,
        2 if matches!(cluster, ['o', 'a' | 'e'] | ['u', 'y']) => match style {
            Tone::Old => f,
            Tone::New => f + 1,
        },
        2 => f,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str, style: Tone) -> String {
        let mut w: Vec<char> = s.chars().collect();
        place(&mut w, style);
        w.into_iter().collect()
    }

    /// (input, old style, new style)
    const TABLE: &[(&str, &str, &str)] = &[
        ("hoà", "hòa", "hoà"),
        ("hòa", "hòa", "hoà"),
        ("hoá", "hóa", "hoá"),
        ("Hoá", "Hóa", "Hoá"),
        ("HOÁ", "HÓA", "HOÁ"),
        ("khoẻ", "khỏe", "khoẻ"),
        ("khỏe", "khỏe", "khoẻ"),
        ("thuỷ", "thủy", "thuỷ"),
        ("THUỶ", "THỦY", "THUỶ"),
        ("tuỳ", "tùy", "tuỳ"),
        ("hoạ", "họa", "hoạ"),
        ("loè", "lòe", "loè"),
        ("uỷ", "ủy", "uỷ"),
        ("Uỷ", "Ủy", "Uỷ"),
        ("thụy", "thụy", "thuỵ"),
        // closed syllables: both styles on the second vowel
        ("hoàn", "hoàn", "hoàn"),
        ("hòan", "hoàn", "hoàn"),
        ("toán", "toán", "toán"),
        ("khoét", "khoét", "khoét"),
        ("huỳnh", "huỳnh", "huỳnh"),
        ("suýt", "suýt", "suýt"),
        ("HOÀNG", "HOÀNG", "HOÀNG"),
        // qu and gi are consonants
        ("quý", "quý", "quý"),
        ("qúy", "quý", "quý"),
        ("quả", "quả", "quả"),
        ("quốc", "quốc", "quốc"),
        ("già", "già", "già"),
        ("gìa", "già", "già"),
        ("giá", "giá", "giá"),
        ("gía", "giá", "giá"),
        ("giữ", "giữ", "giữ"),
        ("gì", "gì", "gì"),
        ("gìn", "gìn", "gìn"),
        // quality vowels and triphthongs
        ("khuỷu", "khuỷu", "khuỷu"),
        ("thuở", "thuở", "thuở"),
        ("tướng", "tướng", "tướng"),
        ("chuyện", "chuyện", "chuyện"),
        ("ngoài", "ngoài", "ngoài"),
        ("xoáy", "xoáy", "xoáy"),
        ("rượu", "rượu", "rượu"),
        ("yếu", "yếu", "yếu"),
        ("nghiêng", "nghiêng", "nghiêng"),
        // other pairs: the first vowel
        ("mái", "mái", "mái"),
        ("của", "của", "của"),
        ("túi", "túi", "túi"),
        ("mía", "mía", "mía"),
        // keyboard slips
        ("baỏ", "bảo", "bảo"),
        ("lựơng", "lượng", "lượng"),
        ("nghịêm", "nghiệm", "nghiệm"),
        ("đaị", "đại", "đại"),
        // not syllables: left alone
        ("Hoàx", "Hoàx", "Hoàx"),
        ("café", "café", "café"),
        ("aàa", "aàa", "aàa"),
        ("Nguyễn", "Nguyễn", "Nguyễn"),
    ];

    #[test]
    fn table() {
        for &(input, old, new) in TABLE {
            assert_eq!(run(input, Tone::Old), old, "old: {input}");
            assert_eq!(run(input, Tone::New), new, "new: {input}");
            assert_eq!(run(old, Tone::Old), old, "idempotent old: {input}");
            assert_eq!(run(new, Tone::New), new, "idempotent new: {input}");
        }
    }

    #[test]
    fn remembered_moves_are_the_rules_moves() {
        // Each word three times in both styles: the later calls read the
        // cache, filled in the other style or by another word in between.
        for _ in 0..3 {
            for &(input, _, _) in TABLE {
                let w: Vec<char> = input.chars().collect();
                for style in [Tone::Old, Tone::New] {
                    assert_eq!(
                        cached_move(&w, style),
                        find_move(&w, style),
                        "{input} {style:?}"
                    );
                }
            }
        }
    }
}
