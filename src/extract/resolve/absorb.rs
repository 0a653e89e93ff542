//! The first step of resolution: local entities with the same identity gather into one draft. Documents may be
//! absorbed in any order and on any number of threads at once — while a folder is still being read, each as soon
//! as it is extracted — and the result is the one absorbing them in document order would give: whatever depends
//! on order (the first surface forms, roles, subtype, acronym) keeps where it was first seen, and is put in that
//! order at the end.

use rayon::prelude::*;
use std::sync::{Mutex, PoisonError};

use super::{Draft, Resolved, join_and_map};
use crate::extract::document::{DocExtraction, Key, LocalEntity, PendingMention};
use crate::extract::knowledge::Knowledge;
use crate::extract::model::EntityKind;

/// Where something was first seen: document number, local entity, position in that entity's list.
type Seen = (u32, u32, u32);

/// A corpus entity while documents are still coming in (see the module comment).
struct Gathering {
    kind: EntityKind,
    key: Key,
    /// Where the key was first seen: (document, local entity). Sorting by it gives the drafts the order one
    /// thread absorbing every document in turn would have created them in.
    first: (u32, u32),
    // (Counts in short lists rather than maps while gathering: an entity has one name or a few, and a list is
    // a cache line where a map's node is several; at 100,000 documents, absorbing is bound by memory latency.)
    names: Vec<(String, usize)>,
    surfaces: Vec<(String, Seen)>,
    country: Vec<(u32, usize)>,
    /// What few entities have, behind one pointer: the draft stays two cache lines.
    details: Option<Box<GatheredDetails>>,
    strong: bool,
}

/// The rarer parts of a [`Gathering`].
#[derive(Default)]
struct GatheredDetails {
    organization: Vec<(String, usize)>,
    roles: Vec<(String, Seen)>,
    subtype: Option<(Seen, &'static str)>,
    acronym: Option<(Seen, String)>,
}

/// Counts one more `item` in `counts`.
fn count<K: std::borrow::Borrow<Q>, Q: PartialEq + ToOwned<Owned = K> + ?Sized>(
    counts: &mut Vec<(K, usize)>,
    item: &Q,
) {
    match counts.iter_mut().find(|(k, _)| k.borrow() == item) {
        Some((_, n)) => *n += 1,
        None => counts.push((item.to_owned(), 1)),
    }
}

/// Adds `item` seen at `seen` to `list`, or moves its first sighting earlier.
fn note(list: &mut Vec<(String, Seen)>, item: &str, seen: Seen) {
    match list.iter_mut().find(|(s, _)| s == item) {
        Some((_, first)) => *first = (*first).min(seen),
        None => list.push((item.to_string(), seen)),
    }
}

/// Keeps the value seen first.
fn keep_first<T>(slot: &mut Option<(Seen, T)>, seen: Seen, value: Option<T>) {
    if let Some(value) = value
        && slot.as_ref().is_none_or(|(first, _)| seen < *first)
    {
        *slot = Some((seen, value));
    }
}

/// The items of `list` in the order they were first seen.
fn in_order(mut list: Vec<(String, Seen)>) -> Vec<String> {
    list.sort_unstable_by_key(|(_, seen)| *seen);
    list.into_iter().map(|(s, _)| s).collect()
}

impl Gathering {
    fn new(e: &LocalEntity, first: (u32, u32)) -> Gathering {
        Gathering {
            kind: e.kind,
            key: e.key.clone(),
            first,
            names: Vec::new(),
            surfaces: Vec::new(),
            country: Vec::new(),
            details: None,
            strong: false,
        }
    }

    /// Takes in local entity `e`, number `local` of document `doc`.
    fn absorb(&mut self, e: &LocalEntity, (doc, local): (u32, u32)) {
        if (doc, local) < self.first {
            self.first = (doc, local);
            self.kind = e.kind;
        }
        // The dictionary names its own entities (and they are the most frequent): only the others count the
        // names they are written with, to choose one. Counted in place when the name is known (most are).
        if !matches!(self.key, Key::Country(_) | Key::Org(_) | Key::Place(_)) {
            count(&mut self.names, e.name.as_str());
        }
        for (k, s) in e.surfaces.iter().enumerate() {
            note(&mut self.surfaces, s, (doc, local, k as u32));
        }
        if let Some(c) = e.country {
            count(&mut self.country, &c);
        }
        if e.details.is_some() || e.subtype.is_some() {
            let details = self.details.get_or_insert_default();
            if let Some(o) = e.organization() {
                count(&mut details.organization, o);
            }
            for (k, r) in e.roles().iter().enumerate() {
                note(&mut details.roles, r, (doc, local, k as u32));
            }
            keep_first(&mut details.subtype, (doc, local, 0), e.subtype);
            keep_first(&mut details.acronym, (doc, local, 0), e.acronym().map(String::from));
        }
        self.strong |= e.strong;
    }

