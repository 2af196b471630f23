//! Dates, periods and terms, as Vietnamese news writes them.
//!
//! [`find`] reads the canonical view once, as a stream of tokens (runs of
//! letters, runs of digits, single punctuation marks), and tries a short
//! grammar at each token that can open a date: a number, or one of a few
//! anchor words ("ngày", "tháng", "năm", "quý", "sáng", "thứ", …). Words
//! are classified once, without allocating; a document costs one token
//! vector.
//!
//! # What is read
//!
//! | text | kind | value |
//! | --- | --- | --- |
//! | "28/12/2022", "28-12-2022", "28.12.2022", "3/9/91" | `date` | `2022-12-28` |
//! | "ngày 28 tháng 12 năm 2022", "ngày mồng 3 tháng ba" | `date` | `2022-12-28` |
//! | "Sáng 28-12", "ngày 5/7", "Chiều tối 22-5", "thứ Hai (6/2)" | `date` | year completed, see below |
//! | "tháng 6/2023", "tháng 6-2023", "tháng 6 năm 2023", "tháng Năm" | `month` | `2023-06` |
//! | "năm 2023" (the span includes "năm"), "SN 1988" (born) | `year` | `2023` |
//! | "quý I/2023", "quý 2 năm 2024", "quý III", "quý I năm nay" | `quarter` | `2023-Q1` |
//! | "6 tháng đầu năm 2024", "nửa đầu năm nay" | `half` | `2024-H1` |
//! | "9 tháng đầu năm 2024", "4 tháng năm 2017", "từ tháng 1 đến tháng 6" | `range` | `2024-01/2024-09` |
//! | "từ tháng 8/2023 đến tháng 2/2024" | `range` | `2023-08/2024-02` |
//! | "giai đoạn 2021-2025", "2021 - 2025", "từ năm 2017 đến năm 2020" | `range` | `2021/2025` |
//! | "nhiệm kỳ 2020 - 2025", "khóa XV (2021-2026)" | `term` | `2020/2025` |
//! | "từ ngày 1/7 đến ngày 15/7", "ngày 14-15/5", "1/10/2016 - 30/6/2017" | `range` | `2023-07-01/2023-07-15` |
//! | "ngày 14 và 15/5", "10, 11 và 12/6" (days listed) | `date` each | `2023-05-14`, `2023-05-15` |
//! | "6 tháng còn lại của năm 2017", "6 tháng cuối năm" | `half` | `2017-H2` |
//!
//! Relative forms are resolved against the document date and marked
//! `relative`; without a document date they are left out: "hôm nay",
//! "hôm qua", "hôm kia", "ngày mai", "sáng nay", "chiều qua", "năm nay",
//! "năm ngoái"/"năm trước", "năm sau"/"năm tới"/"năm kế tiếp", "cùng kỳ
//! năm trước", "tháng trước"/"tháng sau"/"tháng này", "quý này"/"quý
//! tới", "6 tháng đầu năm nay", "quý I năm nay", "tháng 12 năm ngoái", and
//! weekdays tied to a week or a direction
//! ("thứ năm tuần tới", "thứ 6 tuần này", "thứ ba vừa rồi", "thứ hai
//! tới"). A bare weekday is not read: news means the last one as often as
//! the next.
//!
//! The time of day is kept in `time` of the date it belongs to: a clock
//! time before the date or after "lúc" ("8 giờ 30 ngày 28-12", "ngày 5/7
//! lúc 14h", "15 giờ chiều 28/12" → `15:00`), else the part of the day
//! written before it: "sáng" `morning`, "trưa" `noon`, "chiều"
//! `afternoon`, "tối"/"chiều tối" `evening`, "đêm"/"khuya" `night`.
//!
//! # Precision before recall
//!
//! A day and month without a year ("5/7", "28-12") look like fractions,
//! scores, ranks and ratios ("1/3 dân số", "3-1", "15/63", "65/67
//! phiếu"), so they are a date only
//!
//! - after "ngày", "mồng"/"mùng", a part of the day ("sáng 6-2"), a
//!   weekday, "hôm nay"/"sáng nay" ("Sáng nay (3/7)", "Hôm nay 29-5"), or
//!   a clock time;
//! - with a year ("5/7/2023"), or as the second end of a range or list
//!   whose first end is a date ("ngày 30/6 và 1/7");
//! - zero-padded ("07/03"), or at the start of a line, followed by the
//!   line end or a `,` `-` `:` (a dateline);
//! - after "trước", "sau", "từ", "đến", "tới", "hết", "vào", "đầu",
//!   "cuối", "giữa", written with `/` or `-`, when the day is greater than
//!   the month ("trước 30/7") or a clause ends right after it ("Từ 1/7,
//!   …").
//!
//! Two full dates on the same day of the year joined by a dash are an
//! anniversary ("thành lập tỉnh (12/7/1907 - 12/7/2017)"): two dates, not a
//! span.
//!
//! A four-digit year without "năm" is read only inside a range
//! ("2021-2025"), in a list after a year ("năm 2016 và 2017"), or after
//! "trong", "từ", "đến", "tới", "vào", "đầu", "cuối", "giữa", "hết",
//! "Xuân", "Tết" when a clause ends or a verb follows ("trong 2023,").
//! Numbers glued to a letter or a slash ("Nghị định 30/2020/NĐ-CP",
//! "Covid-19", "QH13") never start a date, and a date followed by `/`,
//! `%` or more digits is no date.
//!
//! # Completing partial dates
//!
//! The reference is the document date when one is given. Without one, it
//! is inferred from the text, in this order:
//!
//! 1. a dateline: the first full date (day, month and year) that starts in
//!    the first [`DATELINE`] bytes or opens a line or a sentence ("Ngày
//!    9/1/2017, tại buổi làm việc …");
//! 2. else a year only: the latest year the text states (with "năm", a
//!    month, a quarter, a half or a full date), leaving out years written
//!    as targets or bounds, after "đến", "tới", "trước", "sau", "vào",
//!    "từ", "sang", "phấn đấu", "kế hoạch", "mục tiêu", "tầm nhìn", "dự
//!    kiến", and spans of years ("giai đoạn 2016-2020"). News looks back:
//!    an article of 2017 reports on 2016 more often than it names 2017,
//!    but rarely names a later year except as a target, so the latest year
//!    beats the most frequent one (on the dev corpus the most frequent
//!    year was often a law's, "Luật HTX năm 2012", or last year's budget);
//! 3. else the latest year of a full date written as a bound ("trước ngày
//!    15/7/2017"): deadlines lie near the date they are written.
//!
//! With a full reference, a day and month take the year (of the
//! reference's, the one before or the one after) that puts the date
//! nearest the reference. A month or quarter takes the year whose period
//! lies nearest, with the reference year preferred by [`BIAS_DAYS`] days
//! ("quý IV" in January is the quarter just ended, "tháng 6" in February
//! the coming June); "tháng 8 tới" takes the next one, "tháng 3 vừa qua"
//! the last one. "6 tháng đầu năm" and the like take the reference year.
//! With a year-only reference, everything takes that year. With none, a
//! day and month are written `--MM-DD` and a month `--MM`; quarters and
//! halves without a year are left out. A two-digit year ("3/3/17",
//! "3/9/91") is 20xx up to 20 years after the document date's year (up to
//! 2050 without one), else 19xx.
//!
//! # Not read
//!
//! Bare weekdays, weeks ("tuần tới"), "N năm/tháng qua" (a trailing
//! window whose bounds the text leaves open), seasons, holidays ("Tết
//! Nguyên đán"), "đầu năm"/"cuối năm" without a year, and clock times that
//! no date holds. Days of the lunar calendar ("mùng 1 Tết", "ngày 15
//! tháng 7 âm lịch") are read by [`super::lunar`], whose solar date
//! replaces what this grammar read of them.

use std::fmt::Write as _;
use std::ops::Range;

use super::number::roman;

/// A date found in the canonical view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Range in the canonical view.
    pub norm: Range<usize>,
    /// `date`, `month`, `year`, `quarter`, `half`, `range`, `term`, …
    pub kind: &'static str,
    /// ISO 8601, as precise as the text.
    pub value: String,
    /// The time of day, where written: `08:30`, or `morning`,
    /// `afternoon`, `evening`, `night` for "sáng", "chiều", "tối", "đêm".
    pub time: Option<String>,
    /// Resolved against the document date ("năm nay", "cùng kỳ").
    pub relative: bool,
}

/// How far into the text a full date counts as the dateline, in bytes.
pub const DATELINE: usize = 300;

/// How many days nearer another year's month or quarter must be than the
/// reference year's to be chosen.
pub const BIAS_DAYS: i64 = 61;

/// The dates of `text` (the canonical view); `doc_date` (`YYYY-MM-DD`)
/// completes partial ones and resolves relative ones (see the module
/// docs).
///
/// # Example
///
/// ```
/// use vnextract::recognize::date::find;
///
/// let d = find("Sáng 28-12, UBND tỉnh họp.", Some("2023-01-02"));
/// assert_eq!(d[0].value, "2022-12-28");
/// assert_eq!(d[0].time.as_deref(), Some("morning"));
/// assert_eq!(find("quý I/2023", None)[0].value, "2023-Q1");
/// assert!(find("Nghị định 30/2020/NĐ-CP", None).is_empty());
/// ```
pub fn find(text: &str, doc_date: Option<&str>) -> Vec<DateMatch> {
    let doc = doc_date.and_then(parse_iso);
    let toks = tokenize(text);
    let mut p = Parser {
        text,
        t: &toks,
        doc_year: doc.map(|d| d.0),
        last_day: None,
        last_year: None,
    };
    let mut raws = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.at(i) {
            Some(h) if h.end > i => {
                match h.val {
                    Val::Day(_) | Val::DaySpan(..) => p.last_day = Some(h.end),
                    Val::Year(_) => p.last_year = Some(h.end),
                    _ => {}
                }
                let before = i.checked_sub(1).map(|k| toks[k]);
                raws.push(Raw {
                    norm: toks[i].start..toks[h.end - 1].end,
                    val: h.val,
                    time: h.time,
                    rel: h.rel,
                    lead: p.prev_kw(i),
                    opens: toks[i].line
                        || before.is_none_or(|t| {
                            matches!(t.t, T::Punct('.' | '!' | '?' | ':'))
                        }),
                });
                i = h.end;
            }
            _ => i += 1,
        }
    }
    let mut out = resolve(raws, doc);
    birth_years(text, &mut out);
    // Lunar dates take the place of the solar readings of their day and
    // month ("ngày 15 tháng 7 âm lịch").
    replace_with(&mut out, super::lunar::find(text, doc));
    join_bounds(text, &mut out);
    split_lists(text, &mut out);
    bare_days_before(text, &mut out);
    months_listed(text, &mut out);
    out
}

/// A day written by its number alone before a day of the same month
/// that the grammar read: "(10 và 11/12)" names the 10th too, "(từ 3
/// đến 5-12)" the range from the 3rd. Only in brackets or after "ngày",
/// where a number so placed is a day.
fn bare_days_before(text: &str, out: &mut Vec<DateMatch>) {
    let mut k = 0;
    while k < out.len() {
        let d = &out[k];
        let written = &text[d.norm.clone()];
        let day_precision = d.kind == "date"
            && (d.value.len() == 10 || d.value.starts_with("--"))
            && written.starts_with(|c: char| c.is_ascii_digit());
        if !day_precision {
            k += 1;
            continue;
        }
        let head = &text[..d.norm.start];
        let (joint, range) = if let Some(h) = head.strip_suffix(" và ") {
            (h, false)
        } else if let Some(h) = head.strip_suffix(" đến ") {
            (h, true)
        } else {
            k += 1;
            continue;
        };
        let digits =
            joint.bytes().rev().take_while(u8::is_ascii_digit).count();
        let (lead, num) = joint.split_at(joint.len() - digits);
        let lead = lead.trim_end_matches(' ');
        let lead = if range {
            lead.strip_suffix("từ")
                .filter(|l| !l.ends_with(|c: char| c.is_alphanumeric()))
        } else {
            Some(lead)
        };
        let opened = lead.is_some_and(|l| {
            let l = l.trim_end_matches(' ');
            l.ends_with('(') || l.ends_with("ngày") || l.ends_with("Ngày")
        });
        let day: u32 = num.parse().unwrap_or(0);
        let last: u32 = d.value[d.value.len() - 2..].parse().unwrap_or(0);
        if !(opened && (1..31).contains(&day) && day < last && digits <= 2) {
            k += 1;
            continue;
        }
        let start = joint.len() - digits;
        // Not a day another date already holds ("ngày 27 và 28/6").
        if out[..k].iter().any(|o| o.norm.end > start) {
            k += 1;
            continue;
        }
        let d = &out[k];
        let prefix = &d.value[..d.value.len() - 2];
        let first = format!("{prefix}{day:02}");
        if range {
            let start = head.len() - " đến ".len() - digits - "từ ".len();
            let joined = DateMatch {
                norm: start..d.norm.end,
                kind: "range",
                value: format!("{first}/{}", d.value),
                time: None,
                relative: d.relative,
            };
            out[k] = joined;
        } else {
            let item = DateMatch {
                norm: start..joint.len(),
                kind: "date",
                value: first,
                time: None,
                relative: d.relative,
            };
            out.insert(k, item);
            k += 1;
        }
        k += 1;
    }
}

/// Months listed after a month the grammar read: "tháng 9 và 10" names
/// October too, in the year of September.
fn months_listed(text: &str, out: &mut Vec<DateMatch>) {
    let mut k = 0;
    while k < out.len() {
        let d = &out[k];
        let written = &text[d.norm.clone()];
        if d.kind != "month" || !written.starts_with("tháng ") {
            k += 1;
            continue;
        }
        let rest = &text[d.norm.end..];
        let Some(r) = rest.strip_prefix(" và ") else {
            k += 1;
            continue;
        };
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        let mut after = &r[digits..];
        let month: u32 = r[..digits].parse().unwrap_or(0);
        let first: u32 = d.value[d.value.len() - 2..].parse().unwrap_or(0);
        // The year written after the last month is every month's:
        // "tháng 9 và 10/2025".
        let year = after
            .strip_prefix('/')
            .filter(|y| {
                y.len() >= 4
                    && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && !y[4..].starts_with(|c: char| c.is_alphanumeric())
            })
            .map(|y| &y[..4]);
        let (prefix, len) = match (year, d.value.len()) {
            (Some(y), 4) => (format!("{y}-"), digits + 5),
            (None, 7) => (d.value[..5].to_string(), digits),
            _ => {
                k += 1;
                continue;
            }
        };
        if year.is_some() {
            after = &after[5..];
        }
        let ends = after.is_empty()
            || after.starts_with([',', '.', ';', ')', ':'])
            || after.starts_with(" năm ")
            || after.starts_with(" vừa ")
            || after.starts_with(" tới")
            || after.starts_with(" này");
        if !(ends && digits <= 2 && month > first && month <= 12) {
            k += 1;
            continue;
        }
        let start = d.norm.end + " và ".len();
        let item = DateMatch {
            norm: start..start + len,
            kind: "month",
            value: format!("{prefix}{month:02}"),
            time: None,
            relative: d.relative,
        };
        out[k].value = format!("{prefix}{first:02}");
        out.insert(k + 1, item);
        k += 2;
    }
}

