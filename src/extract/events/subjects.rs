//! Who acts before a cue: the subject of its clause, past a relative clause or a quotation, the owner of a noun,
//! the first group of a subject.

use super::Category;
use super::actors::{Actor, first_group, is_agent, joined_run};
use super::lexicon::{self, clause_start};
use super::sides::distinct_countries;
use crate::extract::detect::Scan;
use crate::extract::tokens::{Case, TokenKind};

/// The acting side of a directed verb found in its own clause, before it at `first` (the clause starting at
/// `left`).
pub(super) fn clause_subject(
    scan: &Scan,
    actors: &[Actor],
    category: Category,
    left: usize,
    first: usize,
) -> Vec<Actor> {
    // "Washington accused Moscow of …, a charge the Russian foreign ministry dismissed": the rebuttal's subject is
    // right before it.
    if category == Category::Reject
        && let Some(k) = lexicon::rebutted_claim(scan, first)
    {
        let rebutters = agents_in(actors, k, first);
        if !rebutters.is_empty() {
            return rebutters;
        }
    }
    if let Some(main) = past_subordinate_clause(scan, actors, left, first) {
        return main;
    }
    let from = past_relative_clause(scan, left, first);
    let agents = agents_in(actors, from, first);
    // "Japan's representative announced an additional $20 million in assistance for Afghanistan": a verb that
    // reports by naming a thing has the cue in its object, and its subject acts.
    let object_of_report = agents.is_empty()
        && left > 0
        && matches!(scan.lower(left - 1), "announced" | "confirmed" | "declared" | "revealed")
        && (left..first).all(|k| !scan.is(k, "that") && !lexicon::is_verb(scan, k));
    if object_of_report {
        return group_before(scan, actors, left - 1);
    }
    // "She had raised the incident with Wang Yi, and called on Beijing to …": a second verb shares the subject of
    // the clause's first verb; the actors after that verb are its objects.
    if lexicon::second_verb(scan, first)
        && let Some(verb) = (from..first).find(|&k| lexicon::is_verb(scan, k))
        && agents.iter().any(|x| x.first > verb)
    {
        return subject_before_verb(scan, actors, from, verb);
    }
    if !(from..first).any(|k| scan.is(k, "by")) {
        return agents;
    }
    // "Talks mediated by Turkey and Qatar collapsed after Pakistan accused …": the agents of a "by" phrase are
    // not the subject of a later verb when another actor comes after them. (In "American aircraft, supported by
    // Australia, struck …" the supporters strike too.)
    let (by, others): (Vec<Actor>, Vec<Actor>) = agents.iter().partition(|x| in_by_phrase(scan, actors, x));
    match by.iter().map(|x| x.end).max() {
        Some(e) if others.iter().any(|x| x.first >= e) => others,
        _ => agents,
    }
}

/// The actor right before a noun cue, or before its possessive, that owns the act: "the Israeli strikes",
/// "Pakistan's deportations". It acts for its state.
pub(super) fn owner_before(scan: &Scan, actors: &[Actor], first: usize) -> Vec<Actor> {
    // A possessor may own it through a few describing words, quoted or not ("Washington's "cruel sanctions"",
    // "Pakistan's repeated air strikes").
    let describing = |k: usize| {
        let t = &scan.toks()[k];
        (t.kind == TokenKind::Word && t.case == Case::Lower && !scan.facts[k].cue) || matches!(scan.tok(k), "“" | "\"")
    };
    // Or right before the weapons it was made with: "Russian missile and drone strikes".
    let weapon = |k: usize| scan.kb.in_context("projectile", scan.lower(k));
    let weapons = |from: usize| {
        first - from <= 3 && weapon(from) && weapon(first - 1) && (from..first).all(|k| weapon(k) || scan.is(k, "and"))
    };
    let owns = |x: &Actor| {
        x.end == first
            || (x.end < first && (weapons(x.end) || act_name(scan, actors, x.end, first)))
            || (x.end < first
                && first - x.end <= 4
                && scan.toks()[x.end].kind == TokenKind::Possessive
                && (x.end + 1..first).all(describing))
    };
    let owner = |x: &Actor| is_agent(x) || (x.country.is_some() && !x.location && !x.portfolio);
    let Some(last) = actors.iter().position(|x| owner(x) && owns(x)) else { return Vec::new() };
    // Coordinated owners own it together: "the American, British and Israeli strikes".
    let before = actors[..last].iter().rev().take_while(|x| owner(x));
    let mut group = joined_run(scan, actors[last], before);
    group.reverse();
    group.into_iter().map(|x| Actor { state: true, ..x }).collect()
}

