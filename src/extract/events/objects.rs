//! What a cue's object makes of it: goods sent are aid, troops sent a mobilisation, a message sent nothing;
//! people expelled are coerced; an attack in words only, aid stopped or an agreement only proposed is no event.
//! Also what a verb's object is: a direct object, and the attack a condemnation names.

use super::Category;
use super::actors::{Actor, cross, first_group, is_agent, one_per_country};
use super::lexicon::{self, Cue, CueWord, class_at, clause_end};
use super::memory::{Memory, recalled};
use super::subjects::in_by_phrase;
use crate::extract::detect::Scan;
use crate::extract::knowledge::{CountryForm, Entry};
use crate::extract::tokens::{Case, TokenKind};

/// What is sent decides what sending is: people sent across a border are coerced ("sent Pakistani citizens to
/// Afghanistan"), goods sent are aid ("sent 50,000 tonnes of wheat to Afghanistan", `goods` in `grammar.tsv`);
/// and people expelled are coerced, where expelled diplomats are a sanction. A message or an envoy sent coerces no
/// one ("sent a joint request to the OSCE", "sent a delegation to Kabul"): the cue is dropped (`None`).
pub fn by_object(scan: &Scan, cue: Cue) -> Option<Cue> {
    // "proposed in September a three-month truce", "sought a deal": an agreement only offered is none yet (within
    // the words before the noun, hyphens included).
    // So are talks or mediation only offered, right before them ("turned down offers of mediation from Malaysia").
    let reach = match cue.word.category {
        Category::Agree => 8,
        Category::Consult => 3,
        _ => 0,
    };
    if cue.word.noun
        && (cue.first.saturating_sub(reach)..cue.first)
            .rev()
            .take_while(|&k| scan.toks()[k].is_word() || scan.is_punct(k, "-"))
            .any(|k| class_at(scan, k, "proposal"))
    {
        return None;
    }
    // "held a call with Rubio": a call is a meeting only with whom it is held (not "heeded the call of the UN").
    if cue.word.category == Category::Consult
        && cue.word.noun
        && scan.lower(cue.first) == "call"
        && !scan.is(cue.end, "with")
    {
        return None;
    }
    // "near the Emerald Triangle, where Cambodia, Laos and Thailand meet,": borders meet, not the states.
    if cue.word.category == Category::Consult
        && matches!(scan.lower(cue.first), "meet" | "meets")
        && scan.toks().get(cue.end).is_none_or(|t| t.kind == TokenKind::Punct)
        && (cue.first.saturating_sub(10)..cue.first)
            .rev()
            .take_while(|&k| {
                let t = scan.toks()[k];
                t.is_capitalised() || scan.is_punct(k, ",") || matches!(scan.lower(k), "and" | "the" | "where")
            })
            .any(|k| scan.is(k, "where"))
    {
        return None;
    }
    // "called the US deployment "a threat to the peace"": a verb of naming accuses only a side named before a
    // noun of charge in its next ten words (`labelling` and `charge-noun` in `context_words.tsv`).
    if cue.word.category == Category::Accuse && !cue.word.noun && scan.kb.in_context("labelling", scan.lower(cue.first))
    {
        // (Up to ten words on, quoted or not, before a comma, a semicolon or a colon.)
        let mut words = (cue.end..(cue.end + 10).min(scan.toks().len()))
            .take_while(|&k| scan.toks()[k].kind != TokenKind::Punct || !matches!(scan.tok(k), "," | ";" | ":"));
        let charge = words.find(|&k| scan.kb.in_context("charge-noun", scan.lower(k)))?;
        return (cue.end..charge).any(|k| scan.toks()[k].is_capitalised()).then_some(cue);
    }
    // "its war with Iran", "the war between Israel and Iran", "the Iran-Israel war": a war is one between sides
    // named with it (not "prisoners of war", "war crimes", "dragging the region into a wider war").
    if cue.word.category == Category::Assault && cue.word.symmetric && scan.lower(cue.first) == "war" {
        let joined = cue.first > 0 && scan.tok(cue.first - 1).contains(['-', '–']);
        let between = cue.end < scan.toks().len() && matches!(scan.lower(cue.end), "with" | "against" | "between");
        let of_war = cue.first > 0 && scan.is(cue.first - 1, "of");
        return ((joined || between) && !of_war).then_some(cue);
    }
    // "struck a softer tone", "hit a new low": an attack in words only (`figurative` objects) is none.
    let near = (cue.end..(cue.end + 4).min(scan.toks().len())).take_while(|&k| scan.toks()[k].is_word());
    if cue.word.category == Category::Assault && !cue.word.noun && near.clone().any(|k| class_at(scan, k, "figurative"))
    {
        return None;
    }
    // ", allegations the government of Benin denies", ", an allegation the ministry denied": a claim in apposition
    // names the accusation before it, and is no new one.
    if cue.word.category == Category::Accuse && cue.word.noun {
        let k = if cue.first > 0 && matches!(scan.lower(cue.first - 1), "a" | "an" | "the") {
            cue.first - 1
        } else {
            cue.first
        };
        if k > 0 && scan.is_punct(k - 1, ",") {
            return None;
        }
    }
    // "conveyed its objection to both India and China": a message that is a complaint is the complaint's, which
    // its noun codes; no consultation (`message-verb` in `context_words.tsv`).
    if cue.word.category == Category::Consult
        && scan.kb.in_context("message-verb", scan.lower(cue.first))
        && near.clone().take(3).any(|k| lexicon::one_word_cue_at(scan, k, true, &[Category::Accuse, Category::Protest]))
    {
        return None;
    }
    // "Washington's commitment to Taiwan": a commitment supports only a side named right after its "to".
    if cue.word.category == Category::Support
        && cue.word.noun
        && scan.lower(cue.first) == "commitment"
        && scan.toks().get(cue.end).is_none_or(|t| !t.is_capitalised())
    {
        return None;
    }
    // "froze most imports from Spain", "banned exports to …": what a verb of sanction stops is its object, no act
    // of its own.
    if matches!(cue.word.category, Category::Aid | Category::Cooperate)
        && cue.word.noun
        && (cue.first.saturating_sub(3)..cue.first).any(|k| lexicon::sanction_verb_at(scan, k))
    {
        return None;
    }
    // "would pause new bilateral aid to Rwanda", "cut aid to …": aid withheld (`withholding` before it) is a
    // sanction by whoever withholds it; so is trade, cooperation or a treaty ("suspending imports of Japanese
    // seafood", "suspending its friendship treaty with Madrid").
    if matches!(cue.word.category, Category::Aid | Category::Cooperate | Category::Agree)
        && cue.word.noun
        && let Some(w) = (cue.first.saturating_sub(4)..cue.first).rev().find(|&k| class_at(scan, k, "withholding"))
    {
        let word = CueWord { category: Category::Sanction, symmetric: false, negated: None, noun: false };
        return Some(Cue { first: w, end: cue.end, word });
    }
    // "Israel's blockade of humanitarian assistance into Gaza": aid stopped (`obstruction` before it) is no aid.
    if cue.word.category == Category::Aid
        && cue.word.noun
        && (cue.first.saturating_sub(4)..cue.first).any(|k| class_at(scan, k, "obstruction"))
    {
        return None;
    }
    let right = || clause_end(scan, cue.end).min(cue.end + 8);
    let object_end = |right: usize| (cue.end..right).find(|&k| scan.is(k, "to")).unwrap_or(right);
    // "delivered 25,000 tonnes of wheat to Mali" is aid, and so are weapons handed "to" a state ("delivered
    // drones to the Chadian air force"); "delivered a speech" is no event.
    if cue.word.category == Category::Aid && !cue.word.noun && class_at(scan, cue.first, "delivery") {
        // "announced $13 million in boats and training for Peru's navy": a sum announced is aid only when it is
        // for someone and not an agreement's ("announced a $2 billion deal with Peru").
        if matches!(scan.lower(cue.first), "announced" | "announces") {
            let right = clause_end(scan, cue.end).min(cue.end + 14);
            let end = (cue.end..right).find(|&k| scan.is(k, "for") || scan.is(k, "to"))?;
            let plain = (cue.end..end).all(|k| !super::cue_finder::agreement_noun(scan, k));
            return (plain && (cue.end..end).any(|k| class_at(scan, k, "goods"))).then_some(cue);
        }
        let end = object_end(right());
        let armed = scan.is(end, "to") && (cue.end..end).any(|k| scan.kb.in_context("projectile", scan.lower(k)));
        return (armed || (cue.end..end).any(|k| class_at(scan, k, "goods"))).then_some(cue);
    }
    // "fired two ballistic missiles", "launched rockets at …": firing is an attack only with a projectile (not
    // "launched talks", "fired the minister").
    if launching(scan, &cue) {
        return near.clone().any(|k| scan.kb.in_context("projectile", scan.lower(k))).then_some(cue);
    }
    // "entered Peruvian waters", "violated Chilean airspace": an incursion only into a state's ground
    // (`incursion-verb`, `territory-noun`).
    if cue.word.category == Category::Coerce && scan.kb.in_context("incursion-verb", scan.lower(cue.first)) {
        return near.clone().any(|k| scan.kb.in_context("territory-noun", scan.lower(k))).then_some(cue);
    }
    // "ordered American troops out": ordering sanctions only when it removes its object.
    if super::removals::ouster_verb(scan, &cue) {
        return super::removals::ouster_end(scan, &cue).map(|_| cue);
    }
    // "shut the Iranian embassy", "closed its embassy in Kabul": closing sanctions a mission only (`closure` nouns).
    if cue.word.category == Category::Sanction && !cue.word.noun && class_at(scan, cue.first, "closure") {
        return near.clone().take(3).any(|k| class_at(scan, k, "closure")).then_some(cue);
    }
    if !matches!(cue.word.category, Category::Coerce | Category::Sanction) || cue.word.noun {
        return Some(cue);
    }
    let right = right();
    let object_end = object_end(right);
    let category = match cue.word.category {
        Category::Coerce if (cue.end..object_end).any(|k| class_at(scan, k, "goods")) => Category::Aid,
        // "sent troops to …" deploys forces, and so does "a police contingent was sent to …".
        Category::Coerce
            if !scan.kb.in_context("seizure-verb", scan.lower(cue.first))
                && ((cue.end..object_end.min(cue.end + 4)).any(|k| class_at(scan, k, "forces"))
                    || (super::voice::passive_before(scan, cue.first)
                        && (cue.first.saturating_sub(4)..cue.first).any(|k| class_at(scan, k, "forces")))) =>
        {
            Category::Mobilize
        }
        Category::Coerce if (cue.end..right.min(cue.end + 4)).any(|k| class_at(scan, k, "message")) => return None,
        // People expelled are coerced ("expelled hundreds of thousands of Afghans"); diplomats expelled, sanctioned
        // (and a minister sanctioned "over the conflict": only the object's own words count).
        Category::Sanction
            if (cue.end..object_end)
                .take_while(|&k| {
                    !class_at(scan, k, "locative") && !matches!(scan.lower(k), "for" | "after" | "amid" | "during")
                })
                .any(|k| people_at(scan, k)) =>
        {
            Category::Coerce
        }
        _ => return Some(cue),
    };
    Some(Cue { word: CueWord { category, ..cue.word }, ..cue })
}

