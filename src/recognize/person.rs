//! Persons: the people an article names.
//!
//! A run of capitalized syllables (separated by single spaces, outside
//! the places, organizations and titles the gazetteer found) is a name
//! when
//!
//! - the known-officials dictionary has it (the gazetteer already found
//!   it);
//! - or its context says so: a form of address before it ("đồng chí",
//!   "ông", "bà", "PGS.TS"), a title right before it ("Bí thư Tỉnh ủy Đỗ
//!   Trọng Hưng"), a title right after it ("Hà Văn Ca - Ủy viên …", "X,
//!   Chủ tịch …", "X (Giám đốc …)"), or a byline ("Tin, ảnh: Hồ Thủy");
//! - or it has the shape of a Vietnamese name: a surname from the list
//!   followed by one to four capitalized syllables ("Phạm Thị Thanh
//!   Thủy"); or of a name of the Central Highlands: a clan name that
//!   opens it as a surname does ("Ksor Phước", "Rơ Mah Tuân"), or the
//!   prefix that says the gender, "Y" for a man and "H'" for a woman,
//!   before given names and a clan name ("Y Biêr Niê", "H'Hen Niê"); a
//!   Cơ Ho man's name joined to "K'" ("K'Mák", or "K' Bình" with a
//!   space) after a form of address or beside a title.
//!
//! After the type word of a village ("Trưởng thôn Đông Lâm Nguyễn Văn
//! Hải", "Trưởng bản Na Mèo") the first capitalized words are the
//! village's name; a name follows only from a surname on.
//!
//! Words before the surname in a run that opens a sentence are dropped
//! ("Theo Nguyễn Văn A" is "Nguyễn Văn A"); a run after a word that names
//! a street, a school or a prize ("đường Lê Lợi") is no person; all-caps
//! lines (headlines) are left alone.
//!
//! Mentions of one person share an id: a full name is a person; a shorter
//! mention ("đồng chí Hưng", "ông Tuấn") is the person whose name ends
//! with it, the nearest one before it when several do; a Highlands name
//! again by its prefix and given name ("ông Y Biêr") is the person whose
//! name opens with them. Gender comes from the middle name ("Thị",
//! "Văn"), the form of address ("ông", "bà"), the prefix of a Highlands
//! name ("Y", "H'", "K'") or the dictionary.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::gazetteer::resolve::{Mention, committees};
use crate::hash::{FxHashMap, FxHashSet};
use crate::normalize::{is_word_char, key, lower_word};
use crate::output::EntityType;

/// A person mention in the canonical view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    /// Range in the canonical view.
    pub norm: Range<usize>,
    /// The person's full name, as first written in full.
    pub name: String,
    /// Index of the person in the document (0, 1, …), shared by every
    /// mention of one person.
    pub person: usize,
    /// `male` or `female`, where the text or the name settles it.
    pub gender: Option<&'static str>,
    /// The known-officials dictionary id, when the name is there.
    pub id: Option<String>,
}

struct Names {
    /// Kinh surnames, and the clan names that open the names of peoples
    /// of the Central Highlands ("Ksor", "Siu", "Rơ" of "Rơ Mah"), by
    /// their first word, in lower case.
    surnames: FxHashSet<String>,
    /// The first words of the clan names of [`Names::surnames`] ("ksor").
    clans_first: FxHashSet<String>,
    /// The first words of the clan names that end Ê Đê and M'nông names
    /// ("Niê", "Mlô", "Kđoh"), in lower case.
    clans_last: FxHashSet<String>,
    /// Every middle and given name of the list, in lower case.
    given: FxHashSet<String>,
    /// Middle names by gender: (name in lower case, gender).
    middles: Vec<(String, &'static str)>,
    /// What a capitalized word in lower case may be, by its bytes: one
    /// look-up tells all of [`Kind`].
    kinds: FxHashMap<Vec<u8>, Kind>,
    /// What a word of a text typed without diacritics may be, in lower
    /// case: a surname ("nguyen"), or a form of address that says the
    /// gender ("ong", "ba", "anh", "chi").
    plain_kinds: FxHashMap<Vec<u8>, Kind>,
}

/// What a word is in the lists, in lower case.
#[derive(Debug, Clone, Copy, Default)]
struct Kind {
    /// One of [`STOP`].
    stop: bool,
    /// One of [`Names::surnames`].
    surname: bool,
    /// The index of the one-word form of address of [`ADDRESS`] it is.
    address: Option<u8>,
    /// A word that names a newspaper or a channel before its name
    /// ("Báo Infonet").
    outlet: bool,
}

/// Words before the name of a newspaper, a station, a channel or a
/// magazine, in lower case.
const OUTLET_WORDS: &[&str] = &["báo", "đài", "kênh", "tạp"];

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut surnames: FxHashSet<String> =
        include_str!("../../dictionaries/surnames.tsv")
            .lines()
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .map(|s| s.to_lowercase())
            .collect();
    let mut clans_first = FxHashSet::default();
    let mut clans_last = FxHashSet::default();
    for l in include_str!("../../dictionaries/clans.tsv").lines().skip(1) {
        let mut f = l.split('\t');
        let (Some(name), Some(position)) = (f.next(), f.next()) else {
            continue;
        };
        let first = name.split(' ').next().unwrap_or(name).to_lowercase();
        match position {
            "first" => {
                surnames.insert(first.clone());
                clans_first.insert(first)
            }
            _ => clans_last.insert(first),
        };
    }
    let mut middles = Vec::new();
    let list = include_str!("../../dictionaries/given_names.tsv");
    let mut given = FxHashSet::default();
    given.reserve(list.len() / 16);
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for l in list.lines().skip(1) {
        // `lower` is `to_lowercase` for the letters of the list (see the
        // tests), without a table search for each.
        let mut f = tsv_fields(l);
        let (Some(name), Some(part)) = (f.next(), f.next()) else {
            continue;
        };
        let name = crate::normalize::lower(name);
        let Some(gender) = f.next().filter(|_| part == "middle") else {
            given.insert(name);
            continue;
        };
        given.insert(name.clone());
        let gender = match gender {
            "male" => "male",
            "female" => "female",
            _ => continue,
        };
        // A middle name given for both genders settles nothing.
        if !seen.insert(name.clone()) {
            middles.retain(|(n, _)| *n != name);
            continue;
        }
        middles.push((name, gender));
    }
    // "Thị" and "Văn" settle it whatever the lists say.
    middles.retain(|(n, _)| n != "thị" && n != "văn");
    middles.push(("thị".into(), "female"));
    middles.push(("văn".into(), "male"));
    let mut kinds: FxHashMap<Vec<u8>, Kind> = FxHashMap::default();
    fn kind<'m>(
        kinds: &'m mut FxHashMap<Vec<u8>, Kind>,
        w: &str,
    ) -> &'m mut Kind {
        kinds.entry(w.as_bytes().to_vec()).or_default()
    }
    for w in STOP {
        kind(&mut kinds, w).stop = true;
    }
    for w in &surnames {
        kind(&mut kinds, w).surname = true;
    }
    for (i, (w, _)) in ADDRESS.iter().enumerate().rev() {
        if !w.contains(' ') {
            kind(&mut kinds, w).address = Some(i as u8);
        }
    }
    for w in OUTLET_WORDS {
        kind(&mut kinds, w).outlet = true;
    }
    let mut plain_kinds: FxHashMap<Vec<u8>, Kind> = FxHashMap::default();
    for w in &surnames {
        kind(&mut plain_kinds, &crate::normalize::key(w)).surname = true;
    }
    for (i, (w, gender)) in ADDRESS.iter().enumerate() {
        if !w.contains(' ') && gender.is_some() && w.chars().count() <= 3 {
            let k = kind(&mut plain_kinds, &crate::normalize::key(w));
            k.address = k.address.or(Some(i as u8));
        }
    }
    Names {
        surnames,
        clans_first,
        clans_last,
        given,
        middles,
        kinds,
        plain_kinds,
    }
});

/// The fields of a line of a list, as `l.split('\t')` gives them, the
/// tabs found by their byte: the lists are read at start, thousands of
/// short lines.
fn tsv_fields(l: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(l);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(k) => {
                rest = Some(&r[k + 1..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Whether `word` (any case) is a Vietnamese surname of the shipped list.
///
/// ```
/// use vnextract::recognize::person::is_surname;
/// assert!(is_surname("Nguyễn") && is_surname("ĐỖ"));
/// assert!(!is_surname("Hội"));
/// ```
pub fn is_surname(word: &str) -> bool {
    NAMES.surnames.contains(lower_word(word, &mut [0; 48]))
}

/// Whether `word` may open a person's name: a surname, a clan name that
/// opens a Highlands name ("Ksor", "Siu") or the prefix of one ("Y",
/// "A").
pub fn opens_name(word: &str) -> bool {
    // The surnames hold the clans that open a name.
    matches!(word, "Y" | "A") || is_surname(word)
}

/// Capitalized words that end a name: they start a title, a body or a
/// phrase ("Nguyễn Văn A Tổng Giám đốc", "Thái Minh Tại …").
const STOP: &[&str] = &[
    "tại",
    "tổng",
    "hội",
    "trường",
    "sở",
    "bộ",
    "ban",
    "phó",
    "chủ",
    "giám",
    "ủy",
    "uỷ",
    "viện",
    "tòa",
    "cục",
    "vụ",
    "ngày",
    "tháng",
    "theo",
    "trong",
    "khi",
    "sau",
    "trước",
    "với",
    "cùng",
    "của",
    "và",
    "thủ",
    "phòng",
    "thạc",
    "nhà",
    "đội",
    "quỹ",
    "huyện",
    "tỉnh",
    "xã",
    "phường",
    "quận",
    "bí",
    "chánh",
    "trưởng",
    "tết",
    "cty",
];

/// Verbs of saying after a name, with the space before them.
const SAYING_AFTER: &[&str] = &[
    " cho biết",
    " nói",
    " phát biểu",
    " khẳng định",
    " nhấn mạnh",
    " chia sẻ",
    " cho rằng",
    " đề nghị",
    " yêu cầu",
];

/// Words of [`STOP`] that are names where they stand:
///
/// - the last word of a run of capitalized words that a clause mark, a
///   verb of saying or (for a given name of the list) any word in lower
///   case ends, after a surname and a middle name:
///   nothing of a title follows it ("Trần Văn Chủ, Giám đốc …", "Phạm
///   Văn Trưởng.", "Lê Tiến Trường cho biết");
/// - a given name of the list between a surname and another capitalized
///   word ("Lê Trường Sơn");
/// - "Phó", the surname, after a form of address and before a
///   capitalized word that starts no title ("ông Phó Đức Nam").
fn given_names_like_stops(text: &str, words: &mut [Word]) {
    let joined = |a: &Word, b: &Word| text[a.range.end..b.range.start] == *" ";
    for k in 1..words.len() {
        if !words[k].stop {
            continue;
        }
        let word = &text[words[k].range.clone()];
        let after = &text[words[k].range.end..];
        // (Or a verb of saying after the name: "Lê Tiến Trường cho biết".)
        let clause_end = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '!', '?'])
            || after.starts_with(" (")
            || after.starts_with(" -")
            || after.starts_with(" –")
            || SAYING_AFTER.iter().any(|v| {
                after.strip_prefix(v).is_some_and(|r| {
                    !r.starts_with(|c: char| c.is_alphanumeric())
                })
            })
            // (Or, for a given name of the list, any word in lower case:
            // "Phạm Xuân Trường nhắc lại"; not "Tổng số".)
            || is_given(word)
                && after
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_lowercase));
        let named_before = k >= 2
            && joined(&words[k - 1], &words[k])
            && joined(&words[k - 2], &words[k - 1])
            && words[k - 2].surname
            && !words[k - 1].stop;
        if clause_end && named_before {
            words[k].stop = false;
            continue;
        }
        // A given name that is such a word, between a surname and another
        // capitalized word: "Lê Trường Sơn".
        let between_names = joined(&words[k - 1], &words[k])
            && words[k - 1].surname
            && text[words[k - 1].range.clone()]
                .starts_with(char::is_uppercase)
            && words.get(k + 1).is_some_and(|n| {
                joined(&words[k], n)
                    && !n.stop
                    && text[n.range.clone()].starts_with(char::is_uppercase)
            })
            && is_given(word);
        if between_names {
            words[k].stop = false;
            continue;
        }
        let next_named = words.get(k + 1).is_some_and(|n| {
            joined(&words[k], n)
                && !n.stop
                && !is_title_start(&text[n.range.clone()])
        });
        if word == "Phó"
            && words[k - 1].address.is_some()
            && joined(&words[k - 1], &words[k])
            && next_named
        {
            words[k].stop = false;
            words[k].surname = true;
        }
    }
}

