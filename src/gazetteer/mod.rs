//! Gazetteers: places, organizations, titles and known persons, matched in
//! one pass over the folded view of a document.
//!
//! # Match semantics
//!
//! Every name and alias of every entry is folded (lower case, no marks,
//! đ→d: see [`crate::normalize::fold`]) and compiled into one
//! aho-corasick automaton, which is run over the folded view of the
//! document, reporting overlapping matches. A match is kept when:
//!
//! - it starts and ends on syllable boundaries (no letter or digit on
//!   either side), so "An" is not found inside "Lạng Sơn" nor "Hà" in
//!   "Hàn";
//! - the diacritics agree: each syllable of the text that carries
//!   diacritics must be the entry's syllable ("Hà Nam" is not "Hạ Nam"),
//!   whatever the tone placement, while a syllable typed without them
//!   matches any ("Ha Nam" is both);
//! - the case agrees: a syllable the entry capitalizes is capitalized in
//!   the text (proper names), and an alias written in capitals ("UBND",
//!   "HĐND", "TP.HCM") matches only in capitals.
//!
//! Of the kept matches, the leftmost-longest win: a match is dropped when
//! a longer one covers it, so "Ủy ban Mặt trận Tổ quốc Việt Nam" is one
//! organization, not a country inside one. The [`resolve`] stage then
//! composes titles and organizations from their parts and chooses among
//! places of the same name.
//!
//! The shipped dictionaries (`dictionaries/*.tsv`) are compiled into the
//! binary and built into automata once per process, on first use;
//! [`Gazetteer::with_files`] adds a user's own.

pub mod dict;
pub mod resolve;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use self::dict::{DictError, Entry, Kind, Text};
use crate::normalize::{self, Tone, Views, tone};

/// The shipped dictionary files, as (name, contents).
pub const SHIPPED: &[(&str, &str)] = &[
    ("places.tsv", include_str!("../../dictionaries/places.tsv")),
    ("world.tsv", include_str!("../../dictionaries/world.tsv")),
    (
        "organizations.tsv",
        include_str!("../../dictionaries/organizations.tsv"),
    ),
    ("titles.tsv", include_str!("../../dictionaries/titles.tsv")),
    ("officials.tsv", include_str!("../../dictionaries/officials.tsv")),
];

/// Compiled dictionaries.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry<'static>>,
    by_id: HashMap<Text<'static>, u32>,
    patterns: Vec<Pattern>,
    ac: AhoCorasick,
}

/// One distinct written form and the entries that write it.
#[derive(Debug)]
struct Pattern {
    /// The form normalized and lower-cased, in the old tone placement.
    lower: Box<str>,
    /// Bit i: whether the entry capitalizes syllable i.
    caps: u64,
    /// Written in capitals: matches only in capitals.
    abbrev: bool,
    entries: Vec<u32>,
}

/// A dictionary match in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Range in the canonical (normalized) view.
    pub norm: Range<usize>,
    /// Range in the folded view.
    pub folded: Range<usize>,
    /// The entries the matched form may mean.
    pub entries: Vec<u32>,
}

static SHIPPED_GAZETTEER: LazyLock<Arc<Gazetteer>> = LazyLock::new(|| {
    Arc::new(
        Gazetteer::with_files(&[])
            .expect("the shipped dictionaries are valid"),
    )
});

impl Gazetteer {
    /// The shipped dictionaries, built once per process.
    ///
    /// # Example
    ///
    /// ```
    /// use vnextract::gazetteer::Gazetteer;
    /// use vnextract::normalize::{Options, Views};
    ///
    /// let g = Gazetteer::shipped();
    /// let v = Views::new("UBND tỉnh Thanh Hoá", &Options::default());
    /// let names: Vec<&str> = g
    ///     .find(&v)
    ///     .iter()
    ///     .map(|h| g.entry(h.entries[0]).name.as_ref())
    ///     .collect();
    /// assert_eq!(names, ["Ủy ban nhân dân", "Thanh Hóa"]);
    /// ```
    pub fn shipped() -> Arc<Gazetteer> {
        SHIPPED_GAZETTEER.clone()
    }

