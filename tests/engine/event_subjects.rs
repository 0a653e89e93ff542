//! Who acts when the subject is not right before the verb: a second verb after another verb's object, a pronoun
//! after ", and", a participle after a reporting verb, a pronoun after "reiterated" or "stressed"; and the object
//! of a verb put in quotation marks, a war "against" a state, a visit still to come, a former head of government
//! who now speaks for an international body, and "both sides" after a speaker's calls to two of them; the forces
//! a speaker calls "his", a call some words after a reporting verb, and a verb joined after a quotation.

use crate::events_common::{between, code, has};
use dossier::extract::Category;

#[test]
fn a_second_verb_shares_the_subject_of_the_first_not_its_object() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas said she had raised the matter directly with her Peruvian counterpart, \
         Luis Soto, and called on Lima to release the fishermen.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    assert!(!has(&v, "PER", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_pronoun_after_a_comma_and_and_is_the_subject_of_the_clause_before() {
    let v = code(
        "Bolivian President Luis Mamani said La Paz would keep some officers in Peru to help train its police, and \
         he urged Santiago to deliver the funding.",
    );
    assert!(has(&v, "BOL", "CHL", Category::Request), "{v:?}");
}

#[test]
fn a_participle_after_a_reporting_verb_is_the_speakers() {
    let v = code("Chilean Foreign Minister Ana Rojas said after visiting Lima this week that the talks would go on.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_pronoun_after_reiterated_or_stressed_is_the_speakers() {
    let v = code("The Chilean foreign ministry reiterated that it would retaliate against Peru.");
    assert!(has(&v, "CHL", "PER", Category::Threaten), "{v:?}");
    let v = code("Santiago stressed that it would impose sanctions on Bolivia's leaders.");
    assert!(has(&v, "CHL", "BOL", Category::Sanction), "{v:?}");
}

#[test]
fn a_short_quotation_after_a_verb_is_its_object_before_whom_it_is_for() {
    let v = code("Chile's Foreign Ministry said it had conveyed \"deep concern\" to Lima through diplomatic channels.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // An appeal to "all parties" still names no one, whoever the sentence names later.
    let v = code("A Chilean spokeswoman urged \"all parties\" to exercise restraint, without naming Peru.");
    assert!(!has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_war_against_a_state_is_force_between_the_two() {
    assert!(between(&code("Chile's war against Peru has reshaped the region."), "CHL", "PER", Category::Assault));
    assert!(between(&code("Chile waged war against Peru in 1879."), "CHL", "PER", Category::Assault));
    // A war against no state is no interaction.
    assert!(code("Chile's war against drug cartels has cost billions.").is_empty());
}

#[test]
fn a_visit_still_to_come_is_a_visit() {
    let v = code("A Chilean delegation will travel to Lima and La Paz next week to push the talks forward.");
    assert!(has(&v, "CHL", "PER", Category::Consult) && has(&v, "CHL", "BOL", Category::Consult), "{v:?}");
    let v = code("Chilean officials are travelling to Lima for the talks.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Travel as a noun is no visit.
    let v = code("Chile lifted its ban on travel to Peru.");
    assert!(!has(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_former_head_of_government_speaking_for_an_international_body_is_not_their_state() {
    // The document mentions a year of his term as prime minister, so without the role he would be taken to hold
    // it still.
    let v = code(
        "NATO Secretary-General Mark Rutte urged Russia to withdraw its troops. Russia and Ukraine held talks in 2023.",
    );
    assert!(!has(&v, "NLD", "RUS", Category::Request), "{v:?}");
    let v = code(
        "EU foreign policy chief Mark Rutte urged Russia to withdraw its troops. Russia and Ukraine held talks in \
         2023.",
    );
    assert!(!has(&v, "NLD", "RUS", Category::Request), "{v:?}");
    // As prime minister he speaks for his state.
    let v = code("Dutch Prime Minister Mark Rutte urged Russia to withdraw its troops in 2023.");
    assert!(has(&v, "NLD", "RUS", Category::Request), "{v:?}");
}

#[test]
fn both_sides_are_those_the_speaker_has_just_met_one_by_one() {
    // The document is about Brazil and Argentina, but the two sides Chile's minister urges are the two he spoke to.
    let v = code(
        "Brazil accused Argentina of hoarding water. Brazil and Argentina held talks in Brasilia. Chile's foreign \
         minister spoke by phone with Peru's foreign minister and with his Bolivian counterpart. He urged both \
         sides to avoid escalation.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request) && has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    assert!(!has(&v, "CHL", "BRA", Category::Request) && !has(&v, "CHL", "ARG", Category::Request), "{v:?}");
}

#[test]
fn forces_a_speaker_calls_theirs_are_the_speakers_state() {
    let v =
        code("Chilean President Luis Rojas said that his forces had captured two Peruvian soldiers near the border.");
    assert!(has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
}

#[test]
fn a_call_a_few_words_after_a_reporting_verb_is_the_speakers() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas announced 20 million dollars in new funding during a call with Peruvian \
         Prime Minister Luis Soto.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_verb_joined_after_a_quotation_that_a_reporting_verb_opens_is_the_speakers() {
    for text in [
        "Chilean Foreign Ministry spokeswoman Ana Rojas said \"the islands are Chile's territory\" and accused Lima of \
         meddling.",
        "Chilean Foreign Ministry spokeswoman Ana Rojas repeated that \"the islands are Chile's territory\" and \
         accused Lima of meddling.",
    ] {
        let v = code(text);
        assert!(has(&v, "CHL", "PER", Category::Accuse), "{text}: {v:?}");
    }
}
