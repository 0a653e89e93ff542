//! Supplies stopped or given, threats of an act, troops pulled out, fire and prisoners exchanged, and the sides
//! that only made, urged or hosted: "halted gas supplies to" sanctions, "threatened to" threatens, "provided a
//! grant" aids; "Turkish-made" drones, "pressure from India" and a meeting "in Brussels" are no target; warships
//! that enter a state's waters coerce it, unless that is denied.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn supplies_stopped_to_a_side_sanction_it() {
    for text in [
        "Chile halted gas supplies to Peru on Monday.",
        "Chile cut off gas deliveries to Peru.",
        "Chile stopped electricity exports to Peru.",
    ] {
        assert!(has(&code(text), "CHL", "PER", Category::Sanction), "{text}");
    }
    // Stopping something else is none.
    assert!(!any_of(&code("Chile halted its offensive near the Peruvian border."), Category::Sanction));
}

#[test]
fn an_act_threatened_is_a_threat_not_the_act() {
    let v = code("Chile threatened to cut off gas supplies to Peru.");
    assert!(has(&v, "CHL", "PER", Category::Threaten), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
}

#[test]
fn airspace_closed_to_a_side_sanctions_it() {
    let v = code("Chile closed its airspace to Peruvian aircraft.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
}

#[test]
fn troops_pulled_out_retreat() {
    let v = code("Chile pulled its last soldiers out of Peru in July.");
    assert!(has(&v, "CHL", "PER", Category::Retreat), "{v:?}");
}

#[test]
fn fire_and_prisoners_exchanged() {
    let v = code("Chilean and Peruvian border guards exchanged fire near Tacna.");
    assert!(between(&v, "CHL", "PER", Category::Assault), "{v:?}");
    let v = code("Chile and Peru exchanged prisoners on Friday.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn money_or_goods_provided_given_or_granted_are_aid() {
    assert!(has(&code("Japan provided a $10 million grant to Peru."), "JPN", "PER", Category::Aid));
    assert!(has(&code("Japan gave Peru a $10 million grant."), "JPN", "PER", Category::Aid));
    assert!(has(&code("Chile granted Peru a $500 million credit line."), "CHL", "PER", Category::Aid));
    // Details provided or asylum granted are none.
    assert!(code("Chile provided details to Peru.").is_empty());
    assert!(code("Chile granted asylum to Peru's former president.").is_empty());
}

#[test]
fn who_made_a_weapon_is_no_side_of_its_use() {
    let v = code("Chile shelled villages with Turkish-made drones.");
    assert!(!v.iter().any(|i| i.source == "TUR" || i.target == "TUR"), "{v:?}");
    let v = code("Chile attacked rebel camps in Bolivia with Chinese-built drones.");
    assert!(has(&v, "CHL", "BOL", Category::Assault), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "CHN" || i.target == "CHN"), "{v:?}");
}

#[test]
fn a_side_that_only_urged_an_act_is_no_target_of_it() {
    let v = code("Chile banned the ships under pressure from Peru.");
    assert!(!has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
    // Whom the act is on still is.
    assert!(has(&code("Chile banned Bolivian ships under pressure from Peru."), "CHL", "BOL", Category::Sanction));
}

#[test]
fn where_a_meeting_is_held_is_no_side_invited_to_it() {
    let v = code(
        "Chile and Peru clashed at sea on Monday. The OAS special representative for the Santiago-Lima dialogue, \
         Ana Soto, called the operation \"uncoordinated and unhelpful\" and invited the chief negotiators of both \
         governments to an emergency meeting in Quito on Friday.",
    );
    assert!(!v.iter().any(|i| i.target == "ECU" || i.source == "ECU"), "{v:?}");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_verb_after_comma_and_in_what_is_reported_is_the_speakers() {
    let v = code(
        "The Chilean foreign ministry said it was \"deeply concerned\" that the operation had not been \
         coordinated with the OAS, and urged the Peruvian government to refrain from further steps.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn forces_entering_a_states_waters_or_airspace_coerce_it() {
    assert!(has(&code("Chilean warships entered Peruvian waters on Tuesday."), "CHL", "PER", Category::Coerce));
    assert!(has(&code("Chilean drones violated Peruvian airspace twice."), "CHL", "PER", Category::Coerce));
    // Entering talks or violating a truce is none.
    assert!(!any_of(&code("Chile entered talks with Peru."), Category::Coerce));
    assert!(!any_of(&code("Chile violated the truce with Peru."), Category::Coerce));
}

#[test]
fn an_act_denied_is_not_done() {
    for text in [
        "The Chilean embassy in Lima denied that any Chilean vessel had seized Peruvian boats.",
        "The Chilean embassy in Lima denied that any Chilean vessel had entered Peruvian waters.",
    ] {
        assert!(!any_of(&code(text), Category::Coerce), "{text}");
    }
    // Said, it is.
    let v = code("The Peruvian navy said that a Chilean vessel had seized Peruvian boats.");
    assert!(has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
}
