//! What the event tests share: coding invented text, and asking what was coded.

#![allow(dead_code)]

use dossier::extract::{Category, Interaction};
use dossier::pipeline::from_texts;

/// The interactions coded in one document made of `text`.
pub fn code(text: &str) -> Vec<Interaction> {
    from_texts([("a.txt", text)]).extraction.interactions
}

/// Whether `source` acted on `target` as `category`.
pub fn has(v: &[Interaction], source: &str, target: &str, category: Category) -> bool {
    v.iter().any(|i| i.source == source && i.target == target && i.category == category)
}

/// Whether `a` and `b` were coded with `category` in either direction (a symmetric event is stored in one).
pub fn between(v: &[Interaction], a: &str, b: &str, category: Category) -> bool {
    has(v, a, b, category) || has(v, b, a, category)
}

/// Whether any interaction of `category` was coded, between whichever countries.
pub fn any_of(v: &[Interaction], category: Category) -> bool {
    v.iter().any(|i| i.category == category)
}

/// Whether any interaction was coded in sentence `n`.
pub fn any_in_sentence(v: &[Interaction], n: u32) -> bool {
    v.iter().any(|i| i.sentence == n)
}

/// The pairs among `countries` that were not coded as `category` in either direction: empty when each pair was.
pub fn unlinked<'a>(v: &[Interaction], countries: &[&'a str], category: Category) -> Vec<(&'a str, &'a str)> {
    let pairs = countries.iter().enumerate().flat_map(|(i, &a)| countries[i + 1..].iter().map(move |&b| (a, b)));
    pairs.filter(|&(a, b)| !between(v, a, b, category)).collect()
}

/// The pairs of `sources` × `targets` that were not coded as `category` (source to target): empty when each was.
pub fn missing<'a>(
    v: &[Interaction],
    sources: &[&'a str],
    targets: &[&'a str],
    category: Category,
) -> Vec<(&'a str, &'a str)> {
    let pairs = sources.iter().flat_map(|&s| targets.iter().map(move |&t| (s, t)));
    pairs.filter(|&(s, t)| !has(v, s, t, category)).collect()
}
