//! The entity graph behind the relationship view, and what part of it a view shows.
//!
//! [`EntityGraph`] gathers the [`relations`](super::relations) of a folder into one edge per pair of entities,
//! each edge keeping its relations (co-occurrence and typed links) with their evidence. [`visible_graph`] applies
//! a [`GraphFilter`] (entity kinds, relation kinds, minimum weight, date range, neighbourhood of the selected
//! entity, node cap) and returns the nodes and edges to lay out and draw. [`geometry`] holds the screen maths
//! (view transform, hit testing, label culling). Nothing here knows about a GUI, so all of it is unit-tested.

pub mod geometry;
mod synthetic;
mod visible;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::layout::LayoutSettings;
use super::relations::{Evidence, Relation, RelationKind, relations};
use crate::corpus::Date;
use crate::extract::{EntityId, EntityKind};
use crate::pipeline::Dataset;
pub use geometry::ViewTransform;
pub use synthetic::synthetic_graph;
pub use visible::{VisibleEdge, VisibleGraph, visible_graph};

/// An entity as a node of the graph.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphNode {
    /// The entity.
    pub entity: EntityId,
    /// Its name (the label).
    pub name: String,
    /// Its kind (the colour).
    pub kind: EntityKind,
    /// How often it is mentioned (the size).
    pub mentions: usize,
}

impl GraphNode {
    /// The key that names the entity across loads of the folder (ids are per load): its name, as workspaces
    /// name entities.
    pub fn key(&self) -> &str {
        &self.name
    }
}

/// One relation of an edge.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeRelation {
    /// What it says.
    pub kind: RelationKind,
    /// Whether the direction means something.
    pub directed: bool,
    /// For a directed relation, whether it goes from the edge's `a` to its `b`.
    pub forward: bool,
    /// The supporting sentences, in document order.
    pub evidence: Vec<Evidence>,
}

/// All relations between two entities.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphEdge {
    /// One end (index into [`EntityGraph::nodes`]), the smaller.
    pub a: u32,
    /// The other end.
    pub b: u32,
    /// Its relations, heaviest first.
    pub relations: Vec<EdgeRelation>,
}

/// The whole entity graph of a folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityGraph {
    /// Every entity, by id order.
    pub nodes: Vec<GraphNode>,
    /// One edge per related pair.
    pub edges: Vec<GraphEdge>,
    /// The date of each document (by [`crate::corpus::DocId`] index), for the date filter.
    pub doc_dates: Vec<Option<Date>>,
    node_of: HashMap<EntityId, u32>,
}

impl EntityGraph {
    /// The graph of a loaded folder. This computes the relations: run it off the UI thread for big folders.
    pub fn build(data: &Dataset) -> EntityGraph {
        let x = &data.extraction;
        let nodes = x
            .entities
            .iter()
            .map(|e| GraphNode { entity: e.id, name: e.name.clone(), kind: e.kind, mentions: e.mentions })
            .collect();
        let dates = data.corpus.documents.iter().map(|d| d.date).collect();
        EntityGraph::from_parts(nodes, &relations(x), dates)
    }

    /// The graph of these nodes and relations (relations naming an entity that is not a node are left out).
    pub fn from_parts(nodes: Vec<GraphNode>, rels: &[Relation], doc_dates: Vec<Option<Date>>) -> EntityGraph {
        let node_of: HashMap<EntityId, u32> = nodes.iter().enumerate().map(|(i, n)| (n.entity, i as u32)).collect();
        let mut edge_of: HashMap<(u32, u32), usize> = HashMap::new();
        let mut edges: Vec<GraphEdge> = Vec::new();
        for r in rels {
            let (Some(&s), Some(&t)) = (node_of.get(&r.source), node_of.get(&r.target)) else { continue };
            if s == t {
                continue;
            }
            let (a, b) = (s.min(t), s.max(t));
            let slot = *edge_of.entry((a, b)).or_insert_with(|| {
                edges.push(GraphEdge { a, b, relations: Vec::new() });
                edges.len() - 1
            });
            edges[slot].relations.push(EdgeRelation {
                kind: r.kind,
                directed: r.directed,
                forward: s == a,
                evidence: r.evidence.clone(),
            });
        }
        for e in &mut edges {
            e.relations.sort_by(|x, y| y.evidence.len().cmp(&x.evidence.len()).then(x.kind.cmp(&y.kind)));
        }
        EntityGraph { nodes, edges, doc_dates, node_of }
    }

    /// The node of an entity.
    pub fn node_of(&self, entity: EntityId) -> Option<u32> {
        self.node_of.get(&entity).copied()
    }

    /// The relation kinds that occur, co-occurrence first, then typed kinds by name.
    pub fn relation_kinds(&self) -> Vec<RelationKind> {
        let set: BTreeSet<RelationKind> = self.edges.iter().flat_map(|e| e.relations.iter().map(|r| r.kind)).collect();
        let mut kinds: Vec<RelationKind> = set.into_iter().collect();
        kinds.sort_by_key(|k| (*k != RelationKind::CoOccurrence, k.as_str()));
        kinds
    }

