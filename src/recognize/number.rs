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

/// A decimal number, `mantissa × 10^exponent`, as written: scaling it by
/// a power of ten ("1,2 triệu") stays exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits, without separators.
    pub mantissa: u64,
    /// The power of ten: minus the number of decimals.
    pub exponent: i32,
}

/// 10⁰ … 10²², every one exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Mantissas up to 2⁵³ convert to `f64` exactly.
const EXACT: u64 = 1 << 53;

impl Decimal {
    /// The value, times `10^exp`: "1,2" scaled by 6 is 1 200 000,
    /// correctly rounded (one rounding step) for mantissas below 2⁵³ and
    /// powers up to 10²².
    ///
    /// ```
    /// use vnextract::recognize::number::Decimal;
    ///
    /// let d = Decimal { mantissa: 12, exponent: -1 };
    /// assert_eq!(d.scaled(6), 1_200_000.0);
    /// assert_eq!(Decimal { mantissa: 73, exponent: -1 }.scaled(-2), 0.073);
    /// ```
    pub fn scaled(self, exp: i32) -> f64 {
        let e = self.exponent + exp;
        let m = self.mantissa as f64;
        match usize::try_from(e.unsigned_abs()) {
            Ok(k) if k < POW10.len() => {
                if e >= 0 {
                    m * POW10[k]
                } else {
                    m / POW10[k]
                }
            }
            _ => m * 10f64.powi(e),
        }
    }

    /// The value.
    pub fn value(self) -> f64 {
        self.scaled(0)
    }
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
    let (d, ambiguous) = decimal(s)?;
    let value = if d.mantissa < EXACT {
        d.value()
    } else {
        // Too many digits for one exact step: let the float parser round.
        let plain: String =
            s.chars().filter(|c| *c != '.' || ambiguous).collect();
        plain.replace(',', ".").parse().ok()?
    };
    Some(Number { value, ambiguous })
}

/// Reads digits like [`digits`], as a [`Decimal`] and whether the
/// syntax was ambiguous.
///
/// ```
/// use vnextract::recognize::number::{decimal, Decimal};
///
/// let d = Decimal { mantissa: 1234567, exponent: -2 };
/// assert_eq!(decimal("12.345,67"), Some((d, false)));
/// assert_eq!(decimal("1.5"), Some((Decimal { mantissa: 15, exponent: -1 }, true)));
/// ```
pub fn decimal(s: &str) -> Option<(Decimal, bool)> {
    let b = s.as_bytes();
    if b.is_empty()
        || !b[0].is_ascii_digit()
        || !b[b.len() - 1].is_ascii_digit()
    {
        return None;
    }
    let mut comma = None;
    let mut dots = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {}
            b',' if comma.is_none() => comma = Some(i),
            b'.' if comma.is_none() => dots += 1,
            _ => return None,
        }
    }
    let int = &s[..comma.unwrap_or(s.len())];
    let frac = comma.map(|i| &s[i + 1..]);
    if dots == 0 {
        // "2023", "1,5"; "1,000" is read as a decimal, flagged.
        let ambiguous = frac.is_some_and(|f| f.len() == 3 && f.ends_with('0'));
        return Some((join(int, frac.unwrap_or(""))?, ambiguous));
    }
    let grouped = {
        let mut groups = int.split('.');
        let first = groups.next().unwrap_or("");
        (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
    };
    if grouped {
        return Some((join(int, frac.unwrap_or(""))?, false));
    }
    if dots == 1 && frac.is_none() {
        // "1.5", "3.25": a decimal point, as English writes it.
        let (i, f) = int.split_once('.')?;
        return Some((join(i, f)?, true));
    }
    None
}

/// The decimal of integer digits `int` (the dots that group them
/// skipped) and decimal digits `frac`. Past 19 digits the rest is
/// dropped (the mantissa is then above 2⁵³, and [`digits`] lets the
/// float parser read the text instead).
fn join(int: &str, frac: &str) -> Option<Decimal> {
    let mut mantissa: u64 = 0;
    let mut exponent = 0i32;
    let mut full = false;
    let int = int.bytes().filter(|&c| c != b'.').map(|c| (c, false));
    for (c, in_frac) in int.chain(frac.bytes().map(|c| (c, true))) {
        let next = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u64::from(c - b'0')))
            .filter(|_| !full);
        match next {
            Some(m) => {
                mantissa = m;
                exponent -= i32::from(in_frac);
            }
            None => {
                full = true;
                exponent += i32::from(!in_frac);
            }
        }
    }
    Some(Decimal { mantissa, exponent })
}

