//! The workspace as a user works with it: merge two entities in the entities table, undo, redo, save, reopen.

use crate::common::{harness, seeds, wait_loaded, wait_while};
use dossier::app::DossierApp;
use eframe::egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Steps frames until the edits (or the save) in progress are done.
fn settle(h: &mut Harness<'static, DossierApp>) {
    wait_while(h, |app| app.is_loading() || app.is_saving(), "edits or save did not finish in time");
}

/// Two people of the seeds, the first less mentioned than the second: the merge folds the first into the second.
fn two_people(h: &Harness<'static, DossierApp>) -> (String, String) {
    let ex = &h.state().loaded().unwrap().data.extraction;
    let mut people: Vec<_> = ex.entities.iter().filter(|e| e.kind == dossier::extract::EntityKind::Person).collect();
    people.sort_by_key(|e| std::cmp::Reverse(e.mentions));
    assert!(people.len() >= 2, "the seeds name several people");
    (people[1].name.clone(), people[0].name.clone())
}

fn merged(h: &Harness<'static, DossierApp>, from: &str, into: &str) -> bool {
    let ex = &h.state().loaded().unwrap().data.extraction;
    let into_entity = ex.entities.iter().find(|e| e.name == into).expect("the target stays");
    let from_gone = !ex.entities.iter().any(|e| e.name == from);
    from_gone && into_entity.aliases.iter().any(|a| a == from)
}

#[test]
fn merge_undo_redo_save_and_reopen() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let (from, into) = two_people(&h);
    let entities_before = h.state().loaded().unwrap().data.extraction.entities.len();

    // Right-click the entity's row, "Merge into…", find the other one, confirm.
    h.get_by_label("Entities view").click();
    h.run();
    let search = h.get_by_label("Search entities");
    search.focus();
    search.type_text(&from);
    h.run();
    h.get_by_label(&from).click_secondary();
    h.run();
    h.get_by_label("Merge into…").click();
    h.run();
    // The dialog's field has the focus: type the target's name, pick it, merge.
    h.event(egui::Event::Text(into.clone()));
    h.run();
    h.get_by_label_contains(&format!("{into}   (")).click();
    h.run();
    h.get_by_label(&format!("Merge into {into}")).click();
    h.run();
    settle(&mut h);
    assert!(merged(&h, &from, &into), "{from} was merged into {into}");
    assert_eq!(h.state().loaded().unwrap().data.extraction.entities.len(), entities_before - 1);
    assert!(h.state().session().is_dirty(), "the merge is an unsaved change");
    assert_eq!(h.state().session().done().len(), 1);

    // Undo brings both back; redo merges again.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    settle(&mut h);
    assert!(!merged(&h, &from, &into), "undo separated them again");
    assert_eq!(h.state().loaded().unwrap().data.extraction.entities.len(), entities_before);
    assert!(h.state().session().can_redo());
    assert!(!h.state().session().is_dirty(), "back to the state as opened");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run();
    settle(&mut h);
    assert!(merged(&h, &from, &into), "redo merged them again");

    // The Edit menu lists the edit; the history window shows it too.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains(&format!("Undo Merge {from} into {into}"));
    h.get_by_label("Edit history").click();
    h.run();
    h.get_by_label_contains(&format!("1. Merge {from} into {into}"));

    // Save (the Save as dialog is native: the test gives the file), then reopen in a fresh app.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("afghanistan");
    h.state_mut().save_to(file.clone());
    settle(&mut h);
    let file = file.with_extension("dossier");
    assert!(file.is_file(), "saved with the .dossier extension");
    assert!(!h.state().session().is_dirty(), "saved");
    assert_eq!(h.state().session().path.as_deref(), Some(file.as_path()));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"op\": \"merge\""), "the merge rule is in the file");

    let mut again = harness(file.clone());
    wait_loaded(&mut again);
    assert!(merged(&again, &from, &into), "the reopened workspace shows the merge");
    assert_eq!(again.state().session().done().len(), 1);
    assert!(!again.state().session().is_dirty());
    assert_eq!(again.state().view(), dossier::app::state::View::Entities, "the view as saved");
}

