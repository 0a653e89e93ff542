//! Colours and badges for entity kinds, search matches and highlighted sentences.
//!
//! The kind colours are the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), in a
//! darker and a lighter variant for light and dark themes. Colour is never the only cue: every kind also has a
//! letter badge, and tooltips name the kind.

use eframe::egui::{self, Color32, CornerRadius, Response, RichText, Sense, Ui, Vec2};

use crate::extract::EntityKind;

/// The badge letter of a kind.
pub fn kind_letter(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "P",
        EntityKind::Organization => "O",
        EntityKind::Country => "C",
        EntityKind::Place => "L",
    }
}

/// The strong colour of a kind (badges, legend), readable on the theme's background.
pub fn kind_color(kind: EntityKind, dark: bool) -> Color32 {
    match (kind, dark) {
        (EntityKind::Person, false) => Color32::from_rgb(0x00, 0x72, 0xB2),
        (EntityKind::Person, true) => Color32::from_rgb(0x56, 0xB4, 0xE9),
        (EntityKind::Organization, false) => Color32::from_rgb(0xC0, 0x50, 0x00),
        (EntityKind::Organization, true) => Color32::from_rgb(0xE6, 0x9F, 0x00),
        (EntityKind::Country, false) => Color32::from_rgb(0x00, 0x7A, 0x5A),
        (EntityKind::Country, true) => Color32::from_rgb(0x3C, 0xC8, 0x9C),
        (EntityKind::Place, false) => Color32::from_rgb(0xA0, 0x40, 0x88),
        (EntityKind::Place, true) => Color32::from_rgb(0xE0, 0x90, 0xC0),
    }
}

/// The background of a highlighted mention of this kind in the reader (the text keeps its normal colour).
pub fn kind_highlight(kind: EntityKind, dark: bool) -> Color32 {
    match (kind, dark) {
        (EntityKind::Person, false) => Color32::from_rgb(0xCC, 0xE4, 0xF6),
        (EntityKind::Person, true) => Color32::from_rgb(0x1B, 0x3F, 0x5E),
        (EntityKind::Organization, false) => Color32::from_rgb(0xFA, 0xDD, 0xC0),
        (EntityKind::Organization, true) => Color32::from_rgb(0x5C, 0x3A, 0x10),
        (EntityKind::Country, false) => Color32::from_rgb(0xC8, 0xEE, 0xDE),
        (EntityKind::Country, true) => Color32::from_rgb(0x12, 0x4A, 0x3A),
        (EntityKind::Place, false) => Color32::from_rgb(0xF2, 0xD8, 0xEA),
        (EntityKind::Place, true) => Color32::from_rgb(0x52, 0x2A, 0x48),
    }
}

/// The background of a search match.
pub fn search_highlight(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x8A, 0x6D, 0x00) } else { Color32::from_rgb(0xFF, 0xE0, 0x4D) }
}

/// The background of the sentence the reader was opened at.
pub fn sentence_highlight(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x3A, 0x3A, 0x50) } else { Color32::from_rgb(0xE6, 0xE6, 0xF4) }
}

/// A small rounded badge with the kind's letter, coloured by kind.
pub fn kind_badge(ui: &mut Ui, kind: EntityKind) -> Response {
    let dark = ui.visuals().dark_mode;
    let font = egui::TextStyle::Small.resolve(ui.style());
    let size = Vec2::splat(font.size + 6.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    if ui.is_rect_visible(rect) {
        let fill = kind_color(kind, dark);
        ui.painter().rect_filled(rect, CornerRadius::same(3), fill);
        let text = if dark { Color32::BLACK } else { Color32::WHITE };
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            kind_letter(kind),
            egui::FontId::new(font.size, egui::FontFamily::Proportional),
            text,
        );
    }
    response.on_hover_text(kind.label())
}

/// A badge followed by the kind's name, for tables and details.
pub fn kind_chip(ui: &mut Ui, kind: EntityKind) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        kind_badge(ui, kind);
        ui.label(RichText::new(kind.label()).color(kind_color(kind, ui.visuals().dark_mode)));
    });
}

/// The legend of the reader: one badge and swatch per kind, plus search matches.
pub fn legend(ui: &mut Ui, searching: bool) {
    ui.horizontal_wrapped(|ui| {
        let dark = ui.visuals().dark_mode;
        for kind in EntityKind::ALL {
            ui.spacing_mut().item_spacing.x = 4.0;
            kind_badge(ui, kind);
            ui.label(
                RichText::new(format!(" {} ", kind.label()))
                    .background_color(kind_highlight(kind, dark))
                    .color(ui.visuals().strong_text_color()),
            );
            ui.add_space(6.0);
        }
        if searching {
            ui.label(
                RichText::new(" search match ")
                    .background_color(search_highlight(dark))
                    .color(ui.visuals().strong_text_color()),
            );
        }
    });
}
