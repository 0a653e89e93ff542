//! Event coding: who did what to whom, between countries, sentence by sentence.
//!
//! Actors are found among a sentence's mentions: a country named as an actor (not "in Kabul", not the
//! portfolio in "envoy for Afghanistan"), a demonym with a state noun ("Pakistani authorities", "the Russian
//! ambassador"), a capital or metonym standing for the government, an official whose role makes them act for a
//! state, a group that governs a country at the document's date (the Taliban after 2021-08-15), a state body (the
//! FSB). Cue words from `assets/events/cues.tsv` give the PLOVER category. Direction follows the clause: the
//! acting side comes before the cue (its subject, a possessor, or a "by" phrase), the side acted on after it.
//! Symmetric cues pair "between A and B", "A … with B", or the members of a coordinated subject ("Russia, China
//! and Iran met"). A reporting verb ("said", "told") or a subordinate clause starts a new clause, so "US officials
//! said groups attacked Pakistan" is not a US attack. Negated cues become what the negation means ("has not
//! recognised" → REJECT) or are dropped; hypothetical ones ("could", "may") are kept but flagged.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::detect::{Label, Scan};
use super::document::{Key, LocalEntity, LocalMention};
use super::knowledge::Knowledge;
use super::model::MentionForm;
use super::tokens::{Case, TokenKind};
use crate::corpus::Date;

/// The sixteen PLOVER event categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs)]
pub enum Category {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// PLOVER quad classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Quad {
    /// Agree, consult, support, concede.
    #[serde(rename = "verbal-coop")]
    VerbalCoop,
    /// Cooperate, aid, retreat.
    #[serde(rename = "material-coop")]
    MaterialCoop,
    /// Request, accuse, reject, threaten.
    #[serde(rename = "verbal-conflict")]
    VerbalConflict,
    /// Protest, sanction, mobilize, coerce, assault.
    #[serde(rename = "material-conflict")]
    MaterialConflict,
}

impl Quad {
    /// All four, in display order.
    pub const ALL: [Quad; 4] = [
        Quad::VerbalCoop,
        Quad::MaterialCoop,
        Quad::VerbalConflict,
        Quad::MaterialConflict,
    ];

    /// "verbal-coop", …
    pub fn as_str(self) -> &'static str {
        match self {
            Quad::VerbalCoop => "verbal-coop",
            Quad::MaterialCoop => "material-coop",
            Quad::VerbalConflict => "verbal-conflict",
            Quad::MaterialConflict => "material-conflict",
        }
    }

    /// "Verbal cooperation", …
    pub fn label(self) -> &'static str {
        match self {
            Quad::VerbalCoop => "Verbal cooperation",
            Quad::MaterialCoop => "Material cooperation",
            Quad::VerbalConflict => "Verbal conflict",
            Quad::MaterialConflict => "Material conflict",
        }
    }

    /// Whether the class is cooperation (else conflict).
    pub fn is_cooperation(self) -> bool {
        matches!(self, Quad::VerbalCoop | Quad::MaterialCoop)
    }
}

impl Category {
    /// All sixteen, in PLOVER order.
    pub const ALL: [Category; 16] = [
        Category::Agree,
        Category::Consult,
        Category::Support,
        Category::Concede,
        Category::Cooperate,
        Category::Aid,
        Category::Retreat,
        Category::Request,
        Category::Accuse,
        Category::Reject,
        Category::Threaten,
        Category::Protest,
        Category::Sanction,
        Category::Mobilize,
        Category::Coerce,
        Category::Assault,
    ];

    /// "CONSULT", …
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Agree => "AGREE",
            Category::Consult => "CONSULT",
            Category::Support => "SUPPORT",
            Category::Concede => "CONCEDE",
            Category::Cooperate => "COOPERATE",
            Category::Aid => "AID",
            Category::Retreat => "RETREAT",
            Category::Request => "REQUEST",
            Category::Accuse => "ACCUSE",
            Category::Reject => "REJECT",
            Category::Threaten => "THREATEN",
            Category::Protest => "PROTEST",
            Category::Sanction => "SANCTION",
            Category::Mobilize => "MOBILIZE",
            Category::Coerce => "COERCE",
            Category::Assault => "ASSAULT",
        }
    }

    /// Parses "CONSULT" (any case).
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The quad class.
    pub fn quad(self) -> Quad {
        use Category::*;
        match self {
            Agree | Consult | Support | Concede => Quad::VerbalCoop,
            Cooperate | Aid | Retreat => Quad::MaterialCoop,
            Request | Accuse | Reject | Threaten => Quad::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => Quad::MaterialConflict,
        }
    }
}

