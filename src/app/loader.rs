//! Background work: loading a folder on a thread, and the native folder dialog on another.
//!
//! The UI thread never waits: it polls [`LoadJob::poll`] and [`FolderPicker::poll`] once per frame and keeps
//! repainting while something is pending. The previous folder stays on screen until a new one has loaded.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::task::{Context, Poll, Wake};

use super::state::Loaded;
use crate::analysis::DatasetIndex;
use crate::corpus::{OpenError, ReadOptions};
use crate::pipeline::{self, Progress};

/// Why a load produced nothing to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The user cancelled.
    Cancelled,
    /// The folder could not be opened; the message is for the user.
    Failed(String),
}

/// A folder being loaded on a background thread.
pub struct LoadJob {
    /// The folder.
    pub folder: PathBuf,
    /// Counters the thread updates; read them to show progress.
    pub progress: Arc<Progress>,
    result: Receiver<Result<Loaded, LoadError>>,
}

impl LoadJob {
    /// Starts loading `folder` on a new thread. `generation` tags the result.
    pub fn start(folder: PathBuf, generation: u64) -> Self {
        let progress = Arc::new(Progress::default());
        let (tx, rx) = mpsc::channel();
        let thread_progress = Arc::clone(&progress);
        let thread_folder = folder.clone();
        let spawned = std::thread::Builder::new().name("dossier-loader".into()).spawn(move || {
            let work = std::panic::AssertUnwindSafe(|| load(thread_folder, &thread_progress, generation));
            let result = std::panic::catch_unwind(work).unwrap_or_else(|_| {
                Err(LoadError::Failed("Dossier hit an internal error while reading this folder.".into()))
            });
            // The receiver is gone when the job was cancelled or replaced: nothing to do then.
            let _ = tx.send(result);
        });
        if let Err(e) = spawned {
            let (tx, rx2) = mpsc::channel();
            let _ = tx.send(Err(LoadError::Failed(format!("Cannot start loading: {e}"))));
            return LoadJob { folder, progress, result: rx2 };
        }
        LoadJob { folder, progress, result: rx }
    }

    /// The result, once the thread is done.
    pub fn poll(&self) -> Option<Result<Loaded, LoadError>> {
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

fn load(folder: PathBuf, progress: &Progress, generation: u64) -> Result<Loaded, LoadError> {
    let data = pipeline::open(&folder, &ReadOptions::default(), progress).map_err(|e| match e {
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
    let index = DatasetIndex::build(&data);
    Ok(Loaded { folder, data: Arc::new(data), index: Arc::new(index), generation })
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
pub(super) fn block_on<F: Future>(future: F) -> F::Output {
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
