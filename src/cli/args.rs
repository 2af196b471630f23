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
    #[command(after_help = "\
Examples:
  vnextract extract samples/thanh-hoa-2023.txt
  vnextract extract --pretty --sentences a.txt b.txt
  vnextract extract --from auto --id old-1 legacy.txt
  cat a.txt | vnextract extract --date 2022-12-28 | jq '.sentences'")]
    Extract(ExtractArgs),
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
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// The document date, YYYY-MM-DD (completes dates like "28-12").
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The document id (default: the file name as given; none for stdin).
    #[arg(long)]
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
