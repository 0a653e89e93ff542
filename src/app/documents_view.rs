//! The documents table: every readable document, with search, entity, country and date filters.

use eframe::egui::{self, RichText, Sense, Ui};
use egui_extras::Column;

use super::state::{Action, Loaded, Selection};
use super::theme;
use super::widgets;
use crate::analysis::{DocColumn, DocumentQuery, DocumentRows, document_rows};
use crate::corpus::{Date, DocId};

/// The table's columns. "Matches" shows only while searching, so it comes last.
const COLUMNS: [widgets::SortColumn<DocColumn>; 7] = [
    ("Title", DocColumn::Title, true, "Sort by headline"),
    ("Date", DocColumn::Date, false, "Sort by publication date"),
    ("Source file", DocColumn::Source, true, "Sort by file path"),
    ("Words", DocColumn::Words, false, "Sort by length"),
    ("Entities", DocColumn::Entities, false, "Sort by number of entities"),
    ("Top countries", DocColumn::Countries, true, "Sort by most mentioned country"),
    ("Matches", DocColumn::Matches, false, "Sort by search matches"),
];

/// The documents view: its query, the rows it produced, and the text of the date fields being edited.
#[derive(Default)]
pub struct DocumentsView {
    /// Filters and sort (the entity filter is also set by selecting entities elsewhere).
    pub query: DocumentQuery,
    rows: DocumentRows,
    /// What the rows were computed for: the folder, the query, and whether the text search was ready.
    computed_for: Option<(u64, DocumentQuery, bool)>,
    date_from_text: String,
    date_to_text: String,
    /// Set by Ctrl+F: focus the search box on the next frame.
    pub focus_search: bool,
    search_id: Option<egui::Id>,
    scroll_to: Option<usize>,
}

impl DocumentsView {
    /// Recomputes the rows if the query or the folder changed since last time (cheap otherwise).
    pub fn refresh(&mut self, loaded: &Loaded) {
        let key = (loaded.generation, self.query.clone(), loaded.index.search_ready());
        if self.computed_for.as_ref() != Some(&key) {
            self.rows = document_rows(&loaded.data, &loaded.index, &self.query);
            self.computed_for = Some(key);
        }
    }

    /// The documents shown, in order (as of the last refresh).
    pub fn rows(&self) -> &[DocId] {
        &self.rows.ids
    }

    /// Removes every filter (the sort stays).
    pub fn clear_filters(&mut self) {
        self.query.clear_filters();
        self.date_from_text.clear();
        self.date_to_text.clear();
    }

    /// Forgets filters that name things of the previous folder (entities, countries).
    pub fn folder_changed(&mut self) {
        self.clear_filters();
        self.computed_for = None;
    }

    /// Shows the view.
    pub fn ui(&mut self, ui: &mut Ui, loaded: &Loaded, selection: &Selection, actions: &mut Vec<Action>) {
        self.refresh(loaded);
        let total = loaded.data.corpus.documents.len();
        self.header(ui, total);
        self.filters(ui, loaded, actions);
        self.refresh(loaded);
        ui.separator();

        if total == 0 {
            widgets::empty_state(
                ui,
                "This folder has no readable documents",
                "Dossier reads .txt, .md, .html, .pdf, .docx, .odt and .rtf files in the folder and its subfolders.\n\
                 Choose another folder with Open folder…",
                None,
            );
            if loaded.data.corpus.skipped.is_empty() {
                return;
            }
            ui.vertical_centered(|ui| {
                if ui.button("See the skipped files").clicked() {
                    actions.push(Action::ShowView(super::state::View::Skipped));
                }
            });
            return;
        }
        if self.rows.search_pending {
            // The word index is being built on its own thread (a large folder was just opened): the rows follow
            // as soon as it is ready.
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(200));
            widgets::empty_state(
                ui,
                "Preparing the text search…",
                &format!("Dossier is indexing the words of {total} documents; the results appear in a moment."),
                None,
            );
            return;
        }
        if self.rows.ids.is_empty() {
            if widgets::empty_state(
                ui,
                "No documents match these filters",
                "Loosen the search, the date range or the entity and country filters.",
                Some("Clear filters"),
            ) {
                self.clear_filters();
            }
            return;
        }

