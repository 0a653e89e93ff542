//! Who takes part in talks and ties: states named by demonyms joined into one word ("the Chilean-Peruvian
//! talks"), a direct object beside a subject of two sides ("Chile and Peru met the Bolivian president"), who
//! leads a delegation, acts done to each other, a cue in short quotation marks, a noun's possessor, the sides that
//! brokers of a truce or talks meet, states joined in one word, and cues read past an adverb.

use crate::events_common::{any_of, between, code, has, missing};
use dossier::extract::Category;

#[test]
fn demonyms_joined_before_a_noun_of_talks_or_ties_name_the_states() {
    assert!(between(&code("Chilean-Peruvian talks resumed on Monday."), "CHL", "PER", Category::Consult));
    assert!(between(&code("The 2023 Chilean-Bolivian normalisation held."), "BOL", "CHL", Category::Agree));
    // Only before such a noun: a person of two nationalities is no meeting of their states.
    assert!(!any_of(&code("A Chilean-Peruvian journalist was arrested by the police."), Category::Coerce));
}

#[test]
fn a_direct_object_meets_each_side_of_the_subject() {
    for text in [
        "Chile and Peru met the Bolivian president on Monday.",
        "The foreign ministers of Chile and Peru met Bolivia's president.",
        "The foreign ministers of Chile and Peru met President Arce of Bolivia.",
    ] {
        let v = code(text);
        for (a, b) in [("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")] {
            assert!(between(&v, a, b, Category::Consult), "{a}-{b} in {text}: {v:?}");
        }
    }
    // A place after a preposition is where they met, and a broker of the truce is not a party to the accord.
    let v = code("Chile and Peru met in Brasilia on Monday.");
    assert!(!between(&v, "BRA", "CHL", Category::Consult), "{v:?}");
    let v = code("Chile and Peru signed a truce in the presence of Brazil's president.");
    assert!(!between(&v, "BRA", "CHL", Category::Agree), "{v:?}");
}

