//! Sentence and syllable segmentation.
//!
//! Both segmenters make one forward pass over the text, allocate nothing per
//! char, and return byte offsets into the text they were given. They expect
//! normalized text (see [`crate::normalize`]) but also accept raw text:
//! curly and angle quotes, `…`, `–`, `—`, no-break spaces and zero-width
//! spaces are understood too.
//!
//! # Sentences
//!
//! [`sentences`] returns the byte range of each sentence, trimmed of
//! surrounding whitespace, in order, non-overlapping and never empty. Every
//! char that is not whitespace lies in exactly one sentence. The rules:
//!
//! 1. Every line break (`\n`, `\r`, U+2028, …) ends a sentence: news text
//!    holds one title or paragraph per line. No sentence holds a line
//!    break.
//! 2. Otherwise a sentence ends after a run of terminators (`.` `!` `?`
//!    `…`, so `?!` and `...` are one run), plus any closing quotes and
//!    brackets right after it (`hiệu quả." Tiếp` keeps the quote), when
//!    whitespace follows and then a plausible sentence start: an upper-case
//!    letter, a digit, an opening quote or bracket, a dash or a bullet.
//!    A lower-case word after the run (`Nhà nước… và`) goes on the same
//!    sentence; so does anything glued to the run (`3.200`,
//!    `28.12.2022`, `TP.HCM`, `PGS.TS`).
//! 3. A single `.` after a word of [`ABBREVIATIONS`] does not end a
//!    sentence when the word is an [`AbbrevKind::Prefix`] (`TP.`, `Q.`,
//!    `ThS.`, `Mr.`, …). Compounds are judged by their last part, so
//!    `ThS.BS.` and `PGS.TS.` are prefixes. After an [`AbbrevKind::Final`]
//!    word (`v.v.`, `TP.HCM.`) a sentence ends only before an upper-case
//!    letter.
//! 4. A single upper-case letter before `.` is an initial and does not end
//!    a sentence (`Nguyễn V. A. cho biết`, `T.P. Huế`), unless the word
//!    before it starts in lower case (`đạt loại A. Tiếp theo` ends after
//!    `A.`). A short label at the start of a sentence (`1.`, `II.`, `a.`,
//!    `1.2.`) does not end it either.
//! 5. Quotes and brackets are tracked on one line. When the outermost one
//!    closes and the text goes on in lower case or with `,` `;` `:`, the
//!    sentences found inside it are joined again with the text around
//!    them: `Ông nói: "Làm. Ngay!" rồi đi.` is one sentence. A quotation
//!    that ends its sentence keeps its inner breaks.
//!
//! # Tokens
//!
//! [`tokens`] and [`token_iter`] cut text into [`Token`]s; whitespace is
//! never part of a token. See [`TokenKind`] for the classes.
//!
//! # Example
//!
//! ```
//! use vnextract::segment::{TokenKind, sentences, tokens};
//!
//! let text = "TP.HCM đạt 3.200 USD. PGS.TS. Lê Văn A. cho biết.\nTiếp";
//! let got: Vec<&str> =
//!     sentences(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(got, [
//!     "TP.HCM đạt 3.200 USD.",
//!     "PGS.TS. Lê Văn A. cho biết.",
//!     "Tiếp",
//! ]);
//!
//! let kinds: Vec<TokenKind> =
//!     tokens("3.200 USD.").iter().map(|t| t.kind).collect();
//! assert_eq!(kinds, [TokenKind::Number, TokenKind::Word, TokenKind::Punct]);
//! ```

use std::ops::Range;
use std::sync::LazyLock;

use crate::hash::FxHashMap;

/// How a word of [`ABBREVIATIONS`] acts before whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Written before a name, place or number (`TP.`, `ThS.`, `Q.`): never
    /// ends a sentence.
    Prefix,
    /// May end a sentence (`v.v.`, `TP.HCM.`), but only before an
    /// upper-case letter; a digit, quote or dash after it continues it.
    Final,
}

/// Abbreviations that end in `.`, with how each one acts before
/// whitespace. Matching is case-sensitive and on the whole word before the
/// `.` first, then on its last `.`-separated part (`ThS.BS` → `BS`).
///
/// Single upper-case letters (`Q.`, `V.`) are also initials, see rule 4 in
/// the [module docs](self); the address letters are listed here because
/// they never end a sentence, whatever comes before them.
pub const ABBREVIATIONS: &[(&str, AbbrevKind)] = &[
    // Places: thành phố, quận, phường, huyện, xã, thị xã, thị trấn.
    ("TP.", AbbrevKind::Prefix),
    ("Tp.", AbbrevKind::Prefix),
    ("tp.", AbbrevKind::Prefix),
    ("T.P.", AbbrevKind::Prefix),
    ("Q.", AbbrevKind::Prefix),
    ("P.", AbbrevKind::Prefix),
    ("H.", AbbrevKind::Prefix),
    ("X.", AbbrevKind::Prefix),
    ("TX.", AbbrevKind::Prefix),
    ("Tx.", AbbrevKind::Prefix),
    ("T.X.", AbbrevKind::Prefix),
    ("TT.", AbbrevKind::Prefix),
    ("T.T.", AbbrevKind::Prefix),
    // Degrees and honours.
    ("TS.", AbbrevKind::Prefix),
    ("ThS.", AbbrevKind::Prefix),
    ("Ths.", AbbrevKind::Prefix),
    ("Th.S.", AbbrevKind::Prefix),
    ("PGS.", AbbrevKind::Prefix),
    ("GS.", AbbrevKind::Prefix),
    ("PGS.TS.", AbbrevKind::Prefix),
    ("GS.TS.", AbbrevKind::Prefix),
    ("BS.", AbbrevKind::Prefix),
    ("KS.", AbbrevKind::Prefix),
    ("ThS.BS.", AbbrevKind::Prefix),
    ("NSND.", AbbrevKind::Prefix),
    ("NSƯT.", AbbrevKind::Prefix),
    // Foreign titles.
    ("St.", AbbrevKind::Prefix),
    ("Mr.", AbbrevKind::Prefix),
    ("Mrs.", AbbrevKind::Prefix),
    ("Ms.", AbbrevKind::Prefix),
    ("Dr.", AbbrevKind::Prefix),
    ("Prof.", AbbrevKind::Prefix),
    // Words that often end a sentence.
    ("v.v.", AbbrevKind::Final),
    ("etc.", AbbrevKind::Final),
    ("TP.HCM.", AbbrevKind::Final),
    ("Tp.HCM.", AbbrevKind::Final),
    ("T.Ư.", AbbrevKind::Final),
];

