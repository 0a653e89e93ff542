//! The Countries view: who did what to whom between countries, as a heatmap with its controls, and the sentences
//! behind a cell in an evidence panel.
//!
//! The view owns its [`MatrixSettings`] (workspaces save them through [`MatrixView::settings`] and
//! [`MatrixView::set_settings`]). The matrix is rebuilt only when the settings, the folder or (when the matrix
//! follows it) the documents table's filter change. The heatmap itself is drawn by `matrix_grid`.

use eframe::egui::{self, PopupCloseBehavior, RichText, Ui};
use std::sync::Arc;

use super::Message;
use super::documents_view::{DocumentsView, date_field};
use super::matrix_build::{BuildKey, MatrixBuilds};
use super::matrix_grid::{self, GridInput};
use super::save_job::{SaveJob, SaveRequest};
use super::state::{Action, Loaded, Selection};
use super::{theme, widgets};
use crate::analysis::matrix::{CountryMatrix, MatrixOrder, MatrixSettings, Measure};
use crate::analysis::matrix_cells::{self, Evidence, country_name, dyad_label, interactions_label};
use crate::extract::{Category, EntityKind, Interaction, Quad};

/// Evidence items listed at most (the evidence CSV has them all).
const MAX_EVIDENCE: usize = 200;
/// The height an evidence item is taken to have until it is first shown (a heading line, two lines of sentence).
const EVIDENCE_ITEM_HEIGHT: f32 = 76.0;

/// The Countries view.
#[derive(Default)]
pub struct MatrixView {
    settings: MatrixSettings,
    only_table_documents: bool,
    date_from_text: String,
    date_to_text: String,
    builds: MatrixBuilds,
    /// The selected cell, by country codes (source, target): it survives re-sorting and filtering.
    selected: Option<(String, String)>,
    geometry: Option<matrix_grid::Geometry>,
    export: Option<SaveJob>,
}

impl MatrixView {
    /// The settings (for saving in a workspace).
    pub fn settings(&self) -> &MatrixSettings {
        &self.settings
    }

    /// Replaces the settings (a restored workspace).
    pub fn set_settings(&mut self, settings: MatrixSettings) {
        self.settings = settings;
    }

    /// Whether the matrix counts only the documents the documents table shows.
    pub fn only_table_documents(&self) -> bool {
        self.only_table_documents
    }

    /// Makes the matrix count only the documents the documents table shows (or all).
    pub fn set_only_table_documents(&mut self, on: bool) {
        self.only_table_documents = on;
    }

    /// Back to the default settings, over every document.
    pub fn reset(&mut self) {
        self.settings = MatrixSettings::default();
        self.only_table_documents = false;
        self.date_from_text.clear();
        self.date_to_text.clear();
    }

    /// Forgets what belongs to the previous folder (the selected cell, the built matrix).
    pub fn folder_changed(&mut self) {
        self.selected = None;
        self.builds.clear();
        self.geometry = None;
    }

    /// The matrix shown (as of the last frame).
    pub fn matrix(&self) -> Option<&CountryMatrix> {
        self.builds.built.as_ref().map(|b| &b.matrix)
    }

    /// Selects the cell `source` › `target` (ISO3 codes), opening its evidence.
    pub fn select_cell(&mut self, source: &str, target: &str) {
        self.selected = Some((source.to_string(), target.to_string()));
    }

    /// Closes the evidence.
    pub fn clear_selection(&mut self) {
        self.selected = None;
    }

    /// The selected cell's codes.
    pub fn selected_cell(&self) -> Option<(&str, &str)> {
        self.selected.as_ref().map(|(s, t)| (s.as_str(), t.as_str()))
    }

    /// The interactions listed in the evidence panel (indices into `Extraction::interactions`).
    pub fn evidence(&self) -> &[usize] {
        self.selected
            .as_ref()
            .and_then(|(s, t)| self.matrix()?.cell_of(s, t))
            .map_or(&[], |cell| cell.interactions.as_slice())
    }

    /// The centre of cell `source` › `target` on screen, as drawn last frame (it may be scrolled out of view).
    pub fn cell_center(&self, source: &str, target: &str) -> Option<egui::Pos2> {
        let m = self.matrix()?;
        let (r, c) = (m.index_of(source)?, m.index_of(target)?);
        Some(self.geometry?.cell_rect(r, c).center())
    }

    fn selected_indices(&self) -> Option<(usize, usize)> {
        let (s, t) = self.selected.as_ref()?;
        let m = self.matrix()?;
        Some((m.index_of(s)?, m.index_of(t)?))
    }

