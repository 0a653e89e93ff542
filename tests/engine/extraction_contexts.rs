//! Names read by the words around them: a dateline's city, an outlet's name after a noun of outlets, a ship's name
//! after a noun of vessels, a state's forces named in capitals, a place's adjective, a town inside a longer name,
//! a company named by its trade or after a noun of companies, a capital joined to the city before it, a place's
//! name ending in a known place after a particle, a research body named head first, a military site or a cape
//! named by the word before it, a list of places after "at", "around" or "near", a place after a place noun and
//! "at", a place noun after a word of what the place holds, the authors of a labelled credit line, a place with a
//! lower-case word of administration ("the Osh region"), capitals joined by a route, a UN body written with "UN",
//! two spellings of one place, which of the places of one name a document means, names listed after "the
//! municipalities of", a place's other name after "known as", and a name after "the village of" that opens with a
//! dictionary spelling.

use crate::extraction_common::{extract, kinds_named, named, read_as_city};
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

#[test]
fn a_company_is_named_by_its_trade_or_by_a_noun_of_companies_before_it() {
    let d = extract(&[(
        "a.txt",
        "Quenaya Resources and Andes Lithium said prices on the Tacora Futures Exchange rose. The Peruvian carmaker \
         Huallpa and the copper giant Warsan signed a deal. Moscow expanded the Arica Fleet.",
    )]);
    let x = &d.extraction;
    let orgs = ["Andes Lithium", "Arica Fleet", "Huallpa", "Quenaya Resources", "Tacora Futures Exchange", "Warsan"];
    assert_eq!(kinds_named(x, EntityKind::Organization), orgs, "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    // Not a place's name: "the giant Tacora dam".
    let d = extract(&[("a.txt", "Peru is building the giant Tacora dam on the river.")]);
    assert!(kinds_named(&d.extraction, EntityKind::Organization).is_empty(), "{:?}", d.extraction.entities);
}

#[test]
fn a_capital_joined_to_a_city_is_the_city_too() {
    let d = extract(&[("a.txt", "The envoy visited Lima and Quito on Monday.")]);
    assert!(read_as_city(&d.extraction, "Lima", "Peru"), "{:?}", d.extraction.entities);
    assert!(read_as_city(&d.extraction, "Quito", "Ecuador"), "{:?}", d.extraction.entities);
    let d = extract(&[("a.txt", "Lima and Quito signed a trade deal.")]);
    assert!(named(&d.extraction, "Ecuador").is_some(), "{:?}", d.extraction.entities);
}

#[test]
fn a_known_place_after_a_particle_ends_a_longer_name() {
    let d = extract(&[(
        "a.txt",
        "Troops patrolled around Quenaya da Praia on Monday. The firm is drilling at the Salar de Huallpa.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Quenaya da Praia", "Salar de Huallpa"], "{:?}", x.entities);
    assert!(named(x, "Cabo Verde").is_none() && named(x, "Cape Verde").is_none(), "{:?}", x.entities);
}

#[test]
fn a_research_body_may_be_named_head_first_or_by_its_trade() {
    let d = extract(&[(
        "a.txt",
        "\"It is fragile,\" said Ana Quispe of the Observatoire Tacora. Huallpa Rail Analytics disagreed.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Huallpa Rail Analytics", "Observatoire Tacora"]);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Quispe"], "{:?}", x.entities);
}

#[test]
fn ordinary_words_after_a_title_are_a_name_but_not_in_a_headline() {
    let d = extract(&[(
        "a.txt",
        "Minister Signs Accord With Peru\n\nPrime Minister Mark Brown signed the accord. Brown said it was fair. \
         Fitch Ratings raised Peru's rating.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Mark Brown"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Fitch Ratings"], "{:?}", x.entities);
}

#[test]
fn a_military_site_or_a_cape_is_named_by_the_word_before_it() {
    let d = extract(&[(
        "a.txt",
        "In July Chile handed Camp Tarkowa in Arica to the Peruvian army. Troops trained at Fort Vilcaya. Fishing \
         boats left Punta Quenaya at dawn.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Arica", "Camp Tarkowa", "Fort Vilcaya", "Punta Quenaya"]);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
}

#[test]
fn every_name_of_a_list_after_at_is_a_place() {
    let d = extract(&[(
        "a.txt",
        "She noted that the buffer zones created after earlier pullbacks at Kallpa Urqu and Tarko Pampa remain.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Kallpa Urqu", "Tarko Pampa"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    let d = extract(&[("a.txt", "The force operates from bases at Kallpa Urqu, Pisco and Tarko Pampa.")]);
    assert!(kinds_named(&d.extraction, EntityKind::Place).contains(&"Tarko Pampa".to_string()));
    assert!(kinds_named(&d.extraction, EntityKind::Person).is_empty(), "{:?}", d.extraction.entities);
}

#[test]
fn a_labelled_credit_line_names_its_authors() {
    let d = extract(&[(
        "a.txt",
        "Copper, Chile and Peru: The Limits of Trade Diplomacy\n\nAndes Policy Centre | Brief No. 4 | May 2026\n\
         Authors: Tamara Quenaya and Esteban Villarroel\n\nChile and Peru signed a copper agreement on Monday.",
    )]);
    let people = kinds_named(&d.extraction, EntityKind::Person);
    assert_eq!(people, ["Esteban Villarroel", "Tamara Quenaya"], "{:?}", d.extraction.entities);
}

#[test]
fn a_company_named_by_its_trade_of_chartering_ships() {
    let d = extract(&[("a.txt", "\"Nobody will fix a cargo,\" said a broker at Arica-based Quenaya Ship Chartering.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Quenaya Ship Chartering"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_word_before_a_place_noun_names_a_place_even_after_a_word_of_what_it_holds() {
    let d = extract(&[("a.txt", "Peru pumps gas from the Quintar gas field and the Marta field.")]);
    let x = &d.extraction;
    // ("Marta" is a given name: right before "field" it names the field.)
    assert_eq!(kinds_named(x, EntityKind::Place), ["Marta", "Quintar"], "{:?}", x.entities);
}

#[test]
fn a_name_after_a_place_noun_and_at_is_a_place_even_when_it_opens_with_a_given_name() {
    let d = extract(&[(
        "a.txt",
        "Chile and Peru opened a new crossing point at Rosa Pampa. Bolivia built a deep-sea port at Quenaya on the \
         Pacific. Chilean units fight around Pisco and Juana Loma. Evo took a swipe at Ana Rojas.",
    )]);
    let x = &d.extraction;
    let places = kinds_named(x, EntityKind::Place);
    for place in ["Rosa Pampa", "Quenaya", "Juana Loma"] {
        assert!(places.contains(&place.to_string()), "{place}: {:?}", x.entities);
    }
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Rojas"], "{:?}", x.entities);
}

#[test]
fn an_inner_word_of_a_long_name_names_its_holder() {
    let d = extract(&[("a.txt", "Brazilian President Luiz Inácio Lula da Silva arrived. Lula said trade would grow.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Luiz Inácio Lula da Silva"], "{:?}", x.entities);
    let lula = named(x, "Luiz Inácio Lula da Silva").map(|e| e.mentions);
    assert_eq!(lula, Some(2), "{:?}", x.entities);
}

#[test]
fn an_investment_house_and_a_utility_are_organisations() {
    let d = extract(&[(
        "a.txt",
        "The utility Quenaya signed three supply contracts. Ana Ruiz of Andes Horizon Capital, a Lima-based firm, \
         attended.",
    )]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["Andes Horizon Capital", "Quenaya"], "{:?}", d.extraction.entities);
}

#[test]
fn a_capital_someone_is_flown_to_is_the_city() {
    let d = extract(&[("a.txt", "Both prisoners were flown to Lima for questioning, Chile said.")]);
    assert!(read_as_city(&d.extraction, "Lima", "Peru"), "{:?}", d.extraction.entities);
}

#[test]
fn a_place_written_with_a_lower_case_word_of_administration_is_the_place() {
    let d =
        extract(&[("a.txt", "Clashes broke out in the Osh region on Monday. In Osh, the police closed the market.")]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Place), ["Osh"], "{:?}", d.extraction.entities);
    // Written as the subdivision's name, it is the subdivision.
    let d = extract(&[("a.txt", "Clashes broke out in Osh Region on Monday.")]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Place), ["Osh Region"], "{:?}", d.extraction.entities);
}

#[test]
fn capitals_joined_by_a_route_are_cities() {
    let d = extract(&[("a.txt", "The deal restores a passenger rail service between Santiago and Lima.")]);
    assert!(read_as_city(&d.extraction, "Santiago", "Chile"), "{:?}", d.extraction.entities);
    assert!(read_as_city(&d.extraction, "Lima", "Peru"), "{:?}", d.extraction.entities);
    // Talks between them are the governments'.
    let d = extract(&[("a.txt", "Talks between Santiago and Lima resumed on Monday.")]);
    assert!(!read_as_city(&d.extraction, "Lima", "Peru"), "{:?}", d.extraction.entities);
}

#[test]
fn a_un_body_written_with_un_is_the_united_nations_body() {
    let d = extract(&[("a.txt", "The UN Disengagement Observer Force said its patrols had been blocked.")]);
    let x = &d.extraction;
    assert!(named(x, "United Nations Disengagement Observer Force").is_some(), "{:?}", x.entities);
    assert!(named(x, "UN Disengagement Observer Force").is_none(), "{:?}", x.entities);
}

#[test]
fn two_spellings_of_a_place_in_one_document_are_one_place() {
    let d = extract(&[(
        "a.txt",
        "Fighting reached the village of Urumba on Monday. By Tuesday the rebels had left the village of Urumbe.",
    )]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Place).len(), 1, "{:?}", d.extraction.entities);
}

#[test]
fn a_place_name_of_several_states_is_the_one_in_a_state_named_else_the_largest() {
    let country_of = |text: &str, place: &str| {
        let d = extract(&[("a.txt", text)]);
        named(&d.extraction, place).and_then(|p| p.country.clone())
    };
    assert_eq!(country_of("Bolivian police raided a warehouse in Santa Cruz.", "Santa Cruz").as_deref(), Some("BOL"));
    assert_eq!(country_of("Chilean police raided a warehouse in Los Angeles.", "Los Angeles").as_deref(), Some("CHL"));
    assert_eq!(country_of("Police raided a warehouse in Los Angeles.", "Los Angeles").as_deref(), Some("USA"));
}

#[test]
fn every_name_listed_after_a_noun_of_places_and_of_is_a_place() {
    let d = extract(&[("a.txt", "Fighting spread to the municipalities of Tibú, Teorama and El Tarra on Monday.")]);
    let places = kinds_named(&d.extraction, EntityKind::Place);
    assert_eq!(places, ["El Tarra", "Teorama", "Tibú"], "{:?}", d.extraction.entities);
}

#[test]
fn a_places_other_name_after_a_noun_of_places_is_that_place() {
    let d =
        extract(&[("a.txt", "The Preah Vihear temple, known in Thailand as Phra Viharn, was awarded to Cambodia.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Preah Vihear"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    let d = extract(&[("a.txt", "Shelling struck a pagoda near the temple, which Cambodians call Ta Moan Thom.")]);
    assert_eq!(
        named(&d.extraction, "Ta Moan Thom").map(|e| e.kind),
        Some(EntityKind::Place),
        "{:?}",
        d.extraction.entities
    );
    // A person's name after "known as" is still a person's.
    let d = extract(&[("a.txt", "The militia's leader, known to his men as Abu Omar, fled to the hills.")]);
    assert_eq!(
        named(&d.extraction, "Abu Omar").map(|e| e.kind),
        Some(EntityKind::Person),
        "{:?}",
        d.extraction.entities
    );
}

#[test]
fn a_name_after_a_noun_of_places_and_of_is_one_place_though_it_opens_with_a_dictionary_spelling() {
    let d = extract(&[("a.txt", "In the village of Caño Verde, farmers said armed men had gone house to house.")]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Place), ["Caño Verde"], "{:?}", d.extraction.entities);
}
