//! Actors in a sentence: which mentions stand for a state, a people, a place or a portfolio, and how actors
//! group ("Russia, China and Iran", "Zhirnov, the Russian ambassador").

use super::lexicon;
use super::mention_words::{joined_participle, place_then_country};
use crate::corpus::Date;
use crate::extract::detect::{Label, Scan};
use crate::extract::document::{Key, LocalEntity, LocalMention};
use crate::extract::knowledge::{Knowledge, Organization};
use crate::extract::model::MentionForm;
use crate::extract::tokens::{Case, TokenKind};

/// An actor mention in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Actor {
    /// The local entity.
    pub local: u32,
    /// The country it stands for, if any.
    pub country: Option<u32>,
    /// It acts for that country's state.
    pub state: bool,
    /// A location ("in Pakistan"), usable only as a target.
    pub location: bool,
    /// A portfolio ("envoy for Afghanistan"): not an actor at all.
    pub portfolio: bool,
    pub first: usize,
    pub end: usize,
}

impl Actor {
    /// A stand-in for a country's state that no mention in the sentence names, at tokens `[first, end)`: "the de
    /// facto authorities", an official text's "we", a country recalled from an earlier sentence. Its `local` is
    /// outside the entities' range, one per country.
    pub fn state_of(country: u32, first: usize, end: usize) -> Self {
        Actor {
            local: u32::MAX - country,
            country: Some(country),
            state: true,
            location: false,
            portfolio: false,
            first,
            end,
        }
    }
}

/// Adds a stand-in actor among the sentence's actors, which stay in text order.
pub(super) fn insert_in_order(out: &mut Vec<Actor>, a: Actor) {
    let at = out.partition_point(|x| x.first < a.first);
    out.insert(at, a);
}

/// Context the coder needs about the document.
pub struct DocContext<'a> {
    /// Knowledge base.
    pub kb: &'a Knowledge,
    /// Local entities.
    pub entities: &'a [LocalEntity],
    /// Reference date for dated knowledge.
    pub date: Option<Date>,
    /// The country that "the de facto authorities" stand for in this document, if it says so and a group in it
    /// rules one (see [`DocContext::de_facto_governed`]).
    pub de_facto: Option<u32>,
    /// Who speaks in the first person ("we", "our", "my Government") in this document, when it is an official
    /// text that names its country in its heading (see [`super::issuer`]).
    pub issuer: Option<super::Issuer>,
    /// The document names a junta: "the junta" alone may then stand for the state whose junta it named.
    pub names_junta: bool,
    /// Who speaks in the sentence being coded, in a transcript's labelled turns (see [`super::turn_of`]).
    pub turn: super::Turn,
}

impl DocContext<'_> {
    /// The country a local entity acts for as a state, if it does.
    pub fn state_country(&self, e: &LocalEntity) -> Option<u32> {
        match e.key {
            // (A new organisation acts for a state only as its forces named by it: see `Scan::state_force_country`.)
            Key::Person(_) | Key::NewOrg(_) => e.state_actor.then_some(e.country).flatten(),
            Key::Org(o) => {
                let org = &self.kb.organizations[o as usize];
                match self.ruled_by(org) {
                    Some(c) => Some(c),
                    None if org.state => org.country.as_deref().and_then(|c| self.kb.country_idx(c)),
                    None => None,
                }
            }
            _ => None,
        }
    }

    /// The country that `org` governs at the document's date (with no date, one it governs still).
    fn ruled_by(&self, org: &Organization) -> Option<u32> {
        let g = org
            .governs
            .iter()
            .find(|g| self.date.is_none_or(|d| g.covers(d)) && (self.date.is_some() || g.to.is_none()))?;
        self.kb.country_idx(&g.country)
    }

    /// The member states of a small group of states (`members` in `organizations.tsv`), when the document names
    /// every one of them.
    pub fn named_members(&self, e: &LocalEntity) -> Option<&[u32]> {
        let Key::Org(o) = e.key else { return None };
        let members = &self.kb.organizations[o as usize].members;
        let named = |c: &u32| self.entities.iter().any(|x| matches!(x.key, Key::Country(k) if k == *c));
        (!members.is_empty() && members.iter().all(named)).then_some(members.as_slice())
    }

    /// The country that a group named in the document governs de facto at its date (the Taliban's Afghanistan),
    /// when there is exactly one.
    pub fn de_facto_governed(&self) -> Option<u32> {
        let mut governed = self.entities.iter().filter_map(|e| match e.key {
            Key::Org(o) => self.ruled_by(&self.kb.organizations[o as usize]),
            _ => None,
        });
        let first = governed.next()?;
        governed.all(|c| c == first).then_some(first)
    }
}

