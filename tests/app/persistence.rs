//! The last folder reopens at start; a folder that has gone is reported and the samples open instead.

use crate::common::wait_loaded;
use dossier::app::DossierApp;
use eframe::egui;
use egui_kittest::Harness;
use std::collections::HashMap;

#[derive(Default, Clone)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// The app as the window starts it, with `storage` as eframe's saved state.
fn start(storage: MemoryStorage) -> Harness<'static, DossierApp> {
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(64).build_eframe(move |cc| {
        cc.storage = Some(storage);
        DossierApp::from_creation_context(cc, None)
    })
}

fn folder_with_one_document() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("note.txt"), "Quarterly note\n\nJapan and Kenya agreed on a shipping route.\n")
        .unwrap();
    dir
}

#[test]
fn first_start_opens_the_samples_then_the_last_folder_reopens() {
    let mut h = start(MemoryStorage::default());
    wait_loaded(&mut h);
    assert_eq!(h.state().documents().rows().len(), 5, "first start: the samples");

    let dir = folder_with_one_document();
    h.state_mut().open_folder(dir.path().to_path_buf());
    wait_loaded(&mut h);
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);

    let mut h = start(storage);
    wait_loaded(&mut h);
    assert_eq!(h.state().loaded().unwrap().folder, dir.path());
    assert_eq!(h.state().documents().rows().len(), 1);
    assert!(h.state().message().is_none());
}

#[test]
fn a_last_folder_that_has_gone_falls_back_to_the_samples_with_a_message() {
    let dir = folder_with_one_document();
    let mut h = start(MemoryStorage::default());
    wait_loaded(&mut h);
    h.state_mut().open_folder(dir.path().to_path_buf());
    wait_loaded(&mut h);
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    drop(dir);

    let mut h = start(storage);
    wait_loaded(&mut h);
    assert_eq!(h.state().documents().rows().len(), 5);
    let message = h.state().message().expect("a message about the missing folder");
    assert!(message.text.contains("no longer there"), "{}", message.text);
}
