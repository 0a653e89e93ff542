//! One document: every sentence scanned, candidates turned into local entities and mentions, and the
//! document-level decisions — surnames joining the full name introduced in the document, acronyms joining the
//! name they were introduced with, capitals read as the government or the city, ambiguous names confirmed by
//! context, and people's affiliations.

use rustc_hash::FxHashMap as HashMap;

use super::detect::Scan;
use super::events::{DocContext, LinkKind, LocalRelation, Memory, Turn, code_sentence, turn_of};
use super::knowledge::{CountryForm, Entry, HeadKind, Knowledge, OrgType, PlaceType};
use super::model::{EntityKind, MentionForm};
use super::names::Found;
use super::tokens::{Token, TokenKind, lowercase_same_offsets, tokenize_range};
use super::translit::{fold, name_key, strip_repeated};
use crate::corpus::{Date, Document};

mod context;
mod decide;
mod local;
mod spellings;
mod vessels;

pub use local::{Details, DocExtraction, Key, LocalEntity, LocalMention, PendingMention, SubtypeName};

use context::{
    capital_is_government, compound_of_governments, media_context, place_context, possessor_country, within_longer_name,
};
use spellings::Spellings;

/// The date against which dated knowledge is checked: the document's own date, else the latest date or year the
/// text mentions (an article is written after what it reports), else none (taken as today).
pub fn reference_date(doc: &Document) -> Option<Date> {
    if doc.date.is_some() {
        return doc.date;
    }
    reference_date_from(doc, &super::tokens::tokenize(&doc.text))
}

/// [`reference_date`] from the document's tokens, when they are at hand.
fn reference_date_from(doc: &Document, toks: &[Token]) -> Option<Date> {
    if doc.date.is_some() {
        return doc.date;
    }
    let mut best: Option<Date> = None;
    for (_, d) in crate::corpus::dates::find_dates(&doc.text) {
        best = best.max(Some(d));
    }
    let mut month_named = None;
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
    let lower_text = lowercase_same_offsets(&doc.text);
    let mut scans: Vec<Scan> =
        bounds.iter().map(|&(a, b)| Scan::new(&doc.text, &lower_text, &all_tokens[a..b], kb)).collect();
    let unnamed = super::bodies::of_unnamed_countries(&scans, kb);
    if !unnamed.is_empty() {
        for (scan, &(a, b)) in scans.iter_mut().zip(&bounds) {
            if scan.names_any(&unnamed) {
                *scan = Scan::without_bodies(&doc.text, &lower_text, &all_tokens[a..b], kb, &unnamed);
            }
        }
    }
    let seats = super::bodies::seats_of_named_organisations(&scans, kb);
    let mut builder = Builder {
        kb,
        seats,
        date: reference_date_from(doc, &all_tokens),
        date_stated: doc.date.is_some(),
        out: DocExtraction::default(),
        // (Room for a news article's entities, a few dozen: growing from empty rehashed it six times a document.)
        index: HashMap::with_capacity_and_hasher(64, Default::default()),
        acronyms: HashMap::default(),
        singles: Vec::new(),
        ambiguous: Vec::new(),
        scratch: Scratch::default(),
        vessels: Vec::new(),
        spellings: Spellings::default(),
    };
    builder.out.reference_date = builder.date;
    for (s, scan) in scans.iter().enumerate() {
        builder.sentence(s as u32, scan);
    }
    builder.confirm_ambiguous(&scans);
    builder.resolve_singles(&scans);
    builder.join_partial_names();
    builder.join_known_as(&doc.text);
    builder.people_named_like_places();
    builder.places_naming_people();
    builder.places_opening_longer_places();
    builder.absorb_parent_organisations();
    builder.out.mentions.sort_by_key(|m| (m.start, m.end));
    builder.out.mentions.dedup_by_key(|m| (m.start, m.end));
    code_events(&mut builder.out, &scans, kb);
    builder.out
}

