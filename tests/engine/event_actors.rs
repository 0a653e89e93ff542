//! Who acts in a sentence, found across sentences and in the document: pronouns, anaphors, state bodies named by
//! their office, office holders in undated texts, hosts of talks; and who takes part in it: a passive's subject
//! or "by" phrase, a "with" phrase, a capital that only names a process held there.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;
use dossier::pipeline::from_texts;

#[test]
fn he_or_she_opening_a_sentence_acts_for_the_state_of_the_person_named_last() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday for two days of talks. She urged Peru to reopen \
         the border crossing at Tacna.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // The person named last is not a state's: "he" is not the minister named before.
    let v = code(
        "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. The economist Tomas Quenaya said the talks \
         would be slow. He urged Bolivia to lower its tariffs.",
    );
    assert!(!any_of(&v, Category::Request), "{v:?}");
    // Too far back: three sentences without a person in between.
    let v = code(
        "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. The talks lasted two days. Trade was the \
         main topic. Fishing came next. She urged Peru to reopen the border.",
    );
    assert!(!any_of(&v, Category::Request), "{v:?}");
}

#[test]
fn a_bare_foreign_office_is_the_home_government_unless_the_document_is_about_britain() {
    let d = from_texts([(
        "a.txt",
        "Lima said the claims were baseless. The Foreign Office also summoned the Bolivian ambassador to lodge a \
         protest. Foreign Office spokesperson Rosa Quispe said Lima expected an apology.",
    )]);
    let x = &d.extraction;
    assert!(!x.entities.iter().any(|e| e.name.contains("Commonwealth")), "not the British body: {:?}", x.entities);
    assert!(has(&x.interactions, "PER", "BOL", Category::Protest), "{:?}", x.interactions);
    assert!(!x.interactions.iter().any(|i| i.source == "GBR"), "{:?}", x.interactions);
    // With Britain in the document, the same words are the British Foreign Office.
    let d = from_texts([(
        "b.txt",
        "Britain has no embassy in La Paz. The Foreign Office summoned the Bolivian ambassador on Monday.",
    )]);
    let x = &d.extraction;
    assert!(x.entities.iter().any(|e| e.name.contains("Commonwealth")), "{:?}", x.entities);
    // A British surveyor of long ago does not make it a document about the British government.
    let d = from_texts([(
        "d.txt",
        "The border, drawn in 1904 by a British surveyor, was never accepted by Bolivia. In Lima, the Foreign \
         Office summoned the Bolivian ambassador.",
    )]);
    let x = &d.extraction;
    assert!(!x.entities.iter().any(|e| e.name.contains("Commonwealth")), "{:?}", x.entities);
    assert!(!x.interactions.iter().any(|i| i.source == "GBR" || i.target == "GBR"), "{:?}", x.interactions);
    // And so does a document that names the body by its own name once.
    let d =
        from_texts([("c.txt", "The FCDO said it was concerned. The Foreign Office summoned the Bolivian ambassador.")]);
    let british = d.extraction.entities.iter().find(|e| e.name.contains("Commonwealth"));
    assert_eq!(british.map(|e| e.mentions), Some(2), "{:?}", d.extraction.entities);
}

#[test]
fn border_guards_are_forces_of_their_state() {
    let v = code("Last year, Chilean border guards clashed with Peruvian troops near the Lluta river.");
    assert!(any_of(&v, Category::Assault), "{v:?}");
    assert!(v.iter().all(|i| [&i.source, &i.target].iter().all(|c| ["CHL", "PER"].contains(&c.as_str()))), "{v:?}");
}

#[test]
fn it_or_they_opening_a_sentence_are_the_states_of_the_sentence_before() {
    let v = code(
        "Foreign Minister Ana Rojas hosted her Peruvian and Bolivian counterparts in Santiago, Chile, in May. They \
         agreed to extend the Andean railway to the coast.",
    );
    for (a, b) in [("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")] {
        assert!(v.iter().any(|i| i.category == Category::Agree && i.source == a && i.target == b), "{a}-{b}: {v:?}");
    }
    let v = code("Peru has also used economic levers. It expelled the Chilean ambassador in March.");
    assert!(has(&v, "PER", "CHL", Category::Sanction), "{v:?}");
    // Not when the sentence before named two states: "it" is one of them, or neither.
    let v = code("Peru and Bolivia signed a pact. It expelled the Chilean ambassador in March.");
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
}

