//! Roles: who holds which post, in which body, of which place.
//!
//! A role links a person mention and a title mention the gazetteer
//! composed, in the shapes news writes them:
//!
//! - a list of titles after the name, behind a comma, a dash or a
//!   bracket, separated by commas and "và": "Đồng chí X, T1, T2 và T3",
//!   "X - T1, T2", "X (T)"; a semicolon ends the list ("các đồng chí: X,
//!   T1; Y, T2");
//! - a title right before the name: "Thủ tướng Phạm Minh Chính";
//! - an event: "X được bầu giữ chức T" (`elected`), "X được bổ nhiệm
//!   làm T" (`appointed`), "điều động X … giữ chức T" (`transferred`),
//!   "X nghỉ hưu" with the title before (`retired`);
//! - "nguyên T" is a former post.
//!
//! A title in a list that is followed at once by another name belongs to
//! that name ("…, Chủ tịch UBND tỉnh Đỗ Minh Tuấn").

use std::ops::Range;

use crate::gazetteer::resolve::Mention;
use crate::output::EntityType;
use crate::recognize::person::PersonMention;

/// A role found in the canonical view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The evidence: from the person to the title, or back.
    pub norm: Range<usize>,
    /// Index into the person mentions.
    pub person: usize,
    /// Index into the gazetteer mentions: the title.
    pub title: usize,
    /// A former post.
    pub former: bool,
    /// `elected`, `appointed`, `transferred`, `retired`.
    pub event: Option<&'static str>,
}

/// Words between a name and its title that make an event of it.
const EVENTS: &[(&str, &str)] = &[
    (" được bầu giữ chức ", "elected"),
    (" được bầu làm ", "elected"),
    (" được bầu là ", "elected"),
    (" được bầu ", "elected"),
    (" tái đắc cử ", "elected"),
    (" trúng cử ", "elected"),
    (" được bổ nhiệm giữ chức ", "appointed"),
    (" được bổ nhiệm làm ", "appointed"),
    (" được bổ nhiệm ", "appointed"),
    (" được điều động giữ chức ", "transferred"),
    (" được điều động làm ", "transferred"),
    (" được điều động ", "transferred"),
    (" được luân chuyển ", "transferred"),
    (" giữ chức ", "appointed"),
];

