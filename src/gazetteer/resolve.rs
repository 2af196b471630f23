//! From dictionary hits to entities: places chosen among namesakes,
//! organizations and titles composed from their parts.
//!
//! - **Places.** A type word before the name ("tỉnh", "huyện", "xã",
//!   "TP.", "thị xã", …) keeps only the units of that type. Without one, a
//!   district or commune counts only when the document also names its
//!   province or district; and among what is left the highest level wins,
//!   the others' codes going to `alternatives`. The document date chooses
//!   between the units before and after the 1 July 2025 reorganization.
//! - **Organizations.** A body ("UBND", "Ban Thường vụ") takes the body it
//!   belongs to ("Ban Thường vụ Tỉnh ủy"), then a type word and a place
//!   ("UBND tỉnh Thanh Hoá"); one without a place ("UBND tỉnh") belongs to
//!   the unit of that level the document is about.
//! - **Titles.** \[prefix\] post \[suffix\] \[body\]: "Phó Bí thư Thường trực
//!   Tỉnh ủy" is one title; its body is also an organization.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::dict::{Entry, Kind};
use super::{Gazetteer, Hit, same_syllable};
use crate::normalize::Views;
use crate::output::EntityType;

/// An entity found in the canonical view, before spans are attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Range in the canonical view.
    pub norm: Range<usize>,
    /// What it is.
    pub kind: EntityType,
    /// Canonical name.
    pub normalized: String,
    /// Dictionary id.
    pub id: Option<String>,
    /// Places: level.
    pub level: Option<String>,
    /// Places: official code.
    pub code: Option<String>,
    /// Places: period.
    pub period: Option<String>,
    /// Places: the canonical name of the unit above.
    pub parent: Option<String>,
    /// Places: the canonical name of the main successor.
    pub successor: Option<String>,
    /// Organizations and titles: the place the body belongs to.
    pub place: Option<String>,
    /// Places: codes of the other units the name could mean.
    pub alternatives: Vec<String>,
    /// Organizations: the body's canonical name without its place
    /// ("Ban Thường vụ Tỉnh ủy"). Titles: the post without its body and
    /// without "Nguyên" ("Phó Bí thư Thường trực").
    pub base: Option<String>,
    /// Titles: the canonical name of the body the post is in, with its
    /// place ("Tỉnh ủy Thanh Hóa"), and that body without its place.
    pub organization: Option<(String, String)>,
    /// Titles: a former post ("nguyên Chủ tịch").
    pub former: bool,
    /// Titles: a rank or a degree alone ("Đại tá", "PGS.TS"), which may
    /// stand before a name in a list as "ông" does.
    pub address: bool,
    /// Persons: the gender the dictionary gives.
    pub gender: Option<&'static str>,
    /// Organizations: a body in its own right named inside this one
    /// ("Tỉnh ủy Lâm Đồng" in "Ban Thường vụ Tỉnh ủy Lâm Đồng"), a
    /// mention of its own once the text is read.
    pub inner: Option<Box<Mention>>,
}

impl Mention {
    fn new(norm: Range<usize>, kind: EntityType, normalized: String) -> Self {
        Mention {
            norm,
            kind,
            normalized,
            id: None,
            level: None,
            code: None,
            period: None,
            parent: None,
            successor: None,
            place: None,
            alternatives: Vec::new(),
            base: None,
            organization: None,
            former: false,
            address: false,
            inner: None,
            gender: None,
        }
    }
}

/// A type word of an administrative unit.
#[derive(Debug, Clone, Copy)]
struct LevelWord {
    /// Folded form in the text.
    folded: &'static str,
    /// The form with diacritics, to check the text against.
    written: &'static str,
    /// Abbreviation: must be written with a capital.
    abbrev: bool,
    /// The `kind` column values it selects.
    kinds: &'static [&'static str],
    /// The level it names.
    level: &'static str,
}

const CITY: &[&str] = &["thành phố trung ương", "thành phố"];

impl LevelWord {
    /// The type word spelled out, for canonical names ("TP" is "thành
    /// phố", "H." is "huyện").
    fn spelled(&self) -> &'static str {
        match self.folded {
            "tp" | "tp." => "thành phố",
            "tx" | "tx." => "thị xã",
            "h." => "huyện",
            "q." => "quận",
            "p." => "phường",
            "tt." => "thị trấn",
            _ => self.written,
        }
    }
}

const LEVEL_WORDS: &[LevelWord] = &[
    LevelWord {
        folded: "thanh pho",
        written: "thành phố",
        abbrev: false,
        kinds: CITY,
        level: "",
    },
    LevelWord {
        folded: "tp.",
        written: "tp.",
        abbrev: true,
        kinds: CITY,
        level: "",
    },
    LevelWord {
        folded: "tp",
        written: "tp",
        abbrev: true,
        kinds: CITY,
        level: "",
    },
    LevelWord {
        folded: "tinh",
        written: "tỉnh",
        abbrev: false,
        kinds: &["tỉnh"],
        level: "province",
    },
    LevelWord {
        folded: "huyen",
        written: "huyện",
        abbrev: false,
        kinds: &["huyện"],
        level: "district",
    },
    LevelWord {
        folded: "quan",
        written: "quận",
        abbrev: false,
        kinds: &["quận"],
        level: "district",
    },
    LevelWord {
        folded: "thi xa",
        written: "thị xã",
        abbrev: false,
        kinds: &["thị xã"],
        level: "district",
    },
    LevelWord {
        folded: "tx.",
        written: "tx.",
        abbrev: true,
        kinds: &["thị xã"],
        level: "district",
    },
    LevelWord {
        folded: "tx",
        written: "tx",
        abbrev: true,
        kinds: &["thị xã"],
        level: "district",
    },
    LevelWord {
        folded: "h.",
        written: "h.",
        abbrev: true,
        kinds: &["huyện"],
        level: "district",
    },
    LevelWord {
        folded: "q.",
        written: "q.",
        abbrev: true,
        kinds: &["quận"],
        level: "district",
    },
    LevelWord {
        folded: "p.",
        written: "p.",
        abbrev: true,
        kinds: &["phường"],
        level: "commune",
    },
    LevelWord {
        folded: "thi tran",
        written: "thị trấn",
        abbrev: false,
        kinds: &["thị trấn"],
        level: "commune",
    },
    LevelWord {
        folded: "tt.",
        written: "tt.",
        abbrev: true,
        kinds: &["thị trấn"],
        level: "commune",
    },
    LevelWord {
        folded: "xa",
        written: "xã",
        abbrev: false,
        kinds: &["xã"],
        level: "commune",
    },
    LevelWord {
        folded: "phuong",
        written: "phường",
        abbrev: false,
        kinds: &["phường"],
        level: "commune",
    },
    LevelWord {
        folded: "dac khu",
        written: "đặc khu",
        abbrev: false,
        kinds: &["đặc khu"],
        level: "commune",
    },
];

/// Party committees named by their level: the unit after one is of that
/// type, as after a type word ("Huyện ủy Lang Chánh" is the district).
const COMMITTEES: &[LevelWord] = &[
    LevelWord {
        folded: "tinh uy",
        written: "tỉnh ủy",
        abbrev: false,
        kinds: &["tỉnh"],
        level: "province",
    },
    LevelWord {
        folded: "thanh uy",
        written: "thành ủy",
        abbrev: false,
        kinds: CITY,
        level: "",
    },
    LevelWord {
        folded: "huyen uy",
        written: "huyện ủy",
        abbrev: false,
        kinds: &["huyện"],
        level: "district",
    },
    LevelWord {
        folded: "quan uy",
        written: "quận ủy",
        abbrev: false,
        kinds: &["quận"],
        level: "district",
    },
    LevelWord {
        folded: "thi uy",
        written: "thị ủy",
        abbrev: false,
        kinds: &["thị xã"],
        level: "district",
    },
];

/// [`LEVEL_WORDS`] then [`COMMITTEES`], as [`Ctx::level_before`] tries
/// them, each with the last two bytes of its folded form.
const BEFORE_HIT: [(u16, LevelWord); LEVEL_WORDS.len() + COMMITTEES.len()] = {
    let mut out = [(0, LEVEL_WORDS[0]); LEVEL_WORDS.len() + COMMITTEES.len()];
    let mut k = 0;
    while k < out.len() {
        let lw = if k < LEVEL_WORDS.len() {
            LEVEL_WORDS[k]
        } else {
            COMMITTEES[k - LEVEL_WORDS.len()]
        };
        let b = lw.folded.as_bytes();
        out[k] = (u16::from_le_bytes([b[b.len() - 2], b[b.len() - 1]]), lw);
        k += 1;
    }
    out
};

/// The party committees named by their level, lower case ("huyện ủy").
pub(crate) fn committees() -> impl Iterator<Item = &'static str> {
    COMMITTEES.iter().map(|c| c.written)
}

/// Single-syllable place names that are also common words or given names
/// ("Anh", "Nam", "Đức", "Mỹ"): found only away from other capitalized
/// words and not at the start of a sentence.
const COMMON: &[&str] = &[
    "anh", "nam", "duc", "my", "nga", "phap", "y", "uc", "bi", "lao", "ha",
    "an", "hoa", "binh", "son", "long", "phu", "tan", "thanh", "trung",
    "nhat", "ao", "vien", "sec", "sip", "cuba", "chad",
];

/// Words whose first syllable is a one-syllable name of [`COMMON`]
/// (folded), with their second syllable in lower case: "Mỹ thuật", "Pháp
/// luật", "Nhật ký", "Ý kiến".
const WORDS_OF_NAMES: &[(&str, &[&str])] = &[
    ("my", &["thuật", "phẩm", "nghệ", "quan", "học", "mãn", "viện"]),
    ("anh", &["hùng", "em", "chị", "ta", "ấy", "dũng"]),
    ("phap", &["luật", "lý", "nhân", "chế", "quyền", "y", "lệnh", "trị"]),
    ("nhat", &["ký", "báo", "thực", "trình"]),
    ("y", &["kiến", "nghĩa", "thức", "chí", "tưởng", "định", "tế"]),
    ("duc", &["tin", "độ", "tính"]),
    ("nam", &["bộ", "giới", "sinh", "nữ"]),
];

/// Countries of one syllable that, opening a sentence before a verb,
/// are the country: none is a pronoun or a common given name.
const SUBJECT_COUNTRIES: &[&str] =
    &["Mỹ", "Pháp", "Nhật", "Lào", "Úc", "Nga", "Ý"];

/// Type words before a unit's name in an address chain, in lower case.
const CHAIN_TYPES: &[&str] = &[
    "thành phố ",
    "thị xã ",
    "thị trấn ",
    "huyện ",
    "quận ",
    "tỉnh ",
    "phường ",
    "xã ",
    "tp. ",
    "tp.",
    "tp ",
    "tx. ",
    "tx.",
    "tx ",
    "q. ",
    "q.",
    "h. ",
    "h.",
];

/// Words after a subject: "là", "và" and the adverbs before a verb.
const AFTER_SUBJECT: &[&str] = &[
    "là", "và", "đã", "sẽ", "đang", "vừa", "cũng", "có", "không", "chiếm",
    "tiếp", "áp", "phản", "tuyên", "kêu", "yêu", "đạt", "dẫn", "cảnh",
];

/// Airports and stations (folded): a bare name after one is theirs.
const STATIONS: &[&str] =
    &["san bay", "cang hang khong", "ga", "nha ga", "ben xe"];

/// Streets, monuments and professions, in lower case: a name without a
/// type word after one is no administrative unit.
const NAMED_AFTER_PERSONS: &[&str] = &[
    "đường",
    "phố",
    "ngõ",
    "hẻm",
    "đại lộ",
    "tượng đài",
    "đền",
    "lăng",
    "nhà văn",
    "nhà thơ",
    "nhà báo",
    "nhạc sĩ",
    "họa sĩ",
    "ca sĩ",
    "nghệ sĩ",
    "diễn viên",
    "đạo diễn",
    "vua",
    "danh tướng",
];

/// The last words of [`NAMED_AFTER_PERSONS`].
const NAMED_AFTER_TAILS: &[&str] = &[
    "đường",
    "phố",
    "ngõ",
    "hẻm",
    "lộ",
    "đài",
    "đền",
    "lăng",
    "văn",
    "thơ",
    "báo",
    "sĩ",
    "viên",
    "diễn",
    "vua",
    "tướng",
];

/// Forms of address: a name after one is a person's ("chị Nga", "ông
/// Đức").
const ADDRESS: &[&str] = &[
    "anh", "chi", "ong", "ba", "em", "co", "chu", "bac", "cu", "chau", "di",
    "thim", "mo", "cau",
];

/// The rank of a level: higher wins when the text does not decide.
fn rank(level: &str) -> u8 {
    match level {
        "country" | "province" | "region" => 3,
        "city" | "district" => 2,
        "commune" => 1,
        _ => 0,
    }
}

/// One document's context.
struct Ctx<'g> {
    g: &'g Gazetteer,
    views: &'g Views,
    /// `Some(true)` after 1 July 2025, `Some(false)` before.
    after_2025: Option<bool>,
    province_codes: Vec<String>,
    district_codes: Vec<String>,
    /// [`Ctx::bare_ok`] of each hit, once known: it does not change
    /// between the passes.
    bare: Vec<std::cell::Cell<Option<bool>>>,
    /// The parents the dictionaries do not know, named inside a body's
    /// name ("Ngân hàng SHB" in "HĐQT Ngân hàng SHB"): organizations of
    /// their own too.
    parents: std::cell::RefCell<Vec<Range<usize>>>,
    /// A bank and its short name, named inside the name of its branch
    /// ("Ngân hàng Nhà nước (NHNN) Chi nhánh Khu vực 10"): bodies of their
    /// own too.
    glossed: std::cell::RefCell<Vec<Mention>>,
    /// The buffer of [`Ctx::choose`]'s candidates, kept from one hit to
    /// the next (a call made while it is out takes a new one).
    cands: std::cell::Cell<Vec<u32>>,
    /// Whether the text was typed without diacritics: only then does a
    /// plain word stand for a type word with marks ("quan" for "quận").
    plain: bool,
}

/// A place resolved for a hit.
#[derive(Debug, Clone)]
struct Resolved {
    entry: u32,
    alternatives: Vec<String>,
}

