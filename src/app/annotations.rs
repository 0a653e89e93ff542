//! The analyst's own marks on a document or an entity: a star, tags and a note, kept in the workspace under
//! the item's key (`doc:<path>` or `entity:<name>`).

use eframe::egui::{self, RichText, Ui};
use std::collections::BTreeSet;

use crate::workspace::Workspace;

/// Splits what the user typed in the tags field ("a, b ,c") into tags.
pub fn parse_tags(text: &str) -> BTreeSet<String> {
    text.split([',', ';']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// The star button, the tags field and the note for the item `key`, editing `ws` in place.
pub fn ui(ui: &mut Ui, key: &str, what: &str, ws: &mut Workspace) {
    ui.horizontal(|ui| {
        ui.weak(format!("Your marks on this {what}:"));
        let starred = ws.starred.contains(key);
        let tip = if starred { "Remove the star" } else { "Mark it to find it again" };
        let text = if starred {
            RichText::new("Starred").strong().color(egui::Color32::from_rgb(0xD0, 0x90, 0x10))
        } else {
            RichText::new("Star")
        };
        let star = egui::Button::selectable(starred, text);
        if ui.add(star).accessible_name(format!("Star this {what}")).on_hover_text(tip).clicked() {
            if starred {
                ws.starred.remove(key);
            } else {
                ws.starred.insert(key.to_string());
            }
        }
        ui.label("Tags");
        let id = egui::Id::unique(("dossier-tags", key));
        let saved = ws.tags.get(key).map(|t| t.iter().cloned().collect::<Vec<_>>().join(", ")).unwrap_or_default();
        // The text is kept as typed while the field has focus; the tags are stored when it loses focus.
        let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| saved.clone());
        let r = ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("comma, separated")
                .desired_width(f32::INFINITY)
                .id_salt(("tags-field", key)),
        );
        let r = r
            .accessible_name(format!("Tags of this {what}"))
            .on_hover_text(format!("Tags for this {what}, separated by commas"));
        if r.has_focus() {
            ui.data_mut(|d| d.insert_temp(id, text));
        } else {
            if r.lost_focus() {
                let tags = parse_tags(&text);
                if tags.is_empty() {
                    ws.tags.remove(key);
                } else {
                    ws.tags.insert(key.to_string(), tags);
                }
            }
            ui.data_mut(|d| d.remove::<String>(id));
        }
    });
    let has_note = ws.notes.get(key).is_some_and(|n| !n.is_empty());
    let header = if has_note { "Note (written)" } else { "Note" };
    egui::CollapsingHeader::new(header).id_salt(("note", key)).default_open(has_note).show(ui, |ui| {
        let mut note = ws.notes.get(key).cloned().unwrap_or_default();
        let r = ui.add(
            egui::TextEdit::multiline(&mut note)
                .hint_text(format!("Your notes on this {what}"))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        let r = r.accessible_name(format!("Note on this {what}"));
        if r.changed() {
            if note.is_empty() {
                ws.notes.remove(key);
            } else {
                ws.notes.insert(key.to_string(), note);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_split_trimmed_and_deduplicated() {
        let tags = parse_tags(" envoy, Russia ;, envoy ,");
        assert_eq!(tags.into_iter().collect::<Vec<_>>(), vec!["Russia".to_string(), "envoy".to_string()]);
        assert!(parse_tags(" , ; ").is_empty());
    }
}
