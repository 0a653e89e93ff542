//! The words the event coder reads: cue words (`assets/events/cues.tsv`) and clause grammar
//! (`assets/events/grammar.tsv`), and the clause helpers built on them.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::Category;
pub use super::clauses::{adverbial_subordinator, clause_end, clause_start, mark_clause_joins, subordinate_clause};
use crate::extract::detect::{Label, Scan};
use crate::extract::knowledge::Entry;
use crate::extract::tokens::{Case, TokenKind};

/// One cue phrase's meaning.
#[derive(Clone, Copy, Debug)]
pub struct CueWord {
    /// Category when affirmed.
    pub category: Category,
    /// Both sides take part equally.
    pub symmetric: bool,
    /// Category when negated (None: drop the event).
    pub negated: Option<Category>,
    /// A noun ("talks") rather than a verb.
    pub noun: bool,
}

/// A cue found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Its meaning.
    pub word: CueWord,
}

struct Lexicon {
    cues: HashMap<String, Vec<(Vec<String>, CueWord)>>,
    /// Grammar classes of each word, as bits (one per entry of `CLASSES`).
    classes: HashMap<String, u32>,
}

/// `assets/events/cues.tsv`: the cue words of each event category.
pub const CUES: &str = include_str!("../../../assets/events/cues.tsv");
/// `assets/events/grammar.tsv`: the clause grammar words.
pub const GRAMMAR: &str = include_str!("../../../assets/events/grammar.tsv");

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(CUES, GRAMMAR))
}

const CLASSES: [&str; 31] = [
    "reporting",
    "subordinator",
    "locative",
    "anaphor",
    "modal",
    "negation",
    "light",
    "nonstate",
    "number",
    "fronting",
    "finite",
    "reversal",
    "listing",
    "goods",
    "worsening",
    "mediation",
    "reception",
    "direction",
    "message",
    "forces",
    "figurative",
    "obstruction",
    "delivery",
    "time",
    "obligation",
    "withholding",
    "others",
    "infrastructure",
    "proposal",
    "closure",
    "firing",
];

impl Lexicon {
    fn parse(cues_text: &str, grammar_text: &str) -> Lexicon {
        let mut cues: HashMap<String, Vec<(Vec<String>, CueWord)>> = HashMap::default();
        for line in cues_text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(cue), Some(Some(category))) = (f.first(), f.get(1).map(|c| Category::parse(c))) else { continue };
            let words: Vec<String> = cue.split_whitespace().map(str::to_lowercase).collect();
            let Some((first, rest)) = words.split_first() else { continue };
            let w = CueWord {
                category,
                symmetric: f.get(2) == Some(&"sym"),
                negated: f.get(3).and_then(|n| Category::parse(n)),
                noun: f.get(4) == Some(&"noun"),
            };
            let list = cues.entry(first.clone()).or_default();
            list.push((rest.to_vec(), w));
            // Longest first; a cue read to a word further on (see `cue_finder::gapped_cue`) first of all.
            list.sort_by_key(|(r, _)| (!r.last().is_some_and(|w| w.starts_with('<')), std::cmp::Reverse(r.len())));
        }
        let mut classes: HashMap<String, u32> = HashMap::default();
        for line in grammar_text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut f = line.split('\t').map(str::trim);
            if let (Some(word), Some(class)) = (f.next(), f.next())
                && let Some(bit) = CLASSES.iter().position(|c| *c == class)
            {
                *classes.entry(word.to_string()).or_default() |= 1 << bit;
            }
        }
        Lexicon { cues, classes }
    }
}

/// Every word of the lexicon: its grammar classes (bits in `CLASSES` order) and whether it starts a cue.
pub fn words() -> impl Iterator<Item = (&'static str, u32, bool)> {
    let lex = lexicon();
    let grammar = lex.classes.iter().map(|(w, &bits)| (w.as_str(), bits, lex.cues.contains_key(w)));
    let cues = lex.cues.keys().filter(|w| !lex.classes.contains_key(*w)).map(|w| (w.as_str(), 0, true));
    grammar.chain(cues)
}

/// Whether token `k` of the sentence (in lower case) belongs to a grammar class of `assets/events/grammar.tsv`
/// (by name), as the scan looked it up once per token.
#[inline]
pub fn class_at(scan: &Scan, k: usize, class: &'static str) -> bool {
    class_bit(class).is_some_and(|bit| token_classes(scan, k) & bit != 0)
}

