//! Recognition or ties switched from one side to another: "Solomon Islands and Kiribati switched recognition from
//! Taipei to Beijing" supports Beijing and rejects Taipei.

use super::Category;
use super::actors::{Actor, cross, group_after_word};
use super::lexicon::{Cue, clause_end};
use super::subjects::side;
use crate::extract::detect::Scan;

/// Pairs of actors, the acting side first.
type Pairs = Vec<(Actor, Actor)>;

/// The pairs of a noun cue of support or cooperation right after a verb of switching, with a "from" side and a
/// "to" side after it: the acting sides of `pairs` reject the "from" side (first) and take the cue's act to the
/// "to" side (second). `None` for any other cue, or when either side is missing.
pub(super) fn switched(scan: &Scan, actors: &[Actor], cue: &Cue, pairs: &[(Actor, Actor)]) -> Option<(Pairs, Pairs)> {
    if !cue.word.noun || !matches!(cue.word.category, Category::Support | Category::Cooperate) {
        return None;
    }
    let verb = (cue.first.saturating_sub(3)..cue.first).find(|&k| {
        matches!(scan.lower(k), "switched" | "switch" | "switches" | "switching" | "shifted" | "shifts" | "shifting")
    })?;
    let right = clause_end(scan, cue.end);
    let old = group_after_word(scan, actors, cue.end, right, "from")?;
    let old_end = old.iter().map(|x| x.end).max()?;
    let new = group_after_word(scan, actors, old_end, right, "to")?;
    let sources: Vec<Actor> = side(pairs, |p| p.0).into_iter().filter(|x| x.end <= verb).collect();
    (!sources.is_empty()).then(|| (cross(&sources, &old), cross(&sources, &new)))
}
