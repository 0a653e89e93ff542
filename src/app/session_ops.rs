//! The app's workspace operations: entity edits with undo and redo, New / Open / Save / Save as, restoring the
//! views a workspace saved, the recovery copy, and asking before unsaved changes would be lost.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::dialogs::{Dialog, Then};
use super::loader::{LoadJob, LoadSource};
use super::state::{Loaded, View};
use super::workspace_io::{self, DialogPurpose, SaveJob, WorkspaceDialog};
use super::{DossierApp, Message};
use crate::analysis::{DocumentQuery, EntityQuery};
use crate::extract::{EntityId, Extraction};
use crate::workspace::{Rule, Session, ViewState, Workspace};

/// How long unsaved edits wait before the recovery copy is (re)written.
const RECOVERY_DELAY: Duration = Duration::from_secs(3);
/// Recent workspaces remembered.
const MAX_RECENT: usize = 8;

impl DossierApp {
    /// The workspace being edited.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Makes an entity edit and re-applies the edits in the background (the views keep showing the folder
    /// until the edited version is ready).
    pub fn edit(&mut self, rule: Rule) {
        if self.blocked_by_load("edit entities") {
            return;
        }
        self.session.edit(rule);
        self.reapply();
    }

    /// Undoes the newest entity edit.
    pub fn undo(&mut self) {
        if !self.blocked_by_load("undo") && self.session.undo().is_some() {
            self.reapply();
        }
    }

    /// Redoes the most recently undone entity edit.
    pub fn redo(&mut self) {
        if !self.blocked_by_load("redo") && self.session.redo().is_some() {
            self.reapply();
        }
    }

    /// Undoes or redoes until exactly `n` edits are in effect.
    pub fn go_to_history(&mut self, n: usize) {
        if !self.blocked_by_load("change the history") {
            self.session.go_to(n);
            self.reapply();
        }
    }

    /// Whether entity edits are being applied in the background.
    pub fn is_applying_edits(&self) -> bool {
        self.job.as_ref().is_some_and(|j| j.applying_edits)
    }

    /// Edits wait while a folder is being read: they would apply to the folder about to be replaced.
    fn blocked_by_load(&mut self, what: &str) -> bool {
        let reading = self.job.as_ref().is_some_and(|j| !j.applying_edits);
        if reading || self.loaded.is_none() {
            self.message = Some(Message { text: format!("Wait until the folder has loaded to {what}."), error: false });
        }
        reading || self.loaded.is_none()
    }

    fn reapply(&mut self) {
        let Some(loaded) = &self.loaded else { return };
        self.generation += 1;
        let source = LoadSource::Edited { loaded: Box::new(loaded.clone()), rules: self.session.done().to_vec() };
        self.job = Some(LoadJob::start(source, self.read_options(), self.generation));
    }

    /// After edits were applied: the same entities stay selected and filtered on, found again by name (an
    /// entity merged away is found under the entity that took its name as an alias).
    pub(super) fn follow_entities(&mut self, old: &Loaded, new: &Loaded) {
        let remap = |id: EntityId| remap_entity(&old.data.extraction, &new.data.extraction, id);
        self.selection.entity = self.selection.entity.and_then(remap);
        let mut filter: Vec<EntityId> = self.documents.query.entities.iter().filter_map(|e| remap(*e)).collect();
        filter.dedup();
        self.documents.query.entities = filter;
    }

    /// Starts a new untitled workspace on the folder on screen (asks first when there are unsaved changes).
    pub fn new_workspace(&mut self) {
        if self.confirm_unsaved(Then::NewWorkspace) {
            return;
        }
        let Some(loaded) = self.loaded.clone() else { return };
        self.remove_recovery();
        self.session = Session::untitled(&loaded.folder);
        if !loaded.rules.is_empty() {
            self.reapply();
        }
    }

    /// Opens a workspace file: its folder is read in the background with its edits, then its views restored.
    pub fn open_workspace(&mut self, path: PathBuf) {
        if self.confirm_unsaved(Then::OpenWorkspace(path.clone())) {
            return;
        }
        self.start_workspace_load(path, None);
    }

