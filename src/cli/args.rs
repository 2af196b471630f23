//! Command-line arguments: plain values, no I/O.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  vnextract extract samples/thanh-hoa-2023.txt
  vnextract extract --pretty --sentences --date 2022-12-28 article.txt
  cat article.txt | vnextract extract --id a1 | jq '.entities'
  vnextract normalize --tone new article.txt
  vnextract normalize --fold article.txt
  vnextract normalize --from auto old-archive.txt
  vnextract extract --dict my-officials.tsv article.txt
  vnextract extract --jsonl articles.jsonl.gz -o out.jsonl
  vnextract extract --glob '*.txt' archive/ --format csv > items.csv
  vnextract dict list --type place | grep 'Mường Lát'";

/// Reads Vietnamese text and writes what it states as JSON.
#[derive(Debug, Parser)]
#[command(name = "vnextract", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities, quantities, dates and facts as v1 JSON, one
    /// object per input on its own line.
    ///
    /// Inputs are files (`.gz` ones are decompressed), standard input
    /// (gzip detected by its magic bytes) or directories, read
    /// recursively in sorted order, one document per file. With
    /// `--jsonl`, every line of the input is a record: a JSON object
    /// whose text field is extracted. Output keeps the input order,
    /// whatever the number of threads. With `--jsonl` or a directory,
    /// a record that cannot be processed gives an error record
    /// (`{"id":…,"line":…,"error":{"kind":…,"message":…}}`) and a line
    /// on standard error, the run goes on (unless `--fail-fast`) and
    /// exits with code 1; a summary line ends the run. Ctrl-C stops
    /// cleanly with exit code 130.
    #[command(after_help = "\
Examples:
  vnextract extract samples/thanh-hoa-2023.txt
  vnextract extract --pretty --sentences a.txt b.txt
  vnextract extract --from auto --id old-1 legacy.txt
  cat a.txt | vnextract extract --date 2022-12-28 | jq '.sentences'
  vnextract extract --jsonl --text-field body.text --keep url news.jsonl.gz
  zcat news.jsonl.gz | vnextract extract --jsonl --date-field published
  vnextract extract --glob '*.txt' -j 4 -o archive.jsonl archive/
  vnextract extract --jsonl --format csv news.jsonl > items.csv")]
    Extract(Box<ExtractArgs>),
    /// Write the normalized (or folded) text.
    #[command(after_help = "\
Examples:
  vnextract normalize article.txt
  vnextract normalize --tone new article.txt
  echo 'Thanh Hoá' | vnextract normalize --fold
  vnextract normalize --from tcvn3 old.txt")]
    Normalize(NormalizeArgs),
    /// Score extraction against hand-annotated gold files (JSON Lines):
    /// precision, recall and F1 per layer.
    #[command(after_help = "\
Examples:
  vnextract eval tests/gold/dev.jsonl
  vnextract eval --json tests/gold/dev.jsonl | jq '.layers[] | {layer, f1}'
  vnextract eval --show-errors --layer roles tests/gold/dev.jsonl")]
    Eval(EvalArgs),
    /// Check or list dictionaries (places, organizations, titles,
    /// persons).
    #[command(subcommand)]
    Dict(DictCommand),
}

/// `dict` subcommands.
#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Validate dictionary files; every malformed line is reported with
    /// its file, line and column.
    #[command(after_help = "\
