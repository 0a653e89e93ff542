//! The reader on a document far longer than a screen: laid out a block at a time, scrolled to a sentence, clicked.

use crate::common;

use dossier::app::DossierApp;
use dossier::app::state::Action;
use dossier::corpus::DocId;
use dossier::pipeline;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The sample articles' text repeated to about `bytes`, as one document.
fn long_text(bytes: usize) -> String {
    let mut sample = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(common::seeds()).expect("seeds").flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        sample.push_str(&std::fs::read_to_string(path).expect("a sample article"));
        sample.push_str("\n\n");
    }
    sample.repeat(bytes / sample.len() + 1)
}

fn harness_on(text: &str) -> Harness<'static, DossierApp> {
    let data = pipeline::from_texts([("long.txt", text)]);
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| DossierApp::from_dataset(std::path::PathBuf::from("."), data))
}

#[test]
fn a_long_document_is_laid_out_only_around_the_view_and_scrolls_to_a_far_sentence() {
    let text = long_text(2_000_000);
    let mut h = harness_on(&text);
    h.state_mut().apply(Action::SelectDocument(DocId(0)));
    h.run();
    let (laid, blocks) = h.state().reader().laid_out_blocks();
    assert!(blocks > 400, "{blocks} blocks");
    assert!((1..=12).contains(&laid), "{laid} of {blocks} blocks laid out at the top");

    // A sentence near the end that mentions an entity: the reader scrolls to it and highlights it.
    let (sentence, entity) = {
        let loaded = h.state().loaded().expect("loaded");
        let m = loaded.data.extraction.doc_mentions(DocId(0)).iter().rev().nth(50).expect("a mention near the end");
        (m.sentence as usize, m.entity)
    };
    h.state_mut().apply(Action::OpenSentence { doc: DocId(0), sentence });
    h.run();
    assert_eq!(h.state().reader().highlighted_sentence(), Some(sentence));
    let (laid, _) = h.state().reader().laid_out_blocks();
    assert!(laid <= 30, "{laid} blocks laid out after the jump");
    let target = |h: &Harness<'static, DossierApp>| {
        let reader = h.state().reader();
        let loaded = h.state().loaded().expect("loaded");
        let start = loaded.data.corpus.documents[0].sentences[sentence].range().start;
        let hl = reader
            .highlights()
            .iter()
            .find(|hl| hl.entity == Some(entity) && hl.range.start >= start)
            .expect("the mention is highlighted")
            .clone();
        reader.highlight_pos(&hl).expect("a position")
    };
    let pos = target(&h);
    assert!(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0)).contains(pos), "{pos:?}");
    // More frames measure more blocks around it; the text in view does not move.
    for _ in 0..3 {
        h.run();
    }
    assert!((target(&h) - pos).length() < 1.0, "{pos:?} moved to {:?}", target(&h));

    // Clicking the mention, far down the document, selects its entity.
    assert_ne!(h.state().selection().entity, Some(entity));
    common::click_at(&mut h, pos);
    assert_eq!(h.state().selection().entity, Some(entity));

    // A search of the documents highlights its matches in the text on screen.
    let search = h.get_by_label("Search documents");
    search.focus();
    search.type_text("Taliban");
    h.run();
    let app = h.state();
    let text = &app.loaded().expect("loaded").data.corpus.documents[0].text;
    let found: Vec<&str> =
        app.reader().highlights().iter().filter(|hl| hl.search).map(|hl| &text[hl.range.clone()]).collect();
    assert!(!found.is_empty(), "no search match highlighted");
    assert!(found.iter().all(|t| t.eq_ignore_ascii_case("taliban")), "{found:?}");
}