    /// Whether an export's save dialog (or its writing) is in progress.
    pub fn is_exporting(&self) -> bool {
        self.export.is_some()
    }

    /// The outcome of a finished export, as a message for the message bar. Call every frame.
    pub fn poll_export(&mut self) -> Option<Message> {
        let outcome = self.export.as_ref()?.poll()?;
        self.export = None;
        outcome.into_message()
    }

    /// Rebuilds the matrix if its inputs changed (on a thread for a large folder).
    pub fn refresh(&mut self, loaded: &Loaded, documents: &DocumentsView) {
        let key = BuildKey {
            generation: loaded.generation,
            settings: self.settings.clone(),
            documents: self.only_table_documents.then(|| documents.query.clone()),
        };
        let follows = key.documents.is_some();
        self.builds.request(key, &loaded.data, || follows.then(|| documents.rows().iter().copied().collect()));
    }

    /// Whether the matrix is being rebuilt for new settings (the one shown is for the previous ones).
    pub fn is_building(&self) -> bool {
        self.builds.is_building()
    }

    /// Shows the view. `documents` is the documents view, whose filter the matrix can follow (refresh it first).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        loaded: &Loaded,
        documents: &DocumentsView,
        selection: &Selection,
        actions: &mut Vec<Action>,
    ) {
        self.refresh(loaded, documents);
        self.header(ui, loaded);
        self.controls(ui, documents);
        self.refresh(loaded, documents);
        if self.builds.is_building() {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(30));
        }
        let Some(built) = &self.builds.built else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Building the country matrix…");
            });
            return;
        };
        if !built.matrix.cells.is_empty() {
            matrix_grid::legend(ui, self.settings.measure, built.max);
        }
        ui.separator();

        if loaded.data.extraction.interactions.is_empty() {
            self.geometry = None;
            widgets::empty_state(
                ui,
                "No interactions between countries were found in these documents",
                "The matrix counts sentences where one country acts on another: meets, accuses, sanctions, aids…\n\
                 Officials and capitals count for their country. Open a folder of news or reports on international affairs.",
                None,
            );
            return;
        }
        if built.matrix.cells.is_empty() {
            self.geometry = None;
            if widgets::empty_state(
                ui,
                "No interactions match these settings",
                "Widen the date range, choose more categories or quad classes, or include every document.",
                Some("Reset the settings"),
            ) {
                self.reset();
            }
            return;
        }
        if self.selected.is_some() {
            self.evidence_panel(ui, loaded, selection, actions);
        }
        let selected = self.selected_indices();
        let Some(built) = &mut self.builds.built else { return };
        let font = matrix_grid::header_font(ui);
        let header_sizes = match &built.header_sizes {
            Some((measured_in, sizes)) if *measured_in == font => *sizes,
            _ => {
                let sizes = matrix_grid::header_sizes(ui, &built.names, &font);
                built.header_sizes = Some((font, sizes));
                sizes
            }
        };
        let input = GridInput {
            matrix: &built.matrix,
            names: &built.names,
            measure: self.settings.measure,
            max: built.max,
            selected,
            extraction: &loaded.data.extraction,
            generation: loaded.generation,
            header_sizes,
        };
        let out = matrix_grid::show(ui, &input);
        self.geometry = out.geometry;
        if let Some((r, c)) = out.clicked {
            let m = &built.matrix;
            self.selected = Some((m.countries[r].clone(), m.countries[c].clone()));
        }
        if self.selected.is_some()
            && ui.ctx().memory(|m| m.focused().is_none())
            && ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            self.selected = None;
        }
    }

    fn header(&mut self, ui: &mut Ui, loaded: &Loaded) {
        ui.horizontal(|ui| {
            ui.heading("Countries");
            ui.add_space(8.0);
            if self.builds.is_building() {
                ui.spinner().on_hover_text("Updating the matrix for the new settings");
            }
            if let Some(b) = &self.builds.built {
                let n = b.matrix.countries.len();
                let summary = format!(
                    "{n} {} · {}",
                    if n == 1 { "country" } else { "countries" },
                    interactions_label(b.matrix.interactions)
                );
                ui.label(RichText::new(summary).strong());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| self.export_buttons(ui, loaded));
        });
    }

    fn export_buttons(&mut self, ui: &mut Ui, loaded: &Loaded) {
        let Some(built) = &self.builds.built else { return };
        let ready = self.export.is_none() && !self.builds.is_building() && !built.matrix.countries.is_empty();
        let busy = "A save dialog is already open";
        let evidence = ui
            .add_enabled(ready, egui::Button::new("Export evidence CSV…"))
            .on_hover_text("Save every interaction behind the matrix as shown: countries, category, document, sentence")
            .on_disabled_hover_text(busy);
        let table = ui
            .add_enabled(ready, egui::Button::new("Export CSV…"))
            .on_hover_text("Save the matrix as shown (the chosen measure, totals) for a spreadsheet")
            .on_disabled_hover_text(busy);
        let folder = loaded.folder_name();
        let request = |title: &str, name: String| SaveRequest {
            title: title.to_string(),
            file_name: name,
            directory: loaded.folder.parent().map(std::path::Path::to_path_buf),
            filter: ("CSV".to_string(), vec!["csv".to_string()]),
        };
        let started = if table.clicked() {
            let m = built.matrix.clone();
            let measure = self.settings.measure;
            let req = request("Export the country matrix", format!("{folder}-countries.csv"));
            Some(SaveJob::start(req, Box::new(move || Ok(crate::export::csv::matrix_csv(&m, measure).into_bytes()))))
        } else if evidence.clicked() {
            let m = built.matrix.clone();
            let data = Arc::clone(&loaded.data);
            let req =
                request("Export the evidence of the country matrix", format!("{folder}-country-interactions.csv"));
            Some(SaveJob::start(
                req,
                Box::new(move || Ok(crate::export::csv::interactions_csv(&data, &m).into_bytes())),
            ))
        } else {
            None
        };
        if started.is_some() {
            self.export = started;
        }
    }

    fn controls(&mut self, ui: &mut Ui, documents: &DocumentsView) {
        let s = &mut self.settings;
        ui.horizontal_wrapped(|ui| {
            ui.label("Colour:");
            ui.selectable_value(&mut s.measure, Measure::Count, "Count")
                .on_hover_text("Colour and numbers: how many interactions");
            ui.selectable_value(&mut s.measure, Measure::Net, "Cooperation − conflict").on_hover_text(
                "Colour and numbers: cooperative minus conflictual interactions (blue: more cooperation, orange: more conflict)",
            );
            ui.separator();
            ui.selectable_value(&mut s.directed, true, "Directed")
                .on_hover_text("Rows are the acting country, columns the country acted on");
            ui.selectable_value(&mut s.directed, false, "Undirected")
                .on_hover_text("One count per pair of countries, whoever acted");
            ui.separator();
            ui.label("Sort:");
            ui.selectable_value(&mut s.order, MatrixOrder::Total, "By total")
                .on_hover_text("Countries with the most interactions first");
            ui.selectable_value(&mut s.order, MatrixOrder::Name, "By name").on_hover_text("Alphabetical");
        });
        ui.horizontal_wrapped(|ui| {
            quad_toggles(ui, s);
            ui.add_space(4.0);
            category_menu(ui, s);
        });
        ui.horizontal_wrapped(|ui| {
            date_field(ui, "Published from", "Interactions published from", &mut self.date_from_text, &mut s.date_from);
            date_field(ui, "to", "Interactions published until", &mut self.date_to_text, &mut s.date_to);
            ui.separator();
            let n = documents.rows().len();
            let label =
                format!("Only the {n} {} in the Documents table", if n == 1 { "document" } else { "documents" });
            ui.checkbox(&mut self.only_table_documents, label).on_hover_text(
                "Count only the documents the Documents view shows with its search, entity, country and date filters",
            );
        });
        let only_table = self.only_table_documents;
        let mut reset = false;
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut s.include_hypothetical, "Include hypothetical events").on_hover_text(
                "Events stated as possible, planned or demanded rather than done (\"could recognise\", \"may send\", \
                 \"must stop\"). Left out by default.",
            );
            ui.checkbox(&mut s.hide_empty, "Hide countries without interactions")
                .on_hover_text("Leave out rows and columns that are empty with these settings");
            let changed = *s != MatrixSettings::default() || only_table;
            reset = ui
                .add_enabled(changed, egui::Button::new("Reset"))
                .on_hover_text("Back to the default settings, over every document")
                .clicked();
        });
        if reset {
            self.reset();
        }
    }

    fn evidence_panel(&mut self, ui: &mut Ui, loaded: &Loaded, selection: &Selection, actions: &mut Vec<Action>) {
        let Some((source, target)) = self.selected.clone() else { return };
        let Some(built) = &self.builds.built else { return };
        let m = &built.matrix;
        let data = &loaded.data;
        let cell = m.cell_of(&source, &target);
        let total = cell.map_or(0, |c| c.count);
        let items = matrix_cells::evidence(m, &data.extraction, &data.corpus, &source, &target, MAX_EVIDENCE);
        let h = ui.available_height();
        let mut close = false;
        egui::Panel::bottom("matrix-evidence")
            .resizable(true)
            .default_size((h * 0.42).max(160.0))
            .size_range(120.0..=(h - 140.0).max(160.0))
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    let dyad = dyad_label(&country_name(&source), &country_name(&target), m.directed);
                    let heading = format!("{dyad} · {}", interactions_label(total));
                    ui.add(egui::Label::new(RichText::new(heading).heading().strong()).truncate());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = ui
                            .add(egui::Button::new("×").frame(false))
                            .accessible_name("Close the evidence")
                            .on_hover_text("Close the list of sentences (Esc)")
                            .clicked();
                    });
                });
                if let Some(cell) = cell {
                    let parts: Vec<String> = Quad::ALL
                        .iter()
                        .zip(cell.by_quad)
                        .filter(|(_, n)| *n > 0)
                        .map(|(q, n)| format!("{} {n}", q.label().to_lowercase()))
                        .collect();
                    ui.weak(parts.join(" · "));
                } else {
                    ui.weak("No interactions between them with these settings.");
                }
                ui.separator();
                let more = total.saturating_sub(items.len());
                let area = egui::ScrollArea::vertical()
                    .id_salt(("matrix-evidence-list", &source, &target, m.directed))
                    .auto_shrink([false, false]);
                widgets::lazy_list(ui, area, items.len() + usize::from(more > 0), EVIDENCE_ITEM_HEIGHT, |ui, i| {
                    match items.get(i) {
                        Some(e) => evidence_item(ui, loaded, e, selection, actions),
                        None => {
                            ui.weak(format!("… and {more} more: Export evidence CSV… saves them all."));
                        }
                    }
                });
            });
        if close {
            self.selected = None;
        }
    }
}

