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
//! - last, the marker `FF FF FF FF`, an 8-byte length and the encoding of the resolved extraction with the
//!   relative paths of the documents it covers, in order.
//!
//! A document is taken from the cache only when its path, size and modification time are those of the file on
//! disk now; the resolved extraction only when every file of the folder is taken from the cache, in the same
//! order. The cache is rewritten (atomically: temporary file, then rename) after a load that read a document
//! anew or found a cached one changed or gone; files that cannot be read are not cached. Anything wrong with
//! it — missing, unreadable, damaged, another version — only means the files are read (or resolved) again; the
//! user's documents are never touched.

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
const EXTRACTOR_REVISION: u32 = 2;

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

/// The resolved section, as written.
#[derive(Serialize)]
struct ResolvedRef<'a> {
    paths: Vec<&'a str>,
    extraction: &'a Extraction,
}

/// The resolved section, as read back.
#[derive(Deserialize)]
struct Resolved {
    paths: Vec<String>,
    extraction: Extraction,
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

/// The cache of one folder, loaded.
pub struct FolderCache {
    /// Where it is kept.
    file: PathBuf,
    /// The cache file's records, from its start (they are decoded from it on demand).
    bytes: Vec<u8>,
    /// The documents not yet taken, by relative path.
    records: HashMap<String, Entry>,
    /// Where the resolved section's blob is in the file, if the file has one; read only when asked for.
    resolved: Option<Range<usize>>,
    /// The file as opened (so that the resolved section is read from the same file even if it is replaced).
    handle: Option<std::fs::File>,
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
        let mut handle = std::fs::File::open(&file).ok();
        let (bytes, resolved) = handle.as_mut().and_then(read_records).unwrap_or_default();
        let (records, resolved) = match resolved {
            Some(at) => (index(&bytes).0, resolved_blob(handle.as_mut(), at)),
            None => index(&bytes),
        };
        FolderCache { file, bytes, records, resolved, handle }
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
        postcard::from_bytes(self.bytes.get(doc.document.clone())?).ok()
    }

    /// The per-document extraction of a taken record; `None` if its bytes are damaged.
    pub fn extraction(&self, doc: &CachedDoc) -> Option<DocExtraction> {
        decode_extraction(self.extraction_bytes(doc)?)
    }

    /// The per-document extraction of a taken record as stored (see [`decode_extraction`]), after checking
    /// that it decodes; `None` if its bytes are damaged.
    pub fn extraction_bytes(&self, doc: &CachedDoc) -> Option<&[u8]> {
        let bytes = self.bytes.get(doc.extraction.clone())?;
        decode_extraction(bytes).map(|_| bytes)
    }

