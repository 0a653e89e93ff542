//! Entity details: who or what the selected entity is, and every sentence that mentions it.

use eframe::egui::{self, RichText, Ui};

use super::state::{Action, Loaded, Selection, View};
use super::theme;
use crate::corpus::DocId;
use crate::extract::EntityId;

/// Documents listed at most (the documents table shows them all).
const MAX_DOCUMENTS: usize = 200;
/// Sentences listed at most per document.
const MAX_SENTENCES: usize = 12;
/// Characters of a sentence shown before it is cut.
const MAX_SENTENCE_CHARS: usize = 320;

/// The documents and sentences mentioning one entity, computed once per selection.
struct Mentions {
    key: (u64, EntityId),
    docs: Vec<(DocId, Vec<usize>)>,
}

/// The entity details panel.
#[derive(Default)]
pub struct Details {
    mentions: Option<Mentions>,
}

impl Details {
    /// Shows the selected entity, or nothing when none is selected.
    /// `workspace` holds the analyst's star, tags and note on it.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        loaded: &Loaded,
        selection: &Selection,
        workspace: &mut crate::workspace::Workspace,
        actions: &mut Vec<Action>,
    ) {
        let Some(e) = selection.entity.and_then(|id| loaded.data.extraction.entity(id)) else {
            return;
        };
        let key = (loaded.generation, e.id);
        if self.mentions.as_ref().map(|m| m.key) != Some(key) {
            self.mentions = Some(Mentions { key, docs: sentences_mentioning(loaded, e.id) });
        }
        ui.horizontal(|ui| {
            theme::kind_badge(ui, e.kind);
            ui.add(egui::Label::new(RichText::new(&e.name).heading().strong()).truncate());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add(egui::Button::new("×").frame(false))
                    .accessible_name("Close entity details")
                    .on_hover_text("Close the details (the documents filter stays)")
                    .clicked()
                {
                    actions.push(Action::ClearEntity);
                }
            });
        });
        egui::Grid::new("entity-facts").num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
            let dark = ui.visuals().dark_mode;
            ui.weak("Kind");
            let kind = match &e.subtype {
                Some(s) => format!("{} ({s})", e.kind.label()),
                None => e.kind.label().to_string(),
            };
            ui.label(RichText::new(kind).color(theme::kind_color(e.kind, dark)));
            ui.end_row();
            if let Some(code) = &e.code {
                ui.weak("Code");
                ui.label(code);
                ui.end_row();
            }
            if let Some(c) = e.country.as_ref().filter(|_| e.kind != crate::extract::EntityKind::Country) {
                ui.weak("Country");
                ui.label(loaded.index.country_name(c));
                ui.end_row();
            }
            if let Some(o) = &e.organization {
                ui.weak("Organisation");
                ui.label(o);
                ui.end_row();
            }
            if !e.roles.is_empty() {
                // The same role is often seen in several capitalisations.
                let mut roles: Vec<&str> = Vec::new();
                for r in &e.roles {
                    if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                        roles.push(r);
                    }
                }
                ui.weak("Roles");
                ui.add(egui::Label::new(roles.join(", ")).wrap());
                ui.end_row();
            }
            ui.weak("Also called");
            if e.aliases.is_empty() {
                ui.weak("—");
            } else {
                ui.add(egui::Label::new(e.aliases.join(", ")).wrap());
            }
            ui.end_row();
            ui.weak("Found in");
            ui.label(format!(
                "{} {}, {} {}",
                e.documents,
                if e.documents == 1 { "document" } else { "documents" },
                e.mentions,
                if e.mentions == 1 { "mention" } else { "mentions" },
            ));
            ui.end_row();
        });
        ui.horizontal(|ui| {
            if ui
                .button("Show its documents")
                .on_hover_text("The documents table, filtered to the documents mentioning it")
                .clicked()
            {
                actions.push(Action::ShowView(View::Documents));
            }
            ui.menu_button("Edit entity", |ui| super::entity_menu::items(ui, e, &[], loaded, actions))
                .response
                .on_hover_text("Merge, rename, change kind, add or split an alias, hide");
        });
        super::annotations::ui(ui, &crate::workspace::Workspace::entity_key(&e.name), "entity", workspace);
        ui.separator();
        ui.label(RichText::new("Where it is mentioned").strong());
        let Some(m) = &self.mentions else { return };
        let docs = &loaded.data.corpus.documents;
        let listed = m.docs.len().min(MAX_DOCUMENTS);
        let more = m.docs.len() - listed;
        // (A much-mentioned entity lists hundreds of documents and thousands of sentences: only those in view are
        // laid out.)
        let count = listed + usize::from(more > 0);
        let area = egui::ScrollArea::vertical().id_salt(("entity-mentions", key)).auto_shrink([false, false]);
        super::widgets::lazy_list(ui, area, count, 90.0, |ui, i| {
            let Some((doc, sentences)) = m.docs.get(i).filter(|_| i < listed) else {
                ui.weak(format!("… and {more} more documents: see the Documents view."));
                return;
            };
            let d = &docs[doc.index()];
            let current = selection.document == Some(*doc);
            let title = RichText::new(&d.title).strong();
            if ui
                .add(egui::Button::selectable(current, title).truncate())
                .on_hover_text(format!("Open {} in the reader", d.path))
                .clicked()
            {
                actions.push(Action::SelectDocument(*doc));
            }
            for &s in sentences.iter().take(MAX_SENTENCES) {
                let text = shorten(d.sentence_text(s), MAX_SENTENCE_CHARS);
                let open = current && selection.sentence == Some(s);
                ui.indent(("sentence", doc, s), |ui| {
                    let r = ui
                        .add(egui::Button::selectable(open, text).wrap())
                        .on_hover_text("Open the document at this sentence");
                    if r.clicked() {
                        actions.push(Action::OpenSentence { doc: *doc, sentence: s });
                    }
                });
            }
            if sentences.len() > MAX_SENTENCES {
                ui.indent(("more", doc), |ui| {
                    ui.weak(format!("… and {} more sentences in this document", sentences.len() - MAX_SENTENCES));
                });
            }
            ui.add_space(4.0);
        });
    }
}

/// For each document mentioning `entity` (in id order), the sentences mentioning it, in order.
fn sentences_mentioning(loaded: &Loaded, entity: EntityId) -> Vec<(DocId, Vec<usize>)> {
    let ex = &loaded.data.extraction;
    let mut out: Vec<(DocId, Vec<usize>)> = Vec::new();
    for (i, mentions) in ex.mentions.iter().enumerate() {
        let doc = DocId(i as u32);
        if !loaded.index.mentions(doc, entity) {
            continue;
        }
        let mut sentences: Vec<usize> =
            mentions.iter().filter(|m| m.entity == entity).map(|m| m.sentence as usize).collect();
        sentences.dedup();
        out.push((doc, sentences));
    }
    out
}

/// The first `max` characters of `s`, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}