/// The value of a scale word: tỷ/tỉ 10⁹, triệu 10⁶, vạn 10⁴, nghìn/ngàn
/// 10³, trăm 100, chục 10 (and their folded forms).
pub fn scale(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "tỷ" | "tỉ" | "ty" | "ti" => 1e9,
        "triệu" | "trieu" => 1e6,
        "vạn" | "van" => 1e4,
        "nghìn" | "ngàn" | "nghin" | "ngan" => 1e3,
        "trăm" | "tram" => 1e2,
        "chục" | "chuc" => 10.0,
        _ => return None,
    })
}

/// What a word is to a number read in words ([`spelled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumWord {
    /// "một" … "chín" (and "bẩy"): a digit that can stand alone.
    Digit(u8),
    /// "năm": 5 only before "mươi", "trăm" or a scale word, or after
    /// "linh"; otherwise it is "year".
    Nam,
    /// "lăm", "nhăm": 5 after tens.
    Lam,
    /// "tư": 4 after tens ("fourth" or "private" alone).
    Tu,
    /// "mốt": 1 after tens.
    Mot,
    /// "không": 0, only before "trăm" ("not" otherwise).
    Khong,
    /// "mười": ten.
    Muoi10,
    /// "mươi": tens, after a digit.
    Muoi,
    /// "linh", "lẻ": a zero tens digit ("một trăm linh năm").
    Linh,
    /// "chục": ten times the digit before.
    Chuc,
    /// "trăm": hundreds.
    Tram,
    /// nghìn/ngàn (3), vạn (4), triệu (6), tỷ/tỉ (9): a power of ten.
    Scale(i32),
    /// "nửa": a half.
    Nua,
    /// "rưỡi": and a half of the unit before ("hai triệu rưỡi").
    Ruoi,
    /// Anything else.
    Other,
}

/// The [`NumWord`] of a lower-case word.
///
/// ```
/// use vnextract::recognize::number::{word_kind, NumWord};
/// assert_eq!(word_kind("triệu"), NumWord::Scale(6));
/// assert_eq!(word_kind("bảy"), NumWord::Digit(7));
/// assert_eq!(word_kind("người"), NumWord::Other);
/// ```
pub fn word_kind(w: &str) -> NumWord {
    use NumWord::*;
    match w {
        "một" => Digit(1),
        "hai" => Digit(2),
        "ba" => Digit(3),
        "bốn" => Digit(4),
        "sáu" => Digit(6),
        "bảy" | "bẩy" => Digit(7),
        "tám" => Digit(8),
        "chín" => Digit(9),
        "năm" => Nam,
        "lăm" | "nhăm" => Lam,
        "tư" => Tu,
        "mốt" => Mot,
        "không" => Khong,
        "mười" => Muoi10,
        "mươi" => Muoi,
        "linh" | "lẻ" => Linh,
        "chục" => Chuc,
        "trăm" => Tram,
        "nghìn" | "ngàn" => Scale(3),
        "vạn" => Scale(4),
        "triệu" => Scale(6),
        "tỷ" | "tỉ" => Scale(9),
        "nửa" => Nua,
        "rưỡi" => Ruoi,
        _ => Other,
    }
}

/// A number read in words by [`spelled`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spelled {
    /// Its value.
    pub value: f64,
    /// How many words it took.
    pub used: usize,
    /// Whether it holds "trăm", "chục" or a scale word.
    pub scaled: bool,
    /// The multiplier of its last scale group ("hai tỷ" 10⁹), 1 without
    /// one: a smaller amount after it adds to it ("hai tỷ 500 triệu").
    pub mult: f64,
}

/// Whether `w` can be a digit here; its value.
fn digit_of(w: NumWord) -> Option<u8> {
    match w {
        NumWord::Digit(d) => Some(d),
        NumWord::Nam => Some(5),
        NumWord::Khong => Some(0),
        _ => None,
    }
}

