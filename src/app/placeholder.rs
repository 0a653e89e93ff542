//! Views that are not available yet (the country matrix).

use eframe::egui::Ui;

use super::widgets;

/// A view that says what it will show and what to use meanwhile.
pub struct Placeholder {
    heading: &'static str,
    title: &'static str,
    body: &'static str,
}

impl Placeholder {
    /// The country matrix's placeholder.
    pub fn countries() -> Self {
        Placeholder {
            heading: "Countries",
            title: "The country matrix is not available yet",
            body: "It will show which countries act on which, with the sentence behind every cell.\n\
                   Meanwhile, filter the Documents view by country to read what is said about them.",
        }
    }

    /// Shows the view.
    pub fn ui(&mut self, ui: &mut Ui) {
        ui.heading(self.heading);
        ui.separator();
        widgets::empty_state(ui, self.title, self.body, None);
    }
}