/// Set in a token's grammar bits when the token ends a clause (see [`is_boundary`]).
pub(super) const BOUNDARY: u32 = 1 << 31;

/// The cues whose first word is `w` (lower case), each with its other words.
pub(super) fn cues_opening_with(w: &str) -> Option<&'static [(Vec<String>, CueWord)]> {
    lexicon().cues.get(w).map(Vec::as_slice)
}

/// Whether the words `rest` (a cue's words after its first, lower case) stand from token `at` on.
#[inline]
pub(super) fn rest_follows(scan: &Scan, at: usize, rest: &[String]) -> bool {
    at + rest.len() <= scan.toks().len() && rest.iter().enumerate().all(|(j, r)| scan.lower(at + j) == r)
}

/// A token's grammar bits as the scan keeps them: its classes, and [`BOUNDARY`] when it ends a clause.
pub fn token_grammar(text: &str, case: Case, classes: u32) -> u32 {
    // Bits 0 and 1: reporting verbs and subordinators, when written in lower case.
    let ends_clause = matches!(text, ";" | "“" | "”" | "\"" | ":") || (case == Case::Lower && classes & 0b11 != 0);
    if ends_clause { classes | BOUNDARY } else { classes }
}

/// Whether token `k` is a third-person subject pronoun ("it", "they", "he", "she"), in any case.
pub fn subject_pronoun(scan: &Scan, k: usize) -> bool {
    matches!(scan.lower(k), "it" | "they" | "he" | "she")
}

/// Whether token `k` is a word of a time adjunct: a `time` word or a number ("last week", "in 2024").
pub fn time_word(scan: &Scan, k: usize) -> bool {
    k < scan.toks().len() && (scan.toks()[k].kind == TokenKind::Number || class_at(scan, k, "time"))
}

/// Whether any word of the sentence belongs to a grammar class (by name).
#[inline]
pub fn sentence_has(scan: &Scan, class: &'static str) -> bool {
    class_bit(class).is_some_and(|bit| scan.classes & bit != 0)
}

/// Token `k`'s grammar bits (0 past the end).
#[inline]
pub(super) fn token_classes(scan: &Scan, k: usize) -> u32 {
    scan.facts.get(k).map_or(0, |f| f.grammar)
}

/// The bit of a grammar class.
#[inline]
fn class_bit(class: &'static str) -> Option<u32> {
    let bit = match class {
        "reporting" => 0,
        "subordinator" => 1,
        "locative" => 2,
        "anaphor" => 3,
        "modal" => 4,
        "negation" => 5,
        "light" => 6,
        "nonstate" => 7,
        "number" => 8,
        "fronting" => 9,
        "finite" => 10,
        "reversal" => 11,
        "listing" => 12,
        "goods" => 13,
        "worsening" => 14,
        "mediation" => 15,
        "reception" => 16,
        "direction" => 17,
        "message" => 18,
        "forces" => 19,
        "figurative" => 20,
        "obstruction" => 21,
        "delivery" => 22,
        "time" => 23,
        "obligation" => 24,
        "withholding" => 25,
        "others" => 26,
        "infrastructure" => 27,
        "proposal" => 28,
        "closure" => 29,
        "firing" => 30,
        _ => return None,
    };
    debug_assert_eq!(CLASSES[bit], class);
    Some(1 << bit)
}

/// A sanction taken back is a concession: "suspended the Taliban's designation as a terrorist organisation",
/// "removed the Taliban from their lists of banned groups". Returns the cue as it reads in its clause: the
/// sanction cue itself recoded, or the reversing verb before it (whose subject acts on its object), or the cue
/// unchanged.
pub fn reversed(scan: &Scan, cue: Cue) -> Cue {
    if cue.word.category != Category::Sanction {
        return cue;
    }
    let concede = |first: usize, end: usize| Cue {
        first,
        end,
        word: CueWord { category: Category::Concede, symmetric: false, negated: None, noun: false },
    };
    let right = clause_end(scan, cue.end).min(cue.end + 6);
    if class_at(scan, cue.first, "reversal") && (cue.end..right).any(|k| class_at(scan, k, "listing")) {
        return concede(cue.first, cue.end);
    }
    let left = clause_start(scan, cue.first).max(cue.first.saturating_sub(8));
    let reversal = (left..cue.first).rev().find(|&k| class_at(scan, k, "reversal"));
    match reversal {
        // "removed the Taliban from their lists of banned groups", "Removes Islamic Emirate From Banned List".
        Some(r) if (r + 1..(cue.end + 1).min(scan.toks().len())).any(|k| class_at(scan, k, "listing")) => {
            concede(r, r + 1)
        }
        _ => cue,
    }
}

