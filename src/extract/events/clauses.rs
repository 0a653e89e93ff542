//! Clauses inside a sentence: the boundaries that no single word marks (", and" before a new subject and verb;
//! "before", "after", "until", "since", "once" opening a clause of their own), and where the clause around a
//! token starts and ends.

use super::Category;
use super::lexicon::{BOUNDARY, class_at, is_boundary, is_claim, is_verb, verb_cue_at};
use crate::extract::detect::Scan;
use crate::extract::tokens::{Case, TokenKind};

/// Marks each ", and" that joins two clauses as a clause boundary: one with a verb before it and a subject and a
/// verb after it ("Saudi Arabia and Iran called for restraint, and Iran's foreign minister offered to mediate"),
/// unlike the last comma of a list ("Russia, China, and Iran called on …", "talks with Russia, China, and Iran")
/// or a second verb of the same subject (", and said …"). Called once the tokens' grammar bits are known.
pub fn mark_clause_joins(scan: &mut Scan) {
    for k in 1..scan.toks().len() {
        if scan.facts[k].grammar & BOUNDARY == 0 {
            if joins_clauses(scan, k) || opens_time_clause(scan, k) {
                scan.facts[k].grammar |= BOUNDARY;
            }
        } else if let Some(close) = quoted_cue(scan, k) {
            // (Quotation marks are boundaries already: only those few tokens are read again.)
            scan.facts[k].grammar &= !BOUNDARY;
            scan.facts[close].grammar &= !BOUNDARY;
        }
    }
}

/// The closing quotation mark of a short quotation opening at token `k` that holds a cue and only words in lower
/// case: 'expressed "full solidarity" with Finland' is the speaker's own act, so its marks end no clause. (A
/// longer quotation, or one naming someone, is a quote: 'condemned the strikes as a "violation of Yemen's
/// sovereignty"'.) So is one of such words right after a verb cue, its object before whom it is for: 'conveyed
/// "serious concern" to Beijing' (not 'urged "all parties" to exercise restraint, without naming China').
fn quoted_cue(scan: &Scan, k: usize) -> Option<usize> {
    if !matches!(scan.tok(k), "“" | "\"") {
        return None;
    }
    let toks = scan.toks();
    let close = (k + 2..(k + 5).min(toks.len())).find(|&j| matches!(scan.tok(j), "”" | "\""))?;
    let inside = k + 1..close;
    let plain = inside.clone().all(|j| toks[j].kind == TokenKind::Word && toks[j].case == Case::Lower);
    let recipient = |j: usize| scan.is(j, "the") || toks.get(j).is_some_and(|t| t.is_capitalised());
    let object = || {
        k > 0
            && verb_cue_at(scan, k - 1)
            && (scan.is(close + 1, "to") || scan.is(close + 1, "with"))
            && recipient(close + 2)
    };
    (plain && (inside.into_iter().any(|j| scan.facts[j].cue) || object())).then_some(close)
}

/// Whether token `k` is "before", "after", "until", "since", "once" or "as" opening a clause with its own subject
/// and verb ("hours before Yoon arrived in Tokyo"), not a phrase ("after talks in Doha").
fn opens_time_clause(scan: &Scan, k: usize) -> bool {
    // Most tokens are none of the six words: their length says so without reading them.
    let t = scan.toks()[k];
    let opens = match t.end - t.start {
        4..=6 => t.case == Case::Lower && matches!(scan.lower(k), "before" | "after" | "until" | "since" | "once"),
        // "… trade barbs as China sides with Islamabad": "as" with a subject named after it (not "such as", "as
        // well as", "known as").
        2 => {
            scan.lower(k) == "as"
                && t.case == Case::Lower
                && scan.toks().get(k + 1).is_some_and(|n| n.is_capitalised())
                && !matches!(scan.lower(k - 1), "such" | "well" | "known" | "same")
        }
        _ => false,
    };
    opens
        && k + 1 < scan.toks().len()
        && !is_verb(scan, k + 1)
        // (Not "before the referendum and urged Venezuela …": a verb after "and" is the first clause's.)
        && subject_then_verb(scan, k + 1).is_some_and(|verb| !(k + 1..verb).any(|j| scan.is(j, "and")))
}

/// Whether token `k` is an "and" after a comma that starts a new clause (see [`mark_clause_joins`]).
fn joins_clauses(scan: &Scan, k: usize) -> bool {
    // Only after a comma (a rare token: the test reads one byte).
    let comma = scan.toks()[k - 1];
    if comma.kind != TokenKind::Punct || scan.text().as_bytes().get(comma.start as usize) != Some(&b',') {
        return false;
    }
    if scan.lower(k) != "and" {
        return false;
    }
    // ", and after the coup in Niamey, General Tiani's government ordered …": a phrase put before the new
    // clause's subject is passed over.
    let after = match class_at(scan, k + 1, "fronting") {
        true => match (k + 2..(k + 14).min(scan.toks().len())).find(|&j| scan.is_punct(j, ",")) {
            Some(comma) => comma + 1,
            None => return false,
        },
        false => k + 1,
    };
    if after >= scan.toks().len() || is_verb(scan, after) {
        return false;
    }
    subject_then_verb(scan, after).is_some() && (clause_start(scan, k - 1)..k - 1).any(|j| is_verb(scan, j))
}