/// Byte ranges of the sentences of `text`, trimmed, in order.
///
/// See the [module docs](self) for the rules. Empty or whitespace-only
/// text has no sentences.
///
/// # Example
///
/// ```
/// use vnextract::segment::sentences;
///
/// let text = "Ông nói: \"Làm. Ngay!\" rồi đi. Q. 1 đông.\n\n  Hết";
/// let got: Vec<&str> =
///     sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(got, ["Ông nói: \"Làm. Ngay!\" rồi đi.", "Q. 1 đông.", "Hết"]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut splitter = Splitter {
        text,
        // News sentences average some 150 bytes.
        out: Vec::with_capacity(text.len() / 128 + 4),
        start: None,
        last_end: 0,
        stack: ['\0'; MAX_DEPTH],
        depth: 0,
        saved: (0, 0),
    };
    splitter.run();
    splitter.out
}

/// How many nested quotes and brackets are tracked; deeper ones are
/// ignored.
const MAX_DEPTH: usize = 16;

/// The state of [`sentences`].
struct Splitter<'t> {
    text: &'t str,
    out: Vec<Range<usize>>,
    /// Start of the current sentence, once it has a non-space char.
    start: Option<usize>,
    /// End of the last non-space char of the current sentence.
    last_end: usize,
    /// Open quotes and brackets on this line.
    stack: [char; MAX_DEPTH],
    depth: usize,
    /// `out.len()` and the sentence start when the outermost quote or
    /// bracket opened.
    saved: (usize, usize),
}

impl Splitter<'_> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            // Fast path: a stretch of bytes none of which can end a
            // sentence, open or close a quote, or be a space other than
            // ' ' (see [`plain_run`]).
            let run = plain_run(bytes, i);
            if run > i {
                let stretch = &bytes[i..run];
                if let Some(first) = stretch.iter().position(|&b| b != b' ') {
                    self.start.get_or_insert(i + first);
                    let last = stretch
                        .iter()
                        .rposition(|&b| b != b' ')
                        .unwrap_or(first);
                    self.last_end = i + last + 1;
                }
                i = run;
                continue;
            }
            // The space between words.
            if bytes.get(i) == Some(&b' ') {
                i += 1;
                continue;
            }
            let Some(c) = char_at(text, i) else { break };
            let n = i + c.len_utf8();
            if is_line_break(c) {
                self.flush();
                i = n;
                continue;
            }
            if is_space(c) {
                i = n;
                continue;
            }
            let start = *self.start.get_or_insert(i);
            self.last_end = n;
            if is_terminator(c) {
                i = self.terminator(start, i, n);
                continue;
            }
            self.delimiter(c, i, n);
            i = n;
        }
        self.flush();
    }

    /// Ends the current sentence, if any, at the end of its last char.
    fn flush(&mut self) {
        if let Some(start) = self.start.take() {
            self.out.push(start..self.last_end);
        }
        self.depth = 0;
    }

    /// Handles the terminator at `i..n` and what follows it; returns where
    /// to go on.
    fn terminator(&mut self, start: usize, i: usize, n: usize) -> usize {
        let text = self.text;
        let mut j = n;
        while let Some(d) = char_at(text, j) {
            let m = j + d.len_utf8();
            if is_terminator(d) {
            } else if is_closer(d) {
                if let Some(k) = self.opener_for(d) {
                    self.close(k, m);
                }
            } else {
                break;
            }
            j = m;
        }
        self.last_end = j;
        let after = skip_spaces(text, j);
        let Some(next) = char_at(text, after) else { return j };
        if after == j || is_line_break(next) {
            return j;
        }
        let single_dot = j == n && text.as_bytes()[i] == b'.';
        let split = if single_dot {
            match classify(text, start, i) {
                Some(AbbrevKind::Prefix) => false,
                Some(AbbrevKind::Final) => next.is_uppercase(),
                None => is_sentence_start(next),
            }
        } else {
            is_sentence_start(next)
        };
        if split {
            self.out.push(start..j);
            self.start = None;
        }
        j
    }

    /// Tracks the quote or bracket `c` at `i..n`, if it is one.
    fn delimiter(&mut self, c: char, i: usize, n: usize) {
        if is_closer(c)
            && let Some(k) = self.opener_for(c)
        {
            self.close(k, n);
        } else if is_opener(c) {
            if c == '"' {
                let prev = self.text[..i].chars().next_back();
                let opens = prev.is_none_or(|p| {
                    is_space(p) || is_opener(p) || matches!(p, ':' | '-')
                });
                if !opens {
                    return;
                }
            }
            if self.depth == 0 {
                let start = self.start.unwrap_or(i);
                self.saved = (self.out.len(), start);
            }
            if self.depth < MAX_DEPTH {
                self.stack[self.depth] = c;
                self.depth += 1;
            }
        }
    }

    /// The stack index of the innermost open quote or bracket that `c`
    /// closes.
    fn opener_for(&self, c: char) -> Option<usize> {
        self.stack[..self.depth].iter().rposition(|&o| closes(o, c))
    }

    /// Closes the stack down to `k`; `after` is the end of the closer. When
    /// the outermost one closes and the text goes on, the sentences found
    /// inside are joined again.
    fn close(&mut self, k: usize, after: usize) {
        self.depth = k;
        if k > 0 || self.out.len() <= self.saved.0 {
            return;
        }
        let next = char_at(self.text, skip_spaces(self.text, after));
        let goes_on = next
            .is_some_and(|d| d.is_lowercase() || matches!(d, ',' | ';' | ':'));
        if goes_on {
            self.out.truncate(self.saved.0);
            self.start = Some(self.saved.1);
        }
    }
}

