//! The extraction cache: what each document of a folder was read and extracted as, kept on disk so that opening
//! the folder again skips the reading and the extraction of every file that has not changed — and, when no file
//! changed at all, the joining of the documents' results into corpus entities too.
//!
//! One file per folder, `<cache dir>/<hash of the folder path>.cache`:
//!
//! - a header line, `dossier-cache/2 <version>`, where the version names the program and its knowledge data (a
//!   cache written by another version is ignored whole);
//! - then one record per document, as three length-prefixed blobs (length: 4 bytes, little-endian), each a
//!   [`postcard`] encoding: `(relative path, size, modification time)`, the document, its per-document
//!   extraction. The blobs are decoded only when needed: the extraction not at all when the resolved section
//!   below can be used;
//! - then the marker `FF FF FF FF`, an 8-byte length and the resolved extraction with the relative paths of the
//!   documents it covers, in order, in parts that decode in parallel (see the private module `resolved`);
//! - last, a 16-byte trailer: the position of that marker (8 bytes) and the tag `dossier\x03`.
//!
//! Loading reads only the record heads, as an index; blobs are read from the file (at their position) when they
//! are needed, so a cache about twice the size of the folder's text is never in memory beside what is decoded
//! from it. A file without a valid trailer is still read (its resolved section found after the last record).
//!
//! A document is taken from the cache only when its path, size and modification time are those of the file on
//! disk now; the resolved extraction only when every file of the folder is taken from the cache, in the same
//! order. The cache is rewritten (atomically: temporary file, then rename) by a load that reads a document anew
//! or finds a cached one changed or gone — its records as the files are read, so that the documents' extractions
//! wait for resolution in the file rather than in memory; a cancelled load leaves the old file as it was. Files
//! that cannot be read are not cached. Anything wrong with
//! it — missing, unreadable, damaged, another version — only means the files are read (or resolved) again; the
//! user's documents are never touched.

mod encoding;
mod resolved;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::corpus::Document;
use crate::corpus::walk::FoundFile;
use crate::extract::{DocExtraction, Extraction};

/// The first bytes of a cache file.
const MAGIC: &str = "dossier-cache/2";

/// Bump when the extractor's output, or the layout of what the cache holds, changes without a change of its
/// data files or of the crate version.
const EXTRACTOR_REVISION: u32 = 40;

/// Where the records end and the resolved section begins (no record blob is 4 GiB long).
const RESOLVED_MARKER: u32 = u32::MAX;

/// The last bytes of a finished cache file, after the position of the resolved section (a `u64`): reading the
/// records then does not read the resolved section into memory beside them.
const TRAILER_TAG: &[u8; 8] = b"dossier\x03";

/// The trailer's length: the resolved section's position and the tag.
const TRAILER_LEN: usize = 16;

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

/// What a record says about its file.
#[derive(Serialize, Deserialize)]
struct Head {
    relative: String,
    size: u64,
    modified: (u64, u32),
}

/// Where one cached document's blobs are in the cache file.
#[derive(Clone, Debug)]
pub struct CachedDoc {
    document: Range<usize>,
    extraction: Range<usize>,
}

/// One record's place in the file, before it is checked against the file on disk.
struct Entry {
    size: u64,
    modified: (u64, u32),
    blobs: CachedDoc,
}

