//! What a cue word means in its sentence: condolences sent to a country, a reception in the passive, hosting
//! troops, ties said to be poor, a mission or a border closed.

use crate::events_common::{any_of, between, code, has};
use dossier::extract::Category;

#[test]
fn condolences_and_solidarity_support_who_receives_them() {
    let v = code("Chile's foreign ministry has sent condolences to Peru after the floods.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    let v = code("Bolivian President Luis Arce sent a message of condolence to Peruvian President Tomas Quenaya.");
    assert!(has(&v, "BOL", "PER", Category::Support), "{v:?}");
    // Aid sent to a country is still aid, not support.
    let v = code("Chile sent 300 tonnes of food aid to Peru.");
    assert!(!any_of(&v, Category::Support), "{v:?}");
}

#[test]
fn a_reception_in_the_passive_is_a_meeting_with_its_by_phrase() {
    let v = code("Chile's foreign minister was received in Lima by Peruvian President Tomas Quenaya on Monday.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Hosting troops or refugees is no meeting.
    let v = code("Bolivia accused Peru of hosting Chilean troops near the border.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
    let v = code("Peru hosted Chilean Foreign Minister Ana Rojas in Lima.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn ties_said_to_be_poor_are_no_cooperation() {
    assert!(!any_of(&code("Relations between Chile and Peru are at a low point."), Category::Cooperate));
    assert!(!any_of(&code("Relations between Santiago and Lima have been poor since 2024."), Category::Cooperate));
    assert!(any_of(&code("Chile and Peru agreed to deepen their relations."), Category::Cooperate));
}

#[test]
fn a_country_in_iran_aligned_does_not_act() {
    let v = code("The Peru-aligned rebels said they attacked shipping in solidarity with Bolivia.");
    assert!(v.is_empty(), "{v:?}");
    let v = code("Chile closed the frontier in solidarity with Bolivia.");
    assert!(has(&v, "CHL", "BOL", Category::Support), "{v:?}");
}

#[test]
fn a_backed_plan_is_still_the_backer_s() {
    let v = code("Bolivia rejected the Peru-backed truce on Monday.");
    assert!(has(&v, "BOL", "PER", Category::Reject), "{v:?}");
    let v = code("The Peru-backed Tupac Front seized the border town of Colchane in Chile.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn a_participle_after_a_conjunction_of_time_acts_for_the_clause_subject() {
    let v = code(
        "Chilean Foreign Minister Ana Rojas repeated the demand in Geneva after meeting her Peruvian counterpart.",
    );
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    // Where a demand is repeated is not whom it asks.
    assert!(!has(&v, "CHL", "CHE", Category::Request), "{v:?}");
    let v = code("Chile called for a ceasefire in Peru.");
    assert!(!any_of(&v, Category::Request), "{v:?}");
    // A noun after "after" is still a noun: "after talks" names no second party here.
    let v = code("Chile reopened the border after talks.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn a_passive_reception_reaches_its_by_phrase_past_the_day() {
    let v = code("The Chilean envoy was received on Tuesday in Lima by Peruvian Foreign Minister Ana Quispe.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn a_quoted_concern_keeps_the_subject_of_the_next_verb() {
    let v = code("Japan said it was \"gravely concerned\" and urged Seoul and Pyongyang to show restraint.");
    assert!(has(&v, "JPN", "KOR", Category::Request), "{v:?}");
    assert!(has(&v, "JPN", "PRK", Category::Request), "{v:?}");
    let v =
        code("India, which has ties with both capitals, said it was \"worried\" and asked Riyadh and Tehran to talk.");
    assert!(has(&v, "IND", "SAU", Category::Request), "{v:?}");
    assert!(has(&v, "IND", "IRN", Category::Request), "{v:?}");
}

#[test]
fn goods_delivered_are_aid_and_a_speech_delivered_is_nothing() {
    let v = code("Turkey has delivered 3,000 tonnes of flour to Syria and Lebanon.");
    assert!(has(&v, "TUR", "SYR", Category::Aid), "{v:?}");
    assert!(has(&v, "TUR", "LBN", Category::Aid), "{v:?}");
    let v = code("The Turkish president delivered a speech to Syrian lawmakers in Ankara.");
    assert!(v.is_empty(), "{v:?}");
    // Weapons sent are (military) aid, not coercion.
    let v = code("Belarus sent weapons to Russia.");
    assert!(has(&v, "BLR", "RUS", Category::Aid), "{v:?}");
}

#[test]
fn hosting_foreign_bases_is_no_meeting() {
    let v = code("Bamako accuses Dakar of hosting French military \"bases\" used to train rebels.");
    assert!(has(&v, "MLI", "SEN", Category::Accuse), "{v:?}");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn a_region_s_adjective_is_no_country() {
    let v = code("Managua expelled diplomats from several Latin American countries, including Costa Rica and Panama.");
    assert!(has(&v, "NIC", "CRI", Category::Sanction), "{v:?}");
    assert!(has(&v, "NIC", "PAN", Category::Sanction), "{v:?}");
    assert!(!v.iter().any(|i| i.target == "USA"), "{v:?}");
}

#[test]
fn a_headline_s_clauses_joined_by_commas_have_their_own_subjects() {
    let v = code("Turkish jets strike Qamishli, Iran bombs Erbil\n\nMore follows.");
    assert!(has(&v, "TUR", "SYR", Category::Assault), "{v:?}");
    assert!(has(&v, "IRN", "IRQ", Category::Assault), "{v:?}");
    assert!(!between(&v, "TUR", "IRN", Category::Assault), "{v:?}");
}

#[test]
fn a_claim_in_apposition_ends_the_clause_of_the_act_claimed() {
    let v = code(
        "Moscow suggested that Kyiv and Western services were behind the attack, a claim Kyiv and Paris rejected.",
    );
    assert!(!any_of(&v, Category::Assault), "{v:?}");
    assert!(has(&v, "FRA", "RUS", Category::Reject), "{v:?}");
}

#[test]
fn a_rejection_without_object_does_not_reach_past_a_joined_verb() {
    let v = code("Bamako would never again accept foreign tutelage and thanked Moscow for its wheat.");
    assert!(!any_of(&v, Category::Reject), "{v:?}");
    assert!(has(&v, "MLI", "RUS", Category::Support), "{v:?}");
    let v = code("Bamako would \"never again accept foreign tutelage\" and thanked Moscow for its wheat.");
    assert!(!any_of(&v, Category::Reject), "{v:?}");
    // A hostile verb joined after it names whose report is rejected.
    let v = code("Berlin rejected the report as baseless and summoned the Austrian envoy.");
    assert!(has(&v, "DEU", "AUT", Category::Reject), "{v:?}");
}

#[test]
fn a_call_by_telephone_or_video_link_is_a_meeting_with_its_with_phrase() {
    let v = code("Chilean President Ana Rojas raised the matter with Peruvian President Tomas Quenaya by telephone.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    let v = code("Bolivia's president spoke to the Chilean president by video link.");
    assert!(between(&v, "BOL", "CHL", Category::Consult), "{v:?}");
    // A statement made by phone meets no one.
    let v = code("The Peruvian minister told reporters by phone that Lima would respond.");
    assert!(!any_of(&v, Category::Consult), "{v:?}");
}

#[test]
fn countries_along_with_the_subject_act_with_it_and_a_passive_by_the_three_countries_recalls_them() {
    let v = code("Chile, along with Peru, Bolivia and Ecuador, has called on Argentina to release the detainees.");
    for c in ["CHL", "PER", "BOL", "ECU"] {
        assert!(has(&v, c, "ARG", Category::Request), "{c}: {v:?}");
    }
    let v = code(
        "Chile remained committed to the Chile-Peru-Bolivia railway, noting that a framework agreement had been \
         signed by the three countries in Lima.",
    );
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
    assert!(between(&v, "PER", "BOL", Category::Agree), "{v:?}");
}

#[test]
fn freezing_assets_is_a_sanction_and_being_in_touch_a_meeting() {
    let v = code("Chile froze about $2 billion of Peruvian central bank assets after the coup.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
    let v = code("Chile said it would continue to press Peru to release the detainees.");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // "press" and "pressing" alone are no request.
    let v = code("The Chilean press criticised Peru's decision. Bolivia discussed pressing issues with Peru.");
    assert!(!any_of(&v, Category::Request), "{v:?}");
    let v = code("Chile was in touch with the Peruvian side throughout the crisis.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    let v = code("Bolivia has expanded contacts with Peru since 2021.");
    assert!(between(&v, "BOL", "PER", Category::Consult), "{v:?}");
}

#[test]
fn aid_withheld_is_a_sanction_by_whoever_withholds_it() {
    let v = code("Chile would pause new bilateral financial aid to Peru.");
    assert!(has(&v, "CHL", "PER", Category::Sanction) && !any_of(&v, Category::Aid), "{v:?}");
    let v = code("Chile cut aid to Bolivia after the coup.");
    assert!(has(&v, "CHL", "BOL", Category::Sanction) && !any_of(&v, Category::Aid), "{v:?}");
    // The speaker's government is the speaker's state.
    let v = code("The representative of Chile announced that her Government would withhold development aid from Peru.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
    // Aid given is still aid.
    let v = code("Chile sent humanitarian aid to Peru.");
    assert!(has(&v, "CHL", "PER", Category::Aid), "{v:?}");
}

#[test]
fn a_line_named_by_its_countries_is_cooperation_a_message_passed_a_contact_normalised_ties_an_accord() {
    let v = code("Lima has expanded its footprint with the Peru-Chile-Bolivia railway, on which work began in May.");
    for (a, b) in [("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")] {
        assert!(between(&v, a, b, Category::Cooperate), "{a}-{b}: {v:?}");
    }
    let v = code("The Chile-Argentina gas pipeline was agreed in 2009. Bolivia bombed the pipeline in Peru.");
    assert!(between(&v, "CHL", "ARG", Category::Cooperate), "{v:?}");
    assert!(!between(&v, "BOL", "PER", Category::Cooperate), "{v:?}");
    let v = code("Chile conveyed to Peru that the border would stay open.");
    assert!(has(&v, "CHL", "PER", Category::Consult), "{v:?}");
    for text in ["The 2023 Chile-Peru normalisation was welcomed.", "Chile normalised relations with Peru in 2023."] {
        assert!(between(&code(text), "CHL", "PER", Category::Agree), "{text}");
    }
}

#[test]
fn headline_tenses_and_plain_words_for_the_same_acts_are_cues() {
    for (text, source, target, category) in [
        ("Chile accuses Peru of meddling in its elections.", "CHL", "PER", Category::Accuse),
        ("Chile warns Peru against joining the alliance.", "CHL", "PER", Category::Threaten),
        ("Chile imposes tariffs on Peruvian steel.", "CHL", "PER", Category::Sanction),
        ("Chile expels Peruvian ambassador.", "CHL", "PER", Category::Sanction),
        ("Chile deploys troops to Bolivia.", "CHL", "BOL", Category::Mobilize),
        ("Chilean troops massed near the border with Peru.", "CHL", "PER", Category::Mobilize),
        ("Chilean jets hit targets in Peru overnight.", "CHL", "PER", Category::Assault),
        ("Chile vowed retaliation against Peru.", "CHL", "PER", Category::Threaten),
        ("Beijing lodged stern representations with Tokyo.", "CHN", "JPN", Category::Accuse),
        ("Egypt congratulated Sudan on the anniversary.", "EGY", "SDN", Category::Support),
        ("Japan extended a $2 billion loan to Indonesia.", "JPN", "IDN", Category::Aid),
    ] {
        assert!(has(&code(text), source, target, category), "{text}: {:?}", code(text));
    }
    assert!(between(&code("Japan and South Korea sign a new defence pact."), "JPN", "KOR", Category::Agree));
}

#[test]
fn an_ambassador_called_home_is_a_sanction() {
    for text in ["Chile recalled its ambassador from Peru.", "Chile withdrew its ambassador from Peru on Monday."] {
        let v = code(text);
        assert!(has(&v, "CHL", "PER", Category::Sanction), "{text}: {v:?}");
        assert!(!any_of(&v, Category::Retreat), "{text}: {v:?}");
    }
    // The accused's title before "of" still makes it the one who acted in the charge.
    let v = code(
        "Chile and Peru recalled their ambassadors from Bolivia, accusing the Bolivian army of shooting down a \
         Chilean drone.",
    );
    assert!(has(&v, "PER", "BOL", Category::Sanction) && has(&v, "PER", "BOL", Category::Accuse), "{v:?}");
    assert!(has(&v, "BOL", "CHL", Category::Assault) && !has(&v, "PER", "CHL", Category::Assault), "{v:?}");
}

#[test]
fn an_agreement_only_proposed_and_a_blow_without_force_are_no_events() {
    assert!(!any_of(&code("Chile and Peru proposed in May a three-month truce."), Category::Agree));
    assert!(!any_of(&code("Chile and Peru sought a deal on the border."), Category::Agree));
    assert!(between(&code("Chile and Peru agreed a three-month truce."), "CHL", "PER", Category::Agree));
    for text in [
        "Peru's economy has been hit hard by Chilean sanctions.",
        "Relations between Chile and Peru hit a new low.",
        "Peru's refusal to extradite the suspect angered Chile.",
        "Chile, Peru and Bolivia have failed to agree on the dam's operation.",
    ] {
        let v = code(text);
        let none = [Category::Assault, Category::Cooperate, Category::Agree];
        assert!(none.iter().all(|c| !any_of(&v, *c)), "{text}: {v:?}");
    }
}

#[test]
fn whom_a_sanction_falls_on_is_its_object_and_forces_sent_are_deployed() {
    // "over the conflict" is why, not whom: a minister sanctioned is a sanction on his state.
    let v = code("The United States sanctioned a Peruvian minister over the conflict.");
    assert!(has(&v, "USA", "PER", Category::Sanction) && !any_of(&v, Category::Coerce), "{v:?}");
    let v = code("Chile expelled hundreds of Peruvian migrants.");
    assert!(has(&v, "CHL", "PER", Category::Coerce), "{v:?}");
    let v = code("A Chilean police contingent was sent to Haiti under a UN mandate.");
    assert!(has(&v, "CHL", "HTI", Category::Mobilize) && !any_of(&v, Category::Coerce), "{v:?}");
}

#[test]
fn closing_a_mission_sanctions_its_state_and_closing_anything_else_is_no_event() {
    for (text, target) in [
        ("The new authorities in La Paz have shut the Chilean embassy.", "CHL"),
        ("Bolivia, which closed its embassy in Santiago in 2021, reopened it in May.", "CHL"),
        ("Bolivia closes its consulates in Chile and Peru.", "CHL"),
    ] {
        let v = code(text);
        assert!(has(&v, "BOL", target, Category::Sanction), "{text}: {v:?}");
    }
    for text in [
        "Bolivia closed the gap with Chile in the rankings.",
        "Bolivia shut its factories after Chilean imports rose.",
        "Bolivia closed the session with a speech on Peru.",
    ] {
        let v = code(text);
        assert!(!any_of(&v, Category::Sanction), "{text}: {v:?}");
    }
}

#[test]
fn a_border_said_to_be_closed_is_closed_by_its_owner_to_the_other_side() {
    for text in [
        "Chile's northern border with Peru has now been closed for two years.",
        "Chile also keeps most crossings with Peru closed.",
        "Chile closed two crossings with Peru on Monday.",
    ] {
        let v = code(text);
        assert!(has(&v, "CHL", "PER", Category::Coerce), "{text}: {v:?}");
    }
    // Not when denied, and a deal closed is no border.
    assert!(code("Chile's border with Peru has not been closed.").is_empty());
    assert!(!any_of(&code("Chile closed the deal with Peru."), Category::Coerce));
}

#[test]
fn a_dispute_settled_with_another_side_is_an_agreement() {
    let v = code("Chile settled its last border quarrel with Peru in 2022.");
    assert!(between(&v, "CHL", "PER", Category::Agree), "{v:?}");
    // Refugees who settled somewhere agreed nothing.
    assert!(code("Thousands of Venezuelan refugees settled in Chile, Peru said.").is_empty());
}

#[test]
fn trade_stopped_is_a_sanction_and_goods_bought_are_cooperation() {
    let v = code("Chile began importing Peruvian gas last year.");
    assert!(has(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
    let v = code("Chile answered by suspending imports of Peruvian fruit.");
    assert!(has(&v, "CHL", "PER", Category::Sanction), "{v:?}");
    assert!(!any_of(&v, Category::Cooperate), "{v:?}");
    // What a verb of sanction stops is no act of its own, nor is a treaty suspended an agreement.
    let v =
        code("Lima retaliated by suspending its friendship treaty with Santiago and freezing most imports from Chile.");
    assert!(has(&v, "PER", "CHL", Category::Sanction), "{v:?}");
    assert!(!any_of(&v, Category::Cooperate) && !any_of(&v, Category::Agree), "{v:?}");
}

#[test]
fn navies_sailing_together_cooperate() {
    let v = code("On 7 March Chile, Peru and Ecuador held a multilateral maritime cooperative activity off Arica.");
    for (a, b) in [("CHL", "PER"), ("CHL", "ECU"), ("ECU", "PER")] {
        assert!(between(&v, a, b, Category::Cooperate), "{a}-{b}: {v:?}");
    }
}

#[test]
fn goods_flown_in_are_aid_and_co_hosts_cooperate() {
    let v = code("A Chilean delegate said Santiago had flown 40 planeloads of food and medicine to Tacna this year.");
    assert!(has(&v, "CHL", "PER", Category::Aid), "{v:?}");
    assert!(!any_of(&code("The Chilean minister flew to Lima on Monday and back the next day."), Category::Aid));
    let v = code("He referred to the stalled talks co-hosted by Chile and Peru.");
    assert!(between(&v, "CHL", "PER", Category::Cooperate), "{v:?}");
}

#[test]
fn a_call_with_a_side_is_a_meeting_and_a_complaint_targets_its_that_clause() {
    let v = code("Chile's president held a call with Peru's foreign minister on Monday.");
    assert!(between(&v, "CHL", "PER", Category::Consult), "{v:?}");
    assert!(!any_of(&code("Chile and Peru heeded the call of the UN."), Category::Consult));
    let v = code("The Chilean government complained that Peruvian research vessels had surveyed its waters.");
    assert!(has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
}
