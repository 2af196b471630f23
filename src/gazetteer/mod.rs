//! Gazetteers: places, organizations, titles and known persons, matched in
//! one pass over the folded view of a document.
//!
//! # Match semantics
//!
//! Every name and alias of every entry is folded (lower case, no marks,
//! đ→d: see [`crate::normalize::fold`]) and compiled into one trie of
//! syllables, which is run over the folded view of the document,
//! reporting overlapping matches. A match is kept when:
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
//!   "HĐND", "TP.HCM") matches only in capitals. Three exceptions follow
//!   news usage: a post of two syllables or more matches in any case
//!   ("Phó chủ tịch", "giám đốc"); a body whose name has a capital
//!   after its first syllable may start in lower case ("sở Tài chính");
//!   and after a type word or a committee named by its level, a place's
//!   syllables after the first may be in lower case ("Thành ủy Hải
//!   phòng", "tỉnh Thanh hóa").
//!
//! Of the kept matches, the leftmost-longest win: a match is dropped when
//! a longer one covers it, so "Ủy ban Mặt trận Tổ quốc Việt Nam" is one
//! organization, not a country inside one. The [`resolve`] stage then
//! composes titles and organizations from their parts and chooses among
//! places of the same name.
//!
//! The shipped dictionaries (`dictionaries/*.tsv`) are compiled into the
//! binary and built into the trie once per process, on first use;
//! [`Gazetteer::with_files`] adds a user's own.

pub mod dict;
pub mod resolve;
mod trie;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use self::dict::{DictError, Entry, Kind, Text};
use crate::hash::FxBuild;
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
    ("indicators.tsv", include_str!("../../dictionaries/indicators.tsv")),
    ("events.tsv", include_str!("../../dictionaries/events.tsv")),
];

/// Compiled dictionaries.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry<'static>>,
    by_id: HashMap<Text<'static>, u32, FxBuild>,
    patterns: Vec<Pattern>,
    /// The lower-case forms of all patterns, one after the other.
    arena: String,
    /// The entries of all patterns, one run per pattern.
    pattern_entries: Vec<u32>,
    /// The keys of all patterns (pattern `p` is key `p`), as a trie.
    trie: trie::Trie,
    /// The keys, one after the other, for the tests to check the trie.
    #[cfg(test)]
    keys: Vec<u8>,
    #[cfg(test)]
    key_ends: Vec<usize>,
    /// The national bodies named "Bộ …" (ministries), found on first use.
    ministries: std::sync::OnceLock<Vec<Ministry>>,
    /// The countries, provinces and districts by their names of two
    /// syllables or more, lower-cased, found on first use.
    named_units: std::sync::OnceLock<HashMap<String, Vec<u32>, FxBuild>>,
}

/// One distinct written form and the entries that write it.
#[derive(Debug)]
struct Pattern {
    /// The form normalized and lower-cased, in the old tone placement:
    /// a range of [`Gazetteer::arena`].
    lower: Range<u32>,
    /// Bit i: whether the entry capitalizes syllable i.
    caps: u64,
    /// Written in capitals: matches only in capitals.
    abbrev: bool,
    /// A body whose head noun, capitalized, is enough to make a name of
    /// the common nouns after it: they may be in lower case ("Sở tài
    /// chính", "Bộ công thương").
    loose: bool,
    /// Some entry is a country: it may name a currency ("đô la Mỹ").
    country: bool,
    /// A range of [`Gazetteer::pattern_entries`].
    entries: Range<u32>,
}

