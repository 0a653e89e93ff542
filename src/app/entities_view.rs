//! The entities table: people, organisations, countries and places, filtered by kind, name and frequency.

use eframe::egui::{self, RichText, Sense, Ui};
use egui_extras::Column;

use super::state::{Action, Loaded, Selection};
use super::theme;
use super::widgets;
use crate::analysis::{EntityColumn, EntityQuery, entity_rows};
use crate::extract::{EntityId, EntityKind};

/// The table's columns.
const COLUMNS: [widgets::SortColumn<EntityColumn>; 5] = [
    ("Name", EntityColumn::Name, true, "Sort by name"),
    ("Kind", EntityColumn::Kind, true, "Sort by kind"),
    ("Documents", EntityColumn::Documents, false, "Sort by documents mentioning it"),
    ("Mentions", EntityColumn::Mentions, false, "Sort by number of mentions"),
    ("Aliases", EntityColumn::Aliases, false, "Sort by number of other names"),
];

/// The entities view: its query and the rows it produced.
#[derive(Default)]
pub struct EntitiesView {
    /// Filters and sort.
    pub query: EntityQuery,
    rows: Vec<EntityId>,
    computed_for: Option<(u64, EntityQuery)>,
    /// Set by Ctrl+F: focus the search box on the next frame.
    pub focus_search: bool,
    search_id: Option<egui::Id>,
    scroll_to: Option<usize>,
}

impl EntitiesView {
    /// Recomputes the rows if the query or the folder changed.
    pub fn refresh(&mut self, loaded: &Loaded) {
        let key = (loaded.generation, self.query.clone());
        if self.computed_for.as_ref() != Some(&key) {
            self.rows = entity_rows(&loaded.data, &self.query);
            self.computed_for = Some(key);
        }
    }

    /// The entities shown, in order (as of the last refresh).
    pub fn rows(&self) -> &[EntityId] {
        &self.rows
    }