/// Resolves `hits` (from [`Gazetteer::find`]) into mentions, in text
/// order. `date` is the document date, `YYYY-MM-DD`.
pub fn resolve(
    g: &Gazetteer,
    views: &Views,
    hits: &[Hit],
    date: Option<&str>,
) -> Vec<Mention> {
    debug_assert!(
        hits.windows(2).all(|w| w[0].norm.end <= w[1].norm.start),
        "hits are in text order and do not overlap"
    );
    let mut ctx = Ctx {
        g,
        views,
        after_2025: date.map(|d| d >= "2025-07-01"),
        province_codes: Vec::new(),
        district_codes: Vec::new(),
        bare: vec![std::cell::Cell::new(None); hits.len()],
        parents: std::cell::RefCell::new(Vec::new()),
        glossed: std::cell::RefCell::new(Vec::new()),
        cands: std::cell::Cell::new(Vec::new()),
        plain: super::is_plain(&views.norm.text),
    };
    let mut levels: Vec<Option<(LevelWord, Range<usize>)>> =
        hits.iter().map(|h| ctx.level_before(h)).collect();
    // The type word of a plural list is each item's: "các xã Đông Hải,
    // Thạnh Hòa và Tân Lập" names three communes; an item takes it when a
    // unit of that kind has its name. (An item's range is the list's type
    // word, which "các" or a number opens.)
    for i in 1..hits.len() {
        let Some((lw, r)) = levels[i - 1].clone() else { continue };
        let norm = ctx.norm();
        let gap = &norm[hits[i - 1].norm.end..hits[i].norm.start];
        let listed = matches!(gap, ", " | " và " | ", và ");
        let before = norm[..r.start].trim_end().rsplit(' ').next();
        let plural = before.is_some_and(|w| {
            matches!(w, "các" | "Các")
                || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        });
        let kind = || {
            hits[i].entries.iter().any(|&e| {
                let e = g.entry(e);
                e.kind() == Kind::Place && lw.kinds.contains(&e.unit.as_ref())
            })
        };
        if levels[i].is_none() && listed && plural && kind() {
            levels[i] = Some((lw, r));
        }
    }
    // Pass 1: places the text settles by itself, which then anchor the
    // others.
    let mut places: Vec<Option<Resolved>> = vec![None; hits.len()];
    for (i, h) in hits.iter().enumerate() {
        let lw = levels[i].as_ref().map(|l| l.0);
        if let Some(r) = ctx.choose(h, lw, false, i, hits) {
            let e = g.entry(r.entry);
            let settled = lw.is_some() || r.alternatives.is_empty();
            // Each code once: the list is searched for every hit.
            let add = |codes: &mut Vec<String>, code: &str| {
                if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_string());
                }
            };
            if settled && e.level == "province" {
                add(&mut ctx.province_codes, &e.code);
            }
            if settled && e.level == "district" {
                add(&mut ctx.district_codes, &e.code);
                if let Some(p) = g.get(&e.parent) {
                    add(&mut ctx.province_codes, &p.code);
                }
            }
        }
    }
    for (i, h) in hits.iter().enumerate() {
        let lw = levels[i].as_ref().map(|l| l.0);
        places[i] = ctx.choose(h, lw, true, i, hits);
    }
    let main = Main::of(g, &places);
    // Mentions are large: room for one per hit and a few more at once.
    let mut out = Vec::with_capacity(hits.len() + 8);
    // Bare bodies waiting for the place of a list they open: "HĐND, UBND,
    // Ủy ban MTTQ tỉnh Lào Cai" names the council and the committee of
    // Lào Cai too.
    let mut listed: Vec<Mention> = Vec::new();
    // The end of the last organization, and whether the list it is in
    // opens on a plural ("các Thành ủy, Tỉnh ủy"): bare bodies there are
    // many, no entity of their own.
    let (mut last_end, mut plural) = (None, false);
    // A post of a body that names no unit or no parent, waiting for the
    // next post of its list to name it ([`Ctx::unit_of_next`]).
    let mut unitless: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < hits.len() {
        if let Some((end, mut ms)) = ctx.title(i, hits, &places, &main) {
            let t = ms.iter().position(|m| m.kind == EntityType::Title);
            if let (Some((p, parent)), Some(t)) = (unitless.take(), t) {
                ctx.unit_of_next(&mut out[p], parent, &ms[t]);
            }
            unitless = t.and_then(|t| {
                ctx.names_no_unit(&ms, t).map(|parent| (out.len() + t, parent))
            });
            out.append(&mut ms);
            // Places inside the title are mentions too. Each is taken
            // out of `places`: only the hits from `end` on look at it
            // again.
            for j in i..end {
                if let Some(r) = places[j].take() {
                    out.push(ctx.place_mention(hits[j].norm.clone(), r));
                }
            }
            i = end;
            continue;
        }
        if let Some((end, mut m)) = ctx.org(i, hits, &places, &main) {
            // An abbreviation in brackets right after a body names it, and
            // its place: "Ngân hàng Chính sách xã hội tỉnh Nghệ An
            // (NHCSXH)".
            let norm = ctx.norm();
            // (The places inside the body come after it.)
            let glossed = (norm[..m.norm.start].ends_with(" (")
                && norm[m.norm.end..].starts_with(')'))
            .then(|| {
                out.iter().rev().find(|o| {
                    o.kind == EntityType::Organization
                        && o.norm.end + " (".len() == m.norm.start
                })
            })
            .flatten()
            .filter(|o| o.id == m.id && o.place.is_some());
            if let Some(o) = glossed {
                m.normalized.clone_from(&o.normalized);
                m.place.clone_from(&o.place);
            }
            if !last_end.is_some_and(|e| ctx.list_next(e, m.norm.start)) {
                listed.clear();
                plural = ctx.counted(m.norm.start, m.norm.end);
            }
            last_end = Some(m.norm.end);
            // A body of a level below the nation, written on its own.
            let bare = end == i + 1
                && m.norm == hits[i].norm
                && ctx
                    .entry_of(hits, i, Kind::Organization, &[])
                    .is_some_and(|e| ctx.g.entry(e).level != "national");
            // Bodies of many units, named by the units' type word alone:
            // "các trạm y tế xã, phường".
            let of_many_units = plural
                && m.place.is_none()
                && crate::normalize::with_lower(&norm[m.norm.clone()], |t| {
                    [" xã", " phường", " huyện", " quận", " tỉnh", " thị trấn"]
                        .iter()
                        .any(|w| t.ends_with(w))
                });
            if plural && bare || of_many_units {
                listed.clear();
            } else if ctx.generic(&m, i, end, hits) {
                listed.push(m);
            } else {
                if !listed.is_empty()
                    && let Some(tail) = m
                        .base
                        .as_deref()
                        .and_then(|b| m.normalized.strip_prefix(b))
                        .filter(|t| t.starts_with(' '))
                {
                    for mut l in listed.drain(..) {
                        l.normalized.push_str(tail);
                        l.place.clone_from(&m.place);
                        out.push(l);
                    }
                }
                listed.clear();
                out.push(m);
            }
            for j in i..end {
                if let Some(r) = places[j].take() {
                    out.push(ctx.place_mention(hits[j].norm.clone(), r));
                }
            }
            i = end;
            continue;
        }
        if let Some(r) = places[i].take() {
            out.push(ctx.place_mention(hits[i].norm.clone(), r));
        } else if let Some(p) = ctx.person(&hits[i]).filter(|p| {
            !crate::recognize::person::named_after(
                &views.norm.text[..p.norm.start],
            )
        }) {
            out.push(p);
        }
        i += 1;
    }
    // The bodies named inside others are mentions of their own.
    let inner: Vec<Mention> =
        out.iter_mut().filter_map(|m| m.inner.take()).map(|m| *m).collect();
    for m in inner {
        if !out.iter().any(|o| o.norm == m.norm) {
            out.push(m);
        }
    }
    for m in ctx.glossed.take() {
        if !out.iter().any(|o| o.norm == m.norm) {
            out.push(m);
        }
    }
    for r in ctx.parents.take() {
        let body = &views.norm.text[r.clone()];
        let mut org =
            Mention::new(r, EntityType::Organization, body.to_string());
        org.base = Some(body.to_string());
        out.push(org);
    }
    // Companies and other bodies the dictionaries do not know, named on
    // their own: "Công ty cổ phần Thủy điện Miền Trung", "Tập đoàn FPT".
    // Places may be part of such a name ("… Miền Trung"); other
    // mentions may not, but the president's name, which names many
    // bodies ("Học viện Chính trị quốc gia Hồ Chí Minh").
    let president = |m: &Mention| {
        m.kind == EntityType::Person && m.normalized == "Hồ Chí Minh"
    };
    let mut taken: Vec<Range<usize>> = out
        .iter()
        .filter(|m| m.kind != EntityType::Place && !president(m))
        .map(|m| m.norm.clone())
        .collect();
    taken.sort_by_key(|r| r.start);
    let norm = &views.norm.text;
    for m in STANDALONE_AC.find_iter(norm.as_str()) {
        let at = m.start();
        let k = taken.partition_point(|r| r.end <= at);
        if taken.get(k).is_some_and(|r| r.start <= at) {
            continue;
        }
        // Nor inside a place's name ("Hải Phòng").
        if out.iter().any(|p| {
            p.kind == EntityType::Place && p.norm.start < at && at < p.norm.end
        }) {
            continue;
        }
        // After a space, or opening the text, a line or a bracket.
        if !(at == 0 || norm[..at].ends_with([' ', '\n', '(', '"', '“'])) {
            continue;
        }
        // A department is named by a word: not a number ("Phòng 70", a
        // room) nor a season ("Vụ Xuân", "Vụ Hè Thu": "vụ" is a crop).
        if matches!(&norm[at..m.end()], "Vụ" | "Phòng") {
            let word = norm[m.end()..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.']).next())
                .unwrap_or("");
            if !word.starts_with(char::is_alphabetic)
                || ["Xuân", "Hè", "Thu", "Đông", "Mùa", "Chiêm"]
                    .contains(&word)
            {
                continue;
            }
        }
        let next = hits.partition_point(|h| h.norm.start < at);
        let Some(r) = ctx.body_at(at, hits, next) else { continue };
        // On its own, a body's name ends at an amount or a verb ("Công ty
        // cổ phần Gỗ MDF Nghệ An nhằm …").
        let mut end = at + (m.end() - at);
        // The word before and this one in lower case: two buffers that
        // trade places from one word to the next.
        let (mut prev, mut lower) = (String::new(), String::new());
        let mut after_brand = false;
        for w in norm[end..r.end].split(' ').filter(|w| !w.is_empty()) {
            // Only spaces come between `end` and the word.
            let w_at = w.as_ptr() as usize - norm.as_ptr() as usize;
            lower.clear();
            crate::normalize::lower_into(w, &mut lower);
            let capital = w.starts_with(|c: char| c.is_uppercase());
            let amount = w.contains(|c: char| c.is_ascii_digit())
                && w.contains(['.', ',']);
            // A verb that ends a word of two ("thiết bị", "hàng không")
            // is part of the name.
            let compound = is_compound(&prev, &lower);
            // (The name holds "tại" only where it gives a foreign body's
            // seat: "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam".)
            if amount
                || (!capital
                    && !compound
                    && lower != "tại"
                    && STANDALONE_STOPS.contains(&lower.as_str()))
                || after_brand && w.starts_with(char::is_lowercase)
            {
                break;
            }
            // A brand, a capitalized word in plain letters that is no
            // Vietnamese syllable, ends the name: words in lower case after
            // it say what the body does ("Công ty Vinamilk mở rộng …",
            // "Hãng hàng không Vietjet Air mở …"); but "Viện Khoa học".
            after_brand = w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic())
                && w.chars().any(|c| c.is_ascii_lowercase())
                && !crate::recognize::person::is_syllable(w);
            end = w_at + w.len();
            std::mem::swap(&mut prev, &mut lower);
        }
        let r = r.start..end;
        let body = norm[r.clone()].trim_end_matches(['-', '&', ' ']);
        let r = r.start..r.start + body.len();
        // A name cut at a head noun whose own name goes on in lower case
        // ("Cơ quan Thường trực của Ban chỉ đạo …") is no name.
        let mut last_two = body.rsplit(' ');
        let (last, before_last) = (last_two.next(), last_two.next());
        if ["Ban", "Sở", "Bộ", "Cục", "Vụ", "Phòng", "Hội", "Ủy"]
            .iter()
            .any(|h| last == Some(h))
            && before_last.is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            continue;
        }
        // A proper name after the head: a capital or a digit; and the
        // word right after it is one, or a legal form ("Công ty cổ phần
        // …"): a word in lower case there makes a common noun ("HTX
        // chuyển đổi …", "Nhà máy bia công suất 610 triệu lít").
        let after_head = &body[m.end() - at..];
        let first_ok = after_head.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || [
                    "cổ phần",
                    "trách nhiệm",
                    "thương mại cổ phần",
                    "một thành viên",
                ]
                .iter()
                .any(|f| r.starts_with(f))
                // A few such words may say what the body does before its
                // name, up to three ("Cty vàng Bồng Miêu").
                || r.split([' ', '(']).take(4).any(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
                })
        });
        // A board's head is a name of its own ("Ban Chỉ đạo", "Ban Quản
        // lý"): what it steers or manages may follow in lower case ("Ban
        // Chỉ đạo điều hành giá", "Ban Quản lý dự án đầu tư xây dựng …").
        // Counted or in the plural, such a head is a common noun ("5 BQL
        // dự án", "các Ban Quản lý dự án").
        let counted = || {
            at > 0
                && norm[..at].trim_end().rsplit(' ').next().is_some_and(|w| {
                    w.bytes().all(|b| b.is_ascii_digit())
                        || [
                            "các", "những", "nhiều", "mỗi", "từng", "Các",
                            "Những",
                        ]
                        .contains(&w)
                })
        };
        let board = BOARD_HEADS.contains(&&norm[at..m.end()])
            && after_head.len() > 1
            && !counted();
        // A body numbered among its kind is named by its number after
        // words in lower case ("Tổng công ty xây dựng công trình giao
        // thông 4").
        // (A year is no such number: "Luật HTX năm 2012".)
        let numbered = after_head.rsplit(' ').next().is_some_and(|w| {
            (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        }) && after_head.trim().contains(' ');
        let named = board
            || numbered
            || first_ok
                && after_head.split(' ').skip(1).any(|w| {
                    w.starts_with(|c: char| {
                        c.is_uppercase() || c.is_ascii_digit()
                    })
                });
        if !named || taken.iter().any(|t| t.start < r.end && r.start < t.end) {
            continue;
        }
        let mut org = Mention::new(
            r.clone(),
            EntityType::Organization,
            body.to_string(),
        );
        org.base = Some(body.to_string());
        out.retain(|p| {
            !(president(p) && r.start <= p.norm.start && p.norm.end <= r.end)
        });
        out.push(org);
        taken.push(r);
        taken.sort_by_key(|r| r.start);
    }
    // A country, region, province or district that ends an
    // organization's name is mentioned too ("Tập đoàn Lotte Hàn Quốc",
    // "Ban Chỉ đạo Tây Nguyên", "Tổng công ty Thiết bị điện Đông Anh",
    // "Ngân hàng Nhà nước Việt Nam"), unless a place
    // mention already covers it.
    let bodies: Vec<Range<usize>> = out
        .iter()
        .filter(|m| m.kind == EntityType::Organization)
        .map(|m| m.norm.clone())
        .collect();
    for body in bodies {
        if let Some(p) = ctx.unit_ending(body)
            && !out.iter().any(|m| {
                m.kind == EntityType::Place
                    && m.norm.start < p.norm.end
                    && p.norm.start < m.norm.end
            })
        {
            out.push(p);
        }
    }
    // The initials in brackets after a body the dictionaries do not know
    // name it too: "Ngân hàng Tái thiết Đức (KfW)", "Viện Khoa học và
    // Công nghệ Hàn Quốc (KIST)".
    let norm = &views.norm.text;
    let initials: Vec<Mention> = out
        .iter()
        .filter(|m| m.kind == EntityType::Organization && m.id.is_none())
        .filter_map(|m| {
            let inner = norm[m.norm.end..].strip_prefix(" (")?;
            let close = inner.find(')')?;
            let abbrev = &inner[..close];
            let caps = abbrev.chars().filter(|c| c.is_uppercase()).count();
            let ok = (2..=10).contains(&abbrev.chars().count())
                && caps >= 2
                && abbrev.starts_with(char::is_uppercase)
                && abbrev
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-'));
            let start = m.norm.end + " (".len();
            let r = start..start + close;
            (ok && !out
                .iter()
                .any(|o| o.norm.start < r.end && r.start < o.norm.end))
            .then(|| {
                let mut o = Mention::new(
                    r,
                    EntityType::Organization,
                    m.normalized.clone(),
                );
                o.base.clone_from(&m.base);
                o.place.clone_from(&m.place);
                o
            })
        })
        .collect();
    out.extend(initials);
    // The country a body's name holds is a place named ("Ủy ban MTTQ
    // Việt Nam tỉnh Hà Nam"): the dictionaries' names of such bodies
    // cover it.
    if let Some(vn) = g.index_of("iso.vn") {
        let country: Vec<Mention> = out
            .iter()
            .filter(|m| m.kind == EntityType::Organization)
            .filter_map(|m| {
                let k = norm[m.norm.clone()].find(" Việt Nam")? + 1;
                let r = m.norm.start + k..m.norm.start + k + "Việt Nam".len();
                let word_end =
                    !norm[r.end..].starts_with(char::is_alphanumeric);
                (word_end
                    && !out.iter().any(|o| {
                        o.kind == EntityType::Place
                            && o.norm.start < r.end
                            && r.start < o.norm.end
                    }))
                .then(|| {
                    let e = Resolved { entry: vn, alternatives: Vec::new() };
                    ctx.place_mention(r, e)
                })
            })
            .collect();
        out.extend(country);
    }
    short_names(&views.norm.text, hits, g, &mut out);
    out.sort_by_key(|m| (m.norm.start, std::cmp::Reverse(m.norm.end)));
    bare_heads_named_before(&mut out);
    out
}

/// Banks among the [`FIRM_HEADS`] whose full names end with the name the
/// text later calls them by: joint-stock commercial banks.
const BANK_FORMS: &[&str] =
    &["Ngân hàng TMCP", "Ngân hàng Thương mại cổ phần"];

/// Words before a firm's short name that make it a site's or a place's
/// name: "mỏ vàng Bồng Miêu", "cảng …", "xã …".
const SITES_BEFORE: &[&str] = &[
    "mỏ",
    "vàng",
    "máy",
    "cảng",
    "khu",
    "án",
    "điện",
    "chợ",
    "cầu",
    "đường",
    "xã",
    "phường",
    "huyện",
    "tỉnh",
    "thôn",
    "làng",
    "bản",
    "ấp",
    "sông",
    "núi",
    "hồ",
    "đảo",
    "biển",
    "ga",
    "sân",
    "phố",
    "quận",
    "thị",
    "vùng",
];

/// Words of a firm's legal form, which no short name holds.
const LEGAL_WORDS: &[&str] =
    &["CP", "TNHH", "TMCP", "MTV", "JSC", "Cổ", "Tập", "Công", "Tổng"];

/// Firms named again by the end of their full name: "Hưng Phát" and
/// "Địa ốc Hưng Phát" after "Công ty CP Tập đoàn Địa ốc Hưng Phát",
/// "Đông Hải" after "Ngân hàng TMCP Đông Hải". The end is its last two or
/// more capitalized words, with the trade before them ("Địa ốc",
/// "Chứng khoán"); alone it may not be a province's, a district's or a
/// country's name, which the text would mean. A post right before such a
/// name is the firm's ("Tổng Giám đốc Hưng Phát"), and a place there is
/// none.
fn short_names(
    text: &str,
    hits: &[Hit],
    g: &Gazetteer,
    out: &mut Vec<Mention>,
) {
    // The forms of each firm: (short name, normalized name, id).
    let mut forms: Vec<(String, String, Option<String>)> = Vec::new();
    for m in out.iter().filter(|m| m.kind == EntityType::Organization) {
        let name = &text[m.norm.clone()];
        let firm = FIRM_HEADS
            .iter()
            .filter(|h| **h != "Ngân hàng")
            .chain(BANK_FORMS)
            .any(|f| name.strip_prefix(f).is_some_and(|r| r.starts_with(' ')));
        if !firm {
            continue;
        }
        let words: Vec<&str> = name.split(' ').collect();
        let capital = |w: &str| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !LEGAL_WORDS.contains(&w)
        };
        let n = words.iter().rev().take_while(|w| capital(w)).count();
        if n < 2 || n + 2 > words.len() {
            continue;
        }
        let tail_start = words.len() - n;
        let tail = words[tail_start..].join(" ");
        // The trade before: a capitalized word and one in lower case.
        if tail_start >= 3
            && capital(words[tail_start - 2])
            && words[tail_start - 1].starts_with(char::is_lowercase)
        {
            let trade = words[tail_start - 2..].join(" ");
            forms.push((trade, m.normalized.clone(), m.id.clone()));
        }
        // Alone, the end may name no unit above a commune.
        let at = m.norm.end - tail.len();
        let unit = hits.iter().any(|h| {
            h.norm.end > at
                && h.norm.start < m.norm.end
                && h.entries.iter().any(|&e| {
                    let e = g.entry(e);
                    e.kind() == Kind::Place
                        && matches!(
                            e.level.as_ref(),
                            "province" | "district" | "country" | "region"
                        )
                })
        });
        if !unit {
            forms.push((tail, m.normalized.clone(), m.id.clone()));
        }
    }
    if forms.is_empty() {
        return;
    }
    let mut found: Vec<Mention> = Vec::new();
    for (form, normalized, id) in &forms {
        for (at, _) in text.match_indices(form.as_str()) {
            let end = at + form.len();
            let whole = !text[..at]
                .ends_with(|c| crate::normalize::is_word_char(c) || c == '-')
                && !text[end..].starts_with(crate::normalize::is_word_char);
            // Not inside a longer name: no capitalized word right before
            // (a post may stand there) or after.
            let prev = text[..at].trim_end_matches(' ');
            let prev_word = prev
                .rsplit(|c: char| !crate::normalize::is_word_char(c))
                .next()
                .unwrap_or("");
            let post_before = out.iter().any(|t| {
                t.kind == EntityType::Title
                    && t.organization.is_none()
                    && t.norm.end + 1 == at
            });
            let capital_before = prev.len() + 1 == at
                && prev_word.starts_with(char::is_uppercase)
                && !post_before;
            let capital_after = text[end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            let covered = out.iter().chain(&found).any(|o| {
                matches!(o.kind, EntityType::Organization | EntityType::Title)
                    && o.norm.start < end
                    && at < o.norm.end
            });
            // After a noun of a site it names the site: "mỏ vàng Bồng
            // Miêu", "nhà máy …".
            let site = SITES_BEFORE
                .contains(&crate::normalize::lower(prev_word).as_str());
            // Nor where the text names a unit above a commune.
            let unit = out.iter().any(|o| {
                o.kind == EntityType::Place
                    && o.norm.start < end
                    && at < o.norm.end
                    && o.level.as_deref() != Some("commune")
            });
            if !whole
                || capital_before
                || capital_after
                || covered
                || site
                || unit
            {
                continue;
            }
            let mut m = Mention::new(
                at..end,
                EntityType::Organization,
                normalized.clone(),
            );
            m.id.clone_from(id);
            m.base = Some(normalized.clone());
            found.push(m);
        }
    }
    for m in &found {
        // A place there is none; a post right before is the firm's.
        out.retain(|o| {
            !(o.kind == EntityType::Place
                && o.norm.start < m.norm.end
                && m.norm.start < o.norm.end)
        });
        if let Some(t) = out.iter_mut().find(|t| {
            t.kind == EntityType::Title
                && t.organization.is_none()
                && t.norm.end + 1 == m.norm.start
        }) {
            t.norm.end = m.norm.end;
            t.normalized = format!("{} {}", t.normalized, m.normalized);
            t.organization =
                Some((m.normalized.clone(), m.normalized.clone()));
        }
    }
    out.extend(found);
}

