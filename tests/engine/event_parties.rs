//! Who takes part in talks and ties: states named by demonyms joined into one word ("the Chilean-Peruvian
//! talks"), a direct object beside a subject of two sides ("Chile and Peru met the Bolivian president"), who
//! leads a delegation, acts done to each other, a cue in short quotation marks, and a noun's possessor.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn demonyms_joined_before_a_noun_of_talks_or_ties_name_the_states() {
    assert!(between(&code("Chilean-Peruvian talks resumed on Monday."), "CHL", "PER", Category::Consult));
    assert!(between(&code("The 2023 Chilean-Bolivian normalisation held."), "BOL", "CHL", Category::Agree));
    // Only before such a noun: a person of two nationalities is no meeting of their states.
    assert!(!any_of(&code("A Chilean-Peruvian journalist was arrested by the police."), Category::Coerce));
}

#[test]
fn a_direct_object_meets_each_side_of_the_subject() {
    for text in [
        "Chile and Peru met the Bolivian president on Monday.",
        "The foreign ministers of Chile and Peru met Bolivia's president.",
        "The foreign ministers of Chile and Peru met President Arce of Bolivia.",
    ] {
        let v = code(text);
        for (a, b) in [("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")] {
            assert!(between(&v, a, b, Category::Consult), "{a}-{b} in {text}: {v:?}");
        }
    }
    // A place after a preposition is where they met, and a broker of the truce is not a party to the accord.
    let v = code("Chile and Peru met in Brasilia on Monday.");
    assert!(!between(&v, "BRA", "CHL", Category::Consult), "{v:?}");
    let v = code("Chile and Peru signed a truce in the presence of Brazil's president.");
    assert!(!between(&v, "BRA", "CHL", Category::Agree), "{v:?}");
}

#[test]
fn who_leads_a_delegation_acts_for_whoever_sent_it() {
    let v = code(
        "The Chilean delegation was led by Ana Rojas, the deputy foreign minister. Peru's foreign minister, Luis \
         Quenaya, met Rojas on the sidelines.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Talks are no body of a state: their leader stays of no country.
    let v = code("The talks were led by Ana Rojas, the deputy foreign minister. Peru's foreign minister met Rojas.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn an_act_done_to_each_other_goes_both_ways() {
    for text in ["Chile and Peru expelled each other's diplomats.", "Chile and Peru have accused one another of lying."]
    {
        let v = code(text);
        let category = if text.contains("expelled") { Category::Sanction } else { Category::Accuse };
        assert!(has(&v, "CHL", "PER", category) && has(&v, "PER", "CHL", category), "{text}: {v:?}");
    }
    // Not without the reciprocal: "Chile and Peru accused Bolivia" is no accusation between the two.
    let v = code("Chile and Peru accused Bolivia of lying.");
    assert!(!between(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn a_short_quoted_cue_is_the_speakers_own_act() {
    let v = code("The foreign ministers of Chile and Peru expressed \"full solidarity\" with Bolivia on Monday.");
    assert!(has(&v, "CHL", "BOL", Category::Support) && has(&v, "PER", "BOL", Category::Support), "{v:?}");
    // A longer quotation, or one naming a side, is still a quote that ends the clause.
    let v = code("Chile condemned the strikes as a \"violation of Peru's sovereignty\" and accused Bolivia.");
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && !has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn a_possessor_owns_a_noun_cue_through_describing_words() {
    let v = code(
        "The Chilean envoy criticised Peru, saying Bolivia's \"cruel sanctions\" were to blame for the suffering \
         of the Ecuadorian people.",
    );
    assert!(!has(&v, "CHL", "ECU", Category::Sanction), "{v:?}");
    let v = code("Peru's repeated air strikes on Bolivia drew protests.");
    assert!(has(&v, "PER", "BOL", Category::Assault), "{v:?}");
}
