//! Decoding input bytes into Unicode text (UTF-8, TCVN3, VNI, VIQR).
//!
//! [`decode`] turns input bytes into text plus a [`ByteMap`] from text
//! offsets back to input offsets, so spans found in the text can be
//! reported against the bytes the user gave. [`encode`] goes the other
//! way and is used by the tests and to generate the `samples/legacy-*`
//! files.
//!
//! # Code tables
//!
//! TCVN3 and VNI-Windows are read from `dictionaries/legacy_encodings.tsv`
//! (134 letters; embedded with `include_str!` and parsed once). Each code
//! maps 1- or 2-byte sequences to a letter; decoding is greedy, a 2-byte
//! sequence winning over its first byte. Bytes outside the table: ASCII
//! passes through, other bytes decode as Windows-1252 (the undefined 0x81,
//! 0x8D, 0x8F, 0x90, 0x9D give U+0081 etc.).
//!
//! - TCVN3 has no precomposed toned capitals: À is `41 b5` ("A" + à).
//!   ư is 0xAD, the byte Windows-1252 calls a soft hyphen; it is decoded
//!   like any other byte, never dropped.
//! - VNI spells most letters as base letter + mark byte (`aø` = à).
//!
//! Both come in two shapes. *Raw*: the 8-bit bytes themselves (input that
//! is not valid UTF-8). *Mojibake*: the bytes were read as Windows-1252 and
//! saved as UTF-8 ("ViÖt Nam ®¹t", "Vieät Nam ñaït"). Mojibake is decoded
//! by mapping each char back to its Windows-1252 byte and decoding that;
//! chars Windows-1252 cannot produce pass through unchanged. With
//! [`Source::Tcvn3`] or [`Source::Vni`], valid UTF-8 input is read as
//! mojibake and anything else as raw bytes (raw legacy text is valid
//! UTF-8 only when it is ASCII, and then both readings agree).
//!
//! # VIQR
//!
//! VIQR (RFC 1456) spells tones `'` sắc, `` ` `` huyền, `?` hỏi, `~` ngã,
//! `.` nặng, and modifiers `^` (â ê ô), `(` (ă), `+` (ơ ư); `dd`/`DD`/`Dd`
//! are đ/Đ; a backslash makes the next char literal (`\.`). Because the
//! mnemonics are also punctuation, the decoder uses these rules:
//!
//! 1. A modifier applies only right after a vowel that can take it (`a^`,
//!    `o+`; not `i^`) and that has no modifier or tone yet.
//! 2. A tone applies only right after a vowel, possibly after its
//!    modifier, and only if the current run of letters (the syllable) has
//!    no tone yet: ``Ha` No^.i.`` keeps its final period.
//! 3. A tone that ends the word (no letter follows) applies only if the
//!    run so far is onset + an open nucleus whose tone may sit on its last
//!    vowel (one vowel, or oa oe uy uê uơ): `Ba.` is "Bạ", but `Hai?`,
//!    `Nam.` and `banana.` keep their punctuation.
//! 4. `dd`/`DD`/`Dd` is đ/Đ only while the run has no vowel yet, so word
//!    starts and acronyms (`HDDND` = HĐND) convert, `address` does not.
//! 5. A backslash escapes only ``' ` ? ~ . ^ ( + \ d D``; before anything
//!    else it is an ordinary char (`C:\Users`).
//!
//! [`encode`] with [`Encoding::Viqr`] follows the same rules and escapes
//! exactly the punctuation that the decoder would otherwise read as a
//! mnemonic (`Ba\.`), so `decode(encode(s))` gives `s` back for
//! Vietnamese text. Not representable: đ after a vowel in the same word,
//! and a second tone in one word.
//!
//! # Detection ([`Source::Auto`])
//!
//! Detection reads the first 64 KiB. It converts only when it is sure.
//!
//! **Valid UTF-8** is kept as is unless it is TCVN3 or VNI mojibake or
//! VIQR. A cheap byte scan comes first: mojibake candidates are only
//! tried if the sample has at least 3 chars of U+00A1..U+00FF that are no
//! Vietnamese letter (® ¸ µ Ö ä ñ …), and VIQR only if it has at least 3
//! VIQR-looking patterns (a vowel followed by ``^ ( + ` ~``, or by `' ? .`
//! and a letter; `dd` at a word start). Most text stops here.
//!
//! Otherwise each candidate decodes every whitespace-separated token of
//! the sample. A token is *valid* if, without leading and trailing
//! punctuation, it is a Vietnamese syllable shape: an optional onset (b c
//! ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x), a
//! nucleus from the list of Vietnamese vowel clusters (a, oa, uyê, ươu,
//! …; a cluster that ends a syllable, like "ai" or "ươi", takes no coda),
//! an optional coda (c ch m n ng nh p t) and at most one tone: the same
//! grammar tone placement uses (`normalize::syllable`). A
//! token is *foreign* if it has a char of U+0080..U+02FF or
//! U+1E00..U+1EFF that is no Vietnamese letter. A candidate wins if:
//!
//! - at least 3 tokens go from invalid to valid ("gained");
//! - gained − lost (valid to invalid) is at least 10% of all tokens;
//! - at least 60% of the tokens it changes end up valid;
//! - it leaves no more foreign tokens than there were, and at most 5% of
//!   all tokens;
//! - for VIQR, at least 2 gained tokens, and at least 20% of them, have a
//!   modified vowel or đ (English "I'm" or "a.m." never do).
//!
//! The candidate with the largest gained − lost wins. Plain Vietnamese
//! (NFC or NFD), ASCII Vietnamese ("Thanh Hoa", "Nam. Hai? Ba."), English
//! and French stay UTF-8: their tokens are either unchanged or already
//! valid, so nothing is gained.
//!
//! **Invalid UTF-8** is read as raw TCVN3 or raw VNI: each token with
//! high bytes is decoded with both; the code whose (valid − foreign)
//! count is strictly higher wins if at least 50% of those tokens are valid
//! and at most 20% foreign. Otherwise [`decode`] fails with
//! [`DecodeError::Undetected`] (or, when lossy, reads the input as lossy
//! UTF-8).
//!
//! # Byte maps
//!
//! Valid UTF-8 read as UTF-8 is returned borrowed with
//! [`ByteMap::Identity`]. Every other result carries a [`ByteMap::Table`]:
//! for any char-boundary range `a..b` of the text, `input[t[a]..t[b]]` are
//! exactly the bytes that produced `text[a..b]` (a VIQR letter owns its
//! mnemonics, an escaped char its backslash).

