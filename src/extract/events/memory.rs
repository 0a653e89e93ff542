//! What the coder remembers across the sentences of one document: recent pairs and groups of countries for
//! the anaphors of later sentences ("the two sides", "the three juntas", "the government"), the last accusers,
//! and the last directed act ("… followed suit").

use rustc_hash::FxHashMap as HashMap;

use super::Category;
use super::actors::Actor;
use super::lexicon;
use crate::extract::detect::{DictHit, Label, Scan};
use crate::extract::knowledge::Entry;
use crate::extract::tokens::{Case, TokenKind};

/// How many sentences back an anaphor ("the two sides") or a rejected accusation may reach.
const MEMORY_SPAN: u32 = 3;

/// What the coder remembers across the sentences of one document.
#[derive(Debug, Default)]
pub struct Memory {
    /// The state countries acting in each recent sentence, newest last.
    pub(super) sentences: Vec<(u32, Vec<u32>)>,
    /// Recent pairs of countries that interacted, newest last, and whether they did so as equals (met,
    /// agreed): "the two sides".
    pub(super) pairs: Vec<(u32, [u32; 2], bool)>,
    /// Recent pairs of countries that agreed on something (signed, concluded a deal), newest last: the parties
    /// that "the agreement" of a later sentence recalls. Talks are not an agreement.
    pub(super) agreed: Vec<(u32, [u32; 2])>,
    /// Who last accused someone, with the sentence.
    pub(super) accusers: Option<(u32, Vec<u32>)>,
    /// The states that did the last attack, with the sentence (none for an attack of no state): who "the attacks"
    /// that a later sentence condemns were by.
    pub(super) attackers: Option<(u32, Vec<u32>)>,
    /// The states that last fired missiles, rockets or shells, with the sentence: who "the launches" were by.
    pub(super) launchers: Option<(u32, Vec<u32>)>,
    /// The last directed event ("… and Niger followed suit").
    pub(super) last_directed: Option<LastAct>,
    /// The last single state that acted alone as a subject ("the government" in the next sentence).
    pub(super) last_state: Option<(u32, u32)>,
    /// The first person named in the last sentence that named one, and the country whose state that person acts
    /// for, if any: "He" or "She" opening a later sentence.
    pub(super) last_person: Option<(u32, Option<u32>)>,
    /// The last sentence that opened with an actor of no state (a group, a company): "It" or "They" opening the
    /// next sentence is that actor, not a state of its sentence ("ISKP, which has attacked Taliban officials, …. It
    /// has shown it can strike …").
    pub(super) opened_by_nonstate: Option<u32>,
    /// The last sentence that opened with a state, and that state: "its" before an office in the next sentence
    /// ("Vietnam did not comment. But its foreign ministry spokeswoman demanded …").
    pub(super) opened_by_state: Option<(u32, u32)>,
    /// That state opened it alone, not in a group of states ("Peru and Bolivia signed …").
    pub(super) opened_alone: bool,
    /// The country of the last junta named with one: "the junta" alone, later (see [`super::juntas`]).
    pub(super) junta: Option<u32>,
    /// For each pair of countries (lower index first) that interacted in a finished sentence: how often, and the
    /// position in `pairs` of its latest entry. [`Memory::main_pair`] reads it instead of walking the whole
    /// document's pairs (hundreds of thousands in a long report) for every "the two countries".
    pair_counts: HashMap<(u32, u32), (usize, usize)>,
    /// How many entries of `pairs` `pair_counts` has taken in.
    counted: usize,
}

/// A directed event as "followed suit" repeats it.
#[derive(Debug)]
pub(super) struct LastAct {
    pub(super) sentence: u32,
    pub(super) category: Category,
    pub(super) hypothetical: bool,
    /// The countries acted on.
    pub(super) targets: Vec<u32>,
}

