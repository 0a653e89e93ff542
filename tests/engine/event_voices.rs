//! Whose voice a sentence is in: an official text's first person, an official's turn in a transcript or an
//! interview (a spokesperson named in the heading, a dateline capital for an office named without its country),
//! the office of "its" state, the speaker of a quotation.

use crate::events_common::{any_of, code, has};
use dossier::extract::Category;

#[test]
fn the_first_person_of_an_official_text_is_the_state_its_heading_names() {
    let release = "Press Release No. 41 — Ministry of Foreign Affairs of Chile\n\nSantiago, 3 May\n\n\
                   We condemn the decision of Bolivia to close the border crossing at Colchane. We urge Peru to \
                   reopen the talks on the Tacna railway, and my Government stands ready to host them. \"We \
                   denounce the lies of Lima,\" a Bolivian minister told reporters on Friday.";
    let v = code(release);
    assert!(has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // A "we" inside quotation marks is the speaker's, not the ministry's.
    assert!(!has(&v, "CHL", "PER", Category::Accuse), "{v:?}");
    // News has no such heading: its "we" stays no one's.
    let news = "Bolivia closes border\n\nWe condemn the decision of Bolivia to close the border crossing at \
                Colchane. We urge Peru to reopen the talks.";
    assert!(code(news).is_empty(), "{:?}", code(news));
    // A joint statement speaks for more than one state, and a text's first sentence ends its heading.
    let joint = "Joint Statement of the Ministries of Foreign Affairs of Chile and Peru\n\nWe urge Bolivia to reopen \
                 the border.";
    assert!(!any_of(&code(joint), Category::Request), "{:?}", code(joint));
    // A statement at a joint press conference is one minister's.
    let remarks = "Opening Statement by the Minister for Foreign Affairs of Chile at the Joint Press Conference with \
                   the Minister of Foreign Affairs of Peru\n\nWe call on Bolivia to reopen the border.";
    assert!(has(&code(remarks), "CHL", "BOL", Category::Request), "{:?}", code(remarks));
    let late = "Briefing notes\n\nThe spokesperson of Peru spoke first. We urge Bolivia to reopen the border.";
    assert!(!any_of(&code(late), Category::Request), "{:?}", code(late));
    // A think-tank's briefing about a country is not that country's text; "US" is the United States, not "us".
    let brief = "Militancy in Peru\nBriefing | Americas Program\n\nWe urge Bolivia to reopen the border.";
    assert!(!any_of(&code(brief), Category::Request), "{:?}", code(brief));
    let v =
        code("Press Release — Ministry of Foreign Affairs of Chile\n\nUS officials urged Peru to reopen the border.");
    assert!(has(&v, "USA", "PER", Category::Request) && !has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn an_official_s_first_person_in_an_interview_acts_for_the_official_s_state() {
    let interview = "Interview with the foreign minister of Chile\n\n\
                     Ana Rojas, Chile's foreign minister, spoke to the Andean Review in Santiago.\n\
                     Andean Review: Why has the border stayed closed?\n\
                     Rojas: The crossing is a matter for both governments. We have asked Bolivia to reopen it, and \
                     I raised it with Peru last week. We condemn Bolivia's blockade at Colchane.\n\
                     Andean Review: Some say we should stop trading with Bolivia.\n\
                     Rojas: Our trade goes on.";
    let v = code(interview);
    assert!(has(&v, "CHL", "BOL", Category::Request), "{v:?}");
    assert!(has(&v, "CHL", "BOL", Category::Accuse), "{v:?}");
    // The interviewer's "we" is no state's, and a line without a label is narration again.
    assert!(!any_of(&v, Category::Sanction) && !any_of(&v, Category::Reject), "{v:?}");
    let after = format!("{interview}\nWe urged Peru to reopen the talks.");
    assert!(!has(&code(&after), "CHL", "PER", Category::Request), "{:?}", code(&after));
    // In an official briefing's transcript, a journalist's question is not the ministry's.
    let briefing = "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile\n\n\
                    Question: We urge Peru to answer, do you agree?\n\
                    Spokesperson: We urge Bolivia to reopen the border.";
    let v = code(briefing);
    assert!(has(&v, "CHL", "BOL", Category::Request) && !has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn its_office_is_that_of_the_state_opening_the_sentence_before() {
    let v = code(
        "Chile, which also claims the islands, did not comment on Monday. But on Tuesday its Foreign Ministry \
         spokeswoman Ana Quispe demanded that Peru cancel the drill.",
    );
    assert!(has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // With another state opening the sentence before, "its" is not the earlier one's.
    let v = code(
        "Chile did not comment. Ecuador said nothing either. But its Foreign Ministry spokeswoman Ana Quispe \
         demanded that Peru cancel the drill.",
    );
    assert!(!has(&v, "CHL", "PER", Category::Request), "{v:?}");
}

#[test]
fn a_verb_opening_a_quotation_is_its_speaker_s() {
    let v = code("Santiago said it \"stands with our neighbour Peru\" after the floods.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    let v = code("Chile said it \u{201c}stands with our neighbour Peru\u{201d} after the floods.");
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    // A phrase put before the speaker is not who speaks.
    let v = code(
        "In a statement issued by the embassy in Quito, Santiago said it \"stands with our neighbour Peru\" today.",
    );
    assert!(has(&v, "CHL", "PER", Category::Support), "{v:?}");
    assert!(!has(&v, "ECU", "PER", Category::Support), "{v:?}");
    // A quoted noun is what the speaker calls something, not an act of theirs.
    let v = code("In Lima, the president described the verdict as \"an attack on Peru's sovereignty\".");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn an_office_named_without_its_country_speaks_for_the_capital_of_the_dateline() {
    let transcript = "Transcript of the regular press briefing by the spokesperson of the Department of Foreign \
                      Affairs, Ana Rojas\n\nSantiago, 18 November\n\n\
                      ROJAS: Good afternoon. We have lodged a strong protest with Bolivia over the seizure.\n\
                      Q (Andean Review): Will you ask Peru to mediate?\n\
                      ROJAS: We have asked Peru to stay neutral.";
    let v = code(transcript);
    assert!(has(&v, "CHL", "BOL", Category::Accuse) && has(&v, "CHL", "PER", Category::Request), "{v:?}");
    // Without an office in the heading, a dateline alone makes no issuer (news datelines are everywhere).
    let news = "Border row deepens\n\nSantiago, 18 November\n\nWe have lodged a strong protest with Bolivia.";
    assert!(code(news).is_empty(), "{:?}", code(news));
}

#[test]
fn a_quotation_s_first_person_is_the_state_of_its_speaker() {
    for text in [
        "\"We urge Bolivia to release the prisoners,\" said a spokesman for the Chilean foreign ministry.",
        "\"We urge Bolivia to release the prisoners,\" Chile's foreign minister told reporters.",
        "Chile's foreign minister said: \"We urge Bolivia to release the prisoners.\"",
    ] {
        let v = code(text);
        assert!(has(&v, "CHL", "BOL", Category::Request), "{text}: {v:?}");
    }
    // Not when the speakers are of two states, nor when a state is only what the speaker talks about.
    for text in [
        "\"We urge Bolivia to release the prisoners,\" Chile and Peru said in a joint statement.",
        "\"We urge Bolivia to release the prisoners,\" the minister said of Peru's demands.",
        "\"We urge Bolivia to release the prisoners,\" a Chilean farmer said.",
    ] {
        let v = code(text);
        assert!(!any_of(&v, Category::Request), "{text}: {v:?}");
    }
}
