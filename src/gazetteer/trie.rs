//! The syllable trie that finds the gazetteer's keys in a text.
//!
//! A key is a form folded and spaced (see [`super::push_spaced`]): syllables
//! (runs of letters and digits) with the spaces between them, one space
//! before and one after. The trie's edges are labeled by a syllable and
//! the number of spaces before it, so a text is cut into syllables once,
//! each looked up once, and the keys that start at a syllable are found
//! by following edges from there. It reports what an Aho-Corasick
//! automaton over the spaced text would report with overlapping matches,
//! and costs a fraction of it, in time and in memory.

use std::collections::HashMap;

use crate::hash::FxBuild;
use crate::normalize;

/// The largest gap (spaces between two syllables) a key can hold; a key
/// with a wider one is left out (no real form has one).
const MAX_GAP: usize = 0xff;

/// The most distinct syllables the keys can hold (the ids are 24 bits).
const MAX_SYLLABLES: usize = 1 << 24;

/// Set on the root's child by a syllable when every key that starts with
/// it must start with a capital: a text whose syllable there is in lower
/// case is not followed down from it.
const CAPITAL: u32 = 1 << 31;

/// Keys as a trie of syllables. Node 0 is the root.
#[derive(Debug, Default)]
pub(super) struct Trie {
    /// Each syllable of the keys: its id and the root's child by it (0 if
    /// no key starts with it), with [`CAPITAL`] set as it says. Syllables
    /// of up to eight bytes, nearly all, are keyed by their bytes packed
    /// into a number ([`packed`]), so a lookup reads no memory but the
    /// table's.
    short: Short,
    long: HashMap<Box<[u8]>, (u32, u32), FxBuild>,
    /// Where the edges and the keys of each node start, `[edge, key]`:
    /// node `n` has `edges[nodes[n][0]..nodes[n + 1][0]]` and
    /// `keys[nodes[n][1]..nodes[n + 1][1]]`. The two sit side by side, as
    /// an edge's label sits by its child, for a walk to read one place of
    /// memory where it would read two.
    nodes: Vec<[u32; 2]>,
    /// The edges below the nodes: a gap and a syllable ([`label`]) and the
    /// child, by label in each node. The root's children are in the
    /// syllable tables.
    edges: Vec<(u32, u32)>,
    /// The keys that end at each node.
    keys: Vec<u32>,
}

/// The syllables of up to eight bytes, packed ([`packed`]), in a table
/// of open addressing: each text's syllable is looked up, most of them in
/// no key, and a miss here reads a slot or two of eight bytes.
#[derive(Debug, Default)]
struct Short {
    /// The packed syllables, 0 in an empty slot (no syllable packs to 0):
    /// a power of two of slots, at most half of them full.
    keys: Vec<u64>,
    /// The value of the syllable in each slot.
    values: Vec<(u32, u32)>,
    /// How far a hash is shifted down to a slot.
    shift: u32,
}

impl Short {
    fn new(table: HashMap<u64, (u32, u32), FxBuild>) -> Short {
        let slots = (table.len() * 2).next_power_of_two().max(16);
        let mut short = Short {
            keys: vec![0; slots],
            values: vec![(0, 0); slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for (key, value) in table {
            let at = short.slot(key);
            short.keys[at] = key;
            short.values[at] = value;
        }
        short
    }

    /// The slot of `key`, or the empty slot where it would go.
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        // The high bits of a product mix all of the key's bytes.
        let mut at =
            (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        loop {
            let k = self.keys[at & mask];
            if k == key || k == 0 {
                return at & mask;
            }
            at += 1;
        }
    }

    #[inline(always)]
    fn get(&self, key: u64) -> Option<(u32, u32)> {
        if self.keys.is_empty() {
            return None;
        }
        let at = self.slot(key);
        (self.keys[at] != 0).then(|| self.values[at])
    }
}

/// The label of the edge by `syllable` after `gap` spaces.
fn label(gap: usize, syllable: u32) -> u32 {
    ((gap as u32) << 24) | syllable
}

/// A syllable of up to eight bytes as a number (syllables hold no zero
/// byte, so no two share one).
fn packed(syllable: &[u8]) -> Option<u64> {
    (syllable.len() <= 8).then(|| {
        let mut word = [0u8; 8];
        word[..syllable.len()].copy_from_slice(syllable);
        u64::from_le_bytes(word)
    })
}

/// The syllables of spaced bytes: (start, end) of each run of bytes that
/// are not spaces.
fn runs(spaced: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < spaced.len() && spaced[i] == b' ' {
            i += 1;
        }
        if i == spaced.len() {
            return None;
        }
        let start = i;
        while i < spaced.len() && spaced[i] != b' ' {
            i += 1;
        }
        Some((start, i))
    })
}

