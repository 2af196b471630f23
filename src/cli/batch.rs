//! `extract` at archive scale: records in, one result per record out, in
//! input order.
//!
//! A reader thread turns the inputs into [`Record`]s (a whole file each,
//! or a line each with `--jsonl`) and sends them through a bounded
//! channel, holding a budget of bytes in flight. The main thread takes
//! what has arrived (at most [`WINDOW`] records or [`WINDOW_BYTES`]
//! bytes), extracts from that window on the rayon pool (`collect` keeps
//! the order), then writes the results and reports the errors in order.
//! Memory is bounded by the channel, the byte budget and the window,
//! whatever the size of the input. The result of a record depends on that
//! record alone, so the output is byte-identical for any number of
//! threads and any cut of the windows.
//!
//! Nothing is lost: a record that cannot be processed gives a line on
//! standard error and, with `--jsonl` or a directory, an error record in
//! its place; the run goes on unless `--fail-fast`. Ctrl-C is checked
//! between windows: what was written stays whole, and an `--output` file
//! is not put in place.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, SyncSender};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use vnextract::decode::{self, DecodeError, Source as Encoding};
use vnextract::output::Document;
use vnextract::pipeline::Meta;
use vnextract::{Error, Pipeline};

use super::input::{self, Line, Lines, Origin, Source, Whole};
use super::table::Table;

/// Records in a window, at most.
const WINDOW: usize = 512;
/// Bytes of input in a window, at most (a single larger record makes a
/// window of its own).
const WINDOW_BYTES: u64 = 8 << 20;
/// Bytes read ahead of the window being processed, at most (or one
/// record, if larger).
const AHEAD_BYTES: u64 = 16 << 20;
/// How often the main thread looks at Ctrl-C while it waits for input.
const TICK: Duration = Duration::from_millis(100);

/// Exit code after Ctrl-C (128 + SIGINT), as shells report it.
const INTERRUPTED: u8 = 130;

/// Set by Ctrl-C.
static STOP: AtomicBool = AtomicBool::new(false);

fn interrupted() -> bool {
    STOP.load(Ordering::Relaxed)
}

/// Makes Ctrl-C set [`STOP`]; a second Ctrl-C ends the process at once.
fn catch_ctrl_c() {
    // An error means a handler is already there.
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(i32::from(INTERRUPTED));
        }
    });
}

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// v1 objects, one per line.
    Json,
    /// v1 objects, indented (single documents).
    Pretty,
    /// Rows.
    Table(Table),
}

/// The fields of a JSON Lines record (dotted paths).
#[derive(Debug, Clone)]
pub(super) struct Fields {
    /// The text.
    pub text: String,
    /// The id.
    pub id: String,
    /// The document date.
    pub date: Option<String>,
    /// Fields copied to the output.
    pub keep: Vec<String>,
}

/// What a run does.
pub(super) struct Config {
    /// The pipeline, with its options.
    pub pipeline: Pipeline,
    /// What the input bytes are (for JSON Lines records that are not
    /// UTF-8).
    pub encoding: Encoding,
    /// Replace invalid UTF-8.
    pub lossy: bool,
    /// JSON Lines records, or `None` for one document per input.
    pub jsonl: Option<Fields>,
    /// The document date of every record (`--date`).
    pub date: Option<String>,
    /// The id of a single document (`--id`).
    pub id: Option<String>,
    /// The output format.
    pub format: Format,
    /// Write error records and a summary (`--jsonl` or a directory);
    /// otherwise errors go to standard error only, as for single files.
    pub records: bool,
    /// Largest record, in bytes.
    pub max_bytes: u64,
    /// Stop at the first error.
    pub fail_fast: bool,
    /// The number of the first line of each JSON Lines input.
    pub first_line: u64,
    /// No progress bar and no summary.
    pub quiet: bool,
    /// Worker threads; 0 for all cores.
    pub threads: usize,
    /// The output file, or `None` for standard output.
    pub output: Option<PathBuf>,
}

