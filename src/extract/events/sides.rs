//! Where a directed cue finds who acts: in its own clause, from an earlier cue's sides (a second verb of the same
//! subject, a request's object acting in its infinitive), or nowhere when a verb before it judges the act. Also
//! the other side that a symmetric cue names after it (`other_side`).

use super::Category;
use super::actors::{Actor, cross, first_group, group_after_word, is_agent};
use super::lexicon::{self, Cue, clause_end, clause_start};
use super::subjects::{agents_in, group_before, leading_group};
use crate::extract::detect::Scan;
use crate::extract::tokens::TokenKind;

/// A directed cue coded earlier in the sentence.
pub(super) struct EarlierCue {
    /// Its first token.
    pub(super) first: usize,
    /// A verb that found no one acting before it ("He thanked Beijing").
    pub(super) subjectless: bool,
    pub(super) pairs: Vec<(Actor, Actor)>,
    /// A request's object or the accused: the actors right after it ("asked Islamabad to …", "accused Kabul of …").
    pub(super) objects: Vec<Actor>,
}

impl EarlierCue {
    pub(super) fn new(
        scan: &Scan,
        actors: &[Actor],
        cue: &Cue,
        category: Category,
        pairs: Vec<(Actor, Actor)>,
    ) -> Self {
        // "He thanked Beijing … and asked Islamabad to …": without a subject of its own, the first verb lends
        // none to the second (Beijing is its object).
        let subjectless = pairs.is_empty()
            && !cue.word.noun
            && agents_in(actors, clause_start(scan, cue.first), cue.first).is_empty();
        // A request's object, who is to act in its infinitive ("asked Islamabad to stop deporting …"), or the
        // accused, who acts in the charge ("accused Washington of freezing …").
        let objects = match category {
            Category::Request | Category::Accuse => {
                first_group(scan, actors, cue.end, clause_end(scan, cue.end), is_agent)
                    .into_iter()
                    .filter(|x| x.first < cue.end + 4)
                    .collect()
            }
            _ => Vec::new(),
        };
        EarlierCue { first: cue.first, subjectless, pairs, objects }
    }
}

/// Whether the cue at `cue_first` is a gerund after "of" or "for" right after an accused (`object_end`): "accused
/// Pakistan of sheltering …", "criticised the United States for freezing …". The accused acts in it.
fn charge_between(scan: &Scan, object_end: usize, cue_first: usize) -> bool {
    // (The accused's title may come first: "accusing the Algerian army of shooting down …".)
    let of_or_for = |k: usize| scan.is(k, "of") || scan.is(k, "for");
    let Some(of) = (object_end..cue_first.min(object_end + 3))
        .take_while(|&k| of_or_for(k) || scan.facts[k].role.is_some())
        .find(|&k| of_or_for(k))
    else {
        return false;
    };
    (of + 1..=of + 2).contains(&cue_first) && scan.lower(cue_first).ends_with("ing")
}

/// Where a directed cue finds its sources, given the directed cue before it in the sentence and where the last
/// verb that judges an act ended.
pub(super) fn directed_sides<'a>(
    scan: &Scan,
    cue: &Cue,
    earlier: Option<&'a EarlierCue>,
    judged_from: Option<usize>,
) -> Sides<'a> {
    if let Some(e) = earlier {
        let same_clause = || clause_start(scan, e.first) == clause_start(scan, cue.first);
        if (!e.pairs.is_empty() || (e.subjectless && same_clause()))
            && !cue.word.noun
            && lexicon::second_verb(scan, cue.first)
        {
            return Sides::Second(&e.pairs);
        }
        let object_end = e.objects.iter().map(|o| o.end).max().unwrap_or(0);
        if !e.objects.is_empty()
            && (lexicon::infinitive_between(scan, object_end, cue.first) || charge_between(scan, object_end, cue.first))
        {
            return Sides::Told(&e.objects);
        }
    }
    let judged = cue.word.noun
        && (lexicon::time_reference(scan, cue.first)
            || judged_from.is_some_and(|e| {
                e <= cue.first
                    && cue.first - e <= lexicon::JUDGED_ACT_REACH
                    && (e..cue.first).all(|k| scan.toks()[k].kind != TokenKind::Punct)
            }));
    if judged { Sides::Judged } else { Sides::Own }
}

