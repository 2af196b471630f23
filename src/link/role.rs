//! Roles: who holds which post, in which body, of which place.
//!
//! A role links a person mention and a title mention the gazetteer
//! composed, in the shapes news writes them:
//!
//! - a list of titles after the name, behind a comma, a dash or a
//!   bracket, separated by commas and "và": "Đồng chí X, T1, T2 và T3",
//!   "X - T1, T2", "X (T)"; a semicolon ends the list ("các đồng chí: X,
//!   T1; Y, T2"); a photo caption's note may come first ("X (bìa trái),
//!   T"); names listed after a plural share the titles after the last
//!   ("các ông A và B, Phó Giám đốc Sở");
//! - a title right before the name: "Thủ tướng Phạm Minh Chính", also
//!   past the body's initials in brackets ("Chủ tịch Hiệp hội … (VASEP)
//!   X"), past the units above the post's own ("Chủ tịch UBND xã A, huyện
//!   B, ông X"), or with a copula ("Chủ tịch UBND tỉnh là ông X");
//! - an event: "X được bầu giữ chức T" (`elected`), "X được bổ nhiệm
//!   làm T" (`appointed`), "X được điều động, luân chuyển giữ chức T"
//!   (`transferred`); the verb may come before the names, which then
//!   share the post ("HĐND bầu ông A, bà B và ông C giữ chức T"), and a
//!   new post may follow the one held ("bổ nhiệm ông X, T1, giữ chức
//!   T2"); "X, T, nghỉ hưu", "T X nghỉ chế độ", "cho nghỉ hưu đối với ông
//!   X, T" (`retired`: the post is the one left, written as held, so not
//!   `former`); "miễn nhiệm ông X, T", "miễn nhiệm chức vụ T đối với ông
//!   X", "bãi nhiệm", "cách chức" likewise (`dismissed`);
//!   The one who decides may stand between "được" and the verb ("X được
//!   Thủ tướng bổ nhiệm giữ chức T", "được Bộ Chính trị phân công"); in
//!   "A thay ông B giữ chức T" A takes the post and B held it before; a
//!   post may come later in the sentence that moves the person ("điều
//!   động đồng chí X, T1, đến nhận công tác tại … và giữ chức T2");
//! - "X là T", "X hiện là T", "X đang là T", "X hiện giữ chức T" state a
//!   post held;
//! - "nguyên T", "X từng làm T", "X thôi giữ chức T" are former posts;
//!   the post held now may follow them ("X, người từng giữ chức T1, nay
//!   là T2");
//! - a post written without its body takes the body it is in charge of:
//!   "Phó Giám đốc phụ trách Sở Xây dựng".
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
    /// `elected`, `appointed`, `transferred`, `retired`, `dismissed`.
    pub event: Option<&'static str>,
    /// Index into the gazetteer mentions: the body of a post written
    /// without one, that the text puts the person in charge of ("Phó
    /// Giám đốc phụ trách Sở Xây dựng").
    pub body: Option<usize>,
    /// The name of the village after a village post, which the post is
    /// of ("Trưởng thôn Đông Lâm Nguyễn Văn Hải"), of the office after
    /// the post of an office the dictionaries do not know ("Trưởng khoa
    /// Hồi sức tích cực"), or the body a post is in charge of ("Phó Giám
    /// đốc phụ trách Sở Xây dựng"): the post as written runs to its end.
    pub village: Option<Range<usize>>,
}

/// Verbs of a change of post, with the event each makes: "bầu" (elect),
/// "bổ nhiệm" (appoint), "điều động", "luân chuyển" (transfer), "miễn
/// nhiệm", "cách chức" (dismiss: the post named is the one left). Longer
/// forms first.
const VERBS: &[(&str, &str)] = &[
    ("bầu bổ sung", "elected"),
    ("bầu lại", "elected"),
    ("bầu", "elected"),
    // "được Ban Chấp hành tín nhiệm bầu giữ chức": trusted by a vote.
    ("tín nhiệm bầu", "elected"),
    // The Front's committees agree on their officers ("được hiệp thương
    // giữ chức Chủ tịch Ủy ban MTTQ").
    ("hiệp thương cử", "elected"),
    ("hiệp thương", "elected"),
    ("bổ nhiệm lại", "appointed"),
    ("bổ nhiệm", "appointed"),
    ("tái bổ nhiệm", "appointed"),
    ("chỉ định", "appointed"),
    ("phân công", "appointed"),
    ("điều động", "transferred"),
    ("luân chuyển", "transferred"),
    ("điều chuyển", "transferred"),
    ("miễn nhiệm", "dismissed"),
    ("bãi nhiệm", "dismissed"),
    ("cách chức", "dismissed"),
];

/// Verbs that take no object: the name before them is their subject
/// ("X tái đắc cử Chủ tịch"), so they need no "được".
const INTRANSITIVE: &[(&str, &str)] = &[
    ("tái đắc cử", "elected"),
    ("trúng cử", "elected"),
    ("đắc cử", "elected"),
];

/// Words between the verb and the post: "giữ chức vụ", "giữ chức",
/// "làm", "là", "vào chức"; or none ("được bầu Chủ tịch").
const TO_POST: &[&str] = &[
    "giữ chức vụ ",
    "giữ chức ",
    "giữ cương vị ",
    "làm ",
    "là ",
    // A transfer's new post: "luân chuyển về làm T", "điều động sang
    // giữ chức T".
    "về làm ",
    "sang làm ",
    "về giữ chức ",
    "sang giữ chức ",
    "vào chức vụ ",
    "vào chức ",
    "chức vụ ",
    "chức ",
];

/// Words before a verb that make it a time or a manner, not a condition:
/// "đã bầu", "vừa được bổ nhiệm", "lần lượt được bầu" (in turn: each name
/// of a list takes a post of the list after it).
const ADVERBS: &[&str] =
    &["đã ", "vừa ", "mới ", "chính thức ", "sẽ ", "lần lượt ", "tiếp tục "];

/// The words of retirement: "nghỉ hưu", "nghỉ hưu theo chế độ", "nghỉ
/// chế độ", "về hưu", "nghỉ công tác để hưởng chế độ hưu trí".
const RETIRE: &[&str] = &[
    "nghỉ công tác để hưởng chế độ hưu trí",
    "nghỉ công tác, hưởng chế độ hưu trí",
    "nghỉ hưởng chế độ hưu trí",
    "nghỉ hưu theo chế độ",
    "nghỉ hưu",
    "nghỉ chế độ",
    "về hưu",
];

/// The post after a verb, `r` being the text after it: behind "giữ
/// chức", "làm", … or right after ("được bầu Chủ tịch").
fn to_post(r: &str) -> Option<&str> {
    // (Past "tiếp tục": "được chỉ định tiếp tục giữ chức T".)
    let r = r.strip_prefix(' ')?;
    let r = r.strip_prefix("tiếp tục ").unwrap_or(r);
    Some(TO_POST.iter().find_map(|w| r.strip_prefix(w)).unwrap_or(r))
}

/// Whether `s` starts with `w` as whole words.
fn word_prefix<'s>(s: &'s str, w: &str) -> Option<&'s str> {
    let rest = s.strip_prefix(w)?;
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric()).then_some(rest)
}

/// `s` after the adverbs it starts with.
fn skip_adverbs(mut s: &str) -> &str {
    while let Some(r) = ADVERBS.iter().find_map(|a| s.strip_prefix(a)) {
        s = r;
    }
    s
}

/// Whether a verb of [`VERBS`] may start with byte `b`: "b", "c", "h",
/// "l", "m", "p", "t" or the lead byte of "đ".
fn opens_verb(b: u8) -> bool {
    matches!(b, b'b' | b'c' | b'h' | b'l' | b'm' | b'p' | b't' | 0xC4)
}

/// The verbs of a change of post that `s` starts with, joined by a
/// comma or "và" ("điều động, luân chuyển", "điều động và bổ nhiệm"):
/// their length and the event. A transfer that ends in an appointment
/// is a transfer; an election stays an election.
fn verb_chain(s: &str) -> Option<(usize, &'static str)> {
    // Most heads tried start with no byte a verb starts with.
    if !s.as_bytes().first().copied().is_some_and(opens_verb)
        || s.starts_with('p') && !s.starts_with("phân công")
    {
        return None;
    }
    let mut at = 0;
    let mut event: Option<&'static str> = None;
    loop {
        let (rest, e) = VERBS
            .iter()
            .find_map(|(v, e)| word_prefix(&s[at..], v).map(|r| (r, *e)))?;
        event = Some(match (event, e) {
            (Some("transferred"), _) | (_, "transferred") => "transferred",
            (Some("elected"), _) | (_, "elected") => "elected",
            _ => e,
        });
        at = s.len() - rest.len();
        let next = [", ", " và "].iter().find_map(|j| rest.strip_prefix(j));
        match next {
            Some(n)
                if VERBS.iter().any(|(v, _)| word_prefix(n, v).is_some()) =>
            {
                at = s.len() - n.len();
            }
            _ => return event.map(|e| (at, e)),
        }
    }
}