/// The posts of a body written by its head noun alone ("Giám đốc Sở")
/// take the nearest body before them of that head ("Sở Y tế tỉnh Nghệ
/// An"), its place too; with none, they have no body. `out` is in text
/// order.
fn bare_heads_named_before(out: &mut [Mention]) {
    for t in 0..out.len() {
        let head = match &out[t].organization {
            Some((name, head)) if name.is_empty() => head.clone(),
            _ => continue,
        };
        // "Nhà trường" is the school named before.
        let head =
            if head == "Nhà trường" { "Trường" } else { head.as_str() };
        let before = out[..t].iter().rev().find(|m| {
            m.kind == EntityType::Organization
                && m.normalized
                    .strip_prefix(head)
                    .is_some_and(|r| r.starts_with(' '))
        });
        let found = before.map(|b| {
            (
                b.normalized.clone(),
                b.base.clone().unwrap_or_else(|| b.normalized.clone()),
                b.place.clone(),
            )
        });
        let m = &mut out[t];
        match found {
            Some((name, base, place)) => {
                m.organization = Some((name, base));
                m.place = place;
            }
            None => m.organization = None,
        }
    }
}

/// The units of each level the document is most about.
struct Main {
    province: Option<u32>,
    district: Option<u32>,
    commune: Option<u32>,
}

impl Main {
    /// The unit the document is about at `level` (a [`LevelWord`]'s);
    /// for "thành phố", the province when it is a city, else the city.
    fn unit(&self, g: &Gazetteer, level: &str) -> Option<u32> {
        match level {
            "province" => self.province,
            "district" => self.district,
            "commune" => self.commune,
            _ => self
                .province
                .filter(|&p| g.entry(p).unit == "thành phố trung ương")
                .or(self.district.filter(|&d| g.entry(d).unit == "thành phố")),
        }
    }

    fn of(g: &Gazetteer, places: &[Option<Resolved>]) -> Main {
        let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
        for (i, r) in places.iter().enumerate() {
            if let Some(r) = r {
                let c = counts.entry(r.entry).or_insert((0, i));
                c.0 += 1;
            }
        }
        let best = |level: &str| {
            counts
                .iter()
                .filter(|(e, _)| g.entry(**e).level == level)
                .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
                .map(|(e, _)| *e)
        };
        let district = best("district");
        let province = best("province")
            .or_else(|| district.and_then(|d| g.index_of(&g.entry(d).parent)));
        Main { province, district, commune: best("commune") }
    }
}

