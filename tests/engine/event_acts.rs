//! Acts read from a verb and what follows it, and the sides a group stands for: a reporting verb inside a relative
//! clause, a state's officials before "who", a list after "from", an objection, a proposal declined, an agreement
//! ended, working with another side, troops hosted, a recognition switched, an agreement of three welcomed, a line
//! that links countries, a small group of states that acts for each member, a mediator carrying proposals,
//! ties a speaker reports, a pronoun after "said … that", a visit expected, officials convened, and acts done
//! jointly.

use crate::events_common::{between, code, has, missing, unlinked};
use dossier::extract::Category;

#[test]
fn a_reporting_verb_in_a_relative_clause_leaves_the_antecedent_the_subject() {
    let v =
        code("Chile's President Quispe, who announced the accord before the mediators did, thanked Peru and Bolivia.");
    assert!(missing(&v, &["CHL"], &["PER", "BOL"], Category::Support).is_empty(), "{v:?}");
    // What the relative clause reports is not the antecedent's act.
    let v = code("Chile, which said the strikes were illegal, condemned Peru.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    assert!(!has(&v, "CHL", "PER", Category::Assault), "{v:?}");
}

#[test]
fn a_states_officials_before_a_relative_pronoun_act_in_its_clause() {
    let v = code("Chilean officials, who have pressed Lima to disclose the terms, said they were still studying them.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_list_after_from_owns_no_noun_cue_after_it() {
    let v = code("Peru recalled its ambassadors from Santiago, Quito and La Paz for consultations.");
    assert!(missing(&v, &["PER"], &["CHL", "ECU", "BOL"], Category::Sanction).is_empty(), "{v:?}");
    assert!(!v.iter().any(|i| i.category == Category::Consult), "{v:?}");
}

#[test]
fn an_objection_or_a_proposal_declined_is_a_rejection() {
    assert!(has(&code("Chile has objected to any Peruvian role in such a force."), "CHL", "PER", Category::Reject));
    let v = code("Bolivia declined a Chilean proposal for a security deal in 2024.");
    assert!(has(&v, "BOL", "CHL", Category::Reject), "{v:?}");
    // A figure that declined is no one's act.
    let v = code("Chile's exports to Peru declined 4 per cent in May.");
    assert!(!has(&v, "CHL", "PER", Category::Reject), "{v:?}");
}

#[test]
fn ending_an_agreement_with_a_side_rejects_it() {
    let v = code("Ecuador's President Noboa ended a 2011 policing arrangement with Peru in 2023.");
    assert!(has(&v, "ECU", "PER", Category::Reject), "{v:?}");
    // The compound noun is the cue's: the agreement ended is no agreement made.
    let v = code("Bolivia scrapped its defence cooperation agreement with Chile in November.");
    assert!(has(&v, "BOL", "CHL", Category::Reject), "{v:?}");
    assert!(!between(&v, "BOL", "CHL", Category::Agree), "{v:?}");
    // Ending what is no agreement rejects no one.
    assert!(!has(&code("The truce ended the war with Peru."), "CHL", "PER", Category::Reject));
}

#[test]
fn working_with_another_side_is_cooperation() {
    let v = code("Ecuador is working with Peru and Colombia on a new railway.");
    assert!(between(&v, "ECU", "PER", Category::Cooperate) && between(&v, "ECU", "COL", Category::Cooperate));
}

#[test]
fn hosting_another_states_forces_is_cooperation_but_not_in_a_charge() {
    let v = code("Ecuador has hosted Peruvian police officers in plain clothes since 2022.");
    assert!(between(&v, "ECU", "PER", Category::Cooperate), "{v:?}");
    assert!(!between(&v, "ECU", "PER", Category::Consult), "{v:?}");
    let v = code("Panama hosts American, Chilean and Peruvian military bases.");
    assert!(["USA", "CHL", "PER"].iter().all(|c| between(&v, "PAN", c, Category::Cooperate)), "{v:?}");
    let v = code("Bolivia accused Chile of hosting Peruvian troops.");
    assert!(!between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn a_recognition_switched_supports_the_new_side_and_rejects_the_old() {
    let v = code(
        "Honduras and Nicaragua switched recognition from Taipei to Beijing in 2023, and Panama followed in 2024.",
    );
    assert!(missing(&v, &["HND", "NIC", "PAN"], &["CHN"], Category::Support).is_empty(), "{v:?}");
    assert!(missing(&v, &["HND", "NIC"], &["TWN"], Category::Reject).is_empty(), "{v:?}");
    assert!(!v.iter().any(|i| i.target == "TWN" && i.category == Category::Support), "{v:?}");
}

#[test]
fn an_agreement_of_three_welcomed_is_support_for_each_party() {
    let v = code(
        "Chile, Peru and Bolivia signed a border agreement on Monday. Brazil, which keeps troops near Peru, welcomed \
         the agreement. Argentina said Buenos Aires \"respects and supports\" the deal.",
    );
    assert!(missing(&v, &["BRA", "ARG"], &["CHL", "PER", "BOL"], Category::Support).is_empty(), "{v:?}");
}

#[test]
fn a_line_linking_countries_is_their_cooperation() {
    let v = code("Construction started in May on a railway linking Chile, Bolivia and Peru.");
    assert!(unlinked(&v, &["CHL", "BOL", "PER"], Category::Cooperate).is_empty(), "{v:?}");
    // A line no country links is none.
    assert!(v.len() == 3 && code("Peru discussed the railway in May.").is_empty(), "{v:?}");
}

#[test]
fn a_small_group_of_states_acts_for_each_member_the_document_names() {
    let text = "France, Germany and the United Kingdom, known as the E3, notified the council. The E3 accused \
                Tehran of enriching uranium. Secretary of State Marco Rubio praised the E3 for its resolve.";
    let v = code(text);
    assert!(missing(&v, &["FRA", "DEU", "GBR"], &["IRN"], Category::Accuse).is_empty(), "{v:?}");
    assert!(missing(&v, &["USA"], &["FRA", "DEU", "GBR"], Category::Support).is_empty(), "{v:?}");
    // Not when the document does not name every member.
    let v = code("The E3 accused Tehran of enriching uranium, France said.");
    assert!(!v.iter().any(|i| i.source == "DEU" || i.source == "GBR"), "{v:?}");
}

#[test]
fn a_mediator_carrying_proposals_between_the_sides_meets_each() {
    let v = code("Brazilian diplomats spent the week carrying proposals between the Chilean and Peruvian delegations.");
    assert!(missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult).is_empty(), "{v:?}");
}

#[test]
fn ties_reported_by_a_speaker_are_the_speakers() {
    let v = code("A Chilean official said relations with Peru were \"more robust than ever\".");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    // A quoted verb in "-s" right after its subject is the subject's.
    let v = code("A spokesperson said Chile \"values its strong partnerships with both Peru and Bolivia\".");
    assert!(between(&v, "CHL", "PER", Category::Cooperate) && between(&v, "CHL", "BOL", Category::Cooperate));
    // Not a quoted noun after "as": "described the strikes as "acts of aggression"".
    let v = code("Chile described the strikes as \"acts of aggression\" by Peru.");
    assert!(!has(&v, "CHL", "PER", Category::Assault), "{v:?}");
}

#[test]
fn a_pronoun_after_said_that_is_the_speaker_past_a_date() {
    let v = code("Chile's President Quispe said on 26 July that he had spoken to Peru's president by telephone.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(has(&code("Chile said that it had recalled its envoy from Peru."), "CHL", "PER", Category::Sanction));
}

#[test]
fn a_visit_expected_or_officials_convened_are_meetings() {
    let v = code("Peru's foreign minister is expected in Santiago next week.");
    assert!(has(&v, "PER", "CHL", Category::Consult), "{v:?}");
    assert!(code("Growth is expected in Chile next year.").is_empty());
    let v = code("Brazil was separately convening Chilean and Peruvian officials on a trade framework.");
    assert!(missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult).is_empty(), "{v:?}");
}

#[test]
fn sides_acting_jointly_cooperate() {
    let v = code("Chile and Peru have jointly pledged to cover the costs of the new border post.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    // One side alone does nothing jointly.
    assert!(code("The programme is jointly funded by Chile.").is_empty());
}
