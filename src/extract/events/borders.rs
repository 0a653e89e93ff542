//! Borders closed between two states, said of the border rather than of its closing: "Finland's eastern border
//! with Russia has now been closed", "Poland keeps most crossings with Belarus closed", "Iran closed two
//! crossings with Afghanistan", "Riga has kept the Silene crossing on the Belarusian border closed".

use super::Category;
use super::actors::{Actor, is_agent};
use super::lexicon::Cue;
use crate::extract::detect::Scan;

/// The pairs (who closed it, the state on the other side) of a verb of closing at `cue` that closes a border or
/// crossing named with the other side ("… with Russia", "the Belarusian border"; `border-noun` in
/// `context_words.tsv`), before the verb within six words or after it within four. The closing side owns the
/// border ("Finland's … border") or is the subject before it (the nearest state within eight words). (Whether it is
/// negated is the caller's to ask.)
pub fn closed_border(scan: &Scan, actors: &[Actor], cue: &Cue) -> Vec<(Actor, Actor)> {
    // (Verbs of closing are the SANCTION cues that need an object: see `objects::by_object`.)
    if cue.word.category != Category::Sanction || cue.word.noun {
        return Vec::new();
    }
    let n = scan.toks().len();
    // The other side after "with", or as the word before the border ("the Silene crossing on the Belarusian
    // border"; not "Lithuanian border guards").
    let other_side = |k: usize| {
        if !scan.kb.in_context("border-noun", scan.lower(k)) {
            return None;
        }
        if scan.is(k + 1, "with") {
            return actors.iter().find(|a| a.first == k + 2 && a.country.is_some());
        }
        let guards = scan.facts.get(k + 1).is_some_and(|f| f.role.is_some());
        actors.iter().find(|a| a.end == k && a.country.is_some() && !a.state && !guards)
    };
    let before = (cue.first.saturating_sub(6)..cue.first).rev();
    let Some((noun, other)) = (cue.end..(cue.end + 4).min(n)).chain(before).find_map(|k| Some((k, other_side(k)?)))
    else {
        return Vec::new();
    };
    let closer = actors.iter().rfind(|a| {
        a.end <= noun && a.end + 8 >= noun && is_agent(a) && a.country.is_some() && a.country != other.country
    });
    closer.map(|closer| vec![(*closer, *other)]).unwrap_or_default()
}
