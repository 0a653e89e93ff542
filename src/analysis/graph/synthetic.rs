//! A random entity graph of a given size, for benchmarks and tests of the relationship view at scale.

use super::{EntityGraph, GraphNode};
use crate::analysis::relations::{Evidence, Relation, RelationKind};
use crate::corpus::{Date, DocId};
use crate::extract::{Category, EntityId, EntityKind, LinkKind};

/// `nodes` entities of every kind joined by about `edges` relations, deterministic for a `seed`. Like real
/// corpora, a few entities are mentioned very often and most rarely (mentions fall off as 1/rank), and heavy
/// entities have more relations. Every tenth relation is a typed one ("met"); evidence spreads over 100 documents
/// dated over a year.
pub fn synthetic_graph(nodes: usize, edges: usize, seed: u64) -> EntityGraph {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        // xorshift64*: quality is plenty for a test graph.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let n = nodes.max(2);
    let graph_nodes: Vec<GraphNode> = (0..n)
        .map(|i| GraphNode {
            entity: EntityId(i as u32),
            name: format!("Entity {i}"),
            kind: EntityKind::ALL[i % EntityKind::ALL.len()],
            mentions: 1 + 2_000 / (i + 1),
        })
        .collect();
    // Ends drawn with a bias towards low indices (the heavy entities): the smaller of two uniform draws.
    let end = |next: &mut dyn FnMut() -> u64| {
        let (x, y) = (next() % n as u64, next() % n as u64);
        EntityId(x.min(y) as u32)
    };
    let mut relations = Vec::with_capacity(edges);
    for k in 0..edges {
        let (s, t) = (end(&mut next), end(&mut next));
        let t = if s == t { EntityId((t.0 + 1) % n as u32) } else { t };
        let weight = 1 + (next() % 4) as usize;
        let evidence: Vec<Evidence> =
            (0..weight).map(|j| Evidence { doc: DocId(((k + j) % 100) as u32), sentence: (k % 50) as u32 }).collect();
        let kind = if k % 10 == 0 {
            RelationKind::Link(LinkKind::Event(Category::Consult))
        } else {
            RelationKind::CoOccurrence
        };
        relations.push(Relation {
            source: s.min(t),
            target: s.max(t),
            kind,
            directed: false,
            weight,
            documents: weight,
            evidence,
        });
    }
    let dates = (0..100).map(|d| Date::new(2024, 1 + (d % 12) as u8, 1 + (d % 28) as u8)).collect();
    EntityGraph::from_parts(graph_nodes, &relations, dates)
}
