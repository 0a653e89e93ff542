//! The parts of a finished desktop program: help, about, preferences.

mod app_common;

use app_common::{harness, seeds, wait_loaded};
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
