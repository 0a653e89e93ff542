//! The files Dossier could not read, and why.

use eframe::egui::{self, RichText, Ui};
use egui_extras::Column;

use super::state::Loaded;
use super::widgets;

/// The skipped-files view (stateless apart from the table's own scroll state).
#[derive(Default)]
pub struct SkippedView;

impl SkippedView {
    /// Shows the view.
    pub fn ui(&mut self, ui: &mut Ui, loaded: &Loaded) {
        let skipped = &loaded.data.corpus.skipped;
        ui.horizontal(|ui| {
            ui.heading("Skipped files");
            ui.add_space(8.0);
            ui.label(RichText::new(format!("{} files", skipped.len())).strong());
        });
        ui.label(
            "These files are in the folder but could not be read. They are left out of every table. \
             Convert them to a supported format (.txt, .md, .html, .pdf, .docx, .odt, .rtf) or fix them, \
             then open the folder again.",
        );
        ui.separator();
        if skipped.is_empty() {
            widgets::empty_state(ui, "Every file was read", "Nothing was skipped in this folder.", None);
            return;
        }
        let row_height = widgets::row_height(ui);
        widgets::table(ui, ("skipped-table", loaded.generation))
            // File names are short and the reasons long: the reason gets the room (a cut one shows whole on hover).
            .column(Column::initial(240.0).at_least(120.0).clip(true))
            .column(Column::remainder().at_least(120.0).clip(true))
            .header(row_height + 2.0, |mut header| {
                header.col(|ui| {
                    ui.strong("File");
                });
                header.col(|ui| {
                    ui.strong("Why it was skipped");
                });
            })
            .body(|body| {
                body.rows(row_height, skipped.len(), |mut row| {
                    let s = &skipped[row.index()];
                    row.col(|ui| {
                        ui.add(egui::Label::new(&s.path).truncate());
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(&s.reason).truncate());
                    });
                });
            });
    }
}