/// Whether the tokens from `from` to a noun cue at `first` are the act's own name, which its owner stands before:
/// "the Russian Zapad exercises", "the joint Russian-Belarusian Zapad-2025 exercises".
fn act_name(scan: &Scan, actors: &[Actor], from: usize, first: usize) -> bool {
    let t = scan.toks();
    first - from <= 3
        && t[from].is_capitalised()
        && !actors.iter().any(|a| a.first == from)
        && (from + 1..first).all(|k| t[k].kind == TokenKind::Number || scan.is_punct(k, "-"))
}

/// Whether actor `x` stands in a "by" phrase: "by" before it, with only other actors and joining words between.
pub(super) fn in_by_phrase(scan: &Scan, actors: &[Actor], x: &Actor) -> bool {
    let covered = |k: usize| {
        actors.iter().any(|a| a.first <= k && k < a.end) || matches!(scan.lower(k), "," | "and" | "the" | "its")
    };
    (x.first.saturating_sub(8)..x.first).rev().find(|&k| !covered(k)).is_some_and(|k| scan.is(k, "by"))
}

/// One side of a cue's pairs, each actor once.
pub(super) fn side(pairs: &[(Actor, Actor)], pick: impl Fn(&(Actor, Actor)) -> Actor) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    for a in pairs.iter().map(pick) {
        if !out.iter().any(|b| b.first == a.first && b.local == a.local) {
            out.push(a);
        }
    }
    out
}

/// The coordinated group of agents that ends closest before a bare noun cue: actors joined only by commas,
/// "and", "the", within a few words of the cue.
pub fn subject_group(scan: &Scan, agents: &[Actor], cue: usize) -> Vec<Actor> {
    let mut sorted: Vec<Actor> = agents.to_vec();
    sorted.sort_by_key(|a| a.first);
    let Some(last) = sorted.last().copied() else {
        return Vec::new();
    };
    // "… hosted by Turkey and Qatar, after deadly clashes along their border": a phrase of time or cause set off
    // by a comma between them makes the group no subject of the noun (but "X and Y agree … after talks" does not).
    let opens_phrase = |k: usize| {
        scan.is_punct(k, ",")
            && matches!(scan.lower(k + 1), "after" | "before" | "during" | "amid" | "following" | "since" | "despite")
    };
    // "Turkey, Azerbaijan's closest ally, welcomed the agreement": a possessor owns the phrase after it (here
    // "closest ally"), and is no subject of a noun past it.
    let owns_other_noun = scan.toks().get(last.end).is_some_and(|t| t.kind == TokenKind::Possessive)
        && (last.end + 1..cue).any(|k| !scan.toks()[k].is_word() || scan.toks()[k].case != Case::Lower);
    if cue.saturating_sub(last.end) > 8 || owns_other_noun || (last.end..cue.saturating_sub(1)).any(opens_phrase) {
        return Vec::new();
    }
    let group = joined_run(scan, last, sorted.iter().rev().skip(1));
    // "recalled its ambassadors from Berlin, Paris and London for consultations": a group after "from" or "to" is
    // an object, not the owner of a noun after it.
    // (The group is nearest first: its last actor opens it.)
    let object = group.last().is_some_and(|x| x.first > 0 && matches!(scan.lower(x.first - 1), "from" | "to"));
    if object { Vec::new() } else { group }
}
/// The first group of `actors` (in text order): a clause's subject when the actors after it are its objects.
pub(super) fn leading_group(scan: &Scan, actors: Vec<Actor>) -> Vec<Actor> {
    match actors.first() {
        Some(a) => first_group(scan, &actors, a.first, scan.toks().len(), |_| true),
        None => actors,
    }
}

