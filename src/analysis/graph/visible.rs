//! The part of an [`EntityGraph`] a [`GraphFilter`] lets through.

use std::collections::VecDeque;

use super::{EntityGraph, GraphFilter};
use crate::analysis::relations::{Evidence, RelationKind};
use crate::extract::EntityId;

/// Marks a graph node that is not shown.
const HIDDEN: u32 = u32::MAX;

/// An edge as shown: its ends are indices into [`VisibleGraph::nodes`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VisibleEdge {
    /// The edge (index into [`EntityGraph::edges`]).
    pub edge: u32,
    /// One end (index into the visible nodes).
    pub a: u32,
    /// The other end.
    pub b: u32,
    /// Supporting sentences that pass the filter (each sentence once, whatever relations it supports).
    pub weight: u32,
    /// The heaviest typed relation that passes the filter (`None`: co-occurrence only), which styles the edge.
    pub typed: Option<RelationKind>,
}

/// The nodes and edges to lay out and draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VisibleGraph {
    /// Shown graph nodes (indices into [`EntityGraph::nodes`]), most mentioned first: the order labels are
    /// placed in.
    pub nodes: Vec<u32>,
    /// Shown edges.
    pub edges: Vec<VisibleEdge>,
    /// For each graph node, its index in `nodes` (`u32::MAX` when hidden).
    slot: Vec<u32>,
}

impl VisibleGraph {
    /// The visible index of graph node `node`.
    pub fn slot(&self, node: u32) -> Option<usize> {
        self.slot.get(node as usize).filter(|&&s| s != HIDDEN).map(|&s| s as usize)
    }

    /// The visible index of an edge (index into [`EntityGraph::edges`]).
    pub fn edge_slot(&self, edge: u32) -> Option<usize> {
        self.edges.iter().position(|e| e.edge == edge)
    }
}

/// The part of `graph` that `filter` lets through. `focus` is the selected entity: the centre of the
/// neighbourhood filter, and always shown (when its kind is) even without edges.
pub fn visible_graph(graph: &EntityGraph, filter: &GraphFilter, focus: Option<EntityId>) -> VisibleGraph {
    let n = graph.nodes.len();
    let focus = focus.and_then(|e| graph.node_of(e)).filter(|&f| filter.shows_kind(graph.nodes[f as usize].kind));
    let kind_ok: Vec<bool> = graph.nodes.iter().map(|node| filter.shows_kind(node.kind)).collect();

    // Edges with their filtered weight.
    let mut edges: Vec<VisibleEdge> = Vec::new();
    let mut sentences: Vec<Evidence> = Vec::new();
    for (i, e) in graph.edges.iter().enumerate() {
        if !kind_ok[e.a as usize] || !kind_ok[e.b as usize] {
            continue;
        }
        sentences.clear();
        let mut typed: Option<(RelationKind, usize)> = None;
        for r in e.relations.iter().filter(|r| filter.shows_relation(r.kind)) {
            let before = sentences.len();
            sentences.extend(r.evidence.iter().filter(|ev| filter.in_dates(graph.doc_date(ev))));
            let count = sentences.len() - before;
            if r.kind != RelationKind::CoOccurrence && count > 0 && typed.is_none_or(|(_, c)| count > c) {
                typed = Some((r.kind, count));
            }
        }
        if sentences.len() < filter.min_weight.max(1) {
            continue;
        }
        // A sentence that supports several relations of the pair counts once.
        sentences.sort_unstable();
        sentences.dedup();
        if sentences.len() < filter.min_weight.max(1) {
            continue;
        }
        edges.push(VisibleEdge {
            edge: i as u32,
            a: e.a,
            b: e.b,
            weight: sentences.len() as u32,
            typed: typed.map(|t| t.0),
        });
    }

    let mut keep = vec![false; n];
    if let (Some(f), steps @ 1..) = (focus, filter.neighbourhood) {
        for (node, d) in distances(n, &edges, f).into_iter().enumerate() {
            keep[node] = d <= u32::from(steps);
        }
    } else {
        for e in &edges {
            keep[e.a as usize] = true;
            keep[e.b as usize] = true;
        }
    }
    if let Some(f) = focus {
        keep[f as usize] = true;
    }
    edges.retain(|e| keep[e.a as usize] && keep[e.b as usize]);
    let mut nodes = nodes_with_edges(n, &edges, focus);

    // The node cap keeps the most mentioned nodes; edges to the others go, and so do nodes left without edges.
    let cap = filter.max_nodes.max(1);
    if nodes.len() > cap {
        nodes.sort_by_key(|&i| (Some(i) != focus, std::cmp::Reverse(graph.nodes[i as usize].mentions), i));
        keep.iter_mut().for_each(|k| *k = false);
        for &i in &nodes[..cap] {
            keep[i as usize] = true;
        }
        edges.retain(|e| keep[e.a as usize] && keep[e.b as usize]);
        nodes = nodes_with_edges(n, &edges, focus);
    }

    nodes.sort_by_key(|&i| (std::cmp::Reverse(graph.nodes[i as usize].mentions), i));
    let mut slot = vec![HIDDEN; n];
    for (s, &i) in nodes.iter().enumerate() {
        slot[i as usize] = s as u32;
    }
    for e in &mut edges {
        e.a = slot[e.a as usize];
        e.b = slot[e.b as usize];
    }
    VisibleGraph { nodes, edges, slot }
}

/// The nodes that are an end of an edge, plus `focus`, by index.
fn nodes_with_edges(n: usize, edges: &[VisibleEdge], focus: Option<u32>) -> Vec<u32> {
    let mut on = vec![false; n];
    for e in edges {
        on[e.a as usize] = true;
        on[e.b as usize] = true;
    }
    if let Some(f) = focus {
        on[f as usize] = true;
    }
    (0..n as u32).filter(|&i| on[i as usize]).collect()
}

/// Steps from `from` to every node along `edges` (`u32::MAX`: unreachable).
fn distances(n: usize, edges: &[VisibleEdge], from: u32) -> Vec<u32> {
    let mut adjacency: Vec<Vec<u32>> = vec![Vec::new(); n];
    for e in edges {
        adjacency[e.a as usize].push(e.b);
        adjacency[e.b as usize].push(e.a);
    }
    let mut dist = vec![u32::MAX; n];
    dist[from as usize] = 0;
    let mut queue = VecDeque::from([from]);
    while let Some(v) = queue.pop_front() {
        let d = dist[v as usize] + 1;
        for &w in &adjacency[v as usize] {
            if dist[w as usize] == u32::MAX {
                dist[w as usize] = d;
                queue.push_back(w);
            }
        }
    }
    dist
}