    /// Loads a workspace file; with `recovering`, the file is a recovery copy of the workspace at that path (or
    /// of an untitled one).
    pub(super) fn start_workspace_load(&mut self, path: PathBuf, recovering: Option<Option<PathBuf>>) {
        self.message = None;
        self.recovering = recovering;
        self.pending_session = None;
        self.generation += 1;
        self.job = Some(LoadJob::start(LoadSource::Workspace(path), self.read_options(), self.generation));
        self.frames_while_loading = 0;
    }

    /// Saves the workspace to its file, or asks for one.
    pub fn save_workspace(&mut self) {
        match self.session.path.clone() {
            Some(path) => self.save_to(path),
            None => self.save_workspace_as(),
        }
    }

    /// Asks for a file and saves the workspace there.
    pub fn save_workspace_as(&mut self) {
        if self.file_dialog.is_some() {
            return;
        }
        let dir = self
            .session
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .or_else(|| self.loaded.as_ref().and_then(|l| l.folder.parent().map(Path::to_path_buf)));
        let name = match (&self.session.path, &self.loaded) {
            (Some(p), _) => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            (None, Some(l)) => format!("{}.{}", l.folder_name(), workspace_io::EXTENSION),
            (None, None) => format!("Untitled.{}", workspace_io::EXTENSION),
        };
        self.file_dialog = WorkspaceDialog::open(DialogPurpose::SaveAs, dir, name);
    }

    /// Saves the workspace to `path` in the background (Save and Save as end here).
    pub fn save_to(&mut self, path: PathBuf) {
        let Some(data) = self.loaded.as_ref().map(|l| l.data.clone()) else {
            self.message = Some(Message { text: "Open a folder before saving a workspace.".into(), error: false });
            return;
        };
        self.sync_views();
        self.sync_graph();
        let recovery = self.recovery_path();
        let path = workspace_io::with_extension(path);
        self.saving = Some(SaveJob::start(path, self.session.workspace.clone(), data, recovery));
    }

    /// Whether a save is in progress.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Asks for a workspace file to open.
    pub fn open_workspace_dialog(&mut self) {
        if self.confirm_unsaved(Then::OpenWorkspaceDialog) || self.file_dialog.is_some() {
            return;
        }
        let dir = self.session.path.as_ref().and_then(|p| p.parent().map(Path::to_path_buf));
        self.file_dialog = WorkspaceDialog::open(DialogPurpose::Open, dir, String::new());
    }

    /// With unsaved changes, asks what to do and returns true: `then` runs once the user has saved or chosen
    /// not to. Without, returns false and the caller goes ahead.
    pub(super) fn confirm_unsaved(&mut self, then: Then) -> bool {
        if !self.session.is_dirty() || self.discarding {
            return false;
        }
        self.dialog = Some(Dialog::UnsavedChanges(then));
        true
    }

    /// Runs what waited for the unsaved-changes question.
    pub(super) fn run_then(&mut self, then: Then) {
        // The user has answered; the question must not come back for this step.
        self.discarding = true;
        match then {
            Then::Close => {
                self.allow_close = true;
                self.close_requested = true;
            }
            Then::NewWorkspace => self.new_workspace(),
            Then::OpenWorkspace(p) => self.open_workspace(p),
            Then::OpenWorkspaceDialog => self.open_workspace_dialog(),
            Then::OpenFolder(f) => self.open_folder(f),
            Then::OpenFolderDialog => self.open_folder_dialog(),
        }
        self.discarding = false;
    }

    /// Polls the file dialog and the save in progress.
    pub(super) fn poll_files(&mut self) {
        if let Some(picked) = self.file_dialog.as_ref().and_then(WorkspaceDialog::poll) {
            let purpose = self.file_dialog.take().map(|d| d.purpose);
            match (purpose, picked) {
                (Some(DialogPurpose::Open), Some(path)) => self.open_workspace(path),
                (Some(DialogPurpose::SaveAs), Some(path)) => self.save_to(path),
                // Cancelled: whatever waited for a save does not happen.
                _ => self.after_save = None,
            }
        }
        let Some(result) = self.saving.as_ref().and_then(SaveJob::poll) else { return };
        let Some(job) = self.saving.take() else { return };
        match result {
            Ok(()) => {
                let old_recovery = self.recovery_path();
                self.session.mark_saved(job.path.clone(), job.snapshot);
                if let Some(r) = old_recovery.filter(|r| Some(r) != self.recovery_path().as_ref()) {
                    workspace_io::remove_recovery(&r);
                }
                self.recovery_written = None;
                remember(&mut self.recent_workspaces, &job.path);
                self.message = Some(Message { text: format!("Saved {}.", job.path.display()), error: false });
                if let Some(then) = self.after_save.take() {
                    self.run_then(then);
                }
            }
            Err(text) => {
                self.after_save = None;
                self.message = Some(Message { text, error: true });
            }
        }
    }

