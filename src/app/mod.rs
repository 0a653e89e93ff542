//! The desktop app (egui). It only shows what the engine produced.
//!
//! [`DossierApp`] owns the open folder ([`state::Loaded`]), the background load, the shared [`state::Selection`]
//! and one struct per view; each view draws itself with a `ui` method and asks for changes by pushing
//! [`state::Action`]s, which the app applies once the frame's views have run.

pub mod details;
pub mod documents_view;
pub mod entities_view;
pub mod loader;
mod matrix_grid;
pub mod matrix_view;
pub mod placeholder;
pub mod reader;
pub mod reader_events;
pub mod samples;
pub mod save_job;
pub mod skipped_view;
pub mod state;
pub mod theme;
mod top_bar;
pub mod widgets;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

use details::Details;
use documents_view::DocumentsView;
use entities_view::EntitiesView;
use loader::{FolderPicker, LoadError, LoadJob};
use matrix_view::MatrixView;
use placeholder::Placeholder;
use reader::Reader;
use skipped_view::SkippedView;
use state::{Action, Loaded, Selection, View};

/// Where the app's settings live in eframe's storage.
const STORAGE_KEY: &str = "dossier-app";
/// Recent folders remembered.
const MAX_RECENT: usize = 8;

const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const FIND_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// What survives a restart.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Settings {
    last_folder: Option<PathBuf>,
    recent: Vec<PathBuf>,
    view: View,
    documents_sort: Option<crate::analysis::Sort<crate::analysis::DocColumn>>,
    entities_query: Option<crate::analysis::EntityQuery>,
    matrix: Option<crate::analysis::matrix::MatrixSettings>,
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
    relationships: Placeholder,
    countries: MatrixView,
    message: Option<Message>,
    recent: Vec<PathBuf>,
    generation: u64,
    frames_while_loading: u64,
    title: String,
}

impl DossierApp {
    /// An app without saved settings that starts loading `folder` (the sample articles when `None`). Tests use
    /// this; the window uses [`DossierApp::from_creation_context`].
    pub fn new(folder: Option<PathBuf>) -> Self {
        let mut app = DossierApp {
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
            relationships: Placeholder::relationships(),
            countries: MatrixView::default(),
            message: None,
            recent: Vec::new(),
            generation: 0,
            frames_while_loading: 0,
            title: String::new(),
        };
        match folder {
            Some(f) => app.open_folder(f),
            None => app.open_samples(),
        }
        app
    }

    /// The app as the window starts it: settings restored from eframe's storage; `folder` (from the command
    /// line) wins over the folder used last, which wins over the sample articles.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, folder: Option<PathBuf>) -> Self {
        let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default();
        let mut missing = None;
        let folder = folder.or_else(|| match settings.last_folder.clone() {
            Some(f) if f.exists() => Some(f),
            Some(f) => {
                missing = Some(f);
                None
            }
            None => None,
        });
        let mut app = DossierApp::new(folder);
        app.recent = settings.recent;
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

