//! Throughput of gazetteer matching and of `extract` up to the gazetteer
//! stage, and the cost of building the dictionaries.
//!
//! The corpus is the shipped UTF-8 samples, each one document, repeated
//! until they hold at least 20 MB. `match` runs [`Gazetteer::find`] over
//! documents already normalized; `extract` runs the pipeline up to the
//! gazetteer stage (decode, normalize, match, resolve, persons, spans) on
//! each, `extract_recognized` adds quantities and dates, and
//! `extract_all_layers` the whole of it (roles, targets and events too);
//! `build`
//! parses the shipped dictionaries and builds their trie, which is
//! what every process pays once; `binary_10k` runs the `vnextract` binary
//! on a 10 KB article, start-up included.

mod common;

/// The allocator of the `vnextract` binary, so that `extract` is measured
/// as the command runs it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vnextract::gazetteer::Gazetteer;
use vnextract::normalize::{Options, Views};
use vnextract::pipeline::{self, Meta, Pipeline};

const MIN_LEN: usize = 20 << 20;

fn documents() -> Vec<String> {
    let texts = common::utf8_samples();
    let mut docs = Vec::new();
    let mut len = 0;
    while len < MIN_LEN {
        for t in &texts {
            len += t.len();
            docs.push(t.clone());
        }
    }
    docs
}

/// About 10 KB of `text`, repeated if short, cut on a char boundary.
fn article_10k(text: &str) -> String {
    let mut s = text.to_string();
    while s.len() < 10_000 {
        s.push('\n');
        s.push_str(text);
    }
    let mut cut = 10_000;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn benches(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let g = Gazetteer::shipped();
    let opts = Options::default();
    let views: Vec<Views> =
        docs.iter().map(|d| Views::new(d, &opts)).collect();
    // `extract` up to the gazetteer stage, and with every layer.
    let pipeline = Pipeline::new(pipeline::Options {
        layers: pipeline::Layers::ENTITIES,
        ..Default::default()
    })
    .unwrap();
    let recognized = Pipeline::new(pipeline::Options {
        layers: pipeline::Layers::RECOGNIZED,
        ..Default::default()
    })
    .unwrap();
    let full = Pipeline::new(pipeline::Options::default()).unwrap();
    let meta = Meta { id: None, date: Some("2022-12-28".into()) };

    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("match", |b| {
        b.iter(|| {
            views.iter().map(|v| g.find(black_box(v)).len()).sum::<usize>()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let doc = pipeline
                        .extract_bytes(black_box(d.as_bytes()), &meta)
                        .unwrap();
                    doc.entities.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("extract_recognized", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let doc = recognized
                        .extract_bytes(black_box(d.as_bytes()), &meta)
                        .unwrap();
                    doc.entities.len() + doc.quantities.len() + doc.dates.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("extract_all_layers", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let doc = full
                        .extract_bytes(black_box(d.as_bytes()), &meta)
                        .unwrap();
                    doc.entities.len() + doc.quantities.len() + doc.dates.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("startup");
    group.sample_size(30);
    group.bench_function("build", |b| {
        b.iter(|| Gazetteer::with_files(black_box(&[])).unwrap())
    });
    // The whole binary on a 10 KB article: process start, dictionaries,
    // extraction and output.
    // The seed article, the longest sample.
    let seed = docs.iter().max_by_key(|d| d.len()).unwrap();
    let article = article_10k(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, &article).unwrap();
    let bin = env!("CARGO_BIN_EXE_vnextract");
    group.bench_function("binary_10k", |b| {
        b.iter(|| {
            let out = std::process::Command::new(bin)
                .args(["extract", "--date", "2022-12-28"])
                .arg(&path)
                .output()
                .unwrap();
            assert!(out.status.success());
            out.stdout.len()
        })
    });
    group.finish();
}

criterion_group!(gazetteer_benches, benches);
criterion_main!(gazetteer_benches);
