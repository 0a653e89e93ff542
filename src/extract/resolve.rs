//! Across documents: local entities with the same identity become one entity; people whose names differ only by
//! transliteration join when the rest of the name and their country agree; surnames and acronyms that were
//! left undecided in their document join a unique match in the corpus.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

use super::document::{DocExtraction, Key, LocalEntity, PendingMention};
use super::knowledge::Knowledge;
use super::model::{Entity, EntityId, EntityKind, Mention, MentionForm};
use super::translit::{name_key, name_words, skeleton};
use crate::corpus::DocId;

/// A global entity while it is being assembled.
struct Draft {
    kind: EntityKind,
    key: Key,
    names: BTreeMap<String, usize>,
    surfaces: Vec<String>,
    country: BTreeMap<u32, usize>,
    organization: BTreeMap<String, usize>,
    roles: Vec<String>,
    subtype: Option<&'static str>,
    acronym: Option<String>,
    strong: bool,
}

impl Draft {
    fn new(e: &LocalEntity) -> Draft {
        Draft {
            kind: e.kind,
            key: e.key.clone(),
            names: BTreeMap::new(),
            surfaces: Vec::new(),
            country: BTreeMap::new(),
            organization: BTreeMap::new(),
            roles: Vec::new(),
            subtype: e.subtype,
            acronym: None,
            strong: false,
        }
    }

    fn absorb(&mut self, e: &LocalEntity) {
        // Counted in place when the name is known (most are): no copy of the name.
        match self.names.get_mut(&e.name) {
            Some(count) => *count += 1,
            None => {
                self.names.insert(e.name.clone(), 1);
            }
        }
        for s in &e.surfaces {
            if !self.surfaces.contains(s) {
                self.surfaces.push(s.clone());
            }
        }
        if let Some(c) = e.country {
            *self.country.entry(c).or_default() += 1;
        }
        if let Some(o) = e.organization() {
            match self.organization.get_mut(o) {
                Some(count) => *count += 1,
                None => {
                    self.organization.insert(o.to_string(), 1);
                }
            }
        }
        for r in e.roles() {
            if !self.roles.contains(r) {
                self.roles.push(r.clone());
            }
        }
        self.subtype = self.subtype.or(e.subtype);
        if self.acronym.is_none() {
            self.acronym = e.acronym().map(String::from);
        }
        self.strong |= e.strong;
    }

    fn merge(&mut self, other: Draft) {
        for (n, c) in other.names {
            *self.names.entry(n).or_default() += c;
        }
        for s in other.surfaces {
            if !self.surfaces.contains(&s) {
                self.surfaces.push(s);
            }
        }
        for (k, c) in other.country {
            *self.country.entry(k).or_default() += c;
        }
        for (k, c) in other.organization {
            *self.organization.entry(k).or_default() += c;
        }
        for r in other.roles {
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
        self.acronym = self.acronym.take().or(other.acronym);
        self.strong |= other.strong;
    }

    fn main_country(&self) -> Option<u32> {
        self.country.iter().max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k))).map(|(k, _)| *k)
    }
}

/// The result of resolving a corpus: its entities, and for each document where its local entities and pending
/// words went. The documents' mentions follow from it ([`Resolved::mentions`]) one document at a time, so that a
/// caller holding many documents can let each go as soon as it is mapped.
pub struct Resolved {
    /// Entities, sorted (kind, most mentioned first, name); `entities[i].id == EntityId(i)`.
    pub entities: Vec<Entity>,
    /// Per document, the global entity of each local entity (for mapping document-level results).
    pub local_to_global: Vec<Vec<Option<EntityId>>>,
    /// Per document, the entity each pending word joined (and how it refers to it), if any.
    pub pending: Vec<Vec<Option<(EntityId, MentionForm)>>>,
}

