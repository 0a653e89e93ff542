//! Saving a file the user names: the native save dialog and the writing both run on a background thread, so the
//! UI never waits (a big export is produced only once the user has chosen where it goes).
//!
//! [`SaveJob::start`] asks for the file; [`SaveJob::write_to`] writes to a file already known (the seam tests use,
//! and what a caller that picked the path itself uses). Both end in [`write_produced`].

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::Message;

/// How a save ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written to this file.
    Saved(PathBuf),
    /// The user closed the dialog without choosing a file.
    Cancelled,
    /// Nothing (or not everything) was written; the message is for the user.
    Failed(String),
}

impl SaveOutcome {
    /// What the message bar says about it (nothing for a cancelled dialog).
    pub fn into_message(self) -> Option<Message> {
        match self {
            SaveOutcome::Saved(path) => Some(Message { text: format!("Saved {}.", path.display()), error: false }),
            SaveOutcome::Cancelled => None,
            SaveOutcome::Failed(text) => Some(Message { text, error: true }),
        }
    }
}

/// What to ask the dialog for.
#[derive(Clone, Debug)]
pub struct SaveRequest {
    /// The dialog's title.
    pub title: String,
    /// The proposed file name.
    pub file_name: String,
    /// The folder the dialog opens in.
    pub directory: Option<PathBuf>,
    /// The file type's name and extensions, e.g. `("CSV", ["csv"])`.
    pub filter: (String, Vec<String>),
}

/// Produces a file's bytes on the background thread; an error is a message for the user.
pub type Content = Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send + 'static>;

/// A save dialog (then the write) in progress.
pub struct SaveJob {
    result: Receiver<SaveOutcome>,
}

impl SaveJob {
    /// Opens the save dialog on a new thread; once a file is chosen, `content` produces the bytes there and they
    /// are written. A thread that cannot start is reported as a failed save.
    pub fn start(request: SaveRequest, content: Content) -> SaveJob {
        SaveJob::spawn("dossier-save-dialog", move || {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(&request.title)
                .set_file_name(&request.file_name)
                .add_filter(&request.filter.0, &request.filter.1);
            if let Some(dir) = &request.directory {
                dialog = dialog.set_directory(dir);
            }
            match super::loader::block_on(dialog.save_file()) {
                None => SaveOutcome::Cancelled,
                Some(handle) => write_produced(handle.path(), content),
            }
        })
    }

    /// Produces `content` and writes it to `path` on a new thread, without a dialog.
    pub fn write_to(path: PathBuf, content: Content) -> SaveJob {
        SaveJob::spawn("dossier-save", move || write_produced(&path, content))
    }

    fn spawn(name: &str, work: impl FnOnce() -> SaveOutcome + Send + 'static) -> SaveJob {
        let (tx, rx) = mpsc::channel();
        let failed = tx.clone();
        let spawned = std::thread::Builder::new().name(name.into()).spawn(move || {
            // The receiver is gone when the app closed meanwhile: nothing to report then.
            let _ = tx.send(work());
        });
        if let Err(e) = spawned {
            let _ = failed.send(SaveOutcome::Failed(format!("Cannot start saving: {e}")));
        }
        SaveJob { result: rx }
    }

    /// How it ended, once it has.
    pub fn poll(&self) -> Option<SaveOutcome> {
        match self.result.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(SaveOutcome::Failed("Saving stopped unexpectedly.".into())),
        }
    }
}

/// Produces the content and writes it to `path` (what the background thread does once it knows the file). A
/// failure or a panic while producing is reported, not propagated, and leaves the file untouched.
pub fn write_produced(path: &Path, content: impl FnOnce() -> Result<Vec<u8>, String>) -> SaveOutcome {
    let bytes = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(content)) {
        Ok(Ok(b)) => b,
        Ok(Err(why)) => return SaveOutcome::Failed(why),
        Err(_) => return SaveOutcome::Failed("Dossier hit an internal error while preparing the file.".into()),
    };
    match std::fs::write(path, bytes) {
        Ok(()) => SaveOutcome::Saved(path.to_path_buf()),
        Err(e) => SaveOutcome::Failed(format!("Could not write {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_is_produced_and_reports_failures() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        assert_eq!(write_produced(&path, || Ok(b"a,b\r\n".to_vec())), SaveOutcome::Saved(path.clone()));
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\r\n");
        let missing = dir.path().join("no-such-folder").join("out.csv");
        match write_produced(&missing, || Ok(Vec::new())) {
            SaveOutcome::Failed(m) => assert!(m.contains("Could not write"), "{m}"),
            other => panic!("{other:?}"),
        }
        let refused = dir.path().join("refused.csv");
        assert_eq!(write_produced(&refused, || Err("no".into())), SaveOutcome::Failed("no".into()));
        assert!(!refused.exists(), "nothing is written when the content could not be produced");
    }

    #[test]
    fn writes_in_the_background_without_a_dialog() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        let job = SaveJob::write_to(path.clone(), Box::new(|| Ok(b"done".to_vec())));
        let mut outcome = None;
        for _ in 0..500 {
            outcome = job.poll();
            if outcome.is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let outcome = outcome.expect("the write finishes");
        assert_eq!(outcome, SaveOutcome::Saved(path.clone()));
        assert_eq!(std::fs::read(&path).unwrap(), b"done");
    }
}