mod detect;
mod legacy;
mod syllable;
mod table;
#[cfg(test)]
mod tests;
mod viqr;

use std::borrow::Cow;
use std::ops::Range;

/// The encoding an input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Encoding {
    /// UTF-8 (the default).
    #[serde(rename = "utf-8")]
    Utf8,
    /// TCVN3 (ABC), raw 8-bit bytes or their Windows-1252 mojibake.
    #[serde(rename = "tcvn3")]
    Tcvn3,
    /// VNI-Windows, raw 8-bit bytes or their Windows-1252 mojibake.
    #[serde(rename = "vni")]
    Vni,
    /// VIQR (RFC 1456) mnemonics.
    #[serde(rename = "viqr")]
    Viqr,
}

/// What the user asked the input to be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    /// Strict UTF-8.
    #[default]
    Utf8,
    /// TCVN3.
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VIQR.
    Viqr,
    /// Detect a legacy encoding, else UTF-8.
    Auto,
}

/// Maps byte offsets of decoded text back to byte offsets of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ByteMap {
    /// The text is the input.
    Identity,
    /// `table[i]` is the input offset of the char that starts at text
    /// offset `i` (bytes inside a char repeat their char's entry);
    /// `table[text.len()]` is the input length.
    Table(Vec<u32>),
}

impl ByteMap {
    /// The input offset where the char at text offset `i` came from
    /// (`i` may be the text length, which gives the input length).
    pub fn input_offset(&self, i: usize) -> usize {
        match self {
            ByteMap::Identity => i,
            ByteMap::Table(t) => t[i] as usize,
        }
    }

    /// The input bytes that produced the text range `r` (char
    /// boundaries).
    pub fn input_range(&self, r: Range<usize>) -> Range<usize> {
        self.input_offset(r.start)..self.input_offset(r.end)
    }
}

/// Decoded input.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The Unicode text.
    pub text: Cow<'a, str>,
    /// What the input was read as.
    pub encoding: Encoding,
    /// Text offsets → input offsets.
    pub map: ByteMap,
}

/// Why input could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Invalid UTF-8 at a byte offset.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// Not UTF-8, and neither TCVN3 nor VNI fits convincingly.
    #[error(
        "invalid UTF-8 at byte {offset}, and not recognisably TCVN3 or VNI"
    )]
    Undetected {
        /// Byte offset of the first invalid UTF-8 byte.
        offset: usize,
    },
    /// The input is too long for a byte map (4 GiB or more).
    #[error("input of {len} bytes is too long to decode with a byte map")]
    TooLarge {
        /// Input length in bytes.
        len: usize,
    },
}