#[test]
fn who_leads_a_delegation_acts_for_whoever_sent_it() {
    let v = code(
        "The Chilean delegation was led by Ana Rojas, the deputy foreign minister. Peru's foreign minister, Luis \
         Quenaya, met Rojas on the sidelines.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Talks are no body of a state: their leader stays of no country.
    let v = code("The talks were led by Ana Rojas, the deputy foreign minister. Peru's foreign minister met Rojas.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn an_act_done_to_each_other_goes_both_ways() {
    for text in ["Chile and Peru expelled each other's diplomats.", "Chile and Peru have accused one another of lying."]
    {
        let v = code(text);
        let category = if text.contains("expelled") { Category::Sanction } else { Category::Accuse };
        assert!(has(&v, "CHL", "PER", category) && has(&v, "PER", "CHL", category), "{text}: {v:?}");
    }
    // Not without the reciprocal: "Chile and Peru accused Bolivia" is no accusation between the two.
    let v = code("Chile and Peru accused Bolivia of lying.");
    assert!(!between(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn a_short_quoted_cue_is_the_speakers_own_act() {
    let v = code("The foreign ministers of Chile and Peru expressed \"full solidarity\" with Bolivia on Monday.");
    assert!(has(&v, "CHL", "BOL", Category::Support) && has(&v, "PER", "BOL", Category::Support), "{v:?}");
    // A longer quotation, or one naming a side, is still a quote that ends the clause.
    let v = code("Chile condemned the strikes as a \"violation of Peru's sovereignty\" and accused Bolivia.");
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && !has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn a_possessor_owns_a_noun_cue_through_describing_words() {
    let v = code(
        "The Chilean envoy criticised Peru, saying Bolivia's \"cruel sanctions\" were to blame for the suffering \
         of the Ecuadorian people.",
    );
    assert!(!has(&v, "CHL", "ECU", Category::Sanction), "{v:?}");
    let v = code("Peru's repeated air strikes on Bolivia drew protests.");
    assert!(has(&v, "PER", "BOL", Category::Assault), "{v:?}");
}

#[test]
fn who_brokers_a_truce_meets_the_two_sides_last_seen_without_meeting_the_other_broker() {
    for text in [
        "Chile and Peru clashed along the border last week. Brazil and Uruguay brokered a truce in Montevideo.",
        "Last month, after Chilean jets struck targets in Lima, the fighting spread before Brazil and Uruguay \
         brokered a truce in Montevideo.",
    ] {
        let v = code(text);
        let missed = missing(&v, &["BRA", "URY"], &["CHL", "PER"], Category::Consult);
        assert!(missed.is_empty(), "{missed:?} in {text}: {v:?}");
        // The brokers did not meet each other, nor the state of the venue, nor did the jets broker anything.
        assert!(!between(&v, "BRA", "URY", Category::Consult), "{text}: {v:?}");
        assert!(!has(&v, "CHL", "URY", Category::Consult), "{text}: {v:?}");
    }
    // The sides must be recent: a truce brokered long after any pair met names no one.
    let v = code(
        "Chile and Peru clashed along the border. The region is dry. Its rivers are low. Farmers are worried. Crops \
         failed. Brazil brokered a truce.",
    );
    assert!(!has(&v, "BRA", "CHL", Category::Consult), "{v:?}");
}

#[test]
fn talks_mediated_by_a_state_are_its_meetings_with_their_parties() {
    let v = code("Chile and Peru met in Quito in May. The talks, mediated by Ecuador, ended without result.");
    let missed = missing(&v, &["ECU"], &["CHL", "PER"], Category::Consult);
    assert!(missed.is_empty(), "{missed:?}: {v:?}");
    let v = code(
        "Chile and Peru clashed last week. Delegations from both countries were expected in the Ecuadorian capital \
         for talks mediated by Ecuador and Colombia.",
    );
    let missed = missing(&v, &["ECU", "COL"], &["CHL", "PER"], Category::Consult);
    assert!(missed.is_empty(), "{missed:?}: {v:?}");
    assert!(!between(&v, "COL", "ECU", Category::Consult), "{v:?}");
}

#[test]
fn states_joined_in_one_word_are_one_group() {
    for (text, targets) in [
        ("Bolivia condemned the Chilean-Peruvian strikes on its border posts.", ["CHL", "PER"]),
        ("Bolivia denounced the ongoing US-Chilean exercises as a rehearsal for war.", ["USA", "CHL"]),
    ] {
        let v = code(text);
        let missed = missing(&v, &["BOL"], &targets, Category::Accuse);
        assert!(missed.is_empty(), "{missed:?} in {text}: {v:?}");
    }
}

#[test]
fn a_cue_reads_past_an_adverb_and_a_second_with_phrase() {
    let v = code("Chile is coordinating closely with the Peruvian authorities and with the Bolivian side.");
    for side in ["PER", "BOL"] {
        assert!(between(&v, "CHL", side, Category::Cooperate), "CHL-{side}: {v:?}");
    }
    // A broker named in a passive after an auxiliary: "That meeting was facilitated by Brazil".
    let v = code("Chile and Peru met in Quito. That meeting was facilitated by Brazil.");
    let missed = missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult);
    assert!(missed.is_empty(), "{missed:?}: {v:?}");
}

#[test]
fn a_sentence_that_ends_on_a_cue_or_a_verb_of_saying_is_read_to_its_end() {
    let v = code("Chile and Peru clashed on the border. Brazil brokered talks");
    assert!(has(&v, "BRA", "CHL", Category::Consult), "{v:?}");
    let v = code("\"We urge Bolivia to release the prisoners,\" Chile's foreign minister said");
    assert!(has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    // Cut short right after the noun, its auxiliary or its participle: the document is still read (a panic would
    // lose it whole).
    for end in ["The talks", "The talks were", "The talks, mediated"] {
        let text = format!("Chile and Peru met in Quito. {end}");
        let v = code(&text);
        assert!(between(&v, "CHL", "PER", Category::Consult), "{text}: {v:?}");
    }
}

#[test]
fn a_countrys_forces_named_by_it_act_for_its_state() {
    for text in [
        "The Malawi Defence Force held joint drills with Zambia last week.",
        "The Malawian Coast Guard held joint exercises with Zambia on Lake Kariba.",
    ] {
        let v = code(text);
        assert!(between(&v, "MWI", "ZMB", Category::Cooperate), "{text}: {v:?}");
    }
    // Named by its country, a body that is not one of its forces is no act of the state.
    let v = code("The Malawi Tobacco Association held talks with Zambia last week.");
    assert!(!between(&v, "MWI", "ZMB", Category::Consult), "{v:?}");
}

#[test]
fn sides_joined_before_which_are_all_its_antecedent() {
    let v = code("Chile and Peru, which both reject the new tariffs, were briefed on Monday.");
    assert!(!any_of(&v, Category::Reject), "{v:?}");
    let v = code("Chile and Peru, which accused Bolivia of smuggling, tightened checks.");
    for side in ["CHL", "PER"] {
        assert!(has(&v, side, "BOL", Category::Accuse), "{side}: {v:?}");
    }
}

#[test]
fn joint_exercises_and_complaints_are_coded() {
    let v = code("Chilean and Peruvian troops held a joint exercise near Arica.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    let v = code("Chile complained that Peru had closed the border.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn a_clause_of_time_inside_another_leaves_its_subject_and_objects_alone() {
    // The main verb after the comma is the antecedent's, not the side in the clause of time.
    let v = code("Chile, which lost its base after Bolivia's army expelled the garrison, is negotiating with Peru.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(!between(&v, "BOL", "PER", Category::Consult), "{v:?}");
    // And the act in the clause of time has no object past its comma.
    let v = code("Chile, which lost its base after Bolivia's army expelled them, is negotiating with Peru.");
    assert!(!has(&v, "BOL", "PER", Category::Sanction), "{v:?}");
    let v = code("Chile protested after Bolivia's army crossed the river, accusing Peru of helping it.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}

#[test]
fn each_word_of_a_list_joining_countries_is_a_meeting_its_host_attends() {
    let v = code("Brazil has hosted separate Chilean-Peruvian and Chilean-Bolivian meetings in Brasilia.");
    for (a, b) in [("BRA", "CHL"), ("BRA", "PER"), ("BRA", "BOL"), ("CHL", "PER"), ("BOL", "CHL")] {
        assert!(between(&v, a, b, Category::Consult), "{a}-{b}: {v:?}");
    }
    // The two words are two meetings: their other parties did not meet.
    assert!(!between(&v, "BOL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn the_state_people_are_removed_from_removes_them() {
    let v = code("Peru, whose troops were expelled from Chile, Bolivia and Ecuador in 2020, has shifted to training.");
    for remover in ["CHL", "BOL", "ECU"] {
        assert!(has(&v, remover, "PER", Category::Sanction), "{remover}: {v:?}");
    }
    let v = code("Thousands of Bolivians have been deported from Chile this year.");
    assert!(has(&v, "CHL", "BOL", Category::Coerce), "{v:?}");
    // Only in the passive, and only from a state.
    assert!(!any_of(&code("Peru's ambassador was expelled from the meeting in Lima."), Category::Sanction));
}

#[test]
fn a_state_ordering_another_sides_people_out_sanctions_it() {
    let v = code("Bolivia's junta ordered Chilean troops out in 2024.");
    assert!(has(&v, "BOL", "CHL", Category::Sanction), "{v:?}");
    let v = code("Peru ordered the Chilean ambassador to leave the country within 72 hours.");
    assert!(has(&v, "PER", "CHL", Category::Sanction), "{v:?}");
    // Not its own troops out of a place, nor an order of anything else.
    assert!(!any_of(&code("Chile's president ordered Chilean troops out of Bolivia."), Category::Sanction));
    assert!(!any_of(&code("The court ordered an inquiry into Peru's role."), Category::Sanction));
}

#[test]
fn a_country_joined_to_a_participle_of_where_is_no_actor() {
    let v = code("Lima-based Andes Freight, a Peru-registered carrier, said it had suspended calls at Arica.");
    assert!(!any_of(&v, Category::Sanction), "{v:?}");
    let v = code("Peru-based Andes Freight accused Chile of blocking its trucks.");
    assert!(!has(&v, "PER", "CHL", Category::Accuse), "{v:?}");
}

#[test]
fn a_protest_is_made_to_the_state_after_to() {
    let v = code("Chile, for its part, has protested to Bolivia over the new dam.");
    assert!(has(&v, "CHL", "BOL", Category::Protest), "{v:?}");
}

#[test]
fn a_second_verb_in_the_passive_has_its_first_verbs_subject() {
    let v = code(
        "Peru, which signed a treaty with Bolivia in 2024 and has been accused by Chile of smuggling arms, said …",
    );
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
}

#[test]
fn a_pronoun_after_a_phrase_of_time_is_the_state_the_last_sentence_opened_with() {
    let v = code(
        "Peru, which still recognises Bolivia's claim to the coast, has tried to stay neutral. But in February it \
         signed a power agreement with Chile.",
    );
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
    assert!(!between(&v, "BOL", "CHL", Category::Agree), "{v:?}");
}