    /// The shipped dictionaries and the user's `files` (path, contents).
    /// An entry of a user file replaces the shipped entry of the same id.
    pub fn with_files(
        files: &[(PathBuf, String)],
    ) -> Result<Gazetteer, Vec<DictError>> {
        let mut entries: Vec<Entry<'static>> = Vec::with_capacity(16_384);
        let mut by_id: HashMap<Text<'static>, u32> =
            HashMap::with_capacity(16_384);
        let mut errors = Vec::new();
        let mut add = |e: Entry<'static>, user: bool, path: &Path| match by_id
            .get(&e.id)
        {
            Some(&at) if user => entries[at as usize] = e,
            Some(_) => errors.push(DictError {
                file: path.to_path_buf(),
                line: 0,
                column: 0,
                message: format!("duplicate id {:?}", e.id),
            }),
            None => {
                by_id.insert(e.id.clone(), entries.len() as u32);
                entries.push(e);
            }
        };
        let mut parse_errors = Vec::new();
        for (name, text) in SHIPPED {
            let path = Path::new("dictionaries").join(name);
            match dict::parse(&path, text, 50) {
                Ok(list) => {
                    list.into_iter().for_each(|e| add(e, false, &path))
                }
                Err(mut e) => parse_errors.append(&mut e),
            }
        }
        for (path, text) in files {
            match dict::parse(path, text, 50) {
                Ok(list) => list
                    .into_iter()
                    .for_each(|e| add(e.into_owned(), true, path)),
                Err(mut e) => parse_errors.append(&mut e),
            }
        }
        errors.append(&mut parse_errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Gazetteer::build(entries, by_id))
    }

    fn build(
        entries: Vec<Entry<'static>>,
        by_id: HashMap<Text<'static>, u32>,
    ) -> Gazetteer {
        let mut patterns: Vec<Pattern> = Vec::with_capacity(entries.len());
        let mut keys: Vec<String> = Vec::with_capacity(entries.len());
        let mut index: HashMap<String, usize> =
            HashMap::with_capacity(entries.len());
        let opts = normalize::Options::default();
        for (i, e) in entries.iter().enumerate() {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                let norm = normalize::normalize_str(form, &opts);
                let abbrev = is_abbrev(&norm);
                let mut caps = 0u64;
                for (k, syl) in syllables(&norm).enumerate().take(64) {
                    if syl.chars().next().is_some_and(char::is_uppercase) {
                        caps |= 1 << k;
                    }
                }
                let mut lower = squeeze(&norm.to_lowercase());
                if abbrev {
                    lower.push('\0');
                }
                let slot = match index.get(&lower) {
                    Some(&slot) => slot,
                    None => {
                        let folded = normalize::fold_str(&lower);
                        let folded = folded.trim_end_matches('\0');
                        if folded.is_empty() {
                            continue;
                        }
                        keys.push(folded.to_string());
                        patterns.push(Pattern {
                            lower: lower.trim_end_matches('\0').into(),
                            caps,
                            abbrev,
                            entries: Vec::new(),
                        });
                        index.insert(lower, patterns.len() - 1);
                        patterns.len() - 1
                    }
                };
                let p = &mut patterns[slot];
                // The same form under several entries: a syllable counts
                // as capitalized only when every entry capitalizes it.
                p.caps &= caps;
                if p.entries.last() != Some(&(i as u32)) {
                    p.entries.push(i as u32);
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&keys)
            .expect("patterns are valid");
        Gazetteer { entries, by_id, patterns, ac }
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry<'static>] {
        &self.entries
    }

    /// The entry at `index` (as in [`Hit::entries`]).
    pub fn entry(&self, index: u32) -> &Entry<'static> {
        &self.entries[index as usize]
    }