/// An interaction coded in one sentence of one document, with countries as knowledge-base indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalInteraction {
    /// Acting country.
    pub source: u32,
    /// Country acted on.
    pub target: u32,
    /// Category.
    pub category: Category,
    /// A symmetric event.
    pub symmetric: bool,
    /// Sentence index.
    pub sentence: u32,
    /// Stated as possible, planned or demanded rather than done ("could", "may", "must").
    pub hypothetical: bool,
}

/// What a typed link between two entities says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkKind {
    /// A person belongs to or acts for a country or organisation ("Iran's special envoy").
    Affiliation,
    /// One acted on the other, coded with a PLOVER category ("met", "accused").
    Event(Category),
}

impl LinkKind {
    /// The export name: "affiliation", "met", "accused", …
    pub fn as_str(self) -> &'static str {
        use Category::*;
        match self {
            LinkKind::Affiliation => "affiliation",
            LinkKind::Event(c) => match c {
                Agree => "agreed",
                Consult => "met",
                Support => "supports",
                Concede => "conceded",
                Cooperate => "cooperates",
                Aid => "aids",
                Retreat => "withdrew",
                Request => "requested",
                Accuse => "accused",
                Reject => "rejected",
                Threaten => "threatened",
                Protest => "protested",
                Sanction => "sanctioned",
                Mobilize => "mobilized",
                Coerce => "coerced",
                Assault => "attacked",
            },
        }
    }
}

/// A typed link between two entities of one document, stated in one sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalRelation {
    /// Local entity acting.
    pub source: u32,
    /// Local entity acted on (or the other side of a symmetric relation).
    pub target: u32,
    /// What the link says.
    pub kind: LinkKind,
    /// Symmetric.
    pub symmetric: bool,
    /// Sentence index.
    pub sentence: u32,
}

#[derive(Clone, Copy, Debug)]
struct CueWord {
    category: Category,
    symmetric: bool,
    negated: Option<Category>,
    noun: bool,
}

struct Cues {
    phrases: HashMap<String, Vec<(Vec<String>, CueWord)>>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues::parse(include_str!("../../assets/events/cues.tsv")))
}

impl Cues {
    fn parse(text: &str) -> Cues {
        let mut phrases: HashMap<String, Vec<(Vec<String>, CueWord)>> = HashMap::new();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(cue), Some(Some(category))) =
                (f.first(), f.get(1).map(|c| Category::parse(c)))
            else {
                continue;
            };
            let words: Vec<String> = cue.split_whitespace().map(str::to_lowercase).collect();
            let Some((first, rest)) = words.split_first() else {
                continue;
            };
            let w = CueWord {
                category,
                symmetric: f.get(2) == Some(&"sym"),
                negated: f.get(3).and_then(|n| Category::parse(n)),
                noun: f.get(4) == Some(&"noun"),
            };
            let list = phrases.entry(first.clone()).or_default();
            list.push((rest.to_vec(), w));
            list.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
        }
        Cues { phrases }
    }
}