/// A ministry, with its name without "Bộ " as the text is matched
/// against it.
#[derive(Debug)]
pub(crate) struct Ministry {
    pub(crate) entry: u32,
    /// The chars of the name.
    pub(crate) chars: usize,
    /// The name's [`normalize::key`].
    pub(crate) key: String,
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
        let mut errors = Vec::new();
        // Each shipped file on a thread of its own: start-up is what every
        // process pays.
        let parsed: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = SHIPPED
                .iter()
                .map(|(name, text)| {
                    scope.spawn(move || {
                        let path = Path::new("dictionaries").join(name);
                        dict::parse(&path, text, 50)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("parser")).collect()
        });
        // The largest list (places, first) becomes the whole; the others
        // are appended to it, so that the big one is never copied.
        let mut entries: Vec<Entry<'static>> = Vec::new();
        for p in parsed {
            match p {
                Ok(list) if entries.is_empty() => entries = list,
                Ok(mut list) => entries.append(&mut list),
                Err(mut e) => errors.append(&mut e),
            }
        }
        // Shipped ids are unique (a test checks it); a user's entry
        // replaces the shipped one of its id.
        let mut by_id = None;
        if !files.is_empty() {
            let ids = by_id.insert(index_ids(&entries));
            let mut seen: HashMap<String, (), FxBuild> = HashMap::default();
            for (path, text) in files {
                let list = match dict::parse(path, text, 50) {
                    Ok(list) => list,
                    Err(mut e) => {
                        errors.append(&mut e);
                        continue;
                    }
                };
                for e in list {
                    if seen.insert(e.id.to_string(), ()).is_some() {
                        errors.push(DictError {
                            file: path.clone(),
                            line: e.line,
                            column: 0,
                            message: format!("duplicate id {:?}", e.id),
                        });
                        continue;
                    }
                    let e = e.into_owned();
                    match ids.get(&e.id) {
                        Some(&at) => entries[at as usize] = e,
                        None => {
                            ids.insert(e.id.clone(), entries.len() as u32);
                            entries.push(e);
                        }
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Gazetteer::build(entries, by_id))
    }

    fn build(
        entries: Vec<Entry<'static>>,
        by_id: Option<HashMap<Text<'static>, u32, FxBuild>>,
    ) -> Gazetteer {
        // Every written form, lower-cased into an arena, in two halves on
        // two threads while a third indexes the ids; then sorted, so that
        // entries sharing a form share one pattern.
        let half = entries.len() / 2;
        let (by_id, (mut arena, mut forms), (arena2, forms2)) =
            std::thread::scope(|scope| {
                let ids = scope
                    .spawn(|| by_id.unwrap_or_else(|| index_ids(&entries)));
                let second = scope.spawn(|| forms_of(&entries[half..], half));
                let first = forms_of(&entries[..half], 0);
                (
                    ids.join().expect("index"),
                    first,
                    second.join().expect("forms"),
                )
            });
        let shift = arena.len() as u32;
        arena.push_str(&arena2);
        forms.extend(forms2.into_iter().map(|mut f| {
            f.lower = f.lower.start + shift..f.lower.end + shift;
            f
        }));
        let text = |r: &Range<u32>| &arena[r.start as usize..r.end as usize];
        // One pattern per distinct form; then the entries of each pattern
        // in one run of `pattern_entries`, in entry order.
        let mut index: HashMap<(&str, bool), u32, FxBuild> =
            HashMap::with_capacity_and_hasher(forms.len(), FxBuild::default());
        let mut patterns: Vec<Pattern> = Vec::with_capacity(forms.len());
        let mut pattern_of: Vec<u32> = Vec::with_capacity(forms.len());
        let mut counts: Vec<u32> = Vec::with_capacity(forms.len());
        let mut keys: Vec<u8> = Vec::with_capacity(arena.len() * 2);
        let mut key_ends: Vec<usize> = Vec::with_capacity(forms.len());
        let mut folded = String::new();
        for f in &forms {
            let key = (text(&f.lower), f.abbrev);
            let id = match index.get(&key) {
                Some(&id) => {
                    // The same form under several entries: a syllable
                    // counts as capitalized only when every entry
                    // capitalizes it.
                    patterns[id as usize].caps &= f.caps;
                    id
                }
                None => {
                    folded.clear();
                    fold_into(key.0, &mut folded);
                    if !folded.chars().any(normalize::is_word_char) {
                        pattern_of.push(u32::MAX);
                        continue;
                    }
                    // Punctuation at the edges ("(GRDP)") is not part of
                    // the match: it would end inside a wide char of the
                    // text that the trie reads as spaces.
                    let core = folded
                        .trim_matches(|c: char| !normalize::is_word_char(c));
                    push_spaced(core, &mut keys);
                    key_ends.push(keys.len());
                    let id = patterns.len() as u32;
                    patterns.push(Pattern {
                        lower: f.lower.clone(),
                        caps: f.caps,
                        abbrev: f.abbrev,
                        loose: false,
                        country: false,
                        entries: 0..0,
                    });
                    counts.push(0);
                    index.insert(key, id);
                    id
                }
            };
            pattern_of.push(id);
            counts[id as usize] += 1;
        }
        let mut at = 0;
        for (p, &n) in patterns.iter_mut().zip(&counts) {
            p.entries = at..at;
            at += n;
        }
        let mut pattern_entries = vec![0u32; at as usize];
        for (f, &id) in forms.iter().zip(&pattern_of) {
            let Some(p) = patterns.get_mut(id as usize) else { continue };
            let run = &pattern_entries
                [p.entries.start as usize..p.entries.end as usize];
            // Forms come in entry order: a repeat is the last one.
            if run.last() != Some(&f.entry) {
                pattern_entries[p.entries.end as usize] = f.entry;
                p.entries.end += 1;
            }
        }
        // Case: a post of two syllables or more is a title whatever its
        // case ("Phó chủ tịch", "giám đốc"); the first syllable of a body
        // may be lower case when a later one is capitalized ("sở Tài
        // chính"), and so may a region's whose name opens on a common noun
        // of two syllables or more ("đồng bằng sông Cửu Long", "duyên hải
        // miền Trung"; not "Tây Bắc", which "phía tây Bắc Giang" holds).
        for p in &mut patterns {
            let run = &pattern_entries
                [p.entries.start as usize..p.entries.end as usize];
            let kinds = || run.iter().map(|&e| entries[e as usize].kind());
            p.country = run.iter().any(|&e| {
                let e = &entries[e as usize];
                e.kind() == Kind::Place && e.level == "country"
            });
            let syllables = arena
                [p.lower.start as usize..p.lower.end as usize]
                .split(' ')
                .count();
            if p.abbrev || syllables < 2 {
                continue;
            }
            let form = &arena[p.lower.start as usize..p.lower.end as usize];
            if kinds().all(|k| k == Kind::Title) {
                // But for a title of the head of a department ("Vụ
                // trưởng", "Vụ phó"): in lower case, "vụ" ends a common
                // noun ("chức vụ Phó Giám đốc", "nhiệm vụ") or opens one
                // ("vụ án").
                p.caps &= u64::from(form.starts_with("vụ "));
                continue;
            }
            p.loose = kinds().all(|k| k == Kind::Organization)
                && LOOSE_HEADS.iter().any(|h| {
                    form.strip_prefix(h).is_some_and(|r| r.starts_with(' '))
                });
            if run.iter().all(|&e| {
                let e = &entries[e as usize];
                e.kind() == Kind::Organization
                    || (e.kind() == Kind::Place
                        && e.level == "region"
                        && p.caps & 2 == 0)
            }) && p.caps & !1 != 0
                // A name of two syllables that opens on no head noun is a
                // brand or a paper's, whose first syllable in lower case
                // ends another word ("công dân Việt Nam" holds no "Dân
                // Việt"); "cục Thuế" is a body.
                && (syllables >= 3
                    || LOWER_HEADS.iter().any(|h| {
                        form.strip_prefix(h).is_some_and(|r| r.starts_with(' '))
                    }))
            {
                p.caps &= !1;
            }
        }
        // A key of an abbreviation, or of a name written with a capital,
        // never matches a text that starts in lower case (see [`agrees`]).
        let trie = trie::Trie::new(key_ends.iter().zip(&patterns).scan(
            0,
            |start, (&end, p)| {
                let key = &keys[*start..end];
                *start = end;
                Some((key, p.abbrev || p.caps & 1 != 0))
            },
        ));
        Gazetteer {
            entries,
            by_id,
            patterns,
            arena,
            pattern_entries,
            trie,
            #[cfg(test)]
            keys,
            #[cfg(test)]
            key_ends,
            ministries: std::sync::OnceLock::new(),
            named_units: std::sync::OnceLock::new(),
        }
    }

    /// The first entry of `kind` that `hit` may mean.
    pub fn entry_of_kind(
        &self,
        hit: &Hit,
        kind: Kind,
    ) -> Option<&Entry<'static>> {
        hit.entries.iter().map(|&e| self.entry(e)).find(|e| e.kind() == kind)
    }

    /// The ministries: national bodies whose name starts with "Bộ ".
    pub(crate) fn ministries(&self) -> &[Ministry] {
        self.ministries.get_or_init(|| {
            (0..self.entries.len() as u32)
                .filter(|&i| {
                    let e = self.entry(i);
                    e.kind() == Kind::Organization
                        && e.level == "national"
                        && e.name.starts_with("Bộ ")
                })
                .map(|entry| {
                    let name = &self.entry(entry).name["Bộ ".len()..];
                    Ministry {
                        entry,
                        chars: name.chars().count(),
                        key: normalize::key(name),
                    }
                })
                .collect()
        })
    }

    /// The countries, regions, provinces and districts named `lower` (a
    /// name of two syllables or more, lower-cased: "việt nam", "tây
    /// nguyên", "đông anh").
    pub(crate) fn units_named(&self, lower: &str) -> &[u32] {
        let map = self.named_units.get_or_init(|| {
            let mut map: HashMap<String, Vec<u32>, FxBuild> =
                HashMap::default();
            for (i, e) in self.entries.iter().enumerate() {
                let unit = e.kind() == Kind::Place
                    && matches!(
                        e.level.as_ref(),
                        "country" | "region" | "province" | "district"
                    );
                if !unit {
                    continue;
                }
                let names = std::iter::once(&e.name).chain(&e.aliases);
                for name in names {
                    let plain = name
                        .chars()
                        .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
                    if plain && name.contains(' ') {
                        // Keys as the text's normalized view writes them
                        // (a user's dictionary may not be canonical).
                        let canonical = normalize::normalize_str(
                            name,
                            &normalize::Options::default(),
                        );
                        let list = map
                            .entry(normalize::lower(&canonical))
                            .or_default();
                        if !list.contains(&(i as u32)) {
                            list.push(i as u32);
                        }
                    }
                }
            }
            map
        });
        map.get(lower).map_or(&[], Vec::as_slice)
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
        let norm = views.norm.text.as_str();
        let found = self.trie.find(&views.folded, |at| {
            opens_in_lower_case(&norm[views.fold_map.src_start(at)..])
        });
        self.hits(views, found)
    }

    /// Whether every entry of pattern `p` is a place.
    fn only_places(&self, p: &Pattern) -> bool {
        self.pattern_entries[p.entries.start as usize..p.entries.end as usize]
            .iter()
            .all(|&e| self.entry(e).kind() == Kind::Place)
    }

    /// The entries of pattern `p`.
    fn entries_of(&self, p: &Pattern) -> &[u32] {
        &self.pattern_entries[p.entries.start as usize..p.entries.end as usize]
    }

    /// The kept hits among (pattern, start, end) matches of the folded
    /// text.
    fn hits(
        &self,
        views: &Views,
        found: Vec<(usize, usize, usize)>,
    ) -> Vec<Hit> {
        let norm = views.norm.text.as_str();
        let plain = is_plain(norm);
        // The entries are copied out only for the hits that are kept in
        // the end: most matches are dropped as covered.
        let mut hits: Vec<Kept> = Vec::with_capacity(found.len() / 2);
        let map = &views.fold_map;
        for (pattern, s, e) in found {
            let p = &self.patterns[pattern];
            let lower =
                &self.arena[p.lower.start as usize..p.lower.end as usize];
            let nr = map.to_src(s..e);
            // Most matches that fail are of a name written with a capital
            // over a word in lower case: the first char settles them (as
            // [`agrees`] would).
            if p.caps & 1 != 0
                && !p.abbrev
                && opens_in_lower_case(&norm[nr.start..])
            {
                continue;
            }
            // A country that names a currency is no mention of it: "đô la
            // Mỹ", "bảng Anh", "yên Nhật".
            if p.country && after_currency_word(&norm[..nr.start]) {
                continue;
            }
            // A name never starts inside a word joined by an apostrophe:
            // "H'Nga" is a woman's name, not Russia ("Nga").
            if after_glued_apostrophe(norm, nr.start) {
                continue;
            }
            // A body's name in lower case right after "Chi" or "Tổng" is
            // the second syllable of a longer head: "Chi cục Hải quan
            // khu vực XIX" is no "Cục Hải quan".
            if opens_in_lower_case(&norm[nr.start..])
                && ["Chi ", "Tổng "]
                    .iter()
                    .any(|w| norm[..nr.start].ends_with(w))
            {
                continue;
            }
            // An abbreviation inside a document number is a code there:
            // "2045/BCT-TCCB", "QĐ-UBND".
            if p.abbrev && in_code(norm, &nr) {
                continue;
            }
            let t = &norm[nr.clone()];
            // After a type word, a place's later syllables may be in lower
            // case.
            let kept = agrees(t, lower, p, plain, true)
                || (p.loose && !opens_in_lower_case(t)
                    || self.only_places(p)
                        && after_type_word(&views.folded[..s]))
                    && agrees(t, lower, p, plain, false);
            if !kept {
                continue;
            }
            hits.push(Kept {
                norm: nr,
                folded: s..e,
                pattern: pattern as u32,
            });
        }
        self.longest(hits)
    }

    /// Leftmost-longest: of overlapping hits, the one that starts first
    /// wins, and of those that start together, the longest; except that a
    /// title yields to an organization that crosses its end, when a
    /// shorter title fits before it ("Trưởng Ban Dân vận" is "Trưởng" and
    /// "Ban Dân vận", not "Trưởng ban" and "Dân vận"), or to a title that
    /// does ("Phó trưởng phòng" is "Phó" and "trưởng phòng", not "Phó
    /// trưởng" and "phòng").
    fn longest(&self, mut hits: Vec<Kept>) -> Vec<Hit> {
        by_start_longest_first(&mut hits);
        let entries =
            |h: &Kept| self.entries_of(&self.patterns[h.pattern as usize]);
        let is = |h: &Kept, kind: Kind| {
            entries(h).iter().any(|&e| self.entry(e).kind() == kind)
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
                for &e in entries(h) {
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
                // Not to a title when a body starts where this one ends:
                // "Phó trưởng Đoàn ĐBQH" is "Phó trưởng" and the body.
                // (The folded text is single-spaced.)
                let body_next = || {
                    hits[i + 1..]
                        .iter()
                        .take_while(|o| o.folded.start <= h.folded.end + 1)
                        .any(|o| {
                            o.folded.start == h.folded.end + 1
                                && is(o, Kind::Organization)
                        })
                };
                let crossing = hits[i + 1..]
                    .iter()
                    .take_while(|o| o.folded.start < h.folded.end)
                    .find(|o| {
                        o.folded.start > h.folded.start
                            && o.folded.end > h.folded.end
                            && (is(o, Kind::Organization)
                                || is(o, Kind::Title) && !body_next())
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
            let h = &hits[pick];
            end = h.folded.end;
            // A later hit over the same text only adds the entries it
            // lacks.
            out.push(Hit {
                norm: h.norm.clone(),
                folded: h.folded.clone(),
                entries: entries(h).to_vec(),
            });
            i += 1;
        }
        out
    }
}

/// A match that agrees with the text, before the longest are chosen.
struct Kept {
    norm: Range<usize>,
    folded: Range<usize>,
    pattern: u32,
}

/// Orders `hits` by start, and the hits of one start longest first,
/// keeping the order of those over the same text (a stable sort). The
/// trie reports them by start and shortest first: then each start's run
/// is reversed, and each run of one end in it reversed back.
fn by_start_longest_first(hits: &mut [Kept]) {
    let key = |h: &Kept| (h.folded.start, h.folded.end);
    if !hits.is_sorted_by_key(key) {
        hits.sort_by(|a, b| {
            a.folded
                .start
                .cmp(&b.folded.start)
                .then(b.folded.end.cmp(&a.folded.end))
        });
        return;
    }
    let mut a = 0;
    while a < hits.len() {
        let start = hits[a].folded.start;
        let b = a + hits[a..].partition_point(|h| h.folded.start == start);
        let run = &mut hits[a..b];
        run.reverse();
        let mut x = 0;
        while x < run.len() {
            let end = run[x].folded.end;
            let y = x + run[x..].partition_point(|h| h.folded.end == end);
            run[x..y].reverse();
            x = y;
        }
        a = b;
    }
}

/// Whether `r` of `text` sits inside a document number or code: a `/`
/// or a hyphen joins it to more capitals or digits.
fn in_code(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let mut after = text[r.end..].chars();
    let joined = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_digit() || c.is_uppercase())
    };
    match (before, after.next()) {
        (Some('/'), _) | (_, Some('/')) => true,
        (Some('-'), _) => joined(text[..r.start - 1].chars().next_back()),
        (_, Some('-')) => joined(after.next()),
        _ => false,
    }
}

/// Whether a text was typed without diacritics: fewer than one byte in
/// a hundred outside ASCII (Vietnamese with diacritics has about one in
/// five). Then a plain syllable may stand for any syllable with marks;
/// otherwise "ban" is "ban", not "bản".
pub(crate) fn is_plain(text: &str) -> bool {
    // Counted a block at a time, to stop once the share is reached (most
    // Vietnamese texts reach it in their first lines).
    let mut high = 0;
    for block in text.as_bytes().chunks(256) {
        high += block.iter().filter(|b| **b >= 0x80).count();
        if high * 100 >= text.len() {
            return false;
        }
    }
    true
}

/// A written form of an entry: a range of an arena of lower-case forms.
struct Form {
    lower: Range<u32>,
    entry: u32,
    caps: u64,
    abbrev: bool,
}

/// The forms (names and aliases) of `entries`, whose first has index
/// `first`, lower-cased into a new arena.
fn forms_of(entries: &[Entry<'static>], first: usize) -> (String, Vec<Form>) {
    let mut arena = String::with_capacity(entries.len() * 24);
    let mut forms: Vec<Form> = Vec::with_capacity(entries.len() * 2);
    let opts = normalize::Options::default();
    for (i, e) in entries.iter().enumerate() {
        // Names with a hyphen are also written with a space on one side
        // only ("Bà Rịa -Vũng Tàu"); the trie reads punctuation as
        // spaces, so those are other forms.
        let mut hyphened: Vec<Text<'_>> = Vec::new();
        for f in std::iter::once(&e.name).chain(&e.aliases) {
            if f.contains('-') {
                let joined = f
                    .replace(" - ", "-")
                    .replace(" -", "-")
                    .replace("- ", "-");
                hyphened.push(Text::Owned(joined.replace('-', " -")));
                hyphened.push(Text::Owned(joined.replace('-', "- ")));
            }
        }
        let written =
            std::iter::once(&e.name).chain(&e.aliases).chain(&hyphened);
        for form in written {
            // Shipped text is borrowed and already canonical (a test checks
            // it); a user's is owned and normalized here.
            let norm = match form {
                Text::Borrowed(f) => Text::Borrowed(*f),
                Text::Owned(f) => normalize::normalize_str(f, &opts).into(),
            };
            let abbrev = is_abbrev(&norm);
            let mut caps = 0u64;
            for (k, syl) in syllables(&norm).enumerate().take(64) {
                if syl.chars().next().is_some_and(char::is_uppercase) {
                    caps |= 1 << k;
                }
            }
            let start = arena.len();
            for w in norm.split_whitespace() {
                if arena.len() > start {
                    arena.push(' ');
                }
                if w.is_ascii() {
                    arena.extend(w.chars().map(|c| c.to_ascii_lowercase()));
                } else {
                    arena.extend(w.chars().flat_map(char::to_lowercase));
                }
            }
            if arena.len() == start {
                continue;
            }
            forms.push(Form {
                lower: start as u32..arena.len() as u32,
                entry: (first + i) as u32,
                caps,
                abbrev,
            });
        }
    }
    (arena, forms)
}

/// Entry ids → indices.
fn index_ids(
    entries: &[Entry<'static>],
) -> HashMap<Text<'static>, u32, FxBuild> {
    let mut ids = HashMap::with_capacity_and_hasher(
        entries.len() + 1024,
        FxBuild::default(),
    );
    for (i, e) in entries.iter().enumerate() {
        ids.insert(e.id.clone(), i as u32);
    }
    ids
}

/// Appends a folded form as a key of the trie: every char that is not a
/// letter or digit replaced by spaces (as many as its bytes), and a space
/// added before and after. A key so matches a text made the same way only
/// on syllable boundaries.
fn push_spaced(folded: &str, out: &mut Vec<u8>) {
    out.push(b' ');
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push(if b.is_ascii_alphanumeric() { b } else { b' ' });
            i += 1;
            continue;
        }
        let c = folded[i..].chars().next().expect("char boundary");
        let len = c.len_utf8();
        if normalize::is_word_char(c) {
            out.extend_from_slice(&bytes[i..i + len]);
        } else {
            out.extend(std::iter::repeat_n(b' ', len));
        }
        i += len;
    }
    out.push(b' ');
}

/// Folds lower-case canonical text into `out` (as [`normalize::fold_str`]).
fn fold_into(lower: &str, out: &mut String) {
    if lower.is_ascii() {
        out.push_str(lower);
    } else {
        normalize::fold_into(lower, out);
    }
}

/// The syllables (runs of letters and digits) of `s`.
fn syllables(s: &str) -> Syllables<'_> {
    Syllables { s, i: 0 }
}

/// The iterator of [`syllables`]: a byte at a time where the text is
/// ASCII, a char decoded where it is not (no searcher, no closure call per
/// char).
struct Syllables<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Iterator for Syllables<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let mut i = self.i;
        let start = loop {
            if i >= b.len() {
                self.i = i;
                return None;
            }
            let (word, len) = word_at(b, i);
            if word {
                break i;
            }
            i += len;
        };
        while i < b.len() {
            let (word, len) = word_at(b, i);
            if !word {
                break;
            }
            i += len;
        }
        self.i = i;
        Some(&self.s[start..i])
    }
}

