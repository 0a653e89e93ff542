//! Extraction: people, organisations, countries and places in every document, with aliases merged.
//!
//! The pipeline per document ([`document::extract_document`]): sentences are tokenized ([`tokens`]), labelled
//! against the knowledge base ([`knowledge`], [`detect`]), capitalised chunks are classified ([`names`]), and
//! the document resolves surnames, acronyms and capitals. Across documents, [`resolve`] joins identical
//! entities and transliteration variants. The rules are described in `assets/README.md`.

pub mod detect;
pub mod document;
pub mod events;
pub mod knowledge;
pub mod model;
pub mod names;
pub mod pair_filter;
pub mod resolve;
pub mod tokens;
pub mod translit;

use rayon::prelude::*;

use crate::corpus::{Corpus, Date, DocId, Document};
pub use document::DocExtraction;
pub use events::{Category, Interaction, LinkKind, Quad, TypedLink};
pub use knowledge::Knowledge;
pub use model::{CountryCode, Entity, EntityId, EntityKind, Mention, MentionForm};

/// Everything extracted from a corpus.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Extraction {
    /// Entities; `entities[i].id == EntityId(i)`.
    pub entities: Vec<Entity>,
    /// Mentions of each document (indexed by `DocId`), sorted by position.
    pub mentions: Vec<Vec<Mention>>,
    /// The date each document's dated knowledge was checked against (stated or estimated).
    pub reference_dates: Vec<Option<Date>>,
    /// Country × country interactions, in document and sentence order.
    pub interactions: Vec<Interaction>,
    /// Typed links between entities ("met", "accused", …), in document and sentence order.
    pub links: Vec<TypedLink>,
}

impl Extraction {
    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }

    /// The mentions of document `doc`.
    pub fn doc_mentions(&self, doc: DocId) -> &[Mention] {
        self.mentions.get(doc.index()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every mention of `entity`, in document order.
    pub fn mentions_of(&self, entity: EntityId) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().flatten().filter(move |m| m.entity == entity)
    }

    /// The first entity whose name or alias is `name` (case-insensitive).
    pub fn find(&self, name: &str) -> Option<&Entity> {
        // Several entities can answer to a name (a split-off alias, two people with one surname): the most
        // mentioned wins, then the first.
        let name = name.trim();
        let best = |f: &dyn Fn(&Entity) -> bool| {
            self.entities.iter().filter(|e| f(e)).max_by_key(|e| (e.mentions, std::cmp::Reverse(e.id.0)))
        };
        best(&|e| e.name.eq_ignore_ascii_case(name)).or_else(|| best(&|e| e.answers_to(name)))
    }
}

/// Extracts one document with the bundled knowledge (the per-document, parallelisable part).
pub fn extract_document(doc: &Document) -> DocExtraction {
    document::extract_document(doc, Knowledge::builtin())
}

/// Joins per-document results into corpus entities.
pub fn resolve_documents(docs: &[DocExtraction]) -> Extraction {
    let kb = Knowledge::builtin();
    let r = resolve::resolve(docs, kb);
    assemble(r, docs, kb)
}

/// [`resolve_documents`] for `count` documents whose extractions `extraction(i)` gives on demand (decoded or
/// extracted), a chunk at a time in parallel: past the first step only each document's mentions and events are
/// kept, so the local entities of a large folder are never all in memory at once. The result is the same.
pub fn resolve_streamed(count: usize, extraction: impl Fn(usize) -> DocExtraction + Sync) -> Extraction {
    /// Documents decoded at once: enough to keep the cores busy, a few megabytes of entities.
    const CHUNK: usize = 1024;
    let kb = Knowledge::builtin();
    let chunk = |start: usize| -> Vec<DocExtraction> {
        (start..(start + CHUNK).min(count)).into_par_iter().map(&extraction).collect()
    };
    let mut absorber = resolve::Absorber::default();
    let mut slim = Vec::with_capacity(count);
    let mut next = chunk(0);
    let mut start = 0;
    while !next.is_empty() {
        start += next.len();
        let current = std::mem::take(&mut next);
        // The next chunk is decoded while this one is absorbed (which has to go in document order).
        let absorb = || {
            absorber.absorb(&current);
            slim.extend(current.into_iter().map(DocExtraction::without_entities));
        };
        next = rayon::join(absorb, || chunk(start)).1;
    }
    let r = absorber.finish(&slim, kb);
    assemble(r, &slim, kb)
}

/// The corpus extraction from resolved entities and the documents' events.
fn assemble(r: resolve::Resolved, docs: &[DocExtraction], kb: &Knowledge) -> Extraction {
    let mut interactions = Vec::new();
    let mut links = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let doc = DocId(i as u32);
        for x in &d.interactions {
            let code = |c: u32| kb.countries.get(c as usize).and_then(|c| CountryCode::new(&c.code));
            // (Every country of the gazetteer has a code: a test checks.)
            let (Some(source), Some(target)) = (code(x.source), code(x.target)) else { continue };
            interactions.push(Interaction {
                doc,
                sentence: x.sentence,
                source,
                target,
                category: x.category,
                symmetric: x.symmetric,
                hypothetical: x.hypothetical,
            });
        }
        let to_global = &r.local_to_global[i];
        for l in &d.relations {
            if let (Some(Some(source)), Some(Some(target))) =
                (to_global.get(l.source as usize), to_global.get(l.target as usize))
                && source != target
            {
                links.push(TypedLink {
                    doc,
                    sentence: l.sentence,
                    source: *source,
                    target: *target,
                    kind: l.kind,
                    symmetric: l.symmetric,
                });
            }
        }
    }
    Extraction {
        entities: r.entities,
        mentions: r.mentions,
        reference_dates: docs.iter().map(|d| d.reference_date).collect(),
        interactions,
        links,
    }
}

/// Extracts a whole corpus (documents in parallel).
pub fn extract_corpus(corpus: &Corpus) -> Extraction {
    let per_doc: Vec<DocExtraction> = corpus.documents.par_iter().map(extract_document).collect();
    resolve_documents(&per_doc)
}