/// Judges the word before a single `.` at `dot`, in the sentence that
/// starts at `start`: `Some(kind)` if it is an abbreviation, an initial
/// ([`AbbrevKind::Prefix`]) or a label, `None` for an ordinary word.
fn classify(text: &str, start: usize, dot: usize) -> Option<AbbrevKind> {
    let before = &text[start..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            c == '.' || crate::normalize::is_alphanumeric(c) || is_mark(c)
        })
        .last()
        .map_or(before.len(), |(k, _)| k);
    let word = &before[word_start..];
    if word.is_empty() {
        return None;
    }
    let last = word.rsplit('.').next().unwrap_or(word);
    if let Some(kind) = lookup(word).or_else(|| lookup(last)) {
        return Some(kind);
    }
    if word_start == 0 && is_label(word) {
        return Some(AbbrevKind::Prefix);
    }
    if !is_initial(last) {
        return None;
    }
    if word.contains('.') {
        return Some(AbbrevKind::Prefix);
    }
    let prev = before[..word_start].trim_end_matches(is_space);
    let prev = prev.rsplit(is_space).next().unwrap_or("");
    let lower = prev.chars().find(|&c| crate::normalize::is_alphanumeric(c));
    if lower.is_some_and(char::is_lowercase) {
        None
    } else {
        Some(AbbrevKind::Prefix)
    }
}

/// The kind of `word` (without its final `.`) in [`ABBREVIATIONS`].
fn lookup(word: &str) -> Option<AbbrevKind> {
    // Every word before a dot is looked up, most of them no abbreviation:
    // a map rather than a scan of the list. The first entry of a word
    // wins, as it would in the list.
    static KINDS: LazyLock<FxHashMap<&str, AbbrevKind>> =
        LazyLock::new(|| {
            let mut map = FxHashMap::default();
            for &(a, kind) in ABBREVIATIONS {
                if let Some(w) = a.strip_suffix('.') {
                    map.entry(w).or_insert(kind);
                }
            }
            map
        });
    KINDS.get(word).copied()
}

/// A single upper-case letter, maybe with combining marks.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(is_mark)
}

/// A list label: `1`, `12`, `IV`, `1.2`, or one letter.
fn is_label(word: &str) -> bool {
    let mut chars = word.chars();
    let one_letter =
        chars.next().is_some_and(char::is_alphabetic) && chars.all(is_mark);
    let numbered = word.len() <= 8
        && !word.ends_with('.')
        && word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && word.as_bytes()[0].is_ascii_digit();
    let roman = word.len() <= 6 && word.bytes().all(|b| b"IVXLC".contains(&b));
    one_letter || numbered || roman
}

/// A char that can begin a sentence after a terminator.
fn is_sentence_start(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || is_opener(c)
        || matches!(
            c,
            '\'' | '‘' | '-' | '\u{2010}'..='\u{2015}' | '•' | '*' | '+' | '…'
        )
}

/// Chars that end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？'
    )
}

/// Opening quotes and brackets that are tracked.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '‹' | '(' | '[' | '{' | '（')
}

/// Closing quotes and brackets; `'` and `’` close nothing but stay with a
/// sentence that ends before them.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '›' | ')' | ']' | '}' | '）' | '\'' | '’')
}

/// Whether the closer `c` closes the opener `open`.
fn closes(open: char, c: char) -> bool {
    match open {
        '"' | '“' | '„' => matches!(c, '"' | '”' | '“'),
        '«' => c == '»',
        '‹' => c == '›',
        '(' => c == ')',
        '[' => c == ']',
        '{' => c == '}',
        '（' => c == '）',
        _ => false,
    }
}

/// Chars that end a line; each one ends a sentence.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whitespace, plus the invisible chars raw text carries (zero-width
/// space, word joiner, byte order mark). Such chars are never inside a
/// token and never begin or end a sentence.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Combining marks: the diacritics of NFD text and their extensions.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// The char that starts at byte `i`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The end of the run of plain bytes that starts at `i`: bytes of chars
/// that the splitter only has to step over (letters, digits, ' ', commas,
/// dashes, …), as opposed to line breaks, other spaces, terminators,
/// quotes and brackets. Those are ASCII bytes, or chars whose first byte
/// is 0xC2, 0xE2, 0xE3 or 0xEF, or U+1680 and its block (0xE1 0x9A …).
#[inline]
fn plain_run(b: &[u8], mut i: usize) -> usize {
    static PLAIN: [bool; 256] = {
        let mut t = [true; 256];
        let mut c = 0;
        while c < 0x20 {
            t[c] = false;
            c += 1;
        }
        // 0x9A stops the run too, for U+1680: it seldom comes in
        // Vietnamese, unlike the 0xE1 before it.
        let stops = b".!?\"'()[]{}\xc2\xe2\xe3\xef\x9a";
        let mut k = 0;
        while k < stops.len() {
            t[stops[k] as usize] = false;
            k += 1;
        }
        t
    };
    let start = i;
    loop {
        // Eight bytes at a time while all are plain, then one by one.
        while let Some(chunk) = b.get(i..i + 8)
            && chunk.iter().fold(true, |all, &c| all & PLAIN[c as usize])
        {
            i += 8;
        }
        while let Some(&c) = b.get(i) {
            if !PLAIN[c as usize] {
                break;
            }
            i += 1;
        }
        // A 0x9A byte is plain but in U+1680 and its block.
        if b.get(i) != Some(&0x9A) {
            return i;
        }
        if i > start && b[i - 1] == 0xE1 {
            return i - 1;
        }
        i += 1;
    }
}

