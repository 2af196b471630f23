//! Text normalization: the canonical view every later stage reads, and the
//! folded view that accent-insensitive matching reads.
//!
//! [`normalize`] makes, in one pass:
//!
//! - Unicode NFC, from NFD or mixed input, marks in any order;
//! - one tone-mark placement per syllable (see [`tone`]): either
//!   convention is accepted, [`Tone`] chooses the one written;
//! - look-alike letters mapped inside words: ð/Ð and ɗ/Ɖ to đ/Đ, and
//!   Cyrillic letters that look Latin (а, е, о, с, …) when the word also
//!   holds Latin letters;
//! - typography unified: every dash to `-`, curly and angle quotes to
//!   `"` and `'`, no-break and other wide or narrow spaces to a space,
//!   and zero-width chars, the byte order mark and the soft hyphen
//!   deleted.
//!
//! [`fold`] turns normalized text into its folded view: lower case, all
//! marks removed, đ→d ("Đặng Thị Thủy" → "dang thi thuy").
//!
//! Both come with a map back to their input ([`OffsetMap`] and
//! [`FoldMap`]), so every span found in either view points back into the
//! text as it was given. Normalization copies runs of text that need no
//! change as identity segments, which is also its fast path: ASCII bytes
//! and words with a single vowel are never looked at twice.

mod chars;
pub mod offsets;
pub(crate) mod syllable;
pub mod tone;

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

pub use self::offsets::{FoldMap, MapBuilder, OffsetMap};
use self::tone::MAX_SYLLABLE;
pub use self::tone::Tone;

/// Normalization options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The tone-mark placement to write.
    pub tone: Tone,
}

/// A text in its canonical and folded views, each with a map back to the
/// source text.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The canonical view.
    pub text: String,
    /// Canonical offsets → source offsets.
    pub map: OffsetMap,
}

/// The folded view of a normalized text, with its maps.
#[derive(Debug, Clone)]
pub struct Views {
    /// The canonical view.
    pub norm: Normalized,
    /// The folded view of `norm.text`.
    pub folded: String,
    /// Folded offsets → canonical offsets.
    pub fold_map: FoldMap,
}

impl Views {
    /// Builds both views of `src`.
    pub fn new(src: &str, opts: &Options) -> Views {
        let norm = normalize(src, opts);
        let (folded, fold_map) = fold(&norm.text);
        Views { norm, folded, fold_map }
    }

    /// Maps a range of the folded view to the source range.
    pub fn folded_to_src(&self, r: Range<usize>) -> Range<usize> {
        self.norm.map.to_src(self.fold_map.to_src(r))
    }
}

/// Normalizes `src` (see the module docs).
///
/// # Example
///
/// ```
/// use vnextract::normalize::{normalize, Options, Tone};
///
/// let n = normalize("UBND tỉnh Thanh Hoá", &Options::default());
/// assert_eq!(n.text, "UBND tỉnh Thanh Hóa");
/// let opts = Options { tone: Tone::New };
/// assert_eq!(normalize("Thủy", &opts).text, "Thuỷ");
/// ```
pub fn normalize(src: &str, opts: &Options) -> Normalized {
    let mut n = Normalizer {
        src,
        out: String::with_capacity(src.len()),
        map: MapBuilder::with_capacity(src.len() / 32),
        done: 0,
        style: opts.tone,
        scratch: Vec::new(),
        unchanged: Unchanged::take(),
    };
    n.run();
    Unchanged::give_back(n.unchanged);
    Normalized { text: n.out, map: n.map.finish() }
}

/// The normalized text of `src`, without its map.
pub fn normalize_str(src: &str, opts: &Options) -> String {
    normalize(src, opts).text
}

