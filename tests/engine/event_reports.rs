//! Who acts in what is reported or charged: the accused in the charge ("criticised Chile for freezing …"), the
//! addressee of a reported obligation ("France said Rwanda must withdraw …"), and the other side of talks past a
//! time or a place.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn the_accused_acts_in_the_charge() {
    let v = code("The Peruvian envoy criticised Chile for freezing Bolivia's central bank assets.");
    assert!(has(&v, "PER", "CHL", Category::Accuse), "{v:?}");
    assert!(has(&v, "CHL", "BOL", Category::Sanction), "{v:?}");
    assert!(!has(&v, "PER", "BOL", Category::Sanction), "{v:?}");
    let v = code("Peru accused Chile of attacking Bolivia.");
    assert!(has(&v, "CHL", "BOL", Category::Assault) && !has(&v, "PER", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn a_time_or_a_place_may_stand_between_talks_and_their_other_side() {
    let v = code("A Chilean delegation held talks in Arica last week with Peru's deputy foreign minister.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    let v = code("Chilean officials held talks on 20 July in Tacna with Peruvian officials.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Further on, a "with" phrase belongs to something else.
    let v = code("Chilean officials held talks on the long and difficult question of trade links with Peru.");
    assert!(!between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_state_that_says_another_must_act_asks_it_to() {
    let v = code("The representative of Chile said Peru must withdraw its troops from Bolivian territory.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    let v = code("Bolivia said on Monday that the Peruvian government should reopen the border.");
    assert!(has(&v, "BOL", "PER", Category::Request), "{v:?}");
    let v = code("Chile insisted that Peru must not allow its territory to be used against its neighbours.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // What a state says it must do itself, or what must be done, asks no one.
    let v = code("Chile said it must act. Bolivia said Peru must be consulted.");
    assert!(!any_of(&v, Category::Request), "{v:?}");
    // Nor does a modal in the speaker's own clause.
    let v = code("Chile must decide, Peru said.");
    assert!(!any_of(&v, Category::Request), "{v:?}");
}

#[test]
fn travelling_to_a_country_or_its_capital_is_a_visit() {
    let v = code("Chilean Foreign Minister Ana Rojas has travelled to Lima repeatedly since January.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    let v = code("Last week the Bolivian president flew to Santiago for talks.");
    assert!(between(&v, "BOL", "CHL", Category::Consult), "{v:?}");
}

#[test]
fn an_official_after_a_capital_opening_the_sentence_speaks_for_it() {
    let v = code("In Lima, Foreign Ministry spokesman Tomas Quenaya condemned the Chilean and Bolivian strikes.");
    assert!(has(&v, "PER", "CHL", Category::Accuse) && has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    // An official of an organisation does not.
    let v = code("In Lima, UN envoy Tomas Quenaya urged Chile to reopen the border.");
    assert!(!has(&v, "PER", "CHL", Category::Request), "{v:?}");
}

#[test]
fn exports_and_encouragement_are_acts_too() {
    let v = code("Peru has begun exporting electricity to Chile.");
    assert!(has(&v, "PER", "CHL", Category::Cooperate), "{v:?}");
    let v = code("Bolivia encouraged Peru and Chile to resolve their differences through dialogue.");
    assert!(has(&v, "BOL", "PER", Category::Request) && has(&v, "BOL", "CHL", Category::Request), "{v:?}");
}

#[test]
fn an_allegation_is_an_accusation_unless_it_names_the_one_before() {
    let v = code(
        "Peruvian Information Minister Ana Quispe spoke in Lima. She repeated the government's allegation that \
         Chile was funding the rebels, a charge Santiago has rejected as baseless.",
    );
    assert!(has(&v, "PER", "CHL", Category::Accuse) && has(&v, "CHL", "PER", Category::Reject), "{v:?}");
    // In apposition it names the claim before it, which someone denies.
    let v = code("Lima said the rebels were a proxy of Bolivia, an allegation the Chilean foreign ministry denied.");
    assert!(!has(&v, "BOL", "CHL", Category::Accuse) && !has(&v, "PER", "CHL", Category::Accuse), "{v:?}");
}