impl Ctx<'_> {
    fn norm(&self) -> &str {
        &self.views.norm.text
    }

    fn folded(&self) -> &str {
        &self.views.folded
    }

    /// Whether only spaces separate canonical offsets `a` and `b`.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        a <= b && self.norm()[a..b].chars().all(|c| c == ' ')
    }

    /// The type word (or the committee named by its level) right before a
    /// hit, with its canonical range.
    fn level_before(&self, h: &Hit) -> Option<(LevelWord, Range<usize>)> {
        let f = self.folded();
        let before = f[..h.folded.start].trim_end_matches(' ');
        // A space between, or the dot of an abbreviation ("Q.Bình Thạnh",
        // "TP.Thủ Đức").
        if before.len() == h.folded.start && !before.ends_with('.') {
            return None;
        }
        // Every type word is two bytes or more.
        let &[.., a, b] = before.as_bytes() else { return None };
        let tail = u16::from_le_bytes([a, b]);
        for (t, lw) in &BEFORE_HIT {
            // The last two bytes first: they rule out nearly every word.
            if *t != tail {
                continue;
            }
            let Some(rest) = before.strip_suffix(lw.folded) else { continue };
            if rest.chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let fr = rest.len()..before.len();
            let nr = self.views.fold_map.to_src(fr);
            if self.is_level_word(&self.norm()[nr.clone()], lw) {
                return Some((*lw, nr));
            }
        }
        None
    }

    /// The type word right after canonical offset `at`.
    /// The head noun of a body written alone right after `at` (the end of
    /// a post), which then names the body named before: "Giám đốc Sở,",
    /// "Phó Giám đốc Bệnh viện cho biết", "Giám đốc Công ty Nguyễn Văn
    /// A". The head must end there: at a mark, the end, a person's name
    /// or a verb of speech.
    fn bare_head_after(
        &self,
        at: usize,
    ) -> Option<(&'static str, Range<usize>)> {
        let rest = self.norm()[at..].strip_prefix(' ')?;
        // In lower case too ("Giám đốc bệnh viện"), but for initials.
        let head = BARE_HEADS.iter().find(|h| {
            rest.starts_with(**h)
                || !h.chars().skip(1).any(char::is_uppercase)
                    && starts_with_either_case(rest, h)
        })?;
        let after = &rest[head.len()..];
        let ends = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '!', '?'])
            || after.starts_with(" - ")
            || after.starts_with(" – ")
            || after.strip_prefix(' ').is_some_and(|a| {
                let word = a.split([' ', ',', '.', ':']).next().unwrap_or("");
                SPEECH_AFTER_HEAD.contains(&word)
                    || crate::recognize::person::is_surname(word)
                        && a[word.len()..].starts_with(' ')
                        && a[word.len() + 1..].starts_with(char::is_uppercase)
            });
        ends.then(|| (*head, at + 1..at + 1 + head.len()))
    }

    fn level_after(&self, at: usize) -> Option<(LevelWord, Range<usize>)> {
        let norm = self.norm();
        let start =
            at + (norm[at..].len() - norm[at..].trim_start_matches(' ').len());
        if start == at {
            return None;
        }
        // The next few chars, folded once: every type word is plain
        // letters, which fold one char to one char. Ten chars fit in
        // buffers on the stack.
        let rest = &norm[start..];
        let mut head = [(0, '\0'); 10];
        let mut folded = [0u8; 40];
        let (mut chars, mut bytes) = (0, 0);
        for (i, c) in rest.char_indices().take(10) {
            let Some(one) = crate::normalize::fold_one(c) else {
                break;
            };
            bytes += one.encode_utf8(&mut folded[bytes..]).len();
            head[chars] = (i, c);
            chars += 1;
        }
        let (head, folded) = (&head[..chars], &folded[..bytes]);
        for lw in LEVEL_WORDS {
            if !folded.starts_with(lw.folded.as_bytes()) {
                continue;
            }
            let n = lw.folded.len();
            let cut = head.get(n).map_or(rest.len(), |&(i, _)| i);
            // A name may be glued to the dot of an abbreviation
            // ("Q.Bình Thạnh").
            if head.get(n).is_some_and(|&(_, c)| c.is_alphanumeric())
                && !lw.folded.ends_with('.')
            {
                continue;
            }
            let word = &rest[..cut];
            if self.is_level_word(word, lw) {
                return Some((*lw, start..start + cut));
            }
        }
        None
    }

    /// The name of a unit the dictionaries do not know, right after its
    /// type word `lw` ending at `at` ("xã Phù Việt", a commune since
    /// merged): one to three capitalized words, up to a person's name.
    /// Only for districts and communes, whose lists change most; never
    /// where a hit starts (a known name is the dictionaries'), nor when
    /// the first word is a surname ("Chủ tịch xã Nguyễn Văn A" names the
    /// chairman).
    fn unknown_unit_after(
        &self,
        lw: &LevelWord,
        at: usize,
        hits: &[Hit],
        next: usize,
    ) -> Option<Range<usize>> {
        if !matches!(lw.level, "district" | "commune") {
            return None;
        }
        let norm = self.norm();
        let start = at + 1;
        if !norm[at..].starts_with(' ') || start >= norm.len() {
            return None;
        }
        // A hit where the name starts is a known name, but for a place
        // known at other levels only: "huyện Tĩnh Gia", a district until
        // 2020 whose name a ward took in 2025. One inside the name must be
        // a place ("Kỳ Lạc Sơn" holds "Lạc Sơn").
        let hit_at = |p: usize, k: usize| {
            hits[next.min(hits.len())..].iter().any(|h| {
                let place = |e: &u32| self.g.entry(*e).kind() == Kind::Place;
                h.norm.start == p
                    && if k == 0 {
                        h.entries.iter().any(|e| {
                            !place(e) || self.g.entry(*e).level == lw.level
                        })
                    } else {
                        !h.entries.iter().any(place)
                    }
            })
        };
        let rest = &norm[start..];
        let mut end = 0;
        let mut name_next = false;
        let mut first_surname = false;
        for (k, w) in body_words(rest, 4).into_iter().enumerate() {
            let word = &rest[w.clone()];
            let capitalized = word.starts_with(char::is_uppercase)
                && word.chars().skip(1).all(char::is_lowercase)
                && word.chars().all(crate::normalize::is_word_char);
            let surname = crate::recognize::person::is_surname(word);
            first_surname |= k == 0 && surname;
            let person = surname
                && rest[w.end..].starts_with(' ')
                && rest[w.end + 1..].starts_with(char::is_uppercase);
            name_next = k > 0 && person;
            if k == 3
                || &rest[end..w.start] != if k == 0 { "" } else { " " }
                || !capitalized
                || hit_at(start + w.start, k)
                || k > 0 && person
            {
                break;
            }
            end = w.end;
        }
        // A first word that is a surname names a person, unless another
        // name follows the unit's: "xã Đồng Lư Nguyễn Thị Hạnh".
        (end > 0 && (!first_surname || name_next)).then(|| start..start + end)
    }

    /// The country named by hit `j` right after canonical offset `at`,
    /// and the one named after it behind " tại " (where an envoy or a
    /// mission serves): each as (entry, hit index).
    fn countries_after(
        &self,
        hits: &[Hit],
        j: usize,
        at: usize,
    ) -> impl Iterator<Item = (u32, usize)> {
        let first = self.country_at(hits, j, at).map(|k| (k, j));
        // The second may be a province: "Tổng Lãnh sự Đan Mạch tại
        // TP.HCM".
        let second = first.and_then(|_| {
            let end = hits[j].norm.end;
            let at = end + " tại".len();
            self.norm()[end..]
                .starts_with(" tại ")
                .then(|| {
                    self.country_at(hits, j + 1, at).or_else(|| {
                        let h = hits.get(j + 1)?;
                        if !self.adjacent(at, h.norm.start) {
                            return None;
                        }
                        h.entries
                            .iter()
                            .copied()
                            .find(|&e| self.g.entry(e).level == "province")
                    })
                })
                .flatten()
                .map(|k| (k, j + 1))
        });
        first.into_iter().chain(second)
    }

    /// The country hit `j` names, or a foreign capital ("Thị trưởng
    /// Tokyo", "Đại sứ Việt Nam tại Tokyo"), when it starts right after
    /// canonical offset `at`.
    fn country_at(&self, hits: &[Hit], j: usize, at: usize) -> Option<u32> {
        let h = hits.get(j)?;
        // The country may be named with its form of state: "Tổng thống
        // Cộng hòa Ba Lan", "Quốc vương Vương quốc Anh".
        let gap = self.norm().get(at..h.norm.start)?;
        let state = STATE_FORMS.iter().any(|f| {
            gap.strip_prefix(' ')
                .and_then(|g| g.strip_prefix(f))
                .is_some_and(|g| g == " ")
        });
        if !state && !self.adjacent(at, h.norm.start) || at == h.norm.start {
            return None;
        }
        let of_level = |level: &str| {
            h.entries.iter().copied().find(|&e| self.g.entry(e).level == level)
        };
        of_level("country").or_else(|| of_level("city"))
    }

    /// The place hit `j` resolved to, when it is a unit of the level the
    /// type word `lw` names.
    fn place_of_level(
        &self,
        places: &[Option<Resolved>],
        j: usize,
        lw: &LevelWord,
    ) -> Option<&Entry<'_>> {
        let e = self.g.entry(places.get(j)?.as_ref()?.entry);
        (e.level == lw.level || lw.level.is_empty()).then_some(e)
    }

    /// Whether `word`, the text of a candidate type word, is one: its
    /// diacritics, where it has any, must be the type word's.
    fn is_level_word(&self, word: &str, lw: &LevelWord) -> bool {
        if lw.abbrev {
            return word.starts_with(|c: char| c.is_ascii_uppercase());
        }
        // ("Cục Hải quan Nghệ An" names no district.)
        word.split(' ').zip(lw.written.split(' ')).all(|(w, want)| {
            w.is_ascii() && self.plain || same_syllable(w, want)
        })
    }

    /// Chooses the place a hit names, if it names one. In the first pass
    /// (`anchored` false), context-dependent units are not yet allowed.
    fn choose(
        &self,
        h: &Hit,
        lw: Option<LevelWord>,
        anchored: bool,
        i: usize,
        hits: &[Hit],
    ) -> Option<Resolved> {
        let mut cands = self.cands.take();
        cands.clear();
        let r = self.choose_among(&mut cands, h, lw, anchored, i, hits);
        self.cands.set(cands);
        r
    }

    /// [`Ctx::choose`], with `cands` an empty buffer for the candidates.
    fn choose_among(
        &self,
        cands: &mut Vec<u32>,
        h: &Hit,
        lw: Option<LevelWord>,
        anchored: bool,
        i: usize,
        hits: &[Hit],
    ) -> Option<Resolved> {
        let g = self.g;
        cands.extend(
            h.entries
                .iter()
                .copied()
                .filter(|&e| g.entry(e).kind() == Kind::Place),
        );
        if cands.is_empty() {
            return None;
        }
        // A person of the same name wins without a type word ("Hồ Chí
        // Minh" is the person; the city is "TP. Hồ Chí Minh").
        let person =
            h.entries.iter().any(|&e| g.entry(e).kind() == Kind::Person);
        if person && lw.is_none() {
            return None;
        }
        if let Some(lw) = lw {
            let typed =
                |&e: &u32| lw.kinds.contains(&g.entry(e).unit.as_ref());
            if cands.iter().any(typed) {
                cands.retain(typed);
            } else {
                // Units change type ("huyện Thủy Nguyên" became a city):
                // one of the same level will do.
                // "thành phố Seoul", "tỉnh Kampot": a city or a province
                // abroad.
                cands.retain(|&e| {
                    let level = g.entry(e).level.as_ref();
                    match lw.level {
                        "" => {
                            matches!(level, "province" | "district" | "city")
                        }
                        "province" => matches!(level, "province" | "city"),
                        l => l == level,
                    }
                });
            }
            // "xã Đức Yên" is no country, "TP Hồ Kỳ Minh" no commune: a
            // type word no candidate has, or a capital right after the
            // name, leaves it to another reading.
            if cands.is_empty() || self.name_goes_on(h, hits) {
                return None;
            }
        } else {
            let bare = self.bare[i].get().unwrap_or_else(|| {
                let ok = self.bare_ok(h, i, hits);
                self.bare[i].set(Some(ok));
                ok
            });
            if !bare {
                return None;
            }
            // (A word that is no Vietnamese syllable is no common word:
            // "Pleiku".)
            let one_syllable = !self.folded()[h.folded.clone()]
                .contains(not_word)
                && crate::recognize::person::is_syllable(
                    &self.norm()[h.norm.clone()],
                );
            // Units named after people ("Trần Phú", "Lê Lợi"), written
            // bare and followed by a capital, are a person's name: "Đại tá
            // Trần Phú Hà".
            let named_person = std::cell::OnceCell::new();
            let named_person = || {
                *named_person.get_or_init(|| {
                    let name = &self.norm()[h.norm.clone()];
                    let first = name.split(' ').next().unwrap_or("");
                    crate::recognize::person::is_surname(first)
                        && self.next_capital(h, hits).is_some()
                })
            };
            cands.retain(|&e| {
                let e = g.entry(e);
                match e.level.as_ref() {
                    "commune" | "district" => {
                        anchored
                            && !one_syllable
                            && self.anchored(e)
                            && !named_person()
                    }
                    _ => true,
                }
            });
            // A province merged away in 2025 is still named bare after it
            // ("gồm Lâm Đồng, Đắk Nông và Bình Thuận"), more often than a
            // new commune of its name.
            if cands.iter().any(|&e| g.entry(e).level == "province") {
                cands.retain(|&e| g.entry(e).level != "commune");
            }
        }
        // The units above, written after the name in a chain ("xã Phú
        // Lộc, huyện Can Lộc", "Phường 9, Quận 3"), settle namesakes,
        // before the document's date and places do.
        if cands.len() > 1 && self.norm()[h.norm.end..].starts_with(',') {
            // The names of the chain: comma-separated, each a type word
            // or none and capitalized words or a number.
            let mut chain: Vec<String> = Vec::new();
            for seg in self.norm()[h.norm.end + 1..].split(',').take(3) {
                let seg = seg.trim_start_matches(' ');
                let seg = seg
                    .find(['.', ';', ')', '\n'])
                    .filter(|&k| {
                        k > 0 && !seg[..k].ends_with(['T', 'P', 'Q', 'H'])
                    })
                    .map_or(seg, |k| &seg[..k])
                    .trim_end();
                let lower = crate::normalize::lower(seg);
                let name = CHAIN_TYPES
                    .iter()
                    .find_map(|t| lower.strip_prefix(t))
                    .map(|n| &seg[seg.len() - n.len()..])
                    .unwrap_or(seg);
                let words = name.split(' ').count();
                let ok = !name.is_empty()
                    && words <= 4
                    && name.split(' ').all(|w| {
                        w.starts_with(|c: char| {
                            c.is_uppercase() || c.is_ascii_digit()
                        })
                    });
                if !ok {
                    break;
                }
                chain.push(crate::normalize::lower(name));
                chain.push(lower);
            }
            let named_above = |e: u32| {
                let mut cur = g.get(&g.entry(e).parent);
                while let Some(p) = cur {
                    let name = crate::normalize::lower(&p.name);
                    if chain.contains(&name) {
                        return true;
                    }
                    cur = g.get(&p.parent);
                }
                false
            };
            let n = cands.iter().filter(|&&e| named_above(e)).count();
            if n > 0 && n < cands.len() {
                cands.retain(|&e| named_above(e));
            }
        }
        self.pick(cands, anchored)
    }

    /// Of the places `cands` may be, the one the document date and its
    /// other places settle, with the codes of the others; `anchored`: the
    /// units whose province or district the document names come first.
    fn pick(&self, cands: &mut Vec<u32>, anchored: bool) -> Option<Resolved> {
        let g = self.g;
        // The document date chooses the period.
        if let Some(after) = self.after_2025 {
            let fits = |e: u32| {
                let p = g.entry(e).period.as_ref();
                p.is_empty() || p == "both" || (p == "after-2025") == after
            };
            if cands.iter().any(|&e| fits(e)) {
                cands.retain(|&e| fits(e));
            }
        }
        // The highest level that fits; among namesakes of one level, the
        // one whose province or district the document names.
        let best = *cands.iter().max_by_key(|&&e| {
            let e = g.entry(e);
            let period = match e.period.as_ref() {
                "both" | "" => 2,
                "before-2025" => 1,
                _ => 0,
            };
            let near = anchored && self.anchored(e);
            (rank(&e.level), near, period, std::cmp::Reverse(e.code.as_ref()))
        })?;
        let code = &g.entry(best).code;
        let mut alternatives: Vec<String> = cands
            .iter()
            .map(|&e| g.entry(e).code.as_ref())
            .filter(|c| c != code && !c.is_empty())
            .map(str::to_string)
            .collect();
        alternatives.sort();
        alternatives.dedup();
        Some(Resolved { entry: best, alternatives })
    }

    /// Whether the document names the unit above `e`.
    fn anchored(&self, e: &Entry) -> bool {
        let g = self.g;
        let mut cur = g.get(&e.parent);
        while let Some(p) = cur {
            let codes = match p.level.as_ref() {
                "province" => &self.province_codes,
                "district" => &self.district_codes,
                _ => return false,
            };
            if codes.iter().any(|c| *c == p.code) {
                return true;
            }
            cur = g.get(&p.parent);
        }
        false
    }

    /// Whether a hit without a type word may be a place at all: not part
    /// of a longer capitalized name, and a name that is also a common word
    /// not at the start of a sentence.
    fn bare_ok(&self, h: &Hit, i: usize, hits: &[Hit]) -> bool {
        let norm = self.norm();
        // A capital explained by an organization or title next to the
        // name ("UBND Thanh Hóa"); a neighbouring name does not explain it
        // ("Nguyễn Đức Anh" holds two country names).
        // A title's prefix alone explains nothing: "Nguyên" is a middle
        // name in "Lê Nguyên Anh".
        let covered = |r: Range<usize>| {
            containing(hits, &r).is_some_and(|o| {
                o.entries.iter().any(|&e| {
                    let e = self.g.entry(e);
                    match e.kind() {
                        Kind::Organization => true,
                        Kind::Title => {
                            !matches!(e.unit.as_ref(), "prefix" | "suffix")
                        }
                        _ => false,
                    }
                })
            })
        };
        if self.name_goes_on(h, hits) {
            return false;
        }
        let before = norm[..h.norm.start].trim_end_matches(' ');
        let starts_sentence = before.is_empty()
            || before.ends_with(['.', '!', '?', ':', '\n', '"', '(', '-']);
        let folded = &self.folded()[h.folded.clone()];
        // A name alone in brackets says where what precedes is from:
        // "Đại học Cambridge (Anh)", "Công ty Boeing (Mỹ)".
        if before.ends_with('(') && norm[h.norm.end..].starts_with(')') {
            return true;
        }
        // A one-syllable name that opens a sentence is most often a word
        // ("Nhật ký", "Áo dài", "Anh cho biết").
        // But a country's that a verb or "và" follows is the country ("Mỹ
        // là thị trường …", "Pháp và Đức").
        if starts_sentence {
            let subject = SUBJECT_COUNTRIES.contains(&&norm[h.norm.clone()])
                && norm[h.norm.end..].strip_prefix(' ').is_some_and(|r| {
                    let w = r.split([' ', ',']).next().unwrap_or("");
                    AFTER_SUBJECT.contains(&w)
                });
            // A name that is no Vietnamese syllable is no word either
            // ("Campuchia", "Singapore").
            let foreign = || {
                let name = &norm[h.norm.clone()];
                !name.contains(' ')
                    && !crate::recognize::person::is_syllable(name)
            };
            return subject
                || !COMMON.contains(&folded) && folded.contains(not_word)
                || foreign();
        }
        // After a form of address it is a person's name ("chị Nga").
        let prev_word =
            before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // A wind ("gió Lào") or a swine fever ("dịch tả lợn châu Phi") is
        // named after a place, which it is not.
        if matches!(
            crate::normalize::lower_word(prev_word, &mut [0; 48]),
            "gió" | "lợn" | "heo"
        ) {
            return false;
        }
        // A language ("tiếng Anh"), or the first syllable of a word
        // ("Mỹ thuật", "Pháp luật"), is no place.
        if COMMON.contains(&folded) {
            let next = norm[h.norm.end..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.']).next())
                .unwrap_or("");
            if prev_word == "tiếng"
                || WORDS_OF_NAMES
                    .iter()
                    .any(|(n, rest)| *n == folded && rest.contains(&next))
            {
                return false;
            }
        }
        if before.len() < h.norm.start
            && ADDRESS.contains(&crate::normalize::key(prev_word).as_str())
        {
            return false;
        }
        // After an airport or a station it names that ("sân bay Tân Sơn
        // Nhất", "ga Bến Thành"), not the unit.
        let folded_before = self.folded()[..h.folded.start].trim_end();
        if STATIONS.iter().any(|w| {
            folded_before.strip_suffix(w).is_some_and(|rest| {
                !rest.chars().next_back().is_some_and(char::is_alphanumeric)
            })
        }) {
            return false;
        }
        // After a street or a monument it names that, most often for a
        // person ("đường Trần Phú", "tượng đài Quang Trung"); after a
        // profession it is a person's name ("nhà văn Nguyễn Du"). The
        // words keep their marks: "đến" (to) is no "đền" (temple).
        // (Most words before a name are none of the list's last words:
        // they are told from their last word alone.)
        if before.len() < h.norm.start
            && let Some(sp) =
                before.rfind(' ').map_or(Some(0), |k| Some(k + 1))
            && {
                let mut buf = [0; 48];
                let last =
                    crate::normalize::lower_word(&before[sp..], &mut buf);
                NAMED_AFTER_TAILS.contains(&last)
            }
        {
            let lower = crate::normalize::lower_tail(before, 12);
            let after = |w: &&str| {
                lower.strip_suffix(*w).is_some_and(|rest| {
                    (rest.is_empty() || rest.ends_with(' '))
                        // "thành phố" is a type word, no street.
                        && !(*w == "phố" && rest.ends_with("thành "))
                })
            };
            if NAMED_AFTER_PERSONS.iter().any(after) {
                return false;
            }
        }
        // The syllable before, when only spaces separate it: a capital
        // there that no other hit explains makes this part of a longer
        // name ("Phạm Thị Thanh Thủy").
        if before.len() < h.norm.start {
            let prev = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            // The parks of a province are named after it ("các KCN Đồng
            // Nai"); a park named after a commune is no place ("KCN Tri
            // Lễ").
            let park_of_province = PARKS.contains(&prev)
                && h.entries
                    .iter()
                    .any(|&e| self.g.entry(e).level == "province");
            let r = before.len() - prev.len()..before.len();
            let first_word = norm[..r.start]
                .trim_end_matches(' ')
                .ends_with(['.', '!', '?', ':', '\n', '"', '(', '-'])
                || r.start == 0;
            if prev.chars().next().is_some_and(char::is_uppercase)
                && !covered(r)
                && !park_of_province
                && !first_word
                && !is_upper_line(norm, h.norm.start)
            {
                return false;
            }
        }
        let _ = i;
        true
    }

    /// Whether a capitalized syllable that no organization or title
    /// explains follows the hit: then the name goes on ("Hà Nội Mới",
    /// "Hồ Kỳ Minh"), unless the line is all capitals.
    fn name_goes_on(&self, h: &Hit, hits: &[Hit]) -> bool {
        // A surname, or what opens a Highlands name, starts a person's
        // name after the place ("UBND TP Hà Nội Nguyễn Đức Chung", "Huyện
        // ủy Đăk Glei A Sang"), when a capitalized word follows it; alone
        // it goes on with the name ("Thái Bình Dương"), but for a letter
        // ("Khu công nghiệp Mỹ Xuân A").
        self.next_capital(h, hits).is_some_and(|next| {
            let after = &self.norm()[h.norm.end + 1 + next.len()..];
            let person = after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
                || next.chars().count() == 1;
            !(crate::recognize::person::opens_name(next) && person)
        })
    }

    /// The capitalized syllable right after the hit, when no organization
    /// or title explains it and the line is not all capitals.
    fn next_capital(&self, h: &Hit, hits: &[Hit]) -> Option<&str> {
        let norm = self.norm();
        let rest = norm[h.norm.end..].strip_prefix(' ')?;
        let next: &str = rest
            .split(|c| !crate::normalize::is_alphanumeric(c))
            .next()
            .unwrap_or("");
        let r = h.norm.end + 1..h.norm.end + 1 + next.len();
        let explained = containing(hits, &r).is_some_and(|o| {
            o.entries.iter().any(|&e| {
                matches!(
                    self.g.entry(e).kind(),
                    Kind::Organization | Kind::Title
                )
            })
        });
        (next.chars().next().is_some_and(char::is_uppercase)
            && !explained
            && !is_upper_line(norm, h.norm.start))
        .then_some(next)
    }

    /// The country, region, province or district whose name, of two to four
    /// capitalized syllables, ends the body named at `r`, after a word of
    /// the body's own.
    fn unit_ending(&self, r: Range<usize>) -> Option<Mention> {
        let g = self.g;
        let body = &self.norm()[r.clone()];
        let words: Vec<usize> = std::iter::once(0)
            .chain(body.match_indices(' ').map(|(k, _)| k + 1))
            .collect();
        for n in (2..=4).rev() {
            if words.len() <= n {
                continue;
            }
            let at = words[words.len() - n];
            let tail = &body[at..];
            let capitalized = tail.split(' ').all(|w| {
                w == "-" || w.starts_with(|c: char| c.is_uppercase())
            });
            // Without its type word, "Hồ Chí Minh" that ends a body's
            // name is the president's ("Bảo tàng Hồ Chí Minh", "Đoàn TNCS
            // Hồ Chí Minh").
            if !capitalized || tail == "Hồ Chí Minh" {
                continue;
            }
            let cands = g.units_named(&crate::normalize::lower(tail));
            if let Some(place) = self.pick(&mut cands.to_vec(), true) {
                return Some(self.place_mention(r.start + at..r.end, place));
            }
        }
        None
    }

    fn place_mention(&self, norm: Range<usize>, r: Resolved) -> Mention {
        let g = self.g;
        let e = g.entry(r.entry);
        let mut m = Mention::new(
            norm,
            crate::output::EntityType::Place,
            e.name.to_string(),
        );
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        m.id = some(&e.id);
        m.level = some(&e.level);
        m.code = some(&e.code);
        m.period = some(&e.period);
        m.parent = g.get(&e.parent).map(|p| p.name.to_string());
        m.successor = e
            .successor
            .first()
            .and_then(|s| g.get(s))
            .map(|s| s.name.to_string());
        m.alternatives = r.alternatives;
        m
    }

    fn person(&self, h: &Hit) -> Option<Mention> {
        let g = self.g;
        let e = h
            .entries
            .iter()
            .map(|&e| g.entry(e))
            .find(|e| e.kind() == Kind::Person)?;
        let mut m = Mention::new(
            h.norm.clone(),
            EntityType::Person,
            e.name.to_string(),
        );
        m.id = Some(e.id.to_string());
        m.gender = match e.gender.as_ref() {
            "male" => Some("male"),
            "female" => Some("female"),
            _ => None,
        };
        Some(m)
    }

    /// The entry of kind `kind` (and title kind in `units`) of hit `i`.
    fn entry_of(
        &self,
        hits: &[Hit],
        i: usize,
        kind: Kind,
        units: &[&str],
    ) -> Option<u32> {
        hits.get(i)?.entries.iter().copied().find(|&e| {
            let e = self.g.entry(e);
            e.kind() == kind
                && (units.is_empty() || units.contains(&e.unit.as_ref()))
        })
    }

    /// An organization starting at hit `i`: returns the index after its
    /// last hit and the mention.
    fn org(
        &self,
        i: usize,
        hits: &[Hit],
        places: &[Option<Resolved>],
        main: &Main,
    ) -> Option<(usize, Mention)> {
        let g = self.g;
        let first = self.entry_of(hits, i, Kind::Organization, &[])?;
        // The parts of the name, borrowed from the dictionaries and the
        // text: they are joined once at the end.
        let mut names: Vec<&str> = vec![&g.entry(first).name];
        let mut cur = first;
        let mut j = i + 1;
        let mut end = hits[i].norm.end;
        // "Ủy ban nhân dân (UBND) tỉnh Hà Tĩnh": the abbreviation the text
        // gives is part of a name that goes on after it with a place or
        // its type word; one that ends there leaves it out ("Tập đoàn Điện
        // lực Việt Nam (EVN)").
        // So is a bank's own short name before its branch ("Ngân hàng
        // Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) Chi
        // nhánh Lâm Đồng").
        if g.entry(first).attaches("place")
            && let Some(n) = bracketed_short_name(&self.norm()[end..])
            && [" Chi nhánh ", " chi nhánh "]
                .iter()
                .any(|w| self.norm()[end + n..].starts_with(w))
        {
            let named = |r: Range<usize>| {
                let e = g.entry(first);
                let mut m = Mention::new(
                    r,
                    EntityType::Organization,
                    e.name.to_string(),
                );
                m.id = Some(e.id.to_string());
                m.base = Some(e.name.to_string());
                m
            };
            let mut glossed = self.glossed.borrow_mut();
            glossed.push(named(hits[i].norm.clone()));
            end += n;
            while j < hits.len() && hits[j].norm.start < end {
                if self.entry_of(hits, j, Kind::Organization, &[])
                    == Some(first)
                {
                    glossed.push(named(hits[j].norm.clone()));
                }
                j += 1;
            }
        } else if let Some(n) = bracketed_abbrev(&self.norm()[end..]) {
            let mut k = j;
            while k < hits.len() && hits[k].norm.start < end + n {
                k += 1;
            }
            let place_next = places.get(k).is_some_and(|p| p.is_some())
                && self.adjacent(end + n, hits[k].norm.start);
            // So is one before the parent body ("Cơ quan Cảnh sát điều tra
            // (CSĐT) Công an tỉnh Quảng Ninh").
            let parent_next = g.entry(cur).attaches("parent")
                && k < hits.len()
                && self.adjacent(end + n, hits[k].norm.start)
                && self.entry_of(hits, k, Kind::Organization, &[]).is_some();
            if place_next || parent_next || self.level_after(end + n).is_some()
            {
                end += n;
                j = k;
            }
        }
        // The first parent the dictionaries know is a body in its own
        // right, named inside this one: "Tỉnh ủy Lâm Đồng" in "Ban
        // Thường vụ Tỉnh ủy Lâm Đồng" (where its names start, its start
        // and its entry).
        let mut inner: Option<(usize, usize, u32)> = None;
        while g.entry(cur).attaches("parent")
            && j < hits.len()
            && self.adjacent(end, hits[j].norm.start)
        {
            let Some(next) = self.entry_of(hits, j, Kind::Organization, &[])
            else {
                break;
            };
            inner.get_or_insert((names.len(), hits[j].norm.start, next));
            names.push(&g.entry(next).name);
            cur = next;
            end = hits[j].norm.end;
            j += 1;
            // The office of the council and the committee of a unit,
            // which is one: "Văn phòng HĐND và UBND huyện".
            if g.entry(cur).id == "org.hoi-dong-nhan-dan"
                && let Some(rest) = self.norm()[end..].strip_prefix(" và ")
                && j < hits.len()
                && hits[j].norm.start == self.norm().len() - rest.len()
                && let Some(ub) =
                    self.entry_of(hits, j, Kind::Organization, &[])
                && g.entry(ub).id == "org.uy-ban-nhan-dan"
            {
                inner = None;
                names.push("và");
                names.push(&g.entry(ub).name);
                cur = ub;
                end = hits[j].norm.end;
                j += 1;
            }
        }
        // A mission's country, and the country it is in: "Đại sứ quán
        // Việt Nam tại Nhật Bản".
        if g.entry(cur).attaches("country") {
            for (n, (k, h)) in self.countries_after(hits, j, end).enumerate() {
                if n > 0 {
                    names.push("tại");
                }
                names.push(&g.entry(k).name);
                end = hits[h].norm.end;
                j = h + 1;
            }
        }
        // An organizing committee, named by what it organizes: "Ban Tổ
        // chức lễ hội", "Ban Tổ chức Lễ hội Đền Hùng", "Ban Tổ chức giải
        // Marathon Quốc tế Hà Nội".
        if g.entry(cur).id == "org.ban-to-chuc"
            && names.len() == 1
            && let Some(r) = self.event_named_after(end)
        {
            names.push(&self.norm()[r.clone()]);
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        }
        // A parent the dictionaries do not know: "HĐQT Ngân hàng SHB",
        // "Đảng ủy Công ty Than Hà Lầm".
        if g.entry(cur).attaches("parent")
            && let Some(r) = self.body_after(end, hits, j)
        {
            names.push(&self.norm()[r.clone()]);
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
            self.parents.borrow_mut().push(r);
        }
        // An economic zone's board, named by its zone: "Ban Quản lý Khu
        // kinh tế Đông Nam Nghệ An", "… Khu kinh tế mở Chu Lai", "… Nghi
        // Sơn và các khu công nghiệp tỉnh Thanh Hóa".
        // (A zone named after its province alone is the province's:
        // "Ban Quản lý Khu kinh tế Hà Tĩnh".)
        if g.entry(cur).id == "org.ban-quan-ly-khu-kinh-te"
            && let Some(r) = self.zone_name(end)
            && !hits.get(j).is_some_and(|h| h.norm == r)
        {
            names.push(&self.norm()[r.clone()]);
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        }
        let mut place: Option<u32> = None;
        let mut unknown: Option<&str> = None;
        let mut word: Option<LevelWord> = None;
        // A branch for a region of several units, since 2025: "Kho bạc
        // Nhà nước khu vực IV", "Chi cục Thuế khu vực Thanh Hóa - Như
        // Xuân". The region is its name; it is no one unit.
        // A branch's place: "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Nam".
        // (In capitals too: "NHNN Chi nhánh Khu vực 2".)
        if g.entry(cur).attaches("place")
            && let Some(rest) = [" chi nhánh", " Chi nhánh"]
                .iter()
                .find_map(|w| self.norm()[end..].strip_prefix(w))
            && rest.starts_with(' ')
        {
            names.push("chi nhánh");
            end = self.norm().len() - rest.len();
        }
        let region = g
            .entry(cur)
            .attaches("place")
            .then(|| region_after(self.norm(), end))
            .flatten();
        if let Some(r) = region.clone() {
            names.push(&self.norm()[end + 1..r.end]);
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        }
        if g.entry(cur).attaches("place") && region.is_none() {
            let mut lw = self.level_after(end);
            let place_at = |at: usize| {
                places
                    .get(j)
                    .and_then(|p| p.as_ref())
                    .filter(|_| self.adjacent(at, hits[j].norm.start))
                    .filter(|r| {
                        let e = g.entry(r.entry);
                        matches!(
                            e.level.as_ref(),
                            "province" | "district" | "commune"
                        )
                    })
            };
            // A place whose name holds its type word ("UBND TP.HCM")
            // starts where the type word would.
            let next_place = match place_at(end) {
                Some(r) => {
                    lw = None;
                    Some(r)
                }
                None => place_at(lw.as_ref().map_or(end, |(_, r)| r.end)),
            };
            if let Some(r) = next_place {
                place = Some(r.entry);
                end = hits[j].norm.end;
                j += 1;
            } else if let Some((lw, r)) = &lw
                && let Some(u) = self.unknown_unit_after(lw, r.end, hits, j)
            {
                // "UBND xã Phù Việt": a unit the dictionaries do not know
                // (merged away, or too small), named after its type word.
                unknown = Some(&self.norm()[u.clone()]);
                end = u.end;
                while j < hits.len() && hits[j].norm.start < end {
                    j += 1;
                }
            } else if let Some((lw, r)) = &lw {
                end = r.end;
                place = main.unit(g, lw.level);
            }
            word = lw.map(|(w, _)| w);
        }
        // A body of one level with no place given ("Tỉnh ủy", "Sở Y tế")
        // belongs to the unit of that level the document is about.
        if place.is_none()
            && word.is_none()
            && unknown.is_none()
            && region.is_none()
        {
            place = match g.entry(cur).level.as_ref() {
                "province" => main.province,
                "district" => main.district,
                _ => None,
            };
        }
        // The name goes on with a type word and a place's name, each
        // after a space; the String is made to its full length at once.
        let mut more: [Option<&str>; 2] = [None, None];
        let mut m_place = None;
        if let Some(p) = place {
            let p = g.entry(p);
            // "Tỉnh ủy", "Huyện ủy" carry their level; other bodies take
            // the unit's type word ("Đảng ủy xã Xuân Lộc"); a body named
            // with its type word ("Thanh tra tỉnh") takes it once.
            let last = names[names.len() - 1];
            let tw = type_word(p, word);
            let named = last
                .strip_suffix(tw)
                .is_some_and(|b| b.ends_with(' ') && !tw.is_empty());
            if takes_type_word(last) && !named {
                more[0] = Some(tw);
            }
            more[1] = Some(&p.name);
            m_place = Some(p.name.to_string());
        } else if let Some(w) = word {
            more[0] = Some(w.spelled());
            if let Some(u) = unknown {
                more[1] = Some(u);
                m_place = Some(u.to_string());
            }
        }
        let base = names.join(" ");
        let names_len = base.len();
        let extra: usize = more.iter().flatten().map(|s| s.len() + 1).sum();
        let mut normalized = String::with_capacity(base.len() + extra);
        normalized.push_str(&base);
        for s in more.into_iter().flatten() {
            normalized.push(' ');
            normalized.push_str(s);
        }
        // "Ban Bí thư Trung ương Đảng", written as one name, names the
        // Party's Central Committee too.
        let central = || {
            let name = &self.norm()[hits[i].norm.clone()];
            let id = "org.trung-uong-dang";
            let tail = CENTRAL_TAILS
                .iter()
                .find(|t| name.len() > t.len() && name.ends_with(**t))
                .filter(|_| g.entry(first).id != id)?;
            let e = g.get(id)?;
            let start = hits[i].norm.end - tail.len() + 1;
            let mut m = Mention::new(
                start..hits[i].norm.end,
                EntityType::Organization,
                e.name.to_string(),
            );
            m.id = Some(e.id.to_string());
            m.base = Some(e.name.to_string());
            Some(Box::new(m))
        };
        let inner = inner.map(|(k, start, entry)| {
            let base = names[k..].join(" ");
            let normalized = format!("{base}{}", &normalized[names_len..]);
            let mut m =
                Mention::new(start..end, EntityType::Organization, normalized);
            m.id = Some(g.entry(entry).id.to_string());
            m.place.clone_from(&m_place);
            m.base = Some(base);
            Box::new(m)
        });
        let mut m = Mention::new(
            hits[i].norm.start..end,
            EntityType::Organization,
            normalized,
        );
        m.id = Some(g.entry(first).id.to_string());
        m.place = m_place;
        m.base = Some(base);
        m.inner = inner.or_else(central);
        Some((j, m))
    }

    /// The name of an economic zone right after `at` (after a space):
    /// capitalized words, maybe after "mở" (an open zone), up to five, and
    /// the industrial parks its board also runs ("và các khu công
    /// nghiệp"); not a unit's type word.
    fn zone_name(&self, at: usize) -> Option<Range<usize>> {
        let norm = self.norm();
        let rest = norm[at..].strip_prefix(' ')?;
        let start = norm.len() - rest.len();
        if self.level_after(at).is_some() {
            return None;
        }
        let mut end = start;
        let mut words = 0;
        let mut cur = rest.strip_prefix("mở ").map_or(rest, |r| {
            end += "mở ".len();
            r
        });
        while words < 5 {
            let len = cur
                .find(|c: char| !crate::normalize::is_word_char(c))
                .unwrap_or(cur.len());
            let word = &cur[..len];
            if len == 0
                || !word.starts_with(char::is_uppercase)
                || words > 0 && self.level_after(end).is_some()
            {
                break;
            }
            end += if words == 0 { len } else { len + 1 };
            words += 1;
            match cur[len..].strip_prefix(' ') {
                Some(next) => cur = next,
                None => break,
            }
        }
        if words == 0 {
            return None;
        }
        for parks in [" và các khu công nghiệp", " và các KCN"] {
            if norm[end..].starts_with(parks) {
                end += parks.len();
                break;
            }
        }
        Some(start..end)
    }

    /// The event named right after `at` (after a space), that a committee
    /// organizes: a noun of events, in either case, and the capitalized
    /// words of its name after it, up to a person's name.
    fn event_named_after(&self, at: usize) -> Option<Range<usize>> {
        let norm = self.norm();
        let rest = norm[at..].strip_prefix(' ')?;
        let start = norm.len() - rest.len();
        let noun = EVENT_NOUNS.iter().find(|n| {
            starts_with_either_case(rest, n)
                && !rest[n.len()..].starts_with(char::is_alphanumeric)
        })?;
        let mut end = start + noun.len();
        while let Some(r) = norm[end..].strip_prefix(' ')
            && r.starts_with(char::is_uppercase)
        {
            let word = &r
                [..r.find([' ', ',', '.', ';', ':', ')']).unwrap_or(r.len())];
            // A person's name: a surname and two more capitalized words.
            if crate::recognize::person::is_surname(word)
                && capitalized_words(&r[word.len()..]) >= 2
            {
                break;
            }
            end = norm.len() - r.len() + word.len();
        }
        Some(start..end)
    }

    /// The ministry that a minister's or a deputy minister's post names
    /// without its "Bộ", right after it ("Bộ trưởng Tài chính", "Thứ
    /// trưởng Kế hoạch và Đầu tư"): its entry and the range of its name.
    fn ministry_after(
        &self,
        post: u32,
        at: usize,
    ) -> Option<(u32, Range<usize>)> {
        let g = self.g;
        if !matches!(
            g.entry(post).id.as_ref(),
            "ttl.bo-truong" | "ttl.thu-truong"
        ) {
            return None;
        }
        let norm = self.norm();
        let start = at + 1;
        if !norm[at..].starts_with(' ') || start >= norm.len() {
            return None;
        }
        let rest = &norm[start..];
        if !rest.starts_with(char::is_uppercase) {
            return None;
        }
        // The longest ministry name that the words after the post spell.
        // The head of `rest` as long as a name, with its key where it ends
        // on a word boundary, made once for each length.
        let mut heads: Vec<(usize, usize, Option<String>)> = Vec::new();
        let mut best: Option<(u32, usize)> = None;
        for m in g.ministries() {
            let k = match heads.iter().position(|h| h.0 == m.chars) {
                Some(k) => k,
                None => {
                    heads.push(spelled_head(rest, m.chars));
                    heads.len() - 1
                }
            };
            let (_, len, key) = &heads[k];
            if key.as_ref() != Some(&m.key) {
                continue;
            }
            if best.is_none_or(|(_, l)| *len > l) {
                best = Some((m.entry, *len));
            }
        }
        best.map(|(i, len)| (i, start..start + len))
    }

    /// The organization mention of a body the dictionaries do not know,
    /// named as written at `r`.
    fn unknown_body(&self, r: Range<usize>) -> Mention {
        let text = self.norm()[r.clone()].to_string();
        let mut org = Mention::new(r, EntityType::Organization, text.clone());
        org.base = Some(text);
        org
    }

    /// A body the dictionaries do not know whose head noun is written in
    /// capitals inside the post at hit `j` ("Trưởng Ban", "Trưởng Phòng",
    /// "Trưởng Đoàn"), its name going on after the post in capitals:
    /// "Trưởng Ban Chỉ đạo phòng chống thiên tai" is the head ("Trưởng")
    /// of "Ban Chỉ đạo phòng chống thiên tai". Returns the plain post and
    /// the body.
    fn body_in_post(
        &self,
        post: u32,
        j: usize,
        hits: &[Hit],
    ) -> Option<(u32, Range<usize>)> {
        let g = self.g;
        if !matches!(
            g.entry(post).id.as_ref(),
            "ttl.truong-ban" | "ttl.truong-phong" | "ttl.truong-doan"
        ) {
            return None;
        }
        let hit = &hits[j].norm;
        let norm = self.norm();
        let head = hit.start + norm[hit.clone()].find(' ')? + 1;
        let capital = |at: usize| norm[at..].starts_with(char::is_uppercase);
        if !capital(head)
            || !norm[hit.end..].starts_with(' ')
            || !capital(hit.end + 1)
        {
            return None;
        }
        let body = self.body_at(head, hits, j + 1)?;
        let truong = g.index_of("ttl.truong")?;
        (body.end > hit.end).then_some((truong, body))
    }

    /// A body the dictionaries do not know, right after a post ending at
    /// `at`: a head noun ("Công ty", "Cục", "Chi cục", "Trung tâm", "Hội",
    /// "Tổ", …) and the words that follow it up to a comma, a bracket, a
    /// dash, the start of a name or a verb; or an acronym ("EVN") or a
    /// brand written in plain letters ("Vinatex"). `next` is the index of
    /// the first hit after the post.
    fn body_after(
        &self,
        at: usize,
        hits: &[Hit],
        next: usize,
    ) -> Option<Range<usize>> {
        let norm = self.norm();
        if !norm[at..].starts_with(' ') || at + 1 >= norm.len() {
            return None;
        }
        self.body_at(at + 1, hits, next)
    }

    /// The name of a department right after `at` (after a space), its
    /// head noun being the post's: capitalized words and the words in
    /// lower case that go on with them ("Tổ chức cán bộ", "Đào tạo đại
    /// học", "Hồi sức tích cực - Chống độc"), up to a mark, a body or a
    /// place, a type word, a verb or a person's name.
    fn department_name(
        &self,
        at: usize,
        hits: &[Hit],
        j: usize,
    ) -> Option<Range<usize>> {
        let norm = self.norm();
        let start = at + 1;
        norm[at..].strip_prefix(' ')?;
        let hit_at = |p: usize| {
            hits.get(j..).is_some_and(|hs| {
                hs.iter()
                    .take_while(|h| h.norm.start <= p)
                    .any(|h| h.norm.start == p)
            })
        };
        let mut end = start;
        let mut n = 0;
        // Whether what ends the name bounds it; the end of the text or
        // too many words do not ("Trưởng phòng Hành chính rất vui").
        let bounded = loop {
            let rest = &norm[end..];
            // The word at `w`: after one space, or after a dash between
            // two capitalized words.
            let (w, dash) = if n == 0 {
                (end, false)
            } else if let Some(j) =
                [" - ", " – ", " "].iter().find(|j| rest.starts_with(**j))
            {
                (end + j.len(), j.len() > 1)
            } else {
                break !rest.is_empty();
            };
            let r = &norm[w..];
            let len = r
                .find(|c: char| !crate::normalize::is_word_char(c))
                .unwrap_or(r.len());
            if len == 0 {
                break false;
            }
            if n == 12 {
                break false;
            }
            let word = &r[..len];
            let capital = word.starts_with(char::is_uppercase);
            // A code names the department by itself ("Trưởng phòng
            // PA05").
            let code = len >= 2
                && word
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit());
            if n == 0 && (!capital || code) || dash && !capital {
                return None;
            }
            let mut buf = [0; 48];
            let lower = crate::normalize::lower_word(word, &mut buf);
            let next_capital = r[len..]
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase));
            // ("phạm" in "Sư phạm Toán học" is no surname.)
            let person = capital
                && crate::recognize::person::is_surname(word)
                && next_capital;
            // What ends the name and bounds it: a body or a place, a type
            // word, a body's head noun, a person's name, a verb.
            if n > 0
                && (hit_at(w)
                    || self.level_after(w - 1).is_some()
                    || capital && body_heads().any(|h| r.starts_with(h))
                    || person
                    || !capital
                        && lower != "và"
                        && (BODY_STOPS.contains(&lower)
                            || SPEECH_AFTER_HEAD.contains(&lower)
                            || matches!(lower, "của" | "thuộc")))
            {
                break true;
            }
            if lower == "và" && !next_capital {
                break false;
            }
            end = w + len;
            n += 1;
        };
        (bounded && n > 0).then_some(start..end)
    }

    /// A body the dictionaries do not know, starting at `start` (see
    /// [`Ctx::body_after`]).
    fn body_at(
        &self,
        start: usize,
        hits: &[Hit],
        next: usize,
    ) -> Option<Range<usize>> {
        let norm = self.norm();
        let rest = &norm[start..];
        // The first word settles most calls; the others are cut only
        // after a head.
        // A body's name starts with a word: not with a bracket ("(PC04)"
        // after a body the dictionaries know is its abbreviation).
        let first =
            body_words(rest, 1).into_iter().next().filter(|w| w.start == 0)?;
        let first_text = &rest[first.clone()];
        let first_byte = rest.as_bytes().first();
        let head = body_heads()
            .filter(|h| {
                h.as_bytes().first() == first_byte
                    && rest.starts_with(**h)
                    && !rest[h.len()..]
                        .starts_with(|c: char| c.is_alphanumeric())
            })
            .map(|h| h.len())
            .max();
        // A person's name or a place comes first: no body.
        let person = crate::recognize::person::is_surname(first_text)
            && rest[first.end..].starts_with(' ')
            && rest[first.end + 1..].starts_with(char::is_uppercase);
        let place_next = hits.get(next).is_some_and(|h| h.norm.start == start);
        if person || (place_next && head.is_none()) {
            return None;
        }
        let Some(head) = head else {
            // A firm by its trade and name: "Tổng Giám đốc Thép Kinh Bắc",
            // "Chủ tịch Nhựa Bình Minh" (one to three capitalized words
            // after the trade).
            if crate::recognize::person::TRADES.contains(&first_text) {
                let mut at = first.end;
                let mut n = 0;
                while n < 3
                    && let Some(w) = rest[at..].strip_prefix(' ')
                    && w.starts_with(char::is_uppercase)
                {
                    let len = w
                        .find(|c: char| !c.is_alphanumeric())
                        .unwrap_or(w.len());
                    at += 1 + len;
                    n += 1;
                }
                return (n > 0).then(|| start..start + at);
            }
            // "Chủ tịch EVN", "Chủ tịch Vinatex".
            // (Acronyms carry no marks but "Đ": "TIẾP" in a headline
            // written in capitals is a word.)
            let acronym = first_text.chars().count() >= 2
                && first_text.chars().all(|c| {
                    c.is_ascii_uppercase() || c.is_ascii_digit() || c == 'Đ'
                })
                && !LEVEL_WORDS.iter().any(|l| key_eq(first_text, l.folded));
            // A brand is one word: two in plain letters are a foreign
            // name ("Thủ tướng Shinzo Abe"; but "Chủ tịch Vinatex Trần
            // Quang Nghị"); of three, the first is a brand and the others
            // the name ("Nhà sáng lập Facebook Mark Zuckerberg").
            // (A Korean given name joins its syllables by a hyphen:
            // "Đại sứ Park Jin-woo".)
            // (Or in letters of another alphabet: "Piotr Zieliński".)
            let plain_capitalized = |w: &str| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && (w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                        || w.chars().all(|c| c.is_alphabetic() || c == '-')
                            && !crate::recognize::person::is_syllable(w))
            };
            let next_two: Vec<&str> =
                rest[first.end..].split(' ').skip(1).take(2).collect();
            let foreign_name = rest[first.end..].starts_with(' ')
                && next_two.first().is_some_and(|w| {
                    plain_capitalized(w)
                        && !crate::recognize::person::is_surname(w)
                })
                && !next_two.get(1).is_some_and(|w| plain_capitalized(w));
            // A foreign firm's arm in Vietnam: words in plain letters and
            // "Việt Nam" ("Samsung Electronics Việt Nam", "LG Display Việt
            // Nam").
            if first_text.starts_with(char::is_uppercase)
                && first_text.chars().all(char::is_alphanumeric)
                && !crate::recognize::person::is_syllable(first_text)
            {
                let mut at = first.end;
                for _ in 0..3 {
                    let r = &rest[at..];
                    if let Some(after) = r.strip_prefix(" Việt Nam")
                        && !after.starts_with(|c: char| c.is_alphanumeric())
                    {
                        return Some(start..start + at + " Việt Nam".len());
                    }
                    let Some(w) = r.strip_prefix(' ') else { break };
                    let len = w
                        .find(|c: char| !c.is_alphanumeric() && c != '-')
                        .unwrap_or(w.len());
                    if len == 0 || !w.starts_with(char::is_uppercase) {
                        break;
                    }
                    at += 1 + len;
                }
            }
            // Or written in mixed capitals: "HDBank", "VPBank", "MoMo".
            let camel = first_text.is_ascii()
                && first_text[1..].chars().any(|c| c.is_ascii_lowercase())
                && first_text[1..].chars().any(|c| c.is_ascii_uppercase());
            let brand = first_text.is_ascii()
                && first_text.len() >= 4
                && first_text.starts_with(|c: char| c.is_ascii_uppercase())
                && first_text.chars().all(|c| c.is_ascii_alphanumeric())
                && (first_text[1..].chars().all(|c| c.is_ascii_lowercase())
                    && !foreign_name
                    || camel);
            // A brand ends at a mark or before a capital: "Kinh doanh"
            // is a word.
            let ends = rest[first.end..]
                .starts_with([',', ';', '.', ')', ':'])
                || first.end == rest.len()
                || rest[first.end..].strip_prefix(' ').is_some_and(|r| {
                    !(brand && r.starts_with(char::is_lowercase))
                });
            // A number after a brand is part of its name: "Vinafood 1".
            // (Not an amount after it: "Vinatex 15 tỷ đồng".)
            let numbered = rest[first.end..].strip_prefix(' ').and_then(|r| {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                let after = &r[n..];
                let word = after
                    .strip_prefix(' ')
                    .map(|a| a.split([' ', ',', '.']).next().unwrap_or(""));
                let ok = (1..=2).contains(&n)
                    && (after.is_empty()
                        || after.starts_with([',', ';', ':', ')', '('])
                        || after.starts_with(". ")
                        || word.is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && !AMOUNT_WORDS.contains(&w)
                        }));
                ok.then_some(1 + n)
            });
            let end = first.end + numbered.unwrap_or(0);
            return ((acronym || brand) && ends).then(|| start..start + end);
        };
        // The words after the head, up to what cannot be part of a name.
        let words = body_words(rest, 24);
        let mut end = head;
        let mut place_end = None;
        // Whether that place is a name's part, not a unit's ("tỉnh Quảng
        // Nam"): a pair of places may then name the body.
        let mut named_place = false;
        // Whether the name holds a country's: a foreign body, which may
        // give its seat.
        let mut abroad = false;
        let mut company = false;
        // The word before, in the name.
        let mut prev: Option<Range<usize>> = None;
        // The end before an abbreviation in brackets, which is part of the
        // name only when the name goes on after it.
        let mut before_bracket = None;
        // The place of two syllables or more that starts at `at` of
        // `rest`: one alone ("Tư" in "Tư vấn") is most often a word.
        let place_at = |at: usize| {
            // Hits are in text order.
            let k = hits.partition_point(|h| h.norm.start < start + at);
            hits.get(k).filter(|h| {
                h.norm.start == start + at
                    && h.entries
                        .iter()
                        .any(|&e| self.g.entry(e).kind() == Kind::Place)
                    && norm[h.norm.clone()].contains(not_word)
            })
        };
        // The word before is a unit's number.
        let mut numbered = false;
        // Whether a hit starts at `at` of `rest` (hits are in text order).
        let place_here_at = |at: usize| {
            let k = hits.partition_point(|h| h.norm.start < start + at);
            hits.get(k).is_some_and(|h| h.norm.start == start + at)
        };
        // A board's name may hold what it manages ("… các công trình", "…
        // và các khu công nghiệp").
        let board = BOARD_HEADS.iter().any(|h| rest.starts_with(h));
        for w in words.iter().skip_while(|w| w.end <= head) {
            // A place the name holds, with its parts joined by a dash
            // ("Bà Rịa - Vũng Tàu"); or a second place after a dash
            // ("Heineken Việt Nam - Vũng Tàu", "Sài Gòn - Hà Nội").
            let in_place = place_end.is_some_and(|pe| w.start < pe);
            let dashed = place_end == Some(end)
                && matches!(&rest[end.min(w.start)..w.start], " - " | " – ")
                && (place_at(w.start).is_some()
                    || named_place
                        && place_pair(rest, w).is_some_and(|e| {
                            place_end = Some(e);
                            true
                        }));
            // A body ends with its place: "Chi cục BVTV Hà Tĩnh" (then
            // "từng", a name, …), but for a number ("… Hà Nội 2").
            // After a company's legal form a capitalized word goes on with
            // the trade name ("Công ty TNHH Hòa Bình Xanh"), unless a
            // person's name starts there.
            let trade_name = company
                && w.start == end + 1
                && rest[w.clone()].starts_with(char::is_uppercase)
                && !crate::recognize::person::is_surname(&rest[w.clone()]);
            // A foreign body's seat: "Hiệp hội Doanh nghiệp Hàn Quốc tại
            // Việt Nam", "Phòng Thương mại Mỹ tại Việt Nam".
            let seat = abroad
                && (&rest[w.clone()] == "tại"
                    && w.start == end + 1
                    && place_at(w.end + 1).is_some()
                    || prev.clone().is_some_and(|r| &rest[r] == "tại")
                        && w.start == end + 1
                        && place_at(w.start).is_some());
            if place_end.is_some_and(|pe| w.start >= pe)
                && !dashed
                && !trade_name
                && !seat
                && !rest[w.clone()].starts_with(|c: char| c.is_ascii_digit())
            {
                break;
            }
            // The abbreviation the text gives is part of the name ("Công
            // ty cổ phần Thủy sản (CTCP TS) Thuận Phước"), and its words
            // are passed over.
            if w.start == end + 2
                && let Some(n) = bracketed_abbrev(&rest[end..])
            {
                before_bracket = Some(end);
                end += n;
                continue;
            }
            if w.start < end && end > head && rest[..end].ends_with(')') {
                continue;
            }
            let word = &rest[w.clone()];
            let mut buf = [0; 48];
            let lower = crate::normalize::lower_word(word, &mut buf);
            let capital = word.starts_with(char::is_uppercase);
            // After the abbreviation in brackets, only a capitalized word
            // goes on with the name: "Phòng Cảnh sát hình sự (PC02) triệt
            // phá …" ends before the bracket.
            // (Or a unit's type word: "… (PCTT&TKCN) tỉnh Quảng Bình".)
            if before_bracket.is_some()
                && !capital
                && self.level_after(start + w.start - 1).is_none()
            {
                break;
            }
            // A word glued to the head ("Công ty-…") or far from it ends
            // the name; "&" joins two capitalized words ("Hoa & Nắng").
            let gap = &rest[end.min(w.start)..w.start];
            let prev_text = prev.clone().map_or("", |r| &rest[r]);
            // A dash joins two capitalized parts of one name ("Bệnh viện
            // Sản - Nhi", "Phòng Tài chính - Kế hoạch"), unless a body or a
            // person's name starts after it; a comma joins the words of a
            // pair ("Phòng, chống", "Khám, chữa bệnh").
            let dash_joined = matches!(gap, " - " | " – " | "-")
                && capital
                && end > head
                && !body_heads().any(|h| rest[w.start..].starts_with(h))
                && !(crate::recognize::person::is_surname(word)
                    && rest[w.end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase)));
            // So does one between the evils a board fights ("phòng,
            // chống tham nhũng, lãng phí, tiêu cực") and between
            // complaints and denunciations ("khiếu nại, tố cáo").
            let pair = gap == ", "
                && matches!(
                    (crate::normalize::lower(prev_text).as_str(), lower),
                    ("phòng", "chống")
                        | ("khám", "chữa")
                        | ("nhũng" | "phí", "lãng" | "tiêu")
                        | ("nại", "tố")
                );
            let joined =
                gap == " " || gap == " & " && capital || dash_joined || pair;
            if w.start < end || !(joined || in_place || dashed) {
                break;
            }
            // After a company's legal form the words are its name, even
            // where they start like a person's ("Công ty TNHH Phạm Tôn
            // Hưng"); a later name of three words still ends it.
            let after_form =
                ends_with_legal_form(rest[..w.start].trim_end_matches(' '));
            company |= after_form;
            // A unit's number after a capitalized word ends its name
            // before a word in lower case ("Quân khu 4 tổ chức …"; but
            // "Ban Chỉ đạo sơ kết 5 năm …").
            if !capital && numbered {
                break;
            }
            numbered = word.bytes().all(|b| b.is_ascii_digit())
                && prev
                    .clone()
                    .is_none_or(|r| rest[r].starts_with(char::is_uppercase));
            // A type word in lower case ends the name when a word in
            // lower case follows it ("Cục Quản lý thị trường tỉnh phát
            // hiện …"): it names the body's unit, which has no name here.
            // ("xã hội", society, and "hợp tác xã", a cooperative, are
            // other words.)
            if !capital
                && !place_here_at(w.start)
                && prev.clone().is_some_and(|r| {
                    let p = &rest[r.clone()];
                    let other_word = p == "xã"
                        && (lower == "hội"
                            || rest[..r.start].ends_with("tác "));
                    !other_word
                        && LEVEL_WORDS
                            .iter()
                            .any(|l| !l.abbrev && p == l.written)
                })
            {
                break;
            }
            // "về" and a capitalized word or "phòng" say what a board or
            // a committee is for ("Ban Chỉ đạo quốc gia về Phòng, chống
            // thiên tai"); "các" the works it manages ("Ban Quản lý dự án
            // … các công trình giao thông").
            let topic = lower == "về"
                && (rest[w.end..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(char::is_uppercase) || r.starts_with("phòng")
                }) || crate::normalize::lower(prev_text) == "phạm");
            let managed = board
                && lower == "các"
                && rest[w.end..].strip_prefix(' ').is_some_and(|r| {
                    ["công trình", "dự án", "khu ", "cụm "]
                        .iter()
                        .any(|n| r.starts_with(n))
                });
            if !capital
                && !topic
                && !managed
                && !seat
                && BODY_STOPS.contains(&lower)
                && !STOP_NOUNS.iter().any(|n| {
                    rest[w.start..].starts_with(n)
                        && !rest[w.start + n.len()..]
                            .starts_with(char::is_alphanumeric)
                })
            {
                let mut prev_buf = [0; 48];
                let prev_word = prev.clone().map_or("", |r| {
                    crate::normalize::lower_word(&rest[r], &mut prev_buf)
                });
                if !is_compound(prev_word, lower) {
                    break;
                }
            }
            // A unit "của" an enterprise is named without it: "Nhà máy
            // thủy điện Bản Rạ của Công ty Cổ phần …" (but "Tổ công tác
            // của Chính phủ", "Ủy ban Kinh tế của Quốc hội").
            if lower == "của"
                && rest[w.end..].strip_prefix(' ').is_some_and(|r| {
                    ENTERPRISE_HEADS.iter().any(|h| r.starts_with(h))
                })
            {
                break;
            }
            prev = Some(w.clone());
            // A two-word verb: only where the word can start one.
            if !capital && BODY_STOPS_2.iter().any(|s| first_word_is(s, lower))
            {
                // The word and the next: the first forty chars of spaces
                // and word chars, up to their second space.
                let from = &rest[w.start..];
                let mut end = from.len();
                for (k, (i, c)) in from.char_indices().enumerate() {
                    if k == 40
                        || c != ' ' && !crate::normalize::is_word_char(c)
                    {
                        end = i;
                        break;
                    }
                }
                let run = &from[..end];
                let two = run
                    .match_indices(' ')
                    .nth(1)
                    .map_or(run, |(i, _)| &run[..i]);
                // But a board that carries out a law or a programme is
                // named by it ("Ban Chỉ đạo sơ kết 5 năm thực hiện Luật
                // Hợp tác xã").
                let document =
                    from[two.len()..].strip_prefix(' ').is_some_and(|r| {
                        DOCUMENTS.iter().any(|d| r.starts_with(d))
                    });
                // "Công nghệ thông tin" is a field, not a verb of speech.
                let field = two == "thông tin"
                    && crate::normalize::lower(prev_text) == "nghệ";
                if BODY_STOPS_2.contains(&two) && !document && !field {
                    break;
                }
            }
            // A place inside the name ("… Thái Bình") is part of it.
            let place_here = place_here_at(w.start);
            if let Some(h) = place_at(w.start) {
                place_end = Some(h.norm.end - start);
                abroad |= h
                    .entries
                    .iter()
                    .any(|&e| self.g.entry(e).level.as_ref() == "country");
                named_place = prev_text.is_empty()
                    || !LEVEL_WORDS
                        .iter()
                        .any(|l| key_eq(prev_text, l.folded));
            }
            // A name starts: "… Thái Bình Nguyễn Văn A"; but one word
            // later where a surname and "Văn" or "Thị" follow ("Tập đoàn
            // Sao Vàng Lê Văn Tư").
            if !place_here
                && capital
                && !after_form
                && (!company || capitalized_words(&rest[w.end..]) >= 2)
                && crate::recognize::person::is_surname(word)
                && rest[w.end..].starts_with(' ')
                && rest[w.end + 1..].starts_with(char::is_uppercase)
                && !word.chars().all(char::is_uppercase)
                && !surname_then_middle(&rest[w.end + 1..])
            {
                // After a type word the words are a unit's name, unless
                // they have a person's middle name ("Cục Quản lý thị
                // trường tỉnh Trần Văn Tuấn").
                let before_is_level =
                    rest[..w.start].trim_end().rsplit(' ').next().is_some_and(
                        |p| LEVEL_WORDS.iter().any(|l| key_eq(p, l.folded)),
                    );
                // No person's name holds a province's or a country's
                // name of two syllables (a commune's it may: "Tiến
                // Dũng"): the capitalized words are the body's ("Tập
                // đoàn Hoàng Anh Gia Lai").
                let holds_place = {
                    let mut at = w.end;
                    let mut found = false;
                    for _ in 0..4 {
                        let Some(r) = rest[at..].strip_prefix(' ') else {
                            break;
                        };
                        if !r.starts_with(char::is_uppercase) {
                            break;
                        }
                        let next = rest.len() - r.len();
                        if place_at(next).is_some_and(|h| {
                            h.entries.iter().any(|&e| {
                                let e = self.g.entry(e);
                                e.kind() == Kind::Place
                                    && matches!(
                                        e.level.as_ref(),
                                        "province" | "country"
                                    )
                            })
                        }) {
                            found = true;
                            break;
                        }
                        at = next + r.find([' ', ',', '.']).unwrap_or(r.len());
                    }
                    found
                };
                if (!before_is_level || surname_then_middle(&rest[w.start..]))
                    && !holds_place
                {
                    break;
                }
            }
            // "và" joins two parts of one name ("Thông tin và Truyền
            // thông") unless another body follows.
            if lower == "và" {
                let after = &rest[w.end..].trim_start();
                // "Doanh nghiệp nhỏ và vừa" is one noun; a board may manage
                // zones of two kinds ("Ban Quản lý Khu kinh tế và các khu
                // công nghiệp").
                let small_and_medium = after.starts_with("vừa")
                    && rest[..w.start].ends_with("nhỏ ");
                let zones = board && after.starts_with("các khu ");
                // "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 1".
                let inspection = after.starts_with("thanh tra ")
                    && rest[..w.start].ends_with("tố cáo ");
                // Works of two kinds: "Ban Quản lý dự án … các công trình
                // dân dụng và công nghiệp".
                let works = board && rest[..w.start].contains("công trình ");
                if !after.starts_with(char::is_uppercase)
                    && !small_and_medium
                    && !zones
                    && !inspection
                    && !works
                    || body_heads().any(|h| after.starts_with(h))
                {
                    break;
                }
            }
            end = w.end;
            before_bracket = None;
            // A place glued by a hyphen to more of the name ("… Việt
            // Nam-Hải Phòng") does not end it; the second place, when the
            // hyphen joins two, does.
            if let Some(pe) = place_end
                && w.start < pe
                && pe < w.end
            {
                place_end = rest[pe..]
                    .strip_prefix('-')
                    .and_then(|_| place_at(pe + 1))
                    .map(|h| h.norm.end - start);
            }
            // (Not inside a place the name holds: "… tỉnh Quảng Bình".)
            if end - head > 120 && place_end.is_none_or(|pe| end >= pe) {
                break;
            }
        }
        if let Some(b) = before_bracket {
            end = b;
        }
        (end > head).then(|| start..start + end)
    }

    /// Whether the next item of a list of names starts at `at`, after
    /// one that ends at `end`: only a comma, "và" or "&" between.
    fn list_next(&self, end: usize, at: usize) -> bool {
        let Some(gap) = self.norm().get(end..at) else { return false };
        let gap = gap.trim_matches(' ');
        matches!(gap, "," | "và" | "&" | ", và")
    }

    /// Whether an organization mention (hits `i..end`) is a bare body
    /// that exists at every level, with neither a type word nor a place
    /// nor a parent body ("UBND các xã", "Đảng bộ và chính quyền"): it
    /// names no particular body, so it is no entity of its own.
    fn generic(
        &self,
        m: &Mention,
        i: usize,
        end: usize,
        hits: &[Hit],
    ) -> bool {
        let Some(first) = self.entry_of(hits, i, Kind::Organization, &[])
        else {
            return false;
        };
        let e = self.g.entry(first);
        let text = &self.norm()[m.norm.clone()];
        // The committees of a Party body, bare, are the ones the text is
        // about ("Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí"), as
        // "Thành ủy" is.
        let committee =
            matches!(e.id.as_ref(), "org.ban-chap-hanh" | "org.ban-thuong-vu")
                && text.starts_with('B')
                && !(self.norm()[m.norm.end..].starts_with(',')
                    || self.norm()[m.norm.end..].starts_with(" và "));
        end == i + 1
            && !committee
            && e.level == "any"
            && m.place.is_none()
            && m.norm == hits[i].norm
            && !is_abbrev_alias(text, e)
            && !national_alone(text, e)
    }

    /// When title `t` of `ms` (a title and its body) is a post of a body
    /// of every level that names no unit ("Bí thư Đảng ủy") or no parent
    /// ("Ủy viên Ban Thường vụ"): which of the two it lacks, the parent
    /// (`true`) or the unit (`false`).
    fn names_no_unit(&self, ms: &[Mention], t: usize) -> Option<bool> {
        let m = &ms[t];
        let (full, short) = m.organization.as_ref()?;
        if full != short || m.place.is_some() {
            return None;
        }
        let body = ms.iter().find(|o| {
            o.kind == EntityType::Organization && o.norm.end == m.norm.end
        })?;
        let e = self.g.get(body.id.as_deref()?)?;
        let any = e.level == "any" && takes_type_word(&e.name);
        if !any {
            return None;
        }
        if e.attaches("place") {
            Some(false)
        } else if e.attaches("parent") {
            Some(true)
        } else {
            None
        }
    }

    /// Gives title `pending`, whose body names no unit (or no parent,
    /// `parent`), those of the post `next` that follows it in a list: "Bí
    /// thư Đảng ủy, Chủ tịch UBND xã Xuân Lộc" is the secretary of the
    /// party committee of Xuân Lộc; "Ủy viên Ban Thường vụ, Trưởng Ban Tổ
    /// chức Tỉnh ủy Hà Tĩnh" sits on the standing board of that province's
    /// party committee.
    fn unit_of_next(
        &self,
        pending: &mut Mention,
        parent: bool,
        next: &Mention,
    ) {
        if !self.list_next(pending.norm.end, next.norm.start)
            || next.place.is_none()
        {
            return;
        }
        let Some((full, short)) = &next.organization else { return };
        let tail = if parent {
            // The party committee the next body is of, with its unit.
            let committee = [" Tỉnh ủy", " Thành ủy", " Huyện ủy", " Quận ủy"]
                .iter()
                .chain(&[" Thị ủy", " Đảng ủy"])
                .filter_map(|c| full.find(c))
                .min();
            match committee {
                Some(k) => &full[k..],
                None => return,
            }
        } else {
            let Some(tail) = full.strip_prefix(short.as_str()) else { return };
            let unit_word = tail.strip_prefix(' ').is_some_and(|t| {
                LEVEL_WORDS.iter().filter(|lw| !lw.abbrev).any(|lw| {
                    t.strip_prefix(lw.written)
                        .is_some_and(|r| r.starts_with(' '))
                })
            });
            if !unit_word {
                return;
            }
            tail
        };
        if let Some((full, _)) = &mut pending.organization {
            full.push_str(tail);
        }
        pending.normalized.push_str(tail);
        pending.place.clone_from(&next.place);
    }

    /// Whether the posts or bodies named at `start..end` are many: a
    /// number or a plural word before ("5 Phó Chủ tịch", "các Giám đốc
    /// Sở"), or after ("UBND các xã", "UBND 34 tỉnh").
    fn counted(&self, start: usize, end: usize) -> bool {
        let norm = self.norm();
        let before = norm[..start].trim_end_matches(' ');
        let prev = before.rsplit(' ').next().unwrap_or("");
        let next = norm[end..].trim_start_matches(' ').split(' ').next();
        // A word too long for the buffer is none of these.
        let plural = |w: &str| {
            matches!(
                crate::normalize::lower_word(w, &mut [0; 48]),
                "các" | "những" | "mọi" | "từng" | "hai" | "ba" | "cấp"
            )
        };
        // A number after, too: "UBND 34 tỉnh, thành phố".
        let number =
            |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        number(prev)
            || plural(prev)
            || next.is_some_and(|w| plural(w) || number(w))
    }

    /// A title starting at hit `i`: [prefix] post [suffix] [body]. Returns
    /// the index after its last hit and its mentions (the title, and its
    /// body as an organization).
    fn title(
        &self,
        i: usize,
        hits: &[Hit],
        places: &[Option<Resolved>],
        main: &Main,
    ) -> Option<(usize, Vec<Mention>)> {
        let g = self.g;
        let mut j = i;
        // The parts of the name: the dictionaries' and the text's are
        // borrowed, only a body made here is copied.
        let mut names: Vec<Cow<'_, str>> = Vec::new();
        let mut end = hits[i].norm.start;
        let mut former = false;
        while let Some(p) = self.entry_of(hits, j, Kind::Title, &["prefix"]) {
            if j > i && !self.adjacent(end, hits[j].norm.start) {
                break;
            }
            former |= g.entry(p).id == "ttl.nguyen";
            names.push(Cow::Borrowed(&g.entry(p).name));
            end = hits[j].norm.end;
            j += 1;
        }
        if j > i
            && (j >= hits.len() || !self.adjacent(end, hits[j].norm.start))
        {
            return None;
        }
        let mut post = self.entry_of(
            hits,
            j,
            Kind::Title,
            &["post", "head", "rank", "degree"],
        )?;
        // "Trưởng Ban Chỉ đạo …": a post that holds the head noun of the
        // body it heads, the body's name going on in capitals.
        let head_body = self.body_in_post(post, j, hits);
        if let Some((truong, _)) = head_body {
            post = truong;
        }
        let post_unit = g.entry(post).unit.clone();
        let post_hit = j;
        // A post that names its body in itself: "Thường trực Ban Bí thư".
        let own_body = HEAD_BODIES
            .iter()
            .find(|(t, _)| g.entry(post).id == *t)
            .and_then(|(_, o)| g.get(o))
            .and_then(|e| {
                let r = hits[j].norm.clone();
                let at = self.norm()[r.clone()].rfind(e.name.as_ref())?;
                let mut org = Mention::new(
                    r.start + at..r.end,
                    EntityType::Organization,
                    e.name.to_string(),
                );
                org.id = Some(e.id.to_string());
                org.base = Some(e.name.to_string());
                Some(org)
            });
        names.push(Cow::Borrowed(&g.entry(post).name));
        end = hits[j].norm.end;
        j += 1;
        let composable = matches!(post_unit.as_ref(), "post" | "head");
        if composable
            && j < hits.len()
            && self.adjacent(end, hits[j].norm.start)
            && let Some(s) = self.entry_of(hits, j, Kind::Title, &["suffix"])
        {
            names.push(Cow::Borrowed(&g.entry(s).name));
            end = hits[j].norm.end;
            j += 1;
        }
        // The post's own parts are the first ones.
        let post_len = names.len();
        let mut out = Vec::new();
        let mut place = None;
        let mut organization = None;
        // "Giám đốc Chiến lược đầu tư Công ty CP X": a director of a
        // field of a firm, the field named between the post and the firm.
        if g.entry(post).id == "ttl.giam-doc"
            && head_body.is_none()
            && hits.get(j).is_none_or(|h| h.norm.start != end + 1)
            && let Some(r) = self.department_name(end, hits, j)
            && !body_heads().any(|h| self.norm()[r.start..].starts_with(h))
            && self.norm()[r.end..].strip_prefix(' ').is_some_and(|rest| {
                FIRM_HEADS.iter().any(|h| rest.starts_with(h))
            })
        {
            names.push(Cow::Borrowed(&self.norm()[r.clone()]));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        }
        // "Trưởng phòng Tổ chức cán bộ Sở Nội vụ": a department the
        // dictionaries do not know, named after the post that holds its
        // head noun, then the body it belongs to. The department is a
        // body too, from its head noun on.
        let department = DEPARTMENT_POSTS
            .iter()
            .find(|(id, _)| g.entry(post).id == *id)
            .filter(|_| head_body.is_none())
            // "Trưởng phòng Phòng Cảnh sát hình sự": the department's own
            // name, its head noun written, is a body of its own.
            .filter(|(_, head)| {
                !self.norm()[end..]
                    .strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(head))
                    .is_some_and(|r| r.starts_with(' '))
            })
            .and_then(|&(_, head)| {
                Some((head, self.department_name(end, hits, j)?))
            });
        if let Some((head, r)) = department {
            names.push(Cow::Borrowed(&self.norm()[r.clone()]));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
            let parent = if j < hits.len()
                && self.adjacent(end, hits[j].norm.start)
                && let Some((after, org)) = self.org(j, hits, places, main)
            {
                j = after;
                Some(org)
            } else {
                self.body_after(end, hits, j).map(|r| {
                    while j < hits.len() && hits[j].norm.start < r.end {
                        j += 1;
                    }
                    self.unknown_body(r)
                })
            };
            if let Some(org) = parent {
                names.push(Cow::Owned(org.normalized.clone()));
                place.clone_from(&org.place);
                end = org.norm.end;
                out.push(org);
            }
            let post_text = &self.norm()[hits[post_hit].norm.clone()];
            let sp = post_text.rfind(' ').map_or(0, |k| k + 1);
            let mut dept = Mention::new(
                hits[post_hit].norm.start + sp..end,
                EntityType::Organization,
                format!("{head} {}", names[post_len..].join(" ")),
            );
            dept.base = Some(dept.normalized.clone());
            dept.place.clone_from(&place);
            organization =
                Some((dept.normalized.clone(), dept.normalized.clone()));
            out.push(dept);
        } else if let Some((_, r)) = head_body.clone() {
            let org = self.unknown_body(r.clone());
            names.push(Cow::Owned(org.normalized.clone()));
            organization =
                Some((org.normalized.clone(), org.normalized.clone()));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
            out.push(org);
        } else if composable
            && j < hits.len()
            && self.adjacent(end, hits[j].norm.start)
            && let Some((after, org)) = self.org(j, hits, places, main)
        {
            let j0 = j;
            names.push(Cow::Owned(org.normalized.clone()));
            place.clone_from(&org.place);
            organization = Some((
                org.normalized.clone(),
                org.base.clone().unwrap_or_default(),
            ));
            end = org.norm.end;
            j = after;
            // "Chánh Văn phòng HĐND và UBND huyện", "Chánh Văn phòng Đoàn
            // ĐBQH và HĐND tỉnh": the one office of two bodies.
            let shared_office = |a: Option<&str>, b: Option<&str>| {
                [
                    ("org.hoi-dong-nhan-dan", "org.uy-ban-nhan-dan"),
                    ("org.doan-dai-bieu-quoc-hoi", "org.hoi-dong-nhan-dan"),
                ]
                .iter()
                .any(|&(x, y)| a == Some(x) && b == Some(y))
            };
            if OFFICE_POSTS.iter().any(|(id, _)| g.entry(post).id == *id)
                && self.norm()[end..].starts_with(" và ")
                && hits
                    .get(j)
                    .is_some_and(|h| h.norm.start == end + " và ".len())
                && let Some((after, ub)) = self.org(j, hits, places, main)
                && shared_office(org.id.as_deref(), ub.id.as_deref())
            {
                names.push(Cow::Borrowed("và"));
                names.push(Cow::Owned(ub.normalized.clone()));
                place.clone_from(&ub.place);
                organization = organization.map(|(n, b)| {
                    (
                        format!("{n} và {}", ub.normalized),
                        format!("{b} và {}", ub.base.as_deref().unwrap_or("")),
                    )
                });
                end = ub.norm.end;
                j = after;
                out.push(ub);
            }
            // The body of a post is a particular one even when bare: that
            // of the unit the text is about ("Chủ tịch UBND Huỳnh Đức Thơ",
            // "Bí thư Thành ủy cho rằng"); but for posts counted ("5 Phó
            // Chủ tịch UBND") or bodies of many units ("Chủ tịch UBND các
            // xã").
            if !self.generic(&org, j0, after, hits)
                || !self.counted(hits[i].norm.start, org.norm.end)
            {
                out.push(org);
            }
        } else if let Some((ministry, r)) = self.ministry_after(post, end) {
            // "Bộ trưởng Tài chính": the ministry without its "Bộ".
            let e = g.entry(ministry);
            names.push(Cow::Borrowed(&e.name));
            organization = Some((e.name.to_string(), e.name.to_string()));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        } else if composable
            && let Some((lw, r)) = self.level_after(end)
            && hits.get(j).is_none_or(|h| {
                h.norm.start >= r.end
                    || h.norm.start == r.start
                        && self.place_of_level(places, j, &lw).is_some()
            })
        {
            // A post of a unit named by its type word alone, the body
            // left out: "Chủ tịch TP", "Chánh Thanh tra tỉnh", "Phó Chủ
            // tịch xã Phù Việt". The unit is the one named next (its name
            // may hold the type word: "TP.HCM"), or else the one of that
            // level the document is about.
            let written = hits.get(j).is_none_or(|h| h.norm.start != r.start);
            if written {
                names.push(Cow::Borrowed(lw.spelled()));
                end = r.end;
            }
            let known = self
                .place_of_level(places, j, &lw)
                .filter(|_| self.adjacent(end, hits[j].norm.start));
            if let Some(e) = known {
                if !written {
                    names.push(Cow::Borrowed(type_word(e, Some(lw))));
                }
                names.push(Cow::Borrowed(&e.name));
                place = Some(e.name.to_string());
                end = hits[j].norm.end;
                j += 1;
            } else if let Some(u) = self.unknown_unit_after(&lw, end, hits, j)
            {
                let name = &self.norm()[u.clone()];
                names.push(Cow::Borrowed(name));
                place = Some(name.to_string());
                end = u.end;
                while j < hits.len() && hits[j].norm.start < end {
                    j += 1;
                }
            } else if let Some(p) = main.unit(g, lw.level) {
                let name = &g.entry(p).name;
                names.push(Cow::Borrowed(name));
                place = Some(name.to_string());
            }
        } else if composable && let Some(r) = self.body_after(end, hits, j) {
            // A body the dictionaries do not know ("Cty Giống cây trồng
            // Thái Bình", "Cục Chống tham nhũng", "EVN").
            let org = self.unknown_body(r.clone());
            names.push(Cow::Owned(org.normalized.clone()));
            organization =
                Some((org.normalized.clone(), org.normalized.clone()));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
            out.push(org);
        } else if composable && let Some((head, r)) = self.bare_head_after(end)
        {
            // "Giám đốc Sở", "Phó Giám đốc Bệnh viện": the body named
            // before, by its head noun alone. Which one it is, is settled
            // once every body of the document is known
            // ([`bare_heads_named_before`]); until then the organization
            // is the head noun, with no name.
            names.push(Cow::Borrowed(&self.norm()[r.clone()]));
            organization = Some((String::new(), head.to_string()));
            end = r.end;
            while j < hits.len() && hits[j].norm.start < end {
                j += 1;
            }
        }
        // A foreign post's country, and the country an envoy serves in:
        // "Tổng thống Mỹ", "Bộ trưởng Ngoại giao Mỹ", "Đại sứ Việt Nam
        // tại Nhật Bản".
        if composable {
            for (n, (k, h)) in self.countries_after(hits, j, end).enumerate() {
                if places.get(h).is_none_or(Option::is_none) {
                    let r = Resolved { entry: k, alternatives: Vec::new() };
                    out.push(self.place_mention(hits[h].norm.clone(), r));
                }
                let name = &g.entry(k).name;
                if n > 0 {
                    names.push(Cow::Borrowed("tại"));
                } else if place.is_none() {
                    place = Some(name.to_string());
                }
                names.push(Cow::Borrowed(name));
                end = hits[h].norm.end;
                j = h + 1;
            }
        }
        // "Chánh Văn phòng Bộ Nội vụ", "Chánh Thanh tra tỉnh": the post
        // heads the office or the inspectorate of the body or the unit
        // named after it, which is a body too.
        if let Some(&(_, head)) =
            OFFICE_POSTS.iter().find(|(id, _)| g.entry(post).id == *id)
            && head_body.is_none()
            && names.len() > post_len
            && let Some(sp) =
                self.norm()[hits[post_hit].norm.clone()].find(' ')
        {
            let of = names[post_len..].join(" ");
            // The post's title stays the post and the body it is of
            // ("Chánh Văn phòng Ủy ban nhân dân").
            let parent = organization.map(|(_, b)| b).unwrap_or_default();
            let mut office = Mention::new(
                hits[post_hit].norm.start + sp + 1..end,
                EntityType::Organization,
                format!("{head} {of}"),
            );
            office.base = Some(format!("{head} {parent}").trim_end().into());
            office.place.clone_from(&place);
            organization = Some((office.normalized.clone(), parent));
            out.push(office);
        }
        // A board's member who runs nothing in the firm: "thành viên
        // HĐQT độc lập", "(thành viên độc lập)".
        if (organization.is_some() || g.entry(post).id == "ttl.thanh-vien")
            && let Some(rest) = self.norm()[end..].strip_prefix(" độc lập")
            && !rest.starts_with(char::is_alphanumeric)
        {
            names.push(Cow::Borrowed("độc lập"));
            end += " độc lập".len();
        }
        let mut m = Mention::new(
            hits[i].norm.start..end,
            EntityType::Title,
            names.join(" "),
        );
        m.id = Some(g.entry(post).id.to_string());
        m.address = matches!(post_unit.as_ref(), "rank" | "degree")
            && names.len() == post_len
            && place.is_none();
        m.place = place;
        m.former = former;
        // The post without "Nguyên", as `join` would make it.
        let post = &names[..post_len];
        let mut base =
            String::with_capacity(post.iter().map(|n| n.len() + 1).sum());
        for n in post {
            if former && n == "Nguyên" {
                continue;
            }
            if !base.is_empty() {
                base.push(' ');
            }
            base.push_str(n);
        }
        m.organization = organization;
        // (The post is then what goes before its body, as for others.)
        if let Some(org) = own_body {
            if let Some(p) = base.strip_suffix(org.normalized.as_str()) {
                base = p.trim_end().to_string();
            }
            m.organization =
                Some((org.normalized.clone(), org.normalized.clone()));
            out.push(org);
        }
        m.base = Some(base);
        out.insert(0, m);
        Some((j, out))
    }
}

