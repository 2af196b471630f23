//! Detection for [`Source::Auto`](super::Source::Auto); the heuristic and
//! its thresholds are described in the module doc of [`super`].

use unicode_normalization::UnicodeNormalization;

use super::syllable::is_syllable;
use super::table::{ByteTable, TCVN3, VNI, letter_info};
use super::{Builder, Encoding, legacy, viqr};

/// Detection looks at this many leading bytes of the input.
pub(super) const SAMPLE_BYTES: usize = 64 * 1024;
/// Pre-check: suspicious chars (or VIQR patterns) needed to look closer.
pub(super) const MIN_SIGNALS: usize = 3;
/// Valid UTF-8: tokens that must turn from invalid into valid syllables.
pub(super) const MIN_GAINED: usize = 3;
/// Valid UTF-8: (gained − lost) / tokens must reach this.
pub(super) const MIN_NET_SHARE: f64 = 0.10;
/// Valid UTF-8: share of changed tokens that must be valid syllables.
pub(super) const MIN_CHANGED_VALID: f64 = 0.6;
/// Valid UTF-8: at most this share of tokens may keep foreign chars.
pub(super) const MAX_FOREIGN_SHARE: f64 = 0.05;
/// VIQR: at least this share of gained tokens (and at least 2) must use
/// a vowel modifier or dd, which plain English never does.
pub(super) const MIN_VIQR_MODIFIED: f64 = 0.2;
/// Invalid UTF-8: share of tokens with high bytes that must decode to
/// valid syllables.
pub(super) const MIN_RAW_VALID: f64 = 0.5;
/// Invalid UTF-8: at most this share of them may keep foreign chars.
pub(super) const MAX_RAW_FOREIGN: f64 = 0.2;

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The token without leading and trailing punctuation.
fn strip(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric() && !is_combining(c))
}

/// Whether the stripped token is a Vietnamese syllable (NFD is composed).
fn valid(t: &str) -> bool {
    let t = strip(t);
    if t.is_empty() {
        false
    } else if t.chars().any(is_combining) {
        is_syllable(&t.nfc().collect::<String>())
    } else {
        is_syllable(t)
    }
}

/// Whether `c` is a Latin-range char that no Vietnamese letter is: what
/// legacy bytes read as Windows-1252 leave behind (® ¸ µ Ö ä ñ, the soft
/// hyphen, …).
fn is_foreign(c: char) -> bool {
    let u = c as u32;
    !c.is_ascii()
        && !c.is_whitespace()
        && ((0x80..=0x2FF).contains(&u) || (0x1E00..=0x1EFF).contains(&u))
        && letter_info(c).is_none()
}

fn has_foreign(t: &str) -> bool {
    !t.is_ascii() && t.chars().any(is_foreign)
}

/// Whether `t` has a letter with a circumflex, breve or horn, or đ.
fn has_modified(t: &str) -> bool {
    t.chars().any(|c| {
        letter_info(c).is_some_and(|li| {
            matches!(li.base, 'â' | 'ê' | 'ô' | 'ă' | 'ơ' | 'ư' | 'đ')
        })
    })
}

/// Latin-1 code points that are suspicious in UTF-8 text: Windows-1252
/// chars of 0xA1..=0xFF that are no Vietnamese letter.
static SUSPICIOUS: [bool; 256] = {
    let mut t = [false; 256];
    let mut u = 0xA1;
    while u <= 0xFF {
        t[u] = true;
        u += 1;
    }
    // àáâã èéê ìí òóôõ ùú ý, and their capitals.
    let vn: [usize; 16] = [
        0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3,
        0xF4, 0xF5, 0xF9, 0xFA, 0xFD,
    ];
    let mut i = 0;
    while i < vn.len() {
        t[vn[i]] = false;
        t[vn[i] - 0x20] = false;
        i += 1;
    }
    t
};

fn is_ascii_vowel(b: u8) -> bool {
    matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Byte classes for [`signals`]: 0 boring, 1 lead byte of U+0080..U+00FF,
/// 2 a mnemonic that needs a letter after it, 3 another mnemonic, 4 d/D.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[0xC2] = 1;
    t[0xC3] = 1;
    t[b'\'' as usize] = 2;
    t[b'?' as usize] = 2;
    t[b'.' as usize] = 2;
    t[b'^' as usize] = 3;
    t[b'(' as usize] = 3;
    t[b'+' as usize] = 3;
    t[b'`' as usize] = 3;
    t[b'~' as usize] = 3;
    t[b'd' as usize] = 4;
    t[b'D' as usize] = 4;
    t
};

/// Cheap byte scan: (suspicious Latin-1 chars, VIQR-looking patterns),
/// each counted up to [`MIN_SIGNALS`].
pub(super) fn signals(b: &[u8]) -> (usize, usize) {
    let (mut moj, mut viqr) = (0, 0);
    for (i, &x) in b.iter().enumerate() {
        let class = CLASS[x as usize];
        if class == 0 {
            continue;
        }
        let next = b.get(i + 1).copied();
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        match class {
            1 => {
                if let Some(y) = next {
                    let u =
                        (usize::from(x & 0x1F) << 6) | usize::from(y & 0x3F);
                    moj += usize::from(SUSPICIOUS[u]);
                }
            }
            2 | 3 => {
                let hit = is_ascii_vowel(prev)
                    && (class == 3
                        || next.is_some_and(|y| y.is_ascii_alphabetic()));
                viqr += usize::from(hit);
            }
            _ => {
                let hit = !prev.is_ascii_alphabetic()
                    && next.is_some_and(|y| {
                        y == b'd' || (x == b'D' && y == b'D')
                    });
                viqr += usize::from(hit);
            }
        }
        if moj >= MIN_SIGNALS && viqr >= MIN_SIGNALS {
            break;
        }
    }
    (moj, viqr)
}

