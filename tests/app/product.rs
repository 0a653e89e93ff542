//! The parts of a finished desktop program: help, about, preferences.

use crate::common::{harness, seeds, wait_loaded};
use eframe::egui;
use egui_kittest::kittest::Queryable;

#[test]
fn f1_opens_the_guide_with_every_shortcut() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("Dossier help");
    for (keys, _) in dossier::app::help::SHORTCUTS {
        h.get_by_label(keys);
    }
}

#[test]
fn about_names_the_version_and_the_data_licences() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("About Dossier").click();
    h.run();
    h.get_by_label(&format!("Dossier {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label_contains("GeoNames");
    h.get_by_label_contains("GNU Free Documentation License");
}

#[test]
fn preferences_change_theme_and_text_size() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Preferences…").click();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark, "the dark theme is applied");
    h.get_by_label("Light").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "and the light one");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert!(h.ctx.zoom_factor() > 1.0, "Cmd+Plus makes the text larger");
}

#[test]
fn cmd_and_a_number_switch_views() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    use dossier::app::state::View;
    let keys = [
        (egui::Key::Num2, View::Entities),
        (egui::Key::Num3, View::Relationships),
        (egui::Key::Num4, View::Countries),
        (egui::Key::Num1, View::Documents),
    ];
    for (key, view) in keys {
        h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().view(), view, "{key:?}");
    }
    // The seeds have no skipped files, so there is no fifth view to go to.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    h.run();
    assert_eq!(h.state().view(), View::Documents);
}

#[test]
fn enter_opens_the_first_match_of_a_search_in_the_reader() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    assert_eq!(h.state().reader().document(), None);
    let search = h.get_by_label("Search documents");
    search.focus();
    search.type_text("Russia");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let first = h.state().documents().rows()[0];
    assert_eq!(h.state().selection().document, Some(first));
    assert_eq!(h.state().reader().document(), Some(first), "the reader shows the first match");

    // In the entities table, Enter opens the first entity and a document that mentions it.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let entity = h.state().entities().rows()[0];
    assert_eq!(h.state().selection().entity, Some(entity));
    let loaded = h.state().loaded().unwrap();
    let doc = h.state().reader().document().expect("a document is open");
    assert!(loaded.index.mentions(doc, entity), "the reader shows a document mentioning the entity");
}
