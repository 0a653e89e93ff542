//! Sides that act together and calls and refusals named around the verb: states joined as who strikes or seizes
//! cooperate, a place of one of them is no target, a closing "…, X said" is no object, troops captured are taken
//! not sent; a verb after "but" keeps the subject before it, whom someone "told … by phone" they spoke with or
//! "raised" something with, calls someone "resisted", and what a side "rarely" does.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn states_joined_as_who_strikes_or_seizes_act_together() {
    let v = code("Chilean and Peruvian troops later retook the town from the rebels.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    let v = code("Chilean and Argentine jets struck rebel camps in Bolivia on Monday.");
    assert!(between(&v, "CHL", "ARG", Category::Cooperate), "{v:?}");
    assert!(has(&v, "CHL", "BOL", Category::Assault) && has(&v, "ARG", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn states_that_strike_each_other_deploy_or_are_struck_are_no_partners() {
    assert!(!any_of(&code("Chile and Peru attacked each other's border posts."), Category::Cooperate));
    assert!(!any_of(&code("Chile and Peru deployed troops to the border."), Category::Cooperate));
    assert!(!any_of(&code("Chilean and Peruvian positions were attacked by rebels."), Category::Cooperate));
}

#[test]
fn a_place_of_one_of_the_acting_sides_is_no_target() {
    let v = code("Chilean and Peruvian soldiers killed dozens of militants near Arequipa.");
    assert!(!has(&v, "CHL", "PER", Category::Assault), "{v:?}");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn who_said_it_after_a_closing_comma_is_no_object() {
    let v = code("Chilean troops seized the rebels' stronghold, Peru's army said.");
    assert!(!has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
    // An object before the comma still is.
    let v = code("Chilean troops seized a Peruvian fishing boat, the army said.");
    assert!(has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
}

#[test]
fn soldiers_captured_are_taken_not_sent() {
    let v = code("Chilean forces captured two Peruvian soldiers near the border.");
    assert!(has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
    assert!(!any_of(&v, Category::Mobilize), "{v:?}");
    // Troops sent still deploy.
    assert!(has(&code("Chile sent troops to Peru."), "CHL", "PER", Category::Mobilize));
}

#[test]
fn a_verb_after_but_keeps_the_subject_of_the_clause_before() {
    let v = code(
        "Presidential spokesman Luis Rojas said the Chilean state respects the rights of its neighbours but \
         rejected calls from Lima and La Paz to halt the dam.",
    );
    assert!(has(&v, "CHL", "PER", Category::Reject) && has(&v, "CHL", "BOL", Category::Reject), "{v:?}");
}

#[test]
fn whom_a_speaker_told_by_phone_they_spoke_with() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas told Peruvian Foreign Minister Luis Soto by phone on Tuesday that \
         Santiago wanted calm.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn calls_resisted_are_rejected() {
    let v = code("Santiago has so far resisted calls from Lima to extradite the suspects.");
    assert!(has(&v, "CHL", "PER", Category::Reject), "{v:?}");
}

#[test]
fn what_a_side_rarely_does_is_not_done() {
    assert!(has(&code("Chile has criticised Peru in public."), "CHL", "PER", Category::Accuse));
    let v = code("Chile has rarely criticised Peru in public.");
    assert!(!has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn whatever_a_side_raised_with_another_is_a_consultation() {
    let v = code("Santiago had also raised \"the dangers of foreign interference\" with Peruvian officials.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(between(&code("Chile raised the alarm with Bolivia."), "CHL", "BOL", Category::Consult));
    // Raised with no one: "with" after a comma, or far past the object.
    let v = code("Peru raised tariffs on copper, with Chile the hardest hit.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}
