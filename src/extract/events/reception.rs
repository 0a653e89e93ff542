//! Meetings by reception: "received the Iranian ambassador" and "was received by the emir" are meetings,
//! "received aid" and "hosting French troops" are not (the last is cooperation).

use super::Category;
use super::actors::{Actor, is_agent};
use super::lexicon::{self, Cue, CueWord};
use crate::extract::detect::Scan;

/// A cue that is a meeting only by reception (`reception` in `grammar.tsv`), or a hosting, as it reads: a
/// reception needs someone received; a hosting of troops is cooperation ("Kiribati has hosted Chinese police
/// officers"), but none in a charge ("accused Cotonou of hosting French troops"). Other cues pass unchanged.
pub(super) fn as_met(scan: &Scan, actors: &[Actor], cue: Cue) -> Option<Cue> {
    if lexicon::class_at(scan, cue.first, "reception") {
        let met = received_someone(scan, actors, cue.end) || received_by_someone(scan, actors, cue.first, cue.end);
        return met.then_some(cue);
    }
    let hosts_forces = scan.lower(cue.first).starts_with("host")
        && object_after(scan, actors, cue.end).is_some_and(|o| troops(scan, actors, o));
    if !hosts_forces {
        return Some(cue);
    }
    let charged = cue.first > 0 && matches!(scan.lower(cue.first - 1), "of" | "for");
    (!charged).then_some(Cue { word: CueWord { category: Category::Cooperate, ..cue.word }, ..cue })
}

/// Whether the first actor after `end` acts for a state and is the object of the verb ending there: within four
/// words, with only articles, possessives and role words before it ("received Taliban Commerce Minister Azizi",
/// "received the Iranian ambassador"), and not troops.
fn received_someone(scan: &Scan, actors: &[Actor], end: usize) -> bool {
    object_after(scan, actors, end).is_some_and(|o| is_agent(o) && !troops(scan, actors, o))
}

/// The first actor after `end`, when it is the object of the verb ending there: within four words, with only
/// articles, possessives and role words before it.
fn object_after<'a>(scan: &Scan, actors: &'a [Actor], end: usize) -> Option<&'a Actor> {
    let object = actors.iter().filter(|a| a.first >= end).min_by_key(|a| a.first)?;
    let between_ok = (end..object.first).all(|k| {
        scan.facts[k].role.is_some() || matches!(scan.lower(k), "the" | "a" | "his" | "her" | "its" | "their")
    });
    (between_ok && object.first - end <= 4).then_some(object)
}

/// Whether an actor is followed by a word for troops or their bases ("Chilean troops", "French military
/// “bases”"): a force, not someone received.
fn troops(scan: &Scan, actors: &[Actor], a: &Actor) -> bool {
    // (Past the rest of a list of countries: "hosts American, French and Chinese military bases".)
    let listed =
        |k: usize| scan.is_punct(k, ",") || scan.is(k, "and") || actors.iter().any(|x| x.first <= k && k < x.end);
    let modifier = |k: &usize| matches!(scan.lower(*k), "military" | "naval" | "\"" | "“") || listed(*k);
    let noun = (a.end..(a.end + 8).min(scan.toks().len())).find(|k| !modifier(k));
    noun.is_some_and(|k| lexicon::class_at(scan, k, "forces"))
}

/// Whether the verb at `[first, end)` is a passive whose "by" phrase, within six words, names an actor for a
/// state: "was received in 2024 by President Mohamed bin Zayed", "were received at the foreign ministry by …".
fn received_by_someone(scan: &Scan, actors: &[Actor], first: usize, end: usize) -> bool {
    let passive = first > 0 && matches!(scan.lower(first - 1), "was" | "were" | "been" | "being" | "is" | "are");
    let by = (end..(end + 6).min(scan.toks().len())).find(|&k| scan.is(k, "by"));
    passive && by.is_some_and(|by| actors.iter().any(|a| a.first > by && a.first <= by + 4 && is_agent(a)))
}