/// Whether a capitalized word after "Phó" starts a post ("Phó Thủ tướng",
/// "Phó Giám đốc", "Phó Tổng …"): words of [`STOP`] do, and these.
fn is_title_start(word: &str) -> bool {
    [
        "Thủ",
        "Giám",
        "Tổng",
        "Bí",
        "Chủ",
        "Trưởng",
        "Chánh",
        "Viện",
        "Cục",
        "Vụ",
        "Hiệu",
        "Tư",
        "Chính",
        "Đô",
        "Tham",
        "Thống",
        "Tỉnh",
        "Huyện",
        "Bộ",
        "Ban",
        "Văn",
        "Giáo",
        "Đoàn",
        "Thanh",
        "Kiểm",
    ]
    .contains(&word)
}

/// Whether `word` (lower case) is one of [`STOP`].
fn is_stop(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP.iter().copied().collect());
    SET.contains(word)
}

/// Bodies named for the unit they guard, whose name follows: "Đồn Biên
/// phòng Mường Lạn", as a committee's does ("Huyện ủy Tĩnh Gia").
const NAMED_FOR_UNITS: &[&str] = &["biên phòng"];

/// Saints' names taken at baptism, written before a Catholic's name.
const SAINTS: &[&str] = &[
    "Giuse",
    "Phêrô",
    "Gioan",
    "Phaolô",
    "Maria",
    "Antôn",
    "Đaminh",
    "Giacôbê",
    "Micae",
    "Têrêsa",
    "Anna",
    "Phanxicô",
    "Anrê",
    "Tôma",
    "Augustinô",
    "Matthêu",
    "Luca",
];

/// The commonest surnames that are no common words, as they are written
/// in a name ("Hoàng", "Hồ", "Dương" are also words of other names:
/// "Hoàng Thành", "Hồ Tây").
const COMMON_SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Ngô",
];

/// The ten heavenly stems and twelve earthly branches: "Đinh Dậu" is a
/// year, not Mr. Đinh.
const STEMS: &[&str] =
    &["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
const BRANCHES: &[&str] = &[
    "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi",
    "thân", "dậu", "tuất", "hợi",
];

/// Forms of address and professions that come before a name, with the
/// gender they say (lower case).
/// Trades that open the short names of firms ("Thép Kinh Bắc", "Nhựa Bình
/// Minh", "Gạo Trung An"); none is a surname.
pub(crate) const TRADES: &[&str] = &[
    "Thép", "Nhựa", "Gạo", "Sữa", "Bia", "Dệt", "Xi", "Than", "Dầu", "Giấy",
    "Mía", "Dược", "Phân", "Cảng", "Bưu", "Chứng", "Kính", "Gốm", "Cáp",
    "Thuốc", "Xăng", "Khí",
];

/// Common nouns of two words that a capital may open in a body's name or
/// a field of study: after a title they are no person's name ("Tiến sĩ
/// Kinh tế", "Tư lệnh Vùng Cảnh sát biển").
const NOUNS_OF_TWO: &[(&str, &str)] = &[
    ("cảnh", "sát"),
    ("kinh", "tế"),
    ("khoa", "học"),
    ("xã", "hội"),
    ("y", "khoa"),
    ("y", "học"),
    ("văn", "học"),
    ("luật", "học"),
    ("triết", "học"),
    ("sử", "học"),
    ("vật", "lý"),
    ("hóa", "học"),
    ("toán", "học"),
    ("nông", "nghiệp"),
    ("kỹ", "thuật"),
    ("quản", "lý"),
    ("quản", "trị"),
    ("biên", "phòng"),
    ("hải", "quân"),
    ("phòng", "không"),
    ("công", "an"),
    ("quân", "đội"),
    ("giáo", "dục"),
    ("văn", "hóa"),
];

const ADDRESS: &[(&str, Option<&str>)] = &[
    ("đồng chí", None),
    ("đ/c", None),
    ("ông", Some("male")),
    ("bà", Some("female")),
    ("anh", Some("male")),
    ("chị", Some("female")),
    ("cụ", None),
    ("thầy", Some("male")),
    ("cô", Some("female")),
    ("em", None),
    ("nhà báo", None),
    ("nhà văn", None),
    ("nhà thơ", None),
    ("nghệ sĩ", None),
    ("họa sĩ", None),
    ("ca sĩ", None),
    ("nhạc sĩ", None),
    ("bác sĩ", None),
    ("kỹ sư", None),
    ("luật sư", None),
    ("doanh nhân", None),
    ("giáo sư", None),
    ("tiến sĩ", None),
    ("thạc sĩ", None),
    ("hòa thượng", Some("male")),
    ("thượng tọa", Some("male")),
    ("đại đức", Some("male")),
    ("ni sư", Some("female")),
    ("linh mục", Some("male")),
    ("giám mục", Some("male")),
    ("tổng giám mục", Some("male")),
    ("hồng y", Some("male")),
    ("mục sư", None),
    ("nữ tu", Some("female")),
    ("liệt sĩ", None),
    ("mẹ", Some("female")),
    ("bác", None),
    ("già làng", None),
    ("hlv", None),
    ("huấn luyện viên", None),
    ("cầu thủ", None),
    ("tiền đạo", None),
    ("tiền vệ", None),
    ("hậu vệ", None),
    ("thủ môn", None),
    ("trọng tài", None),
    ("vđv", None),
    ("vận động viên", None),
    ("võ sĩ", None),
    ("kỳ thủ", None),
    ("danh thủ", None),
    ("diễn viên", None),
    ("đạo diễn", None),
    ("hoa hậu", Some("female")),
    ("á hậu", Some("female")),
    ("người mẫu", None),
    ("nghệ nhân", None),
    ("nhà nghiên cứu", None),
    ("nhà khoa học", None),
    ("nhà sử học", None),
    ("chuyên gia", None),
    ("giáo viên", None),
    ("cô giáo", Some("female")),
    ("thầy giáo", Some("male")),
    ("học sinh", None),
    ("sinh viên", None),
    ("bệnh nhân", None),
    ("nạn nhân", None),
    ("bị can", None),
    ("bị cáo", None),
    ("nghi phạm", None),
    ("đối tượng", None),
    ("tài xế", None),
    ("phóng viên", None),
    ("tỷ phú", None),
    ("vua", Some("male")),
    ("hoàng đế", Some("male")),
    ("danh tướng", Some("male")),
    ("thi hào", None),
];

/// Bylines: a name after one of these, at the start of a line or after a
/// sentence.
const BYLINES: &[&str] = &[
    "tin, ảnh:",
    "tin và ảnh:",
    "bài và ảnh:",
    "bài, ảnh:",
    "bài:",
    "ảnh:",
    "tin:",
    "nhóm pv:",
    "pv:",
];

/// Words after which capitalized syllables name something else: a
/// street, a school, a prize, a building ("đường Lê Lợi").
const NOT_AFTER: &[&str] = &[
    "đường",
    "tuyến",
    "nút giao",
    "ngã tư",
    "ngã ba",
    "ngã sáu",
    "đoạn",
    "dọc",
    "siêu thị",
    "khách sạn",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "cầu",
    "trường",
    "thpt",
    "ptth",
    "thcs",
    "phổ thông",
    "mầm non",
    "mẫu giáo",
    "tiểu học",
    "bệnh viện",
    "công viên",
    "quảng trường",
    "giải",
    "cúp",
    "chùa",
    "đền",
    "tượng",
    "khu",
    "tòa nhà",
    "nhà thi đấu",
    "sân vận động",
    "lăng",
    "bảo tàng",
    "đại lộ",
    "phường",
    "xã",
    "quận",
    "huyện",
    "tỉnh",
    "thành phố",
    "làng",
    "thôn",
    "bản",
    "ấp",
    "tàu",
    "đảo",
    "sông",
    "núi",
    "hồ",
    "thương hiệu",
    "nhãn hiệu",
    "dự án",
    "công ty",
    "tập đoàn",
    "khách sạn",
    "nhà hàng",
    "chợ",
    "bến",
    "cảng",
    "sân bay",
    "đèo",
    "cty",
    "giải thưởng",
    "khu đô thị",
    "quỹ",
    "học bổng",
    "tưởng niệm",
    "lưu niệm",
    "di tích",
    "đại học",
    "học viện",
    "thư viện",
    "nhà văn hóa",
];

/// Whether `before`, the text before a name, ends with a word of what is
/// named after a person (a street, a school, a museum, an award: "đường
/// Lê Lợi", "Bảo tàng Hồ Chí Minh", "Giải thưởng Tạ Quang Bửu"): the name
/// there is the thing's, no mention of the person.
pub fn named_after(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    if !TAIL_WORDS.contains(lower_word(last_word(before), &mut [0; 48])) {
        return false;
    }
    named_thing(&crate::normalize::lower_tail(before, 16))
}

/// Whether `lower`, text before a name in lower case, ends with a word of
/// [`NOT_AFTER`] that is no part of one of [`COMPOUNDS`].
fn named_thing(lower: &str) -> bool {
    NOT_AFTER.iter().any(|w| ends_with_word(lower, w))
        && !COMPOUNDS.iter().any(|c| ends_with_word(lower, c))
}

/// Compounds that end with a word of [`NOT_AFTER`] but name no street,
/// school or building ("Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà").
const COMPOUNDS: &[&str] = &[
    "môi trường",
    "thị trường",
    "hiện trường",
    "chiến trường",
    "công trường",
    "lập trường",
    "nhà trường",
    "yêu cầu",
    "nhu cầu",
    "toàn cầu",
    "địa cầu",
    "văn bản",
    "cơ bản",
    "nhật bản",
    "kịch bản",
    "phiên bản",
    "chính sách",
    "danh sách",
    "ngân sách",
    "đặc khu",
    "quân khu",
    "liên khu",
    "giải phóng",
    "giải quyết",
    "giải trình",
    "cơ sở dữ liệu",
    "tiền đài",
    "phát thanh truyền hình",
    "đối tượng",
    "hiện tượng",
    "ấn tượng",
    "hòa giải",
    "lý giải",
    "nông thôn",
    "trực tuyến",
    "biển đảo",
    "giai đoạn",
];

/// One capitalized word of the text, not an abbreviation in capitals.
#[derive(Debug, Clone)]
struct Word {
    range: Range<usize>,
    /// One of [`STOP`].
    stop: bool,
    /// A surname of the list.
    surname: bool,
    /// The index of the form of address of [`ADDRESS`] the word is.
    address: Option<u8>,
    /// One of [`OUTLET_WORDS`].
    outlet: bool,
}

/// The persons of `text` (the canonical view) and their mentions, given
/// the gazetteer's `mentions` (sorted by start) and the ranges where it
/// matched the name of a province, district, country or region, which
/// are no person ("Hà Nội" starts with the surname Hà), with whether
/// each may be a country or a region.
pub fn find(
    text: &str,
    mentions: &[Mention],
    places: &[(Range<usize>, bool)],
) -> Vec<PersonMention> {
    let names = &*NAMES;
    let known: Vec<&Mention> =
        mentions.iter().filter(|m| m.kind == EntityType::Person).collect();
    let titles = Titles::of(mentions);
    let mut words = words(text, crate::gazetteer::is_plain(text));
    given_names_like_stops(text, &mut words);
    // Everything the gazetteer took, as sorted, disjoint ranges.
    let merged = merge(mentions.iter().map(|m| m.norm.clone()));
    let is_blocked = |r: &Range<usize>| {
        let k = merged.partition_point(|m| m.end <= r.start);
        merged.get(k).is_some_and(|m| m.start < r.end)
    };
    // A district or a commune right after a surname is most likely the
    // rest of a name ("Nguyễn Xuân Sơn", "Lê Thanh Sơn"): it does not
    // break the run.
    let in_name = |m: &Mention| {
        m.kind == EntityType::Place
            && matches!(m.level.as_deref(), Some("district" | "commune"))
            && text[..m.norm.start].strip_suffix(' ').is_some_and(|b| {
                let w = last_word(b);
                let at = b.len() - w.len();
                w.chars().next().is_some_and(char::is_uppercase)
                    && is_surname(w)
                    && !is_blocked(&(at..b.len()))
            })
    };
    // So is a post of one word after a surname and a middle name, where a
    // clause mark ends it ("Phạm Văn Trưởng, Chủ tịch …").
    let in_name = |m: &Mention| {
        in_name(m)
            || m.kind == EntityType::Title
                && !text[m.norm.clone()].contains(' ')
                && text[m.norm.end..]
                    .starts_with([',', '.', ';', ':', ')', '!', '?'])
                && text[..m.norm.start].strip_suffix(' ').is_some_and(|b| {
                    let middle = last_word(b);
                    let b = &b[..b.len() - middle.len()];
                    b.strip_suffix(' ').is_some_and(|b| {
                        let surname = last_word(b);
                        is_surname(surname)
                            && middle.starts_with(char::is_uppercase)
                            && !is_blocked(
                                &(b.len() - surname.len()..m.norm.start),
                            )
                    })
                })
    };
    let merged = if mentions.iter().any(in_name) {
        merge(mentions.iter().filter(|m| !in_name(m)).map(|m| m.norm.clone()))
    } else {
        merged
    };
    let is_blocked = |r: &Range<usize>| {
        let k = merged.partition_point(|m| m.end <= r.start);
        merged.get(k).is_some_and(|m| m.start < r.end)
    };
    let headlines = headline_lines(text);
    // Candidate runs of capitalized words.
    let mut found: Vec<Found> = Vec::new();
    // Runs of given names with no surname, which no cue made a name.
    let mut given_only: Vec<Range<usize>> = Vec::new();
    for m in &known {
        found.push(Found {
            range: m.norm.clone(),
            gender: m.gender,
            id: m.id.clone(),
            name: Some(m.normalized.clone()),
            addressed: true,
            cued: true,
        });
    }
    let mut i = 0;
    while i < words.len() {
        if is_blocked(&words[i].range) || words[i].stop {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && text[words[j - 1].range.end..words[j].range.start] == *" "
            && !is_blocked(&words[j].range)
            && !words[j].stop
        {
            j += 1;
        }
        let run = &words[i..j];
        i = j;
        let in_headline = {
            let at = run[0].range.start;
            let k = headlines.partition_point(|l| l.end <= at);
            headlines.get(k).is_some_and(|l| l.start <= at)
        };
        if in_headline {
            continue;
        }
        // A province's or a country's name the resolver did not keep is
        // still no name ("Hà Nam", "Mẹ Việt Nam Anh hùng"); after a form
        // of address it is one, but for a country's of more than one
        // word ("bà Nga", "ca sĩ Mỹ Linh", "chị Hà Giang"), and for a
        // name that holds the form of address ("Ba Vi" is Ba Vì).
        if let Some(f) = person_in(text, run, &titles)
            && !places.iter().any(|(p, abroad)| {
                p.start <= f.range.start
                    && f.range.start < p.end
                    && !(f.addressed
                        && p.start == f.range.start
                        && !(*abroad && text[p.clone()].contains(' ')))
            })
            && !is_year_name(&text[f.range.clone()])
        {
            found.push(f);
        } else if (2..=3).contains(&run.len())
            && run
                .iter()
                .all(|w| !w.surname && is_given(&text[w.range.clone()]))
        {
            given_only.push(run[0].range.start..run[run.len() - 1].range.end);
        }
    }
    // Given names alone in a list with a person's name are persons too:
    // players and artists go by middle and given name ("Tiến Linh, Quang
    // Hải và Nguyễn Văn Toàn").
    let listed_with = |r: &Range<usize>, f: &Found| {
        let between = if f.range.end <= r.start {
            &text[f.range.end..r.start]
        } else if r.end <= f.range.start {
            &text[r.end..f.range.start]
        } else {
            return false;
        };
        matches!(between, ", " | " và " | ", và ")
    };
    while let Some(k) =
        given_only.iter().position(|r| found.iter().any(|f| listed_with(r, f)))
    {
        found.push(Found::cued(given_only.swap_remove(k)));
    }
    // A byline or a credit wins over a name found by its shape alone
    // ("Ảnh: Nam Nguyễn Báo cáo …" is not "Nguyễn Báo").
    // A dateline names a province, a district or a country; a commune's
    // name there is the author's ("Minh Châu").
    let place_mentions: Vec<Range<usize>> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityType::Place
                && m.level.as_deref() != Some("commune")
        })
        .map(|m| m.norm.clone())
        .collect();
    for f in bylines(text, &place_mentions) {
        let overlaps = |g: &Found| {
            g.range.start < f.range.end && f.range.start < g.range.end
        };
        if !found.iter().any(|g| overlaps(g) && g.cued) {
            found.retain(|g| !overlaps(g));
            found.push(f);
        }
    }
    found.sort_by_key(|f| f.range.start);
    cluster(text, found, names)
}

