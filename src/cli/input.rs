//! Inputs of `extract`: files, standard input and directories, gzip or
//! not, read as whole documents or line by line (JSON Lines).

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::read::MultiGzDecoder;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Buffer size of the readers.
const BUFFER: usize = 256 * 1024;

/// The first bytes of a gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Where the bytes of an input come from.
#[derive(Debug, Clone)]
pub(super) enum Origin {
    /// Standard input.
    Stdin,
    /// A file (a missing one fails when it is opened).
    File(PathBuf),
    /// Something found while walking a directory that could not be
    /// listed; the message says why.
    Unreadable(String),
}

/// One input.
#[derive(Debug, Clone)]
pub(super) struct Source {
    /// Where its bytes come from.
    pub origin: Origin,
    /// Its name in messages and ids: the path as given (joined to the
    /// directory it was found in), or `<stdin>`.
    pub name: Arc<str>,
}

impl Source {
    fn stdin() -> Source {
        Source { origin: Origin::Stdin, name: "<stdin>".into() }
    }

    /// Names standard input `name`; other inputs keep theirs.
    pub fn rename_stdin(&mut self, name: &str) {
        if matches!(self.origin, Origin::Stdin) {
            self.name = name.into();
        }
    }

    fn file(path: PathBuf) -> Source {
        let name = path.display().to_string().into();
        Source { origin: Origin::File(path), name }
    }

    fn unreadable(path: &Path, err: &io::Error) -> Source {
        Source {
            origin: Origin::Unreadable(err.to_string()),
            name: path.display().to_string().into(),
        }
    }

    /// Its path, unless it is standard input.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) => Some(p),
            _ => None,
        }
    }
}

/// Which files of a directory are read (`--glob`).
struct Filter {
    /// Patterns without `/`: matched against the file name.
    names: GlobSet,
    /// Patterns with `/`: matched against the path below the directory.
    paths: GlobSet,
    /// Whether any pattern was given.
    any: bool,
}

impl Filter {
    fn new(globs: &[String]) -> Result<Filter, String> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for g in globs {
            let glob = GlobBuilder::new(g)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("invalid --glob {g:?}: {e}"))?;
            if g.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |b: GlobSetBuilder| {
            b.build().map_err(|e| format!("invalid --glob: {e}"))
        };
        Ok(Filter {
            names: build(names)?,
            paths: build(paths)?,
            any: !globs.is_empty(),
        })
    }

    fn matches(&self, rel: &Path, name: &OsString) -> bool {
        !self.any || self.names.is_match(name) || self.paths.is_match(rel)
    }
}

/// The inputs the arguments name, directories walked: standard input when
/// `args` is empty or for `-`. Also says whether a directory was among
/// them. A bad `--glob` is an error.
pub(super) fn expand(
    args: &[PathBuf],
    globs: &[String],
) -> Result<(Vec<Source>, bool), String> {
    let filter = Filter::new(globs)?;
    if args.is_empty() {
        return Ok((vec![Source::stdin()], false));
    }
    let mut out = Vec::new();
    let mut dirs = false;
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Source::stdin());
        } else if a.is_dir() {
            dirs = true;
            walk(a, Path::new(""), &filter, &mut out);
        } else {
            out.push(Source::file(a.clone()));
        }
    }
    Ok((out, dirs))
}

/// Adds the files under `dir` (`rel` below the directory named on the
/// command line) that `filter` lets through, sorted by name at every
/// level. Symbolic links to files are read; links to directories are not
/// followed (no cycles).
fn walk(dir: &Path, rel: &Path, filter: &Filter, out: &mut Vec<Source>) {
    let read = match fs::read_dir(dir) {
        Ok(r) => r,
        Err(e) => return out.push(Source::unreadable(dir, &e)),
    };
    let mut entries = Vec::new();
    for entry in read {
        match entry {
            Ok(e) => entries.push(e),
            Err(e) => out.push(Source::unreadable(dir, &e)),
        }
    }
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let path = e.path();
        let rel = rel.join(&name);
        let is_dir = match e.file_type() {
            Ok(t) if t.is_symlink() => {
                // A link to a directory is skipped; a broken one is
                // reported when it is opened.
                if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                    continue;
                }
                false
            }
            Ok(t) => t.is_dir(),
            Err(err) => {
                out.push(Source::unreadable(&path, &err));
                continue;
            }
        };
        if is_dir {
            walk(&path, &rel, filter, out);
        } else if filter.matches(&rel, &name) {
            out.push(Source::file(path));
        }
    }
}

