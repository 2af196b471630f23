//! Number syntax as Vietnamese writes it: digits with "." grouping
//! thousands and "," marking decimals, scale words, numbers in words and
//! Roman numerals.

/// A number read from digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// Its value.
    pub value: f64,
    /// Whether the syntax allowed another reading ("1.5": one and a half,
    /// or a malformed 15).
    pub ambiguous: bool,
}

/// Reads a number written with digits the Vietnamese way: "3.200" is
/// 3200, "12.345,67" is 12345.67, "1,5" is 1.5. A lone "." followed by
/// other than three digits ("1.5", "3.25") can only be a decimal point,
/// read as one and flagged ambiguous; "1,000" (the English grouping) is
/// read as the decimal 1.0 and flagged too.
///
/// # Example
///
/// ```
/// use vnextract::recognize::number::digits;
///
/// assert_eq!(digits("3.200").unwrap().value, 3200.0);
/// assert_eq!(digits("12.345,67").unwrap().value, 12345.67);
/// assert_eq!(digits("1,5").unwrap().value, 1.5);
/// assert!(digits("1.5").unwrap().ambiguous);
/// assert_eq!(digits("1.2.3"), None);
/// ```
pub fn digits(s: &str) -> Option<Number> {
    let b = s.as_bytes();
    if b.is_empty()
        || !b[0].is_ascii_digit()
        || !b[b.len() - 1].is_ascii_digit()
    {
        return None;
    }
    if !b.iter().all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',') {
        return None;
    }
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => {
            if f.contains([',', '.']) {
                return None;
            }
            (i, Some(f))
        }
        None => (s, None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let mut ambiguous = false;
    let int_value: f64 = if groups.len() == 1 {
        int.parse().ok()?
    } else if grouped {
        groups.concat().parse().ok()?
    } else if groups.len() == 2 && frac.is_none() {
        // "1.5", "3.25": a decimal point, as English writes it.
        ambiguous = true;
        return Some(Number { value: int.parse().ok()?, ambiguous });
    } else {
        return None;
    };
    let value = match frac {
        Some(f) => {
            // "1,000" as an English thousand is rare in Vietnamese text;
            // it reads as 1.000, a decimal, flagged.
            ambiguous = f.len() == 3 && groups.len() == 1 && f.ends_with('0');
            format!("{}.{f}", groups.concat()).parse().ok()?
        }
        None => int_value,
    };
    Some(Number { value, ambiguous })
}

/// The value of a scale word: tỷ/tỉ 10⁹, triệu 10⁶, nghìn/ngàn 10³, trăm
/// 100, chục 10 (and their folded forms).
pub fn scale(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "tỷ" | "tỉ" | "ty" | "ti" => 1e9,
        "triệu" | "trieu" => 1e6,
        "nghìn" | "ngàn" | "nghin" | "ngan" => 1e3,
        "trăm" | "tram" => 1e2,
        "chục" | "chuc" => 10.0,
        _ => return None,
    })
}

/// The digit a number word stands for ("một" 1, "lăm" 5 after mươi, "tư"
/// 4 after mươi, "linh"/"lẻ" 0 before a unit digit is handled by
/// [`words`]).
fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "không" => 0,
        "một" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// Reads a number written in words at the start of `words` (lower case,
/// one syllable each): "hai mươi lăm" 25, "mười hai nghìn" 12000, "một
/// trăm linh năm" 105, "ba tỷ hai trăm triệu" 3.2×10⁹, "một nửa" 0.5.
/// Returns the value and how many words it took.
///
/// # Example
///
/// ```
/// use vnextract::recognize::number::words;
///
/// assert_eq!(words(&["hai", "mươi", "lăm", "người"]), Some((25.0, 3)));
/// assert_eq!(words(&["mười", "hai", "nghìn"]), Some((12000.0, 3)));
/// assert_eq!(words(&["một", "nửa"]), Some((0.5, 2)));
/// ```
pub fn words(words: &[&str]) -> Option<(f64, usize)> {
    if let ["một", "nửa", ..] = words {
        return Some((0.5, 2));
    }
    if let ["nửa", ..] = words {
        return Some((0.5, 1));
    }
    let mut total = 0.0; // complete groups above the current one
    let mut group = 0.0; // the group below 1000 being read
    let mut small = 0.0; // below 100 inside the group
    let mut used = 0;
    let mut any = false;
    let mut i = 0;
    // Tens: "mười" 10, "<d> mươi" d×10; units after them.
    while i < words.len() {
        let w = words[i];
        if w == "mười" {
            small += 10.0;
        } else if w == "mươi" && any && small > 0.0 && small < 10.0 {
            small *= 10.0;
        } else if w == "linh" || w == "lẻ" {
            // "một trăm linh năm": a zero tens digit.
            if !any
                || i + 1 >= words.len()
                || unit_word(words[i + 1]).is_none()
            {
                break;
            }
        } else if let Some(d) = unit_word(w) {
            // "năm" is also "year" and "tư" "fourth": take them only
            // where a number is being read or a scale word follows.
            let next_is_number = words
                .get(i + 1)
                .is_some_and(|n| scale(n).is_some() || *n == "mươi");
            if !any
                && (w == "năm" || w == "lăm" || w == "tư" || w == "mốt")
                && !next_is_number
            {
                break;
            }
            if w == "không" && !next_is_number && !any {
                break;
            }
            if small != 0.0 && small % 10.0 != 0.0 {
                break; // two unit digits in a row: a new number
            }
            small += d as f64;
        } else if let Some(m) = scale(w) {
            if !any {
                break;
            }
            if m == 100.0 {
                group += if small == 0.0 { 1.0 } else { small } * 100.0;
                small = 0.0;
            } else if m == 10.0 {
                small = if small == 0.0 { 10.0 } else { small * 10.0 };
            } else {
                let g = group + small;
                total += if g == 0.0 { 1.0 } else { g } * m;
                // "ba tỷ hai trăm triệu": smaller scales after a larger
                // one add to it.
                group = 0.0;
                small = 0.0;
            }
        } else {
            break;
        }
        any = true;
        i += 1;
        used = i;
    }
    if !any {
        return None;
    }
    Some((total + group + small, used))
}