/// Whether the char at byte `i` of the UTF-8 `b` is a word char
/// ([`normalize::is_word_char`]), and its length. The letters of
/// Vietnamese (Latin-1 and Extended-A and -B, and Extended Additional)
/// are told without a table.
#[inline(always)]
fn word_at(b: &[u8], i: usize) -> (bool, usize) {
    let x = b[i];
    if x < 0x80 {
        return (x.is_ascii_alphanumeric(), 1);
    }
    let cont = |k: usize| u32::from(b[i + k] & 0x3f);
    if x < 0xE0 {
        let c = (u32::from(x & 0x1f) << 6) | cont(1);
        if (0xC0..=0x24F).contains(&c) && c != 0xD7 && c != 0xF7 {
            return (true, 2);
        }
    } else if x == 0xE1 {
        let c = 0x1000 | (cont(1) << 6) | cont(2);
        if (0x1E00..=0x1EFF).contains(&c) {
            return (true, 3);
        }
    }
    let (c, len) = normalize::decode_at(b, i);
    (normalize::is_word_char(c), len)
}

/// Whether a form is an abbreviation written in capitals ("UBND",
/// "TP.HCM", "HĐND"): two letters or more, none lower case.
fn is_abbrev(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters +=
            (normalize::is_word_char(c) && !c.is_ascii_digit()) as usize;
    }
    letters >= 2
}