/// What can go wrong with a record (`error.kind` of its error record).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    /// The line is not JSON, or not a JSON object.
    Json,
    /// The record has no text field, or it is not a string.
    MissingText,
    /// The text is not valid in the `--from` encoding.
    Encoding,
    /// The record is over `--max-bytes`.
    TooLarge,
    /// The input could not be read.
    Io,
    /// vnextract failed on the record: a bug, to report with the record.
    Internal,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Json => "json",
            Kind::MissingText => "missing_text",
            Kind::Encoding => "encoding",
            Kind::TooLarge => "too_large",
            Kind::Io => "io",
            Kind::Internal => "internal",
        }
    }
}

/// Why a record could not be processed.
#[derive(Debug, Clone)]
struct Failure {
    kind: Kind,
    /// The message of the error record.
    message: String,
    /// Where in the input, in bytes, when it is one place.
    byte: Option<u64>,
    /// Advice for standard error.
    hint: Option<&'static str>,
}

impl Failure {
    fn new(kind: Kind, message: impl Into<String>) -> Failure {
        Failure { kind, message: message.into(), byte: None, hint: None }
    }

    fn at(mut self, byte: u64) -> Failure {
        self.byte = Some(byte);
        self
    }
}

const UTF8_HINT: &str = " (use --lossy to replace invalid bytes, or --from \
                         auto to detect a legacy encoding)";

/// One unit of work: a whole input, or one line of JSON Lines.
struct Record {
    /// The input it comes from (its name in messages).
    source: Arc<str>,
    /// The id of a whole input (`--id` or its path).
    id: Option<String>,
    /// The line, for JSON Lines.
    line: Option<u64>,
    /// Byte offset of its start in its (decompressed) input.
    offset: u64,
    /// Bytes of input it spans.
    len: u64,
    /// Bytes read from the disk or the pipe (before decompression) when
    /// it was read, for the progress bar.
    raw: u64,
    /// Its bytes, or why there are none.
    body: Result<Vec<u8>, Failure>,
}

impl Record {
    /// Where it is, for standard error: `FILE` or `FILE:LINE`.
    fn location(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.source),
            None => self.source.to_string(),
        }
    }

    /// The id of a record that has none of its own: `FILE:LINE`.
    fn fallback_id(&self) -> Option<String> {
        self.line.map(|_| self.location()).or_else(|| self.id.clone())
    }
}

