//! The desktop app on the sample articles, driven headless through its accessibility tree.

use eframe::egui;

use crate::common::{self, harness, seeds, wait_loaded};
use dossier::app::state::View;
use dossier::corpus::DocId;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn opens_the_samples_with_every_document_and_the_main_entities() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let app = h.state();
    let loaded = app.loaded().expect("loaded");
    assert_eq!(loaded.data.corpus.documents.len(), 5);
    assert_eq!(app.documents().rows().len(), 5);
    h.get_by_label("5 of 5 documents");
    for name in ["Taliban", "Russia", "Pakistan", "Amir Khan Muttaqi"] {
        assert!(loaded.data.extraction.find(name).is_some(), "{name} is not among the entities");
    }
    // The title bar names the folder.
    h.get_by_label("Documents view");
    h.get_by_label("Entities view").click();
    h.run();
    assert_eq!(h.state().view(), View::Entities);
    h.get_by_label("Taliban");
    h.get_by_label("Russia");
}

#[test]
fn selecting_muttaqi_filters_documents_and_highlights_him_in_the_reader() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);

    h.get_by_label("Entities view").click();
    h.run();
    let search = h.get_by_label("Search entities");
    search.focus();
    search.type_text("Muttaqi");
    h.run();
    let muttaqi = {
        let loaded = h.state().loaded().unwrap();
        let e = loaded.data.extraction.find("Amir Khan Muttaqi").unwrap();
        assert!(h.state().entities().rows().contains(&e.id));
        e.id
    };

    h.get_by_label("Amir Khan Muttaqi").click();
    h.run();
    assert_eq!(h.state().selection().entity, Some(muttaqi));

    // The documents table shows exactly the documents that mention him.
    h.get_by_label("Documents view").click();
    h.run();
    let expected: Vec<DocId> = {
        let loaded = h.state().loaded().unwrap();
        let mut docs: Vec<DocId> = loaded.data.extraction.mentions_of(muttaqi).map(|m| m.doc).collect();
        docs.dedup();
        docs
    };
    assert!(!expected.is_empty());
    assert_eq!(h.state().documents().rows(), expected.as_slice());
    h.get_by_label(&format!("{} of 5 documents", expected.len()));
    h.get_by_label("Remove filter Amir Khan Muttaqi");

    // The reader shows one of them with his mention highlighted.
    let app = h.state();
    let doc = app.reader().document().expect("a document in the reader");
    assert!(expected.contains(&doc));
    let text = &app.loaded().unwrap().data.corpus.documents[doc.index()].text;
    let his: Vec<&str> = app
        .reader()
        .highlights()
        .iter()
        .filter(|hl| hl.entity == Some(muttaqi))
        .map(|hl| &text[hl.range.clone()])
        .collect();
    assert!(!his.is_empty(), "no highlighted mention of him");
    assert!(his.iter().any(|t| t.contains("Muttaqi") || t.contains("Mateqi")), "{his:?}");
    // The reader was scrolled to a sentence that mentions him.
    let sentence = app.selection().sentence.expect("a sentence to show") as u32;
    assert!(
        app.loaded()
            .unwrap()
            .data
            .extraction
            .doc_mentions(doc)
            .iter()
            .any(|m| m.entity == muttaqi && m.sentence == sentence)
    );
    // The details panel lists the sentences that mention him.
    h.get_by_label("Close entity details");

    // Clear filters: all five documents are back.
    h.get_by_label("Clear filters").click();
    h.run();
    assert_eq!(h.state().documents().rows().len(), 5);
    h.get_by_label("5 of 5 documents");
}

#[test]
fn a_sentence_in_the_details_opens_the_reader_there() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let (russia, first) = {
        let ex = &h.state().loaded().unwrap().data.extraction;
        let e = ex.find("Russia").unwrap();
        let m = *ex.mentions_of(e.id).next().unwrap();
        (e.id, m)
    };
    h.state_mut().apply(dossier::app::state::Action::SelectEntity { entity: russia, add: false, reveal: false });
    h.run();
    assert_eq!(h.state().selection().document, None);
    h.run();
    let sentence = {
        let doc = &h.state().loaded().unwrap().data.corpus.documents[first.doc.index()];
        doc.sentence_text(first.sentence as usize).to_string()
    };
    // Sentences are listed (shortened past 320 characters); click the first one.
    let label: String = sentence.chars().take(320).collect();
    // The reader's text contains it too: take the one in the details list (not the reader's label).
    let node = h
        .get_all_by_label_contains(label.trim_end())
        .find(|n| n.accesskit_node().role() != Role::Label)
        .expect("the sentence in the details list");
    node.click();
    h.run();
    let sel = h.state().selection();
    assert_eq!(sel.document, Some(first.doc));
    assert_eq!(sel.sentence, Some(first.sentence as usize));
}

