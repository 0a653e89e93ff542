//! Event coding on invented sentences: categories, direction, clauses, negation, modality.

use dossier::extract::{Category, Interaction};
use dossier::pipeline::from_texts;

fn code(text: &str) -> Vec<Interaction> {
    from_texts([("a.txt", text)]).extraction.interactions
}

fn has(v: &[Interaction], source: &str, target: &str, category: Category) -> bool {
    v.iter().any(|i| i.source == source && i.target == target && i.category == category)
}

#[test]
fn a_meeting_between_officials_is_symmetric() {
    let v = code("Chilean Foreign Minister Ana Rojas met her Peruvian counterpart in Lima on Tuesday.");
    assert!(
        v.iter().any(|i| i.category == Category::Consult
            && i.symmetric
            && ((i.source == "CHL" && i.target == "PER") || (i.source == "PER" && i.target == "CHL"))),
        "{v:?}"
    );
}

#[test]
fn accusations_have_a_direction() {
    let v = code("Pakistan accused Afghanistan of sheltering militants.");
    assert!(has(&v, "PAK", "AFG", Category::Accuse), "{v:?}");
    assert!(!has(&v, "AFG", "PAK", Category::Accuse));
}

#[test]
fn a_reporting_verb_starts_a_new_clause() {
    let v = code("US officials said militant groups based in Syria attacked Jordan and Iraq.");
    assert!(v.is_empty(), "the officials report; they do not attack: {v:?}");
}

#[test]
fn non_recognition_is_a_rejection() {
    let v = code("June 2, 2023\nKazakhstan has not recognised the Taliban government.");
    assert!(has(&v, "KAZ", "AFG", Category::Reject), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Support));
}

#[test]
fn hypothetical_events_are_flagged() {
    let v = code("Brazil could recognise Kosovo next year, officials in Brasilia suggested.");
    assert!(v.iter().all(|i| i.hypothetical), "{v:?}");
}

#[test]
fn a_coordinated_subject_meets_as_a_whole() {
    let v = code("Senior diplomats from Chile, Peru and Bolivia met in Santiago to discuss lithium.");
    let pairs: std::collections::BTreeSet<(String, String)> = v
        .iter()
        .filter(|i| i.category == Category::Consult)
        .map(|i| (i.source.to_string(), i.target.to_string()))
        .collect();
    assert_eq!(pairs.len(), 3, "{pairs:?}");
}

#[test]
fn non_state_actors_are_not_their_country() {
    let v = code("The Baloch Liberation Army attacked Chinese engineers in Pakistan.");
    assert!(v.is_empty(), "an armed group is not Pakistan's state: {v:?}");
}

#[test]
fn participants_refer_back_to_the_meeting() {
    let v = code("Envoys from Egypt and Jordan met in Amman. Participants urged Israel to reopen the crossings.");
    assert!(has(&v, "EGY", "ISR", Category::Request) && has(&v, "JOR", "ISR", Category::Request), "{v:?}");
}

#[test]
fn sanctions_eased_or_lifted_are_a_concession() {
    let v = code("The United States eased sanctions on Venezuela. Canada lifted sanctions against Iran.");
    assert!(has(&v, "USA", "VEN", Category::Concede), "{v:?}");
    assert!(has(&v, "CAN", "IRN", Category::Concede), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Sanction), "{v:?}");
    let v = code("Canada imposed sanctions on Iran.");
    assert!(has(&v, "CAN", "IRN", Category::Sanction), "{v:?}");
}

#[test]
fn both_sides_after_a_cue_are_the_parties_of_the_last_meeting() {
    let v = code("Chile and Peru held talks in Quito. Ecuador praised both sides.");
    assert!(has(&v, "ECU", "CHL", Category::Support), "{v:?}");
    assert!(has(&v, "ECU", "PER", Category::Support), "{v:?}");
    // The speaker is not one of the parties it speaks of.
    let v = code("Chile and Peru held talks in Quito. Chile praised both sides.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "CHL" && i.target == "CHL"), "{v:?}");
}

#[test]
fn phone_calls_are_consultations() {
    let v = code(
        "The Chilean president phoned his Argentine counterpart. \
         Peru's foreign minister spoke by phone with Bolivia's.",
    );
    assert!(
        v.iter().any(|i| i.category == Category::Consult && i.symmetric && [&i.source, &i.target] == ["ARG", "CHL"]),
        "{v:?}"
    );
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["BOL", "PER"]), "{v:?}");
}

#[test]
fn a_talks_phrase_takes_its_owner_after_it_only_when_it_opens_the_clause() {
    let v = code("In a meeting with Peru on Monday, Chile pledged closer ties.");
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["CHL", "PER"]), "{v:?}");
    let v = code("Bank officials agreed to open talks with Peru, after Chilean negotiators left the room.");
    assert!(!v.iter().any(|i| i.source == "CHL" || i.target == "CHL"), "Chile did not talk with Peru: {v:?}");
}

#[test]
fn a_relative_clause_does_not_lend_its_actors_to_the_main_verb() {
    let v = code("Peru, which has close ties with Chile, later accused Bolivia of smuggling.");
    assert!(has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn blocking_or_vetoing_an_action_is_not_taking_it() {
    let v = code("Ecuador blocked an aid package for Peru. Colombia vetoed a statement criticising Venezuela.");
    assert!(!v.iter().any(|i| matches!(i.category, Category::Aid | Category::Accuse)), "{v:?}");
}
