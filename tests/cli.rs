//! The `vnextract` command: inputs, exit codes, the shape of its output and
//! the span invariant `input[start..end] == text` on every span it prints.

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;
use unicode_normalization::UnicodeNormalization;
use vnextract::decode::Source;

use common::{json_stream, samples_dir, try_normalize, vnx};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn sample_path() -> PathBuf {
    samples_dir().join("thanh-hoa-2023.txt")
}

/// The sample article.
fn sample() -> String {
    fs::read_to_string(sample_path()).expect("samples/thanh-hoa-2023.txt")
}

/// A temporary directory with `files` written into it.
fn workdir(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).expect("write fixture");
    }
    dir
}

/// Parses stdout as JSON Lines of `vnextract/v1` documents: it ends with
/// a newline and every line is one JSON object that passes [`check_v1`].
fn documents(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "output does not end with a newline: {text:?}"
    );
    let docs = common::json_lines(stdout);
    for v in &docs {
        assert!(v.is_object(), "not an object: {v}");
        check_v1(v);
    }
    docs
}

/// Checks the fields every `vnextract/v1` document has.
fn check_v1(doc: &Value) {
    assert_eq!(doc["schema"], "vnextract/v1", "{doc}");
    let enc = doc["encoding"].as_str().expect("encoding is a string");
    assert!(
        ["utf-8", "tcvn3", "vni", "viqr"].contains(&enc),
        "unknown encoding {enc:?}"
    );
    for key in ["entities", "quantities", "dates", "facts"] {
        assert!(doc[key].is_array(), "{key} is not an array: {doc}");
    }
    if let Some(id) = doc.get("id") {
        assert!(id.is_string(), "id is not a string: {doc}");
    }
}

/// An input as the tool was given it, for checking spans against.
///
/// For UTF-8, offsets in chars are those of the input read the way Python
/// reads it with `errors="replace"` (`String::from_utf8_lossy` gives the
/// same U+FFFD for each maximal invalid subpart), so for valid UTF-8 this
/// is the input itself. For a legacy encoding they are those of its
/// Unicode conversion, and a span's bytes must convert to its text.
struct Input<'a> {
    bytes: &'a [u8],
    chars: Vec<char>,
    /// The legacy encoding the input is in, if any.
    legacy: Option<Source>,
}

