//! The app at scale: table filters on a large folder and the CPU side of a UI frame (layout + tessellation,
//! no GPU), on a synthetic corpus (`dossier::synth`). `DOSSIER_BENCH_DOCS` sets the number of documents
//! (default 100,000). Figures and their targets are in BENCHMARKS.md.

/// The same allocator as the `dossier` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use std::hint::black_box;
use std::time::Instant;

use dossier::analysis::{DatasetIndex, DocumentQuery, EntityQuery, document_rows, entity_rows};
use dossier::app::DossierApp;
use dossier::app::state::{Action, View};
use dossier::corpus::ReadOptions;
use dossier::pipeline::{self, Dataset, Progress};

fn dataset() -> (tempfile::TempDir, Dataset) {
    let count = std::env::var("DOSSIER_BENCH_DOCS").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    dossier::synth::generate(dir.path(), count, 1_500, 11).expect("generate");
    let data = pipeline::open(dir.path(), &ReadOptions::default(), &Progress::default()).expect("open");
    eprintln!(
        "ui bench corpus: {} documents, {} entities, {:.0} MB of text, read in {:.1} s",
        data.corpus.documents.len(),
        data.extraction.entities.len(),
        data.corpus.documents.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    (dir, data)
}

/// One frame of the whole window at 1400×900, laid out and tessellated.
fn frame(ctx: &egui::Context, app: &mut DossierApp) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn scale(c: &mut Criterion) {
    let (dir, data) = dataset();
    let index = DatasetIndex::build(&data);

    let mut g = c.benchmark_group("table filter");
    g.sample_size(20);
    for word in ["t", "ta", "tal", "talks"] {
        let query = DocumentQuery { search: word.to_string(), ..DocumentQuery::default() };
        g.bench_function(format!("documents, keystroke {word:?}"), |b| {
            b.iter(|| document_rows(&data, &index, black_box(&query)))
        });
    }
    let query = EntityQuery { search: "al".into(), ..EntityQuery::default() };
    g.bench_function("entities, search \"al\"", |b| b.iter(|| entity_rows(&data, black_box(&query))));
    g.finish();

    let ctx = egui::Context::default();
    let mut app = DossierApp::from_dataset(dir.path().to_path_buf(), data);
    let mut g = c.benchmark_group("ui frame");
    g.sample_size(30);
    for (name, view) in [("documents view", View::Documents), ("entities view", View::Entities)] {
        app.apply(Action::ShowView(view));
        // The first frames compute the rows and warm the font atlas.
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        g.bench_function(name, |b| b.iter(|| frame(&ctx, &mut app)));
    }
    g.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
