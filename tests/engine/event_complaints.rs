//! Complaints, commitments and warnings: an objection conveyed to a side is an accusation, not a consultation;
//! "the country" opening what a ministry reports is the ministry's; a commitment to a side named right after it
//! supports that side; a warning about a side's hostile act threatens that side; "both sides" are the two sides the
//! sentence names; a complaint lodged or filed accuses (one only discussed or considered does not yet); rescuers
//! sent are aid; an ambassador appointed to a side supports it.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn an_objection_conveyed_is_an_accusation_not_a_meeting() {
    let v = code("Paraguay conveyed its objection to both Bolivia and Brazil.");
    assert!(has(&v, "PRY", "BOL", Category::Accuse) && has(&v, "PRY", "BRA", Category::Accuse), "{v:?}");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
    // A message conveyed is still one.
    assert!(has(&code("Paraguay conveyed a message to Bolivia."), "PRY", "BOL", Category::Consult));
}

#[test]
fn the_country_opening_what_a_ministry_reports_is_the_ministrys() {
    let v = code(
        "In Asuncion, Paraguay's Foreign Ministry said the Chaco \"is an integral part of Paraguay\" and that the \
         country had conveyed its objection to Bolivia through diplomatic channels.",
    );
    assert!(has(&v, "PRY", "BOL", Category::Accuse), "{v:?}");
    // "The country" elsewhere is no actor.
    let v = code("Bolivian officials said the situation in the country had improved after talks in Lima.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
}

#[test]
fn a_commitment_supports_the_side_named_right_after_it() {
    let v = code("The ministry said Washington's commitment to Paraguay remained \"rock solid.\"");
    assert!(has(&v, "USA", "PRY", Category::Support), "{v:?}");
    // A commitment to a treaty supports no one, not even a party named later.
    let v = code("Brazil reaffirmed its commitment to the river treaty with Paraguay.");
    assert!(!any_of(&v, Category::Support), "{v:?}");
}

#[test]
fn a_warning_about_a_sides_hostile_act_threatens_that_side() {
    let v = code(
        "A spokesperson said Brasilia \"stands firmly with Guyana\" and warned that any Venezuelan aggression \
         \"would carry serious consequences.\"",
    );
    assert!(has(&v, "BRA", "VEN", Category::Threaten), "{v:?}");
    assert!(!has(&v, "BRA", "GUY", Category::Threaten), "{v:?}");
    // A warning about an attack on a side does not threaten it.
    let v = code("Brasilia warned that any attack on Guyana would carry serious consequences.");
    assert!(!has(&v, "BRA", "GUY", Category::Threaten), "{v:?}");
}

#[test]
fn both_sides_are_the_two_sides_the_sentence_names() {
    let v = code(
        "Paraguay conveyed its objection to Bolivia. The Chilean Army has moved a brigade to the north after \
         Peruvian patrols were spotted near Tacna, where troops from both sides clashed in 2022.",
    );
    assert!(between(&v, "CHL", "PER", Category::Assault), "{v:?}");
    assert!(!between(&v, "PRY", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn a_complaint_lodged_or_filed_is_an_accusation() {
    assert!(has(&code("Chile lodged a formal complaint with Peru over the incident."), "CHL", "PER", Category::Accuse));
    assert!(has(&code("Chile filed a complaint against Peru at the court."), "CHL", "PER", Category::Accuse));
    // One only discussed or considered is no more than possible.
    for text in [
        "Chile and Bolivia had discussed filing a joint complaint against Peru.",
        "Chile is considering filing a complaint against Peru.",
    ] {
        let v = code(text);
        assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
        assert!(v.iter().all(|i| i.category != Category::Accuse || i.hypothetical), "{v:?}");
    }
}

#[test]
fn rescuers_sent_are_aid() {
    let v = code("Chile sent rescue teams and doctors to Peru after the earthquake.");
    assert!(has(&v, "CHL", "PER", Category::Aid), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
}

#[test]
fn an_ambassador_appointed_to_a_side_is_support_for_it() {
    assert!(has(&code("Chile appointed a new ambassador to Peru in January."), "CHL", "PER", Category::Support));
    let v = code("Chile has appointed Ana Rojas as its ambassador to Peru.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    // A place after "to" elsewhere is none.
    assert!(!any_of(&code("Chile praised the road to Peru."), Category::Support));
}
