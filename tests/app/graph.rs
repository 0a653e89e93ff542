//! The relationship view on the sample articles, driven headless: search, node clicks, the evidence of an edge,
//! filters.

use eframe::egui;
use std::time::{Duration, Instant};

use crate::common::{harness, seeds, wait_loaded};
use dossier::app::DossierApp;
use dossier::app::state::View;
use dossier::extract::EntityId;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on the seeds, showing the relationship view with its graph built and its layout settled.
fn graph_app() -> Harness<'static, DossierApp> {
    let mut h = harness(seeds());
    wait_loaded(&mut h);
    h.get_by_label("Relationships view").click();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        h.step();
        let g = h.state().graph_view();
        if g.graph().is_some() && !g.visible().nodes.is_empty() && !g.is_layout_running() {
            break;
        }
        assert!(Instant::now() < deadline, "the graph did not settle in time");
        std::thread::sleep(Duration::from_millis(10));
    }
    // A few more frames so the canvas has drawn the settled positions.
    h.run_steps(3);
    assert_eq!(h.state().view(), View::Relationships);
    h
}

fn entity(h: &Harness<'static, DossierApp>, name: &str) -> EntityId {
    h.state().loaded().and_then(|l| l.data.extraction.find(name)).map(|e| e.id).unwrap_or_else(|| panic!("{name}"))
}

#[test]
fn the_graph_shows_the_main_actors_and_their_links() {
    let h = graph_app();
    let g = h.state().graph_view();
    let graph = g.graph().expect("graph");
    let shown: Vec<&str> = g.visible().nodes.iter().map(|&i| graph.nodes[i as usize].name.as_str()).collect();
    for name in ["Taliban", "Russia", "Pakistan", "Amir Khan Muttaqi"] {
        assert!(shown.contains(&name), "{name} is not in the graph: {shown:?}");
    }
    assert!(g.visible().edges.len() >= shown.len() / 2);
    // Every drawn node is inside the canvas after the fit.
    for name in ["Taliban", "Russia"] {
        let p = g.node_screen_pos(entity(&h, name)).expect("drawn");
        assert!(p.x > 0.0 && p.x < 1400.0 && p.y > 0.0 && p.y < 900.0, "{name} at {p:?}");
    }
}

#[test]
fn searching_a_node_selects_the_entity_everywhere() {
    let mut h = graph_app();
    let muttaqi = entity(&h, "Amir Khan Muttaqi");
    assert_ne!(h.state().selection().entity, Some(muttaqi));
    let search = h.get_by_label("Search graph");
    search.focus();
    search.type_text("Muttaqi");
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().selection().entity, Some(muttaqi));
    // The reader follows: it shows a document that mentions him.
    let doc = h.state().selection().document.expect("a document in the reader");
    assert!(h.state().loaded().unwrap().index.mentions(doc, muttaqi));
    // The found node is centred on the canvas.
    let p = h.state().graph_view().node_screen_pos(muttaqi).expect("drawn");
    let canvas_width = 1400.0 - 176.0 - 440.0;
    assert!(p.x > 176.0 && p.x < 176.0 + canvas_width && p.y > 100.0 && p.y < 900.0, "{p:?}");
}

#[test]
fn clicking_a_painted_node_selects_its_entity() {
    let mut h = graph_app();
    let russia = entity(&h, "Russia");
    let p = h.state().graph_view().node_screen_pos(russia).expect("Russia is drawn");
    h.hover_at(p);
    h.run_steps(2);
    // A click: press and release at the same place.
    h.drag_at(p);
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: p,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(3);
    assert_eq!(h.state().selection().entity, Some(russia));
}

#[test]
fn the_muttaqi_russia_edge_lists_the_sentence_about_the_russian_ambassador() {
    let mut h = graph_app();
    let (muttaqi, russia) = (entity(&h, "Amir Khan Muttaqi"), entity(&h, "Russia"));
    assert!(h.state_mut().graph_view_mut().select_edge_between(muttaqi, russia), "no Muttaqi – Russia edge");
    h.run_steps(3);
    let wanted = "met with Dmitry Zhirnov, the Russian ambassador in Kabul";
    let (doc, sentence) = {
        let app = h.state();
        let loaded = app.loaded().unwrap();
        let found = app.graph_view().evidence().iter().find(|(ev, _)| {
            let d = &loaded.data.corpus.documents[ev.doc.index()];
            d.sentence_text(ev.sentence as usize).contains(wanted)
        });
        let (ev, _) = found.expect("the ambassador sentence is in the evidence");
        (ev.doc, ev.sentence as usize)
    };
    // The panel lists it; clicking it opens the reader at that sentence.
    let text = {
        let loaded = h.state().loaded().unwrap();
        loaded.data.corpus.documents[doc.index()].sentence_text(sentence).trim().to_string()
    };
    h.get_by_label(&text).click();
    h.run_steps(3);
    let sel = h.state().selection();
    assert_eq!((sel.document, sel.sentence), (Some(doc), Some(sentence)));
    assert_eq!(h.state().reader().document(), Some(doc));
}

#[test]
fn filters_change_the_visible_nodes() {
    let mut h = graph_app();
    let all = h.state().graph_view().visible().nodes.len();
    let countries_before = count_kind(&h, dossier::extract::EntityKind::Country);
    assert!(countries_before > 0);

    // Untick "Country" in the filter panel.
    h.get_by_label("Country").click();
    h.run_steps(3);
    assert_eq!(count_kind(&h, dossier::extract::EntityKind::Country), 0);
    let without = h.state().graph_view().visible().nodes.len();
    assert!(without < all, "{without} vs {all}");
    h.get_by_label("Country").click();
    h.run_steps(3);
    assert_eq!(h.state().graph_view().visible().nodes.len(), all);

    // A higher minimum weight keeps only the strongest links.
    h.state_mut().graph_view_mut().filter_mut().min_weight = 3;
    h.run_steps(3);
    let heavy = h.state().graph_view().visible();
    assert!(heavy.nodes.len() < all && !heavy.nodes.is_empty(), "{} vs {all}", heavy.nodes.len());
    assert!(heavy.edges.iter().all(|e| e.weight >= 3));
}

fn count_kind(h: &Harness<'static, DossierApp>, kind: dossier::extract::EntityKind) -> usize {
    let g = h.state().graph_view();
    let graph = g.graph().expect("graph");
    g.visible().nodes.iter().filter(|&&i| graph.nodes[i as usize].kind == kind).count()
}
