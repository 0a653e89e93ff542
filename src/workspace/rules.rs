//! Applying a workspace's entity edits to an extraction, in order. A rule whose entity cannot be found (the
//! folder changed, a name was edited away) is reported, not silently dropped.

use crate::extract::{Entity, EntityId, Mention, MentionForm};
use crate::pipeline::Dataset;

use super::Rule;

/// What happened to one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleOutcome {
    /// It changed the extraction.
    Applied,
    /// It did not match; the text says what was missing.
    Unmatched(String),
}

/// The outcome of every rule, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleReport {
    /// One outcome per rule.
    pub outcomes: Vec<RuleOutcome>,
}

impl RuleReport {
    /// The rules that did not match, with the reason: (index, rule description, reason).
    pub fn unmatched<'a>(&'a self, rules: &'a [Rule]) -> impl Iterator<Item = (usize, String, &'a str)> + 'a {
        self.outcomes.iter().enumerate().filter_map(move |(i, o)| match o {
            RuleOutcome::Unmatched(why) => {
                Some((i, rules.get(i).map(Rule::describe).unwrap_or_default(), why.as_str()))
            }
            RuleOutcome::Applied => None,
        })
    }
}

struct Work<'a> {
    data: &'a mut Dataset,
    removed: Vec<bool>,
}