/// Decoded text under construction, with its byte map.
struct Builder {
    text: String,
    map: Vec<u32>,
}

impl Builder {
    fn with_capacity(n: usize) -> Builder {
        Builder { text: String::with_capacity(n), map: Vec::with_capacity(n) }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.map.clear();
    }

    /// Appends `c`, which came from input offset `from`.
    #[inline]
    fn push(&mut self, c: char, from: usize) {
        self.text.push(c);
        let n = c.len_utf8();
        self.map.extend(std::iter::repeat_n(from as u32, n));
    }

    /// Replaces the char at text offset `at` (the last one) by `c`,
    /// keeping its input offset.
    fn replace_from(&mut self, at: usize, c: char) {
        let from = self.map[at] as usize;
        self.text.truncate(at);
        self.map.truncate(at);
        self.push(c, from);
    }

    fn finish(
        mut self,
        input_len: usize,
        encoding: Encoding,
    ) -> Decoded<'static> {
        self.map.push(input_len as u32);
        Decoded {
            text: Cow::Owned(self.text),
            encoding,
            map: ByteMap::Table(self.map),
        }
    }
}

fn check_len(input: &[u8]) -> Result<(), DecodeError> {
    if input.len() >= u32::MAX as usize {
        return Err(DecodeError::TooLarge { len: input.len() });
    }
    Ok(())
}

fn borrowed(s: &str) -> Decoded<'_> {
    Decoded {
        text: Cow::Borrowed(s),
        encoding: Encoding::Utf8,
        map: ByteMap::Identity,
    }
}

/// UTF-8 with U+FFFD for each maximal invalid sequence.
fn utf8_lossy(input: &[u8]) -> Builder {
    let mut out = Builder::with_capacity(input.len() + 16);
    let mut off = 0;
    for chunk in input.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            out.push(c, off + i);
        }
        off += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            out.push(char::REPLACEMENT_CHARACTER, off);
            off += chunk.invalid().len();
        }
    }
    out
}

fn legacy_table(enc: Encoding) -> &'static table::ByteTable {
    match enc {
        Encoding::Tcvn3 => &table::TCVN3,
        _ => &table::VNI,
    }
}

/// `input` as UTF-8 text, checked with SIMD instructions where the
/// machine has them; the error, on invalid input, says where.
pub fn utf8(input: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(input) {
        Ok(s) => Ok(s),
        // Only the standard check tells where the input goes wrong.
        Err(_) => std::str::from_utf8(input),
    }
}

/// Mojibake (valid UTF-8) or raw bytes of TCVN3 / VNI.
fn decode_legacy(input: &[u8], enc: Encoding) -> Decoded<'static> {
    let t = legacy_table(enc);
    let mut out = Builder::with_capacity(input.len() + input.len() / 2);
    match utf8(input) {
        Ok(s) => legacy::decode_mojibake(t, s, &mut out),
        Err(_) => legacy::decode_raw(t, input, &mut out),
    }
    out.finish(input.len(), enc)
}

fn decode_viqr(
    input: &[u8],
    lossy: bool,
) -> Result<Decoded<'static>, DecodeError> {
    let mut out = Builder::with_capacity(input.len());
    match utf8(input) {
        Ok(s) => viqr::decode(s, &mut out),
        Err(e) if !lossy => {
            return Err(DecodeError::InvalidUtf8 { offset: e.valid_up_to() });
        }
        Err(_) => {
            let utf8 = utf8_lossy(input);
            viqr::decode(&utf8.text, &mut out);
            for m in &mut out.map {
                *m = utf8.map[*m as usize];
            }
        }
    }
    Ok(out.finish(input.len(), Encoding::Viqr))
}

