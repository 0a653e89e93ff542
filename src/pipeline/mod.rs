//! The whole engine in one call: read a folder and extract it, in parallel, with progress and cancellation.
//! Both `dossier export` and the desktop app open folders through [`open`].

use rayon::prelude::*;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use crate::cache::{CacheWriter, CachedDoc, EncodedRecord, FolderCache};
use crate::corpus::{self, Corpus, OpenError, ReadOptions, SkippedFile};
use crate::extract::{self, DocExtraction, Extraction};
use crate::timings::PhaseTimer;

mod preview;

pub use preview::{LoadPreview, PreviewDocument, PreviewName};

/// A folder, read and extracted.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// The documents.
    pub corpus: Corpus,
    /// What was found in them.
    pub extraction: Extraction,
}

/// Progress of an [`open`] call, shared with the thread that shows it. All counters are monotonic.
#[derive(Debug)]
pub struct Progress {
    /// Files found (0 until the folder has been listed).
    pub total: AtomicUsize,
    /// Files processed so far.
    pub done: AtomicUsize,
    /// Bytes of files processed so far.
    pub bytes: AtomicU64,
    /// Set to stop as soon as possible.
    pub cancel: AtomicBool,
    /// Files taken unchanged from the extraction cache (known once the folder is listed; counted in `done` too).
    pub cached: AtomicUsize,
    /// Set once every file is read, while the documents' names are merged across the folder (the last step).
    pub merging: AtomicBool,
    started: Instant,
    /// Partial results, when asked for (see [`Progress::with_preview`]).
    preview: Option<std::sync::Mutex<LoadPreview>>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            cancel: AtomicBool::new(false),
            cached: AtomicUsize::new(0),
            merging: AtomicBool::new(false),
            started: Instant::now(),
            preview: None,
        }
    }
}

impl Progress {
    /// Progress that also keeps partial results (the documents read so far and the names they mention), for a
    /// window to show while a large folder loads.
    pub fn with_preview() -> Self {
        Progress { preview: Some(Default::default()), ..Progress::default() }
    }
    /// The partial results so far, when this progress keeps them. Hold the guard briefly: the loading threads
    /// wait for it.
    pub fn preview(&self) -> Option<std::sync::MutexGuard<'_, LoadPreview>> {
        Some(self.preview.as_ref()?.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }
    /// Asks the loader to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
    /// Whether cancellation was requested.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
    /// `(done, total)` files.
    pub fn counts(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }
    /// Fraction done, 0.0–1.0.
    pub fn fraction(&self) -> f32 {
        let (d, t) = self.counts();
        if t == 0 { 0.0 } else { d as f32 / t as f32 }
    }
    /// Seconds since loading started.
    pub fn elapsed(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }
    /// Files per second so far.
    pub fn rate(&self) -> f64 {
        let e = self.elapsed();
        if e > 0.0 { self.counts().0 as f64 / e } else { 0.0 }
    }
    /// Estimated seconds left, once enough files have been done to say.
    pub fn eta(&self) -> Option<f64> {
        let (d, t) = self.counts();
        let rate = self.rate();
        (d >= 8 && rate > 0.0 && t >= d).then(|| (t - d) as f64 / rate)
    }
}