/// Splits the days a list names into dates of their own: "ngày 27 và
/// 28/6" is two days, "10, 11 và 12/6" three, each with the month (and
/// year) of the last. (Days joined by a dash or "đến" are one range.)
fn split_lists(text: &str, out: &mut Vec<DateMatch>) {
    let mut k = 0;
    while k < out.len() {
        let d = &out[k];
        let written = &text[d.norm.clone()];
        let Some((first, last)) = d.value.split_once('/') else {
            k += 1;
            continue;
        };
        // Both ends in one month: the same value but for the day.
        let same_month = first.len() == last.len()
            && first.len() >= 5
            && first[..first.len() - 2] == last[..last.len() - 2];
        if d.kind != "range"
            || !same_month
            || !written.contains(" và ")
            || written.contains(" đến ")
            || written.contains('-')
        {
            k += 1;
            continue;
        }
        // The runs of digits: the days listed, then the last day's date.
        let runs: Vec<Range<usize>> = {
            let b = written.as_bytes();
            let mut v = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    let st = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    v.push(st..i);
                } else {
                    i += 1;
                }
            }
            v
        };
        // The day of the last date is the run before its month.
        let Some(last_day) = runs.iter().position(|r| {
            written[r.end..].starts_with('/')
                || written[r.end..].starts_with(" tháng")
        }) else {
            k += 1;
            continue;
        };
        let base = d.norm.start;
        let prefix = &last[..last.len() - 2];
        let mut items: Vec<DateMatch> = Vec::with_capacity(last_day + 1);
        for (n, r) in runs[..last_day].iter().enumerate() {
            let start = if n == 0 { base } else { base + r.start };
            items.push(DateMatch {
                norm: start..base + r.end,
                kind: "date",
                value: format!("{prefix}{:0>2}", &written[r.clone()]),
                time: if n == 0 { d.time.clone() } else { None },
                relative: d.relative,
            });
        }
        items.push(DateMatch {
            norm: base + runs[last_day].start..d.norm.end,
            kind: "date",
            value: last.to_string(),
            time: None,
            relative: d.relative,
        });
        let n = items.len();
        out.splice(k..=k, items);
        k += n;
    }
}

/// Joins into one range two dates of different precision that "từ" and
/// "đến" bound: "từ năm 2011 đến 30/6/2017" (`2011/2017-06-30`), "từ đầu
/// năm 2023 đến ngày 1/10/2023", "từ 19h ngày 8/9 đến 7h ngày 9/9". The
/// grammar reads ranges whose ends share a precision itself; the range
/// keeps no time of day.
fn join_bounds(text: &str, out: &mut Vec<DateMatch>) {
    let single = |d: &DateMatch| {
        matches!(d.kind, "date" | "month" | "year" | "quarter" | "half")
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let between = text[a.norm.end..b.norm.start].trim_matches(' ');
        let to = matches!(between, "đến" | "tới" | "đến hết" | "cho đến");
        // "từ" before the first, or "từ đầu" before a year.
        let head = text[..a.norm.start].trim_end_matches(' ');
        let from = ["từ", "Từ", "từ đầu", "Từ đầu"].iter().find_map(|w| {
            head.strip_suffix(w).filter(|h| {
                !h.chars().next_back().is_some_and(char::is_alphanumeric)
            })
        });
        // Both ends with a year, or neither; the first not after the
        // second.
        let comparable = a.value.starts_with("--")
            == b.value.starts_with("--")
            && a.value.as_str() <= b.value.as_str();
        if !(to && single(a) && single(b) && comparable) {
            k += 1;
            continue;
        }
        let Some(h) = from else {
            k += 1;
            continue;
        };
        // The range opens with "từ".
        let joined = DateMatch {
            norm: h.len()..b.norm.end,
            kind: "range",
            value: format!("{}/{}", a.value, b.value),
            time: None,
            relative: a.relative || b.relative,
        };
        out.splice(k..k + 2, [joined]);
        k += 1;
    }
}

/// Puts `found` in the place of the matches of `out` it overlaps, keeping
/// `out` in text order.
fn replace_with(out: &mut Vec<DateMatch>, found: Vec<DateMatch>) {
    if found.is_empty() {
        return;
    }
    out.retain(|d| {
        !found
            .iter()
            .any(|f| f.norm.start < d.norm.end && d.norm.start < f.norm.end)
    });
    out.extend(found);
    out.sort_by_key(|d| d.norm.start);
}

/// Years of birth written "SN 1988" (sinh năm), as court and police news
/// gives them after a name; `out` is in text order and stays so.
fn birth_years(text: &str, out: &mut Vec<DateMatch>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(b, b"SN") {
        // A word of its own, then four digits, after a space or a colon
        // or not.
        if at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] >= 0x80) {
            continue;
        }
        let mut k = at + 2;
        if b.get(k) == Some(&b':') {
            k += 1;
        }
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        let digits =
            b.get(k..k + 4).filter(|d| d.iter().all(u8::is_ascii_digit));
        let after = b.get(k + 4).copied();
        let Some(d) = digits else { continue };
        if after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let year = std::str::from_utf8(d).unwrap_or("");
        if !("1900".."2100").contains(&year) {
            continue;
        }
        found.push(DateMatch {
            norm: at..k + 4,
            kind: "year",
            value: year.to_string(),
            time: None,
            relative: false,
        });
    }
    replace_with(out, found);
}

// ---------------------------------------------------------------------
// Tokens

/// The words the grammar looks at; every other word is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kw {
    None,
    Ngay,
    Mong,
    Thang,
    Nam,
    Quy,
    Hom,
    Bua,
    /// "nay", "này"
    This,
    Qua,
    Kia,
    Mai,
    Ngoai,
    /// "trước"
    Before,
    /// "sau"
    After,
    /// "tới"
    Next,
    Sap,
    Ke,
    Tiep,
    Theo,
    Hien,
    Tai,
    Vua,
    Roi,
    Tuan,
    Cua,
    Thu,
    Chu,
    Chua,
    Nhat,
    Dau,
    Cuoi,
    Giua,
    Nua,
    Tien,
    Cung,
    Ky,
    Nhiem,
    Giai,
    Doan,
    Khoa,
    /// "từ"
    Tu,
    Den,
    Va,
    Hoac,
    Luc,
    Vao,
    Gio,
    Phut,
    H,
    Sang,
    Chieu,
    /// "tối"
    Toi,
    Trua,
    Dem,
    Khuya,
    Rang,
    Som,
    Trong,
    Het,
    Xuan,
    Tet,
    /// "tư" (four)
    Tu4,
    /// một … mười, but "năm" (5) and "tư" (4).
    Digit(u8),
    Moi,
    Hang,
    Tung,
    Nhung,
    Cac,
    Vai,
    Nhieu,
    May,
    Lan,
    Do,
    Hon,
    Gan,
    Khoang,
    Dat,
    Tang,
    Giam,
    Uoc,
    Co,
    Cung2,
    La,
    Thi,
    So,
    Voi,
    Da,
    Se,
    Tam,
    /// Words before a target year: "phấn đấu", "kế hoạch", "mục tiêu",
    /// "tầm nhìn", "dự kiến", "(lùi) sang".
    Plan,
    Con,
    Lai,
    /// "phiên" (a trading or court session), and "giao dịch" after it.
    Phien,
    /// "lễ", "dịp": a holiday's day ("dịp lễ 30/4 và 1/5").
    Holiday,
    Giao,
    Dich,
}

/// A letter of a word: Latin letters with their Vietnamese marks by range
/// (the common case, no table lookup), any other alphabetic char by
/// Unicode.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '×' | '÷' => false,
        'À'..='ɏ' | '\u{300}'..='\u{36f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic(),
    }
}

/// The lower case of a letter, by range for the Vietnamese ones.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\u{7f}' => c,
        'À'..='Þ' if c != '×' => {
            char::from_u32(c as u32 + 0x20).unwrap_or(c)
        }
        // Ă, Đ, Ĩ, Ũ, Ơ, Ư and the letters with tone marks pair a capital
        // with the small letter after it.
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        'Ư' => 'ư',
        '\u{1ea0}'..='\u{1ef9}' if (c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        '\u{1ea0}'..='\u{1eff}' | 'ß'..='ɏ' => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The keywords in lower case, at most 8 bytes each.
#[rustfmt::skip]
const KEYWORDS: &[(&str, Kw)] = &[
    ("ngày", Kw::Ngay),
    ("mồng", Kw::Mong),
    ("mùng", Kw::Mong),
    ("tháng", Kw::Thang),
    ("năm", Kw::Nam),
    ("quý", Kw::Quy),
    ("hôm", Kw::Hom),
    ("bữa", Kw::Bua),
    ("nay", Kw::This),
    ("này", Kw::This),
    ("qua", Kw::Qua),
    ("kia", Kw::Kia),
    ("mai", Kw::Mai),
    ("ngoái", Kw::Ngoai),
    ("trước", Kw::Before),
    ("sau", Kw::After),
    ("tới", Kw::Next),
    ("sắp", Kw::Sap),
    ("kế", Kw::Ke),
    ("tiếp", Kw::Tiep),
    ("theo", Kw::Theo),
    ("hiện", Kw::Hien),
    ("tại", Kw::Tai),
    ("vừa", Kw::Vua),
    ("rồi", Kw::Roi),
    ("tuần", Kw::Tuan),
    ("của", Kw::Cua),
    ("thứ", Kw::Thu),
    ("chủ", Kw::Chu),
    ("chúa", Kw::Chua),
    ("nhật", Kw::Nhat),
    ("đầu", Kw::Dau),
    ("cuối", Kw::Cuoi),
    ("giữa", Kw::Giua),
    ("nửa", Kw::Nua),
    ("tiên", Kw::Tien),
    ("cùng", Kw::Cung),
    ("kỳ", Kw::Ky),
    ("kì", Kw::Ky),
    ("nhiệm", Kw::Nhiem),
    ("giai", Kw::Giai),
    ("đoạn", Kw::Doan),
    ("khóa", Kw::Khoa),
    ("khoá", Kw::Khoa),
    ("từ", Kw::Tu),
    ("đến", Kw::Den),
    ("và", Kw::Va),
    ("hoặc", Kw::Hoac),
    ("lúc", Kw::Luc),
    ("vào", Kw::Vao),
    ("giờ", Kw::Gio),
    ("phút", Kw::Phut),
    ("h", Kw::H),
    ("sáng", Kw::Sang),
    ("chiều", Kw::Chieu),
    ("tối", Kw::Toi),
    ("trưa", Kw::Trua),
    ("đêm", Kw::Dem),
    ("khuya", Kw::Khuya),
    ("rạng", Kw::Rang),
    ("sớm", Kw::Som),
    ("trong", Kw::Trong),
    ("hết", Kw::Het),
    ("xuân", Kw::Xuan),
    ("tết", Kw::Tet),
    ("tư", Kw::Tu4),
    ("một", Kw::Digit(1)),
    ("hai", Kw::Digit(2)),
    ("ba", Kw::Digit(3)),
    ("bốn", Kw::Digit(4)),
    ("sáu", Kw::Digit(6)),
    ("bảy", Kw::Digit(7)),
    ("bẩy", Kw::Digit(7)),
    ("tám", Kw::Digit(8)),
    ("chín", Kw::Digit(9)),
    ("mười", Kw::Digit(10)),
    ("mỗi", Kw::Moi),
    ("hàng", Kw::Hang),
    ("hằng", Kw::Hang),
    ("từng", Kw::Tung),
    ("những", Kw::Nhung),
    ("các", Kw::Cac),
    ("vài", Kw::Vai),
    ("nhiều", Kw::Nhieu),
    ("mấy", Kw::May),
    ("lần", Kw::Lan),
    ("đó", Kw::Do),
    ("hơn", Kw::Hon),
    ("gần", Kw::Gan),
    ("khoảng", Kw::Khoang),
    ("đạt", Kw::Dat),
    ("tăng", Kw::Tang),
    ("giảm", Kw::Giam),
    ("ước", Kw::Uoc),
    ("có", Kw::Co),
    ("cũng", Kw::Cung2),
    ("là", Kw::La),
    ("thì", Kw::Thi),
    ("so", Kw::So),
    ("với", Kw::Voi),
    ("đã", Kw::Da),
    ("sẽ", Kw::Se),
    ("tầm", Kw::Tam),
    ("còn", Kw::Con),
    ("lại", Kw::Lai),
    ("đấu", Kw::Plan),
    ("hoạch", Kw::Plan),
    ("tiêu", Kw::Plan),
    ("nhìn", Kw::Plan),
    ("kiến", Kw::Plan),
    ("sang", Kw::Plan),
    ("phiên", Kw::Phien),
    ("lễ", Kw::Holiday),
    ("dịp", Kw::Holiday),
    ("giao", Kw::Giao),
    ("dịch", Kw::Dich),
];

/// A word of at most 8 bytes as a number: its bytes, little-endian, the
/// rest zero. Words hold no NUL, so two words have the same key only if
/// they are the same.
const fn key(w: &[u8]) -> u64 {
    let mut k = 0;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const SLOTS: usize = 1024;

const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
}

/// [`KEYWORDS`] by [`key`], open addressing with linear probing: the keys
/// (0 marks an empty slot) and their keywords.
static TABLE: ([u64; SLOTS], [Kw; SLOTS]) = {
    let mut keys = [0u64; SLOTS];
    let mut kws = [Kw::None; SLOTS];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let w = KEYWORDS[i].0.as_bytes();
        assert!(!w.is_empty() && w.len() <= 8);
        let k = key(w);
        let mut h = slot(k);
        while keys[h] != 0 {
            assert!(keys[h] != k, "a keyword twice");
            h = (h + 1) % SLOTS;
        }
        keys[h] = k;
        kws[h] = KEYWORDS[i].1;
        i += 1;
    }
    (keys, kws)
};

