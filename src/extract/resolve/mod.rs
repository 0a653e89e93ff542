//! Across documents: local entities with the same identity become one entity; people whose names differ only by
//! transliteration join when the rest of the name and their country agree; surnames and acronyms that were
//! left undecided in their document join a unique match in the corpus.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

use super::document::{DocExtraction, Key};
use super::knowledge::Knowledge;
use super::model::{Entity, EntityId, EntityKind, Mention, MentionForm};
use super::translit::{NameShape, SurnameIndex, differing_words_long_enough, name_key, name_shape, surname_key};
use crate::corpus::DocId;

mod absorb;

pub use absorb::{Absorbed, Absorber};

/// A corpus entity once every document is absorbed, while transliteration variants and pending words join it.
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
    /// A person with no names yet.
    fn empty() -> Draft {
        Draft {
            kind: EntityKind::Person,
            key: Key::Person(String::new()),
            names: BTreeMap::new(),
            surfaces: Vec::new(),
            country: BTreeMap::new(),
            organization: BTreeMap::new(),
            roles: Vec::new(),
            subtype: None,
            acronym: None,
            strong: false,
        }
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

/// Whether `longer` is `shorter` with one letter added ("akhundzada", "akhunzada").
fn one_letter_more(longer: &str, shorter: &str) -> bool {
    let (l, s) = (longer.as_bytes(), shorter.as_bytes());
    if l.len() != s.len() + 1 {
        return false;
    }
    let common = l.iter().zip(s).take_while(|(a, b)| a == b).count();
    l[common + 1..] == s[common..]
}

/// Whether two people may be one: not known to belong to different countries.
fn same_country(a: &Draft, b: &Draft) -> bool {
    let (ca, cb) = (a.main_country(), b.main_country());
    ca.is_none() || cb.is_none() || ca == cb
}

/// Joins transliteration variants of people, as a union-find forest over `drafts` (each draft's parent). Variants
/// have the same number of words ("Abdul" joined to the word after it: "Abdul Kabir" / "Abdul Kabeer" are one
/// word each) and the same consonant skeletons, with
/// all words equal but one, or else every differing word at least five letters long ("Sirajuddin Haqqani" /
/// "Serajuddin Haqani"); or one long word has one letter more, the others alike ("Akhundzada" / "Akhunzada").
/// Never across different known countries.
fn transliteration_groups(drafts: &[Draft]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..drafts.len()).collect();
    // (Words and consonant skeletons of every person in parallel: at 100,000 documents, hundreds of thousands.)
    let people: Vec<(usize, NameShape)> = drafts
        .par_iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Person)
        .filter_map(|(i, d)| match &d.key {
            Key::Person(k) => Some((i, name_shape(k))),
            _ => None,
        })
        .collect();
    let mut by_shape: HashMap<(usize, &str), Vec<usize>> = HashMap::default();
    for (idx, (_, name)) in people.iter().enumerate() {
        if let Some(shape) = &name.shape {
            by_shape.entry((name.words.len(), shape.as_str())).or_default().push(idx);
        }
    }
    // Names with a letter read two ways ("kh", "x", "gh") are also grouped by their loose shape, with the names
    // whose shape it is ("Emomali Rakhmon" with "Emomali Rahmon"). (Only those groups: most names have none.)
    let loose_keys: HashSet<(usize, &str)> =
        people.iter().filter_map(|(_, name)| Some((name.words.len(), name.loose.as_deref()?))).collect();
    let mut by_loose_shape: HashMap<(usize, &str), Vec<usize>> = HashMap::default();
    if !loose_keys.is_empty() {
        for (idx, (_, name)) in people.iter().enumerate() {
            if let Some(key) = name.loose_or_shape().map(|shape| (name.words.len(), shape))
                && loose_keys.contains(&key)
            {
                by_loose_shape.entry(key).or_default().push(idx);
            }
        }
    }
    // The pairs to join are found in parallel, and joined after: the groups that unions make, and each group's
    // root (its smallest member), do not depend on the order of the unions.
    let same_shape = by_shape.par_iter().chain(by_loose_shape.par_iter()).flat_map_iter(|(_, group)| {
        let pairs =
            group.iter().enumerate().flat_map(move |(a_pos, &a)| group[a_pos + 1..].iter().map(move |&b| (a, b)));
        pairs.filter_map(|(a, b)| {
            let ((ga, na), (gb, nb)) = (&people[a], &people[b]);
            (differing_words_long_enough(&na.words, &nb.words) && same_country(&drafts[*ga], &drafts[*gb]))
                .then_some((*ga, *gb))
        })
    });
    let one_letter_apart = people.par_iter().enumerate().flat_map_iter(|(a, (ga, name))| {
        let mut pairs = Vec::new();
        let (wa, Some(shape)) = (&name.words, &name.shape) else { return pairs };
        let skeletons: Vec<&str> = shape.split(' ').collect();
        for pos in (0..wa.len()).filter(|&pos| wa[pos].len() >= 8) {
            for key in shapes_one_letter_shorter(&skeletons, pos) {
                for &b in by_shape.get(&(wa.len(), key.as_str())).into_iter().flatten().filter(|&&b| b != a) {
                    let (gb, wb) = (&people[b].0, &people[b].1.words);
                    let others_alike = wa
                        .iter()
                        .zip(wb)
                        .enumerate()
                        .all(|(j, (x, y))| j == pos || x == y || (x.len() >= 5 && y.len() >= 5));
                    if others_alike && one_letter_more(&wa[pos], &wb[pos]) && same_country(&drafts[*ga], &drafts[*gb]) {
                        pairs.push((*ga, *gb));
                    }
                }
            }
        }
        pairs
    });
    let pairs: Vec<(usize, usize)> = same_shape.chain(one_letter_apart).collect();
    for (a, b) in pairs {
        union(&mut parent, a, b);
    }
    parent
}