    /// The resolved extraction, if the cache has one for exactly these documents (relative paths, in order).
    pub fn resolved<'p>(&mut self, paths: impl ExactSizeIterator<Item = &'p str>) -> Option<Extraction> {
        let range = self.resolved.clone()?;
        let r: Resolved = match self.bytes.get(range.clone()) {
            Some(blob) => postcard::from_bytes(blob).ok()?,
            None => {
                use std::io::{Read, Seek, SeekFrom};
                let handle = self.handle.as_mut()?;
                handle.seek(SeekFrom::Start(range.start as u64)).ok()?;
                let mut blob = Vec::new();
                blob.try_reserve_exact(range.len()).ok()?;
                handle.take(range.len() as u64).read_to_end(&mut blob).ok()?;
                postcard::from_bytes(&blob).ok()?
            }
        };
        (r.paths.len() == paths.len() && r.paths.iter().map(String::as_str).eq(paths)).then_some(r.extraction)
    }

    /// Whether the cache has a resolved section at all (worth keeping the extractions undecoded for).
    pub fn has_resolved(&self) -> bool {
        self.resolved.is_some()
    }

    /// Frees the cache file's bytes once every record needed has been decoded (the file is written anew from the
    /// documents, not from them).
    pub fn release_contents(&mut self) {
        self.release_records();
        self.resolved = None;
        self.handle = None;
    }

    /// Frees the records' bytes, keeping the way to the resolved section (which is then read from the file
    /// without the records beside it in memory). Records not decoded yet are gone: [`FolderCache::document`]
    /// and [`FolderCache::extraction`] answer `None` after this.
    pub fn release_records(&mut self) {
        self.bytes = Vec::new();
        self.records = HashMap::default();
    }

    /// Reads the records' bytes again after [`FolderCache::release_records`], when the resolved section turned
    /// out to be unusable and the documents' own extractions are needed after all.
    pub fn reload_records(&mut self) {
        if let Some((bytes, _)) = self.handle.as_mut().and_then(read_records) {
            self.bytes = bytes;
        }
    }

    /// Starts writing the cache anew with `docs`: each found file with what it was read as and its extraction,
    /// encoded (see [`encode_extraction`]). The resolved extraction is added by [`CacheWriter::finish`], which
    /// puts the file in place.
    pub fn save(&self, docs: &[(&FoundFile, &Document, &[u8])]) -> std::io::Result<CacheWriter> {
        /// Records encoded (in parallel) before they are written: enough to keep the cores busy, few enough
        /// that the encoded cache never sits in memory whole (it is about twice the text).
        const BATCH: usize = 1024;
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temp = self.file.with_extension("cache.tmp");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&temp)?);
        writeln!(out, "{MAGIC} {}", version())?;
        let mut paths = Vec::with_capacity(docs.len());
        for batch in docs.chunks(BATCH) {
            let encoded: Vec<Option<[Vec<u8>; 2]>> = batch
                .par_iter()
                .map(|(f, document, _)| {
                    let head = Head { relative: f.relative.clone(), size: f.size, modified: stamp(f.modified) };
                    Some([postcard::to_stdvec(&head).ok()?, postcard::to_stdvec(document).ok()?])
                })
                .collect();
            for ((f, _, extraction), blobs) in batch.iter().zip(encoded) {
                // A record that cannot be encoded is left out: that file is read again next time.
                let Some([head, document]) = blobs else { continue };
                for blob in [head.as_slice(), document.as_slice(), extraction] {
                    out.write_all(&(blob.len() as u32).to_le_bytes())?;
                    out.write_all(blob)?;
                }
                paths.push(f.relative.clone());
            }
        }
        Ok(CacheWriter { out, temp, file: self.file.clone(), paths })
    }
}

/// A cache file being written: the records are in, the resolved extraction is still to come.
pub struct CacheWriter {
    out: std::io::BufWriter<std::fs::File>,
    temp: PathBuf,
    file: PathBuf,
    /// The relative paths of the records written, in order.
    paths: Vec<String>,
}