/// The slots where some keyword's probe starts, as bits: most words are
/// none, and this is all they read.
static STARTS: [u64; SLOTS / 64] = {
    let mut bits = [0u64; SLOTS / 64];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let h = slot(key(KEYWORDS[i].0.as_bytes()));
        bits[h / 64] |= 1 << (h % 64);
        i += 1;
    }
    bits
};

/// The keyword of key `k`.
#[inline]
fn lookup(k: u64) -> Kw {
    let mut h = slot(k);
    if STARTS[h / 64] >> (h % 64) & 1 == 0 {
        return Kw::None;
    }
    loop {
        let e = TABLE.0[h];
        if e == k {
            return TABLE.1[h];
        }
        if e == 0 {
            return Kw::None;
        }
        h = (h + 1) % SLOTS;
    }
}

/// The keyword `w` (a run of letters) is, but for case.
fn classify(w: &str) -> Kw {
    // The longest keyword ("khoảng") takes 8 bytes.
    if w.len() > 8 {
        return Kw::None;
    }
    let mut k = 0u64;
    let mut n = 0;
    for c in w.chars() {
        let mut tmp = [0u8; 4];
        for &y in lower(c).encode_utf8(&mut tmp).as_bytes() {
            if n == 8 {
                return Kw::None;
            }
            k |= u64::from(y) << (8 * n);
            n += 1;
        }
    }
    lookup(k)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum T {
    Word(Kw),
    Num,
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    t: T,
    /// Whitespace (or the start of the text) before it.
    space: bool,
    /// A line break (or the start of the text) before it.
    line: bool,
    /// Its first letter is a capital.
    upper: bool,
}

/// Runs of letters, runs of ASCII digits, and every other non-space char
/// on its own.
fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    // Vietnamese prose runs about five bytes a token: a quarter of the
    // length holds the tokens of nearly every text without growing.
    let mut toks = Vec::with_capacity(b.len() / 4 + 1);
    let (mut space, mut line) = (true, true);
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let x = b[i];
        let (t, upper) = if x < 0x80 {
            match x {
                // The ASCII whitespace of `char::is_whitespace`.
                b' ' | b'\t' | 0x0b | 0x0c => {
                    space = true;
                    i += 1;
                    continue;
                }
                b'\n' | b'\r' => {
                    space = true;
                    line = true;
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    (T::Num, false)
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let (end, kw) = word(text, start);
                    i = end;
                    (T::Word(kw), x.is_ascii_uppercase())
                }
                _ => {
                    i += 1;
                    (T::Punct(char::from(x)), false)
                }
            }
        } else {
            let (c, len) = crate::normalize::decode_at(b, i);
            i += len;
            if c.is_whitespace() {
                space = true;
                line |= c == '\n' || c == '\r';
                continue;
            }
            if is_letter(c) {
                let (end, kw) = word(text, start);
                i = end;
                (T::Word(kw), lower(c) != c)
            } else {
                (T::Punct(c), false)
            }
        };
        toks.push(Tok { start, end: i, t, space, line, upper });
        line = false;
        // Most tokens are followed by one space: passed here, as the top
        // of the loop would.
        space = b.get(i) == Some(&b' ');
        i += usize::from(space);
    }
    toks
}

/// The run of letters at byte `start` of `text` (a letter): its end, and
/// the keyword it is. The bytes of a word with no capital but ASCII ones
/// are its [`key`] once the ASCII capitals are lower-cased; other words go
/// through [`classify`].
#[inline(always)]
fn word(text: &str, start: usize) -> (usize, Kw) {
    let b = text.as_bytes();
    let byte = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut i = start;
    // Every char past ASCII is one that `lower` keeps.
    let mut plain = true;
    loop {
        let x = byte(i);
        if x < 0x80 {
            // The runs of ASCII letters in Vietnamese words are short.
            if x.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            break;
        }
        let y = byte(i + 1);
        match x {
            // U+00C0 … U+00FF but × and ÷; the capitals up to Þ.
            0xc3 if y != 0x97 && y != 0xb7 => {
                plain &= y > 0x9e;
                i += 2;
            }
            // U+0100 … U+024F; the capitals Ă Đ Ĩ Ũ Ơ Ư.
            0xc4..=0xc9 if x != 0xc9 || y < 0x90 => {
                plain &= !matches!(
                    (x, y),
                    (0xc4, 0x82 | 0x90 | 0xa8)
                        | (0xc5, 0xa8)
                        | (0xc6, 0xa0 | 0xaf)
                );
                i += 2;
            }
            // U+1EA0 … U+1EFF; the capitals at even code points up to
            // U+1EF9.
            0xe1 if y == 0xba && byte(i + 2) >= 0xa0 || y == 0xbb => {
                let z = byte(i + 2);
                plain &= !(z.is_multiple_of(2) && (y == 0xba || z <= 0xb9));
                i += 3;
            }
            _ => {
                let (c, len) = crate::normalize::decode_at(b, i);
                if !is_letter(c) {
                    break;
                }
                plain &= lower(c) == c;
                i += len;
            }
        }
    }
    let len = i - start;
    // The longest keyword ("khoảng") takes 8 bytes.
    if len > 8 {
        return (i, Kw::None);
    }
    if !plain {
        return (i, classify(&text[start..i]));
    }
    let k = match b.get(start..start + 8) {
        Some(w) => {
            let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            w & (u64::MAX >> (64 - 8 * len))
        }
        None => key(&b[start..i]),
    };
    (i, lookup(ascii_lower(k)))
}

/// The ASCII capitals of the eight bytes of `x` in lower case.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // Seven bits plus 0x80 - n carries into the high bit from n up, and
    // never into the next byte.
    let low7 = x & !HIGH;
    let from_a = low7 + ONES * (0x80 - 0x41);
    let past_z = low7 + ONES * (0x80 - 0x5b);
    let caps = from_a & !past_z & !x & HIGH;
    x | caps >> 2
}