#[test]
fn search_sort_and_keyboard() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);

    // Ctrl+F focuses the search box; typing filters; Esc clears.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(h.get_by_label("Search documents").is_focused());
    h.get_by_label("Search documents").type_text("zhirnov");
    h.run();
    let rows = h.state().documents().rows().to_vec();
    assert_eq!(rows.len(), 1, "only one sample mentions Zhirnov");
    h.get_by_label_contains("of the search");
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().documents().rows().len(), 5);

    // Sorting by title, then reversed.
    h.get_by_label("Title").click();
    h.run();
    h.get_by_label("Title, ascending");
    let titles = |h: &egui_kittest::Harness<'static, dossier::app::DossierApp>| -> Vec<String> {
        let docs = &h.state().loaded().unwrap().data.corpus.documents;
        h.state().documents().rows().iter().map(|d| docs[d.index()].title.to_lowercase()).collect()
    };
    let asc = titles(&h);
    assert!(asc.windows(2).all(|w| w[0] <= w[1]), "{asc:?}");
    h.get_by_label("Title, ascending").click();
    h.run();
    let desc = titles(&h);
    assert!(desc.windows(2).all(|w| w[0] >= w[1]), "{desc:?}");

    // Arrow keys move the selection.
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let first = h.state().documents().rows()[0];
    assert_eq!(h.state().selection().document, Some(first));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let second = h.state().documents().rows()[1];
    assert_eq!(h.state().selection().document, Some(second));
    assert_eq!(h.state().reader().document(), Some(second));
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().selection().document, Some(first));
}

#[test]
fn opening_another_folder_replaces_the_tables() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("harbour.txt"),
        "Harbour deal signed\n\nNorway and Chile signed a fisheries agreement in Oslo on Monday. \
         Minister Halvard Brekkesund said Norway would send inspectors.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("summit.txt"),
        "Andean summit ends\n\nChile hosted delegates from Peru in Santiago. \
         The talks ended without a joint statement.\n",
    )
    .unwrap();

    let mut h = harness(seeds());
    wait_loaded(&mut h);
    let seeds_entities = h.state().loaded().unwrap().data.extraction.entities.len();

    // The same call the folder dialog's result goes through.
    h.state_mut().open_folder(dir.path().to_path_buf());
    assert!(h.state().is_loading());
    // The sample folder stays usable while the new one loads.
    assert_eq!(h.state().loaded().unwrap().data.corpus.documents.len(), 5);
    wait_loaded(&mut h);

    let app = h.state();
    let loaded = app.loaded().unwrap();
    assert_eq!(loaded.folder, dir.path());
    assert_eq!(app.documents().rows().len(), 2);
    h.get_by_label("2 of 2 documents");
    h.get_by_label("Harbour deal signed");
    h.get_by_label("Andean summit ends");
    assert!(
        h.query_by_label("Prominent Anti-Taliban Leader Alleges International Involvement in Afghanistan").is_none()
    );
    let ex = &loaded.data.extraction;
    assert!(ex.find("Chile").is_some());
    assert!(ex.find("Amir Khan Muttaqi").is_none());
    assert_ne!(ex.entities.len(), seeds_entities);

    h.get_by_label("Entities view").click();
    h.run();
    h.get_by_label("Chile");
    assert!(h.query_by_label("Taliban").is_none());
}

#[test]
fn a_missing_folder_is_a_message_not_a_crash() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.state_mut().open_folder(std::path::PathBuf::from("/nonexistent/dossier-test-folder"));
    wait_loaded(&mut h);
    let message = h.state().message().expect("an error message").clone();
    assert!(message.error);
    assert!(message.text.contains("does not exist"), "{}", message.text);
    // The samples are still shown.
    assert_eq!(h.state().documents().rows().len(), 5);
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().message().is_none());
}

#[test]
fn every_view_shows_its_content_not_a_placeholder() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.get_by_label("Relationships view").click();
    h.run();
    assert!(h.query_by_label_contains("not available yet").is_none());
    h.get_by_label("Re-run layout");
    h.get_by_label("Countries view").click();
    h.run();
    assert!(h.query_by_label_contains("not available yet").is_none());
    h.get_by_label_contains("countries · ");
}

#[test]
fn clicking_a_highlighted_mention_selects_its_entity() {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.state_mut().apply(dossier::app::state::Action::SelectDocument(DocId(0)));
    h.run();
    // The first highlighted mention is in the title line at the top of the text, so it is on screen.
    let (entity, pos) = {
        let reader = h.state().reader();
        let first = reader.highlights().iter().find(|hl| hl.entity.is_some()).expect("a highlighted mention").clone();
        (first.entity.unwrap(), reader.highlight_pos(&first).unwrap())
    };
    assert_ne!(h.state().selection().entity, Some(entity));
    common::click_at(&mut h, pos);
    assert_eq!(h.state().selection().entity, Some(entity));
    // Selecting it also filtered the documents table by it.
    assert_eq!(h.state().documents().query.entities, vec![entity]);
    // The document stays open: it mentions the entity.
    assert_eq!(h.state().selection().document, Some(DocId(0)));
}
