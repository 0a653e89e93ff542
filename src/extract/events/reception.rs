//! Meetings by reception: "received the Iranian ambassador" and "was received by the emir" are meetings,
//! "received aid" and "hosting French troops" are not.

use super::actors::{Actor, is_agent};
use super::lexicon::{self, Cue};
use crate::extract::detect::Scan;

/// Whether a cue that is a meeting only by reception (`reception` in `grammar.tsv`), or a hosting, meets anyone:
/// a reception needs someone received, a hosting must not be of troops ("accused Cotonou of hosting French
/// troops"). Other cues pass.
pub(super) fn meets(scan: &Scan, actors: &[Actor], cue: &Cue) -> bool {
    if lexicon::class_at(scan, cue.first, "reception") {
        return received_someone(scan, actors, cue.end) || received_by_someone(scan, actors, cue.first, cue.end);
    }
    !(scan.lower(cue.first).starts_with("host") && object_after(scan, actors, cue.end).is_some_and(|o| troops(scan, o)))
}

/// Whether the first actor after `end` acts for a state and is the object of the verb ending there: within four
/// words, with only articles, possessives and role words before it ("received Taliban Commerce Minister Azizi",
/// "received the Iranian ambassador"), and not troops.
fn received_someone(scan: &Scan, actors: &[Actor], end: usize) -> bool {
    object_after(scan, actors, end).is_some_and(|o| is_agent(o) && !troops(scan, o))
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
fn troops(scan: &Scan, a: &Actor) -> bool {
    let modifier = |k: &usize| matches!(scan.lower(*k), "military" | "\"" | "“");
    let noun = (a.end..(a.end + 3).min(scan.toks().len())).find(|k| !modifier(k));
    noun.is_some_and(|k| lexicon::class_at(scan, k, "forces"))
}

/// Whether the verb at `[first, end)` is a passive whose "by" phrase, within six words, names an actor for a
/// state: "was received in 2024 by President Mohamed bin Zayed", "were received at the foreign ministry by …".
fn received_by_someone(scan: &Scan, actors: &[Actor], first: usize, end: usize) -> bool {
    let passive = first > 0 && matches!(scan.lower(first - 1), "was" | "were" | "been" | "being" | "is" | "are");
    let by = (end..(end + 6).min(scan.toks().len())).find(|&k| scan.is(k, "by"));
    passive && by.is_some_and(|by| actors.iter().any(|a| a.first > by && a.first <= by + 4 && is_agent(a)))
}
