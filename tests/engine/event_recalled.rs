//! Sides named in an earlier sentence: "both brotherly countries" and "both capitals" as objects, acts that
//! another side repeats ("… and Bolivia followed in March"), and who did "the attacks" that a side condemns.

use crate::events_common::{between, code, has};
use dossier::extract::{Category, Interaction};

#[test]
fn a_described_pair_of_countries_is_the_two_sides() {
    let v = code(
        "Chile and Peru held talks in Lima on Monday. Brazil urged both neighbouring countries to exercise \
         restraint. Argentina urged “both brotherly countries” to resolve their differences.",
    );
    assert!(has(&v, "BRA", "CHL", Category::Request) && has(&v, "BRA", "PER", Category::Request), "{v:?}");
    assert!(has(&v, "ARG", "CHL", Category::Request) && has(&v, "ARG", "PER", Category::Request), "{v:?}");
    // "Two other countries" are not the two sides, nor is a quoted "all parties" everyone recalled.
    let v = code(
        "Chile and Peru held talks in Lima on Monday. Brazil urged two other countries to exercise restraint. \
         Argentina urged \"all parties\" to show restraint.",
    );
    assert!(!has(&v, "BRA", "CHL", Category::Request) && !has(&v, "BRA", "PER", Category::Request), "{v:?}");
    assert!(!has(&v, "ARG", "CHL", Category::Request) && !has(&v, "ARG", "PER", Category::Request), "{v:?}");
}

#[test]
fn contact_with_both_capitals_is_a_meeting_with_each() {
    let v = code("Chile and Peru signed a truce on Monday. Bolivia said it was in contact with both capitals.");
    assert!(between(&v, "BOL", "CHL", Category::Consult), "{v:?}");
    assert!(between(&v, "BOL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_third_side_speaks_to_the_two_of_the_main_conflict_not_to_a_mediator() {
    // The last meeting is a mediator's call to one side; "both countries" are still the two at war.
    let v = code(
        "Chile accused Peru of shelling its border posts. Peru accused Chile of air strikes on Tacna. Chile and \
         Peru agreed to a truce. Brazil's foreign minister spoke by telephone with his Peruvian counterpart. \
         Argentina urged both countries to exercise restraint.",
    );
    assert!(has(&v, "ARG", "CHL", Category::Request) && has(&v, "ARG", "PER", Category::Request), "{v:?}");
    assert!(!has(&v, "ARG", "BRA", Category::Request), "{v:?}");
}

/// The categories `source` was coded doing to `target`.
fn acts(v: &[Interaction], source: &str, target: &str) -> Vec<Category> {
    v.iter().filter(|i| i.source == source && i.target == target).map(|i| i.category).collect()
}

#[test]
fn a_state_that_followed_does_what_the_last_one_did() {
    for text in [
        "Chile expelled Bolivia's ambassador in 2023, and Peru followed in March 2024.",
        "Chile expelled Bolivia's ambassador on Monday. Peru did so two days later.",
        "Chile expelled Bolivia's ambassador on Monday, and Peru followed.",
    ] {
        let v = code(text);
        let chile = acts(&v, "CHL", "BOL");
        assert!(!chile.is_empty() && acts(&v, "PER", "BOL") == chile, "{text}: {v:?}");
    }
    // "Followed" with an object repeats nothing.
    let v = code("Chile expelled Bolivia's ambassador on Monday, and Peru followed the talks closely.");
    assert!(acts(&v, "PER", "BOL").is_empty(), "{v:?}");
}

#[test]
fn who_hosts_talks_between_two_sides_meets_each() {
    let v = code("Chile and Peru clashed on Monday. Brazil hosted talks between the two sides in Brasilia.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(between(&v, "BRA", "CHL", Category::Consult) && between(&v, "BRA", "PER", Category::Consult), "{v:?}");
    // Without a word of hosting, who speaks of the talks takes no part in them.
    let v = code("Chile and Peru clashed on Monday. Brazil said talks between the two sides would resume.");
    assert!(!between(&v, "BRA", "CHL", Category::Consult), "{v:?}");
}

#[test]
fn a_condemned_attack_named_by_no_one_is_the_last_attack_s() {
    // The attack told of a few sentences before, by a state: its doer is accused, not its victim.
    let v = code(
        "Chile has pounded Peru's river ports. Chilean drones struck grain silos in Tacna overnight. Bolivia \
         said debris had fallen near Oruro. Bolivia condemned the attacks on Peruvian infrastructure.",
    );
    assert!(has(&v, "BOL", "CHL", Category::Accuse) && !has(&v, "BOL", "PER", Category::Accuse), "{v:?}");
    let v = code("Chile struck Peruvian border posts on Monday. Argentina condemned these strikes.");
    assert!(has(&v, "ARG", "CHL", Category::Accuse), "{v:?}");
    // (A place of its own struck does not make the attacker's neighbour one: "Kabul and Islamabad …, with
    // Pakistan carrying out air strikes in Paktika".)
    let v = code(
        "Relations between Lima and La Paz have worsened, with Bolivia carrying out air strikes in Tacna. \
         Chile condemned the air strikes.",
    );
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && !has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    for text in [
        // The last attack was of no state.
        "Chile struck Peruvian border posts on Monday. Gunmen attacked a bus in Arica. Argentina condemned the attack.",
        // A hypothetical attack is none.
        "Chile struck Peruvian border posts in March. Bolivia warned that Peru could attack Bolivian positions. \
         Argentina condemned the attack.",
        // Its doer is named after it, or it is one of many ("an attack"), or the attack is long past.
        "Chile struck Peruvian border posts on Monday. Argentina condemned the attacks by militants.",
        "Chile struck Peruvian border posts on Monday. Argentina condemned an attack on a bus.",
        "Chile struck Peruvian border posts in March. Trade grew. Wine sold well. Copper rose. Argentina condemned \
         the attacks.",
    ] {
        let v = code(text);
        assert!(!has(&v, "ARG", "CHL", Category::Accuse) && !has(&v, "ARG", "PER", Category::Accuse), "{text}: {v:?}");
    }
}

#[test]
fn firing_missiles_is_an_attack_on_what_they_are_fired_at_and_a_condemned_launch_is_the_last_firer_s() {
    let v = code("Bolivia fired rockets at Peruvian border posts on Monday.");
    assert!(has(&v, "BOL", "PER", Category::Assault), "{v:?}");
    // Not at a reporter past a comma, nor without a word of aiming; "launched talks" is no attack.
    for text in [
        "Bolivia fired two missiles into the sea on Monday, Chile's military said.",
        "Bolivia fires missiles as its envoy hails ties with Peru.",
        "Bolivia launched talks with Peru.",
    ] {
        let v = code(text);
        assert!(!v.iter().any(|i| i.category == Category::Assault), "{text}: {v:?}");
    }
    // "The launches", many sentences later, are by the state right before the verb of firing.
    let v = code(
        "Peru, Chile and Ecuador met in Lima, even as Bolivia fired two ballistic missiles into the sea. Trade grew. \
         Wine sold well. Copper rose. Argentina condemned the launches.",
    );
    assert!(has(&v, "ARG", "BOL", Category::Accuse), "{v:?}");
    assert!(!["PER", "CHL", "ECU"].iter().any(|c| has(&v, "ARG", c, Category::Accuse)), "{v:?}");
}
