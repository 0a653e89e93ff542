//! Extraction: people, organisations, countries and places in every document, with aliases merged.
//!
//! The pipeline per document ([`document::extract_document`]): sentences are tokenized ([`tokens`]), labelled
//! against the knowledge base ([`knowledge`], [`detect`]), capitalised chunks are classified ([`names`]), and
//! the document resolves surnames, acronyms and capitals. Across documents, [`resolve`] joins identical
//! entities and transliteration variants. The rules are described in `assets/README.md`.

mod acronyms;
pub mod affiliation;
mod bodies;
mod compounds;
pub mod detect;
pub mod document;
pub mod events;
mod headline;
pub mod knowledge;
pub mod model;
mod name_places;
pub mod names;
pub mod pair_filter;
pub mod resolve;
mod role_phrases;
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

/// [`extract_document`], for a caller that keeps the extraction in memory beside many others (see
/// [`document::release_spare_capacity`]).
pub fn extract_document_to_keep(doc: &Document) -> DocExtraction {
    let mut extraction = extract_document(doc);
    document::release_spare_capacity(&mut extraction);
    extraction
}

/// Joins per-document results into corpus entities.
pub fn resolve_documents(docs: &[DocExtraction]) -> Extraction {
    let kb = Knowledge::builtin();
    let r = resolve::resolve(docs, kb);
    let per_doc: Vec<DocResults> = docs.par_iter().enumerate().map(|(i, d)| document_results(&r, i, d, kb)).collect();
    let interactions = per_doc.iter().map(|d| d.interactions.len()).sum();
    let links = per_doc.iter().map(|d| d.links.len()).sum();
    let mut extraction = gathering(r.entities, docs.len(), interactions, links);
    per_doc.into_iter().for_each(|d| d.add_to(&mut extraction));
    extraction
}

/// Which part of a document's extraction [`resolve_streamed`] asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// All of it: the first pass gathers the entities.
    Whole,
    /// All but its entities (they may be left out: see [`DocExtraction::decode_without_entities`]): the second
    /// pass maps the mentions and events to the corpus entities.
    WithoutEntities,
}

/// [`resolve_documents`] for `count` documents whose extractions `fetch(range, part)` gives on demand (decoded,
/// or extracted again), a chunk at a time, twice: once whole to gather the entities, once for the mentions and
/// events. Between the two only the entities, each document's pending words and its mention counts are kept, so
/// the documents' own results are never all in memory at once. Each chunk is fetched while the one before it is
/// worked on (on another thread). The result is the same.
///
/// When the entities were gathered already (each document absorbed as it was extracted), `gathered` holds the
/// absorber and what it returned for every document, in order, and only the second pass is made.
pub fn resolve_streamed(
    count: usize,
    gathered: Option<(resolve::Absorber, Vec<resolve::Absorbed>)>,
    mut fetch: impl FnMut(std::ops::Range<usize>, Part) -> Vec<DocExtraction> + Send,
) -> Extraction {
    /// Documents decoded at once: enough to keep the cores busy, a few megabytes of entities.
    const CHUNK: usize = 1024;
    let kb = Knowledge::builtin();
    let chunks: Vec<_> = (0..count).step_by(CHUNK).map(|start| start..(start + CHUNK).min(count)).collect();
    let mut fetch_chunk = |i: usize, part| chunks.get(i).map_or_else(Vec::new, |r| fetch(r.clone(), part));
    let mut timer = crate::timings::PhaseTimer::new();
    let (absorber, absorbed) = match gathered {
        Some(gathered) => gathered,
        None => {
            let absorber = resolve::Absorber::default();
            let mut absorbed = Vec::with_capacity(count);
            let mut next = fetch_chunk(0, Part::Whole);
            for (i, range) in chunks.iter().enumerate() {
                let current = std::mem::take(&mut next);
                // (The chunk is let go as soon as it is absorbed, beside the fetching of the next one.)
                let absorb = || -> Vec<_> {
                    let absorbed = current.par_iter().enumerate().map(|(k, d)| absorber.absorb(range.start + k, d));
                    let absorbed = absorbed.collect();
                    drop(current);
                    absorbed
                };
                let (chunk, fetched) = rayon::join(absorb, || fetch_chunk(i + 1, Part::Whole));
                absorbed.extend(chunk);
                next = fetched;
            }
            timer.done("resolve: gather the entities (first pass)");
            (absorber, absorbed)
        }
    };
    // Counted first, so that the corpus lists are allocated once, at their size (they are large).
    let (interactions, relations) =
        absorbed.iter().map(|a| a.events()).fold((0, 0), |(i, r), (di, dr)| (i + di, r + dr));
    let r = absorber.finish(absorbed, kb);
    timer.done("resolve: join variants, place pending words");
    let mut extraction = gathering(Vec::new(), count, interactions, relations);
    let mut next = fetch_chunk(0, Part::WithoutEntities);
    for (i, range) in chunks.iter().enumerate() {
        let current = std::mem::take(&mut next);
        let map = || -> Vec<DocResults> {
            current.par_iter().enumerate().map(|(k, d)| document_results(&r, range.start + k, d, kb)).collect()
        };
        let (results, fetched) = rayon::join(map, || fetch_chunk(i + 1, Part::WithoutEntities));
        results.into_iter().for_each(|d| d.add_to(&mut extraction));
        next = fetched;
    }
    extraction.entities = r.entities;
    timer.done("resolve: map mentions and events (second pass)");
    extraction
}