    /// Reads the first items of the lists that absorbing reads first, and says how long they are (only so that
    /// reading them is not optimised away): see [`Absorber::absorb`].
    fn touch(&self) -> usize {
        self.surfaces.first().map_or(0, |(s, _)| s.len()) + self.names.first().map_or(0, |(n, _)| n.len())
    }

    /// The draft, its lists in the order of first sighting.
    fn into_draft(self) -> Draft {
        let details = self.details.map(|d| *d).unwrap_or_default();
        Draft {
            kind: self.kind,
            key: self.key,
            names: self.names.into_iter().collect(),
            surfaces: in_order(self.surfaces),
            country: self.country.into_iter().collect(),
            organization: details.organization.into_iter().collect(),
            roles: in_order(details.roles),
            subtype: details.subtype.map(|(_, s)| s),
            acronym: details.acronym.map(|(_, a)| a),
            strong: self.strong,
        }
    }
}

/// The hash of a draft's key.
fn hash_key(key: &Key) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(key)
}

/// Shards the drafts are gathered in: each owns the keys that hash to it, behind its own lock, so that threads
/// absorbing different documents seldom wait for each other.
const SHARDS: usize = 16;

/// The drafts whose keys hash to one shard.
#[derive(Default)]
struct Shard {
    drafts: Vec<Gathering>,
    /// Each draft's index, by the hash of its key. (The keys stay in the drafts: a table of indices is a tenth
    /// the size of one holding the keys, and the draft is read anyway.)
    by_key: hashbrown::HashTable<u32>,
}

impl Shard {
    /// The index of the draft of `key`, whose hash is `hash`, if the shard has one.
    fn find(&self, hash: u64, key: &Key) -> Option<u32> {
        self.by_key.find(hash, |&g| self.drafts[g as usize].key == *key).copied()
    }

    /// Adds `draft`, whose key's hash is `hash` (and has no draft yet); returns its index.
    fn add(&mut self, draft: Gathering, hash: u64) -> usize {
        let Shard { drafts, by_key } = self;
        drafts.push(draft);
        by_key.insert_unique(hash, (drafts.len() - 1) as u32, |&g| hash_key(&drafts[g as usize].key));
        drafts.len() - 1
    }
}

/// Gathers the documents' local entities into drafts (see the module comment). Shared between threads.
pub struct Absorber {
    shards: Vec<Mutex<Shard>>,
}

impl Default for Absorber {
    fn default() -> Self {
        Absorber { shards: (0..SHARDS).map(|_| Mutex::default()).collect() }
    }
}

/// What resolution keeps of one document once it is absorbed: where its entities went, how often it mentions
/// each, and its pending words. The document itself may then be let go.
pub struct Absorbed {
    /// The draft of each local entity: its index in its shard times [`SHARDS`], plus the shard (once
    /// [`Absorber::finish`] has them in order: its index among the drafts).
    pub(super) map: Vec<u32>,
    /// How many mentions each local entity has.
    pub(super) mentions: Vec<u32>,
    /// The words left for the corpus to decide.
    pub(super) pending: Vec<PendingMention>,
    /// How many country interactions and typed links the document has.
    events: (u32, u32),
}

impl Absorbed {
    /// How many country interactions and typed links the document has (so that the corpus lists can be
    /// allocated at their size before they are filled).
    pub fn events(&self) -> (usize, usize) {
        (self.events.0 as usize, self.events.1 as usize)
    }
}