/// Words that end a clause for event coding: reporting verbs and subordinators.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "reported",
    "reports",
    "stated",
    "noted",
    "added",
    "revealed",
    "confirmed",
    "announced",
    "declared",
    "asserted",
    "remarked",
    "explained",
    "believed",
    "claims",
    "claimed",
    "contends",
    "argued",
    "insisted",
    "indicated",
    "noting",
];
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "although", "though", "because", "when",
    "whereas", "unless", "but", "where",
];
const LOCATIVE: &[&str] = &[
    "in",
    "into",
    "inside",
    "to",
    "from",
    "across",
    "within",
    "throughout",
    "at",
    "near",
    "via",
    "through",
    "toward",
    "towards",
    "over",
    "on",
];
/// Subjects that refer back to the parties of a recent meeting ("the two sides", "participants").
const COLLECTIVE_ANAPHORS: &[&str] = &["participants", "sides", "delegations"];
const MODALS: &[&str] = &["could", "may", "might", "would", "should", "must", "can"];
const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "no", "refused", "declined", "without",
];
const LIGHT_VERBS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "holding",
    "engaged",
    "had",
    "have",
    "has",
    "conducted",
    "began",
    "started",
    "resumed",
    "concluded",
    "continued",
    "paid",
    "pay",
    "made",
    "focused",
    "expressed",
];
/// Nouns after a demonym or country name that make it a people, not a state ("Afghan migrants").
const NON_STATE_NOUNS: &[&str] = &[
    "citizens",
    "nationals",
    "migrants",
    "refugees",
    "people",
    "media",
    "soil",
    "territory",
    "diaspora",
    "women",
    "men",
    "children",
    "students",
    "workers",
    "traders",
    "businessmen",
    "fighters",
    "militants",
    "jihadi",
    "opposition",
    "deportees",
    "immigrants",
    "families",
    "society",
    "economy",
    "conflict",
    "affairs",
];

/// An actor mention in a sentence.
#[derive(Clone, Copy, Debug)]
struct Actor {
    /// The local entity.
    local: u32,
    /// The country it stands for, if any.
    country: Option<u32>,
    /// It acts for that country's state.
    state: bool,
    /// A location ("in Pakistan"), usable only as a target.
    location: bool,
    /// A portfolio ("envoy for Afghanistan"): not an actor at all.
    portfolio: bool,
    first: usize,
    end: usize,
}

/// Context the coder needs about the document.
pub struct DocContext<'a> {
    /// Knowledge base.
    pub kb: &'a Knowledge,
    /// Local entities.
    pub entities: &'a [LocalEntity],
    /// Reference date for dated knowledge.
    pub date: Option<Date>,
}

impl DocContext<'_> {
    /// The country a local entity acts for as a state, if it does.
    fn state_country(&self, e: &LocalEntity) -> Option<u32> {
        match e.key {
            Key::Person(_) => e.state_actor.then_some(e.country).flatten(),
            Key::Org(o) => {
                let org = &self.kb.organizations[o as usize];
                let governed = org.governs.iter().find(|g| {
                    self.date.is_none_or(|d| g.covers(d)) && (self.date.is_some() || g.to.is_none())
                });
                match governed {
                    Some(g) => self.kb.country_idx(&g.country),
                    None if org.state => {
                        org.country.as_deref().and_then(|c| self.kb.country_idx(c))
                    }
                    None => None,
                }
            }
            _ => None,
        }
    }
}