/// One document's share of the corpus extraction.
struct DocResults {
    mentions: Vec<Mention>,
    interactions: Vec<Interaction>,
    links: Vec<TypedLink>,
    reference_date: Option<Date>,
}

impl DocResults {
    /// Appends this document's share to the corpus extraction (documents in order).
    fn add_to(self, extraction: &mut Extraction) {
        extraction.mentions.push(self.mentions);
        extraction.reference_dates.push(self.reference_date);
        extraction.interactions.extend(self.interactions);
        extraction.links.extend(self.links);
    }
}

/// An empty corpus extraction with room for `docs` documents, `interactions` interactions and `links` links.
fn gathering(entities: Vec<Entity>, docs: usize, interactions: usize, links: usize) -> Extraction {
    Extraction {
        entities,
        mentions: Vec::with_capacity(docs),
        reference_dates: Vec::with_capacity(docs),
        interactions: Vec::with_capacity(interactions),
        links: Vec::with_capacity(links),
    }
}

/// Document number `i`'s mentions, interactions and links, in corpus terms.
fn document_results(r: &resolve::Resolved, i: usize, d: &DocExtraction, kb: &Knowledge) -> DocResults {
    let doc = DocId(i as u32);
    let code = |c: u32| kb.countries.get(c as usize).and_then(|c| CountryCode::new(&c.code));
    let interactions = d
        .interactions
        .iter()
        .filter_map(|x| {
            // (Every country of the gazetteer has a code: a test checks.)
            Some(Interaction {
                doc,
                sentence: x.sentence,
                source: code(x.source)?,
                target: code(x.target)?,
                category: x.category,
                symmetric: x.symmetric,
                hypothetical: x.hypothetical,
            })
        })
        .collect();
    let to_global = r.local_to_global.get(i).map_or(&[][..], Vec::as_slice);
    let links = d
        .relations
        .iter()
        .filter_map(|l| {
            let (Some(source), Some(target)) = (*to_global.get(l.source as usize)?, *to_global.get(l.target as usize)?)
            else {
                return None;
            };
            (source != target).then_some(TypedLink {
                doc,
                sentence: l.sentence,
                source,
                target,
                kind: l.kind,
                symmetric: l.symmetric,
            })
        })
        .collect();
    DocResults { mentions: r.mentions(i, d), interactions, links, reference_date: d.reference_date }
}

/// Extracts a whole corpus (documents in parallel).
pub fn extract_corpus(corpus: &Corpus) -> Extraction {
    let per_doc: Vec<DocExtraction> = corpus.documents.par_iter().map(extract_document_to_keep).collect();
    resolve_documents(&per_doc)
}