/// Whether a place at token `first` is only where an act happens: where a request is made or what it is about
/// ("repeated the demand in Geneva", "called for a ceasefire in Gaza"), or where a meeting is held ("invited the
/// negotiators to an emergency meeting in Brussels").
pub(super) fn venue(scan: &Scan, category: Category, first: usize) -> bool {
    let meeting = || first >= 2 && lexicon::one_word_cue_at(scan, first - 2, true, &[Category::Consult]);
    matches!(category, Category::Request | Category::Consult)
        && first > 0
        && matches!(scan.lower(first - 1), "in" | "at")
        && (category == Category::Request || meeting())
}

/// Whether the side at token `first` only urged an act of `category`: "banned the ships under pressure from India",
/// "despite objections by Peru" (`urging-noun` in `context_words.tsv`). (Whom a rejection or a concession answers
/// is its target: "rejected calls from Lima", "gave in to pressure from Washington".)
pub(super) fn urger(scan: &Scan, category: Category, first: usize) -> bool {
    !matches!(category, Category::Reject | Category::Concede | Category::Retreat)
        && first >= 2
        && matches!(scan.lower(first - 1), "from" | "by")
        && scan.kb.in_context("urging-noun", scan.lower(first - 2))
}

/// Whether a side at token `first` is one the act is done beside rather than to: right after "alongside" (and
/// "the"), as in "fought alongside Malian soldiers near Gao", unless the act is cooperation.
pub(super) fn partner(scan: &Scan, category: Category, first: usize) -> bool {
    let after = |k: usize| first > k && scan.is(first - k, "alongside");
    category != Category::Cooperate && (after(1) || (after(2) && scan.is(first - 1, "the")))
}

