//! The two tables of the app as pure functions: a query in, ordered ids out.
//!
//! [`DocumentQuery`] and [`EntityQuery`] are plain serialisable values (the workspace saves them);
//! [`document_rows`] and [`entity_rows`] apply them to a [`Dataset`] with the precomputed [`DatasetIndex`].

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use super::{DatasetIndex, SearchTerms};
use crate::corpus::{Date, DocId};
use crate::extract::{EntityId, EntityKind};
use crate::pipeline::Dataset;

/// A column of the documents table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocColumn {
    /// The headline.
    Title,
    /// Publication date (undated documents sort last).
    Date,
    /// Path of the source file.
    Source,
    /// Word count.
    Words,
    /// Number of distinct entities.
    Entities,
    /// The most mentioned country.
    Countries,
    /// Search matches (only meaningful while searching).
    Matches,
}

/// A column of the entities table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityColumn {
    /// Canonical name.
    Name,
    /// Kind.
    Kind,
    /// Documents mentioning it.
    Documents,
    /// Mentions.
    Mentions,
    /// Number of aliases.
    Aliases,
}

/// A sort order: a column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sort<C> {
    /// The column sorted on.
    pub column: C,
    /// Smallest first.
    pub ascending: bool,
}

impl<C: PartialEq + Copy> Sort<C> {
    /// Clicking a header: the same column reverses, another column sorts by it in `default_ascending` order.
    pub fn toggle(&mut self, column: C, default_ascending: bool) {
        if self.column == column {
            self.ascending = !self.ascending;
        } else {
            *self = Sort { column, ascending: default_ascending };
        }
    }
}

/// Filters and sort of the documents table. Filters combine (every one must hold).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentQuery {
    /// Words that must all occur in the title or text (case-insensitive); empty for no search.
    pub search: String,
    /// Documents must mention every one of these entities.
    pub entities: Vec<EntityId>,
    /// Documents must mention at least one of these countries (ISO3 codes); empty for any.
    pub countries: Vec<String>,
    /// Earliest publication date (inclusive); undated documents are excluded when a date bound is set.
    pub date_from: Option<Date>,
    /// Latest publication date (inclusive).
    pub date_to: Option<Date>,
    /// Row order.
    pub sort: Sort<DocColumn>,
}

impl Default for DocumentQuery {
    fn default() -> Self {
        DocumentQuery {
            search: String::new(),
            entities: Vec::new(),
            countries: Vec::new(),
            date_from: None,
            date_to: None,
            sort: Sort { column: DocColumn::Source, ascending: true },
        }
    }
}

impl DocumentQuery {
    /// Whether any filter is set (the sort does not count).
    pub fn has_filters(&self) -> bool {
        !self.search.trim().is_empty()
            || !self.entities.is_empty()
            || !self.countries.is_empty()
            || self.date_from.is_some()
            || self.date_to.is_some()
    }

    /// Removes every filter, keeping the sort.
    pub fn clear_filters(&mut self) {
        *self = DocumentQuery { sort: self.sort, ..DocumentQuery::default() };
    }
}

/// Filters and sort of the entities table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EntityQuery {
    /// Kinds shown.
    pub kinds: Vec<EntityKind>,
    /// Text the name or an alias must contain (case-insensitive); empty for any.
    pub search: String,
    /// Entities mentioned in fewer documents are hidden.
    pub min_documents: usize,
    /// Row order.
    pub sort: Sort<EntityColumn>,
}

impl Default for EntityQuery {
    fn default() -> Self {
        EntityQuery {
            kinds: EntityKind::ALL.to_vec(),
            search: String::new(),
            min_documents: 0,
            sort: Sort { column: EntityColumn::Documents, ascending: false },
        }
    }
}

impl EntityQuery {
    /// Whether any filter is set.
    pub fn has_filters(&self) -> bool {
        !self.search.trim().is_empty()
            || self.min_documents > 1
            || EntityKind::ALL.iter().any(|k| !self.kinds.contains(k))
    }

    /// Removes every filter, keeping the sort.
    pub fn clear_filters(&mut self) {
        *self = EntityQuery { sort: self.sort, ..EntityQuery::default() };
    }
}

/// The documents table: ids in display order, and the search matches of each document when searching.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentRows {
    /// Matching documents, in display order.
    pub ids: Vec<DocId>,
    /// Search matches per document (indexed by `DocId`), when the query has a search.
    pub matches: Option<Vec<usize>>,
    /// The query has a search but the folder's text search is still being prepared (see
    /// [`DatasetIndex::search_ready`]): no document is shown until it is.
    pub search_pending: bool,
}

impl DocumentRows {
    /// Search matches of `doc` (0 without a search).
    pub fn matches_of(&self, doc: DocId) -> usize {
        self.matches.as_ref().and_then(|m| m.get(doc.index()).copied()).unwrap_or(0)
    }

    /// Total search matches over the shown documents.
    pub fn total_matches(&self) -> usize {
        self.ids.iter().map(|d| self.matches_of(*d)).sum()
    }
}