/// Reads and extracts the folder (or single file) at `root`. With a cache directory in `options`, the cache file
/// is finished on a background thread: a program about to exit calls [`crate::cache::wait_for_writes`] to keep it.
pub fn open(root: &Path, options: &ReadOptions, progress: &Progress) -> Result<Dataset, OpenError> {
    let mut timer = PhaseTimer::new();
    let walk = corpus::list_files(root)?;
    timer.done("list files");
    progress.total.store(walk.files.len(), Ordering::Relaxed);
    let mut cache = options.cache_dir.as_deref().map(|dir| crate::cache::FolderCache::load(dir, root));
    // Unchanged files come from the cache; the others are read and extracted.
    let work: Vec<_> = walk.files.iter().map(|f| (f, cache.as_mut().and_then(|c| c.take(f)))).collect();
    // Entries left over are files that changed or went away: the cache needs rewriting.
    let stale = cache.as_ref().is_some_and(|c| !c.is_empty());
    let hits = work.iter().filter(|(_, cached)| cached.is_some()).count();
    // When no cached file changed or went away, the cache's resolved extraction may serve (if no file is new
    // either): the documents' own extractions are then not even read.
    let may_skip_resolution = !stale && cache.as_ref().is_some_and(|c| c.has_resolved());
    timer.done("read the cache");
    progress.cached.store(hits, Ordering::Relaxed);
    let from_cache = cache.as_ref();
    // Otherwise the cache is written anew while the files are read: each document's extraction goes to the file
    // at once instead of waiting in memory for resolution, which reads it back from there.
    let writer = match may_skip_resolution {
        true => None,
        false => from_cache.and_then(start_writing),
    };
    let writer = std::sync::Mutex::new(writer);
    // Unless the cache's resolved extraction may serve, the folder will be resolved: each document's entities are
    // gathered on the loading threads as soon as it is extracted, rather than read back for a pass of their own.
    let absorber = (!may_skip_resolution).then(extract::resolve::Absorber::default);
    let results: Vec<Option<Result<Loaded, SkippedFile>>> = work
        .into_par_iter()
        .enumerate()
        .map(|(index, (file, cached))| {
            if progress.is_cancelled() {
                return None;
            }
            // A record whose document cannot be decoded is read again from the file.
            let hit = cached.and_then(|c| Some((from_cache?.document(&c)?, c)));
            let r = match hit {
                Some((document, blobs)) => {
                    if let Some(mut preview) = progress.preview() {
                        preview.record(&document, None);
                    }
                    let (waiting, absorbed) = match &absorber {
                        None => (Waiting::Cached(blobs), None),
                        Some(absorber) => {
                            let bytes = from_cache.and_then(|c| c.extraction_bytes(&blobs));
                            let (bytes, extraction) = decoded_or_extracted(bytes, &document, extract::Part::Whole);
                            (
                                bytes.map_or(Waiting::Missing, Waiting::Encoded),
                                Some(absorber.absorb(index, &extraction)),
                            )
                        }
                    };
                    let waiting = write_through(&writer, from_cache, file, &document, waiting);
                    Ok(Loaded { document, waiting, absorbed })
                }
                None => corpus::read_file(file, options).map(|document| {
                    let extraction = extract_safely(&document);
                    if let Some(mut preview) = progress.preview() {
                        preview.record(&document, Some(&extraction));
                    }
                    let absorbed = absorber.as_ref().map(|a| a.absorb(index, &extraction));
                    let waiting = encode(&extraction).map_or(Waiting::Missing, Waiting::Encoded);
                    Loaded { waiting: write_through(&writer, from_cache, file, &document, waiting), document, absorbed }
                }),
            };
            progress.done.fetch_add(1, Ordering::Relaxed);
            progress.bytes.fetch_add(file.size, Ordering::Relaxed);
            Some(r)
        })
        .collect();
    timer.done("read and extract");
    let mut writer = writer.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    if progress.is_cancelled() {
        if let Some(w) = writer {
            w.abandon();
        }
        return Err(OpenError::Cancelled);
    }
    // The records are written: the disk can take them while the folder is resolved.
    if let Some(w) = writer.as_mut() {
        w.start_sync();
    }
    let mut corpus =
        Corpus { root: root.to_path_buf(), skipped: walk.skipped, ignored: walk.ignored, ..Corpus::default() };
    let mut loaded = Vec::new();
    let mut found = Vec::new();
    let mut absorbed = Vec::new();
    for (file, r) in walk.files.iter().zip(results.into_iter().flatten()) {
        match r {
            Ok(l) => {
                corpus.push(l.document);
                loaded.push(l.waiting);
                found.push(file);
                absorbed.extend(l.absorbed);
            }
            Err(s) => corpus.skipped.push(s),
        }
    }
    corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    let fresh = loaded.iter().any(|w| !matches!(w, Waiting::Cached(_)));
    if let Some(c) = from_cache.filter(|_| may_skip_resolution && !fresh)
        && let Some(extraction) = c.resolved(found.iter().map(|f| f.relative.as_str()))
    {
        timer.done("decode the resolved extraction");
        return Ok(Dataset { corpus, extraction });
    }
    // The resolved extraction could not serve: the cache is written anew (if it is not already).
    if writer.is_none() {
        writer = from_cache.and_then(start_writing);
    }
    progress.merging.store(true, Ordering::Relaxed);
    // (Every document read was absorbed, when the absorber was at work.)
    let gathered = absorber.map(|a| (a, absorbed)).filter(|(_, list)| list.len() == corpus.documents.len());
    let (extraction, written) = resolve(&corpus.documents, &found, loaded, gathered, from_cache, writer.as_mut());
    timer.done("resolve and write the documents to the cache");
    match (writer, written) {
        (Some(writer), true) => writer.finish(&extraction, found.iter().map(|f| f.relative.as_str()).collect()),
        (Some(writer), false) => writer.abandon(),
        (None, _) => {}
    }
    timer.done("write the resolved extraction to the cache");
    Ok(Dataset { corpus, extraction })
}

