//! People named twice in one document in two spellings of one name ("Hassan Sheikh Mohamud" / "Hassan Sheikh
//! Mohamoud"): one person here already, so that what the second spelling does is that person's act, not only
//! once the corpus is resolved. Places likewise, and which of the places of one name the document means.

use super::{Builder, Key};
use crate::extract::knowledge::Entry;
use crate::extract::model::EntityKind;
use crate::extract::translit::{NameShape, name_shape, same_place_spelled};

/// The people named in a document, to find a new name's other spelling.
#[derive(Default)]
pub(super) struct Spellings {
    /// (local entity, name key, [`initials`] of the key), one per person of two words or more.
    people: Vec<(u32, String, u64)>,
    /// The places found by their form or context ("new"), and the dictionary's, as local entities.
    new_places: Vec<u32>,
    dictionary_places: Vec<u32>,
}

/// The first letters of a name key's words, as the consonant skeletons keep them ("q", "c" and "x" are "k", "w" is
/// "v"), and how many words: two spellings of one name have the same. (Compared before any skeleton is made: most
/// people of a document differ here.)
fn initials(key: &str) -> u64 {
    key.split(' ').filter_map(|w| w.chars().next()).fold(0u64, |h, c| {
        let c = match c {
            'q' | 'c' | 'x' => 'k',
            'w' => 'v',
            c => c,
        };
        h.wrapping_mul(1_000_003).wrapping_add(c as u64 + 1)
    })
}

impl Builder<'_> {
    /// The local entity of the person of `key`: the one of that key, else a person named earlier in another
    /// spelling of the name (the same rule as across documents, [`NameShape::alike`]), else a new one.
    pub(super) fn person_entity(&mut self, key: Key, name: &str) -> u32 {
        if let Some(&local) = self.index.get(&key) {
            return local;
        }
        let written = match &key {
            Key::Person(k) if k.contains(' ') => Some((k.clone(), initials(k))),
            _ => None,
        };
        let earlier = written.as_ref().and_then(|(k, sig)| {
            // (The new name's shape is made once, when a person of the same initials asks for it.)
            let mut mine: Option<NameShape> = None;
            let mut alike = |(_, other, _): &&(u32, String, u64)| {
                mine.get_or_insert_with(|| name_shape(k)).alike(&name_shape(other))
            };
            self.spellings.people.iter().filter(|(_, _, s)| s == sig).find(&mut alike).map(|(local, _, _)| *local)
        });
        if let Some(local) = earlier {
            // (Its key now finds that person straight away.)
            self.index.insert(key, local);
            return local;
        }
        let local = self.entity(key, EntityKind::Person, name);
        if let Some((k, sig)) = written {
            self.spellings.people.push((local, k, sig));
        }
        local
    }

    /// A place named earlier in the document in another spelling of `name` ("Kobane" after "Kobani", the gazetteer's
    /// "Ruvuma" after "Rovuma"), when one of the two is no dictionary place: the same place here (and `key` finds it
    /// from now on).
    ///
    /// Called for a key no entity has yet: when none is found, the entity made next is the place of `key`, and it is
    /// remembered as such. (A dictionary place is compared with the new ones only, of which most documents have
    /// none.)
    pub(super) fn place_spelled_before(&mut self, key: &Key, name: &str) -> Option<u32> {
        let new = match key {
            Key::NewPlace(_) => true,
            Key::Place(_) => false,
            _ => return None,
        };
        let known = &self.spellings;
        let earlier = known.new_places.iter().chain(if new { &known.dictionary_places[..] } else { &[] });
        let found = earlier.copied().find(|&i| same_place_spelled(&self.out.entities[i as usize].name, name));
        if let Some(i) = found {
            self.index.insert(key.clone(), i);
            return Some(i);
        }
        let next = self.out.entities.len() as u32;
        match new {
            true => self.spellings.new_places.push(next),
            false => self.spellings.dictionary_places.push(next),
        }
        None
    }

    /// Of the dictionary places among `entries`, the one in the state `owner` ("Kabul's Sherpur neighbourhood"),
    /// or else, of places of one name in several states, the first in a state the document has named ("Bolivian
    /// police raided a warehouse in Santa Cruz"), or the largest.
    pub(super) fn place_of_one_name(&self, entries: &[Entry], owner: Option<u32>) -> Option<u32> {
        let places = || {
            entries.iter().filter_map(|e| match e {
                Entry::Place(p) => Some(*p),
                _ => None,
            })
        };
        if owner.is_some() {
            return places().find(|&p| self.kb.place_country(p) == owner);
        }
        // (Most names are of one place.)
        places().nth(1)?;
        let named =
            places().find(|&p| self.kb.place_country(p).is_some_and(|c| self.index.contains_key(&Key::Country(c))));
        // Else the largest: "Los Angeles" is the Californian city, not the Chilean town.
        named.or_else(|| places().rev().max_by_key(|&p| self.kb.places[p as usize].population))
    }
}