    /// Starts loading `folder` in the background (the path a picked folder, a recent folder and the command line
    /// all take). The current folder stays on screen until the new one has loaded; a load in progress is cancelled.
    pub fn open_folder(&mut self, folder: PathBuf) {
        // The user moved on: an earlier message no longer applies.
        self.message = None;
        self.generation += 1;
        self.job = Some(LoadJob::start(folder, self.generation));
        self.frames_while_loading = 0;
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
            Action::OpenFolderDialog => {
                let start = self.loaded.as_ref().and_then(|l| l.folder.parent().map(Path::to_path_buf));
                self.picker.open(start);
            }
            Action::OpenFolder(f) => self.open_folder(f),
            Action::CancelLoad => self.cancel_load(),
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
    fn poll_job(&mut self) {
        let Some(result) = self.job.as_ref().and_then(LoadJob::poll) else {
            return;
        };
        let folder = self.job.take().map(|j| j.folder.clone()).unwrap_or_default();
        match result {
            Ok(loaded) => {
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
                if let Some(old) = self.loaded.replace(loaded) {
                    // Freeing a big folder's text and mentions takes a while: not on the UI thread.
                    let _ = std::thread::Builder::new().name("dossier-free".into()).spawn(move || drop(old));
                }
            }
            Err(LoadError::Cancelled) => {
                self.message = Some(Message { text: format!("Stopped reading {}.", folder.display()), error: false });
            }
            Err(LoadError::Failed(text)) => self.message = Some(Message { text, error: true }),
        }
    }

    fn remember(&mut self, folder: &Path) {
        self.recent.retain(|f| f != folder);
        self.recent.insert(0, folder.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    fn keyboard(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if ctx.input_mut(|i| i.consume_shortcut(&OPEN_SHORTCUT)) {
            actions.push(Action::OpenFolderDialog);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&FIND_SHORTCUT)) {
            match self.view {
                View::Entities => self.entities.focus_search = true,
                _ => {
                    self.view = View::Documents;
                    self.documents.focus_search = true;
                }
            }
        }
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        if nothing_focused && ctx.input(|i| i.key_pressed(Key::Escape)) {
            match self.view {
                View::Documents => self.documents.query.search.clear(),
                View::Entities => self.entities.query.search.clear(),
                _ => {}
            }
        }
    }

    fn window_title(&mut self, ctx: &egui::Context) {
        let title = match &self.loaded {
            Some(l) => format!("Dossier — {}", l.folder_name()),
            None => "Dossier".to_string(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn central(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(loaded) = self.loaded.clone() else {
            if let Some(job) = &self.job {
                ui.vertical_centered(|ui| {
                    ui.add_space(ui.available_height() * 0.3);
                    ui.spinner();
                    ui.label(format!("Reading {}…", job.folder.display()));
                });
            } else if widgets::empty_state(
                ui,
                "No folder open",
                "Open a folder of articles or reports (.txt, .md, .html, .pdf, .docx, …) to begin.",
                Some("Open folder…"),
            ) {
                actions.push(Action::OpenFolderDialog);
            }
            return;
        };
        match self.view {
            View::Documents => self.documents.ui(ui, &loaded, &self.selection, actions),
            View::Entities => self.entities.ui(ui, &loaded, &self.selection, actions),
            View::Relationships => self.relationships.ui(ui),
            View::Countries => {
                self.documents.refresh(&loaded);
                let (documents, selection) = (&self.documents, &self.selection);
                self.countries.ui(ui, &loaded, documents, selection, actions);
            }
            View::Skipped => self.skipped.ui(ui, &loaded),
        }
    }

    fn side_panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(loaded) = self.loaded.clone() else {
            return;
        };
        let entity_open = self.selection.entity.is_some_and(|e| loaded.data.extraction.entity(e).is_some());
        if entity_open {
            let h = ui.available_height();
            egui::Panel::top("entity-details")
                .resizable(true)
                .default_size(h * 0.45)
                .size_range(120.0..=(h - 120.0).max(160.0))
                .show(ui, |ui| {
                    self.details.ui(ui, &loaded, &self.selection, actions);
                });
        }
        self.reader.ui(ui, &loaded, &self.selection, &self.documents.query.search, actions);
    }
}

impl eframe::App for DossierApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some(folder) = self.picker.poll() {
            self.open_folder(folder);
        }
        self.poll_job();
        if self.job.is_some() {
            self.frames_while_loading += 1;
        }
        if let Some(m) = self.countries.poll_export() {
            self.message = Some(m);
        }
        if self.job.is_some() || self.picker.is_open() || self.countries.is_exporting() {
            // Nothing wakes the UI when the thread finishes, so look again soon.
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        let mut actions = Vec::new();
        self.keyboard(&ctx, &mut actions);
        self.window_title(&ctx);

        top_bar::menu_bar(ui, self.loaded.as_ref(), &self.recent, &mut actions);
        if let Some(m) = &self.message
            && top_bar::message_bar(ui, m)
        {
            self.message = None;
        }
        top_bar::status_bar(ui, self.loaded.as_ref(), self.job.as_ref(), &mut actions);
        egui::Panel::left("views")
            .resizable(false)
            .exact_size(176.0)
            .show(ui, |ui| top_bar::view_switcher(ui, self.loaded.as_ref(), self.view, &mut actions));
        if self.loaded.is_some() {
            egui::Panel::right("reader-panel")
                .resizable(true)
                .default_size(440.0)
                .size_range(280.0..=900.0)
                .show(ui, |ui| self.side_panel(ui, &mut actions));
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut actions));

        for a in actions {
            self.apply(a);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let settings = Settings {
            last_folder: self.loaded.as_ref().map(|l| l.folder.clone()),
            recent: self.recent.clone(),
            view: self.view,
            documents_sort: Some(self.documents.query.sort),
            entities_query: Some(self.entities.query.clone()),
            matrix: Some(self.countries.settings().clone()),
        };
        eframe::set_value(storage, STORAGE_KEY, &settings);
    }
}

/// Opens the main window on `path`, or on the folder used last (the sample articles on first start).
///
/// The theme follows the system; `DOSSIER_THEME=light` or `dark` forces one (for screenshots).
pub fn run(path: Option<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dossier")
            .with_app_id("dossier")
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([820.0, 520.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Dossier",
        options,
        Box::new(move |cc| {
            match std::env::var("DOSSIER_THEME").as_deref() {
                Ok("light") => cc.egui_ctx.set_theme(egui::ThemePreference::Light),
                Ok("dark") => cc.egui_ctx.set_theme(egui::ThemePreference::Dark),
                _ => {}
            }
            Ok(Box::new(DossierApp::from_creation_context(cc, path)))
        }),
    )
}
