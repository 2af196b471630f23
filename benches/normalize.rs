//! Throughput of decoding, normalization, folding and offset maps.
//!
//! The corpus repeats the shipped UTF-8 samples up to at least 5 MB. The
//! "clean" corpus is already NFC and in the default tone placement, so it
//! measures the fast path; the "nfd" corpus is its canonical
//! decomposition. `nfc_baseline` is a plain `unicode-normalization` NFC
//! pass over the clean corpus, for comparison.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;
use vnextract::decode::{Source, decode};
use vnextract::normalize::{Options, Views, normalize, normalize_str};

const MIN_LEN: usize = 5 << 20;

fn corpus() -> String {
    let texts = common::utf8_samples();
    let unit = normalize_str(&texts.concat(), &Options::default());
    let mut out = String::with_capacity(MIN_LEN + unit.len());
    while out.len() < MIN_LEN {
        out.push_str(&unit);
        out.push('\n');
    }
    out
}

fn benches(c: &mut Criterion) {
    let clean = corpus();
    let nfd: String = clean.nfd().collect();
    let opts = Options::default();
    let mut g = c.benchmark_group("normalize");
    g.sample_size(20);

    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("nfc_baseline", |b| {
        b.iter(|| black_box(&clean).nfc().collect::<String>())
    });
    g.bench_function("normalize_clean", |b| {
        b.iter(|| normalize(black_box(&clean), &opts))
    });
    g.bench_function("full_clean", |b| {
        b.iter(|| {
            let d = decode(black_box(clean.as_bytes()), Source::Utf8, false)
                .unwrap();
            Views::new(&d.text, &opts)
        })
    });

    g.throughput(Throughput::Bytes(nfd.len() as u64));
    g.bench_function("full_nfd", |b| {
        b.iter(|| {
            let d = decode(black_box(nfd.as_bytes()), Source::Utf8, false)
                .unwrap();
            Views::new(&d.text, &opts)
        })
    });
    g.finish();
}

criterion_group!(normalize_benches, benches);
criterion_main!(normalize_benches);