#[test]
fn a_government_seated_in_a_capital_is_its_state_and_an_attack_from_a_country_does_not_strike_it() {
    let v = code("Lima accused the new rulers in La Paz of sheltering the rebels.");
    assert!(has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    let v = code("Chile said it would respond with full force to attacks launched from Peruvian soil.");
    assert!(!has(&v, "CHL", "PER", Category::Assault), "{v:?}");
    let v = code("Chilean Foreign Minister Ana Rojas held talks with the acting foreign minister of Peru on Monday.");
    assert!(any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn an_undated_text_is_no_older_than_the_years_it_names() {
    // Rodrigo Paz took office in Bolivia in 2025; an undated text that names 2019 was written in 2019 or later.
    let v = code("Rodrigo Paz accused Peru of closing the border, the worst dispute between them since 2019.");
    assert!(has(&v, "BOL", "PER", Category::Accuse), "{v:?}");
    // A stated date is exact: in 2019 he held no office.
    let v = code("March 3, 2019\nRodrigo Paz accused Peru of closing the border.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
}

#[test]
fn hosts_of_talks_are_no_party_to_them() {
    let v = code(
        "Argentina and Brazil broker talks as border tensions flare.\n\nChilean and Peruvian delegations met in \
         Buenos Aires on Saturday for talks hosted by Argentina and Brazil, after deadly clashes along their \
         border. Argentine Foreign Minister Pablo Quirno urged both delegations to keep the truce agreed in \
         Brasilia.",
    );
    let pair =
        |a: &str, b: &str| v.iter().any(|i| [&i.source, &i.target] == [a, b] || [&i.source, &i.target] == [b, a]);
    assert!(!pair("ARG", "BRA"), "the hosts neither talk nor clash with each other: {v:?}");
    assert!(pair("CHL", "PER"), "{v:?}");
    assert!(has(&v, "ARG", "CHL", Category::Request) && has(&v, "ARG", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_pronoun_after_a_reporting_verb_is_the_reporter_and_a_later_report_is_no_target() {
    let v = code("The United States has said it has no plans to recognise the junta in Bolivia.");
    assert!(has(&v, "USA", "BOL", Category::Reject), "{v:?}");
    let v = code("Chile says it carried out strikes inside Peru against smugglers this week.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
    let v = code("Brazil condemned the attacks in Tarapaca and said it stood with Chile.");
    assert!(has(&v, "BRA", "CHL", Category::Support), "{v:?}");
    assert!(!has(&v, "BRA", "CHL", Category::Accuse), "Chile is not accused: {v:?}");
}

#[test]
fn a_family_name_said_first_is_the_person_before_a_light_or_reporting_verb() {
    let v = code(
        "Chinese Foreign Minister Wang Lan arrived in Lima on Monday. On the sidelines, Wang held talks with \
         Chilean Foreign Minister Ana Rojas.",
    );
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["CHL", "CHN"]), "{v:?}");
}

#[test]
fn a_by_phrase_after_a_participle_or_a_long_name_is_the_agent() {
    let v = code("The air strikes carried out by Chile in Peru's Tacna province mark a dangerous new stage.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
    // A relative clause's agent acts on the main clause's subject.
    let v = code(
        "Chilean President Ana Rojas and Peruvian President Tomas Quenaya met in Quito for talks, which were \
         hosted by Ecuadorian President Lucia Paredes.",
    );
    assert!(has(&v, "ECU", "CHL", Category::Consult) && has(&v, "ECU", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_passive_without_its_agent_in_a_relative_clause_is_not_the_subjects_act() {
    let v = code(
        "Chile said it would resume work on several projects that had been suspended, and would gift ambulances \
         to Peruvian hospitals.",
    );
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    // The passive's agent is the main clause's subject when nothing relates it to a noun.
    let v = code("Chile said that migrants would be deported to Bolivia.");
    assert!(has(&v, "CHL", "BOL", Category::Coerce), "{v:?}");
}

#[test]
fn an_attack_named_as_a_point_in_time_or_fired_from_a_place_is_nobodys_act() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas spoke to her Peruvian counterpart by phone in May, after the Tacna \
         terror attack, thanking him for Lima's condemnation of the killings.",
    );
    assert!(!any_of(&v, Category::Assault), "{v:?}");
    let v = code("Peru's army said the missile was fired on a lofted trajectory from near La Paz.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn the_parties_between_ministers_of_two_states_and_a_portfolio_in_charge_of_countries() {
    let v = code(
        "The summit was preceded by two days of meetings between the foreign ministers, Ana Rojas of Chile and \
         Tomas Quenaya of Peru.",
    );
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["CHL", "PER"]), "{v:?}");
    let v = code(
        "Chilean Foreign Minister Ana Rojas met Tomas Quenaya, Joint Secretary in charge of the \
         Peru-Ecuador-Colombia division, in Santiago.",
    );
    let named = |c: &str| v.iter().any(|i| i.source == c || i.target == c);
    assert!(!named("PER") && !named("ECU") && !named("COL"), "{v:?}");
}

#[test]
fn a_department_of_state_acts_for_it_like_a_ministry() {
    let v = code("The Chilean department of foreign affairs summoned the Peruvian chargé d'affaires on Monday.");
    assert!(has(&v, "CHL", "PER", Category::Protest), "{v:?}");
}

#[test]
fn an_anaphor_after_a_verb_is_its_object_not_who_acts() {
    let v = code(
        "Chile, Peru and Bolivia left the Andean customs union on Monday. Rojas accused the union of serving \
         foreign interests and said the bloc had tried to strangle the three nations with sanctions after the \
         2023 coup in La Paz.",
    );
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    // As the subject, the same anaphor acts.
    let v = code(
        "Chile, Peru and Bolivia left the Andean customs union on Monday. The three nations imposed sanctions on \
         Ecuador.",
    );
    assert!(has(&v, "PER", "ECU", Category::Sanction), "{v:?}");
}

#[test]
fn three_countries_named_earlier_in_the_sentence_are_the_three_countries() {
    // The sentence before names three other states; "the three countries" are those hosted here.
    let v = code(
        "Argentina, Uruguay and Paraguay criticised the plan. In April, Chilean President Ana Rojas hosted Peruvian \
         President Tomas Quenaya and Bolivian President Luis Arce in Santiago for the first summit of the three \
         countries, where they agreed to build a railway.",
    );
    for (a, b) in [("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")] {
        assert!(v.iter().any(|i| i.category == Category::Agree && i.source == a && i.target == b), "{a}-{b}: {v:?}");
    }
    assert!(!v.iter().any(|i| i.category == Category::Agree && i.source == "ARG"), "{v:?}");
}

#[test]
fn a_country_beyond_which_or_after_a_place_says_where_not_who() {
    let v = code(
        "Beyond Chile, the cartel was held responsible for the attack in Tacna, Peru, on 3 January and for the \
         bombing near La Paz in March.",
    );
    assert!(!any_of(&v, Category::Assault), "{v:?}");
    // An adjective before "delegations" leaves them the subject.
    let v = code(
        "Chilean and Peruvian ministers met in Lima in March. Differences over the river were not resolved, \
         although technical delegations met in Arica in April.",
    );
    assert!(v.iter().any(|i| i.sentence == 1 && i.category == Category::Consult), "{v:?}");
}

#[test]
fn the_two_sides_a_few_sentences_after_a_meeting_are_its_parties() {
    let v = code(
        "Chile and Peru signed a trade deal in March. Chile and Peru held talks in April. The Bolivian ambassador \
         met the Chilean foreign minister in Santiago on Monday. The weather was cold. The port was busy. Trade \
         has grown. Prices rose. The two sides exchanged views on the railway.",
    );
    let last: Vec<_> = v.iter().filter(|i| i.sentence == 7).map(|i| (i.source.as_str(), i.target.as_str())).collect();
    assert_eq!(last, [("BOL", "CHL")], "{v:?}");
}

#[test]
fn a_passive_subject_is_what_the_cue_acts_on_not_what_follows_it() {
    let v = code("Bolivia tightened border checks, and some Chilean traders were accused of spying for Peru.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
    // "has been" is a passive auxiliary too: the consul is expelled, Peru expels nobody.
    let v = code("Peru's consul has been expelled from Bolivia for spying, Chilean officials said.");
    assert!(!v.iter().any(|i| i.source == "PER"), "{v:?}");
}

#[test]
fn a_country_after_a_locative_and_a_direction_is_where_not_who() {
    let v = code("Peru and Bolivia have repeatedly warned about militants operating in northern Chile.");
    assert!(!v.iter().any(|i| i.target == "CHL"), "{v:?}");
}

#[test]
fn and_before_a_new_subject_and_verb_starts_a_new_clause() {
    let v = code(
        "Chile's air force flew Peruvian-made jets during the exercise, and a senior Bolivian general later \
         accused Peru of spying.",
    );
    assert!(has(&v, "BOL", "PER", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    // A phrase before the new clause's subject: "…, and after the coup in Quito, Ecuador's government …".
    let v = code(
        "Bolivia followed suit in 2023, and after the coup in Quito, Ecuador's new government revoked its military \
         cooperation agreement with Chile.",
    );
    assert!(has(&v, "ECU", "CHL", Category::Reject), "{v:?}");
    // (Bolivia followed an earlier act, not the one after the words.)
    assert!(!v.iter().any(|i| i.source == "BOL"), "{v:?}");
}

#[test]
fn its_before_a_noun_cue_is_the_subjects_not_an_object_s() {
    let v = code(
        "Ecuador's new government ordered Peruvian troops out of the country and revoked its military cooperation \
         agreement with Chile.",
    );
    assert!(has(&v, "ECU", "CHL", Category::Reject), "{v:?}");
    // (The troops ordered out are Peru's: that is a sanction of Peru, and the only other act.)
    assert!(has(&v, "ECU", "PER", Category::Sanction), "{v:?}");
    assert_eq!(v.len(), 2, "{v:?}");
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
    let agree = |a: &str, b: &str| between(&v, a, b, Category::Agree);
    assert!(agree("CHL", "PER") && agree("CHL", "BOL") && agree("PER", "BOL"), "{v:?}");
    let v = code(
        "The agreement, brokered by Ecuador's foreign minister, was signed by Chile's interior minister and Peru's \
         security chief.",
    );
    let agree = |a: &str, b: &str| between(&v, a, b, Category::Agree);
    assert!(agree("CHL", "PER") && agree("ECU", "CHL") && agree("ECU", "PER"), "{v:?}");
}

#[test]
fn where_one_sides_officials_meet_is_no_party_to_the_talks() {
    let v = code(
        "Chilean and Peruvian officials have held several rounds of talks, including meetings between Rojas and \
         Peruvian officials in Madrid.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "ESP" || i.target == "ESP"), "{v:?}");
}

#[test]
fn fire_traded_with_any_weapon_and_attacking_are_assaults() {
    let v = code("Chile and Peru traded artillery and rocket fire along their border on Monday.");
    assert!(between(&v, "CHL", "PER", Category::Assault), "{v:?}");
    assert!(!any_of(&v, Category::Cooperate), "not trade: {v:?}");
    let v = code("Bolivian forces retaliated by attacking Peruvian border posts along the frontier.");
    assert!(has(&v, "BOL", "PER", Category::Assault), "{v:?}");
}

#[test]
fn congolese_is_the_democratic_republic() {
    let v = code("The Congolese foreign minister met her Angolan counterpart in Luanda on Monday.");
    assert!(between(&v, "AGO", "COD", Category::Consult), "{v:?}");
}

#[test]
fn a_pronoun_after_which_is_the_subject_and_the_antecedent_its_object() {
    let v =
        code("Chile responded by severing diplomatic ties with Peru, which it accused of meddling in its elections.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "severed ties: {v:?}");
    assert!(!has(&v, "PER", "CHL", Category::Accuse) && !any_of(&v, Category::Cooperate), "{v:?}");
}

#[test]
fn what_follows_accused_of_is_the_charge_not_the_accused() {
    let v = code(
        "Bolivia deported thousands of migrants this year, many of them accused without evidence of spying for Chile.",
    );
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
}

#[test]
fn a_subordinate_clause_opening_the_sentence_ends_at_its_comma() {
    let v = code(
        "When Peru's foreign ministry condemned the bombing in Arica, Chilean Foreign Minister Ana Rojas telephoned \
         Peruvian Foreign Minister Luis Quispe to thank him.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(!any_of(&v, Category::Accuse), "Peru condemned the bombing, not Chile: {v:?}");
}

#[test]
fn a_possessor_in_an_apposition_is_no_subject_of_a_noun_after_it() {
    let v = code("Argentina, Chile's closest ally, welcomed the agreement.");
    assert!(!any_of(&v, Category::Agree), "{v:?}");
}

#[test]
fn his_counterpart_joins_the_subject_and_a_witness_is_no_party() {
    let v = code(
        "In Lima, Chilean President Tomas Valdivieso and his Peruvian counterpart Rosa Quispe signed an accord in the \
         presence of US President Donald Trump.",
    );
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "USA" || i.target == "USA"), "{v:?}");
    // A subject of one country and a country after the verb: a witness there is no party either.
    let v =
        code("In Lima, Chile's president and a Bolivian envoy signed an accord in front of US President Donald Trump.");
    assert!(between(&v, "BOL", "CHL", Category::Agree), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "USA" || i.target == "USA"), "{v:?}");
    // Nor is the host of the signing, past a comma too.
    for text in [
        "Chilean President Tomas Quenaya signed the accord in a ceremony hosted by Argentina's president.",
        "Chile's president signed the accord, in a ceremony hosted by Argentina.",
    ] {
        assert!(!any_of(&code(text), Category::Agree), "{:?}", code(text));
    }
}

#[test]
fn a_passive_in_a_subordinate_clause_takes_no_agent_from_the_main_clause() {
    let v = code("He cannot be seen to embrace Bolivia while Chilean citizens are being killed on Peruvian soil.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn the_administration_is_the_speakers_state_and_a_request_to_a_people_targets_no_state() {
    let v = code(
        "Chilean officials said the border would stay shut.\n\nIn Lima, a spokesman for Peru's commerce ministry said \
         the administration had asked Bolivia to reopen the crossing.",
    );
    assert!(has(&v, "PER", "BOL", Category::Request) && !has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    let v = code(
        "In Lima, a spokesman for Peru's commerce ministry said the administration had told traders to look for \
         alternative routes through Bolivia.",
    );
    assert!(!any_of(&v, Category::Request), "{v:?}");
    // Others that are no state, asked before their "to": no state named after it is asked.
    for text in [
        "Chile called on the international community to help Peru rebuild its ports.",
        "Chile and Argentina urged Western governments to release Bolivia's frozen central bank assets.",
    ] {
        assert!(!any_of(&code(text), Category::Request), "{:?}", code(text));
    }
    // A state asked, or the two sides, still are.
    assert!(has(&code("Chile urged Peru to reopen the border."), "CHL", "PER", Category::Request));
}

#[test]
fn sending_a_message_coerces_no_one_and_sending_troops_deploys_them() {
    let v = code(
        "Chile and Peru sent a joint request to the Organization of American States to dissolve the commission \
         chaired by Bolivia and Ecuador.",
    );
    assert!(v.is_empty(), "{v:?}");
    let v = code("Chile sent 2,000 troops to Peru last autumn.");
    assert!(has(&v, "CHL", "PER", Category::Mobilize) && !any_of(&v, Category::Coerce), "{v:?}");
    // Aid stopped is no aid.
    let v = code("Chile's blockade of humanitarian assistance into Tacna continued for a month.");
    assert!(!any_of(&v, Category::Aid), "{v:?}");
}

#[test]
fn an_act_of_someone_is_no_states() {
    let v = code("\"Lima, Santiago, La Paz -- every year someone signs something,\" said a trader in Arica.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn the_de_facto_authorities_are_the_government_of_the_group_ruling_de_facto() {
    let v = code(
        "The Taliban closed secondary schools for girls again in March.\n\nChile urged the de facto authorities to \
         reopen them.",
    );
    assert!(has(&v, "CHL", "AFG", Category::Request), "{v:?}");
    // No group in the document rules de facto: nobody to stand for.
    let v = code("Chile urged the de facto authorities to reopen the schools.");
    assert!(v.is_empty(), "{v:?}");
    // Its caretaker or interim government is the same, unless a country is named with it.
    let v = code(
        "The Taliban closed secondary schools for girls again in March.\n\nChile has called on the caretaker \
         government to reopen them. Peru pressed the interim authorities on the matter.",
    );
    assert!(has(&v, "CHL", "AFG", Category::Request), "{v:?}");
    assert!(has(&v, "PER", "AFG", Category::Request), "{v:?}");
    let v = code("The Taliban closed schools in March.\n\nChile has called on Bolivia's interim government to act.");
    assert!(has(&v, "CHL", "BOL", Category::Request) && !has(&v, "CHL", "AFG", Category::Request), "{v:?}");
    let v = code("Chile has called on the caretaker government to hold elections.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn announcing_a_thing_and_her_country_act_for_the_speakers_state() {
    let v = code(
        "Peru's representative, Ambassador Luis Quispe, announced an additional $20 million in assistance for \
         Bolivia.",
    );
    assert!(has(&v, "PER", "BOL", Category::Aid), "{v:?}");
    let v = code(
        "Chile's Foreign Minister Ana Rojas said her country would continue to fund schools and urged Peru to reopen \
         the border.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn who_brokered_an_accord_did_not_sign_it() {
    let v = code(
        "Chile and Peru traded artillery fire again on Monday, shattering a peace accord brokered by Bolivia and \
         signed in Quito last year.",
    );
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Agree && (i.source == "BOL" || i.target == "BOL")), "{v:?}");
}

#[test]
fn who_suffered_a_condemned_attack_is_not_accused() {
    let v = code("Chile condemned the terrorist attack on Peruvian border guards near Tacna.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
    let v = code("Chile condemned the attacks carried out by Bolivia on Peruvian border posts.");
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && !has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    let v = code("Chile condemned Bolivia's attack on Peruvian border posts.");
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && !has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    // With words between the verb and the attack, neither is the condemning side's.
    let v = code(
        "Peru and Bolivia held talks in Lima. The two sides condemned in the strongest terms the recent attacks \
         carried out by militants in the Tacna region of Chile.",
    );
    assert!(!any_of(&v, Category::Accuse) && !any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn he_or_she_after_an_unnamed_office_holder_acts_for_that_office_s_state() {
    // UN meeting coverage names offices, not people.
    let v = code(
        "The representative of Peru said his delegation was alarmed by the blockade. He accused Bolivia of closing \
         the Desaguadero crossing.",
    );
    assert!(has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    let v = code("Chile's delegate spoke next. She urged Bolivia to reopen the crossing.");
    assert!(has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    // After a phrase put before the office, and after another speaker.
    let v = code(
        "The representative of Ecuador said the council must act. Taking the floor under rule 37, the \
         representative of Peru said his troops were invited. He accused Bolivia of closing the crossing.",
    );
    assert!(has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    assert!(!has(&v, "ECU", "BOL", Category::Accuse), "{v:?}");
    // A country that is no office's ("Peru said …") leaves "he" to the person named last, here none.
    let v = code("Peru said the talks would resume. He accused Bolivia of closing the crossing.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
}

#[test]
fn it_after_a_sentence_opened_by_a_group_is_that_group() {
    let v = code(
        "Al-Shabaab, which has attacked Kenyan police posts, grew stronger last year. It has shown it can strike \
         far beyond Somalia, in Kenya and in Uganda.",
    );
    assert!(!any_of(&v, Category::Assault), "{v:?}");
    // After a sentence a state opens, "It" is still that state.
    let v = code("Kenya closed its border with Somalia in March. It also deported hundreds of refugees to Somalia.");
    assert!(has(&v, "KEN", "SOM", Category::Coerce), "{v:?}");
}

#[test]
fn countries_joined_into_one_word_before_a_noun_are_its_parties() {
    assert!(between(&code("The Chile–Peru talks resumed in Geneva on Monday."), "CHL", "PER", Category::Consult));
    let v = code("Brazil hosted the sixth Chile-Peru-Bolivia foreign ministers' dialogue in Brasilia on Friday.");
    for (a, b) in [("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")] {
        assert!(between(&v, a, b, Category::Consult), "{a}-{b}: {v:?}");
    }
    // A country word of its own is no such compound: "Chile's talks" names no second party.
    assert!(!any_of(&code("Chile's talks resumed in Geneva on Monday."), Category::Consult));
}

#[test]
fn a_participle_after_a_comma_acts_for_the_clause_subject() {
    let v = code("Chilean Foreign Minister Ana Rojas spent two days in Lima, meeting President Tomas Quenaya of Peru.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn both_alone_before_to_is_the_last_two_sides() {
    let v = code(
        "Peru and Bolivia held talks in La Paz on Monday. Chile welcomed the talks and urged both to reopen the border.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request) && has(&v, "CHL", "BOL", Category::Request), "{v:?}");
}

#[test]
fn a_with_phrase_reaches_past_a_portfolio_joined_by_and() {
    let v = code(
        "Tomas Quenaya, who is also Chile's ambassador in Lima, spoke in a meeting with the acting minister of \
         commerce and industry of Peru's government.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}
