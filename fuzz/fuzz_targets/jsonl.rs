//! Batch mode's JSON Lines reader on arbitrary bytes.
//!
//! The record reading is private to the binary (`src/cli/`), so this
//! target compiles the binary's own `batch.rs`, `input.rs` and `table.rs`
//! into itself (`#[path]`, unchanged) and drives them as
//! `vnextract extract --jsonl` does:
//!
//! 1. `input::Lines` splits the bytes into lines, through a small read
//!    buffer so that lines straddle refills; the lines must be exactly
//!    those of a plain model (numbers, offsets, bytes, over-long lines
//!    with their length; CR LF, a BOM on line 1 and blank lines);
//! 2. `batch::run` reads the same bytes from a file (gzip when they start
//!    with its magic) and writes JSON Lines; there must be exactly one
//!    output per non-blank line, in order: an error record with the
//!    right line, id and kind (`json`, `missing_text`, `encoding`,
//!    `too_large`), or a document with the right id and kept field whose
//!    spans are the record text at their offsets. With `--fail-fast` the
//!    output stops at the first error; the exit code says whether a
//!    record failed.
//!
//! The first two bytes choose the options, the rest is the input. First
//! byte:
//!
//! - bits 0–1: `--max-bytes` 10, 100, 1000 or 65536;
//! - bits 2–3: `--from utf8`, `utf8 --lossy`, `auto`, `tcvn3`;
//! - bit 4: `--fail-fast`; bit 5: standard output instead of `--output`;
//! - bit 6: two worker threads; bit 7: `--date 2023-01-01`.
//!
//! Second byte:
//!
//! - bits 0–1: `--first-line` 1, 2, 1000 or 2^64 − 2 (the largest
//!   values the option takes leave a few lines before the count ends);
//! - bits 2–3: the read buffer of the `Lines` check: 1, 3, 16 or 4096.
//!
//! Records use `--text-field text --id-field id --date-field date
//! --keep k`. While `batch::run` works, its standard error (one line per
//! failed record) goes to /dev/null; a panic puts it back first.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| check(data));

/// What `batch.rs` takes from `src/cli/mod.rs`.
const SOME_FAILED: u8 = 1;

// The binary's batch-mode modules, unchanged, as `src/cli/mod.rs`
// declares them (this crate root stands for `cli`).
#[allow(dead_code)]
#[path = "../../src/cli/batch.rs"]
mod batch;
#[allow(dead_code)]
#[path = "../../src/cli/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "../../src/cli/table.rs"]
mod table;

use std::io::{BufReader, Cursor, Read, Write};
use std::process::ExitCode;
use std::sync::OnceLock;

use serde_json::Value;
use vnextract::decode::Source as Encoding;
use vnextract::pipeline::{Options, Pipeline};

use self::batch::{Config, Fields, Format};
use self::input::{Line, Lines, Origin, Source};

/// The name of the input, in ids and messages.
const NAME: &str = "in";
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Options taken from the first two bytes.
#[derive(Debug, Clone, Copy)]
struct Setup {
    max: u64,
    encoding: Encoding,
    lossy: bool,
    fail_fast: bool,
    stdout: bool,
    threads: usize,
    date: bool,
    first_line: u64,
    /// Read buffer of the `Lines` check.
    buffer: usize,
}

impl Setup {
    fn new(b: u8, c: u8) -> Setup {
        let (encoding, lossy) = match (b >> 2) & 3 {
            0 => (Encoding::Utf8, false),
            1 => (Encoding::Utf8, true),
            2 => (Encoding::Auto, false),
            _ => (Encoding::Tcvn3, false),
        };
        Setup {
            max: [10, 100, 1000, 65536][usize::from(b & 3)],
            encoding,
            lossy,
            fail_fast: b & 0x10 != 0,
            stdout: b & 0x20 != 0,
            threads: if b & 0x40 != 0 { 2 } else { 1 },
            date: b & 0x80 != 0,
            // The command line takes 1 to 2^53.
            first_line: [1, 2, 1000, 1 << 53][usize::from(c & 3)],
            buffer: [1, 3, 16, 4096][usize::from((c >> 2) & 3)],
        }
    }
}

fn check(data: &[u8]) {
    let [b, c, input @ ..] = data else { return };
    let setup = Setup::new(*b, *c);
    check_lines(input, &setup);
    check_batch(input, &setup);
}