/// One interaction of the evidence: what, where, and its sentence (click to read it).
fn evidence_item(ui: &mut Ui, loaded: &Loaded, e: &Evidence<'_>, selection: &Selection, actions: &mut Vec<Action>) {
    let it = e.interaction;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        quad_badge(ui, it.category);
        let arrow = if it.symmetric { "–" } else { "›" };
        ui.label(RichText::new(format!("{} {arrow} {}", country_name(&it.source), country_name(&it.target))).strong());
        if it.symmetric {
            ui.weak("(symmetric)").on_hover_text("A joint event: talks, an agreement between them");
        }
        if it.hypothetical {
            ui.weak("(hypothetical)").on_hover_text("Stated as possible, planned or demanded, not as done");
        }
        let date = e.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        ui.add(egui::Label::new(RichText::new(format!("{} · {date}", e.title)).weak()).truncate())
            .on_hover_text(e.path);
    });
    let open = selection.document == Some(e.doc) && selection.sentence == Some(e.sentence);
    let job = highlighted_sentence(ui, loaded, it);
    let response = ui
        .add(egui::Button::selectable(open, job).wrap())
        .accessible_name(e.text)
        .on_hover_text("Open the document at this sentence");
    if response.clicked() {
        actions.push(Action::OpenSentence { doc: e.doc, sentence: e.sentence });
    }
    ui.add_space(6.0);
}

