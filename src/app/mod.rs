//! The desktop app (egui). It only shows what the engine produced.
//!
//! [`DossierApp`] owns the open folder ([`state::Loaded`]), the background load, the shared [`state::Selection`]
//! and one struct per view; each view draws itself with a `ui` method and asks for changes by pushing
//! [`state::Action`]s, which the app applies once the frame's views have run.

pub mod annotations;
mod chrome;
pub mod details;
pub mod dialogs;
pub mod documents_view;
pub mod entities_view;
pub mod entity_menu;
pub mod exports;
pub mod graph_canvas;
mod graph_panels;
pub mod graph_view;
pub mod help;
pub mod load_preview;
pub mod loader;
mod loading;
mod matrix_build;
mod matrix_grid;
pub mod matrix_view;
pub mod preferences;
pub mod reader;
pub mod reader_events;
mod reader_text;
pub mod samples;
pub mod save_job;
mod session_ops;
pub mod skipped_view;
pub mod state;
pub mod theme;
mod top_bar;
pub mod widgets;
pub mod workspace_io;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use details::Details;
use dialogs::{Choice, Dialog, Then};
use documents_view::DocumentsView;
use entities_view::EntitiesView;
use graph_view::GraphView;
use loader::{FolderPicker, LoadJob};
use matrix_view::MatrixView;
use reader::Reader;
use skipped_view::SkippedView;
use state::{Action, Loaded, Selection, View};
use workspace_io::{SaveJob, WorkspaceDialog};

use crate::workspace::{Session, Workspace};

/// Where the app's settings live in eframe's storage.
const STORAGE_KEY: &str = "dossier-app";
/// Recent folders remembered.
const MAX_RECENT: usize = 8;

const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const FIND_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const SAVE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_SHORTCUT_2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// What survives a restart.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Settings {
    last_folder: Option<PathBuf>,
    recent: Vec<PathBuf>,
    last_workspace: Option<PathBuf>,
    recent_workspaces: Vec<PathBuf>,
    view: View,
    documents_sort: Option<crate::analysis::Sort<crate::analysis::DocColumn>>,
    entities_query: Option<crate::analysis::EntityQuery>,
    preferences: preferences::Preferences,
    matrix: Option<crate::analysis::matrix::MatrixSettings>,
    graph: Option<crate::analysis::graph::GraphViewState>,
}

/// A message for the user above the views, dismissible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The text.
    pub text: String,
    /// An error (red) rather than information.
    pub error: bool,
}

/// The main window.
pub struct DossierApp {
    loaded: Option<Loaded>,
    job: Option<LoadJob>,
    picker: FolderPicker,
    view: View,
    selection: Selection,
    documents: DocumentsView,
    entities: EntitiesView,
    reader: Reader,
    details: Details,
    skipped: SkippedView,
    graph: GraphView,
    countries: MatrixView,
    load_preview: load_preview::LoadPreviewView,
    message: Option<Message>,
    recent: Vec<PathBuf>,
    generation: u64,
    frames_while_loading: u64,
    title: String,
    session: Session,
    /// A session to install when the load in progress finishes (a folder opened in a new workspace).
    pending_session: Option<Session>,
    /// Set while a recovery copy loads: the workspace file it belongs to (`None` for an untitled one).
    recovering: Option<Option<PathBuf>>,
    saving: Option<SaveJob>,
    file_dialog: Option<WorkspaceDialog>,
    dialog: Option<Dialog>,
    /// What runs once the save in progress succeeds (after "Save" in the unsaved-changes dialog).
    after_save: Option<Then>,
    /// The user chose not to save: skip the unsaved-changes question for the step under way.
    discarding: bool,
    allow_close: bool,
    close_requested: bool,
    history_open: bool,
    recent_workspaces: Vec<PathBuf>,
    /// Where the recovery copy of an untitled workspace goes (`None` in tests: no recovery copies).
    data_dir: Option<PathBuf>,
    dirty_since: Option<Instant>,
    recovery_written: Option<Workspace>,
    /// A workspace whose missing folder the folder dialog is choosing.
    locating: Option<(PathBuf, Box<Workspace>)>,
    help: help::HelpWindows,
    prefs: preferences::Preferences,
    /// The preferences as last applied to the window (the text size also changes with Cmd+Plus/Minus).
    applied_prefs: Option<preferences::Preferences>,
    prefs_open: bool,
    prefs_picker: FolderPicker,
    exports: exports::Exports,
}

