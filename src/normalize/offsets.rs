//! Offset maps from a rewritten text back to the text it came from.
//!
//! A rewriting stage cuts its output and its input into aligned
//! *segments*. A segment is either an identity run (the same bytes on both
//! sides, so every offset inside it maps exactly) or a rewrite (a char or a
//! syllable that changed, so only its two ends map: a position inside it
//! maps to the segment's start, or, for the end of a range, to its end).
//! Ranges are never mapped proportionally.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    /// Start in the output.
    out: u32,
    /// Start in the source.
    src: u32,
    /// Whether the segment is an identity run.
    identity: bool,
}

/// Maps byte offsets of a rewritten text to byte offsets of its source.
///
/// # Example
///
/// ```
/// use vnextract::normalize::{normalize, Options};
///
/// let src = "Thanh Hoa\u{300} .";
/// let norm = normalize(src, &Options::default());
/// assert_eq!(norm.text, "Thanh Hòa .");
/// // "Hòa" in the output is "Hoa\u{300}" in the input.
/// let r = norm.map.to_src(6..10);
/// assert_eq!(&src[r], "Hoa\u{300}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetMap {
    segs: Vec<Seg>,
    out_len: u32,
    src_len: u32,
}

impl OffsetMap {
    /// The map of a text that was not rewritten at all.
    pub fn identity(len: usize) -> OffsetMap {
        let mut b = MapBuilder::new();
        b.identity(len);
        b.finish()
    }

    /// Whether every offset maps to itself.
    pub fn is_identity(&self) -> bool {
        self.segs.iter().all(|s| s.identity && s.out == s.src)
            && self.out_len == self.src_len
    }

    /// Length of the output text.
    pub fn out_len(&self) -> usize {
        self.out_len as usize
    }

    /// Length of the source text.
    pub fn src_len(&self) -> usize {
        self.src_len as usize
    }

    /// The segment that holds output byte `pos` (the last one starting at
    /// or before it, so that deleted source text is skipped).
    fn seg_at(&self, pos: u32) -> usize {
        self.segs.partition_point(|s| s.out <= pos).saturating_sub(1)
    }

    fn seg_src_end(&self, i: usize) -> u32 {
        self.segs.get(i + 1).map_or(self.src_len, |s| s.src)
    }

    /// Maps an output offset used as the start of a range.
    pub fn src_start(&self, pos: usize) -> usize {
        self.start_by(pos, |p| self.seg_at(p))
    }

    /// Maps an output offset used as the end of a range.
    pub fn src_end(&self, pos: usize) -> usize {
        self.end_by(pos, |p| self.seg_at(p))
    }

    fn start_by(
        &self,
        pos: usize,
        seg_at: impl FnOnce(u32) -> usize,
    ) -> usize {
        let pos = pos as u32;
        if pos >= self.out_len || self.segs.is_empty() {
            return self.src_len as usize;
        }
        let s = self.segs[seg_at(pos)];
        if s.identity {
            (s.src + (pos - s.out)) as usize
        } else {
            s.src as usize
        }
    }

    fn end_by(&self, pos: usize, seg_at: impl FnOnce(u32) -> usize) -> usize {
        // Clamped first: past the end of an empty output is its start.
        let pos = (pos as u32).min(self.out_len);
        if pos == 0 || self.segs.is_empty() {
            return self.src_start(0).min(self.src_len as usize);
        }
        let i = seg_at(pos - 1);
        let s = self.segs[i];
        if s.identity {
            (s.src + (pos - s.out)) as usize
        } else {
            self.seg_src_end(i) as usize
        }
    }

    /// Maps an output range to the source range it came from.
    ///
    /// An empty range maps to an empty range.
    pub fn to_src(&self, r: Range<usize>) -> Range<usize> {
        let start = self.src_start(r.start);
        if r.end <= r.start {
            return start..start;
        }
        start..self.src_end(r.end).max(start)
    }
}

/// Maps byte offsets of a folded text to its canonical text, one entry
/// per folded byte: a lookup is two array reads, with no search.
///
/// Folding rewrites one char at a time, so every folded byte comes from
/// one canonical char: a byte of a char copied unchanged maps exactly; a
/// byte of a rewritten char ("ế" → "e") maps to the start of its char as
/// the start of a range and to the char's end as the end of one. A char
/// that folds to nothing is skipped by the ranges around it.
///
/// ```
/// let (f, map) = vnextract::normalize::fold("Đặng Thị");
/// assert_eq!(f, "dang thi");
/// assert_eq!(map.to_src(0..4), 0..7);
/// assert_eq!(map.to_src(1..2), 2..5);
/// assert_eq!(map.to_src(5..8), 8..13);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldMap {
    /// For each folded byte, the canonical offset it maps to as a start.
    at: Vec<u32>,
    /// For each folded byte, 0 when its char was copied unchanged, else
    /// the length of the canonical char it was rewritten from.
    rewritten: Vec<u8>,
    src_len: u32,
}