impl Resolved {
    /// The mentions of corpus entities in document number `di` (whose extraction is `d`), sorted by position:
    /// its own mentions and the pending words that found an entity; where two cover the same words, one.
    pub fn mentions(&self, di: usize, d: &DocExtraction) -> Vec<Mention> {
        let doc = DocId(di as u32);
        let to_global = self.local_to_global.get(di).map_or(&[][..], Vec::as_slice);
        let pending = self.pending.get(di).map_or(&[][..], Vec::as_slice);
        // (Allocated once, at its size: a large folder holds millions of mentions.)
        let mut list = Vec::with_capacity(d.mentions.len() + pending.iter().flatten().count());
        list.extend(d.mentions.iter().filter_map(|m| {
            let entity = (*to_global.get(m.local as usize)?)?;
            Some(Mention { doc, entity, start: m.start, end: m.end, sentence: m.sentence, form: m.form })
        }));
        for (p, t) in d.pending.iter().zip(pending) {
            if let Some((entity, form)) = *t {
                list.push(Mention { doc, entity, start: p.start, end: p.end, sentence: p.sentence, form });
            }
        }
        list.sort_by_key(|m| (m.start, m.end));
        list.dedup_by_key(|m| (m.start, m.end));
        list.shrink_to_fit();
        list
    }
}

/// Resolves per-document extractions into corpus entities.
pub fn resolve(docs: &[DocExtraction], kb: &Knowledge) -> Resolved {
    let mut absorber = Absorber::default();
    absorber.absorb(docs);
    absorber.finish(kb)
}

/// Shards the drafts are gathered in, on two threads (each shard owns the keys that hash to it, so no two threads
/// touch the same draft). Two, fixed: the code below names them; more would need more cores to pay off.
const SHARDS: usize = 2;

/// The first step of resolution, taken a chunk of documents at a time and in document order: local entities with
/// the same identity gather into drafts; of the rest of each document only its pending words and how often it
/// mentions each of its entities are kept, so a caller may let each document go once absorbed.
#[derive(Default)]
pub struct Absorber {
    shards: [Shard; SHARDS],
    /// Per document absorbed, the draft of each local entity: its index in its shard times [`SHARDS`], plus
    /// the shard.
    local_map: Vec<Vec<u32>>,
    /// Per document absorbed, what counting and the pending words need.
    tallies: Vec<Tally>,
}

/// What resolution keeps of a document past the first step.
struct Tally {
    /// How many mentions each local entity has.
    mentions: Vec<u32>,
    /// The words left for the corpus to decide.
    pending: Vec<PendingMention>,
}

impl Tally {
    fn of(d: &DocExtraction) -> Tally {
        let mut mentions = vec![0; d.entities.len()];
        for m in &d.mentions {
            if let Some(count) = mentions.get_mut(m.local as usize) {
                *count += 1;
            }
        }
        Tally { mentions, pending: d.pending.clone() }
    }
}

/// The drafts whose keys hash to one shard.
#[derive(Default)]
struct Shard {
    drafts: Vec<Draft>,
    by_key: HashMap<Key, usize>,
    /// Where each draft's key was first seen: (document, local entity). Sorting by it gives the drafts the
    /// order one thread absorbing every document in turn would have created them in.
    first_seen: Vec<(u32, u32)>,
}

impl Shard {
    /// Absorbs the entities of `docs` (the documents from number `first` on) that belong to shard `me`; returns,
    /// per document, the shard index of each of them, in order.
    fn absorb(&mut self, me: u8, first: usize, docs: &[DocExtraction], shard_of: &[Vec<u8>]) -> Vec<Vec<u32>> {
        let mut maps = Vec::with_capacity(docs.len());
        for (i, (d, shards)) in docs.iter().zip(shard_of).enumerate() {
            let mut map = Vec::new();
            for (local, e) in d.entities.iter().enumerate().filter(|(l, _)| shards[*l] == me) {
                let g = match self.by_key.get(&e.key) {
                    Some(&g) => g,
                    None => {
                        self.drafts.push(Draft::new(e));
                        self.first_seen.push(((first + i) as u32, local as u32));
                        self.by_key.insert(e.key.clone(), self.drafts.len() - 1);
                        self.drafts.len() - 1
                    }
                };
                self.drafts[g].absorb(e);
                map.push(g as u32);
            }
            maps.push(map);
        }
        maps
    }
}

