//! Finding a sentence's cues: the longest phrase of `cues.tsv` at each word, read past an adverb ("coordinating
//! closely with"), past the words after "joint" ("a joint naval patrol"), to the agreement a verb ends ("scrapped
//! its defence pact") or the base a state keeps abroad, or as a directive ("told the U.S. to stay out") or a call
//! to a counterpart; a participle used as an adjective is none.

use super::Category;
use super::lexicon::{Cue, CueWord, cues_opening_with, rest_follows, token_classes};
use crate::extract::detect::{Label, Scan};
use crate::extract::tokens::{Case, TokenKind};

/// Every cue in the sentence, in order (the longest phrase at each position).
pub fn find_cues(scan: &Scan) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.toks().len() {
        if scan.toks()[i].kind != TokenKind::Word || matches!(scan.labels[i], Label::Dict(_)) {
            i += 1;
            continue;
        }
        let w = scan.lower(i);
        let known = if scan.facts[i].cue { cues_opening_with(w) } else { None };
        // The words after the first, right after it, or else past an adverb ("coordinating closely with").
        let after = |list: &[(Vec<String>, CueWord)], skip: usize| cue_after(scan, i, list, skip);
        let matched = known.and_then(|list| {
            after(list, 0)
                .or_else(|| adverb(scan, i + 1).then(|| after(list, 1))?)
                .or_else(|| wider_cue(scan, i, w, list))
        });
        // "called his Peruvian counterpart" is a call; "called" alone names something (an accusation only with a
        // charge after it: see `objects::by_object`).
        let matched = match matched {
            Some(c) if c.end == i + 1 && matches!(w, "called" | "calls") => called_counterpart(scan, i).or(Some(c)),
            matched => matched,
        };
        let matched = matched.or_else(|| told_to(scan, i)).filter(|c| !adjectival(scan, c, out.last()));
        match matched {
            Some(c) => {
                i = c.end;
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}

/// The cue of `list` (the cues that open with token `i`) whose other words follow `skip` words after `i` (a cue of
/// one word only right after none).
#[inline]
fn cue_after(scan: &Scan, i: usize, list: &[(Vec<String>, CueWord)], skip: usize) -> Option<Cue> {
    list.iter().filter(|(rest, _)| skip == 0 || !rest.is_empty()).find_map(|(rest, word)| {
        rest_follows(scan, i + 1 + skip, rest).then_some(Cue { first: i, end: i + 1 + skip + rest.len(), word: *word })
    })
}

/// A cue read past the words right after its first: "a joint naval patrol" (one or two words after "joint"), a
/// verb read to a later noun ("scrapped its defence pact"). (Kept out of line: the loop over every token stays
/// small.)
#[inline(never)]
fn wider_cue(scan: &Scan, i: usize, w: &str, list: &[(Vec<String>, CueWord)]) -> Option<Cue> {
    match w {
        "joint" => (1..=2).filter(|&n| modifiers_of_joint(scan, i, n)).find_map(|n| cue_after(scan, i, list, n)),
        // (Such a cue comes first in its list.)
        _ => list.first().and_then(|(rest, word)| gapped_cue(scan, i, rest, *word)),
    }
}

/// A cue whose rest is a verb's other words and then a noun within four words, which the cue runs to: `<agreement>`
/// for a noun of agreement ("ended a 2011 policing arrangement", "scrapped its defence pact"), `<base>` for a
/// military base ("keeps its largest foreign army base in Tajikistan"), `<supply>` for what flows or is sold
/// ("halted gas supplies to Moldova"), `<forces>` for troops ("pulled its last soldiers out of …"); or `<with>`, a
/// "with" after the verb's object of up to eight words ('raised "the dangers of foreign interference" with Emirati
/// officials').
fn gapped_cue(scan: &Scan, i: usize, rest: &[String], word: CueWord) -> Option<Cue> {
    let (last, verb) = rest.split_last()?;
    let gap = last.as_str();
    if gap == "<with>" {
        return object_then_with(scan, i + 1).map(|with| Cue { first: i, end: with + 1, word });
    }
    let is_noun = gap_noun(gap)?;
    if !rest_follows(scan, i + 1, verb) {
        return None;
    }
    let from = i + 1 + verb.len();
    let of_noun = |k: usize| k < scan.toks().len() && is_noun(scan, k);
    let noun = (from..(from + 5).min(scan.toks().len()))
        .take_while(|&k| matches!(scan.toks()[k].kind, TokenKind::Word | TokenKind::Number))
        .find(|&k| of_noun(k))?;
    // ("its defence cooperation agreement": the noun's compound ends the cue.)
    let end = (noun + 1..).find(|&k| !of_noun(k)).unwrap_or(noun + 1);
    Some(Cue { first: i, end, word })
}

/// The test of a token for the noun a gapped cue's placeholder stands for (`None` for no such placeholder).
fn gap_noun(gap: &str) -> Option<fn(&Scan, usize) -> bool> {
    Some(match gap {
        "<agreement>" => |scan, k| {
            agreement_noun(scan, k)
                || matches!(scan.lower(k), "arrangement" | "arrangements" | "partnership" | "alliance" | "cooperation")
        },
        "<base>" => |scan, k| matches!(scan.lower(k), "base" | "bases" | "airbase" | "airbases"),
        "<forces>" => |scan, k| super::lexicon::class_at(scan, k, "forces"),
        "<supply>" => |scan, k| scan.kb.in_context("supply-noun", scan.lower(k)),
        _ => return None,
    })
}

/// The "with" that follows an object of one to eight words from token `from` on: words, numbers, possessives and
/// quotation marks, no other punctuation.
fn object_then_with(scan: &Scan, from: usize) -> Option<usize> {
    let inside = |k: usize| match scan.toks()[k].kind {
        TokenKind::Punct => matches!(scan.tok(k), "“" | "”" | "\""),
        _ => true,
    };
    (from + 1..(from + 10).min(scan.toks().len())).take_while(|&k| inside(k - 1)).find(|&k| scan.is(k, "with"))
}

/// Whether "joint" at `i` is followed by `n` words in lower case that say what kind of act it is, before the
/// rest of its cue: "a joint naval patrol", "their first joint coast guard patrol".
fn modifiers_of_joint(scan: &Scan, i: usize, n: usize) -> bool {
    (i + 1..i + 1 + n).all(|k| {
        scan.toks().get(k).is_some_and(|t| t.kind == TokenKind::Word && t.case == Case::Lower)
            && !scan.facts[k].cue
            && token_classes(scan, k) == 0
    })
}

/// Whether token `k` is a noun of agreement on its own ("agreement", "pact", "deal").
pub fn agreement_noun(scan: &Scan, k: usize) -> bool {
    super::lexicon::one_word_cue_at(scan, k, true, &[Category::Agree])
}

/// Whether token `k` is an adverb of manner in "-ly" ("closely", "directly").
fn adverb(scan: &Scan, k: usize) -> bool {
    scan.toks().get(k).is_some_and(|t| t.kind == TokenKind::Word && t.case == Case::Lower)
        && scan.lower(k).len() > 4
        && scan.lower(k).ends_with("ly")
}

/// A participle cue used as an adjective before a noun: "the alleged hideouts", "struck alleged TTP hideouts"
/// (right after a verb cue, or after a noun cue unless an object follows: "the ceasefire agreed in Doha", but "a
/// joint statement backed the UAE's call"), "the banned group".
fn adjectival(scan: &Scan, cue: &Cue, before: Option<&Cue>) -> bool {
    let i = cue.first;
    let determiner =
        i > 0 && matches!(scan.lower(i - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this");
    !cue.word.noun
        && cue.end == i + 1
        && scan.lower(i).ends_with("ed")
        && (determiner || before.is_some_and(|b| b.end == i && !(b.word.noun && object_after(scan, i + 1))))
        && scan.toks().get(i + 1).is_some_and(|t| t.is_word() && !matches!(scan.lower(i + 1), "that" | "by" | "to"))
}

/// Whether token `k` opens a direct object: an article or possessive determiner, or a name.
fn object_after(scan: &Scan, k: usize) -> bool {
    scan.toks().get(k).is_some_and(|t| t.is_capitalised())
        || (k < scan.toks().len() && matches!(scan.lower(k), "the" | "a" | "an" | "its" | "their"))
}

/// "told the U.S. to stay out", "asked Beijing to …": a directive, coded REQUEST.
fn told_to(scan: &Scan, i: usize) -> Option<Cue> {
    if !matches!(scan.lower(i), "told" | "tells" | "tell") {
        return None;
    }
    let limit = (i + 8).min(scan.toks().len().saturating_sub(1));
    let to = (i + 1..limit).find(|&k| scan.is(k, "to"))?;
    let that = (i + 1..to).any(|k| scan.is(k, "that"));
    let verb_after = scan.toks()[to + 1].case == Case::Lower && scan.toks()[to + 1].kind == TokenKind::Word;
    (!that && verb_after).then_some(Cue {
        first: i,
        end: i + 1,
        word: CueWord { category: Category::Request, symmetric: false, negated: None, noun: false },
    })
}

/// "called his Peruvian counterpart", "calls her counterparts": a call, coded CONSULT ("called" alone is too many
/// other things: "called for", "called the plan a mistake").
fn called_counterpart(scan: &Scan, i: usize) -> Option<Cue> {
    // (Asked only of "called" and "calls" matched as cues of one word, naming ones: "called on" and "calls for"
    // are cues of their own.)
    if scan.toks()[i].case != Case::Lower {
        return None;
    }
    let limit = (i + 5).min(scan.toks().len());
    (i + 1..limit)
        .take_while(|&k| scan.toks()[k].is_word())
        .any(|k| matches!(scan.lower(k), "counterpart" | "counterparts"))
        .then_some(Cue {
            first: i,
            end: i + 1,
            word: CueWord { category: Category::Consult, symmetric: true, negated: None, noun: false },
        })
}