/// Codes the interactions and typed relations of one sentence. `previous` carries the state actors of recent
/// meetings, for "the two sides" and "participants".
pub fn code_sentence(
    ctx: &DocContext,
    scan: &Scan,
    sentence: u32,
    mentions: &[LocalMention],
    previous: &mut Vec<u32>,
    out: &mut Vec<LocalInteraction>,
    relations: &mut Vec<LocalRelation>,
) {
    let actors = actors(ctx, scan, mentions);
    let found = find_cues(scan);
    if std::env::var_os("DOSSIER_DEBUG_EVENTS").is_some() {
        eprintln!(
            "S{sentence}: {}",
            scan.span_text(0, scan.toks.len())
                .chars()
                .take(100)
                .collect::<String>()
        );
        for a in &actors {
            eprintln!(
                "   actor {:?} {} state={} loc={} port={}",
                a.country.map(|c| &ctx.kb.countries[c as usize].code),
                scan.span_text(a.first, a.end),
                a.state,
                a.location,
                a.portfolio
            );
        }
        for (f, e, c) in &found {
            eprintln!("   cue {} {:?}", scan.span_text(*f, *e), c.category);
        }
    }

    let mut meeting_participants: Vec<u32> = Vec::new();
    for (first, end, cue) in found {
        let (negated, hypothetical) = modality(scan, first);
        let category = if negated {
            match cue.negated {
                Some(c) => c,
                None => continue,
            }
        } else {
            cue.category
        };
        let symmetric = cue.symmetric && !negated;
        let left = clause_start(scan, first);
        let right = clause_end(scan, end);
        let in_left = |a: &Actor| a.first >= left && a.end <= first;
        let mut pairs: Vec<(Actor, Actor)> = Vec::new();
        if symmetric {
            if let Some(g) = group_after_word(scan, &actors, end, right, "between") {
                pairs.extend(all_pairs(&g));
            } else if let Some(b) = group_after_word(scan, &actors, end, right, "with") {
                let mut a: Vec<Actor> = actors
                    .iter()
                    .filter(|x| in_left(x) && is_agent(x))
                    .copied()
                    .collect();
                if a.is_empty() {
                    // "In a meeting with X, Y …": the owner follows the phrase.
                    let after_b = b.iter().map(|x| x.end).max().unwrap_or(end);
                    a = first_group(scan, &actors, after_b, scan.toks.len(), |x| {
                        is_agent(x) && !b.iter().any(|y| y.local == x.local)
                    });
                }
                pairs.extend(cross(&a, &b));
            } else {
                let mut a: Vec<Actor> = actors
                    .iter()
                    .filter(|x| in_left(x) && is_agent(x))
                    .copied()
                    .collect();
                if a.is_empty() && mentions_anaphor(scan, sentence_main_start(scan, first), first) {
                    a = previous_actors(previous, &actors);
                }
                let verbal = !cue.noun || light_verb_before(scan, first, left);
                if !verbal {
                    // A bare noun ("the Taliban and Russia are enhancing their ties"): only a coordinated subject
                    // right before it takes part.
                    a = subject_group(scan, &a, first);
                }
                if a.len() >= 2 || verbal {
                    pairs.extend(all_pairs(&a));
                    let objects = first_group(scan, &actors, end, right, is_agent);
                    if !cue.noun {
                        pairs.extend(cross(&a, &objects));
                    }
                }
            }
            for (x, y) in &pairs {
                meeting_participants.extend(x.country);
                meeting_participants.extend(y.country);
            }
        } else {
            // Sources: the clause before the cue; a "by X" after a noun; the main clause for a passive; anaphors.
            let mut sources: Vec<Actor> = actors
                .iter()
                .filter(|x| in_left(x) && is_agent(x))
                .copied()
                .collect();
            let mut target_from = end;
            if cue.noun
                && let Some(by) = group_after_word(scan, &actors, end, (end + 3).min(right), "by")
            {
                target_from = by.iter().map(|x| x.end).max().unwrap_or(end);
                sources = by.into_iter().filter(is_agent).collect();
            }
            if sources.is_empty() && passive_before(scan, first) {
                let start = sentence_main_start(scan, first);
                sources = actors
                    .iter()
                    .filter(|x| x.first >= start && x.end <= first && is_agent(x))
                    .copied()
                    .collect();
            }
            if sources.is_empty() && mentions_anaphor(scan, sentence_main_start(scan, first), first)
            {
                sources = previous_actors(previous, &actors);
            }
            let reciprocal = (end..right.min(end + 4))
                .any(|k| scan.is(k, "each") || scan.is(k, "one"))
                && (end..right).any(|k| scan.is(k, "other") || scan.is(k, "another"));
            if reciprocal {
                pairs.extend(all_pairs(&sources));
            } else {
                let mut targets = first_group(scan, &actors, target_from, right, |x| {
                    x.country.is_some()
                        && !x.portfolio
                        && !sources.iter().any(|s| s.local == x.local)
                });
                if targets.is_empty() && matches!(category, Category::Reject | Category::Accuse) {
                    // "… a claim that Tehran denies": the other side is the sentence's first actor.
                    targets = actors
                        .iter()
                        .filter(|x| is_agent(x) && !sources.iter().any(|s| s.country == x.country))
                        .take(1)
                        .copied()
                        .collect();
                }
                pairs.extend(cross(&sources, &targets));
            }
        }
        for (a, b) in pairs {
            let real = |x: &Actor| (x.local as usize) < ctx.entities.len();
            let same_country = a.country.is_some() && a.country == b.country;
            if a.local != b.local && real(&a) && real(&b) && !same_country {
                relations.push(LocalRelation {
                    source: a.local,
                    target: b.local,
                    kind: LinkKind::Event(category),
                    symmetric,
                    sentence,
                });
            }
            let (Some(ca), Some(cb)) = (a.country, b.country) else {
                continue;
            };
            if ca == cb
                || !a.state
                || ctx.kb.countries[ca as usize].historical
                || ctx.kb.countries[cb as usize].historical
            {
                continue;
            }
            if symmetric && !b.state {
                continue;
            }
            let (source, target) = if symmetric
                && ctx.kb.countries[cb as usize].code < ctx.kb.countries[ca as usize].code
            {
                (cb, ca)
            } else {
                (ca, cb)
            };
            let i = LocalInteraction {
                source,
                target,
                category,
                symmetric,
                sentence,
                hypothetical,
            };
            if !out.contains(&i) {
                out.push(i);
            }
        }
    }
    if !meeting_participants.is_empty() {
        meeting_participants.sort_unstable();
        meeting_participants.dedup();
        *previous = meeting_participants;
    } else {
        let states: Vec<u32> = actors
            .iter()
            .filter(|a| a.state)
            .filter_map(|a| a.country)
            .collect();
        if states.len() >= 2 {
            *previous = states;
        }
    }
}