/// A small coloured badge with the category, its quad class in the tooltip.
fn quad_badge(ui: &mut Ui, category: Category) {
    let q = category.quad();
    let dark = ui.visuals().dark_mode;
    let strength = if matches!(q, Quad::MaterialCoop | Quad::MaterialConflict) { 1.0 } else { 0.55 };
    let fill = matrix_grid::diverging(if q.is_cooperation() { strength } else { -strength }, dark);
    let text = RichText::new(format!(" {} ", category.as_str()))
        .small()
        .background_color(fill)
        .color(matrix_grid::text_on(fill));
    ui.label(text).on_hover_text(q.label());
}

/// The sentence of an interaction, with the mentions of its two countries (and of people and organisations acting
/// for them) highlighted.
fn highlighted_sentence(ui: &Ui, loaded: &Loaded, it: &Interaction) -> egui::text::LayoutJob {
    let ex = &loaded.data.extraction;
    let Some(doc) = loaded.data.corpus.get(it.doc) else { return Default::default() };
    let Some(span) = doc.sentences.get(it.sentence as usize).map(|s| s.range()) else { return Default::default() };
    let text = &doc.text[span.clone()];
    let font = egui::TextStyle::Body.resolve(ui.style());
    let dark = ui.visuals().dark_mode;
    let plain = egui::TextFormat::simple(font.clone(), egui::Color32::PLACEHOLDER);
    let mut marked = plain.clone();
    marked.background = theme::kind_highlight(EntityKind::Country, dark);
    marked.color = ui.visuals().strong_text_color();
    let is_party = |code: Option<&String>| code.is_some_and(|c| *c == it.source || *c == it.target);
    let mentions = ex.doc_mentions(it.doc);
    let first = mentions.partition_point(|m| m.sentence < it.sentence);
    let mut job = egui::text::LayoutJob::default();
    let mut at = span.start;
    for m in mentions[first..].iter().take_while(|m| m.sentence == it.sentence) {
        let Some(e) = ex.entity(m.entity) else { continue };
        let party = match e.kind {
            EntityKind::Country => is_party(e.code.as_ref()),
            EntityKind::Person | EntityKind::Organization => is_party(e.country.as_ref()),
            EntityKind::Place => false,
        };
        let r = m.range();
        if !party || r.start < at || r.end > span.end || !doc.text.is_char_boundary(r.start) {
            continue;
        }
        job.append(&doc.text[at..r.start], 0.0, plain.clone());
        job.append(&doc.text[r.clone()], 0.0, marked.clone());
        at = r.end;
    }
    if at < span.end {
        job.append(&doc.text[at..span.end], 0.0, plain);
    }
    if job.sections.is_empty() {
        job.append(text, 0.0, egui::TextFormat::simple(font, egui::Color32::PLACEHOLDER));
    }
    job
}

