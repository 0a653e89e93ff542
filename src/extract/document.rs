//! One document: every sentence scanned, candidates turned into local entities and mentions, and the
//! document-level decisions — surnames joining the full name introduced in the document, acronyms joining the
//! name they were introduced with, capitals read as the government or the city, ambiguous names confirmed by
//! context, and people's affiliations.

use std::collections::HashMap;

use super::detect::{Label, Scan};
use super::events::{DocContext, LinkKind, LocalInteraction, LocalRelation, Memory, code_sentence};
use super::knowledge::{CountryForm, Entry, HeadKind, Knowledge, OrgType, PlaceType};
use super::model::{EntityKind, MentionForm};
use super::names::{Affiliation, Found};
use super::tokens::{Case, Token, TokenKind, tokenize_range};
use super::translit::{fold, name_words, skeleton};
use crate::corpus::{Date, Document};

/// What makes two local entities of different documents the same entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A country (index into the knowledge base).
    Country(u32),
    /// A dictionary organisation.
    Org(u32),
    /// A dictionary place.
    Place(u32),
    /// A person, by folded full name.
    Person(String),
    /// An organisation found by its form, by folded name.
    NewOrg(String),
    /// A place found by its form or context, by folded name.
    NewPlace(String),
}

/// An entity as seen in one document.
#[derive(Clone, Debug)]
pub struct LocalEntity {
    /// Identity across documents.
    pub key: Key,
    /// Kind.
    pub kind: EntityKind,
    /// Name (for people: the full name as written).
    pub name: String,
    /// Distinct surface forms.
    pub surfaces: Vec<String>,
    /// Country the entity belongs to or acts for (knowledge-base index).
    pub country: Option<u32>,
    /// A person acts for that country's state (an official in office).
    pub state_actor: bool,
    /// Organisation a person belongs to.
    pub organization: Option<String>,
    /// Role phrases seen with a person.
    pub roles: Vec<String>,
    /// Finer type ("armed group", "city", …).
    pub subtype: Option<&'static str>,
    /// Acronym introduced for it in this document.
    pub acronym: Option<String>,
    /// Cued as a person by a title or apposition (for single names).
    pub strong: bool,
    /// Local entities it is affiliated with (its country or organisation), with the sentence that says so.
    pub affiliated: Vec<(u32, u32)>,
}

/// A mention inside one document, pointing at a local entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalMention {
    /// Index into `DocExtraction::entities`.
    pub local: u32,
    /// Byte range.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// Sentence index.
    pub sentence: u32,
    /// How it refers.
    pub form: MentionForm,
}

/// A word left for the whole corpus to decide: a surname with no full name in this document, an acronym with no
/// definition here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingMention {
    /// The word as written.
    pub text: String,
    /// Byte range.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// Sentence index.
    pub sentence: u32,
    /// An acronym (all capitals) rather than a surname.
    pub acronym: bool,
    /// Cued as a person (title, honorific, surname ending): becomes a person even without a full name.
    pub strong: bool,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, Default)]
pub struct DocExtraction {
    /// Local entities.
    pub entities: Vec<LocalEntity>,
    /// Mentions, sorted by start.
    pub mentions: Vec<LocalMention>,
    /// Words the corpus decides.
    pub pending: Vec<PendingMention>,
    /// The date used for dated knowledge (the Taliban as a government): stated or estimated.
    pub reference_date: Option<Date>,
    /// Country interactions coded in the document.
    pub interactions: Vec<LocalInteraction>,
    /// Typed relations between local entities.
    pub relations: Vec<LocalRelation>,
}

const PLACE_NOUNS: &[&str] = &[
    "sector",
    "exclave",
    "enclave",
    "reservoir",
    "plant",
    "mine",
    "field",
    "island",
    "islands",
    "peninsula",
    "lake",
    "shoal",
    "reef",
    "coast",
    "refinery",
    "terminal",
    "harbour",
    "harbor",
    "checkpoint",
    "bridge",
    "airfield",
    "port",
    "province",
    "provinces",
    "city",
    "district",
    "region",
    "valley",
    "river",
    "airport",
    "town",
    "village",
    "county",
    "border",
    "crossing",
    "airbase",
    "base",
    "camp",
    "mountains",
    "area",
    "corridor",
    "pass",
    "dam",
    "prison",
    "square",
    "oblast",
    "governorate",
    "state",
];