/// Folds normalized text: lower case, all marks removed, đ→d.
///
/// # Example
///
/// ```
/// let (f, _) = vnextract::normalize::fold("Đặng Thị THỦY");
/// assert_eq!(f, "dang thi thuy");
/// ```
pub fn fold(text: &str) -> (String, FoldMap) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let folds = chars::folds();
    // The folded text and its map, with room for what the rest of the
    // text folds to plus one chunk of ASCII, which is written whole and
    // kept in part (cut back by `truncate`). Only a char folded in
    // general may come out longer than it came in; room is made there.
    const CHUNK: usize = 8;
    let mut out: Vec<u8> = Vec::with_capacity(n + CHUNK);
    let mut at: Vec<u32> = Vec::with_capacity(n + CHUNK);
    let mut rewritten: Vec<u8> = Vec::with_capacity(n + CHUNK);
    let mut i = 0;
    let mut other = String::new();
    while i < n {
        // The ASCII bytes that start the next eight: Vietnamese words mix
        // ASCII letters and others, and their runs of ASCII are short.
        if let Some(chunk) = bytes.get(i..i + CHUNK) {
            let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            let ascii =
                ((x & 0x8080_8080_8080_8080).trailing_zeros() / 8) as usize;
            if ascii > 0 {
                let k = out.len() + ascii;
                out.extend_from_slice(&ascii_lower8(x).to_le_bytes());
                out.truncate(k);
                let from = i as u32;
                at.extend_from_slice(&std::array::from_fn::<_, CHUNK, _>(
                    |j| from + j as u32,
                ));
                at.truncate(k);
                rewritten.extend_from_slice(&[0; CHUNK]);
                rewritten.truncate(k);
                i += ascii;
                if ascii == CHUNK {
                    continue;
                }
            }
        } else if bytes[i] < 0x80 {
            out.push(bytes[i].to_ascii_lowercase());
            at.push(i as u32);
            rewritten.push(0);
            i += 1;
            continue;
        }
        // A char past ASCII starts at `i`.
        let (c, len) = decode_at(bytes, i);
        match folds.get(c as usize).copied().unwrap_or(0) {
            chars::FOLD_COPY => {
                out.extend_from_slice(&bytes[i..i + len]);
                at.extend((i..i + len).map(|j| j as u32));
                rewritten.extend_from_slice(&[0; 4][..len]);
            }
            chars::FOLD_DROP => {}
            0 => {
                other.clear();
                chars::fold_char(c, &mut other);
                let room = other.len() + (n - i - len) + CHUNK;
                out.reserve(room);
                at.reserve(room);
                rewritten.reserve(room);
                out.extend_from_slice(other.as_bytes());
                let k = out.len();
                if other.as_bytes() == &bytes[i..i + len] {
                    at.extend((i..i + len).map(|j| j as u32));
                    rewritten.resize(k, 0);
                } else {
                    at.resize(k, i as u32);
                    rewritten.resize(k, len as u8);
                }
            }
            b => {
                out.push(b);
                at.push(i as u32);
                rewritten.push(len as u8);
            }
        }
        i += len;
    }
    let out = String::from_utf8(out).expect("folding writes whole chars");
    (out, FoldMap::from_parts(at, rewritten, n))
}

/// The eight bytes of `x` in ASCII lower case, where they are ASCII.
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Seven bits per byte, so that no sum below carries into the next
    // byte: the high bit of each sum tells whether the byte is at least
    // 'A', and past 'Z'.
    let low = x & (0x7F * ONES);
    let from_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
    let upper = from_a & !past_z & !x & (0x80 * ONES);
    x | upper >> 2
}

/// The char that starts at byte `i` of the UTF-8 `b`, and its length:
/// decoded from its bytes, without the checks of `str::chars`.
#[inline(always)]
pub(crate) fn decode_at(b: &[u8], i: usize) -> (char, usize) {
    let x = u32::from(b[i]);
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0) & 0x3f);
    let (u, len) = if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1f) << 6) | cont(1), 2)
    } else if x < 0xF0 {
        (((x & 0x0f) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (((x & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    };
    (char::from_u32(u).unwrap_or('\u{fffd}'), len)
}

/// Whether `c` belongs inside a word: a letter, a digit or a combining
/// mark (one table lookup for Vietnamese).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        chars::class(c).word && !chars::is_invisible(c) || c.is_alphanumeric()
    }
}

/// [`char::is_alphanumeric`], without a table search for ASCII and the
/// Latin letters Vietnamese is written with.
///
/// ```
/// use vnextract::normalize::is_alphanumeric;
/// assert!(is_alphanumeric('ữ') && is_alphanumeric('Đ') && is_alphanumeric('7'));
/// assert!(!is_alphanumeric('×') && !is_alphanumeric('-'));
/// ```
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..0x80 => c.is_ascii_alphanumeric(),
        // Latin-1 letters but × and ÷, Latin Extended-A and -B, and
        // Latin Extended Additional (the vowels with a tone): letters all.
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// `s` in lower case, as [`str::to_lowercase`] gives it for Vietnamese
/// (no special final sigma), faster: ASCII and letters already in lower
/// case are copied without a table search.
///
/// ```
/// assert_eq!(vnextract::normalize::lower("Thủ tướng ĐỒNG Ý"), "thủ tướng đồng ý");
/// ```
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

/// Calls `f` with [`lower`]`(s)`, lowered into a buffer the thread keeps
/// for the next call: for text lowered only to be looked at.
///
/// ```
/// use vnextract::normalize::with_lower;
/// assert!(with_lower("Tăng TRƯỞNG", |l| l.ends_with("tăng trưởng")));
/// ```
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::Cell<String> =
            const { std::cell::Cell::new(String::new()) };
    }
    // The buffer is out while `f` runs: a call inside `f` takes a new one.
    let mut buf = BUF.take();
    buf.clear();
    lower_into(s, &mut buf);
    let r = f(&buf);
    BUF.set(buf);
    r
}

