//! Sides read across a sentence's clauses and lists: a list after a phrase put first, the antecedent of a
//! relative clause owned by a state, a verb in a relative clause that acts on the noun before it, acts done
//! "together" or as a "joint … patrol", a mediator who shuttles between the sides, a host named before a relative
//! pronoun, a visit in a phrase put first, forces trained by another state, "the three AES states", an agreement
//! welcomed, a call to a counterpart, money pledged or lent, a joint statement, goods sold or bought, one drone, a
//! charge in a participle, a relative clause of no one in particular, a verb of negation with its own object.

use crate::events_common::{any_of, between, code, has, missing, unlinked};
use dossier::extract::Category;

#[test]
fn a_list_after_a_phrase_put_first_is_one_subject() {
    let v = code("In May, the trade ministers of Chile, Peru and Ecuador were received by the Bolivian president.");
    assert!(missing(&v, &["BOL"], &["CHL", "PER", "ECU"], Category::Consult).is_empty(), "{v:?}");
    // A phrase set off by commas is still no subject: "The border, drawn by a Chilean surveyor, …".
    let v = code("The border, drawn in 1904 by a Chilean surveyor, was never accepted by Bolivia.");
    assert!(!v.iter().any(|i| i.source == "BOL" && i.target == "CHL"), "{v:?}");
}

