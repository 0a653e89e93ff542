//! The side panels of the relationship view: the filters, and the evidence of the selected edge.

use eframe::egui::{self, RichText, Sense, Ui};

use super::graph_canvas::relation_color;
use super::graph_view::{GraphData, SelectedEdge};
use super::state::{Action, Loaded};
use super::theme;
use crate::analysis::graph::{EntityGraph, GraphFilter};
use crate::analysis::relations::RelationKind;
use crate::extract::EntityKind;

/// The filter panel. Changes take effect on the next refresh of the visible graph.
pub fn filters(ui: &mut Ui, filter: &mut GraphFilter, data: &GraphData) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.strong("Entity kinds");
        for kind in EntityKind::ALL {
            let mut shown = filter.shows_kind(kind);
            ui.horizontal(|ui| {
                theme::kind_badge(ui, kind);
                if ui.checkbox(&mut shown, kind.label()).changed() {
                    filter.set_kind(kind, shown);
                }
            });
        }
        ui.add_space(6.0);
        ui.strong("Relations");
        for &kind in &data.kinds {
            let mut shown = filter.shows_relation(kind);
            ui.horizontal(|ui| {
                let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), Sense::hover());
                let y = r.center().y;
                let color = relation_color(kind, ui.visuals().dark_mode);
                ui.painter().line_segment([egui::pos2(r.min.x, y), egui::pos2(r.max.x, y)], (2.5, color));
                let label = if kind == RelationKind::CoOccurrence { "same sentence" } else { kind.as_str() };
                if ui.checkbox(&mut shown, label).changed() {
                    filter.set_relation(kind, shown);
                }
            });
        }
        ui.add_space(6.0);
        ui.strong("Minimum weight");
        ui.add(egui::Slider::new(&mut filter.min_weight, 1..=20).logarithmic(true))
            .on_hover_text("Leave out links supported by fewer sentences")
            .accessible_name("Minimum weight");
        ui.add_space(6.0);
        ui.strong("Neighbourhood of the selection");
        ui.horizontal(|ui| {
            for (steps, label) in [(0, "Off"), (1, "1 step"), (2, "2 steps")] {
                ui.selectable_value(&mut filter.neighbourhood, steps, label);
            }
        });
        ui.add_space(6.0);
        ui.strong("Most mentioned");
        ui.add(egui::Slider::new(&mut filter.max_nodes, 10..=5_000).logarithmic(true).suffix(" entities"))
            .on_hover_text("Show at most this many entities, the most mentioned first")
            .accessible_name("Maximum entities");
        ui.add_space(6.0);
        dates(ui, filter, &data.dates);
    });
}

/// The date range: two sliders over the documents' distinct dates.
fn dates(ui: &mut Ui, filter: &mut GraphFilter, dates: &[crate::corpus::Date]) {
    ui.strong("Document dates");
    if dates.len() < 2 {
        ui.label(RichText::new("Fewer than two dated documents").weak());
        return;
    }
    let last = dates.len() - 1;
    let index = |d: Option<crate::corpus::Date>, default: usize| {
        d.map_or(default, |d| dates.partition_point(|x| *x < d).min(last))
    };
    let mut from = index(filter.date_from, 0);
    let mut to = index(filter.date_to, last);
    let fmt = |i: f64| dates.get(i as usize).map(|d| d.to_string()).unwrap_or_default();
    ui.label("From");
    let a = ui.add(egui::Slider::new(&mut from, 0..=last).custom_formatter(|i, _| fmt(i))).accessible_name("From date");
    ui.label("To");
    let b = ui.add(egui::Slider::new(&mut to, 0..=last).custom_formatter(|i, _| fmt(i))).accessible_name("To date");
    if a.changed() || b.changed() {
        if a.changed() {
            to = to.max(from);
        } else {
            from = from.min(to);
        }
        // The full range means no date filter, so undated documents count again.
        filter.date_from = (from > 0).then(|| dates[from]);
        filter.date_to = (to < last).then(|| dates[to]);
    }
    if filter.date_from.is_some() || filter.date_to.is_some() {
        ui.label(RichText::new("Undated documents are left out").weak());
    }
}

/// The evidence panel of the selected edge. Returns whether it was closed.
pub fn evidence(
    ui: &mut Ui,
    graph: &EntityGraph,
    edge: Option<&SelectedEdge>,
    loaded: &Loaded,
    actions: &mut Vec<Action>,
) -> bool {
    let Some((index, list)) = edge else { return false };
    let Some(e) = graph.edges.get(*index as usize) else { return true };
    let name = |n: u32| graph.nodes.get(n as usize).map_or("?", |n| n.name.as_str());
    let mut close = false;
    ui.horizontal(|ui| {
        ui.heading(format!("{} – {}", name(e.a), name(e.b)));
        if ui.small_button("Close").on_hover_text("Close the evidence panel").clicked() {
            close = true;
        }
    });
    let kinds: Vec<String> = e
        .relations
        .iter()
        .map(|r| {
            let arrow = match (r.directed, r.forward) {
                (false, _) => String::new(),
                (true, true) => format!(" ({} → {})", name(e.a), name(e.b)),
                (true, false) => format!(" ({} → {})", name(e.b), name(e.a)),
            };
            format!("{}{arrow}: {}", r.kind.as_str(), r.evidence.len())
        })
        .collect();
    ui.label(RichText::new(kinds.join(" · ")).weak());
    ui.label(format!("{} supporting sentences. Click one to read it in its document.", list.len()));
    ui.separator();
    // (An edge between two much-mentioned entities can have thousands of sentences: only those in view are laid out.)
    let area = egui::ScrollArea::vertical().id_salt(("graph-evidence-list", index)).auto_shrink([false, false]);
    super::widgets::lazy_list(ui, area, list.len(), 90.0, |ui, i| {
        let Some((ev, kinds)) = list.get(i) else { return };
        let Some(doc) = loaded.data.corpus.get(ev.doc) else { return };
        let sentence = ev.sentence as usize;
        if sentence >= doc.sentences.len() {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&doc.title).strong());
            if let Some(d) = doc.date {
                ui.label(RichText::new(d.to_string()).weak());
            }
            for k in kinds.iter().filter(|k| **k != RelationKind::CoOccurrence) {
                ui.label(RichText::new(k.as_str()).color(relation_color(*k, ui.visuals().dark_mode)));
            }
        });
        let text = doc.sentence_text(sentence).trim();
        let response = ui
            .add(egui::Label::new(text).sense(Sense::click()))
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text("Open in the reader");
        if response.clicked() {
            actions.push(Action::OpenSentence { doc: ev.doc, sentence });
        }
        ui.add_space(4.0);
        ui.separator();
    });
    close
}