/// The last `n` chars of `s` (all of it when shorter), in lower case: the
/// end of a context where a cue must end.
pub fn lower_tail(s: &str, n: usize) -> String {
    let start = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    lower(&s[start..])
}

/// Appends [`lower`]`(s)` to `out`. The runs of chars that lower case
/// keeps are copied whole; ASCII and the Vietnamese letters are told
/// without a table search.
pub fn lower_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    out.reserve(s.len());
    // The start of the run of chars kept as they are.
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                out.push_str(&s[run..i]);
                out.push(char::from(x | 0x20));
                run = i + 1;
            }
            i += 1;
            continue;
        }
        let (c, len) = decode_at(b, i);
        match lower_known(c) {
            Some(l) if l == c => {}
            Some(l) => {
                out.push_str(&s[run..i]);
                out.push(l);
                run = i + len;
            }
            None if c.is_lowercase() => {}
            None => {
                out.push_str(&s[run..i]);
                out.extend(c.to_lowercase());
                run = i + len;
            }
        }
        i += len;
    }
    out.push_str(&s[run..]);
}

/// The lower case of a char past ASCII whose case is known without a
/// table: Latin-1, the letters of Vietnamese and the Latin Extended
/// Additional block; `None` for the others.
#[inline]
fn lower_known(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        // The Latin-1 capitals À … Þ but ×, a capital's small letter 0x20
        // past it; the small letters ß … ÿ and ÷.
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0xD7 | 0xDF..=0xFF => Some(c),
        // Capital and small in pairs, the capital at the even code point.
        0x1EA0..=0x1EFF => char::from_u32(u | 1),
        // Ă Đ Ĩ Ũ Ơ and their small letters.
        0x102 | 0x103 | 0x110 | 0x111 | 0x128 | 0x129 | 0x168 | 0x169
        | 0x1A0 | 0x1A1 => char::from_u32(u | 1),
        // Ư, ư.
        0x1AF | 0x1B0 => char::from_u32(0x1B0),
        _ => None,
    }
}