impl Absorber {
    /// Takes in the next documents' local entities (the shards in parallel).
    pub fn absorb(&mut self, docs: &[DocExtraction]) {
        use std::hash::BuildHasher;
        let hasher = rustc_hash::FxBuildHasher;
        let shard_of: Vec<Vec<u8>> = docs
            .par_iter()
            .map(|d| d.entities.iter().map(|e| (hasher.hash_one(&e.key) % SHARDS as u64) as u8).collect())
            .collect();
        let first = self.local_map.len();
        self.tallies.par_extend(docs.par_iter().map(Tally::of));
        let [a, b] = &mut self.shards;
        let (maps_a, maps_b) =
            rayon::join(|| a.absorb(0, first, docs, &shard_of), || b.absorb(1, first, docs, &shard_of));
        let mut from = [maps_a.into_iter(), maps_b.into_iter()];
        for shards in &shard_of {
            let mine: [Vec<u32>; SHARDS] = [from[0].next().unwrap_or_default(), from[1].next().unwrap_or_default()];
            let mut next = [0usize; SHARDS];
            let map = shards
                .iter()
                .map(|&s| {
                    let s = s as usize;
                    let g = mine[s].get(next[s]).copied().unwrap_or_default();
                    next[s] += 1;
                    g * SHARDS as u32 + s as u32
                })
                .collect();
            self.local_map.push(map);
        }
    }

    /// Resolves the documents absorbed.
    pub fn finish(self, kb: &Knowledge) -> Resolved {
        let Absorber { shards, local_map, tallies } = self;
        // Every draft, in the order of first appearance.
        let mut order: Vec<((u32, u32), usize, usize)> = shards
            .iter()
            .enumerate()
            .flat_map(|(s, shard)| shard.first_seen.iter().enumerate().map(move |(i, seen)| (*seen, s, i)))
            .collect();
        order.sort_unstable();
        let mut global_of: [Vec<usize>; SHARDS] = shards.each_ref().map(|shard| vec![0; shard.drafts.len()]);
        for (g, &(_, s, i)) in order.iter().enumerate() {
            global_of[s][i] = g;
        }
        let mut taken: [Vec<Option<Draft>>; SHARDS] = shards.map(|shard| shard.drafts.into_iter().map(Some).collect());
        let drafts: Vec<Draft> = order.iter().filter_map(|&(_, s, i)| taken[s][i].take()).collect();
        let local_map: Vec<Vec<u32>> = local_map
            .into_par_iter()
            .map(|mut map| {
                for code in &mut map {
                    *code = global_of[*code as usize % SHARDS][*code as usize / SHARDS] as u32;
                }
                map
            })
            .collect();
        join_and_map(drafts, local_map, tallies, kb)
    }
}

