//! The command-line tool: arguments → configuration → run.

mod args;
mod batch;
mod input;
mod table;

use std::fs;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use vnextract::decode::{DecodeError, Source};
use vnextract::normalize::{self, Tone};
use vnextract::pipeline::{Layers, Meta, Options};
use vnextract::{Error, Pipeline};

use self::args::{
    Cli, Command, DictCommand, EntryType, EvalArgs, ExtractArgs, Format, From,
    InputArgs, Layer, NormalizeArgs,
};
use vnextract::gazetteer::Gazetteer;
use vnextract::gazetteer::dict::{self, Kind};

/// Exit code when some input could not be processed.
const SOME_FAILED: u8 = 1;

/// Runs the tool and returns its exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract(*a),
        Command::Normalize(a) => normalize_cmd(a),
        Command::Eval(a) => eval_cmd(a),
        Command::Dict(DictCommand::Check { files }) => dict_check(&files),
        Command::Dict(DictCommand::List { kind, dicts }) => {
            dict_list(kind, &dicts)
        }
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("vnextract: {err:#}");
            ExitCode::from(SOME_FAILED)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let kind = match e.downcast_ref::<io::Error>() {
            Some(e) => Some(e.kind()),
            // serde_json hides the io::Error it wraps from `source()`.
            None => e
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

fn options(input: &InputArgs) -> Options {
    Options {
        normalize: normalize::Options {
            tone: match input.tone {
                args::ToneArg::Old => Tone::Old,
                args::ToneArg::New => Tone::New,
            },
        },
        source: match input.from {
            From::Utf8 => Source::Utf8,
            From::Tcvn3 => Source::Tcvn3,
            From::Vni => Source::Vni,
            From::Viqr => Source::Viqr,
            From::Auto => Source::Auto,
        },
        lossy: input.lossy,
        sentences: false,
        layers: Layers::default(),
    }
}

/// An input: a file, or standard input.
struct Input {
    path: Option<PathBuf>,
}

impl Input {
    fn new(path: Option<&Path>) -> Input {
        Input { path: path.filter(|p| p.as_os_str() != "-").map(Into::into) }
    }

    fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }

    fn read(&self) -> anyhow::Result<Vec<u8>> {
        match &self.path {
            Some(p) => fs::read(p).with_context(|| p.display().to_string()),
            None => {
                let mut buf = Vec::new();
                io::stdin().lock().read_to_end(&mut buf).context("<stdin>")?;
                Ok(buf)
            }
        }
    }
}

/// Explains a decoding error, naming the input.
fn explain(input: &Input, err: &Error) -> String {
    let name = input.name();
    match err {
        Error::Decode(DecodeError::InvalidUtf8 { offset }) => format!(
            "{name}: invalid UTF-8 at byte {offset} (use --lossy to \
             replace invalid bytes, or --from auto to detect a legacy \
             encoding)"
        ),
        other => format!("{name}: {other}"),
    }
}

fn with_stdout<F>(f: F) -> anyhow::Result<()>
where
    F: FnOnce(&mut dyn Write) -> anyhow::Result<()>,
{
    let stdout = io::stdout();
    if stdout.is_terminal() {
        let mut lock = stdout.lock();
        f(&mut lock)?;
        lock.flush()?;
    } else {
        let mut w = io::BufWriter::new(stdout.lock());
        f(&mut w)?;
        w.flush()?;
    }
    Ok(())
}

/// Fields of the v1 object that `--keep` cannot take.
const RESERVED: [&str; 11] = [
    "schema",
    "id",
    "document_date",
    "encoding",
    "entities",
    "quantities",
    "dates",
    "facts",
    "sentences",
    "line",
    "error",
];

fn extract(a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let b = &a.batch;
    if a.id.is_some() && a.files.len() > 1 {
        usage_error(
            "--id names one document; it cannot go with several files",
        );
    }
    let (mut sources, dirs) = match input::expand(&a.files, &b.globs) {
        Ok(s) => s,
        Err(e) => usage_error(&e),
    };
    if let Some(name) = &b.stdin_name {
        for s in &mut sources {
            s.rename_stdin(name);
        }
    }
    if a.id.is_some() && dirs {
        usage_error("--id names one document; it cannot go with a directory");
    }
    let tabular = matches!(b.format, Format::Csv | Format::Tsv);
    if a.pretty && (dirs || tabular) {
        usage_error(
            "--pretty is for single documents: not with a directory or \
             --format csv/tsv",
        );
    }
    let mut keep: Vec<String> = Vec::new();
    for k in &b.keep {
        if RESERVED.contains(&k.as_str()) {
            usage_error(&format!(
                "--keep {k}: the output object has a field {k:?} already"
            ));
        }
        if !keep.contains(k) {
            keep.push(k.clone());
        }
    }
    let mut opts = options(&a.input);
    opts.sentences = a.sentences;
    if let Some(only) = &a.layers {
        opts.layers = Layers {
            entities: only.contains(&Layer::Entities),
            quantities: only.contains(&Layer::Quantities),
            dates: only.contains(&Layer::Dates),
            facts: only.contains(&Layer::Facts),
        };
    }
    if let Some(d) = &a.date {
        let meta = Meta { id: None, date: Some(d.clone()) };
        if let Err(e) = meta.validate() {
            usage_error(&e.to_string());
        }
    }
    let encoding = opts.source;
    let pipeline = if a.dicts.is_empty() {
        Pipeline::new(opts)?
    } else {
        Pipeline::with_gazetteer(opts, load_dicts(&a.dicts)?)
    };
    let format = match b.format {
        Format::Json | Format::Jsonl if a.pretty => batch::Format::Pretty,
        Format::Json | Format::Jsonl => batch::Format::Json,
        Format::Csv => batch::Format::Table(table::Table::new(false)),
        Format::Tsv => batch::Format::Table(table::Table::new(true)),
    };
    let cfg = batch::Config {
        pipeline,
        encoding,
        lossy: a.input.lossy,
        jsonl: b.jsonl.then(|| batch::Fields {
            text: b.text_field.clone(),
            id: b.id_field.clone(),
            date: b.date_field.clone(),
            keep,
        }),
        date: a.date.clone(),
        id: a.id.clone(),
        format,
        records: b.jsonl || dirs,
        max_bytes: b.max_bytes,
        fail_fast: b.fail_fast,
        first_line: b.first_line,
        quiet: b.quiet,
        threads: b.threads.unwrap_or(0),
        output: b.output.clone(),
    };
    batch::run(cfg, sources)
}