/// `ranges` (non-empty ones) sorted and merged into disjoint ranges.
fn merge(ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut taken: Vec<Range<usize>> =
        ranges.filter(|r| !r.is_empty()).collect();
    taken.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(taken.len());
    for r in taken {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => {
                last.end = last.end.max(r.end)
            }
            _ => merged.push(r),
        }
    }
    merged
}

/// Names of a run of 1–4 words that are capitalized, or all in capitals
/// (bylines are often written "SONG VŨ"), starting at `at`: the range.
fn name_run(text: &str, at: usize) -> Option<Range<usize>> {
    let mut end = at;
    let mut n = 0;
    let mut rest = &text[at..];
    loop {
        let w: &str =
            rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        if w.is_empty() || !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        n += 1;
        end += w.len();
        rest = &text[end..];
        if n == 4 || !rest.starts_with(' ') {
            break;
        }
        let next = &rest[1..];
        if !next.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        end += 1;
        rest = next;
    }
    (n > 0).then_some(at..end)
}

/// Newspapers, agencies and sites that sign an article or a photo beside
/// or instead of a person ("Viễn Sự - Tuổi Trẻ", "Ảnh: Google Maps"), in
/// lower case.
const OUTLETS: &[&str] = &[
    "tuổi trẻ",
    "thanh niên",
    "dân trí",
    "dân việt",
    "lao động",
    "người lao động",
    "tiền phong",
    "nhân dân",
    "pháp luật",
    "công lý",
    "đại đoàn kết",
    "quân đội nhân dân",
    "công an nhân dân",
    "hà nội mới",
    "sài gòn giải phóng",
    "kinh tế đô thị",
    "an ninh thủ đô",
    "giáo dục thời đại",
    "đời sống pháp luật",
    "nông nghiệp việt nam",
    "tin tức",
    "thời nay",
    "đầu tư",
    "vietnamnet",
    "vnexpress",
    "zing",
    "infonet",
    "internet",
];

/// Whether `word`, with its tone and case taken off, is one Vietnamese
/// syllable ("Thủy" is, "Google" and "Maps" are not).
pub(crate) fn is_syllable(word: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let letters: Vec<char> = word
        .to_lowercase()
        .nfd()
        .filter(|c| {
            !matches!(
                c,
                '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'
            )
        })
        .nfc()
        .collect();
    letters.len() <= crate::normalize::syllable::MAX_LETTERS
        && crate::normalize::syllable::parse(&letters).is_some()
}

/// Whether `name`, read in a byline or a credit, is a person's: one to
/// four Vietnamese syllables, with initials ("P.Thủy"), that name no
/// newspaper and start no title. After a label ("Bài và ảnh:"), a first
/// word that could start a title is a given name when the list has it
/// ("Trường").
fn credit_name(name: &str, labelled: bool) -> bool {
    let words: Vec<&str> = name
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(last) = words.last() else { return false };
    let first = crate::normalize::lower(words[0]);
    last.chars().count() >= 2
        && (!is_stop(&first) || labelled && is_given(words[0]))
        && !OUTLETS.contains(&crate::normalize::lower(name).as_str())
        // "Theo Báo Nhân Dân": an outlet, named by its kind.
        && !(words.len() > 1 && OUTLET_WORDS.contains(&first.as_str()))
        && words.iter().all(|w| w.chars().count() == 1 || is_syllable(w))
}

/// A byline name at `at`: [`name_run`], after an initial ("P.Thủy",
/// "T. Hợp") when there is one.
fn byline_name(text: &str, at: usize) -> Option<Range<usize>> {
    let mut chars = text[at..].char_indices();
    if let (Some((_, c)), Some((k, '.'))) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        let mut from = at + k + 1;
        if text[from..].starts_with(' ') {
            from += 1;
        }
        return name_run(text, from).map(|r| at..r.end);
    }
    name_run(text, at)
}

/// Where the last sentence of `line` ends: after its last stop, quote,
/// bracket or ellipsis, not counting the dot of an initial ("… giáo dục...
/// P.Thủy").
fn tail_start(line: &str) -> usize {
    let mut end = line.len();
    while let Some(i) =
        line[..end].rfind(['.', '!', '?', '"', '”', ')', '…', ';'])
    {
        let before = &line[..i];
        let mut back = before.chars().rev();
        let initial = line[i..].starts_with('.')
            && back.next().is_some_and(char::is_uppercase)
            && !back.next().is_some_and(is_word_char);
        if !initial {
            return i + line[i..].chars().next().map_or(1, char::len_utf8);
        }
        end = i;
    }
    0
}

