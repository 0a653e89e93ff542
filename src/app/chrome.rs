//! The window around the views: keyboard shortcuts, the title, closing, preferences, dialogs and the
//! windows (help, history) that float above the views.

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
}