impl CacheWriter {
    /// Adds the resolved extraction of the documents written (in the same order), and puts the cache in place.
    /// The extraction is encoded straight into the file (not into memory first: it can take half a gigabyte);
    /// flushing the file to disk and the rename happen on a background thread, so that the folder is ready
    /// without waiting for the disk (see [`wait_for_writes`]). Errors are printed, since a cache that cannot be
    /// written only means reading the files again next time.
    pub fn finish(mut self, extraction: &Extraction) {
        if let Err(e) = self.write_resolved(extraction) {
            eprintln!("dossier: cannot write the extraction cache: {e}");
            let _ = std::fs::remove_file(&self.temp);
            return;
        }
        let CacheWriter { out, temp, file, .. } = self;
        let write = move || -> std::io::Result<()> {
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

    /// Appends the resolved section: the marker, its length, and the encoded extraction. The length is only
    /// known once it is written, so a placeholder is written first and filled in after.
    fn write_resolved(&mut self, extraction: &Extraction) -> std::io::Result<()> {
        use std::io::{Seek, SeekFrom};
        let resolved = ResolvedRef { paths: self.paths.iter().map(String::as_str).collect(), extraction };
        self.out.write_all(&RESOLVED_MARKER.to_le_bytes())?;
        let length_at = self.out.stream_position()?;
        self.out.write_all(&0u64.to_le_bytes())?;
        postcard::to_io(&resolved, &mut self.out).map_err(std::io::Error::other)?;
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
    postcard::to_stdvec(extraction).ok()
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

/// Reads the records of a cache file: up to its resolved section when the trailer says where that is (its
/// position is returned too), else the whole file.
fn read_records(file: &mut std::fs::File) -> Option<(Vec<u8>, Option<u64>)> {
    use std::io::{Read, Seek, SeekFrom};
    let len = file.metadata().ok()?.len();
    let mut trailer = [0u8; TRAILER_LEN];
    let resolved_at = (len >= TRAILER_LEN as u64)
        .then(|| {
            file.seek(SeekFrom::Start(len - TRAILER_LEN as u64)).ok()?;
            file.read_exact(&mut trailer).ok()?;
            let (at, tag) = trailer.split_at(8);
            let at = u64::from_le_bytes(at.try_into().ok()?);
            (tag == TRAILER_TAG && at < len - TRAILER_LEN as u64).then_some(at)
        })
        .flatten();
    file.seek(SeekFrom::Start(0)).ok()?;
    let want = resolved_at.unwrap_or(len);
    // Sized up front: growing by doubling would briefly hold one and a half times the records.
    let mut bytes = Vec::new();
    bytes.try_reserve_exact(usize::try_from(want).ok()?).ok()?;
    file.take(want).read_to_end(&mut bytes).ok()?;
    Some((bytes, resolved_at))
}

/// The range of the resolved blob whose section starts at `at` in the file (its marker and length are read and
/// checked; the blob itself is read when asked for).
fn resolved_blob(file: Option<&mut std::fs::File>, at: u64) -> Option<Range<usize>> {
    use std::io::{Read, Seek, SeekFrom};
    let file = file?;
    let len = file.metadata().ok()?.len();
    let mut head = [0u8; 12];
    file.seek(SeekFrom::Start(at)).ok()?;
    file.read_exact(&mut head).ok()?;
    let (marker, blob_len) = head.split_at(4);
    if marker != RESOLVED_MARKER.to_le_bytes() {
        return None;
    }
    let start = at + 12;
    let end = start.checked_add(u64::from_le_bytes(blob_len.try_into().ok()?))?;
    (end + TRAILER_LEN as u64 == len).then_some(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
}

/// The length-prefixed blob at byte `at` of the file: its range, and where the next one starts. `None` at the
/// resolved section's marker or when the blob is cut short.
fn blob(bytes: &[u8], at: usize) -> Option<(Range<usize>, usize)> {
    let len = u32::from_le_bytes(*bytes.get(at..)?.first_chunk::<4>()?);
    if len == RESOLVED_MARKER {
        return None;
    }
    let start = at + 4;
    let end = start.checked_add(len as usize).filter(|&e| e <= bytes.len())?;
    Some((start..end, end))
}

/// The records of a cache file and where its resolved section is; none if its header is not this version's. A
/// damaged record ends the reading (the records before it are kept).
fn index(bytes: &[u8]) -> (HashMap<String, Entry>, Option<Range<usize>>) {
    let header = format!("{MAGIC} {}\n", version());
    if !bytes.starts_with(header.as_bytes()) {
        return (HashMap::default(), None);
    }
    let mut at = header.len();
    let mut records = Vec::new();
    while let Some((head, next)) = blob(bytes, at)
        && let Some((document, next)) = blob(bytes, next)
        && let Some((extraction, next)) = blob(bytes, next)
    {
        records.push((head, CachedDoc { document, extraction }));
        at = next;
    }
    let resolved = bytes
        .get(at..)
        .and_then(|rest| rest.strip_prefix(&RESOLVED_MARKER.to_le_bytes()))
        .and_then(|rest| rest.first_chunk::<8>())
        .and_then(|len| {
            let start = at + 12;
            let end = start.checked_add(usize::try_from(u64::from_le_bytes(*len)).ok()?)?;
            (end == bytes.len() || end + TRAILER_LEN == bytes.len()).then_some(start..end)
        });
    let records = records
        .into_par_iter()
        .filter_map(|(head, blobs)| {
            let h: Head = postcard::from_bytes(&bytes[head]).ok()?;
            Some((h.relative, Entry { size: h.size, modified: h.modified, blobs }))
        })
        .collect();
    (records, resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_or_foreign_bytes_give_an_empty_cache() {
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
