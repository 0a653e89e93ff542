//! The window's frame around the views: menu bar, message bar, side switcher and status bar.

use eframe::egui::{self, Align, KeyboardShortcut, Layout, RichText, Ui};
use std::path::PathBuf;

use super::loader::LoadJob;
use super::state::{Action, Loaded, View};
use super::widgets;
use super::{Message, OPEN_SHORTCUT, REDO_SHORTCUT, SAVE_AS_SHORTCUT, SAVE_SHORTCUT, UNDO_SHORTCUT};
use crate::export::ExportFormat;
use crate::workspace::Session;

/// What the menu bar shows besides the folder.
pub struct MenuContext<'a> {
    /// Why File > Export cannot run now (no folder, loading, an export under way); `None` when it can.
    pub export_blocked: Option<&'static str>,
    /// Whether an export is under way (the only thing that holds up a picture of the window).
    pub exporting: bool,
    /// The folder on screen.
    pub loaded: Option<&'a Loaded>,
    /// Recent folders.
    pub recent: &'a [PathBuf],
    /// Recent workspace files.
    pub recent_workspaces: &'a [PathBuf],
    /// The workspace being edited.
    pub session: &'a Session,
}

/// The menu bar with the File and Edit menus, the Open folder… button and the open folder's name.
pub fn menu_bar(ui: &mut Ui, menu: MenuContext<'_>, actions: &mut Vec<Action>) {
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu(ui, &menu, actions));
            ui.menu_button("Edit", |ui| edit_menu(ui, menu.session, actions));
            ui.menu_button("Help", |ui| {
                if ui.add(egui::Button::new("Guide and shortcuts").shortcut_text("F1")).clicked() {
                    actions.push(Action::ShowHelp);
                    ui.close();
                }
                if item(ui, "About Dossier", None, true) {
                    actions.push(Action::ShowAbout);
                }
            });
            ui.separator();
            let hint = format!("Choose a folder of documents ({}+O)", widgets::command_key(ui));
            if ui.button("Open folder…").on_hover_text(hint).clicked() {
                actions.push(Action::OpenFolderDialog);
            }
            if let Some(l) = menu.loaded {
                ui.add_space(8.0);
                ui.label(RichText::new(l.folder_name()).strong()).on_hover_text(l.folder.display().to_string());
                ui.add(egui::Label::new(RichText::new(l.folder.display().to_string()).weak()).truncate());
            }
        });
    });
}

fn item(ui: &mut Ui, label: &str, shortcut: Option<&KeyboardShortcut>, enabled: bool) -> bool {
    let mut button = egui::Button::new(label);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(s));
    }
    let clicked = ui.add_enabled(enabled, button).clicked();
    if clicked {
        ui.close();
    }
    clicked
}

fn file_menu(ui: &mut Ui, menu: &MenuContext<'_>, actions: &mut Vec<Action>) {
    let has_folder = menu.loaded.is_some();
    if item(ui, "New workspace", None, has_folder) {
        actions.push(Action::NewWorkspace);
    }
    if item(ui, "Open workspace…", None, true) {
        actions.push(Action::OpenWorkspaceDialog);
    }
    ui.menu_button("Recent workspaces", |ui| {
        if menu.recent_workspaces.is_empty() {
            ui.weak("No recent workspaces");
        }
        for path in menu.recent_workspaces {
            if ui.button(path.display().to_string()).on_hover_text("Open this workspace again").clicked() {
                actions.push(Action::OpenWorkspace(path.clone()));
            }
        }
    });
    if item(ui, "Save workspace", Some(&SAVE_SHORTCUT), has_folder) {
        actions.push(Action::Save);
    }
    if item(ui, "Save workspace as…", Some(&SAVE_AS_SHORTCUT), has_folder) {
        actions.push(Action::SaveAs);
    }
    ui.menu_button("Export", |ui| export_menu(ui, menu.export_blocked, menu.exporting, actions));
    ui.separator();
    if item(ui, "Open folder…", Some(&OPEN_SHORTCUT), true) {
        actions.push(Action::OpenFolderDialog);
    }
    ui.menu_button("Recent folders", |ui| {
        if menu.recent.is_empty() {
            ui.weak("No recent folders");
        }
        for folder in menu.recent {
            if ui.button(folder.display().to_string()).on_hover_text("Open this folder again").clicked() {
                actions.push(Action::OpenFolder(folder.clone()));
            }
        }
    });
    if ui.button("Open the sample articles").clicked()
        && let Ok(f) = super::samples::sample_folder()
    {
        actions.push(Action::OpenFolder(f));
    }
    ui.separator();
    if item(ui, "Preferences…", None, true) {
        actions.push(Action::ShowPreferences);
    }
    ui.separator();
    if ui.button("Quit").clicked() {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// File > Export: one item per export format, then a picture of the window. The items stay visible but disabled,
/// saying why, while there is nothing to export.
fn export_menu(ui: &mut Ui, blocked: Option<&str>, exporting: bool, actions: &mut Vec<Action>) {
    let why = blocked.unwrap_or_default();
    for format in ExportFormat::ALL {
        let label = format!("{}…", format.label());
        let r = ui.add_enabled(blocked.is_none(), egui::Button::new(label)).on_hover_text(format.description());
        if r.on_disabled_hover_text(why).clicked() {
            actions.push(Action::Export(format));
            ui.close();
        }
    }
    ui.separator();
    // A picture needs no folder, only no other export under way.
    let r = ui
        .add_enabled(!exporting, egui::Button::new("Current view as PNG…"))
        .on_hover_text("A picture of the window as it is now");
    if r.on_disabled_hover_text(why).clicked() {
        actions.push(Action::ExportPng);
        ui.close();
    }
}

fn edit_menu(ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
    let undo = match session.done().last() {
        Some(rule) => format!("Undo {}", rule.describe()),
        None => "Undo".to_string(),
    };
    if item(ui, &undo, Some(&UNDO_SHORTCUT), session.can_undo()) {
        actions.push(Action::Undo);
    }
    let redo = match session.undone().next() {
        Some(rule) => format!("Redo {}", rule.describe()),
        None => "Redo".to_string(),
    };
    if item(ui, &redo, Some(&REDO_SHORTCUT), session.can_redo()) {
        actions.push(Action::Redo);
    }
    ui.separator();
    if item(ui, "Edit history", None, true) {
        actions.push(Action::ToggleHistory);
    }
}

/// A coloured bar with `message` and a Dismiss button. Returns true when dismissed.
pub fn message_bar(ui: &mut Ui, message: &Message) -> bool {
    let mut dismissed = false;
    let visuals = ui.visuals();
    let (fill, text) = if message.error {
        (visuals.error_fg_color.gamma_multiply(0.18), visuals.error_fg_color)
    } else {
        (visuals.selection.bg_fill.gamma_multiply(0.35), visuals.strong_text_color())
    };
    egui::Panel::top("message-bar").frame(egui::Frame::side_top_panel(ui.style()).fill(fill)).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Label::new(RichText::new(&message.text).color(text)).wrap());
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                dismissed = ui.button("Dismiss").clicked();
            });
        });
    });
    dismissed
}

