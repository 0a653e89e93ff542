//! Talks and truces that a third side brings about: "Qatar hosted talks between the two sides", "Turkey and Qatar
//! brokered a truce". The hosts meet each party; they are no parties among themselves.

use super::actors::{Actor, cross, group_after_word, one_per_country};
use super::lexicon::{self, Cue, clause_end, clause_start, modality};
use super::memory::{Memory, recalled};
use super::subjects::{agents_in, joined_before, subject_group};
use crate::extract::detect::Scan;

/// How many words before a noun cue a word of hosting or brokering may stand ("brokered an initial ceasefire").
const REACH: usize = 3;

/// The word of hosting or brokering that a noun cue follows in its clause from `left` ("Qatar hosted talks",
/// "Turkey and Qatar brokered a truce"), if any: its subject brings the parties together.
fn mediation_word(scan: &Scan, actors: &[Actor], cue: &Cue, left: usize) -> Option<usize> {
    // (Most sentences have no such word at all: one bit says so.)
    if !cue.word.noun || !lexicon::sentence_has(scan, "mediation") {
        return None;
    }
    let find =
        |from: usize| (from.saturating_sub(REACH).max(left)..from).find(|&k| lexicon::class_at(scan, k, "mediation"));
    find(cue.first).or_else(|| {
        // (Words joining countries are looked for only when such a word stands further back.)
        let wider = cue.first.saturating_sub(REACH + 8).max(left);
        if !(wider..cue.first).any(|k| lexicon::class_at(scan, k, "mediation")) {
            return None;
        }
        let from = reach_from(scan, actors, cue);
        if from < cue.first { find(from) } else { None }
    })
}

/// Where the words before a noun cue that a word of hosting or brokering may stand before start: at the cue, or at
/// the words joining countries right before it ("hosted separate US-Russian and US-Ukrainian meetings").
fn reach_from(scan: &Scan, actors: &[Actor], cue: &Cue) -> usize {
    joined_before(scan, actors, cue.first).map_or(cue.first, |joined| joined.start)
}

/// Whether a noun cue follows a word of hosting or brokering in its clause from `left`.
pub(super) fn mediated(scan: &Scan, actors: &[Actor], cue: &Cue, left: usize) -> bool {
    mediation_word(scan, actors, cue, left).is_some()
}

/// The participle of mediation right after a noun cue, or its auxiliaries, with its "by" phrase ("talks mediated
/// by Qatar and Turkey", "The talks, mediated by Oman, ended", "That meeting was facilitated by Brazil"), if any.
fn mediation_after(scan: &Scan, cue: &Cue) -> Option<usize> {
    // (A test of grammar bits first: this runs for every noun cue, and few have such a word after them.)
    if !cue.word.noun || !(cue.end..cue.end + 4).any(|k| lexicon::class_at(scan, k, "mediation")) {
        return None;
    }
    let mut k = if scan.is_punct(cue.end, ",") { cue.end + 1 } else { cue.end };
    let auxiliary = |k: usize| ["was", "were", "is", "are", "has", "had", "have", "been"].iter().any(|w| scan.is(k, w));
    while k < cue.end + 3 && auxiliary(k) {
        k += 1;
    }
    (lexicon::class_at(scan, k, "mediation") && scan.is(k + 1, "by")).then_some(k)
}

/// Who brings about the talks or truce of a noun cue: the group of agents right before the word of hosting or
/// brokering ("after Pakistani jets struck …, the fighting spread … before Qatar and Turkey brokered a truce":
/// not the jets), or the "by" phrase of one after it. Empty for any other cue.
pub(super) fn hosts(scan: &Scan, actors: &[Actor], cue: &Cue) -> Vec<Actor> {
    // (Most cues have no such word near: only for those that do is the clause's start, a walk back, found.)
    if mediation_word(scan, actors, cue, 0).is_some() {
        let left = clause_start(scan, cue.first);
        if let Some(word) = mediation_word(scan, actors, cue, left) {
            let mut agents = agents_in(actors, left, word);
            // "Qatar, which hosted a meeting between …": the antecedent of the relative pronoun hosted it.
            if agents.is_empty() && lexicon::relative_clause(scan, left) {
                agents = super::subjects::antecedent(scan, actors, left, word);
            }
            let group = subject_group(scan, &agents, word);
            return if group.is_empty() { agents } else { group };
        }
    }
    let Some(word) = mediation_after(scan, cue) else { return Vec::new() };
    group_after_word(scan, actors, word + 1, clause_end(scan, word + 2), "by").unwrap_or_default()
}