/// Reads a number written in words at the start of `ws`: the grammar of
/// "hai mươi lăm" 25, "một trăm linh năm" 105, "hai mươi mốt nghìn không
/// trăm mười một" 21011, "một nghìn tỷ" 10¹², "hai triệu rưỡi" 2.5×10⁶,
/// "một nửa" 0.5. Ambiguous words are taken only where they must be
/// numbers: "năm" before "mươi", "trăm" or a scale word ("năm 2023" is a
/// year, "hai mươi năm" twenty years), "không" before "trăm", "tư",
/// "mốt", "lăm" after tens. A scale word with no number before it
/// ("trăm người", "nghìn tỷ") is vague and not read.
///
/// ```
/// use vnextract::recognize::number::{spelled, word_kind};
///
/// let ws: Vec<_> = "một nghìn tỷ đồng".split(' ').map(word_kind).collect();
/// let s = spelled(&ws).unwrap();
/// assert_eq!((s.value, s.used, s.scaled), (1e12, 3, true));
/// ```
pub fn spelled(ws: &[NumWord]) -> Option<Spelled> {
    use NumWord::*;
    match ws {
        [Digit(1), Nua, ..] => {
            return Some(Spelled {
                value: 0.5,
                used: 2,
                scaled: false,
                mult: 1.0,
            });
        }
        [Nua, Scale(e), ..] => {
            let m = 10f64.powi(*e);
            return Some(Spelled {
                value: 0.5 * m,
                used: 2,
                scaled: true,
                mult: m,
            });
        }
        [Nua, ..] => {
            return Some(Spelled {
                value: 0.5,
                used: 1,
                scaled: false,
                mult: 1.0,
            });
        }
        _ => {}
    }
    // The groups read so far, and the number as it stood after the last
    // complete word (what is returned when a later word does not fit).
    let mut total = 0.0;
    let mut last_group = 0.0; // value of the last group added to total
    let mut mult = f64::INFINITY; // multiplier of that group
    let mut committed = (0.0, 0usize, false);
    // The group below 1000 being read.
    let mut group = 0.0;
    // 0 nothing, 1 hundreds, 2 tens, 3 units read in this group.
    let mut stage = 0u8;
    let mut started = false; // a digit was read in this group
    let mut linh = false; // right after "linh"
    // A lone digit after a scale word, waiting for its own scale word.
    let mut pending = false;
    let mut scaled = false;
    let mut prev = Other; // the last word read
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let next = ws.get(i + 1).copied().unwrap_or(Other);
        let mut step = 1;
        match w {
            // "hai trăm", "không trăm"
            Digit(_) | Nam | Khong if !linh && next == Tram => {
                if stage != 0 {
                    break;
                }
                group += f64::from(digit_of(w).unwrap_or(0)) * 100.0;
                stage = 1;
                scaled = true;
                step = 2;
            }
            // "hai mươi", "năm mươi", "hai chục"
            Digit(_) | Nam
                if !linh
                    && (next == Chuc
                        || next == Muoi && digit_of(w) >= Some(2)) =>
            {
                let d = digit_of(w).unwrap_or(0);
                if stage > 1 {
                    break;
                }
                group += f64::from(d) * 10.0;
                stage = 2;
                scaled |= next == Chuc;
                step = 2;
            }
            Muoi10 if !linh && stage <= 1 => {
                group += 10.0;
                stage = 2;
            }
            Digit(_) | Nam | Lam | Tu | Mot => {
                let d = match (w, stage, linh) {
                    (_, 3, _) => break,
                    (Digit(d), _, true) => d,
                    (Nam, _, true) => 5,
                    (Tu, _, true) => 4,
                    // A lone digit after a scale word is the colloquial
                    // "ba triệu hai" (3.2 million): not read.
                    (Digit(d), 0, false)
                        if total == 0.0 || matches!(next, Scale(_)) =>
                    {
                        d
                    }
                    (Nam, 0, false) if matches!(next, Scale(_)) => 5,
                    (Digit(d), 2, false) => d,
                    (Lam, 2, false) => 5,
                    (Tu, 2, false) => 4,
                    (Mot, 2, false) if prev == Muoi => 1,
                    _ => break,
                };
                pending = stage == 0 && total > 0.0 && !linh;
                group += f64::from(d);
                stage = 3;
                linh = false;
            }
            Linh if !linh && (stage == 1 || (stage == 0 && total > 0.0)) => {
                if digit_of(next).is_none() && next != Tu {
                    break;
                }
                linh = true;
            }
            Scale(e) => {
                let m = 10f64.powi(e);
                if matches!(prev, Scale(_)) && !started {
                    // "nghìn tỷ": scale words in a row multiply.
                    total += last_group * (m - 1.0);
                    last_group *= m;
                    mult *= m;
                } else {
                    if !started || m >= mult {
                        break;
                    }
                    last_group = group * m;
                    total += last_group;
                    mult = m;
                    group = 0.0;
                    stage = 0;
                }
                scaled = true;
                pending = false;
            }
            Ruoi if matches!(prev, Scale(_) | Tram) || stage >= 2 => {
                total += match prev {
                    Scale(_) => mult / 2.0,
                    Tram => 50.0,
                    _ => 0.5,
                };
                committed = (total + group, i + 1, scaled);
                break;
            }
            _ => break,
        }
        // A scale word closes its group; anything else opens or goes on
        // with one.
        started = !matches!(w, Scale(_));
        prev = if step == 2 { next } else { w };
        i += step;
        if !linh && !pending {
            committed = (total + group, i, scaled);
        }
    }
    let (value, used, scaled) = committed;
    (used > 0).then_some(Spelled {
        value,
        used,
        scaled,
        mult: if mult.is_finite() { mult } else { 1.0 },
    })
}