/// A line as `input::Lines` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rec {
    Text { line: u64, offset: u64, bytes: Vec<u8> },
    TooLarge { line: u64, offset: u64, len: u64 },
}

/// The lines of `d`, numbered from `first`, as the reader must give
/// them: split at `\n`, the limit on the line without its `\n`, then a
/// `\r` before the `\n` and a BOM on line 1 (not on the first line of a
/// part numbered from further down) dropped, blank lines skipped. Also
/// the number of the last line, and whether the numbers went past
/// 2^64 − 1 (the model then wraps them; the reader may do anything with
/// the numbers but keep the lines).
fn model(d: &[u8], max: u64, first: u64) -> (Vec<Rec>, u64, bool) {
    let mut out = Vec::new();
    let mut overflow = false;
    let (mut line, mut offset, mut rest) = (first - 1, 0u64, d);
    while !rest.is_empty() {
        let (seg, nl) = match rest.iter().position(|&c| c == b'\n') {
            Some(i) => (&rest[..i], true),
            None => (rest, false),
        };
        overflow |= line == u64::MAX;
        line = line.wrapping_add(1);
        let start = offset;
        let used = seg.len() + usize::from(nl);
        offset += used as u64;
        rest = &rest[used..];
        if seg.len() as u64 > max {
            out.push(Rec::TooLarge {
                line,
                offset: start,
                len: seg.len() as u64,
            });
            continue;
        }
        let mut bytes = seg.to_vec();
        if nl && bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if line == 1 && bytes.starts_with(b"\xef\xbb\xbf") {
            bytes.drain(..3);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.push(Rec::Text { line, offset: start, bytes });
    }
    (out, line, overflow)
}

fn check_lines(input: &[u8], s: &Setup) {
    let reader: input::Reader = Box::new(BufReader::with_capacity(
        s.buffer,
        Cursor::new(input.to_vec()),
    ));
    let mut lines = Lines::new(reader, s.max, s.first_line);
    let mut got = Vec::new();
    for l in &mut lines {
        got.push(match l.expect("reading memory fails not") {
            Line::Text { line, offset, bytes } => {
                Rec::Text { line, offset, bytes }
            }
            Line::TooLarge { line, offset, len } => {
                Rec::TooLarge { line, offset, len }
            }
        });
    }
    let (mut want, last, overflow) = model(input, s.max, s.first_line);
    if overflow {
        // Only the lines themselves, not their numbers.
        for r in got.iter_mut().chain(&mut want) {
            match r {
                Rec::Text { line, .. } | Rec::TooLarge { line, .. } => {
                    *line = 0
                }
            }
        }
    } else {
        assert_eq!(lines.line(), last, "last line number");
    }
    assert_eq!(got, want, "lines of {input:02x?} ({s:?})");
    assert_eq!(lines.offset(), input.len() as u64, "offset at the end");
}

/// What the output for a record must be.
#[derive(Debug)]
struct Want {
    line: u64,
    id: String,
    /// Error kinds it may have.
    errors: &'static [&'static str],
    /// Whether it may be a document, and then its text (when its
    /// spans can be checked against it) and kept field.
    doc: Option<(Option<String>, Value)>,
}

impl Want {
    fn error(line: u64, id: String, kind: &'static [&'static str]) -> Want {
        Want { line, id, errors: kind, doc: None }
    }
}