/// Whether `s` starts with `w`, its first char in either case ("bệnh
/// viện" for "Bệnh viện", "Lễ hội" for "lễ hội").
fn starts_with_either_case(s: &str, w: &str) -> bool {
    let (mut sc, mut wc) = (s.chars(), w.chars());
    let (Some(a), Some(b)) = (sc.next(), wc.next()) else {
        return false;
    };
    (a == b || a.to_lowercase().eq(b.to_lowercase()))
        && a.len_utf8() == b.len_utf8()
        && sc.as_str().starts_with(wc.as_str())
}

/// Words that make a number after a brand an amount, not part of its
/// name.
const AMOUNT_WORDS: &[&str] = &[
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "năm", "tháng", "ngày", "người",
    "ha", "tấn", "km", "lần", "lượt", "dự", "hộ", "cây", "con", "doanh",
    "công", "nhà", "đơn", "chi", "cửa",
];

/// Nouns of events that a committee organizes, in lower case.
const EVENT_NOUNS: &[&str] = &[
    "lễ hội",
    "hội thi",
    "hội thao",
    "hội diễn",
    "hội chợ",
    "hội nghị",
    "hội thảo",
    "cuộc thi",
    "giải",
    "chương trình",
    "sự kiện",
    "festival",
    "tuần lễ",
    "kỳ thi",
    "đại hội",
    "lễ",
];