/// The type words of units and the committees named by their level, as
/// folded text ends with them before a place's name.
const TYPE_WORDS: &[&str] = &[
    "tinh",
    "thanh pho",
    "tp",
    "tp.",
    "huyen",
    "quan",
    "thi xa",
    "tx",
    "tx.",
    "xa",
    "phuong",
    "thi tran",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "thi uy",
];

/// Whether folded text ends with a type word or a committee named by its
/// level ([`TYPE_WORDS`]) and a space: a place's name follows there
/// even when the text writes its later syllables in lower case
/// ("Thành ủy Hải phòng").
fn after_type_word(folded: &str) -> bool {
    let Some(before) = folded.strip_suffix(' ') else { return false };
    TYPE_WORDS.iter().any(|w| {
        before.strip_suffix(w).is_some_and(|rest| {
            !rest.chars().next_back().is_some_and(normalize::is_word_char)
        })
    })
}

/// The head nouns of bodies that, capitalized, make a name of the
/// common nouns after them even in lower case (lower-cased, old tone
/// placement, as pattern forms are).
const LOOSE_HEADS: &[&str] = &[
    "sở",
    "bộ",
    "cục",
    "tổng cục",
    "chi cục",
    "vụ",
    "ban",
    "ủy ban",
    "văn phòng",
    "thanh tra",
    "kho bạc",
    "học viện",
    "viện",
];