/// The text after the one who decides, between "được" and the verb:
/// "được Thủ tướng bổ nhiệm", "được Bộ Chính trị phân công", "được Chủ
/// tịch UBND tỉnh điều động" — each end of a run of up to eight words
/// that starts with a capital, with no mark inside.
fn after_agent(s: &str) -> impl Iterator<Item = &str> {
    let capital = s.starts_with(char::is_uppercase);
    s.match_indices(' ')
        .take_while(move |&(i, _)| {
            capital && !s[..i].contains([',', ';', '.', '(', ')'])
        })
        .take(8)
        .map(move |(i, _)| &s[i + 1..])
}

/// What makes an event of the post that follows the end of a list of
/// names, `s` being the text after it: "được bầu giữ chức", "được
/// điều động, luân chuyển làm", "tái đắc cử", or, after a verb before
/// the names (`before`), "giữ chức" or "làm" alone. Returns the length
/// up to the post and the event. "giữ chức" alone is an appointment.
fn event_after(
    s: &str,
    before: Option<&'static str>,
) -> Option<(usize, Option<&'static str>)> {
    // "A và B, cùng là T", "A, B (đều là T)": the post all the names of
    // a list hold, after a comma or in brackets too.
    if let Some(post) =
        [", ", " ("].iter().filter_map(|m| s.strip_prefix(m)).find_map(|r| {
            ["cùng là ", "đều là "].iter().find_map(|w| r.strip_prefix(w))
        })
    {
        return Some((s.len() - post.len(), None));
    }
    let rest = s.strip_prefix(' ')?;
    // "A và B lần lượt là T1 và T2": the posts they hold; "A, B và C
    // cùng là T", "X nay là T", "X đảm nhiệm chức T": the post held.
    if let Some(post) = [
        "đều là ",
        "lần lượt là ",
        "cùng là ",
        "nay là ",
        "đảm nhiệm cương vị ",
        "đảm nhiệm chức vụ ",
        "đảm nhiệm chức ",
        "đảm nhiệm ",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    {
        return Some((s.len() - post.len(), None));
    }
    let rest = skip_adverbs(rest);
    // "được tín nhiệm bầu giữ chức", "được tín nhiệm giữ chức": trusted
    // with the post again, by a vote.
    if let Some(r) = rest.strip_prefix("được tín nhiệm ") {
        let (r, e) =
            verb_chain(r).map_or((r, "elected"), |(n, e)| (&r[n..], e));
        let r = r.strip_prefix(' ').unwrap_or(r);
        if let Some(post) = ["giữ chức vụ ", "giữ chức "]
            .iter()
            .find_map(|w| r.strip_prefix(w))
        {
            return Some((s.len() - post.len(), Some(e)));
        }
    }
    if let Some(r) = rest.strip_prefix("được ")
        && let Some((r, (n, e))) = std::iter::once(r)
            .chain(after_agent(r))
            .find_map(|r| Some((r, verb_chain(r)?)))
    {
        let post = to_post(&r[n..])?;
        return Some((s.len() - post.len(), Some(e)));
    }
    // "nhận quyết định (của Bộ Chính trị) điều động giữ chức T": the
    // decision received.
    if let Some(r) = ["nhận quyết định ", "nhận Quyết định "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        && let Some((r, (n, e))) = std::iter::once(r)
            .chain(r.strip_prefix("của ").into_iter().flat_map(after_agent))
            .find_map(|r| Some((r, verb_chain(r)?)))
    {
        let post = to_post(&r[n..])?;
        return Some((s.len() - post.len(), Some(e)));
    }
    // "bị cách chức T", "bị miễn nhiệm T": the post left.
    if let Some(r) = rest.strip_prefix("bị ")
        && let Some((n, e)) = verb_chain(r)
        && e == "dismissed"
    {
        let post = to_post(&r[n..])?;
        return Some((s.len() - post.len(), Some(e)));
    }
    if let Some((r, e)) = INTRANSITIVE
        .iter()
        .find_map(|(v, e)| word_prefix(rest, v).map(|r| (r, *e)))
    {
        let post = to_post(r)?;
        return Some((s.len() - post.len(), Some(e)));
    }
    let held = ["giữ chức vụ ", "giữ chức "]
        .iter()
        .find_map(|w| rest.strip_prefix(w));
    if let Some(post) = held {
        // A proposal is no event yet ("đề nghị bầu ông X giữ chức T").
        let e = match before {
            Some(PROPOSAL) => None,
            Some(e) if !LEFT.contains(&e) => Some(e),
            _ => Some("appointed"),
        };
        return Some((s.len() - post.len(), e));
    }
    let b = before.filter(|e| *e != PROPOSAL && !LEFT.contains(e))?;
    let post = ["làm ", "vào chức vụ ", "vào chức "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?;
    Some((s.len() - post.len(), Some(b)))
}

/// The events of a post left, which is the one named as held: a new
/// post never follows them.
const LEFT: &[&str] = &["retired", "dismissed"];

/// What [`event_before`] gives for a proposal: no event yet, and never
/// written out.
const PROPOSAL: &str = "proposed";

/// Words in a clause that make its verb a proposal, not a decision:
/// "đề nghị bầu ông X", "dự kiến bổ nhiệm ông X", "Tờ trình về việc miễn
/// nhiệm".
const PROPOSED: &[&str] = &[
    "tờ trình",
    "đề nghị",
    "đề xuất",
    "dự kiến",
    "giới thiệu",
    "đề cử",
    "ứng cử",
    "xem xét",
];

/// The event a verb right before a list of names makes of the post the
/// list is given, `head` being the text before the first name: "HĐND
/// tỉnh đã bầu ông" (`elected`), "quyết định điều động, luân chuyển
/// đồng chí" (`transferred`), "cho nghỉ hưu theo chế độ đối với ông"
/// (`retired`). Not after a word of proposal in the same clause.
fn event_before(head: &str) -> Option<&'static str> {
    // "điều động các ông: A, …": the colon opens the list.
    let mut head = head.trim_end_matches([' ', ':']);
    for w in ["các đồng chí", "các ông", "các bà", "đồng chí", "ông", "bà"]
    {
        if let Some(b) = head.strip_suffix(w)
            && (b.is_empty() || b.ends_with(' '))
        {
            head = b.trim_end_matches(' ');
            break;
        }
    }
    // The clause the verb is in.
    let clause =
        &head[head.rfind(['.', ';', '\n', ',', ':']).map_or(0, |k| k + 1)..];
    // Any proposal in the clause: "đề nghị HĐND bầu ông X".
    if crate::normalize::with_lower(clause, proposes) {
        return Some(PROPOSAL);
    }
    // Retirement: "(cho) nghỉ hưu (theo chế độ) (đối với) ông X".
    let h = head.strip_suffix(" đối với").unwrap_or(head);
    if RETIRE.iter().any(|r| {
        h.strip_suffix(r).is_some_and(|b| b.is_empty() || b.ends_with(' '))
    }) {
        return Some("retired");
    }
    // The verbs end the head: try each start among its last six words (a
    // verb chain is no longer; the head is all the text before the name,
    // which is not to be cut whole), from the last one back. The words
    // from a start on are the head from there: no need to join them.
    let mut end = head.len();
    for _ in 0..6 {
        let (start, more) = match head[..end].rfind(' ') {
            Some(k) => (k + 1, true),
            None => (0, false),
        };
        let tail = &head[start..];
        if let Some((n, e)) = verb_chain(tail)
            && n == tail.len()
        {
            return Some(e);
        }
        if !more {
            break;
        }
        end = start - 1;
    }
    None
}

/// Whether `lower` (a clause in lower case) has a word of [`PROPOSED`]
/// at the start of one of its words.
fn proposes(lower: &str) -> bool {
    // Each start of a word is tried against the words of the list: no
    // word of it can overlap another occurrence of itself (none ends
    // with a start of its own), so this finds what a search for each
    // word finds, without a searcher built per word and clause.
    let b = lower.as_bytes();
    (0..b.len()).filter(|&k| k == 0 || b[k - 1] == b' ').any(|k| {
        PROPOSED.iter().any(|w| {
            w.as_bytes()[0] == b[k] && word_prefix(&lower[k..], w).is_some()
        })
    })
}

/// Whether `s`, the text after a role, says the person retires: ",
/// nghỉ hưu", " được nghỉ hưu theo chế độ", ", đã nghỉ chế độ".
fn retires(s: &str) -> bool {
    let s = s.strip_prefix(',').unwrap_or(s);
    let Some(s) = s.strip_prefix(' ') else { return false };
    let s = skip_adverbs(s);
    let s = s.strip_prefix("được ").unwrap_or(s);
    RETIRE.iter().any(|r| word_prefix(s, r).is_some())
}

/// Whether `between`, the text between two names, joins them in a list:
/// a comma or "và", maybe with a form of address ("A, bà B và ông C").
fn joins(between: &str) -> bool {
    let mut b = between.trim_end_matches(' ');
    for w in ["đồng chí", "ông", "bà"] {
        if let Some(r) = b.strip_suffix(w)
            && r.ends_with(' ')
        {
            b = r;
            break;
        }
    }
    matches!(b.trim(), "," | "và" | ", và")
}

/// The length of the nickname, the year of birth or the age, with the
/// comma after each, that `s` starts with: "SN 1980, ", "sinh năm 1980, ",
/// "35 tuổi, ", "tức Mạnh "Vinh", SN 1979, ".
fn personal_details(s: &str) -> usize {
    let mut rest = s;
    // A nickname first: "tức Mạnh "Vinh", SN 1979, Giám đốc …".
    if let Some(a) = rest.strip_prefix("tức ")
        && let Some(k) =
            a.find(", ").filter(|&k| k <= 40 && !a[..k].contains(['(', ')']))
    {
        rest = &a[k + 2..];
    }
    if let Some(r) = details(rest).and_then(|n| rest[n..].strip_prefix(", ")) {
        rest = r;
    }
    s.len() - rest.len()
}

/// The length of the year of birth or the age that `s` starts with:
/// "SN 1980", "sinh năm 1980", "35 tuổi".
fn details(s: &str) -> Option<usize> {
    let digits = |t: &str| {
        t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len()
    };
    let rest = if let Some(r) = ["SN ", "sinh năm ", "Sinh năm "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    {
        let n = digits(r);
        if n != 4 {
            return None;
        }
        &r[n..]
    } else {
        let n = digits(s);
        if n == 0 || n > 3 {
            return None;
        }
        s[n..].strip_prefix(" tuổi")?
    };
    Some(s.len() - rest.len())
}

/// The length of initials in brackets that `s` starts with (" (BIFA)",
/// " (Ban QLDA 2)" is none); 0 when there are none.
fn bracketed_initials(s: &str) -> usize {
    let Some(inner) = s.strip_prefix(" (") else { return 0 };
    let Some(close) = inner.find(')') else { return 0 };
    let abbrev = &inner[..close];
    let ok = (2..=12).contains(&abbrev.chars().count())
        && abbrev.chars().filter(|c| c.is_uppercase()).count() >= 2
        && abbrev.chars().all(|c| {
            c.is_uppercase() || c.is_ascii_digit() || "&-.".contains(c)
        });
    if ok { " (".len() + close + ")".len() } else { 0 }
}

/// The length of a bracket after a name that holds only the year of
/// birth or the age (" (SN 1980)", " (35 tuổi)"), the years of a life,
/// a people, a home or a nationality; 0 when there is none.
fn bracketed_details(s: &str) -> usize {
    let Some(inner) = s.strip_prefix(" (") else { return 0 };
    if let Some(n) = details(inner).filter(|&n| inner[n..].starts_with(')')) {
        return " (".len() + n + ")".len();
    }
    // The years of a life ("(1961-2024)"), a people or a home ("(dân tộc
    // Tày)", "(quê Nghệ An)", "(trú xã Yên Lâm)").
    let Some(close) = inner.find(')').filter(|&c| c <= 80) else {
        return 0;
    };
    let note = &inner[..close];
    let years = note.len() >= 9
        && note
            .split(['-', '–'])
            .map(str::trim)
            .all(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let home =
        ["dân tộc ", "quê ", "trú ", "ngụ ", "thường trú ", "quốc tịch "]
            .iter()
            .any(|p| note.starts_with(p));
    if years || home { " (".len() + close + ")".len() } else { 0 }
}

/// The length of the note on where a photo shows a person that `s` (the
/// text after a name) starts with: " (bìa trái)", " (thứ hai từ phải
/// sang)", " (giữa)"; 0 when there is none. Such a note is a few words in
/// lower case that say left, right or middle.
fn caption_note(s: &str) -> usize {
    let Some(inner) = s.strip_prefix(" (") else { return 0 };
    let Some(close) = inner.find(')') else { return 0 };
    let note = &inner[..close];
    let short = note.split(' ').count() <= 6;
    let lower = !note.chars().any(char::is_uppercase);
    let side = note.split(' ').any(|w| matches!(w, "trái" | "phải" | "giữa"));
    if short && lower && side { " (".len() + close + ")".len() } else { 0 }
}

/// Verbs between a name and its title that, after "từng" (once),
/// "nguyên" (formerly) or "thôi" (no longer), make it a former post: "X
/// từng làm T", "X từng có nhiều năm giữ chức T", "X nguyên là T", "X thôi
/// giữ chức T".
const FORMER_VERBS: &[&str] = &[
    "giữ các chức vụ ",
    "giữ các chức ",
    "giữ chức vụ ",
    "giữ chức ",
    "đảm nhiệm chức vụ ",
    "đảm nhiệm ",
    "làm ",
    "là ",
];

/// Whether `before` (the text before a list of names, its spaces
/// trimmed) ends with a plural form of address: "các ông", "hai bà",
/// "các đồng chí".
fn plural_before(before: &str) -> bool {
    let Some(rest) = ["ông", "bà", "đồng chí", "anh", "chị"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
    else {
        return false;
    };
    let Some(rest) = rest.strip_suffix(' ') else { return false };
    let last = rest.rsplit(' ').next().unwrap_or("");
    matches!(
        last.to_lowercase().as_str(),
        "các" | "hai" | "ba" | "2" | "3" | "những"
    )
}

/// What comes between the posts a name held once and the one it holds
/// now: "X, người từng giữ chức T1, nay là T2".
const NOW: [&str; 7] = [
    ", nay là ",
    " nay là ",
    ", hiện là ",
    ", hiện nay là ",
    " và hiện là ",
    ", hiện giữ chức ",
    // "X, nguyên T1, làm trưởng đoàn".
    ", làm ",
];

/// Where the title starts in `rest` (the text after a name) when it says
/// the name once held it: " từng", " nguyên" or " thôi", a few lower-case
/// words, and one of [`FORMER_VERBS`].
fn former_title_start(rest: &str) -> Option<usize> {
    let after = [" từng ", " nguyên ", " thôi ", ", người từng ", ", từng "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    let mut at = rest.len() - after.len();
    for _ in 0..5 {
        let here = &rest[at..];
        if let Some(v) = FORMER_VERBS.iter().find(|v| here.starts_with(**v)) {
            return Some(at + v.len());
        }
        // One more lower-case word ("có nhiều năm").
        let word = here.split(' ').next().unwrap_or("");
        if word.is_empty()
            || !word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
        {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

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
    // Titles, persons and organizations are looked up by where they
    // start or end for every person: by bisection.
    let titles_from =
        by_offset(titles.iter().map(|&t| (mentions[t].norm.start, t)));
    let titles_to =
        by_offset(titles.iter().map(|&t| (mentions[t].norm.end, t)));
    let orgs_to = by_offset(
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityType::Organization)
            .map(|(i, m)| (m.norm.end, i)),
    );
    let orgs_from = by_offset(
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityType::Organization)
            .map(|(i, m)| (m.norm.start, i)),
    );
    let persons_from = by_offset(persons.iter().map(|p| (p.norm.start, 0)));
    let title_at = |pos: usize| first_at(&titles_from, pos);
    let person_at = |pos: usize| first_at(&persons_from, pos).is_some();
    // The event a verb before a list gives it is the same for every name
    // of the list.
    let mut event_of: Option<(usize, Option<&'static str>)> = None;
    let mut roles: Vec<Role> = Vec::new();
    let mut used = vec![false; mentions.len()];
    for (pi, p) in persons.iter().enumerate() {
        // The list of names this one is in ("ông A, bà B và ông C"), and
        // a verb before it ("HĐND tỉnh đã bầu ông A, …").
        let mut lead = pi;
        while lead > 0
            && joins(
                &text[persons[lead - 1].norm.end..persons[lead].norm.start],
            )
        {
            lead -= 1;
        }
        let mut last = pi;
        while last + 1 < persons.len()
            && joins(
                &text[persons[last].norm.end..persons[last + 1].norm.start],
            )
        {
            last += 1;
        }
        let before = match event_of {
            Some((l, e)) if l == lead => e,
            _ => {
                // A verb before a list of items, each a name and its posts
                // behind a semicolon, is the verb of every item ("điều
                // động các ông: A, T1, giữ chức T2; B, …").
                let mut first = lead;
                while first > 0 && item_before(text, persons, first) {
                    first -= 1;
                }
                let e = event_before(&text[..persons[lead].norm.start])
                    .or_else(|| {
                        (first < lead)
                            .then(|| {
                                event_before(
                                    &text[..persons[first].norm.start],
                                )
                            })
                            .flatten()
                    });
                event_of = Some((lead, e));
                e
            }
        };
        // An event after the list, for every name of it: "A, B và C được
        // bầu giữ chức T", "bổ nhiệm A và B làm T".
        let end = persons[last].norm.end;
        let end = end + bracketed_details(&text[end..]);
        if let Some((n, event)) = event_after(&text[end..], before)
            && let Some(t) = title_at(end + n)
        {
            // As many posts listed as names: each name takes its own, in
            // turn ("A và B được bầu giữ chức Chủ tịch và Phó Chủ tịch UBND
            // tỉnh").
            let names = last - lead + 1;
            let listed = title_list(text, t, mentions, &title_at, names);
            let t = if names > 1 && listed.len() == names {
                listed[pi - lead]
            } else {
                t
            };
            // "A thay ông B giữ chức T": A takes the post B held.
            if let Some((a, verb)) = successor(text, persons, lead) {
                let event = verb.or(event);
                let mut r = role(a, &persons[a], t, mentions, event);
                r.norm.start = r.norm.start.min(persons[a].norm.start);
                roles.push(r);
                let mut r = role(pi, p, t, mentions, None);
                r.former = true;
                roles.push(r);
                used[t] = true;
                continue;
            }
            let mut r = role(pi, p, t, mentions, event);
            r.norm.start = r.norm.start.min(p.norm.start);
            roles.push(r);
            used[t] = true;
            continue;
        }
        let rest = &text[p.norm.end..];
        // A former post after the name, and the posts it lists ("từng làm
        // Phó Giám đốc Sở … kiêm Giám đốc Trung tâm …").
        if let Some(start) = former_title_start(rest)
            && let Some(t) = title_at(p.norm.end + start)
        {
            let mut t = t;
            loop {
                let mut r = role(pi, p, t, mentions, None);
                r.former = true;
                roles.push(r);
                used[t] = true;
                let end = mentions[t].norm.end;
                let Some((_, next)) = title_joined(
                    text,
                    end,
                    &[" kiêm ", " và ", ", "],
                    &title_at,
                ) else {
                    break;
                };
                t = next;
            }
            // The post held now, after the ones held once: "X, người
            // từng giữ chức T1, nay là T2".
            if let Some((_, now)) =
                title_joined(text, mentions[t].norm.end, &NOW, &title_at)
                && !used[now]
            {
                roles.push(role(pi, p, now, mentions, None));
                used[now] = true;
            }
            continue;
        }
        // A list of titles after the name, maybe behind where a photo
        // shows the person ("X (bìa trái), Chủ tịch …"),
        // or behind the year of birth ("X (SN 1980), Chủ tịch …").
        let mut at = p.norm.end + caption_note(rest);
        at += bracketed_details(&text[at..]);
        let mut first = true;
        let mut bracket = false;
        let listed = roles.len();
        loop {
            // Past the abbreviation in brackets of the body just named:
            // "Chủ tịch Hiệp hội Chế biến gỗ tỉnh Bình Dương (BIFA), kiêm
            // Tổng Giám đốc …".
            if !first {
                at += bracketed_initials(&text[at..]);
            }
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
                    " làm ",
                    " hiện là ",
                    " hiện đang là ",
                    " hiện giữ chức ",
                    " hiện đang giữ chức ",
                    " đang là ",
                    " nay là ",
                    " là ",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
            } else {
                [
                    " và hiện nay là ",
                    " và hiện là ",
                    // A post held now, in brackets after a former one.
                    " (nay là ",
                    " (hiện là ",
                    ", hiện là ",
                    ", kiêm ",
                    // "X, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn".
                    ", làm ",
                    ", ",
                    " và ",
                    " kiêm ",
                    " - ",
                    " làm ",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
            };
            // The year of birth right after the name: "X sinh năm 1979,
            // nguyên Giám đốc …".
            let sep = sep.or_else(|| {
                (first && personal_details(rest.get(1..).unwrap_or("")) > 0)
                    .then_some(&" ")
            });
            let Some(sep) = sep else { break };
            bracket |= sep.contains('(');
            // A year of birth or an age opens the bracket of court news,
            // or the list after a comma: "X (SN 1980, nguyên Giám đốc Sở
            // …)", "X, SN 1980, Chủ tịch UBND xã …".
            let skip = if first && (bracket || matches!(*sep, ", " | " ")) {
                personal_details(&text[at + sep.len()..])
            } else {
                0
            };
            let Some(t) = title_at(at + sep.len() + skip) else { break };
            let end = mentions[t].norm.end;
            // The title of the next name ("…, Chủ tịch UBND tỉnh Y").
            if text[end..].starts_with(' ') && person_at(end + 1) {
                break;
            }
            roles.push(role(pi, p, t, mentions, None));
            used[t] = true;
            at = end;
            first = false;
            // In brackets the list runs to the closing one: "X (Phó bí
            // thư, nguyên Chủ tịch UBND huyện)".
            if bracket && !text[at..].starts_with([',', ' ']) {
                break;
            }
        }
        if roles.len() == listed {
            continue;
        }
        // The posts listed are the ones left: "cho nghỉ hưu đối với ông
        // X, Giám đốc Sở", "X, Giám đốc Sở, nghỉ hưu từ ngày 1-12",
        // "miễn nhiệm ông X, Phó Chủ tịch UBND tỉnh".
        let left = before
            .filter(|e| LEFT.contains(e))
            .or_else(|| retires(&text[at..]).then_some("retired"));
        if left.is_some() {
            for r in &mut roles[listed..] {
                r.event = left;
            }
            continue;
        }
        // A new post after the ones listed: "bổ nhiệm ông X, Phó Giám
        // đốc Sở, giữ chức Giám đốc Sở", "X, Bí thư Huyện ủy, được điều
        // động làm T".
        // (Past a gloss in brackets: "nguyên Phó Vụ trưởng Vụ Tài chính
        // ngân hàng (Bộ Tài chính), làm T".)
        let after = &text[at..];
        // (Past the rest of the last post's name, which its title does not
        // hold: "Chánh Văn phòng Bộ, giữ chức T", "Trưởng phòng Quản lý
        // thương mại, giữ chức T".)
        let after = match after.find(", ") {
            Some(k)
                if k > 0
                    && k <= 60
                    && after.starts_with(' ')
                    && !after[..k]
                        .contains(['.', '(', ')', ';', ':', '\n'])
                    && !after[..k].bytes().any(|b| b.is_ascii_digit()) =>
            {
                let rest = &after[k + 1..];
                if event_after(rest, before).is_some() { rest } else { after }
            }
            _ => after,
        };
        let after = after
            .strip_prefix(" (")
            .and_then(|b| {
                let close = b.find(')')?;
                (close <= 80 && !b[..close].contains(['.', '(', '\n']))
                    .then(|| &b[close + 1..])
            })
            .unwrap_or(after);
        let after = after.strip_prefix(',').unwrap_or(after);
        let at = text.len() - after.len();
        if let Some((n, event)) = event_after(after, before)
            && let Some(t) = title_at(at + n)
            && !used[t]
        {
            roles.push(role(pi, p, t, mentions, event));
            used[t] = true;
            // The names before in the list take it too: "bà A và ông B,
            // nguyên Phó Tổng Giám đốc, giữ chức T".
            if pi == last {
                for (q, person) in
                    persons.iter().enumerate().take(last).skip(lead)
                {
                    if !roles.iter().any(|r| r.person == q && r.title == t) {
                        roles.push(role(q, person, t, mentions, event));
                    }
                }
            }
        }
    }
    // Names listed after a plural ("các ông A và B, Phó Giám đốc Sở",
    // "hai đồng chí A, B - Phó Chủ tịch UBND tỉnh") share the posts
    // listed after the last.
    let mut lead = 0;
    while lead < persons.len() {
        let mut last = lead;
        while last + 1 < persons.len()
            && joins(
                &text[persons[last].norm.end..persons[last + 1].norm.start],
            )
        {
            last += 1;
        }
        let before = text[..persons[lead].norm.start].trim_end_matches(' ');
        if last > lead && plural_before(before) {
            let after = persons[last].norm.end;
            let shared: Vec<Role> = roles
                .iter()
                .filter(|r| {
                    r.person == last
                        && r.event.is_none()
                        && mentions[r.title].norm.start >= after
                })
                .cloned()
                .collect();
            for (k, p) in persons.iter().enumerate().take(last).skip(lead) {
                for r in &shared {
                    if !roles.iter().any(|o| o.person_index_eq(k, r.title)) {
                        let mut r = r.clone();
                        r.person = k;
                        r.norm.start = p.norm.start;
                        roles.push(r);
                    }
                }
            }
        }
        lead = last + 1;
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
            let event = given_event(&text[..mentions[t].norm.start]);
            roles.push(role(pi, p, t, mentions, event));
            // The rank right before the name is the person's too ("… và
            // Đại tá Bùi Quang Thắng").
            if !RANKS.iter().any(|r| before.ends_with(r)) {
                continue;
            }
        }
        // "T X", "T ông X", "T, ông X,".
        let mut at = before.len();
        let mut comma_lead = false;
        for lead in [
            // "Chủ tịch UBND tỉnh là ông X": the post is named first.
            " là ông",
            " là bà",
            " là đồng chí",
            ", ông",
            ", bà",
            " - ông",
            " - bà",
            " – ông",
            " – bà",
            " ông",
            " bà",
            ", đồng chí",
            " - đồng chí",
            " – đồng chí",
            " đồng chí",
        ] {
            if let Some(b) = before.strip_suffix(lead) {
                at = b.len();
                comma_lead = lead.starts_with(',');
                break;
            }
        }
        // "Báo cáo với Phó Thủ tướng, ông X, Giám đốc Ban …": a name with
        // its own posts after it is not in apposition to a post before
        // the comma.
        if comma_lead
            && roles.iter().any(|r| {
                r.person == pi && mentions[r.title].norm.start >= p.norm.end
            })
        {
            continue;
        }
        let at = before_parent(text, at, mentions);
        let at = before_acronym(text, at);
        let at = before_units(text, at, mentions);
        let at = before_in_charge(text, at, mentions, &orgs_to);
        // "Trưởng thôn Đông Lâm X": the village's name between.
        let at = crate::recognize::person::village_type_end(text, at);
        if text[at..p.norm.start].contains(['.', ';', '\n']) {
            continue;
        }
        // "Trưởng khoa Hồi sức tích cực X": an office's name between.
        let t = first_at(&titles_to, at).or_else(|| {
            let k = titles_to.partition_point(|&(e, _)| e < at);
            let &(_, t) = titles_to[..k].last()?;
            let name = office_named(text, &mentions[t], at).or_else(|| {
                // Up to a body the gazetteer knows: "Trưởng khoa Hồi
                // sức tích cực Bệnh viện Bạch Mai X".
                office_of_body(text, &mentions[t], mentions, &orgs_from)
                    .map(|(r, _)| r)
            })?;
            (name.end == at).then_some(t)
        });
        let Some(t) = t else { continue };
        if used[t] || roles.iter().any(|r| r.person_index_eq(pi, t)) {
            continue;
        }
        // "Giám đốc Sở Tài chính Trần Văn Dũng nghỉ hưu".
        let event = retires(&text[p.norm.end..]).then_some("retired");
        roles.push(role(pi, p, t, mentions, event));
        used[t] = true;
        // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng": the
        // titles listed before the name are all his.
        let mut first = mentions[t].norm.start;
        while let Some(b) = text[..first].strip_suffix(", ")
            && let Some(u) = first_at(&titles_to, b.len())
            && !used[u]
            && !plural(text, &mentions[u])
            && !complement(text, &mentions[u])
        {
            roles.push(role(pi, p, u, mentions, event));
            used[u] = true;
            first = mentions[u].norm.start;
        }
    }
    given_later(text, persons, mentions, &titles, &mut roles);
    shared(text, persons, mentions, &titles, &mut roles);
    drop_bare_delegates(persons, mentions, &mut roles);
    for r in &mut roles {
        let (t, p) = (&mentions[r.title], &persons[r.person]);
        // An office of a body the gazetteer knows, named after the post
        // ("…, Trưởng phòng Cảnh sát hình sự Công an tỉnh Long An").
        if let Some((named, o)) = office_of_body(text, t, mentions, &orgs_from)
            && (p.norm.end <= t.norm.start || named.end <= p.norm.start)
        {
            r.norm.end = r.norm.end.max(named.end);
            r.village = Some(named);
            r.body = Some(o);
            continue;
        }
        r.village = village_named(text, t, p).or_else(|| {
            let end = if p.norm.start > t.norm.end {
                p.norm.start
            } else {
                text.len()
            };
            office_named(text, t, end)
        });
        if let Some(v) = &r.village {
            r.norm.end = r.norm.end.max(v.end);
        }
    }
    shared_by_items(text, persons, mentions, &mut roles);
    for r in &mut roles {
        if r.body.is_some() {
            continue;
        }
        let charged = in_charge(text, &mentions[r.title], mentions);
        let body = charged
            .or_else(|| shared_body(text, r.title, mentions, &title_at));
        if let Some(o) = body {
            r.body = Some(o);
            r.norm.end = r.norm.end.max(mentions[o].norm.end);
        }
        // As written, the post runs to the body it is in charge of.
        if let Some(o) = charged {
            r.village.get_or_insert(mentions[o].norm.clone());
        }
    }
    // A post the person acts for is not theirs: "Thừa ủy quyền của Chủ
    // tịch nước, đồng chí X trao …", "Thay mặt Ban Thường vụ, ông X".
    roles.retain(|r| {
        let t = &mentions[r.title];
        persons[r.person].norm.start < t.norm.end
            || !on_behalf_of(&text[..t.norm.start])
    });
    roles.sort_by_key(|r| (r.norm.start, r.norm.end));
    roles
}

/// Whether `before`, the text before a post, ends with words of acting
/// for its holder: "thay mặt", "thừa ủy quyền (của)", "thừa lệnh".
fn on_behalf_of(before: &str) -> bool {
    let tail = crate::normalize::lower_tail(before.trim_end(), 24);
    [
        "thay mặt",
        "thay mặt cho",
        "thừa ủy quyền",
        "thừa ủy quyền của",
        "được sự ủy quyền của",
        "ủy quyền của",
        "thừa lệnh",
    ]
    .iter()
    .any(|w| {
        tail.strip_suffix(w).is_some_and(|r| {
            !r.chars().next_back().is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether title `t`, written in lower case right after a word, is that
/// word's complement, no post of a name after it: "Giải trình ý kiến
/// đại biểu, Bộ trưởng X" (the opinions of delegates).
fn complement(text: &str, t: &Mention) -> bool {
    let before = text[..t.norm.start].trim_end_matches(' ');
    let word = before.rsplit(' ').next().unwrap_or("");
    text[t.norm.clone()].starts_with(char::is_lowercase)
        && word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && !["ông", "bà", "chí", "là", "và"].contains(&word)
}

/// Whether the name at `k` follows an item of a list: a name and the
/// posts it holds, ended by a semicolon ("A, Chủ tịch UBND xã; B") or,
/// for the last item, by ", và" ("A, nguyên Bí thư Huyện ủy, và B").
fn item_before(text: &str, persons: &[PersonMention], k: usize) -> bool {
    let between = &text[persons[k - 1].norm.end..persons[k].norm.start];
    let between = ["ông ", "bà ", "đồng chí "]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .unwrap_or(between);
    between
        .strip_suffix("; ")
        .or_else(|| between.strip_suffix(", và "))
        .is_some_and(|b| {
            b.starts_with([',', ' ', '('])
                && !b.contains(['.', ';', ':', '\n'])
        })
}

/// A post given with an event to the last item of a list of names, each
/// with the posts it holds, separated by semicolons, is given to every
/// item: "Các đồng chí: A, Chủ tịch UBND xã; B, Chủ tịch HĐND xã được
/// bầu giữ chức Phó Bí thư Đảng ủy xã". The list must open on a plural
/// form of address or a colon, so that one name's sentence is not read
/// as a list.
fn shared_by_items(
    text: &str,
    persons: &[PersonMention],
    mentions: &[Mention],
    roles: &mut Vec<Role>,
) {
    let mut more = Vec::new();
    for r in roles.iter() {
        let (t, pi) = (&mentions[r.title], r.person);
        let p = &persons[pi];
        if r.event.is_none() || r.former || t.norm.start < p.norm.end {
            continue;
        }
        // The items before, each "name, posts; ".
        let mut k = pi;
        while k > 0 {
            let item = item_before(text, persons, k)
                && roles.iter().any(|o| {
                    o.person == k - 1
                        && mentions[o.title].norm.start
                            > persons[k - 1].norm.end
                        && mentions[o.title].norm.end <= persons[k].norm.start
                });
            // An item given a post of its own takes no other.
            let own =
                roles.iter().any(|o| o.person == k - 1 && o.event.is_some());
            if !item || own {
                break;
            }
            k -= 1;
        }
        if k == pi {
            continue;
        }
        let head = text[..persons[k].norm.start].trim_end_matches(' ');
        let lower = crate::normalize::lower_tail(head, 16);
        let plural = head.ends_with(':')
            || ["các đồng chí", "các ông", "các bà", "gồm"]
                .iter()
                .any(|w| lower.ends_with(w));
        if !plural {
            continue;
        }
        for (q, item) in persons.iter().enumerate().take(pi).skip(k) {
            let mut shared = role(q, item, r.title, mentions, r.event);
            shared.norm.start = item.norm.start;
            more.push(shared);
        }
    }
    roles.extend(more);
}

/// The body a post written without one is in charge of: "Phó Giám đốc
/// phụ trách Sở Xây dựng" is a deputy director who runs the department.
/// The body must follow "phụ trách" at once; a post with a body of its
/// own ("Phó Chủ tịch UBND tỉnh phụ trách Sở") keeps it.
fn in_charge(text: &str, t: &Mention, mentions: &[Mention]) -> Option<usize> {
    if t.organization.is_some() {
        return None;
    }
    let at = t.norm.end + IN_CHARGE.len();
    if !text[t.norm.end..].starts_with(IN_CHARGE) {
        return None;
    }
    mentions
        .iter()
        .position(|m| m.kind == EntityType::Organization && m.norm.start == at)
}

/// The title that `joints` (the first of them that follows) join to
/// the text ending at `end`, with that joint.
fn title_joined(
    text: &str,
    end: usize,
    joints: &[&'static str],
    title_at: &impl Fn(usize) -> Option<usize>,
) -> Option<(&'static str, usize)> {
    let j = joints.iter().find(|j| text[end..].starts_with(**j))?;
    Some((j, title_at(end + j.len())?))
}

/// The titles listed from title `t` on, joined by commas and "và", at
/// most `max` ("Chủ tịch, Phó Chủ tịch và Ủy viên UBND tỉnh").
fn title_list(
    text: &str,
    t: usize,
    mentions: &[Mention],
    title_at: &impl Fn(usize) -> Option<usize>,
    max: usize,
) -> Vec<usize> {
    let mut list = vec![t];
    while list.len() < max {
        let end = mentions[list[list.len() - 1]].norm.end;
        let Some((_, next)) =
            title_joined(text, end, &[", và ", " và ", ", "], title_at)
        else {
            break;
        };
        list.push(next);
    }
    list
}

/// The body of a post written without one before the same post of a
/// body, a deputy's most often: "Chủ tịch và Phó Chủ tịch HĐND huyện",
/// "Giám đốc, Phó Giám đốc Sở Y tế" share the body written last; so do
/// posts held at once ("Chủ tịch kiêm Tổng Giám đốc Tập đoàn X"). Other
/// posts keep none ("Bí thư và Chủ tịch UBND xã": the secretary is the
/// party committee's).
fn shared_body(
    text: &str,
    t: usize,
    mentions: &[Mention],
    title_at: &impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let post = mentions[t].base.as_deref()?;
    if mentions[t].organization.is_some() {
        return None;
    }
    let mut cur = t;
    loop {
        let end = mentions[cur].norm.end;
        let (joint, next) = title_joined(
            text,
            end,
            &[", và ", " và ", ", ", " kiêm "],
            title_at,
        )?;
        let m = &mentions[next];
        let same = m.base.as_deref().is_some_and(|b| {
            b.strip_suffix(post).is_some_and(|head| head.ends_with(' '))
                || b == post
        });
        // Posts held at once ("kiêm") are most often in one body:
        // "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X"; but a party
        // secretary's is the party committee.
        let at_once = joint == " kiêm " && !post.contains("Bí thư");
        if !same && !at_once {
            return None;
        }
        if m.organization.is_some() {
            // Its body is the organization that ends with it.
            return mentions.iter().position(|o| {
                o.kind == EntityType::Organization
                    && o.norm.end == m.norm.end
                    && o.norm.start > m.norm.start
            });
        }
        cur = next;
    }
}

/// (offset, index) pairs sorted, for [`first_at`].
fn by_offset(
    pairs: impl Iterator<Item = (usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = pairs.collect();
    v.sort_unstable();
    v
}

/// The least index at `offset` in `sorted` ([`by_offset`]): the first
/// in the order the indices were given in, when that is increasing.
fn first_at(sorted: &[(usize, usize)], offset: usize) -> Option<usize> {
    let k = sorted.partition_point(|&(o, _)| o < offset);
    sorted.get(k).filter(|&&(o, _)| o == offset).map(|&(_, i)| i)
}

/// The words between a post and the body it runs.
const IN_CHARGE: &str = " phụ trách ";

/// Where a post written before a name ends when the body it is in charge
/// of stands between them, `at` being the end of the text before the
/// name: "Phó Giám đốc phụ trách Sở Xây dựng Phạm Văn Em"; otherwise
/// `at`.
/// `orgs_to` are the organizations by their ends ([`by_offset`]).
fn before_in_charge(
    text: &str,
    at: usize,
    mentions: &[Mention],
    orgs_to: &[(usize, usize)],
) -> usize {
    let Some(body) = first_at(orgs_to, at).map(|o| &mentions[o]) else {
        return field_in_charge(text, at);
    };
    match text[..body.norm.start].strip_suffix(IN_CHARGE) {
        Some(head) => head.len(),
        None => at,
    }
}

/// Where a post ends before the field it is in charge of, written in
/// lower case between it and a name ("Phó Chủ tịch UBND tỉnh phụ trách
/// lĩnh vực văn hóa - xã hội X"): at most ten words; else `at`.
fn field_in_charge(text: &str, at: usize) -> usize {
    let head = text[..at].trim_end_matches(' ');
    // Ten words fit in far fewer bytes than these: the search looks no
    // further back.
    let from = head.len().saturating_sub(160);
    let from = (from..=head.len())
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    static FINDER: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(IN_CHARGE));
    let Some(k) = FINDER.rfind(&head.as_bytes()[from..]).map(|k| from + k)
    else {
        return at;
    };
    let field = &head[k + IN_CHARGE.len()..];
    let plain = field.split(' ').count() <= 10
        && field.split(' ').all(|w| {
            w == "-"
                || w.trim_end_matches(',')
                    .chars()
                    .all(|c| c.is_alphabetic() && !c.is_uppercase())
        });
    if plain && !field.is_empty() { k } else { at }
}

/// The base of the bare title "đại biểu" (delegate).
const DELEGATE: &str = "Đại biểu";

/// Drops the bare "đại biểu" of a person the article seats elsewhere.
/// Bare, "đại biểu" is the noun for whoever takes part in a meeting
/// ("các đại biểu dự hội nghị"): before the name of a person who is
/// given a delegate's seat in a body ("ĐBQH X", "đại biểu HĐND tỉnh X"),
/// it refers to that seat ("theo đại biểu X") and is no post of its own.
fn drop_bare_delegates(
    persons: &[PersonMention],
    mentions: &[Mention],
    roles: &mut Vec<Role>,
) {
    let base = |r: &Role| mentions[r.title].base.as_deref().unwrap_or("");
    let bare = |r: &Role| {
        base(r) == DELEGATE && mentions[r.title].organization.is_none()
    };
    let seated: Vec<usize> = roles
        .iter()
        .filter(|r| base(r).starts_with(DELEGATE) && !bare(r))
        .map(|r| persons[r.person].person)
        .collect();
    roles.retain(|r| !bare(r) || !seated.contains(&persons[r.person].person));
}

/// Whether the title `m` is written for several persons: after "các",
/// "những" or a number, with a form of address between ("5 Phó Chủ tịch
/// UBND", "các đồng chí Phó Bí thư Tỉnh ủy").
fn plural(text: &str, m: &Mention) -> bool {
    let mut before = text[..m.norm.start].trim_end_matches(' ');
    for w in ["đồng chí", "ông", "bà"] {
        if let Some(b) = before.strip_suffix(w)
            && b.ends_with(' ')
        {
            before = b.trim_end_matches(' ');
            break;
        }
    }
    let k = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let w = &before[k..];
    // Digits have no case; a word too long for the buffer is none of the
    // words.
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
        || [
            "các", "những", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín",
            "mười",
        ]
        .contains(&crate::normalize::lower_word(w, &mut [0; 48]))
}

/// A title written for several persons, given to each name of the list
/// that follows it: "5 Phó Chủ tịch UBND gồm các ông: A, B và C", "các
/// đồng chí Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C", "các đại
/// biểu A, B". The list ends at a name with a title of its own before it,
/// or at anything that is neither a name, a title nor a separator.
fn shared(
    text: &str,
    persons: &[PersonMention],
    mentions: &[Mention],
    titles: &[usize],
    roles: &mut Vec<Role>,
) {
    for &t in titles {
        let m = &mentions[t];
        let mut k = persons.partition_point(|p| p.norm.start < m.norm.end);
        let Some(first) = persons.get(k) else { continue };
        // "… gồm các ông:", "…:", or the name right after (a rank or a
        // degree may stand before it as "ông" does: "gồm: Đại tá A").
        let first_start = address_before(mentions, titles, first.norm.start)
            .filter(|&a| a >= m.norm.end)
            .unwrap_or(first.norm.start);
        let mut lead = text[m.norm.end..first_start].trim();
        // "gồm" opens a list after any post ("được bầu giữ chức Phó Bí thư
        // Tỉnh ủy gồm: bà A, …"); after a plural one, a few words in lower
        // case may come first ("7 thành viên HĐQT được bầu gồm …", "Hai
        // đồng chí Ủy viên Ban Thường vụ không tái cử là ông A").
        let opens = |w: &str| {
            w.strip_prefix("gồm")
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        };
        if !opens(lead) {
            if !plural(text, m) {
                continue;
            }
            // (A term may stand among them: "2 thành viên HĐQT nhiệm kỳ
            // 2023-2028 gồm …", "khóa XV".)
            let mut at = 0;
            let mut prev = "";
            for w in lead.split(' ').take(6) {
                if opens(w) || w == "là" {
                    lead = &lead[at..];
                    break;
                }
                let term = w.chars().all(|c| {
                    c.is_ascii_digit() || matches!(c, '-' | '–' | '/')
                }) || matches!(prev, "khóa" | "khoá")
                    && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
                if !(w.chars().all(char::is_lowercase) || term) {
                    break;
                }
                at += w.len() + 1;
                prev = w;
            }
        }
        // The words come in any order: "gồm: ông", "gồm các ông:".
        while let Some(rest) = [
            "gồm",
            "là",
            "các",
            "ông, bà",
            "ông",
            "bà",
            "anh",
            "chị",
            "đồng chí",
            ":",
        ]
        .iter()
        .filter_map(|w| lead.strip_prefix(w))
        .find(|rest| !rest.starts_with(char::is_alphanumeric))
        {
            lead = rest.trim_start();
        }
        if !lead.is_empty() {
            continue;
        }
        loop {
            let pi = k;
            if !roles.iter().any(|r| r.person_index_eq(pi, t)) {
                roles.push(role(pi, &persons[pi], t, mentions, None));
            }
            k += 1;
            let Some(next) = persons.get(k) else { break };
            let next_start = address_before(mentions, titles, next.norm.start)
                .filter(|&a| a >= persons[pi].norm.end)
                .unwrap_or(next.norm.start);
            let gap = persons[pi].norm.end..next_start;
            if gap.len() > 200 || !list_gap(text, gap, mentions, titles) {
                break;
            }
        }
    }
}

/// Where the rank or degree right before the name at `start` starts
/// ("Thượng tá" in "… và Thượng tá Lê Minh Tuấn"), if one does.
fn address_before(
    mentions: &[Mention],
    titles: &[usize],
    start: usize,
) -> Option<usize> {
    let k = titles.partition_point(|&t| mentions[t].norm.end < start);
    let t = &mentions[*titles.get(k.checked_sub(1)?)?];
    (t.address && t.norm.end + 1 == start).then_some(t.norm.start)
}

/// Whether `gap`, between two names, only separates two items of a list:
/// separators, forms of address and the first name's own titles ("A –
/// Chủ tịch UBND tỉnh; B"), but no title of the second name before it.
fn list_gap(
    text: &str,
    gap: Range<usize>,
    mentions: &[Mention],
    titles: &[usize],
) -> bool {
    let mut rest = String::new();
    let mut at = gap.start;
    let from = titles.partition_point(|&t| mentions[t].norm.start < gap.start);
    for &t in &titles[from..] {
        let r = &mentions[t].norm;
        if r.start >= gap.end {
            break;
        }
        if r.end > gap.end {
            return false;
        }
        rest.push_str(&text[at..r.start]);
        rest.push_str(" # ");
        at = r.end;
    }
    rest.push_str(&text[at..gap.end]);
    // What the brackets hold is the first name's: "Thượng tá A (Đồn Biên
    // phòng Tịnh Biên) và Trung tá B".
    let mut depth = 0usize;
    rest.retain(|c| match c {
        '(' => {
            depth += 1;
            false
        }
        ')' => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0,
    });
    let words: Vec<&str> = rest
        .split([' ', ',', ';', '–', '-'])
        .filter(|w| !w.is_empty())
        .collect();
    // A separator after the last title: else it is the next name's.
    let tail = &text[at..gap.end];
    let separated =
        tail.contains([',', ';']) || tail.split(' ').any(|w| w == "và");
    separated
        && words.iter().all(|w| {
            ["và", "ông", "bà", "anh", "chị", "đồng", "chí", "#"].contains(w)
        })
}

/// Where the title before a name ends when a parent body in brackets
/// stands between them, `at` being the end of the text before the name:
/// "Cục trưởng Cục Quản lý giá (Bộ Tài chính) X", "Giám đốc Sở Y tế
/// (UBND tỉnh Y) X". The brackets must hold one organization and nothing
/// else; otherwise `at`.
fn before_parent(text: &str, at: usize, mentions: &[Mention]) -> usize {
    let head = text[..at].trim_end_matches(' ');
    let Some(inner) = head.strip_suffix(')') else { return at };
    let Some(open) = inner.rfind('(') else { return at };
    let body = open + 1..inner.len();
    let whole = mentions
        .iter()
        .any(|m| m.kind == EntityType::Organization && m.norm == body);
    if whole { text[..open].trim_end_matches(' ').len() } else { at }
}

/// A post given later in the sentence that moves or appoints a person,
/// after "và": "điều động đồng chí X, T1, đến nhận công tác tại Ban Tổ
/// chức Tỉnh ủy và chỉ định giữ chức T2", "X được điều động … và giữ chức
/// T"; or right after a verb of the move the person undergoes ("miễn
/// nhiệm … đối với ông X do được … điều động, phân công giữ chức T"). The
/// person is the nearest name before the post, and no post of the list
/// has taken it.
fn given_later(
    text: &str,
    persons: &[PersonMention],
    mentions: &[Mention],
    titles: &[usize],
    roles: &mut Vec<Role>,
) {
    for &t in titles {
        if roles.iter().any(|r| r.title == t) {
            continue;
        }
        let m = &mentions[t];
        let head = text[..m.norm.start].trim_end_matches(' ');
        let Some(h) = ["giữ chức vụ", "giữ chức"]
            .iter()
            .find_map(|w| head.strip_suffix(w))
        else {
            continue;
        };
        let h = h.trim_end_matches(' ');
        // Or a verb of the move right before, that the person undergoes:
        // "… đối với ông X do được Ban Thường vụ Tỉnh ủy điều động, phân
        // công giữ chức T".
        let moved = VERBS.iter().any(|(v, e)| {
            matches!(*e, "appointed" | "transferred")
                && h.strip_suffix(v).is_some_and(|b| b.ends_with(' '))
        });
        let joined = h.ends_with(" và") || h.ends_with(" và chỉ định");
        if !(joined || moved) {
            continue;
        }
        let Some(pi) =
            persons.iter().rposition(|p| p.norm.end <= m.norm.start)
        else {
            continue;
        };
        let between = &text[persons[pi].norm.end..m.norm.start];
        if !joined && !between.contains("được ") {
            continue;
        }
        if between.len() > 300 || between.contains(['.', ';', '\n']) {
            continue;
        }
        // The verb of the move, before the name or after it.
        let start = text[..persons[pi].norm.start]
            .rfind(['.', ';', '\n'])
            .map_or(0, |k| k + 1);
        let sentence = &text[start..m.norm.start];
        let Some(&(_, event)) = VERBS.iter().find(|(v, e)| {
            matches!(*e, "appointed" | "transferred") && sentence.contains(v)
        }) else {
            continue;
        };
        roles.push(role(pi, &persons[pi], t, mentions, Some(event)));
    }
}

/// The person who replaces person `pi` ("A thay ông B", "A thay thế bà
/// B", "A được bầu thay ông B"): the name right before the verb, and the
/// event a verb before "thay" names.
fn successor(
    text: &str,
    persons: &[PersonMention],
    pi: usize,
) -> Option<(usize, Option<&'static str>)> {
    let a = pi.checked_sub(1)?;
    let between = &text[persons[a].norm.end..persons[pi].norm.start];
    let between = between.trim_start_matches(' ');
    // Details in brackets after the first name.
    let between = match between.strip_prefix('(') {
        Some(r) => r.split_once(')')?.1.trim_start_matches(' '),
        None => between,
    };
    let (verb, event) = [
        ("được bầu ", Some("elected")),
        ("được bổ nhiệm ", Some("appointed")),
        ("được phân công ", Some("appointed")),
        ("", None),
    ]
    .iter()
    .find_map(|(w, e)| between.strip_prefix(w).map(|r| (r, *e)))?;
    let rest = ["thay thế ", "thay cho ", "thay "]
        .iter()
        .find_map(|w| verb.strip_prefix(w))?;
    ["ông ", "bà ", "đồng chí "].contains(&rest).then_some((a, event))
}

/// Where the title before a name ends when the body's initials stand in
/// brackets between them, `at` being the end of the text before the
/// name: "Chủ tịch Hiệp hội … (VASEP) Nguyễn Hữu Dũng"; otherwise `at`.
fn before_acronym(text: &str, at: usize) -> usize {
    let head = text[..at].trim_end_matches(' ');
    let Some(inner) = head.strip_suffix(')') else { return at };
    let Some(open) = inner.rfind('(') else { return at };
    let initials = &inner[open + 1..];
    let ok = (2..=12).contains(&initials.chars().count())
        && initials
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'))
        && initials.chars().filter(|c| c.is_uppercase()).count() >= 2
        && text[..open].ends_with(' ');
    if ok { text[..open].trim_end_matches(' ').len() } else { at }
}

/// Where the title before a name ends when the units above the title's
/// own follow it, each after a comma, `at` being the end of the text
/// before the name: "Chủ tịch UBND xã Tân Lập, huyện Sơn Dương, tỉnh
/// Tuyên Quang, ông X"; otherwise `at`.
fn before_units(text: &str, at: usize, mentions: &[Mention]) -> usize {
    let mut at = at;
    for _ in 0..3 {
        let head = text[..at].trim_end_matches([' ', ',']);
        let Some(place) = mentions
            .iter()
            .find(|m| m.kind == EntityType::Place && m.norm.end == head.len())
        else {
            break;
        };
        let before = text[..place.norm.start].trim_end_matches(' ');
        let Some(unit) =
            ["tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
        else {
            break;
        };
        let Some(b) = unit.strip_suffix(", ") else { break };
        at = b.len();
    }
    at
}

/// Words between a title and the name it is given to.
const GIVEN_TO: &[&str] = &[
    " đối với các ông:",
    " đối với các bà:",
    " đối với các đồng chí:",
    " đối với các ông",
    " đối với các bà",
    " đối với các đồng chí",
    " đối với đồng chí",
    " đối với ông",
    " đối với bà",
    " với ông",
    " với bà",
    " cho ông",
    " cho bà",
];

/// The event of a post given through "T đối với ông X", from the verb
/// before the post, `head` being the text before it: "bầu bổ sung chức
/// danh T đối với ông X" (`elected`), "bổ nhiệm chức vụ T cho bà Y"
/// (`appointed`); none for a proposal ("đề nghị bầu bổ sung chức danh").
fn given_event(head: &str) -> Option<&'static str> {
    let head = head.trim_end_matches(' ');
    // The number of posts given: "bầu 2 Ủy viên UBND tỉnh đối với …".
    let head = match head.rsplit_once(' ') {
        Some((h, n))
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            h
        }
        _ => head,
    };
    // The verb may hold the word itself ("cách chức T đối với ông X");
    // else the word ends the head after the verb ("bầu chức danh T").
    let without_word = || {
        ["chức danh", "chức vụ", "chức", "tư cách"].iter().find_map(|w| {
            head.strip_suffix(w)
                .filter(|b| b.is_empty() || b.ends_with(' '))
                .map(|b| b.trim_end_matches(' '))
        })
    };
    let event = |h: &str| event_before(h).filter(|&e| e != PROPOSAL);
    event(head).or_else(|| event(without_word()?))
}

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
            let t_end = term_start(text[..at].trim_end_matches(' '));
            // "quyết định của T cho ông X": T gives, X receives.
            return titles.iter().copied().find(|&t| {
                mentions[t].norm.end == t_end
                    && !text[..mentions[t].norm.start]
                        .trim_end_matches(' ')
                        .ends_with(" của")
            });
        }
        // The name before, joined by "và" or a comma, with what follows it
        // up to here in brackets.
        if k == 0 {
            return None;
        }
        let prev = &persons[k - 1];
        let between = &text[prev.norm.end..start];
        // A rank may stand for "ông": "… và Đại tá Bùi Quang Thắng".
        let between = RANKS
            .iter()
            .find_map(|r| {
                between
                    .strip_suffix(' ')
                    .and_then(|b| b.strip_suffix(r))
                    .filter(|b| b.ends_with(' '))
            })
            .unwrap_or(between);
        let joined =
            between.trim_start_matches(|c| c != ')' && c != ',' && c != 'v');
        let ok = (between.len() < 120)
            && (between.ends_with(" và ông ")
                || between.ends_with(" và bà ")
                || between.ends_with(", ông ")
                || between.ends_with(", bà ")
                || between.ends_with(" và "))
            && !joined.contains(['.', ';']);
        // Or items of a name and its posts: "…: A, T1; B, T2".
        if !ok && !item_before(text, persons, k) {
            return None;
        }
        let _ = before;
        start = prev.norm.start;
        k -= 1;
    }
}

/// Military and police ranks, which may take the place of "ông" before a
/// name in a list.
const RANKS: &[&str] = &[
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
];

/// Where `head` ends once a term written after a title is left out:
/// "đại biểu HĐND TP khóa XV (nhiệm kỳ 2016 - 2021)" ends after "TP".
fn term_start(head: &str) -> usize {
    let mut head = head;
    if head.ends_with(')')
        && let Some(open) = head.rfind('(')
        && head.len() - open < 60
    {
        head = head[..open].trim_end_matches(' ');
    }
    for w in [" khóa ", " khoá ", " nhiệm kỳ "] {
        if let Some(k) = head.rfind(w)
            && head.len() - k < w.len() + 12
            && !head[k + w.len()..].contains([',', '.', ';'])
        {
            head = head[..k].trim_end_matches(' ');
            break;
        }
    }
    head.len()
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
    Role {
        norm,
        person: pi,
        title: t,
        former: m.former,
        event,
        body: None,
        village: None,
    }
}

/// The name of the village that a village post names right after it
/// ("Trưởng thôn Đông Lâm", "Trưởng bản Na Phìn", "Bí thư chi bộ thôn
/// 3"): up to three capitalized words, or a number, up to a mark or to
/// the name of `person` when it follows.
fn village_named(
    text: &str,
    title: &Mention,
    person: &PersonMention,
) -> Option<Range<usize>> {
    let start = title.norm.end + 1;
    let end = if person.norm.start >= start {
        person.norm.start
    } else {
        text.len()
    };
    let rest = text.get(start..end)?;
    let mut len = 0;
    for (k, w) in rest.split(' ').enumerate() {
        // The word up to a mark after it ("Na Phìn,").
        let word = &w[..w
            .char_indices()
            .find(|&(_, c)| !crate::normalize::is_word_char(c))
            .map_or(w.len(), |(i, _)| i)];
        let number =
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        if k == 3 || !(number || word.starts_with(char::is_uppercase)) {
            break;
        }
        len += word.len() + usize::from(k > 0);
        if number || word.len() < w.len() {
            break;
        }
    }
    // The post ends with the village's type word, as persons read it.
    let village = len > 0
        && crate::recognize::person::village_type_end(text, start + len)
            == title.norm.end;
    village.then_some(start..start + len)
}

/// The posts of an office whose name follows them, in lower case as
/// written: "Trưởng khoa", "Phó Trưởng phòng", "Trưởng trạm", "Trưởng
/// ban" ("Trưởng ban Đại diện Hội Người cao tuổi tỉnh").
const OFFICE_NOUNS: &[&str] = &[" khoa", " phòng", " trạm", " đội", " ban"];

/// The name of the office after `title`, a post of an office the
/// dictionaries do not know ("Trưởng khoa Hồi sức tích cực", "Phó Trưởng
/// phòng Cảnh sát hình sự"): from a capital, up to a mark, "thuộc" or
/// "của", a verb of saying, or `end` (the name of the person after the
/// post), twelve syllables at most ("Trưởng phòng Khảo thí và Kiểm định
/// chất lượng giáo dục"). None where nothing bounds it, or the post has a
/// body.
fn office_named(
    text: &str,
    title: &Mention,
    end: usize,
) -> Option<Range<usize>> {
    let start = office_start(text, title)?;
    let rest = text.get(start..end.max(start))?;
    // Twelve words fit in far fewer chars than these: what lies beyond
    // is read no further.
    let cut = rest.char_indices().nth(128).map_or(rest.len(), |(i, _)| i);
    let (rest, end) = if cut < rest.len() {
        (&rest[..cut], text.len())
    } else {
        (rest, end)
    };
    // A dash before a capital joins two fields of one office ("khoa Hồi
    // sức tích cực - Chống độc"); a verb of saying ends the name.
    let dash = [" - ", " – "].iter().filter_map(|m| {
        rest.match_indices(m)
            .find(|(i, m)| {
                !rest[i + m.len()..].starts_with(char::is_uppercase)
            })
            .map(|(i, _)| i)
    });
    let bound = [
        ",",
        ";",
        ".",
        "(",
        ")",
        ":",
        "\n",
        " thuộc ",
        " của ",
        " chia sẻ",
        " cho biết",
        " cho hay",
        " nói",
        " phát biểu",
        " khẳng định",
        " nhấn mạnh",
        " thông tin",
        " nhận định",
        " cho rằng",
        " đánh giá",
        " đề nghị",
        " kiến nghị",
        " đề xuất",
        " giải thích",
        " trao đổi",
        " báo cáo",
    ]
    .iter()
    .filter_map(|m| rest.find(m))
    .chain(dash)
    .min();
    let len = match bound {
        Some(b) => b,
        // Up to the person's name after the post.
        None if end < text.len() => rest.trim_end().len(),
        None => return None,
    };
    let name = rest[..len].trim_end();
    let words = name.split(' ').count();
    let plain =
        name.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    (words <= 12 && plain && !name.is_empty())
        .then_some(start..start + name.len())
}

/// Where the name of the office after `title` starts, when the title is
/// the post of an office the dictionaries do not know (see
/// [`office_named`]).
fn office_start(text: &str, title: &Mention) -> Option<usize> {
    let written = &text[title.norm.clone()];
    if title.organization.is_some()
        || !OFFICE_NOUNS.iter().any(|n| written.ends_with(n))
    {
        return None;
    }
    let start = title.norm.end + 1;
    (text[title.norm.end..].starts_with(' ')
        && text.get(start..)?.starts_with(char::is_uppercase))
    .then_some(start)
}

/// The office after `title` named up to a body the gazetteer knows, which
/// it belongs to: "Trưởng phòng Cảnh sát hình sự Công an tỉnh Long An",
/// "Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai". Returns the range
/// from the office's name to the body's end, and the body (an index into
/// `mentions`, whose organizations `orgs_from` gives by their starts).
fn office_of_body(
    text: &str,
    title: &Mention,
    mentions: &[Mention],
    orgs_from: &[(usize, usize)],
) -> Option<(Range<usize>, usize)> {
    let start = office_start(text, title)?;
    let mut at = start;
    for _ in 0..6 {
        let word_end = text[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |k| at + k);
        if word_end == at
            || !text[word_end..].starts_with(' ')
            || matches!(&text[at..word_end], "thuộc" | "của")
        {
            return None;
        }
        at = word_end + 1;
        if let Some(o) = first_at(orgs_from, at) {
            return Some((start..mentions[o].norm.end, o));
        }
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_starts_with_a_byte_the_chain_looks_for() {
        for (v, _) in VERBS {
            assert!(opens_verb(v.as_bytes()[0]), "{v}");
        }
    }

    #[test]
    fn no_proposal_word_overlaps_itself() {
        // What `proposes` relies on to try word starts alone.
        for w in PROPOSED {
            for (k, _) in w.char_indices().skip(1) {
                assert!(!w.starts_with(&w[k..]), "{w}");
            }
        }
        assert!(proposes("hđnd đề nghị bầu"));
        assert!(proposes("đề cử"));
        assert!(!proposes("kiến nghị đề nghịx"));
    }

    #[test]
    fn the_verbs_that_end_a_head() {
        assert_eq!(event_before("HĐND tỉnh đã bầu ông"), Some("elected"));
        assert_eq!(
            event_before("quyết định điều động, luân chuyển đồng chí"),
            Some("transferred")
        );
        assert_eq!(event_before("bầu"), Some("elected"));
        assert_eq!(event_before(""), None);
        assert_eq!(event_before("đề nghị HĐND bầu ông"), Some(PROPOSAL));
    }
}
