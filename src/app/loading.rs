//! Reading folders and workspaces in the background, and showing what finished: the app's side of
//! [`super::loader`].

use std::path::{Path, PathBuf};

use super::dialogs::{Dialog, Then};
use super::loader::{LoadError, LoadJob, LoadOutcome, LoadSource};
use super::state::{Selection, View};
use super::{DossierApp, MAX_RECENT, Message, samples, session_ops};
use crate::workspace::Session;

impl DossierApp {
    /// How files are read: the user's limits, and the extraction cache in the app's data folder (so that a folder
    /// opened again loads from it; the tests, which have no data folder, always read the files).
    pub(super) fn read_options(&self) -> crate::corpus::ReadOptions {
        let mut options = self.prefs.read_options();
        options.cache_dir = self.data_dir.as_ref().map(|d| d.join("cache"));
        options
    }

    /// Starts loading `folder` in the background (the path a picked folder, a recent folder and the command line
    /// all take). The current folder stays on screen until the new one has loaded; a load in progress is cancelled.
    pub fn open_folder(&mut self, folder: PathBuf) {
        if !self.confirm_unsaved(Then::OpenFolder(folder.clone())) {
            self.start_folder_load(folder, Session::untitled);
        }
    }

    /// Reads `folder` in the background; once read, the session `session(folder)` is installed.
    pub(super) fn start_folder_load(&mut self, folder: PathBuf, session: impl FnOnce(&Path) -> Session) {
        // A folder named relative to where the app was started (`dossier seeds`) is kept whole: the workspace and
        // the recent folders must still find it when the app starts somewhere else.
        let folder = std::path::absolute(&folder).unwrap_or(folder);
        // The user moved on: an earlier message no longer applies.
        self.message = None;
        self.generation += 1;
        let session = session(&folder);
        let rules = session.done().to_vec();
        self.pending_session = Some(session);
        self.recovering = None;
        self.job = Some(LoadJob::start(LoadSource::Folder { folder, rules }, self.read_options(), self.generation));

        self.frames_while_loading = 0;
    }

    /// Asks for a folder with the native dialog (after asking to save unsaved changes).
    pub fn open_folder_dialog(&mut self) {
        if self.confirm_unsaved(Then::OpenFolderDialog) {
            return;
        }
        let start = self.loaded.as_ref().and_then(|l| l.folder.parent().map(Path::to_path_buf));
        self.picker.open(start);
    }

    /// Opens the bundled sample articles.
    pub fn open_samples(&mut self) {
        match samples::sample_folder() {
            Ok(f) => self.open_folder(f),
            Err(e) => {
                self.message = Some(Message { text: format!("The sample articles cannot be opened: {e}"), error: true })
            }
        }
    }

    /// Whether a folder is being loaded.
    pub fn is_loading(&self) -> bool {
        self.job.is_some()
    }

    /// `(files done, files total)` of the load in progress.
    pub fn load_progress(&self) -> Option<(usize, usize)> {
        self.job.as_ref().map(|j| j.progress.counts())
    }

    /// Frames drawn since the load in progress (or the last one) started.
    pub fn frames_while_loading(&self) -> u64 {
        self.frames_while_loading
    }

    /// Stops the load in progress; the folder on screen stays.
    pub fn cancel_load(&mut self) {
        // Dropping the job tells its thread to stop.
        if let Some(job) = self.job.take() {
            self.message = Some(Message {
                text: match &self.loaded {
                    Some(l) => format!("Stopped reading {}. Still showing {}.", job.folder.display(), l.folder_name()),
                    None => format!("Stopped reading {}.", job.folder.display()),
                },
                error: false,
            });
        }
    }

    /// Takes a finished load, if any.
    pub(super) fn poll_job(&mut self) {
        let Some(result) = self.job.as_ref().and_then(LoadJob::poll) else {
            return;
        };
        let folder = self.job.take().map(|j| j.folder.clone()).unwrap_or_default();
        match result {
            Ok(outcome) if outcome.edited => {
                if let Some(old) = self.loaded.replace(outcome.loaded)
                    && let Some(new) = self.loaded.clone()
                {
                    self.follow_entities(&old, &new);
                    let _ = std::thread::Builder::new().name("dossier-free".into()).spawn(move || drop(old));
                }
            }
            Ok(outcome) => self.install(outcome),
            Err(LoadError::Cancelled) => {
                self.message = Some(Message { text: format!("Stopped reading {}.", folder.display()), error: false });
            }
            Err(LoadError::Failed(text)) => self.message = Some(Message { text, error: true }),
            Err(LoadError::FolderMissing { path, workspace }) => {
                self.dialog = Some(Dialog::MissingFolder { path, workspace });
            }
        }
    }

    /// Shows a freshly read folder, with the workspace it was opened in.
    pub(super) fn install(&mut self, outcome: LoadOutcome) {
        let LoadOutcome { loaded, workspace, .. } = outcome;
        self.selection = Selection::default();
        self.documents.folder_changed();
        self.countries.folder_changed();
        if self.loaded.as_ref().is_some_and(|l| l.folder != loaded.folder) {
            self.entities.query.search.clear();
        }
        self.remember(&loaded.folder);
        if loaded.data.corpus.skipped.is_empty() && self.view == View::Skipped {
            self.view = View::Documents;
        }
        let folder = loaded.folder.clone();
        if let Some(old) = self.loaded.replace(loaded) {
            // Freeing a big folder's text and mentions takes a while: not on the UI thread.
            let _ = std::thread::Builder::new().name("dossier-free".into()).spawn(move || drop(old));
        }
        let (session, restore) = match (workspace, self.recovering.take()) {
            (Some((_, ws)), Some(original)) => (Session::recovered(original, ws.clone()), Some(ws)),
            (Some((path, ws)), None) => {
                session_ops::remember(&mut self.recent_workspaces, &path);
                (Session::opened(path, ws.clone()), Some(ws))
            }
            (None, _) => {
                let session = self.pending_session.take().unwrap_or_else(|| Session::untitled(&folder));
                // A workspace whose folder the user located: its views come back too.
                let restore = session.path.is_some().then(|| session.workspace.clone());
                (session, restore)
            }
        };
        self.session = session;
        // The folder may have been found beside the workspace rather than where it said.
        self.session.workspace.folder = folder.to_string_lossy().into_owned();
        self.dirty_since = None;
        self.recovery_written = None;
        if let Some(ws) = restore {
            self.restore_views(&ws.views);
            self.report_reopened(&ws);
        }
        self.session.settle_baseline();
    }

    pub(super) fn remember(&mut self, folder: &Path) {
        self.recent.retain(|f| f != folder);
        self.recent.insert(0, folder.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }
}