/// How many words after a verb that judges an act ("condemned", "welcomed") the noun of that act may stand:
/// "condemned in the strongest terms the recent attacks".
pub const JUDGED_ACT_REACH: usize = 8;

/// "Araghchi spent two days in Islamabad, meeting Prime Minister Shehbaz Sharif", "Bayramov repeated the demand
/// after meeting his Armenian counterpart": a noun cue in "-ing" right after a comma or a conjunction of time is a
/// participle, a verb whose subject is the clause's.
pub fn participle(scan: &Scan, cue: Cue) -> Cue {
    let verb = cue.word.noun
        && cue.first > 0
        && (scan.is_punct(cue.first - 1, ",") || matches!(scan.lower(cue.first - 1), "after" | "before" | "while"))
        && scan.lower(cue.first).ends_with("ing");
    if !verb {
        return cue;
    }
    Cue { word: CueWord { noun: false, ..cue.word }, ..cue }
}

/// "India and Pakistan clashed at the United Nations Security Council": a clash at an organisation or a meeting
/// is one of words, an accusation.
pub fn verbal_clash(scan: &Scan, cue: Cue) -> Cue {
    if cue.word.category != Category::Assault || !cue.word.symmetric {
        return cue;
    }
    let right = clause_end(scan, cue.end).min(cue.end + 6);
    let forum = |k: usize| {
        scan.dict_at(k).is_some_and(|h| h.entries.iter().any(|e| matches!(e, Entry::Organization(_))))
            || matches!(scan.lower(k), "meeting" | "summit" | "session" | "talks" | "forum" | "conference" | "debate")
    };
    let at = (cue.end..right).find(|&k| scan.is(k, "at") || scan.is(k, "during"));
    if !at.is_some_and(|a| (a + 1..right.min(a + 4)).any(forum)) {
        return cue;
    }
    Cue { word: CueWord { category: Category::Accuse, ..cue.word }, ..cue }
}

/// "called on Deputy Prime Minister Baradar and discussed trade": "call on" without anything asked ("to" or "for"
/// after it in its clause) is a courtesy call, a meeting.
pub fn courtesy_call(scan: &Scan, cue: Cue) -> Cue {
    let call_on = cue.end == cue.first + 2 && scan.lower(cue.first).starts_with("call") && scan.is(cue.first + 1, "on");
    if !call_on || cue.word.category != Category::Request {
        return cue;
    }
    let right = clause_end(scan, cue.end);
    let asks = (cue.end..right).any(|k| scan.is(k, "to") || scan.is(k, "for"));
    if asks {
        return cue;
    }
    let word = CueWord { category: Category::Consult, symmetric: true, negated: None, ..cue.word };
    Cue { word, ..cue }
}

/// Ties said to worsen: a `worsening` word just before the cue ("strained relations") or after it in its
/// clause ("relations … deteriorated").
pub fn worsened(scan: &Scan, cue: &Cue) -> bool {
    // (Far enough for "relations between Islamabad and Kabul have been the most troubled".)
    let right = clause_end(scan, cue.end).min(cue.end + 10);
    (cue.first.saturating_sub(2)..cue.first).chain(cue.end..right).any(|k| class_at(scan, k, "worsening"))
}

/// A verb cue joined by "and" to an earlier verb of the same subject: "accused Kyiv of … and severed
/// relations", "and later closed the border" (not ", and Niger followed", which starts a clause of its own).
pub fn second_verb(scan: &Scan, first: usize) -> bool {
    let adverb = |k: usize| {
        matches!(scan.lower(k), "then" | "later" | "also" | "subsequently" | "soon" | "quickly")
            || (scan.toks()[k].case == Case::Lower && scan.lower(k).ends_with("ly"))
    };
    // "and then said", "and has repeatedly called on".
    let auxiliary =
        |k: usize| matches!(scan.lower(k), "has" | "have" | "had" | "will" | "would" | "did" | "is" | "was");
    let mut and = first;
    while and > 0 && first - and < 3 && (adverb(and - 1) || auxiliary(and - 1)) {
        and -= 1;
    }
    and > 0 && scan.lower(and - 1) == "and" && !is_boundary(scan, and - 1)
}