impl<'a> Input<'a> {
    fn new(bytes: &'a [u8]) -> Input<'a> {
        let chars = String::from_utf8_lossy(bytes).chars().collect();
        Input { bytes, chars, legacy: None }
    }

    /// An input in a legacy encoding, converted by the library.
    fn legacy(bytes: &'a [u8], source: Source) -> Input<'a> {
        let chars = convert(bytes, source).chars().collect();
        Input { bytes, chars, legacy: Some(source) }
    }

    /// The text `bytes` stand for.
    fn text_of(&self, bytes: &[u8]) -> String {
        match self.legacy {
            Some(source) => convert(bytes, source),
            None => String::from_utf8_lossy(bytes).into_owned(),
        }
    }

    /// Checks one span object; returns a description of what is wrong.
    fn check(&self, span: &Value) -> Result<(), String> {
        let num = |k: &str| {
            span[k]
                .as_u64()
                .map(|n| n as usize)
                .ok_or_else(|| format!("{k} is not an offset in {span}"))
        };
        let text = span["text"]
            .as_str()
            .ok_or_else(|| format!("text is not a string in {span}"))?;
        let (start, end) = (num("start")?, num("end")?);
        let (bs, be) = (num("byte_start")?, num("byte_end")?);
        if start > end || end > self.chars.len() {
            return Err(format!(
                "chars {start}..{end} out of 0..{}: {span}",
                self.chars.len()
            ));
        }
        if bs > be || be > self.bytes.len() {
            return Err(format!(
                "bytes {bs}..{be} out of 0..{}: {span}",
                self.bytes.len()
            ));
        }
        let by_chars: String = self.chars[start..end].iter().collect();
        if by_chars != text {
            return Err(format!(
                "input.chars()[{start}..{end}] is {by_chars:?}, text is \
                 {text:?}"
            ));
        }
        let by_bytes = self.text_of(&self.bytes[bs..be]);
        if by_bytes != text {
            return Err(format!(
                "input_bytes[{bs}..{be}] is {by_bytes:?}, text is {text:?}"
            ));
        }
        Ok(())
    }

    /// Checks every span anywhere in `doc` (any object with `text`,
    /// `start`, `end`, `byte_start` and `byte_end`); returns how many.
    fn check_all(&self, doc: &Value) -> usize {
        let mut errors = Vec::new();
        let n = self.walk(doc, &mut errors);
        assert!(
            errors.is_empty(),
            "{} of {n} spans break the invariant:\n{}",
            errors.len(),
            errors.join("\n")
        );
        n
    }

    fn walk(&self, v: &Value, errors: &mut Vec<String>) -> usize {
        match v {
            Value::Array(items) => {
                items.iter().map(|x| self.walk(x, errors)).sum()
            }
            Value::Object(map) => {
                let here = ["text", "start", "end", "byte_start", "byte_end"]
                    .iter()
                    .all(|k| map.contains_key(*k));
                if here && let Err(e) = self.check(v) {
                    errors.push(e);
                }
                usize::from(here)
                    + map.values().map(|x| self.walk(x, errors)).sum::<usize>()
            }
            _ => 0,
        }
    }
}

/// `bytes` converted from a legacy encoding by the library.
fn convert(bytes: &[u8], source: Source) -> String {
    vnextract::decode::decode(bytes, source, false)
        .unwrap_or_else(|e| panic!("{source:?} does not decode: {e}"))
        .text
        .into_owned()
}

/// Runs `extract --sentences` on `input` (stdin) and returns its document.
fn extract_sentences(input: &[u8], extra: &[&str]) -> Value {
    let out = vnx()
        .arg("extract")
        .arg("--sentences")
        .args(extra)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut docs = documents(&out);
    assert_eq!(docs.len(), 1, "one document per input");
    docs.remove(0)
}

/// Checks the sentences of `doc` and every other span in it against
/// `input`; returns the number of sentences.
///
/// Sentences are in order, not empty, not overlapping, and every char of
/// the input lies in one of them unless it is whitespace or invisible (the
/// zero-width chars and the soft hyphen, which normalization deletes).
fn check_sentences(input: &[u8], doc: &Value) -> usize {
    let sentences =
        doc["sentences"].as_array().expect("--sentences adds `sentences`");
    assert!(!sentences.is_empty(), "no sentences in a non-empty text");
    let input = Input::new(input);
    let checked = input.check_all(doc);
    assert!(checked >= sentences.len());
    let mut covered = vec![false; input.chars.len()];
    let mut last_end = 0;
    for s in sentences {
        let (start, end) = (s["start"].as_u64(), s["end"].as_u64());
        let (start, end) = (start.unwrap() as usize, end.unwrap() as usize);
        assert!(start >= last_end, "sentences overlap or go back: {s}");
        assert!(end > start, "empty sentence: {s}");
        covered[start..end].fill(true);
        last_end = end;
    }
    let invisible =
        |c: char| matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}');
    let left_out: String = input
        .chars
        .iter()
        .zip(&covered)
        .filter(|&(&c, &cov)| {
            !cov && !c.is_whitespace() && !invisible(c) && c != '\u{feff}'
        })
        .map(|(c, _)| *c)
        .collect();
    assert!(left_out.is_empty(), "chars in no sentence: {left_out:?}");
    sentences.len()
}

/// Open oa/oe/uy syllables: the tone on the first vowel ("hòa", the old
/// placement), then on the second ("hoà", the new one).
const HOA_MOVES: &[(&str, &str)] = &[
    ("òa", "oà"),
    ("óa", "oá"),
    ("ỏa", "oả"),
    ("õa", "oã"),
    ("ọa", "oạ"),
    ("òe", "oè"),
    ("óe", "oé"),
    ("ỏe", "oẻ"),
    ("õe", "oẽ"),
    ("ọe", "oẹ"),
    ("ùy", "uỳ"),
    ("úy", "uý"),
    ("ủy", "uỷ"),
    ("ũy", "uỹ"),
    ("ụy", "uỵ"),
    ("Ủy", "Uỷ"),
    ("Úy", "Uý"),
];

/// The sample with every open oa/oe/uy syllable written "hoá"-style (tone
/// on the second vowel), as much news text is.
fn new_style(text: &str) -> String {
    let mut out = text.to_string();
    for (old, new) in HOA_MOVES {
        out = out.replace(old, new);
    }
    out
}

/// `text` with every open oa/oe/uy syllable written "hóa"-style (tone on
/// the first vowel). Unlike [`new_style`] it has to look around: "hoàn",
/// "khuỷu" (closed) and "quý" (qu is the onset) keep their placement.
fn old_style(text: &str) -> String {
    let mut out = text.to_string();
    for (old, new) in HOA_MOVES {
        let mut done = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(new) {
            let (before, after) = (&rest[..at], &rest[at + new.len()..]);
            let closed = after.chars().next().is_some_and(char::is_alphabetic);
            let qu = before.chars().last().is_some_and(|c| "qQ".contains(c));
            done.push_str(before);
            done.push_str(if closed || qu { new } else { old });
            rest = after;
        }
        done.push_str(rest);
        out = done;
    }
    out
}

/// `text` with its curly quotes and dashes made ASCII, as `normalize`
/// writes them.
fn ascii_typography(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

/// Removes every occurrence of `name` from `s`, then returns the numbers
/// left in it.
fn numbers_besides(s: &str, name: &str) -> Vec<u64> {
    s.replace(name, " ")
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8")
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// The span checker itself: it accepts a right span and names what is
/// wrong with a bad one.
#[test]
fn span_checker_catches_bad_spans() {
    let bytes = "Hà Nội \u{ff}".as_bytes();
    let input = Input::new(bytes);
    let span = |text: &str, s: usize, e: usize, bs: usize, be: usize| {
        serde_json::json!({
            "text": text, "start": s, "end": e,
            "byte_start": bs, "byte_end": be,
        })
    };
    assert_eq!(input.check(&span("Nội", 3, 6, 4, 9)), Ok(()));
    assert_eq!(input.check(&span("\u{ff}", 7, 8, 10, 12)), Ok(()));
    assert!(input.check(&span("Nội", 3, 6, 3, 9)).is_err(), "bytes off");
    assert!(input.check(&span("Nội", 2, 5, 4, 9)).is_err(), "chars off");
    assert!(input.check(&span("Nội", 3, 6, 4, 99)).is_err(), "past end");
    let doc = serde_json::json!({
        "sentences": [span("Hà", 0, 2, 0, 3)],
        "facts": [{"evidence": span("Nội", 3, 6, 4, 9)}],
    });
    assert_eq!(input.check_all(&doc), 2);
    let lossy = Input::new(b"a\xffb");
    assert_eq!(lossy.check(&span("\u{fffd}b", 1, 3, 1, 3)), Ok(()));
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

#[test]
fn stdin_gives_one_document_without_id() {
    let a = vnx()
        .arg("extract")
        .write_stdin("UBND tỉnh Thanh Hoá tổ chức hội nghị.\n")
        .assert()
        .success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["encoding"], "utf-8");
    assert!(docs[0].get("id").is_none(), "stdin has no id: {}", docs[0]);
}

#[test]
fn file_gives_one_document_with_its_path_as_id() {
    let path = sample_path();
    let a = vnx().arg("extract").arg(&path).assert().success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], path.display().to_string());
    Input::new(sample().as_bytes()).check_all(&docs[0]);
}

#[test]
fn several_files_give_one_line_each_in_order() {
    let dir = workdir(&[
        ("a.txt", "Một.".as_bytes()),
        ("b.txt", "Hai hai.".as_bytes()),
        ("c.txt", "Ba ba ba.".as_bytes()),
    ]);
    // Relative paths, in an order that is not alphabetical: ids are the
    // paths as given, in the order given.
    let names = ["c.txt", "a.txt", "./b.txt"];
    let a = vnx()
        .current_dir(dir.path())
        .arg("extract")
        .arg("--sentences")
        .args(names)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert_eq!(out.lines().count(), 3, "{out}");
    let docs = documents(out.as_bytes());
    let ids: Vec<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, names);
    let firsts: Vec<&str> = docs
        .iter()
        .map(|d| d["sentences"][0]["text"].as_str().unwrap())
        .collect();
    assert_eq!(firsts, ["Ba ba ba.", "Một.", "Hai hai."]);
}

