use std::time::{Duration, Instant};

use super::*;

fn edge(source: usize, target: usize) -> LayoutEdge {
    LayoutEdge { source, target, weight: 1.0 }
}

fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Two 6-cliques joined by one edge, plus an isolated node.
fn two_cliques() -> (usize, Vec<LayoutEdge>) {
    let mut edges = Vec::new();
    for base in [0, 6] {
        for a in 0..6 {
            for b in a + 1..6 {
                edges.push(edge(base + a, base + b));
            }
        }
    }
    edges.push(edge(0, 6));
    (13, edges)
}

/// A random graph from a seed: `n` nodes, `m` edges.
fn random_graph(n: usize, m: usize, seed: u64) -> Vec<LayoutEdge> {
    let mut rng = SplitMix64(seed);
    (0..m)
        .map(|_| LayoutEdge {
            source: (rng.next() % n as u64) as usize,
            target: (rng.next() % n as u64) as usize,
            weight: 1.0 + (rng.next() % 5) as f32,
        })
        .collect()
}

#[test]
fn converges_with_connected_nodes_closer_than_unconnected_ones() {
    let (n, edges) = two_cliques();
    let mut layout = Layout::new(n, &edges, LayoutSettings::default());
    let steps = layout.run(5_000);
    assert!(layout.is_settled(), "not settled after {steps} steps");
    let p = layout.positions();
    assert!(p.iter().all(|q| q[0].is_finite() && q[1].is_finite()));
    let connected: std::collections::HashSet<(usize, usize)> =
        edges.iter().map(|e| (e.source.min(e.target), e.source.max(e.target))).collect();
    let (mut near, mut nn, mut far, mut nf) = (0.0, 0, 0.0, 0);
    for a in 0..n {
        for b in a + 1..n {
            if connected.contains(&(a, b)) {
                near += dist(p[a], p[b]);
                nn += 1;
            } else {
                far += dist(p[a], p[b]);
                nf += 1;
            }
        }
    }
    let (near, far) = (near / nn as f32, far / nf as f32);
    assert!(near < far * 0.7, "connected {near} vs unconnected {far}");
    // Each clique is tighter than the distance between the two.
    let centre = |r: std::ops::Range<usize>| {
        let k = r.len() as f32;
        let (x, y) = r.fold((0.0, 0.0), |(x, y), i| (x + p[i][0], y + p[i][1]));
        [x / k, y / k]
    };
    let (c1, c2) = (centre(0..6), centre(6..12));
    let spread = (0..6).map(|i| dist(p[i], c1)).fold(0.0f32, f32::max);
    assert!(dist(c1, c2) > spread, "clusters overlap: {} vs {spread}", dist(c1, c2));
}

#[test]
fn pinned_nodes_do_not_move() {
    let (n, edges) = two_cliques();
    let mut layout = Layout::new(n, &edges, LayoutSettings::default());
    layout.set_position(3, [40.0, -25.0]);
    layout.set_pinned(3, true);
    layout.set_pinned(8, true);
    let p8 = layout.position(8).unwrap();
    for _ in 0..300 {
        layout.step();
    }
    assert_eq!(layout.position(3), Some([40.0, -25.0]));
    assert_eq!(layout.position(8), Some(p8));
    assert!(layout.is_pinned(3) && !layout.is_pinned(4));
    // The free nodes did move.
    let free = Layout::new(n, &edges, LayoutSettings::default());
    assert_ne!(free.position(4), layout.position(4));
    // A restart keeps pinned nodes.
    layout.restart(99);
    assert_eq!(layout.position(3), Some([40.0, -25.0]));
}

#[test]
fn barnes_hut_and_exact_repulsion_agree() {
    let n = 800;
    let edges = random_graph(n, 2_400, 5);
    let mut layout = Layout::new(n, &edges, LayoutSettings { barnes_hut_above: usize::MAX, ..Default::default() });
    for _ in 0..30 {
        layout.step();
    }
    let mut exact = vec![[0.0; 2]; n];
    exact_repulsion(&layout.pos, &layout.mass, 2.0, &mut exact);
    let mut tree = QuadTree::default();
    tree.build(&layout.pos, &layout.mass);
    for theta in [0.5, 1.0] {
        let (mut err, mut norm) = (0.0, 0.0);
        for (i, want) in exact.iter().enumerate().take(n) {
            let f = tree.repulsion(i, layout.pos[i], layout.mass[i], 2.0, theta);
            err += ((f[0] - want[0]).powi(2) + (f[1] - want[1]).powi(2)).sqrt();
            norm += (want[0].powi(2) + want[1].powi(2)).sqrt();
        }
        let relative = err / norm;
        let bound = if theta < 0.75 { 0.03 } else { 0.1 };
        assert!(relative < bound, "theta {theta}: mean relative error {relative}");
    }
    // Theta 0 is exact.
    let i = 17;
    let f = tree.repulsion(i, layout.pos[i], layout.mass[i], 2.0, 0.0);
    assert!((f[0] - exact[i][0]).abs() < 1e-6 * exact[i][0].abs().max(1.0));
}