/// An infinitive's "to" within a few words between a request's target (ending at `from`) and the cue at
/// `first`, with no punctuation: "asked Islamabad to stop deporting", "urged Kabul to take steps against".
pub fn infinitive_between(scan: &Scan, from: usize, first: usize) -> bool {
    from > 0
        && from < first
        && first - from <= 4
        && (from..first).any(|k| scan.is(k, "to"))
        && (from..first).all(|k| scan.toks()[k].kind != TokenKind::Punct)
}

/// "…, a charge the Russian foreign ministry dismissed": where the rebuttal's own subject starts (right after
/// "charge", "claim", "allegation" a few words before the cue at `first`), if the cue rebuts one.
pub fn rebutted_claim(scan: &Scan, first: usize) -> Option<usize> {
    (first.saturating_sub(6)..first)
        .rev()
        .take_while(|&k| scan.toks()[k].kind != TokenKind::Punct)
        .find(|&k| is_claim(scan.lower(k)))
        .map(|k| k + 1)
}

/// A noun for something claimed: a charge, an allegation, a report.
pub(super) fn is_claim(lower: &str) -> bool {
    matches!(
        lower,
        "charge" | "charges" | "claim" | "claims" | "accusation" | "accusations" | "allegation" | "allegations"
    ) || lower.starts_with("report")
}

/// Whether what a rejection ending at `end` rejects is a thing named with a determiner ("refused to recognise
/// that ruling", "rejected the proposal"), not a claim ("denied the allegations") or an act ("denied arming").
pub fn rejects_a_thing(scan: &Scan, end: usize) -> bool {
    let to = (end + 4).min(scan.toks().len());
    (end..to).take_while(|&k| scan.toks()[k].kind != TokenKind::Punct).any(|k| {
        matches!(scan.lower(k), "the" | "that" | "this" | "these" | "those")
            && scan.toks().get(k + 1).is_some_and(|t| t.is_word() && t.case == Case::Lower)
            && !is_claim(scan.lower(k + 1))
    })
}

/// The first verb cue in `[from, to)` joined by "and" to the verb before it: where a cue's object ends ("urged
/// the community to engage and criticised the United States": the United States is not urged).
pub fn next_joined_verb(scan: &Scan, from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| verb_cue_at(scan, k) && second_verb(scan, k))
}

/// Whether the cue at `first` is negated (a `negation` word, or "yet to", "declined to", "failed to" in the five
/// words before it), and whether it is hypothetical.
pub fn modality(scan: &Scan, first: usize) -> (bool, bool) {
    let clause = clause_start(scan, first);
    let start = clause.max(first.saturating_sub(5));
    // "has not carried out any publicly acknowledged strikes": a negation reaches the cue through "any".
    let any = |k: usize| scan.toks()[k].end - scan.toks()[k].start == 3 && scan.lower(k) == "any";
    let through_any = (start..first).find(|&k| any(k)).map_or(start, |k| clause.max(k.saturating_sub(4)));
    // A verb of negation governs its own object, not a verb joined after it: "cut ties with Taiwan and recognised
    // China" recognises China.
    let negates = |k: usize| {
        class_at(scan, k, "negation")
            && (matches!(scan.lower(k), "not" | "n't" | "never" | "no" | "without")
                || !(k + 1..first).any(|j| scan.is(j, "and")))
    };
    // "denied that any Russian vessel had entered Danish waters", "dismissed reports that …": what is denied is not
    // done (`denial-verb` in context_words.tsv).
    let denial = |k: usize| scan.kb.in_context("denial-verb", scan.lower(k));
    let denied = || {
        clause >= 2
            && scan.is(clause - 1, "that")
            && (denial(clause - 2) || (clause >= 3 && is_claim(scan.lower(clause - 2)) && denial(clause - 3)))
    };
    let negated = (through_any.min(start)..first).any(negates)
        || (start + 1..first)
            .any(|k| scan.lower(k) == "to" && matches!(scan.lower(k - 1), "yet" | "declined" | "failed"))
        || denied();
    let hstart = first.saturating_sub(4).max(clause);
    // ("had discussed filing a joint complaint": an act only talked about. The cue bit first: "discussed" is a cue,
    // and most words are none.)
    let discussed = |k: usize| {
        scan.facts[k].cue && scan.lower(k).starts_with("discuss") && k + 1 < first && scan.lower(k + 1).ends_with("ing")
    };
    let hypothetical = (hstart..first).any(|k| class_at(scan, k, "modal") || discussed(k));
    (negated, hypothetical)
}

