//! The entity edit menu, the same wherever an entity is (a right-click on a table row, the details panel's
//! Edit button): merge, rename, change kind, hide, add or split off an alias. Every item pushes an undoable
//! [`Action::Edit`] or opens a dialog asking for what the edit needs.

use eframe::egui::{self, Ui};

use super::state::{Action, EditDialog, Loaded};
use crate::extract::{Entity, EntityId, EntityKind};
use crate::workspace::Rule;

/// The menu's items for `entity`. `others` are further entities the user selected (Ctrl/Cmd+click); with any,
/// the first item merges them into this one.
pub fn items(ui: &mut Ui, entity: &Entity, others: &[EntityId], loaded: &Loaded, actions: &mut Vec<Action>) {
    let ex = &loaded.data.extraction;
    let others: Vec<&Entity> = others.iter().filter(|o| **o != entity.id).filter_map(|o| ex.entity(*o)).collect();
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(|o| o.name.clone()).collect();
        let label = match names.as_slice() {
            [one] => format!("Merge {one} into {}", entity.name),
            _ => format!("Merge the {} other selected into {}", names.len(), entity.name),
        };
        if ui.button(label).on_hover_text(names.join(", ")).clicked() {
            actions.push(Action::Edit(Rule::Merge { into: entity.name.clone(), from: names }));
            ui.close();
        }
    }
    if ui.button("Merge into…").on_hover_text("Fold this entity into another one (its names become aliases)").clicked()
    {
        actions.push(Action::AskEdit(EditDialog::MergeInto(entity.name.clone())));
        ui.close();
    }
    if ui.button("Rename…").on_hover_text("Give it a new name; the old one stays as an alias").clicked() {
        actions.push(Action::AskEdit(EditDialog::Rename(entity.name.clone())));
        ui.close();
    }
    ui.menu_button("Change kind", |ui| {
        for kind in EntityKind::ALL {
            let current = kind == entity.kind;
            if ui.add_enabled(!current, egui::Button::selectable(current, kind.label())).clicked() {
                actions.push(Action::Edit(Rule::SetKind { entity: entity.name.clone(), kind }));
                ui.close();
            }
        }
    });
    if ui.button("Add alias…").on_hover_text("Another name it goes by; its occurrences become mentions").clicked() {
        actions.push(Action::AskEdit(EditDialog::AddAlias(entity.name.clone())));
        ui.close();
    }
    ui.add_enabled_ui(!entity.aliases.is_empty(), |ui| {
        ui.menu_button("Split off alias", |ui| {
            for alias in &entity.aliases {
                if ui.button(alias).on_hover_text(format!("Make “{alias}” an entity of its own")).clicked() {
                    actions.push(Action::Edit(Rule::Split { entity: entity.name.clone(), alias: alias.clone() }));
                    ui.close();
                }
            }
        })
        .response
        .on_disabled_hover_text("It has no other names");
    });
    ui.separator();
    if ui.button("Hide").on_hover_text("Leave it out of every view and export (undo brings it back)").clicked() {
        actions.push(Action::Edit(Rule::Hide { entity: entity.name.clone() }));
        ui.close();
    }
}