/// A name's shape (its words' skeletons joined by spaces) with one letter of word `pos` left out, each way but
/// the first letter. (Skeletons keep letters of any script: the cuts fall on character boundaries.)
fn shapes_one_letter_shorter<'s>(skeletons: &'s [&str], pos: usize) -> impl Iterator<Item = String> + 's {
    let sk = skeletons[pos];
    sk.char_indices().skip(1).map(move |(cut, c)| {
        let shorter = format!("{}{}", &sk[..cut], &sk[cut + c.len_utf8()..]);
        let words: Vec<&str> =
            skeletons.iter().enumerate().map(|(j, w)| if j == pos { shorter.as_str() } else { w }).collect();
        words.join(" ")
    })
}

/// Resolves per-document extractions into corpus entities.
pub fn resolve(docs: &[DocExtraction], kb: &Knowledge) -> Resolved {
    let absorber = Absorber::default();
    let absorbed = docs.par_iter().enumerate().map(|(i, d)| absorber.absorb(i, d)).collect();
    absorber.finish(absorbed, kb)
}

/// Everything after the drafts are gathered: transliteration variants, pending words, counts, ids, mentions.
/// `docs` are what each document kept once absorbed, their entities mapped to the drafts' indices.
fn join_and_map(drafts: Vec<Draft>, docs: Vec<Absorbed>, kb: &Knowledge) -> Resolved {
    let mut parent = transliteration_groups(&drafts);
    // Collapse unions in place: each group's drafts merge, in order, into its root (its smallest member, so one
    // pass does it); a draft merged away is left empty and makes no entity, having no mentions.
    let mut finals = drafts;
    for i in 0..finals.len() {
        let root = find(&mut parent, i);
        if root != i {
            let merged = std::mem::replace(&mut finals[i], Draft::empty());
            finals[root].merge(merged);
        }
    }
    // (`find` left every draft pointing straight at its root.)
    let final_of = parent;
    // Pending words: surnames join the unique person with that last name; acronyms join the unique entity that
    // introduced them; strongly cued surnames with no match become people of their own.
    let mut surname_index: SurnameIndex<usize> = SurnameIndex::default();
    let mut acronym_index: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, d) in finals.iter().enumerate() {
        if d.kind == EntityKind::Person
            && let Key::Person(k) = &d.key
            && k.contains(' ')
        {
            for n in d.names.keys() {
                if let Some(last) = surname_key(n) {
                    surname_index.add(&last, i);
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
                match surname_index.people(&key) {
                    Some(v) if v.len() == 1 => Some((v[0], MentionForm::Partial)),
                    Some(_) => None,
                    None if p.strong => {
                        let fi = *single_people.entry(key.clone()).or_insert_with(|| {
                            finals.push(Draft { key: Key::Person(key.clone()), strong: true, ..Draft::empty() });
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
        let local = d.mentions.iter().zip(&d.map).map(|(&count, &g)| (final_of[g as usize], count as usize));
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
        docs.into_par_iter().map(|d| d.map.into_iter().map(|g| id_of[final_of[g as usize]]).collect()).collect();
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
