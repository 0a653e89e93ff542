//! The extractor on names it has never seen: names joined by "and", company names, words in capitals; capitals
//! in compounds and headlines.

use crate::extraction_common::{extract, kinds_named, named, read_as_city, read_as_government};
use dossier::extract::EntityKind;

#[test]
fn two_words_joined_before_a_head_word_are_one_name() {
    let d = extract(&[(
        "a.txt",
        "Lima agreed to deepen cooperation under the Belt and Road Initiative. Officials of Peru's Ports and \
         Maritime Organization attended.",
    )]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["Belt and Road Initiative", "Ports and Maritime Organization"], "{:?}", d.extraction.entities);
    // A name of its own before "and" stays apart.
    let d = extract(&[("b.txt", "The talks were chaired by Tomas Quenaya and Sorvane Development Institute.")]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["Sorvane Development Institute"], "{:?}", d.extraction.entities);
}

#[test]
fn a_company_suffix_names_an_organisation_and_barrister_is_a_title() {
    let d = extract(&[(
        "a.txt",
        "Its Lima-listed unit, Andes Lithium Materials Co., jumped 6.8%. Quenaya Mining Corp. fell. The \
         spokesperson, Barrister Tomas Quenaya, said the province agreed.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    assert_eq!(orgs, ["Andes Lithium Materials Co", "Quenaya Mining Corp"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Tomas Quenaya"], "{:?}", x.entities);
}

#[test]
fn a_word_in_capitals_outside_a_headline_or_dateline_is_an_acronym_not_a_place() {
    let d = extract(&[(
        "a.txt",
        "Deportations are run by Chile's Bureau for Aliens and Foreign Immigrants' Affairs (BAFIA). BAFIA officials \
         said on Monday that the numbers would rise.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), Vec::<String>::new(), "{:?}", x.entities);
    let bureau = x.entities.iter().find(|e| e.aliases.iter().any(|a| a == "BAFIA")).expect("the bureau");
    assert_eq!(bureau.kind, EntityKind::Organization);
    // A dateline in capitals is still the city.
    let d = extract(&[("b.txt", "SANTIAGO, Chile — Officials met on Monday.")]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Place), ["Santiago"], "{:?}", d.extraction.entities);
}

#[test]
fn a_place_inside_an_organisations_name_gives_no_one_its_country() {
    let d = extract(&[(
        "a.txt",
        "\"We left the room,\" said Tomas Quenaya, now a visiting scholar at Santiago University.",
    )]);
    let x = &d.extraction;
    let tomas = named(x, "Tomas Quenaya").expect("the person");
    assert_eq!(tomas.country, None, "{:?}", x.entities);
    assert_eq!(tomas.organization.as_deref(), Some("Santiago University"), "{:?}", x.entities);
}

#[test]
fn a_place_owned_by_a_place_of_another_country_is_in_that_country() {
    // Sherpur is a district of Bangladesh in the gazetteer; in "Lima's Sherpur" it is in Peru.
    let d = extract(&[("a.txt", "A drone struck a house in Lima's Sherpur neighbourhood, officials said.")]);
    let x = &d.extraction;
    let sherpur = named(x, "Sherpur").expect("the place");
    assert_eq!(sherpur.country.as_deref(), Some("PER"), "{:?}", x.entities);
}

#[test]
fn a_compound_in_a_headline_in_capitals_is_read_word_by_word() {
    let d = extract(&[("a.txt", "CENTRAL ASIA-CHILE ROUNDUP: Neighbours deepen ties\n\nOfficials met in Lima.")]);
    let x = &d.extraction;
    assert!(x.entities.iter().any(|e| e.name == "Chile"), "{:?}", x.entities);
}

#[test]
fn a_name_before_a_place_noun_names_a_place_and_so_does_the_same_name_alone() {
    let d = extract(&[(
        "a.txt",
        "Work on the Tavira Holm copper mine will start soon, officials said. Tavira Holm holds large deposits. \
         Engineers inspected the Sorvane Ket canal.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), Vec::<String>::new(), "{:?}", x.entities);
    let places = kinds_named(x, EntityKind::Place);
    assert_eq!(places, ["Sorvane Ket", "Tavira Holm"], "{:?}", x.entities);
    let mine = named(x, "Tavira Holm").expect("the mine");
    assert_eq!(mine.mentions, 2, "{mine:?}");
}

#[test]
fn congress_and_command_name_organisations_and_a_ships_prefix_no_person() {
    let d = extract(&[(
        "a.txt",
        "The Lima-based Andean Quechua Congress said the plan was unfair. The Peruvian Southern Command moved \
         troops. The destroyer USS Quenaya docked in Arica, and HMS Sorvane sailed past.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    assert!(orgs.contains(&"Andean Quechua Congress".to_string()), "{:?}", x.entities);
    assert!(orgs.iter().any(|o| o.ends_with("Southern Command")), "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "ships are no people: {:?}", x.entities);
}

#[test]
fn a_faith_adjective_opens_no_persons_name() {
    let d = extract(&[("a.txt", "The ruling was \"fully in line with Islamic Sharia\", the spokesman for Peru said.")]);
    assert!(kinds_named(&d.extraction, EntityKind::Person).is_empty(), "{:?}", d.extraction.entities);
}

#[test]
fn a_name_with_a_given_name_before_a_dam_is_a_place() {
    let d = extract(&[(
        "a.txt",
        "Peruvian engineers will visit the Tomas Quenaya dam next month to measure water levels.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Tomas Quenaya"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_dictionary_organisation_defining_its_acronym_stays_one_entity() {
    let d = extract(&[(
        "a.txt",
        "At least nine Frontier Corps personnel were killed near Quetta. Attacks on Frontier Corps (FC) convoys \
         continued, and the FC said it would respond.",
    )]);
    let x = &d.extraction;
    let corps: Vec<_> = x.entities.iter().filter(|e| e.name == "Frontier Corps").collect();
    assert_eq!(corps.len(), 1, "{:?}", x.entities);
    assert!(corps[0].aliases.iter().any(|a| a == "FC"), "{:?}", corps[0]);
}

#[test]
fn a_lone_surname_one_letter_shorter_is_the_person_named_in_full() {
    let d = extract(&[(
        "a.txt",
        "Chilean Foreign Minister Tomas Bassari arrived in Lima on Monday. During that visit, Basari met Peruvian \
         officials.",
    )]);
    let people = kinds_named(&d.extraction, EntityKind::Person);
    assert_eq!(people, ["Tomas Bassari"], "{:?}", d.extraction.entities);
}

#[test]
fn a_lone_family_name_of_several_people_is_the_one_introduced_first() {
    let d = extract(&[(
        "a.txt",
        "General Tomas Quenaya leads the eastern army. His son Rafael Quenaya was received in Lima. Chile has \
         backed Quenaya since 2014.",
    )]);
    let x = &d.extraction;
    let tomas = named(x, "Tomas Quenaya").unwrap_or_else(|| panic!("{:?}", x.entities));
    assert_eq!(x.mentions_of(tomas.id).count(), 2, "{:?}", x.mentions);
    assert!(kinds_named(x, EntityKind::Place).iter().all(|p| p != "Quenaya"), "{:?}", x.entities);
}

#[test]
fn a_portfolio_named_like_a_magazine_is_the_portfolio() {
    // "Foreign Affairs" is also a magazine, taken only where the text presents it as one.
    let d = extract(&[("a.txt", "Tomas Quenaya, Minister of Foreign Affairs of Peru, said the talks went well.")]);
    let x = &d.extraction;
    let quenaya = x.entities.iter().find(|e| e.name == "Tomas Quenaya").expect("the minister");
    assert_eq!((quenaya.country.as_deref(), quenaya.organization.as_deref()), (Some("PER"), None), "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Organization).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_name_hyphenated_or_not_is_one_person() {
    let d = extract(&[
        (
            "a.txt",
            "Chile's foreign minister, Marisol Quenaya-Ilvarde, met her Peruvian counterpart. Quenaya Ilvarde said \
             the crossing would open.",
        ),
        ("b.txt", "Marisol Quenaya Ilvarde arrived in Lima on Monday."),
    ]);
    let people = kinds_named(&d.extraction, EntityKind::Person);
    assert_eq!(people.len(), 1, "{:?}", d.extraction.entities);
    let person = named(&d.extraction, &people[0]).map(|e| e.mentions);
    assert_eq!(person, Some(3), "{:?}", d.extraction.entities);
}

#[test]
fn abdul_and_the_next_word_spelled_two_ways_are_one_person() {
    let d = extract(&[(
        "a.txt",
        "Mawlawi Abdul Rashid, the acting minister for refugees, visited the camp. Later, Abdul Rasheed's officials \
         handed out cash.",
    )]);
    let people = kinds_named(&d.extraction, EntityKind::Person);
    assert_eq!(people.len(), 1, "{:?}", d.extraction.entities);
}

#[test]
fn names_of_places_and_people_after_their_cue_words() {
    let d = extract(&[(
        "a.txt",
        "Chinese Vice Foreign Minister Sun Lirong met Undersecretary Ana Quispe in Lima. Engineers measured the \
         Quenaya and Ilvarde dams. The embassy stands on Tomasova street.",
    )]);
    let x = &d.extraction;
    // "Sun" is also The Sun's short name; after a title it opens a person's name.
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Quispe", "Sun Lirong"], "{:?}", x.entities);
    let places = kinds_named(x, EntityKind::Place);
    for p in ["Quenaya", "Ilvarde", "Tomasova"] {
        assert!(places.iter().any(|n| n == p), "{p}: {:?}", x.entities);
    }
}

#[test]
fn a_name_also_known_as_another_is_one_person() {
    let d = extract(&[(
        "a.txt",
        "The group's leader, Tomas Quenaya (also known as Abu Ilvarde), survived the strike. Abu Ilvarde has not \
         been seen since. Marisol Rojas, better known as Ana Vidal, denied it.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Marisol Rojas", "Tomas Quenaya"], "{:?}", x.entities);
    assert_eq!(named(x, "Tomas Quenaya").map(|e| e.mentions), Some(3), "{:?}", x.entities);
}

#[test]
fn a_foreign_town_named_like_a_feature_of_the_document_is_that_feature() {
    let d = extract(&[(
        "a.txt",
        "Chinese ships blocked the entrance to Scarborough Shoal on Monday. Manila says Scarborough lies within \
         its exclusive economic zone.",
    )]);
    let x = &d.extraction;
    let places = kinds_named(x, EntityKind::Place);
    assert_eq!(places, ["Scarborough Shoal"], "{:?}", x.entities);
    assert_eq!(named(x, "Scarborough Shoal").map(|e| e.mentions), Some(2), "{:?}", x.entities);
    // A town of a country the document names stays the town.
    let d = extract(&[("b.txt", "Afghanistan plans a dam on the Kabul River. Heavy rain fell in Kabul on Monday.")]);
    let places = kinds_named(&d.extraction, EntityKind::Place);
    assert_eq!(places, ["Kabul", "Kabul River"], "{:?}", d.extraction.entities);
}

#[test]
fn bylines_and_credit_lines_name_people() {
    let d = extract(&[(
        "a.txt",
        "Border Talks Resume in Lima\n\nBy Ana Quispe and Tomas Ilvarde\n\nOfficials met on Monday.\n\n(Reporting by \
         Ana Quispe in Lima; additional reporting by Marisol Rojas in Cusco; editing by Pedro Ilaquita)\n",
    )]);
    let x = &d.extraction;
    assert_eq!(
        kinds_named(x, EntityKind::Person),
        ["Ana Quispe", "Marisol Rojas", "Pedro Ilaquita", "Tomas Ilvarde"],
        "{:?}",
        x.entities
    );
}

#[test]
fn a_town_ending_a_titled_name_is_its_family_name() {
    let d = extract(&[(
        "a.txt",
        "Country Director Elena Mora warned that rations would be halved. Chile's special envoy, Ivan Salo, will \
         travel to Lima next week.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Elena Mora", "Ivan Salo"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Place), ["Lima"], "{:?}", x.entities);
    // Where no title says it is a name, the town stays a town.
    let d = extract(&[("b.txt", "The convoy drove on to Mora.")]);
    assert!(named(&d.extraction, "Mora").is_some_and(|e| e.kind == EntityKind::Place), "{:?}", d.extraction.entities);
    // Nor is a capital a family name: people are in it.
    let d = extract(&[("c.txt", "The visit was planned by Ambassador Elena Lima.")]);
    assert!(named(&d.extraction, "Elena Lima").is_none(), "{:?}", d.extraction.entities);
}

#[test]
fn a_compound_whose_last_part_starts_a_name_with_the_next_word_names_both() {
    let d = extract(&[(
        "a.txt",
        "The ongoing US-South Korean exercises drew protests. The Chile-Costa Rica agreement was signed in Lima.",
    )]);
    let x = &d.extraction;
    assert_eq!(
        kinds_named(x, EntityKind::Country),
        ["Chile", "Costa Rica", "South Korea", "United States"],
        "{:?}",
        x.entities
    );
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_capital_opening_a_titled_name_is_a_given_name() {
    // Capitals are kept out of the given names ("in Victoria" is the city), but a title or an apposition says a
    // person is named.
    let d = extract(&[(
        "a.txt",
        "Ambassador Victoria Ortega arrived in Lima. \"We are worried,\" said Lima Quenaya, the UN envoy for Peru.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Lima Quenaya", "Victoria Ortega"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Place), ["Lima"], "{:?}", x.entities);
    let d = extract(&[("b.txt", "Talks in Victoria ended. Victoria said on Monday that it would reply.")]);
    assert!(named(&d.extraction, "Victoria").is_some_and(|e| e.kind == EntityKind::Place), "{:?}", d.extraction);
}

#[test]
fn a_company_bank_party_or_state_force_keeps_its_country_in_its_name() {
    let d = extract(&[(
        "a.txt",
        "The Reserve Bank of Peru and the Metallurgical Corporation of Chile signed a loan. The Communist Party of \
         Bolivia objected, and the National Guard of Peru was deployed. The Electricity Generating Authority of \
         Chile buys the power.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    let names = ["Reserve Bank of Peru", "Metallurgical Corporation of Chile", "Communist Party of Bolivia"];
    for name in names.into_iter().chain(["Electricity Generating Authority of Chile"]) {
        assert!(orgs.contains(&name.to_string()), "{name}: {orgs:?}");
    }
    let bank = named(x, "Reserve Bank of Peru").map(|e| e.country.clone());
    assert_eq!(bank, Some(Some("PER".to_string())), "{:?}", x.entities);
    // A state force named by its country is that state's body, and acts for it.
    let guard = named(x, "National Guard of Peru");
    assert_eq!(guard.map(|e| e.country.clone()), Some(Some("PER".to_string())), "{:?}", x.entities);
    let v = crate::events_common::code("The National Guard of Peru attacked Chilean troops near the border.");
    assert!(crate::events_common::has(&v, "PER", "CHL", dossier::extract::Category::Assault), "{v:?}");
}

#[test]
fn a_name_beside_a_known_place_or_after_at_is_a_place() {
    let d = extract(&[(
        "a.txt",
        "Trains run from Arica to Tacna and on to Quellaveco near Moquegua. A line from Surcana to Arequipa is \
         planned. Mining at Toro Muerto resumed.",
    )]);
    let x = &d.extraction;
    let places = kinds_named(x, EntityKind::Place);
    for name in ["Quellaveco", "Surcana", "Toro Muerto"] {
        assert!(places.contains(&name.to_string()), "{name}: {:?}", x.entities);
    }
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    // After "at", a name that opens with a given name is still a person's.
    let d = extract(&[("b.txt", "The minister took a swipe at Carlos Quenaya on Monday.")]);
    assert_eq!(kinds_named(&d.extraction, EntityKind::Person), ["Carlos Quenaya"], "{:?}", d.extraction.entities);
}

#[test]
fn a_capital_before_a_participle_or_a_headline_s_verb_is_the_government() {
    // "-led", "-backed": the government did it; "-based": the city.
    let d = extract(&[("a.txt", "Bolivia left the Santiago-led alliance. A Lima-based analyst was not surprised.")]);
    let x = &d.extraction;
    assert!(read_as_government(x, "Chile", "Santiago"), "{:?}", x.entities);
    assert!(read_as_city(x, "Lima", "Peru"), "{x:?}");
    // In a headline, a capital before a verb is its subject; before a noun it names something ("Lima Summit").
    let d = extract(&[(
        "a.txt",
        "La Paz and Santiago Sign Water Protocol\n\nThe Lima Summit Opens\n\nThe ministers met on Monday.",
    )]);
    let x = &d.extraction;
    assert!(read_as_government(x, "Chile", "Santiago"), "{:?}", x.entities);
    assert!(named(x, "Peru").is_none(), "{:?}", x.entities);
}

#[test]
fn police_ranks_are_titles_not_names() {
    let d = extract(&[(
        "a.txt",
        "Detective Superintendent Ana Quispe of the Lima police said the suspects had fled. Inspector Raul Mamani \
         declined to comment.",
    )]);
    let people = kinds_named(&d.extraction, EntityKind::Person);
    assert_eq!(people, ["Ana Quispe", "Raul Mamani"], "{:?}", d.extraction.entities);
}

#[test]
fn a_state_body_in_a_capital_is_its_government_and_a_process_named_after_one_the_city() {
    let d = extract(&[(
        "a.txt",
        "He accused the Government in Santiago of stalling. The envoy stayed in Lima. Talks returned to the Quito \
         and Lima processes.",
    )]);
    let x = &d.extraction;
    assert!(read_as_government(x, "Chile", "Santiago"), "{:?}", x.entities);
    assert!(read_as_city(x, "Lima", "Peru"), "{x:?}");
    assert!(named(x, "Ecuador").is_none(), "{:?}", x.entities);
}

#[test]
fn a_transliterated_chinese_feature_name_is_a_place() {
    let d = extract(&[(
        "a.txt",
        "Beijing said the vessel had entered the waters of Tiexian Jiao and sailed on to Zhongye Dao.",
    )]);
    let places = kinds_named(&d.extraction, EntityKind::Place);
    assert_eq!(places, ["Tiexian Jiao", "Zhongye Dao"], "{:?}", d.extraction.entities);
    assert!(kinds_named(&d.extraction, EntityKind::Person).is_empty(), "{:?}", d.extraction.entities);
}

#[test]
fn a_name_after_a_noun_of_companies_or_ending_in_a_trade_is_a_company() {
    let d = extract(&[(
        "a.txt",
        "The maritime security firm Corvane said a tanker was hit. The state concern Petrolandia reported losses. \
         The company Ana Ruiz founded grew.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Corvane", "Petrolandia"], "{:?}", x.entities);
    // Or a name that ends in its trade.
    let d = extract(&[("b.txt", "Quilca Copper and a unit of Tacora Holding won the contract.")]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["Quilca Copper", "Tacora Holding"], "{:?}", d.extraction.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Ruiz"], "{:?}", x.entities);
}

#[test]
fn a_place_is_not_named_on_something_but_a_body_may_be() {
    let d = extract(&[(
        "a.txt",
        "Peru opposes the Sorvane Dam on the Quilca River. Chile joined the Tacora Commission on Human Rights.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Quilca River", "Sorvane Dam"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Organization), ["Tacora Commission on Human Rights"], "{:?}", x.entities);
}

#[test]
fn grand_is_a_title_only_before_another() {
    let d = extract(&[(
        "a.txt",
        "Peru opposes the Grand Sorvane Dam. Grand Ayatollah Tomas Quenaya and the Grand Mufti, Ana Ruiz, spoke.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Grand Sorvane Dam"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Ruiz", "Tomas Quenaya"], "{:?}", x.entities);
}

#[test]
fn a_dictionary_body_that_ends_a_longer_name_is_part_of_it() {
    let d = extract(&[(
        "a.txt",
        "Analysts at the Kestrel Institute for Security Studies in Lima said the fleet was ageing. Chile's National \
         Security Council met on Monday.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    assert_eq!(orgs, ["Kestrel Institute for Security Studies", "National Security Council"], "{:?}", x.entities);
    // Alone, or after a word the dictionary knows, it is the body the dictionary names.
    let d = extract(&[("b.txt", "Peru asked the Security Council to meet. The UN Security Council agreed.")]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["United Nations Security Council"], "{:?}", d.extraction.entities);
}

#[test]
fn a_hyphenated_name_in_capitals_is_found_in_a_dateline() {
    let d = extract(&[("a.txt", "PORT-AU-PRINCE, Haiti — Gangs retreated from two districts on Monday.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Place), ["Port-au-Prince"], "{:?}", x.entities);
    // Its parts are no names of their own ("AU" is not the African Union here).
    assert!(kinds_named(x, EntityKind::Organization).is_empty(), "{:?}", x.entities);
    let d = extract(&[("b.txt", "GUINEA-BISSAU: Officials said the vote would go ahead.")]);
    assert!(named(&d.extraction, "Guinea-Bissau").is_some(), "{:?}", d.extraction.entities);
}

#[test]
fn a_name_after_a_noun_of_outlets_or_bodies_or_with_its_title_is_theirs() {
    let d = extract(&[(
        "a.txt",
        "Ana Ruiz told The Andean Courier that exports fell. An editorial in the daily La Voz Andina disagreed, and \
         the truckers' association Transandes said so. Rosa Quispe of the Quipu Policy Lab agreed.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    assert_eq!(orgs, ["La Voz Andina", "Quipu Policy Lab", "The Andean Courier", "Transandes"], "{:?}", x.entities);
    let outlet = |name: &str| named(x, name).and_then(|e| e.subtype.as_deref()) == Some("media");
    assert!(outlet("La Voz Andina") && outlet("The Andean Courier"), "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Ana Ruiz", "Rosa Quispe"], "{:?}", x.entities);
}

#[test]
fn a_town_inside_a_titled_name_is_a_family_name() {
    let d = extract(&[("a.txt", "Interior Secretary Luis García Montoya said the border was calm.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Luis García Montoya"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Place).is_empty(), "{:?}", x.entities);
}

#[test]
fn an_apposition_or_a_list_before_a_place_noun_makes_a_word_a_place() {
    let d = extract(&[(
        "a.txt",
        "In Sorvane, the town closest to the dam, farmers protested. Troops moved to Quilcana, Peru's westernmost \
         inhabited island. Inspectors will visit the Tacora, Umbral and Cusipata sites.",
    )]);
    let x = &d.extraction;
    let places = kinds_named(x, EntityKind::Place);
    assert_eq!(places, ["Cusipata", "Quilcana", "Sorvane", "Tacora", "Umbral"], "{:?}", x.entities);
    // An apposition about a person is no place: "a city official", "the town's mayor".
    let d = extract(&[("b.txt", "Tomas Quenaya, a city official, said so. Ana Ruiz, the town's mayor, agreed.")]);
    let x = &d.extraction;
    assert!(kinds_named(x, EntityKind::Place).is_empty(), "{:?}", x.entities);
}

#[test]
fn a_role_with_its_portfolio_before_a_comma_names_the_person_after_it() {
    // (A name too short to look like one by itself: "Jun" is also a month's abbreviation.)
    let d = extract(&[("a.txt", "Peru's special envoy for Andean affairs, Qin Jun, will visit Santiago next week.")]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Qin Jun"], "{:?}", x.entities);
}

#[test]
fn a_noun_of_bodies_or_outlets_outweighs_the_dictionary_and_a_topic_is_no_head() {
    let d = extract(&[(
        "a.txt",
        "The mining company Tacna reported losses. The daily Dawn reported it. He spoke at the Sorvane Institute \
         for Security Dialogue on Monday.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    assert_eq!(orgs, ["Dawn", "Sorvane Institute for Security Dialogue", "Tacna"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Place).is_empty(), "{:?}", x.entities);
}

#[test]
fn places_named_before_what_they_hold_after_through_or_as_capes() {
    let d = extract(&[(
        "a.txt",
        "Cargo went to the Quilcana and Maaten al-Sorva air bases. Supplies crossed through Umbral from Peru. \
         Tankers loaded at Ras Tacora.",
    )]);
    let x = &d.extraction;
    let places = kinds_named(x, EntityKind::Place);
    assert_eq!(places, ["Maaten al-Sorva", "Quilcana", "Ras Tacora", "Umbral"], "{:?}", x.entities);
    assert!(kinds_named(x, EntityKind::Person).is_empty(), "{:?}", x.entities);
    let d = extract(&[("b.txt", "Ana Ruiz of the Lima-based consultancy Andes Risk Partners said so.")]);
    let orgs = kinds_named(&d.extraction, EntityKind::Organization);
    assert_eq!(orgs, ["Andes Risk Partners"], "{:?}", d.extraction.entities);
}

#[test]
fn shipping_firms_commodores_wells_and_forces_named_by_their_country() {
    let d = extract(&[(
        "a.txt",
        "Quenaya Maritime said so. Andes Meridian Lines agreed. Navy spokesperson Commodore Tomas Arrieta spoke. \
         Bir Tacora lies on the coast road. The Armed Forces of the Philippines said the ships left. The National \
         Guard of Chile agreed.",
    )]);
    let x = &d.extraction;
    let orgs = kinds_named(x, EntityKind::Organization);
    let expected =
        ["Andes Meridian Lines", "Armed Forces of the Philippines", "National Guard of Chile", "Quenaya Maritime"];
    assert_eq!(orgs, expected, "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Person), ["Tomas Arrieta"], "{:?}", x.entities);
    assert_eq!(kinds_named(x, EntityKind::Place), ["Bir Tacora"], "{:?}", x.entities);
    // The forces are their country's state body.
    let forces = x.entities.iter().find(|e| e.name == "Armed Forces of the Philippines");
    assert_eq!(forces.and_then(|e| e.country.as_deref()), Some("PHL"), "{:?}", x.entities);
}

#[test]
fn a_name_after_the_is_no_person_for_the_role_after_its_comma() {
    let d = extract(&[(
        "a.txt",
        "Brazil urged Caracas to avoid any unilateral step in the Quenaya, a Brazilian diplomat said. The talks \
         were led by Tomas Ruiz, a Brazilian diplomat.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Tomas Ruiz"], "{:?}", x.entities);
}

#[test]
fn abdel_written_apart_is_the_surname_written_as_one_word() {
    let d = extract(&[(
        "a.txt",
        "Chilean Foreign Minister Omar Abdelkarim arrived in Lima on Monday. Peru's president later spoke by phone \
         with Abdel Karim.",
    )]);
    let x = &d.extraction;
    assert_eq!(kinds_named(x, EntityKind::Person), ["Omar Abdelkarim"], "{:?}", x.entities);
}