/// Photo credits ("Ảnh: Trí Dũng/TTXVN", "Ảnh: VGP/Quang Hiếu", "Ảnh
/// minh họa: Nam Nguyễn") and the byline that ends an article ("… lao
/// động. LÂM NGUYÊN", "Theo Thế Kha - Tuấn Hợp/Dân Trí", "… Nguyễn Sự
/// (TTXVN)", "N. C (T.Hợp)"). `places` are the place mentions: the line
/// that closes an article does not name one as its author, and a text
/// that is nothing but such a line has none.
fn bylines(text: &str, places: &[Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut push = |r: Range<usize>, labelled: bool| {
        if !credit_name(&text[r.clone()], labelled) {
            return false;
        }
        out.push(Found::cued(r));
        true
    };
    for i in memchr::memmem::find_iter(text.as_bytes(), "Ảnh") {
        let mut at = i + "Ảnh".len();
        for gloss in [" minh họa", " minh hoạ", " tư liệu", " minh hoa"]
        {
            if text[at..].starts_with(gloss) {
                at += gloss.len();
                break;
            }
        }
        let Some(rest) = text[at..].strip_prefix(':') else { continue };
        at = text.len() - rest.trim_start_matches(' ').len();
        // An agency before the name: "VGP/", "VGP ".
        let agency = text[at..].find(['/', ' ']).filter(|&k| {
            k <= 8 && text[at..at + k].chars().all(|c| c.is_ascii_uppercase())
        });
        if let Some(k) = agency {
            at += k + 1;
        }
        let Some(r) = byline_name(text, at) else { continue };
        // Captions run into the next sentence ("Ảnh: VGP/Quang Hiếu Về
        // các chỉ số …"): a credit is two words, three with a surname.
        // The third word must be a given name, and no word starts a
        // title or a phrase ("Ảnh: Thái Minh Tổng mức đầu tư …").
        let words: Vec<&str> = text[r.clone()].split(' ').collect();
        let keep = if is_surname(words[0])
            && words.get(2).is_some_and(|w| is_given(w))
        {
            3
        } else {
            2
        };
        let keep = words
            .iter()
            .skip(1)
            .position(|w| is_stop(lower_word(w, &mut [0; 48])))
            .map_or(keep, |k| keep.min(k + 1));
        if words.len() < 2 && !text[r.clone()].contains('.') {
            continue;
        }
        let len: usize =
            words.iter().take(keep).map(|w| w.len() + 1).sum::<usize>() - 1;
        push(r.start..r.start + len.min(r.end - r.start), false);
    }
    // The end of the article: what follows its last sentence; a place
    // there is a dateline, not an author.
    // (A photo credit or a source on a line of its own after the byline
    // is not it: "Thu Hằng" / "Ảnh: Trung Kiên/TTXVN".)
    let mut body = text.trim_end();
    for _ in 0..2 {
        let at = body.rfind('\n').map_or(0, |i| i + 1);
        let line = &body[at..];
        let credit = line.len() < 80
            && ["Ảnh", "Nguồn", "Video"].iter().any(|c| line.starts_with(c))
            && line.find(':').is_some_and(|k| k < 24);
        if at == 0 || !credit {
            break;
        }
        body = body[..at].trim_end();
    }
    let line_at = body.rfind('\n').map_or(0, |i| i + 1);
    let mut push = |r: Range<usize>, labelled: bool| {
        !places.iter().any(|p| p.start <= r.start && r.end <= p.end)
            && push(r, labelled)
    };
    let mut line_end = body.len();
    // Brackets that close the article: an agency ("(TTXVN)") is left
    // out, a name ("(T.Hợp)") is a byline.
    while let Some(line) = text[line_at..line_end].trim_end().strip_suffix(')')
        && let Some(open) = line.rfind('(')
    {
        let inner = &line[open + 1..];
        let inner_at = line_at + open + 1;
        let named = byline_name(text, inner_at).is_some_and(|r| {
            r.end == inner_at + inner.len() && push(r, false)
        });
        // "(tổng hợp)", "(theo VnExpress)": a note on the sources, after
        // the author's name ("Thanh Hà (tổng hợp)").
        let note = ["tổng hợp", "lược dịch", "biên dịch", "theo "]
            .iter()
            .any(|n| inner.starts_with(n));
        if !named && !note && inner.chars().any(char::is_lowercase) {
            break;
        }
        line_end = line_at + line[..open].trim_end().len();
    }
    let last_line = &text[line_at..line_end];
    let tail_at = tail_start(last_line);
    let tail = &last_line[tail_at..];
    let tail_start =
        line_at + tail_at + (tail.len() - tail.trim_start().len());
    if text[..tail_start].trim().is_empty() {
        return out; // the whole text: no article before it
    }
    let tail = tail.trim();
    let tail = tail.strip_prefix("Theo ").map_or(tail, |t| t);
    let mut tail_start = tail_start
        + (text[tail_start..].len()
            - text[tail_start..].trim_start_matches("Theo ").len());
    // "Bài và ảnh: Trường Khôi": a label before the names.
    let label = BYLINES.iter().find_map(|b| {
        let head = tail.get(..b.len())?;
        (crate::normalize::lower(head) == *b).then_some(b.len())
    });
    let tail = match label {
        Some(n) => {
            let names = tail[n..].trim_start();
            tail_start += tail.len() - names.len();
            names
        }
        None => tail,
    };
    // "Thế Kha - Tuấn Hợp/Dân Trí": names joined by dashes, a source after
    // the slash.
    let names = tail.split('/').next().unwrap_or("");
    let mut named = false;
    if !names.is_empty() && names.len() < 60 {
        let mut at = tail_start;
        for part in names.split(" - ") {
            if let Some(r) = byline_name(text, at)
                && r.end - r.start == part.trim_end().len()
            {
                named |= push(r, label.is_some());
            }
            at += part.len() + " - ".len();
        }
    }
    // A byline glued to the last sentence, the text ending without a
    // stop: "… xử lý nghiêm các sai phạm Minh Khôi".
    if !named && let Some(r) = glued_byline(&text[..line_end]) {
        push(r, false);
    }
    out
}

/// The name that ends `body` when the text closes on it without a stop,
/// glued to its last sentence: two or three capitalized words after a
/// word in lower case ("… các sai phạm Minh Khôi").
fn glued_byline(body: &str) -> Option<Range<usize>> {
    let mut start = body.len();
    let mut words = 0;
    while words < 4 {
        let w = last_word(&body[..start]);
        let capitalized = w.starts_with(char::is_uppercase)
            && !w.chars().skip(1).any(char::is_uppercase);
        if !capitalized || w.len() == start {
            break;
        }
        words += 1;
        start -= w.len();
        let Some(b) = body[..start].strip_suffix(' ') else { break };
        if !b.ends_with(char::is_alphanumeric) {
            break;
        }
        start = b.len();
        if !last_word(b).starts_with(char::is_uppercase) {
            break;
        }
    }
    let name_at = body[start..].trim_start_matches(' ').len();
    let name_at = body.len() - name_at;
    let before = last_word(body[..name_at].trim_end_matches(' '));
    ((2..=3).contains(&words)
        && before.chars().count() >= 2
        && before.chars().all(char::is_lowercase))
    .then_some(name_at..body.len())
}

/// Whether `name` is a year of the sexagenary cycle ("Đinh Dậu").
fn is_year_name(name: &str) -> bool {
    let lower = crate::normalize::lower(name);
    let mut w = lower.split(' ');
    matches!(
        (w.next(), w.next(), w.next()),
        (Some(a), Some(b), None) if STEMS.contains(&a) && BRANCHES.contains(&b)
    )
}

/// A name found, before mentions are grouped into persons.
struct Found {
    range: Range<usize>,
    /// The gender its form of address gives.
    gender: Option<&'static str>,
    /// The known-officials id.
    id: Option<String>,
    /// The canonical name, for a dictionary person ("Bác Hồ" is "Hồ Chí
    /// Minh").
    name: Option<String>,
    /// Found with a form of address, a byline or in the dictionary: a
    /// one-word name stands on its own.
    addressed: bool,
    /// Found with a cue of any kind (a form of address, a title, a
    /// byline, the dictionary), not by its shape alone.
    cued: bool,
}

impl Found {
    /// A name at `r` that a cue vouches for, with nothing more known of
    /// it (a byline, a name listed with a person's).
    fn cued(r: Range<usize>) -> Found {
        Found {
            range: r,
            gender: None,
            id: None,
            name: None,
            addressed: true,
            cued: true,
        }
    }
}

/// The lines of `text` written in capitals (headlines), in order.
fn headline_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let r = at..at + line.len();
        at = r.end + 1;
        let mut letters = 0;
        let mut lower = false;
        for c in line.chars() {
            if c.is_ascii() {
                lower |= c.is_ascii_lowercase();
                letters += c.is_ascii_alphabetic() as usize;
            } else if c.is_lowercase() {
                lower = true;
            } else if c.is_uppercase() {
                letters += 1;
            }
            if lower {
                break;
            }
        }
        if letters > 3 && !lower {
            out.push(r);
        }
    }
    out
}

/// The length of the char at byte `i` of `bytes` when it is one of the
/// small letters Vietnamese uses most (known from its bytes, without
/// decoding), else 0: U+1E80 … U+1EFF at odd code points (the vowels with
/// a tone); U+00DF … U+00FF (and ÷); U+0101 … U+0137 at odd code points
/// (ă, đ, ĩ); ũ, ơ and ư.
// Always inlined: it is asked of most chars past ASCII the scan stops at.
#[inline(always)]
fn not_capital(bytes: &[u8], i: usize) -> usize {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match (bytes[i], next(1)) {
        (0xE1, 0xBA | 0xBB) if next(2) & 1 == 1 => 3,
        (0xC3, b) if b >= 0x9F => 2,
        (0xC4, b) if b <= 0xB7 && b & 1 == 1 => 2,
        (0xC5, 0xA9) | (0xC6, 0xA1 | 0xB0) => 2,
        _ => 0,
    }
}

/// The first byte from `i` (a char boundary) that is an ASCII capital or
/// starts a char past ASCII, and that no ASCII letter or digit comes
/// right before (no word can start there), or the end: what comes before
/// is ASCII but capitals, the rest of chars started before, and chars
/// inside words. Read eight bytes at a time.
#[inline]
fn next_capital_or_lead(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // ASCII capitals: of the low seven bits, 0x41 to 0x5A, the high
        // bit clear (adding to seven-bit bytes carries into no other).
        let low = x & !HIGH;
        let upper = (low + ONES * (0x80 - 0x41))
            & !(low + ONES * (0x7f - 0x5A))
            & !x
            & HIGH;
        // Lead bytes: the two high bits set.
        let lead = x & (x << 1) & HIGH;
        // The byte before each: an ASCII letter or digit there puts it
        // inside a word ("Việt" is not stopped at "ệ"). Letters are told
        // in lower case (the 0x20 bit set).
        let before = i.checked_sub(1).map_or(0, |k| bytes[k]);
        let prev = (x << 8) | u64::from(before);
        let plow = prev & !HIGH;
        let letter = plow | (ONES * 0x20);
        let alpha =
            (letter + ONES * (0x80 - 0x61)) & !(letter + ONES * (0x7f - 0x7A));
        let digit =
            (plow + ONES * (0x80 - 0x30)) & !(plow + ONES * (0x7f - 0x39));
        let in_word = (alpha | digit) & !prev & HIGH;
        let found = (upper | lead) & !in_word;
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len()
        && (bytes[i] < 0x80 && !bytes[i].is_ascii_uppercase()
            || (0x80..0xC0).contains(&bytes[i])
            || i > 0 && bytes[i - 1].is_ascii_alphanumeric())
    {
        i += 1;
    }
    i
}