/// `c` in lower case when that is one char, as [`char::to_lowercase`]
/// gives it; `None` for the few chars whose lower case is longer. ASCII,
/// Latin-1 and the letters of Vietnamese take no table search.
///
/// ```
/// use vnextract::normalize::lower_char;
/// assert_eq!(lower_char('Ễ'), Some('ễ'));
/// assert_eq!(lower_char('Đ'), Some('đ'));
/// assert_eq!(lower_char('İ'), None);
/// ```
#[inline]
pub fn lower_char(c: char) -> Option<char> {
    let u = c as u32;
    if u < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if let Some(l) = lower_known(c) {
        return Some(l);
    }
    // Capital and small in pairs, the capital at the even code point
    // (U+1E96..U+1E9F are small letters and ẞ).
    if matches!(u, 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF) {
        return char::from_u32(u | 1);
    }
    if c.is_lowercase() {
        return Some(c);
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// `w` in lower case, written into `buf`, for looking a word up in a set
/// of lower-case words without allocating: `w` itself when it is in lower
/// case already, `""` when it does not fit. Each char becomes the first
/// char of its lower case ([`lower_first`]), which is [`lower`] for every
/// char but the few whose lower case is longer (none is Vietnamese).
///
/// ```
/// use vnextract::normalize::lower_word;
/// assert_eq!(lower_word("Nguyễn", &mut [0; 48]), "nguyễn");
/// assert_eq!(lower_word(&"A".repeat(49), &mut [0; 48]), "");
/// ```
pub fn lower_word<'b>(w: &'b str, buf: &'b mut [u8; 48]) -> &'b str {
    let b = w.as_bytes();
    // The chars that lower case keeps, up to the first it changes.
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                break;
            }
            i += 1;
            continue;
        }
        let (c, len) = decode_at(b, i);
        if lower_first(c) != c {
            break;
        }
        i += len;
    }
    if i == b.len() {
        return if w.len() <= buf.len() { w } else { "" };
    }
    if i > buf.len() {
        return "";
    }
    buf[..i].copy_from_slice(&b[..i]);
    let mut n = i;
    for c in w[i..].chars() {
        let c = lower_first(c);
        let l = c.len_utf8();
        if n + l > buf.len() {
            return "";
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

/// The first char of `c` in lower case ([`lower_char`], or the first of
/// the few chars whose lower case is longer).
#[inline]
pub fn lower_first(c: char) -> char {
    lower_char(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// `c` without its tone mark ("ắ" → "ă", "Ế" → "Ê"); any other char as
/// it is.
pub fn untoned(c: char) -> char {
    match chars::vowel(c) {
        Some(v) if v.tone != 0 => {
            chars::vowel_char(chars::Vowel { tone: 0, ..v })
        }
        _ => c,
    }
}

/// The one char `c` folds to, if it folds to one char (as [`fold_str`]
/// folds it); without allocating for ASCII and Vietnamese letters.
#[inline]
pub(crate) fn fold_one(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if let Some(b) = chars::fold_ascii(c) {
        return Some(char::from(b));
    }
    let f = fold_str(c.encode_utf8(&mut [0; 4]));
    let mut fc = f.chars();
    match (fc.next(), fc.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Folds normalized text like [`fold`], without the offset map.
///
/// ```
/// assert_eq!(vnextract::normalize::fold_str("Đặng Thị THỦY"), "dang thi thuy");
/// ```
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends [`fold_str`]`(text)` to `out`.
///
/// ```
/// let mut out = String::from("x ");
/// vnextract::normalize::fold_into("Đặng Thị", &mut out);
/// assert_eq!(out, "x dang thi");
/// ```
pub fn fold_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            chars::fold_char(c, out);
        }
    }
}

/// The matching key of any text: normalized, then folded.
///
/// ```
/// use vnextract::normalize::key;
/// assert_eq!(key("Thanh Hoá"), key("THANH HÓA"));
/// assert_eq!(key("Thanh Hoá"), "thanh hoa");
/// ```
pub fn key(s: &str) -> String {
    // Text without a char that normalization rewrites can only have a
    // tone mark moved, which folding removes: most keys are made of
    // canonical text.
    if s.chars().all(|c| c.is_ascii() || !chars::class(c).special) {
        return fold_str(s);
    }
    fold_str(&normalize_str(s, &Options::default()))
}

struct Normalizer<'a> {
    src: &'a str,
    out: String,
    map: MapBuilder,
    /// Source bytes before this offset have been written to `out`.
    done: usize,
    style: Tone,
    scratch: Vec<char>,
    /// The slots of [`Unchanged`], for this text.
    unchanged: Vec<u128>,
}

impl Normalizer<'_> {
    fn run(&mut self) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    i = self.word(i);
                } else {
                    i += 1;
                }
                continue;
            }
            let c = char_at(src, i);
            let class = chars::class(c);
            // An invisible char where a word would start (one the word
            // before left at its end) is deleted on its own.
            if class.word && !chars::is_invisible(c) {
                i = self.word(i);
                continue;
            }
            let len = c.len_utf8();
            if !class.special {
                i += len;
                continue;
            }
            if chars::is_invisible(c) {
                self.replace(i, i + len, "");
                i += len;
            } else if let Some(rep) = chars::typography(c) {
                self.replace(i, i + len, rep);
                i += len;
            } else {
                // An NFC-unstable char outside words, with its marks.
                let end = cluster_end(src, i + len);
                let nfc: String = src[i..end].nfc().collect();
                if nfc != src[i..end] {
                    self.replace(i, end, &nfc);
                }
                i = end;
            }
        }
        self.flush(bytes.len());
    }

    /// Copies the source up to `to` unchanged.
    fn flush(&mut self, to: usize) {
        if to > self.done {
            self.out.push_str(&self.src[self.done..to]);
            self.map.identity(to - self.done);
            self.done = to;
        }
    }

    /// Replaces source `start..end` with `rep`.
    fn replace(&mut self, start: usize, end: usize, rep: &str) {
        self.flush(start);
        self.out.push_str(rep);
        self.map.rewrite(rep.len(), end - start);
        self.done = end;
    }

    /// Replaces source `start..end` with `chars`.
    fn replace_chars(&mut self, start: usize, end: usize, chars: &[char]) {
        self.flush(start);
        let before = self.out.len();
        self.out.extend(chars);
        self.map.rewrite(self.out.len() - before, end - start);
        self.done = end;
    }

    /// Handles the word that starts at `start`; returns where it ends.
    fn word(&mut self, start: usize) -> usize {
        let src = self.src;
        let bytes = src.as_bytes();
        // A word of ASCII letters alone, the most common, has no tone to
        // place and nothing to compose.
        let mut j = start;
        while j < bytes.len()
            && bytes[j] < 0x80
            && ASCII[bytes[j] as usize] != 0
        {
            j += 1;
        }
        if bytes.get(j).is_none_or(|&b| b < 0x80) {
            return j;
        }
        // A word of letters normalization surely keeps as letters, seen
        // unchanged before, is unchanged again: it is looked up by its
        // bytes, without decoding them.
        let known = letters_end(bytes, j)
            .filter(|&end| end - start <= 15)
            .map(|end| (end, Unchanged::key(bytes, start..end, self.style)));
        if let Some((end, key)) = known
            && Unchanged::holds(&self.unchanged, key)
        {
            return end;
        }
        let done = self.done;
        let end = self.decoded_word(start);
        if let Some((known_end, key)) = known
            && self.done == done
        {
            debug_assert_eq!(end, known_end);
            Unchanged::keep(&mut self.unchanged, key);
        }
        end
    }

    /// [`Normalizer::word`] for a word with a char past ASCII, decoded.
    fn decoded_word(&mut self, start: usize) -> usize {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut buf = ['\0'; MAX_SYLLABLE];
        let mut n: usize = 0;
        let mut vowels = 0;
        let mut toned = 0;
        let mut slow = false;
        let mut composed = false;
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            let c = if b < 0x80 {
                match ASCII[b as usize] {
                    0 => break,
                    2 => vowels += 1,
                    _ => {}
                }
                i += 1;
                b as char
            } else {
                let c = char_at(src, i);
                let class = chars::class(c);
                if !class.word {
                    break;
                }
                i += c.len_utf8();
                if class.special {
                    // NFD and decomposed typing: a Vietnamese mark joins
                    // the vowel before it here, without the slow path.
                    if let Some(p) =
                        n.checked_sub(1).filter(|&p| p < buf.len())
                        && let Some(m) = chars::compose(buf[p], c)
                    {
                        toned += (!chars::class(buf[p]).toned
                            && chars::class(m).toned)
                            as usize;
                        buf[p] = m;
                        composed = true;
                        continue;
                    }
                    slow = true;
                }
                vowels += (class.vowel != 0) as usize;
                toned += class.toned as usize;
                c
            };
            if n < MAX_SYLLABLE {
                buf[n] = c;
            }
            n += 1;
        }
        let mut end = i;
        // Invisible chars at the end are deleted on their own.
        while let Some(c) = src[start..end].chars().next_back() {
            if !chars::is_invisible(c) {
                break;
            }
            end -= c.len_utf8();
        }
        if slow || composed && n > MAX_SYLLABLE {
            self.word_slow(start, end);
        } else if composed {
            let w = &mut buf[..n];
            if vowels >= 2 && toned == 1 {
                tone::place(w, self.style);
            }
            self.replace_chars(start, end, w);
        } else if vowels >= 2 && toned == 1 && n <= MAX_SYLLABLE {
            let w = &mut buf[..n];
            if tone::place(w, self.style) {
                self.replace_chars(start, end, w);
            }
        }
        end
    }

    /// A word that needs NFC, look-alike mapping or deletions.
    fn word_slow(&mut self, start: usize, end: usize) {
        let word = &self.src[start..end];
        let mut chars = std::mem::take(&mut self.scratch);
        chars.clear();
        // Cyrillic look-alikes are Latin letters only in a Latin word.
        let latin =
            word.chars().any(|c| c.is_alphabetic() && !chars::is_cyrillic(c));
        let mut joined = String::with_capacity(word.len());
        // NFC first, so that a look-alike only replaces a whole letter
        // (Cyrillic "а" + breve is "ӑ", not "ă"); then Vietnamese marks
        // join their vowels in any order, and NFC again for the rest.
        let nfc: String =
            word.chars().filter(|&c| !chars::is_invisible(c)).nfc().collect();
        for c in nfc.chars() {
            let c = match chars::lookalike(c) {
                Some(l) if !chars::is_cyrillic(c) || latin => l,
                _ => c,
            };
            let last = joined.chars().next_back();
            match last.and_then(|p| chars::compose(p, c)) {
                Some(m) => {
                    joined.truncate(
                        joined.len() - last.map_or(0, char::len_utf8),
                    );
                    joined.push(m);
                }
                None => joined.push(c),
            }
        }
        chars.extend(joined.nfc());
        tone::place(&mut chars, self.style);
        let s: String = chars.iter().collect();
        if s != word {
            self.replace(start, end, &s);
        }
        self.scratch = chars;
    }
}