    /// Writes the recovery copy when there have been unsaved changes for a few seconds.
    pub(super) fn autosave(&mut self, now: Instant) {
        if !self.session.is_dirty() || self.loaded.is_none() {
            self.dirty_since = None;
            return;
        }
        let since = *self.dirty_since.get_or_insert(now);
        if now.duration_since(since) < RECOVERY_DELAY || self.recovery_written.as_ref() == Some(&self.session.workspace)
        {
            return;
        }
        if let Some(path) = self.recovery_path() {
            // The views' state is copied only when written: it changes with every click and scroll.
            self.sync_views();
            self.sync_graph();
            workspace_io::write_recovery(&self.session.workspace, &path);
            self.recovery_written = Some(self.session.workspace.clone());
        }
    }

    /// Sets where recovery copies of untitled workspaces go (the app's data folder; a temporary one in tests).
    /// Without one, untitled workspaces get no recovery copy.
    pub fn set_data_dir(&mut self, dir: Option<PathBuf>) {
        self.data_dir = dir;
    }

    /// Offers the recovery copy that a session which did not end normally left for `workspace` (or for an
    /// untitled workspace), if there is one newer than the workspace file.
    pub fn offer_recovery(&mut self, workspace: Option<PathBuf>) {
        let Some(dir) = &self.data_dir else { return };
        if let Some(copy) = crate::workspace::file::pending_recovery(workspace.as_deref(), dir) {
            self.dialog = Some(Dialog::Recover { copy, workspace });
        }
    }

    /// Where the recovery copy of the current workspace goes.
    pub(super) fn recovery_path(&self) -> Option<PathBuf> {
        match (&self.session.path, &self.data_dir) {
            (Some(p), _) => Some(crate::workspace::file::recovery_path(Some(p), Path::new(""))),
            (None, Some(dir)) => Some(crate::workspace::file::recovery_path(None, dir)),
            (None, None) => None,
        }
    }

    pub(super) fn remove_recovery(&mut self) {
        if let Some(r) = self.recovery_path() {
            workspace_io::remove_recovery(&r);
        }
        self.recovery_written = None;
    }

    /// Copies the views' filters, sort and selection into the workspace (entities by name, documents by path).
    /// Done before writing (save, recovery copy), not every frame.
    pub(super) fn sync_views(&mut self) {
        let Some(loaded) = &self.loaded else { return };
        let ex = &loaded.data.extraction;
        let name = |id: EntityId| ex.entity(id).map(|e| e.name.clone());
        let views = &mut self.session.workspace.views;
        views.current = self.view.key().to_string();
        views.document =
            self.selection.document.and_then(|d| loaded.data.corpus.documents.get(d.index()).map(|d| d.path.clone()));
        views.entity = self.selection.entity.and_then(name);
        let mut documents = serde_json::to_value(&self.documents.query).unwrap_or_default();
        let names: Vec<String> = self.documents.query.entities.iter().filter_map(|e| name(*e)).collect();
        documents["entities"] = serde_json::json!(names);
        views.documents = documents;
        views.entities = serde_json::to_value(&self.entities.query).unwrap_or_default();
        views.matrix = self.countries.settings().clone();
    }

    /// Copies the graph's node positions, pins, filters and zoom into the workspace. Only before writing: the
    /// positions change every frame while the layout settles.
    pub(super) fn sync_graph(&mut self) {
        let mut state = self.graph.saved_state();
        let graph = &mut self.session.workspace.views.graph;
        graph.positions = std::mem::take(&mut state.positions);
        graph.pinned = std::mem::take(&mut state.pinned);
        graph.settings = serde_json::to_value(&state).unwrap_or_default();
    }

