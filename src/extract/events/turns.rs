//! Turns of a transcript or an interview: lines that open with a speaker's name and a colon ("Hanafi: We have
//! told them …", "Question: …"). An official's unquoted "we" and "I" in their own turn act for their state, as
//! in an official text; an interviewer's or a journalist's do not act for the text's issuer.

use super::actors::DocContext;
use crate::extract::EntityKind;
use crate::extract::detect::{Label, Scan};
use crate::extract::document::LocalMention;
use crate::extract::tokens::Case;

/// Who speaks in the current line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Turn {
    /// No speaker's label: the document's own voice (its issuer's, if it has one).
    #[default]
    Narration,
    /// An official of this country, named in the label.
    State(u32),
    /// Someone who speaks for no state: an interviewer, a journalist's question, a person with no office.
    Other,
}

/// The longest speaker's label, in words ("Foreign Minister Ishaq Dar").
const LABEL_WORDS: usize = 5;

/// The turn of a sentence: a new one when it opens a line with a speaker's label, the turn `before` when it
/// continues a line (a turn's later sentences), and narration when it opens a line without a label.
pub fn turn_of(ctx: &DocContext, scan: &Scan, mentions: &[LocalMention], before: Turn) -> Turn {
    let Some(first) = scan.toks().first() else { return before };
    // (Stops at the first byte before the sentence that is not white space: a sentence inside a line stops at
    // once, at the full stop of the sentence before it.)
    let opens_line = scan.text().as_bytes()[..first.start as usize]
        .iter()
        .rev()
        .take_while(|&&b| b != b'\n')
        .all(u8::is_ascii_whitespace);
    if !opens_line {
        return before;
    }
    let Some(colon) = (1..scan.toks().len().min(LABEL_WORDS + 1)).find(|&k| scan.tok(k) == ":") else {
        return Turn::Narration;
    };
    if (0..colon).any(|k| scan.toks()[k].case == Case::Lower) {
        return Turn::Narration;
    }
    let label_end = scan.toks()[colon].start;
    let named = mentions.iter().filter(|m| m.end <= label_end).map(|m| (m.local, &ctx.entities[m.local as usize]));
    let mut speaker = None;
    for (local, e) in named {
        match (e.kind, ctx.state_country(e)) {
            (_, Some(country)) => speaker = Some(Turn::State(country)),
            // The spokesperson the heading names speaks for the issuer ("DIZON: …").
            (EntityKind::Person, None) if ctx.issuer.is_some_and(|i| i.voice == Some(local)) => {
                speaker = Some(Turn::Narration)
            }
            (EntityKind::Person | EntityKind::Organization, None) => speaker = speaker.or(Some(Turn::Other)),
            // A country or a place before a colon heads a list item ("Qatar: the prime minister spoke …").
            _ => return Turn::Narration,
        }
    }
    speaker.unwrap_or_else(|| {
        // "Spokesperson:", "A:" speak for the text's issuer; "Q:", "Question:", an unknown name do not.
        let answering = matches!(scan.lower(0), "a" | "answer");
        let role = (0..colon).any(|k| matches!(scan.labels[k], Label::Role(_)));
        if answering || role { Turn::Narration } else { Turn::Other }
    })
}