/// Forms of state written before a country's name.
const STATE_FORMS: &[&str] = &[
    "Cộng hòa Liên bang",
    "Cộng hòa",
    "Cộng hoà",
    "Vương quốc",
    "Liên bang",
    "Nhà nước",
];

/// How the name of a central body of the Party may end with the Central
/// Committee's name, after a space: "Ban Bí thư Trung ương Đảng".
const CENTRAL_TAILS: [&str; 4] =
    [" Trung ương Đảng", " TW Đảng", " TƯ Đảng", " T.Ư Đảng"];

/// Posts that head the office or the inspectorate of a body or a unit
/// ("Chánh Văn phòng UBND tỉnh"), and that office's head noun.
/// Posts that hold the head noun of a department, with that noun:
/// "Trưởng phòng", "Trưởng khoa".
const DEPARTMENT_POSTS: &[(&str, &str)] = &[
    ("ttl.truong-phong", "Phòng"),
    ("ttl.pho-phong", "Phòng"),
    ("ttl.truong-khoa", "Khoa"),
];

/// Abbreviations of industrial parks and zones, before the name of the
/// province whose parks they are ("các KCN Đồng Nai").
const PARKS: &[&str] = &["KCN", "KKT", "CCN", "KCX"];

/// Posts that name their body in themselves, and the body.
const HEAD_BODIES: &[(&str, &str)] =
    &[("ttl.thuong-truc-ban-bi-thu", "org.ban-bi-thu")];

