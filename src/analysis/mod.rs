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

use std::collections::HashMap;

use crate::corpus::DocId;
use crate::extract::{EntityId, EntityKind};
use crate::pipeline::Dataset;
pub use search::{ScanSearch, SearchTerms, TextSearch};
pub use tables::{DocColumn, DocumentQuery, DocumentRows, EntityColumn, EntityQuery, Sort, document_rows, entity_rows};

/// Facts about one document that the tables show and filter on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocFacts {
    /// Number of distinct entities mentioned.
    pub entities: usize,
    /// Countries mentioned (ISO3 code, mentions), most mentioned first, ties by code.
    pub countries: Vec<(String, usize)>,
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

/// Everything precomputed from a dataset for fast queries. Build it once per folder with [`DatasetIndex::build`].
pub struct DatasetIndex {
    facts: Vec<DocFacts>,
    doc_entities: Vec<Vec<EntityId>>,
    countries: Vec<CountryInfo>,
    country_names: HashMap<String, String>,
    search: Box<dyn TextSearch>,
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

    /// Indexes `data` with a given search backend.
    pub fn with_search(data: &Dataset, search: Box<dyn TextSearch>) -> Self {
        let ex = &data.extraction;
        let mut country_names = HashMap::new();
        for e in &ex.entities {
            if e.kind == EntityKind::Country
                && let Some(code) = &e.code
            {
                country_names.entry(code.clone()).or_insert_with(|| e.name.clone());
            }
        }
        let mut facts = Vec::with_capacity(data.corpus.documents.len());
        let mut doc_entities = Vec::with_capacity(data.corpus.documents.len());
        let mut country_docs: HashMap<String, usize> = HashMap::new();
        for doc in &data.corpus.documents {
            let mentions = ex.doc_mentions(doc.id);
            let mut ids: Vec<EntityId> = mentions.iter().map(|m| m.entity).collect();
            ids.sort_unstable();
            ids.dedup();
            let mut per_country: HashMap<&str, usize> = HashMap::new();
            for m in mentions {
                if let Some(e) = ex.entity(m.entity)
                    && e.kind == EntityKind::Country
                    && let Some(code) = &e.code
                {
                    *per_country.entry(code.as_str()).or_default() += 1;
                }
            }
            let mut countries: Vec<(String, usize)> =
                per_country.into_iter().map(|(c, n)| (c.to_string(), n)).collect();
            countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            for (c, _) in &countries {
                *country_docs.entry(c.clone()).or_default() += 1;
            }
            facts.push(DocFacts { entities: ids.len(), countries });
            doc_entities.push(ids);
        }
        let mut countries: Vec<CountryInfo> = country_docs
            .into_iter()
            .map(|(code, documents)| CountryInfo {
                name: country_names.get(&code).cloned().unwrap_or_else(|| code.clone()),
                code,
                documents,
            })
            .collect();
        countries.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
        DatasetIndex { facts, doc_entities, countries, country_names, search }
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

    /// Runs a text search through the backend.
    pub fn search(&self, terms: &SearchTerms) -> Vec<(DocId, usize)> {
        self.search.search(terms)
    }
}

#[cfg(test)]
mod tests;