/// The output `process_line` must give for line `line`.
fn want_text(line: u64, bytes: &[u8], s: &Setup) -> Want {
    let fallback = format!("{NAME}:{line}");
    let mut bad_utf8 = false;
    let mut legacy = false;
    let text: String = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) if s.encoding != Encoding::Utf8 => {
            legacy = true;
            bytes.iter().map(|&b| char::from(b)).collect()
        }
        Err(_) => {
            bad_utf8 = !s.lossy;
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    let Ok(Value::Object(m)) = serde_json::from_str::<Value>(&text) else {
        return Want::error(line, fallback, &["json"]);
    };
    let id = match m.get("id") {
        None | Some(Value::Null) => fallback,
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    if bad_utf8 {
        return Want::error(line, id, &["encoding"]);
    }
    let Some(Value::String(t)) = m.get("text") else {
        return Want::error(line, id, &["missing_text"]);
    };
    // Only raw legacy bytes can fail to decode: auto-detection may
    // find no encoding.
    let errors: &[&str] = if legacy && s.encoding == Encoding::Auto {
        &["encoding"]
    } else {
        &[]
    };
    let keep = m.get("k").cloned().unwrap_or(Value::Null);
    let text = (!legacy).then(|| t.clone());
    Want { line, id, errors, doc: Some((text, keep)) }
}

/// What the output for each record must be, and whether the line
/// numbers went past 2^64 − 1.
fn wants(d: &[u8], s: &Setup) -> (Vec<Want>, bool) {
    let (recs, _, overflow) = model(d, s.max, s.first_line);
    let wants = recs
        .into_iter()
        .map(|r| match r {
            Rec::Text { line, bytes, .. } => want_text(line, &bytes, s),
            Rec::TooLarge { line, .. } => {
                Want::error(line, format!("{NAME}:{line}"), &["too_large"])
            }
        })
        .collect();
    (wants, overflow)
}

/// Checks one output object against what it must be (but its line
/// number and default id when `numbered` is false); returns whether it
/// is an error record.
fn check_output(o: &Value, w: &Want, s: &Setup, numbered: bool) -> bool {
    let id_ok = |id: &Value| {
        id == w.id.as_str()
            || !numbered && id.as_str().is_some_and(|i| i.starts_with("in:"))
    };
    let obj = o.as_object().expect("an output line is an object");
    if let Some(err) = obj.get("error") {
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["error", "id", "line"], "error record {o}");
        let kind = err["kind"].as_str().expect("error kind");
        assert!(w.errors.contains(&kind), "error record {o}, want {w:?}");
        assert!(err["message"].is_string(), "error message in {o}");
        if numbered {
            assert_eq!(obj["line"], w.line, "error record {o}, want {w:?}");
        }
        assert!(id_ok(&obj["id"]), "error record {o}, want {w:?}");
        return true;
    }
    let Some((text, keep)) = &w.doc else {
        panic!("document {o}, want an error: {w:?}")
    };
    assert_eq!(obj["schema"], "vnextract/v1", "{o}");
    assert!(id_ok(&obj["id"]), "document {o}, want {w:?}");
    assert_eq!(obj.get("k"), Some(keep), "kept field of {o}");
    if s.date && !obj.contains_key("document_date") {
        panic!("no document date in {o}");
    }
    // The spans are the record text at their offsets.
    if let Some(text) = text
        && obj["encoding"] == "utf-8"
    {
        let mut spans: Vec<&Value> = Vec::new();
        for layer in ["entities", "quantities", "dates"] {
            spans.extend(obj[layer].as_array().expect(layer).iter());
        }
        for f in obj["facts"].as_array().expect("facts") {
            spans.push(&f["evidence"]);
        }
        for sp in spans {
            let n = |k: &str| sp[k].as_u64().expect(k) as usize;
            let got = text.get(n("byte_start")..n("byte_end"));
            assert_eq!(got, sp["text"].as_str(), "span {sp} of {text:?}");
            let chars: String = text
                .chars()
                .skip(n("start"))
                .take(n("end") - n("start"))
                .collect();
            assert_eq!(Some(chars.as_str()), sp["text"].as_str(), "span {sp}");
        }
    }
    false
}

/// A scratch directory, and the saved standard output and error.
struct Scratch {
    dir: tempfile::TempDir,
    stdout: i32,
    stderr: i32,
    null: i32,
}

fn scratch() -> &'static Scratch {
    static S: OnceLock<Scratch> = OnceLock::new();
    S.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a scratch directory");
        // SAFETY: plain descriptor calls on descriptors this process
        // owns.
        let (stdout, stderr, null) = unsafe {
            (
                libc::dup(1),
                libc::dup(2),
                libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY),
            )
        };
        assert!(stdout >= 0 && stderr >= 0 && null >= 0, "dup failed");
        // A panic shows on the real standard error.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // SAFETY: as above.
            unsafe {
                libc::dup2(stdout, 1);
                libc::dup2(stderr, 2);
            }
            hook(info)
        }));
        Scratch { dir, stdout, stderr, null }
    })
}

