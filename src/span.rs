//! Turning ranges of the decoded text into output spans.

use std::ops::Range;

use crate::decode::ByteMap;
use crate::output::Span;

/// Bytes between two checkpoints of the char index: small, since a
/// document asks for many spans, each counting chars from the checkpoint
/// before it.
const STRIDE: usize = 64;

/// Makes [`Span`]s for ranges of a decoded text: char offsets into it and
/// byte offsets into the input it was decoded from.
#[derive(Debug)]
pub struct Spanner<'a> {
    text: &'a str,
    map: &'a ByteMap,
    /// `checkpoints[k]` is the number of chars in `text[..k * STRIDE]`.
    checkpoints: Vec<u32>,
}

impl<'a> Spanner<'a> {
    /// An index over `text`, decoded from an input as `map` says.
    pub fn new(text: &'a str, map: &'a ByteMap) -> Spanner<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0u32;
        checkpoints.push(0);
        for chunk in bytes.chunks(STRIDE) {
            count += chars_in(chunk) as u32;
            checkpoints.push(count);
        }
        Spanner { text, map, checkpoints }
    }

    /// The char offset of byte offset `b` (a char boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        let k = b / STRIDE;
        self.checkpoints[k] as usize
            + chars_in(&self.text.as_bytes()[k * STRIDE..b])
    }

    /// The input byte offset of text byte offset `b`.
    pub fn input_offset(&self, b: usize) -> usize {
        self.map.input_offset(b)
    }

    /// The span of text bytes `r` (char boundaries).
    pub fn span(&self, r: Range<usize>) -> Span {
        Span {
            text: self.text[r.clone()].to_string(),
            start: self.char_offset(r.start),
            end: self.char_offset(r.end),
            byte_start: self.input_offset(r.start),
            byte_end: self.input_offset(r.end),
        }
    }
}

/// The chars of UTF-8 `bytes`: the bytes that are no continuation byte
/// (`10xxxxxx`), counted eight at a time.
fn chars_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        // Bit 7 set and bit 6 clear, seen at bit 7.
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let rest = chunks.remainder();
    bytes.len()
        - continuation
        - rest.iter().filter(|&&b| b & 0xC0 == 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_in_counts_chars() {
        let text = "Thanh Hoá ệ 𝄞 a\u{301} ".repeat(9);
        for a in (0..text.len()).filter(|&a| text.is_char_boundary(a)) {
            for b in (a..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                let want = text[a..b].chars().count();
                assert_eq!(chars_in(&text.as_bytes()[a..b]), want, "{a}..{b}");
            }
        }
    }

    #[test]
    fn char_offsets_across_checkpoints() {
        let text = "ệ".repeat(1000) + "abc";
        let s = Spanner::new(&text, &ByteMap::Identity);
        assert_eq!(s.char_offset(0), 0);
        assert_eq!(s.char_offset(3 * 999), 999);
        assert_eq!(s.char_offset(text.len()), 1003);
        let sp = s.span(3000..3002);
        assert_eq!((sp.text.as_str(), sp.start, sp.end), ("ab", 1000, 1002));
    }
}