#[test]
fn dash_reads_stdin_among_files() {
    let dir = workdir(&[("a.txt", b"Mot."), ("b.txt", b"Ba.")]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "--sentences", "a.txt", "-", "b.txt"])
        .write_stdin("Hai.")
        .assert()
        .success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "a.txt");
    assert!(docs[1].get("id").is_none(), "stdin has no id: {}", docs[1]);
    assert_eq!(docs[2]["id"], "b.txt");
    assert_eq!(docs[1]["sentences"][0]["text"], "Hai.");
}

#[test]
fn normalize_reads_a_file_stdin_and_dash() {
    let dir = workdir(&[("a.txt", "Thuỷ điện Hoà Bình\n".as_bytes())]);
    let want = "Thủy điện Hòa Bình\n";
    vnx()
        .current_dir(dir.path())
        .args(["normalize", "a.txt"])
        .assert()
        .success()
        .stdout(want);
    vnx()
        .arg("normalize")
        .write_stdin("Thuỷ điện Hoà Bình\n")
        .assert()
        .success()
        .stdout(want);
    vnx()
        .args(["normalize", "-"])
        .write_stdin("Thuỷ điện Hoà Bình\n")
        .assert()
        .success()
        .stdout(want);
}

#[test]
fn missing_file_is_named_and_the_others_still_run() {
    let dir = workdir(&[("a.txt", b"Mot."), ("b.txt", b"Ba.")]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "a.txt", "no-such-file.txt", "b.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-file.txt"));
    let docs = documents(&a.get_output().stdout);
    let ids: Vec<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a.txt", "b.txt"]);

    vnx()
        .current_dir(dir.path())
        .args(["normalize", "no-such-file.txt"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no-such-file.txt"));
}

/// "Thanh Hoá " is 10 chars and 11 bytes: the invalid byte is at byte 11.
const BAD: &[u8] = b"Thanh Ho\xc3\xa1 \xff n\xc4\x83m 2023.";
const BAD_OFFSET: u64 = 11;

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let dir = workdir(&[
        ("good.txt", b"Mot."),
        ("bad-input.txt", BAD),
        ("good2.txt", b"Hai."),
    ]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "good.txt", "bad-input.txt", "good2.txt"])
        .assert()
        .code(1);
    let docs = documents(&a.get_output().stdout);
    let ids: Vec<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good.txt", "good2.txt"], "the other files still run");
    let err = stderr_of(&a);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    assert!(err.contains("bad-input.txt"), "{err}");
    assert!(
        numbers_besides(&err, "bad-input.txt").contains(&BAD_OFFSET),
        "stderr does not give byte offset {BAD_OFFSET}: {err}"
    );

    let a = vnx()
        .current_dir(dir.path())
        .args(["normalize", "bad-input.txt"])
        .assert()
        .code(1)
        .stdout("");
    let err = stderr_of(&a);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    assert!(err.contains("bad-input.txt"), "{err}");
    assert!(
        numbers_besides(&err, "bad-input.txt").contains(&BAD_OFFSET),
        "stderr does not give byte offset {BAD_OFFSET}: {err}"
    );
}