fn check_batch(input: &[u8], s: &Setup) {
    let sc = scratch();
    let in_path = sc.dir.path().join("in.jsonl");
    let out_path = sc.dir.path().join("out.jsonl");
    let stdout_path = sc.dir.path().join("stdout");
    std::fs::write(&in_path, input).expect("writing the input");
    let _ = std::fs::remove_file(&out_path);
    let pipeline = Pipeline::new(Options {
        source: s.encoding,
        lossy: s.lossy,
        ..Options::default()
    })
    .expect("pipeline");
    let cfg = Config {
        pipeline,
        encoding: s.encoding,
        lossy: s.lossy,
        jsonl: Some(Fields {
            text: "text".into(),
            id: "id".into(),
            date: Some("date".into()),
            keep: vec!["k".into()],
        }),
        date: s.date.then(|| "2023-01-01".into()),
        id: None,
        format: Format::Json,
        records: true,
        max_bytes: s.max,
        fail_fast: s.fail_fast,
        first_line: s.first_line,
        quiet: true,
        threads: s.threads,
        output: (!s.stdout).then(|| out_path.clone()),
    };
    let source =
        Source { origin: Origin::File(in_path.clone()), name: NAME.into() };
    let out_file = s.stdout.then(|| {
        std::fs::File::create(&stdout_path).expect("creating stdout")
    });
    // SAFETY: descriptor calls; the descriptors are put back below
    // (or by the panic hook).
    unsafe {
        if let Some(f) = &out_file {
            use std::os::fd::AsRawFd;
            libc::dup2(f.as_raw_fd(), 1);
        }
        libc::dup2(sc.null, 2);
    }
    let code = batch::run(cfg, vec![source]);
    let _ = std::io::stdout().flush();
    // SAFETY: as above.
    unsafe {
        libc::dup2(sc.stdout, 1);
        libc::dup2(sc.stderr, 2);
    }
    let code = code.expect("batch::run");
    if code == ExitCode::from(130) {
        // Ctrl-C: the batch code took the signal over.
        std::process::exit(130);
    }
    drop(out_file);

    // The records the input holds.
    let mut d = Vec::new();
    let complete = if input.starts_with(&GZIP_MAGIC) {
        flate2::read::MultiGzDecoder::new(input).read_to_end(&mut d).is_ok()
    } else {
        d = input.to_vec();
        true
    };
    let (wants, overflow) =
        if complete { wants(&d, s) } else { (Vec::new(), false) };

    let written = if s.stdout {
        Some(std::fs::read(&stdout_path).expect("reading stdout"))
    } else {
        std::fs::read(&out_path).ok()
    };
    let Some(written) = written else {
        // An output file is put in place unless the run stopped at
        // an error.
        assert!(s.fail_fast, "no output file");
        assert_eq!(code, ExitCode::from(SOME_FAILED), "exit code");
        assert!(
            !complete || wants.iter().any(|w| !w.errors.is_empty()),
            "no output file, and no record that may fail: {wants:?}"
        );
        return;
    };
    assert!(
        written.is_empty() || written.ends_with(b"\n"),
        "output does not end with a line break"
    );
    let outputs: Vec<Value> = written
        .split(|&c| c == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            serde_json::from_slice(l).unwrap_or_else(|e| {
                panic!("output line {:?}: {e}", String::from_utf8_lossy(l))
            })
        })
        .collect();
    let failed = if complete {
        let mut errors = 0;
        for (i, o) in outputs.iter().enumerate() {
            let w = wants.get(i).unwrap_or_else(|| {
                panic!(
                    "output {i} {o} for no record ({} records)",
                    wants.len()
                )
            });
            if check_output(o, w, s, !overflow) {
                errors += 1;
                if s.fail_fast {
                    assert_eq!(i + 1, outputs.len(), "output after an error");
                }
            }
        }
        if !(s.fail_fast && errors > 0) {
            assert_eq!(outputs.len(), wants.len(), "one output per record");
        }
        errors > 0
    } else {
        // Broken gzip: records as far as it goes, then an I/O error.
        let last = outputs.last().expect("an error record for broken gzip");
        let kind = last["error"]["kind"].as_str();
        assert!(
            kind.is_some() && (s.fail_fast || kind == Some("io")),
            "broken gzip ends with {last}"
        );
        let lines: Vec<u64> = outputs
            .iter()
            .filter_map(|o| o.get("line").and_then(Value::as_u64))
            .collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "lines {lines:?}");
        true
    };
    let want_code =
        if failed { ExitCode::from(SOME_FAILED) } else { ExitCode::SUCCESS };
    assert_eq!(code, want_code, "exit code");
}