/// "called on the de facto authorities to reopen schools", "urged the caretaker government to …": with no
/// country named with them, the de facto (caretaker, interim) authorities are the government of the group that
/// rules de facto in the document (the Taliban's).
fn de_facto_authorities(ctx: &DocContext, scan: &Scan, out: &mut Vec<Actor>) {
    // (Only in a document that says so: a test of every sentence's tokens cost 1 % of a cold open.)
    let Some(country) = ctx.de_facto else { return };
    let n = scan.toks().len();
    let mut found = Vec::new();
    for k in 1..n.saturating_sub(1) {
        // The phrase's first word, and its head noun.
        let (start, head) = match scan.lower(k) {
            "facto" if scan.is(k - 1, "de") => (k - 1, k + 1),
            "caretaker" | "interim" => (k, k + 1),
            _ => continue,
        };
        let named = matches!(scan.lower(head), "authorities" | "government" | "rulers" | "administration" | "regime");
        // "the de facto authorities in Kabul", "Afghan de facto authorities", "Kabul's interim government": the
        // country is named with them.
        let placed = head + 1 < n && matches!(scan.lower(head + 1), "in" | "of");
        let owned = out.iter().any(|a| a.end == start || a.end + 1 == start);
        if named && !placed && !owned {
            found.push((start, head + 1));
        }
    }
    for (start, end) in found {
        insert_in_order(out, Actor::state_of(country, start, end));
    }
}

/// "We have conveyed our concerns to Tokyo", "my Government": in an official text, the first person outside
/// quotations is the state that issues it ([`DocContext::issuer`]); in a transcript, the state of the official
/// whose turn it is ([`DocContext::turn`]).
fn first_person(ctx: &DocContext, scan: &Scan, out: &mut Vec<Actor>) {
    let speaker = match ctx.turn {
        super::Turn::State(country) => Some(country),
        super::Turn::Narration => ctx.issuer.map(|i| i.country),
        super::Turn::Other => None,
    };
    let Some(country) = speaker else { return };
    let n = scan.toks().len();
    let mut found = Vec::new();
    // Quotation marks so far: after an odd number, a quotation is open and its "we" is the speaker's.
    let mut quotes = 0usize;
    for k in 0..n {
        let w = scan.lower(k);
        let quoted = quotes % 2 == 1;
        let end = match w {
            "\"" | "“" | "”" | "«" | "»" => {
                quotes += 1;
                continue;
            }
            // (Not "US", the United States.)
            "we" | "us" | "our" if scan.toks()[k].case != Case::Upper => k + 1,
            "i" if scan.tok(k) == "I" => k + 1,
            "my" if k + 1 < n && matches!(scan.lower(k + 1), "government" | "country" | "delegation") => k + 2,
            _ => continue,
        };
        if !quoted {
            found.push((k, end));
        }
    }
    for (first, end) in found {
        insert_in_order(out, Actor::state_of(country, first, end));
    }
}

/// "“We encourage Ethiopia and Egypt to resolve their differences,” a spokesperson of the French foreign ministry
/// said": in a sentence that holds one quotation, whole, said by speakers of one state, the quotation's "we",
/// "us" and "our" are that state.
fn quoted_first_person(scan: &Scan, out: &mut Vec<Actor>) {
    if !lexicon::sentence_has(scan, "reporting") {
        return;
    }
    let n = scan.toks().len();
    let mark = |k: &usize| scan.toks()[*k].kind == TokenKind::Punct && matches!(scan.tok(*k), "\"" | "“" | "”");
    let mut marks = (0..n).filter(mark);
    let (Some(open), Some(close), None) = (marks.next(), marks.next(), marks.next()) else { return };
    let mut speakers = quote_speakers(scan, out, open, close).into_iter();
    let Some(country) = speakers.next().and_then(|a| a.country.filter(|_| is_agent(&a))) else { return };
    if speakers.any(|a| !is_agent(&a) || a.country != Some(country)) {
        return;
    }
    for k in open + 1..close {
        if matches!(scan.lower(k), "we" | "us" | "our") && scan.toks()[k].case != Case::Upper {
            insert_in_order(out, Actor::state_of(country, k, k + 1));
        }
    }
}

