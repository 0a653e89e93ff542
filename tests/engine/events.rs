//! Event coding on invented sentences: categories, direction, clauses, negation, modality. Who acts across
//! sentences (pronouns, anaphors, state bodies, office holders) is in `event_actors.rs`.

use crate::events_common::{any_in_sentence, any_of, code, has};
use dossier::extract::Category;

#[test]
fn a_meeting_between_officials_is_symmetric() {
    let v = code("Chilean Foreign Minister Ana Rojas met her Peruvian counterpart in Lima on Tuesday.");
    assert!(
        v.iter().any(|i| i.category == Category::Consult
            && i.symmetric
            && ((i.source == "CHL" && i.target == "PER") || (i.source == "PER" && i.target == "CHL"))),
        "{v:?}"
    );
}

#[test]
fn accusations_have_a_direction() {
    let v = code("Pakistan accused Afghanistan of sheltering militants.");
    assert!(has(&v, "PAK", "AFG", Category::Accuse), "{v:?}");
    assert!(!has(&v, "AFG", "PAK", Category::Accuse));
}

#[test]
fn a_reporting_verb_starts_a_new_clause() {
    let v = code("US officials said militant groups based in Syria attacked Jordan and Iraq.");
    assert!(v.is_empty(), "the officials report; they do not attack: {v:?}");
}

#[test]
fn non_recognition_is_a_rejection() {
    let v = code("June 2, 2023\nKazakhstan has not recognised the Taliban government.");
    assert!(has(&v, "KAZ", "AFG", Category::Reject), "{v:?}");
    assert!(!any_of(&v, Category::Support));
}

#[test]
fn hypothetical_events_are_flagged() {
    let v = code("Brazil could recognise Kosovo next year, officials in Brasilia suggested.");
    assert!(v.iter().all(|i| i.hypothetical), "{v:?}");
}

#[test]
fn a_coordinated_subject_meets_as_a_whole() {
    let v = code("Senior diplomats from Chile, Peru and Bolivia met in Santiago to discuss lithium.");
    let pairs: std::collections::BTreeSet<(String, String)> = v
        .iter()
        .filter(|i| i.category == Category::Consult)
        .map(|i| (i.source.to_string(), i.target.to_string()))
        .collect();
    assert_eq!(pairs.len(), 3, "{pairs:?}");
}

#[test]
fn non_state_actors_are_not_their_country() {
    let v = code("The Baloch Liberation Army attacked Chinese engineers in Pakistan.");
    assert!(v.is_empty(), "an armed group is not Pakistan's state: {v:?}");
}

#[test]
fn participants_refer_back_to_the_meeting() {
    let v = code("Envoys from Egypt and Jordan met in Amman. Participants urged Israel to reopen the crossings.");
    assert!(has(&v, "EGY", "ISR", Category::Request) && has(&v, "JOR", "ISR", Category::Request), "{v:?}");
}

#[test]
fn sanctions_eased_or_lifted_are_a_concession() {
    let v = code("The United States eased sanctions on Venezuela. Canada lifted sanctions against Iran.");
    assert!(has(&v, "USA", "VEN", Category::Concede), "{v:?}");
    assert!(has(&v, "CAN", "IRN", Category::Concede), "{v:?}");
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    let v = code("Canada imposed sanctions on Iran.");
    assert!(has(&v, "CAN", "IRN", Category::Sanction), "{v:?}");
}

#[test]
fn both_sides_after_a_cue_are_the_parties_of_the_last_meeting() {
    let v = code("Chile and Peru held talks in Quito. Ecuador praised both sides.");
    assert!(has(&v, "ECU", "CHL", Category::Support), "{v:?}");
    assert!(has(&v, "ECU", "PER", Category::Support), "{v:?}");
    // The speaker is not one of the parties it speaks of.
    let v = code("Chile and Peru held talks in Quito. Chile praised both sides.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "CHL" && i.target == "CHL"), "{v:?}");
}

#[test]
fn phone_calls_are_consultations() {
    let v = code(
        "The Chilean president phoned his Argentine counterpart. \
         Peru's foreign minister spoke by phone with Bolivia's.",
    );
    assert!(
        v.iter().any(|i| i.category == Category::Consult && i.symmetric && [&i.source, &i.target] == ["ARG", "CHL"]),
        "{v:?}"
    );
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["BOL", "PER"]), "{v:?}");
}