impl Memory {
    /// The countries an anaphor of `size` refers to: for two, the last pair that met or agreed (the parties
    /// rather than a mediator or a third side they spoke about), else the last pair that interacted; otherwise
    /// the states of the fewest recent sentences that add up to `size` (any number when `size` is 0).
    pub(super) fn group(&self, sentence: u32, size: usize) -> Vec<u32> {
        let recent = |s: u32| sentence.saturating_sub(s) <= MEMORY_SPAN && s < sentence;
        // A meeting a few paragraphs back still beats the document's main pair ("The Ambassador of China called
        // on Foreign Minister Dar … The two sides exchanged views on CPEC").
        if size == 2
            && let Some(p) = self
                .recent_pair(sentence)
                .or_else(|| self.last_pair(sentence, true, 2 * MEMORY_SPAN))
                .or_else(|| self.main_pair().map(|(_, p, _)| *p))
        {
            return p.to_vec();
        }
        let mut union: Vec<u32> = Vec::new();
        for (s, states) in self.sentences.iter().rev() {
            if !recent(*s) {
                break;
            }
            for c in states {
                if !union.contains(c) {
                    union.push(*c);
                }
            }
            if (size == 0 && union.len() >= 2) || union.len() == size {
                return union;
            }
            if size > 0 && union.len() > size {
                break;
            }
        }
        Vec::new()
    }

    /// The last pair that met or agreed (`equals`), or that interacted at all, within `span` sentences before
    /// `sentence`. A pair from an earlier cue of this very sentence counts too ("Iran accuses the Taliban …, and
    /// border guards of the two countries clashed"): a cue's pairs are remembered only after it is coded. (Pairs
    /// are in sentence order: the walk back stops at the first one too old.)
    fn last_pair(&self, sentence: u32, equals: bool, span: u32) -> Option<[u32; 2]> {
        let pairs = self.pairs.iter().rev().take_while(|(s, _, _)| sentence.saturating_sub(*s) <= span);
        pairs.filter(|(_, _, sym)| *sym || !equals).map(|(_, p, _)| *p).next()
    }

    /// The last pair that met or agreed in the few sentences before `sentence` (or in it), else the last that
    /// interacted there at all: the two sides that a truce or talks brought about by others are between.
    pub(super) fn recent_pair(&self, sentence: u32) -> Option<[u32; 2]> {
        self.last_pair(sentence, true, MEMORY_SPAN).or_else(|| self.last_pair(sentence, false, MEMORY_SPAN))
    }

    /// The pair that interacted most often in the finished sentences of the document (the later one on a
    /// tie): "the two neighbours" of a report on one conflict, long after they last met.
    fn main_pair(&self) -> Option<&(u32, [u32; 2], bool)> {
        let best = self.pair_counts.values().max_by_key(|&&(count, latest)| (count, self.pairs[latest].0, latest));
        best.map(|&(_, latest)| &self.pairs[latest])
    }

    /// The pair that interacted in the most sentences, when that is more than one and more than any other pair.
    fn dominant_pair(&self) -> Option<Vec<u32>> {
        let top = self.pair_counts.values().map(|&(count, _)| count).max()?;
        let alone = self.pair_counts.values().filter(|&&(count, _)| count == top).count() == 1;
        (top >= 2 && alone).then(|| self.main_pair()).flatten().map(|(_, p, _)| p.to_vec())
    }

    /// The countries that `speakers` met, each in a meeting of two, in the sentence right before `sentence`.
    fn met_by(&self, speakers: &[Actor], sentence: u32) -> Vec<u32> {
        // (Pairs are in sentence order: those of this sentence's earlier cues come last.)
        let before = self.pairs.iter().rev().skip_while(|(s, _, _)| *s >= sentence);
        let mut met = Vec::new();
        for &(_, [a, b], sym) in before.take_while(|(s, _, _)| s + 1 == sentence) {
            let other = match (spoken_by(speakers, a), spoken_by(speakers, b)) {
                (true, false) => b,
                (false, true) => a,
                _ => continue,
            };
            if sym && !met.contains(&other) {
                met.push(other);
            }
        }
        met
    }

    /// Takes in the pairs of the sentence just coded, for [`Memory::main_pair`] in the sentences after it.
    pub(super) fn end_sentence(&mut self) {
        for (i, (_, p, _)) in self.pairs.iter().enumerate().skip(self.counted) {
            let entry = self.pair_counts.entry((p[0].min(p[1]), p[0].max(p[1]))).or_insert((0, i));
            *entry = (entry.0 + 1, i);
        }
        self.counted = self.pairs.len();
    }

