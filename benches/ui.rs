//! The app at scale: table filters on a large folder and the CPU side of a UI frame (layout + tessellation,
//! no GPU), on a synthetic corpus (`dossier::synth`). `DOSSIER_BENCH_DOCS` sets the number of documents
//! (default 100,000). Figures and their targets are in BENCHMARKS.md.

/// The same allocator as the `dossier` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

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

/// A few frames, so that the next ones are what a user sees: the first compute the rows, build the matrix and warm
/// the font atlas.
fn warm_up(ctx: &egui::Context, app: &mut DossierApp) {
    for _ in 0..3 {
        frame(ctx, app);
    }
}

/// One frame right after a change (a click), timed and printed: what the user waits for. Criterion's
/// iterations time the frames after it.
fn changed_frame(ctx: &egui::Context, app: &mut DossierApp, what: &str) {
    let t = Instant::now();
    frame(ctx, app);
    eprintln!("first frame after {what}: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
}

/// Frames, 10 ms apart, while `waiting` holds (work on other threads), for at most `limit_s` seconds.
fn frames_while(ctx: &egui::Context, app: &mut DossierApp, limit_s: u64, waiting: impl Fn(&DossierApp) -> bool) {
    let t = Instant::now();
    while waiting(app) && t.elapsed().as_secs() < limit_s {
        frame(ctx, app);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
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
        changed_frame(&ctx, &mut app, &format!("showing the {name}"));
        warm_up(&ctx, &mut app);
        g.bench_function(name, |b| b.iter(|| frame(&ctx, &mut app)));
    }
    // The most mentioned entity selected: its details beside the table, and the documents filtered by it.
    let top = app.loaded().and_then(|l| l.data.extraction.entities.iter().max_by_key(|e| e.mentions).map(|e| e.id));
    if let Some(entity) = top {
        app.apply(Action::SelectEntity { entity, add: false, reveal: false });
        changed_frame(&ctx, &mut app, "selecting the most mentioned entity");
        for (name, view) in [
            ("entities view, most mentioned entity selected", View::Entities),
            ("documents view, filtered by that entity", View::Documents),
        ] {
            app.apply(Action::ShowView(view));
            changed_frame(&ctx, &mut app, &format!("showing the {name}"));
            warm_up(&ctx, &mut app);
            g.bench_function(name, |b| b.iter(|| frame(&ctx, &mut app)));
        }
        app.apply(Action::ClearEntity);
        app.apply(Action::RemoveEntityFilter(entity));
        changed_frame(&ctx, &mut app, "clearing the entity filter");
    }
    // The relationship view builds its graph on a thread, then lays it out on another: measured while the layout
    // runs (what the first seconds look like), then settled.
    app.apply(Action::ShowView(View::Relationships));
    let t = Instant::now();
    changed_frame(&ctx, &mut app, "showing the relationship view");
    frames_while(&ctx, &mut app, 120, |app| app.graph_view().graph().is_none());
    frame(&ctx, &mut app);
    eprintln!(
        "relationship view: graph of {} nodes, {} visible nodes and {} edges, ready after {:.1} s",
        app.graph_view().graph().map_or(0, |g| g.nodes.len()),
        app.graph_view().visible().nodes.len(),
        app.graph_view().visible().edges.len(),
        t.elapsed().as_secs_f64()
    );
    g.bench_function("relationship view, layout running", |b| b.iter(|| frame(&ctx, &mut app)));
    frames_while(&ctx, &mut app, 120, |app| app.graph_view().is_layout_running());
    eprintln!("relationship view: layout settled after {:.1} s", t.elapsed().as_secs_f64());
    g.bench_function("relationship view, settled", |b| b.iter(|| frame(&ctx, &mut app)));
    // With the evidence of the heaviest edge open beside it.
    let heaviest = app.graph_view().graph().and_then(|graph| {
        let view = app.graph_view().visible();
        let e = view.edges.iter().max_by_key(|e| e.weight)?;
        let node = |slot: u32| graph.nodes[view.nodes[slot as usize] as usize].entity;
        Some((node(e.a), node(e.b), e.weight))
    });
    if let Some((a, b, weight)) = heaviest
        && app.graph_view_mut().select_edge_between(a, b)
    {
        eprintln!("relationship view: evidence of an edge of {weight} sentences");
        warm_up(&ctx, &mut app);
        g.bench_function("relationship view, evidence open", |b| b.iter(|| frame(&ctx, &mut app)));
    }
    // The country matrix is built on the first frame that shows it.
    app.apply(Action::ShowView(View::Countries));
    let t = Instant::now();
    frame(&ctx, &mut app);
    let first = t.elapsed().as_secs_f64() * 1e3;
    // It is built on its own thread; the frames meanwhile show a spinner.
    frames_while(&ctx, &mut app, 60, |app| app.countries().is_building());
    let built = t.elapsed().as_secs_f64() * 1e3;
    eprintln!("country matrix: first frame {first:.1} ms; built after {built:.0} ms");
    warm_up(&ctx, &mut app);
    let countries = app.countries().matrix().map_or(0, |m| m.countries.len());
    eprintln!("country matrix: {countries} countries");
    g.bench_function("country matrix view", |b| b.iter(|| frame(&ctx, &mut app)));
    // With the evidence of the busiest cell open beside it.
    let busiest = app.countries().matrix().and_then(|m| {
        let (&(r, c), cell) = m.cells.iter().max_by_key(|(_, cell)| cell.interactions.len())?;
        Some((m.countries[r].clone(), m.countries[c].clone(), cell.interactions.len()))
    });
    if let Some((source, target, n)) = busiest {
        eprintln!("country matrix: evidence of {source} › {target}, {n} interactions");
        app.countries_mut().select_cell(&source, &target);
        warm_up(&ctx, &mut app);
        g.bench_function("country matrix view, evidence open", |b| b.iter(|| frame(&ctx, &mut app)));
    }
    g.finish();
}

/// The reader on one long document (the seeds' text repeated to `bytes`): the first frame lays out what is in
/// view (the whole text up to 256 KB); later frames only paint it.
fn long_document(c: &mut Criterion) {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut sample = String::new();
    for entry in std::fs::read_dir(&seeds).expect("seeds").flatten() {
        sample.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        sample.push_str("\n\n");
    }
    let mut g = c.benchmark_group("reader");
    g.sample_size(10);
    for bytes in [100_000usize, 1_000_000, 10_000_000] {
        let mut text = String::with_capacity(bytes + sample.len());
        while text.len() < bytes {
            text.push_str(&sample);
        }
        let data = pipeline::from_texts([("long.txt", text.as_str())]);
        let ctx = egui::Context::default();
        let mut app = DossierApp::from_dataset(std::path::PathBuf::from("."), data);
        app.apply(Action::SelectDocument(dossier::corpus::DocId(0)));
        let t = Instant::now();
        frame(&ctx, &mut app);
        eprintln!(
            "reader: first frame of a {} KB document: {:.0} ms",
            text.len() / 1000,
            t.elapsed().as_secs_f64() * 1e3
        );
        g.bench_function(format!("frame, {} KB document open", text.len() / 1000), |b| {
            b.iter(|| frame(&ctx, &mut app))
        });
        // A jump to a sentence near the end (from the entity details or the evidence), and a change of what is
        // marked (an entity selected, underlined): each lays out the blocks around the view again.
        let doc = dossier::corpus::DocId(0);
        let last = app.loaded().map_or(0, |l| l.data.corpus.documents[0].sentences.len().saturating_sub(20));
        let entity = app.loaded().and_then(|l| l.data.extraction.doc_mentions(doc).last().map(|m| m.entity));
        let mut actions = vec![("a jump to a sentence near the end", Action::OpenSentence { doc, sentence: last })];
        if let Some(entity) = entity {
            actions.push(("an entity selected", Action::SelectEntity { entity, add: false, reveal: false }));
        }
        for (what, action) in actions {
            app.apply(action);
            let t = Instant::now();
            frame(&ctx, &mut app);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            eprintln!("reader: {what} in a {} KB document: {ms:.1} ms", text.len() / 1000);
        }
        // A search typed: its matches are looked for in the blocks laid out. Searching the whole text at once
        // is what each change of the marks cost while a search was on, before.
        let terms = dossier::analysis::SearchTerms::parse("kabul");
        let t = Instant::now();
        let matches = black_box(terms.find_in(&text)).len();
        let whole = t.elapsed().as_secs_f64() * 1e3;
        app.documents_mut().query.search = "kabul".into();
        let t = Instant::now();
        frame(&ctx, &mut app);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        eprintln!(
            "reader: a search typed in a {} KB document: {ms:.1} ms (searching the whole text: {whole:.1} ms, {matches} matches)",
            text.len() / 1000
        );
    }
    g.finish();
}

criterion_group!(benches, scale, long_document);
criterion_main!(benches);
