//! What the words right around a country's mention say of it: a participle joined to it in one word ("a
//! Panama-flagged tanker", "Turkish-made drones"), or a place named before it and a comma ("Kerman, Islamic
//! Republic of Iran"): where something is or who made it, not who acts.

use crate::extract::detect::Scan;
use crate::extract::knowledge::{CountryForm, Entry};
use crate::extract::tokens::TokenKind;

/// A country joined in one word (ending at token `end`) to a participle of `class` (`context_words.tsv`) after its
/// mention's end, `stop`: "a Panama-flagged tanker" (`seat-participle`), "Turkish-made" (`maker-participle`).
#[inline]
pub(super) fn joined_participle(scan: &Scan, end: usize, stop: u32, class: &str) -> bool {
    // (Most mentions end with their token: nothing is joined after them.)
    let joined = match scan.toks()[end - 1].end {
        e if e > stop => scan.text().get(stop as usize..e as usize).unwrap_or(""),
        _ => return false,
    };
    let participle = joined.trim_start_matches(['-', '–', '‐', '‑']);
    participle.len() < joined.len() && scan.kb.in_context(class, &participle.to_lowercase())
}

/// A country named after a place and a comma, to say where the place is: "the attack in Kerman, Islamic Republic
/// of Iran, on 3 January" (but "talks in Doha, Qatar said" is Qatar speaking, and a capital's country hosts: "hosted
/// her counterparts in Santiago, Chile").
pub(super) fn place_then_country(scan: &Scan, first: usize, end: usize) -> bool {
    let place = |e: &Entry| matches!(e, Entry::Place(_));
    let capital = |e: &Entry| matches!(e, Entry::Country(_, CountryForm::Capital));
    first >= 2
        && scan.is_punct(first - 1, ",")
        && scan.dict_at(first - 2).is_some_and(|h| h.entries.iter().any(place) && !h.entries.iter().any(capital))
        && scan.toks().get(end).is_none_or(|t| t.kind == TokenKind::Punct)
}