#[test]
fn a_talks_phrase_takes_its_owner_after_it_only_when_it_opens_the_clause() {
    let v = code("In a meeting with Peru on Monday, Chile pledged closer ties.");
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["CHL", "PER"]), "{v:?}");
    let v = code("Bank officials agreed to open talks with Peru, after Chilean negotiators left the room.");
    assert!(!v.iter().any(|i| i.source == "CHL" || i.target == "CHL"), "Chile did not talk with Peru: {v:?}");
}

#[test]
fn a_relative_clause_does_not_lend_its_actors_to_the_main_verb() {
    let v = code("Peru, which has close ties with Chile, later accused Bolivia of smuggling.");
    assert!(has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn blocking_or_vetoing_an_action_is_not_taking_it() {
    let v = code("Ecuador blocked an aid package for Peru. Colombia vetoed a statement criticising Venezuela.");
    assert!(!v.iter().any(|i| matches!(i.category, Category::Aid | Category::Accuse)), "{v:?}");
}

#[test]
fn a_comma_and_a_new_subject_start_a_new_clause() {
    // The first clause's request reaches no one in the second; the mediator's offer has no target.
    let v = code(
        "Chile and Peru had both called for calm during the protests, and Peruvian minister Ana Rojas offered to mediate.",
    );
    assert!(!has(&v, "CHL", "PER", Category::Request), "{v:?}");
    let v = code(
        "Argentina and Chile lifted their bans on the group in 2021, and Bolivia has hosted its leaders in La Paz.",
    );
    assert!(!v.iter().any(|i| (i.source == "ARG" || i.source == "CHL") && i.target == "BOL"), "{v:?}");
    // The last comma of a list is not a clause boundary.
    let v = code("Ecuador, Colombia, and Brazil called on Venezuela to release the prisoners.");
    for source in ["ECU", "COL", "BRA"] {
        assert!(has(&v, source, "VEN", Category::Request), "{source}: {v:?}");
    }
}

#[test]
fn a_trailing_then_does_not_make_forces_former() {
    let v = code("Moroccan forces then attacked Algerian positions along the frontier.");
    assert!(has(&v, "MAR", "DZA", Category::Assault), "{v:?}");
}

#[test]
fn a_subject_with_both_sides_takes_no_third_party_after_a_symmetric_verb() {
    let v = code("Peru and Chile agreed to a truce on Sunday after talks in Quito mediated by Ecuador and Brazil.");
    assert!(v.iter().any(|i| i.category == Category::Agree && i.source == "CHL" && i.target == "PER"), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Agree && (i.target == "ECU" || i.target == "BRA")), "{v:?}");
    // "Both sides" in the next sentence are the parties, not a mediator.
    let v = code(
        "Peru and Chile agreed to a truce on Sunday after talks in Quito mediated by Ecuador.\n\nBoth sides agreed to meet again in Lima.",
    );
    assert!(!v.iter().any(|i| i.sentence == 1 && (i.source == "ECU" || i.target == "ECU")), "{v:?}");
}

#[test]
fn the_two_sides_condemning_an_attack_on_one_of_them_is_not_an_attack_between_them() {
    let v = code(
        "Moroccan and Mauritanian ministers met in Rabat on Monday.\n\nIn a joint statement, the two sides condemned the attack in Moroccan-administered Dakhla.",
    );
    assert!(!any_in_sentence(&v, 1), "{v:?}");
}

#[test]
fn taking_a_sanction_back_is_a_concession() {
    let v = code(
        "In May, Brazil's Supreme Court suspended the group's designation as a terrorist organisation.\n\nThe group is based in Paraguay.",
    );
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    let v = code("Argentina removed Bolivia from its list of banned trading partners last year.");
    assert!(has(&v, "ARG", "BOL", Category::Concede), "{v:?}");
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    // A suspension that takes nothing back stays a sanction.
    let v = code("Argentina suspended trade with Bolivia on Friday.");
    assert!(!any_of(&v, Category::Concede), "{v:?}");
    // The listing word may follow the sanction cue ("Banned List").
    let v = code("Argentina Removes Bolivian Army From Banned List\n\nThe decision was announced on Friday.");
    assert!(has(&v, "ARG", "BOL", Category::Concede), "{v:?}");
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
}

#[test]
fn a_second_verb_of_the_same_subject_keeps_its_sides() {
    let v = code("The Malian government accused Ukraine of supporting rebels and severed diplomatic relations.");
    assert!(has(&v, "MLI", "UKR", Category::Sanction), "{v:?}");
    assert!(!has(&v, "UKR", "MLI", Category::Sanction), "{v:?}");
}

#[test]
fn followed_suit_repeats_the_last_act_with_a_new_side() {
    let v = code("Mali severed diplomatic relations with Ukraine on Sunday, and Niger followed suit within a week.");
    assert!(has(&v, "MLI", "UKR", Category::Sanction), "{v:?}");
    assert!(has(&v, "NER", "UKR", Category::Sanction), "{v:?}");
}

#[test]
fn an_anti_or_pro_word_is_not_the_side_itself() {
    let v = code("The Chilean president backs the anti-Peruvian alliance in the north.");
    assert!(!has(&v, "CHL", "PER", Category::Support), "{v:?}");
}

#[test]
fn clashes_need_named_sides() {
    let v = code("Border guards of Chile and Bolivia clashed near the salt flats.");
    assert!(any_of(&v, Category::Assault), "{v:?}");
    let v = code(
        "The leaders of Chile, Peru and Bolivia met in Arica.\n\nThe three leaders pledged to share water, an issue that has fuelled clashes between villages for years.",
    );
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn aid_halted_or_cut_is_not_aid() {
    let v = code("Chile faces cuts in humanitarian aid after Peru halted most of its foreign assistance.");
    assert!(!any_of(&v, Category::Aid), "{v:?}");
}

#[test]
fn an_act_a_verb_judges_belongs_to_its_owner_not_to_the_judge() {
    let v = code("Chile condemned the Peruvian strikes on Bolivian villages.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(has(&v, "PER", "BOL", Category::Assault), "{v:?}");
    assert!(!has(&v, "CHL", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn a_whose_clause_lends_no_subject_to_a_meeting() {
    let v = code(
        "Minister Ana Rojas, whose party was accused of ties with Peru's intelligence service, met the Bolivian foreign minister in Sucre.",
    );
    assert!(!v.iter().any(|i| i.source == "PER" || i.target == "PER"), "{v:?}");
}

#[test]
fn a_clause_after_a_meeting_keeps_its_own_subject() {
    let v = code(
        "Chile's president spoke by phone with the Peruvian president about the port, and Santiago welcomed Bolivia's offer of talks.",
    );
    assert!(has(&v, "CHL", "BOL", Category::Support), "{v:?}");
    assert!(!has(&v, "PER", "BOL", Category::Support), "{v:?}");
}

#[test]
fn ties_with_a_country_are_the_clause_subjects_not_every_country_before() {
    let v = code(
        "Brazil held joint exercises with Uruguayan and Paraguayan troops near the Argentine border, even as it deepened its own ties with Caracas.",
    );
    assert!(v.iter().any(|i| i.category == Category::Cooperate && i.source == "BRA" && i.target == "VEN"), "{v:?}");
    assert!(!v.iter().any(|i| i.target == "VEN" && (i.source == "URY" || i.source == "PRY")), "{v:?}");
}

#[test]
fn a_demand_reaches_the_subject_of_its_that_clause() {
    let v = code(
        "The spokesperson said Santiago had demanded that the Bolivian authorities take action against the smugglers.",
    );
    assert!(has(&v, "CHL", "BOL", Category::Request), "{v:?}");
}

#[test]
fn a_side_of_one_country_reaches_past_its_own_capital() {
    let v = code("Peruvian jets struck what Lima described as rebel camps in Leticia and Puerto Nariño.");
    assert!(has(&v, "PER", "COL", Category::Assault), "{v:?}");
}

#[test]
fn both_countries_long_after_they_last_met_are_the_documents_main_pair() {
    let v = code(
        "Chile accused Bolivia of shelling its border posts.\n\nBolivia denied the accusation.\n\nChile closed two crossings.\n\nThe violence spread along the frontier.\n\nThe death toll rose to twelve.\n\nPeru and Argentina expressed concern over the escalation.\n\nThe Argentine foreign minister urged both countries to show restraint.",
    );
    assert!(has(&v, "ARG", "CHL", Category::Request) && has(&v, "ARG", "BOL", Category::Request), "{v:?}");
    assert!(!has(&v, "ARG", "PER", Category::Request), "{v:?}");
}

#[test]
fn goods_sent_are_aid_and_people_sent_are_coerced() {
    let v = code("Chile sent 20,000 tonnes of wheat to Bolivia, and Peru did the same.");
    assert!(has(&v, "CHL", "BOL", Category::Aid) && has(&v, "PER", "BOL", Category::Aid), "{v:?}");
    assert!(!any_of(&v, Category::Coerce), "{v:?}");
    let v = code("Chilean police sent hundreds of Bolivian migrants to Bolivia last month.");
    assert!(has(&v, "CHL", "BOL", Category::Coerce), "{v:?}");
}

#[test]
fn a_passive_with_an_agent_turns_the_sides_round() {
    let v = code("Peruvian posts were attacked by Chilean forces on Monday.");
    assert!(has(&v, "CHL", "PER", Category::Assault) && !has(&v, "PER", "CHL", Category::Assault), "{v:?}");
    let v = code("The Bolivian ambassador was expelled by Chile on Friday.");
    assert!(has(&v, "CHL", "BOL", Category::Sanction) && !has(&v, "BOL", "CHL", Category::Sanction), "{v:?}");
}

#[test]
fn a_former_government_is_not_the_last_state_that_acted() {
    let v = code(
        "Britain's envoy said the restrictions were unacceptable.\n\nThe seat is held by a representative of the former government, who is not recognised by Lima.",
    );
    assert!(!any_in_sentence(&v, 1), "{v:?}");
}

#[test]
fn a_second_verb_ends_the_first_verbs_object() {
    let v = code(
        "Chile's envoy urged the international community to engage with the new rulers and criticised Peru for its withdrawal.",
    );
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn its_envoy_acts_for_the_country_before_it() {
    let v =
        code("Chile, a non-permanent member, voted in favour but its envoy Ana Rojas accused Peru of failing to act.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn ties_said_to_worsen_are_no_cooperation() {
    let v = code("Relations between Lima and Santiago have since deteriorated.");
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
    let v = code("Strained relations between Peru and Chile worried investors.");
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
}

#[test]
fn a_country_word_before_an_act_owns_it() {
    let v =
        code("Ties soured in October, when Peruvian air strikes hit Arica and the two sides fought along the border.");
    assert!(has(&v, "PER", "CHL", Category::Assault), "{v:?}");
}

#[test]
fn mediators_in_a_by_phrase_are_not_the_subject_of_a_later_verb() {
    let v = code(
        "Talks in Quito mediated by Ecuador and Brazil collapsed after Peru accused the Chilean delegation of stalling.",
    );
    assert!(has(&v, "PER", "CHL", Category::Accuse), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Accuse && (i.source == "ECU" || i.source == "BRA")), "{v:?}");
    // With no one after them, supporters in a "by" phrase act too.
    let v = code("Peruvian and Chilean aircraft, supported by Ecuador and Colombia, struck rebel camps in Bolivia.");
    assert!(has(&v, "PER", "BOL", Category::Assault) && has(&v, "ECU", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn a_family_name_first_is_the_person_when_it_acts() {
    let v = code(
        "Chinese Foreign Minister Wang Yi met Peru's foreign minister in Lima.\n\nPeru urged Chile to act, while Wang called on Bolivia to open its ports.",
    );
    assert!(has(&v, "CHN", "BOL", Category::Request), "{v:?}");
}

#[test]
fn a_requests_object_acts_in_its_infinitive() {
    let v =
        code("He thanked Lima for its investments in the port and asked Santiago to stop deporting Bolivian migrants.");
    assert!(has(&v, "CHL", "BOL", Category::Coerce), "{v:?}");
    assert!(!v.iter().any(|i| i.source == "PER"), "the object of the first verb acts in neither: {v:?}");
}

#[test]
fn a_reopened_crossing_is_a_concession_and_exports_are_cooperation() {
    let v = code("Chile reopened the Colchane crossing with Bolivia on Sunday after a two-week closure.");
    assert!(has(&v, "CHL", "BOL", Category::Concede), "{v:?}");
    let v = code("Peru resumed gas exports to Chile last month.");
    assert!(has(&v, "PER", "CHL", Category::Cooperate), "{v:?}");
}

#[test]
fn a_charge_rebutted_after_a_comma_is_rejected_by_its_own_subject() {
    let v = code("Santiago accused Lima of arming the rebels, a charge the Peruvian foreign ministry dismissed.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(has(&v, "PER", "CHL", Category::Reject), "{v:?}");
}

#[test]
fn participants_calling_on_one_of_them_are_the_others() {
    let v = code(
        "A Bolivian delegation attended the talks in Lima alongside representatives of Chile, Peru and Ecuador.\n\nThe participants issued a joint statement calling on Bolivia to hold elections.",
    );
    for source in ["CHL", "PER", "ECU"] {
        assert!(has(&v, source, "BOL", Category::Request), "{source}: {v:?}");
    }
}

#[test]
fn a_comma_and_a_subject_and_an_irregular_past_start_a_clause() {
    let v = code(
        "Santiago has urged neighbouring capitals to coordinate their approach, and the Andean Defence Council \
         held exercises in Bolivia near the Peruvian border.",
    );
    assert!(!has(&v, "CHL", "BOL", Category::Request), "the exercises are another clause: {v:?}");
}

#[test]
fn allowing_a_country_something_is_a_concession_and_a_demand_in_an_infinitive_a_request() {
    let v = code("La Paz later allowed Peru to open a consulate in Santa Cruz.");
    assert!(has(&v, "BOL", "PER", Category::Concede), "{v:?}");
    let v = code("Chile sent its deputy minister to Lima to demand that Peru release the fishermen.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn visits_denials_exchanges_of_fire_and_courtesy_calls() {
    let v = code("Chilean Foreign Minister Ana Rojas arrived in Lima on Saturday on a day-long visit.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    let v = code("Lima accuses La Paz of diverting the river. The Bolivian authorities deny the charge.");
    assert!(has(&v, "BOL", "PER", Category::Reject), "{v:?}");
    let v = code("Chilean and Peruvian border guards exchanged fire near the Chacalluta crossing.");
    assert!(any_of(&v, Category::Assault), "{v:?}");
    let v = code("The crossing reopened after exchanges of fire between Chilean and Peruvian troops.");
    assert!(any_of(&v, Category::Assault), "{v:?}");
    // "called on" a person without asking anything is a visit; "called on X to …" a request.
    let v = code("The Chilean ambassador called on Peruvian Foreign Minister Elmer Schialer and discussed trade.");
    assert!(!any_of(&v, Category::Request) && any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn a_relative_clause_between_commas_ends_at_its_closing_comma() {
    let v = code("Bolivian President Rodrigo Paz, who seized the initiative in a crisis, has deepened ties with Lima.");
    assert!(!any_of(&v, Category::Coerce), "Lima is not what was seized: {v:?}");
    assert!(has(&v, "BOL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn before_or_after_with_a_subject_and_a_verb_opens_a_clause_of_its_own() {
    let v = code("Bolivia tested a new rocket hours before President Ana Rojas of Chile arrived in Lima, Peru.");
    assert!(!v.iter().any(|i| i.source == "BOL"), "Bolivia did not arrive: {v:?}");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // A phrase ("after talks") opens none: the talks are the subject's.
    let v = code("Chile and Peru agree to a truce after talks in Quito");
    assert!(any_of(&v, Category::Consult), "{v:?}");
    // Nor does a participle with its agent ("mediated by"): the mediator still met the parties.
    let v = code("Chile and Peru agreed to a truce after a round of talks in Quito mediated by Ecuador.");
    assert!(v.iter().any(|i| i.category == Category::Consult && (i.source == "ECU" || i.target == "ECU")), "{v:?}");
}

#[test]
fn words_traded_at_a_forum_are_accusations_and_people_expelled_are_coerced() {
    let v = code("Chile, Peru trade barbs over the border at the UN");
    assert!(any_of(&v, Category::Accuse) && !any_of(&v, Category::Cooperate), "{v:?}");
    let v = code("Chile and Peru clashed at the United Nations Security Council over the maritime border.");
    assert!(any_of(&v, Category::Accuse) && !any_of(&v, Category::Assault), "{v:?}");
    let v = code("Chile has expelled hundreds of thousands of undocumented Peruvians since 2023.");
    assert!(has(&v, "CHL", "PER", Category::Coerce) && !any_of(&v, Category::Sanction), "{v:?}");
    let v = code("Chile expelled the Peruvian ambassador.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
    let v = code("Santiago has hosted Peruvian refugees for four decades.");
    assert!(!any_of(&v, Category::Consult), "refugees are not a state: {v:?}");
}

#[test]
fn receiving_someone_is_a_meeting_and_receiving_goods_is_not() {
    let v = code("Bolivian President Rodrigo Paz received Chilean Foreign Minister Ana Rojas in La Paz.");
    assert!(has(&v, "BOL", "CHL", Category::Consult), "{v:?}");
    let v = code("Bolivia received 20,000 tonnes of wheat from Chile.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn troubled_relations_are_no_cooperation_and_a_relationship_makes_a_pair() {
    let v = code("Relations between Lima and Santiago have been the most troubled.");
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
    let v = code(
        "Lima and Santiago clashed at sea. Bolivia's relationship with Peru is transactional. The two governments \
         cooperate on trade but disagree over water.",
    );
    let pair = |a: &str, b: &str| v.iter().any(|i| i.sentence == 2 && [&i.source, &i.target] == [a, b]);
    assert!(pair("BOL", "PER") && !pair("CHL", "PER"), "{v:?}");
}

#[test]
fn water_cannon_and_ramming_at_sea_are_attacks() {
    let v = code("Chile's coastguard has fired water cannon at a Peruvian supply boat near the disputed reef.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
    let v = code("A Chilean patrol vessel rammed a Peruvian fishing boat on Sunday.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
}

#[test]
fn an_attack_warned_of_is_not_the_warners_and_reluctance_negates() {
    let v = code("The United States had publicly warned of an imminent attack in Lima two weeks earlier.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
    let v = code("Quito, which remains hostile to the junta, has been reluctant to share intelligence with Lima.");
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
}

#[test]
fn a_participle_used_as_an_adjective_is_no_event() {
    let v = code("In May, Chilean jets struck alleged rebel camps in Peru, an operation that Lima condemned.");
    assert!(!has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    // As a verb it still accuses.
    let v = code("Chile alleged that Peru had armed the rebels.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn a_second_verb_after_an_auxiliary_ends_the_first_verbs_object() {
    let v =
        code("Chile hosts thousands of Peruvian migrants and has repeatedly called on La Paz to protect all workers.");
    assert!(has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn the_subject_of_a_passive_without_its_agent_does_not_act() {
    let v = code("If Lima is accused of arming the rebels, Santiago is their most loyal patron.");
    assert!(!any_of(&v, Category::Accuse), "{v:?}");
    // With its agent, the agent acts on the subject.
    let v = code("Lima was accused by Santiago of arming the rebels.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn rejecting_a_thing_is_not_rejecting_the_last_accuser() {
    let v = code(
        "The Chilean foreign ministry accused Peru of stoking tensions. Bolivia has refused to recognize that ruling.",
    );
    assert!(!any_of(&v, Category::Reject), "{v:?}");
    // Rejecting the accusations answers the accuser.
    let v = code("The Chilean foreign ministry accused Peru of stoking tensions. Lima rejected the accusations.");
    assert!(has(&v, "PER", "CHL", Category::Reject), "{v:?}");
}

#[test]
fn tested_relations_are_no_cooperation_and_authorities_in_a_capital_join_a_group() {
    let v = code(
        "Chilean troops killed three armed men who crossed the border, the latest of several incidents that have \
         tested relations between Santiago and Lima.",
    );
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
    let v = code("It was the highest-level meeting between Santiago and the de facto authorities in La Paz.");
    assert!(v.iter().any(|i| i.category == Category::Consult && [&i.source, &i.target] == ["BOL", "CHL"]), "{v:?}");
}

#[test]
fn a_fronted_phrase_ends_at_its_comma() {
    let v = code(
        "Lima made its opposition clear: during Bolivian President Ana Rojas's visit, a Peruvian spokesperson \
         warned against deals with Chile.",
    );
    assert!(!has(&v, "BOL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn condemning_an_attack_on_a_countrys_people_accuses_the_attackers_not_the_country() {
    let v = code("Chile strongly condemns the terrorist attack on a convoy of Peruvian engineers near Arica.");
    assert!(!has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    // The owner of the attack is still accused.
    let v = code("Chile condemned the Bolivian strikes on Peruvian villages.");
    assert!(has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn an_extradition_is_judicial_cooperation_not_a_coercion_of_the_receiving_state() {
    let v = code("In March, Chile arrested Tomas Quenaya, a smuggler accused of fraud, and extradited him to Peru.");
    assert!(has(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    assert!(!any_of(&v, Category::Coerce), "{v:?}");
}

#[test]
fn a_negation_reaches_its_cue_through_any() {
    let v = code("Since then, Chile has not carried out any publicly acknowledged strikes in Peru.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}