    /// Takes in who did an attack (`category` [`Category::Assault`]) in `sentence`: its sources that are states,
    /// but not those of a target's country. (Who struck places of their own country is no attacker of it: "Kabul
    /// and Islamabad …, with Pakistan carrying out air strikes in Paktika".)
    /// An attack by firing (`launch`) is also who fired last.
    pub(super) fn attack_by(
        &mut self,
        category: Category,
        launch: bool,
        sentence: u32,
        sources: &[Actor],
        targets: &[Actor],
    ) {
        if category == Category::Assault {
            let doers = sources.iter().filter(|x| x.state && !targets.iter().any(|t| t.country == x.country));
            self.attackers = Some((sentence, doers.filter_map(|x| x.country).collect()));
            // Who fired is the state right before the verb ("The leaders of Japan, China and South Korea agreed …,
            // even as North Korea fired two ballistic missiles"), not every side named before it.
            if launch {
                let last = sources.iter().filter(|x| x.state).max_by_key(|x| x.first);
                self.launchers = Some((sentence, last.and_then(|x| x.country).into_iter().collect()));
            }
        }
    }

    /// Forgets the attack just taken in from `sentence` when it was only `feared` or threatened ("could attack"):
    /// it is no attack that "the attacks" may be.
    pub(super) fn forget_attack(&mut self, sentence: u32, feared: bool) {
        if feared {
            self.attackers = None;
            self.launchers = self.launchers.take().filter(|(s, _)| *s != sentence);
        }
    }

    /// Who accused someone in the few sentences before `sentence` (or in it).
    pub(super) fn recent_accusers(&self, sentence: u32) -> Vec<u32> {
        within(&self.accusers, sentence, MEMORY_SPAN)
    }

    /// Who accused someone in `sentence` itself.
    pub(super) fn accusers_in(&self, sentence: u32) -> Vec<u32> {
        within(&self.accusers, sentence, 0)
    }

    /// The states that last fired in the document.
    pub(super) fn launchers(&self) -> Vec<u32> {
        self.launchers.as_ref().map_or_else(Vec::new, |(_, countries)| countries.clone())
    }

    /// The states that did the last attack, in the few sentences before `sentence` (or in it).
    pub(super) fn recent_attackers(&self, sentence: u32) -> Vec<u32> {
        within(&self.attackers, sentence, MEMORY_SPAN)
    }

    /// The country of the person a sentence-opening "He" or "She" stands for: the first person named in one of the
    /// two sentences before, when no other person was named since and that one acts for a state.
    pub(super) fn last_person(&self, sentence: u32) -> Vec<u32> {
        match self.last_person {
            Some((s, Some(c))) if sentence.saturating_sub(s) <= 2 && s < sentence => vec![c],
            _ => Vec::new(),
        }
    }

    /// The countries of every pair that agreed in the latest sentence that had one, within the memory's span
    /// before `sentence` (or in it).
    fn last_agreement(&self, sentence: u32) -> Vec<u32> {
        let mut recent =
            self.agreed.iter().rev().take_while(|(s, _)| sentence.saturating_sub(*s) <= MEMORY_SPAN).peekable();
        let Some(&&(latest, _)) = recent.peek() else { return Vec::new() };
        let mut parties: Vec<u32> = Vec::new();
        for (_, pair) in recent.take_while(|(s, _)| *s == latest) {
            for c in pair {
                if !parties.contains(c) {
                    parties.push(*c);
                }
            }
        }
        parties
    }

    /// The distinct states that acted in the sentence just before `sentence`.
    fn previous_states(&self, sentence: u32) -> Vec<u32> {
        let mut states = match self.sentences.last() {
            Some((s, states)) if s + 1 == sentence => states.clone(),
            _ => Vec::new(),
        };
        states.sort_unstable();
        states.dedup();
        states
    }

    fn last_state(&self, sentence: u32) -> Vec<u32> {
        match self.last_state {
            Some((s, c)) if sentence.saturating_sub(s) <= 2 && s < sentence => vec![c],
            _ => Vec::new(),
        }
    }
}

