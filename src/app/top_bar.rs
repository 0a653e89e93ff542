//! The window's frame around the views: menu bar, message bar, side switcher and status bar.

use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::loader::LoadJob;
use super::state::{Action, Loaded, View};
use super::widgets;
use super::{Message, OPEN_SHORTCUT};

/// The menu bar with the File menu, the Open folder… button and the open folder's name.
pub fn menu_bar(ui: &mut Ui, loaded: Option<&Loaded>, recent: &[std::path::PathBuf], actions: &mut Vec<Action>) {
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let shortcut = ui.ctx().format_shortcut(&OPEN_SHORTCUT);
                if ui.add(egui::Button::new("Open folder…").shortcut_text(shortcut)).clicked() {
                    actions.push(Action::OpenFolderDialog);
                }
                ui.menu_button("Recent folders", |ui| {
                    if recent.is_empty() {
                        ui.weak("No recent folders");
                    }
                    for folder in recent {
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
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.separator();
            let hint = format!("Choose a folder of documents ({}+O)", widgets::command_key(ui));
            if ui.button("Open folder…").on_hover_text(hint).clicked() {
                actions.push(Action::OpenFolderDialog);
            }
            if let Some(l) = loaded {
                ui.add_space(8.0);
                ui.label(RichText::new(l.folder_name()).strong()).on_hover_text(l.folder.display().to_string());
                ui.add(egui::Label::new(RichText::new(l.folder.display().to_string()).weak()).truncate());
            }
        });
    });
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
                ui.label(format!("{} documents", c.documents.len()));
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
            if let Some(job) = job {
                ui.separator();
                let p = &job.progress;
                let (done, total) = p.counts();
                let text = if total == 0 {
                    format!("Listing {}…", super::state::folder_name(&job.folder))
                } else {
                    format!("Reading {}: {done} of {total} files", super::state::folder_name(&job.folder))
                };
                ui.add(egui::ProgressBar::new(p.fraction()).desired_width(280.0).text(text).animate(true));
                if total > 0 {
                    let mut rate = format!("{:.0} files/s", p.rate());
                    if let Some(eta) = p.eta() {
                        rate.push_str(&format!(" · about {} left", format_seconds(eta)));
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