/// Whether a place at token `first` is whom a protest, an accusation or support (`category`) by a cue ending at
/// `end` is addressed to: right after the cue and "to" ("protested to China", "complained to Beijing", "commitment
/// to Taiwan"), or after "to" and a diplomat's role ("appointed a new ambassador to Peru").
pub(super) fn addressed(scan: &Scan, category: Category, end: usize, first: usize) -> bool {
    matches!(category, Category::Support | Category::Protest | Category::Accuse)
        && first >= 2
        && scan.is(first - 1, "to")
        && (first == end + 1 || first == end || scan.facts[first - 2].role.is_some())
}

/// A people ("Afghans", "refugees", "migrants") rather than a state at token `k`: a `nonstate` noun, or the plural
/// of a nationality word.
fn people_at(scan: &Scan, k: usize) -> bool {
    let demonym = |e: &Entry| matches!(e, Entry::Country(_, CountryForm::Demonym));
    let plural_demonym = scan.dict_at(k).is_some_and(|h| h.entries.iter().any(demonym)) && scan.lower(k).ends_with('s');
    plural_demonym || class_at(scan, k, "nonstate")
}

/// Whether a verb cue is a single word of firing (`firing` in `grammar.tsv`: "fired", "launched"; not "fired on",
/// a cue of its own).
pub(super) fn launching(scan: &Scan, cue: &Cue) -> bool {
    let single_assault_verb = cue.word.category == Category::Assault && !cue.word.noun && cue.end == cue.first + 1;
    single_assault_verb && class_at(scan, cue.first, "firing")
}