/// In debug builds only, for the tests: panics on a record that holds the
/// bytes of `VNEXTRACT_TEST_PANIC`, as a bug would.
fn test_panic(rec: &Record) {
    #[cfg(debug_assertions)]
    {
        static MARK: std::sync::OnceLock<Option<Vec<u8>>> =
            std::sync::OnceLock::new();
        let mark = MARK.get_or_init(|| {
            std::env::var_os("VNEXTRACT_TEST_PANIC")
                .map(|m| m.into_encoded_bytes())
        });
        if let (Some(m), Ok(body)) = (mark, &rec.body)
            && !m.is_empty()
            && body.windows(m.len()).any(|w| w == m.as_slice())
        {
            panic!("test panic");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = rec;
}

/// The result of a record.
#[derive(Default)]
struct Outcome {
    /// What to write.
    out: Vec<u8>,
    /// Lines for standard error.
    messages: Vec<String>,
    /// Whether the record failed.
    failed: bool,
    /// Bytes of input.
    bytes: u64,
    /// Bytes read from disk when it was read.
    raw: u64,
}

/// An error record.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: Kind,
    message: &'a str,
}

impl Config {
    /// Extracts from one record.
    fn process(&self, rec: Record) -> Outcome {
        // A panic is a bug; it costs its record, not the run.
        let run =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                test_panic(&rec);
                match &self.jsonl {
                    Some(fields) => self.process_line(&rec, fields),
                    None => self.process_whole(&rec),
                }
            }));
        let mut o = run.unwrap_or_else(|payload| {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let f = Failure::new(
                Kind::Internal,
                format!(
                    "internal error ({what}); please report it with this \
                     record"
                ),
            );
            let id = rec.fallback_id();
            self.fail(&rec, id.as_deref(), &[], &f)
        });
        o.bytes = rec.len;
        o.raw = rec.raw;
        o
    }

    fn process_whole(&self, rec: &Record) -> Outcome {
        let body = match &rec.body {
            Ok(b) => b,
            Err(f) => return self.fail(rec, rec.id.as_deref(), &[], f),
        };
        let meta = Meta { id: rec.id.clone(), date: self.date.clone() };
        match self.pipeline.extract_bytes(body, &meta) {
            Ok(doc) => self.document(&doc, &[]),
            Err(e) => {
                self.fail(rec, rec.id.as_deref(), &[], &failure_of(&e, 0))
            }
        }
    }

    fn process_line(&self, rec: &Record, fields: &Fields) -> Outcome {
        // Made only for a record that needs it: most have an id.
        let fallback = || rec.fallback_id();
        let line = match &rec.body {
            Ok(b) => b,
            Err(f) => return self.fail(rec, fallback().as_deref(), &[], f),
        };
        // The line as text. Invalid UTF-8 is an encoding error, unless
        // --lossy replaces it, or the input is in a legacy encoding: then
        // every byte stands for itself until the text is decoded.
        let mut bad_utf8 = None;
        let mut legacy = false;
        let text: Cow<'_, str> = match decode::utf8(line) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) if self.encoding != Encoding::Utf8 => {
                legacy = true;
                Cow::Owned(line.iter().map(|&b| char::from(b)).collect())
            }
            Err(e) => {
                if !self.lossy {
                    bad_utf8 = Some(e.valid_up_to());
                }
                String::from_utf8_lossy(line)
            }
        };
        let value: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                let f = json_failure(&e, rec.offset);
                return self.fail(rec, fallback().as_deref(), &[], &f);
            }
        };
        let Value::Object(_) = &value else {
            let f = Failure::new(
                Kind::Json,
                format!("expected a JSON object, found {}", type_of(&value)),
            )
            .at(rec.offset);
            return self.fail(rec, fallback().as_deref(), &[], &f);
        };
        let id = match lookup(&value, &fields.id) {
            None | Some(Value::Null) => fallback(),
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
        };
        let keep: Vec<Option<&Value>> =
            fields.keep.iter().map(|k| lookup(&value, k)).collect();
        if let Some(at) = bad_utf8 {
            let f = Failure {
                kind: Kind::Encoding,
                message: format!("invalid UTF-8 at byte {at} of the line"),
                byte: Some(rec.offset + at as u64),
                hint: Some(UTF8_HINT),
            };
            return self.fail(rec, id.as_deref(), &keep, &f);
        }
        let text = match lookup(&value, &fields.text) {
            Some(Value::String(s)) => s,
            found => {
                let message = match found {
                    None => format!("no field {:?}", fields.text),
                    Some(v) => format!(
                        "field {:?} is {}, not a string",
                        fields.text,
                        type_of(v)
                    ),
                };
                let f = Failure::new(Kind::MissingText, message);
                return self.fail(rec, id.as_deref(), &keep, &f);
            }
        };
        let mut messages = Vec::new();
        let date = match fields.date.as_deref().map(|d| (d, lookup(&value, d)))
        {
            None | Some((_, None | Some(Value::Null))) => self.date.clone(),
            Some((name, Some(v))) => match record_date(v) {
                Some(d) => Some(d),
                None => {
                    messages.push(format!(
                        "{}: ignoring date field {name:?}: {v} is not \
                         YYYY-MM-DD",
                        rec.location()
                    ));
                    self.date.clone()
                }
            },
        };
        let meta = Meta { id: id.clone(), date };
        let extracted = if legacy {
            self.pipeline.extract_bytes(&unlatin1(text), &meta)
        } else {
            self.pipeline.extract_str(text, &meta)
        };
        let mut o = match extracted {
            Ok(doc) => self.document(&doc, &keep),
            Err(e) => {
                let mut f = failure_of(&e, 0);
                f.byte = None;
                f.message =
                    format!("in field {:?}: {}", fields.text, f.message);
                self.fail(rec, id.as_deref(), &keep, &f)
            }
        };
        messages.append(&mut o.messages);
        o.messages = messages;
        o
    }

    /// The output of a document.
    fn document(&self, doc: &Document, keep: &[Option<&Value>]) -> Outcome {
        let mut out = Vec::with_capacity(json_size(doc));
        match self.format {
            Format::Table(t) => {
                t.document(doc.id.as_deref(), keep, doc, &mut out)
            }
            Format::Pretty => {
                write_json(&mut out, doc, true);
                out.push(b'\n');
            }
            Format::Json => {
                doc.write_json(&mut out);
                if let Some(fields) = &self.jsonl
                    && !fields.keep.is_empty()
                    && out.last() == Some(&b'}')
                {
                    // The kept fields go at the end of the object.
                    out.pop();
                    for (name, v) in fields.keep.iter().zip(keep) {
                        out.push(b',');
                        write_json(&mut out, name, false);
                        out.push(b':');
                        write_json(&mut out, v.unwrap_or(&Value::Null), false);
                    }
                    out.push(b'}');
                }
                out.push(b'\n');
            }
        }
        Outcome { out, ..Outcome::default() }
    }

    /// The output of a record that failed.
    fn fail(
        &self,
        rec: &Record,
        id: Option<&str>,
        keep: &[Option<&Value>],
        f: &Failure,
    ) -> Outcome {
        let mut loc = rec.location();
        if let (Some(b), Some(_)) = (f.byte, rec.line) {
            loc = format!("{loc}: byte {b}");
        }
        let message =
            format!("{loc}: {}{}", f.message, f.hint.unwrap_or_default());
        let mut out = Vec::new();
        if self.records {
            match self.format {
                Format::Table(t) => {
                    // A line that is not JSON has no fields to keep: the
                    // row still has their (empty) columns.
                    let n = self.jsonl.as_ref().map_or(0, |f| f.keep.len());
                    let mut keep = keep.to_vec();
                    keep.resize(n, None);
                    let msg = match rec.line {
                        Some(l) => format!("line {l}: {}", f.message),
                        None => f.message.clone(),
                    };
                    t.error(id, &keep, f.kind.name(), &msg, &mut out);
                }
                Format::Json | Format::Pretty => {
                    let r = ErrorRecord {
                        id,
                        line: rec.line,
                        error: ErrorBody { kind: f.kind, message: &f.message },
                    };
                    write_json(&mut out, &r, false);
                    out.push(b'\n');
                }
            }
        }
        Outcome {
            out,
            messages: vec![message],
            failed: true,
            ..Outcome::default()
        }
    }
}