/// Applies `query` to the documents of `data`.
pub fn document_rows(data: &Dataset, index: &DatasetIndex, query: &DocumentQuery) -> DocumentRows {
    let n = data.corpus.documents.len();
    let terms = SearchTerms::parse(&query.search);
    let found = (!terms.is_empty()).then(|| index.search(&data.corpus, &terms));
    let search_pending = matches!(found, Some(None));
    let matches = found.map(|found| {
        let mut m = vec![0usize; n];
        for (doc, count) in found.unwrap_or_default() {
            if let Some(slot) = m.get_mut(doc.index()) {
                *slot = count;
            }
        }
        m
    });
    let mut ids: Vec<DocId> = data
        .corpus
        .documents
        .iter()
        .filter(|d| {
            let id = d.id;
            if let Some(m) = &matches
                && m[id.index()] == 0
            {
                return false;
            }
            if !query.entities.iter().all(|e| index.mentions(id, *e)) {
                return false;
            }
            if !query.countries.is_empty()
                && !index.facts(id).countries.iter().any(|(c, _)| query.countries.iter().any(|q| c == q))
            {
                return false;
            }
            if query.date_from.is_some() || query.date_to.is_some() {
                let Some(date) = d.date else { return false };
                if query.date_from.is_some_and(|f| date < f) || query.date_to.is_some_and(|t| date > t) {
                    return false;
                }
            }
            true
        })
        .map(|d| d.id)
        .collect();

    let docs = &data.corpus.documents;
    let cmp = |a: &DocId, b: &DocId| -> Ordering {
        let (da, db) = (&docs[a.index()], &docs[b.index()]);
        let ord = match query.sort.column {
            DocColumn::Title => cmp_text(&da.title, &db.title),
            DocColumn::Date => match (da.date, db.date) {
                (Some(x), Some(y)) => x.cmp(&y),
                // Undated documents stay at the bottom in both directions.
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            DocColumn::Source => da.path.cmp(&db.path),
            DocColumn::Words => da.words.cmp(&db.words),
            DocColumn::Entities => index.facts(*a).entities.cmp(&index.facts(*b).entities),
            DocColumn::Countries => {
                let name = |d: DocId| index.facts(d).countries.first().map(|(c, _)| index.country_name(c).to_string());
                match (name(*a), name(*b)) {
                    (Some(x), Some(y)) => cmp_text(&x, &y),
                    (Some(_), None) => return Ordering::Less,
                    (None, Some(_)) => return Ordering::Greater,
                    (None, None) => Ordering::Equal,
                }
            }
            DocColumn::Matches => {
                let m = |d: DocId| matches.as_ref().map_or(0, |m| m[d.index()]);
                m(*a).cmp(&m(*b))
            }
        };
        let ord = if query.sort.ascending { ord } else { ord.reverse() };
        ord.then(a.cmp(b))
    };
    ids.sort_by(cmp);
    DocumentRows { ids, matches, search_pending }
}

/// Applies `query` to the entities of `data`, returning their ids in display order.
pub fn entity_rows(data: &Dataset, query: &EntityQuery) -> Vec<EntityId> {
    let needle = query.search.trim().to_lowercase();
    // Filtered and sorted on every core: a keystroke in a folder of 100,000 entities must stay well under 30 ms
    // on a slow machine too. (The order is the same: the sort is stable and its ties are broken by id.)
    let mut ids: Vec<EntityId> = data
        .extraction
        .entities
        .par_iter()
        .filter(|e| query.kinds.contains(&e.kind))
        .filter(|e| e.documents >= query.min_documents)
        .filter(|e| {
            needle.is_empty()
                || name_or_alias_contains(e, &needle)
                || e.code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&needle))
        })
        .map(|e| e.id)
        .collect();
    let ents = &data.extraction.entities;
    ids.par_sort_by(|a, b| {
        let (ea, eb) = (&ents[a.index()], &ents[b.index()]);
        let ord = match query.sort.column {
            EntityColumn::Name => cmp_text(&ea.name, &eb.name),
            EntityColumn::Kind => ea.kind.cmp(&eb.kind),
            EntityColumn::Documents => ea.documents.cmp(&eb.documents),
            EntityColumn::Mentions => ea.mentions.cmp(&eb.mentions),
            EntityColumn::Aliases => ea.aliases.len().cmp(&eb.aliases.len()),
        };
        let ord = if query.sort.ascending { ord } else { ord.reverse() };
        // Ties: most mentioned first, then by name, so the order is stable and useful.
        ord.then(eb.mentions.cmp(&ea.mentions)).then_with(|| cmp_text(&ea.name, &eb.name)).then(a.cmp(b))
    });
    ids
}

/// Whether the entity's name or one of its aliases, in lower case, contains `needle` (already in lower case).
pub fn name_or_alias_contains(e: &crate::extract::Entity, needle: &str) -> bool {
    contains_lowercase(&e.name, needle) || e.aliases.iter().any(|a| contains_lowercase(a, needle))
}

/// Whether `text`, in lower case, contains `needle` (already in lower case). ASCII text, the common case, is
/// compared in place: a keystroke in a table of 100,000 entities must not copy every name.
fn contains_lowercase(text: &str, needle: &str) -> bool {
    if text.is_ascii() && needle.is_ascii() {
        needle.is_empty() || text.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    } else {
        text.to_lowercase().contains(needle)
    }
}

/// Case-insensitive text order.
fn cmp_text(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes().map(|c| c.to_ascii_lowercase()));
    }
    a.chars().flat_map(char::to_lowercase).cmp(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_search_and_order_agree_with_lowercasing() {
        for (text, needle) in [("Amir Khan", "khan"), ("ISKP", "isk"), ("Türkiye", "türk"), ("Kabul", "kab ")] {
            assert_eq!(contains_lowercase(text, needle), text.to_lowercase().contains(needle), "{text} {needle}");
        }
        assert!(contains_lowercase("Doha", ""));
        let mut names = ["beta", "Alpha", "Ärzte", "alpha", "Zed"];
        names.sort_by(|a, b| cmp_text(a, b).then(a.cmp(b)));
        assert_eq!(names, ["Alpha", "alpha", "beta", "Zed", "Ärzte"]);
    }
}
