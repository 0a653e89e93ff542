//! The inverted word index behind the documents table's search box: a sorted vocabulary of lower-cased words
//! with, for each word, the documents it occurs in and how often. A search term matches the words it begins
//! ("talib" finds "Taliban"), so a keystroke costs a binary search in the vocabulary and a pass over the
//! postings of the matching words — not a scan of every text. Terms with inner punctuation ("al-qaeda",
//! "u.s.") narrow the candidates through their words and are then confirmed in the candidate texts.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::search::{SearchTerms, TextSearch, word_prefix_count};
use crate::corpus::{Corpus, DocId};

/// The index. Build it once per folder, off the UI thread.
#[derive(Debug, Default)]
pub struct WordIndex {
    /// Lower-cased words, sorted.
    vocab: Vec<Box<str>>,
    /// `postings[offsets[w]..offsets[w + 1]]` are the (document, occurrences) of word `w`, by document.
    offsets: Vec<u32>,
    docs: Vec<u32>,
    counts: Vec<u16>,
    /// Lower-cased title and text of each document, only kept for confirming terms with punctuation.
    documents: usize,
}

/// Calls `f` with each lower-cased word (maximal run of letters and digits) of `text`.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else if !word.is_empty() {
            f(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

impl WordIndex {
    /// Indexes the titles and texts of `corpus` (in parallel).
    pub fn build(corpus: &Corpus) -> WordIndex {
        /// Documents whose words are counted at once (in parallel) before they join the postings: the distinct
        /// words of every document at once would take more memory than the index itself.
        const CHUNK: usize = 4096;
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut lists: Vec<Vec<(u32, u16)>> = Vec::new();
        for (chunk, documents) in corpus.documents.chunks(CHUNK).enumerate() {
            // Per document: its distinct words with counts.
            let per_doc: Vec<Vec<(Box<str>, u32)>> = documents
                .par_iter()
                .map(|d| {
                    let mut counts: FxHashMap<Box<str>, u32> = FxHashMap::default();
                    let mut add = |w: &str| {
                        if let Some(c) = counts.get_mut(w) {
                            *c += 1;
                        } else {
                            counts.insert(w.into(), 1);
                        }
                    };
                    for_each_word(&d.title, &mut add);
                    for_each_word(&d.text, &mut add);
                    counts.into_iter().collect()
                })
                .collect();
            for (i, words) in per_doc.into_iter().enumerate() {
                let doc = (chunk * CHUNK + i) as u32;
                for (w, c) in words {
                    let id = match ids.get(&w) {
                        Some(&id) => id,
                        None => {
                            let id = lists.len() as u32;
                            ids.insert(w, id);
                            lists.push(Vec::new());
                            id
                        }
                    };
                    lists[id as usize].push((doc, c.min(u16::MAX as u32) as u16));
                }
            }
        }
        let mut words: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        words.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = WordIndex { documents: corpus.documents.len(), ..WordIndex::default() };
        index.offsets.push(0);
        for (w, id) in words {
            let list = std::mem::take(&mut lists[id as usize]);
            index.docs.extend(list.iter().map(|p| p.0));
            index.counts.extend(list.iter().map(|p| p.1));
            index.offsets.push(index.docs.len() as u32);
            index.vocab.push(w);
        }
        index
    }

    /// Number of distinct words.
    pub fn words(&self) -> usize {
        self.vocab.len()
    }

    /// The range of vocabulary entries that begin with `prefix`.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.vocab.partition_point(|w| &**w < prefix);
        let hi = lo + self.vocab[lo..].partition_point(|w| w.starts_with(prefix));
        lo..hi
    }

    /// Adds the postings of every word beginning with `prefix` for documents that matched all earlier terms
    /// (`matched[doc] == k`), counting occurrences in `total`.
    fn accumulate(&self, prefix: &str, k: u8, matched: &mut [u8], total: &mut [u32]) {
        for w in self.prefix_range(prefix) {
            let (a, b) = (self.offsets[w] as usize, self.offsets[w + 1] as usize);
            for (&doc, &c) in self.docs[a..b].iter().zip(&self.counts[a..b]) {
                let m = &mut matched[doc as usize];
                if *m == k {
                    *m = k + 1;
                    total[doc as usize] += c as u32;
                } else if *m == k + 1 {
                    total[doc as usize] += c as u32;
                }
            }
        }
    }
}

