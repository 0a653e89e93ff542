//! The document's own decisions, after every sentence is scanned: affiliations, names confirmed by context,
//! single words (surnames, acronyms, places), shorter names inside longer ones, branches of organisations.

use rustc_hash::FxHashMap as HashMap;

use super::context::{common_word_used_as_name, in_person_list, single_place_context};
use super::{Builder, Key, LocalEntity, LocalMention, PendingMention, clean_name};
use crate::extract::affiliation::Affiliation;
use crate::extract::detect::Scan;
use crate::extract::knowledge::Entry;
use crate::extract::model::{EntityKind, MentionForm};
use crate::extract::tokens::Case;
use crate::extract::translit::{SurnameIndex, fold, joined_name_words, name_key, name_words, skeleton, surname_key};

impl Builder<'_> {
    /// Records a person's role and the country or organisation it comes with; `holder` is the known office holder
    /// the person is, if any.
    pub(super) fn affiliate(&mut self, local: u32, holder: Option<u32>, sentence: u32, scan: &Scan, aff: &Affiliation) {
        let kb = self.kb;
        let date = self.date;
        let role = aff.role.map(|(a, b)| clean_name(scan.span_text(a, b)));
        let (mut country, mut organization, mut governs) = (None, None, false);
        let linked = match (aff.hit, aff.named) {
            (Some(h), _) => scan.dict[h].entries.first().map(|&e| self.dict_entity(e)),
            (None, Some((a, b))) => self.index.get(&Key::NewOrg(fold(&clean_name(scan.span_text(a, b))))).copied(),
            _ => None,
        };
        if let Some(target) = linked
            && target != local
            && !self.out.entities[local as usize].affiliated().iter().any(|(t, _)| *t == target)
        {
            self.out.entities[local as usize].details_mut().affiliated.push((target, sentence));
        }
        if let Some(h) = aff.hit {
            for e in scan.dict[h].entries {
                match *e {
                    Entry::Country(c, _) => {
                        country = Some(c);
                        break;
                    }
                    Entry::Person(_) => {}

                    Entry::Organization(o) => {
                        let org = &kb.organizations[o as usize];
                        organization = Some(org.name.clone());
                        let governed = org
                            .governs
                            .iter()
                            .find(|g| date.is_none_or(|d| g.covers(d)) && (date.is_some() || g.to.is_none()));
                        if let Some(g) = governed {
                            country = kb.country_idx(&g.country);
                            governs = true;
                        } else if org.state {
                            country = org.country.as_deref().and_then(|c| kb.country_idx(c));
                        }
                        break;
                    }
                    Entry::Place(p) => {
                        country = kb.place_country(p);
                    }
                }
            }
        } else if let Some((a, b)) = aff.named {
            organization = Some(clean_name(scan.span_text(a, b)));
        }
        // "NATO Secretary-General Mark Rutte", "EU foreign policy chief Kaja Kallas": a known office holder given a
        // role in a body of no state acts for that body, not for the state they once led.
        let for_body = holder.is_some()
            && aff.role.is_some()
            && !aff.past
            && aff.hit.is_some()
            && organization.is_some()
            && country.is_none();
        let e = &mut self.out.entities[local as usize];
        if let Some(r) = role
            && !e.roles().contains(&r)
        {
            e.details_mut().roles.push(r);
        }
        // A known office holder keeps their state, unless the text names another state they hold an office in
        // ("French President Emmanuel Macron", who is also a co-prince of Andorra).
        let holds_office_in = |c: u32| {
            let code = kb.countries.get(c as usize).map(|k| k.code.as_str());
            holder.is_some_and(|p| kb.people[p as usize].terms.iter().any(|t| Some(t.country.as_str()) == code))
        };
        // A role in another state's government is a namesake's: "Colombian Defence Minister Pedro Sánchez" is not
        // Spain's prime minister, whose offices the text then does not give him.
        let namesake = holder.is_some()
            && aff.state
            && !aff.past
            && aff.role.is_some()
            && country.is_some_and(|c| !holds_office_in(c));
        if namesake && let Some(p) = holder {
            let offices: Vec<String> = kb.people[p as usize].terms.iter().map(|t| t.office.replace('-', " ")).collect();
            e.details_mut().roles.retain(|r| !offices.contains(r));
            e.state_actor = false;
        }
        if e.country.is_none() || country.is_some_and(holds_office_in) || namesake {
            e.country = country;
        }
        if e.organization().is_none()
            && let Some(o) = organization
        {
            e.details_mut().organization = Some(o);
        }
        let acts = (aff.state && !aff.past && country.is_some()) || (governs && !aff.past);
        // A known office holder the text calls a former one of their state is out of office whatever the date
        // ("Mahmoud Ali Youssouf, a former Djiboutian foreign minister,").
        let former = aff.past && holder.is_some() && country.is_some() && country == e.country;
        e.state_actor = ((e.state_actor && !former) || acts) && !for_body;
    }

    pub(super) fn confirm_ambiguous(&mut self, scans: &[Scan]) {
        let confirmed: Vec<u32> = self.ambiguous.iter().filter(|(_, _, ok)| *ok).map(|(l, _, _)| *l).collect();
        for (local, m, _) in std::mem::take(&mut self.ambiguous) {
            if confirmed.contains(&local) {
                let scan = &scans[m.sentence as usize];
                let surface = scan.text()[m.start as usize..m.end as usize].to_string();
                self.mention(local, m.start, m.end, m.sentence, m.form, &surface);
            }
        }
    }

    /// Single capitalised words: acronyms defined here, surnames of people named here, places by context, people
    /// by title; the rest waits for the corpus or is dropped.
    pub(super) fn resolve_singles(&mut self, scans: &[Scan]) {
        // Surnames, and first words (family names first, "Choe" for "Choe Son Hui"; "Prince Faisal" for
        // "Faisal bin Farhan"), of the people named in full in this document.
        let mut surnames: SurnameIndex<u32> = SurnameIndex::default();
        let mut first_words: HashMap<String, Vec<u32>> = HashMap::default();
        // And the inner words of long names, by which some people are known ("Lula" for "Luiz Inácio Lula da
        // Silva").
        let mut inner_words: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, e) in self.out.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
            let words = name_words(&e.name);
            if words.len() >= 2
                && let Some(surname) = surname_key(&e.name)
            {
                surnames.add(&surname, i as u32);
                first_words.entry(words[0].clone()).or_default().push(i as u32);
                for inner in words[1..words.len() - 1].iter().filter(|w| w.len() >= 4) {
                    inner_words.entry(inner.clone()).or_default().push(i as u32);
                }
            }
        }
        // The people this document calls by their surname alone: for the others, a lone first word that is also
        // a given name is how the text names them ("Xi Jinping … Modi told Xi that …": a family name first).
        // (Found the first time it is asked: few documents ever do.)
        let singles = std::mem::take(&mut self.singles);
        let mut called_by_surname: Option<Vec<u32>> = None;
        for single in &singles {
            let scan = &scans[single.sentence as usize];
            let at = single.at;
            let word = scan.tok(at);
            let t = scan.toks()[at];
            let s = single.sentence;
            if let Some(&local) = self.acronyms.get(word) {
                self.mention(local, t.start, t.end, s, MentionForm::Acronym, word);
                continue;
            }
            // "the Islomov brothers" names a family, not the one Islomov introduced before.
            if at + 1 < scan.toks().len()
                && matches!(
                    scan.lower(at + 1),
                    "brothers"
                        | "sisters"
                        | "family"
                        | "families"
                        | "clan"
                        | "siblings"
                        | "twins"
                        | "couple"
                        | "dynasty"
                )
            {
                continue;
            }
            let key = name_key(word);
            let surname_of = surnames.people(&key);
            // Of several people of one family name, the one introduced first ("Field Marshal Khalifa Haftar … his
            // son Saddam Haftar … Haftar said"): the one the text is about.
            if let Some(&first) = surname_of.and_then(|people| people.iter().min())
                && (!scan.kb.is_common_word(scan.lower(at)) || common_word_used_as_name(scan, at))
            {
                self.mention(first, t.start, t.end, s, MentionForm::Partial, word);
                continue;
            }
            if single.weak || region_adjective(scan, at) {
                continue;
            }
            if surname_of.is_none()
                && let Some(people) = first_words.get(&key)
            {
                // The first word of exactly one person, used as a title-cued or non-given name, or as the
                // subject of a verb ("while Wang called on …", "Xi held talks", "Xi said": a family name first);
                // several → unclear.
                // ("Cho and Iwaya met": one of two subjects; "pressed Wang to speed up …": the subject of an
                // infinitive.)
                let verb_at = |k: usize| crate::extract::events::lexicon::verb_at(scan, k);
                let infinitive =
                    scan.is(at + 1, "to") && scan.toks().get(at + 2).is_some_and(|t| t.case == Case::Lower);
                let acts = verb_at(at + 1)
                    || infinitive
                    || (scan.is(at + 1, "and")
                        && scan.toks().get(at + 2).is_some_and(|t| t.is_capitalised())
                        && verb_at(at + 3));
                let mut by_surname = |person: u32| {
                    let called = called_by_surname.get_or_insert_with(|| {
                        let lone = singles.iter().map(|s| name_key(scans[s.sentence as usize].tok(s.at)));
                        lone.filter_map(|key| surnames.people(&key).map(<[u32]>::to_vec)).flatten().collect()
                    });
                    called.contains(&person)
                };
                let named = single.strong || acts || !scan.kb.is_given_name(word);
                if people.len() == 1 && (named || !by_surname(people[0])) {
                    self.mention(people[0], t.start, t.end, s, MentionForm::Partial, word);
                }
                continue;
            }
            // The inner word of exactly one long name, not a given name unless a title or a verb says it is a
            // person's ("Lula said").
            if surname_of.is_none()
                && let Some(&[person]) = inner_words.get(&key).map(Vec::as_slice)
                && (single.strong || !scan.kb.is_given_name(word))
            {
                self.mention(person, t.start, t.end, s, MentionForm::Partial, word);
                continue;
            }
            let lower = scan.lower(at);
            if let Some(place) = self.place_of_adjective(lower) {
                self.mention(place, t.start, t.end, s, MentionForm::Demonym, word);
                continue;
            }

            // (A given name right before a place noun names the place: "the Tamar field".)
            let only_given_name = scan.kb.is_given_name(word) && !single.strong && !scan.place_noun_at(at + 1);
            let common = scan.kb.is_common_word(lower) || only_given_name;
            if t.case == Case::Upper && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                self.out.pending.push(PendingMention {
                    text: word.to_string(),
                    start: t.start,
                    end: t.end,
                    sentence: s,
                    acronym: true,
                    strong: false,
                });
            } else if !common && !scan.headline && single_place_context(scan, at) {
                let local = self.entity(Key::NewPlace(fold(word)), EntityKind::Place, word);
                self.out.entities[local as usize].subtype.get_or_insert("place");
                self.mention(local, t.start, t.end, s, MentionForm::Name, word);
            } else if !common && !scan.headline && (single.strong || in_person_list(scan, at)) {
                self.out.pending.push(PendingMention {
                    text: word.to_string(),
                    start: t.start,
                    end: t.end,
                    sentence: s,
                    acronym: false,
                    strong: true,
                });
            } else if !common && !scan.headline && t.case == Case::Title {
                self.out.pending.push(PendingMention {
                    text: word.to_string(),
                    start: t.start,
                    end: t.end,
                    sentence: s,
                    acronym: false,
                    strong: false,
                });
            }
        }
    }

    /// The place of this document that a word unknown elsewhere is the adjective of, by the adjective's usual
    /// endings: "Transnistrian" (Transnistria), "Tigrayan" (Tigray), "Darfuri" (Darfur).
    fn place_of_adjective(&self, lower: &str) -> Option<u32> {
        let stems = [lower.strip_suffix('n'), lower.strip_suffix("an"), lower.strip_suffix('i')]
            .map(|s| s.filter(|s| s.len() >= 4));
        if stems.iter().all(Option::is_none) {
            return None;
        }
        let named = |e: &LocalEntity| {
            let name = fold(&e.name);
            stems.iter().flatten().any(|s| name == *s)
        };
        self.out.entities.iter().position(|e| e.kind == EntityKind::Place && named(e)).map(|i| i as u32)
    }

    /// Shorter names inside a longer one in the same document join it ("Amir Khan" → "Amir Khan Muttaqi").
    pub(super) fn join_partial_names(&mut self) {
        let people: Vec<(u32, Vec<String>)> = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .map(|(i, e)| (i as u32, name_words(&e.name)))
            .collect();
        let mut remap: HashMap<u32, u32> = HashMap::default();
        // Compared by consonant skeleton, so "Muhammad bin Abdulrahman" is inside "Mohammed bin Abdulrahman Al Thani",
        // with "Abdel" and its spellings joined to the word after them, so "Abdel Aty" is "Badr Abdelatty"'s.
        let skeletons: Vec<Vec<String>> =
            people.iter().map(|(_, w)| joined_name_words(w).iter().map(|x| skeleton(x)).collect()).collect();
        for (pi, (i, words)) in people.iter().enumerate() {
            let mine = &skeletons[pi];
            let longer: Vec<u32> = people
                .iter()
                .zip(&skeletons)
                .filter(|((j, _), sk)| j != i && sk.len() > mine.len() && (sk.starts_with(mine) || sk.ends_with(mine)))
                .map(|((j, _), _)| *j)
                .collect();

            if longer.len() == 1 && words.len() >= 2 {
                remap.insert(*i, longer[0]);
            }
        }
        self.remap(&remap);
    }

    /// A person's other name given in passing joins the person: "Sanaullah Ghafari (also known as Shahab
    /// al-Muhajir)", "Abu Mohammad al-Jolani, also known as Ahmed al-Sharaa". (`text` is the document's.)
    ///
    /// So does a place's other name given after a noun of places: "the Preah Vihear temple, known in Thailand as
    /// Phra Viharn".
    pub(super) fn join_known_as(&mut self, text: &str) {
        let kind = |m: &LocalMention| self.out.entities[m.local as usize].kind;
        let mut named: Vec<&LocalMention> =
            self.out.mentions.iter().filter(|m| matches!(kind(m), EntityKind::Person | EntityKind::Place)).collect();
        named.sort_by_key(|m| m.start);
        let mut remap: HashMap<u32, u32> = HashMap::default();
        for pair in named.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let Some(between) = text.get(a.end as usize..b.start as usize) else { continue };
            let known_as = match (kind(a), kind(b)) {
                (EntityKind::Person, EntityKind::Person) => person_known_as(between),
                (EntityKind::Place, EntityKind::Place) => self.names_a_places_other_name(between),
                _ => false,
            };
            if known_as && a.local != b.local && !remap.contains_key(&a.local) {
                remap.insert(b.local, a.local);
            }
        }
        self.remap(&remap);
    }

    /// Whether the words between two places name the second as the first's other name: a noun of places, a comma,
    /// "known" and "as", with "in" and one word between them ("temple, known in Thailand as").
    fn names_a_places_other_name(&self, between: &str) -> bool {
        // (Asked of every two places in a row: most are ruled out before a word is made.)
        if between.len() > 48 || !between.contains(" known ") {
            return false;
        }
        let lower = between.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
        let noun_comma = between
            .trim_start()
            .split_once(',')
            .is_some_and(|(noun, _)| !noun.contains(' ') && self.kb.in_context("place-noun", &noun.to_lowercase()));
        noun_comma && matches!(words[..], [_, "known", "as"] | [_, "known", "in", _, "as"])
    }

    /// A person named like a place found in this document is that place ("work on Mes Aynak will start" after
    /// "the Mes Aynak copper mine").
    pub(super) fn people_named_like_places(&mut self) {
        let places: HashMap<String, u32> = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.key, Key::NewPlace(_)))
            .map(|(i, e)| (fold(&e.name), i as u32))
            .collect();
        if places.is_empty() {
            return;
        }
        let remap: HashMap<u32, u32> = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .filter_map(|(i, e)| places.get(&fold(&e.name)).map(|&p| (i as u32, p)))
            .collect();
        self.remap(&remap);
    }

    /// A one-word place of a country the document does not name, that is the first word of exactly one longer
    /// known place of the document in no country or another, is that place: "Scarborough" after "Scarborough
    /// Shoal" is the shoal, not the English town ("Kabul" beside "Kabul River" in a report on Afghanistan stays
    /// the city).
    pub(super) fn places_opening_longer_places(&mut self) {
        let place = |e: &&LocalEntity| e.kind == EntityKind::Place && !e.surfaces.is_empty();
        let longer: Vec<(u32, String, Option<u32>)> = self
            .out
            .entities
            .iter()
            .enumerate()
            // (A known one: a new name, "the Baku International Sea Trade Port", has no country of its own.)
            .filter(|(_, e)| place(e) && matches!(e.key, Key::Place(_)) && e.name.contains(' '))
            .map(|(i, e)| (i as u32, name_words(&e.name).into_iter().next().unwrap_or_default(), e.country))
            .collect();
        if longer.is_empty() {
            return;
        }
        // Countries the document names: a town of one of them is no stranger here ("Kabul" beside "Kabul River").
        let named: Vec<u32> = (self.out.entities.iter())
            .filter(|e| !e.surfaces.is_empty())
            .filter_map(|e| if let Key::Country(c) = e.key { Some(c) } else { None })
            .collect();
        let mut remap: HashMap<u32, u32> = HashMap::default();
        for (i, e) in self.out.entities.iter().enumerate().filter(|(_, e)| place(e) && !e.name.contains(' ')) {
            let Some(country) = e.country.filter(|c| !named.contains(c)) else { continue };
            let first = fold(&e.name);
            let mut owners = longer.iter().filter(|(_, w, c)| *w == first && *c != Some(country));
            if let (Some(&(j, _, _)), None) = (owners.next(), owners.next()) {
                remap.insert(i as u32, j);
            }
        }
        self.remap(&remap);
    }

    /// A one-word place that is the first or last name of exactly one person in the document is that person
    /// ("Mao urged Manila" after "spokeswoman Mao Ning"); a capital stays the city ("arrived in Lima" beside "the
    /// envoy Lima Quenaya": news calls people by their family name, and a capital is named far more often).
    pub(super) fn places_naming_people(&mut self) {
        let mut name_words_of: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, e) in self.out.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
            let words = name_words(&e.name);
            if words.len() >= 2 {
                for w in [&words[0], &words[words.len() - 1]] {
                    let list = name_words_of.entry(w.clone()).or_default();
                    if !list.contains(&(i as u32)) {
                        list.push(i as u32);
                    }
                }
            }
        }
        if name_words_of.is_empty() {
            return;
        }
        let mut moved: Vec<(u32, String)> = Vec::new();
        for m in &mut self.out.mentions {
            let e = &self.out.entities[m.local as usize];
            if !matches!(e.key, Key::Place(_))
                || e.subtype == Some("capital")
                || e.surfaces.iter().any(|s| s.contains(' '))
            {
                continue;
            }
            if let Some(people) = name_words_of.get(&fold(&e.name))
                && people.len() == 1
            {
                moved.push((people[0], e.name.clone()));
                m.local = people[0];
                m.form = MentionForm::Partial;
            }
        }
        for (person, surface) in moved {
            let p = &mut self.out.entities[person as usize];
            if !p.surfaces.contains(&surface) {
                p.surfaces.push(surface);
            }
        }
    }

    /// A plain "Islamic State" in a document about its Khorasan branch means the branch (the dictionary marks
    /// branches with `branch-of`).
    pub(super) fn absorb_parent_organisations(&mut self) {
        let kb = self.kb;
        let mut remap = HashMap::default();
        for (i, e) in self.out.entities.iter().enumerate() {
            let Key::Org(o) = e.key else { continue };
            let Some(parent) = kb.branch_parent(o) else {
                continue;
            };
            if let Some(&p) = self.index.get(&Key::Org(parent)) {
                // Only when exactly one branch of that parent is present.
                let branches = self
                    .out
                    .entities
                    .iter()
                    .filter(|x| matches!(x.key, Key::Org(b) if kb.branch_parent(b) == Some(parent)))
                    .count();
                if branches == 1 {
                    remap.insert(p, i as u32);
                }
            }
        }
        self.remap(&remap);
    }

    /// Moves the mentions of local entities to others (the emptied entities stay, without mentions).
    pub(super) fn remap(&mut self, remap: &HashMap<u32, u32>) {
        if remap.is_empty() {
            return;
        }
        for m in &mut self.out.mentions {
            if let Some(&to) = remap.get(&m.local) {
                m.local = to;
            }
        }
        for (&from, &to) in remap {
            let moved = std::mem::take(&mut self.out.entities[from as usize].surfaces);
            let target = &mut self.out.entities[to as usize];
            for s in moved {
                if !target.surfaces.contains(&s) {
                    target.surfaces.push(s);
                }
            }
        }
    }
}

/// The adjective of a region or faith, not a name: one in the `region-adjective` class ("Washington's Asian
/// allies"), or the second word of "Central Asian states" or "South Asian countries" opening a sentence (where the
/// first word, an ordinary one, was set aside) before a noun it qualifies.
fn region_adjective(scan: &Scan, at: usize) -> bool {
    if scan.kb.in_context("region-adjective", scan.lower(at)) {
        return true;
    }
    at > 0
        && at + 1 < scan.toks().len()
        && scan.toks()[at - 1].is_capitalised()
        && scan.kb.is_common_word(scan.lower(at - 1))
        && scan.toks()[at + 1].case == Case::Lower
        && scan.kb.is_modifier_noun(scan.tok(at + 1))
}

/// Whether the words between two people's names name the second as the first's other name ("also known as").
fn person_known_as(between: &str) -> bool {
    let words = between.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '(');
    between.len() <= 24
        && matches!(
            words.to_ascii_lowercase().as_str(),
            "also known as" | "better known as" | "known as" | "a.k.a." | "aka" | "alias" | "also called"
        )
}