/// A token that ends a clause: ";", quotes, colons, reporting verbs, subordinators.
pub fn is_boundary(scan: &Scan, k: usize) -> bool {
    token_classes(scan, k) & BOUNDARY != 0
}

/// Whether token `k` looks like a finite verb: an auxiliary or modal, a reporting verb, a verb cue, or a word
/// in "-ed" ("offered", "clashed").
pub(super) fn is_verb(scan: &Scan, k: usize) -> bool {
    let t = scan.toks()[k];
    if t.kind != TokenKind::Word || t.case != Case::Lower {
        return false;
    }
    let classes = token_classes(scan, k);
    if classes & (class_bit_of("finite") | class_bit_of("modal") | class_bit_of("reporting")) != 0 {
        return true;
    }
    let w = scan.lower(k);
    verb_cue_at(scan, k) || (w.len() >= 5 && w.ends_with("ed"))
}

/// Whether token `k` is a verb a person's name may be the subject of: a verb cue, a light verb ("held talks") or a
/// reporting verb ("said"), in lower case.
pub fn verb_at(scan: &Scan, k: usize) -> bool {
    verb_cue_at(scan, k)
        || (k < scan.toks().len()
            && scan.toks()[k].case == Case::Lower
            && (class_at(scan, k, "light") || class_at(scan, k, "reporting")))
}

/// Whether token `k` starts a verb cue of cooperation only ("thanked", "met"; not "summoned").
pub fn friendly_verb_cue_at(scan: &Scan, k: usize) -> bool {
    use super::Quad;
    let friendly = |c: &CueWord| matches!(c.category.quad(), Quad::VerbalCoop | Quad::MaterialCoop);
    verb_cue_at(scan, k)
        && cues_opening_with(scan.lower(k)).is_some_and(|list| list.iter().all(|(_, c)| c.noun || friendly(c)))
}

/// Whether token `k` starts a verb cue ("urged", "called on", "met").
pub fn verb_cue_at(scan: &Scan, k: usize) -> bool {
    if k >= scan.toks().len() || !scan.facts[k].cue {
        return false;
    }
    // (A cue of several words that opens with a preposition is a verb only where all its words are: "in
    // coordination with", "to demand"; not "in" or "to" anywhere else. One grammar bit tells a preposition.)
    let preposition = token_classes(scan, k) & class_bit_of("locative") != 0;
    cues_opening_with(scan.lower(k)).is_some_and(|list| {
        list.iter().any(|(rest, c)| !c.noun && (rest.is_empty() || !preposition || rest_follows(scan, k + 1, rest)))
    })
}

/// Whether token `k` is a one-word verb cue of a sanction ("froze", "banned").
pub fn sanction_verb_at(scan: &Scan, k: usize) -> bool {
    one_word_cue_at(scan, k, false, &[Category::Sanction])
}

/// Whether token `k` is a cue of one word, a noun or a verb as `noun` says, of one of `categories` ("objection" is
/// a noun of ACCUSE, "threatened" a verb of THREATEN).
pub fn one_word_cue_at(scan: &Scan, k: usize, noun: bool, categories: &[Category]) -> bool {
    k < scan.toks().len()
        && scan.facts[k].cue
        && cues_opening_with(scan.lower(k)).is_some_and(|list| {
            list.iter().any(|(rest, c)| rest.is_empty() && c.noun == noun && categories.contains(&c.category))
        })
}

/// The bit of a grammar class that exists (0 for a name that is not one).
fn class_bit_of(class: &'static str) -> u32 {
    class_bit(class).unwrap_or(0)
}

