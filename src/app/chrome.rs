//! The window around the views: one frame of it ([`DossierApp::show`]), the panels it lays out, keyboard
//! shortcuts, the title, closing, preferences, dialogs and the windows (help, history) that float above the views.

use eframe::egui::{self, Key, Modifiers};

use super::dialogs::{self, Dialog, Then};
use super::state::{Action, Loaded, View};
use super::*;

impl DossierApp {
    pub(super) fn keyboard(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let shortcuts = [
            (OPEN_SHORTCUT, Action::OpenFolderDialog),
            (SAVE_AS_SHORTCUT, Action::SaveAs),
            (SAVE_SHORTCUT, Action::Save),
        ];
        for (shortcut, action) in shortcuts {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                actions.push(action);
            }
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F1)) {
            actions.push(Action::ShowHelp);
        }
        // Cmd+1 to Cmd+5: the views in the switcher's order (Skipped files only when there are some, as there).
        let view_keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        let has_skipped = self.loaded.as_ref().is_some_and(|l| !l.data.corpus.skipped.is_empty());
        for (key, view) in view_keys.into_iter().zip(View::ALL) {
            if (view != View::Skipped || has_skipped) && ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, key)) {
                actions.push(Action::ShowView(view));
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&FIND_SHORTCUT)) {
            match self.view {
                View::Entities => self.entities.focus_search = true,
                View::Relationships => self.graph.focus_search = true,
                _ => {
                    self.view = View::Documents;
                    self.documents.focus_search = true;
                }
            }
        }
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        // In a text field, Ctrl+Z undoes typing; elsewhere it undoes entity edits.
        if nothing_focused && self.dialog.is_none() {
            let edits = [(REDO_SHORTCUT, Action::Redo), (REDO_SHORTCUT_2, Action::Redo), (UNDO_SHORTCUT, Action::Undo)];
            for (shortcut, action) in edits {
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    actions.push(action);
                }
            }
        }
        if nothing_focused && ctx.input(|i| i.key_pressed(Key::Escape)) {
            match self.view {
                View::Documents => self.documents.query.search.clear(),
                View::Entities => self.entities.query.search.clear(),
                _ => {}
            }
        }
    }

    pub(super) fn window_title(&mut self, ctx: &egui::Context) {
        let folder = self.loaded.as_ref().map(Loaded::folder_name);
        let title = self.session.window_title(folder.as_deref());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window is closing: with unsaved changes, ask first.
    pub(super) fn close_request(&mut self, ctx: &egui::Context) {
        if self.close_requested {
            self.close_requested = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::UnsavedChanges(Then::Close));
            }
        }
    }

    /// Applies changed preferences; a text size changed with the keyboard becomes the preference.
    pub(super) fn preferences(&mut self, ctx: &egui::Context) {
        if let Some(applied) = &mut self.applied_prefs
            && (ctx.zoom_factor() - applied.zoom).abs() > 1e-3
        {
            applied.zoom = ctx.zoom_factor();
            self.prefs.zoom = applied.zoom;
        }
        if self.applied_prefs.as_ref() != Some(&self.prefs) {
            self.prefs.apply(ctx);
            self.applied_prefs = Some(self.prefs.clone());
        }
        if let Some(folder) = self.prefs_picker.poll() {
            self.prefs.start_folder = Some(folder);
        }
        let mut open = self.prefs_open;
        egui::Window::new("Preferences").open(&mut open).resizable(false).show(ctx, |ui| {
            if preferences::ui(ui, &mut self.prefs) == Some(preferences::PreferencesRequest::ChooseStartFolder) {
                self.prefs_picker.open(self.prefs.start_folder.clone());
            }
        });
        self.prefs_open = open;
        self.help.ui(ctx);
    }

    /// The open dialog and the history window.
    pub(super) fn dialogs(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if let Some(dialog) = &mut self.dialog
            && let Some(choice) = dialog.ui(ctx, self.loaded.as_ref(), &self.session)
        {
            self.choose(choice);
        }
        if self.history_open {
            let report = self.loaded.as_ref().map(|l| l.report.clone()).unwrap_or_default();
            if let Some(n) = dialogs::history_ui(ctx, &mut self.history_open, &self.session, &report) {
                actions.push(Action::GoToHistory(n));
            }
        }
    }

    /// Draws one frame of the whole window into `ui` (what [`eframe::App::ui`] does each frame).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if let Some(folder) = self.picker.poll() {
            match self.locating.take() {
                Some((path, workspace)) => self.start_folder_load(folder, move |f| {
                    let mut ws = *workspace;
                    ws.folder = f.to_string_lossy().into_owned();
                    Session::recovered(Some(path), ws)
                }),
                None => self.start_folder_load(folder, Session::untitled),
            }
        }
        self.poll_job();
        self.poll_files();
        self.autosave(Instant::now());
        self.close_request(&ctx);
        if self.job.is_some() {
            self.frames_while_loading += 1;
        }
        if let Some(m) = self.countries.poll_export() {
            self.message = Some(m);
        }
        let exporting = self.poll_exports(&ctx);
        if exporting
            || self.job.is_some()
            || self.picker.is_open()
            || self.prefs_picker.is_open()
            || self.saving.is_some()
            || self.file_dialog.is_some()
            || self.countries.is_exporting()
        {
            // Nothing wakes the UI when the thread finishes, so look again soon.
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        let mut actions = Vec::new();
        self.keyboard(&ctx, &mut actions);
        self.window_title(&ctx);

        let menu = top_bar::MenuContext {
            export_blocked: self.export_blocked(),
            exporting: self.is_exporting(),
            loaded: self.loaded.as_ref(),
            recent: &self.recent,
            recent_workspaces: &self.recent_workspaces,
            session: &self.session,
        };
        top_bar::menu_bar(ui, menu, &mut actions);
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
        if self.loaded.is_some() && !self.showing_load_preview() {
            egui::Panel::right("reader-panel")
                .resizable(true)
                .default_size(440.0)
                .size_range(280.0..=900.0)
                .show(ui, |ui| self.side_panel(ui, &mut actions));
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut actions));
        self.dialogs(&ctx, &mut actions);
        self.preferences(&ctx);

        for a in actions {
            self.apply(a);
        }
    }

    /// Whether a folder being read shows its partial results in place of the folder on screen: at once when
    /// nothing else is open, else once the read has taken long enough to notice.
    fn showing_load_preview(&self) -> bool {
        self.job.as_ref().is_some_and(|job| {
            !job.applying_edits
                && (self.loaded.is_none() || job.progress.elapsed() >= load_preview::SHOW_AFTER.as_secs_f64())
        })
    }

    pub(super) fn central(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if self.showing_load_preview()
            && let Some(job) = &self.job
        {
            self.load_preview.ui(ui, job, actions);
            return;
        }
        let Some(loaded) = self.loaded.clone() else {
            if widgets::empty_state(
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
            View::Entities => self.entities.ui(ui, &loaded, &self.selection, &self.documents.query.entities, actions),
            View::Relationships => self.graph.ui(ui, &loaded, &self.selection, actions),
            View::Countries => {
                self.documents.refresh(&loaded);
                let (documents, selection) = (&self.documents, &self.selection);
                self.countries.ui(ui, &loaded, documents, selection, actions);
            }
            View::Skipped => self.skipped.ui(ui, &loaded),
        }
    }

    pub(super) fn side_panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
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
                    self.details.ui(ui, &loaded, &self.selection, &mut self.session.workspace, actions);
                });
        }
        if let Some(doc) = self.selection.document.and_then(|d| loaded.data.corpus.documents.get(d.index())) {
            let key = Workspace::doc_key(&doc.path);
            // Above the reader (a bottom panel would leave the text too little room under the interactions list).
            egui::Panel::top("document-annotations").show(ui, |ui| {
                annotations::ui(ui, &key, "document", &mut self.session.workspace);
            });
        }
        self.reader.ui(ui, &loaded, &self.selection, &self.documents.query.search, actions);
    }
}
