//! The desktop app (egui). It only shows and edits what the engine produced.

use eframe::egui;
use std::path::PathBuf;

/// Opens the main window.
pub fn run(path: Option<PathBuf>) -> eframe::Result<()> {
    let _ = path;
    let options = eframe::NativeOptions::default();
    eframe::run_native("Dossier", options, Box::new(|_cc| Ok(Box::new(Placeholder))))
}

struct Placeholder;

impl eframe::App for Placeholder {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("Dossier");
    }
}