/// Whether the verb at `first` opens a relative clause (right after "that", "which" or "who") whose antecedent is
/// a noun of no one in particular ("any country that buys Venezuelan oil"): it has no subject to recall from
/// earlier sentences. (An anaphor before the pronoun still has: "the two sides, which agreed …".)
pub(super) fn unnamed_antecedent(scan: &Scan, left: usize, first: usize) -> bool {
    left == first
        && left >= 2
        && lexicon::relative_clause(scan, left)
        && scan.toks()[left - 2].is_word()
        && !lexicon::class_at(scan, left - 2, "anaphor")
}

/// The subject of the main clause after a phrase put first that holds a noun cue ("During a visit to Maputo on 5
/// November, Prime Minister Luís Montenegro announced …": he made the visit), when the phrase ends at the comma
/// `comma` and the clause after it has one. `None` otherwise.
pub(super) fn after_fronted_phrase(scan: &Scan, actors: &[Actor], fronted: bool, comma: usize) -> Option<Vec<Actor>> {
    if !fronted || !scan.is_punct(comma, ",") {
        return None;
    }
    let subject = leading_group(scan, agents_in(actors, comma + 1, lexicon::clause_end(scan, comma + 1)));
    (!subject.is_empty()).then_some(subject)
}

/// The state whose possessive opens the few words (a title, a name) that end at `end`: "Senegal's president",
/// "Senegal's President Faye".
fn possessor_of(scan: &Scan, actors: &[Actor], end: usize) -> Option<Actor> {
    let toks = scan.toks();
    actors
        .iter()
        .rev()
        .find(|x| {
            is_agent(x)
                && x.end + 1 < end
                && end - x.end <= 5
                && toks[x.end].kind == TokenKind::Possessive
                && (x.end + 1..end).all(|k| toks[k].is_word())
        })
        .copied()
}

/// The state actor right before the one to three role nouns that end at `end` ("Japanese officials", "the
/// Russian foreign ministry").
fn official_before(scan: &Scan, actors: &[Actor], end: usize) -> Option<Actor> {
    let x = actors.iter().rev().find(|x| x.end < end)?;
    (is_agent(x) && end - x.end <= 3 && (x.end..end).all(|k| scan.facts[k].role.is_some())).then_some(*x)
}

pub(super) fn agents_in(actors: &[Actor], from: usize, to: usize) -> Vec<Actor> {
    actors.iter().filter(|x| x.first >= from && x.end <= to && is_agent(x)).copied().collect()
}

/// Where the main clause resumes before the cue at `first`, in a clause starting at `left` right after "who" or
/// "which": after the comma that closes the relative clause ("Orban, who has kept close ties with Moscow, later
/// blocked aid for Kyiv": Moscow is not who blocked it; "Haqqani, whose network was accused of ties with
/// Pakistan's ISI, met …"). Else `left`.
pub(super) fn past_relative_clause(scan: &Scan, left: usize, first: usize) -> usize {
    if left == 0 || !matches!(scan.tok(left - 1), "who" | "whom" | "which" | "whose") {
        return left;
    }
    (left..first).rev().find(|&k| scan.is_punct(k, ",")).map_or(left, |k| k + 1)
}

/// The subject of the clause that a clause of time or cause starting at `left` stands in, when the cue at `first`
/// comes after the comma that closes it and no side is named between: "The United States, which lost its base after
/// Niger's junta ordered the troops out, is negotiating with Benin" (not Niger); "China protested after Japan's
/// navy sailed through the strait, summoning the ambassador". `None` for any other clause. (The last comma: "after
/// Mali, Niger and Burkina Faso expelled …" is still a list.)
pub(super) fn past_subordinate_clause(scan: &Scan, actors: &[Actor], left: usize, first: usize) -> Option<Vec<Actor>> {
    if !lexicon::subordinate_clause(scan, left) {
        return None;
    }
    let comma = (left..first).rev().find(|&k| scan.is_punct(k, ","))?;
    if !agents_in(actors, comma + 1, first).is_empty() {
        return None;
    }
    let word = left - 1;
    let outer = clause_start(scan, word);
    let agents = agents_in(actors, past_relative_clause(scan, outer, word), word);
    Some(if agents.is_empty() { antecedent(scan, actors, outer, first) } else { leading_group(scan, agents) })
}

