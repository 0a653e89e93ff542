//! Who the sides are when the text says so itself: a known office holder's namesake in another state's office,
//! "the two sides" after two sides of one state (its rival camps), troops withdrawn from a list of states, and a
//! verb joined after a quotation that a reporting verb opens past a time adjunct; a pronoun after a reporting verb
//! and an adjunct; a side right after "alongside" as a partner; a state joined to "-led" as the leader of what acts.

use crate::events_common::{code, has, missing};
use crate::extraction_common::{extract, named};
use dossier::extract::Category;

#[test]
fn a_known_office_holders_namesake_in_another_states_office_acts_for_that_state() {
    let text = "Chilean Defence Minister Pedro Sánchez met his Peruvian counterpart in Arica on Monday.";
    let d = extract(&[("a.txt", text)]);
    let x = &d.extraction;
    let sanchez = named(x, "Pedro Sánchez");
    assert_eq!(sanchez.and_then(|p| p.country.as_deref()), Some("CHL"), "{:?}", x.entities);
    assert!(sanchez.is_some_and(|p| !p.roles.iter().any(|r| r == "head of government")), "{sanchez:?}");
    assert!(has(&x.interactions, "CHL", "PER", Category::Consult), "{:?}", x.interactions);
    assert!(!x.interactions.iter().any(|i| i.source == "ESP" || i.target == "ESP"), "{:?}", x.interactions);
    // The state the dictionary knows keeps him.
    let d = extract(&[("a.txt", "Spanish Prime Minister Pedro Sánchez met Peruvian officials in Lima.")]);
    assert!(has(&d.extraction.interactions, "ESP", "PER", Category::Consult), "{:?}", d.extraction.interactions);
}

#[test]
fn the_two_sides_after_two_places_of_one_state_are_that_states_camps() {
    let v = code(
        "Bolivia signed a trade accord with Chile. Ecuador's envoy, who visited both Sucre and Santa Cruz in July, has \
         pressed the two sides to share customs revenues, the foreign ministry said.",
    );
    assert!(has(&v, "ECU", "BOL", Category::Request), "{v:?}");
    assert!(!has(&v, "ECU", "CHL", Category::Request), "{v:?}");
    // Two states named before: the two sides are still recalled as before.
    let v = code("Ecuador's envoy, who visited both Lima and Santiago in July, has pressed the two sides to talk.");
    assert!(missing(&v, &["ECU"], &["PER", "CHL"], Category::Request).is_empty(), "{v:?}");
}

#[test]
fn troops_withdrawn_from_a_list_of_states_retreat_from_each() {
    let v = code(
        "Chile, which once kept 5,000 troops in the region, has withdrawn its last soldiers from Peru, Bolivia and Ecuador.",
    );
    assert!(missing(&v, &["CHL"], &["PER", "BOL", "ECU"], Category::Retreat).is_empty(), "{v:?}");
    assert!(code("The offer was withdrawn after Peru objected.").is_empty());
}

#[test]
fn a_verb_after_a_quotation_opened_past_a_time_adjunct_is_the_speakers() {
    let v = code(
        "Chilean Foreign Minister Alberto van Klaveren said on Thursday that “the regime has turned Bolivia into a \
         haven for smugglers,” and urged Peru to stop “legitimising” its leader.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    assert!(!has(&v, "BOL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_pronoun_after_a_reporting_verb_and_an_adjunct_is_the_speaker() {
    let v = code("Quito said in a statement on Wednesday that it supports Peru's bid to join the council.");
    assert!(has(&v, "ECU", "PER", Category::Support), "{v:?}");
}

#[test]
fn a_side_right_after_alongside_is_a_partner_not_a_target() {
    for text in [
        "Chilean troops fought alongside Peruvian soldiers near Tacna.",
        "Chile sent troops to fight alongside Peruvian forces.",
        "Chilean troops are deployed alongside Peruvian troops.",
    ] {
        let v = code(text);
        assert!(
            has(&v, "CHL", "PER", Category::Cooperate) || has(&v, "PER", "CHL", Category::Cooperate),
            "{text}: {v:?}"
        );
        assert!(!v.iter().any(|i| i.category.quad() == dossier::extract::Quad::MaterialConflict), "{text}: {v:?}");
    }
}

#[test]
fn a_state_joined_to_led_leads_what_acts() {
    let v = code("The Chilean-led coalition bombed rebel camps in Peru.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
}
