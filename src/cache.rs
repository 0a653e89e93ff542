//! The extraction cache: what each document of a folder was read and extracted as, kept on disk so that opening
//! the folder again skips the reading and the extraction of every file that has not changed.
//!
//! One file per folder, `<cache dir>/<hash of the folder path>.cache`:
//!
//! - a header line, `dossier-cache/1 <version>`, where the version names the program and its knowledge data (a
//!   cache written by another version is ignored whole);
//! - then one record per document: its length (4 bytes, little-endian) and a [`postcard`] encoding of
//!   `(relative path, size, modification time, document, per-document extraction)`.
//!
//! A document is taken from the cache only when its path, size and modification time are those of the file on
//! disk now. The cache is rewritten (atomically: temporary file, then rename) after a load that read a document
//! anew or found a cached one changed or gone; files that cannot be read are not cached. Anything wrong with it — missing, unreadable, damaged, another version — only means the files are read
//! again; the user's documents are never touched.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::corpus::Document;
use crate::corpus::walk::FoundFile;
use crate::extract::DocExtraction;

/// The first bytes of a cache file.
const MAGIC: &str = "dossier-cache/1";

/// Bump when the extractor's output changes without a change of its data files or of the crate version.
const EXTRACTOR_REVISION: u32 = 1;

/// What identifies the program that wrote a cache: the crate version, [`EXTRACTOR_REVISION`] and a hash of the
/// bundled knowledge data and event lexicon (which decide what is extracted).
fn version() -> String {
    use crate::extract::events::lexicon;
    let mut h = rustc_hash::FxHasher::default();
    (crate::extract::knowledge::Sources::builtin(), lexicon::CUES, lexicon::GRAMMAR).hash(&mut h);
    format!("{}-r{EXTRACTOR_REVISION}-{:016x}", env!("CARGO_PKG_VERSION"), h.finish())
}

/// A file's modification time as (seconds, nanoseconds) since 1970.
fn stamp(time: Option<SystemTime>) -> (u64, u32) {
    time.and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos()))
}

/// One cached document, as written.
#[derive(Serialize)]
struct RecordRef<'a> {
    relative: &'a str,
    size: u64,
    modified: (u64, u32),
    document: &'a Document,
    extraction: &'a DocExtraction,
}

/// One cached document, as read back (the same fields as [`RecordRef`], owned).
#[derive(Deserialize)]
struct Record {
    relative: String,
    size: u64,
    modified: (u64, u32),
    document: Document,
    extraction: DocExtraction,
}

/// The cache of one folder, loaded.
pub struct FolderCache {
    /// Where it is kept.
    file: PathBuf,
    /// The documents not yet taken, by relative path.
    records: HashMap<String, Record>,
}

impl FolderCache {
    /// The cache file of the folder `root` inside `dir`.
    fn file_for(dir: &Path, root: &Path) -> PathBuf {
        let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let mut h = rustc_hash::FxHasher::default();
        canonical.hash(&mut h);
        dir.join(format!("{:016x}.cache", h.finish()))
    }

    /// Loads the cache of folder `root` from `dir`; empty when there is none or it cannot be used.
    pub fn load(dir: &Path, root: &Path) -> FolderCache {
        let file = Self::file_for(dir, root);
        let records = std::fs::read(&file).ok().map(|bytes| decode(&bytes)).unwrap_or_default();
        FolderCache { file, records }
    }

    /// Whether it holds no document (left).
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Takes the cached document and extraction of `file`, if the file has not changed since.
    pub fn take(&mut self, file: &FoundFile) -> Option<(Document, DocExtraction)> {
        let r = self.records.get(&file.relative)?;
        if r.size != file.size || r.modified != stamp(file.modified) || r.modified == (0, 0) {
            return None;
        }
        self.records.remove(&file.relative).map(|r| (r.document, r.extraction))
    }

    /// Writes the cache anew with `docs`: each found file with what it was read and extracted as.
    pub fn save(&self, docs: &[(&FoundFile, &Document, &DocExtraction)]) -> std::io::Result<()> {
        /// Records encoded (in parallel) before they are written: enough to keep the cores busy, few enough
        /// that the encoded cache never sits in memory whole (it is about twice the text).
        const BATCH: usize = 1024;
        let file = &self.file;
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temp = file.with_extension("cache.tmp");
        {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&temp)?);
            writeln!(out, "{MAGIC} {}", version())?;
            for batch in docs.chunks(BATCH) {
                let encoded: Vec<Vec<u8>> = batch
                    .par_iter()
                    .filter_map(|(f, document, extraction)| {
                        let record = RecordRef {
                            relative: &f.relative,
                            size: f.size,
                            modified: stamp(f.modified),
                            document,
                            extraction,
                        };
                        postcard::to_stdvec(&record).ok()
                    })
                    .collect();
                for bytes in &encoded {
                    out.write_all(&(bytes.len() as u32).to_le_bytes())?;
                    out.write_all(bytes)?;
                }
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        std::fs::rename(&temp, file)
    }
}

/// The records of a cache file; none if its header is not this version's. A damaged record ends the reading (the
/// records before it are kept).
fn decode(bytes: &[u8]) -> HashMap<String, Record> {
    let header = format!("{MAGIC} {}\n", version());
    let Some(mut rest) = bytes.strip_prefix(header.as_bytes()) else { return HashMap::default() };
    let mut slices = Vec::new();
    while let Some((len, tail)) = rest.split_first_chunk::<4>() {
        let len = u32::from_le_bytes(*len) as usize;
        let Some((record, tail)) = tail.split_at_checked(len) else { break };
        slices.push(record);
        rest = tail;
    }
    slices
        .into_par_iter()
        .filter_map(|s| postcard::from_bytes::<Record>(s).ok())
        .map(|r| (r.relative.clone(), r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_or_foreign_bytes_give_an_empty_cache() {
        assert!(decode(b"").is_empty());
        assert!(decode(b"not a cache at all").is_empty());
        assert!(decode(format!("{MAGIC} 0.0.0-r0-0\n").as_bytes()).is_empty(), "another version");
        let mut truncated = format!("{MAGIC} {}\n", version()).into_bytes();
        truncated.extend_from_slice(&[200, 0, 0, 0, 1, 2, 3]);
        assert!(decode(&truncated).is_empty(), "a record cut short");
    }
}
