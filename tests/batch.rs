//! `vnextract extract` at archive scale: JSON Lines and directories in,
//! one result per record out in input order, error records, gzip,
//! `--output`, threads, CSV/TSV, Ctrl-C, closed pipes and bounded memory.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use flate2::Compression;
use flate2::write::GzEncoder;
use predicates::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

use common::{json_lines, samples_dir, vnx};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A temporary directory with `files` (paths below it) written into it.
fn workdir(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        let p = dir.path().join(name);
        fs::create_dir_all(p.parent().unwrap()).expect("mkdir");
        fs::write(p, bytes).expect("write fixture");
    }
    dir
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// JSON Lines of `values`, one per line.
fn jsonl(values: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for v in values {
        serde_json::to_writer(&mut out, v).unwrap();
        out.push(b'\n');
    }
    out
}

/// Paragraphs of the sample article.
fn paragraphs() -> Vec<String> {
    fs::read_to_string(samples_dir().join("thanh-hoa-2023.txt"))
        .unwrap()
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The error record's kind, or `None` for a document.
fn error_kind(v: &Value) -> Option<&str> {
    v.get("error").map(|e| e["kind"].as_str().expect("error.kind"))
}

/// Checks that `v` is a v1 document with id `id`.
fn is_doc(v: &Value, id: &str) {
    assert_eq!(v["schema"], "vnextract/v1", "{v}");
    assert_eq!(v["id"], id, "{v}");
    assert!(v.get("error").is_none(), "{v}");
}

/// Checks the error record of line `line` with id `id` and kind `kind`.
fn is_error(v: &Value, id: &str, line: u64, kind: &str) {
    assert_eq!(v["id"], id, "{v}");
    assert_eq!(v["line"], line, "{v}");
    assert_eq!(error_kind(v), Some(kind), "{v}");
    assert!(v["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(v.get("schema").is_none(), "{v}");
}

/// A minimal RFC 4180 reader: rows of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unclosed quote");
    assert!(field.is_empty() && row.is_empty(), "no final line break");
    rows
}

/// TSV rows, escapes undone.
fn parse_tsv(text: &str) -> Vec<Vec<String>> {
    let unescape = |f: &str| {
        let mut out = String::new();
        let mut chars = f.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('t') => out.push('\t'),
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some('\\') => out.push('\\'),
                    other => panic!("bad escape \\{other:?} in {f:?}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    assert!(text.ends_with('\n'));
    text.lines().map(|l| l.split('\t').map(unescape).collect()).collect()
}

/// Sends SIGINT to `child`, as Ctrl-C does.
fn interrupt(child: &Child) {
    let ok = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs")
        .success();
    assert!(ok, "kill -INT failed");
}

/// Waits for `child`, killing it after `secs` seconds.
fn wait_for(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > until {
            let _ = child.kill();
            panic!("vnextract did not end within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Files in `dir` besides `keep`.
fn other_files(dir: &Path, keep: &[&str]) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect()
}

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("vnextract")
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

#[test]
fn jsonl_gives_one_document_per_record_in_order_with_its_id() {
    let paras = paragraphs();
    let records: Vec<Value> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| json!({"id": format!("r{i}"), "text": p}))
        .collect();
    let out = vnx()
        .args(["extract", "--jsonl", "--date", "2022-12-28"])
        .write_stdin(jsonl(&records))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), records.len());
    for (i, d) in docs.iter().enumerate() {
        is_doc(d, &format!("r{i}"));
        assert_eq!(d["document_date"], "2022-12-28");
    }
    // The same as extracting each text on its own.
    let alone = common::run(
        &["extract", "--date", "2022-12-28", "--id", "r3"],
        paras[3].as_bytes(),
    );
    assert_eq!(json_lines(&alone)[0], docs[3]);
    // The summary line: counts of records, errors, bytes and seconds.
    let err = stderr_of(&out);
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.contains(&format!("{} records, 0 errors", records.len())),
        "{err}"
    );
    assert!(last.contains(" bytes, ") && last.ends_with(" s"), "{err}");
}

#[test]
fn ids_default_to_file_and_line_and_numbers_are_kept_as_text() {
    let input = jsonl(&[
        json!({"text": "Một."}),
        json!({"id": 42, "text": "Hai."}),
        json!({"id": null, "text": "Ba."}),
    ]);
    let dir = workdir(&[("in.jsonl", &input)]);
    let a = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "-q", "in.jsonl"])
        .assert()
        .success()
        .stderr("");
    let docs = json_lines(&a.get_output().stdout);
    let ids: Vec<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["in.jsonl:1", "42", "in.jsonl:3"]);
}

