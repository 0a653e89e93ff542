//! The Countries view on the sample articles: the heatmap's cells, the evidence panel, its filters, and the way
//! from a cell to the sentence in the reader, driven headless through the accessibility tree.

use crate::common::{harness, seeds, wait_loaded};
use dossier::analysis::matrix_cells::interaction_label;
use dossier::app::DossierApp;
use dossier::app::state::View;
use dossier::extract::{Category, Interaction, Quad};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on the seeds, on the Countries view.
fn countries() -> Harness<'static, DossierApp> {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.get_by_label("Countries view").click();
    h.run();
    assert_eq!(h.state().view(), View::Countries);
    h
}

/// Clicks the painted cell whose accessible name starts with `dyad` ("Afghanistan › Pakistan"), at its position.
fn click_cell(h: &mut Harness<'static, DossierApp>, dyad: &str) {
    let prefix = format!("{dyad}: ");
    h.get_by(move |n| n.label().is_some_and(|l| l.starts_with(&prefix))).click();
    h.run();
    // Take the pointer away, so that the cell's tooltip (which names the quad classes) does not linger.
    h.remove_cursor();
    h.run();
}

/// The interactions the evidence panel lists.
fn evidence(h: &Harness<'static, DossierApp>) -> Vec<Interaction> {
    let app = h.state();
    let all = &app.loaded().expect("loaded").data.extraction.interactions;
    app.countries().evidence().iter().map(|&i| all[i].clone()).collect()
}

/// The text of sentence `i` of the interaction's document.
fn sentence(h: &Harness<'static, DossierApp>, it: &Interaction) -> String {
    let data = &h.state().loaded().expect("loaded").data;
    data.corpus.get(it.doc).expect("document").sentence_text(it.sentence as usize).to_string()
}

#[test]
fn the_afghanistan_pakistan_cell_lists_the_accusations() {
    let mut h = countries();
    click_cell(&mut h, "Afghanistan › Pakistan");
    assert_eq!(h.state().countries().selected_cell(), Some(("AFG", "PAK")));
    let items = evidence(&h);
    let accusations: Vec<&Interaction> = items.iter().filter(|i| i.category == Category::Accuse).collect();
    assert!(!accusations.is_empty(), "no ACCUSE among {items:?}");
    assert!(items.iter().all(|i| (i.source == "AFG" && i.target == "PAK") || i.symmetric));
    // The panel shows them: its heading, each accusation's sentence, and its category badge.
    h.get_by_label_contains("Afghanistan › Pakistan · ");
    for a in &accusations {
        let text = sentence(&h, a);
        assert!(text.contains("accus"), "{text}");
        h.get_by_label(&text);
    }
    assert!(!h.get_all_by_label_contains("ACCUSE").collect::<Vec<_>>().is_empty());
}

#[test]
fn the_afghanistan_russia_cell_lists_the_muttaqi_zhirnov_meeting() {
    let mut h = countries();
    // Undirected: one cell per pair, whoever acted.
    h.get_by_label("Undirected").click();
    h.run();
    assert!(!h.state().countries().matrix().expect("a matrix").directed);
    click_cell(&mut h, "Afghanistan – Russia");
    let items = evidence(&h);
    let meeting = items
        .iter()
        .find(|i| sentence(&h, i).contains("Muttaqi met with Dmitry Zhirnov"))
        .unwrap_or_else(|| panic!("no Muttaqi–Zhirnov meeting among {items:?}"));
    assert_eq!(meeting.category, Category::Consult);
    h.get_by_label(&sentence(&h, meeting));
}

#[test]
fn turning_off_a_quad_class_changes_the_cell_counts() {
    let mut h = countries();
    let count = |h: &Harness<'static, DossierApp>| {
        let m = h.state().countries().matrix().expect("a matrix");
        m.cell_of("AFG", "PAK").map_or(0, |c| c.count)
    };
    let before = count(&h);
    let conflict_before = h.state().countries().matrix().unwrap().cell_of("AFG", "PAK").unwrap().by_quad[2];
    assert!(conflict_before > 0, "the accusations are verbal conflict");
    h.get_by_label("Verbal conflict").click();
    h.run();
    assert!(h.state().countries().settings().quads.iter().all(|q| *q != Quad::VerbalConflict));
    assert_eq!(count(&h), before - conflict_before);
    // The evidence follows: no accusation is left.
    click_cell(&mut h, "Afghanistan › Pakistan");
    let items = evidence(&h);
    assert!(!items.is_empty() && items.iter().all(|i| i.category.quad() != Quad::VerbalConflict), "{items:?}");
    // Turning it back on restores the counts.
    h.get_by_label("Verbal conflict").click();
    h.run();
    assert_eq!(count(&h), before);
}

#[test]
fn clicking_an_evidence_sentence_opens_the_reader_there() {
    let mut h = countries();
    click_cell(&mut h, "Afghanistan › Pakistan");
    let accusation =
        evidence(&h).into_iter().find(|i| i.category == Category::Accuse).expect("an accusation in the evidence");
    let text = sentence(&h, &accusation);
    h.get_by_label(&text).click();
    h.run();
    let app = h.state();
    assert_eq!(app.selection().document, Some(accusation.doc));
    assert_eq!(app.selection().sentence, Some(accusation.sentence as usize));
    assert_eq!(app.reader().document(), Some(accusation.doc));
    assert_eq!(app.reader().highlighted_sentence(), Some(accusation.sentence as usize));
}

#[test]
fn the_reader_lists_the_documents_interactions_and_highlights_a_clicked_one() {
    let mut h = countries();
    click_cell(&mut h, "Afghanistan › Pakistan");
    let accusation = evidence(&h).into_iter().find(|i| i.category == Category::Accuse).expect("an accusation");
    h.get_by_label(&sentence(&h, &accusation)).click();
    h.run();
    // The reader's side list has every interaction of the document; pick another one.
    h.get_by_label_contains("Interactions between countries (");
    // One whose label is unique in the list, so that clicking the label clicks it.
    let (other, label) = {
        let all = &h.state().loaded().unwrap().data.extraction.interactions;
        let mine: Vec<&Interaction> = all.iter().filter(|i| i.doc == accusation.doc).collect();
        let labels: Vec<String> = mine.iter().map(|i| interaction_label(i)).collect();
        let k = (0..mine.len())
            .find(|&k| {
                mine[k].sentence != accusation.sentence && labels.iter().filter(|l| **l == labels[k]).count() == 1
            })
            .expect("another interaction in the document");
        (mine[k].clone(), labels[k].clone())
    };
    h.get_by_label(&label).click();
    h.run();
    assert_eq!(h.state().reader().highlighted_sentence(), Some(other.sentence as usize));
}
