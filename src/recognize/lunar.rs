//! Dates of the Vietnamese lunar calendar, and the solar dates they fall
//! on.
//!
//! News gives festivals and anniversaries by the lunar calendar: "mùng 1
//! Tết", "30 Tết", "Rằm tháng Giêng", "ngày 10 tháng 3 âm lịch", "Sáng 9/5
//! (tức ngày 2 tháng 4 năm Giáp Thìn)". [`find`] reads them and gives the solar date as the value, so that they sort and
//! join with the other dates; a lunar day and month read as solar ones
//! would be months off.
//!
//! The calendar is computed, not tabled: a lunar month starts on the day
//! (at the meridian of UTC+7, the Vietnamese calendar's) of a new moon;
//! month 11 holds the winter solstice; a year of thirteen months repeats
//! the first month that holds no major solar term. New moons and the sun's
//! longitude come from the series of the astronomical almanacs (J. Meeus,
//! *Astronomical Algorithms*), exact to well under a day over 1900–2100.
//! Vietnam's calendar differs from China's where a new moon falls between
//! 16:00 and 17:00 UTC (1985 kept Tết on 21 January, China on 20
//! February).

use std::f64::consts::PI;
use std::sync::LazyLock;

use regex::Regex;

use super::date::DateMatch;

/// Hours east of UTC of the calendar's meridian.
const ZONE: f64 = 7.0;

/// The Julian day number of a Gregorian date.
fn julian_day(y: i32, m: u32, d: u32) -> i64 {
    let a = (14 - i64::from(m)) / 12;
    let y = i64::from(y) + 4800 - a;
    let m = i64::from(m) + 12 * a - 3;
    i64::from(d) + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400
        - 32045
}

/// The Gregorian date of a Julian day number.
fn from_julian_day(jd: i64) -> (i32, u32, u32) {
    let a = jd + 32044;
    let b = (4 * a + 3) / 146_097;
    let c = a - b * 146_097 / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = b * 100 + d - 4800 + m / 10;
    (year as i32, month as u32, day as u32)
}

/// The instant (Julian date, UT) of the `k`-th new moon after that of
/// 1900-01-01.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2
        - 0.000_000_155 * t3;
    jd += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    // The sun's and the moon's mean anomalies and the moon's argument of
    // latitude.
    let m =
        (359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3)
            * dr;
    let mp =
        (306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3)
            * dr;
    let f =
        (21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3)
            * dr;
    let c = (0.1734 - 0.000_393 * t) * m.sin() + 0.0021 * (2.0 * m).sin()
        - 0.4068 * mp.sin()
        + 0.0161 * (2.0 * mp).sin()
        - 0.0004 * (3.0 * mp).sin()
        + 0.0104 * (2.0 * f).sin()
        - 0.0051 * (m + mp).sin()
        - 0.0074 * (m - mp).sin()
        + 0.0004 * (2.0 * f + m).sin()
        - 0.0004 * (2.0 * f - m).sin()
        - 0.0006 * (2.0 * f + mp).sin()
        + 0.0010 * (2.0 * f - mp).sin()
        + 0.0005 * (2.0 * mp + m).sin();
    // Dynamical time to universal time.
    let delta = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2
            - 0.000_008_45 * t3
            - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd + c - delta
}

/// The local day number on which the `k`-th new moon falls.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + ZONE / 24.0).floor() as i64
}