    /// Shows the views as `views` saved them; what no longer exists (a document removed, an entity renamed
    /// outside the workspace) is left out.
    pub(super) fn restore_views(&mut self, views: &ViewState) {
        let Some(loaded) = &self.loaded else { return };
        let ex = &loaded.data.extraction;
        if let Some(v) = View::from_key(&views.current) {
            self.view = v;
        }
        if let Ok(mut q) = serde_json::from_value::<DocumentQuery>(without_entities(&views.documents)) {
            let names = views.documents.get("entities").and_then(|v| v.as_array()).cloned().unwrap_or_default();
            q.entities = names.iter().filter_map(|n| n.as_str()).filter_map(|n| ex.find(n).map(|e| e.id)).collect();
            self.documents.query = q;
        }
        if let Ok(q) = serde_json::from_value::<EntityQuery>(views.entities.clone()) {
            self.entities.query = q;
        }
        self.countries.set_settings(views.matrix.clone());
        let mut graph: crate::analysis::graph::GraphViewState =
            serde_json::from_value(views.graph.settings.clone()).unwrap_or_default();
        graph.positions = views.graph.positions.clone();
        graph.pinned = views.graph.pinned.clone();
        self.graph = super::graph_view::GraphView::new(graph);
        self.selection.entity = views.entity.as_deref().and_then(|n| ex.find(n).map(|e| e.id));
        self.selection.document = views.document.as_deref().and_then(|p| {
            loaded.data.corpus.documents.iter().position(|d| d.path == p).map(|i| crate::corpus::DocId(i as u32))
        });
        self.selection.scroll_request += 1;
    }

    /// Tells the user what changed since the workspace was saved: documents, and edits that no longer match.
    pub(super) fn report_reopened(&mut self, workspace: &Workspace) {
        let Some(loaded) = &self.loaded else { return };
        let mut notes = Vec::new();
        let changes = workspace.document_changes(&loaded.data.corpus);
        let list = |v: &[String]| {
            let shown: Vec<&str> = v.iter().take(5).map(String::as_str).collect();
            let more = if v.len() > 5 { format!(" and {} more", v.len() - 5) } else { String::new() };
            format!("{}{more}", shown.join(", "))
        };
        if !changes.changed.is_empty() {
            notes.push(format!("{} document(s) changed ({})", changes.changed.len(), list(&changes.changed)));
        }
        if !changes.removed.is_empty() {
            notes.push(format!("{} removed ({})", changes.removed.len(), list(&changes.removed)));
        }
        if !changes.added.is_empty() {
            notes.push(format!("{} new ({})", changes.added.len(), list(&changes.added)));
        }
        let mut text = String::new();
        if !notes.is_empty() {
            text = format!("Since the workspace was saved: {}.", notes.join("; "));
        }
        let unmatched: Vec<String> =
            loaded.report.unmatched(&loaded.rules).map(|(i, rule, why)| format!("#{} {rule} ({why})", i + 1)).collect();
        if !unmatched.is_empty() {
            text.push_str(&format!(
                " {} edit(s) no longer match anything; they stay in the history: {}.",
                unmatched.len(),
                unmatched.join("; ")
            ));
        }
        if !text.is_empty() {
            self.message = Some(Message { text: text.trim().to_string(), error: false });
        }
    }
}

/// `views.documents` without its entity names, which are not ids.
fn without_entities(documents: &serde_json::Value) -> serde_json::Value {
    let mut v = documents.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("entities");
    }
    v
}

/// The entity of `new` that `id` of `old` became: the one with its name, else with one of its aliases.
fn remap_entity(old: &Extraction, new: &Extraction, id: EntityId) -> Option<EntityId> {
    let e = old.entity(id)?;
    std::iter::once(&e.name).chain(&e.aliases).find_map(|n| new.find(n).map(|e| e.id))
}

/// Puts `path` first in `list`.
pub(super) fn remember(list: &mut Vec<PathBuf>, path: &Path) {
    list.retain(|f| f != path);
    list.insert(0, path.to_path_buf());
    list.truncate(MAX_RECENT);
}
