//! The document model: what the corpus layer hands to the extractor.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::ascii::{ALNUM, ASCII_CLASS, SPACE};
use super::dates::Date;

/// Index of a document in its [`Corpus`](super::Corpus); shown as `d0`, `d1`, … in exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocId(pub u32);

impl DocId {
    /// The position of the document in `Corpus::documents`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "d{}", self.0)
    }
}

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `usize` offsets (documents are capped far below 4 GiB).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }
    /// The range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The file format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown (read as text).
    Markdown,
    /// HTML page (visible text).
    Html,
    /// PDF text layer.
    Pdf,
    /// Word (.docx).
    Docx,
    /// OpenDocument text (.odt).
    Odt,
    /// Rich Text Format.
    Rtf,
}

impl Format {
    /// Every format, in the order of the enum.
    pub const ALL: [Format; 7] =
        [Format::Text, Format::Markdown, Format::Html, Format::Pdf, Format::Docx, Format::Odt, Format::Rtf];

    /// A short name for tables ("TXT", "PDF", …).
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "TXT",
            Format::Markdown => "MD",
            Format::Html => "HTML",
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Odt => "ODT",
            Format::Rtf => "RTF",
        }
    }
}

/// One readable document of the corpus.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// Its id (position in the corpus).
    pub id: DocId,
    /// Path relative to the corpus root, with `/` separators.
    pub path: String,
    /// The headline: first meaningful line, or the file name.
    pub title: String,
    /// Publication date stated near the top, if any.
    pub date: Option<Date>,
    /// The format it was read from.
    pub format: Format,
    /// Size of the source file in bytes.
    pub bytes: u64,
    /// Its text (decoded; all offsets index into this).
    pub text: String,
    /// Sentences as byte ranges into `text`, in order, trimmed of surrounding white space.
    pub sentences: Vec<Span>,
    /// Number of words.
    pub words: usize,
}

impl Document {
    /// Builds a document from decoded text: splits sentences, counts words, finds the title and date.
    pub fn from_text(
        id: DocId,
        path: String,
        format: Format,
        bytes: u64,
        text: String,
        meta: super::readers::Meta,
    ) -> Self {
        let sentences = super::sentences::split(&text);
        let words = count_words(&text);
        let title = meta
            .title
            .filter(|t| !t.trim().is_empty())
            .map(|t| super::title::clean(&t))
            .unwrap_or_else(|| super::title::from_text(&text, &path));
        let date = meta.date.or_else(|| super::dates::find_publication_date(&text));
        Document { id, path, title, date, format, bytes, text, sentences, words }
    }

    /// The text of sentence `i` (empty if out of range).
    pub fn sentence_text(&self, i: usize) -> &str {
        self.sentences.get(i).map(|s| &self.text[s.range()]).unwrap_or("")
    }

    /// Index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let off = offset as u32;
        let i = self.sentences.partition_point(|s| s.end <= off);
        (i < self.sentences.len() && self.sentences[i].start <= off).then_some(i)
    }

    /// The file name part of `path`.
    pub fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

/// Counts white-space separated runs that contain at least one letter or digit.
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Whether the current run has been counted; white space ends a run. Without branches for ASCII (most of
    // any text; counting was 18 % of reading a file with branches), only other characters are decoded.
    let (mut words, mut counted) = (0usize, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, alphanumeric) = if b.is_ascii() {
            i += 1;
            let class = ASCII_CLASS[b as usize];
            (class & SPACE != 0, class & ALNUM != 0)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            (c.is_whitespace(), c.is_alphanumeric())
        };
        counted &= !space;
        words += usize::from(alphanumeric & !counted);
        counted |= alphanumeric;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_punctuation_runs() {
        assert_eq!(count_words("Hello, world — it’s 2024 !"), 4);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn words_are_counted_as_the_general_rule_counts_them() {
        let general = |t: &str| t.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        for text in [
            "Hello, world - it's 2024 !",
            "  leading and trailing  ",
            "tabs\tand\nnew\r\nlines\x0bvertical\x0cfeed",
            "-- ... !!! a",
            "x",
            "",
            "\x1f\x1cnot-space separators",
            // Not ASCII: other white space (no-break, ideographic), letters and punctuation.
            "Ünïcode — “quoted” x\u{a0}y\u{3000}z … ½ 北京 ",
            "\u{2003}\u{2003}— —\u{85}a",
        ] {
            assert_eq!(count_words(text), general(text), "{text:?}");
        }
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let d = Document::from_text(
            DocId(0),
            "a.txt".into(),
            Format::Text,
            0,
            "First one here. Second one there.".into(),
            Default::default(),
        );
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(17), Some(1));
        assert_eq!(d.sentence_text(1), "Second one there.");
    }
}