/// The sun's apparent longitude, in thirtieths of the circle (0 … 11),
/// at the local midnight that starts day number `jd`.
fn sun_sector(jd: i64) -> i64 {
    let t = (jd as f64 - 0.5 - ZONE / 24.0 - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t
        - 0.000_155_9 * t2
        - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin()
        + (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin()
        + 0.000_290 * (dr * 3.0 * m).sin();
    let l = ((l0 + dl) * dr).rem_euclid(2.0 * PI);
    (l / PI * 6.0).floor() as i64
}

/// Mean length of a lunation, in days.
const LUNATION: f64 = 29.530_588_853;
/// The day of the new moon the lunations are counted from.
const EPOCH: f64 = 2_415_021.076_998_695;

/// The day number that starts lunar month 11 of (solar) year `y`: the
/// month that holds the winter solstice.
fn month_11(y: i32) -> i64 {
    let off = julian_day(y, 12, 31) - 2_415_021;
    let k = (off as f64 / LUNATION).floor() as i64;
    let nm = new_moon_day(k);
    if sun_sector(nm) >= 9 { new_moon_day(k - 1) } else { nm }
}

/// Which month after month 11 (starting at `a11`) is the leap one, in a
/// year of thirteen months: the first that holds no major solar term.
fn leap_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - EPOCH) / LUNATION + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The solar date of lunar day `day` of month `month` (1 … 12; `leap` for
/// the repeated month) of lunar year `year`; `None` where the month has no
/// such day or no such leap month.
pub fn to_solar(
    day: u32,
    month: u32,
    year: i32,
    leap: bool,
) -> Option<(i32, u32, u32)> {
    if !(1..=30).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let (a11, b11) = if month < 11 {
        (month_11(year - 1), month_11(year))
    } else {
        (month_11(year), month_11(year + 1))
    };
    let k = (0.5 + (a11 as f64 - EPOCH) / LUNATION).floor() as i64;
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_offset(a11);
        let leap_month = (leap_off - 2).rem_euclid(12);
        if leap && i64::from(month) != leap_month {
            return None;
        }
        if leap || off >= leap_off {
            off += 1;
        }
    } else if leap {
        return None;
    }
    let start = new_moon_day(k + off);
    let next = new_moon_day(k + off + 1);
    let at = start + i64::from(day) - 1;
    (at < next).then(|| from_julian_day(at))
}

/// The year's stems and branches: 2024 is Giáp Thìn.
const STEMS: [&str; 10] =
    ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const BRANCHES: [&str; 12] = [
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
    "Tuất", "Hợi",
];

/// The lunar year named by stem and branch ("Giáp Thìn") nearest `near`.
fn sexagenary_year(name: &str, near: i32) -> Option<i32> {
    let mut words = name.split_whitespace();
    let (s, b) = (words.next()?, words.next()?);
    // Compared with their marks ("Tý" and "Tỵ" are two branches), "i"
    // and "y" being one vowel here ("Tị", "Kỉ").
    let key = |w: &str| {
        crate::normalize::lower(w)
            .chars()
            .map(|c| match c {
                'ị' => 'ỵ',
                'ỉ' => 'ỷ',
                c => c,
            })
            .collect::<String>()
    };
    let s = STEMS.iter().position(|x| key(x) == key(s))? as i32;
    let b = BRANCHES.iter().position(|x| key(x) == key(b))? as i32;
    // 1984 was Giáp Tý, the first of the cycle.
    (near - 30..near + 30).find(|y| {
        (y - 1984).rem_euclid(10) == s && (y - 1984).rem_euclid(12) == b
    })
}

/// A lunar month as written: a number, a numeral, "Giêng" (1), "Chạp" (12).
fn month_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let k = crate::normalize::key(s);
    Some(match k.as_str() {
        "gieng" | "mot" => 1,
        "hai" => 2,
        "ba" => 3,
        "tu" | "bon" => 4,
        "nam" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        "muoi" => 10,
        "muoi mot" => 11,
        "chap" | "muoi hai" => 12,
        _ => return None,
    })
}

/// Stems and branches, for the patterns.
const SEXAGENARY: &str = "(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) \
                          (?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)";
const MONTH: &str = "[0-9]{1,2}|[Gg]iêng|[Cc]hạp|[Mm]ười một|[Mm]ười hai|[Mm]ười|\
                     [Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín";

