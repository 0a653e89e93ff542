//! Who owns an act named by a noun or a closed border, and whom a later sentence recalls: a state before the
//! weapons or the name of its act, arms handed over, a force of two words, a border named by its state's
//! adjective, a matter raised with a leader, "He and …" opening a sentence, a family name first, the parties of
//! the last agreement rather than of the last talks, a side's act called a threat, one person in two spellings,
//! and a base kept in another state.

use crate::events_common::{between, code, has, missing};
use dossier::extract::Category;

#[test]
fn a_state_before_the_weapons_of_an_attack_owns_it() {
    for text in [
        "Chilean missile strikes on Tacna killed four people.",
        "Repeated Chilean missile and drone strikes on the ports around Tacna raised insurance costs.",
    ] {
        let v = code(text);
        assert!(has(&v, "CHL", "PER", Category::Assault), "{text}: {v:?}");
    }
    // Drones are fired too.
    assert!(has(&code("Chile launched drones at Lima overnight."), "CHL", "PER", Category::Assault));
}

#[test]
fn states_joined_in_one_word_before_the_name_of_their_act_are_its_parties() {
    let v = code("Peru closed the border during the joint Chilean-Bolivian Condor-2026 exercises.");
    assert!(between(&v, "CHL", "BOL", Category::Cooperate), "{v:?}");
    // A named side between them is no name of an act.
    let v = code("Peru watched the Chilean Bolivia talks.");
    assert!(!between(&v, "CHL", "BOL", Category::Consult), "{v:?}");
}

#[test]
fn weapons_delivered_to_a_state_are_aid_and_its_air_force_is_the_state() {
    let v = code("Santiago delivered Condor drones to the Bolivian air force in 2024.");
    assert!(has(&v, "CHL", "BOL", Category::Aid), "{v:?}");
    // A speech delivered is still no act.
    assert!(
        code("Santiago delivered a speech to the Bolivian parliament.").iter().all(|i| i.category != Category::Aid)
    );
}

#[test]
fn warships_from_a_list_of_states_are_the_states() {
    let v = code("Minehunters from Chile, Peru and Ecuador have operated together since July.");
    for (a, b) in [("CHL", "PER"), ("CHL", "ECU"), ("PER", "ECU")] {
        assert!(between(&v, a, b, Category::Cooperate), "{a}-{b}: {v:?}");
    }
}

#[test]
fn a_crossing_on_a_states_border_kept_closed_coerces_it() {
    let v = code("Lima has kept the Tacna crossing on the Chilean border closed to passenger traffic since March.");
    assert!(has(&v, "PER", "CHL", Category::Coerce), "{v:?}");
    // Its border guards closing a crossing close nothing against another state.
    let v = code("Peru said Chilean border guards closed the crossing.");
    assert!(!has(&v, "PER", "CHL", Category::Coerce), "{v:?}");
}

#[test]
fn a_matter_raised_with_a_leader_is_a_consultation() {
    let v =
        code("President Ana Quispe of Peru raised the idea with Chilean President Tomas Vidal in a telephone call.");
    assert!(between(&v, "PER", "CHL", Category::Consult), "{v:?}");
    assert!(code("Peru raised tariffs on Chilean copper.").iter().all(|i| i.category != Category::Consult));
}

#[test]
fn he_joined_to_a_named_leader_is_the_person_named_last() {
    let v = code(
        "Peruvian President Ana Quispe hosted the forum in Lima. Chilean President Tomas Vidal was the only head of \
         state to attend. He and Quispe signed a memorandum on police training.",
    );
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
}

#[test]
fn a_family_name_first_names_its_holder_after_any_word() {
    let v = code(
        "Chinese Foreign Minister Xi Wenbo met Peruvian Foreign Minister Ana Quispe in Lima. Later, Chile's envoy \
         met Quispe and Xi separately.",
    );
    assert!(missing(&v, &["CHL"], &["PER", "CHN"], Category::Consult).is_empty(), "{v:?}");
}

#[test]
fn the_agreement_welcomed_is_the_last_one_signed_not_the_last_talks() {
    let v = code(
        "Chile and Peru signed a border agreement on Monday. Bolivian and Chilean officials held talks in La Paz, and \
         Bolivia's president discussed the process with Peru's envoy. Washington also welcomed the agreement.",
    );
    assert!(missing(&v, &["USA"], &["CHL", "PER"], Category::Support).is_empty(), "{v:?}");
    assert!(!has(&v, "USA", "BOL", Category::Support), "{v:?}");
}

#[test]
fn a_sides_act_called_a_threat_is_an_accusation() {
    let v = code("Peru's foreign minister called the Chilean deployment \"a threat to the peace of our region\".");
    assert!(has(&v, "PER", "CHL", Category::Accuse), "{v:?}");
    // Naming something a success, or a threat to a side, accuses no one; "calls on" is still a request.
    assert!(code("Peru called the meeting with Chile a success.").iter().all(|i| i.category != Category::Accuse));
    assert!(code("Peru called the deal a threat to Bolivia.").iter().all(|i| i.category != Category::Accuse));
    assert!(has(&code("Peru calls on Chile to withdraw."), "PER", "CHL", Category::Request));
}

#[test]
fn a_person_named_in_two_spellings_acts_for_one_state() {
    let v = code(
        "Peruvian President Rosa Huamanchumo met Chilean officials on Monday. Later, Bolivian President Luis Arce \
         and Rosa Huamanchoumo pledged to deepen security cooperation.",
    );
    assert!(between(&v, "BOL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn a_base_kept_in_another_state_is_cooperation_with_it() {
    let v = code("Chile keeps its largest foreign army base in Bolivia and a naval station near Tacna.");
    assert!(has(&v, "CHL", "BOL", Category::Cooperate), "{v:?}");
    assert!(has(&code("Peru maintains a naval base in Ecuador."), "PER", "ECU", Category::Cooperate));
    // Records kept are no base.
    assert!(
        code("Chile keeps records of Peruvian visitors at its border posts.")
            .iter()
            .all(|i| i.category != Category::Cooperate)
    );
}