impl FoldMap {
    /// The map of a folded text from its parts: for each folded byte, the
    /// canonical offset it maps to as a start, and 0 when its char was
    /// copied unchanged or else the length of the canonical char it was
    /// rewritten from; and the length of the canonical text.
    pub(crate) fn from_parts(
        at: Vec<u32>,
        rewritten: Vec<u8>,
        src_len: usize,
    ) -> FoldMap {
        debug_assert_eq!(at.len(), rewritten.len());
        FoldMap { at, rewritten, src_len: src_len as u32 }
    }

    /// Length of the folded text.
    pub fn out_len(&self) -> usize {
        self.at.len()
    }

    /// Maps a folded offset used as the start of a range.
    pub fn src_start(&self, pos: usize) -> usize {
        self.at.get(pos).map_or(self.src_len, |&a| a) as usize
    }

    /// Maps a folded offset used as the end of a range.
    pub fn src_end(&self, pos: usize) -> usize {
        let pos = pos.min(self.at.len());
        if pos == 0 {
            return self.src_start(0);
        }
        let (at, len) = (self.at[pos - 1], self.rewritten[pos - 1]);
        (at + if len == 0 { 1 } else { u32::from(len) }) as usize
    }

    /// Maps a folded range to the canonical range it came from; an empty
    /// range maps to an empty range.
    pub fn to_src(&self, r: Range<usize>) -> Range<usize> {
        let start = self.src_start(r.start);
        if r.end <= r.start {
            return start..start;
        }
        start..self.src_end(r.end).max(start)
    }
}

/// Builds an [`OffsetMap`] from left to right.
#[derive(Debug, Default)]
pub struct MapBuilder {
    segs: Vec<Seg>,
    out: u32,
    src: u32,
}

impl MapBuilder {
    /// A new, empty builder.
    pub fn new() -> MapBuilder {
        MapBuilder::default()
    }

    /// A builder with room for `n` segments.
    pub fn with_capacity(n: usize) -> MapBuilder {
        MapBuilder { segs: Vec::with_capacity(n), out: 0, src: 0 }
    }

    /// Appends `len` bytes copied unchanged.
    pub fn identity(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        match self.segs.last() {
            Some(last) if last.identity => {}
            _ => self.segs.push(Seg {
                out: self.out,
                src: self.src,
                identity: true,
            }),
        }
        self.out += len as u32;
        self.src += len as u32;
    }

    /// Appends `out_len` output bytes that replace `src_len` source bytes.
    pub fn rewrite(&mut self, out_len: usize, src_len: usize) {
        if out_len == 0 && src_len == 0 {
            return;
        }
        self.segs.push(Seg { out: self.out, src: self.src, identity: false });
        self.out += out_len as u32;
        self.src += src_len as u32;
    }

    /// The finished map.
    pub fn finish(self) -> OffsetMap {
        OffsetMap { segs: self.segs, out_len: self.out, src_len: self.src }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_end_of_an_empty_output_is_the_source_end() {
        // A combining mark that folding drops: nothing is left of it.
        let mut b = MapBuilder::new();
        b.rewrite(0, 2);
        let m = b.finish();
        assert_eq!(m.src_end(1), 2);
        assert_eq!(m.to_src(0..1), 2..2);
    }

    #[test]
    fn identity_maps_every_offset() {
        let m = OffsetMap::identity(10);
        for a in 0..=10 {
            for b in a..=10 {
                assert_eq!(m.to_src(a..b), a..b);
            }
        }
        assert!(m.is_identity());
    }

    #[test]
    fn rewrite_maps_whole_segment() {
        // out: "ab" + "X" + "cd"; src: "ab" + "xyz" + "cd"
        let mut b = MapBuilder::new();
        b.identity(2);
        b.rewrite(1, 3);
        b.identity(2);
        let m = b.finish();
        assert_eq!(m.to_src(0..2), 0..2);
        assert_eq!(m.to_src(2..3), 2..5);
        assert_eq!(m.to_src(1..4), 1..6);
        assert_eq!(m.to_src(3..5), 5..7);
        assert_eq!(m.to_src(5..5), 7..7);
        assert!(!m.is_identity());
    }

    #[test]
    fn deleted_source_is_skipped() {
        // out: "ab" + "" + "c"; src: "ab" + "ZW" + "c"
        let mut b = MapBuilder::new();
        b.identity(2);
        b.rewrite(0, 2);
        b.identity(1);
        let m = b.finish();
        assert_eq!(m.to_src(0..2), 0..2);
        assert_eq!(m.to_src(2..3), 4..5);
        assert_eq!(m.to_src(0..3), 0..5);
    }

    #[test]
    fn empty_map() {
        let m = MapBuilder::new().finish();
        assert_eq!(m.to_src(0..0), 0..0);
    }
}