const MEDIA_NOUNS: &[&str] = &[
    "newspaper",
    "daily",
    "outlet",
    "channel",
    "agency",
    "broadcaster",
    "network",
    "website",
    "magazine",
    "news",
    "weekly",
    "tv",
    "television",
    "radio",
    "paper",
];

/// The date against which dated knowledge is checked: the document's own date, else the latest date or year the
/// text mentions (an article is written after what it reports), else none (taken as today).
pub fn reference_date(doc: &Document) -> Option<Date> {
    if doc.date.is_some() {
        return doc.date;
    }
    let mut best: Option<Date> = None;
    for (_, d) in crate::corpus::dates::find_dates(&doc.text) {
        best = best.max(Some(d));
    }
    let mut month_named = None;
    let toks = super::tokens::tokenize(&doc.text);
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Number {
            continue;
        }
        let s = t.text(&doc.text);
        let Ok(year) = s.parse::<i32>() else { continue };
        if !(1900..=2100).contains(&year) || s.len() != 4 {
            continue;
        }
        let month = i.checked_sub(1).and_then(|p| crate::corpus::dates::month_number(toks[p].text(&doc.text)));
        let d = match month {
            Some(m) => Date::new(year, m, 28),
            None => Date::new(year, 12, 31),
        };
        month_named = month_named.max(d);
    }
    best.max(month_named)
}

/// Extracts the entities of one document.
pub fn extract_document(doc: &Document, kb: &Knowledge) -> DocExtraction {
    let mut all_tokens: Vec<Token> = Vec::with_capacity(doc.text.len() / 5);
    let mut bounds = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let a = all_tokens.len();
        tokenize_range(&doc.text, s.start as usize, s.end as usize, &mut all_tokens);
        bounds.push((a, all_tokens.len()));
    }
    let scans: Vec<Scan> = bounds.iter().map(|&(a, b)| Scan::new(&doc.text, &all_tokens[a..b], kb)).collect();
    let mut builder = Builder {
        kb,
        date: reference_date(doc),
        out: DocExtraction::default(),
        index: HashMap::new(),
        acronyms: HashMap::new(),
        singles: Vec::new(),
        ambiguous: Vec::new(),
    };
    builder.out.reference_date = builder.date;
    for (s, scan) in scans.iter().enumerate() {
        builder.sentence(s as u32, scan);
    }
    builder.confirm_ambiguous(&scans);
    builder.resolve_singles(&scans);
    builder.join_partial_names();
    builder.places_naming_people();
    builder.absorb_parent_organisations();
    builder.out.mentions.sort_by_key(|m| (m.start, m.end));
    builder.out.mentions.dedup_by_key(|m| (m.start, m.end));
    code_events(&mut builder.out, &scans, kb);
    builder.out
}

/// Codes the interactions of every sentence, carrying the participants of recent meetings forward for "the two
/// sides" and "participants".
fn code_events(out: &mut DocExtraction, scans: &[Scan], kb: &Knowledge) {
    let ctx = DocContext { kb, entities: &out.entities, date: out.reference_date };
    let mut interactions = Vec::new();
    let mut relations = Vec::new();
    let mut memory = Memory::default();
    let mut from = 0;
    for (s, scan) in scans.iter().enumerate() {
        let s = s as u32;
        let start = from;
        while from < out.mentions.len() && out.mentions[from].sentence == s {
            from += 1;
        }
        code_sentence(&ctx, scan, s, &out.mentions[start..from], &mut memory, &mut interactions, &mut relations);
    }

    for (i, e) in out.entities.iter().enumerate() {
        for &(target, sentence) in &e.affiliated {
            relations.push(LocalRelation {
                source: i as u32,
                target,
                kind: LinkKind::Affiliation,
                symmetric: false,
                sentence,
            });
        }
    }

    out.interactions = interactions;
    out.relations = relations;
}

