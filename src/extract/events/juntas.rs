//! "The junta": a military government that a document names once with its country ("Myanmar's military junta",
//! "the Malian junta") and later alone ("China has backed the junta's plan"). Alone, it is the state of the
//! country named with the last junta before it.

use super::actors::{Actor, insert_in_order, is_agent};
use super::lexicon;
use crate::extract::detect::Scan;
use crate::extract::tokens::{Case, TokenKind};

/// `actors`, with a stand-in for the state of `junta` (the country of the last junta named with one) at every
/// "junta" of the sentence named with no country; `junta` becomes the country of a junta named with one.
pub(super) fn with_junta(scan: &Scan, mut actors: Vec<Actor>, junta: &mut Option<u32>) -> Vec<Actor> {
    let mut alone = Vec::new();
    for k in 0..scan.toks().len() {
        if scan.toks()[k].kind != TokenKind::Word || scan.lower(k) != "junta" {
            continue;
        }
        match owner(scan, &actors, k) {
            Some(country) => *junta = Some(country),
            None if !actors.iter().any(|a| a.first <= k && k < a.end) => alone.extend(junta.map(|c| (c, k))),
            None => {}
        }
    }
    for (country, k) in alone {
        insert_in_order(&mut actors, Actor::state_of(country, k, k + 1));
    }
    actors
}

/// The country named right before the "junta" at `k`, with only possessives and describing words between:
/// "Myanmar's military junta", "the Malian junta" (not "China backed the junta").
fn owner(scan: &Scan, actors: &[Actor], k: usize) -> Option<u32> {
    let describing = |j: usize| {
        let t = scan.toks()[j];
        t.kind == TokenKind::Possessive
            || (t.kind == TokenKind::Word
                && t.case == Case::Lower
                && !scan.kb.is_function_word(scan.lower(j))
                && !lexicon::is_verb(scan, j))
    };
    let a = actors.iter().rev().find(|a| a.end <= k && k - a.end <= 2 && (a.end..k).all(describing))?;
    a.country.filter(|_| is_agent(a))
}
