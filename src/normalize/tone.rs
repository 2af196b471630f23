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
//! (onset, vowel cluster, coda) carrying exactly one tone, so foreign
//! words and names are left alone. A misplaced mark ("baỏ", "lựơng",
//! "qúy") is moved to where the rules put it.

use super::chars::{Vowel, vowel, vowel_char};

/// Where the tone goes in open `oa`, `oe`, `uy` syllables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// On the first vowel: "hòa", "thủy", "khỏe" (the default).
    #[default]
    Old,
    /// On the second vowel: "hoà", "thuỷ", "khoẻ".
    New,
}

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

/// Vowel clusters that may be followed by a final consonant.
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

/// Vowel clusters that end the syllable.
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

/// The longest word that can be one syllable ("nghiêng").
pub const MAX_SYLLABLE: usize = 8;

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
    let mut lower = ['\0'; MAX_SYLLABLE];
    let mut vowels: [Option<Vowel>; MAX_SYLLABLE] = [None; MAX_SYLLABLE];
    let mut toned = None;
    for (i, &c) in word.iter().enumerate() {
        if let Some(v) = vowel(c) {
            vowels[i] = Some(v);
            lower[i] = super::chars::VOWELS[v.base as usize];
            if v.tone != 0 {
                if toned.is_some() {
                    return false;
                }
                toned = Some(i);
            }
        } else if c.is_ascii_alphabetic() {
            lower[i] = c.to_ascii_lowercase();
        } else if c == 'đ' || c == 'Đ' {
            lower[i] = 'đ';
        } else {
            return false;
        }
    }
    let Some(from) = toned else { return false };
    let Some(to) = target(&lower[..n], &vowels[..n], style) else {
        return false;
    };
    if to == from {
        return false;
    }
    let (Some(mut a), Some(mut b)) = (vowels[from], vowels[to]) else {
        return false;
    };
    b.tone = a.tone;
    a.tone = 0;
    word[from] = vowel_char(a);
    word[to] = vowel_char(b);
    true
}

/// The index of the vowel that carries the tone, if `lower` is a syllable.
fn target(
    lower: &[char],
    vowels: &[Option<Vowel>],
    style: Tone,
) -> Option<usize> {
    let n = lower.len();
    let mut f = vowels.iter().position(Option::is_some)?;
    let is_v = |i: usize| i < n && vowels[i].is_some();
    // "qu" and "gi" before another vowel are onsets.
    if f == 1
        && is_v(2)
        && matches!((lower[0], lower[1]), ('q', 'u') | ('g', 'i'))
    {
        f = 2;
    }
    let mut e = f;
    while is_v(e) {
        e += 1;
    }
    let (onset, cluster, coda) = (&lower[..f], &lower[f..e], &lower[e..]);
    if !is_onset(onset) || !is_coda(coda) {
        return None;
    }
    if !(is_closable(cluster) || coda.is_empty() && is_open_only(cluster)) {
        return None;
    }
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
}