/// The words of `text`.
fn words(text: &str, plain: bool) -> Vec<Word> {
    let names = &*NAMES;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 40);
    let mut scratch = String::new();
    let mut i = 0;
    while i < bytes.len() {
        // Only capitalized words can be part of a name (a word left out
        // between two of them breaks their run anyway): the text is read
        // from one capital that starts a word to the next.
        i = next_capital_or_lead(bytes, i);
        if i == bytes.len() {
            break;
        }
        let c = match bytes[i] {
            b @ 0..0x80 => {
                if !b.is_ascii_uppercase() {
                    i += 1;
                    continue;
                }
                char::from(b)
            }
            _ => match not_capital(bytes, i) {
                0 => text[i..].chars().next().expect("a char boundary"),
                len => {
                    i += len;
                    continue;
                }
            },
        };
        if !c.is_uppercase()
            || text[..i].chars().next_back().is_some_and(is_word_char)
        {
            i += c.len_utf8();
            continue;
        }
        // ASCII letters and digits are told from their byte.
        let word_end = |mut k: usize| {
            while let Some(&b) = bytes.get(k) {
                if b < 0x80 {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    k += 1;
                } else {
                    // A small Vietnamese letter (not ÷) is told from its
                    // bytes.
                    let small = not_capital(bytes, k);
                    if small > 0 && bytes[k..k + 2] != [0xC3, 0xB7] {
                        k += small;
                        continue;
                    }
                    let c = text[k..].chars().next().expect("a char boundary");
                    if !is_word_char(c) {
                        break;
                    }
                    k += c.len_utf8();
                }
            }
            k
        };
        let mut end = word_end(i);
        // "H'Hen": the female prefix of Ê Đê and M'nông names is one word
        // with the name after its apostrophe; so is the male prefix of Cơ
        // Ho names ("K'Mák"), which some write with a space before a
        // capital ("K' Bình").
        if end == i + 1
            && matches!(bytes[i], b'H' | b'K')
            && bytes.get(end) == Some(&b'\'')
        {
            let after = &text[end + 1..];
            if after.starts_with(char::is_alphabetic) {
                end = word_end(end + 1);
            } else if bytes[i] == b'K'
                && after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()))
            {
                end = word_end(end + 2);
            }
        }
        // A Korean given name joins its syllables by a hyphen, the second
        // in lower case: "Jong-un", "Jae-in".
        if bytes.get(end) == Some(&b'-')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
            && bytes[i..end].iter().all(u8::is_ascii_alphabetic)
        {
            let e = word_end(end + 1);
            if bytes[end + 1..e].iter().all(u8::is_ascii_lowercase) {
                end = e;
            }
        }
        // So does a Western one of two capitalized names in plain letters,
        // none a Vietnamese syllable: "Jean-Pierre", "Frank-Walter".
        if bytes.get(end) == Some(&b'-')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes[i..end].iter().all(u8::is_ascii_alphabetic)
            && !is_syllable(&text[i..end])
        {
            let e = word_end(end + 1);
            if bytes[end + 1..e].iter().all(u8::is_ascii_alphabetic)
                && e - end > 2
                && !is_syllable(&text[end + 1..e])
            {
                end = e;
            }
        }
        let word = &text[i..end];
        let abbrev = word.chars().nth(1).is_some()
            && !word.chars().any(char::is_lowercase);
        if !abbrev {
            let mut buf = [0; 48];
            let kind_of =
                |l: &[u8]| names.kinds.get(l).copied().unwrap_or_default();
            let kind = match lower_vietnamese(word, &mut buf) {
                // Typed without diacritics, "Nguyen" may be "Nguyễn" and
                // "Ong" "Ông".
                Some(l) if plain && word.is_ascii() => {
                    let k = kind_of(l);
                    match names.plain_kinds.get(l) {
                        Some(p) => Kind {
                            surname: k.surname || p.surname,
                            address: k.address.or(p.address),
                            ..k
                        },
                        None => k,
                    }
                }
                Some(l) => kind_of(l),
                None => {
                    scratch.clear();
                    crate::normalize::lower_into(word, &mut scratch);
                    // Forms of address and outlet words are the words
                    // that `lower_word` lowers to them, as they were told
                    // before: it lowers "İ" to "i" where `lower` adds a
                    // dot (for the words above, both agree).
                    let mut buf = [0; 48];
                    let short = kind_of(lower_word(word, &mut buf).as_bytes());
                    Kind {
                        address: short.address,
                        outlet: short.outlet,
                        ..kind_of(scratch.as_bytes())
                    }
                }
            };
            out.push(Word {
                range: i..end,
                stop: kind.stop,
                surname: kind.surname,
                address: kind.address,
                outlet: kind.outlet,
            });
        }
        i = end;
    }
    out
}

/// The bytes of `word` in lower case, written into `buf`, when it is
/// made of ASCII and Vietnamese letters (whose lower case is known
/// without a table search) and fits: as [`crate::normalize::lower`]
/// gives it; else `None`.
fn lower_vietnamese<'b>(
    word: &str,
    buf: &'b mut [u8; 48],
) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in word.chars() {
        let u = c as u32;
        let l = match u {
            0..0x80 => c.to_ascii_lowercase(),
            // The Latin-1 capitals À … Þ but ×, a capital's small letter
            // 0x20 past it; the small letters ß … ÿ and ÷.
            0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20)?,
            0xD7 | 0xDF..=0xFF => c,
            // Capital and small in pairs, the capital at the even code
            // point.
            0x1EA0..=0x1EFF => char::from_u32(u | 1)?,
            // Ă Đ Ĩ Ũ Ơ and their small letters.
            0x102 | 0x103 | 0x110 | 0x111 | 0x128 | 0x129 | 0x168 | 0x169
            | 0x1A0 | 0x1A1 => char::from_u32(u | 1)?,
            // Ư, ư.
            0x1AF | 0x1B0 => 'ư',
            _ => return None,
        };
        let len = l.len_utf8();
        l.encode_utf8(buf.get_mut(n..n + len)?);
        n += len;
    }
    Some(&buf[..n])
}

/// Words of medicine after "Y" (medicine, not the prefix of a name):
/// "Y Dược", "Y Khoa", "Y Tế", in lower case.
const MEDICINE: &[&str] = &[
    "tế", "dược", "khoa", "học", "sĩ", "tá", "bác", "đức", "lý", "viện",
    "sinh", "án", "lệnh", "vụ", "nha", "xá",
];

/// Peoples whose names are written with "H'" ("người H'Mông", "dân tộc
/// H'Rê") or "K'" ("K'Ho"), in lower case: after the apostrophe they are
/// no given names.
const PEOPLES: &[&str] = &["mông", "mong", "rê", "re", "roi", "lăng", "ho"];

/// When `run` starts with the prefix of a name of the Central Highlands,
/// the gender it says, if it says one. "Y" before a capitalized word that
/// is not one of medicine ("Y Biêr", not "Y Dược") is a man's in an Ê Đê
/// or M'nông name, which ends with a clan name ("Y Biêr Niê"), but a
/// woman's in a Xơ Đăng or Ba Na one, which has none ("Y Ngọc"); "A" is a
/// man's in Ba Na, Xơ Đăng and Gia Rai ("A Pớt"); "H'" joined to a name
/// ("H'Hen", not "H'Mông") is a woman's, and "K'" a man's (Cơ Ho names:
/// "K'Mák", not "K'Ho").
fn highland_lead(text: &str, run: &[Word]) -> Option<Option<&'static str>> {
    let first = &text[run.first()?.range.clone()];
    let mut buf = [0; 48];
    if first == "Y" {
        let next = run.get(1)?;
        let w = lower_word(&text[next.range.clone()], &mut buf);
        let ede = has_clan(text, run);
        return (!MEDICINE.contains(&w)).then_some(ede.then_some("male"));
    }
    if first == "A" {
        return run.get(1).map(|_| Some("male"));
    }
    let (name, gender) = match first.strip_prefix("H'") {
        Some(name) => (name, "female"),
        None => (first.strip_prefix("K'")?.trim_start_matches(' '), "male"),
    };
    let w = lower_word(name, &mut buf);
    (w.chars().count() >= 2 && !PEOPLES.contains(&w)).then_some(Some(gender))
}

/// Whether a run with the prefix of a Central Highlands name ends with a
/// clan name of the list after its given name ("Y Biêr Niê", "H'Hen
/// Niê", "Y Thanh Hà Niê Kđăm"): the shape of such a name, as a surname
/// and given names are of a Kinh one.
fn has_clan(text: &str, run: &[Word]) -> bool {
    let given = if text[run[0].range.clone()].starts_with("H'")
        || text[run[0].range.clone()].starts_with("K'")
    {
        1
    } else {
        2
    };
    run.iter().skip(given).any(|w| {
        NAMES
            .clans_last
            .contains(lower_word(&text[w.range.clone()], &mut [0; 48]))
    })
}

/// Type words of the units below a commune, in lower case: a village,
/// a hamlet, a quarter ("thôn Đông Hòa", "bản Na Mèo", "buôn Kô Siêr").
const VILLAGE_WORDS: &[&str] = &[
    "thôn",
    "bản",
    "ấp",
    "buôn",
    "làng",
    "xóm",
    "sóc",
    "khóm",
    "plei",
    "bon",
    "khu phố",
    "tổ dân phố",
];

/// Documents that "bản" (a copy) opens: "bản Kế hoạch" is no village.
const DOCUMENTS_AFTER_BAN: &[&str] = &[
    "Kế", "Báo", "Hợp", "Cam", "Quy", "Tin", "Đồ", "Thỏa", "Ghi", "Dự",
    "Tuyên", "Hiến", "Luật", "Nghị", "Quyết", "Chỉ", "Đề", "Tờ", "Danh",
    "Giấy", "Sao", "Án", "Thông",
];

/// The names of the villages, hamlets and quarters a text names after
/// their type word ("xóm Đồng Mương", "bản Xa Re", "thôn Trung Phú"):
/// one to three capitalized words, up to a mark, a word in lower case or
/// a person's name (`persons`, ranges in text order). A number names no
/// village of its own ("thôn 3"); nor does the word "bản" after
/// another that makes a word of it ("văn bản"), or before a document.
pub fn villages(text: &str, persons: &[Range<usize>]) -> Vec<Range<usize>> {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(VILLAGE_WORDS)
            .expect("village words")
    });
    let mut out = Vec::new();
    for m in WORDS.find_iter(text) {
        let (i, v) = (m.start(), VILLAGE_WORDS[m.pattern().as_usize()]);
        if text[..i].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let start = i + v.len() + 1;
        let Some(rest) = text[i + v.len()..].strip_prefix(' ') else {
            continue;
        };
        if !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let lower = crate::normalize::lower_tail(&text[..i + v.len()], 16);
        if COMPOUNDS.iter().any(|c| ends_with_word(&lower, c)) {
            continue;
        }
        let (end, n) = village_name(text, start, persons, |w| {
            v == "bản" && DOCUMENTS_AFTER_BAN.contains(&w)
        });
        // A number right after is a numbered unit's ("xóm Mới 2").
        let numbered = text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        if n > 0
            && !numbered
            && !persons.iter().any(|p| p.start < end && start < p.end)
        {
            out.push(start..end);
            // After a plural the type word is each item's: "các thôn Vinh
            // Quang, Phú Mỹ và Lộc Thượng".
            if ends_with_word(&lower, &format!("các {v}")) {
                let mut at = end;
                while let Some(item) = village_list_item(text, at, persons) {
                    at = item.end;
                    out.push(item);
                }
            }
        }
    }
    out
}

/// The name of a village from `start`: one to three capitalized words
/// separated by a space, up to a person's name (`persons`) or a first
/// word that `refused` refuses. Its end, and its number of words (0: no
/// name).
fn village_name(
    text: &str,
    start: usize,
    persons: &[Range<usize>],
    refused: impl Fn(&str) -> bool,
) -> (usize, usize) {
    let mut end = start;
    let mut n = 0;
    while n < 3 {
        let at = if n == 0 { end } else { end + 1 };
        if n > 0 && !text[end..].starts_with(' ') {
            break;
        }
        let r = &text[at..];
        let len = r
            .find(|c: char| !c.is_alphabetic() && c != '\'')
            .unwrap_or(r.len());
        let word = &r[..len];
        if len == 0
            || !word.starts_with(char::is_uppercase)
            || persons.iter().any(|p| p.start == at)
            || n == 0 && refused(word)
        {
            break;
        }
        end = at + len;
        n += 1;
    }
    (end, n)
}