/// The parties of the last meeting of `n` sides (any number when 0) that an anaphor after a verb recalls, less
/// the countries of `speakers`: "urged both sides", "was in contact with both capitals".
///
/// A third side that speaks to "both countries" speaks to the two of the document's main conflict or
/// partnership, when neither of them is the speaker (a mediator's call to one of them does not make that pair
/// "both"); but the sides the speaker met one by one in the sentence right before are those meant ("Faisal spoke
/// by phone with the Chilean and with the Peruvian minister. He urged both sides …").
pub(super) fn other_parties(speakers: &[Actor], n: usize, sentence: u32, memory: &Memory) -> Vec<Actor> {
    let met = memory.met_by(speakers, sentence);
    if n >= 2 && met.len() == n {
        return recalled(&met);
    }
    let main = memory.dominant_pair().filter(|p| n == 2 && p.iter().all(|c| !spoken_by(speakers, *c)));
    let group = main.unwrap_or_else(|| memory.group(sentence, n));
    recalled(&group.into_iter().filter(|&c| !spoken_by(speakers, c)).collect::<Vec<u32>>())
}

/// Whether `country` is one of the speakers'.
fn spoken_by(speakers: &[Actor], country: u32) -> bool {
    speakers.iter().any(|s| s.country == Some(country))
}

/// The countries of `entry`, when its sentence is at most `span` before `sentence`.
fn within(entry: &Option<(u32, Vec<u32>)>, sentence: u32, span: u32) -> Vec<u32> {
    match entry {
        Some((s, countries)) if sentence.saturating_sub(*s) <= span => countries.clone(),
        _ => Vec::new(),
    }
}

/// Stand-in actors for countries recalled from earlier sentences (no mention in this sentence).
pub(super) fn recalled(countries: &[u32]) -> Vec<Actor> {
    countries.iter().map(|&c| Actor::state_of(c, 0, 0)).collect()
}

/// The countries an anaphoric subject before the cue at `first` refers to: "the two sides", "the three
/// juntas", "participants", "the (transitional) government" for the last state that acted, "He" / "She"
/// opening the sentence for the person named last, "It" / "They" for the states of the sentence before.
pub(super) fn recall(scan: &Scan, actors: &[Actor], first: usize, sentence: u32, memory: &Memory) -> Vec<u32> {
    let start = lexicon::sentence_main_start(scan, first);
    // "the bloc tried to strangle the three nations with sanctions": an anaphor right after a verb is its object,
    // not who acts (unless it is the subject of an infinitive: "urged the two sides to resume talks").
    if let Some((at, n)) = anaphor_at(scan, start, first)
        && (!after_verb(scan, start, at) || (at..first).any(|k| scan.is(k, "to")))
    {
        return named_or_recalled(actors, at, n, sentence, memory);
    }
    if start == 0
        && let Some(p) = leading_pronoun(scan, actors, first)
    {
        match scan.lower(p) {
            "he" | "she" => return memory.last_person(sentence),
            "it" | "they" if memory.opened_by_nonstate.is_some_and(|s| s + 1 == sentence) => return Vec::new(),
            // "They agreed to …": the states of the sentence just before.
            "they" => return memory.previous_states(sentence),
            // "It closed the Torkham crossing": that sentence's one state, or else the state it opened with
            // ("Mauritania, which still recognises the SADR, has tried to stay neutral. But in February it signed
            // …").
            _ => {
                let states = memory.previous_states(sentence);
                return match memory.opened_by_state {
                    _ if states.len() == 1 => states,
                    Some((s, c)) if s + 1 == sentence && memory.opened_alone => vec![c],
                    _ => Vec::new(),
                };
            }
        }
    }
    // "… its Foreign Ministry spokeswoman Pham Thu Hang demanded": the office of the state that opened the
    // sentence before, when no state is named before "its".
    // (The role test first: it reads a field, where "its" compares a string.)
    let its_office =
        (start..first).find(|&k| scan.facts.get(k + 1).is_some_and(|f| f.role.is_some()) && scan.is(k, "its"));
    if let Some(k) = its_office
        && !actors.iter().any(|a| a.first >= start && a.end <= k && a.country.is_some())
    {
        return match memory.opened_by_state {
            Some((s, c)) if s + 1 == sentence => vec![c],
            _ => Vec::new(),
        };
    }
    if lexicon::government_anaphor(scan, start, first) {
        // "X, spokesman for the Taliban's commerce ministry, said the administration had …": the one state of the
        // speaker before it, else the last one before. (A quotation may stand between: "the ministry said Lipulekh
        // "is part of Nepal" and that the country had conveyed …" is the ministry's country.)
        let said = (0..first).rev().find(|&k| lexicon::class_at(scan, k, "reporting"));
        let from = said.map_or(start, |k| lexicon::sentence_main_start(scan, k));
        let said = said.unwrap_or(start);
        let speakers = countries_of(actors.iter().filter(|a| a.first >= from && a.end <= said && !a.location));
        return if speakers.len() == 1 { speakers } else { memory.last_state(sentence) };
    }
    Vec::new()
}

