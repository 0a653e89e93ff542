//! State shared by the views: the open folder, the selection, and the actions views ask the app to perform.
//!
//! Views never change each other directly: they read [`Loaded`] and [`Selection`] and push [`Action`]s, which
//! [`super::DossierApp`] applies after the frame's views have run.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Arc;

use crate::analysis::DatasetIndex;
use crate::corpus::DocId;
use crate::extract::EntityId;
use crate::pipeline::Dataset;

/// A folder that finished loading, ready to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The folder.
    pub folder: PathBuf,
    /// What the engine read and extracted, with the workspace's entity edits applied: what the views show.
    pub data: Arc<Dataset>,
    /// What the engine read and extracted, before any edit: edits are re-applied to it on undo and redo.
    pub base: Arc<Dataset>,
    /// The entity edits `data` reflects, and how each one went.
    pub rules: Vec<crate::workspace::Rule>,
    /// The outcome of each of `rules`.
    pub report: crate::workspace::RuleReport,
    /// Precomputed facts and search.
    pub index: Arc<DatasetIndex>,
    /// Unique per load: caches keyed on it are dropped when another folder (or the same one again) loads.
    pub generation: u64,
}

impl Loaded {
    /// The folder's name for titles ("seeds").
    pub fn folder_name(&self) -> String {
        folder_name(&self.folder)
    }
}

/// The last component of `path`, or the whole path.
pub fn folder_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// What is selected, shared by every view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// The document in the reader.
    pub document: Option<DocId>,
    /// The entity in the details panel.
    pub entity: Option<EntityId>,
    /// A sentence of `document` to highlight.
    pub sentence: Option<usize>,
    /// Bumped each time the reader should scroll to `sentence` (or to the top); the reader remembers the last
    /// request it served.
    pub scroll_request: u64,
}

/// The central views of the side switcher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum View {
    /// The documents table.
    #[default]
    Documents,
    /// The entities table.
    Entities,
    /// The relationship graph.
    Relationships,
    /// The country × country interaction matrix.
    Countries,
    /// Files that could not be read.
    Skipped,
}

impl View {
    /// Every view, in the order of the side switcher (and of the Cmd+1 to Cmd+5 shortcuts).
    pub const ALL: [View; 5] = [View::Documents, View::Entities, View::Relationships, View::Countries, View::Skipped];

    /// The view's name in workspace files.
    pub fn key(self) -> &'static str {
        match self {
            View::Documents => "documents",
            View::Entities => "entities",
            View::Relationships => "relationships",
            View::Countries => "countries",
            View::Skipped => "skipped",
        }
    }

    /// The view named `key` in a workspace file.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// A request from a view to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show a document in the reader, from the top.
    SelectDocument(DocId),
    /// Show a document in the reader, scrolled to a sentence which is highlighted.
    OpenSentence {
        /// The document.
        doc: DocId,
        /// The sentence index.
        sentence: usize,
    },
    /// Select an entity: show its details and filter the documents by it (alone, or in addition to the
    /// entities already filtered on).
    SelectEntity {
        /// The entity.
        entity: EntityId,
        /// Keep the entities already in the documents filter.
        add: bool,
        /// Scroll the reader to a mention of it (from the tables; not when it was clicked in the reader).
        reveal: bool,
    },
    /// Close the details panel (the documents filter stays).
    ClearEntity,
    /// Remove an entity from the documents filter.
    RemoveEntityFilter(EntityId),
    /// Switch the central view.
    ShowView(View),
    /// Ask for a folder with the native dialog.
    OpenFolderDialog,
    /// Open this folder.
    OpenFolder(PathBuf),
    /// Stop the load in progress.
    CancelLoad,
    /// Make an entity edit (undoable).
    Edit(crate::workspace::Rule),
    /// Open a dialog that asks for what an entity edit needs (a new name, an alias, the entity to merge into).
    AskEdit(EditDialog),
    /// Undo the newest entity edit.
    Undo,
    /// Redo the most recently undone entity edit.
    Redo,
    /// Jump in the edit history so that exactly this many edits are in effect.
    GoToHistory(usize),
    /// Start a new, untitled workspace on the folder on screen.
    NewWorkspace,
    /// Ask for a workspace file with the native dialog.
    OpenWorkspaceDialog,
    /// Open this workspace file.
    OpenWorkspace(PathBuf),
    /// Save the workspace (asks for a file the first time).
    Save,
    /// Save the workspace to a file chosen in the native dialog.
    SaveAs,
    /// Show or hide the edit history window.
    ToggleHistory,
    /// Show the guide and keyboard shortcuts.
    ShowHelp,
    /// Show the version and licences.
    ShowAbout,
    /// Show the preferences.
    ShowPreferences,
    /// Export the folder on screen (with the workspace's edits) in this format, to a file chosen in a dialog.
    Export(crate::export::ExportFormat),
    /// Save a picture of the window as PNG, to a file chosen in a dialog.
    ExportPng,
}

/// An entity edit that needs more from the user, asked in a small dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditDialog {
    /// Rename the entity with this name.
    Rename(String),
    /// Add an alias to the entity with this name.
    AddAlias(String),
    /// Merge the entity with this name into another, chosen from a list.
    MergeInto(String),
}