#[test]
fn invalid_utf8_on_stdin_gives_the_offset() {
    // A sequence cut short at the end: offset 2.
    let a = vnx()
        .arg("extract")
        .write_stdin(&b"ab\xe1\xbb"[..])
        .assert()
        .code(1)
        .stdout("");
    let err = stderr_of(&a);
    assert!(numbers_besides(&err, "").contains(&2), "{err}");
}

/// Invalid bytes of several kinds, between multi-byte letters, so that
/// char and byte offsets differ after each.
const BAD_MANY: &[u8] = b"S\xc3\xa1ng \xff\xfe 28-12. UBND t\xe1\xbb\x89nh \
    Thanh Ho\xc3\xa1 \xe1\x80 h\xe1\xbb\x8dp. Tr\xe1\xbb\x9di m\xc6\xb0a \
    \xc0\xaf.";

#[test]
fn lossy_replaces_invalid_bytes_and_keeps_spans() {
    let doc = extract_sentences(BAD_MANY, &["--lossy"]);
    assert_eq!(doc["encoding"], "utf-8");
    check_sentences(BAD_MANY, &doc);
    let text: String = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(text.contains('\u{FFFD}'), "{text:?}");

    let dir = workdir(&[("bad.txt", BAD), ("good.txt", b"Mot.")]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "--lossy", "bad.txt", "good.txt"])
        .assert()
        .success()
        .stderr("");
    assert_eq!(documents(&a.get_output().stdout).len(), 2);

    vnx()
        .arg("normalize")
        .arg("--lossy")
        .write_stdin(BAD)
        .assert()
        .success()
        .stdout("Thanh Hóa \u{FFFD} năm 2023.");
}

#[test]
fn empty_input_is_a_valid_document() {
    let expect = |doc: &Value| {
        assert_eq!(doc["schema"], "vnextract/v1");
        assert_eq!(doc["encoding"], "utf-8");
        for key in ["entities", "quantities", "dates", "facts"] {
            assert_eq!(doc[key], Value::Array(vec![]), "{key}: {doc}");
        }
    };
    let a = vnx().arg("extract").write_stdin("").assert().success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 1, "an empty input still gives one document");
    expect(&docs[0]);
    assert!(docs[0].get("id").is_none());

    let dir = workdir(&[("empty.txt", b"")]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "--sentences", "empty.txt"])
        .assert()
        .success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 1);
    expect(&docs[0]);
    assert_eq!(docs[0]["id"], "empty.txt");
    assert!(
        docs[0]["sentences"].as_array().is_some_and(Vec::is_empty),
        "{}",
        docs[0]
    );

    vnx().arg("normalize").write_stdin("").assert().success().stdout("");
}

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

