//! The whole engine in one call: read a folder and extract it, in parallel, with progress and cancellation.
//! Both `dossier export` and the desktop app open folders through [`open`].

use rayon::prelude::*;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use crate::corpus::{self, Corpus, OpenError, ReadOptions, SkippedFile};
use crate::extract::{self, DocExtraction, Extraction};

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
    started: Instant,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            cancel: AtomicBool::new(false),
            cached: AtomicUsize::new(0),
            started: Instant::now(),
        }
    }
}

impl Progress {
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

/// Reads and extracts the folder (or single file) at `root`.
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
    timer.done("read the cache");
    progress.cached.store(hits, Ordering::Relaxed);
    let results: Vec<Option<Result<(corpus::Document, DocExtraction), SkippedFile>>> = work
        .into_par_iter()
        .map(|(file, cached)| {
            if progress.is_cancelled() {
                return None;
            }
            let r = match cached {
                Some(hit) => Ok(hit),
                None => corpus::read_file(file, options).map(|doc| {
                    let ex = std::panic::catch_unwind(|| extract::extract_document(&doc)).unwrap_or_default();
                    (doc, ex)
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
    let mut per_doc = Vec::new();
    let mut found = Vec::new();
    for (file, r) in walk.files.iter().zip(results.into_iter().flatten()) {
        match r {
            Ok((doc, ex)) => {
                corpus.push(doc);
                per_doc.push(ex);
                found.push(file);
            }
            Err(s) => corpus.skipped.push(s),
        }
    }
    // Rewritten when a document was read anew or an entry is out of date (files that cannot be read are not
    // cached, so they alone do not rewrite it).
    let changed = stale || corpus.documents.len() > hits;
    // The cache is written while the documents are resolved: both only read the per-document results.
    let write_cache = || {
        if let Some(cache) = &cache
            && changed
        {
            let docs: Vec<_> =
                found.iter().zip(&corpus.documents).zip(&per_doc).map(|((f, d), e)| (*f, d, e)).collect();
            // A cache that cannot be written only means reading the files again next time.
            if let Err(e) = cache.save(&docs) {
                eprintln!("dossier: cannot write the extraction cache: {e}");
            }
        }
    };
    let ((), extraction) = rayon::join(write_cache, || extract::resolve_documents(&per_doc));
    timer.done("resolve and write the cache");
    drop(per_doc);
    corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Dataset { corpus, extraction })
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