/// The lunar forms, each with named groups: `d` day, `m` month, `y` year
/// (digits), `s` year by stem and branch, `leap` a leap month. `A` is a
/// day and month marked lunar, `B` a full moon ("Rằm tháng Giêng"), `C`
/// the lunar date given again after a solar one ("tức …"), `T` a day of
/// Tết (of month 1, or the last days of month 12 for 23 … 30), `G` a day
/// of the months that only the lunar calendar names, Giêng and Chạp
/// ("mùng 10 tháng Giêng"), and `R` days of such a month, or of one
/// marked lunar, from one to another ("từ mùng 1 đến mùng 9 tháng
/// Giêng", `d1` the first). Tết
/// itself and the festivals ("Tết Nguyên đán Giáp Thìn 2024", "Giỗ Tổ Hùng
/// Vương") name holidays, not days, and are left out.
static PATTERNS: LazyLock<Vec<(char, Regex)>> = LazyLock::new(|| {
    let year = format!(
        "(?:,? (?:năm )?(?:(?P<s>{SEXAGENARY})(?: (?P<y>[0-9]{{4}}))?|(?P<y2>[0-9]{{4}})))?"
    );
    let day_month = format!(
        "(?:[Nn]gày |[Mm]ùng |[Mm]ồng )?(?:mùng |mồng )?(?P<d>[0-9]{{1,2}}|[Rr]ằm)\
         (?: tháng (?P<leap>nhuận )?(?P<m>{MONTH})|/(?P<m2>[0-9]{{1,2}}))"
    );
    let lunar_mark = "(?: ?\\(?(?:âm lịch|Âm lịch|ÂL)\\)?)";
    let days = "[0-9]{1,2}|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu";
    let lunar_month = "(?P<m>[Gg]iêng|[Cc]hạp)";
    let day_of = "(?:(?:[Nn]gày |[Mm]ùng |[Mm]ồng )?(?:mùng |mồng )?)";
    let forms = [
        (
            'R',
            format!(
                "(?:[Tt]ừ |[Kk]éo dài từ )?{day_of}(?P<d1>[0-9]{{1,2}}) (?:đến|tới|-) {day_of}(?P<d>[0-9]{{1,2}}) tháng (?:{lunar_month}|(?P<m2>{MONTH})){year}(?P<mark>{lunar_mark})?"
            ),
        ),
        ('A', format!("{day_month}{year}{lunar_mark}")),
        (
            'G',
            format!(
                "{day_of}(?P<d>[0-9]{{1,2}}) tháng {lunar_month}{year}{lunar_mark}?"
            ),
        ),
        ('B', format!("[Rr]ằm tháng (?P<m>{MONTH}){year}")),
        ('C', format!("tức (?P<w>{day_month}{year}{lunar_mark}?)")),
        (
            'T',
            format!(
                "(?:(?:[Nn]gày |[Mm]ùng |[Mm]ồng )(?P<d>{days})|(?P<d2>2[3-9]|30)) Tết(?: (?P<s>{SEXAGENARY}))?(?: (?P<y>[0-9]{{4}}))?"
            ),
        ),
    ];
    forms
        .into_iter()
        .map(|(k, f)| (k, Regex::new(&f).expect("lunar pattern")))
        .collect()
});

/// Words that announce the forms of [`PATTERNS`], with the forms each
/// announces; a form whose words the text lacks is not tried.
const CUES: &[(&str, &[char])] = &[
    ("âm lịch", &['A', 'R']),
    ("Âm lịch", &['A', 'R']),
    ("ÂL", &['A', 'R']),
    ("ằm tháng", &['B']),
    ("tức ngày", &['C']),
    ("tức mùng", &['C']),
    ("tức mồng", &['C']),
    ("tức rằm", &['C']),
    ("Tết", &['T']),
    // (No other word holds these: "giếng", a well, has another tone.)
    ("Giêng", &['G', 'R']),
    ("giêng", &['G', 'R']),
    ("Chạp", &['G', 'R']),
    ("chạp", &['G', 'R']),
];

/// The forms whose words `text` holds.
fn cued(text: &str) -> Vec<char> {
    // Each cue's searcher, built once.
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        LazyLock::new(|| {
            CUES.iter()
                .map(|(cue, _)| memchr::memmem::Finder::new(cue))
                .collect()
        });
    let mut forms = Vec::new();
    for (finder, (_, announced)) in FINDERS.iter().zip(CUES) {
        if announced.iter().all(|f| forms.contains(f)) {
            continue;
        }
        if finder.find(text.as_bytes()).is_some() {
            for f in *announced {
                if !forms.contains(f) {
                    forms.push(*f);
                }
            }
        }
    }
    forms
}

/// Day numbers written as words, after "mùng".
fn day_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    Some(match crate::normalize::key(s).as_str() {
        "mot" => 1,
        "hai" => 2,
        "ba" => 3,
        "bon" => 4,
        "nam" => 5,
        "sau" => 6,
        "ram" => 15,
        _ => return None,
    })
}

/// The lunar dates of `text` (the canonical view), with `doc` (year,
/// month, day) choosing the year where the text gives none: the lunar
/// year whose date falls nearest it.
pub fn find(text: &str, doc: Option<(i32, u32, u32)>) -> Vec<DateMatch> {
    let forms = cued(text);
    if forms.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<DateMatch> = Vec::new();
    for (form, re) in PATTERNS.iter().filter(|(f, _)| forms.contains(f)) {
        for c in re.captures_iter(text) {
            let whole = c.get(0).expect("the match").range();
            if out
                .iter()
                .any(|d| d.norm.start < whole.end && whole.start < d.norm.end)
            {
                continue;
            }
            if let Some(d) = read(text, *form, &c, doc) {
                out.push(d);
            }
        }
    }
    out.sort_by_key(|d| d.norm.start);
    out
}

