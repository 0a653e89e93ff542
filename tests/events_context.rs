//! Event coding and the words around a cue or a capital: negation reaching a cue through "any", a capital that
//! names a process held there.

mod events_common;

use dossier::extract::Category;
use events_common::{any_of, code};

#[test]
fn a_negation_reaches_its_cue_through_any() {
    let v = code("Since then, Chile has not carried out any publicly acknowledged strikes in Peru.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn a_capital_naming_a_process_or_an_agreement_is_the_city_not_its_government() {
    let v = code(
        "The UN-led “Santiago process” was meant to provide a structured way of engaging the Bolivian junta \
         without conferring recognition. Peru says La Paz violated the 2020 Santiago agreement.",
    );
    assert!(!v.iter().any(|i| i.source == "CHL" || i.target == "CHL"), "{v:?}");
}

#[test]
fn a_with_phrase_after_a_comma_is_no_party_when_both_sides_are_the_subject() {
    let v = code(
        "Chilean and Peruvian negotiators have held a new round of indirect talks in Quito, with Ecuador's foreign \
         minister carrying messages between the two delegations.",
    );
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["CHL", "PER"]), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "ECU" || i.target == "ECU"), "{v:?}");
}

#[test]
fn a_passive_symmetric_verbs_by_phrase_names_its_parties_and_a_broker_takes_part() {
    let v = code("A framework agreement on a feasibility study was signed by Chile, Peru and Bolivia in Lima in July.");
    let agree = |a: &str, b: &str| {
        v.iter().any(|i| {
            i.category == Category::Agree && ((i.source == a && i.target == b) || (i.source == b && i.target == a))
        })
    };
    assert!(agree("CHL", "PER") && agree("CHL", "BOL") && agree("PER", "BOL"), "{v:?}");
    let v = code(
        "The agreement, brokered by Ecuador's foreign minister, was signed by Chile's interior minister and Peru's \
         security chief.",
    );
    let agree = |a: &str, b: &str| {
        v.iter().any(|i| {
            i.category == Category::Agree && ((i.source == a && i.target == b) || (i.source == b && i.target == a))
        })
    };
    assert!(agree("CHL", "PER") && agree("ECU", "CHL") && agree("ECU", "PER"), "{v:?}");
}