/// Gives back the room `out`'s lists grew into while the document was read, for a caller that keeps many
/// extractions in memory: at 100,000 documents the spare room alone would take gigabytes. (Opening a folder
/// encodes each extraction at once and keeps only the bytes, so it does not call this: the reallocations were
/// 0.7 % of its work.)
pub fn release_spare_capacity(out: &mut DocExtraction) {
    out.entities.shrink_to_fit();
    for e in &mut out.entities {
        e.surfaces.shrink_to_fit();
        if let Some(d) = &mut e.details {
            d.roles.shrink_to_fit();
            d.affiliated.shrink_to_fit();
        }
    }
    out.mentions.shrink_to_fit();
    out.pending.shrink_to_fit();
    out.interactions.shrink_to_fit();
    out.relations.shrink_to_fit();
}

/// Codes the interactions of every sentence, carrying the participants of recent meetings forward for "the two
/// sides" and "participants".
fn code_events(out: &mut DocExtraction, scans: &[Scan], kb: &Knowledge) {
    let issuer = crate::extract::events::issuer(scans, &out.mentions, &out.entities);
    let mut ctx = DocContext {
        kb,
        entities: &out.entities,
        date: out.reference_date,
        de_facto: None,
        names_junta: false,
        issuer,
        turn: Turn::default(),
    };
    // (A group that rules de facto first: few documents name one, and the text is read only for them.)
    let says = |words: &[u8]| scans.first().is_some_and(|s| memchr::memmem::find(s.text().as_bytes(), words).is_some());
    if let Some(governed) = ctx.de_facto_governed()
        && (says(b"de facto") || says(b"caretaker") || says(b"interim"))
    {
        ctx.de_facto = Some(governed);
    }
    ctx.names_junta = says(b"junta");
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
        let mentions = &out.mentions[start..from];
        ctx.turn = turn_of(&ctx, scan, mentions, ctx.turn);
        code_sentence(&ctx, scan, s, mentions, &mut memory, &mut interactions, &mut relations);
    }

    for (i, e) in out.entities.iter().enumerate() {
        for &(target, sentence) in e.affiliated() {
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
    /// Capitals that stand for an organisation in this document: (country, organisation).
    seats: Vec<(u32, u32)>,
    date: Option<Date>,
    /// The document states its date (else `date` is the latest date it mentions, or none).
    date_stated: bool,
    out: DocExtraction,
    index: HashMap<Key, u32>,
    acronyms: HashMap<String, u32>,
    /// The people named so far, for another spelling of one of their names.
    spellings: Spellings,
    singles: Vec<SingleWord>,
    /// Mentions of names that are also ordinary words, kept only if the document confirms them.
    ambiguous: Vec<(u32, LocalMention, bool)>,
    /// Per-sentence working lists, reused.
    scratch: Scratch,
    /// The ships' names read so far ([`vessels::is_vessel`]).
    vessels: Vec<String>,
}

/// The working lists of [`Builder::sentence`].
#[derive(Default)]
struct Scratch {
    /// The candidates of one chunk.
    found: Vec<Found>,
    /// Token ranges taken by names.
    covered: Vec<(usize, usize)>,
    /// Dictionary hits to emit.
    hits: Vec<usize>,
}

impl Builder<'_> {
    fn entity(&mut self, key: Key, kind: EntityKind, name: &str) -> u32 {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        if let Some(i) = self.place_spelled_before(&key, name) {
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
            subtype: None,
            strong: false,
            details: None,
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
                e.country = kb.place_country(p);
                i
            }
            Entry::Person(p) => {
                // A known office holder: their state, and whether they held office at the document's date.
                let holder = &kb.people[p as usize];
                let i = self.person_entity(Key::Person(name_key(&holder.name)), &holder.name);
                // An undated text is written on or after the latest date it mentions: someone in office today
                // may have taken office after it ("the first visit since 2021" by a minister appointed in 2024).
                let term = holder.term_at(self.date).or_else(|| holder.term_at(None).filter(|_| !self.date_stated));
                let e = &mut self.out.entities[i as usize];
                e.strong = true;
                if e.country.is_none() {
                    e.country =
                        term.map(|t| t.country.as_str()).or(holder.latest_country()).and_then(|c| kb.country_idx(c));
                }
                if let Some(t) = term {
                    e.state_actor = true;
                    let office = t.office.replace('-', " ");
                    if !e.roles().contains(&office) {
                        e.details_mut().roles.push(office);
                    }
                }
                i
            }
        }
    }

    fn sentence(&mut self, s: u32, scan: &Scan) {
        // Scratch lists kept from sentence to sentence, so that a sentence allocates nothing for them.
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.covered.clear();
        scratch.hits.clear();
        let Scratch { found: candidates, covered, hits: emitted_hits } = &mut scratch;
        for chunk in &scan.chunks {
            if vessels::is_vessel(scan, chunk, &mut self.vessels) {
                continue;
            }
            candidates.clear();
            scan.classify(chunk, candidates);
            for &found in candidates.iter() {
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
        for &n in emitted_hits.iter() {
            self.dict_hit(s, scan, n);
        }
        self.scratch = scratch;
    }

    /// Emits dictionary hit `n`, choosing its reading from context.
    fn dict_hit(&mut self, s: u32, scan: &Scan, n: usize) {
        let hit = &scan.dict[n];
        let surface = &scan.text()[hit.start as usize..hit.stop as usize];
        let entries = &hit.entries;
        if let Some(p) = entries.iter().find_map(|e| match e {
            Entry::Person(p) => Some(*p),
            _ => None,
        }) {
            let local = self.dict_entity(Entry::Person(p));
            self.mention(local, hit.start, hit.stop, s, MentionForm::Name, surface);
            if !hit.part {
                let aff = scan.affiliation(hit.first, hit.end);
                self.affiliate(local, Some(p), s, scan, &aff);
            }
            return;
        }

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
        } else if capital.is_some() && within_longer_name(scan, hit.first) {
            // "Mocímboa da Praia" is a town, neither Cape Verde nor its capital.
        } else if let Some(c) = capital {
            let government = match hit.part {
                true => compound_of_governments(scan, hit.first, hit.stop),
                false => capital_is_government(scan, hit.first, hit.end),
            };
            if let Some(&(_, o)) = self.seats.iter().find(|(k, _)| *k == c).filter(|_| government) {
                // "Brussels" in a report on the European Union: the organisation.
                let local = self.dict_entity(Entry::Organization(o));
                self.mention(local, start, stop, s, MentionForm::Metonym, surface);
            } else if government {
                let local = self.dict_entity(Entry::Country(c, CountryForm::Capital));
                self.mention(local, start, stop, s, MentionForm::Metonym, surface);
            } else {
                // The capital city, not a town of the same name elsewhere nor a province ("in Washington" is neither
                // Washington, England nor Washington State).
                let code = self.kb.countries.get(c as usize).map(|k| k.code.as_str());
                let the_city = |p: &u32| {
                    self.kb.places.get(*p as usize).is_some_and(|pl| {
                        pl.country.as_deref() == code && matches!(pl.place_type, PlaceType::Capital | PlaceType::City)
                    })
                };
                let place = entries.iter().find_map(|e| match e {
                    Entry::Place(p) if the_city(p) => Some(*p),
                    _ => None,
                });
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
            // "Kabul's Sherpur neighbourhood": a place owned by a place of another country is there, not in the
            // dictionary's town of the same name.
            let owner = possessor_country(scan, hit.first);
            let p = self.place_of_one_name(entries, owner).unwrap_or(p);
            if let Some(c) = owner
                && self.kb.place_country(p).is_some_and(|pc| pc != c)
            {
                let local = self.entity(Key::NewPlace(fold(surface)), EntityKind::Place, surface);
                self.out.entities[local as usize].country = Some(c);
                self.out.entities[local as usize].subtype.get_or_insert("place");
                self.mention(local, start, stop, s, MentionForm::Name, surface);
                return;
            }
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
        // "Frontier Corps (FC)": a name that defines its own acronym may still be a dictionary organisation's.
        let known = match self.kb.match_words(scan.toks(), |k| scan.tok(k), first) {
            Some(m) if m.end == end && kind == EntityKind::Organization => {
                m.entries.iter().find(|e| matches!(e, Entry::Organization(_))).copied()
            }
            _ => None,
        };
        let local = match known {
            Some(entry) => self.dict_entity(entry),
            None => self.entity(key, kind, &name),
        };
        self.out.entities[local as usize].subtype.get_or_insert(subtype);
        // "Reserve Bank of India": the country the name ends with is the organisation's.
        if kind == EntityKind::Organization
            && let Some(hit) = scan.dict_at(end - 1).filter(|h| h.end == end && h.first > first)
            && let Some(Entry::Country(c, _)) = hit.entries.first()
        {
            self.out.entities[local as usize].country.get_or_insert(*c);
        }
        // "the Guyana Defence Force", "the Armed Forces of the Philippines": a country's own forces, named by it,
        // are a body of its state (the armed groups named so, "Free Syrian Army", are in the dictionary).
        if known.is_none()
            && kind == EntityKind::Organization
            && let Some(c) = scan.state_force_country(first, end)
        {
            let e = &mut self.out.entities[local as usize];
            e.country.get_or_insert(c);
            e.state_actor = true;
            e.subtype = Some(org_subtype(OrgType::GovernmentBody));
        }
        let (a, b) = scan.bytes(first, end);
        self.mention(local, a, b, s, MentionForm::Name, &name);
        if let Some(acr) = scan.acronym_after(end) {
            let text = scan.tok(acr).to_string();
            self.out.entities[local as usize].details_mut().acronym = Some(text.clone());
            self.acronyms.insert(text, local);
        }
    }

    fn person(&mut self, s: u32, scan: &Scan, first: usize, end: usize, strong: bool) {
        let name = clean_name(scan.span_text(first, end));
        let key = Key::Person(name_key(&name));
        let local = self.person_entity(key, &name);
        self.out.entities[local as usize].strong |= strong;
        let (a, b) = scan.bytes(first, end);
        self.mention(local, a, b, s, MentionForm::Name, &name);
        let aff = scan.affiliation(first, end);
        self.affiliate(local, None, s, scan, &aff);
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
    // Most names are already single-spaced: no need to split and join them. (Two spaces are looked for as a byte
    // pair: `contains("  ")` prepares a substring searcher on every call.)
    let single_spaced =
        !s.as_bytes().windows(2).any(|pair| pair == b"  ") && !s.chars().any(|c| c != ' ' && c.is_whitespace());
    let joined;
    let s = if single_spaced {
        s.trim_matches(' ')
    } else {
        joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        joined.as_str()
    };
    strip_repeated(strip_repeated(s, "'s"), "’s")
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”'))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn names_are_single_spaced_and_lose_possessives_and_punctuation() {
        assert_eq!(clean_name("Amir Khan Muttaqi"), "Amir Khan Muttaqi");
        assert_eq!(clean_name(" Amir  Khan\tMuttaqi\n"), "Amir Khan Muttaqi");
        assert_eq!(clean_name("Pakistan's"), "Pakistan");
        assert_eq!(clean_name("Pakistan’s"), "Pakistan");
        assert_eq!(clean_name("Pakistan's's"), "Pakistan");
        assert_eq!(clean_name("“Islamic Emirate”,"), "Islamic Emirate");
        assert_eq!(clean_name("Moscow\u{a0}Format"), "Moscow Format");
        assert_eq!(clean_name("Harris"), "Harris");
    }
}