/// The size on disk of all the inputs, when all are files.
pub(super) fn total_size(sources: &[Source]) -> Option<u64> {
    sources
        .iter()
        .map(|s| match &s.origin {
            Origin::File(p) => Some(fs::metadata(p).map_or(0, |m| m.len())),
            Origin::Unreadable(_) => Some(0),
            Origin::Stdin => None,
        })
        .sum()
}

/// Counts the bytes read from the disk or the pipe (before
/// decompression), for the progress bar.
struct Counted<R> {
    inner: R,
    raw: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.raw.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A readable input.
pub(super) type Reader = Box<dyn BufRead + Send>;

/// Whether `path` names a gzip file.
fn is_gz(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Opens an input, decompressing it when it is gzip (a `.gz` name, or
/// the gzip magic bytes); `raw` counts the bytes read before
/// decompression.
pub(super) fn open(
    source: &Source,
    raw: &Arc<AtomicU64>,
) -> io::Result<Reader> {
    let (inner, named_gz): (Box<dyn Read + Send>, bool) = match &source.origin
    {
        Origin::Stdin => (Box::new(io::stdin()), false),
        Origin::File(p) => (Box::new(File::open(p)?), is_gz(p)),
        Origin::Unreadable(msg) => return Err(io::Error::other(msg.clone())),
    };
    let mut counted = Counted { inner, raw: raw.clone() };
    let mut head = [0u8; 2];
    let n = read_up_to(&mut counted, &mut head)?;
    let gz = named_gz || head[..n] == GZIP_MAGIC;
    let joined = io::Cursor::new(head[..n].to_vec()).chain(counted);
    Ok(if gz {
        Box::new(BufReader::with_capacity(BUFFER, MultiGzDecoder::new(joined)))
    } else {
        Box::new(BufReader::with_capacity(BUFFER, joined))
    })
}

/// Fills `buf` as far as the input goes; returns how much was read.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// A whole input, or how it is too large.
pub(super) enum Whole {
    /// Its bytes.
    Bytes(Vec<u8>),
    /// More than the limit: at least this many bytes.
    TooLarge(u64),
}

/// The size of a plain file that is over `max`, known without reading
/// it (a gzip file's size says nothing of its contents).
pub(super) fn too_large_on_disk(source: &Source, max: u64) -> Option<u64> {
    let p = source.path().filter(|p| !is_gz(p))?;
    let len = fs::metadata(p).ok().filter(|m| m.is_file())?.len();
    (len > max).then_some(len)
}

/// Reads a whole input, at most `max` bytes.
pub(super) fn read_whole(r: &mut Reader, max: u64) -> io::Result<Whole> {
    let mut buf = Vec::new();
    r.take(max.saturating_add(1)).read_to_end(&mut buf)?;
    Ok(if buf.len() as u64 > max {
        Whole::TooLarge(buf.len() as u64)
    } else {
        Whole::Bytes(buf)
    })
}

/// One line of a JSON Lines input.
pub(super) enum Line {
    /// A line, without its line break (and without a byte order mark on
    /// the first line).
    Text {
        /// Line number, from 1.
        line: u64,
        /// Byte offset of its start in the (decompressed) input.
        offset: u64,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// A line longer than the limit, skipped without being kept.
    TooLarge {
        /// Line number, from 1.
        line: u64,
        /// Byte offset of its start.
        offset: u64,
        /// Its length in bytes.
        len: u64,
    },
}

/// The lines of an input, each read into memory only when it is at most
/// `max` bytes long. Blank lines are skipped (but counted).
pub(super) struct Lines {
    reader: Reader,
    max: u64,
    line: u64,
    offset: u64,
}

impl Lines {
    /// Lines of `reader`, at most `max` bytes each, the first numbered
    /// `first`. A byte order mark is taken off line 1 only: a part that
    /// starts further down keeps what its file has there.
    pub fn new(reader: Reader, max: u64, first: u64) -> Lines {
        Lines { reader, max, line: first - 1, offset: 0 }
    }

    /// The number of the last line read (for an I/O error: the line
    /// where it happened is the next one).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The byte offset reached.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Skips to the end of the line; returns how many bytes it skipped,
    /// and whether it skipped a line break.
    fn skip_line(&mut self) -> io::Result<(u64, bool)> {
        let mut skipped = 0;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok((skipped, false));
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok((skipped + i as u64 + 1, true));
                }
                None => {
                    let n = buf.len();
                    self.reader.consume(n);
                    skipped += n as u64;
                }
            }
        }
    }
}

impl Iterator for Lines {
    type Item = io::Result<Line>;