impl Work<'_> {
    /// The live entity named (or aliased) `name`, case-insensitively; the most mentioned when several.
    fn find(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        let live = |i: &usize| !self.removed[*i];
        let ents = &self.data.extraction.entities;
        let by = |f: &dyn Fn(&Entity) -> bool| {
            (0..ents.len())
                .filter(live)
                .filter(|&i| f(&ents[i]))
                .max_by_key(|&i| (ents[i].mentions, std::cmp::Reverse(i)))
        };
        by(&|e| e.name.eq_ignore_ascii_case(name))
            .or_else(|| by(&|e| e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))))
    }

    fn add_alias(e: &mut Entity, alias: &str) {
        if !e.name.eq_ignore_ascii_case(alias) && !e.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)) {
            e.aliases.push(alias.to_string());
        }
    }

    fn retarget(&mut self, from: usize, to: usize) {
        let (from, to) = (EntityId(from as u32), EntityId(to as u32));
        for m in self.data.extraction.mentions.iter_mut().flatten() {
            if m.entity == from {
                m.entity = to;
            }
        }
        for l in &mut self.data.extraction.links {
            if l.source == from {
                l.source = to;
            }
            if l.target == from {
                l.target = to;
            }
        }
    }

    fn apply(&mut self, rule: &Rule) -> RuleOutcome {
        let missing = |n: &str| RuleOutcome::Unmatched(format!("no entity named “{n}”"));
        match rule {
            Rule::Merge { into, from } => {
                let Some(t) = self.find(into) else { return missing(into) };
                let mut absent = Vec::new();
                for f in from {
                    match self.find(f) {
                        Some(i) if i != t => {
                            let merged = self.data.extraction.entities[i].clone();
                            let target = &mut self.data.extraction.entities[t];
                            Self::add_alias(target, &merged.name);
                            for a in &merged.aliases {
                                Self::add_alias(target, a);
                            }
                            target.roles.extend(
                                merged.roles.into_iter().filter(|r| !target.roles.contains(r)).collect::<Vec<_>>(),
                            );
                            self.retarget(i, t);
                            self.removed[i] = true;
                        }
                        Some(_) => {}
                        None => absent.push(f.as_str()),
                    }
                }
                if absent.len() == from.len() && !from.is_empty() {
                    RuleOutcome::Unmatched(format!(
                        "no entity named {}",
                        absent.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>().join(", ")
                    ))
                } else {
                    RuleOutcome::Applied
                }
            }
            Rule::Rename { entity, to } => {
                let Some(i) = self.find(entity) else { return missing(entity) };
                let e = &mut self.data.extraction.entities[i];
                let old = std::mem::replace(&mut e.name, to.trim().to_string());
                e.aliases.retain(|a| !a.eq_ignore_ascii_case(to.trim()));
                Self::add_alias(e, &old);
                RuleOutcome::Applied
            }
            Rule::SetKind { entity, kind } => {
                let Some(i) = self.find(entity) else { return missing(entity) };
                let e = &mut self.data.extraction.entities[i];
                e.kind = *kind;
                if *kind != crate::extract::EntityKind::Country {
                    e.code = None;
                }
                RuleOutcome::Applied
            }
            Rule::Hide { entity } => {
                let Some(i) = self.find(entity) else { return missing(entity) };
                self.removed[i] = true;
                let id = EntityId(i as u32);
                for list in &mut self.data.extraction.mentions {
                    list.retain(|m| m.entity != id);
                }
                self.data.extraction.links.retain(|l| l.source != id && l.target != id);
                if let Some(code) = self.data.extraction.entities[i].code.clone() {
                    self.data.extraction.interactions.retain(|x| x.source != code && x.target != code);
                }
                RuleOutcome::Applied
            }
            Rule::AddAlias { entity, alias } => {
                let Some(i) = self.find(entity) else { return missing(entity) };
                let alias = alias.trim();
                if alias.is_empty() {
                    return RuleOutcome::Unmatched("an empty alias".into());
                }
                Self::add_alias(&mut self.data.extraction.entities[i], alias);
                self.mention_occurrences(i, alias);
                RuleOutcome::Applied
            }
            Rule::Split { entity, alias } => {
                let Some(i) = self.find(entity) else { return missing(entity) };
                let id = EntityId(i as u32);
                let new_id = EntityId(self.data.extraction.entities.len() as u32);
                let mut moved = 0;
                for (d, list) in self.data.extraction.mentions.iter_mut().enumerate() {
                    let text = &self.data.corpus.documents[d].text;
                    for m in list.iter_mut().filter(|m| m.entity == id) {
                        if text[m.range()].eq_ignore_ascii_case(alias.trim()) {
                            m.entity = new_id;
                            moved += 1;
                        }
                    }
                }
                if moved == 0 {
                    return RuleOutcome::Unmatched(format!("“{alias}” is not written anywhere for {entity}"));
                }
                let old = &mut self.data.extraction.entities[i];
                old.aliases.retain(|a| !a.eq_ignore_ascii_case(alias.trim()));
                let mut split = Entity {
                    id: new_id,
                    name: alias.trim().to_string(),
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    organization: None,
                    ..old.clone()
                };
                if split.kind == crate::extract::EntityKind::Country {
                    split.code = None;
                }
                self.data.extraction.entities.push(split);
                self.removed.push(false);
                RuleOutcome::Applied
            }
        }
    }

    /// Every whole-word occurrence of `alias` not already part of a mention becomes a mention of entity `i`.
    fn mention_occurrences(&mut self, i: usize, alias: &str) {
        let id = EntityId(i as u32);
        for doc in &self.data.corpus.documents {
            let list = &mut self.data.extraction.mentions[doc.id.index()];
            let text = &doc.text;
            let mut added = false;
            for (start, _) in text.match_indices(alias) {
                let end = start + alias.len();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                if !boundary(text[..start].chars().next_back()) || !boundary(text[end..].chars().next()) {
                    continue;
                }
                if list.iter().any(|m| (m.start as usize) < end && start < m.end as usize) {
                    continue;
                }
                let sentence = doc.sentence_at(start).unwrap_or(0) as u32;
                list.push(Mention {
                    doc: doc.id,
                    entity: id,
                    start: start as u32,
                    end: end as u32,
                    sentence,
                    form: MentionForm::Name,
                });
                added = true;
            }
            if added {
                list.sort_by_key(|m| (m.start, m.end));
            }
        }
    }

    /// Drops removed entities, renumbers the rest in order, and recounts mentions and documents.
    fn finish(self) {
        let x = &mut self.data.extraction;
        let mut new_id = vec![None; x.entities.len()];
        let mut kept = Vec::with_capacity(x.entities.len());
        for (i, e) in std::mem::take(&mut x.entities).into_iter().enumerate() {
            if !self.removed[i] {
                new_id[i] = Some(EntityId(kept.len() as u32));
                kept.push(e);
            }
        }
        for (i, e) in kept.iter_mut().enumerate() {
            e.id = EntityId(i as u32);
            e.mentions = 0;
            e.documents = 0;
        }
        for list in &mut x.mentions {
            list.retain_mut(|m| match new_id[m.entity.index()] {
                Some(n) => {
                    m.entity = n;
                    true
                }
                None => false,
            });
            let mut seen = Vec::new();
            for m in list.iter() {
                kept[m.entity.index()].mentions += 1;
                if !seen.contains(&m.entity) {
                    seen.push(m.entity);
                    kept[m.entity.index()].documents += 1;
                }
            }
        }
        x.links.retain_mut(|l| match (new_id[l.source.index()], new_id[l.target.index()]) {
            (Some(s), Some(t)) if s != t => {
                l.source = s;
                l.target = t;
                true
            }
            _ => false,
        });
        x.entities = kept;
    }
}

/// Applies `rules` to `data` in order and reports the outcome of each.
pub fn apply_rules(data: &mut Dataset, rules: &[Rule]) -> RuleReport {
    // Without rules nothing changes, and the engine's counts stand (recounting 100,000 documents' mentions
    // would take a second for nothing).
    if rules.is_empty() {
        return RuleReport::default();
    }
    let removed = vec![false; data.extraction.entities.len()];
    let mut work = Work { data, removed };
    let outcomes = rules.iter().map(|r| work.apply(r)).collect();
    work.finish();
    RuleReport { outcomes }
}
