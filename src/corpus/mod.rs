//! The corpus: a folder of documents, read into text with sentences, titles and dates.
//!
//! [`walk`] lists the files, [`read_file`] turns one file into a [`Document`] (or a reason it was skipped), and
//! [`Corpus::load`] does both for a whole folder. Nothing here ever writes to the folder.

pub(crate) mod ascii;
pub mod dates;
pub mod document;
pub mod readers;
pub mod sentences;
pub mod title;
pub mod walk;
mod word_blocks;

use serde::{Deserialize, Serialize};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use dates::Date;
pub use document::{DocId, Document, Format, Span};
pub use walk::FoundFile;

/// A file that was not read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedFile {
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// Why it was skipped, for the user.
    pub reason: String,
}

impl SkippedFile {
    /// A skipped file with its reason.
    pub fn new(path: &str, reason: &str) -> Self {
        SkippedFile { path: path.to_string(), reason: reason.to_string() }
    }
}

/// Limits applied to every file, so that one hostile or broken file cannot exhaust memory or time.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadOptions {
    /// Files larger than this are skipped.
    pub max_file_bytes: u64,
    /// The most a zip-based file (DOCX, ODT) or a compressed PDF stream may decompress to, in total.
    pub max_unpacked_bytes: u64,
    /// The most entries a zip-based file may hold.
    pub max_archive_entries: usize,
    /// How long a PDF may take to read before it is given up.
    pub pdf_time_limit: Duration,
    /// Where to keep the extraction cache ([`crate::cache`]); none: read and extract every file each time.
    pub cache_dir: Option<std::path::PathBuf>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: 100 * 1024 * 1024,
            max_unpacked_bytes: 200 * 1024 * 1024,
            max_archive_entries: 10_000,
            pdf_time_limit: Duration::from_secs(20),
            cache_dir: None,
        }
    }
}

/// Why a folder could not be opened at all.
#[derive(Debug)]
pub enum OpenError {
    /// The path does not exist.
    NotFound(PathBuf),
    /// The path exists but cannot be listed.
    Unreadable(PathBuf, String),
    /// The user cancelled.
    Cancelled,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::NotFound(p) => write!(f, "{} does not exist", p.display()),
            OpenError::Unreadable(p, why) => write!(f, "cannot open {}: {why}", p.display()),
            OpenError::Cancelled => write!(f, "loading was cancelled"),
        }
    }
}

impl std::error::Error for OpenError {}

/// Lists the candidate files under `root`.
pub fn list_files(root: &Path) -> Result<walk::Walk, OpenError> {
    if !root.exists() {
        return Err(OpenError::NotFound(root.to_path_buf()));
    }
    walk::walk(root).map_err(|e| OpenError::Unreadable(root.to_path_buf(), walk::describe_io_error(&e)))
}

/// Reads one file into a document (its id is set later, once the order is known). A reader that panics on a
/// hostile file is caught here, so one bad file never takes the others down.
pub fn read_file(file: &FoundFile, options: &ReadOptions) -> Result<Document, SkippedFile> {
    let skip = |reason: String| SkippedFile { path: file.relative.clone(), reason };
    if file.size > options.max_file_bytes {
        return Err(skip(format!(
            "too large ({} MB; the limit is {} MB)",
            file.size.div_ceil(1024 * 1024),
            options.max_file_bytes / (1024 * 1024)
        )));
    }
    let bytes = read_bytes(&file.path, file.size, options.max_file_bytes).map_err(skip)?;
    let Some(reader) = readers::reader_for(&file.extension, &bytes) else {
        return Err(skip(format!("unsupported file type (.{})", file.extension)));
    };
    let decoded = catch_unwind(AssertUnwindSafe(|| reader.read(&bytes, options)))
        .map_err(|_| skip(format!("the {} reader failed on this file (damaged?)", reader.format().label())))?
        .map_err(skip)?;
    Ok(Document::from_text(
        DocId(0),
        file.relative.clone(),
        decoded.format,
        bytes.len() as u64,
        decoded.text,
        decoded.meta,
    ))
}

/// Reads a file's bytes, opened read-only, reading at most `limit` bytes (the file may have grown since it was
/// listed at `size` bytes).
fn read_bytes(path: &Path, size: u64, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::OpenOptions::new().read(true).open(path).map_err(|e| walk::describe_io_error(&e))?;
    // Room for the size listed (and the byte that tells the end) up front: the file is read in one call rather
    // than probed and grown a few times.
    let mut bytes = Vec::with_capacity(usize::try_from(size.min(limit).saturating_add(1)).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| walk::describe_io_error(&e))?;
    if bytes.len() as u64 > limit {
        return Err(format!("too large (grew past the limit of {} MB while being read)", limit / (1024 * 1024)));
    }
    Ok(bytes)
}

/// A folder of documents as read from disk.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// The folder (or file) it was read from.
    pub root: PathBuf,
    /// The readable documents, sorted by path; `documents[i].id == DocId(i)`.
    pub documents: Vec<Document>,
    /// Files that could not be read, with reasons.
    pub skipped: Vec<SkippedFile>,
    /// Hidden files and non-documents passed over quietly.
    pub ignored: usize,
}

impl Corpus {
    /// Reads every document under `root` (sequentially; the pipeline reads in parallel).
    pub fn load(root: &Path, options: &ReadOptions) -> Result<Corpus, OpenError> {
        let walk = list_files(root)?;
        let mut corpus =
            Corpus { root: root.to_path_buf(), skipped: walk.skipped, ignored: walk.ignored, ..Corpus::default() };
        for file in &walk.files {
            match read_file(file, options) {
                Ok(doc) => corpus.push(doc),
                Err(s) => corpus.skipped.push(s),
            }
        }
        corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(corpus)
    }

    /// Adds a document, giving it the next id.
    pub fn push(&mut self, mut doc: Document) {
        doc.id = DocId(self.documents.len() as u32);
        self.documents.push(doc);
    }

    /// The document with this id.
    pub fn get(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.index())
    }

    /// Total bytes of text.
    pub fn text_bytes(&self) -> usize {
        self.documents.iter().map(|d| d.text.len()).sum()
    }
}
