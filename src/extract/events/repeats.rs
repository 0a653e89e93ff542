//! Acts repeated by another side: "… and Niger followed suit", "Kyrgyzstan did the same": the new side does what
//! the last one did, to the same target.

use super::actors::{Actor, cross};
use super::lexicon::{self, clause_start};
use super::memory::{LastAct, Memory, recalled};
use super::subjects::agents_in;
use crate::extract::detect::Scan;
use crate::extract::tokens::TokenKind;

/// The pairs of a sentence that repeats the last directed act, with that act: this sentence's own last act when
/// one ends after the repeating words (`act_before` is the one before it), else the last of earlier sentences.
pub(super) fn repeated_act<'m>(
    scan: &Scan,
    actors: &[Actor],
    sentence: u32,
    memory: &'m Memory,
    act_before: Option<&'m LastAct>,
    last_act_end: Option<usize>,
) -> Option<(Vec<(Actor, Actor)>, &'m LastAct)> {
    let recent = |a: &&LastAct| sentence.saturating_sub(a.sentence) <= 1;
    memory.last_directed.as_ref().filter(recent)?;
    let at = same_again(scan)?;
    let act = match last_act_end {
        Some(end) if end > at => act_before.filter(recent)?,
        _ => memory.last_directed.as_ref()?,
    };
    let sources = agents_in(actors, clause_start(scan, at), at);
    let targets: Vec<u32> =
        act.targets.iter().copied().filter(|t| !sources.iter().any(|a| a.country == Some(*t))).collect();
    Some((cross(&sources, &recalled(&targets)), act))
}

/// "Niger followed suit", "Kyrgyzstan did the same", "Kyrgyzstan followed in 2024": the token that ends such a
/// phrase, if the sentence has one. Its subject does what the last side did to the same target.
fn same_again(scan: &Scan) -> Option<usize> {
    (1..scan.toks().len()).find(|&k| {
        // Most tokens are none of the words: their length says so without reading them.
        let t = scan.toks()[k];
        if !matches!(t.end - t.start, 2 | 4 | 7 | 8) {
            return false;
        }
        let (before, w) = (scan.lower(k - 1), scan.lower(k));
        (w == "suit" && matches!(before, "followed" | "follows" | "follow" | "following"))
            || (matches!(w, "likewise" | "so") && matches!(before, "did" | "does"))
            || (w == "same" && before == "the" && k >= 2 && matches!(scan.lower(k - 2), "did" | "does"))
            || (matches!(w, "followed" | "follows") && follows_alone(scan, k))
    })
}

/// Whether "followed" at `k` has no object: the clause ends after it, or only a time follows ("Kyrgyzstan
/// followed in September 2024", "followed weeks later"), not "followed the talks" nor "followed in the footsteps".
fn follows_alone(scan: &Scan, k: usize) -> bool {
    let Some(next) = scan.toks().get(k + 1) else { return true };
    if next.kind == TokenKind::Punct {
        return matches!(scan.tok(k + 1), "," | "." | ";");
    }
    let time = |i: usize| lexicon::time_word(scan, i);
    time(k + 1) || (matches!(scan.lower(k + 1), "in" | "on" | "shortly" | "soon") && time(k + 2))
}
