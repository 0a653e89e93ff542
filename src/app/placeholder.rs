//! Views that are not available yet (the relationship graph and the country matrix).

use eframe::egui::Ui;

use super::widgets;

/// A view that says what it will show and what to use meanwhile.
pub struct Placeholder {
    heading: &'static str,
    title: &'static str,
    body: &'static str,
}

impl Placeholder {
    /// The relationship graph's placeholder.
    pub fn relationships() -> Self {
        Placeholder {
            heading: "Relationships",
            title: "The relationship graph is not available yet",
            body: "It will show who is connected to whom, with the sentences behind every link.\n\
                   Meanwhile, select an entity in the Entities view to see the documents and sentences that mention it.",
        }
    }

    /// Shows the view.
    pub fn ui(&mut self, ui: &mut Ui) {
        ui.heading(self.heading);
        ui.separator();
        widgets::empty_state(ui, self.title, self.body, None);
    }
}