    /// The distinct document dates, in order (the date filter's steps).
    pub fn dates(&self) -> Vec<Date> {
        let set: BTreeSet<Date> = self.doc_dates.iter().flatten().copied().collect();
        set.into_iter().collect()
    }

    /// The evidence of edge `edge` that passes `filter`'s relation kinds and dates: each supporting sentence once,
    /// in document order, with the kinds of relation it supports.
    pub fn edge_evidence(&self, edge: usize, filter: &GraphFilter) -> Vec<(Evidence, Vec<RelationKind>)> {
        let Some(e) = self.edges.get(edge) else { return Vec::new() };
        let mut by_sentence: BTreeMap<Evidence, Vec<RelationKind>> = BTreeMap::new();
        for r in e.relations.iter().filter(|r| filter.shows_relation(r.kind)) {
            for ev in r.evidence.iter().filter(|ev| filter.in_dates(self.doc_date(ev))) {
                let kinds = by_sentence.entry(*ev).or_default();
                if !kinds.contains(&r.kind) {
                    kinds.push(r.kind);
                }
            }
        }
        by_sentence.into_iter().collect()
    }

    fn doc_date(&self, ev: &Evidence) -> Option<Date> {
        self.doc_dates.get(ev.doc.index()).copied().flatten()
    }
}

/// The layout settings of the relationship view. Strong gravity (pull growing with the distance) keeps small
/// disconnected groups next to the main cluster instead of far out, where fitting the view to them would shrink
/// the cluster to a blot; the larger scaling spreads nodes so labels have room.
pub fn layout_settings(seed: u64) -> LayoutSettings {
    LayoutSettings { strong_gravity: true, gravity: 1.0, scaling: 10.0, seed, ..LayoutSettings::default() }
}

/// What the graph shows. Lists name what is hidden, so kinds that appear later are shown by default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GraphFilter {
    /// Entity kinds left out.
    pub hidden_kinds: Vec<EntityKind>,
    /// Relation kinds left out, by name ("co-occurrence", "met", …).
    pub hidden_relations: Vec<String>,
    /// Edges supported by fewer sentences than this are left out.
    pub min_weight: usize,
    /// Only evidence from documents dated on or after this day (undated documents then drop out).
    pub date_from: Option<Date>,
    /// Only evidence from documents dated on or before this day (undated documents then drop out).
    pub date_to: Option<Date>,
    /// Only the entities within this many steps of the selected entity (0: everything).
    pub neighbourhood: u8,
    /// At most this many nodes, the most mentioned first (the selected entity always stays).
    pub max_nodes: usize,
}

impl Default for GraphFilter {
    fn default() -> Self {
        GraphFilter {
            hidden_kinds: Vec::new(),
            hidden_relations: Vec::new(),
            min_weight: 1,
            date_from: None,
            date_to: None,
            neighbourhood: 0,
            max_nodes: 80,
        }
    }
}

impl GraphFilter {
    /// Whether nodes of `kind` are shown.
    pub fn shows_kind(&self, kind: EntityKind) -> bool {
        !self.hidden_kinds.contains(&kind)
    }

    /// Shows or hides a kind.
    pub fn set_kind(&mut self, kind: EntityKind, shown: bool) {
        self.hidden_kinds.retain(|k| *k != kind);
        if !shown {
            self.hidden_kinds.push(kind);
        }
    }

    /// Whether relations of `kind` count.
    pub fn shows_relation(&self, kind: RelationKind) -> bool {
        !self.hidden_relations.iter().any(|h| h == kind.as_str())
    }

    /// Shows or hides a relation kind.
    pub fn set_relation(&mut self, kind: RelationKind, shown: bool) {
        self.hidden_relations.retain(|h| h != kind.as_str());
        if !shown {
            self.hidden_relations.push(kind.as_str().to_string());
        }
    }

    /// Whether a document with this date passes the date range.
    pub fn in_dates(&self, date: Option<Date>) -> bool {
        if self.date_from.is_none() && self.date_to.is_none() {
            return true;
        }
        // With a range set, an undated document cannot be said to fall inside it.
        let Some(d) = date else { return false };
        self.date_from.is_none_or(|f| d >= f) && self.date_to.is_none_or(|t| d <= t)
    }
}

/// What the relationship view keeps between sessions: filters, node positions and pins, zoom and pan. Positions
/// and pins are keyed by [`GraphNode::key`], so they survive reloading the folder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GraphViewState {
    /// The filters.
    pub filter: GraphFilter,
    /// Node positions in layout units.
    pub positions: BTreeMap<String, [f32; 2]>,
    /// Pinned nodes (the layout leaves them where they are).
    pub pinned: BTreeSet<String>,
    /// Zoom and pan.
    pub transform: ViewTransform,
    /// The layout is frozen.
    pub frozen: bool,
}

#[cfg(test)]
mod tests;