/// Everything after the drafts are gathered: transliteration variants, pending words, counts, ids, mentions.
fn join_and_map(drafts: Vec<Draft>, local_map: Vec<Vec<u32>>, docs: Vec<Tally>, kb: &Knowledge) -> Resolved {
    // Transliteration variants of people: same number of words, all equal but one, that one with the same
    // consonant skeleton; never across different known countries.
    let mut parent: Vec<usize> = (0..drafts.len()).collect();
    // (Words and consonant skeletons of every person in parallel: at 100,000 documents, hundreds of thousands.)
    let people: Vec<(usize, Vec<String>, Option<String>)> = drafts
        .par_iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Person)
        .filter_map(|(i, d)| match &d.key {
            Key::Person(k) => {
                let words: Vec<String> = k.split(' ').map(String::from).collect();
                let shape = (words.len() >= 2).then(|| words.iter().map(|w| skeleton(w)).collect::<Vec<_>>().join(" "));
                Some((i, words, shape))
            }
            _ => None,
        })
        .collect();
    let mut by_shape: HashMap<(usize, &str), Vec<usize>> = HashMap::default();
    for (idx, (_, words, shape)) in people.iter().enumerate() {
        if let Some(shape) = shape {
            by_shape.entry((words.len(), shape.as_str())).or_default().push(idx);
        }
    }
    for group in by_shape.values() {
        for (a_pos, &a) in group.iter().enumerate() {
            for &b in &group[a_pos + 1..] {
                let (ga, wa, _) = &people[a];
                let (gb, wb, _) = &people[b];
                let differing = wa.iter().zip(wb).filter(|(x, y)| x != y).count();
                let long_enough = wa.iter().zip(wb).filter(|(x, y)| x != y).all(|(x, y)| x.len() >= 4 && y.len() >= 4);
                let (ca, cb) = (drafts[*ga].main_country(), drafts[*gb].main_country());
                if differing <= 1 && long_enough && (ca.is_none() || cb.is_none() || ca == cb) {
                    union(&mut parent, *ga, *gb);
                }
            }
        }
    }
    // Collapse unions.
    // Groups by their root (the smallest member), members in order: every draft, sorted by its root.
    let roots: Vec<usize> = (0..drafts.len()).map(|i| find(&mut parent, i)).collect();
    let mut by_root: Vec<usize> = (0..drafts.len()).collect();
    by_root.sort_by_key(|&i| roots[i]);
    let mut merged: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
    let mut final_of = vec![usize::MAX; merged.len()];
    let mut finals: Vec<Draft> = Vec::new();
    for members in by_root.chunk_by(|&a, &b| roots[a] == roots[b]) {
        let mut d = merged[members[0]].take().expect("each draft is taken once");
        for &m in &members[1..] {
            d.merge(merged[m].take().expect("each draft is taken once"));
        }
        for &m in members {
            final_of[m] = finals.len();
        }
        finals.push(d);
    }
    // Pending words: surnames join the unique person with that last name; acronyms join the unique entity that
    // introduced them; strongly cued surnames with no match become people of their own.
    let mut surname_index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut acronym_index: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, d) in finals.iter().enumerate() {
        if d.kind == EntityKind::Person
            && let Key::Person(k) = &d.key
            && k.contains(' ')
        {
            for n in d.names.keys() {
                if let Some(last) = name_words(n).last() {
                    let list = surname_index.entry(last.clone()).or_default();
                    if !list.contains(&i) {
                        list.push(i);
                    }
                }
            }
        }
        if let Some(a) = &d.acronym {
            acronym_index.entry(a.clone()).or_default().push(i);
        }
    }
    let mut single_people: HashMap<String, usize> = HashMap::default();
    let mut pending_target: Vec<Vec<Option<(usize, MentionForm)>>> = Vec::with_capacity(docs.len());
    for d in &docs {
        let mut targets = Vec::with_capacity(d.pending.len());
        for p in &d.pending {
            let target = if p.acronym {
                acronym_index.get(&p.text).filter(|v| v.len() == 1).map(|v| (v[0], MentionForm::Acronym))
            } else {
                let key = name_key(&p.text);
                match surname_index.get(&key) {
                    Some(v) if v.len() == 1 => Some((v[0], MentionForm::Partial)),
                    Some(_) => None,
                    None if p.strong => {
                        let fi = *single_people.entry(key.clone()).or_insert_with(|| {
                            finals.push(Draft {
                                kind: EntityKind::Person,
                                key: Key::Person(key.clone()),
                                names: BTreeMap::new(),
                                surfaces: Vec::new(),
                                country: BTreeMap::new(),
                                organization: BTreeMap::new(),
                                roles: Vec::new(),
                                subtype: None,
                                acronym: None,
                                strong: true,
                            });
                            finals.len() - 1
                        });
                        *finals[fi].names.entry(p.text.clone()).or_default() += 1;
                        Some((fi, MentionForm::Name))
                    }
                    None => None,
                }
            };
            if let Some((fi, _)) = target
                && !finals[fi].surfaces.contains(&p.text)
            {
                finals[fi].surfaces.push(p.text.clone());
            }
            targets.push(target);
        }
        pending_target.push(targets);
    }
    // Count mentions and documents per final entity.
    // (The last document counted for each entity, rather than a fresh "seen" list per document: that was
    // documents × entities work, minutes at 100,000 documents.)
    let mut mention_count = vec![0usize; finals.len()];
    let mut doc_count = vec![0usize; finals.len()];
    let mut last_doc = vec![usize::MAX; finals.len()];
    for (di, d) in docs.iter().enumerate() {
        let local = d.mentions.iter().zip(&local_map[di]).map(|(&count, &g)| (final_of[g as usize], count as usize));
        for (f, count) in local.chain(pending_target[di].iter().flatten().map(|t| (t.0, 1))) {
            mention_count[f] += count;
            if count > 0 && last_doc[f] != di {
                last_doc[f] = di;
                doc_count[f] += 1;
            }
        }
    }
    // Order entities and assign ids.
    let mut order: Vec<usize> = (0..finals.len()).filter(|&f| mention_count[f] > 0).collect();
    let names: Vec<String> = finals.par_iter().map(|d| canonical_name(d, kb)).collect();
    order.par_sort_by(|&a, &b| {
        (finals[a].kind, std::cmp::Reverse(mention_count[a]), &names[a]).cmp(&(
            finals[b].kind,
            std::cmp::Reverse(mention_count[b]),
            &names[b],
        ))
    });
    let mut id_of = vec![None; finals.len()];
    for (new, &f) in order.iter().enumerate() {
        id_of[f] = Some(EntityId(new as u32));
    }
    // (Built in parallel: at 100,000 documents there are a hundred thousand or more.)
    let entities: Vec<Entity> = order
        .par_iter()
        .enumerate()
        .map(|(new, &f)| {
            let id = EntityId(new as u32);
            let d = &finals[f];
            let name = names[f].clone();
            let mut aliases: Vec<String> = Vec::new();
            for s in &d.surfaces {
                let trimmed = s.trim();
                if !trimmed.eq_ignore_ascii_case(&name)
                    && !aliases.iter().any(|a| a.eq_ignore_ascii_case(trimmed))
                    && !trimmed.is_empty()
                {
                    aliases.push(trimmed.to_string());
                }
            }
            let code = match d.key {
                Key::Country(c) => Some(kb.countries[c as usize].code.clone()),
                _ => None,
            };
            Entity {
                id,
                name,
                kind: d.kind,
                code,
                aliases,
                country: d.main_country().map(|c| kb.countries[c as usize].code.clone()),
                organization: d.organization.iter().max_by_key(|(_, c)| **c).map(|(o, _)| o.clone()),
                roles: d.roles.clone(),
                subtype: d.subtype.map(String::from),
                documents: doc_count[f],
                mentions: mention_count[f],
            }
        })
        .collect();
    // Where each document's local entities and pending words went (documents in parallel).
    let local_to_global =
        local_map.into_par_iter().map(|map| map.into_iter().map(|g| id_of[final_of[g as usize]]).collect()).collect();
    let pending = pending_target
        .into_par_iter()
        .map(|targets| targets.into_iter().map(|t| t.and_then(|(f, form)| Some((id_of[f]?, form)))).collect())
        .collect();
    Resolved { entities, local_to_global, pending }
}

/// The name shown for an entity: the dictionary's canonical name; for others the most frequent full form (the
/// longest on a tie).
fn canonical_name(d: &Draft, kb: &Knowledge) -> String {
    match d.key {
        Key::Country(c) => kb.countries[c as usize].name.clone(),
        Key::Org(o) => kb.organizations[o as usize].name.clone(),
        Key::Place(p) => kb.places[p as usize].name.clone(),
        _ => d
            .names
            .iter()
            .max_by(|a, b| (a.1, a.0.len(), std::cmp::Reverse(a.0)).cmp(&(b.1, b.0.len(), std::cmp::Reverse(b.0))))
            .map(|(n, _)| n.clone())
            .unwrap_or_default(),
    }
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    let mut j = i;
    while parent[j] != r {
        let next = parent[j];
        parent[j] = r;
        j = next;
    }
    r
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}