/// Whether what begins at token `first` can be what an attack cue strikes: not where it comes from ("attacks
/// launched from Afghan soil"); for a firing, what it is fired at, a few words after "at", "on", "into", "against"
/// or "towards" with no comma between ("fired hundreds of missiles at Israel"; not "fired missiles into the sea,
/// South Korea's military said", "fires missiles as Pyongyang's envoy hails ties with Moscow").
pub(super) fn struck(scan: &Scan, cue: &Cue, first: usize) -> bool {
    if super::voice::after_from(scan, first) {
        return false;
    }
    let aimed = |k: usize| matches!(scan.lower(k), "at" | "on" | "into" | "against" | "toward" | "towards");
    !launching(scan, cue)
        || ((cue.end..first).all(|k| !scan.is_punct(k, ","))
            && (first.saturating_sub(5).max(cue.end)..first).any(aimed))
}

/// The attack that an accusing verb condemns, when its object is one: "condemned the terrorist attack on …",
/// "denounced in the strongest terms the recent strikes in …", "condemned the launches" (a word of `firing`;
/// within [`lexicon::JUDGED_ACT_REACH`] words).
pub(super) fn condemned_attack(scan: &Scan, attacks: &[usize], cue: &Cue, category: Category) -> Option<usize> {
    if category != Category::Accuse || cue.word.noun {
        return None;
    }
    let reach = cue.end..(cue.end + lexicon::JUDGED_ACT_REACH + 1).min(scan.toks().len());
    let launch = |k: &usize| class_at(scan, *k, "firing");
    let launches = || lexicon::sentence_has(scan, "firing").then(|| reach.clone().find(launch)).flatten();
    attacks.iter().copied().find(|a| reach.contains(a)).or_else(launches)
}

