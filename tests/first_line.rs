//! `extract --jsonl --first-line N --stdin-name NAME`: a piece of a file
//! read on standard input, numbered from the line it starts at and named
//! after the file, gives the lines, error records and default ids of the
//! whole file, so that the outputs of the pieces, one after another, are
//! the output of the whole file byte for byte (what the Spark recipe,
//! `scripts/spark_extract.py`, relies on).

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;
use tempfile::TempDir;

use common::{json_lines, vnx};

/// The arguments of every run (`--max-bytes` small enough for a record
/// and a line of spaces to be over it).
const ARGS: &[&str] = &["extract", "--jsonl", "-q", "--max-bytes", "300"];

/// The file's name.
const NAME: &str = "news.jsonl";

/// The lines of the file: records with and without ids, bad ones, blank
/// lines of every kind, CRLF, a byte order mark at the start and one
/// further down, a line that starts with the gzip magic bytes, lines over
/// the limit; the file has no line break at the end.
fn lines() -> Vec<Vec<u8>> {
    let long = format!(r#"{{"text": "{}"}}"#, "Thanh Hóa ".repeat(40));
    [
        &b"\xef\xbb\xbf{\"text\": \"UBND t\xe1\xbb\x89nh Thanh Ho\xc3\xa1\"}"
            [..],
        b"",
        br#"{"id": "a", "text": "H\u00e0 N\u1ed9i"}"#,
        b"{not json",
        b"   ",
        b"\xef\xbb\xbf{\"text\": \"not the first line\"}",
        br#"{"text": 3}"#,
        b"\r",
        br#"{"id": null, "text": "Ngh\u1ec7 An"}"#,
        b"[1, 2]",
        b"\x1f\x8b{\"text\": \"not gzip\"}",
        br#"{"body": "no text field"}"#,
        b"{\"text\": \"Qu\xe1\xba\xa3ng Ninh\"}\r",
        long.as_bytes(),
        b"\t",
        &[b' '; 400],
        b"{\"text\": \"bad \xff UTF-8\"}",
        b"",
        b"",
        r#"{"id": 7, "text": "Đà Nẵng"}"#.as_bytes(),
    ]
    .iter()
    .map(|l| l.to_vec())
    .collect()
}

/// The file: the lines joined by `\n`, without one after the last.
fn file(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b"\n"[..])
}

/// Lines `from..to` (from 0) of the file, cut out of it as they are (the
/// last one without a line break).
fn piece(lines: &[Vec<u8>], from: usize, to: usize) -> Vec<u8> {
    let start = |i: usize| -> usize {
        lines[..i].iter().map(|l| l.len() + 1).sum::<usize>()
    };
    let whole = file(lines);
    whole[start(from)..start(to).min(whole.len())].to_vec()
}

