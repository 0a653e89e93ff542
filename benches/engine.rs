//! Engine throughput: sentence splitting, extraction with event coding, and whole-folder loading, on a
//! synthetic news corpus (`dossier::synth`). Figures and their targets are in BENCHMARKS.md.

/// The same allocator as the `dossier` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use dossier::corpus::{DocId, Document, Format, ReadOptions};
use dossier::extract;
use dossier::pipeline::{self, Progress};

/// Synthetic documents, in memory.
fn corpus(count: usize) -> (tempfile::TempDir, Vec<Document>) {
    let dir = tempfile::tempdir().expect("temp dir");
    dossier::synth::generate(dir.path(), count, 5_000, 7).expect("generate");
    let data = pipeline::open(dir.path(), &ReadOptions::default(), &Progress::default()).expect("open");
    let docs = data.corpus.documents;
    (dir, docs)
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn splitting(c: &mut Criterion) {
    let (_dir, docs) = corpus(200);
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(bytes(&docs)));
    g.bench_function("split", |b| {
        b.iter(|| docs.iter().map(|d| dossier::corpus::sentences::split(black_box(&d.text)).len()).sum::<usize>())
    });
    g.finish();
}

fn extraction(c: &mut Criterion) {
    let (_dir, docs) = corpus(200);
    extract::Knowledge::builtin();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes(&docs)));
    // One core: per-document extraction including event coding.
    g.bench_function("one core", |b| {
        b.iter(|| docs.iter().map(|d| extract::extract_document(black_box(d)).mentions.len()).sum::<usize>())
    });
    // Every core (rayon, a document per task): how extraction scales.
    g.bench_function(format!("all cores ({})", rayon::current_num_threads()), |b| {
        use rayon::prelude::*;
        b.iter(|| docs.par_iter().map(|d| extract::extract_document(black_box(d)).mentions.len()).sum::<usize>())
    });
    // Stages, to see where the time goes.
    let kb = extract::Knowledge::builtin();
    g.bench_function("stage: tokens", |b| {
        b.iter(|| {
            let mut toks = Vec::new();
            for d in &docs {
                for s in &d.sentences {
                    extract::tokens::tokenize_range(&d.text, s.start as usize, s.end as usize, &mut toks);
                }
            }
            toks.len()
        })
    });
    g.bench_function("stage: tokens + scan", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let lower = extract::tokens::lowercase_same_offsets(&d.text);
                for s in &d.sentences {
                    let mut toks = Vec::new();
                    extract::tokens::tokenize_range(&d.text, s.start as usize, s.end as usize, &mut toks);
                    let scan = extract::detect::Scan::new(&d.text, &lower, &toks, kb);
                    n += scan.chunks.len();
                }
            }
            n
        })
    });
    // Real articles: the bundled seeds.
    let seeds = pipeline::open(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")),
        &ReadOptions::default(),
        &Progress::default(),
    )
    .expect("seeds")
    .corpus
    .documents;
    g.throughput(Throughput::Bytes(bytes(&seeds)));
    g.bench_function("one core, seeds", |b| {
        b.iter(|| seeds.iter().map(|d| extract::extract_document(black_box(d)).mentions.len()).sum::<usize>())
    });
    g.throughput(Throughput::Bytes(bytes(&docs)));
    g.bench_function("documents + resolve", |b| {
        b.iter(|| {
            let per: Vec<_> = docs.iter().map(extract::extract_document).collect();
            extract::resolve_documents(&per).entities.len()
        })
    });
    g.finish();
}

fn loading(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    dossier::synth::generate(dir.path(), 2_000, 5_000, 11).expect("generate");
    let size: u64 = walk_size(dir.path());
    let mut g = c.benchmark_group("open folder");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(size));
    g.bench_with_input(BenchmarkId::new("all cores", "2000 docs"), &dir, |b, dir| {
        b.iter(|| {
            pipeline::open(dir.path(), &ReadOptions::default(), &Progress::default())
                .map(|d| d.extraction.entities.len())
        })
    });
    // Reading alone (decoding, sentences, titles, dates; no extraction): what the folder costs before the
    // extractor sees it.
    g.bench_with_input(BenchmarkId::new("read only, one core", "2000 docs"), &dir, |b, dir| {
        b.iter(|| dossier::corpus::Corpus::load(dir.path(), &ReadOptions::default()).map(|c| c.documents.len()))
    });
    g.finish();
    let _ = (DocId(0), Format::Text);
}

fn walk_size(p: &std::path::Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(
                    |e| {
                        if e.path().is_dir() {
                            walk_size(&e.path())
                        } else {
                            e.metadata().map(|m| m.len()).unwrap_or(0)
                        }
                    },
                )
                .sum()
        })
        .unwrap_or(0)
}

criterion_group!(benches, splitting, extraction, loading);
criterion_main!(benches);