/// The pairs of a condemnation of the attack at token `attack` (its verb ends at `verb_end`): the attack's doer
/// only ([`spare_the_attacked`]). When the sentence names none, and the noun is definite and ownerless ("the
/// attacks on Ukrainian infrastructure", "these strikes"), its doers are the states that did the last attack a few
/// sentences before: "Russia pounded Ukraine's river ports. … Bucharest condemned the attacks on Ukrainian
/// infrastructure" accuses Russia. Not when that attack was of no state ("Gunmen attacked a bus"), nor an attack
/// by someone named after the noun ("the attacks by gunmen"). A launch is whoever last fired in the document
/// ("North Korea fired two ballistic missiles into the sea. … Washington condemned the launches").
pub(super) fn judged_attack(
    scan: &Scan,
    actors: &[Actor],
    pairs: Vec<(Actor, Actor)>,
    attack: usize,
    verb_end: usize,
    sentence: u32,
    memory: &Memory,
) -> Vec<(Actor, Actor)> {
    let mut judges = one_per_country(pairs.iter().map(|(x, _)| x).filter(|x| x.state));
    let spared = spare_the_attacked(scan, actors, pairs, attack);
    let definite = (verb_end..attack).any(|k| matches!(scan.lower(k), "the" | "these" | "those" | "this" | "that"));
    let plain_words = (verb_end..attack).all(|k| scan.toks()[k].is_word() && !scan.toks()[k].is_capitalised());
    let agent_after = (attack + 1..clause_end(scan, attack + 1)).any(|k| scan.is(k, "by"));
    if !spared.is_empty() || !definite || !plain_words || agent_after {
        return spared;
    }
    // Who condemns: the sources of its pairs before the attacked were spared, or, with no target in the sentence
    // at all, the accusers that the cue has just taken in.
    if judges.is_empty() {
        judges = recalled(&memory.accusers_in(sentence));
    }
    let own: Vec<u32> = judges.iter().filter_map(|j| j.country).collect();
    let doers = match class_at(scan, attack, "firing") {
        true => memory.launchers(),
        false => memory.recent_attackers(sentence),
    };
    let doers: Vec<u32> = doers.into_iter().filter(|c| !own.contains(c)).collect();
    cross(&judges, &recalled(&doers))
}

/// A condemned attack's victims and places ("on Iranian border guards", "in the Gedo region of Somalia") are no
/// targets of the condemnation: only its doer is, named before the noun ("Pakistan's attack") or in a "by"
/// phrase ("attacks carried out by …").
fn spare_the_attacked(scan: &Scan, actors: &[Actor], pairs: Vec<(Actor, Actor)>, attack: usize) -> Vec<(Actor, Actor)> {
    pairs.into_iter().filter(|(_, y)| y.end <= attack || in_by_phrase(scan, actors, y)).collect()
}