/// The pairs of a noun cue that `hosts` ([`hosts`]) named after it brought about ("delegations from both countries … were
/// expected for talks mediated by Qatar and Turkey"): the parties' own pairs, and each host with each party. The
/// parties are those of the noun's `pairs`, or else the last two sides that met or fought ("The talks, mediated
/// by Oman, ended without result").
pub(super) fn with_hosts_after(
    scan: &Scan,
    cue: &Cue,
    hosts: &[Actor],
    pairs: Vec<(Actor, Actor)>,
    sentence: u32,
    memory: &Memory,
) -> Vec<(Actor, Actor)> {
    if mediation_after(scan, cue).is_none() {
        return pairs;
    }
    let is_host = |a: &Actor| hosts.iter().any(|h| h.country == a.country);
    let own: Vec<(Actor, Actor)> = pairs.into_iter().filter(|(x, y)| !is_host(x) && !is_host(y)).collect();
    let mut parties = one_per_country(own.iter().flat_map(|(x, y)| [x, y]));
    if parties.is_empty() {
        parties = unnamed_parties(hosts, sentence, memory);
    }
    [own, cross(hosts, &parties)].concat()
}

/// Whether a verb of brokering is read through a noun cue among `cues` instead: the noun it has for its object
/// ("brokered a truce", "mediated the talks") or follows as a participle ("talks mediated by Qatar"). That noun is
/// what the hosts brought about, and its parties are the ones they meet. (Read as a verb of its own, "brokered a
/// truce in Doha" met Qatar, the venue.)
pub(super) fn brokers_noun(scan: &Scan, actors: &[Actor], cue: &Cue, cues: &[Cue]) -> bool {
    !cue.word.noun
        && lexicon::class_at(scan, cue.first, "mediation")
        && cues.iter().filter(|n| n.word.noun).any(|n| {
            (n.first > cue.first && reach_from(scan, actors, n) <= cue.first + REACH)
                || mediation_after(scan, n) == Some(cue.first)
        })
}

/// The parties of talks or a truce that hosts brought about with no parties named in the sentence ("… clashed
/// again. Russia brokered a ceasefire on Tuesday"): the last two sides that met, or else fought, in the last few
/// sentences, when neither is a host. Empty when there are none. (Not the document's main pair: "Egypt hosted
/// the Arab League summit" is no meeting with the two countries a report is about.)
pub(super) fn unnamed_parties(hosts: &[Actor], sentence: u32, memory: &Memory) -> Vec<Actor> {
    match memory.recent_pair(sentence) {
        Some(pair) if !pair.iter().any(|&c| hosts.iter().any(|h| h.country == Some(c))) => recalled(&pair),
        _ => Vec::new(),
    }
}

/// The mediators of an "under … mediation" phrase at a noun cue ("signed a border deal in Jeddah under Saudi
/// mediation", "agreed, under the auspices of Qatar, to …"), and whether the phrase is hypothetical. They are no
/// side of the cue itself: they meet each side of the sentence's other acts ([`mediators_meet`]).
pub(super) fn under_mediation(scan: &Scan, actors: &[Actor], cue: &Cue) -> Option<(Vec<Actor>, bool)> {
    if !cue.word.noun || !matches!(scan.lower(cue.end - 1), "mediation" | "auspices" | "aegis") {
        return None;
    }
    let under = (cue.first.saturating_sub(4)..cue.first).rev().find(|&k| scan.is(k, "under"))?;
    let own = |a: &&Actor| a.country.is_some() && !a.portfolio && !a.location;
    let before: Vec<Actor> =
        actors.iter().filter(|a| a.first > under && a.end <= cue.first).filter(own).copied().collect();
    // (Under a body's mediation, "under UN auspices", no state meets anyone: the phrase is still no act.)
    let mediators = if before.is_empty() {
        group_after_word(scan, actors, cue.end, clause_end(scan, cue.end + 1), "of").unwrap_or_default()
    } else {
        before
    };
    Some((mediators, modality(scan, under).1))
}

/// The pairs of mediators ([`under_mediation`]) with each of the sentence's `participants` (the countries of its
/// other acts) that is not one of them.
pub(super) fn mediators_meet(mediators: &[Actor], participants: &[u32], cue: &Cue) -> Vec<(Actor, Actor)> {
    let mut parties: Vec<u32> =
        participants.iter().copied().filter(|&c| !mediators.iter().any(|m| m.country == Some(c))).collect();
    parties.sort_unstable();
    parties.dedup();
    // (A mediator named by its adjective, "under Turkish mediation", is its state.)
    let states = |countries: Vec<u32>| -> Vec<Actor> {
        countries.into_iter().map(|c| Actor::state_of(c, cue.first, cue.end)).collect()
    };
    let mediators = one_per_country(mediators).into_iter().filter_map(|m| m.country).collect();
    cross(&states(mediators), &states(parties))
}