/// `actors` with a stand-in for the person named last at a "He" or "She" that opens the sentence joined to a named
/// side ("He and Petro signed a memorandum …"), so that the two act together.
pub(super) fn with_opening_pronoun(scan: &Scan, mut actors: Vec<Actor>, sentence: u32, memory: &Memory) -> Vec<Actor> {
    let p = scan.first_word;
    let joined = p + 1 < scan.toks().len()
        && matches!(scan.tok(p), "He" | "She")
        && scan.is(p + 1, "and")
        && actors.first().is_some_and(|a| a.first == p + 2 && super::actors::is_agent(a));
    if joined && let [country] = memory.last_person(sentence)[..] {
        actors.insert(0, Actor::state_of(country, p, p + 1));
    }
    actors
}

/// Where a pronoun ("it", "they", "he", "she") opening the sentence stands as the subject of the cue at `first`:
/// first, or after a phrase put before it that names no side ("But in February it signed …", "On Tuesday, they
/// agreed …") with at most three words in lower case between it and the cue.
fn leading_pronoun(scan: &Scan, actors: &[Actor], first: usize) -> Option<usize> {
    let fronting = |k: usize| {
        let t = scan.toks()[k];
        k == 0
            || (t.kind == TokenKind::Word && t.case == Case::Lower)
            || t.kind == TokenKind::Number
            || scan.is_punct(k, ",")
            || crate::corpus::dates::is_calendar_word(scan.tok(k))
    };
    // (The pronoun first, a few string tests; the phrase before it only when there is one.)
    let p = (0..first.min(6))
        .find(|&k| lexicon::subject_pronoun(scan, k) && (k == 0 || scan.toks()[k].case == Case::Lower))?;
    if !(0..p).all(fronting) {
        return None;
    }
    let named_before = actors.iter().any(|a| a.end <= p);
    // (A pronoun first in the sentence is its subject however far the cue is.)
    let near = p == 0 || (first - p <= 4 && (p + 1..first).all(|k| scan.toks()[k].case == Case::Lower));
    (!named_before && near && first > p).then_some(p)
}

/// The countries of an anaphoric "by" phrase after a passive verb ending at `end`: "a framework agreement had
/// been signed by the three countries" (named earlier in the sentence, or recalled). Empty when there is none.
pub(super) fn by_anaphor(
    scan: &Scan,
    actors: &[Actor],
    end: usize,
    right: usize,
    sentence: u32,
    memory: &Memory,
) -> Vec<u32> {
    let Some(by) = (end..right.min(end + 3)).find(|&k| scan.is(k, "by")) else { return Vec::new() };
    let Some((_, n)) = anaphor_at(scan, by + 1, right.min(by + 5)) else { return Vec::new() };
    named_or_recalled(actors, by, n, sentence, memory)
}

/// The `n` countries an anaphor at `at` stands for: the states named before it in the sentence when there are
/// exactly `n` of three or more ("hosted the Chilean and Peruvian leaders for the first summit of the three
/// countries"), else the group recalled (two sides are better found as the last pair that met, unless the
/// sentence names exactly two countries' sides before it: "The Indian Army has moved a brigade … after Chinese
/// patrols were spotted near Yangtse, where troops from both sides clashed").
fn named_or_recalled(actors: &[Actor], at: usize, n: usize, sentence: u32, memory: &Memory) -> Vec<u32> {
    // (States for three or more; any side, a people's troops too, for two.)
    let named = countries_of(
        actors.iter().filter(|a| a.end <= at && if n == 2 { !a.location && !a.portfolio } else { a.state }),
    );
    if n >= 2 && named.len() == n { named } else { memory.group(sentence, n) }
}