// ---------------------------------------------------------------------
// What the grammar reads, before resolution

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ymd {
    y: Option<i32>,
    m: u32,
    d: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Near,
    Forward,
    Back,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Week {
    This,
    Next,
    Last,
    /// The first such weekday after the reference.
    NextOne,
    /// The last such weekday before the reference.
    LastOne,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Val {
    Day(Ymd),
    DaySpan(Ymd, Ymd),
    Month {
        y: Option<i32>,
        m: u32,
        dir: Dir,
    },
    Year(i32),
    YearSpan {
        a: i32,
        b: i32,
        term: bool,
    },
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    Half {
        y: Option<i32>,
        h: u32,
    },
    MonthSpan {
        y: Option<i32>,
        a: u32,
        b: u32,
    },
    /// Months of two years: "từ tháng 8/2023 đến tháng 2/2024".
    MonthRange {
        a: (i32, u32),
        b: (i32, u32),
    },
    RelDay(i64),
    RelMonth(i32),
    RelYear(i32),
    RelQuarter(i32),
    Weekday {
        wd: u32,
        week: Week,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Time {
    Clock(u32, u32),
    Part(&'static str),
}

impl Time {
    fn render(self) -> String {
        match self {
            Time::Clock(h, m) => format!("{h:02}:{m:02}"),
            Time::Part(p) => p.to_string(),
        }
    }
}

/// A match: the token it ends before, and what it says.
#[derive(Debug, Clone, Copy)]
struct Hit {
    end: usize,
    val: Val,
    time: Option<Time>,
    rel: bool,
}

impl Hit {
    fn new(end: usize, val: Val) -> Hit {
        Hit { end, val, time: None, rel: false }
    }

    fn rel(end: usize, val: Val) -> Hit {
        Hit { end, val, time: None, rel: true }
    }

    fn timed(mut self, time: Time) -> Hit {
        if self.time.is_none() {
            self.time = Some(time);
        }
        self
    }
}

#[derive(Debug)]
struct Raw {
    norm: Range<usize>,
    val: Val,
    time: Option<Time>,
    rel: bool,
    /// The token before it, as a keyword.
    lead: Kw,
    /// It opens a sentence or a line.
    opens: bool,
}

/// A run of digits: its value and how many digits it has.
#[derive(Debug, Clone, Copy)]
struct Digits {
    v: u32,
    len: usize,
}

// ---------------------------------------------------------------------
// The grammar

struct Parser<'a> {
    text: &'a str,
    t: &'a [Tok],
    doc_year: Option<i32>,
    /// The token after the last day (or day range), for lists.
    last_day: Option<usize>,
    /// The token after the last year, for lists.
    last_year: Option<usize>,
}

impl Parser<'_> {
    fn kw(&self, i: usize) -> Kw {
        match self.t.get(i) {
            Some(Tok { t: T::Word(k), .. }) => *k,
            _ => Kw::None,
        }
    }

    fn prev_kw(&self, i: usize) -> Kw {
        if i == 0 { Kw::None } else { self.kw(i - 1) }
    }

    fn punct(&self, i: usize, c: char) -> bool {
        matches!(self.t.get(i), Some(Tok { t: T::Punct(p), .. }) if *p == c)
    }

    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space)
    }

    fn is_num(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(Tok { t: T::Num, .. }))
    }

    fn num(&self, i: usize) -> Option<Digits> {
        let t = self.t.get(i)?;
        if t.t != T::Num || t.end - t.start > 6 {
            return None;
        }
        let s = &self.text[t.start..t.end];
        Some(Digits { v: s.parse().ok()?, len: s.len() })
    }

    /// A two-digit number with a leading zero ("07").
    fn lead0(&self, i: usize) -> bool {
        let t = &self.t[i];
        t.end - t.start == 2 && self.text.as_bytes()[t.start] == b'0'
    }

    /// The value of a number word: "một" … "mười", "tư", "năm".
    fn word_num(&self, i: usize) -> Option<u32> {
        match self.kw(i) {
            Kw::Digit(n) => Some(u32::from(n)),
            Kw::Tu4 => Some(4),
            Kw::Nam => Some(5),
            _ => None,
        }
    }

    /// A number may start a date at `i`: not glued to a word, a number or
    /// a slash before it.
    fn left_ok(&self, i: usize) -> bool {
        i == 0
            || self.t[i].space
            || matches!(self.t[i - 1].t, T::Punct('(' | '[' | '"' | '\''))
    }

    /// What follows a number at `j` lets it end a date: a space, the end,
    /// or punctuation that does not glue on more digits or letters.
    fn right_ok(&self, j: usize) -> bool {
        let Some(t) = self.t.get(j) else { return true };
        if t.space {
            return true;
        }
        match t.t {
            T::Punct('/' | '%') => false,
            T::Punct('.' | ',' | ':') => {
                !(self.glued(j + 1) && self.is_num(j + 1))
            }
            T::Punct('-') => {
                !self.glued(j + 1) || matches!(self.t[j + 1].t, T::Punct(_))
            }
            T::Punct(_) => true,
            _ => false,
        }
    }

    /// A clause ends at `e`: the end, a line break or a punctuation mark.
    fn clause_end(&self, e: usize) -> bool {
        match self.t.get(e) {
            None => true,
            Some(t) => {
                t.line
                    || matches!(
                        t.t,
                        T::Punct(',' | ';' | ')' | '.' | ':' | '!' | '?')
                    )
            }
        }
    }

    /// A four-digit year at `j` (1000–2199).
    fn year4(&self, j: usize) -> Option<i32> {
        let n = self.num(j)?;
        (n.len == 4 && (1000..=2199).contains(&n.v)).then_some(n.v as i32)
    }

    fn at(&self, i: usize) -> Option<Hit> {
        match self.t[i].t {
            T::Num => self.number_led(i),
            T::Punct(_) => None,
            T::Word(k) => match k {
                Kw::Ngay | Kw::Mong => self.ngay(i),
                Kw::Thang => self.thang(i),
                Kw::Nam => self.nam(i),
                Kw::Quy => self.quy(i),
                Kw::Hom | Kw::Bua => self.hom(i),
                Kw::Thu | Kw::Chu | Kw::Chua => self.weekday_led(i),
                Kw::Sang
                | Kw::Chieu
                | Kw::Toi
                | Kw::Trua
                | Kw::Dem
                | Kw::Khuya
                | Kw::Rang => self.part_led(i),
                Kw::Cung => self.cung_ky(i),
                Kw::Nhiem if self.kw(i + 1) == Kw::Ky => {
                    self.years_span(i + 2).map(|(e, a, b)| {
                        Hit::new(e, Val::YearSpan { a, b, term: true })
                    })
                }
                Kw::Giai if self.kw(i + 1) == Kw::Doan => {
                    self.years_span(i + 2).map(|(e, a, b)| {
                        Hit::new(e, Val::YearSpan { a, b, term: false })
                    })
                }
                Kw::Tu => self.tu(i),
                Kw::Nua => self.nua(i),
                _ => None,
            },
        }
    }

    // --- days ---

    /// "28/12/2022", "28-12", "28.12", "3/9/91", "28 tháng 12 năm 2022",
    /// "7 tháng ba": the end, the date and the separator (`' '` for the
    /// written form).
    fn day_core(&self, j: usize) -> Option<(usize, Ymd, char)> {
        let d = self.num(j)?;
        if d.len > 2 {
            return None;
        }
        if let Some(&Tok { t: T::Punct(sep @ ('/' | '-' | '.')), .. }) =
            self.t.get(j + 1)
        {
            if !self.glued(j + 1) || !self.glued(j + 2) {
                return None;
            }
            let m = self.num(j + 2)?;
            if m.len > 2 {
                return None;
            }
            let mut e = j + 3;
            let mut y = None;
            if self.punct(e, sep) && self.glued(e) && self.glued(e + 1) {
                let yy = self.num(e + 1)?;
                y = Some(match yy.len {
                    4 if (1800..=2199).contains(&yy.v) => yy.v as i32,
                    2 if sep == '/' => self.century(yy.v),
                    _ => return None,
                });
                e += 2;
            }
            let ymd = Ymd { y, m: m.v, d: d.v };
            return (valid(ymd) && self.right_ok(e)).then_some((e, ymd, sep));
        }
        if self.kw(j + 1) == Kw::Thang {
            let (e, m) = self.month_num(j + 2)?;
            let (e, y) = match self.year_after(e) {
                Some((e, y)) => (e, Some(y)),
                None => (e, None),
            };
            let ymd = Ymd { y, m, d: d.v };
            return valid(ymd).then_some((e, ymd, ' '));
        }
        None
    }

    /// A two-digit year: 20xx when that lies no more than 20 years after
    /// the document date (2050 without one), else 19xx.
    fn century(&self, yy: u32) -> i32 {
        let yy = yy as i32;
        let limit = self.doc_year.map_or(50, |y| y - 2000 + 20);
        if yy <= limit { 2000 + yy } else { 1900 + yy }
    }

    /// A month at `j`: 1–12 in digits, or a month word ("ba", "tư",
    /// "mười hai", "Năm" with a capital).
    fn month_num(&self, j: usize) -> Option<(usize, u32)> {
        let t = self.t.get(j)?;
        if t.t == T::Num {
            let n = self.num(j)?;
            return (n.len <= 2 && (1..=12).contains(&n.v))
                .then_some((j + 1, n.v));
        }
        let (e, m) = match self.kw(j) {
            Kw::Digit(10) => match self.kw(j + 1) {
                Kw::Digit(1) => (j + 2, 11),
                Kw::Digit(2) => (j + 2, 12),
                _ => (j + 1, 10),
            },
            // "tháng năm" is "months and years" unless capitalized.
            Kw::Nam if t.upper || self.kw(j + 1) == Kw::Nam => (j + 1, 5),
            Kw::Nam => return None,
            _ => (j + 1, self.word_num(j)?),
        };
        (self.kw(e) != Kw::Lan).then_some((e, m))
    }

    /// The year after a month or quarter: "/2023", "-2023", ".2023",
    /// "năm 2023", "của năm 2023".
    fn year_after(&self, e: usize) -> Option<(usize, i32)> {
        if matches!(
            self.t.get(e),
            Some(Tok { t: T::Punct('/' | '-' | '.'), .. })
        ) && self.glued(e)
            && self.glued(e + 1)
        {
            let y = self.year4(e + 1)?;
            return self.right_ok(e + 2).then_some((e + 2, y));
        }
        let k = match (self.kw(e), self.kw(e + 1)) {
            (Kw::Nam, _) => e + 1,
            (Kw::Cua, Kw::Nam) => e + 2,
            _ => return None,
        };
        let y = self.year4(k)?;
        self.right_ok(k + 1).then_some((k + 1, y))
    }

    /// "năm nay", "của năm trước", "năm tới" after a month or quarter:
    /// the end and the year, from the document date (none without one).
    fn rel_year_after(&self, e: usize) -> Option<(usize, i32)> {
        let year = self.doc_year?;
        let k = match (self.kw(e), self.kw(e + 1)) {
            (Kw::Nam, _) => e + 1,
            (Kw::Cua, Kw::Nam) => e + 2,
            _ => return None,
        };
        let (end, step) = match self.kw(k) {
            Kw::Ngoai => (k + 1, -1),
            _ => self.rel_step(k)?,
        };
        Some((end, year + step))
    }

    /// After a day ending at `e`: a range to a second day, and a clock
    /// time after "lúc".
    fn finish_day(&self, e: usize, a: Ymd, time: Option<Time>) -> Hit {
        let mut hit = Hit::new(e, Val::Day(a));
        hit.time = time;
        if let Some((e2, b)) = self.range_tail(e)
            && ordered(a, b)
        {
            hit.end = e2;
            hit.val = Val::DaySpan(a, b);
        }
        if let Some((e3, t)) = self.clock_suffix(hit.end) {
            hit.end = e3;
            hit.time = Some(t);
        }
        hit
    }

    /// "- 15/7", "đến ngày 15/7", "tới 2/1/2023".
    fn range_tail(&self, e: usize) -> Option<(usize, Ymd)> {
        if !(self.punct(e, '-') || matches!(self.kw(e), Kw::Den | Kw::Next)) {
            return None;
        }
        let mut k = e + 1;
        if self.kw(k) == Kw::Ngay {
            k += 1;
        }
        if self.kw(k) == Kw::Mong {
            k += 1;
        }
        let (e2, b, _) = self.day_core(k)?;
        Some((e2, b))
    }

    /// "14-15/5", "14 -15/5", "5 đến 6/7": days sharing a month; and
    /// days listed ("14 và 15/5", "10, 11 và 12/6"), read here as the span
    /// from the first to the last, which [`split_lists`] then splits.
    fn day_range(&self, j: usize) -> Option<Hit> {
        let d1 = self.num(j)?;
        if d1.len > 2 || d1.v == 0 {
            return None;
        }
        let mut k = j + 1;
        if !(self.punct(k, '-') || matches!(self.kw(k), Kw::Den | Kw::Next)) {
            // A list: days joined by commas, the last by "và", in order.
            let mut last = d1.v;
            loop {
                let and = self.kw(k) == Kw::Va;
                if !(and || self.punct(k, ',')) {
                    return None;
                }
                let d =
                    self.num(k + 1).filter(|d| d.len <= 2 && d.v > last)?;
                if and {
                    break;
                }
                last = d.v;
                k += 2;
            }
        }
        let (e, b, _) = self.day_core(k + 1)?;
        if d1.v >= b.d {
            return None;
        }
        Some(Hit::new(e, Val::DaySpan(Ymd { d: d1.v, ..b }, b)))
    }

    /// "ngày 5/7", "ngày mồng 3 tháng 3", "ngày 14-15/5", "ngày mai",
    /// "ngày hôm qua", "ngày đầu tiên của tháng ba".
    fn ngay(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.kw(i) == Kw::Ngay {
            match self.kw(j) {
                Kw::Mong => j += 1,
                Kw::Hom => return self.hom(j),
                Kw::Mai => return Some(Hit::rel(j + 1, Val::RelDay(1))),
                Kw::Kia => return Some(Hit::rel(j + 1, Val::RelDay(2))),
                Kw::Dau
                    if self.kw(j + 1) == Kw::Tien
                        && self.kw(j + 2) == Kw::Cua
                        && self.kw(j + 3) == Kw::Thang =>
                {
                    let (e, m) = self.month_num(j + 4)?;
                    let (e, y) = match self.year_after(e) {
                        Some((e, y)) => (e, Some(y)),
                        None => (e, None),
                    };
                    return Some(self.finish_day(e, Ymd { y, m, d: 1 }, None));
                }
                _ => {}
            }
        }
        if let Some(h) = self.day_range(j) {
            return Some(h);
        }
        let (e, ymd, _) = self.day_core(j)?;
        Some(self.finish_day(e, ymd, None))
    }

    /// A date right after "hôm nay" or "sáng nay": "(3/7)", "29-5".
    fn trailing_day(&self, k: usize) -> Option<(usize, Ymd)> {
        let open = self.punct(k, '(');
        let mut k = k + usize::from(open);
        if self.kw(k) == Kw::Ngay {
            k += 1;
        }
        let (e, ymd, _) = self.day_core(k)?;
        if !open {
            return Some((e, ymd));
        }
        self.punct(e, ')').then_some((e + 1, ymd))
    }

    /// "hôm nay", "hôm qua", "hôm kia", "bữa nay", and an explicit date
    /// after them ("Hôm nay 29-5").
    fn hom(&self, i: usize) -> Option<Hit> {
        let k = match (self.kw(i), self.kw(i + 1)) {
            (_, Kw::This) => 0,
            (_, Kw::Qua) => -1,
            (Kw::Hom, Kw::Kia) => -2,
            _ => return None,
        };
        if let Some((e, ymd)) = self.trailing_day(i + 2) {
            return Some(self.finish_day(e, ymd, None));
        }
        Some(Hit::rel(i + 2, Val::RelDay(k)))
    }

    // --- parts of the day and clock times ---

    fn part(&self, i: usize) -> Option<(usize, &'static str)> {
        Some(match self.kw(i) {
            Kw::Sang if self.kw(i + 1) == Kw::Som => (i + 2, "morning"),
            Kw::Sang => (i + 1, "morning"),
            Kw::Chieu if self.kw(i + 1) == Kw::Toi => (i + 2, "evening"),
            Kw::Chieu => (i + 1, "afternoon"),
            Kw::Toi => (i + 1, "evening"),
            Kw::Trua => (i + 1, "noon"),
            Kw::Dem | Kw::Khuya => (i + 1, "night"),
            Kw::Rang if self.kw(i + 1) == Kw::Sang => (i + 2, "morning"),
            _ => return None,
        })
    }

    /// "Sáng 28-12", "chiều nay", "sáng nay (3/7)", "tối qua", "sáng
    /// ngày 5/7", "chiều thứ Hai (6/2)".
    fn part_led(&self, i: usize) -> Option<Hit> {
        let (j, part) = self.part(i)?;
        let time = Time::Part(part);
        let hit = match self.kw(j) {
            Kw::This => match self.trailing_day(j + 1) {
                Some((e, ymd)) => self.finish_day(e, ymd, None),
                None => Hit::rel(j + 1, Val::RelDay(0)),
            },
            Kw::Qua => Hit::rel(j + 1, Val::RelDay(-1)),
            Kw::Mai => Hit::rel(j + 1, Val::RelDay(1)),
            Kw::Hom => self.hom(j)?,
            Kw::Ngay | Kw::Mong => self.ngay(j)?,
            Kw::Thu | Kw::Chu | Kw::Chua => self.weekday_led(j)?,
            _ => match self.day_range(j) {
                Some(h) => h,
                None => {
                    let (e, ymd, _) = self.day_core(j)?;
                    // "tối 3-4 giờ" is a span of hours.
                    if matches!(self.kw(e), Kw::Gio | Kw::H) {
                        return None;
                    }
                    self.finish_day(e, ymd, None)
                }
            },
        };
        Some(hit.timed(time))
    }

    /// "8 giờ 30", "8 giờ 30 phút", "15 giờ", "8h30", "14h", "8:30": the
    /// end, hour and minute.
    fn clock(&self, i: usize) -> Option<(usize, u32, u32)> {
        let h = self.num(i)?;
        if h.len > 2 || h.v > 24 {
            return None;
        }
        let next = self.t.get(i + 1)?;
        match next.t {
            T::Word(Kw::Gio) if next.space => {
                let mut j = i + 2;
                let mut m = 0;
                if let Some(mm) = self.num(j)
                    && mm.len <= 2
                    && mm.v < 60
                    && self.t[j].space
                {
                    m = mm.v;
                    j += 1;
                    if self.kw(j) == Kw::Phut {
                        j += 1;
                    }
                }
                Some((j, h.v, m))
            }
            T::Word(Kw::H) if !next.space => {
                let mut j = i + 2;
                let mut m = 0;
                if let Some(mm) = self.num(j)
                    && mm.len == 2
                    && mm.v < 60
                    && self.glued(j)
                {
                    m = mm.v;
                    j += 1;
                    if self.punct(j, '\'') && self.glued(j) {
                        j += 1;
                    }
                }
                // "8ha" is no time.
                (j >= self.t.len() || self.t[j].space || !self.is_num(j))
                    .then_some((j, h.v, m))
            }
            T::Punct(':') if !next.space && self.glued(i + 2) => {
                let mm = self.num(i + 2)?;
                (mm.len == 2 && mm.v < 60 && self.right_ok(i + 3)).then_some((
                    i + 3,
                    h.v,
                    mm.v,
                ))
            }
            _ => None,
        }
    }

    /// "lúc 8h30", ", vào lúc 15 giờ chiều" after a date.
    fn clock_suffix(&self, e: usize) -> Option<(usize, Time)> {
        let mut k = e;
        if self.punct(k, ',') {
            k += 1;
        }
        if self.kw(k) == Kw::Vao {
            k += 1;
        }
        if self.kw(k) != Kw::Luc {
            return None;
        }
        let (mut j, mut h, m) = self.clock(k + 1)?;
        if let Some((e2, part)) = self.part(j)
            && !matches!(self.kw(e2), Kw::This | Kw::Qua | Kw::Mai)
            && !self.is_num(e2)
        {
            h = afternoon(h, part);
            j = e2;
        }
        Some((j, Time::Clock(h, m)))
    }

    /// A clock time before a date: "8 giờ 30 ngày 28-12", "15 giờ chiều
    /// 28/12", "14h hôm nay".
    fn clock_led(&self, i: usize) -> Option<Hit> {
        let (j, h, m) = self.clock(i)?;
        let k = j + usize::from(self.punct(j, ','));
        let (hit, h) = match self.kw(k) {
            Kw::Ngay | Kw::Mong => (self.ngay(k)?, h),
            Kw::Hom | Kw::Bua => (self.hom(k)?, h),
            Kw::Thu | Kw::Chu | Kw::Chua => (self.weekday_led(k)?, h),
            _ => {
                let (_, part) = self.part(k)?;
                (self.part_led(k)?, afternoon(h, part))
            }
        };
        let mut hit = hit;
        hit.time = Some(Time::Clock(h, m));
        Some(hit)
    }

    // --- weekdays ---

    /// "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "chủ nhật": the end and
    /// the weekday, Monday 0.
    fn weekday(&self, i: usize) -> Option<(usize, u32)> {
        match self.kw(i) {
            Kw::Thu => {
                if matches!(self.prev_kw(i), Kw::Lan | Kw::Tung) {
                    return None; // "lần thứ hai"
                }
                let wd = match self.num(i + 1) {
                    Some(n) if n.len == 1 && (2..=7).contains(&n.v) => n.v - 2,
                    Some(_) => return None,
                    None => match self.kw(i + 1) {
                        Kw::Digit(2) => 0,
                        Kw::Digit(3) => 1,
                        Kw::Tu4 => 2,
                        Kw::Nam => 3,
                        Kw::Digit(6) => 4,
                        Kw::Digit(7) => 5,
                        _ => return None,
                    },
                };
                Some((i + 2, wd))
            }
            Kw::Chu | Kw::Chua if self.kw(i + 1) == Kw::Nhat => {
                Some((i + 2, 6))
            }
            _ => None,
        }
    }

    /// A weekday with its date ("thứ Hai, ngày 6/2", "thứ 2 (6/2)",
    /// "chủ nhật ngày 9 tháng 4"), or tied to a week or a direction
    /// ("thứ năm tuần tới", "thứ 6 của tuần này", "thứ ba vừa rồi").
    fn weekday_led(&self, i: usize) -> Option<Hit> {
        let (j, wd) = self.weekday(i)?;
        let mut k = j + usize::from(self.punct(j, ','));
        let open = self.punct(k, '(');
        k += usize::from(open);
        if self.kw(k) == Kw::Ngay {
            k += 1;
        }
        if self.kw(k) == Kw::Mong {
            k += 1;
        }
        if let Some((e, ymd, _)) = self.day_core(k) {
            if !open {
                return Some(self.finish_day(e, ymd, None));
            }
            if self.punct(e, ')') {
                return Some(self.finish_day(e + 1, ymd, None));
            }
        }
        let via = self.kw(j) == Kw::Cua;
        let k = j + usize::from(via);
        let (end, week) = if self.kw(k) == Kw::Tuan {
            match (self.kw(k + 1), self.kw(k + 2)) {
                (Kw::This, _) => (k + 2, Week::This),
                (Kw::Next | Kw::After, _) => (k + 2, Week::Next),
                (Kw::Ke, Kw::Tiep) | (Kw::Tiep, Kw::Theo) => {
                    (k + 3, Week::Next)
                }
                (Kw::Before, _) => (k + 2, Week::Last),
                (Kw::Vua, Kw::Qua | Kw::Roi) => (k + 3, Week::Last),
                _ => return None,
            }
        } else if !via {
            match (self.kw(k), self.kw(k + 1)) {
                (Kw::Next, _) => (k + 1, Week::NextOne),
                (Kw::This, _) => (k + 1, Week::This),
                (Kw::Vua, Kw::Qua | Kw::Roi) => (k + 2, Week::LastOne),
                _ => return None,
            }
        } else {
            return None;
        };
        Some(Hit::rel(end, Val::Weekday { wd, week }))
    }

    // --- months, years, quarters ---

    /// "này", "hiện tại", "tới", "sau", "tiếp theo", "kế tiếp", "trước",
    /// "vừa qua", "ngoái" after a unit: the end and the step.
    fn rel_step(&self, k: usize) -> Option<(usize, i32)> {
        Some(match (self.kw(k), self.kw(k + 1)) {
            (Kw::This, _) => (k + 1, 0),
            (Kw::Hien, Kw::Tai) => (k + 2, 0),
            // "năm sau đó", "tháng trước đó": relative to the story.
            (Kw::After | Kw::Before, Kw::Do) => return None,
            (Kw::Next | Kw::After, _) => (k + 1, 1),
            (Kw::Tiep, Kw::Theo) | (Kw::Ke, Kw::Tiep) => (k + 2, 1),
            (Kw::Tiep, _) => (k + 1, 1),
            (Kw::Before, _) => (k + 1, -1),
            (Kw::Vua, Kw::Qua) => (k + 2, -1),
            _ => return None,
        })
    }

    /// A count or plural before a unit: "5 năm trước", "những năm tới",
    /// "hàng tháng".
    fn counted(&self, i: usize) -> bool {
        i > 0
            && (self.is_num(i - 1)
                || self.word_num(i - 1).is_some()
                || matches!(
                    self.kw(i - 1),
                    Kw::Nhung
                        | Kw::Cac
                        | Kw::Vai
                        | Kw::Nhieu
                        | Kw::May
                        | Kw::Hang
                        | Kw::Moi
                        | Kw::Tung
                        | Kw::Thu
                        | Kw::Hon
                        | Kw::Gan
                        | Kw::Khoang
                ))
    }

    /// "quý sau cao hơn quý trước": the same unit nearby with its own
    /// step, a comparison inside the story, not the calendar.
    fn paired(&self, i: usize, unit: Kw) -> bool {
        let lo = i.saturating_sub(10);
        let hi = (i + 12).min(self.t.len());
        (lo..hi).any(|k| {
            k != i
                && self.kw(k) == unit
                && matches!(self.kw(k + 1), Kw::Before | Kw::After | Kw::Next)
        })
    }

    /// "tháng 6/2023", "tháng 6 năm 2023", "tháng 6", "tháng sáu", "tháng
    /// 8 tới", "tháng trước".
    fn thang(&self, i: usize) -> Option<Hit> {
        if self.counted(i) {
            return None;
        }
        if let Some((j, m)) = self.month_num(i + 1) {
            if let Some((e, y)) = self.year_after(j) {
                let val = Val::Month { y: Some(y), m, dir: Dir::Near };
                return Some(Hit::new(e, val));
            }
            if let Some((e, y)) = self.rel_year_after(j) {
                let val = Val::Month { y: Some(y), m, dir: Dir::Near };
                return Some(Hit::rel(e, val));
            }
            if self.is_num(i + 1) && !self.right_ok(j) {
                return None;
            }
            let (e, dir) = match (self.kw(j), self.kw(j + 1)) {
                (Kw::Next, _) => (j + 1, Dir::Forward),
                (Kw::Sap, Kw::Next) => (j + 2, Dir::Forward),
                (Kw::Vua, Kw::Qua) => (j + 2, Dir::Back),
                _ => (j, Dir::Near),
            };
            return Some(Hit::new(e, Val::Month { y: None, m, dir }));
        }
        let (e, k) = self.rel_step(i + 1)?;
        if k != 0 && self.paired(i, Kw::Thang) {
            return None;
        }
        Some(Hit::rel(e, Val::RelMonth(k)))
    }

    /// "năm 2023", "năm 2016 - 2020", "năm 2016 đến năm 2020", "năm nay",
    /// "năm ngoái", "năm tới".
    fn nam(&self, i: usize) -> Option<Hit> {
        if let Some(y) = self.year4(i + 1) {
            if let Some((e, b)) = self.year_range_tail(i + 2, y) {
                let val = Val::YearSpan { a: y, b, term: false };
                return Some(Hit::new(e, val));
            }
            return self
                .right_ok(i + 2)
                .then_some(Hit::new(i + 2, Val::Year(y)));
        }
        if self.counted(i) {
            return None;
        }
        let (e, k) = match (self.kw(i + 1), self.kw(i + 2)) {
            (Kw::Ngoai, _) => (i + 2, -1),
            _ => self.rel_step(i + 1)?,
        };
        if k != 0 && self.paired(i, Kw::Nam) {
            return None;
        }
        Some(Hit::rel(e, Val::RelYear(k)))
    }

    /// "- 2025", "-2025", "đến năm 2025" after a year `y1`.
    fn year_range_tail(&self, k: usize, y1: i32) -> Option<(usize, i32)> {
        if !(self.punct(k, '-') || matches!(self.kw(k), Kw::Den | Kw::Next)) {
            return None;
        }
        let mut k = k + 1;
        if self.kw(k) == Kw::Nam {
            k += 1;
        }
        let y2 = self.year4(k)?;
        (y1 < y2 && y2 - y1 <= 200 && self.right_ok(k + 1))
            .then_some((k + 1, y2))
    }

    /// "2021-2025", "từ 2017 đến 2020", "từ năm 2017 đến năm 2020" after
    /// "nhiệm kỳ" or "giai đoạn".
    fn years_span(&self, k: usize) -> Option<(usize, i32, i32)> {
        let mut k = k;
        if self.kw(k) == Kw::Tu {
            k += 1;
        }
        if self.kw(k) == Kw::Nam {
            k += 1;
        }
        let a = self.year4(k)?;
        let (e, b) = self.year_range_tail(k + 1, a)?;
        Some((e, a, b))
    }

    /// "quý I/2023", "quý 2 năm 2024", "quý III", "quý ba", "quý này",
    /// "quý tới".
    fn quy(&self, i: usize) -> Option<Hit> {
        if let Some((j, q)) = self.quarter_num(i) {
            if let Some((e, y)) = self.year_after(j) {
                return Some(Hit::new(e, Val::Quarter { y: Some(y), q }));
            }
            if let Some((e, y)) = self.rel_year_after(j) {
                return Some(Hit::rel(e, Val::Quarter { y: Some(y), q }));
            }
            return self
                .right_ok(j)
                .then_some(Hit::new(j, Val::Quarter { y: None, q }));
        }
        if self.counted(i) || self.t[i].upper {
            return None;
        }
        let (e, k) = self.rel_step(i + 1)?;
        if k != 0 && self.paired(i, Kw::Quy) {
            return None;
        }
        Some(Hit::rel(e, Val::RelQuarter(k)))
    }

    /// The quarter after "quý" at `i`: I–IV, 1–4, một…bốn/tư.
    fn quarter_num(&self, i: usize) -> Option<(usize, u32)> {
        let j = i + 1;
        let t = self.t.get(j)?;
        let q = match t.t {
            T::Num => {
                let n = self.num(j)?;
                if n.len != 1 {
                    return None;
                }
                n.v
            }
            T::Word(_) => match self.word_num(j) {
                // "Quý" with a capital is also a given name.
                Some(n) if !self.t[i].upper && !t.upper => n,
                Some(_) => return None,
                None => roman(&self.text[t.start..t.end])?,
            },
            T::Punct(_) => return None,
        };
        (1..=4).contains(&q).then_some((j + 1, q))
    }

    /// "cùng kỳ năm trước", "cùng kỳ năm ngoái".
    fn cung_ky(&self, i: usize) -> Option<Hit> {
        if self.kw(i + 1) != Kw::Ky || self.kw(i + 2) != Kw::Nam {
            return None;
        }
        match (self.kw(i + 3), self.kw(i + 4)) {
            (Kw::Before, Kw::Do) => None,
            (Kw::Before | Kw::Ngoai, _) => {
                Some(Hit::rel(i + 4, Val::RelYear(-1)))
            }
            _ => None,
        }
    }

    /// "từ năm 2017 đến năm 2020", "từ tháng 1 đến tháng 6/2017", "từ
    /// ngày 1/7 đến ngày 15/7": ranges that "từ" opens.
    fn tu(&self, i: usize) -> Option<Hit> {
        let k = i + 1;
        let ky = k + usize::from(self.kw(k) == Kw::Nam);
        if let Some(a) = self.year4(ky)
            && let Some((e, b)) = self.year_range_tail(ky + 1, a)
        {
            return Some(Hit::new(e, Val::YearSpan { a, b, term: false }));
        }
        // Each month with its year: "từ tháng 8/2023 đến tháng 2/2024".
        if self.kw(k) == Kw::Thang
            && let Some((j, a)) = self.month_num(k + 1)
            && let Some((j, ya)) = self.year_after(j)
            && matches!(self.kw(j), Kw::Den | Kw::Next)
        {
            let j2 = j + 1 + usize::from(self.kw(j + 1) == Kw::Thang);
            if let Some((e, b)) = self.month_num(j2)
                && let Some((e, yb)) = self.year_after(e)
                && (ya, a) < (yb, b)
            {
                let val = Val::MonthRange { a: (ya, a), b: (yb, b) };
                return Some(Hit::new(e, val));
            }
        }
        if self.kw(k) == Kw::Thang
            && let Some((j, a)) = self.month_num(k + 1)
            && (self.punct(j, '-') || matches!(self.kw(j), Kw::Den | Kw::Next))
        {
            let j2 = j + 1 + usize::from(self.kw(j + 1) == Kw::Thang);
            if let Some((e, b)) = self.month_num(j2)
                && a < b
            {
                let (e, y) = match self.year_after(e) {
                    Some((e, y)) => (e, Some(y)),
                    None => (e, None),
                };
                return Some(Hit::new(e, Val::MonthSpan { y, a, b }));
            }
        }
        let mut k = k;
        if self.kw(k) == Kw::Ngay {
            k += 1;
        }
        if self.kw(k) == Kw::Mong {
            k += 1;
        }
        let (e, a, _) = self.day_core(k)?;
        let hit = self.finish_day(e, a, None);
        matches!(hit.val, Val::DaySpan(..)).then_some(hit)
    }

    /// The year after "đầu năm"/"cuối năm": a year, "nay" (relative), or
    /// none.
    fn year_spec(&self, k: usize) -> (usize, Option<i32>, bool) {
        if let Some(y) = self.year4(k)
            && self.right_ok(k + 1)
        {
            return (k + 1, Some(y), false);
        }
        if self.kw(k) == Kw::This {
            return (k + 1, None, true);
        }
        (k, None, false)
    }

    /// "nửa đầu năm 2024", "nửa cuối năm nay".
    fn nua(&self, i: usize) -> Option<Hit> {
        let h = match self.kw(i + 1) {
            Kw::Dau => 1,
            Kw::Cuoi => 2,
            _ => return None,
        };
        if self.kw(i + 2) != Kw::Nam {
            return None;
        }
        let (e, y, rel) = self.year_spec(i + 3);
        Some(Hit { end: e, val: Val::Half { y, h }, time: None, rel })
    }

    /// "6 tháng đầu năm 2024", "9 tháng đầu năm", "6 tháng cuối năm nay",
    /// "4 tháng năm 2017", "5 tháng có 283 dự án".
    fn n_months(&self, i: usize) -> Option<Hit> {
        let n = self.num(i)?;
        if n.len > 2 || !(1..=12).contains(&n.v) || self.kw(i + 1) != Kw::Thang
        {
            return None;
        }
        let n = n.v;
        let first = |y| {
            if n == 6 {
                Val::Half { y, h: 1 }
            } else {
                Val::MonthSpan { y, a: 1, b: n }
            }
        };
        let (e, val, rel) = match (self.kw(i + 2), self.kw(i + 3)) {
            (Kw::Dau, Kw::Nam) => {
                let (e, y, rel) = self.year_spec(i + 4);
                (e, first(y), rel)
            }
            (Kw::Cuoi, Kw::Nam) => {
                let (e, y, rel) = self.year_spec(i + 4);
                let val = if n == 6 {
                    Val::Half { y, h: 2 }
                } else {
                    Val::MonthSpan { y, a: 13 - n, b: 12 }
                };
                (e, val, rel)
            }
            // "6 tháng còn lại của năm 2017": the last months.
            (Kw::Con, Kw::Lai) => {
                let (e, y, rel) = if self.kw(i + 4) == Kw::Cua
                    && self.kw(i + 5) == Kw::Nam
                {
                    self.year_spec(i + 6)
                } else {
                    (i + 4, None, false)
                };
                let val = if n == 6 {
                    Val::Half { y, h: 2 }
                } else {
                    Val::MonthSpan { y, a: 13 - n, b: 12 }
                };
                (e, val, rel)
            }
            (Kw::Nam, _) => {
                let y = self.year4(i + 3)?;
                if !self.right_ok(i + 4) {
                    return None;
                }
                (i + 4, first(Some(y)), false)
            }
            (Kw::Cua, Kw::Nam) => {
                let y = self.year4(i + 4)?;
                if !self.right_ok(i + 5) {
                    return None;
                }
                (i + 5, first(Some(y)), false)
            }
            // "Chỉ số SXCN 4 tháng tăng 5,1%": the months so far this
            // year, when a figure follows.
            (
                Kw::Dat | Kw::Tang | Kw::Giam | Kw::Uoc | Kw::Co | Kw::Cung2,
                _,
            ) if (2..=11).contains(&n)
                && !matches!(
                    self.prev_kw(i),
                    Kw::Hon | Kw::Gan | Kw::Khoang | Kw::Moi | Kw::Hang
                ) =>
            {
                (i + 2, first(None), false)
            }
            // "Trong 11 tháng, thu ngân sách đạt …": a report's months so
            // far this year, opening its sentence.
            _ if (2..=11).contains(&n)
                && self.punct(i + 2, ',')
                && matches!(self.prev_kw(i), Kw::Trong | Kw::After)
                && (i == 1
                    || self.t[i - 1].line
                    || matches!(
                        self.t[i - 2].t,
                        T::Punct('.' | ':' | ';')
                    )) =>
            {
                (i + 2, first(None), false)
            }
            _ => return None,
        };
        Some(Hit { end: e, val, time: None, rel })
    }

    /// "khóa XV (2021-2026)": a legislature's term.
    fn khoa_before(&self, i: usize) -> bool {
        i >= 3 && self.punct(i - 1, '(') && self.kw(i - 3) == Kw::Khoa && {
            let t = &self.t[i - 2];
            matches!(t.t, T::Word(_))
                && roman(&self.text[t.start..t.end]).is_some()
        }
    }

    /// A four-digit year standing alone (see the module docs).
    fn bare_year_ok(&self, i: usize, y: i32) -> bool {
        if !(1900..=2100).contains(&y) || !self.right_ok(i + 1) {
            return false;
        }
        if i >= 1
            && self.last_year == Some(i - 1)
            && (matches!(self.kw(i - 1), Kw::Va | Kw::Hoac)
                || self.punct(i - 1, ','))
        {
            return true;
        }
        if !matches!(
            self.prev_kw(i),
            Kw::Trong
                | Kw::Tu
                | Kw::Den
                | Kw::Next
                | Kw::Vao
                | Kw::Cuoi
                | Kw::Dau
                | Kw::Giua
                | Kw::Het
                | Kw::Xuan
                | Kw::Tet
        ) {
            return false;
        }
        self.clause_end(i + 1)
            || matches!(
                self.kw(i + 1),
                Kw::Va
                    | Kw::Thi
                    | Kw::La
                    | Kw::So
                    | Kw::Voi
                    | Kw::Da
                    | Kw::Se
                    | Kw::Dat
                    | Kw::Tang
                    | Kw::Giam
                    | Kw::Tam
                    | Kw::Den
            )
    }

    /// A day and month with no anchor word (see the module docs).
    fn bare_dm_ok(&self, i: usize, e: usize, ymd: Ymd, sep: char) -> bool {
        if self.lead0(i) || self.lead0(i + 2) {
            return true;
        }
        let t = &self.t[i];
        if t.line
            && sep != '.'
            && (e >= self.t.len()
                || self.t[e].line
                || matches!(self.t[e].t, T::Punct(',' | '-' | ':' | ')')))
        {
            return true;
        }
        // A session's day: "phiên 13/10", "phiên giao dịch 13/10"; a
        // holiday's: "dịp lễ 30/4".
        if sep != '.'
            && (matches!(self.prev_kw(i), Kw::Phien | Kw::Holiday)
                || i >= 3
                    && self.kw(i - 3) == Kw::Phien
                    && self.kw(i - 2) == Kw::Giao
                    && self.kw(i - 1) == Kw::Dich)
        {
            return true;
        }
        if let Some(k) = self.last_day
            && i == k + 1
            && (matches!(self.kw(k), Kw::Va | Kw::Hoac)
                || self.punct(k, ',')
                || self.punct(k, ';'))
        {
            return true;
        }
        sep != '.'
            && matches!(
                self.prev_kw(i),
                Kw::Before
                    | Kw::After
                    | Kw::Tu
                    | Kw::Den
                    | Kw::Next
                    | Kw::Het
                    | Kw::Vao
                    | Kw::Dau
                    | Kw::Cuoi
                    | Kw::Giua
            )
            && (ymd.d > ymd.m || self.clause_end(e))
    }

    fn number_led(&self, i: usize) -> Option<Hit> {
        if !self.left_ok(i) {
            return None;
        }
        if let Some(h) = self.clock_led(i) {
            return Some(h);
        }
        if let Some(h) = self.n_months(i) {
            return Some(h);
        }
        if let Some(a) = self.year4(i) {
            if (1800..=2100).contains(&a)
                && self.punct(i + 1, '-')
                && let Some((e, b)) = self.year_range_tail(i + 1, a)
            {
                let term = self.khoa_before(i);
                return Some(Hit::new(e, Val::YearSpan { a, b, term }));
            }
            return self
                .bare_year_ok(i, a)
                .then_some(Hit::new(i + 1, Val::Year(a)));
        }
        let (e, ymd, sep) = self.day_core(i)?;
        let ok =
            ymd.y.is_some() || (sep != ' ' && self.bare_dm_ok(i, e, ymd, sep));
        ok.then(|| self.finish_day(e, ymd, None))
    }
}