/// The subject hidden by a relative clause, a quotation or a reporting verb between it and its verb (the cue at
/// `first`, in the clause starting at `left`): "Goita, who seized power …, has accused France"; "Tehran condemned
/// the strikes as a “violation …” and accused Washington"; "Chile said that it …".
pub(super) fn antecedent(scan: &Scan, actors: &[Actor], left: usize, first: usize) -> Vec<Actor> {
    let Some(b) = left.checked_sub(1) else { return Vec::new() };
    // "The UAE was represented by its vice president; his government signed an agreement with Malaysia": a
    // pronoun, or a pronoun's government, opening a clause after a semicolon is the subject of the clause before.
    let possessed_body = || {
        matches!(scan.lower(left), "his" | "her" | "their")
            && lexicon::government_anaphor(scan, left, first.min(left + 2))
    };
    if scan.tok(b) == ";" && (lexicon::subject_pronoun(scan, left) || possessed_body()) {
        return group_before(scan, actors, b);
    }
    // "Ruto said Nairobi would keep officers in Haiti, and he urged Washington …": so is one opening a clause
    // joined by ", and".
    if b > 0 && scan.is(b, "and") && scan.is_punct(b - 1, ",") && lexicon::subject_pronoun(scan, left) {
        return subject_of_clause_ending(scan, actors, b - 1);
    }
    // "Mujahid said the Islamic Emirate respects its neighbours but rejected calls from Tashkent": a verb right
    // after "but" (or past a pronoun or an adverb) shares the subject of the clause before it.
    if scan.is(b, "but") && first - left <= 2 && (left..first).all(|k| scan.toks()[k].case == Case::Lower) {
        return subject_of_clause_ending(scan, actors, b);
    }
    // "The United States said it had no plans to …": a pronoun after a reporting verb is its subject (also past
    // "that" and a time adjunct: "Trump said on 26 July that he had spoken to …").
    let pronoun = lexicon::subject_pronoun(scan, left);
    let reporter = if pronoun && scan.is(b, "that") { reporting_verb_before_that(scan, b) } else { Some(b) };
    if pronoun && let Some(b) = reporter.filter(|&r| lexicon::class_at(scan, r, "reporting")) {
        let start = clause_start(scan, b);
        // "In a statement issued by the embassy in Manila, Washington said it …": past a phrase put before the
        // subject.
        let fronted = lexicon::class_at(scan, start, "fronting")
            .then(|| (start..b).find(|&k| scan.is_punct(k, ",")))
            .flatten()
            .filter(|&comma| !agents_in(actors, comma, b).is_empty());
        // "China, which has close ties with both, said it …": the reporter stands before a relative clause.
        return or_earlier(scan, actors, agents_in(actors, fronted.unwrap_or(start), b), start, left, first);
    }
    // "President Trump, who announced the deal before the mediators did, thanked Egypt": the reporting verb is the
    // relative clause's, which ends at the first comma, right before the cue.
    if lexicon::class_at(scan, b, "reporting") {
        let start = clause_start(scan, b);
        let closed = (left..first).all(|k| !matches!(scan.tok(k), ";" | ":" | "“" | "”" | "\""))
            && (left..first).find(|&k| scan.is_punct(k, ",")) == first.checked_sub(1);
        if closed && start > 0 && matches!(scan.tok(start - 1), "who" | "which") {
            return antecedent(scan, actors, start, first);
        }
        // The speaker's too: ties reported with another side, opening what is said ("A Saudi official said
        // relations with India were robust") or a few words into it ("announced new funding during a call with
        // Soto", "announced 60 million Canadian dollars in new funding during a call with …": no one else acts
        // before it), and a participle put right after the reporting verb ("Hasan said after visiting Naypyitaw
        // that …").
        let unpunctuated = (left..first).all(|k| scan.toks()[k].kind != TokenKind::Punct);
        let ties = first - left <= 12 && unpunctuated && scan.is(first + 1, "with");
        let participle = first == left + 1
            && matches!(scan.lower(left), "after" | "before" | "while" | "since" | "upon" | "when")
            && scan.lower(first).ends_with("ing");
        return match ties || participle {
            true => leading_group(scan, agents_in(actors, start, b)),
            false => Vec::new(),
        };
    }
    let w = scan.tok(b);
    if matches!(w, "who" | "whom" | "which" | "whose") {
        let before = if b > 0 && scan.is_punct(b - 1, ",") { b - 1 } else { b };
        // "Rwanda severed ties with Belgium, which it accused of lobbying": the pronoun, the main clause's subject,
        // acts; the antecedent is its object.
        if matches!(scan.lower(left), "it" | "they" | "he" | "she" | "we") {
            let main = agents_in(actors, lexicon::sentence_main_start(scan, b), b);
            return leading_group(scan, main.into_iter().filter(|x| x.end != before).collect());
        }
        let mut named: Vec<Actor> = actors.iter().filter(|x| x.end == before && is_agent(x)).copied().collect();
        // "Senegal's president, who …", "Senegal's President Faye, whom …": the state owns the antecedent; so does
        // a state's word before the role nouns right before the pronoun ("Japanese officials, who …").
        if named.is_empty() {
            named.extend(possessor_of(scan, actors, before).or_else(|| official_before(scan, actors, before)));
        }
        // "Russia and China, which both reject …": the antecedent is all the sides joined before the pronoun.
        if let Some(&last) = named.first() {
            let earlier = actors.iter().rev().filter(|x| x.end <= last.first && is_agent(x));
            named.extend(super::actors::joined_run(scan, last, earlier).into_iter().skip(1));
        }
        return named;
    }
    // "Washington said it “stands with our ally the Philippines”": a verb opening a quotation is its speaker's.
    // (A verb: a quoted noun, "described the verdict as “an attack …”", names no act of the speaker's.)
    // (Or a verb in "-s" right after a subject, when the cue comes later: the United States "values its strong
    // partnerships with both …".)
    let subject_before =
        b > 0 && (lexicon::subject_pronoun(scan, b - 1) || actors.iter().any(|x| x.end == b && is_agent(x)));
    let present = || {
        let v = scan.lower(left);
        left < first && scan.toks()[left].case == Case::Lower && v.len() > 3 && v.ends_with('s') && !v.ends_with("ss")
    };
    let opens = (lexicon::verb_at(scan, left) || (subject_before && present()))
        && (w == "“" || (w == "\"" && (0..b).filter(|&k| scan.tok(k) == "\"").count() % 2 == 0));
    let open = match opens {
        true => Some(b),
        false if matches!(w, "”" | "\"") => (0..b).rev().find(|&k| matches!(scan.tok(k), "“" | "\"")),
        false => None,
    };
    if let Some(open) = open {
        // 'Mao Ning said "Zangnan is China's territory" and accused Washington …': a verb joined after a quotation
        // that opens right after a reporting verb (or its "that") is the speaker's.
        if let Some(verb) = reporting_verb_before(scan, open)
            && matches!(scan.lower(left), "and" | "but")
        {
            return group_before(scan, actors, verb);
        }
        let start = clause_start(scan, open);
        // "China said it was “deeply concerned” and asked Kabul …": the quotation's own subject may be a pronoun.
        return or_earlier(scan, actors, agents_in(actors, start, open), start, left, first);
    }
    // "The State Department said it was concerned that the operation had not been coordinated with KFOR, and urged
    // the Kosovo government …": a verb after ", and" in what a "that" reports, where no side acts, is the speaker's.
    let after_comma_and = first >= 2 && scan.is(first - 1, "and") && scan.is_punct(first - 2, ",");
    if w == "that" && after_comma_and && agents_in(actors, left, first).is_empty() {
        // (The reporting verb may stand before a quotation: 'said it was "deeply concerned" that …'.)
        if let Some(verb) = (0..b).rev().find(|&k| lexicon::class_at(scan, k, "reporting")) {
            return group_before(scan, actors, verb);
        }
    }
    Vec::new()
}