#[test]
fn nested_fields_keep_and_date_field() {
    let input = jsonl(&[
        json!({"meta": {"id": "a", "published": "2023-03-01T08:00:00+07:00",
                        "source": "baomoi"},
               "body": {"text": "Ngày 28-12, UBND tỉnh Thanh Hoá họp."},
               "tags": ["x", "y"]}),
        json!({"meta": {"id": "b"},
               "body": {"text": "Ngày 28-12, trời mưa."}}),
        json!({"meta": {"id": "c", "published": "không rõ"},
               "body": {"text": "Ngày 28-12."}}),
    ]);
    let out = vnx()
        .args([
            "extract",
            "--jsonl",
            "--text-field",
            "body.text",
            "--id-field",
            "meta.id",
            "--date-field",
            "meta.published",
            "--date",
            "2021-06-30",
            "--keep",
            "meta.source",
            "--keep",
            "tags",
            "--layers",
            "entities,dates",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    for (d, id) in docs.iter().zip(["a", "b", "c"]) {
        is_doc(d, id);
    }
    assert_eq!(docs[0]["meta.source"], "baomoi");
    assert_eq!(docs[0]["tags"], json!(["x", "y"]));
    assert_eq!(docs[1]["meta.source"], Value::Null, "absent: null");
    assert_eq!(docs[1]["tags"], Value::Null);
    // The record's date, else --date; a bad one is named and ignored.
    // Dates are completed from it as `--date` does for one document.
    let alone = |text: &str, date: &str| {
        let out = common::run(
            &["extract", "--layers", "entities,dates", "--date", date],
            text.as_bytes(),
        );
        json_lines(&out).remove(0)["dates"].clone()
    };
    assert_eq!(docs[0]["document_date"], "2023-03-01");
    assert_eq!(
        docs[0]["dates"],
        alone("Ngày 28-12, UBND tỉnh Thanh Hoá họp.", "2023-03-01")
    );
    assert_eq!(docs[1]["document_date"], "2021-06-30");
    assert_eq!(docs[1]["dates"], alone("Ngày 28-12, trời mưa.", "2021-06-30"));
    assert_ne!(docs[0]["dates"][0]["value"], docs[1]["dates"][0]["value"]);
    assert_eq!(docs[2]["document_date"], "2021-06-30");
    let err = stderr_of(&out);
    assert!(err.contains("<stdin>:3") && err.contains("không rõ"), "{err}");
    // Entities still point into the text field.
    let e = &docs[0]["entities"][0];
    let text: Vec<char> =
        "Ngày 28-12, UBND tỉnh Thanh Hoá họp.".chars().collect();
    let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
    let span: String = text[s as usize..t as usize].iter().collect();
    assert_eq!(e["text"], span);
}

#[test]
fn directory_is_walked_in_sorted_order_with_glob() {
    let dir = workdir(&[
        ("arch/b.txt", "Ngày 2-1-2023.".as_bytes()),
        ("arch/a/z.txt", "Ngày 3-1-2023.".as_bytes()),
        ("arch/a/y.md", b"not read"),
        ("arch/a.txt", "Ngày 1-1-2023.".as_bytes()),
        ("arch/c/d/e.txt", "Ngày 4-1-2023.".as_bytes()),
    ]);
    let run = |args: &[&str]| {
        let a = vnx()
            .current_dir(dir.path())
            .args(["extract", "--layers", "dates"])
            .args(args)
            .assert()
            .success();
        json_lines(&a.get_output().stdout)
    };
    let docs = run(&["--glob", "*.txt", "arch"]);
    let ids: Vec<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["arch/a/z.txt", "arch/a.txt", "arch/b.txt", "arch/c/d/e.txt"]
    );
    let dates: Vec<&str> = docs
        .iter()
        .map(|d| d["dates"][0]["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["2023-01-03", "2023-01-01", "2023-01-02", "2023-01-04"]
    );
    // Without --glob, every file; a pattern with `/` matches the path.
    assert_eq!(run(&["arch"]).len(), 5);
    let docs = run(&["--glob", "c/**/*.txt", "arch"]);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "arch/c/d/e.txt");
}

#[test]
fn gz_files_are_read_transparently() {
    let text = "Ngày 28-12-2022, UBND tỉnh Thanh Hoá họp.";
    let records = jsonl(&[json!({"id": "g1", "text": text})]);
    let dir = workdir(&[
        ("a.txt", text.as_bytes()),
        ("a.txt.gz", &gzip(text.as_bytes())),
        ("in.jsonl.gz", &gzip(&records)),
        ("arch/x.txt.gz", &gzip(text.as_bytes())),
    ]);
    let plain = vnx()
        .current_dir(dir.path())
        .args(["extract", "--id", "a", "a.txt"])
        .assert()
        .success();
    let plain = json_lines(&plain.get_output().stdout).remove(0);
    let gz = vnx()
        .current_dir(dir.path())
        .args(["extract", "--id", "a", "a.txt.gz"])
        .assert()
        .success();
    assert_eq!(json_lines(&gz.get_output().stdout)[0], plain);
    let j = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "in.jsonl.gz"])
        .assert()
        .success();
    let mut doc = json_lines(&j.get_output().stdout).remove(0);
    doc["id"] = "a".into();
    assert_eq!(doc, plain);
    let d = vnx()
        .current_dir(dir.path())
        .args(["extract", "--glob", "*.gz", "arch"])
        .assert()
        .success();
    let mut doc = json_lines(&d.get_output().stdout).remove(0);
    assert_eq!(doc["id"], "arch/x.txt.gz");
    doc["id"] = "a".into();
    assert_eq!(doc, plain);
}