/// The date that match `c` of form `form` (see [`PATTERNS`]) gives.
fn read(
    text: &str,
    form: char,
    c: &regex::Captures,
    doc: Option<(i32, u32, u32)>,
) -> Option<DateMatch> {
    let g = |n: &str| c.name(n).map(|m| m.as_str());
    let year: Option<i32> = g("y").or(g("y2")).and_then(|y| y.parse().ok());
    let stem_branch = g("s");
    let mut whole = c.get(0)?.range();
    let (day, month) = match form {
        // A month by its number is lunar only where marked so.
        'R' if g("m2").is_some() && g("mark").is_none() => return None,
        'G' | 'R' => (
            g("d").and_then(day_number)?,
            g("m").or(g("m2")).and_then(month_number)?,
        ),
        'A' | 'C' => {
            let month = g("m").or(g("m2")).and_then(month_number)?;
            let day = g("d").and_then(day_number)?;
            if form == 'C' {
                // "tức" is a word of its own ("lập tức" is not it).
                let at = c.get(0)?.start();
                if c.get(0)?.as_str().starts_with('t')
                    && text[..at].ends_with(char::is_alphanumeric)
                {
                    return None;
                }
                let w = c.name("w")?;
                // "tức 9/5" with no mark of the lunar calendar, nor a
                // year by stem and branch, is a solar date said again.
                let marked = ["âm lịch", "Âm lịch", "ÂL"]
                    .iter()
                    .any(|m| w.as_str().contains(m));
                if stem_branch.is_none() && !marked {
                    return None;
                }
                whole = w.range();
            }
            (day, month)
        }
        'B' => (15, g("m").and_then(month_number)?),
        'T' => {
            let day = g("d").or(g("d2")).and_then(day_number)?;
            match day {
                23..=30 => (day, 12),
                1..=10 => (day, 1),
                _ => return None,
            }
        }
        _ => return None,
    };
    // "30 Tết" of the Tết of year y is in month 12 of lunar year y - 1.
    let shift = i32::from(form == 'T' && month == 12);
    let leap = c.name("leap").is_some();
    let near = doc.map(|d| d.0).or(year);
    let lunar_year = match (year, stem_branch) {
        (Some(y), _) => Some(y),
        (None, Some(sb)) => near.and_then(|n| sexagenary_year(sb, n)),
        (None, None) => None,
    };
    let (y, m, d) = match lunar_year {
        Some(y) => to_solar(day, month, y - shift, leap)?,
        None => {
            // The lunar year whose date lies nearest the document's.
            let (dy, dm, dd) = doc?;
            let at = julian_day(dy, dm, dd);
            (dy - 1..=dy + 1)
                .filter_map(|y| to_solar(day, month, y - shift, leap))
                .min_by_key(|&(y, m, d)| (julian_day(y, m, d) - at).abs())?
        }
    };
    let value = format!("{y:04}-{m:02}-{d:02}");
    // The first day of a range, in the same lunar month.
    if form == 'R' {
        let first = g("d1").and_then(day_number).filter(|&f| f < day)?;
        let back = i64::from(day - first);
        let (fy, fm, fd) = from_julian_day(julian_day(y, m, d) - back);
        return Some(DateMatch {
            norm: whole,
            kind: "range",
            value: format!("{fy:04}-{fm:02}-{fd:02}/{value}"),
            time: None,
            relative: lunar_year.is_none(),
        });
    }
    Some(DateMatch {
        norm: whole,
        kind: "date",
        value,
        time: None,
        relative: lunar_year.is_none(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_year_days_of_the_vietnamese_calendar() {
        // Tết, the first day of the first month, as the government's
        // calendars give it; 1985 and 2007 differ from China's.
        for (year, want) in [
            (1985, (1985, 1, 21)),
            (2007, (2007, 2, 17)),
            (2016, (2016, 2, 8)),
            (2017, (2017, 1, 28)),
            (2020, (2020, 1, 25)),
            (2023, (2023, 1, 22)),
            (2024, (2024, 2, 10)),
            (2025, (2025, 1, 29)),
            (2026, (2026, 2, 17)),
        ] {
            assert_eq!(to_solar(1, 1, year, false), Some(want), "{year}");
        }
    }

    #[test]
    fn days_of_other_months_and_leap_months() {
        // Vu Lan (15/7) and the Hùng Kings' day (10/3) of 2024.
        assert_eq!(to_solar(15, 7, 2024, false), Some((2024, 8, 18)));
        assert_eq!(to_solar(10, 3, 2024, false), Some((2024, 4, 18)));
        // 2023 repeated its second month.
        assert!(to_solar(1, 2, 2023, true).is_some());
        assert_eq!(to_solar(1, 3, 2023, true), None);
        assert_eq!(to_solar(1, 2, 2024, true), None);
        // No month has 31 days, nor every month 30.
        assert_eq!(to_solar(31, 1, 2024, false), None);
    }

    #[test]
    fn stems_and_branches_name_years() {
        assert_eq!(sexagenary_year("Giáp Thìn", 2024), Some(2024));
        assert_eq!(sexagenary_year("Quý Mão", 2024), Some(2023));
        assert_eq!(sexagenary_year("Đinh Dậu", 2016), Some(2017));
        // "Tý" and "Tỵ" are two branches, one letter and a mark apart;
        // "Tị" is "Tỵ".
        assert_eq!(sexagenary_year("Ất Tỵ", 2024), Some(2025));
        assert_eq!(sexagenary_year("Ất Tị", 2024), Some(2025));
        assert_eq!(sexagenary_year("Canh Tý", 2024), Some(2020));
    }

    fn values(
        text: &str,
        doc: Option<(i32, u32, u32)>,
    ) -> Vec<(String, String)> {
        find(text, doc)
            .into_iter()
            .map(|d| (text[d.norm].to_string(), d.value))
            .collect()
    }

    #[test]
    fn lunar_dates_as_news_writes_them() {
        let may = Some((2024, 5, 10));
        let want = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        for (text, doc, got) in [
            (
                "Ngày 15 tháng 7 âm lịch, người dân đi lễ chùa.",
                may,
                want("Ngày 15 tháng 7 âm lịch", "2024-08-18"),
            ),
            (
                "Sáng 9/5 (tức ngày 2 tháng 4 năm Giáp Thìn), lễ hội khai mạc.",
                may,
                want("ngày 2 tháng 4 năm Giáp Thìn", "2024-05-09"),
            ),
            (
                "Mùng 1 Tết, người dân đi lễ.",
                may,
                want("Mùng 1 Tết", "2024-02-10"),
            ),
            ("Ngày 30 Tết, chợ đông.", may, want("Ngày 30 Tết", "2024-02-09")),
            (
                "Rằm tháng Giêng năm nay, lễ hội diễn ra.",
                may,
                want("Rằm tháng Giêng", "2024-02-24"),
            ),
            // Giêng and Chạp are lunar months by their names, and a range
            // of their days is one date.
            (
                "Tối mùng 9 tháng Giêng, lễ khai mạc diễn ra.",
                may,
                want("mùng 9 tháng Giêng", "2024-02-18"),
            ),
            (
                "Lễ hội diễn ra từ mùng 1 đến mùng 9 tháng Giêng.",
                may,
                want(
                    "từ mùng 1 đến mùng 9 tháng Giêng",
                    "2024-02-10/2024-02-18",
                ),
            ),
            (
                "Hội diễn ra mùng 10 tháng Giêng năm Ất Tỵ.",
                may,
                want("mùng 10 tháng Giêng năm Ất Tỵ", "2025-02-07"),
            ),
            (
                "Lễ hội diễn ra từ ngày 10 đến 15 tháng 3 âm lịch.",
                may,
                want(
                    "từ ngày 10 đến 15 tháng 3 âm lịch",
                    "2024-04-18/2024-04-23",
                ),
            ),
        ] {
            assert_eq!(values(text, doc), got, "{text}");
        }
        // Without a year or a document date no day is fixed; a solar date
        // said again after "tức" is no lunar one; Tết alone is no day.
        assert!(values("Mùng 1 Tết, người dân đi lễ.", None).is_empty());
        assert!(values("thứ Hai, tức 9/5, tỉnh họp.", may).is_empty());
        assert!(
            values("Chuẩn bị hàng hóa phục vụ Tết cho nhân dân.", may)
                .is_empty()
        );
        assert!(
            values("Trong hai Tết vừa qua, tỉnh tặng quà.", may).is_empty()
        );
        assert!(
            values("Dịp Tết Nguyên đán Giáp Thìn 2024, tỉnh tặng quà.", may)
                .is_empty()
        );
    }
}
