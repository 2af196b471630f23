//! VIQR (RFC 1456) in both directions. The rules are in the module doc of
//! [`super`]; [`encode`] mirrors the decoder's state so that it escapes
//! exactly the punctuation the decoder would otherwise read as a mnemonic.

use unicode_normalization::UnicodeNormalization;

use super::Builder;
use super::syllable::{end_tone_ok, is_vowel_base};
use super::table::{VIQR, VIQR_MODIFIERS, VIQR_TONES, letter_info};

/// Chars a backslash escapes.
fn is_escapable(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '?' | '~' | '.' | '^' | '(' | '+' | '\\' | 'd' | 'D'
    )
}

fn is_mnemonic(c: char) -> bool {
    VIQR_TONES.contains(&c) || VIQR_MODIFIERS.contains(&c)
}

/// Whether `c` followed by `n` spells đ/Đ (dd, DD, Dd).
fn pairs_with(c: char, n: char) -> bool {
    (c == 'd' && n == 'd') || (c == 'D' && (n == 'D' || n == 'd'))
}

/// The decoder's state about the current run of letters.
#[derive(Debug, Default, Clone, Copy)]
struct State {
    /// The last char was a letter.
    in_run: bool,
    /// Text offset where the run started.
    start: usize,
    /// The run has a vowel (then dd is no longer đ).
    has_vowel: bool,
    /// The run has a tone.
    toned: bool,
    /// The last char, when mnemonics may still modify it: its text offset
    /// and the char.
    pending: Option<(usize, char)>,
}

impl State {
    /// Updates the state after `c` was written at text offset `pos`.
    fn after(&mut self, c: char, pos: usize, can_pend: bool) {
        if !c.is_alphabetic() {
            *self = State::default();
            return;
        }
        if !self.in_run {
            *self = State { in_run: true, start: pos, ..State::default() };
        }
        if let Some(li) = letter_info(c) {
            self.has_vowel |= is_vowel_base(li.base);
            self.toned |= li.tone > 0;
        }
        self.pending = can_pend.then_some((pos, c));
    }

    /// Whether the decoder reads `c` as a mnemonic on the pending letter,
    /// given the text of the run so far and the next input char; returns
    /// the new letter.
    fn compose(
        &self,
        text: &str,
        c: char,
        next: Option<char>,
    ) -> Option<char> {
        let (_, p) = self.pending?;
        let r = VIQR.compose(p, c)?;
        if !VIQR_TONES.contains(&c) {
            return Some(r);
        }
        let ok = !self.toned
            && (next.is_some_and(char::is_alphabetic)
                || end_tone_ok(&text[self.start..]));
        ok.then_some(r)
    }
}

/// Decodes VIQR text; map entries are offsets into `s`.
pub(super) fn decode(s: &str, out: &mut Builder) {
    let mut st = State::default();
    let mut it = s.char_indices().peekable();
    while let Some((off, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let pos = out.text.len();
        if c == '\\'
            && let Some(n) = next.filter(|&n| is_escapable(n))
        {
            it.next();
            out.push(n, off);
            st.after(n, pos, false);
            continue;
        }
        if is_mnemonic(c)
            && let Some(r) = st.compose(&out.text, c, next)
        {
            let (at, _) = st.pending.expect("pending");
            out.replace_from(at, r);
            st.pending = Some((at, r));
            st.toned |= VIQR_TONES.contains(&c);
            continue;
        }
        if !st.has_vowel && next.is_some_and(|n| pairs_with(c, n)) {
            it.next();
            let r = if c == 'd' { 'đ' } else { 'Đ' };
            out.push(r, off);
            st.after(r, pos, false);
            continue;
        }
        out.push(c, off);
        st.after(c, pos, true);
    }
}

/// Decodes one token without a byte map (for detection).
pub(super) fn decode_str(s: &str) -> String {
    let mut out = Builder::with_capacity(s.len());
    decode(s, &mut out);
    out.text
}

/// Encodes NFC-composed `text` as VIQR; see [`super::encode`].
pub(super) fn encode(text: &str) -> String {
    let chars: Vec<char> = text.nfc().collect();
    let v = &*VIQR;
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    // What the decoder will have written so far: the text itself.
    let mut decoded = String::with_capacity(text.len());
    let mut st = State::default();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let pos = decoded.len();
        if c == 'đ' || c == 'Đ' {
            out.push_str(if c == 'đ' { "dd" } else { "DD" });
            st.after(c, pos, false);
        } else if let Some(key) = v.encode.get(&c) {
            out.push_str(key);
            st.after(c, pos, true);
        } else if !st.has_vowel
            && next.is_some_and(|n| {
                let first = if n == 'đ' {
                    'd'
                } else if n == 'Đ' {
                    'D'
                } else {
                    n
                };
                pairs_with(c, first)
            })
        {
            out.push('\\');
            out.push(c);
            st.after(c, pos, false);
        } else if is_mnemonic(c) {
            if st.compose(&decoded, c, next).is_some() {
                out.push('\\');
            }
            out.push(c);
            st.after(c, pos, true);
        } else if c == '\\' {
            let first = next.map(|n| match v.encode.get(&n) {
                Some(key) => key.chars().next().expect("key"),
                None => n,
            });
            if first.is_some_and(is_escapable) {
                out.push('\\');
            }
            out.push(c);
            st.after(c, pos, true);
        } else {
            out.push(c);
            st.after(c, pos, true);
        }
        decoded.push(c);
    }
    out
}