/// Head nouns of bodies that the press writes in lower case before a
/// capitalized name ("cục Thuế", "sở Y tế").
const LOWER_HEADS: &[&str] = &[
    "sở",
    "bộ",
    "cục",
    "ban",
    "viện",
    "hội",
    "đoàn",
    "đảng",
    "phòng",
    "trường",
    "quỹ",
    "báo",
    "đài",
    "tòa",
    "chi",
    "tổng",
    "ủy",
    "văn",
    "học",
    "kho",
    "liên",
    "trung",
    "bệnh",
    "công",
    "tập",
    "ngân",
    "hợp",
    "thanh",
    "tỉnh",
    "thành",
    "huyện",
    "quận",
    "đội",
    "đồn",
    "vụ",
    "khoa",
    "nhà",
];

/// Whether the text `t` (canonical view) agrees with the pattern's
/// diacritics and case; the case of its syllables after the first only
/// when `later_case`.
/// Words of a currency that its country's name follows: "đô la Mỹ",
/// "bảng Anh", "yên Nhật", "won Hàn Quốc", "nhân dân tệ Trung Quốc";
/// and "tiền" ("quy đổi thành tiền Việt Nam").
const CURRENCY_WORDS: &[&str] = &[
    "đô la", "đô-la", "đôla", "usd", "bảng", "yên", "won", "rúp", "franc",
    "euro", "tệ", "ringgit", "baht", "peso", "rupee", "kip", "riel", "tiền",
];

