//! Removals: said in the passive with where from ("French troops were expelled from Mali", "Thousands of Afghans
//! have been deported from Iran": the state they were removed from acts on them), or ordered ("Niger's junta
//! ordered American troops out": only the sides ordered out are acted on).

use super::Category;
use super::actors::{Actor, cross, group_after_word};
use super::lexicon::Cue;
use super::subjects::{antecedent, clause_subject, past_relative_clause};
use super::voice;
use crate::extract::detect::Scan;

/// The pairs of a passive verb of removal at `cue` (`removal-verb` in `context_words.tsv`) with "from" and a
/// country right after it, in a clause from `left` to `right`: each country of the "from" phrase acts on the
/// verb's subject, the sides before it in its clause or a relative clause's antecedent ("France, whose troops were
/// expelled from Mali, Burkina Faso and Niger"). `None` for any other cue, and when no pair is found.
pub(super) fn removed_from(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    left: usize,
    right: usize,
) -> Option<Vec<(Actor, Actor)>> {
    let from = cue.end;
    if cue.word.noun
        || !scan.is(from, "from")
        || !scan.kb.in_context("removal-verb", scan.lower(cue.first))
        || !voice::passive_participle(scan, cue.first)
    {
        return None;
    }
    let removers: Vec<Actor> = group_after_word(scan, actors, from, right, "from")?
        .into_iter()
        .map(|x| Actor { state: true, location: false, ..x })
        .collect();
    let subject_from = past_relative_clause(scan, left, cue.first);
    let mut removed: Vec<Actor> = actors
        .iter()
        .filter(|x| x.first >= subject_from && x.end <= cue.first)
        .filter(|x| x.country.is_some() && !x.portfolio && !x.location)
        .copied()
        .collect();
    if removed.is_empty() {
        removed = antecedent(scan, actors, left, cue.first);
    }
    let pairs: Vec<(Actor, Actor)> =
        cross(&removers, &removed).into_iter().filter(|(a, b)| a.country != b.country).collect();
    (!pairs.is_empty()).then_some(pairs)
}

/// Where the words that make a verb of ordering (`ouster-verb` in `context_words.tsv`) remove its object stand:
/// "out" or "to leave" within six words after it, past its object ("ordered American troops out", "ordered the
/// French ambassador to leave the country"). `None` for any other cue, or when there are none.
pub(super) fn ouster_end(scan: &Scan, cue: &Cue) -> Option<usize> {
    if !ouster_verb(scan, cue) {
        return None;
    }
    let n = scan.toks().len();
    (cue.end + 1..(cue.end + 7).min(n)).take_while(|&k| !scan.is_punct(k, ",")).find(|&k| {
        scan.is(k, "out") || (scan.is(k, "to") && ["leave", "quit", "depart"].iter().any(|w| scan.is(k + 1, w)))
    })
}

/// Whether a cue is a verb of ordering that may remove its object (a sanction cue, `ouster-verb` in
/// `context_words.tsv`: "ordered").
pub(super) fn ouster_verb(scan: &Scan, cue: &Cue) -> bool {
    !cue.word.noun
        && cue.word.category == Category::Sanction
        && scan.kb.in_context("ouster-verb", scan.lower(cue.first))
}

/// The pairs of a verb of ordering that removes its object ([`ouster_end`]), in a clause from `left`: its subject
/// acts on each side named in the object, the subject's own excepted ("ordered American troops out of Niger": not
/// Niger). `None` for any other cue.
pub(super) fn ordered_out(scan: &Scan, actors: &[Actor], cue: &Cue, left: usize) -> Option<Vec<(Actor, Actor)>> {
    let out = ouster_end(scan, cue)?;
    let subject = clause_subject(scan, actors, Category::Sanction, left, cue.first);
    let ordered: Vec<Actor> = actors
        .iter()
        .filter(|x| x.first >= cue.end && x.end <= out && x.country.is_some() && !x.location && !x.portfolio)
        .copied()
        .collect();
    Some(cross(&subject, &ordered).into_iter().filter(|(a, b)| a.country.is_some() && a.country != b.country).collect())
}
