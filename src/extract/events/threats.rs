//! Acts threatened: "threatened to cut off gas supplies to Moldova" is a threat to Moldova, not a sanction yet.

use super::Category;
use super::lexicon::{Cue, one_word_cue_at};
use crate::extract::detect::Scan;

/// The category to code a cue as: THREATEN when a verb of threatening and "to" stand right before it ("threatened
/// to impose sanctions on Peru"), else `category`. (The act keeps its own reach for finding whom it threatens: "to
/// Moldova" after a sanction is its target.)
pub fn as_threat(scan: &Scan, cue: &Cue, category: Category) -> Category {
    let threatened = !cue.word.noun
        && cue.first >= 2
        && scan.is(cue.first - 1, "to")
        && one_word_cue_at(scan, cue.first - 2, false, &[Category::Threaten]);
    if threatened { Category::Threaten } else { category }
}