/// The reporting verb right before a quotation opening at `open`, or before its "that": "said “…”", "repeated that
/// “…”" (right before "that", a verb in "-ed" reports too), "said on Thursday that “…”".
fn reporting_verb_before(scan: &Scan, open: usize) -> Option<usize> {
    let lower = |k: usize| scan.toks()[k].case == Case::Lower;
    let before = open.checked_sub(1)?;
    if lower(before) && lexicon::class_at(scan, before, "reporting") {
        return Some(before);
    }
    let verb = before.checked_sub(1).filter(|_| scan.is(before, "that"))?;
    let reports = lexicon::class_at(scan, verb, "reporting") || scan.lower(verb).ends_with("ed");
    match lower(verb) && reports {
        true => Some(verb),
        false => reporting_verb_before_that(scan, before),
    }
}

/// The reporting verb of the "that" at `that`: right before it, or past an adjunct of a few words with no verb or
/// punctuation in it ("said on 26 July that", "said in a statement on Wednesday that", "told reporters in Quito
/// that").
fn reporting_verb_before_that(scan: &Scan, that: usize) -> Option<usize> {
    let reporting = |k: usize| scan.toks()[k].case == Case::Lower && lexicon::class_at(scan, k, "reporting");
    (that.saturating_sub(8)..that)
        .rev()
        .take_while(|&k| reporting(k) || (scan.toks()[k].kind != TokenKind::Punct && !lexicon::is_verb(scan, k)))
        .find(|&k| reporting(k))
}

