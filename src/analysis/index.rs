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
///
/// Stored compactly, because at 100,000 documents it holds tens of millions of (word, document) pairs: the
/// vocabulary is one string, and each word's postings are bytes — the gap from the previous document and the
/// number of occurrences, each as a variable-length integer (one byte for most) — instead of six bytes or more a
/// pair. Each word keeps the list it was built in (not copied into one array: the copy would briefly double
/// the index's memory).
#[derive(Debug, Default)]
pub struct WordIndex {
    /// Lower-cased words, sorted, one after another: word `w` is `vocab[word_starts[w]..word_starts[w + 1]]`.
    vocab: String,
    word_starts: Vec<usize>,
    /// `postings[w]` are the (document gap, occurrences) pairs of word `w`, by document, as variable-length
    /// integers (see [`push_varint`]).
    postings: Vec<Vec<u8>>,
    /// Number of documents indexed.
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

/// Appends `n` in seven-bit groups, low first, the high bit of each byte saying another follows (LEB128).
fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a number written by [`push_varint`] at `*pos`, moving `*pos` past it.
fn read_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut n = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        n |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// A word's postings while the index is built.
#[derive(Default)]
struct PostingList {
    bytes: Vec<u8>,
    /// The last document added (the next is written as the gap from it).
    last: u32,
}

impl WordIndex {
    /// Indexes the titles and texts of `corpus` (in parallel).
    pub fn build(corpus: &Corpus) -> WordIndex {
        /// Documents whose words are counted at once (in parallel) before they join the postings: the distinct
        /// words of every document at once would take more memory than the index itself.
        const CHUNK: usize = 1024;
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut lists: Vec<PostingList> = Vec::new();
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
                            lists.push(PostingList::default());
                            id
                        }
                    };
                    let list = &mut lists[id as usize];
                    // Documents come in order, so gaps are never negative (the first is from document 0).
                    push_varint(&mut list.bytes, doc - list.last);
                    push_varint(&mut list.bytes, c);
                    list.last = doc;
                }
            }
        }
        let mut words: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        words.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = WordIndex {
            documents: corpus.documents.len(),
            vocab: String::with_capacity(words.iter().map(|(w, _)| w.len()).sum()),
            word_starts: Vec::with_capacity(words.len() + 1),
            postings: Vec::with_capacity(words.len()),
        };
        index.word_starts.push(0);
        for (w, id) in words {
            index.postings.push(std::mem::take(&mut lists[id as usize].bytes));
            index.vocab.push_str(&w);
            index.word_starts.push(index.vocab.len());
        }
        index
    }

    /// Number of distinct words.
    pub fn words(&self) -> usize {
        self.word_starts.len().saturating_sub(1)
    }

    /// Bytes the index takes in memory (its arrays), for the benchmarks.
    pub fn heap_bytes(&self) -> usize {
        self.vocab.capacity()
            + self.word_starts.capacity() * std::mem::size_of::<usize>()
            + self.postings.iter().map(|p| p.capacity() + std::mem::size_of::<Vec<u8>>()).sum::<usize>()
    }

    /// Vocabulary entry `w`.
    fn word(&self, w: usize) -> &str {
        &self.vocab[self.word_starts[w]..self.word_starts[w + 1]]
    }

    /// The first vocabulary entry (from `lo`) for which `before` is false; `before` must be true of a prefix
    /// of the vocabulary and false of the rest.
    fn partition_point(&self, mut lo: usize, before: impl Fn(&str) -> bool) -> usize {
        let mut hi = self.words();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(self.word(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The range of vocabulary entries that begin with `prefix`.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.partition_point(0, |w| w < prefix);
        let hi = self.partition_point(lo, |w| w.starts_with(prefix));
        lo..hi
    }

    /// Adds the postings of every word beginning with `prefix` for documents that matched all earlier terms
    /// (`matched[doc] == k`), counting occurrences in `total`.
    fn accumulate(&self, prefix: &str, k: u8, matched: &mut [u8], total: &mut [u32]) {
        for w in self.prefix_range(prefix) {
            let bytes = &self.postings[w];
            let (mut pos, mut doc) = (0, 0u32);
            while pos < bytes.len() {
                doc = doc.wrapping_add(read_varint(bytes, &mut pos));
                let c = read_varint(bytes, &mut pos);
                let Some(m) = matched.get_mut(doc as usize) else { break };
                if *m == k {
                    *m = k + 1;
                    total[doc as usize] += c;
                } else if *m == k + 1 {
                    total[doc as usize] += c;
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

    /// The index searched.
    pub fn index(&self) -> &WordIndex {
        &self.index
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
    fn numbers_of_every_size_read_back() {
        let numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 21, u32::MAX - 1, u32::MAX];
        let mut bytes = Vec::new();
        for n in numbers {
            push_varint(&mut bytes, n);
        }
        assert_eq!(bytes.len(), 1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5 + 5);
        let mut pos = 0;
        let back: Vec<u32> = numbers.iter().map(|_| read_varint(&bytes, &mut pos)).collect();
        assert_eq!(back, numbers);
        assert_eq!(pos, bytes.len());
    }

    #[test]
    fn documents_far_apart_and_words_repeated_often() {
        // Gaps of more than one byte, a count of more than one byte, and the first document. (The first line
        // is the title, which is searched too.)
        let mut texts = vec!["filler".to_string(); 20_000];
        texts[0] = "filler\nrare word".into();
        texts[200] = "filler\nrare".into();
        texts[19_999] = format!("filler\n{}", "Rare, rare. ".repeat(150));
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = corpus(&refs);
        let s = IndexedSearch::build(&c);
        assert_eq!(s.index().words(), 3);
        assert_eq!(
            s.search(&c, &SearchTerms::parse("rare")),
            vec![(DocId(0), 1), (DocId(200), 1), (DocId(19_999), 300)]
        );
        assert_eq!(s.search(&c, &SearchTerms::parse("fill")).len(), 20_000);
        assert!(s.index().heap_bytes() < 20_000 * 4, "a byte or two a posting (and room for as many, from building)");
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
