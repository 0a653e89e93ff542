//! The whole engine in one call: read a folder and extract it, in parallel, with progress and cancellation.
//! Both `dossier export` and the desktop app open folders through [`open`].

use rayon::prelude::*;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use crate::corpus::{self, Corpus, OpenError, ReadOptions, SkippedFile};
use crate::extract::{self, DocExtraction, Extraction};

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

/// Prints how long each phase of [`open`] took, when `DOSSIER_TIMINGS` is set (for the benchmarks).
struct PhaseTimer {
    on: bool,
    last: Instant,
}

impl PhaseTimer {
    fn new() -> Self {
        PhaseTimer { on: std::env::var_os("DOSSIER_TIMINGS").is_some(), last: Instant::now() }
    }
    fn done(&mut self, phase: &str) {
        if self.on {
            // Resident memory, where the system says (Linux): pages of 4 KiB in the second field of statm.
            let resident = std::fs::read_to_string("/proc/self/statm")
                .ok()
                .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
                .map_or(String::new(), |pages| format!(", {} MB resident", pages * 4096 / 1_000_000));
            eprintln!("dossier: {phase}: {:.2} s{resident}", self.last.elapsed().as_secs_f64());
        }
        self.last = Instant::now();
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
    // When every file comes from the cache, its resolved extraction may serve: the documents' own extractions
    // are then not even decoded.
    let has_resolved = cache.as_ref().is_some_and(|c| c.has_resolved());
    let may_skip_resolution = !stale && hits == walk.files.len() && has_resolved;
    timer.done("read the cache");
    progress.cached.store(hits, Ordering::Relaxed);
    let from_cache = cache.as_ref();
    let results: Vec<Option<Result<Loaded, SkippedFile>>> = work
        .into_par_iter()
        .map(|(file, cached)| {
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
                    let encoded = match may_skip_resolution {
                        true => None,
                        false => from_cache.and_then(|c| c.extraction_bytes(&blobs)),
                    };
                    Ok(Loaded { document, encoded, cached: Some(blobs) })
                }
                None => corpus::read_file(file, options).map(|document| {
                    let extraction = extract_safely(&document);
                    if let Some(mut preview) = progress.preview() {
                        preview.record(&document, Some(&extraction));
                    }
                    Loaded { encoded: encode(&extraction), document, cached: None }
                }),
            };
            progress.done.fetch_add(1, Ordering::Relaxed);
            progress.bytes.fetch_add(file.size, Ordering::Relaxed);
            Some(r)
        })
        .collect();
    timer.done("read and extract");
    if progress.is_cancelled() {
        return Err(OpenError::Cancelled);
    }
    let mut corpus =
        Corpus { root: root.to_path_buf(), skipped: walk.skipped, ignored: walk.ignored, ..Corpus::default() };
    let mut loaded = Vec::new();
    let mut found = Vec::new();
    for (file, r) in walk.files.iter().zip(results.into_iter().flatten()) {
        match r {
            Ok(l) => {
                corpus.push(l.document);
                loaded.push((l.encoded, l.cached));
                found.push(file);
            }
            Err(s) => corpus.skipped.push(s),
        }
    }
    corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    let fresh = loaded.iter().filter(|(_, cached)| cached.is_none()).count();
    if let Some(c) = cache.as_ref().filter(|_| may_skip_resolution && fresh == 0)
        && let Some(extraction) = c.resolved(found.iter().map(|f| f.relative.as_str()))
    {
        timer.done("decode the resolved extraction");
        return Ok(Dataset { corpus, extraction });
    }
    // Every document's own extraction, encoded: taken from the cache if not yet, else extracted again.
    let repaired = AtomicBool::new(false);
    let per_doc: Vec<Vec<u8>> = loaded
        .into_par_iter()
        .zip(&corpus.documents)
        .map(|((encoded, cached), document)| {
            let from_file = || cached.and_then(|c| from_cache?.extraction_bytes(&c));
            encoded.or_else(from_file).unwrap_or_else(|| {
                repaired.store(true, Ordering::Relaxed);
                encode(&extract_safely(document)).unwrap_or_default()
            })
        })
        .collect();
    // The cache file is not read any more (it is written anew from the documents).
    if let Some(c) = &mut cache {
        c.release_contents();
    }
    // Rewritten when a document was read anew, an entry is out of date, or something in it is missing or could
    // not be used (files that cannot be read are not cached, so they alone do not rewrite it).
    let changed = stale || fresh > 0 || repaired.into_inner() || may_skip_resolution || !has_resolved;
    // The records are written while the documents are resolved: both only read the per-document results.
    let write_records = || {
        let cache = cache.as_ref().filter(|_| changed)?;
        let docs: Vec<_> =
            found.iter().zip(&corpus.documents).zip(&per_doc).map(|((f, d), e)| (*f, d, e.as_slice())).collect();
        Some(cache.save(&docs))
    };
    // Decoded a chunk at a time: the documents' entities are never all in memory at once. (Bytes that do not
    // decode cannot happen — they were just encoded or checked — but would only mean extracting again.)
    progress.merging.store(true, Ordering::Relaxed);
    let resolve = || {
        extract::resolve_streamed(per_doc.len(), |i| {
            crate::cache::decode_extraction(&per_doc[i]).unwrap_or_else(|| extract_safely(&corpus.documents[i]))
        })
    };
    let (writer, extraction) = rayon::join(write_records, resolve);
    timer.done("resolve and write the documents to the cache");
    // A cache that cannot be written only means reading the files again next time.
    match writer {
        Some(Ok(writer)) => writer.finish(&extraction),
        Some(Err(e)) => eprintln!("dossier: cannot write the extraction cache: {e}"),
        None => {}
    }
    timer.done("write the resolved extraction to the cache");
    drop(per_doc);
    Ok(Dataset { corpus, extraction })
}

/// A document read from its file or taken from the cache, with its extraction when it is at hand.
struct Loaded {
    document: corpus::Document,
    /// The extraction, encoded (see [`encode`]).
    encoded: Option<Vec<u8>>,
    /// Where it is in the cache, when it came from there.
    cached: Option<crate::cache::CachedDoc>,
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
    let per_doc: Vec<DocExtraction> = corpus.documents.par_iter().map(extract::extract_document).collect();
    let extraction = extract::resolve_documents(&per_doc);
    Dataset { corpus, extraction }
}
