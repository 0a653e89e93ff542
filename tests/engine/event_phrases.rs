//! Acts read from the phrases around a cue: a mediator "under" whose mediation the sides acted, an act done "in
//! coordination with" a side, an offer turned down, a signing declined, a protest's "when" clause, borders that
//! "meet", aid received "from" a side, and who speaks for a state (a country's possessive before a name, a former
//! office in apposition, a family name first of two subjects or of an infinitive).

use crate::events_common::{any_of, between, code, has, missing};
use dossier::extract::Category;

#[test]
fn a_mediator_under_whose_mediation_the_sides_acted_meets_each_of_them() {
    for text in [
        "Chile and Peru signed a border deal in Santiago under Brazilian mediation.",
        "Chile and Peru signed a border deal, under the auspices of Brazil, in March.",
    ] {
        let v = code(text);
        assert!(between(&v, "CHL", "PER", Category::Agree), "{text}: {v:?}");
        assert!(missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult).is_empty(), "{text}: {v:?}");
    }
    // Under a body's auspices no state mediates; the venue is no side either.
    let v = code("Chile and Peru signed a border deal under UN auspices.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
    let v = code("At a meeting brokered by Brazil on the island of St. Vincent, Chile and Peru signed a declaration.");
    assert!(v.iter().all(|i| i.source != "VCT" && i.target != "VCT"), "{v:?}");
}

#[test]
fn an_act_in_coordination_with_a_side_is_cooperation_with_it_and_no_act_on_it() {
    let v = code("Peruvian troops carried out raids against the gang in coordination with the government of Bolivia.");
    assert!(between(&v, "BOL", "PER", Category::Cooperate), "{v:?}");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn an_offer_turned_down_is_rejected_and_no_meeting() {
    let v = code("Bolivia turned down offers of mediation from Chile and Peru.");
    assert!(missing(&v, &["BOL"], &["CHL", "PER"], Category::Reject).is_empty(), "{v:?}");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn declining_or_failing_to_sign_is_no_agreement() {
    for text in ["Chile declined to sign the accord with Peru.", "Chile failed to sign the accord with Peru."] {
        assert!(!any_of(&code(text), Category::Agree), "{text}");
    }
    assert!(any_of(&code("Chile agreed to sign the accord with Peru."), Category::Agree));
}

#[test]
fn a_protests_target_may_open_its_when_clause() {
    let v = code("Chile protested in 2023 when Peru sent warships to Bolivia's coast.");
    assert!(has(&v, "CHL", "PER", Category::Protest), "{v:?}");
}

#[test]
fn where_borders_meet_the_states_do_not() {
    let v = code("A soldier died near the tripoint, where Chile, Peru and Bolivia meet, in May.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
    assert!(any_of(&code("Chile, Peru and Bolivia meet in May to discuss water."), Category::Consult));
}

#[test]
fn aid_received_from_a_side_was_given_by_it() {
    let v = code("Bolivia received aid from Chile.");
    assert!(has(&v, "CHL", "BOL", Category::Aid) && !has(&v, "BOL", "CHL", Category::Aid), "{v:?}");
}

#[test]
fn a_call_spoken_of_is_a_meeting() {
    let v = code("Bolivian President Luis Arce said he had spoken to Chile's foreign minister by telephone.");
    assert!(between(&v, "BOL", "CHL", Category::Consult), "{v:?}");
}

#[test]
fn a_countrys_possessive_before_a_name_makes_its_envoy_and_a_former_office_does_not() {
    let v = code(
        "Peru's foreign minister hosted Chile's Ana Rojas on Monday. Rojas later urged Peru to reopen the border.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    let v = code("Ana Rojas, a former Chilean foreign minister, urged Peru to reopen the border.");
    assert!(!any_of(&v, Category::Request), "{v:?}");
    let v = code("Ana Rojas, the Chilean foreign minister, urged Peru to reopen the border.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_family_name_first_of_two_subjects_or_of_an_infinitive_is_its_person() {
    let v = code(
        "Chile's envoy Ana Rojas hosted Peru's Kim Sun-hee on Friday. Kim and Rojas met again on Saturday in Lima.",
    );
    assert!(v.iter().filter(|i| i.sentence == 1).any(|i| i.category == Category::Consult), "{v:?}");
    // So is one asked to act: the subject of an infinitive.
    let v =
        code("Chile's envoy Ana Rojas hosted Peru's Kim Sun-hee on Friday. Rojas pressed Kim to reopen the border.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}