/// Starts writing the cache file anew; `None` (after saying why) if it cannot be.
fn start_writing(cache: &FolderCache) -> Option<CacheWriter> {
    cache.start_writing().map_err(|e| eprintln!("dossier: cannot write the extraction cache: {e}")).ok()
}

/// Where a document's extraction waits for resolution.
enum Waiting {
    /// In memory, encoded (see [`encode`]).
    Encoded(Vec<u8>),
    /// In the cache file read, unchanged.
    Cached(CachedDoc),
    /// In the cache file being written, at this range.
    Written(std::ops::Range<usize>),
    /// Nowhere (it could not be encoded): the document is extracted again.
    Missing,
}

/// Writes the record of `document` (read from `file`) to the new cache file, if one is being written, and says
/// where its extraction then waits. An error gives the file up: what it held is extracted again.
fn write_through(
    writer: &std::sync::Mutex<Option<CacheWriter>>,
    from_cache: Option<&FolderCache>,
    file: &corpus::FoundFile,
    document: &corpus::Document,
    waiting: Waiting,
) -> Waiting {
    let lock = || writer.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if lock().is_none() {
        return waiting;
    }
    let stored;
    let bytes = match &waiting {
        Waiting::Encoded(bytes) => bytes,
        Waiting::Cached(blobs) => match from_cache.and_then(|c| c.extraction_bytes(blobs)) {
            Some(bytes) => {
                stored = bytes;
                &stored
            }
            None => return waiting,
        },
        Waiting::Written(_) | Waiting::Missing => return waiting,
    };
    let Some(record) = EncodedRecord::new(file, document) else { return waiting };
    let mut writer = lock();
    let Some(w) = writer.as_mut() else { return waiting };
    match w.record(&record, bytes) {
        Ok(range) => Waiting::Written(range),
        Err(e) => {
            eprintln!("dossier: cannot write the extraction cache: {e}");
            if let Some(w) = writer.take() {
                w.abandon();
            }
            waiting
        }
    }
}