#[test]
fn pretty_is_multi_line_and_the_same_json() {
    let path = sample_path();
    let args = ["extract", "--sentences", "--date", "2022-12-28"];
    let compact = vnx().args(args).arg(&path).assert().success();
    let compact = stdout_of(&compact);
    let pretty =
        vnx().args(args).arg("--pretty").arg(&path).assert().success();
    let pretty = stdout_of(&pretty);
    assert_eq!(compact.lines().count(), 1);
    assert!(pretty.lines().count() > 5, "not multi-line: {pretty}");
    assert!(pretty.ends_with('\n'));
    assert_eq!(json_stream(pretty.as_bytes()), documents(compact.as_bytes()));

    // Several documents: still one JSON value per input.
    let two = vnx().args(args).arg("--pretty").arg(&path).arg(&path).assert();
    let two = json_stream(&two.success().get_output().stdout);
    assert_eq!(two.len(), 2);
    assert_eq!(two[0], two[1]);
}

#[test]
fn valid_dates_are_accepted() {
    for date in ["2022-12-28", "2024-02-29", "2000-02-29"] {
        let a = vnx()
            .args(["extract", "--date", date])
            .write_stdin("Sáng 28-12, UBND tỉnh họp.")
            .assert()
            .success();
        let docs = documents(&a.get_output().stdout);
        assert_eq!(docs.len(), 1, "--date {date}");
        if let Some(d) = docs[0].get("document_date") {
            assert_eq!(d, date);
        }
    }
}

#[test]
fn invalid_dates_are_usage_errors() {
    for date in [
        "2023-02-30",
        "2023-02-29",
        "1900-02-29",
        "2022-13-01",
        "2022-12-32",
        "28-12-2022",
        "2022-1-01",
        "2022/12/28",
        "",
    ] {
        vnx()
            .args(["extract", "--date", date])
            .write_stdin("Sáng 28-12, UBND tỉnh họp.")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(date));
    }
}

#[test]
fn id_names_one_document() {
    let path = sample_path();
    let a =
        vnx().args(["extract", "--id", "a1"]).arg(&path).assert().success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "a1");

    let a = vnx()
        .args(["extract", "--id", "from-stdin"])
        .write_stdin("Trời mưa.")
        .assert()
        .success();
    assert_eq!(documents(&a.get_output().stdout)[0]["id"], "from-stdin");
}

#[test]
fn id_with_two_files_is_a_usage_error() {
    let path = sample_path();
    vnx()
        .args(["extract", "--id", "a1"])
        .arg(&path)
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--id"));
}

// ---------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------

#[test]
fn sentences_of_the_sample_point_into_it() {
    let input = sample();
    let doc = extract_sentences(input.as_bytes(), &[]);
    let n = check_sentences(input.as_bytes(), &doc);
    // Every line break ends a sentence, and most paragraphs hold several.
    let paragraphs = input.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(n > paragraphs, "{n} sentences in {paragraphs} paragraphs");

    // The same through a file, with the other options that matter.
    let a = vnx()
        .args(["extract", "--sentences", "--tone", "new", "--from", "auto"])
        .arg(sample_path())
        .assert()
        .success();
    let docs = documents(&a.get_output().stdout);
    assert_eq!(docs[0]["encoding"], "utf-8");
    check_sentences(input.as_bytes(), &docs[0]);
}

#[test]
fn sentences_of_an_nfd_copy_point_into_it() {
    let input: String = sample().nfd().collect();
    assert_ne!(input, sample(), "the NFD copy differs");
    let doc = extract_sentences(input.as_bytes(), &[]);
    check_sentences(input.as_bytes(), &doc);
}

#[test]
fn sentences_of_a_new_style_copy_point_into_it() {
    let input = new_style(&sample());
    assert_ne!(input, sample(), "the hoá-style copy differs");
    assert!(input.contains("Uỷ viên") && input.contains("Tỉnh uỷ"));
    for tone in ["old", "new"] {
        let doc = extract_sentences(input.as_bytes(), &["--tone", tone]);
        check_sentences(input.as_bytes(), &doc);
    }
}