    /// The index of the entry with `id`.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.by_id.get(&Text::Borrowed(id)).copied()
    }

    /// The entry with `id`.
    pub fn get(&self, id: &str) -> Option<&Entry<'static>> {
        self.index_of(id).map(|i| self.entry(i))
    }

    /// The kept matches in `views`, leftmost-longest, in text order (see
    /// the module docs).
    pub fn find(&self, views: &Views) -> Vec<Hit> {
        let folded = views.folded.as_str();
        let fb = folded.as_bytes();
        let norm = views.norm.text.as_str();
        let plain = is_plain(norm);
        let mut hits: Vec<Hit> = Vec::new();
        for m in self.ac.find_overlapping_iter(folded) {
            let (s, e) = (m.start(), m.end());
            if !boundary(folded, fb, s, e) {
                continue;
            }
            let p = &self.patterns[m.pattern().as_usize()];
            let nr = views.fold_map.to_src(s..e);
            if !agrees(&norm[nr.clone()], p, plain) {
                continue;
            }
            hits.push(Hit {
                norm: nr,
                folded: s..e,
                entries: p.entries.clone(),
            });
        }
        self.longest(hits)
    }

    /// Leftmost-longest: of overlapping hits, the one that starts first
    /// wins, and of those that start together, the longest; except that a
    /// title yields to an organization that crosses its end, when a
    /// shorter title fits before it ("Trưởng Ban Dân vận" is "Trưởng" and
    /// "Ban Dân vận", not "Trưởng ban" and "Dân vận").
    fn longest(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        hits.sort_by(|a, b| {
            a.folded
                .start
                .cmp(&b.folded.start)
                .then(b.folded.end.cmp(&a.folded.end))
        });
        let is = |h: &Hit, kind: Kind| {
            h.entries.iter().any(|&e| self.entry(e).kind() == kind)
        };
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut end = 0;
        let mut i = 0;
        while i < hits.len() {
            let h = &hits[i];
            if let Some(last) = out.last_mut()
                && last.folded == h.folded
            {
                // Several forms over the same text: one hit, every entry.
                for &e in &h.entries {
                    if !last.entries.contains(&e) {
                        last.entries.push(e);
                    }
                }
                i += 1;
                continue;
            }
            if h.folded.start < end {
                i += 1;
                continue;
            }
            let mut pick = i;
            if is(h, Kind::Title) && !is(h, Kind::Organization) {
                let crossing = hits[i + 1..]
                    .iter()
                    .take_while(|o| o.folded.start < h.folded.end)
                    .find(|o| {
                        o.folded.start > h.folded.start
                            && o.folded.end > h.folded.end
                            && is(o, Kind::Organization)
                    });
                if let Some(o) = crossing {
                    let shorter = (i + 1..hits.len())
                        .take_while(|&j| {
                            hits[j].folded.start == h.folded.start
                        })
                        .find(|&j| {
                            hits[j].folded.end <= o.folded.start
                                && is(&hits[j], Kind::Title)
                        });
                    if let Some(j) = shorter {
                        pick = j;
                    }
                }
            }
            end = hits[pick].folded.end;
            out.push(hits[pick].clone());
            i += 1;
        }
        out
    }
}

/// Whether a text was typed without diacritics: fewer than one byte in
/// a hundred outside ASCII (Vietnamese with diacritics has about one in
/// five). Then a plain syllable may stand for any syllable with marks;
/// otherwise "ban" is "ban", not "bản".
fn is_plain(text: &str) -> bool {
    let high = text.bytes().filter(|b| *b >= 0x80).count();
    high * 100 < text.len()
}

/// Whether `s..e` of the folded text starts and ends on syllable
/// boundaries.
fn boundary(folded: &str, fb: &[u8], s: usize, e: usize) -> bool {
    let before = if s == 0 {
        None
    } else if fb[s - 1].is_ascii() {
        Some(fb[s - 1] as char)
    } else {
        folded[..s].chars().next_back()
    };
    let after = folded[e..].chars().next();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let inner_first = fb[s].is_ascii_alphanumeric();
    let inner_last = fb[e - 1].is_ascii_alphanumeric();
    !(inner_first && word(before) || inner_last && word(after))
}

/// The syllables (runs of letters and digits) of `s`.
fn syllables(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !normalize::is_word_char(c)).filter(|w| !w.is_empty())
}

/// Whether a form is an abbreviation written in capitals ("UBND",
/// "TP.HCM", "HĐND"): two letters or more, none lower case.
fn is_abbrev(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !s.chars().any(char::is_lowercase)
}

/// Collapses runs of spaces to one.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether the text `t` (canonical view) agrees with the pattern's
/// diacritics and case.
fn agrees(t: &str, p: &Pattern, plain: bool) -> bool {
    if p.abbrev {
        return !t.chars().any(char::is_lowercase);
    }
    let mut want = syllables(&p.lower);
    for (i, syl) in syllables(t).enumerate() {
        let Some(w) = want.next() else { return false };
        if i < 64
            && p.caps & (1 << i) != 0
            && !syl.chars().next().is_some_and(char::is_uppercase)
        {
            return false;
        }
        if plain && syl.is_ascii() {
            continue;
        }
        if !same_syllable(syl, w) {
            return false;
        }
    }
    want.next().is_none()
}

/// Whether `syl` (any case, any tone placement) is `want` (lower case,
/// old tone placement).
fn same_syllable(syl: &str, want: &str) -> bool {
    let mut buf = ['\0'; tone::MAX_SYLLABLE];
    let mut n = 0;
    for c in syl.chars() {
        if n == buf.len() {
            return syl.to_lowercase() == want;
        }
        buf[n] = c.to_lowercase().next().unwrap_or(c);
        n += 1;
    }
    tone::place(&mut buf[..n], Tone::Old);
    want.chars().eq(buf[..n].iter().copied())
}

#[cfg(test)]
mod tests;
