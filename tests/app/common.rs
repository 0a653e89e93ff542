//! Helpers shared by the app tests: a headless harness around the real [`DossierApp`].

#![allow(dead_code)]

use dossier::app::DossierApp;
use eframe::egui;
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The bundled sample articles.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// A harness with a desktop-sized window around the app opening `folder`.
pub fn harness(folder: PathBuf) -> Harness<'static, DossierApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| DossierApp::new(Some(folder)))
}

/// Steps frames until the folder has loaded and its text search is ready (it is built on its own thread; at
/// most about a minute of real time), then lets the UI settle.
pub fn wait_loaded(h: &mut Harness<'static, DossierApp>) {
    let busy = |app: &DossierApp| app.is_loading() || app.loaded().is_some_and(|l| !l.index.search_ready());
    wait_while(h, busy, "the folder did not load in time");
}

/// Steps frames while `busy` holds for the app (at most about a minute of real time), then lets the UI settle.
pub fn wait_while(h: &mut Harness<'static, DossierApp>, busy: impl Fn(&DossierApp) -> bool, failure: &str) {
    for _ in 0..6000 {
        if !busy(h.state()) {
            break;
        }
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!busy(h.state()), "{failure}");
    h.run();
}

/// A click with the primary button at `pos` on screen (hover, press, release), then lets the UI settle.
pub fn click_at(h: &mut Harness<'static, DossierApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    h.run();
}
