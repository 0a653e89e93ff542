//! Workspace files off the UI thread: the native open/save dialogs, saving, and the recovery copy written while
//! there are unsaved edits. Each runs on its own thread and is polled once per frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::pipeline::Dataset;
use crate::workspace::{self, Workspace};

/// The extension of workspace files.
pub const EXTENSION: &str = "dossier";

/// What a workspace file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Open a workspace.
    Open,
    /// Save the workspace under a new name.
    SaveAs,
}

/// A native file dialog for workspace files, run off the UI thread.
pub struct WorkspaceDialog {
    /// What the chosen file is for.
    pub purpose: DialogPurpose,
    pending: Receiver<Option<PathBuf>>,
}

impl WorkspaceDialog {
    /// Opens the dialog in `directory`, proposing `file_name` when saving.
    pub fn open(purpose: DialogPurpose, directory: Option<PathBuf>, file_name: String) -> Option<Self> {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("dossier-file-dialog".into()).spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new().add_filter("Dossier workspace", &[EXTENSION]);
            if let Some(dir) = directory {
                dialog = dialog.set_directory(dir);
            }
            let picked = match purpose {
                DialogPurpose::Open => super::loader::block_on(dialog.set_title("Open a workspace").pick_file()),
                DialogPurpose::SaveAs => {
                    super::loader::block_on(dialog.set_title("Save the workspace").set_file_name(file_name).save_file())
                }
            };
            let _ = tx.send(picked.map(|h| h.path().to_path_buf()));
        });
        spawned.ok().map(|_| WorkspaceDialog { purpose, pending: rx })
    }

    /// `None` while the dialog is open; then the chosen file, or `Some(None)` when the user cancelled.
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.pending.try_recv() {
            Ok(picked) => Some(picked),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}

/// `path` with the workspace extension, added when the user typed a name without it.
pub fn with_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION)) {
        path
    } else {
        let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "workspace".into());
        name.push(".");
        name.push(EXTENSION);
        path.with_file_name(name)
    }
}

/// A workspace being written on a background thread.
pub struct SaveJob {
    /// The file.
    pub path: PathBuf,
    /// What is being written: once written, it is what the file holds.
    pub snapshot: Workspace,
    result: Receiver<Result<(), String>>,
}

impl SaveJob {
    /// Saves `snapshot` to `path` atomically, with the documents of `data` stamped so changes can be reported
    /// when the workspace is reopened; a stale recovery copy is removed once the save succeeded.
    pub fn start(path: PathBuf, snapshot: Workspace, data: Arc<Dataset>, recovery: Option<PathBuf>) -> Self {
        let (tx, rx) = mpsc::channel();
        // Stamping hashes every document: cheap for the snapshot kept here, but done on the thread.
        let thread_path = path.clone();
        let mut written = snapshot.clone();
        let spawned = std::thread::Builder::new().name("dossier-save".into()).spawn(move || {
            written.stamp_documents(&data.corpus);
            let result = workspace::save(&written, &thread_path)
                .map_err(|e| format!("The workspace could not be saved to {}: {e}", thread_path.display()));
            if result.is_ok()
                && let Some(r) = recovery
            {
                let _ = std::fs::remove_file(r);
            }
            let _ = tx.send(result);
        });
        if let Err(e) = spawned {
            let (tx, rx2) = mpsc::channel();
            let _ = tx.send(Err(format!("Cannot start saving: {e}")));
            return SaveJob { path, snapshot, result: rx2 };
        }
        SaveJob { path, snapshot, result: rx }
    }

    /// The outcome, once written.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("Saving stopped unexpectedly.".into())),
        }
    }
}

/// Writes the recovery copy of `ws` (atomically) on a background thread; failures only cost the copy.
pub fn write_recovery(ws: &Workspace, recovery: &Path) {
    let Ok(json) = serde_json::to_vec_pretty(ws) else { return };
    let recovery = recovery.to_path_buf();
    let _ = std::thread::Builder::new().name("dossier-recovery".into()).spawn(move || {
        if let Some(dir) = recovery.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = workspace::file::write_atomically(&recovery, &json);
    });
}

/// Removes the recovery copy on a background thread (after a save, or when the user discards the changes).
pub fn remove_recovery(recovery: &Path) {
    let recovery = recovery.to_path_buf();
    let _ = std::thread::Builder::new().name("dossier-recovery".into()).spawn(move || {
        let _ = std::fs::remove_file(recovery);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_is_added_once() {
        assert_eq!(with_extension(PathBuf::from("/w/notes")), PathBuf::from("/w/notes.dossier"));
        assert_eq!(with_extension(PathBuf::from("/w/a.dossier")), PathBuf::from("/w/a.dossier"));
        assert_eq!(with_extension(PathBuf::from("/w/a.DOSSIER")), PathBuf::from("/w/a.DOSSIER"));
        assert_eq!(with_extension(PathBuf::from("/w/v1.2")), PathBuf::from("/w/v1.2.dossier"));
    }
}
