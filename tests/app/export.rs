//! File > Export in the app: the menu, every format written with the analyst's edits, and the window as PNG.
//!
//! The native save dialog cannot run headless, so the tests go through the app's documented seam: `export_to` and
//! `export_png_to` do what the menu items do once the dialog has returned a file.

use crate::common::{harness, seeds, wait_loaded, wait_while};
use dossier::app::DossierApp;
use dossier::export::ExportFormat;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

/// Steps frames until the edits and the export in progress are done, then lets the UI settle.
fn settle(h: &mut Harness<'static, DossierApp>) {
    wait_while(h, |app| app.is_loading() || app.is_exporting(), "the export did not finish in time");
}

fn open_export_menu(h: &mut Harness<'static, DossierApp>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").click();
    h.run();
}

fn item_label(format: ExportFormat) -> String {
    format!("{}…", format.label())
}

#[test]
fn the_export_menu_offers_every_format_once_a_folder_is_open() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    open_export_menu(&mut h);
    for format in ExportFormat::ALL {
        let label = item_label(format);
        let item = h.get_by_label(&label);
        assert!(!item.accesskit_node().is_disabled(), "{} is enabled", format.label());
    }
    assert!(!h.get_by_label("Current view as PNG…").accesskit_node().is_disabled());
}

#[test]
fn the_export_items_say_why_they_are_disabled_without_a_folder() {
    let missing = tempfile::tempdir().unwrap().path().join("gone");
    let mut h = harness(missing);
    wait_loaded(&mut h);
    assert!(h.state().loaded().is_none());
    open_export_menu(&mut h);
    let label = item_label(ExportFormat::EntitiesCsv);
    let entities = h.get_by_label(&label);
    assert!(entities.accesskit_node().is_disabled());
    entities.hover();
    h.run_steps(30);
    h.get_by_label("Open a folder first");
    // A picture of the window needs no folder.
    assert!(!h.get_by_label("Current view as PNG…").accesskit_node().is_disabled());
}

/// The text of the file at `path` after an export to it, and the message the app showed.
fn export_to(h: &mut Harness<'static, DossierApp>, format: ExportFormat, path: &Path) -> String {
    h.state_mut().export_to(format, path.to_path_buf());
    assert!(h.state().is_exporting());
    settle(h);
    let message = h.state().message().expect("the outcome is reported").clone();
    assert!(!message.error, "{}", message.text);
    assert!(message.text.contains(&path.display().to_string()), "{}", message.text);
    std::fs::read_to_string(path).expect("the export was written")
}

fn parse_xml(xml: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut elements = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return elements,
            Ok(quick_xml::events::Event::Start(_) | quick_xml::events::Event::Empty(_)) => elements += 1,
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML: {e}"),
        }
    }
}

fn csv_rows(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let rows = reader.records().collect::<Result<Vec<_>, _>>().expect("valid CSV");
    (header, rows)
}

#[test]
fn every_export_writes_the_edited_folder_and_parses() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    // The analyst renames an entity: every export must carry the new name, none the old one as an entity.
    let old = {
        let ex = &h.state().loaded().unwrap().data.extraction;
        ex.entities.iter().max_by_key(|e| e.mentions).unwrap().name.clone()
    };
    let new = "Ünïcode Renamed Entity";
    h.state_mut().edit(dossier::workspace::Rule::Rename { entity: old.clone(), to: new.into() });
    settle(&mut h);
    let entities = h.state().loaded().unwrap().data.extraction.entities.len();
    let dir = tempfile::tempdir().unwrap();
    let path = |format: ExportFormat| dir.path().join(format.file_name("seeds"));

    let json: serde_json::Value =
        serde_json::from_str(&export_to(&mut h, ExportFormat::Json, &path(ExportFormat::Json))).expect("JSON");
    assert_eq!(json["schema"], "dossier-export/1");
    let names: Vec<&str> = json["entities"].as_array().unwrap().iter().filter_map(|e| e["name"].as_str()).collect();
    assert_eq!(names.len(), entities);
    assert!(names.contains(&new) && !names.contains(&old.as_str()), "the rename is in the JSON");

    let (header, rows) = csv_rows(&export_to(&mut h, ExportFormat::EntitiesCsv, &path(ExportFormat::EntitiesCsv)));
    let name_col = header.iter().position(|c| c == "name").expect("a name column");
    assert_eq!(rows.len(), entities);
    assert!(rows.iter().any(|r| &r[name_col] == new), "the new name, accents intact, is in the entities CSV");

    let (_, docs) = csv_rows(&export_to(&mut h, ExportFormat::DocumentsCsv, &path(ExportFormat::DocumentsCsv)));
    assert_eq!(docs.len(), h.state().loaded().unwrap().data.corpus.documents.len());
    for format in [ExportFormat::MatrixCsv, ExportFormat::InteractionsCsv] {
        let (header, _) = csv_rows(&export_to(&mut h, format, &path(format)));
        assert!(header.len() > 1, "{} has columns", format.label());
    }
    for format in [ExportFormat::Gexf, ExportFormat::Graphml] {
        let xml = export_to(&mut h, format, &path(format));
        assert!(parse_xml(&xml) > entities, "{} holds a node per entity", format.label());
        assert!(xml.contains(new), "the rename is in the {} graph", format.label());
    }
}

#[test]
fn a_failed_export_is_reported_as_an_error() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("entities.csv");
    h.state_mut().export_to(ExportFormat::EntitiesCsv, path.clone());
    settle(&mut h);
    let message = h.state().message().expect("the failure is reported");
    assert!(message.error && message.text.contains("Could not write"), "{}", message.text);
}

/// The screenshot the app asked the window for in the last frame, if any.
fn screenshot_request(h: &Harness<'static, DossierApp>) -> Option<egui::ScreenshotCallback> {
    h.output().viewport_output.values().flat_map(|v| &v.commands).find_map(|c| match c {
        egui::ViewportCommand::Screenshot(callback) => Some(callback.clone()),
        _ => None,
    })
}

#[test]
fn the_current_view_is_saved_as_png() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("view.png");
    h.state_mut().export_png_to(path.clone());
    // The window is asked for its pixels within a couple of frames; headless, the test answers as the window
    // would, with a picture of a known size.
    let mut request = None;
    for _ in 0..5 {
        h.step();
        request = screenshot_request(&h);
        if request.is_some() {
            break;
        }
    }
    let request = request.expect("the app asks the window for a screenshot");
    let pixels = vec![egui::Color32::from_rgb(30, 60, 90); 64 * 48];
    request.complete(std::sync::Arc::new(egui::ColorImage::new([64, 48], pixels)));
    settle(&mut h);
    let message = h.state().message().expect("the outcome is reported");
    assert!(!message.error, "{}", message.text);
    let file = std::fs::File::open(&path).expect("the PNG was written");
    let reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().expect("a PNG file");
    assert_eq!((reader.info().width, reader.info().height), (64, 48));
}
