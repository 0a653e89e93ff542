//! The coder: pairs the actors of a sentence around each cue, in the right direction (what it remembers across
//! sentences is in `memory`).

use super::actors::{Actor, DocContext, actors, all_pairs, cross, first_group, group_after_word, is_agent};
use super::cue_finder::find_cues;
use super::emit::emit;
use super::lexicon::{self, Cue, clause_end, clause_start, light_verb_before, modality};
use super::mediation::{self, mediated};
use super::memory::{self, LastAct, Memory, anaphor, recall, recalled};
use super::sides::{self, EarlierCue, Sides, directed_sides, distinct_countries, other_side};
use super::subjects::{
    agents_in, antecedent, clause_subject, in_by_phrase, joined_before, leading_group, owner_before,
    past_relative_clause, past_subordinate_clause, side, subject_group,
};
use super::switches;
use super::{Category, LocalInteraction, LocalRelation};
use super::{borders, joint, objects, obligations, reception, repeats, subjects, threats, voice};
use crate::extract::detect::Scan;
use crate::extract::document::{Key, LocalMention};

/// Codes the interactions and typed relations of one sentence.
pub fn code_sentence(
    ctx: &DocContext,
    scan: &Scan,
    sentence: u32,
    mentions: &[LocalMention],
    memory: &mut Memory,
    out: &mut Vec<LocalInteraction>,
    relations: &mut Vec<LocalRelation>,
) {
    let mut actors = memory::with_opening_pronoun(scan, actors(ctx, scan, mentions), sentence, memory);
    if ctx.names_junta {
        actors = super::juntas::with_junta(scan, actors, &mut memory.junta);
    }
    let cues = find_cues(scan);
    // Where the nouns of attacks are, for a condemnation of one ("condemned the attack on Iranian guards").
    let attacks: Vec<usize> =
        cues.iter().filter(|c| c.word.noun && c.word.category == Category::Assault).map(|c| c.first).collect();
    static DEBUG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let debugging = *DEBUG.get_or_init(|| std::env::var_os("DOSSIER_DEBUG_EVENTS").is_some());
    if debugging {
        super::debug::sentence(ctx, scan, sentence, &actors, &cues);
    }
    let mut participants: Vec<u32> = Vec::new();
    // The last directed cue, for a second verb of the same subject ("accused Kyiv … and severed relations") or a
    // cue in a request's infinitive ("asked Islamabad to stop deporting …").
    let mut earlier: Option<EarlierCue> = None;
    // Where the last verb that judges an act ("condemned", "welcomed", "denied") ends.
    let mut judged_from: Option<usize> = None;
    // "… and Niger followed suit" repeats the last act before it: one of an earlier sentence, unless this
    // sentence has one before the words. (The earlier one is kept aside when this sentence's first act replaces
    // it.)
    let mut act_before: Option<LastAct> = None;
    let mut last_act_end: Option<usize> = None;
    // "… under Saudi mediation": who mediated, and the cue, until the sentence's sides are known.
    let mut mediated_by = None;
    for &cue in &cues {
        if mediation::brokers_noun(scan, &actors, &cue, &cues) {
            continue;
        }
        if let Some(found) = mediation::under_mediation(scan, &actors, &cue) {
            mediated_by = Some((found, cue));
            continue;
        }
        let Some(cue) = objects::by_object(scan, lexicon::reversed(scan, cue)) else {
            // A verb of closing that closes no mission may close a border ("keeps its crossings with Belarus closed").
            let closed = borders::closed_border(scan, &actors, &cue);
            if !closed.is_empty()
                && let (false, hypothetical) = modality(scan, cue.first)
            {
                emit(ctx, &closed, Category::Coerce, false, hypothetical, sentence, out, relations);
            }
            continue;
        };
        let cue = lexicon::participle(scan, lexicon::verbal_clash(scan, lexicon::courtesy_call(scan, cue)));
        // "every year someone signs something": an act of no one in particular.
        let indefinite = cue.first > 0 && matches!(scan.lower(cue.first - 1), "someone" | "somebody" | "anyone");
        if indefinite && !cue.word.noun {
            continue;
        }
        // "Relations between Islamabad and Kabul deteriorated": ties said to worsen are no cooperation.
        if cue.word.noun && cue.word.category == Category::Cooperate && lexicon::worsened(scan, &cue) {
            continue;
        }
        // "received the Afghan commerce minister" is a meeting; "received aid" is none, "hosting troops" cooperation.
        let Some(cue) = reception::as_met(scan, &actors, cue) else { continue };
        let (negated, hypothetical) = modality(scan, cue.first);
        let category = match (negated, cue.word.negated) {
            (false, _) => cue.word.category,
            (true, Some(c)) => c,
            (true, None) => continue,
        };
        let symmetric = cue.word.symmetric && !negated;
        let hosts = mediation::hosts(scan, &actors, &cue);
        let pairs = if symmetric {
            symmetric_pairs(scan, &actors, &cue, &hosts, sentence, memory)
        } else {
            let sides = directed_sides(scan, &cue, earlier.as_ref(), judged_from);
            let own = matches!(sides, Sides::Own);
            let pairs = directed_pairs(scan, &actors, &cue, category, sentence, memory, sides);
            memory.forget_attack(sentence, hypothetical && category == Category::Assault);
            let partners = if own { joint::partners(scan, &actors, &cue, category, &pairs) } else { Vec::new() };
            emit(ctx, &partners, Category::Cooperate, true, hypothetical, sentence, out, relations);
            pairs
        };
        let pairs = mediation::with_hosts_after(scan, &cue, &hosts, pairs, sentence, memory);
        let pairs = match objects::condemned_attack(scan, &attacks, &cue, category) {
            Some(attack) => objects::judged_attack(scan, &actors, pairs, attack, cue.end, sentence, memory),
            None => pairs,
        };
        // "switched recognition from Taipei to Beijing": the side left is rejected.
        let pairs = match switches::switched(scan, &actors, &cue, &pairs) {
            Some((left, taken)) => {
                emit(ctx, &left, Category::Reject, false, hypothetical, sentence, out, relations);
                taken
            }
            None => pairs,
        };
        if !cue.word.noun && !cue.word.symmetric {
            let judges = matches!(
                cue.word.category,
                Category::Accuse | Category::Reject | Category::Support | Category::Protest | Category::Threaten
            );
            judged_from = judges.then_some(cue.end);
        }
        for (x, y) in &pairs {
            if let (Some(a), Some(b)) = (x.country, y.country)
                && a != b
                && x.state
            {
                participants.extend([a, b]);
                memory.pairs.push((sentence, [a, b], symmetric));
                if category == Category::Agree {
                    memory.agreed.push((sentence, [a, b]));
                }
            }
        }
        if !symmetric && pairs.iter().any(|(x, y)| x.state && y.country.is_some()) {
            let targets = pairs.iter().filter(|(x, _)| x.state).filter_map(|(_, y)| y.country).collect();
            let earlier_act = memory.last_directed.replace(LastAct { sentence, category, hypothetical, targets });
            if last_act_end.is_none() {
                act_before = earlier_act;
            }
            last_act_end = Some(cue.end);
        }
        if debugging {
            super::debug::pairs(ctx, scan, &cue, &pairs);
        }
        // Who brought talks or a truce about met each party (host first); only the parties agreed to it.
        let pairs = if hosts.is_empty() {
            pairs
        } else {
            let is_host = |x: &Actor| hosts.iter().any(|h| h.first == x.first && h.country == x.country);
            let (hosted, pairs): (Vec<_>, Vec<_>) = pairs.into_iter().partition(|(x, _)| is_host(x));
            emit(ctx, &hosted, Category::Consult, false, hypothetical, sentence, out, relations);
            pairs
        };
        emit(ctx, &pairs, threats::as_threat(scan, &cue, category), symmetric, hypothetical, sentence, out, relations);
        if !symmetric {
            earlier = Some(EarlierCue::new(scan, &actors, &cue, category, pairs));
        }
    }
    if let Some(((mediators, hypothetical), cue)) = mediated_by {
        let met = mediation::mediators_meet(&mediators, &participants, &cue);
        emit(ctx, &met, Category::Consult, false, hypothetical, sentence, out, relations);
    }
    let asked = obligations::reported_obligations(scan, &actors);
    emit(ctx, &asked, Category::Request, false, false, sentence, out, relations);
    // "… and Niger followed suit": the new side does what the last one did, to the same target.
    if let Some((pairs, act)) =
        repeats::repeated_act(scan, &actors, sentence, memory, act_before.as_ref(), last_act_end)
    {
        emit(ctx, &pairs, act.category, false, act.hypothetical, sentence, out, relations);
    }
    // Remember this sentence's states, for "the two sides" or "the three juntas" later.
    let mut states: Vec<u32> = actors.iter().filter(|a| is_agent(a)).filter_map(|a| a.country).collect();
    states.extend(participants);
    states.dedup();
    let mut distinct = states.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() == 1 {
        memory.last_state = Some((sentence, distinct[0]));
    }
    if !distinct.is_empty() {
        memory.sentences.push((sentence, states));
    }
    if let Some(person) =
        actors.iter().find(|a| ctx.entities.get(a.local as usize).is_some_and(|e| matches!(e.key, Key::Person(_))))
    {
        memory.last_person = Some((sentence, person.country.filter(|_| is_agent(person))));
    } else if let Some(speaker) = actors.first().filter(|a| is_agent(a) && memory::holds_unnamed_office(scan, a)) {
        // "The representative of Algeria said …. He called on …": an office holder left unnamed, as UN meeting
        // coverage has them, is who "he" or "she" is next.
        memory.last_person = Some((sentence, speaker.country));
    }
    match actors.first().filter(|a| a.first <= scan.first_word + 1) {
        Some(a) if a.country.is_none() => memory.opened_by_nonstate = Some(sentence),
        Some(a) if is_agent(a) => {
            memory.opened_by_state = a.country.map(|c| (sentence, c));
            // ("Peru and Bolivia signed a pact": a sentence opened by two states was opened by neither alone.)
            let next = actors.iter().find(|x| x.first >= a.end && x.country != a.country);
            memory.opened_alone = !next.is_some_and(|x| is_agent(x) && super::actors::joined(scan, a.end, x.first));
        }
        _ => {}
    }
    memory.end_sentence();
}