#[test]
fn sentences_across_invisible_and_typographic_chars_point_into_it() {
    let input = "Sáng\u{a0}28-12, UBND tỉnh Thanh\u{200b} Hoá\u{feff} tổ chức \
                 hội nghị. Phương châm là “Đoàn kết – kỷ\u{ad}cương”. Đồng \
                 chí Đỗ\u{202f}Trọng Hưng dự\u{2009}và chỉ đạo hội nghị… \
                 ‘Trời mưa’\u{3000}to. \u{200b}\u{feff}";
    let doc = extract_sentences(input.as_bytes(), &[]);
    check_sentences(input.as_bytes(), &doc);
    // And the same text with NFD letters among the invisible chars.
    let nfd: String = input.nfd().collect();
    let doc = extract_sentences(nfd.as_bytes(), &[]);
    check_sentences(nfd.as_bytes(), &doc);
}

// ---------------------------------------------------------------------------
// normalize
// ---------------------------------------------------------------------------

/// Input, default (`--tone old`), `--tone new`, `--fold`.
const NORMALIZE: &[(&str, &str, &str, &str)] = &[
    ("Thanh Hoá", "Thanh Hóa", "Thanh Hoá", "thanh hoa"),
    ("Thanh Hóa", "Thanh Hóa", "Thanh Hoá", "thanh hoa"),
    ("THANH HOÁ", "THANH HÓA", "THANH HOÁ", "thanh hoa"),
    ("thuỷ", "thủy", "thuỷ", "thuy"),
    ("thủy", "thủy", "thuỷ", "thuy"),
    (
        "Thuỷ điện Hoà Bình",
        "Thủy điện Hòa Bình",
        "Thuỷ điện Hoà Bình",
        "thuy dien hoa binh",
    ),
    ("khoẻ", "khỏe", "khoẻ", "khoe"),
    ("khỏe", "khỏe", "khoẻ", "khoe"),
    ("Ủy ban", "Ủy ban", "Uỷ ban", "uy ban"),
    ("hoàn", "hoàn", "hoàn", "hoan"),
    ("toán học", "toán học", "toán học", "toan hoc"),
    ("quý", "quý", "quý", "quy"),
    ("khuỷu tay", "khuỷu tay", "khuỷu tay", "khuyu tay"),
    ("Vie\u{302}\u{323}t Nam", "Việt Nam", "Việt Nam", "viet nam"),
    ("Thanh Hoa\u{301}", "Thanh Hóa", "Thanh Hoá", "thanh hoa"),
    ("thu\u{309}y", "thủy", "thuỷ", "thuy"),
    (
        "ðại học Ðà Nẵng",
        "đại học Đà Nẵng",
        "đại học Đà Nẵng",
        "dai hoc da nang",
    ),
    ("Đặng Thị THỦY", "Đặng Thị THỦY", "Đặng Thị THUỶ", "dang thi thuy"),
    ("2021–2025", "2021-2025", "2021-2025", "2021-2025"),
    ("“Đoàn kết”", "\"Đoàn kết\"", "\"Đoàn kết\"", "\"doan ket\""),
    ("12.345\u{a0}₫", "12.345 ₫", "12.345 ₫", "12.345 ₫"),
    ("Hà\u{200b} Nội", "Hà Nội", "Hà Nội", "ha noi"),
    ("東京", "東京", "東京", "東京"),
    ("", "", "", ""),
];