Examples:
  vnextract dict check my-places.tsv
  vnextract dict check dictionaries/*.tsv")]
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the loaded entries as TSV: id, type, name, level, code,
    /// aliases.
    #[command(after_help = "\
Examples:
  vnextract dict list --type place | grep -i 'thanh hóa'
  vnextract dict list --dict mine.tsv --type person")]
    List {
        /// Only entries of this type.
        #[arg(long = "type", value_enum)]
        kind: Option<EntryType>,
        /// A dictionary file of your own, added to the shipped ones
        /// (repeatable).
        #[arg(long = "dict", value_name = "FILE")]
        dicts: Vec<PathBuf>,
    },
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold files: one JSON object per document (`text` or `text_file`,
    /// `document_date`, `persons`, `places`, `organizations`, `dates`,
    /// `targets`).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss and every false hit.
    #[arg(long)]
    pub show_errors: bool,
    /// Only errors of this layer (with --show-errors).
    #[arg(long)]
    pub layer: Option<String>,
    /// A dictionary file of your own, added to the shipped ones
    /// (repeatable).
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
}

/// Layers of `extract --layers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layer {
    /// Places, organizations, titles and persons.
    Entities,
    /// Quantities.
    Quantities,
    /// Dates and periods.
    Dates,
    /// Roles (with entities), targets (with quantities and dates) and
    /// events.
    Facts,
}

/// Entry types of `dict list --type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntryType {
    /// Places.
    Place,
    /// Organizations.
    Organization,
    /// Title parts.
    Title,
    /// Known persons.
    Person,
    /// Socio-economic indicators.
    Indicator,
    /// Event nouns and theme words.
    Event,
}

/// How input is read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// What the input is encoded in; `auto` detects TCVN3, VNI and VIQR
    /// (raw bytes or their Windows-1252 mojibake) and falls back to UTF-8.
    #[arg(long, value_enum, default_value_t = From::Utf8)]
    pub from: From,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Tone-mark placement of normalized text: `old` writes "Thanh Hóa",
    /// "thủy", "khỏe" (the official registers); `new` writes "Thanh Hoá",
    /// "thuỷ", "khoẻ".
    #[arg(long, value_enum, default_value_t = ToneArg::Old)]
    pub tone: ToneArg,
}

/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input files or directories; standard input when none is given or
    /// for `-`.
    pub files: Vec<PathBuf>,
    /// Indent the JSON (single documents: not with --jsonl, a directory
    /// or a tabular --format).
    #[arg(long, conflicts_with = "jsonl")]
    pub pretty: bool,
    /// The document date, YYYY-MM-DD (completes dates like "28-12").
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The document id (default: the file name as given; none for stdin).
    #[arg(long, conflicts_with = "jsonl")]
    pub id: Option<String>,
    /// Add the sentence spans to the output.
    #[arg(long)]
    pub sentences: bool,
    /// Fill only these layers (comma-separated); the others stay empty
    /// arrays and cost nothing.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LAYER,...")]
    pub layers: Option<Vec<Layer>>,
    /// A dictionary file of your own (format in dictionaries/README.md),
    /// added to the shipped ones; an entry with a shipped id replaces
    /// it. Repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// How input is read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Archives: JSON Lines, directories, output, threads.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// Arguments of `extract` for archives.
#[derive(Debug, Args)]
#[command(next_help_heading = "Archives")]
pub struct BatchArgs {
    /// Read JSON Lines: each line is a record, a JSON object with the
    /// text to extract from. Blank lines are skipped.
    #[arg(long)]
    pub jsonl: bool,
    /// The field of a record that holds the text: a dotted path into
    /// nested objects (`body.text`; a number indexes an array).
    #[arg(
        long,
        value_name = "PATH",
        default_value = "text",
        requires = "jsonl"
    )]
    pub text_field: String,
    /// The field of a record that holds its id (dotted path). Without
    /// it, the id is FILE:LINE.
    #[arg(
        long,
        value_name = "PATH",
        default_value = "id",
        requires = "jsonl"
    )]
    pub id_field: String,
    /// The field of a record that holds its date, YYYY-MM-DD (or an
    /// ISO date-time, whose date is taken); a record without one takes
    /// --date.
    #[arg(long, value_name = "PATH", requires = "jsonl")]
    pub date_field: Option<String>,
    /// A field of the record to copy into its output object, under the
    /// same name (dotted path; repeatable; null when absent).
    #[arg(long = "keep", value_name = "FIELD", requires = "jsonl")]
    pub keep: Vec<String>,
    /// In a directory, read only the files that match (repeatable): a
    /// pattern without `/` matches the file name, one with `/` the path
    /// below the directory.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// Output format: `json` and `jsonl` write the v1 objects, one per
    /// line; `csv` and `tsv` write one row per entity, quantity, date,
    /// fact or error, after a header row.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Write to FILE instead of standard output: a temporary file in the
    /// same directory, renamed to FILE only when the run completes.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default, or 0: all cores). The output does not
    /// depend on it.
    #[arg(short = 'j', long = "threads", value_name = "N")]
    pub threads: Option<usize>,
    /// A record (a line, or a file) longer than this is an error (`K`,
    /// `M`, `G`: powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "10M",
          value_parser = parse_size)]
    pub max_bytes: u64,
    /// Stop at the first record that cannot be processed (with
    /// --output, nothing is written).
    #[arg(long)]
    pub fail_fast: bool,
    /// With --jsonl: number the first line of each input N, for an input
    /// that is a part of a larger file starting at its line N (as a
    /// cluster job feeds one). Line numbers name records in error records,
    /// messages and default ids. At most 2^53, the largest line number a
    /// JSON reader keeps exact.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "jsonl",
          value_parser = clap::value_parser!(u64).range(1..=1 << 53))]
    pub first_line: u64,
    /// The name of standard input in messages and in the default ids of
    /// its records (`NAME:LINE`), instead of `<stdin>`: the file a part
    /// was cut from.
    #[arg(long, value_name = "NAME")]
    pub stdin_name: Option<String>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// v1 JSON objects, one per line.
    Json,
    /// The same as `json`.
    Jsonl,
    /// Comma-separated values (RFC 4180 quoting).
    Csv,
    /// Tab-separated values (`\t`, `\n`, `\r`, `\\` escaped).
    Tsv,
}

/// Parses a size: bytes, or a number with `K`, `M` or `G` (powers of
/// 1024), optionally followed by `B` or `iB`.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix(['B', 'b']))
        .unwrap_or(t);
    let (num, mult) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let mult: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => return Err(format!("unknown size unit in {s:?}")),
            };
            (&t[..i], mult)
        }
        _ => (t, 1),
    };
    num.trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| {
            format!("invalid size {s:?}: expected a number of bytes, like 10M")
        })
}

/// Arguments of `normalize`.
#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// Input file; standard input when absent or `-`.
    pub file: Option<PathBuf>,
    /// Write the folded view: lower case, no marks, đ→d.
    #[arg(long)]
    pub fold: bool,
    /// How input is read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `--from` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum From {
    /// Strict UTF-8.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// TCVN3 (ABC).
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VIQR.
    Viqr,
    /// Detect.
    Auto,
}

/// `--tone` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ToneArg {
    /// Tone on the first vowel of open oa/oe/uy: hòa, thủy.
    Old,
    /// Tone on the second vowel: hoà, thuỷ.
    New,
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        for (s, n) in [
            ("1", 1),
            ("10M", 10 << 20),
            ("10MB", 10 << 20),
            ("10MiB", 10 << 20),
            ("64k", 64 << 10),
            ("2G", 2 << 30),
            ("512b", 512),
        ] {
            assert_eq!(parse_size(s), Ok(n), "{s}");
        }
        for bad in ["", "0", "M", "10X", "-1", "1.5M", "99999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