/// The cache of one folder, loaded: an index of its records. Documents and extractions are read from the file
/// when asked for, so that the cache (about twice the folder's text) is never in memory beside what is decoded
/// from it.
pub struct FolderCache {
    /// Where it is kept.
    file: PathBuf,
    /// The documents not yet taken, by relative path.
    records: HashMap<String, Entry>,
    /// Where the resolved section's blob is in the file, if the file has one; read only when asked for.
    resolved: Option<Range<usize>>,
    /// The file as opened (blobs are read from the same file even if it is replaced meanwhile).
    handle: Option<BlobFile>,
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
        wait_for_writes();
        let file = Self::file_for(dir, root);
        let Some(mut handle) = std::fs::File::open(&file).ok() else {
            return FolderCache { file, records: HashMap::default(), resolved: None, handle: None };
        };
        let len = handle.metadata().map_or(0, |m| m.len());
        let resolved_at = trailer(&mut handle, len);
        let (records, resolved) = index(std::io::BufReader::with_capacity(INDEX_BUFFER, &handle), len, resolved_at);
        FolderCache { file, records, resolved, handle: Some(BlobFile::new(handle)) }
    }

    /// The bytes at `range` of the file.
    fn read(&self, range: Range<usize>) -> Option<Vec<u8>> {
        self.handle.as_ref()?.read(range)
    }

    /// Whether it holds no document (left).
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Takes the cached record of `file`, if the file has not changed since.
    pub fn take(&mut self, file: &FoundFile) -> Option<CachedDoc> {
        let r = self.records.get(&file.relative)?;
        if r.size != file.size || r.modified != stamp(file.modified) || r.modified == (0, 0) {
            return None;
        }
        self.records.remove(&file.relative).map(|r| r.blobs)
    }

    /// The document of a taken record; `None` if its bytes are damaged.
    pub fn document(&self, doc: &CachedDoc) -> Option<Document> {
        postcard::from_bytes(&self.read(doc.document.clone())?).ok()
    }

    /// The per-document extraction of a taken record as stored (see [`decode_extraction`], which tells whether
    /// the bytes are damaged); `None` if they cannot be read.
    pub fn extraction_bytes(&self, doc: &CachedDoc) -> Option<Vec<u8>> {
        self.read(doc.extraction.clone())
    }

    /// The resolved extraction, if the cache has one for exactly these documents (relative paths, in order).
    pub fn resolved<'p>(&self, paths: impl ExactSizeIterator<Item = &'p str>) -> Option<Extraction> {
        let section = self.resolved.clone()?;
        let (cached, extraction) = resolved::read_from(section, &|range| self.read(range))?;
        (cached.len() == paths.len() && cached.iter().map(String::as_str).eq(paths)).then_some(extraction)
    }

    /// Whether the cache has a resolved section at all (worth keeping the extractions undecoded for).
    pub fn has_resolved(&self) -> bool {
        self.resolved.is_some()
    }

    /// Lets the cache file go once every record needed has been decoded (the file is written anew from the
    /// documents, not from it).
    pub fn release_contents(&mut self) {
        self.records = HashMap::default();
        self.resolved = None;
        self.handle = None;
    }

    /// Starts writing the cache anew: records are added with [`CacheWriter::record`] or [`CacheWriter::add`],
    /// the resolved extraction by [`CacheWriter::finish`], which puts the file in place.
    pub fn start_writing(&self) -> std::io::Result<CacheWriter> {
        /// Records are about 10 KB: a larger buffer writes them a hundred at a time.
        const WRITE_BUFFER: usize = 1 << 20;
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temp = self.file.with_extension("cache.tmp");
        let mut out = std::io::BufWriter::with_capacity(WRITE_BUFFER, std::fs::File::create(&temp)?);
        let header = format!("{MAGIC} {}\n", version());
        out.write_all(header.as_bytes())?;
        Ok(CacheWriter { out, temp, file: self.file.clone(), position: header.len() as u64, early_sync: None })
    }
}

/// A document's record for the cache, encoded but for its extraction (see [`CacheWriter::record`]).
pub struct EncodedRecord {
    head: Vec<u8>,
    document: Vec<u8>,
}

impl EncodedRecord {
    /// The record of `document`, read from `file`; `None` if it cannot be encoded (then the file is not cached).
    pub fn new(file: &FoundFile, document: &Document) -> Option<EncodedRecord> {
        let head = Head { relative: file.relative.clone(), size: file.size, modified: stamp(file.modified) };
        // (The document's encoding is its text and a few bytes per sentence.)
        let document = encoding::to_bytes(document, document.text.len() + 8 * document.sentences.len() + 256)?;
        Some(EncodedRecord { head: encoding::to_bytes(&head, 64)?, document })
    }
}

/// A cache file being written: records first, then the resolved extraction ([`CacheWriter::finish`]), or given
/// up ([`CacheWriter::abandon`]).
pub struct CacheWriter {
    out: std::io::BufWriter<std::fs::File>,
    temp: PathBuf,
    file: PathBuf,
    /// Bytes written so far (the position of the next one).
    position: u64,
    /// The thread putting the records on the disk ahead of the rest (see [`CacheWriter::start_sync`]).
    early_sync: Option<std::thread::JoinHandle<()>>,
}

/// The records written so far to a cache file being written, to read extractions back from (see
/// [`CacheWriter::written`]).
pub struct WrittenRecords(BlobFile);

impl WrittenRecords {
    /// The extraction bytes at `range` (as [`CacheWriter::record`] returned it); `None` if they cannot be read.
    pub fn extraction_bytes(&self, range: Range<usize>) -> Option<Vec<u8>> {
        self.0.read(range)
    }
}

