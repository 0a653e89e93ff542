//! Background work: loading a folder on a thread, and the native folder dialog on another.
//!
//! The UI thread never waits: it polls [`LoadJob::poll`] and [`FolderPicker::poll`] once per frame and keeps
//! repainting while something is pending. The previous folder stays on screen until a new one has loaded.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::task::{Context, Poll, Wake};

use super::state::Loaded;
use crate::analysis::DatasetIndex;
use crate::corpus::{OpenError, ReadOptions};
use crate::pipeline::{self, Dataset, Progress};
use crate::workspace::{Rule, RuleReport, Workspace};

/// Why a load produced nothing to show.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The user cancelled.
    Cancelled,
    /// The folder could not be opened; the message is for the user.
    Failed(String),
    /// A workspace opened, but its document folder is not where it says (nor beside the workspace file).
    FolderMissing {
        /// The workspace file.
        path: PathBuf,
        /// What it holds.
        workspace: Box<Workspace>,
    },
}

/// What to load.
#[derive(Clone, Debug)]
pub enum LoadSource {
    /// A folder, with entity edits to apply.
    Folder {
        /// The folder.
        folder: PathBuf,
        /// Edits to apply after extraction.
        rules: Vec<Rule>,
    },
    /// A workspace file: read it, find its folder, load that with the workspace's edits.
    Workspace(PathBuf),
    /// The folder on screen again, with a different list of edits (after an edit, undo or redo); nothing is
    /// re-read from disk.
    Edited {
        /// The folder on screen.
        loaded: Box<Loaded>,
        /// The edits that should now be in effect.
        rules: Vec<Rule>,
    },
}

/// A load that finished.
pub struct LoadOutcome {
    /// The folder, ready to show.
    pub loaded: Loaded,
    /// The workspace file it came from, when the source was one.
    pub workspace: Option<(PathBuf, Workspace)>,
    /// Whether this only re-applied edits to the folder already on screen.
    pub edited: bool,
}

/// A folder being loaded (or edits being applied) on a background thread.
pub struct LoadJob {
    /// The folder (or, until it has been read, the workspace file).
    pub folder: PathBuf,
    /// Whether the job only applies edits (the status bar says so instead of showing file progress).
    pub applying_edits: bool,
    /// Counters the thread updates; read them to show progress.
    pub progress: Arc<Progress>,
    result: Receiver<Result<LoadOutcome, LoadError>>,
}

impl LoadJob {
    /// Starts loading `source` on a new thread. `generation` tags the result.
    pub fn start(source: LoadSource, options: ReadOptions, generation: u64) -> Self {
        let progress = Arc::new(Progress::with_preview());
        let (tx, rx) = mpsc::channel();
        let thread_progress = Arc::clone(&progress);
        let folder = match &source {
            LoadSource::Folder { folder, .. } => folder.clone(),
            LoadSource::Workspace(path) => path.clone(),
            LoadSource::Edited { loaded, .. } => loaded.folder.clone(),
        };
        let applying_edits = matches!(source, LoadSource::Edited { .. });
        let spawned = std::thread::Builder::new().name("dossier-loader".into()).spawn(move || {
            let work = std::panic::AssertUnwindSafe(|| load(source, &options, &thread_progress, generation));
            let result = std::panic::catch_unwind(work).unwrap_or_else(|_| {
                Err(LoadError::Failed("Dossier hit an internal error while reading this folder.".into()))
            });
            // The receiver is gone when the job was cancelled or replaced: nothing to do then.
            let _ = tx.send(result);
        });
        if let Err(e) = spawned {
            let (tx, rx2) = mpsc::channel();
            let _ = tx.send(Err(LoadError::Failed(format!("Cannot start loading: {e}"))));
            return LoadJob { folder, applying_edits, progress, result: rx2 };
        }
        LoadJob { folder, applying_edits, progress, result: rx }
    }

    /// The result, once the thread is done.
    pub fn poll(&self) -> Option<Result<LoadOutcome, LoadError>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(LoadError::Failed("Loading stopped unexpectedly.".into()))),
        }
    }

    /// Asks the thread to stop; it drops its work soon after.
    pub fn cancel(&self) {
        self.progress.cancel();
    }
}

