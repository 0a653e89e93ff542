//! Saving a file the user names: the native save dialog and the writing both run on a background thread, so the
//! UI never waits (a big export is produced only once the user has chosen where it goes).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

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

/// A save dialog (then the write) in progress.
pub struct SaveJob {
    result: Receiver<SaveOutcome>,
}

impl SaveJob {
    /// Opens the save dialog on a new thread; once a file is chosen, `content` produces the bytes there and they
    /// are written. A thread that cannot start is reported as a failed save.
    pub fn start(request: SaveRequest, content: impl FnOnce() -> Vec<u8> + Send + 'static) -> SaveJob {
        let (tx, rx) = mpsc::channel();
        let failed = tx.clone();
        let spawned = std::thread::Builder::new().name("dossier-save-dialog".into()).spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(&request.title)
                .set_file_name(&request.file_name)
                .add_filter(&request.filter.0, &request.filter.1);
            if let Some(dir) = &request.directory {
                dialog = dialog.set_directory(dir);
            }
            let picked = super::loader::block_on(dialog.save_file()).map(|h| h.path().to_path_buf());
            let outcome = match picked {
                None => SaveOutcome::Cancelled,
                Some(path) => write_produced(&path, content),
            };
            // The receiver is gone when the app closed meanwhile: nothing to report then.
            let _ = tx.send(outcome);
        });
        if let Err(e) = spawned {
            let _ = failed.send(SaveOutcome::Failed(format!("Cannot open the save dialog: {e}")));
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

/// Produces the content and writes it to `path` (what the dialog thread does once a file is chosen). A panic
/// while producing is reported, not propagated.
pub fn write_produced(path: &Path, content: impl FnOnce() -> Vec<u8>) -> SaveOutcome {
    let bytes = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(content)) {
        Ok(b) => b,
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
        assert_eq!(write_produced(&path, || b"a,b\r\n".to_vec()), SaveOutcome::Saved(path.clone()));
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\r\n");
        let missing = dir.path().join("no-such-folder").join("out.csv");
        match write_produced(&missing, Vec::new) {
            SaveOutcome::Failed(m) => assert!(m.contains("Could not write"), "{m}"),
            other => panic!("{other:?}"),
        }
    }
}
