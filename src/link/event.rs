//! Events: the meeting, conference, session, ceremony, visit or
//! inspection an article reports.
//!
//! The event is the first one the article names (its headline or its
//! lead): an event noun ("hội nghị", "kỳ họp", "hội thảo", "lễ", "đoàn
//! công tác", "buổi làm việc", …), which the dictionaries match
//! (`events.tsv`, in the pass that finds places and bodies, so that "lễ"
//! in the place "Tri Lễ" is none). Then, from the sentences of the
//! article:
//!
//! - `name`: the headline when it starts with the event noun, else the
//!   event noun phrase up to a comma;
//! - `date`: the first date of the sentence that first reports it (after
//!   the headline, a first line that no full stop ends), else the
//!   document date;
//! - `organizer`: the organization right before "tổ chức" in that
//!   sentence;
//! - `chair`: the persons of a clause that ends with "chủ trì";
//!   `attending`: the persons of a clause with "dự", "tham dự", "dự và
//!   chỉ đạo" or "phát biểu", each with that role, or of a sentence that
//!   opens with "Dự … có" ("Dự hội nghị có các đồng chí: …"); up to a
//!   sentence that names only events of another kind, which reports
//!   another event;
//! - `venues`: the places after "điểm cầu" or "tại" in the sentences
//!   that name the event;
//! - `motto` and `theme`: the quoted text after "phương châm" and "chủ
//!   đề".

use std::ops::Range;

use crate::gazetteer::resolve::Mention;
use crate::output::EntityType;
use crate::recognize::date::DateMatch;
use crate::recognize::person::PersonMention;

/// Words before a motto or a theme in quotes.
pub const THEMES: &[&str] = &["phương châm", "chủ đề"];

/// Verbs of a person's part in an event, longest first.
const PARTS: &[(&str, &str)] = &[
    ("dự và chỉ đạo", "attending"),
    ("dự và phát biểu", "attending"),
    ("chủ trì", "chair"),
    ("đồng chủ trì", "chair"),
    ("tham dự", "attending"),
    ("phát biểu", "attending"),
    ("dự", "attending"),
];

/// The length of the longest part verb.
const LONGEST_PART: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < PARTS.len() {
        if PARTS[k].0.len() > longest {
            longest = PARTS[k].0.len();
        }
        k += 1;
    }
    longest
};

/// The part verbs, all matches, to pick the first and longest; in any
/// case of their ASCII letters, "đ" in both cases.
static PARTS_AC: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        let upper = PARTS.iter().map(|(v, _)| v.replacen('đ', "Đ", 1));
        let all: Vec<String> =
            PARTS.iter().map(|(v, _)| v.to_string()).chain(upper).collect();
        super::scanner()
            .ascii_case_insensitive(true)
            .build(all)
            .expect("part verbs")
    });

/// An event noun or a theme word that the dictionaries matched
/// (`events.tsv`), in text order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue<'a> {
    /// Its range in the canonical view.
    pub norm: Range<usize>,
    /// The entry's name: "hội nghị", "kỳ họp", …, or a word of [`THEMES`].
    pub word: &'a str,
}

/// A person's part in the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Index into the person mentions.
    pub person: usize,
    /// The verb as written: "chủ trì", "dự và chỉ đạo", …
    pub role: String,
}

/// An event found in the canonical view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The evidence: the sentence that first reports it.
    pub norm: Range<usize>,
    /// The event noun.
    pub kind: String,
    /// Its name.
    pub name: String,
    /// ISO date.
    pub date: Option<String>,
    /// Index into the gazetteer mentions of the organizer.
    pub organizer: Option<usize>,
    /// Who chairs it.
    pub chair: Vec<Part>,
    /// Who attends it.
    pub attending: Vec<Part>,
    /// Indices into the gazetteer mentions of its venues.
    pub venues: Vec<usize>,
    /// "phương châm …".
    pub motto: Option<String>,
    /// "chủ đề …".
    pub theme: Option<String>,
}