impl DossierApp {
    /// An app without saved settings that starts loading `folder` — or the workspace file, for a path ending in
    /// `.dossier` — (the sample articles when `None`). Tests use this; the window uses
    /// [`DossierApp::from_creation_context`].
    pub fn new(folder: Option<PathBuf>) -> Self {
        let mut app = DossierApp::blank();
        app.start(folder);
        app
    }

    /// Opens what the app starts on.
    fn start(&mut self, folder: Option<PathBuf>) {
        match folder {
            Some(f) if is_workspace_file(&f) => self.open_workspace(f),
            Some(f) => self.open_folder(f),
            None => self.open_samples(),
        }
    }

    /// The app with nothing open.
    fn blank() -> Self {
        DossierApp {
            loaded: None,
            job: None,
            picker: FolderPicker::default(),
            view: View::Documents,
            selection: Selection::default(),
            documents: DocumentsView::default(),
            entities: EntitiesView::default(),
            reader: Reader::default(),
            details: Details::default(),
            skipped: SkippedView,
            graph: GraphView::default(),
            countries: MatrixView::default(),
            load_preview: load_preview::LoadPreviewView,
            message: None,
            recent: Vec::new(),
            generation: 0,
            frames_while_loading: 0,
            title: String::new(),
            session: Session::untitled(Path::new("")),
            pending_session: None,
            recovering: None,
            saving: None,
            file_dialog: None,
            dialog: None,
            after_save: None,
            discarding: false,
            allow_close: false,
            close_requested: false,
            history_open: false,
            recent_workspaces: Vec::new(),
            data_dir: None,
            dirty_since: None,
            recovery_written: None,
            locating: None,
            help: help::HelpWindows::default(),
            prefs: preferences::Preferences::default(),
            applied_prefs: None,
            prefs_open: false,
            prefs_picker: FolderPicker::default(),
            exports: exports::Exports::default(),
        }
    }