/// Reads a number written in words at the start of `words` (lower case,
/// one syllable each): "hai mươi lăm" 25, "mười hai nghìn" 12000, "một
/// trăm linh năm" 105, "ba tỷ hai trăm triệu" 3.2×10⁹, "một nửa" 0.5.
/// Returns the value and how many words it took; see [`spelled`] for the
/// grammar.
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
    let kinds: Vec<NumWord> = words.iter().map(|w| word_kind(w)).collect();
    spelled(&kinds).map(|s| (s.value, s.used))
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
        ("01,10", Some((1.1, false))),
        ("999.999.999.999.999", Some((999_999_999_999_999.0, false))),
        ("2.256,8", Some((2256.8, false))),
        ("0912.345.678", None),
        ("1.50", Some((1.5, true))),
        ("1.000,5,5", None),
        ("12345678901234567890123", Some((1.2345678901234568e22, false))),
        ("384.725.044.823.486,945002", Some((384_725_044_823_486.94, false))),
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
        ("hai chục", Some((20.0, 2))),
        ("năm nghìn", Some((5000.0, 2))),
        ("năm ngàn", Some((5000.0, 2))),
        ("hai trăm nghìn", Some((200_000.0, 3))),
        ("một tỉ", Some((1e9, 2))),
        ("hai mươi mốt nghìn không trăm mười một", Some((21011.0, 8))),
        (
            "bảy trăm hai mươi mốt nghìn không trăm mười hai",
            Some((721_012.0, 10)),
        ),
        ("một nghìn tỷ", Some((1e12, 3))),
        ("hai triệu rưỡi", Some((2_500_000.0, 3))),
        ("một trăm rưỡi", Some((150.0, 3))),
        ("mười tư", Some((14.0, 2))),
        ("mười năm", Some((10.0, 1))),
        ("hai mươi năm qua", Some((20.0, 2))),
        ("một trăm năm", Some((100.0, 2))),
        ("hai trăm năm mươi nghìn", Some((250_000.0, 5))),
        ("ba triệu hai", Some((3e6, 2))),
        ("hai nghìn ba nghìn", Some((2000.0, 2))),
        ("một nghìn linh năm", Some((1005.0, 4))),
        ("hai nghìn không trăm linh năm", Some((2005.0, 6))),
        ("mốt", None),
        ("lăm", None),
        ("trăm người", None),
        ("nghìn tỷ", None),
        ("một mươi", Some((1.0, 1))),
        ("hai ba", Some((2.0, 1))),
        ("vạn", None),
        ("ba vạn", Some((30000.0, 2))),
    ];

    #[test]
    fn word_table() {
        for &(s, want) in WORDS {
            let w: Vec<&str> = s.split(' ').collect();
            assert_eq!(words(&w), want, "{s:?}");
        }
    }

    #[test]
    fn decimals_scale_exactly() {
        for (s, exp, want) in [
            ("1,2", 6, 1_200_000.0),
            ("2.500", 9, 2.5e12),
            ("26,7", 9, 26.7e9),
            ("0,1", 9, 1e8),
            ("37,7", 4, 377_000.0),
            ("7,3", -2, 0.073),
            ("1,5", 0, 1.5),
        ] {
            let (d, _) = decimal(s).unwrap();
            assert_eq!(d.scaled(exp), want, "{s} e{exp}");
        }
    }

    #[test]
    fn scales() {
        assert_eq!(scale("Tỷ"), Some(1e9));
        assert_eq!(scale("vạn"), Some(1e4));
        assert_eq!(scale("trieu"), Some(1e6));
        assert_eq!(scale("người"), None);
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