/// The status bar: counts, and while loading a progress bar with rate, time left and Cancel.
pub fn status_bar(ui: &mut Ui, loaded: Option<&Loaded>, job: Option<&LoadJob>, actions: &mut Vec<Action>) {
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.set_min_height(24.0);
            if let Some(l) = loaded {
                let c = &l.data.corpus;
                ui.label(match c.documents.len() {
                    1 => "1 document".to_string(),
                    n => format!("{n} documents"),
                });
                ui.weak("·");
                ui.label(format!("{} entities", l.data.extraction.entities.len()));
                ui.weak("·");
                if c.skipped.is_empty() {
                    ui.label("no files skipped");
                } else if ui
                    .link(format!("{} skipped", c.skipped.len()))
                    .on_hover_text("Files that could not be read")
                    .clicked()
                {
                    actions.push(Action::ShowView(View::Skipped));
                }
            }
            if job.is_some_and(|j| j.applying_edits) {
                ui.separator();
                ui.spinner();
                ui.label("Applying your edits…");
            }
            if let Some(job) = job.filter(|j| !j.applying_edits) {
                ui.separator();
                let p = &job.progress;

                let (done, total) = p.counts();
                let merging = p.merging.load(std::sync::atomic::Ordering::Relaxed);
                let text = if total == 0 {
                    format!("Listing {}…", super::state::folder_name(&job.folder))
                } else if merging {
                    format!("Merging names across {total} files…")
                } else {
                    format!("Reading {}: {done} of {total} files", super::state::folder_name(&job.folder))
                };
                ui.add(egui::ProgressBar::new(p.fraction()).desired_width(280.0).text(text).animate(true));
                // (Files per second and time left describe the reading, not the merging after it.)
                if total > 0 && !merging {
                    let mut rate = format!("{:.0} files/s", p.rate());
                    if let Some(eta) = p.eta() {
                        rate.push_str(&format!(" · about {} left", format_seconds(eta)));
                    }
                    let cached = p.cached.load(std::sync::atomic::Ordering::Relaxed);
                    if cached > 0 {
                        rate.push_str(&format!(" · {cached} unchanged, from the cache"));
                    }
                    ui.label(rate);
                }
                if ui.button("Cancel").on_hover_text("Stop reading; the folder on screen stays").clicked() {
                    actions.push(Action::CancelLoad);
                }
            }
        });
    });
}

/// The list of views on the left, with counts.
pub fn view_switcher(ui: &mut Ui, loaded: Option<&Loaded>, current: View, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    let docs = loaded.map(|l| l.data.corpus.documents.len());
    let ents = loaded.map(|l| l.data.extraction.entities.len());
    let skipped = loaded.map_or(0, |l| l.data.corpus.skipped.len());
    let mut items = vec![
        (View::Documents, "Documents", count(docs)),
        (View::Entities, "Entities", count(ents)),
        (View::Relationships, "Relationships", String::new()),
        (View::Countries, "Countries", String::new()),
    ];
    if skipped > 0 {
        items.push((View::Skipped, "Skipped files", skipped.to_string()));
    }
    let width = ui.available_width();
    for (view, label, n) in items {
        let button = egui::Button::selectable(current == view, label)
            .right_text(RichText::new(n).weak())
            .min_size(egui::vec2(width, 30.0));
        if ui.add(button).accessible_name(format!("{label} view")).clicked() {
            actions.push(Action::ShowView(view));
        }
    }
}

/// "12 s", "3 min".
fn format_seconds(s: f64) -> String {
    if s < 90.0 { format!("{:.0} s", s.max(1.0)) } else { format!("{:.0} min", s / 60.0) }
}