    /// The app as the window starts it: settings restored from eframe's storage; `folder` (from the command
    /// line) wins over the folder used last, which wins over the sample articles.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, folder: Option<PathBuf>) -> Self {
        let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default();
        let data_dir = directories::ProjectDirs::from("", "", "Dossier").map(|d| d.data_dir().to_path_buf());
        Self::from_settings(settings, folder, data_dir)
    }

    /// The app as it starts with `settings`, the folder from the command line, and its data folder (recovery
    /// copies, the extraction cache).
    fn from_settings(settings: Settings, folder: Option<PathBuf>, data_dir: Option<PathBuf>) -> Self {
        let mut missing = None;
        let last_workspace = settings.last_workspace.clone().filter(|w| w.is_file());
        let start_folder = settings.preferences.start_folder.clone().filter(|f| f.is_dir());
        let folder =
            folder.or(start_folder).or_else(|| last_workspace.clone()).or_else(|| match settings.last_folder.clone() {
                Some(f) if f.exists() => Some(f),
                Some(f) => {
                    missing = Some(f);
                    None
                }
                None => None,
            });
        let opened_workspace = folder.as_ref().filter(|f| is_workspace_file(f)).cloned();
        let mut app = DossierApp::blank();
        app.prefs = settings.preferences;
        // Screenshots and demos force a theme without changing the saved preference.
        match std::env::var("DOSSIER_THEME").as_deref() {
            Ok("light") => app.prefs.theme = preferences::ThemeChoice::Light,
            Ok("dark") => app.prefs.theme = preferences::ThemeChoice::Dark,
            _ => {}
        }
        // The data folder first: the folder opened now reads from (and writes) the extraction cache there.
        app.set_data_dir(data_dir);
        app.start(folder);
        app.recent = settings.recent;
        app.recent_workspaces = settings.recent_workspaces;
        app.offer_recovery(opened_workspace);
        app.view = settings.view;

        if let Some(sort) = settings.documents_sort {
            app.documents.query.sort = sort;
        }
        if let Some(q) = settings.entities_query {
            app.entities.query = q;
        }
        if let Some(m) = settings.matrix {
            app.countries.set_settings(m);
        }
        if let Some(g) = settings.graph {
            app.graph = GraphView::new(g);
        }
        if let Some(f) = missing {
            app.message = Some(Message {
                text: format!(
                    "The folder you used last, {}, is no longer there. Showing the sample articles instead.",
                    f.display()
                ),
                error: true,
            });
        }
        app
    }

    /// The folder on screen.
    pub fn loaded(&self) -> Option<&Loaded> {
        self.loaded.as_ref()
    }

    /// The current central view.
    pub fn view(&self) -> View {
        self.view
    }

    /// The shared selection.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The documents view.
    pub fn documents(&self) -> &DocumentsView {
        &self.documents
    }

    /// The documents view, to change its query (benchmarks, tests).
    pub fn documents_mut(&mut self) -> &mut DocumentsView {
        &mut self.documents
    }

    /// The entities view.
    pub fn entities(&self) -> &EntitiesView {
        &self.entities
    }

    /// The Countries view.
    pub fn countries(&self) -> &MatrixView {
        &self.countries
    }

    /// The Countries view, to change (tests, restored workspaces).
    pub fn countries_mut(&mut self) -> &mut MatrixView {
        &mut self.countries
    }

    /// The relationship view.
    pub fn graph_view(&self) -> &GraphView {
        &self.graph
    }

    /// The relationship view, to drive it (tests).
    pub fn graph_view_mut(&mut self) -> &mut GraphView {
        &mut self.graph
    }

    /// The reader.
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// The message shown above the views, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Applies a view's request.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SelectDocument(doc) => self.show_document(doc, None),
            Action::OpenSentence { doc, sentence } => self.show_document(doc, Some(sentence)),
            Action::SelectEntity { entity, add, reveal } => self.select_entity(entity, add, reveal),
            Action::ClearEntity => self.selection.entity = None,
            Action::RemoveEntityFilter(e) => self.documents.query.entities.retain(|x| *x != e),
            Action::ShowView(v) => self.view = v,
            Action::OpenFolderDialog => self.open_folder_dialog(),
            Action::OpenFolder(f) => self.open_folder(f),
            Action::CancelLoad => self.cancel_load(),
            Action::Edit(rule) => self.edit(rule),
            Action::AskEdit(what) => self.dialog = Some(Dialog::edit(what)),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::GoToHistory(n) => self.go_to_history(n),
            Action::NewWorkspace => self.new_workspace(),
            Action::OpenWorkspaceDialog => self.open_workspace_dialog(),
            Action::OpenWorkspace(p) => self.open_workspace(p),
            Action::Save => self.save_workspace(),
            Action::SaveAs => self.save_workspace_as(),
            Action::ToggleHistory => self.history_open = !self.history_open,
            Action::ShowHelp => self.help.help = true,
            Action::ShowAbout => self.help.about = true,
            Action::ShowPreferences => self.prefs_open = true,
            Action::Export(format) => self.export(format),
            Action::ExportPng => self.export_png(),
        }
    }

    /// Acts on the user's answer in a dialog.
    fn choose(&mut self, choice: Choice) {
        let dialog = self.dialog.take();
        match choice {
            Choice::Edit(rule) => self.edit(rule),
            Choice::SaveThen(then) => {
                self.after_save = Some(then);
                self.save_workspace();
            }
            Choice::DiscardThen(then) => {
                self.remove_recovery();
                self.run_then(then);
            }
            Choice::Recover => {
                if let Some(Dialog::Recover { copy, workspace }) = dialog {
                    self.start_workspace_load(copy, Some(workspace));
                }
            }
            Choice::DiscardRecovery => {
                if let Some(Dialog::Recover { copy, .. }) = dialog {
                    workspace_io::remove_recovery(&copy);
                }
            }
            Choice::LocateFolder => {
                if let Some(Dialog::MissingFolder { path, workspace }) = dialog {
                    let start = path.parent().map(Path::to_path_buf);
                    self.locating = Some((path, workspace));
                    self.picker.open(start);
                }
            }
            Choice::Cancel => {}
        }
    }

    fn show_document(&mut self, doc: crate::corpus::DocId, sentence: Option<usize>) {
        self.selection.document = Some(doc);
        self.selection.sentence = sentence;
        self.selection.scroll_request += 1;
    }

    fn select_entity(&mut self, entity: crate::extract::EntityId, add: bool, reveal: bool) {
        let Some(loaded) = &self.loaded else { return };
        self.selection.entity = Some(entity);
        let filter = &mut self.documents.query.entities;
        if add {
            if !filter.contains(&entity) {
                filter.push(entity);
            }
        } else {
            *filter = vec![entity];
        }
        if !reveal {
            return;
        }
        // Show a mention in the reader: in the open document if it has one, else in the first that does.
        let ex = &loaded.data.extraction;
        let first_in = |doc: crate::corpus::DocId| {
            ex.doc_mentions(doc).iter().find(|m| m.entity == entity).map(|m| (doc, m.sentence as usize))
        };
        let target = self.selection.document.and_then(first_in).or_else(|| {
            (0..loaded.data.corpus.documents.len())
                .map(|i| crate::corpus::DocId(i as u32))
                .filter(|d| loaded.index.mentions(*d, entity))
                .find_map(first_in)
        });
        if let Some((doc, sentence)) = target {
            self.show_document(doc, Some(sentence));
        }
    }
}