/// The next item of a list of villages after `at`: a comma or "và", then
/// one to three capitalized words, the last item ending the sentence, the
/// clause or the list.
fn village_list_item(
    text: &str,
    at: usize,
    persons: &[Range<usize>],
) -> Option<Range<usize>> {
    let rest = &text[at..];
    let lead =
        [", và ", ", ", " và "].iter().find(|l| rest.starts_with(**l))?;
    let start = at + lead.len();
    let (end, n) = village_name(text, start, persons, |_| false);
    // The item ends where the list or the clause does.
    let after = &text[end..];
    let closed = after.is_empty()
        || after.starts_with([',', '.', ';', ':', ')', '\n'])
        || after.starts_with(" và ")
        || after.starts_with(' ')
            && !after[1..].starts_with(char::is_uppercase);
    (n > 0 && closed).then_some(start..end)
}

/// Whether `word` (a run of letters and digits) is the last word of
/// `words` (words of letters separated by spaces): [`last_word`] of it,
/// told without walking its chars.
fn ends_with_word_of(words: &str, word: &str) -> bool {
    words.strip_suffix(word).is_some_and(|r| r.is_empty() || r.ends_with(' '))
}

/// Where the type word of a village ends when `text[..at]` ends with it
/// and the village's name: one to three capitalized words or a number
/// ("Trưởng thôn Đông Lâm", "Trưởng bản Na Phìn", "thôn 3"); else `at`.
/// A post written with the village is the post of the name after it
/// ("Trưởng thôn Đông Lâm Nguyễn Văn Hải").
///
/// ```
/// use vnextract::recognize::person::village_type_end;
/// let s = "Trưởng thôn Đông Lâm ";
/// assert_eq!(village_type_end(s, s.len()), "Trưởng thôn".len());
/// assert_eq!(village_type_end("ông Ba ", 7), 7);
/// ```
pub fn village_type_end(text: &str, at: usize) -> usize {
    let mut before = text[..at].trim_end_matches(' ');
    let mut named = false;
    for _ in 0..3 {
        let w = last_word(before);
        let Some(b) = before[..before.len() - w.len()].strip_suffix(' ')
        else {
            break;
        };
        let number = !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
        if !(number || w.starts_with(char::is_uppercase)) {
            break;
        }
        before = b;
        named = true;
        if number {
            break;
        }
    }
    let word = last_word(before);
    // (A type word of two or three words is whole: "thành phố" holds no
    // "khu phố".)
    let village = VILLAGE_WORDS.iter().any(|v| {
        ends_with_word_of(v, word)
            && (!v.contains(' ')
                || ends_with_word(
                    &crate::normalize::lower_tail(before, 16),
                    v,
                ))
    }) && !COMPOUNDS.iter().any(|c| ends_with_word(before, c));
    if named && village { before.len() } else { at }
}

/// A run right after the type word of a village ("Trưởng thôn Đông Hòa
/// Nguyễn Văn Hải", "Trưởng bản Na Mèo", "bí thư chi bộ thôn Tân Lập Phạm
/// Văn Đức"): the first words are the village's name, and a person's name
/// follows only from a surname (or the prefix of a Central Highlands
/// name) on, when the words from there have a name's shape. A run that
/// is a full name alone is a person's when a post is written with the
/// village ("Trưởng bản Lò Văn Hải"). `None` when no village word is
/// right before the run; `Some(None)` when the run names only the
/// village.
fn after_village(
    text: &str,
    run: &[Word],
    titles: &Titles,
) -> Option<Option<Found>> {
    let start = run[0].range.start;
    let mut before = text[..start].trim_end_matches(' ');
    // A village's name the gazetteer took in whole or in part ("thôn
    // [Đông] Lâm Nguyễn Văn Hải"): the name may start the run.
    let mut taken = false;
    for _ in 0..3 {
        let w = last_word(before);
        let Some(b) = before[..before.len() - w.len()].strip_suffix(' ')
        else {
            break;
        };
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        before = b;
        taken = true;
    }
    let word = last_word(before);
    // Most runs follow no village word: tell them by the last word
    // before they are lowered whole.
    if word.is_empty()
        || !VILLAGE_WORDS.iter().any(|v| ends_with_word_of(v, word))
    {
        return None;
    }
    let lower = crate::normalize::lower_tail(before, 16);
    let village = VILLAGE_WORDS.iter().find(|w| ends_with_word(&lower, w))?;
    if COMPOUNDS.iter().any(|c| ends_with_word(&lower, c))
        || ADDRESS.iter().any(|(a, _)| ends_with_word(&lower, a))
    {
        return None;
    }
    let village_at = before.len() - village.len();
    let found = |run: &[Word], lead: Option<Option<&'static str>>| {
        let max = if lead.is_some() { 6 } else { 5 };
        let run = &run[..run.len().min(max)];
        Found {
            range: run[0].range.start..run[run.len() - 1].range.end,
            gender: lead.flatten(),
            id: None,
            name: None,
            addressed: false,
            cued: true,
        }
    };
    // A name from the k-th word: a surname and given names, or a
    // Highlands name with its clan.
    let name_from = |k: usize| {
        let rest = &run[k..];
        match highland_lead(text, rest) {
            Some(g) => has_clan(text, rest).then_some(Some(g)),
            None => (rest[0].surname
                && rest.len() >= 2
                && given_names(text, &rest[1..]))
            .then_some(None),
        }
    };
    // A surname that no other surname follows starts it more surely
    // ("Đông Lâm Nguyễn Văn Hải" is not "Lâm Nguyễn Văn Hải").
    let plain = |k: usize| run.get(k + 1).is_none_or(|w| !w.surname);
    let from = if taken { 0 } else { 1 };
    let split = (from..run.len())
        .find(|&k| plain(k) && name_from(k).is_some())
        .or_else(|| (from..run.len()).find(|&k| name_from(k).is_some()));
    match split {
        Some(k) => {
            return Some(Some(found(&run[k..], name_from(k).flatten())));
        }
        None if taken => return None,
        None => {}
    }
    // A post right before the village word, or a few words in lower case
    // before it ("Trưởng thôn", "Bí thư chi bộ thôn").
    let post =
        titles.ending_in(village_at.saturating_sub(40)..start).any(|t| {
            t.norm.end <= start
                && (t.norm.end >= village_at
                    || text[t.norm.end..village_at]
                        .chars()
                        .all(|c| c == ' ' || c.is_lowercase()))
        });
    let whole = run.len() >= 3 && name_from(0).is_some();
    Some((post && whole).then(|| found(run, name_from(0).flatten())))
}

/// The name in a run of capitalized words, if it is one, with the gender
/// its context gives.
fn person_in(text: &str, run: &[Word], titles: &Titles) -> Option<Found> {
    if let Some(found) = after_village(text, run, titles) {
        return found;
    }
    // Where the name starts: the run's first word, or its first surname
    // when the run opens a sentence with other words ("Theo Nguyễn …").
    let before_run = text[..run[0].range.start].trim_end_matches(' ');
    let opens = before_run.is_empty()
        || before_run.ends_with(['.', '!', '?', ':', '\n', '"', '(', ';']);
    // The clan name "Nay" is the word "now" when it opens a sentence.
    let now_at = |w: &Word| {
        opens
            && w.range.start == run[0].range.start
            && text[w.range.clone()] == *"Nay"
    };
    let surname_at = |w: &Word| w.surname && !now_at(w);
    let mut s = 0;
    // A form of address opening the sentence ("Ông Tài cho biết").
    let mut lead_address = None;
    // (Each word's kind was looked up once, in lower case.)
    if run.len() > 1
        && let Some(a) = run[0].address
    {
        // A capitalized "Ông" or "Bà" inside a sentence, after a word in
        // lower case, names a place: "rạch Ông Kèo", "núi Bà Đen".
        let word_before = before_run.rsplit(' ').next().unwrap_or("");
        if !opens
            && word_before.chars().all(char::is_alphabetic)
            && word_before.chars().next().is_some_and(char::is_lowercase)
            && matches!(&text[run[0].range.clone()], "Ông" | "Bà")
        {
            return None;
        }
        s = 1;
        lead_address = Some(ADDRESS[usize::from(a)].1);
    }
    // Capitalized words before a surname are something else: the start
    // of a sentence ("Theo Nguyễn …") or a place whose mention the
    // gazetteer left out.
    // (Not at an "A" after other capitalized words: it is the middle name
    // of a Mông name there, "Chá A Sử".)
    // But after a form of address the run is the name ("nhạc sĩ Văn
    // Cao").
    if s == 0 && !surname_at(&run[0]) && highland_lead(text, run).is_none() {
        s = (0..run.len())
            .find(|&k| {
                surname_at(&run[k])
                    || highland_lead(text, &run[k..]).is_some()
                        && text[run[k].range.clone()] != *"A"
            })
            .unwrap_or(0);
        if s > 0
            && !SAINTS.contains(&&text[run[0].range.clone()])
            && address_before(before_run).is_some()
        {
            s = 0;
        }
    }
    // A saint's name taken at baptism comes before a Catholic's name
    // ("Giám mục Giuse Nguyễn Năng"): the cue is read before it.
    let cue_at = if s == 1 && SAINTS.contains(&&text[run[0].range.clone()]) {
        run[0].range.start
    } else {
        run[s].range.start
    };
    let run = &run[s..];
    if now_at(&run[0]) && run.len() == 1 {
        return None;
    }
    let lead = highland_lead(text, run);
    let clan = lead.is_some() && has_clan(text, run);
    // "Báo Infonet": a newspaper.
    if run[0].outlet && run.len() > 1 {
        return None;
    }
    let start = run[0].range.start;
    let before = text[..cue_at].trim_end_matches(' ');
    // Every cue below ends with a word of `TAIL_WORDS`, and every byline
    // with a colon: most runs have neither before them, and skip the
    // lists.
    let cue = TAIL_WORDS.contains(lower_word(last_word(before), &mut [0; 48]));
    let before_lower = if cue || before.ends_with(':') {
        crate::normalize::lower_tail(before, 16)
    } else {
        String::new()
    };
    let ends_with = |w: &str| cue && ends_with_word(&before_lower, w);
    // "ông bà X" is a couple: no gender.
    let address = lead_address
        .or_else(|| cue.then(|| address_in(&before_lower)).flatten())
        .map(|g| if ends_with("ông bà") { None } else { g });
    let byline = BYLINES.iter().any(|b| before_lower.ends_with(b))
        && before.len() < 40 + text[..start].rfind('\n').map_or(0, |i| i + 1);
    // A title right before, or before a level word that the title did
    // not take ("Chánh Thanh tra tỉnh Võ Văn Phúc").
    let title_end =
        LEVEL_WORDS.iter().find(|w| ends_with(w)).map_or(before.len(), |w| {
            before[..before.len() - w.len()].trim_end_matches(' ').len()
        });
    // Only a title that ends at `title_end` or in the spaces before the
    // run can be right before it.
    let title_before =
        titles.ending_in(title_end.min(before.len())..start).any(|t| {
            t.norm.end <= start
                && (text[t.norm.end..start].chars().all(|c| c == ' ')
                    || t.norm.end == title_end && run.len() >= 3)
        });
    // A title ending with the type word of a commune or a district: what
    // follows is most likely the unit's name ("Phó Chủ tịch UBND xã Phú
    // Việt"), unless it is a full name. After a committee named by its
    // level, so are words that no surname starts ("Bí thư Huyện ủy Tĩnh
    // Gia"; but "Bí thư Thành ủy Tô Lâm").
    if title_before
        && run.len() < 3
        && !clan
        && !is_clan_first(&text[run[0].range.clone()])
        && (UNIT_WORDS.iter().any(|w| ends_with(w))
            || (committees().any(&ends_with)
                || NAMED_FOR_UNITS.iter().any(|w| ends_with(w)))
                && !surname_at(&run[0])
                && lead.is_none())
    {
        return None;
    }
    // "đường Lê Lợi", "phường Nguyễn Du": a street or a unit; but "Chủ
    // tịch UBND tỉnh Ngô Quang Vinh" ends a title with "tỉnh".
    if !title_before && address.is_none() && cue && named_thing(&before_lower)
    {
        return None;
    }
    // A house number before: a street ("số 25 Lý Thường Kiệt", "ở 12 Trần
    // Phú"); but a year or a count before a name is no address.
    let mut back = before.rsplit(' ');
    if let (Some(number), Some(lead)) = (back.next(), back.next())
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        && number.as_bytes()[0].is_ascii_digit()
        && matches!(lead, "số" | "ở" | "tại" | "nhà")
        && address.is_none()
        && !title_before
    {
        return None;
    }
    // A title right after, behind a comma, a dash or a bracket.
    let after_of = |end: usize| {
        let rest = &text[end..];
        let skip = rest.len()
            - rest.trim_start_matches([' ', ',', '-', '(', ':']).len();
        skip > 0 && skip <= 4 && titles.starts_at(end + skip)
    };
    let surname = surname_at(&run[0]);
    if run.len() == 1 && text[run[0].range.clone()].chars().count() < 2 {
        return None; // an initial
    }
    let max = if lead.is_some() {
        6
    } else if surname {
        5
    } else {
        4
    };
    let run = &run[..run.len().min(max)];
    let end = run[run.len() - 1].range.end;
    let byline = byline && credit_name(&text[start..end], false);
    let context = address.is_some() || byline || title_before || after_of(end);
    // Without a cue, a name is a surname and names of the list; and two
    // words of them run on into lower case are most likely a phrase that
    // happens to start with a surname ("Đoàn Công tác"), as are words
    // after other capitalized ones inside a sentence ("Công ty Tập Đoàn
    // Khoa học").
    // The commonest surnames are no common words: two words that start
    // with one are a name ("Thơ của Nguyễn Du rất hay").
    // After other capitalized words, a full name with "Văn" or "Thị" for
    // its middle name is one still ("Giám đốc Vườn quốc gia Cúc Phương
    // Nguyễn Văn Chính").
    let full_name = || {
        run.len() >= 3 && matches!(&text[run[1].range.clone()], "Văn" | "Thị")
    };
    let shaped = || {
        run.len() >= 2
            && given_names(text, &run[1..])
            && (s == 0 || opens || full_name())
            && !(run.len() == 2
                && !is_clan_first(&text[run[0].range.clone()])
                && !COMMON_SURNAMES.contains(&&text[run[0].range.clone()])
                && text[end..].starts_with(' ')
                && text[end + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase))
    };
    // Without a surname, common words are no name.
    if !surname && lead.is_none() && common_words(text, run, end) {
        return None;
    }
    let ok = if lead.is_some() {
        // "Y Biêr Niê", "H'Hen Niê": the prefix and a clan name are the
        // shape of the name.
        context || clan
    } else if surname {
        context || shaped()
    } else {
        // Without a known surname only context makes a name, and a word
        // at the start of a sentence needs more than a title before it;
        // a title after does not make a name of the second place of a
        // pair ("cao tốc TP.HCM - Mộc Bài, Chủ tịch UBND tỉnh …").
        let paired = (before.ends_with(" -") || before.ends_with(" –"))
            && address.is_none()
            && !byline
            && !title_before;
        context
            && !paired
            && !(opens && run.len() == 1 && address.is_none() && !byline)
    };
    if !ok {
        return None;
    }
    Some(Found {
        range: start..end,
        gender: address.flatten().or(lead.flatten()),
        id: None,
        name: None,
        addressed: address.is_some() || byline,
        cued: context,
    })
}