#[test]
fn rename_from_the_details_panel_changes_the_title_mark() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    assert!(!h.state().session().is_dirty());
    h.get_by_label("Entities view").click();
    h.run();
    let search = h.get_by_label("Search entities");
    search.focus();
    search.type_text("Taliban");
    h.run();
    h.get_by_label("Taliban").click();
    h.run();
    h.get_by_label("Edit entity").click();
    h.run();
    h.get_by_label("Rename…").click();
    h.run();
    // The field starts with the current name, selected by the user's next keys: replace it.
    for _ in 0.."Taliban".len() {
        h.key_press(egui::Key::Backspace);
    }
    h.event(egui::Event::Text("Islamic Emirate".into()));
    h.run();
    h.get_by_label("Rename").click();
    h.run();
    settle(&mut h);
    let ex = &h.state().loaded().unwrap().data.extraction;
    let renamed = ex.find("Islamic Emirate").expect("renamed");
    assert_eq!(renamed.name, "Islamic Emirate");
    assert!(renamed.aliases.iter().any(|a| a == "Taliban"), "the old name stays an alias");
    assert_eq!(h.state().selection().entity, Some(renamed.id), "the renamed entity stays selected");
    assert!(h.state().session().window_title(Some("seeds")).starts_with("● "));
}

#[test]
fn unsaved_edits_are_recovered_after_a_crash() {
    let data = tempfile::tempdir().unwrap();
    let mut h = harness(seeds());
    h.state_mut().set_data_dir(Some(data.path().to_path_buf()));
    wait_loaded(&mut h);
    h.state_mut().edit(dossier::workspace::Rule::Hide { entity: "Russia".into() });
    settle(&mut h);
    assert!(h.state().loaded().unwrap().data.extraction.find("Russia").is_none(), "hidden");

    // A few seconds of unsaved edits leave a recovery copy behind. (Waited for as long as a folder's load: the
    // copy is due 3 s after the edit, and six seconds of frames were too few on a loaded machine.)
    let copy = data.path().join("untitled.recovery");
    wait_while(&mut h, |_| !copy.is_file(), "a recovery copy was written");
    assert!(copy.is_file(), "a recovery copy was written");
    // The process "crashes": the harness is dropped without saving.
    drop(h);

    let mut again = harness(seeds());
    again.state_mut().set_data_dir(Some(data.path().to_path_buf()));
    again.state_mut().offer_recovery(None);
    wait_loaded(&mut again);
    again.get_by_label("Recover unsaved changes?");
    again.get_by_label("Recover").click();
    again.run();
    settle(&mut again);
    let s = again.state().session();
    assert_eq!(s.done(), &[dossier::workspace::Rule::Hide { entity: "Russia".into() }]);
    assert!(s.is_dirty(), "recovered work still has to be saved");
    assert!(again.state().loaded().unwrap().data.extraction.find("Russia").is_none(), "the edit is back in effect");
}

#[test]
fn a_damaged_workspace_gives_a_message_and_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.dossier");
    let bytes = br#"{"schema": "dossier-workspace/1", "folder": "/nowhere", "ru"#;
    std::fs::write(&file, bytes).unwrap();
    let mut h = harness(file.clone());
    wait_loaded(&mut h);
    let message = h.state().message().expect("a message says what went wrong");
    assert!(message.error && message.text.contains("cannot be opened"), "{}", message.text);
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "the file is not changed");
}

#[test]
fn a_workspace_whose_folder_moved_asks_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("moved.dossier");
    let bytes = br#"{"schema": "dossier-workspace/1", "folder": "/no/such/folder", "rules": []}"#;
    std::fs::write(&file, bytes).unwrap();
    let mut h = harness(file.clone());
    wait_loaded(&mut h);
    h.get_by_label("Where is the document folder?");
    h.get_by_label("Locate folder…");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Where is the document folder?").is_none(), "Cancel closes the question");
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "the file is not changed");
}