        let current = selection.document.and_then(|d| self.rows.ids.iter().position(|r| *r == d));
        // The selected document is the one in the reader, so Enter only has work when none is selected.
        if let Some(widgets::TableKey::Move(next) | widgets::TableKey::Open(next)) =
            widgets::table_keys(ui, self.search_id, current, self.rows.ids.len())
            && Some(next) != current
        {
            actions.push(Action::SelectDocument(self.rows.ids[next]));
            self.scroll_to = Some(next);
        }
        self.table(ui, loaded, selection, actions);
    }

    fn header(&mut self, ui: &mut Ui, total: usize) {
        ui.horizontal(|ui| {
            ui.heading("Documents");
            ui.add_space(8.0);
            let shown = self.rows.ids.len();
            ui.label(RichText::new(format!("{shown} of {total} documents")).strong());
            if self.rows.search_pending {
                ui.label("· preparing the text search…");
            } else if self.rows.matches.is_some() {
                let m = self.rows.total_matches();
                ui.label(format!("· {m} {} of the search", if m == 1 { "match" } else { "matches" }));
            }
        });
    }

    fn filters(&mut self, ui: &mut Ui, loaded: &Loaded, actions: &mut Vec<Action>) {
        let has_filters = self.query.has_filters();
        let (search_id, clear) = widgets::search_row(
            ui,
            &mut self.query.search,
            "Search documents",
            "Search titles and text",
            &mut self.focus_search,
            has_filters,
            "Show every document again",
        );
        self.search_id = Some(search_id);
        if clear {
            self.clear_filters();
        }
        ui.horizontal_wrapped(|ui| {
            self.country_filter(ui, loaded);
            ui.add_space(12.0);
            date_field(ui, "Published from", "Published from", &mut self.date_from_text, &mut self.query.date_from);
            date_field(ui, "to", "Published until", &mut self.date_to_text, &mut self.query.date_to);
        });
        if !self.query.entities.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label("Mentioning:");
                let ex = &loaded.data.extraction;
                for id in self.query.entities.clone() {
                    let Some(e) = ex.entity(id) else { continue };
                    theme::kind_badge(ui, e.kind);
                    if widgets::removable_chip(ui, &e.name, &format!("Remove filter {}", e.name)) {
                        actions.push(Action::RemoveEntityFilter(id));
                    }
                }
                if self.query.entities.len() > 1 {
                    ui.weak("(documents mentioning all of them)");
                }
            });
        }
    }

    fn country_filter(&mut self, ui: &mut Ui, loaded: &Loaded) {
        let countries = loaded.index.countries();
        let selected = &mut self.query.countries;
        let text = match selected.len() {
            0 => "Countries: any".to_string(),
            1 => format!("Country: {}", loaded.index.country_name(&selected[0])),
            n => format!("Countries: {n} selected"),
        };
        egui::ComboBox::from_id_salt("country-filter")
            .selected_text(text)
            .width(190.0)
            .height(360.0)
            .show_ui(ui, |ui| {
                if countries.is_empty() {
                    ui.weak("No countries mentioned in this folder");
                }
                if !selected.is_empty() && ui.button("Any country").clicked() {
                    selected.clear();
                }
                for c in countries {
                    let mut on = selected.contains(&c.code);
                    let label = format!("{} ({})", c.name, c.documents);
                    if ui.checkbox(&mut on, label).changed() {
                        if on {
                            selected.push(c.code.clone());
                        } else {
                            selected.retain(|x| x != &c.code);
                        }
                    }
                }
            })
            .response
            .on_hover_text("Show documents mentioning any of the chosen countries");
    }

    fn table(&mut self, ui: &mut Ui, loaded: &Loaded, selection: &Selection, actions: &mut Vec<Action>) {
        let docs = &loaded.data.corpus.documents;
        let index = &loaded.index;
        let searching = self.rows.matches.is_some();
        // "Matches" (the last column) shows only while searching.
        let shown = COLUMNS.len() - usize::from(!searching);
        let row_height = widgets::row_height(ui);
        let [words_width, entities_width, matches_width] =
            [(DocColumn::Words, 56.0), (DocColumn::Entities, 60.0), (DocColumn::Matches, 64.0)]
                .map(|(c, w)| widgets::sort_column_width(ui, &COLUMNS, c, w));
        // Source file and Top countries start at a share of the width the fixed columns leave, so that the table
        // fits its panel when it first shows — and again when the Matches column comes with a search (a change
        // of columns sizes the table anew). The title takes the rest.
        let date_width = 84.0;
        let fixed = date_width + words_width + entities_width + if searching { matches_width } else { 0.0 };
        let gaps = (shown - 1) as f32 * ui.spacing().item_spacing.x;
        let flexible = (ui.available_width() - fixed - gaps).max(0.0);
        let mut table = widgets::table(ui, ("documents-table", loaded.generation))
            .sense(Sense::click())
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::exact(date_width))
            .column(Column::initial((flexible * 0.22).clamp(60.0, 110.0)).at_least(60.0).clip(true))
            .column(Column::exact(words_width))
            .column(Column::exact(entities_width))
            .column(Column::initial((flexible * 0.30).clamp(60.0, 150.0)).at_least(60.0).clip(true));
        if searching {
            table = table.column(Column::exact(matches_width));
        }
        if let Some(row) = self.scroll_to.take() {
            table = table.scroll_to_row(row, None);
        }
        let sort = &mut self.query.sort;
        table
            .header(row_height + 2.0, |mut header| {
                for (label, col, asc, tip) in COLUMNS.iter().take(shown) {
                    header.col(|ui| {
                        widgets::sort_header(ui, label, *col, sort, *asc, tip);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, self.rows.ids.len(), |mut row| {
                    let id = self.rows.ids[row.index()];
                    let doc = &docs[id.index()];
                    row.set_selected(selection.document == Some(id));
                    row.col(|ui| {
                        ui.add(egui::Label::new(&doc.title).selectable(false).truncate());
                    });
                    row.col(|ui| match doc.date {
                        Some(d) => {
                            ui.add(egui::Label::new(d.to_string()).selectable(false));
                        }
                        None => {
                            ui.add(egui::Label::new(RichText::new("—").weak()).selectable(false))
                                .on_hover_text("No publication date found in this document");
                        }
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(&doc.path).selectable(false).truncate());
                    });
                    row.col(|ui| {
                        widgets::right_aligned(ui, doc.words.to_string());
                    });
                    row.col(|ui| {
                        widgets::right_aligned(ui, index.facts(id).entities.to_string());
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(index.top_countries(id, 3)).selectable(false).truncate());
                    });
                    if searching {
                        row.col(|ui| {
                            widgets::right_aligned(ui, self.rows.matches_of(id).to_string());
                        });
                    }
                    if row.response().clicked() {
                        actions.push(Action::SelectDocument(id));
                    }
                });
            });
    }
}

/// A YYYY-MM-DD field bound to an optional date. While the text is not a valid date it is shown in red and sets
/// no limit.
pub(super) fn date_field(ui: &mut Ui, label: &str, name: &str, text: &mut String, date: &mut Option<Date>) {
    // Keep the text in step with a date set or cleared elsewhere (Clear filters, a restored workspace).
    let parsed = Date::parse_iso(text);
    match *date {
        Some(d) if parsed != Some(d) => *text = d.to_string(),
        None if parsed.is_some() => text.clear(),
        _ => {}
    }
    let valid = text.trim().is_empty() || Date::parse_iso(text).is_some();
    ui.label(label);
    let mut edit = egui::TextEdit::singleline(text).hint_text("YYYY-MM-DD").desired_width(96.0).char_limit(10);
    if !valid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let r = ui.add(edit).accessible_name(name).on_hover_text(if valid {
        "A date like 2024-05-01; leave empty for no limit"
    } else {
        "Not a date: use YYYY-MM-DD, e.g. 2024-05-01"
    });
    if r.changed() {
        *date = Date::parse_iso(text);
    }
}