/// Who says the quotation between the marks `open` and `close`: the actors between it and a verb of saying after
/// it ("“…,” Peru's president told reporters"), else the one right after that verb ("“…,” said a spokesman for
/// the Peruvian foreign ministry"; not "said of Chile's demands"), else every actor before a verb of saying
/// before it ("Chile's foreign minister said: “…”").
fn quote_speakers(scan: &Scan, actors: &[Actor], open: usize, close: usize) -> Vec<Actor> {
    let reporting = |k: &usize| lexicon::class_at(scan, *k, "reporting");
    if let Some(verb) = (close + 1..scan.toks().len()).find(reporting) {
        let before: Vec<Actor> = actors.iter().filter(|a| a.first > close && a.end <= verb).copied().collect();
        if !before.is_empty() {
            return before;
        }
        let after = actors.iter().filter(|a| a.first > verb).min_by_key(|a| a.first);
        let adjunct = |k: usize| {
            k < scan.toks().len()
                && matches!(scan.lower(k), "about" | "of" | "on" | "to" | "in" | "at" | "after" | "with")
        };
        return after.filter(|a| a.first <= verb + 6 && !adjunct(verb + 1)).copied().into_iter().collect();
    }
    match (0..open).rev().find(reporting) {
        Some(verb) => actors.iter().filter(|a| a.end <= verb).copied().collect(),
        None => Vec::new(),
    }
}