/// The end of the word whose letters start at byte `i`, when every char
/// from there is one that surely belongs to a word (an ASCII letter, a
/// letter of U+00C0–U+01BF but × and ÷, a letter of U+1E00–U+1EFF) up to
/// an ASCII char or the end of the text, where the word ends for
/// [`Normalizer::word`] too. `None` when another char comes first.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let Some(&b) = bytes.get(i) else { return Some(i) };
        match b {
            0..0x80 => {
                if ASCII[b as usize] == 0 {
                    return Some(i);
                }
                i += 1;
            }
            0xC3 => {
                if matches!(bytes.get(i + 1), Some(0x97 | 0xB7)) {
                    return None;
                }
                i += 2;
            }
            0xC4..=0xC6 => i += 2,
            0xE1 if matches!(bytes.get(i + 1), Some(0xB8..=0xBB)) => i += 3,
            _ => return None,
        }
    }
}

/// Words that normalization leaves as they are, remembered for the last
/// words seen on this thread (a text repeats a few thousand syllables).
/// Direct-mapped: a word takes the one slot its hash names, from
/// whichever word had it, so no input makes a lookup cost more than a
/// miss.
struct Unchanged;

impl Unchanged {
    /// Slots: a power of two.
    const SLOTS: usize = 4096;

    /// The key of the word `text[w]`, of at most 15 bytes (none of them
    /// zero), in `style`: its bytes, and the style in the sixteenth.
    /// Loaded from the text at once where sixteen bytes remain, the
    /// bytes past the word masked off.
    #[inline]
    fn key(text: &[u8], w: Range<usize>, style: Tone) -> u128 {
        let len = w.len();
        debug_assert!(len <= 15);
        let word = match text.get(w.start..w.start + 16) {
            Some(b) => {
                let x = u128::from_le_bytes(b.try_into().expect("16 bytes"));
                x & (u128::MAX >> (128 - 8 * len))
            }
            None => {
                let mut b = [0u8; 16];
                b[..len].copy_from_slice(&text[w]);
                u128::from_le_bytes(b)
            }
        };
        word | u128::from(1 + u8::from(style == Tone::New)) << 120
    }