#[test]
fn gz_on_stdin_is_detected_by_its_magic_bytes() {
    let text = "Ngày 28-12-2022, UBND tỉnh Thanh Hoá họp.";
    let plain = json_lines(&common::run(&["extract"], text.as_bytes()));
    let gz = json_lines(&common::run(&["extract"], &gzip(text.as_bytes())));
    assert_eq!(gz, plain);
    let records = jsonl(&[
        json!({"id": "1", "text": text}),
        json!({"id": "2", "text": "Trời mưa."}),
    ]);
    let a = json_lines(&common::run(&["extract", "--jsonl", "-q"], &records));
    let b = json_lines(&common::run(
        &["extract", "--jsonl", "-q"],
        &gzip(&records),
    ));
    assert_eq!(a.len(), 2);
    assert_eq!(a, b);
}

#[test]
fn legacy_and_lossy_text_in_records() {
    // TCVN3 bytes inside the JSON string, control bytes escaped.
    let raw = fs::read(samples_dir().join("legacy-tcvn3.txt")).unwrap();
    let raw = &raw[..300];
    let mut line = br#"{"id":"t","text":""#.to_vec();
    for &b in raw {
        if b < 0x20 || b == b'"' || b == b'\\' {
            line.extend_from_slice(format!("\\u{b:04x}").as_bytes());
        } else {
            line.push(b);
        }
    }
    line.extend_from_slice(b"\"}\n");
    let args =
        ["extract", "--from", "auto", "--sentences", "--layers", "dates"];
    let from_file =
        json_lines(&common::run(&args, raw)).remove(0)["sentences"].clone();
    let mut jl = args.to_vec();
    jl.push("--jsonl");
    let doc = json_lines(&common::run(&jl, &line)).remove(0);
    assert_eq!(doc["encoding"], "tcvn3");
    assert_eq!(doc["sentences"], from_file);

    // Strict UTF-8: an encoding error; --lossy: a document.
    let bad = b"{\"id\":\"x\",\"text\":\"Thanh Ho\xff\"}\n";
    let out =
        vnx().args(["extract", "--jsonl"]).write_stdin(&bad[..]).output();
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(1));
    is_error(&json_lines(&out.stdout)[0], "x", 1, "encoding");
    let ok = common::run(&["extract", "--jsonl", "--lossy"], bad);
    is_doc(&json_lines(&ok)[0], "x");
}