/// The hour of "3 giờ chiều" on a 24-hour clock.
fn afternoon(h: u32, part: &str) -> u32 {
    match part {
        "afternoon" | "evening" if h < 12 => h + 12,
        "night" if (6..12).contains(&h) => h + 12,
        "noon" if h < 3 => h + 12,
        _ => h,
    }
}

/// `a` can open a range that `b` closes. Two full dates on the same day
/// of the year ("(12/7/1907 - 12/7/2017)") are an anniversary: two dates.
fn ordered(a: Ymd, b: Ymd) -> bool {
    match (a.y, b.y) {
        (Some(ya), Some(yb)) => {
            (ya, a.m, a.d) < (yb, b.m, b.d) && (a.m, a.d) != (b.m, b.d)
        }
        _ => (a.m, a.d) != (b.m, b.d),
    }
}

// ---------------------------------------------------------------------
// Calendar

fn leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y.is_none_or(leap) => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(d: Ymd) -> bool {
    (1..=12).contains(&d.m) && d.d >= 1 && d.d <= days_in_month(d.y, d.m)
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy =
        (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `z` days after 1970-01-01.
fn civil(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

/// `YYYY-MM-DD`, a real date.
fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let part = |r: Range<usize>| -> Option<u32> {
        let p = &s[r];
        p.bytes().all(|c| c.is_ascii_digit()).then(|| p.parse().ok())?
    };
    let (y, m, d) = (part(0..4)? as i32, part(5..7)?, part(8..10)?);
    valid(Ymd { y: Some(y), m, d }).then_some((y, m, d))
}

// ---------------------------------------------------------------------
// Resolution

/// What completes partial dates.
#[derive(Debug, Clone, Copy)]
enum Ref {
    Day(i32, u32, u32),
    Year(i32),
    None,
}

impl Ref {
    fn year(self) -> Option<i32> {
        match self {
            Ref::Day(y, ..) | Ref::Year(y) => Some(y),
            Ref::None => None,
        }
    }
}

/// The reference of a text without a document date (see the module
/// docs).
fn infer(raws: &[Raw]) -> Ref {
    let full = |r: &Raw| match r.val {
        Val::Day(Ymd { y: Some(y), m, d })
        | Val::DaySpan(_, Ymd { y: Some(y), m, d }) => Some((y, m, d)),
        _ => None,
    };
    if let Some((y, m, d)) = raws
        .iter()
        .filter(|r| r.norm.start < DATELINE || r.opens)
        .find_map(full)
    {
        return Ref::Day(y, m, d);
    }
    // The latest year the text states as such; a year after "đến",
    // "tới", "trước", "sau", "vào", "từ", "sang", "phấn đấu", "kế hoạch",
    // "mục tiêu", "tầm nhìn", "dự kiến" is a target or a bound, and counts
    // only as a day ("trước ngày 15/7/2017") when nothing else does.
    let mut latest: Option<i32> = None;
    let mut bound: Option<i32> = None;
    for r in raws {
        let (y, day) = match r.val {
            Val::Day(Ymd { y: Some(y), .. })
            | Val::DaySpan(_, Ymd { y: Some(y), .. }) => (y, true),
            Val::Year(y)
            | Val::Month { y: Some(y), .. }
            | Val::Quarter { y: Some(y), .. }
            | Val::Half { y: Some(y), .. }
            | Val::MonthSpan { y: Some(y), .. }
            | Val::MonthRange { b: (y, _), .. } => (y, false),
            _ => continue,
        };
        if !(1900..=2100).contains(&y) {
            continue;
        }
        let target = matches!(
            r.lead,
            Kw::Den
                | Kw::Next
                | Kw::Before
                | Kw::After
                | Kw::Vao
                | Kw::Tu
                | Kw::Plan
        );
        if !target {
            latest = latest.max(Some(y));
        } else if day {
            bound = bound.max(Some(y));
        }
    }
    latest.or(bound).map_or(Ref::None, Ref::Year)
}

/// The year of a day and month: nearest the reference.
fn day_year(a: Ymd, r: Ref) -> Option<i32> {
    if a.y.is_some() {
        return a.y;
    }
    match r {
        Ref::Day(ry, rm, rd) => {
            let at = days(ry, rm, rd);
            (ry - 1..=ry + 1)
                .filter(|&y| valid(Ymd { y: Some(y), ..a }))
                .min_by_key(|&y| ((days(y, a.m, a.d) - at).abs(), y != ry))
        }
        Ref::Year(y) => valid(Ymd { y: Some(y), ..a }).then_some(y),
        Ref::None => None,
    }
}

/// The year of a period of months `a..=b`: nearest the reference, the
/// reference year preferred by [`BIAS_DAYS`].
fn period_year(a: u32, b: u32, r: Ref) -> Option<i32> {
    match r {
        Ref::Day(ry, rm, rd) => {
            let at = days(ry, rm, rd);
            (ry - 1..=ry + 1).min_by_key(|&y| {
                let start = days(y, a, 1);
                let end = days(y, b, days_in_month(Some(y), b));
                let dist = if at < start {
                    start - at
                } else if at > end {
                    at - end
                } else {
                    0
                };
                dist - if y == ry { BIAS_DAYS } else { 0 }
            })
        }
        Ref::Year(y) => Some(y),
        Ref::None => None,
    }
}

fn push_day(out: &mut String, y: Option<i32>, m: u32, d: u32) {
    let _ = match y {
        Some(y) => write!(out, "{y:04}-{m:02}-{d:02}"),
        None => write!(out, "--{m:02}-{d:02}"),
    };
}

fn value(
    v: Val,
    r: Ref,
    doc: Option<(i32, u32, u32)>,
) -> Option<(&'static str, String)> {
    let mut s = String::with_capacity(21);
    let kind = match v {
        Val::Day(a) => {
            push_day(&mut s, day_year(a, r), a.m, a.d);
            "date"
        }
        Val::DaySpan(a, b) => {
            let yb = match (a.y, b.y) {
                (_, Some(y)) => Some(y),
                // "từ 28/12/2022 đến 5/1": the year that follows `a`.
                (Some(ya), None) => {
                    Some(if (b.m, b.d) < (a.m, a.d) { ya + 1 } else { ya })
                }
                (None, None) => day_year(b, r),
            };
            let ya = a.y.or_else(|| {
                yb.map(|y| if (a.m, a.d) > (b.m, b.d) { y - 1 } else { y })
            });
            push_day(&mut s, ya, a.m, a.d);
            s.push('/');
            push_day(&mut s, yb, b.m, b.d);
            "range"
        }
        Val::Month { y, m, dir } => {
            let y = y.or_else(|| match (r, dir) {
                (Ref::Day(ry, rm, _), Dir::Forward) => {
                    Some(if m >= rm { ry } else { ry + 1 })
                }
                (Ref::Day(ry, rm, _), Dir::Back) => {
                    Some(if m <= rm { ry } else { ry - 1 })
                }
                _ => period_year(m, m, r),
            });
            let _ = match y {
                Some(y) => write!(s, "{y:04}-{m:02}"),
                None => write!(s, "--{m:02}"),
            };
            "month"
        }
        Val::Year(y) => {
            let _ = write!(s, "{y:04}");
            "year"
        }
        Val::YearSpan { a, b, term } => {
            let _ = write!(s, "{a:04}/{b:04}");
            if term { "term" } else { "range" }
        }
        Val::Quarter { y, q } => {
            let y = y.or_else(|| period_year(3 * q - 2, 3 * q, r))?;
            let _ = write!(s, "{y:04}-Q{q}");
            "quarter"
        }
        Val::Half { y, h } => {
            let y = y.or(r.year())?;
            let _ = write!(s, "{y:04}-H{h}");
            "half"
        }
        Val::MonthSpan { y, a, b } => {
            let y = y.or(r.year())?;
            let _ = write!(s, "{y:04}-{a:02}/{y:04}-{b:02}");
            "range"
        }
        Val::MonthRange { a: (ya, a), b: (yb, b) } => {
            let _ = write!(s, "{ya:04}-{a:02}/{yb:04}-{b:02}");
            "range"
        }
        Val::RelDay(k) => {
            let (y, m, d) = doc?;
            let (y, m, d) = civil(days(y, m, d) + k);
            push_day(&mut s, Some(y), m, d);
            "date"
        }
        Val::RelMonth(k) => {
            let (y, m, _) = doc?;
            let t = y * 12 + m as i32 - 1 + k;
            let _ = write!(
                s,
                "{:04}-{:02}",
                t.div_euclid(12),
                t.rem_euclid(12) + 1
            );
            "month"
        }
        Val::RelYear(k) => {
            let _ = write!(s, "{:04}", doc?.0 + k);
            "year"
        }
        Val::RelQuarter(k) => {
            let (y, m, _) = doc?;
            let t = y * 4 + (m as i32 - 1) / 3 + k;
            let _ =
                write!(s, "{:04}-Q{}", t.div_euclid(4), t.rem_euclid(4) + 1);
            "quarter"
        }
        Val::Weekday { wd, week } => {
            let (y, m, d) = doc?;
            let today = days(y, m, d);
            let dow = (today + 3).rem_euclid(7); // 1970-01-01 was a Thursday
            let wd = i64::from(wd);
            let monday = today - dow;
            let z = match week {
                Week::This => monday + wd,
                Week::Next => monday + 7 + wd,
                Week::Last => monday - 7 + wd,
                Week::NextOne => today + 1 + (wd - dow - 1).rem_euclid(7),
                Week::LastOne => today - 1 - (dow - wd - 1).rem_euclid(7),
            };
            let (y, m, d) = civil(z);
            push_day(&mut s, Some(y), m, d);
            "date"
        }
    };
    Some((kind, s))
}

fn resolve(raws: Vec<Raw>, doc: Option<(i32, u32, u32)>) -> Vec<DateMatch> {
    let r = match doc {
        Some((y, m, d)) => Ref::Day(y, m, d),
        None => infer(&raws),
    };
    raws.into_iter()
        .filter_map(|raw| {
            if raw.rel && doc.is_none() {
                return None;
            }
            // A deadline without its year is the coming one: "hoàn thành
            // trước ngày 31/12" in an article of June is of that year, and
            // "trước ngày 30/6" in one of December of the next.
            let val = match (raw.val, raw.lead, r) {
                (
                    Val::Day(a @ Ymd { y: None, .. }),
                    Kw::Before,
                    Ref::Day(ry, rm, rd),
                ) => {
                    let at = days(ry, rm, rd);
                    let y = (ry..=ry + 1).find(|&y| {
                        valid(Ymd { y: Some(y), ..a })
                            && days(y, a.m, a.d) >= at
                    });
                    Val::Day(Ymd { y: y.or(a.y), ..a })
                }
                (val, ..) => val,
            };
            let (kind, value) = value(val, r, doc)?;
            Some(DateMatch {
                norm: raw.norm,
                kind,
                value,
                time: raw.time.map(Time::render),
                relative: raw.rel,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// `(kind, value, time)`.
    type Want = (&'static str, &'static str, Option<&'static str>);

    const JUN30: Option<&str> = Some("2017-06-30");
    const FEB02: Option<&str> = Some("2017-02-02");
    const DEC28: Option<&str> = Some("2022-12-28");

    /// `(input, document date, what is found)`: the shapes news writes,
    /// most of them from the dev corpus, and what must not be a date.
    #[rustfmt::skip]
    const CASES: &[(&str, Option<&str>, &[Want])] = &[
        // Full dates.
        ("Đến hết ngày 31/12/2016, tổng nguồn vốn đạt", None, &[("date", "2016-12-31", None)]),
        ("Đến ngày 31-12-2016, NHTMCPĐN đã huy động", None, &[("date", "2016-12-31", None)]),
        ("số 582/CNNg-KTM ngày 22.12.1992 do Bộ Công nghiệp", None, &[("date", "1992-12-22", None)]),
        ("ngày 28 tháng 12 năm 2022", None, &[("date", "2022-12-28", None)]),
        ("hoàn thành việc này vào 30/6/2017. Tại hội nghị", None, &[("date", "2017-06-30", None)]),
        ("Ngày 9/1/2017, tại buổi làm việc", None, &[("date", "2017-01-09", None)]),
        ("giải ngân đến ngày 31/01/2016 là 292.746,3 tỷ đồng", None, &[("date", "2016-01-31", None)]),
        ("Nghị quyết số 60/NQ-CP ngày 8/7/2016 về các nhiệm vụ", None, &[("date", "2016-07-08", None)]),
        ("Nghị định 205/2013/NĐ-CP ngày 06/12/2013 về Điều lệ", None, &[("date", "2013-12-06", None)]),
        ("3/9/91", FEB02, &[("date", "1991-09-03", None)]),
        ("3/3/17", FEB02, &[("date", "2017-03-03", None)]),
        ("ngày 29/2/2023", None, &[]),
        // Months.
        ("phiên họp thường kỳ tháng 6/2017 với lãnh đạo", None, &[("month", "2017-06", None)]),
        ("Chính phủ thường kỳ tháng 4-2017 và trong", None, &[("month", "2017-04", None)]),
        ("trường xảy ra cuối tháng 12-2016. Theo", None, &[("month", "2016-12", None)]),
        ("tháng 6 năm 2023", None, &[("month", "2023-06", None)]),
        ("tháng mười năm 2017", None, &[("month", "2017-10", None)]),
        ("cổ phần lâm nghiệp tháng Năm tại huyện", JUN30, &[("month", "2017-05", None)]),
        ("Chính phủ thường kỳ tháng 6. Tham gia", JUN30, &[("month", "2017-06", None)]),
        ("dự kiến trong tháng 8 tới sẽ tổ chức", JUN30, &[("month", "2017-08", None)]),
        ("Tới tháng 11, Thủ tướng Chính phủ", Some("2017-02-03"), &[("month", "2016-11", None)]),
        ("tháng 1", None, &[("month", "--01", None)]),
        // Years.
        ("thi đua năm 2023.", None, &[("year", "2023", None)]),
        ("đến năm 2030, tầm nhìn đến năm 2045", None, &[("year", "2030", None), ("year", "2045", None)]),
        ("trong 2023, tỉnh sẽ", None, &[("year", "2023", None)]),
        ("năm 2016 và 2017", None, &[("year", "2016", None), ("year", "2017", None)]),
        ("chỉ tiêu tiếp cận điện năng từ 2013 đến nay", None, &[("year", "2013", None)]),
        // Quarters.
        ("quý I/2023", None, &[("quarter", "2023-Q1", None)]),
        ("quý 2 năm 2024", None, &[("quarter", "2024-Q2", None)]),
        ("Bộ ban hành trong quý IV/2017 này.", None, &[("quarter", "2017-Q4", None)]),
        ("GDP quý 1/2017 chỉ ở mức 5,1%", None, &[("quarter", "2017-Q1", None)]),
        ("quý III", Some("2023-05-10"), &[("quarter", "2023-Q3", None)]),
        ("quý IV", Some("2018-01-15"), &[("quarter", "2017-Q4", None)]),
        ("quý I đạt 5,15%, quý II tăng 6,17%", JUN30, &[("quarter", "2017-Q1", None), ("quarter", "2017-Q2", None)]),
        // Halves and months of a year.
        ("6 tháng đầu năm 2024", None, &[("half", "2024-H1", None)]),
        ("nhiệm vụ 6 tháng cuối năm rất nặng nề", JUN30, &[("half", "2017-H2", None)]),
        ("9 tháng đầu năm 2024", None, &[("range", "2024-01/2024-09", None)]),
        ("khách quốc tế 4 tháng đầu năm 2017 ước đạt", None, &[("range", "2017-01/2017-04", None)]),
        ("9 tháng năm 2024", None, &[("range", "2024-01/2024-09", None)]),
        ("3 tháng cuối năm 2023", None, &[("range", "2023-10/2023-12", None)]),
        ("Chỉ số SXCN 4 tháng tăng 5,1%", JUN30, &[("range", "2017-01/2017-04", None)]),
        ("nửa đầu năm nay", JUN30, &[("half", "2017-H1", None)]),
        ("trong 6 tháng đầu năm nay đã thu hút", JUN30, &[("half", "2017-H1", None)]),
        ("từ tháng 1 đến tháng 6/2017", None, &[("range", "2017-01/2017-06", None)]),
        ("Từ tháng 8/2023 đến tháng 2/2024, các đối tượng", None, &[("range", "2023-08/2024-02", None)]),
        ("Bị can Nguyễn Văn A (SN 1988, trú tại phường Hồng Hà)", None, &[("year", "1988", None)]),
        ("Lê Văn B (SN: 1990)", None, &[("year", "1990", None)]),
        ("mã số SN1988X", None, &[]),
        // A bare day before a day of the same month, in brackets or
        // after "ngày"; months listed.
        ("Hội nghị diễn ra (10 và 11/12/2025).", None, &[("date", "2025-12-10", None), ("date", "2025-12-11", None)]),
        ("Lễ hội diễn ra (từ 3 đến 5/12/2025).", None, &[("range", "2025-12-03/2025-12-05", None)]),
        ("Trong tháng 9 và 10/2025, tỉnh thu 5 tỷ đồng.", None, &[("month", "2025-09", None), ("month", "2025-10", None)]),
        ("Trong tháng 9/2025 và 10 ngày đầu tháng 10", None, &[("month", "2025-09", None), ("month", "2025-10", None)]),
        ("Trần Văn C (SN1979)", None, &[("year", "1979", None)]),
        ("trong 6 tháng còn lại của năm 2017 với", None, &[("half", "2017-H2", None)]),
        ("3 tháng còn lại của năm nay", JUN30, &[("range", "2017-10/2017-12", None)]),
        // Terms and spans of years.
        ("nhiệm kỳ 2020 - 2025", None, &[("term", "2020/2025", None)]),
        ("HĐND TP khóa XV (nhiệm kỳ 2016 - 2021)", None, &[("term", "2016/2021", None)]),
        ("Quốc hội khóa XV (2021-2026)", None, &[("term", "2021/2026", None)]),
        ("giai đoạn 2021-2025", None, &[("range", "2021/2025", None)]),
        ("đầu tư công giai đoạn 2016- 2020. Đối với", None, &[("range", "2016/2020", None)]),
        ("kế hoạch 5 năm 2016-2020", None, &[("range", "2016/2020", None)]),
        ("từ năm 2017 đến năm 2020", None, &[("range", "2017/2020", None)]),
        ("2021 - 2025", None, &[("range", "2021/2025", None)]),
        ("năm học 2023-2024", None, &[("range", "2023/2024", None)]),
        // Spans of days.
        ("tỉnh Lào Cai (12/7/1907 - 12/7/2017) và", None, &[("date", "1907-07-12", None), ("date", "2017-07-12", None)]),
        ("từ 1/10/2016 - 30/6/2017", None, &[("range", "2016-10-01/2017-06-30", None)]),
        ("từ ngày 1/7 đến ngày 15/7", Some("2023-06-20"), &[("range", "2023-07-01/2023-07-15", None)]),
        ("Trong 2 ngày 14 -15/5, Tổng Bí thư", Some("2017-05-16"), &[("range", "2017-05-14/2017-05-15", None)]),
        ("tính từ ngày 1/10/2016 đến 30/6/2017, các", None, &[("range", "2016-10-01/2017-06-30", None)]),
        ("từ 28/12 đến 2/1/2023", None, &[("range", "2022-12-28/2023-01-02", None)]),
        // Ends of different precision, or with times of day.
        ("từ năm 2011 đến 30/6/2017, tỉnh đã", None, &[("range", "2011/2017-06-30", None)]),
        ("Từ đầu năm 2023 đến ngày 1/10/2023, toàn tỉnh", None, &[("range", "2023/2023-10-01", None)]),
        ("Từ năm 2017 đến tháng 6/2022, các bị cáo", None, &[("range", "2017/2022-06", None)]),
        ("Mưa lớn từ 19h ngày 8/9 đến 7h ngày 9/9.", Some("2023-09-10"), &[("range", "2023-09-08/2023-09-09", None)]),
        ("Nộp hồ sơ từ ngày 1/7 đến 17 giờ ngày 15/7.", Some("2024-06-20"), &[("range", "2024-07-01/2024-07-15", None)]),
        // Not a range: no "từ", or the ends out of order.
        ("Năm 2017 đến tháng 6/2022 là", None, &[("year", "2017", None), ("month", "2022-06", None)]),
        ("từ tháng 6/2022 đến năm 2017", None, &[("month", "2022-06", None), ("year", "2017", None)]),
        // Days without a year.
        ("Sáng 28-12, UBND tỉnh", DEC28, &[("date", "2022-12-28", Some("morning"))]),
        ("Chiều tối 22-5, tại trụ sở", JUN30, &[("date", "2017-05-22", Some("evening"))]),
        ("Công đoàn TP.HCM chiều 10.2.", Some("2017-02-11"), &[("date", "2017-02-10", Some("afternoon"))]),
        ("Sáng nay (3/7), tại Trụ sở", Some("2017-07-03"), &[("date", "2017-07-03", Some("morning"))]),
        ("Hôm nay 29-5, Phó Thủ tướng", Some("2017-05-29"), &[("date", "2017-05-29", None)]),
        ("Ngày 6-2, UBND tỉnh", Some("2017-02-07"), &[("date", "2017-02-06", None)]),
        ("ngày 28-12", Some("2023-01-03"), &[("date", "2022-12-28", None)]),
        ("ngày 5/7", None, &[("date", "--07-05", None)]),
        ("Trong hai ngày 30/6 và 1/7, Tỉnh ủy", JUN30, &[("date", "2017-06-30", None), ("date", "2017-07-01", None)]),
        ("báo cáo Thủ tướng trước 30/7. Trường hợp", JUN30, &[("date", "2017-07-30", None)]),
        ("Từ 1/7, lương cơ sở tăng", JUN30, &[("date", "2017-07-01", None)]),
        ("07/03", FEB02, &[("date", "2017-03-07", None)]),
        ("ngày mồng 3 tháng 3", FEB02, &[("date", "2017-03-03", None)]),
        ("thứ Hai (6/2)", FEB02, &[("date", "2017-02-06", None)]),
        ("Ngày 15.5, UBND tỉnh Quảng Nam", Some("2017-05-20"), &[("date", "2017-05-15", None)]),
        // Times of day.
        ("8 giờ 30 ngày 28-12", DEC28, &[("date", "2022-12-28", Some("08:30"))]),
        ("8h30 ngày 28/12/2022", None, &[("date", "2022-12-28", Some("08:30"))]),
        ("ngày 5/7 lúc 14h", JUN30, &[("date", "2017-07-05", Some("14:00"))]),
        ("15 giờ chiều 28/12", DEC28, &[("date", "2022-12-28", Some("15:00"))]),
        ("3 giờ chiều ngày 28/12/2022", None, &[("date", "2022-12-28", Some("15:00"))]),
        ("trưa 5/7", JUN30, &[("date", "2017-07-05", Some("noon"))]),
        ("đêm 5/7", JUN30, &[("date", "2017-07-05", Some("night"))]),
        // Relative to the document date.
        ("năm nay", JUN30, &[("year", "2017", None)]),
        ("tăng 9,3% so với cùng kỳ năm trước", JUN30, &[("year", "2016", None)]),
        ("tăng 6,5% so với tháng trước", JUN30, &[("month", "2017-05", None)]),
        ("năm ngoái", FEB02, &[("year", "2016", None)]),
        ("mùa khô năm tới", JUN30, &[("year", "2018", None)]),
        ("hôm qua", JUN30, &[("date", "2017-06-29", None)]),
        // A trading session's day.
        ("Trong phiên 13/10, khối ngoại bán ròng", JUN30, &[("date", "2017-10-13", None)]),
        ("Kết thúc phiên giao dịch 20-6, VN-Index", JUN30, &[("date", "2017-06-20", None)]),
        ("Dịp lễ 30/4 và 1/5, lượng khách tăng", JUN30, &[("date", "2017-04-30", None), ("date", "2017-05-01", None)]),
        // The months so far, opening a report's sentence.
        ("Trong 5 tháng, thu ngân sách đạt", JUN30, &[("range", "2017-01/2017-05", None)]),
        ("Chiều nay, sau khi nghe", JUN30, &[("date", "2017-06-30", Some("afternoon"))]),
        ("thứ năm tuần tới", FEB02, &[("date", "2017-02-09", None)]),
        ("quý tới", JUN30, &[("quarter", "2017-Q3", None)]),
        ("Quý I năm nay GRDP tăng", JUN30, &[("quarter", "2017-Q1", None)]),
        ("tháng 12 năm ngoái", JUN30, &[("month", "2016-12", None)]),
        ("Quý I năm nay GRDP tăng", None, &[]),
        // Not dates.
        ("năm nay", None, &[]),
        ("Nghị định 30/2020/NĐ-CP", None, &[]),
        ("kiểm soát dịch COVID-19 và", None, &[]),
        ("tỷ số 3-1", None, &[]),
        ("giảm còn 1/2", None, &[]),
        ("11 vạn tấn lương thực (1/3 tổng sản lượng", None, &[]),
        ("8/9 khu dân cư đạt danh hiệu", None, &[]),
        ("thương binh 2/4, trú tại tổ 29", None, &[]),
        ("năm 2013 đứng thứ 15/63", None, &[("year", "2013", None)]),
        ("đều được 65/67 phiếu", None, &[]),
        ("SĐT: 0912.345.678", None, &[]),
        ("phiên bản 1.2.3", None, &[]),
        ("giá tôm giảm 15-20%", None, &[]),
        ("giá nhà còn 5-6 triệu/m2", None, &[]),
        ("hơn mức bình quân (12,5-13%)", None, &[]),
        ("ông Phạm Sỹ Quý - Giám đốc Sở", None, &[]),
        ("quý sau đạt cao hơn quý trước", JUN30, &[]),
        ("nợ vay của 10 năm trước", JUN30, &[]),
        ("lạm phát trong những năm sau", JUN30, &[]),
        ("tăng 7% so với năm trước đó", JUN30, &[]),
        ("kỳ họp thứ 3, Quốc hội khóa XIV", JUN30, &[]),
        ("sau 3 tháng triển khai đạt 352 tỷ đồng", JUN30, &[]),
        ("giai đoạn 2 là 8.582 tỷ đồng", None, &[]),
        ("Đã hơn 1 tháng, hiện tượng", JUN30, &[]),
        ("Những tháng tới, Phó Thủ tướng", JUN30, &[]),
        ("đạt chuẩn ISO 9001:2015", None, &[]),
        ("Văn bản số 2045/BCT-TCCB", None, &[]),
        ("tối 3-4 giờ", JUN30, &[]),
        ("Doanh nghiệp và Nhà đầu tư Xuân Đinh Dậu 2017", None, &[]),
        ("trong 2000 năm lịch sử", None, &[]),
        ("thứ hai là", JUN30, &[]),
        // The reference inferred from the text.
        ("Ngày 9/1/2017, tại buổi làm việc. Ngày 29/4, Văn phòng", None, &[("date", "2017-01-09", None), ("date", "2017-04-29", None)]),
        ("Năm 2016 tăng trưởng khá. Sáng 6-2, UBND tỉnh", None, &[("year", "2016", None), ("date", "2016-02-06", Some("morning"))]),
        ("Sáng 6-2, bàn kế hoạch đến năm 2020", None, &[("date", "--02-06", Some("morning")), ("year", "2020", None)]),
        ("Ngày 7/7, tỉnh chi trả trước ngày 15/7/2017.", None, &[("date", "2017-07-07", None), ("date", "2017-07-15", None)]),
        // Days listed span from the first to the last.
        // A deadline without its year is the coming one.
        ("Dự án phải hoàn thành trước ngày 31/12.", Some("2025-06-24"), &[("date", "2025-12-31", None)]),
        ("Dự án phải hoàn thành trước ngày 30/6.", Some("2024-12-10"), &[("date", "2025-06-30", None)]),
        ("Ngày 31/12, tỉnh tổng kết.", Some("2025-05-10"), &[("date", "2024-12-31", None)]),
        // Days listed are dates each.
        ("Ngày 14 và 15/5/2024, hội nghị diễn ra.", None, &[("date", "2024-05-14", None), ("date", "2024-05-15", None)]),
        ("các ngày 10, 11 và 12/6/2024", None, &[("date", "2024-06-10", None), ("date", "2024-06-11", None), ("date", "2024-06-12", None)]),
        ("ngày 2 và 3 tháng 6 năm 2024", None, &[("date", "2024-06-02", None), ("date", "2024-06-03", None)]),
        // Not in order: no list.
        ("ngày 15 và 14/5/2024", None, &[("date", "2024-05-14", None)]),
    ];

    #[test]
    fn table() {
        let mut bad = Vec::new();
        for &(input, doc, want) in CASES {
            let got: Vec<(&str, String, Option<String>)> = find(input, doc)
                .into_iter()
                .map(|d| (d.kind, d.value, d.time))
                .collect();
            let want: Vec<(&str, String, Option<String>)> = want
                .iter()
                .map(|&(k, v, t)| (k, v.to_string(), t.map(String::from)))
                .collect();
            if got != want {
                bad.push(format!(
                    "{input:?} ({doc:?}): want {want:?}, got {got:?}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} of {} cases fail:\n{}",
            bad.len(),
            CASES.len(),
            bad.join("\n")
        );
    }

    /// `(input, document date, the text of each date)`.
    #[rustfmt::skip]
    const SPANS: &[(&str, Option<&str>, &[&str])] = &[
        ("Sáng 28-12, UBND tỉnh", DEC28, &["Sáng 28-12"]),
        ("phong trào thi đua năm 2023.", None, &["năm 2023"]),
        ("nhiệm kỳ 2020 - 2025 và", None, &["nhiệm kỳ 2020 - 2025"]),
        ("giai đoạn 2021 - 2025", None, &["giai đoạn 2021 - 2025"]),
        ("Quốc hội khóa XV (2021-2026)", None, &["2021-2026"]),
        ("Sáng nay (3/7), tại", JUN30, &["Sáng nay (3/7)"]),
        ("thứ Hai (6/2), đoàn", FEB02, &["thứ Hai (6/2)"]),
        ("lúc 8 giờ 30 ngày 28-12", DEC28, &["8 giờ 30 ngày 28-12"]),
        ("ngày 5/7 lúc 14h30, tại", JUN30, &["ngày 5/7 lúc 14h30"]),
        ("quý I/2023 đạt", None, &["quý I/2023"]),
        ("6 tháng đầu năm 2024, tỉnh", None, &["6 tháng đầu năm 2024"]),
        ("Chỉ số 4 tháng tăng", JUN30, &["4 tháng"]),
        ("so với cùng kỳ năm trước)", JUN30, &["cùng kỳ năm trước"]),
        ("Trong hai ngày 30/6 và 1/7", JUN30, &["ngày 30/6", "1/7"]),
        ("ngày 14 -15/5,", JUN30, &["ngày 14 -15/5"]),
    ];

    #[test]
    fn spans() {
        for &(input, doc, want) in SPANS {
            let got: Vec<&str> = find(input, doc)
                .iter()
                .map(|d| &input[d.norm.clone()])
                .collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn relative_flag() {
        let d = find("năm nay và năm 2016", JUN30);
        assert_eq!(
            d.iter().map(|d| d.relative).collect::<Vec<_>>(),
            [true, false]
        );
    }

    #[test]
    fn calendar() {
        for z in [-800_000, -1, 0, 1, 17_199, 2_932_896] {
            let (y, m, d) = civil(z);
            assert_eq!(days(y, m, d), z);
        }
        assert_eq!(days(2017, 2, 2), 17_199);
        assert_eq!(parse_iso("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso("2023-02-29"), None);
        assert_eq!(parse_iso("2023-2-1"), None);
    }

    const PIECES: &[&str] = &[
        "ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "Sáng ",
        "chiều ",
        "thứ ",
        "hai ",
        "hôm ",
        "nay",
        "qua ",
        "tới ",
        "trước",
        "nhiệm kỳ ",
        "giai đoạn ",
        "6 tháng đầu năm ",
        "cùng kỳ ",
        "lúc ",
        "giờ ",
        "h",
        "từ ",
        "đến ",
        " ",
        " ",
        "\n",
        "/",
        "-",
        ".",
        ",",
        "(",
        ")",
        ":",
        "1",
        "12",
        "28",
        "30",
        "2023",
        "07",
        "I",
        "IV",
        "XV",
        "khóa ",
        "Đ",
        "ệ",
        "😀",
        "%",
        "Covid",
        "NĐ-CP",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..30)
            .prop_map(|v| v.concat())
    }

    fn doc_date() -> impl Strategy<Value = Option<String>> {
        prop::option::of(
            (1990i32..2030, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn ranges_are_char_ranges(
            s in prop_oneof![text(), any::<String>()],
            doc in doc_date(),
        ) {
            let mut last = 0;
            for d in find(&s, doc.as_deref()) {
                let r = d.norm;
                prop_assert!(r.start < r.end && r.end <= s.len(), "{r:?}");
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                prop_assert!(r.start >= last, "overlap at {r:?}");
                last = r.end;
                prop_assert!(!d.value.is_empty());
            }
        }

        #[test]
        fn written_dates_read_back(
            y in 1900i32..=2100,
            m in 1u32..=12,
            d in 1u32..=28,
            form in 0usize..5,
            before in prop::sample::select(&["", "Hội nghị diễn ra ", "Tính đến ", "Từ ", "(", "Sáng ", "trước "][..]),
            after in prop::sample::select(&["", ", UBND tỉnh họp.", ".", ")", " tại Hà Nội", " và"][..]),
            doc in doc_date(),
        ) {
            let date = match form {
                0 => format!("{d}/{m}/{y}"),
                1 => format!("{d:02}/{m:02}/{y}"),
                2 => format!("ngày {d} tháng {m} năm {y}"),
                3 => format!("{d}-{m}-{y}"),
                _ => format!("ngày {d}.{m}.{y}"),
            };
            let text = format!("{before}{date}{after}");
            let found = find(&text, doc.as_deref());
            let want = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
            prop_assert_eq!(found[0].kind, "date");
            prop_assert_eq!(&found[0].value, &want, "{:?}", text);
        }
    }

    /// The tokens as the grammar first read them: char by char, every
    /// word lower-cased and looked up in [`KEYWORDS`].
    fn tokens_by_chars(text: &str) -> Vec<Tok> {
        let kw = |w: &str| {
            let l: String = w.chars().map(lower).collect();
            let found = KEYWORDS.iter().find(|&&(k, _)| k == l);
            match found {
                Some(&(_, kw)) if w.len() <= 8 => kw,
                _ => Kw::None,
            }
        };
        let mut toks = Vec::new();
        let (mut space, mut line) = (true, true);
        let mut it = text.char_indices().peekable();
        while let Some((start, c)) = it.next() {
            if c.is_whitespace() {
                space = true;
                line |= c == '\n' || c == '\r';
                continue;
            }
            let digit = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            let t = if digit || is_letter(c) {
                while let Some(&(p, d)) = it.peek() {
                    let same =
                        if digit { d.is_ascii_digit() } else { is_letter(d) };
                    if !same {
                        break;
                    }
                    end = p + d.len_utf8();
                    it.next();
                }
                if digit { T::Num } else { T::Word(kw(&text[start..end])) }
            } else {
                T::Punct(c)
            };
            let upper = matches!(t, T::Word(_)) && lower(c) != c;
            toks.push(Tok { start, end, t, space, line, upper });
            space = false;
            line = false;
        }
        toks
    }

    fn same_tokens(text: &str) -> Result<(), String> {
        let fast = tokenize(text);
        let slow = tokens_by_chars(text);
        let key = |t: &Tok| (t.start, t.end, t.t, t.space, t.line, t.upper);
        let fast: Vec<_> = fast.iter().map(key).collect();
        let slow: Vec<_> = slow.iter().map(key).collect();
        if fast == slow {
            Ok(())
        } else {
            Err(format!("{text:?}:\n{fast:?}\n{slow:?}"))
        }
    }

    #[test]
    fn tokens_as_by_chars() {
        // Every keyword in every case, glued to letters, digits, marks.
        for &(w, _) in KEYWORDS {
            let title: String = w
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_uppercase().next().unwrap_or(c)
                    } else {
                        c
                    }
                })
                .collect();
            for v in [w.to_string(), w.to_uppercase(), title] {
                for around in
                    ["", " ", "x", "1", "ệ", "Đ", "\u{301}", "K", "-"]
                {
                    same_tokens(&format!("{around}{v}{around}")).unwrap();
                    same_tokens(&format!("{v}{around}")).unwrap();
                }
            }
        }
        // Whitespace, the ASCII controls and chars past ASCII.
        let odd: String = (0u32..0x80)
            .chain([0x85, 0xa0, 0xd7, 0xf7, 0x130, 0x1e9e, 0x2000, 0x2028])
            .chain([0x212a, 0x2126, 0x3000, 0x1f600])
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'a', c, 'Đ', c, '7'])
            .collect();
        same_tokens(&odd).unwrap();
        // The samples, as they are and in capitals.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
        for e in std::fs::read_dir(dir).unwrap() {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            same_tokens(&text).unwrap();
            same_tokens(&text.to_uppercase()).unwrap();
        }
    }

    proptest! {
        #[test]
        fn tokens_as_by_chars_anywhere(
            s in prop_oneof![text(), any::<String>()],
        ) {
            prop_assert!(same_tokens(&s).is_ok(), "{}", same_tokens(&s).unwrap_err());
        }
    }
}