/// Pairs for a symmetric cue: "between A and B", "A … with B", or a coordinated subject.
///
/// `hosts` are who brought the talks or truce of a noun cue about ([`mediation::hosts`]).
fn symmetric_pairs(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    hosts: &[Actor],
    sentence: u32,
    memory: &Memory,
) -> Vec<(Actor, Actor)> {
    let (first, end) = (cue.first, cue.end);
    let left = clause_start(scan, first);
    let right = clause_end(scan, end);
    // "clashes between villages", "talks between the two sides": the parties are named there, or recalled; who
    // hosted or brokered the talks meets each of them ("Qatar hosted talks between the two sides").
    // (A group of one country, "meetings between Rojas and Peruvian officials", says no more than the subject.)
    if let Some(g) = group_after_word(scan, actors, end, right, "between")
        && distinct_countries(&g) >= 2
    {
        return [all_pairs(&g), cross(hosts, &g)].concat();
    }
    if let Some(at) = (end..right.min(end + 2)).find(|&k| scan.is(k, "between")) {
        let parties = anaphor(scan, at + 1, right.min(at + 5)).map(|n| recalled(&memory.group(sentence, n)));
        return parties.map(|p| [all_pairs(&p), cross(hosts, &p)].concat()).unwrap_or_default();
    }
    // "The India–Pakistan talks resumed": countries joined into one word before a noun are its parties.
    if cue.word.noun
        && let Some(joined) = joined_before(scan, actors, first)
    {
        // "Saudi Arabia has hosted separate US-Russian and US-Ukrainian meetings": the host meets every party.
        return [joined.pairs(), cross(hosts, &joined.parties())].concat();
    }
    // "exchanged views on the railway": a line is cooperation only when its countries name it, before it or as
    // what it links ("a railway linking China, Kyrgyzstan and Uzbekistan").
    if cue.word.noun && lexicon::class_at(scan, first, "infrastructure") {
        let linked = ["linking", "connecting"].iter().find_map(|w| group_after_word(scan, actors, end, right, w));
        return linked.filter(|g| distinct_countries(g) >= 2).map(|g| all_pairs(&g)).unwrap_or_default();
    }
    // "A framework agreement was signed by Uzbekistan, Afghanistan and Pakistan": a passive's "by" phrase names
    // the parties. (Without one, the countries in its subject are taken to be them: "the Iran-Pakistan gas
    // pipeline was agreed in 2009".)
    // (A participle right before its "by" phrase is passive too: "the talks co-hosted by Saudi Arabia and …".)
    let reduced = || scan.is(end, "by") && scan.lower(first).ends_with("ed");
    if !cue.word.noun && (voice::passive_participle(scan, first) || reduced()) {
        if let Some(parties) = voice::by_phrase(scan, actors, end, right) {
            // "The agreement, brokered by China, was signed by Iran and Saudi Arabia": the broker takes part too.
            let brokers: Vec<Actor> = (left..first)
                .filter(|&k| lexicon::class_at(scan, k, "mediation"))
                .filter_map(|k| group_after_word(scan, actors, k + 1, first, "by"))
                .flatten()
                .collect();
            let mut pairs = all_pairs(&parties);
            pairs.extend(cross(&brokers, &parties));
            return pairs;
        }
        // "… signed by the three countries".
        let parties = memory::by_anaphor(scan, actors, end, right, sentence, memory);
        if parties.len() >= 2 {
            return all_pairs(&recalled(&parties));
        }
    }
    // "raised the matter with Putin by telephone", "told Muttaqi by phone": whom a call is with may come before
    // its manner.
    if let Some(pairs) = sides::call_before_manner(scan, actors, left, first) {
        return pairs;
    }
    let mut subject = past_subordinate_clause(scan, actors, left, first)
        .unwrap_or_else(|| agents_in(actors, past_relative_clause(scan, left, first), first));
    // "Thailand and Cambodia …, shattering an accord brokered by Malaysia and signed in Kuala Lumpur": who brokered
    // it did not sign it.
    if !cue.word.noun && subject.iter().any(|x| scan.is(x.first.saturating_sub(1), "by")) {
        let (_, others): (Vec<Actor>, Vec<Actor>) = subject.iter().partition(|x| in_by_phrase(scan, actors, x));
        if !others.is_empty() {
            subject = others;
        }
    }
    if subject.is_empty() && cue.word.noun {
        subject = subjects::owners_after(scan, actors, left, first, end);
    }
    if subject.is_empty() {
        subject = antecedent(scan, actors, left, first);
    }
    if subject.is_empty() {
        subject = recalled(&recall(scan, actors, first, sentence, memory));
    }
    // "Iranian and American negotiators held talks in Muscat, with Oman's foreign minister carrying messages": a
    // "with" phrase after a comma, when both sides are already the subject, is no party to the talks.
    let adjunct = || {
        (end..right).find(|&k| scan.is(k, "with")).is_some_and(|w| (end..w).any(|k| scan.is_punct(k, ",")))
            && distinct_countries(&subject_group(scan, &subject, first)) >= 2
    };
    // "was in contact with both capitals", "held talks with the two sides": the parties of the last meeting.
    if !subject.is_empty()
        && let Some(with) = (end..right.min(end + 3)).find(|&k| scan.is(k, "with"))
        && let Some(n) = anaphor(scan, with + 1, right.min(with + 5))
        && let parties = memory::other_parties(&subject, n, sentence, memory)
        && !parties.is_empty()
    {
        return cross(&leading_group(scan, subject), &parties);
    }
    if let Some(b) = other_side(scan, actors, cue, right)
        && !adjunct()
    {
        // "In a meeting with X, Y …": the owner follows the phrase, when it opens the clause (not "leaders agreed
        // to open talks with X, after Y left").
        let fronted = first - left <= 4
            && lexicon::class_at(scan, left, "fronting")
            && (left + 1..first).all(|k| !scan.toks()[k].is_capitalised());
        if subject.is_empty() && fronted {
            let after_b = b.iter().map(|x| x.end).max().unwrap_or(end);
            subject = first_group(scan, actors, after_b, scan.toks().len(), |x| {
                is_agent(x) && !b.iter().any(|y| y.first == x.first)
            });
        }
        // The clause's subject is its first group ("Moscow … conducted exercises with Tajik and Uzbek troops …
        // as it deepened its ties with Kabul": the troops are not who has ties with Kabul).
        return cross(&leading_group(scan, subject), &b);
    }
    // "Turkey and Qatar brokered talks": the hosts of talks are not parties to them among themselves. They meet the
    // last two sides that met or fought, when the sentence names none ("… clashed again. Russia brokered a
    // ceasefire on Tuesday"). (What those two did is known already; whether these talks are theirs is a guess.)
    if mediated(scan, actors, cue, left) {
        return cross(hosts, &mediation::unnamed_parties(hosts, sentence, memory));
    }
    let verbal = !cue.word.noun || light_verb_before(scan, first, left);
    if !verbal {
        // A bare noun ("the Taliban and Russia are enhancing their ties"): only a coordinated subject right
        // before it takes part.
        subject = subject_group(scan, &subject, first);
    }
    let mut pairs = Vec::new();
    if subject.len() >= 2 || verbal {
        pairs.extend(all_pairs(&subject));
        if !cue.word.noun {
            pairs.extend(cross(&subject, &objects::verb_objects(scan, actors, cue, &subject, right)));
        }
    }
    pairs
}