/// About the size of a document's JSON, for its buffer to be allocated
/// once: news averages some 190 bytes per entity, 130 per quantity, 110
/// per date and 350 per fact.
fn json_size(doc: &Document) -> usize {
    256 + 224 * doc.entities.len()
        + 160 * doc.quantities.len()
        + 144 * doc.dates.len()
        + 416 * doc.facts.len()
        + doc.sentences.as_ref().map_or(0, |s| 96 * s.len())
}

fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T, pretty: bool) {
    // Writing to a Vec fails only for maps with non-string keys, which
    // none of these have.
    let r = if pretty {
        serde_json::to_writer_pretty(&mut *out, v)
    } else {
        serde_json::to_writer(&mut *out, v)
    };
    debug_assert!(r.is_ok(), "{r:?}");
}

/// The failure of a library error; `offset` is where the bytes start in
/// the input.
fn failure_of(e: &Error, offset: u64) -> Failure {
    match e {
        Error::Decode(DecodeError::InvalidUtf8 { offset: at }) => Failure {
            kind: Kind::Encoding,
            message: e.to_string(),
            byte: Some(offset + *at as u64),
            hint: Some(UTF8_HINT),
        },
        Error::Decode(DecodeError::Undetected { offset: at }) => {
            Failure::new(Kind::Encoding, e.to_string()).at(offset + *at as u64)
        }
        Error::Decode(DecodeError::TooLarge { .. }) => {
            Failure::new(Kind::TooLarge, e.to_string())
        }
        other => Failure::new(Kind::Io, other.to_string()),
    }
}

