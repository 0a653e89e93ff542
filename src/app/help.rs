//! The Help window (a short guide and every keyboard shortcut) and the About window (version, licences of the
//! bundled data).

use eframe::egui::{self, RichText, Ui};

/// The keyboard shortcuts, as (keys, what they do); `Cmd` is Ctrl outside macOS.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Cmd+O", "Open a folder of documents"),
    ("Cmd+S", "Save the workspace"),
    ("Cmd+Shift+S", "Save the workspace under a new name"),
    ("Cmd+Z", "Undo the last entity edit"),
    ("Cmd+Shift+Z, Cmd+Y", "Redo"),
    ("Cmd+1 to Cmd+5", "Show the Documents, Entities, Relationships, Countries or Skipped files view"),
    ("Cmd+F", "Search the documents (the entities or the graph, in those views)"),
    ("Up / Down", "Previous / next row of the table; the reader follows"),
    ("Enter", "Open the selected row in the reader (the first row, when none is selected)"),
    ("Tab / Shift+Tab", "Move between buttons, fields and table cells; Space or Enter presses the focused one"),
    ("Esc", "Clear the search"),
    ("Cmd+Plus / Cmd+Minus / Cmd+0", "Larger / smaller / normal text"),
    ("F1", "This help"),
    ("Right-click an entity", "Merge, rename, change kind, add or split an alias, hide"),
    ("Cmd+click an entity", "Add it to the documents filter (and to a merge)"),
];

/// The data files bundled with Dossier and their licences.
const DATA_LICENCES: &[(&str, &str)] = &[
    (
        "Places (gazetteer/places.tsv)",
        "Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0; subdivisions from ISO 3166-2 \
         via Debian iso-codes (LGPL-2.1).",
    ),
    (
        "Given names (lexicon/given_names.txt)",
        "Extract of Jörg Michael's nam_dict.txt, GNU Free Documentation License 1.2.",
    ),
    ("English words (lexicon/common_words.txt)", "SCOWL word lists (Debian wamerican), permissive licence."),
    (
        "Countries, organisations, office holders, roles, event cue words",
        "Written for Dossier from public knowledge (ISO 3166, PLOVER event categories).",
    ),
];

/// Which of the two windows are open.
#[derive(Default)]
pub struct HelpWindows {
    /// The guide and shortcuts.
    pub help: bool,
    /// Version and licences.
    pub about: bool,
}

impl HelpWindows {
    /// Shows the open windows.
    pub fn ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("Dossier help").open(&mut self.help).default_width(520.0).show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(560.0).show(ui, guide);
        });
        egui::Window::new("About Dossier").open(&mut self.about).default_width(480.0).resizable(false).show(
            ctx,
            |ui| {
                ui.heading(format!("Dossier {}", env!("CARGO_PKG_VERSION")));
                ui.label("Who is in your documents, who deals with whom, and the sentence behind every claim.");
                ui.label("Everything runs on this computer: no documents leave it, no network is used.");
                ui.add_space(8.0);
                ui.label(RichText::new("Bundled data").strong());
                for (what, licence) in DATA_LICENCES {
                    ui.label(RichText::new(*what).strong().small());
                    ui.add(egui::Label::new(RichText::new(*licence).small()).wrap());
                }
                ui.add_space(8.0);
                ui.weak("Dossier is built with Rust, egui and eframe; see the README for the licences of its crates.");
            },
        );
    }
}

fn guide(ui: &mut Ui) {
    ui.label(RichText::new("The views").strong());
    let views = [
        (
            "Documents",
            "every document with its date, size and the entities in it; search, filter by entity, country and date; click one to read it.",
        ),
        (
            "Entities",
            "people, organisations, countries and places, with every spelling merged; click one for its details and the sentences that mention it.",
        ),
        ("Relationships", "a graph of who appears with whom; click a link for the sentences behind it."),
        ("Countries", "who did what to whom between countries; click a cell for the sentences behind it."),
        ("Reader", "on the right: the document with its entities highlighted; click a name to select the entity."),
    ];
    for (name, what) in views {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(name).strong());
            ui.label(what);
        });
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Your work").strong());
    ui.label(
        "Fix what the extraction got wrong by right-clicking an entity (or with Edit entity in its details): merge \
         two entities, rename one, change its kind, add or split off an alias, hide it. Every edit can be undone. \
         Star, tag and annotate documents and entities. Save it all as a workspace (File > Save workspace): one \
         small file you can e-mail; opening it re-reads the folder and re-applies your edits.",
    );
    ui.add_space(8.0);
    ui.label(RichText::new("Sharing results").strong());
    ui.label(
        "File > Export saves what you see, with your edits: documents, entities and the country matrix as CSV \
         for Excel, the relationships for Gephi (GEXF) or other network tools (GraphML), everything as JSON, \
         and a picture of the window as PNG.",
    );
    ui.add_space(8.0);
    ui.label(RichText::new("Keyboard").strong());
    egui::Grid::new("shortcuts").num_columns(2).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for (keys, what) in SHORTCUTS {
            ui.label(RichText::new(*keys).monospace());
            ui.label(*what);
            ui.end_row();
        }
    });
}
