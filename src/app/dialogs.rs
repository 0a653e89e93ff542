//! Modal dialogs (entity edits that need a name, unsaved changes, crash recovery, a workspace whose folder is
//! missing) and the edit history window. Dialogs only report the user's choice; the app acts on it.

use eframe::egui::{self, Key, RichText, Ui};
use std::path::PathBuf;

use super::state::{EditDialog, Loaded};
use crate::extract::{Entity, EntityId};
use crate::workspace::{Rule, RuleReport, Session, Workspace};

/// Candidates listed in the merge dialog.
const MAX_MERGE_CANDIDATES: usize = 12;

/// What waits for the answer to "save changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Close the window.
    Close,
    /// Start a new workspace.
    NewWorkspace,
    /// Open this workspace.
    OpenWorkspace(PathBuf),
    /// Ask for a workspace to open.
    OpenWorkspaceDialog,
    /// Open this folder in a new workspace.
    OpenFolder(PathBuf),
    /// Ask for a folder to open in a new workspace.
    OpenFolderDialog,
}

/// The open dialog.
#[derive(Clone, Debug)]
pub enum Dialog {
    /// An entity edit asking for a name (rename, alias) or a target (merge).
    Edit {
        /// What is asked.
        what: EditDialog,
        /// The text typed.
        text: String,
        /// The entity chosen to merge into.
        chosen: Option<EntityId>,
    },
    /// Unsaved changes would be lost by what waits.
    UnsavedChanges(Then),
    /// A recovery copy from a session that did not end normally.
    Recover {
        /// The recovery copy.
        copy: PathBuf,
        /// The workspace it belongs to (`None`: an untitled one).
        workspace: Option<PathBuf>,
    },
    /// A workspace opened but its folder is missing.
    MissingFolder {
        /// The workspace file.
        path: PathBuf,
        /// What it holds.
        workspace: Box<Workspace>,
    },
}

/// What the user chose in a dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Make this edit.
    Edit(Rule),
    /// Save, then do what waited.
    SaveThen(Then),
    /// Do what waited without saving.
    DiscardThen(Then),
    /// Open the recovery copy.
    Recover,
    /// Delete the recovery copy.
    DiscardRecovery,
    /// Choose the folder of a workspace whose folder is missing.
    LocateFolder,
    /// Close the dialog, nothing else.
    Cancel,
}

impl Dialog {
    /// A dialog for an entity edit.
    pub fn edit(what: EditDialog) -> Dialog {
        let text = match &what {
            EditDialog::Rename(name) => name.clone(),
            EditDialog::AddAlias(_) | EditDialog::MergeInto(_) => String::new(),
        };
        Dialog::Edit { what, text, chosen: None }
    }

    /// Shows the dialog; returns the user's choice once made.
    pub fn ui(&mut self, ctx: &egui::Context, loaded: Option<&Loaded>, session: &Session) -> Option<Choice> {
        let modal = egui::Modal::new(egui::Id::unique("dossier-dialog")).show(ctx, |ui| {
            ui.set_width(460.0);
            match self {
                Dialog::Edit { what, text, chosen } => edit_ui(ui, what, text, chosen, loaded),
                Dialog::UnsavedChanges(then) => unsaved_ui(ui, then, session),
                Dialog::Recover { workspace, .. } => recover_ui(ui, workspace.as_deref()),
                Dialog::MissingFolder { path, workspace } => missing_folder_ui(ui, path, workspace),
            }
        });
        if modal.should_close() && modal.inner.is_none() {
            // Escape or a click outside: the same as Cancel (for a recovery copy, keep it for later).
            return Some(Choice::Cancel);
        }
        modal.inner
    }
}

fn buttons(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> Option<Choice>) -> Option<Choice> {
    ui.add_space(8.0);
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), add).inner
}

