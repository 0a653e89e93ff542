//! The relationship view at scale: 2,000 entities and 20,000 relations (`synthetic_graph`).
//!
//! - `layout/step`: one ForceAtlas2 iteration with Barnes–Hut repulsion (runs on the layout thread);
//! - `layout/settle`: a whole layout from random positions until it settles (printed once, then benched);
//! - `frame/visible`: applying the filters (done only when a filter changes);
//! - `frame/canvas`: the UI thread's work for one frame of the canvas — projection, hit testing, edges, nodes,
//!   label measuring and culling, legend — in a headless `egui::Context`, plus `frame/tessellate`, turning the
//!   frame's shapes into triangles (what eframe does next, before the GPU).

/// The same allocator as the `dossier` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Instant;

use dossier::analysis::graph::{GraphFilter, ViewTransform, layout_settings, synthetic_graph, visible_graph};
use dossier::analysis::layout::{Layout, LayoutEdge};
use dossier::app::graph_canvas::{Canvas, Scene};
use eframe::egui;

const NODES: usize = 2_000;
const EDGES: usize = 20_000;

fn filter() -> GraphFilter {
    GraphFilter { max_nodes: NODES, ..GraphFilter::default() }
}

fn layout_of(graph: &dossier::analysis::graph::EntityGraph) -> (usize, Vec<LayoutEdge>) {
    let visible = visible_graph(graph, &filter(), None);
    let edges = visible
        .edges
        .iter()
        .map(|e| LayoutEdge { source: e.a as usize, target: e.b as usize, weight: e.weight as f32 })
        .collect();
    (visible.nodes.len(), edges)
}

fn layout(c: &mut Criterion) {
    let graph = synthetic_graph(NODES, EDGES, 1);
    let (n, edges) = layout_of(&graph);
    // Time to settle, printed for the record (the runner caps a layout at 3,000 iterations).
    let start = Instant::now();
    let mut settled = Layout::new(n, &edges, layout_settings(1));
    let steps = settled.run(3_000);
    eprintln!(
        "layout of {n} nodes / {} edges: {steps} steps in {:.2} s ({:.2} ms per step), settled: {}",
        edges.len(),
        start.elapsed().as_secs_f64(),
        start.elapsed().as_secs_f64() * 1e3 / steps.max(1) as f64,
        settled.is_settled()
    );
    let mut g = c.benchmark_group("layout");
    let mut warm = Layout::new(n, &edges, layout_settings(1));
    for _ in 0..50 {
        warm.step();
    }
    g.bench_function("step", |b| b.iter(|| black_box(warm.step())));
    g.sample_size(10);
    g.bench_function("settle", |b| {
        b.iter(|| {
            let mut l = Layout::new(n, &edges, layout_settings(1));
            black_box(l.run(3_000))
        })
    });
    g.finish();
}

fn frame(c: &mut Criterion) {
    let graph = synthetic_graph(NODES, EDGES, 1);
    let mut g = c.benchmark_group("frame");
    g.bench_function("visible", |b| b.iter(|| black_box(visible_graph(&graph, &filter(), None))));

    let visible = visible_graph(&graph, &filter(), None);
    let (n, edges) = layout_of(&graph);
    let mut layout = Layout::new(n, &edges, layout_settings(1));
    layout.run(3_000);
    let positions = layout.positions();
    let pinned = BTreeSet::new();
    let max_mentions = graph.nodes.iter().map(|n| n.mentions).max().unwrap_or(1);
    let scene = Scene {
        graph: &graph,
        visible: &visible,
        positions: &positions,
        max_mentions,
        selected: Some(visible.nodes[0]),
        search_hit: None,
        selected_edge: None,
        pinned: &pinned,
    };
    let ctx = egui::Context::default();
    let mut canvas = Canvas::default();
    let mut transform = ViewTransform::default();
    let mut auto_fit = true;
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    };
    let mut run = |canvas: &mut Canvas| {
        ctx.run_ui(input(), |ui| {
            canvas.ui(ui, &scene, &mut transform, &mut auto_fit);
        })
    };
    // Warm the font atlas and the text layout cache, as a running app has.
    for _ in 0..3 {
        run(&mut canvas);
    }
    g.bench_function("canvas", |b| b.iter(|| black_box(run(&mut canvas).shapes.len())));
    let shapes = run(&mut canvas).shapes;
    eprintln!("one frame: {} shapes", shapes.len());
    g.bench_function("tessellate", |b| b.iter(|| black_box(ctx.tessellate(shapes.clone(), 1.0).len())));
    g.finish();
}

criterion_group!(benches, layout, frame);
criterion_main!(benches);