impl eframe::App for DossierApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let settings = self.settings();
        eframe::set_value(storage, STORAGE_KEY, &settings);
    }
}

impl DossierApp {
    /// An app showing `data`, already read from `folder` (benchmarks and tests that build a dataset in memory).
    /// The index is built here, on the calling thread.
    pub fn from_dataset(folder: PathBuf, data: crate::pipeline::Dataset) -> Self {
        let mut app = DossierApp::blank();
        let data = std::sync::Arc::new(data);
        let index = std::sync::Arc::new(crate::analysis::DatasetIndex::build(&data));
        app.session = Session::untitled(&folder);
        app.loaded = Some(Loaded {
            folder,
            base: data.clone(),
            data,
            rules: Vec::new(),
            report: Default::default(),
            index,
            generation: 1,
        });
        app.generation = 1;
        app
    }

    fn settings(&self) -> Settings {
        Settings {
            last_folder: self.loaded.as_ref().map(|l| l.folder.clone()),
            recent: self.recent.clone(),
            last_workspace: self.session.path.clone(),
            recent_workspaces: self.recent_workspaces.clone(),
            view: self.view,
            documents_sort: Some(self.documents.query.sort),
            entities_query: Some(self.entities.query.clone()),
            preferences: self.prefs.clone(),
            matrix: Some(self.countries.settings().clone()),
            graph: Some(self.graph.saved_state()),
        }
    }
}

/// Whether `path` names a workspace file rather than a folder of documents.
fn is_workspace_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(workspace_io::EXTENSION)) && !path.is_dir()
}

/// Opens the main window on `path`, or on the folder used last (the sample articles on first start).
///
/// The theme follows the system; `DOSSIER_THEME=light` or `dark` forces one, and `DOSSIER_VIEW=documents`,
/// `entities`, `relationships`, `countries` or `skipped` opens on that view (for screenshots).
pub fn run(path: Option<PathBuf>) -> eframe::Result<()> {
    // The icon is bundled; a damaged one only costs the icon.
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/icon-256.png")).unwrap_or_default();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dossier")
            .with_icon(icon)
            .with_app_id("dossier")
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([820.0, 520.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Dossier",
        options,
        Box::new(move |cc| {
            let mut app = DossierApp::from_creation_context(cc, path);
            if let Some(view) = std::env::var("DOSSIER_VIEW").ok().as_deref().and_then(View::from_key) {
                app.view = view;
            }
            Ok(Box::new(app))
        }),
    )
}

#[cfg(test)]
mod startup_tests {
    use super::*;

    /// The folder the app opens as it starts (the one used last, usually) comes from the extraction cache when
    /// it has not changed: the cache is in place before that first load begins.
    #[test]
    fn the_folder_opened_at_start_is_cached() {
        let seeds = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"));
        let data = tempfile::tempdir().expect("temp dir");
        let app = DossierApp::from_settings(Settings::default(), Some(seeds), Some(data.path().to_path_buf()));
        let job = app.job.as_ref().expect("the folder is loading");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while job.poll().is_none() {
            assert!(std::time::Instant::now() < deadline, "the seeds load");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        crate::cache::wait_for_writes();
        let cached = std::fs::read_dir(data.path().join("cache")).map_or(0, Iterator::count);
        assert_eq!(cached, 1, "the first load wrote the folder's cache");
    }
}