impl Drop for LoadJob {
    fn drop(&mut self) {
        // A job that is dropped unfinished (replaced or cancelled) must not keep the CPU busy.
        self.progress.cancel();
    }
}

fn load(
    source: LoadSource,
    options: &ReadOptions,
    progress: &Progress,
    generation: u64,
) -> Result<LoadOutcome, LoadError> {
    match source {
        LoadSource::Folder { folder, rules } => {
            let base = Arc::new(read_folder(&folder, options, progress)?);
            Ok(LoadOutcome { loaded: with_rules(folder, base, rules, generation), workspace: None, edited: false })
        }
        LoadSource::Workspace(path) => {
            let workspace = crate::workspace::load(&path)
                .map_err(|e| LoadError::Failed(format!("The workspace {} cannot be opened: {e}", path.display())))?;
            let Some(folder) = crate::workspace::file::locate_folder(&workspace, &path) else {
                return Err(LoadError::FolderMissing { path, workspace: Box::new(workspace) });
            };
            let base = Arc::new(read_folder(&folder, options, progress)?);
            let loaded = with_rules(folder, base, workspace.rules.clone(), generation);
            Ok(LoadOutcome { loaded, workspace: Some((path, workspace)), edited: false })
        }
        LoadSource::Edited { loaded, rules } => {
            let loaded = with_rules(loaded.folder, loaded.base, rules, generation);
            Ok(LoadOutcome { loaded, workspace: None, edited: true })
        }
    }
}

fn read_folder(folder: &Path, options: &ReadOptions, progress: &Progress) -> Result<Dataset, LoadError> {
    let data = pipeline::open(folder, options, progress).map_err(|e| match e {
        OpenError::Cancelled => LoadError::Cancelled,
        OpenError::NotFound(p) => LoadError::Failed(format!(
            "The folder {} does not exist (any more). Choose another with Open folder…",
            p.display()
        )),
        OpenError::Unreadable(p, why) => LoadError::Failed(format!("Dossier cannot read {}: {why}", p.display())),
    })?;
    if progress.is_cancelled() {
        return Err(LoadError::Cancelled);
    }
    Ok(data)
}

/// The folder with `rules` applied to a copy of what the engine extracted, and indexed.
fn with_rules(folder: PathBuf, base: Arc<Dataset>, rules: Vec<Rule>, generation: u64) -> Loaded {
    let (data, report) = if rules.is_empty() {
        (Arc::clone(&base), RuleReport::default())
    } else {
        let mut data = (*base).clone();
        let report = crate::workspace::apply_rules(&mut data, &rules);
        (Arc::new(data), report)
    };
    let mut timer = crate::timings::PhaseTimer::new();
    // The word index for text search follows on its own thread: the tables need not wait for it.
    let index = DatasetIndex::build_in_background(&data);
    timer.done("index the folder for the window");
    Loaded { folder, data, base, rules, report, index: Arc::new(index), generation }
}

/// The native "choose a folder" dialog, run off the UI thread.
#[derive(Default)]
pub struct FolderPicker {
    pending: Option<Receiver<Option<PathBuf>>>,
}

impl FolderPicker {
    /// Opens the dialog unless one is already open.
    pub fn open(&mut self, start_in: Option<PathBuf>) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("dossier-folder-dialog".into()).spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new().set_title("Open a folder of documents");
            if let Some(dir) = start_in {
                dialog = dialog.set_directory(dir);
            }
            let picked = block_on(dialog.pick_folder()).map(|h| h.path().to_path_buf());
            let _ = tx.send(picked);
        });
        if spawned.is_ok() {
            self.pending = Some(rx);
        }
    }

    /// Whether the dialog is open.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// The folder picked, once the dialog has closed with a choice.
    pub fn poll(&mut self) -> Option<PathBuf> {
        let rx = self.pending.as_ref()?;
        match rx.try_recv() {
            Ok(picked) => {
                self.pending = None;
                picked
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }
}

/// Runs a future to completion on the current thread (the dialog thread), parking between polls.
pub(crate) fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            Poll::Pending => std::thread::park(),
        }
    }
}