/// Where a directed cue finds its sources.
pub(super) enum Sides<'a> {
    /// In its clause before it, or failing that in a relative clause's antecedent, a passive's subject or an
    /// anaphor.
    Own,
    /// A second verb of an earlier cue's subject (that cue's sides): the same sources, and its targets when it
    /// names none ("accused Kyiv of … and severed relations").
    Second(&'a [(Actor, Actor)]),
    /// A cue in the infinitive after a request's object ("asked Islamabad to stop deporting …"): the object acts.
    Told(&'a [Actor]),
    /// A noun for an act that a verb before it judges ("condemned the attack on …", "welcomed the sanctions"):
    /// the act is not the judge's; only its "by" phrase or its possessor ("Pakistan's strikes") did it.
    Judged,
}

impl<'a> Sides<'a> {
    /// The earlier cue's pairs, when the cue is a second verb of its subject.
    pub(super) fn second(&self) -> Option<&'a [(Actor, Actor)]> {
        match self {
            Sides::Second(earlier) => Some(earlier),
            _ => None,
        }
    }
}

/// Whether a verb cue ending at `end` is done to "each other" or "one another": each side of its subject acts on
/// the others ("accused each other of", "expelled each other's diplomats").
pub(super) fn reciprocal(scan: &Scan, end: usize) -> bool {
    (scan.is(end, "each") && scan.is(end + 1, "other")) || (scan.is(end, "one") && scan.is(end + 1, "another"))
}

/// How many countries the actors stand for.
pub(super) fn distinct_countries(actors: &[Actor]) -> usize {
    let countries = || actors.iter().filter_map(|a| a.country);
    countries().enumerate().filter(|&(i, c)| !countries().take(i).any(|d| d == c)).count()
}

/// The other side of a symmetric cue named after it: a "with" phrase ("met with Lavrov", "its war with Iran"),
/// or for a war, an "against" phrase too ("Russia's war against Ukraine", "waged war against Armenia": the war
/// is between the two, whichever began it).
pub(super) fn other_side(scan: &Scan, actors: &[Actor], cue: &Cue, right: usize) -> Option<Vec<Actor>> {
    group_after_word(scan, actors, cue.end, right, "with").or_else(|| {
        (cue.word.category == Category::Assault && cue.word.noun)
            .then(|| group_after_word(scan, actors, cue.end, right, "against"))
            .flatten()
    })
}

/// The two sides of a call named before its manner, the cue at `first` ("by telephone", "via video link"), in the
/// clause starting at `left`: who spoke and whom with or to ("raised the matter with Putin by telephone", "spoke to
/// Japarov by video link"), or whom they told ("Meredov told Muttaqi by phone that …"). `None` when the cue is no
/// manner or names no one before it.
pub(super) fn call_before_manner(
    scan: &Scan,
    actors: &[Actor],
    left: usize,
    first: usize,
) -> Option<Vec<(Actor, Actor)>> {
    if !matches!(scan.lower(first), "by" | "via") {
        return None;
    }
    if let Some(at) = (left..first).rev().find(|&k| scan.is(k, "with") || scan.is(k, "to"))
        && let Some(b) = group_after_word(scan, actors, at, first, scan.lower(at))
    {
        return Some(cross(&leading_group(scan, agents_in(actors, left, at)), &b));
    }
    // Whom a reporting verb told: the verb ends the clause before this one, whose subject spoke.
    let verb = left.checked_sub(1).filter(|&v| lexicon::class_at(scan, v, "reporting"))?;
    let told = leading_group(scan, agents_in(actors, left, first));
    let speakers = group_before(scan, actors, verb);
    (!speakers.is_empty() && !told.is_empty()).then(|| cross(&speakers, &told))
}
