//! What a folder being read holds so far: the documents read and the names they mention most, shown in place of
//! the tables while a large folder loads (the tables need every document, and the entities resolved across them).

use std::time::Duration;

use eframe::egui::{self, RichText, Ui};
use egui_extras::Column;

use super::loader::LoadJob;
use super::state::Action;
use super::widgets;
use crate::pipeline::LoadPreview;

/// How long a folder must take before its partial results replace the folder on screen (a small folder loads
/// faster than the eye would notice the switch).
pub const SHOW_AFTER: Duration = Duration::from_millis(800);

/// The partial-results view. It keeps no state: the loading threads keep the partial results, ranking included.
#[derive(Default)]
pub struct LoadPreviewView;

impl LoadPreviewView {
    /// Shows the folder being read by `job`.
    pub fn ui(&mut self, ui: &mut Ui, job: &LoadJob, actions: &mut Vec<Action>) {
        let progress = &job.progress;
        let (done, total) = progress.counts();
        ui.horizontal(|ui| {
            ui.heading(format!("Reading {}", super::state::folder_name(&job.folder)));
            ui.add_space(8.0);
            // (The status bar's button is "Cancel"; this one is named apart so that each is found by its label.)
            if ui.button("Stop reading").on_hover_text("Stop; the folder open before stays").clicked() {
                actions.push(Action::CancelLoad);
            }
        });
        let merging = progress.merging.load(std::sync::atomic::Ordering::Relaxed);
        let text = match (total, merging) {
            (0, _) => "Listing files…".to_string(),
            (_, true) => format!("All {total} files read: merging names across them…"),
            _ => format!("{done} of {total} files"),
        };
        ui.add(egui::ProgressBar::new(progress.fraction()).text(text).animate(true));
        ui.label(
            RichText::new(
                "Partial results: the documents read so far and the names they mention. Spelling variants and \
                 surnames are merged, and the tables, graph and matrix open, once every file has been read.",
            )
            .weak(),
        );
        ui.separator();
        let Some(preview) = progress.preview() else {
            ui.spinner();
            return;
        };
        let names_width = (ui.available_width() * 0.35).clamp(220.0, 420.0);
        egui::Panel::right("load-preview-names").resizable(false).exact_size(names_width).show(ui, |ui| {
            names_ui(ui, &preview);
        });
        documents_ui(ui, &preview);
    }
}

/// The names mentioned by the most documents so far.
fn names_ui(ui: &mut Ui, preview: &LoadPreview) {
    let top = preview.ranking();
    ui.strong(format!("Mentioned most so far ({} names)", preview.name_count()));
    if top.is_empty() {
        ui.weak("None yet.");
        return;
    }
    let row_height = widgets::row_height(ui);
    widgets::table(ui, "load-preview-names-table")
        .column(Column::remainder().at_least(100.0).clip(true))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(70.0))
        .header(row_height, |mut header| {
            for title in ["Name", "Kind", "Documents"] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, top.len(), |mut row| {
                let name = &top[row.index()];
                row.col(|ui| {
                    ui.add(egui::Label::new(&name.name).truncate());
                });
                row.col(|ui| {
                    ui.label(name.kind.label());
                });
                row.col(|ui| widgets::right_aligned(ui, name.documents.to_string()));
            });
        });
}

/// The documents read so far, latest first (only the visible rows are drawn: this may be 100,000 of them).
fn documents_ui(ui: &mut Ui, preview: &LoadPreview) {
    let documents = preview.documents();
    ui.strong(format!("Documents read so far ({})", documents.len()));
    let row_height = widgets::row_height(ui);
    widgets::table(ui, "load-preview-documents")
        .column(Column::remainder().at_least(160.0).clip(true))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(64.0))
        .column(Column::auto().at_least(64.0))
        // Room for the scroll bar, which floats over the last column.
        .column(Column::exact(12.0))
        .header(row_height, |mut header| {
            for title in ["Title", "Date", "Words", "Entities", ""] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, documents.len(), |mut row| {
                let d = &documents[documents.len() - 1 - row.index()];
                row.col(|ui| {
                    ui.add(egui::Label::new(&d.title).truncate()).on_hover_text(&d.path);
                });
                row.col(|ui| {
                    ui.label(d.date.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| widgets::right_aligned(ui, d.words.to_string()));
                row.col(|ui| widgets::right_aligned(ui, d.entities.map(|n| n.to_string()).unwrap_or_default()));
                row.col(|_| {});
            });
        });
}