/// The failure of a line that is not JSON; `offset` is where the line
/// starts.
fn json_failure(e: &serde_json::Error, offset: u64) -> Failure {
    let full = e.to_string();
    // serde_json ends its message with " at line L column C"; the line is
    // always 1 here.
    let what = full.rfind(" at line ").map_or(&*full, |i| &full[..i]);
    let col = e.column();
    let message = if col > 0 {
        format!("invalid JSON: {what} at column {col}")
    } else {
        format!("invalid JSON: {what}")
    };
    Failure::new(Kind::Json, message).at(offset + col.saturating_sub(1) as u64)
}

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The value at a dotted path: `a.b` is field `b` of field `a` (a key
/// that is the whole path is taken first); a number indexes an array.
fn lookup<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    match v {
        Value::Object(m) => {
            if let Some(x) = m.get(path) {
                return Some(x);
            }
            let (head, rest) = path.split_once('.')?;
            lookup(m.get(head)?, rest)
        }
        Value::Array(a) => {
            let (head, rest) = match path.split_once('.') {
                Some((h, r)) => (h, Some(r)),
                None => (path, None),
            };
            let x = a.get(head.parse::<usize>().ok()?)?;
            match rest {
                Some(r) => lookup(x, r),
                None => Some(x),
            }
        }
        _ => None,
    }
}

/// A record's date: `YYYY-MM-DD`, or the date of an ISO date-time.
fn record_date(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let date = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let meta = Meta { id: None, date: Some(date.to_string()) };
    meta.validate().is_ok().then(|| date.to_string())
}