/// Where the verb is, when a subject and then a verb follow from token `after` on, before any punctuation: a name
/// or a phrase opened by a determiner ("the border guards"), then a verb.
fn subject_then_verb(scan: &Scan, after: usize) -> Option<usize> {
    let mut subject = false;
    for j in after..(after + 10).min(scan.toks().len()) {
        let t = scan.toks()[j];
        if t.kind == TokenKind::Punct {
            return None;
        }
        // ("talks in Doha mediated by Qatar": a participle with its agent is no finite verb.)
        // (Nor is a participle right after its determiner: "a planned summit".)
        let participle = || (scan.lower(j).ends_with("ed") && scan.is(j + 1, "by")) || determiner(scan.lower(j - 1));
        if j > after && subject && is_verb(scan, j) && !participle() {
            return Some(j);
        }
        subject |= t.case != Case::Lower || determiner(scan.lower(j));
    }
    None
}

/// A word that opens a subject's noun phrase.
fn determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "both")
}

/// First token of the clause containing token `at`.
pub fn clause_start(scan: &Scan, at: usize) -> usize {
    (0..at).rev().find(|&k| is_boundary(scan, k)).map_or(0, |k| k + 1)
}

/// End of the clause after token `from`.
pub fn clause_end(scan: &Scan, from: usize) -> usize {
    let end = (from..scan.toks().len()).find(|&k| is_boundary(scan, k)).unwrap_or(scan.toks().len());
    // A comma ends it before a new subject and its verb, as a headline joins its clauses ("U.S. and British jets
    // strike Sanaa, Israel bombs Hodeidah port"), and before a claim put in apposition, which someone rejects
    // ("… behind the attack, a claim Kyiv and Washington rejected": Washington is not attacked).
    // So does a comma before who says it, closing the sentence ("… retook the area, Somalia's army said").
    let new_clause = |k: usize| subject_and_verb_after(scan, k) || claim_after(scan, k) || attribution_after(scan, k);
    // (One pass over the clause's commas: this runs for every cue.)
    let mut commas = (from..end).filter(|&k| scan.is_punct(k, ","));
    let Some(comma) = commas.next() else { return end };
    if new_clause(comma) {
        return comma;
    }
    let end = commas.find(|&k| new_clause(k)).unwrap_or(end);
    // A relative clause set off by commas ends at its closing comma ("Goita, who seized power in a coup, has
    // deepened ties with Moscow": Moscow is not what was seized).
    let start = clause_start(scan, from);
    let relative = start >= 2
        && matches!(scan.lower(start - 1), "who" | "whom" | "which" | "whose")
        && scan.is_punct(start - 2, ",");
    // So does a subordinate clause that opens the sentence ("When the Taliban condemned the massacre at Pahalgam,
    // India's minister telephoned …": India is not what was condemned).
    // (Written with a capital, the subordinator is no boundary, so the clause starts at the sentence.)
    let fronted = start == 0 && adverbial_subordinator(scan.lower(0)) && !(0..from).any(|k| scan.is_punct(k, ","));
    if relative {
        // (Past the commas of a list of names: "France, whose troops were expelled from Mali, Burkina Faso and
        // Niger, has shifted …".)
        return (comma..end).filter(|&k| scan.is_punct(k, ",")).find(|&k| !continues_list(scan, k)).unwrap_or(end);
    }
    if fronted {
        return comma;
    }
    // And one inside the sentence, at the comma a verb follows: "The United States, which lost its base after
    // Niger's junta expelled them, is negotiating with Benin" (Benin is not expelled).
    if subordinate_clause(scan, start)
        && let Some(close) = (comma..end).find(|&k| scan.is_punct(k, ",") && k + 1 < end && is_verb(scan, k + 1))
    {
        return close;
    }
    end
}

/// Whether the comma at `comma` goes on with a list of names: one to three capitalised words, then "and", "or" or
/// another comma ("Mali, Burkina Faso and Niger").
pub(super) fn continues_list(scan: &Scan, comma: usize) -> bool {
    let n = scan.toks().len();
    let name_end = (comma + 1..(comma + 5).min(n)).find(|&k| !scan.toks()[k].is_capitalised());
    name_end.is_some_and(|k| k > comma + 1 && (scan.is(k, "and") || scan.is(k, "or") || scan.is_punct(k, ",")))
}