// ---------------------------------------------------------------------------
// Nothing lost
// ---------------------------------------------------------------------------

/// One record of each kind, good and bad, with the line it is on.
fn mixed_input() -> Vec<u8> {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"Ngay 1.\"}\n");
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"{\"id\":\"nt\",\"body\":\"x\"}\n");
    input.extend_from_slice(b"{\"id\":\"num\",\"text\":12}\n");
    input.extend_from_slice(b"{\"id\":\"enc\",\"text\":\"a\xff\xfe b\"}\n");
    input.extend_from_slice(b"{\"id\":\"big\",\"text\":\"");
    input.extend_from_slice(&[b'a'; 300]);
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(b"{\"id\":\"ok2\",\"text\":\"Hai.\"}");
    input
}

#[test]
fn every_bad_record_gives_an_error_record_in_its_place() {
    let dir = workdir(&[("in.jsonl", &mixed_input())]);
    let out = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "--max-bytes", "200", "in.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 8, "one line per input line");
    is_doc(&lines[0], "ok1");
    is_error(&lines[1], "in.jsonl:2", 2, "json");
    is_error(&lines[2], "nt", 3, "missing_text");
    is_error(&lines[3], "num", 4, "missing_text");
    is_error(&lines[4], "enc", 5, "encoding");
    is_error(&lines[5], "in.jsonl:6", 6, "too_large");
    is_error(&lines[6], "in.jsonl:7", 7, "json");
    is_doc(&lines[7], "ok2");

    // Standard error: one line per error naming file and line (and the
    // byte offset where there is one), then the summary.
    let err = stderr_of(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 7, "{err}");
    for (l, n) in lines.iter().zip([2, 3, 4, 5, 6, 7]) {
        assert!(l.starts_with(&format!("vnextract: in.jsonl:{n}")), "{l}");
    }
    // "this is not json" fails at its second byte; line 5 at its 0xff.
    let start = |n: usize| -> usize {
        mixed_input()
            .split(|&b| b == b'\n')
            .take(n - 1)
            .map(|l| l.len() + 1)
            .sum()
    };
    assert!(
        lines[0].contains(&format!("byte {}", start(2) + 1)),
        "{}",
        lines[0]
    );
    let ff = mixed_input().iter().position(|&b| b == 0xff).unwrap();
    assert!(ff > start(5));
    assert!(lines[3].contains(&format!("byte {ff}")), "{}", lines[3]);
    assert!(lines[6].contains("8 records, 6 errors"), "{}", lines[6]);

    // --quiet: the error lines, no summary.
    let out = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "-q", "--max-bytes", "200", "in.jsonl"])
        .output()
        .unwrap();
    assert_eq!(stderr_of(&out).lines().count(), 6);
}