fn gzip(bytes: &[u8], level: Compression) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), level);
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// Runs `extract ARGS EXTRA` in `dir` with `stdin`; returns its output
/// after checking the exit code (0, or 1 when there are error records).
fn run(dir: &Path, extra: &[&str], stdin: Vec<u8>) -> Vec<u8> {
    let out = vnx()
        .current_dir(dir)
        .args(ARGS)
        .args(extra)
        .write_stdin(stdin)
        .output()
        .expect("vnextract runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{extra:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs lines `from..to` of the file on standard input, numbered from
/// `from + 1` and named NAME.
fn run_piece(lines: &[Vec<u8>], from: usize, to: usize) -> Vec<u8> {
    let first = (from + 1).to_string();
    let args = ["--first-line", &first, "--stdin-name", NAME];
    run(Path::new("."), &args, piece(lines, from, to))
}

/// The file written as NAME into a directory, and the output of
/// `extract ARGS NAME` run there.
fn whole(lines: &[Vec<u8>]) -> (TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join(NAME), file(lines)).unwrap();
    let out = run(dir.path(), &[NAME], Vec::new());
    (dir, out)
}

/// The output lines, each with its line break.
fn out_lines(out: &[u8]) -> Vec<&[u8]> {
    out.split_inclusive(|&b| b == b'\n').collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Whether a line is read as the start of an input when it comes first
/// on standard input: a byte order mark is taken off it, and the gzip
/// magic bytes make standard input gzip. A piece that starts there is
/// sent after one blank line, numbered one less (as the recipe does).
fn looks_like_a_start(line: &[u8]) -> bool {
    line.starts_with(b"\xef\xbb\xbf") || line.starts_with(b"\x1f\x8b")
}

#[test]
fn pieces_one_after_another_give_the_whole_output() {
    let lines = lines();
    let n = lines.len();
    let (_dir, whole) = whole(&lines);

    // What the test is about is there.
    let docs = json_lines(&whole);
    let has = |line: u64, kind: &str| {
        docs.iter().any(|d| {
            d["id"] == format!("{NAME}:{line}")
                && d["line"] == line
                && d["error"]["kind"] == kind
        })
    };
    assert_eq!(docs[0]["id"], "news.jsonl:1", "BOM off line 1: {docs:?}");
    assert_eq!(docs[0]["schema"], "vnextract/v1");
    assert!(has(4, "json"), "{docs:?}");
    assert!(has(6, "json"), "a BOM further down stays");
    assert!(has(11, "json"), "the gzip magic bytes further down are data");
    assert!(has(12, "missing_text"));
    assert!(has(16, "too_large"), "a line of spaces over the limit");
    assert!(has(17, "encoding"));
    assert_eq!(docs.len(), n - 6, "one per line, but blank ones");

    // Cut at lines of every kind but those that look like a start.
    let cuts: &[&[usize]] =
        &[&[0, 1, n], &[0, 2, 4, 7, 13, 16, n], &[0, 19, n]];
    for cut in cuts {
        let mut got = Vec::new();
        for w in cut.windows(2) {
            assert!(w[0] == 0 || !looks_like_a_start(&lines[w[0]]));
            got.extend(run_piece(&lines, w[0], w[1]));
        }
        assert_eq!(text(&got), text(&whole), "pieces {cut:?}");
    }
}

#[test]
fn each_piece_to_the_end_gives_the_end_of_the_output() {
    let lines = lines();
    let n = lines.len();
    let (_dir, whole) = whole(&lines);
    let all = out_lines(&whole);
    for from in 1..n {
        // The output lines of the lines before it.
        let before = lines[..from]
            .iter()
            .filter(|l| {
                l.len() > 300 || !l.iter().all(u8::is_ascii_whitespace)
            })
            .count();
        let got = if looks_like_a_start(&lines[from]) {
            let mut stdin = b"\n".to_vec();
            stdin.extend(piece(&lines, from, n));
            let first = from.to_string();
            let args = ["--first-line", &first, "--stdin-name", NAME];
            run(Path::new("."), &args, stdin)
        } else {
            run_piece(&lines, from, n)
        };
        assert_eq!(
            text(&got),
            text(&all[before..].concat()),
            "lines {}.. on their own",
            from + 1
        );
    }
}

#[test]
fn a_piece_that_starts_with_the_gzip_magic_bytes_is_read_as_gzip() {
    // The reason such a piece is sent after a blank line.
    let lines = lines();
    let out = run_piece(&lines, 10, 11);
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "news.jsonl:11");
    assert_eq!(docs[0]["line"], 11);
    assert_eq!(docs[0]["error"]["kind"], "io", "{docs:?}");
}

#[test]
fn a_gz_name_is_only_a_name_on_standard_input() {
    // news.jsonl.gz whose first line starts with the gzip magic bytes
    // once decompressed: data, as any other line of a .gz file.
    let mut lines = lines();
    lines.swap(0, 10);
    let dir = tempfile::tempdir().unwrap();
    let gz = gzip(&file(&lines), Compression::default());
    fs::write(dir.path().join("news.jsonl.gz"), gz).unwrap();
    let whole = run(dir.path(), &["news.jsonl.gz"], Vec::new());
    let docs = json_lines(&whole);
    assert_eq!(docs[0]["id"], "news.jsonl.gz:1");
    assert_eq!(docs[0]["error"]["kind"], "json", "{docs:?}");

    // Plain lines on standard input under a .gz name are read as they
    // are; the first piece, which starts with the magic bytes, is sent
    // wrapped in gzip without compression.
    let n = lines.len();
    let name = ["--stdin-name", "news.jsonl.gz"];
    let mut got = run(
        Path::new("."),
        &[&name[..], &["--first-line", "1"]].concat(),
        gzip(&piece(&lines, 0, 8), Compression::none()),
    );
    got.extend(run(
        Path::new("."),
        &[&name[..], &["--first-line", "9"]].concat(),
        piece(&lines, 8, n),
    ));
    assert_eq!(text(&got), text(&whole));
}

#[test]
fn first_line_out_of_range_is_a_usage_error() {
    // 0, and past 2^53 (line numbers a JSON reader keeps exact, and far
    // from the end of a u64).
    for n in ["0", "9007199254740993", "18446744073709551615"] {
        let out = vnx()
            .args(ARGS)
            .args(["--first-line", n])
            .write_stdin(&b"{\"text\": \"H\xc3\xa0 N\xe1\xbb\x99i\"}\n"[..])
            .output()
            .expect("vnextract runs");
        assert_eq!(out.status.code(), Some(2), "{n}");
        assert!(out.stdout.is_empty());
        assert!(text(&out.stderr).contains("--first-line"), "{out:?}");
    }
    // 2^53 itself is a line number.
    let out = vnx()
        .args(ARGS)
        .args(["--first-line", "9007199254740992"])
        .write_stdin(&b"{\"text\": 1}\n"[..])
        .output()
        .expect("vnextract runs");
    assert!(
        text(&out.stdout).contains("\"line\":9007199254740992"),
        "{out:?}"
    );
}

#[test]
fn error_records_and_messages_carry_the_shifted_line() {
    let stdin = b"{not json\n\n{\"text\": 3}\n{\"text\": \"An Giang\"}\n";
    let out = vnx()
        .args(["extract", "--jsonl", "--first-line", "100"])
        .args(["--stdin-name", "part/news.jsonl"])
        .write_stdin(&stdin[..])
        .output()
        .expect("vnextract runs");
    assert_eq!(out.status.code(), Some(1), "error records");
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "part/news.jsonl:100");
    assert_eq!(docs[0]["line"], 100);
    assert_eq!(docs[0]["error"]["kind"], "json");
    assert_eq!(docs[1]["id"], "part/news.jsonl:102");
    assert_eq!(docs[1]["line"], 102);
    assert_eq!(docs[1]["error"]["kind"], "missing_text");
    assert_eq!(docs[2]["id"], "part/news.jsonl:103");
    assert!(docs[2].get("error").is_none());
    let err = text(&out.stderr);
    assert!(err.contains("part/news.jsonl:100:"), "{err}");
    assert!(err.contains("part/news.jsonl:102:"), "{err}");
}

#[test]
fn default_ids_use_the_name_of_standard_input_only() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.jsonl"), "\n{\"text\": \"Huế\"}\n").unwrap();
    let stdin = "{\"id\": \"x\", \"text\": \"Huế\"}\n{\"text\": \"Huế\"}\n";
    // --first-line numbers the first line of each input.
    let args = ["--first-line", "5", "--stdin-name", "b.jsonl", "a.jsonl"];
    let out = run(dir.path(), &[&args[..], &["-"]].concat(), stdin.into());
    let ids: Vec<_> =
        json_lines(&out).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, ["a.jsonl:6", "x", "b.jsonl:6"]);

    // Without --stdin-name, standard input is <stdin>.
    let out = run(Path::new("."), &["--first-line", "5"], stdin.into());
    let ids: Vec<_> =
        json_lines(&out).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, ["x", "<stdin>:6"]);
}