/// A [`TextSearch`] over a [`WordIndex`]; terms that contain punctuation are confirmed in the corpus's own texts
/// (never copied: a large folder's text is half a gigabyte).
pub struct IndexedSearch {
    index: WordIndex,
}

impl IndexedSearch {
    /// Builds the index of `corpus`.
    pub fn build(corpus: &Corpus) -> IndexedSearch {
        IndexedSearch { index: WordIndex::build(corpus) }
    }
}

impl TextSearch for IndexedSearch {
    fn search(&self, corpus: &Corpus, terms: &SearchTerms) -> Vec<(DocId, usize)> {
        if terms.is_empty() || self.index.documents == 0 {
            return Vec::new();
        }
        let n = self.index.documents;
        let mut matched = vec![0u8; n];
        let mut total = vec![0u32; n];
        let mut k = 0u8;
        let mut to_confirm: Vec<&str> = Vec::new();
        for term in terms.terms() {
            let mut words: Vec<String> = Vec::new();
            for_each_word(term, |w| words.push(w.to_string()));
            if words.len() != 1 || words[0] != *term {
                to_confirm.push(term);
            }
            for w in &words {
                if k == u8::MAX {
                    break;
                }
                self.index.accumulate(w, k, &mut matched, &mut total);
                k += 1;
            }
        }
        (0..n)
            .filter(|&d| matched[d] == k)
            .filter_map(|d| {
                if to_confirm.is_empty() {
                    return Some((DocId(d as u32), total[d] as usize));
                }
                // Terms with punctuation: count them in the text itself; single words keep their index counts.
                let doc = corpus.documents.get(d)?;
                let (lt, lx) = (doc.title.to_lowercase(), doc.text.to_lowercase());
                let mut sum = 0;
                for term in terms.terms() {
                    let c = word_prefix_count(&lt, term) + word_prefix_count(&lx, term);
                    if c == 0 {
                        return None;
                    }
                    sum += c;
                }
                Some((DocId(d as u32), sum))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::search::ScanSearch;
    use crate::corpus::{Document, Format};

    fn corpus(texts: &[&str]) -> Corpus {
        let mut c = Corpus::default();
        for (i, t) in texts.iter().enumerate() {
            c.push(Document::from_text(
                DocId(0),
                format!("{i}.txt"),
                Format::Text,
                0,
                t.to_string(),
                Default::default(),
            ));
        }
        c
    }

    #[test]
    fn prefixes_counts_and_every_term() {
        let c = corpus(&[
            "The Taliban met Russia.\nTaliban officials and anti-Taliban figures talked.",
            "Russia and China. No one else.",
            "Talibanistan was the word, said a Russian.",
        ]);
        let s = IndexedSearch::build(&c);
        let found = |q: &str| s.search(&c, &SearchTerms::parse(q));
        assert_eq!(found("taliban"), vec![(DocId(0), 3 + 1), (DocId(2), 1 + 1)], "title counts too");
        assert_eq!(found("talib russia"), vec![(DocId(0), 4 + 2), (DocId(2), 2 + 2)]);
        assert_eq!(found("china russia"), vec![(DocId(1), 2 + 2)]);
        assert!(found("iban").is_empty(), "no matches inside words");
        assert!(found("zzz").is_empty());
    }

    #[test]
    fn agrees_with_the_scan_including_punctuation() {
        let c = corpus(&[
            "Al-Qaeda and al Qaeda; the U.S. said al-Qaeda fighters left.",
            "Qaeda alone. The US and the U.S. navy.",
            "Ünïcode Zürich talks in İstanbul",
        ]);
        let (index, scan) = (IndexedSearch::build(&c), ScanSearch::build(&c));
        for q in ["al-qaeda", "qaeda", "u.s.", "u.s", "zür", "zurich", "istanbul", "the us", "al"] {
            let t = SearchTerms::parse(q);
            assert_eq!(index.search(&c, &t), scan.search(&c, &t), "query {q:?}");
        }
    }
}