    fn slot(key: u128) -> usize {
        let h = ((key as u64) ^ (key >> 64) as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - Self::SLOTS.trailing_zeros())) as usize
    }

    /// This thread's slots, taken for one text: the thread-local is
    /// reached once per text, not once per word.
    fn take() -> Vec<u128> {
        let slots = SLOTS.take();
        if slots.is_empty() { vec![0; Self::SLOTS] } else { slots }
    }

    /// Gives the slots taken by [`Unchanged::take`] back to the thread.
    fn give_back(slots: Vec<u128>) {
        SLOTS.set(slots);
    }

    /// Whether the word of `key` is remembered unchanged.
    #[inline]
    fn holds(slots: &[u128], key: u128) -> bool {
        slots[Self::slot(key)] == key
    }

    /// Remembers the word of `key` unchanged.
    #[inline]
    fn keep(slots: &mut [u128], key: u128) {
        slots[Self::slot(key)] = key;
    }
}

thread_local! {
    /// The slots of [`Unchanged`] on this thread, empty until first used
    /// (and while a text holds them).
    static SLOTS: std::cell::Cell<Vec<u128>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// ASCII bytes: 0 not a letter, 1 consonant, 2 vowel.
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = (b as u8).to_ascii_lowercase();
        t[b] = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => 2,
            b'a'..=b'z' => 1,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The char that starts at byte `i` of `s`.
#[inline]
fn char_at(s: &str, i: usize) -> char {
    debug_assert!(s.is_char_boundary(i) && i < s.len());
    decode_at(s.as_bytes(), i).0
}

/// The end of the combining marks that follow `i`.
fn cluster_end(src: &str, mut i: usize) -> usize {
    for c in src[i..].chars() {
        if !chars::is_mark(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize_str(s, &Options::default())
    }

    fn n_new(s: &str) -> String {
        normalize_str(s, &Options { tone: Tone::New })
    }

    #[test]
    fn lower_agrees_with_the_standard_library_on_every_char() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let want: String = c.to_lowercase().collect();
            assert_eq!(
                lower(&c.to_string()),
                want,
                "{c:?} U+{:04X}",
                c as u32
            );
        }
        let s = "ĐẠI HỘI Đại biểu ƯU TIÊN Ơn ĂN ĨA ŨA ΣΑΣ İstanbul Ǆ À×Þß";
        let want: String = s.chars().flat_map(char::to_lowercase).collect();
        assert_eq!(lower(s), want);
    }

    const TABLE: &[(&str, &str)] = &[
        ("", ""),
        ("abc", "abc"),
        ("UBND tỉnh Thanh Hoá", "UBND tỉnh Thanh Hóa"),
        ("Thuỷ điện Hoà Bình", "Thủy điện Hòa Bình"),
        ("sức khoẻ, tuỳ, hoạ sĩ, loè loẹt", "sức khỏe, tùy, họa sĩ, lòe loẹt"),
        (
            "hoàn toàn, toán học, quý, quốc, giá",
            "hoàn toàn, toán học, quý, quốc, giá",
        ),
        ("khuỷu tay, thuở xưa", "khuỷu tay, thuở xưa"),
        ("THANH HOÁ", "THANH HÓA"),
        // NFD and marks in non-canonical order
        ("Vie\u{302}\u{323}t Nam", "Việt Nam"),
        ("Vie\u{323}\u{302}t Nam", "Việt Nam"),
        ("đa\u{323}\u{302}p", "đập"),
        ("Ho\u{61}\u{300}", "Hòa"),
        ("U\u{309}y ban", "Ủy ban"),
        ("VIE\u{302}\u{323}T NAM", "VIỆT NAM"),
        ("Thanh Hoa\u{300}", "Thanh Hòa"),
        ("thu\u{31b}o\u{31b}\u{300}ng", "thường"),
        // two marks of one class out of canonical order
        ("tie\u{301}\u{302}ng", "tiếng"),
        ("a\u{301}\u{301}", "á\u{301}"),
        // look-alikes
        ("Ðại học ðà Nẵng", "Đại học đà Nẵng"),
        ("ɗồng", "đồng"),
        ("Vіệt", "Việt"),
        ("Москва", "Москва"),
        // typography
        ("2021–2025", "2021-2025"),
        ("2021—2025 − 1", "2021-2025 - 1"),
        ("“Đoàn kết” ‘a’", "\"Đoàn kết\" 'a'"),
        ("12.345.678\u{a0}₫", "12.345.678 ₫"),
        ("Hà\u{200b} Nội\u{feff}", "Hà Nội"),
        ("ngư\u{ad}ời", "người"),
        ("Ω", "Ω"),
        ("東京", "東京"),
    ];

    /// [`key`] without its shortcut.
    fn slow_key(s: &str) -> String {
        fold_str(&n(s))
    }

    #[test]
    fn key_takes_its_shortcut_only_where_normalization_moves_tones() {
        for &(input, _) in TABLE {
            assert_eq!(key(input), slow_key(input), "{input:?}");
        }
        // Every char below U+3000 alone, in a word and after a vowel
        // that takes a tone.
        for c in (0..0x3000).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("Hoa{c}n"), format!("thuỷ{c}")]
            {
                assert_eq!(key(&s), slow_key(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn table() {
        for &(input, want) in TABLE {
            assert_eq!(n(input), want, "input: {input:?}");
            assert_eq!(n(want), want, "idempotent: {want:?}");
        }
    }

    #[test]
    fn new_style() {
        assert_eq!(n_new("Thanh Hóa, thủy, khỏe"), "Thanh Hoá, thuỷ, khoẻ");
        assert_eq!(n_new("hoàn, quý"), "hoàn, quý");
    }

    #[test]
    fn map_points_into_source() {
        let src = "Sáng 28\u{2011}12, UBND tỉnh Thanh Hoá\u{200b} họp.";
        let v = Views::new(src, &Options::default());
        assert_eq!(v.norm.text, "Sáng 28-12, UBND tỉnh Thanh Hóa họp.");
        let at = v.norm.text.find("Hóa").unwrap();
        let r = v.norm.map.to_src(at..at + "Hóa".len());
        assert_eq!(&src[r], "Hoá");
        let at = v.folded.find("thanh hoa").unwrap();
        let r = v.folded_to_src(at..at + "thanh hoa".len());
        assert_eq!(&src[r], "Thanh Hoá");
        let at = v.norm.text.find("28-12").unwrap();
        assert_eq!(&src[v.norm.map.to_src(at..at + 5)], "28\u{2011}12");
    }

    #[test]
    fn fold_map_agrees_with_a_map_built_char_by_char() {
        let texts = [
            "Đặng Thị THỦY, UBND tỉnh Thanh Hóa",
            "Ça Ñ Σ 東京 € ok",
            // Marks left after letters NFC cannot compose with, and
            // chars that fold to nothing.
            "q\u{301}x \u{323}a\u{302}b ÁÂ\u{300}",
            "",
            "ệ",
        ];
        for text in texts {
            fold_agrees_char_by_char(text);
        }
    }

    #[test]
    fn fold_agrees_wherever_a_char_stands_in_a_chunk_of_ascii() {
        // Chars that fold to one ASCII byte, to themselves, to nothing,
        // in general, and to more bytes than they have (Ⱥ → ⱥ), each at
        // every offset of a run of ASCII, the text's end included.
        let ascii = "Ab Zz@[`{ 09 XYZ abc DEF";
        for c in ["Đ", "ệ", "ư", "\u{301}", "Ⱥ", "ȺȺȺ", "東", "€", "İ", "ß"]
        {
            for at in 0..=ascii.len() {
                let text = format!("{}{c}{}", &ascii[..at], &ascii[at..]);
                fold_agrees_char_by_char(&text);
                fold_agrees_char_by_char(&text[..at + c.len()]);
            }
        }
        fold_agrees_char_by_char(&"ȺẠ".repeat(40));
    }

    #[test]
    fn folds_table_is_fold_char() {
        let folds = chars::folds();
        for c in (0x80..0x1F00).filter_map(char::from_u32) {
            let mut want = String::new();
            chars::fold_char(c, &mut want);
            match folds[c as usize] {
                0 => {}
                chars::FOLD_COPY => assert_eq!(want, c.to_string(), "{c:?}"),
                chars::FOLD_DROP => assert_eq!(want, "", "{c:?}"),
                b => assert_eq!(want, char::from(b).to_string(), "{c:?}"),
            }
        }
    }

    #[test]
    fn lower_word_is_lower_first_of_each_char() {
        let words = [
            "",
            "a",
            "A",
            "Nguyễn",
            "NGUYỄN",
            "đường",
            "ĐƯỜNG",
            "İstanbul",
            "ȺȺ",
            "x東Y",
            "ǅ",
        ];
        let long = ["a".repeat(48), "a".repeat(49), "A".repeat(48)];
        let edge = [
            format!("{}İ", "a".repeat(47)),
            format!("{}Ⱥ", "a".repeat(46)),
            format!("{}Ⱥ", "a".repeat(45)),
        ];
        let all = words.iter().map(|w| w.to_string()).chain(long).chain(edge);
        for w in all {
            let want: String = w.chars().map(lower_first).collect();
            let want = if want.len() <= 48 { want } else { String::new() };
            assert_eq!(lower_word(&w, &mut [0; 48]), want, "{w:?}");
        }
    }

    /// Checks [`fold`] of `text` against a fold and map made char by char.
    fn fold_agrees_char_by_char(text: &str) {
        let mut want = MapBuilder::new();
        let mut folded = String::new();
        for c in text.chars() {
            let mut one = String::new();
            chars::fold_char(c, &mut one);
            if one == c.to_string() || c.is_ascii() {
                want.identity(c.len_utf8());
            } else {
                want.rewrite(one.len(), c.len_utf8());
            }
            folded.push_str(&one);
        }
        let want = want.finish();
        let (got, map) = fold(text);
        assert_eq!(got, folded, "{text:?}");
        for a in 0..=got.len() {
            for b in a..=got.len() + 1 {
                assert_eq!(
                    map.to_src(a..b),
                    want.to_src(a..b),
                    "{text:?} {a}..{b}"
                );
            }
        }
    }

    #[test]
    fn lower_char_is_to_lowercase() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let want: String = c.to_lowercase().collect();
            match lower_char(c) {
                Some(l) => assert_eq!(l.to_string(), want, "{c:?}"),
                None => assert!(want.chars().count() > 1, "{c:?}"),
            }
        }
    }

    #[test]
    fn letters_end_takes_only_word_chars() {
        for c in (0x80..0x3_0000).filter_map(char::from_u32) {
            let s = format!("{c}a.");
            let Some(end) = letters_end(s.as_bytes(), 0) else { continue };
            assert_eq!(end, c.len_utf8() + 1, "{c:?}");
            let class = chars::class(c);
            assert!(class.word && !chars::is_invisible(c), "{c:?}");
        }
        assert_eq!(letters_end("Hoá x".as_bytes(), 0), Some(4));
        assert_eq!(letters_end("a\u{301}".as_bytes(), 0), None);
        assert_eq!(letters_end("a×b".as_bytes(), 0), None);
    }

    #[test]
    fn a_word_has_one_key_wherever_it_stands() {
        for w in ["a", "Hoá", "nghiêng", "Thuỵ", "ĐƯỜNG", "ươơưươa"]
        {
            assert!(w.len() <= 15);
            let at_end = format!("xy {w}");
            let inside = format!("{w} và nhiều chữ nữa sau");
            for style in [Tone::Old, Tone::New] {
                let a =
                    Unchanged::key(at_end.as_bytes(), 3..at_end.len(), style);
                let b = Unchanged::key(inside.as_bytes(), 0..w.len(), style);
                assert_eq!(a, b, "{w}");
                assert_eq!(a.to_le_bytes()[..w.len()], *w.as_bytes());
            }
            let old = Unchanged::key(w.as_bytes(), 0..w.len(), Tone::Old);
            let new = Unchanged::key(w.as_bytes(), 0..w.len(), Tone::New);
            assert_ne!(old, new);
        }
    }

    #[test]
    fn remembered_words_normalize_as_before() {
        // Words that change and words that do not, in both styles, each
        // normalized on a fresh thread and again on a thread that has
        // seen them.
        let text = "Thanh Hoá, Thanh Hóa, thuỷ thủy khoẻ khỏe Thuỵ Điển \
                    hoà hòa người được nghiêng ĐƯỢC Hoá hoa\u{301} \
                    xã Quỳnh Lưu uỷ ban HOÀ THUỶ";
        let fresh = |tone: Tone| {
            std::thread::spawn(move || normalize_str(text, &Options { tone }))
                .join()
                .unwrap()
        };
        let (old, new) = (fresh(Tone::Old), fresh(Tone::New));
        assert_ne!(old, new);
        // One thread, the styles in turn: what one style keeps, the
        // other may change.
        for tone in [Tone::New, Tone::Old, Tone::New, Tone::Old] {
            let want = if tone == Tone::Old { &old } else { &new };
            assert_eq!(&normalize_str(text, &Options { tone }), want);
        }
    }

    #[test]
    fn fold_one_is_fold_str_of_one_char() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let f = fold_str(c.encode_utf8(&mut [0; 4]));
            let want = (f.chars().count() == 1).then(|| f.chars().next());
            assert_eq!(fold_one(c), want.flatten(), "{c:?}");
        }
    }

    #[test]
    fn is_alphanumeric_is_the_standard_one() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn keys_agree() {
        assert_eq!(key("Thanh Hoá"), key("THANH HÓA"));
        assert_eq!(key("Thanh Hoa\u{301}"), "thanh hoa");
        assert_eq!(key("Ðặng"), "dang");
    }
}