/// Start of the main clause for a passive cue: back over subordinators but not over quotations.
pub fn sentence_main_start(scan: &Scan, at: usize) -> usize {
    (0..at).rev().find(|&k| matches!(scan.tok(k), ";" | "“" | "”" | "\"")).map_or(0, |k| k + 1)
}

/// Whether the noun at `first` names an event as a point in time: "after the Pahalgam terror attack", "since
/// the 2021 takeover". Such an act is not the clause subject's; only its own owner or "by" phrase did it.
pub fn time_reference(scan: &Scan, first: usize) -> bool {
    // Names, dates and a few words that qualify an attack may stand between the preposition and the noun.
    let modifier = |k: usize| {
        scan.toks()[k].is_capitalised()
            || scan.toks()[k].kind == TokenKind::Number
            || matches!(
                scan.lower(k),
                "the" | "a" | "an" | "last" | "recent" | "deadly" | "terror" | "terrorist" | "suicide"
            )
    };
    (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| !matches!(scan.toks()[k].kind, TokenKind::Punct | TokenKind::Possessive))
        .find(|&k| !modifier(k))
        .is_some_and(|k| matches!(scan.lower(k), "after" | "before" | "since" | "following" | "amid"))
}

/// Whether the clause starting at `left` is a relative clause ("projects that had been suspended", "a claim
/// which was rejected"): "who" or "which" before it, or "that" after anything but a reporting verb ("said that").
pub fn relative_clause(scan: &Scan, left: usize) -> bool {
    let Some(b) = left.checked_sub(1) else { return false };
    match scan.lower(b) {
        "who" | "whom" | "which" => true,
        "that" => b > 0 && scan.toks()[b - 1].kind == TokenKind::Word && !class_at(scan, b - 1, "reporting"),
        _ => false,
    }
}

/// A light verb shortly before a noun cue ("held talks").
pub fn light_verb_before(scan: &Scan, first: usize, left: usize) -> bool {
    (first.saturating_sub(4).max(left)..first).any(|k| class_at(scan, k, "light"))
}

/// "the government", "the transitional government", "the junta", "the authorities", "the foreign ministry"
/// without a country word: the state that acted last.
pub fn government_anaphor(scan: &Scan, left: usize, first: usize) -> bool {
    // "said her country would continue to fund …", "announced that her Government would pause …": the speaker's.
    let speakers = |k: usize| k > 0 && matches!(scan.lower(k - 1), "his" | "her" | "their");
    (left..first).any(|k| {
        let body = match scan.lower(k) {
            "government" | "junta" | "regime" | "authorities" | "administration" => true,
            // A ministry or office of a portfolio ("the Foreign Office"), not any office.
            "ministry" | "office" => k > 0 && scan.facts[k - 1].role.is_some(),
            // "said his forces had captured …": the speaker's forces too.
            "forces" | "troops" => return speakers(k),
            // So is "the country" opening what is reported: "the ministry said that the country had conveyed its
            // objection" (not "the country" anywhere: "the situation in the country").
            "country" => return speakers(k) || reported_subject(scan, k),
            _ => false,
        };
        body && (speakers(k) || (k.saturating_sub(3)..k).any(|j| scan.is(j, "the")))
            && !(k.saturating_sub(2)..k).any(|j| matches!(scan.lower(j), "former" | "previous" | "ousted" | "toppled"))
            && !(k.saturating_sub(3)..k)
                .any(|j| matches!(scan.labels[j], Label::Dict(_)) || scan.toks()[j].kind == TokenKind::Possessive)
    })
}

/// Whether the two words before token `k` are "the" after a reporting verb or its "that" ("said the …", "that
/// the …"): `k` opens what is reported.
fn reported_subject(scan: &Scan, k: usize) -> bool {
    k >= 2 && scan.is(k - 1, "the") && (scan.is(k - 2, "that") || class_at(scan, k - 2, "reporting"))
}

#[cfg(test)]
mod tests {
    use super::{CLASSES, class_bit};

    #[test]
    fn every_grammar_class_has_its_own_bit() {
        // A class missing from `class_bit` would read as absent everywhere, silently.
        for (i, class) in CLASSES.iter().enumerate() {
            assert_eq!(class_bit(class), Some(1 << i), "{class}");
        }
    }
}
