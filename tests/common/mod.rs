//! What the integration tests share: where the samples are, running the
//! `vnextract` binary and reading the JSON it prints.
//!
//! Each test file compiles this module on its own and uses only some of it.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use vnextract::pipeline::{Meta, Options, Pipeline};

/// The crate's root directory.
pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `samples/` of the crate.
pub fn samples_dir() -> PathBuf {
    manifest_dir().join("samples")
}

/// The tool, killed if it runs for more than a minute (a hang fails the
/// test instead of stalling the run).
pub fn vnx() -> Command {
    let mut cmd = Command::cargo_bin("vnextract").expect("binary is built");
    cmd.timeout(Duration::from_secs(60));
    cmd
}

/// Runs the tool with `args` and `stdin`; returns its stdout after
/// checking that it succeeded.
pub fn run(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let out = vnx()
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .expect("the vnextract binary runs");
    assert!(
        out.status.success(),
        "vnextract {args:?} failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs `normalize ARGS` on `input`, killed after `secs` seconds; returns
/// the output, or why there is none.
pub fn try_normalize<S: AsRef<OsStr>>(
    args: &[S],
    input: &[u8],
    secs: u64,
) -> Result<String, String> {
    let out = vnx()
        .timeout(Duration::from_secs(secs))
        .arg("normalize")
        .args(args)
        .write_stdin(input.to_vec())
        .output()
        .map_err(|e| format!("could not run: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{} (killed after {secs} s if no code), stderr {:?}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("not UTF-8: {e}"))
}

/// Parses stdout as JSON Lines: one JSON value per line.
pub fn json_lines(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    text.lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("not JSON ({e}): {l:?}"))
        })
        .collect()
}

/// Parses stdout as a stream of JSON values, however they are laid out.
pub fn json_stream(stdout: &[u8]) -> Vec<Value> {
    serde_json::Deserializer::from_slice(stdout)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .expect("stdout is a stream of JSON values")
}

/// The records of the acceptance suite `name` (`../shared/suites/NAME`),
/// one JSON object a line, blank lines skipped; a line that does not read
/// as `T` fails the test with its file and line.
pub fn suite_records<T: serde::de::DeserializeOwned>(name: &str) -> Vec<T> {
    let path = manifest_dir().join("../shared/suites").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| {
                panic!("{}:{}: {e}", path.display(), i + 1)
            })
        })
        .collect()
}

/// Checks a suite's failed sources against its deviations (source,
/// reason): every failure must be listed, once, and every listed source
/// must still fail.
pub fn check_deviations(
    failed: &std::collections::BTreeSet<&str>,
    deviations: &[(&str, &str)],
) {
    let explained: std::collections::BTreeSet<&str> =
        deviations.iter().map(|d| d.0).collect();
    assert_eq!(explained.len(), deviations.len(), "a source listed twice");
    let unexplained: Vec<&str> =
        failed.iter().copied().filter(|s| !explained.contains(s)).collect();
    let stale: Vec<&str> =
        explained.iter().copied().filter(|s| !failed.contains(s)).collect();
    assert!(
        unexplained.is_empty(),
        "{} records fail with no entry in DEVIATIONS: {unexplained:#?}",
        unexplained.len()
    );
    assert!(
        stale.is_empty(),
        "DEVIATIONS entries that no longer fail (or name no record); \
         remove them: {stale:#?}"
    );
}

/// The document the library extracts from `text`, dated `date`, as JSON.
pub fn extract_dated(text: &str, date: &str) -> Value {
    let p = Pipeline::new(Options::default()).unwrap();
    let meta = Meta { id: None, date: Some(date.into()) };
    serde_json::to_value(p.extract_bytes(text.as_bytes(), &meta).unwrap())
        .unwrap()
}

/// [`extract_dated`] on 2023-05-10, the date the table tests assume.
pub fn extract(text: &str) -> Value {
    extract_dated(text, "2023-05-10")
}

/// The entities of type `kind` of `doc`, in order.
pub fn entities<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind)
        .collect()
}

/// The facts of type `kind` of `doc`, in order.
pub fn facts<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == kind)
        .collect()
}

/// (person, title_text, former, event) of every role fact of `doc`.
pub fn roles(doc: &Value) -> Vec<(String, String, bool, String)> {
    facts(doc, "role")
        .into_iter()
        .map(|f| {
            (
                f["person"].as_str().unwrap().to_string(),
                f["title_text"].as_str().unwrap().to_string(),
                f["former"].as_bool().unwrap_or(false),
                f["event"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}
