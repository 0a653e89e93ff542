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
    // A table step per ASCII byte (most of any text), eight at a time when all eight are ASCII: the entry for
    // (whether the current run has been counted, byte) says whether the run is counted after the byte and whether
    // a word starts at it. White space ends a run. (Branching on each byte's class was 18 % of reading a file;
    // computing the state from the class, 4 %.) Only other characters are decoded.
    let (mut words, mut counted) = (0usize, 0usize);
    let step = |b: u8, words: &mut usize, counted: &mut usize| {
        let s = WORD_STEP[*counted | b as usize];
        *words += usize::from(s & STARTS_WORD);
        *counted = usize::from(s & COUNTED);
    };
    let mut i = 0;
    // Where the next block of 64 bytes may be tried with vector steps (see `word_blocks`): after a block with a
    // byte that is not ASCII, the byte steps go through it first.
    let mut next_block = 0;
    while i < bytes.len() {
        if i >= next_block
            && let Some(block) = bytes.get(i..i + 64).and_then(|b| <&[u8; 64]>::try_from(b).ok())
        {
            match super::word_blocks::classify(block) {
                Some((alnum, space)) => {
                    let (found, run_counted) = super::word_blocks::count(alnum, space, counted != 0);
                    words += found as usize;
                    counted = if run_counted { COUNTED as usize } else { 0 };
                    i += 64;
                    continue;
                }
                None => next_block = i + 64,
            }
        }
        if let Some(eight) = bytes.get(i..i + 8)
            && eight.is_ascii()
        {
            eight.iter().for_each(|&b| step(b, &mut words, &mut counted));
            i += 8;
            continue;
        }
        let b = bytes[i];
        if b.is_ascii() {
            step(b, &mut words, &mut counted);
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        // Other white space ends a run; another letter starts a word if the run has none yet.
        let class = match c {
            c if c.is_whitespace() => b' ',
            c if c.is_alphanumeric() => b'a',
            _ => b'-',
        };
        step(class, &mut words, &mut counted);
    }
    words
}

/// In a [`WORD_STEP`] entry: the run is counted after this byte (the bit that indexes the table's second half).
const COUNTED: u8 = 128;
/// In a [`WORD_STEP`] entry: this byte is the first letter or digit of a run (a word starts).
const STARTS_WORD: u8 = 1;

/// [`count_words`]' steps: entry `counted | byte` for each ASCII byte, `counted` being [`COUNTED`] when the run
/// the byte is in has been counted before it (0 otherwise).
static WORD_STEP: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let (counted, class) = (i as u8 & COUNTED != 0, ASCII_CLASS[i & 127]);
        table[i] = if class & SPACE != 0 {
            0
        } else if class & ALNUM != 0 {
            COUNTED | if counted { 0 } else { STARTS_WORD }
        } else if counted {
            COUNTED
        } else {
            0
        };
        i += 1;
    }
    table
};

/// Words as the general rule counts them, without the fast steps of [`count_words`]: white-space separated runs with
/// a letter or digit (what the tests compare `count_words` with).
#[cfg(test)]
pub(super) fn words_by_the_general_rule(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
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
            assert_eq!(count_words(text), words_by_the_general_rule(text), "{text:?}");
        }
    }

    #[test]
    fn words_are_counted_alike_wherever_the_eight_byte_steps_fall() {
        let pieces = ["ab", " ", "—", "é", "\u{a0}", "--", "9", "\t", "’s", ".", "北京", "x-y", "\u{3000}"];
        // Every rotation and a few strides of the pieces: runs, spaces and multi-byte characters at every
        // offset against the eight-byte steps.
        for stride in 1..5 {
            for start in 0..pieces.len() {
                let text: String = (0..40).map(|k| pieces[(start + k * stride) % pieces.len()]).collect();
                assert_eq!(count_words(&text), words_by_the_general_rule(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn words_are_counted_alike_in_long_texts_read_64_bytes_at_a_time() {
        // Mostly ASCII, as news is, with now and then a character that sends a block to the byte steps.
        let pieces = ["said", " ", "the", ", ", "U.S.", "\n\n", "--", "2024", "(", "’s", "\t", "x", ".", " — ", "é"];
        for stride in 1..8 {
            for start in 0..pieces.len() {
                let text: String = (0..400).map(|k| pieces[(start * 7 + k * stride) % pieces.len()]).collect();
                assert_eq!(count_words(&text), words_by_the_general_rule(&text), "{text:?}");
                let ascii: String = text.chars().filter(char::is_ascii).collect();
                assert_eq!(count_words(&ascii), words_by_the_general_rule(&ascii), "{ascii:?}");
            }
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