/// The first byte at or after `i` that is not a space, line breaks
/// excluded.
fn skip_spaces(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !is_space(c) || is_line_break(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// The class of a [`Token`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A maximal run of letters (`char::is_alphabetic`) with their
    /// combining marks and inner apostrophes (`M'gar`, `H'Drai`): in
    /// Vietnamese, one syllable.
    ///
    /// Letters followed by digits stay one word (`F0`, `H5N1`, `COVID19`,
    /// `U23`), and so does one digit followed by an upper-case letter
    /// (`5G`, `4K`, `3D`). Other digits followed by letters are a
    /// [`TokenKind::Number`] then a word of letters only, so units glued to
    /// a number come apart: `100km` → `100` `km`, `15h30` → `15` `h` `30`.
    Word,
    /// Digits (`char::is_numeric`) with inner `.` or `,` groups that are
    /// followed by a digit: `3.200`, `1,5`, `12.345,67`, `28.12.2022`. A
    /// trailing `.` or `,` is not part of the number.
    Number,
    /// A punctuation char, or a run of the same one (`...`, `--`, `!!`):
    /// `. , ; : ! ? …`, quotes, brackets, dashes, `/`, `\`, `_`, `·`, `•`
    /// and the rest of U+2010–U+2027.
    Punct,
    /// Any other char that is not a space: `%`, `$`, `₫`, `+`, `&`, `#`,
    /// `@`, an emoji. Combining marks, variation selectors, skin tones and
    /// zero-width-joined chars that follow it are part of it, and a pair
    /// of regional indicators (a flag) is one symbol.
    Symbol,
}

/// A token of a text: the byte range `start..end` and its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// The class of the token.
    pub kind: TokenKind,
}

impl Token {
    /// The byte range `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The tokens of `text`, in order.
///
/// # Example
///
/// ```
/// use vnextract::segment::{TokenKind, tokens};
///
/// let text = "Cư M'gar: 2.500.000 ca COVID-19.";
/// let got: Vec<(&str, TokenKind)> =
///     tokens(text).iter().map(|t| (&text[t.range()], t.kind)).collect();
/// assert_eq!(got, [
///     ("Cư", TokenKind::Word),
///     ("M'gar", TokenKind::Word),
///     (":", TokenKind::Punct),
///     ("2.500.000", TokenKind::Number),
///     ("ca", TokenKind::Word),
///     ("COVID", TokenKind::Word),
///     ("-", TokenKind::Punct),
///     ("19", TokenKind::Number),
///     (".", TokenKind::Punct),
/// ]);
/// ```
pub fn tokens(text: &str) -> Vec<Token> {
    token_iter(text).collect()
}

/// The tokens of `text`, in order, without allocating.
///
/// # Example
///
/// ```
/// use vnextract::segment::{TokenKind, token_iter};
///
/// let text = "Thu 11% GRDP";
/// let words = token_iter(text).filter(|t| t.kind == TokenKind::Word);
/// assert_eq!(words.count(), 2);
/// ```
pub fn token_iter(text: &str) -> impl Iterator<Item = Token> + '_ {
    Tokens { text, pos: 0, after_number: false }
}

/// The iterator behind [`token_iter`].
struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// Whether the last token was a number that ends at `pos`.
    after_number: bool,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let mut start = self.pos;
        let c = loop {
            let c = char_at(text, start)?;
            if !is_space(c) {
                break c;
            }
            start += c.len_utf8();
        };
        let glued = start == self.pos && self.after_number;
        let n = start + c.len_utf8();
        let (end, kind) = if c.is_alphabetic() {
            (word_end(text, n, !glued), TokenKind::Word)
        } else if c.is_numeric() {
            number(text, start, n)
        } else if is_punct(c) {
            let mut end = n;
            while char_at(text, end) == Some(c) {
                end += c.len_utf8();
            }
            (end, TokenKind::Punct)
        } else {
            (symbol_end(text, c, n), TokenKind::Symbol)
        };
        self.pos = end;
        self.after_number = kind == TokenKind::Number;
        Some(Token { start, end, kind })
    }
}

/// The end of a word whose first letter ends at `i`; with `digits`, the
/// word takes in digits too.
fn word_end(text: &str, mut i: usize, digits: bool) -> usize {
    while let Some(c) = char_at(text, i) {
        let n = i + c.len_utf8();
        let inner_apostrophe = matches!(c, '\'' | '’')
            && char_at(text, n).is_some_and(char::is_alphabetic);
        let takes = c.is_alphabetic()
            || is_mark(c)
            || inner_apostrophe
            || (digits && c.is_numeric());
        if !takes {
            break;
        }
        i = n;
    }
    i
}

/// The end and kind of a token that starts with the digit at
/// `start..n`.
fn number(text: &str, start: usize, n: usize) -> (usize, TokenKind) {
    let digits_end = |mut i: usize| {
        while let Some(c) = char_at(text, i).filter(|c| c.is_numeric()) {
            i += c.len_utf8();
        }
        i
    };
    let mut end = digits_end(n);
    if end == start + 1 && char_at(text, end).is_some_and(char::is_uppercase) {
        return (word_end(text, end, true), TokenKind::Word);
    }
    while let Some('.' | ',') = char_at(text, end) {
        if !char_at(text, end + 1).is_some_and(|c| c.is_numeric()) {
            break;
        }
        end = digits_end(end + 1);
    }
    (end, TokenKind::Number)
}