/// Decodes `input` as `source` says.
///
/// - [`Source::Utf8`]: valid UTF-8 is returned borrowed with
///   [`ByteMap::Identity`] (no copy, no scan beyond validation). Invalid
///   UTF-8 fails with [`DecodeError::InvalidUtf8`] naming the first bad
///   byte, or with `lossy` becomes U+FFFD per maximal invalid sequence
///   (as [`String::from_utf8_lossy`]).
/// - [`Source::Tcvn3`], [`Source::Vni`]: valid UTF-8 is read as mojibake,
///   anything else as raw bytes; never fails.
/// - [`Source::Viqr`]: the input must be UTF-8 (or is read lossily).
/// - [`Source::Auto`]: see the module doc.
///
/// ```
/// use vnextract::decode::{Encoding, Source, decode};
///
/// let d = decode("Vie^.t Nam dda.t".as_bytes(), Source::Viqr, false)?;
/// assert_eq!(d.text, "Việt Nam đạt");
/// assert_eq!(d.map.input_range(0..1), 0..1);
/// let raw = b"Hello \xb5"; // TCVN3 bytes
/// let d = decode(raw, Source::Tcvn3, false)?;
/// assert_eq!((&*d.text, d.encoding), ("Hello à", Encoding::Tcvn3));
/// # Ok::<(), vnextract::decode::DecodeError>(())
/// ```
pub fn decode(
    input: &[u8],
    source: Source,
    lossy: bool,
) -> Result<Decoded<'_>, DecodeError> {
    match source {
        Source::Utf8 => match utf8(input) {
            Ok(s) => Ok(borrowed(s)),
            Err(e) if !lossy => {
                Err(DecodeError::InvalidUtf8 { offset: e.valid_up_to() })
            }
            Err(_) => {
                check_len(input)?;
                Ok(utf8_lossy(input).finish(input.len(), Encoding::Utf8))
            }
        },
        Source::Tcvn3 | Source::Vni => {
            check_len(input)?;
            let enc = if source == Source::Tcvn3 {
                Encoding::Tcvn3
            } else {
                Encoding::Vni
            };
            Ok(decode_legacy(input, enc))
        }
        Source::Viqr => {
            check_len(input)?;
            decode_viqr(input, lossy)
        }
        Source::Auto => {
            match utf8(input) {
                Ok(s) => match detect::detect_text(s) {
                    None => Ok(borrowed(s)),
                    Some(enc) => {
                        check_len(input)?;
                        match enc {
                            Encoding::Viqr => decode_viqr(input, lossy),
                            _ => Ok(decode_legacy(input, enc)),
                        }
                    }
                },
                Err(e) => {
                    check_len(input)?;
                    let offset = e.valid_up_to();
                    match detect::detect_raw(input, offset) {
                        Some(enc) => Ok(decode_legacy(input, enc)),
                        None if lossy => Ok(utf8_lossy(input)
                            .finish(input.len(), Encoding::Utf8)),
                        None => Err(DecodeError::Undetected { offset }),
                    }
                }
            }
        }
    }
}

/// As [`decode`], for input already known to be UTF-8: it is not checked
/// again.
pub fn decode_str(
    input: &str,
    source: Source,
    lossy: bool,
) -> Result<Decoded<'_>, DecodeError> {
    match source {
        Source::Utf8 => Ok(borrowed(input)),
        Source::Auto => match detect::detect_text(input) {
            None => Ok(borrowed(input)),
            Some(_) => decode(input.as_bytes(), source, lossy),
        },
        _ => decode(input.as_bytes(), source, lossy),
    }
}

/// Encodes Unicode `text` (composed to NFC first) as `enc`.
///
/// - [`Encoding::Tcvn3`], [`Encoding::Vni`]: the table's bytes for the 134
///   Vietnamese letters, ASCII as is, other chars as their Windows-1252
///   byte when the table does not use that byte, else `?`.
/// - [`Encoding::Viqr`]: ASCII with mnemonics, punctuation escaped where
///   the decoder would misread it; other chars as UTF-8.
/// - [`Encoding::Utf8`]: the UTF-8 bytes of `text` as given.
///
/// ```
/// use vnextract::decode::{Encoding, encode};
///
/// assert_eq!(encode("Hà Nội.", Encoding::Viqr), b"Ha` No^.i.");
/// assert_eq!(encode("đạt", Encoding::Tcvn3), b"\xae\xb9t");
/// ```
pub fn encode(text: &str, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Tcvn3 | Encoding::Vni => {
            legacy::encode(legacy_table(enc), text)
        }
        Encoding::Viqr => viqr::encode(text).into_bytes(),
    }
}

/// Encodes `text` as `enc` and reads the bytes back as Windows-1252: the
/// mojibake a legacy file becomes when opened as a Windows-1252 file and
/// saved as UTF-8 ("ViÖt Nam ®¹t"). VIQR and UTF-8 give the encoded text.
pub fn encode_mojibake(text: &str, enc: Encoding) -> String {
    match enc {
        Encoding::Tcvn3 | Encoding::Vni => {
            encode(text, enc).into_iter().map(table::cp1252_char).collect()
        }
        Encoding::Viqr => viqr::encode(text),
        Encoding::Utf8 => text.to_string(),
    }
}