/// Head nouns of firms, after the field a director runs in one.
const FIRM_HEADS: &[&str] = &[
    "Công ty",
    "Cty",
    "CTCP",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",
    "Ngân hàng",
];

const OFFICE_POSTS: &[(&str, &str)] = &[
    ("ttl.chanh-van-phong", "Văn phòng"),
    ("ttl.chanh-thanh-tra", "Thanh tra"),
];

/// Head nouns that, alone after a post, name the body of that kind the
/// text named before ("Giám đốc Sở" after "Sở Y tế"). Longer forms
/// first.
const BARE_HEADS: &[&str] = &[
    "Tổng công ty",
    "Công ty",
    "Tập đoàn",
    "Ngân hàng",
    "Chi cục",
    "Cục",
    "Học viện",
    "Viện",
    "Trung tâm",
    "Bệnh viện",
    "Nhà trường",
    "Trường",
    "Nhà máy",
    "Hợp tác xã",
    "HTX",
    "Quỹ",
    "Sở",
];

/// Words after a head noun written alone that end it: verbs of speech
/// and of deed, and "và".
const SPEECH_AFTER_HEAD: &[&str] = &[
    "cho", "nói", "khẳng", "chia", "phát", "nhấn", "đề", "yêu", "thông",
    "trả", "ký", "đã", "vừa", "và", "cũng", "kiêm", "nhận", "phụ", "làm",
    "dẫn", "tiếp", "đến", "tham", "dự", "chủ", "giới", "trình", "gồm", "là",
    "kể", "từ", "nhiệm", "khóa",
];

/// Head nouns of bodies: a post followed by one of these names a body
/// even when the dictionaries do not know it.
const BODY_HEADS: &[&str] = &[
    // A bank's division: "Giám đốc Khối Khách hàng cá nhân".
    "Khối",
    "Quân khu",
    "Quân đoàn",
    "Quân chủng",
    "Binh chủng",
    "Sư đoàn",
    "Lữ đoàn",
    "Trung đoàn",
    "Bộ Tư lệnh",
    "Công ty",
    "Cty",
    "CTCP",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",
    "TCT",
    "Ngân hàng",
    "Cục",
    "Tổng cục",
    "Chi cục",
    "Vụ",
    "Viện",
    "Học viện",
    "Trung tâm",
    "Ban",
    "Văn phòng",
    "Phòng",
    "Hội",
    "Hiệp hội",
    "Liên hiệp",
    "Liên đoàn",
    "Công đoàn",
    "Quỹ",
    "Trường",
    "Bệnh viện",
    "Đoàn",
    "Tổ",
    "Đội",
    "Đài",
    "Báo",
    "Tạp chí",
    "Nhà máy",
    "Kho bạc",
    "Chi nhánh",
    "Ủy ban",
    "Sở",
    "Bộ",
    "Khu",
    "Cảng",
    "Hợp tác xã",
    "HTX",
    "Đại học",
    "Nhà xuất bản",
    "Chi bộ",
    "Đảng ủy",
    "Ban Quản lý",
    "BQL",
    "Câu lạc bộ",
    "CLB",
    "Cổng thông tin",
    "Thông tấn xã",
    "Hãng",
    "Ban Chỉ huy",
];

/// Heads of bodies both after a post and on their own: places of culture
/// and nature, missions abroad, churches, agencies named for what they
/// guard, and agencies at home and abroad ("Cơ quan Hợp tác quốc tế Nhật
/// Bản").
const SITES_AND_AGENCIES: &[&str] = &[
    "Nhà hát",
    "Bảo tàng",
    "Thư viện",
    "Vườn quốc gia",
    "Khu bảo tồn",
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Lãnh sự quán",
    "Giáo hội",
    "Hạt Kiểm lâm",
    "Cảng vụ",
    "Cơ quan",
];

/// [`BODY_HEADS`] and [`SITES_AND_AGENCIES`].
fn body_heads() -> impl Iterator<Item = &'static &'static str> {
    BODY_HEADS.iter().chain(SITES_AND_AGENCIES)
}

