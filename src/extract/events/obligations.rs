//! Obligations reported by a state: "France said Rwanda must withdraw its troops", "Islamabad insists that Kabul
//! should act against the TTP". Whoever says another state must or should do something asks it to.

use super::actors::{Actor, cross};
use super::lexicon::{self, clause_start};
use super::subjects::{agents_in, group_before, subject_group};
use crate::extract::detect::Scan;
use crate::extract::tokens::{Case, TokenKind};

/// The (speaker, addressee) pairs of the sentence's reported obligations: a request by the speaker.
pub(super) fn reported_obligations(scan: &Scan, actors: &[Actor]) -> Vec<(Actor, Actor)> {
    let mut pairs = Vec::new();
    // (Most sentences have neither word: one test for the sentence.)
    if !lexicon::sentence_has(scan, "obligation") {
        return pairs;
    }
    let n = scan.toks().len();
    for k in 2..n {
        if !lexicon::class_at(scan, k, "obligation") {
            continue;
        }
        // Not a passive or a past that was missed ("must be allowed", "should have acted"); "must not" still asks.
        if k + 1 < n && matches!(scan.lower(k + 1), "be" | "have") {
            continue;
        }
        // The verb of saying right before the clause, or before its "that" ("said Rwanda must", "said on Monday
        // that the Taliban should"; words between the verb and "that" say when).
        let start = clause_start(scan, k);
        let verb = match start.checked_sub(1) {
            Some(r) if reporting_verb(scan, r) => r,
            Some(that) if scan.is(that, "that") => {
                let from = clause_start(scan, that);
                let when = (from..that)
                    .all(|j| !scan.toks()[j].is_capitalised() || crate::corpus::dates::is_calendar_word(scan.tok(j)));
                match from.checked_sub(1) {
                    Some(r) if when && reporting_verb(scan, r) => r,
                    _ => continue,
                }
            }
            _ => continue,
        };
        let object_from = if scan.is(start, "the") { start + 1 } else { start };
        let addressees = subject_group(scan, &agents_in(actors, object_from, k), k);
        // Right before the modal, or with a few lower-case words between ("Kabul's interim government must").
        let close = addressees.iter().map(|a| a.end).max().is_some_and(|end| {
            (end..k).all(|j| {
                let t = scan.toks()[j];
                t.kind == TokenKind::Possessive || (t.kind == TokenKind::Word && t.case == Case::Lower)
            }) && k - end <= 3
        });
        let opens = addressees.iter().map(|a| a.first).min() == Some(object_from);
        if !close || !opens {
            continue;
        }
        let speakers = group_before(scan, actors, verb);
        pairs.extend(
            cross(&speakers, &addressees).into_iter().filter(|(a, b)| a.country.is_some() && a.country != b.country),
        );
    }
    pairs
}

/// Whether token `r` is a verb of saying in lower case ("said", "insisted"; not "according").
fn reporting_verb(scan: &Scan, r: usize) -> bool {
    lexicon::class_at(scan, r, "reporting") && scan.toks()[r].case == Case::Lower && !scan.is(r, "according")
}