fn normalize_cmd(a: NormalizeArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(options(&a.input))?;
    let input = Input::new(a.file.as_deref());
    let bytes = input.read()?;
    let decoded = match pipeline.decode(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("vnextract: {}", explain(&input, &e));
            return Ok(ExitCode::from(SOME_FAILED));
        }
    };
    let views = pipeline.analyze(decoded).views;
    with_stdout(|out| {
        let text = if a.fold { &views.folded } else { &views.norm.text };
        out.write_all(text.as_bytes())?;
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn eval_cmd(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let opts = Options::default();
    let pipeline = if a.dicts.is_empty() {
        Pipeline::new(opts)?
    } else {
        Pipeline::with_gazetteer(opts, load_dicts(&a.dicts)?)
    };
    let mut failed = false;
    with_stdout(|out| {
        for path in &a.files {
            let report = match vnextract::eval::evaluate(&pipeline, path) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("vnextract: {e}");
                    failed = true;
                    continue;
                }
            };
            let errors: Vec<_> = report
                .errors
                .iter()
                .filter(|_| a.show_errors)
                .filter(|e| a.layer.as_ref().is_none_or(|l| *l == e.layer))
                .collect();
            if a.json {
                let mut v = serde_json::to_value(&report)?;
                v["file"] = path.display().to_string().into();
                if !a.show_errors {
                    v.as_object_mut().map(|o| o.remove("errors"));
                } else {
                    v["errors"] = serde_json::to_value(&errors)?;
                }
                serde_json::to_writer(&mut *out, &v)?;
                writeln!(out)?;
                continue;
            }
            writeln!(
                out,
                "{} ({} documents)",
                path.display(),
                report.documents
            )?;
            writeln!(
                out,
                "{:<14} {:>6} {:>9} {:>9} {:>7} {:>7} {:>7}",
                "layer", "gold", "predicted", "correct", "P", "R", "F1"
            )?;
            for s in &report.layers {
                writeln!(
                    out,
                    "{:<14} {:>6} {:>9} {:>9} {:>7.3} {:>7.3} {:>7.3}",
                    s.layer,
                    s.gold,
                    s.predicted,
                    s.correct,
                    s.precision,
                    s.recall,
                    s.f1
                )?;
            }
            for e in errors {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    e.id, e.layer, e.kind, e.item
                )?;
            }
        }
        Ok(())
    })?;
    Ok(if failed { ExitCode::from(SOME_FAILED) } else { ExitCode::SUCCESS })
}

/// The shipped dictionaries with the user's files.
fn load_dicts(paths: &[PathBuf]) -> anyhow::Result<Arc<Gazetteer>> {
    let mut files = Vec::new();
    for p in paths {
        let text = fs::read_to_string(p)
            .with_context(|| format!("reading dictionary {}", p.display()))?;
        files.push((p.clone(), text));
    }
    Gazetteer::with_files(&files)
        .map(Arc::new)
        .map_err(|errors| anyhow::Error::new(Error::Dictionary(errors)))
}

fn dict_check(files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    for p in files {
        let text = match fs::read(p) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("vnextract: {}: {e}", p.display());
                failed = true;
                continue;
            }
        };
        let text = match String::from_utf8(text) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let line =
                    e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
                        + 1;
                eprintln!(
                    "vnextract: {}:{line}: invalid UTF-8 at byte {at}",
                    p.display()
                );
                failed = true;
                continue;
            }
        };
        match dict::parse(p, &text, usize::MAX) {
            Ok(entries) => {
                println!("{}: {} entries, ok", p.display(), entries.len());
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("{e}");
                }
                failed = true;
            }
        }
    }
    Ok(if failed { ExitCode::from(SOME_FAILED) } else { ExitCode::SUCCESS })
}

fn dict_list(
    kind: Option<EntryType>,
    dicts: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    let g = if dicts.is_empty() {
        Gazetteer::shipped()
    } else {
        load_dicts(dicts)?
    };
    let want = kind.map(|k| match k {
        EntryType::Place => Kind::Place,
        EntryType::Organization => Kind::Organization,
        EntryType::Title => Kind::Title,
        EntryType::Person => Kind::Person,
        EntryType::Indicator => Kind::Indicator,
        EntryType::Event => Kind::Event,
    });
    with_stdout(|out| {
        writeln!(out, "id\ttype\tname\tlevel\tcode\taliases")?;
        for e in g.entries() {
            if want.is_some_and(|k| e.kind() != k) {
                continue;
            }
            let level =
                if e.kind() == Kind::Title { &e.unit } else { &e.level };
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                e.id,
                e.kind(),
                e.name,
                level,
                e.code,
                e.aliases.join("|")
            )?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Reports a usage error the way clap does, and exits with code 2.
fn usage_error(msg: &str) -> ! {
    use clap::CommandFactory;
    Cli::command().error(clap::error::ErrorKind::ArgumentConflict, msg).exit()
}