#[test]
fn barnes_hut_layouts_settle_too() {
    let n = 700;
    let edges = random_graph(n, 1_400, 9);
    let mut layout = Layout::new(n, &edges, LayoutSettings::default());
    assert!(n > layout.settings().barnes_hut_above);
    layout.run(3_000);
    assert!(layout.is_settled(), "not settled after {} steps", layout.iterations());
    assert!(layout.positions().iter().all(|p| p[0].is_finite() && p[1].is_finite()));
}

#[test]
fn the_same_seed_gives_the_same_layout() {
    let edges = random_graph(60, 120, 3);
    let run = |seed| {
        let mut l = Layout::new(60, &edges, LayoutSettings { seed, ..Default::default() });
        for _ in 0..200 {
            l.step();
        }
        l.positions()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn known_positions_are_kept_and_new_nodes_start_near_their_neighbours() {
    let edges = [edge(0, 1), edge(1, 2), edge(2, 3)];
    let known = [Some([500.0, 500.0]), None, None, Some([-300.0, 0.0])];
    let layout = Layout::with_positions(4, &edges, LayoutSettings::default(), &known);
    assert_eq!(layout.position(0), Some([500.0, 500.0]));
    assert_eq!(layout.position(3), Some([-300.0, 0.0]));
    // Node 1's only placed neighbour is node 0.
    assert!(dist(layout.position(1).unwrap(), [500.0, 500.0]) < 50.0);
}

#[test]
fn degenerate_graphs_do_not_panic() {
    let mut empty = Layout::new(0, &[], LayoutSettings::default());
    assert!(empty.step().settled);
    let mut one = Layout::new(1, &[edge(0, 0), edge(0, 5)], LayoutSettings::default());
    one.run(100);
    assert!(one.positions()[0][0].is_finite());
    // Many nodes at one place.
    let mut same = Layout::with_positions(600, &[], LayoutSettings::default(), &vec![Some([1.0, 1.0]); 600]);
    for _ in 0..5 {
        same.step();
    }
    assert!(same.positions().iter().all(|p| p[0].is_finite()));
}

#[test]
fn the_runner_publishes_positions_until_settled_and_obeys_pins() {
    let (n, edges) = two_cliques();
    let mut layout = Layout::new(n, &edges, LayoutSettings::default());
    layout.set_pinned(2, true);
    let start = layout.position(2).unwrap();
    let runner =
        LayoutRunner::spawn(layout, RunnerOptions { min_step_interval: Duration::ZERO, max_iterations: 5_000 });
    let deadline = Instant::now() + Duration::from_secs(20);
    while runner.is_running() {
        assert!(Instant::now() < deadline, "the runner did not settle");
        std::thread::sleep(Duration::from_millis(5));
    }
    let snap = runner.snapshot();
    assert!(snap.settled && snap.iterations > 0);
    assert_eq!(snap.positions[2], start);
    let mut out = Vec::new();
    let (version, ..) = runner.read(0, &mut out).expect("a snapshot");
    assert_eq!(out.len(), n);
    assert!(runner.read(version, &mut out).is_none(), "nothing new");

    // A moved node wakes the layout; freezing stops it.
    runner.set_pinned(5, true);
    runner.move_node(5, [1000.0, 1000.0]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let s = runner.snapshot();
        if s.version > version && s.positions[5] == [1000.0, 1000.0] && s.settled {
            break;
        }
        assert!(Instant::now() < deadline, "the move was not applied");
        std::thread::sleep(Duration::from_millis(5));
    }
    runner.set_paused(true);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !runner.snapshot().paused {
        assert!(Instant::now() < deadline, "not paused");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!runner.is_running());
}