/// Whether one to three capitalised words after the comma at `comma` are followed by a verb cue in lower case
/// (", Israel bombs …").
fn subject_and_verb_after(scan: &Scan, comma: usize) -> bool {
    let name_end = (comma + 1..(comma + 4).min(scan.toks().len())).find(|&k| !scan.toks()[k].is_capitalised());
    name_end.is_some_and(|k| k > comma + 1 && scan.toks()[k].case == Case::Lower && verb_cue_at(scan, k))
}

/// Whether the words after the comma at `comma` only say who said the sentence: a short subject without
/// punctuation, its reporting verb, and at most a few words before the sentence ends (", Somalia's army said.",
/// ", the ministry said on Tuesday.").
fn attribution_after(scan: &Scan, comma: usize) -> bool {
    let len = scan.toks().len();
    let Some(verb) = (comma + 2..(comma + 8).min(len))
        .take_while(|&k| scan.toks()[k - 1].kind != TokenKind::Punct)
        .find(|&k| class_at(scan, k, "reporting"))
    else {
        return false;
    };
    let rest = (verb + 1..len).filter(|&k| scan.toks()[k].kind != TokenKind::Punct).count();
    rest <= 3 && (verb + 1..len).all(|k| !scan.is_punct(k, ","))
}

/// Whether a noun for a claim follows the comma at `comma`, after an article or none (", a claim …",
/// ", allegations …").
fn claim_after(scan: &Scan, comma: usize) -> bool {
    let article = |k: usize| k < scan.toks().len() && matches!(scan.lower(k), "a" | "an" | "the");
    let k = comma + 1 + usize::from(article(comma + 1));
    k < scan.toks().len() && is_claim(scan.lower(k))
}

/// A subordinator that opens a clause of time, cause or contrast ("when", "while", "although", "because"): a
/// clause with an act of its own, not part of the main one.
pub fn adverbial_subordinator(word: &str) -> bool {
    matches!(word, "when" | "while" | "although" | "though" | "because" | "whereas")
}

/// Whether the clause starting at `start` is one of time, cause or contrast, opened by the word before it (as
/// marked when the scan was made: "after Niger's junta ordered the troops out", "while talks went on").
pub fn subordinate_clause(scan: &Scan, start: usize) -> bool {
    // (Every such word has four to eight letters: most tokens fail on their length.)
    start > 0
        && (4..=8).contains(&(scan.toks()[start - 1].end - scan.toks()[start - 1].start))
        && (adverbial_subordinator(scan.lower(start - 1))
            || matches!(scan.lower(start - 1), "before" | "after" | "until" | "since" | "once"))
}

/// Where the targets of a directed cue ending at `end` may stand: to its clause's end, or past a "that" that opens
/// a demand's or a complaint's clause, whose subject is the target ("demanded that the Taliban act", "complained
/// that Chinese vessels had surveyed …"), or past the "when" of a protest's ("Serbia protested in 2023 when Turkey
/// delivered drones to Kosovo"), or past the "that" of a warning whose clause opens with a side's hostile act
/// ("warned that any Venezuelan aggression would …"); not past an act done "in coordination with" a side.
pub(super) fn target_clause_end(scan: &Scan, category: Category, end: usize) -> usize {
    let opens_target = match category {
        Category::Request | Category::Accuse => scan.is(end, "that").then_some(end),
        // (A protest's "when" may follow a phrase of time: "protested in 2023 when …".)
        Category::Protest => (end..(end + 4).min(scan.toks().len()))
            .take_while(|&k| scan.toks()[k].kind != TokenKind::Punct)
            .find(|&k| scan.is(k, "that") || scan.is(k, "when")),
        Category::Threaten => scan.is(end, "that").then_some(end).filter(|&that| names_hostile_act(scan, that + 1)),
        _ => None,
    };
    let right = clause_end(scan, opens_target.map_or(end, |k| k + 1));
    // "raids against the gang in coordination with the government of Peru": who an act is done with is no target.
    // (The cue bit first: it rules out most tokens without reading them.)
    (end..right).find(|&k| scan.facts[k].cue && scan.is(k, "in") && verb_cue_at(scan, k)).unwrap_or(right)
}

/// Whether a clause from `at` opens with a named side's hostile act: a determiner or two, one to three capitalised
/// words (a possessive's "'s" included) and a `hostile-act` noun ("any Venezuelan aggression", "a Chinese attack",
/// "further Russian provocations"); not "any attack on Guyana", which names who is struck.
fn names_hostile_act(scan: &Scan, at: usize) -> bool {
    let toks = scan.toks();
    let mut k = at;
    while k < toks.len() && k < at + 2 && matches!(scan.lower(k), "any" | "a" | "an" | "the" | "further" | "new") {
        k += 1;
    }
    let named_from = k;
    while k < toks.len() && k < named_from + 3 && (toks[k].is_capitalised() || matches!(scan.lower(k), "'s" | "’s")) {
        k += 1;
    }
    k > named_from && k < toks.len() && scan.kb.in_context("hostile-act", scan.lower(k))
}
