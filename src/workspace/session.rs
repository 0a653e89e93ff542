//! The workspace being edited: its file (if it has one), the entity edits with their undo/redo history, and
//! whether anything changed since the last save. The app keeps one [`Session`]; everything here is plain data,
//! so it is tested without a window.

use std::path::{Path, PathBuf};

use super::{Rule, Workspace};

/// An open workspace and its edit history.
#[derive(Clone, Debug)]
pub struct Session {
    /// The workspace file, `None` while the workspace is untitled (never saved).
    pub path: Option<PathBuf>,
    /// The current state; `workspace.rules` are the edits in effect, oldest first.
    pub workspace: Workspace,
    /// Edits undone, most recently undone last; a new edit clears them.
    undone: Vec<Rule>,
    /// The workspace as last saved (or opened), to tell whether there are unsaved changes.
    saved: Option<Workspace>,
}

impl Session {
    /// An untitled workspace for `folder`, with nothing to save yet.
    pub fn untitled(folder: &Path) -> Session {
        let workspace = Workspace::new(folder);
        Session { path: None, saved: Some(workspace.clone()), workspace, undone: Vec::new() }
    }

    /// A workspace read from `path`.
    pub fn opened(path: PathBuf, workspace: Workspace) -> Session {
        Session { path: Some(path), saved: Some(workspace.clone()), workspace, undone: Vec::new() }
    }

    /// A workspace restored from a recovery copy: it belongs to `path` (or is untitled) and differs from what
    /// is saved there, so it starts with unsaved changes.
    pub fn recovered(path: Option<PathBuf>, workspace: Workspace) -> Session {
        Session { path, saved: None, workspace, undone: Vec::new() }
    }

    /// Makes an entity edit, the newest in the history; edits undone before it can no longer be redone.
    pub fn edit(&mut self, rule: Rule) {
        self.workspace.rules.push(rule);
        self.undone.clear();
    }

    /// Undoes the newest edit; returns it.
    pub fn undo(&mut self) -> Option<&Rule> {
        let rule = self.workspace.rules.pop()?;
        self.undone.push(rule);
        self.undone.last()
    }

    /// Makes the most recently undone edit again; returns it.
    pub fn redo(&mut self) -> Option<&Rule> {
        let rule = self.undone.pop()?;
        self.workspace.rules.push(rule);
        self.workspace.rules.last()
    }

    /// Undoes or redoes until exactly the first `n` edits of the history (done and undone) are in effect: the
    /// history list jumps to any point with one click.
    pub fn go_to(&mut self, n: usize) {
        while self.workspace.rules.len() > n && self.undo().is_some() {}
        while self.workspace.rules.len() < n && self.redo().is_some() {}
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.workspace.rules.is_empty()
    }

    /// Whether there is an edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The edits in effect, oldest first.
    pub fn done(&self) -> &[Rule] {
        &self.workspace.rules
    }

    /// The edits undone, in the order they would be redone (the next redo first).
    pub fn undone(&self) -> impl Iterator<Item = &Rule> {
        self.undone.iter().rev()
    }

    /// Whether the workspace differs from the file in a way worth asking about: the analyst's work (entity
    /// edits, tags, notes, stars) or the folder. The state of the views (filters, selection, layout) is saved
    /// with the workspace too, but changing it does not by itself count as unsaved work: searching and
    /// clicking around must not make closing ask questions.
    pub fn is_dirty(&self) -> bool {
        match &self.saved {
            Some(saved) => substance(saved) != substance(&self.workspace),
            None => true,
        }
    }

    /// Records that `path` now holds `saved` (the state when the save started; edits made while it was
    /// being written remain unsaved changes).
    pub fn mark_saved(&mut self, path: PathBuf, saved: Workspace) {
        self.path = Some(path);
        self.saved = Some(saved);
    }

    /// Takes the current state as the unchanged one, unless it is recovered work (which stays unsaved). Called
    /// once a workspace has been opened and its folder found, so the folder's path as found (beside the
    /// workspace file, or written differently) does not count as a change.
    pub fn settle_baseline(&mut self) {
        if self.saved.is_some() {
            self.saved = Some(self.workspace.clone());
        }
    }