fn edit_ui(
    ui: &mut Ui,
    what: &EditDialog,
    text: &mut String,
    chosen: &mut Option<EntityId>,
    loaded: Option<&Loaded>,
) -> Option<Choice> {
    let (title, prompt, entity) = match what {
        EditDialog::Rename(e) => ("Rename entity", format!("New name for {e}:"), e),
        EditDialog::AddAlias(e) => ("Add an alias", format!("Another name {e} goes by:"), e),
        EditDialog::MergeInto(e) => ("Merge into…", format!("Merge {e} into:"), e),
    };
    ui.heading(title);
    ui.label(prompt);
    let hint = match what {
        EditDialog::MergeInto(_) => "Type to find the entity",
        _ => "",
    };
    let edit =
        ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY).hint_text(hint)).accessible_name(title);
    if !edit.has_focus() && ui.memory(|m| m.focused().is_none()) {
        edit.request_focus();
    }
    let text_now = text.trim().to_string();
    let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let rule = match what {
        EditDialog::Rename(e) => {
            (!text_now.is_empty() && text_now != *e).then(|| Rule::Rename { entity: e.clone(), to: text_now.clone() })
        }
        EditDialog::AddAlias(e) => {
            (!text_now.is_empty()).then(|| Rule::AddAlias { entity: e.clone(), alias: text_now.clone() })
        }
        EditDialog::MergeInto(e) => {
            merge_candidates(ui, loaded, entity, &text_now, chosen);
            let target = chosen.and_then(|id| loaded.and_then(|l| l.data.extraction.entity(id)));
            target.map(|t| Rule::Merge { into: t.name.clone(), from: vec![e.clone()] })
        }
    };
    let ok_label = match (what, &rule) {
        (EditDialog::MergeInto(_), Some(Rule::Merge { into, .. })) => format!("Merge into {into}"),
        (EditDialog::MergeInto(_), _) => "Merge".to_string(),
        (EditDialog::Rename(_), _) => "Rename".to_string(),
        (EditDialog::AddAlias(_), _) => "Add alias".to_string(),
    };
    buttons(ui, |ui| {
        let ok = ui.add_enabled(rule.is_some(), egui::Button::new(ok_label)).clicked();
        let cancel = ui.button("Cancel").clicked();
        match (ok || (entered && !matches!(what, EditDialog::MergeInto(_))), rule) {
            (true, Some(rule)) => Some(Choice::Edit(rule)),
            _ if cancel => Some(Choice::Cancel),
            _ => None,
        }
    })
}

/// Lists the entities matching `query` (same kind first, then most mentioned) to choose a merge target.
fn merge_candidates(ui: &mut Ui, loaded: Option<&Loaded>, source: &str, query: &str, chosen: &mut Option<EntityId>) {
    let Some(loaded) = loaded else { return };
    let ex = &loaded.data.extraction;
    let source_id = ex.find(source).map(|e| e.id);
    let kind = source_id.and_then(|s| ex.entity(s)).map(|e| e.kind);
    let q = query.to_lowercase();
    let mut found: Vec<_> = ex
        .entities
        .iter()
        .filter(|e| Some(e.id) != source_id)
        .filter(|e| q.is_empty() || crate::analysis::tables::name_or_alias_contains(e, &q))
        .collect();
    // Drawn every frame while the dialog is open: only the best few are sorted, and no name is copied.
    // Ties in entity order, as the table lists them.
    let order = |a: &&Entity, b: &&Entity| {
        (Some(a.kind) != kind, std::cmp::Reverse(a.mentions), &a.name, a.id).cmp(&(
            Some(b.kind) != kind,
            std::cmp::Reverse(b.mentions),
            &b.name,
            b.id,
        ))
    };
    if found.len() > MAX_MERGE_CANDIDATES {
        found.select_nth_unstable_by(MAX_MERGE_CANDIDATES, order);
        found.truncate(MAX_MERGE_CANDIDATES);
    }
    found.sort_by(order);
    ui.add_space(4.0);
    egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
        if found.is_empty() {
            ui.weak("No entity matches.");
        }
        for e in found {
            let text = format!("{}  {}   ({} mentions)", super::theme::kind_letter(e.kind), e.name, e.mentions);
            if ui.add(egui::Button::selectable(*chosen == Some(e.id), text)).clicked() {
                *chosen = Some(e.id);
            }
        }
    });
}