#[test]
fn normalize_table() {
    let mut failures = Vec::new();
    'rows: for &(input, old, new, folded) in NORMALIZE {
        for (args, want) in [
            (&[][..], old),
            (&["--tone", "old"][..], old),
            (&["--tone", "new"][..], new),
            (&["--fold"][..], folded),
            (&["--fold", "--tone", "new"][..], folded),
        ] {
            // With and without a final newline, which is kept as it is.
            for nl in ["", "\n"] {
                let want = format!("{want}{nl}");
                match try_normalize(
                    args,
                    format!("{input}{nl}").as_bytes(),
                    10,
                ) {
                    Ok(got) if got == want => {}
                    Ok(got) => failures.push(format!(
                        "normalize {args:?} {input:?}{nl:?}: got {got:?}, \
                         want {want:?}"
                    )),
                    Err(e) => {
                        failures.push(format!(
                            "normalize {args:?} {input:?}{nl:?}: {e}"
                        ));
                        // One failed run says enough about this input.
                        continue 'rows;
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn normalize_output_does_not_depend_on_the_input_form() {
    let run = |input: &str, args: &[&str]| {
        stdout_of(
            &vnx()
                .arg("normalize")
                .args(args)
                .write_stdin(input.to_string())
                .assert()
                .success(),
        )
    };
    let orig = sample();
    let nfd: String = orig.nfd().collect();
    let hoa = new_style(&orig);
    for args in [&[][..], &["--tone", "new"], &["--fold"]] {
        let want = run(&orig, args);
        assert!(!want.is_empty());
        assert_eq!(run(&nfd, args), want, "NFD copy, {args:?}");
        assert_eq!(run(&hoa, args), want, "hoá-style copy, {args:?}");
    }
    // The default output has the official placement and nothing else of
    // the sample's letters changed.
    let out = run(&orig, &[]);
    assert!(out.contains("UBND tỉnh Thanh Hóa đã tổ chức"), "{out}");
    assert!(out.contains("Tin, ảnh: Hồ Thủy"), "{out}");
    assert!(!out.contains("Hoá") && !out.contains("Thuỷ"));
    assert_eq!(out.lines().count(), orig.lines().count());
}

#[test]
fn old_style_moves_only_open_syllables() {
    let text = "Hoà Bình, khoẻ, Uỷ ban, thuỷ, hoàn, toán, quý, khuỷu, hoạ";
    let want = "Hòa Bình, khỏe, Ủy ban, thủy, hoàn, toán, quý, khuỷu, họa";
    assert_eq!(old_style(text), want);
    assert_eq!(old_style(want), want);
}

/// The two tone samples are the same text in the two placements; the new
/// one also has curly quotes and en/em dashes, which normalize makes ASCII.
#[test]
fn normalize_turns_each_tone_sample_into_the_other() {
    let read = |name: &str| {
        fs::read_to_string(samples_dir().join(name))
            .unwrap_or_else(|e| panic!("samples/{name}: {e}"))
    };
    let (old, new) = (read("tone-old.txt"), read("tone-new.txt"));
    assert_ne!(ascii_typography(&new), old, "the samples differ in tone");
    vnx()
        .arg("normalize")
        .arg(samples_dir().join("tone-new.txt"))
        .assert()
        .success()
        .stdout(old);
    vnx()
        .args(["normalize", "--tone", "new"])
        .arg(samples_dir().join("tone-old.txt"))
        .assert()
        .success()
        .stdout(ascii_typography(&new));
}

/// `samples/nfd.txt` comes out as its NFC (computed here by
/// unicode-normalization, not by the library), with ASCII typography and
/// the tone placement `--tone` asks for: the sample itself mixes both
/// ("Thanh Hoá" beside "Ủy viên").
#[test]
fn normalize_composes_the_nfd_sample() {
    let path = samples_dir().join("nfd.txt");
    let file = fs::read_to_string(&path).expect("samples/nfd.txt");
    let nfc: String = file.nfc().collect();
    assert!(file.nfd().eq(file.chars()), "samples/nfd.txt is not NFD");
    assert_ne!(nfc, file, "samples/nfd.txt has nothing to compose");
    let old = ascii_typography(&old_style(&nfc));
    let new = ascii_typography(&new_style(&nfc));
    assert!(old != nfc && new != nfc, "the sample mixes both placements");
    for (args, want) in [
        (&["normalize"][..], &old),
        (&["normalize", "--tone", "old"], &old),
        (&["normalize", "--tone", "new"], &new),
    ] {
        vnx().args(args).arg(&path).assert().success().stdout(want.clone());
    }
}

// ---------------------------------------------------------------------------
// Legacy encodings
// ---------------------------------------------------------------------------

/// `samples/legacy-*.txt` with the encoding their name says.
fn legacy_samples() -> Vec<(PathBuf, &'static str)> {
    let mut found = Vec::new();
    let Ok(dir) = fs::read_dir(samples_dir()) else { return found };
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("legacy-") && name.ends_with(".txt")) {
            continue;
        }
        let enc = ["tcvn3", "vni", "viqr"]
            .into_iter()
            .find(|e| name.to_ascii_lowercase().contains(e));
        match enc {
            Some(enc) => found.push((entry.path(), enc)),
            None => {
                eprintln!("note: {name}: no encoding in its name, skipped")
            }
        }
    }
    found.sort();
    found
}

/// Non-empty lines, trimmed.
fn paragraphs(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

#[test]
fn legacy_samples_decode_to_the_article() {
    let samples = legacy_samples();
    if samples.is_empty() {
        eprintln!(
            "note: no samples/legacy-*.txt yet; legacy decoding not tested"
        );
        return;
    }
    let normalize = |path: &Path, from: &str| {
        stdout_of(
            &vnx()
                .args(["normalize", "--from", from])
                .arg(path)
                .assert()
                .success(),
        )
    };
    let article = normalize(&sample_path(), "utf-8");
    let article = paragraphs(&article);
    for (path, enc) in samples {
        let name = path.display();
        for from in [enc, "auto"] {
            let got = normalize(&path, from);
            let got = paragraphs(&got);
            assert!(!got.is_empty(), "{name} --from {from}: no text");
            // Each paragraph is one of the article's, in the article's
            // order.
            let mut next = 0;
            for p in &got {
                let Some(k) = article[next..].iter().position(|a| a == p)
                else {
                    let (best, common) = article
                        .iter()
                        .map(|a| {
                            let n = a
                                .chars()
                                .zip(p.chars())
                                .take_while(|(x, y)| x == y)
                                .count();
                            (a, n)
                        })
                        .max_by_key(|&(_, n)| n)
                        .unwrap();
                    let at: String = p.chars().skip(common).take(30).collect();
                    let want: String =
                        best.chars().skip(common).take(30).collect();
                    panic!(
                        "{name} --from {from}: paragraph not in the article \
                         (in order); it first differs at char {common}: \
                         got {at:?}, the article has {want:?}"
                    );
                };
                next += k + 1;
            }
        }

        let bytes = fs::read(&path).unwrap();
        let source = match enc {
            "tcvn3" => Source::Tcvn3,
            "vni" => Source::Vni,
            _ => Source::Viqr,
        };
        let input = Input::legacy(&bytes, source);
        for from in [enc, "auto"] {
            let a = vnx()
                .args(["extract", "--sentences", "--from", from])
                .arg(&path)
                .assert()
                .success();
            let docs = documents(&a.get_output().stdout);
            assert_eq!(docs[0]["encoding"], enc, "{name} --from {from}");
            // Spans of a converted text: chars count the converted text,
            // bytes the input, and those bytes convert to the span text.
            let n = input.check_all(&docs[0]);
            assert!(n > 0, "{name}: no sentences");
        }
    }
}

#[test]
fn from_auto_says_what_it_read() {
    let a = vnx()
        .args(["extract", "--from", "auto"])
        .arg(sample_path())
        .assert()
        .success();
    assert_eq!(documents(&a.get_output().stdout)[0]["encoding"], "utf-8");
    let a = vnx()
        .args(["extract", "--from", "utf-8"])
        .write_stdin("Trời mưa.")
        .assert()
        .success();
    assert_eq!(documents(&a.get_output().stdout)[0]["encoding"], "utf-8");
    // The legacy samples are checked in legacy_samples_decode_to_the_article.
}

// ---------------------------------------------------------------------------
// Help, version, usage errors
// ---------------------------------------------------------------------------

#[test]
fn help_has_examples() {
    for args in [
        &["--help"][..],
        &["help"],
        &["extract", "--help"],
        &["normalize", "--help"],
    ] {
        vnx()
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples"));
    }
    vnx()
        .args(["extract", "--help"])
        .assert()
        .stdout(predicate::str::contains("--sentences"))
        .stdout(predicate::str::contains("--date"));
    vnx()
        .args(["normalize", "--help"])
        .assert()
        .stdout(predicate::str::contains("--fold"))
        .stdout(predicate::str::contains("--tone"));
}

#[test]
fn version() {
    vnx()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("vnextract 0.1.0"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--no-such-flag"][..],
        &["extract", "--no-such-flag"],
        &["normalize", "--no-such-flag"],
        &["no-such-command"],
        &[],
        &["extract", "--from", "latin-1"],
        &["normalize", "--tone", "newest"],
        &["normalize", "a.txt", "b.txt"],
    ] {
        vnx()
            .args(args)
            .write_stdin("")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::is_empty().not());
    }
}

// ---------------------------------------------------------------------------
// Broken pipe
// ---------------------------------------------------------------------------

/// A reader that stops after the first line must not make the tool print
/// an error: `vnextract extract … | head -1`.
#[test]
fn broken_pipe_is_silent() {
    let path = sample_path();
    let mut child =
        std::process::Command::new(env!("CARGO_BIN_EXE_vnextract"))
            .args(["extract", "--sentences"])
            .args(std::iter::repeat_n(&path, 400))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn vnextract");
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).expect("read a line");
    // The reader is dropped here: the pipe is closed with megabytes unread.
    let v: Value = serde_json::from_str(&first).expect("first line is JSON");
    check_v1(&v);
    let out = child.wait_with_output().expect("wait for vnextract");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.is_empty(), "stderr after a closed pipe: {err}");
    assert!(
        out.status.success(),
        "status after a closed pipe: {}",
        out.status
    );
}