/// A bug that panics on one record costs that record only: it gets an
/// `internal` error record, the others their documents, in order. The
/// panic is provoked through a hook of debug builds.
#[test]
fn a_panic_on_one_record_costs_only_that_record() {
    if !cfg!(debug_assertions) {
        return; // the hook exists in debug builds only
    }
    let input = "{\"id\": \"a\", \"text\": \"Hà Nội.\"}\n\
                 {\"id\": \"b\", \"text\": \"PANIC-HERE\"}\n\
                 {\"id\": \"c\", \"text\": \"Huế.\"}\n";
    for threads in ["1", "2"] {
        let out = vnx()
            .env("VNEXTRACT_TEST_PANIC", "PANIC-HERE")
            .env("RUST_BACKTRACE", "0")
            .args(["extract", "--jsonl", "-j", threads, "-"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        let lines = json_lines(&out.stdout);
        assert_eq!(lines.len(), 3);
        is_doc(&lines[0], "a");
        // The record's own id is lost with the panic: FILE:LINE names it.
        is_error(&lines[1], "<stdin>:2", 2, "internal");
        is_doc(&lines[2], "c");
        let err = stderr_of(&out);
        assert!(err.contains("<stdin>:2: internal error"), "{err}");
        assert!(err.contains("3 records, 1 error"), "{err}");
    }
}

#[test]
fn bad_files_in_a_directory_give_error_records() {
    let dir = workdir(&[
        ("arch/a.txt", b"Mot."),
        ("arch/b.txt", b"Thanh Ho\xc3\xa1 \xff."),
        ("arch/c.txt", &[b'x'; 100]),
        ("arch/e.txt", b"Hai."),
    ]);
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("nowhere"),
        dir.path().join("arch/d.txt"),
    )
    .unwrap();
    let out = vnx()
        .current_dir(dir.path())
        .args(["extract", "--max-bytes", "50", "arch"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    is_doc(&lines[0], "arch/a.txt");
    assert_eq!(lines[1]["id"], "arch/b.txt");
    assert_eq!(error_kind(&lines[1]), Some("encoding"));
    assert!(lines[1].get("line").is_none(), "no line for a whole file");
    assert_eq!(error_kind(&lines[2]), Some("too_large"));
    let mut next = 3;
    if cfg!(unix) {
        assert_eq!(lines[3]["id"], "arch/d.txt");
        assert_eq!(error_kind(&lines[3]), Some("io"));
        next = 4;
    }
    is_doc(&lines[next], "arch/e.txt");
    assert_eq!(lines.len(), next + 1);
    let err = stderr_of(&out);
    assert!(err.contains("arch/b.txt: invalid UTF-8 at byte 11"), "{err}");
}

#[test]
fn a_corrupt_gz_stream_ends_its_input_with_an_io_error() {
    let records: Vec<Value> = (0..2000)
        .map(|i| json!({"id": format!("r{i}"), "text": format!("Số {i}.")}))
        .collect();
    let gz = gzip(&jsonl(&records));
    let cut = &gz[..gz.len() / 2];
    let dir = workdir(&[
        ("cut.jsonl.gz", cut),
        ("ok.jsonl", &jsonl(&[json!({"id": "after", "text": "Một."})])),
    ]);
    let out = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "--layers", "dates"])
        .args(["cut.jsonl.gz", "ok.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    let n = lines.len() - 2;
    assert!(n > 0, "some records before the cut");
    for (i, l) in lines[..n].iter().enumerate() {
        is_doc(l, &format!("r{i}"));
    }
    is_error(
        &lines[n],
        &format!("cut.jsonl.gz:{}", n + 1),
        n as u64 + 1,
        "io",
    );
    is_doc(&lines[n + 1], "after");
}

#[test]
fn fail_fast_stops_at_the_first_error() {
    let dir = workdir(&[("in.jsonl", &mixed_input())]);
    let out = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "--fail-fast", "in.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2, "the good record and the first error");
    is_doc(&lines[0], "ok1");
    is_error(&lines[1], "in.jsonl:2", 2, "json");
    let err = stderr_of(&out);
    assert!(err.contains("in.jsonl:2"), "{err}");
    assert!(!err.contains("in.jsonl:3"), "{err}");
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let good = jsonl(&[
        json!({"id": "1", "text": "Một."}),
        json!({"id": "2", "text": "Hai."}),
    ]);
    let dir =
        workdir(&[("good.jsonl", &good), ("mixed.jsonl", &mixed_input())]);
    let stdout = vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "good.jsonl"])
        .assert()
        .success();
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "good.jsonl", "-o", "out.jsonl"])
        .assert()
        .success()
        .stdout("");
    let written = fs::read(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(written, stdout.get_output().stdout);

    // A run that fails (--fail-fast) leaves the old file as it was and no
    // temporary file.
    fs::write(dir.path().join("out.jsonl"), b"old\n").unwrap();
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "--fail-fast", "mixed.jsonl"])
        .args(["--output", "out.jsonl"])
        .assert()
        .code(1)
        .stdout("");
    assert_eq!(fs::read(dir.path().join("out.jsonl")).unwrap(), b"old\n");
    assert_eq!(
        other_files(dir.path(), &["good.jsonl", "mixed.jsonl", "out.jsonl"]),
        Vec::<String>::new()
    );
    fs::remove_file(dir.path().join("out.jsonl")).unwrap();
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "--fail-fast", "mixed.jsonl"])
        .args(["--output", "new.jsonl"])
        .assert()
        .code(1);
    assert!(!dir.path().join("new.jsonl").exists());

    // Errors without --fail-fast: the run completes, the file has every
    // line.
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "mixed.jsonl", "-o", "all.jsonl"])
        .assert()
        .code(1);
    let all = fs::read(dir.path().join("all.jsonl")).unwrap();
    assert_eq!(json_lines(&all).len(), 8);
}