/// The bytes a string read byte for byte (Latin-1) stands for; a
/// character beyond (from a `\u` escape) keeps its UTF-8.
fn unlatin1(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match u8::try_from(c) {
            Ok(b) => out.push(b),
            Err(_) => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out
}

/// Bytes in flight between the reader and the window being processed.
struct Budget {
    used: Mutex<u64>,
    freed: Condvar,
    limit: u64,
}

impl Budget {
    fn new(limit: u64) -> Budget {
        Budget { used: Mutex::new(0), freed: Condvar::new(), limit }
    }

    /// Waits until `n` bytes fit (a record larger than the limit fits
    /// when nothing else is in flight).
    fn take(&self, n: u64) {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used > 0 && *used + n > self.limit {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += n;
    }

    fn give(&self, n: u64) {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        *used = used.saturating_sub(n);
        self.freed.notify_all();
    }
}

/// The reader thread: inputs to records.
struct Reader {
    sources: Vec<Source>,
    jsonl: bool,
    id: Option<String>,
    max: u64,
    first_line: u64,
    raw: Arc<AtomicU64>,
    budget: Arc<Budget>,
    tx: SyncSender<Record>,
}

/// The receiver is gone: stop reading.
struct Gone;

impl Reader {
    fn run(self) {
        for source in &self.sources {
            if interrupted() {
                return;
            }
            let sent = if self.jsonl {
                self.lines(source)
            } else {
                self.whole(source)
            };
            if sent.is_err() {
                return;
            }
        }
    }

    fn send(&self, mut rec: Record) -> Result<(), Gone> {
        rec.raw = self.raw.load(Ordering::Relaxed);
        let n = rec.body.as_ref().map_or(0, |b| b.len() as u64);
        self.budget.take(n);
        self.tx.send(rec).map_err(|_| Gone)
    }

    fn record(&self, source: &Source) -> Record {
        Record {
            source: source.name.clone(),
            id: self
                .id
                .clone()
                .or_else(|| source.path().map(|p| p.display().to_string())),
            line: None,
            offset: 0,
            len: 0,
            raw: 0,
            body: Ok(Vec::new()),
        }
    }

    fn whole(&self, source: &Source) -> Result<(), Gone> {
        let mut rec = self.record(source);
        let too_large = |len: u64| {
            Failure::new(
                Kind::TooLarge,
                format!(
                    "{len} bytes{}, over --max-bytes {}",
                    if matches!(source.origin, Origin::File(_)) {
                        ""
                    } else {
                        " or more"
                    },
                    self.max
                ),
            )
        };
        if let Some(len) = input::too_large_on_disk(source, self.max) {
            self.raw.fetch_add(len, Ordering::Relaxed);
            rec.len = len;
            rec.body = Err(too_large(len));
            return self.send(rec);
        }
        rec.body = match input::open(source, &self.raw)
            .and_then(|mut r| input::read_whole(&mut r, self.max))
        {
            Ok(Whole::Bytes(b)) => {
                rec.len = b.len() as u64;
                Ok(b)
            }
            Ok(Whole::TooLarge(len)) => {
                rec.len = len;
                Err(too_large(len))
            }
            Err(e) => Err(Failure::new(Kind::Io, e.to_string())),
        };
        self.send(rec)
    }

    fn lines(&self, source: &Source) -> Result<(), Gone> {
        let io_error = |e: io::Error, line: u64, offset: u64| Record {
            line: Some(line),
            offset,
            body: Err(Failure::new(Kind::Io, e.to_string()).at(offset)),
            ..self.record(source)
        };
        let reader = match input::open(source, &self.raw) {
            Ok(r) => r,
            Err(e) => return self.send(io_error(e, self.first_line, 0)),
        };
        let mut lines = Lines::new(reader, self.max, self.first_line);
        while let Some(next) = lines.next() {
            if interrupted() {
                return Err(Gone);
            }
            let rec = match next {
                Ok(Line::Text { line, offset, bytes }) => Record {
                    line: Some(line),
                    offset,
                    len: bytes.len() as u64,
                    body: Ok(bytes),
                    ..self.record(source)
                },
                Ok(Line::TooLarge { line, offset, len }) => Record {
                    line: Some(line),
                    offset,
                    len,
                    body: Err(Failure::new(
                        Kind::TooLarge,
                        format!(
                            "line of {len} bytes, over --max-bytes {}",
                            self.max
                        ),
                    )
                    .at(offset)),
                    ..self.record(source)
                },
                Err(e) => {
                    // The input cannot be read further.
                    let rec = io_error(e, lines.line() + 1, lines.offset());
                    return self.send(rec);
                }
            };
            self.send(rec)?;
        }
        Ok(())
    }
}

/// Where the output goes.
enum Sink {
    /// Standard output, buffered unless it is a terminal.
    Stdout(Box<dyn Write>),
    /// A temporary file, renamed to its final name at the end.
    File { tmp: io::BufWriter<tempfile::NamedTempFile>, path: PathBuf },
    /// What is no regular file ("/dev/null", a named pipe), written in
    /// place: a rename would put a file where the device was.
    Device(io::BufWriter<std::fs::File>),
}

impl Sink {
    fn open(output: Option<&PathBuf>) -> anyhow::Result<Sink> {
        let Some(path) = output else {
            let out = io::stdout();
            return Ok(Sink::Stdout(if out.is_terminal() {
                Box::new(out.lock())
            } else {
                Box::new(io::BufWriter::new(out.lock()))
            }));
        };
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("opening {}", path.display()))?;
            return Ok(Sink::Device(io::BufWriter::new(f)));
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        let mut b = tempfile::Builder::new();
        b.prefix(".vnextract-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map_or(0o644, |m| m.permissions().mode() & 0o7777);
            b.permissions(std::fs::Permissions::from_mode(mode));
        }
        let tmp = b.tempfile_in(dir).with_context(|| {
            format!("creating a file in {}", dir.display())
        })?;
        Ok(Sink::File { tmp: io::BufWriter::new(tmp), path: path.clone() })
    }

    fn out(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(w) => w,
            Sink::File { tmp, .. } => tmp,
            Sink::Device(w) => w,
        }
    }

    /// Puts the output file in place.
    fn commit(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut w) => Ok(w.flush()?),
            Sink::Device(mut w) => Ok(w.flush()?),
            Sink::File { tmp, path } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(&path)
                    .with_context(|| format!("writing {}", path.display()))?;
                Ok(())
            }
        }
    }

    /// Keeps what standard output got; removes a temporary file.
    fn abandon(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut w) => Ok(w.flush()?),
            Sink::Device(mut w) => Ok(w.flush()?),
            Sink::File { tmp, .. } => {
                drop(tmp);
                Ok(())
            }
        }
    }
}