    /// Shows the view. `chosen` are the entities picked with Ctrl/Cmd+click (the documents filter): they show as
    /// selected, and a right-click offers to merge them.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        loaded: &Loaded,
        selection: &Selection,
        chosen: &[EntityId],
        actions: &mut Vec<Action>,
    ) {
        self.refresh(loaded);
        let total = loaded.data.extraction.entities.len();
        ui.horizontal(|ui| {
            ui.heading("Entities");
            ui.add_space(8.0);
            ui.label(RichText::new(format!("{} of {total} entities", self.rows.len())).strong());
        });
        self.filters(ui);
        self.refresh(loaded);
        ui.separator();

        if total == 0 {
            widgets::empty_state(
                ui,
                "No entities found",
                "Dossier found no people, organisations, countries or places in these documents.",
                None,
            );
            return;
        }
        if self.rows.is_empty() {
            if widgets::empty_state(
                ui,
                "No entities match these filters",
                "Turn kinds back on, shorten the search or lower the minimum number of documents.",
                Some("Clear filters"),
            ) {
                self.query.clear_filters();
            }
            return;
        }
        let current = selection.entity.and_then(|e| self.rows.iter().position(|r| *r == e));
        // Enter opens the entity in the reader unless the reader already shows a document that mentions it.
        let in_reader = |e: EntityId| selection.document.is_some_and(|d| loaded.index.mentions(d, e));
        let next = match widgets::table_keys(ui, self.search_id, current, self.rows.len()) {
            Some(widgets::TableKey::Move(next)) => Some(next).filter(|n| Some(*n) != current),
            Some(widgets::TableKey::Open(next)) => {
                Some(next).filter(|n| Some(*n) != current || !in_reader(self.rows[*n]))
            }
            None => None,
        };
        if let Some(next) = next {
            actions.push(Action::SelectEntity { entity: self.rows[next], add: false, reveal: true });
            self.scroll_to = Some(next);
        }
        self.table(ui, loaded, selection, chosen, actions);
    }

    fn filters(&mut self, ui: &mut Ui) {
        let has_filters = self.query.has_filters();
        let (search_id, clear) = widgets::search_row(
            ui,
            &mut self.query.search,
            "Search entities",
            "Find by name or alias",
            &mut self.focus_search,
            has_filters,
            "Show every entity again",
        );
        self.search_id = Some(search_id);
        if clear {
            self.query.clear_filters();
        }
        ui.horizontal_wrapped(|ui| {
            for kind in EntityKind::ALL {
                let on = self.query.kinds.contains(&kind);
                let dark = ui.visuals().dark_mode;
                let text = RichText::new(format!("{}  {}", theme::kind_letter(kind), kind.label())).color(if on {
                    theme::kind_color(kind, dark)
                } else {
                    ui.visuals().weak_text_color()
                });
                let r = ui
                    .add(egui::Button::selectable(on, text))
                    .accessible_name(format!("Show {}", kind.label()))
                    .on_hover_text(if on {
                        format!("Hide {}s", kind.label().to_lowercase())
                    } else {
                        format!("Show {}s", kind.label().to_lowercase())
                    });
                if r.clicked() {
                    if on {
                        self.query.kinds.retain(|k| *k != kind);
                    } else {
                        self.query.kinds.push(kind);
                        self.query.kinds.sort();
                    }
                }
            }
            ui.add_space(12.0);
            ui.label("Mentioned in at least");
            ui.add(egui::DragValue::new(&mut self.query.min_documents).range(0..=100_000).speed(0.1))
                .accessible_name("Minimum documents")
                .on_hover_text("Hide entities mentioned in fewer documents");
            ui.label(if self.query.min_documents == 1 { "document" } else { "documents" });
        });
    }

    fn table(
        &mut self,
        ui: &mut Ui,
        loaded: &Loaded,
        selection: &Selection,
        chosen: &[EntityId],
        actions: &mut Vec<Action>,
    ) {
        let entities = &loaded.data.extraction.entities;
        let row_height = widgets::row_height(ui);
        let [documents_width, mentions_width] = [(EntityColumn::Documents, 84.0), (EntityColumn::Mentions, 80.0)]
            .map(|(c, w)| widgets::sort_column_width(ui, &COLUMNS, c, w));
        let mut table = widgets::table(ui, ("entities-table", loaded.generation))
            .sense(Sense::click())
            .column(Column::initial(220.0).at_least(120.0).clip(true))
            .column(Column::exact(130.0))
            .column(Column::exact(documents_width))
            .column(Column::exact(mentions_width))
            .column(Column::remainder().at_least(100.0).clip(true));
        if let Some(row) = self.scroll_to.take() {
            table = table.scroll_to_row(row, None);
        }
        let sort = &mut self.query.sort;
        table
            .header(row_height + 2.0, |mut header| {
                for (label, col, asc, tip) in COLUMNS {
                    header.col(|ui| {
                        widgets::sort_header(ui, label, col, sort, asc, tip);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, self.rows.len(), |mut row| {
                    let id = self.rows[row.index()];
                    let e = &entities[id.index()];
                    row.set_selected(selection.entity == Some(id) || (chosen.len() > 1 && chosen.contains(&id)));
                    row.col(|ui| {
                        ui.add(egui::Label::new(&e.name).selectable(false).truncate());
                    });
                    row.col(|ui| theme::kind_chip(ui, e.kind));
                    row.col(|ui| widgets::right_aligned(ui, e.documents.to_string()));
                    row.col(|ui| widgets::right_aligned(ui, e.mentions.to_string()));
                    row.col(|ui| {
                        ui.add(
                            egui::Label::new(RichText::new(e.aliases.join(", ")).weak()).selectable(false).truncate(),
                        );
                    });
                    let response = row.response();
                    if response.clicked() {
                        let add = ui_modifiers_command(&response);
                        actions.push(Action::SelectEntity { entity: id, add, reveal: true });
                    }
                    response.context_menu(|ui| {
                        let others: &[EntityId] = if chosen.contains(&id) { chosen } else { &[] };
                        super::entity_menu::items(ui, e, others, loaded, actions);
                    });
                });
            });
    }
}

fn ui_modifiers_command(response: &egui::Response) -> bool {
    response.ctx.input(|i| i.modifiers.command)
}