#[test]
fn output_is_byte_identical_for_any_number_of_threads() {
    let paras = paragraphs();
    let mut input = Vec::new();
    for i in 0..1200 {
        if i % 97 == 5 {
            input.extend_from_slice(b"{broken\n");
            continue;
        }
        let p = &paras[i % paras.len()];
        let cut: String = p.chars().take(40 + i % 200).collect();
        serde_json::to_writer(&mut input, &json!({"id": i, "text": cut}))
            .unwrap();
        input.push(b'\n');
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        files.push((format!("arch/{}/{i}.txt", i % 3), p.clone().into()));
    }
    let fixtures: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .chain([("in.jsonl", input.as_slice())])
        .collect();
    let dir = workdir(&fixtures);
    let run = |threads: &str, args: &[&str]| {
        let out = vnx()
            .current_dir(dir.path())
            .args(["extract", "-q", "-j", threads])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.code().is_some_and(|c| c <= 1));
        (out.stdout, out.stderr)
    };
    for args in [
        &["--jsonl", "in.jsonl"][..],
        &["--jsonl", "--format", "csv", "in.jsonl"],
        &["--sentences", "arch"],
    ] {
        let one = run("1", args);
        let four = run("4", args);
        assert!(one.0.len() > 1000, "{args:?}");
        assert!(one.0 == four.0, "stdout differs for {args:?}");
        assert!(one.1 == four.1, "stderr differs for {args:?}");
    }
}