/// The syllables of a folded text: (start, end) of each run of letters
/// and digits (see [`normalize::is_word_char`]); what [`runs`] finds in
/// the text made spaced. Folded text is nearly all ASCII, read eight
/// bytes at a time, the edges of its syllables found in a mask of the
/// bytes that are letters or digits; a char past ASCII is decoded where it
/// comes.
fn syllables(text: &str) -> Syllables<'_> {
    Syllables { text, i: 0, open: None, starts: 0, ends: 0, base: 0 }
}

/// The iterator of [`syllables`].
struct Syllables<'a> {
    text: &'a str,
    /// The next byte to read.
    i: usize,
    /// The start of the syllable being read.
    open: Option<usize>,
    /// The starts and the ends of syllables (the high bit of each byte)
    /// not yet taken in the eight bytes from `base`.
    starts: u64,
    ends: u64,
    base: usize,
}

impl Iterator for Syllables<'_> {
    type Item = (usize, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        let b = self.text.as_bytes();
        loop {
            // The edges left in the eight bytes read last, which alternate:
            // with a syllable open and no end left, no start is left.
            if let Some(s) = self.open {
                if self.ends != 0 {
                    let e =
                        self.base + (self.ends.trailing_zeros() / 8) as usize;
                    self.ends &= self.ends - 1;
                    self.open = None;
                    return Some((s, e));
                }
            } else if self.starts != 0 {
                let s =
                    self.base + (self.starts.trailing_zeros() / 8) as usize;
                self.starts &= self.starts - 1;
                self.open = Some(s);
                continue;
            }
            let i = self.i;
            if i >= b.len() {
                return self.open.take().map(|s| (s, b.len()));
            }
            if let Some(mask) = ascii_alnum(b, i) {
                // A syllable starts at a word byte after another byte, and
                // ends at another byte after a word byte; the byte before
                // the first is the last one read.
                let open = if self.open.is_some() { 0x80 } else { 0 };
                let before = (mask << 8) | open;
                self.starts = mask & !before;
                self.ends = !mask & before & HIGH;
                self.base = i;
                self.i = i + 8;
                continue;
            }
            let (word, len) = char_at(self.text, i);
            self.i = i + len;
            match (word, self.open) {
                (true, None) => self.open = Some(i),
                (false, Some(s)) => {
                    self.open = None;
                    return Some((s, i));
                }
                _ => {}
            }
        }
    }
}

/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Of the eight bytes of `b` from `i`, when they are all ASCII: a mask
/// with the high bit of each byte that is a letter or a digit set. `None`
/// near the end or where a byte is past ASCII.
#[inline(always)]
fn ascii_alnum(b: &[u8], i: usize) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?);
    if x & HIGH != 0 {
        return None;
    }
    // For bytes below 0x80, adding 0x80 - lo sets the high bit exactly
    // when the byte is lo or more, with no carry into the next byte.
    let within = |lo: u8, hi: u8| {
        let at_least_lo = x + ONES * u64::from(0x80 - lo);
        let above_hi = x + ONES * u64::from(0x7f - hi);
        at_least_lo & !above_hi & HIGH
    };
    Some(within(b'0', b'9') | within(b'a', b'z') | within(b'A', b'Z'))
}