/// The roles stated in `text` between `persons` and the gazetteer's
/// `mentions` (both sorted by start).
pub fn link(
    text: &str,
    persons: &[PersonMention],
    mentions: &[Mention],
) -> Vec<Role> {
    let titles: Vec<usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityType::Title && m.base.is_some())
        .map(|(i, _)| i)
        .collect();
    let title_at = |pos: usize| {
        titles.iter().copied().find(|&t| mentions[t].norm.start == pos)
    };
    let person_at = |pos: usize| persons.iter().any(|p| p.norm.start == pos);
    let mut roles: Vec<Role> = Vec::new();
    let mut used = vec![false; mentions.len()];
    for (pi, p) in persons.iter().enumerate() {
        // An event after the name.
        let rest = &text[p.norm.end..];
        if let Some((words, event)) =
            EVENTS.iter().find(|(w, _)| rest.starts_with(w))
            && let Some(t) = title_at(p.norm.end + words.len())
        {
            roles.push(role(pi, p, t, mentions, Some(event)));
            used[t] = true;
            continue;
        }
        // A list of titles after the name.
        let mut at = p.norm.end;
        let mut first = true;
        let mut bracket = false;
        loop {
            let rest = &text[at..];
            let sep = if first {
                [
                    " - khi đó là ",
                    ", khi đó là ",
                    " (hiện đang giữ chức ",
                    " (hiện giữ chức ",
                    " (hiện là ",
                    ", hiện là ",
                    ", hiện đang giữ chức ",
                    ", ",
                    " - ",
                    " -",
                    "- ",
                    " (",
                    "(",
                    ": ",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
            } else {
                [
                    " và hiện nay là ",
                    " và hiện là ",
                    ", hiện là ",
                    ", ",
                    " và ",
                    " kiêm ",
                    " - ",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
            };
            let Some(sep) = sep else { break };
            bracket |= sep.contains('(');
            let Some(t) = title_at(at + sep.len()) else { break };
            let end = mentions[t].norm.end;
            // The title of the next name ("…, Chủ tịch UBND tỉnh Y").
            if text[end..].starts_with(' ') && person_at(end + 1) {
                break;
            }
            roles.push(role(pi, p, t, mentions, None));
            used[t] = true;
            at = end;
            first = false;
            if bracket {
                break;
            }
        }
    }
    // A title right before a name, not already in a list; or before a
    // list of names it is given to ("bầu bổ sung chức danh Phó chủ tịch
    // UBND TP đối với ông X và ông Y").
    for (pi, p) in persons.iter().enumerate() {
        let before = text[..p.norm.start].trim_end_matches(' ');
        if let Some(t) =
            title_for(text, before, &titles, mentions, persons, pi)
            && !roles.iter().any(|r| r.person_index_eq(pi, t))
        {
            roles.push(role(pi, p, t, mentions, None));
            continue;
        }
        // "T X", "T ông X", "T, ông X,".
        let mut at = before.len();
        for lead in [", ông", ", bà", " ông", " bà", ", đồng chí", " đồng chí"]
        {
            if let Some(b) = before.strip_suffix(lead) {
                at = b.len();
                break;
            }
        }
        if text[at..p.norm.start].contains(['.', ';', '\n']) {
            continue;
        }
        let Some(&t) = titles.iter().find(|&&t| mentions[t].norm.end == at)
        else {
            continue;
        };
        if used[t] || roles.iter().any(|r| r.person_index_eq(pi, t)) {
            continue;
        }
        roles.push(role(pi, p, t, mentions, None));
        used[t] = true;
        // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng": the
        // titles listed before the name are all his.
        let mut first = mentions[t].norm.start;
        while let Some(b) = text[..first].strip_suffix(", ")
            && let Some(&u) =
                titles.iter().find(|&&u| mentions[u].norm.end == b.len())
            && !used[u]
        {
            roles.push(role(pi, p, u, mentions, None));
            used[u] = true;
            first = mentions[u].norm.start;
        }
    }
    roles.sort_by_key(|r| (r.norm.start, r.norm.end));
    roles
}

/// Words between a title and the name it is given to.
const GIVEN_TO: &[&str] = &[
    " đối với ông",
    " đối với bà",
    " với ông",
    " với bà",
    " cho ông",
    " cho bà",
];

/// The title given to person `pi` through "T đối với ông X", also when
/// `pi` is later in a list joined by commas and "và".
fn title_for(
    text: &str,
    before: &str,
    titles: &[usize],
    mentions: &[Mention],
    persons: &[PersonMention],
    pi: usize,
) -> Option<usize> {
    // Back over the earlier names of a list: "… ông X (…) và ông Y".
    let mut start = persons[pi].norm.start;
    let mut k = pi;
    loop {
        let head = text[..start].trim_end_matches(' ');
        if let Some(g) =
            GIVEN_TO.iter().find(|g| head.ends_with(g.trim_start()))
        {
            let at = head.len() - g.trim_start().len();
            let t_end = text[..at].trim_end_matches(' ').len();
            return titles
                .iter()
                .copied()
                .find(|&t| mentions[t].norm.end == t_end);
        }
        // The name before, joined by "và" or a comma, with what follows it
        // up to here in brackets.
        if k == 0 {
            return None;
        }
        let prev = &persons[k - 1];
        let between = &text[prev.norm.end..start];
        let joined =
            between.trim_start_matches(|c| c != ')' && c != ',' && c != 'v');
        let ok = (between.len() < 120)
            && (between.ends_with(" và ông ")
                || between.ends_with(" và bà ")
                || between.ends_with(", ông ")
                || between.ends_with(", bà ")
                || between.ends_with(" và "))
            && !joined.contains(['.', ';']);
        if !ok {
            return None;
        }
        let _ = before;
        start = prev.norm.start;
        k -= 1;
    }
}

impl Role {
    fn person_index_eq(&self, person: usize, title: usize) -> bool {
        self.person == person && self.title == title
    }
}

fn role(
    pi: usize,
    p: &PersonMention,
    t: usize,
    mentions: &[Mention],
    event: Option<&'static str>,
) -> Role {
    let m = &mentions[t];
    let norm = p.norm.start.min(m.norm.start)..p.norm.end.max(m.norm.end);
    Role { norm, person: pi, title: t, former: m.former, event }
}

/// Later mentions of a person by title alone ("… Bí thư Tỉnh ủy nhấn
/// mạnh"): a title that is in no role of its own but that an earlier role
/// gave to exactly one person. Returns (title index into `mentions`,
/// person index into `persons`).
pub fn by_title(
    mentions: &[Mention],
    persons: &[PersonMention],
    roles: &[Role],
) -> Vec<(usize, usize)> {
    let in_role: std::collections::HashSet<usize> =
        roles.iter().map(|r| r.title).collect();
    let mut out = Vec::new();
    for (t, m) in mentions.iter().enumerate() {
        if m.kind != EntityType::Title || in_role.contains(&t) {
            continue;
        }
        // The persons an earlier role gave this title to.
        let mut holders: Vec<usize> = roles
            .iter()
            .filter(|r| {
                mentions[r.title].norm.end <= m.norm.start
                    && mentions[r.title].normalized == m.normalized
            })
            .map(|r| persons[r.person].person)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        if let [person] = holders[..]
            && let Some(p) = persons.iter().position(|p| p.person == person)
        {
            out.push((t, p));
        }
    }
    out
}
