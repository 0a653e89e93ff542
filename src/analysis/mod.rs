//! Analysis: what the views show, derived from a [`Dataset`] without any GUI.
//!
//! [`DatasetIndex`] is computed once per opened folder (off the UI thread): per-document facts (distinct
//! entities, countries by mentions), the countries present, and the text search backend. [`tables`] turns a
//! query into ordered rows; [`relations`] gives the entity graph with its evidence; [`matrix`] the country ×
//! country interaction matrix. The desktop app and the exports use the same functions, so what a view shows can
//! be tested here.

pub mod graph;
pub mod index;
pub mod layout;
pub mod matrix;
pub mod matrix_cells;
pub mod relations;
pub mod search;
pub mod tables;

use rayon::prelude::*;
use std::collections::HashMap;

use crate::corpus::DocId;
use crate::extract::{CountryCode, EntityId, EntityKind};
use crate::pipeline::Dataset;
pub use search::{ScanSearch, SearchTerms, TextSearch};
pub use tables::{DocColumn, DocumentQuery, DocumentRows, EntityColumn, EntityQuery, Sort, document_rows, entity_rows};

/// Facts about one document that the tables show and filter on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocFacts {
    /// Number of distinct entities mentioned.
    pub entities: usize,
    /// Countries mentioned (ISO3 code, mentions), most mentioned first, ties by code. (Codes inline: a
    /// document mentions dozens of countries, and a `String` each took 0.1 GB at 100,000 documents.)
    pub countries: Vec<(CountryCode, u32)>,
}

/// A country that occurs in the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryInfo {
    /// ISO 3166-1 alpha-3 code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Documents mentioning it.
    pub documents: usize,
}

/// Everything precomputed from a dataset for fast queries. Build it once per folder with [`DatasetIndex::build`]
/// (or [`DatasetIndex::build_in_background`]).
pub struct DatasetIndex {
    facts: Vec<DocFacts>,
    doc_entities: Vec<Vec<EntityId>>,
    countries: Vec<CountryInfo>,
    country_names: HashMap<String, String>,
    /// The text search, once built.
    search: std::sync::Arc<std::sync::OnceLock<Box<dyn TextSearch>>>,
}

impl std::fmt::Debug for DatasetIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatasetIndex")
            .field("documents", &self.facts.len())
            .field("countries", &self.countries.len())
            .finish_non_exhaustive()
    }
}

impl DatasetIndex {
    /// Indexes `data` with the default search backend (the inverted word index, [`index::IndexedSearch`]).
    pub fn build(data: &Dataset) -> Self {
        Self::with_search(data, Box::new(index::IndexedSearch::build(&data.corpus)))
    }

    /// Indexes `data`, its text search on a background thread: that reads every word of every text (about ten
    /// seconds at 100,000 documents on two cores), while the rest is ready at once. Until the search is
    /// ready, [`DatasetIndex::search`] says so.
    pub fn build_in_background(data: &std::sync::Arc<Dataset>) -> Self {
        let index = Self::without_search(data);
        let (cell, shared) = (std::sync::Arc::clone(&index.search), std::sync::Arc::clone(data));
        let build = move || {
            let mut timer = crate::timings::PhaseTimer::new();
            let _ = cell.set(Box::new(index::IndexedSearch::build(&shared.corpus)));
            timer.done("build the word index for text search (in the background)");
        };
        if let Err(e) = std::thread::Builder::new().name("dossier-search-index".into()).spawn(build) {
            // No thread to spare: build it here.
            eprintln!("dossier: cannot start the search indexer: {e}");
            let _ = index.search.set(Box::new(index::IndexedSearch::build(&data.corpus)));
        }
        index
    }

    /// Indexes `data` with a given search backend.
    pub fn with_search(data: &Dataset, search: Box<dyn TextSearch>) -> Self {
        let index = Self::without_search(data);
        let _ = index.search.set(search);
        index
    }

    /// Whether the text search is ready (see [`DatasetIndex::build_in_background`]).
    pub fn search_ready(&self) -> bool {
        self.search.get().is_some()
    }