/// A single capitalised word waiting for the document's decision.
struct SingleWord {
    sentence: u32,
    at: usize,
    strong: bool,
    weak: bool,
}

struct Builder<'k> {
    kb: &'k Knowledge,
    date: Option<Date>,
    out: DocExtraction,
    index: HashMap<Key, u32>,
    acronyms: HashMap<String, u32>,
    singles: Vec<SingleWord>,
    /// Mentions of names that are also ordinary words, kept only if the document confirms them.
    ambiguous: Vec<(u32, LocalMention, bool)>,
}

impl Builder<'_> {
    fn entity(&mut self, key: Key, kind: EntityKind, name: &str) -> u32 {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.out.entities.len() as u32;
        self.out.entities.push(LocalEntity {
            key: key.clone(),
            kind,
            name: name.to_string(),
            surfaces: Vec::new(),
            country: None,
            state_actor: false,
            organization: None,
            roles: Vec::new(),
            subtype: None,
            acronym: None,
            strong: false,
            affiliated: Vec::new(),
        });
        self.index.insert(key, i);

        i
    }

    fn mention(&mut self, local: u32, start: u32, end: u32, sentence: u32, form: MentionForm, surface: &str) {
        let e = &mut self.out.entities[local as usize];
        if !e.surfaces.iter().any(|s| s == surface) {
            e.surfaces.push(surface.to_string());
        }
        self.out.mentions.push(LocalMention { local, start, end, sentence, form });
    }

    /// The local entity for a dictionary entry.
    fn dict_entity(&mut self, entry: Entry) -> u32 {
        let kb = self.kb;
        match entry {
            Entry::Country(c, _) => {
                let country = &kb.countries[c as usize];
                let i = self.entity(Key::Country(c), EntityKind::Country, &country.name);
                self.out.entities[i as usize].country = Some(c);
                i
            }
            Entry::Organization(o) => {
                let org = &kb.organizations[o as usize];
                let i = self.entity(Key::Org(o), EntityKind::Organization, &org.name);
                let e = &mut self.out.entities[i as usize];
                e.subtype = Some(org_subtype(org.org_type));
                e.country = org.country.as_deref().and_then(|c| kb.country_idx(c));
                i
            }
            Entry::Place(p) => {
                let place = &kb.places[p as usize];
                let i = self.entity(Key::Place(p), EntityKind::Place, &place.name);
                let e = &mut self.out.entities[i as usize];
                e.subtype = Some(place_subtype(place.place_type));
                e.country = place.country.as_deref().and_then(|c| kb.country_idx(c));
                i
            }
        }
    }

    fn sentence(&mut self, s: u32, scan: &Scan) {
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let mut emitted_hits = Vec::new();
        for chunk in &scan.chunks {
            for found in scan.classify(chunk) {
                match found {
                    Found::Dict(n) => emitted_hits.push(n),
                    Found::DictWide { hit, first, end } => {
                        covered.push((first, end));
                        let entry = scan.dict[hit].entries[0];
                        let (a, b) = scan.bytes(first, end);
                        let local = self.dict_entity(entry);
                        self.mention(local, a, b, s, MentionForm::Name, scan.span_text(first, end));
                    }
                    Found::Named { first, end, head } => {
                        covered.push((first, end));
                        self.named(s, scan, first, end, head);
                    }
                    Found::Person { first, end, strong } => {
                        covered.push((first, end));
                        self.person(s, scan, first, end, strong);
                    }
                    Found::Single { at, strong, weak } => {
                        self.singles.push(SingleWord { sentence: s, at, strong, weak })
                    }
                }
            }
        }
        // Dictionary words inside hyphenated modifiers ("anti-Taliban") not covered by a name.
        for (n, hit) in scan.dict.iter().enumerate() {
            if hit.part && !covered.iter().any(|&(a, b)| a <= hit.first && hit.end <= b) {
                emitted_hits.push(n);
            }
        }
        for n in emitted_hits {
            self.dict_hit(s, scan, n);
        }
    }

    /// Emits dictionary hit `n`, choosing its reading from context.
    fn dict_hit(&mut self, s: u32, scan: &Scan, n: usize) {
        let hit = &scan.dict[n];
        let surface = &scan.text[hit.start as usize..hit.stop as usize];
        let entries = &hit.entries;
        let capital = entries.iter().find_map(|e| match e {
            Entry::Country(c, CountryForm::Capital) => Some(*c),
            _ => None,
        });
        let place = entries.iter().find_map(|e| match e {
            Entry::Place(p) => Some(*p),
            _ => None,
        });
        let country = entries.iter().find_map(|e| match e {
            Entry::Country(c, f) if *f != CountryForm::Capital => Some((*c, *f)),
            _ => None,
        });
        let org = entries.iter().find_map(|e| match e {
            Entry::Organization(o) => Some(*o),
            _ => None,
        });
        let (start, stop) = (hit.start, hit.stop);
        if let Some((c, form)) = country {
            let local = self.dict_entity(Entry::Country(c, form));
            let form = match form {
                CountryForm::Demonym => MentionForm::Demonym,
                CountryForm::Metonym => MentionForm::Metonym,
                _ => MentionForm::Name,
            };
            self.mention(local, start, stop, s, form, surface);
        } else if let Some(o) = org {
            let local = self.dict_entity(Entry::Organization(o));
            let m = LocalMention { local, start, end: stop, sentence: s, form: MentionForm::Name };
            if self.kb.organizations[o as usize].ambiguous {
                let ok = !hit.part && media_context(scan, hit.first, hit.end);
                self.ambiguous.push((local, m, ok));
            } else {
                self.mention(local, start, stop, s, MentionForm::Name, surface);
            }
        } else if let Some(c) = capital {
            if !hit.part && capital_is_government(scan, hit.first, hit.end) {
                let local = self.dict_entity(Entry::Country(c, CountryForm::Capital));
                self.mention(local, start, stop, s, MentionForm::Metonym, surface);
            } else {
                let local = match place {
                    Some(p) => self.dict_entity(Entry::Place(p)),
                    None => {
                        let i = self.entity(Key::NewPlace(fold(surface)), EntityKind::Place, surface);
                        self.out.entities[i as usize].country = Some(c);
                        self.out.entities[i as usize].subtype = Some("capital");
                        i
                    }
                };
                self.mention(local, start, stop, s, MentionForm::Name, surface);
            }
        } else if let Some(p) = place {
            let local = self.dict_entity(Entry::Place(p));
            let m = LocalMention { local, start, end: stop, sentence: s, form: MentionForm::Name };
            if self.kb.places[p as usize].ambiguous {
                let ok = !hit.part && place_context(scan, hit.first, hit.end);
                self.ambiguous.push((local, m, ok));
            } else {
                self.mention(local, start, stop, s, MentionForm::Name, surface);
            }
        }
    }

    fn named(&mut self, s: u32, scan: &Scan, first: usize, end: usize, head: HeadKind) {
        let name = clean_name(scan.span_text(first, end));
        let (kind, key, subtype) = match head {
            HeadKind::Place => (EntityKind::Place, Key::NewPlace(fold(&name)), "facility or feature"),
            HeadKind::Media => (EntityKind::Organization, Key::NewOrg(fold(&name)), "media"),
            _ => (EntityKind::Organization, Key::NewOrg(fold(&name)), "organisation"),
        };
        let local = self.entity(key, kind, &name);
        self.out.entities[local as usize].subtype.get_or_insert(subtype);
        let (a, b) = scan.bytes(first, end);
        self.mention(local, a, b, s, MentionForm::Name, &name);
        if let Some(acr) = scan.acronym_after(end) {
            let text = scan.tok(acr).to_string();
            self.out.entities[local as usize].acronym = Some(text.clone());
            self.acronyms.insert(text, local);
        }
    }

    fn person(&mut self, s: u32, scan: &Scan, first: usize, end: usize, strong: bool) {
        let name = clean_name(scan.span_text(first, end));
        let key = Key::Person(name_words(&name).join(" "));
        let local = self.entity(key, EntityKind::Person, &name);
        self.out.entities[local as usize].strong |= strong;
        let (a, b) = scan.bytes(first, end);
        self.mention(local, a, b, s, MentionForm::Name, &name);
        let aff = scan.affiliation(first, end);
        self.affiliate(local, s, scan, &aff);
    }

    /// Records a person's role and the country or organisation it comes with.
    fn affiliate(&mut self, local: u32, sentence: u32, scan: &Scan, aff: &Affiliation) {
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
            && !self.out.entities[local as usize].affiliated.iter().any(|(t, _)| *t == target)
        {
            self.out.entities[local as usize].affiliated.push((target, sentence));
        }
        if let Some(h) = aff.hit {
            for e in &scan.dict[h].entries {
                match *e {
                    Entry::Country(c, _) => {
                        country = Some(c);
                        break;
                    }
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
                        country = kb.places[p as usize].country.as_deref().and_then(|c| kb.country_idx(c));
                    }
                }
            }
        } else if let Some((a, b)) = aff.named {
            organization = Some(clean_name(scan.span_text(a, b)));
        }
        let e = &mut self.out.entities[local as usize];
        if let Some(r) = role
            && !e.roles.contains(&r)
        {
            e.roles.push(r);
        }
        if e.country.is_none() {
            e.country = country;
        }
        if e.organization.is_none() {
            e.organization = organization;
        }
        let acts = (aff.state && !aff.past && country.is_some()) || (governs && !aff.past);
        e.state_actor |= acts;
    }

    fn confirm_ambiguous(&mut self, scans: &[Scan]) {
        let confirmed: Vec<u32> = self.ambiguous.iter().filter(|(_, _, ok)| *ok).map(|(l, _, _)| *l).collect();
        for (local, m, _) in std::mem::take(&mut self.ambiguous) {
            if confirmed.contains(&local) {
                let scan = &scans[m.sentence as usize];
                let surface = scan.text[m.start as usize..m.end as usize].to_string();
                self.mention(local, m.start, m.end, m.sentence, m.form, &surface);
            }
        }
    }

    /// Single capitalised words: acronyms defined here, surnames of people named here, places by context, people
    /// by title; the rest waits for the corpus or is dropped.
    fn resolve_singles(&mut self, scans: &[Scan]) {
        // Surnames, and first words (family names first, "Choe" for "Choe Son Hui"; "Prince Faisal" for
        // "Faisal bin Farhan"), of the people named in full in this document.
        let mut surnames: HashMap<String, Vec<u32>> = HashMap::new();
        let mut first_words: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in self.out.entities.iter().enumerate() {
            let words = name_words(&e.name);
            if e.kind == EntityKind::Person && words.len() >= 2 {
                surnames.entry(words[words.len() - 1].clone()).or_default().push(i as u32);
                first_words.entry(words[0].clone()).or_default().push(i as u32);
            }
        }
        for single in std::mem::take(&mut self.singles) {
            let scan = &scans[single.sentence as usize];
            let at = single.at;
            let word = scan.tok(at);
            let t = scan.toks[at];
            let s = single.sentence;
            if let Some(&local) = self.acronyms.get(word) {
                self.mention(local, t.start, t.end, s, MentionForm::Acronym, word);
                continue;
            }
            // "the Islomov brothers" names a family, not the one Islomov introduced before.
            if at + 1 < scan.toks.len()
                && matches!(
                    scan.lower(at + 1).as_str(),
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
            let key = name_words(word).join(" ");
            if let Some(people) = surnames.get(&key)
                && people.len() == 1
                && !(scan.kb.is_common_word(&word.to_lowercase()) && !common_word_used_as_name(scan, at))
            {
                self.mention(people[0], t.start, t.end, s, MentionForm::Partial, word);
                continue;
            }
            if single.weak {
                continue;
            }
            if !surnames.contains_key(&key)
                && let Some(people) = first_words.get(&key)
            {
                // The first word of exactly one person, used as a title-cued or non-given name; several → unclear.
                if people.len() == 1 && (single.strong || !scan.kb.is_given_name(word)) {
                    self.mention(people[0], t.start, t.end, s, MentionForm::Partial, word);
                }
                continue;
            }
            let lower = word.to_lowercase();

            let common = scan.kb.is_common_word(&lower) || scan.kb.is_given_name(word) && !single.strong;
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

    /// Shorter names inside a longer one in the same document join it ("Amir Khan" → "Amir Khan Muttaqi").
    fn join_partial_names(&mut self) {
        let people: Vec<(u32, Vec<String>)> = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .map(|(i, e)| (i as u32, name_words(&e.name)))
            .collect();
        let mut remap: HashMap<u32, u32> = HashMap::new();
        // Compared by consonant skeleton, so "Muhammad bin Abdulrahman" is inside "Mohammed bin Abdulrahman Al Thani".
        let skeletons: Vec<Vec<String>> = people.iter().map(|(_, w)| w.iter().map(|x| skeleton(x)).collect()).collect();
        for (pi, (i, words)) in people.iter().enumerate() {
            let mine = &skeletons[pi];
            let longer: Vec<u32> = people
                .iter()
                .zip(&skeletons)
                .filter(|((j, w), sk)| j != i && w.len() > words.len() && (sk.starts_with(mine) || sk.ends_with(mine)))
                .map(|((j, _), _)| *j)
                .collect();

            if longer.len() == 1 && words.len() >= 2 {
                remap.insert(*i, longer[0]);
            }
        }
        self.remap(&remap);
    }

    /// A one-word place that is the first or last name of exactly one person in the document is that person
    /// ("Mao urged Manila" after "spokeswoman Mao Ning").
    fn places_naming_people(&mut self) {
        let mut name_words_of: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in self.out.entities.iter().enumerate() {
            let words = name_words(&e.name);
            if e.kind == EntityKind::Person && words.len() >= 2 {
                for w in [&words[0], &words[words.len() - 1]] {
                    let list = name_words_of.entry(w.clone()).or_default();
                    if !list.contains(&(i as u32)) {
                        list.push(i as u32);
                    }
                }
            }
        }
        let mut moved: Vec<(u32, String)> = Vec::new();
        for m in &mut self.out.mentions {
            let e = &self.out.entities[m.local as usize];
            if !matches!(e.key, Key::Place(_)) || e.surfaces.iter().any(|s| s.contains(' ')) {
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
    fn absorb_parent_organisations(&mut self) {
        let kb = self.kb;
        let mut remap = HashMap::new();
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
    fn remap(&mut self, remap: &HashMap<u32, u32>) {
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

fn org_subtype(t: OrgType) -> &'static str {
    match t {
        OrgType::International => "international organisation",
        OrgType::ArmedGroup => "armed group",
        OrgType::Media => "media",
        OrgType::ThinkTank => "think tank",
        OrgType::Ngo => "NGO",
        OrgType::Party => "political party",
        OrgType::GovernmentBody => "government body",
        OrgType::Company => "company",
    }
}

fn place_subtype(t: PlaceType) -> &'static str {
    match t {
        PlaceType::Capital => "capital",
        PlaceType::City => "city",
        PlaceType::Admin => "province",
        PlaceType::Region => "region",
        PlaceType::Feature => "geographic feature",
    }
}

/// Collapses white space and drops a trailing possessive from a name as written.
fn clean_name(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”'))
        .to_string()
}

/// Whether the capital at `[first, end)` stands for the government ("Moscow hosted", "Washington’s concerns",
/// "relations with Kabul", "closer to Washington") rather than the city ("in Moscow", "a visit to Tehran",
/// "Dushanbe, Tajikistan", "KABUL (Reuters)", "the Moscow meeting", "Moscow Format"). News uses a bare capital
/// for its government unless the words around it make it the place.
pub fn capital_is_government(scan: &Scan, first: usize, end: usize) -> bool {
    let prev = (first > 0).then(|| scan.lower(first - 1));
    let before_prev = (first > 1).then(|| scan.lower(first - 2));
    match prev.as_deref() {
        // "a swipe at Washington", "aimed at Beijing": the government.
        Some("at") if before_prev.as_deref().is_some_and(|w| AT_GOVERNMENT.contains(&w)) => {
            return true;
        }
        Some(p) if CITY_PREPOSITIONS.contains(&p) => return false,
        Some("to" | "from") if before_prev.as_deref().is_some_and(|w| MOVEMENT.contains(&w)) => {
            return false;
        }
        Some("of") if before_prev.as_deref().is_some_and(|w| CITY_OF.contains(&w)) => return false,
        Some(p) if MOVEMENT.contains(&p) => return false,
        Some("the" | "a" | "an") => return false,
        _ => {}
    }
    // A dateline, or "Dushanbe, Tajikistan".
    if scan.is_punct(end, "(")
        || scan.is_punct(end, "—")
        || (scan.is_punct(end, ",")
            && matches!(scan.labels.get(end + 1), Some(Label::Dict(_)))
            && scan
                .dict_at(end + 1)
                .is_some_and(|h| h.entries.iter().any(|e| matches!(e, Entry::Country(_, CountryForm::Name)))))
    {
        return false;
    }
    // The first word of a longer name ("Moscow Format", "Doha Agreement", "Kabul University").
    if end < scan.toks.len() && scan.toks[end].is_capitalised() && scan.toks[end].space_before {
        return false;
    }
    // "Kabul airport", "Moscow residents".
    if end < scan.toks.len() && scan.toks[end].case == Case::Lower && CITY_NOUNS.contains(&scan.tok(end)) {
        return false;
    }
    true
}

/// Prepositions after which a capital is the city.
const CITY_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "into",
    "around",
    "across",
    "through",
    "throughout",
    "via",
    "toward",
    "towards",
    "over",
    "within",
    "downtown",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
];
/// Words after which "at" points at someone rather than somewhere: "a swipe at Washington".
const AT_GOVERNMENT: &[&str] = &[
    "swipe", "aimed", "directed", "targeted", "jab", "dig", "pointed", "angry", "furious", "lashed", "hit", "fired",
    "shot", "looked", "glanced", "snapped", "struck",
];
/// Movement words: "a visit to Tehran", "flew from Moscow", "visiting Kabul".

const MOVEMENT: &[&str] = &[
    "visit",
    "visits",
    "visited",
    "visiting",
    "trip",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "flew",
    "flight",
    "flights",
    "returned",
    "return",
    "returning",
    "came",
    "went",
    "moved",
    "journey",
    "road",
    "route",
    "drove",
    "sailed",
    "arrived",
    "arriving",
    "reached",
    "entered",
    "left",
    "leaving",
    "fled",
    "deported",
    "relocated",
    "routes",
    "corridor",
    "train",
    "trains",
    "toured",
    "touring",
    "evacuated",
];
/// "the outskirts of Moscow", "the streets of Kabul".
const CITY_OF: &[&str] = &[
    "outskirts",
    "streets",
    "centre",
    "center",
    "suburbs",
    "heart",
    "residents",
    "people",
    "mayor",
    "city",
    "capital",
    "airport",
    "university",
    "citizens",
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "north",
    "south",
    "east",
    "west",
    "parts",
];
/// Nouns after a capital that make it the city: "Kabul airport", "Moscow residents".
const CITY_NOUNS: &[&str] = &[
    "airport",
    "residents",
    "streets",
    "city",
    "suburbs",
    "outskirts",
    "skyline",
    "metro",
    "hotel",
    "university",
    "mayor",
    "police",
    "province",
    "district",
    "citizens",
    "neighbourhood",
    "neighborhood",
    "station",
];

/// An ambiguous outlet name ("Dawn") is accepted where it is introduced or quoted as a source.
fn media_context(scan: &Scan, first: usize, end: usize) -> bool {
    let prev = (first > 0).then(|| scan.tok(first - 1).to_lowercase());
    if matches!(prev.as_deref(), Some("by" | "told" | "to" | "on" | "in" | "from" | "with")) && first > scan.first_word
    {
        return true;
    }
    if end < scan.toks.len() && scan.toks[end].kind == TokenKind::Possessive {
        return end + 1 < scan.toks.len()
            && matches!(
                scan.lower(end + 1).as_str(),
                "sources" | "source" | "report" | "reporter" | "correspondent" | "editor" | "website"
            );
    }
    scan.is_punct(end, ",")
        && (end + 1..(end + 8).min(scan.toks.len())).any(|k| MEDIA_NOUNS.contains(&scan.lower(k).as_str()))
}

/// An ambiguous place name ("Nice", "Mobile") is accepted after a locative preposition or before ", Country".
fn place_context(scan: &Scan, first: usize, end: usize) -> bool {
    let prev = (first > 0).then(|| scan.tok(first - 1).to_lowercase());
    matches!(prev.as_deref(), Some("in" | "near" | "outside" | "from" | "to" | "into"))
        || (scan.is_punct(end, ",") && matches!(scan.labels.get(end + 1), Some(Label::Dict(_))))
        || (end < scan.toks.len() && PLACE_NOUNS.contains(&scan.lower(end).as_str()))
}

/// An unknown single word that the sentence shows to be a place: "the Chabahar port", "in Kunar", or an item of
/// a list introduced as places ("the provinces of Ghazni, Laghman and Parwan").
fn single_place_context(scan: &Scan, at: usize) -> bool {
    let next = at + 1;
    if next < scan.toks.len() && scan.toks[next].case == Case::Lower && PLACE_NOUNS.contains(&scan.tok(next)) {
        return true;
    }
    let ends_phrase =
        next >= scan.toks.len() || scan.toks[next].kind == TokenKind::Punct || scan.toks[next].case == Case::Lower;
    if ends_phrase && scan.place_before(at) {
        return true;
    }
    // "at Kant in Kyrgyzstan"
    if at > 0
        && scan.is(at - 1, "at")
        && scan.is(next, "in")
        && matches!(scan.labels.get(next + 1), Some(Label::Dict(_)))
    {
        return true;
    }
    // A list continued from a place: "in Izmail and Reni", "in Hargeisa and Garowe".
    if at >= 2 && (scan.is(at - 1, "and") || scan.is_punct(at - 1, ",")) {
        let prev_place = scan.dict_at(at - 2).is_some_and(|h| h.entries.iter().any(|e| matches!(e, Entry::Place(_))));
        if prev_place && ends_phrase {
            return true;
        }
    }
    // List items after "provinces of", "cities of", "the districts of".
    let mut k = at;
    while k > 0 {
        let w = scan.tok(k - 1);
        if matches!(w, "," | "and") || matches!(scan.labels[k - 1], Label::Dict(_) | Label::Cap) {
            k -= 1;
            continue;
        }
        break;
    }
    k >= 1 && scan.place_before(k)
}

/// A single word inside a list whose other items are people ("brothers Amichon and Dilovar Islomovs").
fn in_person_list(scan: &Scan, at: usize) -> bool {
    let next_is_person_run =
        |k: usize| k + 1 < scan.toks.len() && scan.labels[k] == Label::Cap && scan.labels[k + 1] == Label::Cap;
    (scan.is(at + 1, "and") || scan.is_punct(at + 1, ","))
        && next_is_person_run(at + 2)
        && at > 0
        && scan.toks[at - 1].case == Case::Lower
        && !scan.kb.is_common_word(&scan.lower(at))
}

/// A word that is also ordinary English used as a surname: possessive, verb or comma after it ("Khan's
/// statement", "Smith said").
fn common_word_used_as_name(scan: &Scan, at: usize) -> bool {
    let prev_det = at > 0 && matches!(scan.lower(at - 1).as_str(), "the" | "a" | "an" | "this" | "that");
    let next = at + 1;
    !prev_det
        && next < scan.toks.len()
        && (scan.toks[next].kind == TokenKind::Possessive
            || scan.kb.is_person_verb(&scan.lower(next))
            || scan.is_punct(next, ","))
}