fn is_agent(a: &Actor) -> bool {
    a.state && !a.location && !a.portfolio
}

fn all_pairs(g: &[Actor]) -> Vec<(Actor, Actor)> {
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

fn cross(a: &[Actor], b: &[Actor]) -> Vec<(Actor, Actor)> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| (*x, *y)))
        .collect()
}

fn previous_actors(previous: &[u32], actors: &[Actor]) -> Vec<Actor> {
    previous
        .iter()
        .map(|&c| Actor {
            local: u32::MAX - c,
            country: Some(c),
            state: true,
            location: false,
            portfolio: false,
            first: 0,
            end: 0,
        })
        .filter(|a| !actors.iter().any(|x| x.local == a.local))
        .collect()
}

/// The actors of a sentence, from its mentions.
fn actors(ctx: &DocContext, scan: &Scan, mentions: &[LocalMention]) -> Vec<Actor> {
    let mut out = Vec::new();
    for m in mentions {
        let Some(first) = scan
            .toks
            .iter()
            .position(|t| t.start <= m.start && m.start < t.end)
        else {
            continue;
        };
        let end = scan
            .toks
            .iter()
            .rposition(|t| t.start < m.end)
            .map_or(first + 1, |k| k + 1)
            .max(first + 1);
        let e = &ctx.entities[m.local as usize];
        let mut a = Actor {
            local: m.local,
            country: None,
            state: false,
            location: false,
            portfolio: false,
            first,
            end,
        };
        match e.key {
            Key::Country(c) => {
                a.country = Some(c);
                let prev = (first > 0).then(|| scan.lower(first - 1));
                let prev = prev.as_deref();
                let role_before = first >= 2 && matches!(scan.labels[first - 2], Label::Role(_));
                match m.form {
                    MentionForm::Metonym => a.state = true,
                    MentionForm::Demonym => a.state = demonym_is_state(scan, first, end),
                    _ => {
                        if matches!(prev, Some("for" | "on")) && role_before {
                            a.portfolio = true;
                        } else if prev == Some("from")
                            && first >= 2
                            && matches!(scan.labels[first - 2], Label::Role(_))
                        {
                            // "diplomats from Russia"
                            a.state = true;
                        } else if prev.is_some_and(|p| LOCATIVE.contains(&p))
                            && !(prev == Some("to") && followed_by_state_noun(scan, end))
                        {
                            a.location = true;
                        } else if end < scan.toks.len()
                            && scan.toks[end].case == Case::Lower
                            && NON_STATE_NOUNS.contains(&scan.tok(end))
                        {
                            a.state = false;
                        } else {
                            a.state = !(first > 0
                                && matches!(scan.lower(first - 1).as_str(), "former" | "ex"));
                        }
                    }
                }
            }
            Key::Place(_) | Key::NewPlace(_)
                if matches!(e.subtype, Some("capital" | "city" | "province" | "place")) =>
            {
                a.country = e.country;
                a.location = true;
            }
            _ => {
                if let Some(c) = ctx.state_country(e) {
                    a.country = Some(c);
                    a.state = true;
                }
            }
        }
        out.push(a);
    }
    out
}

