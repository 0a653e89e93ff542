//! Which sides an act has when the words around it say so: an appeal to "all parties" (no one named), a pronoun
//! or "her government" after a semicolon, "their summit" opening a sentence before its members, "the junta" of a
//! state named earlier, taking a side, a sum announced for a state, a war between two states (and a war of
//! trade), a clause opened by "as", and weapons "for" a state.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn an_appeal_to_all_parties_names_no_one() {
    let v =
        code("Chile and Peru held talks in Lima on Monday. Bolivia called on all parties to work for de-escalation.");
    assert!(!has(&v, "BOL", "CHL", Category::Request) && !has(&v, "BOL", "PER", Category::Request), "{v:?}");
    // The two sides are still recalled.
    let v = code("Chile and Peru held talks in Lima on Monday. Bolivia urged both sides to show restraint.");
    assert!(has(&v, "BOL", "CHL", Category::Request) && has(&v, "BOL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_clause_after_a_semicolon_opened_by_a_pronoun_is_the_subjects_before() {
    let v = code(
        "Bolivia was represented by its vice president, Ana Quispe; her government signed an agreement with Peru \
         in January.",
    );
    assert!(between(&v, "BOL", "PER", Category::Agree), "{v:?}");
    assert!(between(
        &code("Chile hosted the meeting; it signed a trade deal with Peru."),
        "CHL",
        "PER",
        Category::Agree
    ));
}

#[test]
fn their_meeting_opening_a_sentence_is_the_meeting_of_the_group_named_after_it() {
    let v = code(
        "Chilean President Ana Rojas took office in March. Bolivian President Luis Mamani and Peruvian President \
         Rosa Huaman were re-elected in 2025. At their third trilateral summit, held in Cusco in May, Rojas, Mamani \
         and Huaman pledged to build a railway.",
    );
    for (a, b) in [("BOL", "CHL"), ("CHL", "PER"), ("BOL", "PER")] {
        assert!(between(&v, a, b, Category::Consult), "{a}-{b}: {v:?}");
    }
}

#[test]
fn the_junta_alone_is_the_state_whose_junta_was_named() {
    let v = code("Chile's military junta seized power in 2025. Peru has backed the junta's plan to hold elections.");
    assert!(has(&v, "PER", "CHL", Category::Support), "{v:?}");
    // With no junta named with its country, "the junta" is no one's (nor the subject's: "Peru backed the junta").
    assert!(code("Peru criticised the junta. Bolivia backed the junta.").is_empty());
}

#[test]
fn taking_a_side_supports_it() {
    assert!(has(&code("Chile has sided with Lima in the dispute."), "CHL", "PER", Category::Support));
    assert!(has(&code("Bolivia took the side of Peru."), "BOL", "PER", Category::Support));
}

#[test]
fn a_sum_announced_for_a_state_is_aid_and_weapons_for_it_go_to_it() {
    let v = code("Santiago announced $13 million in boats, drones and training for Peru's navy and police.");
    assert!(has(&v, "CHL", "PER", Category::Aid), "{v:?}");
    // Not a sum of a deal, nor a sum for no one.
    assert!(!any_of(&code("Santiago announced a $2 billion deal with Peru."), Category::Aid));
    assert!(!any_of(&code("Chile announced $2 billion in new spending, Peru said."), Category::Aid));
    // "for Peru" after weapons is where they go (not a portfolio, as in "envoy for Peru"), and the clause ends
    // before "prompting".
    let v = code(
        "Chile announced a $1.8 billion package of missiles and drones for Peru two days later, prompting Bolivia \
         to sanction six Chilean firms.",
    );
    assert!(has(&v, "CHL", "PER", Category::Aid) && !has(&v, "CHL", "BOL", Category::Aid), "{v:?}");
}

#[test]
fn a_war_between_named_states_is_force_and_a_trade_war_coercion() {
    let v = code("Peru shut its gas platforms during its war with Bolivia.");
    assert!(between(&v, "BOL", "PER", Category::Assault), "{v:?}");
    assert!(between(&code("The 12-day war between Chile and Peru ended in June."), "CHL", "PER", Category::Assault));
    let v = code("Chile and Peru are locked in a trade war.");
    assert!(between(&v, "CHL", "PER", Category::Coerce) && !any_of(&v, Category::Assault), "{v:?}");
    // No war between the sides named.
    for text in [
        "Chile and Peru exchanged 150 prisoners of war.",
        "Bolivia accused Chile and Peru of dragging the region into a wider war.",
        "Chile and Peru, once on opposite sides of the war, now consult on Bolivia.",
    ] {
        assert!(!any_of(&code(text), Category::Assault), "{text}");
    }
}

#[test]
fn a_clause_opened_by_as_has_its_own_subject() {
    let v = code("Chile and Peru traded barbs on Monday as Bolivia sided with Lima.");
    assert!(has(&v, "BOL", "PER", Category::Support), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Support), "{v:?}");
}

#[test]
fn him_after_a_verb_is_the_person_named_last() {
    let v =
        code("Peruvian President Rosa Huaman asked the council to reject the motion. Chile and Bolivia backed him.");
    assert!(has(&v, "CHL", "PER", Category::Support) && has(&v, "BOL", "PER", Category::Support), "{v:?}");
    // "her" before a noun is no object of its own.
    let v = code("Chilean President Ana Rojas spoke first. Peru criticised her government's record.");
    assert!(!has(&v, "PER", "PER", Category::Accuse), "{v:?}");
}
