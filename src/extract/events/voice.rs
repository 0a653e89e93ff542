//! The voice of a verb cue: passives, with or without their agent, and where an act comes from.

use crate::extract::detect::Scan;

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
    if !scan.lower(first).ends_with("ed") {
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