/// "Pakistani authorities", "the Russian ambassador", "Iranian and Indian diplomats", "Afghan de facto
/// authorities", but not "Afghan migrants" or "a former Egyptian … officer".
fn demonym_is_state(scan: &Scan, first: usize, end: usize) -> bool {
    if first > 0 && matches!(scan.lower(first - 1).as_str(), "former" | "ex" | "late") {
        return false;
    }
    followed_by_state_noun(scan, end)
}

fn followed_by_state_noun(scan: &Scan, end: usize) -> bool {
    let mut k = end;
    let limit = (end + 6).min(scan.toks.len());
    while k < limit {
        if let Label::Role(n) = scan.labels[k] {
            let r = &scan.roles[n as usize];
            return r.state && !r.past;
        }
        let w = scan.lower(k);
        let skippable = matches!(
            w.as_str(),
            "and" | "," | "de" | "facto" | "’s" | "'s" | "the"
        ) || matches!(scan.labels[k], Label::Dict(_))
            || scan.toks[k].kind == TokenKind::Possessive;
        if !skippable {
            return false;
        }
        k += 1;
    }
    false
}

/// Every cue in the sentence: (first token, end token, cue).
fn find_cues(scan: &Scan) -> Vec<(usize, usize, CueWord)> {
    let cues = cues();
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.toks.len() {
        if scan.toks[i].kind != TokenKind::Word || matches!(scan.labels[i], Label::Dict(_)) {
            i += 1;
            continue;
        }
        let w = scan.lower(i);
        let mut matched = None;
        if let Some(list) = cues.phrases.get(&w) {
            for (rest, cue) in list {
                let end = i + 1 + rest.len();
                if end <= scan.toks.len()
                    && rest
                        .iter()
                        .enumerate()
                        .all(|(k, r)| scan.lower(i + 1 + k) == *r)
                {
                    matched = Some((i, end, *cue));
                    break;
                }
            }
        }
        match matched {
            Some(m) => {
                out.push(m);
                i = m.1;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the cue at `first` is negated, and whether it is hypothetical.
fn modality(scan: &Scan, first: usize) -> (bool, bool) {
    let start = clause_start(scan, first).max(first.saturating_sub(5));
    let words: Vec<String> = (start..first).map(|k| scan.lower(k)).collect();
    let negated = words.iter().any(|w| NEGATIONS.contains(&w.as_str()))
        || words.windows(2).any(|p| p[0] == "yet" && p[1] == "to");
    let hstart = first.saturating_sub(4).max(clause_start(scan, first));
    let hypothetical = (hstart..first).any(|k| MODALS.contains(&scan.lower(k).as_str()));
    (negated, hypothetical)
}

fn is_boundary(scan: &Scan, k: usize) -> bool {
    let w = scan.tok(k);
    matches!(w, ";" | "“" | "”" | "\"" | ":")
        || (scan.toks[k].case == Case::Lower
            && (REPORTING.contains(&w) || SUBORDINATORS.contains(&w)))
}

/// First token of the clause containing token `at`.
fn clause_start(scan: &Scan, at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&k| is_boundary(scan, k))
        .map_or(0, |k| k + 1)
}

/// End of the clause after token `from`.
fn clause_end(scan: &Scan, from: usize) -> usize {
    (from..scan.toks.len())
        .find(|&k| is_boundary(scan, k))
        .unwrap_or(scan.toks.len())
}

/// Start of the main clause for a passive cue: back over subordinators but not over reporting verbs of someone
/// else's report.
fn sentence_main_start(scan: &Scan, at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&k| matches!(scan.tok(k), ";" | "“" | "”" | "\""))
        .map_or(0, |k| k + 1)
}

/// "will be restricted", "has been appointed": a passive cue, whose agent is the main clause's subject.
fn passive_before(scan: &Scan, first: usize) -> bool {
    (first.saturating_sub(3)..first).any(|k| {
        matches!(
            scan.lower(k).as_str(),
            "be" | "been" | "being" | "was" | "were"
        )
    })
}

fn light_verb_before(scan: &Scan, first: usize, left: usize) -> bool {
    (first.saturating_sub(4).max(left)..first)
        .any(|k| LIGHT_VERBS.contains(&scan.lower(k).as_str()))
}

fn mentions_anaphor(scan: &Scan, left: usize, first: usize) -> bool {
    (left..first).any(|k| {
        let w = scan.lower(k);
        COLLECTIVE_ANAPHORS.contains(&w.as_str())
            || (matches!(w.as_str(), "countries" | "governments" | "sides")
                && k > 0
                && matches!(scan.lower(k - 1).as_str(), "two" | "both"))
    })
}

/// The coordinated group of agents that ends closest before a bare noun cue: actors joined only by commas,
/// "and", "the", within a few words of the cue.
fn subject_group(scan: &Scan, agents: &[Actor], cue: usize) -> Vec<Actor> {
    let mut sorted: Vec<Actor> = agents.to_vec();
    sorted.sort_by_key(|a| a.first);
    let Some(last) = sorted.last().copied() else {
        return Vec::new();
    };
    if cue.saturating_sub(last.end) > 8 {
        return Vec::new();
    }
    let mut group = vec![last];
    for a in sorted.iter().rev().skip(1) {
        if !joined(scan, a.end, group[group.len() - 1].first) {
            break;
        }
        group.push(*a);
    }
    group
}

/// The coordinated group of actors right after `word` ("between A and B", "with X", "by the Taliban").
fn group_after_word(
    scan: &Scan,
    actors: &[Actor],
    from: usize,
    to: usize,
    word: &str,
) -> Option<Vec<Actor>> {
    let at = (from..to.min(from + 4)).find(|&k| scan.is(k, word))?;
    let g = first_group(scan, actors, at + 1, to, |a| {
        a.country.is_some() && !a.portfolio
    });
    (!g.is_empty() && g[0].first <= at + 4).then_some(g)
}

/// The first coordinated group of actors at or after token `from`: actors joined by commas, "and", articles, or
/// a role between a country word and a name ("Afghan foreign minister Muttaqi", "Zhirnov, the Russian
/// ambassador").
fn first_group(
    scan: &Scan,
    actors: &[Actor],
    from: usize,
    to: usize,
    keep: impl Fn(&Actor) -> bool,
) -> Vec<Actor> {
    let mut candidates: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.first >= from && a.end <= to && keep(a))
        .collect();
    candidates.sort_by_key(|a| a.first);
    let mut out: Vec<Actor> = Vec::new();
    for a in candidates {
        if let Some(last) = out.last()
            && !joined(scan, last.end, a.first)
        {
            break;
        }
        out.push(*a);
    }
    out
}

/// Whether the tokens `[from, to)` only join two actors of one group.
fn joined(scan: &Scan, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 8
        && (from..to).all(|k| {
            matches!(
                scan.lower(k).as_str(),
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
            ) || matches!(scan.labels[k], Label::Role(_) | Label::Honorific)
                || scan.toks[k].kind == TokenKind::Possessive
        })
}

/// A coded interaction between two countries, in the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    /// The document.
    pub doc: crate::corpus::DocId,
    /// Sentence index in the document.
    pub sentence: u32,
    /// ISO3 of the acting side (for symmetric events, the alphabetically first).
    pub source: String,
    /// ISO3 of the side acted on.
    pub target: String,
    /// PLOVER category.
    pub category: Category,
    /// A symmetric event (talks between A and B).
    pub symmetric: bool,
    /// Stated as possible, planned or demanded ("could recognise"); excluded from exports and the matrix by
    /// default.
    pub hypothetical: bool,
}

/// A typed link between two entities stated in one sentence ("met", "accused", …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedLink {
    /// The document.
    pub doc: crate::corpus::DocId,
    /// Sentence index.
    pub sentence: u32,
    /// Acting entity.
    pub source: crate::extract::EntityId,
    /// Entity acted on.
    pub target: crate::extract::EntityId,
    /// What the link says.
    pub kind: LinkKind,
    /// Symmetric.
    pub symmetric: bool,
}
