//! Partial results while a folder loads: the documents read so far and the names they mention most, so that a
//! large folder shows what it holds long before every file has been read and the entities resolved.

use rustc_hash::FxHashMap as HashMap;
use std::time::{Duration, Instant};

use crate::corpus::{Date, Document};
use crate::extract::{DocExtraction, EntityKind};

/// A document as the preview lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewDocument {
    /// Path relative to the folder.
    pub path: String,
    /// Title.
    pub title: String,
    /// Date, when the document states one.
    pub date: Option<Date>,
    /// Words.
    pub words: usize,
    /// Distinct entities found in it (before the folder's entities are resolved), when it was extracted now.
    pub entities: Option<usize>,
}

/// A name the documents read so far mention, with how many of them do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewName {
    /// The name as the extractor wrote it for one document (variants are only merged once the folder is resolved).
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Documents that mention it.
    pub documents: u32,
}

/// Names kept in the ranking ([`LoadPreview::ranking`]).
const RANKED: usize = 30;

/// How often the ranking is recomputed (it goes over every name read so far: a few milliseconds at 100,000
/// documents, done by a loading thread rather than by the window).
const RANK_EVERY: Duration = Duration::from_millis(500);

/// What an [`open`](super::open) in progress has read so far. Filled by the loading threads; read by whoever
/// shows progress (see [`Progress::preview`](super::Progress::preview)).
#[derive(Debug, Default)]
pub struct LoadPreview {
    documents: Vec<PreviewDocument>,
    /// Documents per name, by kind, over the documents extracted so far.
    names: HashMap<EntityKind, HashMap<String, u32>>,
    /// The names mentioned by the most documents, as of `ranked_at`.
    ranking: Vec<PreviewName>,
    ranked_at: Option<Instant>,
}

impl LoadPreview {
    /// Adds a document that has been read, with its own extraction when it has one (documents taken whole from
    /// the cache are listed without one).
    pub fn record(&mut self, document: &Document, extraction: Option<&DocExtraction>) {
        let entities = extraction.map(|e| {
            for entity in &e.entities {
                let names = self.names.entry(entity.kind).or_default();
                // Looked up by reference first: most names recur, and only new ones are copied.
                match names.get_mut(entity.name.as_str()) {
                    Some(n) => *n += 1,
                    None => {
                        names.insert(entity.name.clone(), 1);
                    }
                }
            }
            e.entities.len()
        });
        if self.ranked_at.is_none_or(|at| at.elapsed() >= RANK_EVERY) {
            self.ranking = self.most_mentioned(RANKED);
            self.ranked_at = Some(Instant::now());
        }
        self.documents.push(PreviewDocument {
            path: document.path.clone(),
            title: document.title.clone(),
            date: document.date,
            words: document.words,
            entities,
        });
    }

    /// The documents read so far, in the order they finished.
    pub fn documents(&self) -> &[PreviewDocument] {
        &self.documents
    }

    /// The names mentioned by the most documents, most first, as of at most half a second ago.
    pub fn ranking(&self) -> &[PreviewName] {
        &self.ranking
    }

    /// How many distinct names the documents read so far mention.
    pub fn name_count(&self) -> usize {
        self.names.values().map(HashMap::len).sum()
    }

    /// The `n` names mentioned by the most documents so far, most first (ties by name).
    pub fn most_mentioned(&self, n: usize) -> Vec<PreviewName> {
        type Row<'a> = (EntityKind, &'a String, u32);
        let mut all: Vec<Row> =
            self.names.iter().flat_map(|(kind, names)| names.iter().map(|(name, &n)| (*kind, name, n))).collect();
        let order = |a: &Row, b: &Row| b.2.cmp(&a.2).then_with(|| a.1.cmp(b.1)).then_with(|| a.0.cmp(&b.0));
        if n > 0 && all.len() > n {
            all.select_nth_unstable_by(n - 1, order);
        }
        all.truncate(n);
        all.sort_unstable_by(order);
        all.into_iter().map(|(kind, name, documents)| PreviewName { name: name.clone(), kind, documents }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_ranked_by_the_documents_that_mention_them() {
        let corpus = super::super::from_texts([
            ("a.txt", "Kenya and Uganda signed a trade deal in Nairobi."),
            ("b.txt", "Kenya accused Somalia of harbouring militants."),
            ("c.txt", "Uganda sent troops. Kenya protested."),
            ("d.txt", "Kenya again."),
        ])
        .corpus;
        let mut preview = LoadPreview::default();
        for doc in &corpus.documents[..3] {
            let extraction = crate::extract::extract_document(doc);
            preview.record(doc, Some(&extraction));
        }
        preview.record(&corpus.documents[3], None);
        assert_eq!(preview.documents().len(), 4);
        assert_eq!(preview.documents()[3].entities, None);
        let top = preview.most_mentioned(2);
        assert_eq!(top.len(), 2);
        assert_eq!((top[0].name.as_str(), top[0].kind, top[0].documents), ("Kenya", EntityKind::Country, 3));
        assert_eq!((top[1].name.as_str(), top[1].documents), ("Uganda", 2));
        assert!(preview.name_count() >= 3);
        assert_eq!(preview.most_mentioned(100).len(), preview.name_count());
    }
}