impl Absorber {
    /// Takes in the local entities of `d`, document number `doc`. Any order, any thread; the numbers only need
    /// to follow the documents' order (gaps allowed).
    pub fn absorb(&self, doc: usize, d: &DocExtraction) -> Absorbed {
        let doc = doc as u32;
        // (The shard is taken from bits of the hash that the table does not use to place the key.)
        let mut by_shard: Vec<(u8, u32, u64)> = (d.entities.iter().enumerate())
            .map(|(local, e)| {
                let hash = hash_key(&e.key);
                (((hash >> 40) % SHARDS as u64) as u8, local as u32, hash)
            })
            .collect();
        by_shard.sort_unstable();
        let mut map = vec![0; d.entities.len()];
        for group in by_shard.chunk_by(|a, b| a.0 == b.0) {
            let s = group[0].0 as usize;
            let mut shard = self.shards[s].lock().unwrap_or_else(PoisonError::into_inner);
            // Absorbing is bound by memory latency (the drafts are many and scattered). So the drafts are
            // looked up for the whole group first, and their lists read, before any is changed: lookups that
            // do not wait on each other overlap their cache misses.
            let found: Vec<Option<u32>> =
                group.iter().map(|&(_, local, hash)| shard.find(hash, &d.entities[local as usize].key)).collect();
            std::hint::black_box(found.iter().flatten().map(|&g| shard.drafts[g as usize].touch()).sum::<usize>());
            for (&(_, local, hash), found) in group.iter().zip(found) {
                let e = &d.entities[local as usize];
                // (A key not found is looked up again before it is added: it may have been added just now, by a
                // document that names one entity twice — which the extractor never writes, but a cache might.)
                let g = match found.or_else(|| shard.find(hash, &e.key)) {
                    Some(g) => g as usize,
                    None => shard.add(Gathering::new(e, (doc, local)), hash),
                };
                shard.drafts[g].absorb(e, (doc, local));
                map[local as usize] = (g * SHARDS + s) as u32;
            }
        }
        let mut mentions = vec![0; d.entities.len()];
        for m in &d.mentions {
            if let Some(count) = mentions.get_mut(m.local as usize) {
                *count += 1;
            }
        }
        let events = (d.interactions.len() as u32, d.relations.len() as u32);
        Absorbed { map, mentions, pending: d.pending.clone(), events }
    }

    /// Resolves the documents absorbed; `absorbed` holds what [`Absorber::absorb`] returned for each, in
    /// document order.
    pub fn finish(self, absorbed: Vec<Absorbed>, kb: &Knowledge) -> Resolved {
        let shards: Vec<Shard> =
            self.shards.into_iter().map(|s| s.into_inner().unwrap_or_else(PoisonError::into_inner)).collect();
        // Every draft, in the order of first appearance.
        let mut order: Vec<((u32, u32), usize, usize)> = (shards.iter().enumerate())
            .flat_map(|(s, shard)| shard.drafts.iter().enumerate().map(move |(i, d)| (d.first, s, i)))
            .collect();
        order.sort_unstable();
        let mut global_of: Vec<Vec<u32>> = shards.iter().map(|shard| vec![0; shard.drafts.len()]).collect();
        for (g, &(_, s, i)) in order.iter().enumerate() {
            global_of[s][i] = g as u32;
        }
        let mut taken: Vec<Vec<Option<Gathering>>> =
            shards.into_iter().map(|shard| shard.drafts.into_iter().map(Some).collect()).collect();
        let gathered: Vec<Gathering> = order.iter().filter_map(|&(_, s, i)| taken[s][i].take()).collect();
        drop(taken);
        let drafts: Vec<Draft> = gathered.into_par_iter().map(Gathering::into_draft).collect();
        // Each document's entities, from shard codes to the drafts' order.
        let absorbed: Vec<Absorbed> = absorbed
            .into_par_iter()
            .map(|mut a| {
                for code in &mut a.map {
                    *code = global_of[*code as usize % SHARDS][*code as usize / SHARDS];
                }
                a
            })
            .collect();
        join_and_map(drafts, absorbed, kb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::document::LocalMention;
    use crate::extract::model::MentionForm;

    /// An organisation (not in the dictionary) named `name`, written `surface`. (Not a person: people with the
    /// same name would join later anyway, as transliteration variants.)
    fn organization(name: &str, surface: &str) -> LocalEntity {
        LocalEntity {
            key: Key::NewOrg(name.to_lowercase()),
            kind: EntityKind::Organization,
            name: name.to_string(),
            surfaces: vec![surface.to_string()],
            country: None,
            state_actor: false,
            subtype: None,
            strong: false,
            details: None,
        }
    }

    fn mention(local: u32, start: u32) -> LocalMention {
        LocalMention { local, start, end: start + 4, sentence: 0, form: MentionForm::Name }
    }

    #[test]
    fn one_key_named_twice_in_a_document_is_one_entity() {
        let d = DocExtraction {
            entities: vec![
                organization("Karimi Trading Company", "Karimi Trading Company"),
                organization("Karimi Trading Company", "Karimi Trading"),
            ],
            mentions: vec![mention(0, 0), mention(1, 20)],
            ..DocExtraction::default()
        };
        let absorber = Absorber::default();
        let absorbed = vec![absorber.absorb(0, &d)];
        let r = absorber.finish(absorbed, Knowledge::builtin());
        assert_eq!(r.entities.len(), 1, "{:?}", r.entities);
        assert_eq!(
            (r.entities[0].mentions, r.entities[0].aliases.as_slice()),
            (2, &["Karimi Trading".to_string()][..])
        );
        assert_eq!(r.local_to_global[0], [Some(r.entities[0].id); 2]);
    }
}