/// The end of a symbol whose first char `c` ends at `n`.
fn symbol_end(text: &str, c: char, mut n: usize) -> usize {
    let regional = |c: char| matches!(c, '\u{1F1E6}'..='\u{1F1FF}');
    if regional(c)
        && let Some(d) = char_at(text, n).filter(|&d| regional(d))
    {
        n += d.len_utf8();
    }
    while let Some(d) = char_at(text, n) {
        let extends = is_mark(d)
            || matches!(
                d,
                '\u{FE00}'..='\u{FE0F}'
                    | '\u{1F3FB}'..='\u{1F3FF}'
                    | '\u{E0020}'..='\u{E007F}'
            );
        if extends {
            n += d.len_utf8();
        } else if d == '\u{200D}'
            && let Some(e) = char_at(text, n + 3).filter(|&e| !is_space(e))
        {
            n += 3 + e.len_utf8();
        } else {
            break;
        }
    }
    n
}

/// Punctuation chars; see [`TokenKind::Punct`].
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return b".,;:!?\"'()[]{}-/\\_".contains(&(c as u8));
    }
    matches!(
        c,
        '«' | '»' | '¡' | '¿' | '·' | '‹' | '›' | '\u{2010}'..='\u{2027}'
    ) || is_terminator(c)
        || matches!(c, '、' | '，' | '；' | '：' | '（' | '）')
}

#[cfg(test)]
mod tests {
    use proptest::test_runner::TestCaseError;

    use super::*;

    #[test]
    fn plain_runs_end_where_a_char_needs_a_look() {
        // Chars with a 0x9A byte (Ớ, Ú, ẚ) are plain; U+1680 and its
        // block are not; nor are terminators, quotes and brackets.
        let text =
            "Ớ nhà Úc ẚ có\u{1680}12 «Hà» Nội.Ú\u{1681}ớ người ĐẠI(hội)";
        let stop = |c: char| {
            (c as u32) < 0x20
                || ".!?\"'()[]{}".contains(c)
                || matches!(c.len_utf8(), 2 | 3)
                    && matches!(
                        c.to_string().as_bytes()[0],
                        0xC2 | 0xE2 | 0xE3 | 0xEF
                    )
                || ('\u{1680}'..='\u{16BF}').contains(&c)
        };
        for (i, _) in text.char_indices() {
            let want = text[i..]
                .char_indices()
                .find(|&(_, c)| stop(c))
                .map_or(text.len(), |(k, _)| i + k);
            assert_eq!(plain_run(text.as_bytes(), i), want, "from {i}");
        }
    }