/// The main event of a document, if it reports one.
pub fn find(
    text: &str,
    sentences: &[Range<usize>],
    persons: &[PersonMention],
    mentions: &[Mention],
    dates: &[DateMatch],
    doc_date: Option<&str>,
    cues: &[Cue<'_>],
) -> Option<Event> {
    // Part verbs are matched in any case of their ASCII letters; "đ" is
    // listed in both cases.
    // The event nouns, and where the first of each theme word ends.
    let mut nouns: Vec<(usize, &str)> = Vec::new();
    let mut themes = [None; 2];
    for c in cues {
        match THEMES.iter().position(|t| *t == c.word) {
            Some(t) => {
                themes[t].get_or_insert(c.norm.end);
            }
            None => nouns.push((c.norm.start, c.word)),
        }
    }
    let &(at, kind) = nouns.first()?;
    let first_line_end = text.find('\n').unwrap_or(text.len());
    // A headline is a first line that no full stop ends; a first line
    // that is a paragraph reports the event itself.
    let headline_end = if text[..first_line_end].trim_end().ends_with('.') {
        0
    } else {
        first_line_end
    };
    let name = if at < 3 {
        text[..first_line_end].trim().to_string()
    } else {
        let rest = &text[at..];
        let end = rest.find([',', '.', ';', '\n']).unwrap_or(rest.len());
        rest[..end].trim().to_string()
    };
    // The sentence that reports it: the first after the headline that
    // names an event noun, else the one of the first mention.
    let naming: Vec<&Range<usize>> = sentences
        .iter()
        .filter(|s| {
            let k = nouns.partition_point(|(i, _)| *i < s.start);
            nouns.get(k).is_some_and(|(i, _)| *i < s.end)
        })
        .collect();
    let report = naming
        .iter()
        .find(|s| s.start >= headline_end)
        .or(naming.first())
        .copied()?
        .clone();
    let date = dates
        .iter()
        .find(|d| d.norm.start >= report.start && d.norm.end <= report.end)
        .map(|d| d.value.clone())
        .or_else(|| doc_date.map(String::from));
    let organizer = mentions.iter().position(|m| {
        m.kind == EntityType::Organization
            && m.norm.start >= report.start
            && m.norm.end <= report.end
            && {
                let after =
                    lower_head(text[m.norm.end..report.end].trim_start());
                after.starts_with("tổ chức") || after.starts_with("đã tổ chức")
            }
    });
    let mut chair = Vec::new();
    let mut attending = Vec::new();
    for s in sentences {
        // A sentence after the report that names only events of another
        // kind reports another event ("Chiều cùng ngày, UBND tỉnh tổ chức
        // phiên họp …"): the rest is about that one.
        if s.start > report.start {
            let k = nouns.partition_point(|(i, _)| *i < s.start);
            let mut here = nouns[k..]
                .iter()
                .take_while(|(i, _)| *i < s.end)
                .map(|(_, w)| *w);
            if let Some(first) = here.next()
                && first != kind
                && !here.any(|w| w == kind)
            {
                break;
            }
        }
        let clause_persons: Vec<usize> = persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.norm.start >= s.start && p.norm.end <= s.end)
            .map(|(i, _)| i)
            .collect();
        // "Dự hội nghị có các đồng chí: X, …; Y, …": everyone the
        // sentence names attends.
        // (The words start with an ASCII letter, in either case.)
        let head = text[s.start..].trim_start().as_bytes();
        let opens = |w: &str| {
            let w = w.as_bytes();
            head.len() >= w.len()
                && head[0].to_ascii_lowercase() == w[0]
                && head[1..w.len()] == w[1..]
        };
        let lead = ["tham dự ", "cùng tham dự ", "cùng dự ", "dự "]
            .iter()
            .find(|w| opens(w))
            .filter(|_| {
                clause_persons.first().is_some_and(|&p| {
                    text[s.start..persons[p].norm.start].contains(" có ")
                })
            });
        if let Some(verb) = lead {
            for &pi in &clause_persons {
                let seen =
                    |q: &Part| persons[q.person].person == persons[pi].person;
                if !chair.iter().any(seen) && !attending.iter().any(seen) {
                    let role = verb.trim_end().trim_start_matches("cùng ");
                    attending
                        .push(Part { person: pi, role: role.to_string() });
                }
            }
            continue;
        }
        for &pi in &clause_persons {
            // The verb of this person: the first part verb after the name
            // and its titles, before the next person.
            let next = clause_persons
                .iter()
                .map(|&q| persons[q].norm.start)
                .find(|&st| st > persons[pi].norm.end)
                .unwrap_or(s.end);
            // The clause of the name: up to a semicolon.
            let next = text[persons[pi].norm.end..next]
                .find(';')
                .map_or(next, |i| persons[pi].norm.end + i);
            let span = &text[persons[pi].norm.end..next];
            // The first verb on word boundaries, the longest there.
            // Matches come by their ends: once one ends past the
            // longest verb after the best start, none can start before it.
            let mut found: Option<(usize, &str, &str)> = None;
            for m in PARTS_AC.find_overlapping_iter(span) {
                if found.is_some_and(|(i, _, _)| m.end() > i + LONGEST_PART) {
                    break;
                }
                if !word_at(text, persons[pi].norm.end + m.start(), m.len()) {
                    continue;
                }
                let (v, part) = PARTS[m.pattern().as_usize() % PARTS.len()];
                let better = found.is_none_or(|(i, fv, _)| {
                    (m.start(), std::cmp::Reverse(v.len()))
                        < (i, std::cmp::Reverse(fv.len()))
                });
                if better {
                    found = Some((m.start(), v, part));
                }
            }
            let Some((_, verb, part)) = found else { continue };
            let p = Part { person: pi, role: verb.to_string() };
            let list =
                if part == "chair" { &mut chair } else { &mut attending };
            if !list
                .iter()
                .any(|q: &Part| persons[q.person].person == persons[pi].person)
            {
                list.push(p);
            }
        }
    }
    // Venues: places after "điểm cầu" or "tại" in sentences naming it.
    let mut venues = Vec::new();
    for s in &naming {
        for (mi, m) in mentions.iter().enumerate() {
            if m.kind != EntityType::Place
                || m.norm.start < s.start
                || m.norm.end > s.end
            {
                continue;
            }
            // Enough chars for the cues that must end it ("điểm cầu thành
            // phố").
            let before = crate::normalize::lower_tail(
                text[s.start..m.norm.start].trim_end(),
                32,
            );
            let before = before.as_str();
            let lead = ["điểm cầu", "tại"]
                .iter()
                .any(|w| before.ends_with(w) || ends_with_type(before, w));
            if lead
                && !venues
                    .iter()
                    .any(|&v: &usize| mentions[v].normalized == m.normalized)
            {
                venues.push(mi);
            }
        }
    }
    let [motto, theme] = themes.map(|end| quoted_after(text, end?));
    Some(Event {
        norm: report,
        kind: kind.to_string(),
        name,
        date,
        organizer,
        chair,
        attending,
        venues,
        motto,
        theme,
    })
}

/// Whether `w` of length `len` at `i` stands on word boundaries.
fn word_at(s: &str, i: usize, len: usize) -> bool {
    !s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
        && !s[i + len..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The first few chars of `s`, in lower case: enough for the cues that
/// must open it.
fn lower_head(s: &str) -> String {
    s.chars().take(16).flat_map(char::to_lowercase).collect()
}

/// Whether `before` ends with `w` and a type word ("điểm cầu huyện").
fn ends_with_type(before: &str, w: &str) -> bool {
    ["huyện", "tỉnh", "xã", "thành phố", "thị xã", "quận", "phường", "tp."]
        .iter()
        .any(|t| {
            before.strip_suffix(t).is_some_and(|b| b.trim_end().ends_with(w))
        })
}

/// The quoted text right after byte `end` of `text`.
fn quoted_after(text: &str, end: usize) -> Option<String> {
    let rest = &text[end..];
    let open = rest.find('"')?;
    if open > 20 {
        return None;
    }
    let body = &rest[open + 1..];
    let close = body.find('"')?;
    Some(body[..close].to_string())
}