fn unsaved_ui(ui: &mut Ui, then: &Then, session: &Session) -> Option<Choice> {
    ui.heading(format!("Save changes to {}?", session.name()));
    ui.label("Your entity edits, notes and filters since the last save will be lost if you don't save them.");
    buttons(ui, |ui| {
        if ui.button(RichText::new("Save").strong()).clicked() {
            return Some(Choice::SaveThen(then.clone()));
        }
        if ui.button("Cancel").clicked() {
            return Some(Choice::Cancel);
        }
        if ui.button("Don't save").clicked() {
            return Some(Choice::DiscardThen(then.clone()));
        }
        None
    })
}

fn recover_ui(ui: &mut Ui, workspace: Option<&std::path::Path>) -> Option<Choice> {
    ui.heading("Recover unsaved changes?");
    ui.label(match workspace {
        Some(p) => format!("Dossier did not close normally and the workspace {} had unsaved changes.", p.display()),
        None => "Dossier did not close normally while an untitled workspace had unsaved changes.".to_string(),
    });
    ui.label("Recover them to continue where you left off; you can then save them.");
    buttons(ui, |ui| {
        if ui.button(RichText::new("Recover").strong()).clicked() {
            return Some(Choice::Recover);
        }
        if ui.button("Discard").on_hover_text("Delete the recovered changes").clicked() {
            return Some(Choice::DiscardRecovery);
        }
        None
    })
}

fn missing_folder_ui(ui: &mut Ui, path: &std::path::Path, workspace: &Workspace) -> Option<Choice> {
    ui.heading("Where is the document folder?");
    ui.label(format!(
        "The workspace {} reads the folder {}, which is not there (nor beside the workspace file).",
        path.display(),
        workspace.folder
    ));
    ui.label("If you moved or renamed it, show Dossier where it is now. The workspace file is not changed.");
    buttons(ui, |ui| {
        if ui.button(RichText::new("Locate folder…").strong()).clicked() {
            return Some(Choice::LocateFolder);
        }
        if ui.button("Cancel").clicked() {
            return Some(Choice::Cancel);
        }
        None
    })
}

/// The edit history window: the original extraction, each edit in effect, and the edits undone; clicking one
/// goes back (or forward) to just after it. Returns the number of edits to be in effect when one was clicked.
pub fn history_ui(ctx: &egui::Context, open: &mut bool, session: &Session, report: &RuleReport) -> Option<usize> {
    let mut go_to = None;
    egui::Window::new("Edit history").open(open).default_width(340.0).resizable(true).show(ctx, |ui| {
        ui.weak("Click a step to go back to it; edits after it can be redone until you make a new one.");
        ui.separator();
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            let done = session.done();
            if ui.add(egui::Button::selectable(done.is_empty(), "Extraction as read")).clicked() {
                go_to = Some(0);
            }
            for (i, rule) in done.iter().enumerate() {
                let unmatched =
                    report.outcomes.get(i).is_some_and(|o| *o != crate::workspace::rules::RuleOutcome::Applied);
                let mut text = RichText::new(format!("{}. {}", i + 1, rule.describe()));
                if unmatched {
                    text = text.color(ui.visuals().warn_fg_color);
                }
                let r = ui.add(egui::Button::selectable(i + 1 == done.len(), text));
                let r = match report.outcomes.get(i) {
                    Some(crate::workspace::rules::RuleOutcome::Unmatched(why)) => {
                        r.on_hover_text(format!("Did not apply: {why}"))
                    }
                    _ => r,
                };
                if r.clicked() {
                    go_to = Some(i + 1);
                }
            }
            for (j, rule) in session.undone().enumerate() {
                let text = RichText::new(format!("{}. {} (undone)", done.len() + j + 1, rule.describe())).weak();
                if ui.add(egui::Button::selectable(false, text)).clicked() {
                    go_to = Some(done.len() + j + 1);
                }
            }
        });
    });
    go_to
}