pub fn is_agent(a: &Actor) -> bool {
    a.state && !a.location && !a.portfolio
}
pub fn all_pairs(g: &[Actor]) -> Vec<(Actor, Actor)> {
    let mut out = Vec::new();
    for (i, a) in g.iter().enumerate() {
        for b in &g[i + 1..] {
            if a.country != b.country || a.country.is_none() {
                out.push((*a, *b));
            }
        }
    }
    out
}
pub fn cross(a: &[Actor], b: &[Actor]) -> Vec<(Actor, Actor)> {
    a.iter().flat_map(|x| b.iter().map(move |y| (*x, *y))).collect()
}
/// The first of `actors` of each country, in order: the sides that a set of pairs has.
pub fn one_per_country<'x>(actors: impl IntoIterator<Item = &'x Actor>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    for a in actors {
        if !out.iter().any(|o| o.country == a.country) {
            out.push(*a);
        }
    }
    out
}
/// The actors of a sentence, from its mentions.
pub fn actors(ctx: &DocContext, scan: &Scan, mentions: &[LocalMention]) -> Vec<Actor> {
    let mut out = Vec::new();
    for m in mentions {
        // Tokens are in text order and do not overlap: binary searches find the mention's first and end tokens.
        let first = scan.toks().partition_point(|t| t.end <= m.start);
        if scan.toks().get(first).is_none_or(|t| t.start > m.start) {
            continue;
        }
        let end = scan.toks().partition_point(|t| t.start < m.end).max(first + 1);
        // ("Turkish-made drones": who made a weapon is no side of its use.)
        let made = joined_participle(scan, end, m.end, "maker-participle");
        if made || opposed_or_partisan(scan, first, m.start) || backing(scan, first, m.end) {
            continue;
        }
        let e = &ctx.entities[m.local as usize];
        let mut a =
            Actor { local: m.local, country: None, state: false, location: false, portfolio: false, first, end };
        match e.key {
            Key::Country(c) => {
                a.country = Some(c);
                let prev = (first > 0).then(|| scan.lower(first - 1));
                // (An office's role, not a body's: "drones for Taiwan" are sent to it.)
                let role_before = first >= 2
                    && matches!(scan.labels[first - 2], Label::Role(_))
                    && !scan.facts[first - 2].role.is_some_and(|(r, _)| r.body);
                match m.form {
                    MentionForm::Metonym => a.state = true,
                    // ("The Saudi-led coalition bombed …": the state leads what acts.)
                    MentionForm::Demonym => {
                        a.state = demonym_is_state(scan, first, end) || joined_participle(scan, end, m.end, "leading")
                    }
                    _ => {
                        if (matches!(prev, Some("for" | "on")) && role_before) || in_charge_of(scan, first) {
                            a.portfolio = true;
                        } else if prev == Some("from") && first >= 2 && matches!(scan.labels[first - 2], Label::Role(_))
                        {
                            // "diplomats from Russia"
                            a.state = true;
                        } else if seated_in(scan, first) {
                            a.state = true;
                        } else if place_then_country(scan, first, end)
                            || joined_participle(scan, end, m.end, "seat-participle")
                            || (locative_before(scan, first)
                                && !(prev == Some("to") && followed_by_state_noun(scan, end)))
                        {
                            a.location = true;
                        } else if end < scan.toks().len()
                            && scan.toks()[end].case == Case::Lower
                            && lexicon::class_at(scan, end, "nonstate")
                        {
                            a.state = false;
                        } else {
                            a.state = !(first > 0 && matches!(scan.lower(first - 1), "former" | "ex"));
                        }
                    }
                }
            }
            Key::Place(_) | Key::NewPlace(_)
                if matches!(e.subtype, Some("capital" | "city" | "province" | "place")) =>
            {
                a.country = e.country;
                // A capital is where its state sits.
                a.location = !(e.subtype == Some("capital") && seated_in(scan, first));
                a.state = !a.location;
            }
            _ => {
                if let Some(c) = ctx.state_country(e).or_else(|| official_in_fronted_capital(ctx, scan, &out, e, first))
                {
                    a.country = Some(c);
                    a.state = true;
                } else if let Some(members) = ctx.named_members(e) {
                    // "the E3 triggered snapback": the group acts for each member (the first stands for the group
                    // itself, the others stand in for their states).
                    out.push(Actor { country: Some(members[0]), state: true, ..a });
                    out.extend(members[1..].iter().map(|&c| Actor::state_of(c, first, end)));
                    continue;
                }
            }
        }
        out.push(a);
    }
    de_facto_authorities(ctx, scan, &mut out);
    first_person(ctx, scan, &mut out);
    quoted_first_person(scan, &mut out);
    out
}
/// "In Tehran, Foreign Ministry spokesman Esmaeil Baghaei condemned …": an official of a state role, of no country
/// or organisation in the document, right after it, speaks for the capital that opens the sentence.
fn official_in_fronted_capital(
    ctx: &DocContext,
    scan: &Scan,
    before: &[Actor],
    e: &LocalEntity,
    first: usize,
) -> Option<u32> {
    // (After a label, as in a live blog: "IRAN: In Tehran, …".)
    let at = if scan.is_punct(scan.first_word + 1, ":") { scan.first_word + 2 } else { scan.first_word };
    if !matches!(e.key, Key::Person(_)) || e.country.is_some() || e.organization().is_some() || !scan.is(at, "in") {
        return None;
    }
    let titled = scan.roles.iter().any(|r| {
        r.end == first
            && r.state
            && r.core
            && !r.past
            && r.first > 0
            && !matches!(scan.labels[r.first - 1], Label::Dict(_))
    });
    let capital = before.iter().find(|x| x.first == at + 1 && x.location && scan.is_punct(x.end, ","))?;
    let is_capital = ctx.entities.get(capital.local as usize).is_some_and(|c| c.subtype == Some("capital"));
    (titled && is_capital).then_some(capital.country).flatten()
}
/// A locative word before the mention whose first token is `first`, right before it or before a part of the
/// country ("in Chile", "in northern Chile").
fn locative_before(scan: &Scan, first: usize) -> bool {
    let k = if first > 1 && lexicon::class_at(scan, first - 1, "direction") { first - 1 } else { first };
    // ("on the island of St. Vincent": a noun of places before "of" makes a place of the country's name too; "offers
    // of mediation from Chile": an act or an offer from a state is its own.)
    let sent =
        |j: usize| j > 0 && scan.is(j, "from") && (scan.facts[j - 1].cue || lexicon::class_at(scan, j - 1, "proposal"));
    (k > 0 && lexicon::class_at(scan, k - 1, "locative") && !sent(k - 1))
        || (k >= 2 && scan.is(k - 1, "of") && scan.kb.in_context("place-of", scan.lower(k - 2)))
}
/// "Joint Secretary in charge of the Pakistan-Afghanistan-Iran division" (the mention's first token is
/// `first`): a portfolio, like "envoy for Afghanistan".
fn in_charge_of(scan: &Scan, first: usize) -> bool {
    let k = if first > 0 && scan.is(first - 1, "the") { first - 1 } else { first };
    k >= 2 && scan.is(k - 1, "of") && scan.is(k - 2, "charge")
}
/// "the rulers in Kabul", "the authorities in Tehran" (the mention's first token is `first`): a state body in
/// its seat, which is the state.
fn seated_in(scan: &Scan, first: usize) -> bool {
    first >= 2 && scan.is(first - 1, "in") && scan.facts[first - 2].role.is_some_and(|(r, _)| r.body && r.state)
}
/// A mention inside "anti-Taliban", "pro-Russian" or "non-Afghan" (whose first token is `first`, and which
/// starts at byte `start`): a word about the side, which is not itself an actor.
fn opposed_or_partisan(scan: &Scan, first: usize, start: u32) -> bool {
    let tok = scan.toks()[first];
    let Some(before) = start.checked_sub(tok.start).filter(|&n| n > 0) else { return false };
    let prefix = scan.lower(first).get(..before as usize).unwrap_or("");
    matches!(prefix.trim_end_matches(['-', '‐', '‑', '–']), "anti" | "pro" | "non")
}
/// A mention inside "Iran-aligned" or "Russian-backed" (whose first token is `first`, and which ends at byte
/// `end`): a word about whom the group it describes leans on; the country does not act in the sentence.
fn backing(scan: &Scan, first: usize, end: u32) -> bool {
    let tok = scan.toks()[first];
    if end >= tok.end {
        return false;
    }
    let rest = scan.text()[end as usize..tok.end as usize].trim_start_matches(['-', '‐', '‑', '–']);
    // A backed plan is still the backer's ("rejects US-backed truce"); a backed group acts on its own.
    let group_after = scan.toks().get(first + 1).is_some_and(|t| t.is_capitalised())
        || first + 1 < scan.toks().len()
            && matches!(
                scan.lower(first + 1),
                "rebels"
                    | "militia"
                    | "militias"
                    | "fighters"
                    | "group"
                    | "groups"
                    | "proxies"
                    | "proxy"
                    | "insurgents"
                    | "separatists"
                    | "militants"
                    | "gunmen"
            );
    match rest.to_ascii_lowercase().as_str() {
        "aligned" | "allied" | "affiliated" | "linked" | "armed" => true,
        "backed" | "sponsored" | "funded" | "supported" => group_after,
        _ => false,
    }
}
/// "Pakistani authorities", "the Russian ambassador", "Iranian and Indian diplomats", "Afghan de facto
/// authorities", but not "Afghan migrants" or "a former Egyptian … officer".
pub fn demonym_is_state(scan: &Scan, first: usize, end: usize) -> bool {
    if first > 0 && matches!(scan.lower(first - 1), "former" | "ex" | "late") {
        return false;
    }
    followed_by_state_noun(scan, end)
}
pub fn followed_by_state_noun(scan: &Scan, end: usize) -> bool {
    let mut k = end;
    let limit = (end + 6).min(scan.toks().len());
    while k < limit {
        if let Label::Role(n) = scan.labels[k] {
            let r = &scan.roles[n as usize];
            return r.state && !r.past;
        }
        let w = scan.lower(k);
        let skippable = matches!(w, "and" | "," | "de" | "facto" | "’s" | "'s" | "the")
            || matches!(scan.labels[k], Label::Dict(_))
            || scan.toks()[k].kind == TokenKind::Possessive;
        if !skippable {
            // A force of two words: "the Chadian air force", "Philippine coast guard vessels" (`state-force`).
            let next = scan.toks().get(k + 1).map(|_| scan.lower(k + 1));
            return matches!(next, Some("force" | "forces" | "guard" | "guards"))
                && scan.kb.in_context("state-force", &format!("{w} {}", scan.lower(k + 1)));
        }
        k += 1;
    }
    false
}
/// `last` and the actors `before` it (nearest first) that join on to it one by one, by commas, "and" and the like
/// (see [`joined`]): the group, nearest first.
pub fn joined_run<'x>(scan: &Scan, last: Actor, before: impl Iterator<Item = &'x Actor>) -> Vec<Actor> {
    let mut group = vec![last];
    for a in before {
        if !joined(scan, a.end, group[group.len() - 1].first) {
            break;
        }
        group.push(*a);
    }
    group
}
/// Where `word` stands within four tokens of `from` (before `to`), not counting the words of a time adjunct, numbers
/// and places named after "in" or "at" between them ("held talks in Herat last week with", "talks on 20 July between").
fn word_after_adjuncts(scan: &Scan, from: usize, to: usize, word: &str) -> Option<usize> {
    if let Some(at) = (from..to.min(from + 4)).find(|&k| scan.is(k, word)) {
        return Some(at);
    }
    // (Rarely further on: the adjuncts are read only when it is.) At most five of them: a "with" further on
    // belongs to something else.
    let at = (from + 4..to.min(from + 9)).find(|&k| scan.is(k, word))?;
    let located = |k: usize| match scan.labels[k] {
        Label::Dict(n) => {
            scan.dict[n as usize].first.checked_sub(1).is_some_and(|b| scan.is(b, "in") || scan.is(b, "at"))
        }
        _ => false,
    };
    let adjunct = |k: &usize| lexicon::time_word(scan, *k) || located(*k);
    ((from..at).filter(|k| !adjunct(k)).count() < 4).then_some(at)
}