impl CacheWriter {
    /// Writes one record: `record` and the document's extraction, encoded (see [`encode_extraction`]). Returns
    /// where the extraction is in the file, to read it back with [`CacheWriter::written`] rather than keep it in
    /// memory.
    pub fn record(&mut self, record: &EncodedRecord, extraction: &[u8]) -> std::io::Result<Range<usize>> {
        for blob in [record.head.as_slice(), record.document.as_slice(), extraction] {
            self.out.write_all(&(blob.len() as u32).to_le_bytes())?;
            self.out.write_all(blob)?;
            self.position += 4 + blob.len() as u64;
        }
        let end = usize::try_from(self.position).map_err(std::io::Error::other)?;
        Ok(end - extraction.len()..end)
    }

    /// Adds the records of `docs`: each found file with what it was read as and its extraction, encoded; returns
    /// where each extraction is, as [`CacheWriter::record`] does. Callers pass a chunk at a time (the records
    /// are encoded in parallel, then written), so that the encoded cache is never in memory whole: it is about
    /// twice the text.
    pub fn add(&mut self, docs: &[(&FoundFile, &Document, &[u8])]) -> std::io::Result<Vec<Option<Range<usize>>>> {
        let encoded: Vec<Option<EncodedRecord>> = docs.par_iter().map(|(f, d, _)| EncodedRecord::new(f, d)).collect();
        let mut at = Vec::with_capacity(docs.len());
        for ((_, _, extraction), record) in docs.iter().zip(encoded) {
            // A record that cannot be encoded is left out: that file is read again next time.
            at.push(match record {
                Some(record) => Some(self.record(&record, extraction)?),
                None => None,
            });
        }
        Ok(at)
    }

    /// The records written so far, readable (from another handle on the file: writing goes on).
    pub fn written(&mut self) -> std::io::Result<WrittenRecords> {
        self.out.flush()?;
        Ok(WrittenRecords(BlobFile::new(std::fs::File::open(&self.temp)?)))
    }