/// The four quad classes as toggles (all on means no filter). The last one on cannot be turned off.
fn quad_toggles(ui: &mut Ui, s: &mut MatrixSettings) {
    ui.label("Classes:");
    let on = |s: &MatrixSettings, q: Quad| s.quads.is_empty() || s.quads.contains(&q);
    for q in Quad::ALL {
        let mut active = on(s, q);
        let only_one = active && Quad::ALL.iter().filter(|x| on(s, **x)).count() == 1;
        let tip = format!("Show {} ({})", q.label().to_lowercase(), quad_members(q));
        let response = ui
            .add_enabled(!only_one, egui::Button::selectable(active, q.label()))
            .on_hover_text(tip)
            .on_disabled_hover_text("At least one class is shown");
        if response.clicked() {
            active = !active;
            if s.quads.is_empty() {
                s.quads = Quad::ALL.into_iter().collect();
            }
            if active {
                s.quads.insert(q);
            } else {
                s.quads.remove(&q);
            }
            if s.quads.len() == Quad::ALL.len() {
                s.quads.clear();
            }
        }
    }
}

/// "AGREE, CONSULT, SUPPORT, CONCEDE".
fn quad_members(q: Quad) -> String {
    Category::ALL.iter().filter(|c| c.quad() == q).map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
}

/// The categories, grouped by quad class, as checkboxes in a drop-down (all checked means no filter).
fn category_menu(ui: &mut Ui, s: &mut MatrixSettings) {
    let text = match s.categories.len() {
        0 => "Categories: all".to_string(),
        1 => format!("Category: {}", s.categories.iter().next().map_or("", |c| c.as_str())),
        n => format!("Categories: {n} of {}", Category::ALL.len()),
    };
    egui::ComboBox::from_id_salt("matrix-categories")
        .selected_text(text)
        .width(170.0)
        .height(520.0)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            if ui.add_enabled(!s.categories.is_empty(), egui::Button::new("All categories")).clicked() {
                s.categories.clear();
            }
            for q in Quad::ALL {
                ui.add_space(4.0);
                ui.label(RichText::new(q.label()).strong());
                let class_on = s.quads.is_empty() || s.quads.contains(&q);
                for c in Category::ALL.into_iter().filter(|c| c.quad() == q) {
                    let mut on = s.categories.is_empty() || s.categories.contains(&c);
                    let last = on && s.categories.len() == 1;
                    let response = ui
                        .add_enabled(!last, egui::Checkbox::new(&mut on, c.as_str()))
                        .on_disabled_hover_text("At least one category is shown");
                    let response = if class_on {
                        response
                    } else {
                        response.on_hover_text(format!("{} is turned off in the classes", q.label()))
                    };
                    if response.changed() {
                        if s.categories.is_empty() {
                            s.categories = Category::ALL.into_iter().collect();
                        }
                        if on {
                            s.categories.insert(c);
                        } else {
                            s.categories.remove(&c);
                        }
                        if s.categories.len() == Category::ALL.len() {
                            s.categories.clear();
                        }
                    }
                }
            }
        })
        .response
        .on_hover_text("Only these event categories (PLOVER)");
}
