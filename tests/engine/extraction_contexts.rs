//! Names read by the words around them: a dateline's city, an outlet's name after a noun of outlets, a ship's name
//! after a noun of vessels, a state's forces named in capitals, a place's adjective, a town inside a longer name.

use crate::extraction_common::{extract, kinds_named, named};
use dossier::extract::EntityKind;

#[test]
fn a_ships_name_names_no_entity_here_or_later() {
    let d = extract(&[(
        "a.txt",
        "The bulk carrier Andes Star was struck by a drone. Quenaya Shipping manages the Andes Star. The cutter BRP \
         Tacora escorted the BRP Sierra Arica to port.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Quenaya Shipping"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Place).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_dateline_names_its_city_though_the_city_is_also_a_given_name() {
    for text in ["GENEVA, 9 April 2026 (AFP) – Chile's envoy spoke.", "Geneva, April 9 (AFP) – Chile's envoy spoke."]
    {
        let d = extract(&[("a.txt", text)]);
        assert_eq!(kinds_named(&d.extraction, EntityKind::Place), ["Geneva"], "{text}: {:?}", d.extraction.entities);
    }
}

#[test]
fn the_whole_run_after_a_noun_of_outlets_is_the_outlets_name() {
    let d = extract(&[("a.txt", "He told the Lima weekly Semana Arica that Bolivia was isolated.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Semana Arica"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Place), ["Lima"], "{:?}", x.entities);
}

#[test]
fn a_states_forces_named_in_capitals_are_a_body_of_it() {
    let d = extract(&[(
        "a.txt",
        "They were disarmed by the Kenya Defence Forces on Monday. Officers of the Arica Maritime Police Force \
         boarded the boat. The Kenya Defence Minister spoke later.",
    )]);
    let x = &d.extraction;
    let forces = named(x, "Kenya Defence Forces").unwrap_or_else(|| panic!("{:?}", x.entities));
    assert_eq!((forces.kind, forces.country.as_deref()), (EntityKind::Organization, Some("KEN")));
    assert!(named(x, "Arica Maritime Police Force").is_some(), "{:?}", x.entities);
    // An office with a portfolio stays a role: no "Kenya Defence Minister" body.
    assert!(named(x, "Kenya Defence Minister").is_none(), "{:?}", x.entities);
}

#[test]
fn a_places_adjective_is_that_place() {
    let d = extract(&[("a.txt", "Fighting spread across Tigray. Tigrayan forces withdrew from the town.")]);
    let x = &d.extraction;
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Place), ["Tigray"], "{:?}", x.entities);
    let tigray = named(x, "Tigray").unwrap_or_else(|| panic!("{:?}", x.entities));
    assert_eq!(x.mentions_of(tigray.id).count(), 2, "{:?}", x.mentions);
}

#[test]
fn a_town_inside_a_run_of_unknown_words_is_part_of_the_name() {
    let d = extract(&[(
        "a.txt",
        "Drones struck a camp near Huallpa Bari on Monday. The regional official Warsan Cali Dhuux said the port \
         was closed. Voters backed a new state called Costa Quenaya.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Costa Quenaya", "Huallpa Bari"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Warsan Cali Dhuux"], "{:?}", x.entities);
}