/// Whether VIQR decoding could change the token.
fn may_be_viqr(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().any(|c| b"'`?~.^(+\\".contains(c))
        || b.windows(2).any(|w| w == b"dd" || w == b"DD" || w == b"Dd")
}

/// Counts for one candidate over the sample.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    changed: usize,
    changed_valid: usize,
    gained: usize,
    lost: usize,
    foreign_before: usize,
    foreign_after: usize,
    modified: usize,
}

impl Tally {
    fn convincing(&self, tokens: usize, enc: Encoding) -> bool {
        let n = tokens as f64;
        let net = self.gained as f64 - self.lost as f64;
        let viqr_ok = enc != Encoding::Viqr
            || (self.modified >= 2
                && self.modified as f64
                    >= MIN_VIQR_MODIFIED * self.gained as f64);
        self.gained >= MIN_GAINED
            && net >= MIN_NET_SHARE * n
            && self.changed_valid as f64
                >= MIN_CHANGED_VALID * self.changed as f64
            && self.foreign_after <= self.foreign_before
            && self.foreign_after as f64 <= MAX_FOREIGN_SHARE * n
            && viqr_ok
    }
}

/// The longest prefix of `s` of at most `max` bytes on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Decides what valid UTF-8 text really is: `None` for UTF-8 as is, else
/// TCVN3 or VNI mojibake, or VIQR.
pub(super) fn detect_text(s: &str) -> Option<Encoding> {
    let sample = prefix(s, SAMPLE_BYTES);
    let (moj, viqr_signals) = signals(sample.as_bytes());
    let mut cands: Vec<Encoding> = Vec::with_capacity(3);
    if moj >= MIN_SIGNALS {
        cands.extend([Encoding::Tcvn3, Encoding::Vni]);
    }
    if viqr_signals >= MIN_SIGNALS {
        cands.push(Encoding::Viqr);
    }
    if cands.is_empty() {
        return None;
    }
    let mut tallies = vec![Tally::default(); cands.len()];
    let mut tokens = 0;
    for tok in sample.split(char::is_whitespace) {
        if tok.is_empty() || (tok.is_ascii() && strip(tok).is_empty()) {
            continue;
        }
        tokens += 1;
        let was_foreign = has_foreign(tok);
        let mut was_valid = None;
        for (&enc, t) in cands.iter().zip(tallies.iter_mut()) {
            t.foreign_before += usize::from(was_foreign);
            let d = match enc {
                Encoding::Tcvn3 if !tok.is_ascii() => {
                    Some(legacy::decode_mojibake_str(&TCVN3, tok))
                }
                Encoding::Vni if !tok.is_ascii() => {
                    Some(legacy::decode_mojibake_str(&VNI, tok))
                }
                Encoding::Viqr if may_be_viqr(tok) => {
                    Some(viqr::decode_str(tok))
                }
                _ => None,
            };
            let Some(d) = d.filter(|d| d != tok) else {
                t.foreign_after += usize::from(was_foreign);
                continue;
            };
            let was_valid = *was_valid.get_or_insert_with(|| valid(tok));
            let is_valid = valid(&d);
            t.changed += 1;
            t.changed_valid += usize::from(is_valid);
            t.gained += usize::from(is_valid && !was_valid);
            t.lost += usize::from(!is_valid && was_valid);
            t.foreign_after += usize::from(has_foreign(&d));
            t.modified += usize::from(
                enc == Encoding::Viqr && is_valid && has_modified(&d),
            );
        }
    }
    cands
        .iter()
        .zip(&tallies)
        .filter(|(enc, t)| t.convincing(tokens, **enc))
        .max_by_key(|(_, t)| t.gained as isize - t.lost as isize)
        .map(|(&enc, _)| enc)
}

/// Decides between raw TCVN3 and raw VNI for input that is not UTF-8;
/// `None` if neither is convincing.
pub(super) fn detect_raw(
    input: &[u8],
    first_invalid: usize,
) -> Option<Encoding> {
    let end = input.len().min(SAMPLE_BYTES.max(first_invalid + 4096));
    let tables: [(&ByteTable, Encoding); 2] =
        [(&TCVN3, Encoding::Tcvn3), (&VNI, Encoding::Vni)];
    let mut high = 0usize;
    let mut good = [0usize; 2];
    let mut foreign = [0usize; 2];
    let mut buf = Builder::with_capacity(64);
    for tok in input[..end].split(u8::is_ascii_whitespace) {
        if tok.is_ascii() {
            continue;
        }
        high += 1;
        for (k, (t, _)) in tables.iter().enumerate() {
            buf.clear();
            legacy::decode_raw(t, tok, &mut buf);
            good[k] += usize::from(valid(&buf.text));
            foreign[k] += usize::from(has_foreign(&buf.text));
        }
    }
    let score = |k: usize| good[k] as isize - foreign[k] as isize;
    let best = if score(0) >= score(1) { 0 } else { 1 };
    let h = high as f64;
    let sure = high > 0
        && score(best) > score(1 - best)
        && good[best] as f64 >= MIN_RAW_VALID * h
        && foreign[best] as f64 <= MAX_RAW_FOREIGN * h;
    sure.then_some(tables[best].1)
}
