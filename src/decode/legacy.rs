//! TCVN3 and VNI: raw 8-bit bytes and their Windows-1252 mojibake.

use unicode_normalization::UnicodeNormalization;

use super::Builder;
use super::table::{ByteTable, cp1252_byte};

/// Decodes raw 8-bit bytes, pairs first.
pub(super) fn decode_raw(t: &ByteTable, input: &[u8], out: &mut Builder) {
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if t.is_lead(b)
            && let Some(&b2) = input.get(i + 1)
            && let Some(c) = t.pair(b, b2)
        {
            out.push(c, i);
            i += 2;
            continue;
        }
        out.push(t.single(b), i);
        i += 1;
    }
}

/// Decodes text whose chars are the Windows-1252 reading of legacy bytes.
/// Chars that Windows-1252 cannot produce pass through unchanged.
pub(super) fn decode_mojibake(t: &ByteTable, s: &str, out: &mut Builder) {
    let mut it = s.char_indices().peekable();
    while let Some((off, c)) = it.next() {
        let Some(b) = cp1252_byte(c) else {
            out.push(c, off);
            continue;
        };
        if t.is_lead(b)
            && let Some(&(_, c2)) = it.peek()
            && let Some(b2) = cp1252_byte(c2)
            && let Some(d) = t.pair(b, b2)
        {
            out.push(d, off);
            it.next();
            continue;
        }
        // A byte outside the table reads back as the char itself.
        out.push(t.letter(b).unwrap_or(c), off);
    }
}

/// Decodes one token of mojibake without a byte map (for detection).
pub(super) fn decode_mojibake_str(t: &ByteTable, s: &str) -> String {
    let mut out = Builder::with_capacity(s.len());
    decode_mojibake(t, s, &mut out);
    out.text
}

/// Encodes NFC-composed `text`; see [`super::encode`].
pub(super) fn encode(t: &ByteTable, text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.nfc() {
        if let Some(bytes) = t.encode.get(&c) {
            out.extend_from_slice(bytes);
        } else if c.is_ascii() {
            out.push(c as u8);
        } else {
            match cp1252_byte(c) {
                Some(b) if !t.used[b as usize] => out.push(b),
                _ => out.push(b'?'),
            }
        }
    }
    out
}