/// An anaphoric subject between `left` and `first`: "participants", or a number with a plural noun ("the three
/// juntas", "both sides"), or "both" alone before "to". Returns the number it states, if any (0 when none).
pub(super) fn anaphor(scan: &Scan, left: usize, first: usize) -> Option<usize> {
    anaphor_at(scan, left, first).map(|(_, n)| n)
}

/// What an anaphoric object right after a verb ending at `end` recalls: the number of sides it states ("urged the
/// two countries", "urged “both brotherly countries”": a quotation mark ends the clause at `right`, but not an
/// object of a stated number that it opens; a quoted "all parties" is everyone concerned).
///
/// An agreement welcomed or rejected recalls the sides that made it ("The Iranian foreign ministry welcomed the
/// peace agreement"), also after a quoted verb (Beijing "respects and supports" the deal).
pub(super) fn object_anaphor(scan: &Scan, category: Category, end: usize, right: usize) -> Option<Recalled> {
    let agreement = |from: usize| {
        matches!(category, Category::Support | Category::Reject)
            && (from..right.min(from + 4))
                .take_while(|&k| scan.toks()[k].is_word() && scan.toks()[k].case == Case::Lower)
                .any(|k| super::cue_finder::agreement_noun(scan, k))
    };
    let quoted = end < scan.toks().len() && matches!(scan.tok(end), "“" | "”" | "\"" | "‘" | "'");
    if quoted {
        // (Or a quoted verb's object after the quotation: Beijing "respects and supports" the deal.)
        let sides = anaphor(scan, end, (end + 5).min(scan.toks().len())).filter(|&n| n >= 2);
        return sides.map(Recalled::Sides).or_else(|| agreement(end + 1).then_some(Recalled::Agreement));
    }
    match anaphor(scan, end, right.min(end + 4)) {
        Some(n) => Some(Recalled::Sides(n)),
        None => agreement(end).then_some(Recalled::Agreement),
    }
}

/// What an object that refers back to earlier sentences stands for.
#[derive(Clone, Copy, Debug)]
pub(super) enum Recalled {
    /// A number of sides ("both sides", "the three countries"; 0 for any number).
    Sides(usize),
    /// The parties of the last agreement ("welcomed the agreement").
    Agreement,
}

/// The countries that `what` recalls, less those of `speakers`: for an agreement, the parties of the last one
/// when it had more than two ("Tajikistan, Kyrgyzstan and Uzbekistan signed … Russia welcomed the agreement"),
/// else the two sides [`other_parties`] finds.
///
/// Two sides recalled after two states named before the cue at `first` are those two, and after two sides of one
/// state its two camps: "Boulos, who visited both Tripoli and Benghazi, has pressed the two sides to …".
pub(super) fn recalled_parties(
    speakers: &[Actor],
    what: Recalled,
    (actors, first): (&[Actor], usize),
    sentence: u32,
    memory: &Memory,
) -> Vec<Actor> {
    let n = match what {
        Recalled::Sides(2) if let Some(states) = two_sides_named_before(speakers, actors, first) => {
            return recalled(&states);
        }
        Recalled::Sides(n) => n,
        Recalled::Agreement => {
            let parties: Vec<u32> =
                memory.last_agreement(sentence).into_iter().filter(|&c| !spoken_by(speakers, c)).collect();
            if parties.len() > 2 {
                return recalled(&parties);
            }
            2
        }
    };
    other_parties(speakers, n, sentence, memory)
}

/// The states of the sides (places, officials, the states themselves) named before `first`, the speakers' aside,
/// when they are two states, or two sides or more of one state (its two camps).
fn two_sides_named_before(speakers: &[Actor], actors: &[Actor], first: usize) -> Option<Vec<u32>> {
    let others =
        || actors.iter().filter(|a| a.end <= first).filter_map(|a| a.country).filter(|&c| !spoken_by(speakers, c));
    let mut states: Vec<u32> = others().collect();
    let mentions = states.len();
    states.sort_unstable();
    states.dedup();
    (states.len() == 2 || (states.len() == 1 && mentions >= 2)).then_some(states)
}