/// The first group of agents in the clause that ends right before token `k`: who says what a reporting verb at
/// `k` reports, or who did what a clause closed at `k` tells.
pub(super) fn group_before(scan: &Scan, actors: &[Actor], k: usize) -> Vec<Actor> {
    leading_group(scan, agents_in(actors, clause_start(scan, k), k))
}

/// The subject of the clause that ends at token `end`: the subject of its first verb ([`subject_before_verb`]).
fn subject_of_clause_ending(scan: &Scan, actors: &[Actor], end: usize) -> Vec<Actor> {
    let start = clause_start(scan, end);
    let verb = (start..end).find(|&k| lexicon::is_verb(scan, k)).unwrap_or(end);
    subject_before_verb(scan, actors, start, verb)
}

/// The subject of the clause starting at `start` whose verb is at `verb`: the first group of actors before the
/// verb, or when there is none (a pronoun) its [`antecedent`].
fn subject_before_verb(scan: &Scan, actors: &[Actor], start: usize, verb: usize) -> Vec<Actor> {
    let named = agents_in(actors, start, verb);
    match named.is_empty() {
        true if start < verb => antecedent(scan, actors, start, verb),
        true => Vec::new(),
        false => leading_group(scan, named),
    }
}

/// `found`, or when it is empty the [`antecedent`] of the clause starting at `start`, before `left`: a speaker
/// that is itself a pronoun, or stands before a relative clause.
fn or_earlier(scan: &Scan, actors: &[Actor], found: Vec<Actor>, start: usize, left: usize, first: usize) -> Vec<Actor> {
    if found.is_empty() && start < left { antecedent(scan, actors, start, first) } else { found }
}

/// The countries joined into one word before a noun cue at `first`, which name its parties: "the India–Pakistan
/// talks", "the China–Afghanistan–Pakistan foreign ministers' dialogue" (with only lower-case words and
/// possessives between them and the noun). Several such words in a list are each a meeting of their own: "separate
/// US-Russian and US-Ukrainian meetings". `None` when no such word of two countries or more comes right before.
pub(super) fn joined_before(scan: &Scan, actors: &[Actor], first: usize) -> Option<JoinedWords> {
    let last = actors.iter().rev().find(|a| a.end <= first)?;
    let end = last.end;
    // (Tested for every noun of talks or ties: the cheap tests first, and a list only for a word of two countries.)
    let modifiers = || {
        (end..first).all(|k| {
            let t = &scan.toks()[k];
            (t.is_word() && t.case == Case::Lower)
                || t.kind == TokenKind::Possessive
                || matches!(scan.tok(k), "'" | "’")
        })
    };
    if first - end > 4 || last.country.is_none() || !(modifiers() || act_name(scan, actors, end, first)) {
        return None;
    }
    let mut words = vec![joined_word(actors, last)?];
    // Earlier words of the list, each after "and", "or" or a comma.
    while let Some(&head) = words.last().and_then(|w| w.first())
        && head.first >= 2
        && matches!(scan.lower(head.first - 1), "and" | "or" | ",")
        && let Some(before) = actors.iter().rev().find(|a| a.end == head.first - 1)
        && let Some(word) = joined_word(actors, before)
    {
        words.push(word);
    }
    words.reverse();
    Some(JoinedWords { start: words[0][0].first, words })
}