/// Heads of bodies that are named on their own (companies, banks,
/// associations, agencies), found without a post before them.
const STANDALONE: &[&str] = &[
    "Công ty",
    "Cty",
    "CTCP",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",
    "TCT",
    "Ngân hàng",
    "Hiệp hội",
    "Tổng cục",
    "Cục",
    "Viện",
    "Học viện",
    "Quỹ",
    "Tổ công tác",
    "Đoàn công tác",
    "Hợp tác xã",
    "HTX",
    "Nhà máy",
    "Chi nhánh",
    "Chi cục",
    // Schools by their level ("Trường" alone opens places: "Trường Sa").
    "Trường Đại học",
    "Trường Cao đẳng",
    "Trường Trung cấp",
    "Trường Trung học",
    "Trường Phổ thông",
    "Trường THPT",
    "Trường THCS",
    "Trường PTTH",
    "Trường PTDTNT",
    "Trường PTDTBT",
    "Trường Tiểu học",
    "Trường Mầm non",
    "Đại học",
    "Bệnh viện",
    // Boards that steer a task or manage a site or a project, and clubs.
    "Ban Chỉ đạo",
    "Ban Chỉ huy",
    "Ban Quản lý",
    "Ban QLDA",
    "BQL",
    "Câu lạc bộ",
    "CLB",
    // Firms and airlines: "Hãng Airbus", "Hãng hàng không Vietjet".
    "Hãng",
    // Departments of ministries and of agencies, by their capitalized
    // names: "Vụ Tổ chức cán bộ", "Phòng Cảnh sát kinh tế".
    "Vụ",
    "Phòng",
];

/// Heads of [`STANDALONE`] whose own words are capitalized: the name of
/// what the board steers or manages may follow in lower case.
const BOARD_HEADS: &[&str] =
    &["Ban Chỉ đạo", "Ban Chỉ huy", "Ban Quản lý", "Ban QLDA", "BQL"];

/// Verbs that end a body named on its own.
const STANDALONE_STOPS: &[&str] = &[
    "đạt", "vẫn", "bị", "nhằm", "chấm", "vay", "có", "đã", "đang", "là",
    "được", "sẽ", "cho", "để", "với", "tại", "trong", "thuộc", "gồm", "còn",
    "đề", "phải", "không", "chưa", "cũng", "vừa", "mới", "nộp", "nợ", "tuyển",
    "họp", "do", "cần",
];

static STANDALONE_AC: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(STANDALONE.iter().chain(SITES_AND_AGENCIES))
            .expect("body heads")
    });

/// Words of two whose second is one of [`STANDALONE_STOPS`]: in a body's
/// name they are nouns ("Tổng công ty Thiết bị điện", "Cảng hàng không",
/// "Công ty Mua bán nợ").
const STOP_COMPOUNDS: &[&str] = &[
    "đăng ký",
    "thiết bị",
    "trang bị",
    "chuẩn bị",
    "dự bị",
    "hàng không",
    "đổi mới",
    "vấn đề",
    "bán nợ",
    "và vừa",
    "việc làm",
    "đồng hành",
];

/// Whether the words `first` and `second` (lower case) are one of
/// [`STOP_COMPOUNDS`].
fn is_compound(first: &str, second: &str) -> bool {
    STOP_COMPOUNDS.iter().any(|c| {
        c.strip_suffix(second)
            .and_then(|c| c.strip_suffix(' '))
            .is_some_and(|f| f == first)
    })
}

/// The legal forms written after "Công ty" (lower case, the
/// abbreviations in capitals): limited liability, joint-stock, one
/// member, joint-stock commercial; and the levels written after
/// "Trường": after either, the words are the body's own name.
const LEGAL_FORMS: &[&str] = &[
    "TNHH",
    "CP",
    "MTV",
    "TMCP",
    "cổ phần",
    "trách nhiệm hữu hạn",
    "một thành viên",
    "thương mại cổ phần",
    // The levels of a school, whose name is often a person's ("Trường
    // THPT Chu Văn An", "Trường Tiểu học Kim Đồng").
    "THPT",
    "THCS",
    "PTTH",
    "PTCS",
    "PTDTNT",
    "PTDTBT",
    "tiểu học",
    "mầm non",
    "trung học cơ sở",
    "trung học phổ thông",
    "phổ thông trung học",
    "phổ thông dân tộc nội trú",
    "phổ thông dân tộc bán trú",
    "liên cấp",
];

/// Whether `before` ends with one of [`LEGAL_FORMS`] on a word
/// boundary, the abbreviations in capitals, the words in any case.
fn ends_with_legal_form(before: &str) -> bool {
    let Some(&last) = before.as_bytes().last() else { return false };
    LEGAL_FORMS.iter().any(|f| {
        // The last byte first: it rules out nearly every word. An ASCII
        // char lower-cases to itself or its small letter (a char past
        // ASCII, in the text or ending a form, is left to the full test).
        let f_last = f.as_bytes()[f.len() - 1];
        let abbrev = !f.chars().any(char::is_lowercase);
        let fits = if abbrev {
            last == f_last
        } else {
            last >= 0x80 || last.to_ascii_lowercase() == f_last
        };
        if !fits {
            return false;
        }
        let n = f.chars().count();
        let Some((k, _)) = before.char_indices().rev().nth(n - 1) else {
            return false;
        };
        let tail = &before[k..];
        let boundary = !before[..k].ends_with(char::is_alphanumeric);
        boundary
            && if abbrev {
                tail == *f
            } else {
                crate::normalize::lower(tail) == *f
            }
    })
}

/// How many capitalized words, each after one space, `s` starts with (up
/// to three).
fn capitalized_words(s: &str) -> usize {
    let mut n = 0;
    let mut rest = s;
    while n < 3
        && let Some(r) = rest.strip_prefix(' ')
        && r.starts_with(char::is_uppercase)
    {
        n += 1;
        let len = r
            .find(|c: char| !crate::normalize::is_word_char(c))
            .unwrap_or(r.len());
        rest = &r[len..];
    }
    n
}

/// Words that end an unknown body's name: verbs and links of the
/// sentence around it.
const BODY_STOPS: &[&str] = &[
    "dự", "đã", "đang", "sẽ", "là", "được", "có", "nói", "khẳng", "nhấn",
    "trao", "làm", "tại", "về", "với", "trong", "theo", "khi", "thì", "này",
    "đó", "cùng", "cũng", "vừa", "mới", "chia", "nêu", "yêu", "đánh", "trả",
    "ký", "tiếp", "gặp", "thăm", "đến", "từ", "để", "không", "chưa", "rằng",
    "nhưng", "hay", "hoặc", "các", "những", "một", "đều", "cắt", "tặng",
    "họp", "cần", "phải", "bắt", "do", "vào", "ở", "trước", "gồm", "thuộc",
    "kể", "nâng", "lên",
];

/// Heads of enterprises' names, which start a body of their own after
/// "của".
const ENTERPRISE_HEADS: &[&str] =
    &["Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng", "Hợp tác xã"];

/// Nouns of two words whose first is one of [`BODY_STOPS`] ("dự", to
/// attend): in a body's name they go on with it ("Ban Quản lý dự án …").
const STOP_NOUNS: &[&str] = &["dự án", "dự toán", "dự trữ", "trong nước"];

/// Two-word verbs that end an unknown body's name, where one word alone
/// could be part of it ("Trung tâm phát triển quỹ đất").
const BODY_STOPS_2: &[&str] = &[
    // A term: "Giám đốc Sở nhiệm kỳ 2020-2025".
    "nhiệm kỳ",
    "phát biểu",
    "phát động",
    "trở thành",
    "ủng hộ",
    "khẩn trương",
    "nhanh chóng",
    "kịp thời",
    "lần thứ",
    "chủ trì",
    "cho biết",
    "cho rằng",
    "tham dự",
    "tham gia",
    "báo cáo",
    "thông báo",
    "thông tin",
    "đề nghị",
    "đề xuất",
    "trình bày",
    "giới thiệu",
    "kiểm tra",
    "chỉ đạo",
    "chúc mừng",
    "kết luận",
    "nhận định",
    "lưu ý",
    "cho hay",
    "trả lời",
    "giải thích",
    "thừa nhận",
    "bày tỏ",
    "ghi nhận",
    "đồng ý",
    "quyết định",
    "làm việc",
    "tiếp nhận",
    "thời gian",
    "hiện nay",
    "vừa qua",
    "phát hiện",
    "phụ trách",
    "tổ chức",
    "bắt giữ",
    "xử phạt",
    "khởi tố",
    "tạm giữ",
    "thu giữ",
    "phối hợp",
    "ban hành",
    "công bố",
    "ký kết",
    "bàn giao",
    "thực hiện",
    "triển khai",
    "cảnh báo",
    "khuyến cáo",
    "khuyến nghị",
    "đảm bảo",
    "bảo đảm",
    "trúng thầu",
    "khai giảng",
    "xác định",
    "cung cấp",
    "hỗ trợ",
    "tiến hành",
    "khởi công",
    "khánh thành",
    "đẩy mạnh",
    "tăng cường",
    "dự kiến",
    "cam kết",
    "công nhận",
    "đón nhận",
    "thông qua",
    "ra mắt",
    "huy động",
    "giải ngân",
    "hoàn thành",
    "chỉ ra",
    "kiến nghị",
    "đưa ra",
    "tạm dừng",
    "đình chỉ",
    "áp dụng",
    "mở rộng",
    "vừa có",
];

/// Acts and programmes that a body's name may say it carries out.
const DOCUMENTS: &[&str] = &[
    "Luật ",
    "Nghị quyết ",
    "Nghị định ",
    "Chỉ thị ",
    "Quyết định ",
    "Kết luận ",
    "Đề án ",
    "Chương trình ",
    "Dự án ",
    "Cuộc vận động ",
    "Phong trào ",
];

/// The region written after a body at `end` of `norm`: " khu vực" and a
/// number ("IV", "3") or capitalized names joined by dashes ("Thanh Hóa
/// - Như Xuân"). The range runs from "khu" to the region's end.
fn region_after(norm: &str, end: usize) -> Option<Range<usize>> {
    let rest = [" khu vực ", " Khu vực "]
        .iter()
        .find_map(|w| norm[end..].strip_prefix(w))?;
    let at = norm.len() - rest.len();
    let word_len = |s: &str| {
        s.find(|c: char| !c.is_alphanumeric() && c != '\'').unwrap_or(s.len())
    };
    let first = &rest[..word_len(rest)];
    let numbered = !first.is_empty()
        && (first.bytes().all(|b| b.is_ascii_digit())
            || first.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')));
    if numbered {
        // The province a numbered region is in may follow a dash: "TAND
        // khu vực 1 - Gia Lai".
        let mut len = first.len();
        if let Some(p) = [" - ", " – "]
            .iter()
            .find_map(|d| rest[len..].strip_prefix(d).map(|p| (d.len(), p)))
        {
            let (dash, place) = p;
            let mut k = 0;
            for _ in 0..3 {
                let r = &place[k..];
                let n = word_len(r);
                if n == 0 || !r.starts_with(char::is_uppercase) {
                    break;
                }
                k += n;
                if !place[k..].starts_with(' ')
                    || !place[k + 1..].starts_with(char::is_uppercase)
                {
                    break;
                }
                k += 1;
            }
            if k > 0 {
                len += dash + k;
            }
        }
        return Some(end + 1..at + len);
    }
    // Capitalized words, and " - " between names.
    let mut len = 0;
    loop {
        let r = &rest[len..];
        let n = word_len(r);
        if n == 0 || !r.starts_with(char::is_uppercase) {
            break;
        }
        len += n;
        let r = &rest[len..];
        if let Some(next) = [" - ", " – ", " "].iter().find(|j| {
            r.starts_with(**j) && r[j.len()..].starts_with(char::is_uppercase)
        }) {
            len += next.len();
        } else {
            break;
        }
    }
    (len > 0).then(|| end + 1..at + len)
}

/// Whether the first word of `phrase` is `word`.
/// Where the capitalized words at `w` of `rest` end, after a dash that
/// follows a place of a body's name, when they are the second half of a
/// pair of place names the body is named by ("Vườn quốc gia Phong Nha -
/// Kẻ Bàng", "Khu du lịch Tràng An - Bái Đính"): two syllables, then
/// the end of the name (a mark, a word in lower case or the end of
/// the text), and no person's name.
fn place_pair(rest: &str, w: &Range<usize>) -> Option<usize> {
    let word = |r: &str| {
        r.split([' ', ',', '.', ';', ':', ')', '('])
            .next()
            .filter(|x| x.starts_with(char::is_uppercase))
            .map(str::len)
    };
    let n1 = word(&rest[w.start..])?;
    let after1 = &rest[w.start + n1..];
    let n2 = after1.strip_prefix(' ').and_then(word)?;
    let tail = &after1[1 + n2..];
    let ends = tail.is_empty()
        || tail.starts_with([',', '.', ';', ':', ')', '('])
        || tail
            .strip_prefix(' ')
            .is_some_and(|r| !r.starts_with(char::is_uppercase));
    let person =
        crate::recognize::person::is_surname(&rest[w.start..w.start + n1]);
    (ends && !person).then(|| rest.len() - tail.len())
}

fn first_word_is(phrase: &str, word: &str) -> bool {
    phrase.as_bytes().get(word.len()) == Some(&b' ')
        && phrase.starts_with(word)
}

/// Whether `word` folds to `folded`.
fn key_eq(word: &str, folded: &str) -> bool {
    crate::normalize::fold_str(word) == folded
}

/// The first `n` chars of `text`: `n`, their length, and their
/// [`crate::normalize::key`] when a word boundary follows. A name of `n`
/// chars is spelled at the start of `text`, in any case and tone
/// placement, when its key is that key.
fn spelled_head(text: &str, n: usize) -> (usize, usize, Option<String>) {
    let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    let key = (!text[end..].starts_with(char::is_alphanumeric))
        .then(|| crate::normalize::key(&text[..end]));
    (n, end, key)
}

/// Whether `c` separates syllables ("Hà Nội", "TP.HCM").
fn not_word(c: char) -> bool {
    !c.is_alphanumeric()
}

/// The hit whose range holds `r`. The hits are in text order and do not
/// overlap, so only the last one starting at or before `r` can.
fn containing<'h>(hits: &'h [Hit], r: &Range<usize>) -> Option<&'h Hit> {
    let k = hits.partition_point(|o| o.norm.start <= r.start);
    hits[..k].last().filter(|o| r.end <= o.norm.end)
}

/// The first `limit` word ranges of `s` (letters, digits, and `&`, `-`,
/// `.` inside a word such as "NN&PTNT", "LĐ-TB&XH", "TP.HCM").
fn body_words(s: &str, limit: usize) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(limit.min(24));
    let mut start = None;
    let b = s.as_bytes();
    // A byte at a time where ASCII, a char decoded where not; the end of
    // the text ends a word as a space would.
    let mut i = 0;
    loop {
        let (w, len) = match b.get(i) {
            None => (false, 0),
            Some(&x) if x < 0x80 => {
                let inner = matches!(x, b'&' | b'-' | b'.')
                    && start.is_some()
                    && b.get(i + 1).is_some_and(|n| {
                        n.is_ascii_alphanumeric() || *n >= 0x80
                    });
                (x.is_ascii_alphanumeric() || inner, 1)
            }
            Some(_) => {
                let (c, len) = crate::normalize::decode_at(b, i);
                (crate::normalize::is_word_char(c), len)
            }
        };
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(st..i);
                start = None;
            }
            _ => {}
        }
        if out.len() >= limit || i >= b.len() {
            break;
        }
        i += len;
    }
    out
}

/// The length of the abbreviation in brackets that opens `s`, right
/// after a body's name, with the space before it: " (UBND)", " (CTCP
/// TS&TM)". The text defines it there, inside the name that goes on after
/// it ("Ủy ban nhân dân (UBND) tỉnh Hà Tĩnh").
fn bracketed_abbrev(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let abbrev = &inner[..close];
    let letters = abbrev.chars().filter(|c| c.is_alphabetic()).count();
    let ok = (2..=12).contains(&letters)
        && abbrev.starts_with(char::is_uppercase)
        && abbrev.chars().all(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '&' | '-' | ' ')
        });
    ok.then_some(2 + close + 1)
}

/// The length of the short name in brackets that opens `s`, with the
/// space before it: an abbreviation ([`bracketed_abbrev`]) or one
/// capitalized word ("(Agribank)", "(VietinBank)").
fn bracketed_short_name(s: &str) -> Option<usize> {
    bracketed_abbrev(s).or_else(|| {
        let inner = s.strip_prefix(" (")?;
        let close = inner.find(')')?;
        let word = &inner[..close];
        (word.starts_with(char::is_uppercase)
            && (2..=16).contains(&word.chars().count())
            && word.chars().all(char::is_alphanumeric))
        .then_some(2 + close + 1)
    })
}

/// Whether `s` starts with a surname and the middle name "Văn" or "Thị":
/// the start of a person's name.
fn surname_then_middle(s: &str) -> bool {
    let mut words = s.splitn(3, ' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(second, "Văn" | "Thị")
        && crate::recognize::person::is_surname(first)
}

/// Whether a body that exists at every level, written as `text` on its
/// own, is the national one: its entry lists the form among those that
/// name the national body alone ("Hội Nông dân Việt Nam", "Kho bạc Nhà
/// nước"), where a shorter form names none ("Hội Nông dân các cấp").
fn national_alone(text: &str, e: &Entry<'_>) -> bool {
    if e.alone.is_empty() {
        return false;
    }
    let written = crate::normalize::key(text);
    e.alone.iter().any(|f| crate::normalize::key(f) == written)
}

/// Whether `text` is an abbreviation of a body that carries its level
/// ("HU" for Huyện ủy), which is never generic.
fn is_abbrev_alias(text: &str, e: &Entry<'_>) -> bool {
    carries_level(&e.name) && !text.chars().any(char::is_lowercase)
}

/// Whether a body's name takes the type word of its unit before the
/// unit's name: all but the party committees named by their level ("Tỉnh
/// ủy", "Huyện ủy"); a party committee of a unit ("Đảng ủy xã Xuân Lộc")
/// takes it.
fn takes_type_word(name: &str) -> bool {
    !carries_level(name) || name.starts_with("Đảng ")
}

/// Whether an organization's name carries its level ("Tỉnh ủy", "Huyện
/// ủy", "Đảng ủy").
fn carries_level(name: &str) -> bool {
    // Canonical names: "ủy" and "đoàn" in lower case, one placement.
    let last = name.rsplit(' ').next().unwrap_or("");
    name.contains(' ') && (last == "ủy" || last == "đoàn" || last == "uỷ")
}

/// The type word to write before a place's name in an organization's
/// canonical name.
fn type_word<'a>(p: &'a Entry<'_>, written: Option<LevelWord>) -> &'a str {
    match p.unit.as_ref() {
        "thành phố trung ương" => "thành phố",
        "" => written.map_or("", |w| w.written),
        u => u,
    }
}

/// Whether the line around byte `at` is written in capitals (a headline).
fn is_upper_line(text: &str, at: usize) -> bool {
    // Outward from `at`: in most lines a small letter comes soon.
    let small = |c: &char| c.is_lowercase();
    let after = text[at..].chars().take_while(|&c| c != '\n').find(small);
    after.is_none()
        && text[..at]
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .find(small)
            .is_none()
}
