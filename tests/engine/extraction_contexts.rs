//! Names read by the words around them: a dateline's city, an outlet's name after a noun of outlets, a ship's name
//! after a noun of vessels.

use crate::extraction_common::{extract, kinds_named};
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