/// Whether a run of capitalized words that opens with no surname, ending
/// at `end`, is common words rather than a name: a firm's trade and name
/// ("Tổng Giám đốc Thép Kinh Bắc"), a field of study of one word after a
/// degree ("tiến sĩ Luật"), or a last word that opens a common noun of
/// two words ("Tiến sĩ Kinh tế", "Tư lệnh Vùng Cảnh sát biển").
fn common_words(text: &str, run: &[Word], end: usize) -> bool {
    let first = &text[run[0].range.clone()];
    if TRADES.contains(&first)
        || run.len() == 1 && ["Luật", "Toán", "Dược", "Sử"].contains(&first)
    {
        return true;
    }
    let mut buf = [0; 48];
    let last = lower_word(&text[run[run.len() - 1].range.clone()], &mut buf);
    let next = text[end..]
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', '.', ')']).next())
        .unwrap_or("");
    next.starts_with(char::is_lowercase)
        && NOUNS_OF_TWO.contains(&(last, next))
}

/// The form of address that `lower` (text before a name, in lower case)
/// ends with: the gender it says, if it says one.
fn address_in(lower: &str) -> Option<Option<&'static str>> {
    ADDRESS.iter().find(|(w, _)| ends_with_word(lower, w)).map(|(_, g)| *g)
}

/// [`address_in`] for `before`, the text before a name with its spaces
/// trimmed, as written.
fn address_before(before: &str) -> Option<Option<&'static str>> {
    if !TAIL_WORDS.contains(lower_word(last_word(before), &mut [0; 48])) {
        return None;
    }
    address_in(&crate::normalize::lower_tail(before, 16))
}

/// The titles of a document, in text order.
struct Titles<'m> {
    list: Vec<&'m Mention>,
    /// Whether they do not overlap: then their ends are in order too, and
    /// searches bisect.
    disjoint: bool,
}

impl<'m> Titles<'m> {
    fn of(mentions: &'m [Mention]) -> Titles<'m> {
        let list: Vec<&Mention> =
            mentions.iter().filter(|m| m.kind == EntityType::Title).collect();
        let disjoint =
            list.windows(2).all(|w| w[0].norm.end <= w[1].norm.start);
        Titles { list, disjoint }
    }

    /// The titles that may end in `r` (all of them, unless disjoint).
    fn ending_in(
        &self,
        r: Range<usize>,
    ) -> impl Iterator<Item = &&'m Mention> {
        let (from, to) = if self.disjoint {
            (
                self.list.partition_point(|t| t.norm.end < r.start),
                self.list.partition_point(|t| t.norm.end <= r.end),
            )
        } else {
            (0, self.list.len())
        };
        self.list[from..to.max(from)].iter()
    }

    /// Whether a title starts at `at`.
    fn starts_at(&self, at: usize) -> bool {
        if self.disjoint {
            let k = self.list.partition_point(|t| t.norm.start < at);
            self.list.get(k).is_some_and(|t| t.norm.start == at)
        } else {
            self.list.iter().any(|t| t.norm.start == at)
        }
    }
}

/// Whether the words after a surname look like a name: a run with
/// nothing around it that says it is one has to ("Hồ Tây", "Nguyễn Báo
/// cáo", "La Carte Vũng Tàu" do not). One word must be a given name of
/// the list; of several, one of them (the list misses rare given names:
/// "Lâm Thành Sáo").
fn given_names(text: &str, run: &[Word]) -> bool {
    run.iter().enumerate().any(|(k, w)| {
        let word = &text[w.range.clone()];
        is_given(word) || k + 1 < run.len() && HIGHLAND_MIDDLES.contains(&word)
    })
}

/// Middle names of the Hmong and their neighbours, which the list of
/// given names (Kinh names) lacks: "Giàng A Lử", "Giàng Seo Phử", "Sùng
/// Mí Hờ". Each is one only before another name.
const HIGHLAND_MIDDLES: [&str; 3] = ["A", "Seo", "Mí"];

/// Whether `word` is a clan name that opens a Central Highlands name
/// ("Ksor", "Siu"): no word of a phrase starts with it.
fn is_clan_first(word: &str) -> bool {
    NAMES.clans_first.contains(lower_word(word, &mut [0; 48]))
}

/// Whether `word` is a given name of the list, in any case.
fn is_given(word: &str) -> bool {
    NAMES.given.contains(lower_word(word, &mut [0; 48]))
}

/// Type words of communes and districts.
const UNIT_WORDS: &[&str] =
    &["xã", "phường", "thị trấn", "huyện", "quận", "thị xã"];

/// Level words that may end a title without a place ("Chủ tịch tỉnh",
/// "Chánh Thanh tra tỉnh"), lower case.
const LEVEL_WORDS: &[&str] =
    &["tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường"];

/// The last words of the cues of [`ADDRESS`], [`UNIT_WORDS`],
/// [`committees`], [`LEVEL_WORDS`], [`NOT_AFTER`] and [`COMPOUNDS`].
static TAIL_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    ADDRESS
        .iter()
        .map(|(w, _)| *w)
        .chain(UNIT_WORDS.iter().copied())
        .chain(committees())
        .chain(LEVEL_WORDS.iter().copied())
        .chain(NOT_AFTER.iter().copied())
        .chain(COMPOUNDS.iter().copied())
        .chain(VILLAGE_WORDS.iter().copied())
        .chain(NAMED_FOR_UNITS.iter().copied())
        .map(last_word)
        .collect()
});

/// The run of letters and digits that ends `s` (empty when `s` ends with
/// anything else).
fn last_word(s: &str) -> &str {
    // Back from the end, ASCII told from its byte.
    let b = s.as_bytes();
    let mut start = b.len();
    while let Some(&x) = start.checked_sub(1).and_then(|k| b.get(k)) {
        if x < 0x80 {
            if !x.is_ascii_alphanumeric() {
                break;
            }
            start -= 1;
        } else {
            let c = s[..start].chars().next_back().expect("a char");
            if !crate::normalize::is_alphanumeric(c) {
                break;
            }
            start -= c.len_utf8();
        }
    }
    &s[start..]
}

/// Whether `s` ends with the word(s) `w` on a word boundary.
fn ends_with_word(s: &str, w: &str) -> bool {
    // The last byte first: it rules out most words without a call to
    // compare the rest.
    s.as_bytes().last() == w.as_bytes().last()
        && s.strip_suffix(w).is_some_and(|rest| {
            !rest.chars().next_back().is_some_and(|c| c.is_alphanumeric())
        })
}

