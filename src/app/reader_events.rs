//! The reader's list of the open document's interactions between countries: a collapsible, height-limited list
//! above the text; clicking an item scrolls the text to its sentence and highlights it.

use eframe::egui::{self, RichText, Ui};

use super::state::{Action, Loaded, Selection};
use super::widgets;
use crate::analysis::matrix_cells::{doc_interactions, interaction_label};
use crate::corpus::{DocId, Document};
use crate::extract::Interaction;

/// Height of the list before it scrolls (about five items), so the text keeps the room.
const MAX_HEIGHT: f32 = 132.0;
/// The most of the reader's remaining height the list takes: with an entity's details open above, five items
/// would leave the text a few lines.
const MAX_SHARE: f32 = 0.25;

/// Shows the list for `doc` (nothing when it has no interactions).
pub fn list(ui: &mut Ui, loaded: &Loaded, doc: DocId, selection: &Selection, actions: &mut Vec<Action>) {
    let items = doc_interactions(&loaded.data.extraction, doc);
    if items.is_empty() {
        return;
    }
    let Some(d) = loaded.data.corpus.get(doc) else { return };
    let title = RichText::new(format!("Interactions between countries ({})", items.len())).strong();
    let max_height = MAX_HEIGHT.min(ui.available_height() * MAX_SHARE).max(2.0 * ui.spacing().interact_size.y);
    egui::CollapsingHeader::new(title).id_salt("reader-interactions").default_open(true).show(ui, |ui| {
        let area = egui::ScrollArea::vertical()
            .id_salt(("reader-interactions-list", loaded.generation, doc))
            .max_height(max_height)
            .auto_shrink([false, true]);
        // (A long document, a report of a megabyte, can hold thousands: only the rows in view are laid out.)
        let row_height = ui.spacing().interact_size.y;
        widgets::lazy_list(ui, area, items.len(), row_height, |ui, i| {
            if let Some(it) = items.get(i) {
                row(ui, it, d, selection, actions);
            }
        });
    });
}

/// One selectable line for interaction `it` of document `d`.
fn row(ui: &mut Ui, it: &Interaction, d: &Document, selection: &Selection, actions: &mut Vec<Action>) {
    let sentence = it.sentence as usize;
    let on = selection.document == Some(d.id) && selection.sentence == Some(sentence);
    let response = ui.add(egui::Button::selectable(on, interaction_label(it)).truncate()).on_hover_ui(|ui| {
        ui.label(format!(
            "{} — {}\n\nClick to show it in the text.",
            it.category.quad().label(),
            d.sentence_text(sentence)
        ));
    });
    if response.clicked() {
        actions.push(Action::OpenSentence { doc: d.id, sentence });
    }
}
