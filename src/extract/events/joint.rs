//! Joint operations: states named together as who carries out an act of force act together ("Somali and Ugandan
//! troops retook the area", "American and British warships struck Houthi targets").

use super::Category;
use super::actors::{Actor, all_pairs, is_agent, one_per_country};
use super::lexicon::{Cue, clause_start};
use super::sides::distinct_countries;
use super::subjects::{clause_subject, leading_group};
use super::voice;
use crate::extract::detect::Scan;

/// The pairs of states that cooperate by carrying out a strike or a seizure together: two or more states joined by
/// "and" as the subject of the verb `cue`, when the act (its `pairs`) is aimed at none of them.
///
/// Only acts of force: states that deploy troops or impose sanctions side by side may do so against each other
/// ("India and Pakistan moved troops to the border"), and a passive's subject suffered the act ("Malian and
/// French positions were attacked").
pub(super) fn partners(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    category: Category,
    pairs: &[(Actor, Actor)],
) -> Vec<(Actor, Actor)> {
    if cue.word.noun
        || !matches!(category, Category::Assault | Category::Coerce)
        || voice::passive_participle(scan, cue.first)
    {
        return Vec::new();
    }
    let left = clause_start(scan, cue.first);
    let subject = leading_group(scan, clause_subject(scan, actors, category, left, cue.first));
    let (Some(head), Some(tail)) = (subject.first(), subject.last()) else {
        return Vec::new();
    };
    let joined_by_and = (head.end..tail.first).any(|k| scan.is(k, "and"));
    let aimed_at_one = pairs.iter().any(|(_, t)| subject.iter().any(|s| s.country == t.country));
    if !joined_by_and || aimed_at_one || !subject.iter().all(is_agent) || distinct_countries(&subject) < 2 {
        return Vec::new();
    }
    all_pairs(&one_per_country(&subject))
}