/// Resolves the documents' extractions into the corpus extraction, a chunk at a time (see
/// [`extract::resolve_streamed`]; `gathered`, the entities gathered while loading, if they were), adding to
/// `writer` the records it does not have yet. Says too whether they could all be written.
fn resolve(
    documents: &[corpus::Document],
    found: &[&corpus::FoundFile],
    mut loaded: Vec<Waiting>,
    gathered: Option<(extract::resolve::Absorber, Vec<extract::resolve::Absorbed>)>,
    from_cache: Option<&FolderCache>,
    mut writer: Option<&mut CacheWriter>,
) -> (Extraction, bool) {
    // What was written already is read back from the new file (if that fails, it is extracted again, and the
    // file given up).
    let mut all_written = true;
    let mut written = writer.as_mut().and_then(|w| w.written().map_err(|_| all_written = false).ok());
    let mut second_pass = false;
    let fetch = |range: std::ops::Range<usize>, part: extract::Part| {
        let whole = part == extract::Part::Whole;
        if !whole && !second_pass {
            // The records added during the first pass are read back in the second.
            second_pass = true;
            written = writer.as_mut().and_then(|w| w.written().map_err(|_| all_written = false).ok());
        }
        let decoded: Vec<(Option<Vec<u8>>, DocExtraction)> = loaded[range.clone()]
            .par_iter_mut()
            .zip(&documents[range.clone()])
            .map(|(waiting, document)| {
                let bytes = match waiting {
                    Waiting::Encoded(bytes) => Some(std::mem::take(bytes)),
                    Waiting::Cached(blobs) => from_cache.and_then(|c| c.extraction_bytes(blobs)),
                    Waiting::Written(at) => written.as_ref().and_then(|w| w.extraction_bytes(at.clone())),
                    Waiting::Missing => None,
                };
                let (bytes, extraction) = decoded_or_extracted(bytes, document, part);
                // Bytes not in the new file yet are written now (first pass), or else kept for the second pass
                // (those of the old file are read from it again).
                match bytes {
                    Some(bytes) if whole && !matches!(waiting, Waiting::Written(_)) => {
                        if all_written && writer.is_some() {
                            (Some(bytes), extraction)
                        } else {
                            if !matches!(waiting, Waiting::Cached(_)) {
                                *waiting = Waiting::Encoded(bytes);
                            }
                            (None, extraction)
                        }
                    }
                    _ => (None, extraction),
                }
            })
            .collect();
        if let Some(w) = writer.as_deref_mut().filter(|_| whole && all_written) {
            let unwritten: Vec<usize> = (0..decoded.len()).filter(|&k| decoded[k].0.is_some()).collect();
            let records: Vec<_> = unwritten
                .iter()
                .filter_map(|&k| Some((found[range.start + k], &documents[range.start + k], decoded[k].0.as_deref()?)))
                .collect();
            // A cache that cannot be written only means reading the files again next time.
            match w.add(&records) {
                Ok(at) => {
                    for (&k, at) in unwritten.iter().zip(at) {
                        loaded[range.start + k] = match at {
                            Some(at) => Waiting::Written(at),
                            None => decoded[k].0.clone().map_or(Waiting::Missing, Waiting::Encoded),
                        };
                    }
                }
                Err(e) => {
                    eprintln!("dossier: cannot write the extraction cache: {e}");
                    all_written = false;
                    for &k in &unwritten {
                        loaded[range.start + k] = decoded[k].0.clone().map_or(Waiting::Missing, Waiting::Encoded);
                    }
                }
            }
        }
        decoded.into_iter().map(|(_, extraction)| extraction).collect()
    };
    let extraction = extract::resolve_streamed(documents.len(), gathered, fetch);
    (extraction, all_written)
}

/// A document read from its file or taken from the cache, and where its extraction waits.
struct Loaded {
    document: corpus::Document,
    waiting: Waiting,
    /// What resolution keeps of it, when its entities were gathered as it was loaded.
    absorbed: Option<extract::resolve::Absorbed>,
}

/// The `part` of the extraction encoded in `bytes`, with the bytes; bytes that are missing or do not decode (a
/// damaged cache record) only mean extracting `document` again, and encoding that.
fn decoded_or_extracted(
    bytes: Option<Vec<u8>>,
    document: &corpus::Document,
    part: extract::Part,
) -> (Option<Vec<u8>>, DocExtraction) {
    let decode = |b: &[u8]| match part {
        extract::Part::Whole => crate::cache::decode_extraction(b),
        extract::Part::WithoutEntities => DocExtraction::decode_without_entities(b),
    };
    match bytes.and_then(|b| Some((decode(&b)?, b))) {
        Some((extraction, bytes)) => (Some(bytes), extraction),
        None => {
            let extraction = extract_safely(document);
            (encode(&extraction), extraction)
        }
    }
}

/// A document's extraction in the compact form it waits in until the folder is resolved (a quarter of the memory
/// of the extraction itself: at 100,000 documents, 0.5 GB instead of 2 GB). `None` only if it cannot be encoded,
/// which then costs extracting the document again.
fn encode(extraction: &DocExtraction) -> Option<Vec<u8>> {
    let mut bytes = crate::cache::encode_extraction(extraction)?;
    bytes.shrink_to_fit();
    Some(bytes)
}

/// Extracts one document; an extractor panic (a bug) loses that document's entities, not the folder.
fn extract_safely(document: &corpus::Document) -> DocExtraction {
    std::panic::catch_unwind(|| extract::extract_document(document)).unwrap_or_default()
}

/// Extracts documents given as `(path, text)` pairs, without touching the disk (for tests, examples, and
/// callers that already hold the text).
pub fn from_texts<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Dataset {
    let mut corpus = Corpus::default();
    for (path, text) in texts {
        corpus.push(corpus::Document::from_text(
            corpus::DocId(0),
            path.to_string(),
            corpus::Format::Text,
            text.len() as u64,
            text.to_string(),
            Default::default(),
        ));
    }
    let per_doc: Vec<DocExtraction> = corpus.documents.par_iter().map(extract::extract_document_to_keep).collect();
    let extraction = extract::resolve_documents(&per_doc);
    Dataset { corpus, extraction }
}