    /// Adds the resolved extraction of the documents whose relative paths are `paths` (in the order of the
    /// extraction's documents), and puts the cache in place.
    /// The extraction is encoded straight into the file (not into memory first: it can take half a gigabyte);
    /// flushing the file to disk and the rename happen on a background thread, so that the folder is ready
    /// without waiting for the disk (see [`wait_for_writes`]). Errors are printed, since a cache that cannot be
    /// written only means reading the files again next time.
    pub fn finish(mut self, extraction: &Extraction, paths: Vec<&str>) {
        if let Err(e) = self.write_resolved(extraction, paths) {
            eprintln!("dossier: cannot write the extraction cache: {e}");
            let _ = std::fs::remove_file(&self.temp);
            return;
        }
        let CacheWriter { out, temp, file, early_sync, .. } = self;
        let write = move || -> std::io::Result<()> {
            if let Some(early) = early_sync {
                // (It only went ahead of the sync below; a panic in it lost nothing.)
                let _ = early.join();
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            std::fs::rename(&temp, &file)
        };
        let thread = std::thread::Builder::new().name("dossier-cache".into()).spawn(move || {
            if let Err(e) = write() {
                eprintln!("dossier: cannot write the extraction cache: {e}");
            }
        });
        match thread {
            Ok(handle) => pending_writes().push(handle),
            Err(e) => eprintln!("dossier: cannot write the extraction cache: {e}"),
        }
    }

    /// Starts putting what is written so far on the disk, on a background thread, so that the file's last sync
    /// (after [`CacheWriter::finish`]) has only the rest to wait for: at 100,000 documents the records are a
    /// gigabyte, whose sync took 0.4 s at the very end of a cold open, while resolution, which writes next to
    /// nothing, leaves the disk idle for seconds. Nothing is lost if it fails: the last sync does it all.
    pub fn start_sync(&mut self) {
        if self.early_sync.is_some() {
            return;
        }
        let Ok(file) = self.out.flush().and_then(|()| self.out.get_ref().try_clone()) else { return };
        let sync = std::thread::Builder::new().name("dossier-cache-sync".into()).spawn(move || {
            let _ = file.sync_data();
        });
        self.early_sync = sync.ok();
    }

    /// Gives the file up (after an error): the cache in place, if any, stays as it was.
    pub fn abandon(self) {
        let CacheWriter { out, temp, .. } = self;
        drop(out);
        let _ = std::fs::remove_file(&temp);
    }

    /// Appends the resolved section: the marker, its length, and the encoded extraction. The length is only
    /// known once it is written, so a placeholder is written first and filled in after.
    fn write_resolved(&mut self, extraction: &Extraction, paths: Vec<&str>) -> std::io::Result<()> {
        use std::io::{Seek, SeekFrom};
        self.out.write_all(&RESOLVED_MARKER.to_le_bytes())?;
        let length_at = self.out.stream_position()?;
        self.out.write_all(&0u64.to_le_bytes())?;
        resolved::write(&mut self.out, extraction, &paths)?;
        let end = self.out.stream_position()?;
        self.out.seek(SeekFrom::Start(length_at))?;
        self.out.write_all(&(end - length_at - 8).to_le_bytes())?;
        self.out.seek(SeekFrom::Start(end))?;
        self.out.write_all(&(length_at - 4).to_le_bytes())?;
        self.out.write_all(TRAILER_TAG)?;
        Ok(())
    }
}

/// A document's extraction in the cache's encoding: compact (about a quarter of its size in memory), so that
/// a large folder's per-document results wait for resolution in this form. `None` if it cannot be encoded.
pub fn encode_extraction(extraction: &DocExtraction) -> Option<Vec<u8>> {
    encoding::to_bytes(extraction, encoding::EXTRACTION_ROOM)
}

/// The extraction encoded by [`encode_extraction`]; `None` if the bytes are damaged.
pub fn decode_extraction(bytes: &[u8]) -> Option<DocExtraction> {
    postcard::from_bytes(bytes).ok()
}

/// Cache files still being written by [`CacheWriter::finish`].
fn pending_writes() -> std::sync::MutexGuard<'static, Vec<std::thread::JoinHandle<()>>> {
    static PENDING: std::sync::Mutex<Vec<std::thread::JoinHandle<()>>> = std::sync::Mutex::new(Vec::new());
    PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Waits until every cache file being written is in place. Loading a cache waits first (so that it never reads
/// one half written, nor writes the same file twice at once); so must a program that exits right after opening
/// a folder, if it wants the cache kept.
pub fn wait_for_writes() {
    let handles = std::mem::take(&mut *pending_writes());
    for handle in handles {
        // A panic in the writer lost only the cache.
        let _ = handle.join();
    }
}

/// Bytes read at a time while indexing. The blobs between the heads are skipped, but a small buffer would skip
/// them with a seek and a read each (0.34 s at 100,000 documents against 0.2 s reading through them).
const INDEX_BUFFER: usize = 1 << 16;

/// Where the resolved section starts, as the trailer of a finished cache file says (checked to lie inside it).
fn trailer(file: &mut std::fs::File, len: u64) -> Option<u64> {
    use std::io::{Read, Seek, SeekFrom};
    let end = len.checked_sub(TRAILER_LEN as u64)?;
    let mut trailer = [0u8; TRAILER_LEN];
    file.seek(SeekFrom::Start(end)).ok()?;
    file.read_exact(&mut trailer).ok()?;
    let (at, tag) = trailer.split_at(8);
    let at = u64::from_le_bytes(at.try_into().ok()?);
    (tag == TRAILER_TAG && at < end).then_some(at)
}

/// The records of a cache file of `len` bytes and where its resolved blob is; none if its header is not this
/// version's. A damaged record ends the reading (the records before it are kept). Only heads and lengths are
/// read; `resolved_at` (from the trailer) is where the records end, when known.
fn index(
    mut file: impl std::io::Read + std::io::Seek,
    len: u64,
    resolved_at: Option<u64>,
) -> (HashMap<String, Entry>, Option<Range<usize>>) {
    let header = format!("{MAGIC} {}\n", version());
    let mut start = vec![0u8; header.len()];
    if file.rewind().is_err() || file.read_exact(&mut start).is_err() || start != header.as_bytes() {
        return (HashMap::default(), None);
    }
    let records_end = resolved_at.unwrap_or(len);
    let mut at = header.len() as u64;
    let mut heads = Vec::new();
    // The length of the blob starting at `at`, if it fits before the end of the records.
    let fits = |at: u64, n: u32| (n != RESOLVED_MARKER && at + 4 + u64::from(n) <= records_end).then_some(u64::from(n));
    let mut marker_at = None;
    while at < records_end {
        let Some(n) = read_u32(&mut file) else { break };
        if n == RESOLVED_MARKER {
            marker_at = Some(at);
            break;
        }
        let Some(head_len) = fits(at, n) else { break };
        let mut head = vec![0u8; head_len as usize];
        if file.read_exact(&mut head).is_err() {
            break;
        }
        let document = at + 4 + head_len;
        let Some(document_len) = read_u32(&mut file).and_then(|n| fits(document, n)) else { break };
        if file.seek_relative(document_len as i64).is_err() {
            break;
        }
        let extraction = document + 4 + document_len;
        let Some(extraction_len) = read_u32(&mut file).and_then(|n| fits(extraction, n)) else { break };
        if file.seek_relative(extraction_len as i64).is_err() {
            break;
        }
        let range = |at: u64, n: u64| (at + 4) as usize..(at + 4 + n) as usize;
        let blobs =
            CachedDoc { document: range(document, document_len), extraction: range(extraction, extraction_len) };
        heads.push((head, blobs));
        at = extraction + 4 + extraction_len;
    }
    // Without a trailer, a resolved section may still follow the last record (a file of format 2 written before
    // the trailer, or one whose trailer is damaged).
    let resolved_at = resolved_at.or(marker_at);
    let resolved = resolved_at.and_then(|at| resolved_blob(&mut file, at, len));
    let records = heads
        .into_par_iter()
        .filter_map(|(head, blobs)| {
            let h: Head = postcard::from_bytes(&head).ok()?;
            Some((h.relative, Entry { size: h.size, modified: h.modified, blobs }))
        })
        .collect();
    (records, resolved)
}

/// The next four bytes as a little-endian number.
fn read_u32(file: &mut impl std::io::Read) -> Option<u32> {
    let mut bytes = [0u8; 4];
    file.read_exact(&mut bytes).ok()?;
    Some(u32::from_le_bytes(bytes))
}

/// The range of the resolved blob whose section starts at `at` in a file of `len` bytes: its marker and length
/// are read and checked (it must end at the trailer, or at the end of a file without one).
fn resolved_blob(mut file: impl std::io::Read + std::io::Seek, at: u64, len: u64) -> Option<Range<usize>> {
    use std::io::SeekFrom;
    let mut head = [0u8; 12];
    file.seek(SeekFrom::Start(at)).ok()?;
    file.read_exact(&mut head).ok()?;
    let (marker, blob_len) = head.split_at(4);
    if marker != RESOLVED_MARKER.to_le_bytes() {
        return None;
    }
    let start = at + 12;
    let end = start.checked_add(u64::from_le_bytes(blob_len.try_into().ok()?))?;
    (end == len || end + TRAILER_LEN as u64 == len).then_some(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
}

/// A cache file that blobs are read from at any position, from several threads at once.
struct BlobFile {
    #[cfg(unix)]
    file: std::fs::File,
    #[cfg(not(unix))]
    file: std::sync::Mutex<std::fs::File>,
}

impl BlobFile {
    fn new(file: std::fs::File) -> Self {
        #[cfg(unix)]
        return BlobFile { file };
        #[cfg(not(unix))]
        return BlobFile { file: std::sync::Mutex::new(file) };
    }

    /// The bytes at `range`; `None` past the end or on a read error.
    fn read(&self, range: Range<usize>) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        bytes.try_reserve_exact(range.len()).ok()?;
        bytes.resize(range.len(), 0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileExt;
            self.file.read_exact_at(&mut bytes, range.start as u64).ok()?;
        }
        #[cfg(not(unix))]
        {
            use std::io::{Read, Seek, SeekFrom};
            let mut file = self.file.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            file.seek(SeekFrom::Start(range.start as u64)).ok()?;
            file.read_exact(&mut bytes).ok()?;
        }
        Some(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_or_foreign_bytes_give_an_empty_cache() {
        let index = |bytes: &[u8]| index(std::io::Cursor::new(bytes), bytes.len() as u64, None);
        assert!(index(b"").0.is_empty());
        assert!(index(b"not a cache at all").0.is_empty());
        assert!(index(format!("{MAGIC} 0.0.0-r0-0\n").as_bytes()).0.is_empty(), "another version");
        let mut truncated = format!("{MAGIC} {}\n", version()).into_bytes();
        truncated.extend_from_slice(&[200, 0, 0, 0, 1, 2, 3]);
        assert!(index(&truncated).0.is_empty(), "a record cut short");
        let mut resolved = format!("{MAGIC} {}\n", version()).into_bytes();
        let at = resolved.len();
        resolved.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
        assert_eq!(index(&resolved).1, Some(at + 12..at + 15), "a resolved section after no record");
        resolved.pop();
        assert_eq!(index(&resolved).1, None, "a resolved section cut short");
    }
}
