//! Case-insensitive full-text search over a corpus.
//!
//! A search string is split into terms ([`SearchTerms`]); a document matches when every term occurs in its title
//! or text, and its match count is the total number of occurrences. The corpus-wide lookup goes through the
//! [`TextSearch`] trait so the scan used today ([`ScanSearch`], over a lower-cased copy of each text) can be
//! replaced by an inverted index for very large folders without touching the tables or the app.

use crate::corpus::{Corpus, DocId};

/// A parsed search string: lower-cased terms, in order, without duplicates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SearchTerms {
    terms: Vec<String>,
}

impl SearchTerms {
    /// Splits `query` on white space and lower-cases each term. Quotes are not special.
    pub fn parse(query: &str) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for t in query.split_whitespace() {
            let t = t.to_lowercase();
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        SearchTerms { terms }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The lower-cased terms.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Occurrences of every term (at the start of a word) in an already lower-cased text, or `None` when one
    /// term is missing.
    pub fn count_in_lowercase(&self, lower: &str) -> Option<usize> {
        let mut total = 0;
        for t in &self.terms {
            let n = word_prefix_count(lower, t);
            if n == 0 {
                return None;
            }
            total += n;
        }
        Some(total)
    }

    /// Byte ranges in `text` (original case) of every occurrence of any term, sorted and non-overlapping.
    pub fn find_in(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let (lower, map) = lowercase_with_offsets(text);
        let mut found: Vec<std::ops::Range<usize>> = Vec::new();
        for t in &self.terms {
            for (i, _) in lower.match_indices(t.as_str()) {
                if !at_word_start(&lower, i) {
                    continue;
                }
                let start = map[i];
                let end = map[i + t.len()];
                if start < end {
                    found.push(start..end);
                }
            }
        }
        found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(found.len());
        for r in found {
            match merged.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// Whether byte `i` of `text` begins a word: no letter or digit right before it.
fn at_word_start(text: &str, i: usize) -> bool {
    // Combining marks belong to the letter before them ("i̇stanbul" from "İstanbul").
    !text[..i]
        .chars()
        .rev()
        .find(|c| !unicode_normalization::char::is_combining_mark(*c))
        .is_some_and(char::is_alphanumeric)
}

/// Occurrences of `term` in the lower-cased `text` that begin a word ("talib" counts in "the taliban", not in
/// "pretalib").
pub fn word_prefix_count(text: &str, term: &str) -> usize {
    text.match_indices(term).filter(|(i, _)| at_word_start(text, *i)).count()
}

/// Lower-cases `text` and returns, for each byte offset of the result (and one past its end), the byte offset
/// in `text` of the character it came from. Lower-casing can change byte lengths ("İ" → "i̇"), so offsets found
/// in the lower-cased text must go through this map.
pub fn lowercase_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            let before = lower.len();
            lower.push(l);
            map.extend(std::iter::repeat_n(i, lower.len() - before));
        }
    }
    map.push(text.len());
    (lower, map)
}

/// Corpus-wide text search: which documents match, and how often.
pub trait TextSearch: Send + Sync {
    /// The documents of `corpus` (the one it was built from) matching every term, with their number of
    /// occurrences (title and text), in id order. Empty terms match nothing (callers skip the search then).
    fn search(&self, corpus: &Corpus, terms: &SearchTerms) -> Vec<(DocId, usize)>;
}

/// The simple [`TextSearch`]: a lower-cased copy of every title and text, scanned on each query.
#[derive(Clone, Debug, Default)]
pub struct ScanSearch {
    lower: Vec<(String, String)>,
}

impl ScanSearch {
    /// Lower-cases every document of `corpus` (do this off the UI thread for big folders).
    pub fn build(corpus: &Corpus) -> Self {
        ScanSearch { lower: corpus.documents.iter().map(|d| (d.title.to_lowercase(), d.text.to_lowercase())).collect() }
    }
}

impl TextSearch for ScanSearch {
    fn search(&self, _corpus: &Corpus, terms: &SearchTerms) -> Vec<(DocId, usize)> {
        if terms.is_empty() {
            return Vec::new();
        }
        self.lower
            .iter()
            .enumerate()
            .filter_map(|(i, (title, text))| {
                let mut total = 0;
                for t in terms.terms() {
                    let n = word_prefix_count(title, t) + word_prefix_count(text, t);
                    if n == 0 {
                        return None;
                    }
                    total += n;
                }
                Some((DocId(i as u32), total))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_lowercased_and_deduplicated() {
        let t = SearchTerms::parse("  Taliban   RUSSIA taliban ");
        assert_eq!(t.terms(), ["taliban", "russia"]);
        assert!(SearchTerms::parse("   ").is_empty());
    }

    #[test]
    fn every_term_must_occur() {
        let t = SearchTerms::parse("kabul moscow");
        assert_eq!(t.count_in_lowercase("kabul and moscow and kabul"), Some(3));
        assert_eq!(t.count_in_lowercase("kabul only"), None);
    }

    #[test]
    fn find_maps_offsets_back_to_the_original_text() {
        let text = "İstanbul and ISTANBUL, Äpfel";
        let t = SearchTerms::parse("istanbul äpfel");
        let found: Vec<&str> = t.find_in(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["ISTANBUL", "Äpfel"]);
        let t = SearchTerms::parse("stanbul");
        assert!(t.find_in(text).is_empty(), "a term matches the start of words, not their middle");
        let t = SearchTerms::parse("ista");
        let found: Vec<&str> = t.find_in(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["ISTA"]);
    }

    #[test]
    fn overlapping_finds_are_merged() {
        let t = SearchTerms::parse("tali taliban");
        assert_eq!(t.find_in("the Taliban said"), vec![4..11]);
    }
}