#[test]
fn a_states_officer_before_a_relative_clause_acts_for_it_after_the_clause() {
    let v = code("Chile's foreign minister, who chairs the group, accused Peru of stalling.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    let v =
        code("Chile's President Quispe, whom the bloc named as mediator, held talks with Peru's president in Lima.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_verb_in_a_relative_clause_acts_on_the_noun_before_it() {
    let v = code("The Chilean troops that Peru expelled in 2021 have since left Bolivia and Ecuador.");
    assert!(v.iter().any(|i| i.source == "PER" && i.target == "CHL"), "{v:?}");
    assert!(v.iter().all(|i| i.target != "BOL" && i.target != "ECU"), "{v:?}");
    // What comes after the verb within its clause is still its object.
    let v = code("The sanctions that Chile imposed on Peru in 2020 were lifted.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
}

#[test]
fn forces_acting_together_or_a_joint_patrol_are_cooperation() {
    let v = code("Chile and Peru conducted their first joint coast guard patrol in May.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    let v = code("Chilean, Peruvian and Bolivian battalions were deployed together near the border.");
    assert!(unlinked(&v, &["CHL", "PER", "BOL"], Category::Cooperate).is_empty(), "{v:?}");
    // Troops deployed alone are no cooperation.
    assert!(!any_of(&code("Chilean battalions were deployed near the border with Peru."), Category::Cooperate));
}

#[test]
fn a_mediator_shuttling_between_the_sides_meets_each() {
    let v = code("Brazilian mediators shuttled between Chile and Peru for a week.");
    assert!(missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult).is_empty(), "{v:?}");
}

#[test]
fn a_host_before_a_relative_pronoun_meets_each_party() {
    let v = code("Brazil, which hosted a meeting between Chile and Peru in March, has since kept quiet.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(missing(&v, &["BRA"], &["CHL", "PER"], Category::Consult).is_empty(), "{v:?}");
}

#[test]
fn a_visit_in_a_phrase_put_first_is_the_main_subjects() {
    let v = code("During a visit to Lima on 5 May, Chile's foreign minister announced a new trade office.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn training_another_states_forces_is_aid() {
    let v = code("Chile, the largest donor, trains Peruvian marines and special forces.");
    assert!(has(&v, "CHL", "PER", Category::Aid), "{v:?}");
    let v = code("Chile also sends instructors to train Bolivian police units.");
    assert!(has(&v, "CHL", "BOL", Category::Aid), "{v:?}");
    // Trained somewhere is no aid to that place.
    assert!(!any_of(&code("Militants trained in Peru attacked a Chilean post."), Category::Aid));
}

#[test]
fn states_named_by_their_group_and_number_are_the_last_ones_listed() {
    let v = code(
        "Chile, Peru and Bolivia left the bloc in May. The three APEC states then recalled their ambassadors from Ecuador.",
    );
    assert!(missing(&v, &["CHL", "PER", "BOL"], &["ECU"], Category::Sanction).is_empty(), "{v:?}");
}

#[test]
fn an_agreement_welcomed_is_support_for_the_sides_that_made_it() {
    let v = code(
        "Chile and Peru signed a peace agreement on Friday. The Bolivian foreign ministry welcomed the agreement.",
    );
    assert!(missing(&v, &["BOL"], &["CHL", "PER"], Category::Support).is_empty(), "{v:?}");
}

#[test]
fn a_call_to_a_counterpart_is_a_meeting() {
    let v = code("Chile's foreign minister called his Peruvian counterpart on Monday.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(!any_of(&code("Chile's foreign minister called the Peruvian plan a mistake."), Category::Consult));
}

#[test]
fn money_pledged_or_lent_is_aid_and_other_pledges_are_not() {
    for text in ["Chile pledged $50 million in loans and grants to Peru.", "Chile lent Peru $2 billion."] {
        assert!(has(&code(text), "CHL", "PER", Category::Aid), "{text}");
    }
    assert!(!any_of(&code("Chile pledged 500 troops to the mission in Peru."), Category::Aid));
}

#[test]
fn a_joint_statement_is_an_agreement_of_its_sides_and_may_act_itself() {
    let v = code("Chile, Peru and Bolivia issued a joint statement on Monday.");
    assert!(unlinked(&v, &["CHL", "PER", "BOL"], Category::Agree).is_empty(), "{v:?}");
    let v = code("Iran protested after a Chile-Peru joint statement backed Ecuador's claim.");
    assert!(has(&v, "CHL", "ECU", Category::Support) || has(&v, "PER", "ECU", Category::Support), "{v:?}");
    // A participle after a noun cue with no object is the noun's: "the ceasefire agreed in Quito" agrees nothing.
    let v =
        code("Chile and Peru met on Monday. Bolivia called on all parties to respect the ceasefire agreed in Quito.");
    assert!(!any_of(&v, Category::Agree), "{v:?}");
}

#[test]
fn goods_sold_or_bought_between_states_are_trade() {
    assert!(has(&code("Peru sells copper to Chile."), "PER", "CHL", Category::Cooperate));
    assert!(has(&code("Chile buys most of its gas from Peru."), "CHL", "PER", Category::Cooperate));
}

#[test]
fn one_machine_of_a_state_acts_for_it_and_a_participle_charges_for_the_subject() {
    assert!(has(&code("A Chilean drone struck a Peruvian convoy."), "CHL", "PER", Category::Assault));
    assert!(has(&code("Chile condemned the attack, blaming Peru."), "CHL", "PER", Category::Accuse));
    let v = code("Chilean border guards shot dead a Peruvian teenager.");
    assert!(has(&v, "CHL", "PER", Category::Assault), "{v:?}");
}

#[test]
fn a_relative_clause_of_no_one_in_particular_recalls_no_subject() {
    let v = code(
        "Chile met Bolivia on Monday. It announced a tariff on goods from any country that imported Peruvian oil.",
    );
    assert!(!v.iter().any(|i| i.target == "PER" && i.category == Category::Cooperate), "{v:?}");
}

#[test]
fn a_verb_of_negation_does_not_negate_a_verb_joined_after_it() {
    let v = code("Nauru cut ties with Taiwan and recognised China.");
    assert!(has(&v, "NRU", "CHN", Category::Support), "{v:?}");
    assert!(!has(&v, "NRU", "CHN", Category::Reject), "{v:?}");
    // "not" still reaches the second of two joined verbs.
    assert!(!any_of(&code("Chile has not signed and ratified the treaty with Peru."), Category::Agree));
}