/// The group of agents that is the direct object of a verb cue ending at `end`: the first group before `right`,
/// with only articles, titles and names (and "of" after them) between the verb and it ("met the Finnish
/// president", "met President Stubb of Finland"). `None` when a preposition or any other word comes first ("met in
/// Geneva", "agreed to a truce mediated by Brazil").
pub fn direct_object(scan: &Scan, actors: &[Actor], end: usize, right: usize) -> Option<Vec<Actor>> {
    let group = first_group(scan, actors, end, right, is_agent);
    let first = group.first()?.first;
    let article_title_or_name = |k: usize| {
        let t = &scan.toks()[k];
        matches!(scan.lower(k), "the" | "a" | "an")
            || scan.facts[k].role.is_some()
            || (t.is_word() && t.is_capitalised())
            || (k > end
                && scan.is(k, "of")
                && (scan.facts[k - 1].role.is_some() || scan.toks()[k - 1].is_capitalised()))
    };
    (end..first).all(article_title_or_name).then_some(group)
}

/// A verb cue in a relative clause with a subject of its own ("the French troops that Niamey expelled in 2023 have
/// since left Chad", "Russia, which Kyiv accuses of …"): it acts on the noun before the pronoun, and its clause
/// ends at the main clause's next finite verb. Returns that end and the sides that noun names (a name or an
/// adjective, then at most two nouns in lower case or a comma); `None` unless the cue is such a verb.
pub(super) fn relative_object(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    left: usize,
    right: usize,
) -> Option<(usize, Vec<Actor>)> {
    let pronoun = left.checked_sub(1)?;
    if cue.word.noun || !matches!(scan.lower(pronoun), "that" | "which") || !lexicon::relative_clause(scan, left) {
        return None;
    }
    if !actors.iter().any(|x| x.first >= left && x.end <= cue.first && is_agent(x)) {
        return None;
    }
    let noun = |k: usize| {
        let t = scan.toks()[k];
        (t.kind == TokenKind::Word && t.case == Case::Lower && !lexicon::is_verb(scan, k)) || scan.is_punct(k, ",")
    };
    let head = actors
        .iter()
        .filter(|x| x.country.is_some() && !x.location && x.end <= pronoun && pronoun - x.end <= 2)
        .filter(|x| (x.end..pronoun).all(noun))
        .copied()
        .collect();
    let finite = |k: usize| scan.toks()[k].case == Case::Lower && class_at(scan, k, "finite");
    Some(((cue.end..right).find(|&k| finite(k)).unwrap_or(right), head))
}

/// Whom a symmetric verb's subject meets after the verb. With both sides in the subject, a country after the verb
/// is a party only as its direct object ("Latvia and Lithuania met the Finnish president"; not "A and B agreed to a
/// truce … mediated by C"); with one side, the first group after it, but no witness ("signed the accord in front
/// of US President Donald Trump") nor the host of a signing ("initialled the text …, in a ceremony hosted by US
/// President Donald Trump").
pub(super) fn verb_objects(scan: &Scan, actors: &[Actor], cue: &Cue, subject: &[Actor], right: usize) -> Vec<Actor> {
    let (first, end) = (cue.first, cue.end);
    if super::sides::distinct_countries(&super::subjects::subject_group(scan, subject, first)) >= 2 {
        return direct_object(scan, actors, end, right).unwrap_or_default();
    }
    let signing = cue.word.category == Category::Agree;
    let witness = |x: &Actor| {
        (end..x.first).rev().take_while(|&k| !scan.is_punct(k, ",") || signing).any(|k| match scan.lower(k) {
            "presence" | "front" => scan.is(k + 1, "of"),
            "witnessed" => scan.is(k + 1, "by"),
            "hosted" => signing && scan.is(k + 1, "by"),
            _ => false,
        })
    };
    first_group(scan, actors, end, right, |x| is_agent(x) && !witness(x))
}

/// Whether "him", or "her" standing alone, is the object right after a verb ending at `end` ("Russia and China
/// backed him."; not "backed her government").
pub(super) fn person_pronoun(scan: &Scan, end: usize) -> bool {
    if end >= scan.toks().len() {
        return false;
    }
    let next = scan.toks().get(end + 1);
    match scan.lower(end) {
        "him" => next.is_none_or(|t| t.kind == TokenKind::Punct || t.case == Case::Lower),
        "her" => next.is_none_or(|t| t.kind == TokenKind::Punct),
        _ => false,
    }
}