/// The coordinated group of actors right after `word` ("between A and B", "with X", "by the Taliban").
pub fn group_after_word(scan: &Scan, actors: &[Actor], from: usize, to: usize, word: &str) -> Option<Vec<Actor>> {
    let at = word_after_adjuncts(scan, from, to, word)?;
    let g = first_group(scan, actors, at + 1, to, |a| a.country.is_some() && !a.portfolio);
    // Near the word, or after a role only ("with the acting foreign minister of Afghanistan", "with the acting
    // minister of commerce and industry of Afghanistan's caretaker government", "between the foreign ministers, X
    // of Armenia and …").
    let near = |first: usize| {
        first <= at + 4
            || (at + 1..first).all(|k| {
                scan.facts[k].role.is_some()
                    || matches!(scan.lower(k), "the" | "of" | "and" | "his" | "her" | "its" | "two" | ",")
            })
    };
    (!g.is_empty() && near(g[0].first)).then_some(g)
}
/// The first coordinated group of actors at or after token `from`: actors joined by commas, "and", articles, or
/// a role between a country word and a name ("Afghan foreign minister Muttaqi", "Zhirnov, the Russian
/// ambassador").
pub fn first_group(scan: &Scan, actors: &[Actor], from: usize, to: usize, keep: impl Fn(&Actor) -> bool) -> Vec<Actor> {
    let mut candidates: Vec<&Actor> = actors.iter().filter(|a| a.first >= from && a.end <= to && keep(a)).collect();
    candidates.sort_by_key(|a| a.first);
    let mut out: Vec<Actor> = Vec::new();
    for a in candidates {
        // An actor left out still joins the group ("the ministers, X of Chile and Y of Peru", Y acting for no
        // state): the words between are checked on either side of it.
        let skipped = out.last().and_then(|last| {
            actors.iter().find(|x| x.first >= last.end && x.end <= a.first && !keep(x) && !x.location)
        });
        // "Israeli officials in Paris": where one side's officials are is no other side (but "New Delhi and the de
        // facto authorities in Kabul" are two).
        let where_they_are = |last: &Actor| {
            a.location
                && a.first > last.end
                && scan.is(a.first - 1, "in")
                && (last.end..a.first - 1).all(|k| scan.facts[k].role.is_some())
        };
        if let Some(last) = out.last()
            && (where_they_are(last)
                || !match skipped {
                    Some(x) => joined(scan, last.end, x.first) && joined(scan, x.end, a.first),
                    None => joined(scan, last.end, a.first),
                })
        {
            break;
        }
        out.push(*a);
    }
    out
}
/// Whether the tokens `[from, to)` only join two actors of one group. Actors that overlap (`to` before `from`) are
/// joined in one word ("the US-Israeli strikes", "the US-South Korean exercises").
pub fn joined(scan: &Scan, from: usize, to: usize) -> bool {
    if to < from {
        return true;
    }
    to - from <= 8
        && (from..to).all(|k| {
            matches!(
                scan.lower(k),
                "," | "and"
                    | "&"
                    | "or"
                    | "the"
                    | "both"
                    | "as"
                    | "well"
                    | "de"
                    | "facto"
                    | "current"
                    | "its"
                    | "their"
                    // "Tshisekedi and his Rwandan counterpart Paul Kagame"
                    | "his"
                    | "her"
                    // "X of Armenia and Y of Azerbaijan"
                    | "of"
                    // "Iran, along with Russia, China and Pakistan, has called on …"; "with X and with Y"
                    | "along"
                    | "together"
            ) || (scan.is(k, "with") && k > from && matches!(scan.lower(k - 1), "along" | "together" | "and"))
                || matches!(scan.labels[k], Label::Role(_) | Label::Honorific)
                || scan.toks()[k].kind == TokenKind::Possessive
                // "between New Delhi and the de facto authorities in Kabul"
                || scan.facts[k].role.is_some()
                || (k > from && scan.is(k, "in") && scan.facts[k - 1].role.is_some())
        })
}
