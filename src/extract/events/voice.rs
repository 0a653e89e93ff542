//! The voice of a verb cue: passives, with or without their agent, and where an act comes from.

use super::Category;
use super::actors::{Actor, cross, group_after_word, is_agent};
use super::lexicon::{self, Cue};
use super::subjects::{agents_in, in_parenthesis};
use crate::extract::detect::Scan;
use crate::extract::tokens::{Case, TokenKind};

/// "will be restricted", "has been appointed": a passive cue, whose agent is the main clause's subject.
pub fn passive_before(scan: &Scan, first: usize) -> bool {
    (first.saturating_sub(3)..first).any(|k| matches!(scan.lower(k), "be" | "been" | "being" | "was" | "were"))
}

/// A passive auxiliary right before a verb cue ("were attacked", "is not recognised"): with a "by" phrase after
/// it, that phrase names who acted.
pub fn passive_with_agent(scan: &Scan, first: usize) -> bool {
    // The present tense too: with the agent named, "is recognised by" cannot be anything but a passive.
    passive_before(scan, first) || (first.saturating_sub(3)..first).any(|k| matches!(scan.lower(k), "is" | "are"))
}

/// A participle cue right after a passive auxiliary ("is accused", "were not attacked", "has been expelled"):
/// the subject before it is acted on.
pub fn passive_participle(scan: &Scan, first: usize) -> bool {
    // (Not "is expected in Yerevan": who is expected there is who visits.)
    if !scan.lower(first).ends_with("ed") || scan.is(first, "expected") {
        return false;
    }
    let mut k = first;
    // ("been" and "being" are auxiliaries themselves: "has been expelled", "is being investigated".)
    while k > 0 && (matches!(scan.lower(k - 1), "not" | "also") || scan.lower(k - 1).ends_with("ly")) {
        k -= 1;
    }
    k > 0 && k + 3 > first && matches!(scan.lower(k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// Whether the word at `first` follows "from" ("launched from Afghan soil", "from the Afghan side"): where
/// something comes from.
pub fn after_from(scan: &Scan, first: usize) -> bool {
    let mut k = first;
    // "from the Afghan side", "from near Pyongyang", "from inside Afghanistan".
    while k > 0 && matches!(scan.lower(k - 1), "the" | "near" | "inside" | "within" | "across") {
        k -= 1;
    }
    k > 0 && scan.is(k - 1, "from")
}

/// Whether an act named between `from` and `at` lands on what is at `at`: "condemns the terrorist attack on a
/// convoy of Chinese nationals" condemns the attackers, not China.
pub fn struck_by_act(scan: &Scan, from: usize, at: usize) -> bool {
    (from.max(1)..at).any(|k| matches!(scan.lower(k), "on" | "against") && scan.facts[k - 1].cue)
}

/// The "by" phrase of a cue ending at `end`: right after it ("strikes by Pakistan", "were hosted by St Vincent
/// and the Grenadines"), or after a noun's participle ("the air strikes carried out by Pakistan").
pub(super) fn by_phrase(scan: &Scan, actors: &[Actor], end: usize, right: usize) -> Option<Vec<Actor>> {
    by_phrase_within(scan, actors, end, right, 3)
}

/// A passive verb's "by" phrase, which may come after where or when it happened (within six words): "was
/// received in Lima by", "was received in 2024 by", "were received at the foreign ministry by". (A noun's "by"
/// phrase may not: "a visit to Tashkent by Putin" is a visit to Uzbekistan.)
pub(super) fn passive_by_phrase(scan: &Scan, actors: &[Actor], end: usize, right: usize) -> Option<Vec<Actor>> {
    by_phrase_within(scan, actors, end, right, 6)
}

/// A "by" phrase within `reach` words after `end`, with only lower-case words, numbers and places before it (and,
/// for a passive verb, days and months: "was received on Monday in Riyadh by …").
fn by_phrase_within(scan: &Scan, actors: &[Actor], end: usize, right: usize, reach: usize) -> Option<Vec<Actor>> {
    let by = (end..(end + reach).min(right)).find(|&k| scan.is(k, "by"))?;
    let place = |k: usize| actors.iter().any(|a| a.location && a.first <= k && k < a.end);
    let plain = |k: usize| {
        let t = scan.toks()[k];
        (t.kind == TokenKind::Word && t.case == Case::Lower)
            || (reach > 3
                && (t.kind == TokenKind::Number || place(k) || crate::corpus::dates::is_calendar_word(scan.tok(k))))
    };
    if !(end..by).all(plain) {
        return None;
    }
    group_after_word(scan, actors, by, right, "by")
}

/// The agents and the subject of a passive verb cue with its "by" phrase, in a clause from `left` to `right`:
/// "Pakistani posts were attacked by Afghan forces", "an envoy who is not recognised by Kabul". `None` when the cue
/// is no such passive.
pub(super) fn agents_and_subject(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    left: usize,
    right: usize,
) -> Option<(Vec<Actor>, Vec<Actor>)> {
    let first = cue.first;
    if !passive_with_agent(scan, first) {
        return None;
    }
    let agents: Vec<Actor> = passive_by_phrase(scan, actors, cue.end, right)?.into_iter().filter(is_agent).collect();
    let others = |v: Vec<Actor>| -> Vec<Actor> {
        v.into_iter().filter(|x| !agents.iter().any(|a| a.country == x.country)).collect()
    };
    // "Russia, which signed a treaty with North Korea and has been accused by Seoul of …": a second verb of the
    // clause has its first verb's subject, not that verb's object.
    let subject_end = second_verb(scan, left, first).unwrap_or(first);
    let mut subject = others(
        actors
            .iter()
            .filter(|x| x.first >= left && x.end <= subject_end && x.country.is_some() && !x.portfolio && !x.location)
            .filter(|x| !in_parenthesis(scan, x, left, first))
            .copied()
            .collect(),
    );
    // "… the talks in Kingstown, which were hosted by St Vincent": what a relative clause's agent did, it did to the
    // main clause's subject.
    if subject.is_empty() && left > 0 && matches!(scan.lower(left - 1), "which" | "who") {
        subject = others(agents_in(actors, lexicon::sentence_main_start(scan, first), left));
    }
    Some((agents, subject))
}

/// Where the first verb of a clause from `left` stands, when the passive at `first` is its second, after "and"
/// and its auxiliaries ("signed a treaty … and has been accused by …"). `None` otherwise.
fn second_verb(scan: &Scan, left: usize, first: usize) -> Option<usize> {
    let auxiliaries = (left..first)
        .rev()
        .take_while(|&k| {
            matches!(
                scan.lower(k),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "been" | "being" | "also" | "not"
            )
        })
        .count();
    let and = first.checked_sub(auxiliaries + 1).filter(|&k| k >= left && auxiliaries > 0 && scan.is(k, "and"))?;
    (left..and).find(|&k| lexicon::is_verb(scan, k))
}

/// Aid or support received "from" a side ("Bolivia received aid from Chile", "has accepted military support
/// from Russia"): that side gave it to the receiving verb's subject. `None` unless a verb of receiving stands
/// within the four words before the noun cue and "from" right after it.
pub(super) fn received_from(scan: &Scan, actors: &[Actor], cue: &Cue, left: usize) -> Option<Vec<(Actor, Actor)>> {
    if !cue.word.noun || !matches!(cue.word.category, Category::Aid | Category::Support) || !scan.is(cue.end, "from") {
        return None;
    }
    let receiving = |k: usize| {
        matches!(scan.lower(k), "received" | "receives" | "receiving" | "accepted" | "accepts" | "obtained" | "secured")
    };
    let verb = (cue.first.saturating_sub(4).max(left)..cue.first).rev().find(|&k| receiving(k))?;
    let givers = group_after_word(scan, actors, cue.end, lexicon::clause_end(scan, cue.end + 1), "from")?;
    Some(cross(&givers, &agents_in(actors, left, verb)))
}
