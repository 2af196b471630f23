//! The syllable trie that finds the gazetteer's keys in a text.
//!
//! A key is a form folded and spaced (see [`super::spaced`]): syllables
//! (runs of letters and digits) with the spaces between them, one space
//! before and one after. The trie's edges are labeled by a syllable and
//! the number of spaces before it, so a text is cut into syllables once,
//! each looked up once, and the keys that start at a syllable are found
//! by following edges from there. It reports what an Aho-Corasick
//! automaton over the spaced text would report with overlapping matches,
//! and costs a fraction of it, in time and in memory.

use std::collections::HashMap;

use super::FxBuild;

/// The largest gap (spaces between two syllables) a key can hold; a key
/// with a wider one is left out (no real form has one).
const MAX_GAP: usize = 0xff;

/// The most distinct syllables the keys can hold (the ids are 24 bits).
const MAX_SYLLABLES: usize = 1 << 24;

/// Keys as a trie of syllables. Node 0 is the root.
#[derive(Debug, Default)]
pub(super) struct Trie {
    /// Each syllable of the keys: its id and the root's child by it (0 if
    /// no key starts with it).
    syllables: HashMap<Box<[u8]>, (u32, u32), FxBuild>,
    /// The child of a node by (gap, syllable), keyed by [`edge`].
    edges: HashMap<u64, u32, FxBuild>,
    /// The keys that end at node `n`: `keys[ends[n]..ends[n + 1]]`.
    ends: Vec<u32>,
    keys: Vec<u32>,
}

/// The key of the edge from `node` by `syllable` after `gap` spaces.
fn edge(node: u32, gap: usize, syllable: u32) -> u64 {
    (u64::from(node) << 32) | ((gap as u64) << 24) | u64::from(syllable)
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

impl Trie {
    /// The trie of `keys`, key `k` being `keys[k]`.
    pub(super) fn new<'k>(keys: impl Iterator<Item = &'k [u8]>) -> Trie {
        let mut t = Trie::default();
        // The keys ending at each node, in key order.
        let mut at: Vec<Vec<u32>> = vec![Vec::new()];
        'keys: for (k, key) in keys.enumerate() {
            let mut node = 0u32;
            let mut last_end = None;
            for (start, end) in runs(key) {
                let next_id = t.syllables.len() as u32;
                if t.syllables.len() == MAX_SYLLABLES
                    && !t.syllables.contains_key(&key[start..end])
                {
                    continue 'keys;
                }
                let new_node = at.len() as u32;
                let slot = t
                    .syllables
                    .entry(key[start..end].into())
                    .or_insert((next_id, 0));
                let child = match last_end {
                    None => {
                        if slot.1 == 0 {
                            slot.1 = new_node;
                        }
                        slot.1
                    }
                    Some(e) => {
                        let gap = start - e;
                        if gap > MAX_GAP {
                            continue 'keys;
                        }
                        *t.edges
                            .entry(edge(node, gap, slot.0))
                            .or_insert(new_node)
                    }
                };
                if child == new_node {
                    at.push(Vec::new());
                }
                node = child;
                last_end = Some(end);
            }
            if node != 0 {
                at[node as usize].push(k as u32);
            }
        }
        t.ends.reserve(at.len() + 1);
        t.ends.push(0);
        for keys in at {
            t.keys.extend(keys);
            t.ends.push(t.keys.len() as u32);
        }
        t
    }

    /// Every (key, start, end) of `spaced` (the text as [`super::spaced`]
    /// makes it), by start: the span of a key's match takes the space
    /// before it and the one after.
    pub(super) fn find(&self, spaced: &[u8]) -> Vec<(usize, usize, usize)> {
        // Each syllable of the text: its span, id (u32::MAX if no key
        // holds it) and the root's child by it.
        let mut syllables: Vec<(usize, usize, u32, u32)> =
            Vec::with_capacity(spaced.len() / 6);
        for (start, end) in runs(spaced) {
            let (id, child) = self
                .syllables
                .get(&spaced[start..end])
                .copied()
                .unwrap_or((u32::MAX, 0));
            syllables.push((start, end, id, child));
        }
        let mut out = Vec::new();
        for (i, &(start, end, _, child)) in syllables.iter().enumerate() {
            if child == 0 {
                continue;
            }
            let mut node = child;
            for &k in self.keys_at(node) {
                out.push((k as usize, start - 1, end + 1));
            }
            // Follow the next syllables while the trie has edges for them.
            let mut last_end = end;
            for &(s, e, id, _) in &syllables[i + 1..] {
                let gap = s - last_end;
                if id == u32::MAX || gap > MAX_GAP {
                    break;
                }
                match self.edges.get(&edge(node, gap, id)) {
                    Some(&n) => node = n,
                    None => break,
                }
                for &k in self.keys_at(node) {
                    out.push((k as usize, start - 1, e + 1));
                }
                last_end = e;
            }
        }
        out
    }

    /// The keys that end at `node`.
    fn keys_at(&self, node: u32) -> &[u32] {
        let n = node as usize;
        &self.keys[self.ends[n] as usize..self.ends[n + 1] as usize]
    }
}