/// Whether `head` ends with one of [`CURRENCY_WORDS`] (any case) and a
/// space.
fn after_currency_word(head: &str) -> bool {
    let Some(head) = head.strip_suffix(' ') else { return false };
    CURRENCY_WORDS.iter().any(|w| {
        // Capitals and small letters of these words take as many bytes.
        let Some(at) = head.len().checked_sub(w.len()) else { return false };
        head.is_char_boundary(at)
            && crate::normalize::lower_word(&head[at..], &mut [0; 48]) == *w
            && !head[..at].ends_with(crate::normalize::is_word_char)
    })
}

/// Whether `text[..at]` ends with a letter and an apostrophe, straight
/// or typographic: the start of the rest of a word ("H'Nga", "K’Ho").
fn after_glued_apostrophe(text: &str, at: usize) -> bool {
    let head = &text[..at];
    let Some(rest) =
        head.strip_suffix('\'').or_else(|| head.strip_suffix('’'))
    else {
        return false;
    };
    rest.chars().next_back().is_some_and(char::is_alphabetic)
}

fn agrees(
    t: &str,
    lower: &str,
    p: &Pattern,
    plain: bool,
    later_case: bool,
) -> bool {
    if p.abbrev {
        return !t.chars().any(char::is_lowercase);
    }
    if same_but_case(t, lower) {
        // The entry's syllables, each the same but for case: only the
        // capitals are left to check.
        let mut caps = if later_case { p.caps } else { p.caps & 1 };
        let mut syls = syllables(t);
        while caps != 0 {
            let Some(syl) = syls.next() else { break };
            if caps & 1 != 0
                && !syl.chars().next().is_some_and(char::is_uppercase)
            {
                return false;
            }
            caps >>= 1;
        }
        return true;
    }
    let mut want = syllables(lower);
    for (i, syl) in syllables(t).enumerate() {
        let Some(w) = want.next() else { return false };
        if i < 64
            && (i == 0 || later_case)
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

/// Whether `t` is `lower` (in lower case) but for the case of some
/// chars, each the same length in both: then the two have the same
/// syllables, each of which [`same_syllable`] finds the same.
fn same_but_case(t: &str, lower: &str) -> bool {
    let (a, b) = (t.as_bytes(), lower.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        let (x, y) = (a[k], b[k]);
        if x == y {
            k += 1;
        } else if x < 0x80 {
            if !(x.is_ascii_uppercase() && x | 0x20 == y) {
                return false;
            }
            k += 1;
        } else {
            // A char past ASCII, from its first byte: the bytes before `k`
            // are the same in both, so it starts at one place in both.
            let mut s = k;
            while s > 0 && b[s] & 0xC0 == 0x80 {
                s -= 1;
            }
            let (c, n) = normalize::decode_at(a, s);
            let (w, m) = normalize::decode_at(b, s);
            if n != m || normalize::lower_char(c) != Some(w) {
                return false;
            }
            k = s + n;
        }
    }
    true
}

/// Whether `s` starts with a letter in lower case.
fn opens_in_lower_case(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `syl` (any case, any tone placement) is `want` (lower case,
/// old tone placement).
fn same_syllable(syl: &str, want: &str) -> bool {
    let lower = normalize::lower_first;
    // Most syllables are the entry's but for an ASCII capital at the
    // start ("Thanh", "Hóa"): `want` is in lower case.
    let (s, w) = (syl.as_bytes(), want.as_bytes());
    if s.len() == w.len()
        && !s.is_empty()
        && s[0].to_ascii_lowercase() == w[0]
        && s[1..] == w[1..]
    {
        return true;
    }
    // Else but for case, tone marks in place.
    let mut w = want.chars();
    if syl.chars().all(|c| w.next() == Some(lower(c))) && w.next().is_none() {
        return true;
    }
    // No Vietnamese syllable ends in "k": one that does writes a word of
    // a language of the Highlands, whose tone mark the press puts or
    // leaves out ("Đăk Glei" and "Đắk Glei", "Lăk" and "Lắk").
    if want.ends_with('k') && syl.ends_with(['k', 'K']) {
        let untoned = |c: char| normalize::untoned(lower(c));
        let mut w = want.chars().map(untoned);
        return syl.chars().all(|c| w.next() == Some(untoned(c)))
            && w.next().is_none();
    }
    let mut buf = ['\0'; tone::MAX_SYLLABLE];
    let mut n = 0;
    for c in syl.chars() {
        if n == buf.len() {
            return syl.to_lowercase() == want;
        }
        buf[n] = lower(c);
        n += 1;
    }
    tone::place(&mut buf[..n], Tone::Old);
    want.chars().eq(buf[..n].iter().copied())
}

#[cfg(test)]
mod tests;