/// Reads a Roman numeral (I to MMMCMXCIX), in capitals as news writes
/// them: "XIX" 19, "IV" 4.
///
/// ```
/// use vnextract::recognize::number::roman;
/// assert_eq!(roman("XIX"), Some(19));
/// assert_eq!(roman("IIII"), None);
/// ```
pub fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let val = |c: u8| -> Option<i64> {
        match c {
            b'I' => Some(1),
            b'V' => Some(5),
            b'X' => Some(10),
            b'L' => Some(50),
            b'C' => Some(100),
            b'D' => Some(500),
            b'M' => Some(1000),
            _ => None,
        }
    };
    let b = s.as_bytes();
    let mut total: i64 = 0;
    for (i, &c) in b.iter().enumerate() {
        let v = val(c)?;
        match b.get(i + 1).map(|&c| val(c)) {
            Some(Some(n)) if n > v => total -= v,
            Some(None) => return None,
            _ => total += v,
        }
    }
    let total = u32::try_from(total).ok().filter(|&t| t > 0)?;
    // Only the canonical spelling: write the value back and compare.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, r) in TABLE {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGITS: &[(&str, Option<(f64, bool)>)] = &[
        ("0", Some((0.0, false))),
        ("2023", Some((2023.0, false))),
        ("3.200", Some((3200.0, false))),
        ("2.500", Some((2500.0, false))),
        ("1.000.000", Some((1e6, false))),
        ("12.345,67", Some((12345.67, false))),
        ("1,5", Some((1.5, false))),
        ("0,25", Some((0.25, false))),
        ("1.000,5", Some((1000.5, false))),
        ("1.5", Some((1.5, true))),
        ("3.25", Some((3.25, true))),
        ("1,000", Some((1.0, true))),
        ("1.2.3", None),
        ("12.34.567", None),
        ("1,5,5", None),
        ("1e3", None),
        ("", None),
        (".5", None),
        ("5.", None),
    ];

    #[test]
    fn digit_table() {
        for &(s, want) in DIGITS {
            let got = digits(s).map(|n| (n.value, n.ambiguous));
            assert_eq!(got, want, "{s:?}");
        }
    }

    const WORDS: &[(&str, Option<(f64, usize)>)] = &[
        ("một", Some((1.0, 1))),
        ("mười", Some((10.0, 1))),
        ("mười lăm", Some((15.0, 2))),
        ("hai mươi", Some((20.0, 2))),
        ("hai mươi lăm", Some((25.0, 3))),
        ("hai mươi mốt", Some((21.0, 3))),
        ("ba mươi ba", Some((33.0, 3))),
        ("hai mươi tư", Some((24.0, 3))),
        ("một trăm", Some((100.0, 2))),
        ("một trăm linh năm", Some((105.0, 4))),
        ("hai trăm năm mươi", Some((250.0, 4))),
        ("mười hai nghìn", Some((12000.0, 3))),
        ("ba nghìn hai trăm", Some((3200.0, 4))),
        ("hai triệu năm trăm nghìn", Some((2_500_000.0, 5))),
        ("một tỷ hai trăm triệu", Some((1.2e9, 5))),
        ("một nửa", Some((0.5, 2))),
        ("năm 2023", None),
        ("tư vấn", None),
        ("ba người", Some((3.0, 1))),
        ("không", None),
    ];

    #[test]
    fn word_table() {
        for &(s, want) in WORDS {
            let w: Vec<&str> = s.split(' ').collect();
            assert_eq!(words(&w), want, "{s:?}");
        }
    }

    #[test]
    fn romans() {
        for (s, n) in
            [("I", 1), ("IV", 4), ("IX", 9), ("XIX", 19), ("XIII", 13)]
        {
            assert_eq!(roman(s), Some(n), "{s}");
        }
        for s in ["", "IIII", "VX", "IC", "ABC", "ii"] {
            assert_eq!(roman(s), None, "{s}");
        }
    }
}