/// The countries of one word that joins two or more ([`joined_before`]), of which `last` is one; `None` when the
/// word names fewer.
fn joined_word(actors: &[Actor], last: &Actor) -> Option<Vec<Actor>> {
    // (Demonyms too, which alone are a state's only before a title: joined before a noun of talks or ties, they
    // name the states, "the Saudi-Iranian normalisation".)
    let same_word = |a: &&Actor| (a.first, a.end) == (last.first, last.end) && !a.location && !a.portfolio;
    let two_countries = actors.iter().filter(same_word).any(|a| a.country.is_some() && a.country != last.country);
    (last.country.is_some() && two_countries)
        .then(|| actors.iter().filter(same_word).map(|a| Actor { state: true, ..*a }).collect())
}

/// The words joining countries before a noun cue ([`joined_before`]).
pub(super) struct JoinedWords {
    /// The first token of the first word.
    pub start: usize,
    /// Each word's countries, in text order.
    pub words: Vec<Vec<Actor>>,
}

impl JoinedWords {
    /// Each word's parties met each other: the pairs of every word.
    pub fn pairs(&self) -> Vec<(Actor, Actor)> {
        self.words.iter().flat_map(|w| super::actors::all_pairs(w)).collect()
    }

    /// Every party of every word, each country once.
    pub fn parties(&self) -> Vec<Actor> {
        super::actors::one_per_country(self.words.iter().flatten())
    }
}

/// Whether actor `x`, between `left` and `first`, stands in a phrase set off by commas that opens with a word in
/// lower case: "The border, drawn in 1904 by a British surveyor, was never accepted by Bolivia" (not a list:
/// "Chile, Peru, and Bolivia were attacked"; nor a list's first name after a phrase put first: "In April, the
/// ministers of Mali, Burkina Faso and Niger were received by …").
pub(super) fn in_parenthesis(scan: &Scan, x: &Actor, left: usize, first: usize) -> bool {
    let open = (left..x.first).rev().find(|&k| scan.is_punct(k, ","));
    let close = (x.end..first).find(|&k| scan.is_punct(k, ","));
    match (open, close) {
        (Some(o), Some(c)) => {
            scan.toks()[o + 1].is_word()
                && scan.toks()[o + 1].case == Case::Lower
                && !super::clauses::continues_list(scan, c)
        }
        _ => false,
    }
}

/// The owners of "their" meeting in a phrase that opens the clause at `left` (the noun cue at `first..end`): the
/// group of two states or more that the clause names first after the phrase ("At their tenth trilateral summit,
/// held in Jerusalem in December, Christodoulides, Mitsotakis and Netanyahu pledged …"). Empty for any other noun.
pub(super) fn owners_after(scan: &Scan, actors: &[Actor], left: usize, first: usize, end: usize) -> Vec<Actor> {
    let lower = |k: usize| scan.toks()[k].case == Case::Lower;
    let opening = first - left <= 5
        && lexicon::class_at(scan, left, "fronting")
        && (left + 1..first).any(|k| scan.is(k, "their"))
        && (left + 1..first).all(lower);
    if !opening {
        return Vec::new();
    }
    let Some(comma) = (end..scan.toks().len()).find(|&k| scan.is_punct(k, ",")) else { return Vec::new() };
    let owners = first_group(scan, actors, comma, scan.toks().len(), is_agent);
    if distinct_countries(&owners) >= 2 { owners } else { Vec::new() }
}
