//! Relations between entities, each with the sentences that support it: co-occurrence in a sentence, and the
//! typed links the extractor read from the text (affiliation, met, accused, …).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use crate::corpus::DocId;
use crate::extract::{EntityId, Extraction, LinkKind};

/// Sentences with more distinct entities than this (lists, tables) add co-occurrences only among their first
/// entities, so one runaway sentence cannot add thousands of edges.
const MAX_ENTITIES_PER_SENTENCE: usize = 40;

/// A sentence that supports a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// The document.
    pub doc: DocId,
    /// Sentence index.
    pub sentence: u32,
}

/// What a relation says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RelationKind {
    /// Mentioned in the same sentence.
    CoOccurrence,
    /// Stated by the text.
    Link(LinkKind),
}

impl RelationKind {
    /// "co-occurrence", "affiliation", "met", …
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::CoOccurrence => "co-occurrence",
            RelationKind::Link(k) => k.as_str(),
        }
    }
}

/// A relation between two entities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// Acting entity (for undirected relations, the lower id).
    pub source: EntityId,
    /// Other entity.
    pub target: EntityId,
    /// What it says.
    pub kind: RelationKind,
    /// Whether the direction means something.
    pub directed: bool,
    /// Number of supporting sentences.
    pub weight: usize,
    /// Number of documents with supporting sentences.
    pub documents: usize,
    /// The supporting sentences, in document order.
    pub evidence: Vec<Evidence>,
}

#[derive(Default)]
struct Acc {
    evidence: Vec<Evidence>,
}

impl Acc {
    fn add(&mut self, e: Evidence) {
        if self.evidence.last() != Some(&e) && !self.evidence.contains(&e) {
            self.evidence.push(e);
        }
    }
}

/// Every relation of an extraction: co-occurrences and typed links, heaviest first.
pub fn relations(x: &Extraction) -> Vec<Relation> {
    let mut acc: HashMap<(EntityId, EntityId, RelationKind, bool), Acc> = HashMap::new();
    let mut in_sentence: Vec<EntityId> = Vec::new();
    for (d, mentions) in x.mentions.iter().enumerate() {
        let doc = DocId(d as u32);
        let mut i = 0;
        while i < mentions.len() {
            let sentence = mentions[i].sentence;
            in_sentence.clear();
            while i < mentions.len() && mentions[i].sentence == sentence {
                if !in_sentence.contains(&mentions[i].entity) && in_sentence.len() < MAX_ENTITIES_PER_SENTENCE {
                    in_sentence.push(mentions[i].entity);
                }
                i += 1;
            }
            in_sentence.sort_unstable();
            for (a_pos, &a) in in_sentence.iter().enumerate() {
                for &b in &in_sentence[a_pos + 1..] {
                    acc.entry((a, b, RelationKind::CoOccurrence, false)).or_default().add(Evidence { doc, sentence });
                }
            }
        }
    }
    for l in &x.links {
        let directed = !l.symmetric;
        let (s, t) = if directed { (l.source, l.target) } else { (l.source.min(l.target), l.source.max(l.target)) };
        acc.entry((s, t, RelationKind::Link(l.kind), directed))
            .or_default()
            .add(Evidence { doc: l.doc, sentence: l.sentence });
    }
    let mut out: Vec<Relation> = acc
        .into_iter()
        .map(|((source, target, kind, directed), a)| {
            let mut evidence = a.evidence;
            evidence.sort_unstable();
            let mut documents = 0;
            let mut last = None;
            for e in &evidence {
                if last != Some(e.doc) {
                    documents += 1;
                    last = Some(e.doc);
                }
            }
            Relation { source, target, kind, directed, weight: evidence.len(), documents, evidence }
        })
        .collect();
    out.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then(a.kind.cmp(&b.kind))
            .then(a.source.cmp(&b.source))
            .then(a.target.cmp(&b.target))
            // A directed and a symmetric link of one kind can join the same pair: keep exports reproducible.
            .then(a.directed.cmp(&b.directed))
            .then_with(|| a.evidence.cmp(&b.evidence))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::from_texts;

    #[test]
    fn co_occurrence_counts_sentences_and_documents() {
        let d = from_texts([
            ("a.txt", "Chile and Peru signed a deal. Chile and Peru met again. Bolivia was absent."),
            ("b.txt", "Peru and Chile argued."),
        ]);
        let x = &d.extraction;
        let id = |n: &str| x.find(n).unwrap().id;
        let rels = relations(x);
        let co = rels
            .iter()
            .find(|r| {
                r.kind == RelationKind::CoOccurrence
                    && [r.source, r.target].contains(&id("Chile"))
                    && [r.source, r.target].contains(&id("Peru"))
            })
            .expect("Chile – Peru");
        assert_eq!((co.weight, co.documents), (3, 2));
        assert_eq!(co.evidence[0], Evidence { doc: DocId(0), sentence: 0 });
        assert!(
            !rels.iter().any(|r| r.kind == RelationKind::CoOccurrence && [r.source, r.target].contains(&id("Bolivia")))
        );
    }

    #[test]
    fn typed_links_carry_their_evidence() {
        let d = from_texts([(
            "a.txt",
            "Pavel Orlikov, the Russian ambassador, met Iran's special envoy Farhad Nouri in Tehran.",
        )]);
        let x = &d.extraction;
        let rels = relations(x);
        let orlikov = x.find("Pavel Orlikov").unwrap().id;
        let russia = x.find("Russia").unwrap().id;
        let aff = rels
            .iter()
            .find(|r| r.kind == RelationKind::Link(LinkKind::Affiliation) && r.source == orlikov)
            .expect("affiliation");
        assert_eq!(aff.target, russia);
        let met = rels.iter().find(|r| r.kind.as_str() == "met").expect("met");
        assert!(!met.directed && met.evidence == [Evidence { doc: DocId(0), sentence: 0 }]);
    }
}