/// [`anaphor`], with the token it was found at.
pub(super) fn anaphor_at(scan: &Scan, left: usize, first: usize) -> Option<(usize, usize)> {
    (left..first).find_map(|k| {
        let w = scan.lower(k);
        // "asked both to take measures": "both" alone before "to" is the last two sides.
        if w == "both" && k + 1 < scan.toks().len() && scan.is(k + 1, "to") {
            return Some((k, 2));
        }
        if !lexicon::class_at(scan, k, "anaphor") {
            return None;
        }
        let number = k.checked_sub(1).and_then(|p| number_before(scan, p)).map(|p| scan.lower(p));
        match number {
            Some("two" | "both") => Some(2),
            Some("three") => Some(3),
            Some("four") => Some(4),
            Some("five") => Some(5),
            Some("six") => Some(6),
            Some("seven") => Some(7),
            // "called on all parties to work for de-escalation", "urged all sides to show restraint": an appeal to
            // everyone concerned, which names no one ("all three countries", "all the leaders" still recall).
            Some("all") if matches!(w, "parties" | "sides") => None,
            Some(_) => Some(0),
            None if matches!(w, "participants" | "delegations") => Some(0),
            None => None,
        }
        .map(|n| (k, n))
    })
}

/// The number word of an anaphor whose word before is `p`: `p` itself ("both countries"), or the word before a
/// describing word ("both brotherly countries", "the two neighbouring states"; not "two other countries", "all
/// neighbouring countries").
fn number_before(scan: &Scan, p: usize) -> Option<usize> {
    if lexicon::class_at(scan, p, "number") {
        return Some(p);
    }
    let t = scan.toks()[p];
    // ("the three AES states": a name of what they belong to describes them too.)
    let country = |h: &DictHit| h.entries.iter().any(|e| matches!(e, Entry::Country(..)));
    let named = || t.is_capitalised() && !scan.dict_at(p).is_some_and(country);
    let describing = t.is_word()
        && (t.case == Case::Lower || named())
        && !scan.kb.is_function_word(scan.lower(p))
        && !lexicon::class_at(scan, p, "others");
    let q = p.checked_sub(1).filter(|_| describing)?;
    (lexicon::class_at(scan, q, "number") && scan.lower(q) != "all").then_some(q)
}

/// Whether the noun phrase of the anaphor at `at` ("the three nations", "both sides") follows a verb inside the
/// clause from `start`: a lower-case word that is not a closed-class word ("strangle", "urged"), unlike "of" in
/// "the leaders of the two countries".
fn after_verb(scan: &Scan, start: usize, at: usize) -> bool {
    let mut k = at;
    while k > start && (lexicon::class_at(scan, k - 1, "number") || matches!(scan.lower(k - 1), "the" | "all")) {
        k -= 1;
    }
    // Without a determiner or number the word before is more likely an adjective ("technical delegations met").
    k < at
        && k > start
        && scan.toks()[k - 1].is_word()
        && scan.toks()[k - 1].case == Case::Lower
        && !scan.kb.is_function_word(scan.lower(k - 1))
}

/// The countries of `actors`, each once, in code order.
fn countries_of<'a>(actors: impl Iterator<Item = &'a Actor>) -> Vec<u32> {
    let mut countries: Vec<u32> = actors.filter_map(|a| a.country).collect();
    countries.sort_unstable();
    countries.dedup();
    countries
}

/// Whether the actor opens its sentence as the country of an office named with no holder's name: "The
/// representative of Algeria", "France's delegate", "The Iranian representative", within the sentence's first
/// words.
pub(super) fn holds_unnamed_office(scan: &Scan, a: &Actor) -> bool {
    let role = |k: usize| k < scan.toks().len() && matches!(scan.labels[k], Label::Role(_));
    let of_before = a.first >= 2 && {
        let k = if scan.is(a.first - 1, "the") { a.first - 1 } else { a.first };
        k >= 2 && scan.is(k - 1, "of") && role(k - 2)
    };
    let role_after = role(a.end)
        || (a.end < scan.toks().len() && scan.toks()[a.end].kind == TokenKind::Possessive && role(a.end + 1));
    // (A holder named with the office is a person actor, found before this.) Also after a phrase put before it:
    // "Taking the floor under rule 37, the representative of Burundi said …".
    let opens = a.first <= 4 || (a.first.saturating_sub(5)..a.first).any(|k| scan.is_punct(k, ","));
    opens && (of_before || role_after)
}