/// Pairs for a directed cue: sources as `sides` says, targets after it.
fn directed_pairs(
    scan: &Scan,
    actors: &[Actor],
    cue: &Cue,
    category: Category,
    sentence: u32,
    memory: &mut Memory,
    sides: Sides,
) -> Vec<(Actor, Actor)> {
    let (first, end) = (cue.first, cue.end);
    let left = clause_start(scan, first);
    let right = super::clauses::target_clause_end(scan, category, end);
    // "during Raisi's visit, a State Department spokesperson advised …": a phrase opening the clause ends at its
    // comma.
    let fronted =
        cue.word.noun && (left..(left + 2).min(first)).any(|k| matches!(scan.lower(k), "during" | "after" | "amid"));
    let right = match fronted {
        true => (end..right).find(|&k| scan.is_punct(k, ",")).unwrap_or(right),
        false => right,
    };
    let own = matches!(sides, Sides::Own);
    let relative = own.then(|| objects::relative_object(scan, actors, cue, left, right)).flatten();
    let (right, relative_head) = relative.unwrap_or((right, Vec::new()));
    let second = sides.second();
    let owner = if cue.word.noun { owner_before(scan, actors, first) } else { Vec::new() };
    let mut sources = match sides {
        Sides::Second(earlier) => side(earlier, |p| p.0),
        Sides::Told(objects) => objects.to_vec(),
        // "Pakistani air strikes", "Iran's accusations": a noun's owner right before it did it.
        Sides::Own | Sides::Judged if !owner.is_empty() => owner,
        // "Tiani's government ordered French troops out of Niger and revoked its cooperation agreement": "its"
        // is the subject's, the clause's first group.
        Sides::Own if cue.word.noun && (first.saturating_sub(3).max(left)..first).any(|k| scan.is(k, "its")) => {
            leading_group(scan, clause_subject(scan, actors, category, left, first))
        }
        Sides::Own => clause_subject(scan, actors, category, left, first),
        Sides::Judged => Vec::new(),
    };
    // "Canada and India expelled each other's diplomats": each side acted on the other.
    if !cue.word.noun && sides::reciprocal(scan, end) && distinct_countries(&sources) >= 2 {
        return cross(&sources, &sources).into_iter().filter(|(a, b)| a.country != b.country).collect();
    }
    if own
        && let Some(pairs) = super::removals::removed_from(scan, actors, cue, left, right)
            .or_else(|| super::removals::ordered_out(scan, actors, cue, left))
            .or_else(|| voice::received_from(scan, actors, cue, left))
    {
        return pairs;
    }
    // A passive verb with its agent: "Pakistani posts were attacked by Afghan forces". The agent acts on the subject.
    if own
        && !cue.word.noun
        && let Some((agents, subject)) = voice::agents_and_subject(scan, actors, cue, left, right)
    {
        memory.attack_by(category, objects::launching(scan, cue), sentence, &agents, &subject);
        return cross(&agents, &subject);
    }
    // "If Abu Dhabi is accused of backing …": without its agent, a passive's subject is only acted on.
    let passive = own && !cue.word.noun && voice::passive_participle(scan, first);
    let patient = |x: &Actor| passive && x.first >= left;
    // Its subject is the state right before the auxiliary: "Chile's envoy was expelled".
    let patients: Vec<Actor> = match passive {
        true => actors
            .iter()
            .filter(|x| x.first >= left && x.end <= first && first - x.end <= 4 && is_agent(x))
            .copied()
            .collect(),
        false => Vec::new(),
    };
    sources.retain(|x| !patient(x));
    let mut target_from = end;
    if cue.word.noun
        && let Some(by) = voice::by_phrase(scan, actors, end, right)
    {
        target_from = by.iter().map(|x| x.end).max().unwrap_or(end);
        sources = by.into_iter().filter(is_agent).collect();
    }
    if own && sources.is_empty() {
        sources = subjects::after_fronted_phrase(scan, actors, fronted, right)
            .unwrap_or_else(|| antecedent(scan, actors, left, first));
    }
    // (Not in a clause of its own: "… cannot embrace the Taliban while Chinese citizens are being killed on Tajik
    // soil" does not say who kills them.)
    let subordinate = left > 0 && lexicon::adverbial_subordinator(scan.lower(left - 1));
    if own
        && sources.is_empty()
        && voice::passive_before(scan, first)
        && !lexicon::relative_clause(scan, left)
        && !subordinate
    {
        sources = agents_in(actors, lexicon::sentence_main_start(scan, first), first);
        sources.retain(|x| !patient(x));
    }
    let anaphoric = own && sources.is_empty() && !subjects::unnamed_antecedent(scan, left, first);
    if anaphoric {
        sources = recalled(&recall(scan, actors, first, sentence, memory));
    }
    if category == Category::Accuse && !sources.is_empty() {
        memory.accusers = Some((sentence, sources.iter().filter_map(|s| s.country).collect()));
    }
    let reciprocal = (end..right.min(end + 4)).any(|k| scan.is(k, "each") || scan.is(k, "one"))
        && (end..right).any(|k| scan.is(k, "other") || scan.is(k, "another"));
    if reciprocal {
        return all_pairs(&sources);
    }
    // A place can be what is struck, entered, asked about or eased on ("strikes in Yemen", "sent to
    // Afghanistan", "eased sanctions on Iran"), but not who is accused, rejected or supported.
    let place_target = matches!(
        category,
        Category::Assault
            | Category::Concede
            | Category::Coerce
            | Category::Mobilize
            | Category::Retreat
            | Category::Consult
            | Category::Aid
            | Category::Request
            | Category::Sanction
            | Category::Cooperate
    );
    // A side of one country does not act on its own: "Pakistani jets struck what Islamabad described as
    // hideouts in Paktika" reaches on to Paktika.
    let one_country = distinct_countries(&sources) == 1;
    let joined_subject = !anaphoric && sources.windows(2).all(|w| super::actors::joined(scan, w[0].end, w[1].first));
    let own_place = |x: &Actor| x.location && joined_subject;
    let object_end = lexicon::next_joined_verb(scan, end, right).unwrap_or(right);
    // "sent condolences to China": a country right after the cue and "to" is who receives it, not a place. Where a
    // request is made or a meeting held is not whom it asks or meets (`objects::venue`).
    let venue = |x: &Actor| objects::venue(scan, category, x.first);
    // ("protested to China", "appointed an ambassador to Peru": so is whom a protest is made to.)
    let addressed = |x: &Actor| objects::addressed(scan, category, end, x.first);
    let target = |x: &Actor| {
        x.country.is_some()
            && !x.portfolio
            && ((place_target && !venue(x)) || !x.location || addressed(x))
            // A meeting or a visit is with a state or in a place, not with a people ("hosted Afghan refugees").
            && (category != Category::Consult || x.state || x.location)
            // (Nor is a place of one of the states joined as its subject: "French and Malian soldiers killed
            // militants near Gao".)
            && !sources.iter().any(|s| s.first == x.first || ((one_country || own_place(x)) && s.country == x.country))
            // "attacks launched from Afghan soil": where an attack comes from is not what it strikes.
            && (category != Category::Assault || objects::struck(scan, cue, x.first))
            && (category != Category::Accuse || !voice::struck_by_act(scan, end, x.first))
            && !objects::urger(scan, category, x.first)
            && !objects::partner(scan, category, x.first)
    };
    // "Chile's consul was expelled": a passive's subject is what it acts on. After a passive accusation comes the
    // charge, not the accused ("some Afghans were accused of spying for Israel"); after others, where to
    // ("migrants would be deported to Bolivia"). So it is after "accused" with no object before "of": "many of
    // them accused without evidence of spying for Israel".
    let charge_only = category == Category::Accuse
        && !cue.word.noun
        && (end..right.min(end + 4)).find(|&k| scan.is(k, "of")).is_some_and(|of| {
            !actors.iter().any(|x| x.first >= end && x.first < of) && (end..of).all(|k| !scan.is(k, "the"))
        });
    // "told traders to look for routes through Iran": a request to a people is not to a state named later; nor is
    // one to others that are no state ("called on the international community to …", "urged Western governments
    // to release Afghanistan's assets"): words and no actor (nor "the two sides") before its "to".
    let people_told = category == Category::Request && {
        let object = if scan.is(end, "the") { end + 1 } else { end };
        let to = (end + 1..right.min(end + 6)).find(|&k| scan.is(k, "to"));
        let addressed_to_others = to.is_some_and(|to| {
            (end..to).all(|k| scan.toks()[k].is_word())
                && anaphor(scan, end, to).is_none()
                && !actors.iter().any(|x| x.first >= end && x.first < to)
        });
        lexicon::class_at(scan, object, "nonstate") || addressed_to_others
    };
    let mut targets = match (passive, patients.is_empty()) {
        (true, false) => patients.into_iter().filter(|x| target(x)).collect(),
        (true, true) if category == Category::Accuse => Vec::new(),
        _ if charge_only || people_told => Vec::new(),
        _ => first_group(scan, actors, target_from, object_end, target),
    };
    if targets.is_empty() {
        targets = relative_head.into_iter().filter(|x| target(x)).collect();
    }
    // "The two sides condemned the attack in Indian-administered Kashmir": neither side acts on the other
    // through a word about one of them. But "the participants … called on the Taliban": the others in a larger
    // group act on the one named.
    if anaphoric && distinct_countries(&sources) <= 2 {
        targets.retain(|t| !sources.iter().any(|s| s.country == t.country));
    } else if anaphoric {
        sources.retain(|s| !targets.iter().any(|t| t.country == s.country));
    }
    // "… and severed relations": the same target, unless the verb has an object of its own ("and asked the
    // court to …").
    if targets.is_empty()
        && let Some(earlier) = second
        && !actors.iter().any(|a| a.first >= end && a.first < right.min(end + 6))
    {
        targets = side(earlier, |p| p.1);
    }

    // "praised both sides", "urged the two countries to …": the parties of the last meeting, less the speaker
    // (rather than a place later in the clause: "urged both delegations to preserve the ceasefire agreed in Doha").
    if targets.iter().all(|t| t.location)
        && !sources.is_empty()
        && let Some(what) = memory::object_anaphor(scan, category, end, right)
    {
        let parties = memory::recalled_parties(&sources, what, (actors, first), sentence, memory);
        if !parties.is_empty() {
            targets = parties;
        }
    }
    // "Russia and China backed him": the person named last, in the sentences before.
    if targets.is_empty() && !cue.word.noun && objects::person_pronoun(scan, end) {
        targets = recalled(&memory.last_person(sentence));
        targets.retain(|t| !sources.iter().any(|s| s.country == t.country));
    }
    if targets.is_empty() && !passive && matches!(category, Category::Reject | Category::Accuse) {
        // "… a claim that Tehran denies": the other side is the sentence's first actor, or whoever accused them in
        // the last sentences ("rejected the accusations"); not one that a later report speaks of ("condemned the
        // attacks in Khyber Pakhtunkhwa and said it stood with Pakistan"), nor one past a comma after the cue ("When
        // the Taliban condemned the massacre at Pahalgam, India's minister telephoned …"), nor one in the charge.
        let reported = |x: &Actor| (first..x.first).any(|k| lexicon::class_at(scan, k, "reporting"));
        // Nor one of a friendly verb joined after it ("would never accept foreign tutelage and thanked Russia"; but
        // "rejected the report as baseless and summoned the Australian envoy" rejects Australia's report).
        let friendly_verb_before = |x: &Actor| {
            x.first > end
                && lexicon::next_joined_verb(scan, end, x.first).is_some_and(|j| lexicon::friendly_verb_cue_at(scan, j))
        };
        let out_of_reach = |x: &Actor| {
            (end..x.first).any(|k| scan.is_punct(k, ",")) || (charge_only && x.first >= end) || friendly_verb_before(x)
        };
        targets = actors
            .iter()
            .filter(|x| {
                is_agent(x) && !reported(x) && !out_of_reach(x) && !sources.iter().any(|s| s.country == x.country)
            })
            .take(1)
            .copied()
            .collect();
        if targets.is_empty() && category == Category::Reject && !lexicon::rejects_a_thing(scan, end) {
            let own: Vec<u32> = sources.iter().filter_map(|s| s.country).collect();
            targets = recalled(
                &memory.recent_accusers(sentence).into_iter().filter(|c| !own.contains(c)).collect::<Vec<_>>(),
            );
        }
    }
    memory.attack_by(category, objects::launching(scan, cue), sentence, &sources, &targets);
    cross(&sources, &targets)
}