#[test]
fn csv_and_tsv_have_a_header_and_quote_right() {
    let text = "Ngày 28-12-2022, UBND tỉnh Thanh Hoá đạt 5,5% \"kỷ lục\".";
    let input = jsonl(&[
        json!({"id": "a,\"1\"", "text": text, "src": "x,y\n\"z\"\tw\\"}),
        json!({"id": "b"}),
    ]);
    let args = ["extract", "--jsonl", "-q", "--keep", "src"];
    let out = vnx()
        .args(args)
        .args(["--format", "csv"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows = parse_csv(&csv);
    let header = [
        "id",
        "src",
        "layer",
        "type",
        "text",
        "normalized",
        "unit",
        "start",
        "end",
        "byte_start",
        "byte_end",
    ];
    assert_eq!(rows[0], header);
    assert!(rows.iter().all(|r| r.len() == header.len()), "{csv}");
    // Every item of the JSON output has its row, with the same values.
    let json = json_lines(&common::run(
        &["extract", "--jsonl", "-q", "--keep", "src"],
        &input[..input.iter().position(|&b| b == b'\n').unwrap() + 1],
    ));
    let doc = &json[0];
    let items = ["entities", "quantities", "dates", "facts"]
        .iter()
        .map(|k| doc[k].as_array().unwrap().len())
        .sum::<usize>();
    assert!(items >= 3, "{doc}");
    let body: Vec<&Vec<String>> =
        rows[1..].iter().filter(|r| r[2] != "error").collect();
    assert_eq!(body.len(), items);
    for r in &body {
        assert_eq!(r[0], "a,\"1\"");
        assert_eq!(r[1], "x,y\n\"z\"\tw\\");
        let (s, e): (usize, usize) =
            (r[7].parse().unwrap(), r[8].parse().unwrap());
        let span: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(r[4], span, "{r:?}");
        let (bs, be): (usize, usize) =
            (r[9].parse().unwrap(), r[10].parse().unwrap());
        assert_eq!(&text[bs..be], r[4]);
    }
    let place = body.iter().find(|r| r[3] == "place").expect("a place row");
    assert_eq!(
        (place[2].as_str(), place[5].as_str()),
        ("entities", "Thanh Hóa")
    );
    let pct = body.iter().find(|r| r[3] == "percent").expect("a percent row");
    assert_eq!((pct[5].as_str(), pct[6].as_str()), ("5.5", "%"));
    let date = body.iter().find(|r| r[2] == "dates").expect("a date row");
    assert_eq!(date[5], "2022-12-28");
    // The record without text: an error row.
    let last = rows.last().unwrap();
    assert_eq!(&last[..4], ["b", "", "error", "missing_text"]);

    // TSV: the same rows, escaped instead of quoted.
    let out = vnx()
        .args(args)
        .args(["--format", "tsv"])
        .write_stdin(input)
        .output()
        .unwrap();
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.contains("x,y\\n\"z\"\\tw\\\\"), "{tsv}");
    assert_eq!(parse_tsv(&tsv), rows);

    // A header even when there is nothing to write.
    vnx()
        .args(["extract", "--jsonl", "-q", "--format", "tsv"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(
            "id\tlayer\ttype\ttext\tnormalized\tunit\tstart\tend\t\
             byte_start\tbyte_end\n",
        );
}

#[test]
fn usage_errors() {
    for args in [
        &["--jsonl", "--pretty"][..],
        &["--text-field", "body"],
        &["--jsonl", "--keep", "entities"],
        &["--jsonl", "--id", "x"],
        &["--format", "csv", "--pretty"],
        &["--glob", "a["],
        &["--max-bytes", "ten"],
    ] {
        vnx()
            .arg("extract")
            .args(args)
            .write_stdin("{}")
            .assert()
            .code(2)
            .stdout("");
    }
    let dir = workdir(&[("arch/a.txt", b"x")]);
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--pretty", "arch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--pretty"));
}

// ---------------------------------------------------------------------------
// Stopping
// ---------------------------------------------------------------------------

/// Many records, so that the output is larger than a pipe holds.
fn many_records(dir: &Path, n: usize) -> std::path::PathBuf {
    let path = dir.join("many.jsonl");
    let mut f = std::io::BufWriter::new(fs::File::create(&path).unwrap());
    for i in 0..n {
        let r =
            json!({"id": i, "text": format!("Ngày {}-12-2022.", i % 28 + 1)});
        serde_json::to_writer(&mut f, &r).unwrap();
        f.write_all(b"\n").unwrap();
    }
    f.flush().unwrap();
    path
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_records(dir.path(), 20_000);
    let mut child = Command::new(bin())
        .args(["extract", "--jsonl", "--layers", "dates"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.contains("\"id\":\"0\""), "{first}");
    drop(out);
    let status = wait_for(&mut child, 60);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(err, "", "nothing on standard error");
}

#[cfg(unix)]
#[test]
fn ctrl_c_keeps_what_was_written_whole() {
    let mut child = Command::new(bin())
        .args(["extract", "--jsonl", "--layers", "dates"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&jsonl(&[json!({"id": "1", "text": "Một."})])).unwrap();
    stdin.flush().unwrap();
    // The record is written while the input stays open.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.ends_with("}\n"), "{first}");
    interrupt(&child);
    let status = wait_for(&mut child, 30);
    assert_eq!(status.code(), Some(130));
    let mut rest = Vec::new();
    out.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty(), "{}", String::from_utf8_lossy(&rest));
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(err.contains("interrupted: 1 record"), "{err}");
    drop(stdin);
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin())
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "-o", "out.jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // A bad record first: its error line shows the run is under way.
    stdin.write_all(b"not json\n").unwrap();
    stdin.write_all(&jsonl(&[json!({"id": "1", "text": "Một."})])).unwrap();
    stdin.flush().unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains("<stdin>:1"), "{line}");
    interrupt(&child);
    assert_eq!(wait_for(&mut child, 30).code(), Some(130));
    assert_eq!(other_files(dir.path(), &[]), Vec::<String>::new());
    drop(stdin);
}

// ---------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------

/// Runs the tool on `input` and returns its peak resident set, in KiB,
/// read from /proc while it runs.
#[cfg(target_os = "linux")]
fn peak_rss_kib(input: &Path) -> u64 {
    let mut child = Command::new(bin())
        .args(["extract", "--jsonl", "-q", "--layers", "quantities"])
        .arg(input)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let until = Instant::now() + Duration::from_secs(120);
    let mut peak = 0;
    loop {
        if let Ok(s) = fs::read_to_string(&status)
            && let Some(kib) =
                s.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(
                    |v| v.trim().trim_end_matches("kB").trim().parse().ok(),
                )
        {
            peak = peak.max(kib);
        }
        if let Some(s) = child.try_wait().unwrap() {
            assert!(s.success(), "{s}");
            return peak;
        }
        assert!(Instant::now() < until, "too slow");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn memory_does_not_grow_with_the_input() {
    // Records of 4 KB each, cheap to extract from: 8 MB against 80 MB.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, n: usize| {
        let path = dir.path().join(name);
        let mut f = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        let pad = "x".repeat(4000);
        for i in 0..n {
            let r = json!({"id": i, "text": "Tăng 5%.", "pad": pad});
            serde_json::to_writer(&mut f, &r).unwrap();
            f.write_all(b"\n").unwrap();
        }
        f.flush().unwrap();
        path
    };
    let small = peak_rss_kib(&write("small.jsonl", 2_000));
    let large = peak_rss_kib(&write("large.jsonl", 20_000));
    assert!(small > 0 && large > 0);
    // Holding the whole input would add 72 MB; allow 24.
    assert!(
        large < small + 24 * 1024,
        "peak RSS {small} KiB for 2 000 records, {large} KiB for 20 000"
    );
}

/// `--output` to what is no regular file (a named pipe, "/dev/null")
/// writes into it: the atomic rename would put a file in its place.
#[cfg(unix)]
#[test]
fn output_to_a_named_pipe_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let good = jsonl(&[json!({"id": "1", "text": "Một."})]);
    let dir = workdir(&[("good.jsonl", &good)]);
    let pipe = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || fs::read(pipe).unwrap())
    };
    vnx()
        .current_dir(dir.path())
        .args(["extract", "--jsonl", "good.jsonl", "-o", "pipe"])
        .assert()
        .success();
    let got = reader.join().unwrap();
    assert_eq!(got.iter().filter(|&&b| b == b'\n').count(), 1);
    assert!(fs::metadata(&pipe).unwrap().file_type().is_fifo());
    assert_eq!(
        other_files(dir.path(), &["good.jsonl", "pipe"]),
        Vec::<String>::new()
    );
}