    /// (name, input, expected sentences).
    type SentenceCase = (&'static str, &'static str, &'static [&'static str]);

    const SENTENCES: &[SentenceCase] = &[
        ("empty", "", &[]),
        ("spaces_only", " \t  ", &[]),
        ("newlines_only", "\n\r\n \n", &[]),
        ("one", "Hà Nội đẹp.", &["Hà Nội đẹp."]),
        (
            "spaces_of_every_kind",
            "\u{a0}Mưa.\u{1680}Gió\u{3000}to.\u{2009}Ơ ,\u{200b}",
            &["Mưa.", "Gió\u{3000}to.", "Ơ ,"],
        ),
        ("letters_then_space", "ệ ", &["ệ"]),
        ("no_final_punct", "Hà Nội đẹp", &["Hà Nội đẹp"]),
        ("trimmed", "  Hà Nội đẹp.  ", &["Hà Nội đẹp."]),
        ("two", "Trời mưa. Đường ngập.", &["Trời mưa.", "Đường ngập."]),
        ("exclaim", "Tuyệt! Làm tiếp.", &["Tuyệt!", "Làm tiếp."]),
        ("question", "Ai đi? Tôi đi.", &["Ai đi?", "Tôi đi."]),
        ("run_qe", "Thật sao?! Không.", &["Thật sao?!", "Không."]),
        ("run_dots", "Chờ... Được rồi.", &["Chờ...", "Được rồi."]),
        ("run_ellipsis", "Chờ… Được rồi.", &["Chờ…", "Được rồi."]),
        ("dots_lower", "Nhà nước... và dân.", &["Nhà nước... và dân."]),
        ("ellipsis_lower", "Nhà nước… và dân.", &["Nhà nước… và dân."]),
        ("ellipsis_glued", "Nhà nước…vì dân", &["Nhà nước…vì dân"]),
        ("lower_after_dot", "số 5. và tiếp", &["số 5. và tiếp"]),
        ("no_space", "a.B c", &["a.B c"]),
        ("digit_start", "Xong. 5 người đến.", &["Xong.", "5 người đến."]),
        ("dash_start", "Xong. - Tiếp theo.", &["Xong.", "- Tiếp theo."]),
        ("endash_start", "Xong. – Tiếp.", &["Xong.", "– Tiếp."]),
        ("paren_start", "Xong. (Ảnh) Tiếp.", &["Xong.", "(Ảnh) Tiếp."]),
        ("upper_d", "Xong. Đồng chí nói.", &["Xong.", "Đồng chí nói."]),
        ("tab_between", "Xong.\tĐi.", &["Xong.", "Đi."]),
        ("nbsp_between", "Xong.\u{a0}Đi.", &["Xong.", "Đi."]),
        ("zwsp_edges", "\u{200b}Đi.\u{feff}", &["Đi."]),
        // Line breaks.
        ("newline", "Tiêu đề\nNội dung.", &["Tiêu đề", "Nội dung."]),
        ("blank_line", "A b.\n\nC d.", &["A b.", "C d."]),
        ("crlf", "A b\r\nC d\r\n", &["A b", "C d"]),
        ("colon_newline", "Gồm:\n- một", &["Gồm:", "- một"]),
        ("newline_lower", "vì\nnên", &["vì", "nên"]),
        ("line_sep", "A\u{2028}B", &["A", "B"]),
        ("indent", "  A.  \n   B.  ", &["A.", "B."]),
        // Abbreviations.
        ("tp", "Tại TP. Hà Nội.", &["Tại TP. Hà Nội."]),
        ("tp_mixed", "Tại Tp. Vinh.", &["Tại Tp. Vinh."]),
        ("tp_lower", "Tại tp. Vinh.", &["Tại tp. Vinh."]),
        ("t_p", "Tại T.P. Huế.", &["Tại T.P. Huế."]),
        ("q", "Ở Q. 1 đông.", &["Ở Q. 1 đông."]),
        ("q_name", "ở Q. Bình Thạnh.", &["ở Q. Bình Thạnh."]),
        ("p", "ở P. Bến Nghé.", &["ở P. Bến Nghé."]),
        ("h", "ở H. Mường Lát.", &["ở H. Mường Lát."]),
        ("x", "ở X. Tam Chung.", &["ở X. Tam Chung."]),
        ("tx", "ở TX. Nghi Sơn.", &["ở TX. Nghi Sơn."]),
        ("tt", "ở TT. Lang Chánh.", &["ở TT. Lang Chánh."]),
        ("ts", "ông TS. Lê An.", &["ông TS. Lê An."]),
        ("ths", "bà ThS. Lê An.", &["bà ThS. Lê An."]),
        ("pgs", "PGS. Lê An nói.", &["PGS. Lê An nói."]),
        ("gs", "GS. Lê An nói.", &["GS. Lê An nói."]),
        ("pgs_ts", "PGS.TS. Lê An nói.", &["PGS.TS. Lê An nói."]),
        ("bs", "BS. Lê An khám.", &["BS. Lê An khám."]),
        ("ks", "KS. Lê An vẽ.", &["KS. Lê An vẽ."]),
        ("ths_bs", "ThS.BS. Lê An.", &["ThS.BS. Lê An."]),
        ("nsnd", "NSND. Lan Hương.", &["NSND. Lan Hương."]),
        ("st", "Nhà thờ St. Joseph.", &["Nhà thờ St. Joseph."]),
        ("mr", "Mr. Smith đến.", &["Mr. Smith đến."]),
        ("dr", "Dr. Who đến.", &["Dr. Who đến."]),
        ("in_paren", "(TP. Huế) đẹp.", &["(TP. Huế) đẹp."]),
        ("vv_lower", "cá, tôm, v.v. đều tăng.", &["cá, tôm, v.v. đều tăng."]),
        (
            "vv_upper",
            "cá, tôm, v.v. Giá tăng.",
            &["cá, tôm, v.v.", "Giá tăng."],
        ),
        ("vv_digit", "tôm, v.v. 5 loại.", &["tôm, v.v. 5 loại."]),
        ("tphcm_inside", "Tại TP.HCM có mưa.", &["Tại TP.HCM có mưa."]),
        ("tphcm_end", "Đến TP.HCM. Trời mưa.", &["Đến TP.HCM.", "Trời mưa."]),
        ("tphcm_lower", "ở TP.HCM. và Huế", &["ở TP.HCM. và Huế"]),
        (
            "initials",
            "Ông Nguyễn V. A. cho biết.",
            &["Ông Nguyễn V. A. cho biết."],
        ),
        ("initials_chain", "Ông Lê V.A. Nói.", &["Ông Lê V.A. Nói."]),
        (
            "initial_after_lower",
            "Xếp loại A. Tiếp theo.",
            &["Xếp loại A.", "Tiếp theo."],
        ),
        ("label_digit", "1. Tình hình chung.", &["1. Tình hình chung."]),
        ("label_roman", "II. Nhiệm vụ.", &["II. Nhiệm vụ."]),
        ("label_letter", "a. Mục tiêu.", &["a. Mục tiêu."]),
        ("label_nested", "1.2. Mục tiêu.", &["1.2. Mục tiêu."]),
        ("roman_end", "Đại hội XIII. Tiếp.", &["Đại hội XIII.", "Tiếp."]),
        // Numbers and dates.
        ("thousands", "Đạt 3.200 USD. Tăng.", &["Đạt 3.200 USD.", "Tăng."]),
        ("decimal", "Tăng 1,5%. Giảm.", &["Tăng 1,5%.", "Giảm."]),
        ("both_seps", "Thu 12.345,67 tỷ.", &["Thu 12.345,67 tỷ."]),
        ("en_decimal", "Hệ số 1.5 cao.", &["Hệ số 1.5 cao."]),
        ("dotted_date", "Ngày 28.12.2022 họp.", &["Ngày 28.12.2022 họp."]),
        ("number_end", "Năm 2022. Năm 2023.", &["Năm 2022.", "Năm 2023."]),
        ("number_end_digit", "đạt 11%. 2023 tốt.", &["đạt 11%.", "2023 tốt."]),
        // Quotes and brackets.
        (
            "quote_goes_on",
            "Ông nói: \"Chúng ta phải làm. Ngay!\" rồi rời đi.",
            &["Ông nói: \"Chúng ta phải làm. Ngay!\" rồi rời đi."],
        ),
        (
            "curly_goes_on",
            "Ông nói: “Chúng ta phải làm. Ngay!” rồi rời đi.",
            &["Ông nói: “Chúng ta phải làm. Ngay!” rồi rời đi."],
        ),
        (
            "quote_comma",
            "\"Làm ngay. Không chờ\", ông nói.",
            &["\"Làm ngay. Không chờ\", ông nói."],
        ),
        (
            "quote_ends",
            "Ông nói: \"Làm. Ngay!\" Mọi người đi.",
            &["Ông nói: \"Làm.", "Ngay!\"", "Mọi người đi."],
        ),
        (
            "closer_kept",
            "Cần \"hiệu quả.\" Tiếp theo.",
            &["Cần \"hiệu quả.\"", "Tiếp theo."],
        ),
        (
            "curly_closer_kept",
            "Cần “hiệu quả.” Tiếp theo.",
            &["Cần “hiệu quả.”", "Tiếp theo."],
        ),
        ("quote_after_dot", "Hết. \"Mới\" nhé.", &["Hết.", "\"Mới\" nhé."]),
        (
            "quote_then_dot",
            "là \"điểm nghẽn\". Tiếp.",
            &["là \"điểm nghẽn\".", "Tiếp."],
        ),
        ("paren_closer", "(Xem trang 5.) Tiếp.", &["(Xem trang 5.)", "Tiếp."]),
        (
            "paren_goes_on",
            "Ông A (sinh 1960. Quê Huế) là bí thư.",
            &["Ông A (sinh 1960. Quê Huế) là bí thư."],
        ),
        (
            "nested",
            "Ông nói: \"Xem (A. B)\" rồi đi.",
            &["Ông nói: \"Xem (A. B)\" rồi đi."],
        ),
        (
            "unclosed_quote",
            "Ông nói: \"Làm. Ngay. Đi.",
            &["Ông nói: \"Làm.", "Ngay.", "Đi."],
        ),
        (
            "quote_across_lines",
            "Ông nói: \"Làm.\nNgay\" rồi đi.",
            &["Ông nói: \"Làm.", "Ngay\" rồi đi."],
        ),
        (
            "apostrophe_closer",
            "Gọi là 'A.' Sau đó.",
            &["Gọi là 'A.'", "Sau đó."],
        ),
        ("guillemets", "«Làm. Ngay» rồi đi.", &["«Làm. Ngay» rồi đi."]),
    ];

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentence_table() {
        let mut failed = Vec::new();
        for &(name, input, want) in SENTENCES {
            let got = split(input);
            if got != want {
                failed.push(format!(
                    "{name}: {input:?}\n   got {got:?}\n  want {want:?}"
                ));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn case_names_unique() {
        let mut names: Vec<&str> = SENTENCES.iter().map(|c| c.0).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate name in SENTENCES");
        let mut names: Vec<&str> = TOKENS.iter().map(|c| c.0).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate name in TOKENS");
    }

    /// Anonymized names end in an initial (`Nguyễn Văn A.`); rule 4 keeps
    /// the initial in the sentence even when the next one starts.
    #[test]
    #[ignore = "an initial after a capitalized word never ends a sentence"]
    fn initial_ends_sentence() {
        let text = "Đối tượng là Nguyễn Văn A. Công an đã bắt.";
        assert_eq!(
            split(text),
            ["Đối tượng là Nguyễn Văn A.", "Công an đã bắt."]
        );
    }

    fn seed() -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds/thanh-hoa-2023.txt"
        );
        std::fs::read_to_string(path).expect("seed text")
    }

    #[test]
    fn seed_paragraphs() {
        let text = seed();
        let paragraphs: Vec<&str> =
            text.lines().filter(|l| !l.trim().is_empty()).collect();
        let counts: Vec<usize> =
            paragraphs.iter().map(|p| sentences(p).len()).collect();
        // Title, then the lead paragraph of four sentences.
        assert_eq!(counts[..2], [1, 4]);
        let lead = split(paragraphs[1]);
        assert!(lead[0].starts_with("Sáng 28-12"), "{lead:?}");
        assert!(lead[3].starts_with("Các đồng chí"), "{lead:?}");
        let all = split(&text);
        assert_eq!(all.len(), counts.iter().sum::<usize>());
        assert!(all.iter().any(|s| s.ends_with("của Nhà nước…")));
        assert!(all.iter().any(|s| s.starts_with("Vì vậy, năm 2023")));
        assert!(all.iter().any(|s| s.contains("3.200 USD trở lên")));
        for s in &all {
            for (abbr, kind) in ABBREVIATIONS {
                if *kind == AbbrevKind::Prefix {
                    let bad = s.ends_with(abbr)
                        && s[..s.len() - abbr.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric());
                    assert!(!bad, "{s:?} ends in {abbr}");
                }
            }
        }
    }

    /// (name, input, expected tokens).
    type TokenCase =
        (&'static str, &'static str, &'static [(&'static str, TokenKind)]);

    use TokenKind::{Number as N, Punct as P, Symbol as S, Word as W};

    const TOKENS: &[TokenCase] = &[
        ("empty", "", &[]),
        ("spaces", " \t\n\u{a0}\u{200b}", &[]),
        ("syllables", "Thanh Hoá", &[("Thanh", W), ("Hoá", W)]),
        ("nfd", "Ho\u{301}a", &[("Ho\u{301}a", W)]),
        ("d_stroke", "Đỗ Trọng", &[("Đỗ", W), ("Trọng", W)]),
        ("apostrophe", "Cư M'gar", &[("Cư", W), ("M'gar", W)]),
        ("apostrophe_curly", "Ia H’Drai", &[("Ia", W), ("H’Drai", W)]),
        ("quote_word", "'Ngay'", &[("'", P), ("Ngay", W), ("'", P)]),
        ("thousands", "3.200", &[("3.200", N)]),
        ("decimal", "1,5", &[("1,5", N)]),
        ("millions", "2.500.000", &[("2.500.000", N)]),
        ("both_seps", "12.345,67", &[("12.345,67", N)]),
        ("en_decimal", "1.5", &[("1.5", N)]),
        ("date_dots", "28.12.2022", &[("28.12.2022", N)]),
        ("trailing_dot", "năm 2022.", &[("năm", W), ("2022", N), (".", P)]),
        ("trailing_comma", "5, 6", &[("5", N), (",", P), ("6", N)]),
        ("dot_run_after", "5...", &[("5", N), ("...", P)]),
        ("date_slash", "28/12", &[("28", N), ("/", P), ("12", N)]),
        ("range", "2020-2025", &[("2020", N), ("-", P), ("2025", N)]),
        ("percent", "11%", &[("11", N), ("%", S)]),
        ("dong", "500₫", &[("500", N), ("₫", S)]),
        ("dollar", "$5", &[("$", S), ("5", N)]),
        ("covid", "COVID-19", &[("COVID", W), ("-", P), ("19", N)]),
        ("f0", "F0", &[("F0", W)]),
        ("h5n1", "H5N1", &[("H5N1", W)]),
        ("u23", "U23", &[("U23", W)]),
        ("five_g", "5G", &[("5G", W)]),
        ("km", "100km", &[("100", N), ("km", W)]),
        ("single_unit", "5km", &[("5", N), ("km", W)]),
        ("time", "15h30", &[("15", N), ("h", W), ("30", N)]),
        ("m2", "50m2", &[("50", N), ("m", W), ("2", N)]),
        ("glued_upper", "100MW", &[("100", N), ("MW", W)]),
        ("tphcm", "TP.HCM", &[("TP", W), (".", P), ("HCM", W)]),
        ("ellipsis", "…và", &[("…", P), ("và", W)]),
        ("dots", "a...b", &[("a", W), ("...", P), ("b", W)]),
        ("mixed_run", "?!", &[("?", P), ("!", P)]),
        ("quotes", "“A”", &[("“", P), ("A", W), ("”", P)]),
        (
            "dashes",
            "a – b — c",
            &[("a", W), ("–", P), ("b", W), ("—", P), ("c", W)],
        ),
        ("emoji", "ok👍🏽!", &[("ok", W), ("👍🏽", S), ("!", P)]),
        ("zwj", "👨‍👩‍👧 x", &[("👨‍👩‍👧", S), ("x", W)]),
        ("flag", "🇻🇳🇻🇳", &[("🇻🇳", S), ("🇻🇳", S)]),
        ("ampersand", "GD&ĐT", &[("GD", W), ("&", S), ("ĐT", W)]),
        ("stray_mark", " \u{301}a", &[("\u{301}", S), ("a", W)]),
        ("superscript", "m²", &[("m²", W)]),
    ];

    #[test]
    fn token_table() {
        let mut failed = Vec::new();
        for &(name, input, want) in TOKENS {
            let got: Vec<(&str, TokenKind)> = tokens(input)
                .iter()
                .map(|t| (&input[t.range()], t.kind))
                .collect();
            if got != want {
                failed.push(format!(
                    "{name}: {input:?}\n   got {got:?}\n  want {want:?}"
                ));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn seed_tokens() {
        let text = seed();
        let toks = tokens(&text);
        let has = |s: &str, kind: TokenKind| {
            toks.iter().any(|t| &text[t.range()] == s && t.kind == kind)
        };
        assert!(has("3.200", N));
        assert!(has("Mường", W));
        assert!(has("COVID", W));
        assert!(has("2020", N));
        assert!(has("…", P));
    }

    fn check_sentences(text: &str) -> Result<(), String> {
        let got = sentences(text);
        let mut covered = 0;
        for r in &got {
            let ok = r.start < r.end
                && r.start >= covered
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end);
            if !ok {
                return Err(format!("bad range {r:?} in {got:?}"));
            }
            if !text[covered..r.start].chars().all(is_space) {
                return Err(format!("gap before {r:?} in {got:?}"));
            }
            let s = &text[r.clone()];
            let first = s.chars().next().is_some_and(is_space);
            let last = s.chars().next_back().is_some_and(is_space);
            if first || last || s.chars().any(is_line_break) {
                return Err(format!("untrimmed {s:?}"));
            }
            covered = r.end;
        }
        if !text[covered..].chars().all(is_space) {
            return Err(format!("tail not covered in {got:?}"));
        }
        Ok(())
    }

    fn check_tokens(text: &str) -> Result<(), String> {
        let got = tokens(text);
        if !token_iter(text).eq(got.iter().copied()) {
            return Err("token_iter differs from tokens".into());
        }
        let mut covered = 0;
        for t in &got {
            let ok = t.start < t.end
                && t.start >= covered
                && text.is_char_boundary(t.start)
                && text.is_char_boundary(t.end);
            if !ok {
                return Err(format!("bad token {t:?}"));
            }
            if !text[covered..t.start].chars().all(is_space) {
                return Err(format!("gap before {t:?}"));
            }
            if text[t.range()].chars().any(is_space) {
                return Err(format!("space in {t:?}"));
            }
            covered = t.end;
        }
        if !text[covered..].chars().all(is_space) {
            return Err("tail not covered".into());
        }
        Ok(())
    }

    const PIECES: &[&str] = &[
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{a0}",
        "\u{200b}",
        ".",
        "...",
        "…",
        "!",
        "?",
        "?!",
        ",",
        ":",
        ";",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "(",
        ")",
        "«",
        "»",
        "-",
        "–",
        "TP.",
        "TP.HCM",
        "Q.",
        "v.v.",
        "PGS.TS.",
        "V.",
        "A",
        "a",
        "Hà",
        "Nội",
        "đi",
        "Đi",
        "ho\u{301}a",
        "M'gar",
        "3.200",
        "1,5",
        "28.12.2022",
        "12.345,67",
        "5G",
        "F0",
        "100km",
        "COVID-19",
        "%",
        "₫",
        "👍🏽",
        "\u{301}",
        "\u{200d}",
        "1.",
        "II.",
    ];

    fn check(text: &str) -> Result<(), TestCaseError> {
        check_sentences(text).map_err(TestCaseError::fail)?;
        check_tokens(text).map_err(TestCaseError::fail)
    }

    proptest::proptest! {
        #[test]
        fn any_text(text in "\\PC{0,80}") {
            check(&text)?;
        }

        #[test]
        fn news_like_text(
            parts in proptest::collection::vec(
                proptest::sample::select(PIECES), 0..40),
        ) {
            let text = parts.concat();
            check(&text)?;
        }
    }

    #[test]
    fn large_input_is_linear() {
        let one = seed() + "\n";
        let text = one.repeat(200);
        assert_eq!(sentences(&text).len(), 200 * sentences(&one).len());
        assert!(token_iter(&text).count() > 200 * 1000);
        let quoted = "Ông nói: \"Làm. Ngay!\" rồi đi. ".repeat(20_000);
        assert_eq!(sentences(&quoted).len(), 20_000);
    }
}