    fn next(&mut self) -> Option<io::Result<Line>> {
        loop {
            let mut buf = Vec::new();
            let limit = self.max.saturating_add(1);
            let n = match (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut buf)
            {
                Ok(0) => return None,
                Ok(n) => n as u64,
                Err(e) => return Some(Err(e)),
            };
            self.line += 1;
            let offset = self.offset;
            self.offset += n;
            if buf.last() != Some(&b'\n') && n > self.max {
                let (rest, newline) = match self.skip_line() {
                    Ok(r) => r,
                    Err(e) => return Some(Err(e)),
                };
                self.offset += rest;
                let len = n + rest - u64::from(newline);
                return Some(Ok(Line::TooLarge {
                    line: self.line,
                    offset,
                    len,
                }));
            }
            if buf.last() == Some(&b'\n') {
                buf.pop();
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
            }
            if self.line == 1 && buf.starts_with(b"\xef\xbb\xbf") {
                buf.drain(..3);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(Line::Text {
                line: self.line,
                offset,
                bytes: buf,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: u64) -> Vec<String> {
        let reader: Reader = Box::new(io::Cursor::new(input.to_vec()));
        Lines::new(reader, max, 1)
            .map(|l| match l.unwrap() {
                Line::Text { line, offset, bytes } => format!(
                    "{line}@{offset}:{}",
                    String::from_utf8_lossy(&bytes)
                ),
                Line::TooLarge { line, offset, len } => {
                    format!("{line}@{offset}:too large ({len})")
                }
            })
            .collect()
    }

    #[test]
    fn lines_table() {
        let t: &[(&[u8], u64, &[&str])] = &[
            (b"", 10, &[]),
            (b"a\nbb\r\nccc", 10, &["1@0:a", "2@2:bb", "3@6:ccc"]),
            (b"a\n\n  \nb\n", 10, &["1@0:a", "4@6:b"]),
            (b"\xef\xbb\xbf{}\n{}", 10, &["1@0:{}", "2@6:{}"]),
            // The limit is on the line without its break.
            (
                b"12345\n123456\n1",
                5,
                &["1@0:12345", "2@6:too large (6)", "3@13:1"],
            ),
            (b"1234567", 5, &["1@0:too large (7)"]),
            (b"123456", 5, &["1@0:too large (6)"]),
            (b"12345", 5, &["1@0:12345"]),
        ];
        for (input, max, want) in t {
            assert_eq!(lines(input, *max), *want, "{input:?} max {max}");
        }
    }

    #[test]
    fn gzip_is_detected_by_name_or_magic() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        );
        gz.write_all(b"Thanh Ho\xc3\xa1").unwrap();
        let gz = gz.finish().unwrap();
        let raw = Arc::new(AtomicU64::new(0));
        for name in ["a.txt.gz", "a.txt"] {
            let p = dir.path().join(name);
            fs::write(&p, &gz).unwrap();
            let mut r = open(&Source::file(p), &raw).unwrap();
            let Whole::Bytes(b) = read_whole(&mut r, 100).unwrap() else {
                panic!("too large")
            };
            assert_eq!(b, b"Thanh Ho\xc3\xa1", "{name}");
        }
        assert_eq!(raw.load(Ordering::Relaxed), 2 * gz.len() as u64);
    }

    #[test]
    fn directories_are_walked_in_order_with_globs() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["b.txt", "a/z.txt", "a/y.md", "a.txt", "c/d/e.txt"] {
            let p = dir.path().join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, b"x").unwrap();
        }
        let names = |globs: &[&str]| -> Vec<String> {
            let globs: Vec<String> =
                globs.iter().map(|g| g.to_string()).collect();
            let (sources, dirs) =
                expand(&[dir.path().to_path_buf()], &globs).unwrap();
            assert!(dirs);
            sources
                .iter()
                .map(|s| {
                    s.path()
                        .unwrap()
                        .strip_prefix(dir.path())
                        .unwrap()
                        .display()
                        .to_string()
                })
                .collect()
        };
        assert_eq!(
            names(&[]),
            ["a/y.md", "a/z.txt", "a.txt", "b.txt", "c/d/e.txt"]
        );
        assert_eq!(
            names(&["*.txt"]),
            ["a/z.txt", "a.txt", "b.txt", "c/d/e.txt"]
        );
        assert_eq!(names(&["c/**/*.txt", "*.md"]), ["a/y.md", "c/d/e.txt"]);
        assert!(expand(&[], &["a[".to_string()]).is_err());
    }
}