/// Whether the char at byte `i` of `text` is a letter or a digit, and
/// its length.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (bool, usize) {
    let x = text.as_bytes()[i];
    if x < 0x80 {
        (x.is_ascii_alphanumeric(), 1)
    } else {
        let c = text[i..].chars().next().expect("a char boundary");
        (normalize::is_word_char(c), c.len_utf8())
    }
}

impl Trie {
    /// The trie of `keys`, key `k` being `keys[k]`: its bytes and whether
    /// the text it matches must start with a capital.
    pub(super) fn new<'k>(
        keys: impl Iterator<Item = (&'k [u8], bool)>,
    ) -> Trie {
        let mut t = Trie::default();
        let mut short: HashMap<u64, (u32, u32), FxBuild> = HashMap::default();
        // The keys ending at each node, in key order.
        let mut at: Vec<Vec<u32>> = vec![Vec::new()];
        // The edges below the root, by (node, label).
        let mut edges: HashMap<(u32, u32), u32, FxBuild> = HashMap::default();
        'keys: for (k, (key, capital)) in keys.enumerate() {
            let mut node = 0u32;
            let mut last_end = None;
            for (start, end) in runs(key) {
                let syllable = &key[start..end];
                let count = short.len() + t.long.len();
                let known = match packed(syllable) {
                    Some(n) => short.contains_key(&n),
                    None => t.long.contains_key(syllable),
                };
                if count == MAX_SYLLABLES && !known {
                    continue 'keys;
                }
                let next_id = count as u32;
                let new_node = at.len() as u32;
                let slot = match packed(syllable) {
                    Some(n) => short.entry(n).or_insert((next_id, 0)),
                    None => {
                        t.long.entry(syllable.into()).or_insert((next_id, 0))
                    }
                };
                let child = match last_end {
                    None => {
                        if slot.1 == 0 {
                            slot.1 = new_node | CAPITAL;
                        }
                        if !capital {
                            slot.1 &= !CAPITAL;
                        }
                        slot.1 & !CAPITAL
                    }
                    Some(e) => {
                        let gap = start - e;
                        if gap > MAX_GAP {
                            continue 'keys;
                        }
                        *edges
                            .entry((node, label(gap, slot.0)))
                            .or_insert(new_node)
                    }
                };
                if child == new_node {
                    assert!(new_node < CAPITAL, "too many trie nodes");
                    at.push(Vec::new());
                }
                node = child;
                last_end = Some(end);
            }
            if node != 0 {
                at[node as usize].push(k as u32);
            }
        }
        let mut edges: Vec<_> = edges.into_iter().collect();
        edges.sort_unstable();
        t.nodes.reserve(at.len() + 1);
        let mut e = 0;
        for n in 0..=at.len() {
            t.nodes.push([e as u32, t.keys.len() as u32]);
            while e < edges.len() && edges[e].0.0 == n as u32 {
                e += 1;
            }
            if let Some(keys) = at.get(n) {
                t.keys.extend(keys);
            }
        }
        t.edges = edges.iter().map(|&((_, l), c)| (l, c)).collect();
        t.short = Short::new(short);
        t
    }

    /// Every (key, start, end) in the folded `text`, by start: the keys
    /// that an automaton of them would find in the text made spaced (as
    /// [`super::push_spaced`] makes keys), where a match takes a space on
    /// each side; but no key that must start with a capital where
    /// `lower_at(start)` says the text starts in lower case.
    pub(super) fn find(
        &self,
        text: &str,
        lower_at: impl Fn(usize) -> bool,
    ) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        // Each syllable of the text: its span, id (u32::MAX if no key
        // holds it) and the root's child by it. A folded syllable and its
        // space take four to five bytes.
        let mut syllables: Vec<(usize, usize, u32, u32)> =
            Vec::with_capacity(text.len() / 4 + 8);
        for (start, end) in self::syllables(text) {
            let len = end - start;
            let found = match bytes.get(start..start + 8) {
                // Packed from one load: the bytes after the syllable are
                // masked off.
                Some(word) if len <= 8 => {
                    let word = u64::from_le_bytes(word.try_into().unwrap());
                    let mask = u64::MAX >> (64 - 8 * len);
                    self.short.get(word & mask)
                }
                _ => self.get(&bytes[start..end]),
            };
            let (id, child) = found.unwrap_or((u32::MAX, 0));
            syllables.push((start, end, id, child));
        }
        let mut out = Vec::with_capacity(syllables.len() / 2);
        for (i, &(start, end, _, child)) in syllables.iter().enumerate() {
            if child == 0 || child & CAPITAL != 0 && lower_at(start) {
                continue;
            }
            let mut node = child & !CAPITAL;
            for &k in self.keys_at(node) {
                out.push((k as usize, start, end));
            }
            // Follow the next syllables while the trie has edges for them.
            let mut last_end = end;
            for &(s, e, id, _) in &syllables[i + 1..] {
                let gap = s - last_end;
                if id == u32::MAX || gap > MAX_GAP {
                    break;
                }
                match self.child(node, label(gap, id)) {
                    Some(n) => node = n,
                    None => break,
                }
                for &k in self.keys_at(node) {
                    out.push((k as usize, start, e));
                }
                last_end = e;
            }
        }
        out
    }

    /// The id of `syllable` and the root's child by it.
    fn get(&self, syllable: &[u8]) -> Option<(u32, u32)> {
        match packed(syllable) {
            Some(n) => self.short.get(n),
            None => self.long.get(syllable).copied(),
        }
    }

    /// The child of `node` (not the root) by `label`.
    fn child(&self, node: u32, label: u32) -> Option<u32> {
        let n = node as usize;
        let (a, b) =
            (self.nodes[n][0] as usize, self.nodes[n + 1][0] as usize);
        let edges = &self.edges[a..b];
        // Most nodes have a child or two.
        let i = if edges.len() <= 8 {
            edges.iter().position(|&(l, _)| l == label)?
        } else {
            edges.binary_search_by_key(&label, |&(l, _)| l).ok()?
        };
        Some(edges[i].1)
    }

    /// The keys that end at `node`.
    fn keys_at(&self, node: u32) -> &[u32] {
        let n = node as usize;
        &self.keys[self.nodes[n][1] as usize..self.nodes[n + 1][1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The syllables [`syllables`] finds.
    fn collect(text: &str) -> Vec<(usize, usize)> {
        syllables(text).collect()
    }

    /// Syllables read char by char.
    fn by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let word = i < text.len() && normalize::is_word_char(c);
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn syllables_are_runs_of_word_chars() {
        let samples = [
            "",
            "a",
            "thanh hoa",
            "ubnd tinh thanh hoa, ngay 28-12-2023: grdp dat 11% tro len",
            "abcdefghijklmnopq rstuvwxyz0123456789 @[`{/:",
            "tp.hcm  --  a\u{301}b x\u{200b}y ß ŋ 中文 ٣ 𝄞x",
            "ĐƯỜNG Z9 zz az AZ `a{ 09/:",
        ];
        for s in samples {
            for cut in 0..s.len().min(24) {
                // Every alignment of the text against the 8-byte reads.
                let t: String = "x".repeat(cut) + " " + s;
                assert_eq!(collect(&t), by_chars(&t), "{t:?}");
            }
        }
        // Every ASCII byte on its own and between letters.
        for b in 0u8..0x80 {
            let t = format!("abcdefg{}hijklmnop", char::from(b));
            assert_eq!(collect(&t), by_chars(&t), "{b}");
        }
    }
}