    /// Everything but the text search.
    fn without_search(data: &Dataset) -> Self {
        let ex = &data.extraction;
        let mut country_names = HashMap::new();
        for e in &ex.entities {
            if e.kind == EntityKind::Country
                && let Some(code) = &e.code
            {
                country_names.entry(code.clone()).or_insert_with(|| e.name.clone());
            }
        }
        // Each document's facts (documents in parallel: at 100,000 documents this was a second and a half).
        let per_doc: Vec<(DocFacts, Vec<EntityId>)> = data
            .corpus
            .documents
            .par_iter()
            .map(|doc| {
                let mentions = ex.doc_mentions(doc.id);
                let mut ids: Vec<EntityId> = mentions.iter().map(|m| m.entity).collect();
                ids.sort_unstable();
                ids.dedup();
                // Kept at their size (half the mentions are repeats; 100,000 documents hold millions of them). A
                // copy: the allocator shrinks a block in place, keeping its memory, when it stays over half full.
                let ids = ids.as_slice().to_vec();
                let mut per_country: HashMap<CountryCode, u32> = HashMap::new();
                for m in mentions {
                    if let Some(e) = ex.entity(m.entity)
                        && e.kind == EntityKind::Country
                        && let Some(code) = e.code.as_deref().and_then(CountryCode::new)
                    {
                        *per_country.entry(code).or_default() += 1;
                    }
                }
                let mut countries: Vec<(CountryCode, u32)> = per_country.into_iter().collect();
                countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                (DocFacts { entities: ids.len(), countries }, ids)
            })
            .collect();
        let mut country_docs: HashMap<CountryCode, usize> = HashMap::new();
        for (facts, _) in &per_doc {
            for (c, _) in &facts.countries {
                *country_docs.entry(*c).or_default() += 1;
            }
        }
        let (facts, doc_entities) = per_doc.into_iter().unzip();
        let mut countries: Vec<CountryInfo> = country_docs
            .into_iter()
            .map(|(code, documents)| CountryInfo {
                name: country_names.get(code.as_str()).cloned().unwrap_or_else(|| code.to_string()),
                code: code.to_string(),
                documents,
            })
            .collect();
        countries.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
        DatasetIndex { facts, doc_entities, countries, country_names, search: Default::default() }
    }

    /// Facts about `doc` (empty facts for an unknown id).
    pub fn facts(&self, doc: DocId) -> &DocFacts {
        static EMPTY: DocFacts = DocFacts { entities: 0, countries: Vec::new() };
        self.facts.get(doc.index()).unwrap_or(&EMPTY)
    }

    /// The distinct entities `doc` mentions, sorted by id.
    pub fn doc_entities(&self, doc: DocId) -> &[EntityId] {
        self.doc_entities.get(doc.index()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `doc` mentions `entity`.
    pub fn mentions(&self, doc: DocId, entity: EntityId) -> bool {
        self.doc_entities(doc).binary_search(&entity).is_ok()
    }

    /// The countries mentioned anywhere in the folder, by name.
    pub fn countries(&self) -> &[CountryInfo] {
        &self.countries
    }

    /// The name of the country with ISO3 `code` (the code itself if unknown).
    pub fn country_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.country_names.get(code).map(String::as_str).unwrap_or(code)
    }

    /// The names of the `n` most mentioned countries of `doc`, joined with ", ".
    pub fn top_countries(&self, doc: DocId, n: usize) -> String {
        self.facts(doc).countries.iter().take(n).map(|(c, _)| self.country_name(c)).collect::<Vec<_>>().join(", ")
    }

    /// Runs a text search over `corpus` (the one indexed) through the backend; `None` while it is still being
    /// built.
    pub fn search(&self, corpus: &crate::corpus::Corpus, terms: &SearchTerms) -> Option<Vec<(DocId, usize)>> {
        Some(self.search.get()?.search(corpus, terms))
    }
}

#[cfg(test)]
mod tests;