    /// The workspace's name for titles: its file name without `.dossier`, or "Untitled".
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Untitled".to_string())
    }

    /// The window title: workspace, folder, and a mark when there are unsaved changes.
    pub fn window_title(&self, folder_name: Option<&str>) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        match folder_name {
            Some(folder) => format!("{mark}{} — {folder} — Dossier", self.name()),
            None => format!("{mark}{} — Dossier", self.name()),
        }
    }
}

/// The parts of a workspace whose change is an unsaved change (see [`Session::is_dirty`]).
fn substance(ws: &Workspace) -> Workspace {
    Workspace { views: Default::default(), documents: Default::default(), folder_relative: None, ..ws.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rename(to: &str) -> Rule {
        Rule::Rename { entity: "Taliban".into(), to: to.into() }
    }

    #[test]
    fn undo_redo_walks_the_history() {
        let mut s = Session::untitled(Path::new("/docs"));
        assert!(!s.is_dirty() && !s.can_undo() && !s.can_redo());
        s.edit(rename("A"));
        s.edit(rename("B"));
        assert!(s.is_dirty());
        assert_eq!(s.undo(), Some(&rename("B")));
        assert_eq!(s.done(), &[rename("A")]);
        assert!(s.can_redo());
        assert_eq!(s.redo(), Some(&rename("B")));
        assert_eq!(s.done().len(), 2);
        assert_eq!(s.redo(), None);
        s.undo();
        s.edit(rename("C"));
        assert!(!s.can_redo(), "a new edit drops the undone ones");
        assert_eq!(s.done(), &[rename("A"), rename("C")]);
        s.undo();
        s.undo();
        assert!(!s.is_dirty(), "undoing every edit returns to the saved state");
        assert_eq!(s.undo(), None);
    }

    #[test]
    fn go_to_jumps_in_both_directions() {
        let mut s = Session::untitled(Path::new("/docs"));
        for t in ["A", "B", "C"] {
            s.edit(rename(t));
        }
        s.go_to(1);
        assert_eq!(s.done(), &[rename("A")]);
        assert_eq!(s.undone().collect::<Vec<_>>(), vec![&rename("B"), &rename("C")]);
        s.go_to(3);
        assert_eq!(s.done().len(), 3);
        s.go_to(10);
        assert_eq!(s.done().len(), 3);
    }

    #[test]
    fn only_the_analysts_work_is_an_unsaved_change() {
        let mut s = Session::untitled(Path::new("/docs"));
        s.workspace.views.current = "entities".into();
        s.workspace.views.entity = Some("Russia".into());
        s.workspace.views.graph.positions.insert("Russia".into(), [1.0, 2.0]);
        s.workspace.views.entities = serde_json::json!({"search": "rus"});
        assert!(!s.is_dirty());
        s.workspace.notes.insert("entity:Russia".into(), "envoy".into());
        assert!(s.is_dirty(), "a note is");
        s.mark_saved(PathBuf::from("/w/analysis.dossier"), s.workspace.clone());
        assert!(!s.is_dirty());
        s.workspace.starred.insert("entity:Russia".into());
        assert!(s.is_dirty());
    }

    #[test]
    fn titles_name_the_workspace_and_mark_changes() {
        let mut s = Session::untitled(Path::new("/docs"));
        assert_eq!(s.window_title(Some("docs")), "Untitled — docs — Dossier");
        s.edit(rename("A"));
        assert_eq!(s.window_title(Some("docs")), "● Untitled — docs — Dossier");
        s.mark_saved(PathBuf::from("/w/afghanistan.dossier"), s.workspace.clone());
        assert_eq!(s.window_title(None), "afghanistan — Dossier");
        let r = Session::recovered(None, Workspace::new(Path::new("/docs")));
        assert!(r.is_dirty(), "recovered work is not saved anywhere yet");
    }
}