/// Counts of a run.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    records: u64,
    errors: u64,
    bytes: u64,
    /// Bytes read from disk up to the last record written.
    raw: u64,
}

/// The progress bar on a terminal, or nothing.
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    fn new(show: bool, total: Option<u64>) -> Progress {
        let bar = show.then(|| {
            let target = ProgressDrawTarget::stderr_with_hz(8);
            let (bar, template) = match total {
                Some(len) => (
                    ProgressBar::with_draw_target(Some(len), target),
                    "{spinner} {elapsed_precise} [{wide_bar}] {percent:>3}% \
                     {msg} · ETA {eta}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, target),
                    "{spinner} {elapsed_precise} {msg}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress { bar, started: Instant::now() }
    }

    fn update(&self, s: &Stats) {
        let Some(bar) = &self.bar else { return };
        bar.set_position(s.raw);
        let mb = s.bytes as f64 / 1e6;
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{} records · {mb:.1} MB · {:.1} MB/s · {} errors",
            s.records,
            mb / secs,
            s.errors
        ));
    }

    /// Runs `f` (which writes to standard error) with the bar hidden.
    fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Every record was read.
    Done,
    /// `--fail-fast` met an error.
    Failed,
    /// Ctrl-C.
    Interrupted,
}

/// Runs `extract` over `sources`; returns the exit code.
pub(super) fn run(
    cfg: Config,
    sources: Vec<Source>,
) -> anyhow::Result<ExitCode> {
    catch_ctrl_c();
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .build()
        .context("starting the worker threads")?;
    let show = cfg.records && !cfg.quiet && io::stderr().is_terminal();
    let total = if show { input::total_size(&sources) } else { None };
    let raw = Arc::new(AtomicU64::new(0));
    let budget = Arc::new(Budget::new(AHEAD_BYTES));
    let (tx, rx) = mpsc::sync_channel(WINDOW);
    let reader = Reader {
        sources,
        jsonl: cfg.jsonl.is_some(),
        id: cfg.id.clone(),
        max: cfg.max_bytes,
        first_line: cfg.first_line,
        raw: raw.clone(),
        budget: budget.clone(),
        tx,
    };
    // Not joined: it may wait on standard input after the run is over
    // (Ctrl-C, a closed pipe); the process ends it.
    thread::Builder::new()
        .name("reader".into())
        .spawn(move || reader.run())
        .context("starting the reader thread")?;

    let mut sink = Sink::open(cfg.output.as_ref())?;
    if let Format::Table(t) = cfg.format {
        let mut header = Vec::new();
        let keep = cfg.jsonl.as_ref().map_or(&[][..], |f| &f.keep[..]);
        t.header(keep, &mut header);
        sink.out().write_all(&header)?;
    }
    let progress = Progress::new(show, total);
    let mut stats = Stats::default();
    let mut end = End::Done;
    'run: loop {
        let first = match rx.recv_timeout(TICK) {
            Ok(r) => r,
            Err(RecvTimeoutError::Timeout) => {
                if interrupted() {
                    end = End::Interrupted;
                    break;
                }
                progress.update(&stats);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let size = |r: &Record| r.body.as_ref().map_or(0, |b| b.len() as u64);
        let mut held = size(&first);
        let mut window = vec![first];
        while window.len() < WINDOW && held < WINDOW_BYTES {
            match rx.try_recv() {
                Ok(r) => {
                    held += size(&r);
                    window.push(r);
                }
                Err(_) => break,
            }
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            window
                .into_par_iter()
                .map(|r| {
                    if interrupted() {
                        Outcome::default()
                    } else {
                        cfg.process(r)
                    }
                })
                .collect()
        });
        budget.give(held);
        if interrupted() {
            end = End::Interrupted;
            break;
        }
        for o in outcomes {
            stats.records += 1;
            stats.bytes += o.bytes;
            stats.errors += u64::from(o.failed);
            stats.raw = stats.raw.max(o.raw);
            if !o.messages.is_empty() {
                progress.suspend(|| {
                    for m in &o.messages {
                        eprintln!("vnextract: {m}");
                    }
                });
            }
            sink.out().write_all(&o.out)?;
            if o.failed && cfg.fail_fast {
                end = End::Failed;
                break 'run;
            }
        }
        sink.out().flush()?;
        progress.update(&stats);
    }
    drop(progress);
    match end {
        End::Done => sink.commit()?,
        End::Failed | End::Interrupted => sink.abandon()?,
    }
    if cfg.records && !cfg.quiet {
        let secs = started.elapsed().as_secs_f64();
        let count = |n: u64, what: &str| {
            format!("{n} {what}{}", if n == 1 { "" } else { "s" })
        };
        eprintln!(
            "vnextract: {}{}, {}, {}, {secs:.2} s",
            match end {
                End::Done => "",
                End::Failed => "stopped at the first error: ",
                End::Interrupted => "interrupted: ",
            },
            count(stats.records, "record"),
            count(stats.errors, "error"),
            count(stats.bytes, "byte"),
        );
    }
    Ok(match end {
        End::Interrupted => ExitCode::from(INTERRUPTED),
        _ if stats.errors > 0 => ExitCode::from(super::SOME_FAILED),
        _ => ExitCode::SUCCESS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lookup_table() {
        let v = json!({"text": "a", "body": {"text": "b", "n": [1, {"x": 2}]},
                       "a.b": 3});
        let t: &[(&str, Option<Value>)] = &[
            ("text", Some(json!("a"))),
            ("body.text", Some(json!("b"))),
            ("body.n.0", Some(json!(1))),
            ("body.n.1.x", Some(json!(2))),
            ("body.n.2", None),
            ("a.b", Some(json!(3))),
            ("body.missing", None),
            ("text.x", None),
            ("", None),
        ];
        for (path, want) in t {
            assert_eq!(lookup(&v, path), want.as_ref(), "{path}");
        }
    }

    #[test]
    fn record_dates() {
        for (v, want) in [
            (json!("2022-12-28"), Some("2022-12-28")),
            (json!("2022-12-28T08:30:00+07:00"), Some("2022-12-28")),
            (json!("2022-12-28 08:30"), Some("2022-12-28")),
            (json!("2022-02-30"), None),
            (json!("2022-12-281"), None),
            (json!("28/12/2022"), None),
            (json!(20221228), None),
        ] {
            assert_eq!(record_date(&v).as_deref(), want, "{v}");
        }
    }

    #[test]
    fn latin1_round_trip() {
        let bytes: Vec<u8> = (0..=255).collect();
        let s: String = bytes.iter().map(|&b| char::from(b)).collect();
        assert_eq!(unlatin1(&s), bytes);
        assert_eq!(unlatin1("ạ"), "ạ".as_bytes());
    }

    #[test]
    fn json_failures_name_the_column() {
        let e = serde_json::from_str::<Value>("{\"a\": x}").unwrap_err();
        let f = json_failure(&e, 100);
        assert_eq!(f.kind, Kind::Json);
        assert!(f.message.starts_with("invalid JSON: "), "{}", f.message);
        assert!(f.message.ends_with("at column 7"), "{}", f.message);
        assert!(!f.message.contains("line"), "{}", f.message);
        assert_eq!(f.byte, Some(106));
    }

    #[test]
    fn budget_lets_a_large_record_through_alone() {
        let b = Budget::new(10);
        b.take(4);
        b.take(6);
        b.give(10);
        b.take(100);
        b.give(100);
        assert_eq!(*b.used.lock().unwrap(), 0);
    }
}