/// Groups mentions into persons: full names first, then shorter mentions
/// onto the person whose name ends with them.
fn cluster(
    text: &str,
    found: Vec<Found>,
    names: &Names,
) -> Vec<PersonMention> {
    struct Person {
        key: String,
        name: String,
        gender: Option<&'static str>,
    }
    let mut people: Vec<Person> = Vec::new();
    let mut out: Vec<PersonMention> = Vec::new();
    let syllables = |s: &str| s.split(' ').count();
    let is_full = |s: &str| {
        let first = s.split(' ').next().unwrap_or("");
        syllables(s) >= 2
            && names.surnames.contains(lower_word(first, &mut [0; 48]))
    };
    // A person of the dictionary goes by the name the text writes when
    // it never writes the dictionary's ("Bác Hồ").
    let mut keys: Vec<String> =
        found.iter().map(|f| key(&text[f.range.clone()])).collect();
    let written: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut found = found;
    let mut named: Vec<Option<String>> = vec![None; found.len()];
    for (f, n) in found.iter_mut().zip(&mut named) {
        if let Some(name) = &f.name {
            let k = key(name);
            if written.contains(k.as_str()) {
                *n = Some(k);
            } else {
                f.name = None;
            }
        }
    }
    // From here, the key of each mention's name: the written one's, or
    // the dictionary's.
    for (k, n) in keys.iter_mut().zip(named) {
        if let Some(n) = n {
            *k = n;
        }
    }
    // Full names make the persons, in order of first mention; a later
    // full name with one middle syllable misspelt is the same person.
    let mut misspelt: Vec<(String, usize)> = Vec::new();
    for (f, k) in found.iter().zip(&keys) {
        let name = f.name.as_deref().unwrap_or(&text[f.range.clone()]);
        if !(is_full(name) || f.name.is_some()) {
            continue;
        }
        // The key is copied only when it is kept. A name that ends one
        // given before is that person called by middle and given name,
        // whose first word is a surname too ("đồng chí Doãn Anh" after
        // "Nguyễn Doãn Anh").
        let tail_of = |p: &Person| {
            p.key.len() > k.len()
                && p.key.ends_with(k.as_str())
                && p.key.as_bytes()[p.key.len() - k.len() - 1] == b' '
        };
        if let Some(p) =
            people.iter().position(|p| one_middle_letter(&p.key, k))
        {
            misspelt.push((k.clone(), p));
        } else if f.name.is_none() && people.iter().any(tail_of) {
            continue;
        } else if !people.iter().any(|p| p.key == *k) {
            people.push(Person {
                key: k.clone(),
                name: name.to_string(),
                gender: None,
            });
        }
    }
    for (f, written_key) in found.into_iter().zip(keys) {
        let Found {
            range: r,
            gender: address_gender,
            id,
            name,
            addressed,
            ..
        } = f;
        let written = name.as_deref().unwrap_or(&text[r.clone()]);
        let k = &written_key;
        let person = if let Some(p) = people.iter().position(|p| p.key == *k) {
            p
        } else if let Some((_, p)) = misspelt.iter().find(|(m, _)| m == k) {
            *p
        } else {
            // The nearest person before whose name ends with the mention;
            // else any in the document; else a new person.
            // "T.Hoa" (an initial, a given name) is "Trương Hoa".
            let (initial, k) = match k.split_once('.') {
                Some((i, g)) if i.chars().count() == 1 => {
                    (Some(i), g.trim_start())
                }
                _ => (None, k.as_str()),
            };
            let ends = |p: &Person| {
                p.key.ends_with(k)
                    && p.key.len() > k.len()
                    && p.key.as_bytes()[p.key.len() - k.len() - 1] == b' '
                    && initial.is_none_or(|i| p.key.starts_with(i))
            };
            // An Ê Đê or M'nông name again without its clan name: its
            // prefix and given name ("Y Biêr" after "Y Biêr Niê", "H'Hen"
            // after "H'Hen Niê").
            let highland = k.starts_with("y ") || k.starts_with("h'");
            let opens = |p: &Person| {
                highland
                    && p.key.len() > k.len()
                    && p.key.starts_with(k)
                    && p.key.as_bytes()[k.len()] == b' '
            };
            // A foreign name of East Asia again by its family name, which
            // comes first ("ông Kim" after "Kim Jung-ho", "ông Tanaka"
            // after "Tanaka Hiroshi"); a Vietnamese one goes by its last.
            let family = |p: &Person| {
                !k.contains(' ')
                    && p.key.len() > k.len()
                    && p.key.starts_with(k)
                    && p.key.as_bytes()[k.len()] == b' '
                    && p.name
                        .split(' ')
                        .skip(1)
                        .any(|w| w.contains('-') || !is_syllable(w))
            };
            let same = |p: &Person| ends(p) || opens(p) || family(p);
            match out
                .iter()
                .rev()
                .find(|m| same(&people[m.person]))
                .map(|m| m.person)
                .or_else(|| people.iter().position(same))
            {
                Some(p) => p,
                // A lone word that names nobody of the document is no
                // name unless a form of address said so.
                None if !addressed && !written.contains(' ') => continue,
                None => {
                    people.push(Person {
                        key: written_key,
                        name: written.to_string(),
                        gender: None,
                    });
                    people.len() - 1
                }
            }
        };
        let p = &mut people[person];
        if p.gender.is_none() {
            p.gender =
                address_gender.or_else(|| middle_gender(&p.name, names));
        }
        out.push(PersonMention {
            norm: r,
            name: p.name.clone(),
            person,
            gender: None,
            id,
        });
    }
    for m in &mut out {
        m.gender = people[m.person].gender;
    }
    out
}

/// Whether the full names `a` and `b` (keys) differ only in one middle
/// syllable, by one letter or its marks ("Trần Thu Mai", "Trần Thị
/// Mai"): a misspelling of one name.
fn one_middle_letter(a: &str, b: &str) -> bool {
    // Walked word by word without collecting them: it is asked of every
    // full name against every person before it.
    let (mut aw, mut bw) = (a.split(' '), b.split(' '));
    let mut words = 0;
    // The words that differ after the first, the last ones differing.
    let mut differ = 0;
    let mut pair = ("", "");
    let mut last_same = false;
    loop {
        let (x, y) = match (aw.next(), bw.next()) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => break,
            _ => return false,
        };
        let same = x == y;
        if words == 0 && !same {
            return false;
        }
        if words > 0 && !same {
            differ += 1;
            // Two words that differ: two middle ones, or the last.
            if differ > 1 {
                return false;
            }
            pair = (x, y);
        }
        last_same = same;
        words += 1;
    }
    if words < 3 || !last_same || differ != 1 {
        return false;
    }
    let x: Vec<char> = crate::normalize::fold_str(pair.0).chars().collect();
    let y: Vec<char> = crate::normalize::fold_str(pair.1).chars().collect();
    x.len() == y.len() && x.iter().zip(&y).filter(|(c, d)| c != d).count() <= 1
}

/// The gender a middle name settles ("Thị", "Văn").
fn middle_gender(name: &str, names: &Names) -> Option<&'static str> {
    let parts: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
    // After a clan name that opens a name, the next word may be the
    // clan's own ("Rah Lan", "Rơ Mah"), no middle name.
    if parts.len() < 3 || names.clans_first.contains(&parts[0]) {
        return None;
    }
    parts[1..parts.len() - 1].iter().find_map(|w| {
        names.middles.iter().find(|(n, _)| n == w).map(|(_, g)| *g)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_stops_at_every_capital_and_char_past_ascii() {
        let samples = [
            "",
            "đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy; ông Đỗ Trọng Hưng",
            "abcdefghijklmnopqrstuvwxyz ABC xyz @[\\]^_`{|}~ Z",
            "thành phố Hồ Chí Minh ĐƯỢC 𝄞 Ωmega ÀÉ",
            "0A9Z@[`{/:aZzAViệtNam 9Đ zĐ ZÉ _Ê ~Ô",
        ];
        for s in samples {
            for cut in 0..12 {
                let t = "x".repeat(cut) + s;
                let b = t.as_bytes();
                for i in (0..=b.len()).filter(|&i| t.is_char_boundary(i)) {
                    let want = (i..b.len())
                        .find(|&k| {
                            (b[k].is_ascii_uppercase() || b[k] >= 0xC0)
                                && !(k > 0 && b[k - 1].is_ascii_alphanumeric())
                        })
                        .unwrap_or(b.len());
                    assert_eq!(next_capital_or_lead(b, i), want, "{t:?} {i}");
                }
            }
        }
    }

    fn names(text: &str) -> Vec<String> {
        let mut out: Vec<String> =
            find(text, &[], &[]).into_iter().map(|m| m.name).collect();
        out.dedup();
        out
    }

    #[test]
    fn chars_passed_over_as_small_are_no_capitals() {
        let mut known = 0;
        for c in (0..0x30000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let len = not_capital(bytes, 0);
            if len > 0 {
                known += 1;
                assert!(!c.is_uppercase(), "{c:?}");
                assert_eq!(len, c.len_utf8(), "{c:?}");
            }
        }
        // Every small Vietnamese letter of two or three bytes is known.
        for c in "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".chars() {
            let mut buf = [0; 4];
            assert!(not_capital(c.encode_utf8(&mut buf).as_bytes(), 0) > 0, "{c}");
        }
        assert!(known > 100);
    }

    #[test]
    fn shape_alone_needs_given_names() {
        assert!(names("Các tàu nhà hàng trên Hồ Tây phải di dời.").is_empty());
        assert!(names("Đoàn Công tác đã đến thăm tỉnh.").is_empty());
        assert_eq!(
            names("Hôm qua Trần Mạnh Báo cho biết."),
            ["Trần Mạnh Báo"]
        );
    }

    #[test]
    fn credits_and_bylines() {
        assert_eq!(
            names("Toàn cảnh phiên họp. Ảnh: Nam Nguyễn Báo cáo cho biết."),
            ["Nam Nguyễn"]
        );
        assert!(
            names("Huyện ở Bạc Liêu. Ảnh: Google Maps. Việt Tường\n")
                .contains(&"Việt Tường".to_string())
        );
        assert!(
            !names("Vị trí huyện. Ảnh: Google Maps.\n")
                .contains(&"Google Maps".to_string())
        );
        assert_eq!(
            names("Kết thúc hội nghị. Đức Dũng - Hồng Ninh  (TTXVN)\n"),
            ["Đức Dũng", "Hồng Ninh"]
        );
        assert_eq!(names("Nội dung cuối cùng... P.Thủy\n"), ["P.Thủy"]);
        assert_eq!(names("Trong nội bộ. N. C (T.Hợp)\n"), ["T.Hợp"]);
        assert_eq!(names("Nội dung cuối… Huy Thắng\n"), ["Huy Thắng"]);
        assert_eq!(
            names("Ông Đinh La Thăng nói. Viễn Sự - Tuổi Trẻ\n"),
            ["Đinh La Thăng", "Viễn Sự"]
        );
    }

    #[test]
    fn an_initial_is_the_byline_author() {
        let found = find(
            "Bà Khánh kể lại (Ảnh: T.Hoa) chuyện mất mùa. Trương Hoa\n",
            &[],
            &[],
        );
        let people: HashSet<usize> = found.iter().map(|m| m.person).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(people.len(), 2);
    }

    #[test]
    fn the_lists_lower_as_to_lowercase_does() {
        for list in [
            include_str!("../../dictionaries/given_names.tsv"),
            include_str!("../../dictionaries/surnames.tsv"),
            include_str!("../../dictionaries/clans.tsv"),
        ] {
            for l in list.lines() {
                let f: Vec<&str> = tsv_fields(l).collect();
                assert_eq!(f, l.split('\t').collect::<Vec<_>>());
                for w in f {
                    assert_eq!(crate::normalize::lower(w), w.to_lowercase());
                }
            }
        }
        assert_eq!(tsv_fields("").collect::<Vec<_>>(), [""]);
        assert_eq!(
            tsv_fields("a\t\tb\t").collect::<Vec<_>>(),
            ["a", "", "b", ""]
        );
    }

    #[test]
    fn an_outlet_word_with_a_dotted_capital() {
        // `lower_word` makes "đài" of it, as before the kinds were looked
        // up once.
        let w = words("Tin Đàİ Xyz", false);
        assert!(w[1].outlet && !w[0].outlet);
    }

    #[test]
    fn words_in_lower_case_as_lower_gives_them() {
        for w in ["Nguyễn", "ĐỖ", "Ưng", "Ông", "ÁÀẢÃẠ", "Kênh", "abc", "×÷"]
        {
            assert_eq!(
                lower_vietnamese(w, &mut [0; 48]),
                Some(crate::normalize::lower(w).as_bytes())
            );
        }
        assert_eq!(lower_vietnamese("Ωmega", &mut [0; 48]), None);
        assert_eq!(lower_vietnamese(&"A".repeat(49), &mut [0; 48]), None);
        let kinds: Vec<(bool, bool, Option<u8>, bool)> =
            words("Ông Nguyễn, ÔNG Tổng; Kênh", false)
                .iter()
                .map(|w| (w.stop, w.surname, w.address, w.outlet))
                .collect();
        assert_eq!(
            kinds,
            [
                (false, false, Some(2), false),
                (false, true, None, false),
                (true, false, None, false),
                (false, false, None, true),
            ]
        );
    }

    #[test]
    fn syllables() {
        assert!(is_syllable("Thủy") && is_syllable("NGUYỄN"));
        assert!(!is_syllable("Google") && !is_syllable("Maps"));
    }
}
