//! Preferences the user sets once: theme, text size, the folder to open at start, and the file size limit.
//! They are kept with the app's settings (not in workspaces: they belong to the computer, not the analysis).

use eframe::egui::{self, Ui};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

use crate::corpus::ReadOptions;

/// The smallest and largest text size, as a zoom factor.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// The user's preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The colour theme.
    pub theme: ThemeChoice,
    /// Text and widget size (1 = normal).
    pub zoom: f32,
    /// A folder to open at start instead of the one used last.
    pub start_folder: Option<PathBuf>,
    /// Files larger than this many megabytes are skipped (listed with the reason).
    pub max_file_mb: u64,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            theme: ThemeChoice::System,
            zoom: 1.0,
            start_folder: None,
            max_file_mb: ReadOptions::default().max_file_bytes / (1024 * 1024),
        }
    }
}

impl Preferences {
    /// The reading limits these preferences ask for.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions { max_file_bytes: self.max_file_mb.max(1).saturating_mul(1024 * 1024), ..ReadOptions::default() }
    }

    /// Applies the theme and text size to the window.
    pub fn apply(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        let zoom = self.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
        }
    }
}

/// What the preferences window asks the app to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreferencesRequest {
    /// Choose the start folder with the folder dialog.
    ChooseStartFolder,
}

/// The preferences window's contents; returns a request when a button needs the app.
pub fn ui(ui: &mut Ui, prefs: &mut Preferences) -> Option<PreferencesRequest> {
    let mut request = None;
    egui::Grid::new("preferences").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
        ui.label("Theme");
        ui.horizontal(|ui| {
            ui.selectable_value(&mut prefs.theme, ThemeChoice::System, "Follow the system");
            ui.selectable_value(&mut prefs.theme, ThemeChoice::Light, "Light");
            ui.selectable_value(&mut prefs.theme, ThemeChoice::Dark, "Dark");
        });
        ui.end_row();
        ui.label("Text size");
        ui.horizontal(|ui| {
            ui.add(
                egui::Slider::new(&mut prefs.zoom, ZOOM_RANGE)
                    .step_by(0.05)
                    .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
            )
            .accessible_name("Text size");
            if ui.button("Normal").clicked() {
                prefs.zoom = 1.0;
            }
        });
        ui.end_row();
        ui.label("Open at start");
        ui.horizontal(|ui| {
            let text = match &prefs.start_folder {
                Some(f) => f.display().to_string(),
                None => "the folder or workspace used last".to_string(),
            };
            ui.add(egui::Label::new(text).truncate());
            if ui.button("Choose…").clicked() {
                request = Some(PreferencesRequest::ChooseStartFolder);
            }
            if prefs.start_folder.is_some() && ui.button("Use the last one").clicked() {
                prefs.start_folder = None;
            }
        });
        ui.end_row();
        ui.label("Skip files larger than");
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut prefs.max_file_mb).range(1..=10_000).suffix(" MB"))
                .accessible_name("Largest file read, in megabytes");
            ui.weak("(applies to the next folder opened)");
        });
        ui.end_row();
    });
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_limit_becomes_read_options() {
        let p = Preferences { max_file_mb: 5, ..Preferences::default() };
        assert_eq!(p.read_options().max_file_bytes, 5 * 1024 * 1024);
        assert_eq!(Preferences::default().read_options().max_file_bytes, ReadOptions::default().max_file_bytes);
        let zero = Preferences { max_file_mb: 0, ..Preferences::default() };
        assert_eq!(zero.read_options().max_file_bytes, 1024 * 1024, "never a limit that skips everything");
    }

    #[test]
    fn old_settings_without_preferences_still_load() {
        let p: Preferences = serde_json::from_str(r#"{"zoom": 1.5}"#).unwrap();
        assert_eq!(p.zoom, 1.5);
        assert_eq!(p.theme, ThemeChoice::System);
    }
}
